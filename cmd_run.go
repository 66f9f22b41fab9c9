package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/trygbot/trygbot/adapters/console"
	"github.com/trygbot/trygbot/adapters/discord"
	"github.com/trygbot/trygbot/adapters/ingest"
	"github.com/trygbot/trygbot/adapters/telegram"
	"github.com/trygbot/trygbot/bot"
	"github.com/trygbot/trygbot/config"
	"github.com/trygbot/trygbot/rules"
	"github.com/trygbot/trygbot/storage"
	"github.com/trygbot/trygbot/storage/redis"
	"github.com/trygbot/trygbot/storage/spool"
	"github.com/trygbot/trygbot/storage/sqlite"
	"github.com/trygbot/trygbot/web"
)

func cmdRun(env *cmdEnv, args []string) error {
	fs := env.newFlags("run", "--config FILE", `Run trygbot for real: the adapters of every platform the configured
communities use, the moderation workflow, and the configured store. Rule and
template packs are reloaded when their files change; a bad change is refused
with file:line and the old rules keep running. Secrets come from the
environment (see config.example.yaml). Stops cleanly on Ctrl-C or SIGTERM.`,
		`  TRYGBOT_PSEUDONYM_KEY=$(openssl rand -hex 32) TRYGBOT_INGEST_TOKEN=... trygbot run --config trygbot.yaml`)
	path := fs.String("config", "", "configuration `FILE` (YAML)")
	if done, err := env.parse(fs, args); done {
		return err
	}
	if *path == "" {
		fs.Usage()
		return errUsage
	}
	cfg, err := config.Load(*path, env.getenv)
	if err != nil {
		for _, p := range config.Problems(err) {
			fmt.Fprintln(env.stderr, p)
		}
		return fmt.Errorf("run: %s has problems; fix them and run again (trygbot config check %s)", *path, *path)
	}
	logger := newLogger(env.stderr, cfg.Log)
	processLogger.Store(logger)
	return serve(env.ctx, logger, cfg, env.stdin, env.stdout)
}

