package cli

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/trygbot/trygbot/rules"
	"github.com/trygbot/trygbot/storage"
	"github.com/trygbot/trygbot/storage/sqlite"
)

// reportDB writes a SQLite store with a few cases in week 2026-W40
// (Monday 28 September) and returns its path.
func reportDB(t *testing.T) string {
	t.Helper()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "demo.db")
	st, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	mon := time.Date(2026, time.September, 28, 12, 0, 0, 0, time.UTC)
	if err := st.AddVolume(ctx, storage.VolumeKey{Platform: "discord", Community: "alpha", Channel: "c1", Hour: mon}, 2000, 4); err != nil {
		t.Fatal(err)
	}
	text := "Those people are vermin, send them all back where they came from"
	for i := range 4 {
		c := storage.Case{
			Key: fmt.Sprint("k", i), Platform: "discord", Community: "alpha", Channel: "c1",
			Author: rules.UserID(fmt.Sprint("author", i)), Text: text, Category: rules.CatDehumanisation,
			Rules: []string{"en.dehum"}, State: storage.StateClosed, Outcome: storage.OutcomeResponded,
			Owner: "discord:999", CreatedAt: mon.Add(time.Duration(i) * time.Minute),
			ClaimedAt: mon.Add(time.Duration(i)*time.Minute + 3*time.Minute), Template: "en.dehum.norm",
			Verdict: rules.Verdict{Flagged: true, Matches: []rules.Match{{Start: 17, End: 23}}},
		}
		if _, _, err := st.CreateCase(ctx, c); err != nil {
			t.Fatal(err)
		}
	}
	return path
}

func TestReportCommand(t *testing.T) {
	db := reportDB(t)
	out, _, err := runCLI(t, "", "report", "--db", db, "--week", "2026-W40")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"# Weekly summary 2026-W40", "| total | 2000 | 4 | 2.0 |", "| moderator A | 4 | 4 |", "| time to claim | 4 | 3m | 3m |", "Those people are v•••••"} {
		if !strings.Contains(out, want) {
			t.Errorf("markdown lacks %q:\n%s", want, out)
		}
	}
	for _, leak := range []string{"discord:999", "vermin", "author1"} {
		if strings.Contains(out, leak) {
			t.Errorf("markdown contains %q", leak)
		}
	}

	out, _, err = runCLI(t, "", "report", "--db", db, "--week", "2026-W40", "--format", "csv")
	if err != nil || !strings.HasPrefix(out, "section,scope,messages,flags,per_1000\n") || !strings.Contains(out, "\nvolunteer_load,moderator A,4,4\n") {
		t.Errorf("csv: %v\n%s", err, out)
	}

	file := filepath.Join(t.TempDir(), "week.html")
	_, stderr, err := runCLI(t, "", "report", "--db", db, "--week", "2026-W40", "--format", "html", "--out", file)
	if err != nil {
		t.Fatal(err)
	}
	html, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(html), "<svg") || strings.Contains(string(html), "<script") || !strings.Contains(stderr, file) {
		t.Errorf("html report: stderr %q\n%s", stderr, html)
	}
}

func TestReportCommandConfig(t *testing.T) {
	db := reportDB(t)
	cfg := writeConfigFile(t, goodConfig+"store:\n  sqlite:\n    path: "+db+"\ntimezone: UTC\n")
	// min_group_size stays 3: the four authors are shown, nothing smaller.
	out, stderr, err := runConfigless(t, configGetenv(configTestEnv), "report", "--config", cfg, "--week", "2026-W40")
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	if !strings.Contains(out, "(UTC)") || !strings.Contains(out, "| total | 2000 | 4 | 2.0 |") {
		t.Errorf("report with --config:\n%s", out)
	}
}

// runConfigless calls run with getenv and returns what it wrote.
func runConfigless(t *testing.T, getenv func(string) string, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var o, e strings.Builder
	err = run(context.Background(), args, getenv, strings.NewReader(""), &o, &e)
	return o.String(), e.String(), err
}

func TestReportCommandUsage(t *testing.T) {
	out, _, err := runCLI(t, "", "report", "--help")
	if err != nil || !strings.Contains(out, "Example:") || !strings.Contains(out, "trygbot report --db") {
		t.Errorf("--help: %v\n%s", err, out)
	}
	db := reportDB(t)
	for _, tc := range []struct {
		name string
		args []string
		want error
	}{
		{"no store", []string{"report"}, errUsage},
		{"both stores", []string{"report", "--db", db, "--config", "x.yaml"}, errUsage},
		{"bad week", []string{"report", "--db", db, "--week", "last"}, errUsage},
		{"bad format", []string{"report", "--db", db, "--format", "pdf"}, errUsage},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, _, err := runCLI(t, "", tc.args...); err != tc.want {
				t.Errorf("err = %v, want %v", err, tc.want)
			}
		})
	}
	if _, _, err := runCLI(t, "", "report", "--db", filepath.Join(t.TempDir(), "missing.db")); err == nil || err == errUsage {
		t.Errorf("a missing database: err = %v, want an error naming it", err)
	}
}

func TestReportInDemoDirectory(t *testing.T) {
	dir := t.TempDir()
	demoOutput(t, dir)
	t.Chdir(dir)
	var out bytes.Buffer
	if err := run(context.Background(), []string{"report", "--week", "2026-W48"}, func(string) string { return "" }, strings.NewReader(""), &out, &out); err != nil {
		t.Fatalf("report in the demo's directory: %v\n%s", err, out.String())
	}
	if !strings.Contains(out.String(), "Weekly summary 2026-W48") {
		t.Errorf("output:\n%s", out.String())
	}
}
