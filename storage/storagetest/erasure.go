package storagetest

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/trygbot/trygbot/rules"
	"github.com/trygbot/trygbot/storage"
)

// Dump returns everything a store holds, as text: every key and value,
// or every row of every table. The erasure contract searches it.
type Dump func(t *testing.T) []string

// RunErasure runs the erasure contract against stores that are also a
// storage.Feed (open returns a new, empty one each time, cleaned up by
// open, and a Dump of it): after ForgetAuthor no key, row or feed item
// holds the person's platform id, display name, pseudonym or text, and
// retention removes the feed items about the cases it erases and those
// older than its limit, and neither makes a feed's numbering look reset
// (Feed.Head).
func RunErasure(t *testing.T, open func(t *testing.T) (storage.Store, Dump)) {
	t.Helper()
	for _, tt := range []struct {
		name string
		fn   func(t *testing.T, s storage.Store, f storage.Feed, dump Dump)
	}{
		{"ForgetLeavesNothing", testForgetLeavesNothing},
		{"RetentionErasesFeed", testRetentionErasesFeed},
		{"PurgeErasesFeed", testPurgeErasesFeed},
		{"ErasureKeepsFeedHead", testErasureKeepsFeedHead},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s, dump := open(t)
			f, ok := s.(storage.Feed)
			if !ok {
				t.Fatalf("storagetest: %T is not a storage.Feed", s)
			}
			tt.fn(t, s, f, dump)
		})
	}
}

// person is someone whose data the erasure tests look for.
type person struct {
	ref, name  string // platform id, display name
	pseudonym  rules.UserID
	text, said string // a flagged message, and one kept as a threat's context
}

var forgotten = person{ref: "uid-erase-8813", name: "Erasmus Forgetme", pseudonym: "pseud-erase-8813",
	text: "a flagged text only erasmus wrote 4711", said: "a context line by erasmus 0815"}

// traces are the strings of p the store must not hold any more.
func (p person) traces() []string {
	return []string{p.ref, p.name, string(p.pseudonym), p.text, p.said}
}

// authoredBy returns an unpurged case by p, with p's data in every
// evidence field.
func authoredBy(p person, key string, created time.Time) storage.Case {
	c := evidenceCase(key, created, false)
	c.Author, c.AuthorRef, c.AuthorName, c.Text = p.pseudonym, p.ref, p.name, p.text
	c.Verdict.Normalized = p.text
	c.Verdict.Matches[0].Text = p.text
	c.Notes = []storage.Note{{Actor: "mod-1", At: created, Text: "seen " + p.name + " before"}}
	c.Context = []storage.ContextMessage{{MessageID: "m-" + key, Author: p.pseudonym, AuthorName: p.name, At: created, Text: p.text, Subject: true}}
	return c
}

// feedItem is what the ingest outbox keeps of a case: a prompt quoting
// the text and naming the author, or a reply to them.
func feedItem(kind string, c storage.Case) []byte {
	b, _ := json.Marshal(map[string]string{"kind": kind, "author": c.AuthorName, "author_id": c.AuthorRef, "text": c.Text})
	return b
}

func mustAppend(t *testing.T, f storage.Feed, feed, key string, about storage.CaseID, data []byte) int64 {
	t.Helper()
	seq, err := f.Append(context.Background(), feed, key, about, data)
	if err != nil {
		t.Fatalf("Append(%s, %q, case %d): %v", feed, key, about, err)
	}
	return seq
}

// feedSeqs reads a whole feed's sequence numbers.
func feedSeqs(t *testing.T, f storage.Feed, feed string) []int64 {
	t.Helper()
	var out []int64
	for _, it := range readAll(t, f, feed, 0) {
		out = append(out, it.Seq)
	}
	return out
}

// leftovers returns the entries of dump that hold any of traces.
func leftovers(t *testing.T, dump Dump, traces []string) []string {
	t.Helper()
	var out []string
	for _, v := range dump(t) {
		for _, tr := range traces {
			if strings.Contains(v, tr) {
				out = append(out, fmt.Sprintf("%q in %.200q", tr, v))
			}
		}
	}
	return out
}

