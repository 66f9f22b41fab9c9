package discord_test

import (
	"testing"
	"time"

	"github.com/trygbot/trygbot/storage"
)

// TestDeletedMessageMarksCase: Discord's MESSAGE_DELETE of a flagged
// message reaches its case (DeletedAt, for the template trials); the
// deletion of a message without a case changes nothing.
func TestDeletedMessageMarksCase(t *testing.T) {
	t.Parallel()
	e := start(t, nil)
	e.f.dispatch("MESSAGE_CREATE", messageJSON("600000000000000002", genCh, "400000000000000002", "Bob", "you are a zorblax", false))
	e.f.dispatch("MESSAGE_CREATE", messageJSON("600000000000000003", genCh, "400000000000000003", "Cy", "nice weather", false))
	e.prompt(t, 1)
	key := storage.CaseKey("discord", guildID, genCh, "600000000000000002")
	c, err := e.st.CaseByKey(e.ctx, key)
	if err != nil {
		t.Fatal(err)
	}
	before := time.Now()
	e.f.dispatch("MESSAGE_DELETE", `{"id": "600000000000000003", "channel_id": "`+genCh+`", "guild_id": "`+guildID+`"}`)
	e.f.dispatch("MESSAGE_DELETE", `{"id": "600000000000000002", "channel_id": "`+genCh+`", "guild_id": "`+guildID+`"}`)
	waitFor(t, "the case marked deleted", func() bool {
		c, err = e.st.GetCase(e.ctx, c.ID)
		return err == nil && !c.DeletedAt.IsZero()
	})
	if c.DeletedAt.Before(before.Add(-time.Second)) || c.DeletedAt.After(time.Now()) {
		t.Errorf("deleted at %v, want about now", c.DeletedAt)
	}
	cs, _ := e.st.ListCases(e.ctx, storage.CaseQuery{})
	if len(cs) != 1 {
		t.Errorf("%d cases after the deletes, want 1", len(cs))
	}
}
