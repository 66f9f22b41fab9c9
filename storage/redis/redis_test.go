package redis_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	goredis "github.com/redis/go-redis/v9"

	"github.com/trygbot/trygbot/internal/redistest"
	"github.com/trygbot/trygbot/storage"
	"github.com/trygbot/trygbot/storage/redis"
	"github.com/trygbot/trygbot/storage/storagetest"
)

// rawClient is a client of the test database, closed when the test ends.
func rawClient(tb testing.TB, addr string) *goredis.Client {
	tb.Helper()
	c := goredis.NewClient(&goredis.Options{Addr: addr, DB: redistest.DB})
	tb.Cleanup(func() { c.Close() })
	return c
}

// openStore opens a store on the test database under its own prefix and
// closes it when the test ends.
func openStore(tb testing.TB, opts redis.Options) *redis.Store {
	tb.Helper()
	if opts.Addr == "" {
		opts.Addr = redistest.Addr(tb)
	}
	if opts.Prefix == "" {
		opts.Prefix = redistest.Prefix(tb, opts.Addr, "test")
	}
	opts.DB = redistest.DB
	s, err := redis.Open(context.Background(), opts)
	if err != nil {
		tb.Fatalf("Open: %v", err)
	}
	tb.Cleanup(func() {
		if err := s.Close(); err != nil {
			tb.Errorf("Close: %v", err)
		}
	})
	return s
}

func TestStore(t *testing.T) {
	storagetest.Run(t, func(t *testing.T) storage.Store {
		// The suite counts messages in fixed hours of 2026: keep them.
		return openStore(t, redis.Options{VolumeTTL: -1})
	})
}

func TestFeed(t *testing.T) {
	storagetest.RunFeed(t, func(t *testing.T) storage.Feed { return openStore(t, redis.Options{}) })
}

func TestSessions(t *testing.T) {
	storagetest.RunSessions(t, func(t *testing.T) storage.Sessions { return openStore(t, redis.Options{}) })
}

func TestRoster(t *testing.T) {
	storagetest.RunRoster(t, func(t *testing.T) storage.Roster { return openStore(t, redis.Options{}) })
}

func TestQueue(t *testing.T) {
	storagetest.RunQueue(t, func(t *testing.T) storage.Queue {
		addr := redistest.Addr(t)
		q := redis.NewQueue(rawClient(t, addr), redistest.Prefix(t, addr, "test"), "work", "workers")
		q.MinIdle, q.Block = time.Second, 200*time.Millisecond
		return q
	})
}

func TestKeysDoNotExpire(t *testing.T) {
	ctx := context.Background()
	addr := redistest.Addr(t)
	prefix := redistest.Prefix(t, addr, "test")
	s := openStore(t, redis.Options{Addr: addr, Prefix: prefix})
	c, _, err := s.CreateCase(ctx, storage.Case{Key: "k", State: storage.StateOpen})
	if err != nil {
		t.Fatalf("CreateCase: %v", err)
	}
	if err := s.AddAudit(ctx, storage.AuditEntry{CaseID: c.ID, Actor: "bot", Action: "open"}); err != nil {
		t.Fatalf("AddAudit: %v", err)
	}
	raw := rawClient(t, addr)
	keys, err := raw.Keys(ctx, prefix+"*").Result()
	if err != nil {
		t.Fatalf("KEYS: %v", err)
	}
	for _, want := range []string{"case:" + fmt.Sprint(c.ID), "key:k", "idx:state:open", "idx:created", "audit:entries", "audit:case:" + fmt.Sprint(c.ID)} {
		found := false
		for _, k := range keys {
			found = found || k == prefix+want
		}
		if !found {
			t.Errorf("no key %s among %v", want, keys)
		}
	}
	for _, k := range keys {
		if ttl := raw.TTL(ctx, k).Val(); ttl != -1 {
			t.Errorf("key %s has TTL %v, want none", k, ttl)
		}
	}
}

