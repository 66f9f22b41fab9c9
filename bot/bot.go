package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/trygbot/trygbot/rules"
	"github.com/trygbot/trygbot/storage"
)

// Behavioural signals on a case.
const (
	SignalRepeat = "repeat"  // the author was flagged again within the repeat window
	SignalPileOn = "pile_on" // several authors flagged in one channel within minutes
	SignalEdited = "edited"  // flagged after an edit
	SignalShadow = "shadow"  // recorded in shadow mode; nobody was prompted
)

// Template is a de-escalation template as the bot sees it.
type Template struct {
	ID   string
	Tone string
	Text string // unrendered
}

// TemplateVars fill a template's placeholders.
type TemplateVars struct {
	Author, Community, RulesLink string
}

// Templates are the de-escalation templates per community.
type Templates interface {
	// Suggest returns up to n templates for a category in a language, in
	// different tones, chosen deterministically by seed.
	Suggest(community string, cat rules.Category, lang string, n int, seed uint64) []Template
	// Render fills template id's placeholders; ok is false for an unknown id.
	Render(community, id string, v TemplateVars) (text, tone string, ok bool)
}

// Options configure a Bot. Zero durations take the defaults.
type Options struct {
	Communities []Community
	// ClaimDeadline: an unclaimed case is offered again after it (15 min).
	ClaimDeadline time.Duration
	// FollowUp: how long after a reply a new flag on the author counts
	// against the reply (24 h).
	FollowUp time.Duration
	// RepeatWindow: a second flag on an author within it is a repeat (24 h).
	RepeatWindow time.Duration
	// PileOnWindow and PileOnAuthors: this many distinct authors flagged
	// in one channel within the window is a pile-on (10 min, 3).
	PileOnWindow  time.Duration
	PileOnAuthors int
	// ExpireAfter closes cases nobody decided after this long, with
	// outcome expired (72 h).
	ExpireAfter time.Duration
	// Retention: case evidence (text, names, notes) older than this is
	// erased by Tick, at most hourly; aggregates stay. 0 keeps it.
	Retention time.Duration
	// EvidenceRetention: escalated threats' evidence (Case.EvidencePack)
	// is kept this long instead; never less than Retention.
	EvidenceRetention time.Duration
	// ContextMessages: how many messages before and after a threat are
	// kept with it as context (DefaultContextMessages); negative for none.
	// ContextWindow: how long messages are held in memory for that
	// (DefaultContextWindow).
	ContextMessages int
	ContextWindow   time.Duration
	// Metrics, if set, receives counts and timings for monitoring.
	Metrics Metrics
	// Reload, if set, reloads rules and templates for the reload command.
	Reload func() error
	// Suggestions is how many templates a prompt offers (3).
	Suggestions int
	// Location is the time zone prompts show times in (UTC).
	Location *time.Location
	// Now is the clock (time.Now).
	Now func() time.Time
	// Retry bounds how often an outbox call is retried (5).
	Retry int
	// PromptRetry: prompts a case still owes (the platform kept failing,
	// or the process died before storing them) are tried again after it,
	// by the next Tick on any instance (1 min).
	PromptRetry time.Duration
	// Sleep waits between retries (time.Sleep honouring ctx); tests
	// replace it.
	Sleep func(ctx context.Context, d time.Duration) error
	// MaxMessageBytes bounds the text a case keeps of its message (and
	// of the message in a threat's context), cut on a character boundary
	// with a note in the verdict (rules.DefaultMaxText, as much as the
	// engine evaluates; workflow.max_message_bytes).
	MaxMessageBytes int
}

// Bot is the platform-neutral moderation workflow. It is safe for
// concurrent use.
type Bot struct {
	log       *slog.Logger
	store     storage.Store
	eval      Evaluator
	templates Templates
	pseud     *Pseudonymizer
	opt       Options
	loc       *time.Location
	byChat    map[string]*Community // platform + "\x00" + chat id
	byID      map[string]*Community

	volume volume

	purgeMu   sync.Mutex
	lastPurge time.Time

	recent contextRing // the last messages per channel, for threats' context

	mu       sync.RWMutex
	outboxes map[string]Outbox

	// unsaved holds prompts posted whose refs the store did not take
	// (it went away in between), so a retry stores them instead of
	// posting again.
	unsavedMu sync.Mutex
	unsaved   map[storage.CaseID][]storage.PromptRef

	// second is the model asked for a second opinion (secondopinion.go);
	// nil without one.
	second atomic.Pointer[secondOpinion]
}

