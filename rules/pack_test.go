package rules_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/trygbot/trygbot/rules"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// TestParsePackErrors covers packs that ParsePack refuses: each error names
// the file and line and says what to do.
func TestParsePackErrors(t *testing.T) {
	tests := []struct {
		name string
		yaml string
		want []string // substrings of the error
	}{
		{"bad YAML",
			"pack: t\nrules:\n  - id: a\n    category: slur\n    terms: x: y\n",
			[]string{"test.yaml:5:", "invalid YAML", "mapping values are not allowed"}},
		{"unterminated quote",
			"pack: t\nrules:\n  - id: a\n    category: \"slur\n",
			[]string{"test.yaml:4:", "invalid YAML"}},
		{"tab indentation",
			"pack: t\nrules:\n\t- id: a\n",
			[]string{"test.yaml:3:", "invalid YAML"}},
		{"unknown top-level field",
			"pack: t\nthreshhold: 0.4\n",
			[]string{"test.yaml:2:", `unknown field "threshhold"`, `did you mean "threshold"?`}},
		{"unknown rule field",
			"pack: t\nrules:\n  - id: a\n    category: slur\n    trems: [zorb]\n",
			[]string{"test.yaml:5:", `unknown field "trems"`, `did you mean "terms"?`}},
		{"unknown lexicon field",
			"pack: t\nlexicons:\n  g:\n    terms: [x]\n    matsh: word\n",
			[]string{"test.yaml:5:", `unknown field "matsh"`, `did you mean "match"?`}},
		{"unknown unless field",
			"pack: t\nrules:\n  - id: a\n    category: slur\n    terms: [x]\n    unless: [{lexicon: l, befor: 2}]\n",
			[]string{"test.yaml:6:", `unknown field "befor"`, `did you mean "before"?`}},
		{"unknown scope field",
			"pack: t\nscope:\n  comunity: x\n",
			[]string{"test.yaml:3:", `did you mean "community"?`}},
		{"unknown field far from any",
			"pack: t\nrules:\n  - id: a\n    category: slur\n    xyzzyplugh: 1\n",
			[]string{"test.yaml:5:", `unknown field "xyzzyplugh"`, "known: id, category"}},
		{"wrong type int",
			"pack: t\nrules:\n  - id: a\n    category: slur\n    near: [a, b]\n    within: four\n",
			[]string{"test.yaml:6:", "four", "int"}},
		{"wrong type list",
			"pack: t\nrules:\n  - id: a\n    category: slur\n    terms: zorb\n",
			[]string{"test.yaml:5:", "zorb", "[]string"}},
		{"wrong type threshold",
			"pack: t\nthreshold: high\n",
			[]string{"test.yaml:2:", "high"}},
		{"rules not a list",
			"pack: t\nrules:\n  id: a\n",
			[]string{"test.yaml:"}},
		{"rule not a mapping",
			"pack: t\nrules:\n  - zorb\n",
			[]string{"test.yaml:3:"}},
		{"key twice",
			"pack: t\nrules:\n  - id: a\n    id: b\n    category: slur\n    terms: [x]\n",
			[]string{"test.yaml:4:", `"id"`}},
		{"empty pack",
			"",
			[]string{"test.yaml", "empty pack", "pack: NAME"}},
		{"not a mapping",
			"- a\n- b\n",
			[]string{"test.yaml:1:", "mapping"}},
		{"missing name",
			"rules: []\n",
			[]string{"test.yaml:1:", "missing `pack: NAME`"}},
		{"empty lexicon",
			"pack: t\nlexicons:\n  g:\n",
			[]string{"test.yaml:3:", "expected a mapping with keys rationale, match, terms"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p, err := rules.ParsePack("test.yaml", []byte(tc.yaml))
			if err == nil {
				t.Fatalf("ParsePack accepted the pack: %+v", p)
			}
			if p != nil {
				t.Errorf("ParsePack returned a pack with error %v", err)
			}
			var pe *rules.PackError
			if !errors.As(err, &pe) || pe.File != "test.yaml" {
				t.Errorf("error %v (%T) is not a *PackError for test.yaml", err, err)
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not contain %q", err, w)
				}
			}
		})
	}
}

