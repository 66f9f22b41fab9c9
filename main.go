// Command trygbot is a chat moderation assistant that flags hate in Danish
// and English community chats and helps volunteer moderators respond. The
// commands live in package cli; the running process in package app.
package main

import (
	"context"
	"os"

	"github.com/trygbot/trygbot/cli"
)

func main() {
	err := cli.Run(context.Background(), os.Args[1:], os.Getenv, os.Stdin, os.Stdout, os.Stderr)
	os.Exit(cli.Exit(os.Stderr, err))
}
