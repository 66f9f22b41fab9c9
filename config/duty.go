package config

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/trygbot/trygbot/internal/yamlerr"
)

// Where a prompt goes when nobody is on duty (Duty.Fallback).
const (
	FallbackCoordinators = "coordinators" // the coordinators' chat, mentioning the coordinators listed by user:ID
	FallbackChat         = "chat"         // duty.fallback_chat
	FallbackNone         = "none"         // the moderators' chat only, saying that nobody is on duty
)

// DefaultExposureCap is the exposure cap of a community that sets none:
// a volunteer's severity-weighted count of cases a day (low 1, medium 2,
// high 3, urgent 5), about ten serious cases.
const DefaultExposureCap = 30

// Duty configures a community's duty roster: who is on duty when, and
// where a prompt goes when nobody is.
type Duty struct {
	// Enabled routes prompts by the roster: a new prompt mentions the
	// volunteers on duty (or says nobody is, and goes to the fallback),
	// and a case nobody claimed is offered to the next volunteer on duty
	// in turn. Off, prompts go to the moderators' chat as before;
	// volunteers can still go on and off duty.
	Enabled bool `yaml:"enabled"`
	// Timezone is the IANA zone the shifts' hours are in; empty for the
	// top-level timezone.
	Timezone string `yaml:"timezone"`
	// Shifts are recurring: each puts its volunteers on duty on its days
	// between its hours, without a command.
	Shifts []Shift `yaml:"shifts"`
	// Fallback is where a new prompt also goes when nobody is on duty:
	// coordinators, chat (FallbackChat) or none.
	Fallback string `yaml:"fallback"`
	// FallbackChat is the chat for fallback: chat.
	FallbackChat string `yaml:"fallback_chat"`
}

// Shift is one recurring shift.
type Shift struct {
	// Days are mon, tue, wed, thu, fri, sat, sun, or daily, weekdays,
	// weekend. A shift past midnight belongs to the day it starts.
	Days []string `yaml:"days"`
	// From and To are "HH:MM"; a To at or before From ends the next day
	// (22:00 to 02:00).
	From string `yaml:"from"`
	To   string `yaml:"to"`
	// Volunteers are "user:ID" entries, each optionally followed by a
	// space and the name to show ("user:123 Anna"); they must be
	// moderators, admins or coordinators of the community, by user:ID or
	// through a role.
	Volunteers []string `yaml:"volunteers"`
}

// Wellbeing configures what keeps a community's volunteers well.
type Wellbeing struct {
	// ExposureCap is a volunteer's daily severity-weighted count of the
	// cases they opened, unmasked, claimed or handled (low 1, medium 2,
	// high 3, urgent 5) at which they are offered no new cases that day
	// and get a kind note; nil for DefaultExposureCap, 0 for no cap.
	ExposureCap *int `yaml:"exposure_cap,omitempty"`
	// OptOuts name categories a volunteer is never offered.
	OptOuts []OptOut `yaml:"opt_outs"`
	// CheckIn is the private check-in after an urgent case.
	CheckIn CheckIn `yaml:"check_in"`
	// RotationNudge notes to a volunteer who handled most of the
	// community's cases for two weeks that rotating would help; nil for
	// on.
	RotationNudge *bool `yaml:"rotation_nudge,omitempty"`
}

// OptOut is one volunteer's categories they are not offered.
type OptOut struct {
	// Volunteer is "user:ID".
	Volunteer  string   `yaml:"volunteer"`
	Categories []string `yaml:"categories"`
}

// CheckIn is a private message to a volunteer some hours after they
// handled an urgent case, with where to get support.
type CheckIn struct {
	Enabled bool `yaml:"enabled"`
	// After is how long after the case was handled.
	After time.Duration `yaml:"after"`
	// Support is where to get support (a phone number, a link), for
	// {support} in the text.
	Support string `yaml:"support"`
	// Text replaces the built-in message in the community's language;
	// {name} is the volunteer's name, {support} the support line.
	Text string `yaml:"text"`
}

// Categories a volunteer can opt out of: the rules engine's (app's
// TestOptOutCategoriesAgree keeps the two lists the same).
var dutyCategories = []string{"threat", "extremism", "dehumanisation", "slur", "generalisation", "harassment"}

