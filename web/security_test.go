package web_test

import (
	"context"
	"encoding/base64"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/trygbot/trygbot/bot"
	"github.com/trygbot/trygbot/storage"
	"github.com/trygbot/trygbot/storage/sqlite"
	"github.com/trygbot/trygbot/web"
)

// TestRouteRoles requests every route as every role: a moderator is
// refused the CSV export (403) and closing cases; admins and coordinators
// may do everything.
func TestRouteRoles(t *testing.T) {
	f := newFixture(t, nil)
	type route struct {
		method, path string
		form         url.Values
	}
	routes := []route{
		{"GET", "/", nil},
		{"GET", "/?state=open&category=slur", nil},
		{"GET", "/cases/1", nil},
		{"GET", "/rules/test", nil},
		{"POST", "/rules/test", url.Values{"text": {"a zorblax"}}},
		{"GET", "/templates", nil},
		{"GET", "/summary", nil},
		{"GET", "/summary?week=2026-W48", nil},
		{"GET", "/summary.csv", nil},
		{"GET", "/summary.csv?week=2026-W48", nil},
	}
	admin := map[string]bool{"/summary.csv": true, "/summary.csv?week=2026-W48": true}
	for _, who := range []string{"anna", "ada", "cy"} {
		c, csrf := f.login(t, who)
		for _, r := range routes {
			t.Run(who+" "+r.method+" "+r.path, func(t *testing.T) {
				form := r.form
				if form != nil {
					form.Set("csrf", csrf)
				}
				got := do(t, c, r.method, f.srv.URL+r.path, form)
				want := http.StatusOK
				if admin[r.path] && who == "anna" {
					want = http.StatusForbidden
				}
				if got.status != want {
					t.Errorf("status %d, want %d", got.status, want)
				}
				if want == http.StatusForbidden && strings.Contains(got.body, "author") {
					t.Errorf("a refusal shows data: %s", got.body)
				}
			})
		}
	}
	// Closing: refused to a moderator (the case stays), done for an admin.
	ctx := context.Background()
	anna, annaCSRF := f.login(t, "anna")
	ada, adaCSRF := f.login(t, "ada")
	do(t, ada, "POST", f.srv.URL+"/cases/2/act", url.Values{"nonce": {f.nonce(t, 2)}, "csrf": {adaCSRF}, "action": {"escalate"}})
	r := do(t, anna, "POST", f.srv.URL+"/cases/2/act", url.Values{"nonce": {f.nonce(t, 2)}, "csrf": {annaCSRF}, "action": {"close"}})
	if r.status != http.StatusSeeOther {
		t.Fatalf("close by a moderator: %d", r.status)
	}
	if page := do(t, anna, "GET", f.srv.URL+"/cases/2", nil); !strings.Contains(page.body, "You may not do that.") || strings.Contains(page.body, `value="close"`) {
		t.Error("a moderator is not told the close was refused, or is offered to close")
	}
	if c, _ := f.store.GetCase(ctx, 2); c.State != storage.StateEscalated {
		t.Errorf("case 2 %s after a moderator's close, want escalated", c.State)
	}
	do(t, ada, "POST", f.srv.URL+"/cases/2/act", url.Values{"nonce": {f.nonce(t, 2)}, "csrf": {adaCSRF}, "action": {"close"}})
	if c, _ := f.store.GetCase(ctx, 2); c.State != storage.StateClosed {
		t.Errorf("case 2 %s after an admin's close, want closed", c.State)
	}
	// Deleting a message is not a dashboard action for anyone.
	if r := do(t, ada, "POST", f.srv.URL+"/cases/1/act", url.Values{"csrf": {adaCSRF}, "action": {"delete"}}); r.status != http.StatusBadRequest {
		t.Errorf("delete through the dashboard: %d, want 400", r.status)
	}
}

// TestForgedSessions: a session cookie whose role was raised, or signed
// with another key, or of an unknown user, is no session.
func TestForgedSessions(t *testing.T) {
	f := newFixture(t, nil)
	anna, _ := f.login(t, "anna")
	u, _ := url.Parse(f.srv.URL)
	var sess string
	for _, c := range anna.Jar.Cookies(u) {
		if c.Name == "trygbot_session" {
			sess = c.Value
		}
	}
	data, mac, ok := strings.Cut(sess, ".")
	if !ok {
		t.Fatalf("session cookie %q", sess)
	}
	raw, err := base64.RawURLEncoding.DecodeString(data)
	if err != nil || !strings.Contains(string(raw), `"r":1`) {
		t.Fatalf("session %s (%v)", raw, err)
	}
	raised := base64.RawURLEncoding.EncodeToString([]byte(strings.Replace(string(raw), `"r":1`, `"r":3`, 1)))
	otherUser := base64.RawURLEncoding.EncodeToString([]byte(strings.Replace(string(raw), `"n":"anna"`, `"n":"cy"`, 1)))
	for name, v := range map[string]string{
		"role raised":     raised + "." + mac,
		"another user":    otherUser + "." + mac,
		"no MAC":          data,
		"empty MAC":       data + ".",
		"garbage":         "%%%.***",
		"very long":       strings.Repeat("A", 8000) + "." + mac,
		"truncated MAC":   data + "." + mac[:10],
		"MAC of another":  raised + "." + base64.RawURLEncoding.EncodeToString(make([]byte, 32)),
		"JSON with types": base64.RawURLEncoding.EncodeToString([]byte(`{"n":1,"r":"x"}`)) + "." + mac,
	} {
		t.Run(name, func(t *testing.T) {
			req, _ := http.NewRequest("GET", f.srv.URL+"/summary.csv", nil)
			req.AddCookie(&http.Cookie{Name: "trygbot_session", Value: v})
			resp, err := (&http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}).Do(req)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "/login" {
				t.Errorf("status %d → %q, want a redirect to /login", resp.StatusCode, resp.Header.Get("Location"))
			}
		})
	}
}

