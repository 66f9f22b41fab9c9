package discord_test

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/gorilla/websocket"

	"github.com/trygbot/trygbot/adapters/discord"
	"github.com/trygbot/trygbot/bot"
	"github.com/trygbot/trygbot/rules"
	"github.com/trygbot/trygbot/storage"
)

// raw sends a gateway frame as given, broken or not.
func (f *fakeDiscord) raw(frame string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.seq++
	if f.conn != nil {
		f.conn.mu.Lock()
		f.conn.ws.WriteMessage(websocket.TextMessage, []byte(frame))
		f.conn.mu.Unlock()
	}
}

// TestEveryActionRefusedToMembers: a member (no moderator role) pressing
// any button, submitting any dialog, and a moderator using the admin
// commands, are refused in an ephemeral message and nothing changes. The
// logs name the people who tried by pseudonym, never by user id.
func TestEveryActionRefusedToMembers(t *testing.T) {
	t.Parallel()
	pseud := bot.NewPseudonymizer([]byte("0123456789abcdef0123456789abcdef"))
	e := start(t, nil, func(o *discord.Options) { o.Pseudonyms = pseud })
	e.f.dispatch("MESSAGE_CREATE", messageJSON("600000000000000002", genCh, "400000000000000002", "Bob", "you zorblax", false))
	p := e.prompt(t, 1)
	member := "400000000000000666"
	n := 0
	press := func(custom string) string {
		n++
		id := fmt.Sprintf("80000000000000%04d", n)
		e.f.dispatch("INTERACTION_CREATE", buttonJSON(id, custom, member, []string{"300000000000000099"}, "700000000000000501"))
		return ephemeral(t, e.callback(t, id))
	}
	for _, label := range []string{"Send reply 1", "I'll handle it", "Escalate", "Delete"} {
		if got := press(customID(t, p, label)); !strings.Contains(got, "Only this community's moderators") {
			t.Errorf("%s by a member: %q", label, got)
		}
	}
	// Crafted custom ids: a close, a template by number.
	c1, err := e.st.GetCase(context.Background(), 1)
	if err != nil {
		t.Fatal(err)
	}
	ref := bot.RefOf(c1)
	for _, custom := range []string{bot.EncodeAction(ref, bot.ActClose, ""), bot.EncodeAction(ref, bot.ActTemplate, "1")} {
		if got := press(custom); !strings.Contains(got, "Only this community's moderators") {
			t.Errorf("crafted %s by a member: %q", custom, got)
		}
	}
	for _, custom := range []string{"tb1:1:q", "tb1:0:c", "", strings.Repeat("9", 100), "tb1:1:t:0"} {
		if got := press(custom); !strings.Contains(got, "not from this trygbot") {
			t.Errorf("foreign custom id %q: %q", custom, got)
		}
	}
	// Dialogs: opening one is free, submitting is checked.
	for _, label := range []string{"Add note", "Not hate"} {
		n++
		id := fmt.Sprintf("80000000000000%04d", n)
		custom := customID(t, p, label)
		e.f.dispatch("INTERACTION_CREATE", submitJSON(id, custom, custom, "my text", member, nil))
		if got := ephemeral(t, e.callback(t, id)); !strings.Contains(got, "Only this community's moderators") {
			t.Errorf("%s dialog by a member: %q", label, got)
		}
	}
	// Commands: members may not check or see cases; moderators may not
	// reload or see the summary.
	for i, c := range []struct {
		sub   string
		roles []string
		opt   []any
	}{
		{"check", nil, []any{map[string]any{"name": "text", "type": 3, "value": "zorblax"}}},
		{"case", nil, []any{map[string]any{"name": "id", "type": 3, "value": "1"}}},
		{"reload", []string{modRole}, nil},
		{"summary", []string{modRole}, nil},
		{"reload", nil, nil},
	} {
		id := fmt.Sprintf("81000000000000%04d", i)
		sub := map[string]any{"name": c.sub, "type": 1}
		if c.opt != nil {
			sub["options"] = c.opt
		}
		data, _ := json.Marshal(map[string]any{"id": id, "application_id": botID, "type": 2, "token": "tok-" + id, "version": 1,
			"guild_id": guildID, "channel_id": modsCh, "app_permissions": "2147483648",
			"member": map[string]any{"user": map[string]any{"id": "400000000000000030", "username": "ida"}, "roles": c.roles, "permissions": "1024",
				"joined_at": "2025-01-01T00:00:00+00:00"},
			"data": map[string]any{"id": "990000000000000002", "name": "trygbot", "type": 1, "options": []any{sub}}})
		e.f.dispatch("INTERACTION_CREATE", string(data))
		path := "PATCH /webhooks/" + botID + "/tok-" + id + "/messages/@original"
		waitFor(t, "answer to "+c.sub, func() bool { return len(e.f.requests(path)) == 1 })
		if got := decode(t, e.f.requests(path)[0]).Content; !strings.Contains(got, "Only this community's moderators") {
			t.Errorf("/trygbot %s with roles %v: %q", c.sub, c.roles, got)
		}
	}
	settle()
	c, _ := e.st.GetCase(context.Background(), 1)
	if c.State != storage.StateOpen || c.Owner != "" || len(c.Notes) != 0 {
		t.Errorf("case %s owner %q notes %v after refused actions", c.State, c.Owner, c.Notes)
	}
	if n := len(e.f.requests("POST /channels/"+genCh+"/messages")) + len(e.f.requests("DELETE ")) + len(e.f.requests("PATCH /channels/")); n != 0 {
		t.Errorf("%d replies, deletions or prompt edits after refused actions", n)
	}
	logs := e.logs.String()
	for _, id := range []string{member, "400000000000000030"} {
		if strings.Contains(logs, id) {
			t.Errorf("user id %s is in the logs:\n%s", id, logs)
		}
	}
	if !strings.Contains(logs, "user="+string(pseud.Of("discord", member))) {
		t.Errorf("the refused presses are not logged under the member's pseudonym:\n%s", logs)
	}
}

