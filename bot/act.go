package bot

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"time"
	"unicode/utf8"

	"github.com/trygbot/trygbot/storage"
)

// Act performs a moderator's action on a case, updates the case and its
// prompts in place, records it in the audit log and says what to tell the
// actor.
func (b *Bot) Act(ctx context.Context, req ActionRequest) (Feedback, error) {
	fb, err := b.act(ctx, req)
	var ae *ActionError
	switch {
	case err == nil:
		b.opt.Metrics.Action(req.Kind, "ok")
	case errors.Is(err, ErrForbidden) || errors.As(err, &ae):
		b.opt.Metrics.Action(req.Kind, "refused")
	default:
		b.opt.Metrics.Action(req.Kind, "failed")
	}
	return fb, err
}

// action is one moderator's action on a case while it is carried out:
// the request, the case as it was, its community, the texts in its
// language, the actor's role and name, and the time.
type action struct {
	req  ActionRequest
	c    storage.Case
	comm *Community
	t    *lang
	role Role
	name string
	now  time.Time
}

func (b *Bot) act(ctx context.Context, req ActionRequest) (Feedback, error) {
	a, fb, err := b.newAction(ctx, req)
	if err != nil {
		return fb, err
	}
	updated, fb, err := b.perform(ctx, a)
	if err != nil {
		return fb, err
	}
	role := a.role.String()
	b.audit(ctx, a.c.ID, req.ActorID, role, string(req.Kind), auditDetail(req))
	b.log.Info("case action", "case", a.c.ID, "action", req.Kind, "role", role, "state", updated.State)
	fb = b.afterAction(ctx, a, updated, fb)
	if req.Kind != ActUnmask {
		b.refresh(ctx, updated, a.comm)
	}
	return fb, nil
}

// newAction loads the case and its community and finds the actor's role;
// a member who is not a moderator is refused here.
func (b *Bot) newAction(ctx context.Context, req ActionRequest) (*action, Feedback, error) {
	c, err := b.store.GetCase(ctx, req.CaseID)
	if errors.Is(err, storage.ErrNotFound) {
		return nil, Feedback{}, &ActionError{Text: fmt.Sprintf(texts(firstNonEmpty(req.Lang, "en")).fbUnknownCase, fmt.Sprint(req.CaseID))}
	}
	if err != nil {
		// The community (and its language) is unknown: say it in both.
		return nil, Feedback{Text: langs["da"].fbFailed + " / " + langs["en"].fbFailed}, fmt.Errorf("bot: act on case %d: %w", req.CaseID, err)
	}
	comm, ok := b.byID[c.Community]
	if !ok || (req.Platform != "" && req.Platform != c.Platform) {
		return nil, Feedback{}, ErrUnknownCommunity
	}
	t := texts(comm.Lang)
	if req.Communities != nil && !slices.Contains(req.Communities, c.Community) {
		// Whatever their role, the actor (an ingest client's, a dashboard
		// login scoped to some communities) may not act here.
		b.log.Warn("action refused: not one of the actor's communities", "case", c.ID, "action", req.Kind)
		b.audit(ctx, c.ID, string(b.pseud.Of(c.Platform, req.ActorID)), "", "refused", string(req.Kind))
		return nil, Feedback{Text: t.fbForbidden}, ErrForbidden
	}
	if !req.ByNumber && req.Nonce != c.Nonce {
		// The button was made for an earlier case with this number: the
		// store lost its data since, and numbers cases from 1 again.
		b.log.Warn("action refused: made for an earlier case with this number", "case", c.ID, "action", req.Kind)
		text := fmt.Sprintf(t.fbStale, c.ID)
		return nil, Feedback{Text: text}, &ActionError{Text: text}
	}
	role := comm.RoleOf(req.ActorID, req.Roles)
	if req.Role != RoleNone {
		role = req.Role
	}
	if role == RoleNone {
		b.log.Warn("action refused", "case", c.ID, "actor", b.pseud.Of(c.Platform, req.ActorID), "action", req.Kind)
		// Not a moderator: a member, recorded under their pseudonym.
		b.audit(ctx, c.ID, string(b.pseud.Of(c.Platform, req.ActorID)), "", "refused", string(req.Kind))
		return nil, Feedback{Text: t.fbForbidden}, ErrForbidden
	}
	a := &action{req: req, c: c, comm: comm, t: t, role: role, name: firstNonEmpty(req.ActorName, req.ActorID), now: b.opt.Now().UTC()}
	return a, Feedback{}, nil
}