// TestCompileErrors covers packs that parse but do not compile.
func TestCompileErrors(t *testing.T) {
	tests := []struct {
		name string
		yaml string
		want []string
	}{
		{"bad regex",
			"pack: t\nrules:\n  - id: a\n    category: slur\n    regex: 'zo(rb'\n",
			[]string{"test1.yaml:3:", `rule "a"`, "bad regex", "missing closing )"}},
		{"duplicate rule id",
			"pack: t\nrules:\n  - id: a\n    category: slur\n    terms: [x]\n  - id: a\n    category: slur\n    terms: [y]\n",
			[]string{"test1.yaml:6:", `duplicate rule id "a"`, "first at test1.yaml:3", "rename it, or disable the first"}},
		{"unknown category",
			"pack: t\nrules:\n  - id: a\n    category: slurs\n    terms: [x]\n",
			[]string{"test1.yaml:3:", `unknown category "slurs"`, "want one of threat, extremism"}},
		{"missing category",
			"pack: t\nrules:\n  - id: a\n    terms: [x]\n",
			[]string{"test1.yaml:3:", `unknown category ""`}},
		{"unknown severity",
			"pack: t\nrules:\n  - id: a\n    category: slur\n    severity: huge\n    terms: [x]\n",
			[]string{"test1.yaml:3:", `unknown severity "huge"`, "want low, medium, high or urgent"}},
		{"near naming an unknown lexicon",
			"pack: t\nlexicons:\n  group: {terms: [x]}\nrules:\n  - id: a\n    category: slur\n    near: [group, vermin]\n",
			[]string{"test1.yaml:5:", `near names lexicon "vermin"`, "defined: group"}},
		{"near with five parts",
			"pack: t\nlexicons:\n  group: {terms: [x]}\nrules:\n  - id: a\n    category: slur\n    near: [group, group, group, group, group]\n",
			[]string{"test1.yaml:5:", "1 to 4 lexicon names"}},
		{"near within too large",
			"pack: t\nlexicons:\n  g: {terms: [x]}\n  h: {terms: [y]}\nrules:\n  - id: a\n    category: slur\n    near: [g, h]\n    within: 99\n",
			[]string{"test1.yaml:6:", "within must be between 0 and 30"}},
		{"unknown negation",
			"pack: t\nlexicons:\n  g: {terms: [x]}\n  h: {terms: [y]}\nrules:\n  - id: a\n    category: slur\n    near: [g, h]\n    negation: after\n",
			[]string{"test1.yaml:6:", `unknown negation "after"`, "between, before or none"}},
		{"no terms, near or regex",
			"pack: t\nrules:\n  - id: a\n    category: slur\n",
			[]string{"test1.yaml:3:", `rule "a" says nothing to match`, "give terms, near or regex"}},
		{"two kinds",
			"pack: t\nrules:\n  - id: a\n    category: slur\n    terms: [x]\n    regex: x\n",
			[]string{"test1.yaml:3:", `rule "a" has both terms and regex`, "give one of terms, near or regex"}},
		{"empty term",
			"pack: t\nrules:\n  - id: a\n    category: slur\n    terms: [zorb, \"\"]\n",
			[]string{"test1.yaml:", `term ""`, "no letters or digits"}},
		{"term of punctuation only",
			"pack: t\nrules:\n  - id: a\n    category: slur\n    terms: [\"*\"]\n",
			[]string{"test1.yaml:", "no letters or digits"}},
		{"term with a hard break",
			"pack: t\nrules:\n  - id: a\n    category: slur\n    terms: [\"zo, rb\"]\n",
			[]string{"test1.yaml:3:", "punctuation that breaks words", "use a regex rule"}},
		{"rule without id",
			"pack: t\nrules:\n  - category: slur\n    terms: [x]\n",
			[]string{"test1.yaml:3:", "rule without id"}},
		{"unknown match",
			"pack: t\nrules:\n  - id: a\n    category: slur\n    match: middle\n    terms: [x]\n",
			[]string{"test1.yaml:3:", `unknown match "middle"`}},
		{"lexicon without terms",
			"pack: t\nlexicons:\n  g:\n    rationale: nothing\nrules:\n  - {id: a, category: slur, terms: [x]}\n",
			[]string{"test1.yaml:3:", "lexicon g has no terms"}},
		{"common word of two words",
			"pack: t\nlexicons:\n  common_words: {terms: [two words]}\nrules:\n  - {id: a, category: slur, terms: [x]}\n",
			[]string{"test1.yaml:3:", `common word "two words" must be one word`}},
		{"no rules at all",
			"pack: t\nlexicons:\n  g: {terms: [x]}\n",
			[]string{"no rules enabled"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := compileErr(t, tc.yaml)
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not contain %q", err, w)
				}
			}
		})
	}
}

