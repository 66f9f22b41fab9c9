package bot

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/trygbot/trygbot/rules"
	"github.com/trygbot/trygbot/storage"
)

// WellbeingOptions are what keeps a community's volunteers well.
type WellbeingOptions struct {
	// Cap is a volunteer's daily severity-weighted exposure (Weight) at
	// which they are offered no new cases that day and get a kind note;
	// 0 for no cap.
	Cap int
	// OptOuts are the categories each volunteer (platform user id) is
	// never offered.
	OptOuts map[string][]rules.Category
	// CheckInAfter, when set, sends a volunteer a private check-in this
	// long after they handled an urgent case; CheckInText replaces the
	// built-in one ({name}, {support}); Support says where to get
	// support.
	CheckInAfter time.Duration
	CheckInText  string
	Support      string
	// RotationNudge notes to a volunteer who handled most of the
	// community's cases over two weeks that rotating would help.
	RotationNudge bool
}

// ActUnmask shows the actor, privately, the words a prompt hides; it is
// a deliberate tap, counted in their day's exposure.
const ActUnmask ActionKind = "unmask"

// actUnmask answers with the case's hidden words, for the actor alone.
func (b *Bot) actUnmask(a *action) (storage.Case, Feedback, error) {
	var words []string
	if !a.c.Purged {
		for _, s := range segments(a.c.Text, a.c.Verdict) {
			if s.Sensitive {
				words = append(words, "«"+s.Text+"»")
			}
		}
	}
	if len(words) == 0 {
		return a.c, Feedback{Text: wellTexts(a.comm.Lang).nothingHidden}, nil
	}
	return a.c, Feedback{Text: wellTexts(a.comm.Lang).unmaskedFor + " " + strings.Join(words, ", ")}, nil
}

// Weight is how much a case of severity s weighs in a volunteer's daily
// exposure: low 1, medium 2, high 3, urgent 5.
func Weight(s rules.Severity) int {
	switch {
	case s >= rules.SevUrgent:
		return 5
	case s == rules.SevHigh:
		return 3
	case s == rules.SevMedium:
		return 2
	}
	return 1
}

// Messenger is the optional capability of an Outbox to send a private
// message to a user (a Discord DM, a Telegram private chat), for
// check-ins. It may block on the platform.
type Messenger interface {
	DirectMessage(ctx context.Context, userID, text string) error
}

// day is the community's local date of t, as exposure counts it.
func (b *Bot) day(comm *Community, t time.Time) string {
	loc := comm.Duty.Location
	if loc == nil {
		loc = b.loc
	}
	return t.In(loc).Format(time.DateOnly)
}

// cappedToday is the set of the community's volunteers at their cap
// today.
func (b *Bot) cappedToday(ctx context.Context, comm *Community, now time.Time) (map[string]bool, error) {
	r := b.roster()
	if r == nil || comm.Wellbeing.Cap <= 0 {
		return nil, nil
	}
	day := b.day(comm, now)
	rows, err := r.ListExposure(ctx, storage.ExposureQuery{Community: comm.ID, From: day, To: day})
	if err != nil {
		return nil, fmt.Errorf("bot: exposure: %w", err)
	}
	out := map[string]bool{}
	for _, x := range rows {
		if x.Weight >= comm.Wellbeing.Cap {
			out[x.UserID] = true
		}
	}
	return out, nil
}

// expose counts a volunteer's exposure to a case and returns the kind
// note to add to their feedback when it brought them to their cap
// today. It records reaching the cap in the audit log, once a day.
func (b *Bot) expose(ctx context.Context, comm *Community, c storage.Case, actor, kind string) string {
	r := b.roster()
	if r == nil || actor == "" {
		return ""
	}
	w := Weight(c.Severity)
	x, err := r.AddExposure(ctx, storage.ExposureEvent{Community: comm.ID, UserID: actor, Day: b.day(comm, b.opt.Now()),
		Case: c.ID, Kind: kind, Weight: w})
	if err != nil {
		b.log.Error("exposure not counted", "case", c.ID, "err", err)
		return ""
	}
	limit := comm.Wellbeing.Cap
	if limit <= 0 || x.Weight < limit {
		return ""
	}
	loc := comm.Duty.Location
	if loc == nil {
		loc = b.loc
	}
	now := b.opt.Now().In(loc)
	dayStart := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, loc)
	prior, err := b.store.ListAudit(ctx, storage.AuditQuery{Actor: actor, Since: dayStart.UTC()})
	if err != nil {
		return ""
	}
	for _, e := range prior {
		if e.Action == "cap_reached" && strings.HasPrefix(e.Detail, comm.ID+" ") {
			return "" // noted already today
		}
	}
	b.audit(ctx, c.ID, actor, "", "cap_reached", fmt.Sprintf("%s %d/%d", comm.ID, x.Weight, limit))
	b.log.Info("a volunteer reached the exposure cap", "community", comm.ID, "weight", x.Weight, "cap", limit)
	return wellTexts(comm.Lang).capNote
}

