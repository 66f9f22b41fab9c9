package rules_test

import (
	"errors"
	"fmt"
	"math"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/trygbot/trygbot/rules"
)

// The packs here are written for the tests, with invented words where a
// term's meaning does not matter, so that no test depends on the content
// of the built-in en and da packs.

// mustEngine compiles packs given as YAML, in order.
func mustEngine(tb testing.TB, yamls ...string) *rules.Engine {
	tb.Helper()
	packs := make([]*rules.Pack, len(yamls))
	for i, y := range yamls {
		p, err := rules.ParsePack(fmt.Sprintf("test%d.yaml", i+1), []byte(y))
		if err != nil {
			tb.Fatalf("ParsePack pack %d: %v", i+1, err)
		}
		packs[i] = p
	}
	e, err := rules.Compile(packs...)
	if err != nil {
		tb.Fatalf("Compile: %v", err)
	}
	return e
}

// compileErr compiles packs that must be refused and returns the error.
func compileErr(tb testing.TB, yamls ...string) error {
	tb.Helper()
	packs := make([]*rules.Pack, len(yamls))
	for i, y := range yamls {
		p, err := rules.ParsePack(fmt.Sprintf("test%d.yaml", i+1), []byte(y))
		if err != nil {
			tb.Fatalf("ParsePack pack %d: %v", i+1, err)
		}
		packs[i] = p
	}
	e, err := rules.Compile(packs...)
	if err == nil {
		tb.Fatalf("Compile accepted the packs, want an error")
	}
	if e != nil {
		tb.Errorf("Compile returned an engine along with error %v", err)
	}
	return err
}

// findMatch returns the match or guarded match of rule id.
func findMatch(v rules.Verdict, id string) (rules.Match, bool) {
	for _, m := range v.Matches {
		if m.Rule == id {
			return m, true
		}
	}
	for _, m := range v.Guarded {
		if m.Rule == id {
			return m, true
		}
	}
	return rules.Match{}, false
}

// matchedRules lists the rules that counted in v.
func matchedRules(v rules.Verdict) []string {
	var ids []string
	for _, m := range v.Matches {
		ids = append(ids, m.Rule)
	}
	return ids
}

// guardOf returns the guard of rule id's guarded match, or "".
func guardOf(v rules.Verdict, id string) string {
	for _, m := range v.Guarded {
		if m.Rule == id {
			return m.Guard
		}
	}
	return ""
}

// checkSpans fails if a match's span does not point into text at its Text.
func checkSpans(tb testing.TB, text string, v rules.Verdict) {
	tb.Helper()
	for _, m := range append(slices.Clone(v.Matches), v.Guarded...) {
		if m.Start < 0 || m.Start > m.End || m.End > len(text) {
			tb.Fatalf("match %s: span [%d,%d) outside text of %d bytes", m.Rule, m.Start, m.End, len(text))
		}
		if got := text[m.Start:m.End]; got != m.Text {
			tb.Errorf("match %s: text[%d:%d] = %q, Text = %q", m.Rule, m.Start, m.End, got, m.Text)
		}
	}
}

const modesPack = `
pack: modes
version: "1"
rules:
  - id: m.word
    category: slur
    terms: [zorb]
  - id: m.prefix
    category: slur
    terms: ["vorbax*"]
  - id: m.suffix
    category: harassment
    terms: ["*bolle"]
  - id: m.anywhere
    category: harassment
    terms: ["*quib*"]
  - id: m.match-prefix
    category: slur
    match: prefix
    terms: [dræk]
  - id: m.match-suffix
    category: slur
    match: suffix
    terms: [flump]
  - id: m.match-anywhere
    category: slur
    match: anywhere
    terms: [snerk]
`

func TestTermModes(t *testing.T) {
	e := mustEngine(t, modesPack)
	tests := []struct {
		name     string
		text     string
		rule     string // "" for no match at all
		wantText string
	}{
		{"word/alone", "zorb", "m.word", "zorb"},
		{"word/in a sentence", "you are a zorb.", "m.word", "zorb"},
		{"word/not a prefix", "zorbs", "", ""},
		{"word/not a suffix", "azorb", "", ""},
		{"word/not inside", "azorbs", "", ""},
		{"star prefix/alone", "vorbax", "m.prefix", "vorbax"},
		{"star prefix/compound", "vorbaxfolk", "m.prefix", "vorbax"},
		{"star prefix/not as suffix", "bigvorbax", "", ""},
		{"star suffix/alone", "bolle", "m.suffix", "bolle"},
		{"star suffix/compound", "flødebolle", "m.suffix", "bolle"},
		{"star suffix/not as prefix", "bollerne", "", ""},
		{"star anywhere/inside", "xxquibyy", "m.anywhere", "quib"},
		{"star anywhere/start", "quibes", "m.anywhere", "quib"},
		{"span covers a collapsed run", "quibble", "m.anywhere", "quibb"},
		{"match prefix/compound", "drækhoved", "m.match-prefix", "dræk"},
		{"match prefix/not as suffix", "stordræk", "", ""},
		{"match suffix/compound", "grøntflump", "m.match-suffix", "flump"},
		{"match suffix/not as prefix", "flumpen", "", ""},
		{"match anywhere/inside", "ansnerkelig", "m.match-anywhere", "snerk"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v := e.Check(tc.text)
			checkSpans(t, tc.text, v)
			if tc.rule == "" {
				if v.Flagged || len(v.Matches)+len(v.Guarded) > 0 {
					t.Fatalf("Check(%q) = %s, want no match", tc.text, v)
				}
				return
			}
			if !v.Flagged {
				t.Fatalf("Check(%q) not flagged: %s", tc.text, v)
			}
			if got := matchedRules(v); !slices.Equal(got, []string{tc.rule}) {
				t.Fatalf("Check(%q) matched %v, want [%s]", tc.text, got, tc.rule)
			}
			if got := v.Matches[0].Text; got != tc.wantText {
				t.Errorf("Check(%q) span = %q, want %q", tc.text, got, tc.wantText)
			}
		})
	}
}

