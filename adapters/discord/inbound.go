package discord

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime/debug"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/trygbot/trygbot/bot"
	"github.com/trygbot/trygbot/storage"
)

// CommandName is the slash command; ReportCommand the message command.
const (
	CommandName   = "trygbot"
	ReportCommand = "Report to moderators"
)

// ReportThanks is what a member who reported a message is told.
const ReportThanks = "Thank you. The moderators have been told and will look at it."

// inbound turns gateway events into inbox calls. discordgo calls each
// handler in its own goroutine.
type inbound struct {
	a   *Adapter
	in  bot.Inbox
	ctx context.Context
}

// recover logs a panic in a handler instead of crashing the process.
func (h *inbound) recover(event string) {
	if r := recover(); r != nil {
		h.a.log.Error("panic in discord handler", "event", event, "panic", fmt.Sprint(r), "stack", string(debug.Stack()))
	}
}

func (h *inbound) messageCreate(_ *discordgo.Session, m *discordgo.MessageCreate) {
	defer h.recover("MESSAGE_CREATE")
	if m.Message == nil {
		return
	}
	h.message(bot.KindMessage, m.Message, "m:"+m.ID)
}

func (h *inbound) messageUpdate(_ *discordgo.Session, m *discordgo.MessageUpdate) {
	defer h.recover("MESSAGE_UPDATE")
	// Updates without a new edited_timestamp are embeds unfurling, not
	// edits by the author.
	if m.Message == nil || m.EditedTimestamp == nil {
		return
	}
	h.message(bot.KindEdit, m.Message, "e:"+m.ID+":"+m.EditedTimestamp.UTC().Format(time.RFC3339Nano))
}

// message hands a guild message by a person to the inbox, once.
func (h *inbound) message(kind bot.EventKind, m *discordgo.Message, key string) {
	if m.GuildID == "" || m.Author == nil || m.Author.Bot || m.Author.System || m.WebhookID != "" ||
		m.Author.ID == h.a.botUserID() {
		return
	}
	if m.Type != discordgo.MessageTypeDefault && m.Type != discordgo.MessageTypeReply {
		return
	}
	if !h.a.firstTime(key) {
		h.a.log.Debug("message delivered again; skipped", "chat_id", m.GuildID, "message_id", m.ID)
		return
	}
	ev := h.a.event(kind, m.GuildID, m, m.Member)
	if err := h.in.Handle(h.ctx, ev); err != nil && h.ctx.Err() == nil {
		h.a.log.Error("message not handled", "chat_id", ev.ChatID, "channel", ev.Channel, "message_id", ev.MessageID, "err", err)
	}
}

// event describes a guild message; member is the author's membership, if
// the payload has it.
func (a *Adapter) event(kind bot.EventKind, guildID string, m *discordgo.Message, member *discordgo.Member) bot.Event {
	ev := bot.Event{Kind: kind, Platform: Platform, ChatID: guildID, Channel: m.ChannelID, MessageID: m.ID,
		Text: m.Content, At: m.Timestamp.UTC(),
		JumpURL: fmt.Sprintf("https://discord.com/channels/%s/%s/%s", guildID, m.ChannelID, m.ID)}
	if m.Author != nil {
		ev.AuthorID, ev.AuthorIsBot = m.Author.ID, m.Author.Bot
		ev.AuthorName = firstNonEmpty(m.Author.GlobalName, m.Author.Username)
	}
	if member != nil {
		ev.AuthorName = firstNonEmpty(member.Nick, ev.AuthorName)
		ev.AuthorRoles = append([]string(nil), member.Roles...)
	}
	if a.s.State != nil {
		if ch, err := a.s.State.Channel(m.ChannelID); err == nil && ch.Name != "" {
			ev.ChannelName = "#" + ch.Name
		}
	}
	return ev
}

