package bot

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/trygbot/trygbot/storage"
)

// QueueInbox hands message events to a queue shared by several bot
// instances (Redis Streams), so each message is handled by exactly one of
// them. Actions are handled by Direct at once.
type QueueInbox struct {
	Queue  storage.Queue
	Direct Inbox
}

var _ Inbox = (*QueueInbox)(nil)

// Handle publishes the event.
func (q *QueueInbox) Handle(ctx context.Context, ev Event) error {
	b, err := json.Marshal(ev)
	if err != nil {
		return fmt.Errorf("bot: encode event: %w", err)
	}
	return q.Queue.Publish(ctx, b)
}

// Act acts at once.
func (q *QueueInbox) Act(ctx context.Context, req ActionRequest) (Feedback, error) {
	return q.Direct.Act(ctx, req)
}

// Consume handles events from the queue as instance name until ctx is
// done. An event whose handling fails is left for redelivery.
func (b *Bot) Consume(ctx context.Context, q storage.Queue, name string, handled func(Event)) error {
	return q.Consume(ctx, name, func(ctx context.Context, item []byte) error {
		var ev Event
		if err := json.Unmarshal(item, &ev); err != nil {
			b.log.Error("queue item is not an event; dropped", "err", err)
			return nil // a poison item would come back forever
		}
		if err := b.Handle(ctx, ev); err != nil {
			return err
		}
		if handled != nil {
			handled(ev)
		}
		return nil
	})
}
