package report

import (
	"cmp"
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/trygbot/trygbot/storage"
)

// Duty is the summary's duty roster and wellbeing section: hours with
// flags but nobody on duty, time to claim by volunteers on and off duty,
// and each volunteer's exposure and caps reached, under the labels of
// Volunteer load. Nil when the week has no roster data.
type Duty struct {
	// Communities are those whose roster was in use this week: a prompt
	// mentioned volunteers on duty or said nobody was, a case was offered
	// in turn or claimed on duty, or someone was on duty there by a
	// command, button or the dashboard, or went off duty during the week.
	// The hours and claim times count their cases only.
	Communities []string `json:"communities"`
	// Flags are the week's flags in those communities, and FlagHours the
	// hours of the week (in the summary's zone) with one; UncoveredHours those with a flag nobody
	// on duty could take, UncoveredFlags those flags.
	Flags          Count `json:"flags"`
	FlagHours      int   `json:"flag_hours"`
	UncoveredHours int   `json:"uncovered_hours"`
	UncoveredFlags Count `json:"uncovered_flags"`
	// ByDay is UncoveredHours and UncoveredFlags per day, Monday first.
	ByDay [7]DutyDay `json:"by_day"`
	// ClaimOnDuty and ClaimOffDuty are the times to claim of the cases
	// claimed by a volunteer on duty and by one who was not.
	ClaimOnDuty  Durations `json:"claim_on_duty"`
	ClaimOffDuty Durations `json:"claim_off_duty"`
	// Volunteers is each volunteer's exposure this week, most first.
	Volunteers []VolunteerExposure `json:"volunteers"`
	// CapsReached counts the volunteer-days at the exposure cap.
	CapsReached int `json:"caps_reached"`
	// Authors are the distinct authors of the week's cases: the
	// volunteers' numbers are shown only when they are at least
	// MinGroup, so that no volunteer's load points at fewer authors.
	Authors int `json:"authors"`
}

// DutyDay is one day's hours with flags nobody on duty could take.
type DutyDay struct {
	Hours int   `json:"hours"`
	Flags Count `json:"flags"`
}

// VolunteerExposure is one volunteer's week of exposure, under a label
// ("moderator A", as in Volunteer load), never an id.
type VolunteerExposure struct {
	Volunteer string `json:"volunteer"`
	// Days they saw flagged cases; Cases is case-days (a case counts
	// once a day); Weight their sum by severity, MaxDay their heaviest
	// day's; CapDays the days they reached the cap.
	Days    int `json:"days"`
	Cases   int `json:"cases"`
	Weight  int `json:"weight"`
	MaxDay  int `json:"max_day"`
	CapDays int `json:"cap_days"`
	// Opened (on the dashboard), Unmasked, Claimed, Handled count the
	// times they did each.
	Opened   int `json:"opened"`
	Unmasked int `json:"unmasked"`
	Claimed  int `json:"claimed"`
	Handled  int `json:"handled"`
	// Share is Weight of every volunteer's.
	Share float64 `json:"share"`
}

// duty builds the section from the week's cases, the store's roster (if
// it keeps one) and the audit log's cap_reached entries.
func (s *Summary) duty(ctx context.Context, store storage.Store, opt Options, week []storage.Case) error {
	r, _ := store.(storage.Roster)
	d := &Duty{}
	inScope := func(c string) bool { return opt.Communities == nil || slices.Contains(opt.Communities, c) }
	roster := map[string]bool{}
	for _, c := range week {
		if len(c.Mentioned) > 0 || len(c.Offers) > 0 || c.Uncovered || c.ClaimedOnDuty {
			roster[c.Community] = true
		}
	}
	var rows []storage.Exposure
	if r != nil {
		ds, err := r.ListDuty(ctx, "")
		if err != nil {
			return fmt.Errorf("report: duty: %w", err)
		}
		for _, x := range ds {
			// on duty in the week, or went on or off duty during it
			if inScope(x.Community) && x.Since.Before(s.Until) && (x.On || !x.Since.Before(s.From)) {
				roster[x.Community] = true
			}
		}
		first, last := s.From.Format(time.DateOnly), s.Until.Add(-time.Nanosecond).Format(time.DateOnly)
		if rows, err = r.ListExposure(ctx, storage.ExposureQuery{From: first, To: last}); err != nil {
			return fmt.Errorf("report: exposure: %w", err)
		}
		rows = slices.DeleteFunc(rows, func(x storage.Exposure) bool { return !inScope(x.Community) })
	}
	caps, err := capsReached(ctx, store, s.From, s.Until, inScope)
	if err != nil {
		return err
	}
	if len(roster) == 0 && len(rows) == 0 && len(caps) == 0 {
		return nil
	}
	d.Communities = slices.Sorted(maps.Keys(roster))
	d.hours(week, roster, s.From.Location())
	d.claims(week, roster)
	var authors counter
	for _, c := range week {
		authors.add(c.Author)
	}
	d.Authors = len(authors.authors)
	d.volunteers(rows, caps, s.labels)
	s.Duty = d
	return nil
}

