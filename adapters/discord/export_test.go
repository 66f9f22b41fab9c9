package discord

import "time"

// SetNow replaces the adapter's clock, which spaces the notes about
// missing permissions.
func SetNow(a *Adapter, now func() time.Time) {
	a.toldMu.Lock()
	defer a.toldMu.Unlock()
	a.now = now
}
