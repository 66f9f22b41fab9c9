package telegram

import (
	"context"
	"errors"
	"fmt"
	"html"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	tgbot "github.com/go-telegram/bot"
	"github.com/go-telegram/bot/models"

	"github.com/trygbot/trygbot/bot"
	"github.com/trygbot/trygbot/storage"

	"github.com/trygbot/trygbot/internal/textsplit"
)

// Telegram's limit on a message's text, in characters after entities
// are parsed; prompts stay well below it.
const (
	maxMessageRunes  = 1500 // the flagged message in a prompt
	maxLineRunes     = 400  // one why, template or history line
	maxHistoryLines  = 10
	maxReplyRunes    = 4000
	maxButtonsPerRow = 3
)

// Prompt sends a prompt to p.ChatID as HTML with one button per action.
func (a *Adapter) Prompt(ctx context.Context, p bot.Prompt) (storage.PromptRef, error) {
	chat, err := chatID(p.ChatID)
	if err != nil {
		return storage.PromptRef{}, err
	}
	var sent *models.Message
	err = a.withChat(ctx, chat, func(chat int64) error {
		var err error
		params := RenderPrompt(p)
		params.ChatID = chat
		sent, err = a.tg.SendMessage(ctx, params)
		return err
	})
	if err != nil {
		return storage.PromptRef{}, a.translate("prompt", err)
	}
	a.learnLang(sent.Chat.ID, p.Lang)
	return storage.PromptRef{Platform: Platform, ChatID: strconv.FormatInt(sent.Chat.ID, 10), MessageID: strconv.Itoa(sent.ID)}, nil
}

// RenderPrompt returns the message Prompt sends for p, without its chat:
// HTML (every text escaped, mentions defused, slurs masked: "z••••••") and
// one button per action. It does not block; the README's Telegram
// screenshot is drawn from it.
func RenderPrompt(p bot.Prompt) *tgbot.SendMessageParams {
	return &tgbot.SendMessageParams{Text: renderPrompt(p), ParseMode: models.ParseModeHTML,
		LinkPreviewOptions: noPreview(), ReplyMarkup: keyboard(p.Actions)}
}

// UpdatePrompt edits a sent prompt; an unchanged prompt is not an error.
func (a *Adapter) UpdatePrompt(ctx context.Context, ref storage.PromptRef, p bot.Prompt) error {
	chat, err := chatID(ref.ChatID)
	if err != nil {
		return err
	}
	msg, err := strconv.Atoi(ref.MessageID)
	if err != nil {
		return fmt.Errorf("telegram: bad prompt message id %q", ref.MessageID)
	}
	a.learnLang(a.current(chat), p.Lang)
	err = a.withChat(ctx, chat, func(chat int64) error {
		_, err := a.tg.EditMessageText(ctx, &tgbot.EditMessageTextParams{ChatID: chat, MessageID: msg, Text: renderPrompt(p),
			ParseMode: models.ParseModeHTML, LinkPreviewOptions: noPreview(), ReplyMarkup: keyboard(p.Actions)})
		return err
	})
	if err != nil && errors.Is(err, tgbot.ErrorBadRequest) && strings.Contains(err.Error(), "message is not modified") {
		return nil
	}
	return a.translate("update prompt", err)
}

// Reply sends plain text (no parse mode, mentions defused) as a reply to
// the message, in its topic; it is sent even if the message is gone.
func (a *Adapter) Reply(ctx context.Context, r bot.Reply) (string, error) {
	msg, err := strconv.Atoi(r.MessageID)
	if err != nil {
		return "", fmt.Errorf("telegram: bad message id %q", r.MessageID)
	}
	sent, err := a.sendText(ctx, r.ChatID, r.Channel, msg, defuseMentions(truncate(r.Text, maxReplyRunes)))
	if err != nil {
		return "", err
	}
	return strconv.Itoa(sent.ID), nil
}

// sendText sends plain text to a chat, in topic channel (if it is one)
// and as a reply to message replyTo (if not 0).
func (a *Adapter) sendText(ctx context.Context, chatStr, channel string, replyTo int, text string) (*models.Message, error) {
	chat, err := chatID(chatStr)
	if err != nil {
		return nil, err
	}
	params := &tgbot.SendMessageParams{Text: text, LinkPreviewOptions: noPreview()}
	if channel != "" && channel != chatStr {
		if th, err := strconv.Atoi(channel); err == nil && th > 0 {
			params.MessageThreadID = th
		}
	}
	if replyTo != 0 {
		params.ReplyParameters = &models.ReplyParameters{MessageID: replyTo, AllowSendingWithoutReply: true}
	}
	var sent *models.Message
	err = a.withChat(ctx, chat, func(chat int64) error {
		params.ChatID = chat
		var err error
		sent, err = a.tg.SendMessage(ctx, params)
		return err
	})
	if err != nil {
		return nil, a.translate("send", err)
	}
	return sent, nil
}

