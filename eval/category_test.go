package eval

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/trygbot/trygbot/rules"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// mustCategoryEngine compiles testdata/categories.yaml alone: zorblax is
// a slur, vorbkill a threat, glimmok dehumanisation.
func mustCategoryEngine(tb testing.TB) *rules.Engine {
	tb.Helper()
	p, err := rules.LoadPackFile(filepath.Join("testdata", "categories.yaml"))
	if err != nil {
		tb.Fatal(err)
	}
	e, err := rules.Compile(p)
	if err != nil {
		tb.Fatal(err)
	}
	return e
}

// runCategories scores testdata/categories_mini.csv with the category
// pack. What the engine does with its eleven cases:
//
//	1 threat   "vorbkill every zorblax"       threat (the strongest match: a threat is urgent, a slur high)
//	2 threat   "we will come for every zorblax" slur: a category error
//	3 threat   "they should all be dealt with" not flagged
//	4 slur     "you zorblax"                  slur
//	5 slur     "zorblax go home" (da)         slur
//	6 dehum.   "zorbs are glimmok"            dehumanisation
//	7 dehum.   "zorbs are vermin"             not flagged
//	8 non-hateful "i met a zorb today"        not flagged
//	9 non-hateful "the zorblax river ..."     slur (false positive)
//	10 non-hateful "vorbkill is a board game" threat (false positive)
//	11 hateful, no category, "zorblax zorblax" slur
func runCategories(tb testing.TB, keepWrong int) Result {
	tb.Helper()
	cases := mustReadCases(tb, filepath.Join("testdata", "categories_mini.csv"))
	return Run(mustCategoryEngine(tb), cases, "", keepWrong, nil)
}

func TestCategoryCounts(t *testing.T) {
	res := runCategories(t, 0)
	a := res.All
	if a != (Counts{TP: 6, FN: 2, TN: 1, FP: 2}) {
		t.Fatalf("All = %+v", a)
	}
	for _, m := range []struct {
		name      string
		got, want float64
	}{
		{"accuracy", a.Accuracy(), 7.0 / 11},
		{"hateful accuracy", a.HatefulAccuracy(), 0.75},
		{"non-hateful accuracy", a.NonHatefulAccuracy(), 1.0 / 3},
		{"precision", a.Precision(), 0.75},
		{"recall", a.Recall(), 0.75},
		{"F1", a.F1(), 0.75},
	} {
		if !near(m.got, m.want) {
			t.Errorf("%s = %v, want %v", m.name, m.got, m.want)
		}
	}
	wantFn := map[string]Counts{
		"threat_h":         {TP: 2, FN: 1},
		"slur_h":           {TP: 2},
		"dehum_h":          {TP: 1, FN: 1},
		"ident_neutral_nh": {TN: 1},
		"homonym_nh":       {FP: 2},
		"uncategorised_h":  {TP: 1},
	}
	if len(res.ByFn) != len(wantFn) {
		t.Errorf("functionalities = %v", res.Functionalities())
	}
	for n, want := range wantFn {
		if c := res.ByFn[n]; c == nil || *c != want {
			t.Errorf("ByFn[%s] = %+v, want %+v", n, c, want)
		}
	}
}

func TestConfusion(t *testing.T) {
	m := runCategories(t, 0).Confusion
	if !m.Categorised() {
		t.Fatal("Categorised = false")
	}
	want := ConfusionTable{
		Gold:      []rules.Category{"threat", "dehumanisation", "slur", "uncategorised", "none"},
		Predicted: []rules.Category{"threat", "dehumanisation", "slur", "none"},
		Counts: [][]int{
			{1, 0, 1, 1}, // the threat labelled slur is a category error
			{0, 1, 0, 1},
			{0, 0, 2, 0},
			{0, 0, 1, 0},
			{1, 0, 1, 1},
		},
	}
	if got := m.Table(); !reflect.DeepEqual(got, want) {
		t.Errorf("Table =\n%s\nwant\n%s", got, want)
	}
	if wrong, of := m.CategoryErrors(); wrong != 1 || of != 5 {
		t.Errorf("CategoryErrors = %d of %d, want 1 of 5", wrong, of)
	}
}

