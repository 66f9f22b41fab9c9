package config

import (
	"testing"
	"time"
)

// dutyComm is a Discord community with moderators by id, written over
// several lines so problems have lines of their own (line 4 is "  - id:").
const dutyComm = `privacy: {pseudonym_key: "${KEY}"}
discord: {token: "${DISCORD_TOKEN}"}
communities:
  - id: c1
    platform: discord
    chat_id: "100"
    language: da
    moderators_chat: "200"
    moderators: ["user:1", "user:2"]
    coordinators: ["user:9"]
`

func TestDutyValidation(t *testing.T) {
	checkProblems(t, dutyComm, baseEnv, true, []problemCase{
		{name: "unknown day", yaml: "    duty:\n      shifts:\n        - {days: [mon, tuesday], from: \"18:00\", to: \"23:00\", volunteers: [\"user:1\"]}\n",
			line: 13, path: "communities[0].duty.shifts[0].days[1]", msg: `unknown day "tuesday"`, hint: "one of sun, mon, tue"},
		{name: "time without quotes or minutes", yaml: "    duty:\n      shifts:\n        - days: [daily]\n          from: \"18\"\n          to: \"23:00\"\n          volunteers: [\"user:1\"]\n",
			line: 14, path: "communities[0].duty.shifts[0].from", msg: `invalid time "18"`, hint: `"HH:MM"`},
		{name: "hour past midnight", yaml: "    duty:\n      shifts:\n        - {days: [daily], from: \"22:00\", to: \"25:00\", volunteers: [\"user:1\"]}\n",
			line: 13, path: "communities[0].duty.shifts[0].to", msg: `invalid time "25:00"`, hint: "ends the next day"},
		{name: "empty shift", yaml: "    duty:\n      shifts:\n        - {days: [daily], from: \"08:00\", to: \"08:00\", volunteers: [\"user:1\"]}\n",
			line: 13, path: "communities[0].duty.shifts[0].to", msg: "the shift is empty"},
		{name: "volunteer not a moderator", yaml: "    duty:\n      shifts:\n        - days: [weekend]\n          from: \"10:00\"\n          to: \"14:00\"\n          volunteers: [\"user:1 Anna\", \"user:77 Eve\"]\n",
			line: 16, path: "communities[0].duty.shifts[0].volunteers[1]", msg: "user:77 is not one of the community's moderators", hint: "add them to moderators"},
		{name: "a role on a shift", yaml: "    duty:\n      shifts:\n        - {days: [daily], from: \"10:00\", to: \"14:00\", volunteers: [\"role:5\"]}\n",
			line: 13, path: "communities[0].duty.shifts[0].volunteers[0]", msg: `invalid entry "role:5"`, hint: "list each as user:ID"},
		{name: "nobody on a shift", yaml: "    duty:\n      shifts:\n        - {days: [daily], from: \"10:00\", to: \"14:00\"}\n",
			line: 13, path: "communities[0].duty.shifts[0].volunteers", msg: "nobody on this shift"},
		{name: "unknown zone", yaml: "    duty:\n      timezone: Europe/Kobenhavn\n",
			line: 12, path: "communities[0].duty.timezone", msg: `unknown time zone "Europe/Kobenhavn"`},
		{name: "unknown fallback", yaml: "    duty:\n      fallback: coordinator\n",
			line: 12, path: "communities[0].duty.fallback", msg: `unknown fallback "coordinator"`, hint: `did you mean "coordinators"?`},
		{name: "fallback chat missing", yaml: "    duty:\n      fallback: chat\n",
			line: 11, path: "communities[0].duty.fallback_chat", msg: "missing: fallback is chat"},
		{name: "negative cap", yaml: "    wellbeing:\n      exposure_cap: -5\n",
			line: 12, path: "communities[0].wellbeing.exposure_cap", msg: "must not be negative, got -5"},
		{name: "unknown opt-out category", yaml: "    wellbeing:\n      opt_outs:\n        - volunteer: \"user:2\"\n          categories: [threats]\n",
			line: 14, path: "communities[0].wellbeing.opt_outs[0].categories[0]", msg: `unknown category "threats"`, hint: `did you mean "threat"?`},
		{name: "check-in without support", yaml: "    wellbeing:\n      check_in: {enabled: true, after: 3h}\n",
			line: 12, path: "communities[0].wellbeing.check_in.support", msg: "missing: the check-in says where to get support"},
		{name: "check-in at once", yaml: "    wellbeing:\n      check_in: {enabled: true, after: 0s, support: \"12 34 56 78\"}\n",
			line: 12, path: "communities[0].wellbeing.check_in.after", msg: "must be positive, got 0s"},
	})
}

func TestDutyParsed(t *testing.T) {
	c := mustLoad(t, dutyComm+`    duty:
      enabled: true
      timezone: America/New_York
      shifts:
        - {days: [weekdays, sat], from: "22:00", to: "02:00", volunteers: ["user:1 Anna", "user:2"]}
      fallback: chat
      fallback_chat: "300"
    wellbeing:
      opt_outs: [{volunteer: "user:2", categories: [threat, extremism]}]
`, baseEnv)
	com := &c.Communities[0]
	s := com.Duty.Shifts[0]
	if got := s.Weekdays(); len(got) != 6 || got[0] != time.Monday || got[5] != time.Saturday {
		t.Errorf("Weekdays = %v, want Monday to Saturday", got)
	}
	if from, to, ok := s.Hours(); !ok || from != 22*time.Hour || to != 2*time.Hour {
		t.Errorf("Hours = %v, %v, %v", from, to, ok)
	}
	if m, n := SplitVolunteer(s.Volunteers[0]); m != "user:1" || n != "Anna" {
		t.Errorf("SplitVolunteer = %q, %q", m, n)
	}
	if loc := c.DutyLocation(com); loc.String() != "America/New_York" {
		t.Errorf("DutyLocation = %v", loc)
	}
	if com.Wellbeing.Cap() != DefaultExposureCap || !com.Wellbeing.Nudge() {
		t.Errorf("defaults: cap %d, nudge %v", com.Wellbeing.Cap(), com.Wellbeing.Nudge())
	}
	zero := 0
	if (Wellbeing{ExposureCap: &zero}).Cap() != 0 {
		t.Error("exposure_cap: 0 is not 'no cap'")
	}
}
