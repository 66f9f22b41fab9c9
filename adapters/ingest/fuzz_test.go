package ingest_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/trygbot/trygbot/adapters/ingest"
	"github.com/trygbot/trygbot/bot"
)

// recordingInbox accepts everything and keeps the last event and action.
type recordingInbox struct {
	mu  sync.Mutex
	ev  *bot.Event
	act *bot.ActionRequest
}

func (r *recordingInbox) Handle(_ context.Context, ev bot.Event) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.ev = &ev
	return nil
}

func (r *recordingInbox) Act(_ context.Context, req bot.ActionRequest) (bot.Feedback, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.act = &req
	if req.ActorID == "intruder" {
		return bot.Feedback{Text: "no"}, bot.ErrForbidden
	}
	return bot.Feedback{Text: "ok"}, nil
}

func (r *recordingInbox) Command(context.Context, bot.CommandRequest) (string, error) { return "", nil }

// FuzzIngestAPI posts arbitrary bodies to /v1/messages and /v1/actions
// through the real handler: it never panics, answers only the documented
// statuses, with a JSON error message for every 4xx, and what it accepts
// reaches the bot with the required fields set and valid UTF-8.
func FuzzIngestAPI(f *testing.F) {
	for _, s := range []string{
		`{"chat_id":"forum","channel":"c","id":"m1","author_id":"u1","author_name":"Ulla","text":"what a zorblax"}`,
		`{"chat_id":"forum","id":"m2","author_id":"u1","text":"x","edited":true,"at":"2026-11-23T10:00:00Z"}`,
		`{"chat_id":"forum","id":"m3","author_id":"u1","reported_by":"u2"}`,
		`{"data":"tb1:1:c","actor_id":"mod1","actor_name":"Mo","roles":["r"]}`,
		`{"data":"tb1:zz:t:2","actor_id":"intruder"}`,
		`{"data":"tb1:1:n","actor_id":"mod1","arg":"a note"}`,
		`{"chat_id":"forum","id":"m1","author_id":"u1","text":"a"}{}`,
		`{"chat_id":"forum","id":"m1","author_id":"u1","text":"\xff\xfe"}`,
		`{"chat_id":5}`, `[[[[[[[[[[`, `null`, ``, `{"at":"yesterday"}`,
	} {
		f.Add(false, []byte(s))
		f.Add(true, []byte(s))
	}
	in := &recordingInbox{}
	a := ingest.New(slog.New(slog.NewTextHandler(io.Discard, nil)), "tok")
	ctx, cancel := context.WithCancel(context.Background())
	f.Cleanup(cancel)
	go a.Run(ctx, in)
	h := a.Handler()
	// Wait until Run has attached the inbox.
	for {
		rec := httptest.NewRecorder()
		req := httptest.NewRequest("POST", "/v1/messages", strings.NewReader(`{"chat_id":"c","id":"i","author_id":"a","text":"t"}`))
		req.Header.Set("Authorization", "Bearer tok")
		h.ServeHTTP(rec, req)
		if rec.Code == http.StatusAccepted {
			break
		}
	}
	f.Fuzz(func(t *testing.T, action bool, body []byte) {
		path := "/v1/messages"
		if action {
			path = "/v1/actions"
		}
		in.mu.Lock()
		in.ev, in.act = nil, nil
		in.mu.Unlock()
		req := httptest.NewRequest("POST", path, bytes.NewReader(body))
		req.Header.Set("Authorization", "Bearer tok")
		req.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		in.mu.Lock()
		ev, act := in.ev, in.act
		in.mu.Unlock()
		var out map[string]any
		if err := json.Unmarshal(rec.Body.Bytes(), &out); err != nil {
			t.Fatalf("%d answer is not JSON: %q", rec.Code, rec.Body)
		}
		switch rec.Code {
		case http.StatusAccepted:
			if action || ev == nil || ev.ChatID == "" || ev.MessageID == "" || ev.AuthorID == "" || (ev.Text == "" && ev.ReporterID == "") {
				t.Fatalf("accepted %q as %+v", body, ev)
			}
			for _, s := range []string{ev.ChatID, ev.Channel, ev.MessageID, ev.AuthorID, ev.AuthorName, ev.Text} {
				if !utf8.ValidString(s) {
					t.Fatalf("invalid UTF-8 reached the bot: %q", s)
				}
			}
		case http.StatusOK, http.StatusForbidden:
			if !action || act == nil {
				t.Fatalf("%d for %s %q without an action", rec.Code, path, body)
			}
			arg := "" // the body's arg replaces the data's, but for templates
			if act.Kind == bot.ActTemplate {
				arg = act.Arg
			}
			ref, kind, _, err := bot.DecodeAction(bot.EncodeAction(bot.CaseRef{ID: act.CaseID, Nonce: act.Nonce}, act.Kind, arg))
			if err != nil || ref.ID != act.CaseID || ref.Nonce != act.Nonce || kind != act.Kind || act.Platform != ingest.Platform {
				t.Fatalf("action %+v does not round trip: %v", act, err)
			}
		case http.StatusBadRequest, http.StatusRequestEntityTooLarge:
			if msg, _ := out["error"].(string); msg == "" {
				t.Fatalf("%d without an error message: %q", rec.Code, rec.Body)
			}
			if ev != nil || act != nil {
				t.Fatalf("refused %q with %d but it reached the bot", body, rec.Code)
			}
		default:
			t.Fatalf("status %d for %s %q", rec.Code, path, body)
		}
	})
}
