package rules

import (
	"slices"
	"sort"
)

// Rules look for hits near a hit: a frame's other parts, a negation or a
// guard word before it, a group named a few words back. Each look-up goes
// through an index of the list by letter, so it costs the hits near the
// place it looks, not every hit of the message; and it considers at most
// maxNearby of them, the nearest. A message built to put thousands of hits
// within reach of each other (a frame repeated with a negation after every
// word, one long word of joined terms) so costs time in proportion to its
// length. An ordinary message never has that many hits of one list within
// a frame's reach, so the limits change no verdict but such a message's.
const (
	// maxNearby is the most hits of one list a look-up considers.
	maxNearby = 32
	// maxSteps is the most hits of other parts a near rule tries, in all
	// its partial and whole combinations, around one hit of its rarest
	// part.
	maxSteps = 1024
	// smallList is the longest list that is read through rather than
	// indexed: most messages have a few hits of each lexicon.
	smallList = 16
)

// hitIndex lists the hits of one list by the letter they start at.
type hitIndex struct {
	n     int     // len of the list when indexed; -1 when not yet
	order []int32 // indices into the list, by start, then index
}

// index returns the index of list, building it when the list is new or
// has grown since. A list of at most smallList hits is not indexed.
func (x *hitIndex) index(list []hit) *hitIndex {
	if x.n == len(list) {
		return x
	}
	x.n = len(list)
	x.order = x.order[:0]
	if len(list) <= smallList {
		return x
	}
	for i := range list {
		x.order = append(x.order, int32(i))
	}
	slices.SortFunc(x.order, func(a, b int32) int {
		if d := list[a].s - list[b].s; d != 0 {
			return int(d)
		}
		return int(a - b)
	})
	return x
}

// nearby appends to buf the positions in list of the hits that start at
// letters lo..hi, in list order; when there are more than limit, the limit
// nearest to letter at (the earlier of two as near).
func (x *hitIndex) nearby(buf []int32, list []hit, lo, hi, at int32, limit int) []int32 {
	if len(list) <= smallList && len(list) <= limit {
		for i, h := range list {
			if h.s >= lo && h.s <= hi {
				buf = append(buf, int32(i))
			}
		}
		return buf
	}
	o := x.order
	i0 := sort.Search(len(o), func(i int) bool { return list[o[i]].s >= lo })
	i1 := i0 + sort.Search(len(o)-i0, func(i int) bool { return list[o[i0+i]].s > hi })
	from := len(buf)
	if i1-i0 <= limit {
		buf = append(buf, o[i0:i1]...)
	} else {
		r := i0 + sort.Search(i1-i0, func(i int) bool { return list[o[i0+i]].s >= at })
		l := r - 1
		for range limit {
			if r >= i1 || (l >= i0 && at-list[o[l]].s <= list[o[r]].s-at) {
				buf = append(buf, o[l])
				l--
			} else {
				buf = append(buf, o[r])
				r++
			}
		}
	}
	slices.Sort(buf[from:])
	return buf
}

// lexIndex returns the index of lexicon li's hits.
func (sc *scratch) lexIndex(li int, list []hit) *hitIndex {
	return sc.idx[li].index(list)
}

// resetIndexes forgets the indexes of the last message, for lexicons
// lexicons.
func (sc *scratch) resetIndexes(lexicons int) {
	if cap(sc.idx) < lexicons {
		sc.idx = make([]hitIndex, lexicons)
	}
	sc.idx = sc.idx[:lexicons]
	for i := range sc.idx {
		sc.idx[i].n = -1
	}
	sc.excIdx.n = -1
	sc.textCounted, sc.dotsCounted = false, false
	if sc.gen++; sc.gen == 0 { // forgets cancelled's answers
		clear(sc.cancelled)
		sc.gen = 1
	}
}

// tokFirst returns the first letter of token t or a later one: 0 for t
// at or before the first, len(letters) after the last.
func (sc *scratch) tokFirst(t int32) int32 {
	return int32(sort.Search(len(sc.toks), func(i int) bool { return sc.toks[i] >= t }))
}

// reachBack is the first letter at which a hit may start whose end lies
// in token t or later: a term is at most 255 letters long.
func (sc *scratch) reachBack(t int32) int32 { return max(sc.tokFirst(t)-254, 0) }

// countDots fills the running counts of sentence breaks over the
// letters, once per message.
func (sc *scratch) countDots() {
	if sc.dotsCounted {
		return
	}
	sc.dotsCounted = true
	sc.dotBrk, sc.dotWithin = append(sc.dotBrk[:0], 0), append(sc.dotWithin[:0], 0)
	var nb, nw int32
	for i := range sc.brk {
		if sc.brk[i] >= brkDot {
			nb++
		}
		if sc.within[i] >= brkDot {
			nw++
		}
		sc.dotBrk, sc.dotWithin = append(sc.dotBrk, nb), append(sc.dotWithin, nw)
	}
}

// countText fills the running counts of sentence ends and clause marks
// over sc.src, once per message.
func (sc *scratch) countText() {
	if sc.textCounted {
		return
	}
	sc.textCounted = true
	text := sc.src
	sc.sentPre = append(sc.sentPre[:0], 0)
	sc.clausePre = append(sc.clausePre[:0], 0)
	var ends, marks int32
	for k := 0; k < len(text); k++ {
		switch c := text[k]; c {
		case '\n':
			ends++
		case '.', '!', '?':
			// The last of a run of . ! ? followed by a space or the end.
			if k+1 >= len(text) || text[k+1] == ' ' || text[k+1] == '\n' || text[k+1] == '\t' {
				ends++
			}
		case ',', ';', ':':
			marks++
		}
		sc.sentPre = append(sc.sentPre, ends)
		sc.clausePre = append(sc.clausePre, marks)
	}
}

// sentenceEnds counts the sentence ends in sc.src[a:b]: a line break, or a
// run of . ! ? followed by a space or the end. A run that goes on past b
// does not end there.
func (sc *scratch) sentenceEnds(a, b int) int {
	sc.countText()
	a, b = max(a, 0), min(b, len(sc.src))
	if a >= b {
		return 0
	}
	return int(sc.sentPre[b] - sc.sentPre[a])
}

// clauseBreak reports whether sc.src[a:b] holds a comma, semicolon, colon
// or sentence end: the parts of a clause rule lie on both sides of it.
func (sc *scratch) clauseBreak(a, b int) bool {
	if a < 0 || b > len(sc.src) || a >= b {
		return false
	}
	sc.countText()
	return sc.clausePre[b] > sc.clausePre[a] || sc.sentenceEnds(a, b) > 0
}
