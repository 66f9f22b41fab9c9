package telegram_test

import (
	"context"
	"html"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/trygbot/trygbot/adapters/telegram"
	"github.com/trygbot/trygbot/bot"
	"github.com/trygbot/trygbot/bot/bottest"
	"github.com/trygbot/trygbot/storage"
)

// TestRenderedPromptsShowNoSlur renders, as Telegram HTML, a prompt for
// every built-in rule matched on each of its terms, in both languages:
// the message and its Why line show no slur term in any form (no
// spoiler either: it would open with a tap nobody counts), and each
// hidden word is there masked.
func TestRenderedPromptsShowNoSlur(t *testing.T) {
	bottest.CheckRenderedPrompts(t, "spoiler", func(p bot.Prompt) (string, string) {
		text := telegram.RenderPrompt(p).Text
		return text, html.UnescapeString(text)
	})
}

// TestPromptsMaskedWhenEditedAndReoffered: the first prompts, their
// edits after a claim and a re-offer, and the prompt a re-offer posts in
// the second chat all show the slur masked, never in clear.
func TestPromptsMaskedWhenEditedAndReoffered(t *testing.T) {
	const secondID = "-1003333"
	clk := &clock{t: time.Date(2026, 12, 7, 18, 0, 0, 0, time.UTC)}
	e := newEnv(t, groupID, "en", func(o *bot.Options) {
		o.Now, o.ClaimDeadline = clk.Now, 15*time.Minute
		o.Communities[0].SecondChat = secondID
	})
	e.a, _ = e.run(t, context.Background(), telegram.Options{}, e.b)
	e.api.push(map[string]any{"message": groupMessage(groupID, 11, 7, "Bob", "you zorblax, ZORBLAX!")})
	e.api.push(map[string]any{"message": groupMessage(groupID, 12, 8, "Cy", "zorblax again")})
	waitFor(t, "two prompts", func() bool { return len(sentTo(e.api, modsID)) == 2 })
	claim := dataFor(t, buttons(t, sentTo(e.api, modsID)[0]), "I'll handle it")
	e.api.push(callback("cb1", modID, claim, "1001"))
	waitFor(t, "the claim's edit", func() bool { return len(e.api.Calls("editMessageText")) == 1 })
	clk.Add(16 * time.Minute)
	if err := e.b.Tick(context.Background()); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the re-offer in the second chat", func() bool { return len(sentTo(e.api, secondID)) == 1 })
	var texts []string
	for _, c := range append(e.api.Calls("sendMessage"), e.api.Calls("editMessageText")...) {
		texts = append(texts, c.Params["text"])
	}
	if len(texts) != 5 {
		t.Fatalf("%d prompts and edits, want 5 (two prompts, the claim's edit, the re-offer's edit and prompt)", len(texts))
	}
	for _, text := range texts {
		seen := checkHTML(t, text)
		if strings.Contains(strings.ToLower(seen), "zorblax") || strings.Contains(text, "spoiler") || !strings.Contains(seen, "z••••••") {
			t.Errorf("want the slur masked, never in clear nor in a spoiler:\n%s", text)
		}
	}
	if !strings.Contains(texts[0], "you z••••••, Z••••••!") {
		t.Errorf("first prompt:\n%s", texts[0])
	}
}

// pressUnmask posts a prompt for a slur and has user press its "Show
// hidden words" (or the Danish label); it returns the answer.
func pressUnmask(t *testing.T, e *env, user int, label, text string) map[string]string {
	t.Helper()
	e.api.push(map[string]any{"message": groupMessage(groupID, 11, 7, "Bob", text)})
	waitFor(t, "prompt", func() bool { return len(sentTo(e.api, modsID)) == 1 })
	data := dataFor(t, buttons(t, sentTo(e.api, modsID)[0]), label)
	e.api.push(callback("cb-unmask", user, data, "1001"))
	waitFor(t, "answer", func() bool { return len(e.api.Calls("answerCallbackQuery")) == 1 })
	time.Sleep(100 * time.Millisecond) // anything else would have been sent by now
	return e.api.Calls("answerCallbackQuery")[0].Params
}

