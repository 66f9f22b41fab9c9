package classifier

import (
	"errors"
	"regexp"
	"slices"
	"testing"

	"github.com/trygbot/trygbot/rules"
)

// digits are blanked in an error before it is compared with the known
// reasons: only a length may vary.
var digits = regexp.MustCompile(`[0-9]+`)

// fuzzParser checks one answer parser on any input: it never panics;
// an answer it cannot read is a *MalformedError whose text is one of the
// format's fixed reasons (so it never quotes the answer); a verdict it
// reads is consistent: unsafe only for the unsafe label, hate only with
// one of trygbot's categories and a severity cap of medium (urgent for
// threats), nothing hate-related in a safe verdict, a confidence in
// [0,1].
func fuzzParser(f *testing.F, format Format, seeds []parseCase, reasons ...string) {
	for _, tc := range seeds {
		f.Add(tc.answer)
	}
	for _, a := range malformedAnswers[format] {
		f.Add(a)
	}
	f.Fuzz(func(t *testing.T, answer string) {
		v, err := Parse(format, answer)
		if err != nil {
			var me *MalformedError
			if !errors.As(err, &me) || !errors.Is(err, ErrMalformed) || me.Answer != answer {
				t.Fatalf("error %#v", err)
			}
			if msg := digits.ReplaceAllString(err.Error(), "N"); !slices.Contains(reasons, msg) {
				t.Fatalf("error %q is not a fixed reason", msg)
			}
			return
		}
		if v.Format != format || v.Unsafe != (v.Label == LabelUnsafe) {
			t.Fatalf("format %s, label %q, unsafe %v", v.Format, v.Label, v.Unsafe)
		}
		if !slices.Contains([]Label{LabelSafe, LabelUnsafe, LabelControversial}, v.Label) {
			t.Fatalf("label %q", v.Label)
		}
		switch {
		case v.Hate && !slices.Contains(rules.Categories, v.Category):
			t.Fatalf("hate with category %q", v.Category)
		case v.Hate && v.Category == rules.CatThreat && v.MaxSeverity != rules.SevUrgent:
			t.Fatalf("threat capped at %s", v.MaxSeverity)
		case v.Hate && v.Category != rules.CatThreat && v.MaxSeverity != rules.SevMedium:
			t.Fatalf("%s capped at %s", v.Category, v.MaxSeverity)
		case !v.Hate && (v.Category != "" || v.MaxSeverity != rules.SevNone):
			t.Fatalf("not hate, yet category %q severity %s", v.Category, v.MaxSeverity)
		case v.Label == LabelSafe && v.Hate:
			t.Fatal("a safe verdict is hate")
		case v.Hate && len(v.ModelCategories) == 0:
			t.Fatal("hate without a model category")
		case v.Confidence != nil && (*v.Confidence < 0 || *v.Confidence > 1):
			t.Fatalf("confidence %v", *v.Confidence)
		}
	})
}

func FuzzParseQwen3Guard(f *testing.F) {
	fuzzParser(f, FormatQwen3Guard, qwen3GuardAnswers,
		`classifier: qwenNguard answer not readable: no "Safety:" line`,
		`classifier: qwenNguard answer not readable: two Safety lines`,
		`classifier: qwenNguard answer not readable: Safety is a N-byte text, want Safe, Unsafe or Controversial`)
}

func FuzzParseLlamaGuard(f *testing.F) {
	fuzzParser(f, FormatLlamaGuard, llamaGuardAnswers,
		`classifier: llamaguard answer not readable: empty answer`,
		`classifier: llamaguard answer not readable: first line is a N-byte text, want safe or unsafe`,
		`classifier: llamaguard answer not readable: category a N-byte text is not a code such as SN`)
}

func FuzzParsePolicyJSON(f *testing.F) {
	fuzzParser(f, FormatPolicyJSON, policyAnswers,
		`classifier: policy-json answer not readable: no JSON object with a "verdict"`,
		`classifier: policy-json answer not readable: verdict is a N-byte text, want safe or unsafe`)
}
