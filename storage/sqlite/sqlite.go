package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"math"
	"net/url"
	"path"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" driver

	"github.com/trygbot/trygbot/rules"
	"github.com/trygbot/trygbot/storage"
)

var _ storage.Store = (*Store)(nil)

// ErrSchemaTooNew is returned by Open for a database that a newer trygbot
// has migrated past the migrations this build knows.
var ErrSchemaTooNew = errors.New("sqlite: database schema is newer than this trygbot")

//go:embed migrations/*.sql
var migrationFiles embed.FS

// busyTimeout is how long a write waits for another process's write.
const busyTimeout = 10 * time.Second

// purgeBatch is how many cases Purge rewrites per transaction, so other
// writers are not held up by a large purge.
const purgeBatch = 500

// Store is a storage.Store in one SQLite file. It is safe for concurrent
// use, also by several processes sharing the file.
type Store struct {
	db *sql.DB
	// wsem serialises this process's writes, so they do not wait on
	// SQLite's busy handler for each other.
	wsem   chan struct{}
	closed atomic.Bool
	now    func() time.Time
}

// Open opens or creates the database at path (a file name, not a URI) and
// migrates it to the current schema. It returns an error wrapping
// ErrSchemaTooNew if the file was migrated by a newer trygbot.
func Open(ctx context.Context, path string) (*Store, error) {
	migs, err := migrations()
	if err != nil {
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	return open(ctx, path, migs)
}

// open opens the database at path and applies migs to it.
func open(ctx context.Context, path string, migs []migration) (*Store, error) {
	if path == "" || path == ":memory:" || strings.HasPrefix(path, "file:") || strings.ContainsRune(path, '?') {
		return nil, fmt.Errorf("sqlite: open %q: want the path of a database file", path)
	}
	q := url.Values{}
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", busyTimeout.Milliseconds()))
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "synchronous(NORMAL)")
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "secure_delete(1)") // purged evidence is overwritten, not left in free space
	q.Set("_txlock", "immediate")        // every transaction here writes
	db, err := sql.Open("sqlite", path+"?"+q.Encode())
	if err != nil {
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	s := &Store{db: db, wsem: make(chan struct{}, 1), now: time.Now}
	if err := s.migrate(ctx, migs); err != nil {
		db.Close()
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	return s, nil
}

// migration is one numbered schema change.
type migration struct {
	version int
	name    string
	sql     string
}

// migrations returns the embedded migrations in order, checking that they
// are numbered 1, 2, 3, ... without gaps.
func migrations() ([]migration, error) {
	names, err := fs.Glob(migrationFiles, "migrations/*.sql")
	if err != nil {
		return nil, err
	}
	var out []migration
	for _, name := range names {
		base := path.Base(name)
		num, _, ok := strings.Cut(base, "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || v <= 0 {
			return nil, fmt.Errorf("migration %s: name must start with a number and an underscore", base)
		}
		b, err := migrationFiles.ReadFile(name)
		if err != nil {
			return nil, err
		}
		out = append(out, migration{version: v, name: base, sql: string(b)})
	}
	slices.SortFunc(out, func(a, b migration) int { return a.version - b.version })
	for i, m := range out {
		if m.version != i+1 {
			return nil, fmt.Errorf("migration %s: want version %d", m.name, i+1)
		}
	}
	return out, nil
}

// migrate applies the migrations of migs the database has not seen, in
// one transaction, and records the new version.
func (s *Store) migrate(ctx context.Context, migs []migration) error {
	return s.write(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)`); err != nil {
			return fmt.Errorf("create schema_version: %w", err)
		}
		var current, rows int
		if err := tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0), COUNT(*) FROM schema_version`).Scan(&current, &rows); err != nil {
			return fmt.Errorf("read schema version: %w", err)
		}
		if current > len(migs) {
			return fmt.Errorf("schema version %d, but this trygbot knows versions up to %d; run a newer trygbot or restore a backup: %w",
				current, len(migs), ErrSchemaTooNew)
		}
		for _, m := range migs[current:] {
			if _, err := tx.ExecContext(ctx, m.sql); err != nil {
				return fmt.Errorf("migration %s: %w", m.name, err)
			}
		}
		if current == len(migs) && rows == 1 {
			return nil
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM schema_version`); err != nil {
			return fmt.Errorf("record schema version: %w", err)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO schema_version (version) VALUES (?)`, len(migs)); err != nil {
			return fmt.Errorf("record schema version: %w", err)
		}
		return nil
	})
}

