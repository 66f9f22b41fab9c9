package redis

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	goredis "github.com/redis/go-redis/v9"

	"github.com/trygbot/trygbot/rules"
	"github.com/trygbot/trygbot/storage"
)

var _ storage.Store = (*Store)(nil)

// ErrContention is returned when an update lost too many races with
// other writers of the same case in a row.
var ErrContention = errors.New("redis: too many concurrent writes")

// DefaultPrefix is the key prefix when Options.Prefix is empty.
const DefaultPrefix = "trygbot:"

// DefaultVolumeTTL is how long hourly counters are kept when
// Options.VolumeTTL is zero.
const DefaultVolumeTTL = 400 * 24 * time.Hour

const (
	// maxAttempts bounds the optimistic transactions of one call.
	maxAttempts = 100
	// loadChunk is how many records one MGET or HMGET reads.
	loadChunk = 200
)

// Options configure Open.
type Options struct {
	// Addr is the server's host:port.
	Addr string
	// DB is the database number.
	DB int
	// Password authenticates; the caller takes it from the environment.
	Password string
	// Prefix starts every key; DefaultPrefix if empty.
	Prefix string
	// VolumeTTL is how long after its hour a volume counter is kept:
	// DefaultVolumeTTL if zero, forever if negative.
	VolumeTTL time.Duration
}

// Store is a storage.Store in Redis. It is safe for concurrent use, also
// by several processes sharing the server and prefix.
type Store struct {
	client    *goredis.Client
	prefix    string
	volumeTTL time.Duration
	closed    atomic.Bool
	now       func() time.Time

	// migrated: migrate has brought the keys to this build's layout;
	// migrating serialises the calls that find it has not yet.
	migrated  atomic.Bool
	migrating sync.Mutex
}

// Open connects to the server in opts, checks that it answers and brings
// the keys under the prefix to this build's layout (see migrate.go).
func Open(ctx context.Context, opts Options) (*Store, error) {
	s, err := New(opts)
	if err != nil {
		return nil, err
	}
	if err := s.client.Ping(ctx).Err(); err != nil {
		s.client.Close()
		return nil, fmt.Errorf("redis: open %s: %w", opts.Addr, err)
	}
	if err := s.Migrate(ctx); err != nil {
		s.client.Close()
		return nil, fmt.Errorf("redis: open %s: %w", opts.Addr, err)
	}
	return s, nil
}

// New makes a store for the server in opts without contacting it: calls
// fail until the server answers, and the connection pool reconnects on
// its own. The first call that reaches the server brings the keys to
// this build's layout (see migrate.go) before it does anything else.
// trygbot run starts with it while Redis is away (and keeps incoming
// messages in its spool); Open is for callers that need the server now.
func New(opts Options) (*Store, error) {
	if opts.Addr == "" {
		return nil, errors.New("redis: open: no address")
	}
	if opts.DB < 0 {
		return nil, fmt.Errorf("redis: open %s: database %d", opts.Addr, opts.DB)
	}
	if opts.Prefix == "" {
		opts.Prefix = DefaultPrefix
	}
	if opts.VolumeTTL == 0 {
		opts.VolumeTTL = DefaultVolumeTTL
	}
	client := goredis.NewClient(&goredis.Options{
		Addr:                  opts.Addr,
		DB:                    opts.DB,
		Password:              opts.Password,
		ContextTimeoutEnabled: true,
	})
	return &Store{client: client, prefix: opts.Prefix, volumeTTL: opts.VolumeTTL, now: time.Now}, nil
}

// Refused reports whether err carries the server's own refusal (a wrong
// password, a database number it does not have) rather than a server
// that is away: waiting for it will not help.
func Refused(err error) bool {
	var e goredis.Error
	return errors.As(err, &e)
}

// Client returns the store's connection pool, to share it with a Queue.
// Closing the store closes it.
func (s *Store) Client() *goredis.Client { return s.client }

// Ping checks that the server answers, for health checks. It does not
// migrate (see Migrate).
func (s *Store) Ping(ctx context.Context) error {
	if err := s.usable(ctx); err != nil {
		return fmt.Errorf("redis: ping: %w", err)
	}
	if err := s.client.Ping(ctx).Err(); err != nil {
		return s.fail("ping", err)
	}
	return nil
}

// Close closes the connection pool. Later calls return storage.ErrClosed;
// Close itself may be called again.
func (s *Store) Close() error {
	if s.closed.Swap(true) {
		return nil
	}
	if err := s.client.Close(); err != nil {
		return fmt.Errorf("redis: close: %w", err)
	}
	return nil
}

// check returns why a call cannot start: the store is closed, ctx done,
// or the keys not yet brought to this build's layout (a store made by New
// while the server was away migrates on the first call that reaches it).
func (s *Store) check(ctx context.Context) error {
	if err := s.usable(ctx); err != nil {
		return err
	}
	return s.Migrate(ctx)
}

