package bot_test

import (
	"context"
	"errors"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/trygbot/trygbot/bot"
	"github.com/trygbot/trygbot/rules"
	"github.com/trygbot/trygbot/storage"
)

// greyBotPack has the test pack's slur and threat, a group word (a
// message naming the zorbs is grey: the rules cannot settle it) and
// counter-speech, which sets a slur aside.
const greyBotPack = testPack + `
lexicons:
  group:
    terms: [zorbs]
  counter_speech:
    terms: [is racist]
`

// fakeModel is a SecondOpinion that answers with answer, counting the
// questions and the texts it was asked.
type fakeModel struct {
	answer func(ctx context.Context, text string) (bot.Opinion, error)
	mu     sync.Mutex
	texts  []string
	langs  []string
}

func (m *fakeModel) Opinion(ctx context.Context, text, lang string) (bot.Opinion, error) {
	m.mu.Lock()
	m.texts, m.langs = append(m.texts, text), append(m.langs, lang)
	m.mu.Unlock()
	return m.answer(ctx, text)
}

func (m *fakeModel) asked() []string {
	m.mu.Lock()
	defer m.mu.Unlock()
	return append([]string(nil), m.texts...)
}

// hateOpinion is Qwen3Guard's "Unsafe, Unethical Acts" read as hate.
var hateOpinion = bot.Opinion{Model: "qwen3guard-gen-0.6b", Hate: true, Label: "unsafe", Categories: []string{"Unethical Acts"},
	Category: rules.CatGeneralisation, MaxSeverity: rules.SevMedium}

// safeOpinion is "Safe".
var safeOpinion = bot.Opinion{Model: "qwen3guard-gen-0.6b", Label: "safe"}

// recordingMetrics counts the second opinion's events (and ignores the
// rest).
type recordingMetrics struct {
	mu     sync.Mutex
	events map[string]int
	timed  map[string]int
}

func (m *recordingMetrics) Message(string, string, bool, string, time.Duration) {}
func (m *recordingMetrics) Prompt(string, string)                               {}
func (m *recordingMetrics) Action(bot.ActionKind, string)                       {}
func (m *recordingMetrics) StoreError(string)                                   {}
func (m *recordingMetrics) PromptFailed(string)                                 {}
func (m *recordingMetrics) SecondOpinion(e string) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.events[e]++
}
func (m *recordingMetrics) SecondOpinionLatency(r string, _ time.Duration) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.timed[r]++
}

func (m *recordingMetrics) count(e string) int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.events[e]
}

// opinionFixture is a bot with greyBotPack, a community that makes
// model cases as mode says, in lang, and model as its second opinion,
// its workers running until the test ends.
type opinionFixture struct {
	*fixture
	model   *fakeModel
	metrics *recordingMetrics
}

func newOpinionFixture(t testing.TB, st storage.Store, mode, lang string, opt bot.SecondOpinionOptions, model *fakeModel) *opinionFixture {
	t.Helper()
	comm := community
	comm.ModelCases, comm.Lang = mode, lang
	m := &recordingMetrics{events: map[string]int{}, timed: map[string]int{}}
	f := newFixtureWith(t, st, setup{pack: greyBotPack, options: func(o *bot.Options) {
		o.Communities, o.Metrics = []bot.Community{comm}, m
	}})
	if model != nil {
		f.bot.UseSecondOpinion(model, opt)
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan struct{})
		go func() { defer close(done); _ = f.bot.RunSecondOpinions(ctx) }()
		t.Cleanup(func() { cancel(); <-done })
	}
	return &opinionFixture{fixture: f, model: model, metrics: m}
}

// eventually waits up to 5 s for cond.
func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func (f *opinionFixture) cases(t *testing.T) []storage.Case {
	t.Helper()
	cs, err := f.store.ListCases(f.ctx, storage.CaseQuery{})
	if err != nil {
		t.Fatal(err)
	}
	return cs
}

func promptText(p bot.Prompt) string {
	var b strings.Builder
	b.WriteString(p.Title + "\n")
	for _, w := range p.Why {
		b.WriteString(bot.Masked(w) + "\n")
	}
	b.WriteString(strings.Join(p.Signals, "\n"))
	return b.String()
}

