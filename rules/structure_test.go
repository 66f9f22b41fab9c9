package rules_test

import (
	"strings"
	"testing"

	"github.com/trygbot/trygbot/rules"
)

// Tests of the engine's structure, as opposed to its word lists: slots that
// take any group word (slurs and pronouns included), category precedence,
// masked letters, Danish typed without æ ø å, and symbol letters. Every
// sentence here was written for these tests.

func TestStructure(t *testing.T) {
	e := builtinEngine(t)
	cases := []struct {
		name, lang, text string
		flagged          bool
		cat              rules.Category
		evasion          string // substring of the deciding match's evasion
	}{
		// A slur fills a frame's group slot: the threat is a threat.
		{"en threat at slur", "en", "i am going to shoot the next nigger i meet", true, rules.CatThreat, ""},
		{"da threat at slur", "da", "jeg smadrer den næste perker jeg møder", true, rules.CatThreat, ""},
		{"da dehum slur", "da", "perkere er rotter", true, rules.CatDehumanisation, ""},
		// A pronoun carries the group into the next sentence.
		{"en pronoun", "en", "We got new neighbours, muslims of course. They are filthy rats.", true, rules.CatDehumanisation, ""},
		{"da pronoun", "da", "Der er flyttet nogle somaliere ind på vejen. De er nogle beskidte rotter.", true, rules.CatDehumanisation, ""},
		{"pronoun without group", "en", "They are filthy rats, those pigeons on the balcony.", false, "", ""},
		{"da pronoun negated", "da", "Mange taler om flygtninge. De er ikke rotter, de er mennesker.", false, "", ""},
		// Masked letters.
		{"masked one", "en", "shut up you n*gger", true, rules.CatSlur, "masked letters"},
		{"masked two", "da", "fuck af med dig din p**ker", true, rules.CatSlur, "masked letters"},
		{"masked ordinary swearing", "en", "what the f**k is this s**t", false, "", ""},
		{"masked in counter-speech", "en", "calling someone a n*gger is racist and not ok", false, "", ""},
		// Danish without æ ø å.
		{"da ascii threat", "da", "de sorte skal fandme doe allesammen", true, rules.CatThreat, ""},
		{"da ascii aa", "da", "jeg haaber alle joeder doer", true, rules.CatThreat, ""},
		// Letters written as symbols.
		{"regional indicators", "en", "you are a 🇳🇮🇬🇬🇪🇷", true, rules.CatSlur, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			v := e.Evaluate(rules.Message{Text: tc.text, Lang: tc.lang})
			if v.Flagged != tc.flagged {
				t.Fatalf("Flagged = %v, want %v: %s", v.Flagged, tc.flagged, v)
			}
			if !tc.flagged {
				return
			}
			if v.Category != tc.cat {
				t.Errorf("Category = %s, want %s: %s", v.Category, tc.cat, v)
			}
			if tc.evasion != "" && !strings.Contains(v.Matches[len(v.Matches)-1].Evasion+v.Matches[0].Evasion, tc.evasion) {
				t.Errorf("no %q evasion reported: %s", tc.evasion, v)
			}
			for _, m := range append(v.Matches, v.Guarded...) {
				if m.Text != tc.text[m.Start:m.End] {
					t.Errorf("match text %q is not the span %d-%d of the message", m.Text, m.Start, m.End)
				}
			}
		})
	}
}

// A threat named by a slur outranks the slur, and is urgent.
func TestThreatOutranksSlur(t *testing.T) {
	e := builtinEngine(t)
	v := e.Evaluate(rules.Message{Text: "I will stab every nigger in this town", Lang: "en"})
	if !v.Flagged || v.Category != rules.CatThreat || !v.Urgent() {
		t.Fatalf("want an urgent threat: %s", v)
	}
}
