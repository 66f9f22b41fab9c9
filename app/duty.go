package app

import (
	"strings"

	"github.com/trygbot/trygbot/bot"
	"github.com/trygbot/trygbot/config"
	"github.com/trygbot/trygbot/rules"
)

// dutyOptions maps a community's duty roster: its shifts in their zone,
// their volunteers by platform user id, and the fallback.
func dutyOptions(cfg *config.Config, c *config.Community) bot.DutyOptions {
	loc := cfg.DutyLocation(c)
	d := bot.DutyOptions{Routing: c.Duty.Enabled, Fallback: c.Duty.Fallback, FallbackChatID: c.Duty.FallbackChat, Location: loc}
	for _, s := range c.Duty.Shifts {
		from, to, ok := s.Hours()
		if !ok {
			continue // Validate refuses it
		}
		bs := bot.Shift{Days: s.Weekdays(), From: from, To: to, Location: loc}
		for _, v := range s.Volunteers {
			member, name := config.SplitVolunteer(v)
			if id, ok := strings.CutPrefix(member, "user:"); ok {
				bs.Volunteers = append(bs.Volunteers, bot.Volunteer{ID: id, Name: name})
			}
		}
		d.Shifts = append(d.Shifts, bs)
	}
	return d
}

// wellbeingOptions maps a community's exposure cap, opt-outs, check-in
// and rotation nudge.
func wellbeingOptions(c *config.Community) bot.WellbeingOptions {
	w := c.Wellbeing
	out := bot.WellbeingOptions{Cap: w.Cap(), OptOuts: map[string][]rules.Category{}, RotationNudge: w.Nudge(),
		CheckInText: w.CheckIn.Text, Support: w.CheckIn.Support}
	if w.CheckIn.Enabled {
		out.CheckInAfter = w.CheckIn.After
	}
	for _, o := range w.OptOuts {
		member, _ := config.SplitVolunteer(o.Volunteer)
		id, ok := strings.CutPrefix(member, "user:")
		if !ok {
			continue
		}
		for _, cat := range o.Categories {
			out.OptOuts[id] = append(out.OptOuts[id], rules.Category(cat))
		}
	}
	return out
}
