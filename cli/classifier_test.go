package cli

import (
	"slices"
	"strings"
	"testing"

	"github.com/trygbot/trygbot/classifier"
	"github.com/trygbot/trygbot/config"
)

// TestClassifierFormatsAgree: classifier.format accepts exactly the
// formats the classifier reads.
func TestClassifierFormatsAgree(t *testing.T) {
	var want []string
	for _, f := range classifier.Formats() {
		want = append(want, string(f))
	}
	if got := config.ClassifierFormats(); !slices.Equal(got, want) {
		t.Errorf("config takes %q, the classifier reads %q", got, want)
	}
}

// TestConfigCheckRefusesRemoteClassifier: `trygbot config check` refuses
// a public classifier URL unless allow_remote, and shows the block.
func TestConfigCheckRefusesRemoteClassifier(t *testing.T) {
	getenv := configGetenv(configTestEnv)
	remote := writeConfigFile(t, goodConfig+"classifier:\n  url: https://guard.example.org/v1\n  model: guard\n")
	_, errOut, err := runConfigCmd(t, getenv, "check", remote)
	if exitCode(err) != 1 || !strings.Contains(errOut, remote+":14: classifier.url: host \"guard.example.org\" is a name other than localhost") ||
		!strings.Contains(errOut, "set classifier.allow_remote: true") {
		t.Errorf("err %v, stderr:\n%s", err, errOut)
	}
	allowed := writeConfigFile(t, goodConfig+"classifier:\n  url: https://guard.example.org/v1\n  model: guard\n  allow_remote: true\n")
	out, errOut, err := runConfigCmd(t, getenv, "check", allowed)
	if err != nil || !strings.Contains(out, `classifier:   qwen3guard model "guard" at https://guard.example.org/v1, send grey (remote host allowed`) {
		t.Errorf("err %v\n%s%s", err, out, errOut)
	}
}
