package rules

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Break kinds between two normalised letters, ordered by strength.
const (
	brkNone  uint8 = iota // letters were adjacent (or split only by invisible characters)
	brkPunct              // split by . - _ * ~ inside a chunk: "v.o.r.b"
	brkSpace              // whitespace
	brkDot                // a dot followed by whitespace: "h. y. r"
	brkHard               // anything else: start of text, newline, comma, emoji, ...
)

// Flags of one normalised letter.
const (
	flagLeet  uint8 = 1 << iota // made from a leetspeak character such as 4 or $
	flagQuote                   // inside quotation marks
	flagRun                     // a run of two or more of the letter, collapsed
)

// charClass classifies an ASCII byte for the normaliser.
type charClass uint8

const (
	ccHard   charClass = iota // punctuation that ends a word for good
	ccLetter                  // a-z, A-Z
	ccDigit                   // 0-9: leet in a word with letters, or alone; else a digit
	ccLeet                    // @ $ ! + : leet where the chunk has letters, else hard
	ccSoft                    // . - _ * ~ ` : separators that evasion puts between letters
	ccSpace                   // space, tab
	ccJoin                    // apostrophes: "don't" is one word
	ccQuote                   // " : quotation mark, also a hard break
)

var asciiClass = func() (t [128]charClass) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = ccLetter
		t[c-'a'+'A'] = ccLetter
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = ccDigit
	}
	for _, c := range "@$!+" {
		t[c] = ccLeet
	}
	for _, c := range ".-_*~`" {
		t[c] = ccSoft
	}
	t[' '], t['\t'] = ccSpace, ccSpace
	t['\''] = ccJoin
	t['"'] = ccQuote
	return t
}()

// asciiLower maps ASCII letters to lower case and everything else to 0.
var asciiLower = func() (t [128]byte) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = byte(c), byte(c)
	}
	return t
}()

// leetMap gives the letter a leetspeak character stands for, or 0.
var leetMap = func() (t [128]byte) {
	for _, p := range []string{"4a", "@a", "3e", "1i", "!i", "0o", "5s", "$s", "7t", "+t", "9g", "8b"} {
		t[p[0]] = p[1]
	}
	return t
}()

// foldEntry is what one non-ASCII rune becomes: up to two lower-case letters,
// or a class when it is not a letter.
type foldEntry struct {
	r     [3]rune
	n     uint8
	class charClass // ccLetter when r holds letters
}

// latinLimit bounds the precomputed table: Latin-1, Latin Extended-A/B, IPA,
// Greek and Cyrillic.
const latinLimit = 0x530

var foldTable = buildFoldTable()

// homoglyphs folds Cyrillic and Greek look-alikes of Latin letters.
const homoglyphs = "аaеeоoрpсcуyхxіiјjѕsкkмmтtнhвbгrпnАaВbЕeКkМmНhОoРpСcТtХxУyІiЈjЅs" +
	"αaβbεeηnιiκkνvοoρpτtυuχxγyωwΑaΒbΕeΗhΙiΚkΜmΝnΟoΡpΤtΥyΧxΖz"

func buildFoldTable() *[latinLimit]foldEntry {
	var t [latinLimit]foldEntry
	for r := rune(0x80); r < latinLimit; r++ {
		t[r] = foldRune(r)
	}
	hg := []rune(homoglyphs)
	for i := 0; i+1 < len(hg); i += 2 {
		t[hg[i]] = foldEntry{r: [3]rune{hg[i+1]}, n: 1, class: ccLetter}
	}
	for r, s := range map[rune]string{'æ': "æ", 'Æ': "æ", 'ø': "ø", 'Ø': "ø", 'å': "å", 'Å': "å",
		'ß': "ss", 'œ': "oe", 'Œ': "oe", 'ð': "d", 'Ð': "d", 'þ': "th", 'Þ': "th",
		'ł': "l", 'Ł': "l", 'đ': "d", 'Đ': "d", 'ı': "i", 'ħ': "h", 'ŧ': "t"} {
		rs := []rune(s)
		e := foldEntry{n: uint8(len(rs)), class: ccLetter}
		copy(e.r[:], rs)
		t[r] = e
	}
	// Fold what folding made: "ά" decomposes to α, which is a look-alike
	// of a; "Ŧ" lowers to ŧ, which is t.
	for r := range t {
		t[r] = refold(t[r], &t)
	}
	return &t
}

