package bot

import (
	"context"
	"fmt"
	"sync"

	"github.com/trygbot/trygbot/storage"
)

// volume adds up message counts in memory between flushes, so counting
// every message costs no write per message.
type volume struct {
	mu     sync.Mutex
	counts map[storage.VolumeKey][2]int64 // messages, flagged
}

func (v *volume) add(k storage.VolumeKey, flagged bool) {
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.counts == nil {
		v.counts = map[storage.VolumeKey][2]int64{}
	}
	c := v.counts[k]
	c[0]++
	if flagged {
		c[1]++
	}
	v.counts[k] = c
}

// flush writes the counts to the store; counts that fail stay for the
// next flush.
func (v *volume) flush(ctx context.Context, s storage.Store) error {
	v.mu.Lock()
	counts := v.counts
	v.counts = nil
	v.mu.Unlock()
	var firstErr error
	for k, c := range counts {
		if err := s.AddVolume(ctx, k, c[0], c[1]); err != nil {
			v.mu.Lock()
			if v.counts == nil {
				v.counts = map[storage.VolumeKey][2]int64{}
			}
			old := v.counts[k]
			v.counts[k] = [2]int64{old[0] + c[0], old[1] + c[1]}
			v.mu.Unlock()
			if firstErr == nil {
				firstErr = fmt.Errorf("bot: flush message counts: %w", err)
			}
		}
	}
	return firstErr
}
