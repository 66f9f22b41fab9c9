package cli

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the README's samples from the program's output")

// readmePromptMarker introduces the README's sample prompt.
const readmePromptMarker = "<!-- The block below is the demo's first prompt, checked by TestREADMESamplePrompt"

// TestREADMESamplePrompt keeps the README's sample prompt what `trygbot
// demo` prints: its first prompt, line for line. With -update it rewrites
// the README.
func TestREADMESamplePrompt(t *testing.T) {
	want, err := firstPrompt(demoOutput(t, t.TempDir()))
	if err != nil {
		t.Fatal(err)
	}
	const path = "../README.md"
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	readme := string(raw)
	start, end, err := sampleBlock(readme)
	if err != nil {
		t.Fatal(err)
	}
	if got := readme[start:end]; got != want {
		if *update {
			if err := os.WriteFile(path, []byte(readme[:start]+want+readme[end:]), 0o644); err != nil {
				t.Fatal(err)
			}
			t.Logf("README.md: sample prompt updated")
			return
		}
		t.Errorf("the README's sample prompt is not what the demo prints; run go test ./cli -run TestREADMESamplePrompt -update\nREADME:\n%s\ndemo:\n%s", got, want)
	}
}

// firstPrompt is the demo's first prompt to the moderators' chat, from
// its "[to ...]" line to its buttons.
func firstPrompt(out string) (string, error) {
	i := strings.Index(out, "[to #moderatorer]\n")
	if i < 0 {
		return "", fmt.Errorf("the demo printed no prompt to #moderatorer")
	}
	j := strings.Index(out[i:], "\n└")
	if j < 0 {
		return "", fmt.Errorf("the demo's first prompt has no last line")
	}
	k := strings.IndexByte(out[i+j+1:], '\n')
	if k < 0 {
		return "", fmt.Errorf("the demo's first prompt does not end")
	}
	return out[i : i+j+1+k+1], nil
}

// sampleBlock finds the code block after the README's marker and returns
// where its content starts and ends.
func sampleBlock(readme string) (int, int, error) {
	m := strings.Index(readme, readmePromptMarker)
	if m < 0 {
		return 0, 0, fmt.Errorf("README.md has no sample-prompt marker %q", readmePromptMarker)
	}
	open := strings.Index(readme[m:], "```\n")
	if open < 0 {
		return 0, 0, fmt.Errorf("README.md: no code block after the sample-prompt marker")
	}
	start := m + open + len("```\n")
	end := strings.Index(readme[start:], "```\n")
	if end < 0 {
		return 0, 0, fmt.Errorf("README.md: the sample prompt's code block does not end")
	}
	return start, start + end, nil
}