// TestMalformedGatewayEvents: frames that are not JSON, events with fields
// of the wrong type or missing, are skipped without a crash, and the
// adapter goes on handling messages on the same connection.
func TestMalformedGatewayEvents(t *testing.T) {
	t.Parallel()
	e := start(t, nil)
	for _, frame := range []string{
		`{"op":0,"t":"MESSAGE_CREATE","s":50,"d":{`,
		`not json at all`,
		`{"op":0,"t":"MESSAGE_CREATE","s":51,"d":"a string"}`,
		`{"op":0,"t":"MESSAGE_CREATE","s":52,"d":{"id":5,"content":["you zorblax"],"guild_id":{},"author":"bob"}}`,
		`{"op":0,"t":"MESSAGE_CREATE","s":53,"d":{"id":"600000000000000050","channel_id":"` + genCh + `","guild_id":"` + guildID + `","content":"you zorblax","type":"zero","author":{"id":17}}}`,
		`{"op":0,"t":"MESSAGE_CREATE","s":54,"d":null}`,
		`{"op":0,"t":"MESSAGE_UPDATE","s":55,"d":{"id":"x","edited_timestamp":"yesterday","content":"zorblax"}}`,
		`{"op":0,"t":"INTERACTION_CREATE","s":56,"d":{"id":"1","type":3,"data":{"custom_id":7},"member":{"user":{"id":[]}}}}`,
		`{"op":0,"t":"INTERACTION_CREATE","s":57,"d":{"id":"2","type":5,"guild_id":"` + guildID + `","member":{"user":{"id":"1"}},"data":{"custom_id":"tb1:1:n","components":"x"}}}`,
		`{"op":0,"t":"INTERACTION_CREATE","s":58,"d":{"id":"3","type":2,"guild_id":"` + guildID + `","member":{"user":{"id":"1"}},"data":{"name":"trygbot","type":1,"options":[{"name":"check","type":1,"options":[{"name":"text","type":3,"value":5}]}]}}}`,
		`{"op":0,"t":"UNKNOWN_EVENT","s":59,"d":{}}`,
		`[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[`,
	} {
		e.f.raw(frame)
	}
	e.f.dispatch("MESSAGE_CREATE", messageJSON("600000000000000060", genCh, "400000000000000002", "Bob", "you zorblax", false))
	e.prompt(t, 1)
	settle()
	if n := len(e.f.requests(promptsPath())); n != 1 {
		t.Errorf("%d prompts, want 1 (the good message only)", n)
	}
	if c, err := e.st.GetCase(context.Background(), 1); err != nil || c.MessageID != "600000000000000060" {
		t.Errorf("case 1 = %q %v, want the good message", c.MessageID, err)
	}
	if identify, resume := e.f.counts(); identify != 1 || resume != 0 {
		t.Errorf("identify %d resume %d: a bad frame dropped the connection", identify, resume)
	}
	if l := e.logs.lines("panic"); len(l) != 0 {
		t.Errorf("a handler panicked: %v", l)
	}
}

// TestHugeAndInvalidText: a 1 MB message is evaluated up to the limit with
// a note and the prompt stays within Discord's limits; invalid UTF-8
// arrives replaced.
func TestHugeAndInvalidText(t *testing.T) {
	t.Parallel()
	e := start(t, nil)
	big := "zorblax " + strings.Repeat("blah ", 200_000)
	e.f.dispatch("MESSAGE_CREATE", messageJSON("600000000000000070", genCh, "400000000000000002", "Bob", big, false))
	p := e.prompt(t, 1)
	if n := utf8.RuneCountInString(p.Embeds[0].Description); n > 4096 {
		t.Errorf("embed description of %d characters, over Discord's 4096", n)
	}
	c, _ := e.st.GetCase(context.Background(), 1)
	if !strings.Contains(strings.Join(c.Verdict.Notes, ";"), fmt.Sprintf("evaluated up to byte %d", rules.DefaultMaxText)) {
		t.Errorf("notes %q, want a truncation note", c.Verdict.Notes)
	}
	e.f.raw(`{"op":0,"t":"MESSAGE_CREATE","s":90,"d":` + strings.Replace(messageJSON("600000000000000071", genCh, "400000000000000002", "Bob", "zorblax PLACE", false),
		"PLACE", "\xff\xfe\xc3\x28 \\udc00", 1) + `}`)
	e.prompt(t, 2)
	c2, _ := e.st.GetCase(context.Background(), 2)
	if !utf8.ValidString(c2.Text) || !strings.Contains(c2.Text, "\uFFFD") {
		t.Errorf("invalid UTF-8 stored as %q", c2.Text)
	}
}
