package app_test

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/trygbot/trygbot/app"
	"github.com/trygbot/trygbot/bot"
	"github.com/trygbot/trygbot/bot/bottest"
	"github.com/trygbot/trygbot/rules"
	"github.com/trygbot/trygbot/storage"
	"github.com/trygbot/trygbot/storage/redis"
	"github.com/trygbot/trygbot/storage/spool"
	"github.com/trygbot/trygbot/storage/sqlite"
)

// journal records what the services did, in order.
type journal struct {
	mu   sync.Mutex
	seen []string
}

func (j *journal) add(s string) {
	j.mu.Lock()
	defer j.mu.Unlock()
	j.seen = append(j.seen, s)
}

func (j *journal) list() []string {
	j.mu.Lock()
	defer j.mu.Unlock()
	return slices.Clone(j.seen)
}

// service is an adapter that records when it stops, after run returns
// (run nil: when its context is done).
func service(j *journal, platform string, run func(context.Context) error) app.Adapter {
	return app.Adapter{Platform: platform, Outbox: bottest.NewFakeAdapter(platform), Run: func(ctx context.Context, _ bot.Inbox) error {
		defer j.add("stopped " + platform)
		if run != nil {
			return run(ctx)
		}
		<-ctx.Done()
		return nil
	}}
}

// testSpec is a process on a temporary SQLite file with the built-in
// rules and the adapters given.
func testSpec(t *testing.T, ads ...app.Adapter) app.Spec {
	t.Helper()
	path := filepath.Join(t.TempDir(), "app.db")
	comms := []bot.Community{{ID: "c", Platform: "fake", ChatID: "chat", Lang: "en", ModeratorsChat: "mods", Moderators: []string{"user:mod"}}}
	return app.Spec{
		OpenStore: func(ctx context.Context) (storage.Store, error) { return sqlite.Open(ctx, path) },
		Rules: func() ([]*rules.Pack, []*rules.Pack, error) {
			base, err := rules.BuiltinPacks()
			return base, nil, err
		},
		PseudonymKey: []byte(strings.Repeat("k", 32)),
		Bot:          bot.Options{Communities: comms},
		Adapters:     func(app.Parts) ([]app.Adapter, error) { return ads, nil },
	}
}

func newApp(t *testing.T, spec app.Spec) *app.App {
	t.Helper()
	a, err := app.New(context.Background(), spec)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { a.Close() })
	return a
}

func TestRunStopsInReverseOrder(t *testing.T) {
	j := &journal{}
	a := newApp(t, testSpec(t, service(j, "fake", nil), service(j, "second", nil), service(j, "third", nil)))
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- a.Run(ctx) }()
	select {
	case <-a.Ready():
	case <-time.After(10 * time.Second):
		t.Fatal("never ready")
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("Run: %v", err)
	}
	if got, want := j.list(), []string{"stopped third", "stopped second", "stopped fake"}; !slices.Equal(got, want) {
		t.Errorf("stopped %v, want %v", got, want)
	}
}

func TestFirstErrorStopsTheRest(t *testing.T) {
	j := &journal{}
	boom := errors.New("boom")
	a := newApp(t, testSpec(t, service(j, "fake", nil), service(j, "failing", func(context.Context) error { return boom })))
	err := a.Run(context.Background())
	if !errors.Is(err, boom) || err.Error() != "failing: boom" {
		t.Fatalf("Run = %v, want failing: boom", err)
	}
	if got := j.list(); !slices.Contains(got, "stopped fake") {
		t.Errorf("the other service did not stop: %v", got)
	}
}

func TestEndOfInputEndsTheRun(t *testing.T) {
	j := &journal{}
	input := service(j, "console", func(context.Context) error { return nil })
	input.EndsRun = true
	a := newApp(t, testSpec(t, service(j, "fake", nil), input))
	if err := a.Run(context.Background()); err != nil {
		t.Fatalf("Run = %v", err)
	}
	if got := j.list(); !slices.Equal(got, []string{"stopped console", "stopped fake"}) {
		t.Errorf("stopped %v", got)
	}
}

// TestServerThatCannotListen: nothing after it starts, what started stops.
func TestServerThatCannotListen(t *testing.T) {
	taken, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer taken.Close()
	j := &journal{}
	busy := service(j, "busy", nil)
	busy.Servers = []app.Server{{Name: "busy http", Log: "listening", HTTP: &http.Server{Addr: taken.Addr().String()}}}
	a := newApp(t, testSpec(t, service(j, "fake", nil), busy, service(j, "never", nil)))
	err = a.Run(context.Background())
	if err == nil || !strings.HasPrefix(err.Error(), "busy http: listen tcp") {
		t.Fatalf("Run = %v, want busy http: listen tcp ...", err)
	}
	if got := j.list(); !slices.Equal(got, []string{"stopped busy", "stopped fake"}) {
		t.Errorf("stopped %v", got)
	}
	select {
	case <-a.Ready():
		t.Error("ready although a server could not listen")
	default:
	}
}

