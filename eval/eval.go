package eval

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/trygbot/trygbot/rules"
)

// Case is one labelled message.
type Case struct {
	Text          string
	Hateful       bool
	Functionality string // HateCheck functionality, or "" for plain suites
	// Category is the gold category of a hateful case, or "" where the
	// suite has none.
	Category rules.Category
	// Lang is the case's language code from the suite, or "".
	Lang string
}

// spaceRuns separates the fields of a TSV line whose tabs became spaces.
var spaceRuns = regexp.MustCompile(` {2,}`)

// positive and negative label spellings across the supported suites.
var (
	positive = []string{"hateful", "hate", "1", "true", "yes", "off", "offensive", "abusive"}
	negative = []string{"non-hateful", "not-hateful", "nothate", "none", "0", "false", "no", "not", "neutral", "normal"}
)

// ReadCases reads a labelled suite. The format is found from the header:
// a text column (test_case, text, tweet, comment) and a label column
// (label_gold, label, subtask_a), optionally functionality, category (one
// of rules.Categories, or empty) and lang. Tabs or commas separate columns.
// A header-less two-column file is read as text,label. The project's own
// suites use the header
//
//	case_id,functionality,test_case,label_gold,target_ident,category,lang
func ReadCases(r io.Reader) ([]Case, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("eval: read: %w", err)
	}
	s := strings.TrimPrefix(string(data), "\ufeff")
	first, _, _ := strings.Cut(s, "\n")
	var next func() ([]string, error)
	if strings.Count(first, "\t") > strings.Count(first, ",") {
		// TSV (DKHate): fields split on tabs, no quoting, one row a line,
		// so a text that starts with a quotation mark stays one field.
		lines := strings.Split(strings.TrimRight(s, "\r\n"), "\n")
		next = func() ([]string, error) {
			for len(lines) > 0 {
				l := strings.TrimRight(lines[0], "\r")
				lines = lines[1:]
				if l == "" {
					continue
				}
				f := strings.Split(l, "\t")
				if len(f) == 1 {
					// A line whose tabs became runs of spaces (DKHate's
					// last line) is read by those runs.
					f = spaceRuns.Split(strings.TrimSpace(l), -1)
				}
				return f, nil
			}
			return nil, io.EOF
		}
	} else {
		cr := csv.NewReader(strings.NewReader(s))
		cr.FieldsPerRecord = -1
		next = cr.Read
	}
	header, err := next()
	if err != nil {
		return nil, fmt.Errorf("eval: read header: %w", err)
	}
	textCol, labelCol, funcCol, catCol, langCol := -1, -1, -1, -1, -1
	for i, h := range header {
		switch strings.ToLower(strings.TrimSpace(h)) {
		case "test_case", "text", "tweet", "comment", "message":
			if textCol < 0 {
				textCol = i
			}
		case "label_gold", "label", "subtask_a", "class":
			if labelCol < 0 {
				labelCol = i
			}
		case "functionality":
			funcCol = i
		case "category":
			catCol = i
		case "lang", "language":
			langCol = i
		}
	}
	var rows [][]string
	firstRow := 2 // the line number of rows[0]
	if textCol < 0 || labelCol < 0 {
		if len(header) != 2 {
			return nil, fmt.Errorf("eval: cannot find text and label columns in header %q: name them text and label", strings.Join(header, ","))
		}
		if _, ok := parseLabel(header[1]); !ok {
			return nil, fmt.Errorf("eval: cannot find text and label columns in header %q: name them text and label", strings.Join(header, ","))
		}
		textCol, labelCol = 0, 1
		rows = append(rows, header)
		firstRow = 1
	}
	for {
		rec, err := next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("eval: %w", err)
		}
		rows = append(rows, rec)
	}
	lastCol := max(textCol, labelCol, funcCol, catCol, langCol)
	cases := make([]Case, 0, len(rows))
	for i, rec := range rows {
		if len(rec) <= lastCol {
			return nil, fmt.Errorf("eval: row %d has %d columns, want at least %d", i+firstRow, len(rec), lastCol+1)
		}
		hateful, ok := parseLabel(rec[labelCol])
		if !ok {
			return nil, fmt.Errorf("eval: row %d: unknown label %q (want one of %s or %s)", i+firstRow, rec[labelCol],
				strings.Join(positive, "/"), strings.Join(negative, "/"))
		}
		c := Case{Text: strings.TrimSpace(rec[textCol]), Hateful: hateful}
		if funcCol >= 0 {
			c.Functionality = rec[funcCol]
		}
		if catCol >= 0 {
			if c.Category, ok = parseCategory(rec[catCol]); !ok {
				return nil, fmt.Errorf("eval: row %d: unknown category %q (want one of %s, or empty)", i+firstRow, rec[catCol], categoryNames())
			}
		}
		if langCol >= 0 {
			c.Lang = strings.ToLower(strings.TrimSpace(rec[langCol]))
		}
		cases = append(cases, c)
	}
	return cases, nil
}

func parseLabel(s string) (hateful, ok bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	if slices.Contains(positive, s) {
		return true, true
	}
	if slices.Contains(negative, s) {
		return false, true
	}
	return false, false
}

