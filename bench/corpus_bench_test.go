package bench

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/trygbot/trygbot/rules"
)

// corpusDir is where the shared corpus sits beside a checkout.
const corpusDir = "../../shared/bench"

// loadCorpus reads the corpus messages, or skips when it is not there.
func loadCorpus(b *testing.B) []string {
	b.Helper()
	path := filepath.Join(corpusDir, "messages.jsonl")
	if _, err := os.Stat(path); err != nil {
		b.Skipf("no corpus at %s", corpusDir)
	}
	texts, _, err := readMessages(path)
	if err != nil {
		b.Fatal(err)
	}
	return texts
}

// benchCorpus times one full pass over the corpus per iteration, for
// profiling the engine as `trygbot bench` runs it (go test -bench Corpus
// -cpu 1 -cpuprofile cpu.out ./bench).
func benchCorpus(b *testing.B, list string, check func(b *testing.B, path string) func(string) bool) {
	texts := loadCorpus(b)
	f := check(b, filepath.Join(corpusDir, list))
	b.SetBytes(TextBytes)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			f(t)
		}
	}
}

func engineCheck(b *testing.B, path string) func(string) bool {
	e, err := Build(path)
	if err != nil {
		b.Fatal(err)
	}
	return func(t string) bool { return e.Evaluate(rules.Message{Text: t}).Flagged }
}

func baselineCheck(b *testing.B, path string) func(string) bool {
	bl, err := NewBaseline(path)
	if err != nil {
		b.Fatal(err)
	}
	return bl.Flagged
}

func BenchmarkCorpusEngine200(b *testing.B)   { benchCorpus(b, "terms.txt", engineCheck) }
func BenchmarkCorpusEngine10k(b *testing.B)   { benchCorpus(b, "terms_10k.txt", engineCheck) }
func BenchmarkCorpusBaseline200(b *testing.B) { benchCorpus(b, "terms.txt", baselineCheck) }
func BenchmarkCorpusBaseline10k(b *testing.B) { benchCorpus(b, "terms_10k.txt", baselineCheck) }