// perform carries out the action by its kind and returns the case as it
// is after it, and what to tell the actor.
func (b *Bot) perform(ctx context.Context, a *action) (storage.Case, Feedback, error) {
	switch a.req.Kind {
	case ActClaim:
		return b.actClaim(ctx, a)
	case ActTemplate:
		return b.actTemplate(ctx, a)
	case ActDismiss:
		h := fmt.Sprintf(a.t.hDismissed, a.name)
		if a.req.Arg != "" {
			h += ": " + a.req.Arg
		}
		updated, err := b.decide(ctx, a, storage.StateDismissed, storage.OutcomeDismissed, h, func(c *storage.Case) { c.ClosedAt = a.now })
		return a.done(updated, err, a.t.fbDismissed)
	case ActEscalate:
		return b.actEscalate(ctx, a)
	case ActDelete:
		return b.actDelete(ctx, a)
	case ActNote:
		if a.req.Arg == "" {
			return storage.Case{}, Feedback{}, &ActionError{Text: "empty note"}
		}
		updated, err := b.store.UpdateCase(ctx, a.c.ID, func(c *storage.Case) error {
			c.Notes = append(c.Notes, storage.Note{Actor: a.name, At: a.now, Text: a.req.Arg})
			return nil
		})
		return a.done(updated, err, a.t.fbNoted)
	case ActClose:
		return b.actClose(ctx, a)
	case ActUnmask:
		return b.actUnmask(a)
	}
	return storage.Case{}, Feedback{}, &ActionError{Text: "unknown action " + string(a.req.Kind)}
}

// done is an action's result: the case and the actor's feedback, or on
// an error the feedback that explains it.
func (a *action) done(updated storage.Case, err error, text string) (storage.Case, Feedback, error) {
	if err != nil {
		return updated, feedbackOf(err, a.t), err
	}
	return updated, Feedback{Text: text}, nil
}

// decide applies a decision (reply sent, dismissed, ...) if the case is
// still open and the actor may take it: its owner, anyone while
// unclaimed, or an admin or coordinator.
func (b *Bot) decide(ctx context.Context, a *action, state storage.State, outcome, history string, extra func(*storage.Case)) (storage.Case, error) {
	return b.store.UpdateCase(ctx, a.c.ID, func(c *storage.Case) error {
		if !c.Open() {
			return &ActionError{Text: fmt.Sprintf(a.t.fbDecided, b.status(*c, a.comm.Lang))}
		}
		if c.State == storage.StateClaimed && c.Owner != a.req.ActorID && a.role == RoleModerator {
			return &ActionError{Text: fmt.Sprintf(a.t.fbAlreadyClaimed, c.OwnerName)}
		}
		if c.Owner == "" {
			c.Owner, c.OwnerName, c.ClaimedAt = a.req.ActorID, a.name, a.now
		}
		c.State, c.Outcome = state, outcome
		if c.FirstResponseAt.IsZero() {
			c.FirstResponseAt = a.now
		}
		c.Deadline = time.Time{}
		c.Notes = append(c.Notes, storage.Note{Actor: "trygbot", At: a.now, Text: history})
		if extra != nil {
			extra(c)
		}
		return nil
	})
}

