package telegram_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"html"
	"io"
	"log/slog"
	"net/http"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/trygbot/trygbot/adapters/telegram"
	"github.com/trygbot/trygbot/bot"
	"github.com/trygbot/trygbot/rules"
	"github.com/trygbot/trygbot/storage"
	"github.com/trygbot/trygbot/storage/sqlite"
)

const (
	groupID = "-1001111"
	modsID  = "-1002222"
	modID   = 42 // a moderator's user id
)

type oneTemplate struct{}

func (oneTemplate) Suggest(string, rules.Category, string, int, uint64) []bot.Template {
	return []bot.Template{{ID: "t1", Tone: "calm"}}
}
func (oneTemplate) Render(_, id string, v bot.TemplateVars) (string, string, bool) {
	return "Hi " + v.Author + ", keep it friendly.", "calm", id == "t1"
}

// syncBuffer is a log sink safe for concurrent writes.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

type env struct {
	api    *fakeAPI
	a      *telegram.Adapter
	b      *bot.Bot
	store  storage.Store
	logs   *syncBuffer
	logger *slog.Logger
	group  string
}

// start runs a real bot with an SQLite store and the adapter against the
// fake Bot API; group is the community's chat id.
func start(t *testing.T, group string, opt telegram.Options) *env {
	t.Helper()
	return startLang(t, group, "en", opt)
}

// startLang is start with the community's language.
func startLang(t *testing.T, group, lang string, opt telegram.Options) *env {
	t.Helper()
	e := newEnv(t, group, lang)
	e.a, _ = e.run(t, context.Background(), opt, e.b)
	return e
}

// newEnv makes a real bot with an SQLite store and a fake Bot API, with
// no adapter yet; each of tune may change the bot's options first.
func newEnv(t *testing.T, group, lang string, tune ...func(*bot.Options)) *env {
	t.Helper()
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	p, err := rules.ParsePack("t.yaml", []byte("pack: t\nrules:\n  - {id: t.zorb, category: slur, rationale: test, terms: [zorblax]}\n"))
	if err != nil {
		t.Fatal(err)
	}
	eng, err := rules.Compile(p)
	if err != nil {
		t.Fatal(err)
	}
	logs := &syncBuffer{}
	logger := slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	opt := bot.Options{
		Communities: []bot.Community{{ID: "g", Name: "Group", Platform: telegram.Platform, ChatID: group, Lang: lang,
			ModeratorsChat: modsID, Moderators: []string{"user:42"}, AllowDelete: true}},
		Sleep: func(ctx context.Context, d time.Duration) error { return nil },
	}
	for _, f := range tune {
		f(&opt)
	}
	b, err := bot.New(logger, st, eng, oneTemplate{}, bot.NewPseudonymizer([]byte("0123456789abcdef0123456789abcdef")), opt)
	if err != nil {
		t.Fatal(err)
	}
	api := newFakeAPI(t)
	e := &env{api: api, b: b, store: st, logs: logs, logger: logger, group: group}
	// Cleanups run last first: this one after every adapter stopped.
	t.Cleanup(func() {
		st.Close()
		if t.Failed() {
			t.Logf("logs:\n%s\ncalls: %+v\ngetUpdates offsets: %v", logs.String(), api.Calls(""), api.offsets())
		}
		if strings.Contains(logs.String(), testToken) {
			t.Error("the token was logged")
		}
	})
	return e
}

