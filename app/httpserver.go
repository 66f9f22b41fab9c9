package app

import (
	"net/http"
	"time"
)

// serverLimits bound what one client may hold of an HTTP server the
// process runs (the dashboard, the ingest API, the Telegram webhook), so
// that idle keep-alive connections, slow bodies and huge headers cannot
// pile up: Header and Read bound sending the headers and the whole
// request, Write the response (a long-poll of /v1/outbox, at most 30 s,
// extends its own deadlines), Idle a keep-alive connection between
// requests, and MaxHeader the request line and headers in bytes (431
// above it).
type serverLimits struct {
	Header, Read, Write, Idle time.Duration
	MaxHeader                 int
}

// defaultServerLimits are every server's limits.
func defaultServerLimits() serverLimits {
	return serverLimits{Header: 10 * time.Second, Read: 30 * time.Second, Write: 60 * time.Second,
		Idle: time.Minute, MaxHeader: 64 << 10}
}

// newHTTPServer is an HTTP server for h on addr with the default limits.
func newHTTPServer(addr string, h http.Handler) *http.Server {
	return limitedServer(addr, h, defaultServerLimits())
}

// limitedServer is an HTTP server for h on addr with the limits l.
func limitedServer(addr string, h http.Handler, l serverLimits) *http.Server {
	return &http.Server{Addr: addr, Handler: h, ReadHeaderTimeout: l.Header, ReadTimeout: l.Read,
		WriteTimeout: l.Write, IdleTimeout: l.Idle, MaxHeaderBytes: l.MaxHeader}
}
