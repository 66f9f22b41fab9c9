package redis

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	goredis "github.com/redis/go-redis/v9"

	"github.com/trygbot/trygbot/storage"
)

var _ storage.Queue = (*Queue)(nil)

// Queue defaults.
const (
	DefaultMinIdle    = 30 * time.Second
	DefaultBlock      = time.Second
	DefaultBatch      = 10
	DefaultStaleAfter = 5 * time.Minute
)

// itemField is the stream entry field that holds an item.
const itemField = "item"

// ackTimeout bounds the acknowledgement of a handled item, which is sent
// even when the consumer's context has just ended.
const ackTimeout = 5 * time.Second

// Queue is a storage.Queue on a Redis stream with one consumer group. An
// item is deleted from the stream once a consumer acknowledges it, so the
// stream belongs to this group alone. The exported fields may be changed
// before the first call, not after.
type Queue struct {
	client goredis.UniversalClient
	stream string
	group  string

	// MinIdle is how long an item may stay with a consumer that has not
	// acknowledged it (because its handler failed or it stopped) before
	// another consumer claims it.
	MinIdle time.Duration
	// Block is how long one read waits for new items; Consume notices a
	// cancelled context within about this long.
	Block time.Duration
	// Batch is how many items one read takes.
	Batch int64
	// StaleAfter: a consumer of the group that holds no pending items
	// and has not read for this long is removed, so the names of
	// stopped instances (a new one at every start) do not pile up in the
	// group. One that still holds items stays until others claimed them.
	// Keep it well above Block, which a live consumer reads within.
	StaleAfter time.Duration

	mu    sync.Mutex
	ready bool // the group exists

	// Publishing is a group commit: items published while a pipeline is
	// on its way go together in the next one.
	pubMu    sync.Mutex
	pending  []pubReq
	flushing bool
}

// pubReq is one item waiting to be appended, and where to report.
type pubReq struct {
	item []byte
	done chan error
}

// NewQueue returns a queue on the stream prefix+stream, read by the
// consumer group group. The group is created, starting at the stream's
// first item, on first use.
func NewQueue(client goredis.UniversalClient, prefix, stream, group string) *Queue {
	return &Queue{
		client: client, stream: prefix + stream, group: group,
		MinIdle: DefaultMinIdle, Block: DefaultBlock, Batch: DefaultBatch, StaleAfter: DefaultStaleAfter,
	}
}

// fail wraps err for op, translating a closed client to storage.ErrClosed.
func (q *Queue) fail(op string, err error) error {
	if errors.Is(err, goredis.ErrClosed) {
		return fmt.Errorf("redis: %s %s: %w (%v)", op, q.stream, storage.ErrClosed, err)
	}
	return fmt.Errorf("redis: %s %s: %w", op, q.stream, err)
}

// Publish appends item to the stream. Concurrent calls share round trips:
// items that arrive while a pipeline is in flight are sent together in the
// next. If ctx ends first Publish returns ctx.Err(), and the item may
// still be appended (delivery is at least once).
func (q *Queue) Publish(ctx context.Context, item []byte) error {
	if err := ctx.Err(); err != nil {
		return q.fail("publish to", err)
	}
	req := pubReq{item: item, done: make(chan error, 1)}
	q.pubMu.Lock()
	q.pending = append(q.pending, req)
	lead := !q.flushing
	q.flushing = true
	q.pubMu.Unlock()
	if lead {
		go q.flush()
	}
	select {
	case err := <-req.done:
		if err != nil {
			return q.fail("publish to", err)
		}
		return nil
	case <-ctx.Done():
		return q.fail("publish to", ctx.Err())
	}
}

// flush sends pending items in pipelines until none are left.
func (q *Queue) flush() {
	for {
		q.pubMu.Lock()
		batch := q.pending
		q.pending = nil
		if len(batch) == 0 {
			q.flushing = false
			q.pubMu.Unlock()
			return
		}
		q.pubMu.Unlock()
		ctx, cancel := context.WithTimeout(context.Background(), ackTimeout)
		cmds, err := q.client.Pipelined(ctx, func(p goredis.Pipeliner) error {
			for _, r := range batch {
				p.XAdd(ctx, &goredis.XAddArgs{Stream: q.stream, Values: []any{itemField, r.item}})
			}
			return nil
		})
		cancel()
		for i, r := range batch {
			e := err
			if i < len(cmds) && cmds[i].Err() != nil {
				e = cmds[i].Err()
			}
			r.done <- e
		}
	}
}

