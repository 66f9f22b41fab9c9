package bot_test

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/trygbot/trygbot/bot"
	"github.com/trygbot/trygbot/storage"
	"github.com/trygbot/trygbot/storage/sqlite"
)

// TestExposureCap: a volunteer's claims and unmask taps weigh their cases
// by severity; at the cap they get a kind note once, are mentioned on no
// new prompt that day, and are again the next day.
func TestExposureCap(t *testing.T) {
	comm := dutyCommunity()
	comm.Wellbeing.Cap = 5
	eachDutyStore(t, comm, monday, func(t *testing.T, f *fixture) {
		f.duty(t, "anna", "on")
		f.duty(t, "bo", "on")
		f.say(t, "m1", "u1", "zorblax zorblax") // a slur, high: 3
		cs, _ := f.store.ListCases(f.ctx, storage.CaseQuery{})
		fb, err := f.act(cs[0].ID, bot.ActClaim, "", "anna")
		if err != nil || strings.Contains(fb.Text, "limit") {
			t.Fatalf("first claim: %q %v", fb.Text, err)
		}
		f.clock.Add(2 * time.Hour)
		f.say(t, "m2", "u2", "zorblax") // 3 more bring anna past 5
		cs, _ = f.store.ListCases(f.ctx, storage.CaseQuery{})
		fb, err = f.act(cs[1].ID, bot.ActClaim, "", "anna")
		if err != nil || !strings.Contains(fb.Text, "reached today's limit") || !strings.HasPrefix(fb.Text, "It's yours") {
			t.Errorf("claim at the cap: %q %v; want the claim's feedback and the kind note", fb.Text, err)
		}
		fb, _ = f.act(cs[1].ID, bot.ActUnmask, "", "anna")
		if strings.Contains(fb.Text, "limit") {
			t.Errorf("the kind note came twice: %q", fb.Text)
		}
		f.clock.Add(2 * time.Hour)
		f.say(t, "m3", "u3", "zorblax")
		ps := f.out.PromptsTo("mods")
		if got := mentioned(ps[len(ps)-1]); !slices.Equal(got, []string{"bo"}) {
			t.Errorf("after anna's cap the prompt mentions %v, want bo alone", got)
		}
		x, _ := f.store.(storage.Roster).ListExposure(f.ctx, storage.ExposureQuery{Community: "north"})
		if len(x) != 1 || x[0].UserID != "anna" || x[0].Weight != 6 || x[0].Claimed != 2 || x[0].Unmasked != 1 || x[0].Cases != 2 {
			t.Errorf("exposure %+v", x)
		}
		if n := f.countAudit(t, storage.AuditQuery{Actor: "anna"}, "cap_reached"); n != 1 {
			t.Errorf("cap_reached recorded %d times, want once", n)
		}
		f.clock.Add(24 * time.Hour)
		f.say(t, "m4", "u4", "zorblax")
		ps = f.out.PromptsTo("mods")
		if got := mentioned(ps[len(ps)-1]); !slices.Equal(got, []string{"anna", "bo"}) {
			t.Errorf("the next day the prompt mentions %v, want anna and bo", got)
		}
	})
}

// TestUnmaskIsADeliberateCountedTap: the prompt hides the slur and offers
// a button; pressing it tells the actor alone the hidden words, changes
// nothing on the case or its prompts, and is counted.
func TestUnmaskIsADeliberateCountedTap(t *testing.T) {
	eachDutyStore(t, dutyCommunity(), monday, func(t *testing.T, f *fixture) {
		f.say(t, "m1", "u1", "you are a zorblax")
		p := f.out.PromptsTo("mods")[0]
		if !slices.ContainsFunc(p.Actions, func(a bot.PromptAction) bool { return a.Kind == bot.ActUnmask }) {
			t.Fatalf("no unmask button among %+v", p.Actions)
		}
		if strings.Contains(p.PlainText(), "zorblax") {
			t.Errorf("the prompt shows the slur:\n%s", p.PlainText())
		}
		c := f.onlyCase(t)
		updates := f.out.Updates
		fb, err := f.act(c.ID, bot.ActUnmask, "", "bo")
		if err != nil || !strings.Contains(fb.Text, "«zorblax»") {
			t.Errorf("unmask: %q %v", fb.Text, err)
		}
		if f.out.Updates != updates {
			t.Error("unmasking edited the prompts")
		}
		if after := f.onlyCase(t); after.State != storage.StateOpen || after.Owner != "" {
			t.Errorf("unmasking changed the case: %+v", after)
		}
		x, _ := f.store.(storage.Roster).ListExposure(f.ctx, storage.ExposureQuery{})
		if len(x) != 1 || x[0].UserID != "bo" || x[0].Unmasked != 1 || x[0].Weight != bot.Weight(c.Severity) {
			t.Errorf("exposure %+v", x)
		}
		if _, err := f.act(c.ID, bot.ActUnmask, "", "mallory"); err == nil {
			t.Error("a member unmasked a case")
		}
	})
}

