package rules

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Masking: writers hide a slur's letters behind asterisks ("p*rker",
// "n**ger") so that word filters miss it while every reader still sees the
// word. The engine reads such a word as the slur whose other letters agree,
// evaluates the message with it, and reports the span as written.

// maskChar is the character that stands for one hidden letter.
const maskChar = '*'

// minMaskedWord is the fewest characters a masked word needs, and
// minMaskShown the fewest letters it must still show (and at least as many
// as it hides): "f**" or "z*****x" hide too much to say which word it was.
const (
	minMaskedWord = 4
	minMaskShown  = 2
)

// maskIndex holds the slur terms a masked word may stand for, by length in
// runes; open holds the terms open at their end ("perker*"), which a
// longer masked word may start with ("p*rkerne").
type maskIndex struct {
	exact map[int][][]rune
	open  [][]rune
}

func newMaskIndex() *maskIndex { return &maskIndex{exact: map[int][][]rune{}} }

// add records a slur rule's term as something a masked word may hide.
// Phrases and terms with digits are left out.
func (m *maskIndex) add(term string) {
	t, mode := termMode(strings.TrimSpace(term), 0)
	t = strings.ToLower(t)
	rs := []rune(t)
	if len(rs) < minMaskedWord {
		return
	}
	for _, r := range rs {
		if !unicode.IsLetter(r) {
			return
		}
	}
	m.exact[len(rs)] = append(m.exact[len(rs)], rs)
	if mode&modeOpenRight != 0 {
		m.open = append(m.open, rs)
	}
}

// maskEdit is one masked word spelled out: bytes [ts,te) of the text are
// bytes [us,ue) of the unmasked text. A letter may take more bytes than its
// asterisk ("ø"), so the two spans may differ in length.
type maskEdit struct{ ts, te, us, ue int }

// unmask returns text with each masked word that agrees with a slur or
// group term spelled out, and the edits it made, in order. It returns text
// itself and nil when nothing was masked.
func (m *maskIndex) unmask(text string) (string, []maskEdit) {
	if m == nil || len(m.exact) == 0 || strings.IndexByte(text, maskChar) < 0 {
		return text, nil
	}
	var out []byte
	var edits []maskEdit
	last := 0 // the end of the text copied to out so far
	i := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) {
			i += size
			continue
		}
		// A word of letters and masks, starting with a letter.
		j, runes, shown, masks := i, 0, 0, 0
		for j < len(text) {
			c, n := utf8.DecodeRuneInString(text[j:])
			if c == maskChar {
				masks++
			} else if unicode.IsLetter(c) {
				shown++
			} else {
				break
			}
			runes++
			j += n
		}
		if masks > 0 && shown >= minMaskShown && (shown >= masks || edgesShown(text[i:j])) && runes >= minMaskedWord {
			if word, ok := m.match(text[i:j], runes); ok {
				out = append(out, text[last:i]...)
				edits = append(edits, maskEdit{ts: i, te: j, us: len(out), ue: len(out) + len(word)})
				out = append(out, word...)
				last = j
			}
		}
		i = j
	}
	if edits == nil {
		return text, nil
	}
	out = append(out, text[last:]...)
	return string(out), edits
}

// textOffset maps an offset of the unmasked text back to the text: an
// offset inside a spelled-out word goes to the word's start (or, for an
// end, its end).
func textOffset(edits []maskEdit, o int, end bool) int {
	delta := 0 // bytes the edits before o added
	for _, ed := range edits {
		switch {
		case o <= ed.us:
			return o - delta
		case o < ed.ue:
			if end {
				return ed.te
			}
			return ed.ts
		}
		delta += (ed.ue - ed.us) - (ed.te - ed.ts)
	}
	return o - delta
}

// overlapsEdit reports whether [a,b) of the text overlaps a masked word.
func overlapsEdit(edits []maskEdit, a, b int) bool {
	for _, ed := range edits {
		if a < ed.te && ed.ts < b {
			return true
		}
	}
	return false
}

// match finds a term that the masked word w (of n runes) agrees with: a
// term of the same length, or an open term that w starts with, every mask
// falling inside the term.
func (m *maskIndex) match(w string, n int) (string, bool) {
	word := []rune(w)
	agrees := func(t []rune) bool {
		for k, c := range word {
			switch {
			case k < len(t) && (c == maskChar || unicode.ToLower(c) == t[k]):
			case k >= len(t) && c != maskChar:
			default:
				return false
			}
		}
		return true
	}
	fill := func(t []rune) string {
		var b strings.Builder
		for k, c := range word {
			if c == maskChar {
				c = t[k]
			}
			b.WriteRune(c) // the writer's capitals where letters were shown
		}
		return b.String()
	}
	for _, t := range m.exact[n] {
		if agrees(t) {
			return fill(t), true
		}
	}
	for _, t := range m.open {
		if len(t) < n && agrees(t) {
			return fill(t), true
		}
	}
	return "", false
}

// edgesShown reports whether a masked word of five or more characters
// shows its first and last letter ("n****r"): the usual way to hide a
// slur while leaving it readable.
func edgesShown(w string) bool {
	first, _ := utf8.DecodeRuneInString(w)
	last, _ := utf8.DecodeLastRuneInString(w)
	return utf8.RuneCountInString(w) >= 5 && first != maskChar && last != maskChar
}
