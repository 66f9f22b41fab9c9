package templates

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/trygbot/trygbot/rules"
)

// CatAny is the category of a template that fits every category. Suggest
// uses such templates when a category's own templates offer too few tones.
const CatAny rules.Category = "any"

// Tone is the stance of a template.
type Tone string

// Tones of templates.
const (
	// ToneEmpathetic assumes good faith and acknowledges the feeling behind
	// the message.
	ToneEmpathetic Tone = "empathetic"
	// ToneNormSetting names the behaviour and appeals to the group's norms.
	ToneNormSetting Tone = "norm-setting"
	// ToneQuestion asks a genuine question.
	ToneQuestion Tone = "question"
	// ToneSupport speaks to the person or group that was targeted.
	ToneSupport Tone = "support"
	// ToneFirm states the rule and what happens next, without inviting
	// argument.
	ToneFirm Tone = "firm"
)

// Tones lists every tone in a fixed order (Suggest shuffles from it).
var Tones = []Tone{ToneNormSetting, ToneEmpathetic, ToneQuestion, ToneSupport, ToneFirm}

// calmTones are the only tones for threats and extremism: no questions that
// invite argument, no humour.
var calmTones = []Tone{ToneFirm, ToneSupport}

// AllowedTones returns the tones a template of category cat may have:
// firm and support for threats and extremism, every tone otherwise.
func AllowedTones(cat rules.Category) []Tone {
	if cat == rules.CatThreat || cat == rules.CatExtremism {
		return slices.Clone(calmTones)
	}
	return slices.Clone(Tones)
}

// Placeholders are the names a template's text may use in braces.
var Placeholders = []string{"author", "community", "rules_link"}

// Template is one de-escalation reply.
type Template struct {
	// ID is unique within a Set, by convention LANG.CATEGORY.NAME
	// ("da.slur.norm").
	ID string
	// Category is a rules category, or CatAny.
	Category rules.Category
	Tone     Tone
	// Lang is the language code of the pack the template came from.
	Lang string
	// Text is the reply, with placeholders {author}, {community} and
	// {rules_link}.
	Text string
	// Rationale says in one line why the reply works.
	Rationale string
}

// Vars are the values Render puts in for the placeholders.
type Vars struct {
	// Author is the flagged message's author's display name.
	Author string
	// Community is the community's display name.
	Community string
	// RulesLink is the community's rules link; it may be empty.
	RulesLink string
}

// communityFallback stands in for an empty Vars.Community, by language.
// Templates never start a sentence with {community}, so these are lower
// case.
var communityFallback = map[string]string{"da": "gruppen", "en": "this group"}

// zwsp is the zero-width space Render inserts after '@' so that no
// platform reads a mention.
const zwsp = "\u200b"

// Render fills in t's placeholders from v. Placeholders are replaced in one
// pass, so a value that itself contains "{author}" stays as written.
//
// The rules-link rule: {rules_link} stands inside parentheses, normally at
// the end of a sentence ("Skriv gerne igen uden det (vores regler:
// {rules_link})."), and the sentence must read well without the
// parenthesis. When v.RulesLink is empty, Render drops the whole
// parenthesis around {rules_link} together with the space before it, so
// the example renders "Skriv gerne igen uden det." Parse refuses a
// {rules_link} that is not inside parentheses.
//
// When v.Author is empty, a leading "{author}, " is dropped and the next
// letter capitalised (the bot always knows the author; this only keeps a
// preview readable); any other {author} is removed. When v.Community is empty, the language's generic
// name is used ("gruppen", "this group").
//
// Render never produces a mass mention: it inserts a zero-width space after
// every '@' (and inside every "<@") in Author and Community, after the '@'
// of @everyone, @here, @channel and @all anywhere in the result, and
// between '<' and '@' of any other <@…> mention (so a rules link such as
// https://example.org/@club keeps working). Escaping for a platform's
// markup is the adapter's job.
func Render(t Template, v Vars) string {
	s := t.Text
	link := strings.TrimSpace(v.RulesLink)
	if link == "" {
		s = dropRulesLink(s)
	}
	author := strings.TrimSpace(v.Author)
	if author == "" {
		if rest, ok := strings.CutPrefix(s, "{author}, "); ok {
			s = capitalise(rest)
		}
		s = tidy(strings.ReplaceAll(s, "{author}", ""))
	}
	community := strings.TrimSpace(v.Community)
	if community == "" {
		community = communityFallback[normLang(t.Lang)]
		if community == "" {
			community = communityFallback["en"]
		}
	}
	s = strings.NewReplacer(
		"{author}", defuseAll(author),
		"{community}", defuseAll(community),
		"{rules_link}", link,
	).Replace(s)
	return defuseMass(s)
}

