package report_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/trygbot/trygbot/report"
)

func TestDefaultWeek(t *testing.T) {
	st := fixtureStore(t)
	for _, tc := range []struct {
		name   string
		now    time.Time
		want   string
		reason string
		ahead  bool
	}{
		{"this week has data", at(2, 15, 0), "2026-W47", "this week so far", false},
		{"this week is empty", at(23, 9, 0), "2026-W47", "latest week with data", false},
		{"the data lies ahead", at(-30, 9, 0), "2026-W47", "ahead", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := report.Source{Store: st, Options: report.Options{Location: cph, Now: func() time.Time { return tc.now }}}
			d, err := src.DefaultWeek(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			if d.Week.String() != tc.want || !strings.Contains(d.Reason, tc.reason) || d.Now().After(tc.now) != tc.ahead {
				t.Errorf("DefaultWeek = %s (%q, now %s), want %s (%q)", d.Week, d.Reason, d.Now(), tc.want, tc.reason)
			}
			src.Options.Now = d.Now
			s, err := src.Build(context.Background(), d.Week)
			if err != nil {
				t.Fatal(err)
			}
			if s.Total.Flags.N == 0 {
				t.Errorf("the default week %s shows no flags", s.Week)
			}
		})
	}
}
