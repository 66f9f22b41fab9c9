package storagetest

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/trygbot/trygbot/storage"
)

// RunFeed runs the Feed contract against the feeds open returns (a new,
// empty store each time, cleaned up by open).
func RunFeed(t *testing.T, open func(t *testing.T) storage.Feed) {
	t.Helper()
	runContract(t, open, []contractTest[storage.Feed]{
		{"AppendRead", testFeedAppendRead},
		{"FeedsApart", testFeedsApart},
		{"ConcurrentAppendsInOrder", testFeedConcurrent},
		{"Trim", testFeedTrim},
		{"IdempotentKey", testFeedKey},
		{"Head", testFeedHead},
	})
	// A store that lost its data is, to its readers, a new store: its
	// feeds number from 1 again, under another epoch.
	t.Run("NewStoreNewEpoch", func(t *testing.T) {
		ctx := context.Background()
		a, b := open(t), open(t)
		for _, f := range []storage.Feed{a, b} {
			if _, err := f.Append(ctx, "out", "", 0, []byte("first")); err != nil {
				t.Fatal(err)
			}
		}
		ha, err := a.Head(ctx, "out")
		if err != nil {
			t.Fatal(err)
		}
		hb, err := b.Head(ctx, "out")
		if err != nil {
			t.Fatal(err)
		}
		if ha.Epoch == "" || ha.Epoch == hb.Epoch {
			t.Errorf("two new stores' feeds have epochs %q and %q, want two different ones", ha.Epoch, hb.Epoch)
		}
	})
}

// The head's epoch stays while the store keeps the feed, whatever is
// appended or trimmed; its Seq is never below a number handed out.
func testFeedHead(t *testing.T, f storage.Feed) {
	ctx := context.Background()
	h0, err := f.Head(ctx, "h")
	if err != nil {
		t.Fatal(err)
	}
	if h0.Epoch == "" || h0.Seq != 0 {
		t.Fatalf("head of a new feed = %+v, want an epoch and seq 0", h0)
	}
	var last int64
	for i := range 5 {
		if last, err = f.Append(ctx, "h", "", 0, fmt.Appendf(nil, "%d", i)); err != nil {
			t.Fatal(err)
		}
	}
	h1, err := f.Head(ctx, "h")
	if err != nil || h1.Epoch != h0.Epoch || h1.Seq < last {
		t.Fatalf("head after 5 appends = %+v, %v; want epoch %q and seq >= %d", h1, err, h0.Epoch, last)
	}
	if _, err := f.Trim(ctx, "h", 0, time.Now().Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	h2, err := f.Head(ctx, "h")
	if err != nil || h2.Epoch != h0.Epoch || h2.Seq < last {
		t.Errorf("head after trimming everything = %+v, %v; want epoch %q and seq >= %d", h2, err, h0.Epoch, last)
	}
	if next, err := f.Append(ctx, "h", "", 0, []byte("next")); err != nil || next <= last {
		t.Errorf("append after trimming everything = %d, %v; want a number after %d", next, err, last)
	}
}

func readAll(t *testing.T, f storage.Feed, feed string, after int64) []storage.FeedItem {
	t.Helper()
	var out []storage.FeedItem
	for {
		page, err := f.Read(context.Background(), feed, after, 7)
		if err != nil {
			t.Fatalf("Read(%s, %d): %v", feed, after, err)
		}
		if len(page) == 0 {
			return out
		}
		out = append(out, page...)
		after = page[len(page)-1].Seq
	}
}

func testFeedAppendRead(t *testing.T, f storage.Feed) {
	ctx := context.Background()
	before := time.Now().Add(-time.Second)
	var seqs []int64
	for i := range 20 {
		seq, err := f.Append(ctx, "out", "", 0, fmt.Appendf(nil, "item %d | with a bar", i))
		if err != nil {
			t.Fatal(err)
		}
		if len(seqs) > 0 && seq <= seqs[len(seqs)-1] {
			t.Fatalf("Append: seq %d after %d, want increasing", seq, seqs[len(seqs)-1])
		}
		seqs = append(seqs, seq)
	}
	got := readAll(t, f, "out", 0)
	if len(got) != 20 {
		t.Fatalf("read %d items, want 20", len(got))
	}
	for i, it := range got {
		if it.Seq != seqs[i] || string(it.Data) != fmt.Sprintf("item %d | with a bar", i) || it.At.Before(before) || it.At.After(time.Now().Add(time.Second)) {
			t.Errorf("item %d = %d %q %v, want %d", i, it.Seq, it.Data, it.At, seqs[i])
		}
	}
	if rest := readAll(t, f, "out", seqs[14]); len(rest) != 5 || rest[0].Seq != seqs[15] {
		t.Errorf("read after item 14: %d items starting %v", len(rest), rest)
	}
	if none, err := f.Read(ctx, "out", seqs[19], 10); err != nil || len(none) != 0 {
		t.Errorf("read after the last: %v, %v", none, err)
	}
}

func testFeedsApart(t *testing.T, f storage.Feed) {
	ctx := context.Background()
	if _, err := f.Append(ctx, "a", "", 0, []byte("for a")); err != nil {
		t.Fatal(err)
	}
	if _, err := f.Append(ctx, "b", "", 0, []byte("for b")); err != nil {
		t.Fatal(err)
	}
	if got := readAll(t, f, "a", 0); len(got) != 1 || string(got[0].Data) != "for a" {
		t.Errorf("feed a = %v", got)
	}
}

// Items appended concurrently (by several instances) are read in sequence
// order, so a reader that pages by the last seq it saw misses none.
func testFeedConcurrent(t *testing.T, f storage.Feed) {
	ctx := context.Background()
	var wg sync.WaitGroup
	const writers, each = 4, 25
	var mu sync.Mutex
	var seen []int64
	var last int64
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() { // a reader paging while the writers append
		defer close(done)
		for {
			// Whether the writers were done before this read: then an
			// empty page means everything was read.
			stopped := false
			select {
			case <-stop:
				stopped = true
			default:
			}
			page, err := f.Read(ctx, "c", last, 10)
			if err != nil {
				t.Error(err)
				return
			}
			for _, it := range page {
				mu.Lock()
				seen = append(seen, it.Seq)
				mu.Unlock()
				last = it.Seq
			}
			if stopped && len(page) == 0 {
				return
			}
		}
	}()
	for w := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range each {
				if _, err := f.Append(ctx, "c", "", 0, fmt.Appendf(nil, "%d-%d", w, i)); err != nil {
					t.Error(err)
					return
				}
			}
		}()
	}
	wg.Wait()
	close(stop)
	<-done
	if len(seen) != writers*each || !slices.IsSorted(seen) {
		t.Errorf("a paging reader saw %d items (sorted %v), want %d in order", len(seen), slices.IsSorted(seen), writers*each)
	}
}

