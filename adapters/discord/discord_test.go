package discord_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/trygbot/trygbot/adapters/discord"
	"github.com/trygbot/trygbot/bot"
	"github.com/trygbot/trygbot/rules"
	"github.com/trygbot/trygbot/storage"
	"github.com/trygbot/trygbot/storage/sqlite"
)

const modRole = "300000000000000001"

// everyoneTemplate is a de-escalation template whose text tries to ping
// everyone.
type everyoneTemplate struct{}

func (everyoneTemplate) Suggest(string, rules.Category, string, int, uint64) []bot.Template {
	return []bot.Template{{ID: "t1", Tone: "calm"}}
}
func (everyoneTemplate) Render(_, id string, v bot.TemplateVars) (string, string, bool) {
	return "Hi " + v.Author + ", @everyone <@&" + modRole + "> keep it friendly.", "calm", id == "t1"
}

type env struct {
	f    *fakeDiscord
	a    *discord.Adapter
	b    *bot.Bot
	st   storage.Store
	ctx  context.Context
	logs *logBuffer
}

// start runs a real bot (SQLite, a one-term rules pack) with the adapter
// against a fake Discord, and waits until the commands are registered.
func start(t *testing.T, prepare func(*fakeDiscord), opts ...func(*discord.Options)) *env {
	t.Helper()
	return startWith(t, setup{prepare: prepare, adapter: opts})
}

// setup is how startWith prepares the fake, the bot's options, the inbox
// the adapter feeds (the bot itself by default) and the adapter's
// options.
type setup struct {
	prepare func(*fakeDiscord)
	bot     func(*bot.Options)
	inbox   func(*bot.Bot) bot.Inbox
	adapter []func(*discord.Options)
}

// startWith is start as s says.
func startWith(t *testing.T, s setup) *env {
	t.Helper()
	prepare, opts := s.prepare, s.adapter
	f := newFakeDiscord(t)
	if prepare != nil {
		prepare(f)
	}
	ctx, cancel := context.WithCancel(context.Background())
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "d.db"))
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
	logs := &logBuffer{}
	logger := slog.New(slog.NewTextHandler(logs, nil))
	bo := bot.Options{
		Communities: []bot.Community{{ID: "c", Name: "Test", Platform: discord.Platform, ChatID: guildID, Lang: "en",
			ModeratorsChat: modsCh, Moderators: []string{"role:" + modRole}, AllowDelete: true}},
		Sleep: func(ctx context.Context, d time.Duration) error { return nil },
	}
	if s.bot != nil {
		s.bot(&bo)
	}
	b, err := bot.New(logger, st, eng, everyoneTemplate{}, bot.NewPseudonymizer([]byte("0123456789abcdef0123456789abcdef")), bo)
	if err != nil {
		t.Fatal(err)
	}
	opt := discord.Options{APIBaseURL: f.APIBase(), Guilds: []string{guildID}, AckAfter: 2 * time.Second,
		ModeratorChannels: map[string]string{guildID: modsCh}}
	for _, o := range opts {
		o(&opt)
	}
	a, err := discord.New(logger, "test-token", opt)
	if err != nil {
		t.Fatal(err)
	}
	b.AddOutbox(discord.Platform, a)
	var in bot.Inbox = b
	if s.inbox != nil {
		in = s.inbox(b)
	}
	done := make(chan error, 1)
	go func() { done <- a.Run(ctx, in) }()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("Run: %v", err)
			}
		case <-time.After(10 * time.Second):
			t.Error("Run did not return")
		}
		st.Close()
	})
	waitFor(t, "commands registered", func() bool { return len(f.requests("PUT /applications/")) == 1 })
	return &env{f: f, a: a, b: b, st: st, ctx: ctx, logs: logs}
}

func messageJSON(id, channel, authorID, name, text string, edited bool) string {
	m := map[string]any{"id": id, "channel_id": channel, "guild_id": guildID, "content": text, "type": 0,
		"timestamp": "2026-11-23T10:00:00.000000+00:00", "tts": false, "mention_everyone": false,
		"author": map[string]any{"id": authorID, "username": strings.ToLower(name), "global_name": name, "discriminator": "0"},
		"member": map[string]any{"nick": name + " (nick)", "roles": []string{"300000000000000099"}, "joined_at": "2025-01-01T00:00:00+00:00"}}
	if edited {
		m["edited_timestamp"] = "2026-11-23T10:01:00.000000+00:00"
	}
	data, _ := json.Marshal(m)
	return string(data)
}

func buttonJSON(id, customID, userID string, roles []string, promptID string) string {
	data, _ := json.Marshal(map[string]any{"id": id, "application_id": botID, "type": 3, "token": "tok-" + id, "version": 1,
		"guild_id": guildID, "channel_id": modsCh, "app_permissions": "2147483648",
		"member": map[string]any{"user": map[string]any{"id": userID, "username": "anna", "global_name": "Anna"},
			"roles": roles, "permissions": "1024", "joined_at": "2025-01-01T00:00:00+00:00"},
		"message": map[string]any{"id": promptID, "channel_id": modsCh, "content": "", "timestamp": "2026-11-23T10:00:00+00:00",
			"author": map[string]any{"id": botID, "username": "trygbot", "bot": true}, "type": 0},
		"data": map[string]any{"custom_id": customID, "component_type": 2}})
	return string(data)
}

// sent is a message body as the adapter sends it.
type sent struct {
	Content string `json:"content"`
	Embeds  []struct {
		Title       string `json:"title"`
		Description string `json:"description"`
		Color       int    `json:"color"`
		Fields      []struct {
			Name, Value string
		} `json:"fields"`
	} `json:"embeds"`
	Components []struct {
		Type       int `json:"type"`
		Components []struct {
			Type     int    `json:"type"`
			Label    string `json:"label"`
			CustomID string `json:"custom_id"`
		} `json:"components"`
	} `json:"components"`
	AllowedMentions  json.RawMessage `json:"allowed_mentions"`
	MessageReference *struct {
		MessageID string `json:"message_id"`
	} `json:"message_reference"`
	Flags int `json:"flags"`
	Type  int `json:"type"`
	Data  *struct {
		Content string `json:"content"`
		Flags   int    `json:"flags"`
	} `json:"data"`
}

