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

// isMask reports whether r stands for one hidden letter: an asterisk, a
// hash or a bullet ("p*rker", "p#rker", "p•rker").
func isMask(r rune) bool { return r == '*' || r == '#' || r == '•' }

// hasMask reports quickly whether text has a mask character. It looks for
// each with a byte search: strings.ContainsAny with the non-ASCII bullet
// in its set falls back to a rune-by-rune scan several times slower.
func hasMask(text string) bool {
	return strings.IndexByte(text, '*') >= 0 || strings.IndexByte(text, '#') >= 0 || strings.Contains(text, "•")
}

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
	exact map[int][]maskTerm
	open  []maskTerm
	// group is the same for group names, tried after the slurs: "p****e"
	// is the slur before it is any group name of that shape.
	group *maskIndex
}

// maskTerm is a term a masked word may hide, with its pack's language: a
// Danish message's "p****e" is the Danish slur before an English one.
type maskTerm struct {
	rs   []rune
	lang string
}

func newMaskIndex() *maskIndex {
	return &maskIndex{exact: map[int][]maskTerm{}, group: &maskIndex{exact: map[int][]maskTerm{}}}
}

// addGroup records a group name of a pack in lang as something a masked
// word may hide.
func (m *maskIndex) addGroup(term, lang string) { m.group.addLang(term, lang) }

// add records a slur rule's term as something a masked word may hide.
func (m *maskIndex) add(term string) { m.addLang(term, "") }

// addLang records a slur rule's term of a pack in lang. Phrases and terms
// with digits are left out.
func (m *maskIndex) addLang(term, lang string) {
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
	mt := maskTerm{rs: rs, lang: lang}
	m.exact[len(rs)] = append(m.exact[len(rs)], mt)
	if mode&modeOpenRight != 0 {
		m.open = append(m.open, mt)
	}
}

// maskEdit is one masked word spelled out: bytes [ts,te) of the text are
// bytes [us,ue) of the unmasked text. A letter may take more bytes than its
// asterisk ("ø"), so the two spans may differ in length. kind names the
// evasion for the match's explanation.
type maskEdit struct {
	ts, te, us, ue int
	kind           string
}

// The kinds of maskEdit.
const (
	editMasked      = "masked letters"
	editEmojiLetter = "emoji in a word"
	editEmojiWord   = "emoji for a word"
)

// unmask returns text with each masked word that agrees with a slur or
// group term spelled out, and the edits it made, in order. An emoji inside
// a word counts as a mask ("p🤮rker"), or else as nothing ("n👏i👏g👏g👏er");
// an emoji of an animal or filth standing alone is replaced by its word
// (emojiWords). It returns text itself and nil when nothing changed.
func (m *maskIndex) unmask(text, lang string) (string, []maskEdit) {
	if m == nil || (len(m.exact) == 0 && len(m.group.exact) == 0) ||
		(!hasMask(text) && !emojiToRead(text)) {
		return text, nil
	}
	u := unmasker{m: m, text: text, lang: lang}
	i := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsLetter(r):
			i = u.word(i)
		case isEmoji(r):
			j := emojiEnd(text, i)
			if w, ok := emojiWord(r, lang, text); ok {
				u.edit(i, j, " "+w+" ", editEmojiWord)
			}
			i = j
		default:
			i += size
		}
	}
	if u.edits == nil {
		return text, nil
	}
	u.out = append(u.out, text[u.last:]...)
	return string(u.out), u.edits
}

// unmasker is the state of one unmask pass.
type unmasker struct {
	m          *maskIndex
	text, lang string
	out        []byte
	edits      []maskEdit
	last       int // the end of the text copied to out so far
}

// edit replaces text[i:j] with word.
func (u *unmasker) edit(i, j int, word, kind string) {
	u.out = append(u.out, u.text[u.last:i]...)
	u.edits = append(u.edits, maskEdit{ts: i, te: j, us: len(u.out), ue: len(u.out) + len(word), kind: kind})
	u.out = append(u.out, word...)
	u.last = j
}

