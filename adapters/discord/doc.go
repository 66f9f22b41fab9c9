// Package discord is the Discord adapter, on github.com/bwmarrin/discordgo:
// it receives guild messages, edits, button presses, the /trygbot slash
// command and the "Report to moderators" message command over the gateway,
// feeds them to the bot's Inbox, and carries out its Outbox over REST
// (prompts as embeds with buttons, replies that can only mention the
// author, deletions).
//
// It imports bot, rules and storage only.
package discord
