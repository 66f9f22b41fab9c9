//go:build unix

package spool_test

import (
	"strings"
	"testing"

	"github.com/trygbot/trygbot/storage/spool"
)

// Two instances given the same spool directory by mistake: the second is
// refused with a clear error, and may open it once the first closed.
func TestSpoolDirLocked(t *testing.T) {
	dir := t.TempDir()
	first, err := spool.Open(&memQueue{}, spool.Options{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := spool.Open(&memQueue{}, spool.Options{Dir: dir}); err == nil || !strings.Contains(err.Error(), "in use by another trygbot process") {
		t.Fatalf("second Open = %v, want refused", err)
	}
	first.Close()
	second, err := spool.Open(&memQueue{}, spool.Options{Dir: dir})
	if err != nil {
		t.Fatalf("Open after Close: %v", err)
	}
	second.Close()
}
