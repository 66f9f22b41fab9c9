package report_test

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/trygbot/trygbot/report"
	"github.com/trygbot/trygbot/rules"
	"github.com/trygbot/trygbot/storage"
)

// dutyCase is one case of the duty fixture: in community alpha (whose
// roster routes) or beta (no roster).
type dutyCase struct {
	comm, author string
	created      time.Time
	claim        time.Duration // 0: never claimed
	owner        string
	uncovered    bool
	mentioned    bool
	onDuty       bool
}

// dutyCases, by hand: alpha's flags fall in 5 hours (Mon 10, Mon 22, Tue
// 09, Wed 03, Wed 04) by 8 authors; nobody was on duty for 5 of them in 3
// hours (Mon 10 by a1, a2; Wed 03 and 04 by a8, a7, a6): Monday's 1 hour
// describes 2 authors (hidden at 3), Wednesday's 2 hours 3. Claims on
// duty: 2, 4 and 10 minutes by 3 authors (median 4m, p90 10m); off duty:
// 30, 60 and 50 minutes by 3 authors (median 50m, p90 1h00m). Beta's
// claim, 1 minute, is in neither: beta has no roster.
var dutyCases = []dutyCase{
	{comm: "alpha", author: "a1", created: at(0, 10, 5), claim: 30 * time.Minute, owner: "222", uncovered: true},
	{comm: "alpha", author: "a2", created: at(0, 10, 40), uncovered: true},
	{comm: "alpha", author: "a3", created: at(0, 22, 0), claim: 2 * time.Minute, owner: "111", mentioned: true, onDuty: true},
	{comm: "alpha", author: "a4", created: at(1, 9, 0), claim: 4 * time.Minute, owner: "111", mentioned: true, onDuty: true},
	{comm: "alpha", author: "a5", created: at(1, 9, 30), claim: 10 * time.Minute, owner: "111", mentioned: true, onDuty: true},
	{comm: "alpha", author: "a8", created: at(2, 3, 15), claim: 60 * time.Minute, owner: "222", uncovered: true},
	{comm: "alpha", author: "a7", created: at(2, 3, 50), claim: 50 * time.Minute, owner: "222", uncovered: true},
	{comm: "alpha", author: "a6", created: at(2, 4, 5), uncovered: true},
	{comm: "beta", author: "b1", created: at(0, 12, 0), claim: time.Minute, owner: "333"},
}

// dutyExposure, by hand: 111 saw 3 cases on 2 days (Mon 3, Tue 2+2:
// weight 7, heaviest day 4; unmasked 1, claimed 3, handled 1); 222 saw 3
// cases on Wednesday (weight 13, 2 opened on the dashboard, 1 claimed)
// and reached the cap; 444, who owns no case, opened 1 (weight 2); 333 in
// beta claimed 1 (weight 1). Of 23: 57%, 30%, 9%, 4%. A row of the
// Sunday before is not this week's.
var dutyExposure = []storage.ExposureEvent{
	{Community: "alpha", UserID: "111", Day: "2026-11-16", Case: 3, Kind: storage.ExposureClaimed, Weight: 3},
	{Community: "alpha", UserID: "111", Day: "2026-11-16", Case: 3, Kind: storage.ExposureHandled, Weight: 3},
	{Community: "alpha", UserID: "111", Day: "2026-11-17", Case: 4, Kind: storage.ExposureClaimed, Weight: 2},
	{Community: "alpha", UserID: "111", Day: "2026-11-17", Case: 5, Kind: storage.ExposureClaimed, Weight: 2},
	{Community: "alpha", UserID: "111", Day: "2026-11-17", Case: 5, Kind: storage.ExposureUnmasked, Weight: 2},
	{Community: "alpha", UserID: "222", Day: "2026-11-18", Case: 6, Kind: storage.ExposureOpened, Weight: 5},
	{Community: "alpha", UserID: "222", Day: "2026-11-18", Case: 7, Kind: storage.ExposureOpened, Weight: 5},
	{Community: "alpha", UserID: "222", Day: "2026-11-18", Case: 8, Kind: storage.ExposureClaimed, Weight: 3},
	{Community: "alpha", UserID: "444", Day: "2026-11-17", Case: 4, Kind: storage.ExposureOpened, Weight: 2},
	{Community: "beta", UserID: "333", Day: "2026-11-16", Case: 9, Kind: storage.ExposureClaimed, Weight: 1},
	{Community: "alpha", UserID: "111", Day: "2026-11-15", Case: 1, Kind: storage.ExposureClaimed, Weight: 5},
}

