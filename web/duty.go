package web

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/trygbot/trygbot/bot"
	"github.com/trygbot/trygbot/storage"
)

// DutyRoster is the duty roster as the duty page uses it; *bot.Bot
// implements it. Options.Bot provides it, checked with a type assertion:
// without it the page says the roster is not available.
type DutyRoster interface {
	// OnDutyNow lists who is on duty in a community now.
	OnDutyNow(ctx context.Context, community string) ([]bot.OnDuty, error)
	// Coverage lists a community's shifts of the days from from on, and
	// the time in between no shift covers.
	Coverage(community string, from time.Time, days int) ([]bot.Slot, time.Duration)
	// SetDuty puts a volunteer on or off duty; bot.ErrForbidden when
	// they are not one of the community's moderators.
	SetDuty(ctx context.Context, req bot.DutyRequest) error
	// ExposureToday is a volunteer's weighted exposure today and the
	// community's cap (0: none).
	ExposureToday(ctx context.Context, community, userID string) (weight, limit int, err error)
}

// OpenCounter counts a case opened on the dashboard in the linked
// volunteer's daily exposure and returns the kind note when that reached
// their cap; *bot.Bot implements it.
type OpenCounter interface {
	CountOpened(ctx context.Context, c storage.Case, userID string) string
}

var (
	_ DutyRoster  = (*bot.Bot)(nil)
	_ OpenCounter = (*bot.Bot)(nil)
)

// coverageDays is how far ahead the duty page shows shifts.
const coverageDays = 7

// dutyRow is one community on the duty page.
type dutyRow struct {
	ID, Name, Platform string
	OnDuty             []onDutyRow
	Slots              []slotRow
	// Gaps is the hours of the coming week no shift covers.
	Gaps int
	// Chart is the coming week's coverage, one row of 24 hours a day.
	Chart coverageChart
	// Linked: the login has a chat account on the community's platform;
	// Mine says whether it is on duty; Weight of Limit is its exposure
	// today (Limit 0: no cap).
	Linked        bool
	Mine          bool
	Weight, Limit int
	Err           string
}

type onDutyRow struct{ Name, Since, By string }

type slotRow struct{ When, Who string }

// coverageChart is an SVG of the coming days: one row per day, a cell
// per hour, shaded where a shift covers it.
type coverageChart struct {
	Days  []chartDay
	Spans []chartSpan
	H     int
}

type chartDay struct {
	Label string
	Y     int
}

type chartSpan struct {
	X, Y, W int
	Title   string
}

type dutyData struct {
	Communities []dutyRow
	Enabled     bool
	Days        int
}

// roster returns the bot's duty roster, or nil.
func (s *server) roster() DutyRoster {
	r, _ := s.opt.Bot.(DutyRoster)
	return r
}

// linkedID is the login's chat account on a platform, or "".
func (s *server) linkedID(sess session, platform string) string {
	return s.users[sess.Name].Volunteer[platform]
}

// handleDuty shows, for each community the login may see, who is on
// duty now, the coming week's shifts and hours without one, and a toggle
// for the login's own linked account.
func (s *server) handleDuty(w http.ResponseWriter, r *http.Request, sess session) {
	d := dutyData{Enabled: s.roster() != nil, Days: coverageDays}
	for _, c := range s.opt.Communities {
		if !s.inScope(sess, c.ID) {
			continue
		}
		row := dutyRow{ID: c.ID, Name: firstNonEmpty(c.Name, c.ID), Platform: c.Platform}
		if d.Enabled {
			s.fillDuty(r.Context(), sess, &row)
		}
		d.Communities = append(d.Communities, row)
	}
	s.render(w, r, http.StatusOK, "duty.html", &sess, "Duty", d)
}