func TestNewReportsTheFailingPart(t *testing.T) {
	spec := testSpec(t)
	spec.Rules = func() ([]*rules.Pack, []*rules.Pack, error) { return nil, nil, errors.New("local.yaml:3: bad") }
	if _, err := app.New(context.Background(), spec); err == nil || err.Error() != "rule packs: local.yaml:3: bad" {
		t.Errorf("New = %v", err)
	}
	spec = testSpec(t)
	spec.OpenStore = func(context.Context) (storage.Store, error) { return nil, errors.New("no disk") }
	if _, err := app.New(context.Background(), spec); err == nil || err.Error() != "open store: no disk" {
		t.Errorf("New = %v", err)
	}
}

// The demo's way: build the process, feed its bot, read its store.
func ExampleNew() {
	ctx := context.Background()
	dir, _ := os.MkdirTemp("", "example-")
	defer os.RemoveAll(dir)
	fake := bottest.NewFakeAdapter("fake")
	a, err := app.New(ctx, app.Spec{
		OpenStore: func(ctx context.Context) (storage.Store, error) {
			return sqlite.Open(ctx, filepath.Join(dir, "example.db"))
		},
		Rules: func() ([]*rules.Pack, []*rules.Pack, error) {
			base, err := rules.BuiltinPacks()
			return base, nil, err
		},
		PseudonymKey: []byte("an example key, 32 bytes or more"),
		Bot: bot.Options{Communities: []bot.Community{{ID: "c", Platform: "fake", ChatID: "chat", Lang: "en",
			ModeratorsChat: "mods", Moderators: []string{"user:mod"}}}},
		Adapters: func(app.Parts) ([]app.Adapter, error) {
			return []app.Adapter{{Platform: "fake", Outbox: fake}}, nil
		},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer a.Close()
	err = a.Bot().Handle(ctx, bot.Event{Kind: bot.KindMessage, Platform: "fake", ChatID: "chat", MessageID: "m1",
		AuthorID: "u1", Text: "all immigrants are parasites", At: time.Now()})
	fmt.Println(err, len(fake.PromptsTo("mods")))
	// Output: <nil> 1
}

// TestStartsDegradedWithoutRedis: with Redis away at start, a process
// with a spool starts anyway, degraded: /healthz says so from the first
// request and incoming messages go to the spool on disk. A Redis that
// refuses the password fails New, since waiting will not help; so does
// one away without a spool, where nothing could keep the messages.
func TestStartsDegradedWithoutRedis(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close() // nothing listens there: Redis is away
	spec := testSpec(t)
	spec.OpenStore = func(context.Context) (storage.Store, error) { return redis.New(redis.Options{Addr: addr}) }
	spec.Health = true
	var healthz http.Handler
	spec.Adapters = func(p app.Parts) ([]app.Adapter, error) { healthz = p.Health; return nil, nil }
	spec.Queue = &app.Queue{Prefix: "t:", Workers: 1, Spool: &spool.Options{Dir: t.TempDir()}}
	a := newApp(t, spec)
	rec := httptest.NewRecorder()
	healthz.ServeHTTP(rec, httptest.NewRequest("GET", "/healthz", nil))
	if body := rec.Body.String(); rec.Code != http.StatusOK || !strings.HasPrefix(body, "degraded") || !strings.Contains(body, "store unreachable") {
		t.Errorf("/healthz = %d %q, want 200 degraded naming the store", rec.Code, body)
	}
	ev := bot.Event{Kind: bot.KindMessage, Platform: "fake", ChatID: "chat", MessageID: "m1", AuthorID: "u1", Text: "hello", At: time.Now()}
	if err := a.Inbox().Handle(context.Background(), ev); err != nil {
		t.Errorf("a message while Redis is away: %v, want it kept in the spool", err)
	}

	// A server that refuses (another password) will not answer later:
	// New fails, spool or not.
	refusing, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer refusing.Close()
	go func() {
		for {
			c, err := refusing.Accept()
			if err != nil {
				return
			}
			go func() {
				defer c.Close()
				buf := make([]byte, 4096)
				for n, err := c.Read(buf); err == nil && n > 0; n, err = c.Read(buf) {
					c.Write([]byte("-WRONGPASS invalid username-password pair or user is disabled.\r\n"))
				}
			}()
		}
	}()
	spec.OpenStore = func(context.Context) (storage.Store, error) {
		return redis.New(redis.Options{Addr: refusing.Addr().String(), Password: "not-this-one"})
	}
	if _, err := app.New(context.Background(), spec); err == nil || !strings.Contains(err.Error(), "WRONGPASS") {
		t.Errorf("New while Redis refuses the password = %v, want open store: ... WRONGPASS ...", err)
	}

	spec.OpenStore = func(context.Context) (storage.Store, error) { return redis.New(redis.Options{Addr: addr}) }
	spec.Queue.Spool = nil
	if _, err := app.New(context.Background(), spec); err == nil || !strings.HasPrefix(err.Error(), "open store: redis: ping: ") {
		t.Errorf("New without a spool while Redis is away = %v, want open store: redis: ping: ...", err)
	}
}
