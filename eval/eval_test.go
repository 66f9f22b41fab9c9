package eval

import (
	"bytes"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/trygbot/trygbot/rules"
)

func mustReadCases(tb testing.TB, path string) []Case {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	cases, err := ReadCases(f)
	if err != nil {
		tb.Fatalf("ReadCases(%s): %v", path, err)
	}
	return cases
}

func TestReadCasesFiles(t *testing.T) {
	tests := []struct {
		name string
		file string
		want []Case
	}{
		{"HateCheck CSV", "hatecheck_mini.csv", []Case{
			{Text: "I really can't stand [ZORBS].", Hateful: true, Functionality: "derog_neg_emote_h"},
			{Text: "All zorbs, without exception, are the worst.", Hateful: true, Functionality: "derog_neg_emote_h"},
			{Text: "Zorbs are not the worst.", Functionality: "negate_neg_nh"},
			{Text: `Saying "zorbs are the worst" is hateful.`, Functionality: "counter_quote_nh"},
			{Text: "I love zorbs.", Functionality: "negate_neg_nh"},
		}},
		{"DKHate TSV", "dkhate_mini.tsv", []Case{
			{Text: "Jeg synes zorber er de værste", Hateful: true},
			{Text: "Det er en dejlig dag i dag"},
			{Text: `Han sagde "hej" og gik`},
			{Text: "zorblax, allesammen", Hateful: true},
		}},
		{"text,label with header", "plain_header.csv", []Case{
			{Text: "you are a zorblax", Hateful: true},
			{Text: "hello, friend"},
			{Text: "zorbs are rats", Hateful: true},
			{Text: "nice weather"},
		}},
		{"categories and languages", "categories_mini.csv", []Case{
			{Text: "vorbkill every zorblax", Hateful: true, Functionality: "threat_h", Category: rules.CatThreat, Lang: "en"},
			{Text: "we will come for every zorblax tonight", Hateful: true, Functionality: "threat_h", Category: rules.CatThreat, Lang: "en"},
			{Text: "they should all be dealt with", Hateful: true, Functionality: "threat_h", Category: rules.CatThreat, Lang: "en"},
			{Text: "you zorblax", Hateful: true, Functionality: "slur_h", Category: rules.CatSlur, Lang: "en"},
			{Text: "zorblax go home", Hateful: true, Functionality: "slur_h", Category: rules.CatSlur, Lang: "da"},
			{Text: "zorbs are glimmok", Hateful: true, Functionality: "dehum_h", Category: rules.CatDehumanisation, Lang: "en"},
			{Text: "zorbs are vermin", Hateful: true, Functionality: "dehum_h", Category: rules.CatDehumanisation, Lang: "en"},
			{Text: "i met a zorb today", Functionality: "ident_neutral_nh", Lang: "en"},
			{Text: "the zorblax river is lovely", Functionality: "homonym_nh", Lang: "en"},
			{Text: "vorbkill is a board game", Functionality: "homonym_nh"},
			{Text: "zorblax zorblax", Hateful: true, Functionality: "uncategorised_h", Lang: "en"},
		}},
		{"text,label without header", "plain_noheader.csv", []Case{
			{Text: "you are a zorblax", Hateful: true},
			{Text: "hello, friend"},
			{Text: "zorbs are rats", Hateful: true},
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := mustReadCases(t, filepath.Join("testdata", tc.file))
			if !slices.Equal(got, tc.want) {
				t.Errorf("ReadCases(%s) =\n%+v\nwant\n%+v", tc.file, got, tc.want)
			}
		})
	}
}

