package rules

import (
	"strings"
	"unicode/utf8"
)

// Danish without æ, ø and å: on keyboards and phones without them people
// write "ae", "oe" and "aa", or drop to "a" and "o" ("jeg hader dem, de skal
// doe"; "0" for "ø" is leetspeak for "o", and leaves any æ or å of the word
// as it is). Terms of Danish packs are added in these spellings too, so the
// rules read Danish however it is typed.

// daLetters maps each Danish letter to how it is written without it.
var daLetters = map[rune][2]string{
	'æ': {"ae", "a"},
	'ø': {"oe", "o"},
	'å': {"aa", "a"},
}

// maxSpellingVariants bounds the spellings generated for one term.
const maxSpellingVariants = 8

// minPlainRuleLetters is the fewest letters a rule term's spelling with a
// plain vowel for a Danish letter must have ("krobling" for "krøbling");
// shorter ones turn slurs into ordinary words ("kobling").
const minPlainRuleLetters = 8

// minELetters is the fewest letters a word needs for its spelling with æ
// as "e" ("bæst" is not "best").
const minELetters = 6

// minPlainLetters is the fewest letters a spelling with a single plain
// vowel for a Danish letter must have: "dø" as "do" or "så" as "sa" would
// read ordinary words as terms.
const minPlainLetters = 5

// asciiSpellings returns the ways term is written without æ, ø and å,
// without term itself. strict (for rule terms, which flag on their own)
// keeps only the digraph spellings (ae, oe, aa) of at least minPlainLetters
// letters: a plain vowel turns too many slurs into ordinary words
// ("købling" into "kobling").
func asciiSpellings(term string, strict bool) []string {
	vs := allSpellings(term)
	if strict {
		out := vs[:0]
		for _, v := range vs {
			if v == replaceDanish(strings.ToLower(term), 0) || utf8.RuneCountInString(v) >= minPlainRuleLetters {
				out = append(out, v)
			}
		}
		vs = out
	}
	return filterSpellings(vs, strict)
}

// allSpellings returns every spelling of term with each Danish letter kept,
// written as its digraph, or as a plain vowel.
func allSpellings(term string) []string {
	if !strings.ContainsAny(term, "æøåÆØÅ") {
		return nil
	}
	lower := strings.ToLower(term)
	var at []int
	for i, r := range lower {
		if _, ok := daLetters[r]; ok {
			at = append(at, i)
		}
	}
	if len(at) > 3 {
		// Too many combinations: all digraphs, or all plain vowels.
		return []string{replaceDanish(lower, 0), replaceDanish(lower, 1)}
	}
	out := []string{""}
	prev := 0
	for _, i := range at {
		r, size := utf8.DecodeRuneInString(lower[i:])
		alts := daLetters[r]
		var next []string
		for _, o := range out {
			seg := lower[prev:i]
			next = append(next, o+seg+string(r), o+seg+alts[0], o+seg+alts[1])
		}
		out = next
		prev = i + size
	}
	for k := range out {
		out[k] += lower[prev:]
	}
	var vs []string
	for _, v := range out {
		if v != lower && !strings.ContainsAny(v, "æøå") {
			vs = append(vs, v)
		}
	}
	if len(vs) > maxSpellingVariants {
		vs = vs[:maxSpellingVariants]
	}
	// "0" for "ø" is leetspeak that leaves the other Danish letters as
	// they are ("gr0nlænderne", "mine b0rn væk"): the spelling with only
	// ø as o.
	if oOnly := strings.ReplaceAll(lower, "ø", "o"); oOnly != lower && strings.ContainsAny(oOnly, "æå") {
		vs = append(vs, oOnly)
	}
	return vs
}

// eSpelling returns term with æ written "e" and the other Danish letters
// as plain vowels, as many type Danish by ear ("kelling", "lerere"), or ""
// when term has no æ or is too short. Such a spelling counts only as a
// whole word, without the term's wildcards: inside a longer one it is too
// often another language's word ("verste" in "verstehen").
func eSpelling(term string, strict bool) string {
	lower := strings.ToLower(term)
	if !strings.ContainsRune(lower, 'æ') {
		return ""
	}
	v := strings.Trim(replaceDanish(strings.ReplaceAll(lower, "æ", "e"), 1), "*")
	letters := 0
	for _, r := range v {
		if r != ' ' && r != '*' {
			letters++
		}
	}
	if letters < minELetters || (strict && letters < minPlainRuleLetters) {
		return ""
	}
	return v
}

// replaceDanish writes every Danish letter of s as its digraph (k=0) or
// plain vowel (k=1).
func replaceDanish(s string, k int) string {
	var b strings.Builder
	for _, r := range s {
		if alts, ok := daLetters[r]; ok {
			b.WriteString(alts[k])
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func filterSpellings(vs []string, strict bool) []string {
	out := vs[:0]
	for _, v := range vs {
		letters := 0
		for _, r := range v {
			if r != ' ' && r != '*' {
				letters++
			}
		}
		if letters < 3 || (strict && letters < minPlainLetters) {
			continue
		}
		out = append(out, v)
	}
	return out
}

// addTerm adds a term and, for Danish packs, its spellings without æ, ø and
// å. A spelling that is an ordinary word (common_words) is left out.
func (c *compiler) addTerm(term string, def uint8, kind uint8, ref int32, line int, strict bool) error {
	if err := c.addPattern(term, def, kind, ref, line); err != nil {
		return err
	}
	if c.lang != "da" {
		return nil
	}
	for _, v := range asciiSpellings(term, strict) {
		t, _ := termMode(v, 0)
		if c.isCommonWord(t) {
			continue
		}
		if err := c.addPattern(v, def, kind, ref, line); err != nil {
			return err
		}
	}
	if v := eSpelling(term, strict); v != "" {
		if t, _ := termMode(v, 0); !c.isCommonWord(t) {
			if err := c.addPattern(v, def|modeWhole, kind, ref, line); err != nil {
				return err
			}
		}
	}
	return nil
}

// isCommonWord reports whether word is in the common_words lexicon.
func (c *compiler) isCommonWord(word string) bool {
	if c.common == nil {
		return false
	}
	n := normalizer{alpha: &alphabet{}}
	n.run(word, &c.sc, true)
	if len(c.sc.ls) == 0 {
		return false
	}
	_, ok := c.common[hashLetters(c.sc.ls)]
	return ok
}
