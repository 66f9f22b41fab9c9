package cli

import (
	"fmt"
	"time"

	"github.com/trygbot/trygbot/bot"
)

func cmdRetention(env *cmdEnv, args []string) error {
	if len(args) == 0 || args[0] != "run" {
		if len(args) > 0 && (args[0] == "-h" || args[0] == "--help" || args[0] == "-help") {
			fmt.Fprintln(env.stdout, "Usage: trygbot retention run --config FILE [--dry-run]\n\nRun 'trygbot retention run --help' for its flags and an example.")
			return nil
		}
		fmt.Fprintln(env.stderr, "Usage: trygbot retention run --config FILE [--dry-run]")
		return errUsage
	}
	fs := env.newFlags("retention run", "--config FILE [--dry-run]", `Apply the retention policy to the configured store now, as trygbot run
does every hour: the evidence of cases (text, display names, notes, matched
words, context) older than privacy.retention_days is erased, and that of
escalated threats (evidence packs) older than
privacy.evidence_retention_days; counts, categories and outcomes stay for
the reports. Ingest outbox items older than privacy.retention_days, or
about a case it erases, are removed. Prints what it erased and records the
run in the audit log.
--dry-run only counts.`,
		`  trygbot retention run --config trygbot.yaml --dry-run
  trygbot retention run --config trygbot.yaml`)
	path := fs.String("config", "", "configuration `FILE` (YAML)")
	dry := fs.Bool("dry-run", false, "count what would be erased, erase nothing")
	if done, err := env.parse(fs, args[1:]); done {
		return err
	}
	if *path == "" || fs.NArg() > 0 {
		fs.Usage()
		return errUsage
	}
	cfg, st, err := openConfigured(env, "retention", *path)
	if err != nil {
		return err
	}
	defer st.Close()
	now := time.Now().UTC()
	pr := cfg.Privacy
	r := bot.RetentionPolicy(now, days(pr.RetentionDays), days(pr.EvidenceRetentionDays))
	r.DryRun = *dry
	res, err := bot.RunRetention(env.ctx, st, r, cliActor(env), now)
	if err != nil {
		return err
	}
	verb, what := "erased", "recorded in the audit log"
	if *dry {
		verb, what = "would be erased", "dry run: nothing was erased"
	}
	fmt.Fprintf(env.stdout, "cases older than %d days (created before %s): %d %s\n",
		pr.RetentionDays, r.Before.Format(time.RFC3339), res.Cases, verb)
	fmt.Fprintf(env.stdout, "evidence packs older than %d days (created before %s): %d %s; %d kept for their own period\n",
		max(pr.EvidenceRetentionDays, pr.RetentionDays), r.EvidenceBefore.Format(time.RFC3339), res.EvidencePacks, verb, res.Held)
	fmt.Fprintf(env.stdout, "ingest outbox items older than %d days or about erased cases: %d %s\n",
		pr.RetentionDays, res.FeedItems, verb)
	fmt.Fprintln(env.stdout, what)
	return nil
}
