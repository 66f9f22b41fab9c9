// Package console is a terminal adapter: messages are typed as
// "user@channel: text", prompts are printed, and moderators act by typing
// commands such as "/claim 3" or "/send 3 2". It powers `trygbot demo`.
//
// It imports bot and storage only.
package console

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/trygbot/trygbot/bot"
	"github.com/trygbot/trygbot/storage"
)

// Platform is the console's platform name.
const Platform = "console"

// Adapter reads messages and commands from In and prints to Out.
type Adapter struct {
	in     io.Reader
	out    io.Writer
	chatID string
	// Moderator is who commands act as ("you" by default); Roles are
	// their roles.
	Moderator string
	Roles     []string
	// Lang is the language the console answers in: "da" or "en" (the
	// default).
	Lang string
	// Now stamps typed messages (time.Now).
	Now func() time.Time

	mu   sync.Mutex
	next int
}

var (
	_ bot.Adapter = (*Adapter)(nil)
	_ bot.Deleter = (*Adapter)(nil)
)

// New makes a console adapter for the community whose chat id is chatID.
func New(in io.Reader, out io.Writer, chatID string) *Adapter {
	return &Adapter{in: in, out: out, chatID: chatID, Moderator: "you", Now: time.Now}
}

// Platform returns "console".
func (a *Adapter) Platform() string { return Platform }

// Help is printed by /help.
const Help = `Type a message as  name@channel: text   (for example  anna@general: hej alle)
Moderator commands (acting as the current moderator):
  /claim N          take case N ("I'll handle it")
  /send N K         send suggested reply K of case N
  /nothate N [why]  dismiss case N as not hate
  /escalate N       send case N to the coordinators
  /delete N         delete the message of case N (where allowed)
  /note N text      add a note to case N
  /close N          close an escalated case (coordinators)
  /as NAME          act as another moderator
  /help             show this
End with Ctrl-D.`

// Run reads lines until EOF or ctx is done.
func (a *Adapter) Run(ctx context.Context, in bot.Inbox) error {
	sc := bufio.NewScanner(a.in)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for sc.Scan() {
		if ctx.Err() != nil {
			return nil
		}
		if err := a.Line(ctx, in, sc.Text()); err != nil {
			return err
		}
	}
	return sc.Err()
}

// Line handles one typed line: a message or a command.
func (a *Adapter) Line(ctx context.Context, in bot.Inbox, line string) error {
	line = strings.TrimSpace(line)
	if line == "" {
		return nil
	}
	if strings.HasPrefix(line, "/") {
		a.command(ctx, in, line)
		return nil
	}
	who, text, ok := strings.Cut(line, ":")
	user, channel, _ := strings.Cut(who, "@")
	user, channel = strings.TrimSpace(user), strings.TrimSpace(channel)
	if !ok || user == "" || strings.ContainsAny(user, " \t") {
		fmt.Fprintln(a.out, a.texts().badMessage)
		return nil
	}
	if channel == "" {
		channel = "general"
	}
	a.mu.Lock()
	a.next++
	id := fmt.Sprintf("c%d", a.next)
	a.mu.Unlock()
	return in.Handle(ctx, bot.Event{Kind: bot.KindMessage, Platform: Platform, ChatID: a.chatID, Channel: channel,
		ChannelName: "#" + channel, MessageID: id, AuthorID: user, AuthorName: user, Text: strings.TrimSpace(text), At: a.Now()})
}

// consoleTexts are the console's own answers, by language.
var consoleTexts = map[string]struct{ badMessage, unknown, caseNumber, sendUsage, failed string }{
	"en": {badMessage: "? write messages as  name@channel: text  (or /help)", unknown: "? unknown command; /help lists them",
		caseNumber: "? give the case number, for example /claim 3", sendUsage: "? /send N K sends reply K of case N, for example /send 3 1",
		failed: "That could not be done just now. Please try again in a moment."},
	"da": {badMessage: "? skriv beskeder som  navn@kanal: tekst  (eller /help)", unknown: "? ukendt kommando; /help viser dem",
		caseNumber: "? skriv sagens nummer, for eksempel /claim 3", sendUsage: "? /send N K sender svar K på sag N, for eksempel /send 3 1",
		failed: "Det kunne ikke lade sig gøre lige nu. Prøv igen om lidt."},
}