// newLogger builds the one logger of the process.
func newLogger(w io.Writer, lc config.Log) *slog.Logger {
	var level slog.Level
	_ = level.UnmarshalText([]byte(lc.Level))
	opts := &slog.HandlerOptions{Level: level}
	if lc.Format == "json" {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}

// openStore opens the configured store.
func openStore(ctx context.Context, cfg *config.Config) (storage.Store, error) {
	switch cfg.Store.Driver {
	case "redis":
		r := cfg.Store.Redis
		return redis.Open(ctx, redis.Options{Addr: r.Addr, DB: r.DB, Password: r.Password.Reveal(), Prefix: r.Prefix})
	default:
		return sqlite.Open(ctx, cfg.Store.SQLite.Path)
	}
}

// ruleSources turns the configuration into rule packs: the built-in ones
// and the global packs, then per community and channel its thresholds and
// packs, scoped. It reads the pack files again on every call.
func ruleSources(cfg *config.Config) (base, overrides []*rules.Pack, files []string, err error) {
	if base, err = rules.BuiltinPacks(); err != nil {
		return nil, nil, nil, err
	}
	threshold := func(t float64, scope rules.Scope) *rules.Pack {
		return &rules.Pack{Name: "config-threshold", File: cfg.File(), Threshold: &t, Scope: scope}
	}
	if cfg.Rules.Threshold > 0 {
		base = append(base, threshold(cfg.Rules.Threshold, rules.Scope{}))
	}
	if cfg.Workflow.MaxMessageBytes > 0 {
		base = append(base, &rules.Pack{Name: "config-max-message-bytes", File: cfg.File(), MaxText: cfg.Workflow.MaxMessageBytes})
	}
	var errs []error
	load := func(paths []string, scope rules.Scope) []*rules.Pack {
		var out []*rules.Pack
		for _, p := range paths {
			files = append(files, p)
			pk, err := rules.LoadPackFile(p)
			if err != nil {
				errs = append(errs, err)
				continue
			}
			pk.Scope = scope
			out = append(out, pk)
		}
		return out
	}
	base = append(base, load(cfg.Rules.Packs, rules.Scope{})...)
	for i := range cfg.Communities {
		com := &cfg.Communities[i]
		scope := rules.Scope{Community: com.ID}
		if com.Threshold != nil {
			overrides = append(overrides, threshold(*com.Threshold, scope))
		}
		overrides = append(overrides, load(com.RulePacks, scope)...)
		for _, ch := range com.Channels {
			cs := rules.Scope{Community: com.ID, Channel: ch.ChatID}
			if ch.Threshold != nil {
				overrides = append(overrides, threshold(*ch.Threshold, cs))
			}
			overrides = append(overrides, load(ch.RulePacks, cs)...)
		}
	}
	return base, overrides, files, errors.Join(errs...)
}

// templateFiles lists the template packs: global, and per community.
func templateFiles(cfg *config.Config) (global []string, per map[string][]string) {
	per = map[string][]string{}
	for i := range cfg.Communities {
		com := &cfg.Communities[i]
		per[com.ID] = append(per[com.ID], com.TemplatePacks...)
	}
	return cfg.Templates.Packs, per
}

// liveTemplates is a template source that can be swapped while running.
type liveTemplates struct {
	cur atomic.Pointer[templateSource]
}

func (l *liveTemplates) Suggest(c string, cat rules.Category, lang string, n int, seed uint64) []bot.Template {
	return l.cur.Load().Suggest(c, cat, lang, n, seed)
}

func (l *liveTemplates) Render(c, id string, v bot.TemplateVars) (string, string, bool) {
	return l.cur.Load().Render(c, id, v)
}

// botCommunities maps configured communities to the bot's.
func botCommunities(cfg *config.Config) []bot.Community {
	var out []bot.Community
	for i := range cfg.Communities {
		c := &cfg.Communities[i]
		bc := bot.Community{ID: c.ID, Name: c.DisplayName(), Platform: c.Platform, ChatID: c.ChatID, Lang: c.Language,
			RulesLink: c.RulesLink, ModeratorsChat: c.ModeratorsChat, SecondChat: c.ReofferChat(), CoordinatorsChat: c.EscalationChat(),
			Moderators: c.Moderators, Admins: c.Admins, Coordinators: c.Coordinators, AllowDelete: c.AllowDelete,
			Exempt: c.Exempt, Shadow: c.Shadow}
		for _, ch := range c.Channels {
			if ch.Ignore {
				bc.IgnoreChannels = append(bc.IgnoreChannels, ch.ChatID)
			}
			if ch.Shadow != nil && *ch.Shadow {
				bc.ShadowChannels = append(bc.ShadowChannels, ch.ChatID)
			}
		}
		out = append(out, bc)
	}
	return out
}

// serve runs everything until ctx is done, then shuts down in reverse
// order within a bound.
func serve(ctx context.Context, logger *slog.Logger, cfg *config.Config, stdin io.Reader, stdout io.Writer) error {
	st, err := openStore(ctx, cfg)
	if err != nil {
		return fmt.Errorf("run: open store: %w", err)
	}
	defer st.Close()

	watched := func() []string {
		_, _, files, _ := ruleSources(cfg)
		g, per := templateFiles(cfg)
		files = append(files, g...)
		for _, f := range per {
			files = append(files, f...)
		}
		return files
	}
	initial := fileStamp(watched())
	base, overrides, _, err := ruleSources(cfg)
	if err != nil {
		return fmt.Errorf("run: rule packs: %w", err)
	}
	set, err := rules.NewSet(base, overrides)
	if err != nil {
		return fmt.Errorf("run: rule packs: %w", err)
	}
	holder := rules.NewHolder(set)
	tg, tc := templateFiles(cfg)
	ts, err := newTemplateSource(tg, tc)
	if err != nil {
		return fmt.Errorf("run: template packs: %w", err)
	}
	live := &liveTemplates{}
	live.cur.Store(ts)
	metrics := newPromMetrics()

	b, err := bot.New(logger, st, holder, live, bot.NewPseudonymizer([]byte(cfg.Privacy.PseudonymKey.Reveal())), bot.Options{
		Communities: botCommunities(cfg), ClaimDeadline: cfg.Workflow.ClaimDeadline, FollowUp: cfg.Workflow.FollowUp,
		RepeatWindow: cfg.Workflow.RepeatWindow, PileOnWindow: cfg.Workflow.PileOnWindow, PileOnAuthors: cfg.Workflow.PileOnAuthors,
		ExpireAfter: cfg.Workflow.ExpireAfter, Location: cfg.Location(), EvidenceRetention: days(cfg.Privacy.EvidenceRetentionDays),
		Retention:   time.Duration(cfg.Privacy.RetentionDays) * 24 * time.Hour,
		PromptRetry: cfg.Workflow.PromptRetry,
		Reload:      func() error { return reload(logger, cfg, holder, live) },
		Metrics:     metrics,
	})
	if err != nil {
		return err
	}

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var (
		wg      sync.WaitGroup
		errOnce sync.Once
		first   error
	)
	fail := func(err error) {
		if err != nil && !errors.Is(err, context.Canceled) {
			errOnce.Do(func() { first = err; cancel() })
		}
	}
	start := func(name string, f func(context.Context) error) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := f(ctx); err != nil {
				fail(fmt.Errorf("%s: %w", name, err))
			}
		}()
	}

	// With Redis, messages go through a queue shared by every instance
	// (each is handled by one of them), with a spool on local disk for
	// when Redis is away. With SQLite the adapters hand them to the bot.
	var inbox bot.Inbox = b
	var sp *spool.Queue
	if rs, ok := st.(*redis.Store); ok {
		rc := cfg.Store.Redis
		rq := redis.NewQueue(rs.Client(), rc.Prefix, "events", "bots")
		sp, err = spool.Open(rq, spool.Options{Dir: rc.SpoolDir, MaxBytes: int64(rc.SpoolMaxMB) << 20, Logger: logger.With("component", "spool")})
		if err != nil {
			return fmt.Errorf("run: %w", err)
		}
		defer sp.Close()
		inbox = &bot.QueueInbox{Queue: sp, Direct: b}
		start("spool", sp.Run)
		name := instanceName()
		for w := range rc.Workers {
			consumer := fmt.Sprintf("%s-%d", name, w)
			start("queue "+consumer, func(ctx context.Context) error { return consumeLoop(ctx, logger, b, sp, consumer) })
		}
	}
	var hp pinger
	if p, ok := st.(pinger); ok {
		hp = p
	}
	hl := newHealth(logger.With("component", "health"), hp, sp, metrics)
	start("health", hl.run)

	var servers []*http.Server
	posters := map[string]bot.Poster{}
	for _, platform := range cfg.Platforms() {
		switch platform {
		case ingest.Platform:
			a := ingest.New(logger.With("adapter", "ingest"), cfg.Ingest.Token.Reveal())
			if f, ok := st.(storage.Feed); ok {
				a.UseFeed(f) // the outbox survives restarts and is the same on every instance
			}
			b.AddOutbox(platform, a)
			if p, ok := any(a).(bot.Poster); ok {
				posters[platform] = p
			}
			start("ingest", func(ctx context.Context) error { return a.Run(ctx, inbox) })
			mux := http.NewServeMux()
			mux.Handle("GET /healthz", hl) // for load balancers, without the token
			mux.Handle("GET /metrics", metrics.handler())
			mux.Handle("/", ingest.RateLimited(a.Handler(), ingest.RateLimit{PerSecond: cfg.Ingest.RateLimit, Burst: cfg.Ingest.RateBurst}))
			srv := &http.Server{Addr: cfg.Ingest.Listen, Handler: mux, ReadHeaderTimeout: 10 * time.Second}
			servers = append(servers, srv)
			start("ingest http", func(context.Context) error {
				logger.Info("ingest API listening", "addr", cfg.Ingest.Listen)
				if err := srv.ListenAndServe(); !errors.Is(err, http.ErrServerClosed) {
					return err
				}
				return nil
			})
		case console.Platform:
			chat := ""
			for _, c := range cfg.Communities {
				if c.Platform == console.Platform {
					chat = c.ChatID
				}
			}
			a := console.New(stdin, stdout, chat)
			b.AddOutbox(platform, a)
			if p, ok := any(a).(bot.Poster); ok {
				posters[platform] = p
			}
			start("console", func(ctx context.Context) error {
				err := a.Run(ctx, inbox)
				cancel() // end of input ends the run
				return err
			})
		case telegram.Platform:
			tc := cfg.Telegram
			var comms []telegram.Community
			for _, c := range cfg.Communities {
				if c.Platform != telegram.Platform {
					continue
				}
				tcom := telegram.Community{ChatID: c.ChatID, ModeratorsChat: c.ModeratorsChat}
				for _, e := range append(append(append([]string(nil), c.Moderators...), c.Admins...), c.Coordinators...) {
					if id, ok := strings.CutPrefix(e, "user:"); ok {
						tcom.Moderators = append(tcom.Moderators, id)
					}
				}
				comms = append(comms, tcom)
			}
			a, err := telegram.New(logger.With("adapter", "telegram"), tc.Token.Reveal(), telegram.Options{APIURL: tc.APIURL, Mode: tc.Mode,
				WebhookSecret: tc.Webhook.SecretToken.Reveal(), WebhookURL: tc.Webhook.PublicURL, Communities: comms})
			if err != nil {
				return fmt.Errorf("run: %w", err)
			}
			b.AddOutbox(platform, a)
			if p, ok := any(a).(bot.Poster); ok {
				posters[platform] = p
			}
			start("telegram", func(ctx context.Context) error { return a.Run(ctx, inbox) })
			if tc.Mode == telegram.ModeWebhook {
				srv := &http.Server{Addr: tc.Webhook.Listen, Handler: a.Handler(), ReadHeaderTimeout: 10 * time.Second}
				servers = append(servers, srv)
				start("telegram webhook", func(context.Context) error {
					logger.Info("telegram webhook listening", "addr", tc.Webhook.Listen)
					if err := srv.ListenAndServe(); !errors.Is(err, http.ErrServerClosed) {
						return err
					}
					return nil
				})
			}
		case discord.Platform:
			var guilds []string
			mods := map[string]string{}
			for _, c := range cfg.Communities {
				if c.Platform == discord.Platform {
					guilds = append(guilds, c.ChatID)
					mods[c.ChatID] = c.ModeratorsChat
				}
			}
			a, err := discord.New(logger, cfg.Discord.Token.Reveal(), discord.Options{APIBaseURL: cfg.Discord.APIBaseURL, Guilds: guilds,
				ModeratorChannels: mods, ShardID: cfg.Discord.ShardID, ShardCount: cfg.Discord.ShardCount})
			if err != nil {
				return fmt.Errorf("run: %w", err)
			}
			b.AddOutbox(platform, a)
			if p, ok := any(a).(bot.Poster); ok {
				posters[platform] = p
			}
			start("discord", func(ctx context.Context) error { return a.Run(ctx, inbox) })
		default:
			return fmt.Errorf("run: the %s adapter is not part of this release yet; configured communities use it", platform)
		}
	}
	if cfg.Web.Listen != "" && len(cfg.Web.Users) > 0 { // a dashboard nobody can log in to stays off
		srv, err := dashboardServer(logger, cfg, st, b, holder.Evaluate, metrics.handler(), func() []web.Template { return live.cur.Load().webTemplates() }, hl)
		if err != nil {
			return err
		}
		servers = append(servers, srv)
		start("web", func(context.Context) error {
			logger.Info("dashboard listening", "addr", cfg.Web.Listen)
			if err := srv.ListenAndServe(); !errors.Is(err, http.ErrServerClosed) {
				return err
			}
			return nil
		})
	}
	start("workflow", func(ctx context.Context) error { return b.Run(ctx, cfg.Workflow.Tick) })
	weekly := &weeklyPoster{log: logger.With("job", "weekly_summary"), store: st, loc: cfg.Location(),
		minGroup: cfg.Privacy.MinGroupSize, posters: posters, now: time.Now}
	seen := map[weeklyTarget]bool{}
	for _, c := range cfg.Communities {
		t := weeklyTarget{platform: c.Platform, chat: c.EscalationChat()}
		if t.chat != "" && !seen[t] {
			seen[t] = true
			weekly.targets = append(weekly.targets, t)
		}
	}
	start("weekly summary", weekly.run)
	if cfg.Rules.Watch {
		start("reload", func(ctx context.Context) error {
			watchFiles(ctx, logger, 2*time.Second, initial, watched, func() {
				_ = reload(logger, cfg, holder, live) // logged inside
			})
			return nil
		})
	}
	logger.Info("trygbot running", "communities", len(cfg.Communities), "platforms", strings.Join(cfg.Platforms(), ","), "store", cfg.Store.Driver)
	<-ctx.Done()
	// Stop taking work, let what is in flight finish, within a bound.
	logger.Info("stopping: finishing work in flight", "within", shutdownBound)
	began := time.Now()
	shut, done := context.WithTimeout(context.Background(), shutdownBound)
	defer done()
	for _, s := range servers {
		s.Shutdown(shut)
	}
	finished := make(chan struct{})
	go func() { wg.Wait(); close(finished) }()
	select {
	case <-finished:
	case <-shut.Done():
		logger.Error("shutdown bound reached; stopping with work in flight (queued work is redelivered, owed prompts are retried)", "bound", shutdownBound)
	}
	fctx, fdone := context.WithTimeout(context.Background(), 2*time.Second)
	defer fdone()
	if err := b.Flush(fctx); err != nil {
		logger.Error("message counts not flushed", "err", err)
	}
	logger.Info("trygbot stopped", "took", time.Since(began).Round(time.Millisecond))
	return first
}

