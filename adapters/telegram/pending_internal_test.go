package telegram

import (
	"testing"
	"time"

	"github.com/trygbot/trygbot/bot"
)

// TestPendingBounded: at most maxPending requests wait; the one closest to
// expiring is dropped first, and expired ones are dropped on the way.
func TestPendingBounded(t *testing.T) {
	now := time.Date(2025, 1, 1, 12, 0, 0, 0, time.UTC)
	a := &Adapter{opt: Options{Now: func() time.Time { return now }}, pending: map[pendingKey]pendingReply{}}
	for i := range maxPending + 10 {
		a.remember(pendingKey{chat: -1, msg: i}, pendingReply{caseID: 1, kind: bot.ActNote, user: 42,
			expires: now.Add(pendingTTL + time.Duration(i)*time.Second)})
	}
	if n := len(a.pending); n != maxPending {
		t.Fatalf("pending = %d, want %d", n, maxPending)
	}
	if _, st := a.take(pendingKey{chat: -1, msg: 0}, 42); st != pendingNone {
		t.Errorf("oldest request kept: %v", st)
	}
	if _, st := a.take(pendingKey{chat: -1, msg: maxPending + 9}, 7); st != pendingNone {
		t.Errorf("another user took a request: %v", st)
	}
	if p, st := a.take(pendingKey{chat: -1, msg: maxPending + 9}, 42); st != pendingOK || p.caseID != 1 {
		t.Errorf("newest request = %+v, %v", p, st)
	}
	now = now.Add(2 * pendingTTL)
	a.remember(pendingKey{chat: -1, msg: -1}, pendingReply{user: 42, expires: now.Add(pendingTTL)})
	if n := len(a.pending); n != 1 {
		t.Errorf("pending after all expired = %d, want 1", n)
	}
}
