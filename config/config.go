package config

import (
	"time"
	// The time zone database is embedded so that Location works on hosts
	// and containers without /usr/share/zoneinfo.
	_ "time/tzdata"
)

// Platforms a community can be on.
const (
	PlatformDiscord  = "discord"
	PlatformTelegram = "telegram"
	PlatformConsole  = "console" // stdin/stdout, for trying trygbot locally
	PlatformIngest   = "ingest"  // messages posted to trygbot's HTTP ingest endpoint
)

// Storage drivers.
const (
	DriverSQLite = "sqlite"
	DriverRedis  = "redis"
)

// Telegram update modes.
const (
	ModePolling = "polling"
	ModeWebhook = "webhook"
)

// Languages a community can have (templates, explanations).
const (
	LangDanish  = "da"
	LangEnglish = "en"
)

// MinKeyBytes is the shortest secret accepted as a pseudonym or session
// key, an ingest token or the Telegram webhook secret: anything shorter
// could be guessed.
const MinKeyBytes = 32

// Config is trygbot's whole configuration. Build one with Default and
// change it, or with Load or Parse from a YAML file (see
// config.example.yaml for every key). Field tags name the YAML keys; the
// field path of a setting (store.redis.addr) is its YAML keys joined by
// dots, and is what errors and environment overrides use.
//
// Struct tags: yaml names the key; config:"path" marks a file path that
// Load resolves against the config file's directory, config:"pack" a path
// to a pack file that must also exist; on a Secret, env names the variable
// that errors suggest (${DISCORD_TOKEN}) and gen:"key" marks a random key
// the user generates.
//
// A Config is not changed after Load returns and may be read from several
// goroutines.
type Config struct {
	// Timezone is an IANA zone name used for weekly reports and "hour of
	// day" charts. See Location.
	Timezone    string      `yaml:"timezone"`
	Store       Store       `yaml:"store"`
	Privacy     Privacy     `yaml:"privacy"`
	Workflow    Workflow    `yaml:"workflow"`
	Rules       Rules       `yaml:"rules"`
	Templates   Templates   `yaml:"templates"`
	Discord     Discord     `yaml:"discord"`
	Telegram    Telegram    `yaml:"telegram"`
	Ingest      Ingest      `yaml:"ingest"`
	Web         Web         `yaml:"web"`
	Classifier  Classifier  `yaml:"classifier"`
	Trials      Trials      `yaml:"trials"`
	Log         Log         `yaml:"log"`
	Communities []Community `yaml:"communities"`

	// Where the settings came from, for error messages; empty for a
	// Config built in code.
	file  string
	lines map[string]int    // field path -> line in file
	env   map[string]string // field path -> environment variable that set it
	as    map[string]string // field path of a resolved path -> the path as written
	bad   map[string]bool   // field paths that already have a problem
	loc   *time.Location
}

// Store selects and configures the storage driver.
type Store struct {
	// Driver is sqlite (one file, the default) or redis (several
	// trygbot instances sharing the work).
	Driver string      `yaml:"driver"`
	SQLite SQLiteStore `yaml:"sqlite"`
	Redis  RedisStore  `yaml:"redis"`
}

// SQLiteStore configures the embedded store.
type SQLiteStore struct {
	// Path of the database file; Load resolves a relative path against the
	// config file's directory. ":memory:" and "file:" URIs are kept as
	// written.
	Path string `yaml:"path" config:"path"`
}

// RedisStore configures the Redis store.
type RedisStore struct {
	Addr     string `yaml:"addr"` // host:port
	DB       int    `yaml:"db"`
	Password Secret `yaml:"password" env:"REDIS_PASSWORD"`
	// Prefix starts every key trygbot writes, so several deployments can
	// share one server.
	Prefix string `yaml:"prefix"`
	// Workers: how many messages one instance handles at a time from the
	// shared queue.
	Workers int `yaml:"workers"`
	// SpoolDir keeps incoming messages on local disk while Redis is
	// unreachable; they are published in order when it answers. Load
	// resolves a relative path against the config file's directory.
	SpoolDir string `yaml:"spool_dir" config:"path"`
	// SpoolMaxMB bounds the spool; beyond it new messages are refused
	// (HTTP 503 on the ingest API) until Redis is back.
	SpoolMaxMB int `yaml:"spool_max_mb"`
}

