package bot

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/trygbot/trygbot/rules"
	"github.com/trygbot/trygbot/storage"
)

// Event is one message as an adapter delivers it: new, edited, or
// reported by a member.
type Event struct {
	Kind     EventKind `json:"kind"`
	Platform string    `json:"platform"`
	// ChatID is the community's chat on the platform: a Discord guild, a
	// Telegram group.
	ChatID string `json:"chat_id"`
	// Channel is the channel, thread or topic inside it ("" for none).
	Channel     string `json:"channel"`
	ChannelName string `json:"channel_name,omitempty"`
	MessageID   string `json:"message_id"`
	AuthorID    string `json:"author_id"`
	AuthorName  string `json:"author_name"`
	AuthorIsBot bool   `json:"author_is_bot,omitempty"`
	// AuthorRoles are the author's platform role ids, for exemptions.
	AuthorRoles []string  `json:"author_roles,omitempty"`
	Text        string    `json:"text"`
	At          time.Time `json:"at"`
	JumpURL     string    `json:"jump_url,omitempty"`
	// ReporterID is the member who reported the message (KindReport).
	ReporterID string `json:"reporter_id,omitempty"`
}

// EventKind says what happened to a message.
type EventKind string

// Kinds of events.
const (
	KindMessage EventKind = "message"
	KindEdit    EventKind = "edit"
	KindReport  EventKind = "report" // a member reported it to the moderators
	// KindDelete: the platform reports the message deleted (Discord's
	// MESSAGE_DELETE; Telegram does not tell bots). Only the ids are set.
	KindDelete EventKind = "delete"
)

// ActionKind is what a moderator pressed on a prompt.
type ActionKind string

// Moderator actions.
const (
	ActClaim    ActionKind = "claim"    // "I'll handle it"
	ActTemplate ActionKind = "template" // send suggested template Arg (1-based)
	ActDismiss  ActionKind = "dismiss"  // not hate (false positive), Arg: reason
	ActEscalate ActionKind = "escalate" // to coordinators
	ActDelete   ActionKind = "delete"   // delete the message, where allowed
	ActNote     ActionKind = "note"     // add a note, Arg: text
	ActClose    ActionKind = "close"    // coordinators close an escalated case
)

// ActionRequest is one press of an action by a platform user.
type ActionRequest struct {
	Platform string
	CaseID   storage.CaseID
	// Nonce is the case's nonce as the button, dialog or form carried it
	// (CaseRef): Act refuses the action, with an ActionError that says
	// so, unless it is the case's, since the button was then made for an
	// earlier case with the same number (the store lost its data).
	Nonce string
	// ByNumber: the actor named the case by its number alone, typed as
	// in the console's "/claim 3", so there is no nonce to check.
	ByNumber  bool
	Kind      ActionKind
	Arg       string
	ActorID   string   // platform user id
	ActorName string   // display name, for the prompt
	Roles     []string // the actor's role ids on the platform, if any
	// Role, when set, is the actor's role as established by the caller
	// itself (the dashboard's login); chat adapters leave it unset so the
	// community's configuration decides.
	Role Role
	// Lang is the language to answer in when the case and so its
	// community are unknown (English by default).
	Lang string
	// Communities, when not nil, are the ids of the only communities
	// whose cases the actor may act on, whatever their role (an ingest
	// client's, a dashboard login scoped to some communities); an action
	// on another community's case is refused with ErrForbidden.
	Communities []string
	// Volunteer is, for a dashboard login (Role set, no Platform), its
	// own chat account per platform (platform → user id): what it
	// unmasks, claims or handles counts in that account's daily exposure.
	// Without one there, the dashboard's actions count in nobody's.
	Volunteer map[string]string
}

// Feedback is what the actor is told after an action, in the community's
// language.
type Feedback struct {
	Text string
}

