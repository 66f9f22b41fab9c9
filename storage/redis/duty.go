package redis

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	goredis "github.com/redis/go-redis/v9"

	"github.com/trygbot/trygbot/storage"
)

var _ storage.Roster = (*Store)(nil)

// The roster's keys: duty, a hash of "<community>\x00<platform>\x00<user>"
// -> the Duty as JSON; exposure:<day>, a hash per day of
// "<community>\x00<user>\x00<case>\x00<kind>" -> count and
// "<community>\x00<user>\x00<case>\x00w" -> the case's weight, with
// exposure:days, the days that have one (a sorted set by name);
// duty:turn:<community>, a counter; checkin:due, a sorted set of
// "<community>\x00<user>\x00<case>" by due time (Unix ms) with
// checkin:data, their CheckIns as JSON.

// addExposureScript counts one event and returns the day's hash, so the
// caller sums the volunteer's day as it was right after it.
var addExposureScript = goredis.NewScript(`
redis.call('ZADD', KEYS[2], 0, ARGV[4])
redis.call('HINCRBY', KEYS[1], ARGV[1] .. ARGV[2], 1)
redis.call('HSETNX', KEYS[1], ARGV[1] .. 'w', ARGV[3])
return redis.call('HGETALL', KEYS[1])
`)

// scheduleCheckInScript adds a check-in unless it is owed already.
var scheduleCheckInScript = goredis.NewScript(`
if redis.call('HSETNX', KEYS[2], ARGV[1], ARGV[2]) == 1 then
  redis.call('ZADD', KEYS[1], ARGV[3], ARGV[1])
end
return 0
`)

// takeCheckInsScript removes and returns the check-ins due by ARGV[1].
var takeCheckInsScript = goredis.NewScript(`
local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
local out = {}
for _, m in ipairs(due) do
  local d = redis.call('HGET', KEYS[2], m)
  redis.call('ZREM', KEYS[1], m)
  redis.call('HDEL', KEYS[2], m)
  if d then table.insert(out, d) end
end
return out
`)

// SetDuty writes the volunteer's record into the duty hash.
func (s *Store) SetDuty(ctx context.Context, d storage.Duty) error {
	if err := s.check(ctx); err != nil {
		return fmt.Errorf("redis: set duty: %w", err)
	}
	d.Since = d.Since.UTC().Round(0)
	data, err := json.Marshal(d)
	if err != nil {
		return fmt.Errorf("redis: set duty: %w", err)
	}
	field := d.Community + "\x00" + d.Platform + "\x00" + d.UserID
	if err := s.client.HSet(ctx, s.key("duty"), field, data).Err(); err != nil {
		return s.fail("set duty", err)
	}
	return nil
}

// ListDuty reads the duty hash and keeps the community's records.
func (s *Store) ListDuty(ctx context.Context, community string) ([]storage.Duty, error) {
	if err := s.check(ctx); err != nil {
		return nil, fmt.Errorf("redis: list duty: %w", err)
	}
	all, err := s.client.HGetAll(ctx, s.key("duty")).Result()
	if err != nil {
		return nil, s.fail("list duty", err)
	}
	var out []storage.Duty
	for _, v := range all {
		var d storage.Duty
		if err := json.Unmarshal([]byte(v), &d); err != nil {
			return nil, fmt.Errorf("redis: list duty: %w", err)
		}
		if community == "" || d.Community == community {
			out = append(out, d)
		}
	}
	slices.SortFunc(out, func(a, b storage.Duty) int {
		return cmp.Or(cmp.Compare(a.Community, b.Community), cmp.Compare(a.Platform, b.Platform), cmp.Compare(a.UserID, b.UserID))
	})
	return out, nil
}

var exposureKinds = []string{storage.ExposureOpened, storage.ExposureUnmasked, storage.ExposureClaimed, storage.ExposureHandled}

// AddExposure counts e in its day's hash, atomically, and sums the
// volunteer's day from what the script returns.
func (s *Store) AddExposure(ctx context.Context, e storage.ExposureEvent) (storage.Exposure, error) {
	if !slices.Contains(exposureKinds, e.Kind) {
		return storage.Exposure{}, fmt.Errorf("redis: add exposure: unknown kind %q", e.Kind)
	}
	if err := s.check(ctx); err != nil {
		return storage.Exposure{}, fmt.Errorf("redis: add exposure: %w", err)
	}
	prefix := e.Community + "\x00" + e.UserID + "\x00" + strconv.FormatInt(int64(e.Case), 10) + "\x00"
	res, err := addExposureScript.Run(ctx, s.client, []string{s.key("exposure", e.Day), s.key("exposure", "days")},
		prefix, e.Kind, e.Weight, e.Day).StringSlice()
	if err != nil {
		return storage.Exposure{}, s.fail("add exposure", err)
	}
	fields := map[string]string{}
	for i := 0; i+1 < len(res); i += 2 {
		fields[res[i]] = res[i+1]
	}
	for _, x := range sumExposure(e.Day, fields) {
		if x.Community == e.Community && x.UserID == e.UserID {
			return x, nil
		}
	}
	return storage.Exposure{}, fmt.Errorf("redis: add exposure: the day has no row for the event")
}