// actClaim takes an open case for the actor.
func (b *Bot) actClaim(ctx context.Context, a *action) (storage.Case, Feedback, error) {
	t := a.t
	updated, err := b.store.UpdateCase(ctx, a.c.ID, func(c *storage.Case) error {
		switch {
		case c.State == storage.StateClaimed && c.Owner == a.req.ActorID:
			return nil
		case c.State == storage.StateClaimed:
			return &ActionError{Text: fmt.Sprintf(t.fbAlreadyClaimed, c.OwnerName)}
		case c.State != storage.StateOpen:
			return &ActionError{Text: fmt.Sprintf(t.fbDecided, b.status(*c, a.comm.Lang))}
		}
		c.State, c.Owner, c.OwnerName, c.ClaimedAt = storage.StateClaimed, a.req.ActorID, a.name, a.now
		c.Deadline = time.Time{}
		c.Notes = append(c.Notes, storage.Note{Actor: "trygbot", At: a.now, Text: fmt.Sprintf(t.hClaimed, a.name)})
		return nil
	})
	return a.done(updated, err, t.fbClaimed)
}

// actTemplate sends suggested reply number req.Arg to the author.
func (b *Bot) actTemplate(ctx context.Context, a *action) (storage.Case, Feedback, error) {
	t, c, comm, req := a.t, a.c, a.comm, a.req
	n, _ := strconv.Atoi(req.Arg)
	if n < 1 || n > len(c.Suggested) {
		return storage.Case{}, Feedback{Text: fmt.Sprintf(t.fbNoTemplate, req.Arg)}, &ActionError{Text: fmt.Sprintf(t.fbNoTemplate, req.Arg)}
	}
	id := c.Suggested[n-1]
	// Take the case first, so two presses never send two replies.
	if _, err := b.claimFor(ctx, c.ID, req.ActorID, a.name, a.role, a.now, t, comm.Lang); err != nil {
		return storage.Case{}, feedbackOf(err, t), err
	}
	text, tone, ok := b.templates.Render(comm.ID, id, TemplateVars{Author: c.AuthorName, Community: firstNonEmpty(comm.Name, comm.ID), RulesLink: comm.RulesLink})
	if !ok {
		return storage.Case{}, Feedback{Text: fmt.Sprintf(t.fbNoTemplate, req.Arg)}, &ActionError{Text: fmt.Sprintf(t.fbNoTemplate, req.Arg)}
	}
	out := b.outbox(c.Platform)
	if out == nil {
		return storage.Case{}, Feedback{}, fmt.Errorf("bot: no outbox for platform %s", c.Platform)
	}
	err := b.retry(ctx, "reply", func() error {
		_, err := out.Reply(ctx, Reply{CaseID: c.ID, ChatID: comm.ChatID, Channel: c.Channel, MessageID: c.MessageID, AuthorID: c.AuthorRef, Text: text})
		return err
	})
	if err != nil {
		return storage.Case{}, Feedback{}, fmt.Errorf("bot: send reply on case %d: %w", c.ID, err)
	}
	updated, err := b.decide(ctx, a, storage.StateResponded, storage.OutcomeResponded, fmt.Sprintf(t.hSent, a.name, req.Arg), func(c *storage.Case) {
		c.Template, c.Tone, c.FollowUpUntil = id, tone, a.now.Add(b.opt.FollowUp)
	})
	return a.done(updated, err, t.fbSent)
}

// actEscalate hands the case to the coordinators and prompts them.
func (b *Bot) actEscalate(ctx context.Context, a *action) (storage.Case, Feedback, error) {
	comm := a.comm
	updated, err := b.decide(ctx, a, storage.StateEscalated, storage.OutcomeEscalated, fmt.Sprintf(a.t.hEscalated, a.name), nil)
	if err == nil && comm.CoordinatorsChat != "" && !hasAudience(updated, "coordinators") {
		if ref, perr := b.post(ctx, updated, comm, "coordinators", comm.CoordinatorsChat); perr == nil {
			updated, err = b.store.UpdateCase(ctx, a.c.ID, func(c *storage.Case) error { c.Prompts = append(c.Prompts, ref); return nil })
		} else {
			b.log.Error("escalation prompt not sent", "case", a.c.ID, "err", perr)
		}
	}
	return a.done(updated, err, a.t.fbEscalated)
}

