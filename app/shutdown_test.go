package app_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/trygbot/trygbot/app"
	"github.com/trygbot/trygbot/config"
	"github.com/trygbot/trygbot/internal/proctest"
)

// TestShutdownEndsLongPolls: a reader waiting on GET /v1/outbox?wait=30
// gets an empty answer at once when the process stops, and the stop takes
// well under the shutdown bound, without the "work in flight" error.
func TestShutdownEndsLongPolls(t *testing.T) {
	addr := proctest.FreeAddr(t)
	token := strings.Repeat("t", 40)
	yaml := fmt.Sprintf(`
store: {driver: sqlite, sqlite: {path: %q}}
privacy: {pseudonym_key: "${KEY}"}
ingest: {listen: %q, token: "${TOKEN}"}
communities:
  - {id: forum, platform: ingest, chat_id: forum1, language: en, moderators_chat: mods, moderators: ["user:m"]}
`, filepath.Join(t.TempDir(), "t.db"), addr)
	env := map[string]string{"KEY": strings.Repeat("k", 40), "TOKEN": token}
	cfg, err := config.Parse("t.yaml", []byte(yaml), func(k string) string { return env[k] })
	if err != nil {
		t.Fatal(err)
	}
	var logs proctest.SyncBuffer
	spec := app.FromConfig(slog.New(slog.NewTextHandler(&logs, nil)), cfg, strings.NewReader(""), io.Discard)
	spec.Weekly = nil // its post would be an item
	a := newApp(t, spec)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- a.Run(ctx) }()
	<-a.Ready()

	type answer struct {
		code int
		body string
		err  error
	}
	polled := make(chan answer, 1)
	go func() {
		req, _ := http.NewRequest("GET", "http://"+addr+"/v1/outbox?after=0&wait=30", nil)
		req.Header.Set("Authorization", "Bearer "+token)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			polled <- answer{err: err}
			return
		}
		defer resp.Body.Close()
		b, err := io.ReadAll(resp.Body)
		polled <- answer{resp.StatusCode, string(b), err}
	}()
	time.Sleep(300 * time.Millisecond) // the reader is waiting
	stopped := time.Now()
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("Run: %v", err)
		}
	case <-time.After(app.ShutdownBound + 5*time.Second):
		t.Fatal("Run did not return")
	}
	took := time.Since(stopped)
	got := <-polled
	var polledOutbox struct {
		Items []json.RawMessage `json:"items"`
	}
	if got.err != nil || got.code != http.StatusOK || json.Unmarshal([]byte(got.body), &polledOutbox) != nil || polledOutbox.Items == nil || len(polledOutbox.Items) != 0 {
		t.Errorf("the waiting reader got %d %q %v, want 200 with no items", got.code, got.body, got.err)
	}
	if took > 2*time.Second {
		t.Errorf("stopping took %s with a long-poll waiting, want it at once", took)
	}
	if strings.Contains(logs.String(), "shutdown bound reached") {
		t.Errorf("a waiting long-poll was logged as work in flight:\n%s", logs.String())
	}
	t.Logf("stopped in %s with a 30 s long-poll waiting", took.Round(time.Millisecond))
}
