package report

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/trygbot/trygbot/bot"
	"github.com/trygbot/trygbot/rules"
	"github.com/trygbot/trygbot/storage"
)

// Spread parameters: character shingles of ShingleK runes of the
// normalised text, minHashes hash functions in bands of bandRows for
// candidate pairs, and pairs at an estimated Jaccard similarity of at
// least Similarity joined into one narrative.
const (
	ShingleK    = 5
	Similarity  = 0.6
	minHashes   = 128
	bandRows    = 4
	minhashSeed = 0x7472796762 // "trygb"; fixed so reports are reproducible
)

// signature is the MinHash signature of a text's shingle set.
type signature [minHashes]uint64

// mix is splitmix64's finaliser, a good 64-bit hash of x.
func mix(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ x>>30) * 0xbf58476d1ce4e5b9
	x = (x ^ x>>27) * 0x94d049bb133111eb
	return x ^ x>>31
}

// shingles returns the hashes of the k-rune shingles of s (s itself when
// shorter).
func shingles(s string, k int) []uint64 {
	rs := []rune(s)
	if len(rs) < k {
		k = len(rs)
	}
	var out []uint64
	for i := 0; i+k <= len(rs) && k > 0; i++ {
		h := uint64(14695981039346656037) // FNV-1a over the runes
		for _, r := range rs[i : i+k] {
			h = (h ^ uint64(r)) * 1099511628211
		}
		out = append(out, h)
	}
	return out
}

// minhash computes the signature: for each of the hash functions
// h_i(x) = mix(x ^ seed_i), the smallest value over the shingles.
func minhash(sh []uint64) signature {
	var sig signature
	for i := range sig {
		sig[i] = ^uint64(0)
		seed := mix(minhashSeed + uint64(i))
		for _, x := range sh {
			sig[i] = min(sig[i], mix(x^seed))
		}
	}
	return sig
}

// similarity estimates the Jaccard similarity of two shingle sets from
// their signatures: the share of hash functions whose minimums agree.
func similarity(a, b *signature) float64 {
	same := 0
	for i := range a {
		if a[i] == b[i] {
			same++
		}
	}
	return float64(same) / minHashes
}

// spread groups the flagged texts of week into narratives of
// near-identical texts and returns those seen more than once, the widest
// spread first.
func spread(week []storage.Case) []Narrative {
	var cs []storage.Case
	var sigs []signature
	for _, c := range week {
		if c.Text == "" || !isFlag(c) {
			continue
		}
		norm := strings.Join(strings.Fields(rules.Normalize(c.Text)), " ")
		if utf8.RuneCountInString(norm) < ShingleK {
			continue
		}
		cs = append(cs, c)
		sigs = append(sigs, minhash(shingles(norm, ShingleK)))
	}
	// Union-find over the pairs that share a band and are similar enough.
	parent := make([]int, len(cs))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	for b := 0; b < minHashes; b += bandRows {
		buckets := map[[bandRows]uint64][]int{}
		for i := range sigs {
			var key [bandRows]uint64
			copy(key[:], sigs[i][b:b+bandRows])
			buckets[key] = append(buckets[key], i)
		}
		for _, idx := range buckets {
			for x, i := range idx {
				for _, j := range idx[x+1:] {
					if ri, rj := find(i), find(j); ri != rj && similarity(&sigs[i], &sigs[j]) >= Similarity {
						parent[max(ri, rj)] = min(ri, rj)
					}
				}
			}
		}
	}
	groups := map[int][]int{}
	for i := range cs {
		groups[find(i)] = append(groups[find(i)], i)
	}
	var out []Narrative
	for _, idx := range groups {
		if len(idx) < 2 {
			continue
		}
		slices.SortFunc(idx, func(a, b int) int {
			return cmp.Or(cs[a].CreatedAt.Compare(cs[b].CreatedAt), cmp.Compare(cs[a].ID, cs[b].ID))
		})
		var n Narrative
		var authors counter
		seen := map[[2]string]bool{}
		for _, i := range idx {
			c := cs[i]
			authors.add(c.Author)
			n.caseIDs = append(n.caseIDs, c.ID)
			if k := [2]string{c.Platform, c.Community}; !seen[k] {
				seen[k] = true
				n.Path = append(n.Path, Step{At: c.CreatedAt, Platform: c.Platform, Community: c.Community})
			}
			if !slices.Contains(n.Communities, c.Community) {
				n.Communities = append(n.Communities, c.Community)
			}
			if !slices.Contains(n.Platforms, c.Platform) {
				n.Platforms = append(n.Platforms, c.Platform)
			}
		}
		n.Cases = authors.count()
		n.First = n.Path[0]
		n.Text = Mask(cs[idx[0]])
		out = append(out, n)
	}
	slices.SortFunc(out, func(a, b Narrative) int {
		return cmp.Or(cmp.Compare(len(b.Path), len(a.Path)), cmp.Compare(b.Cases.N, a.Cases.N), a.First.At.Compare(b.First.At))
	})
	for i := range out {
		out[i].ID = i + 1
	}
	return out
}

// Mask returns the case's text with every matched span hidden but for its
// first letter ("r•••"), or all of it when the case was purged.
func Mask(c storage.Case) string {
	if c.Purged || c.Text == "" {
		return "•••"
	}
	type span struct{ a, b int }
	var spans []span
	for _, m := range c.Verdict.Matches {
		if m.Start >= 0 && m.End <= len(c.Text) && m.Start < m.End {
			spans = append(spans, span{m.Start, m.End})
		}
	}
	slices.SortFunc(spans, func(x, y span) int { return cmp.Compare(x.a, y.a) })
	var segs []bot.Segment
	pos := 0
	for _, s := range spans {
		if s.b <= pos {
			continue
		}
		s.a = max(s.a, pos)
		if s.a > pos {
			segs = append(segs, bot.Segment{Text: c.Text[pos:s.a]})
		}
		segs = append(segs, bot.Segment{Text: c.Text[s.a:s.b], Sensitive: true})
		pos = s.b
	}
	if pos < len(c.Text) {
		segs = append(segs, bot.Segment{Text: c.Text[pos:]})
	}
	return bot.Masked(segs)
}
