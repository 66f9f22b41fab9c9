package rules

import (
	"fmt"
	"regexp"
	"strings"
)

// ruleKinds is the one table of rule kinds: each takes a rule from a pack,
// checks it and adds what it needs to the compiler.
var ruleKinds = []struct {
	name    string
	present func(*Rule) bool
	compile func(c *compiler, r *Rule, cr *compiledRule) error
}{
	{"terms", func(r *Rule) bool { return len(r.Terms) > 0 || len(r.Lemmas) > 0 }, compileTerms},
	{"near", func(r *Rule) bool { return len(r.Near) > 0 }, compileNear},
	{"regex", func(r *Rule) bool { return r.Regex != "" }, compileRegex},
}

// kindOf names the rule's kind, or says why it has none or several.
func kindOf(r *Rule) (int, error) {
	found := -1
	for i, k := range ruleKinds {
		if !k.present(r) {
			continue
		}
		if found >= 0 {
			return -1, fmt.Errorf("rule %q has both %s and %s: give one of terms, near or regex", r.ID, ruleKinds[found].name, k.name)
		}
		found = i
	}
	if found < 0 {
		return -1, fmt.Errorf("rule %q says nothing to match: give terms, near or regex", r.ID)
	}
	return found, nil
}

// Match modes of a term.
const (
	modeWord      uint8 = 0
	modeOpenLeft  uint8 = 1 << iota // may start inside a word ("*perker")
	modeOpenRight                   // may end inside a word ("perker*")
	modeWhole                       // a whole word only, never one of several written together
)

// parseMode reads a rule's or lexicon's match field.
func parseMode(s string) (uint8, error) {
	switch s {
	case "", "word":
		return modeWord, nil
	case "prefix", "compound":
		return modeOpenRight, nil
	case "suffix":
		return modeOpenLeft, nil
	case "anywhere":
		return modeOpenLeft | modeOpenRight, nil
	}
	return 0, fmt.Errorf("unknown match %q (want word, prefix, suffix or anywhere)", s)
}

// termMode strips the star markers from a term and returns its mode.
func termMode(t string, def uint8) (string, uint8) {
	m := def
	if strings.HasPrefix(t, "*") {
		m |= modeOpenLeft
		t = t[1:]
	}
	if strings.HasSuffix(t, "*") {
		m |= modeOpenRight
		t = t[:len(t)-1]
	}
	return t, m
}

func compileTerms(c *compiler, r *Rule, cr *compiledRule) error {
	def, err := parseMode(r.Match)
	if err != nil {
		return err
	}
	switch r.Repeats {
	case "", "collapse":
	case "exact":
		c.exactRuns = true
		defer func() { c.exactRuns = false }()
	default:
		return fmt.Errorf("unknown repeats %q (want collapse or exact)", r.Repeats)
	}
	for i, t := range r.Terms {
		if err := c.addTerm(t, def, patRule, cr.index, lineAt(r.termLines, i, r.Line), true); err != nil {
			return err
		}
		if cr.cat == CatSlur {
			c.masks.addLang(t, c.lang)
		}
	}
	forms, err := c.lemmaForms(r.Lemmas)
	if err != nil {
		return err
	}
	for _, t := range forms {
		if err := c.addTerm(t, def, patRule, cr.index, r.Line, true); err != nil {
			return err
		}
		if cr.cat == CatSlur {
			c.masks.addLang(t, c.lang)
		}
	}
	for _, x := range r.Exceptions {
		if err := c.addTerm(x, modeWord, patException, cr.index, r.Line, false); err != nil {
			return err
		}
	}
	return nil
}

func compileNear(c *compiler, r *Rule, cr *compiledRule) error {
	if len(r.Near) < 1 || len(r.Near) > 4 {
		return fmt.Errorf("near takes 1 to 4 lexicon names, got %d", len(r.Near))
	}
	for _, name := range r.Near {
		li, ok := c.lexIndex[name]
		if !ok {
			return fmt.Errorf("near names lexicon %q, which no pack defines (defined: %s)", name, strings.Join(c.lexNames, ", "))
		}
		cr.near = append(cr.near, li)
	}
	cr.within = 4
	if r.Within != nil {
		cr.within = *r.Within
	}
	if cr.within < 0 || cr.within > 30 {
		return fmt.Errorf("within must be between 0 and 30 words, got %d", cr.within)
	}
	cr.ordered = r.Ordered
	if r.Invert && (!r.Ordered || len(r.Near) < 2) {
		return fmt.Errorf("invert swaps the first two parts of an ordered rule: set ordered: true and give at least two near lexicons")
	}
	switch r.Sentences {
	case "", "same":
	case "across":
		cr.across = true
	case "clause":
		cr.clause = true
	default:
		return fmt.Errorf("unknown sentences %q (want same, clause or across)", r.Sentences)
	}
	switch r.Negation {
	case "", "between":
		cr.negation = negBetween
	case "before":
		cr.negation = negBefore
	case "none":
		cr.negation = negNone
	default:
		return fmt.Errorf("unknown negation %q (want between, before or none)", r.Negation)
	}
	return nil
}

func compileRegex(c *compiler, r *Rule, cr *compiledRule) error {
	re, err := regexp.Compile(r.Regex)
	if err != nil {
		return fmt.Errorf("bad regex: %v", strings.TrimPrefix(err.Error(), "error parsing regexp: "))
	}
	cr.re = re
	c.regexRules = append(c.regexRules, cr.index)
	return nil
}

func lineAt(lines []int, i, def int) int {
	if i < len(lines) {
		return lines[i]
	}
	return def
}

// lemmaForms inflects lemmas by class in the language of the pack being
// compiled, in a stable order.
func (c *compiler) lemmaForms(lemmas map[string][]string) ([]string, error) {
	var out []string
	for _, class := range []string{classNoun, classVerb, classAdj} {
		for _, l := range lemmas[class] {
			fs, err := inflect(c.lang, class, l)
			if err != nil {
				return nil, fmt.Errorf("lemma %q: %w", l, err)
			}
			out = append(out, fs...)
		}
	}
	for class := range lemmas {
		if class != classNoun && class != classVerb && class != classAdj {
			return nil, fmt.Errorf("lemmas: unknown word class %q (want noun, verb or adj)", class)
		}
	}
	return out, nil
}
