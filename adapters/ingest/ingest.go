// Package ingest is an HTTP adapter for platforms trygbot has no adapter
// for: they POST messages to /v1/messages, read moderator prompts and
// replies from /v1/outbox, and send moderators' actions to /v1/actions.
// Every request needs "Authorization: Bearer TOKEN". A token belongs to
// one client (see Client), which may use its own communities only.
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
	"slices"
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
	// Next is the SEQ to ask after next time (?after=): past the items
	// returned, and past the items of other clients' communities the
	// read skipped. It counts in Epoch's numbering.
	Next int64 `json:"next"`
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
	log     *slog.Logger
	clients []client

	mu    sync.Mutex
	seq   int64
	epoch string // of the in-memory outbox: new with every process
	items []Item // bounded ring of the latest items
	inbox bot.Inbox
	wake  chan struct{}
	feed  Feed // nil: the outbox is kept in memory

	// stopping is closed by EndLongPolls: waiting readers of /v1/outbox
	// answer at once.
	stopping chan struct{}
	stopOnce sync.Once
}

// Feed keeps the outbox in the shared store (storage.Feed), where it
// survives a restart and every instance behind a load balancer serves the
// same items.
type Feed interface {
	Append(ctx context.Context, feed, key string, about storage.CaseID, data []byte) (int64, error)
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

// New makes an ingest adapter that accepts requests bearing token, for
// every community.
func New(logger *slog.Logger, token string) *Adapter {
	return NewClients(logger, []Client{{Name: "default", Token: token}}, nil)
}

// Client is one system that uses the ingest API, with its own token.
type Client struct {
	// Name identifies it in logs.
	Name  string
	Token string
	// Communities are the ids of the communities it may post messages
	// to, read the outbox items of and act on; nil allows every one.
	Communities []string
}

// Community is an ingest community as clients are checked against it.
type Community struct {
	ID string
	// ChatID is the chat_id its messages are posted with.
	ChatID string
	// Chats are the other chats its prompts, replies and posts go to: its
	// moderators', second and coordinators' chats.
	Chats []string
}

// client is a Client as requests are checked against it.
type client struct {
	name  string
	token []byte
	// communities is nil for a client of every community; then chats
	// and post are nil too.
	communities []string
	chats       map[string]bool // outbox items to these chats are its
	post        map[string]bool // the chat_ids it may post messages with
}

// NewClients makes an ingest adapter for several clients, each with its
// own token and communities; comms are the ingest communities, which say
// which chats belong to each.
func NewClients(logger *slog.Logger, clients []Client, comms []Community) *Adapter {
	a := &Adapter{log: logger, wake: make(chan struct{}), stopping: make(chan struct{}), epoch: newEpoch()}
	for _, c := range clients {
		if c.Token == "" {
			continue
		}
		cl := client{name: c.Name, token: []byte(c.Token)}
		if c.Communities != nil {
			cl.communities = slices.Clone(c.Communities)
			cl.chats, cl.post = map[string]bool{}, map[string]bool{}
			for _, com := range comms {
				if !slices.Contains(c.Communities, com.ID) {
					continue
				}
				cl.post[com.ChatID] = true
				cl.chats[com.ChatID] = true
				for _, chat := range com.Chats {
					if chat != "" {
						cl.chats[chat] = true
					}
				}
			}
		}
		a.clients = append(a.clients, cl)
	}
	return a
}

// all reports whether the client may use every community.
func (c *client) all() bool { return c.communities == nil }

// mayPost reports whether the client may post messages with chatID.
func (c *client) mayPost(chatID string) bool { return c.all() || c.post[chatID] }

// mayRead reports whether the client may read an outbox item: one to a
// chat of its communities.
func (c *client) mayRead(it Item) bool {
	if c.all() {
		return true
	}
	switch {
	case it.Prompt != nil:
		return c.chats[it.Prompt.ChatID]
	case it.Reply != nil:
		return c.chats[it.Reply.ChatID]
	case it.Kind == "post":
		return c.chats[it.Ref]
	}
	return false
}

// clientKey is the request context key of the client that made it.
type clientKey struct{}

// clientOf returns the client that made the request; auth put it there.
func clientOf(r *http.Request) *client {
	c, _ := r.Context().Value(clientKey{}).(*client)
	return c
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

// auth finds the client whose token the request bears, comparing with
// every client's in constant time, and passes it on in the context.
func (a *Adapter) auth(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
		var found *client
		for i := range a.clients {
			if subtle.ConstantTimeCompare([]byte(got), a.clients[i].token) == 1 {
				found = &a.clients[i]
			}
		}
		if !ok || found == nil {
			writeError(w, http.StatusUnauthorized, "missing or wrong bearer token")
			return
		}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), clientKey{}, found)))
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
	switch cl := clientOf(r); {
	case m.ChatID == "" || m.ID == "" || m.AuthorID == "":
		writeError(w, http.StatusBadRequest, "chat_id, id and author_id are required")
		return
	case m.Text == "" && m.ReportedBy == "":
		writeError(w, http.StatusBadRequest, "text is required")
		return
	case !cl.mayPost(m.ChatID):
		a.log.Warn("ingest: message refused: not a chat of the client's communities", "client", cl.name, "chat_id", m.ChatID)
		writeError(w, http.StatusForbidden, fmt.Sprintf("this token may not post to chat_id %q: it is not a chat of the client's communities", m.ChatID))
		return
	}
	if cc, ok := in.(bot.ChatChecker); ok && !cc.Configured(Platform, m.ChatID) {
		writeError(w, http.StatusUnprocessableEntity, fmt.Sprintf("no community is configured for chat_id %q; the message was not accepted", m.ChatID))
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
		ActorID: body.ActorID, ActorName: body.ActorName, Roles: body.Roles, Communities: clientOf(r).communities})
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

