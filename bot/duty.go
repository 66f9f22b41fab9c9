package bot

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/trygbot/trygbot/rules"
	"github.com/trygbot/trygbot/storage"
)

// Where a prompt also goes when nobody on duty can take it
// (DutyOptions.Fallback).
const (
	FallbackCoordinators = "coordinators"
	FallbackChat         = "chat"
	FallbackNone         = "none"
)

// DutyOptions are a community's duty roster settings.
type DutyOptions struct {
	// Routing: new prompts mention the volunteers on duty, go to the
	// fallback when none can take them, and unclaimed cases are offered
	// in turn to the next volunteer on duty.
	Routing bool
	// Shifts put volunteers on duty on their days and hours.
	Shifts []Shift
	// Fallback is FallbackCoordinators (the default), FallbackChat
	// (FallbackChatID) or FallbackNone.
	Fallback       string
	FallbackChatID string
	// Location is the zone of the community's days (exposure counts a
	// day from midnight there); nil for the bot's.
	Location *time.Location
}

// Shift is one recurring shift: on Days, from From to To after midnight
// in Location (a To at or before From ends the next day).
type Shift struct {
	Days       []time.Weekday
	From, To   time.Duration
	Location   *time.Location
	Volunteers []Volunteer
}

// Volunteer is a moderator named in a shift.
type Volunteer struct {
	ID   string // platform user id
	Name string
}

// OnDuty is a volunteer on duty now: since when and by what
// (storage.DutyBy...).
type OnDuty struct {
	UserID string
	Name   string
	Since  time.Time
	By     string
}

// window returns the shift's occurrence that contains t, if one does: an
// occurrence starts on one of Days at From, in the shift's zone, so a
// shift past midnight is found from the day after too. Times of day are
// wall-clock times, also on the days daylight saving time starts or
// ends.
func (s Shift) window(t time.Time) (start, end time.Time, ok bool) {
	loc := s.Location
	if loc == nil {
		loc = time.UTC
	}
	local := t.In(loc)
	for back := 0; back <= 1; back++ {
		day := time.Date(local.Year(), local.Month(), local.Day()-back, 0, 0, 0, 0, loc)
		start, end := s.occurrence(day)
		if slices.Contains(s.Days, day.Weekday()) && !t.Before(start) && t.Before(end) {
			return start, end, true
		}
	}
	return time.Time{}, time.Time{}, false
}

// occurrence is the shift's start and end when it starts on day.
func (s Shift) occurrence(day time.Time) (start, end time.Time) {
	at := func(d time.Duration, plusDays int) time.Time {
		return time.Date(day.Year(), day.Month(), day.Day()+plusDays, int(d/time.Hour), int(d%time.Hour/time.Minute), 0, 0, day.Location())
	}
	start = at(s.From, 0)
	if s.To > s.From {
		return start, at(s.To, 0)
	}
	return start, at(s.To, 1)
}

// Roster returns the store's duty roster, or nil when it has none.
func (b *Bot) roster() storage.Roster {
	r, _ := b.store.(storage.Roster)
	return r
}

// OnDutyNow lists who is on duty in a community at the bot's now: each
// volunteer who went on duty (and not off since), and each volunteer of
// a shift under way who did not go off duty during it; sorted by name.
func (b *Bot) OnDutyNow(ctx context.Context, communityID string) ([]OnDuty, error) {
	comm, ok := b.byID[communityID]
	if !ok {
		return nil, ErrUnknownCommunity
	}
	return b.onDuty(ctx, comm, b.opt.Now().UTC())
}