func decode(t *testing.T, r request) sent {
	t.Helper()
	var s sent
	if err := json.Unmarshal(r.Body, &s); err != nil {
		t.Fatalf("%s %s: %v: %s", r.Method, r.Path, err, r.Body)
	}
	return s
}

func promptsPath() string { return "POST /channels/" + modsCh + "/messages" }

// prompt waits for the n-th prompt and returns its body.
func (e *env) prompt(t *testing.T, n int) sent {
	t.Helper()
	waitFor(t, fmt.Sprintf("%d prompt(s)", n), func() bool { return len(e.f.requests(promptsPath())) >= n })
	return decode(t, e.f.requests(promptsPath())[n-1])
}

// settle gives stray requests time to arrive before counting.
func settle() { time.Sleep(300 * time.Millisecond) }

func customID(t *testing.T, s sent, prefix string) string {
	t.Helper()
	for _, row := range s.Components {
		for _, b := range row.Components {
			if strings.HasPrefix(b.Label, prefix) {
				return b.CustomID
			}
		}
	}
	t.Fatalf("no button %q in %+v", prefix, s.Components)
	return ""
}

func TestConnectIdentifyReady(t *testing.T) {
	t.Parallel()
	e := start(t, nil)
	if id, res := e.f.counts(); id != 1 || res != 0 {
		t.Errorf("identify %d, resume %d; want 1, 0", id, res)
	}
	put := e.f.requests("PUT /applications/")[0]
	if want := "/applications/" + botID + "/guilds/" + guildID + "/commands"; put.Path != want {
		t.Errorf("commands path %s, want %s", put.Path, want)
	}
	var cmds []struct {
		Name    string `json:"name"`
		Type    int    `json:"type"`
		Options []struct {
			Name string `json:"name"`
		} `json:"options"`
	}
	if err := json.Unmarshal(put.Body, &cmds); err != nil {
		t.Fatal(err)
	}
	if len(cmds) != 2 || cmds[0].Name != "trygbot" || cmds[0].Type != 1 || len(cmds[0].Options) != 5 || cmds[0].Options[4].Name != "duty" ||
		cmds[1].Name != "Report to moderators" || cmds[1].Type != 3 {
		t.Errorf("commands = %s", put.Body)
	}
}

func TestHatefulMessagePrompted(t *testing.T) {
	t.Parallel()
	e := start(t, nil)
	e.f.dispatch("MESSAGE_CREATE", messageJSON("600000000000000001", genCh, "400000000000000001", "Anna", "hello *there*", false))
	e.f.dispatch("MESSAGE_CREATE", messageJSON("600000000000000002", genCh, "400000000000000002", "Bob", "you are a zorblax_", false))
	// the bot's own echo and other bots are ignored
	e.f.dispatch("MESSAGE_CREATE", strings.Replace(messageJSON("600000000000000003", genCh, botID, "trygbot", "zorblax", false), `"author":{`, `"author":{"bot":true,`, 1))
	p := e.prompt(t, 1)
	settle()
	if n := len(e.f.requests(promptsPath())); n != 1 {
		t.Fatalf("%d prompts, want 1", n)
	}
	if string(p.AllowedMentions) != `{"parse":[],"replied_user":false}` || p.Content != "" {
		t.Errorf("content %q, allowed_mentions %s", p.Content, p.AllowedMentions)
	}
	if len(p.Embeds) != 1 {
		t.Fatalf("embeds = %d", len(p.Embeds))
	}
	em := p.Embeds[0]
	for _, want := range []string{"a z••••••", `\_`, "https://discord.com/channels/" + guildID + "/" + genCh + "/600000000000000002", "keep it friendly"} {
		if !strings.Contains(em.Description, want) {
			t.Errorf("description lacks %q:\n%s", want, em.Description)
		}
	}
	// the Why line names the term too («zorblax»): masked as well, and no
	// ||spoiler|| anywhere, which would open uncounted
	if strings.Contains(em.Description, "zorblax") || strings.Count(em.Description, "z••••••") < 2 || strings.Contains(em.Description, "||") {
		t.Errorf("the slur shows, or is not masked in the Why line:\n%s", em.Description)
	}
	fields := map[string]string{}
	for _, f := range em.Fields {
		fields[f.Name] = f.Value
	}
	if fields["Channel"] != `\#general` || fields["Author"] != "Bob (nick)" || fields["Community"] != "Test" {
		t.Errorf("fields = %v", fields)
	}
	if !strings.Contains(em.Title, "Case 1") || em.Color == 0 {
		t.Errorf("title %q colour %x", em.Title, em.Color)
	}
	n := 0
	for _, row := range p.Components {
		if row.Type != 1 || len(row.Components) > 5 {
			t.Errorf("row %+v", row)
		}
		for _, b := range row.Components {
			if b.Type != 2 || !strings.HasPrefix(b.CustomID, "tb2:1:") || b.Label == "" {
				t.Errorf("button %+v", b)
			}
			n++
		}
	}
	if n < 4 {
		t.Errorf("%d buttons", n)
	}
}