// refold maps the letters of e through t until they no longer change.
func refold(e foldEntry, t *[latinLimit]foldEntry) foldEntry {
	if e.class != ccLetter {
		return e
	}
	for round := 0; round < 3; round++ {
		var out foldEntry
		out.class = ccLetter
		changed := false
		for i := uint8(0); i < e.n; i++ {
			o := e.r[i]
			if o < latinLimit && t[o].class == ccLetter && !(t[o].n == 1 && t[o].r[0] == o) && t[o].n > 0 {
				changed = true
				for j := uint8(0); j < t[o].n && out.n < 3; j++ {
					out.r[out.n] = t[o].r[j]
					out.n++
				}
				continue
			}
			if out.n < 3 {
				out.r[out.n] = o
				out.n++
			}
		}
		e = out
		if !changed {
			break
		}
	}
	return e
}

// foldRune computes the entry for one rune the slow way (NFKD, marks
// dropped, lower case), for the table.
func foldRune(r rune) foldEntry {
	var buf [utf8.UTFMax]byte
	n := utf8.EncodeRune(buf[:], r)
	return foldDecomposed(r, norm.NFKD.Properties(buf[:n]).Decomposition())
}

// foldDecomposed folds r given its NFKD decomposition d (nil if none).
func foldDecomposed(r rune, d []byte) foldEntry {
	switch {
	case r == 0x00A0 || r == 0x3000 || (r >= 0x2000 && r <= 0x200A) || r == 0x202F || r == 0x205F:
		return foldEntry{class: ccSpace}
	case r == 0x2028 || r == 0x2029 || r == 0x85:
		return foldEntry{class: ccHard}
	case r == 0x2019 || r == 0x2018 || r == 0x02BC:
		return foldEntry{class: ccJoin}
	case r == 0x201C || r == 0x201D || r == 0x201E || r == 0x00AB || r == 0x00BB:
		return foldEntry{class: ccQuote}
	case r == 0x2010 || r == 0x2011 || r == 0x2012 || r == 0x2013 || r == 0x2014 || r == 0x00B7 || r == 0x2022 || r == 0x2027:
		return foldEntry{class: ccSoft}
	case isInvisible(r):
		return foldEntry{class: ccJoin}
	case r >= 0x1F1E6 && r <= 0x1F1FF: // regional indicator symbols 🇦-🇿
		return foldEntry{r: [3]rune{'a' + (r - 0x1F1E6)}, n: 1, class: ccLetter}
	case r >= 0x1F150 && r <= 0x1F169: // negative circled letters 🅐-🅩
		return foldEntry{r: [3]rune{'a' + (r - 0x1F150)}, n: 1, class: ccLetter}
	case r >= 0x1F170 && r <= 0x1F189: // negative squared letters 🅰-🆉
		return foldEntry{r: [3]rune{'a' + (r - 0x1F170)}, n: 1, class: ccLetter}
	}
	if d == nil {
		if unicode.IsLetter(r) {
			return foldEntry{r: [3]rune{unicode.ToLower(r)}, n: 1, class: ccLetter}
		}
		return foldEntry{class: ccHard}
	}
	var e foldEntry
	for _, c := range string(d) {
		if unicode.Is(unicode.Mn, c) || unicode.Is(unicode.Me, c) || unicode.Is(unicode.Lm, c) {
			continue
		}
		switch {
		case c < 128 && asciiClass[c] == ccLetter:
			c = unicode.ToLower(c)
		case c < 128:
			// A compatibility form of ASCII punctuation or a digit ("！", "４").
			if e.n == 0 {
				e.class = asciiClass[c]
				if e.class == ccDigit || e.class == ccLeet {
					e.r[0], e.n = c, 1
				}
				return e
			}
			continue
		case unicode.IsLetter(c):
			c = unicode.ToLower(c)
		default:
			continue
		}
		if e.n < 3 {
			e.r[e.n] = c
			e.n++
		}
	}
	if e.n == 0 {
		return foldEntry{class: ccJoin}
	}
	e.class = ccLetter
	return e
}

// isInvisible reports characters that render as nothing and are dropped:
// format characters (zero-width space and joiners, word joiner, BOM, soft
// hyphen), variation selectors and combining marks.
func isInvisible(r rune) bool {
	return unicode.Is(unicode.Cf, r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r) ||
		(r >= 0xFE00 && r <= 0xFE0F) || (r >= 0xE0100 && r <= 0xE01EF)
}