// Ping checks that the database answers, for health checks.
func (s *Store) Ping(ctx context.Context) error {
	if err := s.db.PingContext(ctx); err != nil {
		return s.fail("ping", err)
	}
	return nil
}

// Close closes the database. Later calls return storage.ErrClosed; Close
// itself may be called again.
func (s *Store) Close() error {
	if s.closed.Swap(true) {
		return nil
	}
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("sqlite: close: %w", err)
	}
	return nil
}

// check returns why a call cannot start: the store is closed or ctx done.
func (s *Store) check(ctx context.Context) error {
	if s.closed.Load() {
		return storage.ErrClosed
	}
	return ctx.Err()
}

// fail wraps err for op, reporting storage.ErrClosed for a call that
// raced with Close.
func (s *Store) fail(op string, err error) error {
	if s.closed.Load() && !errors.Is(err, storage.ErrClosed) {
		return fmt.Errorf("sqlite: %s: %w (%v)", op, storage.ErrClosed, err)
	}
	return fmt.Errorf("sqlite: %s: %w", op, err)
}

// write runs fn in a BEGIN IMMEDIATE transaction, one at a time within the
// process, and commits if fn returns nil.
func (s *Store) write(ctx context.Context, fn func(tx *sql.Tx) error) error {
	select {
	case s.wsem <- struct{}{}:
	case <-ctx.Done():
		return ctx.Err()
	}
	defer func() { <-s.wsem }()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback() //nolint:errcheck // a no-op after Commit
	if err := fn(tx); err != nil {
		return err
	}
	return tx.Commit()
}