func (h *inbound) interactionCreate(s *discordgo.Session, ic *discordgo.InteractionCreate) {
	defer h.recover("INTERACTION_CREATE")
	i := ic.Interaction
	if i == nil || i.GuildID == "" || i.Member == nil || i.Member.User == nil {
		if i != nil {
			h.respond(i, "trygbot works in servers only.")
		}
		return
	}
	if i.Data == nil && (i.Type == discordgo.InteractionMessageComponent || i.Type == discordgo.InteractionModalSubmit ||
		i.Type == discordgo.InteractionApplicationCommand) {
		// discordgo leaves Data nil when it does not decode.
		h.a.log.Warn("interaction with malformed data skipped", "chat_id", i.GuildID, "type", int(i.Type))
		h.respond(i, "This interaction could not be read.")
		return
	}
	switch i.Type {
	case discordgo.InteractionMessageComponent:
		h.button(i)
	case discordgo.InteractionModalSubmit:
		h.dialogSubmit(i)
	case discordgo.InteractionApplicationCommand:
		data := i.ApplicationCommandData()
		switch {
		case data.Name == CommandName && data.CommandType == discordgo.ChatApplicationCommand:
			h.command(i, data)
		case data.Name == ReportCommand && data.CommandType == discordgo.MessageApplicationCommand:
			h.report(i, data)
		default:
			h.respond(i, "Unknown command.")
		}
	}
}

// button performs a moderator's press ("Add note" and "Not hate" open a
// dialog first, see openDialog; "Show hidden words" is answered to the
// presser alone, see unmask). The bot answers fast, as a rule: a
// refusal is then an ephemeral message; otherwise, or if the bot is slow,
// the press is acknowledged with a deferred update (the bot edits the
// prompt itself) and the feedback follows as an ephemeral message.
func (h *inbound) button(i *discordgo.Interaction) {
	data := i.MessageComponentData()
	if state, ok := strings.CutPrefix(data.CustomID, DutyCustomID); ok && (state == "on" || state == "off") {
		h.dutyButton(i, state)
		return
	}
	ref, kind, arg, err := bot.DecodeAction(data.CustomID)
	log := h.a.log.With("chat_id", i.GuildID, "user", h.a.pseudonym(i.Member.User.ID))
	if err != nil {
		log.Warn("button with unknown data", "custom_id", data.CustomID)
		h.respond(i, "This button is not from this trygbot.")
		return
	}
	id := ref.ID
	if _, ok := dialogs[kind]; ok {
		h.openDialog(i, bot.EncodeAction(ref, kind, ""), kind, data.CustomID)
		return
	}
	if kind == bot.ActUnmask {
		h.unmask(i, ref, log)
		return
	}
	done := h.act(h.actionRequest(i, ref, kind, arg))
	timer := time.NewTimer(h.a.opt.AckAfter)
	defer timer.Stop()
	var res actResult
	select {
	case res = <-done:
		if refused(res.err) {
			h.respond(i, feedbackText(res.fb, res.err))
			log.Info("action refused", "case", id, "action", kind)
			return
		}
		h.deferUpdate(i)
	case <-timer.C:
		h.deferUpdate(i)
		select {
		case res = <-done:
		case <-h.ctx.Done():
			return
		}
	}
	if res.err != nil && !refused(res.err) {
		log.Error("action failed", "case", id, "action", kind, "err", res.err)
	}
	h.followup(i, feedbackText(res.fb, res.err))
}

// actResult is what Inbox.Act answered.
type actResult struct {
	fb  bot.Feedback
	err error
}

func (h *inbound) actionRequest(i *discordgo.Interaction, ref bot.CaseRef, kind bot.ActionKind, arg string) bot.ActionRequest {
	return bot.ActionRequest{Platform: Platform, CaseID: ref.ID, Nonce: ref.Nonce, Kind: kind, Arg: arg, ActorID: i.Member.User.ID,
		ActorName: memberName(i.Member), Roles: append([]string(nil), i.Member.Roles...)}
}

// act performs req in its own goroutine; the answer arrives on the channel.
func (h *inbound) act(req bot.ActionRequest) <-chan actResult {
	done := make(chan actResult, 1)
	go func() {
		defer h.recover("action")
		fb, err := h.in.Act(h.ctx, req)
		done <- actResult{fb, err}
	}()
	return done
}

