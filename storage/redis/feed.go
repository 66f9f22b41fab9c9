package redis

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	goredis "github.com/redis/go-redis/v9"

	"github.com/trygbot/trygbot/storage"
)

var _ storage.Feed = (*Store)(nil)

// A feed is three keys: feed:<name>:seq (INCR), feed:<name>:items (sorted
// set of "<seq>|<unix ms>|<data>" scored by seq) and feed:<name>:at (seq
// scored by time). A script appends atomically, so items enter the set in
// sequence order and a reader never skips one.
var appendScript = goredis.NewScript(`
local seq = redis.call('INCR', KEYS[1])
redis.call('ZADD', KEYS[2], seq, seq .. '|' .. ARGV[1] .. '|' .. ARGV[2])
redis.call('ZADD', KEYS[3], ARGV[1], seq)
return seq
`)

// trimScript drops items older than ARGV[1] (unix ms) and all but the
// ARGV[2] newest.
var trimScript = goredis.NewScript(`
local n = 0
local old = redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', '(' .. ARGV[1])
if #old > 0 then
  local top = 0
  for _, s in ipairs(old) do if tonumber(s) > top then top = tonumber(s) end end
  n = n + redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', top)
  redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', '(' .. ARGV[1])
end
local keep = tonumber(ARGV[2])
local size = redis.call('ZCARD', KEYS[1])
if size > keep then
  n = n + redis.call('ZREMRANGEBYRANK', KEYS[1], 0, size - keep - 1)
  local size2 = redis.call('ZCARD', KEYS[2])
  if size2 > keep then redis.call('ZREMRANGEBYRANK', KEYS[2], 0, size2 - keep - 1) end
end
return n
`)

func (s *Store) feedKeys(feed string) []string {
	return []string{s.key("feed", feed, "seq"), s.key("feed", feed, "items"), s.key("feed", feed, "at")}
}

// Append adds data to the named feed.
func (s *Store) Append(ctx context.Context, feed string, data []byte) (int64, error) {
	if err := s.check(ctx); err != nil {
		return 0, fmt.Errorf("redis: append to %s: %w", feed, err)
	}
	seq, err := appendScript.Run(ctx, s.client, s.feedKeys(feed), s.now().UnixMilli(), data).Int64()
	if err != nil {
		return 0, s.fail("append to "+feed, err)
	}
	return seq, nil
}

// Read returns up to limit items of the feed after seq, in order.
func (s *Store) Read(ctx context.Context, feed string, after int64, limit int) ([]storage.FeedItem, error) {
	if err := s.check(ctx); err != nil {
		return nil, fmt.Errorf("redis: read %s: %w", feed, err)
	}
	if limit <= 0 {
		limit = 100
	}
	members, err := s.client.ZRangeByScore(ctx, s.feedKeys(feed)[1], &goredis.ZRangeBy{
		Min: "(" + strconv.FormatInt(after, 10), Max: "+inf", Count: int64(limit)}).Result()
	if err != nil {
		return nil, s.fail("read "+feed, err)
	}
	out := make([]storage.FeedItem, 0, len(members))
	for _, m := range members {
		seqS, rest, ok1 := strings.Cut(m, "|")
		atS, data, ok2 := strings.Cut(rest, "|")
		seq, err1 := strconv.ParseInt(seqS, 10, 64)
		at, err2 := strconv.ParseInt(atS, 10, 64)
		if !ok1 || !ok2 || err1 != nil || err2 != nil {
			return nil, fmt.Errorf("redis: read %s: malformed item %.40q", feed, m)
		}
		out = append(out, storage.FeedItem{Seq: seq, At: time.UnixMilli(at).UTC(), Data: []byte(data)})
	}
	return out, nil
}

// Trim drops the feed's items older than before and all but the keep
// newest.
func (s *Store) Trim(ctx context.Context, feed string, keep int, before time.Time) (int, error) {
	if err := s.check(ctx); err != nil {
		return 0, fmt.Errorf("redis: trim %s: %w", feed, err)
	}
	keys := s.feedKeys(feed)
	n, err := trimScript.Run(ctx, s.client, keys[1:], before.UnixMilli(), max(keep, 0)).Int()
	if err != nil {
		return 0, s.fail("trim "+feed, err)
	}
	return n, nil
}
