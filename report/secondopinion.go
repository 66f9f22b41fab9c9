package report

import (
	"math"
	"strconv"

	"github.com/trygbot/trygbot/storage"
)

// SourcePrecision is how often volunteers judged the cases of one source
// hate: the rules alone (SourceRules: the model disagreed or was not
// asked), a model's second opinion alone (SourceModel), or both
// (SourceBoth: the rules flagged and the model agreed).
type SourcePrecision struct {
	Source string `json:"source"`
	Cases  Count  `json:"cases"`
	// Judged: cases a volunteer decided (replied, not hate, escalated,
	// deleted, handled elsewhere); open and expired cases say nothing of
	// precision. NotHate: of them, dismissed as not hate.
	Judged  Count `json:"judged"`
	NotHate Count `json:"not_hate"`
	// Precision is 1 - NotHate/Judged; NaN when none was judged.
	Precision float64 `json:"precision"`
}

// ModelOnly is the rate of cases a model's second opinion opened alone.
type ModelOnly struct {
	Cases Count `json:"cases"`
	// Per1000 is per 1,000 messages of the week; Share the part of the
	// week's flagged cases (rules, model or both) they are. NaN without
	// messages or cases.
	Per1000 float64 `json:"per_1000"`
	Share   float64 `json:"share"`
}

// Sources lists the sources of the precision table, in order.
var Sources = []string{storage.SourceRules, storage.SourceModel, storage.SourceBoth}

// sources sets the precision by source and the rate of model-only cases
// from the week's cases; messages is the week's message count.
func (s *Summary) sources(week []storage.Case, messages int64) {
	cases, judged, notHate := map[string]*counter{}, map[string]*counter{}, map[string]*counter{}
	for _, src := range Sources {
		cases[src], judged[src], notHate[src] = &counter{}, &counter{}, &counter{}
	}
	flagged := 0
	for _, c := range week {
		src := c.FlaggedBy()
		if cases[src] == nil {
			continue // a member's report the rules did not flag
		}
		flagged++
		cases[src].add(c.Author)
		switch o := outcomeOf(c); o {
		case "open", storage.OutcomeExpired:
		case storage.OutcomeDismissed:
			judged[src].add(c.Author)
			notHate[src].add(c.Author)
		default:
			judged[src].add(c.Author)
		}
	}
	s.Sources = nil
	for _, src := range Sources {
		p := SourcePrecision{Source: src, Cases: cases[src].count(), Judged: judged[src].count(), NotHate: notHate[src].count(), Precision: math.NaN()}
		if p.Judged.N > 0 {
			p.Precision = 1 - float64(p.NotHate.N)/float64(p.Judged.N)
		}
		s.Sources = append(s.Sources, p)
	}
	m := cases[storage.SourceModel]
	s.ModelOnly = ModelOnly{Cases: m.count(), Per1000: per1000(m.n, messages), Share: math.NaN()}
	if flagged > 0 {
		s.ModelOnly.Share = float64(m.n) / float64(flagged)
	}
}

// sourceTables are the summary's tables of the second opinion: precision
// by source, and the rate of model-only cases.
func (s *Summary) sourceTables() []table {
	prec := table{section: "precision_by_source", title: "Precision by source",
		header: []string{"source", "cases", "judged", "not hate", "precision"},
		note: "Of the cases volunteers judged, the share they did not dismiss as not hate. rules: flagged by the rules, " +
			"the model disagreed or was not asked; model: opened by a model's second opinion alone; both: the rules flagged " +
			"and the model agreed. Open and expired cases are not judged."}
	for _, p := range s.Sources {
		prec.rows = append(prec.rows, []string{p.Source, s.count(p.Cases), s.count(p.Judged), s.count(p.NotHate),
			s.precision(p)})
	}
	m := s.ModelOnly
	rate := table{section: "model_only", title: "Model-only cases", header: []string{"measure", "value"},
		note: "Cases a model's second opinion opened where no rule flagged the message. They are not counted as flags above."}
	rate.rows = [][]string{
		{"cases", s.count(m.Cases)},
		{"per 1,000 messages", s.rate(m.Cases, m.Per1000)},
		{"share of flagged cases", s.share(m.Cases, m.Cases, m.Share)},
	}
	return []table{prec, rate}
}

// precision renders a source's precision, hidden when its counts are.
func (s *Summary) precision(p SourcePrecision) string {
	switch {
	case s.suppressed(p.Judged) || s.suppressed(p.NotHate):
		return s.hidden()
	case math.IsNaN(p.Precision):
		return "–"
	}
	return strconv.FormatFloat(100*p.Precision, 'f', 0, 64) + "%"
}
