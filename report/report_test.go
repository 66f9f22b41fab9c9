package report_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/trygbot/trygbot/report"
	"github.com/trygbot/trygbot/rules"
	"github.com/trygbot/trygbot/storage"
	"github.com/trygbot/trygbot/storage/sqlite"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

var cph = mustLocation("Europe/Copenhagen")

func mustLocation(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		panic(err)
	}
	return loc
}

// at is a time in week 2026-W47 (Monday 16 November) in Copenhagen.
func at(day, hour, minute int) time.Time {
	return time.Date(2026, time.November, 16+day, hour, minute, 0, 0, cph)
}

// fixtureCase describes one case of the fixture week.
type fixtureCase struct {
	cat             rules.Category
	rule            string
	platform, comm  string
	author          string
	created         time.Time
	claim, respond  time.Duration // 0: never
	state           storage.State
	outcome         string
	owner           string
	template        string
	followUp        time.Time
	again, reported bool
	text, matched   string
}

const (
	narrativeA = "Those people are vermin, send them all back where they came from"
	narrativeB = "Th0se pe0ple are v3rmin, send them all back where they came fr0m!!"
	narrativeC = "Those people are v e r m i n — send them all back where they came from!"
	unrelated  = "your club's defence is garbage and the manager should be sacked tonight"
)

var fixtureCases = []fixtureCase{
	{cat: rules.CatSlur, rule: "en.slur.x", platform: "discord", comm: "alpha", author: "u1", created: at(0, 10, 5), claim: 2 * time.Minute, respond: 4 * time.Minute,
		state: storage.StateClosed, outcome: storage.OutcomeResponded, owner: "discord:111", template: "en.slur.norm", followUp: at(1, 10, 5), text: narrativeA, matched: "vermin"},
	{cat: rules.CatSlur, rule: "en.slur.x", platform: "discord", comm: "alpha", author: "u2", created: at(0, 10, 20), claim: 4 * time.Minute, respond: 10 * time.Minute,
		state: storage.StateClosed, outcome: storage.OutcomeResponded, owner: "discord:111", template: "en.slur.norm", followUp: at(1, 10, 20), again: true, text: narrativeB, matched: "v3rmin"},
	{cat: rules.CatSlur, rule: "en.slur.x", platform: "telegram", comm: "beta", author: "u3", created: at(1, 20, 10), claim: 6 * time.Minute, respond: 20 * time.Minute,
		state: storage.StateClosed, outcome: storage.OutcomeResponded, owner: "telegram:222", template: "en.slur.empathetic", followUp: at(14, 0, 0), text: narrativeC, matched: "v e r m i n"},
	{cat: rules.CatDehumanisation, rule: "en.dehum.rats", platform: "telegram", comm: "beta", author: "u4", created: at(1, 20, 30), claim: 8 * time.Minute,
		state: storage.StateClosed, outcome: storage.OutcomeDismissed, owner: "telegram:222", text: unrelated, matched: "garbage"},
	{cat: rules.CatDehumanisation, rule: "en.dehum.rats", platform: "discord", comm: "alpha", author: "u5", created: at(2, 14, 10), claim: 10 * time.Minute,
		state: storage.StateClosed, outcome: storage.OutcomeDismissed, owner: "discord:111", text: "rats everywhere in this thread tonight"},
	{cat: rules.CatDehumanisation, rule: "en.dehum.rats", platform: "discord", comm: "alpha", author: "u6", created: at(2, 14, 20), claim: 30 * time.Minute, respond: 40 * time.Minute,
		state: storage.StateClosed, outcome: storage.OutcomeEscalated, owner: "discord:111", text: "they are rats and should be treated like rats"},
	{cat: rules.CatThreat, rule: "en.threat.shot", platform: "discord", comm: "alpha", author: "u1", created: at(2, 14, 40), state: storage.StateOpen,
		text: "someone should shoot the referee"},
	{cat: rules.CatHarassment, platform: "discord", comm: "alpha", author: "u2", created: at(0, 10, 50), state: storage.StateClosed, outcome: storage.OutcomeExpired,
		reported: true, text: "you again, nobody wants you here"},
}

