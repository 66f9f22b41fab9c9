package telegram_test

import (
	"context"
	"strings"
	"testing"

	"github.com/trygbot/trygbot/adapters/telegram"
)

func TestPostSplitsAndDefusesMentions(t *testing.T) {
	e := start(t, groupID, telegram.Options{})
	before := len(e.api.Calls("sendMessage"))
	text := "# Weekly summary @everyone\n" + strings.Repeat("a line of the summary\n", 400)
	if err := e.a.Post(context.Background(), modsID, text); err != nil {
		t.Fatal(err)
	}
	calls := e.api.Calls("sendMessage")[before:]
	if len(calls) < 2 {
		t.Fatalf("a %d-byte summary went in %d message(s); Telegram takes 4,096 characters", len(text), len(calls))
	}
	for _, c := range calls {
		if c.Params["chat_id"] != modsID || len(c.Params["text"]) > 4096 || c.Params["parse_mode"] != "" {
			t.Errorf("post = %v", c.Params)
		}
	}
	if strings.Contains(calls[0].Params["text"], "@everyone") {
		t.Error("the mention was not defused")
	}
}
