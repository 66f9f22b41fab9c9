package bot

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/trygbot/trygbot/rules"
	"github.com/trygbot/trygbot/storage"
)

// Bounds of the recent-messages ring the context of a threat is taken
// from. Unflagged messages are only ever held here, in memory.
const (
	// DefaultContextMessages is how many messages before and after a
	// threat are kept with it (Options.ContextMessages).
	DefaultContextMessages = 10
	// DefaultContextWindow is how long a message stays in the ring, and
	// how long after a threat later messages are added to its context
	// (Options.ContextWindow).
	DefaultContextWindow = 5 * time.Minute
	// maxContextText bounds the text kept of one context message.
	maxContextText = 4 << 10
	// maxContextChannels bounds the channels the ring remembers; the
	// least recently active are dropped beyond it.
	maxContextChannels = 10_000
	// maxContextWatchers bounds the threats waiting for later messages.
	maxContextWatchers = 256
)

// contextRing holds the last few messages of each channel, for a few
// minutes, and the threat cases still collecting the messages after them.
// Its zero value is ready; Bot's options give its bounds.
type contextRing struct {
	mu        sync.Mutex
	chans     map[string]*channelRing
	watchers  []*contextWatcher
	lastSweep time.Time
}

type channelRing struct {
	msgs []storage.ContextMessage // oldest first
	last time.Time                // when the channel last had a message
}

// contextWatcher adds the next messages of a channel to a threat case.
type contextWatcher struct {
	id      storage.CaseID
	key     string
	subject string // the case's own message id
	left    int
	until   time.Time
}

// contextDelivery is one message to add to a case's context.
type contextDelivery struct {
	id  storage.CaseID
	msg storage.ContextMessage
}

func ringKey(ev Event) string { return ev.Platform + "\x00" + ev.ChatID + "\x00" + ev.Channel }

func (b *Bot) contextBounds() (n int, window time.Duration) {
	n, window = b.opt.ContextMessages, b.opt.ContextWindow
	if n == 0 {
		n = DefaultContextMessages
	}
	if window <= 0 {
		window = DefaultContextWindow
	}
	return n, window
}

// truncateText cuts s to at most n bytes on a rune boundary.
func truncateText(s string, n int) (string, bool) {
	if len(s) <= n {
		return s, false
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n], true
}

// boundText cuts a new case's text to MaxMessageBytes, with a note in
// its verdict when it does.
func (b *Bot) boundText(c *storage.Case) {
	text, cut := truncateText(c.Text, b.opt.MaxMessageBytes)
	if !cut {
		return
	}
	c.Verdict.Notes = append(slices.Clip(c.Verdict.Notes),
		fmt.Sprintf("message of %d bytes stored up to byte %d (workflow.max_message_bytes)", len(c.Text), len(text)))
	c.Text = text
}

// observe remembers a new message of a channel, in memory only, and adds
// it to the context of recent threats in that channel. It never fails the
// message: a context that cannot be stored is logged.
func (b *Bot) observe(ctx context.Context, ev Event, author rules.UserID, now time.Time) {
	n, window := b.contextBounds()
	if n < 0 || (ev.Kind != KindMessage && ev.Kind != "") {
		return
	}
	text, cut := truncateText(ev.Text, maxContextText)
	msg := storage.ContextMessage{MessageID: ev.MessageID, Author: author, AuthorName: ev.AuthorName, At: ev.At.UTC(), Text: text, Truncated: cut}
	key := ringKey(ev)
	r := &b.recent
	var out []contextDelivery
	r.mu.Lock()
	if r.chans == nil {
		r.chans = map[string]*channelRing{}
	}
	if now.Sub(r.lastSweep) >= window {
		r.sweep(now, window)
	}
	ch := r.chans[key]
	if ch == nil {
		if len(r.chans) >= maxContextChannels {
			r.dropOldest()
		}
		ch = &channelRing{}
		r.chans[key] = ch
	}
	ch.msgs = append(ch.msgs, msg)
	if len(ch.msgs) > n+1 { // n before a threat, and the threat
		ch.msgs = slices.Delete(ch.msgs, 0, len(ch.msgs)-n-1)
	}
	ch.last = now
	r.watchers = slices.DeleteFunc(r.watchers, func(w *contextWatcher) bool {
		if now.After(w.until) {
			return true
		}
		if w.key != key || w.subject == ev.MessageID {
			return false
		}
		out = append(out, contextDelivery{id: w.id, msg: msg})
		w.left--
		return w.left <= 0
	})
	r.mu.Unlock()
	for _, d := range out {
		b.addContext(ctx, d.id, []storage.ContextMessage{d.msg})
	}
}

