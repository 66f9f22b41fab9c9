// Package proctest tests trygbot as a process: the program in a child
// process killed mid-flight (SIGKILL) or stopped (SIGTERM), Redis cut by
// a proxy while messages arrive, go-redis's own logs, and secrets kept out
// of every log line while platforms and stores fail. Its tests call
// cli.Run, or run this test binary as the program (see TestMain).
//
// It also gives the command tests in cli their helpers: FreeAddr and
// SyncBuffer. It imports cli in its tests only, so cli's tests may import
// it.
package proctest

import (
	"bytes"
	"net"
	"sync"
	"testing"
)

// FreeAddr returns a loopback address nobody listens on.
func FreeAddr(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().String()
}

// SyncBuffer is a bytes.Buffer safe for the logger and the test.
type SyncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *SyncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}
func (s *SyncBuffer) String() string { s.mu.Lock(); defer s.mu.Unlock(); return s.b.String() }