func testForgetLeavesNothing(t *testing.T, s storage.Store, f storage.Feed, dump Dump) {
	ctx := context.Background()
	p, other := forgotten, rules.UserID("pseud-keep")
	own := mustCreate(t, s, authoredBy(p, "own", base))
	own2 := mustCreate(t, s, authoredBy(p, "own2", base.Add(time.Minute)))
	threat := evidenceCase("threat", base, true)
	threat.Author, threat.Text = other, "a threat by someone else"
	threat.Context = append(threat.Context, storage.ContextMessage{MessageID: "said", Author: p.pseudonym, AuthorName: p.name, At: base, Text: p.said})
	threat = mustCreate(t, s, threat)
	reported := evidenceCase("reported", base, false)
	reported.Author, reported.Reporter, reported.UserReported = other, string(p.pseudonym), true
	reported = mustCreate(t, s, reported)
	if err := s.AddAudit(ctx, storage.AuditEntry{CaseID: own.ID, Actor: "mod-1", Role: "moderator", Action: "claim"}); err != nil {
		t.Fatal(err)
	}

	// The outbox: a prompt, an update and a reply about each of their
	// cases, in two feeds; items about other cases and about none.
	for _, feed := range []string{"outbox", "other-outbox"} {
		for _, c := range []storage.Case{own, own2} {
			mustAppend(t, f, feed, fmt.Sprint("prompt/", c.ID), c.ID, feedItem("prompt", c))
			mustAppend(t, f, feed, "", c.ID, feedItem("update", c))
			mustAppend(t, f, feed, fmt.Sprint("reply/", c.ID), c.ID, feedItem("reply", c))
		}
	}
	keepThreat := mustAppend(t, f, "outbox", "prompt/threat", threat.ID, feedItem("prompt", threat))
	keepPost := mustAppend(t, f, "outbox", "post/1", 0, []byte(`{"kind":"post","text":"weekly summary"}`))

	res, err := s.ForgetAuthor(ctx, p.pseudonym)
	if err != nil {
		t.Fatal(err)
	}
	if want := (storage.ForgetResult{Authored: 2, Reported: 1, Context: 1, FeedItems: 12}); res != want {
		t.Errorf("ForgetAuthor = %+v, want %+v", res, want)
	}
	if got := leftovers(t, dump, p.traces()); len(got) > 0 {
		t.Errorf("after ForgetAuthor the store still holds the person's data:\n%s", strings.Join(got, "\n"))
	}
	if got := feedSeqs(t, f, "outbox"); !slices.Equal(got, []int64{keepThreat, keepPost}) {
		t.Errorf("outbox after ForgetAuthor = %v, want the other case's and the post (%d, %d)", got, keepThreat, keepPost)
	}
	if got := feedSeqs(t, f, "other-outbox"); len(got) != 0 {
		t.Errorf("other-outbox after ForgetAuthor = %v, want empty", got)
	}
	for _, kept := range []string{"a threat by someone else", "weekly summary"} {
		if len(leftovers(t, dump, []string{kept})) == 0 {
			t.Errorf("ForgetAuthor erased %q, someone else's", kept)
		}
	}
	if res, err := s.ForgetAuthor(ctx, p.pseudonym); err != nil || res != (storage.ForgetResult{}) {
		t.Errorf("second ForgetAuthor = %+v, %v; want nothing to do", res, err)
	}
}

