package proctest

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/trygbot/trygbot/app"
	"github.com/trygbot/trygbot/cli"
	"github.com/trygbot/trygbot/storage"
	"github.com/trygbot/trygbot/storage/sqlite"
)

// TestMain lets the crash tests run this test binary as `trygbot` in a
// child process they can kill: it then does what main.go does.
func TestMain(m *testing.M) {
	if os.Getenv("TRYGBOT_TEST_CHILD") == "1" {
		err := cli.Run(context.Background(), os.Args[1:], os.Getenv, os.Stdin, os.Stdout, os.Stderr)
		os.Exit(cli.Exit(os.Stderr, err))
	}
	os.Exit(m.Run())
}

const (
	crashToken  = "424242:CRASH-test-token"
	crashSecret = "crash-webhook-secret-0123456789abcdef"
	crashGroup  = "-1001111111111"
	crashMods   = "-1002222222222"
)

// tgFake is a Bot API server that records prompts; it can hold sendMessage
// calls (a platform that hangs) until released. A held call whose client
// went away counts as not delivered.
type tgFake struct {
	srv *httptest.Server

	mu      sync.Mutex
	next    int
	sent    []string // texts of delivered sendMessage calls to the mods
	holdAt  int      // hold the holdAt-th sendMessage (1-based) and later; 0: none
	calls   int
	held    chan struct{}
	dropped chan struct{}
	delay   time.Duration
}

func newTGFake(t *testing.T) *tgFake {
	f := &tgFake{next: 5000, held: make(chan struct{}, 100), dropped: make(chan struct{}, 100)}
	f.srv = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(func() { f.srv.CloseClientConnections(); f.srv.Close() })
	return f
}

// stopHolding lets later calls through.
func (f *tgFake) stopHolding() {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.holdAt = 0
}

