package storage

import (
	"context"
	"crypto/rand"
	"encoding/base32"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/trygbot/trygbot/rules"
)

// Errors returned by every Store.
var (
	// ErrNotFound: no record with that key.
	ErrNotFound = errors.New("storage: not found")
	// ErrClosed: the store was closed.
	ErrClosed = errors.New("storage: closed")
)

// CaseID numbers cases; it is what moderators type ("/case 42").
type CaseID int64

// State is where a case is in its life:
// open -> claimed -> responded | dismissed | escalated | deleted -> closed.
type State string

// Case states.
const (
	StateOpen      State = "open"
	StateClaimed   State = "claimed"
	StateResponded State = "responded"
	StateDismissed State = "dismissed"
	StateEscalated State = "escalated"
	StateDeleted   State = "deleted"
	StateClosed    State = "closed"
)

// Outcome codes a closed case keeps, for reports.
const (
	OutcomeResponded = "responded"    // a template or own reply was sent
	OutcomeDismissed = "not_hate"     // a moderator judged it a false positive
	OutcomeEscalated = "escalated"    // handed to coordinators
	OutcomeDeleted   = "deleted"      // the message was deleted
	OutcomeExpired   = "expired"      // nobody handled it before it was closed
	OutcomeHandled   = "handled_else" // handled outside trygbot
)

// PromptRef is where a moderator prompt for a case was posted, so it can be
// edited in place.
type PromptRef struct {
	Platform  string `json:"platform"`
	ChatID    string `json:"chat_id"`
	MessageID string `json:"message_id"`
	// Audience is who the prompt went to: "moderators", "second", or
	// "coordinators".
	Audience string `json:"audience"`
}

// Note is a moderator's note on a case.
type Note struct {
	Actor string    `json:"actor"`
	At    time.Time `json:"at"`
	Text  string    `json:"text"`
}

