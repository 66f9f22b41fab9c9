package discord

import (
	"github.com/bwmarrin/discordgo"

	"github.com/trygbot/trygbot/bot"
)

// messageDelete tells the inbox that a guild message was deleted
// (MESSAGE_DELETE carries only its ids), so a flagged message's case
// records it for the template trials. Who deleted it is not in the event:
// the author, a moderator or another bot. Bulk deletes
// (MESSAGE_DELETE_BULK) are a moderator's purge and are not reported.
func (h *inbound) messageDelete(_ *discordgo.Session, m *discordgo.MessageDelete) {
	defer h.recover("MESSAGE_DELETE")
	if m.Message == nil || m.GuildID == "" || m.ID == "" {
		return
	}
	ev := bot.Event{Kind: bot.KindDelete, Platform: Platform, ChatID: m.GuildID, Channel: m.ChannelID, MessageID: m.ID,
		At: h.a.now().UTC()}
	if err := h.in.Handle(h.ctx, ev); err != nil && h.ctx.Err() == nil {
		h.a.log.Error("message deletion not handled", "chat_id", ev.ChatID, "channel", ev.Channel, "message_id", ev.MessageID, "err", err)
	}
}
