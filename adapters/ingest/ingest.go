// Package ingest is an HTTP adapter for platforms trygbot has no adapter
// for: they POST messages to /v1/messages, read moderator prompts and
// replies from /v1/outbox, and send moderators' actions to /v1/actions.
// Every request needs "Authorization: Bearer TOKEN".
//
// It imports bot and storage only.
package ingest

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/trygbot/trygbot/bot"
	"github.com/trygbot/trygbot/storage"
)

// Platform is the ingest adapter's platform name.
const Platform = "ingest"

// MaxBody bounds a request body.
const MaxBody = 1 << 20

// Message is the body of POST /v1/messages.
type Message struct {
	ChatID      string    `json:"chat_id"`
	Channel     string    `json:"channel"`
	ChannelName string    `json:"channel_name,omitempty"`
	ID          string    `json:"id"`
	AuthorID    string    `json:"author_id"`
	AuthorName  string    `json:"author_name"`
	AuthorIsBot bool      `json:"author_is_bot,omitempty"`
	Text        string    `json:"text"`
	At          time.Time `json:"at,omitempty"`
	Edited      bool      `json:"edited,omitempty"`
	ReportedBy  string    `json:"reported_by,omitempty"`
	URL         string    `json:"url,omitempty"`
}

// Item is one entry of the outbox: a prompt, a prompt update or a reply.
type Item struct {
	Seq    int64       `json:"seq"`
	Kind   string      `json:"kind"` // prompt, update, reply, post
	Ref    string      `json:"ref,omitempty"`
	Prompt *bot.Prompt `json:"prompt,omitempty"`
	Reply  *bot.Reply  `json:"reply,omitempty"`
	Text   string      `json:"text,omitempty"` // a post's text; Ref is its chat
}

// Outbox is the answer to GET /v1/outbox.
type Outbox struct {
	Items []Item `json:"items"`
	// Epoch names the outbox's numbering: send it back with the next
	// request (?epoch=), next to ?after=.
	Epoch string `json:"epoch"`
	// Reset says that the numbering the request's epoch and after refer
	// to is gone: the store lost its data (or, without a store, this
	// process restarted) and numbers from 1 again. Items then start from
	// the beginning of the outbox, which may repeat items read before
	// (a Redis restored from an older snapshot); the prompt references
	// ("p12") kept from before name nothing now.
	Reset bool `json:"reset,omitempty"`
}

// ActionBody is the body of POST /v1/actions.
type ActionBody struct {
	Data      string   `json:"data"` // the action's Data from the prompt
	ActorID   string   `json:"actor_id"`
	ActorName string   `json:"actor_name"`
	Roles     []string `json:"roles,omitempty"`
	Arg       string   `json:"arg,omitempty"` // a note's text or a dismissal's reason
}

// Adapter serves the ingest API.
type Adapter struct {
	log   *slog.Logger
	token []byte

	mu    sync.Mutex
	seq   int64
	epoch string // of the in-memory outbox: new with every process
	items []Item // bounded ring of the latest items
	inbox bot.Inbox
	wake  chan struct{}
	feed  Feed // nil: the outbox is kept in memory
}

// Feed keeps the outbox in the shared store (storage.Feed), where it
// survives a restart and every instance behind a load balancer serves the
// same items.
type Feed interface {
	Append(ctx context.Context, feed, key string, data []byte) (int64, error)
	Read(ctx context.Context, feed string, after int64, limit int) ([]storage.FeedItem, error)
	Trim(ctx context.Context, feed string, keep int, before time.Time) (int, error)
	Head(ctx context.Context, feed string) (storage.FeedHead, error)
}

// FeedName names the outbox's feed in the store.
const FeedName = "ingest-outbox"

// outboxAge: items older than this are trimmed from a shared outbox.
const outboxAge = 24 * time.Hour

// UseFeed keeps the outbox in f instead of memory. Call it before Run.
func (a *Adapter) UseFeed(f Feed) { a.feed = f }

// maxItems bounds the outbox kept for readers.
const maxItems = 10000

var _ bot.Adapter = (*Adapter)(nil)

// New makes an ingest adapter that accepts requests bearing token.
func New(logger *slog.Logger, token string) *Adapter {
	return &Adapter{log: logger, token: []byte(token), wake: make(chan struct{}), epoch: newEpoch()}
}

