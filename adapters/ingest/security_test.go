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
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/trygbot/trygbot/adapters/ingest"
	"github.com/trygbot/trygbot/bot"
	"github.com/trygbot/trygbot/rules"
	"github.com/trygbot/trygbot/storage"
	"github.com/trygbot/trygbot/storage/sqlite"
)

// okHandler counts the requests that got through.
type okHandler struct {
	mu sync.Mutex
	n  int
}

func (h *okHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h.mu.Lock()
	h.n++
	h.mu.Unlock()
	w.WriteHeader(http.StatusAccepted)
}

type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *fakeClock) now() time.Time      { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *fakeClock) add(d time.Duration) { c.mu.Lock(); c.t = c.t.Add(d); c.mu.Unlock() }

func TestRateLimitPerClient(t *testing.T) {
	clk := &fakeClock{t: time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC)}
	next := &okHandler{}
	h := ingest.RateLimited(next, ingest.RateLimit{PerSecond: 2, Burst: 3, Now: clk.now})
	do := func(addr string) *httptest.ResponseRecorder {
		req := httptest.NewRequest("POST", "/v1/messages", strings.NewReader("{}"))
		req.RemoteAddr = addr
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		return rec
	}
	for i := 0; i < 3; i++ {
		if rec := do("10.0.0.1:5000"); rec.Code != http.StatusAccepted {
			t.Fatalf("request %d within the burst: %d", i+1, rec.Code)
		}
	}
	rec := do("10.0.0.1:5001") // same client, another port
	if rec.Code != http.StatusTooManyRequests {
		t.Fatalf("request over the burst: %d, want 429", rec.Code)
	}
	if got := rec.Header().Get("Retry-After"); got != "1" {
		t.Errorf("Retry-After %q, want 1", got)
	}
	var body struct {
		Error      string `json:"error"`
		RetryAfter int    `json:"retry_after"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil || rec.Header().Get("Content-Type") != "application/json" {
		t.Fatalf("429 body %q (%v), content type %q", rec.Body, err, rec.Header().Get("Content-Type"))
	}
	if !strings.Contains(body.Error, "rate limit exceeded: at most 2 requests a second per client, 3 at once") || body.RetryAfter != 1 {
		t.Errorf("429 body %+v", body)
	}
	if next.n != 3 {
		t.Errorf("%d requests reached the API, want 3", next.n)
	}
	// Another client has its own bucket.
	if rec := do("10.0.0.2:5000"); rec.Code != http.StatusAccepted {
		t.Errorf("another client: %d", rec.Code)
	}
	// Refused requests do not use up tokens: after half a second one more
	// may go.
	clk.add(500 * time.Millisecond)
	if rec := do("10.0.0.1:5000"); rec.Code != http.StatusAccepted {
		t.Errorf("after the bucket refilled by one: %d", rec.Code)
	}
	if rec := do("10.0.0.1:5000"); rec.Code != http.StatusTooManyRequests {
		t.Errorf("second request after half a second: %d, want 429", rec.Code)
	}
}

func TestRateLimitOff(t *testing.T) {
	next := &okHandler{}
	for _, rl := range []ingest.RateLimit{{PerSecond: 0, Burst: 0}, {PerSecond: -1}} {
		h := ingest.RateLimited(next, rl)
		for i := 0; i < 10000; i++ {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest("POST", "/v1/messages", nil))
			if rec.Code != http.StatusAccepted {
				t.Fatalf("limit %+v off: request %d got %d", rl, i, rec.Code)
			}
		}
	}
}

// TestRateLimitCountsWrongTokens: guessing the token is as slow as the
// limit.
func TestRateLimitCountsWrongTokens(t *testing.T) {
	a := ingest.New(slog.New(slog.NewTextHandler(io.Discard, nil)), "s3cret-token")
	srv := httptest.NewServer(ingest.RateLimited(a.Handler(), ingest.RateLimit{PerSecond: 0.001, Burst: 2}))
	defer srv.Close()
	var codes []int
	for i := 0; i < 4; i++ {
		code, _ := post(t, srv, "/v1/messages", "guess-"+strconv.Itoa(i), `{}`)
		codes = append(codes, code)
	}
	if fmt.Sprint(codes) != "[401 401 429 429]" {
		t.Errorf("codes %v, want two 401s then 429s", codes)
	}
}

// rolesSetup is the API over a bot whose community has moderators,
// admins and coordinators by user id and by role.
func rolesSetup(t *testing.T) (*httptest.Server, storage.Store) {
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
		Communities: []bot.Community{{ID: "x", Platform: ingest.Platform, ChatID: "forum", Lang: "en", ModeratorsChat: "mods",
			Moderators: []string{"user:mod1", "role:mods"}, Admins: []string{"user:adm1"}, Coordinators: []string{"role:coord"}}},
	})
	a := ingest.New(logger, "s3cret-token")
	b.AddOutbox(ingest.Platform, a)
	go a.Run(ctx, b)
	srv := httptest.NewServer(a.Handler())
	t.Cleanup(srv.Close)
	for i := 0; i < 100; i++ {
		if code, _ := post(t, srv, "/v1/messages", "s3cret-token", `{"chat_id":"forum","id":"warm","author_id":"a","text":"hi"}`); code == http.StatusAccepted {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	return srv, st
}

// TestActionRoles sends every action as every kind of actor through
// POST /v1/actions: refused actors get 403 with the refusal and the case
// is untouched.
func TestActionRoles(t *testing.T) {
	srv, st := rolesSetup(t)
	n := 0
	newCase := func(t *testing.T) bot.CaseRef {
		t.Helper()
		n++
		if code, out := post(t, srv, "/v1/messages", "s3cret-token",
			fmt.Sprintf(`{"chat_id":"forum","id":"m%d","author_id":"u","text":"a zorblax"}`, n)); code != http.StatusAccepted {
			t.Fatalf("post: %d %v", code, out)
		}
		cs, err := st.ListCases(context.Background(), storage.CaseQuery{})
		if err != nil || len(cs) != n {
			t.Fatalf("cases %d %v, want %d", len(cs), err, n)
		}
		return bot.RefOf(cs[n-1])
	}
	type who struct {
		name, id string
		roles    []string
		may      func(bot.ActionKind) bool
	}
	none := func(bot.ActionKind) bool { return false }
	notClose := func(k bot.ActionKind) bool { return k != bot.ActClose }
	all := func(bot.ActionKind) bool { return true }
	for _, w := range []who{
		{"stranger", "intruder", nil, none},
		{"no actor id", "", nil, none},
		{"unlisted roles", "intruder", []string{"members", "mod1"}, none},
		{"moderator by id", "mod1", nil, notClose},
		{"moderator by role", "m2", []string{"mods"}, notClose},
		{"admin", "adm1", nil, all},
		{"coordinator by role", "c1", []string{"coord"}, all},
	} {
		for _, k := range []bot.ActionKind{bot.ActClaim, bot.ActTemplate, bot.ActDismiss, bot.ActEscalate, bot.ActDelete, bot.ActNote, bot.ActClose} {
			t.Run(w.name+"/"+string(k), func(t *testing.T) {
				id := newCase(t)
				arg := map[bot.ActionKind]string{bot.ActTemplate: "1", bot.ActNote: "a note"}[k]
				roles, _ := json.Marshal(w.roles)
				code, out := post(t, srv, "/v1/actions", "s3cret-token", fmt.Sprintf(`{"data":%q,"actor_id":%q,"roles":%s}`,
					bot.EncodeAction(id, k, arg), w.id, roles))
				if w.may(k) {
					// Allowed: the bot decides (templates and deletion
					// are not set up here, so they may be 409).
					if code == http.StatusForbidden || code >= 500 {
						t.Errorf("allowed actor got %d %v", code, out)
					}
					return
				}
				if code != http.StatusForbidden || out["error"] == "" || out["error"] == nil {
					t.Errorf("got %d %v, want 403 with the refusal", code, out)
				}
				c, err := st.GetCase(context.Background(), id.ID)
				if err != nil || c.State != storage.StateOpen || c.Owner != "" || len(c.Notes) != 0 {
					t.Errorf("refused action changed the case: %v %s %q %v", err, c.State, c.Owner, c.Notes)
				}
			})
		}
	}
}

// TestBadBodies: deep nesting, huge bodies, wrong types and invalid UTF-8
// get a 4xx with a clear message, or (invalid UTF-8 inside a valid body)
// are accepted with the bad bytes replaced.
func TestBadBodies(t *testing.T) {
	srv, st := rolesSetup(t)
	deep := strings.Repeat("[", 100000)
	deepObj := `{"chat_id":"forum","id":"d","author_id":"u","text":` + strings.Repeat(`{"a":`, 20000) + `1` + strings.Repeat("}", 20000) + `}`
	for _, tc := range []struct {
		name, path, body string
		want             int
		msg              string
	}{
		{"100,000 [", "/v1/messages", deep, http.StatusBadRequest, "invalid JSON"},
		{"100,000 [ as an action", "/v1/actions", deep, http.StatusBadRequest, "invalid JSON"},
		{"deep object in a field", "/v1/messages", deepObj, http.StatusBadRequest, "invalid JSON"},
		{"body over the limit", "/v1/messages", `{"chat_id":"forum","id":"b","author_id":"u","text":"` + strings.Repeat("a", ingest.MaxBody+10) + `"}`,
			http.StatusRequestEntityTooLarge, fmt.Sprintf("body larger than %d bytes", ingest.MaxBody)},
		{"action over the limit", "/v1/actions", `{"data":"tb1:1:n","actor_id":"mod1","arg":"` + strings.Repeat("a", ingest.MaxBody) + `"}`,
			http.StatusRequestEntityTooLarge, "body larger than"},
		{"8 MB of whitespace", "/v1/messages", strings.Repeat(" ", 8<<20), http.StatusRequestEntityTooLarge, "body larger than"},
		{"wrong type", "/v1/messages", `{"chat_id":5,"id":"w","author_id":"u","text":"x"}`, http.StatusBadRequest, "chat_id"},
		{"roles not a list", "/v1/actions", `{"data":"tb1:1:c","actor_id":"mod1","roles":"mods"}`, http.StatusBadRequest, "roles"},
		{"null body", "/v1/messages", `null`, http.StatusBadRequest, "required"},
		{"empty body", "/v1/messages", ``, http.StatusBadRequest, "invalid JSON"},
		{"array body", "/v1/messages", `[]`, http.StatusBadRequest, "invalid JSON"},
		{"invalid UTF-8 action data", "/v1/actions", "{\"data\":\"tb1:1:\xff\",\"actor_id\":\"mod1\"}", http.StatusBadRequest, "not an action"},
		{"action data too long", "/v1/actions", `{"data":"tb1:1:n:` + strings.Repeat("x", 100) + `","actor_id":"mod1"}`, http.StatusBadRequest, "not an action"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out := post(t, srv, tc.path, "s3cret-token", tc.body)
			msg, _ := out["error"].(string)
			if code != tc.want || !strings.Contains(msg, tc.msg) {
				t.Errorf("got %d %q, want %d with %q", code, msg, tc.want, tc.msg)
			}
		})
	}
	if cs, _ := st.ListCases(context.Background(), storage.CaseQuery{}); len(cs) != 0 {
		t.Errorf("%d cases from refused bodies", len(cs))
	}

	t.Run("invalid UTF-8 text", func(t *testing.T) {
		body := "{\"chat_id\":\"forum\",\"id\":\"u8\",\"author_id\":\"u\",\"author_name\":\"\xc3\x28\",\"text\":\"zorblax \xff\xfe\xed\xa0\x80 \\udc00 end\"}"
		if code, out := post(t, srv, "/v1/messages", "s3cret-token", body); code != http.StatusAccepted {
			t.Fatalf("got %d %v", code, out)
		}
		cs, _ := st.ListCases(context.Background(), storage.CaseQuery{})
		if len(cs) != 1 {
			t.Fatalf("%d cases, want 1", len(cs))
		}
		if !utf8.ValidString(cs[0].Text) || !utf8.ValidString(cs[0].AuthorName) || !strings.Contains(cs[0].Text, "\uFFFD") {
			t.Errorf("stored text %q author %q: want valid UTF-8 with replacement characters", cs[0].Text, cs[0].AuthorName)
		}
	})
	t.Run("1 MB message", func(t *testing.T) {
		text := "zorblax " + strings.Repeat("blah ", 200_000)
		if len(text) < 1_000_000 {
			t.Fatalf("text of %d bytes", len(text))
		}
		body, _ := json.Marshal(ingest.Message{ChatID: "forum", ID: "big", AuthorID: "u", Text: text})
		if code, out := post(t, srv, "/v1/messages", "s3cret-token", string(body)); code != http.StatusAccepted {
			t.Fatalf("got %d %v", code, out)
		}
		cs, _ := st.ListCases(context.Background(), storage.CaseQuery{})
		if len(cs) != 2 {
			t.Fatalf("%d cases, want 2", len(cs))
		}
		v := cs[1].Verdict
		if !v.Flagged || !strings.Contains(strings.Join(v.Notes, ";"), fmt.Sprintf("message of %d bytes evaluated up to byte %d", len(text), rules.DefaultMaxText)) {
			t.Errorf("verdict flagged %v, notes %q: want flagged with a truncation note", v.Flagged, v.Notes)
		}
	})
}

// TestRepliesMentionNobody: a reply or a post read from the outbox pings
// nobody on the platform that posts it, whatever the template says.
func TestRepliesMentionNobody(t *testing.T) {
	a := ingest.New(slog.New(slog.NewTextHandler(io.Discard, nil)), "s3cret-token")
	srv := httptest.NewServer(a.Handler())
	defer srv.Close()
	text := "Hi Bob @everyone @here @channel @all @room @Bob <!channel> <!here> <!everyone> <@123> <@&456> mail@example.org"
	if _, err := a.Reply(context.Background(), bot.Reply{ChatID: "forum", MessageID: "m1", AuthorID: "u1", Text: text}); err != nil {
		t.Fatal(err)
	}
	if err := a.Post(context.Background(), "mods", "summary "+text); err != nil {
		t.Fatal(err)
	}
	req, _ := http.NewRequest("GET", srv.URL+"/v1/outbox?after=0", nil)
	req.Header.Set("Authorization", "Bearer s3cret-token")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var box struct{ Items []ingest.Item }
	if err := json.NewDecoder(resp.Body).Decode(&box); err != nil || len(box.Items) != 2 {
		t.Fatalf("outbox %+v %v", box.Items, err)
	}
	for _, got := range []string{box.Items[0].Reply.Text, box.Items[1].Text} {
		for _, m := range []string{"@everyone", "@here", "@channel", "@all", "@room", "@Bob", "<!channel>", "<!here>", "<!everyone>", "<@123>", "<@&456>"} {
			if strings.Contains(got, m) {
				t.Errorf("%s not defused in %q", m, got)
			}
		}
		if !strings.Contains(got, "@\u2060everyone") || !strings.HasPrefix(got, "Hi Bob") && !strings.HasPrefix(got, "summary Hi Bob") {
			t.Errorf("text changed beyond the mentions: %q", got)
		}
	}
	if box.Items[0].Reply.AuthorID != "u1" {
		t.Errorf("reply author %q: the client needs it to mention only them", box.Items[0].Reply.AuthorID)
	}
}