func TestCompoundException(t *testing.T) {
	e := mustEngine(t, `
pack: da-test
lang: da
rules:
  - id: da.slur.n
    category: slur
    terms: ["neger*"]
    exceptions: [negere, negeret]
`)
	tests := []struct {
		name      string
		text      string
		flagged   bool
		wantGuard string
	}{
		{"the word", "din neger", true, ""},
		{"compound", "negerboller er et gammelt ord", true, ""},
		{"plural compound", "negerne", true, ""},
		{"exception", "man kan negere et udsagn", false, "exception: negere"},
		{"second exception", "det blev negeret", false, "exception: negeret"},
		{"exception in capitals", "NEGERE", false, "exception: negere"},
		{"exception does not cover other words", "negere og neger", true, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v := e.Check(tc.text)
			checkSpans(t, tc.text, v)
			if v.Flagged != tc.flagged {
				t.Fatalf("Check(%q).Flagged = %v, want %v: %s", tc.text, v.Flagged, tc.flagged, v)
			}
			if got := guardOf(v, "da.slur.n"); got != tc.wantGuard {
				t.Errorf("Check(%q) guard = %q, want %q", tc.text, got, tc.wantGuard)
			}
		})
	}
}

func TestPackWideExceptions(t *testing.T) {
	rulesPack := `
pack: one
rules:
  - id: x.fag
    category: harassment
    terms: ["*fag*"]
  - id: x.zorb
    category: slur
    terms: ["zorb*"]
`
	exceptionPack := `
pack: two
exceptions: [fagforening, zorbmester]
`
	e := mustEngine(t, rulesPack, exceptionPack)
	tests := []struct {
		name      string
		text      string
		rule      string
		flagged   bool
		wantGuard string
	}{
		{"fag alone", "the fag", "x.fag", true, ""},
		{"exception of a later pack", "min fagforening", "x.fag", false, "exception: fagforening"},
		{"exception of another rule", "zorbmester", "x.zorb", false, "exception: zorbmester"},
		{"compound not excepted", "zorbmesteren", "x.zorb", true, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v := e.Check(tc.text)
			if v.Flagged != tc.flagged {
				t.Fatalf("Check(%q).Flagged = %v, want %v: %s", tc.text, v.Flagged, tc.flagged, v)
			}
			if _, ok := findMatch(v, tc.rule); !ok {
				t.Fatalf("Check(%q): no match or guarded match of %s: %s", tc.text, tc.rule, v)
			}
			if got := guardOf(v, tc.rule); got != tc.wantGuard {
				t.Errorf("Check(%q) guard = %q, want %q", tc.text, got, tc.wantGuard)
			}
		})
	}
	// Without the second pack the exception is gone.
	if v := mustEngine(t, rulesPack).Check("min fagforening"); !v.Flagged {
		t.Errorf("without the exception pack, fagforening not flagged: %s", v)
	}
}

func TestPhrases(t *testing.T) {
	e := mustEngine(t, `
pack: phrases
rules:
  - id: p.kill
    category: threat
    terms: [kill all zorbs, sendt hjem i kasser]
`)
	tests := []struct {
		name        string
		text        string
		flagged     bool
		wantText    string
		wantEvasion string
	}{
		{"phrase", "we should kill all zorbs", true, "kill all zorbs", ""},
		{"phrase in capitals", "KILL ALL ZORBS", true, "KILL ALL ZORBS", ""},
		{"joined words", "killallzorbs", true, "killallzorbs", "joined words"},
		{"partly joined", "killall zorbs", true, "killall zorbs", "joined words"},
		{"da phrase", "sendt hjem i kasser nu", true, "sendt hjem i kasser", ""},
		{"da joined", "sendthjemikasser", true, "sendthjemikasser", "joined words"},
		{"extra word inside", "kill all the zorbs", false, "", ""},
		{"hard break inside", "kill all! Zorbs", false, "", ""},
		{"newline inside", "kill all\nzorbs", false, "", ""},
		{"comma inside", "kill, all zorbs", false, "", ""},
		{"longer last word", "kill all zorbsies", false, "", ""},
		{"part only", "kill all", false, "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v := e.Check(tc.text)
			checkSpans(t, tc.text, v)
			if v.Flagged != tc.flagged {
				t.Fatalf("Check(%q).Flagged = %v, want %v: %s", tc.text, v.Flagged, tc.flagged, v)
			}
			if !tc.flagged {
				return
			}
			m := v.Matches[0]
			if m.Text != tc.wantText {
				t.Errorf("Check(%q) span = %q, want %q", tc.text, m.Text, tc.wantText)
			}
			if m.Evasion != tc.wantEvasion {
				t.Errorf("Check(%q) evasion = %q, want %q", tc.text, m.Evasion, tc.wantEvasion)
			}
		})
	}
}

const spacingRules = `
pack: spacing
rules:
  - id: s.drix
    category: slur
    terms: [drix]
  - id: s.vorb
    category: slur
    terms: [vorb]
  - id: s.daetolt
    category: slur
    terms: [dætolt]
  - id: s.fiktei
    category: slur
    terms: [fiktei]
  - id: s.long
    category: slur
    terms: [zorquiblaxfen]
`