// run starts an adapter against the fake Bot API that feeds in and
// carries out the bot's outbox, until ctx is done or stop is called.
// stop cancels it, waits for Run to return and returns Run's error; if
// the test does not call it, its cleanup does and fails on an error.
func (e *env) run(t *testing.T, ctx context.Context, opt telegram.Options, in bot.Inbox) (a *telegram.Adapter, stop func() error) {
	t.Helper()
	opt.APIURL = e.api.URL()
	opt.SkipGetMe = true
	opt.Communities = []telegram.Community{{ChatID: e.group, ModeratorsChat: modsID, Moderators: []string{"42"}}}
	a, err := telegram.New(e.logger, testToken, opt)
	if err != nil {
		t.Fatal(err)
	}
	e.b.AddOutbox(telegram.Platform, a)
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- a.Run(ctx, in) }()
	var once sync.Once
	var runErr error
	halt := func() error {
		once.Do(func() {
			cancel()
			select {
			case runErr = <-done:
			case <-time.After(20 * time.Second):
				runErr = errors.New("Run did not return after cancel")
			}
		})
		return runErr
	}
	var checked atomic.Bool
	t.Cleanup(func() {
		if err := halt(); err != nil && !checked.Load() {
			t.Errorf("Run: %v", err)
		}
	})
	return a, func() error { checked.Store(true); return halt() }
}

// waitFor polls cond for a few seconds.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second) // generous: CI runs packages in parallel under -race
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func sentTo(api *fakeAPI, chat string) []call {
	var out []call
	for _, c := range api.Calls("sendMessage") {
		if c.Params["chat_id"] == chat {
			out = append(out, c)
		}
	}
	return out
}

func groupMessage(chat string, id int, from int, name, text string) map[string]any {
	typ := "supergroup"
	if !strings.HasPrefix(chat, "-100") {
		typ = "group"
	}
	return map[string]any{"message_id": id, "date": time.Now().Unix(), "text": text,
		"chat": map[string]any{"id": json.Number(chat), "type": typ, "title": "Test group"},
		"from": map[string]any{"id": from, "is_bot": false, "first_name": name}}
}

func callback(id string, from int, data string, promptID string) map[string]any {
	return map[string]any{"callback_query": map[string]any{"id": id, "chat_instance": "ci", "data": data,
		"from": map[string]any{"id": from, "is_bot": false, "first_name": "Mo"},
		"message": map[string]any{"message_id": json.Number(promptID), "date": time.Now().Unix(),
			"chat": map[string]any{"id": json.Number(modsID), "type": "supergroup"}}}}
}

type button struct {
	Text         string `json:"text"`
	CallbackData string `json:"callback_data"`
}

func buttons(t *testing.T, c call) []button {
	t.Helper()
	var kb struct {
		InlineKeyboard [][]button `json:"inline_keyboard"`
	}
	if err := json.Unmarshal([]byte(c.Params["reply_markup"]), &kb); err != nil {
		t.Fatalf("reply_markup %q: %v", c.Params["reply_markup"], err)
	}
	var out []button
	for _, row := range kb.InlineKeyboard {
		if len(row) > 3 {
			t.Errorf("row of %d buttons", len(row))
		}
		out = append(out, row...)
	}
	return out
}

func dataFor(t *testing.T, bs []button, label string) string {
	t.Helper()
	for _, b := range bs {
		if b.Text == label {
			return b.CallbackData
		}
	}
	t.Fatalf("no button %q in %+v", label, bs)
	return ""
}

var tagRE = regexp.MustCompile(`^<(/?)(b|tg-spoiler|a)(?: href="[^"<>]*")?>`)
var entRE = regexp.MustCompile(`^&(lt|gt|amp|quot|#[0-9]+);`)

// checkHTML fails unless s is Telegram HTML made only of <b>, <tg-spoiler>
// and <a href> tags, balanced, with every & an entity; it returns the
// text as a reader sees it.
func checkHTML(t *testing.T, s string) string {
	t.Helper()
	var stack []string
	var text strings.Builder
	for i := 0; i < len(s); {
		switch s[i] {
		case '<':
			m := tagRE.FindStringSubmatch(s[i:])
			if m == nil {
				t.Fatalf("unexpected < at %d: %q", i, s[i:min(len(s), i+30)])
			}
			if m[1] == "/" {
				if len(stack) == 0 || stack[len(stack)-1] != m[2] {
					t.Fatalf("unbalanced </%s> at %d", m[2], i)
				}
				stack = stack[:len(stack)-1]
			} else {
				stack = append(stack, m[2])
			}
			i += len(m[0])
		case '&':
			m := entRE.FindString(s[i:])
			if m == "" {
				t.Fatalf("bare & at %d: %q", i, s[i:min(len(s), i+30)])
			}
			text.WriteString(html.UnescapeString(m))
			i += len(m)
		case '>':
			t.Fatalf("bare > at %d", i)
		default:
			text.WriteByte(s[i])
			i++
		}
	}
	if len(stack) > 0 {
		t.Fatalf("unclosed tags %v", stack)
	}
	return text.String()
}

