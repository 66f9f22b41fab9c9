package storagetest

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/trygbot/trygbot/rules"
	"github.com/trygbot/trygbot/storage"
)

// RunTrials runs the contract of what template trials need from a Store:
// CaseByKey, and a case's Offer, Tone and DeletedAt kept through every
// write, retention and erasure (none of them is personal data). open is
// as for Run.
func RunTrials(t *testing.T, open func(t *testing.T) storage.Store) {
	t.Helper()
	runContract(t, open, []contractTest[storage.Store]{
		{"CaseByKey", testCaseByKey},
		{"CaseByKeyClosed", testCaseByKeyClosed},
		{"TrialFieldsKept", testTrialFieldsKept},
	})
}

func testCaseByKey(t *testing.T, s storage.Store) {
	ctx := context.Background()
	a := mustCreate(t, s, fullCase("key-a"))
	b := mustCreate(t, s, fullCase("key-b"))
	for _, want := range []storage.Case{a, b} {
		got, err := s.CaseByKey(ctx, want.Key)
		if err != nil {
			t.Fatalf("CaseByKey(%q): %v", want.Key, err)
		}
		checkCase(t, "CaseByKey("+want.Key+")", got, want)
	}
	updated, err := s.UpdateCase(ctx, a.ID, func(c *storage.Case) error { c.DeletedAt = base.Add(time.Hour); return nil })
	if err != nil {
		t.Fatalf("UpdateCase: %v", err)
	}
	got, err := s.CaseByKey(ctx, a.Key)
	if err != nil {
		t.Fatalf("CaseByKey after update: %v", err)
	}
	checkCase(t, "CaseByKey after update", got, updated)
	for _, key := range []string{"no-such-key", ""} {
		if _, err := s.CaseByKey(ctx, key); !errors.Is(err, storage.ErrNotFound) {
			t.Errorf("CaseByKey(%q): error = %v, want storage.ErrNotFound", key, err)
		}
	}
	// A case made without a key is not found by the empty key.
	nokey := fullCase("")
	mustCreate(t, s, nokey)
	if _, err := s.CaseByKey(ctx, ""); !errors.Is(err, storage.ErrNotFound) {
		t.Errorf("CaseByKey(\"\") with a keyless case stored: error = %v, want storage.ErrNotFound", err)
	}
}

func testCaseByKeyClosed(t *testing.T, s storage.Store) {
	c := mustCreate(t, s, fullCase("k"))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := s.CaseByKey(ctx, c.Key); !errors.Is(err, context.Canceled) {
		t.Errorf("CaseByKey with a cancelled context: error = %v, want context.Canceled", err)
	}
	if err := s.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	if _, err := s.CaseByKey(context.Background(), c.Key); !errors.Is(err, storage.ErrClosed) {
		t.Errorf("CaseByKey after Close: error = %v, want storage.ErrClosed", err)
	}
}

// testTrialFieldsKept: the offer, the tone sent and the deletion time are
// stored as given, found by ListCases, and survive retention and a
// forgotten author, which erase only evidence.
func testTrialFieldsKept(t *testing.T, s storage.Store) {
	ctx := context.Background()
	c := fullCase("trial")
	c.Purged, c.Tone, c.DeletedAt, c.Template = false, "", time.Time{}, ""
	c.Offer = storage.Offer{Seed: 18446744073709551557, Tones: []string{"question", "support", "norm-setting"}}
	stored := mustCreate(t, s, c)
	if stored.Offer.Seed != c.Offer.Seed || !stored.Offer.Randomised() {
		t.Fatalf("CreateCase: offer = %s, want %s (a uint64 seed above 2^63 kept exactly)", show(stored.Offer), show(c.Offer))
	}
	sent := base.Add(10 * time.Minute).In(cet)
	deleted := base.Add(3 * time.Hour).In(cet)
	updated, err := s.UpdateCase(ctx, stored.ID, func(c *storage.Case) error {
		c.Template, c.Tone, c.FirstResponseAt = "tpl-support", "support", sent
		c.DeletedAt = deleted
		return nil
	})
	if err != nil {
		t.Fatalf("UpdateCase: %v", err)
	}
	if updated.Tone != "support" || !updated.DeletedAt.Equal(deleted) || updated.DeletedAt.Location() != time.UTC {
		t.Errorf("UpdateCase: tone %q, deleted at %s, want support and %s in UTC", updated.Tone, show(updated.DeletedAt), deleted.UTC())
	}
	listed, err := s.ListCases(ctx, storage.CaseQuery{Community: c.Community})
	if err != nil || len(listed) != 1 {
		t.Fatalf("ListCases: %d cases, %v; want 1", len(listed), err)
	}
	checkCase(t, "ListCases", listed[0], updated)

	if _, err := s.PurgeRetention(ctx, storage.Retention{Before: base.Add(time.Hour), EvidenceBefore: base.Add(time.Hour)}); err != nil {
		t.Fatalf("PurgeRetention: %v", err)
	}
	if _, err := s.ForgetAuthor(ctx, rules.UserID(c.Author)); err != nil {
		t.Fatalf("ForgetAuthor: %v", err)
	}
	after := mustGet(t, s, stored.ID)
	if !after.Purged {
		t.Fatalf("PurgeRetention did not erase the case's evidence: the test needs it to")
	}
	if show(after.Offer) != show(updated.Offer) || after.Tone != "support" || after.Template != "tpl-support" ||
		!after.DeletedAt.Equal(deleted) || !after.FirstResponseAt.Equal(sent) {
		t.Errorf("after retention and ForgetAuthor: offer %s, template %q, tone %q, deleted %s; want them kept (%s, tpl-support, support, %s)",
			show(after.Offer), after.Template, after.Tone, show(after.DeletedAt), show(updated.Offer), deleted.UTC())
	}
}
