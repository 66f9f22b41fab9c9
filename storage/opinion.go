package storage

import (
	"time"

	"github.com/trygbot/trygbot/rules"
)

// Case sources, for Case.Source and CaseQuery.Source.
const (
	// SourceRules: the rules flagged the message (or a member reported
	// it); Case.Source is "" for these.
	SourceRules = "rules"
	// SourceModel: a model's second opinion said hate where the rules
	// were silent.
	SourceModel = "model"
	// SourceBoth is what FlaggedBy says of a case the rules flagged and
	// the model agreed with.
	SourceBoth = "both"
)

// ModelOpinion is a model's second opinion on a case's message, as the
// bot stored it: what the model said, read into trygbot's terms. It holds
// no text.
type ModelOpinion struct {
	// Name is the model's name (as configured, or as its server answered).
	Name string `json:"name"`
	// At is when the answer came.
	At time.Time `json:"at"`
	// Hate: the model says the message is hate (unsafe with a
	// hate-related category). On a case the rules flagged, that is its
	// agreement; false is its disagreement.
	Hate bool `json:"hate"`
	// Label is the model's own label: safe, unsafe or controversial.
	Label string `json:"label"`
	// Categories are the model's own categories ("Unethical Acts",
	// "S10"); Category the trygbot category they map to, "" when none is
	// hate-related.
	Categories []string       `json:"categories,omitempty"`
	Category   rules.Category `json:"category,omitempty"`
	// Confidence is the model's own confidence in [0,1], where it gives
	// one; nil otherwise.
	Confidence *float64 `json:"confidence,omitempty"`
}

// FlaggedBy says what flagged the case: SourceModel for a case the
// model's second opinion opened alone, SourceBoth when the rules flagged
// it and the model agreed, SourceRules when the rules flagged it and the
// model disagreed or was not asked, and "" for a member's report the
// rules did not flag.
func (c *Case) FlaggedBy() string {
	switch {
	case c.Source == SourceModel:
		return SourceModel
	case !c.Verdict.Flagged:
		return ""
	case c.Model != nil && c.Model.Hate:
		return SourceBoth
	}
	return SourceRules
}

// MatchesSource reports whether c has the source q selects (any when
// q.Source is ""); stores that filter in memory use it.
func (q CaseQuery) MatchesSource(c *Case) bool {
	switch q.Source {
	case "":
		return true
	case SourceModel:
		return c.Source == SourceModel
	}
	return c.Source != SourceModel
}