// TestModelOnlyCase: a grey message the rules did not flag, which the
// model calls hate, becomes a case with source "model", the model's
// category, medium severity, and a prompt that says plainly that it is a
// second opinion from a model, named, not a rule. A message that is not
// grey is not asked about.
func TestModelOnlyCase(t *testing.T) {
	eachBackend(t, func(t *testing.T, st storage.Store) {
		model := &fakeModel{answer: func(context.Context, string) (bot.Opinion, error) { return hateOpinion, nil }}
		f := newOpinionFixture(t, st, bot.ModelCasesPrompt, "en", bot.SecondOpinionOptions{}, model)
		f.say(t, "m1", "u1", "good morning everyone")
		f.say(t, "m2", "u2", "the zorbs are at it again, you know what they are like")
		eventually(t, "a model case", func() bool { return len(f.cases(t)) == 1 && len(f.out.PromptsTo("mods")) == 1 })
		if got := model.asked(); len(got) != 1 || got[0] != "the zorbs are at it again, you know what they are like" {
			t.Errorf("the model was asked about %q, want only the grey message", got)
		}
		c := f.cases(t)[0]
		if c.Source != storage.SourceModel || c.Category != rules.CatGeneralisation || c.Severity != rules.SevMedium ||
			c.Verdict.Flagged || c.Model == nil || c.Model.Name != "qwen3guard-gen-0.6b" || !c.Model.Hate || c.FlaggedBy() != storage.SourceModel ||
			len(c.Rules) != 0 || c.State != storage.StateOpen || c.Deadline.IsZero() {
			t.Fatalf("model case = %+v, model %+v", c, c.Model)
		}
		p := f.out.PromptsTo("mods")[0]
		text := promptText(p)
		for _, want := range []string{"second opinion from a model", "Second opinion from the model qwen3guard-gen-0.6b, not a rule",
			"Unethical Acts → hateful generalisation", "No rule flagged the message"} {
			if !strings.Contains(text, want) {
				t.Errorf("prompt lacks %q:\n%s", want, text)
			}
		}
		if len(p.Templates) == 0 || len(p.Actions) == 0 {
			t.Errorf("model case prompt has no replies or actions: %+v", p)
		}
		s := f.bot.SecondOpinionStats()
		if s.Asked != 1 || s.Answered != 1 || s.ModelOnly != 1 || f.metrics.count("model_only") != 1 || f.metrics.count("asked") != 1 {
			t.Errorf("stats = %+v, metrics %v", s, f.metrics.events)
		}
		// The volunteer's "not hate" closes it as any case.
		if _, err := f.act(c.ID, bot.ActDismiss, "", "anna"); err != nil {
			t.Fatal(err)
		}
	})
}