// Inbox is what adapters feed. The bot implements it.
type Inbox interface {
	// Handle evaluates one message event; it is called for every message
	// the adapter sees, in any order across channels. It may block on
	// storage and on the outbox.
	Handle(ctx context.Context, ev Event) error
	// Act performs a moderator action and says what to tell the actor. It
	// returns ErrForbidden when the actor may not act, and *ActionError for
	// an action that cannot be done now (already claimed, closed case).
	Act(ctx context.Context, req ActionRequest) (Feedback, error)
	// Command answers an admin command ("check", "case", "reload",
	// "summary"); see Bot.Command.
	Command(ctx context.Context, req CommandRequest) (string, error)
}

// ChatChecker is the optional capability of an Inbox to say whether a
// community is configured for a platform chat, so an adapter can refuse a
// message no community would take (the ingest API answers 422) instead of
// accepting it and dropping it. Bot and QueueInbox have it. It does not
// block.
type ChatChecker interface {
	Configured(platform, chatID string) bool
}

// Outbox carries out what the bot decides on one platform. Adapters
// implement it.
type Outbox interface {
	// Prompt posts a moderator prompt to p.ChatID and returns where it went.
	Prompt(ctx context.Context, p Prompt) (storage.PromptRef, error)
	// UpdatePrompt edits a posted prompt in place.
	UpdatePrompt(ctx context.Context, ref storage.PromptRef, p Prompt) error
	// Reply posts text as a reply to a message, mentioning only its author
	// (whatever the text says). It returns the new message's id.
	Reply(ctx context.Context, r Reply) (string, error)
}

// Deleter is the optional capability to delete a message.
type Deleter interface {
	DeleteMessage(ctx context.Context, chatID, channel, messageID string) error
}

// Adapter is a platform connection: it runs until ctx is done, feeding the
// inbox, and carries out the outbox.
type Adapter interface {
	Outbox
	// Platform names the platform ("discord", "telegram", "console").
	Platform() string
	// Run receives events until ctx is done or the connection fails for
	// good.
	Run(ctx context.Context, in Inbox) error
}

// Reply is a de-escalation reply to a flagged message.
type Reply struct {
	// CaseID is the case replied to: a store that keeps the reply (the
	// ingest outbox) erases it with the case's evidence.
	CaseID    storage.CaseID
	ChatID    string
	Channel   string
	MessageID string // the message replied to
	AuthorID  string // the only user the reply may mention
	Text      string
}

// Errors the bot returns to adapters.
var (
	// ErrForbidden: the actor is not a moderator, admin or coordinator of
	// the case's community.
	ErrForbidden = errors.New("bot: not allowed")
	// ErrUnknownCommunity: a chat no community is configured for.
	ErrUnknownCommunity = errors.New("bot: unknown community")
	// ErrNotHere: a command whose answer shows cases, rules or counts
	// (case, check, summary) typed in the community's own chat, where
	// members would read it. It wraps ErrForbidden.
	ErrNotHere = fmt.Errorf("%w: only in the moderators' or coordinators' chat, or privately", ErrForbidden)
)

// ActionError is an action that cannot be done in the case's current
// state; Text is the message for the actor.
type ActionError struct {
	Text string
}

func (e *ActionError) Error() string { return "bot: " + e.Text }

// RateLimitError is returned by outboxes when the platform asked to wait;
// the bot retries after RetryAfter.
type RateLimitError struct {
	RetryAfter time.Duration
}

func (e *RateLimitError) Error() string {
	return fmt.Sprintf("rate limited, retry after %s", e.RetryAfter)
}

// Evaluator is the rules engine as the bot uses it (rules.Holder).
type Evaluator interface {
	Evaluate(rules.Message) rules.Verdict
}

// Poster is the optional capability to post a plain message (the weekly
// summary, in Markdown where the platform shows it) to a chat, mentioning
// nobody. Long texts are split by the adapter.
type Poster interface {
	Post(ctx context.Context, chatID, text string) error
}