// TestIndexesFollowUpdates reads the index sets themselves: ListCases
// checks every candidate, so a stale entry would not show in its results,
// only in the work it does.
func TestIndexesFollowUpdates(t *testing.T) {
	ctx := context.Background()
	addr := redistest.Addr(t)
	prefix := redistest.Prefix(t, addr, "test")
	s := openStore(t, redis.Options{Addr: addr, Prefix: prefix})
	raw := rawClient(t, addr)
	now := time.Now()
	c, _, err := s.CreateCase(ctx, storage.Case{Key: "k", Platform: "discord", Community: "g", Channel: "ch",
		Author: "a1", State: storage.StateOpen, CreatedAt: now.Add(-time.Hour), Deadline: now})
	if err != nil {
		t.Fatalf("CreateCase: %v", err)
	}
	id := fmt.Sprint(c.ID)
	members := func() map[string]bool {
		t.Helper()
		keys, err := raw.Keys(ctx, prefix+"idx:*").Result()
		if err != nil {
			t.Fatalf("KEYS: %v", err)
		}
		in := map[string]bool{}
		for _, k := range keys {
			if err := raw.ZScore(ctx, k, id).Err(); err == nil {
				in[strings.TrimPrefix(k, prefix)] = true
			}
		}
		return in
	}
	check := func(when string, want ...string) {
		t.Helper()
		got := members()
		for _, k := range want {
			if !got[k] {
				t.Errorf("%s: case not in %s", when, k)
			}
			delete(got, k)
		}
		for k := range got {
			t.Errorf("%s: case still in %s", when, k)
		}
	}
	check("created", "idx:all", "idx:state:open", "idx:platform:discord", "idx:community:g", "idx:channel:ch",
		"idx:author:a1", "idx:created", "idx:unpurged", "idx:deadline")

	_, err = s.UpdateCase(ctx, c.ID, func(c *storage.Case) error {
		c.State, c.Author, c.Channel, c.Deadline, c.FollowUpUntil = storage.StateResponded, "a2", "ch2", time.Time{}, now.Add(time.Hour)
		return nil
	})
	if err != nil {
		t.Fatalf("UpdateCase: %v", err)
	}
	check("updated", "idx:all", "idx:state:responded", "idx:platform:discord", "idx:community:g", "idx:channel:ch2",
		"idx:author:a2", "idx:created", "idx:unpurged", "idx:followup")

	if n, err := s.Purge(ctx, now); err != nil || n != 1 {
		t.Fatalf("Purge = %d, %v; want 1, nil", n, err)
	}
	check("purged", "idx:all", "idx:state:responded", "idx:platform:discord", "idx:community:g", "idx:channel:ch2",
		"idx:author:a2", "idx:created", "idx:followup")
}

func TestVolumeTTL(t *testing.T) {
	ctx := context.Background()
	addr := redistest.Addr(t)
	raw := rawClient(t, addr)
	now := time.Now().UTC()
	hour := now.Truncate(time.Hour)
	k := storage.VolumeKey{Platform: "discord", Community: "g", Channel: "c", Hour: now}
	tests := []struct {
		name   string
		ttl    time.Duration
		minTTL time.Duration // of the hour's key; -1: none
		maxTTL time.Duration
	}{
		{"default", 0, redis.DefaultVolumeTTL - time.Hour - time.Minute, redis.DefaultVolumeTTL},
		{"set", 3 * time.Hour, 2*time.Hour - time.Minute, 3 * time.Hour},
		{"forever", -1, -1, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			prefix := redistest.Prefix(t, addr, "test")
			s := openStore(t, redis.Options{Addr: addr, Prefix: prefix, VolumeTTL: tt.ttl})
			if err := s.AddVolume(ctx, k, 2, 1); err != nil {
				t.Fatalf("AddVolume: %v", err)
			}
			got, err := raw.TTL(ctx, fmt.Sprintf("%svol:%d", prefix, hour.Unix())).Result()
			if err != nil {
				t.Fatalf("TTL: %v", err)
			}
			if tt.minTTL == -1 {
				if got != -1 {
					t.Errorf("TTL = %v, want none", got)
				}
			} else if got < tt.minTTL || got > tt.maxTTL {
				t.Errorf("TTL = %v, want between %v and %v", got, tt.minTTL, tt.maxTTL)
			}
			rows, err := s.Volume(ctx, hour, hour.Add(time.Hour))
			if err != nil || len(rows) != 1 || rows[0].Messages != 2 || rows[0].Flagged != 1 {
				t.Errorf("Volume = %+v, %v; want one row of 2 messages, 1 flagged", rows, err)
			}
		})
	}

	t.Run("past retention", func(t *testing.T) {
		prefix := redistest.Prefix(t, addr, "test")
		s := openStore(t, redis.Options{Addr: addr, Prefix: prefix, VolumeTTL: time.Hour})
		old := hour.Add(-3 * time.Hour)
		if err := s.AddVolume(ctx, storage.VolumeKey{Platform: "p", Hour: old}, 1, 0); err != nil {
			t.Fatalf("AddVolume: %v", err)
		}
		rows, err := s.Volume(ctx, old, hour)
		if err != nil || len(rows) != 0 {
			t.Errorf("Volume of an hour past retention = %+v, %v; want none", rows, err)
		}
		if n := raw.ZCard(ctx, prefix+"vol:hours").Val(); n != 0 {
			t.Errorf("vol:hours still lists %d expired hours", n)
		}
	})
}