// ensureGroup creates the consumer group if this queue has not yet. A
// group that exists already is fine.
func (q *Queue) ensureGroup(ctx context.Context) error {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.ready {
		return nil
	}
	err := q.client.XGroupCreateMkStream(ctx, q.stream, q.group, "0").Err()
	if err != nil && !strings.HasPrefix(err.Error(), "BUSYGROUP") {
		return err
	}
	q.ready = true
	return nil
}

// forgetGroup makes the next ensureGroup create the group again, after
// the server said it does not exist (the stream was deleted).
func (q *Queue) forgetGroup() {
	q.mu.Lock()
	q.ready = false
	q.mu.Unlock()
}

// Consume hands items to handle until ctx is done, then returns ctx.Err().
// It acknowledges (and deletes) an item when handle returns nil; an item
// whose handler failed, or that a stopped consumer left, is claimed again
// once it has been idle for MinIdle. Other errors from Redis end Consume.
func (q *Queue) Consume(ctx context.Context, consumer string, handle func(ctx context.Context, item []byte) error) error {
	if consumer == "" {
		return fmt.Errorf("redis: consume %s: empty consumer name", q.stream)
	}
	var lastSweep time.Time
	cursor := "0-0"
	// First, once, the items this consumer took and did not acknowledge
	// before (its handler failed, or Redis went away before the ack):
	// with a stable consumer name they are retried at once, not after
	// MinIdle.
	own := "0-0"
	// Items whose handler failed are retried from this consumer's own
	// pending list after a backoff (doubling to MinIdle), so a store that
	// was away briefly does not hold them for MinIdle.
	var ownAt time.Time
	ownDelay := 100 * time.Millisecond
	ownFailed := 0 // failures in the current pass over the own list
	failed := func(n int) {
		ownFailed += n
		if n == 0 {
			return
		}
		if ownAt.IsZero() {
			ownAt = time.Now().Add(ownDelay)
		}
		ownDelay = min(ownDelay*2, q.MinIdle)
	}
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := q.ensureGroup(ctx); err != nil {
			return q.consumeErr(ctx, err)
		}
		if !ownAt.IsZero() && !time.Now().Before(ownAt) {
			own, ownAt, ownFailed = "0-0", time.Time{}, 0
		}
		if own != "" {
			streams, err := q.client.XReadGroup(ctx, &goredis.XReadGroupArgs{
				Group: q.group, Consumer: consumer, Streams: []string{q.stream, own}, Count: q.Batch,
			}).Result()
			if err != nil && !errors.Is(err, goredis.Nil) {
				return q.consumeErr(ctx, err)
			}
			own = ""
			empty := true
			for _, st := range streams {
				if len(st.Messages) == 0 {
					continue
				}
				empty = false
				own = st.Messages[len(st.Messages)-1].ID
				n, err := q.handle(ctx, st.Messages, handle)
				if err != nil {
					return err
				}
				failed(n)
			}
			if empty && ownFailed == 0 {
				ownDelay = 100 * time.Millisecond // the own list is clean
			}
			continue
		}
		// Claim items other consumers (or this one) left pending, at
		// most every MinIdle/2 once a sweep has finished.
		if time.Since(lastSweep) >= q.MinIdle/2 {
			msgs, next, err := q.claim(ctx, consumer, cursor)
			if err != nil {
				if err := q.consumeErr(ctx, err); err != nil {
					return err
				}
				continue
			}
			cursor = next
			if next == "0-0" {
				lastSweep = time.Now()
			}
			n, err := q.handle(ctx, msgs, handle)
			if err != nil {
				return err
			}
			failed(n)
			if len(msgs) > 0 {
				continue
			}
		}
		streams, err := q.client.XReadGroup(ctx, &goredis.XReadGroupArgs{
			Group: q.group, Consumer: consumer, Streams: []string{q.stream, ">"},
			Count: q.Batch, Block: q.Block,
		}).Result()
		if errors.Is(err, goredis.Nil) {
			continue // nothing arrived within Block
		}
		if err != nil {
			if err := q.consumeErr(ctx, err); err != nil {
				return err
			}
			continue
		}
		for _, st := range streams {
			n, err := q.handle(ctx, st.Messages, handle)
			if err != nil {
				return err
			}
			failed(n)
		}
	}
}

