package cli

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/trygbot/trygbot/app"
	"github.com/trygbot/trygbot/config"
	"github.com/trygbot/trygbot/report"
	"github.com/trygbot/trygbot/storage"
	"github.com/trygbot/trygbot/storage/sqlite"
)

func cmdReport(env *cmdEnv, args []string) error {
	fs := env.newFlags("report", "[--week YYYY-Www] [--trials] [--format md|html|csv] [--out FILE] (--config FILE | --db FILE)", `Build the coordinators' weekly summary from the store: flags per 1,000
messages by category, community, platform and hour of week; the trend
against the 4 weeks before; time to claim and to first response (median,
p90); outcomes; false positives per rule; template use and effect; member
reports; volunteer load; the spread of near-identical narratives across
communities and platforms; and the template trials (each template and tone
against the other replies of its category, over trials.weeks weeks ending
with the week; --trials prints that section alone). Counts describing fewer authors than
privacy.min_group_size read "< N"; texts are masked and moderators
labelled "moderator A", "moderator B". Without --week, this week so far; when
this week has no data yet (a demo's database, dated in the demo's week), the
latest week with data. It says on stderr which week it shows and why.`,
		`  trygbot demo --dir ./demo-data
  trygbot report --db ./demo-data/demo.db --format html --out week.html
  trygbot report --config trygbot.yaml --week 2026-W47 --format csv --out 2026-W47.csv
  trygbot report --config trygbot.yaml --trials --format html --out trials.html`)
	weekFlag := fs.String("week", "", "ISO `WEEK` to summarise, e.g. 2026-W47 (default: this week so far)")
	format := fs.String("format", "md", "md, html or csv")
	out := fs.String("out", "", "write to `FILE` (default: stdout)")
	cfgPath := fs.String("config", "", "configuration `FILE`: its store, time zone and privacy.min_group_size")
	dbPath := fs.String("db", "", "SQLite database `FILE` (e.g. the demo's DIR/demo.db), instead of --config")
	trials := fs.Bool("trials", false, "only the template trials section, over trials.weeks weeks ending with the week")
	if done, err := env.parse(fs, args); done {
		return err
	}
	if *cfgPath == "" && *dbPath == "" {
		// Run in the demo's directory (trygbot demo --dir DIR), it reads
		// the demo's store.
		if _, err := os.Stat("demo.db"); err == nil {
			*dbPath = "demo.db"
		}
	}
	if fs.NArg() > 0 || (*cfgPath == "") == (*dbPath == "") {
		fmt.Fprintln(env.stderr, "trygbot report: give exactly one of --config FILE or --db FILE (or run it in a demo's directory)")
		fs.Usage()
		return errUsage
	}
	render := renderer(*format)
	if render == nil {
		fmt.Fprintf(env.stderr, "trygbot report: --format %q: want md, html or csv\n", *format)
		return errUsage
	}
	var week report.Week
	if *weekFlag != "" {
		w, err := report.ParseWeek(*weekFlag)
		if err != nil {
			fmt.Fprintln(env.stderr, "trygbot report:", err)
			return errUsage
		}
		week = w
	}
	store, src, err := reportSource(env, *cfgPath, *dbPath)
	if err != nil {
		return err
	}
	defer store.Close()
	if week.IsZero() {
		d, err := src.DefaultWeek(env.ctx)
		if err != nil {
			return err
		}
		week, src.Options.Now = d.Week, d.Now
		fmt.Fprintf(env.stderr, "report: week %s: %s (choose one with --week)\n", week, d.Reason)
	}
	if *trials {
		return writeTrials(env, src, week, *format, *out)
	}
	prog := newProgress(env.stderr, "report: trials section", 0)
	src.Options.Progress = prog.updateOf
	sum, err := src.Build(env.ctx, week)
	prog.done()
	if err != nil {
		return err
	}
	return writeOut(env, *out, "week "+sum.Week.String(), func(w io.Writer) error { return render(sum, w) })
}

// writeTrials builds the template trials of week alone, with progress on
// a terminal, and writes them in format.
func writeTrials(env *cmdEnv, src report.Source, week report.Week, format, out string) error {
	prog := newProgress(env.stderr, "report: trials", 0)
	src.Options.Progress = prog.updateOf
	tr, err := src.BuildTrials(env.ctx, week)
	prog.done()
	if err != nil {
		return err
	}
	return writeOut(env, out, "trials of week "+week.String(), func(w io.Writer) error { return trialsRenderer(format)(tr, w) })
}

// writeOut renders to stdout, or into the file out and says so on stderr.
func writeOut(env *cmdEnv, out, what string, render func(io.Writer) error) error {
	if out == "" {
		w := bufio.NewWriter(env.stdout)
		if err := render(w); err != nil {
			return fmt.Errorf("report: %w", err)
		}
		return w.Flush()
	}
	if err := writeReport(out, render); err != nil {
		return err
	}
	fmt.Fprintf(env.stderr, "report: %s written to %s\n", what, out)
	return nil
}

// renderer renders the report in a format, or is nil for an unknown one.
func renderer(format string) func(*report.Summary, io.Writer) error {
	switch format {
	case "md", "markdown":
		return (*report.Summary).Markdown
	case "html":
		return (*report.Summary).HTML
	case "csv":
		return (*report.Summary).CSV
	}
	return nil
}

// reportSource opens the configured store, with the configuration's time
// zone, smallest group and template packs, or a SQLite file with the
// built-in templates; summaries come from it as the dashboard's and the
// Monday post's do (app.SummarySource).
func reportSource(env *cmdEnv, cfgPath, dbPath string) (storage.Store, report.Source, error) {
	if cfgPath != "" {
		cfg, err := config.Load(cfgPath, env.getenv)
		if err != nil {
			for _, p := range config.Problems(err) {
				fmt.Fprintln(env.stderr, p)
			}
			return nil, report.Source{}, fmt.Errorf("report: %s has problems; fix them and run again (trygbot config check %s)", cfgPath, cfgPath)
		}
		store, err := app.OpenStore(env.ctx, cfg)
		if err != nil {
			return nil, report.Source{}, fmt.Errorf("report: %w", err)
		}
		src, err := app.ConfigSummarySource(store, cfg, time.Now)
		if err != nil {
			store.Close()
			return nil, report.Source{}, fmt.Errorf("report: %w", err)
		}
		return store, src, nil
	}
	if _, err := os.Stat(dbPath); err != nil {
		return nil, report.Source{}, fmt.Errorf("report: %w", err)
	}
	tone, err := app.TemplateTones(app.TemplateFiles{})
	if err != nil {
		return nil, report.Source{}, fmt.Errorf("report: %w", err)
	}
	store, err := sqlite.Open(env.ctx, dbPath)
	if err != nil {
		return nil, report.Source{}, fmt.Errorf("report: %w", err)
	}
	return store, app.SummarySource(store, nil, 0, time.Now, tone), nil
}

// writeReport renders into the file out.
func writeReport(out string, render func(io.Writer) error) error {
	f, err := os.Create(out)
	if err != nil {
		return fmt.Errorf("report: %w", err)
	}
	w := bufio.NewWriter(f)
	if err := render(w); err != nil {
		f.Close()
		return fmt.Errorf("report: write %s: %w", out, err)
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("report: write %s: %w", out, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("report: write %s: %w", out, err)
	}
	return nil
}

// trialsRenderer renders the trials section alone in a format renderer
// knows.
func trialsRenderer(format string) func(*report.Trials, io.Writer) error {
	switch format {
	case "html":
		return (*report.Trials).HTML
	case "csv":
		return (*report.Trials).CSV
	}
	return (*report.Trials).Markdown
}
