package redis_test

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	goredis "github.com/redis/go-redis/v9"

	"github.com/trygbot/trygbot/internal/redistest"
	"github.com/trygbot/trygbot/storage"
	"github.com/trygbot/trygbot/storage/redis"
	"github.com/trygbot/trygbot/storage/storagetest"
)

func TestErasure(t *testing.T) {
	storagetest.RunErasure(t, func(t *testing.T) (storage.Store, storagetest.Dump) {
		addr := redistest.Addr(t)
		prefix := redistest.Prefix(t, addr, "erasure")
		s := openStore(t, redis.Options{Addr: addr, Prefix: prefix})
		raw := rawClient(t, addr)
		return s, func(t *testing.T) []string { return dumpKeys(t, raw, prefix) }
	})
}

// dumpKeys returns every key under prefix with its value, as text.
func dumpKeys(t *testing.T, raw *goredis.Client, prefix string) []string {
	t.Helper()
	ctx := context.Background()
	var out []string
	iter := raw.Scan(ctx, 0, prefix+"*", 1000).Iterator()
	for iter.Next(ctx) {
		k := iter.Val()
		var v any
		var err error
		switch typ := raw.Type(ctx, k).Val(); typ {
		case "string":
			v, err = raw.Get(ctx, k).Result()
		case "hash":
			v, err = raw.HGetAll(ctx, k).Result()
		case "zset":
			v, err = raw.ZRangeWithScores(ctx, k, 0, -1).Result()
		case "set":
			v, err = raw.SMembers(ctx, k).Result()
		case "list":
			v, err = raw.LRange(ctx, k, 0, -1).Result()
		case "stream":
			v, err = raw.XRange(ctx, k, "-", "+").Result()
		case "none":
			continue // deleted since the scan saw it
		default:
			t.Fatalf("key %s of type %s", k, typ)
		}
		if err != nil {
			t.Fatalf("read %s: %v", k, err)
		}
		out = append(out, fmt.Sprintf("%s=%v", k, v))
	}
	if err := iter.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// Trimming a feed also drops the case links of the items it drops.
func TestTrimDropsCaseLinks(t *testing.T) {
	ctx := context.Background()
	addr := redistest.Addr(t)
	prefix := redistest.Prefix(t, addr, "erasure")
	s := openStore(t, redis.Options{Addr: addr, Prefix: prefix})
	for i := range 5 {
		if _, err := s.Append(ctx, "out", "", storage.CaseID(i+1), []byte("x")); err != nil {
			t.Fatal(err)
		}
	}
	raw := rawClient(t, addr)
	if _, err := s.Trim(ctx, "out", 2, time.Now().Add(-time.Hour)); err != nil {
		t.Fatal(err)
	}
	if links, err := raw.ZRange(ctx, prefix+"feed:out:about", 0, -1).Result(); err != nil || !slices.Equal(links, []string{"4:4", "5:5"}) {
		t.Errorf("case links after trimming to 2 = %v, %v; want [4:4 5:5]", links, err)
	}
	if _, err := s.Trim(ctx, "out", 0, time.Now().Add(-time.Hour)); err != nil {
		t.Fatal(err)
	}
	if n, err := raw.Exists(ctx, prefix+"feed:out:about").Result(); err != nil || n != 0 {
		t.Errorf("case links of an empty feed: exists %d, %v", n, err)
	}
}
