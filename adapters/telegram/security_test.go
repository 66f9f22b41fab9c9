package telegram_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/trygbot/trygbot/adapters/telegram"
	"github.com/trygbot/trygbot/bot"
	"github.com/trygbot/trygbot/rules"
	"github.com/trygbot/trygbot/storage"
)

// pushRaw queues an update given as JSON (its update_id is assigned), so
// it can hold what json.Marshal would not make: wrong types, invalid
// UTF-8.
func (f *fakeAPI) pushRaw(body string) int64 {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.nextUpd++
	f.updates = append(f.updates, json.RawMessage(`{"update_id":`+strconv.FormatInt(f.nextUpd, 10)+`,`+strings.TrimPrefix(body, "{")))
	return f.nextUpd
}

func messageRaw(id int, text string) string {
	return fmt.Sprintf(`{"message":{"message_id":%d,"date":%d,"text":"%s","chat":{"id":%s,"type":"supergroup","title":"G"},"from":{"id":7,"is_bot":false,"first_name":"Bob"}}}`,
		id, time.Now().Unix(), text, groupID)
}

// TestMalformedUpdatesSkipped: updates with fields of the wrong type are
// logged and skipped, and the messages after them are still handled (the
// poller does not get stuck on the batch).
func TestMalformedUpdatesSkipped(t *testing.T) {
	e := start(t, groupID, telegram.Options{})
	bad := []string{
		`{"message":{"message_id":"eleven","text":"you zorblax","chat":{"id":` + groupID + `,"type":"supergroup"}}}`,
		`{"message":{"message_id":12,"date":1,"text":42,"chat":{"id":` + groupID + `,"type":"supergroup"},"from":{"id":7,"first_name":"B"}}}`,
		`{"message":"not an object"}`,
		`{"callback_query":{"id":5,"from":{"id":"x"},"data":["tb1:1:c"]}}`,
		`{"edited_message":{"message_id":13,"chat":{"id":"-100x","type":"group"},"entities":{"type":1}}}`,
	}
	var ids []int64
	for _, b := range bad {
		ids = append(ids, e.api.pushRaw(b))
	}
	e.api.push(map[string]any{"message": groupMessage(groupID, 20, 7, "Bob", "you zorblax")})
	waitFor(t, "prompt after the bad updates", func() bool { return len(sentTo(e.api, modsID)) == 1 })
	for _, id := range ids {
		if len(logLines(e.logs.String(), "telegram update skipped", fmt.Sprintf("update_id=%d", id))) != 1 {
			t.Errorf("update %d not logged once as skipped:\n%s", id, e.logs.String())
		}
	}
	if strings.Contains(e.logs.String(), "you zorblax") {
		t.Error("a skipped update's text is in the logs")
	}
	c, err := e.store.GetCase(context.Background(), 1)
	if err != nil || c.MessageID != "20" {
		t.Errorf("case %+v %v, want the good message's", c.MessageID, err)
	}
	// And it keeps going.
	e.api.pushRaw(bad[0])
	e.api.push(map[string]any{"message": groupMessage(groupID, 21, 7, "Bob", "zorblax again")})
	waitFor(t, "second prompt", func() bool { return len(sentTo(e.api, modsID)) == 2 })
}

func logLines(logs string, parts ...string) []string {
	var out []string
next:
	for _, l := range strings.Split(logs, "\n") {
		for _, p := range parts {
			if !strings.Contains(l, p) {
				continue next
			}
		}
		out = append(out, l)
	}
	return out
}

// TestWebhookMalformedUpdateSkipped: a webhook update with the right
// secret that does not decode is logged and answered 200, so Telegram
// does not deliver it again and again.
func TestWebhookMalformedUpdateSkipped(t *testing.T) {
	e := start(t, groupID, telegram.Options{Mode: telegram.ModeWebhook, WebhookSecret: "s3cret"})
	h := e.a.Handler()
	post := func(body string) int {
		r, _ := http.NewRequest(http.MethodPost, "/telegram", strings.NewReader(body))
		r.Header.Set("X-Telegram-Bot-Api-Secret-Token", "s3cret")
		w := newRecorder()
		h.ServeHTTP(w, r)
		return w.code
	}
	good, _ := json.Marshal(map[string]any{"update_id": 2, "message": groupMessage(groupID, 11, 7, "Bob", "you zorblax")})
	waitFor(t, "webhook ready", func() bool { return post(`{"update_id":1}`) == http.StatusOK })
	for _, b := range []string{`{"update_id":77,"message":{"message_id":"x"}}`, `{"update_id":78,"message":[]}`, `not json`, `[[[[`} {
		if code := post(b); code != http.StatusOK {
			t.Errorf("%s: %d, want 200 (skipped)", b, code)
		}
	}
	if len(logLines(e.logs.String(), "telegram update skipped", "update_id=77")) != 1 {
		t.Errorf("bad update not logged:\n%s", e.logs.String())
	}
	if code := post(string(good)); code != http.StatusOK {
		t.Fatalf("good update: %d", code)
	}
	waitFor(t, "prompt", func() bool { return len(sentTo(e.api, modsID)) == 1 })
}

