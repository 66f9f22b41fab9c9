package discord_test

import (
	"context"
	"strings"
	"testing"
)

func TestPostSplitsAndMentionsNobody(t *testing.T) {
	t.Parallel()
	e := start(t, nil)
	text := "# Weekly summary @everyone\n" + strings.Repeat("a line of the summary\n", 200)
	if err := e.a.Post(context.Background(), modsCh, text); err != nil {
		t.Fatal(err)
	}
	reqs := e.f.requests(promptsPath())
	if len(reqs) < 2 {
		t.Fatalf("a %d-byte summary went in %d message(s); Discord takes 2,000 characters", len(text), len(reqs))
	}
	for _, r := range reqs {
		s := decode(t, r)
		if len(s.Content) > 2000 || string(s.AllowedMentions) != `{"parse":[],"replied_user":false}` {
			t.Errorf("post: %d bytes, allowed_mentions %s", len(s.Content), s.AllowedMentions)
		}
	}
}
