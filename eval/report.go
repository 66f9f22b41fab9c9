package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strings"
	"unicode/utf8"

	"github.com/trygbot/trygbot/rules"
)

// Markdown writes the result as tables: the overall figures, one row per
// functionality and, when the suite labels categories, the figures by
// category and the category confusion matrix.
func (r Result) Markdown(w io.Writer, name string) {
	a := r.All
	fmt.Fprintf(w, "## %s\n\n", name)
	fmt.Fprintf(w, "| cases | hateful | non-hateful | accuracy | hateful acc. | non-hateful acc. | precision | recall | F1 |\n")
	fmt.Fprintf(w, "|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n")
	fmt.Fprintf(w, "| %d | %d | %d | %s | %s | %s | %s | %s | %s |\n\n", a.N(), a.TP+a.FN, a.TN+a.FP,
		pct(a.Accuracy()), pct(a.HatefulAccuracy()), pct(a.NonHatefulAccuracy()), pct(a.Precision()), pct(a.Recall()), pct(a.F1()))
	if len(r.ByFn) > 0 {
		// Precision, recall and F1 mean little for a functionality whose
		// cases share one label, so each row has its accuracy and counts;
		// TP/FN are "-" without hateful cases, TN/FP without non-hateful.
		fmt.Fprintf(w, "| functionality | gold | cases | accuracy | TP | FN | TN | FP |\n|---|---|---:|---:|---:|---:|---:|---:|\n")
		for _, n := range r.Functionalities() {
			c := r.ByFn[n]
			tp, fn, tn, fp := "-", "-", "-", "-"
			if c.TP+c.FN > 0 {
				tp, fn = fmt.Sprint(c.TP), fmt.Sprint(c.FN)
			}
			if c.TN+c.FP > 0 {
				tn, fp = fmt.Sprint(c.TN), fmt.Sprint(c.FP)
			}
			fmt.Fprintf(w, "| %s | %s | %d | %s | %s | %s | %s | %s |\n", n, goldOf(*c), c.N(), pct(c.Accuracy()), tp, fn, tn, fp)
		}
		fmt.Fprintln(w)
	}
	if r.Confusion.Categorised() {
		writeCategories(w, r.Confusion)
	}
}

// goldOf names the labels of a functionality's cases.
func goldOf(c Counts) string {
	switch hateful, non := c.TP+c.FN > 0, c.TN+c.FP > 0; {
	case hateful && non:
		return "mixed"
	case hateful:
		return "hateful"
	}
	return "non-hateful"
}

// writeCategories writes the "by category" and "category confusion"
// sections.
func writeCategories(w io.Writer, m Confusion) {
	fmt.Fprintf(w, "### by category\n\n")
	var rows [][]string
	for _, g := range m.ByGold() {
		rows = append(rows, []string{string(g.Category), fmt.Sprint(g.Cases), fmt.Sprint(g.Flagged), pct(float64(g.Recall)),
			fmt.Sprint(g.SameCategory), pct(float64(g.CategoryRecall))})
	}
	writeTable(w, []string{"gold category", "cases", "flagged", "recall", "same category", "category recall"}, rows)
	fmt.Fprintln(w)
	rows = nil
	for _, p := range m.ByPredicted() {
		rows = append(rows, []string{string(p.Category), fmt.Sprint(p.Flagged), fmt.Sprint(p.Hateful), pct(float64(p.Precision)),
			fmt.Sprint(p.SameCategory), pct(float64(p.CategoryPrecision))})
	}
	if len(rows) > 0 {
		writeTable(w, []string{"predicted category", "flagged", "hateful", "precision", "same category", "category precision"}, rows)
		fmt.Fprintln(w)
	}
	wrong, of := m.CategoryErrors()
	fmt.Fprintf(w, "Category errors: %d of %d flagged hateful cases with a gold category (%s) were flagged with another category.\n\n",
		wrong, of, pct(ratio(wrong, of)))
	fmt.Fprintf(w, "### category confusion\n\n")
	fmt.Fprintf(w, "Rows: the gold category (%s: hateful without one; %s: non-hateful). Columns: the verdict's category (%s: not flagged).\n\n",
		Uncategorised, None, None)
	writeConfusion(w, m.Table())
	fmt.Fprintln(w)
}

