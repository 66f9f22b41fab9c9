package app

import (
	"fmt"
	"io"
	"net/http"
	"strings"

	"github.com/trygbot/trygbot/adapters/console"
	"github.com/trygbot/trygbot/adapters/discord"
	"github.com/trygbot/trygbot/adapters/ingest"
	"github.com/trygbot/trygbot/adapters/telegram"
	"github.com/trygbot/trygbot/config"
	"github.com/trygbot/trygbot/storage"
)

// configAdapters builds the adapter of every platform the configured
// communities use.
func configAdapters(p Parts, cfg *config.Config, stdin io.Reader, stdout io.Writer) ([]Adapter, error) {
	var out []Adapter
	for _, platform := range cfg.Platforms() {
		var (
			ad  Adapter
			err error
		)
		switch platform {
		case ingest.Platform:
			ad = ingestAdapter(p, cfg)
		case console.Platform:
			ad = consoleAdapter(cfg, stdin, stdout)
		case telegram.Platform:
			ad, err = telegramAdapter(p, cfg)
		case discord.Platform:
			ad, err = discordAdapter(p, cfg)
		default:
			err = fmt.Errorf("the %s adapter is not part of this release yet; configured communities use it", platform)
		}
		if err != nil {
			return nil, err
		}
		out = append(out, ad)
	}
	return out, nil
}

// ingestAdapter takes messages posted to the HTTP ingest API, which also
// answers /healthz (for load balancers, without the token) and /metrics.
func ingestAdapter(p Parts, cfg *config.Config) Adapter {
	a := ingest.NewClients(p.Logger.With("adapter", "ingest"), ingestClients(cfg), ingestCommunities(cfg))
	if f, ok := p.Store.(storage.Feed); ok {
		a.UseFeed(f) // the outbox survives restarts and is the same on every instance
	}
	mux := http.NewServeMux()
	mux.Handle("GET /healthz", p.Health)
	mux.Handle("GET /metrics", p.Metrics)
	mux.Handle("/", ingest.RateLimited(a.Handler(), ingest.RateLimit{PerSecond: cfg.Ingest.RateLimit, Burst: cfg.Ingest.RateBurst}))
	srv := newHTTPServer(cfg.Ingest.Listen, mux)
	srv.RegisterOnShutdown(a.EndLongPolls) // a waiting GET /v1/outbox answers at once, so shutdown does not wait for it
	return Adapter{Platform: ingest.Platform, Outbox: a, Run: a.Run,
		Servers: []Server{{Name: "ingest http", Log: "ingest API listening", HTTP: srv}}}
}

// ingestClients are the ingest API's clients: ingest.token for every
// community, and each of ingest.clients for its own.
func ingestClients(cfg *config.Config) []ingest.Client {
	var out []ingest.Client
	if cfg.Ingest.Token.IsSet() {
		out = append(out, ingest.Client{Name: "ingest.token", Token: cfg.Ingest.Token.Reveal()})
	}
	for _, c := range cfg.Ingest.Clients {
		out = append(out, ingest.Client{Name: c.Name, Token: c.Token.Reveal(), Communities: c.Communities})
	}
	return out
}

// ingestCommunities are the communities on ingest with their chats.
func ingestCommunities(cfg *config.Config) []ingest.Community {
	var out []ingest.Community
	for i := range cfg.Communities {
		if c := &cfg.Communities[i]; c.Platform == ingest.Platform {
			out = append(out, ingest.Community{ID: c.ID, ChatID: c.ChatID, Chats: []string{c.ModeratorsChat, c.ReofferChat(), c.EscalationChat()}})
		}
	}
	return out
}

// consoleAdapter reads the console community's chat from stdin; the end
// of input ends the run.
func consoleAdapter(cfg *config.Config, stdin io.Reader, stdout io.Writer) Adapter {
	chat := ""
	for _, c := range cfg.Communities {
		if c.Platform == console.Platform {
			chat = c.ChatID
		}
	}
	a := console.New(stdin, stdout, chat)
	return Adapter{Platform: console.Platform, Outbox: a, Run: a.Run, EndsRun: true}
}

func telegramAdapter(p Parts, cfg *config.Config) (Adapter, error) {
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
	a, err := telegram.New(p.Logger.With("adapter", "telegram"), tc.Token.Reveal(), telegram.Options{APIURL: tc.APIURL, Mode: tc.Mode,
		WebhookSecret: tc.Webhook.SecretToken.Reveal(), WebhookURL: tc.Webhook.PublicURL, Communities: comms})
	if err != nil {
		return Adapter{}, err
	}
	ad := Adapter{Platform: telegram.Platform, Outbox: a, Run: a.Run}
	if tc.Mode == telegram.ModeWebhook {
		srv := newHTTPServer(tc.Webhook.Listen, a.Handler())
		ad.Servers = []Server{{Name: "telegram webhook", Log: "telegram webhook listening", HTTP: srv}}
	}
	return ad, nil
}

func discordAdapter(p Parts, cfg *config.Config) (Adapter, error) {
	var guilds []string
	mods := map[string]string{}
	for _, c := range cfg.Communities {
		if c.Platform == discord.Platform {
			guilds = append(guilds, c.ChatID)
			mods[c.ChatID] = c.ModeratorsChat
		}
	}
	a, err := discord.New(p.Logger, cfg.Discord.Token.Reveal(), discord.Options{APIBaseURL: cfg.Discord.APIBaseURL, Guilds: guilds,
		ModeratorChannels: mods, ShardID: cfg.Discord.ShardID, ShardCount: cfg.Discord.ShardCount, Pseudonyms: p.Pseudonyms})
	if err != nil {
		return Adapter{}, err
	}
	return Adapter{Platform: discord.Platform, Outbox: a, Run: a.Run}, nil
}