// EndLongPolls makes every reader waiting on /v1/outbox, and every one
// that comes later, answer at once with what there is (often nothing), so
// that a graceful shutdown does not wait for long-polls. Register it with
// the server's RegisterOnShutdown. It may be called more than once.
func (a *Adapter) EndLongPolls() { a.stopOnce.Do(func() { close(a.stopping) }) }

// getOutbox returns the client's items after ?after=SEQ, waiting up to
// ?wait=SECONDS (at most 30) for one to arrive or until EndLongPolls.
// The answer's "next" is the SEQ to ask after next time: past the items
// returned, and past the items of other clients' communities it skipped.
// With ?epoch= (the answer's epoch) it answers at once with Reset when
// that numbering is gone (see Outbox).
func (a *Adapter) getOutbox(w http.ResponseWriter, r *http.Request) {
	cl := clientOf(r)
	after, _ := strconv.ParseInt(r.URL.Query().Get("after"), 10, 64)
	epoch := r.URL.Query().Get("epoch")
	wait, _ := strconv.Atoi(r.URL.Query().Get("wait"))
	deadline := time.Now().Add(time.Duration(min(max(wait, 0), 30)) * time.Second)
	// The server's read and write timeouts may be shorter than the wait:
	// a read deadline passing would cancel the request. This request
	// holds the connection until the deadline, plus time to answer.
	rc := http.NewResponseController(w)
	_ = rc.SetReadDeadline(deadline.Add(10 * time.Second)) // an error: no server deadline to extend
	_ = rc.SetWriteDeadline(deadline.Add(10 * time.Second))
	for {
		box, wake, err := a.outboxAfter(r.Context(), after, epoch, cl)
		if err != nil {
			a.log.Error("ingest: outbox not read", "err", err)
			writeError(w, http.StatusServiceUnavailable, "outbox unavailable; retry")
			return
		}
		if len(box.Items) > 0 || box.Reset || time.Now().After(deadline) || a.isStopping() {
			writeJSON(w, http.StatusOK, box)
			return
		}
		// Wait in the numbering just read: a reset while waiting is
		// answered at once.
		after, epoch = box.Next, box.Epoch
		// Items pushed here wake the reader at once; with a shared feed,
		// items another instance appended are seen at the next poll.
		poll := time.Until(deadline)
		if a.feed != nil {
			poll = min(poll, feedPoll)
		}
		select {
		case <-wake:
		case <-time.After(poll):
		case <-a.stopping:
		case <-r.Context().Done():
			return
		}
	}
}