// Flush writes the message counts gathered since the last flush. Run does
// it every tick; call it before closing the store.
func (b *Bot) Flush(ctx context.Context) error { return b.volume.flush(ctx, b.store) }

var _ Inbox = (*Bot)(nil)

// New makes a bot. Outboxes are added with AddOutbox.
func New(logger *slog.Logger, store storage.Store, eval Evaluator, tpl Templates, pseud *Pseudonymizer, opt Options) (*Bot, error) {
	if opt.ClaimDeadline <= 0 {
		opt.ClaimDeadline = 15 * time.Minute
	}
	if opt.FollowUp <= 0 {
		opt.FollowUp = 24 * time.Hour
	}
	if opt.RepeatWindow <= 0 {
		opt.RepeatWindow = 24 * time.Hour
	}
	if opt.PileOnWindow <= 0 {
		opt.PileOnWindow = 10 * time.Minute
	}
	if opt.PileOnAuthors <= 0 {
		opt.PileOnAuthors = 3
	}
	if opt.ExpireAfter <= 0 {
		opt.ExpireAfter = 72 * time.Hour
	}
	if opt.Suggestions <= 0 {
		opt.Suggestions = 3
	}
	if opt.Now == nil {
		opt.Now = time.Now
	}
	if opt.Retry <= 0 {
		opt.Retry = 5
	}
	if opt.PromptRetry <= 0 {
		opt.PromptRetry = time.Minute
	}
	if opt.Sleep == nil {
		opt.Sleep = sleepCtx
	}
	if opt.Metrics == nil {
		opt.Metrics = noMetrics{}
	}
	if opt.MaxMessageBytes <= 0 {
		opt.MaxMessageBytes = rules.DefaultMaxText
	}
	loc := opt.Location
	if loc == nil {
		loc = time.UTC
	}
	b := &Bot{log: logger, store: store, eval: eval, templates: tpl, pseud: pseud, opt: opt, loc: loc,
		byChat: map[string]*Community{}, byID: map[string]*Community{}, outboxes: map[string]Outbox{},
		unsaved: map[storage.CaseID][]storage.PromptRef{}}
	for i := range opt.Communities {
		c := &opt.Communities[i]
		key := c.Platform + "\x00" + c.ChatID
		if _, dup := b.byChat[key]; dup {
			return nil, fmt.Errorf("bot: two communities for %s chat %s", c.Platform, c.ChatID)
		}
		if _, dup := b.byID[c.ID]; dup {
			return nil, fmt.Errorf("bot: two communities with id %q", c.ID)
		}
		b.byChat[key], b.byID[c.ID] = c, c
	}
	return b, nil
}

// AddOutbox routes a platform's prompts and replies to o.
func (b *Bot) AddOutbox(platform string, o Outbox) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.outboxes[platform] = o
}

func (b *Bot) outbox(platform string) Outbox {
	b.mu.RLock()
	defer b.mu.RUnlock()
	return b.outboxes[platform]
}

// Community returns the community configured for a platform chat.
func (b *Bot) Community(platform, chatID string) (*Community, bool) {
	c, ok := b.byChat[platform+"\x00"+chatID]
	return c, ok
}

// Configured reports whether a community is configured for a platform
// chat (ChatChecker): Handle drops messages from other chats.
func (b *Bot) Configured(platform, chatID string) bool {
	_, ok := b.Community(platform, chatID)
	return ok
}