// TestHatefulMessagePromptsModerators: a flagged group message becomes one
// HTML prompt in the moderators' chat with a spoiler and buttons.
func TestHatefulMessagePromptsModerators(t *testing.T) {
	e := start(t, groupID, telegram.Options{})
	e.api.push(map[string]any{"message": groupMessage(groupID, 10, 7, "Bob", "hello all")})
	e.api.push(map[string]any{"message": groupMessage(groupID, 11, 7, "Bob", "you zorblax")})
	waitFor(t, "prompt", func() bool { return len(sentTo(e.api, modsID)) > 0 })
	time.Sleep(100 * time.Millisecond)
	sent := sentTo(e.api, modsID)
	if len(sent) != 1 {
		t.Fatalf("prompts = %d, want 1", len(sent))
	}
	p := sent[0].Params
	if p["parse_mode"] != "HTML" {
		t.Errorf("parse_mode = %q", p["parse_mode"])
	}
	if !strings.Contains(p["text"], "you z••••••") || !strings.Contains(p["text"], "<b>Case 1") {
		t.Errorf("prompt text:\n%s", p["text"])
	}
	// the Why line names the term too («zorblax»): masked as well, and no
	// spoiler anywhere, which would open uncounted
	if strings.Contains(p["text"], "zorblax") || strings.Count(p["text"], "z••••••") < 2 || strings.Contains(p["text"], "spoiler") {
		t.Errorf("the slur shows, or is not masked in the Why line:\n%s", p["text"])
	}
	if !strings.Contains(p["text"], `<a href="https://t.me/c/1111/11">`) {
		t.Errorf("prompt lacks the message link:\n%s", p["text"])
	}
	checkHTML(t, p["text"])
	bs := buttons(t, sent[0])
	if len(bs) < 4 {
		t.Fatalf("buttons = %+v", bs)
	}
	for _, b := range bs {
		if n := len(b.CallbackData); n == 0 || n > 64 {
			t.Errorf("button %q has %d bytes of callback_data", b.Text, n)
		}
	}
	if got := e.api.Calls("setMyCommands"); len(got) < 2 {
		t.Errorf("setMyCommands calls = %d, want scoped registrations", len(got))
	} else if !strings.Contains(got[0].Params["scope"], `"default"`) || strings.Contains(got[0].Params["commands"], "check") {
		t.Errorf("default scope commands: %v", got[0].Params)
	}
}

