package ingest_test

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/trygbot/trygbot/adapters/ingest"
	"github.com/trygbot/trygbot/bot"
	"github.com/trygbot/trygbot/storage"
	"github.com/trygbot/trygbot/storage/sqlite"
)

// countingQueue is a storage.Queue that keeps what is published.
var _ storage.Queue = (*countingQueue)(nil)

type countingQueue struct {
	mu    sync.Mutex
	items [][]byte
}

func (q *countingQueue) Publish(_ context.Context, item []byte) error {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.items = append(q.items, item)
	return nil
}

func (q *countingQueue) Consume(ctx context.Context, _ string, _ func(context.Context, []byte) error) error {
	<-ctx.Done()
	return ctx.Err()
}

func (q *countingQueue) len() int { q.mu.Lock(); defer q.mu.Unlock(); return len(q.items) }

// A message for a chat no community configures is refused with 422 and
// the reason, both when the bot handles messages itself (SQLite) and when
// they go through the shared queue (Redis), where nothing is queued;
// a configured chat is still accepted.
func TestUnknownChatRefused(t *testing.T) {
	for _, queued := range []bool{false, true} {
		name := map[bool]string{false: "direct", true: "queue"}[queued]
		t.Run(name, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			t.Cleanup(cancel)
			st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "i.db"))
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { st.Close() })
			logger := slog.New(slog.NewTextHandler(io.Discard, nil))
			b, err := bot.New(logger, st, nil, nil, bot.NewPseudonymizer([]byte("0123456789abcdef0123456789abcdef")), bot.Options{
				Communities: []bot.Community{{ID: "x", Platform: ingest.Platform, ChatID: "forum", Lang: "en", ModeratorsChat: "mods",
					Moderators: []string{"user:mod1"}}},
			})
			if err != nil {
				t.Fatal(err)
			}
			const token = "s3cret-token-for-the-unknown-chat-test"
			a := ingest.New(logger, token)
			b.AddOutbox(ingest.Platform, a)
			q := &countingQueue{}
			var in bot.Inbox = b
			if queued {
				in = &bot.QueueInbox{Queue: q, Direct: b}
			}
			running := make(chan struct{})
			go func() { close(running); a.Run(ctx, in) }()
			<-running
			srv := httptest.NewServer(a.Handler())
			t.Cleanup(srv.Close)

			send := func(chat string) (int, map[string]any) {
				var code int
				var out map[string]any
				for range 100 { // until Run has attached the inbox
					code, out = post(t, srv, "/v1/messages", token, `{"chat_id":"`+chat+`","channel":"c","id":"m1","author_id":"u1","text":"hello"}`)
					if code != http.StatusServiceUnavailable {
						break
					}
					time.Sleep(10 * time.Millisecond)
				}
				return code, out
			}
			code, out := send("elsewhere")
			if msg, _ := out["error"].(string); code != http.StatusUnprocessableEntity || !strings.Contains(msg, "elsewhere") || !strings.Contains(msg, "no community") {
				t.Errorf("message for an unconfigured chat: %d %v; want 422 naming the chat", code, out)
			}
			if queued && q.len() != 0 {
				t.Errorf("%d items queued for an unconfigured chat, want none", q.len())
			}
			if code, out := send("forum"); code != http.StatusAccepted {
				t.Errorf("message for the configured chat: %d %v; want 202", code, out)
			}
			if queued && q.len() != 1 {
				t.Errorf("%d items queued, want the configured chat's message", q.len())
			}
		})
	}
}