// TestCheckInAfterUrgentCase: with check-ins on, the volunteer who
// handled an urgent case gets a private message after the configured
// time, once, in the community's language, saying where to get support.
func TestCheckInAfterUrgentCase(t *testing.T) {
	comm := dutyCommunity()
	comm.Wellbeing.CheckInAfter = 3 * time.Hour
	comm.Wellbeing.Support = "the coordinators' line, 12 34 56 78"
	eachDutyStore(t, comm, monday, func(t *testing.T, f *fixture) {
		f.duty(t, "anna", "on")
		f.say(t, "m1", "u1", "kablooey tonight")
		f.say(t, "m2", "u2", "zorblax")
		cs, _ := f.store.ListCases(f.ctx, storage.CaseQuery{})
		for _, c := range cs {
			if _, err := f.act(c.ID, bot.ActEscalate, "", "anna"); err != nil {
				t.Fatal(err)
			}
		}
		f.clock.Add(2*time.Hour + 59*time.Minute)
		if err := f.bot.Tick(f.ctx); err != nil {
			t.Fatal(err)
		}
		if len(f.out.Direct) != 0 {
			t.Fatalf("check-in before its time: %v", f.out.Direct)
		}
		f.clock.Add(time.Minute)
		for range 2 {
			if err := f.bot.Tick(f.ctx); err != nil {
				t.Fatal(err)
			}
		}
		if len(f.out.Direct) != 1 || !strings.HasPrefix(f.out.Direct[0], "anna: Hi Anna,") ||
			!strings.Contains(f.out.Direct[0], "12 34 56 78") {
			t.Errorf("check-ins %q; want one to anna with the support line (the slur case is not urgent)", f.out.Direct)
		}
	})
	da := dutyCommunity()
	da.Lang = "da"
	da.Wellbeing.Support = "12 34 56 78"
	f := newDutyFixture(t, mustSQLite(t), da, monday)
	if got := f.bot.CheckInText("north", "Anna"); !strings.HasPrefix(got, "Hej Anna,") || !strings.Contains(got, "12 34 56 78") {
		t.Errorf("Danish check-in %q", got)
	}
}

// TestRotationNudge: a volunteer who handled most of a community's cases
// over two weeks is nudged once towards rotation.
func TestRotationNudge(t *testing.T) {
	comm := dutyCommunity()
	comm.Wellbeing.RotationNudge = true
	comm.Wellbeing.Cap = 0
	eachDutyStore(t, comm, monday, func(t *testing.T, f *fixture) {
		var notes []string
		for i := range 12 {
			f.say(t, fmt.Sprint("m", i), fmt.Sprint("u", i), "zorblax")
			cs, _ := f.store.ListCases(f.ctx, storage.CaseQuery{})
			who := "anna"
			if i%4 == 3 {
				who = "bo"
			}
			fb, err := f.act(cs[len(cs)-1].ID, bot.ActDismiss, "", who)
			if err != nil {
				t.Fatal(err)
			}
			if strings.Contains(fb.Text, "share the load") {
				notes = append(notes, fmt.Sprintf("%d %s", i, who))
			}
			f.clock.Add(20 * time.Hour)
		}
		if !slices.Equal(notes, []string{"9 anna"}) {
			t.Errorf("nudges %v; want one, to anna, once ten cases were decided", notes)
		}
	})
}

func mustSQLite(t *testing.T) storage.Store {
	t.Helper()
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "bot.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}
