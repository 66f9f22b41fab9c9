package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/trygbot/trygbot/rules"
)

// The CLI tests load testdata/zorblax.yaml on top of the built-in packs and
// use its invented words, so they hold whatever the built-in packs contain.

var testPack = filepath.Join("testdata", "zorblax.yaml")

// runCLI calls run with a fake environment and returns what it wrote.
func runCLI(t *testing.T, stdin string, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errOut bytes.Buffer
	getenv := func(string) string { return "" }
	err = run(context.Background(), args, getenv, strings.NewReader(stdin), &out, &errOut)
	return out.String(), errOut.String(), err
}

// demoOutput runs trygbot demo --dir dir and returns what it printed
// (stdout and stderr together); it fails the test if the demo fails.
func demoOutput(t *testing.T, dir string) string {
	t.Helper()
	var out bytes.Buffer
	if err := run(context.Background(), []string{"demo", "--dir", dir}, func(string) string { return "" }, strings.NewReader(""), &out, &out); err != nil {
		t.Fatalf("demo: %v\n%s", err, out.String())
	}
	return out.String()
}

func TestCheckText(t *testing.T) {
	tests := []struct {
		name  string
		stdin string
		args  []string
		want  []string
	}{
		{"flagged", "", []string{"check", "--pack", testPack, "you are a zorblax"}, []string{
			"FLAGGED: slur, severity high, score 0.80 (threshold 0.50)",
			"  - test.zorblax (slur, high, score 0.80)",
			`    matched "zorblax" at bytes 10-17 as zorblax`,
			"    why: zorblax is an invented slur for tests",
			"normal form: you are a zorblax",
		}},
		{"evasion", "", []string{"check", "--pack", testPack, "z0rbl4x"}, []string{
			`matched "z0rbl4x" at bytes 0-7 as zorblax`,
			"    evasion: leetspeak",
		}},
		{"words joined from several args", "", []string{"check", "--pack", testPack, "you", "are", "a", "zorblax"}, []string{
			`matched "zorblax" at bytes 10-17`,
		}},
		{"danish explanation", "", []string{"check", "--lang", "da", "--pack", testPack, "din zorblax"}, []string{
			"why: zorblax er et opdigtet skældsord til test",
		}},
		{"urgent", "", []string{"check", "--pack", testPack, "vorbkill"}, []string{
			"FLAGGED: threat, severity urgent, score 0.95",
		}},
		{"text from stdin", "du er en zorblax\n", []string{"check", "--pack", testPack, "-"}, []string{
			`matched "zorblax" at bytes 9-16`,
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, _, err := runCLI(t, tc.stdin, tc.args...)
			if err != nil {
				t.Fatalf("run: %v", err)
			}
			for _, w := range tc.want {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q:\n%s", w, out)
				}
			}
		})
	}
}

func TestCheckUnflaggedByTestPack(t *testing.T) {
	out, _, err := runCLI(t, "", "check", "--pack", testPack, "quibfen blorp")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(out, "test.zorblax") || strings.Contains(out, "test.vorbkill") {
		t.Errorf("a test rule matched a message without its words:\n%s", out)
	}
	if !strings.HasPrefix(out, "not flagged: score") && !strings.HasPrefix(out, "FLAGGED") {
		t.Errorf("output does not start with the decision:\n%s", out)
	}
}

func TestCheckJSON(t *testing.T) {
	text := "hey ZORBLAX"
	out, _, err := runCLI(t, "", "check", "--json", "--pack", testPack, text)
	if err != nil {
		t.Fatal(err)
	}
	var v rules.Verdict
	if err := json.Unmarshal([]byte(out), &v); err != nil {
		t.Fatalf("output is not a verdict: %v\n%s", err, out)
	}
	if !v.Flagged || v.Category != rules.CatSlur || v.Severity != rules.SevHigh {
		t.Errorf("verdict %s, want flagged slur high", v)
	}
	var m *rules.Match
	for i := range v.Matches {
		if v.Matches[i].Rule == "test.zorblax" {
			m = &v.Matches[i]
		}
	}
	if m == nil {
		t.Fatalf("no test.zorblax match in %s", v)
	}
	if m.Start != 4 || m.End != 11 || m.Text != "ZORBLAX" || text[m.Start:m.End] != m.Text {
		t.Errorf("match span %d-%d %q", m.Start, m.End, m.Text)
	}
	if !strings.Contains(out, "\n  \"flagged\": true") {
		t.Errorf("JSON is not indented:\n%s", out)
	}
}