// withNote adds a note to an actor's feedback.
func withNote(fb Feedback, note string) Feedback {
	if note == "" {
		return fb
	}
	if fb.Text == "" {
		return Feedback{Text: note}
	}
	return Feedback{Text: fb.Text + "\n\n" + note}
}

// afterAction counts what the action exposed the actor to, notes when
// they reached their cap, schedules a check-in after an urgent case they
// handled, marks a claim made on duty and nudges towards rotation.
func (b *Bot) afterAction(ctx context.Context, a *action, updated storage.Case, fb Feedback) Feedback {
	actor := a.req.ActorID
	kind := ""
	switch a.req.Kind {
	case ActClaim:
		kind = storage.ExposureClaimed
	case ActTemplate, ActDismiss, ActEscalate, ActDelete:
		kind = storage.ExposureHandled
	case ActUnmask:
		kind = storage.ExposureUnmasked
	}
	if a.req.Role != RoleNone && a.req.Platform == "" {
		actor = a.req.Volunteer[a.comm.Platform] // a dashboard login: its linked account, if any
	}
	if kind == "" || actor == "" {
		return fb
	}
	fb = withNote(fb, b.expose(ctx, a.comm, updated, actor, kind))
	if updated.Owner == a.req.ActorID && updated.ClaimedAt.Equal(a.now) && !updated.ClaimedOnDuty {
		b.markOnDuty(ctx, a.comm, updated, actor)
	}
	if kind == storage.ExposureHandled && updated.Severity >= rules.SevUrgent && a.comm.Wellbeing.CheckInAfter > 0 {
		if r := b.roster(); r != nil {
			err := r.ScheduleCheckIn(ctx, storage.CheckIn{Community: a.comm.ID, Platform: a.comm.Platform, UserID: actor,
				Case: updated.ID, Due: a.now.Add(a.comm.Wellbeing.CheckInAfter)})
			if err != nil {
				b.log.Error("check-in not scheduled", "case", updated.ID, "err", err)
			}
		}
	}
	if kind == storage.ExposureHandled {
		fb = withNote(fb, b.rotationNudge(ctx, a.comm, actor))
	}
	return fb
}

// markOnDuty records that the case's claim was made by a volunteer on
// duty, for the weekly summary's time to claim on and off duty.
func (b *Bot) markOnDuty(ctx context.Context, comm *Community, c storage.Case, actor string) {
	on, err := b.onDuty(ctx, comm, c.ClaimedAt)
	if err != nil || !containsUser(on, actor) {
		return
	}
	if _, err := b.store.UpdateCase(ctx, c.ID, func(c *storage.Case) error { c.ClaimedOnDuty = true; return nil }); err != nil {
		b.log.Warn("claim on duty not recorded", "case", c.ID, "err", err)
	}
}

func containsUser(on []OnDuty, id string) bool {
	for _, d := range on {
		if d.UserID == id {
			return true
		}
	}
	return false
}

// rotationWindow is how long one volunteer handling most cases of a
// community makes a rotation nudge; rotationMin the fewest cases that
// makes it a pattern.
const (
	rotationWindow = 14 * 24 * time.Hour
	rotationMin    = 10
)

