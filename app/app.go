package app

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
	"time"

	"github.com/trygbot/trygbot/bot"
	"github.com/trygbot/trygbot/classifier"
	"github.com/trygbot/trygbot/rules"
	"github.com/trygbot/trygbot/storage"
	"github.com/trygbot/trygbot/storage/redis"
	"github.com/trygbot/trygbot/storage/spool"
	"github.com/trygbot/trygbot/web"
)

// App is one trygbot process: its parts, built by New in order, and the
// services that run them (see Run).
type App struct {
	spec      Spec
	log       *slog.Logger
	store     storage.Store
	stamp     string // the watched files before the packs were first read
	rules     *rules.Holder
	templates *liveTemplates
	metrics   *promMetrics // nil without Spec.Metrics
	bot       *bot.Bot
	spool     *spool.Queue // nil without a spool
	inbox     bot.Inbox
	health    *health // nil without Spec.Health
	pseud     *bot.Pseudonymizer
	posters   map[string]bot.Poster
	// storeDown is why the store did not answer at start, when the
	// process started degraded (Redis away, messages kept in the spool).
	storeDown error

	// classifier is the model's client; nil without Spec.Classifier.
	classifier *classifier.Client

	services []service // in start order
	closers  []func() error
	ready    chan struct{}
}

// New builds a process from spec: store, rules, templates, metrics, bot,
// the model's client, queue, health, adapters, dashboard, then the timed
// jobs. Nothing runs until Run; Close releases what New opened, in
// reverse order.
func New(ctx context.Context, spec Spec) (*App, error) {
	a := &App{spec: spec, log: spec.Logger, posters: map[string]bot.Poster{}, ready: make(chan struct{})}
	if a.log == nil {
		a.log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	steps := []func(context.Context) error{a.openStore, a.buildRules, a.buildTemplates, a.buildBot,
		a.buildClassifier, a.buildQueue, a.buildHealth, a.buildAdapters, a.buildWeb, a.buildJobs}
	for _, step := range steps {
		if err := step(ctx); err != nil {
			a.Close()
			return nil, err
		}
	}
	return a, nil
}

// Bot is the process's bot, for commands that feed it themselves.
func (a *App) Bot() *bot.Bot { return a.bot }

// Store is the process's store; Close closes it.
func (a *App) Store() storage.Store { return a.store }

// Inbox is where adapters hand events: the bot, or the shared queue.
func (a *App) Inbox() bot.Inbox { return a.inbox }

// Evaluate evaluates a message with the live rules.
func (a *App) Evaluate(m rules.Message) rules.Verdict { return a.rules.Evaluate(m) }

// Close releases what New opened (spool, store) in reverse order. Call it
// after Run has returned.
func (a *App) Close() error {
	var errs []error
	for i := len(a.closers) - 1; i >= 0; i-- {
		errs = append(errs, a.closers[i]())
	}
	a.closers = nil
	return errors.Join(errs...)
}

// startPing bounds the store's check at start.
const startPing = 5 * time.Second

// openStore opens the store and checks that it answers. One that does
// not (Redis away) is an error, unless incoming messages can wait in a
// spool on disk: then the process starts degraded, takes messages into
// the spool, and publishes them once the store answers, as a running
// process does when Redis goes away. A server that answers with a
// refusal (a wrong password) is an error all the same. A store that
// answers is migrated (Redis) before the process goes on.
func (a *App) openStore(ctx context.Context) error {
	st, err := a.spec.OpenStore(ctx)
	if err != nil {
		return fmt.Errorf("open store: %w", err)
	}
	a.store = st
	a.closers = append(a.closers, st.Close)
	p, ok := st.(pinger)
	if !ok {
		return nil
	}
	pctx, cancel := context.WithTimeout(ctx, startPing)
	defer cancel()
	if err := p.Ping(pctx); err != nil {
		// A server that refuses (a wrong password) will not answer
		// later either: that is for the configuration to fix.
		if q := a.spec.Queue; q == nil || q.Spool == nil || redis.Refused(err) {
			return fmt.Errorf("open store: %w", err)
		}
		a.storeDown = err
		a.log.Warn("store unreachable at start: starting degraded; incoming messages are kept on disk and published once it answers", "err", err)
		return nil // the store migrates on the first call that reaches it
	}
	// The store answers: bring its data to this build's layout now, for
	// as long as that takes, before anything reads it.
	if m, ok := st.(migrator); ok {
		if err := m.Migrate(ctx); err != nil {
			return fmt.Errorf("open store: %w", err)
		}
	}
	return nil
}

// migrator is a store that brings older data to its layout (Redis; SQLite
// does so as it opens).
type migrator interface {
	Migrate(ctx context.Context) error
}

func (a *App) buildRules(context.Context) error {
	if w := a.spec.Watch; w != nil {
		// Before the packs are read, so no change is missed.
		a.stamp = fileStamp(w.Files())
	}
	base, overrides, err := a.spec.Rules()
	if err != nil {
		return fmt.Errorf("rule packs: %w", err)
	}
	set, err := rules.NewSet(base, overrides)
	if err != nil {
		return fmt.Errorf("rule packs: %w", err)
	}
	a.rules = rules.NewHolder(set)
	return nil
}

func (a *App) buildTemplates(context.Context) error {
	ts, err := newTemplateSource(a.spec.Templates.Global, a.spec.Templates.PerCommunity)
	if err != nil {
		return fmt.Errorf("template packs: %w", err)
	}
	a.templates = &liveTemplates{}
	a.templates.cur.Store(ts)
	return nil
}

func (a *App) buildBot(context.Context) error {
	opt := a.spec.Bot
	if a.spec.Metrics {
		a.metrics = newPromMetrics()
		opt.Metrics = a.metrics
	}
	if a.spec.Reloadable {
		opt.Reload = a.reload
	}
	a.pseud = bot.NewPseudonymizer(a.spec.PseudonymKey)
	b, err := bot.New(a.log, a.store, a.rules, a.templates, a.pseud, opt)
	if err != nil {
		return err
	}
	a.bot, a.inbox = b, b
	return nil
}

// buildQueue puts the shared queue between the adapters and the bot, with
// Redis: each message is handled by one of the instances, with a spool on
// local disk for when Redis is away. With SQLite the adapters hand
// messages to the bot.
func (a *App) buildQueue(context.Context) error {
	qs := a.spec.Queue
	rs, ok := a.store.(*redis.Store)
	if qs == nil || !ok {
		return nil
	}
	rq := redis.NewQueue(rs.Client(), qs.Prefix, "events", "bots")
	if qs.Batch > 0 {
		rq.Batch = qs.Batch
	}
	if qs.Block > 0 {
		rq.Block = qs.Block
	}
	var q storage.Queue = rq
	if qs.Spool != nil {
		so := *qs.Spool
		so.Logger = a.log.With("component", "spool")
		sp, err := spool.Open(rq, so)
		if err != nil {
			return err
		}
		a.spool, q = sp, sp
		a.closers = append(a.closers, sp.Close)
		if a.storeDown != nil {
			sp.MarkDown(a.storeDown) // the first messages go to disk at once
		}
		a.add(service{name: "spool", run: sp.Run})
	}
	a.inbox = &bot.QueueInbox{Queue: q, Direct: a.bot}
	name := qs.Consumer
	if name == "" {
		name = instanceName()
	}
	for w := range qs.Workers {
		consumer := fmt.Sprintf("%s-%d", name, w)
		a.add(service{name: "queue " + consumer, run: func(ctx context.Context) error {
			return consumeLoop(ctx, a.log, a.bot, q, consumer, qs.Handled)
		}})
	}
	return nil
}

func (a *App) buildHealth(context.Context) error {
	if !a.spec.Health {
		return nil
	}
	var p pinger
	if s, ok := a.store.(pinger); ok {
		p = s
	}
	a.health = newHealth(a.log.With("component", "health"), p, a.spool, a.metrics)
	if a.classifier != nil {
		a.health.model = a.classifier
	}
	if a.storeDown != nil {
		// Said from the first request on, before the first probe.
		a.health.set("degraded", []string{"store unreachable: " + a.storeDown.Error()})
	}
	a.add(service{name: "health", run: a.health.run})
	return nil
}

// parts are what adapters may use.
func (a *App) parts() Parts {
	p := Parts{Logger: a.log, Store: a.store, Pseudonyms: a.pseud}
	if a.health != nil {
		p.Health = a.health
	}
	if a.metrics != nil {
		p.Metrics = a.metrics.handler()
	}
	return p
}

func (a *App) buildAdapters(context.Context) error {
	if a.spec.Adapters == nil {
		return nil
	}
	ads, err := a.spec.Adapters(a.parts())
	if err != nil {
		return err
	}
	for _, ad := range ads {
		a.bot.AddOutbox(ad.Platform, ad.Outbox)
		if p, ok := ad.Outbox.(bot.Poster); ok {
			a.posters[ad.Platform] = p
		}
		if ad.Run != nil {
			run := ad.Run
			a.add(service{name: ad.Platform, endsRun: ad.EndsRun, run: func(ctx context.Context) error { return run(ctx, a.inbox) }})
		}
		for _, s := range ad.Servers {
			a.addServer(s)
		}
	}
	return nil
}

func (a *App) buildWeb(context.Context) error {
	w := a.spec.Web
	if w == nil {
		return nil
	}
	opt := w.Options
	opt.Store, opt.Bot, opt.Evaluate = a.store, a.bot, a.rules.Evaluate
	opt.Templates = func() []web.Template { return a.templates.cur.Load().webTemplates() }
	if opt.Location == nil {
		opt.Location = time.UTC // the dashboard's default
	}
	src := a.summaries(opt.Location, opt.MinGroup, opt.Now)
	opt.Summaries = &src
	p := a.parts()
	opt.Metrics, opt.Health = p.Metrics, p.Health
	h, err := web.NewServer(a.log.With("component", "web"), opt)
	if err != nil {
		return fmt.Errorf("dashboard: %w", err)
	}
	a.addServer(Server{Name: "web", Log: "dashboard listening", Listener: w.Listener,
		HTTP: newHTTPServer(w.Addr, h)})
	return nil
}

// buildJobs adds the timed work: the workflow's ticks, the weekly post and
// the watch on pack files.
func (a *App) buildJobs(context.Context) error {
	if t := a.spec.Tick; t > 0 {
		a.add(service{name: "workflow", run: func(ctx context.Context) error { return a.bot.Run(ctx, t) }})
	}
	if w := a.spec.Weekly; w != nil {
		now := w.Now
		if now == nil {
			now = time.Now
		}
		wp := &weeklyPoster{log: a.log.With("job", "weekly_summary"), store: a.store, loc: w.Location,
			summaries: a.summaries(w.Location, w.MinGroup, now), posters: a.posters, now: now}
		for _, c := range w.Chats {
			wp.targets = append(wp.targets, weeklyTarget{platform: c.Platform, chat: c.ID})
		}
		a.add(service{name: "weekly summary", run: wp.run})
	}
	if w := a.spec.Watch; w != nil {
		a.add(service{name: "reload", run: func(ctx context.Context) error {
			watchFiles(ctx, a.log, w.Every, a.stamp, w.Files, func() {
				_ = a.reload() // logged inside
			})
			return nil
		}})
	}
	return nil
}

// instanceName names this process among the queue's consumers.
func instanceName() string {
	host, err := os.Hostname()
	if err != nil || host == "" {
		host = "trygbot"
	}
	return fmt.Sprintf("%s-%d", host, os.Getpid())
}

// consumeLoop handles queued messages until ctx is done. When Redis is
// away it waits and reconnects with backoff instead of stopping the
// process: the spool keeps incoming work meanwhile.
func consumeLoop(ctx context.Context, logger *slog.Logger, b *bot.Bot, q storage.Queue, consumer string, handled func(bot.Event)) error {
	backoff := 100 * time.Millisecond
	for {
		began := time.Now()
		err := b.Consume(ctx, q, consumer, handled)
		if ctx.Err() != nil {
			return nil
		}
		if time.Since(began) > time.Minute {
			backoff = 100 * time.Millisecond
		}
		logger.Warn("queue consumer stopped; retrying", "consumer", consumer, "in", backoff, "err", err)
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(backoff):
		}
		backoff = min(backoff*2, 5*time.Second)
	}
}

// NewLogger builds the one logger of a process: text or JSON at a level.
func NewLogger(w io.Writer, level, format string) *slog.Logger {
	var l slog.Level
	_ = l.UnmarshalText([]byte(level))
	opts := &slog.HandlerOptions{Level: l}
	if format == "json" {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}

// RedisLogs forwards go-redis's own messages (pool dial failures while
// Redis is away) to Log, or to slog.Default() when Log is nil, as
// warnings with component=go-redis. Pass it to goredis.SetLogger, which
// sets global state of that library.
type RedisLogs struct{ Log *slog.Logger }

func (r RedisLogs) Printf(_ context.Context, format string, v ...any) {
	l := r.Log
	if l == nil {
		l = slog.Default()
	}
	l.Warn(strings.TrimSpace(fmt.Sprintf(format, v...)), "component", "go-redis")
}