// usable returns why no call can start: the store is closed or ctx done.
func (s *Store) usable(ctx context.Context) error {
	if s.closed.Load() {
		return storage.ErrClosed
	}
	return ctx.Err()
}

// Migrate brings the keys under the prefix to this build's layout (see
// migrate.go), unless it did so already: Open calls it, and so does every
// call of a store made by New until it succeeds. It may take a while on
// a large store; a caller that has just found the server answering calls
// it with a generous ctx, so that later calls do not wait for it.
func (s *Store) Migrate(ctx context.Context) error {
	if s.migrated.Load() {
		return nil
	}
	s.migrating.Lock()
	defer s.migrating.Unlock()
	if s.migrated.Load() {
		return nil
	}
	if err := s.migrate(ctx); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	s.migrated.Store(true)
	return nil
}

// fail wraps err for op, translating a closed client to storage.ErrClosed
// and a missing key to storage.ErrNotFound.
func (s *Store) fail(op string, err error) error {
	switch {
	case errors.Is(err, storage.ErrClosed) || errors.Is(err, storage.ErrNotFound):
	case errors.Is(err, goredis.ErrClosed) || s.closed.Load():
		return fmt.Errorf("redis: %s: %w (%v)", op, storage.ErrClosed, err)
	case errors.Is(err, goredis.Nil):
		return fmt.Errorf("redis: %s: %w", op, storage.ErrNotFound)
	}
	return fmt.Errorf("redis: %s: %w", op, err)
}

func (s *Store) key(parts ...string) string { return s.prefix + strings.Join(parts, ":") }

func (s *Store) caseKey(id storage.CaseID) string { return s.key("case", member(int64(id))) }

func member(id int64) string { return strconv.FormatInt(id, 10) }

// micros is a time as a sorted-set score: exact in a float64 until 2255.
func micros(t time.Time) float64 { return float64(t.UnixMicro()) }