// openStore is a new SQLite store in a temporary directory, closed when
// the test ends.
func openStore(t *testing.T) *sqlite.Store {
	t.Helper()
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "report.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// renderer is what a Summary and Trials render.
type renderer interface {
	Markdown(io.Writer) error
	CSV(io.Writer) error
	HTML(io.Writer) error
}

// renderAll renders r as Markdown, CSV and HTML.
func renderAll(t *testing.T, r renderer) (md, csvText, html string) {
	t.Helper()
	var a, b, c bytes.Buffer
	if err := r.Markdown(&a); err != nil {
		t.Fatal(err)
	}
	if err := r.CSV(&b); err != nil {
		t.Fatal(err)
	}
	if err := r.HTML(&c); err != nil {
		t.Fatal(err)
	}
	return a.String(), b.String(), c.String()
}

// fixtureStore writes the fixture week 2026-W47 and the four weeks before
// it to a SQLite store in a temporary directory.
func fixtureStore(t *testing.T) storage.Store {
	t.Helper()
	ctx := context.Background()
	st := openStore(t)
	vol := func(platform, comm string, t0 time.Time, messages, flagged int64) {
		k := storage.VolumeKey{Platform: platform, Community: comm, Channel: "c1", Hour: t0.UTC().Truncate(time.Hour)}
		if err := st.AddVolume(ctx, k, messages, flagged); err != nil {
			t.Fatal(err)
		}
	}
	vol("discord", "alpha", at(0, 10, 0), 4000, 3)
	vol("telegram", "beta", at(1, 20, 0), 2000, 2)
	vol("discord", "alpha", at(2, 14, 0), 2000, 3)
	for w := 1; w <= 4; w++ {
		vol("discord", "alpha", at(2-7*w, 12, 0), 10000, 0)
	}
	// Week 2026-W46: five flags by five authors.
	for i := range 5 {
		c := storage.Case{Platform: "discord", Community: "alpha", Channel: "c1", Author: rules.UserID("p" + string(rune('1'+i))),
			Category: rules.CatSlur, Rules: []string{"en.slur.x"}, State: storage.StateClosed, Outcome: storage.OutcomeResponded,
			CreatedAt: at(-5, 12, i), Verdict: rules.Verdict{Flagged: true}}
		if _, _, err := st.CreateCase(ctx, c); err != nil {
			t.Fatal(err)
		}
	}
	for i, f := range fixtureCases {
		c := storage.Case{
			Key: "k" + string(rune('a'+i)), Platform: f.platform, Community: f.comm, Channel: "c1", MessageID: "m",
			Author: rules.UserID(f.author), Lang: "en", Text: f.text, Category: f.cat,
			UserReported: f.reported, State: f.state, Outcome: f.outcome, Owner: f.owner, OwnerName: "Volunteer " + f.owner,
			CreatedAt: f.created, Template: f.template, FollowUpUntil: f.followUp, FlaggedAgain: f.again,
			Verdict: rules.Verdict{Flagged: !f.reported, Category: f.cat},
		}
		if f.rule != "" {
			c.Rules = []string{f.rule}
		}
		if f.claim > 0 {
			c.ClaimedAt = f.created.Add(f.claim)
		}
		if f.respond > 0 {
			c.FirstResponseAt = f.created.Add(f.respond)
		}
		if f.matched != "" {
			i := strings.Index(f.text, f.matched)
			c.Verdict.Matches = []rules.Match{{Rule: f.rule, Category: f.cat, Start: i, End: i + len(f.matched), Text: f.matched}}
		}
		if _, _, err := st.CreateCase(ctx, c); err != nil {
			t.Fatal(err)
		}
	}
	return st
}

func buildFixture(t *testing.T, minGroup int) *report.Summary {
	t.Helper()
	tones := map[string]string{"en.slur.norm": "norm-setting", "en.slur.empathetic": "empathetic"}
	s, err := report.Build(context.Background(), fixtureStore(t), report.Options{
		Week:     report.Week{Year: 2026, Week: 47},
		Location: cph,
		MinGroup: minGroup,
		Now:      func() time.Time { return at(7, 9, 0) },
		Tone:     func(id string) string { return tones[id] },
	})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestBuildRates(t *testing.T) {
	s := buildFixture(t, 3)
	if s.Partial || !s.From.Equal(at(0, 0, 0)) || !s.Until.Equal(at(7, 0, 0)) {
		t.Errorf("period %s .. %s partial %v, want the whole of W47", s.From, s.Until, s.Partial)
	}
	if s.Total.Messages != 8000 || s.Total.Flags != (report.Count{N: 7, Authors: 6}) || !near(s.Total.Per1000, 0.875) {
		t.Errorf("total = %+v, want 8000 messages, 7 flags by 6 authors, 0.875 per 1,000", s.Total)
	}
	row := func(rows []report.Row, key string) report.Row {
		for _, r := range rows {
			if r.Key == key {
				return r
			}
		}
		t.Fatalf("no row %q in %+v", key, rows)
		return report.Row{}
	}
	for _, tc := range []struct {
		name     string
		rows     []report.Row
		key      string
		messages int64
		flags    int
		per1000  float64
	}{
		{"slur", s.ByCategory, "slur", 8000, 3, 0.375},
		{"dehumanisation", s.ByCategory, "dehumanisation", 8000, 3, 0.375},
		{"threat", s.ByCategory, "threat", 8000, 1, 0.125},
		{"alpha", s.ByCommunity, "alpha", 6000, 5, 5.0 / 6},
		{"beta", s.ByCommunity, "beta", 2000, 2, 1},
		{"discord", s.ByPlatform, "discord", 6000, 5, 5.0 / 6},
		{"telegram", s.ByPlatform, "telegram", 2000, 2, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := row(tc.rows, tc.key)
			if r.Messages != tc.messages || r.Flags.N != tc.flags || !near(r.Per1000, tc.per1000) {
				t.Errorf("%s = %+v, want %d messages, %d flags, %.4f per 1,000", tc.key, r, tc.messages, tc.flags, tc.per1000)
			}
		})
	}
	if slices.ContainsFunc(s.ByCategory, func(r report.Row) bool { return r.Key == "harassment" }) {
		t.Error("a member's report the rules did not flag counts as a flag")
	}
	if c := s.Hours[2][14]; c.Messages != 2000 || c.Flags.N != 3 || !near(c.Per1000, 1.5) {
		t.Errorf("Wednesday 14:00 = %+v, want 2000 messages, 3 flags, 1.5 per 1,000", c)
	}
	if c := s.Hours[0][10]; c.Messages != 4000 || c.Flags.N != 2 {
		t.Errorf("Monday 10:00 = %+v, want 4000 messages, 2 flags", c)
	}
	if len(s.Trend) != 5 || s.Trend[0].Week.String() != "2026-W43" || s.Trend[4].Week.String() != "2026-W47" {
		t.Fatalf("trend weeks = %+v", s.Trend)
	}
	if p := s.Trend[3]; p.Messages != 10000 || p.Flags.N != 5 || !near(p.Per1000, 0.5) {
		t.Errorf("W46 = %+v, want 10000 messages, 5 flags", p)
	}
	// Earlier weeks: 5 flags in 40,000 messages = 0.125 per 1,000.
	if !near(s.Change, 600) {
		t.Errorf("change = %v%%, want +600%%", s.Change)
	}
	if s.UserReports.N != 1 {
		t.Errorf("user reports = %+v, want 1", s.UserReports)
	}
}

func TestBuildTimesAndOutcomes(t *testing.T) {
	s := buildFixture(t, 3)
	// Claims after 2, 4, 6, 8, 10, 30 minutes; nearest-rank quantiles.
	if s.Claim.Cases.N != 6 || s.Claim.Median != 6*time.Minute || s.Claim.P90 != 30*time.Minute {
		t.Errorf("time to claim = %+v, want 6 cases, median 6m, p90 30m", s.Claim)
	}
	// First responses after 4, 10, 20, 40 minutes.
	if s.FirstResponse.Cases.N != 4 || s.FirstResponse.Median != 10*time.Minute || s.FirstResponse.P90 != 40*time.Minute {
		t.Errorf("time to first response = %+v, want 4 cases, median 10m, p90 40m", s.FirstResponse)
	}
	if got := s.FirstResponse.Histogram; got[0].N != 1 || got[1].N != 1 || got[2].N != 1 || got[3].N != 1 {
		t.Errorf("response histogram = %+v, want one case in each of the first four buckets", got)
	}
	if s.NeverClaimed.N != 2 {
		t.Errorf("never claimed = %+v, want 2", s.NeverClaimed)
	}
	want := map[string]int{"responded": 3, "not_hate": 2, "escalated": 1, "deleted": 0, "expired": 1, "open": 1}
	for _, o := range s.Outcomes {
		if o.Cases.N != want[o.Outcome] {
			t.Errorf("outcome %s = %d, want %d", o.Outcome, o.Cases.N, want[o.Outcome])
		}
	}
	if len(s.Outcomes) != len(want) {
		t.Errorf("outcomes = %+v", s.Outcomes)
	}
}

func TestBuildRulesTemplatesVolunteers(t *testing.T) {
	s := buildFixture(t, 3)
	fp := map[string]report.RuleFP{}
	for _, r := range s.RuleFP {
		fp[r.Rule] = r
	}
	if r := fp["en.dehum.rats"]; r.Flagged.N != 3 || r.Dismissed.N != 2 || !near(r.Rate, 2.0/3) {
		t.Errorf("en.dehum.rats = %+v, want 2 of 3 dismissed", r)
	}
	if r := fp["en.slur.x"]; r.Flagged.N != 3 || r.Dismissed.N != 0 || r.Rate != 0 {
		t.Errorf("en.slur.x = %+v, want 0 of 3 dismissed", r)
	}
	if s.RuleFP[0].Rule != "en.dehum.rats" {
		t.Errorf("the rule most in need of tuning comes first; got %+v", s.RuleFP)
	}

	tpl := map[string]report.TemplateUse{}
	for _, u := range s.Templates {
		tpl[u.Template] = u
	}
	if u := tpl["en.slur.norm"]; u.Tone != "norm-setting" || u.Sent.N != 2 || u.FlaggedAgain.N != 1 || u.Pending.N != 0 || !near(u.Share, 0.5) {
		t.Errorf("en.slur.norm = %+v, want norm-setting, 2 sent, 1 flagged again, share 0.5", u)
	}
	if u := tpl["en.slur.empathetic"]; u.Tone != "empathetic" || u.Sent.N != 1 || u.Pending.N != 1 || !math.IsNaN(u.Share) {
		t.Errorf("en.slur.empathetic = %+v, want 1 sent, window still open, no share yet", u)
	}
	if len(s.Tones) != 2 || s.Tones[0].Tone != "norm-setting" || s.Tones[0].Sent.N != 2 {
		t.Errorf("tones = %+v", s.Tones)
	}

	want := []report.Load{
		{Moderator: "moderator A", Cases: report.Count{N: 4, Authors: 4}, Responded: report.Count{N: 2, Authors: 2}},
		{Moderator: "moderator B", Cases: report.Count{N: 2, Authors: 2}, Responded: report.Count{N: 1, Authors: 1}},
	}
	if !slices.Equal(s.Volunteers, want) {
		t.Errorf("volunteers = %+v, want %+v", s.Volunteers, want)
	}
}

func TestSpread(t *testing.T) {
	s := buildFixture(t, 3)
	if len(s.Narratives) != 1 {
		t.Fatalf("narratives = %+v, want one: the three variants of one text", s.Narratives)
	}
	n := s.Narratives[0]
	if n.Cases.N != 3 || !slices.Equal(n.Communities, []string{"alpha", "beta"}) || !slices.Equal(n.Platforms, []string{"discord", "telegram"}) {
		t.Errorf("narrative = %+v, want 3 cases in alpha and beta on discord and telegram", n)
	}
	wantPath := []report.Step{
		{At: at(0, 10, 5).UTC(), Platform: "discord", Community: "alpha"},
		{At: at(1, 20, 10).UTC(), Platform: "telegram", Community: "beta"},
	}
	if len(n.Path) != 2 || !n.Path[0].At.Equal(wantPath[0].At) || n.Path[1].Community != "beta" || !n.Path[1].At.Equal(wantPath[1].At) || n.First != n.Path[0] {
		t.Errorf("path = %+v, want %+v", n.Path, wantPath)
	}
	if n.Text != "Those people are v•••••, send them all back where they came from" {
		t.Errorf("narrative text = %q, want the first text masked", n.Text)
	}
}

func TestMask(t *testing.T) {
	for _, tc := range []struct {
		name string
		c    storage.Case
		want string
	}{
		{"span", storage.Case{Text: "you are a rat ok", Verdict: rules.Verdict{Matches: []rules.Match{{Start: 10, End: 13}}}}, "you are a r•• ok"},
		{"two words", storage.Case{Text: "go back home", Verdict: rules.Verdict{Matches: []rules.Match{{Start: 0, End: 7}}}}, "g• b••• home"},
		{"bad span ignored", storage.Case{Text: "hello", Verdict: rules.Verdict{Matches: []rules.Match{{Start: 3, End: 99}}}}, "hello"},
		{"purged", storage.Case{Text: "", Purged: true}, "•••"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := report.Mask(tc.c); got != tc.want {
				t.Errorf("Mask = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestSmallCellsSuppressed(t *testing.T) {
	shown, hidden := buildFixture(t, 1), buildFixture(t, 3)
	smd, scsv, _ := renderAll(t, shown)
	hmd, hcsv, hhtml := renderAll(t, hidden)
	for _, tc := range []struct {
		name, out, want, notWant string
	}{
		// Two cases by two authors were never claimed.
		{"md never claimed shown", smd, "| never claimed | 2 |", ""},
		{"md never claimed hidden", hmd, "| never claimed | < 3 |", "| never claimed | 2 |"},
		{"csv never claimed shown", scsv, "response_time,never claimed,2,,", ""},
		{"csv never claimed hidden", hcsv, "response_time,never claimed,< 3,,", "never claimed,2,"},
		{"html never claimed hidden", hhtml, "<td>never claimed</td><td>&lt; 3</td>", "<td>never claimed</td><td>2</td>"},
		// beta: 2 flags by 2 authors; its rate would give the count away.
		{"md community hidden", hmd, "| beta | 2000 | < 3 | < 3 |", "| beta | 2000 | 2 |"},
		{"md community shown", smd, "| beta | 2000 | 2 | 1.0 |", ""},
		{"csv volunteer hidden", hcsv, "volunteer_load,moderator B,< 3,< 3", "moderator B,2"},
		{"csv user reports hidden", hcsv, "user_reports,reported by members,< 3", "reported by members,1"},
		{"md template share hidden", hmd, "| en.slur.norm | norm-setting | < 3 | 0 | < 3 | < 3 |", "50%"},
		{"md visible count", hmd, "| dehumanisation | 8000 | 3 | 0.4 |", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if !strings.Contains(tc.out, tc.want) {
				t.Errorf("output lacks %q:\n%s", tc.want, tc.out)
			}
			if tc.notWant != "" && strings.Contains(tc.out, tc.notWant) {
				t.Errorf("output shows the true number: %q", tc.notWant)
			}
		})
	}
}

func TestRenderingsKeepPersonalDataOut(t *testing.T) {
	s := buildFixture(t, 3)
	var all bytes.Buffer
	for _, r := range []func(*bytes.Buffer) error{
		func(b *bytes.Buffer) error { return s.Markdown(b) },
		func(b *bytes.Buffer) error { return s.CSV(b) },
		func(b *bytes.Buffer) error { return s.HTML(b) },
	} {
		if err := r(&all); err != nil {
			t.Fatal(err)
		}
	}
	for _, leak := range []string{"discord:111", "telegram:222", "Volunteer discord", "vermin", "v3rmin", "u1", "u2"} {
		if strings.Contains(all.String(), leak) {
			t.Errorf("renderings contain %q", leak)
		}
	}
}

func TestHTML(t *testing.T) {
	s := buildFixture(t, 3)
	var b bytes.Buffer
	if err := s.HTML(&b); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if n := strings.Count(out, "<svg"); n != 4 {
		t.Errorf("%d charts, want 4 (categories, trend, heat map, histogram)", n)
	}
	if n := strings.Count(out, "</rect>"); n != 7*24 {
		t.Errorf("heat map has %d cells, want 7x24", n)
	}
	for _, bad := range []string{"<script", "http://", "https://", "src=", "<link"} {
		if strings.Contains(out, bad) {
			t.Errorf("HTML contains %q: it must be self-contained and script-free", bad)
		}
	}
	if !strings.Contains(out, `name="viewport"`) {
		t.Error("HTML lacks a viewport for phones")
	}
}

func TestGolden(t *testing.T) {
	s := buildFixture(t, 3)
	for _, tc := range []struct {
		file   string
		render func(*bytes.Buffer) error
	}{
		{"summary.md", func(b *bytes.Buffer) error { return s.Markdown(b) }},
		{"summary.csv", func(b *bytes.Buffer) error { return s.CSV(b) }},
	} {
		t.Run(tc.file, func(t *testing.T) {
			var b bytes.Buffer
			if err := tc.render(&b); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("testdata", tc.file)
			if *update {
				if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./report -update)", err)
			}
			if !bytes.Equal(b.Bytes(), want) {
				t.Errorf("%s differs from the golden file (go test ./report -update to accept):\n%s", tc.file, b.String())
			}
		})
	}
}

func TestParseWeek(t *testing.T) {
	for _, tc := range []struct {
		in      string
		want    report.Week
		monday  time.Time
		wantErr bool
	}{
		{in: "2026-W47", want: report.Week{Year: 2026, Week: 47}, monday: time.Date(2026, 11, 16, 0, 0, 0, 0, cph)},
		{in: "2026W01", want: report.Week{Year: 2026, Week: 1}, monday: time.Date(2025, 12, 29, 0, 0, 0, 0, cph)},
		{in: "2026-W53", want: report.Week{Year: 2026, Week: 53}, monday: time.Date(2026, 12, 28, 0, 0, 0, 0, cph)},
		{in: "2025-W53", wantErr: true},
		{in: "2026-W00", wantErr: true},
		{in: "last week", wantErr: true},
	} {
		t.Run(tc.in, func(t *testing.T) {
			w, err := report.ParseWeek(tc.in)
			if tc.wantErr {
				if err == nil {
					t.Errorf("ParseWeek(%q) = %v, want an error", tc.in, w)
				}
				return
			}
			if err != nil || w != tc.want || !w.Start(cph).Equal(tc.monday) {
				t.Errorf("ParseWeek(%q) = %v (Monday %s), %v; want %v (Monday %s)", tc.in, w, w.Start(cph), err, tc.want, tc.monday)
			}
		})
	}
}

func TestThisWeekSoFar(t *testing.T) {
	st := fixtureStore(t)
	now := at(2, 15, 0) // Wednesday afternoon
	s, err := report.Build(context.Background(), st, report.Options{Location: cph, Now: func() time.Time { return now }})
	if err != nil {
		t.Fatal(err)
	}
	if s.Week.String() != "2026-W47" || !s.Partial || !s.Until.After(now) || s.Until.After(now.Add(time.Millisecond)) || s.Total.Messages != 8000 {
		t.Errorf("this week so far = %s partial %v until %s, %d messages", s.Week, s.Partial, s.Until, s.Total.Messages)
	}
	// A case created at this very instant (a demo's clock stands still)
	// belongs to the week so far.
	flags := s.Total.Flags.N
	c := storage.Case{Platform: "discord", Community: "alpha", Channel: "c1", Author: "pnow", Category: rules.CatSlur,
		State: storage.StateOpen, CreatedAt: now, Verdict: rules.Verdict{Flagged: true}}
	if _, _, err := st.CreateCase(context.Background(), c); err != nil {
		t.Fatal(err)
	}
	if s, err = report.Build(context.Background(), st, report.Options{Location: cph, Now: func() time.Time { return now }}); err != nil {
		t.Fatal(err)
	}
	if s.Total.Flags.N != flags+1 {
		t.Errorf("a case created now: %d flags, want %d", s.Total.Flags.N, flags+1)
	}
	if _, err := report.Build(context.Background(), st, report.Options{Week: report.Week{Year: 2026, Week: 48}, Location: cph, Now: func() time.Time { return now }}); err == nil {
		t.Error("a week that has not started: no error")
	}
}

// TestHeatMapScale: the heat map's legend says what its lightest and
// darkest cells mean: 0, and the week's highest hour shown (a hidden
// hour's rate is not the top of the scale, or the legend would give it
// away); and it keys the grey cells.
func TestHeatMapScale(t *testing.T) {
	nan := math.NaN()
	empty := func() *report.Summary {
		s := &report.Summary{Week: report.Week{Year: 2026, Week: 47}, From: at(0, 0, 0), Until: at(7, 0, 0), Location: "Europe/Copenhagen",
			MinGroup: 3, Change: nan, Trend: []report.TrendPoint{{Week: report.Week{Year: 2026, Week: 47}, Per1000: nan}}}
		for d := range 7 {
			for h := range 24 {
				s.Hours[d][h].Per1000 = nan
			}
		}
		return s
	}
	for _, tc := range []struct {
		name  string
		hours map[[2]int]report.HourCell // by day, hour
		// darkest and lightest are the hours whose fill ends and starts
		// the scale; legend is its text.
		darkest, lightest [2]int
		swatches          int
		legend            string
	}{
		{name: "flags", hours: map[[2]int]report.HourCell{
			{0, 0}:  {Messages: 100, Per1000: 0},
			{1, 20}: {Messages: 1000, Flags: report.Count{N: 5, Authors: 5}, Per1000: 5},
			{3, 12}: {Messages: 1000, Flags: report.Count{N: 8, Authors: 8}, Per1000: 8},
			{4, 3}:  {Messages: 100, Flags: report.Count{N: 2, Authors: 2}, Per1000: 20}, // hidden: 2 authors
		}, darkest: [2]int{3, 12}, lightest: [2]int{0, 0}, swatches: 5, legend: "8.0 flags per 1,000 messages (the week's highest hour)"},
		{name: "no flags", hours: map[[2]int]report.HourCell{
			{0, 0}: {Messages: 100, Per1000: 0},
		}, darkest: [2]int{0, 0}, lightest: [2]int{0, 0}, swatches: 1, legend: "flags per 1,000 messages in every hour"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := empty()
			for k, c := range tc.hours {
				s.Hours[k[0]][k[1]] = c
			}
			var b bytes.Buffer
			if err := s.HTML(&b); err != nil {
				t.Fatal(err)
			}
			out := b.String()
			fill := func(dh [2]int) string {
				t.Helper()
				m := regexp.MustCompile(`fill="([^"]+)"><title>` + report.Days[dh[0]] + fmt.Sprintf(" %02d:00", dh[1])).FindStringSubmatch(out)
				if m == nil {
					t.Fatalf("no heat map cell %v", dh)
				}
				return m[1]
			}
			var scale []string
			for _, m := range regexp.MustCompile(`<rect x="\d+" y="212" width="22" height="14" fill="([^"]+)"/>`).FindAllStringSubmatch(out, -1) {
				scale = append(scale, m[1])
			}
			if len(scale) != tc.swatches {
				t.Fatalf("scale has %d swatches, want %d:\n%s", len(scale), tc.swatches, out)
			}
			if scale[0] != fill(tc.lightest) || scale[len(scale)-1] != fill(tc.darkest) {
				t.Errorf("scale runs %s..%s; the hour at 0 is %s, the highest %s", scale[0], scale[len(scale)-1], fill(tc.lightest), fill(tc.darkest))
			}
			for _, want := range []string{`text-anchor="end">0</text>`, tc.legend, "no messages", "fewer than 3 authors (“&lt; 3”)"} {
				if !strings.Contains(out, want) {
					t.Errorf("heat map legend lacks %q", want)
				}
			}
			if strings.Contains(out, "20.0 flags") {
				t.Error("the scale tops out at a hidden hour's rate")
			}
			if got := fill([2]int{6, 23}); !strings.Contains(out, `fill="`+got+`" stroke="#bbb"/><text x="68" y="248">no messages`) {
				t.Errorf("an hour without messages (%s) is not keyed as such", got)
			}
			if h, ok := tc.hours[[2]int{4, 3}]; ok && h.Flags.N > 0 {
				if got := fill([2]int{4, 3}); !strings.Contains(out, `fill="`+got+`"/><text x="212" y="248">fewer than`) {
					t.Errorf("a hidden hour (%s) is not keyed as such", got)
				}
			}
		})
	}
}

// TestMarkdownEscapesUserText: a flagged message in the weekly Markdown
// (posted to Discord) cannot become a masked link, a mention, a spoiler,
// code or bold text, nor break the table: every character that formats
// it is escaped.
func TestMarkdownEscapesUserText(t *testing.T) {
	s := buildFixture(t, 1)
	if len(s.Narratives) == 0 {
		t.Fatal("the fixture has no narrative")
	}
	s.Narratives[0].Text = "see [the rules](https://evil.example/x) **now** <@123> ||hidden|| `code` ~~old~~ _it_ # title\nnext line"
	var b bytes.Buffer
	if err := s.Markdown(&b); err != nil {
		t.Fatal(err)
	}
	want := `| 1 | see \[the rules\]\(https://evil.example/x\) \*\*now\*\* \<@123\> \|\|hidden\|\| ` + "\\`code\\`" + ` \~\~old\~\~ \_it\_ \# title next line |`
	if !strings.Contains(b.String(), want) {
		t.Errorf("Markdown lacks the escaped text\n%s\nin\n%s", want, b.String())
	}
	for _, raw := range []string{"[the rules](", "**now**", "<@123>", "||hidden||", "`code`", "~~old~~", " _it_ "} {
		if strings.Contains(b.String(), raw) {
			t.Errorf("Markdown shows %q unescaped", raw)
		}
	}
}

// TestCSVFormulaInjection: no CSV cell starts with = + - @, a tab or a
// carriage return, so a spreadsheet does not run a message as a formula;
// such cells start with an apostrophe instead.
func TestCSVFormulaInjection(t *testing.T) {
	s := buildFixture(t, 1)
	texts := []string{`=HYPERLINK("https://evil.example","x")`, "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(1+1)", "\t=1+1", "\r=1+1"}
	if len(s.Narratives) == 0 {
		t.Fatal("the fixture has no narrative")
	}
	for i, text := range texts {
		n := s.Narratives[0]
		n.ID, n.Text = i+1, text
		s.Narratives = append(s.Narratives, n)
	}
	s.ByCommunity[0].Key = "=community"
	var b bytes.Buffer
	if err := s.CSV(&b); err != nil {
		t.Fatal(err)
	}
	r := csv.NewReader(&b)
	r.FieldsPerRecord = -1 // one table per section
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatalf("CSV does not read back: %v", err)
	}
	found := map[string]bool{}
	for _, row := range rows {
		for _, cell := range row {
			if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
				t.Errorf("cell %q starts with a formula character", cell)
			}
			found[cell] = true
		}
	}
	for _, text := range append(texts, "=community") {
		if !found["'"+text] {
			t.Errorf("CSV lacks the cell %q", "'"+text)
		}
	}
}

// TestBuildCommunities: a summary limited to some communities (a
// dashboard login's) counts only their messages and cases.
func TestBuildCommunities(t *testing.T) {
	s, err := report.Build(context.Background(), fixtureStore(t), report.Options{
		Week: report.Week{Year: 2026, Week: 47}, Location: cph, MinGroup: 1,
		Now: func() time.Time { return at(7, 9, 0) }, Communities: []string{"beta"},
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(s.ByCommunity) != 1 || s.ByCommunity[0].Key != "beta" {
		t.Errorf("by community %+v, want beta only", s.ByCommunity)
	}
	if s.Total.Messages != 2000 || s.Total.Flags.N != 2 {
		t.Errorf("total %d messages, %d flags; want beta's 2000 and 2", s.Total.Messages, s.Total.Flags.N)
	}
	for _, p := range s.ByPlatform {
		if p.Key != "telegram" {
			t.Errorf("platform %s of another community", p.Key)
		}
	}
}
