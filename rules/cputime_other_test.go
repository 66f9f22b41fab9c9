//go:build !linux

package rules_test

import "time"

var clockStart = time.Now()

// threadCPU falls back to the clock where the thread's CPU time is not at
// hand.
func threadCPU() time.Duration { return time.Since(clockStart) }
