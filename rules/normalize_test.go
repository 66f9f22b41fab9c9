package rules

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// normalizeCases are named by the evasion they undo. Every want is itself a
// normal form, so the table also checks that normalising twice changes
// nothing.
var normalizeCases = []struct {
	name string
	in   string
	want string
}{
	// Case.
	{"case/en upper", "HATE", "hate"},
	{"case/en mixed", "HaTe YoU", "hate you"},
	{"case/da title", "Hej Med Dig", "hej med dig"},
	{"case/da æøå upper", "ÆRØ ØST ÅEN", "ærø øst åen"},

	// Leetspeak, one case per mapping.
	{"leet/4 is a", "h4d", "had"},
	{"leet/@ is a", "h@d", "had"},
	{"leet/3 is e", "3vil", "evil"},
	{"leet/1 is i", "b1tch", "bitch"},
	{"leet/! is i", "b!tch", "bitch"},
	{"leet/0 is o", "r0t", "rot"},
	{"leet/5 is s", "5lur", "slur"},
	{"leet/$ is s", "$v1n", "svin"},
	{"leet/7 is t", "7rash", "trash"},
	{"leet/+ is t", "+rash", "trash"},
	{"leet/9 is g", "9ay", "gay"},
	{"leet/8 is b", "8it", "bit"},
	{"leet/da several", "p3rk3r", "perker"},
	{"leet/da with double letter", "r0tt3r", "roter"},
	{"leet/fullwidth digit", "ｈ４ｔｅ", "hate"},
	{"leet/punctuation alone is not leet", "wow !!!", "wow"},
	{"leet/lone $ between spelled letters", "r. i. $.", "r. i. s"},

	// Separators between letters.
	{"separator/dot", "r.a.t", "r-a-t"},
	{"separator/hyphen", "r-a-t", "r-a-t"},
	{"separator/underscore", "r_a_t", "r-a-t"},
	{"separator/star", "r*a*t", "r-a-t"},
	{"separator/space", "r a t", "r a t"},
	{"separator/dot space", "r. a. t", "r. a. t"},
	{"separator/many spaces", "r   a \t t", "r a t"},
	{"separator/da letters", "d.æ.t", "d-æ-t"},
	{"separator/unicode hyphen and bullet", "r‐a•t", "r-a-t"},
	{"separator/no-break space", "r\u00a0a\u00a0t", "r a t"},

	// Repeated letters.
	{"repeat/en", "heeeelllo", "helo"},
	{"repeat/en word", "raaaaat", "rat"},
	{"repeat/da æ", "nææææj", "næj"},
	{"repeat/da å", "sååå", "så"},
	{"repeat/across separator keeps the split", "r-r", "r-r"},

	// Invisible characters.
	{"invisible/zero-width space U+200B", "h\u200bate", "hate"},
	{"invisible/zero-width non-joiner U+200C", "h\u200cate", "hate"},
	{"invisible/zero-width joiner U+200D", "h\u200date", "hate"},
	{"invisible/word joiner U+2060", "h\u2060ate", "hate"},
	{"invisible/BOM U+FEFF", "\ufeffh\ufeffate", "hate"},
	{"invisible/soft hyphen U+00AD", "so\u00adfa", "sofa"},
	{"invisible/all of them", "h\u200ba\u200ct\u200de\u2060\ufeff\u00ad", "hate"},

	// Accents.
	{"accent/precomposed é", "café", "cafe"},
	{"accent/combining U+0301", "cafe\u0301", "cafe"},
	{"accent/ö", "smörgås", "smorgås"},
	{"accent/ñ", "niño", "nino"},
	{"accent/ï", "naïve", "naive"},
	{"accent/several combining marks", "ra\u0301\u0308\u0323t", "rat"},
	{"accent/on æ keeps æ", "hǽ", "hæ"},

	// Look-alike letters.
	{"homoglyph/cyrillic a", "r\u0430t", "rat"},
	{"homoglyph/cyrillic p and a", "\u0440\u0430ypal", "paypal"},
	{"homoglyph/cyrillic capitals", "\u0421\u041e\u0420\u0415", "cope"},
	{"homoglyph/greek capitals", "ΡΑΤ", "pat"},
	{"homoglyph/greek eta", "Ηej", "hej"},
	{"homoglyph/greek small", "ταβ", "tab"},

	// Fullwidth and compatibility forms.
	{"fullwidth/lower", "ｈａｔｅ", "hate"},
	{"fullwidth/upper", "ＨＡＴＥ", "hate"},
	{"compat/ligature fi", "ﬁne", "fine"},
	{"compat/sharp s", "Straße", "strase"},

	// æ, ø and å.
	{"da/æøå kept", "Æble øl Åen", "æble øl åen"},
	{"da/a with combining ring is å", "a\u030a", "å"},
	{"da/A with combining ring in a word", "A\u030alborg", "ålborg"},
	{"da/ø is not o", "rød grød", "rød grød"},

	// Markdown.
	{"markdown/bold", "**bold**", "bold"},
	{"markdown/spoiler", "||spoiler||", "spoiler"},
	{"markdown/code", "`code`", "code"},
	{"markdown/strike", "~~strike~~", "strike"},
	{"markdown/underline", "__under__", "under"},
	{"markdown/in a sentence", "you **r a t**", "you r a t"},

	// Punctuation and breaks.
	{"punct/comma is a hard break", "hello, world", "helo | world"},
	{"punct/apostrophe joins", "don't", "dont"},
	{"punct/newline is a hard break", "ab\ncd", "ab | cd"},
	{"punct/quotes", "\"quoted\" text", "quoted | text"},
	{"punct/guillemets", "han skrev »din rat« og", "han skrev | din rat | og"},
	{"punct/empty", "", ""},
	{"punct/only punctuation", "?!.,;:", ""},

	// Invalid UTF-8.
	{"utf8/invalid between letters", "a\xffb", "a | b"},
	{"utf8/invalid leading bytes", "\xff\xfeabc", "abc"},
	{"utf8/truncated rune", "ab\xc3", "ab"},
	{"utf8/only invalid", "\xff\xfe\xfd", ""},

	// Emoji.
	{"emoji/ZWJ family", "👨\u200d👩\u200d👧 hi", "hi"},
	{"emoji/variation selector", "❤\ufe0f hate", "hate"},
	{"emoji/skin tone between words", "hate 👍🏽 you", "hate | you"},
	{"emoji/ZWJ inside a word", "ha\u200d👍te", "ha | te"},
	// An exclamation mark ends a plain word; in a leet word it is an i.
	{"bang/ends sentence", "what a weekend! fine", "what a wekend | fine"},
	{"bang/in leet word", "kl33ndj!", "klendji"},
	{"bang/inside word", "sh!t", "shit"},
	// Two leet digits between leet words are letters; numbers elsewhere stay.
	{"leet digits/between leet words", "v4r 90 o5k", "var go osk"},
	{"leet digits/a number", "kom om 90 min", "kom om 90 min"},
}

