package report_test

import (
	"bytes"
	"context"
	"fmt"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/trygbot/trygbot/report"
	"github.com/trygbot/trygbot/rules"
	"github.com/trygbot/trygbot/storage"
)

// trialFixture is a store of 60 slur cases on Discord, one every 6 hours
// from Mon 5 Oct 2026 10:00 UTC, each in its own channel and by its own
// author, plus the later cases that make their outcomes:
//
//	a0-a19  template en.slur.a (empathetic), sent 10 min after the flag
//	b0-b19  template en.slur.b (support), sent 10 min after the flag
//	n0-n9   no reply: expired unclaimed (reference time: the flag)
//	n10-n19 no reply: claimed 20 min after the flag, handled elsewhere
//	        (reference time: the claim)
//
// Repeat flags by the same author (escalated cases, which count):
//
//	a0-a4, b0-b1, n0-n7   2 h after the reference time
//	a7                    3 days after
//	a8                    20 days after
//	n10                   15 min after the flag, before its claim: not after the reference time
//	a5                    1 h after, dismissed as not hate: does not count
//	a6                    1 h after, shadow mode: does not count
//
// Flags by someone else in the same channel 30 min after the reference
// time: a10-a12 and n12-n14. Message deleted 1 h after the reply: a15-a18;
// 3 h after the reference time: n15-n17; a19 deleted 5 min after the flag,
// before its reply, so it leaves the deletion outcome (19 cases for a).
func trialFixture(t *testing.T) storage.Store {
	t.Helper()
	ctx := context.Background()
	st := openStore(t)
	base := time.Date(2026, 10, 5, 10, 0, 0, 0, time.UTC)
	n := 0
	mk := func(c storage.Case) storage.Case {
		n++
		c.Key, c.Platform, c.Community, c.MessageID = fmt.Sprintf("k%d", n), "discord", "c", fmt.Sprintf("m%d", n)
		if c.Category == "" {
			c.Category = rules.CatSlur
		}
		c.Verdict.Flagged = true
		out, _, err := st.CreateCase(ctx, c)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	later := func(author, channel string, at time.Time, state storage.State, outcome string, signals ...string) {
		mk(storage.Case{Author: rules.UserID(author), Channel: channel, CreatedAt: at, State: state, Outcome: outcome, Signals: signals})
	}
	k := 0
	for _, g := range []string{"a", "b", "n"} {
		for i := range 20 {
			author, ch := fmt.Sprintf("%s%d", g, i), fmt.Sprintf("ch-%d", k)
			created := base.Add(time.Duration(k) * 6 * time.Hour)
			k++
			c := storage.Case{Author: rules.UserID(author), Channel: ch, CreatedAt: created, State: storage.StateClosed}
			t0 := created
			switch {
			case g == "a" || g == "b":
				t0 = created.Add(10 * time.Minute)
				c.Outcome, c.Template, c.Tone, c.FirstResponseAt, c.ClaimedAt = storage.OutcomeResponded, "en.slur."+g, map[string]string{"a": "empathetic", "b": "support"}[g], t0, t0
				c.Suggested = []string{"en.slur.a", "en.slur.b", "en.slur.q"}
				c.Offer = storage.Offer{Seed: uint64(k), Tones: []string{"empathetic", "support", "question"}}
			case i < 10:
				c.Outcome = storage.OutcomeExpired
			default:
				t0 = created.Add(20 * time.Minute)
				c.Outcome, c.ClaimedAt = storage.OutcomeHandled, t0
			}
			switch {
			case g == "a" && i >= 15 && i <= 18:
				c.DeletedAt = t0.Add(time.Hour)
			case g == "a" && i == 19:
				c.DeletedAt = created.Add(5 * time.Minute)
			case g == "n" && i >= 15 && i <= 17:
				c.DeletedAt = t0.Add(3 * time.Hour)
			}
			mk(c)
			switch {
			case g == "a" && i < 5, g == "b" && i < 2, g == "n" && i < 8:
				later(author, ch, t0.Add(2*time.Hour), storage.StateEscalated, storage.OutcomeEscalated)
			case g == "a" && i == 7:
				later(author, ch, t0.Add(72*time.Hour), storage.StateEscalated, storage.OutcomeEscalated)
			case g == "a" && i == 8:
				later(author, ch, t0.Add(20*24*time.Hour), storage.StateEscalated, storage.OutcomeEscalated)
			case g == "n" && i == 10:
				later(author, ch, created.Add(15*time.Minute), storage.StateEscalated, storage.OutcomeEscalated)
			case g == "a" && i == 5:
				later(author, ch, t0.Add(time.Hour), storage.StateDismissed, storage.OutcomeDismissed)
			case g == "a" && i == 6:
				later(author, ch, t0.Add(time.Hour), storage.StateOpen, "", "shadow")
			}
			if (g == "a" && i >= 10 && i <= 12) || (g == "n" && i >= 12 && i <= 14) {
				later("bystander-"+author, ch, t0.Add(30*time.Minute), storage.StateEscalated, storage.OutcomeEscalated)
			}
		}
	}
	return st
}

func trialsOf(t *testing.T, st storage.Store) *report.Trials {
	t.Helper()
	tr, err := report.BuildTrials(context.Background(), st, report.TrialOptions{
		From: time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC), Until: time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC),
		Now:      func() time.Time { return time.Date(2026, 12, 10, 12, 0, 0, 0, time.UTC) },
		Settings: report.TrialSettings{Weeks: 5, MinCases: 20}, MinGroup: 3,
	})
	if err != nil {
		t.Fatal(err)
	}
	return tr
}