// DeleteMessage deletes a message from a group.
func (a *Adapter) DeleteMessage(ctx context.Context, chatStr, _ string, messageID string) error {
	chat, err := chatID(chatStr)
	if err != nil {
		return err
	}
	msg, err := strconv.Atoi(messageID)
	if err != nil {
		return fmt.Errorf("telegram: bad message id %q", messageID)
	}
	err = a.withChat(ctx, chat, func(chat int64) error {
		_, err := a.tg.DeleteMessage(ctx, &tgbot.DeleteMessageParams{ChatID: chat, MessageID: msg})
		return err
	})
	return a.translate("delete", err)
}

// withChat calls f with the chat's current id; when Telegram says the
// group became a supergroup, it records the new id and tries once more.
func (a *Adapter) withChat(ctx context.Context, chat int64, f func(chat int64) error) error {
	cur := a.current(chat)
	if err := a.pace.wait(ctx, cur); err != nil {
		return err
	}
	err := f(cur)
	var me *tgbot.MigrateError
	if errors.As(err, &me) && me.MigrateToChatID != 0 && int64(me.MigrateToChatID) != cur {
		a.migrate(cur, int64(me.MigrateToChatID))
		return f(int64(me.MigrateToChatID))
	}
	return err
}

// translate turns client errors into the bot's: a 429 becomes a
// *bot.RateLimitError; others are wrapped, with the token removed.
func (a *Adapter) translate(what string, err error) error {
	if err == nil {
		return nil
	}
	var tm *tgbot.TooManyRequestsError
	if errors.As(err, &tm) {
		return &bot.RateLimitError{RetryAfter: secondsOf(tm.RetryAfter)}
	}
	return &apiError{what: what, msg: a.redact(err.Error()), err: err}
}

// apiError is a Bot API failure with the token removed from its text.
type apiError struct {
	what, msg string
	err       error
}

func (e *apiError) Error() string { return "telegram: " + e.what + ": " + e.msg }
func (e *apiError) Unwrap() error { return e.err }

func chatID(s string) (int64, error) {
	id, err := strconv.ParseInt(strings.TrimSpace(s), 10, 64)
	if err != nil || id == 0 {
		return 0, fmt.Errorf("telegram: bad chat id %q (a number such as -1001234567890)", s)
	}
	return id, nil
}

func noPreview() *models.LinkPreviewOptions {
	t := true
	return &models.LinkPreviewOptions{IsDisabled: &t}
}

// keyboard makes one button per action, in rows of at most three. Data
// that does not fit Telegram's 64 bytes is left out rather than sent.
func keyboard(acts []bot.PromptAction) *models.InlineKeyboardMarkup {
	rows := [][]models.InlineKeyboardButton{}
	var row []models.InlineKeyboardButton
	for _, act := range acts {
		if act.Data == "" || len(act.Data) > 64 {
			continue
		}
		row = append(row, models.InlineKeyboardButton{Text: truncate(act.Label, 40), CallbackData: act.Data})
		if len(row) == maxButtonsPerRow {
			rows, row = append(rows, row), nil
		}
	}
	if len(row) > 0 {
		rows = append(rows, row)
	}
	return &models.InlineKeyboardMarkup{InlineKeyboard: rows}
}

// label is the adapter's own text in one language: the prompt's headings
// and the requests for a note or a reason. The asks take the moderator's
// mention (HTML) and the case number.
type label struct {
	community, channel, author, message, why, signals, link, status string
	noteAsk, reasonAsk, placeholder, noNote, noReason, expired      string
	// cut ends a popup cut to Telegram's 200 characters.
	cut string
}

// labels are the adapter's texts per language.
var labels = map[string]label{
	"en": {community: "Community", channel: "channel", author: "author", message: "Message", why: "Why",
		signals: "Signals", link: "Open the message", status: "Status",
		noteAsk:     "%s: Reply to this message with the note for case %d.",
		reasonAsk:   "%s: Case %d is marked as not hate. To add the reason, reply to this message with it (\"-\" for none).",
		placeholder: "Your text", noNote: "No note added.", noReason: "No reason added.",
		expired: "That request has expired. Press the button again.",
		cut:     "(cut: Telegram shows at most 200 characters here)"},
	"da": {community: "Fællesskab", channel: "kanal", author: "afsender", message: "Besked", why: "Hvorfor",
		signals: "Tegn", link: "Åbn beskeden", status: "Status",
		noteAsk:     "%s: Skriv noten til sag %d som svar på denne besked.",
		reasonAsk:   "%s: Sag %d er markeret som ikke had. Skriv begrundelsen som svar på denne besked (\"-\" for ingen).",
		placeholder: "Din tekst", noNote: "Ingen note tilføjet.", noReason: "Ingen begrundelse tilføjet.",
		expired: "Anmodningen er udløbet. Tryk på knappen igen.",
		cut:     "(forkortet: Telegram viser højst 200 tegn her)"},
}