// capsReached counts the cap_reached entries of the audit log between
// from and until per volunteer, in the communities in scope (an entry's
// detail starts with its community's id).
func capsReached(ctx context.Context, store storage.Store, from, until time.Time, inScope func(string) bool) (map[string]int, error) {
	entries, err := store.ListAudit(ctx, storage.AuditQuery{Since: from.UTC(), Until: until.UTC()})
	if err != nil {
		return nil, fmt.Errorf("report: audit: %w", err)
	}
	out := map[string]int{}
	for _, e := range entries {
		comm, _, _ := strings.Cut(e.Detail, " ")
		if e.Action == "cap_reached" && inScope(comm) {
			out[e.Actor]++
		}
	}
	return out, nil
}

// hours counts the hours with flags in the roster's communities, and
// those with a flag nobody on duty could take, in loc.
func (d *Duty) hours(week []storage.Case, roster map[string]bool, loc *time.Location) {
	flagged, uncovered := map[string]bool{}, map[string]bool{}
	var byDay [7]counter
	var all, flags counter
	for _, c := range week {
		if !isFlag(c) || !roster[c.Community] {
			continue
		}
		t := c.CreatedAt.In(loc)
		key := t.Format("2006-01-02 15")
		flagged[key] = true
		flags.add(c.Author)
		if !c.Uncovered {
			continue
		}
		day, _ := hourOfWeek(t)
		if !uncovered[key] {
			uncovered[key] = true
			d.ByDay[day].Hours++
		}
		byDay[day].add(c.Author)
		all.add(c.Author)
	}
	d.Flags, d.FlagHours, d.UncoveredHours, d.UncoveredFlags = flags.count(), len(flagged), len(uncovered), all.count()
	for i := range byDay {
		d.ByDay[i].Flags = byDay[i].count()
	}
}

// claims measures the time to claim in the roster's communities, by
// whether the claim was made on duty.
func (d *Duty) claims(week []storage.Case, roster map[string]bool) {
	var on, off []time.Duration
	var onA, offA counter
	for _, c := range week {
		if c.ClaimedAt.IsZero() || !roster[c.Community] {
			continue
		}
		wait := max(c.ClaimedAt.Sub(c.CreatedAt), 0)
		if c.ClaimedOnDuty {
			on = append(on, wait)
			onA.add(c.Author)
		} else {
			off = append(off, wait)
			offA.add(c.Author)
		}
	}
	d.ClaimOnDuty = Durations{Cases: onA.count(), Median: Percentile(on, 0.5), P90: Percentile(on, 0.9)}
	d.ClaimOffDuty = Durations{Cases: offA.count(), Median: Percentile(off, 0.5), P90: Percentile(off, 0.9)}
}

// volunteers sums each volunteer's exposure rows and caps reached, and
// labels them: as Volunteer load does where it has, then onwards by
// weight.
func (d *Duty) volunteers(rows []storage.Exposure, caps map[string]int, labels map[string]string) {
	by := map[string]*VolunteerExposure{}
	days := map[string]map[string]int{} // volunteer → day → weight
	get := func(id string) *VolunteerExposure {
		if by[id] == nil {
			by[id], days[id] = &VolunteerExposure{}, map[string]int{}
		}
		return by[id]
	}
	total := 0
	for _, x := range rows {
		v := get(x.UserID)
		v.Cases += x.Cases
		v.Weight += x.Weight
		v.Opened += x.Opened
		v.Unmasked += x.Unmasked
		v.Claimed += x.Claimed
		v.Handled += x.Handled
		days[x.UserID][x.Day] += x.Weight
		total += x.Weight
	}
	for id, n := range caps {
		get(id).CapDays = n
		d.CapsReached += n
	}
	ids := make([]string, 0, len(by))
	for id, v := range by {
		v.Days = len(days[id])
		for _, w := range days[id] {
			v.MaxDay = max(v.MaxDay, w)
		}
		if total > 0 {
			v.Share = float64(v.Weight) / float64(total)
		}
		ids = append(ids, id)
	}
	slices.SortFunc(ids, func(a, b string) int {
		return cmp.Or(cmp.Compare(by[b].Weight, by[a].Weight), cmp.Compare(by[b].CapDays, by[a].CapDays), cmp.Compare(a, b))
	})
	next := len(labels)
	for _, id := range ids {
		v := by[id]
		if l, ok := labels[id]; ok {
			v.Volunteer = l
		} else {
			v.Volunteer = "moderator " + label(next)
			next++
		}
		d.Volunteers = append(d.Volunteers, *v)
	}
}
