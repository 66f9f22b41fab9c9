package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// splitTrials cuts a summary CSV before its trials section (the last),
// returning the rest and the section.
func splitTrials(t *testing.T, csv string) (rest, trials string) {
	t.Helper()
	i := strings.Index(csv, "section,outcome,category,arm,")
	if i < 0 {
		return csv, ""
	}
	return csv[:i], csv[i:]
}

// TestReportTrialsFlag: trygbot report --trials prints the template trials
// alone, on the demo's database, in each format; the offers the demo's
// history recorded are counted; progress stays off a non-terminal.
func TestReportTrialsFlag(t *testing.T) {
	dir := t.TempDir()
	demoOutput(t, dir)
	db := filepath.Join(dir, "demo.db")
	md, stderr, err := runCLI(t, "", "report", "--db", db, "--trials")
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	for _, want := range []string{"# Template trials\n", "## Template trials: author flagged again within 24 h", "## Template trials: message deleted within 24 h",
		"| dehumanisation (da) | all replies |", "| dehumanisation (en) | tone: question |", "| 1st offered |", "| 3rd offered |", "% (", "pts ("} {
		if !strings.Contains(md, want) {
			t.Errorf("report --trials lacks %q:\n%s", want, md)
		}
	}
	if strings.Contains(md, "# Weekly summary") || !strings.Contains(stderr, "week 2026-W48") || strings.Contains(stderr, "\r") {
		t.Errorf("report --trials: a summary, or stderr %q without its week or with progress", stderr)
	}
	csv, _, err := runCLI(t, "", "report", "--db", db, "--trials", "--format", "csv")
	if err != nil || !strings.HasPrefix(csv, "section,outcome,category,arm,template,tone,cases,pending,events,rate,rate_lo,rate_hi,") {
		t.Errorf("csv: %v\n%.500s", err, csv)
	}
	file := filepath.Join(t.TempDir(), "trials.html")
	_, stderr, err = runCLI(t, "", "report", "--db", db, "--trials", "--format", "html", "--out", file)
	if err != nil {
		t.Fatal(err)
	}
	html, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(html), "<svg") || strings.Contains(string(html), "<script") || !strings.Contains(stderr, "trials of week 2026-W48 written to "+file) {
		t.Errorf("html: stderr %q\n%.500s", stderr, html)
	}
	help, _, _ := runCLI(t, "", "report", "--help")
	if !strings.Contains(help, "-trials") || !strings.Contains(help, "trygbot report --config trygbot.yaml --trials") {
		t.Errorf("report --help lacks --trials and its example:\n%s", help)
	}
}