func TestNormalize(t *testing.T) {
	for _, tc := range normalizeCases {
		t.Run(tc.name, func(t *testing.T) {
			got := Normalize(tc.in)
			if got != tc.want {
				t.Errorf("Normalize(%q) = %q, want %q", tc.in, got, tc.want)
			}
			if !utf8.ValidString(got) {
				t.Errorf("Normalize(%q) = %q is not valid UTF-8", tc.in, got)
			}
			if again := Normalize(got); again != got {
				t.Errorf("Normalize(Normalize(%q)) = %q, want %q", tc.in, again, got)
			}
		})
	}
}

func TestNormalizeLongRuns(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string
	}{
		{"long repeat", strings.Repeat("a", 100000), "a"},
		{"long invalid", strings.Repeat("\xff", 100000), ""},
		{"long spelled", strings.Repeat("a.b.", 2500), strings.TrimSuffix(strings.Repeat("a-b-", 2500), "-")},
		{"many words", strings.Repeat("hej ", 1000), strings.TrimSuffix(strings.Repeat("hej ", 1000), " ")},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Normalize(tc.in); got != tc.want {
				t.Errorf("Normalize(%.20q...) = %.40q, want %.40q", tc.in, got, tc.want)
			}
		})
	}
}

// spanPack has terms for the span tests; "ål" is there for the combining
// ring.
const spanPack = `
pack: spans
rules:
  - id: s.rat
    category: slur
    terms: [rat]
  - id: s.drix
    category: slur
    terms: [drix]
  - id: s.eel
    category: harassment
    terms: [ål]
  - id: s.phrase
    category: threat
    terms: [kill all zorbs]
`