// shutdownBound bounds a graceful stop: in-flight messages and prompts
// finish within it.
const shutdownBound = 10 * time.Second

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
func consumeLoop(ctx context.Context, logger *slog.Logger, b *bot.Bot, q storage.Queue, consumer string) error {
	backoff := 100 * time.Millisecond
	for {
		began := time.Now()
		err := b.Consume(ctx, q, consumer, nil)
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

// reload reads the rule and template packs again and swaps each set in if
// all its packs are valid; otherwise it logs every problem, keeps the
// running ones and returns the problems.
func reload(logger *slog.Logger, cfg *config.Config, holder *rules.Holder, live *liveTemplates) error {
	base, overrides, _, err := ruleSources(cfg)
	if err == nil {
		err = holder.Reload(base, overrides)
	}
	if err != nil {
		logger.Error("rule packs not reloaded; the old rules keep running", "err", err)
	} else {
		logger.Info("rule packs reloaded")
	}
	tg, tc := templateFiles(cfg)
	ts, terr := newTemplateSource(tg, tc)
	if terr != nil {
		logger.Error("template packs not reloaded; the old templates stay", "err", terr)
		return errors.Join(err, terr)
	}
	live.cur.Store(ts)
	return err
}

// fileStamp describes the modification times and sizes of files.
func fileStamp(files []string) string {
	var b strings.Builder
	for _, f := range files {
		if fi, err := os.Stat(f); err == nil {
			fmt.Fprintf(&b, "%s:%d:%d;", f, fi.ModTime().UnixNano(), fi.Size())
		} else {
			fmt.Fprintf(&b, "%s:missing;", f)
		}
	}
	return b.String()
}

// watchFiles calls changed when the modification time or size of any of
// the files differs from last, polling every interval until ctx is done.
// last is taken before the files were first read, so no change is missed.
func watchFiles(ctx context.Context, logger *slog.Logger, interval time.Duration, last string, files func() []string, changed func()) {
	stamp := func() string { return fileStamp(files()) }
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if now := stamp(); now != last {
				last = now
				logger.Info("pack files changed; reloading")
				changed()
			}
		}
	}
}