// fillDuty fills a community's row from the roster.
func (s *server) fillDuty(ctx context.Context, sess session, row *dutyRow) {
	ro := s.roster()
	now := s.opt.Now()
	on, err := ro.OnDutyNow(ctx, row.ID)
	if err != nil {
		s.log.Error("duty page: who is on duty", "community", row.ID, "err", err)
		row.Err = "Who is on duty cannot be read right now."
	}
	mine := s.linkedID(sess, row.Platform)
	row.Linked = mine != ""
	for _, o := range on {
		row.OnDuty = append(row.OnDuty, onDutyRow{Name: o.Name, Since: s.when(o.Since), By: dutyByText(o.By)})
		row.Mine = row.Mine || (row.Linked && o.UserID == mine)
	}
	slots, gaps := ro.Coverage(row.ID, now, coverageDays)
	row.Gaps = int(gaps.Round(time.Hour).Hours())
	for _, sl := range slots {
		var names []string
		for _, v := range sl.Volunteers {
			names = append(names, firstNonEmpty(v.Name, "volunteer"))
		}
		row.Slots = append(row.Slots, slotRow{When: s.span(sl.Start, sl.End), Who: strings.Join(names, ", ")})
	}
	row.Chart = s.coverageChart(slots, now)
	if row.Linked {
		if row.Weight, row.Limit, err = ro.ExposureToday(ctx, row.ID, mine); err != nil {
			s.log.Error("duty page: exposure", "community", row.ID, "err", err)
		}
	}
}

// span renders a shift's start and end in the dashboard's zone.
func (s *server) span(start, end time.Time) string {
	a, b := start.In(s.opt.Location), end.In(s.opt.Location)
	if a.YearDay() == b.YearDay() || b.Equal(time.Date(a.Year(), a.Month(), a.Day()+1, 0, 0, 0, 0, a.Location())) {
		return a.Format("Mon 2 Jan 15:04") + "–" + b.Format("15:04")
	}
	return a.Format("Mon 2 Jan 15:04") + " – " + b.Format("Mon 15:04")
}

// coverageChart lays the shifts of the coming days out as rows of 24
// hours, from today's midnight in the dashboard's zone.
func (s *server) coverageChart(slots []bot.Slot, now time.Time) coverageChart {
	const hourW, rowH, left = 20, 22, 110
	n := now.In(s.opt.Location)
	day0 := time.Date(n.Year(), n.Month(), n.Day(), 0, 0, 0, 0, s.opt.Location)
	ch := coverageChart{H: 24 + rowH*(coverageDays+1)}
	for i := range coverageDays + 1 {
		start := day0.AddDate(0, 0, i)
		end := start.AddDate(0, 0, 1)
		y := 20 + rowH*i
		ch.Days = append(ch.Days, chartDay{Label: start.Format("Mon 2 Jan"), Y: y})
		for _, sl := range slots {
			a, b := maxTime(sl.Start, start), minTime(sl.End, end)
			if !b.After(a) {
				continue
			}
			x := left + int(a.Sub(start).Minutes())*hourW/60
			wd := max(int(b.Sub(a).Minutes())*hourW/60, 2)
			var names []string
			for _, v := range sl.Volunteers {
				names = append(names, firstNonEmpty(v.Name, "volunteer"))
			}
			ch.Spans = append(ch.Spans, chartSpan{X: x, Y: y, W: wd, Title: s.span(sl.Start, sl.End) + ": " + strings.Join(names, ", ")})
		}
	}
	return ch
}

