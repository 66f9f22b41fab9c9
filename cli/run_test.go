package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/trygbot/trygbot/internal/proctest"
)

// TestRunEndToEnd runs `trygbot run` with an ingest community on a
// temporary SQLite file, posts messages, reloads a bad and a good rule
// pack, and stops it.
func TestRunEndToEnd(t *testing.T) {
	dir := t.TempDir()
	addr := proctest.FreeAddr(t)
	pack := filepath.Join(dir, "local.yaml")
	writePack := func(body string) {
		t.Helper()
		if err := os.WriteFile(pack, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	writePack("pack: local\nrules:\n  - {id: local.zorb, category: slur, rationale: test, terms: [zorblax]}\n")
	cfgPath := filepath.Join(dir, "trygbot.yaml")
	cfg := fmt.Sprintf(`
store: {driver: sqlite, sqlite: {path: run.db}}
privacy: {pseudonym_key: "${TRYGBOT_PSEUDONYM_KEY}"}
rules: {packs: [local.yaml], watch: true}
ingest: {listen: "%s", token: "${TRYGBOT_INGEST_TOKEN}"}
log: {level: debug}
communities:
  - id: forum
    platform: ingest
    chat_id: forum1
    language: en
    moderators_chat: mods
    moderators: ["user:mod1"]
`, addr)
	if err := os.WriteFile(cfgPath, []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	env := map[string]string{"TRYGBOT_PSEUDONYM_KEY": strings.Repeat("k", 40), "TRYGBOT_INGEST_TOKEN": "tok-123456-0123456789abcdef0123456789"}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var logs proctest.SyncBuffer
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"run", "--config", cfgPath}, func(k string) string { return env[k] }, strings.NewReader(""), &logs, &logs)
	}()
	post := func(id, text string) int {
		req, _ := http.NewRequest("POST", "http://"+addr+"/v1/messages",
			strings.NewReader(fmt.Sprintf(`{"chat_id":"forum1","id":%q,"author_id":"u1","text":%q}`, id, text)))
		req.Header.Set("Authorization", "Bearer tok-123456-0123456789abcdef0123456789")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			return 0
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	prompts := func() int {
		req, _ := http.NewRequest("GET", "http://"+addr+"/v1/outbox?after=0", nil)
		req.Header.Set("Authorization", "Bearer tok-123456-0123456789abcdef0123456789")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var box struct{ Items []struct{ Kind string } }
		json.NewDecoder(resp.Body).Decode(&box)
		n := 0
		for _, it := range box.Items {
			if it.Kind == "prompt" {
				n++
			}
		}
		return n
	}
	// Start-up compiles every pack; under -race on a busy two-core
	// machine that alone has taken ten seconds.
	deadline := time.Now().Add(45 * time.Second)
	for post("warmup", "hello") != http.StatusAccepted {
		if time.Now().After(deadline) {
			t.Fatalf("ingest API never came up; logs:\n%s", logs.String())
		}
		time.Sleep(50 * time.Millisecond)
	}
	post("m1", "you zorblax")
	if n := prompts(); n != 1 {
		t.Fatalf("prompts = %d after a flagged message, want 1", n)
	}
	// A broken pack is refused and the old rules keep working.
	writePack("pack: local\nrules:\n  - {id: local.zorb, category: slur, rationale: test, regex: '(unclosed'}\n")
	waitFor(t, &logs, "rule packs not reloaded")
	if !strings.Contains(logs.String(), "local.yaml:") {
		t.Errorf("the refusal does not name the file and line:\n%s", logs.String())
	}
	post("m2", "zorblax again")
	if n := prompts(); n != 2 {
		t.Fatalf("prompts = %d, want 2: the old rules should still run", n)
	}
	// A good change takes effect.
	writePack("pack: local\nrules:\n  - {id: local.other, category: slur, rationale: test, terms: [quibnok]}\n")
	waitFor(t, &logs, "rule packs reloaded")
	post("m3", "zorblax once more")
	post("m4", "a quibnok")
	if n := prompts(); n != 3 {
		t.Fatalf("prompts = %d, want 3 after the reload", n)
	}
	if strings.Contains(logs.String(), "tok-123456-0123456789abcdef0123456789") || strings.Contains(logs.String(), strings.Repeat("k", 40)) {
		t.Error("a secret appears in the logs")
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("run returned %v", err)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("run did not stop within 15 s of the signal")
	}
	if !strings.Contains(logs.String(), "trygbot stopped") {
		t.Error("no clean stop in the logs")
	}
}

func waitFor(t *testing.T, logs *proctest.SyncBuffer, s string) {
	t.Helper()
	deadline := time.Now().Add(45 * time.Second)
	for !strings.Contains(logs.String(), s) {
		if time.Now().After(deadline) {
			t.Fatalf("waited for %q; logs:\n%s", s, logs.String())
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func TestRunRefusesBadConfig(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "bad.yaml")
	os.WriteFile(p, []byte("store: {driver: mongo}\ncommunities: []\n"), 0o644)
	var out bytes.Buffer
	err := run(context.Background(), []string{"run", "--config", p}, func(string) string { return "" }, strings.NewReader(""), &out, &out)
	if err == nil || !strings.Contains(out.String(), "bad.yaml:1") {
		t.Fatalf("err = %v, output:\n%s", err, out.String())
	}
}
