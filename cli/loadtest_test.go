package cli

import (
	"context"
	"strings"
	"testing"

	"github.com/trygbot/trygbot/internal/proctest"
	"github.com/trygbot/trygbot/internal/redistest"
)

// TestLoadtestCommand runs `trygbot loadtest` on a small corpus: two
// instances sharing Redis and one, each message posted over HTTP, every
// flagged one exactly one case.
func TestLoadtestCommand(t *testing.T) {
	addr := redistest.Addr(t)
	var out, errOut proctest.SyncBuffer
	err := run(context.Background(), []string{"loadtest", "--compare", "--clients", "8", "--redis", addr, "--redis-db", "15",
		"--terms", "testdata/loadtest/terms.txt", "testdata/loadtest/messages.jsonl"},
		func(string) string { return "" }, strings.NewReader(""), &out, &errOut)
	if err != nil {
		t.Fatalf("loadtest: %v\n%s%s", err, out.String(), errOut.String())
	}
	got := out.String()
	for _, want := range []string{
		"1 instance(s) sharing one Redis, 8 HTTP clients, 300 messages",
		"2 instance(s) sharing one Redis, 8 HTTP clients, 300 messages",
		"per instance: [150 150]",
		"exactly once: 75 flagged, 75 cases: 0 lost, 0 duplicated, 0 unexpected",
		"prompts:      75 in the shared outbox, 0 cases prompted more than once",
		"scale-out: 2 instances handle",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q:\n%s", want, got)
		}
	}
}
