package bot

import (
	"fmt"
	"strings"
	"testing"

	"github.com/trygbot/trygbot/internal/slurtest"
	"github.com/trygbot/trygbot/rules"
)

// TestPromptsMaskEveryBuiltinSlur renders every built-in rule's explanation
// in both languages into a prompt, as matched on any one of its terms, and
// finds no slur term unmasked: neither the one that matched (in its normal
// form) nor one the explanation quotes.
func TestPromptsMaskEveryBuiltinSlur(t *testing.T) {
	packs, err := rules.BuiltinPacks()
	if err != nil {
		t.Fatal(err)
	}
	terms := slurtest.Terms(t, packs)
	lex := map[string][]string{}
	for _, p := range packs {
		for name, l := range p.Lexicons {
			lex[name] = append(lex[name], l.Terms...)
		}
	}
	rendered := 0
	for _, p := range packs {
		for _, r := range p.Rules {
			for _, lang := range []string{"da", "en"} {
				why := r.Why[lang]
				if why == "" {
					t.Errorf("%s: no explanation in %s", r.ID, lang)
					continue
				}
				type example struct {
					text  string
					terms []string
				}
				var examples []example
				for _, term := range r.Terms {
					term = strings.Trim(term, "*")
					examples = append(examples, example{term, []string{term}})
				}
				// a near rule's match names one word of each lexicon
				if len(r.Near) == 2 && len(lex[r.Near[0]]) > 0 && len(lex[r.Near[1]]) > 0 {
					a, b := lex[r.Near[0]], lex[r.Near[1]]
					for _, w := range b {
						examples = append(examples, example{a[0] + " " + w, []string{a[0], w}})
					}
					for _, w := range a {
						examples = append(examples, example{w + " " + b[0], []string{w, b[0]}})
					}
				}
				if len(examples) == 0 {
					examples = []example{{}}
				}
				for _, ex := range examples {
					m := rules.Match{Rule: r.ID, Category: r.Category, Severity: rules.SevHigh, Why: why, Text: ex.text, Normalized: ex.terms}
					v := rules.Verdict{Matches: []rules.Match{m}}
					pr := Prompt{Title: "Case 1", Lang: lang, Why: whyLines(v, lang)}
					// the explanation shows no slur at all, nor the rule id
					// the one that matched or its explanation quotes
					if got := slurtest.Unmasked(Masked(WhySegments(m, v)), terms); len(got) > 0 {
						t.Errorf("%s (%s), matched on %q: %q shows %q", r.ID, lang, ex.text, Masked(WhySegments(m, v)), got)
					}
					// nor any slur the rule id spells, matched or not
					// ("en.slur.fag-at-you" matched on "you jihadi")
					if got := slurtest.Unmasked(Masked(RuleSegments(m.Rule, v)), terms); len(got) > 0 {
						t.Errorf("%s (%s), matched on %q: the rule id shows %q", r.ID, lang, ex.text, got)
					}
					if got := slurtest.Unmasked(Masked(RuleSegments(m.Rule, v)), wordsOf(slurWords(v))); len(got) > 0 {
						t.Errorf("%s (%s), matched on %q: the rule id shows %q", r.ID, lang, ex.text, got)
					}
					rendered++
					if text := pr.PlainText(); strings.Count(text, "\n") < 3 {
						t.Fatalf("prompt:\n%s", text)
					}
				}
			}
		}
	}
	if rendered < 1000 {
		t.Errorf("only %d prompts rendered", rendered)
	}
}

// TestPromptsMaskWhatTheEngineExplains evaluates messages with the engine:
// the built-in packs and a local rule with no explanation of its own, whose
// explanation names its terms in normal form («bøse» for "bøsse", «perker»
// for "p*rker").
func TestPromptsMaskWhatTheEngineExplains(t *testing.T) {
	packs, err := rules.BuiltinPacks()
	if err != nil {
		t.Fatal(err)
	}
	terms := slurtest.Terms(t, packs)
	local, err := rules.ParsePack("local.yaml", []byte(`
pack: local
rules:
  - {id: local.slur, category: slur, severity: medium, rationale: test, terms: [bøsse, perker, zorblax]}
`))
	if err != nil {
		t.Fatal(err)
	}
	terms["bøsse"], terms["bøse"], terms["zorblax"] = true, true, true
	eng, err := rules.Compile(append(packs, local)...)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ lang, text string }{
		{"da", "Min nye bøsse er en fin sag"},
		{"da", "jeg skyder den næste perker jeg ser"},
		{"da", "din p*rker"},
		{"da", "du er en perkerluder"},
		{"da", "sandnegre ud"},
		{"en", "you fucking nigger"},
		{"en", "shut up you z0rbl4x"},
		{"en", "you fag"},
	} {
		v := eng.Evaluate(rules.Message{Text: tc.text, Lang: tc.lang})
		if !v.Flagged {
			t.Errorf("%q: not flagged", tc.text)
			continue
		}
		for _, w := range whyLines(v, tc.lang) {
			line := Masked(w)
			if got := slurtest.Unmasked(line, terms); len(got) > 0 {
				t.Errorf("%q: %q shows %q", tc.text, line, got)
			}
		}
	}
}

// wordsOf is a set of ws, lower case.
func wordsOf(ws []string) map[string]bool {
	set := map[string]bool{}
	for _, w := range ws {
		set[strings.ToLower(strings.TrimSpace(w))] = true
	}
	return set
}

// TestWhyLinesCapped: a prompt spells out the strongest three reasons and
// counts the rest in the community's language; three or four reasons are
// all shown (a "1 more" line would save nothing).
func TestWhyLinesCapped(t *testing.T) {
	verdict := func(n int) rules.Verdict {
		v := rules.Verdict{Flagged: true}
		for i := range n {
			v.Matches = append(v.Matches, rules.Match{Rule: fmt.Sprintf("t.rule%d", i), Category: rules.CatGeneralisation,
				Severity: rules.SevMedium, Why: fmt.Sprintf("reason %d", i)})
		}
		return v
	}
	for _, tc := range []struct {
		n, lines int
		last     string
	}{
		{1, 1, "reason 0"}, {3, 3, "reason 2"}, {4, 4, "reason 3"}, {5, 4, "2 more rules"}, {9, 4, "6 more rules"},
	} {
		lines := whyLines(verdict(tc.n), "en")
		if len(lines) != tc.lines {
			t.Errorf("%d matches: %d lines, want %d", tc.n, len(lines), tc.lines)
			continue
		}
		if last := Masked(lines[len(lines)-1]); !strings.Contains(last, tc.last) {
			t.Errorf("%d matches: last line %q, want it to say %q", tc.n, last, tc.last)
		}
	}
	if da := Masked(whyLines(verdict(5), "da")[3]); !strings.Contains(da, "2 regler mere") {
		t.Errorf("Danish count line = %q", da)
	}
}
