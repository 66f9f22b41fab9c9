package bot

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/trygbot/trygbot/storage"
)

// Tick does the work that time brings: cases nobody claimed before their
// deadline are offered again (to the second moderators' chat, or the
// coordinators), and replied cases whose follow-up window ended are closed.
func (b *Bot) Tick(ctx context.Context) error {
	now := b.opt.Now().UTC()
	var errs []error
	if err := b.Flush(ctx); err != nil {
		errs = append(errs, err)
	}
	if err := b.purge(ctx, now); err != nil {
		errs = append(errs, err)
	}
	if err := b.owedPrompts(ctx, now); err != nil {
		errs = append(errs, err)
	}
	due, err := b.store.ListCases(ctx, storage.CaseQuery{States: []storage.State{storage.StateOpen}, DeadlineBefore: now})
	if err != nil {
		return fmt.Errorf("bot: cases past deadline: %w", err)
	}
	for _, c := range due {
		if err := b.reoffer(ctx, c, now); err != nil {
			errs = append(errs, err)
		}
	}
	if err := b.checkIns(ctx, now); err != nil {
		errs = append(errs, err)
	}
	stale, err := b.store.ListCases(ctx, storage.CaseQuery{States: []storage.State{storage.StateOpen, storage.StateClaimed},
		Until: now.Add(-b.opt.ExpireAfter)})
	if err != nil {
		return fmt.Errorf("bot: stale cases: %w", err)
	}
	for _, c := range stale {
		updated, err := b.store.UpdateCase(ctx, c.ID, func(c *storage.Case) error {
			if !c.Open() {
				return errNotDue
			}
			c.State, c.Outcome, c.ClosedAt, c.Deadline = storage.StateClosed, storage.OutcomeExpired, now, time.Time{}
			return nil
		})
		if errors.Is(err, errNotDue) {
			continue
		}
		if err != nil {
			errs = append(errs, fmt.Errorf("bot: expire case %d: %w", c.ID, err))
			continue
		}
		b.audit(ctx, c.ID, "bot", "", "expire", "")
		if comm, ok := b.byID[c.Community]; ok {
			b.refresh(ctx, updated, comm)
		}
	}
	replied, err := b.store.ListCases(ctx, storage.CaseQuery{States: []storage.State{storage.StateResponded}})
	if err != nil {
		return fmt.Errorf("bot: replied cases: %w", err)
	}
	for _, c := range replied {
		if c.FollowUpUntil.IsZero() || c.FollowUpUntil.After(now) {
			continue
		}
		_, err := b.store.UpdateCase(ctx, c.ID, func(c *storage.Case) error {
			if c.State == storage.StateResponded {
				c.State, c.ClosedAt = storage.StateClosed, now
			}
			return nil
		})
		if err != nil {
			errs = append(errs, fmt.Errorf("bot: close case %d: %w", c.ID, err))
			continue
		}
		b.audit(ctx, c.ID, "bot", "", "close", "follow-up window ended")
	}
	return errors.Join(errs...)
}

// purge erases evidence past the retention period, at most once an hour.
func (b *Bot) purge(ctx context.Context, now time.Time) error {
	if b.opt.Retention <= 0 {
		return nil
	}
	b.purgeMu.Lock()
	if now.Sub(b.lastPurge) < time.Hour {
		b.purgeMu.Unlock()
		return nil
	}
	b.lastPurge = now
	b.purgeMu.Unlock()
	r := RetentionPolicy(now, b.opt.Retention, b.opt.EvidenceRetention)
	res, err := b.store.PurgeRetention(ctx, r)
	if err != nil {
		return fmt.Errorf("bot: retention: %w", err)
	}
	if res.Cases+res.EvidencePacks > 0 {
		b.log.Info("retention: case evidence erased", "cases", res.Cases, "evidence_packs", res.EvidencePacks,
			"evidence_packs_held", res.Held, "older_than", r.Before.Format(time.RFC3339))
		b.audit(ctx, 0, "bot", "", "retention", RetentionDetail(res))
	}
	return nil
}

// errNotDue ends an UpdateCase whose case no longer needs a re-offer.
var errNotDue = errors.New("not due")

func (b *Bot) reoffer(ctx context.Context, c storage.Case, now time.Time) error {
	comm, ok := b.byID[c.Community]
	if !ok {
		return nil
	}
	// With a duty roster, the next volunteer on duty in turn gets it
	// first; only when none is left does it go to the second chat.
	if offered, err := b.offerNext(ctx, c, comm, now); offered || err != nil {
		return err
	}
	updated, err := b.store.UpdateCase(ctx, c.ID, func(c *storage.Case) error {
		// Another instance may have re-offered or someone claimed it.
		if c.State != storage.StateOpen || c.Deadline.IsZero() || c.Deadline.After(now) {
			return errNotDue
		}
		c.Reoffers++
		c.Deadline = time.Time{}
		c.Notes = append(c.Notes, storage.Note{Actor: "trygbot", At: now, Text: texts(comm.Lang).hReoffered})
		return nil
	})
	if errors.Is(err, errNotDue) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("bot: re-offer case %d: %w", c.ID, err)
	}
	b.audit(ctx, c.ID, "bot", "", "reoffer", "")
	b.log.Info("case offered again", "case", c.ID, "community", comm.ID)
	b.refresh(ctx, updated, comm)
	chat := comm.secondChat()
	if chat == "" || chat == comm.ModeratorsChat || hasAudience(updated, "coordinators") {
		return nil
	}
	ref, err := b.post(ctx, updated, comm, "second", chat)
	if err != nil {
		return err
	}
	_, err = b.store.UpdateCase(ctx, c.ID, func(c *storage.Case) error { c.Prompts = append(c.Prompts, ref); return nil })
	return err
}

// Run ticks every interval until ctx is done.
func (b *Bot) Run(ctx context.Context, interval time.Duration) error {
	if interval <= 0 {
		interval = 30 * time.Second
	}
	t := time.NewTicker(interval)
	defer t.Stop()
	// A first tick at once: prompts owed from before a restart go out
	// without waiting a whole interval.
	if err := b.Tick(ctx); err != nil && ctx.Err() == nil {
		b.log.Error("tick", "err", err)
	}
	for {
		select {
		case <-ctx.Done():
			// Keep the last counts: flush with a fresh, short context.
			fctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
			defer cancel()
			return b.Flush(fctx)
		case <-t.C:
			if err := b.Tick(ctx); err != nil {
				b.log.Error("tick", "err", err)
			}
		}
	}
}