// classify folds the non-ASCII rune r found at the start of s.
func classify(r rune, s string) foldEntry {
	if r < latinLimit {
		return foldTable[r]
	}
	if c := symbolClass(r); c != 0 {
		return foldEntry{class: c - 1}
	}
	return refold(foldDecomposed(r, norm.NFKD.PropertiesString(s).Decomposition()), foldTable)
}

// symbolBlocks are the blocks of punctuation, symbols and emoji that
// chats use most beyond Latin: General Punctuation to Miscellaneous
// Symbols and Arrows, the variation selectors, and the emoji planes'
// pictographs. symbolTable holds what classify's slow way gives for each
// of their characters that folds to no letter or digit, as its class + 1;
// 0 where the slow way must run (letters such as 🇦, digits such as ⁴).
var symbolBlocks = [...]struct{ lo, hi rune }{{0x2000, 0x2C00}, {0xFE00, 0xFE10}, {0x1F000, 0x1FB00}}

var symbolTable = buildSymbolTable()

func buildSymbolTable() [][]charClass {
	t := make([][]charClass, len(symbolBlocks))
	for i, b := range symbolBlocks {
		t[i] = make([]charClass, b.hi-b.lo)
		for r := b.lo; r < b.hi; r++ {
			if e := refold(foldRune(r), foldTable); e.n == 0 {
				t[i][r-b.lo] = e.class + 1
			}
		}
	}
	return t
}

// symbolClass returns r's class + 1 from symbolTable, or 0.
func symbolClass(r rune) charClass {
	for i, b := range symbolBlocks {
		if r >= b.lo && r < b.hi {
			return symbolTable[i][r-b.lo]
		}
	}
	return 0
}

// letter is one normalised letter and what the matcher knows about it.
type letter struct {
	r      rune
	start  int32 // byte span in the original text
	end    int32
	sym    uint8 // automaton symbol
	brk    uint8 // break kind before this letter
	within uint8 // strongest break inside its collapsed run ("e.e" -> e)
	flags  uint8
	// cut0 and cut1 are where the run's last inner break lies: the part
	// before it ends at cut0, the part after it starts at cut1. A match
	// that begins or ends inside a run ("stupid dorbz") is cut there.
	cut0, cut1 int32
}

// scratch holds one message's normalised form. It is reused between
// messages, so evaluating allocates nothing once its slices have grown.
type scratch struct {
	ls     []letter // the letters, when record is set
	hits   []hit    // raw automaton hits, then the checked ones
	loose  []hit    // checked hits inside a longer word, waiting for neighbours
	starts []uint64 // bit set: letters where a raw hit starts ...
	ends   []uint64 // ... and where one ends, for joined words
	state  int32    // automaton row (state*width) after the last letter
	lastR  rune     // the last letter, for collapsing repeats
	count  int      // letters so far
	record bool     // keep the letters in ls (else only feed the automaton)
	redo   bool     // a quick pass met something only a recording pass handles
	// maskable is set by the quick pass when the text has a byte a mask
	// or an emoji starts with.
	maskable bool
	// seen is the quick pass's summary of the raw hits, in place of them
	// when the automaton has summaries (automaton.sums): the OR of the
	// summaries of the states where a pattern ended.
	seen uint64

	// Working space of scan: joinLoose's longest neighbour at each letter
	// and its loose hits by start; leetRuns' marks, once leetDone.
	edge                []uint8
	order               []int32
	leetLeft, leetRight []uint64
	leetDone            bool

	// Column views of ls, filled by expand only for messages that may
	// match, for the rule logic in decide.go.
	runes  []rune
	syms   []uint8
	brk    []uint8
	within []uint8
	flags  []uint8
	start  []int32
	end    []int32
	toks   []int32 // token number of each letter, filled on demand
	src    string  // the text being decided, for sentence ends
	text   []byte  // rendered normal form, for regular expressions
	textAt []int32 // letter index of each byte of text

	// dotBrk[i] and dotWithin[i] count the letters before letter i that
	// follow a sentence break, or hold one in their collapsed run, once
	// dotsCounted.
	dotBrk, dotWithin []int32
	dotsCounted       bool
	// Indexes of the hit lists by letter, for look-ups near a hit
	// (nearby.go), and a buffer for their answers.
	idx    []hitIndex
	excIdx hitIndex
	near   []int32
	// sentPre[k] and clausePre[k] count the sentence ends and clause
	// marks in src[:k], once textCounted.
	sentPre, clausePre []int32
	textCounted        bool
	// cancelled remembers answers of Engine.cancelled for the message
	// numbered gen.
	cancelled []cancelMemo // cancelSlots once asked
	gen       uint32
}