func TestByGold(t *testing.T) {
	got := runCategories(t, 0).Confusion.ByGold()
	want := []GoldCategory{
		{Category: rules.CatThreat, Cases: 3, Flagged: 2, SameCategory: 1, Recall: 2.0 / 3, CategoryRecall: 1.0 / 3},
		{Category: rules.CatDehumanisation, Cases: 2, Flagged: 1, SameCategory: 1, Recall: 0.5, CategoryRecall: 0.5},
		{Category: rules.CatSlur, Cases: 2, Flagged: 2, SameCategory: 2, Recall: 1, CategoryRecall: 1},
	}
	if len(got) != len(want) {
		t.Fatalf("ByGold =\n%+v\nwant\n%+v", got, want)
	}
	for i := range want {
		g, w := got[i], want[i]
		if g.Category != w.Category || g.Cases != w.Cases || g.Flagged != w.Flagged || g.SameCategory != w.SameCategory ||
			!near(float64(g.Recall), float64(w.Recall)) || !near(float64(g.CategoryRecall), float64(w.CategoryRecall)) {
			t.Errorf("ByGold[%d] = %+v, want %+v", i, g, w)
		}
	}
}

func TestByPredicted(t *testing.T) {
	nan := Rate(math.NaN())
	tests := []struct {
		name string
		m    Confusion
		want []PredictedCategory
	}{
		{"categorised suite", runCategories(t, 0).Confusion, []PredictedCategory{
			// Cases 1 (threat) and 10 (non-hateful).
			{Category: rules.CatThreat, Flagged: 2, Hateful: 1, Precision: 0.5, Known: 2, SameCategory: 1, CategoryPrecision: 0.5},
			{Category: rules.CatDehumanisation, Flagged: 1, Hateful: 1, Precision: 1, Known: 1, SameCategory: 1, CategoryPrecision: 1},
			// Cases 2 (threat), 4 and 5 (slur), 9 (non-hateful), 11 (no
			// category, so not known).
			{Category: rules.CatSlur, Flagged: 5, Hateful: 4, Precision: 0.8, Known: 4, SameCategory: 2, CategoryPrecision: 0.5},
		}},
		{"suite without categories: no category precision", Confusion{
			{Uncategorised, rules.CatSlur}: 3, {None, rules.CatSlur}: 1, {None, None}: 2, {Uncategorised, None}: 1,
		}, []PredictedCategory{
			{Category: rules.CatSlur, Flagged: 4, Hateful: 3, Precision: 0.75, Known: 1, CategoryPrecision: nan},
		}},
		{"nothing flagged", Confusion{{rules.CatThreat, None}: 2, {None, None}: 1}, nil},
		{"flagged without a category", Confusion{{rules.CatThreat, Uncategorised}: 1}, []PredictedCategory{
			{Category: Uncategorised, Flagged: 1, Hateful: 1, Precision: 1, Known: 1, CategoryPrecision: 0},
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := tc.m.ByPredicted()
			if len(got) != len(tc.want) {
				t.Fatalf("ByPredicted =\n%+v\nwant\n%+v", got, tc.want)
			}
			for i := range tc.want {
				g, w := got[i], tc.want[i]
				if g.Category != w.Category || g.Flagged != w.Flagged || g.Hateful != w.Hateful || g.Known != w.Known || g.SameCategory != w.SameCategory ||
					!near(float64(g.Precision), float64(w.Precision)) || !near(float64(g.CategoryPrecision), float64(w.CategoryPrecision)) {
					t.Errorf("ByPredicted[%d] = %+v, want %+v", i, g, w)
				}
			}
		})
	}
}

