package discord

import (
	"encoding/json"
	"testing"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"github.com/trygbot/trygbot/bot"
)

// FuzzCustomID decodes arbitrary custom ids as a pressed button or a
// submitted dialog does, and a modal submit's components as Discord sends
// them: nothing panics; what decodes re-encodes within Discord's 100
// characters to the same action (the dialog's id too); the typed text
// and the clipped dialog title are valid UTF-8 within their limits.
func FuzzCustomID(f *testing.F) {
	for _, s := range []string{"tb1:1:c", "tb1:zz:t:2", "tb1:1:n:some note", "tb1:a:d", "tb1:1:z", "tb1:1:x", "tb1:1:e",
		"tb1:0:c", "tb1:-1:c", "tb1:1:t:0", "tb1:1:t:10", "tb1:1:q", "tb2:1:c", "", ":", "tb1::c", "tb1:1:n:ø\u200b",
		"tb2:1:k3x9abcd:c", "tb2:zz:k3x9abcd:t:2", "tb2:1:k3x9abcd:n", "tb2:1::c", "tb2:1:K3X9:c", "tb2:1:k3x9abcd:n:ø\u200b"} {
		f.Add(s, `[{"type":1,"components":[{"type":4,"custom_id":"tb1:1:n","value":"my note"}]}]`)
	}
	f.Add("tb1:1:n", `[{"type":4,"value":5}]`)
	f.Add("tb1:1:d", `[{"type":1,"components":[{"type":1,"components":[]}]}]`)
	f.Fuzz(func(t *testing.T, customID, components string) {
		id, kind, arg, err := bot.DecodeAction(customID)
		if err == nil {
			if id.ID <= 0 || kind == "" || len(customID) > maxCustomID {
				t.Fatalf("accepted %q as %v %v", customID, id, kind)
			}
			if _, ok := dialogs[kind]; ok {
				d := bot.EncodeAction(id, kind, "")
				if len(d) > maxCustomID {
					t.Fatalf("dialog id %q too long", d)
				}
				if id2, kind2, arg2, err := bot.DecodeAction(d); err != nil || id2 != id || kind2 != kind || arg2 != "" {
					t.Fatalf("dialog id %q of %q decodes to %v %v %q %v", d, customID, id2, kind2, arg2, err)
				}
			}
			again := bot.EncodeAction(id, kind, arg)
			if id2, kind2, arg2, err := bot.DecodeAction(again); len(again) <= bot.MaxActionData && (err != nil || id2 != id || kind2 != kind || arg2 != arg) {
				t.Fatalf("%q re-encodes to %q which decodes to %v %v %q %v", customID, again, id2, kind2, arg2, err)
			}
		}
		var data discordgo.ModalSubmitInteractionData
		if json.Unmarshal([]byte(`{"custom_id":`+quote(customID)+`,"components":`+components+`}`), &data) == nil {
			v := inputValue(data.Components)
			if utf8.ValidString(components) && !utf8.ValidString(v) {
				t.Fatalf("typed text %q is not valid UTF-8", v)
			}
		}
		if title := clip(customID, 45); utf8.ValidString(customID) && (utf8.RuneCountInString(title) > 45 || !utf8.ValidString(title)) {
			t.Fatalf("clip(%q, 45) = %q", customID, title)
		}
		m := &discordgo.Message{Components: []discordgo.MessageComponent{&discordgo.ActionsRow{Components: []discordgo.MessageComponent{
			&discordgo.Button{Label: "L", CustomID: customID}}}}}
		if buttonLabel(m, customID) != "L" || buttonLabel(nil, customID) != "" {
			t.Fatal("buttonLabel does not find the pressed button")
		}
	})
}

func quote(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