func TestSpacingEvasion(t *testing.T) {
	base, err := rules.BuiltinPack("base")
	if err != nil {
		t.Fatal(err)
	}
	p, err := rules.ParsePack("spacing.yaml", []byte(spacingRules))
	if err != nil {
		t.Fatal(err)
	}
	withBase, err := rules.Compile(base, p)
	if err != nil {
		t.Fatal(err)
	}
	// The same rules with a pack's own short common-word list, so the
	// rejection does not hang on the base pack alone.
	ownCommon := mustEngine(t, spacingRules, `
pack: common
lexicons:
  common_words:
    terms: [vi, fik, te, i, går]
`)
	noCommon := mustEngine(t, spacingRules)
	tests := []struct {
		name     string
		text     string
		rule     string // "" for no match
		wantText string
	}{
		{"spelled out", "din d r i x", "s.drix", "d r i x"},
		{"spelled with dots", "v.o.r.b", "s.vorb", "v.o.r.b"},
		{"spelled with dots and spaces", "v. o. r. b.", "s.vorb", "v. o. r. b"},
		{"spelled with hyphens", "d-r-i-x!", "s.drix", "d-r-i-x"},
		{"two-letter pieces", "dr ix", "s.drix", "dr ix"},
		{"one split of a six-letter term", "dæt olt", "s.daetolt", "dæt olt"},
		{"two long splits of a long term", "zor quiblax fen", "s.long", "zor quiblax fen"},
		{"three long splits are words", "zor qui blax fen", "", ""},
		{"not every piece common", "fik tei", "s.fiktei", "fik tei"},
		{"every piece a common word", "vi fik te i går", "", ""},
		{"common words with punctuation between", "fik-te-i", "s.fiktei", "fik-te-i"},
		{"hard break is never crossed", "dr, ix", "", ""},
		{"newline is never crossed", "dr\nix", "", ""},
	}
	for _, tc := range tests {
		for _, eng := range []struct {
			name string
			e    *rules.Engine
		}{{"base", withBase}, {"own", ownCommon}} {
			t.Run(tc.name+"/"+eng.name, func(t *testing.T) {
				v := eng.e.Check(tc.text)
				checkSpans(t, tc.text, v)
				if tc.rule == "" {
					if v.Flagged {
						t.Fatalf("Check(%q) = %s, want not flagged", tc.text, v)
					}
					return
				}
				m, ok := findMatch(v, tc.rule)
				if !ok || !v.Flagged {
					t.Fatalf("Check(%q) = %s, want %s flagged", tc.text, v, tc.rule)
				}
				if m.Text != tc.wantText {
					t.Errorf("Check(%q) span = %q, want %q", tc.text, m.Text, tc.wantText)
				}
				if tc.text != tc.wantText && !strings.Contains(m.Evasion, "spacing") {
					t.Errorf("Check(%q) evasion = %q, want it to name spacing", tc.text, m.Evasion)
				}
			})
		}
	}
	// Without a common-word list nothing tells "fik te i" from evasion.
	if v := noCommon.Check("vi fik te i går"); !v.Flagged {
		t.Errorf("without common words, %q not flagged: %s", "vi fik te i går", v)
	}
}

const nearPack = `
pack: near
lexicons:
  negation:
    terms: [not, dont, ikke, aldrig, no longer]
  group:
    match: prefix
    terms: [zorbs, quibber]
  vermin:
    terms: [rats, rotter, parasites]
  hate:
    terms: [hate, hader]
  deport:
    terms: [deport, udvis]
rules:
  - id: n.vermin
    category: dehumanisation
    near: [group, vermin]
    within: 2
  - id: n.hate
    category: harassment
    near: [hate, group]
    ordered: true
    negation: before
  - id: n.deport
    category: generalisation
    near: [deport, group]
    within: 1
    negation: none
`

func TestNear(t *testing.T) {
	e := mustEngine(t, nearPack)
	tests := []struct {
		name      string
		text      string
		rule      string
		flagged   bool
		wantGuard string
		wantText  string
	}{
		{"en adjacent", "zorbs rats", "n.vermin", true, "", "zorbs rats"},
		{"en within", "zorbs are rats", "n.vermin", true, "", "zorbs are rats"},
		{"en at the limit", "zorbs are filthy rats", "n.vermin", true, "", "zorbs are filthy rats"},
		{"en beyond the limit", "zorbs are big filthy rats", "n.vermin", false, "", ""},
		{"en either order", "rats, that is what zorbs are", "n.vermin", false, "", ""},
		{"en reversed within", "rats like zorbs", "n.vermin", true, "", "rats like zorbs"},
		{"en negated between", "zorbs are not rats", "n.vermin", false, "negation: not", "zorbs are not rats"},
		{"en negation phrase between", "zorbs no longer parasites", "n.vermin", false, "negation: no longer", "zorbs no longer parasites"},
		{"en negation before does not cancel a between rule", "not that zorbs are rats", "n.vermin", true, "", "zorbs are rats"},
		{"da prefix group", "quibberne er rotter", "n.vermin", true, "", "quibberne er rotter"},
		{"da negated", "quibberne er ikke rotter", "n.vermin", false, "negation: ike", "quibberne er ikke rotter"},
		{"da one negated one not", "zorbs er rotter men quibber er ikke rotter", "n.vermin", true, "", "zorbs er rotter"},
		{"ordered", "i hate zorbs", "n.hate", true, "", "hate zorbs"},
		{"ordered wrong order", "zorbs hate me", "n.hate", false, "", ""},
		{"negation before", "i dont hate zorbs", "n.hate", false, "negation: dont", "hate zorbs"},
		{"negation one word before", "i do not hate zorbs", "n.hate", false, "negation: not", "hate zorbs"},
		{"negation between with before", "i hate not zorbs", "n.hate", false, "negation: not", "hate not zorbs"},
		{"da negation before", "jeg hader aldrig quibber", "n.hate", false, "negation: aldrig", "hader aldrig quibber"},
		{"negation none", "deport not zorbs", "n.deport", true, "", "deport not zorbs"},
		{"within one", "udvis alle quibber", "n.deport", true, "", "udvis alle quibber"},
		{"one part only", "zorbs are lovely", "n.vermin", false, "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v := e.Check(tc.text)
			checkSpans(t, tc.text, v)
			if v.Flagged != tc.flagged {
				t.Fatalf("Check(%q).Flagged = %v, want %v: %s", tc.text, v.Flagged, tc.flagged, v)
			}
			m, ok := findMatch(v, tc.rule)
			if tc.wantText == "" {
				if ok {
					t.Fatalf("Check(%q): %s matched %q, want no match", tc.text, tc.rule, m.Text)
				}
				return
			}
			if !ok {
				t.Fatalf("Check(%q): no match of %s: %s", tc.text, tc.rule, v)
			}
			if m.Guard != tc.wantGuard {
				t.Errorf("Check(%q) guard = %q, want %q", tc.text, m.Guard, tc.wantGuard)
			}
			if m.Text != tc.wantText {
				t.Errorf("Check(%q) span = %q, want %q", tc.text, m.Text, tc.wantText)
			}
			if len(m.Normalized) != 2 {
				t.Errorf("Check(%q) normalized terms = %q, want the two parts", tc.text, m.Normalized)
			}
		})
	}
}

