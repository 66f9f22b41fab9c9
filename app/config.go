package app

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"strings"
	"time"

	"github.com/trygbot/trygbot/bot"
	"github.com/trygbot/trygbot/config"
	"github.com/trygbot/trygbot/rules"
	"github.com/trygbot/trygbot/storage"
	"github.com/trygbot/trygbot/storage/redis"
	"github.com/trygbot/trygbot/storage/spool"
	"github.com/trygbot/trygbot/storage/sqlite"
	"github.com/trygbot/trygbot/web"
)

// FromConfig maps a validated configuration to the Spec of `trygbot
// run`: the configured store; the built-in, global and per community and
// channel rule packs, and template packs, read again by the reload
// command and, with rules.watch, when their files change; the
// communities and workflow timings; the adapters of every platform the
// communities use (the console's on stdin and stdout); the shared queue
// and spool with Redis; health and metrics; the dashboard when someone
// can log in to it; the model's client when classifier.url is set; and
// the weekly post to the coordinators' chats.
func FromConfig(logger *slog.Logger, cfg *config.Config, stdin io.Reader, stdout io.Writer) Spec {
	spec := Spec{
		Logger:    logger,
		OpenStore: func(ctx context.Context) (storage.Store, error) { return openRunStore(ctx, cfg) },
		Rules: func() ([]*rules.Pack, []*rules.Pack, error) {
			base, overrides, _, err := ruleSources(cfg)
			return base, overrides, err
		},
		Templates:    templateFiles(cfg),
		PseudonymKey: []byte(cfg.Privacy.PseudonymKey.Reveal()),
		Bot:          botOptions(cfg),
		Reloadable:   true,
		Tick:         cfg.Workflow.Tick,
		Metrics:      true,
		Health:       true,
		Classifier:   classifierOptions(cfg.Classifier),
		SecondOpinion: bot.SecondOpinionOptions{Send: cfg.Classifier.Send, Workers: cfg.Classifier.MaxInFlight,
			MaxWaiting: cfg.Classifier.MaxWaiting},
		Adapters: func(p Parts) ([]Adapter, error) { return configAdapters(p, cfg, stdin, stdout) },
		Web:      webSpec(cfg),
		Weekly:   weeklySpec(cfg),
		Trials:   trialSettings(cfg),
		Describe: []any{"communities", len(cfg.Communities), "platforms", strings.Join(cfg.Platforms(), ","), "store", cfg.Store.Driver},
	}
	if rc := cfg.Store.Redis; cfg.Store.Driver == config.DriverRedis {
		spec.Queue = &Queue{Prefix: rc.Prefix, Workers: rc.Workers, Spool: &spool.Options{Dir: rc.SpoolDir, MaxBytes: int64(rc.SpoolMaxMB) << 20}}
	}
	if cfg.Rules.Watch {
		spec.Watch = &Watch{Every: 2 * time.Second, Files: func() []string { return watchedFiles(cfg) }}
	}
	return spec
}

// openRunStore opens the configured store for trygbot run: Redis
// without waiting for it to answer (New checks, and starts degraded while
// it is away).
func openRunStore(ctx context.Context, cfg *config.Config) (storage.Store, error) {
	if cfg.Store.Driver == config.DriverRedis {
		r := cfg.Store.Redis
		return redis.New(redis.Options{Addr: r.Addr, DB: r.DB, Password: r.Password.Reveal(), Prefix: r.Prefix})
	}
	return OpenStore(ctx, cfg)
}