func arm(t *testing.T, tr *report.Trials, kind, name string) report.TrialArm {
	t.Helper()
	if len(tr.Categories) != 1 || tr.Categories[0].Category != "slur" {
		t.Fatalf("categories %+v, want slur alone", tr.Categories)
	}
	for _, a := range tr.Categories[0].Arms {
		if a.Kind == kind && (name == "" || a.Template == name || (a.Kind == report.ArmTone && a.Tone == name)) {
			return a
		}
	}
	t.Fatalf("no arm %s %s", kind, name)
	return report.TrialArm{}
}

func within(got, want float64) bool { return math.Abs(got-want) < 5e-5 }

func checkInterval(t *testing.T, what string, got report.Interval, est, lo, hi float64) {
	t.Helper()
	if !within(got.Est, est) || !within(got.Lo, lo) || !within(got.Hi, hi) {
		t.Errorf("%s = %.4f (%.4f, %.4f), want %.4f (%.4f, %.4f)", what, got.Est, got.Lo, got.Hi, est, lo, hi)
	}
}

// TestTrialsHandComputed checks the trial table of trialFixture against
// a computation by hand, for the author flagged again within 24 h (cell
// 0): a 5/20, b 2/20, all replies 7/40, no reply 8/20. z = 1.959964,
// z² = 3.841459.
//
// Wilson intervals (centre = (p + z²/2n)/(1 + z²/n), half = z·√(p(1-p)/n
// + z²/4n²)/(1 + z²/n)); for n = 20 the denominator is 1.192073 and
// z²/2n = 0.096036, z²/4n² = 0.002401; for n = 40, 1.096036, 0.048018 and
// 0.000600:
//
//	5/20: centre (0.25 + 0.096036)/1.192073 = 0.290281, half 1.959964·√(0.009375 + 0.002401)/1.192073 = 0.178420: 0.1119 to 0.4687
//	2/20: centre 0.164450, half 1.959964·√(0.004500 + 0.002401)/1.192073 = 0.136584: 0.0279 to 0.3010
//	8/20: centre 0.416113, half 1.959964·√(0.012000 + 0.002401)/1.192073 = 0.197306: 0.2188 to 0.6134
//	7/40: centre (0.175 + 0.048018)/1.096036 = 0.203477, half 1.959964·√(0.003609 + 0.000600)/1.096036 = 0.116023: 0.0875 to 0.3195
//
// Newcombe's hybrid score interval for p1 - p2 (lo = d - √((p1-l1)² +
// (u2-p2)²), hi = d + √((u1-p1)² + (p2-l2)²)):
//
//	a - b = 0.15:          lo = 0.15 - √(0.019082 + 0.040415) = -0.0939, hi = 0.15 + √(0.047830 + 0.005203) = 0.3803
//	a - no reply = -0.15:  lo = -0.15 - √(0.019082 + 0.045547) = -0.4042, hi = -0.15 + √(0.047830 + 0.032831) = 0.1340
//	all - no reply = -0.225: lo = -0.225 - √(0.007664 + 0.045547) = -0.4557, hi = -0.225 + √(0.020880 + 0.032831) = 0.0068
//
// a's difference to the category mean (7/40 = 0.175) is 0.25 - 0.175 =
// 0.075 = (1 - w)·(a - b) with w = 20/40, so its interval is a - b's
// halved: -0.0470 to 0.1901; b's is the mirror, -0.075 (-0.1901 to
// 0.0470). Each tone holds one template, so the tone rows equal the
// template rows.
func TestTrialsHandComputed(t *testing.T) {
	tr := trialsOf(t, trialFixture(t))
	a, b := arm(t, tr, report.ArmTemplate, "en.slur.a"), arm(t, tr, report.ArmTemplate, "en.slur.b")
	all, none := arm(t, tr, report.ArmReplies, ""), arm(t, tr, report.ArmNoReply, "")
	for _, c := range []struct {
		name       string
		arm        report.TrialArm
		cases, evs int
	}{{"a", a, 20, 5}, {"b", b, 20, 2}, {"all", all, 40, 7}, {"none", none, 20, 8}} {
		if got := c.arm.Cells[0]; got.Cases.N != c.cases || got.Events.N != c.evs || got.Pending.N != 0 || !got.Enough {
			t.Errorf("%s: 24 h cell %+v, want %d of %d", c.name, got, c.evs, c.cases)
		}
	}
	checkInterval(t, "a rate", a.Cells[0].Rate, 0.25, 0.1119, 0.4687)
	checkInterval(t, "b rate", b.Cells[0].Rate, 0.10, 0.0279, 0.3010)
	checkInterval(t, "no reply rate", none.Cells[0].Rate, 0.40, 0.2188, 0.6134)
	checkInterval(t, "all replies rate", all.Cells[0].Rate, 0.175, 0.0875, 0.3195)
	checkInterval(t, "a vs category mean", a.Cells[0].VsMean, 0.075, -0.0470, 0.1901)
	checkInterval(t, "b vs category mean", b.Cells[0].VsMean, -0.075, -0.1901, 0.0470)
	checkInterval(t, "a vs no reply", a.Cells[0].VsNoReply, -0.15, -0.4042, 0.1340)
	checkInterval(t, "all vs no reply", all.Cells[0].VsNoReply, -0.225, -0.4557, 0.0068)
	if all.Cells[0].VsMean.OK() || none.Cells[0].VsMean.OK() || none.Cells[0].VsNoReply.OK() {
		t.Error("all replies or no reply compared with itself")
	}
	if tone := arm(t, tr, report.ArmTone, "empathetic"); tone.Cells[0].Rate != a.Cells[0].Rate || tone.Cells[0].VsMean != a.Cells[0].VsMean {
		t.Errorf("tone empathetic %+v, want template a's %+v", tone.Cells[0], a.Cells[0])
	}
	// The other outcomes, counted by hand from the fixture.
	for _, c := range []struct {
		outcome    int
		name       string
		arm        report.TrialArm
		cases, evs int
		enough     bool
	}{
		{1, "a 7 days (a0-a4, a7)", a, 20, 6, true},
		{2, "a 28 days (a0-a4, a7, a8)", a, 20, 7, true},
		{1, "no reply 7 days (n10's flag was before its claim)", none, 20, 8, true},
		{3, "a deleted (a19 deleted before the reply)", a, 19, 4, false},
		{3, "b deleted", b, 20, 0, true},
		{3, "no reply deleted", none, 20, 3, true},
		{4, "a thread (a10-a12)", a, 20, 3, true},
		{4, "all thread", all, 40, 3, true},
		{4, "no reply thread (n12-n14)", none, 20, 3, true},
	} {
		if got := c.arm.Cells[c.outcome]; got.Cases.N != c.cases || got.Events.N != c.evs || got.Enough != c.enough {
			t.Errorf("%s: %d of %d (enough %v), want %d of %d (enough %v)", c.name, got.Events.N, got.Cases.N, got.Enough, c.evs, c.cases, c.enough)
		}
	}
	if d := a.Cells[3]; d.Rate.Est != 4.0/19 || d.VsMean.OK() || d.VsNoReply.OK() {
		t.Errorf("a's deletion cell with 19 cases %+v: a rate, and no comparison below 20 cases", d)
	}
	if len(tr.Position) != 2 || tr.Position[0].N != 20 || tr.Position[1].N != 20 || tr.Randomised.N != 40 || tr.Pinned.N != 0 {
		t.Errorf("position %+v, random %+v, pinned %+v; want 20 first, 20 second, 40 random", tr.Position, tr.Randomised, tr.Pinned)
	}
}

