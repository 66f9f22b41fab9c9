package rules_test

// Regression tests for engine bugs found while writing the suite, each with
// the cause as it was diagnosed.

import (
	"strings"
	"testing"
	"time"

	"github.com/trygbot/trygbot/rules"
)

// Bug 1: a repeat collapsed across a space merges the last letter of one
// word with the first of the next (normalizer.emit), so the two words share
// one letter index. Then: a term's span starts in the previous word
// ("stupid dorbz" -> "d dorbz"); negated() takes a negation that shares a
// letter with a part for part of a matched phrase and skips it, so "zorbs
// are not terrorists" is flagged; unlessGuard needs g.e < h.s, so "proud
// dorbz" is not set aside; addPattern builds a term's word breaks from brk
// only, so the break inside "send dem" is lost. (Adjacent near parts, as in
// "zorbs scum", were rejected as overlapping too; follows() in the
// uncommitted decide.go fixes that case.)
func TestRegressionSharedLetterBetweenWords(t *testing.T) {
	e := mustEngine(t, `
pack: shared
lexicons:
  negation: {terms: [not, never]}
  self_reference: {terms: [proud]}
  group: {terms: [zorbs]}
  bad: {terms: [terrorists, scum, rats]}
rules:
  - {id: n, category: dehumanisation, near: [group, bad]}
  - {id: r, category: slur, terms: [dorbz], unless: [{lexicon: self_reference}]}
  - {id: p, category: threat, terms: [send dem hjem]}
`)
	tests := []struct {
		name    string
		text    string
		flagged bool
	}{
		{"negation ending in the letter the part starts with", "zorbs are not terrorists", false},
		{"negation never + rats", "zorbs are never rats", false},
		{"control: no shared letter", "zorbs are not scum", false},
		{"adjacent parts sharing s", "zorbs scum", true},
		{"control: adjacent parts", "zorbs rats", true},
		{"unless word sharing d", "proud dorbz", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if v := e.Check(tc.text); v.Flagged != tc.flagged {
				t.Errorf("Check(%q).Flagged = %v, want %v: %s", tc.text, v.Flagged, tc.flagged, v)
			}
		})
	}
	// The span of a term after such a word starts at the shared letter.
	t.Run("span does not take in the previous word's last letter", func(t *testing.T) {
		m, ok := findMatch(e.Check("a stupid dorbz"), "r")
		if !ok || m.Text != "dorbz" {
			t.Errorf("span = %q, want %q", m.Text, "dorbz")
		}
	})
	// addPattern builds the term's word breaks from sc.brk only, so the
	// break inside "send dem" (a collapsed d) is lost and the term written
	// exactly as in the pack is reported as spacing evasion.
	t.Run("phrase written as in the pack has no evasion", func(t *testing.T) {
		v := e.Check("send dem hjem")
		if len(v.Matches) != 1 || v.Matches[0].Evasion != "" {
			t.Errorf("Check(%q) = %s, want one match with no evasion", "send dem hjem", v)
		}
	})
}

// Bug 2: the look-alike table and the special cases of foldDecomposed are
// applied to the rune as written, but not to what lower-casing or NFKD
// decomposition makes of it. So ά (Greek alpha with tonos) becomes α, not
// a; Ω becomes ω, not w; ӳ becomes у, not y; Ŧ becomes ŧ, not t; ŉ keeps
// U+02BC as a letter. Normalize is then not idempotent, and accented
// look-alikes evade: "hάte" does not match while "hαte" does.
func TestRegressionFoldAfterDecomposition(t *testing.T) {
	for _, s := range []string{"ά", "ё", "Ѐ", "ἀ", "ӳ", "Ω", "Γ", "Г", "Ŧ", "Ħ", "ŉ", "𝛂"} {
		t.Run(s, func(t *testing.T) {
			n := rules.Normalize(s)
			if nn := rules.Normalize(n); nn != n {
				t.Errorf("Normalize(%q) = %q, Normalize again = %q", s, n, nn)
			}
		})
	}
	e := mustEngine(t, "pack: h\nrules:\n  - {id: h, category: slur, terms: [hate, rat]}\n")
	for _, s := range []string{"h\u03b1te", "h\u03acte", "r\u0430t", "r\u04d3t"} {
		t.Run("match "+s, func(t *testing.T) {
			if v := e.Check(s); !v.Flagged {
				t.Errorf("Check(%q) not flagged; Normalize gives %q", s, rules.Normalize(s))
			}
		})
	}
}

