package classifier

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strings"

	"github.com/trygbot/trygbot/rules"
)

// ErrMalformed is wrapped by every error about an answer that could not be
// read in the configured format (a *MalformedError).
var ErrMalformed = errors.New("classifier: answer not in the expected format")

// MalformedError is an answer the format's parser could not read. Its
// Error() says why but never quotes the answer, which may repeat the
// message; Answer holds it for a person who asked to see it (`trygbot
// check` prints it). It is never logged.
type MalformedError struct {
	Format Format
	Why    string
	Answer string
}

func (e *MalformedError) Error() string {
	return fmt.Sprintf("classifier: %s answer not readable: %s", e.Format, e.Why)
}

// Is makes errors.Is(err, ErrMalformed) true.
func (e *MalformedError) Is(target error) bool { return target == ErrMalformed }

// Parse reads a model's answer (the content of its chat-completions
// message) in format f. It never panics, whatever the answer; an answer it
// cannot read is a *MalformedError.
func Parse(f Format, answer string) (Verdict, error) {
	var v Verdict
	var err error
	switch f {
	case FormatQwen3Guard:
		v, err = ParseQwen3Guard(answer)
	case FormatLlamaGuard:
		v, err = ParseLlamaGuard(answer)
	case FormatPolicyJSON:
		v, err = ParsePolicyJSON(answer)
	default:
		return Verdict{}, fmt.Errorf("classifier: unknown format %q", f)
	}
	return v, err
}

func malformed(f Format, answer, why string, args ...any) *MalformedError {
	return &MalformedError{Format: f, Why: fmt.Sprintf(why, args...), Answer: answer}
}

// qwen3GuardCategories maps Qwen3Guard's categories (in lower case) to
// trygbot's: threats are "Violent"; hate and discrimination fall under
// "Unethical Acts" (bias, discrimination, stereotypes, hate speech,
// insults). The rest are not hate.
var qwen3GuardCategories = map[string]rules.Category{
	"violent":                       rules.CatThreat,
	"unethical acts":                rules.CatGeneralisation,
	"non-violent illegal acts":      "",
	"sexual content or sexual acts": "",
	"pii":                           "",
	"suicide & self-harm":           "",
	"politically sensitive topics":  "",
	"copyright violation":           "",
	"jailbreak":                     "",
}

// ParseQwen3Guard reads Qwen3Guard-Gen's answer:
//
//	Safety: Unsafe
//	Categories: Violent, Unethical Acts
//
// Safety is Safe, Unsafe or Controversial (any case); Categories lists
// the model's categories separated by commas, or None, and may be
// missing. A "Refusal:" line (response moderation) and blank lines are
// ignored; Markdown emphasis around a line is tolerated.
func ParseQwen3Guard(answer string) (Verdict, error) {
	v := Verdict{Format: FormatQwen3Guard}
	sawSafety := false
	for line := range strings.SplitSeq(answer, "\n") {
		key, val, ok := strings.Cut(strings.Trim(strings.TrimSpace(line), "*_ "), ":")
		if !ok {
			continue
		}
		val = strings.Trim(strings.TrimSpace(val), "*_ ")
		switch strings.ToLower(strings.Trim(key, "*_ ")) {
		case "safety":
			if sawSafety {
				return Verdict{}, malformed(FormatQwen3Guard, answer, "two Safety lines")
			}
			sawSafety = true
			switch l := Label(strings.ToLower(val)); l {
			case LabelSafe, LabelUnsafe, LabelControversial:
				v.Label = l
			default:
				return Verdict{}, malformed(FormatQwen3Guard, answer, "Safety is %s, want Safe, Unsafe or Controversial", describe(val))
			}
		case "categories", "category":
			for c := range strings.SplitSeq(val, ",") {
				c = strings.TrimSpace(c)
				if c != "" && !strings.EqualFold(c, "none") {
					v.ModelCategories = append(v.ModelCategories, c)
				}
			}
		}
	}
	if !sawSafety {
		return Verdict{}, malformed(FormatQwen3Guard, answer, "no \"Safety:\" line")
	}
	v.Unsafe = v.Label == LabelUnsafe
	v.classify(func(c string) rules.Category { return qwen3GuardCategories[strings.ToLower(c)] })
	return v, nil
}

// llamaGuardNames are Llama Guard 3's and 4's hazard categories (MLCommons
// taxonomy).
var llamaGuardNames = map[string]string{
	"S1": "Violent Crimes", "S2": "Non-Violent Crimes", "S3": "Sex-Related Crimes",
	"S4": "Child Sexual Exploitation", "S5": "Defamation", "S6": "Specialized Advice",
	"S7": "Privacy", "S8": "Intellectual Property", "S9": "Indiscriminate Weapons",
	"S10": "Hate", "S11": "Suicide & Self-Harm", "S12": "Sexual Content",
	"S13": "Elections", "S14": "Code Interpreter Abuse",
}

