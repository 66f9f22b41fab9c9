package discord

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/trygbot/trygbot/bot"
)

// Platform is the Discord adapter's platform name.
const Platform = "discord"

// Intents are the gateway intents the adapter asks for. Message Content is
// privileged: the bot's owner switches it on in the developer portal,
// otherwise message text arrives empty.
const Intents = discordgo.IntentsGuilds | discordgo.IntentsGuildMessages | discordgo.IntentsMessageContent

// Options configure an Adapter.
type Options struct {
	// APIBaseURL replaces https://discord.com/api for REST and for
	// fetching the gateway address (a REST proxy, or a fake server in
	// tests): "http://127.0.0.1:8080/api". Empty for Discord itself.
	APIBaseURL string
	// Guilds are the guild ids the /trygbot and "Report to moderators"
	// commands are registered in when Run starts.
	Guilds []string
	// HTTPTimeout bounds one REST request (20 s).
	HTTPTimeout time.Duration
	// AckAfter is how long a button press waits for the bot's answer
	// before the interaction is acknowledged with a deferred update
	// (2 s; Discord allows 3 s).
	AckAfter time.Duration
}

// Adapter is a connection to Discord as one bot user.
type Adapter struct {
	log *slog.Logger
	s   *discordgo.Session
	opt Options

	seenMu sync.Mutex
	seen   map[string]struct{}
	order  []string
}

var (
	_ bot.Adapter = (*Adapter)(nil)
	_ bot.Deleter = (*Adapter)(nil)
)

// seenMax bounds the set of recently handled message events kept to drop
// the ones a resumed gateway session delivers twice.
const seenMax = 4096

// New makes a Discord adapter for the bot token (without "Bot "). It does
// not connect; Run does. The token is never logged.
func New(logger *slog.Logger, token string, opt Options) (*Adapter, error) {
	if strings.TrimSpace(token) == "" {
		return nil, errors.New("discord: no bot token")
	}
	token = strings.TrimPrefix(strings.TrimSpace(token), "Bot ")
	s, err := discordgo.New("Bot " + token)
	if err != nil {
		return nil, fmt.Errorf("discord: %w", err)
	}
	if opt.HTTPTimeout <= 0 {
		opt.HTTPTimeout = 20 * time.Second
	}
	if opt.AckAfter <= 0 {
		opt.AckAfter = 2 * time.Second
	}
	var rt http.RoundTripper = http.DefaultTransport
	if opt.APIBaseURL != "" {
		base, err := url.Parse(strings.TrimRight(opt.APIBaseURL, "/"))
		if err != nil || base.Scheme == "" || base.Host == "" {
			return nil, fmt.Errorf("discord: api base url %q: want an absolute http(s) URL", opt.APIBaseURL)
		}
		rt = &rewrite{base: base, next: http.DefaultTransport}
	}
	s.Client = &http.Client{Timeout: opt.HTTPTimeout, Transport: rt}
	s.Identify.Intents = Intents
	s.ShouldRetryOnRateLimit = true
	s.ShouldReconnectOnError = true
	s.StateEnabled = true
	return &Adapter{log: logger.With("adapter", Platform), s: s, opt: opt, seen: map[string]struct{}{}}, nil
}

// Platform returns "discord".
func (a *Adapter) Platform() string { return Platform }

// Run connects to the gateway, registers the commands in Options.Guilds
// and feeds events to in until ctx is done. A dropped connection is
// resumed by discordgo. It returns an error if the first connection fails
// (a wrong token, no network).
func (a *Adapter) Run(ctx context.Context, in bot.Inbox) error {
	h := &inbound{a: a, in: in, ctx: ctx}
	removers := []func(){
		a.s.AddHandler(h.messageCreate),
		a.s.AddHandler(h.messageUpdate),
		a.s.AddHandler(h.interactionCreate),
	}
	defer func() {
		for _, r := range removers {
			r()
		}
	}()
	if err := a.s.Open(); err != nil {
		return fmt.Errorf("discord: connect to the gateway: %w", translate("connect", err))
	}
	defer a.s.Close()
	user := ""
	if a.s.State != nil && a.s.State.User != nil {
		user = a.s.State.User.ID
	}
	a.log.Info("connected to discord", "user_id", user, "guilds", len(a.opt.Guilds))
	if err := a.registerCommands(ctx); err != nil {
		// Messages and buttons still work without the commands.
		a.log.Error("commands not registered", "err", err)
	}
	<-ctx.Done()
	return nil
}

