package bot_test

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/trygbot/trygbot/bot"
	"github.com/trygbot/trygbot/rules"
	"github.com/trygbot/trygbot/storage"
)

// dutyCommunity routes by its roster: anna, bo and cy are moderators by
// id, the coordinators are cecilie (by id) and a role.
func dutyCommunity() bot.Community {
	c := community
	c.Moderators = []string{"user:anna", "user:bo", "user:cy", "role:modrole"}
	c.Duty = bot.DutyOptions{Routing: true}
	c.Wellbeing = bot.WellbeingOptions{Cap: 30, OptOuts: map[string][]rules.Category{}}
	return c
}

// eachDutyStore runs a duty test on SQLite and, with REDIS_ADDR, Redis,
// with a bot for comm whose clock starts at start.
func eachDutyStore(t *testing.T, comm bot.Community, start time.Time, test func(t *testing.T, f *fixture)) {
	eachStoreWith(t, dutySetup(comm, start), test)
}

func newDutyFixture(t *testing.T, st storage.Store, comm bot.Community, start time.Time) *fixture {
	t.Helper()
	return newFixtureWith(t, st, dutySetup(comm, start))
}

// dutySetup is a bot for comm alone whose clock starts at start.
func dutySetup(comm bot.Community, start time.Time) setup {
	return setup{start: start, options: func(o *bot.Options) { o.Communities = []bot.Community{comm} }}
}

// duty types "/duty arg" as actor in the moderators' chat.
func (f *fixture) duty(t *testing.T, actor, arg string) string {
	t.Helper()
	out, err := f.bot.Command(f.ctx, bot.CommandRequest{Platform: "fake", ChatID: "mods", ActorID: actor,
		ActorName: strings.ToUpper(actor[:1]) + actor[1:], Name: "duty", Arg: arg})
	if err != nil {
		t.Fatalf("duty %s by %s: %v", arg, actor, err)
	}
	return out
}

// onDuty lists the user ids on duty now.
func (f *fixture) onDuty(t *testing.T) []string {
	t.Helper()
	on, err := f.bot.OnDutyNow(f.ctx, "north")
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, d := range on {
		ids = append(ids, d.UserID)
	}
	return ids
}

// mentioned lists the user ids a prompt pings.
func mentioned(p bot.Prompt) []string {
	var ids []string
	for _, m := range p.Mentions {
		ids = append(ids, m.UserID)
	}
	return ids
}

var monday = time.Date(2026, 11, 23, 19, 0, 0, 0, time.UTC) // a Monday

func TestDutyCommand(t *testing.T) {
	eachDutyStore(t, dutyCommunity(), monday, func(t *testing.T, f *fixture) {
		if got := f.duty(t, "anna", "on"); !strings.Contains(got, "You are on duty (since 19:00)") || !strings.Contains(got, "On duty now: Anna.") {
			t.Errorf("duty on answered %q", got)
		}
		f.clock.Add(time.Minute)
		f.duty(t, "bo", "on")
		if got := f.onDuty(t); !slices.Equal(got, []string{"anna", "bo"}) {
			t.Errorf("on duty %v, want anna and bo", got)
		}
		if got := f.duty(t, "anna", "off"); !strings.Contains(got, "You are off duty.") || !strings.Contains(got, "On duty now: Bo.") {
			t.Errorf("duty off answered %q", got)
		}
		if got := f.duty(t, "cy", ""); !strings.Contains(got, "You are off duty. On duty now: Bo.") {
			t.Errorf("duty status answered %q", got)
		}
		if got := f.duty(t, "bo", "maybe"); !strings.Contains(got, "/duty on") {
			t.Errorf("a wrong argument answered %q", got)
		}
		// A member may not go on duty; nobody does it in the community's
		// own chat, where members read.
		_, err := f.bot.Command(f.ctx, bot.CommandRequest{Platform: "fake", ChatID: "mods", ActorID: "mallory", Name: "duty", Arg: "on"})
		if !errors.Is(err, bot.ErrForbidden) {
			t.Errorf("a member's duty on: %v, want ErrForbidden", err)
		}
		_, err = f.bot.Command(f.ctx, bot.CommandRequest{Platform: "fake", ChatID: "guild1", ActorID: "cy", Name: "duty", Arg: "on"})
		if !errors.Is(err, bot.ErrNotHere) {
			t.Errorf("duty on in the community's chat: %v, want ErrNotHere", err)
		}
		// Privately: the community is the actor's.
		out, err := f.bot.Command(f.ctx, bot.CommandRequest{Platform: "fake", ActorID: "cy", ActorName: "Cy", Name: "duty", Arg: "on", Private: true})
		if err != nil || !strings.Contains(out, "North Youth: You are on duty") {
			t.Errorf("private duty on: %q %v", out, err)
		}
		if got := f.onDuty(t); !slices.Equal(got, []string{"bo", "cy"}) {
			t.Errorf("on duty %v, want bo and cy", got)
		}
		r := f.store.(storage.Roster)
		ds, _ := r.ListDuty(f.ctx, "north")
		if len(ds) != 3 || ds[0].UserID != "anna" || ds[0].On || ds[0].By != storage.DutyByCommand || !ds[0].Since.Equal(monday.Add(time.Minute)) {
			t.Errorf("duty records %+v", ds)
		}
		audit, _ := f.store.ListAudit(f.ctx, storage.AuditQuery{Actor: "anna"})
		if len(audit) < 2 || audit[0].Action != "duty_on" || audit[len(audit)-1].Action != "duty_off" {
			t.Errorf("anna's audit %+v", audit)
		}
	})
}

