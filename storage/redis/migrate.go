package redis

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	goredis "github.com/redis/go-redis/v9"

	"github.com/trygbot/trygbot/storage"
)

// schemaVersion is the layout of keys this build writes; the key "schema"
// holds the version a store was brought to. Each step below is safe to
// run again and alongside instances of this build, so several instances
// starting together may all run it.
//
//  1. Case idempotency keys take storage.CaseKey's form.
//  2. The set "feeds" names every feed (Append adds to it), so that
//     retention and forget find their items.
const schemaVersion = 2

// raiseSchema records a version, never lowering one a newer build set.
var raiseSchema = goredis.NewScript(`
local v = tonumber(redis.call('GET', KEYS[1]) or '0') or 0
if v < tonumber(ARGV[1]) then redis.call('SET', KEYS[1], ARGV[1]) end
return v
`)

// migrate brings the store's keys to schemaVersion.
func (s *Store) migrate(ctx context.Context) error {
	v, err := s.client.Get(ctx, s.key("schema")).Int()
	if err != nil && !errors.Is(err, goredis.Nil) {
		return fmt.Errorf("read schema version: %w", err)
	}
	if v >= schemaVersion {
		return nil
	}
	if v < 1 {
		if err := s.rekeyCases(ctx); err != nil {
			return fmt.Errorf("migration 1 (case keys): %w", err)
		}
	}
	if v < 2 {
		if err := s.registerFeeds(ctx); err != nil {
			return fmt.Errorf("migration 2 (feeds): %w", err)
		}
	}
	if err := raiseSchema.Run(ctx, s.client, []string{s.key("schema")}, schemaVersion).Err(); err != nil {
		return fmt.Errorf("record schema version: %w", err)
	}
	return nil
}

// rekeyCases gives every case whose Key has the old form
// (platform/chat/channel/message) storage.CaseKey's form, in the case and
// in its key:<key> entry.
func (s *Store) rekeyCases(ctx context.Context) error {
	members, err := s.client.ZRange(ctx, s.key("idx", "all"), 0, -1).Result()
	if err != nil {
		return err
	}
	ids, err := parseIDs(members)
	if err != nil {
		return err
	}
	var todo []storage.CaseID
	err = s.eachCase(ctx, ids, func(c storage.Case) error {
		if _, ok := storage.LegacyCaseKey(c); ok {
			todo = append(todo, c.ID)
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, id := range todo {
		if err := s.rekeyCase(ctx, id); err != nil {
			return fmt.Errorf("case %d: %w", id, err)
		}
	}
	return nil
}

// rekeyCase rewrites one case's old-form key in one transaction: the case
// gets the new key, key:<new> points to it and key:<old> goes. If another
// case holds the new key already (the message was handled again by a
// build that wrote new keys while this one was not yet migrated), the
// case keeps its old key.
func (s *Store) rekeyCase(ctx context.Context, id storage.CaseID) error {
	key := s.caseKey(id)
	for attempt := range maxAttempts {
		err := s.client.Watch(ctx, func(tx *goredis.Tx) error {
			data, err := tx.Get(ctx, key).Bytes()
			if errors.Is(err, goredis.Nil) {
				return nil
			}
			if err != nil {
				return err
			}
			c, err := decodeCase(data)
			if err != nil {
				return err
			}
			newKey, ok := storage.LegacyCaseKey(c)
			if !ok {
				return nil // done meanwhile
			}
			oldKK, newKK := s.key("key", c.Key), s.key("key", newKey)
			if err := tx.Watch(ctx, oldKK, newKK).Err(); err != nil {
				return err
			}
			holder, err := tx.Get(ctx, newKK).Int64()
			if err == nil && holder != int64(id) {
				return nil
			}
			if err != nil && !errors.Is(err, goredis.Nil) {
				return err
			}
			oldHolder, err := tx.Get(ctx, oldKK).Int64()
			if err != nil && !errors.Is(err, goredis.Nil) {
				return err
			}
			c.Key = newKey
			c.Version++
			data, err = json.Marshal(c)
			if err != nil {
				return fmt.Errorf("encode: %w", err)
			}
			_, err = tx.TxPipelined(ctx, func(p goredis.Pipeliner) error {
				p.Set(ctx, key, data, 0)
				p.Set(ctx, newKK, int64(id), 0)
				if oldHolder == int64(id) {
					p.Del(ctx, oldKK)
				}
				return nil
			})
			return err
		}, key)
		if errors.Is(err, goredis.TxFailedErr) {
			if err := backoff(ctx, attempt); err != nil {
				return err
			}
			continue
		}
		return err
	}
	return fmt.Errorf("%d conflicting writes in a row: %w", maxAttempts, ErrContention)
}

// registerFeeds adds the feeds appended to before "feeds" existed: their
// feed:<name>:seq counters, found with SCAN (never KEYS).
func (s *Store) registerFeeds(ctx context.Context) error {
	prefix, suffix := s.key("feed", ""), ":seq"
	var names []any
	iter := s.client.Scan(ctx, 0, prefix+"*"+suffix, 1000).Iterator()
	for iter.Next(ctx) {
		if name, ok := strings.CutSuffix(strings.TrimPrefix(iter.Val(), prefix), suffix); ok && name != "" {
			names = append(names, name)
		}
	}
	if err := iter.Err(); err != nil {
		return err
	}
	if len(names) == 0 {
		return nil
	}
	return s.client.SAdd(ctx, s.key("feeds"), names...).Err()
}
