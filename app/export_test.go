package app

import (
	"strings"
	"testing"

	"github.com/trygbot/trygbot/config"
)

// ParseConfig parses yaml as t.yaml, with a 40-byte pseudonym key in
// KEY and no other environment, and fails the test on any problem.
func ParseConfig(t testing.TB, yaml string) *config.Config {
	t.Helper()
	cfg, err := config.Parse("t.yaml", []byte(yaml), func(k string) string {
		if k == "KEY" {
			return strings.Repeat("k", 40)
		}
		return ""
	})
	if err != nil {
		t.Fatal(err)
	}
	return cfg
}