// writeConfusion writes the matrix as an aligned table.
func writeConfusion(w io.Writer, t ConfusionTable) {
	header := []string{`gold \ predicted`}
	for _, p := range t.Predicted {
		header = append(header, string(p))
	}
	rows := make([][]string, len(t.Gold))
	for i, g := range t.Gold {
		rows[i] = []string{string(g)}
		for _, n := range t.Counts[i] {
			rows[i] = append(rows[i], fmt.Sprint(n))
		}
	}
	writeTable(w, header, rows)
}

// writeTable writes a Markdown table whose columns line up in plain text:
// the first column left-aligned, the others right-aligned.
func writeTable(w io.Writer, header []string, rows [][]string) {
	width := make([]int, len(header))
	for _, r := range append([][]string{header}, rows...) {
		for i, c := range r {
			width[i] = max(width[i], utf8.RuneCountInString(c), 3)
		}
	}
	line := func(cells []string) {
		var b strings.Builder
		for i, c := range cells {
			pad := strings.Repeat(" ", width[i]-utf8.RuneCountInString(c))
			if i == 0 {
				fmt.Fprintf(&b, "| %s%s ", c, pad)
			} else {
				fmt.Fprintf(&b, "| %s%s ", pad, c)
			}
		}
		fmt.Fprintf(w, "%s|\n", b.String())
	}
	line(header)
	sep := make([]string, len(header))
	for i := range sep {
		if i == 0 {
			sep[i] = strings.Repeat("-", width[i])
		} else {
			sep[i] = strings.Repeat("-", width[i]-1) + ":"
		}
	}
	line(sep)
	for _, r := range rows {
		line(r)
	}
}

func pct(f float64) string {
	if math.IsNaN(f) {
		return "-"
	}
	return fmt.Sprintf("%.1f%%", 100*f)
}

// ReportOptions says what WriteReport and WriteJSON write besides the
// figures.
type ReportOptions struct {
	// Name heads the report: the suite's file name.
	Name string
	// Verdict, if not nil, writes a kept case's verdict under it in the
	// text report (the command passes the printer of trygbot check).
	Verdict func(w io.Writer, v rules.Verdict)
	// Compare, if not nil, is a second opinion scored beside the rules:
	// the text report has its table after the rules' figures, the JSON
	// report has it under "compare".
	Compare *Comparison
}

// WriteReport writes the result as Markdown (see Markdown), then each kept
// misclassified case and category error as a line
// `- [functionality gold=true] "text"`, or, for a case with a gold
// category, `- [functionality gold=true category=threat predicted=slur] "text"`
// (predicted is the verdict's category, or none), followed by
// opts.Verdict's output. It returns the first write error.
func WriteReport(w io.Writer, res Result, opts ReportOptions) error {
	ew := &errWriter{w: w}
	res.Markdown(ew, opts.Name)
	if opts.Compare != nil {
		writeComparison(ew, *opts.Compare)
	}
	for _, x := range res.Wrong {
		if x.Case.Category != "" {
			fmt.Fprintf(ew, "- [%s gold=%v category=%s predicted=%s] %q\n", x.Case.Functionality, x.Case.Hateful,
				x.Case.Category, predictedLabel(x.Verdict), x.Case.Text)
		} else {
			fmt.Fprintf(ew, "- [%s gold=%v] %q\n", x.Case.Functionality, x.Case.Hateful, x.Case.Text)
		}
		if opts.Verdict != nil {
			opts.Verdict(ew, x.Verdict)
		}
	}
	return ew.err
}

// errWriter keeps the first write error and writes nothing after it.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(p []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	n, err := e.w.Write(p)
	e.err = err
	return n, err
}

// Report is a scored suite as JSON, the --json output of trygbot eval.
// The overall figures and Functionalities read 0 where undefined (no cases
// to divide by), as they always have; every other share is a Rate, null
// where undefined.
type Report struct {
	File       string `json:"file"`
	Cases      int    `json:"cases"`
	Hateful    int    `json:"hateful"`
	NonHateful int    `json:"non_hateful"`
	TP         int    `json:"tp"`
	FN         int    `json:"fn"`
	TN         int    `json:"tn"`
	FP         int    `json:"fp"`

	Accuracy           float64 `json:"accuracy"`
	HatefulAccuracy    float64 `json:"hateful_accuracy"`
	NonHatefulAccuracy float64 `json:"non_hateful_accuracy"`
	Precision          float64 `json:"precision"`
	Recall             float64 `json:"recall"`
	F1                 float64 `json:"f1"`

	// Functionalities maps each functionality to its accuracy.
	Functionalities map[string]float64 `json:"functionalities"`
	// ByFunctionality has the counts behind those accuracies.
	ByFunctionality []Functionality `json:"by_functionality,omitempty"`
	// ByCategory, CategoryErrors and Confusion are set when the suite
	// labels categories.
	ByCategory     []GoldCategory  `json:"by_category,omitempty"`
	CategoryErrors *CategoryErrors `json:"category_errors,omitempty"`
	Confusion      *ConfusionTable `json:"confusion,omitempty"`
	// ByPredictedCategory is set when anything was flagged.
	ByPredictedCategory []PredictedCategory `json:"by_predicted_category,omitempty"`
	// Errors are the kept misclassified cases and category errors.
	Errors []ErrorCase `json:"errors,omitempty"`
	// Compare scores a second opinion beside the rules, when one was
	// asked.
	Compare *ComparisonReport `json:"compare,omitempty"`
}

