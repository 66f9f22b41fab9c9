package rules

import (
	"encoding/json"
	"fmt"
	"strings"
)

// UserID is a platform's user identifier, or its pseudonym in storage.
type UserID string

// ChatRef names one chat, channel or group on one platform.
type ChatRef struct {
	Platform string `json:"platform"`
	ChatID   string `json:"chat_id"`
}

// Message is one chat message as every adapter delivers it.
type Message struct {
	ID        string `json:"id,omitempty"`
	Platform  string `json:"platform,omitempty"`
	Community string `json:"community,omitempty"`
	Channel   string `json:"channel,omitempty"`
	Author    UserID `json:"author,omitempty"`
	Lang      string `json:"lang,omitempty"`
	Text      string `json:"text"`
}

// Category is the kind of harm a rule detects.
type Category string

// Categories of rules.
const (
	CatSlur           Category = "slur"
	CatDehumanisation Category = "dehumanisation"
	CatGeneralisation Category = "generalisation"
	CatThreat         Category = "threat"
	CatExtremism      Category = "extremism"
	CatHarassment     Category = "harassment"
)

// Categories lists every category in report order.
var Categories = []Category{CatThreat, CatExtremism, CatDehumanisation, CatSlur, CatGeneralisation, CatHarassment}

func (c Category) valid() bool {
	for _, k := range Categories {
		if c == k {
			return true
		}
	}
	return false
}

// Severity orders how soon a flag needs a human. Threats and extremism are
// urgent by default.
type Severity int

// Severities from least to most pressing.
const (
	SevNone Severity = iota
	SevLow
	SevMedium
	SevHigh
	SevUrgent
)

var severityNames = []string{"none", "low", "medium", "high", "urgent"}

func (s Severity) String() string {
	if s >= 0 && int(s) < len(severityNames) {
		return severityNames[s]
	}
	return fmt.Sprintf("severity(%d)", int(s))
}

// ParseSeverity reads a severity name.
func ParseSeverity(s string) (Severity, error) {
	for i, n := range severityNames {
		if strings.EqualFold(s, n) && i > 0 {
			return Severity(i), nil
		}
	}
	return SevNone, fmt.Errorf("unknown severity %q (want low, medium, high or urgent)", s)
}

// MarshalText writes the severity's name.
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText reads a severity's name.
func (s *Severity) UnmarshalText(b []byte) error {
	v, err := ParseSeverity(string(b))
	if err != nil && string(b) == "none" {
		*s = SevNone
		return nil
	}
	*s = v
	return err
}

// defaultScore is the score of a match by severity, before guards.
func (s Severity) defaultScore() float64 {
	switch s {
	case SevLow:
		return 0.4
	case SevMedium:
		return 0.6
	case SevHigh:
		return 0.8
	case SevUrgent:
		return 0.95
	}
	return 0
}

// Match is one rule firing on a message, with the evidence.
type Match struct {
	Rule     string   `json:"rule"`
	Category Category `json:"category"`
	Severity Severity `json:"severity"`
	Score    float64  `json:"score"`
	// Start and End are the byte span in the original text.
	Start int `json:"start"`
	End   int `json:"end"`
	// Text is the original text of the span; Normalized the terms that
	// matched, in normal form.
	Text       string   `json:"text"`
	Normalized []string `json:"normalized"`
	// Evasion names the evasion seen in the span, if any (leet, spacing,
	// ...).
	Evasion string `json:"evasion,omitempty"`
	// Why is a sentence for people: what the rule means.
	Why string `json:"why,omitempty"`
	// Guard is set on a match that did not count, naming why (negation,
	// counter-speech, quotation, exception, self-reference).
	Guard string `json:"guard,omitempty"`
}

// Verdict is the engine's decision on one message, explained.
type Verdict struct {
	Flagged  bool     `json:"flagged"`
	Category Category `json:"category,omitempty"`
	Severity Severity `json:"severity"`
	Score    float64  `json:"score"`
	// Matches are the rules that counted, strongest first.
	Matches []Match `json:"matches,omitempty"`
	// Guarded are matches that a false-positive guard set aside.
	Guarded []Match `json:"guarded,omitempty"`
	// Normalized is the message's normal form, set when anything matched.
	Normalized string `json:"normalized,omitempty"`
	// Notes say what else the engine did (a long message truncated, ...).
	Notes []string `json:"notes,omitempty"`
	// Group reports whether the message names a protected group: a word
	// of the group lexicon, a group adjective with a word for people
	// ("muslim families"), or a slur (a slur names a group; also one
	// that counter-speech or quotation then set aside), outside the words
	// of exceptions. A group named alone is never
	// flagged; it makes an unflagged message grey (see Grey).
	Group bool `json:"group,omitempty"`
}

// Urgent reports whether the verdict needs coordinators at once.
func (v Verdict) Urgent() bool { return v.Flagged && v.Severity >= SevUrgent }

// SetAside reports whether rules matched but did not flag: a
// false-positive guard set a match aside (Guarded), or a match scored
// under the threshold.
func (v Verdict) SetAside() bool {
	return len(v.Guarded) > 0 || (!v.Flagged && len(v.Matches) > 0)
}

// Grey reports whether an unflagged message is one the rules cannot
// settle: it names a protected group (Group), or matches were set aside
// or scored under the threshold (SetAside). A second opinion (a model)
// is asked about grey messages; a flagged message is never grey.
func (v Verdict) Grey() bool { return !v.Flagged && (v.Group || v.SetAside()) }

// String renders the verdict as JSON, for logs and tests.
func (v Verdict) String() string {
	b, _ := json.Marshal(v)
	return string(b)
}