func TestCheckHelp(t *testing.T) {
	for _, cmd := range []string{"check", "scan", "eval"} {
		t.Run(cmd, func(t *testing.T) {
			out, errOut, err := runCLI(t, "", cmd, "--help")
			if err != nil {
				t.Fatalf("%s --help returned %v, want nil", cmd, err)
			}
			// On stdout, so that "trygbot check --help | less" works.
			for _, w := range []string{"Usage: trygbot " + cmd, "Flags:", "-pack FILE", "Example:\n"} {
				if !strings.Contains(out, w) {
					t.Errorf("%s --help: stdout lacks %q:\n%s", cmd, w, out)
				}
			}
			if errOut != "" {
				t.Errorf("%s --help wrote to stderr: %s", cmd, errOut)
			}
		})
	}
}

func TestUsageErrors(t *testing.T) {
	tests := []struct {
		name       string
		args       []string
		wantStderr string
	}{
		{"no command", nil, "Usage: trygbot COMMAND"},
		{"unknown command", []string{"frobnicate"}, `unknown command "frobnicate"`},
		{"check without text", []string{"check"}, "Usage: trygbot check"},
		{"check with an unknown flag", []string{"check", "--nope", "x"}, "flag provided but not defined: -nope"},
		{"eval without files", []string{"eval"}, "Usage: trygbot eval"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, errOut, err := runCLI(t, "", tc.args...)
			if !errors.Is(err, errUsage) {
				t.Fatalf("error = %v, want errUsage", err)
			}
			if exitCode(err) != 1 {
				t.Errorf("exit code %d, want 1", exitCode(err))
			}
			if !strings.Contains(errOut, tc.wantStderr) {
				t.Errorf("stderr lacks %q:\n%s", tc.wantStderr, errOut)
			}
		})
	}
}

func TestHelpAndVersion(t *testing.T) {
	out, _, err := runCLI(t, "", "version")
	if err != nil || out != "trygbot "+version+"\n" {
		t.Errorf("version: %q, %v", out, err)
	}
	out, _, err = runCLI(t, "", "help")
	if err != nil || !strings.Contains(out, "Commands:") || !strings.Contains(out, "check TEXT") {
		t.Errorf("help: %q, %v", out, err)
	}
}

func TestBadPack(t *testing.T) {
	for _, cmd := range [][]string{{"check", "x"}, {"scan"}, {"eval", filepath.Join("testdata", "eval.csv")}} {
		t.Run(cmd[0], func(t *testing.T) {
			args := append([]string{cmd[0], "--pack", filepath.Join("testdata", "bad.yaml")}, cmd[1:]...)
			_, _, err := runCLI(t, "", args...)
			if err == nil || !strings.Contains(err.Error(), "bad.yaml:5:") || !strings.Contains(err.Error(), `did you mean "terms"?`) {
				t.Errorf("error = %v, want bad.yaml:5 with a hint", err)
			}
			_, _, err = runCLI(t, "", cmd[0], "--pack", filepath.Join("testdata", "missing.yaml"), "x")
			if err == nil || !strings.Contains(err.Error(), "missing.yaml") {
				t.Errorf("missing pack: error = %v", err)
			}
		})
	}
}

// scanLine is one output line of scan, read loosely.
type scanLine struct {
	ID      json.RawMessage `json:"id"`
	Flagged *bool           `json:"flagged"`
	Matches []rules.Match   `json:"matches"`
	Line    int             `json:"line"`
	Error   string          `json:"error"`
}

