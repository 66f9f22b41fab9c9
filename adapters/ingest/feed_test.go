package ingest_test

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"testing"
	"time"

	"github.com/trygbot/trygbot/adapters/ingest"
	"github.com/trygbot/trygbot/bot"
	"github.com/trygbot/trygbot/storage/sqlite"
)

// readOutbox reads /v1/outbox from srv after seq, waiting up to wait.
func readOutbox(t *testing.T, srv *httptest.Server, after int64, wait int) []ingest.Item {
	t.Helper()
	req, _ := http.NewRequest("GET", srv.URL+"/v1/outbox?after="+itoa(after)+"&wait="+itoa(int64(wait)), nil)
	req.Header.Set("Authorization", "Bearer tok")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var box struct{ Items []ingest.Item }
	if err := json.NewDecoder(resp.Body).Decode(&box); err != nil {
		t.Fatal(err)
	}
	return box.Items
}

func itoa(n int64) string { b, _ := json.Marshal(n); return string(b) }

// With a shared feed, the outbox is the same on every instance and
// survives a restart: a prompt pushed by one is read from another, a
// reader waiting on one wakes for an item another pushed, and an adapter
// made anew on the same store still serves what was there.
func TestOutboxSharedAndDurable(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	path := filepath.Join(t.TempDir(), "feed.db")
	st, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	logger := slog.New(slog.NewTextHandler(io.Discard, nil))
	mk := func() (*ingest.Adapter, *httptest.Server) {
		a := ingest.New(logger, "tok")
		a.UseFeed(st)
		srv := httptest.NewServer(a.Handler())
		t.Cleanup(srv.Close)
		return a, srv
	}
	one, _ := mk()
	_, srvTwo := mk()
	ref, err := one.Prompt(ctx, bot.Prompt{CaseID: 7, ChatID: "mods", Title: "Case 7"})
	if err != nil {
		t.Fatal(err)
	}
	items := readOutbox(t, srvTwo, 0, 0)
	if len(items) != 1 || items[0].Kind != "prompt" || items[0].Prompt.CaseID != 7 || "p"+itoa(items[0].Seq) != ref.MessageID {
		t.Fatalf("instance two's outbox = %+v (ref %s)", items, ref.MessageID)
	}
	got := make(chan []ingest.Item, 1)
	go func() { got <- readOutbox(t, srvTwo, items[0].Seq, 10) }()
	time.Sleep(100 * time.Millisecond)
	if _, err := one.Reply(ctx, bot.Reply{ChatID: "forum", Text: "please be kind @everyone"}); err != nil {
		t.Fatal(err)
	}
	select {
	case next := <-got:
		if len(next) != 1 || next[0].Kind != "reply" || next[0].Reply.Text == "please be kind @everyone" {
			t.Errorf("woken reader got %+v; want the reply, mentions defused", next)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("a reader waiting on instance two did not see instance one's reply")
	}
	// "Restart": a new adapter on the same store.
	_, srvThree := mk()
	if all := readOutbox(t, srvThree, 0, 0); len(all) != 2 {
		t.Errorf("after a restart the outbox has %d items, want 2", len(all))
	}
	// The store closed: a prompt fails (the bot keeps it owed), it is not lost silently.
	st.Close()
	if _, err := one.Prompt(ctx, bot.Prompt{CaseID: 8, ChatID: "mods"}); err == nil {
		t.Error("Prompt with the store closed succeeded")
	}
}
