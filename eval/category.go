package eval

import (
	"encoding/json"
	"math"
	"slices"
	"strings"

	"github.com/trygbot/trygbot/rules"
)

// Labels of the confusion matrix besides the categories.
const (
	// None is the row of non-hateful cases and the column of cases not
	// flagged.
	None rules.Category = "none"
	// Uncategorised is the row of hateful cases without a gold category
	// (and the column of a flagged verdict without one).
	Uncategorised rules.Category = "uncategorised"
)

// Cell is one cell of a Confusion: a gold label and the verdict's.
type Cell struct {
	Gold, Predicted rules.Category
}

// Confusion counts cases by gold label and the verdict's category. The
// gold label is a hateful case's category, Uncategorised for a hateful
// case without one, or None for a non-hateful case; the verdict's is its
// category when flagged (the category of its strongest match), else None.
// A hateful case flagged with another category than its own is a category
// error.
type Confusion map[Cell]int

// Add counts one case and its verdict.
func (m Confusion) Add(c Case, v rules.Verdict) {
	m[Cell{goldLabel(c), predictedLabel(v)}]++
}

func goldLabel(c Case) rules.Category {
	switch {
	case !c.Hateful:
		return None
	case c.Category == "":
		return Uncategorised
	}
	return c.Category
}

func predictedLabel(v rules.Verdict) rules.Category {
	switch {
	case !v.Flagged:
		return None
	case v.Category == "":
		return Uncategorised
	}
	return v.Category
}

// isCategoryError reports whether a hateful case with a gold category was
// flagged with another category.
func isCategoryError(c Case, v rules.Verdict) bool {
	return c.Hateful && c.Category != "" && v.Flagged && v.Category != c.Category
}

// Categorised reports whether any case has a gold category.
func (m Confusion) Categorised() bool {
	for k, n := range m {
		if n > 0 && k.Gold != None && k.Gold != Uncategorised {
			return true
		}
	}
	return false
}

// Rows lists the gold labels present: categories in rules.Categories
// order, then Uncategorised, then None.
func (m Confusion) Rows() []rules.Category {
	seen := map[rules.Category]bool{}
	for k, n := range m {
		if n > 0 {
			seen[k.Gold] = true
		}
	}
	return labelOrder(seen)
}

// Cols lists the verdict labels as columns: every category present as a
// gold or a verdict label, in rules.Categories order, then Uncategorised if
// a flagged verdict had no category, then None (always).
func (m Confusion) Cols() []rules.Category {
	seen := map[rules.Category]bool{None: true}
	for k, n := range m {
		if n > 0 {
			seen[k.Predicted] = true
			if k.Gold != Uncategorised {
				seen[k.Gold] = true
			}
		}
	}
	return labelOrder(seen)
}

// labelOrder sorts labels: rules.Categories in their order, any other
// category by name, then Uncategorised and None.
func labelOrder(seen map[rules.Category]bool) []rules.Category {
	var out, other []rules.Category
	for _, c := range rules.Categories {
		if seen[c] {
			out = append(out, c)
		}
	}
	for c := range seen {
		if !slices.Contains(rules.Categories, c) && c != Uncategorised && c != None {
			other = append(other, c)
		}
	}
	slices.Sort(other)
	out = append(out, other...)
	for _, c := range []rules.Category{Uncategorised, None} {
		if seen[c] {
			out = append(out, c)
		}
	}
	return out
}

// Rate is a share in [0,1], NaN when undefined (nothing to divide by); it
// is JSON null then.
type Rate float64

// MarshalJSON writes the rate, or null when it is NaN.
func (r Rate) MarshalJSON() ([]byte, error) {
	if math.IsNaN(float64(r)) {
		return []byte("null"), nil
	}
	return json.Marshal(float64(r))
}

// GoldCategory scores the hateful cases of one gold category.
type GoldCategory struct {
	Category rules.Category `json:"category"`
	Cases    int            `json:"cases"`
	// Flagged counts the cases flagged with any category; SameCategory
	// those flagged with this one.
	Flagged      int `json:"flagged"`
	SameCategory int `json:"same_category"`
	// Recall is Flagged/Cases; CategoryRecall SameCategory/Cases.
	Recall         Rate `json:"recall"`
	CategoryRecall Rate `json:"category_recall"`
}

