package telegram_test

import (
	"context"
	"strings"
	"testing"

	"github.com/trygbot/trygbot/adapters/telegram"
	"github.com/trygbot/trygbot/bot"
	"github.com/trygbot/trygbot/storage"
)

// TestDutyCommands: /vagt on (Danish) and /duty off in the moderators'
// chat put a moderator on and off duty, answered in the chat; in the
// group the bot only says where to ask.
func TestDutyCommands(t *testing.T) {
	e := startLang(t, groupID, "da", telegram.Options{})
	command := func(chat string, id int, text string) {
		m := groupMessage(chat, id, modID, "Mo", text)
		m["entities"] = []map[string]any{{"type": "bot_command", "offset": 0, "length": len(strings.Fields(text)[0])}}
		e.api.push(map[string]any{"message": m})
	}
	command(modsID, 40, "/vagt on")
	waitFor(t, "answer", func() bool { return len(sentTo(e.api, modsID)) == 1 })
	if text := sentTo(e.api, modsID)[0].Params["text"]; !strings.Contains(text, "Du har vagt") || !strings.Contains(text, "På vagt nu: Mo.") {
		t.Errorf("answer to /vagt on: %q", text)
	}
	roster := e.store.(storage.Roster)
	if ds, _ := roster.ListDuty(context.Background(), "g"); len(ds) != 1 || !ds[0].On || ds[0].Name != "Mo" || ds[0].Platform != telegram.Platform {
		t.Errorf("duty %+v", ds)
	}
	command(modsID, 41, "/duty@trygbot off")
	waitFor(t, "answer", func() bool { return len(sentTo(e.api, modsID)) == 2 })
	if ds, _ := roster.ListDuty(context.Background(), "g"); len(ds) != 1 || ds[0].On {
		t.Errorf("duty after /duty off: %+v", ds)
	}
	command(groupID, 42, "/vagt on")
	waitFor(t, "answer in the group", func() bool { return len(sentTo(e.api, groupID)) == 1 })
	if text := sentTo(e.api, groupID)[0].Params["text"]; !strings.Contains(text, "moderatorernes eller koordinatorernes chat") {
		t.Errorf("answer in the group: %q", text)
	}
	if ds, _ := roster.ListDuty(context.Background(), "g"); ds[0].On {
		t.Error("/vagt on in the group put the moderator on duty")
	}
}

// TestPromptMentionsAndDirectMessage: a prompt pings its users by text
// mention (tg://user) and nobody else; a check-in goes to the user's
// private chat.
func TestPromptMentionsAndDirectMessage(t *testing.T) {
	e := start(t, groupID, telegram.Options{})
	ctx := context.Background()
	_, err := e.a.Prompt(ctx, bot.Prompt{ChatID: modsID, Title: "Case 1", DutyNote: "Nobody on duty can take this now",
		Mentions: []bot.Mention{{UserID: "42", Name: "Mo <b>"}, {UserID: "role:7", Name: "all"}},
		Message:  []bot.Segment{{Text: "@everyone hi"}}})
	if err != nil {
		t.Fatal(err)
	}
	text := sentTo(e.api, modsID)[0].Params["text"]
	if !strings.HasPrefix(text, `<a href="tg://user?id=42">Mo &lt;b&gt;</a>`+"\n") || strings.Contains(text, "role:7") ||
		strings.Contains(text, "@everyone") || !strings.Contains(text, "Nobody on duty can take this now") {
		t.Errorf("prompt:\n%s", text)
	}
	if err := e.a.DirectMessage(ctx, "42", "Hi @everyone, how are you?"); err != nil {
		t.Fatal(err)
	}
	dm := sentTo(e.api, "42")
	if len(dm) != 1 || strings.Contains(dm[0].Params["text"], "@everyone") || !strings.Contains(dm[0].Params["text"], "how are you") {
		t.Errorf("direct message %+v", dm)
	}
}