func (f *tgFake) serve(w http.ResponseWriter, r *http.Request) {
	method := strings.TrimPrefix(r.URL.Path, "/bot"+crashToken+"/")
	params := map[string]string{}
	if err := r.ParseMultipartForm(1 << 20); err == nil {
		for k, v := range r.MultipartForm.Value {
			params[k] = v[0]
		}
	}
	io.Copy(io.Discard, r.Body) // at EOF the server notices a client that goes away
	var result any = true
	switch method {
	case "getMe":
		result = map[string]any{"id": 424242, "is_bot": true, "first_name": "trygbot", "username": "trygbot", "can_read_all_group_messages": true}
	case "sendMessage":
		isPrompt := caseRE.MatchString(params["text"])
		f.mu.Lock()
		if isPrompt {
			f.calls++
		}
		hold := isPrompt && f.holdAt > 0 && f.calls >= f.holdAt
		delay := f.delay
		f.mu.Unlock()
		if hold {
			// A platform that hangs: the call never completes, and
			// counts as not delivered once its client is gone.
			f.held <- struct{}{}
			<-r.Context().Done()
			f.dropped <- struct{}{}
			return
		}
		if delay > 0 && isPrompt {
			time.Sleep(delay)
		}
		f.mu.Lock()
		f.next++
		if params["chat_id"] == crashMods {
			f.sent = append(f.sent, params["text"])
		}
		id := f.next
		f.mu.Unlock()
		chat, _ := strconv.ParseInt(params["chat_id"], 10, 64)
		result = map[string]any{"message_id": id, "date": time.Now().Unix(), "text": params["text"], "chat": map[string]any{"id": chat, "type": "supergroup"}}
	case "editMessageText":
		chat, _ := strconv.ParseInt(params["chat_id"], 10, 64)
		id, _ := strconv.Atoi(params["message_id"])
		result = map[string]any{"message_id": id, "date": time.Now().Unix(), "text": params["text"], "chat": map[string]any{"id": chat, "type": "supergroup"}}
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(map[string]any{"ok": true, "result": result})
}

var caseRE = regexp.MustCompile(`(?:Case|Sag) (\d+)`)

// prompted counts the prompts delivered per case number.
func (f *tgFake) prompted() map[int]int {
	f.mu.Lock()
	defer f.mu.Unlock()
	out := map[int]int{}
	for _, s := range f.sent {
		if m := caseRE.FindStringSubmatch(s); m != nil {
			n, _ := strconv.Atoi(m[1])
			out[n]++
		}
	}
	return out
}

// child is a `trygbot run` process.
type child struct {
	cmd    *exec.Cmd
	logs   *SyncBuffer
	exited chan struct{} // closed when the process ended; err is then set
	err    error
}

func startChild(t *testing.T, cfgPath string, env ...string) *child {
	t.Helper()
	cmd := exec.Command(os.Args[0], "run", "--config", cfgPath)
	cmd.Env = append(os.Environ(), "TRYGBOT_TEST_CHILD=1", "TRYGBOT_PSEUDONYM_KEY="+strings.Repeat("p", 40),
		"TELEGRAM_TOKEN="+crashToken, "TELEGRAM_WEBHOOK_SECRET="+crashSecret)
	cmd.Env = append(cmd.Env, env...)
	c := &child{cmd: cmd, logs: &SyncBuffer{}, exited: make(chan struct{})}
	cmd.Stdout, cmd.Stderr = c.logs, c.logs
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { c.err = cmd.Wait(); close(c.exited) }()
	t.Cleanup(func() { cmd.Process.Kill(); <-c.exited })
	return c
}

// waitReady waits until the child's webhook takes an update.
func (c *child) waitReady(t *testing.T, webhook string) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for deliver(webhook, 0, "hello all") != http.StatusOK {
		select {
		case <-c.exited:
			t.Fatalf("the bot exited (%v):\n%s", c.err, c.logs.String())
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("the webhook never came up; logs:\n%s", c.logs.String())
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func crashConfig(t *testing.T, dir, apiURL, listen string) string {
	t.Helper()
	if err := os.WriteFile(filepath.Join(dir, "local.yaml"), []byte(faultPack), 0o644); err != nil {
		t.Fatal(err)
	}
	cfg := fmt.Sprintf(`
store: {driver: sqlite, sqlite: {path: crash.db}}
privacy: {pseudonym_key: "${TRYGBOT_PSEUDONYM_KEY}"}
rules: {packs: [local.yaml]}
workflow: {tick: 200ms, prompt_retry: 1s}
log: {level: debug}
telegram:
  token: ${TELEGRAM_TOKEN}
  api_url: %q
  mode: webhook
  webhook: {listen: %q, public_url: "https://bot.example.org/tg", secret_token: "${TELEGRAM_WEBHOOK_SECRET}"}
communities:
  - id: group
    platform: telegram
    chat_id: %q
    language: en
    moderators_chat: %q
    moderators: ["user:777"]
`, apiURL, listen, crashGroup, crashMods)
	path := filepath.Join(dir, "trygbot.yaml")
	if err := os.WriteFile(path, []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// deliver posts one group message to the webhook as Telegram does, and
// reports the HTTP status (0 if the connection failed).
func deliver(webhook string, n int, text string) int {
	upd := map[string]any{"update_id": 1000 + n, "message": map[string]any{
		"message_id": n, "date": time.Now().Unix(), "text": text,
		"chat": map[string]any{"id": json.Number(crashGroup), "type": "supergroup", "title": "Group"},
		"from": map[string]any{"id": 100 + n, "is_bot": false, "first_name": fmt.Sprint("User", n)}}}
	b, _ := json.Marshal(upd)
	req, _ := http.NewRequest("POST", "http://"+webhook+"/", bytes.NewReader(b))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Telegram-Bot-Api-Secret-Token", crashSecret)
	resp, err := (&http.Client{Timeout: 30 * time.Second}).Do(req)
	if err != nil {
		return 0
	}
	resp.Body.Close()
	return resp.StatusCode
}

// deliverUntilOK keeps delivering as Telegram does until it gets a 2xx.
func deliverUntilOK(t *testing.T, webhook string, n int, text string) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for deliver(webhook, n, text) != http.StatusOK {
		if time.Now().After(deadline) {
			t.Fatalf("update %d never accepted", n)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// TestKilledMidFlightResumes kills the bot (SIGKILL) while a prompt is on
// its way to Telegram. After a restart the message Telegram delivers
// again makes no second case, the owed prompt is sent, and every flagged
// message has exactly one case and one prompt.
func TestKilledMidFlightResumes(t *testing.T) {
	fake := newTGFake(t)
	dir := t.TempDir()
	webhook := FreeAddr(t)
	cfg := crashConfig(t, dir, fake.srv.URL, webhook)

	first := startChild(t, cfg)
	first.waitReady(t, webhook)
	const flaggedN = 8
	for n := 1; n <= 3; n++ {
		deliverUntilOK(t, webhook, n, "you zorblax")
		deliverUntilOK(t, webhook, 100+n, "nice weather today")
	}
	fake.mu.Lock()
	fake.holdAt = fake.calls + 1 // the next prompt hangs
	fake.mu.Unlock()
	inflight := make(chan int, 1)
	go func() { inflight <- deliver(webhook, 4, "you zorblax") }()
	select {
	case <-fake.held:
	case <-time.After(30 * time.Second):
		t.Fatalf("the 4th prompt never reached Telegram; logs:\n%s", first.logs.String())
	}
	killedAt := time.Now()
	if err := first.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	<-first.exited
	if code := <-inflight; code == http.StatusOK {
		t.Fatal("the webhook answered 200 for a message the killed bot never finished")
	}
	select {
	case <-fake.dropped: // Telegram saw the connection go
	case <-time.After(10 * time.Second):
		t.Fatal("the held call never ended after the kill")
	}
	fake.stopHolding()

	second := startChild(t, cfg)
	// Telegram delivers the unacknowledged update again, then the rest.
	deliverUntilOK(t, webhook, 4, "you zorblax")
	restartedAt := time.Now()
	for n := 5; n <= flaggedN; n++ {
		deliverUntilOK(t, webhook, n, "you zorblax")
	}
	waitUntil(t, "a prompt for every case", 30*time.Second, func() bool { return len(fake.prompted()) >= flaggedN })
	time.Sleep(1500 * time.Millisecond) // longer than prompt_retry: a duplicate would show

	st, err := sqlite.Open(context.Background(), filepath.Join(dir, "crash.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	cases, err := st.ListCases(context.Background(), storage.CaseQuery{})
	if err != nil {
		t.Fatal(err)
	}
	byMsg := map[string]int{}
	for _, c := range cases {
		byMsg[c.MessageID]++
		if len(c.Prompts) != 1 || !c.PromptDue.IsZero() {
			t.Errorf("case %d (message %s): %d prompts stored, due %v; want 1 and none owed", c.ID, c.MessageID, len(c.Prompts), c.PromptDue)
		}
	}
	for n := 1; n <= flaggedN; n++ {
		if byMsg[strconv.Itoa(n)] != 1 {
			t.Errorf("message %d has %d cases, want exactly 1", n, byMsg[strconv.Itoa(n)])
		}
	}
	if len(cases) != flaggedN {
		t.Errorf("%d cases, want %d", len(cases), flaggedN)
	}
	for id, n := range fake.prompted() {
		if n != 1 {
			t.Errorf("case %d prompted %d times, want once", id, n)
		}
	}
	if t.Failed() {
		t.Logf("first run:\n%s\nsecond run:\n%s", first.logs.String(), second.logs.String())
	}
	t.Logf("killed with a prompt in flight; after the restart (%s after the kill) all %d cases had exactly one prompt; lost 0, duplicated 0",
		restartedAt.Sub(killedAt).Round(time.Millisecond), flaggedN)
}

// TestSigtermFinishesInFlight stops the bot with SIGTERM while a prompt is
// on its way (Telegram answers slowly): it finishes that work, answers the
// webhook 200 and exits cleanly within the shutdown bound.
func TestSigtermFinishesInFlight(t *testing.T) {
	fake := newTGFake(t)
	dir := t.TempDir()
	webhook := FreeAddr(t)
	cfg := crashConfig(t, dir, fake.srv.URL, webhook)
	c := startChild(t, cfg)
	c.waitReady(t, webhook)
	fake.mu.Lock()
	fake.delay = 2 * time.Second
	fake.mu.Unlock()
	inflight := make(chan int, 1)
	go func() { inflight <- deliver(webhook, 1, "you zorblax") }()
	waitUntil(t, "the prompt to be on its way", 10*time.Second, func() bool {
		fake.mu.Lock()
		defer fake.mu.Unlock()
		return fake.calls >= 1
	})
	start := time.Now()
	if err := c.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case <-c.exited:
		if c.err != nil {
			t.Errorf("exit after SIGTERM: %v; logs:\n%s", c.err, c.logs.String())
		}
	case <-time.After(app.ShutdownBound + 5*time.Second):
		t.Fatalf("still running %s after SIGTERM", app.ShutdownBound+5*time.Second)
	}
	took := time.Since(start)
	if code := <-inflight; code != http.StatusOK {
		t.Errorf("the in-flight webhook got %d, want 200 (finished before stopping)", code)
	}
	if p := fake.prompted(); len(p) != 1 {
		t.Errorf("prompts delivered = %v, want the in-flight one", p)
	}
	if !strings.Contains(c.logs.String(), "trygbot stopped") {
		t.Errorf("no clean stop in the logs:\n%s", c.logs.String())
	}
	if t.Failed() {
		t.Logf("logs:\n%s", c.logs.String())
	}
	t.Logf("SIGTERM with a 2 s prompt in flight: stopped in %s (bound %s), prompt delivered", took.Round(time.Millisecond), app.ShutdownBound)
}
