package report

import (
	"math"
	"testing"
)

func near(a, b float64) bool { return math.Abs(a-b) < 5e-5 }

// TestWilson checks the Wilson interval against values worked by hand.
//
// 3 of 20, z = 1.959964, z² = 3.841459:
//
//	p = 0.15, denominator 1 + 3.841459/20 = 1.192073
//	centre = (0.15 + 3.841459/40) / 1.192073 = 0.246036 / 1.192073 = 0.206394
//	half = 1.959964 · √(0.15·0.85/20 + 3.841459/1600) / 1.192073
//	     = 1.959964 · √(0.006375 + 0.002401) / 1.192073
//	     = 1.959964 · 0.093680 / 1.192073 = 0.154025
//	interval 0.052369 to 0.360419
//
// 0 of 20: centre = 0.096037/1.192073 = 0.080563, half the same, so 0 to
// 0.161125; 20 of 20 mirrors it: 0.838875 to 1.
func TestWilson(t *testing.T) {
	for _, tt := range []struct {
		x, n        int
		est, lo, hi float64
	}{
		{3, 20, 0.15, 0.052369, 0.360419},
		{0, 20, 0, 0, 0.161125},
		{20, 20, 1, 0.838875, 1},
	} {
		got := Wilson(tt.x, tt.n)
		if !near(got.Est, tt.est) || !near(got.Lo, tt.lo) || !near(got.Hi, tt.hi) {
			t.Errorf("Wilson(%d, %d) = %+v, want %v (%v, %v)", tt.x, tt.n, got, tt.est, tt.lo, tt.hi)
		}
	}
	for _, bad := range [][2]int{{0, 0}, {3, 2}, {-1, 5}} {
		if Wilson(bad[0], bad[1]).OK() {
			t.Errorf("Wilson(%d, %d) computed", bad[0], bad[1])
		}
	}
}

// TestNewcombe checks the hybrid score interval against Newcombe's own
// worked example (Statistics in Medicine 17:873-890, 1998, Table II,
// example (a), method 10): 56/70 - 48/80 = 0.2000, 95% CI 0.0524 to
// 0.3339. By hand, with the Wilson intervals (worked as in TestWilson)
// 56/70: 0.6918 to 0.8770 and 48/80: 0.4905 to 0.7004:
//
//	lo = 0.2 - √((0.8-0.6918)² + (0.7004-0.6)²) = 0.2 - √(0.011707 + 0.010080) = 0.2 - 0.147606 = 0.0524
//	hi = 0.2 + √((0.8770-0.8)² + (0.6-0.4905)²) = 0.2 + √(0.005929 + 0.011990) = 0.2 + 0.133863 = 0.3339
func TestNewcombe(t *testing.T) {
	got := Newcombe(56, 70, 48, 80)
	if !near(got.Est, 0.2) || math.Abs(got.Lo-0.0524) > 1e-4 || math.Abs(got.Hi-0.3339) > 1e-4 {
		t.Errorf("Newcombe(56/70 - 48/80) = %+v, want 0.2 (0.0524, 0.3339)", got)
	}
	// Swapping the groups mirrors the interval.
	sw := Newcombe(48, 80, 56, 70)
	if !near(sw.Est, -got.Est) || !near(sw.Lo, -got.Hi) || !near(sw.Hi, -got.Lo) {
		t.Errorf("swapped: %+v, want the mirror of %+v", sw, got)
	}
	if Newcombe(1, 0, 1, 2).OK() || Newcombe(1, 2, 0, 0).OK() {
		t.Error("Newcombe with an empty group computed")
	}
}
