package telegram

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	tgbot "github.com/go-telegram/bot"
	"github.com/go-telegram/bot/models"

	"github.com/trygbot/trygbot/bot"
)

// handleBound bounds the handling of one message.
const handleBound = 30 * time.Second

// handleUpdate handles one update, polled or from the webhook, and returns
// an error only when a message could not be handed to the bot, so the
// poller does not confirm it (a webhook answers 500) and Telegram
// delivers it again. It recovers from panics and logs what went wrong; an
// update that panicked counts as handled, so it cannot hold up the rest.
func (a *Adapter) handleUpdate(upd *models.Update) (err error) {
	defer func() {
		if r := recover(); r != nil {
			a.log.Error("panic handling a telegram update", "panic", r, "stack", string(debug.Stack()))
		}
	}()
	a.mu.RLock()
	in, ctx := a.inbox, a.runCtx
	a.mu.RUnlock()
	if in == nil || ctx == nil || upd == nil {
		return nil
	}
	// A message taken is finished even if the adapter is stopping (a
	// graceful shutdown), within a bound.
	hctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), handleBound)
	defer cancel()
	switch {
	case upd.Message != nil:
		return a.onMessage(hctx, in, upd.Message, false)
	case upd.EditedMessage != nil:
		return a.onMessage(hctx, in, upd.EditedMessage, true)
	case upd.CallbackQuery != nil:
		a.onCallback(ctx, in, upd.CallbackQuery)
	case upd.MyChatMember != nil:
		a.onMyChatMember(ctx, upd.MyChatMember)
	}
	return nil
}

func isGroup(c models.Chat) bool {
	return c.Type == models.ChatTypeGroup || c.Type == models.ChatTypeSupergroup
}

// onMessage handles a new or edited group message.
func (a *Adapter) onMessage(ctx context.Context, in bot.Inbox, m *models.Message, edited bool) error {
	if m.MigrateToChatID != 0 {
		a.migrate(m.Chat.ID, m.MigrateToChatID)
		return nil
	}
	if m.MigrateFromChatID != 0 {
		a.migrate(m.MigrateFromChatID, m.Chat.ID)
		return nil
	}
	if m.From == nil || m.From.IsBot || a.isSelf(m.From) {
		return nil
	}
	if !edited && a.onPendingReply(ctx, in, m) {
		return nil
	}
	if !edited {
		if name, arg, ok := a.command(m); ok {
			a.onCommand(ctx, in, m, name, arg)
			return nil
		}
	}
	if !isGroup(m.Chat) {
		return nil
	}
	ev, ok := a.event(m)
	if !ok {
		return nil
	}
	if edited {
		ev.Kind = bot.KindEdit
	}
	if err := in.Handle(ctx, ev); err != nil {
		a.log.Error("message not handled", "chat_id", ev.ChatID, "message_id", ev.MessageID, "err", err)
		return err
	}
	return nil
}

func (a *Adapter) isSelf(u *models.User) bool {
	a.mu.RLock()
	defer a.mu.RUnlock()
	return a.selfID != 0 && u.ID == a.selfID
}

// event turns a group message into a bot event; ok is false for a message
// without text.
func (a *Adapter) event(m *models.Message) (bot.Event, bool) {
	text := m.Text
	if text == "" {
		text = m.Caption
	}
	if text == "" || m.From == nil {
		return bot.Event{}, false
	}
	chat := strconv.FormatInt(a.configured(m.Chat.ID), 10)
	ev := bot.Event{
		Kind: bot.KindMessage, Platform: Platform, ChatID: chat, Channel: chat, ChannelName: m.Chat.Title,
		MessageID: strconv.Itoa(m.ID), AuthorID: strconv.FormatInt(m.From.ID, 10), AuthorName: displayName(m.From),
		AuthorIsBot: m.From.IsBot, Text: text, At: time.Unix(int64(m.Date), 0).UTC(), JumpURL: jumpURL(m.Chat, m.ID),
	}
	if m.EditDate != 0 {
		ev.At = time.Unix(int64(m.EditDate), 0).UTC()
	}
	if m.IsTopicMessage && m.MessageThreadID != 0 {
		ev.Channel = strconv.Itoa(m.MessageThreadID)
		ev.ChannelName = fmt.Sprintf("%s / topic %d", m.Chat.Title, m.MessageThreadID)
	}
	return ev, true
}

// displayName is a user's first and last name, or their username.
func displayName(u *models.User) string {
	name := strings.TrimSpace(u.FirstName + " " + u.LastName)
	if name == "" && u.Username != "" {
		name = "@" + u.Username
	}
	if name == "" {
		name = strconv.FormatInt(u.ID, 10)
	}
	return name
}

