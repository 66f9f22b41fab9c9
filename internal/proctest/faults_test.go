package proctest

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/trygbot/trygbot/cli"
	"github.com/trygbot/trygbot/internal/redistest"
	"github.com/trygbot/trygbot/storage"
	"github.com/trygbot/trygbot/storage/redis"
)

// faultProxy forwards TCP connections to a target until cut: then it
// drops every open connection and refuses new ones, as a Redis that went
// away does, until restored.
type faultProxy struct {
	ln     net.Listener
	target string

	mu    sync.Mutex
	cut   bool
	conns map[net.Conn]bool
}

func newFaultProxy(t *testing.T, target string) *faultProxy {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &faultProxy{ln: ln, target: target, conns: map[net.Conn]bool{}}
	go p.serve()
	t.Cleanup(func() { ln.Close(); p.Cut() })
	return p
}

func (p *faultProxy) Addr() string { return p.ln.Addr().String() }

func (p *faultProxy) serve() {
	for {
		c, err := p.ln.Accept()
		if err != nil {
			return
		}
		p.mu.Lock()
		if p.cut {
			p.mu.Unlock()
			c.Close()
			continue
		}
		up, err := net.Dial("tcp", p.target)
		if err != nil {
			p.mu.Unlock()
			c.Close()
			continue
		}
		p.conns[c], p.conns[up] = true, true
		p.mu.Unlock()
		go func() { io.Copy(up, c); up.Close() }()
		go func() { io.Copy(c, up); c.Close() }()
	}
}

// Cut drops every connection and refuses new ones.
func (p *faultProxy) Cut() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.cut = true
	for c := range p.conns {
		c.Close()
	}
	clear(p.conns)
}

// Restore lets connections through again.
func (p *faultProxy) Restore() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.cut = false
}

// redisAddr returns the test Redis (see internal/redistest).
func redisAddr(t *testing.T) string { return redistest.Addr(t) }

// testPrefix returns a fresh key prefix, emptied after the test.
func testPrefix(t *testing.T, addr, name string) string { return redistest.Prefix(t, addr, name) }

// ingestClient talks to a running instance's ingest API.
type ingestClient struct {
	t     *testing.T
	base  string
	token string
}

