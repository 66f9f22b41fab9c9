package bot

import (
	"context"
	"fmt"

	"github.com/trygbot/trygbot/storage"
)

// CountOpened counts, in the volunteer's daily exposure, that they opened
// case c on the dashboard (userID is the dashboard login's linked account
// on the case's platform), and returns the kind note when that brought
// them to their cap today; "" otherwise, and for a community the bot does
// not serve. It may block on the store.
func (b *Bot) CountOpened(ctx context.Context, c storage.Case, userID string) string {
	comm, ok := b.byID[c.Community]
	if !ok || userID == "" {
		return ""
	}
	return b.expose(ctx, comm, c, userID, storage.ExposureOpened)
}

// ExposureToday returns a volunteer's severity-weighted exposure today in
// a community and the community's cap (0: no cap). It returns
// ErrUnknownCommunity for a community the bot does not serve.
func (b *Bot) ExposureToday(ctx context.Context, communityID, userID string) (weight, limit int, err error) {
	comm, ok := b.byID[communityID]
	if !ok {
		return 0, 0, ErrUnknownCommunity
	}
	r := b.roster()
	if r == nil {
		return 0, comm.Wellbeing.Cap, nil
	}
	day := b.day(comm, b.opt.Now())
	rows, err := r.ListExposure(ctx, storage.ExposureQuery{Community: comm.ID, From: day, To: day})
	if err != nil {
		return 0, 0, fmt.Errorf("bot: exposure today: %w", err)
	}
	for _, x := range rows {
		if x.UserID == userID {
			weight = x.Weight
		}
	}
	return weight, comm.Wellbeing.Cap, nil
}
