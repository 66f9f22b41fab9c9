package sqlite

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"slices"
	"time"

	"github.com/trygbot/trygbot/storage"
)

var _ storage.Roster = (*Store)(nil)

// SetDuty replaces the volunteer's duty record in the community.
func (s *Store) SetDuty(ctx context.Context, d storage.Duty) error {
	if err := s.check(ctx); err != nil {
		return fmt.Errorf("sqlite: set duty: %w", err)
	}
	err := s.write(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO duty (community, platform, user_id, name, on_duty, since, by)
			VALUES (?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (community, platform, user_id) DO UPDATE SET name = excluded.name,
				on_duty = excluded.on_duty, since = excluded.since, by = excluded.by`,
			d.Community, d.Platform, d.UserID, d.Name, d.On, nanos(d.Since), d.By)
		return err
	})
	if err != nil {
		return s.fail("set duty", err)
	}
	return nil
}

// ListDuty returns the duty records of a community, or of all.
func (s *Store) ListDuty(ctx context.Context, community string) ([]storage.Duty, error) {
	if err := s.check(ctx); err != nil {
		return nil, fmt.Errorf("sqlite: list duty: %w", err)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT community, platform, user_id, name, on_duty, since, by FROM duty
		WHERE ? = '' OR community = ? ORDER BY community, platform, user_id`, community, community)
	if err != nil {
		return nil, s.fail("list duty", err)
	}
	defer rows.Close()
	var out []storage.Duty
	for rows.Next() {
		var d storage.Duty
		var since int64
		if err := rows.Scan(&d.Community, &d.Platform, &d.UserID, &d.Name, &d.On, &since, &d.By); err != nil {
			return nil, s.fail("list duty", err)
		}
		d.Since = fromNanos(since)
		out = append(out, d)
	}
	if err := rows.Err(); err != nil {
		return nil, s.fail("list duty", err)
	}
	return out, nil
}

// exposureCols maps an exposure kind to its column.
var exposureCols = map[string]string{
	storage.ExposureOpened: "opened", storage.ExposureUnmasked: "unmasked",
	storage.ExposureClaimed: "claimed", storage.ExposureHandled: "handled",
}

// AddExposure counts one event in the (community, user, day, case) row
// and returns the volunteer's day, in one transaction.
func (s *Store) AddExposure(ctx context.Context, e storage.ExposureEvent) (storage.Exposure, error) {
	col, ok := exposureCols[e.Kind]
	if !ok {
		return storage.Exposure{}, fmt.Errorf("sqlite: add exposure: unknown kind %q", e.Kind)
	}
	if err := s.check(ctx); err != nil {
		return storage.Exposure{}, fmt.Errorf("sqlite: add exposure: %w", err)
	}
	var out storage.Exposure
	err := s.write(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO exposure (community, user_id, day, case_id, `+col+`, weight)
			VALUES (?, ?, ?, ?, 1, ?)
			ON CONFLICT (community, user_id, day, case_id) DO UPDATE SET `+col+` = `+col+` + 1`,
			e.Community, e.UserID, e.Day, int64(e.Case), e.Weight)
		if err != nil {
			return err
		}
		rows, err := exposureRows(ctx, tx, `WHERE community = ? AND user_id = ? AND day = ?`, e.Community, e.UserID, e.Day)
		if err != nil {
			return err
		}
		if len(rows) == 1 {
			out = rows[0]
		}
		return nil
	})
	if err != nil {
		return storage.Exposure{}, s.fail("add exposure", err)
	}
	return out, nil
}

// ListExposure returns the rows q selects, per community, user and day.
func (s *Store) ListExposure(ctx context.Context, q storage.ExposureQuery) ([]storage.Exposure, error) {
	if err := s.check(ctx); err != nil {
		return nil, fmt.Errorf("sqlite: list exposure: %w", err)
	}
	rows, err := exposureRows(ctx, s.db, `WHERE (? = '' OR community = ?) AND (? = '' OR day >= ?) AND (? = '' OR day <= ?)`,
		q.Community, q.Community, q.From, q.From, q.To, q.To)
	if err != nil {
		return nil, s.fail("list exposure", err)
	}
	return rows, nil
}

// exposureRows sums the per-case rows that where selects into one row per
// community, user and day.
func exposureRows(ctx context.Context, db queryer, where string, args ...any) ([]storage.Exposure, error) {
	rows, err := db.QueryContext(ctx, `SELECT community, user_id, day, SUM(opened), SUM(unmasked), SUM(claimed), SUM(handled),
		COUNT(*), SUM(weight) FROM exposure `+where+` GROUP BY community, user_id, day ORDER BY day, community, user_id`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []storage.Exposure
	for rows.Next() {
		var x storage.Exposure
		if err := rows.Scan(&x.Community, &x.UserID, &x.Day, &x.Opened, &x.Unmasked, &x.Claimed, &x.Handled, &x.Cases, &x.Weight); err != nil {
			return nil, err
		}
		out = append(out, x)
	}
	return out, rows.Err()
}

// NextTurn increments the community's turn.
func (s *Store) NextTurn(ctx context.Context, community string) (int64, error) {
	return s.increment(ctx, "next turn", `INSERT INTO duty_turn (community, turn) VALUES (?, 1)
			ON CONFLICT (community) DO UPDATE SET turn = turn + 1 RETURNING turn`, community)
}

// ScheduleCheckIn owes c, once per community, user and case.
func (s *Store) ScheduleCheckIn(ctx context.Context, c storage.CheckIn) error {
	if err := s.check(ctx); err != nil {
		return fmt.Errorf("sqlite: schedule check-in: %w", err)
	}
	err := s.write(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO check_in (community, platform, user_id, case_id, due) VALUES (?, ?, ?, ?, ?)
			ON CONFLICT DO NOTHING`, c.Community, c.Platform, c.UserID, int64(c.Case), nanos(c.Due))
		return err
	})
	if err != nil {
		return s.fail("schedule check-in", err)
	}
	return nil
}

// TakeCheckIns deletes and returns the check-ins due by now.
func (s *Store) TakeCheckIns(ctx context.Context, now time.Time) ([]storage.CheckIn, error) {
	if err := s.check(ctx); err != nil {
		return nil, fmt.Errorf("sqlite: take check-ins: %w", err)
	}
	var out []storage.CheckIn
	err := s.write(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, `DELETE FROM check_in WHERE due <= ?
			RETURNING community, platform, user_id, case_id, due`, nanos(now))
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var c storage.CheckIn
			var id, due int64
			if err := rows.Scan(&c.Community, &c.Platform, &c.UserID, &id, &due); err != nil {
				return err
			}
			c.Case, c.Due = storage.CaseID(id), fromNanos(due)
			out = append(out, c)
		}
		return rows.Err()
	})
	if err != nil {
		return nil, s.fail("take check-ins", err)
	}
	sortCheckIns(out)
	return out, nil
}

// sortCheckIns orders check-ins by due time, then case.
func sortCheckIns(cs []storage.CheckIn) {
	slices.SortFunc(cs, func(a, b storage.CheckIn) int {
		return cmp.Or(a.Due.Compare(b.Due), cmp.Compare(a.Case, b.Case))
	})
}