// Platform returns "ingest".
func (a *Adapter) Platform() string { return Platform }

// Run makes the adapter deliver to in, until ctx is done. Serve the
// Handler with an http.Server.
func (a *Adapter) Run(ctx context.Context, in bot.Inbox) error {
	a.mu.Lock()
	a.inbox = in
	a.mu.Unlock()
	if a.feed == nil {
		<-ctx.Done()
		return nil
	}
	// A shared outbox keeps the newest maxItems of the last day.
	t := time.NewTicker(time.Minute)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
			if _, err := a.feed.Trim(ctx, FeedName, maxItems, time.Now().Add(-outboxAge)); err != nil && ctx.Err() == nil {
				a.log.Warn("ingest: outbox not trimmed", "err", err)
			}
		}
	}
}

// Handler returns the HTTP API.
func (a *Adapter) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /v1/messages", a.postMessage)
	mux.HandleFunc("GET /v1/outbox", a.getOutbox)
	mux.HandleFunc("POST /v1/actions", a.postAction)
	return a.auth(mux)
}

func (a *Adapter) auth(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
		if !ok || len(a.token) == 0 || subtle.ConstantTimeCompare([]byte(got), a.token) != 1 {
			writeError(w, http.StatusUnauthorized, "missing or wrong bearer token")
			return
		}
		next.ServeHTTP(w, r)
	})
}

func (a *Adapter) inboxOrNil() bot.Inbox {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.inbox
}

func (a *Adapter) postMessage(w http.ResponseWriter, r *http.Request) {
	in := a.inboxOrNil()
	if in == nil {
		writeError(w, http.StatusServiceUnavailable, "not running yet")
		return
	}
	var m Message
	if err := decode(w, r, &m); err != nil {
		return
	}
	switch {
	case m.ChatID == "" || m.ID == "" || m.AuthorID == "":
		writeError(w, http.StatusBadRequest, "chat_id, id and author_id are required")
		return
	case m.Text == "" && m.ReportedBy == "":
		writeError(w, http.StatusBadRequest, "text is required")
		return
	}
	kind := bot.KindMessage
	if m.Edited {
		kind = bot.KindEdit
	}
	if m.ReportedBy != "" {
		kind = bot.KindReport
	}
	ev := bot.Event{Kind: kind, Platform: Platform, ChatID: m.ChatID, Channel: m.Channel, ChannelName: m.ChannelName,
		MessageID: m.ID, AuthorID: m.AuthorID, AuthorName: m.AuthorName, AuthorIsBot: m.AuthorIsBot, Text: m.Text,
		At: m.At, JumpURL: m.URL, ReporterID: m.ReportedBy}
	if err := in.Handle(r.Context(), ev); err != nil {
		a.log.Error("ingest: message not handled", "chat_id", m.ChatID, "err", err)
		writeError(w, http.StatusServiceUnavailable, "message not handled; retry")
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusAccepted)
	io.WriteString(w, `{"accepted":true}`+"\n")
}

func (a *Adapter) postAction(w http.ResponseWriter, r *http.Request) {
	in := a.inboxOrNil()
	if in == nil {
		writeError(w, http.StatusServiceUnavailable, "not running yet")
		return
	}
	var body ActionBody
	if err := decode(w, r, &body); err != nil {
		return
	}
	ref, kind, arg, err := bot.DecodeAction(body.Data)
	if err != nil {
		writeError(w, http.StatusBadRequest, "data is not an action of a prompt")
		return
	}
	id := ref.ID
	if body.Arg != "" && kind != bot.ActTemplate {
		arg = body.Arg
	}
	fb, err := in.Act(r.Context(), bot.ActionRequest{Platform: Platform, CaseID: id, Nonce: ref.Nonce, Kind: kind, Arg: arg,
		ActorID: body.ActorID, ActorName: body.ActorName, Roles: body.Roles})
	var ae *bot.ActionError
	switch {
	case errors.Is(err, bot.ErrForbidden):
		writeJSON(w, http.StatusForbidden, map[string]string{"error": fb.Text})
	case errors.As(err, &ae):
		writeJSON(w, http.StatusConflict, map[string]string{"error": ae.Text})
	case err != nil:
		a.log.Error("ingest: action failed", "case", id, "err", err)
		writeJSON(w, http.StatusInternalServerError, map[string]string{"error": "action failed; retry", "feedback": fb.Text})
	default:
		writeJSON(w, http.StatusOK, map[string]string{"feedback": fb.Text})
	}
}