// TestTwoStoresShareKeys stands in for two instances sharing one server.
func TestTwoStoresShareKeys(t *testing.T) {
	ctx := context.Background()
	addr := redistest.Addr(t)
	prefix := redistest.Prefix(t, addr, "test")
	stores := []*redis.Store{
		openStore(t, redis.Options{Addr: addr, Prefix: prefix}),
		openStore(t, redis.Options{Addr: addr, Prefix: prefix}),
	}
	c, _, err := stores[0].CreateCase(ctx, storage.Case{Key: "k", State: storage.StateOpen})
	if err != nil {
		t.Fatalf("CreateCase: %v", err)
	}
	if got, created, err := stores[1].CreateCase(ctx, storage.Case{Key: "k"}); err != nil || created || got.ID != c.ID {
		t.Fatalf("CreateCase through the other store = %d, %v, %v; want %d, false, nil", got.ID, created, err, c.ID)
	}
	errTaken := errors.New("taken")
	const n = 20
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			_, errs[i] = stores[i%2].UpdateCase(ctx, c.ID, func(c *storage.Case) error {
				if c.State != storage.StateOpen {
					return errTaken
				}
				c.State, c.Owner = storage.StateClaimed, fmt.Sprint(i)
				return nil
			})
		})
	}
	wg.Wait()
	won := 0
	for i, err := range errs {
		switch {
		case err == nil:
			won++
		case !errors.Is(err, errTaken):
			t.Errorf("claim %d: %v", i, err)
		}
	}
	if won != 1 {
		t.Errorf("%d claims succeeded, want 1", won)
	}
}

// TestUpdateContention makes every attempt lose its race: fn itself
// rewrites the watched key through another connection.
func TestUpdateContention(t *testing.T) {
	ctx := context.Background()
	addr := redistest.Addr(t)
	prefix := redistest.Prefix(t, addr, "test")
	s := openStore(t, redis.Options{Addr: addr, Prefix: prefix})
	c, _, err := s.CreateCase(ctx, storage.Case{Key: "k", State: storage.StateOpen})
	if err != nil {
		t.Fatalf("CreateCase: %v", err)
	}
	raw := rawClient(t, addr)
	key := fmt.Sprintf("%scase:%d", prefix, c.ID)
	calls := 0
	_, err = s.UpdateCase(ctx, c.ID, func(c *storage.Case) error {
		calls++
		data, err := raw.Get(ctx, key).Bytes()
		if err != nil {
			return err
		}
		c.State = storage.StateClaimed
		return raw.Set(ctx, key, data, 0).Err()
	})
	if !errors.Is(err, redis.ErrContention) {
		t.Fatalf("UpdateCase error = %v, want ErrContention", err)
	}
	if want := fmt.Sprintf("redis: update case %d: ", c.ID); !strings.HasPrefix(err.Error(), want) {
		t.Errorf("error %q does not start with %q", err, want)
	}
	if calls < 2 {
		t.Errorf("fn ran %d times, want retries", calls)
	}
	got, err := s.GetCase(ctx, c.ID)
	if err != nil || got.State != storage.StateOpen || got.Version != 1 {
		t.Errorf("GetCase = state %q version %d, %v; want the case unchanged", got.State, got.Version, err)
	}
}

func TestErrorsNameTheOperation(t *testing.T) {
	s := openStore(t, redis.Options{})
	_, err := s.UpdateCase(context.Background(), 42, func(*storage.Case) error { return nil })
	if want := "redis: update case 42: storage: not found"; err == nil || err.Error() != want {
		t.Errorf("UpdateCase(42) error = %v, want %q", err, want)
	}
	_, err = s.GetCase(context.Background(), 42)
	if want := "redis: get case 42: storage: not found"; err == nil || err.Error() != want {
		t.Errorf("GetCase(42) error = %v, want %q", err, want)
	}
}

