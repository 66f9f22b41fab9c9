package cli

import (
	"bytes"
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/trygbot/trygbot/app"
	"github.com/trygbot/trygbot/report"
	"github.com/trygbot/trygbot/rules"
	"github.com/trygbot/trygbot/storage"
	"github.com/trygbot/trygbot/storage/sqlite"
)

// TestDemoReportShowsItsWeekAndHistory runs the demo, then the README's
// report command on its database: without --week it shows the demo's week
// and says why, and the summary has five weeks of trend, response times,
// a heat map, spread and a template effect.
func TestDemoReportShowsItsWeekAndHistory(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	demoOutput(t, dir)
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

// TestDemoHistoryIsDeterministic seeds the demo's history into two fresh
// stores and finds the same cases and message counts in both: every demo
// has the same past.
func TestDemoHistoryIsDeterministic(t *testing.T) {
	ctx := context.Background()
	base, err := rules.BuiltinPacks()
	if err != nil {
		t.Fatal(err)
	}
	local, err := rules.ParsePack("norrebro-local.yaml", []byte(demoLocalPack))
	if err != nil {
		t.Fatal(err)
	}
	eng, err := rules.Compile(append(base, local)...)
	if err != nil {
		t.Fatal(err)
	}
	cph, err := time.LoadLocation("Europe/Copenhagen")
	if err != nil {
		t.Fatal(err)
	}
	evening := time.Date(2026, 11, 26, 18, 0, 0, 0, cph) // the demo's
	var digests [2]string
	for i := range digests {
		st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "history.db"))
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		msgs, n, err := seedHistory(ctx, st, eng.Evaluate, evening, cph)
		if err != nil {
			t.Fatal(err)
		}
		if msgs < 10000 || n < 200 {
			t.Fatalf("run %d: %d messages, %d cases; want a real history", i+1, msgs, n)
		}
		digests[i] = historyDigest(t, st)
	}
	if digests[0] != digests[1] {
		t.Errorf("two runs wrote different histories: %s and %s", digests[0], digests[1])
	}
}

// historyDigest is a SHA-256 of every case (in id order) and message
// counter (in key order) in st.
func historyDigest(t *testing.T, st storage.Store) string {
	t.Helper()
	ctx := context.Background()
	cases, err := st.ListCases(ctx, storage.CaseQuery{})
	if err != nil {
		t.Fatal(err)
	}
	slices.SortFunc(cases, func(a, b storage.Case) int { return cmp.Compare(a.ID, b.ID) })
	vol, err := st.Volume(ctx, time.Unix(0, 0), time.Date(9999, 1, 1, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	slices.SortFunc(vol, func(a, b storage.VolumeRow) int {
		return cmp.Or(a.Hour.Compare(b.Hour), cmp.Compare(a.Platform, b.Platform), cmp.Compare(a.Community, b.Community), cmp.Compare(a.Channel, b.Channel))
	})
	h := sha256.New()
	enc := json.NewEncoder(h)
	if err := enc.Encode(cases); err != nil {
		t.Fatal(err)
	}
	if err := enc.Encode(vol); err != nil {
		t.Fatal(err)
	}
	return hex.EncodeToString(h.Sum(nil))
}