func dutyStore(t *testing.T) storage.Store {
	t.Helper()
	ctx := context.Background()
	st := openStore(t)
	for i, f := range dutyCases {
		c := storage.Case{Key: "d" + string(rune('a'+i)), Platform: "discord", Community: f.comm, Channel: "c1", Author: rules.UserID(f.author),
			Category: rules.CatSlur, Severity: rules.SevHigh, State: storage.StateOpen, Owner: f.owner, CreatedAt: f.created,
			Uncovered: f.uncovered, ClaimedOnDuty: f.onDuty, Verdict: rules.Verdict{Flagged: true}}
		if f.claim > 0 {
			c.ClaimedAt, c.State = f.created.Add(f.claim), storage.StateClaimed
		}
		if f.mentioned {
			c.Mentioned = []string{"111"}
		}
		if _, _, err := st.CreateCase(ctx, c); err != nil {
			t.Fatal(err)
		}
	}
	for _, e := range dutyExposure {
		if _, err := st.AddExposure(ctx, e); err != nil {
			t.Fatal(err)
		}
	}
	// Someone went off duty in beta a month before: beta's roster was not
	// in use this week.
	if err := st.SetDuty(ctx, storage.Duty{Community: "beta", Platform: "discord", UserID: "333", Since: at(-30, 12, 0), By: storage.DutyByCommand}); err != nil {
		t.Fatal(err)
	}
	for _, e := range []storage.AuditEntry{
		{At: at(2, 4, 6), Actor: "222", Action: "cap_reached", Detail: "alpha 13/10"},
		{At: at(-1, 20, 0), Actor: "111", Action: "cap_reached", Detail: "alpha 10/10"}, // the week before
		{At: at(2, 5, 0), Actor: "222", Action: "claim"},
	} {
		if err := st.AddAudit(ctx, e); err != nil {
			t.Fatal(err)
		}
	}
	return st
}

