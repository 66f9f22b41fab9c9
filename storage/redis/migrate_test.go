package redis_test

import (
	"context"
	"sync"
	"testing"

	"github.com/trygbot/trygbot/internal/redistest"
	"github.com/trygbot/trygbot/storage"
	"github.com/trygbot/trygbot/storage/redis"
)

// TestMigrateCaseKeys opens keys written before case keys were
// length-prefixed (two instances at once, as a deploy starts them): old
// keys take storage.CaseKey's form, so a message delivered again after the
// upgrade still finds its case, and keys of other forms stay.
func TestMigrateCaseKeys(t *testing.T) {
	ctx := context.Background()
	addr := redistest.Addr(t)
	prefix := redistest.Prefix(t, addr, "migrate")
	old := openStore(t, redis.Options{Addr: addr, Prefix: prefix})
	type msg struct{ platform, chat, channel, id string }
	msgs := []msg{
		{"discord", "g1", "c9", "m1"},
		{"ingest", "forum/a", "x/y", "y/z"},
		{"telegram", "-100123", "", "ø/7"},
	}
	var ids []storage.CaseID
	for _, m := range msgs {
		c, _, err := old.CreateCase(ctx, storage.Case{Key: m.platform + "/" + m.chat + "/" + m.channel + "/" + m.id,
			Platform: m.platform, Community: "comm", Channel: m.channel, MessageID: m.id, State: storage.StateOpen})
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, c.ID)
	}
	chosen, _, err := old.CreateCase(ctx, storage.Case{Key: "chosen/key", Platform: "ingest", Channel: "x", MessageID: "y", State: storage.StateOpen})
	if err != nil {
		t.Fatal(err)
	}
	// A case made by the new build before the old one's keys were
	// rewritten (one message handled twice): the old case keeps its key.
	clash := msg{"ingest", "f", "c", "dup"}
	oldClash, _, err := old.CreateCase(ctx, storage.Case{Key: "ingest/f/c/dup", Platform: "ingest", Channel: "c", MessageID: "dup", State: storage.StateOpen})
	if err != nil {
		t.Fatal(err)
	}
	newClash, _, err := old.CreateCase(ctx, storage.Case{Key: storage.CaseKey(clash.platform, clash.chat, clash.channel, clash.id),
		Platform: "ingest", Channel: "c", MessageID: "dup", State: storage.StateOpen})
	if err != nil {
		t.Fatal(err)
	}
	raw := rawClient(t, addr)
	if err := raw.Del(ctx, prefix+"schema").Err(); err != nil { // as an earlier build left it
		t.Fatal(err)
	}

	stores := make([]*redis.Store, 2)
	var wg sync.WaitGroup
	for i := range stores {
		wg.Go(func() { stores[i] = openStore(t, redis.Options{Addr: addr, Prefix: prefix}) })
	}
	wg.Wait()
	s := stores[0]
	if v, err := raw.Get(ctx, prefix+"schema").Int(); err != nil || v < 1 {
		t.Errorf("schema version after Open: %d, %v", v, err)
	}
	for i, m := range msgs {
		want := storage.CaseKey(m.platform, m.chat, m.channel, m.id)
		got, err := s.GetCase(ctx, ids[i])
		if err != nil || got.Key != want || got.Version != 2 {
			t.Errorf("case %d after the migration: key %q, version %d, %v; want %q, version 2", ids[i], got.Key, got.Version, err, want)
		}
		again, created, err := s.CreateCase(ctx, storage.Case{Key: want, Platform: m.platform, State: storage.StateOpen})
		if err != nil || created || again.ID != ids[i] {
			t.Errorf("message %v delivered again: case %d, created %v, %v; want case %d", m, again.ID, created, err, ids[i])
		}
		if n, err := raw.Exists(ctx, prefix+"key:"+m.platform+"/"+m.chat+"/"+m.channel+"/"+m.id).Result(); err != nil || n != 0 {
			t.Errorf("the old key of case %d is still there (%d, %v)", ids[i], n, err)
		}
	}
	if got, err := s.GetCase(ctx, chosen.ID); err != nil || got.Key != "chosen/key" || got.Version != 1 {
		t.Errorf("a key of another form: %q (version %d), %v; want it unchanged", got.Key, got.Version, err)
	}
	if got, err := s.GetCase(ctx, oldClash.ID); err != nil || got.Key != "ingest/f/c/dup" {
		t.Errorf("an old case whose new key another case holds: %q, %v; want its old key", got.Key, err)
	}
	again, created, err := s.CreateCase(ctx, storage.Case{Key: newClash.Key, Platform: "ingest", State: storage.StateOpen})
	if err != nil || created || again.ID != newClash.ID {
		t.Errorf("the new key: case %d, created %v, %v; want case %d", again.ID, created, err, newClash.ID)
	}
}

