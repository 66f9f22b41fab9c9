package rules

import "unicode/utf8"

// The quick pass: most messages match nothing, and all the engine needs of
// them is the automaton's raw hits, so this pass feeds the automaton and
// records no letters. It gives exactly what run(s, sc, false) gives (hits,
// state, letter count, last letter, redo), faster: plain letters and spaces
// go through plainRun, a loop with no calls whose state stays in
// registers, and everything else through run's own slow path.

// fastLetters maps what plainRun reads in one step to what it does, by
// byte for ASCII and by code point for two-byte UTF-8. A letter is packed
// as letter<<8 | automaton symbol: ASCII letters in either case, and
// two-byte characters that fold to one letter below U+0800 (æ, ø, å, é,
// Ä ...), the letters run's fast path reads. The ASCII punctuation and
// spaces that slow handles by setting a break alone get one of the plain*
// codes below 0x100; everything else is 0, left to slow.
type fastLetters [0x800]uint32

// Codes of fastLetters for ASCII characters that are not letters.
const (
	plainSlow  = iota // anything slow has to look at
	plainSpace        // space, tab
	plainSoft         // . - _ ~ ` (not *, a mask)
	plainHard         // punctuation that ends a word (not / or #)
	plainLine         // \n \r: a hard break that starts a chunk
)

// buildFastLetters fills the table for the automaton's alphabet.
func buildFastLetters(alpha *alphabet) *fastLetters {
	var t fastLetters
	for c := 0; c < utf8.RuneSelf; c++ {
		switch asciiClass[c] {
		case ccLetter:
			r := asciiLower[c]
			t[c] = uint32(r)<<8 | uint32(alpha.low[r])
		case ccSpace:
			t[c] = plainSpace
		case ccSoft:
			if c != '*' {
				t[c] = plainSoft
			}
		case ccHard:
			switch c {
			case '/', '#':
			case '\n', '\r':
				t[c] = plainLine
			default:
				t[c] = plainHard
			}
		}
	}
	for x := utf8.RuneSelf; x < latinLimit; x++ {
		if e := &foldTable[x]; e.class == ccLetter && e.n == 1 && e.r[0] < 0x800 && e.r[0] != 0 {
			t[x] = uint32(e.r[0])<<8 | uint32(alpha.low[e.r[0]])
		}
	}
	return &t
}

// plain is plainRun's state, passed and returned in registers.
type plain struct {
	pos        int
	state      int32 // automaton row
	last       rune  // the last letter
	count      int   // letters so far
	pending    uint8 // strongest break since the last letter
	dot        bool  // the last character was a soft dot
	chunkStart int
}

// plainRun advances p over what fastLetters reads (letters, spaces, soft
// separators and hard punctuation) as slow and run's fast path would
// outside quotes. It stops at anything else, at the end of s, or right
// after a letter whose automaton state has outputs; hit says which. (Its
// few variables fill the registers: it is slower when it keeps more, such
// as the hits' summary.)
func plainRun(s string, p plain, tab *fastLetters, delta []int32) (_ plain, hit bool) {
	pos, state, last, count, pending, dot, chunkStart := p.pos, p.state, p.last, p.count, p.pending, p.dot, p.chunkStart
	for pos < len(s) {
		c := s[pos]
		var x uint32
		if c < utf8.RuneSelf {
			x = tab[c]
			if x < 0x100 {
				switch x {
				case plainSpace:
					pos++
					if dot {
						pending = max(pending, brkDot)
					} else {
						pending = max(pending, brkSpace)
					}
					dot = false
					chunkStart = pos
					continue
				case plainSoft:
					pending = max(pending, brkPunct)
					dot = c == '.'
					pos++
					continue
				case plainHard:
					pending, dot = brkHard, false
					pos++
					continue
				case plainLine:
					pending, dot = brkHard, false
					pos++
					chunkStart = pos
					continue
				}
				break // plainSlow
			}
			pos++
		} else {
			if c < 0xC2 || c >= 0xE0 || pos+1 >= len(s) || s[pos+1]&0xC0 != 0x80 {
				break
			}
			x = tab[uint32(c&0x1F)<<6|uint32(s[pos+1]&0x3F)]
			if x == 0 {
				break
			}
			pos += 2
		}
		r := rune(x >> 8)
		dot = false
		if r == last && pending < brkHard && count > 0 {
			pending = brkNone
			continue // a repeat collapses
		}
		pending = brkNone
		last = r
		v := delta[int(state)+int(uint8(x))]
		state = v &^ outFlag
		count++
		if v < 0 {
			hit = true
			break
		}
	}
	return plain{pos: pos, state: state, last: last, count: count, pending: pending, dot: dot, chunkStart: chunkStart}, hit
}

// quick is run(s, sc, false) for a normalizer with an automaton. It also
// sets sc.maskable when s has a byte that a mask character or an emoji
// starts with ('*', '#', 0xE2 as in "•", 0xF0): without one,
// maskIndex.unmask returns the text unchanged (hasMask and emojiToRead
// look for no other).
func (n *normalizer) quick(s string, sc *scratch) {
	sc.reset(false)
	cur := cursor{pending: brkHard, chunkEnd: -1, plainStart: -1}
	ac := n.ac
	tab := n.fast
	for cur.pos < len(s) {
		if !cur.quoted {
			p := plain{pos: cur.pos, state: sc.state, last: sc.lastR, count: sc.count, pending: cur.pending, dot: cur.lastSoftDot, chunkStart: cur.chunkStart}
			p, hit := plainRun(s, p, tab, ac.delta)
			cur.pos, sc.state, sc.lastR, sc.count, cur.pending, cur.lastSoftDot, cur.chunkStart = p.pos, p.state, p.last, p.count, p.pending, p.dot, p.chunkStart
			if hit {
				if ac.sums != nil {
					sc.seen |= ac.sums[sc.state/int32(ac.width)]
				} else {
					sc.hits = ac.appendOutputs(sc.hits, sc.state, sc.count-1)
				}
				continue
			}
			if cur.pos >= len(s) {
				break
			}
		}
		if c := s[cur.pos]; c == '*' || c == '#' || c == 0xE2 || c == 0xF0 {
			sc.maskable = true
		}
		n.slow(sc, s, &cur)
	}
}
