package app

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/crypto/bcrypt"

	"github.com/trygbot/trygbot/config"
)

// TestEveryServerHasLimits builds a process with the dashboard, the
// ingest API and the Telegram webhook from configuration: every HTTP
// server it runs has read, write and idle timeouts and a bound on header
// size, not only a header timeout.
func TestEveryServerHasLimits(t *testing.T) {
	tg := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, `{"ok":true,"result":{"id":42,"is_bot":true,"first_name":"t","username":"t_bot"}}`)
	}))
	defer tg.Close()
	pw, err := bcrypt.GenerateFromPassword([]byte("pw"), bcrypt.MinCost)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	yaml := fmt.Sprintf(`
store: {driver: sqlite, sqlite: {path: %q}}
privacy: {pseudonym_key: "${KEY}"}
ingest: {listen: "127.0.0.1:0", token: "${KEY}"}
telegram: {token: "${TG}", api_url: %q, mode: webhook, webhook: {listen: "127.0.0.1:0", public_url: "https://bot.example.org/tg", secret_token: "${KEY}"}}
web:
  listen: 127.0.0.1:0
  users: [{name: anna, role: admin, password_hash: %q}]
communities:
  - {id: forum, platform: ingest, chat_id: forum1, language: en, moderators_chat: mods, moderators: ["user:m"]}
  - {id: group, platform: telegram, chat_id: "-100123", language: en, moderators_chat: "-100456", moderators: ["user:1"]}
`, filepath.Join(dir, "t.db"), tg.URL, strings.ReplaceAll(string(pw), "$", "$$"))
	env := map[string]string{"KEY": strings.Repeat("k", 40), "TG": "123456:abcdef"}
	cfg, err := config.Parse("t.yaml", []byte(yaml), func(k string) string { return env[k] })
	if err != nil {
		t.Fatal(err)
	}
	a, err := New(context.Background(), FromConfig(nil, cfg, strings.NewReader(""), io.Discard))
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	want := defaultServerLimits()
	var names []string
	for _, s := range a.services {
		if s.server == nil {
			continue
		}
		names = append(names, s.name)
		h := s.server.HTTP
		got := serverLimits{Header: h.ReadHeaderTimeout, Read: h.ReadTimeout, Write: h.WriteTimeout, Idle: h.IdleTimeout, MaxHeader: h.MaxHeaderBytes}
		if got != want {
			t.Errorf("%s: limits %+v, want %+v", s.name, got, want)
		}
	}
	if len(names) != 3 {
		t.Errorf("servers %v, want the ingest API, the Telegram webhook and the dashboard", names)
	}
	if want.Write <= 30*time.Second+5*time.Second {
		t.Errorf("write timeout %s leaves no room for a 30 s long-poll of /v1/outbox", want.Write)
	}
}

// TestServerLimitsCloseSlowClients: a server with the limits closes an
// idle keep-alive connection after Idle and a request whose body trickles
// in after Read, and answers 431 to headers over MaxHeader.
func TestServerLimitsCloseSlowClients(t *testing.T) {
	lim := serverLimits{Header: 300 * time.Millisecond, Read: 300 * time.Millisecond, Write: time.Second,
		Idle: 300 * time.Millisecond, MaxHeader: 4 << 10}
	srv := limitedServer("", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if _, err := io.ReadAll(r.Body); err != nil {
			http.Error(w, "slow body", http.StatusRequestTimeout)
			return
		}
		io.WriteString(w, "ok")
	}), lim)
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go srv.Serve(l)
	defer srv.Close()
	dial := func(t *testing.T) net.Conn {
		t.Helper()
		c, err := net.Dial("tcp", l.Addr().String())
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { c.Close() })
		return c
	}
	// closedWithin reads until the server closes the connection.
	closedWithin := func(t *testing.T, c net.Conn, d time.Duration) time.Duration {
		t.Helper()
		start := time.Now()
		c.SetReadDeadline(start.Add(d))
		_, err := io.Copy(io.Discard, c)
		var ne net.Error
		if errors.As(err, &ne) && ne.Timeout() {
			t.Fatalf("connection still open after %s", d)
		}
		return time.Since(start)
	}
	t.Run("idle keep-alive", func(t *testing.T) {
		c := dial(t)
		io.WriteString(c, "GET / HTTP/1.1\r\nHost: x\r\n\r\n")
		resp, err := http.ReadResponse(bufio.NewReader(c), nil)
		if err != nil || resp.StatusCode != http.StatusOK {
			t.Fatalf("first request: %v %v", resp, err)
		}
		resp.Body.Close()
		if took := closedWithin(t, c, 3*time.Second); took > 2*time.Second {
			t.Errorf("idle connection closed after %s", took)
		}
	})
	t.Run("slow body", func(t *testing.T) {
		c := dial(t)
		io.WriteString(c, "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nx")
		closedWithin(t, c, 3*time.Second)
	})
	t.Run("huge headers", func(t *testing.T) {
		c := dial(t)
		fmt.Fprintf(c, "GET / HTTP/1.1\r\nHost: x\r\nX-Big: %s\r\n\r\n", strings.Repeat("a", 16<<10))
		resp, err := http.ReadResponse(bufio.NewReader(c), nil)
		if err != nil || resp.StatusCode != http.StatusRequestHeaderFieldsTooLarge {
			t.Fatalf("%v %v, want 431", resp, err)
		}
	})
}
