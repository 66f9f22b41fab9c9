package web

import (
	"context"
	"runtime"
	"time"

	"golang.org/x/time/rate"
)

// maxHashing is how many bcrypt comparisons run at once: half the CPUs,
// at least one, so that a burst of logins cannot take every core from the
// bot.
func maxHashing() int { return max(1, runtime.GOMAXPROCS(0)/2) }

// takeLoginToken takes a failure's token from the limits of the address
// and of the user name before the password is hashed, so that concurrent
// wrong guesses cannot all be verified before any of them counts. If
// either limit is spent it takes nothing and says how long to wait;
// otherwise giveBack returns the tokens, for a login that succeeds.
func (s *server) takeLoginToken(byIP, byName *rate.Limiter, now time.Time) (giveBack func(), wait time.Duration) {
	s.loginMu.Lock()
	defer s.loginMu.Unlock()
	if wait := max(waitFor(byIP, now), waitFor(byName, now)); wait > 0 {
		return nil, wait
	}
	rIP, rName := byIP.ReserveN(now, 1), byName.ReserveN(now, 1)
	return func() {
		rIP.CancelAt(now)
		rName.CancelAt(now)
	}, 0
}

// checkPassword compares a password with a bcrypt hash, at most
// maxHashing at a time; waiting for a turn ends with ctx.
func (s *server) checkPassword(ctx context.Context, hash, password []byte) error {
	select {
	case s.hashing <- struct{}{}:
	case <-ctx.Done():
		return ctx.Err()
	}
	defer func() { <-s.hashing }()
	return s.compare(hash, password)
}
