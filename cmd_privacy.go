package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"strconv"
	"time"

	"github.com/trygbot/trygbot/app"
	"github.com/trygbot/trygbot/bot"
	"github.com/trygbot/trygbot/config"
	"github.com/trygbot/trygbot/storage"
)

// openConfigured loads a configuration and opens its store, explaining a
// bad file on stderr.
func openConfigured(env *cmdEnv, cmd, path string) (*config.Config, storage.Store, error) {
	cfg, err := config.Load(path, env.getenv)
	if err != nil {
		for _, p := range config.Problems(err) {
			fmt.Fprintln(env.stderr, p)
		}
		return nil, nil, fmt.Errorf("%s: %s has problems; fix them and run again (trygbot config check %s)", cmd, path, path)
	}
	st, err := app.OpenStore(env.ctx, cfg)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: open store: %w", cmd, err)
	}
	return cfg, st, nil
}

// cliActor names the person at the command line in the audit log.
func cliActor(env *cmdEnv) string {
	if u := env.getenv("USER"); u != "" {
		return "cli:" + u
	}
	return "cli"
}

// writePrivate writes data to path, readable by its owner only: it holds
// personal data.
func writePrivate(path string, data []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func days(n int) time.Duration { return time.Duration(n) * 24 * time.Hour }

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
the reports. Prints what it erased and records the run in the audit log.
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
	fmt.Fprintln(env.stdout, what)
	return nil
}

// person is the flags forget and export share.
type person struct {
	cfg, platform, user *string
}

func personFlags(fs *flag.FlagSet) person {
	return person{
		cfg:      fs.String("config", "", "configuration `FILE` (YAML): its store and privacy.pseudonym_key"),
		platform: fs.String("platform", "", "the person's `PLATFORM`: discord, telegram, ingest or console"),
		user:     fs.String("user", "", "the person's platform user `ID`"),
	}
}

// parsePerson parses the flags and checks the required ones.
func parsePerson(env *cmdEnv, fs *flag.FlagSet, p person, args []string) (done bool, err error) {
	if done, err := env.parse(fs, args); done {
		return done, err
	}
	if *p.cfg == "" || *p.platform == "" || *p.user == "" || fs.NArg() > 0 {
		fmt.Fprintf(env.stderr, "trygbot %s: --config, --platform and --user are required\n", fs.Name())
		fs.Usage()
		return true, errUsage
	}
	return false, nil
}

func cmdForget(env *cmdEnv, args []string) error {
	fs := env.newFlags("forget", "--config FILE --platform P --user ID", `Erase one person's data everywhere in the configured store (SQLite or
Redis): the cases they wrote lose their text, display name, notes and
context, and their pseudonym is replaced by one per case, so reports no
longer link them; cases they reported lose the reporter; their messages
are removed from other threats' context. The audit log records that it was
done, with a hashed reference, the counts and the time, never the id.
Aggregates (counts per category, outcomes) stay.`,
		`  trygbot forget --config trygbot.yaml --platform discord --user 123456789012345678`)
	who := personFlags(fs)
	if done, err := parsePerson(env, fs, who, args); done {
		return err
	}
	platform, user := who.platform, who.user
	cfg, st, err := openConfigured(env, "forget", *who.cfg)
	if err != nil {
		return err
	}
	defer st.Close()
	p := bot.NewPseudonymizer([]byte(cfg.Privacy.PseudonymKey.Reveal()))
	rec, err := bot.Forget(env.ctx, st, p, *platform, *user, cliActor(env), time.Now())
	if err != nil {
		return err
	}
	r := rec.Result
	fmt.Fprintf(env.stdout, "forgot %s user %s: %d cases authored erased, %d reports unlinked, %d cases' context cleaned\n",
		*platform, *user, r.Authored, r.Reported, r.Context)
	fmt.Fprintf(env.stdout, "recorded in the audit log as %s\n", rec.Ref)
	if r.Total() == 0 {
		fmt.Fprintln(env.stdout, "nothing was stored about this person (or it was erased before)")
	}
	return nil
}

