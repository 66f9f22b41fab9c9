package app_test

import (
	"io"
	"strings"
	"testing"

	"github.com/trygbot/trygbot/app"
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
	cfg := app.ParseConfig(t, yaml)
	if got := app.FromConfig(nil, cfg, strings.NewReader(""), io.Discard).Bot.MaxMessageBytes; got != 4096 {
		t.Errorf("the bot keeps %d bytes of a case's text, want workflow.max_message_bytes (4096)", got)
	}
}
