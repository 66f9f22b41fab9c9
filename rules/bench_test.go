package rules_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/trygbot/trygbot/rules"
)

// benchWords make up chat-like text in Danish and English.
var benchWords = strings.Fields(`hej med jer jeg tror det er ret fedt at vi ses på lørdag min søster har købt kage
og naboen spiste grillpølser i haven har nogen set cyklen kæresten synes filmen var lang øhm måske i morgen
hey everyone i think the game was great my brother forgot the keys lol who is coming to the party tonight
the weather is nice we should go to the beach 😂 🤷‍♂️ https://example.org/x @u123 ærligt talt så er det fint`)

// benchCorpus returns n deterministic messages of 3 to 40 words.
func benchCorpus(n int) []string {
	out := make([]string, n)
	x := uint64(20261125)
	next := func() uint64 { x ^= x << 13; x ^= x >> 7; x ^= x << 17; return x }
	for i := range out {
		k := 3 + int(next()%38)
		var b strings.Builder
		for j := 0; j < k; j++ {
			if j > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(benchWords[next()%uint64(len(benchWords))])
		}
		out[i] = b.String()
	}
	return out
}

// benchTermEngine builds an engine from n invented terms, like a real list.
func benchTermEngine(b *testing.B, n int) *rules.Engine {
	b.Helper()
	var list strings.Builder
	for i := 0; i < n; i++ {
		fmt.Fprintf(&list, "zq%cx%cvor%d\n", 'a'+i%26, 'a'+(i/26)%26, i)
	}
	p, err := rules.TermListPack("bench", strings.NewReader(list.String()), rules.CatSlur, rules.SevHigh)
	if err != nil {
		b.Fatal(err)
	}
	base, err := rules.BuiltinPack("base")
	if err != nil {
		b.Fatal(err)
	}
	e, err := rules.Compile(base, p)
	if err != nil {
		b.Fatal(err)
	}
	return e
}

var benchTerms = 10000

func BenchmarkEvaluateTermList(b *testing.B) {
	e := benchTermEngine(b, benchTerms)
	msgs := benchCorpus(4096)
	var bytes int
	for _, m := range msgs {
		bytes += len(m)
	}
	b.SetBytes(int64(bytes / len(msgs)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if e.Evaluate(rules.Message{Text: msgs[i%len(msgs)]}).Flagged {
			b.Fatal("unexpected flag")
		}
	}
}

func BenchmarkEvaluateDefault(b *testing.B) {
	e, err := rules.Default()
	if err != nil {
		b.Fatal(err)
	}
	msgs := benchCorpus(4096)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		e.Evaluate(rules.Message{Text: msgs[i%len(msgs)]})
	}
}

func BenchmarkNormalize(b *testing.B) {
	msgs := benchCorpus(4096)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		rules.Normalize(msgs[i%len(msgs)])
	}
}