// jumpURL links to a message in a supergroup; other chats have no links.
func jumpURL(c models.Chat, msgID int) string {
	id := strconv.FormatInt(c.ID, 10)
	if c.Type != models.ChatTypeSupergroup || !strings.HasPrefix(id, "-100") {
		return ""
	}
	return fmt.Sprintf("https://t.me/c/%s/%d", strings.TrimPrefix(id, "-100"), msgID)
}

// command reads "/name@bot arg" from a message that starts with a bot
// command addressed to this bot (or to no bot in particular).
func (a *Adapter) command(m *models.Message) (name, arg string, ok bool) {
	if len(m.Entities) == 0 || m.Entities[0].Type != models.MessageEntityTypeBotCommand || m.Entities[0].Offset != 0 {
		return "", "", false
	}
	if !strings.HasPrefix(m.Text, "/") {
		return "", "", false
	}
	head, rest, _ := strings.Cut(m.Text, " ")
	if i := strings.IndexAny(head, "\n"); i >= 0 {
		rest = head[i+1:] + " " + rest
		head = head[:i]
	}
	name, to, _ := strings.Cut(strings.TrimPrefix(head, "/"), "@")
	a.mu.RLock()
	me := a.username
	a.mu.RUnlock()
	if to != "" && me != "" && !strings.EqualFold(to, me) {
		return "", "", false
	}
	return strings.ToLower(name), strings.TrimSpace(rest), true
}

// onCommand handles /report and the admin commands.
func (a *Adapter) onCommand(ctx context.Context, in bot.Inbox, m *models.Message, name, arg string) {
	switch name {
	case "report":
		if !isGroup(m.Chat) {
			return
		}
		r := m.ReplyToMessage
		if r == nil || r.From == nil || r.From.IsBot || a.isSelf(r.From) {
			a.send(ctx, m, "Reply to the message you want to report with /report.")
			return
		}
		// The replied-to message as Telegram includes it has no thread id
		// of its own inside topics; it is in the same topic as the report.
		if r.MessageThreadID == 0 && m.IsTopicMessage {
			r.MessageThreadID, r.IsTopicMessage = m.MessageThreadID, true
		}
		ev, ok := a.event(r)
		if !ok {
			a.send(ctx, m, "Only text messages can be reported.")
			return
		}
		ev.Kind, ev.ReporterID = bot.KindReport, strconv.FormatInt(m.From.ID, 10)
		if err := in.Handle(ctx, ev); err != nil {
			a.log.Error("report not handled", "chat_id", ev.ChatID, "message_id", ev.MessageID, "err", err)
			return
		}
	case "check", "case", "reload", "summary", "duty", "vagt":
		// In the community's group, the bot answers case, check, summary
		// and duty only by saying where to ask (ErrNotHere); in a private
		// chat only the moderator reads the answer. /vagt is Danish for
		// /duty.
		if name == "vagt" {
			name = "duty"
		}
		req := bot.CommandRequest{Platform: Platform, ChatID: strconv.FormatInt(a.configured(m.Chat.ID), 10),
			ActorID: strconv.FormatInt(m.From.ID, 10), ActorName: displayName(m.From), Name: name, Arg: arg}
		if m.Chat.Type == models.ChatTypePrivate {
			req.ChatID, req.Private = "", true
		}
		text, err := in.Command(ctx, req)
		switch {
		case errors.Is(err, bot.ErrUnknownCommunity):
			a.log.Debug("command in an unconfigured chat", "chat_id", logChat(m.Chat), "command", name)
			return
		case errors.Is(err, bot.ErrForbidden):
		case err != nil:
			a.log.Error("command failed", "chat_id", logChat(m.Chat), "command", name, "err", err)
			text = "Sorry, that did not work. Please try again later."
		}
		if text != "" {
			a.send(ctx, m, text)
		}
	}
}

// send answers a message with plain text, as a reply.
func (a *Adapter) send(ctx context.Context, m *models.Message, text string) {
	_, err := a.Reply(ctx, bot.Reply{ChatID: strconv.FormatInt(m.Chat.ID, 10), Channel: threadOf(m),
		MessageID: strconv.Itoa(m.ID), Text: text})
	if err != nil {
		a.log.Warn("answer not sent", "chat_id", logChat(m.Chat), "err", err)
	}
}

// logChat is how logs name a chat: its id, but "private" for a private
// chat, whose id is the user's.
func logChat(c models.Chat) string {
	if c.Type == models.ChatTypePrivate {
		return "private"
	}
	return strconv.FormatInt(c.ID, 10)
}

func threadOf(m *models.Message) string {
	if m.IsTopicMessage && m.MessageThreadID != 0 {
		return strconv.Itoa(m.MessageThreadID)
	}
	return strconv.FormatInt(m.Chat.ID, 10)
}