func TestConfusionLabels(t *testing.T) {
	tests := []struct {
		name        string
		m           Confusion
		rows, cols  []rules.Category
		categorised bool
	}{
		{"empty", Confusion{}, nil, []rules.Category{None}, false},
		{"plain suite", Confusion{{Uncategorised, rules.CatSlur}: 1, {None, None}: 1},
			[]rules.Category{Uncategorised, None}, []rules.Category{rules.CatSlur, None}, false},
		{"gold category never predicted still has a column", Confusion{{rules.CatHarassment, None}: 1},
			[]rules.Category{rules.CatHarassment}, []rules.Category{rules.CatHarassment, None}, true},
		{"report order, unknown categories by name after", Confusion{{rules.CatSlur, "zeta"}: 1, {rules.CatThreat, "alpha"}: 1, {rules.CatExtremism, rules.CatExtremism}: 0},
			[]rules.Category{rules.CatThreat, rules.CatSlur}, []rules.Category{rules.CatThreat, rules.CatSlur, "alpha", "zeta", None}, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.m.Rows(); !slices.Equal(got, tc.rows) {
				t.Errorf("Rows = %v, want %v", got, tc.rows)
			}
			if got := tc.m.Cols(); !slices.Equal(got, tc.cols) {
				t.Errorf("Cols = %v, want %v", got, tc.cols)
			}
			if got := tc.m.Categorised(); got != tc.categorised {
				t.Errorf("Categorised = %v", got)
			}
		})
	}
}