// Bug 3: "a" + U+030A is turned into å after emit has already decided on
// collapsing, so a repeated decomposed å is not collapsed: "a\u030aa\u030a"
// normalises to "åå" (and again to "å").
func TestRegressionCombiningRingRepeat(t *testing.T) {
	if n := rules.Normalize("sa\u030aa\u030a"); n != "så" {
		t.Errorf("Normalize(%q) = %q, want %q", "sa\u030aa\u030a", n, "så")
	}
	e := mustEngine(t, "pack: r\nrules:\n  - {id: r, category: slur, terms: [skål]}\n")
	if v := e.Check("ska\u030aa\u030al"); !v.Flagged {
		t.Errorf("decomposed repeated å evades the term: %s", v)
	}
}

// Bug 4: decide sorts matches by severity first and takes the verdict's
// score from the first one, so a low-scoring urgent match hides a
// flagging match of lower severity: "zapzap zorblax" is not flagged
// although zorblax alone scores 0.8.
func TestRegressionLowScoreUrgentHidesFlag(t *testing.T) {
	e := mustEngine(t, `
pack: s
rules:
  - {id: weak, category: threat, score: 0.3, terms: [zapzap]}
  - {id: slur, category: slur, terms: [zorblax]}
`)
	v := e.Check("zapzap zorblax")
	if !v.Flagged || v.Category != rules.CatSlur || v.Score != 0.8 {
		t.Errorf("Check = %s, want flagged as slur with score 0.8", v)
	}
}

// Bug 5: a regex match that ends in a space or " | " is mapped back
// through textAt[b-1], which belongs to the next letter, so the span takes
// in a letter the expression did not match. Leading spaces are trimmed,
// trailing ones are not.
func TestRegressionRegexTrailingSpace(t *testing.T) {
	e := mustEngine(t, `
pack: re
rules:
  - {id: a, category: extremism, regex: 'heil '}
  - {id: b, category: threat, regex: 'zap \| '}
`)
	for _, tc := range []struct{ text, rule, want string }{
		{"Heil zorb", "a", "Heil"},
		{"zap, zop", "b", "zap"},
	} {
		m, ok := findMatch(e.Check(tc.text), tc.rule)
		if !ok || m.Text != tc.want {
			t.Errorf("Check(%q): %s span %q, want %q", tc.text, tc.rule, m.Text, tc.want)
		}
	}
}

// Bug 6: innerBreaks says sentence punctuation is never crossed, but ". "
// is brkDot (meant for "h. y. r"), so a phrase matches across a sentence
// end.
func TestRegressionPhraseAcrossSentence(t *testing.T) {
	e := mustEngine(t, "pack: p\nrules:\n  - {id: p, category: threat, terms: [kill all zorbs]}\n")
	if v := e.Check("I could kill all. Zorbs are lovely though"); v.Flagged {
		t.Errorf("phrase matched across a sentence end: %s", v)
	}
}

// Bug 7: Rule.Negation documents "before" as up to three words before the
// first part; negated() allows a token distance of at most 2 (one word in
// between).
func TestRegressionNegationBeforeThreeWords(t *testing.T) {
	e := mustEngine(t, `
pack: n
lexicons:
  negation: {terms: [not]}
  hate: {terms: [hate]}
  group: {terms: [zorbs]}
rules:
  - {id: n, category: harassment, near: [hate, group], negation: before}
`)
	if v := e.Check("not that i hate zorbs"); v.Flagged {
		t.Errorf("negation three words before not applied: %s", v)
	}
}

// Bug 8: Compile checks score and threshold with < and >, which NaN passes.
// score: .nan makes every verdict with that match fail to encode as JSON
// (Verdict.String() is "", check --json fails); threshold: .nan flags
// nothing.
func TestRegressionNaNScoreAndThreshold(t *testing.T) {
	for _, y := range []string{
		"pack: t\nrules:\n  - {id: a, category: slur, score: .nan, terms: [zorb]}\n",
		"pack: t\nthreshold: .nan\nrules:\n  - {id: a, category: slur, terms: [zorb]}\n",
	} {
		p, err := rules.ParsePack("nan.yaml", []byte(y))
		if err != nil {
			t.Fatal(err)
		}
		if e, err := rules.Compile(p); err == nil {
			t.Errorf("Compile accepted NaN:\n%s\nCheck(zorb) = %q", y, e.Check("zorb").String())
		}
	}
}

