package bench

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

// Baseline is the corpus README's first peer, built here so that the
// ratio the contract cares about is measured in the same run on the same
// machine: an Aho-Corasick automaton over the terms' bytes, run over the
// message lower-cased (A-Z and the two-byte Latin-1 capitals such as Æ Ø
// Å folded as they are read), with no other normalisation and no word
// boundaries. It finds the planted terms written plainly and nothing an
// evasion hides.
type Baseline struct {
	class [256]uint8 // byte -> symbol; 0 for bytes no term has
	width int        // symbols
	next  []int32    // state*width + symbol -> state
	out   []bool     // state ends a term (itself or by its suffix)
}

// NewBaseline builds the automaton for the terms of a list file.
func NewBaseline(path string) (*Baseline, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("bench: %w", err)
	}
	defer f.Close()
	var terms []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if t := strings.TrimSpace(strings.ToLower(sc.Text())); t != "" {
			terms = append(terms, t)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("bench: %s: %w", path, err)
	}
	return newBaseline(terms), nil
}

func newBaseline(terms []string) *Baseline {
	b := &Baseline{width: 1}
	for _, t := range terms {
		for i := 0; i < len(t); i++ {
			if b.class[t[i]] == 0 {
				b.class[t[i]] = uint8(b.width)
				b.width++
			}
		}
	}
	// The trie, as a goto table; -1 is "no edge yet".
	b.next = make([]int32, b.width)
	for i := range b.next {
		b.next[i] = -1
	}
	b.out = []bool{false}
	for _, t := range terms {
		s := int32(0)
		for i := 0; i < len(t); i++ {
			c := int32(b.class[t[i]])
			if b.next[s*int32(b.width)+c] < 0 {
				b.next[s*int32(b.width)+c] = int32(len(b.out))
				b.out = append(b.out, false)
				b.next = append(b.next, make([]int32, b.width)...)
				for k := len(b.next) - b.width; k < len(b.next); k++ {
					b.next[k] = -1
				}
			}
			s = b.next[s*int32(b.width)+c]
		}
		b.out[s] = true
	}
	// Breadth first: failure links folded into a complete transition table.
	fail := make([]int32, len(b.out))
	queue := make([]int32, 0, len(b.out))
	for c := 0; c < b.width; c++ {
		if s := b.next[c]; s < 0 {
			b.next[c] = 0
		} else {
			queue = append(queue, s)
		}
	}
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		b.out[s] = b.out[s] || b.out[fail[s]]
		for c := 0; c < b.width; c++ {
			i := s*int32(b.width) + int32(c)
			if t := b.next[i]; t < 0 {
				b.next[i] = b.next[fail[s]*int32(b.width)+int32(c)]
			} else {
				fail[t] = b.next[fail[s]*int32(b.width)+int32(c)]
				queue = append(queue, t)
			}
		}
	}
	return b
}

// Flagged reports whether text holds a term.
func (b *Baseline) Flagged(text string) bool {
	s := int32(0)
	prevC3 := false
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case prevC3 && c >= 0x80 && c <= 0x9e && c != 0x97: // À-Þ but ×
			c += 0x20
		}
		prevC3 = text[i] == 0xc3
		s = b.next[s*int32(b.width)+int32(b.class[c])]
		if b.out[s] {
			return true
		}
	}
	return false
}
