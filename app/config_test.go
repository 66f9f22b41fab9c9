package app_test

import (
	"io"
	"strings"
	"testing"

	"github.com/trygbot/trygbot/app"
	"github.com/trygbot/trygbot/config"
)

// TestCaseTextBoundFromConfig: workflow.max_message_bytes bounds what a
// case keeps of its message, as it bounds what is evaluated.
func TestCaseTextBoundFromConfig(t *testing.T) {
	yaml := `
privacy: {pseudonym_key: "${KEY}"}
workflow: {max_message_bytes: 4096}
communities:
  - {id: c, platform: console, chat_id: general, language: en, moderators_chat: mods, moderators: ["user:m"]}
`
	cfg, err := config.Parse("t.yaml", []byte(yaml), func(k string) string {
		if k == "KEY" {
			return strings.Repeat("k", 40)
		}
		return ""
	})
	if err != nil {
		t.Fatal(err)
	}
	if got := app.FromConfig(nil, cfg, strings.NewReader(""), io.Discard).Bot.MaxMessageBytes; got != 4096 {
		t.Errorf("the bot keeps %d bytes of a case's text, want workflow.max_message_bytes (4096)", got)
	}
}