// Case is one flagged (or user-reported) message and what was done about
// it. Fields marked evidence hold personal data and are erased by Purge
// after the retention period; the rest is kept for reports.
type Case struct {
	ID CaseID `json:"id"`
	// Nonce is random, given by CreateCase (NewNonce) unless set, and
	// never changed. With ID it names the case in button data, dialogs,
	// dashboard forms and the ingest outbox: a store that lost its data
	// (Redis restarted empty) numbers cases from 1 again, but each new
	// case gets a new nonce, so a button made for an earlier case with
	// the same number can be told apart and refused. Cases made before
	// nonces existed have none.
	Nonce string `json:"nonce,omitempty"`
	// Key makes case creation idempotent: CaseKey of the message's
	// platform, chat, channel and id.
	Key       string `json:"key"`
	Platform  string `json:"platform"`
	Community string `json:"community"`
	Channel   string `json:"channel"` // platform channel id
	// ChannelName is the channel's display name, for prompts and reports.
	ChannelName string `json:"channel_name,omitempty"`
	MessageID   string `json:"message_id"`
	// Author is the author's pseudonym (keyed hash), never the platform id.
	Author rules.UserID `json:"author"`
	Lang   string       `json:"lang"`

	// Evidence, erased by Purge.
	AuthorName string        `json:"author_name,omitempty"` // display name, shown to moderators only
	AuthorRef  string        `json:"author_ref,omitempty"`  // platform user id, for replies and mentions
	Text       string        `json:"text,omitempty"`
	JumpURL    string        `json:"jump_url,omitempty"`
	Verdict    rules.Verdict `json:"verdict"`
	Notes      []Note        `json:"notes,omitempty"`
	Purged     bool          `json:"purged,omitempty"`

	// Context, evidence too, is the channel around a threat's message
	// (the message itself marked Subject), for its evidence pack.
	Context []ContextMessage `json:"context,omitempty"`

	Category     rules.Category `json:"category"`
	Severity     rules.Severity `json:"severity"`
	Rules        []string       `json:"rules,omitempty"`
	Signals      []string       `json:"signals,omitempty"` // repeat, pile_on, edited
	UserReported bool           `json:"user_reported,omitempty"`
	Reporter     string         `json:"reporter,omitempty"` // pseudonym of the reporting member
	// Source is what opened the case: "" for the rules (or a member's
	// report, see UserReported), SourceModel for a model's second opinion
	// where the rules were silent. See FlaggedBy.
	Source string `json:"source,omitempty"`
	// Model is a model's second opinion on the message, once it answered
	// (none while it was not asked, or did not answer). It never removes
	// a rule's flag.
	Model *ModelOpinion `json:"model,omitempty"`

	State   State  `json:"state"`
	Outcome string `json:"outcome,omitempty"`
	Owner   string `json:"owner,omitempty"` // moderator who claimed it (platform user id)
	// OwnerName is the moderator's display name, for the prompt.
	OwnerName string `json:"owner_name,omitempty"`

	CreatedAt       time.Time `json:"created_at"`
	ClaimedAt       time.Time `json:"claimed_at,omitempty"`
	FirstResponseAt time.Time `json:"first_response_at,omitempty"`
	ClosedAt        time.Time `json:"closed_at,omitempty"`
	// Deadline is when an unclaimed case is offered again.
	Deadline time.Time `json:"deadline,omitempty"`
	Reoffers int       `json:"reoffers,omitempty"`

	// Suggested are the ids of the templates the prompt offered, in order
	// ("send template 2" sends Suggested[1]).
	Suggested []string `json:"suggested,omitempty"`
	// Template is the id of the de-escalation template sent, if any, and
	// FollowUpUntil the end of the window in which a new flag on the same
	// author counts against it.
	Template      string    `json:"template,omitempty"`
	FollowUpUntil time.Time `json:"follow_up_until,omitempty"`
	FlaggedAgain  bool      `json:"flagged_again,omitempty"`
	// Offer is how the prompt ordered Suggested (template trials), and
	// Tone the tone of Template, recorded when it was sent (a reply "to
	// the person who was targeted" has the tone support).
	Offer Offer  `json:"offer,omitzero"`
	Tone  string `json:"tone,omitempty"`
	// DeletedAt is when the platform reported the flagged message
	// deleted (Discord does; Telegram does not tell bots), whoever
	// deleted it.
	DeletedAt time.Time `json:"deleted_at,omitzero"`

	Prompts []PromptRef `json:"prompts,omitempty"`
	// PromptDue, when set, says prompts are still owed for the case (the
	// case is its own outbox entry): from this time on any instance may
	// send the missing ones. The instance that opens a case sets it a
	// lease ahead and clears it once every prompt is posted, so a crash in
	// between is repaired by the next Tick, on this or another instance.
	PromptDue time.Time `json:"prompt_due,omitzero"`
	// Duty roster (storage.Roster): Mentioned are the volunteers on duty
	// the first prompt mentioned (platform user ids), Offers those the
	// case was offered to in turn after nobody claimed it, in order;
	// Uncovered says nobody was on duty when it was opened, and
	// ClaimedOnDuty that whoever claimed it was on duty then.
	Mentioned     []string `json:"mentioned,omitempty"`
	Offers        []string `json:"offers,omitempty"`
	Uncovered     bool     `json:"uncovered,omitempty"`
	ClaimedOnDuty bool     `json:"claimed_on_duty,omitempty"`
	// Version counts updates; stores bump it on every write.
	Version int64 `json:"version"`
}

// NewNonce returns a new random case nonce: 8 characters of a-z and 2-7
// (40 random bits), short enough for Telegram's 64-byte button data.
func NewNonce() string {
	var b [5]byte
	rand.Read(b[:]) // never fails (crypto/rand)
	return strings.ToLower(base32.StdEncoding.EncodeToString(b[:]))
}

// Normalize puts every time of c in UTC without a monotonic reading, as
// stores keep them. It does not write to memory c shares with the caller.
func (c *Case) Normalize() {
	for _, p := range []*time.Time{&c.CreatedAt, &c.ClaimedAt, &c.FirstResponseAt, &c.ClosedAt, &c.Deadline, &c.FollowUpUntil, &c.PromptDue, &c.DeletedAt} {
		*p = p.UTC().Round(0)
	}
	c.Notes = slices.Clone(c.Notes)
	for i := range c.Notes {
		c.Notes[i].At = c.Notes[i].At.UTC().Round(0)
	}
	c.Context = slices.Clone(c.Context)
	for i := range c.Context {
		c.Context[i].At = c.Context[i].At.UTC().Round(0)
	}
	if c.Model != nil {
		m := *c.Model
		m.At = m.At.UTC().Round(0)
		m.Categories = slices.Clone(m.Categories)
		c.Model = &m
	}
}

// EraseEvidence removes what identifies the author or quotes the message
// (retention), keeping what reports need, and marks the case purged.
func (c *Case) EraseEvidence() {
	c.AuthorName, c.AuthorRef, c.Text, c.JumpURL = "", "", "", ""
	c.Notes, c.Context = nil, nil
	c.Verdict.Normalized = ""
	for i := range c.Verdict.Matches {
		c.Verdict.Matches[i].Text = ""
	}
	for i := range c.Verdict.Guarded {
		c.Verdict.Guarded[i].Text = ""
	}
	c.Purged = true
}