// getOutbox returns items after ?after=SEQ, waiting up to ?wait=SECONDS
// (at most 30) for one to arrive. With ?epoch= (the answer's epoch) it
// answers at once with Reset when that numbering is gone (see Outbox).
func (a *Adapter) getOutbox(w http.ResponseWriter, r *http.Request) {
	after, _ := strconv.ParseInt(r.URL.Query().Get("after"), 10, 64)
	epoch := r.URL.Query().Get("epoch")
	wait, _ := strconv.Atoi(r.URL.Query().Get("wait"))
	deadline := time.Now().Add(time.Duration(min(max(wait, 0), 30)) * time.Second)
	for {
		box, wake, err := a.outboxAfter(r.Context(), after, epoch)
		if err != nil {
			a.log.Error("ingest: outbox not read", "err", err)
			writeError(w, http.StatusServiceUnavailable, "outbox unavailable; retry")
			return
		}
		if len(box.Items) > 0 || box.Reset || time.Now().After(deadline) {
			writeJSON(w, http.StatusOK, box)
			return
		}
		// Items pushed here wake the reader at once; with a shared feed,
		// items another instance appended are seen at the next poll.
		poll := time.Until(deadline)
		if a.feed != nil {
			poll = min(poll, feedPoll)
		}
		select {
		case <-wake:
		case <-time.After(poll):
		case <-r.Context().Done():
			return
		}
	}
}

// feedPoll is how often a waiting reader looks at a shared feed.
const feedPoll = 250 * time.Millisecond

// outboxAfter is the outbox after seq in the numbering epoch names, or,
// when that numbering is gone (another epoch, or a seq past the head),
// the whole outbox marked Reset. Items read while the numbering changed
// under the reader are read again.
func (a *Adapter) outboxAfter(ctx context.Context, after int64, epoch string) (Outbox, <-chan struct{}, error) {
	for range 3 {
		head, err := a.head(ctx)
		if err != nil {
			return Outbox{}, nil, err
		}
		box := Outbox{Epoch: head.Epoch, Items: []Item{}}
		if (epoch != "" && epoch != head.Epoch) || after > head.Seq {
			box.Reset, after = true, 0
		}
		items, wake, err := a.itemsAfter(ctx, after)
		if err != nil {
			return Outbox{}, nil, err
		}
		again, err := a.head(ctx)
		if err != nil {
			return Outbox{}, nil, err
		}
		if again.Epoch == head.Epoch {
			box.Items = append(box.Items, items...)
			return box, wake, nil
		}
	}
	return Outbox{}, nil, errors.New("ingest: the outbox's numbering changed while it was read, three times")
}

