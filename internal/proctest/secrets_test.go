package proctest

import (
	"context"
	"fmt"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	goredis "github.com/redis/go-redis/v9"
	"golang.org/x/crypto/bcrypt"

	"github.com/trygbot/trygbot/cli"
)

// The secrets, each distinctive, as the environment gives them.
var secretEnv = map[string]string{
	"DISCORD_TOKEN":           "MTIzNDU2.discord-SECRET-token-value",
	"TELEGRAM_TOKEN":          "123456:telegram-SECRET-token-value",
	"TELEGRAM_WEBHOOK_SECRET": "webhook-SECRET-value-0123456789abcdef",
	"TRYGBOT_INGEST_TOKEN":    "ingest-SECRET-token-value-fedcba9876543210",
	"REDIS_PASSWORD":          "redis-SECRET-password-value",
	"TRYGBOT_SESSION_KEY":     "session-SECRET-key-value-0123456789abcdef",
	"TRYGBOT_PSEUDONYM_KEY":   "pseudonym-SECRET-key-value-0123456789abcdef",
}

// secretParts are fragments of the secrets that must not appear either
// (a token cut or escaped in a URL still leaks).
var secretParts = []string{"SECRET-token", "SECRET-password", "SECRET-key", "SECRET-value", "MTIzNDU2"}

// checkNoSecrets fails if any secret, or a part of one, is in out.
func checkNoSecrets(t *testing.T, what, out string) {
	t.Helper()
	for k, v := range secretEnv {
		for _, form := range []string{v, url.PathEscape(v), url.QueryEscape(v)} {
			if strings.Contains(out, form) {
				t.Errorf("%s: %s appears in the %s", what, k, what)
			}
		}
	}
	for _, p := range secretParts {
		if strings.Contains(out, p) {
			t.Errorf("%s: a part of a secret (%q) appears", what, p)
		}
	}
}

// captureStdLog sends the standard logger (discordgo logs through it) to
// w until the test ends.
func captureStdLog(t *testing.T, w io.Writer) {
	t.Helper()
	prevW, prevF := log.Writer(), log.Flags()
	log.SetOutput(w)
	t.Cleanup(func() { log.SetOutput(prevW); log.SetFlags(prevF) })
}

// redisLog sends go-redis's own log lines (dial failures) to a writer.
type redisLog struct{ w io.Writer }

func (l redisLog) Printf(_ context.Context, format string, v ...any) {
	fmt.Fprintf(l.w, "redis: "+format+"\n", v...)
}

// failingPlatform answers every request with status and a JSON error,
// as Discord and Telegram do when the token is wrong or they are down.
func failingPlatform(t *testing.T, status int, getMeOK bool) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		if getMeOK && strings.HasSuffix(r.URL.Path, "/getMe") {
			io.WriteString(w, `{"ok":true,"result":{"id":123456,"is_bot":true,"first_name":"t","username":"trygbot","can_read_all_group_messages":true}}`)
			return
		}
		w.WriteHeader(status)
		// Echo the path back, as error pages sometimes do: the token in
		// a Bot API URL then comes back in the body.
		fmt.Fprintf(w, `{"ok":false,"error_code":%d,"description":"failure for %s","message":"%d: failure for %s","code":0}`,
			status, r.URL.Path, status, r.URL.Path)
	}))
	t.Cleanup(srv.Close)
	return srv
}

