// Package slurtest helps tests check that what people see never shows a
// slur: the terms of the slur rules of a set of packs, and the ones a text
// shows as they are. It is for tests only and imports only rules.
package slurtest

import (
	"strings"
	"testing"
	"unicode"

	"github.com/trygbot/trygbot/rules"
)

// notSlur are the slots of slur rules that hold the target or a modifier,
// not the slur: "din" and "fjollede" in "din fjollede b•••e".
var notSlur = map[string]bool{"addressee": true, "like_you": true, "vocative": true, "person_insult": true, "vile": true}

// Terms are the terms of every slur rule of packs (and of the lexicons its
// near rules combine, but the reader words "addressee" and "like_you"),
// lower case, without their '*' marks. It fails the test when there are so
// few that the packs must have changed shape.
func Terms(tb testing.TB, packs []*rules.Pack) map[string]bool {
	tb.Helper()
	lex := map[string][]string{}
	for _, p := range packs {
		for name, l := range p.Lexicons {
			lex[name] = append(lex[name], l.Terms...)
		}
	}
	terms := map[string]bool{}
	add := func(ts []string) {
		for _, s := range ts {
			if s = strings.ToLower(strings.TrimSpace(strings.Trim(s, "*"))); s != "" {
				terms[s] = true
			}
		}
	}
	for _, p := range packs {
		for _, r := range p.Rules {
			if r.Category != rules.CatSlur {
				continue
			}
			add(r.Terms)
			for _, n := range r.Near {
				if !notSlur[n] {
					add(lex[n])
				}
			}
		}
	}
	if len(terms) < 100 {
		tb.Fatalf("only %d slur terms: the packs changed shape", len(terms))
	}
	return terms
}

// Builtin is Terms of the built-in packs.
func Builtin(tb testing.TB) map[string]bool {
	tb.Helper()
	packs, err := rules.BuiltinPacks()
	if err != nil {
		tb.Fatal(err)
	}
	return Terms(tb, packs)
}

// Unmasked returns the terms text shows as they are: each run of up to four
// words is looked up. A masked letter (•) is part of a word, so "p•••••"
// is no term.
func Unmasked(text string, terms map[string]bool) []string {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '•'
	})
	var found []string
	for i := range words {
		for n := 1; n <= 4 && i+n <= len(words); n++ {
			if s := strings.Join(words[i:i+n], " "); terms[s] {
				found = append(found, s)
			}
		}
	}
	return found
}
