package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/trygbot/trygbot/storage"
)

var _ storage.Feed = (*Store)(nil)

// Append adds data to the named feed, once per non-empty key. Writes are
// serialised, so sequence numbers appear in the order readers see them.
func (s *Store) Append(ctx context.Context, feed, key string, about storage.CaseID, data []byte) (int64, error) {
	if err := s.check(ctx); err != nil {
		return 0, fmt.Errorf("sqlite: append to %s: %w", feed, err)
	}
	var seq int64
	err := s.write(ctx, func(tx *sql.Tx) error {
		k := sql.NullString{String: key, Valid: key != ""}
		if k.Valid {
			err := tx.QueryRowContext(ctx, `SELECT seq FROM feed WHERE name = ? AND key = ?`, feed, k).Scan(&seq)
			if err == nil {
				return nil // appended before
			}
			if !errors.Is(err, sql.ErrNoRows) {
				return err
			}
		}
		res, err := tx.ExecContext(ctx, `INSERT INTO feed (name, key, at, about, data) VALUES (?, ?, ?, ?, ?)`,
			feed, k, nanos(s.now()), sql.NullInt64{Int64: int64(about), Valid: about != 0}, data)
		if err != nil {
			return err
		}
		seq, err = res.LastInsertId()
		return err
	})
	if err != nil {
		return 0, s.fail("append to "+feed, err)
	}
	return seq, nil
}

// Read returns up to limit items of the feed after seq, in order.
func (s *Store) Read(ctx context.Context, feed string, after int64, limit int) ([]storage.FeedItem, error) {
	if err := s.check(ctx); err != nil {
		return nil, fmt.Errorf("sqlite: read %s: %w", feed, err)
	}
	if limit <= 0 {
		limit = 100
	}
	rows, err := s.db.QueryContext(ctx, `SELECT seq, at, data FROM feed WHERE name = ? AND seq > ? ORDER BY seq LIMIT ?`, feed, after, limit)
	if err != nil {
		return nil, s.fail("read "+feed, err)
	}
	defer rows.Close()
	var out []storage.FeedItem
	for rows.Next() {
		var it storage.FeedItem
		var at int64
		if err := rows.Scan(&it.Seq, &at, &it.Data); err != nil {
			return nil, s.fail("read "+feed, err)
		}
		it.At = fromNanos(at)
		out = append(out, it)
	}
	if err := rows.Err(); err != nil {
		return nil, s.fail("read "+feed, err)
	}
	return out, nil
}

// Trim drops the feed's items older than before and all but the keep
// newest.
func (s *Store) Trim(ctx context.Context, feed string, keep int, before time.Time) (int, error) {
	if err := s.check(ctx); err != nil {
		return 0, fmt.Errorf("sqlite: trim %s: %w", feed, err)
	}
	var n int64
	err := s.write(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `DELETE FROM feed WHERE name = ? AND (at < ? OR seq <= COALESCE(
			(SELECT seq FROM feed WHERE name = ? ORDER BY seq DESC LIMIT 1 OFFSET ?), 0))`,
			feed, nanos(before), feed, max(keep, 0))
		if err != nil {
			return err
		}
		n, err = res.RowsAffected()
		return err
	})
	if err != nil {
		return 0, s.fail("trim "+feed, err)
	}
	return int(n), nil
}

// Head returns the database's feed epoch (made with the database, by
// migration 6) and the largest sequence number any feed was given: feeds
// share one numbering, which AUTOINCREMENT never reuses.
func (s *Store) Head(ctx context.Context, feed string) (storage.FeedHead, error) {
	if err := s.check(ctx); err != nil {
		return storage.FeedHead{}, fmt.Errorf("sqlite: head of %s: %w", feed, err)
	}
	var h storage.FeedHead
	err := s.db.QueryRowContext(ctx, `SELECT (SELECT epoch FROM feed_epoch LIMIT 1),
		COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'feed'), 0)`).Scan(&h.Epoch, &h.Seq)
	if err != nil {
		return storage.FeedHead{}, s.fail("head of "+feed, err)
	}
	return h, nil
}

// eraseFeedAbout removes the feed items, of every feed, about the cases
// ids and appended at or after notBefore (zero: whenever); with dryRun it
// counts them instead. It returns how many.
func eraseFeedAbout(ctx context.Context, tx *sql.Tx, ids []storage.CaseID, notBefore time.Time, dryRun bool) (int, error) {
	total := 0
	for chunk := range slices.Chunk(ids, purgeBatch) {
		args := make([]any, 0, len(chunk)+1)
		for _, id := range chunk {
			args = append(args, int64(id))
		}
		cond := "about IN (" + strings.TrimSuffix(strings.Repeat("?, ", len(chunk)), ", ") + ")"
		if !notBefore.IsZero() {
			cond += " AND at >= ?"
			args = append(args, nanos(notBefore))
		}
		n, err := eraseFeedWhere(ctx, tx, cond, args, dryRun)
		if err != nil {
			return total, err
		}
		total += n
	}
	return total, nil
}

// eraseFeedBefore removes (or with dryRun counts) the feed items, of every
// feed, appended before before.
func eraseFeedBefore(ctx context.Context, tx *sql.Tx, before time.Time, dryRun bool) (int, error) {
	if before.IsZero() {
		return 0, nil
	}
	return eraseFeedWhere(ctx, tx, "at < ?", []any{nanos(before)}, dryRun)
}

func eraseFeedWhere(ctx context.Context, tx *sql.Tx, cond string, args []any, dryRun bool) (int, error) {
	if dryRun {
		var n int
		err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM feed WHERE `+cond, args...).Scan(&n)
		return n, err
	}
	res, err := tx.ExecContext(ctx, `DELETE FROM feed WHERE `+cond, args...)
	if err != nil {
		return 0, err
	}
	n, err := res.RowsAffected()
	return int(n), err
}
