package bot_test

import (
	"strings"
	"testing"
	"time"

	"github.com/trygbot/trygbot/bot"
	"github.com/trygbot/trygbot/storage"
)

// dashboardAct acts on case id as a dashboard login would: its own actor
// id and role, no platform, and its linked chat accounts.
func (f *fixture) dashboardAct(id storage.CaseID, kind bot.ActionKind, login string, linked map[string]string) (bot.Feedback, error) {
	c, _ := f.store.GetCase(f.ctx, id)
	return f.bot.Act(f.ctx, bot.ActionRequest{CaseID: id, Nonce: c.Nonce, Kind: kind, ActorID: "web:" + login, ActorName: login,
		Role: bot.RoleModerator, Volunteer: linked})
}

// TestDashboardExposure: a dashboard login linked to a chat account
// counts what it opens, unmasks and claims in that account's day, with
// the kind note at the cap, and its claim is marked made on duty when the
// account is on duty; a login without a link counts in nobody's.
func TestDashboardExposure(t *testing.T) {
	comm := dutyCommunity()
	comm.Wellbeing.Cap = 6
	eachDutyStore(t, comm, monday, func(t *testing.T, f *fixture) {
		f.duty(t, "anna", "on")
		f.say(t, "m1", "u1", "zorblax") // a slur, high: 3
		f.clock.Add(time.Minute)
		f.say(t, "m2", "u2", "zorblax again") // 3 more reach 6
		cs, _ := f.store.ListCases(f.ctx, storage.CaseQuery{})
		linked := map[string]string{"fake": "anna", "telegram": "999"}

		if note := f.bot.CountOpened(f.ctx, cs[0], "anna"); note != "" {
			t.Errorf("opening the first case noted %q", note)
		}
		if w, limit, err := f.bot.ExposureToday(f.ctx, "north", "anna"); err != nil || w != 3 || limit != 6 {
			t.Errorf("ExposureToday = %d of %d, %v; want 3 of 6", w, limit, err)
		}
		fb, err := f.dashboardAct(cs[0].ID, bot.ActUnmask, "anna-web", linked)
		if err != nil || !strings.Contains(fb.Text, "«zorblax»") {
			t.Errorf("unmask on the dashboard: %q %v", fb.Text, err)
		}
		fb, err = f.dashboardAct(cs[1].ID, bot.ActClaim, "anna-web", linked)
		if err != nil || !strings.Contains(fb.Text, "reached today's limit") {
			t.Errorf("claim at the cap on the dashboard: %q %v; want the kind note", fb.Text, err)
		}
		if c, _ := f.store.GetCase(f.ctx, cs[1].ID); c.Owner != "web:anna-web" || !c.ClaimedOnDuty {
			t.Errorf("claimed case: owner %q, on duty %v; want web:anna-web, on duty (anna is)", c.Owner, c.ClaimedOnDuty)
		}
		// A login without a link: its unmask is audited, counted in no one's day.
		if _, err := f.dashboardAct(cs[0].ID, bot.ActUnmask, "cy-web", nil); err != nil {
			t.Fatal(err)
		}
		x, _ := f.store.(storage.Roster).ListExposure(f.ctx, storage.ExposureQuery{})
		if len(x) != 1 || x[0].UserID != "anna" || x[0].Opened != 1 || x[0].Unmasked != 1 || x[0].Claimed != 1 || x[0].Cases != 2 || x[0].Weight != 6 {
			t.Errorf("exposure %+v; want anna's alone: opened 1, unmasked 1, claimed 1, 2 cases, weight 6", x)
		}
		audit, _ := f.store.ListAudit(f.ctx, storage.AuditQuery{Actor: "web:cy-web"})
		if len(audit) != 1 || audit[0].Action != "unmask" {
			t.Errorf("the unlinked login's unmask is not audited: %+v", audit)
		}
		if note := f.bot.CountOpened(f.ctx, storage.Case{Community: "elsewhere"}, "anna"); note != "" {
			t.Errorf("a case of an unknown community noted %q", note)
		}
	})
}

// TestCoordinatorMentionNamed: an urgent case's prompt to the
// coordinators mentions those listed by user id, named "coordinator"
// when the roster knows no name for them (not "volunteer").
func TestCoordinatorMentionNamed(t *testing.T) {
	eachDutyStore(t, dutyCommunity(), monday, func(t *testing.T, f *fixture) {
		f.say(t, "m1", "u1", "kablooey tonight")
		ps := f.out.PromptsTo("coord")
		if len(ps) != 1 || len(ps[0].Mentions) != 1 || ps[0].Mentions[0].UserID != "cecilie" || ps[0].Mentions[0].Name != "coordinator" {
			t.Fatalf("coordinators' prompts %+v", ps)
		}
	})
}
