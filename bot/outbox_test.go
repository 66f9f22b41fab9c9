package bot_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/trygbot/trygbot/bot"
	"github.com/trygbot/trygbot/bot/bottest"
	"github.com/trygbot/trygbot/rules"
	"github.com/trygbot/trygbot/storage"
	"github.com/trygbot/trygbot/storage/sqlite"
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

// Moderators' free text (notes, "not hate" reasons) lives on the case,
// which retention erases; the audit log, kept for longer, never holds it.
func TestFreeTextNotInAudit(t *testing.T) {
	eachStore(t, func(t *testing.T, f *fixture) {
		f.say(t, "m1", "u1", "zorblax")
		c := f.onlyCase(t)
		if _, err := f.act(c.ID, bot.ActNote, "talked to Jens Hansen's mother", "anna"); err != nil {
			t.Fatal(err)
		}
		if _, err := f.act(c.ID, bot.ActDismiss, "it was Jens quoting a song", "anna"); err != nil {
			t.Fatal(err)
		}
		es, err := f.store.ListAudit(f.ctx, storage.AuditQuery{CaseID: c.ID})
		if err != nil {
			t.Fatal(err)
		}
		kinds := 0
		for _, e := range es {
			if strings.Contains(e.Detail, "Jens") {
				t.Errorf("audit %s holds the free text: %q", e.Action, e.Detail)
			}
			if e.Action == "note" || e.Action == "dismiss" {
				kinds++
			}
		}
		if kinds != 2 {
			t.Errorf("audit has %d note/dismiss entries, want 2: %+v", kinds, es)
		}
		if got := f.onlyCase(t); len(got.Notes) < 2 {
			t.Errorf("the case keeps %d notes, want the note and the reason", len(got.Notes))
		}
	})
}

// A press while the store is away tells the moderator, in both languages
// (the case and its community cannot be read), to try again.
func TestActWhileStoreAwaySaysTryAgain(t *testing.T) {
	eachStore(t, func(t *testing.T, f *fixture) {
		f.say(t, "m1", "u1", "zorblax")
		c := f.onlyCase(t)
		f.store.Close()
		fb, err := f.act(c.ID, bot.ActClaim, "", "anna")
		if err == nil {
			t.Fatal("claim with the store closed succeeded")
		}
		if !strings.Contains(fb.Text, "Please try again") || !strings.Contains(fb.Text, "Prøv igen") {
			t.Errorf("feedback = %q, want a try-again in Danish and English", fb.Text)
		}
	})
}

// A message delivered again (after a failure, or by a platform that
// repeats itself) is counted once in the hourly numbers.
func TestRedeliveredMessageCountedOnce(t *testing.T) {
	eachStore(t, func(t *testing.T, f *fixture) {
		f.say(t, "m1", "u1", "zorblax")
		f.say(t, "m1", "u1", "zorblax")
		f.say(t, "m2", "u2", "good morning")
		if err := f.bot.Flush(f.ctx); err != nil {
			t.Fatal(err)
		}
		now := f.clock.Now()
		rows, err := f.store.Volume(f.ctx, now.Add(-time.Hour), now.Add(time.Hour))
		if err != nil {
			t.Fatal(err)
		}
		var msgs, flagged int64
		for _, r := range rows {
			msgs, flagged = msgs+r.Messages, flagged+r.Flagged
		}
		if msgs != 2 || flagged != 1 {
			t.Errorf("counted %d messages, %d flagged; want 2 and 1", msgs, flagged)
		}
	})
}

// panicky is an evaluator with a bug that panics on one text.
type panicky struct{ bot.Evaluator }

func (p panicky) Evaluate(m rules.Message) rules.Verdict {
	if m.Text == "boom" {
		panic("index out of range")
	}
	return p.Evaluator.Evaluate(m)
}

// A message that makes the bot panic is dropped and logged; the messages
// after it are handled (a poison message must not stop every instance).
func TestPanickingMessageDropped(t *testing.T) {
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "p.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	p, _ := rules.ParsePack("t.yaml", []byte(testPack))
	eng, _ := rules.Compile(p)
	var logs strings.Builder
	var mu sync.Mutex
	logger := slog.New(slog.NewTextHandler(lockedWriter{&mu, &logs}, nil))
	b, err := bot.New(logger, st, panicky{eng}, fakeTemplates{}, bot.NewPseudonymizer([]byte("a test key that is long enough!!")),
		bot.Options{Communities: []bot.Community{community}})
	if err != nil {
		t.Fatal(err)
	}
	b.AddOutbox("fake", bottest.NewFakeAdapter("fake"))
	for i, text := range []string{"boom", "zorblax"} {
		err := b.Handle(context.Background(), bot.Event{Platform: "fake", ChatID: "guild1", Channel: "c1", MessageID: fmt.Sprint(i), AuthorID: "u", Text: text})
		if err != nil {
			t.Fatalf("Handle(%q) = %v, want nil (dropped)", text, err)
		}
	}
	if cs, _ := st.ListCases(context.Background(), storage.CaseQuery{}); len(cs) != 1 {
		t.Errorf("cases = %d, want 1 (the message after the panic)", len(cs))
	}
	mu.Lock()
	defer mu.Unlock()
	if !strings.Contains(logs.String(), "made the bot panic") || strings.Contains(logs.String(), "boom") {
		t.Errorf("the panic is not logged, or the message text is:\n%s", logs.String())
	}
}

type lockedWriter struct {
	mu *sync.Mutex
	w  io.Writer
}

func (l lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}
