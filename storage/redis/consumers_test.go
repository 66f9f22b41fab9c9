package redis_test

import (
	"context"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	goredis "github.com/redis/go-redis/v9"

	"github.com/trygbot/trygbot/internal/redistest"
	"github.com/trygbot/trygbot/storage/redis"
)

// Consumers of stopped instances (a new name at every start) are removed
// from the group once their pending items are claimed, and not before:
// the item a dead consumer held is still handled, once. Live consumers
// stay.
func TestStaleConsumersRemoved(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	addr := redistest.Addr(t)
	raw := rawClient(t, addr)
	prefix := redistest.Prefix(t, addr, "stale")
	stream := prefix + "work"
	if err := raw.XGroupCreateMkStream(ctx, stream, "workers", "0").Err(); err != nil {
		t.Fatal(err)
	}
	if err := raw.XAdd(ctx, &goredis.XAddArgs{Stream: stream, Values: []any{"item", "held by the dead"}}).Err(); err != nil {
		t.Fatal(err)
	}
	// Instance 1 read the item and died; instance 2 died holding nothing.
	if err := raw.XReadGroup(ctx, &goredis.XReadGroupArgs{Group: "workers", Consumer: "dead-1", Streams: []string{stream, ">"}, Count: 1}).Err(); err != nil {
		t.Fatal(err)
	}
	if err := raw.XGroupCreateConsumer(ctx, stream, "workers", "dead-2").Err(); err != nil {
		t.Fatal(err)
	}

	var handled atomic.Int32
	var wg sync.WaitGroup
	var queues []*redis.Queue
	for _, name := range []string{"live-a", "live-b"} {
		q := redis.NewQueue(raw, prefix, "work", "workers")
		q.MinIdle, q.Block, q.StaleAfter = 1500*time.Millisecond, 100*time.Millisecond, 300*time.Millisecond
		queues = append(queues, q)
		wg.Go(func() {
			q.Consume(ctx, name, func(context.Context, []byte) error { handled.Add(1); return nil })
		})
	}
	q := queues[0]
	defer wg.Wait()
	defer cancel()

	names := func() []string {
		cs, err := raw.XInfoConsumers(ctx, stream, "workers").Result()
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, c := range cs {
			out = append(out, c.Name)
		}
		return out
	}
	deadline := time.Now().Add(15 * time.Second)
	for {
		got := names()
		if handled.Load() == 1 && !slices.Contains(got, "dead-1") && !slices.Contains(got, "dead-2") {
			break
		}
		if !slices.Contains(got, "dead-1") && handled.Load() == 0 {
			// dead-1 may go only after its item was claimed: then it is
			// pending with a live consumer, not lost.
			if n, err := raw.XPending(ctx, stream, "workers").Result(); err != nil || n.Count != 1 || n.Consumers["dead-1"] != 0 {
				t.Fatalf("dead-1 removed while its item was not claimed (pending %+v, %v)", n, err)
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("consumers %v, items handled %d; want the dead ones gone and their item handled once", got, handled.Load())
		}
		time.Sleep(50 * time.Millisecond)
	}
	// The live consumers go on taking work (Redis lists a consumer from
	// the first item it is given; one removed while idle is listed again
	// with its next item).
	for i := range 4 {
		if err := q.Publish(ctx, []byte{byte(i)}); err != nil {
			t.Fatal(err)
		}
	}
	for handled.Load() < 5 {
		if time.Now().After(deadline) {
			t.Fatalf("%d items handled, want 5", handled.Load())
		}
		time.Sleep(20 * time.Millisecond)
	}
	time.Sleep(300 * time.Millisecond)
	if got := names(); slices.Contains(got, "dead-1") || slices.Contains(got, "dead-2") || handled.Load() != 5 {
		t.Errorf("later: consumers %v, handled %d; want no dead ones, 5", got, handled.Load())
	}
}