func (sc *scratch) reset(record bool) {
	sc.ls, sc.hits, sc.toks, sc.text, sc.textAt = sc.ls[:0], sc.hits[:0], sc.toks[:0], sc.text[:0], sc.textAt[:0]
	sc.state, sc.lastR, sc.count, sc.record, sc.redo, sc.maskable, sc.seen = 0, 0, 0, record, false, false, 0
}

// expand fills the column views from ls.
func (sc *scratch) expand() {
	sc.runes, sc.syms, sc.brk, sc.within = sc.runes[:0], sc.syms[:0], sc.brk[:0], sc.within[:0]
	sc.flags, sc.start, sc.end = sc.flags[:0], sc.start[:0], sc.end[:0]
	for _, l := range sc.ls {
		sc.runes = append(sc.runes, l.r)
		sc.syms = append(sc.syms, l.sym)
		sc.brk = append(sc.brk, l.brk)
		sc.within = append(sc.within, l.within)
		sc.flags = append(sc.flags, l.flags)
		sc.start = append(sc.start, l.start)
		sc.end = append(sc.end, l.end)
	}
}

// normalizer turns text into the letter stream the matcher reads.
type normalizer struct {
	alpha *alphabet
	ac    *automaton   // nil when only normalising
	fast  *fastLetters // the quick pass's letters, with ac
}

// cursor is the normaliser's position and what it knows about the text
// around it.
type cursor struct {
	pos          int
	pending      uint8 // strongest break since the last letter
	quoted       bool  // inside quotation marks
	lastSoftDot  bool  // the last separator was a dot ("h. y")
	chunkStart   int   // where the current whitespace-delimited chunk began
	chunkEnd     int   // where it ends, once scanned (only leet punctuation needs it)
	chunkLetters bool  // whether it has a real letter: "h4te!" reads ! as i
	chunkLeet    bool  // whether it is one leet character alone: "$." in "r. i. $."
	// What endsPlainWord needs of the chunk plainStart..plainEnd: whether
	// it has a leet character other than "!", and its last letter.
	plainStart, plainEnd int
	plainLeet            bool
	plainLast            int
}

// run normalises s into sc. It never fails: invalid UTF-8 is a hard break.
// When the normalizer has an automaton, letters are fed to it as they are
// made and the raw hits are left in sc.hits for the engine to check. With
// record set the letters are kept in sc.ls; without, the pass only feeds
// the automaton, which is all a message that matches nothing needs.
func (n *normalizer) run(s string, sc *scratch, record bool) {
	sc.reset(record)
	cur := cursor{pending: brkHard, chunkEnd: -1, plainStart: -1}
	ac := n.ac
	low := &n.alpha.low
	// The hot path keeps its state in locals; they are written back to sc
	// and cur before the slow path and read again after it.
	ls := sc.ls
	state, lastR, count := int32(0), rune(0), 0
	pos, pending, softDot := 0, brkHard, false
	for pos < len(s) {
		// Letters that become one letter (plain ASCII, two-byte Latin such
		// as æ, ø, å, é) and spaces are handled here, emit written out.
		c := s[pos]
		var r rune
		start := pos
		switch {
		case cur.quoted:
		case c < utf8.RuneSelf:
			if r = rune(asciiLower[c]); r != 0 {
				pos++
			} else if c == ' ' {
				pos++
				if softDot {
					pending = max(pending, brkDot)
				} else {
					pending = max(pending, brkSpace)
				}
				softDot = false
				cur.chunkStart = pos
				continue
			}
		case c >= 0xC2 && c < 0xE0 && pos+1 < len(s) && s[pos+1]&0xC0 == 0x80:
			if x := rune(c&0x1F)<<6 | rune(s[pos+1]&0x3F); x < latinLimit {
				if e := &foldTable[x]; e.class == ccLetter && e.n == 1 && e.r[0] < 0x800 {
					r = e.r[0]
					pos += 2
				}
			}
		}
		if r != 0 {
			softDot = false
			if r == lastR && count > 0 && pending < brkHard {
				if record {
					k := len(ls) - 1
					if pending != brkNone {
						ls[k].cut0, ls[k].cut1 = ls[k].end, int32(start)
					}
					ls[k].end = int32(pos)
					ls[k].within = max(ls[k].within, pending)
					ls[k].flags |= flagRun
				}
				pending = brkNone
				continue
			}
			sym := low[r]
			if ac != nil {
				v := ac.delta[int(state)+int(sym)]
				state = v &^ outFlag
				if v < 0 {
					sc.hits = ac.appendOutputs(sc.hits, state, count)
				}
			}
			if record {
				ls = append(ls, letter{r: r, start: int32(start), end: int32(pos), sym: sym, brk: pending})
			}
			lastR = r
			count++
			pending = brkNone
			continue
		}
		// Everything else goes through emit, which works on sc and cur.
		sc.ls, sc.state, sc.lastR, sc.count = ls, state, lastR, count
		cur.pos, cur.pending, cur.lastSoftDot = pos, pending, softDot
		n.slow(sc, s, &cur)
		ls, state, lastR, count = sc.ls, sc.state, sc.lastR, sc.count
		pos, pending, softDot = cur.pos, cur.pending, cur.lastSoftDot
	}
	sc.ls, sc.state, sc.lastR, sc.count = ls, state, lastR, count
}

