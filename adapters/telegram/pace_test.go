package telegram

import (
	"context"
	"testing"
	"time"
)

func TestPacerKeepsGroupsWithinTheirBudget(t *testing.T) {
	p := newPacer()
	ctx := context.Background()
	start := time.Now()
	for i := 0; i < groupPerMinute; i++ { // the burst goes at once
		if err := p.wait(ctx, -100123); err != nil {
			t.Fatal(err)
		}
	}
	if d := time.Since(start); d > time.Second {
		t.Fatalf("the first %d messages to a group took %s; they should not wait", groupPerMinute, d)
	}
	// The next one must wait about three seconds; a short deadline shows it.
	short, cancel := context.WithTimeout(ctx, 500*time.Millisecond)
	defer cancel()
	if err := p.wait(short, -100123); err == nil {
		t.Error("message 21 to one group in a minute was not held back")
	}
	// Another group and private chats are not held back by it.
	if err := p.wait(short, -100999); err != nil {
		t.Errorf("another group waited: %v", err)
	}
	if err := p.wait(short, 4242); err != nil {
		t.Errorf("a private chat waited: %v", err)
	}
}
