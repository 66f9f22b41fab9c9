package ingest_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"testing"
	"time"

	"github.com/trygbot/trygbot/adapters/ingest"
	"github.com/trygbot/trygbot/bot"
	"github.com/trygbot/trygbot/storage"
	"github.com/trygbot/trygbot/storage/sqlite"
)

// Tokens of the clients in clientsSetup.
const (
	forumToken = "forum-client-token-0123456789abcdef"
	allToken   = "every-community-token-0123456789ab"
)

// clientsSetup is the API over a bot with two ingest communities, forum
// (chat forum1, moderators' chat forum-mods) and board (chat board1,
// moderators' chat board-mods), and two clients: one bound to forum, one
// with the all-communities token. With shared, the outbox is in the store.
func clientsSetup(t *testing.T, shared bool) (*httptest.Server, storage.Store) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "i.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
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
	if shared {
		a.UseFeed(st)
	}
	b.AddOutbox(ingest.Platform, a)
	go a.Run(ctx, b)
	srv := httptest.NewServer(a.Handler())
	t.Cleanup(srv.Close)
	for range 100 {
		if code, _ := post(t, srv, "/v1/messages", allToken, `{"chat_id":"board1","id":"warm","author_id":"a","text":"hi"}`); code == http.StatusAccepted {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	return srv, st
}

// outboxOf reads the outbox as the client with token, after seq.
func outboxOf(t *testing.T, srv *httptest.Server, token string, after int64) (items []ingest.Item, next int64) {
	t.Helper()
	req, _ := http.NewRequest("GET", fmt.Sprintf("%s/v1/outbox?after=%d", srv.URL, after), nil)
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("outbox: %d", resp.StatusCode)
	}
	var box struct {
		Items []ingest.Item
		Next  int64
	}
	if err := json.NewDecoder(resp.Body).Decode(&box); err != nil {
		t.Fatal(err)
	}
	return box.Items, box.Next
}

// claimData is the claim action's data of the prompt for case id.
func claimData(t *testing.T, items []ingest.Item, id storage.CaseID) string {
	t.Helper()
	for _, it := range items {
		if it.Prompt == nil || it.Prompt.CaseID != id {
			continue
		}
		for _, a := range it.Prompt.Actions {
			if a.Kind == bot.ActClaim {
				return a.Data
			}
		}
	}
	t.Fatalf("no prompt of case %d in %+v", id, items)
	return ""
}

// TestClientTokensBoundToCommunities: a client's token posts messages to
// its communities only, reads the outbox items of their chats only (and
// is told where to read on past the others), and acts on their cases
// only; the all-communities token does everything, as ingest.token did.
func TestClientTokensBoundToCommunities(t *testing.T) {
	for _, shared := range []bool{false, true} {
		t.Run(map[bool]string{false: "outbox in memory", true: "outbox in the store"}[shared], func(t *testing.T) {
			srv, st := clientsSetup(t, shared)
			ctx := context.Background()
			msg := func(chat, id string) string {
				return fmt.Sprintf(`{"chat_id":%q,"id":%q,"author_id":"u1","text":"a zorblax"}`, chat, id)
			}
			if code, out := post(t, srv, "/v1/messages", forumToken, msg("forum1", "f1")); code != http.StatusAccepted {
				t.Fatalf("forum client to forum: %d %v", code, out)
			}
			code, out := post(t, srv, "/v1/messages", forumToken, msg("board1", "b1"))
			if code != http.StatusForbidden || out["error"] == nil {
				t.Fatalf("forum client to board: %d %v, want 403 with an error", code, out)
			}
			if code, out := post(t, srv, "/v1/messages", allToken, msg("board1", "b2")); code != http.StatusAccepted {
				t.Fatalf("all-communities token to board: %d %v", code, out)
			}
			if code, _ := post(t, srv, "/v1/messages", "forum-client-token-0123456789abcdeX", msg("forum1", "f2")); code != http.StatusUnauthorized {
				t.Fatalf("wrong token: %d, want 401", code)
			}
			cases, err := st.ListCases(ctx, storage.CaseQuery{})
			if err != nil {
				t.Fatal(err)
			}
			byComm := map[string]storage.CaseID{}
			for _, c := range cases {
				if c.MessageID == "b1" {
					t.Errorf("the refused message became case %d", c.ID)
				}
				byComm[c.Community] = c.ID
			}
			if len(cases) != 2 || byComm["forum"] == 0 || byComm["board"] == 0 {
				t.Fatalf("cases %+v, want one in forum and one in board", cases)
			}

			all, allNext := outboxOf(t, srv, allToken, 0)
			mine, next := outboxOf(t, srv, forumToken, 0)
			if len(all) != 2 {
				t.Fatalf("all-communities outbox has %d items, want both prompts", len(all))
			}
			if len(mine) != 1 || mine[0].Prompt == nil || mine[0].Prompt.ChatID != "forum-mods" {
				t.Fatalf("forum client's outbox = %+v, want the forum prompt only", mine)
			}
			if next != allNext || allNext != all[1].Seq {
				t.Errorf("next = %d and %d, want %d: past the items skipped", next, allNext, all[1].Seq)
			}
			if rest, _ := outboxOf(t, srv, forumToken, next); len(rest) != 0 {
				t.Errorf("after next the forum client reads %+v, want nothing", rest)
			}

			boardClaim := claimData(t, all, byComm["board"])
			code, out = post(t, srv, "/v1/actions", forumToken, `{"data":"`+boardClaim+`","actor_id":"mod1"}`)
			if code != http.StatusForbidden {
				t.Errorf("forum client claiming a board case: %d %v, want 403", code, out)
			}
			if c, _ := st.GetCase(ctx, byComm["board"]); c.State != storage.StateOpen {
				t.Errorf("the board case is %s, want open", c.State)
			}
			code, out = post(t, srv, "/v1/actions", forumToken, `{"data":"`+claimData(t, mine, byComm["forum"])+`","actor_id":"mod1"}`)
			if code != http.StatusOK {
				t.Errorf("forum client claiming a forum case: %d %v", code, out)
			}
			if code, out := post(t, srv, "/v1/actions", allToken, `{"data":"`+boardClaim+`","actor_id":"mod1"}`); code != http.StatusOK {
				t.Errorf("all-communities token claiming a board case: %d %v", code, out)
			}
		})
	}
}
