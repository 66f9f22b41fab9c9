package report

import (
	_ "embed"
	"math"
	"strconv"
	"strings"
)

// dutySource defines the template "duty": the section with its charts.
//
//go:embed duty.html.tmpl
var dutySource string

// dutyNotes head the duty section's tables.
const (
	dutyNote = "In the communities whose duty roster was in use this week (a prompt mentioned volunteers on duty or said nobody was, " +
		"a case was offered in turn or claimed on duty, or someone went on or off duty there): %s. An hour counts once however many flags it had."
	dutyClaimNote = "Cases of those communities claimed this week, by whether whoever claimed them was on duty then (a shift, a chat command, " +
		"the Discord button or the dashboard). Observational: who is on duty also decides who sees a prompt first."
	dutyExposureNote = "What each volunteer was exposed to this week: the cases they opened on the dashboard, unmasked, claimed or handled, " +
		"each case once a day, weighted by severity (low 1, medium 2, high 3, urgent 5); days at cap: the days they reached their " +
		"community's exposure cap. Labels as in Volunteer load, not kept between weeks; no ids. Numbers read \"%s\" when the week's " +
		"cases describe fewer than %d authors."
)

// volunteersHidden reports whether the volunteers' numbers are hidden:
// the week's cases describe fewer than MinGroup authors.
func (s *Summary) volunteersHidden() bool { return s.Duty != nil && s.Duty.Authors < s.MinGroup }

// dutyTables are the duty section's tables, for Markdown, CSV and HTML.
func (s *Summary) dutyTables() []table {
	d := s.Duty
	if d == nil {
		return nil
	}
	hide := func(c Count, v int) string {
		if s.suppressed(c) {
			return s.hidden()
		}
		return strconv.Itoa(v)
	}
	vol := func(v int) string {
		if s.volunteersHidden() {
			return s.hidden()
		}
		return strconv.Itoa(v)
	}
	comms := strings.Join(d.Communities, ", ")
	if comms == "" {
		comms = "none"
	}
	cover := table{section: "duty", title: "Duty roster", header: []string{"measure", "value"}, note: strings.Replace(dutyNote, "%s", comms, 1),
		rows: [][]string{
			{"hours with flags", hide(d.Flags, d.FlagHours)},
			{"hours with flags but nobody on duty", hide(d.UncoveredFlags, d.UncoveredHours)},
			{"flags nobody on duty could take", s.count(d.UncoveredFlags)},
			{"volunteer-days at the exposure cap", vol(d.CapsReached)},
		}}
	byDay := table{section: "duty_uncovered_by_day", title: "Hours with flags but nobody on duty, by day", header: []string{"day", "hours", "flags"}}
	for i, day := range Days {
		x := d.ByDay[i]
		byDay.rows = append(byDay.rows, []string{day, hide(x.Flags, x.Hours), s.count(x.Flags)})
	}
	claim := table{section: "duty_claim", title: "Time to claim on and off duty", header: []string{"claimed by", "cases", "median", "p90"}, note: dutyClaimNote}
	for _, m := range []struct {
		name string
		d    Durations
	}{{"a volunteer on duty", d.ClaimOnDuty}, {"a volunteer off duty", d.ClaimOffDuty}} {
		claim.rows = append(claim.rows, []string{m.name, s.count(m.d.Cases), s.dur(m.d.Cases, m.d.Median), s.dur(m.d.Cases, m.d.P90)})
	}
	exp := table{section: "volunteer_exposure", title: "Exposure per volunteer",
		header: []string{"moderator", "days", "cases", "weight", "heaviest day", "days at cap", "opened", "unmasked", "claimed", "handled", "share"},
		note:   strings.NewReplacer("%s", s.hidden(), "%d", strconv.Itoa(s.MinGroup)).Replace(dutyExposureNote)}
	for _, v := range d.Volunteers {
		share := strconv.FormatFloat(100*v.Share, 'f', 0, 64) + "%"
		if s.volunteersHidden() {
			share = s.hidden()
		}
		exp.rows = append(exp.rows, []string{v.Volunteer, vol(v.Days), vol(v.Cases), vol(v.Weight), vol(v.MaxDay), vol(v.CapDays),
			vol(v.Opened), vol(v.Unmasked), vol(v.Claimed), vol(v.Handled), share})
	}
	return []table{cover, byDay, claim, exp}
}

// dutyView is the duty section for the HTML page: its tables, each with
// the chart drawn above it (none for the first).
type dutyView struct {
	Tables []htmlTable
	Charts []dutyChart
	Hidden string
}

// dutyChart is a bar chart of the duty section.
type dutyChart struct {
	Title string
	Bars  []bar
	H     int
}

// dutyView lays the duty section out for the HTML page; nil without one.
func (s *Summary) dutyView() *dutyView {
	d := s.Duty
	if d == nil {
		return nil
	}
	v := &dutyView{Hidden: s.hidden()}
	for _, t := range s.dutyTables() {
		v.Tables = append(v.Tables, htmlTable{Title: t.title, Note: t.note, Header: t.header, Rows: t.rows})
	}
	var days []barValue
	for i, day := range Days {
		x := d.ByDay[i]
		days = append(days, barValue{label: day, text: s.count(Count{N: x.Hours, Authors: x.Flags.Authors}), v: float64(x.Hours), hidden: s.suppressed(x.Flags)})
	}
	var claims []barValue
	for _, m := range []struct {
		name string
		d    Durations
	}{{"on duty", d.ClaimOnDuty}, {"off duty", d.ClaimOffDuty}} {
		claims = append(claims, barValue{label: m.name, text: s.dur(m.d.Cases, m.d.Median), v: m.d.Median.Minutes(), hidden: s.suppressed(m.d.Cases)})
	}
	var load []barValue
	for _, x := range d.Volunteers {
		load = append(load, barValue{label: x.Volunteer, text: strconv.Itoa(x.Weight), v: float64(x.Weight), hidden: s.volunteersHidden()})
	}
	if s.volunteersHidden() {
		for i := range load {
			load[i].text = s.hidden()
		}
	}
	v.Charts = []dutyChart{
		{},
		bars("Hours with flags but nobody on duty, by day", days),
		bars("Median time to claim, on and off duty", claims),
		bars("Exposure per volunteer this week (weighted by severity)", load),
	}
	return v
}

// barValue is one bar before it is laid out.
type barValue struct {
	label, text string
	v           float64
	hidden      bool
}

// bars lays out a bar chart like the summary's others: hidden bars as a
// grey stub labelled "< N", the longest shown bar 420 wide.
func bars(title string, vs []barValue) dutyChart {
	top := 0.0
	for _, x := range vs {
		if !x.hidden && !math.IsNaN(x.v) {
			top = max(top, x.v)
		}
	}
	c := dutyChart{Title: title, H: 16 + 28*len(vs)}
	for i, x := range vs {
		b := bar{Label: x.label, Value: x.text, Y: 8 + 28*i, Hidden: x.hidden}
		if !b.Hidden && top > 0 {
			b.Width = 420 * x.v / top
		}
		c.Bars = append(c.Bars, b)
	}
	return c
}