func TestReadCasesInline(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []Case
	}{
		{"BOM and CRLF", "\ufefftext,label\r\nhej,not\r\nzorb,OFF\r\n", []Case{{Text: "hej"}, {Text: "zorb", Hateful: true}}},
		{"label spellings", "text,label\na,hate\nb,Hateful\nc, true \nd,yes\ne,abusive\nf,nothate\ng,none\nh,false\ni,no\nj,neutral\nk,normal\nl,not-hateful\n",
			[]Case{{Text: "a", Hateful: true}, {Text: "b", Hateful: true}, {Text: "c", Hateful: true}, {Text: "d", Hateful: true}, {Text: "e", Hateful: true},
				{Text: "f"}, {Text: "g"}, {Text: "h"}, {Text: "i"}, {Text: "j"}, {Text: "k"}, {Text: "l"}}},
		{"columns in another order", "label,comment,functionality\n1,  spaced text  ,f1\n", []Case{{Text: "spaced text", Hateful: true, Functionality: "f1"}}},
		{"message and class columns", "class,message\n0,hi\n", []Case{{Text: "hi"}}},
		{"header only", "text,label\n", []Case{}},
		{"quoted newline", "text,label\n\"two\nlines\",1\n", []Case{{Text: "two\nlines", Hateful: true}}},
		{"category spellings", "text,label,category\na,1, Threat \nb,1,EXTREMISM\nc,0,none\nd,0,\ne,1,harassment\nf,1,generalisation\n",
			[]Case{{Text: "a", Hateful: true, Category: rules.CatThreat}, {Text: "b", Hateful: true, Category: rules.CatExtremism},
				{Text: "c"}, {Text: "d"}, {Text: "e", Hateful: true, Category: rules.CatHarassment}, {Text: "f", Hateful: true, Category: rules.CatGeneralisation}}},
		{"language column", "language,text,label\n DA ,hej,0\n,hi,0\n", []Case{{Text: "hej", Lang: "da"}, {Text: "hi"}}},
		{"TSV with category and lang", "tweet\tsubtask_a\tcategory\tlang\nzorb\tOFF\tslur\tda\n", []Case{{Text: "zorb", Hateful: true, Category: rules.CatSlur, Lang: "da"}}},
		{"new suite header, target_ident ignored", "case_id,functionality,test_case,label_gold,target_ident,category,lang\n7,threat_h,x,hateful,zorbs,threat,en\n",
			[]Case{{Text: "x", Hateful: true, Functionality: "threat_h", Category: rules.CatThreat, Lang: "en"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ReadCases(strings.NewReader(tc.in))
			if err != nil {
				t.Fatalf("ReadCases: %v", err)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("ReadCases =\n%+v\nwant\n%+v", got, tc.want)
			}
		})
	}
}

func TestReadCasesErrors(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"bad label", "text,label\nyou are a zorblax,hateful\nhello,maybe\n", []string{"row 3", `unknown label "maybe"`, "hateful/hate"}},
		{"bad label without header", "a,1\nb,perhaps\n", []string{`unknown label "perhaps"`}},
		{"no text column", "foo,bar,baz\na,b,c\n", []string{"cannot find text and label columns", "foo,bar,baz", "name them text and label"}},
		{"two columns, no label", "foo,bar\na,b\n", []string{"cannot find text and label columns"}},
		{"short row", "text,label,functionality\na,1\n", []string{"row 2 has 2 columns, want at least 3"}},
		{"short row, category last", "text,label,category\na,1,slur\nb,1\n", []string{"row 3 has 2 columns, want at least 3"}},
		{"unknown category", "text,label,category\na,1,slur\nb,1,insult\n", []string{"row 3", `unknown category "insult"`, "threat, extremism, dehumanisation, slur, generalisation, harassment"}},
		{"empty", "", []string{"read header"}},
		{"bad quoting", "text,label\n\"a\"b,1\n", []string{"eval:"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cases, err := ReadCases(strings.NewReader(tc.in))
			if err == nil {
				t.Fatalf("ReadCases accepted the input: %+v", cases)
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not contain %q", err, w)
				}
			}
		})
	}
	t.Run("bad label file", func(t *testing.T) {
		f, err := os.Open(filepath.Join("testdata", "bad_label.csv"))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		if _, err := ReadCases(f); err == nil || !strings.Contains(err.Error(), `row 3: unknown label "maybe"`) {
			t.Errorf("error = %v", err)
		}
	})
	t.Run("read error", func(t *testing.T) {
		if _, err := ReadCases(failReader{}); err == nil || !strings.Contains(err.Error(), "eval: read") {
			t.Errorf("error = %v", err)
		}
	})
}

type failReader struct{}

func (failReader) Read([]byte) (int, error) { return 0, os.ErrClosed }

// near compares floats, treating two NaNs as equal.
func near(a, b float64) bool {
	if math.IsNaN(a) || math.IsNaN(b) {
		return math.IsNaN(a) && math.IsNaN(b)
	}
	return math.Abs(a-b) < 1e-9
}

