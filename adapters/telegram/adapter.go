// Package telegram connects trygbot to Telegram groups through the Bot
// API, with github.com/go-telegram/bot (imported as tgbot). It turns
// group messages, edits, /report and admin commands and button presses
// into calls on the bot's Inbox, and carries out the Outbox: prompts as
// HTML messages with inline keyboards, replies, edits and deletions.
//
// It imports bot and storage only.
package telegram

import (
	"context"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	tgbot "github.com/go-telegram/bot"
	"github.com/go-telegram/bot/models"

	"github.com/trygbot/trygbot/bot"
	"github.com/trygbot/trygbot/storage"
)

// Platform is Telegram's platform name.
const Platform = "telegram"

// Update modes.
const (
	ModePolling = "polling"
	ModeWebhook = "webhook"
)

// maxWebhookBody bounds one webhook update.
const maxWebhookBody = 1 << 20

// Community is what the adapter needs to know about a configured group.
type Community struct {
	// ChatID is the group's chat id as configured ("-1001234567890").
	ChatID string
	// ModeratorsChat is told when the bot is removed from the group.
	ModeratorsChat string
	// Moderators are user ids that see the moderator commands in the
	// group's command menu (admins see them anyway).
	Moderators []string
}

// Options configure an Adapter.
type Options struct {
	// APIURL replaces https://api.telegram.org (a self-hosted Bot API
	// server or a test fake).
	APIURL string
	// Mode is "polling" (the default) or "webhook".
	Mode string
	// WebhookSecret is the secret_token Telegram sends in
	// X-Telegram-Bot-Api-Secret-Token; required in webhook mode.
	WebhookSecret string
	// WebhookURL, if set in webhook mode, is registered with setWebhook
	// when Run starts.
	WebhookURL string
	// Communities are the configured groups.
	Communities []Community
	// SkipGetMe skips the getMe calls (tests). The bot's own id is then
	// taken from the token.
	SkipGetMe bool
	// Now is the clock for expiring requests for notes (time.Now if nil).
	Now func() time.Time
}

// Adapter is a Telegram bot connection. It is safe for concurrent use.
type Adapter struct {
	log    *slog.Logger
	tg     *tgbot.Bot
	client *http.Client // every Bot API call's, the library's and getUpdates'
	apiURL string       // without a trailing slash
	opt    Options
	token  string
	modsOf map[string]string // community chat id -> moderators' chat

	mu       sync.RWMutex
	inbox    bot.Inbox
	runCtx   context.Context
	selfID   int64
	username string
	migrated map[int64]int64  // old chat id -> new
	origin   map[int64]int64  // new chat id -> configured (old) chat id
	langOf   map[int64]string // chat id -> language of the prompts sent there
	pending  map[pendingKey]pendingReply
	pace     *pacer
}

var (
	_ bot.Adapter   = (*Adapter)(nil)
	_ bot.Deleter   = (*Adapter)(nil)
	_ bot.Messenger = (*Adapter)(nil)
)

// New makes a Telegram adapter. The token is never logged. Unless
// opt.SkipGetMe, it checks the token with getMe.
func New(logger *slog.Logger, token string, opt Options) (*Adapter, error) {
	if strings.TrimSpace(token) == "" {
		return nil, errors.New("telegram: empty token")
	}
	switch opt.Mode {
	case "":
		opt.Mode = ModePolling
	case ModePolling:
	case ModeWebhook:
		if opt.WebhookSecret == "" {
			return nil, errors.New("telegram: webhook mode needs a secret token")
		}
	default:
		return nil, fmt.Errorf("telegram: unknown mode %q (polling or webhook)", opt.Mode)
	}
	if opt.Now == nil {
		opt.Now = time.Now
	}
	a := &Adapter{log: logger, opt: opt, token: token, modsOf: map[string]string{},
		client: &http.Client{Timeout: clientTimeout}, apiURL: "https://api.telegram.org",
		migrated: map[int64]int64{}, origin: map[int64]int64{}, langOf: map[int64]string{}, pending: map[pendingKey]pendingReply{}, pace: newPacer()}
	for _, c := range opt.Communities {
		a.modsOf[c.ChatID] = c.ModeratorsChat
	}
	opts := []tgbot.Option{
		tgbot.WithErrorsHandler(func(err error) {
			a.log.Warn("telegram client error", "err", a.redact(err.Error()))
		}),
		tgbot.WithDebugHandler(func(format string, args ...any) {
			a.log.Debug("telegram client", "msg", a.redact(fmt.Sprintf(format, args...)))
		}),
		// The adapter polls getUpdates itself (poll.go); the library makes
		// every other call.
		tgbot.WithHTTPClient(clientTimeout, a.client),
	}
	if opt.APIURL != "" {
		a.apiURL = strings.TrimRight(opt.APIURL, "/")
	}
	opts = append(opts, tgbot.WithServerURL(a.apiURL))
	if opt.SkipGetMe {
		opts = append(opts, tgbot.WithSkipGetMe())
	}
	b, err := tgbot.New(token, opts...)
	if err != nil {
		return nil, fmt.Errorf("telegram: connect: %s", a.redact(err.Error()))
	}
	a.tg = b
	a.selfID = b.ID()
	return a, nil
}