// onCallback performs a prompt button's action. Every callback query is
// answered, so the button stops spinning.
func (a *Adapter) onCallback(ctx context.Context, in bot.Inbox, q *models.CallbackQuery) {
	answer := func(text string, alert bool) {
		if _, err := a.tg.AnswerCallbackQuery(ctx, &tgbot.AnswerCallbackQueryParams{CallbackQueryID: q.ID,
			Text: truncate(text, 200), ShowAlert: alert}); err != nil {
			a.log.Warn("callback query not answered", "err", a.redact(err.Error()))
		}
	}
	ref, kind, arg, err := bot.DecodeAction(q.Data)
	if err != nil {
		answer("This button is not from trygbot, or is out of date.", true)
		return
	}
	id := ref.ID
	// A button cannot carry the note: ask for it as a reply.
	if kind == bot.ActNote && arg == "" {
		answer("", false)
		a.ask(ctx, q, ref, kind)
		return
	}
	fb, err := in.Act(ctx, bot.ActionRequest{Platform: Platform, CaseID: id, Nonce: ref.Nonce, Kind: kind, Arg: arg,
		ActorID: strconv.FormatInt(q.From.ID, 10), ActorName: displayName(&q.From)})
	var ae *bot.ActionError
	switch {
	case err == nil && kind == bot.ActUnmask:
		// The hidden words, in a popup only the presser sees: a callback
		// answer goes to the client that pressed, nobody else in the chat.
		answer(alertText(fb.Text, labelsFor(a.callbackLang(q)).cut), true)
	case err == nil:
		answer(fb.Text, false)
		// Dismissing takes one press; the reason may follow as a reply.
		if kind == bot.ActDismiss && arg == "" {
			a.ask(ctx, q, ref, kind)
		}
	case errors.Is(err, bot.ErrForbidden):
		answer(fb.Text, true)
	case errors.As(err, &ae):
		answer(firstNonEmpty(fb.Text, ae.Text), true)
	default:
		a.log.Error("action failed", "case", id, "action", kind, "err", err)
		answer(firstNonEmpty(fb.Text, "Sorry, that did not work. Please try again."), true)
	}
}

// maxAlertUnits is Telegram's limit on a callback answer's text: 200
// characters, counted here in UTF-16 code units as Telegram counts text,
// so a word with emoji still fits.
const maxAlertUnits = 200

// alertText fits text into a callback answer: whole if it fits, else cut
// with an ellipsis and the note cut, which says that it was cut.
func alertText(text, cut string) string {
	if utf16Len(text) <= maxAlertUnits {
		return text
	}
	tail := "… " + cut
	room := maxAlertUnits - utf16Len(tail)
	var b strings.Builder
	for _, r := range text {
		n := utf16Len(string(r))
		if room-n < 0 {
			break
		}
		room -= n
		b.WriteRune(r)
	}
	return strings.TrimRight(b.String(), " \n") + tail
}

// utf16Len is the length of s in UTF-16 code units.
func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n++
		if r >= 0x10000 {
			n++
		}
	}
	return n
}

// callbackLang is the language of the prompt whose button was pressed.
func (a *Adapter) callbackLang(q *models.CallbackQuery) string {
	switch {
	case q.Message.Message != nil:
		return a.langFor(q.Message.Message.Chat.ID, q.Message.Message.Text)
	case q.Message.InaccessibleMessage != nil:
		return a.langFor(q.Message.InaccessibleMessage.Chat.ID, "")
	}
	return "en"
}

// maxNoteRunes bounds a note or reason taken from a reply.
const maxNoteRunes = 1000