// webRoles maps configured role names to the bot's roles.
var webRoles = map[string]bot.Role{"moderator": bot.RoleModerator, "admin": bot.RoleAdmin, "coordinator": bot.RoleCoordinator}

// dashboardServer builds the web dashboard's server from the configuration.
func dashboardServer(logger *slog.Logger, cfg *config.Config, st storage.Store, b *bot.Bot, eval func(rules.Message) rules.Verdict,
	metrics http.Handler, tpl func() []web.Template, health http.Handler) (*http.Server, error) {
	users := make([]web.User, 0, len(cfg.Web.Users))
	for _, u := range cfg.Web.Users {
		users = append(users, web.User{Name: u.Name, Role: webRoles[u.Role], PasswordHash: u.PasswordHash, Evidence: u.Evidence})
	}
	h, err := web.NewServer(logger.With("component", "web"), web.Options{Store: st, Bot: b, Evaluate: eval,
		Users: users, SessionKey: []byte(cfg.Web.SessionKey.Reveal()), Location: cfg.Location(),
		MinGroup: cfg.Privacy.MinGroupSize, Secure: strings.HasPrefix(cfg.Web.BaseURL, "https://"), Metrics: metrics, Templates: tpl, Health: health})
	if err != nil {
		return nil, fmt.Errorf("run: dashboard: %w", err)
	}
	return &http.Server{Addr: cfg.Web.Listen, Handler: h, ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout: 30 * time.Second, WriteTimeout: 60 * time.Second, IdleTimeout: 2 * time.Minute}, nil
}
