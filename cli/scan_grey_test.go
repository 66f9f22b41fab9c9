package cli

import (
	"strings"
	"testing"
)

// TestScanMarksGrey: scan marks the lines the rules did not flag but
// cannot settle (a protected group named), which classifier.send: grey
// asks the model about in trygbot run, and only those.
func TestScanMarksGrey(t *testing.T) {
	in := `{"id":1,"text":"the women in this town are coming on saturday"}
{"id":2,"text":"good morning everyone"}
{"id":3,"text":"muslims are rats"}
`
	out, _, err := runCLI(t, in, "scan")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 3 {
		t.Fatalf("scan wrote %d lines:\n%s", len(lines), out)
	}
	for i, want := range []bool{true, false, false} {
		if got := strings.Contains(lines[i], `"grey":true`); got != want {
			t.Errorf("line %d: grey %v, want %v: %s", i+1, got, want, lines[i])
		}
	}
}

// TestCheckSaysGrey: check says when a message is grey, and why.
func TestCheckSaysGrey(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"the women in this town are coming on saturday", "grey: names a protected group; with classifier.send: grey, trygbot run asks the model about it"},
		{"good morning everyone", ""},
		{"muslims are rats", ""},
	} {
		out, _, err := runCLI(t, "", "check", tc.text)
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Contains(out, "grey:"); got != (tc.want != "") || !strings.Contains(out, tc.want) {
			t.Errorf("check %q:\n%s\nwant %q", tc.text, out, tc.want)
		}
	}
}
