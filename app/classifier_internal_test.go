package app

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/trygbot/trygbot/classifier"
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
	return ParseConfig(t, yaml)
}

// newClassifierApp builds the process of `trygbot run` from cfg, with
// the classifier's options changed by tune if set, logging to the buffer
// it returns.
func newClassifierApp(t *testing.T, cfg *config.Config, tune func(*classifier.Options)) (*App, *syncBuffer) {
	t.Helper()
	logs := &syncBuffer{}
	logger := slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	spec := FromConfig(logger, cfg, strings.NewReader(""), io.Discard)
	if tune != nil {
		tune(spec.Classifier)
	}
	a, err := New(context.Background(), spec)
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

	a, logs := newClassifierApp(t, classifierConfig(t, ""), nil)
	if a.classifier != nil || strings.Contains(logs.String(), "classifier") {
		t.Errorf("no classifier.url: client %v, logs %q; want none and no word of one", a.classifier, logs)
	}

	cfg := classifierConfig(t, "classifier: {url: "+srv.URL+", model: qwen3guard:0.6b, format: qwen3guard, timeout: 3s, max_in_flight: 2}\n")
	a, logs = newClassifierApp(t, cfg, nil)
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
	_, logs = newClassifierApp(t, cfg, nil)
	if got := logs.String(); !strings.Contains(got, "level=WARN msg=\"classifier.allow_remote is set: message text may be sent off this machine's networks") ||
		!strings.Contains(got, "host=127.0.0.1") {
		t.Errorf("allow_remote: true: logs %q, want a warning at start naming the host", got)
	}
}

// flakyModel is a fake model server that answers 503 while down, and a
// clock for its client's breaker.
type flakyModel struct {
	srv  *classifiertest.Server
	down atomic.Bool
	mu   sync.Mutex
	now  time.Time
}

func newFlakyModel(t *testing.T) *flakyModel {
	m := &flakyModel{now: time.Date(2026, 12, 7, 19, 0, 0, 0, time.UTC)}
	m.srv = classifiertest.New(t, classifiertest.Ollama, func(r classifiertest.Request) classifiertest.Reply {
		if m.down.Load() {
			return classifiertest.Reply{Status: http.StatusServiceUnavailable, Message: "model is loading"}
		}
		return safe(r)
	})
	return m
}

func (m *flakyModel) clock() time.Time {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.now
}

func (m *flakyModel) advance(d time.Duration) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.now = m.now.Add(d)
}

// tune makes the breaker open after two failures, with no retries, and
// run on the fake clock.
func (m *flakyModel) tune(o *classifier.Options) {
	o.Attempts, o.BreakerFailures, o.BreakerCoolDown, o.Now = 1, 2, time.Minute, m.clock
}

// get answers one request to h.
func get(h http.Handler, path string) (int, string) {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
	return rec.Code, rec.Body.String()
}

// TestHealthzShowsClassifier: with a model configured, /healthz adds a
// line on its breaker: "classifier: ok" while it answers, "degraded
// (breaker open since ...)" once it failed repeatedly, and "ok" again
// when a probe after the cool-down is answered. The model being down
// never changes the first line or the status code: the store is fine,
// so /healthz stays 200 ok. Nothing logged holds the message text.
func TestHealthzShowsClassifier(t *testing.T) {
	m := newFlakyModel(t)
	a, logs := newClassifierApp(t, classifierConfig(t, "classifier: {url: "+m.srv.URL+", model: guard}\n"), m.tune)
	ctx := context.Background()
	const text = "a message nobody may log"
	a.health.check(ctx)
	if code, body := get(a.health, "/healthz"); code != http.StatusOK || body != "ok\nclassifier: ok\n" {
		t.Errorf("model up: /healthz = %d %q, want 200 \"ok\\nclassifier: ok\\n\"", code, body)
	}

	m.down.Store(true)
	for i := range 3 { // two failures open the breaker; the third is refused at once
		if _, err := a.classifier.Classify(ctx, fmt.Sprint(text, i), "en"); err == nil {
			t.Fatalf("Classify %d while the model is down: no error", i)
		}
	}
	a.health.check(ctx)
	code, body := get(a.health, "/healthz")
	want := "ok\nclassifier: degraded (breaker open since 2026-12-07T19:00:00Z after 2 failures in a row; " +
		"next probe at 2026-12-07T19:01:00Z; rules verdicts stand alone)\n"
	if code != http.StatusOK || body != want {
		t.Errorf("model down: /healthz = %d %q, want 200 ok with the breaker open since 19:00", code, body)
	}

	m.advance(time.Minute)
	if _, body := get(a.health, "/healthz"); !strings.Contains(body, "classifier: degraded (breaker open since 2026-12-07T19:00:00Z after 2 failures in a row; the next request is a probe)") {
		t.Errorf("after the cool-down: /healthz = %q, want the probe announced", body)
	}
	m.down.Store(false)
	if _, err := a.classifier.Classify(ctx, text, "en"); err != nil {
		t.Fatalf("the probe: %v", err)
	}
	if code, body := get(a.health, "/healthz"); code != http.StatusOK || body != "ok\nclassifier: ok\n" {
		t.Errorf("model back: /healthz = %d %q, want 200 ok, classifier ok", code, body)
	}
	if strings.Contains(logs.String(), text) {
		t.Errorf("the message text was logged: %q", logs)
	}
}