// slow handles the character at cur.pos when it is not a plain ASCII
// letter outside quotes, and advances cur past it.
func (n *normalizer) slow(sc *scratch, s string, cur *cursor) {
	pos := cur.pos
	c := s[pos]
	if c < utf8.RuneSelf {
		cur.pos++
		switch asciiClass[c] {
		case ccLetter:
			n.emit(sc, rune(c|0x20), pos, pos+1, 0, cur)
		case ccDigit:
			if leetMap[c] != 0 && cur.chunkEnd < pos {
				cur.chunkEnd, cur.chunkLetters, cur.chunkLeet = scanChunk(s, cur.chunkStart)
			}
			if leetMap[c] != 0 && (cur.chunkLetters || cur.chunkLeet || leetBetween(s, cur.chunkStart, cur.chunkEnd)) {
				// A digit in a word ("h4te") or alone among spelled-out
				// letters ("p ø 5 k"); numbers stay numbers ("1488").
				n.emit(sc, rune(leetMap[c]), pos, pos+1, flagLeet, cur)
			} else {
				n.emit(sc, rune(c), pos, pos+1, 0, cur)
			}
		case ccLeet:
			if cur.chunkEnd < pos {
				cur.chunkEnd, cur.chunkLetters, cur.chunkLeet = scanChunk(s, cur.chunkStart)
			}
			if (cur.chunkLetters || cur.chunkLeet) && !(c == '!' && cur.chunkLetters && cur.endsPlainWord(s, pos)) {
				n.emit(sc, rune(leetMap[c]), pos, pos+1, flagLeet, cur)
			} else {
				cur.hard(sc) // "!!!", and the "!" that ends "wow!"
			}
		case ccSoft:
			cur.pending = max(cur.pending, brkPunct)
			cur.lastSoftDot = c == '.'
			return
		case ccSpace:
			if cur.lastSoftDot {
				cur.pending = max(cur.pending, brkDot)
			} else {
				cur.pending = max(cur.pending, brkSpace)
			}
			cur.chunkStart = pos + 1
		case ccJoin:
			if singleQuote(s, pos, pos+1, cur.quoted) {
				cur.quoted = !cur.quoted
				cur.hard(sc)
			}
		case ccQuote:
			cur.quoted = !cur.quoted
			cur.hard(sc)
		default:
			if c == '/' && pos > 0 && pos+1 < len(s) && isDigit(s[pos-1]) && isDigit(s[pos+1]) {
				// "14/88": a slash between numbers joins them like a
				// space; a date "14/8" matches no code either way.
				cur.pending = max(cur.pending, brkSpace)
				cur.chunkStart = pos + 1
				break
			}
			cur.hard(sc)
			if c == '\n' || c == '\r' {
				cur.chunkStart = pos + 1
			}
		}
		cur.lastSoftDot = false
		return
	}
	n.slowRune(sc, s, cur, pos)
}

