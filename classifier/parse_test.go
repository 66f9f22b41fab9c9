package classifier

import (
	"errors"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/trygbot/trygbot/rules"
)

// parseCase is one realistic answer and what it reads as.
type parseCase struct {
	name     string
	answer   string
	label    Label
	cats     []string
	category rules.Category // "" when not hate-related
	sev      rules.Severity
	flags    bool
	conf     float64 // -1: none
}

// qwen3GuardAnswers are answers in Qwen3Guard-Gen's shape (prompt
// moderation, and response moderation with its Refusal line).
var qwen3GuardAnswers = []parseCase{
	{"safe", "Safety: Safe\nCategories: None", LabelSafe, nil, "", rules.SevNone, false, -1},
	{"violent is a threat", "Safety: Unsafe\nCategories: Violent", LabelUnsafe, []string{"Violent"}, rules.CatThreat, rules.SevUrgent, true, -1},
	{"unethical acts is hate", "Safety: Unsafe\nCategories: Unethical Acts", LabelUnsafe, []string{"Unethical Acts"}, rules.CatGeneralisation, rules.SevMedium, true, -1},
	{"threat wins over hate", "Safety: Unsafe\nCategories: Unethical Acts, Violent", LabelUnsafe, []string{"Unethical Acts", "Violent"}, rules.CatThreat, rules.SevUrgent, true, -1},
	{"personal data is not hate", "Safety: Unsafe\nCategories: PII", LabelUnsafe, []string{"PII"}, "", rules.SevNone, false, -1},
	{"illegal acts are not hate", "Safety: Unsafe\nCategories: Non-violent Illegal Acts", LabelUnsafe, []string{"Non-violent Illegal Acts"}, "", rules.SevNone, false, -1},
	{"jailbreak is not hate", "Safety: Unsafe\nCategories: Jailbreak", LabelUnsafe, []string{"Jailbreak"}, "", rules.SevNone, false, -1},
	{"controversial is not unsafe", "Safety: Controversial\nCategories: Unethical Acts", LabelControversial, []string{"Unethical Acts"}, rules.CatGeneralisation, rules.SevMedium, false, -1},
	{"controversial politics", "Safety: Controversial\nCategories: Politically Sensitive Topics", LabelControversial, []string{"Politically Sensitive Topics"}, "", rules.SevNone, false, -1},
	{"response moderation", "Safety: Unsafe\nCategories: Violent\nRefusal: No", LabelUnsafe, []string{"Violent"}, rules.CatThreat, rules.SevUrgent, true, -1},
	{"markdown emphasis", "**Safety:** Unsafe\n**Categories:** Unethical Acts\n", LabelUnsafe, []string{"Unethical Acts"}, rules.CatGeneralisation, rules.SevMedium, true, -1},
	{"lower case and spaces", "  safety: unsafe \r\n categories: unethical acts , violent\n", LabelUnsafe, []string{"unethical acts", "violent"}, rules.CatThreat, rules.SevUrgent, true, -1},
	{"unsafe without categories", "Safety: Unsafe", LabelUnsafe, nil, "", rules.SevNone, false, -1},
	{"a category of a fine-tuned model", "Safety: Unsafe\nCategories: Hidden Elder Crisis", LabelUnsafe, []string{"Hidden Elder Crisis"}, "", rules.SevNone, false, -1},
}

// llamaGuardAnswers are answers in Llama Guard 3's and 4's shape.
var llamaGuardAnswers = []parseCase{
	{"safe", "safe", LabelSafe, nil, "", rules.SevNone, false, -1},
	{"safe after blank lines", "\n\nsafe", LabelSafe, nil, "", rules.SevNone, false, -1},
	{"S10 is hate", "unsafe\nS10", LabelUnsafe, []string{"S10"}, rules.CatGeneralisation, rules.SevMedium, true, -1},
	{"S1 is a threat", "\n\nunsafe\nS1", LabelUnsafe, []string{"S1"}, rules.CatThreat, rules.SevUrgent, true, -1},
	{"several codes", "unsafe\nS1,S10", LabelUnsafe, []string{"S1", "S10"}, rules.CatThreat, rules.SevUrgent, true, -1},
	{"codes with spaces", "unsafe\nS2, S10", LabelUnsafe, []string{"S2", "S10"}, rules.CatGeneralisation, rules.SevMedium, true, -1},
	{"privacy is not hate", "unsafe\nS7", LabelUnsafe, []string{"S7"}, "", rules.SevNone, false, -1},
	{"non-violent crimes are not hate", "unsafe\nS2", LabelUnsafe, []string{"S2"}, "", rules.SevNone, false, -1},
	{"end-of-turn token left in", "\n\nunsafe\nS10<|eot_id|>", LabelUnsafe, []string{"S10"}, rules.CatGeneralisation, rules.SevMedium, true, -1},
	{"lower-case code", "UNSAFE\ns10", LabelUnsafe, []string{"S10"}, rules.CatGeneralisation, rules.SevMedium, true, -1},
	{"unsafe without codes", "unsafe", LabelUnsafe, nil, "", rules.SevNone, false, -1},
}

