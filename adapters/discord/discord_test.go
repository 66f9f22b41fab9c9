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
	f   *fakeDiscord
	a   *discord.Adapter
	st  storage.Store
	ctx context.Context
}

// start runs a real bot (SQLite, a one-term rules pack) with the adapter
// against a fake Discord, and waits until the commands are registered.
func start(t *testing.T, prepare func(*fakeDiscord)) *env {
	t.Helper()
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
	logger := slog.New(slog.NewTextHandler(io.Discard, nil))
	b, err := bot.New(logger, st, eng, everyoneTemplate{}, bot.NewPseudonymizer([]byte("0123456789abcdef0123456789abcdef")), bot.Options{
		Communities: []bot.Community{{ID: "c", Name: "Test", Platform: discord.Platform, ChatID: guildID, Lang: "en",
			ModeratorsChat: modsCh, Moderators: []string{"role:" + modRole}, AllowDelete: true}},
		Sleep: func(ctx context.Context, d time.Duration) error { return nil },
	})
	if err != nil {
		t.Fatal(err)
	}
	a, err := discord.New(logger, "test-token", discord.Options{APIBaseURL: f.APIBase(), Guilds: []string{guildID}, AckAfter: 2 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	b.AddOutbox(discord.Platform, a)
	done := make(chan error, 1)
	go func() { done <- a.Run(ctx, b) }()
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
	return &env{f: f, a: a, st: st, ctx: ctx}
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
	if len(cmds) != 2 || cmds[0].Name != "trygbot" || cmds[0].Type != 1 || len(cmds[0].Options) != 4 ||
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
	for _, want := range []string{"||zorblax||", `\_`, "https://discord.com/channels/" + guildID + "/" + genCh + "/600000000000000002", "keep it friendly"} {
		if !strings.Contains(em.Description, want) {
			t.Errorf("description lacks %q:\n%s", want, em.Description)
		}
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
			if b.Type != 2 || !strings.HasPrefix(b.CustomID, "tb1:") || b.Label == "" {
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

func TestPromptMentionsOnlyItsRole(t *testing.T) {
	t.Parallel()
	e := start(t, nil)
	_, err := e.a.Prompt(context.Background(), bot.Prompt{ChatID: modsCh, Title: "Case 9", Mention: "role:" + modRole,
		Message: []bot.Segment{{Text: "@everyone "}, {Text: "zorblax", Sensitive: true}}})
	if err != nil {
		t.Fatal(err)
	}
	p := decode(t, e.f.requests(promptsPath())[0])
	if p.Content != "<@&"+modRole+">" || string(p.AllowedMentions) != `{"parse":[],"roles":["`+modRole+`"],"replied_user":false}` {
		t.Errorf("content %q allowed_mentions %s", p.Content, p.AllowedMentions)
	}
	if !strings.Contains(p.Embeds[0].Description, `\@everyone ||zorblax||`) {
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
