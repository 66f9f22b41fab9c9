package telegram_test

import (
	"context"
	"encoding/json"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/trygbot/trygbot/adapters/telegram"
	"github.com/trygbot/trygbot/storage"
)

const selfID = 123456 // the bot's id, from testToken

// asks returns the requests for a note or a reason sent to chat: the
// messages with a ForceReply.
func asks(t *testing.T, api *fakeAPI, chat string) []call {
	t.Helper()
	var out []call
	for _, c := range sentTo(api, chat) {
		if strings.Contains(c.Params["reply_markup"], "force_reply") {
			out = append(out, c)
		}
	}
	return out
}

// checkAsk fails unless c is a selective ForceReply that mentions user and
// says want, and returns its message id.
func checkAsk(t *testing.T, c call, user int, want string) string {
	t.Helper()
	var fr struct {
		ForceReply bool `json:"force_reply"`
		Selective  bool `json:"selective"`
	}
	if err := json.Unmarshal([]byte(c.Params["reply_markup"]), &fr); err != nil || !fr.ForceReply || !fr.Selective {
		t.Errorf("reply_markup = %q (%v), want a selective force_reply", c.Params["reply_markup"], err)
	}
	if c.Params["parse_mode"] != "HTML" || !strings.Contains(c.Params["text"], `<a href="tg://user?id=`+strconv.Itoa(user)+`">`) {
		t.Errorf("request does not mention user %d: %+v", user, c.Params)
	}
	if seen := checkHTML(t, c.Params["text"]); !strings.Contains(seen, want) {
		t.Errorf("request reads %q, want %q in it", seen, want)
	}
	return strconv.Itoa(c.MessageID)
}

// replyTo is a message by user in the moderators' chat answering the bot's
// message askID.
func replyTo(id, from int, text, askID string) map[string]any {
	m := groupMessage(modsID, id, from, "Mo", text)
	m["reply_to_message"] = map[string]any{"message_id": json.Number(askID), "date": time.Now().Unix(), "text": "?",
		"chat": map[string]any{"id": json.Number(modsID), "type": "supergroup"},
		"from": map[string]any{"id": selfID, "is_bot": true, "first_name": "trygbot"}}
	return map[string]any{"message": m}
}

// answersTo returns the bot's messages in the moderators' chat sent as
// replies to message id.
func answersTo(api *fakeAPI, id int) []call {
	var out []call
	for _, c := range sentTo(api, modsID) {
		var rp struct {
			MessageID int `json:"message_id"`
		}
		if json.Unmarshal([]byte(c.Params["reply_parameters"]), &rp) == nil && rp.MessageID == id {
			out = append(out, c)
		}
	}
	return out
}

// flag posts a hateful message and returns the prompt sent for it.
func flag(t *testing.T, e *env) call {
	t.Helper()
	e.api.push(map[string]any{"message": groupMessage(groupID, 11, 7, "Bob", "you zorblax")})
	waitFor(t, "prompt", func() bool { return len(sentTo(e.api, modsID)) == 1 })
	return sentTo(e.api, modsID)[0]
}

func notes(t *testing.T, e *env) []string {
	t.Helper()
	c, err := e.store.GetCase(context.Background(), 1)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, n := range c.Notes {
		out = append(out, n.Actor+": "+n.Text)
	}
	return out
}

// TestNoteByReply: "Add note" asks the presser for the note with a
// selective ForceReply; a reply by anyone else is ignored, the presser's
// reply becomes the note, is confirmed and shows in the prompt.
func TestNoteByReply(t *testing.T) {
	e := start(t, groupID, telegram.Options{})
	prompt := flag(t, e)
	e.api.push(callback("cb1", modID, dataFor(t, buttons(t, prompt), "Add note"), strconv.Itoa(prompt.MessageID)))
	waitFor(t, "request for the note", func() bool { return len(asks(t, e.api, modsID)) == 1 })
	ans := e.api.Calls("answerCallbackQuery")
	if len(ans) != 1 || ans[0].Params["callback_query_id"] != "cb1" || ans[0].Params["show_alert"] != "" {
		t.Errorf("answers = %+v", ans)
	}
	ask := asks(t, e.api, modsID)[0]
	askID := checkAsk(t, ask, modID, "Reply to this message with the note for case 1.")
	if !strings.Contains(ask.Params["reply_parameters"], `"message_id":`+strconv.Itoa(prompt.MessageID)) {
		t.Errorf("request is not a reply to the prompt: %q", ask.Params["reply_parameters"])
	}

	const note = `<b>quoting</b> a film & joking`
	e.api.push(replyTo(50, 99, "someone else's note", askID))
	e.api.push(replyTo(51, modID, note, askID))
	waitFor(t, "confirmation", func() bool { return len(answersTo(e.api, 51)) == 1 })
	if got := answersTo(e.api, 51)[0].Params["text"]; got != "Note added." {
		t.Errorf("confirmation = %q", got)
	}
	if n := len(answersTo(e.api, 50)); n != 0 {
		t.Errorf("%d answers to another user's reply", n)
	}
	got := strings.Join(notes(t, e), "\n")
	if !strings.Contains(got, "Mo: "+note) || strings.Contains(got, "someone else") {
		t.Errorf("notes:\n%s", got)
	}
	waitFor(t, "prompt edited", func() bool {
		ed := e.api.Calls("editMessageText")
		return len(ed) > 0 && strings.Contains(checkHTML(t, ed[len(ed)-1].Params["text"]), "Mo: "+note)
	})

	// The request is used up.
	e.api.push(replyTo(52, modID, "again", askID))
	e.api.push(map[string]any{"message": groupMessage(groupID, 12, 7, "Bob", "you zorblax")})
	waitFor(t, "second prompt", func() bool { return len(e.api.Calls("sendMessage")) >= 4 })
	time.Sleep(50 * time.Millisecond)
	if n := len(answersTo(e.api, 52)); n != 0 || strings.Contains(strings.Join(notes(t, e), "\n"), "again") {
		t.Errorf("a second reply to a used request was taken")
	}
}