// Privacy holds pseudonymisation and retention settings.
type Privacy struct {
	// PseudonymKey is the HMAC key for authors' pseudonyms in storage and
	// reports; at least MinKeyBytes bytes, used as written (the bytes of
	// the string, not hex-decoded). Changing it breaks the link between
	// old and new pseudonyms.
	PseudonymKey Secret `yaml:"pseudonym_key" env:"TRYGBOT_PSEUDONYM_KEY" gen:"key"`
	// RetentionDays is how long case texts and other personal data are
	// kept; aggregates are kept for reports.
	RetentionDays int `yaml:"retention_days"`
	// EvidenceRetentionDays is how long escalated threats' evidence packs
	// are kept; never shorter than RetentionDays.
	EvidenceRetentionDays int `yaml:"evidence_retention_days"`
	// MinGroupSize: reports show counts below this as "< N".
	MinGroupSize int `yaml:"min_group_size"`
}

// Workflow holds the timings of the moderation workflow.
type Workflow struct {
	// ClaimDeadline: a case nobody claimed within this is offered again,
	// to the community's second chat.
	ClaimDeadline time.Duration `yaml:"claim_deadline"`
	// FollowUp: how long after a response the author and thread are
	// watched to measure its effect.
	FollowUp time.Duration `yaml:"follow_up"`
	// ExpireAfter: an open case nobody handled is closed as expired after
	// this.
	ExpireAfter time.Duration `yaml:"expire_after"`
	// RepeatWindow: an author flagged again within this is a repeat
	// offender.
	RepeatWindow time.Duration `yaml:"repeat_window"`
	// PileOnWindow and PileOnAuthors: this many different authors flagged
	// in one channel within the window is a pile-on.
	PileOnWindow  time.Duration `yaml:"pileon_window"`
	PileOnAuthors int           `yaml:"pileon_authors"`
	// MaxMessageBytes: longer messages are evaluated on their first
	// MaxMessageBytes bytes, and a case keeps only those of its text.
	MaxMessageBytes int `yaml:"max_message_bytes"`
	// PromptRetry: prompts a case still owes (the platform failed, or the
	// bot stopped before posting them) are tried again after this, by
	// whichever instance ticks first.
	PromptRetry time.Duration `yaml:"prompt_retry"`
	// Tick: how often re-offers, expiry, owed prompts and retention run.
	Tick time.Duration `yaml:"tick"`
}

// Rules configures the rules engine for every community.
type Rules struct {
	// Packs are admin rule packs loaded after the built-in ones, for every
	// community. Load resolves relative paths against the config file's
	// directory.
	Packs []string `yaml:"packs" config:"pack"`
	// Threshold is the score at or above which a message is flagged,
	// above 0 and at most 1. A pack's own threshold wins over it.
	Threshold float64 `yaml:"threshold"`
	// Watch reloads rule and template packs when their files change.
	Watch bool `yaml:"watch"`
}

// Templates configures the de-escalation reply templates.
type Templates struct {
	// Packs are admin template packs loaded after the built-in ones.
	Packs []string `yaml:"packs" config:"pack"`
}

// Discord configures the Discord adapter, used when a community is on
// discord.
type Discord struct {
	Token Secret `yaml:"token" env:"DISCORD_TOKEN"`
	// APIBaseURL replaces https://discord.com/api (a REST proxy, or a
	// fake server in tests); empty for the default.
	APIBaseURL string `yaml:"api_base_url"`
	// ShardID and ShardCount split the guilds among instances (Discord
	// sharding); give every instance the same shard_count and its own
	// shard_id from 0. Needed from 2,500 guilds; 0 or 1 means one
	// connection receives everything.
	ShardID    int `yaml:"shard_id"`
	ShardCount int `yaml:"shard_count"`
}

// Telegram configures the Telegram adapter, used when a community is on
// telegram.
type Telegram struct {
	Token Secret `yaml:"token" env:"TELEGRAM_TOKEN"`
	// APIURL replaces https://api.telegram.org (a self-hosted Bot API
	// server, or a fake server in tests); empty for the default.
	APIURL string `yaml:"api_url"`
	// Mode is polling (the default; no public address needed) or webhook.
	Mode    string          `yaml:"mode"`
	Webhook TelegramWebhook `yaml:"webhook"`
}

// TelegramWebhook configures webhook mode.
type TelegramWebhook struct {
	// Listen is the address the webhook server listens on.
	Listen string `yaml:"listen"`
	// PublicURL is the https URL Telegram posts updates to.
	PublicURL string `yaml:"public_url"`
	// SecretToken is sent by Telegram in X-Telegram-Bot-Api-Secret-Token
	// with every update; required in webhook mode.
	SecretToken Secret `yaml:"secret_token" env:"TELEGRAM_WEBHOOK_SECRET" gen:"key"`
}