func (a *Adapter) isStopping() bool {
	select {
	case <-a.stopping:
		return true
	default:
		return false
	}
}

// feedPoll is how often a waiting reader looks at a shared feed.
const feedPoll = 250 * time.Millisecond

// outboxAfter is the outbox after seq, as far as cl may read it, in the
// numbering epoch names, or, when that numbering is gone (another epoch,
// or a seq past the head), the outbox from its beginning marked Reset.
// Items read while the numbering changed under the reader are read
// again. Next is a number the outbox handed out (or after itself), never
// past the head a later read finds in the same numbering, so a client
// that reads only some communities' items is told of a reset as every
// other is.
func (a *Adapter) outboxAfter(ctx context.Context, after int64, epoch string, cl *client) (Outbox, <-chan struct{}, error) {
	for range 3 {
		head, err := a.head(ctx)
		if err != nil {
			return Outbox{}, nil, err
		}
		box := Outbox{Epoch: head.Epoch, Items: []Item{}}
		if (epoch != "" && epoch != head.Epoch) || after > head.Seq {
			box.Reset, after = true, 0
		}
		items, next, wake, err := a.itemsAfter(ctx, after, cl)
		if err != nil {
			return Outbox{}, nil, err
		}
		again, err := a.head(ctx)
		if err != nil {
			return Outbox{}, nil, err
		}
		if again.Epoch == head.Epoch {
			box.Items, box.Next = append(box.Items, items...), next
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

// itemsAfter returns the outbox items after seq that cl may read, the
// seq to read after next time, and a channel closed when this instance
// pushes the next item. From a shared feed it reads pages until it finds
// items cl may read, or up to readPages pages.
func (a *Adapter) itemsAfter(ctx context.Context, after int64, cl *client) ([]Item, int64, <-chan struct{}, error) {
	a.mu.Lock()
	wake := a.wake
	a.mu.Unlock()
	next := after
	if a.feed == nil {
		a.mu.Lock()
		defer a.mu.Unlock()
		var out []Item
		for _, it := range a.items {
			if it.Seq > after {
				next = it.Seq
				if cl.mayRead(it) {
					out = append(out, it)
				}
			}
		}
		return out, next, wake, nil
	}
	var out []Item
	for range readPages {
		page, err := a.feed.Read(ctx, FeedName, next, 500)
		if err != nil {
			return nil, after, wake, err
		}
		for _, fi := range page {
			next = fi.Seq
			var it Item
			if err := json.Unmarshal(fi.Data, &it); err != nil {
				a.log.Error("ingest: outbox item not understood; skipped", "seq", fi.Seq, "err", err)
				continue
			}
			it.Seq = fi.Seq
			if cl.mayRead(it) {
				out = append(out, it)
			}
		}
		if len(out) > 0 || len(page) < 500 {
			break
		}
	}
	return out, next, wake, nil
}

// readPages bounds the pages of a shared feed one read of the outbox
// looks through for a client's items.
const readPages = 10

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
		seq, err := a.feed.Append(ctx, FeedName, itemKey(it), itemCase(it), data)
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

// itemCase is the case an outbox item shows, if any: the store erases
// the item with that case's evidence (retention, forget).
func itemCase(it Item) storage.CaseID {
	switch {
	case it.Prompt != nil:
		return it.Prompt.CaseID
	case it.Reply != nil:
		return it.Reply.CaseID
	}
	return 0
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