func TestOpenRejects(t *testing.T) {
	ctx := context.Background()
	if _, err := redis.Open(ctx, redis.Options{}); err == nil {
		t.Error("Open without an address succeeded")
	}
	if _, err := redis.Open(ctx, redis.Options{Addr: "127.0.0.1:1", DB: -1}); err == nil {
		t.Error("Open of database -1 succeeded")
	}
}

// closedPort returns a loopback address where nothing listens.
func closedPort(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	return addr
}

func TestOpenUnreachable(t *testing.T) {
	addr := closedPort(t)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	start := time.Now()
	s, err := redis.Open(ctx, redis.Options{Addr: addr})
	if err == nil {
		s.Close()
		t.Fatal("Open of a closed port succeeded")
	}
	if want := "redis: open " + addr + ": "; !strings.HasPrefix(err.Error(), want) {
		t.Errorf("Open error %q, want it to start with %q", err, want)
	}
	if d := time.Since(start); d > 8*time.Second {
		t.Errorf("Open took %v to fail", d)
	}
}

// proxy forwards loopback connections to a Redis server until it is cut,
// standing in for a server that goes away without stopping the real one.
type proxy struct {
	ln    net.Listener
	mu    sync.Mutex
	conns []net.Conn
	wg    sync.WaitGroup
}

func startProxy(t *testing.T, target string) *proxy {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &proxy{ln: ln}
	p.wg.Go(func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			s, err := net.Dial("tcp", target)
			if err != nil {
				c.Close()
				continue
			}
			p.mu.Lock()
			p.conns = append(p.conns, c, s)
			p.mu.Unlock()
			p.wg.Go(func() { io.Copy(s, c); s.Close() })
			p.wg.Go(func() { io.Copy(c, s); c.Close() })
		}
	})
	t.Cleanup(p.cut)
	return p
}

func (p *proxy) addr() string { return p.ln.Addr().String() }

// cut closes the listener and every connection, and waits for the copies.
func (p *proxy) cut() {
	p.ln.Close()
	p.mu.Lock()
	for _, c := range p.conns {
		c.Close()
	}
	p.mu.Unlock()
	p.wg.Wait()
}

func TestRedisGoesAway(t *testing.T) {
	addr := redistest.Addr(t)
	p := startProxy(t, addr)
	s := openStore(t, redis.Options{Addr: p.addr(), Prefix: redistest.Prefix(t, addr, "test")})
	q := redis.NewQueue(s.Client(), redistest.Prefix(t, addr, "test"), "work", "workers")
	q.Block = 100 * time.Millisecond
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	c, _, err := s.CreateCase(ctx, storage.Case{Key: "k", State: storage.StateOpen})
	if err != nil {
		t.Fatalf("CreateCase while the server is there: %v", err)
	}
	if err := q.Publish(ctx, []byte("x")); err != nil {
		t.Fatalf("Publish while the server is there: %v", err)
	}

	// A consumer reading when the server goes away.
	handled := make(chan string, 1)
	live := make(chan error, 1)
	go func() {
		live <- q.Consume(ctx, "live", func(_ context.Context, item []byte) error {
			handled <- string(item)
			return nil
		})
	}()
	select {
	case item := <-handled:
		if item != "x" {
			t.Errorf("consumer got %q, want %q", item, "x")
		}
	case <-ctx.Done():
		t.Fatal("the consumer got nothing while the server was there")
	}

	p.cut()

	select {
	case err := <-live:
		if err == nil || !strings.HasPrefix(err.Error(), "redis: ") || ctx.Err() != nil {
			t.Errorf("running Consume returned %v after the server went away, want a connection error", err)
		}
	case <-time.After(15 * time.Second):
		t.Error("running Consume did not return within 15s of the server going away")
	}

	calls := map[string]func() error{
		"get case": func() error { _, err := s.GetCase(ctx, c.ID); return err },
		"update case": func() error {
			_, err := s.UpdateCase(ctx, c.ID, func(c *storage.Case) error { c.Reoffers++; return nil })
			return err
		},
		"create case": func() error { _, _, err := s.CreateCase(ctx, storage.Case{Key: "k2"}); return err },
		"list cases":  func() error { _, err := s.ListCases(ctx, storage.CaseQuery{}); return err },
		"add volume": func() error {
			return s.AddVolume(ctx, storage.VolumeKey{Platform: "p", Hour: time.Now()}, 1, 0)
		},
		"publish to": func() error { return q.Publish(ctx, []byte("y")) },
		"consume": func() error {
			return q.Consume(ctx, "a", func(context.Context, []byte) error { return nil })
		},
	}
	// Each call fails only after the client's retries, so run them at once.
	var wg sync.WaitGroup
	for op, call := range calls {
		wg.Go(func() {
			start := time.Now()
			err := call()
			d := time.Since(start)
			switch {
			case err == nil:
				t.Errorf("%s after the server went away: no error", op)
				return
			case !strings.HasPrefix(err.Error(), "redis: "+op):
				t.Errorf("%s error %q does not say what failed", op, err)
			case errors.Is(err, storage.ErrNotFound) || errors.Is(err, storage.ErrClosed) || ctx.Err() != nil:
				t.Errorf("%s error %q, want a connection error", op, err)
			case d > 10*time.Second:
				t.Errorf("%s took %v to fail", op, d)
			}
			t.Logf("%s failed after %v: %v", op, d.Round(time.Millisecond), err)
		})
	}
	wg.Wait()
}