// dialog is the modal a button opens to ask for a text before acting.
type dialog struct {
	title, label, placeholder string
	required                  bool
	max                       int
}

// dialogs are the actions that take a text: a note (required) and the
// reason something is not hate (optional).
var dialogs = map[bot.ActionKind]dialog{
	bot.ActNote:    {title: "Add note", label: "Note", placeholder: "What should the other moderators know?", required: true, max: 1000},
	bot.ActDismiss: {title: "Not hate", label: "Reason (optional)", placeholder: "Why is this not hate? Helps tune the rules.", max: 500},
}

// maxCustomID is Discord's limit for a custom_id.
const maxCustomID = 100

// openDialog answers a press of "Add note" or "Not hate" with a modal
// holding one text input. The modal and its input carry the action data
// (at most bot.MaxActionData characters, within Discord's 100), so the
// submit says which case and action it is for. Who may act is checked
// when the dialog is submitted.
func (h *inbound) openDialog(i *discordgo.Interaction, customID string, kind bot.ActionKind, pressed string) {
	d := dialogs[kind]
	if len(customID) > maxCustomID {
		h.respond(i, "This button is not from this trygbot.")
		return
	}
	title := firstNonEmpty(buttonLabel(i.Message, pressed), d.title)
	err := h.a.s.InteractionRespond(i, &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseModal,
		Data: &discordgo.InteractionResponseData{CustomID: customID, Title: clip(title, 45),
			Components: []discordgo.MessageComponent{discordgo.ActionsRow{Components: []discordgo.MessageComponent{
				discordgo.TextInput{CustomID: customID, Label: d.label, Style: discordgo.TextInputParagraph,
					Placeholder: d.placeholder, Required: d.required, MaxLength: d.max},
			}}}},
	}, discordgo.WithContext(h.ctx))
	if err != nil {
		h.a.log.Error("dialog not opened", "chat_id", i.GuildID, "action", kind, "err", translate("respond", err))
	}
}

// dialogSubmit performs the action of a submitted note or "not hate"
// dialog with the typed text, and tells the actor the outcome in an
// ephemeral message: at once if the bot is fast, otherwise after a
// deferred ephemeral answer. The bot refuses actors who are not
// moderators.
func (h *inbound) dialogSubmit(i *discordgo.Interaction) {
	data := i.ModalSubmitData()
	log := h.a.log.With("chat_id", i.GuildID, "user", h.a.pseudonym(i.Member.User.ID))
	ref, kind, _, err := bot.DecodeAction(data.CustomID)
	if _, ok := dialogs[kind]; err != nil || !ok {
		log.Warn("dialog with unknown data", "custom_id", data.CustomID)
		h.respond(i, "This dialog is not from this trygbot.")
		return
	}
	id := ref.ID
	text := strings.TrimSpace(inputValue(data.Components))
	res, ok := h.private(i, h.act(h.actionRequest(i, ref, kind, text)), func(res actResult) string { return feedbackText(res.fb, res.err) })
	if !ok {
		return
	}
	switch {
	case refused(res.err):
		log.Info("action refused", "case", id, "action", kind)
	case res.err != nil:
		log.Error("action failed", "case", id, "action", kind, "err", res.err)
	}
}

// unmask answers a press of "Show hidden words" with the words the prompt
// hides, in an ephemeral message (flags 64): only the presser sees it,
// nobody else in the moderators' channel, and the prompt stays as it is.
// The bot refuses anyone who may not act on the case, and audits and
// counts the press in the presser's exposure.
func (h *inbound) unmask(i *discordgo.Interaction, ref bot.CaseRef, log *slog.Logger) {
	res, ok := h.private(i, h.act(h.actionRequest(i, ref, bot.ActUnmask, "")), func(res actResult) string {
		if res.err != nil {
			return feedbackText(res.fb, res.err)
		}
		return escape(res.fb.Text) // the words as written, not as markdown
	})
	switch {
	case !ok:
	case refused(res.err):
		log.Info("action refused", "case", ref.ID, "action", bot.ActUnmask)
	case res.err != nil:
		log.Error("action failed", "case", ref.ID, "action", bot.ActUnmask, "err", res.err)
	}
}