// queryer is what reads need of *sql.DB and *sql.Tx.
type queryer interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// CreateCase stores c under a new ID, with a new Nonce unless set, or
// returns the case with c's Key if there is one. A zero CreatedAt becomes
// the current time; an empty Key does not deduplicate.
func (s *Store) CreateCase(ctx context.Context, c storage.Case) (storage.Case, bool, error) {
	if err := s.check(ctx); err != nil {
		return storage.Case{}, false, fmt.Errorf("sqlite: create case: %w", err)
	}
	if c.CreatedAt.IsZero() {
		c.CreatedAt = s.now()
	}
	c.Normalize()
	c.ID, c.Version = 0, 1
	if c.Nonce == "" {
		c.Nonce = storage.NewNonce()
	}
	data, err := json.Marshal(c)
	if err != nil {
		return storage.Case{}, false, fmt.Errorf("sqlite: create case %q: encode: %w", c.Key, err)
	}
	var out storage.Case
	created := false
	err = s.write(ctx, func(tx *sql.Tx) error {
		if c.Key != "" {
			existing, err := scanCase(tx.QueryRowContext(ctx, `SELECT id, version, data FROM cases WHERE key = ?`, c.Key))
			if err == nil {
				out = existing
				return nil
			}
			if !errors.Is(err, storage.ErrNotFound) {
				return err
			}
		}
		res, err := tx.ExecContext(ctx, `INSERT INTO cases
			(key, platform, community, channel, author, state, created_at, deadline, follow_up_until, purged, version, data)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			sql.NullString{String: c.Key, Valid: c.Key != ""}, c.Platform, c.Community, c.Channel, string(c.Author),
			string(c.State), nanos(c.CreatedAt), nullNanos(c.Deadline), nullNanos(c.FollowUpUntil), c.Purged, c.Version, data)
		if err != nil {
			return err
		}
		id, err := res.LastInsertId()
		if err != nil {
			return err
		}
		out, err = decodeCase(storage.CaseID(id), c.Version, data)
		created = true
		return err
	})
	if err != nil {
		return storage.Case{}, false, s.fail(fmt.Sprintf("create case %q", c.Key), err)
	}
	return out, created, nil
}

// GetCase returns the case with id, or storage.ErrNotFound.
func (s *Store) GetCase(ctx context.Context, id storage.CaseID) (storage.Case, error) {
	if err := s.check(ctx); err != nil {
		return storage.Case{}, fmt.Errorf("sqlite: get case %d: %w", id, err)
	}
	c, err := getCase(ctx, s.db, id)
	if err != nil {
		return storage.Case{}, s.fail(fmt.Sprintf("get case %d", id), err)
	}
	return c, nil
}

func getCase(ctx context.Context, q queryer, id storage.CaseID) (storage.Case, error) {
	return scanCase(q.QueryRowContext(ctx, `SELECT id, version, data FROM cases WHERE id = ?`, int64(id)))
}

// scanner is a *sql.Row or *sql.Rows.
type scanner interface{ Scan(dest ...any) error }

// scanCase reads a row of id, version and data.
func scanCase(row scanner) (storage.Case, error) {
	var id, version int64
	var data []byte
	if err := row.Scan(&id, &version, &data); err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return storage.Case{}, storage.ErrNotFound
		}
		return storage.Case{}, err
	}
	return decodeCase(storage.CaseID(id), version, data)
}

// decodeCase reads a case's JSON; the columns id and version are the
// authority for those fields.
func decodeCase(id storage.CaseID, version int64, data []byte) (storage.Case, error) {
	var c storage.Case
	if err := json.Unmarshal(data, &c); err != nil {
		return storage.Case{}, fmt.Errorf("decode case %d: %w", id, err)
	}
	c.ID, c.Version = id, version
	return c, nil
}

// UpdateCase applies fn to the case in a write transaction and stores the
// result with Version bumped. fn cannot change ID, Key, Nonce or
// Version.
func (s *Store) UpdateCase(ctx context.Context, id storage.CaseID, fn func(*storage.Case) error) (storage.Case, error) {
	if err := s.check(ctx); err != nil {
		return storage.Case{}, fmt.Errorf("sqlite: update case %d: %w", id, err)
	}
	var out storage.Case
	var fnErr error
	err := s.write(ctx, func(tx *sql.Tx) error {
		c, err := getCase(ctx, tx, id)
		if err != nil {
			return err
		}
		old := c
		if err := fn(&c); err != nil {
			fnErr = err
			return err
		}
		c.ID, c.Key, c.Nonce, c.Version = old.ID, old.Key, old.Nonce, old.Version+1
		out, err = putCase(ctx, tx, c)
		return err
	})
	if fnErr != nil {
		return storage.Case{}, fnErr
	}
	if err != nil {
		return storage.Case{}, s.fail(fmt.Sprintf("update case %d", id), err)
	}
	return out, nil
}

// putCase rewrites an existing case's row and returns the case as stored.
func putCase(ctx context.Context, tx *sql.Tx, c storage.Case) (storage.Case, error) {
	c.Normalize()
	data, err := json.Marshal(c)
	if err != nil {
		return storage.Case{}, fmt.Errorf("encode: %w", err)
	}
	_, err = tx.ExecContext(ctx, `UPDATE cases SET platform = ?, community = ?, channel = ?, author = ?, state = ?,
		created_at = ?, deadline = ?, follow_up_until = ?, purged = ?, version = ?, data = ? WHERE id = ?`,
		c.Platform, c.Community, c.Channel, string(c.Author), string(c.State), nanos(c.CreatedAt),
		nullNanos(c.Deadline), nullNanos(c.FollowUpUntil), c.Purged, c.Version, data, int64(c.ID))
	if err != nil {
		return storage.Case{}, err
	}
	return decodeCase(c.ID, c.Version, data)
}

// ListCases returns the cases matching q in ID order.
func (s *Store) ListCases(ctx context.Context, q storage.CaseQuery) ([]storage.Case, error) {
	if err := s.check(ctx); err != nil {
		return nil, fmt.Errorf("sqlite: list cases: %w", err)
	}
	var where []string
	var args []any
	add := func(cond string, a ...any) {
		where = append(where, cond)
		args = append(args, a...)
	}
	if len(q.States) > 0 {
		marks := strings.TrimSuffix(strings.Repeat("?, ", len(q.States)), ", ")
		for _, st := range q.States {
			args = append(args, string(st))
		}
		where = append(where, "state IN ("+marks+")")
	}
	if q.Platform != "" {
		add("platform = ?", q.Platform)
	}
	if q.Community != "" {
		add("community = ?", q.Community)
	}
	if q.Channel != "" {
		add("channel = ?", q.Channel)
	}
	if q.Author != "" {
		add("author = ?", string(q.Author))
	}
	if q.Reporter != "" {
		add("json_extract(data, '$.reporter') = ?", q.Reporter)
	}
	switch q.Source {
	case "":
	case storage.SourceModel:
		// Few cases have a source of their own: no column.
		add("json_extract(data, '$.source') = ?", storage.SourceModel)
	default:
		add("IFNULL(json_extract(data, '$.source'), '') != ?", storage.SourceModel)
	}
	if !q.Since.IsZero() {
		add("created_at >= ?", nanos(q.Since))
	}
	if !q.Until.IsZero() {
		add("created_at < ?", nanos(q.Until))
	}
	if !q.DeadlineBefore.IsZero() {
		add("deadline < ?", nanos(q.DeadlineBefore))
	}
	if !q.PromptDueBefore.IsZero() {
		// Few cases owe prompts, and only for seconds: no column; the
		// time is compared below.
		add(`instr(CAST(data AS TEXT), '"prompt_due"') > 0`)
	}
	if !q.FollowUpAt.IsZero() {
		add("follow_up_until > ? AND created_at <= ?", nanos(q.FollowUpAt), nanos(q.FollowUpAt))
	}
	query := `SELECT id, version, data FROM cases`
	if len(where) > 0 {
		query += " WHERE " + strings.Join(where, " AND ")
	}
	query += " ORDER BY id"
	if q.Limit > 0 && q.PromptDueBefore.IsZero() {
		query += " LIMIT ?"
		args = append(args, q.Limit)
	}
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, s.fail("list cases", err)
	}
	defer rows.Close()
	var out []storage.Case
	for rows.Next() {
		c, err := scanCase(rows)
		if err != nil {
			return nil, s.fail("list cases", err)
		}
		if !q.PromptDueBefore.IsZero() && (c.PromptDue.IsZero() || !c.PromptDue.Before(q.PromptDueBefore)) {
			continue
		}
		out = append(out, c)
		if q.Limit > 0 && len(out) == q.Limit {
			break
		}
	}
	if err := rows.Err(); err != nil {
		return nil, s.fail("list cases", err)
	}
	return out, nil
}

// AddAudit appends e with a new ID. A zero At becomes the current time.
// It returns storage.ErrNotFound if e.CaseID names no case.
func (s *Store) AddAudit(ctx context.Context, e storage.AuditEntry) error {
	if err := s.check(ctx); err != nil {
		return fmt.Errorf("sqlite: add audit %q: %w", e.Action, err)
	}
	if e.At.IsZero() {
		e.At = s.now()
	}
	err := s.write(ctx, func(tx *sql.Tx) error {
		caseID := sql.NullInt64{Int64: int64(e.CaseID), Valid: e.CaseID != 0}
		if caseID.Valid {
			var one int
			err := tx.QueryRowContext(ctx, `SELECT 1 FROM cases WHERE id = ?`, caseID).Scan(&one)
			if errors.Is(err, sql.ErrNoRows) {
				return fmt.Errorf("case %d: %w", e.CaseID, storage.ErrNotFound)
			}
			if err != nil {
				return err
			}
		}
		_, err := tx.ExecContext(ctx, `INSERT INTO audit (at, case_id, actor, role, action, detail) VALUES (?, ?, ?, ?, ?, ?)`,
			nanos(e.At), caseID, e.Actor, e.Role, e.Action, e.Detail)
		return err
	})
	if err != nil {
		return s.fail(fmt.Sprintf("add audit %q", e.Action), err)
	}
	return nil
}

// ListAudit returns the entries matching q, ordered by At and then ID.
func (s *Store) ListAudit(ctx context.Context, q storage.AuditQuery) ([]storage.AuditEntry, error) {
	if err := s.check(ctx); err != nil {
		return nil, fmt.Errorf("sqlite: list audit: %w", err)
	}
	var where []string
	var args []any
	if q.CaseID != 0 {
		where = append(where, "case_id = ?")
		args = append(args, int64(q.CaseID))
	}
	if q.Actor != "" {
		where = append(where, "actor = ?")
		args = append(args, q.Actor)
	}
	if !q.Since.IsZero() {
		where = append(where, "at >= ?")
		args = append(args, nanos(q.Since))
	}
	if !q.Until.IsZero() {
		where = append(where, "at < ?")
		args = append(args, nanos(q.Until))
	}
	query := `SELECT id, at, case_id, actor, role, action, detail FROM audit`
	if len(where) > 0 {
		query += " WHERE " + strings.Join(where, " AND ")
	}
	query += " ORDER BY at, id"
	if q.Limit > 0 {
		query += " LIMIT ?"
		args = append(args, q.Limit)
	}
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, s.fail("list audit", err)
	}
	defer rows.Close()
	var out []storage.AuditEntry
	for rows.Next() {
		var e storage.AuditEntry
		var at int64
		var caseID sql.NullInt64
		if err := rows.Scan(&e.ID, &at, &caseID, &e.Actor, &e.Role, &e.Action, &e.Detail); err != nil {
			return nil, s.fail("list audit", err)
		}
		e.At, e.CaseID = fromNanos(at), storage.CaseID(caseID.Int64)
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, s.fail("list audit", err)
	}
	return out, nil
}

// AddVolume adds messages and flagged to the counter of k's hour
// (truncated to the hour in UTC).
func (s *Store) AddVolume(ctx context.Context, k storage.VolumeKey, messages, flagged int64) error {
	if err := s.check(ctx); err != nil {
		return fmt.Errorf("sqlite: add volume: %w", err)
	}
	if err := checkVolume(messages, flagged); err != nil {
		return fmt.Errorf("sqlite: add volume: %w", err)
	}
	if messages == 0 {
		return nil
	}
	hour := k.Hour.UTC().Truncate(time.Hour).Unix()
	err := s.write(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO volume (hour, platform, community, channel, messages, flagged)
			VALUES (?, ?, ?, ?, ?, ?)
			ON CONFLICT (hour, platform, community, channel)
			DO UPDATE SET messages = messages + excluded.messages, flagged = flagged + excluded.flagged`,
			hour, k.Platform, k.Community, k.Channel, messages, flagged)
		return err
	})
	if err != nil {
		return s.fail("add volume", err)
	}
	return nil
}