func (c ingestClient) do(method, path, body string) (int, string) {
	req, _ := http.NewRequest(method, c.base+path, strings.NewReader(body))
	req.Header.Set("Authorization", "Bearer "+c.token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, err.Error()
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func (c ingestClient) post(id, text string) int {
	code, _ := c.do("POST", "/v1/messages", fmt.Sprintf(`{"chat_id":"forum1","channel":"general","id":%q,"author_id":"u-%s","text":%q}`, id, id, text))
	return code
}

// prompts returns the case ids of the prompts in the outbox, in order.
func (c ingestClient) prompts() []storage.CaseID {
	code, body := c.do("GET", "/v1/outbox?after=0", "")
	if code != http.StatusOK {
		c.t.Fatalf("outbox: %d %s", code, body)
	}
	var box struct {
		Items []struct {
			Kind   string
			Prompt struct{ CaseID storage.CaseID }
		}
	}
	if err := json.Unmarshal([]byte(body), &box); err != nil {
		c.t.Fatal(err)
	}
	var out []storage.CaseID
	for _, it := range box.Items {
		if it.Kind == "prompt" {
			out = append(out, it.Prompt.CaseID)
		}
	}
	return out
}

func waitUntil(t *testing.T, what string, within time.Duration, cond func() bool) time.Duration {
	t.Helper()
	start := time.Now()
	for !cond() {
		if time.Since(start) > within {
			t.Fatalf("waited %s for %s", within, what)
		}
		time.Sleep(20 * time.Millisecond)
	}
	return time.Since(start)
}

const faultPack = "pack: local\nrules:\n  - {id: local.zorb, category: slur, rationale: test, terms: [zorblax]}\n"

// redisConfig writes a config for an ingest community on Redis at addr.
func redisConfig(t *testing.T, dir, redisAddr, prefix, listen string) string {
	t.Helper()
	if err := os.WriteFile(filepath.Join(dir, "local.yaml"), []byte(faultPack), 0o644); err != nil {
		t.Fatal(err)
	}
	cfg := fmt.Sprintf(`
store:
  driver: redis
  redis: {addr: %q, db: 15, prefix: %q, workers: 2, spool_dir: spool}
privacy: {pseudonym_key: "${TRYGBOT_PSEUDONYM_KEY}"}
rules: {packs: [local.yaml]}
workflow: {tick: 250ms, prompt_retry: 1s}
ingest: {listen: %q, token: "${TRYGBOT_INGEST_TOKEN}"}
communities:
  - id: forum
    platform: ingest
    chat_id: forum1
    language: en
    moderators_chat: mods
    moderators: ["user:mod1"]
`, redisAddr, prefix, listen)
	path := filepath.Join(dir, "trygbot.yaml")
	if err := os.WriteFile(path, []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

var faultEnv = map[string]string{"TRYGBOT_PSEUDONYM_KEY": strings.Repeat("k", 40), "TRYGBOT_INGEST_TOKEN": "tok-fault-123-0123456789abcdef0123456789"}

// TestRedisOutageLosesNothing cuts Redis in the middle of a stream of
// messages: the ingest API keeps accepting them into the spool on disk,
// /healthz and /metrics say degraded, and when Redis is back every flagged
// message becomes exactly one case with exactly one prompt.
func TestRedisOutageLosesNothing(t *testing.T) {
	addr := redisAddr(t)
	proxy := newFaultProxy(t, addr)
	prefix := testPrefix(t, addr, "faulttest")
	listen := FreeAddr(t)
	cfgPath := redisConfig(t, t.TempDir(), proxy.Addr(), prefix, listen)

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var logs SyncBuffer
	done := make(chan error, 1)
	go func() {
		done <- cli.Run(ctx, []string{"run", "--config", cfgPath}, func(k string) string { return faultEnv[k] }, strings.NewReader(""), &logs, &logs)
	}()
	c := ingestClient{t: t, base: "http://" + listen, token: faultEnv["TRYGBOT_INGEST_TOKEN"]}
	waitUntil(t, "the ingest API", 15*time.Second, func() bool { return c.post("warmup", "hello") == http.StatusAccepted })

	const total = 300
	var flagged []string
	send := func(from, to int) {
		for i := from; i < to; i++ {
			id := fmt.Sprintf("m%03d", i)
			text := "hello there, nice weather"
			if i%3 == 0 {
				text, flagged = "you zorblax", append(flagged, id)
			}
			if code := c.post(id, text); code != http.StatusAccepted {
				t.Fatalf("POST %s: %d, want 202 (the spool takes it)", id, code)
			}
		}
	}
	health := func() (int, string) {
		resp, err := http.Get(c.base + "/healthz")
		if err != nil {
			return 0, err.Error()
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	send(0, 100)
	proxy.Cut()
	cutAt := time.Now()
	send(100, 200)
	waitUntil(t, "/healthz to say degraded", 10*time.Second, func() bool {
		code, body := health()
		return code == http.StatusOK && strings.HasPrefix(body, "degraded") && strings.Contains(body, "buffered on disk")
	})
	_, metrics := c.do("GET", "/metrics", "")
	if !strings.Contains(metrics, `trygbot_component_up{component="store"} 0`) || strings.Contains(metrics, "trygbot_spool_items 0\n") {
		t.Errorf("metrics during the outage do not say so:\n%s", grepLines(metrics, "trygbot_component_up", "trygbot_spool_items"))
	}
	outage := time.Since(cutAt)
	proxy.Restore()
	restoredAt := time.Now()
	send(200, total)

	st, err := redis.Open(context.Background(), redis.Options{Addr: addr, DB: redistest.DB, Prefix: prefix})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	cases := func() []storage.Case {
		cs, err := st.ListCases(context.Background(), storage.CaseQuery{})
		if err != nil {
			t.Fatal(err)
		}
		return cs
	}
	recovered := waitUntil(t, "a case for every flagged message", 60*time.Second, func() bool { return len(cases()) >= len(flagged) })
	waitUntil(t, "a prompt for every case", 30*time.Second, func() bool { return len(c.prompts()) >= len(flagged) })
	waitUntil(t, "/healthz to say ok", 15*time.Second, func() bool { _, body := health(); return strings.HasPrefix(body, "ok") })
	time.Sleep(500 * time.Millisecond) // a late duplicate would show now

	var got []string
	for _, cs := range cases() {
		got = append(got, cs.MessageID)
	}
	slices.Sort(got)
	if !slices.Equal(got, flagged) {
		t.Errorf("cases for %d messages, want %d: lost or duplicated: %v", len(got), len(flagged), diff(flagged, got))
	}
	ps := c.prompts()
	seen := map[storage.CaseID]bool{}
	for _, id := range ps {
		if seen[id] {
			t.Errorf("case %d prompted twice", id)
		}
		seen[id] = true
	}
	if len(ps) != len(flagged) {
		t.Errorf("%d prompts for %d cases", len(ps), len(flagged))
	}
	for _, want := range []string{"buffering incoming work on disk", "buffered work published", "degraded"} {
		if !strings.Contains(logs.String(), want) {
			t.Errorf("logs do not say %q", want)
		}
	}
	t.Logf("Redis away %s with 100 of %d messages arriving; after it came back every case was there within %s (from restore: %s); lost 0, duplicated 0",
		outage.Round(time.Millisecond), total, recovered.Round(time.Millisecond), time.Since(restoredAt).Round(time.Millisecond))
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("run: %v\n%s", err, logs.String())
		}
	case <-time.After(20 * time.Second):
		t.Fatal("run did not stop")
	}
}

func grepLines(s string, prefixes ...string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		for _, p := range prefixes {
			if strings.HasPrefix(l, p) {
				out = append(out, l)
			}
		}
	}
	return strings.Join(out, "\n")
}

// diff lists what is missing from got (-) and what is extra (+).
func diff(want, got []string) []string {
	count := map[string]int{}
	for _, w := range want {
		count[w]++
	}
	for _, g := range got {
		count[g]--
	}
	var out []string
	for k, n := range count {
		switch {
		case n > 0:
			out = append(out, "-"+k)
		case n < 0:
			out = append(out, "+"+k)
		}
	}
	slices.Sort(out)
	return out
}

// TestGoRedisLogsThroughSlog: in the real program (a child process), what
// go-redis logs by itself while Redis is away comes out as structured
// lines of the process's logger, not as bare "redis: ..." lines.
func TestGoRedisLogsThroughSlog(t *testing.T) {
	addr := redisAddr(t)
	proxy := newFaultProxy(t, addr)
	listen := FreeAddr(t)
	cfg := redisConfig(t, t.TempDir(), proxy.Addr(), testPrefix(t, addr, "logtest"), listen)
	c := startChild(t, cfg, "TRYGBOT_INGEST_TOKEN="+faultEnv["TRYGBOT_INGEST_TOKEN"])
	waitUntil(t, "the instance", 30*time.Second, func() bool {
		resp, err := http.Get("http://" + listen + "/healthz")
		if err != nil {
			return false
		}
		resp.Body.Close()
		return resp.StatusCode == http.StatusOK
	})
	proxy.Cut()
	proxy.ln.Close() // refused, not just dropped: go-redis logs failed dials
	defer func() {
		if t.Failed() {
			t.Logf("logs:\n%s", c.logs.String())
		}
	}()
	waitUntil(t, "go-redis to log a failed dial", 30*time.Second, func() bool {
		return strings.Contains(c.logs.String(), "component=go-redis")
	})
	for _, l := range strings.Split(c.logs.String(), "\n") {
		if strings.HasPrefix(l, "redis: ") {
			t.Errorf("a bare go-redis line: %s", l)
		}
	}
}

// TestStartsDegradedWhileRedisDown is issue 12's second finding: an
// instance (re)started while Redis was down exited after about 30 s,
// because the store's connection check ran before the spool opened; the
// messages its clients would have sent waited for a second restart. Now
// it starts degraded: it takes messages into its spool (202), /healthz
// says degraded with the reason, and once Redis answers it publishes the
// spool, so every flagged message becomes one case with one prompt, as a
// running instance does in an outage.
func TestStartsDegradedWhileRedisDown(t *testing.T) {
	addr := redisAddr(t)
	proxy := newFaultProxy(t, addr)
	proxy.Cut() // Redis is away before the instance starts
	prefix := testPrefix(t, addr, "startdown")
	listen := FreeAddr(t)
	cfgPath := redisConfig(t, t.TempDir(), proxy.Addr(), prefix, listen)

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var logs SyncBuffer
	done := make(chan error, 1)
	go func() {
		done <- cli.Run(ctx, []string{"run", "--config", cfgPath}, func(k string) string { return faultEnv[k] }, strings.NewReader(""), &logs, &logs)
	}()
	c := ingestClient{t: t, base: "http://" + listen, token: faultEnv["TRYGBOT_INGEST_TOKEN"]}
	health := func() (int, string) {
		resp, err := http.Get(c.base + "/healthz")
		if err != nil {
			return 0, err.Error()
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	start := time.Now()
	for c.post("warmup", "hello") != http.StatusAccepted {
		select {
		case err := <-done:
			t.Fatalf("run ended while Redis was down after %s: %v\n%s", time.Since(start).Round(time.Millisecond), err, logs.String())
		case <-time.After(50 * time.Millisecond):
		}
		if time.Since(start) > 15*time.Second {
			t.Fatalf("the ingest API took no message within 15 s of starting while Redis was down\n%s", logs.String())
		}
	}
	t.Logf("taking messages %s after starting with Redis down", time.Since(start).Round(time.Millisecond))
	if code, body := health(); code != http.StatusOK || !strings.HasPrefix(body, "degraded") || !strings.Contains(body, "store unreachable") {
		t.Errorf("/healthz while Redis is down: %d %q, want 200 degraded naming the store", code, body)
	}
	var flagged []string
	for i := range 30 {
		id, text := fmt.Sprintf("d%02d", i), "nice weather today"
		if i%3 == 0 {
			id, text = fmt.Sprintf("f%02d", i), "you zorblax"
			flagged = append(flagged, id)
		}
		if code := c.post(id, text); code != http.StatusAccepted {
			t.Fatalf("POST %s while Redis is down: %d, want 202 (the spool takes it)", id, code)
		}
	}
	waitUntil(t, "/healthz to count the spooled messages", 10*time.Second, func() bool {
		_, body := health()
		return strings.Contains(body, "buffered on disk")
	})
	time.Sleep(time.Second) // still up, still degraded
	select {
	case err := <-done:
		t.Fatalf("run ended while Redis was down: %v\n%s", err, logs.String())
	default:
	}

	proxy.Restore()
	st, err := redis.Open(context.Background(), redis.Options{Addr: addr, DB: redistest.DB, Prefix: prefix})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var got []string
	waitUntil(t, "a case for every flagged message", 60*time.Second, func() bool {
		cs, err := st.ListCases(context.Background(), storage.CaseQuery{})
		if err != nil {
			t.Fatal(err)
		}
		got = got[:0]
		for _, cs := range cs {
			got = append(got, cs.MessageID)
		}
		return len(got) >= len(flagged)
	})
	waitUntil(t, "a prompt for every case", 30*time.Second, func() bool { return len(c.prompts()) >= len(flagged) })
	waitUntil(t, "/healthz to say ok", 15*time.Second, func() bool { _, body := health(); return strings.HasPrefix(body, "ok") })
	time.Sleep(500 * time.Millisecond) // a late duplicate would show now
	cs, err := st.ListCases(context.Background(), storage.CaseQuery{})
	if err != nil {
		t.Fatal(err)
	}
	got = got[:0]
	for _, c := range cs {
		got = append(got, c.MessageID)
	}
	slices.Sort(got)
	if !slices.Equal(got, flagged) {
		t.Errorf("cases for %v, want %v: %v", got, flagged, diff(flagged, got))
	}
	if ps := c.prompts(); len(ps) != len(flagged) {
		t.Errorf("%d prompts for %d flagged messages", len(ps), len(flagged))
	}
	for _, want := range []string{"starting degraded", "buffered work published"} {
		if !strings.Contains(logs.String(), want) {
			t.Errorf("logs do not say %q", want)
		}
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("run: %v\n%s", err, logs.String())
		}
	case <-time.After(20 * time.Second):
		t.Fatal("run did not stop")
	}
}