func TestScan(t *testing.T) {
	in := strings.Join([]string{
		`{"id":1,"text":"you are a zorblax"}`,
		`{"id":"msg-2","text":"quibfen blorp"}`,
		`this is not json`,
		`{"id":4}`,
		``,
		`{"id":6.5,"text":"VORBKILL","lang":"da","platform":"discord","author":"u1"}`,
		`{"text":"zorblax again"}`,
		`{"id":{"chat":"c","n":8},"text":"z0rbl4x"}` + "\r",
		`["an array"]`,
		`{"id":10,"text":"last line, no newline zorblax"}`,
	}, "\n")
	out, _, err := runCLI(t, in, "scan", "--pack", testPack)
	if err != nil {
		t.Fatalf("scan: %v", err)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	tests := []struct {
		id        string // raw JSON, "" when absent
		errSubstr string // "" for a verdict line
		testRule  string // test rule that must match, or ""
	}{
		{`1`, "", "test.zorblax"},
		{`"msg-2"`, "", ""},
		{``, "invalid JSON", ""},
		{`4`, `missing "text"`, ""},
		{``, "empty line", ""},
		{`6.5`, "", "test.vorbkill"},
		{`null`, "", "test.zorblax"},
		{`{"chat":"c","n":8}`, "", "test.zorblax"},
		{``, "invalid JSON", ""},
		{`10`, "", "test.zorblax"},
	}
	if len(lines) != len(tests) {
		t.Fatalf("got %d output lines, want %d:\n%s", len(lines), len(tests), out)
	}
	for i, tc := range tests {
		var got scanLine
		if err := json.Unmarshal([]byte(lines[i]), &got); err != nil {
			t.Errorf("line %d: not JSON: %v: %s", i+1, err, lines[i])
			continue
		}
		if string(got.ID) != tc.id {
			t.Errorf("line %d: id %s, want %s", i+1, got.ID, tc.id)
		}
		if tc.errSubstr != "" {
			if !strings.Contains(got.Error, tc.errSubstr) || got.Line != i+1 || got.Flagged != nil {
				t.Errorf("line %d: %s, want an error %q for line %d", i+1, lines[i], tc.errSubstr, i+1)
			}
			continue
		}
		if got.Error != "" || got.Flagged == nil || got.Matches == nil {
			t.Errorf("line %d: %s, want a verdict with flagged and matches", i+1, lines[i])
			continue
		}
		found := false
		for _, m := range got.Matches {
			if m.Rule == "test.zorblax" || m.Rule == "test.vorbkill" {
				if m.Rule != tc.testRule {
					t.Errorf("line %d: unexpected match of %s", i+1, m.Rule)
				}
				found = true
			}
		}
		if tc.testRule != "" && (!found || !*got.Flagged) {
			t.Errorf("line %d: %s, want flagged by %s", i+1, lines[i], tc.testRule)
		}
	}
}

func TestScanLongLines(t *testing.T) {
	long := strings.Repeat("a", 2<<20) // longer than the 1 MiB read buffer
	tooLong := strings.Repeat("b", 5<<20)
	in := `{"id":1,"text":"zorblax ` + long + `"}` + "\n" +
		`{"id":2,"text":"` + tooLong + `"}` + "\n" +
		`{"id":3,"text":"zorblax"}` + "\n"
	out, _, err := runCLI(t, in, "scan", "--pack", testPack)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != 3 {
		t.Fatalf("got %d lines, want 3", len(lines))
	}
	var first struct {
		ID      int      `json:"id"`
		Flagged bool     `json:"flagged"`
		Notes   []string `json:"notes"`
	}
	if err := json.Unmarshal([]byte(lines[0]), &first); err != nil || first.ID != 1 || !first.Flagged || len(first.Notes) != 1 {
		t.Errorf("long line: %.300s (%v), want flagged with a truncation note", lines[0], err)
	}
	var second scanLine
	if err := json.Unmarshal([]byte(lines[1]), &second); err != nil || second.Line != 2 || !strings.Contains(second.Error, "longer than") {
		t.Errorf("too long line: %.300s", lines[1])
	}
	var third scanLine
	if err := json.Unmarshal([]byte(lines[2]), &third); err != nil || string(third.ID) != "3" || third.Flagged == nil || !*third.Flagged {
		t.Errorf("line after a too long one: %.300s", lines[2])
	}
}

func TestScanEmptyInput(t *testing.T) {
	out, _, err := runCLI(t, "", "scan", "--pack", testPack)
	if err != nil || out != "" {
		t.Errorf("empty input: %q, %v", out, err)
	}
}

func TestEval(t *testing.T) {
	csv := filepath.Join("testdata", "eval.csv")
	// Two zorblax cases are flagged by the test pack, "blorp" (labelled
	// hateful) and "quibfen" (non-hateful) are not: accuracy 0.75.
	tests := []struct {
		name     string
		args     []string
		wantCode int // 0 for success
	}{
		{"no bound", nil, 0},
		{"accuracy bound met", []string{"--min-accuracy", "0.7"}, 0},
		{"accuracy bound missed", []string{"--min-accuracy", "0.9"}, 3},
		{"hateful bound missed", []string{"--min-hateful", "0.7"}, 3},
		{"hateful bound met", []string{"--min-hateful", "0.6"}, 0},
		{"non-hateful bound met", []string{"--min-non-hateful", "1"}, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			args := append(append([]string{"eval", "--pack", testPack}, tc.args...), csv)
			out, _, err := runCLI(t, "", args...)
			if tc.wantCode == 0 {
				if err != nil {
					t.Fatalf("eval: %v", err)
				}
			} else {
				if err == nil || exitCode(err) != tc.wantCode {
					t.Fatalf("eval: error %v (exit %d), want exit %d", err, exitCode(err), tc.wantCode)
				}
				if !strings.Contains(err.Error(), "below the required accuracy") || !strings.Contains(err.Error(), "eval.csv") {
					t.Errorf("error %q does not name the file and the bound", err)
				}
			}
			if !strings.Contains(out, "| 4 | 3 | 1 | 75.0% | 66.7% | 100.0% | 100.0% | 66.7% | 80.0% |") {
				t.Errorf("output lacks the summary row:\n%s", out)
			}
		})
	}
}