// parseCategory reads a gold category; "" and "none" read as no category.
func parseCategory(s string) (c rules.Category, ok bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	if s == "" || s == "none" {
		return "", true
	}
	c = rules.Category(s)
	return c, slices.Contains(rules.Categories, c)
}

func categoryNames() string {
	names := make([]string, len(rules.Categories))
	for i, c := range rules.Categories {
		names[i] = string(c)
	}
	return strings.Join(names, ", ")
}

// Counts is a confusion matrix.
type Counts struct {
	TP, FN, TN, FP int
}

// Add counts one outcome.
func (c *Counts) Add(gold, flagged bool) {
	switch {
	case gold && flagged:
		c.TP++
	case gold:
		c.FN++
	case flagged:
		c.FP++
	default:
		c.TN++
	}
}

// N is the number of cases.
func (c Counts) N() int { return c.TP + c.FN + c.TN + c.FP }

// HatefulAccuracy is recall on hateful cases; NaN if there are none.
func (c Counts) HatefulAccuracy() float64 { return ratio(c.TP, c.TP+c.FN) }

// NonHatefulAccuracy is the share of non-hateful cases not flagged.
func (c Counts) NonHatefulAccuracy() float64 { return ratio(c.TN, c.TN+c.FP) }

// Accuracy over all cases.
func (c Counts) Accuracy() float64 { return ratio(c.TP+c.TN, c.N()) }

// Precision of flags.
func (c Counts) Precision() float64 { return ratio(c.TP, c.TP+c.FP) }

// Recall equals HatefulAccuracy.
func (c Counts) Recall() float64 { return c.HatefulAccuracy() }

// F1 of precision and recall.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if math.IsNaN(p) || math.IsNaN(r) {
		return math.NaN()
	}
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Bounds are the least figures a suite must reach; a bound of 0 is not
// checked, and an undefined figure (no cases to divide by) meets any bound.
type Bounds struct {
	Accuracy, Hateful, NonHateful, Precision, Recall float64
}

// Missed describes each bound the counts fall below, such as
// "precision 66.7% < 90.0%", in the order of the Bounds fields.
func (b Bounds) Missed(c Counts) []string {
	var out []string
	for _, x := range []struct {
		name     string
		v, bound float64
	}{
		{"accuracy", c.Accuracy(), b.Accuracy},
		{"hateful accuracy", c.HatefulAccuracy(), b.Hateful},
		{"non-hateful accuracy", c.NonHatefulAccuracy(), b.NonHateful},
		{"precision", c.Precision(), b.Precision},
		{"recall", c.Recall(), b.Recall},
	} {
		if x.bound > 0 && !math.IsNaN(x.v) && x.v < x.bound {
			out = append(out, fmt.Sprintf("%s %s < %s", x.name, pct(x.v), pct(x.bound)))
		}
	}
	return out
}

func ratio(a, b int) float64 {
	if b == 0 {
		return math.NaN()
	}
	return float64(a) / float64(b)
}

// Result is a scored suite.
type Result struct {
	All  Counts
	ByFn map[string]*Counts
	// Confusion counts every case by gold and verdict category.
	Confusion Confusion
	// Wrong are the first misclassified cases and category errors, in
	// suite order.
	Wrong []Wrong
}

// Wrong is one misclassified case, or a category error: a hateful case
// flagged with another category than its gold one.
type Wrong struct {
	Case    Case
	Verdict rules.Verdict
}

// CategoryError reports whether the case was flagged, rightly, but with
// another category than its gold one.
func (w Wrong) CategoryError() bool { return isCategoryError(w.Case, w.Verdict) }

// Evaluator is what Run needs of the engine.
type Evaluator interface {
	Evaluate(rules.Message) rules.Verdict
}

// Run evaluates every case and keeps the first keepWrong misclassified
// cases and category errors; progress, if not nil, is called now and then
// with the number done. Each message carries lang, or the case's own Lang
// when lang is "".
func Run(e Evaluator, cases []Case, lang string, keepWrong int, progress func(int)) Result {
	res := Result{ByFn: map[string]*Counts{}, Confusion: Confusion{}}
	for i, c := range cases {
		l := lang
		if l == "" {
			l = c.Lang
		}
		v := e.Evaluate(rules.Message{Text: c.Text, Lang: l})
		res.All.Add(c.Hateful, v.Flagged)
		if c.Functionality != "" {
			fc := res.ByFn[c.Functionality]
			if fc == nil {
				fc = &Counts{}
				res.ByFn[c.Functionality] = fc
			}
			fc.Add(c.Hateful, v.Flagged)
		}
		res.Confusion.Add(c, v)
		if (c.Hateful != v.Flagged || isCategoryError(c, v)) && len(res.Wrong) < keepWrong {
			res.Wrong = append(res.Wrong, Wrong{c, v})
		}
		if progress != nil && i%256 == 0 {
			progress(i)
		}
	}
	return res
}

// Functionalities lists the functionalities in name order.
func (r Result) Functionalities() []string {
	names := make([]string, 0, len(r.ByFn))
	for n := range r.ByFn {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}