// TestShiftsAcrossMidnightZonesAndDST puts volunteers on duty by shift in
// three zones and checks who is on duty at given instants, including the
// nights daylight saving time starts and ends in Copenhagen.
func TestShiftsAcrossMidnightZonesAndDST(t *testing.T) {
	cph, _ := time.LoadLocation("Europe/Copenhagen")
	ny, _ := time.LoadLocation("America/New_York")
	comm := dutyCommunity()
	comm.Duty.Shifts = []bot.Shift{
		// Friday and Saturday nights in Copenhagen, 22:00 to 02:00.
		{Days: []time.Weekday{time.Friday, time.Saturday}, From: 22 * time.Hour, To: 2 * time.Hour, Location: cph,
			Volunteers: []bot.Volunteer{{ID: "anna", Name: "Anna"}}},
		// Weekday evenings in New York, 18:00 to 23:00.
		{Days: []time.Weekday{time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday}, From: 18 * time.Hour, To: 23 * time.Hour,
			Location: ny, Volunteers: []bot.Volunteer{{ID: "bo"}}},
		// Sundays 01:00 to 04:00 in Copenhagen: the hour 02-03 is skipped
		// on the last Sunday of March and doubled on the last of October.
		{Days: []time.Weekday{time.Sunday}, From: time.Hour, To: 4 * time.Hour, Location: cph, Volunteers: []bot.Volunteer{{ID: "cy"}}},
	}
	tests := []struct {
		name string
		at   time.Time
		want []string
	}{
		{"friday 21:59 cph", time.Date(2026, 11, 27, 21, 59, 0, 0, cph), nil},
		{"friday 22:00 cph", time.Date(2026, 11, 27, 22, 0, 0, 0, cph), []string{"anna"}},
		// Friday 19:59 in New York: bo's evening shift too.
		{"saturday 01:59 cph, the friday shift past midnight", time.Date(2026, 11, 28, 1, 59, 0, 0, cph), []string{"anna", "bo"}},
		{"saturday 02:00 cph, anna's over", time.Date(2026, 11, 28, 2, 0, 0, 0, cph), []string{"bo"}},
		{"saturday 05:00 cph, bo's over", time.Date(2026, 11, 28, 5, 0, 0, 0, cph), nil},
		{"sunday 01:30 cph: the saturday shift and cy's", time.Date(2026, 11, 29, 1, 30, 0, 0, cph), []string{"anna", "cy"}},
		{"monday 00:30 cph: sunday night is no shift", time.Date(2026, 11, 30, 0, 30, 0, 0, cph), nil},
		{"monday 18:30 new york = tuesday 00:30 cph", time.Date(2026, 11, 30, 18, 30, 0, 0, ny), []string{"bo"}},
		{"friday 22:59 new york = saturday 04:59 cph", time.Date(2026, 11, 27, 22, 59, 0, 0, ny), []string{"bo"}},
		{"saturday 18:30 new york: not a weekday for bo, but sunday 00:30 in cph for anna", time.Date(2026, 11, 28, 18, 30, 0, 0, ny), []string{"anna"}},
		{"dst starts: 01:30 cph (anna's saturday night too)", time.Date(2026, 3, 29, 1, 30, 0, 0, cph), []string{"anna", "cy"}},
		{"dst starts: 02:30 cph does not exist; 03:30 is cy's alone", time.Date(2026, 3, 29, 3, 30, 0, 0, cph), []string{"cy"}},
		{"dst starts: 03:59 cph (the shift lasts two hours that night)", time.Date(2026, 3, 29, 3, 59, 0, 0, cph), []string{"cy"}},
		{"dst starts: 04:00 cph", time.Date(2026, 3, 29, 4, 0, 0, 0, cph), nil},
		{"dst ends: 02:30 cph the second time (UTC 01:30)", time.Date(2026, 10, 25, 1, 30, 0, 0, time.UTC), []string{"cy"}},
		{"dst ends: 03:59 cph", time.Date(2026, 10, 25, 3, 59, 0, 0, cph), []string{"cy"}},
		{"dst ends: 04:00 cph", time.Date(2026, 10, 25, 4, 0, 0, 0, cph), nil},
	}
	st := mustSQLite(t)
	f := newDutyFixture(t, st, comm, monday)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f.clock.mu.Lock()
			f.clock.t = tt.at
			f.clock.mu.Unlock()
			if got := f.onDuty(t); !slices.Equal(got, tt.want) {
				t.Errorf("on duty at %s: %v, want %v", tt.at.UTC().Format(time.RFC3339), got, tt.want)
			}
		})
	}
	// Going off duty during a shift ends it for that shift only.
	f.clock.mu.Lock()
	f.clock.t = time.Date(2026, 11, 27, 23, 0, 0, 0, cph)
	f.clock.mu.Unlock()
	f.duty(t, "anna", "off")
	if got := f.onDuty(t); len(got) != 0 {
		t.Errorf("on duty after anna went off during her shift: %v", got)
	}
	f.clock.Add(24 * time.Hour) // the next night's shift
	if got := f.onDuty(t); !slices.Equal(got, []string{"anna"}) {
		t.Errorf("on duty the next night: %v, want anna", got)
	}
	// The coming week's coverage: 2 night shifts of 4 h, 5 evening shifts
	// of 5 h (00:00-05:00 in Copenhagen) and one of 3 h; anna's and bo's
	// overlap 2 h on Saturday, anna's and cy's 1 h on Sunday.
	slots, gaps := f.bot.Coverage("north", time.Date(2026, 11, 23, 0, 0, 0, 0, cph), 7)
	if len(slots) != 8 || gaps != 7*24*time.Hour-(2*4+5*5+3-2-1)*time.Hour {
		t.Errorf("coverage: %d slots, %s uncovered", len(slots), gaps)
	}
}