const guardPack = `
pack: guards
lexicons:
  counter_speech:
    terms: [is racist, stop calling, er racistisk]
  self_reference:
    terms: [im a, i am a, proud, jeg er]
rules:
  - id: g.slur
    category: slur
    terms: [zorblax]
  - id: g.reclaim
    category: slur
    terms: [quibfen]
    unless: [{lexicon: self_reference}]
  - id: g.threat
    category: threat
    terms: [vorbkill]
`

func TestCounterSpeech(t *testing.T) {
	e := mustEngine(t, guardPack)
	tests := []struct {
		name      string
		text      string
		rule      string
		flagged   bool
		wantScore float64
		wantGuard string
	}{
		{"plain", "you zorblax", "g.slur", true, 0.8, ""},
		{"en counter-speech", "calling someone a zorblax is racist", "g.slur", false, 0.8 * 0.4, "counter-speech: is racist"},
		{"en stop calling", "stop calling people zorblax", "g.slur", false, 0.8 * 0.4, "counter-speech: stop caling"},
		{"da counter-speech", "det er racistisk at sige zorblax", "g.slur", false, 0.8 * 0.4, "counter-speech: er racistisk"},
		{"urgent dampened too", "vorbkill is racist", "g.threat", false, 0.95 * 0.4, "counter-speech: is racist"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v := e.Check(tc.text)
			if v.Flagged != tc.flagged {
				t.Fatalf("Check(%q).Flagged = %v, want %v: %s", tc.text, v.Flagged, tc.flagged, v)
			}
			m, ok := findMatch(v, tc.rule)
			if !ok {
				t.Fatalf("Check(%q): no match of %s: %s", tc.text, tc.rule, v)
			}
			if math.Abs(m.Score-tc.wantScore) > 1e-9 {
				t.Errorf("Check(%q) score = %v, want %v", tc.text, m.Score, tc.wantScore)
			}
			if m.Guard != tc.wantGuard {
				t.Errorf("Check(%q) guard = %q, want %q", tc.text, m.Guard, tc.wantGuard)
			}
		})
	}
	// Counter-speech dampens; with a low threshold a dampened match still
	// counts.
	low := mustEngine(t, guardPack, "pack: low\nthreshold: 0.3\n")
	v := low.Check("calling someone a zorblax is racist")
	if !v.Flagged || len(v.Matches) != 1 || math.Abs(v.Score-0.32) > 1e-9 {
		t.Errorf("threshold 0.3: got %s, want flagged with score 0.32", v)
	}
}

func TestQuotation(t *testing.T) {
	e := mustEngine(t, guardPack)
	tests := []struct {
		name      string
		text      string
		flagged   bool
		wantScore float64
		wantGuard string
	}{
		{"en quoted", `he wrote "you zorblax" and that is wrong`, false, 0.4, "quotation"},
		{"da guillemets", "han skrev »din zorblax« og det er forkert", false, 0.4, "quotation"},
		{"da low-high quotes", "hun skrev „zorblax“ til mig", false, 0.4, "quotation"},
		{"whole message quoted", `"zorblax"`, true, 0.8, ""},
		{"outside the quotes", `"hello" you zorblax`, true, 0.8, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v := e.Check(tc.text)
			if v.Flagged != tc.flagged {
				t.Fatalf("Check(%q).Flagged = %v, want %v: %s", tc.text, v.Flagged, tc.flagged, v)
			}
			m, ok := findMatch(v, "g.slur")
			if !ok {
				t.Fatalf("Check(%q): no match of g.slur: %s", tc.text, v)
			}
			if math.Abs(m.Score-tc.wantScore) > 1e-9 || m.Guard != tc.wantGuard {
				t.Errorf("Check(%q) = score %v guard %q, want score %v guard %q", tc.text, m.Score, m.Guard, tc.wantScore, tc.wantGuard)
			}
		})
	}
}

func TestUnlessSelfReference(t *testing.T) {
	e := mustEngine(t, guardPack)
	tests := []struct {
		name      string
		text      string
		flagged   bool
		wantGuard string
	}{
		{"en self-reference", "im a quibfen and proud of it", false, "self_reference: im a"},
		{"en one word between", "im a proud quibfen", false, "self_reference: im a"},
		{"en proud", "proud quibfen", false, "self_reference: proud"},
		{"da self-reference", "jeg er quibfen", false, "self_reference: jeg er"},
		{"alone", "quibfen", true, ""},
		{"about someone else", "you are a quibfen", true, ""},
		{"too far before", "i am a person who would never call anyone quibfen", true, ""},
		{"after the word", "quibfen im a", true, ""},
		{"other rules unaffected", "im a zorblax", true, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v := e.Check(tc.text)
			if v.Flagged != tc.flagged {
				t.Fatalf("Check(%q).Flagged = %v, want %v: %s", tc.text, v.Flagged, tc.flagged, v)
			}
			if got := guardOf(v, "g.reclaim"); got != tc.wantGuard {
				t.Errorf("Check(%q) guard = %q, want %q", tc.text, got, tc.wantGuard)
			}
		})
	}
	err := compileErr(t, "pack: u\nrules:\n  - id: u.x\n    category: slur\n    terms: [x]\n    unless: [{lexicon: nowhere}]\n")
	if !strings.Contains(err.Error(), `"nowhere"`) || !strings.Contains(err.Error(), "test1.yaml:3:") {
		t.Errorf("unless naming an unknown lexicon: error %q, want it to name the lexicon at test1.yaml:3", err)
	}
}