// EvidencePack reports whether the case is an escalated threat: category
// threat, and escalated by a moderator or urgent (prompted to the
// coordinators at once). Its evidence is kept for the evidence retention
// period and can be downloaded as an evidence pack.
func (c *Case) EvidencePack() bool {
	return c.Category == rules.CatThreat &&
		(c.State == StateEscalated || c.Outcome == OutcomeEscalated || c.Severity >= rules.SevUrgent)
}

// ContextMessage is one message of the channel a threat was posted in,
// kept as evidence with the case.
type ContextMessage struct {
	MessageID  string       `json:"message_id"`
	Author     rules.UserID `json:"author"` // pseudonym
	AuthorName string       `json:"author_name,omitempty"`
	At         time.Time    `json:"at"`
	Text       string       `json:"text"`
	// Truncated: Text was cut to the bot's bound.
	Truncated bool `json:"truncated,omitempty"`
	// Subject marks the case's own message.
	Subject bool `json:"subject,omitempty"`
}

// Open reports whether nobody has decided the case yet.
func (c *Case) Open() bool { return c.State == StateOpen || c.State == StateClaimed }

// CaseQuery selects cases. Zero fields do not filter. Results are ordered
// by ID, ascending.
type CaseQuery struct {
	States    []State
	Platform  string
	Community string
	Channel   string
	Author    rules.UserID
	// Reporter selects cases a member (by pseudonym) reported.
	Reporter string
	// Since and Until bound CreatedAt: Since <= CreatedAt < Until.
	Since time.Time
	Until time.Time
	// DeadlineBefore selects cases whose Deadline is set and before it.
	DeadlineBefore time.Time
	// FollowUpAt selects cases whose follow-up window contains it.
	FollowUpAt time.Time
	// PromptDueBefore selects cases whose PromptDue is set and before it.
	PromptDueBefore time.Time
	// Source selects cases by Source: SourceModel for the cases a
	// model's second opinion opened, SourceRules for the others.
	Source string
	Limit  int
}

// AuditEntry records one action on a case, or an admin action.
type AuditEntry struct {
	ID     int64     `json:"id"`
	At     time.Time `json:"at"`
	CaseID CaseID    `json:"case_id,omitempty"`
	Actor  string    `json:"actor"`          // platform user id, "system" or "bot"
	Role   string    `json:"role,omitempty"` // moderator, admin, coordinator
	Action string    `json:"action"`         // claim, template, dismiss, escalate, delete, note, reoffer, ...
	Detail string    `json:"detail,omitempty"`
}

// AuditQuery selects audit entries; results are in time order.
type AuditQuery struct {
	CaseID CaseID
	// Actor selects entries by who acted (a platform user id, "bot", ...).
	Actor string
	Since time.Time
	Until time.Time
	Limit int
}

// VolumeKey names one counter of messages: per platform, community,
// channel and hour.
type VolumeKey struct {
	Platform  string    `json:"platform"`
	Community string    `json:"community"`
	Channel   string    `json:"channel"`
	Hour      time.Time `json:"hour"` // truncated to the hour, UTC
}

// VolumeRow is one counter's value.
type VolumeRow struct {
	VolumeKey
	Messages int64 `json:"messages"`
	Flagged  int64 `json:"flagged"`
}