// ByGold scores each gold category present, in rules.Categories order.
// Hateful cases without a category are left out.
func (m Confusion) ByGold() []GoldCategory {
	var out []GoldCategory
	for _, g := range m.Rows() {
		if g == None || g == Uncategorised {
			continue
		}
		s := GoldCategory{Category: g}
		for k, n := range m {
			if k.Gold != g {
				continue
			}
			s.Cases += n
			if k.Predicted != None {
				s.Flagged += n
			}
			if k.Predicted == g {
				s.SameCategory += n
			}
		}
		s.Recall, s.CategoryRecall = Rate(ratio(s.Flagged, s.Cases)), Rate(ratio(s.SameCategory, s.Cases))
		out = append(out, s)
	}
	return out
}

// PredictedCategory scores the verdicts of one category.
type PredictedCategory struct {
	Category rules.Category `json:"category"`
	// Flagged counts the cases flagged with this category, Hateful those
	// labelled hateful.
	Flagged int `json:"flagged"`
	Hateful int `json:"hateful"`
	// Precision is Hateful/Flagged.
	Precision Rate `json:"precision"`
	// Known counts the flagged cases whose gold category is known (a
	// hateful case with a category, or a non-hateful case), SameCategory
	// those whose gold category is this one. CategoryPrecision is
	// SameCategory/Known, NaN when the suite has no categories.
	Known             int  `json:"known"`
	SameCategory      int  `json:"same_category"`
	CategoryPrecision Rate `json:"category_precision"`
}

// ByPredicted scores each category the verdicts flagged, in
// rules.Categories order.
func (m Confusion) ByPredicted() []PredictedCategory {
	categorised := m.Categorised()
	var out []PredictedCategory
	for _, p := range m.Cols() {
		if p == None {
			continue
		}
		s := PredictedCategory{Category: p}
		for k, n := range m {
			if k.Predicted != p {
				continue
			}
			s.Flagged += n
			if k.Gold != None {
				s.Hateful += n
			}
			if k.Gold != Uncategorised {
				s.Known += n
			}
			if k.Gold == p {
				s.SameCategory += n
			}
		}
		if s.Flagged == 0 {
			continue // a gold category nothing was flagged as
		}
		s.Precision = Rate(ratio(s.Hateful, s.Flagged))
		s.CategoryPrecision = Rate(math.NaN())
		if categorised {
			s.CategoryPrecision = Rate(ratio(s.SameCategory, s.Known))
		}
		out = append(out, s)
	}
	return out
}

// CategoryErrors counts the hateful cases with a gold category that were
// flagged (of) and those among them flagged with another category (wrong).
func (m Confusion) CategoryErrors() (wrong, of int) {
	for k, n := range m {
		if k.Gold == None || k.Gold == Uncategorised || k.Predicted == None {
			continue
		}
		of += n
		if k.Predicted != k.Gold {
			wrong += n
		}
	}
	return wrong, of
}

// ConfusionTable is a Confusion as rows and columns, for JSON.
type ConfusionTable struct {
	// Gold are the row labels, Predicted the column labels (see
	// Confusion.Rows and Cols).
	Gold      []rules.Category `json:"gold"`
	Predicted []rules.Category `json:"predicted"`
	// Counts[i][j] counts the cases of gold label Gold[i] that the engine
	// labelled Predicted[j].
	Counts [][]int `json:"counts"`
}

// Table lays the matrix out in Rows and Cols order.
func (m Confusion) Table() ConfusionTable {
	t := ConfusionTable{Gold: m.Rows(), Predicted: m.Cols()}
	t.Counts = make([][]int, len(t.Gold))
	for i, g := range t.Gold {
		t.Counts[i] = make([]int, len(t.Predicted))
		for j, p := range t.Predicted {
			t.Counts[i][j] = m[Cell{g, p}]
		}
	}
	return t
}

// String renders the table as aligned text, for test failures.
func (t ConfusionTable) String() string {
	var b strings.Builder
	writeConfusion(&b, t)
	return b.String()
}
