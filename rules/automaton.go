package rules

import "fmt"

// alphabet maps the letters that occur in patterns to automaton symbols.
// Symbol 0 stands for every other letter or digit.
type alphabet struct {
	low  [0x800]uint8
	high map[rune]uint8
	n    int // symbols in use, including 0
}

func (a *alphabet) sym(r rune) uint8 {
	if r < 0x800 {
		return a.low[r]
	}
	return a.high[r] // a nil map reads as 0
}

func (a *alphabet) add(r rune) error {
	if a.sym(r) != 0 {
		return nil
	}
	if a.n == 0 {
		a.n = 1
	}
	if a.n > 255 {
		return fmt.Errorf("more than 255 distinct letters in rule terms")
	}
	if r < 0x800 {
		a.low[r] = uint8(a.n)
	} else {
		if a.high == nil {
			a.high = map[rune]uint8{}
		}
		a.high[r] = uint8(a.n)
	}
	a.n++
	return nil
}

// automaton is an Aho-Corasick automaton over symbols with a dense
// transition table, so a message is matched in one pass whatever the number
// of terms.
type automaton struct {
	width int // symbols per state row
	// delta[row+sym] is the next state's row (state*width), with the top
	// bit set when that state has outputs, so a step is one load.
	delta    []int32
	outStart []int32 // outs[outStart[s]:outStart[s+1]] are the patterns ending in state s
	outs     []int32
	// sums[s] is what the patterns ending in state s tell the quick pass
	// (see outputSummary), or nil when the engine has too many lexicons
	// for the bits.
	sums []uint64
}

// Bits of an output summary besides the lexicons' own (bit k: a term of
// lexicon k ends here).
const (
	sumSpecial = 1 << 63 // a rule's term ends here: the message may match
	sumAny     = 1 << 62 // some pattern ends here
	sumLexMax  = 62      // lexicons 0 to sumLexMax-1 fit in the bits
)

// summarize fills a.sums from the patterns' kinds and lexicons: a rule's
// term, a lexicon term, or an exception (which sets sumAny alone). It
// leaves a.sums nil when there are more lexicons than bits.
func (a *automaton) summarize(pats []pattern, lexicons int) {
	if lexicons > sumLexMax {
		return
	}
	a.sums = make([]uint64, a.states())
	for st := range a.sums {
		var m uint64
		for _, p := range a.outs[a.outStart[st]:a.outStart[st+1]] {
			m |= sumAny
			switch pt := &pats[p]; pt.kind {
			case patRule:
				m |= sumSpecial
			case patLexicon:
				m |= 1 << pt.ref
			}
		}
		a.sums[st] = m
	}
}

// outFlag marks a delta entry whose state has outputs.
const outFlag = -1 << 31

// buildAutomaton compiles keys (symbol strings) into an automaton whose
// outputs are indices into keys.
func buildAutomaton(width int, keys [][]uint8) *automaton {
	// Trie with sparse children first.
	type node struct {
		next map[uint8]int32
		out  []int32
	}
	nodes := []node{{}}
	for id, k := range keys {
		s := int32(0)
		for _, c := range k {
			nx, ok := nodes[s].next[c]
			if !ok {
				nx = int32(len(nodes))
				nodes = append(nodes, node{})
				if nodes[s].next == nil {
					nodes[s].next = map[uint8]int32{}
				}
				nodes[s].next[c] = nx
			}
			s = nx
		}
		nodes[s].out = append(nodes[s].out, int32(id))
	}
	a := &automaton{width: width, delta: make([]int32, len(nodes)*width)}
	fail := make([]int32, len(nodes))
	queue := make([]int32, 0, len(nodes))
	for c := 0; c < width; c++ {
		if nx, ok := nodes[0].next[uint8(c)]; ok {
			a.delta[c] = nx
			queue = append(queue, nx)
		}
	}
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		nodes[s].out = append(nodes[s].out, nodes[fail[s]].out...)
		for c := 0; c < width; c++ {
			if nx, ok := nodes[s].next[uint8(c)]; ok {
				fail[nx] = a.delta[int(fail[s])*width+c]
				a.delta[int(s)*width+c] = nx
				queue = append(queue, nx)
			} else {
				a.delta[int(s)*width+c] = a.delta[int(fail[s])*width+c]
			}
		}
	}
	// Renumber states breadth-first, so the shallow states that text visits
	// most often share cache lines.
	order := make([]int32, 0, len(nodes))
	order = append(order, 0)
	for i := 0; i < len(order); i++ {
		s := order[i]
		for c := 0; c < width; c++ {
			if nx, ok := nodes[s].next[uint8(c)]; ok {
				order = append(order, nx)
			}
		}
	}
	newID := make([]int32, len(nodes))
	for n, old := range order {
		newID[old] = int32(n)
	}
	delta := make([]int32, len(a.delta))
	a.outStart = make([]int32, len(nodes)+1)
	for n, old := range order {
		a.outStart[n] = int32(len(a.outs))
		a.outs = append(a.outs, nodes[old].out...)
		for c := 0; c < width; c++ {
			nx := a.delta[int(old)*width+c]
			v := newID[nx] * int32(width)
			if len(nodes[nx].out) > 0 {
				v |= outFlag
			}
			delta[n*width+c] = v
		}
	}
	a.outStart[len(nodes)] = int32(len(a.outs))
	a.delta = delta
	return a
}

// appendOutputs appends a hit ending at letter i for every pattern of the
// state at row.
func (a *automaton) appendOutputs(hits []hit, row int32, i int) []hit {
	st := row / int32(a.width)
	for _, p := range a.outs[a.outStart[st]:a.outStart[st+1]] {
		hits = append(hits, hit{pat: p, e: int32(i)})
	}
	return hits
}

// states reports the number of automaton states.
func (a *automaton) states() int { return len(a.outStart) - 1 }
