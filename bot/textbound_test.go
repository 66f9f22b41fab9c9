package bot_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/trygbot/trygbot/bot"
	"github.com/trygbot/trygbot/rules"
)

// TestCaseTextBounded: a case keeps at most MaxMessageBytes of its
// message (rules.DefaultMaxText by default), cut on a character boundary
// with a note in the verdict; so does the threat's own message in its
// context. A message within the bound is kept whole.
func TestCaseTextBounded(t *testing.T) {
	eachStore(t, func(t *testing.T, f *fixture) {
		withOptions(t, f, func(o *bot.Options) { o.MaxMessageBytes = 1001 })
		long := "I will kablooey you " + strings.Repeat("æ", 5000) // 2 bytes each: the bound falls inside one
		f.sayIn(t, "c1", "long", "u1", long)
		c := f.caseByMessage(t, "long")
		if len(c.Text) > 1001 || !utf8.ValidString(c.Text) || !strings.HasPrefix(long, c.Text) || len(c.Text) < 990 {
			t.Errorf("case text of %d bytes (valid UTF-8 %v), want the first ≤1001 bytes of %d", len(c.Text), utf8.ValidString(c.Text), len(long))
		}
		if !strings.Contains(strings.Join(c.Verdict.Notes, "; "), "stored up to byte") {
			t.Errorf("no note that the text was cut: %q", c.Verdict.Notes)
		}
		for _, m := range c.Context {
			if m.Subject && (len(m.Text) > 1001 || !m.Truncated) {
				t.Errorf("the threat in its own context: %d bytes, truncated %v", len(m.Text), m.Truncated)
			}
		}
		f.sayIn(t, "c2", "short", "u2", "zorblax")
		if c := f.caseByMessage(t, "short"); c.Text != "zorblax" || strings.Contains(strings.Join(c.Verdict.Notes, "; "), "stored up to") {
			t.Errorf("a short message: %q, notes %q", c.Text, c.Verdict.Notes)
		}
		withOptions(t, f, func(*bot.Options) {})
		f.sayIn(t, "c2", "huge", "u3", "zorblax "+strings.Repeat("x", 1<<20))
		if c := f.caseByMessage(t, "huge"); len(c.Text) > rules.DefaultMaxText {
			t.Errorf("a 1 MiB message: the case keeps %d bytes, want at most %d by default", len(c.Text), rules.DefaultMaxText)
		}
	})
}