// private answers an interaction with the outcome of done in an
// ephemeral message, which only the one who pressed or submitted sees:
// at once if the bot is fast, otherwise after a deferred ephemeral
// answer, edited when the outcome arrives. text renders the outcome. ok
// is false when the adapter stopped first.
func (h *inbound) private(i *discordgo.Interaction, done <-chan actResult, text func(actResult) string) (res actResult, ok bool) {
	timer := time.NewTimer(h.a.opt.AckAfter)
	defer timer.Stop()
	select {
	case res = <-done:
		h.respond(i, text(res))
		return res, true
	case <-timer.C:
	}
	h.deferMessage(i)
	select {
	case res = <-done:
		h.editResponse(i, text(res))
		return res, true
	case <-h.ctx.Done():
		return actResult{}, false
	}
}

// inputValue is the text typed into a modal's (first) text input.
func inputValue(comps []discordgo.MessageComponent) string {
	for _, c := range comps {
		switch c := c.(type) {
		case *discordgo.TextInput:
			return c.Value
		case *discordgo.ActionsRow:
			if v := inputValue(c.Components); v != "" {
				return v
			}
		}
	}
	return ""
}

// buttonLabel is the label of the button with customID on m (the prompt,
// in the community's language), or "".
func buttonLabel(m *discordgo.Message, customID string) string {
	if m == nil {
		return ""
	}
	for _, row := range m.Components {
		r, ok := row.(*discordgo.ActionsRow)
		if !ok {
			continue
		}
		for _, c := range r.Components {
			if b, ok := c.(*discordgo.Button); ok && b.CustomID == customID {
				return b.Label
			}
		}
	}
	return ""
}

// command answers /trygbot SUBCOMMAND with an ephemeral message.
func (h *inbound) command(i *discordgo.Interaction, data discordgo.ApplicationCommandInteractionData) {
	if len(data.Options) == 0 {
		h.respond(i, "commands: "+strings.Join(bot.Commands, ", "))
		return
	}
	sub := data.Options[0]
	arg := ""
	for _, o := range sub.Options {
		if v, ok := o.Value.(string); ok && o.Type == discordgo.ApplicationCommandOptionString {
			arg = v
		}
	}
	h.deferMessage(i)
	// The answer is ephemeral: only the person who typed the command sees it.
	text, err := h.in.Command(h.ctx, bot.CommandRequest{Platform: Platform, ChatID: i.GuildID, ActorID: i.Member.User.ID,
		ActorName: memberName(i.Member), Roles: append([]string(nil), i.Member.Roles...), Name: sub.Name, Arg: arg, Private: true})
	switch {
	case errors.Is(err, bot.ErrUnknownCommunity):
		text = "This server is not configured for trygbot."
	case err != nil && !errors.Is(err, bot.ErrForbidden):
		h.a.log.Error("command failed", "chat_id", i.GuildID, "user", h.a.pseudonym(i.Member.User.ID), "command", sub.Name, "err", err)
		text = "Something went wrong; the error is logged."
	case sub.Name == "case" && err == nil:
		text = "```\n" + strings.ReplaceAll(text, "```", "``\u200b`") + "\n```"
	case sub.Name == "duty" && err == nil:
		h.editResponse(i, text, dutyButtons()...)
		return
	}
	h.editResponse(i, text)
}

// DutyCustomID is the custom_id prefix of the duty buttons: "duty:on" and
// "duty:off".
const DutyCustomID = "duty:"

// dutyButtons are the buttons under a /trygbot duty answer: go on duty,
// go off duty.
func dutyButtons() []discordgo.MessageComponent {
	return []discordgo.MessageComponent{discordgo.ActionsRow{Components: []discordgo.MessageComponent{
		discordgo.Button{Label: "Go on duty", Style: discordgo.SuccessButton, CustomID: DutyCustomID + "on"},
		discordgo.Button{Label: "Go off duty", Style: discordgo.SecondaryButton, CustomID: DutyCustomID + "off"},
	}}}
}

