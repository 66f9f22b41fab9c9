package ingest

import (
	"fmt"
	"math"
	"net"
	"net/http"
	"strconv"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// RateLimit configures RateLimited: each client address may make PerSecond
// requests a second on average, and Burst at once. PerSecond 0 turns the
// limit off.
type RateLimit struct {
	PerSecond float64
	Burst     int
	// Now is the clock (time.Now).
	Now func() time.Time
}

// maxClients bounds the limiters kept; beyond it, those of clients whose
// bucket is full again are forgotten.
const maxClients = 4096

// RateLimited wraps an ingest Handler with a token bucket per client
// address. A request over the limit gets 429 Too Many Requests, a
// Retry-After header in whole seconds and a JSON error saying the limit;
// it is not handled. Requests without the right token count too, so
// guessing the token is slow.
func RateLimited(next http.Handler, rl RateLimit) http.Handler {
	if rl.PerSecond <= 0 || math.IsNaN(rl.PerSecond) {
		return next
	}
	if rl.Burst < 1 {
		rl.Burst = 1
	}
	if rl.Now == nil {
		rl.Now = time.Now
	}
	l := &limiters{rl: rl, m: map[string]*rate.Limiter{}}
	msg := fmt.Sprintf("rate limit exceeded: at most %s requests a second per client, %d at once", strconv.FormatFloat(rl.PerSecond, 'f', -1, 64), rl.Burst)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		now := rl.Now()
		res := l.get(clientAddr(r), now).ReserveN(now, 1)
		if d := res.DelayFrom(now); d > 0 {
			res.CancelAt(now)
			secs := int(math.Ceil(d.Seconds()))
			w.Header().Set("Retry-After", strconv.Itoa(secs))
			writeJSON(w, http.StatusTooManyRequests, map[string]any{"error": msg + "; retry after " + strconv.Itoa(secs) + " s",
				"retry_after": secs})
			return
		}
		next.ServeHTTP(w, r)
	})
}

type limiters struct {
	rl RateLimit
	mu sync.Mutex
	m  map[string]*rate.Limiter
}

func (l *limiters) get(client string, now time.Time) *rate.Limiter {
	l.mu.Lock()
	defer l.mu.Unlock()
	if lim, ok := l.m[client]; ok {
		return lim
	}
	if len(l.m) >= maxClients {
		for k, lim := range l.m {
			if lim.TokensAt(now) >= float64(l.rl.Burst) {
				delete(l.m, k)
			}
		}
		for k := range l.m { // still full: forget some at random
			if len(l.m) < maxClients {
				break
			}
			delete(l.m, k)
		}
	}
	lim := rate.NewLimiter(rate.Limit(l.rl.PerSecond), l.rl.Burst)
	l.m[client] = lim
	return lim
}

// clientAddr is the address requests are counted against: the peer's IP.
// Behind a reverse proxy every client shares the proxy's address; limit
// there, or turn this limit off.
func clientAddr(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}
