package bot_test

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/trygbot/trygbot/bot"
	"github.com/trygbot/trygbot/storage/sqlite"
)

// BenchmarkHandleSecondOpinion measures the rules path (Handle) on grey
// messages, each of which is a question for the model, with no model,
// a model that answers at once, one that takes a second per answer, and
// one that is down (every question fails at once). The model is asked
// after Handle has done its work, on workers of its own, so the time per
// message stays that of the rules path whatever the model does.
//
//	go test ./bot -run '^$' -bench HandleSecondOpinion -benchtime 20000x
func BenchmarkHandleSecondOpinion(b *testing.B) {
	models := []struct {
		name  string
		model *fakeModel
	}{
		{"no model", nil},
		{"model answers at once", &fakeModel{answer: func(context.Context, string) (bot.Opinion, error) { return safeOpinion, nil }}},
		{"model slow (1 s)", &fakeModel{answer: func(ctx context.Context, _ string) (bot.Opinion, error) {
			select {
			case <-time.After(time.Second):
			case <-ctx.Done():
			}
			return safeOpinion, nil
		}}},
		{"model down", &fakeModel{answer: func(context.Context, string) (bot.Opinion, error) {
			return bot.Opinion{}, errors.New("classifier: connection refused")
		}}},
	}
	for _, m := range models {
		b.Run(m.name, func(b *testing.B) {
			st, err := sqlite.Open(context.Background(), filepath.Join(b.TempDir(), "bot.db"))
			if err != nil {
				b.Fatal(err)
			}
			defer st.Close()
			f := newOpinionFixture(b, st, bot.ModelCasesPrompt, "en", bot.SecondOpinionOptions{}, nil)
			if m.model != nil {
				f.bot.UseSecondOpinion(m.model, bot.SecondOpinionOptions{})
				ctx, cancel := context.WithCancel(context.Background())
				done := make(chan struct{})
				go func() { defer close(done); _ = f.bot.RunSecondOpinions(ctx) }()
				defer func() { cancel(); <-done }()
			}
			b.ResetTimer()
			for i := range b.N {
				ev := bot.Event{Kind: bot.KindMessage, Platform: "fake", ChatID: "guild1", Channel: "c1",
					MessageID: fmt.Sprint("m", i), AuthorID: "u1", Text: "the zorbs are coming over on saturday"}
				if err := f.bot.Handle(f.ctx, ev); err != nil {
					b.Fatal(err)
				}
			}
			b.StopTimer()
			s := f.bot.SecondOpinionStats()
			b.ReportMetric(float64(s.Asked), "asked")
			b.ReportMetric(float64(s.Dropped), "dropped")
		})
	}
}
