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
// Version 1 held the time in Unix nanoseconds, which cover only the years
// 1678-2262 (a time outside came back as another); version 2 holds Unix
// seconds and nanoseconds, which cover every year. DecodeEvent reads both,
// so items queued or spooled by an earlier build are still handled.
const (
	eventVersion1 = 1
	eventVersion  = 2
)

// flagHasTime, in an event's flags byte, says a time follows.
const flagHasTime = 2

// EncodeEvent packs an event for a queue: a version byte, then each field
// length-prefixed, flags, and the time (if any) in Unix seconds and
// nanoseconds. It is several times faster than JSON, which matters at
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
	if !ev.At.IsZero() {
		flags |= flagHasTime
	}
	b = append(b, flags)
	if !ev.At.IsZero() {
		b = binary.AppendVarint(b, ev.At.Unix())
		b = binary.AppendUvarint(b, uint64(ev.At.Nanosecond()))
	}
	b = binary.AppendUvarint(b, uint64(len(ev.AuthorRoles)))
	for _, r := range ev.AuthorRoles {
		b = binary.AppendUvarint(b, uint64(len(r)))
		b = append(b, r...)
	}
	return b
}

// errBadEvent is returned by DecodeEvent for bytes EncodeEvent did not make.
var errBadEvent = errors.New("bot: bad encoded event")

// DecodeEvent unpacks EncodeEvent's bytes, of this version or version 1.
func DecodeEvent(b []byte) (Event, error) {
	var ev Event
	if len(b) == 0 || (b[0] != eventVersion && b[0] != eventVersion1) {
		return ev, errBadEvent
	}
	version := b[0]
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
	flags := b[0]
	ev.AuthorIsBot = flags&1 != 0
	b = b[1:]
	at, k := decodeTime(version, flags, b)
	if k < 0 {
		return Event{}, errBadEvent
	}
	ev.At = at
	b = b[k:]
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

// decodeTime reads an event's time from b as version wrote it, and how
// many bytes it took (-1 for bytes EncodeEvent did not make).
func decodeTime(version, flags byte, b []byte) (time.Time, int) {
	if version == eventVersion1 {
		nanos, k := binary.Varint(b)
		if k <= 0 {
			return time.Time{}, -1
		}
		if nanos == 0 {
			return time.Time{}, k
		}
		return time.Unix(0, nanos).UTC(), k
	}
	if flags&flagHasTime == 0 {
		return time.Time{}, 0
	}
	sec, k1 := binary.Varint(b)
	if k1 <= 0 {
		return time.Time{}, -1
	}
	nsec, k2 := binary.Uvarint(b[k1:])
	if k2 <= 0 || nsec >= uint64(time.Second) {
		return time.Time{}, -1
	}
	return time.Unix(sec, int64(nsec)).UTC(), k1 + k2
}