func testRetentionErasesFeed(t *testing.T, s storage.Store, f storage.Feed, dump Dump) {
	ctx := context.Background()
	now := time.Now()
	// Feed items are stamped with the store's clock, now: a limit an
	// hour ago keeps them by age, one an hour ahead takes them all.
	r := storage.Retention{Before: now.Add(-time.Hour), EvidenceBefore: now.Add(-2 * time.Hour)}
	old := mustCreate(t, s, authoredBy(forgotten, "old", now.Add(-3*time.Hour)))
	recent := mustCreate(t, s, authoredBy(person{ref: "uid-recent", name: "Recent Name", pseudonym: "pseud-recent",
		text: "a recent flagged text"}, "recent", now))
	pack := evidenceCase("pack", now.Add(-90*time.Minute), true) // held: an evidence pack within its period
	pack = mustCreate(t, s, pack)
	for _, c := range []storage.Case{old, recent, pack} {
		mustAppend(t, f, "outbox", fmt.Sprint("prompt/", c.ID), c.ID, feedItem("prompt", c))
		mustAppend(t, f, "outbox", "", c.ID, feedItem("update", c))
	}
	post := mustAppend(t, f, "outbox", "post/1", 0, []byte(`{"kind":"post"}`))
	kept := feedSeqs(t, f, "outbox")[2:]

	dry := r
	dry.DryRun = true
	want := storage.RetentionResult{Cases: 1, Held: 1, FeedItems: 2}
	if got, err := s.PurgeRetention(ctx, dry); err != nil || got != want {
		t.Errorf("PurgeRetention(dry run) = %+v, %v; want %+v", got, err, want)
	}
	if got := feedSeqs(t, f, "outbox"); len(got) != 7 {
		t.Errorf("the dry run removed feed items: %v", got)
	}
	if got, err := s.PurgeRetention(ctx, r); err != nil || got != want {
		t.Errorf("PurgeRetention = %+v, %v; want %+v", got, err, want)
	}
	if got := feedSeqs(t, f, "outbox"); !slices.Equal(got, kept) {
		t.Errorf("outbox after retention = %v, want %v (the erased case's items gone)", got, kept)
	}
	if got := leftovers(t, dump, []string{forgotten.ref, forgotten.name, forgotten.text}); len(got) > 0 {
		t.Errorf("after retention the store still holds the erased evidence:\n%s", strings.Join(got, "\n"))
	}
	// Items older than the limit go whatever they are about.
	later := storage.Retention{Before: now.Add(time.Hour)}
	got, err := s.PurgeRetention(ctx, later)
	if err != nil || got.FeedItems != len(kept) {
		t.Errorf("PurgeRetention(an hour ahead) = %+v, %v; want %d feed items", got, err, len(kept))
	}
	if got := feedSeqs(t, f, "outbox"); len(got) != 0 {
		t.Errorf("outbox after retention an hour ahead = %v, want empty (post %d too)", got, post)
	}
}

func testPurgeErasesFeed(t *testing.T, s storage.Store, f storage.Feed, _ Dump) {
	ctx := context.Background()
	now := time.Now()
	old := mustCreate(t, s, authoredBy(forgotten, "old", now.Add(-2*time.Hour)))
	mustAppend(t, f, "outbox", "", old.ID, feedItem("prompt", old))
	keep := mustAppend(t, f, "outbox", "", 0, []byte("about no case"))
	if n, err := s.Purge(ctx, now.Add(-time.Hour)); err != nil || n != 1 {
		t.Fatalf("Purge = %d, %v; want 1", n, err)
	}
	if got := feedSeqs(t, f, "outbox"); !slices.Equal(got, []int64{keep}) {
		t.Errorf("outbox after Purge = %v, want only %d", got, keep)
	}
}

// testErasureKeepsFeedHead: erasing feed items with the evidence they
// quote (forget, purge) is no loss of the store's data: the feed keeps
// its epoch and numbering, so outbox readers are not told of a reset, and
// the next item is numbered after every earlier one.
func testErasureKeepsFeedHead(t *testing.T, s storage.Store, f storage.Feed, _ Dump) {
	ctx := context.Background()
	now := time.Now()
	c := mustCreate(t, s, authoredBy(forgotten, "head", now.Add(-2*time.Hour)))
	var last int64
	for i := range 3 {
		last = mustAppend(t, f, "outbox", fmt.Sprint("prompt/", i), c.ID, feedItem("prompt", c))
	}
	before, err := f.Head(ctx, "outbox")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.ForgetAuthor(ctx, forgotten.pseudonym); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Purge(ctx, now.Add(-time.Hour)); err != nil {
		t.Fatal(err)
	}
	if got := feedSeqs(t, f, "outbox"); len(got) != 0 {
		t.Fatalf("outbox after forget and purge = %v, want empty", got)
	}
	after, err := f.Head(ctx, "outbox")
	if err != nil || after.Epoch != before.Epoch || after.Seq < last {
		t.Errorf("head after erasure = %+v, %v; want epoch %q and seq >= %d", after, err, before.Epoch, last)
	}
	if next := mustAppend(t, f, "outbox", "", 0, []byte("next")); next <= last {
		t.Errorf("append after erasure = %d, want after %d", next, last)
	}
}
