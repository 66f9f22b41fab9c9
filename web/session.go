package web

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/trygbot/trygbot/bot"
)

// Cookie names.
const (
	sessionCookie = "trygbot_session"
	preCookie     = "trygbot_login" // binds the login form's CSRF token
	flashCookie   = "trygbot_flash"
)

// session is what the signed session cookie holds.
type session struct {
	Name    string   `json:"n"`
	Role    bot.Role `json:"r"`
	Expires int64    `json:"e"` // Unix seconds
	Nonce   string   `json:"s"` // random per login; CSRF tokens derive from it
}

func (s *server) mac(purpose string, data []byte) []byte {
	m := hmac.New(sha256.New, s.key)
	m.Write([]byte(purpose))
	m.Write([]byte{0})
	m.Write(data)
	return m.Sum(nil)
}

var b64 = base64.RawURLEncoding

// sign returns data and its MAC for purpose, as a cookie-safe string.
func (s *server) sign(purpose string, data []byte) string {
	return b64.EncodeToString(data) + "." + b64.EncodeToString(s.mac(purpose, data))
}

// verify returns the data of a string made by sign for the same purpose.
func (s *server) verify(purpose, v string) ([]byte, bool) {
	d, m, ok := strings.Cut(v, ".")
	if !ok {
		return nil, false
	}
	data, err1 := b64.DecodeString(d)
	sum, err2 := b64.DecodeString(m)
	if err1 != nil || err2 != nil || !hmac.Equal(sum, s.mac(purpose, data)) {
		return nil, false
	}
	return data, true
}

func randomToken() string {
	b := make([]byte, 16)
	_, _ = rand.Read(b) // never fails (crypto/rand)
	return b64.EncodeToString(b)
}

func (s *server) cookie(name, value string, maxAge int) *http.Cookie {
	return &http.Cookie{Name: name, Value: value, Path: "/", MaxAge: maxAge, HttpOnly: true,
		Secure: s.opt.Secure, SameSite: http.SameSiteLaxMode}
}

// startSession sets the session cookie for u.
func (s *server) startSession(w http.ResponseWriter, u User) {
	sess := session{Name: u.Name, Role: u.Role, Expires: s.opt.Now().Add(sessionTTL).Unix(), Nonce: randomToken()}
	data, _ := json.Marshal(sess)
	http.SetCookie(w, s.cookie(sessionCookie, s.sign("session", data), int(sessionTTL/time.Second)))
}

// sessionOf returns the request's valid session: signed, unexpired, and
// for a user who is still configured with that role.
func (s *server) sessionOf(r *http.Request) (session, bool) {
	c, err := r.Cookie(sessionCookie)
	if err != nil {
		return session{}, false
	}
	data, ok := s.verify("session", c.Value)
	if !ok {
		return session{}, false
	}
	var sess session
	if json.Unmarshal(data, &sess) != nil || s.opt.Now().Unix() >= sess.Expires {
		return session{}, false
	}
	u, ok := s.users[sess.Name]
	if !ok || u.Role != sess.Role {
		return session{}, false
	}
	return sess, true
}

// csrfToken is the session's CSRF token.
func (s *server) csrfToken(sess session) string {
	return b64.EncodeToString(s.mac("csrf", []byte(sess.Name+"\x00"+sess.Nonce)))
}

// checkCSRF compares the form's token with want in constant time.
func checkCSRF(r *http.Request, want string) bool {
	got := r.PostFormValue("csrf")
	return got != "" && hmac.Equal([]byte(got), []byte(want))
}

// loginToken returns the login form's CSRF token, setting the cookie it is
// bound to if the request has none.
func (s *server) loginToken(w http.ResponseWriter, r *http.Request) string {
	v := ""
	if c, err := r.Cookie(preCookie); err == nil && len(c.Value) >= 16 && len(c.Value) <= 64 {
		v = c.Value
	} else {
		v = randomToken()
		http.SetCookie(w, s.cookie(preCookie, v, 3600))
	}
	return b64.EncodeToString(s.mac("login-csrf", []byte(v)))
}

// wantLoginToken is the token a login POST must carry, "" without the
// cookie.
func (s *server) wantLoginToken(r *http.Request) string {
	c, err := r.Cookie(preCookie)
	if err != nil || c.Value == "" {
		return ""
	}
	return b64.EncodeToString(s.mac("login-csrf", []byte(c.Value)))
}

// setFlash leaves a message for the next page.
func (s *server) setFlash(w http.ResponseWriter, msg string) {
	http.SetCookie(w, s.cookie(flashCookie, s.sign("flash", []byte(msg)), 60))
}

// takeFlash returns the flash message, if any, and clears it.
func (s *server) takeFlash(w http.ResponseWriter, r *http.Request) string {
	c, err := r.Cookie(flashCookie)
	if err != nil {
		return ""
	}
	http.SetCookie(w, s.cookie(flashCookie, "", -1))
	msg, ok := s.verify("flash", c.Value)
	if !ok {
		return ""
	}
	return string(msg)
}

// clientIP is the address failed logins are counted against. Behind a
// reverse proxy every client shares the proxy's address.
func clientIP(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}