func (b *Bot) onDuty(ctx context.Context, comm *Community, now time.Time) ([]OnDuty, error) {
	r := b.roster()
	if r == nil {
		return nil, nil
	}
	records, err := r.ListDuty(ctx, comm.ID)
	if err != nil {
		return nil, fmt.Errorf("bot: who is on duty: %w", err)
	}
	set := map[string]storage.Duty{}
	on := map[string]OnDuty{}
	for _, d := range records {
		if d.Platform != comm.Platform {
			continue
		}
		set[d.UserID] = d
		if d.On {
			on[d.UserID] = OnDuty{UserID: d.UserID, Name: d.Name, Since: d.Since, By: d.By}
		}
	}
	for _, s := range comm.Duty.Shifts {
		start, _, ok := s.window(now)
		if !ok {
			continue
		}
		for _, v := range s.Volunteers {
			if _, already := on[v.ID]; already {
				continue
			}
			if d, ok := set[v.ID]; ok && !d.On && !d.Since.Before(start) {
				continue // went off duty during this shift
			}
			name := v.Name
			if d, ok := set[v.ID]; ok && name == "" {
				name = d.Name
			}
			on[v.ID] = OnDuty{UserID: v.ID, Name: firstNonEmpty(name, v.ID), Since: start.UTC(), By: storage.DutyByShift}
		}
	}
	out := make([]OnDuty, 0, len(on))
	for _, d := range on {
		out = append(out, d)
	}
	slices.SortFunc(out, func(a, b OnDuty) int { return strings.Compare(a.UserID, b.UserID) })
	return out, nil
}

// DutyRequest is a volunteer going on or off duty: by a command or
// button in chat (Platform, ActorID), or on the dashboard (Role set by
// the caller).
type DutyRequest struct {
	Community string
	UserID    string // the volunteer's platform user id
	Name      string
	Roles     []string
	On        bool
	By        string // storage.DutyByCommand, DutyByButton, DutyByDashboard
	// Role, when set, is the role of whoever changes the volunteer's
	// duty as the caller established it (the dashboard's login): an
	// admin or coordinator may change anyone's; otherwise the
	// volunteer must be a moderator of the community.
	Role Role
}

// SetDuty puts a moderator of the community on or off duty, and records
// it in the audit log. It returns ErrForbidden for anyone who is not one
// of the community's moderators, admins or coordinators, and
// ErrUnknownCommunity for an unknown community.
func (b *Bot) SetDuty(ctx context.Context, req DutyRequest) error {
	comm, ok := b.byID[req.Community]
	if !ok {
		return ErrUnknownCommunity
	}
	r := b.roster()
	if r == nil {
		return errors.New("bot: the store keeps no duty roster")
	}
	role := req.Role
	if role == RoleNone {
		role = comm.RoleOf(req.UserID, req.Roles)
	} else if comm.RoleOf(req.UserID, req.Roles) == RoleNone && !byRole(comm) {
		role = RoleNone // the dashboard names someone who is no moderator here
	}
	if role == RoleNone {
		b.audit(ctx, 0, string(b.pseud.Of(comm.Platform, req.UserID)), "", "refused", "duty")
		return ErrForbidden
	}
	now := b.opt.Now().UTC()
	d := storage.Duty{Community: comm.ID, Platform: comm.Platform, UserID: req.UserID, Name: req.Name, On: req.On, Since: now, By: req.By}
	if err := r.SetDuty(ctx, d); err != nil {
		return fmt.Errorf("bot: set duty: %w", err)
	}
	state := "off"
	if req.On {
		state = "on"
	}
	b.audit(ctx, 0, req.UserID, role.String(), "duty_"+state, req.By)
	b.log.Info("duty changed", "community", comm.ID, "on", req.On, "by", req.By)
	return nil
}

// byRole reports whether the community names some of its moderators by
// role, so a user id it does not list may still be one.
func byRole(comm *Community) bool {
	for _, l := range [][]string{comm.Moderators, comm.Admins, comm.Coordinators} {
		for _, e := range l {
			if strings.HasPrefix(e, "role:") {
				return true
			}
		}
	}
	return false
}

