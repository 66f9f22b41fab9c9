package cli

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/trygbot/trygbot/adapters/replay"
	"github.com/trygbot/trygbot/app"
	"github.com/trygbot/trygbot/bot"
	"github.com/trygbot/trygbot/rules"
	"github.com/trygbot/trygbot/storage"
	"github.com/trygbot/trygbot/storage/redis"
	"github.com/trygbot/trygbot/storage/sqlite"
)

func cmdReplay(env *cmdEnv, args []string) error {
	fs := env.newFlags("replay", "[flags] [FILE]", `Replay a JSON Lines file of chat messages through the whole pipeline (rules,
cases, prompts, storage) and report messages per second end to end and the
latency from receipt to handled (prompt sent), p50 and p99. With
--store redis --instances 2 the messages go through a Redis Streams queue to
two bot instances sharing one Redis, and the report checks that every
message was handled exactly once. FILE defaults to the shared benchmark
corpus.`,
		`  trygbot replay --terms ../shared/bench/terms.txt ../shared/bench/messages.jsonl
  trygbot replay --store redis --instances 2 --limit 50000
  trygbot replay --print --speed 60 chat.jsonl   # a minute of chat a second, prompts shown`)
	store := fs.String("store", "sqlite", "sqlite or redis")
	redisAddr := fs.String("redis", firstNonEmpty(env.getenv("REDIS_ADDR"), "127.0.0.1:6379"), "Redis `ADDR` for --store redis")
	redisDB := fs.Int("redis-db", 14, "Redis database number; the replay's keys are deleted afterwards")
	instances := fs.Int("instances", 1, "bot instances sharing the work (redis only)")
	workers := fs.Int("workers", 2, "concurrent handlers per instance")
	limit := fs.Int("limit", 0, "stop after `N` messages (0: all)")
	speed := fs.Float64("speed", 0, "0: as fast as possible; 1: real time by the \"ts\" fields; 60: a minute a second")
	rate := fs.Float64("rate", 0, "pace the replay at `N` messages a second, to measure latency below saturation (0: as fast as possible)")
	print := fs.Bool("print", false, "print prompts and replies")
	terms := fs.String("terms", "", "also flag the terms of this list `FILE` (one a line), e.g. ../shared/bench/terms.txt, so planted messages open cases")
	if done, err := env.parse(fs, args); done {
		return err
	}
	path := "../shared/bench/messages.jsonl"
	if fs.NArg() > 0 {
		path = fs.Arg(0)
	}
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("replay: %w", err)
	}
	defer f.Close()
	var in io.Reader = f
	if *limit > 0 {
		in = &lineLimiter{r: f, left: *limit}
	}
	opt := replayOptions{rate: *rate, terms: *terms, store: *store, redisAddr: *redisAddr, redisDB: *redisDB, instances: *instances, workers: *workers, speed: *speed}
	if *print {
		opt.out = env.stdout
	}
	prog := newProgress(env.stderr, "replay", *limit)
	opt.progress = prog.update
	res, err := runReplay(env.ctx, in, opt)
	prog.done()
	if err != nil {
		return err
	}
	res.write(env.stdout, path, args)
	return nil
}

type replayOptions struct {
	terms              string
	store              string
	redisAddr          string
	redisDB, instances int
	workers            int
	speed, rate        float64
	out                io.Writer
	progress           func(int)
}

type replayResult struct {
	store      string
	instances  int
	messages   int
	elapsed    time.Duration
	lat        []time.Duration
	cases      int
	prompts    int64
	handled    []int64 // per instance
	duplicates int
	lost       int
}

func (r replayResult) write(w io.Writer, path string, args []string) {
	p := func(q float64) time.Duration {
		if len(r.lat) == 0 {
			return 0
		}
		return r.lat[int(float64(len(r.lat)-1)*q)]
	}
	fmt.Fprintf(w, "replay of %s through the whole pipeline (store %s, %d instance(s))\n", path, r.store, r.instances)
	fmt.Fprintf(w, "  messages:     %d in %s = %.0f messages/s end to end\n", r.messages, r.elapsed.Round(time.Millisecond), float64(r.messages)/r.elapsed.Seconds())
	fmt.Fprintf(w, "  latency:      p50 %s, p99 %s, max %s (receipt to handled, prompt sent)\n", p(0.5), p(0.99), p(1))
	fmt.Fprintf(w, "  cases:        %d opened, %d prompts sent\n", r.cases, r.prompts)
	if len(r.handled) > 1 {
		fmt.Fprintf(w, "  per instance: %v handled\n", r.handled)
	}
	fmt.Fprintf(w, "  exactly once: %d handled twice, %d lost\n", r.duplicates, r.lost)
	fmt.Fprintf(w, "  command:      trygbot replay %v\n", args)
}