// Handle evaluates one message event: every message is counted, a flagged
// one (or a member's report) becomes a case and a prompt to moderators.
func (b *Bot) Handle(ctx context.Context, ev Event) (err error) {
	// A message that makes the bot panic (a bug) is dropped with the
	// stack logged, not redelivered: otherwise it would crash every
	// instance that takes it, again and again.
	defer func() {
		if r := recover(); r != nil {
			b.log.Error("bug: a message made the bot panic; it is dropped", "platform", ev.Platform, "chat_id", ev.ChatID,
				"message_id", ev.MessageID, "panic", fmt.Sprint(r), "stack", string(debug.Stack()))
			b.opt.Metrics.StoreError("panic")
			err = nil
		}
	}()
	if ev.Kind == KindDelete {
		return b.deleted(ctx, ev)
	}
	start := time.Now()
	v, comm, err := b.handle(ctx, ev)
	if comm != nil {
		b.opt.Metrics.Message(ev.Platform, comm.ID, v.Flagged, string(v.Category), time.Since(start))
	}
	if err != nil {
		b.opt.Metrics.StoreError("handle")
	}
	return err
}

// handle does Handle's work and says what it decided, for the metrics.
func (b *Bot) handle(ctx context.Context, ev Event) (rules.Verdict, *Community, error) {
	var v rules.Verdict
	comm, ok := b.Community(ev.Platform, ev.ChatID)
	if !ok {
		b.log.Debug("message from an unconfigured chat", "platform", ev.Platform, "chat_id", ev.ChatID)
		return v, nil, nil
	}
	if ev.AuthorIsBot || slices.Contains(comm.IgnoreChannels, ev.Channel) {
		return v, comm, nil
	}
	now := b.opt.Now().UTC()
	if ev.At.IsZero() {
		ev.At = now
	}
	author := b.pseud.Of(ev.Platform, ev.AuthorID)
	if !listed(comm.Exempt, ev.AuthorID, ev.AuthorRoles) {
		v = b.eval.Evaluate(rules.Message{ID: ev.MessageID, Platform: ev.Platform, Community: comm.ID,
			Channel: ev.Channel, Author: author, Lang: comm.Lang, Text: ev.Text})
	}
	// Every new message is counted once: an unflagged one now; a flagged
	// one when its case is created, so a delivery again after a failure
	// (the store was away) is not counted twice.
	count := func() {
		if ev.Kind == KindMessage || ev.Kind == "" {
			b.volume.add(storage.VolumeKey{Platform: ev.Platform, Community: comm.ID, Channel: ev.Channel, Hour: ev.At.UTC().Truncate(time.Hour)}, v.Flagged)
		}
	}
	b.observe(ctx, ev, author, now)
	if !v.Flagged && ev.Kind != KindReport {
		count()
		b.askSecondOpinion(ev, comm, author, v, 0)
		return v, comm, nil
	}
	key := storage.CaseKey(ev.Platform, ev.ChatID, ev.Channel, ev.MessageID)
	c := storage.Case{
		Key: key, Platform: ev.Platform, Community: comm.ID, Channel: ev.Channel, ChannelName: ev.ChannelName,
		MessageID: ev.MessageID, Author: author, Lang: comm.Lang,
		AuthorName: ev.AuthorName, AuthorRef: ev.AuthorID, Text: ev.Text, JumpURL: ev.JumpURL, Verdict: v,
		State: storage.StateOpen, CreatedAt: now, Deadline: now.Add(b.opt.ClaimDeadline),
	}
	b.boundText(&c)
	if v.Flagged {
		c.Category, c.Severity = v.Category, v.Severity
		for _, m := range v.Matches {
			c.Rules = append(c.Rules, m.Rule)
		}
	}
	if ev.Kind == KindReport {
		c.UserReported = true
		c.Reporter = string(b.pseud.Of(ev.Platform, ev.ReporterID))
		if !v.Flagged {
			c.Severity = rules.SevMedium
		}
	}
	if ev.Kind == KindEdit {
		c.Signals = append(c.Signals, SignalEdited)
	}
	if v.Flagged {
		if err := b.signals(ctx, &c, now); err != nil {
			return v, comm, err
		}
		if err := b.followUp(ctx, author, now); err != nil {
			return v, comm, err
		}
	}
	b.offer(&c, comm, ev)
	shadow := comm.Shadow || slices.Contains(comm.ShadowChannels, ev.Channel)
	if err := b.owePrompts(ctx, &c, comm, shadow, now); err != nil {
		return v, comm, err
	}
	stored, created, err := b.store.CreateCase(ctx, c)
	if err != nil {
		return v, comm, fmt.Errorf("bot: open case: %w", err)
	}
	if created {
		count()
	}
	if !created {
		// Delivered twice, or an edit of a message that already has a
		// case. If an earlier attempt died before posting its prompts,
		// post them now (when its lease has run out).
		if ev.Kind == KindReport && !stored.UserReported {
			if _, err := b.store.UpdateCase(ctx, stored.ID, func(c *storage.Case) error { c.UserReported = true; return nil }); err != nil {
				return v, comm, err
			}
		}
		if !stored.PromptDue.IsZero() && !stored.PromptDue.After(now) {
			if err := b.resumePrompts(ctx, stored.ID); err != nil {
				b.log.Error("owed prompt not posted yet; the next tick retries", "case", stored.ID, "err", err)
			}
		}
		return v, comm, nil
	}
	b.audit(ctx, stored.ID, "bot", "", "open", strings.Join(stored.Rules, ","))
	b.captureContext(ctx, stored, ev)
	if shadow {
		b.askSecondOpinion(ev, comm, author, v, stored.ID)
		return v, comm, nil
	}
	b.log.Info("case opened", "case", stored.ID, "community", comm.ID, "category", stored.Category,
		"severity", stored.Severity.String(), "rules", strings.Join(stored.Rules, ","), "user_reported", stored.UserReported)
	// The case is stored and owes its prompts: from here the outbox takes
	// over, so a platform failure does not fail the message (which would
	// only make the sender deliver it again).
	if err := b.promptAll(ctx, stored, comm); err != nil {
		b.log.Error("prompt not posted yet; the next tick retries", "case", stored.ID, "err", err)
	}
	b.askSecondOpinion(ev, comm, author, v, stored.ID)
	return v, comm, nil
}