// TestUnmaskAnswersThePresserAlone: "Show hidden words" pressed by a
// moderator is answered with the words in a popup (answerCallbackQuery
// with show_alert) that only their client shows; nothing is posted or
// edited in the chat, the press is audited and counted in their day.
func TestUnmaskAnswersThePresserAlone(t *testing.T) {
	e := start(t, groupID, telegram.Options{})
	ans := pressUnmask(t, e, modID, "Show hidden words", "you zorblax")
	if ans["callback_query_id"] != "cb-unmask" || ans["show_alert"] != "true" || !strings.Contains(ans["text"], "«zorblax»") ||
		!strings.Contains(ans["text"], "only you") {
		t.Errorf("answer = %+v; want the words in an alert to the presser", ans)
	}
	if n, m := len(e.api.Calls("sendMessage")), len(e.api.Calls("editMessageText")); n != 1 || m != 0 {
		t.Errorf("%d messages sent and %d edited; want only the prompt, untouched", n, m)
	}
	if x := bottest.Exposure(t, e.store)["42"]; x.Unmasked != 1 || x.Weight == 0 {
		t.Errorf("exposure of the presser %+v; want the unmasking counted", x)
	}
	if got := bottest.Audited(t, e.store, 1); !strings.Contains(strings.Join(got, ","), "42 unmask") {
		t.Errorf("audit %v; want the unmasking", got)
	}
	if c, _ := e.store.GetCase(context.Background(), 1); c.State != storage.StateOpen || c.Owner != "" {
		t.Errorf("case %s owned by %q; want it untouched", c.State, c.Owner)
	}
}

// TestUnmaskRefusedToMembers: a member who is not a moderator pressing
// "Show hidden words" is refused in an alert without the words; nothing
// is counted for them.
func TestUnmaskRefusedToMembers(t *testing.T) {
	e := start(t, groupID, telegram.Options{})
	ans := pressUnmask(t, e, 99, "Show hidden words", "you zorblax")
	if ans["show_alert"] != "true" || !strings.Contains(ans["text"], "Only this community's moderators") || strings.Contains(ans["text"], "zorblax") {
		t.Errorf("answer = %+v; want a refusal without the words", ans)
	}
	if x := bottest.Exposure(t, e.store); len(x) != 0 {
		t.Errorf("exposure %+v; want nothing counted", x)
	}
	if got := bottest.Audited(t, e.store, 1); !strings.Contains(strings.Join(got, ","), " refused") {
		t.Errorf("audit %v; want the refusal", got)
	}
}

// TestUnmaskAlertCut: hidden words that do not fit Telegram's 200
// characters are cut with an ellipsis, and the popup says so, in the
// community's language.
func TestUnmaskAlertCut(t *testing.T) {
	e := startLang(t, groupID, "da", telegram.Options{})
	ans := pressUnmask(t, e, modID, "Vis skjulte ord", strings.Repeat("zorblax 🙂zorblax ", 15))
	text := ans["text"]
	if n := len(utf16.Encode([]rune(text))); n > 200 || n < 150 {
		t.Errorf("alert of %d UTF-16 units, want at most 200 (and most of them used):\n%s", n, text)
	}
	if ans["show_alert"] != "true" || !strings.HasPrefix(text, "De skjulte ord") ||
		!strings.HasSuffix(text, "… (forkortet: Telegram viser højst 200 tegn her)") {
		t.Errorf("alert = %q; want it cut with an ellipsis and saying so, in Danish", text)
	}
	if x := bottest.Exposure(t, e.store)["42"]; x.Unmasked != 1 {
		t.Errorf("exposure %+v", x)
	}
}
