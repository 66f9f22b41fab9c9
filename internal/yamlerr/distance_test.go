package yamlerr

import "testing"

// TestEditDistance: insertions, deletions, substitutions and swaps of
// neighbours cost one each.
func TestEditDistance(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"", "", 0}, {"", "abc", 3}, {"abc", "", 3}, {"driver", "driver", 0},
		{"drivr", "driver", 1}, {"dirver", "driver", 1}, {"drvier", "driver", 1},
		{"ca", "abc", 3}, {"kitten", "sitting", 3}, {"ærø", "aero", 3}, {"æble", "æbel", 1},
	}
	for _, tc := range tests {
		if got := editDistance(tc.a, tc.b); got != tc.want {
			t.Errorf("editDistance(%q, %q) = %d, want %d", tc.a, tc.b, got, tc.want)
		}
	}
}