// Ingest configures the HTTP ingest endpoint, which runs when a community
// is on ingest.
type Ingest struct {
	Listen string `yaml:"listen"`
	// Token is a bearer token that may post to, read the outbox of and
	// act on every ingest community (at least MinKeyBytes bytes). A
	// community on ingest needs it, or a client in Clients that lists it.
	Token Secret `yaml:"token" env:"TRYGBOT_INGEST_TOKEN"`
	// Clients each have their own token, bound to the communities they
	// list.
	Clients []IngestClient `yaml:"clients"`
	// RateLimit is how many requests a second one client address may
	// make, on average (a token bucket); more get 429 with Retry-After.
	// 0 turns the limit off (a load test, or a trusted proxy in front).
	RateLimit float64 `yaml:"rate_limit"`
	// RateBurst is how many requests a client may make at once above the
	// rate; at least 1 when RateLimit is set.
	RateBurst int `yaml:"rate_burst"`
}

// IngestClient is one system that uses the ingest API with its own
// token: it may post messages to, read the outbox items of and act on the
// cases of its communities only.
type IngestClient struct {
	// Name identifies the client in logs: lowercase letters, digits, -
	// and _.
	Name string `yaml:"name"`
	// Token is its bearer token, at least MinKeyBytes bytes, different
	// from every other client's.
	Token Secret `yaml:"token" gen:"key"`
	// Communities are the ids of the ingest communities it may use.
	Communities []string `yaml:"communities"`
}

// Web configures the dashboard, metrics and health endpoint.
type Web struct {
	// Listen is the dashboard's address; empty turns the dashboard off.
	Listen string `yaml:"listen"`
	// BaseURL is the dashboard's public URL, for links in prompts; empty
	// for no links.
	BaseURL string `yaml:"base_url"`
	// SessionKey signs login sessions (at least MinKeyBytes bytes). Unset,
	// the web server makes a random key at start, so logins end on
	// restart and are not shared between instances.
	SessionKey Secret `yaml:"session_key" env:"TRYGBOT_SESSION_KEY" gen:"key"`
	// Users may log in to the dashboard. Passwords are stored only as
	// bcrypt hashes (make one with `trygbot config hash-password`).
	Users []WebUser `yaml:"users"`
}

// WebUser is one dashboard login.
type WebUser struct {
	Name string `yaml:"name"`
	// Role is moderator, admin or coordinator.
	Role string `yaml:"role"`
	// PasswordHash is a bcrypt hash ($2a$ or $2b$).
	PasswordHash string `yaml:"password_hash"`
	// Evidence lets the user download escalated threats' evidence packs
	// (personal data for a police report); no role has it by default.
	Evidence bool `yaml:"evidence"`
	// Communities, when not empty, limits the user to these communities'
	// cases (by id) on every page, action, CSV and evidence pack; empty
	// means every community.
	Communities []string `yaml:"communities"`
	// Volunteer links the login to the user's own chat accounts,
	// "PLATFORM:ID" (telegram:123456789, discord:80351110224678912), at
	// most one per platform: the dashboard's duty page puts that account
	// on and off duty, and the cases the login opens, unmasks, claims or
	// handles count in that account's daily exposure. Each must be a
	// moderator, admin or coordinator (by user:ID) of a community on that
	// platform.
	Volunteer []string `yaml:"volunteer"`
}

// Log configures logging.
type Log struct {
	Level  string `yaml:"level"`  // debug, info, warn or error
	Format string `yaml:"format"` // text or json
}

