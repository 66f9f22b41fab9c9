package app

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/trygbot/trygbot/classifier/classifiertest"
	"github.com/trygbot/trygbot/config"
)

// syncBuffer is a log sink safe for the process's goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// classifierConfig is a configuration on a temporary SQLite file with one
// console community and the classifier block given ("" leaves it out).
func classifierConfig(t *testing.T, block string) *config.Config {
	t.Helper()
	yaml := fmt.Sprintf(`
store: {driver: sqlite, sqlite: {path: %q}}
privacy: {pseudonym_key: "${KEY}"}
communities:
  - {id: c, platform: console, chat_id: general, language: en, moderators_chat: mods, moderators: ["user:m"]}
%s`, filepath.Join(t.TempDir(), "t.db"), block)
	cfg, err := config.Parse("t.yaml", []byte(yaml), func(k string) string {
		if k == "KEY" {
			return strings.Repeat("k", 40)
		}
		return ""
	})
	if err != nil {
		t.Fatal(err)
	}
	return cfg
}

// newClassifierApp builds the process of `trygbot run` from cfg, logging
// to the buffer it returns.
func newClassifierApp(t *testing.T, cfg *config.Config) (*App, *syncBuffer) {
	t.Helper()
	logs := &syncBuffer{}
	logger := slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	a, err := New(context.Background(), FromConfig(logger, cfg, strings.NewReader(""), io.Discard))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { a.Close() })
	return a, logs
}

// safe answers every request "Safety: Safe", as Qwen3Guard does.
func safe(classifiertest.Request) classifiertest.Reply {
	return classifiertest.Reply{Content: "Safety: Safe\nCategories: None"}
}

// TestClassifierBuiltFromConfig: with classifier.url set, the process
// builds the model's client from the validated block and logs once, at
// start, which model, format and host it uses, without contacting the
// server; allow_remote: true adds a warning that message text may leave
// the machine's networks. Without a URL there is no client and no word of
// one.
func TestClassifierBuiltFromConfig(t *testing.T) {
	srv := classifiertest.New(t, classifiertest.Ollama, safe)

	a, logs := newClassifierApp(t, classifierConfig(t, ""))
	if a.classifier != nil || strings.Contains(logs.String(), "classifier") {
		t.Errorf("no classifier.url: client %v, logs %q; want none and no word of one", a.classifier, logs)
	}

	cfg := classifierConfig(t, "classifier: {url: "+srv.URL+", model: qwen3guard:0.6b, format: qwen3guard, timeout: 3s, max_in_flight: 2}\n")
	a, logs = newClassifierApp(t, cfg)
	if a.classifier == nil {
		t.Fatal("classifier.url is set but the process has no client")
	}
	if a.classifier.Model() != "qwen3guard:0.6b" || a.classifier.Format() != "qwen3guard" {
		t.Errorf("client for %s/%s, want qwen3guard:0.6b/qwen3guard", a.classifier.Model(), a.classifier.Format())
	}
	got := logs.String()
	if n := strings.Count(got, "classifier configured"); n != 1 ||
		!strings.Contains(got, "model=qwen3guard:0.6b format=qwen3guard host=127.0.0.1 scope=loopback") {
		t.Errorf("start logs %q, want one line naming model, format and host", got)
	}
	if strings.Contains(got, "level=WARN") {
		t.Errorf("a warning without allow_remote: %q", got)
	}
	if n := len(srv.Requests()); n != 0 {
		t.Errorf("the server was asked %d times at start, want none", n)
	}

	cfg = classifierConfig(t, "classifier: {url: "+srv.URL+", model: m, allow_remote: true}\n")
	_, logs = newClassifierApp(t, cfg)
	if got := logs.String(); !strings.Contains(got, "level=WARN msg=\"classifier.allow_remote is set: message text may be sent off this machine's networks") ||
		!strings.Contains(got, "host=127.0.0.1") {
		t.Errorf("allow_remote: true: logs %q, want a warning at start naming the host", got)
	}
}