// TestModeratorSendsTemplate: a moderator's button press is answered,
// the reply goes to the group as a reply, and the prompt is edited.
func TestModeratorSendsTemplate(t *testing.T) {
	e := start(t, groupID, telegram.Options{})
	e.api.push(map[string]any{"message": groupMessage(groupID, 11, 7, "Bob", "you zorblax")})
	waitFor(t, "prompt", func() bool { return len(sentTo(e.api, modsID)) == 1 })
	prompt := sentTo(e.api, modsID)[0]
	data := dataFor(t, buttons(t, prompt), "Send reply 1")
	e.api.push(callback("cb1", modID, data, "1001"))
	// The answer comes last: after the reply and the prompt's edit.
	waitFor(t, "reply", func() bool {
		return len(sentTo(e.api, groupID)) == 1 && len(e.api.Calls("editMessageText")) > 0 && len(e.api.Calls("answerCallbackQuery")) > 0
	})

	ans := e.api.Calls("answerCallbackQuery")
	if len(ans) != 1 || ans[0].Params["callback_query_id"] != "cb1" || ans[0].Params["text"] != "Reply sent." || ans[0].Params["show_alert"] != "" {
		t.Errorf("answers = %+v", ans)
	}
	r := sentTo(e.api, groupID)[0].Params
	if r["text"] != "Hi Bob, keep it friendly." || r["parse_mode"] != "" {
		t.Errorf("reply = %+v", r)
	}
	var rp struct {
		MessageID int  `json:"message_id"`
		Allow     bool `json:"allow_sending_without_reply"`
	}
	if err := json.Unmarshal([]byte(r["reply_parameters"]), &rp); err != nil || rp.MessageID != 11 || !rp.Allow {
		t.Errorf("reply_parameters = %q (%v)", r["reply_parameters"], err)
	}
	ed := e.api.Calls("editMessageText")
	last := ed[len(ed)-1].Params
	if last["chat_id"] != modsID || last["message_id"] != "1001" || !strings.Contains(last["text"], "Mo replied") {
		t.Errorf("edit = %+v", last)
	}
	checkHTML(t, last["text"])
	c, err := e.store.GetCase(context.Background(), 1)
	if err != nil || c.State != storage.StateResponded {
		t.Errorf("case = %+v, %v", c.State, err)
	}
}

// TestNonModeratorIsRefused: anyone else gets an alert and nothing changes.
func TestNonModeratorIsRefused(t *testing.T) {
	e := start(t, groupID, telegram.Options{})
	e.api.push(map[string]any{"message": groupMessage(groupID, 11, 7, "Bob", "you zorblax")})
	waitFor(t, "prompt", func() bool { return len(sentTo(e.api, modsID)) == 1 })
	data := dataFor(t, buttons(t, sentTo(e.api, modsID)[0]), "Send reply 1")
	e.api.push(callback("cb2", 99, data, "1001"))
	waitFor(t, "answer", func() bool { return len(e.api.Calls("answerCallbackQuery")) == 1 })
	time.Sleep(100 * time.Millisecond)
	ans := e.api.Calls("answerCallbackQuery")[0].Params
	if ans["show_alert"] != "true" || !strings.Contains(ans["text"], "Only this community's moderators") {
		t.Errorf("answer = %+v", ans)
	}
	if n := len(e.api.Calls("sendMessage")); n != 1 {
		t.Errorf("sendMessage calls = %d, want only the prompt", n)
	}
	if n := len(e.api.Calls("editMessageText")); n != 0 {
		t.Errorf("editMessageText calls = %d", n)
	}
	if c, _ := e.store.GetCase(context.Background(), 1); c.State != storage.StateOpen {
		t.Errorf("case state = %s", c.State)
	}
}

// TestPromptEscapesHTML: user text with markup cannot break the prompt.
func TestPromptEscapesHTML(t *testing.T) {
	e := start(t, groupID, telegram.Options{})
	e.api.push(map[string]any{"message": groupMessage(groupID, 11, 7, "<i>Bob</i> & co", `<b>bold</b> & </tg-spoiler> zorblax <a href="x">@admin</a>`)})
	waitFor(t, "prompt", func() bool { return len(sentTo(e.api, modsID)) == 1 })
	text := sentTo(e.api, modsID)[0].Params["text"]
	seen := checkHTML(t, text)
	for _, want := range []string{"<b>bold</b> & </tg-spoiler> z••••••", "<i>Bob</i> & co"} {
		if !strings.Contains(strings.ReplaceAll(seen, "\u2060", ""), want) {
			t.Errorf("reader would not see %q in:\n%s", want, seen)
		}
	}
	if strings.Contains(seen, "@admin") {
		t.Errorf("mention not defused:\n%s", seen)
	}
}