// TestModelCasesPerCommunity: review puts the model's case on the
// dashboard's review list without prompting anyone; off opens none; an
// answer that is unsafe for something other than hate opens nothing.
func TestModelCasesPerCommunity(t *testing.T) {
	st := mustSQLite(t)
	t.Run("review", func(t *testing.T) {
		model := &fakeModel{answer: func(context.Context, string) (bot.Opinion, error) { return hateOpinion, nil }}
		f := newOpinionFixture(t, st, "", "da", bot.SecondOpinionOptions{}, model) // "" is review
		f.say(t, "r1", "u1", "zorbs alle sammen")
		eventually(t, "a model case", func() bool {
			cs, _ := st.ListCases(f.ctx, storage.CaseQuery{Source: storage.SourceModel})
			return len(cs) == 1
		})
		cs, _ := st.ListCases(f.ctx, storage.CaseQuery{Source: storage.SourceModel})
		c := cs[0]
		if len(f.out.PromptsTo("mods")) != 0 || !c.Deadline.IsZero() || !c.PromptDue.IsZero() || c.State != storage.StateOpen ||
			len(c.Signals) != 1 || c.Signals[0] != bot.SignalReview {
			t.Errorf("review: prompts %d, case %+v", len(f.out.PromptsTo("mods")), c)
		}
	})
	for _, tc := range []struct {
		name, mode string
		op         bot.Opinion
	}{
		{"off", bot.ModelCasesOff, hateOpinion},
		{"not hate-related", bot.ModelCasesPrompt, bot.Opinion{Model: "llama-guard3:1b", Label: "unsafe", Categories: []string{"S7"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			model := &fakeModel{answer: func(context.Context, string) (bot.Opinion, error) { return tc.op, nil }}
			f := newOpinionFixture(t, st, tc.mode, "en", bot.SecondOpinionOptions{}, model)
			before := len(f.cases(t))
			f.say(t, tc.name, "u1", "zorbs everywhere, see "+tc.name)
			eventually(t, "the answer", func() bool { return f.bot.SecondOpinionStats().Answered == 1 })
			if n := len(f.cases(t)); n != before || len(f.out.PromptsTo("mods")) != 0 {
				t.Errorf("%s: %d new cases, %d prompts; want none", tc.name, n-before, len(f.out.PromptsTo("mods")))
			}
		})
	}
}

// TestSecondOpinionOnRuleCase: with send all, the model is asked about a
// message the rules flagged once its prompt is posted; its agreement or
// disagreement is stored with the case, shown in the prompt (edited in
// place, in the community's language), and never removes the flag.
func TestSecondOpinionOnRuleCase(t *testing.T) {
	eachBackend(t, func(t *testing.T, st storage.Store) {
		model := &fakeModel{answer: func(_ context.Context, text string) (bot.Opinion, error) {
			if strings.Contains(text, "kablooey") {
				return safeOpinion, nil
			}
			return hateOpinion, nil
		}}
		f := newOpinionFixture(t, st, bot.ModelCasesPrompt, "da", bot.SecondOpinionOptions{Send: bot.SendAll}, model)
		f.say(t, "m1", "u1", "you are a zorblax")
		f.say(t, "m2", "u2", "kablooey tonight")
		eventually(t, "both opinions", func() bool {
			s := f.bot.SecondOpinionStats()
			return s.Agree == 1 && s.Disagree == 1
		})
		cs := f.cases(t)
		if len(cs) != 2 {
			t.Fatalf("cases = %d, want the rules' 2", len(cs))
		}
		for i, want := range []struct {
			by, line string
			cat      rules.Category
		}{
			{storage.SourceBoth, "Modellen qwen3guard-gen-0.6b er enig: den vurderer også beskeden som had (Unethical Acts → ", rules.CatSlur},
			{storage.SourceRules, "Modellen qwen3guard-gen-0.6b er uenig: den vurderer ikke beskeden som had (harmløs). Reglens markering gælder stadig", rules.CatThreat},
		} {
			c := cs[i]
			if c.FlaggedBy() != want.by || !c.Verdict.Flagged || c.Category != want.cat || c.Source != "" {
				t.Errorf("case %d: flagged by %q, category %s, source %q; want %q, %s, rules", c.ID, c.FlaggedBy(), c.Category, c.Source, want.by, want.cat)
			}
			var cur bot.Prompt
			eventually(t, "the prompt edited", func() bool {
				c, _ = f.store.GetCase(f.ctx, c.ID)
				var ok bool
				cur, ok = f.out.CurrentOf(c.Prompts[0].MessageID)
				return ok && strings.Contains(promptText(cur), want.line)
			})
			if strings.Contains(promptText(cur), "zorblax") {
				t.Errorf("the edited prompt shows the slur:\n%s", promptText(cur))
			}
		}
		if f.out.UpdateCount() < 2 || f.metrics.count("agree") != 1 || f.metrics.count("disagree") != 1 {
			t.Errorf("updates %d, metrics %v", f.out.UpdateCount(), f.metrics.events)
		}
		// A second answer on the same case changes nothing.
		audit, _ := f.store.ListAudit(f.ctx, storage.AuditQuery{CaseID: cs[0].ID})
		n := 0
		for _, a := range audit {
			if a.Action == "second_opinion" {
				n++
				if strings.Contains(a.Detail, "zorblax") {
					t.Errorf("audit quotes the message: %q", a.Detail)
				}
			}
		}
		if n != 1 {
			t.Errorf("second_opinion audit entries = %d, want 1", n)
		}
	})
}

// TestSecondOpinionMasksSlurs: a slur the rules set aside (counter-speech)
// is hidden in the prompt of a case the model opened on that message.
func TestSecondOpinionMasksSlurs(t *testing.T) {
	st := mustSQLite(t)
	model := &fakeModel{answer: func(context.Context, string) (bot.Opinion, error) { return hateOpinion, nil }}
	f := newOpinionFixture(t, st, bot.ModelCasesPrompt, "en", bot.SecondOpinionOptions{}, model)
	f.say(t, "m1", "u1", "calling them zorblax is racist, lol, zorblax")
	eventually(t, "the model's prompt", func() bool { return len(f.out.PromptsTo("mods")) == 1 })
	p := f.out.PromptsTo("mods")[0]
	if m := bot.Masked(p.Message); strings.Contains(m, "zorblax") {
		t.Errorf("model case prompt shows the slur: %q", m)
	}
}

// TestSecondOpinionNeverInTheWay: a model that hangs, fails or is
// swamped changes nothing on the rules path: every message is handled at
// once and the rules' cases and prompts are as without a model;
// questions beyond MaxWaiting are dropped and counted.
func TestSecondOpinionNeverInTheWay(t *testing.T) {
	release := make(chan struct{})
	var inModel atomic.Int32
	hang := &fakeModel{answer: func(ctx context.Context, _ string) (bot.Opinion, error) {
		inModel.Add(1)
		select {
		case <-release:
		case <-ctx.Done():
		}
		return bot.Opinion{}, errors.New("classifier: no answer within 10s: classifier: timeout")
	}}
	t.Cleanup(func() { close(release) })
	st := mustSQLite(t)
	f := newOpinionFixture(t, st, bot.ModelCasesPrompt, "en", bot.SecondOpinionOptions{Send: bot.SendAll, Workers: 2, MaxWaiting: 3}, hang)
	start := time.Now()
	for i := range 20 {
		text := "zorbs are here"
		if i%4 == 0 {
			text = "you are a zorblax"
		}
		f.say(t, "m"+string(rune('a'+i)), "u1", text)
	}
	took := time.Since(start)
	if took > 3*time.Second {
		t.Errorf("20 messages took %s with the model hanging", took)
	}
	eventually(t, "both workers in the model", func() bool { return inModel.Load() == 2 })
	s := f.bot.SecondOpinionStats()
	if s.Asked+s.Dropped != 20 || s.Dropped < 20-2-3 || s.Dropped == 0 || f.metrics.count("dropped") != int(s.Dropped) {
		t.Errorf("stats = %+v: want every question asked or dropped, at most 5 taken", s)
	}
	cs := f.cases(t)
	if len(cs) != 5 || len(f.out.PromptsTo("mods")) != 5 {
		t.Errorf("cases %d, prompts %d; want the rules' 5 and 5", len(cs), len(f.out.PromptsTo("mods")))
	}
	for _, c := range cs {
		if c.Model != nil || c.Source != "" {
			t.Errorf("case %d changed by a model that gave no answer: %+v", c.ID, c)
		}
	}
}

// TestSecondOpinionFailureLeavesRules: a model that answers with an error
// leaves the rules' case and prompt alone; it is counted as failed.
func TestSecondOpinionFailureLeavesRules(t *testing.T) {
	st := mustSQLite(t)
	model := &fakeModel{answer: func(context.Context, string) (bot.Opinion, error) {
		return bot.Opinion{}, errors.New("classifier: circuit open after repeated failures")
	}}
	f := newOpinionFixture(t, st, bot.ModelCasesPrompt, "en", bot.SecondOpinionOptions{Send: bot.SendAll}, model)
	f.say(t, "m1", "u1", "you are a zorblax")
	f.say(t, "m2", "u1", "zorbs are here")
	eventually(t, "two failures", func() bool { return f.bot.SecondOpinionStats().Failed == 2 })
	cs := f.cases(t)
	if len(cs) != 1 || cs[0].Model != nil || f.out.UpdateCount() != 0 || f.metrics.count("failed") != 2 {
		t.Errorf("cases %+v, updates %d, metrics %v", cs, f.out.UpdateCount(), f.metrics.events)
	}
}