func TestModeratorSendsTemplate(t *testing.T) {
	t.Parallel()
	e := start(t, nil)
	e.f.dispatch("MESSAGE_CREATE", messageJSON("600000000000000002", genCh, "400000000000000002", "Bob", "you zorblax", false))
	p := e.prompt(t, 1)
	promptID := e.f.requests(promptsPath())[0].ID
	e.f.dispatch("INTERACTION_CREATE", buttonJSON("800000000000000001", customID(t, p, "Send reply 1"), "400000000000000009", []string{modRole}, promptID))

	replies := "POST /channels/" + genCh + "/messages"
	waitFor(t, "reply", func() bool { return len(e.f.requests(replies)) == 1 })
	r := decode(t, e.f.requests(replies)[0])
	if r.MessageReference == nil || r.MessageReference.MessageID != "600000000000000002" {
		t.Errorf("message_reference = %+v", r.MessageReference)
	}
	if string(r.AllowedMentions) != `{"parse":[],"replied_user":true}` {
		t.Errorf("allowed_mentions = %s", r.AllowedMentions)
	}
	if !strings.Contains(r.Content, "@everyone") {
		t.Errorf("reply %q: the template text is sent as is; allowed_mentions keeps it from pinging", r.Content)
	}
	waitFor(t, "prompt edited", func() bool {
		return len(e.f.requests("PATCH /channels/"+modsCh+"/messages/"+promptID)) >= 1
	})
	waitFor(t, "interaction answered", func() bool {
		return len(e.f.requests("POST /interactions/800000000000000001/tok-800000000000000001/callback")) == 1
	})
	cb := decode(t, e.f.requests("POST /interactions/")[0])
	if cb.Type != 6 {
		t.Errorf("callback type %d, want 6 (deferred update)", cb.Type)
	}
	waitFor(t, "feedback", func() bool { return len(e.f.requests("POST /webhooks/"+botID+"/tok-800000000000000001")) == 1 })
	fu := decode(t, e.f.requests("POST /webhooks/")[0])
	if fu.Flags != 64 || fu.Content == "" || string(fu.AllowedMentions) != `{"parse":[],"replied_user":false}` {
		t.Errorf("followup = %+v", fu)
	}
	c, err := e.st.GetCase(context.Background(), 1)
	if err != nil || c.State != storage.StateResponded || c.Owner != "400000000000000009" {
		t.Errorf("case = %v %s %q", err, c.State, c.Owner)
	}
	settle()
	if n := len(e.f.requests(replies)); n != 1 {
		t.Errorf("%d replies", n)
	}
}

func TestNonModeratorRefused(t *testing.T) {
	t.Parallel()
	e := start(t, nil)
	e.f.dispatch("MESSAGE_CREATE", messageJSON("600000000000000002", genCh, "400000000000000002", "Bob", "you zorblax", false))
	p := e.prompt(t, 1)
	e.f.dispatch("INTERACTION_CREATE", buttonJSON("800000000000000002", customID(t, p, "Send reply 1"), "400000000000000666", []string{"300000000000000099"}, "700000000000000501"))
	waitFor(t, "interaction answered", func() bool { return len(e.f.requests("POST /interactions/")) == 1 })
	cb := decode(t, e.f.requests("POST /interactions/")[0])
	if cb.Type != 4 || cb.Data == nil || cb.Data.Flags != 64 || !strings.Contains(cb.Data.Content, "Only this community's moderators") {
		t.Errorf("callback = %s", e.f.requests("POST /interactions/")[0].Body)
	}
	settle()
	if n := len(e.f.requests("POST /channels/" + genCh + "/messages")); n != 0 {
		t.Errorf("%d replies, want none", n)
	}
	if n := len(e.f.requests("PATCH /channels/")); n != 0 {
		t.Errorf("%d prompt edits, want none", n)
	}
	if c, _ := e.st.GetCase(context.Background(), 1); c.State != storage.StateOpen {
		t.Errorf("case %s, want open", c.State)
	}
}

func TestEditBecomesHateful(t *testing.T) {
	t.Parallel()
	e := start(t, nil)
	e.f.dispatch("MESSAGE_CREATE", messageJSON("600000000000000004", genCh, "400000000000000004", "Cy", "nice weather", false))
	// an embed unfurling (no edited_timestamp) is not an edit
	e.f.dispatch("MESSAGE_UPDATE", messageJSON("600000000000000004", genCh, "400000000000000004", "Cy", "nice weather", false))
	e.f.dispatch("MESSAGE_UPDATE", messageJSON("600000000000000004", genCh, "400000000000000004", "Cy", "nice weather, zorblax", true))
	e.prompt(t, 1)
	settle()
	if n := len(e.f.requests(promptsPath())); n != 1 {
		t.Fatalf("%d prompts, want 1", n)
	}
	c, err := e.st.GetCase(context.Background(), 1)
	if err != nil || c.MessageID != "600000000000000004" {
		t.Fatalf("case: %v %+v", err, c)
	}
}

func TestRateLimitedPromptRetried(t *testing.T) {
	t.Parallel()
	e := start(t, func(f *fakeDiscord) { f.limited["POST /channels/"+modsCh+"/messages"] = 1 })
	e.f.dispatch("MESSAGE_CREATE", messageJSON("600000000000000002", genCh, "400000000000000002", "Bob", "you zorblax", false))
	e.prompt(t, 2) // the 429, then the retry
	settle()
	if n := len(e.f.requests(promptsPath())); n != 2 {
		t.Fatalf("%d prompt requests, want 2 (one 429, one sent)", n)
	}
	waitFor(t, "prompt recorded", func() bool {
		c, err := e.st.GetCase(context.Background(), 1)
		return err == nil && len(c.Prompts) == 1
	})
}

func TestReconnectResumesWithoutLossOrDuplicates(t *testing.T) {
	t.Parallel()
	e := start(t, nil)
	e.f.dispatch("MESSAGE_CREATE", messageJSON("600000000000000010", genCh, "400000000000000010", "Dee", "zorblax one", false))
	e.prompt(t, 1)
	e.f.drop()
	// sent while the bot is disconnected: delivered when it resumes
	e.f.dispatch("MESSAGE_CREATE", messageJSON("600000000000000011", genCh, "400000000000000011", "Eve", "zorblax two", false))
	waitFor(t, "resume", func() bool { _, r := e.f.counts(); return r == 1 })
	e.prompt(t, 2)
	// a message delivered twice is handled once
	e.f.dispatch("MESSAGE_CREATE", messageJSON("600000000000000011", genCh, "400000000000000011", "Eve", "zorblax two", false))
	e.f.dispatch("MESSAGE_CREATE", messageJSON("600000000000000012", genCh, "400000000000000012", "Fay", "zorblax three", false))
	e.prompt(t, 3)
	settle()
	if n := len(e.f.requests(promptsPath())); n != 3 {
		t.Errorf("%d prompts, want 3", n)
	}
	if id, _ := e.f.counts(); id != 1 {
		t.Errorf("identified %d times; a dropped connection should resume", id)
	}
	cs, err := e.st.ListCases(context.Background(), storage.CaseQuery{})
	if err != nil || len(cs) != 3 {
		t.Errorf("cases = %d, %v", len(cs), err)
	}
}

