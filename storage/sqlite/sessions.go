package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/trygbot/trygbot/storage"
)

var _ storage.Sessions = (*Store)(nil)

// SessionState returns user's session epoch and whether session id was
// ended, in one query.
func (s *Store) SessionState(ctx context.Context, user, id string) (int64, bool, error) {
	if err := s.check(ctx); err != nil {
		return 0, false, fmt.Errorf("sqlite: session state: %w", err)
	}
	var epoch int64
	var ended bool
	err := s.db.QueryRowContext(ctx, `SELECT
		COALESCE((SELECT epoch FROM session_epoch WHERE user = ?), 0),
		EXISTS (SELECT 1 FROM session_ended WHERE id = ? AND id != '' AND until > ?)`,
		user, id, nanos(s.now())).Scan(&epoch, &ended)
	if err != nil {
		return 0, false, s.fail("session state", err)
	}
	return epoch, ended, nil
}

// EndSession records that session id ended, for ttl, and forgets the
// sessions whose time has passed.
func (s *Store) EndSession(ctx context.Context, id string, ttl time.Duration) error {
	if err := s.check(ctx); err != nil {
		return fmt.Errorf("sqlite: end session: %w", err)
	}
	now := s.now()
	until := now.Add(ttl)
	err := s.write(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `DELETE FROM session_ended WHERE until <= ?`, nanos(now)); err != nil {
			return err
		}
		if id == "" || ttl <= 0 {
			return nil
		}
		_, err := tx.ExecContext(ctx, `INSERT INTO session_ended (id, until) VALUES (?, ?)
			ON CONFLICT (id) DO UPDATE SET until = MAX(until, excluded.until)`, id, nanos(until))
		return err
	})
	if err != nil {
		return s.fail("end session", err)
	}
	return nil
}

// EndSessions increments user's session epoch and returns it.
func (s *Store) EndSessions(ctx context.Context, user string) (int64, error) {
	return s.increment(ctx, "end sessions", `INSERT INTO session_epoch (user, epoch) VALUES (?, 1)
			ON CONFLICT (user) DO UPDATE SET epoch = epoch + 1 RETURNING epoch`, user)
}

// increment runs upsert, which adds one to key's counter (1 when new)
// and returns it, in a write transaction; its errors name op.
func (s *Store) increment(ctx context.Context, op, upsert, key string) (int64, error) {
	if err := s.check(ctx); err != nil {
		return 0, fmt.Errorf("sqlite: %s: %w", op, err)
	}
	var n int64
	err := s.write(ctx, func(tx *sql.Tx) error {
		return tx.QueryRowContext(ctx, upsert, key).Scan(&n)
	})
	if err != nil {
		return 0, s.fail(op, err)
	}
	return n, nil
}
