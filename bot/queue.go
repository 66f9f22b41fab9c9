package bot

import (
	"context"
	"encoding/binary"
	"errors"
	"time"

	"github.com/trygbot/trygbot/storage"
)

// QueueInbox hands message events to a queue shared by several bot
// instances (Redis Streams), so each message is handled by exactly one of
// them. Actions are handled by Direct at once.
type QueueInbox struct {
	Queue  storage.Queue
	Direct Inbox
}

var (
	_ Inbox       = (*QueueInbox)(nil)
	_ ChatChecker = (*QueueInbox)(nil)
	_ ChatChecker = (*Bot)(nil)
)

// Handle publishes the event.
func (q *QueueInbox) Handle(ctx context.Context, ev Event) error {
	return q.Queue.Publish(ctx, EncodeEvent(ev))
}

// Configured asks Direct (ChatChecker), so a message no community takes
// is refused before it is queued. If Direct cannot say, every chat counts
// as configured and the consumer drops the others, as before.
func (q *QueueInbox) Configured(platform, chatID string) bool {
	if cc, ok := q.Direct.(ChatChecker); ok {
		return cc.Configured(platform, chatID)
	}
	return true
}

// Act acts at once.
func (q *QueueInbox) Act(ctx context.Context, req ActionRequest) (Feedback, error) {
	return q.Direct.Act(ctx, req)
}

// Command answers at once.
func (q *QueueInbox) Command(ctx context.Context, req CommandRequest) (string, error) {
	return q.Direct.Command(ctx, req)
}

// handleBound bounds the handling of one queued message.
const handleBound = 30 * time.Second

// Consume handles events from the queue as instance name until ctx is
// done. An event whose handling fails is left for redelivery.
func (b *Bot) Consume(ctx context.Context, q storage.Queue, name string, handled func(Event)) error {
	return q.Consume(ctx, name, func(ctx context.Context, item []byte) error {
		ev, err := DecodeEvent(item)
		if err != nil {
			b.log.Error("queue item is not an event; dropped", "err", err)
			return nil // a poison item would come back forever
		}
		// A message taken is finished even if ctx ends meanwhile (a
		// graceful stop), within a bound; the rest stay queued.
		hctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), handleBound)
		defer cancel()
		if err := b.Handle(hctx, ev); err != nil {
			return err
		}
		if handled != nil {
			handled(ev)
		}
		return nil
	})
}

// eventVersion starts every encoded event, so the format can change.
const eventVersion = 1

// EncodeEvent packs an event for a queue: a version byte, then each field
// length-prefixed. It is several times faster than JSON, which matters at
// tens of thousands of messages a second.
func EncodeEvent(ev Event) []byte {
	b := make([]byte, 0, 64+len(ev.Text))
	b = append(b, eventVersion)
	for _, s := range []string{string(ev.Kind), ev.Platform, ev.ChatID, ev.Channel, ev.ChannelName, ev.MessageID,
		ev.AuthorID, ev.AuthorName, ev.Text, ev.JumpURL, ev.ReporterID} {
		b = binary.AppendUvarint(b, uint64(len(s)))
		b = append(b, s...)
	}
	var flags byte
	if ev.AuthorIsBot {
		flags = 1
	}
	b = append(b, flags)
	at := int64(0)
	if !ev.At.IsZero() {
		at = ev.At.UnixNano()
	}
	b = binary.AppendVarint(b, at)
	b = binary.AppendUvarint(b, uint64(len(ev.AuthorRoles)))
	for _, r := range ev.AuthorRoles {
		b = binary.AppendUvarint(b, uint64(len(r)))
		b = append(b, r...)
	}
	return b
}

// errBadEvent is returned by DecodeEvent for bytes EncodeEvent did not make.
var errBadEvent = errors.New("bot: bad encoded event")

// DecodeEvent unpacks EncodeEvent's bytes.
func DecodeEvent(b []byte) (Event, error) {
	var ev Event
	if len(b) == 0 || b[0] != eventVersion {
		return ev, errBadEvent
	}
	b = b[1:]
	str := func() (string, bool) {
		n, k := binary.Uvarint(b)
		if k <= 0 || uint64(len(b)-k) < n {
			return "", false
		}
		s := string(b[k : k+int(n)])
		b = b[k+int(n):]
		return s, true
	}
	fields := []*string{(*string)(&ev.Kind), &ev.Platform, &ev.ChatID, &ev.Channel, &ev.ChannelName, &ev.MessageID,
		&ev.AuthorID, &ev.AuthorName, &ev.Text, &ev.JumpURL, &ev.ReporterID}
	for _, f := range fields {
		s, ok := str()
		if !ok {
			return Event{}, errBadEvent
		}
		*f = s
	}
	if len(b) < 1 {
		return Event{}, errBadEvent
	}
	ev.AuthorIsBot = b[0]&1 != 0
	b = b[1:]
	at, k := binary.Varint(b)
	if k <= 0 {
		return Event{}, errBadEvent
	}
	b = b[k:]
	if at != 0 {
		ev.At = time.Unix(0, at).UTC()
	}
	n, k := binary.Uvarint(b)
	if k <= 0 || n > uint64(len(b)) {
		return Event{}, errBadEvent
	}
	b = b[k:]
	for i := uint64(0); i < n; i++ {
		s, ok := str()
		if !ok {
			return Event{}, errBadEvent
		}
		ev.AuthorRoles = append(ev.AuthorRoles, s)
	}
	if len(b) != 0 {
		return Event{}, errBadEvent
	}
	return ev, nil
}
