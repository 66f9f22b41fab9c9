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
	// ModeratorChannels maps a guild id to its moderators' channel id.
	// When Discord refuses a prompt, a reply or a deletion for a missing
	// permission, the guild's moderators are told there, at most once an
	// hour per channel (and never about their own channel: that is only
	// logged).
	ModeratorChannels map[string]string
	// ShardID and ShardCount split the guilds among several instances
	// (Discord sharding): instance ShardID of ShardCount receives the
	// events of the guilds whose (guild_id >> 22) % ShardCount is ShardID.
	// ShardCount 0 or 1: one connection receives everything.
	ShardID, ShardCount int
	// Pseudonyms, if set, name the person in logs (a refused press, a
	// command that failed) by their pseudonym; logs never name a person
	// by Discord user id, and without it not at all.
	Pseudonyms *bot.Pseudonymizer
}

// Adapter is a connection to Discord as one bot user.
type Adapter struct {
	log *slog.Logger
	s   *discordgo.Session
	opt Options

	seenMu sync.Mutex
	seen   map[string]struct{}
	order  []string

	toldMu sync.Mutex
	told   map[string]time.Time // channel → when the moderators were last told it lacks a permission
	now    func() time.Time
}

var (
	_ bot.Adapter   = (*Adapter)(nil)
	_ bot.Deleter   = (*Adapter)(nil)
	_ bot.Messenger = (*Adapter)(nil)
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
	if opt.ShardCount > 1 {
		if opt.ShardID < 0 || opt.ShardID >= opt.ShardCount {
			return nil, fmt.Errorf("discord: shard %d of %d: the id must be from 0 to %d", opt.ShardID, opt.ShardCount, opt.ShardCount-1)
		}
		s.ShardID, s.ShardCount = opt.ShardID, opt.ShardCount
	}
	s.ShouldRetryOnRateLimit = true
	s.ShouldReconnectOnError = true
	s.StateEnabled = true
	return &Adapter{log: logger.With("adapter", Platform), s: s, opt: opt, seen: map[string]struct{}{},
		told: map[string]time.Time{}, now: time.Now}, nil
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
		a.s.AddHandler(h.messageDelete),
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
		return fmt.Errorf("discord: %s: forbidden (%s): the bot lacks the %s permission in that channel; see README, Configuration, Discord", op, msg, lacking(op, re))
	case code == http.StatusUnauthorized:
		return fmt.Errorf("discord: %s: unauthorized: the bot token is wrong or was reset (%s)", op, msg)
	case code >= 500:
		return fmt.Errorf("discord: %s: server error %d, try again later: %w", op, code, err)
	}
	return fmt.Errorf("discord: %s: HTTP %d %s: %w", op, code, msg, err)
}

// lacking names the permission a 403 says is missing: View Channels when
// Discord answers "Missing Access" (50001), else what op needs.
func lacking(op string, re *discordgo.RESTError) string {
	if re != nil && re.Message != nil && re.Message.Code == discordgo.ErrCodeMissingAccess {
		return "View Channels"
	}
	return needs(op)
}

// forbidden returns the REST error of a 403 answer, or nil.
func forbidden(err error) *discordgo.RESTError {
	var re *discordgo.RESTError
	if errors.As(err, &re) && re.Response != nil && re.Response.StatusCode == http.StatusForbidden {
		return re
	}
	return nil
}

// noteEvery is how often, at most, the moderators are told that one
// channel lacks a permission.
const noteEvery = time.Hour

// missingPermission follows up a 403 answer to op (prompt, reply, delete)
// in channel of guild: it logs one line naming the permission and the
// channel, and tells the guild's moderators in their channel, at most once
// an hour per channel, so a bot retrying cannot flood them. A 403 in the
// moderators' channel itself, or while telling them, is only logged.
func (a *Adapter) missingPermission(ctx context.Context, op, guild, channel string, err error) {
	re := forbidden(err)
	if re == nil {
		return
	}
	if guild == "" {
		guild = a.guildOf(channel)
	}
	perm, name := lacking(op, re), a.channelName(channel)
	a.log.Error(fmt.Sprintf("missing permission: the bot cannot %s in channel %s (%s); it needs %s there", verb(op), firstNonEmpty(name, channel), channel, perm),
		"permission", perm, "channel", channel, "channel_name", name, "guild", guild, "op", op)
	mods := a.opt.ModeratorChannels[guild]
	if mods == "" || mods == channel || !a.noteDue(channel) {
		return
	}
	text := fmt.Sprintf("trygbot cannot %s in <#%s>: Discord says it lacks a permission there (it needs %s). "+
		"A server admin can grant it in the channel's settings. (This note comes at most once an hour per channel.)", verb(op), channel, perm)
	_, serr := a.s.ChannelMessageSendComplex(mods, &discordgo.MessageSend{Content: text, AllowedMentions: noMentions()},
		discordgo.WithContext(ctx))
	if serr != nil {
		a.log.Error("moderators not told of the missing permission", "moderators_channel", mods, "channel", channel,
			"err", translate("permission note", serr))
	}
}

// noteDue reports whether the moderators may be told about channel now,
// and if so records that they are.
func (a *Adapter) noteDue(channel string) bool {
	a.toldMu.Lock()
	defer a.toldMu.Unlock()
	now := a.now()
	if last, ok := a.told[channel]; ok && now.Sub(last) < noteEvery {
		return false
	}
	for ch, at := range a.told {
		if now.Sub(at) >= noteEvery {
			delete(a.told, ch)
		}
	}
	a.told[channel] = now
	return true
}

// guildOf is the guild a channel belongs to: known from the moderators'
// channels or the gateway's state, else "".
func (a *Adapter) guildOf(channel string) string {
	for g, ch := range a.opt.ModeratorChannels {
		if ch == channel {
			return g
		}
	}
	if a.s.State != nil {
		if ch, err := a.s.State.Channel(channel); err == nil {
			return ch.GuildID
		}
	}
	return ""
}

// channelName is "#name" for a channel the gateway's state knows, else "".
func (a *Adapter) channelName(channel string) string {
	if a.s.State != nil {
		if ch, err := a.s.State.Channel(channel); err == nil && ch.Name != "" {
			return "#" + ch.Name
		}
	}
	return ""
}

// verb says what op does, for people.
func verb(op string) string {
	switch op {
	case "prompt":
		return "post moderator prompts"
	case "reply":
		return "post replies"
	case "delete":
		return "delete messages"
	}
	return op
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