// dropRulesLink removes every parenthesis that holds {rules_link}, and the
// space before it (or after it, at the start of the text). A {rules_link}
// outside parentheses, which Parse refuses, is removed alone.
func dropRulesLink(s string) string {
	for {
		i := strings.Index(s, "{rules_link}")
		if i < 0 {
			return s
		}
		open, end, ok := linkGroup(s, i)
		if !ok {
			s = s[:i] + s[i+len("{rules_link}"):]
			continue
		}
		switch {
		case open > 0 && s[open-1] == ' ':
			open--
		case open == 0 && end < len(s) && s[end] == ' ':
			end++
		}
		s = s[:open] + s[end:]
	}
}

// linkGroup finds the parenthesis around the placeholder at byte i of s:
// the nearest '(' before it with no ')' between, and the nearest ')' after
// it with no '(' between. It returns the byte offsets of '(' and just past
// ')'.
func linkGroup(s string, i int) (open, end int, ok bool) {
	open = strings.LastIndexAny(s[:i], "()")
	if open < 0 || s[open] != '(' {
		return 0, 0, false
	}
	j := strings.IndexAny(s[i:], "()")
	if j < 0 || s[i+j] != ')' {
		return 0, 0, false
	}
	return open, i + j + 1, true
}

// tidy collapses the double spaces, and the spaces before punctuation, that
// an empty author can leave in a template's text.
func tidy(s string) string {
	for strings.Contains(s, "  ") {
		s = strings.ReplaceAll(s, "  ", " ")
	}
	for _, p := range []string{" ,", " .", " !", " ?"} {
		s = strings.ReplaceAll(s, p, p[1:])
	}
	return strings.TrimSpace(s)
}

func capitalise(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// defuseAll inserts a zero-width space after every '@' of a value, so no
// display name can mention anyone.
func defuseAll(s string) string {
	return strings.NewReplacer("<@", "<"+zwsp+"@"+zwsp, "@", "@"+zwsp).Replace(s)
}

// defuseMass inserts a zero-width space after the '@' of every mass mention,
// and between '<' and '@' of every <@…> user or role mention, in s.
func defuseMass(s string) string {
	var b strings.Builder
	last := 0
	for i := 0; i < len(s); i++ {
		if s[i] != '@' || strings.HasPrefix(s[i+1:], zwsp) {
			continue
		}
		switch {
		case i > 0 && s[i-1] == '<':
			b.WriteString(s[last:i])
			b.WriteString(zwsp)
			last = i
		case massWord(s[i+1:]) != "":
			b.WriteString(s[last : i+1])
			b.WriteString(zwsp)
			last = i + 1
		}
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// massWord returns the mass-mention keyword that rest (the text after an
// '@') starts with, or "". @everyone and @here count anywhere, as Discord
// reads them; @channel and @all only as whole words, so that an address at
// a place such as "allerod.dk" is not one.
func massWord(rest string) string {
	for _, w := range []string{"everyone", "here"} {
		if hasPrefixFold(rest, w) {
			return w
		}
	}
	for _, w := range []string{"channel", "all"} {
		if hasPrefixFold(rest, w) {
			r, _ := utf8.DecodeRuneInString(rest[len(w):])
			if r == utf8.RuneError || !isWordRune(r) {
				return w
			}
		}
	}
	return ""
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

func isWordRune(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r)
}

// findMention returns the first mention in a template's text, or "": a mass
// mention, a <@…> user or role mention, "@{…" (a placeholder made into a
// mention) or an @name at the start of a word (a Telegram or Discord
// username). An '@' inside a word, as in an e-mail address, is not one.
func findMention(text string) string {
	for i := 0; i < len(text); i++ {
		if text[i] != '@' {
			continue
		}
		rest := text[i+1:]
		if i > 0 && text[i-1] == '<' {
			return "<" + token(text[i:])
		}
		if w := massWord(rest); w != "" {
			return "@" + rest[:len(w)]
		}
		if strings.HasPrefix(rest, "{") {
			return token(text[i:])
		}
		prev, _ := utf8.DecodeLastRuneInString(text[:i])
		next, _ := utf8.DecodeRuneInString(rest)
		if (i == 0 || !isWordRune(prev) && prev != '.' && prev != '-') && next != utf8.RuneError && isWordRune(next) {
			return token(text[i:])
		}
	}
	return ""
}

// token returns s up to the first space or closing bracket, at most 40
// bytes, for error messages.
func token(s string) string {
	end := len(s)
	if i := strings.IndexAny(s, " \t\n>}"); i >= 0 {
		end = i
		if s[i] == '>' || s[i] == '}' {
			end++
		}
	}
	if end > 40 {
		end = 40
		for end > 0 && !utf8.RuneStart(s[end]) {
			end--
		}
	}
	return s[:end]
}
