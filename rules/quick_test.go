package rules

import (
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// quickPieces are the characters and fragments the quick pass treats
// differently: plain letters and spaces, two-byte letters, separators,
// punctuation, leet, quotes, apostrophes, invisible and combining
// characters, emoji, masks, digits and invalid UTF-8.
var quickPieces = []string{
	"a", "b", "e", "r", "t", "z", "o", "n", "s", "A", "Z", "E",
	"ø", "å", "æ", "Ø", "Å", "é", "ü", "ß", "ł", "ı", "Ä",
	" ", " ", "  ", "\t", "\n", "\r\n", ".", ". ", "-", "_", "*", "~", "`",
	",", "!", "?", ";", ":", "(", ")", "/", "#", "&", "|", "@", "$", "+",
	"0", "1", "3", "4", "5", "7", "8", "9", "14/88", "1000",
	"\"", "'", "’", "‘", "“", "”", "«", "»",
	"\u200b", "\u200d", "\ufe0f", "\u00ad", "\u0301", "\u030a", "a\u030a",
	"😂", "🐀", "👍🏽", "🤷\u200d♂️", "❤", "•", "🇩🇰", "🅰", "ｚ", "４", "Ⅻ", "ﬁ",
	"а", "о", "α", "\xff", "\xc3", "\xe2\x80",
	"jøder", "zorblax", "rotter", "muslims", "kill", "not", "ikke", "de er",
}

// quickTexts returns deterministic random texts built from quickPieces,
// with the fuzz seeds.
func quickTexts(n int) []string {
	out := []string{"", "aa", "a a", "a, a", "a. a", "a.a", "aa.", "\"aa\" 'bb' cc"}
	x := uint64(20261208)
	next := func() uint64 { x ^= x << 13; x ^= x >> 7; x ^= x << 17; return x }
	for i := 0; i < n; i++ {
		var b strings.Builder
		for k := int(next() % 40); k >= 0; k-- {
			b.WriteString(quickPieces[next()%uint64(len(quickPieces))])
		}
		out = append(out, b.String())
	}
	return out
}

// checkQuick compares the quick pass with run's pass without recording.
func checkQuick(t *testing.T, e *Engine, s string) {
	t.Helper()
	var want, got scratch
	e.norm.run(s, &want, false)
	e.norm.quick(s, &got)
	if want.state != got.state || want.count != got.count || want.lastR != got.lastR || want.redo != got.redo {
		t.Fatalf("quick(%q): state %d count %d last %q redo %v, run: state %d count %d last %q redo %v",
			s, got.state, got.count, got.lastR, got.redo, want.state, want.count, want.lastR, want.redo)
	}
	if e.ac.sums == nil {
		if len(want.hits) != len(got.hits) {
			t.Fatalf("quick(%q): %d hits, run: %d", s, len(got.hits), len(want.hits))
		}
		for k := range want.hits {
			if want.hits[k] != got.hits[k] {
				t.Fatalf("quick(%q): hit %d is %+v, run: %+v", s, k, got.hits[k], want.hits[k])
			}
		}
	} else if seen := hitsSummary(e, want.hits); got.seen != seen {
		t.Fatalf("quick(%q): summary %x, run's hits: %x", s, got.seen, seen)
	}
	if a, b := e.quickMayMatch(&got), e.mayMatch(&want); a != b {
		t.Fatalf("quick(%q): may match %v, run: %v", s, a, b)
	}
	if a, b := e.quickMayNameGroup(&got), e.mayNameGroup(&want); a != b {
		t.Fatalf("quick(%q): may name a group %v, run: %v", s, a, b)
	}
	if !got.maskable && (hasMask(s) || emojiToRead(s)) {
		t.Fatalf("quick(%q): not maskable, but unmask has work", s)
	}
}

// hitsSummary is the summary the quick pass should leave for hits.
func hitsSummary(e *Engine, hits []hit) uint64 {
	var m uint64
	for _, h := range hits {
		m |= sumAny
		switch p := &e.pats[h.pat]; p.kind {
		case patRule:
			m |= sumSpecial
		case patLexicon:
			m |= 1 << p.ref
		}
	}
	return m
}

func quickEngine(t testing.TB) *Engine {
	e, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func TestQuickPassAgreesWithRun(t *testing.T) {
	e := quickEngine(t)
	n := 20000
	if testing.Short() {
		n = 2000
	}
	for _, s := range quickTexts(n) {
		checkQuick(t, e, s)
	}
}

func FuzzQuickPass(f *testing.F) {
	for _, s := range quickTexts(50) {
		f.Add(s)
	}
	e := quickEngine(f)
	f.Fuzz(func(t *testing.T, s string) { checkQuick(t, e, s) })
}

// TestSymbolTableAgrees checks classify's table against the slow way for
// every character of its blocks, at the start of a text and before more.
func TestSymbolTableAgrees(t *testing.T) {
	for _, b := range symbolBlocks {
		for r := b.lo; r < b.hi; r++ {
			s := string(r)
			want := refold(foldDecomposed(r, norm.NFKD.PropertiesString(s).Decomposition()), foldTable)
			for _, text := range []string{s, s + "a", s + "\u0301"} {
				if got := classify(r, text); got != want {
					t.Fatalf("classify(%U, %q) = %+v, slow way %+v", r, text, got, want)
				}
			}
		}
	}
}
