package sqlite

import (
	"context"
	"fmt"

	"github.com/trygbot/trygbot/storage"
)

// CaseByKey returns the case created with key (storage.CaseFinder).
func (s *Store) CaseByKey(ctx context.Context, key string) (storage.Case, error) {
	op := fmt.Sprintf("case by key %q", key)
	if err := s.check(ctx); err != nil {
		return storage.Case{}, fmt.Errorf("sqlite: %s: %w", op, err)
	}
	if key == "" {
		return storage.Case{}, fmt.Errorf("sqlite: %s: %w", op, storage.ErrNotFound)
	}
	c, err := scanCase(s.db.QueryRowContext(ctx, `SELECT id, version, data FROM cases WHERE key = ?`, key))
	if err != nil {
		return storage.Case{}, s.fail(op, err)
	}
	return c, nil
}