// word reads the word of letters, masks and in-word emoji that starts with
// the letter at text[i], spells it out if it agrees with a term, and
// returns its end.
func (u *unmasker) word(i int) int {
	text := u.text
	j, runes, shown, masks, emoji := i, 0, 0, 0, 0
	var asMask, asNothing []byte // the word with each emoji as a mask, and without them
	for j < len(text) {
		c, n := utf8.DecodeRuneInString(text[j:])
		switch {
		case isMask(c):
			masks++
		case unicode.IsLetter(c):
			shown++
		case isEmoji(c) && j > i:
			k := emojiEnd(text, j)
			if next, _ := utf8.DecodeRuneInString(text[k:]); k >= len(text) || !unicode.IsLetter(next) {
				return u.finish(i, j, runes, shown, masks, emoji, asMask, asNothing)
			}
			if emoji == 0 {
				asMask, asNothing = []byte(text[i:j]), []byte(text[i:j])
			}
			emoji++
			masks++
			runes++
			asMask = append(asMask, '*')
			j = k
			continue
		default:
			return u.finish(i, j, runes, shown, masks, emoji, asMask, asNothing)
		}
		if emoji > 0 {
			asMask = append(asMask, text[j:j+n]...)
			asNothing = append(asNothing, text[j:j+n]...)
		}
		runes++
		j += n
	}
	return u.finish(i, j, runes, shown, masks, emoji, asMask, asNothing)
}

// finish spells out the word text[i:j] if it agrees with a term and
// returns j. Emoji are first read as put between the letters, then as
// letters.
func (u *unmasker) finish(i, j, runes, shown, masks, emoji int, asMask, asNothing []byte) int {
	if emoji > 0 && masks == emoji {
		n := utf8.RuneCount(asNothing)
		if word, ok := u.m.match(string(asNothing), n, u.lang); ok && n >= minMaskedWord {
			u.edit(i, j, word, editEmojiLetter)
			return j
		}
	}
	w, kind := u.text[i:j], editMasked
	if emoji > 0 {
		w, kind = string(asMask), editEmojiLetter
	}
	if masks > 0 && shown >= minMaskShown && (shown >= masks || edgesShown(w)) && runes >= minMaskedWord {
		if word, ok := u.m.match(w, runes, u.lang); ok {
			u.edit(i, j, word, kind)
		}
	}
	return j
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

// overlapsEdit returns the kind of the first edit that [a,b) of the text
// overlaps, or "".
func overlapsEdit(edits []maskEdit, a, b int) string {
	for _, ed := range edits {
		if a < ed.te && ed.ts < b {
			return ed.kind
		}
	}
	return ""
}

// match finds a term that the masked word w (of n runes) agrees with: a
// term of the same length, or an open term that w starts with, every mask
// falling inside the term. Terms of lang are tried first, slurs before
// group names.
func (m *maskIndex) match(w string, n int, lang string) (string, bool) {
	word := []rune(w)
	agrees := func(t []rune) bool {
		for k, c := range word {
			switch {
			case k < len(t) && (isMask(c) || unicode.ToLower(c) == t[k]):
			case k >= len(t) && !isMask(c):
			default:
				return false
			}
		}
		return true
	}
	fill := func(t []rune) string {
		var b strings.Builder
		for k, c := range word {
			if isMask(c) {
				c = t[k]
			}
			b.WriteRune(c) // the writer's capitals where letters were shown
		}
		return b.String()
	}
	for pass := 0; pass < 2; pass++ {
		mine := pass == 0
		for _, t := range m.exact[n] {
			if (t.lang == lang) == mine && agrees(t.rs) {
				return fill(t.rs), true
			}
		}
		for _, t := range m.open {
			if (t.lang == lang) == mine && len(t.rs) < n && agrees(t.rs) {
				return fill(t.rs), true
			}
		}
	}
	if m.group != nil {
		return m.group.match(w, n, lang)
	}
	return "", false
}

// edgesShown reports whether a masked word of five or more characters
// shows its first and last letter ("n****r"): the usual way to hide a
// slur while leaving it readable.
func edgesShown(w string) bool {
	first, _ := utf8.DecodeRuneInString(w)
	last, _ := utf8.DecodeLastRuneInString(w)
	return utf8.RuneCountInString(w) >= 5 && !isMask(first) && !isMask(last)
}