// Functionality scores the cases of one functionality.
type Functionality struct {
	Name     string `json:"name"`
	Gold     string `json:"gold"` // hateful, non-hateful or mixed
	Cases    int    `json:"cases"`
	TP       int    `json:"tp"`
	FN       int    `json:"fn"`
	TN       int    `json:"tn"`
	FP       int    `json:"fp"`
	Accuracy Rate   `json:"accuracy"`
}

// CategoryErrors counts the flagged hateful cases with a gold category
// (Flagged) and those among them flagged with another category (Wrong).
type CategoryErrors struct {
	Wrong   int  `json:"wrong"`
	Flagged int  `json:"flagged"`
	Rate    Rate `json:"rate"`
}

// ErrorCase is a kept case with its verdict.
type ErrorCase struct {
	Text          string         `json:"text"`
	Functionality string         `json:"functionality,omitempty"`
	Hateful       bool           `json:"hateful"`
	Category      rules.Category `json:"category,omitempty"`
	// Predicted is the verdict's category, or none.
	Predicted     rules.Category `json:"predicted"`
	CategoryError bool           `json:"category_error,omitempty"`
	Verdict       rules.Verdict  `json:"verdict"`
}

// NewReport gathers the result's figures under the suite's name.
func NewReport(name string, res Result) Report {
	a := res.All
	rep := Report{File: name, Cases: a.N(), Hateful: a.TP + a.FN, NonHateful: a.TN + a.FP, TP: a.TP, FN: a.FN, TN: a.TN, FP: a.FP,
		Accuracy: nan0(a.Accuracy()), HatefulAccuracy: nan0(a.HatefulAccuracy()), NonHatefulAccuracy: nan0(a.NonHatefulAccuracy()),
		Precision: nan0(a.Precision()), Recall: nan0(a.Recall()), F1: nan0(a.F1()),
		Functionalities: map[string]float64{}, ByPredictedCategory: res.Confusion.ByPredicted()}
	for _, n := range res.Functionalities() {
		c := res.ByFn[n]
		rep.Functionalities[n] = nan0(c.Accuracy())
		rep.ByFunctionality = append(rep.ByFunctionality, Functionality{Name: n, Gold: goldOf(*c), Cases: c.N(),
			TP: c.TP, FN: c.FN, TN: c.TN, FP: c.FP, Accuracy: Rate(c.Accuracy())})
	}
	if res.Confusion.Categorised() {
		rep.ByCategory = res.Confusion.ByGold()
		wrong, of := res.Confusion.CategoryErrors()
		rep.CategoryErrors = &CategoryErrors{Wrong: wrong, Flagged: of, Rate: Rate(ratio(wrong, of))}
		t := res.Confusion.Table()
		rep.Confusion = &t
	}
	for _, x := range res.Wrong {
		rep.Errors = append(rep.Errors, ErrorCase{Text: x.Case.Text, Functionality: x.Case.Functionality, Hateful: x.Case.Hateful,
			Category: x.Case.Category, Predicted: predictedLabel(x.Verdict), CategoryError: x.CategoryError(), Verdict: x.Verdict})
	}
	return rep
}

// WriteJSON writes NewReport(opts.Name, res), with opts.Compare under
// "compare", as one line of JSON.
func WriteJSON(w io.Writer, res Result, opts ReportOptions) error {
	rep := NewReport(opts.Name, res)
	if opts.Compare != nil {
		rep.Compare = comparisonReport(*opts.Compare)
	}
	return json.NewEncoder(w).Encode(rep)
}

func nan0(f float64) float64 {
	if math.IsNaN(f) {
		return 0
	}
	return f
}
