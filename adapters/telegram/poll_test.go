package telegram_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/trygbot/trygbot/adapters/telegram"
	"github.com/trygbot/trygbot/bot"
	"github.com/trygbot/trygbot/storage"
)

// errStoreAway is what flakyInbox answers for the failures it is told of.
var errStoreAway = errors.New("store unreachable")

// flakyInbox feeds the bot and fails Handle calls as a bot does whose
// store is away: the first failBefore calls without handing the message
// over, then the next failAfter calls after the bot took it (the store
// went away on the way back). gate, if set, is called first with each
// message. It records each message id Handle was called with and the
// ones handed over successfully.
type flakyInbox struct {
	bot.Inbox
	gate func(bot.Event)

	mu                    sync.Mutex
	failBefore, failAfter int
	calls, handled        []string
}

func (f *flakyInbox) Handle(ctx context.Context, ev bot.Event) error {
	if f.gate != nil {
		f.gate(ev)
	}
	f.mu.Lock()
	f.calls = append(f.calls, ev.MessageID)
	before := f.failBefore > 0
	if before {
		f.failBefore--
	}
	f.mu.Unlock()
	if before {
		return errStoreAway
	}
	err := f.Inbox.Handle(ctx, ev)
	f.mu.Lock()
	defer f.mu.Unlock()
	if err == nil && f.failAfter > 0 {
		f.failAfter--
		return errStoreAway
	}
	if err == nil {
		f.handled = append(f.handled, ev.MessageID)
	}
	return err
}

// Calls returns the message ids Handle was called with, and those it
// handed over successfully.
func (f *flakyInbox) Calls() (calls, handled []string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return slices.Clone(f.calls), slices.Clone(f.handled)
}

// checkOneCase fails unless the store holds exactly one case, for
// message msgID, with one prompt, and one prompt was sent.
func checkOneCase(t *testing.T, e *env, msgID string) {
	t.Helper()
	waitFor(t, "the prompt stored on the case", func() bool {
		c, err := e.store.GetCase(context.Background(), 1)
		return err == nil && len(c.Prompts) == 1
	})
	time.Sleep(200 * time.Millisecond) // a second prompt would be on its way
	c, err := e.store.GetCase(context.Background(), 1)
	if err != nil || c.MessageID != msgID || len(c.Prompts) != 1 {
		t.Errorf("case 1 = message %q, prompts %+v, %v; want message %s with one prompt", c.MessageID, c.Prompts, err, msgID)
	}
	if _, err := e.store.GetCase(context.Background(), 2); !errors.Is(err, storage.ErrNotFound) {
		t.Errorf("case 2: %v, want none", err)
	}
	if n := len(sentTo(e.api, modsID)); n != 1 {
		t.Errorf("prompts sent = %d, want 1", n)
	}
}

// TestFailedUpdateDeliveredAgain: an update whose message could not be
// handed to the bot is not confirmed: Telegram delivers it again, before
// the updates after it, until it is handled, and it makes one case and
// one prompt, also when the bot had taken it before the failure.
func TestFailedUpdateDeliveredAgain(t *testing.T) {
	for _, tc := range []struct {
		name                  string
		failBefore, failAfter int
	}{
		{"store away before the bot takes it", 3, 0},
		{"store away after the bot took it", 0, 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t, groupID, "en")
			in := &flakyInbox{Inbox: e.b, failBefore: tc.failBefore, failAfter: tc.failAfter}
			e.api.push(map[string]any{"message": groupMessage(groupID, 10, 7, "Bob", "you zorblax")})
			e.api.push(map[string]any{"message": groupMessage(groupID, 11, 7, "Bob", "hello all")})
			e.run(t, context.Background(), telegram.Options{}, in)
			waitFor(t, "both messages handled", func() bool {
				_, handled := in.Calls()
				return len(handled) == 2
			})
			tries := tc.failBefore + tc.failAfter + 1
			want := append(slices.Repeat([]string{"10"}, tries), "11")
			if calls, handled := in.Calls(); !slices.Equal(calls, want) || !slices.Equal(handled, []string{"10", "11"}) {
				t.Errorf("Handle calls %v (handled %v), want %v: the failed message again and again, then the next", calls, handled, want)
			}
			checkOneCase(t, e, "10")
			if n := len(logLines(e.logs.String(), "telegram update not handled; polling it again", "update_id=1")); n != tries-1 {
				t.Errorf("%d retries logged, want %d:\n%s", n, tries-1, e.logs.String())
			}
			waitFor(t, "both updates confirmed", func() bool { return len(e.api.queued()) == 0 })
		})
	}
}