func TestScoreAndThreshold(t *testing.T) {
	rulesPack := `
pack: scores
rules:
  - {id: s.low, category: harassment, severity: low, terms: [alow]}
  - {id: s.medium, category: generalisation, terms: [amedium]}
  - {id: s.high, category: slur, terms: [ahigh]}
  - {id: s.urgent, category: threat, terms: [aurgent]}
  - {id: s.explicit, category: slur, score: 0.55, terms: [aexplicit]}
  - {id: s.extremism, category: extremism, terms: [aextreme]}
  - {id: s.dehum, category: dehumanisation, terms: [adehum]}
`
	tests := []struct {
		name      string
		threshold string // extra pack's threshold, "" for none
		text      string
		flagged   bool
		wantScore float64
		wantSev   rules.Severity
	}{
		{"low is below the default threshold", "", "alow", false, 0.4, rules.SevNone},
		{"medium by category", "", "amedium", true, 0.6, rules.SevMedium},
		{"high by category", "", "ahigh", true, 0.8, rules.SevHigh},
		{"urgent by category", "", "aurgent", true, 0.95, rules.SevUrgent},
		{"extremism is urgent", "", "aextreme", true, 0.95, rules.SevUrgent},
		{"dehumanisation is high", "", "adehum", true, 0.8, rules.SevHigh},
		{"explicit score", "", "aexplicit", true, 0.55, rules.SevHigh},
		{"raised threshold", "0.9", "ahigh", false, 0.8, rules.SevNone},
		{"raised threshold urgent", "0.9", "aurgent", true, 0.95, rules.SevUrgent},
		{"lowered threshold", "0.3", "alow", true, 0.4, rules.SevLow},
		{"at the threshold", "0.55", "aexplicit", true, 0.55, rules.SevHigh},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			packs := []string{rulesPack}
			want := rules.DefaultThreshold
			if tc.threshold != "" {
				packs = append(packs, "pack: th\nthreshold: "+tc.threshold+"\n")
				fmt.Sscan(tc.threshold, &want)
			}
			e := mustEngine(t, packs...)
			if e.Threshold() != want {
				t.Errorf("Threshold() = %v, want %v", e.Threshold(), want)
			}
			v := e.Check(tc.text)
			if v.Flagged != tc.flagged || math.Abs(v.Score-tc.wantScore) > 1e-9 || v.Severity != tc.wantSev {
				t.Errorf("Check(%q) = flagged %v score %v severity %v, want %v %v %v", tc.text, v.Flagged, v.Score, v.Severity, tc.flagged, tc.wantScore, tc.wantSev)
			}
			if len(v.Matches) != 1 {
				t.Errorf("Check(%q) has %d matches, want 1 (a match below the threshold still counts): %s", tc.text, len(v.Matches), v)
			}
		})
	}
	for _, bad := range []string{"0", "-0.1", "1.5"} {
		t.Run("invalid threshold "+bad, func(t *testing.T) {
			err := compileErr(t, rulesPack, "pack: th\nthreshold: "+bad+"\n")
			if !strings.Contains(err.Error(), "test2.yaml") || !strings.Contains(err.Error(), "threshold") {
				t.Errorf("error %q, want it to name test2.yaml and the threshold", err)
			}
		})
	}
	for _, bad := range []string{"-0.1", "1.5"} {
		t.Run("invalid score "+bad, func(t *testing.T) {
			err := compileErr(t, "pack: sc\nrules:\n  - {id: s.bad, category: slur, score: "+bad+", terms: [x]}\n")
			if !strings.Contains(err.Error(), "test1.yaml:3:") || !strings.Contains(err.Error(), "score") {
				t.Errorf("error %q, want test1.yaml:3 and the score", err)
			}
		})
	}
}

func TestDisable(t *testing.T) {
	first := `
pack: first
version: "2026.1"
rules:
  - {id: en.slur.a, category: slur, terms: [zorba]}
  - {id: en.slur.b, category: slur, terms: [zorbb]}
  - {id: en.threat.c, category: threat, terms: [zorbc]}
`
	tests := []struct {
		name      string
		disable   string
		wantRules []string
	}{
		{"by id", "[en.slur.a]", []string{"en.slur.b", "en.threat.c"}},
		{"by prefix", "[en.slur.*]", []string{"en.threat.c"}},
		{"by id and prefix", "[en.threat.c, en.slur.*]", nil},
		{"everything by prefix", "[en.*]", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			override := "pack: override\ndisable: " + tc.disable + "\n"
			if tc.wantRules == nil {
				// Keep one rule so the engine compiles.
				override += "rules:\n  - {id: local.keep, category: slur, terms: [zorbd]}\n"
				tc.wantRules = []string{"local.keep"}
			}
			e := mustEngine(t, first, override)
			if got := e.RuleIDs(); !slices.Equal(got, tc.wantRules) {
				t.Errorf("RuleIDs() = %v, want %v", got, tc.wantRules)
			}
			for _, w := range []string{"zorba", "zorbb", "zorbc"} {
				v := e.Check(w)
				enabled := false
				for _, id := range tc.wantRules {
					if m, ok := findMatch(v, id); ok && strings.EqualFold(m.Text, w) {
						enabled = true
					}
				}
				if v.Flagged != enabled {
					t.Errorf("Check(%q).Flagged = %v, want %v", w, v.Flagged, enabled)
				}
			}
			if got := e.Packs(); !slices.Equal(got, []string{"first 2026.1", "override"}) {
				t.Errorf("Packs() = %q", got)
			}
		})
	}
	t.Run("disable matching nothing", func(t *testing.T) {
		err := compileErr(t, first, "pack: override\ndisable:\n  - en.slur.a\n  - en.nothing.*\n")
		if !strings.Contains(err.Error(), "test2.yaml:4:") || !strings.Contains(err.Error(), `"en.nothing.*"`) {
			t.Errorf("error %q, want test2.yaml:4 naming en.nothing.*", err)
		}
	})
	t.Run("disable in the same pack", func(t *testing.T) {
		err := compileErr(t, "pack: p\ndisable: [p.a]\nrules:\n  - {id: p.a, category: slur, terms: [x]}\n")
		if !strings.Contains(err.Error(), "earlier pack") {
			t.Errorf("error %q, want it to say disable only reaches earlier packs", err)
		}
	})
	t.Run("everything disabled", func(t *testing.T) {
		err := compileErr(t, first, "pack: override\ndisable: [en.*]\n")
		if !strings.Contains(err.Error(), "no rules") {
			t.Errorf("error %q, want it to say no rules are enabled", err)
		}
	})
	t.Run("a disabled id may be reused", func(t *testing.T) {
		e := mustEngine(t, first, "pack: o\ndisable: [en.slur.a]\nrules:\n  - {id: en.slur.a, category: harassment, terms: [zorbx]}\n")
		if v := e.Check("zorba"); v.Flagged {
			t.Errorf("disabled term still flagged: %s", v)
		}
		if v := e.Check("zorbx"); v.Category != rules.CatHarassment {
			t.Errorf("replacement rule: got %s", v)
		}
	})
}