// actDelete deletes the flagged message, where the community allows it
// and the platform can.
func (b *Bot) actDelete(ctx context.Context, a *action) (storage.Case, Feedback, error) {
	t, c, comm := a.t, a.c, a.comm
	del, ok := b.outbox(c.Platform).(Deleter)
	if !comm.AllowDelete || !ok {
		return storage.Case{}, Feedback{Text: t.fbNoDelete}, &ActionError{Text: t.fbNoDelete}
	}
	if _, err := b.claimFor(ctx, c.ID, a.req.ActorID, a.name, a.role, a.now, t, comm.Lang); err != nil {
		return storage.Case{}, feedbackOf(err, t), err
	}
	if err := b.retry(ctx, "delete", func() error { return del.DeleteMessage(ctx, comm.ChatID, c.Channel, c.MessageID) }); err != nil {
		return storage.Case{}, Feedback{}, fmt.Errorf("bot: delete message of case %d: %w", c.ID, err)
	}
	updated, err := b.decide(ctx, a, storage.StateDeleted, storage.OutcomeDeleted, fmt.Sprintf(t.hDeleted, a.name), func(c *storage.Case) { c.ClosedAt = a.now })
	return a.done(updated, err, t.fbDeleted)
}

// actClose closes the case for good; admins and coordinators only.
func (b *Bot) actClose(ctx context.Context, a *action) (storage.Case, Feedback, error) {
	t, req, role := a.t, a.req, a.role
	if role < RoleAdmin {
		b.log.Warn("action refused", "case", a.c.ID, "actor", b.pseud.Of(a.c.Platform, req.ActorID), "action", req.Kind, "role", role.String())
		b.audit(ctx, a.c.ID, req.ActorID, role.String(), "refused", string(req.Kind))
		return storage.Case{}, Feedback{Text: t.fbForbidden}, ErrForbidden
	}
	updated, err := b.store.UpdateCase(ctx, a.c.ID, func(c *storage.Case) error {
		if c.State == storage.StateClosed {
			return &ActionError{Text: fmt.Sprintf(t.fbDecided, b.status(*c, a.comm.Lang))}
		}
		if c.Outcome == "" {
			c.Outcome = storage.OutcomeHandled
		}
		c.State, c.ClosedAt = storage.StateClosed, a.now
		c.Notes = append(c.Notes, storage.Note{Actor: "trygbot", At: a.now, Text: fmt.Sprintf(t.hClosed, a.name)})
		return nil
	})
	return a.done(updated, err, t.fbClosed)
}

// auditDetail is what the audit log records of the action's argument.
// Free text lives in the case's notes, which retention erases; the audit
// log, kept longer, only records that there was some.
func auditDetail(req ActionRequest) string {
	if req.Kind != ActNote && req.Kind != ActDismiss {
		return req.Arg
	}
	if req.Arg == "" {
		return ""
	}
	return fmt.Sprintf("with text (%d characters, in the case notes)", utf8.RuneCountInString(req.Arg))
}

// claimFor claims an open case for the actor, or checks that the actor may
// act on a claimed one.
func (b *Bot) claimFor(ctx context.Context, id storage.CaseID, actor, name string, role Role, now time.Time, t *lang, code string) (storage.Case, error) {
	return b.store.UpdateCase(ctx, id, func(c *storage.Case) error {
		switch {
		case !c.Open():
			return &ActionError{Text: fmt.Sprintf(t.fbDecided, b.status(*c, code))}
		case c.State == storage.StateClaimed && c.Owner != actor && role == RoleModerator:
			return &ActionError{Text: fmt.Sprintf(t.fbAlreadyClaimed, c.OwnerName)}
		case c.State == storage.StateOpen:
			c.State, c.Owner, c.OwnerName, c.ClaimedAt, c.Deadline = storage.StateClaimed, actor, name, now, time.Time{}
		}
		return nil
	})
}

// feedbackOf tells the moderator why an action did not go through: the
// refusal, or that the store or platform failed and they may try again.
func feedbackOf(err error, t *lang) Feedback {
	var ae *ActionError
	if errors.As(err, &ae) {
		return Feedback{Text: ae.Text}
	}
	return Feedback{Text: t.fbFailed}
}

func hasAudience(c storage.Case, a string) bool {
	for _, p := range c.Prompts {
		if p.Audience == a {
			return true
		}
	}
	return false
}
