package bot

import (
	"context"
	"errors"
	"fmt"
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

func (b *Bot) act(ctx context.Context, req ActionRequest) (Feedback, error) {
	c, err := b.store.GetCase(ctx, req.CaseID)
	if errors.Is(err, storage.ErrNotFound) {
		return Feedback{}, &ActionError{Text: fmt.Sprintf(texts("en").fbUnknownCase, fmt.Sprint(req.CaseID))}
	}
	if err != nil {
		// The community (and its language) is unknown: say it in both.
		return Feedback{Text: langs["da"].fbFailed + " / " + langs["en"].fbFailed}, fmt.Errorf("bot: act on case %d: %w", req.CaseID, err)
	}
	comm, ok := b.byID[c.Community]
	if !ok || (req.Platform != "" && req.Platform != c.Platform) {
		return Feedback{}, ErrUnknownCommunity
	}
	t := texts(comm.Lang)
	role := comm.RoleOf(req.ActorID, req.Roles)
	if req.Role != RoleNone {
		role = req.Role
	}
	if role == RoleNone {
		b.log.Warn("action refused", "case", c.ID, "actor", req.ActorID, "action", req.Kind)
		// Not a moderator: a member, recorded under their pseudonym.
		b.audit(ctx, c.ID, string(b.pseud.Of(c.Platform, req.ActorID)), "", "refused", string(req.Kind))
		return Feedback{Text: t.fbForbidden}, ErrForbidden
	}
	now := b.opt.Now().UTC()
	name := firstNonEmpty(req.ActorName, req.ActorID)

	// decide applies a decision (reply sent, dismissed, ...) if the case is
	// still open and the actor may take it: its owner, anyone while
	// unclaimed, or an admin or coordinator.
	decide := func(state storage.State, outcome, history string, extra func(*storage.Case)) (storage.Case, error) {
		return b.store.UpdateCase(ctx, c.ID, func(c *storage.Case) error {
			if !c.Open() {
				return &ActionError{Text: fmt.Sprintf(t.fbDecided, b.status(*c, comm.Lang))}
			}
			if c.State == storage.StateClaimed && c.Owner != req.ActorID && role == RoleModerator {
				return &ActionError{Text: fmt.Sprintf(t.fbAlreadyClaimed, c.OwnerName)}
			}
			if c.Owner == "" {
				c.Owner, c.OwnerName, c.ClaimedAt = req.ActorID, name, now
			}
			c.State, c.Outcome = state, outcome
			if c.FirstResponseAt.IsZero() {
				c.FirstResponseAt = now
			}
			c.Deadline = time.Time{}
			c.Notes = append(c.Notes, storage.Note{Actor: "trygbot", At: now, Text: history})
			if extra != nil {
				extra(c)
			}
			return nil
		})
	}

	var (
		updated storage.Case
		fb      string
	)
	switch req.Kind {
	case ActClaim:
		updated, err = b.store.UpdateCase(ctx, c.ID, func(c *storage.Case) error {
			switch {
			case c.State == storage.StateClaimed && c.Owner == req.ActorID:
				return nil
			case c.State == storage.StateClaimed:
				return &ActionError{Text: fmt.Sprintf(t.fbAlreadyClaimed, c.OwnerName)}
			case c.State != storage.StateOpen:
				return &ActionError{Text: fmt.Sprintf(t.fbDecided, b.status(*c, comm.Lang))}
			}
			c.State, c.Owner, c.OwnerName, c.ClaimedAt = storage.StateClaimed, req.ActorID, name, now
			c.Deadline = time.Time{}
			c.Notes = append(c.Notes, storage.Note{Actor: "trygbot", At: now, Text: fmt.Sprintf(t.hClaimed, name)})
			return nil
		})
		fb = t.fbClaimed

	case ActTemplate:
		n, _ := strconv.Atoi(req.Arg)
		if n < 1 || n > len(c.Suggested) {
			return Feedback{Text: fmt.Sprintf(t.fbNoTemplate, req.Arg)}, &ActionError{Text: fmt.Sprintf(t.fbNoTemplate, req.Arg)}
		}
		id := c.Suggested[n-1]
		// Take the case first, so two presses never send two replies.
		if _, err := b.claimFor(ctx, c.ID, req.ActorID, name, role, now, t, comm.Lang); err != nil {
			return feedbackOf(err, t), err
		}
		text, _, ok := b.templates.Render(comm.ID, id, TemplateVars{Author: c.AuthorName, Community: firstNonEmpty(comm.Name, comm.ID), RulesLink: comm.RulesLink})
		if !ok {
			return Feedback{Text: fmt.Sprintf(t.fbNoTemplate, req.Arg)}, &ActionError{Text: fmt.Sprintf(t.fbNoTemplate, req.Arg)}
		}
		out := b.outbox(c.Platform)
		if out == nil {
			return Feedback{}, fmt.Errorf("bot: no outbox for platform %s", c.Platform)
		}
		comm := comm
		err = b.retry(ctx, "reply", func() error {
			_, err := out.Reply(ctx, Reply{ChatID: comm.ChatID, Channel: c.Channel, MessageID: c.MessageID, AuthorID: c.AuthorRef, Text: text})
			return err
		})
		if err != nil {
			return Feedback{}, fmt.Errorf("bot: send reply on case %d: %w", c.ID, err)
		}
		updated, err = decide(storage.StateResponded, storage.OutcomeResponded, fmt.Sprintf(t.hSent, name, req.Arg), func(c *storage.Case) {
			c.Template, c.FollowUpUntil = id, now.Add(b.opt.FollowUp)
		})
		fb = t.fbSent

	case ActDismiss:
		h := fmt.Sprintf(t.hDismissed, name)
		if req.Arg != "" {
			h += ": " + req.Arg
		}
		updated, err = decide(storage.StateDismissed, storage.OutcomeDismissed, h, func(c *storage.Case) { c.ClosedAt = now })
		fb = t.fbDismissed

	case ActEscalate:
		updated, err = decide(storage.StateEscalated, storage.OutcomeEscalated, fmt.Sprintf(t.hEscalated, name), nil)
		fb = t.fbEscalated
		if err == nil && comm.CoordinatorsChat != "" && !hasAudience(updated, "coordinators") {
			if ref, perr := b.post(ctx, updated, comm, "coordinators", comm.CoordinatorsChat); perr == nil {
				updated, err = b.store.UpdateCase(ctx, c.ID, func(c *storage.Case) error { c.Prompts = append(c.Prompts, ref); return nil })
			} else {
				b.log.Error("escalation prompt not sent", "case", c.ID, "err", perr)
			}
		}

	case ActDelete:
		del, ok := b.outbox(c.Platform).(Deleter)
		if !comm.AllowDelete || !ok {
			return Feedback{Text: t.fbNoDelete}, &ActionError{Text: t.fbNoDelete}
		}
		if _, err := b.claimFor(ctx, c.ID, req.ActorID, name, role, now, t, comm.Lang); err != nil {
			return feedbackOf(err, t), err
		}
		if err := b.retry(ctx, "delete", func() error { return del.DeleteMessage(ctx, comm.ChatID, c.Channel, c.MessageID) }); err != nil {
			return Feedback{}, fmt.Errorf("bot: delete message of case %d: %w", c.ID, err)
		}
		updated, err = decide(storage.StateDeleted, storage.OutcomeDeleted, fmt.Sprintf(t.hDeleted, name), func(c *storage.Case) { c.ClosedAt = now })
		fb = t.fbDeleted

	case ActNote:
		if req.Arg == "" {
			return Feedback{}, &ActionError{Text: "empty note"}
		}
		updated, err = b.store.UpdateCase(ctx, c.ID, func(c *storage.Case) error {
			c.Notes = append(c.Notes, storage.Note{Actor: name, At: now, Text: req.Arg})
			return nil
		})
		fb = t.fbNoted

	case ActClose:
		if role < RoleAdmin {
			b.log.Warn("action refused", "case", c.ID, "actor", req.ActorID, "action", req.Kind, "role", role.String())
			b.audit(ctx, c.ID, req.ActorID, role.String(), "refused", string(req.Kind))
			return Feedback{Text: t.fbForbidden}, ErrForbidden
		}
		updated, err = b.store.UpdateCase(ctx, c.ID, func(c *storage.Case) error {
			if c.State == storage.StateClosed {
				return &ActionError{Text: fmt.Sprintf(t.fbDecided, b.status(*c, comm.Lang))}
			}
			if c.Outcome == "" {
				c.Outcome = storage.OutcomeHandled
			}
			c.State, c.ClosedAt = storage.StateClosed, now
			c.Notes = append(c.Notes, storage.Note{Actor: "trygbot", At: now, Text: fmt.Sprintf(t.hClosed, name)})
			return nil
		})
		fb = t.fbClosed

	default:
		return Feedback{}, &ActionError{Text: "unknown action " + string(req.Kind)}
	}
	if err != nil {
		return feedbackOf(err, t), err
	}
	detail := req.Arg
	if req.Kind == ActNote || req.Kind == ActDismiss {
		// Free text lives in the case's notes, which retention erases;
		// the audit log, kept longer, only records that there was some.
		detail = ""
		if req.Arg != "" {
			detail = fmt.Sprintf("with text (%d characters, in the case notes)", utf8.RuneCountInString(req.Arg))
		}
	}
	b.audit(ctx, c.ID, req.ActorID, role.String(), string(req.Kind), detail)
	b.log.Info("case action", "case", c.ID, "action", req.Kind, "role", role.String(), "state", updated.State)
	b.refresh(ctx, updated, comm)
	return Feedback{Text: fb}, nil
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
