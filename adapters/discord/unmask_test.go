package discord_test

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/trygbot/trygbot/adapters/discord"
	"github.com/trygbot/trygbot/bot"
	"github.com/trygbot/trygbot/bot/bottest"
	"github.com/trygbot/trygbot/storage"
)

// unescape is Discord markdown as a reader sees it: the backslash escapes
// gone.
func unescape(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) {
			i++
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// TestRenderedPromptsShowNoSlur renders, as a Discord embed, a prompt for
// every built-in rule matched on each of its terms, in both languages:
// the message and its Why line show no slur term in any form (no
// ||spoiler|| either: it would open with a click nobody counts), and each
// hidden word is there masked.
func TestRenderedPromptsShowNoSlur(t *testing.T) {
	t.Parallel()
	bottest.CheckRenderedPrompts(t, "||", func(p bot.Prompt) (string, string) {
		m := discord.RenderPrompt(p)
		e := m.Embeds[0]
		raw := m.Content + "\n" + e.Title + "\n" + e.Description
		for _, f := range e.Fields {
			raw += "\n" + f.Value
		}
		return raw, unescape(raw)
	})
}

// TestPromptsMaskedWhenEditedAndReoffered: the first prompts, their edits
// after a claim and a re-offer, and the prompt a re-offer posts in the
// second channel all show the slur masked, never in clear.
func TestPromptsMaskedWhenEditedAndReoffered(t *testing.T) {
	t.Parallel()
	const secondCh = "200000000000000003"
	clk := &clock{t: time.Date(2026, 12, 7, 18, 0, 0, 0, time.UTC)}
	e := startWith(t, setup{bot: func(o *bot.Options) {
		o.Now, o.ClaimDeadline = clk.now, 15*time.Minute
		o.Communities[0].SecondChat = secondCh
	}})
	e.f.dispatch("MESSAGE_CREATE", messageJSON("600000000000000002", genCh, "400000000000000002", "Bob", "you zorblax, ZORBLAX!", false))
	p := e.prompt(t, 1)
	e.f.dispatch("MESSAGE_CREATE", messageJSON("600000000000000003", genCh, "400000000000000003", "Cy", "zorblax again", false))
	e.prompt(t, 2)
	promptID := e.f.requests(promptsPath())[0].ID
	e.f.dispatch("INTERACTION_CREATE", buttonJSON("800000000000000071", customID(t, p, "I'll handle it"), "400000000000000009", []string{modRole}, promptID))
	waitFor(t, "the claim's edit", func() bool { return len(e.f.requests("PATCH /channels/")) == 1 })
	clk.add(16 * time.Minute)
	if err := e.b.Tick(context.Background()); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the re-offer in the second channel", func() bool {
		return len(e.f.requests("POST /channels/"+secondCh+"/messages")) == 1
	})
	var all []request
	for _, prefix := range []string{promptsPath(), "PATCH /channels/", "POST /channels/" + secondCh + "/messages"} {
		all = append(all, e.f.requests(prefix)...)
	}
	if len(all) != 5 {
		t.Fatalf("%d prompts and edits, want 5 (two prompts, the claim's edit, the re-offer's edit and prompt)", len(all))
	}
	for _, r := range all {
		em := decode(t, r).Embeds
		if len(em) != 1 {
			t.Fatalf("%s %s: %s", r.Method, r.Path, r.Body)
		}
		d := em[0].Description
		if strings.Contains(strings.ToLower(d), "zorblax") || strings.Contains(d, "||") || !strings.Contains(d, "z••••••") {
			t.Errorf("%s %s: want the slur masked, never in clear nor behind a spoiler:\n%s", r.Method, r.Path, d)
		}
	}
	if d := decode(t, all[0]).Embeds[0].Description; !strings.Contains(d, "you z••••••, Z••••••!") {
		t.Errorf("first prompt:\n%s", d)
	}
}

// unmaskPress posts a prompt for a slur and has user (with roles) press
// its "Show hidden words" as interaction id.
func (e *env) unmaskPress(t *testing.T, id, user string, roles []string) {
	t.Helper()
	e.f.dispatch("MESSAGE_CREATE", messageJSON("600000000000000002", genCh, "400000000000000002", "Bob", "you zorblax", false))
	p := e.prompt(t, 1)
	promptID := e.f.requests(promptsPath())[0].ID
	e.f.dispatch("INTERACTION_CREATE", buttonJSON(id, customID(t, p, "Show hidden words"), user, roles, promptID))
}

// untouched fails unless the press left the channels alone: no prompt
// edited, nothing posted (a followup would be a message of its own).
func (e *env) untouched(t *testing.T) {
	t.Helper()
	settle()
	if n := len(e.f.requests("PATCH /channels/")); n != 0 {
		t.Errorf("%d prompt edits, want none", n)
	}
	if n := len(e.f.requests("POST /channels/")); n != 1 {
		t.Errorf("%d messages posted, want only the prompt", n)
	}
	if n := len(e.f.requests("POST /webhooks/")); n != 0 {
		t.Errorf("%d followup messages, want none", n)
	}
}