func TestPromptMentionsOnDutyOnly(t *testing.T) {
	eachDutyStore(t, dutyCommunity(), monday, func(t *testing.T, f *fixture) {
		f.duty(t, "anna", "on")
		f.duty(t, "bo", "on")
		f.say(t, "m1", "u1", "you zorblax")
		ps := f.out.PromptsTo("mods")
		if len(ps) != 1 || !slices.Equal(mentioned(ps[0]), []string{"anna", "bo"}) || ps[0].Mentions[0].Name != "Anna" {
			t.Fatalf("prompt mentions %+v, want anna and bo", ps[0].Mentions)
		}
		if len(f.out.PromptsTo("coord")) != 0 || ps[0].DutyNote != "" {
			t.Errorf("a covered case went to the fallback (note %q)", ps[0].DutyNote)
		}
		// Someone handles the thread: the next prompt there mentions nobody.
		c := f.onlyCase(t)
		if _, err := f.act(c.ID, bot.ActClaim, "", "anna"); err != nil {
			t.Fatal(err)
		}
		f.say(t, "m2", "u2", "zorblax again")
		ps = f.out.PromptsTo("mods")
		if len(ps) != 2 || len(ps[1].Mentions) != 0 || ps[1].DutyNote != "" {
			t.Errorf("second prompt in a handled thread: mentions %+v note %q; want none", ps[1].Mentions, ps[1].DutyNote)
		}
	})
}