func score(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

// backoff waits a little before attempt+1 of an optimistic transaction.
func backoff(ctx context.Context, attempt int) error {
	d := time.Duration(rand.Int64N(int64(min(time.Millisecond<<min(attempt, 6), 50*time.Millisecond)) + 1))
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// indexes are the sorted sets a case belongs to, with its score in each.
func (s *Store) indexes(c storage.Case) map[string]float64 {
	id := float64(c.ID)
	created := micros(c.CreatedAt)
	m := map[string]float64{
		s.key("idx", "all"):                      id,
		s.key("idx", "state", string(c.State)):   id,
		s.key("idx", "platform", c.Platform):     id,
		s.key("idx", "community", c.Community):   id,
		s.key("idx", "channel", c.Channel):       id,
		s.key("idx", "author", string(c.Author)): id,
		s.key("idx", "created"):                  created,
	}
	if !c.Purged {
		m[s.key("idx", "unpurged")] = created
	}
	if !c.Deadline.IsZero() {
		m[s.key("idx", "deadline")] = micros(c.Deadline)
	}
	if !c.FollowUpUntil.IsZero() {
		m[s.key("idx", "followup")] = micros(c.FollowUpUntil)
	}
	if !c.PromptDue.IsZero() {
		m[s.key("idx", "promptdue")] = micros(c.PromptDue)
	}
	return m
}

// queueCase adds to p the commands that store c (encoded as data) and
// move it from old's index entries to its own. old is nil for a new case.
func (s *Store) queueCase(ctx context.Context, p goredis.Pipeliner, old *storage.Case, c storage.Case, data []byte) {
	m := member(int64(c.ID))
	p.Set(ctx, s.caseKey(c.ID), data, 0)
	idx := s.indexes(c)
	if old != nil {
		for k := range s.indexes(*old) {
			if _, ok := idx[k]; !ok {
				p.ZRem(ctx, k, m)
			}
		}
	}
	for k, sc := range idx {
		p.ZAdd(ctx, k, goredis.Z{Score: sc, Member: m})
	}
}

func decodeCase(data []byte) (storage.Case, error) {
	var c storage.Case
	if err := json.Unmarshal(data, &c); err != nil {
		return storage.Case{}, fmt.Errorf("decode case: %w", err)
	}
	return c, nil
}

// CreateCase stores c under a new ID, with a new Nonce unless set, or
// returns the case with c's Key if there is one. A zero CreatedAt becomes
// the current time; an empty Key does not deduplicate. IDs increase but
// may skip numbers.
func (s *Store) CreateCase(ctx context.Context, c storage.Case) (storage.Case, bool, error) {
	op := fmt.Sprintf("create case %q", c.Key)
	if err := s.check(ctx); err != nil {
		return storage.Case{}, false, fmt.Errorf("redis: %s: %w", op, err)
	}
	if c.CreatedAt.IsZero() {
		c.CreatedAt = s.now()
	}
	c.Normalize()
	c.Version = 1
	if c.Nonce == "" {
		c.Nonce = storage.NewNonce()
	}
	if c.Key == "" {
		out, err := s.insert(ctx, s.client, "", c)
		if err != nil {
			return storage.Case{}, false, s.fail(op, err)
		}
		return out, true, nil
	}
	keyKey := s.key("key", c.Key)
	for attempt := range maxAttempts {
		var out storage.Case
		created := false
		err := s.client.Watch(ctx, func(tx *goredis.Tx) error {
			id, err := tx.Get(ctx, keyKey).Int64()
			if err == nil {
				data, err := tx.Get(ctx, s.caseKey(storage.CaseID(id))).Bytes()
				if err != nil {
					return fmt.Errorf("case %d of key: %w", id, err)
				}
				out, err = decodeCase(data)
				return err
			}
			if !errors.Is(err, goredis.Nil) {
				return err
			}
			out, err = s.insert(ctx, tx, keyKey, c)
			created = err == nil
			return err
		}, keyKey)
		if errors.Is(err, goredis.TxFailedErr) {
			if err := backoff(ctx, attempt); err != nil {
				return storage.Case{}, false, s.fail(op, err)
			}
			continue
		}
		if err != nil {
			return storage.Case{}, false, s.fail(op, err)
		}
		return out, created, nil
	}
	return storage.Case{}, false, fmt.Errorf("redis: %s: %d conflicting writes in a row: %w", op, maxAttempts, ErrContention)
}

// txer is a client or a transaction with watched keys.
type txer interface {
	Incr(ctx context.Context, key string) *goredis.IntCmd
	TxPipelined(ctx context.Context, fn func(goredis.Pipeliner) error) ([]goredis.Cmder, error)
}

// insert gives c a new ID and writes it, with its idempotency key keyKey
// unless that is empty, in one transaction.
func (s *Store) insert(ctx context.Context, tx txer, keyKey string, c storage.Case) (storage.Case, error) {
	id, err := tx.Incr(ctx, s.key("seq", "case")).Result()
	if err != nil {
		return storage.Case{}, err
	}
	c.ID = storage.CaseID(id)
	data, err := json.Marshal(c)
	if err != nil {
		return storage.Case{}, fmt.Errorf("encode: %w", err)
	}
	_, err = tx.TxPipelined(ctx, func(p goredis.Pipeliner) error {
		if keyKey != "" {
			p.Set(ctx, keyKey, id, 0)
		}
		s.queueCase(ctx, p, nil, c, data)
		return nil
	})
	if err != nil {
		return storage.Case{}, err
	}
	return decodeCase(data)
}

// GetCase returns the case with id, or storage.ErrNotFound.
func (s *Store) GetCase(ctx context.Context, id storage.CaseID) (storage.Case, error) {
	op := fmt.Sprintf("get case %d", id)
	if err := s.check(ctx); err != nil {
		return storage.Case{}, fmt.Errorf("redis: %s: %w", op, err)
	}
	return s.readCase(ctx, op, id)
}

// readCase reads and decodes the case with id; its errors name op.
func (s *Store) readCase(ctx context.Context, op string, id storage.CaseID) (storage.Case, error) {
	data, err := s.client.Get(ctx, s.caseKey(id)).Bytes()
	if err != nil {
		return storage.Case{}, s.fail(op, err)
	}
	c, err := decodeCase(data)
	if err != nil {
		return storage.Case{}, s.fail(op, err)
	}
	return c, nil
}

// errUnchanged tells update that fn left the case alone.
var errUnchanged = errors.New("unchanged")

// UpdateCase applies fn to the case and stores the result with Version
// bumped, retrying when another writer got there first. fn cannot change
// ID, Key, Nonce or Version. It returns an error wrapping ErrContention if it
// lost that race too often in a row.
func (s *Store) UpdateCase(ctx context.Context, id storage.CaseID, fn func(*storage.Case) error) (storage.Case, error) {
	op := fmt.Sprintf("update case %d", id)
	if err := s.check(ctx); err != nil {
		return storage.Case{}, fmt.Errorf("redis: %s: %w", op, err)
	}
	var fnErr error
	out, err := s.update(ctx, id, func(c *storage.Case) error {
		fnErr = fn(c)
		return fnErr
	})
	if fnErr != nil {
		return storage.Case{}, fnErr
	}
	if err != nil {
		return storage.Case{}, s.fail(op, err)
	}
	return out, nil
}

// update is UpdateCase without the checks; fn may return errUnchanged to
// store nothing, and update then returns it.
func (s *Store) update(ctx context.Context, id storage.CaseID, fn func(*storage.Case) error) (storage.Case, error) {
	key := s.caseKey(id)
	for attempt := range maxAttempts {
		var out storage.Case
		err := s.client.Watch(ctx, func(tx *goredis.Tx) error {
			data, err := tx.Get(ctx, key).Bytes()
			if errors.Is(err, goredis.Nil) {
				return storage.ErrNotFound
			}
			if err != nil {
				return err
			}
			c, err := decodeCase(data)
			if err != nil {
				return err
			}
			old := c
			if err := fn(&c); err != nil {
				return err
			}
			c.ID, c.Key, c.Nonce, c.Version = old.ID, old.Key, old.Nonce, old.Version+1
			c.Normalize()
			data, err = json.Marshal(c)
			if err != nil {
				return fmt.Errorf("encode: %w", err)
			}
			_, err = tx.TxPipelined(ctx, func(p goredis.Pipeliner) error {
				s.queueCase(ctx, p, &old, c, data)
				return nil
			})
			if err != nil {
				return err
			}
			out, err = decodeCase(data)
			return err
		}, key)
		if errors.Is(err, goredis.TxFailedErr) {
			if err := backoff(ctx, attempt); err != nil {
				return storage.Case{}, err
			}
			continue
		}
		return out, err
	}
	return storage.Case{}, fmt.Errorf("%d conflicting writes in a row: %w", maxAttempts, ErrContention)
}

// ListCases returns the cases matching q in ID order. It intersects the
// index entries of q's filters, then loads the candidates in ID order and
// checks each against q.
func (s *Store) ListCases(ctx context.Context, q storage.CaseQuery) ([]storage.Case, error) {
	if err := s.check(ctx); err != nil {
		return nil, fmt.Errorf("redis: list cases: %w", err)
	}
	ids, err := s.candidates(ctx, q)
	if err != nil {
		return nil, s.fail("list cases", err)
	}
	var out []storage.Case
	for chunk := range slices.Chunk(ids, loadChunk) {
		keys := make([]string, len(chunk))
		for i, id := range chunk {
			keys[i] = s.caseKey(storage.CaseID(id))
		}
		vals, err := s.client.MGet(ctx, keys...).Result()
		if err != nil {
			return nil, s.fail("list cases", err)
		}
		for _, v := range vals {
			str, ok := v.(string)
			if !ok {
				continue // deleted since the index was read
			}
			c, err := decodeCase([]byte(str))
			if err != nil {
				return nil, s.fail("list cases", err)
			}
			if matches(q, c) {
				out = append(out, c)
				if q.Limit > 0 && len(out) == q.Limit {
					return out, nil
				}
			}
		}
	}
	return out, nil
}

// candidates returns, in ascending order, the ids of a superset of the
// cases q selects: the members of the smallest index that q names (ListCases
// then checks every filter on the cases themselves). Counting first and
// reading one index keeps a query about one author or one hour cheap
// however many cases there are.
func (s *Store) candidates(ctx context.Context, q storage.CaseQuery) ([]int64, error) {
	type spec struct {
		keys   []string // read together (the states' union)
		lo, hi string   // score range
	}
	var specs []spec
	byID := func(keys ...string) { specs = append(specs, spec{keys: keys, lo: "-inf", hi: "+inf"}) }
	byScore := func(key, lo, hi string) { specs = append(specs, spec{keys: []string{key}, lo: lo, hi: hi}) }
	if len(q.States) > 0 {
		var keys []string
		for _, st := range q.States {
			keys = append(keys, s.key("idx", "state", string(st)))
		}
		byID(keys...)
	}
	if q.Platform != "" {
		byID(s.key("idx", "platform", q.Platform))
	}
	if q.Community != "" {
		byID(s.key("idx", "community", q.Community))
	}
	if q.Channel != "" {
		byID(s.key("idx", "channel", q.Channel))
	}
	if q.Author != "" {
		byID(s.key("idx", "author", string(q.Author)))
	}
	if !q.Since.IsZero() || !q.Until.IsZero() {
		lo, hi := "-inf", "+inf"
		if !q.Since.IsZero() {
			lo = score(micros(q.Since))
		}
		if !q.Until.IsZero() {
			hi = score(micros(q.Until))
		}
		byScore(s.key("idx", "created"), lo, hi)
	}
	if !q.DeadlineBefore.IsZero() {
		byScore(s.key("idx", "deadline"), "-inf", score(micros(q.DeadlineBefore)))
	}
	if !q.FollowUpAt.IsZero() {
		byScore(s.key("idx", "followup"), score(micros(q.FollowUpAt)), "+inf")
	}
	if !q.PromptDueBefore.IsZero() {
		byScore(s.key("idx", "promptdue"), "-inf", score(micros(q.PromptDueBefore)))
	}
	if len(specs) == 0 {
		byID(s.key("idx", "all"))
	}
	best := 0
	if len(specs) > 1 {
		p := s.client.Pipeline()
		counts := make([][]*goredis.IntCmd, len(specs))
		for i, sp := range specs {
			for _, k := range sp.keys {
				counts[i] = append(counts[i], p.ZCount(ctx, k, sp.lo, sp.hi))
			}
		}
		if _, err := p.Exec(ctx); err != nil {
			return nil, err
		}
		min := int64(-1)
		for i, cs := range counts {
			var n int64
			for _, c := range cs {
				n += c.Val()
			}
			if min < 0 || n < min {
				best, min = i, n
			}
		}
		if min == 0 {
			return nil, nil
		}
	}
	sp := specs[best]
	p := s.client.Pipeline()
	var cmds []*goredis.StringSliceCmd
	for _, k := range sp.keys {
		cmds = append(cmds, p.ZRangeByScore(ctx, k, &goredis.ZRangeBy{Min: sp.lo, Max: sp.hi}))
	}
	if _, err := p.Exec(ctx); err != nil {
		return nil, err
	}
	var out []int64
	for _, c := range cmds {
		ids, err := parseIDs(c.Val())
		if err != nil {
			return nil, err
		}
		out = append(out, ids...)
	}
	slices.Sort(out)
	return slices.Compact(out), nil
}

func parseIDs(members []string) ([]int64, error) {
	ids := make([]int64, len(members))
	for i, m := range members {
		id, err := strconv.ParseInt(m, 10, 64)
		if err != nil {
			return nil, fmt.Errorf("index member %q: %w", m, err)
		}
		ids[i] = id
	}
	return ids, nil
}

// matches reports whether c meets every filter of q.
func matches(q storage.CaseQuery, c storage.Case) bool {
	switch {
	case len(q.States) > 0 && !slices.Contains(q.States, c.State),
		q.Platform != "" && c.Platform != q.Platform,
		q.Community != "" && c.Community != q.Community,
		q.Channel != "" && c.Channel != q.Channel,
		q.Author != "" && c.Author != q.Author,
		q.Reporter != "" && c.Reporter != q.Reporter,
		!q.MatchesSource(&c),
		!q.Since.IsZero() && c.CreatedAt.Before(q.Since),
		!q.Until.IsZero() && !c.CreatedAt.Before(q.Until),
		!q.DeadlineBefore.IsZero() && (c.Deadline.IsZero() || !c.Deadline.Before(q.DeadlineBefore)),
		!q.PromptDueBefore.IsZero() && (c.PromptDue.IsZero() || !c.PromptDue.Before(q.PromptDueBefore)),
		!q.FollowUpAt.IsZero() && (c.FollowUpUntil.IsZero() || !q.FollowUpAt.Before(c.FollowUpUntil) || c.CreatedAt.After(q.FollowUpAt)):
		return false
	}
	return true
}

// AddAudit appends e with a new ID. A zero At becomes the current time.
// It returns storage.ErrNotFound if e.CaseID names no case.
func (s *Store) AddAudit(ctx context.Context, e storage.AuditEntry) error {
	op := fmt.Sprintf("add audit %q", e.Action)
	if err := s.check(ctx); err != nil {
		return fmt.Errorf("redis: %s: %w", op, err)
	}
	if e.At.IsZero() {
		e.At = s.now()
	}
	e.At = e.At.UTC().Round(0)
	if e.CaseID != 0 {
		// Cases are never deleted, so a case that exists now still does
		// when the entry is written.
		n, err := s.client.Exists(ctx, s.caseKey(e.CaseID)).Result()
		if err != nil {
			return s.fail(op, err)
		}
		if n == 0 {
			return s.fail(op, fmt.Errorf("case %d: %w", e.CaseID, storage.ErrNotFound))
		}
	}
	id, err := s.client.Incr(ctx, s.key("seq", "audit")).Result()
	if err != nil {
		return s.fail(op, err)
	}
	e.ID = id
	data, err := json.Marshal(e)
	if err != nil {
		return s.fail(op, fmt.Errorf("encode: %w", err))
	}
	z := goredis.Z{Score: micros(e.At), Member: member(id)}
	_, err = s.client.TxPipelined(ctx, func(p goredis.Pipeliner) error {
		p.HSet(ctx, s.key("audit", "entries"), member(id), data)
		p.ZAdd(ctx, s.key("audit", "time"), z)
		if e.CaseID != 0 {
			p.ZAdd(ctx, s.key("audit", "case", member(int64(e.CaseID))), z)
		}
		return nil
	})
	if err != nil {
		return s.fail(op, err)
	}
	return nil
}

// ListAudit returns the entries matching q, ordered by At and then ID.
func (s *Store) ListAudit(ctx context.Context, q storage.AuditQuery) ([]storage.AuditEntry, error) {
	if err := s.check(ctx); err != nil {
		return nil, fmt.Errorf("redis: list audit: %w", err)
	}
	key := s.key("audit", "time")
	if q.CaseID != 0 {
		key = s.key("audit", "case", member(int64(q.CaseID)))
	}
	rng := &goredis.ZRangeBy{Min: "-inf", Max: "+inf"}
	if !q.Since.IsZero() {
		rng.Min = score(micros(q.Since))
	}
	if !q.Until.IsZero() {
		rng.Max = score(micros(q.Until))
	}
	zs, err := s.client.ZRangeByScoreWithScores(ctx, key, rng).Result()
	if err != nil {
		return nil, s.fail("list audit", err)
	}
	var out []storage.AuditEntry
	for i := 0; i < len(zs); i += loadChunk {
		// Scores are microseconds: entries with the same score may be
		// in any order, so read on past the limit until the score moves.
		if q.Limit > 0 && len(out) >= q.Limit {
			sortAudit(out)
			if micros(out[q.Limit-1].At) < zs[i].Score {
				break
			}
		}
		chunk := zs[i:min(i+loadChunk, len(zs))]
		fields := make([]string, len(chunk))
		for j, z := range chunk {
			fields[j] = z.Member.(string)
		}
		vals, err := s.client.HMGet(ctx, s.key("audit", "entries"), fields...).Result()
		if err != nil {
			return nil, s.fail("list audit", err)
		}
		for _, v := range vals {
			str, ok := v.(string)
			if !ok {
				continue
			}
			var e storage.AuditEntry
			if err := json.Unmarshal([]byte(str), &e); err != nil {
				return nil, s.fail("list audit", fmt.Errorf("decode entry: %w", err))
			}
			if (q.Since.IsZero() || !e.At.Before(q.Since)) && (q.Until.IsZero() || e.At.Before(q.Until)) && (q.Actor == "" || e.Actor == q.Actor) {
				out = append(out, e)
			}
		}
	}
	sortAudit(out)
	if q.Limit > 0 && len(out) > q.Limit {
		out = out[:q.Limit]
	}
	return out, nil
}

func sortAudit(es []storage.AuditEntry) {
	slices.SortFunc(es, func(a, b storage.AuditEntry) int {
		return cmp.Or(a.At.Compare(b.At), cmp.Compare(a.ID, b.ID))
	})
}

// volumeField names one counter in an hour's hash: "m" or "f", then the
// key's platform, community and channel as a JSON array.
func volumeField(kind string, k storage.VolumeKey) string {
	b, _ := json.Marshal([3]string{k.Platform, k.Community, k.Channel}) // strings always encode
	return kind + string(b)
}

// AddVolume adds messages and flagged to the counter of k's hour
// (truncated to the hour in UTC).
func (s *Store) AddVolume(ctx context.Context, k storage.VolumeKey, messages, flagged int64) error {
	if err := s.check(ctx); err != nil {
		return fmt.Errorf("redis: add volume: %w", err)
	}
	if messages < 0 || flagged < 0 || flagged > messages {
		return fmt.Errorf("redis: add volume: invalid counts: %d messages, %d flagged", messages, flagged)
	}
	if messages == 0 {
		return nil
	}
	hour := k.Hour.UTC().Truncate(time.Hour)
	hk := s.key("vol", member(hour.Unix()))
	_, err := s.client.TxPipelined(ctx, func(p goredis.Pipeliner) error {
		p.HIncrBy(ctx, hk, volumeField("m", k), messages)
		if flagged > 0 {
			p.HIncrBy(ctx, hk, volumeField("f", k), flagged)
		}
		if s.volumeTTL > 0 {
			p.ExpireAt(ctx, hk, hour.Add(s.volumeTTL))
		}
		p.ZAdd(ctx, s.key("vol", "hours"), goredis.Z{Score: float64(hour.Unix()), Member: member(hour.Unix())})
		return nil
	})
	if err != nil {
		return s.fail("add volume", err)
	}
	return nil
}

// Volume returns the counters of hours in [from, to), ordered by hour,
// platform, community and channel.
func (s *Store) Volume(ctx context.Context, from, to time.Time) ([]storage.VolumeRow, error) {
	if err := s.check(ctx); err != nil {
		return nil, fmt.Errorf("redis: volume: %w", err)
	}
	hoursKey := s.key("vol", "hours")
	hours, err := s.client.ZRangeByScore(ctx, hoursKey, &goredis.ZRangeBy{
		Min: member(ceilSeconds(from)), Max: "(" + member(ceilSeconds(to)),
	}).Result()
	if err != nil {
		return nil, s.fail("volume", err)
	}
	p := s.client.Pipeline()
	cmds := make([]*goredis.MapStringStringCmd, len(hours))
	for i, h := range hours {
		cmds[i] = p.HGetAll(ctx, s.key("vol", h))
	}
	if len(hours) > 0 {
		if _, err := p.Exec(ctx); err != nil {
			return nil, s.fail("volume", err)
		}
	}
	var out []storage.VolumeRow
	var expired []any
	for i, h := range hours {
		unix, err := strconv.ParseInt(h, 10, 64)
		if err != nil {
			return nil, s.fail("volume", fmt.Errorf("hour %q: %w", h, err))
		}
		fields := cmds[i].Val()
		if len(fields) == 0 {
			expired = append(expired, h)
			continue
		}
		rows := map[[3]string]*storage.VolumeRow{}
		for f, v := range fields {
			var k [3]string
			if len(f) < 2 || json.Unmarshal([]byte(f[1:]), &k) != nil {
				return nil, s.fail("volume", fmt.Errorf("hour %s: field %q", h, f))
			}
			n, err := strconv.ParseInt(v, 10, 64)
			if err != nil {
				return nil, s.fail("volume", fmt.Errorf("hour %s: field %q: %w", h, f, err))
			}
			r := rows[k]
			if r == nil {
				r = &storage.VolumeRow{VolumeKey: storage.VolumeKey{Platform: k[0], Community: k[1], Channel: k[2], Hour: time.Unix(unix, 0).UTC()}}
				rows[k] = r
			}
			switch f[0] {
			case 'm':
				r.Messages += n
			case 'f':
				r.Flagged += n
			}
		}
		for _, r := range rows {
			out = append(out, *r)
		}
	}
	if len(expired) > 0 {
		// The hours' counters expired; forget them. Losing this race
		// with a new add only costs that hour a later lookup.
		if err := s.client.ZRem(ctx, hoursKey, expired...).Err(); err != nil {
			return nil, s.fail("volume", err)
		}
	}
	slices.SortFunc(out, func(a, b storage.VolumeRow) int {
		return cmp.Or(a.Hour.Compare(b.Hour), cmp.Compare(a.Platform, b.Platform),
			cmp.Compare(a.Community, b.Community), cmp.Compare(a.Channel, b.Channel))
	})
	return out, nil
}

// Purge erases the evidence of the cases created before before that it
// has not purged yet, evidence packs too, and returns how many it purged.
// It walks the unpurged cases' created-at index.
func (s *Store) Purge(ctx context.Context, before time.Time) (int, error) {
	if err := s.check(ctx); err != nil {
		return 0, fmt.Errorf("redis: purge: %w", err)
	}
	res, err := s.purge(ctx, "purge", storage.Retention{Before: before, EvidenceBefore: before})
	return res.Cases + res.EvidencePacks, err
}

// PurgeRetention applies r to the cases not purged yet, as Purge does.
func (s *Store) PurgeRetention(ctx context.Context, r storage.Retention) (storage.RetentionResult, error) {
	if err := s.check(ctx); err != nil {
		return storage.RetentionResult{}, fmt.Errorf("redis: purge retention: %w", err)
	}
	return s.purge(ctx, "purge retention", r)
}

func (s *Store) purge(ctx context.Context, op string, r storage.Retention) (storage.RetentionResult, error) {
	var res storage.RetentionResult
	members, err := s.client.ZRangeByScore(ctx, s.key("idx", "unpurged"), &goredis.ZRangeBy{
		Min: "-inf", Max: score(micros(r.Before)),
	}).Result()
	if err != nil {
		return res, s.fail(op, err)
	}
	ids, err := parseIDs(members)
	if err != nil {
		return res, s.fail(op, err)
	}
	done := func() int { return res.Cases + res.EvidencePacks }
	erased := map[storage.CaseID]bool{}
	count := func(c *storage.Case) bool {
		erase, held := r.Action(c)
		switch {
		case held:
			res.Held++
		case erase && c.EvidencePack():
			res.EvidencePacks++
		case erase:
			res.Cases++
		}
		if erase {
			erased[c.ID] = true
		}
		return erase
	}
	// The feed items about the erased cases, and those old enough.
	feed := func() (storage.RetentionResult, error) {
		n, err := s.eraseFeeds(ctx, erased, r.Before, r.DryRun)
		res.FeedItems += n
		if err != nil {
			return res, s.fail(fmt.Sprintf("%s (after %d cases)", op, done()), err)
		}
		return res, nil
	}
	if r.DryRun {
		err := s.eachCase(ctx, ids, func(c storage.Case) error { count(&c); return nil })
		if err != nil {
			return res, s.fail(op, err)
		}
		return feed()
	}
	// First the feed items of the cases due, so that a run cut short
	// leaves none behind (the next run skips the cases it erased); then
	// the cases; then, in feed, the items appended meanwhile and those
	// old enough.
	due := map[storage.CaseID]bool{}
	err = s.eachCase(ctx, ids, func(c storage.Case) error {
		if erase, _ := r.Action(&c); erase {
			due[c.ID] = true
		}
		return nil
	})
	if err == nil {
		var n int
		n, err = s.eraseFeeds(ctx, due, time.Time{}, false)
		res.FeedItems += n
	}
	if err != nil {
		return res, s.fail(op, err)
	}
	for _, id := range ids {
		if err := ctx.Err(); err != nil {
			return res, s.fail(fmt.Sprintf("%s (after %d cases)", op, done()), err)
		}
		var before storage.Case // as it was, for the counts
		_, err := s.update(ctx, storage.CaseID(id), func(c *storage.Case) error {
			before = *c
			if erase, _ := r.Action(c); !erase {
				return errUnchanged
			}
			c.EraseEvidence()
			return nil
		})
		switch {
		case err == nil || errors.Is(err, errUnchanged):
			count(&before)
		case errors.Is(err, storage.ErrNotFound):
		default:
			return res, s.fail(fmt.Sprintf("%s case %d (after %d cases)", op, id, done()), err)
		}
	}
	return feed()
}

// eachCase loads the cases with ids, in chunks, and calls fn for each that
// still exists.
func (s *Store) eachCase(ctx context.Context, ids []int64, fn func(storage.Case) error) error {
	for chunk := range slices.Chunk(ids, loadChunk) {
		keys := make([]string, len(chunk))
		for i, id := range chunk {
			keys[i] = s.caseKey(storage.CaseID(id))
		}
		vals, err := s.client.MGet(ctx, keys...).Result()
		if err != nil {
			return err
		}
		for _, v := range vals {
			str, ok := v.(string)
			if !ok {
				continue
			}
			c, err := decodeCase([]byte(str))
			if err != nil {
				return err
			}
			if err := fn(c); err != nil {
				return err
			}
		}
	}
	return nil
}

// ForgetAuthor erases one person's data (see storage.Store). Reporters and
// context messages have no index, so it reads every case once; each
// change is an optimistic update of one case.
func (s *Store) ForgetAuthor(ctx context.Context, author rules.UserID) (storage.ForgetResult, error) {
	var res storage.ForgetResult
	if err := s.check(ctx); err != nil {
		return res, fmt.Errorf("redis: forget author: %w", err)
	}
	if author == "" {
		return res, nil
	}
	members, err := s.client.ZRange(ctx, s.key("idx", "all"), 0, -1).Result()
	if err != nil {
		return res, s.fail("forget author", err)
	}
	ids, err := parseIDs(members)
	if err != nil {
		return res, s.fail("forget author", err)
	}
	var todo []storage.CaseID
	authoredIDs := map[storage.CaseID]bool{}
	err = s.eachCase(ctx, ids, func(c storage.Case) error {
		a, r, x := c.Forget(author)
		if a || r || x {
			todo = append(todo, c.ID)
		}
		if a {
			authoredIDs[c.ID] = true
		}
		return nil
	})
	if err != nil {
		return res, s.fail("forget author", err)
	}
	// The feed items about their cases go first, so that a call cut
	// short leaves none behind (the next finds only the cases not done),
	// and again at the end, for items appended meanwhile.
	if res.FeedItems, err = s.eraseFeeds(ctx, authoredIDs, time.Time{}, false); err != nil {
		return res, s.fail("forget author", err)
	}
	for _, id := range todo {
		var authored, reported, context bool
		_, err := s.update(ctx, id, func(c *storage.Case) error {
			authored, reported, context = c.Forget(author)
			if !authored && !reported && !context {
				return errUnchanged
			}
			return nil
		})
		switch {
		case err == nil:
			res.Authored += b2i(authored)
			res.Reported += b2i(reported)
			res.Context += b2i(context)
			if authored {
				authoredIDs[id] = true
			}
		case errors.Is(err, errUnchanged) || errors.Is(err, storage.ErrNotFound):
		default:
			return res, s.fail(fmt.Sprintf("forget author: case %d", id), err)
		}
	}
	n, err := s.eraseFeeds(ctx, authoredIDs, time.Time{}, false)
	res.FeedItems += n
	if err != nil {
		return res, s.fail("forget author", err)
	}
	return res, nil
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// ceilSeconds is t in Unix seconds, rounded up.
func ceilSeconds(t time.Time) int64 {
	s := t.Unix()
	if t.After(time.Unix(s, 0)) {
		s++
	}
	return s
}

// DeleteAll deletes every key under the store's prefix (SCAN and DEL in
// batches, never KEYS): for tests, and for throwaway deployments such as
// the replay and load test. It returns how many keys it deleted.
func (s *Store) DeleteAll(ctx context.Context) (int, error) {
	if err := s.check(ctx); err != nil {
		return 0, fmt.Errorf("redis: delete all: %w", err)
	}
	var keys []string
	iter := s.client.Scan(ctx, 0, s.prefix+"*", 1000).Iterator()
	for iter.Next(ctx) {
		keys = append(keys, iter.Val())
	}
	if err := iter.Err(); err != nil {
		return 0, s.fail("delete all: scan", err)
	}
	n := 0
	for len(keys) > 0 {
		k := min(len(keys), 500)
		if err := s.client.Del(ctx, keys[:k]...).Err(); err != nil {
			return n, s.fail("delete all", err)
		}
		n, keys = n+k, keys[k:]
	}
	return n, nil
}