// TestCompileReportsAllProblems checks that Compile does not stop at the
// first problem.
func TestCompileReportsAllProblems(t *testing.T) {
	first := `
pack: first
rules:
  - id: a
    category: slurz
    terms: [x]
  - id: b
    category: slur
    regex: '('
  - id: a
    category: slur
    terms: [y]
`
	second := `
pack: second
disable: [nothing.*]
lexicons:
  g: {terms: [z]}
rules:
  - id: c
    category: slur
    near: [g, missing]
  - id: b
    category: threat
    terms: [w]
`
	err := compileErr(t, first, second)
	var joined interface{ Unwrap() []error }
	if !errors.As(err, &joined) {
		t.Fatalf("error %v does not join several errors", err)
	}
	want := []string{
		"test2.yaml:3:",  // disable matching nothing
		"test1.yaml:10:", // duplicate a
		"test2.yaml:10:", // duplicate b across packs
		"test1.yaml:4:",  // unknown category
		"test1.yaml:7:",  // bad regex
		"test2.yaml:7:",  // near naming a missing lexicon
	}
	errs := joined.Unwrap()
	if len(errs) != len(want) {
		t.Errorf("got %d errors, want %d:\n%v", len(errs), len(want), err)
	}
	for _, w := range want {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("errors do not mention %s:\n%v", w, err)
		}
	}
	for _, e := range errs {
		var pe *rules.PackError
		if !errors.As(e, &pe) || pe.File == "" {
			t.Errorf("error %q is not a *PackError with a file", e)
		}
	}
	if !strings.Contains(err.Error(), "first at test1.yaml:7") {
		t.Errorf("duplicate across packs does not name the first place:\n%v", err)
	}
}

func TestLoadPackFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "local.yaml")
	if err := os.WriteFile(path, []byte("pack: local\nrules:\n  - id: l.a\n    category: slur\n    terms: [zorblax]\n    bogus: 1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := rules.LoadPackFile(path)
	if err == nil || !strings.Contains(err.Error(), path+":6:") {
		t.Errorf("LoadPackFile error = %v, want %s:6", err, path)
	}
	if _, err := rules.LoadPackFile(filepath.Join(dir, "missing.yaml")); err == nil || !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing file: error = %v, want one wrapping os.ErrNotExist", err)
	}
	if _, err := rules.BuiltinPack("no-such-pack"); err == nil || !strings.Contains(err.Error(), "no-such-pack") {
		t.Errorf("BuiltinPack(no-such-pack) error = %v", err)
	}
}

// TestParsePackFields checks that a full pack is read into its fields.
func TestParsePackFields(t *testing.T) {
	p, err := rules.ParsePack("full.yaml", []byte(`
pack: full
version: "2026.11.1"
lang: da
description: everything
scope: {community: c1, channel: general}
threshold: 0.7
disable: [x.*]
exceptions: [fagforening]
lexicons:
  g:
    rationale: groups
    match: prefix
    terms: [zorbs]
rules:
  - id: r.one
    category: threat
    severity: high
    score: 0.9
    rationale: because
    why: {da: fordi, en: because}
    near: [g, g]
    within: 3
    ordered: true
    negation: before
    unless: [{lexicon: g, before: 1}]
`))
	if err != nil {
		t.Fatal(err)
	}
	if p.Name != "full" || p.Version != "2026.11.1" || p.Lang != "da" || p.Scope.Community != "c1" || p.Scope.Channel != "general" ||
		p.Threshold == nil || *p.Threshold != 0.7 || len(p.Disable) != 1 || len(p.Exceptions) != 1 || p.File != "full.yaml" {
		t.Errorf("pack fields: %+v", p)
	}
	if lx := p.Lexicons["g"]; lx == nil || lx.Match != "prefix" || len(lx.Terms) != 1 || lx.Line != 11 {
		t.Errorf("lexicon: %+v", lx)
	}
	if len(p.Rules) != 1 {
		t.Fatalf("rules: %d", len(p.Rules))
	}
	r := p.Rules[0]
	if r.ID != "r.one" || r.Category != rules.CatThreat || r.Severity != "high" || r.Score != 0.9 || r.Why["da"] != "fordi" ||
		r.Within == nil || *r.Within != 3 || !r.Ordered || r.Negation != "before" || len(r.Unless) != 1 || r.Unless[0].Before != 1 || r.Line != 16 {
		t.Errorf("rule: %+v", r)
	}
}