// appID is the bot's application id: the one READY names, or its user id,
// which is the same for bots.
func (a *Adapter) appID() string {
	st := a.s.State
	if st == nil {
		return ""
	}
	st.RLock()
	defer st.RUnlock()
	if st.Application != nil && st.Application.ID != "" {
		return st.Application.ID
	}
	if st.User != nil {
		return st.User.ID
	}
	return ""
}

// botUserID is the bot's own user id, once connected.
func (a *Adapter) botUserID() string {
	st := a.s.State
	if st == nil {
		return ""
	}
	st.RLock()
	defer st.RUnlock()
	if st.User != nil {
		return st.User.ID
	}
	return ""
}

// firstTime records key and reports whether it was new.
func (a *Adapter) firstTime(key string) bool {
	a.seenMu.Lock()
	defer a.seenMu.Unlock()
	if _, ok := a.seen[key]; ok {
		return false
	}
	a.seen[key] = struct{}{}
	a.order = append(a.order, key)
	if len(a.order) > seenMax {
		delete(a.seen, a.order[0])
		a.order = a.order[1:]
	}
	return true
}

// rewrite sends requests for discord.com to another scheme, host and path
// prefix (which replaces "/api").
type rewrite struct {
	base *url.URL
	next http.RoundTripper
}

func (r *rewrite) RoundTrip(req *http.Request) (*http.Response, error) {
	if req.URL.Host != "discord.com" {
		return r.next.RoundTrip(req)
	}
	out := req.Clone(req.Context())
	out.URL.Scheme, out.URL.Host = r.base.Scheme, r.base.Host
	if r.base.Path != "" {
		out.URL.Path = r.base.Path + strings.TrimPrefix(req.URL.Path, "/api")
		out.URL.RawPath = ""
	}
	out.Host = "" // otherwise Host: discord.com goes to the proxy
	return r.next.RoundTrip(out)
}

// translate turns discordgo errors into the bot's: rate limits into
// *bot.RateLimitError, 403 into an error naming what is missing.
func translate(op string, err error) error {
	if err == nil {
		return nil
	}
	var rl *discordgo.RateLimitError
	if errors.As(err, &rl) && rl.RateLimit != nil && rl.TooManyRequests != nil {
		return &bot.RateLimitError{RetryAfter: rl.RetryAfter}
	}
	var re *discordgo.RESTError
	if !errors.As(err, &re) || re.Response == nil {
		return fmt.Errorf("discord: %s: %w", op, err)
	}
	code := re.Response.StatusCode
	msg := ""
	if re.Message != nil {
		msg = re.Message.Message
	}
	switch {
	case code == http.StatusTooManyRequests:
		var tmr discordgo.TooManyRequests
		_ = discordgo.Unmarshal(re.ResponseBody, &tmr)
		return &bot.RateLimitError{RetryAfter: max(tmr.RetryAfter, time.Second)}
	case code == http.StatusForbidden:
		return fmt.Errorf("discord: %s: forbidden (%s): the bot lacks the %s permission in that channel; see README, Configuration, Discord", op, msg, needs(op))
	case code == http.StatusUnauthorized:
		return fmt.Errorf("discord: %s: unauthorized: the bot token is wrong or was reset (%s)", op, msg)
	case code >= 500:
		return fmt.Errorf("discord: %s: server error %d, try again later: %w", op, code, err)
	}
	return fmt.Errorf("discord: %s: HTTP %d %s: %w", op, code, msg, err)
}

// needs names the permissions an operation needs.
func needs(op string) string {
	switch op {
	case "prompt", "update prompt":
		return "View Channels, Send Messages and Embed Links"
	case "reply":
		return "View Channels, Send Messages (in Threads) and Read Message History"
	case "delete":
		return "Manage Messages"
	case "register commands":
		return "applications.commands scope (invite the bot again with it)"
	}
	return "needed"
}
