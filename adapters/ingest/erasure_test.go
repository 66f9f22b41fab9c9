package ingest_test

import (
	"context"
	"encoding/json"
	"io"
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
	"github.com/trygbot/trygbot/storage/sqlite"
)

// greeting is a template pack of one reply that names the author.
type greeting struct{}

func (greeting) Suggest(string, rules.Category, string, int, uint64) []bot.Template {
	return []bot.Template{{ID: "t1", Tone: "calm"}}
}

func (greeting) Render(_, _ string, v bot.TemplateVars) (string, string, bool) {
	return "Hi " + v.Author + ", please be kind", "calm", true
}

// outboxBody reads the whole outbox as the raw answer a client gets.
func outboxBody(t *testing.T, srv *httptest.Server, token string) string {
	t.Helper()
	req, _ := http.NewRequest("GET", srv.URL+"/v1/outbox?after=0", nil)
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET /v1/outbox: %d %s", resp.StatusCode, b)
	}
	return string(b)
}

// After forget, and after retention, GET /v1/outbox no longer shows the
// person's id, display name or text: not in the prompts, their updates,
// nor the reply sent to them. Someone else's items stay until their own
// time.
func TestOutboxErased(t *testing.T) {
	person := []string{"author-7731", "Ulla Distinct", "ulla-7731"}
	for _, how := range []string{"forget", "retention"} {
		t.Run(how, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			t.Cleanup(cancel)
			st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "i.db"))
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { st.Close() })
			logger := slog.New(slog.NewTextHandler(io.Discard, nil))
			pseud := bot.NewPseudonymizer(testPseudonymKey)
			b := zorbBot(t, logger, st, greeting{}, bot.Options{
				Communities: []bot.Community{{ID: "x", Platform: ingest.Platform, ChatID: "forum", Lang: "en", ModeratorsChat: "mods",
					Moderators: []string{"user:mod1"}}},
				Sleep: func(context.Context, time.Duration) error { return nil },
			})
			const token = "s3cret-token-for-the-erasure-test"
			a := ingest.New(logger, token)
			a.UseFeed(st)
			b.AddOutbox(ingest.Platform, a)
			go a.Run(ctx, b)
			srv := httptest.NewServer(a.Handler())
			t.Cleanup(srv.Close)
			send := func(id, author, name, text string) {
				t.Helper()
				body := `{"chat_id":"forum","channel":"c","id":"` + id + `","author_id":"` + author + `","author_name":"` + name + `","text":"` + text + `"}`
				for range 100 { // until Run has attached the inbox
					code, out := post(t, srv, "/v1/messages", token, body)
					if code == http.StatusAccepted {
						return
					}
					if code != http.StatusServiceUnavailable {
						t.Fatalf("post %s: %d %v", id, code, out)
					}
					time.Sleep(10 * time.Millisecond)
				}
				t.Fatalf("post %s: not running", id)
			}
			send("m1", "author-7731", "Ulla Distinct", "what a zorblax, says ulla-7731")
			send("m2", "author-2", "Bo Other", "another zorblax by bo-2")
			// A moderator sends Ulla the reply: the outbox gets it, and
			// the prompt's update.
			var box struct{ Items []ingest.Item }
			for deadline := time.Now().Add(5 * time.Second); len(box.Items) < 2 && time.Now().Before(deadline); {
				if err := json.Unmarshal([]byte(outboxBody(t, srv, token)), &box); err != nil {
					t.Fatal(err)
				}
			}
			var data string
			for _, it := range box.Items {
				if it.Kind == "prompt" && it.Prompt.CaseID == 1 {
					for _, act := range it.Prompt.Actions {
						if act.Kind == bot.ActTemplate {
							data = act.Data
						}
					}
				}
			}
			if code, out := post(t, srv, "/v1/actions", token, `{"data":"`+data+`","actor_id":"mod1","actor_name":"Mo"}`); code != http.StatusOK {
				t.Fatalf("send the reply: %d %v", code, out)
			}
			before := outboxBody(t, srv, token)
			for _, s := range append(person, "Hi Ulla Distinct", "bo-2") {
				if !strings.Contains(before, s) {
					t.Fatalf("the outbox lacks %q before erasure:\n%s", s, before)
				}
			}

			now := time.Now()
			switch how {
			case "forget":
				rec, err := bot.Forget(ctx, st, pseud, ingest.Platform, "author-7731", "admin", now)
				if err != nil || rec.Result.FeedItems < 3 {
					t.Fatalf("Forget = %+v, %v; want the prompt, its update and the reply removed", rec.Result, err)
				}
			case "retention":
				// Retention of an hour, run a day later: both cases and
				// every item are past it.
				r := bot.RetentionPolicy(now.Add(24*time.Hour), time.Hour, time.Hour)
				var all struct{ Items []ingest.Item }
				json.Unmarshal([]byte(before), &all)
				if res, err := bot.RunRetention(ctx, st, r, "admin", now); err != nil || res.FeedItems != len(all.Items) {
					t.Fatalf("RunRetention = %+v, %v; want all %d outbox items removed", res, err, len(all.Items))
				}
			}
			after := outboxBody(t, srv, token)
			for _, s := range person {
				if strings.Contains(after, s) {
					t.Errorf("after %s GET /v1/outbox still shows %q:\n%s", how, s, after)
				}
			}
			if how == "forget" && !strings.Contains(after, "bo-2") {
				t.Errorf("forget removed someone else's prompt:\n%s", after)
			}
		})
	}
}