// TestTrialsRendered: the renderings show the hand-computed cells, read
// "< 3" where fewer than 3 authors had the outcome (b's 2 repeat flags,
// with its rate and differences), and "not enough data" below the minimum.
func TestTrialsRendered(t *testing.T) {
	tr := trialsOf(t, trialFixture(t))
	md, csv, html := renderAll(t, tr)
	for _, want := range []string{
		"| slur | en.slur.a | empathetic | 20 | 0 | 5 | 25% (11–47%) | +7.5 pts (-4.7 to +19.0) | -15.0 pts (-40.4 to +13.4) |",
		"| slur | en.slur.b | support | 20 | 0 | < 3 | < 3 | < 3 | < 3 |",
		"| slur | all replies |  | 40 | 0 | 7 | 18% (9–32%) |  | -22.5 pts (-45.6 to +0.7) |",
		"| slur | no reply |  | 20 | 0 | 8 | 40% (22–61%) |  |  |",
		"| slur | en.slur.a | empathetic | 19 | 0 | 4 | not enough data | not enough data | not enough data |",
		"| 1st offered | 20 |",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("Markdown lacks %q:\n%s", want, md)
		}
	}
	for _, want := range []string{
		"trials,repeat_24h,slur,template,en.slur.a,empathetic,20,0,5,0.2500,0.1119,0.4687,0.0750,-0.0470,0.1901,-0.1500,-0.4042,0.1340,\n",
		"trials,repeat_24h,slur,template,en.slur.b,support,20,0,< 3,,,,,,,,,,suppressed: fewer than 3 authors\n",
		"trials,deleted_24h,slur,template,en.slur.a,empathetic,19,0,4,,,,,,,,,,not enough data\n",
	} {
		if !strings.Contains(csv, want) {
			t.Errorf("CSV lacks %q:\n%s", want, csv)
		}
	}
	for _, want := range []string{"<svg", "<h2>Template trials</h2>", "&#43;7.5 pts (-4.7 to &#43;19.0)"} {
		if !strings.Contains(html, want) {
			t.Errorf("HTML lacks %q", want)
		}
	}
	// The charts draw a difference only where it is shown: a in the
	// 24 h, 7 and 28 days and thread charts (its deletions are too few);
	// b only in the thread chart (its 2 repeat flags are suppressed, and
	// a's deletions too few to compare with).
	if n := strings.Count(html, `dy="12">en.slur.a<`); n != 4 {
		t.Errorf("template a drawn in %d charts, want 4", n)
	}
	if n := strings.Count(html, `dy="12">en.slur.b<`); n != 1 {
		t.Errorf("template b drawn in %d charts, want 1", n)
	}
}