// TestOffsetNeverPassesUnhandledUpdate: every getUpdates offset confirms
// only updates that were handled before it was sent; while one fails,
// the adapter polls again from it.
func TestOffsetNeverPassesUnhandledUpdate(t *testing.T) {
	e := newEnv(t, groupID, "en")
	in := &flakyInbox{Inbox: e.b}
	msgOf := map[int64]string{} // update_id -> message id
	for i, text := range []string{"hello", "you zorblax", "hello again"} {
		id := e.api.push(map[string]any{"message": groupMessage(groupID, 10+i, 7, "Bob", text)})
		msgOf[id] = fmt.Sprint(10 + i)
	}
	// Update 2 (message 11) fails three times.
	in.gate = func(ev bot.Event) {
		in.mu.Lock()
		defer in.mu.Unlock()
		if ev.MessageID == "11" && len(in.handled) == 1 && slices.Index(in.calls, "11") < 0 {
			in.failBefore = 3
		}
	}
	var mu sync.Mutex
	var bad []string
	e.api.onPoll = func(offset int64) {
		_, handled := in.Calls()
		for id, msg := range msgOf {
			if id < offset && !slices.Contains(handled, msg) {
				mu.Lock()
				bad = append(bad, fmt.Sprintf("offset %d confirms update %d (message %s), not handled yet (handled: %v)", offset, id, msg, handled))
				mu.Unlock()
			}
		}
	}
	e.run(t, context.Background(), telegram.Options{}, in)
	waitFor(t, "every message handled", func() bool {
		_, handled := in.Calls()
		return len(handled) == 3
	})
	waitFor(t, "every update confirmed", func() bool { return len(e.api.queued()) == 0 })
	mu.Lock()
	defer mu.Unlock()
	for _, b := range bad {
		t.Error(b)
	}
	offsets := e.api.offsets()
	if n := count(offsets, 2); n < 3 {
		t.Errorf("getUpdates offsets %v: want offset 2 at least 3 times (once after each failure)", offsets)
	}
	if !slices.Contains(offsets, 4) {
		t.Errorf("getUpdates offsets %v: never past the last update", offsets)
	}
	if calls, _ := in.Calls(); !slices.Equal(calls, []string{"10", "11", "11", "11", "11", "12"}) {
		t.Errorf("Handle calls %v", calls)
	}
}

// TestMalformedUpdateAmongGoodOnes: an update that does not decode, in
// one batch with good ones, is logged once, skipped and confirmed; the
// good ones before and after it are handled.
func TestMalformedUpdateAmongGoodOnes(t *testing.T) {
	e := newEnv(t, groupID, "en")
	e.api.push(map[string]any{"message": groupMessage(groupID, 10, 7, "Bob", "you zorblax")})
	badID := e.api.pushRaw(`{"message":{"message_id":"eleven","date":1,"text":"zorblax","chat":{"id":` + groupID + `,"type":"supergroup"}}}`)
	e.api.push(map[string]any{"message": groupMessage(groupID, 12, 7, "Bob", "zorblax again")})
	e.run(t, context.Background(), telegram.Options{}, e.b)
	waitFor(t, "two prompts", func() bool { return len(sentTo(e.api, modsID)) == 2 })
	waitFor(t, "every update confirmed", func() bool { return len(e.api.queued()) == 0 })
	for id, msg := range map[storage.CaseID]string{1: "10", 2: "12"} {
		if c, err := e.store.GetCase(context.Background(), id); err != nil || c.MessageID != msg {
			t.Errorf("case %d: message %q, %v; want %s", id, c.MessageID, err, msg)
		}
	}
	time.Sleep(200 * time.Millisecond)
	if n := len(logLines(e.logs.String(), "telegram update skipped", fmt.Sprintf("update_id=%d", badID))); n != 1 {
		t.Errorf("bad update logged %d times, want once:\n%s", n, e.logs.String())
	}
	if offsets := e.api.offsets(); !slices.Contains(offsets, badID+2) {
		t.Errorf("getUpdates offsets %v: want %d (past all three)", offsets, badID+2)
	}
}

