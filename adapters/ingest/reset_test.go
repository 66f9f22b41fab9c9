package ingest_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/trygbot/trygbot/adapters/ingest"
	"github.com/trygbot/trygbot/bot"
	"github.com/trygbot/trygbot/internal/redistest"
	"github.com/trygbot/trygbot/storage"
	"github.com/trygbot/trygbot/storage/redis"
	"github.com/trygbot/trygbot/storage/sqlite"
)

// feedStore is a store that also keeps the outbox (both drivers).
type feedStore interface {
	storage.Store
	ingest.Feed
}

// instance runs a bot with an ingest adapter whose outbox is in st's
// feed (nil: in memory), as trygbot run does, until the test ends.
func instance(t *testing.T, st feedStore, cases storage.Store) *httptest.Server {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	logger := slog.New(slog.NewTextHandler(io.Discard, nil))
	b := zorbBot(t, logger, cases, nil, bot.Options{
		Communities: []bot.Community{{ID: "x", Platform: ingest.Platform, ChatID: "forum", Lang: "en", ModeratorsChat: "mods",
			Moderators: []string{"user:mod1"}}},
	})
	a := ingest.New(logger, "s3cret-token")
	if st != nil {
		a.UseFeed(st)
	}
	b.AddOutbox(ingest.Platform, a)
	go a.Run(ctx, b)
	srv := httptest.NewServer(a.Handler())
	t.Cleanup(srv.Close)
	for i := 0; ; i++ { // until Run has attached the bot
		code, _ := post(t, srv, "/v1/messages", "s3cret-token", `{"chat_id":"forum","id":"warm","author_id":"a","text":"hi"}`)
		if code == http.StatusAccepted {
			return srv
		}
		if i == 100 {
			t.Fatalf("the ingest API answers %d", code)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// flag posts n flagged messages with ids from prefix.
func flag(t *testing.T, srv *httptest.Server, prefix string, n int) {
	t.Helper()
	for i := range n {
		body := fmt.Sprintf(`{"chat_id":"forum","channel":"c","id":"%s%d","author_id":"u%d","text":"what a zorblax"}`, prefix, i, i)
		if code, out := post(t, srv, "/v1/messages", "s3cret-token", body); code != http.StatusAccepted {
			t.Fatalf("POST: %d %v", code, out)
		}
	}
}

// getBox reads GET /v1/outbox?query.
func getBox(t *testing.T, srv *httptest.Server, query string) ingest.Outbox {
	t.Helper()
	req, _ := http.NewRequest("GET", srv.URL+"/v1/outbox?"+query, nil)
	req.Header.Set("Authorization", "Bearer s3cret-token")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var box ingest.Outbox
	if err := json.NewDecoder(resp.Body).Decode(&box); err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("outbox: %d %v", resp.StatusCode, err)
	}
	return box
}

// prompts are the box's prompts.
func prompts(box ingest.Outbox) []bot.Prompt {
	var out []bot.Prompt
	for _, it := range box.Items {
		if it.Kind == "prompt" {
			out = append(out, *it.Prompt)
		}
	}
	return out
}

// TestOutboxReaderToldOfReset is issue 12's outbox finding: after the
// store lost its data the outbox numbers from 1 again, and a reader
// polling after=N waited forever for numbers it had passed (420 of 1,050
// prompts missed in one run). Now the answer carries the outbox's epoch;
// a reader that sends back an older one, or a place past the outbox's
// head, is told at once (reset) and given the outbox from its start. A
// button of a prompt from before the loss is refused: the case with its
// number is another case now.
func TestOutboxReaderToldOfReset(t *testing.T) {
	stores := lossyStores("ingestreset", func(t *testing.T, st feedStore) *httptest.Server { return instance(t, st, st) })
	for _, tc := range append(stores, lossyStore{
		"memory", func(t *testing.T) (*httptest.Server, func() *httptest.Server) {
			path := filepath.Join(t.TempDir(), "i.db")
			open := func() storage.Store {
				st, err := sqlite.Open(context.Background(), path)
				if err != nil {
					t.Fatal(err)
				}
				t.Cleanup(func() { st.Close() })
				return st
			}
			st := open()
			return instance(t, nil, st), func() *httptest.Server {
				st.Close()
				for _, suffix := range []string{"", "-wal", "-shm"} {
					os.Remove(path + suffix)
				}
				return instance(t, nil, open()) // a restarted process, its outbox new
			}
		}},
	) {
		t.Run(tc.name, func(t *testing.T) {
			srv, lose := tc.open(t)
			flag(t, srv, "before", 3)
			box := getBox(t, srv, "after=0")
			old := prompts(box)
			if len(old) != 3 || box.Epoch == "" || box.Reset {
				t.Fatalf("first read: %d prompts, epoch %q, reset %v", len(old), box.Epoch, box.Reset)
			}
			epoch, last := box.Epoch, box.Items[len(box.Items)-1].Seq

			srv = lose()
			flag(t, srv, "after", 1)
			start := time.Now()
			box = getBox(t, srv, fmt.Sprintf("after=%d&epoch=%s&wait=10", last, epoch))
			if took := time.Since(start); took > 3*time.Second {
				t.Errorf("the reader waited %s; want an answer at once", took.Round(time.Millisecond))
			}
			if !box.Reset || box.Epoch == epoch || len(prompts(box)) != 1 {
				t.Fatalf("after the loss: reset %v, epoch %q (was %q), %d prompts; want reset, a new epoch and the new prompt",
					box.Reset, box.Epoch, epoch, len(prompts(box)))
			}
			// A reader that does not send the epoch is told too, while
			// its place is past the outbox's head.
			if box := getBox(t, srv, fmt.Sprintf("after=%d&wait=10", last)); !box.Reset || len(prompts(box)) != 1 {
				t.Errorf("reader without the epoch: reset %v, %d prompts", box.Reset, len(prompts(box)))
			}
			// Past the old place: the epoch alone tells.
			flag(t, srv, "more", 5)
			box = getBox(t, srv, fmt.Sprintf("after=%d&epoch=%s", last, epoch))
			if !box.Reset || len(prompts(box)) != 6 {
				t.Errorf("after more prompts than before: reset %v, %d prompts; want reset and all 6", box.Reset, len(prompts(box)))
			}
			// Reading on in the new numbering is no reset.
			next := getBox(t, srv, fmt.Sprintf("after=%d&epoch=%s", box.Items[len(box.Items)-1].Seq, box.Epoch))
			if next.Reset || len(next.Items) != 0 || next.Epoch != box.Epoch {
				t.Errorf("reading on: %+v", next)
			}

			// A button of the old case 1's prompt names case 1, another case now.
			claim := ""
			for _, act := range old[0].Actions {
				if act.Kind == bot.ActClaim {
					claim = act.Data
				}
			}
			if old[0].CaseID != 1 || prompts(box)[0].CaseID != 1 || prompts(box)[0].CaseNonce == old[0].CaseNonce {
				t.Fatalf("old prompt case %d nonce %q, new %d %q: want case 1 again with another nonce",
					old[0].CaseID, old[0].CaseNonce, prompts(box)[0].CaseID, prompts(box)[0].CaseNonce)
			}
			code, out := post(t, srv, "/v1/actions", "s3cret-token", fmt.Sprintf(`{"data":%q,"actor_id":"mod1"}`, claim))
			if msg, _ := out["error"].(string); code != http.StatusConflict || !strings.Contains(msg, "earlier case 1") {
				t.Errorf("claim from the old prompt: %d %v; want 409 naming the earlier case", code, out)
			}
		})
	}
}

// lossyStore starts an instance on a store; lose makes the store lose its
// data and returns the instance to read from afterwards.
type lossyStore struct {
	name string
	open func(t *testing.T) (srv *httptest.Server, lose func() *httptest.Server)
}

// lossyStores are an SQLite file replaced by an empty one (a new
// instance on it) and a Redis emptied as by a restart without
// persistence (the same instance goes on), each under the instance start
// makes; prefix keeps the Redis keys apart.
func lossyStores(prefix string, start func(t *testing.T, st feedStore) *httptest.Server) []lossyStore {
	return []lossyStore{
		{"sqlite", func(t *testing.T) (*httptest.Server, func() *httptest.Server) {
			path := filepath.Join(t.TempDir(), "i.db")
			st, err := sqlite.Open(context.Background(), path)
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { st.Close() })
			return start(t, st), func() *httptest.Server {
				st.Close()
				for _, suffix := range []string{"", "-wal", "-shm"} {
					os.Remove(path + suffix)
				}
				st2, err := sqlite.Open(context.Background(), path) // a new, empty file
				if err != nil {
					t.Fatal(err)
				}
				t.Cleanup(func() { st2.Close() })
				return start(t, st2)
			}
		}},
		{"redis", func(t *testing.T) (*httptest.Server, func() *httptest.Server) {
			st := redistest.Open(t, prefix, redis.Options{})
			srv := start(t, st)
			return srv, func() *httptest.Server {
				if _, err := st.DeleteAll(context.Background()); err != nil { // a restart without persistence
					t.Fatal(err)
				}
				return srv // the same instance goes on
			}
		}},
	}
}