// dutyButton puts the presser on or off duty (only a moderator may be;
// the bot decides) and answers them alone.
func (h *inbound) dutyButton(i *discordgo.Interaction, state string) {
	text, err := h.in.Command(h.ctx, bot.CommandRequest{Platform: Platform, ChatID: i.GuildID, ActorID: i.Member.User.ID,
		ActorName: memberName(i.Member), Roles: append([]string(nil), i.Member.Roles...), Name: "duty", Arg: state,
		Private: true, Via: storage.DutyByButton})
	switch {
	case errors.Is(err, bot.ErrUnknownCommunity):
		text = "This server is not configured for trygbot."
	case err != nil && !errors.Is(err, bot.ErrForbidden):
		h.a.log.Error("duty not changed", "chat_id", i.GuildID, "user", h.a.pseudonym(i.Member.User.ID), "err", err)
		text = "Something went wrong; the error is logged."
	}
	h.respond(i, text)
}

// report opens a case for a message a member reported.
func (h *inbound) report(i *discordgo.Interaction, data discordgo.ApplicationCommandInteractionData) {
	var m *discordgo.Message
	if data.Resolved != nil {
		m = data.Resolved.Messages[data.TargetID]
	}
	if m == nil {
		h.respond(i, "That message could not be read.")
		return
	}
	h.deferMessage(i)
	if m.ChannelID == "" {
		m.ChannelID = i.ChannelID
	}
	var member *discordgo.Member
	if m.Author != nil && data.Resolved.Members != nil {
		member = data.Resolved.Members[m.Author.ID]
	}
	ev := h.a.event(bot.KindReport, i.GuildID, m, member)
	ev.ReporterID = i.Member.User.ID
	text := ReportThanks
	if err := h.in.Handle(h.ctx, ev); err != nil {
		h.a.log.Error("report not handled", "chat_id", i.GuildID, "message_id", m.ID, "err", err)
		text = "Something went wrong; please tell a moderator directly."
	}
	h.editResponse(i, text)
}

// refused reports whether err is the bot saying no to the actor.
func refused(err error) bool {
	var ae *bot.ActionError
	return errors.Is(err, bot.ErrForbidden) || errors.As(err, &ae)
}

func feedbackText(fb bot.Feedback, err error) string {
	var ae *bot.ActionError
	switch {
	case fb.Text != "":
		return fb.Text
	case errors.As(err, &ae):
		return ae.Text
	case errors.Is(err, bot.ErrUnknownCommunity):
		return "This case is not from a community configured here."
	case err != nil:
		return "Something went wrong; the error is logged."
	}
	return "Done."
}

func memberName(m *discordgo.Member) string {
	if m == nil {
		return ""
	}
	name := m.Nick
	if m.User != nil {
		name = firstNonEmpty(name, m.User.GlobalName, m.User.Username)
	}
	return name
}

// noMentions lets a message mention nobody, whatever its text says.
func noMentions() *discordgo.MessageAllowedMentions {
	return &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}
}

func (h *inbound) respond(i *discordgo.Interaction, text string) {
	err := h.a.s.InteractionRespond(i, &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{Content: clip(text, 2000), Flags: discordgo.MessageFlagsEphemeral,
			AllowedMentions: noMentions()},
	}, discordgo.WithContext(h.ctx))
	if err != nil {
		h.a.log.Error("interaction not answered", "err", translate("respond", err))
	}
}

func (h *inbound) deferUpdate(i *discordgo.Interaction) {
	err := h.a.s.InteractionRespond(i, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredMessageUpdate},
		discordgo.WithContext(h.ctx))
	if err != nil {
		h.a.log.Error("interaction not acknowledged", "err", translate("respond", err))
	}
}