// sumExposure sums one day's hash into a row per community and user.
func sumExposure(day string, fields map[string]string) []storage.Exposure {
	rows := map[[2]string]*storage.Exposure{}
	for f, v := range fields {
		parts := strings.Split(f, "\x00")
		if len(parts) != 4 {
			continue
		}
		n, _ := strconv.Atoi(v)
		k := [2]string{parts[0], parts[1]}
		x := rows[k]
		if x == nil {
			x = &storage.Exposure{Community: parts[0], UserID: parts[1], Day: day}
			rows[k] = x
		}
		switch parts[3] {
		case "w":
			x.Cases++
			x.Weight += n
		case storage.ExposureOpened:
			x.Opened += n
		case storage.ExposureUnmasked:
			x.Unmasked += n
		case storage.ExposureClaimed:
			x.Claimed += n
		case storage.ExposureHandled:
			x.Handled += n
		}
	}
	out := make([]storage.Exposure, 0, len(rows))
	for _, x := range rows {
		out = append(out, *x)
	}
	slices.SortFunc(out, func(a, b storage.Exposure) int {
		return cmp.Or(cmp.Compare(a.Community, b.Community), cmp.Compare(a.UserID, b.UserID))
	})
	return out
}

// ListExposure reads the days in range, then each day's hash.
func (s *Store) ListExposure(ctx context.Context, q storage.ExposureQuery) ([]storage.Exposure, error) {
	if err := s.check(ctx); err != nil {
		return nil, fmt.Errorf("redis: list exposure: %w", err)
	}
	from, to := "-", "+"
	if q.From != "" {
		from = "[" + q.From
	}
	if q.To != "" {
		to = "[" + q.To
	}
	days, err := s.client.ZRangeByLex(ctx, s.key("exposure", "days"), &goredis.ZRangeBy{Min: from, Max: to}).Result()
	if err != nil {
		return nil, s.fail("list exposure", err)
	}
	var out []storage.Exposure
	for _, day := range days {
		fields, err := s.client.HGetAll(ctx, s.key("exposure", day)).Result()
		if err != nil {
			return nil, s.fail("list exposure", err)
		}
		for _, x := range sumExposure(day, fields) {
			if q.Community == "" || x.Community == q.Community {
				out = append(out, x)
			}
		}
	}
	return out, nil
}

// NextTurn increments duty:turn:<community>.
func (s *Store) NextTurn(ctx context.Context, community string) (int64, error) {
	if err := s.check(ctx); err != nil {
		return 0, fmt.Errorf("redis: next turn: %w", err)
	}
	n, err := s.client.Incr(ctx, s.key("duty", "turn", community)).Result()
	if err != nil {
		return 0, s.fail("next turn", err)
	}
	return n, nil
}

// ScheduleCheckIn adds c unless it is owed already.
func (s *Store) ScheduleCheckIn(ctx context.Context, c storage.CheckIn) error {
	if err := s.check(ctx); err != nil {
		return fmt.Errorf("redis: schedule check-in: %w", err)
	}
	c.Due = c.Due.UTC().Round(0)
	data, err := json.Marshal(c)
	if err != nil {
		return fmt.Errorf("redis: schedule check-in: %w", err)
	}
	member := c.Community + "\x00" + c.UserID + "\x00" + strconv.FormatInt(int64(c.Case), 10)
	if err := scheduleCheckInScript.Run(ctx, s.client, []string{s.key("checkin", "due"), s.key("checkin", "data")},
		member, data, c.Due.UnixMilli()).Err(); err != nil && !errors.Is(err, goredis.Nil) {
		return s.fail("schedule check-in", err)
	}
	return nil
}

// TakeCheckIns removes and returns the check-ins due by now, in a script.
func (s *Store) TakeCheckIns(ctx context.Context, now time.Time) ([]storage.CheckIn, error) {
	if err := s.check(ctx); err != nil {
		return nil, fmt.Errorf("redis: take check-ins: %w", err)
	}
	res, err := takeCheckInsScript.Run(ctx, s.client, []string{s.key("checkin", "due"), s.key("checkin", "data")},
		now.UnixMilli()).StringSlice()
	if err != nil && !errors.Is(err, goredis.Nil) {
		return nil, s.fail("take check-ins", err)
	}
	out := make([]storage.CheckIn, 0, len(res))
	for _, d := range res {
		var c storage.CheckIn
		if err := json.Unmarshal([]byte(d), &c); err != nil {
			return nil, fmt.Errorf("redis: take check-ins: %w", err)
		}
		out = append(out, c)
	}
	slices.SortFunc(out, func(a, b storage.CheckIn) int {
		return cmp.Or(a.Due.Compare(b.Due), cmp.Compare(a.Case, b.Case))
	})
	return out, nil
}