// redact removes the token, also as escaped in a URL, from messages.
func (a *Adapter) redact(s string) string {
	if a.token == "" {
		return s
	}
	for _, t := range []string{a.token, url.PathEscape(a.token), url.QueryEscape(a.token)} {
		s = strings.ReplaceAll(s, t, "***")
	}
	return s
}

// Platform returns "telegram".
func (a *Adapter) Platform() string { return Platform }

// Run receives updates until ctx is done: by long polling, or in webhook
// mode from Handler. It registers the bot's commands first. Polling, it
// confirms an update to Telegram only once it was handled (or skipped,
// if it does not decode), so an update not handled is delivered again;
// it returns an error if Telegram refuses the token.
func (a *Adapter) Run(ctx context.Context, in bot.Inbox) error {
	if !a.opt.SkipGetMe {
		me, err := a.tg.GetMe(ctx)
		if err != nil {
			return fmt.Errorf("telegram: getMe: %s", a.redact(err.Error()))
		}
		a.mu.Lock()
		a.selfID, a.username = me.ID, me.Username
		a.mu.Unlock()
		if !me.CanReadAllGroupMessages {
			a.log.Warn("privacy mode is on: the bot sees only commands and replies in groups where it is not an admin; " +
				"turn it off with BotFather (/setprivacy, Disable) or make the bot an admin")
		}
	}
	a.registerCommands(ctx)
	a.mu.Lock()
	a.inbox, a.runCtx = in, ctx
	a.mu.Unlock()
	if a.opt.Mode == ModeWebhook {
		if a.opt.WebhookURL != "" {
			if _, err := a.tg.SetWebhook(ctx, &tgbot.SetWebhookParams{URL: a.opt.WebhookURL, SecretToken: a.opt.WebhookSecret,
				AllowedUpdates: allowedUpdates}); err != nil {
				return fmt.Errorf("telegram: setWebhook: %s", a.redact(err.Error()))
			}
		}
		a.log.Info("telegram adapter waiting for webhook updates")
		<-ctx.Done()
		return nil
	}
	// A webhook left over from an earlier webhook-mode run makes
	// getUpdates fail with 409.
	if _, err := a.tg.DeleteWebhook(ctx, &tgbot.DeleteWebhookParams{}); err != nil {
		a.log.Warn("deleteWebhook failed; polling may get 409 Conflict", "err", a.redact(err.Error()))
	}
	a.log.Info("telegram adapter polling for updates")
	return a.poll(ctx)
}

// Handler serves webhook updates. A request without the right
// X-Telegram-Bot-Api-Secret-Token gets 401 and is not handled; before Run
// has started it gets 503, so Telegram delivers it again.
func (a *Adapter) Handler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost {
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		got := r.Header.Get("X-Telegram-Bot-Api-Secret-Token")
		if a.opt.WebhookSecret == "" || subtle.ConstantTimeCompare([]byte(got), []byte(a.opt.WebhookSecret)) != 1 {
			a.log.Warn("webhook request with a wrong secret token refused", "remote", r.RemoteAddr)
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		body, err := io.ReadAll(io.LimitReader(r.Body, maxWebhookBody))
		if err != nil {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		var upd models.Update
		if err := json.Unmarshal(body, &upd); err != nil {
			// Telegram would deliver it again and again, holding up the
			// updates behind it: skip it.
			var id struct {
				ID int64 `json:"update_id"`
			}
			_ = json.Unmarshal(body, &id)
			a.reportBadUpdate(id.ID, err)
			w.WriteHeader(http.StatusOK)
			return
		}
		a.mu.RLock()
		ctx := a.runCtx
		a.mu.RUnlock()
		if ctx == nil || ctx.Err() != nil {
			http.Error(w, "not ready", http.StatusServiceUnavailable)
			return
		}
		if err := a.handleUpdate(&upd); err != nil {
			// Telegram delivers an update again until it gets a 2xx.
			http.Error(w, "not handled; deliver again", http.StatusInternalServerError)
			return
		}
		w.WriteHeader(http.StatusOK)
	})
}