// dutyCommand answers "duty on", "duty off" and "duty": in a staff chat
// for its community, privately for every community on the platform where
// the actor is a moderator.
func (b *Bot) dutyCommand(ctx context.Context, req CommandRequest) (string, error) {
	var comms []*Community
	if req.Private && req.ChatID == "" {
		for i := range b.opt.Communities {
			c := &b.opt.Communities[i]
			if c.Platform == req.Platform && c.RoleOf(req.ActorID, req.Roles) >= RoleModerator {
				comms = append(comms, c)
			}
		}
		if len(comms) == 0 {
			b.refuseCommand(ctx, req, RoleNone, "")
			return texts("en").fbForbidden, ErrForbidden
		}
	} else {
		comm := b.communityForChat(req.Platform, req.ChatID)
		if comm == nil {
			return "", ErrUnknownCommunity
		}
		role := comm.RoleOf(req.ActorID, req.Roles)
		if !req.Private && !comm.staffChat(req.ChatID) {
			b.refuseCommand(ctx, req, role, "outside the moderators' chats")
			return dutyTexts(comm.Lang).notHere, ErrNotHere
		}
		if role < RoleModerator {
			b.refuseCommand(ctx, req, role, "")
			return texts(comm.Lang).fbForbidden, ErrForbidden
		}
		comms = []*Community{comm}
	}
	t := dutyTexts(comms[0].Lang)
	arg := strings.ToLower(strings.TrimSpace(req.Arg))
	on, set := false, true
	switch arg {
	case "on", "til", "start":
		on = true
	case "off", "fra", "stop":
	case "", "status":
		set = false
	default:
		return t.usage, nil
	}
	by := req.Via
	if by == "" {
		by = storage.DutyByCommand
	}
	var lines []string
	for _, comm := range comms {
		if set {
			if err := b.SetDuty(ctx, DutyRequest{Community: comm.ID, UserID: req.ActorID, Name: firstNonEmpty(req.ActorName, req.ActorID),
				Roles: req.Roles, On: on, By: by}); err != nil {
				return dutyTexts(comm.Lang).failed, err
			}
		}
		line, err := b.dutyStatus(ctx, comm, req.ActorID)
		if err != nil {
			return dutyTexts(comm.Lang).failed, err
		}
		lines = append(lines, line)
	}
	return strings.Join(lines, "\n"), nil
}

// dutyStatus says, in the community's language, whether the actor is on
// duty there and who is.
func (b *Bot) dutyStatus(ctx context.Context, comm *Community, actor string) (string, error) {
	t := dutyTexts(comm.Lang)
	on, err := b.onDuty(ctx, comm, b.opt.Now().UTC())
	if err != nil {
		return "", err
	}
	mine := t.youOff
	var names []string
	for _, d := range on {
		names = append(names, d.Name)
		if d.UserID == actor {
			mine = fmt.Sprintf(t.youOn, d.Since.In(b.loc).Format("15:04"))
		}
	}
	who := t.nobody
	if len(names) > 0 {
		who = fmt.Sprintf(t.onDutyNow, strings.Join(names, ", "))
	}
	return fmt.Sprintf("%s: %s %s", firstNonEmpty(comm.Name, comm.ID), mine, who), nil
}

// DutyOn reports whether the actor is on duty in their case's community
// now, for the Discord duty button's label.
func (b *Bot) DutyOn(ctx context.Context, platform, chatID, actor string) bool {
	comm := b.communityForChat(platform, chatID)
	if comm == nil {
		return false
	}
	on, err := b.onDuty(ctx, comm, b.opt.Now().UTC())
	if err != nil {
		return false
	}
	return slices.ContainsFunc(on, func(d OnDuty) bool { return d.UserID == actor })
}

// Slot is one shift occurrence of the coming days: when, and who.
type Slot struct {
	Start, End time.Time
	Volunteers []Volunteer
}

