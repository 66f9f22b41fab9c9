package app_test

import (
	"context"
	"testing"

	"github.com/trygbot/trygbot/app"
	"github.com/trygbot/trygbot/bot"
	"github.com/trygbot/trygbot/internal/redistest"
	"github.com/trygbot/trygbot/storage"
	"github.com/trygbot/trygbot/storage/redis"
)

// The inbox adapters get says which chats a community takes (so the
// ingest API answers 422 for the others), whether messages go to the bot
// (SQLite) or through the shared queue (Redis).
func TestInboxKnowsConfiguredChats(t *testing.T) {
	for _, name := range []string{"sqlite", "redis"} {
		t.Run(name, func(t *testing.T) {
			spec := testSpec(t)
			if name == "redis" {
				st := redistest.Open(t, "inbox", redis.Options{})
				spec.OpenStore = func(context.Context) (storage.Store, error) { return st, nil }
				spec.Queue = &app.Queue{Prefix: redistest.Prefix(t, redistest.Addr(t), "inbox"), Workers: 1}
			}
			a := newApp(t, spec)
			if name == "redis" {
				if _, ok := a.Inbox().(*bot.QueueInbox); !ok {
					t.Fatalf("inbox is %T, want the shared queue", a.Inbox())
				}
			}
			cc, ok := a.Inbox().(bot.ChatChecker)
			if !ok {
				t.Fatalf("inbox %T cannot say which chats are configured", a.Inbox())
			}
			if !cc.Configured("fake", "chat") || cc.Configured("fake", "elsewhere") || cc.Configured("other", "chat") {
				t.Errorf("Configured: chat %v, elsewhere %v, other platform %v; want true, false, false",
					cc.Configured("fake", "chat"), cc.Configured("fake", "elsewhere"), cc.Configured("other", "chat"))
			}
		})
	}
}
