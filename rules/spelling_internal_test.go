package rules

import (
	"slices"
	"testing"
)

func TestASCIISpellings(t *testing.T) {
	tests := []struct {
		term   string
		strict bool
		want   []string // each must be present
		not    []string // each must be absent
	}{
		{"dø", false, []string{"doe"}, []string{"do", "dø"}},
		{"jøder", false, []string{"joeder", "joder"}, nil},
		{"håber", true, []string{"haaber"}, []string{"haber"}},
		{"købling", true, []string{"koebling"}, []string{"kobling"}},
		{"krøbling", true, []string{"kroebling", "krobling"}, nil},
		{"dø", true, nil, []string{"doe", "do"}},
		{"æøå", false, []string{"aeoeaa"}, nil},
		{"muslim", false, nil, []string{"muslim"}},
	}
	for _, tc := range tests {
		got := asciiSpellings(tc.term, tc.strict)
		for _, w := range tc.want {
			if !slices.Contains(got, w) {
				t.Errorf("asciiSpellings(%q, %v) = %q, lacks %q", tc.term, tc.strict, got, w)
			}
		}
		for _, w := range tc.not {
			if slices.Contains(got, w) {
				t.Errorf("asciiSpellings(%q, %v) = %q, has %q", tc.term, tc.strict, got, w)
			}
		}
		if len(got) > maxSpellingVariants {
			t.Errorf("asciiSpellings(%q) gave %d spellings", tc.term, len(got))
		}
	}
}

func TestUnmask(t *testing.T) {
	m := newMaskIndex()
	for _, t := range []string{"zorblax", "zorbl*", "blørk", "ab"} {
		m.add(t)
	}
	tests := []struct {
		in, want string
		spans    int
	}{
		{"a z*rblax here", "a zorblax here", 1},
		{"Z**BLAX!", "ZorBLAX!", 1},
		{"no mask", "no mask", 0},
		{"z*****x", "zorblax", 1}, // first and last letter shown: "n****r"
		{"zo*****", "zo*****", 0}, // shows too little
		{"bl*rk", "bl*rk", 0},     // ø is two bytes: not replaced in place
		{"q*rblax", "q*rblax", 0}, // a shown letter disagrees
		{"**rblax", "**rblax", 0}, // starts with a mask
		{"zorb*", "zorbl", 1},     // the open term "zorbl*" counts as "zorbl"
		{"z*rblax z*rblax", "zorblax zorblax", 2},
		{"z*rblerne", "zorblerne", 1}, // the open term "zorbl*" starts it
		{"zorbl*rne", "zorbl*rne", 0}, // a mask past the open term's letters
	}
	for _, tc := range tests {
		got, spans := m.unmask(tc.in)
		if got != tc.want || len(spans) != tc.spans {
			t.Errorf("unmask(%q) = %q, %d spans; want %q, %d", tc.in, got, len(spans), tc.want, tc.spans)
		}
	}
}