// claim takes up to Batch items that have been pending for MinIdle, from
// cursor on. Before a sweep starts (at cursor 0-0) it removes the stale
// consumers, whose items the sweeps before have claimed.
func (q *Queue) claim(ctx context.Context, consumer, cursor string) ([]goredis.XMessage, string, error) {
	if cursor == "0-0" && q.StaleAfter > 0 {
		if err := removeStale.Run(ctx, q.client, []string{q.stream}, q.group, consumer, q.StaleAfter.Milliseconds()).Err(); err != nil {
			return nil, cursor, fmt.Errorf("remove stale consumers: %w", err)
		}
	}
	return q.client.XAutoClaim(ctx, &goredis.XAutoClaimArgs{
		Stream: q.stream, Group: q.group, Consumer: consumer,
		MinIdle: q.MinIdle, Start: cursor, Count: q.Batch,
	}).Result()
}

// removeStale deletes the consumers of group ARGV[1] other than ARGV[2]
// that hold no pending items and have been idle for ARGV[3] ms. It is a
// script so that no consumer takes an item between the check and the
// removal (XGROUP DELCONSUMER drops the pending items it holds). A live
// consumer removed anyway (paused longer than that) is created again by
// its next read.
var removeStale = goredis.NewScript(`
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
local removed = 0
for _, c in ipairs(redis.call('XINFO', 'CONSUMERS', KEYS[1], ARGV[1])) do
  local f = {}
  for i = 1, #c, 2 do f[c[i]] = c[i + 1] end
  if f['name'] ~= ARGV[2] and tonumber(f['pending']) == 0 and tonumber(f['idle']) >= tonumber(ARGV[3]) then
    redis.call('XGROUP', 'DELCONSUMER', KEYS[1], ARGV[1], f['name'])
    removed = removed + 1
  end
end
return removed
`)

// consumeErr decides what a Redis error means for Consume: nil to go on
// (the group vanished and will be made again), ctx.Err() if ctx is done,
// or the error to return.
func (q *Queue) consumeErr(ctx context.Context, err error) error {
	if ctxErr := ctx.Err(); ctxErr != nil {
		return ctxErr
	}
	if strings.Contains(err.Error(), "NOGROUP") { // also from a script, wrapped
		q.forgetGroup()
		return nil
	}
	return q.fail("consume", err)
}

// handle runs handle on each message and acknowledges those it handled,
// all of a batch in one round trip. It stops, returning ctx.Err(), when
// ctx is done; the rest stay pending. A consumer that dies before the
// acknowledgement leaves its batch to be claimed again, so delivery is at
// least once; the bot's case creation is idempotent on the message.
func (q *Queue) handle(ctx context.Context, msgs []goredis.XMessage, handle func(context.Context, []byte) error) (failed int, _ error) {
	done := make([]string, 0, len(msgs))
	var stop error
	for _, m := range msgs {
		if err := ctx.Err(); err != nil {
			stop = err
			break
		}
		item, ok := m.Values[itemField].(string)
		if ok && handle(ctx, []byte(item)) != nil {
			failed++
			continue // stays pending, to be retried
		}
		// Handled, or not an item of ours: acknowledge and delete it.
		done = append(done, m.ID)
	}
	if len(done) > 0 {
		actx, cancel := context.WithTimeout(context.WithoutCancel(ctx), ackTimeout)
		_, err := q.client.TxPipelined(actx, func(p goredis.Pipeliner) error {
			p.XAck(actx, q.stream, q.group, done...)
			p.XDel(actx, q.stream, done...)
			return nil
		})
		cancel()
		if err != nil {
			return failed, q.fail(fmt.Sprintf("acknowledge %d items in", len(done)), err)
		}
	}
	return failed, stop
}