const verdictPack = `
pack: verdict
lexicons:
  counter_speech:
    terms: [is racist]
rules:
  - id: v.slur
    category: slur
    terms: [zorblax]
    why:
      en: "zorblax is a slur for people from Zorb"
      da: "zorblax er et skældsord"
  - id: v.threat
    category: threat
    terms: [vorbkill]
  - id: v.harass
    category: harassment
    terms: [quibfen]
  - id: v.except
    category: slur
    terms: ["snerk*"]
    exceptions: [snerkelig]
  - id: v.re
    category: extremism
    regex: 'heil \w+'
`

func TestVerdictFields(t *testing.T) {
	e := mustEngine(t, verdictPack)
	t.Run("severity orders matches, urgent first", func(t *testing.T) {
		text := "quibfen zorblax vorbkill"
		v := e.Check(text)
		checkSpans(t, text, v)
		if !v.Flagged || v.Category != rules.CatThreat || v.Severity != rules.SevUrgent || v.Score != 0.95 || !v.Urgent() {
			t.Fatalf("got %s, want flagged threat, urgent, 0.95", v)
		}
		if got, want := matchedRules(v), []string{"v.threat", "v.slur", "v.harass"}; !slices.Equal(got, want) {
			t.Errorf("match order %v, want %v", got, want)
		}
		if v.Normalized != "quibfen zorblax vorbkil" {
			t.Errorf("Normalized = %q", v.Normalized)
		}
		if len(v.Guarded) != 0 || len(v.Notes) != 0 {
			t.Errorf("unexpected guarded or notes: %s", v)
		}
	})
	t.Run("match fields", func(t *testing.T) {
		text := "hey ZORBLAX!"
		v := e.Evaluate(rules.Message{Text: text, Lang: "en"})
		want := rules.Match{Rule: "v.slur", Category: rules.CatSlur, Severity: rules.SevHigh, Score: 0.8,
			Start: 4, End: 11, Text: "ZORBLAX", Normalized: []string{"zorblax"}, Why: "zorblax is a slur for people from Zorb"}
		if len(v.Matches) != 1 || fmt.Sprint(v.Matches[0]) != fmt.Sprint(want) {
			t.Errorf("got %s,\nwant match %+v", v, want)
		}
		if v.Urgent() {
			t.Errorf("a slur is not urgent")
		}
	})
	t.Run("why by language", func(t *testing.T) {
		tests := []struct {
			lang, text, rule, want string
		}{
			{"da", "zorblax", "v.slur", "zorblax er et skældsord"},
			{"", "zorblax", "v.slur", "zorblax is a slur for people from Zorb"},
			{"de", "zorblax", "v.slur", "zorblax is a slur for people from Zorb"},
			{"en", "quibfen", "v.harass", "Harassment: «quibfen»"},
			{"da", "quibfen", "v.harass", "Chikane: «quibfen»"},
		}
		for _, tc := range tests {
			m, _ := findMatch(e.Evaluate(rules.Message{Text: tc.text, Lang: tc.lang}), tc.rule)
			if m.Why != tc.want {
				t.Errorf("lang %q: Why = %q, want %q", tc.lang, m.Why, tc.want)
			}
		}
	})
	t.Run("guarded", func(t *testing.T) {
		v := e.Check("snerkelig og snerkhoved")
		if !v.Flagged || len(v.Matches) != 1 || v.Matches[0].Text != "snerk" || v.Matches[0].Start != 13 {
			t.Errorf("compound after the exception: got %s", v)
		}
		v = e.Check("det er snerkelig")
		if v.Flagged || len(v.Matches) != 0 || len(v.Guarded) != 1 {
			t.Fatalf("exception only: got %s", v)
		}
		if g := v.Guarded[0]; g.Guard != "exception: snerkelig" || g.Rule != "v.except" || g.Text != "snerk" {
			t.Errorf("guarded match = %+v", g)
		}
		if v.Normalized != "det er snerkelig" {
			t.Errorf("Normalized = %q, want it set when anything matched", v.Normalized)
		}
		if v.Category != "" || v.Severity != rules.SevNone || v.Score != 0 {
			t.Errorf("unflagged verdict has category %q severity %v score %v", v.Category, v.Severity, v.Score)
		}
	})
	t.Run("nothing matched", func(t *testing.T) {
		v := e.Check("a perfectly ordinary message")
		if v.Flagged || v.Normalized != "" || v.Matches != nil || v.Guarded != nil || v.Score != 0 {
			t.Errorf("got %s, want the zero verdict", v)
		}
		if got := v.String(); got != `{"flagged":false,"severity":"none","score":0}` {
			t.Errorf("String() = %s", got)
		}
	})
	t.Run("regex over the normal form", func(t *testing.T) {
		text := "H3IL  zorb"
		v := e.Check(text)
		checkSpans(t, text, v)
		m, ok := findMatch(v, "v.re")
		if !ok || !v.Flagged || v.Severity != rules.SevUrgent {
			t.Fatalf("got %s, want v.re urgent", v)
		}
		if m.Text != "H3IL  zorb" || !slices.Equal(m.Normalized, []string{"heil zorb"}) {
			t.Errorf("regex match %q as %q", m.Text, m.Normalized)
		}
		if v := e.Check("heil"); v.Flagged {
			t.Errorf("regex matched without its second word: %s", v)
		}
	})
	t.Run("evasion", func(t *testing.T) {
		tests := []struct {
			text, want string
		}{
			{"zorblax", ""},
			{"z0rbl4x", "leetspeak"},
			{"z o r b l a x", "spacing"},
			{"z.0.r.b.l.4.x", "leetspeak, spacing"},
			{"zorb\u200blax", "invisible characters"},
			{"z\u043erblax", "look-alike letters"},
			{"zórblax", "accents"},
			{"zo\u0301rblax", "accents"},
			{"zooorblax", "repeated letters"},
		}
		for _, tc := range tests {
			m, ok := findMatch(e.Check(tc.text), "v.slur")
			if !ok {
				t.Errorf("Check(%q): no match", tc.text)
				continue
			}
			if m.Evasion != tc.want {
				t.Errorf("Check(%q) evasion = %q, want %q", tc.text, m.Evasion, tc.want)
			}
		}
	})
}