// OpenStore opens the configured store, and fails if it does not answer.
func OpenStore(ctx context.Context, cfg *config.Config) (storage.Store, error) {
	switch cfg.Store.Driver {
	case config.DriverRedis:
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
func templateFiles(cfg *config.Config) TemplateFiles {
	per := map[string][]string{}
	for i := range cfg.Communities {
		com := &cfg.Communities[i]
		per[com.ID] = append(per[com.ID], com.TemplatePacks...)
	}
	return TemplateFiles{Global: cfg.Templates.Packs, PerCommunity: per}
}

// watchedFiles lists every rule and template pack file.
func watchedFiles(cfg *config.Config) []string {
	_, _, files, _ := ruleSources(cfg)
	tf := templateFiles(cfg)
	files = append(files, tf.Global...)
	for _, f := range tf.PerCommunity {
		files = append(files, f...)
	}
	return files
}

func days(n int) time.Duration { return time.Duration(n) * 24 * time.Hour }

// botOptions maps the communities and the workflow's timings.
func botOptions(cfg *config.Config) bot.Options {
	w := cfg.Workflow
	return bot.Options{
		Communities: botCommunities(cfg), ClaimDeadline: w.ClaimDeadline, FollowUp: w.FollowUp,
		RepeatWindow: w.RepeatWindow, PileOnWindow: w.PileOnWindow, PileOnAuthors: w.PileOnAuthors,
		ExpireAfter: w.ExpireAfter, Location: cfg.Location(), EvidenceRetention: days(cfg.Privacy.EvidenceRetentionDays),
		Retention:   days(cfg.Privacy.RetentionDays),
		PromptRetry: w.PromptRetry, MaxMessageBytes: w.MaxMessageBytes,
	}
}

// botCommunities maps configured communities to the bot's.
func botCommunities(cfg *config.Config) []bot.Community {
	var out []bot.Community
	for i := range cfg.Communities {
		c := &cfg.Communities[i]
		bc := bot.Community{ID: c.ID, Name: c.DisplayName(), Platform: c.Platform, ChatID: c.ChatID, Lang: c.Language,
			RulesLink: c.RulesLink, ModeratorsChat: c.ModeratorsChat, SecondChat: c.ReofferChat(), CoordinatorsChat: c.EscalationChat(),
			Moderators: c.Moderators, Admins: c.Admins, Coordinators: c.Coordinators, AllowDelete: c.AllowDelete,
			Exempt: c.Exempt, Shadow: c.Shadow, TemplateOrder: c.TemplateOrder, ModelCases: c.ModelCases()}
		bc.Duty, bc.Wellbeing = dutyOptions(cfg, c), wellbeingOptions(c)
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

// webRole maps a configured role name to the bot's role.
func webRole(name string) bot.Role {
	switch name {
	case "moderator":
		return bot.RoleModerator
	case "admin":
		return bot.RoleAdmin
	case "coordinator":
		return bot.RoleCoordinator
	}
	return bot.RoleNone
}

// webSpec is the dashboard, if it listens and someone can log in to it.
func webSpec(cfg *config.Config) *Web {
	if cfg.Web.Listen == "" || len(cfg.Web.Users) == 0 { // a dashboard nobody can log in to stays off
		return nil
	}
	users := make([]web.User, 0, len(cfg.Web.Users))
	for _, u := range cfg.Web.Users {
		users = append(users, web.User{Name: u.Name, Role: webRole(u.Role), PasswordHash: u.PasswordHash, Evidence: u.Evidence,
			Communities: u.Communities, Volunteer: u.VolunteerIDs()})
	}
	return &Web{Addr: cfg.Web.Listen, Options: web.Options{Users: users, SessionKey: []byte(cfg.Web.SessionKey.Reveal()),
		Location: cfg.Location(), MinGroup: cfg.Privacy.MinGroupSize, Secure: strings.HasPrefix(cfg.Web.BaseURL, "https://"),
		Communities: webCommunities(cfg), Lang: dashboardLang(cfg)}}
}

// webCommunities are the communities as the dashboard names them.
func webCommunities(cfg *config.Config) []web.Community {
	out := make([]web.Community, 0, len(cfg.Communities))
	for i := range cfg.Communities {
		c := &cfg.Communities[i]
		out = append(out, web.Community{ID: c.ID, Name: c.DisplayName(), Lang: c.Language, Platform: c.Platform})
	}
	return out
}

// dashboardLang is the language most communities use (English on a tie).
func dashboardLang(cfg *config.Config) string {
	n := 0
	for _, c := range cfg.Communities {
		switch c.Language {
		case config.LangDanish:
			n++
		case config.LangEnglish:
			n--
		}
	}
	if n > 0 {
		return config.LangDanish
	}
	return config.LangEnglish
}

// weeklySpec posts the weekly summary to every community's escalation
// chat, once per chat.
func weeklySpec(cfg *config.Config) *Weekly {
	w := &Weekly{Location: cfg.Location(), MinGroup: cfg.Privacy.MinGroupSize}
	seen := map[Chat]bool{}
	for _, c := range cfg.Communities {
		t := Chat{Platform: c.Platform, ID: c.EscalationChat()}
		if t.ID != "" && !seen[t] {
			seen[t] = true
			w.Chats = append(w.Chats, t)
		}
	}
	return w
}
