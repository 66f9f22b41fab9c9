// Package redistest gives tests a Redis of their own: the server at
// REDIS_ADDR (skipped when unset, except under CI=true, where the tests
// must run), database 15, and a fresh key prefix deleted when the test
// ends.
package redistest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"os"
	"testing"
	"time"

	goredis "github.com/redis/go-redis/v9"

	"github.com/trygbot/trygbot/storage/redis"
)

// DB is the database the tests use, apart from any real data in 0.
const DB = 15

// Addr returns REDIS_ADDR after checking that a server answers there.
// Unset, the test is skipped, except under CI=true, where an unset or
// unreachable Redis fails the test.
func Addr(tb testing.TB) string {
	tb.Helper()
	addr := os.Getenv("REDIS_ADDR")
	if addr == "" {
		if os.Getenv("CI") == "true" {
			tb.Fatal("REDIS_ADDR is unset; under CI=true the Redis tests must run (set REDIS_ADDR=127.0.0.1:6379)")
		}
		tb.Skip("REDIS_ADDR is unset; set it (for example REDIS_ADDR=127.0.0.1:6379) to run the Redis tests")
	}
	c := goredis.NewClient(&goredis.Options{Addr: addr, DB: DB, DialTimeout: 2 * time.Second, MaxRetries: -1})
	defer c.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := c.Ping(ctx).Err(); err != nil {
		tb.Fatalf("REDIS_ADDR=%s does not answer: %v", addr, err)
	}
	return addr
}

// Prefix returns a fresh key prefix naming the test's area, whose keys
// are deleted when the test ends.
func Prefix(tb testing.TB, addr, name string) string {
	tb.Helper()
	b := make([]byte, 6)
	rand.Read(b)
	prefix := "trygbot-" + name + ":" + hex.EncodeToString(b) + ":"
	tb.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		s, err := redis.Open(ctx, redis.Options{Addr: addr, DB: DB, Prefix: prefix})
		if err != nil {
			tb.Errorf("clean up %s: %v", prefix, err)
			return
		}
		defer s.Close()
		if _, err := s.DeleteAll(ctx); err != nil {
			tb.Errorf("clean up %s: %v", prefix, err)
		}
	})
	return prefix
}

// Open opens a store in the test database under a fresh prefix (opts.Addr
// and opts.Prefix default to Addr and Prefix), closed and emptied when
// the test ends.
func Open(tb testing.TB, name string, opts redis.Options) *redis.Store {
	tb.Helper()
	if opts.Addr == "" {
		opts.Addr = Addr(tb)
	}
	if opts.Prefix == "" {
		opts.Prefix = Prefix(tb, opts.Addr, name)
	}
	opts.DB = DB
	s, err := redis.Open(context.Background(), opts)
	if err != nil {
		tb.Fatalf("open redis store: %v", err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}
