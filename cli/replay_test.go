package cli

import (
	"context"
	"fmt"
	"github.com/trygbot/trygbot/internal/redistest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func replayInput(n int) string {
	var b strings.Builder
	for i := 1; i <= n; i++ {
		text := fmt.Sprintf("ganske almindelig besked %d", i)
		if i%10 == 0 {
			text = "du er en zorblax"
		}
		fmt.Fprintf(&b, `{"id":"m%d","channel":"general","author":"u%d","text":%q}`+"\n", i, i%5, text)
	}
	return b.String()
}

func TestReplaySQLite(t *testing.T) {
	terms := filepath.Join(t.TempDir(), "terms.txt")
	os.WriteFile(terms, []byte("zorblax\n"), 0o644)
	res, err := runReplay(context.Background(), strings.NewReader(replayInput(300)), replayOptions{store: "sqlite", terms: terms, workers: 2})
	if err != nil {
		t.Fatal(err)
	}
	if res.messages != 300 || res.cases != 30 || res.prompts != 30 || res.duplicates != 0 || res.lost != 0 || len(res.lat) != 300 {
		t.Errorf("result = %+v", res)
	}
}

// TestReplayTwoInstancesShareRedis checks that two bot instances consuming
// one Redis Streams queue handle every message exactly once.
func TestReplayTwoInstancesShareRedis(t *testing.T) {
	addr := redistest.Addr(t)
	terms := filepath.Join(t.TempDir(), "terms.txt")
	os.WriteFile(terms, []byte("zorblax\n"), 0o644)
	res, err := runReplay(context.Background(), strings.NewReader(replayInput(500)), replayOptions{
		store: "redis", redisAddr: addr, redisDB: redistest.DB, instances: 2, workers: 2, terms: terms})
	if err != nil {
		t.Fatal(err)
	}
	if res.messages != 500 || res.duplicates != 0 || res.lost != 0 || res.cases != 50 || res.prompts != 50 {
		t.Errorf("result = %+v", res)
	}
	if len(res.handled) != 2 || res.handled[0] == 0 || res.handled[1] == 0 || res.handled[0]+res.handled[1] != 500 {
		t.Errorf("per instance = %v, want both to share 500", res.handled)
	}
}

// TestScanKeepsOrderAcrossBatches scans more lines than one worker batch
// and checks every id comes back in input order.
func TestScanKeepsOrderAcrossBatches(t *testing.T) {
	var in strings.Builder
	for i := 0; i < 3000; i++ {
		if i == 1500 {
			in.WriteString("not json\n")
			continue
		}
		fmt.Fprintf(&in, `{"id":%d,"text":"hello number %d"}`+"\n", i, i)
	}
	var out, errb strings.Builder
	if err := run(context.Background(), []string{"scan"}, func(string) string { return "" }, strings.NewReader(in.String()), &out, &errb); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 3000 {
		t.Fatalf("got %d lines, want 3000", len(lines))
	}
	for i, l := range lines {
		want := fmt.Sprintf(`{"id":%d,`, i)
		if i == 1500 {
			want = `{"line":1501,"error":"invalid JSON`
		}
		if !strings.HasPrefix(l, want) {
			t.Fatalf("line %d = %.60s, want it to start %s", i, l, want)
		}
	}
}