// llamaGuardCategory maps a Llama Guard code to trygbot's: S10 Hate and
// S1 Violent Crimes; the others are not hate.
func llamaGuardCategory(code string) rules.Category {
	switch strings.ToUpper(code) {
	case "S10":
		return rules.CatGeneralisation
	case "S1":
		return rules.CatThreat
	}
	return ""
}

// ParseLlamaGuard reads Llama Guard's answer: "safe", or "unsafe" and on
// the next line the violated categories, such as "S1,S10". Leading blank
// lines (Llama Guard 3 starts with two) and spaces are ignored, and so is
// an end-of-turn token the server left in.
func ParseLlamaGuard(answer string) (Verdict, error) {
	v := Verdict{Format: FormatLlamaGuard}
	var lines []string
	for line := range strings.SplitSeq(answer, "\n") {
		line = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(line), "<|eot_id|>"))
		if line != "" {
			lines = append(lines, line)
		}
	}
	if len(lines) == 0 {
		return Verdict{}, malformed(FormatLlamaGuard, answer, "empty answer")
	}
	switch l := Label(strings.ToLower(lines[0])); l {
	case LabelSafe:
		v.Label = l
	case LabelUnsafe:
		v.Label, v.Unsafe = l, true
	default:
		return Verdict{}, malformed(FormatLlamaGuard, answer, "first line is %s, want safe or unsafe", describe(lines[0]))
	}
	if v.Unsafe && len(lines) > 1 {
		for c := range strings.SplitSeq(lines[1], ",") {
			c = strings.TrimSpace(c)
			if c == "" {
				continue
			}
			if !isLlamaGuardCode(c) {
				return Verdict{}, malformed(FormatLlamaGuard, answer, "category %s is not a code such as S10", describe(c))
			}
			v.ModelCategories = append(v.ModelCategories, strings.ToUpper(c))
		}
	}
	v.classify(llamaGuardCategory)
	return v, nil
}

// isLlamaGuardCode reports whether c reads S followed by one to three
// digits.
func isLlamaGuardCode(c string) bool {
	if len(c) < 2 || len(c) > 4 || (c[0] != 'S' && c[0] != 's') {
		return false
	}
	for _, r := range c[1:] {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// policyAnswer is the JSON verdict Policy asks for.
type policyAnswer struct {
	Verdict    *string         `json:"verdict"`
	Category   string          `json:"category"`
	Confidence json.RawMessage `json:"confidence"`
}

// ParsePolicyJSON reads the JSON verdict Policy asks for:
//
//	{"verdict": "unsafe", "category": "generalisation", "confidence": 0.82}
//
// verdict is safe or unsafe; category one of trygbot's categories
// (rules.Categories) or none; confidence a number in [0,1], left out (nil)
// when missing or anything else. The first JSON object in the answer with
// a verdict is read, so a code fence, text around it or a reasoning
// model's <think> block before it does not matter. An unsafe verdict with
// a category that is not trygbot's is kept as the model's category and is
// not hate.
func ParsePolicyJSON(answer string) (Verdict, error) {
	v := Verdict{Format: FormatPolicyJSON}
	a, ok := firstVerdictObject(answer)
	if !ok {
		return Verdict{}, malformed(FormatPolicyJSON, answer, "no JSON object with a \"verdict\"")
	}
	switch l := Label(strings.ToLower(strings.TrimSpace(*a.Verdict))); l {
	case LabelSafe:
		v.Label = l
	case LabelUnsafe:
		v.Label, v.Unsafe = l, true
	default:
		return Verdict{}, malformed(FormatPolicyJSON, answer, "verdict is %s, want safe or unsafe", describe(*a.Verdict))
	}
	if c := strings.ToLower(strings.TrimSpace(a.Category)); c != "" && c != "none" {
		v.ModelCategories = []string{c}
	}
	var conf float64
	if err := json.Unmarshal(a.Confidence, &conf); err == nil && conf >= 0 && conf <= 1 && !math.IsNaN(conf) {
		v.Confidence = &conf
	}
	v.classify(func(c string) rules.Category {
		cat := rules.Category(c)
		for _, k := range rules.Categories {
			if k == cat {
				return cat
			}
		}
		return ""
	})
	return v, nil
}

// firstVerdictObject finds the first JSON object in s that decodes with
// a string "verdict".
func firstVerdictObject(s string) (policyAnswer, bool) {
	b := []byte(s)
	for i := bytes.IndexByte(b, '{'); i >= 0; {
		var a policyAnswer
		dec := json.NewDecoder(bytes.NewReader(b[i:]))
		if err := dec.Decode(&a); err == nil && a.Verdict != nil {
			return a, true
		}
		next := bytes.IndexByte(b[i+1:], '{')
		if next < 0 {
			break
		}
		i += 1 + next
	}
	return policyAnswer{}, false
}

// describe says what an answer had where a label belongs by its length
// only: an error never quotes the answer, which may repeat the message.
func describe(s string) string {
	return fmt.Sprintf("a %d-byte text", len(s))
}