// TestPollErrorsRetried: 409 Conflict, a 5xx and a 429 from getUpdates
// are retried (the 429 after its retry_after) and the update arrives.
func TestPollErrorsRetried(t *testing.T) {
	e := newEnv(t, groupID, "en")
	e.api.failOnce("getUpdates", 409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running")
	e.api.failOnce("getUpdates", 502, "Bad Gateway")
	e.api.fail429Once("getUpdates", 1)
	e.api.push(map[string]any{"message": groupMessage(groupID, 10, 7, "Bob", "you zorblax")})
	began := time.Now()
	e.run(t, context.Background(), telegram.Options{}, e.b)
	checkOneCase(t, e, "10")
	if took := time.Since(began); took < time.Second {
		t.Errorf("prompt after %v: the 429's retry_after (1 s) was not honoured", took)
	}
	if n := len(e.api.Calls("getUpdates")); n < 4 {
		t.Errorf("getUpdates calls = %d, want the 3 failures and a success", n)
	}
	logs := e.logs.String()
	for _, want := range []string{"getUpdates conflict", "getUpdates failed", "502", "getUpdates rate limited"} {
		if !strings.Contains(logs, want) {
			t.Errorf("%q not logged:\n%s", want, logs)
		}
	}
	if calls := e.api.Calls("deleteWebhook"); len(calls) != 1 {
		t.Errorf("deleteWebhook calls = %d, want 1 before polling", len(calls))
	}
}

// TestPollUnauthorizedStops: a refused token stops Run with an error
// that does not contain it.
func TestPollUnauthorizedStops(t *testing.T) {
	e := newEnv(t, groupID, "en")
	e.api.failOnce("getUpdates", 401, "Unauthorized: /bot"+testToken+"/getUpdates")
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	a, err := telegram.New(e.logger, testToken, telegram.Options{APIURL: e.api.URL(), SkipGetMe: true})
	if err != nil {
		t.Fatal(err)
	}
	err = a.Run(ctx, e.b)
	if err == nil || ctx.Err() != nil {
		t.Fatalf("Run: %v (ctx %v), want an error at once", err, ctx.Err())
	}
	if !strings.Contains(err.Error(), "401") || strings.Contains(err.Error(), testToken) {
		t.Errorf("Run: %v, want the 401 without the token", err)
	}
}

// TestStopMidBatchLeavesRestUnconfirmed: stopping while a batch is being
// handled finishes the message in hand, confirms what was handled and
// leaves the rest with Telegram, which gives them to the next adapter.
func TestStopMidBatchLeavesRestUnconfirmed(t *testing.T) {
	e := newEnv(t, groupID, "en")
	for i, text := range []string{"you zorblax", "hello", "zorblax again"} {
		e.api.push(map[string]any{"message": groupMessage(groupID, 10+i, 7, "Bob", text)})
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	inHand := make(chan struct{})
	first := &flakyInbox{Inbox: e.b, gate: func(ev bot.Event) {
		if ev.MessageID == "10" {
			cancel() // stop while the first message is in hand
			close(inHand)
		}
	}}
	_, stop := e.run(t, ctx, telegram.Options{}, first)
	select {
	case <-inHand:
	case <-time.After(30 * time.Second):
		t.Fatal("the first message never arrived")
	}
	if err := stop(); err != nil {
		t.Fatalf("Run: %v", err)
	}
	if calls, handled := first.Calls(); !slices.Equal(calls, []string{"10"}) || !slices.Equal(handled, []string{"10"}) {
		t.Fatalf("first adapter: Handle calls %v, handled %v; want message 10 only, finished", calls, handled)
	}
	if q := e.api.queued(); !slices.Equal(q, []int64{2, 3}) {
		t.Errorf("Telegram holds updates %v, want [2 3]: the handled one confirmed, the rest not", q)
	}

	second := &flakyInbox{Inbox: e.b}
	e.run(t, context.Background(), telegram.Options{}, second)
	waitFor(t, "the rest handled by the next adapter", func() bool {
		_, handled := second.Calls()
		return len(handled) == 2
	})
	if calls, _ := second.Calls(); !slices.Equal(calls, []string{"11", "12"}) {
		t.Errorf("second adapter: Handle calls %v, want [11 12]", calls)
	}
	waitFor(t, "two prompts", func() bool { return len(sentTo(e.api, modsID)) == 2 })
	if c, err := e.store.GetCase(context.Background(), 2); err != nil || c.MessageID != "12" {
		t.Errorf("case 2: message %q, %v", c.MessageID, err)
	}
}

func count[T comparable](s []T, v T) int {
	n := 0
	for _, x := range s {
		if x == v {
			n++
		}
	}
	return n
}