// ask sends, in the chat of the pressed prompt, a request for the note
// (kind bot.ActNote) or for the reason of a dismissal (bot.ActDismiss)
// that only the presser's client opens a reply to (a selective
// ForceReply with them mentioned), and remembers it for pendingTTL.
func (a *Adapter) ask(ctx context.Context, q *models.CallbackQuery, ref bot.CaseRef, kind bot.ActionKind) {
	id := ref.ID
	var chat int64
	var promptID, thread int
	var promptText string
	switch {
	case q.Message.Message != nil:
		m := q.Message.Message
		chat, promptID, promptText = m.Chat.ID, m.ID, m.Text
		if m.IsTopicMessage {
			thread = m.MessageThreadID
		}
	case q.Message.InaccessibleMessage != nil:
		chat, promptID = q.Message.InaccessibleMessage.Chat.ID, q.Message.InaccessibleMessage.MessageID
	default:
		return
	}
	lang := a.langFor(chat, promptText)
	l := labelsFor(lang)
	format := l.noteAsk
	if kind == bot.ActDismiss {
		format = l.reasonAsk
	}
	mention := fmt.Sprintf(`<a href="tg://user?id=%d">%s</a>`, q.From.ID, esc(displayName(&q.From)))
	params := &tgbot.SendMessageParams{Text: fmt.Sprintf(format, mention, id), ParseMode: models.ParseModeHTML,
		MessageThreadID: thread, LinkPreviewOptions: noPreview(),
		ReplyParameters: &models.ReplyParameters{MessageID: promptID, AllowSendingWithoutReply: true},
		ReplyMarkup:     &models.ForceReply{ForceReply: true, Selective: true, InputFieldPlaceholder: l.placeholder}}
	var sent *models.Message
	asked := a.opt.Now() // the ten minutes run from the request, not from its delivery
	err := a.withChat(ctx, chat, func(chat int64) error {
		params.ChatID = chat
		var err error
		sent, err = a.tg.SendMessage(ctx, params)
		return err
	})
	if err != nil {
		a.log.Warn("request for a note not sent", "chat_id", chat, "case", id, "err", a.translate("ask", err))
		return
	}
	a.remember(pendingKey{chat: sent.Chat.ID, msg: sent.ID}, pendingReply{caseID: id, nonce: ref.Nonce, kind: kind, user: q.From.ID,
		lang: lang, expires: asked.Add(pendingTTL)})
}

// langFor is the language of the adapter's messages in a chat: that of
// the pressed prompt (recognised by its headings), else that of the
// prompts last sent there, else English.
func (a *Adapter) langFor(chat int64, promptText string) string {
	for _, code := range []string{"da", "en"} {
		if strings.Contains(promptText, "\n"+labels[code].community+": ") {
			return code
		}
	}
	a.mu.RLock()
	defer a.mu.RUnlock()
	if l, ok := a.langOf[chat]; ok {
		return l
	}
	return "en"
}

// onPendingReply handles a reply to a request for a note or a reason by
// the moderator who was asked: it adds the text as a note on the case
// ("-" adds none) and confirms. It returns false for any other message,
// including replies by anyone else, which leave the request waiting.
func (a *Adapter) onPendingReply(ctx context.Context, in bot.Inbox, m *models.Message) bool {
	r := m.ReplyToMessage
	text := strings.TrimSpace(m.Text)
	if r == nil || text == "" || r.From == nil || !a.isSelf(r.From) {
		return false
	}
	p, st := a.take(pendingKey{chat: m.Chat.ID, msg: r.ID}, m.From.ID)
	l := labelsFor(p.lang)
	switch st {
	case pendingNone:
		return false
	case pendingExpired:
		a.send(ctx, m, l.expired)
		return true
	}
	if text == "-" {
		if p.kind == bot.ActDismiss {
			a.send(ctx, m, l.noReason)
		} else {
			a.send(ctx, m, l.noNote)
		}
		return true
	}
	// The reason for a dismissal becomes a note: the case is decided already.
	fb, err := in.Act(ctx, bot.ActionRequest{Platform: Platform, CaseID: p.caseID, Nonce: p.nonce, Kind: bot.ActNote, Arg: truncate(text, maxNoteRunes),
		ActorID: strconv.FormatInt(m.From.ID, 10), ActorName: displayName(m.From)})
	var ae *bot.ActionError
	switch {
	case err == nil, errors.Is(err, bot.ErrForbidden):
	case errors.As(err, &ae):
		fb.Text = firstNonEmpty(fb.Text, ae.Text)
	default:
		a.log.Error("note not added", "case", p.caseID, "err", err)
		fb.Text = firstNonEmpty(fb.Text, "Sorry, that did not work. Please try again.")
	}
	if fb.Text != "" {
		a.send(ctx, m, fb.Text)
	}
	return true
}

// onMyChatMember logs the bot's removal from a group and tells the
// group's moderators.
func (a *Adapter) onMyChatMember(ctx context.Context, u *models.ChatMemberUpdated) {
	st := u.NewChatMember.Type
	if st != models.ChatMemberTypeLeft && st != models.ChatMemberTypeBanned {
		return
	}
	chat := strconv.FormatInt(a.configured(u.Chat.ID), 10)
	mods := a.modsOf[chat]
	a.log.Warn("the bot was removed from a telegram chat", "chat_id", chat, "status", st, "moderators_chat", mods)
	if mods == "" || mods == chat {
		return
	}
	text := fmt.Sprintf("trygbot was removed from %q (%s) and no longer sees its messages. Add it again as an admin to continue.",
		u.Chat.Title, chat)
	if _, err := a.sendText(ctx, mods, "", 0, text); err != nil {
		a.log.Warn("removal notice not sent", "chat_id", mods, "err", err)
	}
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}

// truncate cuts s to at most n runes.
func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}