func TestReportContextMenu(t *testing.T) {
	t.Parallel()
	e := start(t, nil)
	target := json.RawMessage(messageJSON("600000000000000020", genCh, "400000000000000020", "Gus", "a perfectly polite message", false))
	data, _ := json.Marshal(map[string]any{"id": "800000000000000020", "application_id": botID, "type": 2, "token": "tok-r", "version": 1,
		"guild_id": guildID, "channel_id": genCh, "app_permissions": "2147483648",
		"member": map[string]any{"user": map[string]any{"id": "400000000000000021", "username": "hal"}, "roles": []string{}, "permissions": "1024",
			"joined_at": "2025-01-01T00:00:00+00:00"},
		"data": map[string]any{"id": "990000000000000001", "name": "Report to moderators", "type": 3, "target_id": "600000000000000020",
			"resolved": map[string]any{"messages": map[string]any{"600000000000000020": target}}}})
	e.f.dispatch("INTERACTION_CREATE", string(data))
	p := e.prompt(t, 1)
	if !strings.Contains(p.Embeds[0].Description, "a perfectly polite message") {
		t.Errorf("prompt = %s", p.Embeds[0].Description)
	}
	waitFor(t, "answer", func() bool { return len(e.f.requests("PATCH /webhooks/"+botID+"/tok-r/messages/@original")) == 1 })
	if cb := decode(t, e.f.requests("POST /interactions/")[0]); cb.Type != 5 || cb.Data == nil || cb.Data.Flags != 64 {
		t.Errorf("callback = %+v", cb)
	}
	if s := decode(t, e.f.requests("PATCH /webhooks/")[0]); s.Content != discord.ReportThanks {
		t.Errorf("answer = %q", s.Content)
	}
	c, err := e.st.GetCase(context.Background(), 1)
	if err != nil || !c.UserReported || c.MessageID != "600000000000000020" {
		t.Errorf("case = %v %+v", err, c)
	}
}

// TestPromptMentionsOnlyItsUsers: a prompt pings the volunteers on duty
// it names, by user id, and allowed_mentions lists exactly them: no
// role, no @everyone, whatever the text says, and an id that is not a
// number (markup) is dropped.
func TestPromptMentionsOnlyItsUsers(t *testing.T) {
	t.Parallel()
	e := start(t, nil)
	_, err := e.a.Prompt(context.Background(), bot.Prompt{ChatID: modsCh, Title: "Case 9",
		Mentions: []bot.Mention{{UserID: "111", Name: "Anna"}, {UserID: "&" + modRole, Name: "a role"}, {UserID: "222", Name: "Bo"}, {UserID: "111"}},
		Message:  []bot.Segment{{Text: "@everyone "}, {Text: "zorblax", Sensitive: true}}})
	if err != nil {
		t.Fatal(err)
	}
	p := decode(t, e.f.requests(promptsPath())[0])
	if p.Content != "<@111> <@222>" || string(p.AllowedMentions) != `{"parse":[],"users":["111","222"],"replied_user":false}` {
		t.Errorf("content %q allowed_mentions %s", p.Content, p.AllowedMentions)
	}
	if !strings.Contains(p.Embeds[0].Description, `\@everyone z••••••`) {
		t.Errorf("description %q", p.Embeds[0].Description)
	}
}

func TestForbiddenNamesPermission(t *testing.T) {
	t.Parallel()
	e := start(t, func(f *fakeDiscord) {
		f.forbidden["POST /channels/"+modsCh+"/messages"] = true
		f.forbidden["DELETE /channels/"+genCh+"/messages/600000000000000001"] = true
	})
	_, err := e.a.Prompt(context.Background(), bot.Prompt{ChatID: modsCh, Title: "Case 9"})
	if err == nil || !strings.Contains(err.Error(), "Embed Links") {
		t.Errorf("prompt error = %v", err)
	}
	err = e.a.DeleteMessage(context.Background(), guildID, genCh, "600000000000000001")
	if err == nil || !strings.Contains(err.Error(), "Manage Messages") {
		t.Errorf("delete error = %v", err)
	}
	var rl *bot.RateLimitError
	if errors.As(err, &rl) {
		t.Error("403 is not a rate limit")
	}
}

func TestNewRefusesEmptyToken(t *testing.T) {
	if _, err := discord.New(slog.New(slog.NewTextHandler(io.Discard, nil)), " ", discord.Options{}); err == nil {
		t.Error("no error for an empty token")
	}
}

func TestSlashCommandCheck(t *testing.T) {
	t.Parallel()
	e := start(t, nil)
	cmd := func(id string, roles []string) {
		data, _ := json.Marshal(map[string]any{"id": id, "application_id": botID, "type": 2, "token": "tok-" + id, "version": 1,
			"guild_id": guildID, "channel_id": modsCh, "app_permissions": "2147483648",
			"member": map[string]any{"user": map[string]any{"id": "400000000000000030", "username": "ida"}, "roles": roles, "permissions": "1024",
				"joined_at": "2025-01-01T00:00:00+00:00"},
			"data": map[string]any{"id": "990000000000000002", "name": "trygbot", "type": 1,
				"options": []any{map[string]any{"name": "check", "type": 1, "options": []any{map[string]any{"name": "text", "type": 3, "value": "you zorblax"}}}}}})
		e.f.dispatch("INTERACTION_CREATE", string(data))
	}
	answer := func(id string) string {
		path := "PATCH /webhooks/" + botID + "/tok-" + id + "/messages/@original"
		waitFor(t, "answer "+id, func() bool { return len(e.f.requests(path)) == 1 })
		s := decode(t, e.f.requests(path)[0])
		if string(s.AllowedMentions) != `{"parse":[],"replied_user":false}` {
			t.Errorf("allowed_mentions %s", s.AllowedMentions)
		}
		return s.Content
	}
	cmd("800000000000000031", []string{modRole})
	if got := answer("800000000000000031"); !strings.Contains(got, "⚑") || !strings.Contains(got, "t.zorb") {
		t.Errorf("moderator's check = %q", got)
	}
	cmd("800000000000000032", nil)
	if got := answer("800000000000000032"); !strings.Contains(got, "Only this community's moderators") {
		t.Errorf("member's check = %q", got)
	}
	if cs, _ := e.st.ListCases(context.Background(), storage.CaseQuery{}); len(cs) != 0 {
		t.Errorf("check opened %d cases", len(cs))
	}
}

