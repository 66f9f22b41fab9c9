package discord

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/bwmarrin/discordgo"

	"github.com/trygbot/trygbot/bot"
	"github.com/trygbot/trygbot/rules"
	"github.com/trygbot/trygbot/storage"

	"github.com/trygbot/trygbot/internal/textsplit"
)

// Embed colours by severity.
const (
	colourUrgent = 0xE53935 // red
	colourHigh   = 0xFB8C00 // orange
	colourMedium = 0xFDD835 // yellow
	colourLow    = 0x9E9E9E // grey
)

// Prompt posts a prompt to the channel p.ChatID as an embed with buttons.
// It mentions nobody but the users of p.Mentions: never a role, never
// @everyone or @here.
func (a *Adapter) Prompt(ctx context.Context, p bot.Prompt) (storage.PromptRef, error) {
	m, err := a.s.ChannelMessageSendComplex(p.ChatID, RenderPrompt(p), discordgo.WithContext(ctx))
	if err != nil {
		a.missingPermission(ctx, "prompt", "", p.ChatID, err)
		return storage.PromptRef{}, translate("prompt", err)
	}
	return storage.PromptRef{Platform: Platform, ChatID: p.ChatID, MessageID: m.ID, Audience: p.Audience}, nil
}

// RenderPrompt returns the message Prompt posts for p: an embed (user text
// markdown-escaped, slurs masked: "z••••••"), its buttons, and the
// mentions of p.Mentions' users alone (allowed_mentions lists exactly
// them). It does not block; the README's Discord screenshot is drawn
// from it.
func RenderPrompt(p bot.Prompt) *discordgo.MessageSend {
	send := &discordgo.MessageSend{Embeds: []*discordgo.MessageEmbed{embed(p)}, Components: buttons(p.Actions),
		AllowedMentions: noMentions()}
	var content []string
	for _, m := range p.Mentions {
		if !digitsOnly(m.UserID) || slices.Contains(send.AllowedMentions.Users, m.UserID) {
			continue // a Discord user id is a number; anything else could be markup
		}
		content = append(content, "<@"+m.UserID+">")
		send.AllowedMentions.Users = append(send.AllowedMentions.Users, m.UserID)
	}
	send.Content = strings.Join(content, " ")
	return send
}

// digitsOnly reports whether s is a non-empty string of ASCII digits.
func digitsOnly(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// UpdatePrompt edits a posted prompt in place: its embed and buttons
// (none once the case is decided).
func (a *Adapter) UpdatePrompt(ctx context.Context, ref storage.PromptRef, p bot.Prompt) error {
	embeds := []*discordgo.MessageEmbed{embed(p)}
	comps := buttons(p.Actions)
	if comps == nil {
		comps = []discordgo.MessageComponent{}
	}
	_, err := a.s.ChannelMessageEditComplex(&discordgo.MessageEdit{ID: ref.MessageID, Channel: ref.ChatID,
		Embeds: &embeds, Components: &comps, AllowedMentions: noMentions()}, discordgo.WithContext(ctx))
	return translate("update prompt", err)
}

// Reply posts r.Text as a reply to the message. Only the replied-to author
// is pinged, whatever the text says (@everyone, roles, users).
func (a *Adapter) Reply(ctx context.Context, r bot.Reply) (string, error) {
	no := false
	m, err := a.s.ChannelMessageSendComplex(r.Channel, &discordgo.MessageSend{
		Content:         clip(r.Text, 2000),
		Reference:       &discordgo.MessageReference{MessageID: r.MessageID, ChannelID: r.Channel, GuildID: r.ChatID, FailIfNotExists: &no},
		AllowedMentions: &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}, RepliedUser: true},
	}, discordgo.WithContext(ctx))
	if err != nil {
		a.missingPermission(ctx, "reply", r.ChatID, r.Channel, err)
		return "", translate("reply", err)
	}
	return m.ID, nil
}

// DeleteMessage deletes a message; the bot needs Manage Messages.
func (a *Adapter) DeleteMessage(ctx context.Context, chatID, channel, messageID string) error {
	err := a.s.ChannelMessageDelete(channel, messageID, discordgo.WithContext(ctx))
	a.missingPermission(ctx, "delete", chatID, channel, err)
	return translate("delete", err)
}

