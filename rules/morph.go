package rules

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Morphology: packs list lemmas by word class ("lemmas: {noun: [polak]}")
// and the compiler adds their inflected forms, so a pack says "polak" once
// and matches "polakker", "polakkerne" and "polakkens". The rules are the
// regular Danish and English paradigms; they over-generate (both "muslimer"
// and "muslimmer"), which costs nothing, since a form nobody writes never
// matches. rules/dictionary_test.go checks them against Danish and English
// dictionaries.

// Word classes a lemma may have.
const (
	classNoun = "noun"
	classVerb = "verb"
	classAdj  = "adj"
)

// inflect returns the forms of lemma in lang ("da" or anything else for
// English), lemma first. A phrase inflects its first word (verbs,
// adjectives) or its last (nouns).
func inflect(lang, class, lemma string) ([]string, error) {
	lemma = strings.TrimSpace(strings.ToLower(lemma))
	if lemma == "" {
		return nil, fmt.Errorf("empty lemma")
	}
	words := strings.Fields(lemma)
	at := 0
	if class == classNoun {
		at = len(words) - 1
	}
	var gen func(string) []string
	switch {
	case lang == "da" && class == classNoun:
		gen = daNoun
	case lang == "da" && class == classVerb:
		gen = daVerb
	case lang == "da" && class == classAdj:
		gen = daAdj
	case class == classNoun:
		gen = enNoun
	case class == classVerb:
		gen = enVerb
	case class == classAdj:
		gen = func(w string) []string { return []string{w} }
	default:
		return nil, fmt.Errorf("unknown word class %q (want noun, verb or adj)", class)
	}
	var out []string
	seen := map[string]bool{}
	for _, f := range gen(words[at]) {
		w := append([]string(nil), words...)
		w[at] = f
		p := strings.Join(w, " ")
		if !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	return out, nil
}

func isVowel(r rune) bool { return strings.ContainsRune("aeiouyæøå", r) }

// lastRunes returns the last n runes of s, or fewer.
func lastRunes(s string, n int) []rune {
	rs := []rune(s)
	if len(rs) > n {
		rs = rs[len(rs)-n:]
	}
	return rs
}

// doubles reports whether a word's final consonant is doubled before an
// ending: one consonant after one vowel ("polak" -> "polakker",
// "dum" -> "dumme").
func doubles(w string) bool {
	rs := lastRunes(w, 3)
	n := len(rs)
	if n < 2 || isVowel(rs[n-1]) || !isVowel(rs[n-2]) || strings.ContainsRune("jvwx", rs[n-1]) {
		return false
	}
	return n == 2 || !isVowel(rs[n-3])
}

func lastRune(w string) string {
	r, _ := utf8.DecodeLastRuneInString(w)
	return string(r)
}

func daNoun(l string) []string {
	switch {
	case strings.HasSuffix(l, "er"): // indvandrer, perker, somalier; center
		out := []string{l, l + "e", l + "en", l + "ne", l + "s", l + "es", l + "ens", l + "nes", l + "et", l + "ets"}
		sync := strings.TrimSuffix(l, "er") + "r" // asylcentret, asylcentre
		return append(out, sync+"et", sync+"ets", sync+"e", sync+"ene", sync+"enes", sync+"es")
	case strings.HasSuffix(l, "e"): // jøde, rotte; moske (moskeen, moskeer)
		return []string{l, l + "n", l + "r", l + "rne", l + "s", l + "ns", l + "rs", l + "rnes",
			l + "en", l + "er", l + "erne", l + "ens", l + "ers", l + "ernes"}
	case strings.HasSuffix(l, "ing"): // flygtning, kælling
		return []string{l, l + "en", l + "e", l + "er", l + "ene", l + "erne", l + "s", l + "ens", l + "es",
			l + "ers", l + "enes", l + "ernes"}
	}
	stems := []string{l}
	if doubles(l) {
		stems = append(stems, l+lastRune(l))
	}
	out := []string{l, l + "s", l + "et", l + "ets"} // svin, svinet
	for _, s := range stems {
		out = append(out, s+"en", s+"er", s+"erne", s+"ens", s+"ers", s+"ernes", s+"e", s+"ene", s+"enes", s+"es")
	}
	return out
}

func daVerb(l string) []string {
	if !strings.HasSuffix(l, "e") || utf8.RuneCountInString(l) < 3 {
		return []string{l, l + "r", l + "s", l + "et", l + "ede"} // gå, dø, slå
	}
	stem := strings.TrimSuffix(l, "e")
	imp := stem
	if rs := lastRunes(stem, 2); len(rs) == 2 && rs[0] == rs[1] && !isVowel(rs[1]) {
		imp = strings.TrimSuffix(stem, string(rs[1])) // stikke -> stik
	}
	return []string{l, l + "r", l + "s", imp, stem + "ede", stem + "te", stem + "et", stem + "t", l + "nde", stem + "es"}
}

func daAdj(l string) []string {
	out := []string{l, l + "e", l + "t"}
	if doubles(l) {
		out = append(out, l+lastRune(l)+"e") // dum -> dumme
	}
	for _, end := range []string{"er", "el", "en"} {
		if rs := lastRunes(l, 3); len(rs) == 3 && strings.HasSuffix(l, end) && !isVowel(rs[0]) {
			stem := strings.TrimSuffix(l, end)
			if r := lastRunes(stem, 2); len(r) == 2 && r[0] == r[1] {
				stem = strings.TrimSuffix(stem, string(r[1])) // ulækker -> ulæk
			}
			out = append(out, stem+end[1:]+"e") // ulækre, gamle, sultne
		}
	}
	return out
}

func enNoun(l string) []string {
	switch {
	case strings.HasSuffix(l, "s") || strings.HasSuffix(l, "x") || strings.HasSuffix(l, "z") ||
		strings.HasSuffix(l, "ch") || strings.HasSuffix(l, "sh"):
		return []string{l, l + "es"}
	case strings.HasSuffix(l, "y") && len(l) > 1 && !isVowel(lastRunes(l, 2)[0]):
		return []string{l, strings.TrimSuffix(l, "y") + "ies"}
	}
	return []string{l, l + "s"}
}

func enVerb(l string) []string {
	out := []string{l}
	switch {
	case strings.HasSuffix(l, "e"):
		out = append(out, l+"s", l+"d", strings.TrimSuffix(l, "e")+"ing")
	case strings.HasSuffix(l, "y") && len(l) > 1 && !isVowel(lastRunes(l, 2)[0]):
		out = append(out, strings.TrimSuffix(l, "y")+"ies", strings.TrimSuffix(l, "y")+"ied", l+"ing")
	default:
		es := "s"
		if strings.HasSuffix(l, "s") || strings.HasSuffix(l, "sh") || strings.HasSuffix(l, "ch") || strings.HasSuffix(l, "x") {
			es = "es"
		}
		out = append(out, l+es, l+"ed", l+"ing")
		if doubles(l) && utf8.RuneCountInString(l) <= 4 {
			d := l + lastRune(l)
			out = append(out, d+"ed", d+"ing") // stab -> stabbed
		}
	}
	return out
}