func TestCounts(t *testing.T) {
	nan := math.NaN()
	tests := []struct {
		name                                   string
		c                                      Counts
		n                                      int
		acc, hateAcc, nonAcc, prec, recall, f1 float64
	}{
		{"mixed", Counts{TP: 6, FN: 2, TN: 9, FP: 3}, 20, 15.0 / 20, 6.0 / 8, 9.0 / 12, 6.0 / 9, 6.0 / 8, 2 * (6.0 / 9) * (6.0 / 8) / (6.0/9 + 6.0/8)},
		{"perfect", Counts{TP: 4, TN: 4}, 8, 1, 1, 1, 1, 1, 1},
		{"empty", Counts{}, 0, nan, nan, nan, nan, nan, nan},
		{"nothing flagged", Counts{FN: 3, TN: 2}, 5, 2.0 / 5, 0, 1, nan, 0, nan},
		{"no hateful cases", Counts{TN: 2, FP: 1}, 3, 2.0 / 3, nan, 2.0 / 3, 0, nan, nan},
		{"only hateful, all found", Counts{TP: 3}, 3, 1, 1, nan, 1, 1, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := tc.c
			got := []float64{c.Accuracy(), c.HatefulAccuracy(), c.NonHatefulAccuracy(), c.Precision(), c.Recall(), c.F1()}
			want := []float64{tc.acc, tc.hateAcc, tc.nonAcc, tc.prec, tc.recall, tc.f1}
			names := []string{"Accuracy", "HatefulAccuracy", "NonHatefulAccuracy", "Precision", "Recall", "F1"}
			for i := range got {
				if !near(got[i], want[i]) {
					t.Errorf("%s = %v, want %v", names[i], got[i], want[i])
				}
			}
			if c.N() != tc.n {
				t.Errorf("N = %d, want %d", c.N(), tc.n)
			}
		})
	}
}

func TestCountsAdd(t *testing.T) {
	var c Counts
	for _, o := range []struct{ gold, flagged bool }{{true, true}, {true, true}, {true, false}, {false, false}, {false, true}, {false, false}} {
		c.Add(o.gold, o.flagged)
	}
	if c != (Counts{TP: 2, FN: 1, TN: 2, FP: 1}) {
		t.Errorf("Counts = %+v", c)
	}
}

// fakeEngine flags a message when it contains "zorb"; a hand-written
// Evaluator, so eval is tested without any rule pack.
type fakeEngine struct {
	langs []string
}

func (f *fakeEngine) Evaluate(m rules.Message) rules.Verdict {
	f.langs = append(f.langs, m.Lang)
	if strings.Contains(strings.ToLower(m.Text), "zorb") {
		return rules.Verdict{Flagged: true, Category: rules.CatSlur, Severity: rules.SevHigh, Score: 0.8}
	}
	return rules.Verdict{}
}

func TestRun(t *testing.T) {
	cases := mustReadCases(t, filepath.Join("testdata", "hatecheck_mini.csv"))
	eng := &fakeEngine{}
	var progress []int
	res := Run(eng, cases, "en", 1, func(n int) { progress = append(progress, n) })
	// Flagged: every case mentions zorbs, except none; so hateful cases are
	// found and non-hateful ones are false positives.
	if want := (Counts{TP: 2, FP: 3}); res.All != want {
		t.Errorf("All = %+v, want %+v", res.All, want)
	}
	if got := res.Functionalities(); !slices.Equal(got, []string{"counter_quote_nh", "derog_neg_emote_h", "negate_neg_nh"}) {
		t.Errorf("Functionalities = %v", got)
	}
	if c := res.ByFn["negate_neg_nh"]; c == nil || *c != (Counts{FP: 2}) {
		t.Errorf("ByFn[negate_neg_nh] = %+v", c)
	}
	if len(res.Wrong) != 1 || res.Wrong[0].Case.Text != "Zorbs are not the worst." || !res.Wrong[0].Verdict.Flagged {
		t.Errorf("Wrong = %+v, want the first misclassified case only", res.Wrong)
	}
	if !slices.Equal(progress, []int{0}) {
		t.Errorf("progress calls = %v, want [0]", progress)
	}
	if len(eng.langs) != len(cases) || eng.langs[0] != "en" {
		t.Errorf("languages passed = %v", eng.langs)
	}
	// No progress function, no kept errors, plain cases.
	res = Run(&fakeEngine{}, []Case{{Text: "zorb", Hateful: true}, {Text: "hi"}}, "", 0, nil)
	if res.All != (Counts{TP: 1, TN: 1}) || len(res.ByFn) != 0 || len(res.Wrong) != 0 {
		t.Errorf("plain run = %+v", res)
	}
}

