package app

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"sync"
	"time"
)

// ShutdownBound bounds a graceful stop: in-flight messages and prompts
// finish within it.
const ShutdownBound = 10 * time.Second

// service is one thing the process runs until its context is done.
type service struct {
	name    string
	run     func(ctx context.Context) error
	server  *Server // set for an HTTP server: it listens when started
	endsRun bool    // the process stops when run returns
}

func (a *App) add(s service) { a.services = append(a.services, s) }

func (a *App) addServer(s Server) {
	srv := s
	a.add(service{name: s.Name, server: &srv, run: func(context.Context) error {
		if err := srv.HTTP.Serve(srv.Listener); !errors.Is(err, http.ErrServerClosed) {
			return err
		}
		return nil
	}})
}

// Ready is closed once Run has started every service: servers listen and
// adapters take events.
func (a *App) Ready() <-chan struct{} { return a.ready }

// Run starts the services in order, each as func(ctx) error, then runs
// until ctx is done, a service fails (the first error stops the rest) or
// one that ends the run returns. It then stops them in reverse order,
// letting work in flight finish within ShutdownBound, flushes the bot's
// counts and returns the first error. Call it once; Close afterwards.
func (a *App) Run(ctx context.Context) error {
	r := &runner{end: make(chan struct{})}
	started, err := a.start(ctx, r)
	if err == nil {
		close(a.ready)
		a.log.Info("trygbot running", a.spec.Describe...)
		select {
		case <-ctx.Done():
		case <-r.end:
		}
	}
	a.stop(started)
	if err != nil {
		return err
	}
	return r.err()
}

// runner collects the services' outcome: the first error, and whether
// the run should end.
type runner struct {
	mu    sync.Mutex
	first error
	end   chan struct{}
	once  sync.Once
}

func (r *runner) fail(err error) {
	if err == nil || errors.Is(err, context.Canceled) {
		return
	}
	r.mu.Lock()
	if r.first == nil {
		r.first = err
	}
	r.mu.Unlock()
	r.stop()
}

func (r *runner) stop() { r.once.Do(func() { close(r.end) }) }

func (r *runner) err() error {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.first
}

// running is a started service.
type running struct {
	service
	cancel context.CancelFunc
	done   chan struct{}
}

// start starts the services in order; a server first listens, and if it
// cannot, nothing more starts. Each service gets its own context, so that
// stop can end them one by one.
func (a *App) start(ctx context.Context, r *runner) ([]*running, error) {
	base := context.WithoutCancel(ctx)
	var started []*running
	for _, s := range a.services {
		if s.server != nil {
			if err := a.listen(s.server); err != nil {
				return started, fmt.Errorf("%s: %w", s.name, err)
			}
		}
		sctx, cancel := context.WithCancel(base)
		rs := &running{service: s, cancel: cancel, done: make(chan struct{})}
		go func() {
			defer close(rs.done)
			err := rs.run(sctx)
			if err != nil {
				r.fail(fmt.Errorf("%s: %w", rs.name, err))
			}
			if rs.endsRun {
				r.stop()
			}
		}()
		started = append(started, rs)
	}
	return started, nil
}

func (a *App) listen(s *Server) error {
	if s.Listener == nil {
		l, err := net.Listen("tcp", s.HTTP.Addr)
		if err != nil {
			return err
		}
		s.Listener = l
	}
	a.log.Info(s.Log, "addr", s.HTTP.Addr)
	return nil
}

// stop ends the started services in reverse order: a server stops taking
// requests and finishes those in flight, then the others end. Work in
// flight finishes within ShutdownBound; then the bot's counts are flushed.
func (a *App) stop(started []*running) {
	a.log.Info("stopping: finishing work in flight", "within", ShutdownBound)
	began := time.Now()
	shut, done := context.WithTimeout(context.Background(), ShutdownBound)
	defer done()
	for i := len(started) - 1; i >= 0; i-- {
		s := started[i]
		s.cancel()
		if s.server != nil {
			s.server.HTTP.Shutdown(shut)
		}
		select {
		case <-s.done:
			continue
		case <-shut.Done():
		}
		a.log.Error("shutdown bound reached; stopping with work in flight (queued work is redelivered, owed prompts are retried)", "bound", ShutdownBound)
		for _, s := range started[:i] {
			s.cancel()
			if s.server != nil {
				s.server.HTTP.Shutdown(shut)
			}
		}
		break
	}
	fctx, fdone := context.WithTimeout(context.Background(), 2*time.Second)
	defer fdone()
	if err := a.bot.Flush(fctx); err != nil {
		a.log.Error("message counts not flushed", "err", err)
	}
	a.log.Info("trygbot stopped", "took", time.Since(began).Round(time.Millisecond))
}