// TestHugeAndInvalidText: a 1 MB message is evaluated up to the limit
// with a note; invalid UTF-8 arrives replaced; neither stops the adapter.
func TestHugeAndInvalidText(t *testing.T) {
	e := start(t, groupID, telegram.Options{})
	big := "zorblax " + strings.Repeat("blah ", 200_000)
	e.api.push(map[string]any{"message": groupMessage(groupID, 30, 7, "Bob", big)})
	e.api.pushRaw(messageRaw(31, "zorblax \xff\xfe\xc3\x28 \\udc00"))
	waitFor(t, "two prompts", func() bool { return len(sentTo(e.api, modsID)) == 2 })
	for _, p := range sentTo(e.api, modsID) {
		if n := utf8.RuneCountInString(p.Params["text"]); n > 4096 {
			t.Errorf("prompt of %d characters, over Telegram's 4096", n)
		}
		checkHTML(t, p.Params["text"])
	}
	c1, _ := e.store.GetCase(context.Background(), 1)
	if !strings.Contains(strings.Join(c1.Verdict.Notes, ";"), fmt.Sprintf("evaluated up to byte %d", rules.DefaultMaxText)) {
		t.Errorf("1 MB message: notes %q, want a truncation note", c1.Verdict.Notes)
	}
	c2, _ := e.store.GetCase(context.Background(), 2)
	if !utf8.ValidString(c2.Text) || !strings.Contains(c2.Text, "\uFFFD") {
		t.Errorf("invalid UTF-8 stored as %q", c2.Text)
	}
}

// TestCallbacksAndCommandsRefused: every button by a member, crafted
// callback data, and the admin commands by a moderator are refused and
// change nothing.
func TestCallbacksAndCommandsRefused(t *testing.T) {
	e := start(t, groupID, telegram.Options{})
	e.api.push(map[string]any{"message": groupMessage(groupID, 11, 7, "Bob", "you zorblax")})
	waitFor(t, "prompt", func() bool { return len(sentTo(e.api, modsID)) == 1 })
	c1, err := e.store.GetCase(context.Background(), 1)
	if err != nil {
		t.Fatal(err)
	}
	ref := bot.RefOf(c1)
	datas := []string{
		bot.EncodeAction(ref, bot.ActClaim, ""), bot.EncodeAction(ref, bot.ActTemplate, "1"), bot.EncodeAction(ref, bot.ActDismiss, ""),
		bot.EncodeAction(ref, bot.ActEscalate, ""), bot.EncodeAction(ref, bot.ActDelete, ""), bot.EncodeAction(ref, bot.ActNote, "crafted note"),
		bot.EncodeAction(ref, bot.ActClose, ""), bot.EncodeAction(ref, bot.ActDismiss, "crafted reason"),
	}
	for i, d := range datas {
		e.api.push(callback(fmt.Sprint("m", i), 99, d, "1001"))
	}
	// Crafted data a member's client could send: not trygbot's.
	crafted := []string{"", "tb1", "tb1:1:q", "tb1:0:c", "tb1:1:t:99", strings.Repeat("x", 300), "tb1:1:c\x00", "tb1:-1:c"}
	for i, d := range crafted {
		e.api.push(callback(fmt.Sprint("x", i), modID, d, "1001"))
	}
	waitFor(t, "answers", func() bool { return len(e.api.Calls("answerCallbackQuery")) == len(datas)+len(crafted) })
	for _, a := range e.api.Calls("answerCallbackQuery") {
		p := a.Params
		switch {
		case strings.HasPrefix(p["callback_query_id"], "m"):
			if p["show_alert"] != "true" || !strings.Contains(p["text"], "Only this community's moderators") {
				t.Errorf("member's press %s answered %+v", p["callback_query_id"], p)
			}
		default:
			if p["show_alert"] != "true" || !strings.Contains(p["text"], "not from trygbot") {
				t.Errorf("crafted press %s answered %+v", p["callback_query_id"], p)
			}
		}
	}
	// Commands: a member is refused check and case; a moderator is
	// refused reload and summary.
	for i, c := range []struct {
		from int
		cmd  string
	}{{99, "/check zorblax"}, {99, "/case 1"}, {99, "/reload"}, {99, "/summary"}, {modID, "/reload"}, {modID, "/summary"}} {
		m := groupMessage(modsID, 40+i, c.from, "X", c.cmd)
		m["entities"] = []map[string]any{{"type": "bot_command", "offset": 0, "length": len(strings.Fields(c.cmd)[0])}}
		e.api.push(map[string]any{"message": m})
	}
	waitFor(t, "command answers", func() bool { return len(sentTo(e.api, modsID)) == 1+6 })
	for _, s := range sentTo(e.api, modsID)[1:] {
		if !strings.Contains(s.Params["text"], "Only this community's moderators") {
			t.Errorf("command answered %q, want a refusal", s.Params["text"])
		}
	}
	time.Sleep(100 * time.Millisecond)
	c, _ := e.store.GetCase(context.Background(), 1)
	if c.State != storage.StateOpen || c.Owner != "" || len(c.Notes) != 0 {
		t.Errorf("case %s owner %q notes %v after refused presses", c.State, c.Owner, c.Notes)
	}
	if n := len(sentTo(e.api, groupID)) + len(e.api.Calls("deleteMessage")) + len(e.api.Calls("editMessageText")); n != 0 {
		t.Errorf("%d replies, deletions or edits after refused presses", n)
	}
}

