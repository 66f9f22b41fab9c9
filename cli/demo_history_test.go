package cli

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/trygbot/trygbot/app"
	"github.com/trygbot/trygbot/report"
	"github.com/trygbot/trygbot/storage/sqlite"
)

// TestDemoReportShowsItsWeekAndHistory runs the demo, then the README's
// report command on its database: without --week it shows the demo's week
// and says why, and the summary has five weeks of trend, response times,
// a heat map, spread and a template effect.
func TestDemoReportShowsItsWeekAndHistory(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	var out bytes.Buffer
	if err := run(ctx, []string{"demo", "--dir", dir}, func(string) string { return "" }, strings.NewReader(""), &out, &out); err != nil {
		t.Fatalf("demo: %v\n%s", err, out.String())
	}
	db := filepath.Join(dir, "demo.db")
	var md, stderr bytes.Buffer
	if err := run(ctx, []string{"report", "--db", db}, func(string) string { return "" }, strings.NewReader(""), &md, &stderr); err != nil {
		t.Fatalf("report: %v\n%s", err, stderr.String())
	}
	if !strings.Contains(md.String(), "# Weekly summary 2026-W48") || !strings.Contains(stderr.String(), "week 2026-W48") {
		t.Fatalf("report on the demo's database: not the demo's week 2026-W48 (stderr %q):\n%.300s", stderr.String(), md.String())
	}

	st, err := sqlite.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	tone, err := app.TemplateTones(app.TemplateFiles{})
	if err != nil {
		t.Fatal(err)
	}
	src := app.SummarySource(st, nil, 0, func() time.Time { return time.Date(2026, 12, 7, 12, 0, 0, 0, time.UTC) }, tone)
	sum, err := src.Build(ctx, report.Week{Year: 2026, Week: 48})
	if err != nil {
		t.Fatal(err)
	}
	if len(sum.Trend) != report.TrendWeeks+1 {
		t.Fatalf("trend has %d weeks", len(sum.Trend))
	}
	for _, p := range sum.Trend {
		if p.Messages < 1000 || p.Flags.N == 0 {
			t.Errorf("trend week %s: %d messages, %d flags; want thousands and some", p.Week, p.Messages, p.Flags.N)
		}
	}
	if sum.Claim.Cases.N == 0 || sum.FirstResponse.Median == 0 || len(sum.ByPlatform) < 4 || len(sum.ByCommunity) < 6 {
		t.Errorf("response times %+v, platforms %d, communities %d", sum.Claim, len(sum.ByPlatform), len(sum.ByCommunity))
	}
	spread := false
	for _, n := range sum.Narratives {
		spread = spread || len(n.Communities) >= 3 && len(n.Platforms) >= 2
	}
	if !spread {
		t.Errorf("no narrative spread over 3 communities and 2 platforms: %+v", sum.Narratives)
	}
	// Over the five weeks, question replies are followed by new flags less
	// often than norm-setting ones.
	sent, again := map[string]int{}, map[string]int{}
	for i := range report.TrendWeeks + 1 {
		s, err := src.Build(ctx, sum.Week.Add(-i, time.UTC))
		if err != nil {
			t.Fatal(err)
		}
		for _, u := range s.Tones {
			sent[u.Tone] += u.Sent.N - u.Pending.N
			again[u.Tone] += u.FlaggedAgain.N
		}
	}
	q, n := float64(again["question"])/float64(sent["question"]), float64(again["norm-setting"])/float64(sent["norm-setting"])
	if sent["question"] < 20 || sent["norm-setting"] < 20 || !(q < n) {
		t.Errorf("template effect: question %d/%d, norm-setting %d/%d; want question lower", again["question"], sent["question"], again["norm-setting"], sent["norm-setting"])
	}
}