func TestQueueClosedClient(t *testing.T) {
	addr := redistest.Addr(t)
	client := goredis.NewClient(&goredis.Options{Addr: addr, DB: redistest.DB})
	q := redis.NewQueue(client, redistest.Prefix(t, addr, "test"), "work", "workers")
	client.Close()
	ctx := context.Background()
	if err := q.Publish(ctx, []byte("x")); !errors.Is(err, storage.ErrClosed) {
		t.Errorf("Publish on a closed client: error = %v, want storage.ErrClosed", err)
	}
	err := q.Consume(ctx, "a", func(context.Context, []byte) error { return nil })
	if !errors.Is(err, storage.ErrClosed) {
		t.Errorf("Consume on a closed client: error = %v, want storage.ErrClosed", err)
	}
}

func TestConsumeNeedsName(t *testing.T) {
	addr := redistest.Addr(t)
	q := redis.NewQueue(rawClient(t, addr), redistest.Prefix(t, addr, "test"), "work", "workers")
	if err := q.Consume(context.Background(), "", func(context.Context, []byte) error { return nil }); err == nil {
		t.Error("Consume without a consumer name succeeded")
	}
}

// A handler that fails while the store is briefly away gets its item back
// from the consumer's own pending list within about a second, not after
// MinIdle; and a consumer that restarts under the same name takes up what
// it had read but not acknowledged.
func TestFailedItemRetriedSoon(t *testing.T) {
	addr := redistest.Addr(t)
	q := redis.NewQueue(rawClient(t, addr), redistest.Prefix(t, addr, "test"), "work", "workers")
	q.MinIdle, q.Block = time.Minute, 50*time.Millisecond
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if err := q.Publish(ctx, []byte("x")); err != nil {
		t.Fatal(err)
	}
	var calls atomic.Int32
	start := time.Now()
	done := make(chan struct{})
	c1, stop1 := context.WithCancel(ctx)
	var c1Done sync.WaitGroup
	c1Done.Add(1)
	go func() {
		defer c1Done.Done()
		q.Consume(c1, "c1", func(context.Context, []byte) error {
			switch calls.Add(1) {
			case 1:
				return errors.New("store away")
			case 2:
				close(done)
			}
			return nil
		})
	}()
	select {
	case <-done:
		if took := time.Since(start); took > 5*time.Second {
			t.Errorf("retried after %s, want well under MinIdle (1m)", took)
		}
	case <-ctx.Done():
		t.Fatal("the failed item was not retried before MinIdle")
	}
	stop1()
	c1Done.Wait()

	// Read but never acknowledged: the consumer died. The same name
	// takes it up at once on restart.
	if err := q.Publish(ctx, []byte("y")); err != nil {
		t.Fatal(err)
	}
	dead, stop := context.WithCancel(ctx)
	got := make(chan struct{})
	go q.Consume(dead, "c2", func(context.Context, []byte) error { close(got); <-dead.Done(); return errors.New("killed") })
	<-got
	stop()
	time.Sleep(100 * time.Millisecond)
	again := make(chan string, 1)
	cctx, ccancel := context.WithCancel(ctx)
	defer ccancel()
	go q.Consume(cctx, "c2", func(_ context.Context, item []byte) error { again <- string(item); return nil })
	select {
	case item := <-again:
		if item != "y" {
			t.Errorf("restarted consumer got %q, want y", item)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("a restarted consumer did not take up its own pending item")
	}
}

// DeleteAll removes every key of its prefix and nothing of another.
func TestDeleteAll(t *testing.T) {
	ctx := context.Background()
	a := redistest.Open(t, "deleteall", redis.Options{})
	b := redistest.Open(t, "deleteall", redis.Options{})
	for _, s := range []*redis.Store{a, b} {
		if _, _, err := s.CreateCase(ctx, storage.Case{Key: "k", Platform: "p", Community: "c", Channel: "ch", Author: "x", State: storage.StateOpen}); err != nil {
			t.Fatal(err)
		}
	}
	n, err := a.DeleteAll(ctx)
	if err != nil || n == 0 {
		t.Fatalf("DeleteAll = %d, %v", n, err)
	}
	if cs, err := a.ListCases(ctx, storage.CaseQuery{}); err != nil || len(cs) != 0 {
		t.Errorf("after DeleteAll: %d cases, %v", len(cs), err)
	}
	if cs, err := b.ListCases(ctx, storage.CaseQuery{}); err != nil || len(cs) != 1 {
		t.Errorf("the other prefix: %d cases, %v; want 1", len(cs), err)
	}
}

// TestDataLoss: Redis restarted without persistence (here: every key of
// the store deleted) numbers cases and feeds from 1 again, but the new
// case 1 has another nonce and the feed another epoch, so buttons and
// outbox readers of the earlier numbering can tell.
func TestDataLoss(t *testing.T) {
	ctx := context.Background()
	s := redistest.Open(t, "dataloss", redis.Options{})
	before, _, err := s.CreateCase(ctx, storage.Case{Key: "k1", State: storage.StateOpen})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Append(ctx, "out", "", before.ID, []byte("a prompt")); err != nil {
		t.Fatal(err)
	}
	head, err := s.Head(ctx, "out")
	if err != nil || head.Seq != 1 || head.Epoch == "" {
		t.Fatalf("head = %+v, %v", head, err)
	}
	if _, err := s.DeleteAll(ctx); err != nil {
		t.Fatal(err)
	}
	after, _, err := s.CreateCase(ctx, storage.Case{Key: "k2", State: storage.StateOpen})
	if err != nil {
		t.Fatal(err)
	}
	if after.ID != before.ID || after.Nonce == before.Nonce {
		t.Errorf("after the loss: case %d nonce %q; before: case %d nonce %q; want the same number, another nonce",
			after.ID, after.Nonce, before.ID, before.Nonce)
	}
	if seq, err := s.Append(ctx, "out", "", after.ID, []byte("a new prompt")); err != nil || seq != 1 {
		t.Fatalf("append after the loss = %d, %v; want 1", seq, err)
	}
	again, err := s.Head(ctx, "out")
	if err != nil || again.Epoch == head.Epoch || again.Seq != 1 {
		t.Errorf("head after the loss = %+v, %v; want another epoch than %q", again, err, head.Epoch)
	}
}

// refusingServer answers every command with a Redis error, as a server
// with another password does.
func refusingServer(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go func() {
				defer c.Close()
				buf := make([]byte, 4096)
				for {
					if _, err := c.Read(buf); err != nil {
						return
					}
					if _, err := c.Write([]byte("-WRONGPASS invalid username-password pair or user is disabled.\r\n")); err != nil {
						return
					}
				}
			}()
		}
	}()
	return ln.Addr().String()
}

// TestRefused tells a server that refuses (trygbot run stops: waiting
// will not help) from one that is away (trygbot run starts degraded).
func TestRefused(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	_, err := redis.Open(ctx, redis.Options{Addr: refusingServer(t), Password: "not-this-one"})
	if err == nil || !redis.Refused(err) {
		t.Errorf("Open against a refusing server = %v; Refused false", err)
	}
	s, err := redis.New(redis.Options{Addr: closedPort(t)})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.Ping(ctx); err == nil || redis.Refused(err) {
		t.Errorf("Ping of a closed port = %v; Refused true", err)
	}
}

func TestTrials(t *testing.T) {
	storagetest.RunTrials(t, func(t *testing.T) storage.Store { return openStore(t, redis.Options{VolumeTTL: -1}) })
}