// Store keeps cases, the audit log and message counters. Implementations
// are safe for concurrent use, also by several processes sharing one
// backend (Redis).
type Store interface {
	// CreateCase stores c with a new ID and, unless c.Nonce is set, a new
	// Nonce (NewNonce), and returns it. If a case with the same Key
	// exists, it returns that one (with its own Nonce) and created false,
	// so a message delivered twice makes one case.
	CreateCase(ctx context.Context, c Case) (stored Case, created bool, err error)
	// GetCase returns ErrNotFound if there is no such case.
	GetCase(ctx context.Context, id CaseID) (Case, error)
	// UpdateCase applies fn to the current case and stores the result
	// atomically: concurrent updates of one case are serialised, so fn
	// sees every earlier update. fn may run more than once, and cannot
	// change ID, Key, Nonce or Version. If fn returns an error nothing is
	// stored and UpdateCase returns that error.
	// Returns ErrNotFound if there is no such case.
	UpdateCase(ctx context.Context, id CaseID, fn func(*Case) error) (Case, error)
	// ListCases returns the cases that match q, by ID.
	ListCases(ctx context.Context, q CaseQuery) ([]Case, error)

	// AddAudit appends an entry to the audit log.
	AddAudit(ctx context.Context, e AuditEntry) error
	// ListAudit returns entries matching q in time order.
	ListAudit(ctx context.Context, q AuditQuery) ([]AuditEntry, error)

	// AddVolume adds to an hourly counter: messages seen (flagged or not)
	// and how many of them were flagged. The bot batches its counts.
	AddVolume(ctx context.Context, k VolumeKey, messages, flagged int64) error
	// Volume returns the counters for hours in [from, to).
	Volume(ctx context.Context, from, to time.Time) ([]VolumeRow, error)

	// Purge erases the evidence of cases created before t (text, display
	// name, verdict spans, notes) and keeps what reports need, and removes
	// the feed items (Feed) appended before t or about a case it purged.
	// It returns how many cases it purged.
	Purge(ctx context.Context, before time.Time) (int, error)

	// PurgeRetention applies the retention policy r: it erases the
	// evidence of cases created before r.Before, except evidence packs
	// (Case.EvidencePack), whose evidence it erases when they were created
	// before r.EvidenceBefore (a zero EvidenceBefore keeps them). Purged
	// cases are skipped. It also removes the feed items (Feed: the ingest
	// API's outbox, which quotes cases) appended before r.Before or about
	// a case it erases. With r.DryRun it changes nothing and counts what
	// it would erase. It may take a while for many cases and returns what
	// it did so far with an error.
	PurgeRetention(ctx context.Context, r Retention) (RetentionResult, error)

	// ForgetAuthor erases one person's data, by pseudonym: the cases they
	// authored get their evidence erased (as EraseEvidence) and their
	// Author replaced by ForgottenAuthor(id), so reports no longer link
	// them; cases they reported lose Reporter; their messages are removed
	// from other cases' Context; the feed items (Feed) about the cases
	// they authored are removed. A second call finds nothing to do.
	ForgetAuthor(ctx context.Context, author rules.UserID) (ForgetResult, error)

	// CaseFinder: CaseByKey finds a case by its key.
	CaseFinder

	// Close releases the store; later calls return ErrClosed.
	Close() error
}

// Retention is a retention policy for Store.PurgeRetention.
type Retention struct {
	// Before: evidence of cases created before it is erased.
	Before time.Time
	// EvidenceBefore: evidence packs created before it are erased; callers
	// keep it at or before Before.
	EvidenceBefore time.Time
	// DryRun counts without erasing.
	DryRun bool
}

// RetentionResult counts what PurgeRetention erased (or would erase).
type RetentionResult struct {
	// Cases: cases other than evidence packs erased.
	Cases int `json:"cases"`
	// EvidencePacks: evidence packs erased.
	EvidencePacks int `json:"evidence_packs"`
	// Held: evidence packs older than Before kept for their own period.
	Held int `json:"held"`
	// FeedItems: feed items removed, appended before Before or about an
	// erased case.
	FeedItems int `json:"feed_items"`
}

// ForgetResult counts what ForgetAuthor changed.
type ForgetResult struct {
	// Authored: cases the person wrote, erased and unlinked.
	Authored int `json:"authored"`
	// Reported: cases the person reported, reporter removed.
	Reported int `json:"reported"`
	// Context: cases whose context held the person's messages, removed.
	Context int `json:"context"`
	// FeedItems: feed items about the cases they authored, removed.
	FeedItems int `json:"feed_items"`
}

// Total is the number of changes.
func (r ForgetResult) Total() int { return r.Authored + r.Reported + r.Context + r.FeedItems }

// ForgottenAuthor is the pseudonym a forgotten author's case gets: one per
// case, so the cases no longer link to each other or to the person.
func ForgottenAuthor(id CaseID) rules.UserID {
	return rules.UserID(fmt.Sprintf("forgotten-%d", id))
}

// Forget applies ForgetAuthor's changes to one case and says which
// apply; stores use it so both erase alike.
func (c *Case) Forget(author rules.UserID) (authored, reported, context bool) {
	if c.Author == author {
		c.EraseEvidence()
		c.Author = ForgottenAuthor(c.ID)
		authored = true
	}
	if c.Reporter != "" && c.Reporter == string(author) {
		c.Reporter = ""
		reported = true
	}
	n := len(c.Context)
	c.Context = slices.DeleteFunc(slices.Clone(c.Context), func(m ContextMessage) bool { return m.Author == author })
	if len(c.Context) == 0 {
		c.Context = nil
	}
	context = len(c.Context) != n
	return authored, reported, context
}