func testFeedTrim(t *testing.T, f storage.Feed) {
	ctx := context.Background()
	for i := range 10 {
		if _, err := f.Append(ctx, "t", "", 0, fmt.Appendf(nil, "%d", i)); err != nil {
			t.Fatal(err)
		}
	}
	n, err := f.Trim(ctx, "t", 4, time.Now().Add(-time.Hour))
	if err != nil || n != 6 {
		t.Fatalf("Trim(keep 4) = %d, %v; want 6 dropped", n, err)
	}
	got := readAll(t, f, "t", 0)
	if len(got) != 4 || string(got[0].Data) != "6" {
		t.Fatalf("after trim: %v", got)
	}
	n, err = f.Trim(ctx, "t", 100, time.Now().Add(time.Hour))
	if err != nil || n != 4 {
		t.Fatalf("Trim(older than an hour from now) = %d, %v; want 4", n, err)
	}
	if got := readAll(t, f, "t", 0); len(got) != 0 {
		t.Errorf("after trimming by age: %v", got)
	}
	seq, err := f.Append(ctx, "t", "", 0, []byte("new"))
	if err != nil || seq <= 0 {
		t.Fatalf("append after trim: %d, %v", seq, err)
	}
}

// An append with a key the feed holds adds nothing and returns the first
// item's number; after the item was trimmed the key is free again.
func testFeedKey(t *testing.T, f storage.Feed) {
	ctx := context.Background()
	a, err := f.Append(ctx, "k", "prompt/7/moderators", 0, []byte("first"))
	if err != nil {
		t.Fatal(err)
	}
	b, err := f.Append(ctx, "k", "prompt/7/moderators", 0, []byte("again"))
	if err != nil || b != a {
		t.Fatalf("append with the same key = %d, %v; want %d", b, err, a)
	}
	c, err := f.Append(ctx, "k", "prompt/8/moderators", 0, []byte("other"))
	if err != nil || c <= a {
		t.Fatalf("append with another key = %d, %v", c, err)
	}
	if _, err := f.Append(ctx, "other-feed", "prompt/7/moderators", 0, []byte("elsewhere")); err != nil {
		t.Fatal(err)
	}
	got := readAll(t, f, "k", 0)
	if len(got) != 2 || string(got[0].Data) != "first" || string(got[1].Data) != "other" {
		t.Fatalf("feed = %v, want first and other", got)
	}
	if _, err := f.Trim(ctx, "k", 0, time.Now().Add(-time.Hour)); err != nil {
		t.Fatal(err)
	}
	d, err := f.Append(ctx, "k", "prompt/7/moderators", 0, []byte("after trim"))
	if err != nil || d <= c {
		t.Errorf("after trimming, the key appends anew: %d, %v", d, err)
	}
}