// TestCaseCommandsOnlyInModeratorsChats: /case, /check and /summary
// typed in the community's group are not answered there with the case
// (its text and notes would reach the members): the bot says where to
// ask. In the moderators' chat and in a private chat with the bot, a
// moderator gets the case; a member asking privately is refused. Logs
// name a private chat "private", never by its id (the user's).
func TestCaseCommandsOnlyInModeratorsChats(t *testing.T) {
	e := start(t, groupID, telegram.Options{})
	e.api.push(map[string]any{"message": groupMessage(groupID, 11, 7, "Bob", "you zorblax")})
	waitFor(t, "prompt", func() bool { return len(sentTo(e.api, modsID)) == 1 })
	command := func(m map[string]any) {
		m["entities"] = []map[string]any{{"type": "bot_command", "offset": 0, "length": len(strings.Fields(m["text"].(string))[0])}}
		e.api.push(map[string]any{"message": m})
	}
	private := func(id, from int, text string) map[string]any {
		return map[string]any{"message_id": id, "date": time.Now().Unix(), "text": text,
			"chat": map[string]any{"id": from, "type": "private", "first_name": "X"},
			"from": map[string]any{"id": from, "is_bot": false, "first_name": "X"}}
	}
	for i, cmd := range []string{"/case 1", "/check you zorblax", "/summary"} {
		command(groupMessage(groupID, 20+i, modID, "Mo", cmd))
	}
	waitFor(t, "answers in the group", func() bool { return len(sentTo(e.api, groupID)) == 3 })
	for _, s := range sentTo(e.api, groupID) {
		text := s.Params["text"]
		if !strings.Contains(text, "only in the moderators' or coordinators' chat, or in a private chat with the bot") ||
			strings.Contains(text, "zorblax") || strings.Contains(text, "Case 1") {
			t.Errorf("answered in the group: %q", text)
		}
	}
	command(groupMessage(modsID, 30, modID, "Mo", "/case 1"))
	waitFor(t, "the case in the moderators' chat", func() bool { return len(sentTo(e.api, modsID)) == 2 })
	if text := sentTo(e.api, modsID)[1].Params["text"]; !strings.Contains(text, "Case 1") {
		t.Errorf("moderators' chat: %q", text)
	}
	command(private(31, modID, "/case 1"))
	const member = 99
	command(private(32, member, "/case 1"))
	waitFor(t, "private answers", func() bool {
		return len(sentTo(e.api, fmt.Sprint(modID))) == 1 && len(sentTo(e.api, fmt.Sprint(member))) == 1
	})
	if text := sentTo(e.api, fmt.Sprint(modID))[0].Params["text"]; !strings.Contains(text, "Case 1") {
		t.Errorf("private chat of a moderator: %q", text)
	}
	if text := sentTo(e.api, fmt.Sprint(member))[0].Params["text"]; !strings.Contains(text, "Only this community's moderators") || strings.Contains(text, "zorblax") {
		t.Errorf("private chat of a member: %q", text)
	}
	for _, id := range []string{fmt.Sprint(modID), fmt.Sprint(member)} {
		if strings.Contains(e.logs.String(), "="+id+" ") || strings.Contains(e.logs.String(), "="+id+"\n") {
			t.Errorf("a user id (%s) is in the logs:\n%s", id, e.logs.String())
		}
	}
}

// TestReplyDefusesMassMentions: whatever a template says, a reply pings
// nobody: @all, @channel, @everyone, @admins and usernames get a word
// joiner, and the text is sent without a parse mode, so no HTML or
// Markdown link can mention anyone.
func TestReplyDefusesMassMentions(t *testing.T) {
	e := start(t, groupID, telegram.Options{})
	text := `@all @channel @everyone @here @admins @someuser <a href="tg://user?id=1">x</a> [x](tg://user?id=1)`
	if _, err := e.a.Reply(context.Background(), bot.Reply{ChatID: groupID, Channel: groupID, MessageID: "5", AuthorID: "7", Text: text}); err != nil {
		t.Fatal(err)
	}
	got := sentTo(e.api, groupID)[0].Params
	if got["parse_mode"] != "" || got["entities"] != "" {
		t.Errorf("reply sent with parse_mode %q entities %q", got["parse_mode"], got["entities"])
	}
	for _, m := range []string{"@all", "@channel", "@everyone", "@here", "@admins", "@someuser"} {
		if strings.Contains(got["text"], m) {
			t.Errorf("%s not defused: %q", m, got["text"])
		}
	}
	if !bytes.Contains([]byte(got["text"]), []byte("@\u2060all")) {
		t.Errorf("reply %q", got["text"])
	}
}