// TestEditedMessageFlagged: an edit that makes a message hateful is flagged.
func TestEditedMessageFlagged(t *testing.T) {
	e := start(t, groupID, telegram.Options{})
	e.api.push(map[string]any{"message": groupMessage(groupID, 11, 7, "Bob", "nice day")})
	edited := groupMessage(groupID, 11, 7, "Bob", "nice day, zorblax")
	edited["edit_date"] = time.Now().Unix()
	e.api.push(map[string]any{"edited_message": edited})
	waitFor(t, "prompt", func() bool { return len(sentTo(e.api, modsID)) == 1 })
	c, err := e.store.GetCase(context.Background(), 1)
	if err != nil || c.MessageID != "11" || !strings.Contains(strings.Join(c.Signals, ","), bot.SignalEdited) {
		t.Errorf("case = %+v, %v", c, err)
	}
}

// TestRateLimitRetried: a 429 with retry_after is retried and the prompt
// arrives once.
func TestRateLimitRetried(t *testing.T) {
	e := start(t, groupID, telegram.Options{})
	e.api.fail429Once("sendMessage", 1)
	e.api.push(map[string]any{"message": groupMessage(groupID, 11, 7, "Bob", "you zorblax")})
	waitFor(t, "retried prompt", func() bool { return len(sentTo(e.api, modsID)) == 2 })
	time.Sleep(100 * time.Millisecond)
	if n := len(sentTo(e.api, modsID)); n != 2 {
		t.Errorf("sendMessage attempts = %d, want 2 (429, then the prompt)", n)
	}
	if !strings.Contains(e.logs.String(), "retry after 1s") {
		t.Errorf("no rate limit retry logged:\n%s", e.logs.String())
	}
	waitFor(t, "the prompt stored on the case", func() bool {
		c, err := e.store.GetCase(context.Background(), 1)
		return err == nil && len(c.Prompts) == 1
	})
}

// TestChatMigration: a group upgraded to a supergroup is followed, both
// from the update stream and from a 400 with migrate_to_chat_id.
func TestChatMigration(t *testing.T) {
	const oldGroup, newGroup, newMods = "-5555", "-1005555", "-1009999"
	e := start(t, oldGroup, telegram.Options{})
	e.api.migrateChat(modsID, newMods)
	m := groupMessage(oldGroup, 3, 7, "Bob", "")
	delete(m, "text")
	m["migrate_to_chat_id"] = json.Number(newGroup)
	e.api.push(map[string]any{"message": m})
	e.api.push(map[string]any{"message": groupMessage(newGroup, 4, 7, "Bob", "you zorblax")})
	waitFor(t, "prompt in the new moderators' chat", func() bool { return len(sentTo(e.api, newMods)) == 1 })
	prompt := sentTo(e.api, newMods)[0]
	if !strings.Contains(prompt.Params["text"], "https://t.me/c/5555/4") {
		t.Errorf("prompt link:\n%s", prompt.Params["text"])
	}
	// The bot stores where the prompt went just after sending it.
	waitFor(t, "the prompt stored on the case", func() bool {
		c, err := e.store.GetCase(context.Background(), 1)
		return err == nil && len(c.Prompts) == 1
	})
	c, err := e.store.GetCase(context.Background(), 1)
	if err != nil || len(c.Prompts) != 1 || c.Prompts[0].ChatID != newMods {
		t.Fatalf("case prompts = %+v, %v", c.Prompts, err)
	}
	data := dataFor(t, buttons(t, prompt), "Send reply 1")
	e.api.push(callback("cb3", modID, data, "1002"))
	waitFor(t, "reply in the new group", func() bool { return len(sentTo(e.api, newGroup)) == 1 })
	if n := len(sentTo(e.api, oldGroup)); n != 0 {
		t.Errorf("%d messages sent to the old group id", n)
	}
	if !strings.Contains(e.logs.String(), "upgraded to a supergroup") {
		t.Error("migration not logged")
	}
}