func TestNobodyOnDutyGoesToFallback(t *testing.T) {
	for _, tt := range []struct {
		fallback, chat, wantChat string
	}{
		{bot.FallbackCoordinators, "", "coord"},
		{bot.FallbackChat, "night", "night"},
		{bot.FallbackNone, "", ""},
	} {
		t.Run(tt.fallback, func(t *testing.T) {
			comm := dutyCommunity()
			comm.Duty.Fallback, comm.Duty.FallbackChatID = tt.fallback, tt.chat
			eachDutyStore(t, comm, monday, func(t *testing.T, f *fixture) {
				f.say(t, "m1", "u1", "you zorblax")
				mods := f.out.PromptsTo("mods")
				if len(mods) != 1 || len(mods[0].Mentions) != 0 || !strings.Contains(mods[0].DutyNote, "Nobody on duty") {
					t.Fatalf("moderators' prompt %+v", mods)
				}
				if !f.onlyCase(t).Uncovered {
					t.Error("case not marked uncovered")
				}
				if tt.wantChat == "" {
					if n := len(f.out.Prompts); n != 1 {
						t.Errorf("%d prompts, want the moderators' only", n)
					}
					return
				}
				fb := f.out.PromptsTo(tt.wantChat)
				if len(fb) != 1 {
					t.Fatalf("prompts to %s: %d, want 1", tt.wantChat, len(fb))
				}
				if tt.wantChat == "coord" && !slices.Equal(mentioned(fb[0]), []string{"cecilie"}) {
					t.Errorf("coordinators' fallback mentions %+v, want cecilie (never the role)", fb[0].Mentions)
				}
			})
		})
	}
}

// TestUrgentGoesToCoordinatorsWithDuty: volunteers on duty do not keep
// an urgent case from the coordinators.
func TestUrgentGoesToCoordinatorsWithDuty(t *testing.T) {
	eachDutyStore(t, dutyCommunity(), monday, func(t *testing.T, f *fixture) {
		f.duty(t, "anna", "on")
		f.say(t, "m1", "u1", "kablooey tonight")
		if c := f.out.PromptsTo("coord"); len(c) != 1 || !slices.Equal(mentioned(c[0]), []string{"cecilie"}) {
			t.Errorf("coordinators' prompts %+v", c)
		}
		if m := f.out.PromptsTo("mods"); len(m) != 1 || !slices.Equal(mentioned(m[0]), []string{"anna"}) {
			t.Errorf("moderators' prompts %+v", m)
		}
	})
}

// TestReofferRoundRobin: an unclaimed case goes to the volunteers on duty
// one at a time, in turn, skipping one who opted out of its category and
// one at their cap, then to the second chat.
func TestReofferRoundRobin(t *testing.T) {
	comm := dutyCommunity()
	comm.Wellbeing.Cap = 3
	comm.Wellbeing.OptOuts = map[string][]rules.Category{"bo": {rules.CatSlur}}
	comm.Moderators = append(comm.Moderators, "user:dan")
	eachDutyStore(t, comm, monday, func(t *testing.T, f *fixture) {
		for _, v := range []string{"anna", "bo", "cy", "dan"} {
			f.duty(t, v, "on")
		}
		// cy reaches the cap on another (high) case first.
		f.say(t, "m0", "u0", "zorblax zorblax")
		c0 := f.onlyCase(t)
		if _, err := f.act(c0.ID, bot.ActClaim, "", "cy"); err != nil {
			t.Fatal(err)
		}
		if _, err := f.act(c0.ID, bot.ActUnmask, "", "cy"); err != nil {
			t.Fatal(err)
		}
		f.clock.Add(2 * time.Hour) // another thread's quiet by now
		f.say(t, "m1", "u1", "you zorblax")
		cs, _ := f.store.ListCases(f.ctx, storage.CaseQuery{})
		c := cs[1]
		if !slices.Equal(c.Mentioned, []string{"anna", "dan"}) {
			t.Errorf("first prompt mentioned %v; want anna and dan (bo opted out of slurs, cy at the cap)", c.Mentioned)
		}
		var offered []string
		for range 3 {
			f.clock.Add(16 * time.Minute)
			if err := f.bot.Tick(f.ctx); err != nil {
				t.Fatal(err)
			}
			c, _ = f.store.GetCase(f.ctx, c.ID)
			offered = c.Offers
		}
		if !slices.Equal(offered, []string{"anna", "dan"}) {
			t.Errorf("offered in turn to %v, want anna then dan", offered)
		}
		var offerPrompts []bot.Prompt
		for _, p := range f.out.PromptsTo("mods") {
			if p.Audience == "offer" {
				offerPrompts = append(offerPrompts, p)
			}
		}
		if len(offerPrompts) != 2 || !slices.Equal(mentioned(offerPrompts[0]), []string{"anna"}) || !slices.Equal(mentioned(offerPrompts[1]), []string{"dan"}) {
			t.Errorf("offer prompts %+v", offerPrompts)
		}
		if len(f.out.PromptsTo("second")) != 1 {
			t.Errorf("after everyone on duty was offered it, prompts to second: %d, want 1", len(f.out.PromptsTo("second")))
		}
	})
}

