package web_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"golang.org/x/crypto/bcrypt"

	"github.com/trygbot/trygbot/bot"
	"github.com/trygbot/trygbot/bot/bottest"
	"github.com/trygbot/trygbot/rules"
	"github.com/trygbot/trygbot/storage"
	"github.com/trygbot/trygbot/storage/sqlite"
	"github.com/trygbot/trygbot/web"
)

// testPack flags invented words, so the tests do not depend on the
// built-in packs' content.
const testPack = `
pack: web-test
rules:
  - id: t.slur.zorblax
    category: slur
    rationale: invented
    terms: [zorblax]
  - id: t.threat.kablooey
    category: threat
    rationale: invented
    terms: [kablooey]
`

type fakeTemplates struct{}

func (fakeTemplates) Suggest(_ string, cat rules.Category, lang string, n int, _ uint64) []bot.Template {
	var out []bot.Template
	for i := 1; i <= min(n, 2); i++ {
		out = append(out, bot.Template{ID: fmt.Sprintf("%s.%s.%d", lang, cat, i), Tone: "calm"})
	}
	return out
}

func (fakeTemplates) Render(_, id string, v bot.TemplateVars) (string, string, bool) {
	return "Hi " + v.Author + ", please keep " + v.Community + " friendly", "calm", true
}

var now = time.Date(2026, 11, 25, 10, 0, 0, 0, time.UTC)

type fixture struct {
	store storage.Store
	srv   *httptest.Server
}

func hash(t testing.TB, pw string) string {
	t.Helper()
	h, err := bcrypt.GenerateFromPassword([]byte(pw), bcrypt.MinCost)
	if err != nil {
		t.Fatal(err)
	}
	return string(h)
}

// newFixture starts the dashboard on a real SQLite store with three open
// cases (1: a slur, 2: a threat, 3: a slur in another channel), a real bot
// and users anna (moderator), ada (admin) and cy (coordinator).
func newFixture(t testing.TB, mod func(*web.Options)) *fixture {
	t.Helper()
	st := openStore(t)
	eng := testEngine(t)
	comm := bot.Community{ID: "north", Name: "North Youth", Platform: "fake", ChatID: "guild1", Lang: "en",
		ModeratorsChat: "mods", Moderators: []string{"user:someone"}}
	var events []bot.Event
	for i, m := range []struct{ channel, text string }{
		{"c1", "you are a zorblax, go away"},
		{"c1", "I will kablooey your house"},
		{"c2", "zorblax again"},
	} {
		events = append(events, bot.Event{Kind: bot.KindMessage, Platform: "fake", ChatID: "guild1", Channel: m.channel,
			ChannelName: "#" + m.channel, MessageID: fmt.Sprint("m", i), AuthorID: fmt.Sprint("u", i), AuthorName: "Author", Text: m.text, At: now})
	}
	b := newBot(t, st, eng, []bot.Community{comm}, events...)
	opt := web.Options{Store: st, Bot: b, Evaluate: eng.Evaluate,
		Users: []web.User{
			{Name: "anna", Role: bot.RoleModerator, PasswordHash: hash(t, "anna-pw")},
			{Name: "ada", Role: bot.RoleAdmin, PasswordHash: hash(t, "ada-pw")},
			{Name: "cy", Role: bot.RoleCoordinator, PasswordHash: hash(t, "cy-pw")},
		},
		Now: func() time.Time { return now.Add(time.Hour) }}
	if mod != nil {
		mod(&opt)
	}
	return serve(t, opt)
}