// RetentionAction says what a retention policy does to c: erase it now,
// hold it (an evidence pack past the ordinary period), or nothing.
func (r Retention) Action(c *Case) (erase, held bool) {
	if c.Purged || !c.CreatedAt.Before(r.Before) {
		return false, false
	}
	if c.EvidencePack() && !c.CreatedAt.Before(r.EvidenceBefore) {
		return false, true
	}
	return true, false
}

// Queue hands each published item of incoming work to exactly one of the
// consumers that share it, also across processes (Redis Streams with a
// consumer group). An item whose handler fails or whose consumer dies is
// delivered again.
type Queue interface {
	// Publish appends one item. It may block briefly; it returns an error
	// if the item could not be stored.
	Publish(ctx context.Context, item []byte) error
	// Consume calls handle for items as they arrive until ctx is done, and
	// acknowledges an item when handle returns nil. consumer names this
	// instance; items left pending by a consumer that stopped are claimed
	// by the others after a while. It returns ctx.Err() when ctx is done.
	Consume(ctx context.Context, consumer string, handle func(ctx context.Context, item []byte) error) error
}

// FeedItem is one entry of a Feed.
type FeedItem struct {
	Seq  int64     `json:"seq"`
	At   time.Time `json:"at"`
	Data []byte    `json:"data"`
}

// Feed is an append-only log that every process sharing a store appends
// to and reads in one order (the ingest API's outbox), so it survives a
// restart and any instance can serve it. A Store that is also a Feed
// erases feed items with the evidence they quote: see Store.PurgeRetention
// and Store.ForgetAuthor.
type Feed interface {
	// Append adds data to the named feed and returns its sequence number,
	// larger than every earlier one of that feed. A reader that has read
	// up to a number never misses an item appended later. A non-empty key
	// makes it idempotent: appending a key the feed still holds adds
	// nothing and returns the first item's number, so a retry after a
	// lost answer does not add the item twice. A non-zero about names the
	// case the item shows (its text, author, a reply to it): the item is
	// removed when that case's evidence is erased or its author
	// forgotten.
	Append(ctx context.Context, feed, key string, about CaseID, data []byte) (int64, error)
	// Read returns up to limit items with Seq > after, in order.
	Read(ctx context.Context, feed string, after int64, limit int) ([]FeedItem, error)
	// Trim drops the items appended before the given time, and all but
	// the keep newest; it returns how many it dropped.
	Trim(ctx context.Context, feed string, keep int, before time.Time) (int, error)
	// Head says where the feed's numbering stands (see FeedHead), so a
	// reader that keeps its place by sequence number can tell that the
	// store lost the feed and numbers it from 1 again.
	Head(ctx context.Context, feed string) (FeedHead, error)
}

// FeedHead is where a feed's numbering stands.
type FeedHead struct {
	// Epoch names the feed's numbering: random, the same for as long as
	// the store keeps the feed's data, and new once it lost it (Redis
	// restarted empty, a new SQLite file) and numbers from 1 again. A
	// reader that kept another epoch must start over.
	Epoch string `json:"epoch"`
	// Seq is at least the largest sequence number the feed has handed
	// out (0 for none). A reader whose place is past it read a numbering
	// the store has lost (Redis restored from an older snapshot, say).
	Seq int64 `json:"seq"`
}

// Sessions keeps what revokes dashboard logins, the same for every
// process sharing the store: each user's session epoch, which ends every
// session issued before it changed, and single sessions ended before they
// expire. Users are dashboard login names; session ids are opaque strings
// that are not themselves usable as a login.
type Sessions interface {
	// SessionState returns user's session epoch (0 until EndSessions is
	// first called for them) and whether the session id was ended by
	// EndSession and not yet forgotten; an empty id is never ended. It
	// is called on every dashboard request.
	SessionState(ctx context.Context, user, id string) (epoch int64, ended bool, err error)
	// EndSession ends one session for ttl, the time it had left before
	// it expired anyway; after that it may be forgotten.
	EndSession(ctx context.Context, id string, ttl time.Duration) error
	// EndSessions increments user's session epoch, so that every session
	// issued before ends, and returns the new epoch. Concurrent calls
	// each increment it.
	EndSessions(ctx context.Context, user string) (int64, error)
}