// TestWebhookSecret: webhook mode refuses a wrong or missing secret token
// with 401 and handles updates with the right one.
func TestWebhookSecret(t *testing.T) {
	e := start(t, groupID, telegram.Options{Mode: telegram.ModeWebhook, WebhookSecret: "s3cret"})
	h := e.a.Handler()
	body, _ := json.Marshal(map[string]any{"update_id": 1, "message": groupMessage(groupID, 11, 7, "Bob", "you zorblax")})
	post := func(secret string) int {
		r, _ := http.NewRequest(http.MethodPost, "/telegram", bytes.NewReader(body))
		if secret != "" {
			r.Header.Set("X-Telegram-Bot-Api-Secret-Token", secret)
		}
		w := newRecorder()
		h.ServeHTTP(w, r)
		return w.code
	}
	for _, s := range []string{"", "wrong"} {
		if code := post(s); code != http.StatusUnauthorized {
			t.Errorf("secret %q: status %d, want 401", s, code)
		}
	}
	waitFor(t, "webhook ready", func() bool { return post("s3cret") == http.StatusOK })
	if n := len(sentTo(e.api, modsID)); n != 1 {
		t.Errorf("prompts = %d, want 1 (only the update with the right secret)", n)
	}
	if n := len(e.api.Calls("getUpdates")); n != 0 {
		t.Errorf("getUpdates called %d times in webhook mode", n)
	}
}

// TestReportCommand: /report as a reply opens a user-reported case.
func TestReportCommand(t *testing.T) {
	e := start(t, groupID, telegram.Options{})
	target := groupMessage(groupID, 20, 7, "Bob", "I disagree with you")
	e.api.push(map[string]any{"message": target})
	report := groupMessage(groupID, 21, 8, "Carl", "/report")
	report["entities"] = []map[string]any{{"type": "bot_command", "offset": 0, "length": 7}}
	report["reply_to_message"] = target
	e.api.push(map[string]any{"message": report})
	waitFor(t, "prompt", func() bool { return len(sentTo(e.api, modsID)) == 1 })
	c, err := e.store.GetCase(context.Background(), 1)
	if err != nil || !c.UserReported || c.MessageID != "20" || c.AuthorName != "Bob" {
		t.Errorf("case = %+v, %v", c, err)
	}
	if !strings.Contains(sentTo(e.api, modsID)[0].Params["text"], "reported by a member") {
		t.Errorf("prompt:\n%s", sentTo(e.api, modsID)[0].Params["text"])
	}
}

// TestCheckCommand: a moderator's /check is answered in the chat.
func TestCheckCommand(t *testing.T) {
	e := start(t, groupID, telegram.Options{})
	m := groupMessage(modsID, 30, modID, "Mo", "/check@trygbot you zorblax")
	m["entities"] = []map[string]any{{"type": "bot_command", "offset": 0, "length": 14}}
	e.api.push(map[string]any{"message": m})
	waitFor(t, "answer", func() bool { return len(sentTo(e.api, modsID)) == 1 })
	r := sentTo(e.api, modsID)[0].Params
	if !strings.Contains(r["text"], "t.zorb") || r["parse_mode"] != "" {
		t.Errorf("answer = %+v", r)
	}
}

// TestUpdatePromptNotModified: Telegram's "message is not modified" is
// success, other errors are not.
func TestUpdatePromptNotModified(t *testing.T) {
	e := start(t, groupID, telegram.Options{})
	ctx := context.Background()
	ref := storage.PromptRef{Platform: telegram.Platform, ChatID: modsID, MessageID: "5"}
	e.api.failOnce("editMessageText", 400, "Bad Request: message is not modified: specified new message content and reply markup are exactly the same")
	if err := e.a.UpdatePrompt(ctx, ref, bot.Prompt{Title: "Case 1"}); err != nil {
		t.Errorf("not modified: %v", err)
	}
	e.api.failOnce("editMessageText", 500, "Internal Server Error")
	if err := e.a.UpdatePrompt(ctx, ref, bot.Prompt{Title: "Case 1"}); err == nil {
		t.Error("a 500 was not returned")
	}
	e.api.fail429Once("editMessageText", 7)
	var rl *bot.RateLimitError
	if err := e.a.UpdatePrompt(ctx, ref, bot.Prompt{Title: "Case 1"}); !errors.As(err, &rl) || rl.RetryAfter != 7*time.Second {
		t.Errorf("429: %v", err)
	}
}

