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

// A feed is four keys: feed:<name>:seq (INCR), feed:<name>:items, a
// sorted set of "<seq>|<unix ms>|<data>" scored by seq,
// feed:<name>:keys, the idempotency keys scored by their item's seq, and
// feed:<name>:about, "<case id>:<seq>" for the items about a case, scored
// by seq. feed:<name>:epoch is the feed's epoch (Head), made on first use
// and made anew once Redis lost it with the rest of the feed. The set
// "feeds" names every feed, for erasure. A script appends
// atomically, so items enter the set in sequence order and a reader never
// skips one, and a key appended again returns its first seq.
var appendScript = goredis.NewScript(`
redis.call('SADD', KEYS[5], ARGV[5])
if ARGV[3] ~= '' then
  local had = redis.call('ZSCORE', KEYS[3], ARGV[3])
  if had then return tonumber(had) end
end
local seq = redis.call('INCR', KEYS[1])
redis.call('ZADD', KEYS[2], seq, seq .. '|' .. ARGV[1] .. '|' .. ARGV[2])
if ARGV[3] ~= '' then redis.call('ZADD', KEYS[3], seq, ARGV[3]) end
if ARGV[4] ~= '0' then redis.call('ZADD', KEYS[4], seq, ARGV[4] .. ':' .. seq) end
return seq
`)

// trimScript drops the oldest items while they are older than ARGV[1]
// (unix ms; items are in sequence order, which is time order), then all
// but the ARGV[2] newest, and the idempotency keys and case links of the
// items dropped.
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
  redis.call('DEL', KEYS[2], KEYS[3])
else
  redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', '(' .. first[2])
  redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', '(' .. first[2])
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

// feedKeys are a feed's keys: seq, items, keys, about.
func (s *Store) feedKeys(feed string) []string {
	return []string{s.key("feed", feed, "seq"), s.key("feed", feed, "items"), s.key("feed", feed, "keys"), s.key("feed", feed, "about")}
}

// Append adds data to the named feed.
func (s *Store) Append(ctx context.Context, feed, key string, about storage.CaseID, data []byte) (int64, error) {
	if err := s.check(ctx); err != nil {
		return 0, fmt.Errorf("redis: append to %s: %w", feed, err)
	}
	keys := append(s.feedKeys(feed), s.key("feeds"))
	seq, err := appendScript.Run(ctx, s.client, keys, s.now().UnixMilli(), data, key, int64(about), feed).Int64()
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
		seq, at, data, ok := parseItem(m)
		if !ok {
			return nil, fmt.Errorf("redis: read %s: malformed item %.40q", feed, m)
		}
		out = append(out, storage.FeedItem{Seq: seq, At: time.UnixMilli(at).UTC(), Data: []byte(data)})
	}
	return out, nil
}

// parseItem splits an item member, "<seq>|<unix ms>|<data>".
func parseItem(m string) (seq, ms int64, data string, ok bool) {
	seqS, rest, ok1 := strings.Cut(m, "|")
	msS, data, ok2 := strings.Cut(rest, "|")
	seq, err1 := strconv.ParseInt(seqS, 10, 64)
	ms, err2 := strconv.ParseInt(msS, 10, 64)
	return seq, ms, data, ok1 && ok2 && err1 == nil && err2 == nil
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

// feedPage is how many items eraseFeed reads at a time.
const feedPage = 1000

// eraseFeeds removes, from every feed, the items about a case in about
// and, unless before is zero, those appended before it; with dryRun it
// counts them instead. It returns how many.
func (s *Store) eraseFeeds(ctx context.Context, about map[storage.CaseID]bool, before time.Time, dryRun bool) (int, error) {
	if len(about) == 0 && before.IsZero() {
		return 0, nil
	}
	names, err := s.client.SMembers(ctx, s.key("feeds")).Result()
	if err != nil {
		return 0, fmt.Errorf("feeds: %w", err)
	}
	total := 0
	for _, name := range names {
		n, err := s.eraseFeed(ctx, name, about, before, dryRun)
		total += n
		if err != nil {
			return total, fmt.Errorf("feed %s: %w", name, err)
		}
	}
	return total, nil
}

// eraseFeed is eraseFeeds for one feed. Items appended meanwhile are
// newer and about cases that still hold their evidence, so they stay.
func (s *Store) eraseFeed(ctx context.Context, name string, about map[storage.CaseID]bool, before time.Time, dryRun bool) (int, error) {
	keys := s.feedKeys(name)
	items, links := keys[1], keys[3]
	seqs := map[int64]bool{}
	if !before.IsZero() {
		ms := before.UnixMilli()
	pages:
		for start := int64(0); ; start += feedPage {
			members, err := s.client.ZRange(ctx, items, start, start+feedPage-1).Result()
			if err != nil {
				return 0, err
			}
			for _, m := range members {
				seq, at, _, ok := parseItem(m)
				if !ok {
					return 0, fmt.Errorf("malformed item %.40q", m)
				}
				if at >= ms {
					break pages // items are in time order
				}
				seqs[seq] = true
			}
			if len(members) < feedPage {
				break
			}
		}
	}
	if len(about) > 0 {
		members, err := s.client.ZRange(ctx, links, 0, -1).Result()
		if err != nil {
			return 0, err
		}
		for _, m := range members {
			caseS, seqS, _ := strings.Cut(m, ":")
			id, err1 := strconv.ParseInt(caseS, 10, 64)
			seq, err2 := strconv.ParseInt(seqS, 10, 64)
			if err1 != nil || err2 != nil {
				return 0, fmt.Errorf("malformed case link %q", m)
			}
			if about[storage.CaseID(id)] {
				seqs[seq] = true
			}
		}
	}
	if dryRun || len(seqs) == 0 {
		return len(seqs), nil
	}
	var cmds []*goredis.IntCmd
	_, err := s.client.Pipelined(ctx, func(p goredis.Pipeliner) error {
		for seq := range seqs {
			sc := strconv.FormatInt(seq, 10)
			cmds = append(cmds, p.ZRemRangeByScore(ctx, items, sc, sc))
			p.ZRemRangeByScore(ctx, links, sc, sc)
		}
		return nil
	})
	n := 0
	for _, c := range cmds {
		n += int(c.Val())
	}
	return n, err
}
