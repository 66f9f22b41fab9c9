package web

import (
	"context"
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

	"golang.org/x/crypto/bcrypt"

	"github.com/trygbot/trygbot/bot"
	"github.com/trygbot/trygbot/storage/sqlite"
)

type nobody struct{}

func (nobody) Act(context.Context, bot.ActionRequest) (bot.Feedback, error) {
	return bot.Feedback{}, nil
}

// countingCompare stands in for bcrypt: it takes a while, and counts the
// comparisons and how many ran at once.
type countingCompare struct {
	mu           sync.Mutex
	calls, now   int
	most         int
	took         time.Duration
	realPassword string
}

func (c *countingCompare) compare(_, password []byte) error {
	c.mu.Lock()
	c.calls++
	c.now++
	c.most = max(c.most, c.now)
	c.mu.Unlock()
	time.Sleep(c.took)
	c.mu.Lock()
	c.now--
	c.mu.Unlock()
	if string(password) == c.realPassword {
		return nil
	}
	return bcrypt.ErrMismatchedHashAndPassword
}

// loginTestServer is a dashboard with user anna whose password checks go
// through cc, at most hashing at a time.
func loginTestServer(t *testing.T, cc *countingCompare, hashing int) *server {
	t.Helper()
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "l.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	h, err := bcrypt.GenerateFromPassword([]byte("anna-pw"), bcrypt.MinCost)
	if err != nil {
		t.Fatal(err)
	}
	clock := time.Date(2026, 11, 2, 12, 0, 0, 0, time.UTC)
	s, err := newServer(slog.New(slog.NewTextHandler(io.Discard, nil)), Options{Store: st, Bot: nobody{},
		Now: func() time.Time { return clock }, Users: []User{{Name: "anna", Role: bot.RoleModerator, PasswordHash: string(h)}}})
	if err != nil {
		t.Fatal(err)
	}
	s.compare, s.hashing = cc.compare, make(chan struct{}, hashing)
	return s
}

// tryLogin posts the login form to s from addr.
func tryLogin(s *server, addr, name, password string) int {
	const pre = "0123456789abcdef0123"
	form := url.Values{"csrf": {b64.EncodeToString(s.mac("login-csrf", []byte(pre)))}, "name": {name}, "password": {password}}
	req := httptest.NewRequest("POST", "/login", strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.AddCookie(&http.Cookie{Name: preCookie, Value: pre})
	req.RemoteAddr = addr
	rec := httptest.NewRecorder()
	s.handleLogin(rec, req)
	return rec.Code
}

// concurrently runs n logins at once and counts their statuses.
func concurrently(n int, login func(i int) int) map[int]int {
	var (
		mu    sync.Mutex
		wg    sync.WaitGroup
		codes = map[int]int{}
		start = make(chan struct{})
	)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			code := login(i)
			mu.Lock()
			codes[code]++
			mu.Unlock()
		}()
	}
	close(start)
	wg.Wait()
	return codes
}

// TestLoginTokenTakenBeforeHashing: 30 wrong passwords at once from one
// address are 5 password checks and 25 answers of 429, not 30 checks
// (the limit used to count a failure only after its bcrypt comparison).
func TestLoginTokenTakenBeforeHashing(t *testing.T) {
	cc := &countingCompare{took: 20 * time.Millisecond, realPassword: "anna-pw"}
	s := loginTestServer(t, cc, 30)
	codes := concurrently(30, func(i int) int { return tryLogin(s, "10.0.0.1:1000", fmt.Sprint("guess", i), "wrong") })
	if cc.calls != loginBurst || codes[http.StatusUnauthorized] != loginBurst || codes[http.StatusTooManyRequests] != 30-loginBurst {
		t.Errorf("%d password checks, answers %v; want %d checks, %d × 401 and %d × 429", cc.calls, codes, loginBurst, loginBurst, 30-loginBurst)
	}
	// A login that succeeds does not count against its address.
	for range 3 {
		if code := tryLogin(s, "10.0.0.2:1000", "anna", "anna-pw"); code != http.StatusSeeOther {
			t.Fatalf("a right password: %d", code)
		}
	}
	for i := range loginBurst {
		if code := tryLogin(s, "10.0.0.2:1000", fmt.Sprint("other", i), "wrong"); code != http.StatusUnauthorized {
			t.Errorf("failure %d after three logins: %d, want 401 (logins must not use up the limit)", i+1, code)
		}
	}
}

// TestLoginHashingCapped: however many logins arrive at once, at most the
// cap of password checks run at the same time.
func TestLoginHashingCapped(t *testing.T) {
	cc := &countingCompare{took: 20 * time.Millisecond, realPassword: "anna-pw"}
	s := loginTestServer(t, cc, 2)
	codes := concurrently(20, func(i int) int {
		return tryLogin(s, fmt.Sprintf("10.0.1.%d:1000", i), fmt.Sprint("name", i), "wrong")
	})
	if codes[http.StatusUnauthorized] != 20 || cc.calls != 20 {
		t.Fatalf("answers %v after %d checks, want 20 × 401", codes, cc.calls)
	}
	if cc.most > 2 {
		t.Errorf("%d password checks ran at once, want at most 2", cc.most)
	}
	if maxHashing() < 1 {
		t.Errorf("maxHashing() = %d", maxHashing())
	}
}