// head is where the outbox's numbering stands: the shared feed's, or the
// in-memory outbox's (a new epoch with every process).
func (a *Adapter) head(ctx context.Context) (storage.FeedHead, error) {
	if a.feed != nil {
		h, err := a.feed.Head(ctx, FeedName)
		if err != nil {
			return storage.FeedHead{}, fmt.Errorf("ingest: outbox head: %w", err)
		}
		return h, nil
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	return storage.FeedHead{Epoch: a.epoch, Seq: a.seq}, nil
}

// newEpoch is a random epoch for the in-memory outbox.
func newEpoch() string {
	var b [8]byte
	rand.Read(b[:]) // never fails (crypto/rand)
	return hex.EncodeToString(b[:])
}

// itemsAfter returns the outbox items after seq, and a channel closed
// when this instance pushes the next one.
func (a *Adapter) itemsAfter(ctx context.Context, after int64) ([]Item, <-chan struct{}, error) {
	a.mu.Lock()
	wake := a.wake
	a.mu.Unlock()
	if a.feed == nil {
		a.mu.Lock()
		defer a.mu.Unlock()
		var out []Item
		for _, it := range a.items {
			if it.Seq > after {
				out = append(out, it)
			}
		}
		return out, wake, nil
	}
	page, err := a.feed.Read(ctx, FeedName, after, 500)
	if err != nil {
		return nil, wake, err
	}
	out := make([]Item, 0, len(page))
	for _, fi := range page {
		var it Item
		if err := json.Unmarshal(fi.Data, &it); err != nil {
			a.log.Error("ingest: outbox item not understood; skipped", "seq", fi.Seq, "err", err)
			continue
		}
		it.Seq = fi.Seq
		out = append(out, it)
	}
	return out, wake, nil
}

// push adds an item to the outbox: to the shared feed when there is one
// (it survives a restart, and every instance serves it), else to memory.
// A prompt, reply or post is added once even when pushed again (a retry
// after an answer from the store was lost).
func (a *Adapter) push(ctx context.Context, it Item) (int64, error) {
	if a.feed != nil {
		data, err := json.Marshal(it)
		if err != nil {
			return 0, fmt.Errorf("ingest: outbox item: %w", err)
		}
		seq, err := a.feed.Append(ctx, FeedName, itemKey(it), data)
		if err != nil {
			return 0, fmt.Errorf("ingest: outbox: %w", err)
		}
		a.mu.Lock()
		close(a.wake)
		a.wake = make(chan struct{})
		a.mu.Unlock()
		return seq, nil
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	a.seq++
	it.Seq = a.seq
	a.items = append(a.items, it)
	if len(a.items) > maxItems {
		a.items = a.items[len(a.items)-maxItems:]
	}
	close(a.wake)
	a.wake = make(chan struct{})
	return it.Seq, nil
}

// itemKey is an outbox item's idempotency key: one prompt per case (its
// number and nonce) and audience; a reply or post by its content;
// updates may repeat.
func itemKey(it Item) string {
	switch {
	case it.Kind == "prompt" && it.Prompt != nil:
		return fmt.Sprintf("prompt/%d/%s/%s", it.Prompt.CaseID, it.Prompt.CaseNonce, it.Prompt.Audience)
	case it.Kind == "reply" && it.Reply != nil:
		h := sha256.Sum256([]byte(it.Reply.ChatID + "\x00" + it.Reply.Channel + "\x00" + it.Reply.MessageID + "\x00" + it.Reply.Text))
		return "reply/" + hex.EncodeToString(h[:12])
	case it.Kind == "post":
		h := sha256.Sum256([]byte(it.Ref + "\x00" + it.Text))
		return "post/" + hex.EncodeToString(h[:12])
	}
	return ""
}

// Prompt queues a prompt for readers of /v1/outbox.
func (a *Adapter) Prompt(ctx context.Context, p bot.Prompt) (storage.PromptRef, error) {
	seq, err := a.push(ctx, Item{Kind: "prompt", Prompt: &p})
	if err != nil {
		return storage.PromptRef{}, err
	}
	ref := "p" + strconv.FormatInt(seq, 10)
	return storage.PromptRef{Platform: Platform, ChatID: p.ChatID, MessageID: ref}, nil
}

// UpdatePrompt queues a prompt update.
func (a *Adapter) UpdatePrompt(ctx context.Context, ref storage.PromptRef, p bot.Prompt) error {
	_, err := a.push(ctx, Item{Kind: "update", Ref: ref.MessageID, Prompt: &p})
	return err
}

// Reply queues a reply for the platform to post, with mentions defused.
func (a *Adapter) Reply(ctx context.Context, r bot.Reply) (string, error) {
	r.Text = defuseMentions(r.Text)
	seq, err := a.push(ctx, Item{Kind: "reply", Reply: &r})
	if err != nil {
		return "", err
	}
	return "r" + strconv.FormatInt(seq, 10), nil
}

func decode(w http.ResponseWriter, r *http.Request, v any) error {
	if ct := r.Header.Get("Content-Type"); ct != "" && !strings.HasPrefix(ct, "application/json") {
		writeError(w, http.StatusUnsupportedMediaType, "send application/json")
		return errors.New("content type")
	}
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, MaxBody))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			writeError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("body larger than %d bytes", MaxBody))
		} else {
			writeError(w, http.StatusBadRequest, "invalid JSON: "+err.Error())
		}
		return err
	}
	if dec.More() {
		writeError(w, http.StatusBadRequest, "send one JSON object")
		return errors.New("trailing data")
	}
	return nil
}

func writeError(w http.ResponseWriter, code int, msg string) {
	writeJSON(w, code, map[string]string{"error": msg})
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(v)
}

// Post queues a message for a chat, with mentions defused.
func (a *Adapter) Post(ctx context.Context, chatID, text string) error {
	_, err := a.push(ctx, Item{Kind: "post", Ref: chatID, Text: defuseMentions(text)})
	return err
}
