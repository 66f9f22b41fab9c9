package storagetest

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/trygbot/trygbot/storage"
)

// RunSessions runs the Sessions contract against the stores open returns
// (a new, empty store each time, cleaned up by open).
func RunSessions(t *testing.T, open func(t *testing.T) storage.Sessions) {
	t.Helper()
	runContract(t, open, []contractTest[storage.Sessions]{
		{"EpochPerUser", testSessionEpochs},
		{"EndOneSession", testEndSession},
		{"ConcurrentEndSessions", testEndSessionsConcurrent},
	})
}

func sessionState(t *testing.T, s storage.Sessions, user, id string) (int64, bool) {
	t.Helper()
	epoch, ended, err := s.SessionState(context.Background(), user, id)
	if err != nil {
		t.Fatalf("SessionState(%q, %q): %v", user, id, err)
	}
	return epoch, ended
}

func testSessionEpochs(t *testing.T, s storage.Sessions) {
	ctx := context.Background()
	if epoch, ended := sessionState(t, s, "anna", "x"); epoch != 0 || ended {
		t.Fatalf("new store: epoch %d, ended %v; want 0, false", epoch, ended)
	}
	for want := int64(1); want <= 3; want++ {
		got, err := s.EndSessions(ctx, "anna")
		if err != nil || got != want {
			t.Fatalf("EndSessions = %d, %v; want %d", got, err, want)
		}
		if epoch, _ := sessionState(t, s, "anna", ""); epoch != want {
			t.Fatalf("epoch %d after EndSessions, want %d", epoch, want)
		}
	}
	// Users apart, whatever their names hold.
	for _, other := range []string{"bo", "anna:x", "Anna", "anna "} {
		if epoch, _ := sessionState(t, s, other, ""); epoch != 0 {
			t.Errorf("%q has epoch %d after anna's changed, want 0", other, epoch)
		}
	}
}

func testEndSession(t *testing.T, s storage.Sessions) {
	ctx := context.Background()
	if err := s.EndSession(ctx, "s1", time.Hour); err != nil {
		t.Fatal(err)
	}
	if _, ended := sessionState(t, s, "anna", "s1"); !ended {
		t.Error("s1 not ended after EndSession")
	}
	for _, id := range []string{"s2", "", "s1 "} {
		if _, ended := sessionState(t, s, "anna", id); ended {
			t.Errorf("session %q ended, want only s1", id)
		}
	}
	if epoch, _ := sessionState(t, s, "anna", "s1"); epoch != 0 {
		t.Errorf("EndSession changed the epoch to %d", epoch)
	}
	// A session past its expiry is forgotten: a new store keeps no
	// list of old sessions for ever.
	if err := s.EndSession(ctx, "s3", 300*time.Millisecond); err != nil {
		t.Fatal(err)
	}
	if _, ended := sessionState(t, s, "anna", "s3"); !ended {
		t.Error("s3 not ended before its expiry")
	}
	time.Sleep(500 * time.Millisecond)
	if _, ended := sessionState(t, s, "anna", "s3"); ended {
		t.Error("s3 still listed after its expiry")
	}
	if err := s.EndSession(ctx, "s4", -time.Minute); err != nil {
		t.Fatalf("EndSession of an expired session: %v", err)
	}
	if _, ended := sessionState(t, s, "anna", "s4"); ended {
		t.Error("a session ended after its expiry is listed")
	}
}

func testEndSessionsConcurrent(t *testing.T, s storage.Sessions) {
	const n = 20
	var wg sync.WaitGroup
	errs := make(chan error, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := s.EndSessions(context.Background(), "cy"); err != nil {
				errs <- fmt.Errorf("EndSessions %d: %w", i, err)
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if epoch, _ := sessionState(t, s, "cy", ""); epoch != n {
		t.Errorf("epoch %d after %d concurrent EndSessions, want %d", epoch, n, n)
	}
}