func (a *Adapter) texts() struct{ badMessage, unknown, caseNumber, sendUsage, failed string } {
	if t, ok := consoleTexts[a.Lang]; ok {
		return t
	}
	return consoleTexts["en"]
}

func (a *Adapter) command(ctx context.Context, in bot.Inbox, line string) {
	t := a.texts()
	f := strings.Fields(line)
	cmd := strings.TrimPrefix(f[0], "/")
	if cmd == "help" {
		fmt.Fprintln(a.out, Help)
		return
	}
	if cmd == "as" {
		if len(f) < 2 {
			fmt.Fprintln(a.out, "? /as NAME")
			return
		}
		a.Moderator = f[1]
		fmt.Fprintf(a.out, "(acting as %s)\n", a.Moderator)
		return
	}
	kinds := map[string]bot.ActionKind{"claim": bot.ActClaim, "send": bot.ActTemplate, "nothate": bot.ActDismiss,
		"escalate": bot.ActEscalate, "delete": bot.ActDelete, "note": bot.ActNote, "close": bot.ActClose}
	kind, ok := kinds[cmd]
	if !ok || len(f) < 2 {
		fmt.Fprintln(a.out, t.unknown)
		return
	}
	id, err := strconv.ParseInt(strings.TrimPrefix(f[1], "#"), 10, 64)
	if err != nil {
		fmt.Fprintln(a.out, t.caseNumber)
		return
	}
	if kind == bot.ActTemplate && len(f) != 3 {
		fmt.Fprintln(a.out, t.sendUsage)
		return
	}
	arg := strings.Join(f[2:], " ")
	// The moderator typed the number: there is no button nonce to check.
	fb, err := in.Act(ctx, bot.ActionRequest{Platform: Platform, CaseID: storage.CaseID(id), ByNumber: true, Kind: kind, Arg: arg,
		ActorID: a.Moderator, ActorName: a.Moderator, Roles: a.Roles, Lang: a.Lang})
	var ae *bot.ActionError
	switch {
	case fb.Text != "":
		fmt.Fprintf(a.out, "  %s → %s\n", a.Moderator, fb.Text)
	case errors.As(err, &ae):
		fmt.Fprintf(a.out, "  %s → %s\n", a.Moderator, ae.Text)
	case err != nil:
		// the detail is the bot's to log; the moderator gets a sentence
		fmt.Fprintf(a.out, "  %s → %s\n", a.Moderator, t.failed)
	}
}

// Prompt prints a new prompt.
func (a *Adapter) Prompt(_ context.Context, p bot.Prompt) (storage.PromptRef, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.next++
	id := fmt.Sprintf("p%d", a.next)
	fmt.Fprintf(a.out, "\n[to %s]\n%s", p.ChatID, p.PlainText())
	return storage.PromptRef{Platform: Platform, ChatID: p.ChatID, MessageID: id}, nil
}

// UpdatePrompt prints the prompt's new status.
func (a *Adapter) UpdatePrompt(_ context.Context, ref storage.PromptRef, p bot.Prompt) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	fmt.Fprintf(a.out, "  ↻ [%s] %s: %s\n", ref.ChatID, p.Title, p.Status)
	return nil
}

// Reply prints the reply as it would appear in the channel.
func (a *Adapter) Reply(_ context.Context, r bot.Reply) (string, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.next++
	fmt.Fprintf(a.out, "  ↳ #%s trygbot (reply to %s): %s\n", r.Channel, r.AuthorID, r.Text)
	return fmt.Sprintf("c%d", a.next), nil
}

// DeleteMessage prints the deletion.
func (a *Adapter) DeleteMessage(_ context.Context, chatID, channel, messageID string) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	fmt.Fprintf(a.out, "  ✕ #%s message %s deleted\n", channel, messageID)
	return nil
}

// Post prints a message for a chat.
func (a *Adapter) Post(_ context.Context, chatID, text string) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	fmt.Fprintf(a.out, "\n[to %s]\n%s\n", chatID, text)
	return nil
}