// registerCommands sets the command menus: members see /report; in the
// community's group, its administrators and the configured moderators
// also see /reload; in the moderators' chat and in private chats with
// the bot everyone sees /check, /case, /reload and /summary (answered
// there to those with the role, never in the group).
func (a *Adapter) registerCommands(ctx context.Context) {
	report := models.BotCommand{Command: "report", Description: "reply to a message with /report to tell the moderators"}
	reload := models.BotCommand{Command: "reload", Description: "reload rules and templates (admins)"}
	all := []models.BotCommand{report,
		{Command: "check", Description: "check TEXT against the rules"},
		{Command: "case", Description: "case ID: show a case"},
		reload,
		{Command: "summary", Description: "this week so far (admins)"},
		{Command: "duty", Description: "on or off: go on or off duty (moderators)"},
		{Command: "vagt", Description: "on eller off: tag eller afslut vagt (moderatorer)"},
	}
	inGroup := []models.BotCommand{report, reload}
	set := func(cmds []models.BotCommand, scope models.BotCommandScope, what string) {
		if _, err := a.tg.SetMyCommands(ctx, &tgbot.SetMyCommandsParams{Commands: cmds, Scope: scope}); err != nil {
			a.log.Warn("commands not registered", "scope", what, "err", a.redact(err.Error()))
		}
	}
	set([]models.BotCommand{report}, &models.BotCommandScopeDefault{}, "default")
	set(inGroup, &models.BotCommandScopeAllChatAdministrators{}, "all_chat_administrators")
	set(all[1:], &models.BotCommandScopeAllPrivateChats{}, "all_private_chats")
	for _, c := range a.opt.Communities {
		if c.ModeratorsChat != "" {
			if id, err := strconv.ParseInt(c.ModeratorsChat, 10, 64); err == nil {
				set(all[1:], &models.BotCommandScopeChat{ChatID: id}, "moderators_chat")
			}
		}
		chat, err := strconv.ParseInt(c.ChatID, 10, 64)
		if err != nil {
			continue
		}
		for _, m := range c.Moderators {
			if uid, err := strconv.ParseInt(m, 10, 64); err == nil {
				set(inGroup, &models.BotCommandScopeChatMember{ChatID: chat, UserID: uid}, "chat_member")
			}
		}
	}
}

// current returns the chat id to send to now, following migrations.
func (a *Adapter) current(chat int64) int64 {
	a.mu.RLock()
	defer a.mu.RUnlock()
	for i := 0; i < 4; i++ { // a chain of migrations is short
		n, ok := a.migrated[chat]
		if !ok {
			break
		}
		chat = n
	}
	return chat
}

// configured returns the chat id a community was configured with, for a
// chat that may have migrated since.
func (a *Adapter) configured(chat int64) int64 {
	a.mu.RLock()
	defer a.mu.RUnlock()
	for i := 0; i < 4; i++ {
		o, ok := a.origin[chat]
		if !ok {
			break
		}
		chat = o
	}
	return chat
}

// migrate records that chat old is now chat new.
func (a *Adapter) migrate(old, new int64) {
	if old == 0 || new == 0 || old == new {
		return
	}
	a.mu.Lock()
	_, known := a.migrated[old]
	a.migrated[old] = new
	a.origin[new] = old
	a.mu.Unlock()
	if !known {
		a.log.Warn("telegram group upgraded to a supergroup; following it until restart: update its chat id in the configuration",
			"chat_id", old, "new_chat_id", new)
	}
}

// learnLang remembers the language of the prompts sent to a chat, for the
// adapter's own messages there.
func (a *Adapter) learnLang(chat int64, lang string) {
	if _, ok := labels[lang]; !ok {
		return
	}
	a.mu.Lock()
	a.langOf[chat] = lang
	a.mu.Unlock()
}

// Requests for a note or a reason wait this long for the reply, and at most
// this many wait at once (the oldest is dropped).
const (
	pendingTTL = 10 * time.Minute
	maxPending = 256
)

// pendingKey is the message (the request) a moderator's reply must answer.
type pendingKey struct {
	chat int64
	msg  int
}

// pendingReply is a note or a reason the bot asked a moderator for.
type pendingReply struct {
	caseID  storage.CaseID
	nonce   string         // the case's, from the pressed button
	kind    bot.ActionKind // bot.ActNote, or bot.ActDismiss for the reason of a dismissal
	user    int64          // only this user may answer
	lang    string
	expires time.Time
}

// remember records a request, dropping expired ones and, when full, the
// one closest to expiring.
func (a *Adapter) remember(k pendingKey, p pendingReply) {
	now := a.opt.Now()
	a.mu.Lock()
	defer a.mu.Unlock()
	for key, q := range a.pending {
		if !now.Before(q.expires) {
			delete(a.pending, key)
		}
	}
	for len(a.pending) >= maxPending {
		var oldest pendingKey
		var at time.Time
		for key, q := range a.pending {
			if at.IsZero() || q.expires.Before(at) {
				oldest, at = key, q.expires
			}
		}
		delete(a.pending, oldest)
	}
	a.pending[k] = p
}

// pendingState says what a reply to a message answers.
type pendingState int

const (
	pendingNone    pendingState = iota // no request, or another user's
	pendingOK                          // the request, now taken
	pendingExpired                     // the user's request, too late (now forgotten)
)

// take returns and forgets the request a user's reply to message k
// answers. A reply by anyone but the user who was asked leaves it waiting.
func (a *Adapter) take(k pendingKey, user int64) (pendingReply, pendingState) {
	now := a.opt.Now()
	a.mu.Lock()
	defer a.mu.Unlock()
	p, ok := a.pending[k]
	if !ok || p.user != user {
		return pendingReply{}, pendingNone
	}
	delete(a.pending, k)
	if !now.Before(p.expires) {
		return p, pendingExpired
	}
	return p, pendingOK
}