// owePrompts makes a new case owe its prompts, under this instance's
// lease, and decides whom they mention; a case in shadow mode is kept
// for the reports and nobody is asked.
func (b *Bot) owePrompts(ctx context.Context, c *storage.Case, comm *Community, shadow bool, now time.Time) error {
	if shadow {
		c.Deadline = time.Time{}
		c.Signals = append(c.Signals, SignalShadow)
		return nil
	}
	c.PromptDue = now.Add(b.opt.PromptRetry) // this instance's lease
	return b.route(ctx, c, comm, now)
}

// signals adds repeat and pile-on signals from earlier cases.
func (b *Bot) signals(ctx context.Context, c *storage.Case, now time.Time) error {
	prior, err := b.store.ListCases(ctx, storage.CaseQuery{Community: c.Community, Author: c.Author, Since: now.Add(-b.opt.RepeatWindow), Limit: 1})
	if err != nil {
		return fmt.Errorf("bot: repeat signal: %w", err)
	}
	if len(prior) > 0 {
		c.Signals = append(c.Signals, SignalRepeat)
	}
	// Enough recent cases to count distinct authors; a busy channel's
	// whole history is not needed.
	recent, err := b.store.ListCases(ctx, storage.CaseQuery{Community: c.Community, Channel: c.Channel, Since: now.Add(-b.opt.PileOnWindow), Limit: 50})
	if err != nil {
		return fmt.Errorf("bot: pile-on signal: %w", err)
	}
	authors := map[rules.UserID]bool{c.Author: true}
	for _, r := range recent {
		authors[r.Author] = true
	}
	if len(authors) >= b.opt.PileOnAuthors {
		c.Signals = append(c.Signals, SignalPileOn)
	}
	return nil
}

