package cli

import (
	"strings"
	"testing"
)

// splitTrials cuts a summary CSV before its trials section (the last),
// returning the rest and the section.
func splitTrials(t *testing.T, csv string) (rest, trials string) {
	t.Helper()
	i := strings.Index(csv, "section,outcome,category,arm,")
	if i < 0 {
		return csv, ""
	}
	return csv[:i], csv[i:]
}