func cmdExport(env *cmdEnv, args []string) error {
	fs := env.newFlags("export", "--config FILE --platform P --user ID [-o FILE]", `Write what the configured store holds about one person, as JSON, for an
access request: the flagged messages they wrote (with the text unless
retention erased it) and what was decided, the messages they reported,
their messages kept as a threat's context, and their actions in the audit
log. Records the export in the audit log (hashed reference).`,
		`  trygbot export --config trygbot.yaml --platform telegram --user 11111111 -o person.json`)
	who := personFlags(fs)
	out := fs.String("o", "", "write to `FILE` (default: stdout)")
	if done, err := parsePerson(env, fs, who, args); done {
		return err
	}
	platform, user := who.platform, who.user
	cfg, st, err := openConfigured(env, "export", *who.cfg)
	if err != nil {
		return err
	}
	defer st.Close()
	p := bot.NewPseudonymizer([]byte(cfg.Privacy.PseudonymKey.Reveal()))
	now := time.Now()
	x, err := bot.ExportPerson(env.ctx, st, p, *platform, *user, now)
	if err != nil {
		return err
	}
	data, err := json.MarshalIndent(x, "", "  ")
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	data = append(data, '\n')
	if *out == "" {
		_, err = env.stdout.Write(data)
	} else {
		err = writePrivate(*out, data)
	}
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	e := storage.AuditEntry{At: now.UTC(), Actor: cliActor(env), Role: "admin", Action: "export",
		Detail: fmt.Sprintf("person %s: %d cases authored, %d reported, %d context messages, %d actions",
			bot.ForgetRef(x.Pseudonym), len(x.Authored), len(x.Reported), len(x.Context), len(x.Actions))}
	if err := st.AddAudit(env.ctx, e); err != nil {
		return fmt.Errorf("export: record: %w", err)
	}
	if *out != "" {
		fmt.Fprintf(env.stderr, "export: %d cases authored, %d reported, %d context messages, %d actions written to %s\n",
			len(x.Authored), len(x.Reported), len(x.Context), len(x.Actions), *out)
	}
	return nil
}

func cmdEvidence(env *cmdEnv, args []string) error {
	fs := env.newFlags("evidence", "--config FILE --case N -o FILE", `Write the evidence pack of an escalated threat, for a possible police
report: a zip with README.txt, the message exactly as written
(message.txt) and its SHA-256, the times (message, case created,
escalated), community and channel, why it was flagged, the messages around
it in the channel, the moderators' notes and the audit trail (evidence.json,
context.txt), and SHA256SUMS. The download is recorded in the audit log.
The file holds personal data and is written readable by its owner only.`,
		`  trygbot evidence --config trygbot.yaml --case 42 -o case-42.zip`)
	cfgPath := fs.String("config", "", "configuration `FILE` (YAML)")
	id := fs.String("case", "", "the case `N`")
	out := fs.String("o", "", "write the zip to `FILE`")
	if done, err := env.parse(fs, args); done {
		return err
	}
	n, perr := strconv.ParseInt(*id, 10, 64)
	if *cfgPath == "" || *out == "" || perr != nil || n <= 0 || fs.NArg() > 0 {
		fmt.Fprintln(env.stderr, "trygbot evidence: --config, --case N and -o FILE are required")
		fs.Usage()
		return errUsage
	}
	_, st, err := openConfigured(env, "evidence", *cfgPath)
	if err != nil {
		return err
	}
	defer st.Close()
	actor := cliActor(env)
	p, err := bot.BuildEvidencePack(env.ctx, st, storage.CaseID(n), actor, time.Now())
	switch {
	case errors.Is(err, storage.ErrNotFound):
		return fmt.Errorf("evidence: no case %d", n)
	case errors.Is(err, bot.ErrNoEvidencePack):
		return fmt.Errorf("evidence: %w", err)
	case err != nil:
		return err
	}
	var buf bytes.Buffer
	if err := p.WriteZip(&buf); err != nil {
		return err
	}
	// Recorded first: no pack leaves without its audit entry.
	if err := recordEvidence(env, st, p, actor, "command line, written to "+*out); err != nil {
		return err
	}
	if err := writePrivate(*out, buf.Bytes()); err != nil {
		return fmt.Errorf("evidence: %w", err)
	}
	fmt.Fprintf(env.stdout, "evidence pack of case %d written to %s (text SHA-256 %s); recorded in the audit log\n", n, *out, p.SHA256)
	return nil
}

func recordEvidence(env *cmdEnv, st storage.Store, p *bot.EvidencePack, actor, how string) error {
	e := storage.AuditEntry{At: p.GeneratedAt, CaseID: p.CaseID, Actor: actor, Role: "evidence", Action: "evidence_pack",
		Detail: fmt.Sprintf("%s; text sha256 %s", how, p.SHA256)}
	if err := st.AddAudit(env.ctx, e); err != nil {
		return fmt.Errorf("evidence: record: %w", err)
	}
	return nil
}