// TestMigrateRegistersFeeds opens feeds appended to before the set
// "feeds" existed: forget still finds their items.
func TestMigrateRegistersFeeds(t *testing.T) {
	ctx := context.Background()
	addr := redistest.Addr(t)
	prefix := redistest.Prefix(t, addr, "migrate")
	old := openStore(t, redis.Options{Addr: addr, Prefix: prefix})
	c, _, err := old.CreateCase(ctx, storage.Case{Key: "k", Platform: "ingest", Author: "pseud-1", Text: "secret", State: storage.StateOpen})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := old.Append(ctx, "outbox", "", c.ID, []byte("quotes the secret")); err != nil {
		t.Fatal(err)
	}
	raw := rawClient(t, addr)
	if err := raw.Del(ctx, prefix+"schema", prefix+"feeds").Err(); err != nil { // as an earlier build left them
		t.Fatal(err)
	}
	s := openStore(t, redis.Options{Addr: addr, Prefix: prefix})
	if names, err := raw.SMembers(ctx, prefix+"feeds").Result(); err != nil || len(names) != 1 || names[0] != "outbox" {
		t.Errorf("feeds after Open = %v, %v; want [outbox]", names, err)
	}
	res, err := s.ForgetAuthor(ctx, "pseud-1")
	if err != nil || res.FeedItems != 1 {
		t.Errorf("ForgetAuthor = %+v, %v; want 1 feed item", res, err)
	}
	if items, err := s.Read(ctx, "outbox", 0, 10); err != nil || len(items) != 0 {
		t.Errorf("outbox after forget: %d items, %v", len(items), err)
	}
}

// TestNewMigratesOnFirstCall: a store made by New while Redis was away
// (trygbot run starting degraded) migrates on its first call that reaches
// Redis, before that call reads anything; Ping, the health probe, does
// not migrate.
func TestNewMigratesOnFirstCall(t *testing.T) {
	ctx := context.Background()
	addr := redistest.Addr(t)
	prefix := redistest.Prefix(t, addr, "migrate")
	old := openStore(t, redis.Options{Addr: addr, Prefix: prefix})
	c, _, err := old.CreateCase(ctx, storage.Case{Key: "ingest/forum/x/y/z", Platform: "ingest", Channel: "x", MessageID: "y/z",
		State: storage.StateOpen})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := old.Append(ctx, "outbox", "", c.ID, []byte("a prompt")); err != nil {
		t.Fatal(err)
	}
	raw := rawClient(t, addr)
	if err := raw.Del(ctx, prefix+"schema", prefix+"feeds").Err(); err != nil { // as an earlier build left them
		t.Fatal(err)
	}
	s, err := redis.New(redis.Options{Addr: addr, DB: redistest.DB, Prefix: prefix})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if err := s.Ping(ctx); err != nil {
		t.Fatal(err)
	}
	if n, err := raw.Exists(ctx, prefix+"schema").Result(); err != nil || n != 0 {
		t.Errorf("schema after Ping: exists %d, %v; want none yet", n, err)
	}
	want := storage.CaseKey("ingest", "forum", "x", "y/z")
	again, created, err := s.CreateCase(ctx, storage.Case{Key: want, Platform: "ingest", State: storage.StateOpen})
	if err != nil || created || again.ID != c.ID || again.Key != want {
		t.Errorf("the message delivered again, first call: case %d key %q created %v, %v; want case %d key %q",
			again.ID, again.Key, created, err, c.ID, want)
	}
	if v, err := raw.Get(ctx, prefix+"schema").Int(); err != nil || v < 2 {
		t.Errorf("schema version after the first call: %d, %v", v, err)
	}
	if names, err := raw.SMembers(ctx, prefix+"feeds").Result(); err != nil || len(names) != 1 || names[0] != "outbox" {
		t.Errorf("feeds after the first call = %v, %v; want [outbox]", names, err)
	}
}
