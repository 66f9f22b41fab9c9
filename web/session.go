package web

import (
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/trygbot/trygbot/bot"
	"github.com/trygbot/trygbot/storage"
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
	// Epoch is the user's session epoch at login: logging out everywhere
	// changes it, which ends the session.
	Epoch int64 `json:"v"`
	// Password tells which password hash the user logged in with (a MAC
	// of it): a new password ends the session.
	Password string `json:"p"`
}

// errNoSession: the request has no valid session.
var errNoSession = errors.New("web: no valid session")

// Sessions ends dashboard logins before they expire, for every process
// that shares it; both stores implement it (storage.Sessions), and
// without one the server keeps the same in memory, for itself only.
type Sessions interface {
	// SessionState returns user's session epoch and whether session id
	// was ended.
	SessionState(ctx context.Context, user, id string) (epoch int64, ended bool, err error)
	// EndSession ends session id for ttl, the time it had left.
	EndSession(ctx context.Context, id string, ttl time.Duration) error
	// EndSessions changes user's epoch, ending all their sessions.
	EndSessions(ctx context.Context, user string) (int64, error)
}

var _ Sessions = storage.Sessions(nil)

// memSessions is Sessions in memory, for a store without them.
type memSessions struct {
	mu     sync.Mutex
	epochs map[string]int64
	ended  map[string]time.Time
}

func (m *memSessions) SessionState(_ context.Context, user, id string) (int64, bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	until, ok := m.ended[id]
	return m.epochs[user], ok && time.Now().Before(until), nil
}

func (m *memSessions) EndSession(_ context.Context, id string, ttl time.Duration) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	now := time.Now()
	for k, until := range m.ended {
		if !now.Before(until) {
			delete(m.ended, k)
		}
	}
	if m.ended == nil {
		m.ended = map[string]time.Time{}
	}
	m.ended[id] = now.Add(ttl)
	return nil
}

func (m *memSessions) EndSessions(_ context.Context, user string) (int64, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.epochs == nil {
		m.epochs = map[string]int64{}
	}
	m.epochs[user]++
	return m.epochs[user], nil
}

// sessionID names a session in the store: a MAC of its nonce, so the
// store holds nothing a CSRF token or cookie can be made from.
func (s *server) sessionID(sess session) string {
	return b64.EncodeToString(s.mac("session-id", []byte(sess.Nonce)))[:22]
}

// passwordTag identifies a password hash without showing it.
func (s *server) passwordTag(hash string) string {
	return b64.EncodeToString(s.mac("password", []byte(hash)))[:16]
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

// startSession sets the session cookie for u, in u's current session
// epoch.
func (s *server) startSession(ctx context.Context, w http.ResponseWriter, u User) error {
	epoch, _, err := s.sessions.SessionState(ctx, u.Name, "")
	if err != nil {
		return fmt.Errorf("web: start session: %w", err)
	}
	sess := session{Name: u.Name, Role: u.Role, Expires: s.opt.Now().Add(sessionTTL).Unix(), Nonce: randomToken(),
		Epoch: epoch, Password: s.passwordTag(u.PasswordHash)}
	data, _ := json.Marshal(sess)
	http.SetCookie(w, s.cookie(sessionCookie, s.sign("session", data), int(sessionTTL/time.Second)))
	return nil
}

// sessionOf returns the request's valid session: signed, unexpired, for
// a user who is still configured with that role and password, in the
// user's current epoch and not ended. It returns errNoSession for a
// request without one, another error when the store cannot say.
func (s *server) sessionOf(r *http.Request) (session, error) {
	c, err := r.Cookie(sessionCookie)
	if err != nil {
		return session{}, errNoSession
	}
	data, ok := s.verify("session", c.Value)
	if !ok {
		return session{}, errNoSession
	}
	var sess session
	if json.Unmarshal(data, &sess) != nil || s.opt.Now().Unix() >= sess.Expires {
		return session{}, errNoSession
	}
	u, ok := s.users[sess.Name]
	if !ok || u.Role != sess.Role || !hmac.Equal([]byte(sess.Password), []byte(s.passwordTag(u.PasswordHash))) {
		return session{}, errNoSession
	}
	epoch, ended, err := s.sessions.SessionState(r.Context(), sess.Name, s.sessionID(sess))
	switch {
	case err != nil:
		return session{}, fmt.Errorf("web: session of %s: %w", sess.Name, err)
	case ended || epoch != sess.Epoch:
		return session{}, errNoSession
	}
	return sess, nil
}

// endSession ends sess in the store, for the time it had left.
func (s *server) endSession(ctx context.Context, sess session) error {
	left := time.Unix(sess.Expires, 0).Sub(s.opt.Now())
	if err := s.sessions.EndSession(ctx, s.sessionID(sess), left); err != nil {
		return fmt.Errorf("web: end session of %s: %w", sess.Name, err)
	}
	return nil
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
