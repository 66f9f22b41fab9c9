package bot

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/trygbot/trygbot/rules"
)

// Explanations can spell out what the message hides: a match's
// explanation names its terms («bøse») or quotes the slur ("perker"), and
// the terms are in normal form, which for a masked or disguised word
// ("p*rker", "b0sse") is the slur in clear. So explanation lines are
// segments too, with the same pieces Sensitive as in the message, and every
// platform masks them as it masks the message's.

// maxWhyLines is how many of a verdict's reasons a chat prompt spells out.
const maxWhyLines = 3

// whyLines explains the verdict's matches, one line each in lang (the
// explanation, category, severity and rule id): the strongest maxWhyLines,
// and a line that counts the rest.
func whyLines(v rules.Verdict, lang string) [][]Segment {
	t := texts(lang)
	var out [][]Segment
	for i, m := range v.Matches {
		if i == maxWhyLines && len(v.Matches) > maxWhyLines+1 {
			// A phone shows a few reasons well; the verdict's matches come
			// strongest first, and the case page lists them all.
			out = append(out, []Segment{{Text: fmt.Sprintf(t.moreRules, len(v.Matches)-maxWhyLines)}})
			break
		}
		line := WhySegments(m, v)
		line = append(line, Segment{Text: fmt.Sprintf(" (%s, %s) [", rules.CategoryName(m.Category, lang), t.severity(m.Severity))})
		line = append(line, RuleSegments(m.Rule, v)...)
		out = append(out, append(line, Segment{Text: "]"}))
	}
	return out
}

// WhySegments splits m's explanation into segments, marking Sensitive every
// slur of the verdict v (see slurWords) and, in a slur match's own
// explanation, whatever it quotes ("perker", «bøse»). Render them as the
// message is rendered: Masked.
func WhySegments(m rules.Match, v rules.Verdict) []Segment {
	hide := make([]bool, len(m.Why))
	if m.Category == rules.CatSlur {
		markQuoted(m.Why, hide)
	}
	for _, w := range slurWords(v) {
		markWord(m.Why, w, hide)
	}
	return split(m.Why, hide)
}

// RuleSegments splits a rule id into segments, marking Sensitive each part
// of it that spells, or begins, one of the verdict's slurs (see slurWords):
// "da.slur.perker", "da.slur.neger".
func RuleSegments(id string, v rules.Verdict) []Segment {
	hide := make([]bool, len(id))
	var words []string
	for _, w := range slurWords(v) {
		words = append(words, strings.Fields(strings.ToLower(w))...)
	}
	for i := 0; i < len(id); {
		j := i
		for j < len(id) && isWordRune(id[j:], false) {
			_, size := utf8.DecodeRuneInString(id[j:])
			j += size
		}
		if j == i {
			i++
			continue
		}
		part := strings.ToLower(id[i:j])
		for _, w := range words {
			if utf8.RuneCountInString(part) >= 3 && strings.HasPrefix(w, part) {
				for k := i; k < j; k++ {
					hide[k] = true
				}
				break
			}
		}
		i = j
	}
	return split(id, hide)
}

// split cuts s into segments where hide changes.
func split(s string, hide []bool) []Segment {
	var out []Segment
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && hide[j] == hide[i] {
			j++
		}
		out = append(out, Segment{Text: s[i:j], Sensitive: hide[i]})
		i = j
	}
	return out
}

// slurWords are the words a verdict's slur matches hide in the message,
// and the words their explanations quote: each span as written, each term
// in normal form (the normal form of "p*rker" is the slur in clear).
func slurWords(v rules.Verdict) []string {
	var words []string
	for _, m := range v.Matches {
		if m.Category != rules.CatSlur {
			continue
		}
		words = append(words, m.Text)
		words = append(words, m.Normalized...)
		hide := make([]bool, len(m.Why))
		markQuoted(m.Why, hide)
		for _, sg := range split(m.Why, hide) {
			if sg.Sensitive {
				words = append(words, sg.Text)
			}
		}
	}
	return words
}

// quotes pairs the quotation marks explanations use.
var quotes = [][2]string{{`"`, `"`}, {"«", "»"}, {"“", "”"}, {"„", "“"}}

// markQuoted marks the text between each pair of quotation marks in s.
func markQuoted(s string, hide []bool) {
	for _, q := range quotes {
		for from := 0; from < len(s); {
			a := strings.Index(s[from:], q[0])
			if a < 0 {
				break
			}
			a += from + len(q[0])
			b := strings.Index(s[a:], q[1])
			if b < 0 {
				break
			}
			b += a
			for i := a; i < b; i++ {
				hide[i] = true
			}
			from = b + len(q[1])
		}
	}
}

// markWord marks each whole-word occurrence of w in s, ignoring case.
func markWord(s, w string, hide []bool) {
	w = strings.TrimSpace(w)
	if w == "" {
		return
	}
	for i := 0; i < len(s); {
		n := prefixFold(s[i:], w)
		if n > 0 && !isWordRune(s[:i], true) && !isWordRune(s[i+n:], false) {
			for k := i; k < i+n; k++ {
				hide[k] = true
			}
			i += n
			continue
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
}

// prefixFold returns how many bytes of s spell w, ignoring case, or 0.
func prefixFold(s, w string) int {
	i := 0
	for _, wr := range w {
		if i >= len(s) {
			return 0
		}
		sr, size := utf8.DecodeRuneInString(s[i:])
		if sr != wr && unicode.ToLower(sr) != unicode.ToLower(wr) {
			return 0
		}
		i += size
	}
	return i
}

// isWordRune reports whether the last (last) or first rune of s is a
// letter or digit.
func isWordRune(s string, last bool) bool {
	var r rune
	if last {
		r, _ = utf8.DecodeLastRuneInString(s)
	} else {
		r, _ = utf8.DecodeRuneInString(s)
	}
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r))
}
