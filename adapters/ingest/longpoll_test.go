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
