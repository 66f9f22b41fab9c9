package storage_test

import (
	"testing"

	"github.com/trygbot/trygbot/storage"
)

// Two messages whose ids differ only in where a "/" falls had one key when
// the parts were joined with "/"; CaseKey keeps them apart.
func TestCaseKeyUnambiguous(t *testing.T) {
	pairs := [][2][4]string{
		{{"ingest", "forum", "x/y", "z"}, {"ingest", "forum", "x", "y/z"}},
		{{"ingest", "a/b", "c", "d"}, {"ingest", "a", "b/c", "d"}},
		{{"ingest", "f", "1:c", "m"}, {"ingest", "f", "1", ":cm"}},
		{{"ingest", "f", "", "2:ab"}, {"ingest", "f", "2:ab", ""}},
	}
	for _, p := range pairs {
		a, b := p[0], p[1]
		if ka, kb := storage.CaseKey(a[0], a[1], a[2], a[3]), storage.CaseKey(b[0], b[1], b[2], b[3]); ka == kb {
			t.Errorf("CaseKey(%q) = CaseKey(%q) = %q", a, b, ka)
		}
	}
	if got, want := storage.CaseKey("discord", "g-1", "c/x/y", "42"), "7:discord3:g-15:c/x/y2:42"; got != want {
		t.Errorf("CaseKey = %q, want %q", got, want)
	}
	if got, want := storage.CaseKey("x", "ø", "", "m"), "1:x2:ø0:1:m"; got != want {
		t.Errorf("CaseKey counts bytes: %q, want %q", got, want)
	}
}

func TestLegacyCaseKey(t *testing.T) {
	for _, tc := range []struct {
		name string
		c    storage.Case
		want string // "" when the key is not in the old form
	}{
		{"old key", storage.Case{Key: "discord/g1/c9/m1", Platform: "discord", Channel: "c9", MessageID: "m1"},
			storage.CaseKey("discord", "g1", "c9", "m1")},
		{"slashes in the parts", storage.Case{Key: "ingest/a/b/x/y/y/z", Platform: "ingest", Channel: "x/y", MessageID: "y/z"},
			storage.CaseKey("ingest", "a/b", "x/y", "y/z")},
		{"empty chat", storage.Case{Key: "ingest//c/m", Platform: "ingest", Channel: "c", MessageID: "m"},
			storage.CaseKey("ingest", "", "c", "m")},
		{"new key", storage.Case{Key: storage.CaseKey("ingest", "f", "c", "m"), Platform: "ingest", Channel: "c", MessageID: "m"}, ""},
		{"another case's fields", storage.Case{Key: "discord/g1/c9/m1", Platform: "discord", Channel: "c9", MessageID: "m2"}, ""},
		{"overlapping prefix and suffix", storage.Case{Key: "p/c/m", Platform: "p", Channel: "c", MessageID: "m"}, ""},
		{"chosen key", storage.Case{Key: "dup", Platform: "discord"}, ""},
		{"no key", storage.Case{Platform: "discord"}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := storage.LegacyCaseKey(tc.c)
			if ok != (tc.want != "") || got != tc.want {
				t.Errorf("LegacyCaseKey = %q, %v; want %q", got, ok, tc.want)
			}
		})
	}
}
