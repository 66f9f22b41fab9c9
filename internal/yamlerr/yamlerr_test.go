package yamlerr_test

import (
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/trygbot/trygbot/internal/yamlerr"
)

func TestNearest(t *testing.T) {
	tests := []struct{ s, want string }{
		{"drivr", "driver"},
		{"dirver", "driver"},
		{"Driver", "driver"},
		{"api-url", "api_url"},
		{"xyz", ""},
		{"sqllite", "sqlite"},
	}
	keys := []string{"driver", "api_url", "sqlite", "redis"}
	for _, tt := range tests {
		if got := yamlerr.Nearest(tt.s, keys); got != tt.want {
			t.Errorf("nearest(%q) = %q, want %q", tt.s, got, tt.want)
		}
	}
}

// TestNearestLimits: short words need a closer match, and a word longer
// than any key is compared no further.
func TestNearestLimits(t *testing.T) {
	keys := []string{"driver", "templates", "da"}
	tests := []struct {
		name, s, want string
	}{
		{"two edits", "templats", "templates"},
		{"short word, one edit", "dk", "da"},
		{"short word, two edits", "xy", ""},
		{"longer than a key can be", strings.Repeat("driver", 20), ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := yamlerr.Nearest(tc.s, keys); got != tc.want {
				t.Errorf("Nearest(%q) = %q, want %q", tc.s, got, tc.want)
			}
		})
	}
}

func TestDidYouMean(t *testing.T) {
	choices := []string{"sqlite", "redis"}
	if got := yamlerr.DidYouMean("sqllite", choices); got != `did you mean "sqlite"?` {
		t.Errorf("near: %s", got)
	}
	if got := yamlerr.DidYouMean("mongo", choices); got != "one of sqlite, redis" {
		t.Errorf("far: %s", got)
	}
}

func TestLineAndMessage(t *testing.T) {
	tests := []struct {
		name     string
		yaml     string
		into     any
		wantLine int
		wantMsg  string
	}{
		{"scanner error", "a: b\nc: d\ne: @f\n", new(yaml.Node), 3, "found character that cannot start any token"},
		// yaml.v3 reports a parser error at the 0-based line where the
		// construct started; callers that care correct it.
		{"parser error", "a: b\nc: [d\n", new(yaml.Node), 1, "did not find expected ',' or ']'"},
		{"type error", "a: 1\nb: [x]\n", new(struct{ B int }), 2, "cannot unmarshal !!seq into int"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := yaml.Unmarshal([]byte(tc.yaml), tc.into)
			if err == nil {
				t.Fatal("no error")
			}
			if got := yamlerr.Line(err); got != tc.wantLine {
				t.Errorf("Line = %d, want %d (%v)", got, tc.wantLine, err)
			}
			if got := yamlerr.Message(err); got != tc.wantMsg {
				t.Errorf("Message = %q, want %q", got, tc.wantMsg)
			}
		})
	}
}