// policyAnswers are answers to Policy from gpt-oss-safeguard and general
// models: bare, fenced, after reasoning, with a confidence or without.
var policyAnswers = []parseCase{
	{"bare", `{"verdict": "unsafe", "category": "generalisation", "confidence": 0.82}`, LabelUnsafe, []string{"generalisation"}, rules.CatGeneralisation, rules.SevMedium, true, 0.82},
	{"safe", `{"verdict": "safe", "category": "none", "confidence": 0.97}`, LabelSafe, nil, "", rules.SevNone, false, 0.97},
	{"fenced", "```json\n{\"verdict\": \"unsafe\", \"category\": \"threat\", \"confidence\": 0.9}\n```", LabelUnsafe, []string{"threat"}, rules.CatThreat, rules.SevUrgent, true, 0.9},
	{"after reasoning", "<think>The message calls a group {vermin}; see the policy.</think>\n{\"verdict\":\"unsafe\",\"category\":\"dehumanisation\",\"confidence\":0.75}", LabelUnsafe, []string{"dehumanisation"}, rules.CatDehumanisation, rules.SevMedium, true, 0.75},
	{"prose around it", "Verdict below.\n{\"verdict\": \"UNSAFE\", \"category\": \"Slur\", \"confidence\": 1}\nThat is all.", LabelUnsafe, []string{"slur"}, rules.CatSlur, rules.SevMedium, true, 1},
	{"extremism is capped at medium", `{"verdict":"unsafe","category":"extremism","confidence":0.6}`, LabelUnsafe, []string{"extremism"}, rules.CatExtremism, rules.SevMedium, true, 0.6},
	{"a category that is not ours", `{"verdict": "unsafe", "category": "hate speech", "confidence": 0.7}`, LabelUnsafe, []string{"hate speech"}, "", rules.SevNone, false, 0.7},
	{"confidence in words", `{"verdict": "unsafe", "category": "harassment", "confidence": "high"}`, LabelUnsafe, []string{"harassment"}, rules.CatHarassment, rules.SevMedium, true, -1},
	{"confidence out of range", `{"verdict": "unsafe", "category": "harassment", "confidence": 87}`, LabelUnsafe, []string{"harassment"}, rules.CatHarassment, rules.SevMedium, true, -1},
	{"no confidence", `{"verdict": "unsafe", "category": "slur"}`, LabelUnsafe, []string{"slur"}, rules.CatSlur, rules.SevMedium, true, -1},
	{"safe with a category opens nothing", `{"verdict": "safe", "category": "slur", "confidence": 0.4}`, LabelSafe, []string{"slur"}, "", rules.SevNone, false, 0.4},
}

func TestParse(t *testing.T) {
	for _, set := range []struct {
		format Format
		cases  []parseCase
	}{{FormatQwen3Guard, qwen3GuardAnswers}, {FormatLlamaGuard, llamaGuardAnswers}, {FormatPolicyJSON, policyAnswers}} {
		for _, tc := range set.cases {
			t.Run(string(set.format)+"/"+tc.name, func(t *testing.T) {
				v, err := Parse(set.format, tc.answer)
				if err != nil {
					t.Fatal(err)
				}
				if v.Format != set.format || v.Label != tc.label || v.Unsafe != (tc.label == LabelUnsafe) || !slices.Equal(v.ModelCategories, tc.cats) {
					t.Errorf("format %s label %s unsafe %v categories %q; want %s %s %q", v.Format, v.Label, v.Unsafe, v.ModelCategories, set.format, tc.label, tc.cats)
				}
				if v.Category != tc.category || v.Hate != (tc.category != "") || v.MaxSeverity != tc.sev || v.Flags() != tc.flags {
					t.Errorf("category %q hate %v max severity %s flags %v; want %q %s %v", v.Category, v.Hate, v.MaxSeverity, v.Flags(), tc.category, tc.sev, tc.flags)
				}
				switch {
				case tc.conf < 0 && v.Confidence != nil:
					t.Errorf("confidence %v, want none", *v.Confidence)
				case tc.conf >= 0 && (v.Confidence == nil || *v.Confidence != tc.conf):
					t.Errorf("confidence %v, want %v", v.Confidence, tc.conf)
				}
			})
		}
	}
}

