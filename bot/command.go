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
	ChatID   string // the community's chat the command was typed in, or its moderators' chat
	ActorID  string
	Roles    []string
	Name     string // check, case, reload, summary
	Arg      string
}

// Commands lists the commands, for adapters that register them.
var Commands = []string{"check", "case", "reload", "summary"}

// Command answers a command with text for the actor, in the community's
// language. check and case are for moderators and up; reload and summary
// for admins and coordinators. It returns ErrForbidden (with the refusal
// as text) for anyone else, and ErrUnknownCommunity for an unknown chat.
func (b *Bot) Command(ctx context.Context, req CommandRequest) (string, error) {
	comm := b.communityForChat(req.Platform, req.ChatID)
	if comm == nil {
		return "", ErrUnknownCommunity
	}
	t := texts(comm.Lang)
	role := comm.RoleOf(req.ActorID, req.Roles)
	need := RoleModerator
	if req.Name == "reload" || req.Name == "summary" {
		need = RoleAdmin
	}
	if role < need {
		actor := req.ActorID
		if role == RoleNone { // a member, recorded under their pseudonym
			actor = string(b.pseud.Of(req.Platform, req.ActorID))
		}
		b.audit(ctx, 0, actor, role.String(), "refused", "command "+req.Name)
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
