package ingest_test

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/trygbot/trygbot/adapters/ingest"
	"github.com/trygbot/trygbot/bot"
	"github.com/trygbot/trygbot/rules"
	"github.com/trygbot/trygbot/storage"
	"github.com/trygbot/trygbot/storage/sqlite"
)

func setup(t *testing.T) (*httptest.Server, storage.Store, *bytes.Buffer) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "i.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	var logs bytes.Buffer
	logger := slog.New(slog.NewTextHandler(&logs, nil))
	b := zorbBot(t, logger, st, nil, bot.Options{
		Communities: []bot.Community{{ID: "x", Platform: ingest.Platform, ChatID: "forum", Lang: "en", ModeratorsChat: "mods",
			Moderators: []string{"user:mod1"}}},
	})
	a := ingest.New(logger, "s3cret-token")
	b.AddOutbox(ingest.Platform, a)
	go a.Run(ctx, b)
	srv := httptest.NewServer(a.Handler())
	t.Cleanup(srv.Close)
	// Wait until Run has attached the inbox.
	for i := 0; i < 100; i++ {
		if code, _ := post(t, srv, "/v1/messages", "s3cret-token", `{"chat_id":"forum","id":"warm","author_id":"a","text":"hi"}`); code == http.StatusAccepted {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	return srv, st, &logs
}

func post(t *testing.T, srv *httptest.Server, path, token, body string) (int, map[string]any) {
	t.Helper()
	req, _ := http.NewRequest("POST", srv.URL+path, strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out map[string]any
	json.NewDecoder(resp.Body).Decode(&out)
	return resp.StatusCode, out
}

func TestIngestMessageToPromptToAction(t *testing.T) {
	srv, st, logs := setup(t)
	code, _ := post(t, srv, "/v1/messages", "s3cret-token", `{"chat_id":"forum","channel":"c","id":"m1","author_id":"u1","author_name":"Ulla","text":"what a zorblax"}`)
	if code != http.StatusAccepted {
		t.Fatalf("post message: %d", code)
	}
	req, _ := http.NewRequest("GET", srv.URL+"/v1/outbox?after=0&wait=1", nil)
	req.Header.Set("Authorization", "Bearer s3cret-token")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	var box struct{ Items []ingest.Item }
	json.NewDecoder(resp.Body).Decode(&box)
	resp.Body.Close()
	if len(box.Items) != 1 || box.Items[0].Kind != "prompt" || box.Items[0].Prompt == nil {
		t.Fatalf("outbox = %+v", box.Items)
	}
	var claim string
	for _, a := range box.Items[0].Prompt.Actions {
		if a.Kind == bot.ActClaim {
			claim = a.Data
		}
	}
	code, out := post(t, srv, "/v1/actions", "s3cret-token", `{"data":"`+claim+`","actor_id":"intruder"}`)
	if code != http.StatusForbidden {
		t.Errorf("action by a non-moderator: %d %v", code, out)
	}
	code, out = post(t, srv, "/v1/actions", "s3cret-token", `{"data":"`+claim+`","actor_id":"mod1","actor_name":"Mo"}`)
	if code != http.StatusOK || out["feedback"] == "" {
		t.Errorf("claim: %d %v", code, out)
	}
	c, _ := st.GetCase(context.Background(), 1)
	if c.State != storage.StateClaimed || c.Owner != "mod1" {
		t.Errorf("case %s owner %q", c.State, c.Owner)
	}
	if strings.Contains(logs.String(), "s3cret-token") {
		t.Error("the token appears in the logs")
	}
}

func TestIngestRefusesBadRequests(t *testing.T) {
	srv, _, _ := setup(t)
	big := `{"chat_id":"forum","id":"b","author_id":"u","text":"` + strings.Repeat("a", ingest.MaxBody) + `"}`
	for _, tc := range []struct {
		name, token, body string
		want              int
	}{
		{"no token", "", `{"chat_id":"forum","id":"1","author_id":"u","text":"x"}`, http.StatusUnauthorized},
		{"wrong token", "s3cret-tokem", `{"chat_id":"forum","id":"1","author_id":"u","text":"x"}`, http.StatusUnauthorized},
		{"invalid JSON", "s3cret-token", `{"chat_id":`, http.StatusBadRequest},
		{"unknown field", "s3cret-token", `{"chat_id":"forum","id":"1","author_id":"u","text":"x","colour":"red"}`, http.StatusBadRequest},
		{"missing fields", "s3cret-token", `{"text":"x"}`, http.StatusBadRequest},
		{"two objects", "s3cret-token", `{"chat_id":"forum","id":"1","author_id":"u","text":"x"}{}`, http.StatusBadRequest},
		{"too large", "s3cret-token", big, http.StatusRequestEntityTooLarge},
		{"bad action data", "s3cret-token", `{"data":"nope","actor_id":"mod1"}`, http.StatusBadRequest},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := "/v1/messages"
			if strings.Contains(tc.body, `"data"`) {
				path = "/v1/actions"
			}
			code, out := post(t, srv, path, tc.token, tc.body)
			if code != tc.want || out["error"] == nil {
				t.Errorf("status %d body %v, want %d with an error message", code, out, tc.want)
			}
		})
	}
}

// testPseudonymKey is the pseudonym key of this package's test bots.
var testPseudonymKey = []byte("0123456789abcdef0123456789abcdef")

// zorbBot is a bot over st whose one rule flags "zorblax", with the
// templates tpl (nil for none): the bot behind every ingest test.
func zorbBot(t *testing.T, logger *slog.Logger, st storage.Store, tpl bot.Templates, opt bot.Options) *bot.Bot {
	t.Helper()
	p, err := rules.ParsePack("t.yaml", []byte("pack: t\nrules:\n  - {id: t.zorb, category: slur, rationale: test, terms: [zorblax]}\n"))
	if err != nil {
		t.Fatal(err)
	}
	eng, err := rules.Compile(p)
	if err != nil {
		t.Fatal(err)
	}
	b, err := bot.New(logger, st, eng, tpl, bot.NewPseudonymizer(testPseudonymKey), opt)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
