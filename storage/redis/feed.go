package redis

import (
	"context"
	crand "crypto/rand"
	"encoding/hex"
	"fmt"
	"strconv"
	"strings"
	"time"

	goredis "github.com/redis/go-redis/v9"

	"github.com/trygbot/trygbot/storage"
)

var _ storage.Feed = (*Store)(nil)

// A feed is three keys: feed:<name>:seq (INCR), feed:<name>:items, a
// sorted set of "<seq>|<unix ms>|<data>" scored by seq, and
// feed:<name>:keys, the idempotency keys scored by their item's seq. A
// script appends atomically, so items enter the set in sequence order and
// a reader never skips one, and a key appended again returns its first
// seq.
var appendScript = goredis.NewScript(`
if ARGV[3] ~= '' then
  local had = redis.call('ZSCORE', KEYS[3], ARGV[3])
  if had then return tonumber(had) end
end
local seq = redis.call('INCR', KEYS[1])
redis.call('ZADD', KEYS[2], seq, seq .. '|' .. ARGV[1] .. '|' .. ARGV[2])
if ARGV[3] ~= '' then redis.call('ZADD', KEYS[3], seq, ARGV[3]) end
return seq
`)

// trimScript drops the oldest items while they are older than ARGV[1]
// (unix ms; items are in sequence order, which is time order), then all
// but the ARGV[2] newest.
var trimScript = goredis.NewScript(`
local n = 0
while true do
  local first = redis.call('ZRANGE', KEYS[1], 0, 99)
  local old = 0
  for _, m in ipairs(first) do
    local ms = tonumber(string.match(m, '^%d+|(%d+)|'))
    if ms == nil or ms >= tonumber(ARGV[1]) then break end
    old = old + 1
  end
  if old == 0 then break end
  n = n + redis.call('ZREMRANGEBYRANK', KEYS[1], 0, old - 1)
  if old < #first then break end
end
local keep = tonumber(ARGV[2])
local size = redis.call('ZCARD', KEYS[1])
if size > keep then
  n = n + redis.call('ZREMRANGEBYRANK', KEYS[1], 0, size - keep - 1)
end
local first = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
if #first == 0 then
  redis.call('DEL', KEYS[2])
else
  redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', '(' .. first[2])
end
return n
`)

// headScript returns the feed's epoch, made (from ARGV[1]) if the key is
// missing: on first use, and after Redis lost its data. Then the feed's
// counter.
var headScript = goredis.NewScript(`
local epoch = redis.call('GET', KEYS[1])
if not epoch then
  redis.call('SET', KEYS[1], ARGV[1])
  epoch = ARGV[1]
end
return {epoch, redis.call('GET', KEYS[2]) or '0'}
`)

func (s *Store) feedKeys(feed string) []string {
	return []string{s.key("feed", feed, "seq"), s.key("feed", feed, "items"), s.key("feed", feed, "keys")}
}

// Append adds data to the named feed.
func (s *Store) Append(ctx context.Context, feed, key string, data []byte) (int64, error) {
	if err := s.check(ctx); err != nil {
		return 0, fmt.Errorf("redis: append to %s: %w", feed, err)
	}
	seq, err := appendScript.Run(ctx, s.client, s.feedKeys(feed), s.now().UnixMilli(), data, key).Int64()
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
	n, err := trimScript.Run(ctx, s.client, s.feedKeys(feed)[1:], before.UnixMilli(), max(keep, 0)).Int()
	if err != nil {
		return 0, s.fail("trim "+feed, err)
	}
	return n, nil
}

// Head returns the feed's epoch (feed:<name>:epoch, made on first use and
// again once Redis lost it with the rest of the feed) and its counter.
func (s *Store) Head(ctx context.Context, feed string) (storage.FeedHead, error) {
	if err := s.check(ctx); err != nil {
		return storage.FeedHead{}, fmt.Errorf("redis: head of %s: %w", feed, err)
	}
	keys := []string{s.key("feed", feed, "epoch"), s.feedKeys(feed)[0]}
	res, err := headScript.Run(ctx, s.client, keys, newEpoch()).StringSlice()
	if err != nil {
		return storage.FeedHead{}, s.fail("head of "+feed, err)
	}
	if len(res) != 2 {
		return storage.FeedHead{}, fmt.Errorf("redis: head of %s: %d values", feed, len(res))
	}
	seq, err := strconv.ParseInt(res[1], 10, 64)
	if err != nil {
		return storage.FeedHead{}, fmt.Errorf("redis: head of %s: counter %q: %w", feed, res[1], err)
	}
	return storage.FeedHead{Epoch: res[0], Seq: seq}, nil
}

// newEpoch is a random feed epoch: 16 hex digits.
func newEpoch() string {
	var b [8]byte
	crand.Read(b[:]) // never fails (crypto/rand)
	return hex.EncodeToString(b[:])
}