// TestNoPromptMentionsARoleOrEveryone runs the workflow's prompts (new,
// urgent, fallback, offers, escalation) and checks every one: it pings
// only users listed by id as moderators or coordinators, never a role,
// never @everyone or @here.
func TestNoPromptMentionsARoleOrEveryone(t *testing.T) {
	comm := dutyCommunity()
	comm.Moderators = append(comm.Moderators, "role:everyone")
	comm.Coordinators = append(comm.Coordinators, "role:here")
	eachDutyStore(t, comm, monday, func(t *testing.T, f *fixture) {
		f.say(t, "m1", "u1", "@everyone zorblax @here") // nobody on duty: fallback
		f.duty(t, "anna", "on")
		f.duty(t, "bo", "on")
		f.clock.Add(2 * time.Hour)
		f.say(t, "m2", "u2", "kablooey <@&modrole>") // urgent
		for range 4 {
			f.clock.Add(16 * time.Minute)
			if err := f.bot.Tick(f.ctx); err != nil {
				t.Fatal(err)
			}
		}
		cs, _ := f.store.ListCases(f.ctx, storage.CaseQuery{})
		if _, err := f.act(cs[0].ID, bot.ActEscalate, "", "bo"); err != nil {
			t.Fatal(err)
		}
		users := map[string]bool{"anna": true, "bo": true, "cy": true, "cecilie": true}
		if len(f.out.Prompts) < 6 {
			t.Fatalf("only %d prompts", len(f.out.Prompts))
		}
		for i, p := range f.out.Prompts {
			for _, m := range p.Mentions {
				if !users[m.UserID] {
					t.Errorf("prompt %d to %s pings %q", i, p.ChatID, m.UserID)
				}
			}
			if text := p.PlainText(); strings.Contains(text, "role:") {
				t.Errorf("prompt %d names a role:\n%s", i, text)
			}
		}
	})
}

// TestSummaryShowsDuty: /summary says who is on duty now, the coming
// week's shift coverage (the rest of this evening, tomorrow evening
// and an hour of next Monday's: 8 of 168 hours) and how many volunteers
// reached their cap.
func TestSummaryShowsDuty(t *testing.T) {
	comm := dutyCommunity()
	comm.Duty.Shifts = []bot.Shift{{Days: []time.Weekday{time.Monday, time.Tuesday}, From: 18 * time.Hour, To: 22 * time.Hour,
		Location: time.UTC, Volunteers: []bot.Volunteer{{ID: "bo", Name: "Bo"}}}}
	f := newDutyFixture(t, mustSQLite(t), comm, monday)
	f.duty(t, "anna", "on")
	out, err := f.bot.Command(f.ctx, bot.CommandRequest{Platform: "fake", ChatID: "mods", ActorID: "admin", Name: "summary"})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "On duty now: Anna, Bo.") || !strings.Contains(out, "Coming 7 days: 3 shifts, 160 hours without one.") ||
		!strings.Contains(out, "at their exposure cap today: 0") {
		t.Errorf("summary:\n%s", out)
	}
}