func TestEvaluateLongMessage(t *testing.T) {
	e := mustEngine(t, verdictPack)
	pad := strings.Repeat("ordinary words here ", rules.DefaultMaxText/20+10)
	tests := []struct {
		name    string
		text    string
		flagged bool
	}{
		{"term before the limit", "zorblax " + pad, true},
		{"term after the limit", pad + " zorblax", false},
		{"multi-byte rune across the limit", strings.Repeat("æ", rules.DefaultMaxText) + " zorblax", false},
		{"only a term after the limit", strings.Repeat(" ", rules.DefaultMaxText) + "zorblax", false},
		{"term cut by the limit", strings.Repeat(" ", rules.DefaultMaxText-3) + "zorblax", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if len(tc.text) <= rules.DefaultMaxText {
				t.Fatalf("test text of %d bytes is not longer than the limit", len(tc.text))
			}
			v := e.Check(tc.text)
			checkSpans(t, tc.text, v)
			if v.Flagged != tc.flagged {
				t.Errorf("Flagged = %v, want %v", v.Flagged, tc.flagged)
			}
			wantNote := fmt.Sprintf("message of %d bytes evaluated up to byte", len(tc.text))
			if len(v.Notes) != 1 || !strings.HasPrefix(v.Notes[0], wantNote) {
				t.Errorf("Notes = %q, want one starting %q", v.Notes, wantNote)
			}
			if !utf8.ValidString(v.Normalized) {
				t.Errorf("Normalized is not valid UTF-8")
			}
		})
	}
	t.Run("at the limit, no note", func(t *testing.T) {
		text := strings.Repeat(" ", rules.DefaultMaxText-7) + "zorblax"
		v := e.Check(text)
		if !v.Flagged || len(v.Notes) != 0 {
			t.Errorf("message of exactly the limit: got flagged %v notes %q", v.Flagged, v.Notes)
		}
	})
}

func TestTermListPack(t *testing.T) {
	list := "# invented terms\nzorblax\n\n  quibfen  \n# vorbkill is a comment\nsnerk*\nkill all zorbs\n"
	p, err := rules.TermListPack("mylist", strings.NewReader(list), rules.CatHarassment, rules.SevLow)
	if err != nil {
		t.Fatal(err)
	}
	low, err := rules.Compile(p, &rules.Pack{Name: "th", Threshold: ptr(0.3)})
	if err != nil {
		t.Fatal(err)
	}
	if got := low.RuleIDs(); !slices.Equal(got, []string{"list.mylist"}) {
		t.Errorf("RuleIDs() = %v", got)
	}
	tests := []struct {
		text    string
		flagged bool
	}{
		{"a zorblax", true},
		{"quibfen", true},
		{"snerkhoved", true},
		{"killallzorbs", true},
		{"vorbkill", false},
		{"zorblaxes", false},
		{"# invented terms", false},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			v := low.Check(tc.text)
			if v.Flagged != tc.flagged {
				t.Fatalf("Check(%q).Flagged = %v, want %v", tc.text, v.Flagged, tc.flagged)
			}
			if tc.flagged && (v.Category != rules.CatHarassment || v.Severity != rules.SevLow || v.Matches[0].Rule != "list.mylist") {
				t.Errorf("Check(%q) = %s, want harassment, low, list.mylist", tc.text, v)
			}
		})
	}
	t.Run("empty list", func(t *testing.T) {
		p, err := rules.TermListPack("empty", strings.NewReader("# nothing\n\n"), rules.CatSlur, rules.SevHigh)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := rules.Compile(p); err == nil || !strings.Contains(err.Error(), "empty") {
			t.Errorf("Compile(empty list) error = %v, want one naming the list", err)
		}
	})
	t.Run("read error", func(t *testing.T) {
		_, err := rules.TermListPack("broken", errReader{}, rules.CatSlur, rules.SevHigh)
		if err == nil || !strings.Contains(err.Error(), "broken") {
			t.Errorf("error = %v, want one naming the list", err)
		}
	})
}

type errReader struct{}

func (errReader) Read([]byte) (int, error) { return 0, errors.New("disk on fire") }

func ptr[T any](v T) *T { return &v }

