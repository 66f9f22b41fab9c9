package ingest_test

import (
	"context"
	"io"
	"log/slog"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/trygbot/trygbot/adapters/ingest"
)

// longPollServer is the API of an in-memory outbox, served with read and
// write timeouts shorter than a long-poll.
func longPollServer(t *testing.T) (*ingest.Adapter, *httptest.Server) {
	t.Helper()
	a := ingest.New(slog.New(slog.NewTextHandler(io.Discard, nil)), "tok")
	srv := httptest.NewUnstartedServer(a.Handler())
	srv.Config.ReadTimeout = 200 * time.Millisecond
	srv.Config.WriteTimeout = 300 * time.Millisecond
	srv.Start()
	t.Cleanup(srv.Close)
	return a, srv
}

// TestLongPollOutlivesServerTimeouts: a reader waiting on /v1/outbox
// longer than the server's read and write timeouts still gets the item
// pushed meanwhile (a passing read deadline would otherwise cancel it).
func TestLongPollOutlivesServerTimeouts(t *testing.T) {
	a, srv := longPollServer(t)
	go func() {
		time.Sleep(700 * time.Millisecond)
		a.Post(context.Background(), "mods", "hello moderators")
	}()
	items := readOutbox(t, srv, 0, 2)
	if len(items) != 1 || items[0].Kind != "post" || items[0].Text != "hello moderators" {
		t.Fatalf("items %+v, want the post pushed during the wait", items)
	}
}

// TestEndLongPollsAnswersAtOnce: EndLongPolls (called when the server
// shuts down) makes a waiting reader answer at once with no items, and
// later readers do not wait either.
func TestEndLongPollsAnswersAtOnce(t *testing.T) {
	a, srv := longPollServer(t)
	got := make(chan []ingest.Item, 1)
	go func() { got <- readOutbox(t, srv, 0, 30) }()
	time.Sleep(200 * time.Millisecond)
	ended := time.Now()
	a.EndLongPolls()
	a.EndLongPolls() // twice is fine
	select {
	case items := <-got:
		if len(items) != 0 {
			t.Errorf("items %+v, want none", items)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the waiting reader was not answered")
	}
	if took := time.Since(ended); took > time.Second {
		t.Errorf("answered %s after EndLongPolls", took)
	}
	start := time.Now()
	readOutbox(t, srv, 0, 30)
	if took := time.Since(start); took > time.Second {
		t.Errorf("a reader after EndLongPolls waited %s", took)
	}
}
