package bot

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/trygbot/trygbot/rules"
	"github.com/trygbot/trygbot/storage"
)

// The case is its own outbox entry: while Case.PromptDue is set, prompts
// are owed. The instance that opens a case holds it for PromptRetry and
// posts at once; if the platform keeps failing, or the process dies
// before the prompts are stored, the next Tick on any instance finds the
// case due, takes the lease atomically and posts what is missing. A
// prompt already stored (by audience) is never posted again.

// promptTarget is one chat a case's prompt goes to.
type promptTarget struct{ audience, chat string }

// promptTargets lists where a new case's prompts go: the moderators, and
// for urgent cases the coordinators at once.
func promptTargets(c storage.Case, comm *Community) []promptTarget {
	var out []promptTarget
	if comm.ModeratorsChat != "" {
		out = append(out, promptTarget{"moderators", comm.ModeratorsChat})
	}
	if c.Severity >= rules.SevUrgent && comm.CoordinatorsChat != "" && comm.CoordinatorsChat != comm.ModeratorsChat {
		out = append(out, promptTarget{"coordinators", comm.CoordinatorsChat})
	}
	if c.Uncovered {
		// Nobody on duty can take it: the fallback gets it too.
		if t, ok := fallbackTarget(comm); ok && t.chat != comm.ModeratorsChat && !slices.ContainsFunc(out, func(o promptTarget) bool { return o.chat == t.chat }) {
			out = append(out, t)
		}
	}
	return out
}

// promptAll posts the prompts case c still owes and stores where they
// went. It clears c.PromptDue when none is missing, and otherwise moves it
// PromptRetry ahead so a later Tick tries again. The caller holds the
// lease.
func (b *Bot) promptAll(ctx context.Context, c storage.Case, comm *Community) error {
	targets := promptTargets(c, comm)
	var errs []error
	var refs []storage.PromptRef
	missing := 0
	b.unsavedMu.Lock()
	posted := b.unsaved[c.ID]
	b.unsavedMu.Unlock()
	for _, t := range targets {
		if hasAudience(c, t.audience) {
			continue
		}
		if i := slices.IndexFunc(posted, func(r storage.PromptRef) bool { return r.Audience == t.audience }); i >= 0 {
			refs = append(refs, posted[i]) // posted before; only the store missed it
			continue
		}
		ref, err := b.post(ctx, c, comm, t.audience, t.chat)
		if err != nil {
			errs = append(errs, err)
			missing++
			continue
		}
		refs = append(refs, ref)
	}
	now := b.opt.Now().UTC()
	_, err := b.store.UpdateCase(ctx, c.ID, func(c *storage.Case) error {
		for _, r := range refs {
			if hasAudience(*c, r.Audience) {
				continue // stored meanwhile by another instance
			}
			c.Prompts = append(c.Prompts, r)
			if r.Audience == "coordinators" {
				c.Notes = append(c.Notes, storage.Note{Actor: "trygbot", At: now, Text: texts(comm.Lang).hAutoEscalated})
			}
		}
		if missing == 0 || !c.Open() {
			c.PromptDue = time.Time{}
		} else {
			c.PromptDue = now.Add(b.opt.PromptRetry)
		}
		return nil
	})
	b.unsavedMu.Lock()
	if err != nil && len(refs) > 0 {
		// The platform has the prompts but the store does not know:
		// remember them, so the retry stores them instead of posting
		// again. (Another instance could still post them again: the one
		// window where a prompt may arrive twice.)
		b.unsaved[c.ID] = refs
	} else if err == nil {
		delete(b.unsaved, c.ID)
	}
	b.unsavedMu.Unlock()
	if err != nil {
		errs = append(errs, fmt.Errorf("bot: save prompts of case %d: %w", c.ID, err))
		if missing == 0 {
			missing = len(refs) // owed until stored
		}
	}
	if missing > 0 {
		b.opt.Metrics.PromptFailed(c.Platform)
		b.log.Warn("prompts owed; will retry", "case", c.ID, "missing", missing, "retry_in", b.opt.PromptRetry)
	}
	return errors.Join(errs...)
}

// resumePrompts posts the prompts a due case still owes, if this instance
// wins its lease. It is what makes prompts survive a crash or a long
// platform outage.
func (b *Bot) resumePrompts(ctx context.Context, id storage.CaseID) error {
	now := b.opt.Now().UTC()
	c, err := b.store.UpdateCase(ctx, id, func(c *storage.Case) error {
		if c.PromptDue.IsZero() || c.PromptDue.After(now) {
			return errNotDue // another instance has it, or it is done
		}
		if !c.Open() {
			c.PromptDue = time.Time{} // decided elsewhere (dashboard); nothing owed
			return nil
		}
		c.PromptDue = now.Add(b.opt.PromptRetry)
		return nil
	})
	if errors.Is(err, errNotDue) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("bot: lease prompts of case %d: %w", id, err)
	}
	comm, ok := b.byID[c.Community]
	if !c.Open() {
		return nil
	}
	if !ok { // the community left the configuration
		_, err = b.store.UpdateCase(ctx, id, func(c *storage.Case) error { c.PromptDue = time.Time{}; return nil })
		return err
	}
	b.log.Info("posting owed prompts", "case", c.ID, "community", comm.ID,
		"have", len(c.Prompts), "want", len(promptTargets(c, comm)))
	b.audit(ctx, c.ID, "bot", "", "prompt_retry", "")
	return b.promptAll(ctx, c, comm)
}

// owedPrompts resumes every case whose prompts are due, oldest first.
func (b *Bot) owedPrompts(ctx context.Context, now time.Time) error {
	due, err := b.store.ListCases(ctx, storage.CaseQuery{PromptDueBefore: now.Add(1), Limit: 200})
	if err != nil {
		return fmt.Errorf("bot: owed prompts: %w", err)
	}
	var errs []error
	for _, c := range due {
		if err := b.resumePrompts(ctx, c.ID); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}
