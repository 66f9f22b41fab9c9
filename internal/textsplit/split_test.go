package textsplit

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSplit(t *testing.T) {
	text := strings.Repeat("linje med æøå\n", 300)
	parts := Split(text, 1000)
	if len(parts) < 4 {
		t.Fatalf("%d parts", len(parts))
	}
	var joined []string
	for _, p := range parts {
		if len(p) > 1000 || !utf8.ValidString(p) {
			t.Fatalf("part of %d bytes, valid %v", len(p), utf8.ValidString(p))
		}
		joined = append(joined, p)
	}
	if strings.TrimRight(strings.Join(joined, "\n"), "\n") != strings.TrimRight(text, "\n") {
		t.Error("the parts do not add up to the text")
	}
	long := strings.Repeat("ø", 1000) // no line ends, two bytes a rune
	for _, p := range Split(long, 999) {
		if len(p) > 999 || !utf8.ValidString(p) {
			t.Fatalf("cut inside a rune: %d bytes", len(p))
		}
	}
	if got := Split("", 10); len(got) != 0 {
		t.Errorf("Split of nothing = %q", got)
	}
}
