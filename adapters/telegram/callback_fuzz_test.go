package telegram

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/go-telegram/bot/models"

	"github.com/trygbot/trygbot/bot"
)

// FuzzCallbackData decodes arbitrary callback data as a button press does,
// and reads arbitrary message text as a command: nothing panics; what
// decodes re-encodes within Telegram's 64 bytes to the same action; a
// command's name is one lowercase word addressed to no bot or to this one;
// the texts sent back (answer, note) are valid UTF-8 within their limits.
func FuzzCallbackData(f *testing.F) {
	for _, s := range []string{"tb1:1:c", "tb1:zz:t:2", "tb1:1:n:some note", "tb1:a:d", "tb1:1:z", "tb1:1:x", "tb1:1:e",
		"tb1:0:c", "tb1:1:t:0", "tb1:1:q", "", "tb1:1:n:" + strings.Repeat("ø", 30),
		"tb2:1:k3x9abcd:c", "tb2:zz:k3x9abcd:t:2", "tb2:1::c", "tb2:1:k3x9abcd:n:" + strings.Repeat("ø", 30)} {
		f.Add(s, "/check@trygbot you zorblax")
	}
	f.Add("tb1:1:c", "/report")
	f.Add("tb1:1:c", "/CASE@TrygBot 12\nmore")
	f.Add("tb1:1:c", "/summary@otherbot")
	f.Add("tb1:1:c", "/\n")
	f.Add("tb1:1:c", "/@")
	a := &Adapter{username: "trygbot"}
	f.Fuzz(func(t *testing.T, data, text string) {
		id, kind, arg, err := bot.DecodeAction(data)
		if err == nil {
			if id.ID <= 0 || kind == "" || len(data) > 64 {
				t.Fatalf("accepted %q as %v %v", data, id, kind)
			}
			again := bot.EncodeAction(id, kind, arg)
			if id2, kind2, arg2, err := bot.DecodeAction(again); len(again) <= 64 && (err != nil || id2 != id || kind2 != kind || arg2 != arg) {
				t.Fatalf("%q re-encodes to %q which decodes to %v %v %q %v", data, again, id2, kind2, arg2, err)
			}
		}
		for _, n := range []int{1, 200, maxNoteRunes} {
			if s := truncate(text, n); utf8.ValidString(text) && (utf8.RuneCountInString(s) > n || !utf8.ValidString(s)) {
				t.Fatalf("truncate(%q, %d) = %q", text, n, s)
			}
		}
		m := &models.Message{Text: text, Entities: []models.MessageEntity{{Type: models.MessageEntityTypeBotCommand, Offset: 0, Length: len(text)}}}
		name, arg2, ok := a.command(m)
		if !ok {
			return
		}
		if !strings.HasPrefix(text, "/") || strings.ContainsAny(name, " \n@") || name != strings.ToLower(name) || arg2 != strings.TrimSpace(arg2) {
			t.Fatalf("command(%q) = %q %q", text, name, arg2)
		}
		if head, _, _ := strings.Cut(strings.SplitN(text, "\n", 2)[0], " "); strings.Contains(head, "@") {
			if _, to, _ := strings.Cut(head, "@"); to != "" && !strings.EqualFold(to, "trygbot") {
				t.Fatalf("command(%q) for another bot accepted", text)
			}
		}
	})
}