func TestWrongKeepsCategoryErrors(t *testing.T) {
	tests := []struct {
		keep int
		want []string // texts, "!" marking a category error
	}{
		{0, nil},
		{2, []string{"!we will come for every zorblax tonight", "they should all be dealt with"}},
		{10, []string{"!we will come for every zorblax tonight", "they should all be dealt with", "zorbs are vermin",
			"the zorblax river is lovely", "vorbkill is a board game"}},
	}
	for _, tc := range tests {
		t.Run(fmt.Sprint(tc.keep), func(t *testing.T) {
			var got []string
			for _, w := range runCategories(t, tc.keep).Wrong {
				s := w.Case.Text
				if w.CategoryError() {
					s = "!" + s
				}
				got = append(got, s)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("Wrong = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestBounds(t *testing.T) {
	c := Counts{TP: 6, FN: 2, TN: 1, FP: 2} // accuracy 63.6%, precision and recall 75%
	tests := []struct {
		name string
		b    Bounds
		want []string
	}{
		{"none", Bounds{}, nil},
		{"all met", Bounds{Accuracy: 0.6, Hateful: 0.75, NonHateful: 0.3, Precision: 0.75, Recall: 0.7}, nil},
		{"precision", Bounds{Precision: 0.8}, []string{"precision 75.0% < 80.0%"}},
		{"recall", Bounds{Recall: 0.9}, []string{"recall 75.0% < 90.0%"}},
		{"several, in field order", Bounds{Recall: 0.9, Accuracy: 0.7, NonHateful: 0.5},
			[]string{"accuracy 63.6% < 70.0%", "non-hateful accuracy 33.3% < 50.0%", "recall 75.0% < 90.0%"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.b.Missed(c); !slices.Equal(got, tc.want) {
				t.Errorf("Missed = %q, want %q", got, tc.want)
			}
		})
	}
	t.Run("undefined figures meet any bound", func(t *testing.T) {
		if got := (Bounds{Hateful: 1, Precision: 1, Recall: 1}).Missed(Counts{TN: 3}); got != nil {
			t.Errorf("Missed = %q", got)
		}
	})
}

// verdictLine is a stand-in for the command's verdict printer.
func verdictLine(w io.Writer, v rules.Verdict) {
	if v.Flagged {
		fmt.Fprintf(w, "  FLAGGED: %s\n", v.Category)
	} else {
		fmt.Fprintf(w, "  not flagged\n")
	}
}

// TestWriteReportGolden compares the whole text report on the category
// suite with testdata/categories_mini.golden.md; -update rewrites it.
func TestWriteReportGolden(t *testing.T) {
	var b bytes.Buffer
	if err := WriteReport(&b, runCategories(t, 10), ReportOptions{Name: "categories_mini.csv", Verdict: verdictLine}); err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "categories_mini.golden.md")
	if *update {
		if err := os.WriteFile(golden, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if got := b.String(); got != string(want) {
		t.Errorf("WriteReport =\n%s\nwant (%s)\n%s", got, golden, want)
	}
}

func TestWriteReport(t *testing.T) {
	res := runCategories(t, 10)
	var b bytes.Buffer
	if err := WriteReport(&b, res, ReportOptions{Name: "c.csv"}); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"## c.csv\n",
		"| 11 | 8 | 3 | 63.6% | 75.0% | 33.3% | 75.0% | 75.0% | 75.0% |\n",
		"| functionality | gold | cases | accuracy | TP | FN | TN | FP |\n",
		"| threat_h | hateful | 3 | 66.7% | 2 | 1 | - | - |\n",
		"| homonym_nh | non-hateful | 2 | 0.0% | - | - | 0 | 2 |\n",
		"### by category\n",
		"| threat         |     3 |       2 |  66.7% |             1 |           33.3% |\n",
		"| slur               |       5 |       4 |     80.0% |             2 |              50.0% |\n",
		"Category errors: 1 of 5 flagged hateful cases with a gold category (20.0%) were flagged with another category.\n",
		"### category confusion\n",
		"| gold \\ predicted | threat | dehumanisation | slur | none |\n",
		"| threat           |      1 |              0 |    1 |    1 |\n",
		`- [threat_h gold=true category=threat predicted=slur] "we will come for every zorblax tonight"` + "\n",
		`- [threat_h gold=true category=threat predicted=none] "they should all be dealt with"` + "\n",
		`- [homonym_nh gold=false] "the zorblax river is lovely"` + "\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}

	t.Run("no category sections without categories", func(t *testing.T) {
		cases := mustReadCases(t, filepath.Join("testdata", "hatecheck_mini.csv"))
		var b bytes.Buffer
		if err := WriteReport(&b, Run(&fakeEngine{}, cases, "", 0, nil), ReportOptions{Name: "h"}); err != nil {
			t.Fatal(err)
		}
		if out := b.String(); strings.Contains(out, "category") {
			t.Errorf("report of a suite without categories mentions categories:\n%s", out)
		}
	})
	t.Run("mixed functionality", func(t *testing.T) {
		res := Run(&fakeEngine{}, []Case{{Text: "zorb", Hateful: true, Functionality: "f"}, {Text: "zorb", Functionality: "f"}}, "", 0, nil)
		var b bytes.Buffer
		res.Markdown(&b, "m")
		if want := "| f | mixed | 2 | 50.0% | 1 | 0 | 0 | 1 |"; !strings.Contains(b.String(), want) {
			t.Errorf("Markdown lacks %q:\n%s", want, b.String())
		}
	})
	t.Run("write error", func(t *testing.T) {
		if err := WriteReport(failWriter{}, res, ReportOptions{}); err == nil {
			t.Error("WriteReport to a failing writer returned nil")
		}
	})
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, os.ErrClosed }

func TestWriteJSON(t *testing.T) {
	var b bytes.Buffer
	if err := WriteJSON(&b, runCategories(t, 1), ReportOptions{Name: "c.csv"}); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(b.String(), "\n"); n != 1 {
		t.Errorf("WriteJSON wrote %d lines, want 1", n)
	}
	var got struct {
		File            string `json:"file"`
		Cases           int    `json:"cases"`
		TP, FN, TN, FP  int
		Precision       float64            `json:"precision"`
		Recall          float64            `json:"recall"`
		F1              float64            `json:"f1"`
		Functionalities map[string]float64 `json:"functionalities"`
		ByFunctionality []struct {
			Name     string
			Gold     string
			Accuracy *float64
		} `json:"by_functionality"`
		ByCategory []struct {
			Category       string
			Cases          int
			Recall         float64
			CategoryRecall float64 `json:"category_recall"`
		} `json:"by_category"`
		ByPredicted []struct {
			Category          string
			Precision         float64
			CategoryPrecision *float64 `json:"category_precision"`
		} `json:"by_predicted_category"`
		CategoryErrors struct{ Wrong, Flagged int } `json:"category_errors"`
		Confusion      struct {
			Gold, Predicted []string
			Counts          [][]int
		} `json:"confusion"`
		Errors []struct {
			Text          string
			Category      string
			Predicted     string
			CategoryError bool `json:"category_error"`
			Verdict       struct{ Flagged bool }
		} `json:"errors"`
	}
	if err := json.Unmarshal(b.Bytes(), &got); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, b.String())
	}
	if got.File != "c.csv" || got.Cases != 11 || got.TP != 6 || got.FN != 2 || got.TN != 1 || got.FP != 2 ||
		got.Precision != 0.75 || got.Recall != 0.75 || got.F1 != 0.75 || got.Functionalities["homonym_nh"] != 0 || got.Functionalities["slur_h"] != 1 {
		t.Errorf("overall figures: %s", b.String())
	}
	if len(got.ByFunctionality) != 6 || got.ByFunctionality[0].Name != "dehum_h" || got.ByFunctionality[0].Accuracy == nil || *got.ByFunctionality[0].Accuracy != 0.5 {
		t.Errorf("by_functionality = %+v", got.ByFunctionality)
	}
	if len(got.ByCategory) != 3 || got.ByCategory[0].Category != "threat" || got.ByCategory[0].Cases != 3 || got.ByCategory[2].CategoryRecall != 1 {
		t.Errorf("by_category = %+v", got.ByCategory)
	}
	if len(got.ByPredicted) != 3 || got.ByPredicted[2].Category != "slur" || got.ByPredicted[2].Precision != 0.8 ||
		got.ByPredicted[2].CategoryPrecision == nil || *got.ByPredicted[2].CategoryPrecision != 0.5 {
		t.Errorf("by_predicted_category = %+v", got.ByPredicted)
	}
	if got.CategoryErrors.Wrong != 1 || got.CategoryErrors.Flagged != 5 {
		t.Errorf("category_errors = %+v", got.CategoryErrors)
	}
	if !slices.Equal(got.Confusion.Gold, []string{"threat", "dehumanisation", "slur", "uncategorised", "none"}) ||
		!slices.Equal(got.Confusion.Predicted, []string{"threat", "dehumanisation", "slur", "none"}) ||
		!reflect.DeepEqual(got.Confusion.Counts, [][]int{{1, 0, 1, 1}, {0, 1, 0, 1}, {0, 0, 2, 0}, {0, 0, 1, 0}, {1, 0, 1, 1}}) {
		t.Errorf("confusion = %+v", got.Confusion)
	}
	if len(got.Errors) != 1 || !got.Errors[0].CategoryError || got.Errors[0].Category != "threat" || got.Errors[0].Predicted != "slur" || !got.Errors[0].Verdict.Flagged {
		t.Errorf("errors = %+v", got.Errors)
	}

	t.Run("plain suite: no categories, undefined shares null", func(t *testing.T) {
		var b bytes.Buffer
		res := Run(&fakeEngine{}, []Case{{Text: "hi", Functionality: "f"}}, "", 0, nil)
		if err := WriteJSON(&b, res, ReportOptions{Name: "p"}); err != nil {
			t.Fatal(err)
		}
		out := b.String()
		for _, absent := range []string{"by_category", "confusion", "category_errors", "by_predicted_category", "errors"} {
			if strings.Contains(out, `"`+absent+`"`) {
				t.Errorf("plain suite has %s: %s", absent, out)
			}
		}
		for _, want := range []string{`"hateful_accuracy":0`, `"precision":0`, `"functionalities":{"f":1}`} {
			if !strings.Contains(out, want) {
				t.Errorf("JSON lacks %s: %s", want, out)
			}
		}
	})
}

func TestRateJSON(t *testing.T) {
	for _, tc := range []struct {
		r    Rate
		want string
	}{{0.5, "0.5"}, {0, "0"}, {1, "1"}, {Rate(math.NaN()), "null"}} {
		b, err := json.Marshal(tc.r)
		if err != nil || string(b) != tc.want {
			t.Errorf("Marshal(%v) = %s, %v; want %s", float64(tc.r), b, err, tc.want)
		}
	}
}