// openStore is a fresh SQLite store, closed when the test ends.
func openStore(t testing.TB) storage.Store {
	t.Helper()
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "web.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// testEngine is the rules engine of testPack.
func testEngine(t testing.TB) *rules.Engine {
	t.Helper()
	p, err := rules.ParsePack("test.yaml", []byte(testPack))
	if err != nil {
		t.Fatal(err)
	}
	eng, err := rules.Compile(p)
	if err != nil {
		t.Fatal(err)
	}
	return eng
}

// newBot is a bot on st for comms, with eng and fakeTemplates, whose
// clock stands at now, after it has handled events.
func newBot(t testing.TB, st storage.Store, eng *rules.Engine, comms []bot.Community, events ...bot.Event) *bot.Bot {
	t.Helper()
	b, err := bot.New(slog.New(slog.NewTextHandler(io.Discard, nil)), st, eng, fakeTemplates{}, bot.NewPseudonymizer([]byte("a test key that is long enough!!")),
		bot.Options{Communities: comms, Now: func() time.Time { return now },
			Sleep: func(context.Context, time.Duration) error { return nil }})
	if err != nil {
		t.Fatal(err)
	}
	b.AddOutbox("fake", bottest.NewFakeAdapter("fake"))
	for _, e := range events {
		if err := b.Handle(context.Background(), e); err != nil {
			t.Fatal(err)
		}
	}
	return b
}

// serve starts the dashboard with opt (by default with the test session
// key) until the test ends.
func serve(t testing.TB, opt web.Options) *fixture {
	t.Helper()
	if opt.SessionKey == nil {
		opt.SessionKey = []byte("0123456789abcdef0123456789abcdef")
	}
	h, err := web.NewServer(slog.New(slog.NewTextHandler(io.Discard, nil)), opt)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return &fixture{store: opt.Store, srv: srv}
}

// nonce is case id's nonce, as the dashboard's forms carry it.
func (f *fixture) nonce(t testing.TB, id storage.CaseID) string {
	t.Helper()
	c, err := f.store.GetCase(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	return c.Nonce
}

// client keeps cookies and does not follow redirects.
func (f *fixture) client(t testing.TB) *http.Client {
	t.Helper()
	jar, err := cookiejar.New(nil)
	if err != nil {
		t.Fatal(err)
	}
	return &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
}

type response struct {
	status int
	header http.Header
	body   string
}

func do(t testing.TB, c *http.Client, method, u string, form url.Values) response {
	t.Helper()
	var body io.Reader
	if form != nil {
		body = strings.NewReader(form.Encode())
	}
	req, err := http.NewRequest(method, u, body)
	if err != nil {
		t.Fatal(err)
	}
	if form != nil {
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	resp, err := c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return response{status: resp.StatusCode, header: resp.Header, body: string(b)}
}

var csrfRE = regexp.MustCompile(`name="csrf" value="([^"]+)"`)

func csrfOf(t testing.TB, body string) string {
	t.Helper()
	m := csrfRE.FindStringSubmatch(body)
	if m == nil {
		t.Fatalf("no csrf token in page:\n%s", body)
	}
	return m[1]
}

// tryLogin fetches the login form and posts it.
func (f *fixture) tryLogin(t testing.TB, c *http.Client, name, pw string) response {
	t.Helper()
	page := do(t, c, "GET", f.srv.URL+"/login", nil)
	return do(t, c, "POST", f.srv.URL+"/login", url.Values{"csrf": {csrfOf(t, page.body)}, "name": {name}, "password": {pw}})
}

// login returns a client logged in as name, and a CSRF token of its session.
func (f *fixture) login(t testing.TB, name string) (*http.Client, string) {
	t.Helper()
	c := f.client(t)
	if r := f.tryLogin(t, c, name, name+"-pw"); r.status != http.StatusSeeOther || r.header.Get("Location") != "/" {
		t.Fatalf("login %s: %d %s", name, r.status, r.body)
	}
	page := do(t, c, "GET", f.srv.URL+"/", nil)
	if page.status != http.StatusOK {
		t.Fatalf("queue after login: %d", page.status)
	}
	return c, csrfOf(t, page.body)
}

func TestLogin(t *testing.T) {
	f := newFixture(t, func(o *web.Options) { o.Secure = true })
	t.Run("ok", func(t *testing.T) {
		c := f.client(t)
		r := f.tryLogin(t, c, "anna", "anna-pw")
		if r.status != http.StatusSeeOther || r.header.Get("Location") != "/" {
			t.Fatalf("status %d location %q", r.status, r.header.Get("Location"))
		}
		var sc string
		for _, v := range r.header.Values("Set-Cookie") {
			if strings.HasPrefix(v, "trygbot_session=") {
				sc = v
			}
		}
		for _, attr := range []string{"HttpOnly", "SameSite=Lax", "Secure", "Path=/"} {
			if !strings.Contains(sc, attr) {
				t.Errorf("session cookie %q lacks %s", sc, attr)
			}
		}
	})
	for _, tc := range []struct{ name, user, pw string }{
		{"wrong password", "anna", "nope"},
		{"unknown user", "mallory", "anna-pw"},
		{"empty", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := f.client(t)
			r := f.tryLogin(t, c, tc.user, tc.pw)
			if r.status != http.StatusUnauthorized || !strings.Contains(r.body, "Wrong name or password") {
				t.Fatalf("status %d, body %s", r.status, r.body)
			}
			if strings.Contains(strings.Join(r.header.Values("Set-Cookie"), ";"), "trygbot_session=") {
				t.Error("a failed login set a session cookie")
			}
		})
	}
	t.Run("missing csrf", func(t *testing.T) {
		c := f.client(t)
		do(t, c, "GET", f.srv.URL+"/login", nil)
		r := do(t, c, "POST", f.srv.URL+"/login", url.Values{"name": {"anna"}, "password": {"anna-pw"}})
		if r.status != http.StatusForbidden {
			t.Fatalf("status %d, want 403", r.status)
		}
	})
	t.Run("tampered session", func(t *testing.T) {
		c, _ := f.login(t, "anna")
		u, _ := url.Parse(f.srv.URL)
		for _, ck := range c.Jar.Cookies(u) {
			if ck.Name == "trygbot_session" {
				c.Jar.SetCookies(u, []*http.Cookie{{Name: ck.Name, Value: "x" + ck.Value, Path: "/"}})
			}
		}
		if r := do(t, c, "GET", f.srv.URL+"/", nil); r.status != http.StatusSeeOther {
			t.Fatalf("status %d with a tampered cookie, want a redirect to /login", r.status)
		}
	})
}

func TestLogout(t *testing.T) {
	f := newFixture(t, nil)
	c, csrf := f.login(t, "anna")
	if r := do(t, c, "POST", f.srv.URL+"/logout", url.Values{"csrf": {csrf}}); r.status != http.StatusSeeOther || r.header.Get("Location") != "/login" {
		t.Fatalf("logout: %d %q", r.status, r.header.Get("Location"))
	}
	if r := do(t, c, "GET", f.srv.URL+"/", nil); r.status != http.StatusSeeOther || r.header.Get("Location") != "/login" {
		t.Fatalf("after logout: %d %q", r.status, r.header.Get("Location"))
	}
}

func TestLoginRateLimit(t *testing.T) {
	f := newFixture(t, nil)
	c := f.client(t)
	for i := range 5 {
		if r := f.tryLogin(t, c, "anna", "wrong"); r.status != http.StatusUnauthorized {
			t.Fatalf("failure %d: status %d", i+1, r.status)
		}
	}
	r := f.tryLogin(t, c, "anna", "anna-pw")
	if r.status != http.StatusTooManyRequests || !strings.Contains(r.body, "Too many failed logins") {
		t.Fatalf("6th login: status %d, want 429", r.status)
	}
}

func TestPagesRequireLogin(t *testing.T) {
	f := newFixture(t, nil)
	c := f.client(t)
	for _, p := range []struct{ method, path string }{
		{"GET", "/"}, {"GET", "/?state=open"}, {"GET", "/cases/1"}, {"POST", "/cases/1/act"},
		{"GET", "/rules/test"}, {"POST", "/rules/test"}, {"GET", "/summary"}, {"GET", "/summary.csv"},
		{"POST", "/logout"}, {"POST", "/logout/everywhere"},
	} {
		var form url.Values
		if p.method == "POST" {
			form = url.Values{"action": {"claim"}}
		}
		r := do(t, c, p.method, f.srv.URL+p.path, form)
		if r.status != http.StatusSeeOther || r.header.Get("Location") != "/login" {
			t.Errorf("%s %s: %d %q, want a redirect to /login", p.method, p.path, r.status, r.header.Get("Location"))
		}
	}
	if cs, _ := f.store.ListCases(context.Background(), storage.CaseQuery{States: []storage.State{storage.StateOpen}}); len(cs) != 3 {
		t.Errorf("open cases = %d, want 3 untouched", len(cs))
	}
}

func TestSummary(t *testing.T) {
	f := newFixture(t, nil)
	anna, _ := f.login(t, "anna")
	r := do(t, anna, "GET", f.srv.URL+"/summary", nil)
	if r.status != http.StatusOK || !strings.Contains(r.body, "Weekly summary 2026-W48") || strings.Contains(r.body, "<style>") {
		t.Fatalf("summary: %d\n%s", r.status, r.body)
	}
	if strings.Contains(r.body, "summary.csv") {
		t.Error("a moderator is offered the CSV")
	}
	if r := do(t, anna, "GET", f.srv.URL+"/summary?week=2026-W47", nil); r.status != http.StatusOK || !strings.Contains(r.body, "2026-W47") {
		t.Errorf("earlier week: %d", r.status)
	}
	if r := do(t, anna, "GET", f.srv.URL+"/summary?week=junk", nil); r.status != http.StatusBadRequest {
		t.Errorf("bad week: %d, want 400", r.status)
	}
	if r := do(t, anna, "GET", f.srv.URL+"/summary.csv", nil); r.status != http.StatusForbidden {
		t.Errorf("CSV for a moderator: %d, want 403", r.status)
	}
	for _, who := range []string{"ada", "cy"} {
		c, _ := f.login(t, who)
		r := do(t, c, "GET", f.srv.URL+"/summary.csv?week=2026-W48", nil)
		if r.status != http.StatusOK || !strings.HasPrefix(r.header.Get("Content-Type"), "text/csv") || r.body == "" {
			t.Errorf("CSV for %s: %d %q", who, r.status, r.header.Get("Content-Type"))
		}
	}
}

func TestCSRF(t *testing.T) {
	f := newFixture(t, nil)
	anna, _ := f.login(t, "anna")
	_, adaToken := f.login(t, "ada")
	for _, tc := range []struct {
		name string
		form url.Values
	}{
		{"missing", url.Values{"action": {"claim"}}},
		{"wrong", url.Values{"action": {"claim"}, "csrf": {"AAAA"}}},
		{"another session's", url.Values{"action": {"claim"}, "csrf": {adaToken}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if r := do(t, anna, "POST", f.srv.URL+"/cases/1/act", tc.form); r.status != http.StatusForbidden {
				t.Errorf("act: %d, want 403", r.status)
			}
			if r := do(t, anna, "POST", f.srv.URL+"/rules/test", url.Values{"text": {"x"}, "csrf": tc.form["csrf"]}); r.status != http.StatusForbidden {
				t.Errorf("rules test: %d, want 403", r.status)
			}
			if r := do(t, anna, "POST", f.srv.URL+"/logout", url.Values{"csrf": tc.form["csrf"]}); r.status != http.StatusForbidden {
				t.Errorf("logout: %d, want 403", r.status)
			}
		})
	}
	c, err := f.store.GetCase(context.Background(), 1)
	if err != nil || c.State != storage.StateOpen {
		t.Fatalf("case 1 = %v %v, want still open", c.State, err)
	}
}

func TestQueueAndCase(t *testing.T) {
	f := newFixture(t, nil)
	anna, _ := f.login(t, "anna")
	r := do(t, anna, "GET", f.srv.URL+"/", nil)
	for _, want := range []string{`href="/cases/1"`, `href="/cases/2"`, `href="/cases/3"`, "you are a z••••••, go away", "I will kablooey your house"} {
		if !strings.Contains(r.body, want) {
			t.Errorf("queue lacks %q", want)
		}
	}
	if strings.Contains(r.body, "zorblax") {
		t.Error("queue shows a slur unmasked")
	}
	for q, want := range map[string][]int{"category=threat": {2}, "category=slur": {1, 3}, "community=nowhere": nil, "state=claimed": nil} {
		r := do(t, anna, "GET", f.srv.URL+"/?"+q, nil)
		for id := 1; id <= 3; id++ {
			has := strings.Contains(r.body, fmt.Sprintf(`id="case-%d"`, id))
			if has != containsInt(want, id) {
				t.Errorf("?%s: case %d shown = %v", q, id, has)
			}
		}
	}
	if r := do(t, anna, "GET", f.srv.URL+"/?state=closed", nil); r.status != http.StatusBadRequest {
		t.Errorf("?state=closed: %d, want 400", r.status)
	}
	r = do(t, anna, "GET", f.srv.URL+"/cases/1", nil)
	for _, want := range []string{"Case 1", "t.slur.z••••••", "Slur: «z••••••»", "you are a z••••••, go away", "Show unmasked", `name="action" value="template"`, "#c1",
		// each reply in full, as the chat prompt shows it
		`id="reply-1">Hi Author, please keep North Youth friendly</span>`, `id="reply-2">Hi Author, please keep North Youth friendly</span>`} {
		if !strings.Contains(r.body, want) {
			t.Errorf("case page lacks %q", want)
		}
	}
	// Unmasked only after "Show unmasked" is posted (TestUnmaskOnDashboard):
	// not in the page, the explanation, nor the rule id that names it.
	if n := strings.Count(r.body, "zorblax"); n != 0 {
		t.Errorf("case page shows the slur %d times before it is asked for:\n%s", n, r.body)
	}
	if r := do(t, anna, "GET", f.srv.URL+"/cases/99", nil); r.status != http.StatusNotFound {
		t.Errorf("unknown case: %d", r.status)
	}
}

func containsInt(xs []int, x int) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}

func TestClaimThroughDashboard(t *testing.T) {
	f := newFixture(t, nil)
	ctx := context.Background()
	anna, csrf := f.login(t, "anna")
	r := do(t, anna, "POST", f.srv.URL+"/cases/1/act", url.Values{"nonce": {f.nonce(t, 1)}, "csrf": {csrf}, "action": {"claim"}, "return": {"queue"}})
	if r.status != http.StatusSeeOther || r.header.Get("Location") != "/" {
		t.Fatalf("claim: %d %q %s", r.status, r.header.Get("Location"), r.body)
	}
	c, err := f.store.GetCase(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	if c.State != storage.StateClaimed || c.Owner != "web:anna" || c.OwnerName != "anna" {
		t.Errorf("case 1: state %s owner %q (%q), want claimed by web:anna", c.State, c.Owner, c.OwnerName)
	}
	audit, err := f.store.ListAudit(ctx, storage.AuditQuery{CaseID: 1})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, a := range audit {
		found = found || (a.Action == "claim" && a.Actor == "web:anna" && a.Role == "moderator")
	}
	if !found {
		t.Errorf("audit %+v lacks anna's claim", audit)
	}
	page := do(t, anna, "GET", f.srv.URL+"/", nil)
	if !strings.Contains(page.body, `class="flash"`) || !strings.Contains(page.body, "Case 1:") {
		t.Errorf("no flash after the claim:\n%s", page.body)
	}
	if again := do(t, anna, "GET", f.srv.URL+"/", nil); strings.Contains(again.body, `class="flash"`) {
		t.Error("the flash message stays")
	}

	// A note, then a second moderator's dismissal of anna's case is refused
	// by the bot and the refusal is shown.
	do(t, anna, "POST", f.srv.URL+"/cases/1/act", url.Values{"nonce": {f.nonce(t, 1)}, "csrf": {csrf}, "action": {"note"}, "arg": {"checked the thread"}})
	page = do(t, anna, "GET", f.srv.URL+"/cases/1", nil)
	for _, want := range []string{"checked the thread", "web:anna (moderator)", ">claimed<"} {
		if !strings.Contains(page.body, want) {
			t.Errorf("case page lacks %q", want)
		}
	}
	if r := do(t, anna, "POST", f.srv.URL+"/cases/1/act", url.Values{"csrf": {csrf}, "action": {"explode"}}); r.status != http.StatusBadRequest {
		t.Errorf("unknown action: %d", r.status)
	}

	// The admin escalates, then closes it.
	ada, adaCSRF := f.login(t, "ada")
	do(t, ada, "POST", f.srv.URL+"/cases/2/act", url.Values{"nonce": {f.nonce(t, 2)}, "csrf": {adaCSRF}, "action": {"escalate"}})
	page = do(t, ada, "GET", f.srv.URL+"/cases/2", nil)
	if !strings.Contains(page.body, `value="close"`) {
		t.Error("an admin is not offered to close an escalated case")
	}
	do(t, ada, "POST", f.srv.URL+"/cases/2/act", url.Values{"nonce": {f.nonce(t, 2)}, "csrf": {adaCSRF}, "action": {"close"}})
	if c, _ := f.store.GetCase(ctx, 2); c.State != storage.StateClosed {
		t.Errorf("case 2 state %s, want closed", c.State)
	}
}

func TestRulesTester(t *testing.T) {
	f := newFixture(t, nil)
	anna, csrf := f.login(t, "anna")
	if r := do(t, anna, "GET", f.srv.URL+"/rules/test", nil); r.status != http.StatusOK || !strings.Contains(r.body, "<textarea") {
		t.Fatalf("form: %d", r.status)
	}
	r := do(t, anna, "POST", f.srv.URL+"/rules/test", url.Values{"csrf": {csrf}, "text": {"I will kablooey you"}})
	if r.status != http.StatusOK || !strings.Contains(r.body, "Flagged: threat") || !strings.Contains(r.body, "t.threat.kablooey") {
		t.Fatalf("verdict: %d\n%s", r.status, r.body)
	}
	r = do(t, anna, "POST", f.srv.URL+"/rules/test", url.Values{"csrf": {csrf}, "text": {"good morning"}})
	if !strings.Contains(r.body, "Not flagged") {
		t.Errorf("harmless text:\n%s", r.body)
	}
}

func TestSecurityHeaders(t *testing.T) {
	f := newFixture(t, nil)
	anna, _ := f.login(t, "anna")
	want := map[string]string{
		"Content-Security-Policy": "default-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'",
		"X-Content-Type-Options":  "nosniff",
		"Referrer-Policy":         "same-origin",
		"X-Frame-Options":         "DENY",
	}
	for _, p := range []string{"/", "/cases/1", "/summary", "/rules/test", "/login", "/healthz", "/static/style.css", "/nowhere"} {
		r := do(t, anna, "GET", f.srv.URL+p, nil)
		for k, v := range want {
			if got := r.header.Get(k); got != v {
				t.Errorf("%s: %s = %q, want %q", p, k, got, v)
			}
		}
	}
	if r := do(t, f.client(t), "GET", f.srv.URL+"/", nil); r.header.Get("X-Frame-Options") != "DENY" {
		t.Error("the login redirect lacks the headers")
	}
}

func TestHealthz(t *testing.T) {
	f := newFixture(t, nil)
	c := f.client(t)
	r := do(t, c, "GET", f.srv.URL+"/healthz", nil)
	if r.status != http.StatusOK || strings.TrimSpace(r.body) != "ok" {
		t.Fatalf("healthz: %d %q", r.status, r.body)
	}
	f.store.Close()
	if r := do(t, c, "GET", f.srv.URL+"/healthz", nil); r.status != http.StatusServiceUnavailable {
		t.Fatalf("healthz with a closed store: %d, want 503", r.status)
	}
}

func TestNewServerRejectsBadUsers(t *testing.T) {
	f := newFixture(t, nil)
	_ = f
	for _, u := range []web.User{
		{Name: "x", Role: bot.RoleModerator, PasswordHash: "plain"},
		{Name: "", Role: bot.RoleModerator, PasswordHash: hash(t, "p")},
		{Name: "y", Role: bot.RoleNone, PasswordHash: hash(t, "p")},
	} {
		if _, err := web.NewServer(slog.New(slog.NewTextHandler(io.Discard, nil)), web.Options{Store: f.store, Bot: nopBot{}, Users: []web.User{u}}); err == nil {
			t.Errorf("user %+v accepted", u)
		}
	}
}

type nopBot struct{}

func (nopBot) Act(context.Context, bot.ActionRequest) (bot.Feedback, error) {
	return bot.Feedback{}, nil
}

func TestTemplatesPage(t *testing.T) {
	f := newFixture(t, func(o *web.Options) {
		o.Templates = func() []web.Template {
			return []web.Template{{ID: "da.slur.norm", Lang: "da", Category: "slur", Tone: "norm-setting", Text: "Det ord bruger vi ikke her <3"},
				{ID: "en.slur.q", Lang: "en", Category: "slur", Tone: "question", Text: "What did you mean?"}}
		}
	})
	anna, _ := f.login(t, "anna")
	r := do(t, anna, "GET", f.srv.URL+"/templates", nil)
	if r.status != http.StatusOK || !strings.Contains(r.body, "Det ord bruger vi ikke her &lt;3") || !strings.Contains(r.body, "English · slur") || !strings.Contains(r.body, `href="#t-da-slur"`) {
		t.Fatalf("templates page: %d\n%s", r.status, r.body)
	}
	if r := do(t, f.client(t), "GET", f.srv.URL+"/templates", nil); r.status != http.StatusSeeOther || !strings.HasPrefix(r.header.Get("Location"), "/login") {
		t.Errorf("without a login the templates page did not lead to the login: %d %s", r.status, r.header.Get("Location"))
	}
}

// TestCasePageLabels: the case page shows the codes a case carries
// (category, severity, state, outcome, signals, platform) in words, in the
// dashboard's language, as the queue does, and the community by name.
func TestCasePageLabels(t *testing.T) {
	for _, tc := range []struct {
		lang      string
		want, not []string
	}{
		{"en", []string{"Case 4 · harmful generalisation", ">high<", `id="state">closed<`, `id="outcome">handled elsewhere<`,
			`<span class="signal">pile-on (several authors)</span>, <span class="signal">repeat offender</span>`, "North Youth (Telegram)", "(harmful generalisation, high)"}, nil},
		{"da", []string{"Case 4 · skadelig generalisering", ">høj<", `id="state">lukket<`, `id="outcome">håndteret andetsteds<`,
			`<span class="signal">flere afsendere på én gang</span>, <span class="signal">gentagen afsender</span>`, "North Youth (Telegram)", "(skadelig generalisering, høj)"},
			[]string{">closed<", "handled elsewhere", "repeat offender"}},
	} {
		t.Run(tc.lang, func(t *testing.T) {
			f := newFixture(t, func(o *web.Options) {
				o.Lang = tc.lang
				o.Communities = []web.Community{{ID: "north", Name: "North Youth", Lang: tc.lang}}
			})
			m := rules.Match{Rule: "t.gen.all", Category: rules.CatGeneralisation, Severity: rules.SevHigh, Start: 0, End: 3, Text: "all"}
			c, _, err := f.store.CreateCase(context.Background(), storage.Case{Key: "labels", Platform: "telegram", Community: "north", Channel: "c9",
				MessageID: "m9", Author: "u9", Lang: tc.lang, Text: "all of them", Category: rules.CatGeneralisation, Severity: rules.SevHigh,
				Verdict: rules.Verdict{Flagged: true, Category: rules.CatGeneralisation, Severity: rules.SevHigh, Matches: []rules.Match{m}},
				Rules:   []string{m.Rule}, Signals: []string{bot.SignalPileOn, bot.SignalRepeat},
				State: storage.StateClosed, Outcome: storage.OutcomeHandled, CreatedAt: now, ClosedAt: now.Add(time.Minute), Version: 1})
			if err != nil || c.ID != 4 {
				t.Fatalf("case %d: %v", c.ID, err)
			}
			anna, _ := f.login(t, "anna")
			r := do(t, anna, "GET", f.srv.URL+"/cases/4", nil)
			if r.status != http.StatusOK {
				t.Fatalf("case page: %d", r.status)
			}
			for _, want := range tc.want {
				if !strings.Contains(r.body, want) {
					t.Errorf("case page lacks %q", want)
				}
			}
			for _, code := range append([]string{"pile_on", "handled_else", "Case 4 · generalisation", ">telegram", "(telegram)", "north ("}, tc.not...) {
				if strings.Contains(r.body, code) {
					t.Errorf("case page shows %q", code)
				}
			}
		})
	}
}

// TestQueuePagedAndTruncated: the queue shows 50 cases a page, most
// urgent first, with links to the pages before and after that keep the
// filters, and cuts each case's text to 400 characters: 120 more open
// cases, one with a 200 KiB message, make a light page, and every case is
// on exactly one page.
func TestQueuePagedAndTruncated(t *testing.T) {
	f := newFixture(t, nil)
	ctx := context.Background()
	for i := range 120 {
		c := storage.Case{Key: fmt.Sprint("fake/guild1/c3/p", i), Platform: "fake", Community: "north", Channel: "c3",
			MessageID: fmt.Sprint("p", i), Author: rules.UserID(fmt.Sprint("p-author", i)), Text: fmt.Sprintf("message %d", i),
			Lang: "en", State: storage.StateOpen, Category: rules.CatSlur, Severity: rules.SevMedium, CreatedAt: now.Add(time.Duration(i) * time.Second)}
		if i == 0 {
			c.Text, c.Severity = "huge "+strings.Repeat("x", 200<<10), rules.SevUrgent
		}
		if _, _, err := f.store.CreateCase(ctx, c); err != nil {
			t.Fatal(err)
		}
	}
	anna, _ := f.login(t, "anna")
	cardRE := regexp.MustCompile(`id="case-(\d+)"`)
	seen := map[string]int{}
	for page := 1; page <= 3; page++ {
		r := do(t, anna, "GET", fmt.Sprintf("%s/?page=%d", f.srv.URL, page), nil)
		cards := cardRE.FindAllStringSubmatch(r.body, -1)
		want := []int{50, 50, 23}[page-1]
		if r.status != http.StatusOK || len(cards) != want {
			t.Fatalf("page %d: %d, %d cases, want %d", page, r.status, len(cards), want)
		}
		for _, m := range cards {
			seen[m[1]]++
		}
		if !strings.Contains(r.body, fmt.Sprintf("page %d of 3", page)) {
			t.Errorf("page %d does not say which page it is", page)
		}
		if prev := fmt.Sprintf(`href="/?page=%d"`, page-1); (page > 1) != strings.Contains(r.body, prev) {
			t.Errorf("page %d: link to the previous page %v", page, strings.Contains(r.body, prev))
		}
		if next := fmt.Sprintf(`href="/?page=%d"`, page+1); (page < 3) != strings.Contains(r.body, next) {
			t.Errorf("page %d: link to the next page %v", page, strings.Contains(r.body, next))
		}
		if len(r.body) > 100<<10 {
			t.Errorf("page %d is %d bytes", page, len(r.body))
		}
		if page == 1 && (!strings.Contains(r.body, "huge "+strings.Repeat("x", 395)+"…") || strings.Contains(r.body, strings.Repeat("x", 401))) {
			t.Errorf("the 200 KiB message is not cut to 400 characters on the first page")
		}
	}
	if len(seen) != 123 {
		t.Errorf("%d cases across the pages, want 123", len(seen))
	}
	for id, n := range seen {
		if n != 1 {
			t.Errorf("case %s on %d pages", id, n)
		}
	}
	// Beyond the last page: the last; the filters stay in the links.
	if r := do(t, anna, "GET", f.srv.URL+"/?page=99", nil); !strings.Contains(r.body, "page 3 of 3") {
		t.Errorf("?page=99: %d, want the last page", r.status)
	}
	if r := do(t, anna, "GET", f.srv.URL+"/?category=slur&page=1", nil); !strings.Contains(r.body, `href="/?category=slur&amp;page=2"`) {
		t.Errorf("the next page's link lost the filter")
	}
	for _, bad := range []string{"0", "-1", "two"} {
		if r := do(t, anna, "GET", f.srv.URL+"/?page="+bad, nil); r.status != http.StatusBadRequest {
			t.Errorf("?page=%s: %d, want 400", bad, r.status)
		}
	}
}
