package redis

import (
	"context"
	"errors"
	"fmt"
	"time"

	goredis "github.com/redis/go-redis/v9"

	"github.com/trygbot/trygbot/storage"
)

var _ storage.Sessions = (*Store)(nil)

// SessionState reads session:epoch:<user> and whether session:ended:<id>
// exists, in one round trip.
func (s *Store) SessionState(ctx context.Context, user, id string) (int64, bool, error) {
	if err := s.check(ctx); err != nil {
		return 0, false, fmt.Errorf("redis: session state: %w", err)
	}
	var epoch *goredis.StringCmd
	var ended *goredis.IntCmd
	_, err := s.client.Pipelined(ctx, func(p goredis.Pipeliner) error {
		epoch = p.Get(ctx, s.key("session", "epoch", user))
		if id != "" {
			ended = p.Exists(ctx, s.key("session", "ended", id))
		}
		return nil
	})
	if err != nil && !errors.Is(err, goredis.Nil) {
		return 0, false, s.fail("session state", err)
	}
	n, err := epoch.Int64()
	if err != nil && !errors.Is(err, goredis.Nil) {
		return 0, false, s.fail("session state", err)
	}
	return n, ended != nil && ended.Val() > 0, nil
}

// EndSession sets session:ended:<id>, which expires after ttl.
func (s *Store) EndSession(ctx context.Context, id string, ttl time.Duration) error {
	if err := s.check(ctx); err != nil {
		return fmt.Errorf("redis: end session: %w", err)
	}
	if id == "" || ttl < time.Millisecond {
		return nil
	}
	if err := s.client.Set(ctx, s.key("session", "ended", id), "1", ttl).Err(); err != nil {
		return s.fail("end session", err)
	}
	return nil
}

// EndSessions increments session:epoch:<user>.
func (s *Store) EndSessions(ctx context.Context, user string) (int64, error) {
	if err := s.check(ctx); err != nil {
		return 0, fmt.Errorf("redis: end sessions: %w", err)
	}
	n, err := s.client.Incr(ctx, s.key("session", "epoch", user)).Result()
	if err != nil {
		return 0, s.fail("end sessions", err)
	}
	return n, nil
}
