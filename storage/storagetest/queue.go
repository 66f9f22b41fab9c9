package storagetest

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/trygbot/trygbot/storage"
)

// queueWait bounds how long the queue suite waits for deliveries. The
// queues under test should redeliver a failed item well within it (open
// should configure a short idle time).
const queueWait = 30 * time.Second

// RunQueue runs the Queue contract against the queues open returns. open
// is called once per subtest and must return a new, empty queue whose
// pending items are claimed by other consumers after a short idle time
// (well under a second is best), and register its own cleanup.
func RunQueue(t *testing.T, open func(t *testing.T) storage.Queue) {
	t.Helper()
	runContract(t, open, []contractTest[storage.Queue]{
		{"DeliveredOnceAcrossConsumers", testQueueDeliveredOnce},
		{"HandlerErrorRedelivers", testQueueRedelivers},
		{"DeadConsumerItemsClaimed", testQueueDeadConsumer},
		{"ConsumeReturnsOnCancel", testQueueCancel},
		{"PublishCancelled", testQueuePublishCancelled},
	})
}

// consumer runs q.Consume in a goroutine; stop cancels it and returns
// Consume's error.
func consumer(q storage.Queue, name string, handle func(ctx context.Context, item []byte) error) (stop func() error) {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- q.Consume(ctx, name, handle) }()
	return func() error {
		cancel()
		select {
		case err := <-done:
			return err
		case <-time.After(queueWait):
			return fmt.Errorf("consumer %s did not return within %v of its context being cancelled", name, queueWait)
		}
	}
}

// waitFor polls cond until it holds or the queue wait runs out.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(queueWait)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %v waiting for %s", queueWait, what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func checkStopped(t *testing.T, name string, err error) {
	t.Helper()
	if !errors.Is(err, context.Canceled) {
		t.Errorf("Consume(%s) returned %v, want context.Canceled", name, err)
	}
}

func testQueueDeliveredOnce(t *testing.T, q storage.Queue) {
	ctx := context.Background()
	const n = 500
	publish := func(from, to int) {
		t.Helper()
		for i := from; i < to; i++ {
			if err := q.Publish(ctx, fmt.Appendf(nil, "item-%d", i)); err != nil {
				t.Fatalf("Publish(%d): %v", i, err)
			}
		}
	}
	var mu sync.Mutex
	seen := map[string]int{}
	by := map[string]int{}
	handler := func(name string) func(context.Context, []byte) error {
		return func(_ context.Context, item []byte) error {
			mu.Lock()
			defer mu.Unlock()
			seen[string(item)]++
			by[name]++
			return nil
		}
	}
	distinct := func() int {
		mu.Lock()
		defer mu.Unlock()
		return len(seen)
	}

	publish(0, n/2) // a backlog before anyone consumes
	stopA := consumer(q, "a", handler("a"))
	stopB := consumer(q, "b", handler("b"))
	publish(n/2, n) // and items published while both consume
	waitFor(t, fmt.Sprintf("%d distinct items", n), func() bool { return distinct() >= n })
	// Give a duplicate delivery time to show up.
	time.Sleep(time.Second)
	checkStopped(t, "a", stopA())
	checkStopped(t, "b", stopB())

	mu.Lock()
	defer mu.Unlock()
	for i := range n {
		if k := fmt.Sprintf("item-%d", i); seen[k] != 1 {
			t.Errorf("%s handled %d times, want once", k, seen[k])
		}
	}
	if len(seen) != n {
		t.Errorf("handled %d distinct items, want %d", len(seen), n)
	}
	t.Logf("consumer a handled %d items, b %d", by["a"], by["b"])
}

func testQueueRedelivers(t *testing.T, q storage.Queue) {
	if err := q.Publish(context.Background(), []byte("flaky")); err != nil {
		t.Fatalf("Publish: %v", err)
	}
	var mu sync.Mutex
	var calls []string
	stop := consumer(q, "a", func(_ context.Context, item []byte) error {
		mu.Lock()
		defer mu.Unlock()
		calls = append(calls, string(item))
		if len(calls) == 1 {
			return errors.New("temporary failure")
		}
		return nil
	})
	count := func() int {
		mu.Lock()
		defer mu.Unlock()
		return len(calls)
	}
	waitFor(t, "the failed item to be delivered again", func() bool { return count() >= 2 })
	// Once handled without error it is acknowledged and not seen again.
	time.Sleep(2 * time.Second)
	checkStopped(t, "a", stop())
	mu.Lock()
	defer mu.Unlock()
	if len(calls) != 2 || calls[0] != "flaky" || calls[1] != "flaky" {
		t.Errorf("handler calls = %q, want the item twice (failed, then handled)", calls)
	}
}

func testQueueDeadConsumer(t *testing.T, q storage.Queue) {
	if err := q.Publish(context.Background(), []byte("orphan")); err != nil {
		t.Fatalf("Publish: %v", err)
	}
	// Consumer a takes the item and dies before handling it.
	took := make(chan struct{})
	var once sync.Once
	stopA := consumer(q, "a", func(ctx context.Context, _ []byte) error {
		once.Do(func() { close(took) })
		<-ctx.Done()
		return ctx.Err()
	})
	select {
	case <-took:
	case <-time.After(queueWait):
		t.Fatal("consumer a never received the item")
	}
	checkStopped(t, "a", stopA())

	got := make(chan string, 10)
	stopB := consumer(q, "b", func(_ context.Context, item []byte) error {
		got <- string(item)
		return nil
	})
	select {
	case item := <-got:
		if item != "orphan" {
			t.Errorf("consumer b got %q, want %q", item, "orphan")
		}
	case <-time.After(queueWait):
		t.Error("consumer b never received the item consumer a left pending")
	}
	checkStopped(t, "b", stopB())
}

func testQueueCancel(t *testing.T, q storage.Queue) {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- q.Consume(ctx, "idle", func(context.Context, []byte) error {
			t.Error("handler called on an empty queue")
			return nil
		})
	}()
	time.Sleep(200 * time.Millisecond)
	select {
	case err := <-done:
		t.Fatalf("Consume returned %v before its context was cancelled", err)
	default:
	}
	cancel()
	select {
	case err := <-done:
		checkStopped(t, "idle", err)
	case <-time.After(10 * time.Second):
		t.Fatal("Consume did not return within 10s of its context being cancelled")
	}
}

func testQueuePublishCancelled(t *testing.T, q storage.Queue) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := q.Publish(ctx, []byte("x")); !errors.Is(err, context.Canceled) {
		t.Errorf("Publish with a cancelled context: error = %v, want context.Canceled", err)
	}
}