// embed renders a prompt. User text is markdown-escaped; slurs are
// masked. No ||spoiler||: a spoiler opens with a click trygbot neither
// sees nor counts, so the only way to read a hidden word in chat is the
// counted "Show hidden words", answered to the presser alone (ephemeral).
func embed(p bot.Prompt) *discordgo.MessageEmbed {
	e := &discordgo.MessageEmbed{Title: clip(p.Title, 256), Color: colour(p.Severity), URL: p.JumpURL}
	field := func(name, value string) {
		if value != "" {
			e.Fields = append(e.Fields, &discordgo.MessageEmbedField{Name: name, Value: clip(escape(value), 1024), Inline: true})
		}
	}
	field("Community", p.Community)
	field("Channel", p.Channel)
	field("Author", p.Author)

	var b strings.Builder
	for _, line := range strings.Split(clip(masked(p.Message), 1500), "\n") {
		b.WriteString("> " + line + "\n")
	}
	for _, w := range p.Why {
		fmt.Fprintf(&b, "\n• %s", masked(w))
	}
	if len(p.Signals) > 0 {
		fmt.Fprintf(&b, "\n⚑ %s", escape(strings.Join(p.Signals, ", ")))
	}
	for _, t := range p.Templates {
		fmt.Fprintf(&b, "\n**[%d]** _(%s)_ %s", t.Index, escape(t.Tone), escape(t.Text))
	}
	if p.DutyNote != "" {
		fmt.Fprintf(&b, "\n\n%s", escape(p.DutyNote))
	}
	fmt.Fprintf(&b, "\n\n**%s**", escape(p.Status))
	for _, h := range p.History {
		fmt.Fprintf(&b, "\n· %s", escape(h))
	}
	if p.JumpURL != "" {
		fmt.Fprintf(&b, "\n[→ message](%s)", p.JumpURL)
	}
	e.Description = clip(b.String(), 4096)
	return e
}

// masked renders the flagged message or an explanation, markdown-escaped,
// each sensitive piece masked but for its first letter (bot.Masked).
func masked(segs []bot.Segment) string { return escape(bot.Masked(segs)) }

// escaper puts a backslash before every character Discord markdown or
// mention syntax gives a meaning.
var escaper = func() *strings.Replacer {
	var pairs []string
	for _, c := range "\\*_~`|>#-[]<@" {
		pairs = append(pairs, string(c), "\\"+string(c))
	}
	return strings.NewReplacer(pairs...)
}()

// escape makes user text show as typed.
func escape(s string) string { return escaper.Replace(s) }

func colour(s rules.Severity) int {
	switch {
	case s >= rules.SevUrgent:
		return colourUrgent
	case s == rules.SevHigh:
		return colourHigh
	case s == rules.SevMedium:
		return colourMedium
	}
	return colourLow
}

// buttons lays actions out as rows of at most 5 buttons (Discord allows 5
// rows).
func buttons(acts []bot.PromptAction) []discordgo.MessageComponent {
	var rows []discordgo.MessageComponent
	var row discordgo.ActionsRow
	for _, act := range acts {
		if len(rows) == 5 {
			break
		}
		style := discordgo.SecondaryButton
		switch act.Kind {
		case bot.ActTemplate, bot.ActClaim:
			style = discordgo.PrimaryButton
		case bot.ActDelete, bot.ActEscalate:
			style = discordgo.DangerButton
		}
		row.Components = append(row.Components, discordgo.Button{Label: clip(act.Label, 80), Style: style, CustomID: act.Data})
		if len(row.Components) == 5 {
			rows = append(rows, row)
			row = discordgo.ActionsRow{}
		}
	}
	if len(row.Components) > 0 && len(rows) < 5 {
		rows = append(rows, row)
	}
	return rows
}

// DirectMessage sends text to a user in a private channel (a DM),
// pinging nobody (bot.Messenger). Discord refuses it when the user
// accepts no DMs from the server's members.
func (a *Adapter) DirectMessage(ctx context.Context, userID, text string) error {
	ch, err := a.s.UserChannelCreate(userID, discordgo.WithContext(ctx))
	if err != nil {
		return translate("direct message", err)
	}
	_, err = a.s.ChannelMessageSendComplex(ch.ID, &discordgo.MessageSend{Content: clip(text, 2000), AllowedMentions: noMentions()},
		discordgo.WithContext(ctx))
	return translate("direct message", err)
}

// Post sends a plain message (Markdown) to a channel, split to Discord's
// 2,000 characters, pinging nobody.
func (a *Adapter) Post(ctx context.Context, channel, text string) error {
	for _, part := range textsplit.Split(text, 1900) {
		_, err := a.s.ChannelMessageSendComplex(channel, &discordgo.MessageSend{
			Content:         part,
			AllowedMentions: &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}},
		}, discordgo.WithContext(ctx))
		if err != nil {
			return translate("post", err)
		}
	}
	return nil
}