// TestMetricsShowClassifier: with a model configured, /metrics counts
// the questions to it by how they ended, the HTTP requests, and the
// cache, and says whether its breaker is open (trygbot_classifier_*),
// and trygbot_component_up{component="classifier"} is 1 while the
// breaker is closed, 0 while it is open. Without a model there is none
// of these series.
func TestMetricsShowClassifier(t *testing.T) {
	a, _ := newClassifierApp(t, classifierConfig(t, ""), nil)
	a.health.check(context.Background())
	if _, body := get(a.metrics.handler(), "/metrics"); strings.Contains(body, "classifier") {
		t.Errorf("no model configured, yet /metrics speaks of one:\n%s", body)
	}

	m := newFlakyModel(t)
	a, _ = newClassifierApp(t, classifierConfig(t, "classifier: {url: "+m.srv.URL+", model: guard}\n"), m.tune)
	ctx := context.Background()
	for _, text := range []string{"first", "first", "second"} { // the second "first" comes from the cache
		if _, err := a.classifier.Classify(ctx, text, "en"); err != nil {
			t.Fatal(err)
		}
	}
	a.health.check(ctx)
	wantMetrics(t, a, "model up", map[string]float64{
		`trygbot_classifier_requests_total{result="answered"}`:     2,
		`trygbot_classifier_requests_total{result="cached"}`:       1,
		`trygbot_classifier_requests_total{result="breaker_open"}`: 0,
		`trygbot_classifier_requests_total{result="error"}`:        0,
		`trygbot_classifier_http_requests_total`:                   2,
		`trygbot_classifier_cache_entries`:                         2,
		`trygbot_classifier_breaker_open`:                          0,
		`trygbot_component_up{component="classifier"}`:             1,
		`trygbot_component_up{component="store"}`:                  1,
	})

	m.down.Store(true)
	for _, text := range []string{"third", "fourth", "fifth"} { // two failures open the breaker; the third is not asked
		if _, err := a.classifier.Classify(ctx, text, "en"); err == nil {
			t.Fatal("no error while the model is down")
		}
	}
	a.health.check(ctx)
	wantMetrics(t, a, "model down", map[string]float64{
		`trygbot_classifier_requests_total{result="answered"}`:     2,
		`trygbot_classifier_requests_total{result="error"}`:        2,
		`trygbot_classifier_requests_total{result="breaker_open"}`: 1,
		`trygbot_classifier_requests_total{result="timeout"}`:      0,
		`trygbot_classifier_http_requests_total`:                   4,
		`trygbot_classifier_breaker_open`:                          1,
		`trygbot_component_up{component="classifier"}`:             0,
		`trygbot_component_up{component="store"}`:                  1,
	})
}

// wantMetrics scrapes the process's /metrics and compares the series.
func wantMetrics(t *testing.T, a *App, when string, want map[string]float64) {
	t.Helper()
	_, body := get(a.metrics.handler(), "/metrics")
	got := map[string]float64{}
	for line := range strings.Lines(body) {
		name, value, ok := strings.Cut(strings.TrimSpace(line), " ")
		if ok && !strings.HasPrefix(name, "#") {
			var v float64
			if _, err := fmt.Sscan(value, &v); err == nil {
				got[name] = v
			}
		}
	}
	for series, w := range want {
		if v, ok := got[series]; !ok || v != w {
			t.Errorf("%s: %s = %v (present %v), want %v", when, series, v, ok, w)
		}
	}
}
