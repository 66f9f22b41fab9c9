package cli

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/trygbot/trygbot/internal/proctest"
)

// TestRunIngestClients runs `trygbot run` with two ingest communities and
// an ingest client bound to one of them (no ingest.token): its token posts
// to its community and is refused (403) for the other; a token nobody
// configured gets 401.
func TestRunIngestClients(t *testing.T) {
	dir := t.TempDir()
	addr := proctest.FreeAddr(t)
	cfgPath := filepath.Join(dir, "trygbot.yaml")
	cfg := fmt.Sprintf(`
store: {driver: sqlite, sqlite: {path: run.db}}
privacy: {pseudonym_key: "${TRYGBOT_PSEUDONYM_KEY}"}
ingest:
  listen: "%s"
  clients:
    - {name: forum-sync, token: "${FORUM_TOKEN}", communities: [forum]}
    - {name: board-sync, token: "${BOARD_TOKEN}", communities: [board]}
communities:
  - {id: forum, platform: ingest, chat_id: forum1, language: en, moderators_chat: forum-mods, moderators: ["user:mod1"]}
  - {id: board, platform: ingest, chat_id: board1, language: en, moderators_chat: board-mods, moderators: ["user:mod1"]}
`, addr)
	if err := os.WriteFile(cfgPath, []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	env := map[string]string{"TRYGBOT_PSEUDONYM_KEY": strings.Repeat("k", 40),
		"FORUM_TOKEN": "forum-token-0123456789abcdef0123456789", "BOARD_TOKEN": "board-token-0123456789abcdef0123456789"}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var logs proctest.SyncBuffer
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"run", "--config", cfgPath}, func(k string) string { return env[k] }, strings.NewReader(""), &logs, &logs)
	}()
	post := func(token, chat, id string) int {
		req, _ := http.NewRequest("POST", "http://"+addr+"/v1/messages",
			strings.NewReader(fmt.Sprintf(`{"chat_id":%q,"id":%q,"author_id":"u1","text":"hello"}`, chat, id)))
		req.Header.Set("Authorization", "Bearer "+token)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			return 0
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	deadline := time.Now().Add(10 * time.Second)
	for post(env["FORUM_TOKEN"], "forum1", "warmup") != http.StatusAccepted {
		if time.Now().After(deadline) {
			t.Fatalf("ingest API never came up; logs:\n%s", logs.String())
		}
		time.Sleep(50 * time.Millisecond)
	}
	for _, tc := range []struct {
		token, chat string
		want        int
	}{
		{env["FORUM_TOKEN"], "forum1", http.StatusAccepted},
		{env["FORUM_TOKEN"], "board1", http.StatusForbidden},
		{env["BOARD_TOKEN"], "board1", http.StatusAccepted},
		{env["BOARD_TOKEN"], "forum1", http.StatusForbidden},
		{"someone-else-0123456789abcdef0123456789", "forum1", http.StatusUnauthorized},
	} {
		if got := post(tc.token, tc.chat, "m-"+tc.chat); got != tc.want {
			t.Errorf("post to %s with %.6s…: %d, want %d", tc.chat, tc.token, got, tc.want)
		}
	}
	if strings.Contains(logs.String(), env["FORUM_TOKEN"]) {
		t.Error("a client's token appears in the logs")
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
}
