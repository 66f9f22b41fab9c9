package bot

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/trygbot/trygbot/rules"
	"github.com/trygbot/trygbot/storage"
)

// CommandRequest is an admin or coordinator command typed in a chat:
// "check TEXT", "case ID", "reload" or "summary".
type CommandRequest struct {
	Platform string
	// ChatID is the chat the command was typed in: a community's chat, or
	// its moderators', second or coordinators' chat; empty, with Private,
	// for a private chat with the bot.
	ChatID  string
	ActorID string
	Roles   []string
	Name    string // check, case, reload, summary, duty
	Arg     string
	// ActorName is the actor's display name (duty: shown to others).
	ActorName string
	// Via is what the actor pressed or typed: "" for a command,
	// storage.DutyByButton for the Discord duty button.
	Via string
	// Private: only the actor sees the answer (a Discord ephemeral
	// answer, a private chat with the Telegram bot). Without it, check,
	// case and summary are answered only in the moderators', second or
	// coordinators' chat, never in the community's own chat. In a
	// private chat (Private, no ChatID), the community is the case's
	// (case) or the first where the actor has the role the command needs.
	Private bool
}

// Commands lists the commands, for adapters that register them.
var Commands = []string{"check", "case", "reload", "summary", "duty"}

// Command answers a command with text for the actor, in the community's
// language. check and case are for moderators and up; reload and summary
// for admins and coordinators; duty ("duty on", "duty off", "duty") for
// moderators and up, in a staff chat for its community or privately for
// each of the actor's communities on the platform. It returns
// ErrForbidden (with the refusal
// as text) for anyone else, ErrNotHere (which wraps ErrForbidden, with
// where to ask as text) for check, case, summary or duty typed in the
// community's own chat, and ErrUnknownCommunity for an unknown chat.
func (b *Bot) Command(ctx context.Context, req CommandRequest) (string, error) {
	if req.Name == "duty" {
		return b.dutyCommand(ctx, req)
	}
	need := RoleModerator
	if req.Name == "reload" || req.Name == "summary" {
		need = RoleAdmin
	}
	comm := b.communityForChat(req.Platform, req.ChatID)
	if req.Private && req.ChatID == "" {
		var err error
		if comm, err = b.privateCommunity(ctx, req, need); err != nil {
			return "", err
		}
		if comm == nil { // a moderator of no community
			b.refuseCommand(ctx, req, RoleNone, "")
			return texts("en").fbForbidden, ErrForbidden
		}
	}
	if comm == nil {
		return "", ErrUnknownCommunity
	}
	t := texts(comm.Lang)
	role := comm.RoleOf(req.ActorID, req.Roles)
	if showsCases(req.Name) && !req.Private && !comm.staffChat(req.ChatID) {
		b.refuseCommand(ctx, req, role, "outside the moderators' chats")
		return t.fbNotHere, ErrNotHere
	}
	if role < need {
		b.refuseCommand(ctx, req, role, "")
		return t.fbForbidden, ErrForbidden
	}
	b.audit(ctx, 0, req.ActorID, role.String(), "command", req.Name)
	switch req.Name {
	case "check":
		if strings.TrimSpace(req.Arg) == "" {
			return "check TEXT", nil
		}
		v := b.eval.Evaluate(rules.Message{Platform: req.Platform, Community: comm.ID, Lang: comm.Lang, Text: req.Arg})
		return verdictText(v, comm.Lang), nil
	case "case":
		id, err := strconv.ParseInt(strings.TrimPrefix(strings.TrimSpace(req.Arg), "#"), 10, 64)
		if err != nil {
			return fmt.Sprintf(t.fbUnknownCase, req.Arg), nil
		}
		c, err := b.store.GetCase(ctx, storage.CaseID(id))
		if errors.Is(err, storage.ErrNotFound) || err == nil && c.Community != comm.ID {
			return fmt.Sprintf(t.fbUnknownCase, req.Arg), nil
		}
		if err != nil {
			return "", fmt.Errorf("bot: case command: %w", err)
		}
		return b.buildPrompt(c, comm, "command", "").PlainText(), nil
	case "reload":
		if b.opt.Reload == nil {
			return "reload is not available here", nil
		}
		if err := b.opt.Reload(); err != nil {
			return "✗ " + err.Error(), nil
		}
		return "✓ rules and templates reloaded", nil
	case "summary":
		return b.weekSoFar(ctx, comm)
	}
	return "commands: " + strings.Join(Commands, ", "), nil
}

// showsCases: the command's answer shows cases, rules or counts, which
// are for the moderators only.
func showsCases(name string) bool { return name == "check" || name == "case" || name == "summary" }

