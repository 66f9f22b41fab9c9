package app

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/trygbot/trygbot/bot"
	"github.com/trygbot/trygbot/report"
	"github.com/trygbot/trygbot/storage"
)

// weeklyTarget is a chat that gets the weekly summary.
type weeklyTarget struct {
	platform, chat string
}

// weeklyPoster posts last week's summary to every coordinators' chat, once,
// after Monday 08:00 local time (catching up within three days after
// downtime). Each post
// is recorded in the audit log, so several instances and restarts post it
// once.
type weeklyPoster struct {
	log   *slog.Logger
	store storage.Store
	loc   *time.Location
	// summaries builds the summary, as the dashboard and trygbot report do.
	summaries report.Source
	targets   []weeklyTarget
	posters   map[string]bot.Poster
	now       func() time.Time
}

// postHour is when on Monday the summary goes out; catchUp is how late
// after it a summary is still posted (after downtime), so a bot started
// mid-week does not post an old one.
const (
	postHour = 8
	catchUp  = 72 * time.Hour
)

// dueWeek returns the week to post and since when posts of it count: the
// last Monday 08:00 at or before now, and the week before it.
func (w *weeklyPoster) dueWeek(now time.Time) (report.Week, time.Time) {
	local := now.In(w.loc)
	wd := (int(local.Weekday()) + 6) % 7 // Monday = 0
	monday := time.Date(local.Year(), local.Month(), local.Day()-wd, postHour, 0, 0, 0, w.loc)
	if local.Before(monday) {
		monday = monday.AddDate(0, 0, -7)
	}
	return report.WeekOf(monday.AddDate(0, 0, -1)), monday
}

// tick posts the due summary to every target that has not had it.
func (w *weeklyPoster) tick(ctx context.Context) error {
	now := w.now()
	week, since := w.dueWeek(now)
	if now.Sub(since) > catchUp {
		return nil
	}
	done, err := w.store.ListAudit(ctx, storage.AuditQuery{Since: since.UTC()})
	if err != nil {
		return fmt.Errorf("weekly summary: %w", err)
	}
	posted := map[string]bool{}
	for _, e := range done {
		if e.Action == "weekly_summary" {
			posted[e.Detail] = true
		}
	}
	var text []byte
	for _, t := range w.targets {
		key := week.String() + " " + t.platform + ":" + t.chat
		p, ok := w.posters[t.platform]
		if posted[key] || !ok {
			continue
		}
		if text == nil {
			s, err := w.summaries.Build(ctx, week)
			if err != nil {
				return fmt.Errorf("weekly summary: %w", err)
			}
			var b bytes.Buffer
			if err := s.Markdown(&b); err != nil {
				return fmt.Errorf("weekly summary: %w", err)
			}
			text = b.Bytes()
		}
		if err := p.Post(ctx, t.chat, string(text)); err != nil {
			w.log.Error("weekly summary not posted", "platform", t.platform, "chat_id", t.chat, "err", err)
			continue
		}
		posted[key] = true
		if err := w.store.AddAudit(ctx, storage.AuditEntry{At: now.UTC(), Actor: "bot", Action: "weekly_summary", Detail: key}); err != nil {
			w.log.Error("weekly summary post not recorded", "err", err)
		}
		w.log.Info("weekly summary posted", "week", week.String(), "platform", t.platform, "chat_id", t.chat)
	}
	return nil
}

// run ticks every minute until ctx is done.
func (w *weeklyPoster) run(ctx context.Context) error {
	t := time.NewTicker(time.Minute)
	defer t.Stop()
	for {
		if err := w.tick(ctx); err != nil {
			w.log.Error("weekly summary", "err", err)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}
