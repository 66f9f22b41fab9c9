package console_test

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/trygbot/trygbot/adapters/console"
	"github.com/trygbot/trygbot/bot"
	"github.com/trygbot/trygbot/rules"
	"github.com/trygbot/trygbot/storage"
	"github.com/trygbot/trygbot/storage/sqlite"
)

type oneTemplate struct{}

func (oneTemplate) Suggest(string, rules.Category, string, int, uint64) []bot.Template {
	return []bot.Template{{ID: "t1", Tone: "calm"}}
}
func (oneTemplate) Render(_, id string, v bot.TemplateVars) (string, string, bool) {
	return "Hi " + v.Author + ", keep it friendly.", "calm", id == "t1"
}

// TestConsoleEndToEnd types a message and moderator commands and checks
// what is printed and stored.
func TestConsoleEndToEnd(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "c.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	p, _ := rules.ParsePack("t.yaml", []byte("pack: t\nrules:\n  - {id: t.zorb, category: slur, rationale: test, terms: [zorblax]}\n"))
	eng, err := rules.Compile(p)
	if err != nil {
		t.Fatal(err)
	}
	b, err := bot.New(slog.New(slog.NewTextHandler(io.Discard, nil)), st, eng, oneTemplate{},
		bot.NewPseudonymizer([]byte("0123456789abcdef0123456789abcdef")), bot.Options{
			Communities: []bot.Community{{ID: "c", Platform: console.Platform, ChatID: "local", Lang: "en",
				ModeratorsChat: "#mods", Moderators: []string{"user:you"}}},
		})
	if err != nil {
		t.Fatal(err)
	}
	in := strings.NewReader("anna@general: hello there\nbob@general: you zorblax\n/claim 1\n/send 1 1\n/as mallory\n/nothate 1\nnot a message\n/help\n")
	var out bytes.Buffer
	a := console.New(in, &out, "local")
	a.Now = func() time.Time { return time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC) }
	b.AddOutbox(console.Platform, a)
	if err := a.Run(ctx, b); err != nil {
		t.Fatal(err)
	}
	got := out.String()
	for _, want := range []string{"[to #mods]", "Case 1", "z••••••", "[Send reply 1]", "It's yours", "trygbot (reply to bob): Hi bob, keep it friendly.",
		"Reply sent.", "(acting as mallory)", "Only this community's moderators", "write messages as", "Moderator commands"} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q:\n%s", want, got)
		}
	}
	c, err := st.GetCase(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	if c.State != storage.StateResponded || c.Owner != "you" {
		t.Errorf("case = %s owned by %q", c.State, c.Owner)
	}
	if cs, _ := st.ListCases(ctx, storage.CaseQuery{}); len(cs) != 1 {
		t.Errorf("cases = %d, want 1 (hello there is not flagged)", len(cs))
	}
}
