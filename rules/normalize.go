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
)

// charClass classifies an ASCII byte for the normaliser.
type charClass uint8

const (
	ccHard   charClass = iota // punctuation that ends a word for good
	ccLetter                  // a-z, A-Z
	ccDigit                   // 0-9 (leet where the chunk has letters)
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
	r     [2]rune
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
		t[hg[i]] = foldEntry{r: [2]rune{hg[i+1]}, n: 1, class: ccLetter}
	}
	for r, s := range map[rune]string{'æ': "æ", 'Æ': "æ", 'ø': "ø", 'Ø': "ø", 'å': "å", 'Å': "å",
		'ß': "ss", 'œ': "oe", 'Œ': "oe", 'ð': "d", 'Ð': "d", 'þ': "th", 'Þ': "th",
		'ł': "l", 'Ł': "l", 'đ': "d", 'Đ': "d", 'ı': "i", 'ħ': "h", 'ŧ': "t"} {
		rs := []rune(s)
		e := foldEntry{n: uint8(len(rs)), class: ccLetter}
		copy(e.r[:], rs)
		t[r] = e
	}
	return &t
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
	}
	if d == nil {
		if unicode.IsLetter(r) {
			return foldEntry{r: [2]rune{unicode.ToLower(r)}, n: 1, class: ccLetter}
		}
		return foldEntry{class: ccHard}
	}
	var e foldEntry
	for _, c := range string(d) {
		if unicode.Is(unicode.Mn, c) || unicode.Is(unicode.Me, c) {
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
		if e.n < 2 {
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
	return foldDecomposed(r, norm.NFKD.PropertiesString(s).Decomposition())
}

// scratch holds one message's normalised form. It is reused between
// messages, so evaluating allocates nothing once its slices have grown.
type scratch struct {
	runes  []rune  // normalised letters, repeats collapsed
	syms   []uint8 // the letters as automaton symbols
	brk    []uint8 // break kind before each letter
	within []uint8 // strongest break inside a collapsed run ("e.e" -> e)
	flags  []uint8
	start  []int32 // byte span of each letter in the original text
	end    []int32
	hits   []hit   // raw automaton hits, then the checked ones
	state  int32   // automaton row (state*width) after the last letter
	toks   []int32 // token number of each letter, filled on demand
	text   []byte  // rendered normal form, for regular expressions
	textAt []int32 // letter index of each byte of text
}

func (sc *scratch) reset() {
	sc.runes, sc.syms, sc.brk, sc.within = sc.runes[:0], sc.syms[:0], sc.brk[:0], sc.within[:0]
	sc.flags, sc.start, sc.end, sc.hits = sc.flags[:0], sc.start[:0], sc.end[:0], sc.hits[:0]
	sc.toks, sc.text, sc.textAt = sc.toks[:0], sc.text[:0], sc.textAt[:0]
}

// normalizer turns text into the letter stream the matcher reads.
type normalizer struct {
	alpha *alphabet
	ac    *automaton // nil when only normalising
}

// run normalises s into sc. It never fails: invalid UTF-8 is a hard break.
// When the normalizer has an automaton, letters are fed to it as they are
// made and the raw hits are left in sc.hits for the engine to check.
func (n *normalizer) run(s string, sc *scratch) {
	sc.reset()
	sc.state = 0
	pending := brkHard
	chunkStart := 0       // where the current whitespace-delimited chunk began
	chunkEnd := -1        // where it ends, once scanned (only leet punctuation needs it)
	chunkLetters := false // whether it has a real letter: "h4te!" reads ! as i
	chunkLeet := false    // whether it is one leet character alone: "$." in "r. i. $."
	quoted := false
	lastSoftDot := false
	for pos := 0; pos < len(s); {
		c := s[pos]
		if c < utf8.RuneSelf {
			switch asciiClass[c] {
			case ccLetter:
				if c <= 'Z' {
					c += 'a' - 'A'
				}
				n.emit(sc, rune(c), pos, pos+1, 0, &pending, quoted)
			case ccDigit:
				if leetMap[c] != 0 {
					n.emit(sc, rune(leetMap[c]), pos, pos+1, flagLeet, &pending, quoted)
				} else {
					n.emit(sc, rune(c), pos, pos+1, 0, &pending, quoted)
				}
			case ccLeet:
				if chunkEnd < pos {
					chunkEnd, chunkLetters, chunkLeet = scanChunk(s, chunkStart)
				}
				if chunkLetters || chunkLeet {
					n.emit(sc, rune(leetMap[c]), pos, pos+1, flagLeet, &pending, quoted)
				} else {
					pending = brkHard
				}
			case ccSoft:
				pending = max(pending, brkPunct)
				lastSoftDot = c == '.'
				pos++
				continue
			case ccSpace:
				if lastSoftDot {
					pending = max(pending, brkDot)
				} else {
					pending = max(pending, brkSpace)
				}
				chunkStart = pos + 1
			case ccJoin:
			case ccQuote:
				quoted = !quoted
				pending = brkHard
			default:
				pending = brkHard
				if c == '\n' || c == '\r' {
					chunkStart = pos + 1
				}
			}
			lastSoftDot = false
			pos++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[pos:])
		if r == utf8.RuneError && size <= 1 {
			pending = brkHard
			pos++
			lastSoftDot = false
			continue
		}
		e := classify(r, s[pos:])
		switch e.class {
		case ccLetter:
			for i := uint8(0); i < e.n; i++ {
				n.emit(sc, e.r[i], pos, pos+size, 0, &pending, quoted)
			}
		case ccJoin:
			if r == 0x030A && len(sc.runes) > 0 && sc.runes[len(sc.runes)-1] == 'a' && pending == brkNone {
				// "a" + combining ring is å; the automaton saw the a, so
				// restart it from this letter's state on the next one.
				sc.runes[len(sc.runes)-1] = 'å'
				sc.syms[len(sc.syms)-1] = n.alpha.sym('å')
				sc.end[len(sc.end)-1] = int32(pos + size)
				n.rescan(sc)
			}
		case ccDigit, ccLeet:
			if e.class == ccLeet && chunkEnd < pos {
				chunkEnd, chunkLetters, chunkLeet = scanChunk(s, chunkStart)
			}
			if (e.class == ccDigit || chunkLetters || chunkLeet) && e.r[0] < utf8.RuneSelf && leetMap[e.r[0]] != 0 {
				n.emit(sc, rune(leetMap[e.r[0]]), pos, pos+size, flagLeet, &pending, quoted)
			} else if e.class == ccDigit {
				n.emit(sc, e.r[0], pos, pos+size, 0, &pending, quoted)
			} else {
				pending = brkHard
			}
		case ccSoft:
			pending = max(pending, brkPunct)
		case ccSpace:
			pending = max(pending, brkSpace)
		case ccQuote:
			quoted = !quoted
			pending = brkHard
		default:
			pending = brkHard
		}
		lastSoftDot = false
		pos += size
	}
}

// rescan reruns the automaton over the letters so far, after the last one
// changed in place. It is rare (decomposed å), so simplicity wins.
func (n *normalizer) rescan(sc *scratch) {
	if n.ac == nil {
		return
	}
	sc.hits = sc.hits[:0]
	sc.state = 0
	for i, c := range sc.syms {
		n.step(sc, c, i)
	}
}

// step advances the automaton by one letter and notes raw hits.
func (n *normalizer) step(sc *scratch, c uint8, i int) {
	a := n.ac
	v := a.delta[int(sc.state)+int(c)]
	sc.state = v &^ outFlag
	if v < 0 {
		st := sc.state / int32(a.width)
		for _, p := range a.outs[a.outStart[st]:a.outStart[st+1]] {
			sc.hits = append(sc.hits, hit{pat: p, e: int32(i)})
		}
	}
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
		if !letters && unicode.IsLetter(r) {
			letters = true
		}
		end += size
	}
	return end, letters, leets == 1 && !letters
}

// emit appends one letter, collapsing a repeat of the previous letter unless
// a hard break lies between them.
func (n *normalizer) emit(sc *scratch, r rune, from, to int, flags uint8, pending *uint8, quoted bool) {
	if quoted {
		flags |= flagQuote
	}
	last := len(sc.runes) - 1
	if last >= 0 && sc.runes[last] == r && *pending < brkHard {
		sc.end[last] = int32(to)
		sc.within[last] = max(sc.within[last], *pending)
		sc.flags[last] |= flags & flagLeet // a run is leet if any of it is
		*pending = brkNone
		return
	}
	sym := n.alpha.sym(r)
	if n.ac != nil {
		n.step(sc, sym, len(sc.syms))
	}
	sc.runes = append(sc.runes, r)
	sc.syms = append(sc.syms, sym)
	sc.brk = append(sc.brk, *pending)
	sc.within = append(sc.within, brkNone)
	sc.flags = append(sc.flags, flags)
	sc.start = append(sc.start, int32(from))
	sc.end = append(sc.end, int32(to))
	*pending = brkNone
}

// render writes the normalised text: letters, with one space wherever a
// break was. Normalising the result again gives the same text.
func (sc *scratch) render() {
	sc.text, sc.textAt = sc.text[:0], sc.textAt[:0]
	for i, r := range sc.runes {
		switch {
		case i == 0 || sc.brk[i] == brkNone:
		case sc.brk[i] == brkHard:
			sc.text = append(sc.text, " | "...)
			sc.textAt = append(sc.textAt, int32(i), int32(i), int32(i))
		default:
			sc.text = append(sc.text, ' ')
			sc.textAt = append(sc.textAt, int32(i))
		}
		n := len(sc.text)
		sc.text = utf8.AppendRune(sc.text, r)
		if sc.within[i] != brkNone {
			// A run collapsed across a break ("er r") keeps its space.
			sc.text = append(sc.text, ' ')
			sc.text = utf8.AppendRune(sc.text, r)
		}
		for ; n < len(sc.text); n++ {
			sc.textAt = append(sc.textAt, int32(i))
		}
	}
}

// Normalize returns the normal form the rules engine matches against:
// NFKC-like compatibility folding, lower case, accents and invisible
// characters removed (æ, ø and å kept), Cyrillic and Greek look-alikes and
// leetspeak read as letters, repeated letters collapsed, separators and
// spaces written as one space and other punctuation as " | ".
func Normalize(s string) string {
	var sc scratch
	(&normalizer{alpha: &alphabet{}}).run(s, &sc)
	sc.render()
	return strings.Clone(string(sc.text))
}