// Coverage lists the shift occurrences of a community that overlap the
// days from from on, in time order, and the hours in between that no
// shift covers (Gaps).
func (b *Bot) Coverage(communityID string, from time.Time, days int) (slots []Slot, gaps time.Duration) {
	comm, ok := b.byID[communityID]
	if !ok {
		return nil, 0
	}
	until := from.Add(time.Duration(days) * 24 * time.Hour)
	for _, s := range comm.Duty.Shifts {
		loc := s.Location
		if loc == nil {
			loc = time.UTC
		}
		f := from.In(loc)
		for d := -1; d <= days; d++ {
			day := time.Date(f.Year(), f.Month(), f.Day()+d, 0, 0, 0, 0, loc)
			if !slices.Contains(s.Days, day.Weekday()) {
				continue
			}
			start, end := s.occurrence(day)
			if end.After(from) && start.Before(until) {
				slots = append(slots, Slot{Start: start, End: end, Volunteers: s.Volunteers})
			}
		}
	}
	slices.SortFunc(slots, func(a, b Slot) int { return a.Start.Compare(b.Start) })
	covered, cursor := time.Duration(0), from
	for _, s := range slots {
		start, end := maxTime(s.Start, cursor), minTime(s.End, until)
		if end.After(start) {
			covered += end.Sub(start)
			cursor = end
		}
	}
	return slots, until.Sub(from) - covered
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

// dutySummary is the roster's part of /summary: who is on duty now, the
// shift coverage of the coming seven days, and how many volunteers
// reached their exposure cap today; "" for a community without a roster.
func (b *Bot) dutySummary(ctx context.Context, comm *Community) string {
	if !comm.Duty.Routing && len(comm.Duty.Shifts) == 0 {
		return ""
	}
	t := dutyTexts(comm.Lang)
	now := b.opt.Now().UTC()
	on, err := b.onDuty(ctx, comm, now)
	if err != nil {
		return ""
	}
	var names []string
	for _, d := range on {
		names = append(names, d.Name)
	}
	who := t.nobody
	if len(names) > 0 {
		who = fmt.Sprintf(t.onDutyNow, strings.Join(names, ", "))
	}
	slots, gaps := b.Coverage(comm.ID, now, 7)
	capped, _ := b.cappedToday(ctx, comm, now)
	return fmt.Sprintf(t.summary, who, len(slots), int(gaps.Hours()), len(capped))
}

// route decides, for a new case, whom its first prompt mentions: the
// volunteers on duty who can take it (not at their cap, not opted out of
// its category), or nobody when a volunteer already handles the thread.
// Nobody able to take it makes the case Uncovered, which sends its
// prompt to the fallback too. It does nothing unless the community
// routes by its roster.
func (b *Bot) route(ctx context.Context, c *storage.Case, comm *Community, now time.Time) error {
	if !comm.Duty.Routing || b.roster() == nil {
		return nil
	}
	busy, err := b.store.ListCases(ctx, storage.CaseQuery{Community: c.Community, Channel: c.Channel,
		States: []storage.State{storage.StateClaimed, storage.StateResponded}, Since: now.Add(-time.Hour), Limit: 1})
	if err != nil {
		return fmt.Errorf("bot: route: %w", err)
	}
	if len(busy) > 0 {
		return nil // someone is on this thread: no mention, no fallback
	}
	avail, err := b.available(ctx, comm, c.Category, now)
	if err != nil {
		return err
	}
	for _, d := range avail {
		c.Mentioned = append(c.Mentioned, d.UserID)
	}
	c.Uncovered = len(avail) == 0
	return nil
}

// available lists the volunteers on duty who may be offered a case of
// category cat now: not at their exposure cap today and not opted out of
// cat.
func (b *Bot) available(ctx context.Context, comm *Community, cat rules.Category, now time.Time) ([]OnDuty, error) {
	on, err := b.onDuty(ctx, comm, now)
	if err != nil {
		return nil, err
	}
	capped, err := b.cappedToday(ctx, comm, now)
	if err != nil {
		return nil, err
	}
	var out []OnDuty
	for _, d := range on {
		if capped[d.UserID] || slices.Contains(comm.Wellbeing.OptOuts[d.UserID], cat) {
			continue
		}
		out = append(out, d)
	}
	return out, nil
}

// mentions are the prompt's mentions for an audience: the volunteers the
// case mentioned for the moderators, the one offered for an offer, and
// the coordinators listed by user id for the coordinators. Roles are
// never mentioned.
func (b *Bot) mentions(ctx context.Context, c storage.Case, comm *Community, audience string) []Mention {
	var ids []string
	switch audience {
	case "moderators":
		ids = c.Mentioned
	case "offer":
		if len(c.Offers) > 0 {
			ids = c.Offers[len(c.Offers)-1:]
		}
	case "coordinators":
		for _, e := range comm.Coordinators {
			if kind, id, _ := strings.Cut(e, ":"); kind == "user" && id != "" {
				ids = append(ids, id)
			}
		}
	}
	if len(ids) == 0 {
		return nil
	}
	names := b.volunteerNames(ctx, comm)
	fallback := dutyTexts(comm.Lang).volunteer
	if audience == "coordinators" {
		fallback = dutyTexts(comm.Lang).coordinator
	}
	out := make([]Mention, 0, len(ids))
	for _, id := range ids {
		out = append(out, Mention{UserID: id, Name: firstNonEmpty(names[id], fallback)})
	}
	return out
}

// volunteerNames are the names the roster knows for a community's
// volunteers: from their duty records and the shifts.
func (b *Bot) volunteerNames(ctx context.Context, comm *Community) map[string]string {
	names := map[string]string{}
	if r := b.roster(); r != nil {
		if ds, err := r.ListDuty(ctx, comm.ID); err == nil {
			for _, d := range ds {
				names[d.UserID] = d.Name
			}
		}
	}
	for _, s := range comm.Duty.Shifts {
		for _, v := range s.Volunteers {
			if v.Name != "" {
				names[v.ID] = v.Name
			}
		}
	}
	return names
}

// dutyNote is the line a prompt shows about the roster, if any.
func (b *Bot) dutyNote(c storage.Case, comm *Community, audience string) string {
	if !comm.Duty.Routing || !c.Open() {
		return ""
	}
	t := dutyTexts(comm.Lang)
	switch {
	case c.Uncovered && audience != "offer":
		return t.nobodyAvailable
	case audience == "offer":
		return t.offeredToYou
	}
	return ""
}

// offerNext offers an unclaimed case to the next volunteer on duty in
// turn who has not been offered it, is not at their cap and has not
// opted out of its category. It reports whether it found one.
func (b *Bot) offerNext(ctx context.Context, c storage.Case, comm *Community, now time.Time) (bool, error) {
	r := b.roster()
	if !comm.Duty.Routing || r == nil {
		return false, nil
	}
	avail, err := b.available(ctx, comm, c.Category, now)
	if err != nil {
		return false, err
	}
	avail = slices.DeleteFunc(avail, func(d OnDuty) bool { return slices.Contains(c.Offers, d.UserID) })
	if len(avail) == 0 {
		return false, nil
	}
	turn, err := r.NextTurn(ctx, comm.ID)
	if err != nil {
		return false, fmt.Errorf("bot: re-offer turn: %w", err)
	}
	next := avail[int((turn-1)%int64(len(avail)))]
	updated, err := b.store.UpdateCase(ctx, c.ID, func(c *storage.Case) error {
		if c.State != storage.StateOpen || c.Deadline.IsZero() || c.Deadline.After(now) {
			return errNotDue // claimed, or offered meanwhile by another instance
		}
		c.Offers = append(c.Offers, next.UserID)
		c.Deadline = now.Add(b.opt.ClaimDeadline)
		c.Notes = append(c.Notes, storage.Note{Actor: "trygbot", At: now, Text: fmt.Sprintf(dutyTexts(comm.Lang).hOffered, next.Name)})
		return nil
	})
	if errors.Is(err, errNotDue) {
		return true, nil
	}
	if err != nil {
		return false, fmt.Errorf("bot: offer case %d: %w", c.ID, err)
	}
	b.audit(ctx, c.ID, "bot", "", "offer", next.UserID)
	b.log.Info("case offered to the next volunteer on duty", "case", c.ID, "community", comm.ID, "turn", turn)
	b.refresh(ctx, updated, comm)
	ref, err := b.post(ctx, updated, comm, "offer", comm.ModeratorsChat)
	if err != nil {
		return true, err
	}
	_, err = b.store.UpdateCase(ctx, c.ID, func(c *storage.Case) error { c.Prompts = append(c.Prompts, ref); return nil })
	return true, err
}

// fallbackTarget is where a case nobody on duty can take also goes.
func fallbackTarget(comm *Community) (promptTarget, bool) {
	switch comm.Duty.Fallback {
	case FallbackNone:
		return promptTarget{}, false
	case FallbackChat:
		return promptTarget{"fallback", comm.Duty.FallbackChatID}, comm.Duty.FallbackChatID != ""
	}
	return promptTarget{"coordinators", comm.CoordinatorsChat}, comm.CoordinatorsChat != ""
}

// dutyLang holds the roster's words in one language.
type dutyLang struct {
	youOn, youOff, onDutyNow, nobody, usage, notHere, failed string
	volunteer, coordinator, nobodyAvailable, offeredToYou    string
	hOffered                                                 string
	buttonOn, buttonOff, summary                             string
}

var dutyLangs = map[string]*dutyLang{
	"en": {
		youOn: "You are on duty (since %s).", youOff: "You are off duty.", onDutyNow: "On duty now: %s.",
		nobody: "Nobody is on duty now.", usage: "Write /duty on or /duty off (or just /duty to see who is on duty).",
		notHere: "Going on and off duty works in the moderators' or coordinators' chat, or in a private chat with the bot.",
		failed:  "That could not be saved just now. Please try again in a moment.", volunteer: "volunteer", coordinator: "coordinator",
		nobodyAvailable: "Nobody on duty can take this now: sent to the fallback as well.",
		offeredToYou:    "Offered to you: nobody took it in time.", hOffered: "offered to %s: nobody took it in time",
		buttonOn: "Go on duty", buttonOff: "Go off duty",
		summary: "%s Coming 7 days: %d shifts, %d hours without one. Volunteers at their exposure cap today: %d.",
	},
	"da": {
		youOn: "Du har vagt (siden %s).", youOff: "Du har ikke vagt.", onDutyNow: "På vagt nu: %s.",
		nobody: "Ingen har vagt lige nu.", usage: "Skriv /vagt on eller /vagt off (eller bare /vagt for at se, hvem der har vagt).",
		notHere: "Vagter sættes i moderatorernes eller koordinatorernes chat, eller i en privat chat med botten.",
		failed:  "Det kunne ikke gemmes lige nu. Prøv igen om lidt.", volunteer: "frivillig", coordinator: "koordinator",
		nobodyAvailable: "Ingen på vagt kan tage den nu: sendt videre også.",
		offeredToYou:    "Tilbudt dig: ingen nåede at tage den.", hOffered: "tilbudt %s: ingen nåede at tage den",
		buttonOn: "Tag vagt", buttonOff: "Afslut vagt",
		summary: "%s De næste 7 dage: %d vagter, %d timer uden vagt. Frivillige ved dagens grænse: %d.",
	},
}

// dutyTexts returns the roster's words in a language, English by default.
func dutyTexts(code string) *dutyLang {
	if t, ok := dutyLangs[code]; ok {
		return t
	}
	return dutyLangs["en"]
}

// DutyButtonLabel is the label of the duty button in a language: to go on
// duty (on false) or off it.
func DutyButtonLabel(lang string, on bool) string {
	if on {
		return dutyTexts(lang).buttonOff
	}
	return dutyTexts(lang).buttonOn
}
