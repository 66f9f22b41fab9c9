// Package yamlerr helps YAML readers say where a problem is and how to
// fix it: the line and message of a yaml.v3 error, and the known word an
// unknown one was probably meant to be. config, templates and rules use
// it. It imports no other package of trygbot.
package yamlerr

import (
	"errors"
	"fmt"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Line returns the line a yaml.v3 error names (the first of a
// *yaml.TypeError's), or 0 when it names none.
func Line(err error) int {
	var line int
	if i := strings.Index(first(err), "line "); i >= 0 {
		fmt.Sscanf(first(err)[i:], "line %d", &line)
	}
	return line
}

// Message returns a yaml.v3 error's message (the first of a
// *yaml.TypeError's) without the "yaml: " prefix and the "line N: " part,
// which the caller reports its own way.
func Message(err error) string {
	msg := strings.TrimPrefix(first(err), "yaml: ")
	if i := strings.Index(msg, "line "); i >= 0 {
		if j := strings.Index(msg[i:], ": "); j >= 0 {
			msg = msg[:i] + msg[i+j+2:]
		}
	}
	return strings.TrimSpace(msg)
}

// first is err's message, or that of the first problem of a
// *yaml.TypeError.
func first(err error) string {
	var te *yaml.TypeError
	if errors.As(err, &te) && len(te.Errors) > 0 {
		return te.Errors[0]
	}
	return err.Error()
}

// Nearest returns the candidate closest to s, if it is close enough to be
// a likely typo: the same letters ignoring case, - and _, or at most two
// edits away (one for words of up to four letters), where swapping two
// neighbours counts as one edit. It returns "" when none is that close.
func Nearest(s string, candidates []string) string {
	norm := func(x string) string { return strings.ReplaceAll(strings.ToLower(x), "-", "_") }
	ns := norm(s)
	best, bestD := "", 3
	if len(ns) <= 4 {
		bestD = 2
	}
	for _, k := range candidates {
		nk := norm(k)
		if nk == ns {
			return k
		}
		if d := editDistance(ns, nk); d < bestD {
			best, bestD = k, d
		}
	}
	return best
}

// DidYouMean is a hint for an unknown word: "did you mean "x"?" when one of
// choices is near it, otherwise "one of a, b, c".
func DidYouMean(s string, choices []string) string {
	if n := Nearest(s, choices); n != "" {
		return fmt.Sprintf("did you mean %q?", n)
	}
	return "one of " + strings.Join(choices, ", ")
}

// maxWord bounds the words editDistance compares letter by letter: a
// longer one is no typo of a key, and the comparison costs its square.
const maxWord = 64

// editDistance is the optimal string alignment distance: insertions,
// deletions, substitutions and swaps of neighbours ("dirver") cost one.
// It keeps three rows of the table: a swap looks two rows back.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	if len(ra) > maxWord || len(rb) > maxWord {
		return max(len(ra), len(rb))
	}
	n := len(rb) + 1
	rows := make([]int, 3*n)
	before, prev, cur := rows[:n], rows[n:2*n], rows[2*n:]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], before[j-2]+1)
			}
		}
		before, prev, cur = prev, cur, before
	}
	return prev[len(rb)]
}