func buildDuty(t *testing.T, communities []string) *report.Summary {
	t.Helper()
	s, err := report.Build(context.Background(), dutyStore(t), report.Options{Week: report.Week{Year: 2026, Week: 47}, Location: cph,
		MinGroup: 3, Now: func() time.Time { return at(7, 9, 0) }, Communities: communities})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestDutySectionHandComputed checks the duty section against the
// fixture worked out by hand above.
func TestDutySectionHandComputed(t *testing.T) {
	s := buildDuty(t, nil)
	d := s.Duty
	if d == nil {
		t.Fatal("no duty section")
	}
	if strings.Join(d.Communities, ",") != "alpha" || d.FlagHours != 5 || d.UncoveredHours != 3 ||
		d.UncoveredFlags != (report.Count{N: 5, Authors: 5}) || d.Flags != (report.Count{N: 8, Authors: 8}) {
		t.Errorf("hours: communities %v, %d with flags (%+v), %d uncovered (%+v)", d.Communities, d.FlagHours, d.Flags, d.UncoveredHours, d.UncoveredFlags)
	}
	if d.ByDay[0] != (report.DutyDay{Hours: 1, Flags: report.Count{N: 2, Authors: 2}}) || d.ByDay[2] != (report.DutyDay{Hours: 2, Flags: report.Count{N: 3, Authors: 3}}) ||
		d.ByDay[1].Hours != 0 {
		t.Errorf("by day %+v", d.ByDay)
	}
	on, off := d.ClaimOnDuty, d.ClaimOffDuty
	if on.Cases != (report.Count{N: 3, Authors: 3}) || on.Median != 4*time.Minute || on.P90 != 10*time.Minute {
		t.Errorf("on duty %+v", on)
	}
	if off.Cases != (report.Count{N: 3, Authors: 3}) || off.Median != 50*time.Minute || off.P90 != time.Hour {
		t.Errorf("off duty %+v", off)
	}
	want := []report.VolunteerExposure{
		{Volunteer: "moderator B", Days: 1, Cases: 3, Weight: 13, MaxDay: 13, CapDays: 1, Opened: 2, Claimed: 1},
		{Volunteer: "moderator A", Days: 2, Cases: 3, Weight: 7, MaxDay: 4, Unmasked: 1, Claimed: 3, Handled: 1},
		{Volunteer: "moderator D", Days: 1, Cases: 1, Weight: 2, MaxDay: 2, Opened: 1},
		{Volunteer: "moderator C", Days: 1, Cases: 1, Weight: 1, MaxDay: 1, Claimed: 1},
	}
	shares := []float64{13.0 / 23, 7.0 / 23, 2.0 / 23, 1.0 / 23}
	if len(d.Volunteers) != len(want) {
		t.Fatalf("volunteers %+v", d.Volunteers)
	}
	for i, v := range d.Volunteers {
		got := v
		got.Share = 0
		if got != want[i] || !near(v.Share, shares[i]) {
			t.Errorf("volunteer %d = %+v, want %+v (share %.4f)", i, v, want[i], shares[i])
		}
	}
	if d.CapsReached != 1 || d.Authors != 9 {
		t.Errorf("caps %d, authors %d; want 1 and 9", d.CapsReached, d.Authors)
	}
	// The labels are Volunteer load's: 111 and 222 own 3 cases each, 333 one.
	if len(s.Volunteers) != 3 || s.Volunteers[0].Moderator != "moderator A" || s.Volunteers[0].Cases.N != 3 || s.Volunteers[2].Cases.N != 1 {
		t.Errorf("volunteer load %+v", s.Volunteers)
	}
}

// TestDutySectionRendered: Markdown, CSV and HTML show the section with
// the small cells hidden, pseudonyms only, and three charts.
func TestDutySectionRendered(t *testing.T) {
	s := buildDuty(t, nil)
	md, csv, html := renderAll(t, s)
	for _, want := range []string{"## Duty roster", "alpha. An hour counts once",
		"| hours with flags | 5 |", "| hours with flags but nobody on duty | 3 |", "| flags nobody on duty could take | 5 |",
		"| volunteer-days at the exposure cap | 1 |", "| Mon | < 3 | < 3 |", "| Wed | 2 | 3 |",
		"| a volunteer on duty | 3 | 4m | 10m |", "| a volunteer off duty | 3 | 50m | 1h00m |",
		"| moderator B | 1 | 3 | 13 | 13 | 1 | 2 | 0 | 1 | 0 | 57% |", "| moderator A | 2 | 3 | 7 | 4 | 0 | 0 | 1 | 3 | 1 | 30% |",
		"| moderator D | 1 | 1 | 2 | 2 | 0 | 1 | 0 | 0 | 0 | 9% |", "| moderator C | 1 | 1 | 1 | 1 | 0 | 0 | 0 | 1 | 0 | 4% |"} {
		if !strings.Contains(md, want) {
			t.Errorf("Markdown lacks %q", want)
		}
	}
	for _, want := range []string{"duty,hours with flags but nobody on duty,3", "duty_uncovered_by_day,Mon,< 3,< 3",
		"duty_claim,a volunteer off duty,3,50m,1h00m", "volunteer_exposure,moderator B,1,3,13,13,1,2,0,1,0,57%"} {
		if !strings.Contains(csv, want) {
			t.Errorf("CSV lacks %q", want)
		}
	}
	for _, want := range []string{"<h2>Duty roster and wellbeing</h2>", `aria-label="Hours with flags but nobody on duty, by day"`,
		`aria-label="Median time to claim, on and off duty"`, `aria-label="Exposure per volunteer this week (weighted by severity)"`,
		`<text x="156" y="8" dy="14">&lt; 3</text>`} {
		if !strings.Contains(html, want) {
			t.Errorf("HTML lacks %s", want)
		}
	}
	if n := strings.Count(html, "<svg"); n != 7 {
		t.Errorf("%d charts, want the summary's 4 and the duty section's 3", n)
	}
	for _, id := range []string{"111", "222", "333", "444"} {
		if strings.Contains(md, id) || strings.Contains(csv, id) || strings.Contains(html, ">"+id+"<") {
			t.Errorf("a rendering shows the volunteer id %s", id)
		}
	}
}

// TestDutySectionScoped: limited to beta, the section has beta's
// volunteer alone, no roster community, and the volunteers' numbers
// hidden, since beta's week describes one author; a week without any
// roster data has no section.
func TestDutySectionScoped(t *testing.T) {
	s := buildDuty(t, []string{"beta"})
	d := s.Duty
	if d == nil || len(d.Communities) != 0 || d.FlagHours != 0 || len(d.Volunteers) != 1 || d.Volunteers[0].Weight != 1 || d.CapsReached != 0 || d.Authors != 1 {
		t.Fatalf("beta's duty section %+v", d)
	}
	var md bytes.Buffer
	if err := s.Markdown(&md); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(md.String(), "| moderator A | < 3 | < 3 | < 3 | < 3 | < 3 | < 3 | < 3 | < 3 | < 3 | < 3 |") {
		t.Errorf("beta's exposure is shown though its week describes one author:\n%s", md.String())
	}
	if s := buildFixture(t, 3); s.Duty != nil {
		t.Errorf("a week without roster data has a duty section: %+v", s.Duty)
	}
}
