package spool_test

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/trygbot/trygbot/internal/redistest"
	"github.com/trygbot/trygbot/storage"
	"github.com/trygbot/trygbot/storage/redis"
	"github.com/trygbot/trygbot/storage/spool"
	"github.com/trygbot/trygbot/storage/storagetest"
)

// memQueue is an inner queue that can be taken away.
type memQueue struct {
	mu    sync.Mutex
	items []string
	down  atomic.Bool
	calls atomic.Int64
}

var errAway = errors.New("dial tcp 127.0.0.1:6379: connection refused")

func (m *memQueue) Publish(ctx context.Context, item []byte) error {
	m.calls.Add(1)
	if m.down.Load() {
		return errAway
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	m.items = append(m.items, string(item))
	return nil
}

func (m *memQueue) Consume(ctx context.Context, _ string, _ func(context.Context, []byte) error) error {
	<-ctx.Done()
	return ctx.Err()
}

func (m *memQueue) got() []string {
	m.mu.Lock()
	defer m.mu.Unlock()
	return slices.Clone(m.items)
}

func open(t *testing.T, inner storage.Queue, dir string, max int64) *spool.Queue {
	t.Helper()
	q, err := spool.Open(inner, spool.Options{Dir: dir, MaxBytes: max, RetryEvery: 10 * time.Millisecond, PublishTimeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { q.Close() })
	return q
}

func publish(t *testing.T, q *spool.Queue, items ...string) {
	t.Helper()
	for _, it := range items {
		if err := q.Publish(context.Background(), []byte(it)); err != nil {
			t.Fatalf("Publish(%q): %v", it, err)
		}
	}
}

func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func TestPublishesDirectlyWhileUp(t *testing.T) {
	inner := &memQueue{}
	q := open(t, inner, t.TempDir(), 0)
	publish(t, q, "a", "b")
	if got := inner.got(); !slices.Equal(got, []string{"a", "b"}) {
		t.Errorf("inner got %v", got)
	}
	if st := q.Status(); st.Degraded || st.Items != 0 {
		t.Errorf("status = %+v, want healthy and empty", st)
	}
}

func TestSpoolsWhileAwayAndFlushesInOrder(t *testing.T) {
	inner := &memQueue{}
	q := open(t, inner, t.TempDir(), 0)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go q.Run(ctx)
	publish(t, q, "1")
	inner.down.Store(true)
	publish(t, q, "2", "3", "4")
	st := q.Status()
	if !st.Degraded || st.Items != 3 || st.LastError == "" || st.Since.IsZero() {
		t.Fatalf("status while away = %+v, want degraded with 3 items", st)
	}
	if got := inner.got(); !slices.Equal(got, []string{"1"}) {
		t.Fatalf("inner got %v while away", got)
	}
	inner.down.Store(false)
	publish(t, q, "5") // goes behind the spooled ones, not ahead
	waitFor(t, "the spool to drain", func() bool { return len(inner.got()) == 5 })
	if got := inner.got(); !slices.Equal(got, []string{"1", "2", "3", "4", "5"}) {
		t.Errorf("inner got %v, want 1..5 in order, each once", got)
	}
	waitFor(t, "healthy status", func() bool { st := q.Status(); return !st.Degraded && st.Items == 0 && st.Bytes == 0 })
}

func TestSpoolSurvivesRestartAndTornRecord(t *testing.T) {
	dir := t.TempDir()
	inner := &memQueue{}
	inner.down.Store(true)
	q1, err := spool.Open(inner, spool.Options{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	publish(t, q1, "x", "y", "z")
	q1.Close() // the process dies with three items on disk
	f, err := os.OpenFile(filepath.Join(dir, "spool.log"), os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.Write([]byte{9, 0, 0, 0, 1, 2}) // a record torn mid-write
	f.Close()

	inner.down.Store(false)
	q2 := open(t, inner, dir, 0)
	if st := q2.Status(); st.Items != 3 {
		t.Fatalf("after restart: %d items, want 3 (torn record cut off)", st.Items)
	}
	if err := q2.Flush(context.Background()); err != nil {
		t.Fatal(err)
	}
	if got := inner.got(); !slices.Equal(got, []string{"x", "y", "z"}) {
		t.Errorf("inner got %v", got)
	}
	publish(t, q2, "after")
	if got := inner.got(); !slices.Equal(got, []string{"x", "y", "z", "after"}) {
		t.Errorf("inner got %v after the flush", got)
	}
}

func TestPartialFlushResumesWhereItStopped(t *testing.T) {
	dir := t.TempDir()
	inner := &memQueue{}
	inner.down.Store(true)
	q := open(t, inner, dir, 0)
	publish(t, q, "1", "2", "3")
	// The queue takes one item, then goes away again.
	inner.down.Store(false)
	fl := &flipQueue{memQueue: inner, after: 1}
	q.Close()
	q3 := open(t, fl, dir, 0)
	if err := q3.Flush(context.Background()); err == nil {
		t.Fatal("Flush with the queue failing after one item: no error")
	}
	if got := inner.got(); !slices.Equal(got, []string{"1"}) {
		t.Fatalf("inner got %v, want [1]", got)
	}
	q3.Close()
	inner.down.Store(false)
	q4 := open(t, inner, dir, 0) // restart: the position was recorded
	if err := q4.Flush(context.Background()); err != nil {
		t.Fatal(err)
	}
	if got := inner.got(); !slices.Equal(got, []string{"1", "2", "3"}) {
		t.Errorf("inner got %v, want each once", got)
	}
}

// flipQueue accepts `after` items, then fails.
type flipQueue struct {
	*memQueue
	after int64
	n     atomic.Int64
}

func (f *flipQueue) Publish(ctx context.Context, item []byte) error {
	if f.n.Add(1) > f.after {
		return errAway
	}
	return f.memQueue.Publish(ctx, item)
}

func TestFullSpoolRefusesWork(t *testing.T) {
	inner := &memQueue{}
	inner.down.Store(true)
	q := open(t, inner, t.TempDir(), 100)
	var err error
	n := 0
	for ; n < 100; n++ {
		if err = q.Publish(context.Background(), []byte("twenty bytes of text")); err != nil {
			break
		}
	}
	if !errors.Is(err, spool.ErrFull) || n != 3 {
		t.Errorf("after %d items: %v, want ErrFull after 3 (28 bytes each, 100 max)", n, err)
	}
	if !q.Status().Full {
		t.Error("status does not say full")
	}
}

func TestConcurrentPublishersDuringOutage(t *testing.T) {
	inner := &memQueue{}
	q := open(t, inner, t.TempDir(), 0)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go q.Run(ctx)
	const writers, each = 8, 200
	var wg sync.WaitGroup
	for w := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range each {
				if i == each/4 && w == 0 {
					inner.down.Store(true)
				}
				if i == each*3/4 && w == 0 {
					inner.down.Store(false)
				}
				if err := q.Publish(ctx, fmt.Appendf(nil, "%d-%03d", w, i)); err != nil {
					t.Error(err)
					return
				}
			}
		}()
	}
	wg.Wait()
	waitFor(t, "everything published", func() bool { return len(inner.got()) >= writers*each && q.Status().Items == 0 })
	got := inner.got()
	if len(got) != writers*each {
		t.Fatalf("published %d, want %d", len(got), writers*each)
	}
	seen := map[string]bool{}
	last := map[byte]string{}
	for _, it := range got {
		if seen[it] {
			t.Fatalf("%s published twice", it)
		}
		seen[it] = true
		if it <= last[it[0]] {
			t.Fatalf("%s published after %s: a writer's order changed", it, last[it[0]])
		}
		last[it[0]] = it
	}
}

// The spool in front of a real Redis queue keeps the Queue contract.
func TestQueueContractOverRedis(t *testing.T) {
	storagetest.RunQueue(t, func(t *testing.T) storage.Queue {
		prefix := redistest.Prefix(t, redistest.Addr(t), "spooltest")
		st := redistest.Open(t, "spooltest", redis.Options{Prefix: prefix})
		rq := redis.NewQueue(st.Client(), prefix, "events", "bots")
		rq.MinIdle, rq.Block = 200*time.Millisecond, 50*time.Millisecond
		return open(t, rq, t.TempDir(), 0)
	})
}

// BenchmarkSpoolWhileAway measures how fast work is taken while the queue
// is away: every item is written and fsync'd (shared by concurrent
// publishers) before Publish returns.
func BenchmarkSpoolWhileAway(b *testing.B) {
	inner := &memQueue{}
	inner.down.Store(true)
	q, err := spool.Open(inner, spool.Options{Dir: b.TempDir(), MaxBytes: 1 << 40})
	if err != nil {
		b.Fatal(err)
	}
	defer q.Close()
	item := make([]byte, 300) // about one chat message, encoded
	b.SetParallelism(16)
	b.ReportAllocs()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if err := q.Publish(context.Background(), item); err != nil {
				b.Error(err)
				return
			}
		}
	})
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "items/s")
}