// TestTrialsPending: an outcome whose window has not passed is pending,
// not a case without the outcome.
func TestTrialsPending(t *testing.T) {
	st := trialFixture(t)
	tr, err := report.BuildTrials(context.Background(), st, report.TrialOptions{
		From: time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC), Until: time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC),
		// Four days after a's last reply (a19, Sat 10 Oct 04:10): every
		// 24 h window has passed; the 7-day windows of a0-a7 (replied
		// until Wed 7 Oct 04:10) too; no 28-day window.
		Now:      func() time.Time { return time.Date(2026, 10, 14, 4, 10, 0, 0, time.UTC) },
		Settings: report.TrialSettings{MinCases: 20}, MinGroup: 1,
	})
	if err != nil {
		t.Fatal(err)
	}
	a := arm(t, tr, report.ArmTemplate, "en.slur.a")
	if c := a.Cells[0]; c.Cases.N != 20 || c.Pending.N != 0 {
		t.Errorf("24 h: %d cases, %d pending; want 20, 0", c.Cases.N, c.Pending.N)
	}
	if c := a.Cells[1]; c.Cases.N != 8 || c.Pending.N != 12 || c.Events.N != 6 {
		t.Errorf("7 days: %d cases, %d pending, %d events; want a0-a7 decided, with a0-a4's and a7's flags", c.Cases.N, c.Pending.N, c.Events.N)
	}
	if c := a.Cells[2]; c.Cases.N != 0 || c.Pending.N != 20 || c.Events.N != 0 {
		t.Errorf("28 days: %d cases, %d pending, %d events; want all pending", c.Cases.N, c.Pending.N, c.Events.N)
	}
}