// refuseCommand records a refused command in the audit log; a member is
// recorded under their pseudonym.
func (b *Bot) refuseCommand(ctx context.Context, req CommandRequest, role Role, why string) {
	actor := req.ActorID
	if role == RoleNone {
		actor = string(b.pseud.Of(req.Platform, req.ActorID))
	}
	detail := "command " + req.Name
	if why != "" {
		detail += " " + why
	}
	b.audit(ctx, 0, actor, role.String(), "refused", detail)
}

// privateCommunity is the community of a command typed in a private
// chat with the bot: for case, the case's if it
// exists on the platform; else the first community on the platform where
// the actor has the role need. It returns nil when there is none.
func (b *Bot) privateCommunity(ctx context.Context, req CommandRequest, need Role) (*Community, error) {
	if req.Name == "case" {
		id, err := strconv.ParseInt(strings.TrimPrefix(strings.TrimSpace(req.Arg), "#"), 10, 64)
		if err == nil {
			c, err := b.store.GetCase(ctx, storage.CaseID(id))
			if err != nil && !errors.Is(err, storage.ErrNotFound) {
				return nil, fmt.Errorf("bot: case command: %w", err)
			}
			if comm, ok := b.byID[c.Community]; err == nil && ok && c.Platform == req.Platform {
				return comm, nil
			}
		}
	}
	for i := range b.opt.Communities {
		c := &b.opt.Communities[i]
		if c.Platform == req.Platform && c.RoleOf(req.ActorID, req.Roles) >= need {
			return c, nil
		}
	}
	return nil, nil
}

// communityForChat finds a community by its chat or by one of its
// moderators', second or coordinators' chats.
func (b *Bot) communityForChat(platform, chat string) *Community {
	if c, ok := b.Community(platform, chat); ok {
		return c
	}
	for i := range b.opt.Communities {
		c := &b.opt.Communities[i]
		if c.Platform == platform && (c.ModeratorsChat == chat || c.SecondChat == chat || c.CoordinatorsChat == chat) {
			return c
		}
	}
	return nil
}

// verdictText renders a verdict in a few lines for a chat.
func verdictText(v rules.Verdict, lang string) string {
	var b strings.Builder
	if v.Flagged {
		fmt.Fprintf(&b, "⚑ %s (%s, %.2f)\n", rules.CategoryName(v.Category, lang), texts(lang).severity(v.Severity), v.Score)
	} else {
		fmt.Fprintf(&b, "✓ %.2f\n", v.Score)
	}
	for _, m := range v.Matches {
		fmt.Fprintf(&b, "• %s [%s]\n", m.Why, m.Rule)
	}
	for _, m := range v.Guarded {
		fmt.Fprintf(&b, "◦ %s [%s]: %s\n", m.Why, m.Rule, m.Guard)
	}
	return strings.TrimRight(b.String(), "\n")
}

// weekSoFar counts this ISO week's messages, flags and outcomes.
func (b *Bot) weekSoFar(ctx context.Context, comm *Community) (string, error) {
	now := b.opt.Now().In(b.loc)
	wd := (int(now.Weekday()) + 6) % 7 // Monday = 0
	start := time.Date(now.Year(), now.Month(), now.Day()-wd, 0, 0, 0, 0, b.loc)
	if err := b.Flush(ctx); err != nil {
		return "", err
	}
	vol, err := b.store.Volume(ctx, start.UTC(), now.UTC().Add(time.Hour))
	if err != nil {
		return "", fmt.Errorf("bot: summary: %w", err)
	}
	var msgs, flagged int64
	for _, v := range vol {
		if v.Community == comm.ID {
			msgs += v.Messages
			flagged += v.Flagged
		}
	}
	cs, err := b.store.ListCases(ctx, storage.CaseQuery{Community: comm.ID, Since: start.UTC()})
	if err != nil {
		return "", fmt.Errorf("bot: summary: %w", err)
	}
	byCat, byOutcome := map[string]int{}, map[string]int{}
	for _, c := range cs {
		byCat[rules.CategoryName(c.Category, comm.Lang)]++
		o := c.Outcome
		if o == "" {
			o = string(c.State)
		}
		byOutcome[o]++
	}
	year, week := now.ISOWeek()
	var s strings.Builder
	fmt.Fprintf(&s, "%s · %d-W%02d: %d messages, %d flagged, %d cases\n", firstNonEmpty(comm.Name, comm.ID), year, week, msgs, flagged, len(cs))
	fmt.Fprintf(&s, "%s\n%s", countLine(byCat), countLine(byOutcome))
	if d := b.dutySummary(ctx, comm); d != "" {
		s.WriteString("\n" + d)
	}
	return s.String(), nil
}

func countLine(m map[string]int) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s %d", k, m[k])
	}
	return strings.Join(parts, ", ")
}