func mustCompile(tb testing.TB, yaml string) *Engine {
	tb.Helper()
	p, err := ParsePack("test.yaml", []byte(yaml))
	if err != nil {
		tb.Fatalf("ParsePack: %v", err)
	}
	e, err := Compile(p)
	if err != nil {
		tb.Fatalf("Compile: %v", err)
	}
	return e
}

// TestMatchSpans checks that every match points into the original text at
// the evasive form, not at the normal form.
func TestMatchSpans(t *testing.T) {
	e := mustCompile(t, spanPack)
	tests := []struct {
		name     string
		text     string
		rule     string
		wantSpan string
	}{
		{"plain", "you are a rat", "s.rat", "rat"},
		{"hyphens", "you are a r-a-t", "s.rat", "r-a-t"},
		{"dots and spaces", "you r. a. t!", "s.rat", "r. a. t"},
		{"spelled out", "hey d r i x ok", "s.drix", "d r i x"},
		{"leet", "u r a r4t", "s.rat", "r4t"},
		{"leet at the end", "h3y dr1x", "s.drix", "dr1x"},
		{"repeated letters", "heey raaaat", "s.rat", "raaaat"},
		{"upper case", "YOU RAT", "s.rat", "RAT"},
		{"zero-width inside", "a r\u200ba\u200dt here", "s.rat", "r\u200ba\u200dt"},
		{"zero-width before", "a \u200brat", "s.rat", "rat"},
		{"combining accent inside", "ra\u0301t", "s.rat", "ra\u0301t"},
		{"precomposed accent", "råt", "s.rat", ""}, // å is a letter of its own
		{"cyrillic", "you r\u0430t", "s.rat", "r\u0430t"},
		{"fullwidth", "ｒａｔ!", "s.rat", "ｒａｔ"},
		{"markdown", "**rat**", "s.rat", "rat"},
		{"spoiler", "||r a t||", "s.rat", "r a t"},
		{"combining ring makes å", "et a\u030al", "s.eel", "a\u030al"},
		{"precomposed å", "et Ål", "s.eel", "Ål"},
		{"joined phrase", "killallzorbs now", "s.phrase", "killallzorbs"},
		{"phrase with extra spaces", "kill  all   zorbs", "s.phrase", "kill  all   zorbs"},
		{"after invalid UTF-8", "\xff\xferat", "s.rat", "rat"},
		{"after emoji", "😀 rat", "s.rat", "rat"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v := e.Check(tc.text)
			var found *Match
			for _, m := range append(v.Matches, v.Guarded...) {
				if m.Start < 0 || m.Start > m.End || m.End > len(tc.text) {
					t.Fatalf("match %s span [%d,%d) outside text of %d bytes", m.Rule, m.Start, m.End, len(tc.text))
				}
				if got := tc.text[m.Start:m.End]; got != m.Text {
					t.Errorf("match %s: text[%d:%d] = %q but Text = %q", m.Rule, m.Start, m.End, got, m.Text)
				}
				if m.Rule == tc.rule {
					found = &m
				}
			}
			if tc.wantSpan == "" {
				if found != nil {
					t.Fatalf("%q: %s matched %q, want no match", tc.text, tc.rule, found.Text)
				}
				return
			}
			if found == nil {
				t.Fatalf("%q: no match of %s in %s", tc.text, tc.rule, v)
			}
			if found.Text != tc.wantSpan {
				t.Errorf("%q: %s span = %q, want %q", tc.text, tc.rule, found.Text, tc.wantSpan)
			}
		})
	}
}
