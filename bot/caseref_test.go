package bot_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/trygbot/trygbot/bot"
	"github.com/trygbot/trygbot/internal/redistest"
	"github.com/trygbot/trygbot/storage"
	"github.com/trygbot/trygbot/storage/redis"
	"github.com/trygbot/trygbot/storage/sqlite"
)

// press acts on a prompt's button as an adapter does: the action and the
// case reference come from the button's data.
func (f *fixture) press(t *testing.T, p bot.Prompt, kind bot.ActionKind, actor string) (bot.Feedback, error) {
	t.Helper()
	for _, a := range p.Actions {
		if a.Kind != kind {
			continue
		}
		ref, k, arg, err := bot.DecodeAction(a.Data)
		if err != nil {
			t.Fatalf("button %q: %v", a.Data, err)
		}
		return f.bot.Act(f.ctx, bot.ActionRequest{Platform: "fake", CaseID: ref.ID, Nonce: ref.Nonce, Kind: k, Arg: arg,
			ActorID: actor, ActorName: actor})
	}
	t.Fatalf("prompt of case %d has no %s button", p.CaseID, kind)
	return bot.Feedback{}, nil
}

// TestButtonOfEarlierCaseRefusedAfterDataLoss is issue 12's first
// finding: the store loses its data (Redis restarted without
// persistence, or a new SQLite file), numbers cases from 1 again, and a
// moderator presses a button on a prompt of the old case 1. Before case
// references carried a nonce, the press acted on the new case 1, another
// person's message. Now it is refused with an answer that says why, the
// new case is untouched, and the new prompt's buttons work.
func TestButtonOfEarlierCaseRefusedAfterDataLoss(t *testing.T) {
	for _, tc := range []struct {
		name string
		// open returns a fixture and a function that makes its store
		// lose every record and returns the fixture to use after.
		open func(t *testing.T) (*fixture, func() *fixture)
	}{
		{"sqlite", func(t *testing.T) (*fixture, func() *fixture) {
			path := filepath.Join(t.TempDir(), "bot.db")
			st, err := sqlite.Open(context.Background(), path)
			if err != nil {
				t.Fatal(err)
			}
			f := newFixture(t, st)
			return f, func() *fixture {
				st.Close()
				for _, suffix := range []string{"", "-wal", "-shm"} {
					os.Remove(path + suffix)
				}
				st2, err := sqlite.Open(context.Background(), path) // a new, empty file
				if err != nil {
					t.Fatal(err)
				}
				t.Cleanup(func() { st2.Close() })
				f2 := newFixture(t, st2)
				f2.out = f.out // the same chat, where the old prompts still are
				f2.bot.AddOutbox("fake", f.out)
				return f2
			}
		}},
		{"redis", func(t *testing.T) (*fixture, func() *fixture) {
			st := redistest.Open(t, "caseref", redis.Options{})
			f := newFixture(t, st)
			return f, func() *fixture {
				if _, err := st.DeleteAll(context.Background()); err != nil { // as a restart without persistence
					t.Fatal(err)
				}
				return f // the running bot goes on with the emptied store
			}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f, lose := tc.open(t)
			f.say(t, "m1", "u1", "you are a zorblax")
			old := f.out.PromptsTo("mods")[0]
			if old.CaseID != 1 || old.CaseNonce == "" {
				t.Fatalf("first prompt: case %d nonce %q, want case 1 with a nonce", old.CaseID, old.CaseNonce)
			}

			f = lose()
			f.say(t, "m2", "u2", "another zorblax here")
			newer := f.onlyCase(t)
			if newer.ID != old.CaseID {
				t.Fatalf("after the loss the new case is %d; the test needs it to reuse number %d", newer.ID, old.CaseID)
			}
			if newer.Nonce == old.CaseNonce {
				t.Fatalf("the new case 1 has the old one's nonce %q", newer.Nonce)
			}

			for _, kind := range []bot.ActionKind{bot.ActClaim, bot.ActDismiss, bot.ActEscalate, bot.ActTemplate} {
				fb, err := f.press(t, old, kind, "anna")
				var ae *bot.ActionError
				if !errors.As(err, &ae) || !strings.Contains(fb.Text, "earlier case 1") || !strings.Contains(ae.Text, "Nothing was done") {
					t.Errorf("%s on the old prompt: %q, %v; want a refusal naming the earlier case", kind, fb.Text, err)
				}
			}
			if c := f.onlyCase(t); c.State != storage.StateOpen || c.Owner != "" || len(c.Notes) != 0 {
				t.Errorf("the new case 1 changed after presses on the old prompt: %s owner %q notes %v", c.State, c.Owner, c.Notes)
			}
			if _, replies, _ := f.out.Snapshot(); len(replies) != 0 {
				t.Errorf("%d replies sent from the old prompt", len(replies))
			}
			ps := f.out.PromptsTo("mods")
			cur := ps[len(ps)-1]
			if fb, err := f.press(t, cur, bot.ActClaim, "anna"); err != nil {
				t.Errorf("claim on the new prompt: %q, %v", fb.Text, err)
			}
			if c := f.onlyCase(t); c.State != storage.StateClaimed || c.Owner != "anna" {
				t.Errorf("after a claim on its own prompt: %s owner %q", c.State, c.Owner)
			}
		})
	}
}

// TestActionNonceChecked: a request must carry the case's nonce, unless
// the actor typed the case's number (ByNumber, as in the console).
func TestActionNonceChecked(t *testing.T) {
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "bot.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	f := newFixture(t, st)
	f.say(t, "m1", "u1", "you are a zorblax")
	c := f.onlyCase(t)
	for _, nonce := range []string{"", "abcdefgh", strings.ToUpper(c.Nonce)} {
		_, err := f.bot.Act(f.ctx, bot.ActionRequest{Platform: "fake", CaseID: c.ID, Nonce: nonce, Kind: bot.ActNote, Arg: "x", ActorID: "anna"})
		var ae *bot.ActionError
		if !errors.As(err, &ae) {
			t.Errorf("nonce %q: %v, want an ActionError", nonce, err)
		}
	}
	if _, err := f.bot.Act(f.ctx, bot.ActionRequest{Platform: "fake", CaseID: c.ID, ByNumber: true, Kind: bot.ActNote, Arg: "typed", ActorID: "anna"}); err != nil {
		t.Errorf("by number: %v", err)
	}
}