// OptOutCategories lists the categories opt_outs take.
func OptOutCategories() []string { return slices.Clone(dutyCategories) }

var (
	dutyFallbacks = []string{FallbackCoordinators, FallbackChat, FallbackNone}
	weekdays      = []string{"sun", "mon", "tue", "wed", "thu", "fri", "sat"}
	dayGroups     = map[string][]time.Weekday{
		"daily":    {time.Sunday, time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday, time.Saturday},
		"weekdays": {time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday},
		"weekend":  {time.Saturday, time.Sunday},
	}
)

// Cap returns the exposure cap: ExposureCap, or DefaultExposureCap.
func (w Wellbeing) Cap() int {
	if w.ExposureCap == nil {
		return DefaultExposureCap
	}
	return *w.ExposureCap
}

// Nudge reports whether the rotation nudge is on (the default).
func (w Wellbeing) Nudge() bool { return w.RotationNudge == nil || *w.RotationNudge }

// Weekdays returns the days the shift starts on.
func (s Shift) Weekdays() []time.Weekday {
	var out []time.Weekday
	for _, d := range s.Days {
		d = strings.ToLower(strings.TrimSpace(d))
		if g, ok := dayGroups[d]; ok {
			out = append(out, g...)
		} else if i := slices.Index(weekdays, d); i >= 0 {
			out = append(out, time.Weekday(i))
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// Hours returns From and To as times of day; ok is false if either does
// not parse.
func (s Shift) Hours() (from, to time.Duration, ok bool) {
	from, ok1 := clock(s.From)
	to, ok2 := clock(s.To)
	return from, to, ok1 && ok2
}

// clock reads "HH:MM" (00:00 to 24:00).
func clock(s string) (time.Duration, bool) {
	var h, m int
	if n, err := fmt.Sscanf(strings.TrimSpace(s), "%d:%d", &h, &m); err != nil || n != 2 || len(strings.TrimSpace(s)) != 5 {
		return 0, false
	}
	if h < 0 || m < 0 || m > 59 || h > 24 || h == 24 && m != 0 {
		return 0, false
	}
	return time.Duration(h)*time.Hour + time.Duration(m)*time.Minute, true
}

// SplitVolunteer splits a volunteer entry "user:123 Anna" into its
// member entry and name.
func SplitVolunteer(e string) (member, name string) {
	member, name, _ = strings.Cut(strings.TrimSpace(e), " ")
	return member, strings.TrimSpace(name)
}

// DutyLocation returns the zone of the community's shifts.
func (c *Config) DutyLocation(com *Community) *time.Location {
	if com.Duty.Timezone != "" {
		if loc, err := time.LoadLocation(com.Duty.Timezone); err == nil {
			return loc
		}
	}
	return c.Location()
}

// validateDuty checks a community's duty and wellbeing blocks; at is the
// community's field path.
func (c *Config) validateDuty(p *problems, com *Community, at string) {
	d := com.Duty
	if d.Timezone != "" {
		if _, err := time.LoadLocation(d.Timezone); err != nil {
			p.addf(at+".duty.timezone", "an IANA zone name such as Europe/Copenhagen; empty for the top-level timezone", "unknown time zone %q", d.Timezone)
		}
	}
	switch {
	case d.Fallback == "":
	case !slices.Contains(dutyFallbacks, d.Fallback):
		p.addf(at+".duty.fallback", yamlerr.DidYouMean(d.Fallback, dutyFallbacks), "unknown fallback %q", d.Fallback)
	case d.Fallback == FallbackChat && d.FallbackChat == "":
		p.add(at+".duty.fallback_chat", "missing: fallback is chat", "the chat a prompt goes to when nobody is on duty; "+chatHint(com.Platform, "channel"))
	}
	if d.FallbackChat != "" && slices.Contains(platforms, com.Platform) {
		checkChat(p, at+".duty.fallback_chat", com.Platform, d.FallbackChat, "channel")
	}
	for i, s := range d.Shifts {
		sp := fmt.Sprintf("%s.duty.shifts[%d]", at, i)
		c.validateShift(p, com, s, sp)
	}
	w := com.Wellbeing
	if w.ExposureCap != nil && *w.ExposureCap < 0 {
		p.addf(at+".wellbeing.exposure_cap", fmt.Sprintf("0 for no cap; leave out for the default %d", DefaultExposureCap), "must not be negative, got %d", *w.ExposureCap)
	}
	for i, o := range w.OptOuts {
		op := fmt.Sprintf("%s.wellbeing.opt_outs[%d]", at, i)
		if o.Volunteer == "" {
			p.add(op+".volunteer", "missing", "the volunteer as user:ID")
		} else {
			checkVolunteer(p, op+".volunteer", com, o.Volunteer)
		}
		if len(o.Categories) == 0 {
			p.add(op+".categories", "no categories", "list some of "+strings.Join(dutyCategories, ", "))
		}
		for j, cat := range o.Categories {
			if !slices.Contains(dutyCategories, cat) {
				p.addf(fmt.Sprintf("%s.categories[%d]", op, j), yamlerr.DidYouMean(cat, dutyCategories), "unknown category %q", cat)
			}
		}
	}
	ci := w.CheckIn
	if ci.Enabled && ci.After <= 0 {
		p.addf(at+".wellbeing.check_in.after", "a duration such as 3h", "must be positive, got %s", ci.After)
	}
	if ci.Enabled && ci.Support == "" && (ci.Text == "" || strings.Contains(ci.Text, "{support}")) {
		p.add(at+".wellbeing.check_in.support", "missing: the check-in says where to get support",
			"a phone number or link, such as \"the coordinators' line, 12 34 56 78\"")
	}
}

// validateShift checks one shift at path sp.
func (c *Config) validateShift(p *problems, com *Community, s Shift, sp string) {
	all := append(slices.Clone(weekdays), "daily", "weekdays", "weekend")
	if len(s.Days) == 0 {
		p.add(sp+".days", "no days", "list days such as [mon, tue] or write [daily], [weekdays] or [weekend]")
	}
	for j, d := range s.Days {
		if !slices.Contains(all, strings.ToLower(strings.TrimSpace(d))) {
			p.addf(fmt.Sprintf("%s.days[%d]", sp, j), yamlerr.DidYouMean(strings.ToLower(d), all), "unknown day %q", d)
		}
	}
	from, okFrom := clock(s.From)
	to, okTo := clock(s.To)
	if !okFrom {
		p.addf(sp+".from", `a time of day as "HH:MM", such as "18:00", in quotes`, "invalid time %q", s.From)
	}
	if !okTo {
		p.addf(sp+".to", `a time of day as "HH:MM"; at or before from, the shift ends the next day ("02:00")`, "invalid time %q", s.To)
	}
	if okFrom && okTo && from == to {
		p.add(sp+".to", "the shift is empty", `write "00:00" to "24:00" for a whole day`)
	}
	if len(s.Volunteers) == 0 {
		p.add(sp+".volunteers", "nobody on this shift", `list volunteers as "user:ID" or "user:ID Name"`)
	}
	for j, v := range s.Volunteers {
		checkVolunteer(p, fmt.Sprintf("%s.volunteers[%d]", sp, j), com, v)
	}
}

// checkVolunteer checks a "user:ID" or "user:ID Name" entry of someone
// who may act on the community's prompts.
func checkVolunteer(p *problems, path string, com *Community, e string) {
	member, _ := SplitVolunteer(e)
	if kind, _, _ := strings.Cut(member, ":"); kind == "role" {
		p.addf(path, "a shift or opt-out names people: list each as user:ID", "invalid entry %q", e)
		return
	}
	before := len(p.errs)
	checkMember(p, path, com.Platform, member)
	if len(p.errs) != before {
		return
	}
	_, id, _ := strings.Cut(member, ":")
	if !listed(com.Moderators, id, nil) && !listed(com.Admins, id, nil) && !listed(com.Coordinators, id, nil) && !hasRoles(com) {
		p.addf(path, "add them to moderators (only moderators, admins and coordinators may be on duty)",
			"%s is not one of the community's moderators", member)
	}
}

// hasRoles reports whether the community names moderators by role, so a
// user:ID not listed may still be one.
func hasRoles(com *Community) bool {
	for _, l := range [][]string{com.Moderators, com.Admins, com.Coordinators} {
		for _, e := range l {
			if strings.HasPrefix(e, "role:") {
				return true
			}
		}
	}
	return false
}