// malformedAnswers cannot be read; the last of each quotes a message, to
// show the error does not repeat it.
var malformedAnswers = map[Format][]string{
	FormatQwen3Guard: {"", "I can't help with that.", "Safety: Maybe\nCategories: None", "Safety: Unsafe\nSafety: Safe",
		"Sure! The message \"they are all vermin\" is hateful."},
	FormatLlamaGuard: {"", "\n\n", "The message is unsafe.", "unsafe\nHate", "unsafe\nS10 because it is hateful",
		"they are all vermin"},
	FormatPolicyJSON: {"", "I think this is hateful.", `{"category": "slur"}`, `{"verdict": "maybe"}`, `{"verdict": 1}`,
		"```json\n{\"verdict\": \"unsafe\"\n```", `{"verdict": "they are all vermin"}`},
}

func TestParseMalformed(t *testing.T) {
	for f, answers := range malformedAnswers {
		for _, a := range answers {
			_, err := Parse(f, a)
			var me *MalformedError
			if !errors.As(err, &me) || !errors.Is(err, ErrMalformed) || me.Answer != a || me.Format != f {
				t.Errorf("%s %q: err %#v", f, a, err)
				continue
			}
			if strings.Contains(err.Error(), "vermin") {
				t.Errorf("%s: the error quotes the answer: %v", f, err)
			}
		}
	}
	if _, err := Parse("moderation-api", "safe"); err == nil || errors.Is(err, ErrMalformed) {
		t.Errorf("unknown format: %v", err)
	}
}

func TestVerdictString(t *testing.T) {
	tests := []struct {
		format Format
		answer string
		want   string
	}{
		{FormatQwen3Guard, "Safety: Unsafe\nCategories: Unethical Acts", "unsafe: Unethical Acts -> generalisation (hate-related, severity at most medium)"},
		{FormatQwen3Guard, "Safety: Unsafe\nCategories: PII", "unsafe: PII (not hate-related)"},
		{FormatQwen3Guard, "Safety: Safe\nCategories: None", "safe"},
		{FormatLlamaGuard, "unsafe\nS1,S10", "unsafe: S1 Violent Crimes, S10 Hate -> threat (hate-related, severity at most urgent)"},
		{FormatPolicyJSON, `{"verdict":"unsafe","category":"slur","confidence":0.8}`, "unsafe: slur -> slur (hate-related, severity at most medium), confidence 0.80"},
	}
	for _, tc := range tests {
		v, err := Parse(tc.format, tc.answer)
		if err != nil {
			t.Fatal(err)
		}
		if got := v.String(); got != tc.want {
			t.Errorf("%s %q: %q, want %q", tc.format, tc.answer, got, tc.want)
		}
	}
}

func TestParseFormat(t *testing.T) {
	for _, s := range []string{"qwen3guard", "LlamaGuard", " policy-json "} {
		if _, err := ParseFormat(s); err != nil {
			t.Errorf("%q: %v", s, err)
		}
	}
	if _, err := ParseFormat("openai-moderation"); err == nil || !strings.Contains(err.Error(), "qwen3guard, llamaguard or policy-json") {
		t.Errorf("unknown format: %v", err)
	}
}

func TestPolicy(t *testing.T) {
	for _, lang := range []string{"da", "en"} {
		p := Policy(lang)
		for _, c := range rules.Categories {
			if !regexp.MustCompile(`(?m)^- ` + string(c) + `: \S.{20,}\.$`).MatchString(p) {
				t.Errorf("%s policy does not describe %s:\n%s", lang, c, p)
			}
		}
		if !strings.Contains(p, `{"verdict": "unsafe" | "safe", "category": "threat" | "extremism" | "dehumanisation" | "slur" | "generalisation" | "harassment" | "none", "confidence": 0.0-1.0}`) {
			t.Errorf("%s policy does not ask for the verdict ParsePolicyJSON reads:\n%s", lang, p)
		}
	}
	if da := Policy("da"); !strings.Contains(da, "Beskeden er på dansk") || !strings.Contains(da, "Ikke had:") {
		t.Errorf("the Danish policy is not in Danish:\n%s", da)
	}
	if en := Policy("en"); !strings.Contains(en, "The message is in English") || !strings.Contains(en, "Not hate:") {
		t.Errorf("the English policy:\n%s", en)
	}
	if other := Policy("sv"); !strings.Contains(other, "may be in any language") || !strings.Contains(other, "Not hate:") {
		t.Errorf("another language gets the English policy for any language:\n%s", other)
	}
}

func TestMessages(t *testing.T) {
	for _, f := range []Format{FormatQwen3Guard, FormatLlamaGuard} {
		m := messages(f, "hello", "da")
		if len(m) != 1 || m[0].Role != "user" || m[0].Content != "hello" || maxTokens(f) == 0 {
			t.Errorf("%s: %+v, max tokens %d", f, m, maxTokens(f))
		}
	}
	m := messages(FormatPolicyJSON, "hej", "da")
	if len(m) != 2 || m[0].Role != "system" || m[0].Content != Policy("da") || m[1].Role != "user" || m[1].Content != "hej" {
		t.Errorf("policy-json: %+v", m)
	}
}