// TestUnmaskAnswersThePresserAlone: "Show hidden words" pressed by a
// moderator is answered with the words in an ephemeral message (flags
// 64) that only they see; the prompt is not edited, nothing is posted,
// and the press is audited and counted in their day.
func TestUnmaskAnswersThePresserAlone(t *testing.T) {
	t.Parallel()
	e := start(t, nil)
	e.unmaskPress(t, "800000000000000081", "400000000000000009", []string{modRole})
	r := e.callback(t, "800000000000000081")
	if got := ephemeral(t, r); !strings.Contains(got, "«zorblax»") || !strings.Contains(got, "only you") {
		t.Errorf("answer %q; want the words", got)
	}
	if am := decode(t, r); !strings.Contains(string(r.Body), `"allowed_mentions":{"parse":[]`) {
		t.Errorf("answer %+v may ping", am)
	}
	e.untouched(t)
	if x := bottest.Exposure(t, e.st)["400000000000000009"]; x.Unmasked != 1 || x.Weight == 0 {
		t.Errorf("exposure of the presser %+v; want the unmasking counted", x)
	}
	if got := strings.Join(bottest.Audited(t, e.st, 1), ", "); !strings.Contains(got, "400000000000000009 unmask") {
		t.Errorf("audit %s; want the unmasking", got)
	}
	if c, _ := e.st.GetCase(context.Background(), 1); c.State != storage.StateOpen || c.Owner != "" {
		t.Errorf("case %s owned by %q; want it untouched", c.State, c.Owner)
	}
}

// TestUnmaskRefusedToMembers: a member without the moderators' role is
// refused in an ephemeral message without the words; nothing is counted.
func TestUnmaskRefusedToMembers(t *testing.T) {
	t.Parallel()
	e := start(t, nil)
	e.unmaskPress(t, "800000000000000082", "400000000000000666", []string{"300000000000000099"})
	got := ephemeral(t, e.callback(t, "800000000000000082"))
	if !strings.Contains(got, "Only this community's moderators") || strings.Contains(got, "zorblax") {
		t.Errorf("answer %q; want a refusal without the words", got)
	}
	e.untouched(t)
	if x := bottest.Exposure(t, e.st); len(x) != 0 {
		t.Errorf("exposure %+v; want nothing counted", x)
	}
	if got := strings.Join(bottest.Audited(t, e.st, 1), ", "); !strings.Contains(got, " refused") {
		t.Errorf("audit %s; want the refusal", got)
	}
}

// slowUnmask is the bot taking longer than the adapter's AckAfter to
// unmask.
type slowUnmask struct {
	bot.Inbox
	delay time.Duration
}

func (s slowUnmask) Act(ctx context.Context, req bot.ActionRequest) (bot.Feedback, error) {
	if req.Kind == bot.ActUnmask {
		time.Sleep(s.delay)
	}
	return s.Inbox.Act(ctx, req)
}

// TestUnmaskSlowStaysPrivate: when the bot is slow, the press is
// acknowledged with a deferred ephemeral answer (flags 64), which the
// words then fill in: still for the presser alone.
func TestUnmaskSlowStaysPrivate(t *testing.T) {
	t.Parallel()
	e := startWith(t, setup{
		inbox:   func(b *bot.Bot) bot.Inbox { return slowUnmask{Inbox: b, delay: 400 * time.Millisecond} },
		adapter: []func(*discord.Options){func(o *discord.Options) { o.AckAfter = 50 * time.Millisecond }},
	})
	e.unmaskPress(t, "800000000000000083", "400000000000000009", []string{modRole})
	if cb := decode(t, e.callback(t, "800000000000000083")); cb.Type != 5 || cb.Data == nil || cb.Data.Flags != 64 {
		t.Errorf("acknowledgement %+v; want a deferred ephemeral answer", cb)
	}
	edit := "PATCH /webhooks/" + botID + "/tok-800000000000000083/messages/@original"
	waitFor(t, "the words", func() bool { return len(e.f.requests(edit)) == 1 })
	var body struct {
		Content string `json:"content"`
	}
	if err := json.Unmarshal(e.f.requests(edit)[0].Body, &body); err != nil || !strings.Contains(body.Content, "«zorblax»") {
		t.Errorf("answer %q (%v); want the words", body.Content, err)
	}
	e.untouched(t)
	if x := bottest.Exposure(t, e.st)["400000000000000009"]; x.Unmasked != 1 {
		t.Errorf("exposure %+v", x)
	}
}