func TestEvalJSONAndFunctionalities(t *testing.T) {
	hc := filepath.Join("testdata", "hatecheck.csv")
	out, _, err := runCLI(t, "", "eval", "--json", "--pack", testPack, hc)
	if err != nil {
		t.Fatal(err)
	}
	var res struct {
		File            string             `json:"file"`
		Cases           int                `json:"cases"`
		Accuracy        float64            `json:"accuracy"`
		Precision       float64            `json:"precision"`
		Functionalities map[string]float64 `json:"functionalities"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if res.File != hc || res.Cases != 4 || res.Accuracy != 1 || res.Precision != 1 ||
		res.Functionalities["slur_h"] != 1 || res.Functionalities["threat_h"] != 1 || res.Functionalities["ident_neutral_nh"] != 1 {
		t.Errorf("eval --json = %+v", res)
	}

	out, _, err = runCLI(t, "", "eval", "--show-errors", "5", "--pack", testPack, hc, filepath.Join("testdata", "eval.csv"))
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{
		"## " + hc,
		"| functionality | gold | cases | accuracy |",
		"| slur_h | hateful | 2 | 100.0% |",
		"| threat_h | hateful | 1 | 100.0% |",
		"## " + filepath.Join("testdata", "eval.csv"),
		`- [ gold=true] "blorp"`,
		"not flagged: score",
	} {
		if !strings.Contains(out, w) {
			t.Errorf("output lacks %q:\n%s", w, out)
		}
	}
}

func TestEvalFileErrors(t *testing.T) {
	_, _, err := runCLI(t, "", "eval", "--pack", testPack, filepath.Join("testdata", "nope.csv"))
	if err == nil || !strings.Contains(err.Error(), "nope.csv") {
		t.Errorf("missing file: %v", err)
	}
	_, _, err = runCLI(t, "", "eval", "--pack", testPack, filepath.Join("testdata", "zorblax.yaml"))
	if err == nil || !strings.Contains(err.Error(), "zorblax.yaml") {
		t.Errorf("not a suite: %v", err)
	}
}