// TestNotHateReason: "Not hate" dismisses at once and offers the presser
// to add the reason as a reply; "-" adds none.
func TestNotHateReason(t *testing.T) {
	for _, tc := range []struct {
		name, reply, confirm, note string
	}{
		{"reason", "it is a film quote", "Note added.", "Mo: it is a film quote"},
		{"no reason", "-", "No reason added.", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := start(t, groupID, telegram.Options{})
			prompt := flag(t, e)
			e.api.push(callback("cb1", modID, dataFor(t, buttons(t, prompt), "Not hate"), strconv.Itoa(prompt.MessageID)))
			waitFor(t, "request for the reason", func() bool { return len(asks(t, e.api, modsID)) == 1 })
			if c, _ := e.store.GetCase(context.Background(), 1); c.State != storage.StateDismissed {
				t.Errorf("case state after one press = %s, want dismissed", c.State)
			}
			ans := e.api.Calls("answerCallbackQuery")
			if len(ans) != 1 || !strings.Contains(ans[0].Params["text"], "Marked as not hate") {
				t.Errorf("answers = %+v", ans)
			}
			askID := checkAsk(t, asks(t, e.api, modsID)[0], modID, "Case 1 is marked as not hate. To add the reason, reply to this message")
			before := len(notes(t, e))

			e.api.push(replyTo(51, modID, tc.reply, askID))
			waitFor(t, "confirmation", func() bool { return len(answersTo(e.api, 51)) == 1 })
			if got := answersTo(e.api, 51)[0].Params["text"]; got != tc.confirm {
				t.Errorf("confirmation = %q, want %q", got, tc.confirm)
			}
			ns := notes(t, e)
			switch {
			case tc.note == "" && len(ns) != before:
				t.Errorf("notes = %q, want none added", ns)
			case tc.note != "" && (len(ns) != before+1 || ns[len(ns)-1] != tc.note):
				t.Errorf("notes = %q, want %q added", ns, tc.note)
			}
			if c, _ := e.store.GetCase(context.Background(), 1); c.State != storage.StateDismissed {
				t.Errorf("case state = %s", c.State)
			}
		})
	}
}

// clock is a settable time source.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) Add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// TestNoteRequestExpires: a reply more than ten minutes after the press is
// not taken; the moderator is told to press again.
func TestNoteRequestExpires(t *testing.T) {
	clk := &clock{t: time.Now()}
	e := start(t, groupID, telegram.Options{Now: clk.Now})
	prompt := flag(t, e)
	e.api.push(callback("cb1", modID, dataFor(t, buttons(t, prompt), "Add note"), strconv.Itoa(prompt.MessageID)))
	waitFor(t, "request for the note", func() bool { return len(asks(t, e.api, modsID)) == 1 })
	askID := checkAsk(t, asks(t, e.api, modsID)[0], modID, "with the note")
	clk.Add(10*time.Minute + time.Second)
	e.api.push(replyTo(51, modID, "too late", askID))
	waitFor(t, "answer", func() bool { return len(answersTo(e.api, 51)) == 1 })
	if got := answersTo(e.api, 51)[0].Params["text"]; !strings.Contains(got, "expired") {
		t.Errorf("answer = %q", got)
	}
	if strings.Contains(strings.Join(notes(t, e), "\n"), "too late") {
		t.Error("an expired request's reply was added as a note")
	}
}

// TestNoteRequestInCommunityLanguage: the request is in the language of
// the community's prompts, and of the pressed prompt when it tells.
func TestNoteRequestInCommunityLanguage(t *testing.T) {
	t.Run("prompts sent to the chat", func(t *testing.T) {
		e := startLang(t, groupID, "da", telegram.Options{})
		prompt := flag(t, e)
		e.api.push(callback("cb1", modID, dataFor(t, buttons(t, prompt), "Tilføj note"), strconv.Itoa(prompt.MessageID)))
		waitFor(t, "request for the note", func() bool { return len(asks(t, e.api, modsID)) == 1 })
		askID := checkAsk(t, asks(t, e.api, modsID)[0], modID, "Skriv noten til sag 1 som svar på denne besked.")
		e.api.push(replyTo(51, modID, "-", askID))
		waitFor(t, "answer", func() bool { return len(answersTo(e.api, 51)) == 1 })
		if got := answersTo(e.api, 51)[0].Params["text"]; got != "Ingen note tilføjet." {
			t.Errorf("answer = %q", got)
		}
	})
	t.Run("pressed prompt", func(t *testing.T) {
		e := start(t, groupID, telegram.Options{})
		cb := callback("cb1", modID, "tb1:1:n", "1001")
		cb["callback_query"].(map[string]any)["message"].(map[string]any)["text"] = "Sag 1 · nedsættende ord\nFællesskab: Gruppe · kanal: x · afsender: Bob"
		e.api.push(cb)
		waitFor(t, "request for the note", func() bool { return len(asks(t, e.api, modsID)) == 1 })
		checkAsk(t, asks(t, e.api, modsID)[0], modID, "Skriv noten til sag 1 som svar på denne besked.")
	})
}