// slowRune handles the non-ASCII character at pos.
func (n *normalizer) slowRune(sc *scratch, s string, cur *cursor, pos int) {
	r, size := utf8.DecodeRuneInString(s[pos:])
	cur.pos += size
	cur.lastSoftDot = false
	if r == utf8.RuneError && size <= 1 {
		cur.hard(sc)
		return
	}
	e := classify(r, s[pos:])
	switch e.class {
	case ccLetter:
		for i := uint8(0); i < e.n; i++ {
			n.emit(sc, e.r[i], pos, pos+size, 0, cur)
		}
	case ccJoin:
		if (r == 0x2018 || r == 0x2019) && singleQuote(s, pos, pos+size, cur.quoted) {
			cur.quoted = !cur.quoted
			cur.hard(sc)
			return
		}
		if r == 0x030A && sc.count > 0 && sc.lastR == 'a' && cur.pending == brkNone {
			// "a" + combining ring is å; the automaton saw an a, so run
			// it again over the letters (or ask for a recording pass).
			sc.lastR = 'å'
			if !sc.record {
				sc.redo = true
				return
			}
			k := len(sc.ls) - 1
			if k > 0 && sc.ls[k-1].r == 'å' && sc.ls[k].brk < brkHard {
				// "åå" written decomposed collapses like any repeat.
				if sc.ls[k].brk != brkNone {
					sc.ls[k-1].cut0, sc.ls[k-1].cut1 = sc.ls[k-1].end, sc.ls[k].start
				}
				sc.ls[k-1].end = int32(pos + size)
				sc.ls[k-1].within = max(sc.ls[k-1].within, sc.ls[k].brk)
				sc.ls = sc.ls[:k]
				sc.count--
			} else {
				sc.ls[k].r, sc.ls[k].sym, sc.ls[k].end = 'å', n.alpha.sym('å'), int32(pos+size)
			}
			n.rescan(sc)
		}
	case ccDigit, ccLeet:
		if cur.chunkEnd < pos {
			cur.chunkEnd, cur.chunkLetters, cur.chunkLeet = scanChunk(s, cur.chunkStart)
		}
		if (cur.chunkLetters || cur.chunkLeet) && e.r[0] < utf8.RuneSelf && leetMap[e.r[0]] != 0 {
			n.emit(sc, rune(leetMap[e.r[0]]), pos, pos+size, flagLeet, cur)
		} else if e.class == ccDigit {
			n.emit(sc, e.r[0], pos, pos+size, 0, cur)
		} else {
			cur.hard(sc)
		}
	case ccSoft:
		cur.pending = max(cur.pending, brkPunct)
	case ccSpace:
		cur.pending = max(cur.pending, brkSpace)
		cur.chunkStart = pos + size
	case ccQuote:
		cur.quoted = !cur.quoted
		cur.hard(sc)
	default:
		cur.hard(sc)
	}
}