func runReplay(ctx context.Context, in io.Reader, o replayOptions) (*replayResult, error) {
	feeders := o.workers
	if o.store == "redis" {
		// Publishing to the queue waits on the network, not the CPU:
		// many feeders keep the connection pool busy.
		feeders = max(o.workers, 32)
	}
	adapter := replay.New(in, replay.Options{Workers: feeders, Speed: o.speed, Rate: o.rate, Out: o.out, Progress: o.progress})
	spec, err := replaySpec(o, adapter)
	if err != nil {
		return nil, err
	}
	res := &replayResult{store: o.store, instances: max(o.instances, 1)}
	switch o.store {
	case "sqlite":
		err = replaySQLite(ctx, spec, adapter, res)
	case "redis":
		err = replayRedis(ctx, o, spec, adapter, res)
	default:
		err = fmt.Errorf("replay: unknown store %q (sqlite or redis)", o.store)
	}
	if err != nil {
		return nil, err
	}
	slices.Sort(res.lat)
	return res, nil
}

// replaySpec is a replay instance: the built-in rules and the term list,
// one community on the replay adapter, which the command feeds.
func replaySpec(o replayOptions, adapter *replay.Adapter) (app.Spec, error) {
	packs, err := rules.BuiltinPacks()
	if err != nil {
		return app.Spec{}, err
	}
	if o.terms != "" {
		f, err := os.Open(o.terms)
		if err != nil {
			return app.Spec{}, fmt.Errorf("replay: %w", err)
		}
		p, err := rules.TermListPack(o.terms, f, rules.CatSlur, rules.SevHigh)
		f.Close()
		if err != nil {
			return app.Spec{}, err
		}
		packs = append(packs, p)
	}
	key := make([]byte, 32)
	rand.Read(key)
	comms := []bot.Community{{ID: "replay", Name: "Replay", Platform: replay.Platform, ChatID: "replay", Lang: "da",
		ModeratorsChat: "mods", CoordinatorsChat: "coordinators", Moderators: []string{"user:mod"}}}
	return app.Spec{
		Rules:        func() ([]*rules.Pack, []*rules.Pack, error) { return packs, nil, nil },
		PseudonymKey: key,
		Bot:          bot.Options{Communities: comms},
		Adapters: func(app.Parts) ([]app.Adapter, error) {
			return []app.Adapter{{Platform: replay.Platform, Outbox: adapter}}, nil
		},
	}, nil
}

