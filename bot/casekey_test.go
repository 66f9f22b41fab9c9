package bot_test

import (
	"testing"

	"github.com/trygbot/trygbot/bot"
	"github.com/trygbot/trygbot/storage"
)

// Two messages whose channel and id differ only in where a "/" falls are
// two cases (their keys once coincided and the second was dropped), and
// each delivered again still makes no second case.
func TestCaseKeyTellsMessagesApart(t *testing.T) {
	eachStore(t, func(t *testing.T, f *fixture) {
		send := func(channel, id string) {
			t.Helper()
			err := f.bot.Handle(f.ctx, bot.Event{Kind: bot.KindMessage, Platform: "fake", ChatID: "guild1", Channel: channel,
				MessageID: id, AuthorID: "u1", AuthorName: "U1", Text: "you zorblax"})
			if err != nil {
				t.Fatalf("Handle(%s, %s): %v", channel, id, err)
			}
		}
		for range 2 {
			send("x/y", "z")
			send("x", "y/z")
		}
		cs, err := f.store.ListCases(f.ctx, storage.CaseQuery{})
		if err != nil {
			t.Fatal(err)
		}
		if len(cs) != 2 {
			t.Fatalf("%d cases, want 2 (one per message)", len(cs))
		}
		for _, c := range cs {
			if want := storage.CaseKey("fake", "guild1", c.Channel, c.MessageID); c.Key != want {
				t.Errorf("case %d: key %q, want %q", c.ID, c.Key, want)
			}
		}
	})
}
