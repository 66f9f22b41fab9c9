// Package discord is the Discord adapter, on github.com/bwmarrin/discordgo:
// it receives guild messages, edits, button presses (with a dialog for a
// note or a "not hate" reason), the /trygbot slash command and the "Report
// to moderators" message command over the gateway, feeds them to the bot's
// Inbox, and carries out its Outbox over REST (prompts as embeds with
// buttons, replies that can only mention the author, deletions). When
// Discord refuses one of those for a missing permission, it logs which one
// and tells the guild's moderators, at most once an hour per channel.
//
// It imports bot, rules and storage only.
package discord