// serveFor runs `trygbot run` with cfg (YAML; %s parts already filled),
// lets act do things while it runs, stops it after up to wait and
// returns everything it logged, its error, and the standard logger's
// output.
func serveFor(t *testing.T, cfg string, wait time.Duration, act func()) (logs string, err error) {
	t.Helper()
	dir := t.TempDir()
	path := filepath.Join(dir, "trygbot.yaml")
	if err := os.WriteFile(path, []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	var out SyncBuffer
	captureStdLog(t, &out)
	goredis.SetLogger(redisLog{&out})
	t.Cleanup(func() { goredis.SetLogger(redisLog{os.Stderr}) })
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	go func() {
		done <- cli.Run(ctx, []string{"run", "--config", path}, func(k string) string { return secretEnv[k] }, strings.NewReader(""), &out, &out)
	}()
	if act != nil {
		act()
	}
	select {
	case err = <-done:
	case <-time.After(wait):
		cancel()
		select {
		case err = <-done:
		case <-time.After(20 * time.Second):
			t.Fatal("run did not stop")
		}
	}
	if err != nil {
		fmt.Fprintln(&out, "run returned:", err) // main prints it so
	}
	return out.String(), err
}

const communitiesYAML = `
communities:
  - {id: tg, platform: telegram, chat_id: "-1001111", language: en, moderators_chat: "-1002222", moderators: ["user:42"]}
  - {id: forum, platform: ingest, chat_id: forum1, language: en, moderators_chat: mods, moderators: ["user:mod1"]}
`

// TestSecretsNeverLogged runs the real `trygbot run` with every secret set
// while the platforms and the store fail in the ways they do (401, 404,
// 500, connection refused, a wrong Redis password), and checks that no
// secret, nor a part of one, is in any log line or error, at debug level.
func TestSecretsNeverLogged(t *testing.T) {
	hash, err := bcrypt.GenerateFromPassword([]byte("web-pw"), bcrypt.MinCost)
	if err != nil {
		t.Fatal(err)
	}
	base := func(store string) string {
		return fmt.Sprintf(`
store: %s
privacy: {pseudonym_key: "${TRYGBOT_PSEUDONYM_KEY}"}
rules: {watch: false}
log: {level: debug}
`, store)
	}
	sqlite := func(t *testing.T) string {
		return fmt.Sprintf(`{driver: sqlite, sqlite: {path: %q}}`, filepath.Join(t.TempDir(), "s.db"))
	}

	t.Run("telegram errors, ingest and web in use", func(t *testing.T) {
		for _, status := range []int{401, 404, 500} {
			tg := failingPlatform(t, status, true)
			ingestAddr, webAddr := FreeAddr(t), FreeAddr(t)
			cfg := base(sqlite(t)) + fmt.Sprintf(`
telegram: {token: "${TELEGRAM_TOKEN}", api_url: %q}
ingest: {listen: %q, token: "${TRYGBOT_INGEST_TOKEN}"}
web:
  listen: %q
  session_key: "${TRYGBOT_SESSION_KEY}"
  users: [{name: anna, role: admin, password_hash: %q}]
`, tg.URL, ingestAddr, webAddr, strings.ReplaceAll(string(hash), "$", "$$")) + communitiesYAML
			logs, _ := serveFor(t, cfg, 3*time.Second, func() {
				deadline := time.Now().Add(10 * time.Second)
				for time.Now().Before(deadline) {
					req, _ := http.NewRequest("POST", "http://"+ingestAddr+"/v1/messages",
						strings.NewReader(`{"chat_id":"forum1","id":"m1","author_id":"u1","text":"hello"}`))
					req.Header.Set("Authorization", "Bearer "+secretEnv["TRYGBOT_INGEST_TOKEN"])
					if resp, err := http.DefaultClient.Do(req); err == nil {
						resp.Body.Close()
						if resp.StatusCode == http.StatusAccepted {
							break
						}
					}
					time.Sleep(50 * time.Millisecond)
				}
				// A wrong token that shares the real one's start.
				req, _ := http.NewRequest("POST", "http://"+ingestAddr+"/v1/messages", strings.NewReader(`{}`))
				req.Header.Set("Authorization", "Bearer ingest-SECRET-token-valuX")
				if resp, err := http.DefaultClient.Do(req); err == nil {
					resp.Body.Close()
				}
				// A failed web login with the session key as the password.
				if resp, err := http.PostForm("http://"+webAddr+"/login", url.Values{"name": {"anna"}, "password": {secretEnv["TRYGBOT_SESSION_KEY"]}}); err == nil {
					resp.Body.Close()
				}
			})
			if !strings.Contains(logs, "telegram") || !strings.Contains(logs, "level=") {
				t.Fatalf("status %d: the run logged nothing about telegram:\n%s", status, logs)
			}
			checkNoSecrets(t, fmt.Sprintf("logs (telegram %d)", status), logs)
		}
	})

	t.Run("telegram connection refused", func(t *testing.T) {
		cfg := base(sqlite(t)) + fmt.Sprintf(`
telegram: {token: "${TELEGRAM_TOKEN}", api_url: "http://%s"}
ingest: {listen: %q, token: "${TRYGBOT_INGEST_TOKEN}"}
`, FreeAddr(t), FreeAddr(t)) + communitiesYAML
		logs, err := serveFor(t, cfg, 5*time.Second, nil)
		if err == nil || !strings.Contains(logs, "connection refused") {
			t.Errorf("want a refused connection reported; err %v, logs:\n%s", err, logs)
		}
		checkNoSecrets(t, "logs (telegram refused)", logs)
	})

	t.Run("discord errors", func(t *testing.T) {
		for _, status := range []int{401, 404, 500} {
			dc := failingPlatform(t, status, false)
			cfg := base(sqlite(t)) + fmt.Sprintf(`
discord: {token: "${DISCORD_TOKEN}", api_base_url: %q}
communities:
  - {id: dc, platform: discord, chat_id: "100000000000000001", language: en, moderators_chat: "200000000000000001", moderators: ["role:3"]}
`, dc.URL+"/api")
			logs, err := serveFor(t, cfg, 15*time.Second, nil)
			if err == nil {
				t.Errorf("status %d: run did not fail; logs:\n%s", status, logs)
			}
			checkNoSecrets(t, fmt.Sprintf("logs (discord %d)", status), logs)
		}
		cfg := base(sqlite(t)) + fmt.Sprintf(`
discord: {token: "${DISCORD_TOKEN}", api_base_url: "http://%s/api"}
communities:
  - {id: dc, platform: discord, chat_id: "100000000000000001", language: en, moderators_chat: "200000000000000001", moderators: ["role:3"]}
`, FreeAddr(t))
		logs, err := serveFor(t, cfg, 15*time.Second, nil)
		if err == nil || !strings.Contains(logs, "refused") {
			t.Errorf("connection refused: err %v, logs:\n%s", err, logs)
		}
		checkNoSecrets(t, "logs (discord refused)", logs)
	})

	t.Run("redis with a password", func(t *testing.T) {
		addrs := []string{FreeAddr(t)} // nobody listens
		if a := os.Getenv("REDIS_ADDR"); a != "" {
			addrs = append(addrs, a) // no password configured there: AUTH fails
		}
		for _, addr := range addrs {
			cfg := base(fmt.Sprintf(`{driver: redis, redis: {addr: %q, password: "${REDIS_PASSWORD}", db: 15}}`, addr)) + fmt.Sprintf(`
ingest: {listen: %q, token: "${TRYGBOT_INGEST_TOKEN}"}
communities:
  - {id: forum, platform: ingest, chat_id: forum1, language: en, moderators_chat: mods, moderators: ["user:mod1"]}
`, FreeAddr(t))
			logs, err := serveFor(t, cfg, 3*time.Second, nil)
			// An unreachable server: run starts degraded, and go-redis
			// logs its failed dials meanwhile. A server without a
			// password takes any (Redis 7's default user is nopass).
			if addr == addrs[0] && (err != nil || !strings.Contains(logs, "starting degraded")) {
				t.Errorf("redis at %s: run ended (%v) or did not start degraded; logs:\n%s", addr, err, logs)
			}
			checkNoSecrets(t, "logs (redis "+addr+")", logs)
		}
	})

	t.Run("config check and config errors", func(t *testing.T) {
		dir := t.TempDir()
		p := filepath.Join(dir, "c.yaml")
		os.WriteFile(p, []byte(base(`{driver: redis, redis: {password: "${REDIS_PASSWORD}", db: nope}}`)+`
discord: {token: "${DISCORD_TOKEN}"}
web: {session_key: "${TRYGBOT_SESSION_KEY}", users: [{name: a, role: king, password_hash: x}]}
`+communitiesYAML), 0o644)
		var out SyncBuffer
		_ = cli.Run(context.Background(), []string{"config", "check", p}, func(k string) string { return secretEnv[k] }, strings.NewReader(""), &out, &out)
		_ = cli.Run(context.Background(), []string{"run", "--config", p}, func(k string) string { return secretEnv[k] }, strings.NewReader(""), &out, &out)
		if !strings.Contains(out.String(), "c.yaml:") {
			t.Fatalf("no problems reported:\n%s", out.String())
		}
		checkNoSecrets(t, "config check output", out.String())
	})
}
