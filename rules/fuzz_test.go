package rules_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/trygbot/trygbot/rules"
)

// fuzzTexts seed the text fuzzers with every kind of evasion the normaliser
// handles, in Danish and English.
var fuzzTexts = []string{
	"",
	"you are a zorblax",
	"you are a r-a-t",
	"Y.O.U  Z0RBL4X!!",
	"z o r b l a x",
	"v. o. r. b.",
	"zoooorblaaax",
	"z\u200bo\u200cr\u200db\u2060l\ufeffa\u00adx",
	"zórblàx zo\u0301rbla\u0308x",
	"z\u043erbl\u0430x ΖΟΡΒ",
	"ｚｏｒｂｌａｘ ４ ！",
	"**zorb** ||spoiler|| `code` ~~strike~~ __u__",
	"Ærø Øst Åen a\u030alborg A\u030a",
	"zorbs are not rats",
	"zorberne er ikke rotter, de er søde",
	"i dont hate zorbs",
	"he wrote \"you zorblax\" and I reported it",
	"han skrev »din zorblax« og „quibfen“",
	"im a quibfen and proud",
	"killallzorbs",
	"kill all. Zorbs",
	"vi fik te i går",
	"heil zorb",
	"snerkelig snerkhoved fagforening",
	"\xff\xfe\xfd a\xffb ab\xc3",
	"👨\u200d👩\u200d👧 ❤\ufe0f 👍🏽 zorb\u200d👍",
	"h4te! $lur @user 1337 r. i. $.",
	"line one\nline two\r\nthree\ttabs",
	"don't can’t isn't",
	"Straße ﬁne ﬃ Ⅻ ㎏ ǆ",
	"a\u0301\u030a e\u030a",
}

// FuzzNormalize checks that Normalize never panics, returns valid UTF-8,
// and is idempotent.
func FuzzNormalize(f *testing.F) {
	for _, s := range fuzzTexts {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := rules.Normalize(s)
		if !utf8.ValidString(n) {
			t.Fatalf("Normalize(%q) = %q is not valid UTF-8", s, n)
		}
		if strings.HasPrefix(n, " ") || strings.HasSuffix(n, " ") || strings.Contains(n, "  ") {
			t.Fatalf("Normalize(%q) = %q has stray spaces", s, n)
		}
		if nn := rules.Normalize(n); nn != n {
			t.Fatalf("Normalize is not idempotent on %q:\n once  %q\n twice %q", s, n, nn)
		}
	})
}

// fuzzPack exercises every rule kind and guard.
const fuzzPack = `
pack: fuzz
lexicons:
  negation: {terms: [not, ikke, no longer]}
  counter_speech: {terms: [is racist, er racistisk]}
  self_reference: {terms: [im a, jeg er]}
  common_words: {terms: [vi, fik, te, i, går, a, the]}
  group: {match: prefix, terms: [zorbs, zorber]}
  vermin: {terms: [rats, rotter, scum]}
exceptions: [fagforening]
rules:
  - {id: f.word, category: slur, terms: [zorblax, rat, fiktei, ål]}
  - {id: f.prefix, category: slur, terms: ["snerk*"], exceptions: [snerkelig]}
  - {id: f.any, category: harassment, terms: ["*fag*"]}
  - {id: f.phrase, category: threat, terms: [kill all zorbs]}
  - {id: f.reclaim, category: slur, terms: [quibfen], unless: [{lexicon: self_reference}]}
  - {id: f.near, category: dehumanisation, near: [group, vermin], within: 3}
  - {id: f.ordered, category: harassment, near: [vermin, group], ordered: true, negation: before}
  - {id: f.regex, category: extremism, regex: 'heil \w+|\| \|'}
`