// checkVolume refuses counts that cannot be: negative, or more flagged
// messages than messages.
func checkVolume(messages, flagged int64) error {
	if messages < 0 || flagged < 0 || flagged > messages {
		return fmt.Errorf("invalid counts: %d messages, %d flagged", messages, flagged)
	}
	return nil
}

// Volume returns the counters of hours in [from, to), ordered by hour,
// platform, community and channel.
func (s *Store) Volume(ctx context.Context, from, to time.Time) ([]storage.VolumeRow, error) {
	if err := s.check(ctx); err != nil {
		return nil, fmt.Errorf("sqlite: volume: %w", err)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT hour, platform, community, channel, messages, flagged FROM volume
		WHERE hour >= ? AND hour < ? ORDER BY hour, platform, community, channel`, ceilSeconds(from), ceilSeconds(to))
	if err != nil {
		return nil, s.fail("volume", err)
	}
	defer rows.Close()
	var out []storage.VolumeRow
	for rows.Next() {
		var r storage.VolumeRow
		var hour int64
		if err := rows.Scan(&hour, &r.Platform, &r.Community, &r.Channel, &r.Messages, &r.Flagged); err != nil {
			return nil, s.fail("volume", err)
		}
		r.Hour = time.Unix(hour, 0).UTC()
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, s.fail("volume", err)
	}
	return out, nil
}

// Purge erases the evidence of the cases created before before that it
// has not purged yet, evidence packs too, and returns how many it purged.
// The old text is overwritten in the file (secure_delete) and the
// write-ahead log is checkpointed and truncated, unless a reader holds it
// open.
func (s *Store) Purge(ctx context.Context, before time.Time) (int, error) {
	if err := s.check(ctx); err != nil {
		return 0, fmt.Errorf("sqlite: purge: %w", err)
	}
	res, err := s.purge(ctx, "purge", storage.Retention{Before: before, EvidenceBefore: before})
	return res.Cases + res.EvidencePacks, err
}

// PurgeRetention applies r to the cases not purged yet, as Purge does.
func (s *Store) PurgeRetention(ctx context.Context, r storage.Retention) (storage.RetentionResult, error) {
	if err := s.check(ctx); err != nil {
		return storage.RetentionResult{}, fmt.Errorf("sqlite: purge retention: %w", err)
	}
	return s.purge(ctx, "purge retention", r)
}

func (s *Store) purge(ctx context.Context, op string, r storage.Retention) (storage.RetentionResult, error) {
	var total storage.RetentionResult
	var cursor int64
	for {
		res, last, n, err := s.purgeBatch(ctx, r, cursor)
		total.Cases += res.Cases
		total.EvidencePacks += res.EvidencePacks
		total.Held += res.Held
		total.FeedItems += res.FeedItems
		if err != nil {
			return total, s.fail(fmt.Sprintf("%s (after %d cases)", op, total.Cases+total.EvidencePacks), err)
		}
		if n < purgeBatch {
			break
		}
		cursor = last
	}
	// The feed items old enough, about any case or none.
	err := s.write(ctx, func(tx *sql.Tx) error {
		n, err := eraseFeedBefore(ctx, tx, r.Before, r.DryRun)
		total.FeedItems += n
		return err
	})
	if err != nil {
		return total, s.fail(fmt.Sprintf("%s: feed items", op), err)
	}
	if !r.DryRun && total.Cases+total.EvidencePacks+total.FeedItems > 0 {
		if err := s.checkpoint(ctx); err != nil {
			return total, s.fail(fmt.Sprintf("%s: checkpoint after %d cases", op, total.Cases+total.EvidencePacks), err)
		}
	}
	return total, nil
}

// checkpoint copies rewritten pages into the database file and empties
// the log, which still holds the pages as they were before.
func (s *Store) checkpoint(ctx context.Context) error {
	_, err := s.db.ExecContext(ctx, `PRAGMA wal_checkpoint(TRUNCATE)`)
	return err
}

// purgeBatch applies r to up to purgeBatch unpurged cases with ids above
// cursor, and returns what it did, the last id it read and how many cases
// it read.
func (s *Store) purgeBatch(ctx context.Context, r storage.Retention, cursor int64) (storage.RetentionResult, int64, int, error) {
	var res storage.RetentionResult
	var last int64
	n := 0
	err := s.write(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, `SELECT id, version, data FROM cases
			WHERE purged = 0 AND created_at < ? AND id > ? ORDER BY id LIMIT ?`, nanos(r.Before), cursor, purgeBatch)
		if err != nil {
			return err
		}
		var cases []storage.Case
		for rows.Next() {
			c, err := scanCase(rows)
			if err != nil {
				rows.Close()
				return err
			}
			cases = append(cases, c)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		n = len(cases)
		var erased []storage.CaseID
		for _, c := range cases {
			last = int64(c.ID)
			erase, held := r.Action(&c)
			switch {
			case held:
				res.Held++
				continue
			case !erase:
				continue
			case c.EvidencePack():
				res.EvidencePacks++
			default:
				res.Cases++
			}
			erased = append(erased, c.ID)
			if r.DryRun {
				continue
			}
			c.EraseEvidence()
			c.Version++
			if _, err := putCase(ctx, tx, c); err != nil {
				return fmt.Errorf("case %d: %w", c.ID, err)
			}
		}
		// Their feed items; those appended before r.Before go below.
		res.FeedItems, err = eraseFeedAbout(ctx, tx, erased, r.Before, r.DryRun)
		return err
	})
	if err != nil {
		return storage.RetentionResult{}, 0, 0, err
	}
	return res, last, n, nil
}

// ForgetAuthor erases one person's data (see storage.Store) in one
// transaction, then overwrites the old pages as Purge does.
func (s *Store) ForgetAuthor(ctx context.Context, author rules.UserID) (storage.ForgetResult, error) {
	if err := s.check(ctx); err != nil {
		return storage.ForgetResult{}, fmt.Errorf("sqlite: forget author: %w", err)
	}
	var res storage.ForgetResult
	if author == "" {
		return res, nil
	}
	err := s.write(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, `SELECT id, version, data FROM cases
			WHERE author = ?1 OR json_extract(data, '$.reporter') = ?1
			OR EXISTS (SELECT 1 FROM json_each(data, '$.context') WHERE json_extract(value, '$.author') = ?1)
			ORDER BY id`, string(author))
		if err != nil {
			return err
		}
		var cases []storage.Case
		for rows.Next() {
			c, err := scanCase(rows)
			if err != nil {
				rows.Close()
				return err
			}
			cases = append(cases, c)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		var authoredIDs []storage.CaseID
		for _, c := range cases {
			authored, reported, context := c.Forget(author)
			if !authored && !reported && !context {
				continue
			}
			res.Authored += b2i(authored)
			res.Reported += b2i(reported)
			res.Context += b2i(context)
			if authored {
				authoredIDs = append(authoredIDs, c.ID)
			}
			c.Version++
			if _, err := putCase(ctx, tx, c); err != nil {
				return fmt.Errorf("case %d: %w", c.ID, err)
			}
		}
		res.FeedItems, err = eraseFeedAbout(ctx, tx, authoredIDs, time.Time{}, false)
		return err
	})
	if err != nil {
		return storage.ForgetResult{}, s.fail("forget author", err)
	}
	if res.Total() > 0 {
		if err := s.checkpoint(ctx); err != nil {
			return res, s.fail("forget author: checkpoint", err)
		}
	}
	return res, nil
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// Times in columns are Unix nanoseconds, clamped to what int64 holds.
var (
	minNanos = time.Unix(0, math.MinInt64)
	maxNanos = time.Unix(0, math.MaxInt64)
)

func nanos(t time.Time) int64 {
	switch {
	case t.Before(minNanos):
		return math.MinInt64
	case t.After(maxNanos):
		return math.MaxInt64
	}
	return t.UnixNano()
}

func nullNanos(t time.Time) sql.NullInt64 {
	if t.IsZero() {
		return sql.NullInt64{}
	}
	return sql.NullInt64{Int64: nanos(t), Valid: true}
}

func fromNanos(n int64) time.Time { return time.Unix(0, n).UTC() }

// ceilSeconds is t in Unix seconds, rounded up.
func ceilSeconds(t time.Time) int64 {
	s := t.Unix()
	if t.After(time.Unix(s, 0)) {
		s++
	}
	return s
}
