package classifier

import (
	"sync"
	"time"
)

// State is the circuit breaker's state.
type State string

// The breaker's states.
const (
	// Closed: the model is asked.
	Closed State = "closed"
	// Open: the model failed BreakerFailures times in a row and is not
	// asked until the cool-down has passed; Classify returns
	// ErrCircuitOpen at once.
	Open State = "open"
	// HalfOpen: the cool-down has passed and one request is let through
	// as a probe: an answer closes the breaker, a failure opens it again
	// for another cool-down.
	HalfOpen State = "half-open"
)

// Health is the breaker's state for /healthz and /metrics.
type Health struct {
	State State `json:"state"`
	// Failures is the number of failures in a row (reset by an answer).
	Failures int `json:"failures"`
	// OpenedAt is when the breaker last opened, RetryAt when it lets a
	// probe through; both zero while it is closed.
	OpenedAt time.Time `json:"opened_at,omitzero"`
	RetryAt  time.Time `json:"retry_at,omitzero"`
}

// breaker opens after a number of failures in a row, lets one probe
// through after a cool-down, and closes on an answer.
type breaker struct {
	threshold int
	coolDown  time.Duration
	now       func() time.Time

	mu       sync.Mutex
	failures int
	open     bool
	openedAt time.Time
	probing  bool // a half-open probe is in flight
}

// allow reports whether a request may go out now; a request it allows
// must be followed by exactly one call of done.
func (b *breaker) allow() bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	if !b.open {
		return true
	}
	if b.probing || b.now().Before(b.openedAt.Add(b.coolDown)) {
		return false
	}
	b.probing = true
	return true
}

// outcome is how a request allowed by allow ended.
type outcome int

const (
	answered  outcome = iota // the server answered with a chat completion, its content readable or not
	failed                   // timeout, network error, 429 or 5xx after retries, other non-2xx, a body that is no chat completion
	abandoned                // the caller gave up (its context ended): says nothing of the server
)

// done records how a request ended. It returns the state before and after,
// so the client can log a change.
func (b *breaker) done(o outcome) (before, after State) {
	b.mu.Lock()
	defer b.mu.Unlock()
	before = b.stateLocked()
	wasProbe := b.probing
	b.probing = false
	switch o {
	case answered:
		b.failures, b.open = 0, false
		b.openedAt = time.Time{}
	case failed:
		b.failures++
		if wasProbe || (!b.open && b.failures >= b.threshold) {
			b.open, b.openedAt = true, b.now()
		}
	}
	return before, b.stateLocked()
}

func (b *breaker) stateLocked() State {
	switch {
	case !b.open:
		return Closed
	case b.probing || !b.now().Before(b.openedAt.Add(b.coolDown)):
		return HalfOpen
	}
	return Open
}

func (b *breaker) health() Health {
	b.mu.Lock()
	defer b.mu.Unlock()
	h := Health{State: b.stateLocked(), Failures: b.failures}
	if b.open {
		h.OpenedAt, h.RetryAt = b.openedAt, b.openedAt.Add(b.coolDown)
	}
	return h
}