// rotationNudge returns the note for a volunteer who handled more than
// half of the community's decided cases over the last two weeks, at most
// once per two weeks (the audit log remembers).
func (b *Bot) rotationNudge(ctx context.Context, comm *Community, actor string) string {
	if !comm.Wellbeing.RotationNudge {
		return ""
	}
	now := b.opt.Now().UTC()
	since := now.Add(-rotationWindow)
	mine, total := 0, 0
	cs, err := b.store.ListCases(ctx, storage.CaseQuery{Community: comm.ID, Since: since})
	if err != nil {
		return ""
	}
	for _, c := range cs {
		if c.Owner == "" || c.FirstResponseAt.IsZero() {
			continue
		}
		total++
		if c.Owner == actor {
			mine++
		}
	}
	if total < rotationMin || mine*2 <= total {
		return ""
	}
	prior, err := b.store.ListAudit(ctx, storage.AuditQuery{Actor: actor, Since: since})
	if err != nil {
		return ""
	}
	for _, e := range prior {
		if e.Action == "rotation_nudge" && e.Detail == comm.ID {
			return ""
		}
	}
	b.audit(ctx, 0, actor, "", "rotation_nudge", comm.ID)
	return fmt.Sprintf(wellTexts(comm.Lang).rotation, mine, total)
}

// checkIns sends the check-ins that are due, privately.
func (b *Bot) checkIns(ctx context.Context, now time.Time) error {
	r := b.roster()
	if r == nil {
		return nil
	}
	due, err := r.TakeCheckIns(ctx, now)
	if err != nil {
		return fmt.Errorf("bot: check-ins: %w", err)
	}
	for _, ci := range due {
		comm, ok := b.byID[ci.Community]
		if !ok {
			continue
		}
		m, ok := b.outbox(ci.Platform).(Messenger)
		if !ok {
			b.log.Warn("check-in not sent: the platform cannot send private messages", "community", comm.ID)
			continue
		}
		name := b.volunteerNames(ctx, comm)[ci.UserID]
		if err := m.DirectMessage(ctx, ci.UserID, b.CheckInText(comm.ID, name)); err != nil {
			b.log.Warn("check-in not sent", "community", comm.ID, "case", ci.Case, "err", err)
			continue
		}
		b.audit(ctx, ci.Case, ci.UserID, "", "check_in", "")
	}
	return nil
}

// CheckInText is the check-in message of a community for a volunteer:
// its configured text or the built-in one in its language, with {name}
// and {support} filled in.
func (b *Bot) CheckInText(communityID, name string) string {
	comm, ok := b.byID[communityID]
	if !ok {
		return ""
	}
	t := wellTexts(comm.Lang)
	text := comm.Wellbeing.CheckInText
	if text == "" {
		text = t.checkIn
	}
	return strings.NewReplacer("{name}", firstNonEmpty(name, t.there), "{support}", comm.Wellbeing.Support).Replace(text)
}

// wellLang holds the wellbeing words in one language.
type wellLang struct {
	capNote, rotation, checkIn, there, unmaskedFor, nothingHidden, actUnmask string
}

var wellLangs = map[string]*wellLang{
	"en": {
		capNote: "You have seen a lot of hard content today, and you have reached today's limit. " +
			"You will not be offered new cases until tomorrow. Thank you for what you did; take a break, and talk to someone if it stays with you.",
		rotation: "You handled %d of the last %d cases here in two weeks. Thank you! It may be time to share the load: " +
			"ask the coordinators about rotating shifts.",
		checkIn: "Hi {name}, a few hours ago you handled an urgent case. How are you doing? " +
			"It is normal for such cases to stay with you. If you want to talk, support is here: {support}.",
		there: "there", unmaskedFor: "The hidden words (only you see this; it is counted in your day):",
		nothingHidden: "This case hides no words.", actUnmask: "Show hidden words",
	},
	"da": {
		capNote: "Du har set meget hårdt indhold i dag og har nået dagens grænse. " +
			"Du får ikke tilbudt nye sager før i morgen. Tak for det, du har gjort; hold en pause, og tal med nogen, hvis det sidder i dig.",
		rotation: "Du har håndteret %d af de seneste %d sager her på to uger. Tak! Det kan være tid til at dele byrden: " +
			"spørg koordinatorerne om at skiftes.",
		checkIn: "Hej {name}, for et par timer siden håndterede du en sag, der hastede. Hvordan har du det? " +
			"Det er helt normalt, at den slags sidder i én. Vil du tale om det, kan du få støtte her: {support}.",
		there: "", unmaskedFor: "De skjulte ord (kun du ser dem; det tælles med i din dag):",
		nothingHidden: "Sagen skjuler ingen ord.", actUnmask: "Vis skjulte ord",
	},
}

// wellTexts returns the wellbeing words in a language, English by
// default.
func wellTexts(code string) *wellLang {
	if t, ok := wellLangs[code]; ok {
		return t
	}
	return wellLangs["en"]
}
