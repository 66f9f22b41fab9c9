package bot

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"slices"
	"strings"
	"time"

	"github.com/trygbot/trygbot/storage"
)

// offerAll is how many replies offer asks for when the community pins the
// order: every tone there is, so the pinned ones are among them.
const offerAll = 16

// caseSeed is a case's own seed for the order of its suggested replies: a
// hash of the message's platform ids joined with "/" (as before case keys
// took CaseKey's form, so a message is offered what earlier builds
// offered). It is fixed by where the message is, never by what it says,
// so the order cannot follow the message's category or severity.
func caseSeed(ev Event) uint64 {
	h := fnv.New64a()
	h.Write([]byte(strings.Join([]string{ev.Platform, ev.ChatID, ev.Channel, ev.MessageID}, "/")))
	return h.Sum64()
}

// offer chooses the replies c's prompt suggests, in order, and records
// how (c.Offer): shuffled by the case's seed, or in the community's
// pinned order of tones.
func (b *Bot) offer(c *storage.Case, comm *Community, ev Event) {
	if b.templates == nil {
		return
	}
	seed := caseSeed(ev)
	c.Offer = storage.Offer{Seed: seed}
	if len(comm.TemplateOrder) == 0 {
		for _, t := range b.templates.Suggest(comm.ID, c.Category, comm.Lang, b.opt.Suggestions, seed) {
			c.Suggested = append(c.Suggested, t.ID)
			c.Offer.Tones = append(c.Offer.Tones, t.Tone)
		}
		return
	}
	ts := pinned(b.templates.Suggest(comm.ID, c.Category, comm.Lang, offerAll, seed), comm.TemplateOrder)
	for _, t := range ts[:min(len(ts), b.opt.Suggestions)] {
		c.Suggested = append(c.Suggested, t.ID)
		c.Offer.Tones = append(c.Offer.Tones, t.Tone)
	}
	c.Offer.Pinned = slices.Clone(comm.TemplateOrder)
}

// pinned orders ts by the pinned tones: those first, in order, then the
// rest as they were.
func pinned(ts []Template, order []string) []Template {
	rank := func(t Template) int {
		if i := slices.Index(order, t.Tone); i >= 0 {
			return i
		}
		return len(order)
	}
	out := slices.Clone(ts)
	slices.SortStableFunc(out, func(a, b Template) int { return cmp.Compare(rank(a), rank(b)) })
	return out
}

// deleted records that the platform reported a message deleted, on the
// message's case if it has one: the time goes into the case's DeletedAt
// (the first report counts), for the template trials' deletion outcome.
// A message without a case (most) is no work beyond one lookup.
func (b *Bot) deleted(ctx context.Context, ev Event) error {
	comm, ok := b.Community(ev.Platform, ev.ChatID)
	if !ok {
		return nil
	}
	c, err := b.store.CaseByKey(ctx, storage.CaseKey(ev.Platform, ev.ChatID, ev.Channel, ev.MessageID))
	if errors.Is(err, storage.ErrNotFound) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("bot: deleted message: %w", err)
	}
	at := ev.At
	if at.IsZero() {
		at = b.opt.Now()
	}
	at = at.UTC()
	_, err = b.store.UpdateCase(ctx, c.ID, func(c *storage.Case) error {
		if !c.DeletedAt.IsZero() {
			return errNotDue
		}
		c.DeletedAt = at
		return nil
	})
	if errors.Is(err, errNotDue) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("bot: deleted message of case %d: %w", c.ID, err)
	}
	b.audit(ctx, c.ID, "bot", "", "message_deleted", "reported by "+ev.Platform)
	b.log.Info("flagged message deleted", "case", c.ID, "community", comm.ID, "after", at.Sub(c.CreatedAt).Round(time.Second))
	return nil
}