// loginClock is a settable clock for the login limits.
type loginClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *loginClock) now() time.Time      { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *loginClock) add(d time.Duration) { c.mu.Lock(); c.t = c.t.Add(d); c.mu.Unlock() }

type noActor struct{}

func (noActor) Act(context.Context, bot.ActionRequest) (bot.Feedback, error) {
	return bot.Feedback{}, nil
}

// loginServer is the dashboard's handler with users anna and ada, called
// directly so that requests can come from any address.
func loginServer(t *testing.T, clk *loginClock) http.Handler {
	t.Helper()
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "l.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	h, err := web.NewServer(slog.New(slog.NewTextHandler(io.Discard, nil)), web.Options{Store: st, Bot: noActor{},
		SessionKey: []byte("0123456789abcdef0123456789abcdef"), Now: clk.now,
		Users: []web.User{{Name: "anna", Role: bot.RoleModerator, PasswordHash: hash(t, "anna-pw")},
			{Name: "ada", Role: bot.RoleAdmin, PasswordHash: hash(t, "ada-pw")}}})
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// tryFrom fetches the login form and posts it from addr.
func tryFrom(t *testing.T, h http.Handler, addr, name, pw string) *httptest.ResponseRecorder {
	t.Helper()
	get := httptest.NewRequest("GET", "/login", nil)
	get.RemoteAddr = addr
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, get)
	res := rec.Result()
	token := csrfOf(t, rec.Body.String())
	post := httptest.NewRequest("POST", "/login", strings.NewReader(url.Values{"csrf": {token}, "name": {name}, "password": {pw}}.Encode()))
	post.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	post.RemoteAddr = addr
	for _, c := range res.Cookies() {
		post.AddCookie(c)
	}
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, post)
	return rec
}

// TestLoginLimits: failed logins are limited per address (5, then one
// every 12 s) and per user name (10, then one a minute), with 429 and
// Retry-After; other addresses and users are not affected.
func TestLoginLimits(t *testing.T) {
	t.Run("per address", func(t *testing.T) {
		clk := &loginClock{t: now}
		h := loginServer(t, clk)
		for i := range 5 {
			if rec := tryFrom(t, h, "10.0.0.1:1000", fmt.Sprint("guess", i), "x"); rec.Code != http.StatusUnauthorized {
				t.Fatalf("failure %d: %d", i+1, rec.Code)
			}
		}
		rec := tryFrom(t, h, "10.0.0.1:2000", "anna", "anna-pw")
		if rec.Code != http.StatusTooManyRequests || rec.Header().Get("Retry-After") != "12" || !strings.Contains(rec.Body.String(), "Wait 12 seconds") {
			t.Fatalf("6th try: %d Retry-After %q, want 429 after 12 s", rec.Code, rec.Header().Get("Retry-After"))
		}
		if rec := tryFrom(t, h, "10.0.0.2:1000", "anna", "anna-pw"); rec.Code != http.StatusSeeOther {
			t.Errorf("another address: %d, want a login", rec.Code)
		}
		clk.add(12 * time.Second)
		if rec := tryFrom(t, h, "10.0.0.1:1000", "anna", "anna-pw"); rec.Code != http.StatusSeeOther {
			t.Errorf("after 12 s: %d, want a login", rec.Code)
		}
	})
	t.Run("per user name", func(t *testing.T) {
		clk := &loginClock{t: now}
		h := loginServer(t, clk)
		for i := range 10 { // two failures from each of five addresses
			if rec := tryFrom(t, h, fmt.Sprintf("10.0.1.%d:1000", i/2), "anna", "wrong"); rec.Code != http.StatusUnauthorized {
				t.Fatalf("failure %d: %d", i+1, rec.Code)
			}
		}
		rec := tryFrom(t, h, "10.0.2.1:1000", "anna", "anna-pw")
		if rec.Code != http.StatusTooManyRequests || rec.Header().Get("Retry-After") != "60" {
			t.Fatalf("11th try at anna from a fresh address: %d Retry-After %q, want 429 after 60 s", rec.Code, rec.Header().Get("Retry-After"))
		}
		if rec := tryFrom(t, h, "10.0.2.2:1000", "ada", "ada-pw"); rec.Code != http.StatusSeeOther {
			t.Errorf("another user: %d, want a login", rec.Code)
		}
		clk.add(time.Minute)
		if rec := tryFrom(t, h, "10.0.2.3:1000", "anna", "anna-pw"); rec.Code != http.StatusSeeOther {
			t.Errorf("after a minute: %d, want a login", rec.Code)
		}
	})
	t.Run("unknown names too", func(t *testing.T) {
		clk := &loginClock{t: now}
		h := loginServer(t, clk)
		for i := range 10 {
			tryFrom(t, h, fmt.Sprintf("10.0.3.%d:1000", i), "nobody", "x")
		}
		if rec := tryFrom(t, h, "10.0.3.99:1000", "nobody", "x"); rec.Code != http.StatusTooManyRequests {
			t.Errorf("11th try at an unknown name: %d, want 429 as for a known one", rec.Code)
		}
	})
}