func (h *inbound) deferMessage(i *discordgo.Interaction) {
	err := h.a.s.InteractionRespond(i, &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseDeferredChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{Flags: discordgo.MessageFlagsEphemeral},
	}, discordgo.WithContext(h.ctx))
	if err != nil {
		h.a.log.Error("interaction not acknowledged", "err", translate("respond", err))
	}
}

func (h *inbound) followup(i *discordgo.Interaction, text string) {
	_, err := h.a.s.FollowupMessageCreate(i, false, &discordgo.WebhookParams{Content: clip(text, 2000),
		Flags: discordgo.MessageFlagsEphemeral, AllowedMentions: noMentions()}, discordgo.WithContext(h.ctx))
	if err != nil {
		h.a.log.Error("feedback not sent", "err", translate("followup", err))
	}
}

func (h *inbound) editResponse(i *discordgo.Interaction, text string, comps ...discordgo.MessageComponent) {
	text = clip(text, 2000)
	edit := &discordgo.WebhookEdit{Content: &text, AllowedMentions: noMentions()}
	if len(comps) > 0 {
		edit.Components = &comps
	}
	_, err := h.a.s.InteractionResponseEdit(i, edit, discordgo.WithContext(h.ctx))
	if err != nil {
		h.a.log.Error("command answer not sent", "err", translate("respond", err))
	}
}

// registerCommands puts /trygbot and "Report to moderators" in every
// configured guild, replacing the bot's earlier commands there.
func (a *Adapter) registerCommands(ctx context.Context) error {
	app := a.appID()
	if app == "" {
		return errors.New("discord: register commands: application id unknown")
	}
	no := false
	str := func(name, desc string) []*discordgo.ApplicationCommandOption {
		return []*discordgo.ApplicationCommandOption{{Type: discordgo.ApplicationCommandOptionString, Name: name, Description: desc, Required: true}}
	}
	cmds := []*discordgo.ApplicationCommand{
		{Type: discordgo.ChatApplicationCommand, Name: CommandName, Description: "trygbot moderation tools", DMPermission: &no,
			Options: []*discordgo.ApplicationCommandOption{
				{Type: discordgo.ApplicationCommandOptionSubCommand, Name: "check", Description: "Show what the rules say about a text", Options: str("text", "The text to check")},
				{Type: discordgo.ApplicationCommandOptionSubCommand, Name: "case", Description: "Show a case", Options: str("id", "The case number")},
				{Type: discordgo.ApplicationCommandOptionSubCommand, Name: "reload", Description: "Reload rules and templates (admins)"},
				{Type: discordgo.ApplicationCommandOptionSubCommand, Name: "summary", Description: "This week so far (admins)"},
				{Type: discordgo.ApplicationCommandOptionSubCommand, Name: "duty", Description: "Go on or off duty, or see who is on duty (moderators)",
					Options: []*discordgo.ApplicationCommandOption{{Type: discordgo.ApplicationCommandOptionString, Name: "state",
						Description: "on or off; leave out to see who is on duty",
						Choices:     []*discordgo.ApplicationCommandOptionChoice{{Name: "on", Value: "on"}, {Name: "off", Value: "off"}}}}},
			}},
		{Type: discordgo.MessageApplicationCommand, Name: ReportCommand, DMPermission: &no},
	}
	var errs []error
	for _, g := range a.opt.Guilds {
		if _, err := a.s.ApplicationCommandBulkOverwrite(app, g, cmds, discordgo.WithContext(ctx)); err != nil {
			errs = append(errs, fmt.Errorf("guild %s: %w", g, translate("register commands", err)))
		}
	}
	return errors.Join(errs...)
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}

// clip shortens s to at most n characters (runes), marking the cut.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// pseudonym is how logs name a Discord user: their pseudonym, or "" when
// the adapter has no Pseudonymizer; never their user id.
func (a *Adapter) pseudonym(userID string) string {
	if a.opt.Pseudonyms == nil || userID == "" {
		return ""
	}
	return string(a.opt.Pseudonyms.Of(Platform, userID))
}
