package redis

import (
	"context"
	"fmt"

	"github.com/trygbot/trygbot/storage"
)

// CaseByKey returns the case created with key (storage.CaseFinder): the
// key's entry names the case's id, as CreateCase wrote it.
func (s *Store) CaseByKey(ctx context.Context, key string) (storage.Case, error) {
	op := fmt.Sprintf("case by key %q", key)
	if err := s.check(ctx); err != nil {
		return storage.Case{}, fmt.Errorf("redis: %s: %w", op, err)
	}
	if key == "" {
		return storage.Case{}, fmt.Errorf("redis: %s: %w", op, storage.ErrNotFound)
	}
	id, err := s.client.Get(ctx, s.key("key", key)).Int64()
	if err != nil {
		return storage.Case{}, s.fail(op, err)
	}
	return s.readCase(ctx, op, storage.CaseID(id))
}
