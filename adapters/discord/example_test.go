package discord_test

import (
	"context"
	"log/slog"
	"os"

	"github.com/trygbot/trygbot/adapters/discord"
	"github.com/trygbot/trygbot/bot"
)

// New makes the adapter; Run connects it and feeds the bot, which sends
// prompts and replies through it once added as the discord outbox.
func ExampleNew() {
	logger := slog.New(slog.NewTextHandler(os.Stderr, nil))
	a, err := discord.New(logger, os.Getenv("DISCORD_TOKEN"), discord.Options{Guilds: []string{"100000000000000001"}})
	if err != nil {
		logger.Error("discord", "err", err)
		return
	}
	var b *bot.Bot // bot.New(...)
	if b != nil {
		b.AddOutbox(discord.Platform, a)
		_ = a.Run(context.Background(), b)
	}
}