// pressJSON is a button press on a prompt that shows the pressed button
// with label, as Discord sends the message along.
func pressJSON(id, customID, userID string, roles []string, promptID, label string) string {
	var m map[string]any
	_ = json.Unmarshal([]byte(buttonJSON(id, customID, userID, roles, promptID)), &m)
	m["message"].(map[string]any)["components"] = []any{map[string]any{"type": 1, "components": []any{
		map[string]any{"type": 2, "style": 2, "label": label, "custom_id": customID}}}}
	data, _ := json.Marshal(m)
	return string(data)
}

// submitJSON is a modal submit with one text input holding value.
func submitJSON(id, customID, inputID, value, userID string, roles []string) string {
	data, _ := json.Marshal(map[string]any{"id": id, "application_id": botID, "type": 5, "token": "tok-" + id, "version": 1,
		"guild_id": guildID, "channel_id": modsCh, "app_permissions": "2147483648",
		"member": map[string]any{"user": map[string]any{"id": userID, "username": "anna", "global_name": "Anna"},
			"roles": roles, "permissions": "1024", "joined_at": "2025-01-01T00:00:00+00:00"},
		"data": map[string]any{"custom_id": customID, "components": []any{map[string]any{"type": 1, "components": []any{
			map[string]any{"type": 4, "custom_id": inputID, "value": value}}}}}})
	return string(data)
}

// modal is an interaction callback that opens a modal.
type modal struct {
	Type int `json:"type"`
	Data struct {
		CustomID   string `json:"custom_id"`
		Title      string `json:"title"`
		Components []struct {
			Type       int `json:"type"`
			Components []struct {
				Type      int    `json:"type"`
				CustomID  string `json:"custom_id"`
				Label     string `json:"label"`
				Style     int    `json:"style"`
				Required  *bool  `json:"required"`
				MaxLength int    `json:"max_length"`
			} `json:"components"`
		} `json:"components"`
	} `json:"data"`
}

// callback waits for the answer to interaction id and returns its body.
func (e *env) callback(t *testing.T, id string) request {
	t.Helper()
	path := "POST /interactions/" + id + "/tok-" + id + "/callback"
	waitFor(t, "answer to "+id, func() bool { return len(e.f.requests(path)) == 1 })
	return e.f.requests(path)[0]
}

// openModal presses the button and checks that the answer is a modal with
// one text input, both carrying action data within 100 characters.
func (e *env) openModal(t *testing.T, id, press string) modal {
	t.Helper()
	e.f.dispatch("INTERACTION_CREATE", press)
	r := e.callback(t, id)
	var m modal
	if err := json.Unmarshal(r.Body, &m); err != nil {
		t.Fatalf("%s: %v", r.Body, err)
	}
	if m.Type != 9 || len(m.Data.Components) != 1 || m.Data.Components[0].Type != 1 || len(m.Data.Components[0].Components) != 1 {
		t.Fatalf("want a modal with one text input, got %s", r.Body)
	}
	in := m.Data.Components[0].Components[0]
	if in.Type != 4 || in.Style != 2 || in.Required == nil || in.Label == "" {
		t.Errorf("text input = %+v", in)
	}
	for _, cid := range []string{m.Data.CustomID, in.CustomID} {
		if !strings.HasPrefix(cid, "tb2:") || len(cid) > 100 {
			t.Errorf("custom_id %q: want action data of at most 100 characters", cid)
		}
	}
	if m.Data.Title == "" || len([]rune(m.Data.Title)) > 45 {
		t.Errorf("title %q", m.Data.Title)
	}
	return m
}

// ephemeral decodes an immediate ephemeral answer and returns its text.
func ephemeral(t *testing.T, r request) string {
	t.Helper()
	cb := decode(t, r)
	if cb.Type != 4 || cb.Data == nil || cb.Data.Flags != 64 {
		t.Errorf("want an ephemeral message, got %s", r.Body)
		return ""
	}
	return cb.Data.Content
}