func TestEvaluateConcurrent(t *testing.T) {
	e := mustEngine(t, nearPack, guardPack, verdictPack)
	msgs := []string{
		"zorbs are rats", "i dont hate zorbs", "quibfen zorblax vorbkill", "z0rbl4x", "im a quibfen",
		"calling someone a zorblax is racist", "a perfectly ordinary message", "snerkelig og snerkhoved",
		"HEIL zorb", strings.Repeat("lang besked ", 500) + "zorblax", "", "\xff\xfe", "👨\u200d👩\u200d👧",
	}
	want := make([]string, len(msgs))
	for i, m := range msgs {
		want[i] = e.Check(m).String()
	}
	var wg sync.WaitGroup
	errs := make(chan string, 64)
	for g := range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := range 100 {
				i := (g + n) % len(msgs)
				if got := e.Check(msgs[i]).String(); got != want[i] {
					select {
					case errs <- fmt.Sprintf("goroutine %d: Check(%.30q) = %s, want %s", g, msgs[i], got, want[i]):
					default:
					}
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// raceEnabled reports whether the test binary was built with -race.
func raceEnabled() bool {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return false
	}
	for _, s := range bi.Settings {
		if s.Key == "-race" {
			return s.Value == "true"
		}
	}
	return false
}

func TestEvaluateAllocs(t *testing.T) {
	p, err := rules.TermListPack("terms", strings.NewReader("zorblax\nquibfen\nsnerk*\nkill all zorbs\n"), rules.CatSlur, rules.SevHigh)
	if err != nil {
		t.Fatal(err)
	}
	e, err := rules.Compile(p)
	if err != nil {
		t.Fatal(err)
	}
	// A laugh without a question mark is no riddle: it stays on the
	// allocation-free path (see isLaugh).
	for _, text := range []string{
		"Hello there, this is a perfectly ordinary message about the weather in Århus, 2026 😀",
		"haha that goal was unreal 😂😂 see you all on saturday 🤣",
	} {
		m := rules.Message{Text: text}
		if v := e.Evaluate(m); v.Flagged || len(v.Matches)+len(v.Guarded) != 0 {
			t.Fatalf("test message matched: %s", v)
		}
		allocs := testing.AllocsPerRun(200, func() { e.Evaluate(m) })
		// The race detector makes sync.Pool drop a quarter of what is put back,
		// so under -race a fresh scratch is allocated now and then; the strict
		// bound holds without it.
		limit := 0.0
		if raceEnabled() {
			limit = 4
		}
		if allocs > limit {
			t.Errorf("Evaluate on an unflagged message %q: %v allocations per run, want at most %v", text, allocs, limit)
		}
	}
}

func TestRepeatsExact(t *testing.T) {
	e := mustEngine(t, `
pack: r
rules:
  - {id: exact, category: slur, rationale: test, repeats: exact, terms: [zoomba, glib]}
  - {id: loose, category: slur, rationale: test, terms: [quibble]}
`)
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"a zoomba here", true},
		{"a ZOOMBA here", true},
		{"a z00mba here", true},      // leetspeak keeps the double
		{"a z o o m b a here", true}, // spelled out, the double collapses across the space
		{"a zomba here", false},      // a single o is another word
		{"a zooomba here", true},     // a longer run is still a run
		{"glib", true},
		{"gllib", false},
		{"quible", true}, // the default still collapses
		{"quibble", true},
	} {
		if v := e.Check(tc.text); v.Flagged != tc.want {
			t.Errorf("Check(%q) flagged = %v, want %v: %s", tc.text, v.Flagged, tc.want, v)
		}
	}
	if _, err := rules.ParsePack("x.yaml", []byte("pack: x\nrules:\n  - {id: a, category: slur, repeats: sometimes, terms: [a]}\n")); err != nil {
		t.Fatal(err)
	} else if p, _ := rules.ParsePack("x.yaml", []byte("pack: x\nrules:\n  - {id: a, category: slur, repeats: sometimes, terms: [ab]}\n")); p != nil {
		if _, err := rules.Compile(p); err == nil || !strings.Contains(err.Error(), "repeats") {
			t.Errorf("bad repeats value: err = %v", err)
		}
	}
}

// A pack's MaxText (set from workflow.max_message_bytes) bounds how much
// of a message is evaluated; the verdict says it was cut.
func TestMaxTextFromPack(t *testing.T) {
	p, err := rules.ParsePack("t.yaml", []byte("pack: t\nrules:\n  - {id: t.z, category: slur, rationale: test, terms: [zorblax]}\n"))
	if err != nil {
		t.Fatal(err)
	}
	long := strings.Repeat("ok ", 200) + "zorblax" // the term at byte 600
	for _, tt := range []struct {
		max      int
		flagged  bool
		truncNot bool
	}{{0, true, false}, {300, false, true}, {1000, true, false}} {
		e, err := rules.Compile(p, &rules.Pack{Name: "limit", MaxText: tt.max})
		if err != nil {
			t.Fatal(err)
		}
		v := e.Evaluate(rules.Message{Text: long})
		if v.Flagged != tt.flagged || (len(v.Notes) > 0) != tt.truncNot {
			t.Errorf("MaxText %d: flagged %v, notes %v", tt.max, v.Flagged, v.Notes)
		}
	}
}

// A counter-speech cue speaks about hate in its own sentence or the one
// right before it, not about the rest of a long message.
func TestCounterSpeechScope(t *testing.T) {
	base, err := rules.BuiltinPack("base")
	if err != nil {
		t.Fatal(err)
	}
	p, err := rules.ParsePack("t.yaml", []byte("pack: t\nrules:\n  - {id: t.z, category: slur, rationale: test, terms: [zorblax]}\n"))
	if err != nil {
		t.Fatal(err)
	}
	e, err := rules.Compile(base, p)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		text    string
		flagged bool
	}{
		{"it is not ok to call anyone a zorblax", false},
		{"you are a zorblax. Stop saying that, please", false},
		{"It is not ok to skip practice. See you at six! you zorblax", true},
		{"you zorblax! Anyway. It is not ok to skip practice", true},
		{"we finish the report this weekend! you zorblax", true},
	} {
		if v := e.Evaluate(rules.Message{Text: tt.text}); v.Flagged != tt.flagged {
			t.Errorf("%q: flagged %v, want %v (%+v)", tt.text, v.Flagged, tt.flagged, v.Guarded)
		}
	}
}
