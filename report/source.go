package report

import (
	"context"
	"fmt"
	"time"

	"github.com/trygbot/trygbot/storage"
)

// Source is where summaries come from: one store and the options every
// summary of it shares (time zone, smallest group, clock, template tones).
// The CLI report, the dashboard and the Monday post all build their
// summaries through a Source, so they count the same cases the same way.
type Source struct {
	Store storage.Store
	// Options are every summary's; their Week is ignored.
	Options Options
}

// Build computes the summary of week (this week so far when zero).
func (src Source) Build(ctx context.Context, week Week) (*Summary, error) {
	opt := src.Options
	opt.Week = week
	return Build(ctx, src.Store, opt)
}

// Default is the week a report shows when none is asked for, and why.
type Default struct {
	Week Week
	// Now is the clock to build it with: the source's, or the end of the
	// store's data when that lies ahead of it (a demo dated later).
	Now func() time.Time
	// Reason says in a few words why this week ("this week so far").
	Reason string
}

// DefaultWeek picks the week to show when none is asked for: this week so
// far if it has any messages or cases; otherwise the latest week with data
// (such as a demo's database, dated in the demo's week); this week when
// the store is empty.
func (src Source) DefaultWeek(ctx context.Context) (Default, error) {
	opt := src.Options.withDefaults()
	now := opt.Now().In(opt.Location)
	this := WeekOf(now)
	from := this.Start(opt.Location)
	d := Default{Week: this, Now: opt.Now, Reason: "this week so far"}
	vol, err := src.Store.Volume(ctx, from.UTC(), from.AddDate(0, 0, 7).UTC())
	if err != nil {
		return d, fmt.Errorf("report: volume: %w", err)
	}
	cases, err := src.Store.ListCases(ctx, storage.CaseQuery{Since: from.UTC(), Until: from.AddDate(0, 0, 7).UTC(), Limit: 1})
	if err != nil {
		return d, fmt.Errorf("report: cases: %w", err)
	}
	if len(vol) > 0 || len(cases) > 0 {
		return d, nil
	}
	last, err := src.lastData(ctx)
	if err != nil || last.IsZero() {
		d.Reason = "this week so far; the store has no data"
		return d, err
	}
	last = last.In(opt.Location)
	d.Week = WeekOf(last)
	d.Reason = fmt.Sprintf("the latest week with data (this week, %s, has none)", this)
	if last.After(now) {
		d.Now = func() time.Time { return last }
		d.Reason = fmt.Sprintf("the week of the store's latest data, %s (the store's clock is ahead of this one)", last.Format("Mon 2 Jan 2006 15:04"))
	}
	return d, nil
}

// lastData returns when the store's latest case was created or its latest
// counted hour ended; zero when it has neither.
func (src Source) lastData(ctx context.Context) (time.Time, error) {
	var last time.Time
	cases, err := src.Store.ListCases(ctx, storage.CaseQuery{})
	if err != nil {
		return last, fmt.Errorf("report: cases: %w", err)
	}
	for _, c := range cases {
		if c.CreatedAt.After(last) {
			last = c.CreatedAt
		}
	}
	vol, err := src.Store.Volume(ctx, time.Unix(0, 0), time.Date(9999, 1, 1, 0, 0, 0, 0, time.UTC))
	if err != nil {
		return last, fmt.Errorf("report: volume: %w", err)
	}
	for _, v := range vol {
		// A counted hour is data up to its end; the case times are exact.
		if end := v.Hour.Add(time.Hour); end.After(last) {
			last = end
		}
	}
	return last, nil
}