func TestNoteDialog(t *testing.T) {
	t.Parallel()
	e := start(t, nil)
	e.f.dispatch("MESSAGE_CREATE", messageJSON("600000000000000002", genCh, "400000000000000002", "Bob", "you zorblax", false))
	p := e.prompt(t, 1)
	promptID := e.f.requests(promptsPath())[0].ID
	noteID := customID(t, p, "Add note")

	m := e.openModal(t, "800000000000000041", buttonJSON("800000000000000041", noteID, "400000000000000009", []string{modRole}, promptID))
	in := m.Data.Components[0].Components[0]
	if m.Data.Title != "Add note" || !*in.Required || m.Data.CustomID != noteID {
		t.Errorf("modal = %+v", m)
	}
	// pressing only opens the dialog
	if c, _ := e.st.GetCase(context.Background(), 1); len(c.Notes) != 0 {
		t.Errorf("notes before the submit: %+v", c.Notes)
	}
	// button data padded to the 64-character maximum still gives a short dialog id
	c1, err := e.st.GetCase(context.Background(), 1)
	if err != nil {
		t.Fatal(err)
	}
	long := bot.EncodeAction(bot.RefOf(c1), bot.ActNote, strings.Repeat("x", 90))
	if m := e.openModal(t, "800000000000000042", buttonJSON("800000000000000042", long, "400000000000000009", []string{modRole}, promptID)); m.Data.CustomID != noteID {
		t.Errorf("custom_id %q for button data %q, want %q", m.Data.CustomID, long, noteID)
	}

	// a member who is not a moderator is refused and nothing changes
	e.f.dispatch("INTERACTION_CREATE", submitJSON("800000000000000043", m.Data.CustomID, in.CustomID, "I am in charge now", "400000000000000666", []string{"300000000000000099"}))
	if got := ephemeral(t, e.callback(t, "800000000000000043")); !strings.Contains(got, "Only this community's moderators") {
		t.Errorf("refusal = %q", got)
	}
	settle()
	if c, _ := e.st.GetCase(context.Background(), 1); len(c.Notes) != 0 || c.State != storage.StateOpen {
		t.Errorf("after a refused note: state %s, notes %+v", c.State, c.Notes)
	}
	if n := len(e.f.requests("PATCH /channels/")); n != 0 {
		t.Errorf("%d prompt edits after a refused note", n)
	}

	// a moderator's note is added with the typed text
	e.f.dispatch("INTERACTION_CREATE", submitJSON("800000000000000044", m.Data.CustomID, in.CustomID, "  Talked to Bob in a DM.  ", "400000000000000009", []string{modRole}))
	if got := ephemeral(t, e.callback(t, "800000000000000044")); got != "Note added." {
		t.Errorf("confirmation = %q", got)
	}
	c, err := e.st.GetCase(context.Background(), 1)
	if err != nil || len(c.Notes) != 1 || c.Notes[0].Text != "Talked to Bob in a DM." || c.Notes[0].Actor != "Anna" {
		t.Fatalf("case: %v notes %+v", err, c.Notes)
	}
	waitFor(t, "prompt edited with the note", func() bool {
		for _, r := range e.f.requests("PATCH /channels/" + modsCh + "/messages/" + promptID) {
			if strings.Contains(string(r.Body), "Talked to Bob in a DM.") {
				return true
			}
		}
		return false
	})
}

func TestNotHateDialog(t *testing.T) {
	t.Parallel()
	e := start(t, nil)
	e.f.dispatch("MESSAGE_CREATE", messageJSON("600000000000000002", genCh, "400000000000000002", "Bob", "you zorblax", false))
	p1 := e.prompt(t, 1)
	e.f.dispatch("MESSAGE_CREATE", messageJSON("600000000000000003", genCh, "400000000000000003", "Cy", "zorblax again", false))
	p2 := e.prompt(t, 2)
	promptID := e.f.requests(promptsPath())[0].ID

	// the dialog's title is the pressed button's label, in the prompt's language
	m := e.openModal(t, "800000000000000051", pressJSON("800000000000000051", customID(t, p1, "Not hate"), "400000000000000009", []string{modRole}, promptID, "Ikke had"))
	in := m.Data.Components[0].Components[0]
	if m.Data.Title != "Ikke had" || *in.Required {
		t.Errorf("modal = %+v; want the label as title and an optional reason", m)
	}

	// with a reason
	e.f.dispatch("INTERACTION_CREATE", submitJSON("800000000000000052", m.Data.CustomID, in.CustomID, "a line quoted from a film", "400000000000000009", []string{modRole}))
	if got := ephemeral(t, e.callback(t, "800000000000000052")); !strings.HasPrefix(got, "Marked as not hate") {
		t.Errorf("confirmation = %q", got)
	}
	c, err := e.st.GetCase(context.Background(), 1)
	if err != nil || c.State != storage.StateDismissed || len(c.Notes) == 0 || !strings.HasSuffix(c.Notes[len(c.Notes)-1].Text, ": a line quoted from a film") {
		t.Errorf("case 1: %v %s %+v", err, c.State, c.Notes)
	}

	// without one
	id2 := customID(t, p2, "Not hate")
	e.f.dispatch("INTERACTION_CREATE", submitJSON("800000000000000053", id2, id2, "", "400000000000000009", []string{modRole}))
	if got := ephemeral(t, e.callback(t, "800000000000000053")); !strings.HasPrefix(got, "Marked as not hate") {
		t.Errorf("confirmation = %q", got)
	}
	c, err = e.st.GetCase(context.Background(), 2)
	if err != nil || c.State != storage.StateDismissed || len(c.Notes) == 0 || !strings.HasSuffix(c.Notes[len(c.Notes)-1].Text, ": not hate") {
		t.Errorf("case 2: %v %s %+v", err, c.State, c.Notes)
	}

	// a dialog the bot did not make is refused
	e.f.dispatch("INTERACTION_CREATE", submitJSON("800000000000000054", "tb1:1:c", "x", "hi", "400000000000000009", []string{modRole}))
	if got := ephemeral(t, e.callback(t, "800000000000000054")); !strings.Contains(got, "not from this trygbot") {
		t.Errorf("foreign dialog answer = %q", got)
	}
}

func TestNotHateDialogByNonModeratorRefused(t *testing.T) {
	t.Parallel()
	e := start(t, nil)
	e.f.dispatch("MESSAGE_CREATE", messageJSON("600000000000000002", genCh, "400000000000000002", "Bob", "you zorblax", false))
	p := e.prompt(t, 1)
	id := customID(t, p, "Not hate")
	e.f.dispatch("INTERACTION_CREATE", submitJSON("800000000000000061", id, id, "my friend said it", "400000000000000666", nil))
	if got := ephemeral(t, e.callback(t, "800000000000000061")); !strings.Contains(got, "Only this community's moderators") {
		t.Errorf("refusal = %q", got)
	}
	settle()
	if c, _ := e.st.GetCase(context.Background(), 1); c.State != storage.StateOpen || len(c.Notes) != 0 {
		t.Errorf("case %s, notes %+v; want open and untouched", c.State, c.Notes)
	}
	if n := len(e.f.requests("PATCH /channels/")); n != 0 {
		t.Errorf("%d prompt edits", n)
	}
}

// clock is a settable time for the adapter.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time      { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) add(d time.Duration) { c.mu.Lock(); c.t = c.t.Add(d); c.mu.Unlock() }

