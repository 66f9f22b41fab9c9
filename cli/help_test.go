package cli

import (
	"strings"
	"testing"
)

// TestHelpCommandIsCommandHelp: `trygbot help COMMAND` prints what
// `trygbot COMMAND --help` does, for every command.
func TestHelpCommandIsCommandHelp(t *testing.T) {
	for _, cmd := range [][]string{
		{"demo"}, {"run"}, {"replay"}, {"loadtest"}, {"report"}, {"check"}, {"scan"}, {"eval"}, {"bench"},
		{"config"}, {"config", "check"}, {"config", "example"}, {"config", "env"}, {"config", "hash-password"},
		{"retention"}, {"retention", "run"}, {"forget"}, {"export"}, {"evidence"},
	} {
		name := strings.Join(cmd, " ")
		t.Run(name, func(t *testing.T) {
			want, _, err := runCLI(t, "", append(cmd, "--help")...)
			if err != nil {
				t.Fatalf("%s --help: %v", name, err)
			}
			got, errOut, err := runCLI(t, "", append([]string{"help"}, cmd...)...)
			if err != nil || errOut != "" {
				t.Fatalf("help %s: %v\n%s", name, err, errOut)
			}
			if got != want || !strings.Contains(got, "Usage: trygbot "+cmd[0]) {
				t.Errorf("help %s printed:\n%s\nwant what --help prints:\n%s", name, got, want)
			}
		})
	}
	if _, errOut, err := runCLI(t, "", "help", "frobnicate"); err != errUsage || !strings.Contains(errOut, `unknown command "frobnicate"`) {
		t.Errorf("help of an unknown command: %v\n%s", err, errOut)
	}
}