// replaySQLite replays through one instance on a temporary SQLite file:
// the adapter runs until the input ends, which ends the run.
func replaySQLite(ctx context.Context, spec app.Spec, adapter *replay.Adapter, res *replayResult) error {
	dir, err := os.MkdirTemp("", "trygbot-replay-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	spec.OpenStore = func(ctx context.Context) (storage.Store, error) { return sqlite.Open(ctx, dir+"/replay.db") }
	spec.Adapters = func(app.Parts) ([]app.Adapter, error) {
		return []app.Adapter{{Platform: replay.Platform, Outbox: adapter, Run: adapter.Run, EndsRun: true}}, nil
	}
	a, err := app.New(ctx, spec)
	if err != nil {
		return err
	}
	defer a.Close()
	if err := a.Run(ctx); err != nil {
		return errors.Unwrap(err) // the adapter's error, without the service's name
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	s := adapter.Stats()
	res.messages, res.elapsed, res.lat, res.prompts = s.Messages, s.Elapsed, s.Latencies, s.Prompts
	res.handled = []int64{int64(s.Messages)}
	cs, err := a.Store().ListCases(ctx, storage.CaseQuery{})
	if err != nil {
		return err
	}
	res.cases = len(cs)
	return nil
}

// replayTally counts what the instances handled: per instance, messages
// handled twice, and latencies.
type replayTally struct {
	handled []atomic.Int64
	seen    sync.Map
	dups    atomic.Int64
	mu      sync.Mutex
	lat     []time.Duration
}

func (t *replayTally) handler(i int) func(bot.Event) {
	return func(ev bot.Event) {
		t.handled[i].Add(1)
		if _, loaded := t.seen.LoadOrStore(ev.MessageID, true); loaded {
			t.dups.Add(1)
		}
		d := time.Since(ev.At)
		t.mu.Lock()
		t.lat = append(t.lat, d)
		t.mu.Unlock()
	}
}

func (t *replayTally) sum() int64 {
	var sum int64
	for i := range t.handled {
		sum += t.handled[i].Load()
	}
	return sum
}

// replayRedis publishes the replay to a Redis Streams queue consumed by
// several instances, each with its own connection, and checks that
// every message was handled exactly once.
func replayRedis(ctx context.Context, o replayOptions, spec app.Spec, adapter *replay.Adapter, res *replayResult) error {
	suffix := make([]byte, 4)
	rand.Read(suffix)
	prefix := "trygbot-replay:" + hex.EncodeToString(suffix) + ":"
	n := max(o.instances, 1)
	tally := &replayTally{handled: make([]atomic.Int64, n)}
	var apps []*app.App
	defer func() {
		if len(apps) > 0 {
			apps[0].Store().(*redis.Store).DeleteAll(context.Background())
		}
		for _, a := range apps {
			a.Close()
		}
	}()
	for i := range n {
		s := spec
		s.OpenStore = func(ctx context.Context) (storage.Store, error) {
			return redis.Open(ctx, redis.Options{Addr: o.redisAddr, DB: o.redisDB, Prefix: prefix})
		}
		s.Queue = &app.Queue{Prefix: prefix, Workers: max(o.workers, 1), Consumer: fmt.Sprintf("bot%d", i),
			Batch: 256, Block: 200 * time.Millisecond, Handled: tally.handler(i)}
		a, err := app.New(ctx, s)
		if err != nil {
			return fmt.Errorf("replay: %w", err)
		}
		apps = append(apps, a)
	}
	return runReplayRedis(ctx, apps, adapter, tally, res)
}

// runReplayRedis runs the instances, feeds the first one's queue and
// waits until every message was handled.
func runReplayRedis(ctx context.Context, apps []*app.App, adapter *replay.Adapter, tally *replayTally, res *replayResult) error {
	cctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var wg sync.WaitGroup
	for _, a := range apps {
		wg.Go(func() { a.Run(cctx) })
	}
	start := time.Now()
	if err := adapter.Run(ctx, &stampInbox{apps[0].Inbox()}); err != nil {
		return err
	}
	total := int64(adapter.Stats().Messages)
	for tally.sum() < total && ctx.Err() == nil {
		time.Sleep(20 * time.Millisecond)
	}
	res.elapsed = time.Since(start)
	cancel()
	wg.Wait()
	res.messages = int(total)
	res.lat = tally.lat
	res.prompts = adapter.Stats().Prompts
	for i := range tally.handled {
		res.handled = append(res.handled, tally.handled[i].Load())
	}
	res.duplicates = int(tally.dups.Load())
	res.lost = int(total - (tally.sum() - tally.dups.Load()))
	cs, err := apps[0].Store().ListCases(ctx, storage.CaseQuery{})
	if err != nil {
		return err
	}
	res.cases = len(cs)
	return nil
}

// stampInbox sets each event's time to when it was received, so latency
// is measured from receipt.
type stampInbox struct{ bot.Inbox }

func (s *stampInbox) Handle(ctx context.Context, ev bot.Event) error {
	ev.At = time.Now()
	return s.Inbox.Handle(ctx, ev)
}

// lineLimiter passes on the first left lines of r.
type lineLimiter struct {
	r    io.Reader
	left int
}

func (l *lineLimiter) Read(p []byte) (int, error) {
	if l.left <= 0 {
		return 0, io.EOF
	}
	n, err := l.r.Read(p)
	for i := 0; i < n; i++ {
		if p[i] == '\n' {
			l.left--
			if l.left == 0 {
				return i + 1, nil
			}
		}
	}
	return n, err
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}