// TestSummaryTrialsSection: with trials on, the weekly summary carries
// the trials section, over the configured weeks ending with its week, in
// every rendering; the Source builds the same table alone; with trials
// off there is none.
func TestSummaryTrialsSection(t *testing.T) {
	st := trialFixture(t)
	now := func() time.Time { return time.Date(2026, 12, 10, 12, 0, 0, 0, time.UTC) }
	src := report.Source{Store: st, Options: report.Options{Location: time.UTC, Now: now, MinGroup: 3,
		Trials: report.TrialSettings{Weeks: 5, MinCases: 20}}}
	s, err := src.Build(context.Background(), report.Week{Year: 2026, Week: 43})
	if err != nil {
		t.Fatal(err)
	}
	if s.Trials == nil || !s.Trials.From.Equal(time.Date(2026, 9, 21, 0, 0, 0, 0, time.UTC)) || !s.Trials.Until.Equal(s.Until) {
		t.Fatalf("trials %+v; want Mon 21 Sep (week 39) to the summary's end %v", s.Trials, s.Until)
	}
	alone, err := src.BuildTrials(context.Background(), report.Week{Year: 2026, Week: 43})
	if err != nil {
		t.Fatal(err)
	}
	row := "| slur | en.slur.a | empathetic | 20 | 0 | 5 | 25% (11–47%) | +7.5 pts (-4.7 to +19.0) | -15.0 pts (-40.4 to +13.4) |"
	var md, alonemd, csv, html bytes.Buffer
	s.Markdown(&md)
	alone.Markdown(&alonemd)
	s.CSV(&csv)
	s.HTML(&html)
	for name, got := range map[string]string{"summary": md.String(), "report --trials": alonemd.String()} {
		if !strings.Contains(got, "## Template trials: author flagged again within 24 h") || !strings.Contains(got, row) {
			t.Errorf("%s Markdown lacks the trials section or a's row:\n%s", name, got)
		}
	}
	if !strings.Contains(csv.String(), "trials,repeat_24h,slur,template,en.slur.a,") || !strings.Contains(html.String(), "<h2>Template trials</h2>") {
		t.Error("the summary's CSV or HTML lacks the trials section")
	}
	src.Options.Trials = report.TrialSettings{}
	s, err = src.Build(context.Background(), report.Week{Year: 2026, Week: 43})
	if err != nil {
		t.Fatal(err)
	}
	md.Reset()
	s.Markdown(&md)
	if s.Trials != nil || strings.Contains(md.String(), "Template trials") {
		t.Error("trials off, and the summary has the section")
	}
}
