package classifier

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/trygbot/trygbot/rules"
)

// Format says how a model is asked and how its answer is read.
type Format string

// The formats.
const (
	// FormatQwen3Guard is Qwen3Guard-Gen: the message is sent as the user
	// turn (the model's own chat template holds its policy) and the answer
	// reads "Safety: Unsafe\nCategories: Violent, Unethical Acts".
	FormatQwen3Guard Format = "qwen3guard"
	// FormatLlamaGuard is Llama Guard 3 or 4: the message is sent as the
	// user turn and the answer reads "safe" or "unsafe\nS1,S10".
	FormatLlamaGuard Format = "llamaguard"
	// FormatPolicyJSON sends trygbot's own policy (Policy) as the system
	// turn, in the message's language, and reads a JSON verdict with a
	// category and a confidence: for gpt-oss-safeguard and general
	// instruction-following models.
	FormatPolicyJSON Format = "policy-json"
)

// Formats lists every format, in the order the documentation names them.
func Formats() []Format { return []Format{FormatQwen3Guard, FormatLlamaGuard, FormatPolicyJSON} }

// ParseFormat reads a format's name.
func ParseFormat(s string) (Format, error) {
	f := Format(strings.ToLower(strings.TrimSpace(s)))
	if slices.Contains(Formats(), f) {
		return f, nil
	}
	return "", fmt.Errorf("classifier: unknown format %q (want qwen3guard, llamaguard or policy-json)", s)
}

// Label is a model's safety label, in lower case.
type Label string

// The labels models give.
const (
	LabelSafe   Label = "safe"
	LabelUnsafe Label = "unsafe"
	// LabelControversial is Qwen3Guard's middle level. It is read as not
	// unsafe (Qwen's "loose" reading); the verdict keeps the label and the
	// categories, so a stricter reading can be chosen later.
	LabelControversial Label = "controversial"
)

// Verdict is a model's answer on one message, read into trygbot's terms.
// A verdict never removes a rule flag: it is a second opinion.
type Verdict struct {
	// Label is the model's own label; Unsafe is true for LabelUnsafe only.
	Label  Label `json:"label"`
	Unsafe bool  `json:"unsafe"`
	// ModelCategories are the model's categories as it wrote them
	// ("Unethical Acts", "S10", "generalisation"), in its order.
	ModelCategories []string `json:"model_categories,omitempty"`
	// Category is the trygbot category the model's categories map to,
	// the most pressing where several do (threat before the others), or
	// "" when none is hate-related.
	Category rules.Category `json:"category,omitempty"`
	// Hate reports whether a model category is hate-related: hate,
	// discrimination or violence against people, the categories that may
	// open a case when the rules were silent. An unsafe answer for another
	// category (personal data, non-violent illegal acts, sexual content,
	// self-harm, jailbreak, ...) is not hate.
	Hate bool `json:"hate"`
	// MaxSeverity is the most a case opened on this verdict alone may be:
	// medium for hate-related categories, and no cap below the rules' own
	// (urgent) when the model says threat or violence; SevNone when the
	// verdict is not hate-related.
	MaxSeverity rules.Severity `json:"max_severity"`
	// Confidence is the model's own confidence in [0,1], where it gives
	// one (policy-json); nil otherwise.
	Confidence *float64 `json:"confidence,omitempty"`
	// Model is the model's name as the server answered with it, Format
	// how it was read.
	Model  string `json:"model,omitempty"`
	Format Format `json:"format"`
	// Cached is set when the verdict came from the cache of an earlier
	// answer on the same normalised text; Latency is the time the
	// answer took (0 when cached).
	Cached  bool          `json:"cached,omitempty"`
	Latency time.Duration `json:"-"`
}

// Flags reports whether the model says the message is hate: unsafe with a
// hate-related category. This is what opens a model-only case, and what
// `trygbot eval` counts as the model flagging.
func (v Verdict) Flags() bool { return v.Unsafe && v.Hate }

// String describes the verdict in one line for people, such as
// "unsafe: Unethical Acts -> generalisation (hate-related, severity at most medium)".
func (v Verdict) String() string {
	var b strings.Builder
	b.WriteString(string(v.Label))
	if len(v.ModelCategories) > 0 {
		b.WriteString(": ")
		names := make([]string, len(v.ModelCategories))
		for i, c := range v.ModelCategories {
			names[i] = categoryLabel(v.Format, c)
		}
		b.WriteString(strings.Join(names, ", "))
	}
	switch {
	case v.Hate:
		fmt.Fprintf(&b, " -> %s (hate-related, severity at most %s)", v.Category, v.MaxSeverity)
	case len(v.ModelCategories) > 0 && v.Label != LabelSafe:
		b.WriteString(" (not hate-related)")
	}
	if v.Confidence != nil {
		fmt.Fprintf(&b, ", confidence %.2f", *v.Confidence)
	}
	return b.String()
}

// categoryLabel names a Llama Guard code with its hazard ("S10 Hate").
func categoryLabel(f Format, c string) string {
	if f == FormatLlamaGuard {
		if n, ok := llamaGuardNames[strings.ToUpper(c)]; ok {
			return c + " " + n
		}
	}
	return c
}

// classify fills Category, Hate and MaxSeverity from the model's
// categories, each mapped by m (which returns "" for one that is not
// hate-related). A safe verdict is not hate whatever categories it names:
// they say what the model considered, and open nothing.
func (v *Verdict) classify(m func(string) rules.Category) {
	if v.Label == LabelSafe {
		v.Category, v.Hate, v.MaxSeverity = "", false, rules.SevNone
		return
	}
	best := -1
	for _, c := range v.ModelCategories {
		cat := m(c)
		if cat == "" {
			continue
		}
		if i := slices.Index(rules.Categories, cat); i >= 0 && (best < 0 || i < best) {
			best = i
		}
	}
	if best < 0 {
		v.Category, v.Hate, v.MaxSeverity = "", false, rules.SevNone
		return
	}
	v.Category, v.Hate = rules.Categories[best], true
	v.MaxSeverity = rules.SevMedium
	if v.Category == rules.CatThreat {
		v.MaxSeverity = rules.SevUrgent
	}
}