// singleQuote reports whether the apostrophe at s[from:to] is a single
// quotation mark rather than part of a word ("don't", "Jesus' bog"): it
// opens a quotation when it stands before a word and after none, and closes
// an open one when it stands after a word and before none. Danish chats
// quote with 'single marks' as often as with double ones.
func singleQuote(s string, from, to int, quoted bool) bool {
	before := from > 0 && wordByte(s[from-1])
	after := to < len(s) && wordByte(s[to])
	if quoted {
		return !after
	}
	// An opening mark stands before a word; but "'0" is how the normal
	// form writes a lone digit, and must read back the same.
	lone := isDigit(s[min(to, len(s)-1)]) && (to+1 >= len(s) || !isDigit(s[to+1]))
	return !before && after && !lone
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// wordByte reports whether b can be part of a word: an ASCII letter or
// digit, or a byte of a non-ASCII character.
func wordByte(b byte) bool {
	return b >= 0x80 || (b|0x20 >= 'a' && b|0x20 <= 'z') || (b >= '0' && b <= '9')
}

// hard notes a hard break: punctuation, invalid UTF-8, a line end.
func (cur *cursor) hard(sc *scratch) {
	cur.pending = brkHard
}

// rescan redoes the automaton's step for the last letter, after it changed
// in place (decomposed å) or a letter after it was merged into it. The
// state before a letter is the longest term prefix the text ends with, at
// most 255 letters: only those are fed again, without noting hits, so a
// message of thousands of decomposed å costs no more than one of a.
func (n *normalizer) rescan(sc *scratch) {
	if n.ac == nil {
		return
	}
	last := len(sc.ls) - 1
	for len(sc.hits) > 0 && sc.hits[len(sc.hits)-1].e >= int32(last) {
		sc.hits = sc.hits[:len(sc.hits)-1]
	}
	a := n.ac
	sc.state = 0
	for _, l := range sc.ls[max(last-255, 0):last] {
		sc.state = a.delta[int(sc.state)+int(l.sym)] &^ outFlag
	}
	n.step(sc, sc.ls[last].sym, last)
}

// step advances the automaton by one letter and notes raw hits.
func (n *normalizer) step(sc *scratch, c uint8, i int) {
	a := n.ac
	v := a.delta[int(sc.state)+int(c)]
	sc.state = v &^ outFlag
	if v < 0 {
		sc.hits = a.appendOutputs(sc.hits, sc.state, i)
		if a.sums != nil {
			sc.seen |= a.sums[sc.state/int32(a.width)]
		}
	}
}

// leetBetween reports whether the chunk s[start:end] is two or three leet
// digits between two words that are themselves written in leetspeak
// ("v4r 90 o5k"): then they are letters too. Elsewhere numbers stay
// numbers ("in 90 min").
func leetBetween(s string, start, end int) bool {
	if end-start < 2 || end-start > 3 || end > len(s) {
		return false
	}
	for k := start; k < end; k++ {
		if s[k] >= utf8.RuneSelf || asciiClass[s[k]] != ccDigit || leetMap[s[k]] == 0 {
			return false
		}
	}
	leetWord := func(a, b int) bool { // letters and a leet character
		letters, leet := false, false
		for k := a; k < b; k++ {
			c := s[k]
			switch {
			case c >= utf8.RuneSelf || asciiClass[c] == ccLetter:
				letters = true
			case asciiClass[c] == ccDigit || asciiClass[c] == ccLeet:
				leet = leet || leetMap[c] != 0
			}
		}
		return letters && leet
	}
	// The chunk before: back over one run of spaces, then to the space
	// before it.
	b := start - 1
	for b >= 0 && s[b] == ' ' {
		b--
	}
	a := b
	for a >= 0 && s[a] != ' ' && s[a] != '\n' {
		a--
	}
	if b < 0 || !leetWord(a+1, b+1) {
		return false
	}
	c := end
	for c < len(s) && s[c] == ' ' {
		c++
	}
	d := c
	for d < len(s) && s[d] != ' ' && s[d] != '\n' {
		d++
	}
	return c < len(s) && leetWord(c, d)
}

// endsPlainWord reports whether the "!" at pos ends a word written
// without leetspeak ("weekend!"): nothing but punctuation follows it in
// the chunk, and no other leet character is in it. Then it ends a
// sentence; in "kl33ndj!" it is an i. The chunk is read once, not once
// for every "!" in it ("a!!!!..." was quadratic).
func (cur *cursor) endsPlainWord(s string, pos int) bool {
	if cur.plainStart != cur.chunkStart || cur.plainEnd != cur.chunkEnd {
		cur.plainStart, cur.plainEnd = cur.chunkStart, cur.chunkEnd
		cur.plainLeet, cur.plainLast = chunkLeetAndLast(s, cur.chunkStart, cur.chunkEnd)
	}
	return !cur.plainLeet && cur.plainLast < pos
}

// chunkLeetAndLast reports whether s[start:end] holds a digit or a leet
// character other than "!", and where its last letter (or byte of a
// non-ASCII character) is, -1 if none.
func chunkLeetAndLast(s string, start, end int) (leet bool, last int) {
	last = -1
	for k := max(start, 0); k < end && k < len(s); k++ {
		switch c := s[k]; {
		case c == '!':
		case c >= utf8.RuneSelf || asciiClass[c] == ccLetter:
			last = k
		case asciiClass[c] == ccDigit || asciiClass[c] == ccLeet:
			leet = true
		}
	}
	return leet, last
}

// scanChunk finds the end of the whitespace-delimited chunk starting at pos,
// whether it holds a real letter, and whether it is a single leetspeak
// character with at most soft separators around it. Together they decide
// whether @ $ ! + in it are letters ("h4te!", "$.") or punctuation ("!!!").
func scanChunk(s string, pos int) (end int, letters, oneLeet bool) {
	leets := 0
	for end = pos; end < len(s); {
		c := s[end]
		if c < utf8.RuneSelf {
			if c == ' ' || c == '\t' || c == '\n' || c == '\r' {
				if end == pos {
					return end + 1, false, false
				}
				return end, letters, leets == 1 && !letters
			}
			switch asciiClass[c] {
			case ccLetter:
				letters = true
			case ccLeet, ccDigit:
				leets++
			case ccSoft:
			default:
				leets += 2
			}
			end++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[end:])
		if r == utf8.RuneError && size <= 1 {
			leets += 2
			end++
			continue
		}
		// Classified as the normaliser will read it ("Ⅻ" is letters).
		switch classify(r, s[end:]).class {
		case ccLetter:
			letters = true
		case ccDigit, ccLeet:
			leets++ // a fullwidth digit counts like an ASCII one
		case ccSoft, ccJoin:
		case ccSpace:
			if end == pos {
				return end + size, false, false
			}
			return end, letters, leets == 1 && !letters
		default:
			leets += 2
		}
		end += size
	}
	return end, letters, leets == 1 && !letters
}

// emit appends one letter, collapsing a repeat of the previous letter unless
// a hard break lies between them.
func (n *normalizer) emit(sc *scratch, r rune, from, to int, flags uint8, cur *cursor) {
	if cur.quoted {
		flags |= flagQuote
	}
	if sc.count > 0 && sc.lastR == r && cur.pending < brkHard &&
		!(r >= '0' && r <= '9') { // numbers keep their digits: "1000", "88"
		if sc.record {
			l := &sc.ls[len(sc.ls)-1]
			if cur.pending != brkNone {
				l.cut0, l.cut1 = l.end, int32(from)
			}
			l.end = int32(to)
			l.within = max(l.within, cur.pending)
			l.flags |= flags&flagLeet | flagRun // a run is leet if any of it is
		}
		cur.pending = brkNone
		return
	}
	sym := n.alpha.sym(r)
	if n.ac != nil {
		n.step(sc, sym, sc.count)
	}
	if sc.record {
		sc.ls = append(sc.ls, letter{r: r, start: int32(from), end: int32(to), sym: sym, brk: cur.pending, flags: flags})
	}
	sc.lastR = r
	sc.count++
	cur.pending = brkNone
}

// render writes the normalised text: letters, with one space wherever a
// break was. Normalising the result again gives the same text.
func (sc *scratch) render() {
	sc.text, sc.textAt = sc.text[:0], sc.textAt[:0]
	for i, l := range sc.ls {
		if i > 0 {
			sep := breakText[l.brk]
			sc.text = append(sc.text, sep...)
			for range sep {
				sc.textAt = append(sc.textAt, int32(i))
			}
		}
		n := len(sc.text)
		if l.r >= '0' && l.r <= '9' && (i == 0 || l.brk >= brkSpace) && (i+1 == len(sc.ls) || sc.ls[i+1].brk >= brkSpace) {
			// A lone digit that stayed a digit ("!0") is written "'0",
			// or normalising again would read it as a letter; the
			// apostrophe changes no break.
			sc.text = append(sc.text, '\'')
		}
		sc.text = utf8.AppendRune(sc.text, l.r)
		if l.within != brkNone {
			// A run collapsed across a break ("v o o r") keeps it.
			sc.text = append(sc.text, breakText[l.within]...)
			sc.text = utf8.AppendRune(sc.text, l.r)
		}
		for ; n < len(sc.text); n++ {
			sc.textAt = append(sc.textAt, int32(i))
		}
	}
}

// breakText is how render writes each kind of break, so that normalising
// the rendered text reads the same breaks again.
var breakText = [...]string{brkNone: "", brkPunct: "-", brkSpace: " ", brkDot: ". ", brkHard: " | "}

// Normalize returns the normal form the rules engine matches against:
// NFKC-like compatibility folding, lower case, accents and invisible
// characters removed (æ, ø and å kept), Cyrillic and Greek look-alikes and
// leetspeak read as letters, repeated letters collapsed, separators
// between letters written as "-", spaces as one space, a dot before a space
// as ". " and other punctuation as " | ".
func Normalize(s string) string {
	var sc scratch
	(&normalizer{alpha: &alphabet{}}).run(s, &sc, true)
	sc.render()
	return strings.Clone(string(sc.text))
}
