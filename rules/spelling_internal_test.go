package rules

import (
	"slices"
	"strings"
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
		// "0" for "ø" leaves æ and å as they are: "gr0nlænderne"
		{"grønlænderne", false, []string{"gronlænderne", "groenlaenderne"}, nil},
		{"mine børn væk", false, []string{"mine born væk"}, nil},
		{"jøder", false, nil, []string{"jøder"}},
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
		if len(got) > maxSpellingVariants+1 { // the ø-only spelling comes on top
			t.Errorf("asciiSpellings(%q) gave %d spellings", tc.term, len(got))
		}
	}
}

func TestESpelling(t *testing.T) {
	tests := []struct {
		term   string
		strict bool
		want   string
	}{
		{"kællinger", false, "kellinger"},
		{"lærere", false, "lerere"},
		{"grønlændere", false, "gronlendere"},
		{"*værste*", false, "verste"}, // a whole word only
		{"bæst", false, ""},           // "best"
		{"jøder", false, ""},          // no æ
		{"lærere", true, ""},          // a rule term needs 8 letters
		{"kællingerne", true, "kellingerne"},
	}
	for _, tc := range tests {
		if got := eSpelling(tc.term, tc.strict); got != tc.want {
			t.Errorf("eSpelling(%q, %v) = %q, want %q", tc.term, tc.strict, got, tc.want)
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
		{"bl*rk", "blørk", 1},     // ø takes two bytes for the asterisk's one
		{"q*rblax", "q*rblax", 0}, // a shown letter disagrees
		{"**rblax", "**rblax", 0}, // starts with a mask
		{"zorb*", "zorbl", 1},     // the open term "zorbl*" counts as "zorbl"
		{"z*rblax z*rblax", "zorblax zorblax", 2},
		{"z*rblerne", "zorblerne", 1},               // the open term "zorbl*" starts it
		{"zorbl*rne", "zorbl*rne", 0},               // a mask past the open term's letters
		{"z🤮rblax", "zorblax", 1},                   // an emoji for a letter
		{"zorb😂lax", "zorblax", 1},                  // an emoji put between letters
		{"z👏o👏r👏b👏l👏a👏x", "zorblax", 1},             // emoji between every letter
		{"q🤮rblax", "q🤮rblax", 0},                   // a shown letter disagrees
		{"they are 🐀🐀", "they are  rats  rats ", 2}, // an animal for a word
		{"ha 🙈 ok", "ha 🙈 ok", 0},                   // embarrassment, not an ape
		{"zorblax 🔥", "zorblax 🔥", 0},               // fire means "great"
	}
	for _, tc := range tests {
		got, spans := m.unmask(tc.in, "")
		if got != tc.want || len(spans) != tc.spans {
			t.Errorf("unmask(%q) = %q, %d spans; want %q, %d", tc.in, got, len(spans), tc.want, tc.spans)
		}
	}
}

// TestUnmaskOffsets: offsets in the unmasked text map back to the text as
// written, also after a letter that took more bytes than its asterisk.
func TestUnmaskOffsets(t *testing.T) {
	m := newMaskIndex()
	m.add("blørk")
	m.add("zorblax")
	text := "a bl*rk b z*rblax c"
	got, edits := m.unmask(text, "")
	if got != "a blørk b zorblax c" || len(edits) != 2 {
		t.Fatalf("unmask = %q, %d edits", got, len(edits))
	}
	for _, w := range []string{"a", "b", "c"} {
		us := strings.Index(got, w+" ")
		if w == "c" {
			us = len(got) - 1
		}
		if ts := textOffset(edits, us, false); text[ts:ts+1] != w {
			t.Errorf("%q at %d in the unmasked text maps to %d (%q)", w, us, ts, text[ts:])
		}
	}
	us := strings.Index(got, "blørk")
	if s, e := textOffset(edits, us, false), textOffset(edits, us+len("blørk"), true); text[s:e] != "bl*rk" {
		t.Errorf("the spelled-out word maps to %q, want %q", text[s:e], "bl*rk")
	}
	us = strings.Index(got, "rblax") // inside a spelled-out word: its edges
	if s, e := textOffset(edits, us, false), textOffset(edits, us+2, true); text[s:e] != "z*rblax" {
		t.Errorf("a span inside a spelled-out word maps to %q, want the word", text[s:e])
	}
}
