package app

import (
	"context"
	"io"
	"log/slog"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/trygbot/trygbot/bot"
	"github.com/trygbot/trygbot/storage/sqlite"
)

type fakePoster struct {
	mu    sync.Mutex
	posts map[string][]string
}

func (f *fakePoster) Post(_ context.Context, chat, text string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.posts == nil {
		f.posts = map[string][]string{}
	}
	f.posts[chat] = append(f.posts[chat], text)
	return nil
}

func TestWeeklySummaryPostedOnceAfterMondayMorning(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "w.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	loc, _ := time.LoadLocation("Europe/Copenhagen")
	now := time.Date(2026, 11, 30, 7, 59, 0, 0, loc) // Monday of 2026-W49, before 08:00
	fp := &fakePoster{}
	clock := func() time.Time { return now }
	w := &weeklyPoster{log: slog.New(slog.NewTextHandler(io.Discard, nil)), store: st, loc: loc,
		summaries: SummarySource(st, loc, 3, clock, nil),
		targets:   []weeklyTarget{{"fake", "coord1"}, {"fake", "coord2"}, {"other", "x"}},
		posters:   map[string]bot.Poster{"fake": fp}, now: clock}
	tick := func() {
		t.Helper()
		if err := w.tick(ctx); err != nil {
			t.Fatal(err)
		}
	}
	tick()
	if len(fp.posts) != 0 {
		t.Fatalf("posted before Monday 08:00 (and a week-old summary is past catching up): %v", fp.posts)
	}
	now = now.Add(2 * time.Minute) // 08:01: last week is due now
	tick()
	tick()
	for _, c := range []string{"coord1", "coord2"} {
		if n := len(fp.posts[c]); n != 1 || !strings.Contains(fp.posts[c][0], "2026-W48") {
			t.Errorf("%s got %d posts, want W48 once: %v", c, n, fp.posts[c])
		}
	}
	// Another instance (same store) does not post it again.
	w2 := *w
	fp2 := &fakePoster{}
	w2.posters = map[string]bot.Poster{"fake": fp2}
	if err := w2.tick(ctx); err != nil {
		t.Fatal(err)
	}
	if len(fp2.posts) != 0 {
		t.Errorf("a second instance posted again: %v", fp2.posts)
	}
	// Down until Friday: too late to catch up.
	now = time.Date(2026, 12, 11, 9, 0, 0, 0, loc) // Friday of W50; W49 was due Monday
	if err := w2.tick(ctx); err != nil {
		t.Fatal(err)
	}
	if len(fp2.posts) != 0 {
		t.Errorf("an old summary was posted days late: %v", fp2.posts)
	}
	// Down until Tuesday: caught up.
	now = time.Date(2026, 12, 15, 10, 0, 0, 0, loc) // Tuesday of W51
	if err := w2.tick(ctx); err != nil {
		t.Fatal(err)
	}
	if n := len(fp2.posts["coord1"]); n != 1 || !strings.Contains(fp2.posts["coord1"][0], "2026-W50") {
		t.Errorf("after a Monday outage: %v", fp2.posts)
	}
}