func TestMissingPermissionTellsModeratorsOncePerHour(t *testing.T) {
	t.Parallel()
	e := start(t, func(f *fakeDiscord) {
		f.forbidden["POST /channels/"+genCh+"/messages"] = true
		f.forbidden["DELETE /channels/"+genCh+"/messages/600000000000000002"] = true
	})
	clk := &clock{t: time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)}
	discord.SetNow(e.a, clk.now)
	e.f.dispatch("MESSAGE_CREATE", messageJSON("600000000000000002", genCh, "400000000000000002", "Bob", "you zorblax", false))
	p := e.prompt(t, 1)
	// the bot retries the refused reply; the moderators hear of it once
	e.f.dispatch("INTERACTION_CREATE", buttonJSON("800000000000000071", customID(t, p, "Send reply 1"), "400000000000000009", []string{modRole}, "700000000000000501"))
	waitFor(t, "feedback", func() bool { return len(e.f.requests("POST /webhooks/"+botID+"/tok-800000000000000071")) == 1 })
	if n := len(e.f.requests("POST /channels/" + genCh + "/messages")); n < 2 {
		t.Errorf("%d reply attempts; the bot should have retried", n)
	}
	settle()
	notes := e.f.notes(modsCh)
	if len(notes) != 1 {
		t.Fatalf("notes to the moderators = %q, want 1", notes)
	}
	if !strings.Contains(notes[0], "<#"+genCh+">") || !strings.Contains(notes[0], "Send Messages") {
		t.Errorf("note = %q", notes[0])
	}
	for _, r := range e.f.requests("POST /channels/" + modsCh + "/messages") {
		var m struct {
			AllowedMentions json.RawMessage `json:"allowed_mentions"`
		}
		if json.Unmarshal(r.Body, &m); string(m.AllowedMentions) != `{"parse":[],"replied_user":false}` {
			t.Errorf("allowed_mentions %s", m.AllowedMentions)
		}
	}
	lines := e.logs.lines("missing permission", "channel="+genCh, "Send Messages", "#general")
	if len(lines) == 0 {
		t.Errorf("no log line naming the permission and the channel:\n%s", e.logs)
	}

	// another refusal in that channel within the hour: logged, not posted
	if err := e.a.DeleteMessage(context.Background(), guildID, genCh, "600000000000000002"); err == nil {
		t.Fatal("delete: no error")
	}
	if got := e.logs.lines("missing permission", "channel="+genCh, "permission=\"Manage Messages\""); len(got) != 1 {
		t.Errorf("log lines for the refused delete = %q, want 1", got)
	}
	if n := len(e.f.notes(modsCh)); n != 1 {
		t.Errorf("%d notes within the hour, want 1", n)
	}

	// an hour later they are told again
	clk.add(61 * time.Minute)
	if _, err := e.a.Reply(context.Background(), bot.Reply{ChatID: guildID, Channel: genCh, MessageID: "600000000000000002", Text: "hi"}); err == nil {
		t.Fatal("reply: no error")
	}
	if n := len(e.f.notes(modsCh)); n != 2 {
		t.Errorf("%d notes an hour later, want 2", n)
	}
}

func TestMissingPermissionInModeratorsChannelOnlyLogged(t *testing.T) {
	t.Parallel()
	e := start(t, func(f *fakeDiscord) {
		f.forbidden["POST /channels/"+modsCh+"/messages"] = true
		f.forbidden["DELETE /channels/"+genCh+"/messages/600000000000000001"] = true
	})
	mods := "POST /channels/" + modsCh + "/messages"
	if _, err := e.a.Prompt(context.Background(), bot.Prompt{ChatID: modsCh, Title: "Case 9"}); err == nil {
		t.Fatal("prompt: no error")
	}
	if n := len(e.f.requests(mods)); n != 1 {
		t.Errorf("%d posts to the moderators' channel, want only the prompt", n)
	}
	if got := e.logs.lines("missing permission", "channel="+modsCh, "#mods", "Embed Links"); len(got) != 1 {
		t.Errorf("log lines = %q\n%s", got, e.logs)
	}
	// a refused delete elsewhere tries to tell the moderators once; that
	// refusal is logged and goes no further
	for range 3 {
		if err := e.a.DeleteMessage(context.Background(), guildID, genCh, "600000000000000001"); err == nil {
			t.Fatal("delete: no error")
		}
	}
	if n := len(e.f.requests(mods)); n != 2 {
		t.Errorf("%d posts to the moderators' channel, want the prompt and one note", n)
	}
	if got := e.logs.lines("moderators not told"); len(got) != 1 {
		t.Errorf("log lines = %q", got)
	}
	if got := e.logs.lines("missing permission", "channel="+genCh, "Manage Messages"); len(got) != 3 {
		t.Errorf("%d log lines for 3 refused deletes, want 3", len(got))
	}
}

// TestServerErrorsRetriedExactlyOnce: Discord answers 500, 502 and 503 to
// the prompt and 502 twice to the reply; both are retried with backoff and
// each arrives exactly once.
func TestServerErrorsRetriedExactlyOnce(t *testing.T) {
	t.Parallel()
	replies := "POST /channels/" + genCh + "/messages"
	e := start(t, func(f *fakeDiscord) {
		f.failing["POST /channels/"+modsCh+"/messages"] = []int{500, 502, 503}
		f.failing[replies] = []int{502, 502}
	})
	e.f.dispatch("MESSAGE_CREATE", messageJSON("600000000000000031", genCh, "400000000000000031", "Bob", "you zorblax", false))
	p := e.prompt(t, 4) // three server errors, then the prompt
	settle()
	if n := len(e.f.requests(promptsPath())); n != 4 {
		t.Fatalf("%d prompt requests, want 4 (three 5xx, one delivered)", n)
	}
	waitFor(t, "prompt recorded", func() bool {
		c, err := e.st.GetCase(context.Background(), 1)
		return err == nil && len(c.Prompts) == 1
	})
	promptID := e.f.requests(promptsPath())[3].ID
	e.f.dispatch("INTERACTION_CREATE", buttonJSON("800000000000000031", customID(t, p, "Send reply 1"), "400000000000000009", []string{modRole}, promptID))
	waitFor(t, "reply after two 502s", func() bool { return len(e.f.requests(replies)) == 3 })
	settle()
	if n := len(e.f.requests(replies)); n != 3 {
		t.Errorf("%d reply requests, want 3 (two 502s, one delivered)", n)
	}
	c, err := e.st.GetCase(context.Background(), 1)
	if err != nil || c.State != storage.StateResponded {
		t.Errorf("case after the reply: %v %s", err, c.State)
	}
}