// Bug 9: near() tries every combination of the parts' hits (the product of
// their counts, with a slice clone per leaf) before the within check, and
// negated() scans the negation hits per combination. Ordered rules are now
// pruned early; unordered ones are not: a 3-part rule takes 0.34s on 5.4 KB
// of "zorbs not are not rats not ", 3s on 10.8 KB, 26s on 21.6 KB (cubic),
// about 90s at DefaultMaxText: one message can stall a worker.
func TestRegressionNearCombinatorialTime(t *testing.T) {
	e := mustEngine(t, `
pack: slow
lexicons:
  negation: {terms: [not]}
  group: {terms: [zorbs]}
  verb: {terms: [are]}
  bad: {terms: [rats]}
rules:
  - {id: n3, category: dehumanisation, near: [group, verb, bad]}
`)
	// 200 repeats take about 0.35s now; work linear in the hits takes well
	// under a millisecond.
	text := strings.Repeat("zorbs not are not rats not ", 200)
	start := time.Now()
	e.Check(text)
	if d := time.Since(start); d > 200*time.Millisecond {
		t.Errorf("Evaluate of a %d-byte message with a 3-part near rule took %v", len(text), d)
	}
}

// Bug 10: ParsePack passes on yaml.v3's line for parser errors, which is
// the 0-based line of the enclosing construct: an unclosed [ on line 4 is
// reported at line 3, a mis-indented key on line 4 at line 2.
func TestRegressionYAMLErrorLine(t *testing.T) {
	for _, tc := range []struct{ yaml, want string }{
		{"pack: t\nrules:\n  - id: a\n    terms: [zorb\n", "test.yaml:4:"},
		// yaml.v3 reports where the broken block starts, and so do we.
		{"pack: t\nrules:\n  - id: a\n   category: slur\n", "test.yaml:3:"},
	} {
		_, err := rules.ParsePack("test.yaml", []byte(tc.yaml))
		if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("ParsePack(%q) error = %v, want it at %s", tc.yaml, err, tc.want)
		}
	}
}

// Bug 11: a value of the wrong type is reported as yaml.v3 words it, with
// neither the field's name nor a hint: "cannot unmarshal !!str `four` into
// int".
func TestRegressionWrongTypeNamesField(t *testing.T) {
	_, err := rules.ParsePack("test.yaml", []byte("pack: t\nrules:\n  - id: a\n    category: slur\n    near: [a, b]\n    within: four\n"))
	if err == nil || !strings.Contains(err.Error(), "within") {
		t.Errorf("error = %v, want it to name the field within", err)
	}
}

// Bug 12: describeEvasion calls any non-ASCII letter that folds to another
// letter "accents", so fullwidth letters and ligatures are explained to
// moderators as accents.
func TestRegressionEvasionNameForFullwidth(t *testing.T) {
	e := mustEngine(t, "pack: f\nrules:\n  - {id: f, category: slur, terms: [zorblax, fine]}\n")
	for _, s := range []string{"ｚｏｒｂｌａｘ", "ﬁne"} {
		v := e.Check(s)
		if len(v.Matches) != 1 || strings.Contains(v.Matches[0].Evasion, "accents") {
			t.Errorf("Check(%q) = %s, want a match whose evasion does not say accents", s, v)
		}
	}
}

// Bug 13: asciiClass documents digits as "leet where the chunk has
// letters", but run() maps every digit, so a number alone reads as a word:
// "83457" is "beast".
func TestRegressionDigitsAloneAreNotLeet(t *testing.T) {
	e := mustEngine(t, "pack: d\nrules:\n  - {id: d, category: harassment, terms: [beast]}\n")
	if v := e.Check("call me on 83457"); v.Flagged {
		t.Errorf("a number matched a word: %s (normal form %q)", v, rules.Normalize("call me on 83457"))
	}
	if v := e.Check("you b3457"); !v.Flagged {
		t.Errorf("leet inside a word no longer matched: %s", v)
	}
}

// Bug 14: foldEntry keeps at most two letters of a decomposition, so
// three-letter ligatures lose one: "oﬃce" normalises to "ofe", "office"
// to "ofice".
func TestRegressionThreeLetterLigature(t *testing.T) {
	if a, b := rules.Normalize("oﬃce"), rules.Normalize("office"); a != b {
		t.Errorf("Normalize(oﬃce) = %q, Normalize(office) = %q", a, b)
	}
}
