package replay_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/trygbot/trygbot/adapters/replay"
	"github.com/trygbot/trygbot/bot"
	"github.com/trygbot/trygbot/rules"
	"github.com/trygbot/trygbot/storage"
	"github.com/trygbot/trygbot/storage/sqlite"
)

func TestReplayFeedsEveryLine(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "r.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	p, _ := rules.ParsePack("t.yaml", []byte("pack: t\nrules:\n  - {id: t.zorb, category: slur, rationale: test, terms: [zorblax]}\n"))
	eng, _ := rules.Compile(p)
	b, err := bot.New(slog.New(slog.NewTextHandler(io.Discard, nil)), st, eng, nil,
		bot.NewPseudonymizer([]byte("0123456789abcdef0123456789abcdef")), bot.Options{
			Communities: []bot.Community{{ID: "r", Platform: replay.Platform, ChatID: "replay", Lang: "da", ModeratorsChat: "mods"}},
		})
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for i := 1; i <= 200; i++ {
		text := fmt.Sprintf("besked nummer %d", i)
		if i%50 == 0 {
			text = "du er en zorblax"
		}
		lines = append(lines, fmt.Sprintf(`{"id":"m%d","platform":"discord","channel":"general","author":"u%d","text":%q}`, i, i%7, text))
	}
	lines = append(lines, "not json", `{"id":"m201","channel":"general","author":"u1","text":"zorblax igen","ts":"2026-11-23T10:00:00Z"}`)
	a := replay.New(strings.NewReader(strings.Join(lines, "\n")), replay.Options{Workers: 4})
	b.AddOutbox(replay.Platform, a)
	if err := a.Run(ctx, b); err != nil {
		t.Fatal(err)
	}
	s := a.Stats()
	if s.Messages != 201 || s.BadLines != 1 || s.Prompts != 5 || len(s.Latencies) != 201 {
		t.Errorf("stats = %d messages, %d bad, %d prompts, %d latencies", s.Messages, s.BadLines, s.Prompts, len(s.Latencies))
	}
	if s.Percentile(99) <= 0 || s.Percentile(50) > s.Percentile(99) {
		t.Errorf("percentiles p50 %v p99 %v", s.Percentile(50), s.Percentile(99))
	}
	cs, _ := st.ListCases(ctx, storage.CaseQuery{})
	if len(cs) != 5 {
		t.Errorf("cases = %d, want 5", len(cs))
	}
	if err := b.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	vol, _ := st.Volume(ctx, time.Time{}, time.Now().Add(time.Hour))
	var n int64
	for _, v := range vol {
		n += v.Messages
	}
	if n != 201 {
		t.Errorf("volume = %d, want 201", n)
	}
}
