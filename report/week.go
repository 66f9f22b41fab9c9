package report

import (
	"fmt"
	"time"
)

// Week is an ISO 8601 week: 2026-W47. The zero Week means "this week so
// far".
type Week struct {
	Year, Week int
}

// ParseWeek parses "2026-W47" (also "2026W47" and "2026-w47").
func ParseWeek(s string) (Week, error) {
	var w Week
	var sep string
	if n, err := fmt.Sscanf(s, "%4d-%1s%d", &w.Year, &sep, &w.Week); err != nil || n != 3 || (sep != "W" && sep != "w") {
		if n, err := fmt.Sscanf(s, "%4dW%d", &w.Year, &w.Week); err != nil || n != 2 {
			return Week{}, fmt.Errorf("report: week %q: want YEAR-Www, e.g. 2026-W47", s)
		}
	}
	if w.Week < 1 || w.Week > 53 || w.Year < 1970 || w.Year > 9999 {
		return Week{}, fmt.Errorf("report: week %q out of range", s)
	}
	if w.Week == 53 {
		if y, wk := w.Start(time.UTC).AddDate(0, 0, 3).ISOWeek(); y != w.Year || wk != 53 {
			return Week{}, fmt.Errorf("report: %d has no week 53", w.Year)
		}
	}
	return w, nil
}

// WeekOf returns the ISO week t falls in, in t's location.
func WeekOf(t time.Time) Week {
	y, w := t.ISOWeek()
	return Week{y, w}
}

// IsZero reports whether w is the zero Week.
func (w Week) IsZero() bool { return w == Week{} }

func (w Week) String() string { return fmt.Sprintf("%04d-W%02d", w.Year, w.Week) }

// Start returns Monday 00:00 of the week in loc.
func (w Week) Start(loc *time.Location) time.Time {
	jan4 := time.Date(w.Year, time.January, 4, 0, 0, 0, 0, loc)
	back := (int(jan4.Weekday()) + 6) % 7 // days since Monday
	return jan4.AddDate(0, 0, -back+7*(w.Week-1))
}

// Add returns the week n weeks later (earlier when n < 0).
func (w Week) Add(n int, loc *time.Location) Week {
	return WeekOf(w.Start(loc).AddDate(0, 0, 7*n+3))
}
