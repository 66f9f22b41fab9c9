package web_test

import (
	"net/http"
	"net/url"
	"testing"
	"time"

	"github.com/trygbot/trygbot/bot"
	"github.com/trygbot/trygbot/web"
)

// sessionCookieOf returns the session cookie c holds for srv.
func sessionCookieOf(t *testing.T, c *http.Client, srv string) *http.Cookie {
	t.Helper()
	u, _ := url.Parse(srv)
	for _, ck := range c.Jar.Cookies(u) {
		if ck.Name == "trygbot_session" {
			return ck
		}
	}
	t.Fatal("no session cookie")
	return nil
}

// replay asks for the queue at srv with only the given session cookie, as
// someone who copied it would, and returns the status.
func replay(t *testing.T, srv string, ck *http.Cookie) int {
	t.Helper()
	req, _ := http.NewRequest("GET", srv+"/", nil)
	req.AddCookie(&http.Cookie{Name: ck.Name, Value: ck.Value})
	resp, err := (&http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}).Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	return resp.StatusCode
}

// secondInstance is another dashboard on the fixture's store and session
// key, with users: another instance, or the same after a restart with a
// changed configuration.
func secondInstance(t *testing.T, f *fixture, users []web.User) string {
	t.Helper()
	return serve(t, web.Options{Store: f.store, Bot: nopBot{}, Users: users, Now: func() time.Time { return now.Add(time.Hour) }}).srv.URL
}

// TestSessionRevocation: a session cookie stops working, on every
// instance sharing the store, once its session is logged out (a copy made
// before does not work either), once its user logs out everywhere (every
// session of theirs ends, other users' do not), and once the user's
// password is changed; a new login works again.
func TestSessionRevocation(t *testing.T) {
	var users []web.User // the fixture's, with their password hashes
	f := newFixture(t, func(o *web.Options) { users = o.Users })
	var ada web.User
	for _, u := range users {
		if u.Name == "ada" {
			ada = u
		}
	}

	t.Run("logout", func(t *testing.T) {
		phone, _ := f.login(t, "anna")
		laptop, laptopCSRF := f.login(t, "anna")
		copied := sessionCookieOf(t, laptop, f.srv.URL)
		if got := replay(t, f.srv.URL, copied); got != http.StatusOK {
			t.Fatalf("copied cookie before logout: %d, want 200", got)
		}
		if r := do(t, laptop, "POST", f.srv.URL+"/logout", url.Values{"csrf": {laptopCSRF}}); r.status != http.StatusSeeOther {
			t.Fatalf("logout: %d", r.status)
		}
		if got := replay(t, f.srv.URL, copied); got != http.StatusSeeOther {
			t.Errorf("cookie copied before logout: %d, want a redirect to the login", got)
		}
		if r := do(t, phone, "GET", f.srv.URL+"/", nil); r.status != http.StatusOK {
			t.Errorf("anna's other session after logging out the laptop: %d, want 200", r.status)
		}
	})

	t.Run("logout everywhere", func(t *testing.T) {
		phone, _ := f.login(t, "anna")
		laptop, laptopCSRF := f.login(t, "anna")
		adaC, _ := f.login(t, "ada")
		copied := sessionCookieOf(t, phone, f.srv.URL)
		if r := do(t, laptop, "POST", f.srv.URL+"/logout/everywhere", url.Values{"csrf": {laptopCSRF}}); r.status != http.StatusSeeOther || r.header.Get("Location") != "/login" {
			t.Fatalf("logout everywhere: %d %q", r.status, r.header.Get("Location"))
		}
		for name, c := range map[string]*http.Client{"phone": phone, "laptop": laptop} {
			if r := do(t, c, "GET", f.srv.URL+"/", nil); r.status != http.StatusSeeOther {
				t.Errorf("anna's %s after logout everywhere: %d, want a redirect to the login", name, r.status)
			}
		}
		if got := replay(t, f.srv.URL, copied); got != http.StatusSeeOther {
			t.Errorf("copied cookie after logout everywhere: %d", got)
		}
		if r := do(t, adaC, "GET", f.srv.URL+"/", nil); r.status != http.StatusOK {
			t.Errorf("ada after anna logged out everywhere: %d, want 200", r.status)
		}
		if again, _ := f.login(t, "anna"); do(t, again, "GET", f.srv.URL+"/", nil).status != http.StatusOK {
			t.Error("a new login after logout everywhere does not work")
		}
	})

	t.Run("password changed", func(t *testing.T) {
		c, _ := f.login(t, "ada")
		ck := sessionCookieOf(t, c, f.srv.URL)
		// The same configuration elsewhere accepts it ...
		same := secondInstance(t, f, []web.User{ada})
		if got := replay(t, same, ck); got != http.StatusOK {
			t.Fatalf("another instance with the same password: %d, want 200", got)
		}
		// ... a new password ends it.
		changed := secondInstance(t, f, []web.User{{Name: "ada", Role: bot.RoleAdmin, PasswordHash: hash(t, "ada-new-pw")}})
		if got := replay(t, changed, ck); got != http.StatusSeeOther {
			t.Errorf("cookie after a password change: %d, want a redirect to the login", got)
		}
	})

	t.Run("across instances", func(t *testing.T) {
		c, csrf := f.login(t, "ada")
		ck := sessionCookieOf(t, c, f.srv.URL)
		same := secondInstance(t, f, []web.User{ada})
		if got := replay(t, same, ck); got != http.StatusOK {
			t.Fatalf("before logout, on another instance: %d", got)
		}
		do(t, c, "POST", f.srv.URL+"/logout", url.Values{"csrf": {csrf}})
		if got := replay(t, same, ck); got != http.StatusSeeOther {
			t.Errorf("after logout on one instance, the other accepts the cookie: %d", got)
		}
	})
}

// TestSessionCheckFailsClosed: when the store cannot say whether a
// session was ended, the dashboard answers 503 rather than letting the
// cookie in.
func TestSessionCheckFailsClosed(t *testing.T) {
	f := newFixture(t, nil)
	c, _ := f.login(t, "anna")
	f.store.Close()
	if r := do(t, c, "GET", f.srv.URL+"/summary", nil); r.status != http.StatusServiceUnavailable {
		t.Errorf("with the store away: %d, want 503", r.status)
	}
}
