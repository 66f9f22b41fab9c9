package bottest

import (
	"fmt"
	"strings"
	"testing"

	"github.com/trygbot/trygbot/bot"
	"github.com/trygbot/trygbot/internal/slurtest"
	"github.com/trygbot/trygbot/rules"
)

// SlurPrompts are prompts as the bot builds them for a match of a
// built-in rule, one for each of the rule's terms (and, for a rule that
// combines two lexicons, each word of either with the first of the other)
// in Danish and English, with its explanation, category, severity and
// rule id as the bot's Why lines are (bot.WhySegments, bot.RuleSegments).
// For a slur rule the message writes the match twice, hidden as the bot
// hides it (bot.MessageSegments); another rule's message is left out, as
// its words (a group's name) are no slur there. An adapter renders each
// and checks that what it sends shows no slur. It fails the test when
// there are so few that the packs changed shape.
func SlurPrompts(tb testing.TB) []bot.Prompt {
	tb.Helper()
	packs, err := rules.BuiltinPacks()
	if err != nil {
		tb.Fatal(err)
	}
	lex := map[string][]string{}
	for _, p := range packs {
		for name, l := range p.Lexicons {
			lex[name] = append(lex[name], l.Terms...)
		}
	}
	var out []bot.Prompt
	for _, p := range packs {
		for _, r := range p.Rules {
			for _, lang := range []string{"da", "en"} {
				for _, ex := range examples(r, lex) {
					out = append(out, slurPrompt(r, lang, ex))
				}
			}
		}
	}
	if len(out) < 1000 {
		tb.Fatalf("only %d prompts: the packs changed shape", len(out))
	}
	return out
}

// example is a text a rule matched, and the terms it matched on.
type example struct {
	text  string
	terms []string
}

func examples(r *rules.Rule, lex map[string][]string) []example {
	var out []example
	for _, term := range r.Terms {
		term = strings.Trim(term, "*")
		out = append(out, example{term, []string{term}})
	}
	if len(r.Near) == 2 && len(lex[r.Near[0]]) > 0 && len(lex[r.Near[1]]) > 0 {
		a, b := lex[r.Near[0]], lex[r.Near[1]]
		for _, w := range b {
			out = append(out, example{a[0] + " " + w, []string{a[0], w}})
		}
		for _, w := range a {
			out = append(out, example{w + " " + b[0], []string{w, b[0]}})
		}
	}
	return out
}

// slurPrompt is the prompt for a message that writes ex twice, matched
// by r on its first occurrence (a slur rule's message only).
func slurPrompt(r *rules.Rule, lang string, ex example) bot.Prompt {
	text := "you are " + ex.text + ", yes " + ex.text + "!"
	start := len("you are ")
	m := rules.Match{Rule: r.ID, Category: r.Category, Severity: rules.SevHigh, Why: r.Why[lang],
		Start: start, End: start + len(ex.text), Text: ex.text, Normalized: ex.terms}
	v := rules.Verdict{Flagged: true, Category: r.Category, Severity: rules.SevHigh, Matches: []rules.Match{m}}
	why := bot.WhySegments(m, v)
	why = append(why, bot.Segment{Text: fmt.Sprintf(" (%s, high) [", rules.CategoryName(m.Category, lang))})
	why = append(why, bot.RuleSegments(m.Rule, v)...)
	why = append(why, bot.Segment{Text: "]"})
	p := bot.Prompt{CaseID: 1, Title: "Case 1 · " + rules.CategoryName(r.Category, lang), Lang: lang,
		Community: "Test", Channel: "#general", Author: "Bob", Category: r.Category, Severity: rules.SevHigh,
		Why: [][]bot.Segment{why}, Status: "Open"}
	if r.Category == rules.CatSlur {
		p.Message = bot.MessageSegments(text, v)
	}
	return p
}

// CheckRenderedPrompts renders each of SlurPrompts with render, which
// returns what the adapter sends and what a reader sees of it, and fails
// the test where what is sent holds spoiler (a spoiler opens with a tap
// or click nobody counts), what is seen shows a built-in slur term, or a
// hidden word of the message is not there masked.
func CheckRenderedPrompts(tb testing.TB, spoiler string, render func(bot.Prompt) (sent, seen string)) {
	tb.Helper()
	terms := slurtest.Builtin(tb)
	for _, p := range SlurPrompts(tb) {
		sent, seen := render(p)
		if strings.Contains(sent, spoiler) {
			tb.Fatalf("a spoiler in:\n%s", sent)
		}
		if got := slurtest.Unmasked(seen, terms); len(got) > 0 {
			tb.Errorf("%s shows %q:\n%s", p.Lang, got, seen)
		}
		for _, s := range p.Message {
			if s.Sensitive && !strings.Contains(seen, bot.Masked([]bot.Segment{s})) {
				tb.Errorf("%q not shown masked:\n%s", s.Text, seen)
			}
		}
	}
}