// TestRemovedFromGroup: the moderators are told when the bot is removed.
func TestRemovedFromGroup(t *testing.T) {
	e := start(t, groupID, telegram.Options{})
	e.api.push(map[string]any{"my_chat_member": map[string]any{"date": time.Now().Unix(),
		"chat":            map[string]any{"id": json.Number(groupID), "type": "supergroup", "title": "Test group"},
		"from":            map[string]any{"id": 7, "is_bot": false, "first_name": "Bob"},
		"old_chat_member": map[string]any{"status": "administrator", "user": map[string]any{"id": 123456, "is_bot": true, "first_name": "trygbot"}},
		"new_chat_member": map[string]any{"status": "kicked", "until_date": 0, "user": map[string]any{"id": 123456, "is_bot": true, "first_name": "trygbot"}}}})
	waitFor(t, "notice", func() bool { return len(sentTo(e.api, modsID)) == 1 })
	if text := sentTo(e.api, modsID)[0].Params["text"]; !strings.Contains(text, "removed from") {
		t.Errorf("notice = %q", text)
	}
}

type recorder struct {
	code int
	h    http.Header
}

func newRecorder() *recorder                    { return &recorder{code: http.StatusOK, h: http.Header{}} }
func (r *recorder) Header() http.Header         { return r.h }
func (r *recorder) Write(p []byte) (int, error) { return len(p), nil }
func (r *recorder) WriteHeader(code int)        { r.code = code }

var _ io.Writer = (*recorder)(nil)

// TestServerErrorsRetriedExactlyOnce: the Bot API answers 500 and 502 to
// the prompt and 502 twice to the reply; both are retried with backoff and
// each arrives exactly once.
func TestServerErrorsRetriedExactlyOnce(t *testing.T) {
	e := start(t, groupID, telegram.Options{})
	e.api.failOnce("sendMessage", 500, "Internal Server Error")
	e.api.failOnce("sendMessage", 502, "Bad Gateway")
	e.api.push(map[string]any{"message": groupMessage(groupID, 11, 7, "Bob", "you zorblax")})
	waitFor(t, "prompt after two server errors", func() bool { return len(sentTo(e.api, modsID)) == 3 })
	waitFor(t, "the prompt stored on the case", func() bool {
		c, err := e.store.GetCase(context.Background(), 1)
		return err == nil && len(c.Prompts) == 1 && c.Prompts[0].MessageID == "1001"
	})
	data := dataFor(t, buttons(t, sentTo(e.api, modsID)[2]), "Send reply 1")
	e.api.failOnce("sendMessage", 502, "Bad Gateway")
	e.api.failOnce("sendMessage", 502, "Bad Gateway")
	e.api.push(callback("cb1", modID, data, "1001"))
	waitFor(t, "reply after two 502s", func() bool {
		return len(sentTo(e.api, groupID)) == 3 && len(e.api.Calls("answerCallbackQuery")) > 0
	})
	time.Sleep(200 * time.Millisecond)
	if n, m := len(sentTo(e.api, modsID)), len(sentTo(e.api, groupID)); n != 3 || m != 3 {
		t.Errorf("sendMessage calls: %d to the moderators, %d to the group; want 3 each (2 errors, 1 delivered)", n, m)
	}
	if ans := e.api.Calls("answerCallbackQuery"); len(ans) != 1 || ans[0].Params["text"] != "Reply sent." {
		t.Errorf("answers = %+v", ans)
	}
}
