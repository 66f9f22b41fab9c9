package report

import (
	"fmt"
	"math"
	"testing"
	"time"

	"github.com/trygbot/trygbot/rules"
	"github.com/trygbot/trygbot/storage"
)

// exactJaccard is the Jaccard similarity of the two shingle sets.
func exactJaccard(a, b []uint64) float64 {
	sa, sb := map[uint64]bool{}, map[uint64]bool{}
	for _, x := range a {
		sa[x] = true
	}
	for _, x := range b {
		sb[x] = true
	}
	inter := 0
	for x := range sa {
		if sb[x] {
			inter++
		}
	}
	return float64(inter) / float64(len(sa)+len(sb)-inter)
}

func TestMinHashEstimatesJaccard(t *testing.T) {
	base := "those people are vermin send them all back where they came from"
	for _, tc := range []struct {
		name string
		a, b string
	}{
		{"identical", base, base},
		{"one word changed", base, "those people are vermin send them all back where they belong now"},
		{"half", base, "those people are vermin and nobody here wants to read it anymore"},
		{"unrelated", base, "your clubs defence is garbage and the manager should be sacked tonight"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sa, sb := shingles(tc.a, ShingleK), shingles(tc.b, ShingleK)
			ma, mb := minhash(sa), minhash(sb)
			est, exact := similarity(&ma, &mb), exactJaccard(sa, sb)
			// 128 hashes: the standard error is at most 0.045.
			if math.Abs(est-exact) > 0.15 {
				t.Errorf("estimate %.3f, exact Jaccard %.3f", est, exact)
			}
		})
	}
}

func TestSpreadVariants(t *testing.T) {
	at := time.Date(2026, 11, 16, 12, 0, 0, 0, time.UTC)
	mk := func(id int, platform, community, author, text string) storage.Case {
		return storage.Case{ID: storage.CaseID(id), Platform: platform, Community: community, Author: rules.UserID(author),
			Text: text, CreatedAt: at.Add(time.Duration(id) * time.Minute), Verdict: rules.Verdict{Flagged: true}}
	}
	week := []storage.Case{
		mk(1, "telegram", "beta", "a", "Muslims are parasites who will replace us all, wake up Denmark"),
		mk(2, "discord", "alpha", "b", "MUSLIMS ARE PARASITES who will replace us all!! wake up denmark"),
		mk(3, "discord", "gamma", "c", "Musl1ms are p4r4sites who w1ll replace us all, wake up Denmark"),
		mk(4, "discord", "alpha", "d", "Muslims are раrаsitеs who will replace us all, wake up Denmark"), // Cyrillic а, р, е
		mk(5, "discord", "alpha", "e", "the referee was blind and the whole match was a disgrace"),
		mk(6, "telegram", "beta", "f", "the bus was late again and the whole line is a disgrace"),
		mk(7, "discord", "alpha", "g", "ok"), // too short to shingle
		{ID: 8, Platform: "discord", Community: "alpha", Author: "h", Purged: true, CreatedAt: at},
	}
	got := spread(week)
	if len(got) != 1 {
		t.Fatalf("narratives = %+v, want one", got)
	}
	n := got[0]
	want := []storage.CaseID{1, 2, 3, 4}
	if fmt.Sprint(n.caseIDs) != fmt.Sprint(want) {
		t.Errorf("narrative cases = %v, want %v", n.caseIDs, want)
	}
	if fmt.Sprint(n.Path) == "" || n.First.Community != "beta" || len(n.Path) != 3 || n.Path[1].Community != "alpha" || n.Path[2].Community != "gamma" {
		t.Errorf("path = %+v, want beta, then alpha, then gamma", n.Path)
	}
}

func TestSpreadManyTexts(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	// A raid: 1,500 copies of one text with small changes, and 1,500
	// distinct texts.
	var week []storage.Case
	at := time.Date(2026, 11, 16, 12, 0, 0, 0, time.UTC)
	for i := range 3000 {
		text := fmt.Sprintf("message number %d about topic %d and nothing else %d", i, i*7919%1000, i*104729%997)
		if i%2 == 0 {
			text = fmt.Sprintf("they are vermin and must all be sent back home now %d", i%10)
		}
		week = append(week, storage.Case{ID: storage.CaseID(i + 1), Platform: "discord", Community: fmt.Sprint("c", i%5), Author: rules.UserID(fmt.Sprint("a", i)),
			Text: text, CreatedAt: at.Add(time.Duration(i) * time.Second), Verdict: rules.Verdict{Flagged: true}})
	}
	start := time.Now()
	got := spread(week)
	if len(got) == 0 || got[0].Cases.N != 1500 || len(got[0].Communities) != 5 {
		t.Errorf("biggest narrative: %d narratives, first %+v", len(got), got[0].Cases)
	}
	t.Logf("3,000 texts grouped in %s", time.Since(start))
}