// FuzzSpoolRecover opens a spool over any file a crash may leave: it never
// panics, keeps the whole records before the first broken one, publishes
// them in order, and leaves the spool usable.
func FuzzSpoolRecover(f *testing.F) {
	rec := func(items ...string) []byte {
		var b []byte
		for _, it := range items {
			var h [8]byte
			binary.LittleEndian.PutUint32(h[:4], uint32(len(it)))
			binary.LittleEndian.PutUint32(h[4:], crc32.Checksum([]byte(it), crc32.MakeTable(crc32.Castagnoli)))
			b = append(append(b, h[:]...), it...)
		}
		return b
	}
	f.Add(rec("a", "bc"))
	f.Add(append(rec("x"), 9, 0, 0, 0, 1, 2))
	f.Add([]byte{0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0})
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, "spool.log"), data, 0o600); err != nil {
			t.Fatal(err)
		}
		inner := &memQueue{}
		q, err := spool.Open(inner, spool.Options{Dir: dir})
		if err != nil {
			t.Fatalf("Open: %v", err)
		}
		defer q.Close()
		n := q.Status().Items
		if err := q.Flush(context.Background()); err != nil {
			t.Fatalf("Flush: %v", err)
		}
		got := inner.got()
		if len(got) != n {
			t.Fatalf("published %d of %d recovered items", len(got), n)
		}
		// What was recovered is a prefix of the file, record by record.
		var want []byte
		for _, it := range got {
			want = append(want, rec(it)...)
		}
		if !bytes.HasPrefix(data, want) {
			t.Fatalf("recovered items are not the file's first records")
		}
		if err := q.Publish(context.Background(), []byte("after")); err != nil {
			t.Fatalf("Publish after recovery: %v", err)
		}
	})
}