// sweep forgets messages older than window, and channels left empty.
// r.mu is held.
func (r *contextRing) sweep(now time.Time, window time.Duration) {
	r.lastSweep = now
	for k, ch := range r.chans {
		ch.msgs = slices.DeleteFunc(ch.msgs, func(m storage.ContextMessage) bool { return now.Sub(m.At) > window })
		if len(ch.msgs) == 0 {
			delete(r.chans, k)
		}
	}
}

// dropOldest forgets the channel that was quiet longest. r.mu is held.
func (r *contextRing) dropOldest() {
	var oldest string
	var at time.Time
	for k, ch := range r.chans {
		if oldest == "" || ch.last.Before(at) {
			oldest, at = k, ch.last
		}
	}
	delete(r.chans, oldest)
}

// captureContext gives a new threat case the messages before it from the
// ring (with its own message, marked as the subject) and has the next
// messages of the channel added as they arrive. Other cases are left
// alone: only threats get context, for their evidence pack.
func (b *Bot) captureContext(ctx context.Context, c storage.Case, ev Event) {
	n, window := b.contextBounds()
	if n < 0 || c.Category != rules.CatThreat {
		return
	}
	now := b.opt.Now().UTC()
	key := ringKey(ev)
	var before []storage.ContextMessage
	r := &b.recent
	r.mu.Lock()
	if ch := r.chans[key]; ch != nil {
		if i := slices.IndexFunc(ch.msgs, func(m storage.ContextMessage) bool { return m.MessageID == ev.MessageID }); i >= 0 {
			for _, m := range ch.msgs[max(0, i-n):i] {
				if now.Sub(m.At) <= window {
					before = append(before, m)
				}
			}
			// The message is recent: what follows it is its context too.
			if len(r.watchers) < maxContextWatchers {
				r.watchers = append(r.watchers, &contextWatcher{id: c.ID, key: key, subject: ev.MessageID, left: n, until: now.Add(window)})
			}
		}
	}
	r.mu.Unlock()
	text, cut := truncateText(ev.Text, b.opt.MaxMessageBytes)
	subject := storage.ContextMessage{MessageID: ev.MessageID, Author: c.Author, AuthorName: ev.AuthorName, At: ev.At.UTC(), Text: text, Truncated: cut, Subject: true}
	b.addContext(ctx, c.ID, append(before, subject))
}

// errNoContext ends an UpdateCase that has no context to add.
var errNoContext = errors.New("no context to add")

// addContext adds messages to a case's context in time order, once each,
// unless its evidence was erased meanwhile.
func (b *Bot) addContext(ctx context.Context, id storage.CaseID, msgs []storage.ContextMessage) {
	_, err := b.store.UpdateCase(ctx, id, func(c *storage.Case) error {
		if c.Purged {
			return errNoContext
		}
		added := false
		for _, m := range msgs {
			if !slices.ContainsFunc(c.Context, func(o storage.ContextMessage) bool { return o.MessageID == m.MessageID }) {
				c.Context = append(c.Context, m)
				added = true
			}
		}
		if !added {
			return errNoContext
		}
		slices.SortStableFunc(c.Context, func(a, b storage.ContextMessage) int { return a.At.Compare(b.At) })
		return nil
	})
	if err != nil && !errors.Is(err, errNoContext) {
		b.log.Warn("threat context not stored", "case", id, "err", err)
	}
}