// TestShardIdentify: an instance configured as shard 1 of 2 says so in
// IDENTIFY, so Discord sends it only its half of the guilds.
func TestShardIdentify(t *testing.T) {
	t.Parallel()
	e := start(t, nil, func(o *discord.Options) { o.ShardID, o.ShardCount = 1, 2 })
	e.f.mu.Lock()
	got := e.f.shard
	e.f.mu.Unlock()
	if got == nil || *got != [2]int{1, 2} {
		t.Errorf("IDENTIFY shard = %v, want [1 2]", got)
	}
	if _, err := discord.New(slog.New(slog.DiscardHandler), "t", discord.Options{ShardID: 2, ShardCount: 2}); err == nil {
		t.Error("shard 2 of 2 accepted")
	}
}

// dutyCommandJSON is /trygbot duty [state] typed by userID.
func dutyCommandJSON(id, userID string, roles []string, state string) string {
	sub := map[string]any{"name": "duty", "type": 1}
	if state != "" {
		sub["options"] = []any{map[string]any{"name": "state", "type": 3, "value": state}}
	}
	data, _ := json.Marshal(map[string]any{"id": id, "application_id": botID, "type": 2, "token": "tok-" + id, "version": 1,
		"guild_id": guildID, "channel_id": modsCh, "app_permissions": "2147483648",
		"member": map[string]any{"user": map[string]any{"id": userID, "username": "anna", "global_name": "Anna"}, "roles": roles,
			"permissions": "1024", "joined_at": "2025-01-01T00:00:00+00:00"},
		"data": map[string]any{"id": "990000000000000002", "name": "trygbot", "type": 1, "options": []any{sub}}})
	return string(data)
}

// TestDutyCommandAndButton: a moderator goes on duty with /trygbot duty
// on, answered privately with the duty buttons, and off again with the
// button; a member's press is refused and changes nothing.
func TestDutyCommandAndButton(t *testing.T) {
	t.Parallel()
	e := start(t, nil)
	e.f.dispatch("INTERACTION_CREATE", dutyCommandJSON("800000000000000070", "400000000000000009", []string{modRole}, "on"))
	patch := "PATCH /webhooks/" + botID + "/tok-800000000000000070/messages/@original"
	waitFor(t, "answer", func() bool { return len(e.f.requests(patch)) == 1 })
	var answer struct {
		Content    string `json:"content"`
		Components []struct {
			Components []struct {
				Label    string `json:"label"`
				CustomID string `json:"custom_id"`
			} `json:"components"`
		} `json:"components"`
		AllowedMentions json.RawMessage `json:"allowed_mentions"`
	}
	if err := json.Unmarshal(e.f.requests(patch)[0].Body, &answer); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(answer.Content, "You are on duty") || !strings.Contains(answer.Content, "On duty now: Anna.") ||
		len(answer.Components) != 1 || len(answer.Components[0].Components) != 2 || answer.Components[0].Components[1].CustomID != "duty:off" {
		t.Errorf("answer %+v", answer)
	}
	roster := e.st.(storage.Roster)
	if ds, _ := roster.ListDuty(context.Background(), "c"); len(ds) != 1 || !ds[0].On || ds[0].By != storage.DutyByCommand || ds[0].Name != "Anna" {
		t.Errorf("duty after the command: %+v", ds)
	}
	// A member presses "Go on duty": refused, privately.
	e.f.dispatch("INTERACTION_CREATE", buttonJSON("800000000000000071", "duty:on", "400000000000000666", []string{"300000000000000099"}, "700000000000000501"))
	if cb := decode(t, e.callback(t, "800000000000000071")); cb.Type != 4 || cb.Data == nil || cb.Data.Flags != 64 ||
		!strings.Contains(cb.Data.Content, "Only this community's moderators") {
		t.Errorf("member's press answered %+v", cb)
	}
	// The moderator presses "Go off duty".
	e.f.dispatch("INTERACTION_CREATE", buttonJSON("800000000000000072", "duty:off", "400000000000000009", []string{modRole}, "700000000000000501"))
	if cb := decode(t, e.callback(t, "800000000000000072")); cb.Data == nil || cb.Data.Flags != 64 || !strings.Contains(cb.Data.Content, "You are off duty") {
		t.Errorf("off-duty press answered %+v", cb)
	}
	ds, _ := roster.ListDuty(context.Background(), "c")
	if len(ds) != 1 || ds[0].On || ds[0].By != storage.DutyByButton {
		t.Errorf("duty after the button: %+v (the member must have no record)", ds)
	}
}

// TestDirectMessage: a check-in goes to the user's DM channel and pings
// nobody.
func TestDirectMessage(t *testing.T) {
	t.Parallel()
	e := start(t, nil)
	if err := e.a.DirectMessage(context.Background(), "400000000000000009", "Hi @everyone, how are you?"); err != nil {
		t.Fatal(err)
	}
	if got := e.f.requests("POST /users/@me/channels"); len(got) != 1 || !strings.Contains(string(got[0].Body), `"recipient_id":"400000000000000009"`) {
		t.Fatalf("DM channel requests %+v", got)
	}
	sent := e.f.requests("POST /channels/dm-400000000000000009/messages")
	if len(sent) != 1 {
		t.Fatalf("DM messages %d", len(sent))
	}
	if s := decode(t, sent[0]); s.Content != "Hi @everyone, how are you?" || string(s.AllowedMentions) != `{"parse":[],"replied_user":false}` {
		t.Errorf("DM %q allowed_mentions %s", s.Content, s.AllowedMentions)
	}
}