// FuzzEvaluate checks that Evaluate never panics and that every span points
// into the original text at the match's Text.
func FuzzEvaluate(f *testing.F) {
	e := mustEngine(f, fuzzPack)
	for _, s := range fuzzTexts {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v := e.Evaluate(rules.Message{Text: s, Lang: "da"})
		for _, m := range append(v.Matches, v.Guarded...) {
			if m.Start < 0 || m.Start > m.End || m.End > len(s) {
				t.Fatalf("Evaluate(%q): match %s span [%d,%d) outside text of %d bytes", s, m.Rule, m.Start, m.End, len(s))
			}
			if s[m.Start:m.End] != m.Text {
				t.Fatalf("Evaluate(%q): match %s text[%d:%d] = %q, Text = %q", s, m.Rule, m.Start, m.End, s[m.Start:m.End], m.Text)
			}
			if m.Score < 0 || m.Score > 1 {
				t.Fatalf("Evaluate(%q): match %s score %v", s, m.Rule, m.Score)
			}
		}
		if v.Flagged != (len(v.Matches) > 0 && v.Score >= e.Threshold()) {
			t.Fatalf("Evaluate(%q): flagged %v with score %v: %s", s, v.Flagged, v.Score, v)
		}
		if len(v.Matches)+len(v.Guarded) > 0 && len(s) <= rules.DefaultMaxText && v.Normalized != rules.Normalize(s) {
			t.Fatalf("Evaluate(%q): Normalized %q, Normalize gives %q", s, v.Normalized, rules.Normalize(s))
		}
	})
}

// FuzzParsePack checks that ParsePack and Compile never panic, and that a
// compiled engine evaluates.
func FuzzParsePack(f *testing.F) {
	seeds := []string{
		fuzzPack,
		"pack: t\nrules:\n  - {id: a, category: slur, terms: [zorb]}\n",
		"pack: t\nthreshold: 0.3\ndisable: [x.*]\n",
		"pack: t\nlexicons:\n  g:\n",
		"pack: t\nrules:\n  - id: a\n    category: slur\n    terms: [zorb\n",
		"pack: t\nrules:\n  - zorb\n",
		"pack: t\nrules: {a: b}\n",
		"pack: t\nlexicons: [a]\n",
		"pack: t\nscope: x\n",
		"pack: t\nrules:\n  - &r {id: a, category: slur, terms: [zorb]}\n  - *r\n",
		"pack: t\nrules:\n  - {id: a, category: slur, near: [g, h], within: -1}\n",
		"pack: t\nrules:\n  - {id: a, category: slur, regex: '('}\n",
		"pack: t\nrules:\n  - {id: a, category: slur, terms: ['', '*', '**', 'a, b']}\n",
		"pack: t\nrules:\n  - {id: a, category: slur, terms: [x], unless: [{lexicon: nope}]}\n",
		"pack: t\nrules:\n  - {id: a, category: slur, terms: [x], unless: x}\n",
		"pack: t\nrules:\n  - {id: a, category: slur, score: .nan, terms: [x]}\n",
		"pack: t\nthreshold: .inf\n",
		"- a\n",
		"",
		"pack: [a]\n",
		"pack: t\nexceptions: [\"\"]\nrules:\n  - {id: a, category: slur, terms: [x]}\n",
		"pack: t\n<<: {rules: []}\n",
	}
	for _, s := range seeds {
		f.Add(s)
	}
	base, err := rules.BuiltinPack("base")
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, y string) {
		p, err := rules.ParsePack("fuzz.yaml", []byte(y))
		if err != nil {
			if p != nil {
				t.Fatalf("ParsePack returned a pack and error %v", err)
			}
			if !strings.HasPrefix(err.Error(), "fuzz.yaml") {
				t.Fatalf("error %q does not name the file", err)
			}
			return
		}
		for _, packs := range [][]*rules.Pack{{p}, {base, p}} {
			e, err := rules.Compile(packs...)
			if (e == nil) == (err == nil) {
				t.Fatalf("Compile returned engine %v and error %v", e != nil, err)
			}
			if e != nil {
				for _, s := range []string{"zorb zorblax x", "a b c d e f g", "heil x", ""} {
					e.Check(s)
				}
			}
		}
	})
}