// Community is one Discord server, Telegram group, console or ingest
// source that trygbot moderates.
type Community struct {
	// ID is our name for the community, used in reports and storage:
	// lowercase letters, digits, - and _.
	ID string `yaml:"id"`
	// Name is shown to people; see DisplayName.
	Name     string `yaml:"name"`
	Platform string `yaml:"platform"`
	// ChatID is the Discord guild (server) id or the Telegram chat id.
	ChatID string `yaml:"chat_id"`
	// Language is da or en: prompts, templates and explanations.
	Language string `yaml:"language"`
	// RulesLink is the community's rules, for {rules_link} in templates.
	RulesLink string `yaml:"rules_link"`
	// ModeratorsChat is where moderator prompts go (a Discord channel id,
	// a Telegram chat id).
	ModeratorsChat string `yaml:"moderators_chat"`
	// SecondChat is where an unclaimed case is offered again; see
	// ReofferChat.
	SecondChat string `yaml:"second_chat"`
	// CoordinatorsChat is where escalations and threats go; see
	// EscalationChat.
	CoordinatorsChat string `yaml:"coordinators_chat"`
	// Moderators, Admins and Coordinators are "user:ID" or "role:ID"
	// (Discord) entries. Moderators act on prompts, admins also change
	// rules, coordinators also get escalations; admins and coordinators
	// count as moderators.
	Moderators   []string `yaml:"moderators"`
	Admins       []string `yaml:"admins"`
	Coordinators []string `yaml:"coordinators"`
	// Exempt are "user:ID" or "role:ID" entries whose messages are not
	// evaluated (other bots, for example).
	Exempt []string `yaml:"exempt"`
	// RulePacks and TemplatePacks are loaded for this community only,
	// after the global ones.
	RulePacks     []string `yaml:"rule_packs" config:"pack"`
	TemplatePacks []string `yaml:"template_packs" config:"pack"`
	// Threshold overrides rules.threshold for this community; nil keeps it.
	Threshold *float64 `yaml:"threshold,omitempty"`
	// AllowDelete lets moderators delete flagged messages from a prompt.
	AllowDelete bool `yaml:"allow_delete"`
	// Shadow evaluates and records cases but prompts nobody: for trying
	// rules before they go live.
	Shadow   bool      `yaml:"shadow"`
	Channels []Channel `yaml:"channels"`
	// TemplateOrder pins the order of the suggested replies by tone
	// (norm-setting, empathetic, question, support, firm): the tones
	// listed first, in that order, the others after them at random.
	// Empty, the default: the order is random per case, which template
	// trials need.
	TemplateOrder []string `yaml:"template_order"`
	// Duty is the duty roster; Wellbeing the volunteers' exposure cap,
	// opt-outs, check-ins and rotation nudge (see duty.go).
	Duty      Duty      `yaml:"duty"`
	Wellbeing Wellbeing `yaml:"wellbeing"`
	// Classifier is what a case opened on the model's second opinion
	// alone does in this community: prompt (volunteers, as for a rule's
	// case), review (the dashboard's review list only; the default) or
	// off. See ModelCases.
	Classifier string `yaml:"classifier"`
}

// Channel holds settings for one channel (Discord) or topic (Telegram) of
// a community; unset fields inherit the community's.
type Channel struct {
	ChatID        string   `yaml:"chat_id"`
	Threshold     *float64 `yaml:"threshold,omitempty"`
	RulePacks     []string `yaml:"rule_packs" config:"pack"`
	TemplatePacks []string `yaml:"template_packs" config:"pack"`
	Shadow        *bool    `yaml:"shadow,omitempty"`
	// Ignore: messages in this channel are not evaluated or counted.
	Ignore bool `yaml:"ignore"`
}

// Default returns the defaults that Load starts from. It has no
// communities and no secrets, so it does not Validate as is.
func Default() *Config {
	return &Config{
		Timezone: "Europe/Copenhagen",
		Store: Store{
			Driver: DriverSQLite,
			SQLite: SQLiteStore{Path: "trygbot.db"},
			Redis:  RedisStore{Addr: "127.0.0.1:6379", Prefix: "trygbot:", Workers: 4, SpoolDir: "trygbot-spool", SpoolMaxMB: 256},
		},
		Privacy: Privacy{
			RetentionDays:         30,
			EvidenceRetentionDays: 90,
			MinGroupSize:          3,
		},
		Workflow: Workflow{
			ClaimDeadline:   15 * time.Minute,
			FollowUp:        24 * time.Hour,
			ExpireAfter:     72 * time.Hour,
			RepeatWindow:    24 * time.Hour,
			PileOnWindow:    10 * time.Minute,
			PileOnAuthors:   3,
			MaxMessageBytes: 32 << 10,
			PromptRetry:     time.Minute,
			Tick:            30 * time.Second,
		},
		Rules:    Rules{Threshold: 0.5, Watch: true},
		Telegram: Telegram{Mode: ModePolling, Webhook: TelegramWebhook{Listen: ":8443"}},
		Ingest:   Ingest{Listen: "127.0.0.1:8080", RateLimit: 1000, RateBurst: 2000},
		Web:      Web{Listen: "127.0.0.1:8081"},
		Log:      Log{Level: "info", Format: "text"},

		Classifier: defaultClassifier(),
		Trials:     defaultTrials(),
	}
}

// File is the config file the Config was loaded from, or "".
func (c *Config) File() string { return c.file }

// Location returns the time zone of Timezone, or UTC when it cannot be
// loaded (Validate reports that).
func (c *Config) Location() *time.Location {
	if c.loc != nil {
		return c.loc
	}
	loc, err := time.LoadLocation(c.Timezone)
	if err != nil {
		return time.UTC
	}
	return loc
}