// goldenCase is one message and the verdict it got.
type goldenCase struct {
	Text    string        `json:"text"`
	Lang    string        `json:"lang,omitempty"`
	Verdict rules.Verdict `json:"verdict"`
}

// TestGolden evaluates the messages in testdata/golden/*.txt (one per line;
// a line "lang: da" switches language) against testdata/golden/pack.yaml
// and compares with the .golden.json next to them. Run with -update to
// rewrite the golden files after an intended change, and review the diff.
func TestGolden(t *testing.T) {
	p, err := rules.LoadPackFile(filepath.Join("testdata", "golden", "pack.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	e, err := rules.Compile(p)
	if err != nil {
		t.Fatal(err)
	}
	inputs, err := filepath.Glob(filepath.Join("testdata", "golden", "*.txt"))
	if err != nil || len(inputs) == 0 {
		t.Fatalf("no golden inputs: %v", err)
	}
	for _, in := range inputs {
		name := strings.TrimSuffix(filepath.Base(in), ".txt")
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			var got []goldenCase
			lang := ""
			for line := range strings.Lines(string(data)) {
				line = strings.TrimRight(line, "\n")
				if l, ok := strings.CutPrefix(line, "lang: "); ok {
					lang = l
					continue
				}
				if line == "" || strings.HasPrefix(line, "#") {
					continue
				}
				got = append(got, goldenCase{Text: line, Lang: lang, Verdict: e.Evaluate(rules.Message{Text: line, Lang: lang})})
			}
			gotJSON, err := json.MarshalIndent(got, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			gotJSON = append(gotJSON, '\n')
			golden := filepath.Join("testdata", "golden", name+".golden.json")
			if *update {
				if err := os.WriteFile(golden, gotJSON, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./rules -run TestGolden -update to create it)", err)
			}
			if bytes.Equal(gotJSON, want) {
				return
			}
			var wantCases []goldenCase
			if err := json.Unmarshal(want, &wantCases); err != nil {
				t.Fatalf("%s: %v", golden, err)
			}
			if len(wantCases) != len(got) {
				t.Fatalf("%s has %d cases, %s has %d (run with -update after an intended change)", golden, len(wantCases), in, len(got))
			}
			for i := range got {
				g, w := got[i].Verdict.String(), wantCases[i].Verdict.String()
				if got[i].Text != wantCases[i].Text || g != w {
					t.Errorf("%q:\n got  %s\n want %s", got[i].Text, g, w)
				}
			}
		})
	}
}

// TestInvert: an inverted rule matches its first two parts in either
// order (Danish V2: "hvorfor får flygtninge ..."), is listed once, and
// needs an ordered rule of at least two parts.
func TestInvert(t *testing.T) {
	pack := func(invert, ordered bool) string {
		return fmt.Sprintf(`pack: t
lexicons:
  who: {terms: [zorblaxes]}
  verb: {terms: [blorp]}
  what: {terms: [vexing]}
rules:
  - id: t.inv
    category: generalisation
    near: [who, verb, what]
    ordered: %v
    invert: %v
    why: {en: x, da: x}
`, ordered, invert)
	}
	compile := func(t *testing.T, src string) *rules.Engine {
		t.Helper()
		p, err := rules.ParsePack("t.yaml", []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		e, err := rules.Compile(p)
		if err != nil {
			t.Fatal(err)
		}
		return e
	}
	inv, plain := compile(t, pack(true, true)), compile(t, pack(false, true))
	for _, tc := range []struct {
		text      string
		inv, flat bool
	}{
		{"zorblaxes blorp vexing", true, true},
		{"why blorp zorblaxes so vexing", true, false},
		{"vexing blorp zorblaxes", false, false},
	} {
		if got := inv.Check(tc.text).Flagged; got != tc.inv {
			t.Errorf("inverted rule on %q: flagged %v, want %v", tc.text, got, tc.inv)
		}
		if got := plain.Check(tc.text).Flagged; got != tc.flat {
			t.Errorf("plain rule on %q: flagged %v, want %v", tc.text, got, tc.flat)
		}
	}
	if ids := inv.RuleIDs(); len(ids) != 1 || ids[0] != "t.inv" {
		t.Errorf("RuleIDs = %v, want [t.inv]", ids)
	}
	p, err := rules.ParsePack("t.yaml", []byte(pack(true, false)))
	if err == nil {
		_, err = rules.Compile(p)
	}
	if err == nil || !strings.Contains(err.Error(), "invert swaps the first two parts of an ordered rule") {
		t.Errorf("invert on an unordered rule: err = %v", err)
	}
}