func TestMarkdown(t *testing.T) {
	cases := mustReadCases(t, filepath.Join("testdata", "hatecheck_mini.csv"))
	res := Run(&fakeEngine{}, cases, "en", 0, nil)
	var b bytes.Buffer
	res.Markdown(&b, "hatecheck_mini.csv")
	out := b.String()
	for _, want := range []string{
		"## hatecheck_mini.csv\n",
		"| cases | hateful | non-hateful | accuracy | hateful acc. | non-hateful acc. | precision | recall | F1 |",
		"| 5 | 2 | 3 | 40.0% | 100.0% | 0.0% | 40.0% | 100.0% | 57.1% |",
		"| functionality | gold | cases | accuracy |",
		"| counter_quote_nh | non-hateful | 1 | 0.0% |",
		"| derog_neg_emote_h | hateful | 2 | 100.0% |",
		"| negate_neg_nh | non-hateful | 2 | 0.0% |",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("Markdown lacks %q:\n%s", want, out)
		}
	}
	// Functionalities in name order.
	if strings.Index(out, "counter_quote_nh") > strings.Index(out, "negate_neg_nh") {
		t.Errorf("functionalities not in name order:\n%s", out)
	}

	t.Run("plain suite has no functionality table, NaN as -", func(t *testing.T) {
		res := Run(&fakeEngine{}, []Case{{Text: "hi"}}, "", 0, nil)
		var b bytes.Buffer
		res.Markdown(&b, "plain")
		out := b.String()
		if strings.Contains(out, "functionality") {
			t.Errorf("plain suite has a functionality table:\n%s", out)
		}
		if !strings.Contains(out, "| 1 | 0 | 1 | 100.0% | - | 100.0% | - | - | - |") {
			t.Errorf("NaN metrics not shown as -:\n%s", out)
		}
	})
}
func TestReadCasesTSVTextStartingWithQuote(t *testing.T) {
	in := "id\ttweet\tsubtask_a\n" +
		"1\t\"Citat\" sagde han\tNOT\n" +
		"2\tEn helt almindelig kommentar\tNOT\n" +
		"3\tEndnu en kommentar\tOFF\n"
	cases, err := ReadCases(strings.NewReader(in))
	if err != nil {
		t.Fatalf("ReadCases: %v", err)
	}
	want := []Case{{Text: `"Citat" sagde han`}, {Text: "En helt almindelig kommentar"}, {Text: "Endnu en kommentar", Hateful: true}}
	if len(cases) != len(want) {
		t.Fatalf("ReadCases = %+v, want %+v", cases, want)
	}
	for i := range want {
		if cases[i] != want[i] {
			t.Errorf("case %d = %+v, want %+v", i, cases[i], want[i])
		}
	}
}

// Bug: error rows are numbered i+2 assuming a header line, but a
// header-less file puts its first line into rows too, so every row number
// is one too high.
func TestReadCasesRowNumberWithoutHeader(t *testing.T) {
	_, err := ReadCases(strings.NewReader("a,1\nb,perhaps\n"))
	if err == nil || !strings.Contains(err.Error(), "row 2:") {
		t.Errorf("error = %v, want it at row 2 (the second line)", err)
	}
}

// Bug: F1 returns NaN when precision and recall are both 0, although both
// are defined; F1 is then 0 (Markdown shows "-" for an engine that got
// every flag wrong).
func TestF1BothZero(t *testing.T) {
	c := Counts{FN: 3, FP: 2}
	if f := c.F1(); f != 0 {
		t.Errorf("F1 of %+v = %v, want 0 (precision %v, recall %v)", c, f, c.Precision(), c.Recall())
	}
}

func TestRunLang(t *testing.T) {
	cases := []Case{{Text: "a", Lang: "da"}, {Text: "b"}, {Text: "c", Lang: "en"}}
	tests := []struct {
		name string
		lang string
		want []string
	}{
		{"each case's own language", "", []string{"da", "", "en"}},
		{"--lang overrides the suite", "en", []string{"en", "en", "en"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			eng := &fakeEngine{}
			Run(eng, cases, tc.lang, 0, nil)
			if !slices.Equal(eng.langs, tc.want) {
				t.Errorf("languages passed = %q, want %q", eng.langs, tc.want)
			}
		})
	}
}