// labelsFor returns the texts for a language, English by default.
func labelsFor(lang string) label {
	if l, ok := labels[lang]; ok {
		return l
	}
	return labels["en"]
}

// esc escapes user text for HTML parse mode and defuses @mentions.
func esc(s string) string { return html.EscapeString(defuseMentions(s)) }

var mentionRE = regexp.MustCompile(`@([A-Za-z0-9_])`)

// defuseMentions puts a word joiner after every @ that starts a name, so
// no text a user or template wrote pings anyone.
func defuseMentions(s string) string { return mentionRE.ReplaceAllString(s, "@\u2060$1") }

// renderPrompt renders a prompt as Telegram HTML: every text from users,
// templates and configuration escaped, sensitive words masked. No spoiler:
// a spoiler opens with a tap trygbot neither sees nor counts, so the only
// way to read a hidden word in chat is the counted "Show hidden words",
// which answers the presser alone (see onCallback).
func renderPrompt(p bot.Prompt) string {
	l := labelsFor(p.Lang)
	var b strings.Builder
	if m := mentions(p.Mentions); m != "" {
		b.WriteString(m + "\n")
	}
	fmt.Fprintf(&b, "<b>%s</b>\n", esc(p.Title))
	fmt.Fprintf(&b, "%s: %s · %s: %s · %s: %s\n", l.community, esc(p.Community), l.channel, esc(p.Channel), l.author, esc(p.Author))
	fmt.Fprintf(&b, "%s: ", l.message)
	masked(&b, p.Message, maxMessageRunes)
	b.WriteString("\n")
	for _, w := range p.Why {
		fmt.Fprintf(&b, "%s: ", l.why)
		masked(&b, w, maxLineRunes)
		b.WriteString("\n")
	}
	if len(p.Signals) > 0 {
		fmt.Fprintf(&b, "%s: %s\n", l.signals, esc(truncate(strings.Join(p.Signals, ", "), maxLineRunes)))
	}
	if strings.HasPrefix(p.JumpURL, "https://") {
		fmt.Fprintf(&b, "<a href=\"%s\">%s</a>\n", html.EscapeString(p.JumpURL), l.link)
	}
	for _, t := range p.Templates {
		fmt.Fprintf(&b, "[%d] (%s) %s\n", t.Index, esc(t.Tone), esc(truncate(t.Text, maxLineRunes)))
	}
	if p.DutyNote != "" {
		fmt.Fprintf(&b, "%s\n", esc(p.DutyNote))
	}
	fmt.Fprintf(&b, "<b>%s:</b> %s\n", l.status, esc(p.Status))
	hist := p.History
	if len(hist) > maxHistoryLines {
		hist = hist[len(hist)-maxHistoryLines:]
	}
	for _, h := range hist {
		fmt.Fprintf(&b, "  · %s\n", esc(truncate(h, maxLineRunes)))
	}
	return strings.TrimRight(b.String(), "\n")
}

// mentions renders the users a prompt pings as Telegram text mentions
// (tg://user?id=), the only way it pings anyone: Telegram has no roles,
// and every other @ in a prompt is defused.
func mentions(ms []bot.Mention) string {
	var parts []string
	for _, m := range ms {
		id, err := strconv.ParseInt(m.UserID, 10, 64)
		if err != nil || id <= 0 {
			continue
		}
		parts = append(parts, fmt.Sprintf(`<a href="tg://user?id=%d">%s</a>`, id, esc(truncate(m.Name, 64))))
	}
	return strings.Join(parts, " ")
}

// masked writes segments as Telegram HTML, escaped, each sensitive piece
// masked but for its first letter (bot.Masked), cut after budget runes.
func masked(b *strings.Builder, segs []bot.Segment, budget int) {
	for _, s := range segs {
		if budget <= 0 {
			break
		}
		t := s.Text
		if s.Sensitive {
			t = bot.Masked([]bot.Segment{s})
		}
		if n := utf8.RuneCountInString(t); n > budget {
			t = truncate(t, budget)
		}
		budget -= utf8.RuneCountInString(t)
		b.WriteString(esc(t))
	}
}

func secondsOf(n int) time.Duration {
	if n <= 0 {
		n = 1
	}
	return time.Duration(n) * time.Second
}

// DirectMessage sends plain text to a user's private chat with the bot
// (bot.Messenger), mentions defused. Telegram delivers it only to a user
// who has started a chat with the bot.
func (a *Adapter) DirectMessage(ctx context.Context, userID, text string) error {
	_, err := a.sendText(ctx, userID, "", 0, defuseMentions(truncate(text, maxReplyRunes)))
	return err
}

// Post sends a plain-text message to a chat, split to Telegram's 4,096
// characters, with mentions defused.
func (a *Adapter) Post(ctx context.Context, chat, text string) error {
	for _, part := range textsplit.Split(defuseMentions(text), 4000) {
		if _, err := a.sendText(ctx, chat, "", 0, part); err != nil {
			return err
		}
	}
	return nil
}