// followUp marks replied cases whose author was flagged again within the
// follow-up window.
func (b *Bot) followUp(ctx context.Context, author rules.UserID, now time.Time) error {
	open, err := b.store.ListCases(ctx, storage.CaseQuery{Author: author, FollowUpAt: now})
	if err != nil {
		return fmt.Errorf("bot: follow-up: %w", err)
	}
	for _, c := range open {
		if c.FlaggedAgain {
			continue
		}
		if _, err := b.store.UpdateCase(ctx, c.ID, func(c *storage.Case) error { c.FlaggedAgain = true; return nil }); err != nil {
			return fmt.Errorf("bot: follow-up case %d: %w", c.ID, err)
		}
		b.audit(ctx, c.ID, "bot", "", "flagged_again", "")
	}
	return nil
}

// post sends one prompt, retrying what the platform asks to retry.
func (b *Bot) post(ctx context.Context, c storage.Case, comm *Community, audience, chat string) (storage.PromptRef, error) {
	out := b.outbox(c.Platform)
	if out == nil {
		return storage.PromptRef{}, fmt.Errorf("bot: no outbox for platform %s", c.Platform)
	}
	p := b.buildPrompt(c, comm, audience, chat)
	p.Mentions = b.mentions(ctx, c, comm, audience)
	var ref storage.PromptRef
	err := b.retry(ctx, "prompt", func() error {
		var err error
		ref, err = out.Prompt(ctx, p)
		return err
	})
	if err != nil {
		return ref, fmt.Errorf("bot: prompt case %d to %s: %w", c.ID, audience, err)
	}
	ref.Audience = audience
	if ref.Platform == "" {
		ref.Platform = c.Platform
	}
	b.opt.Metrics.Prompt(c.Platform, audience)
	return ref, nil
}

// refresh edits every prompt of a case to show its current state.
func (b *Bot) refresh(ctx context.Context, c storage.Case, comm *Community) {
	out := b.outbox(c.Platform)
	if out == nil {
		return
	}
	for _, ref := range c.Prompts {
		p := b.buildPrompt(c, comm, ref.Audience, ref.ChatID)
		if err := b.retry(ctx, "update prompt", func() error { return out.UpdatePrompt(ctx, ref, p) }); err != nil {
			b.log.Warn("prompt not updated", "case", c.ID, "chat_id", ref.ChatID, "err", err)
		}
	}
}

// retry runs f until it succeeds, honouring rate limits and backing off on
// other errors, at most opt.Retry times.
func (b *Bot) retry(ctx context.Context, what string, f func() error) error {
	backoff := 250 * time.Millisecond
	var err error
	for try := 1; ; try++ {
		if err = f(); err == nil {
			return nil
		}
		if try >= b.opt.Retry || ctx.Err() != nil {
			return err
		}
		wait := backoff
		var rl *RateLimitError
		if errors.As(err, &rl) {
			wait = min(max(rl.RetryAfter, 10*time.Millisecond), time.Minute)
		} else {
			backoff = min(backoff*2, 10*time.Second)
		}
		b.log.Warn("retrying", "what", what, "try", try, "wait", wait, "err", err)
		if err := b.opt.Sleep(ctx, wait); err != nil {
			return err
		}
	}
}

func sleepCtx(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

func (b *Bot) audit(ctx context.Context, id storage.CaseID, actor, role, action, detail string) {
	e := storage.AuditEntry{At: b.opt.Now().UTC(), CaseID: id, Actor: actor, Role: role, Action: action, Detail: detail}
	if err := b.store.AddAudit(ctx, e); err != nil {
		b.log.Error("audit entry not stored", "case", id, "action", action, "err", err)
	}
}

func (b *Bot) templateFor(community, id string) (Template, bool) {
	if b.templates == nil {
		return Template{}, false
	}
	text, tone, ok := b.templates.Render(community, id, TemplateVars{})
	return Template{ID: id, Tone: tone, Text: text}, ok
}

func (b *Bot) renderTemplate(t Template, c storage.Case, comm *Community, author string) string {
	text, _, _ := b.templates.Render(comm.ID, t.ID, TemplateVars{Author: author, Community: firstNonEmpty(comm.Name, comm.ID), RulesLink: comm.RulesLink})
	return text
}
