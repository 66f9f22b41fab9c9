package ingest_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/trygbot/trygbot/adapters/ingest"
	"github.com/trygbot/trygbot/bot"
	"github.com/trygbot/trygbot/internal/redistest"
	"github.com/trygbot/trygbot/storage/redis"
)

// clientsInstance runs a bot with the two ingest communities and two
// clients of clientsSetup, its outbox in st's feed, until the test ends.
func clientsInstance(t *testing.T, st feedStore) *httptest.Server {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	logger := slog.New(slog.NewTextHandler(io.Discard, nil))
	b := zorbBot(t, logger, st, nil, bot.Options{
		Communities: []bot.Community{
			{ID: "forum", Platform: ingest.Platform, ChatID: "forum1", Lang: "en", ModeratorsChat: "forum-mods", Moderators: []string{"user:mod1"}},
			{ID: "board", Platform: ingest.Platform, ChatID: "board1", Lang: "en", ModeratorsChat: "board-mods", Moderators: []string{"user:mod1"}},
		},
	})
	a := ingest.NewClients(logger,
		[]ingest.Client{{Name: "forum-sync", Token: forumToken, Communities: []string{"forum"}}, {Name: "all", Token: allToken}},
		[]ingest.Community{{ID: "forum", ChatID: "forum1", Chats: []string{"forum-mods"}}, {ID: "board", ChatID: "board1", Chats: []string{"board-mods"}}})
	a.UseFeed(st)
	b.AddOutbox(ingest.Platform, a)
	go a.Run(ctx, b)
	srv := httptest.NewServer(a.Handler())
	t.Cleanup(srv.Close)
	for i := 0; ; i++ { // until Run has attached the bot
		if code, _ := post(t, srv, "/v1/messages", allToken, `{"chat_id":"board1","id":"warm","author_id":"a","text":"hi"}`); code == http.StatusAccepted {
			return srv
		}
		if i == 100 {
			t.Fatal("the ingest API does not accept messages")
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// flagIn posts n flagged messages to chat with ids from prefix.
func flagIn(t *testing.T, srv *httptest.Server, chat, prefix string, n int) {
	t.Helper()
	for i := range n {
		body := fmt.Sprintf(`{"chat_id":%q,"channel":"c","id":"%s%d","author_id":"u%d","text":"what a zorblax"}`, chat, prefix, i, i)
		if code, out := post(t, srv, "/v1/messages", allToken, body); code != http.StatusAccepted {
			t.Fatalf("POST to %s: %d %v", chat, code, out)
		}
	}
}

// boxAs reads GET /v1/outbox?query with token.
func boxAs(t *testing.T, srv *httptest.Server, token, query string) ingest.Outbox {
	t.Helper()
	req, _ := http.NewRequest("GET", srv.URL+"/v1/outbox?"+query, nil)
	req.Header.Set("Authorization", "Bearer "+token)
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

// onlyForum reports an item of the box that is not for the forum's chats.
func onlyForum(t *testing.T, box ingest.Outbox) {
	t.Helper()
	for _, it := range box.Items {
		if it.Prompt == nil || it.Prompt.ChatID != "forum-mods" {
			t.Errorf("the forum client got item %d (%s) for another community", it.Seq, it.Kind)
		}
	}
}

// TestOutboxResetForClientOfSomeCommunities: a client limited to some
// communities keeps its place with "next", which skips the items of other
// communities; it is told of a reset (the store lost its data) as a client
// of every community is, gets only its own items then, and reading on in
// the new numbering, past other communities' items, is no reset. With
// Redis, a long-poll waiting when the data goes is answered at once.
func TestOutboxResetForClientOfSomeCommunities(t *testing.T) {
	for _, tc := range lossyStores("ingestclientreset", clientsInstance) {
		t.Run(tc.name, func(t *testing.T) {
			srv, lose := tc.open(t)
			flagIn(t, srv, "forum1", "f", 2)
			flagIn(t, srv, "board1", "b", 4)
			box := boxAs(t, srv, forumToken, "after=0")
			onlyForum(t, box)
			if len(box.Items) != 2 || box.Reset || box.Epoch == "" {
				t.Fatalf("first read: %d items, reset %v, epoch %q; want the 2 forum prompts", len(box.Items), box.Reset, box.Epoch)
			}
			if last := box.Items[len(box.Items)-1].Seq; box.Next <= last {
				t.Fatalf("next %d, want past the board items after the last forum item %d", box.Next, last)
			}
			// Waiting in this numbering, nothing new for the forum.
			if again := boxAs(t, srv, forumToken, fmt.Sprintf("after=%d&epoch=%s", box.Next, box.Epoch)); again.Reset || len(again.Items) != 0 || again.Next != box.Next {
				t.Fatalf("reading on before the loss: %+v", again)
			}
			epoch, next := box.Epoch, box.Next

			srv = lose()
			flagIn(t, srv, "forum1", "nf", 1)
			flagIn(t, srv, "board1", "nb", 8) // the new numbering passes the client's old place
			start := time.Now()
			box = boxAs(t, srv, forumToken, fmt.Sprintf("after=%d&epoch=%s&wait=10", next, epoch))
			if took := time.Since(start); took > 3*time.Second {
				t.Errorf("the reader waited %s; want an answer at once", took.Round(time.Millisecond))
			}
			onlyForum(t, box)
			if !box.Reset || box.Epoch == epoch || len(box.Items) != 1 {
				t.Fatalf("after the loss: reset %v, epoch %q (was %q), %d items; want reset, a new epoch and the new forum prompt",
					box.Reset, box.Epoch, epoch, len(box.Items))
			}
			if box.Next < box.Items[0].Seq {
				t.Errorf("next %d is before the item returned (%d)", box.Next, box.Items[0].Seq)
			}
			// Reading on in the new numbering, past other communities'
			// items, is no reset.
			flagIn(t, srv, "board1", "later", 3)
			for range 3 { // a read looks through a bounded number of items
				on := boxAs(t, srv, forumToken, fmt.Sprintf("after=%d&epoch=%s", box.Next, box.Epoch))
				if on.Reset || len(on.Items) != 0 || on.Epoch != box.Epoch || on.Next < box.Next {
					t.Fatalf("reading on after the reset: reset %v, %d items, epoch %q, next %d (was %d)",
						on.Reset, len(on.Items), on.Epoch, on.Next, box.Next)
				}
				box = on
			}
			all := boxAs(t, srv, allToken, "after=0")
			if box.Next != all.Next {
				t.Errorf("forum client's next %d, want %d: past every item, as the all-communities client's", box.Next, all.Next)
			}
		})
	}

	// A long-poll waiting when Redis loses its data is answered at once,
	// although nothing new is for its client.
	t.Run("redis long-poll", func(t *testing.T) {
		st := redistest.Open(t, "ingestclientpoll", redis.Options{})
		srv := clientsInstance(t, st)
		flagIn(t, srv, "forum1", "f", 1)
		flagIn(t, srv, "board1", "b", 2)
		box := boxAs(t, srv, forumToken, "after=0")
		if len(box.Items) != 1 || box.Epoch == "" {
			t.Fatalf("first read: %+v", box)
		}
		got := make(chan ingest.Outbox, 1)
		start := time.Now()
		go func() { // not boxAs: no t.Fatal outside the test's goroutine
			var polled ingest.Outbox
			req, _ := http.NewRequest("GET", fmt.Sprintf("%s/v1/outbox?after=%d&epoch=%s&wait=20", srv.URL, box.Next, box.Epoch), nil)
			req.Header.Set("Authorization", "Bearer "+forumToken)
			if resp, err := http.DefaultClient.Do(req); err == nil {
				json.NewDecoder(resp.Body).Decode(&polled)
				resp.Body.Close()
			}
			got <- polled
		}()
		time.Sleep(500 * time.Millisecond) // the reader waits
		if _, err := st.DeleteAll(context.Background()); err != nil {
			t.Fatal(err)
		}
		flagIn(t, srv, "board1", "nb", 1) // nothing for the forum client
		select {
		case polled := <-got:
			if !polled.Reset || polled.Epoch == box.Epoch || len(polled.Items) != 0 {
				t.Errorf("the waiting reader got reset %v, epoch %q (was %q), %d items; want a reset and nothing of the board's",
					polled.Reset, polled.Epoch, box.Epoch, len(polled.Items))
			}
			if took := time.Since(start); took > 10*time.Second {
				t.Errorf("the waiting reader was answered after %s", took.Round(time.Millisecond))
			}
		case <-time.After(25 * time.Second):
			t.Fatal("the waiting reader was not answered")
		}
	})
}
