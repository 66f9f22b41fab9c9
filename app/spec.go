package app

import (
	"context"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/trygbot/trygbot/bot"
	"github.com/trygbot/trygbot/classifier"
	"github.com/trygbot/trygbot/report"
	"github.com/trygbot/trygbot/rules"
	"github.com/trygbot/trygbot/storage"
	"github.com/trygbot/trygbot/storage/spool"
	"github.com/trygbot/trygbot/web"
)

// Spec is what New builds a process from: each part's constructor
// arguments. FromConfig makes one from a validated configuration (trygbot
// run, the load test's instances); the demo and replay write their own,
// choosing their store and adapters.
type Spec struct {
	// Logger is the process's one logger; nil discards.
	Logger *slog.Logger
	// OpenStore opens the store; Close closes it. New then checks that it
	// answers: one that does not (Redis away) fails New, unless Queue has
	// a Spool, where the process starts degraded and keeps incoming
	// messages on disk until the store answers.
	OpenStore func(ctx context.Context) (storage.Store, error)
	// Rules returns the rule packs: the base ones, then scoped overrides.
	// A reload calls it again, so it reads pack files again.
	Rules func() (base, overrides []*rules.Pack, err error)
	// Templates names template pack files on top of the built-in packs.
	Templates TemplateFiles
	// PseudonymKey keys the authors' pseudonyms.
	PseudonymKey []byte
	// Bot holds the workflow's options; New sets Reload and Metrics.
	Bot bot.Options
	// Reloadable lets the bot's reload command read the packs again.
	Reloadable bool
	// Tick is how often the workflow's timed work runs; 0 runs none (the
	// demo's script ticks itself).
	Tick time.Duration
	// Metrics counts for Prometheus (GET /metrics on the ingest API and
	// the dashboard).
	Metrics bool
	// Health watches the store (and spool) and answers GET /healthz.
	Health bool
	// Classifier, if set, makes the client of the model's second opinion
	// (classifier.New; it contacts nothing at start), which the bot asks
	// as SecondOpinion says (its Workers default to the client's
	// MaxInFlight); /healthz and /metrics show its state.
	Classifier    *classifier.Options
	SecondOpinion bot.SecondOpinionOptions
	// Queue, with a Redis store, puts a queue shared by every instance
	// between the adapters and the bot; nil hands messages to the bot.
	Queue *Queue
	// Adapters builds the platforms' adapters once the bot is built.
	Adapters func(Parts) ([]Adapter, error)
	// Web serves the dashboard; nil serves none.
	Web *Web
	// Weekly posts last week's summary every Monday; nil posts none.
	Weekly *Weekly
	// Trials configures the summaries' template trials section (the
	// dashboard's and the Monday post's); zero takes report.DefaultTrials.
	Trials report.TrialSettings
	// Watch reloads rule and template packs when their files change; nil
	// never does.
	Watch *Watch
	// Describe are the attributes of the "trygbot running" log line.
	Describe []any
}

// TemplateFiles are template pack files: for every community, and per
// community id.
type TemplateFiles struct {
	Global       []string
	PerCommunity map[string][]string
}

// Queue is the queue several instances share on one Redis, with this
// instance's consumers.
type Queue struct {
	// Prefix starts the queue's keys: the store's prefix.
	Prefix string
	// Workers is how many consumers this instance runs.
	Workers int
	// Consumer names this instance's consumers (NAME-0, NAME-1, ...); ""
	// names them after the host and process.
	Consumer string
	// Batch and Block tune the consumers' reads; 0 keeps the queue's
	// defaults.
	Batch int64
	Block time.Duration
	// Spool keeps incoming messages on local disk while Redis is away;
	// nil publishes straight to Redis. New sets its Logger.
	Spool *spool.Options
	// Handled, if set, is called after each message is handled.
	Handled func(bot.Event)
}

// Parts are what an adapter may use of the process built before it.
type Parts struct {
	Logger  *slog.Logger
	Store   storage.Store
	Health  http.Handler // GET /healthz; nil without Spec.Health
	Metrics http.Handler // GET /metrics; nil without Spec.Metrics
	// Pseudonyms are the bot's, for adapters that name people in logs.
	Pseudonyms *bot.Pseudonymizer
}

// Adapter is a platform's adapter as the process runs it.
type Adapter struct {
	Platform string
	// Outbox takes the bot's prompts and replies for the platform.
	Outbox bot.Outbox
	// Run takes the platform's events into the inbox until ctx is done;
	// nil when the command feeds the bot itself (the demo's script).
	Run func(ctx context.Context, in bot.Inbox) error
	// EndsRun stops the process when Run returns (the end of input).
	EndsRun bool
	// Servers are the HTTP servers the adapter takes events on.
	Servers []Server
}

// Server is an HTTP server of the process.
type Server struct {
	// Name names it in errors ("ingest http").
	Name string
	// Log is logged with the address when it listens.
	Log string
	// HTTP is the server; it listens on HTTP.Addr.
	HTTP *http.Server
	// Listener, if set, is already bound (the demo binds its dashboard's
	// to print the address first); the server takes it instead.
	Listener net.Listener
}

// Web is the dashboard.
type Web struct {
	// Addr is where it listens, unless Listener is set.
	Addr     string
	Listener net.Listener
	// Options are the dashboard's; New sets Store, Bot, Evaluate,
	// Templates, Summaries, Metrics and Health.
	Options web.Options
}

// Weekly posts the weekly summary to chats.
type Weekly struct {
	Chats    []Chat
	Location *time.Location
	MinGroup int
	// Now is the clock (time.Now when nil).
	Now func() time.Time
}

// Chat is a chat on a platform.
type Chat struct {
	Platform, ID string
}

// Watch polls pack files for changes.
type Watch struct {
	// Files lists the files; it is called on every poll.
	Files func() []string
	Every time.Duration
}
