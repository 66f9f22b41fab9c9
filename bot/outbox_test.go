package bot_test

import (
	"errors"
	"io"
	"log/slog"
	"sync"
	"testing"
	"time"

	"github.com/trygbot/trygbot/bot"
	"github.com/trygbot/trygbot/storage"
)

// A platform that fails for longer than the retries last: the case keeps
// owing its prompt, a later tick posts it, and it arrives exactly once.
func TestOwedPromptPostedByLaterTick(t *testing.T) {
	eachStore(t, func(t *testing.T, f *fixture) {
		down := errors.New("502 bad gateway")
		f.out.FailNext = []error{down, down, down, down, down} // every retry of the first attempt
		f.say(t, "m1", "u1", "zorblax")
		c := f.onlyCase(t)
		if len(c.Prompts) != 0 || c.PromptDue.IsZero() {
			t.Fatalf("after a failed prompt: prompts %v, due %v; want none and due set", c.Prompts, c.PromptDue)
		}
		if err := f.bot.Tick(f.ctx); err != nil {
			t.Fatal(err)
		}
		if n := len(f.out.PromptsTo("mods")); n != 0 {
			t.Fatalf("tick before prompt_retry posted %d prompts, want 0", n)
		}
		f.clock.Add(time.Minute)
		if err := f.bot.Tick(f.ctx); err != nil {
			t.Fatal(err)
		}
		if err := f.bot.Tick(f.ctx); err != nil {
			t.Fatal(err)
		}
		if n := len(f.out.PromptsTo("mods")); n != 1 {
			t.Fatalf("prompts after the platform recovered = %d, want exactly 1", n)
		}
		c = f.onlyCase(t)
		if len(c.Prompts) != 1 || !c.PromptDue.IsZero() {
			t.Errorf("case: prompts %v, due %v; want one and due cleared", c.Prompts, c.PromptDue)
		}
	})
}

// A process that died after storing the case and before posting (the case
// owes its prompt, its lease ran out): a redelivery of the message posts
// the prompt and opens no second case; so does a tick, once.
func TestCrashBeforePromptRepairedOnRedelivery(t *testing.T) {
	eachStore(t, func(t *testing.T, f *fixture) {
		f.out.FailNext = []error{errors.New("killed"), errors.New("killed"), errors.New("killed"), errors.New("killed"), errors.New("killed")}
		f.say(t, "m1", "u1", "zorblax") // stands in for the process that died
		f.clock.Add(2 * time.Minute)
		f.say(t, "m1", "u1", "zorblax") // the sender delivers it again after the restart
		f.say(t, "m1", "u1", "zorblax")
		if err := f.bot.Tick(f.ctx); err != nil {
			t.Fatal(err)
		}
		c := f.onlyCase(t)
		if n := len(f.out.PromptsTo("mods")); n != 1 || len(c.Prompts) != 1 {
			t.Fatalf("prompts = %d posted, %d stored; want exactly 1", n, len(c.Prompts))
		}
	})
}

// Two instances sharing one store tick at the same moment: the lease lets
// one of them post each owed prompt.
func TestOwedPromptOneInstanceWins(t *testing.T) {
	eachStore(t, func(t *testing.T, f *fixture) {
		for _, id := range []string{"m1", "m2", "m3"} {
			f.out.FailNext = []error{errors.New("x"), errors.New("x"), errors.New("x"), errors.New("x"), errors.New("x")}
			f.say(t, id, "u"+id, "zorblax")
		}
		f.clock.Add(time.Minute)
		second, err := bot.New(slog.New(slog.NewTextHandler(io.Discard, nil)), f.store, nil, fakeTemplates{}, bot.NewPseudonymizer([]byte("a test key that is long enough!!")),
			bot.Options{Communities: []bot.Community{community}, Now: f.clock.Now})
		if err != nil {
			t.Fatal(err)
		}
		second.AddOutbox("fake", f.out)
		var wg sync.WaitGroup
		for _, b := range []*bot.Bot{f.bot, second, f.bot, second} {
			wg.Add(1)
			go func() { defer wg.Done(); _ = b.Tick(f.ctx) }()
		}
		wg.Wait()
		if n := len(f.out.PromptsTo("mods")); n != 3 {
			t.Errorf("prompts = %d, want exactly 3 (one per case)", n)
		}
		cs, _ := f.store.ListCases(f.ctx, storage.CaseQuery{})
		for _, c := range cs {
			if len(c.Prompts) != 1 || !c.PromptDue.IsZero() {
				t.Errorf("case %d: prompts %v, due %v", c.ID, c.Prompts, c.PromptDue)
			}
		}
	})
}