func maxTime(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

func minTime(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}

// dutyByText says how someone went on duty.
func dutyByText(by string) string {
	switch by {
	case storage.DutyByShift:
		return "shift"
	case storage.DutyByCommand:
		return "chat command"
	case storage.DutyByButton:
		return "button"
	case storage.DutyByDashboard:
		return "dashboard"
	}
	return by
}

// handleDutySet puts the login's own linked account on or off duty in
// one of its communities. A community outside its scope gets 403; a login
// without a linked account on the community's platform, or whose account
// is not one of that community's moderators, is refused.
func (s *server) handleDutySet(w http.ResponseWriter, r *http.Request, sess session) {
	id := r.PostFormValue("community")
	var comm *Community
	for i := range s.opt.Communities {
		if s.opt.Communities[i].ID == id {
			comm = &s.opt.Communities[i]
		}
	}
	if comm == nil {
		http.Error(w, "unknown community", http.StatusBadRequest)
		return
	}
	if !s.inScope(sess, id) {
		s.outOfScope(w, r, sess)
		return
	}
	on := r.PostFormValue("on") == "on"
	ro, mine := s.roster(), s.linkedID(sess, comm.Platform)
	name := firstNonEmpty(comm.Name, comm.ID)
	var msg string
	switch {
	case ro == nil:
		msg = "The duty roster is not available."
	case mine == "":
		s.log.Warn("duty refused: no linked chat account", "user", sess.Name, "community", id)
		http.Error(w, "forbidden: your login has no chat account on "+label(s.opt.Lang, comm.Platform)+" (web.users[].volunteer)", http.StatusForbidden)
		return
	default:
		err := ro.SetDuty(r.Context(), bot.DutyRequest{Community: id, UserID: mine, Name: sess.Name, On: on, By: storage.DutyByDashboard, Role: sess.Role})
		switch {
		case errors.Is(err, bot.ErrForbidden):
			s.log.Warn("duty refused: not a moderator of the community", "user", sess.Name, "community", id)
			http.Error(w, "forbidden: your chat account is not one of "+name+"'s moderators", http.StatusForbidden)
			return
		case err != nil:
			s.log.Error("duty not changed", "user", sess.Name, "community", id, "err", err)
			msg = "That could not be saved just now. Please try again in a moment."
		case on:
			msg = "You are on duty in " + name + "."
		default:
			msg = "You are off duty in " + name + "."
		}
	}
	s.setFlash(w, msg)
	http.Redirect(w, r, "/duty", http.StatusSeeOther)
}

// countOpened counts a case the login opened in its linked account's
// exposure, and returns the kind note at the cap.
func (s *server) countOpened(ctx context.Context, sess session, c storage.Case) string {
	oc, ok := s.opt.Bot.(OpenCounter)
	mine := s.linkedID(sess, c.Platform)
	if !ok || mine == "" || c.Purged {
		return ""
	}
	return oc.CountOpened(ctx, c, mine)
}

// handleUnmask shows the case's message unmasked to the login that asked:
// a deliberate POST, done through the bot as the chat's "Show hidden
// words" is, so it is in the audit log and the metrics, and counted in
// the linked account's exposure. The answer is the case page with the
// message in full; a reload asks again.
func (s *server) handleUnmask(w http.ResponseWriter, r *http.Request, sess session) {
	c, ok := s.loadCase(w, r, sess)
	if !ok {
		return
	}
	fb, err := s.opt.Bot.Act(r.Context(), bot.ActionRequest{CaseID: c.ID, Nonce: r.PostFormValue("nonce"), Kind: bot.ActUnmask,
		ActorID: "web:" + sess.Name, ActorName: sess.Name, Role: sess.Role, Communities: s.communitiesOf(sess),
		Volunteer: s.users[sess.Name].Volunteer})
	var ae *bot.ActionError
	switch {
	case errors.As(err, &ae):
		s.setFlash(w, fmt.Sprintf("Case %d: %s", c.ID, ae.Text))
		http.Redirect(w, r, "/cases/"+strconv.FormatInt(int64(c.ID), 10), http.StatusSeeOther)
		return
	case errors.Is(err, bot.ErrForbidden):
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	case err != nil:
		s.fail(w, "unmask", err)
		return
	}
	s.log.Info("case unmasked on the dashboard", "case", c.ID, "user", sess.Name)
	s.showCase(w, r, sess, c, func(d *caseData) {
		if !c.Purged {
			d.Unmasked = c.Text
		}
		d.Told = paragraphs(fb.Text)
	})
}

// paragraphs splits feedback into its paragraphs.
func paragraphs(text string) []string {
	var out []string
	for _, p := range strings.Split(text, "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// firstNonEmpty returns the first of its arguments that is not empty.
func firstNonEmpty(xs ...string) string {
	if i := slices.IndexFunc(xs, func(x string) bool { return x != "" }); i >= 0 {
		return xs[i]
	}
	return ""
}
