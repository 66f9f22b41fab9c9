package cli

import (
	"context"

	"github.com/trygbot/trygbot/bot"
)

// countingInbox hands typed messages to the bot and writes its message
// counts at once: the demo's clock stands still and nothing ticks, so
// without it what you type would be counted only when the demo ends, and
// the dashboard's summary would lag behind its queue.
type countingInbox struct{ bot.Inbox }

func (in countingInbox) Handle(ctx context.Context, ev bot.Event) error {
	err := in.Inbox.Handle(ctx, ev)
	if f, ok := in.Inbox.(interface{ Flush(context.Context) error }); ok {
		if ferr := f.Flush(ctx); err == nil {
			err = ferr
		}
	}
	return err
}
