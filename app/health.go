package app

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/trygbot/trygbot/classifier"
	"github.com/trygbot/trygbot/storage/spool"
)

// pinger is a store that can say whether it answers.
type pinger interface {
	Ping(ctx context.Context) error
}

// breakerWatch is the model's client as health sees it: its circuit
// breaker, read without contacting the model.
type breakerWatch interface {
	Health() classifier.Health
}

// health watches the store and the spool, logs when either changes, keeps
// the gauges current and answers /healthz:
//
//	200 ok        everything answers
//	200 degraded  the store is away but work is buffered on disk
//	503 down      new work cannot be taken (store away without a spool,
//	              or the spool is full)
//
// The model's second opinion is optional and never in the way: with one
// configured, /healthz adds a line on its breaker ("classifier: ok" or
// "classifier: degraded (...)"), and the first line and status code stay
// what the store and spool make them. Its component_up gauge is 1 while
// the breaker is closed.
type health struct {
	log     *slog.Logger
	store   pinger
	spool   *spool.Queue // nil with SQLite
	model   breakerWatch // nil without a classifier
	metrics *promMetrics
	every   time.Duration

	mu    sync.Mutex
	state string // ok, degraded, down
	why   []string
	since time.Time
}

func newHealth(logger *slog.Logger, store pinger, sp *spool.Queue, m *promMetrics) *health {
	return &health{log: logger, store: store, spool: sp, metrics: m, every: 2 * time.Second, state: "ok", since: time.Now()}
}

// check probes once and records the result.
func (h *health) check(ctx context.Context) {
	state, why := "ok", []string(nil)
	storeUp := true
	if h.store != nil {
		pctx, cancel := context.WithTimeout(ctx, 2*time.Second)
		err := h.store.Ping(pctx)
		cancel()
		if ctx.Err() != nil {
			return
		}
		if err != nil {
			storeUp = false
			why = append(why, "store unreachable: "+err.Error())
			state = "down"
			if h.spool != nil {
				h.spool.MarkDown(err)
			}
		} else if h.spool != nil {
			h.spool.MarkUp()
		}
	}
	if h.spool != nil {
		st := h.spool.Status()
		if st.Items > 0 {
			why = append(why, fmt.Sprintf("%d messages buffered on disk (%d bytes), published in order when the store answers", st.Items, st.Bytes))
		}
		switch {
		case st.Full:
			state = "down"
			why = append(why, "spool full: new messages are refused until the store answers")
		case !storeUp || st.Degraded:
			state = "degraded"
		}
		h.metrics.spooled(st.Items, st.Bytes)
	}
	h.metrics.up("store", storeUp)
	if h.model != nil {
		h.metrics.up("classifier", h.model.Health().State == classifier.Closed)
	}
	h.set(state, why)
}

func (h *health) set(state string, why []string) {
	h.mu.Lock()
	old := h.state
	changed := old != state
	h.state, h.why = state, why
	if changed {
		h.since = time.Now()
	}
	h.mu.Unlock()
	if !changed {
		return
	}
	switch state {
	case "ok":
		h.log.Info("healthy again", "was", old)
	case "degraded":
		h.log.Warn("degraded: buffering incoming work", "why", strings.Join(why, "; "))
	default:
		h.log.Error("down: new work cannot be taken", "why", strings.Join(why, "; "))
	}
}

// run probes every h.every until ctx is done.
func (h *health) run(ctx context.Context) error {
	t := time.NewTicker(h.every)
	defer t.Stop()
	for {
		h.check(ctx)
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}

// ServeHTTP answers /healthz in plain text: the state on the first line,
// then the reasons.
func (h *health) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h.mu.Lock()
	state, why, since := h.state, slices.Clone(h.why), h.since
	h.mu.Unlock()
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	if state == "down" {
		w.WriteHeader(http.StatusServiceUnavailable)
	}
	fmt.Fprintln(w, state)
	if state != "ok" {
		fmt.Fprintf(w, "since %s\n", since.UTC().Format(time.RFC3339))
	}
	for _, s := range why {
		fmt.Fprintln(w, s)
	}
	if h.model != nil {
		fmt.Fprintln(w, classifierLine(h.model.Health()))
	}
}

// classifierLine is the model's line on /healthz: ok while its breaker is
// closed, degraded with since when while it is open.
func classifierLine(ch classifier.Health) string {
	at := func(t time.Time) string { return t.UTC().Format(time.RFC3339) }
	switch ch.State {
	case classifier.Open:
		return fmt.Sprintf("classifier: degraded (breaker open since %s after %d failures in a row; next probe at %s; rules verdicts stand alone)",
			at(ch.OpenedAt), ch.Failures, at(ch.RetryAt))
	case classifier.HalfOpen:
		return fmt.Sprintf("classifier: degraded (breaker open since %s after %d failures in a row; the next request is a probe)",
			at(ch.OpenedAt), ch.Failures)
	}
	return "classifier: ok"
}
