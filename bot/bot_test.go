package bot_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/trygbot/trygbot/bot"
	"github.com/trygbot/trygbot/bot/bottest"
	"github.com/trygbot/trygbot/internal/redistest"
	"github.com/trygbot/trygbot/rules"
	"github.com/trygbot/trygbot/storage"
	"github.com/trygbot/trygbot/storage/redis"
	"github.com/trygbot/trygbot/storage/sqlite"
)

// testPack flags invented words, so the tests do not depend on the
// built-in packs' content.
const testPack = `
pack: bot-test
rules:
  - id: t.slur.zorblax
    category: slur
    rationale: invented
    terms: [zorblax]
  - id: t.threat.kablooey
    category: threat
    rationale: invented
    terms: [kablooey]
`

// fakeTemplates offers three templates per category.
type fakeTemplates struct{}

func (fakeTemplates) Suggest(_ string, cat rules.Category, lang string, n int, seed uint64) []bot.Template {
	var out []bot.Template
	for i := 1; i <= min(n, 3); i++ {
		out = append(out, bot.Template{ID: fmt.Sprintf("%s.%s.%d", lang, cat, i), Tone: "tone" + fmt.Sprint(i)})
	}
	return out
}

func (fakeTemplates) Render(community, id string, v bot.TemplateVars) (string, string, bool) {
	if !strings.Contains(id, ".") {
		return "", "", false
	}
	return fmt.Sprintf("Hi %s, please keep %s friendly [%s]", v.Author, v.Community, id), "tone", true
}

type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) Add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

type fixture struct {
	bot   *bot.Bot
	store storage.Store
	out   *bottest.FakeAdapter
	clock *clock
	ctx   context.Context
}

var community = bot.Community{
	ID: "north", Name: "North Youth", Platform: "fake", ChatID: "guild1", Lang: "en", RulesLink: "https://example.org/rules",
	ModeratorsChat: "mods", SecondChat: "second", CoordinatorsChat: "coord",
	Moderators: []string{"user:anna", "user:bo", "role:modrole"}, Admins: []string{"user:admin"},
	Coordinators: []string{"user:cecilie", "role:coordrole"}, AllowDelete: true,
}

// eachStore runs a test on SQLite and, where REDIS_ADDR is set, on Redis:
// the workflow must behave the same on both.
func eachStore(t *testing.T, test func(t *testing.T, f *fixture)) {
	eachStoreWith(t, setup{}, test)
}

// eachStoreWith is eachStore with a bot set up as s.
func eachStoreWith(t *testing.T, s setup, test func(t *testing.T, f *fixture)) {
	eachBackend(t, func(t *testing.T, st storage.Store) { test(t, newFixtureWith(t, st, s)) })
}

// eachBackend runs test on a fresh SQLite store and, where REDIS_ADDR is
// set, on a fresh Redis one.
func eachBackend(t *testing.T, test func(t *testing.T, st storage.Store)) {
	t.Run("sqlite", func(t *testing.T) { test(t, mustSQLite(t)) })
	t.Run("redis", func(t *testing.T) { test(t, redistest.Open(t, "bottest", redis.Options{})) })
}

// setup is what a test changes in its fixture's bot; what it leaves zero
// is the default.
type setup struct {
	pack      string             // the rule pack's YAML (testPack)
	templates bot.Templates      // the templates (fakeTemplates)
	start     time.Time          // when the clock starts (Monday 23 November 2026, 09:00 UTC)
	options   func(*bot.Options) // changes to the options (community, 15-minute claim deadline, no sleeping)
}

// newBot builds a bot on st as s says, telling time by now.
func (s setup) newBot(t testing.TB, st storage.Store, now func() time.Time) *bot.Bot {
	t.Helper()
	pack, tpl := s.pack, s.templates
	if pack == "" {
		pack = testPack
	}
	if tpl == nil {
		tpl = fakeTemplates{}
	}
	p, err := rules.ParsePack("test.yaml", []byte(pack))
	if err != nil {
		t.Fatal(err)
	}
	eng, err := rules.Compile(p)
	if err != nil {
		t.Fatal(err)
	}
	opt := bot.Options{Communities: []bot.Community{community}, Now: now, ClaimDeadline: 15 * time.Minute,
		Sleep: func(context.Context, time.Duration) error { return nil }}
	if s.options != nil {
		s.options(&opt)
	}
	b, err := bot.New(slog.New(slog.NewTextHandler(io.Discard, nil)), st, eng, tpl, bot.NewPseudonymizer(testKey), opt)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func newFixture(t *testing.T, st storage.Store) *fixture {
	t.Helper()
	return newFixtureWith(t, st, setup{})
}

// newFixtureWith is newFixture with a bot set up as s.
func newFixtureWith(t testing.TB, st storage.Store, s setup) *fixture {
	t.Helper()
	start := s.start
	if start.IsZero() {
		start = time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC)
	}
	clk := &clock{t: start}
	b := s.newBot(t, st, clk.Now)
	out := bottest.NewFakeAdapter("fake")
	b.AddOutbox("fake", out)
	return &fixture{bot: b, store: st, out: out, clock: clk, ctx: context.Background()}
}

func (f *fixture) say(t *testing.T, id, author, text string) {
	t.Helper()
	err := f.bot.Handle(f.ctx, bot.Event{Kind: bot.KindMessage, Platform: "fake", ChatID: "guild1", Channel: "c1",
		ChannelName: "#general", MessageID: id, AuthorID: author, AuthorName: strings.ToUpper(author[:1]) + author[1:], Text: text,
		JumpURL: "https://fake/" + id})
	if err != nil {
		t.Fatalf("Handle(%q): %v", text, err)
	}
}

func (f *fixture) onlyCase(t *testing.T) storage.Case {
	t.Helper()
	cs, err := f.store.ListCases(f.ctx, storage.CaseQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) != 1 {
		t.Fatalf("cases = %d, want 1", len(cs))
	}
	return cs[0]
}

// countAudit counts the audit entries q lists whose action is action.
func (f *fixture) countAudit(t *testing.T, q storage.AuditQuery, action string) int {
	t.Helper()
	es, err := f.store.ListAudit(f.ctx, q)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range es {
		if e.Action == action {
			n++
		}
	}
	return n
}

// act presses a button of case id's prompt: the request carries the
// case's nonce, as the button's data does.
func (f *fixture) act(id storage.CaseID, kind bot.ActionKind, arg, actor string, roles ...string) (bot.Feedback, error) {
	c, _ := f.store.GetCase(f.ctx, id) // none: the bot says there is no such case
	return f.bot.Act(f.ctx, bot.ActionRequest{Platform: "fake", CaseID: id, Nonce: c.Nonce, Kind: kind, Arg: arg, ActorID: actor,
		ActorName: strings.ToUpper(actor[:1]) + actor[1:], Roles: roles})
}

func TestFlaggedMessageOpensCaseAndPrompts(t *testing.T) {
	eachStore(t, func(t *testing.T, f *fixture) {
		f.say(t, "m1", "u1", "good morning everyone")
		f.say(t, "m2", "u2", "you are a zorblax, go away")
		c := f.onlyCase(t)
		if c.State != storage.StateOpen || c.Category != rules.CatSlur || c.MessageID != "m2" || c.Text != "you are a zorblax, go away" {
			t.Errorf("case = %+v", c)
		}
		if c.Author == "u2" || !strings.HasPrefix(string(c.Author), "p-") || c.AuthorRef != "u2" {
			t.Errorf("author = %q (ref %q), want a pseudonym", c.Author, c.AuthorRef)
		}
		if len(c.Suggested) != 3 || !c.Deadline.Equal(f.clock.Now().Add(15*time.Minute)) {
			t.Errorf("suggested %v, deadline %v", c.Suggested, c.Deadline)
		}
		ps := f.out.PromptsTo("mods")
		if len(ps) != 1 {
			t.Fatalf("prompts to mods = %d, want 1", len(ps))
		}
		p := ps[0]
		if masked := bot.Masked(p.Message); masked != "you are a z••••••, go away" {
			t.Errorf("masked message = %q", masked)
		}
		if len(p.Why) == 0 || !strings.Contains(bot.Masked(p.Why[0]), "t.slur.z••••••") || p.JumpURL != "https://fake/m2" || p.Author != "U2" || p.Channel != "#general" {
			t.Errorf("prompt = %+v", p)
		}
		if len(p.Templates) != 3 || !strings.Contains(p.Templates[0].Text, "North Youth") {
			t.Errorf("templates = %+v", p.Templates)
		}
		kinds := map[bot.ActionKind]bool{}
		for _, a := range p.Actions {
			kinds[a.Kind] = true
			ref, k, arg, err := bot.DecodeAction(a.Data)
			if err != nil || ref != bot.RefOf(c) || k != a.Kind || arg != a.Arg {
				t.Errorf("action data %q decodes to %v %v %q %v", a.Data, ref, k, arg, err)
			}
		}
		for _, k := range []bot.ActionKind{bot.ActTemplate, bot.ActClaim, bot.ActDismiss, bot.ActEscalate, bot.ActDelete, bot.ActNote} {
			if !kinds[k] {
				t.Errorf("prompt lacks action %s", k)
			}
		}
		if len(f.out.PromptsTo("coord")) != 0 {
			t.Error("a slur went to the coordinators at once; only threats and extremism should")
		}
		if err := f.bot.Flush(f.ctx); err != nil {
			t.Fatal(err)
		}
		vol, err := f.store.Volume(f.ctx, f.clock.Now().Add(-time.Hour), f.clock.Now().Add(time.Hour))
		if err != nil {
			t.Fatal(err)
		}
		var msgs, flagged int64
		for _, v := range vol {
			msgs += v.Messages
			flagged += v.Flagged
		}
		if msgs != 2 || flagged != 1 {
			t.Errorf("volume = %d messages, %d flagged; want 2, 1", msgs, flagged)
		}
		audit, _ := f.store.ListAudit(f.ctx, storage.AuditQuery{CaseID: c.ID})
		if len(audit) != 1 || audit[0].Action != "open" {
			t.Errorf("audit = %+v", audit)
		}
	})
}

func TestDuplicateDeliveryMakesOneCase(t *testing.T) {
	eachStore(t, func(t *testing.T, f *fixture) {
		for i := 0; i < 3; i++ {
			f.say(t, "m1", "u1", "zorblax")
		}
		f.onlyCase(t)
		if n := len(f.out.PromptsTo("mods")); n != 1 {
			t.Errorf("prompts = %d, want 1", n)
		}
	})
}

func TestClaimRace(t *testing.T) {
	eachStore(t, func(t *testing.T, f *fixture) {
		f.say(t, "m1", "u1", "zorblax")
		c := f.onlyCase(t)
		mods := []string{"anna", "bo", "x1", "x2", "x3", "x4", "x5", "x6"}
		var wins atomic.Int32
		var wg sync.WaitGroup
		for _, m := range mods {
			wg.Add(1)
			go func(m string) {
				defer wg.Done()
				_, err := f.act(c.ID, bot.ActClaim, "", m, "modrole")
				var ae *bot.ActionError
				switch {
				case err == nil:
					wins.Add(1)
				case errors.As(err, &ae) && strings.Contains(ae.Text, "already has"):
				default:
					t.Errorf("claim by %s: %v", m, err)
				}
			}(m)
		}
		wg.Wait()
		if wins.Load() != 1 {
			t.Fatalf("%d claims succeeded, want exactly 1", wins.Load())
		}
		got, _ := f.store.GetCase(f.ctx, c.ID)
		if got.State != storage.StateClaimed || got.Owner == "" {
			t.Errorf("case after race = %s owner %q", got.State, got.Owner)
		}
		if p := f.out.Current[got.Prompts[0].MessageID]; !strings.Contains(p.Status, got.OwnerName) {
			t.Errorf("prompt status %q does not name the owner %q", p.Status, got.OwnerName)
		}
	})
}

func TestSendTemplateRepliesAndRecords(t *testing.T) {
	eachStore(t, func(t *testing.T, f *fixture) {
		f.say(t, "m1", "u1", "zorblax")
		c := f.onlyCase(t)
		fb, err := f.act(c.ID, bot.ActTemplate, "2", "anna")
		if err != nil {
			t.Fatal(err)
		}
		if fb.Text == "" {
			t.Error("no feedback text")
		}
		_, replies, _ := f.out.Snapshot()
		if len(replies) != 1 {
			t.Fatalf("replies = %d, want 1", len(replies))
		}
		r := replies[0]
		if r.MessageID != "m1" || r.AuthorID != "u1" || r.ChatID != "guild1" || r.Channel != "c1" || !strings.Contains(r.Text, "[en.slur.2]") {
			t.Errorf("reply = %+v", r)
		}
		got, _ := f.store.GetCase(f.ctx, c.ID)
		if got.State != storage.StateResponded || got.Outcome != storage.OutcomeResponded || got.Template != "en.slur.2" ||
			got.Owner != "anna" || got.FirstResponseAt.IsZero() || !got.FollowUpUntil.Equal(f.clock.Now().Add(24*time.Hour)) {
			t.Errorf("case = %+v", got)
		}
		// A second press by someone else changes nothing.
		if _, err := f.act(c.ID, bot.ActTemplate, "1", "bo"); err == nil {
			t.Error("a second reply was allowed on a decided case")
		}
		if _, replies, _ := f.out.Snapshot(); len(replies) != 1 {
			t.Errorf("replies = %d after a second press, want 1", len(replies))
		}
		audit, _ := f.store.ListAudit(f.ctx, storage.AuditQuery{CaseID: c.ID})
		if len(audit) != 2 || audit[1].Action != "template" || audit[1].Actor != "anna" || audit[1].Role != "moderator" {
			t.Errorf("audit = %+v", audit)
		}
		// The author is flagged again within the follow-up window.
		f.clock.Add(time.Hour)
		f.say(t, "m2", "u1", "zorblax again")
		got, _ = f.store.GetCase(f.ctx, c.ID)
		if !got.FlaggedAgain {
			t.Error("flagged again within the follow-up window was not recorded")
		}
		// The window ends: Tick closes the case.
		f.clock.Add(24 * time.Hour)
		if err := f.bot.Tick(f.ctx); err != nil {
			t.Fatal(err)
		}
		got, _ = f.store.GetCase(f.ctx, c.ID)
		if got.State != storage.StateClosed || got.Outcome != storage.OutcomeResponded {
			t.Errorf("after the follow-up window: %s/%s", got.State, got.Outcome)
		}
	})
}

func TestOnlyModeratorsAct(t *testing.T) {
	eachStore(t, func(t *testing.T, f *fixture) {
		f.say(t, "m1", "u1", "zorblax")
		c := f.onlyCase(t)
		for _, k := range []bot.ActionKind{bot.ActClaim, bot.ActTemplate, bot.ActDismiss, bot.ActEscalate, bot.ActDelete, bot.ActNote, bot.ActClose} {
			fb, err := f.act(c.ID, k, "1", "mallory", "somerole")
			if !errors.Is(err, bot.ErrForbidden) || fb.Text == "" {
				t.Errorf("%s by a member: err %v, feedback %q; want ErrForbidden with a message", k, err, fb.Text)
			}
		}
		got, _ := f.store.GetCase(f.ctx, c.ID)
		if got.State != storage.StateOpen || got.Owner != "" || len(got.Notes) != 0 {
			t.Errorf("a refused action changed the case: %+v", got)
		}
		if _, replies, deleted := f.out.Snapshot(); len(replies)+len(deleted) != 0 {
			t.Error("a refused action reached the platform")
		}
		// A moderator through a platform role may act; closing needs more.
		if _, err := f.act(c.ID, bot.ActEscalate, "", "zed", "modrole"); err != nil {
			t.Fatal(err)
		}
		if _, err := f.act(c.ID, bot.ActClose, "", "zed", "modrole"); !errors.Is(err, bot.ErrForbidden) {
			t.Errorf("close by a moderator: %v, want ErrForbidden", err)
		}
		if _, err := f.act(c.ID, bot.ActClose, "", "cecilie"); err != nil {
			t.Errorf("close by a coordinator: %v", err)
		}
	})
}

func TestUrgentGoesToCoordinatorsAtOnce(t *testing.T) {
	eachStore(t, func(t *testing.T, f *fixture) {
		f.say(t, "m1", "u1", "kablooey tonight")
		c := f.onlyCase(t)
		if c.Severity != rules.SevUrgent {
			t.Fatalf("severity = %s", c.Severity)
		}
		coord := f.out.PromptsTo("coord")
		if len(coord) != 1 || len(f.out.PromptsTo("mods")) != 1 {
			t.Fatalf("prompts: coord %d, mods %d; want 1 each", len(coord), len(f.out.PromptsTo("mods")))
		}
		// The coordinators listed by user id are pinged, never their
		// role (role:coordrole has everyone in it).
		if !coord[0].Urgent || len(coord[0].Mentions) != 1 || coord[0].Mentions[0].UserID != "cecilie" {
			t.Errorf("coordinator prompt urgent=%v mentions=%+v; want cecilie alone", coord[0].Urgent, coord[0].Mentions)
		}
	})
}

func TestUnclaimedCaseIsOfferedAgain(t *testing.T) {
	eachStore(t, func(t *testing.T, f *fixture) {
		f.say(t, "m1", "u1", "zorblax")
		c := f.onlyCase(t)
		f.clock.Add(10 * time.Minute)
		if err := f.bot.Tick(f.ctx); err != nil {
			t.Fatal(err)
		}
		if n := len(f.out.PromptsTo("second")); n != 0 {
			t.Fatalf("offered again before the deadline (%d prompts)", n)
		}
		f.clock.Add(6 * time.Minute)
		for i := 0; i < 2; i++ { // a second tick must not offer it twice
			if err := f.bot.Tick(f.ctx); err != nil {
				t.Fatal(err)
			}
		}
		if n := len(f.out.PromptsTo("second")); n != 1 {
			t.Fatalf("prompts to the second chat = %d, want 1", n)
		}
		got, _ := f.store.GetCase(f.ctx, c.ID)
		if got.Reoffers != 1 || len(got.Prompts) != 2 {
			t.Errorf("reoffers %d, prompts %d", got.Reoffers, len(got.Prompts))
		}
		// A claimed case is not offered again.
		f.say(t, "m2", "u2", "zorblax")
		cs, _ := f.store.ListCases(f.ctx, storage.CaseQuery{States: []storage.State{storage.StateOpen}})
		var second storage.Case
		for _, c := range cs {
			if c.MessageID == "m2" {
				second = c
			}
		}
		if _, err := f.act(second.ID, bot.ActClaim, "", "bo"); err != nil {
			t.Fatal(err)
		}
		f.clock.Add(time.Hour)
		if err := f.bot.Tick(f.ctx); err != nil {
			t.Fatal(err)
		}
		if n := len(f.out.PromptsTo("second")); n != 1 {
			t.Errorf("a claimed case was offered again (%d prompts to second)", n)
		}
	})
}

func TestDismissAndDecidedCases(t *testing.T) {
	eachStore(t, func(t *testing.T, f *fixture) {
		f.say(t, "m1", "u1", "zorblax")
		c := f.onlyCase(t)
		if _, err := f.act(c.ID, bot.ActDismiss, "a band name", "anna"); err != nil {
			t.Fatal(err)
		}
		got, _ := f.store.GetCase(f.ctx, c.ID)
		if got.State != storage.StateDismissed || got.Outcome != storage.OutcomeDismissed || got.ClosedAt.IsZero() {
			t.Errorf("case = %s/%s closed %v", got.State, got.Outcome, got.ClosedAt)
		}
		if _, err := f.act(c.ID, bot.ActEscalate, "", "bo"); err == nil {
			t.Error("escalating a dismissed case was allowed")
		}
		p := f.out.Current[got.Prompts[0].MessageID]
		if len(p.Actions) != 0 {
			t.Errorf("a decided case's prompt still offers %d actions", len(p.Actions))
		}
	})
}

func TestSignals(t *testing.T) {
	eachStore(t, func(t *testing.T, f *fixture) {
		f.say(t, "m1", "u1", "zorblax")
		f.clock.Add(time.Minute)
		f.say(t, "m2", "u1", "zorblax!")     // repeat
		f.say(t, "m3", "u2", "zorblax")      // second author
		f.say(t, "m4", "u3", "zorblax zorb") // third author within minutes: pile-on
		err := f.bot.Handle(f.ctx, bot.Event{Kind: bot.KindEdit, Platform: "fake", ChatID: "guild1", Channel: "c1",
			MessageID: "m5", AuthorID: "u4", AuthorName: "U4", Text: "now a zorblax"})
		if err != nil {
			t.Fatal(err)
		}
		cs, _ := f.store.ListCases(f.ctx, storage.CaseQuery{})
		sig := map[string][]string{}
		for _, c := range cs {
			sig[c.MessageID] = c.Signals
		}
		has := func(id, s string) bool {
			for _, x := range sig[id] {
				if x == s {
					return true
				}
			}
			return false
		}
		if has("m1", bot.SignalRepeat) || !has("m2", bot.SignalRepeat) {
			t.Errorf("repeat signals: %v", sig)
		}
		if has("m3", bot.SignalPileOn) || !has("m4", bot.SignalPileOn) {
			t.Errorf("pile-on signals: %v", sig)
		}
		if !has("m5", bot.SignalEdited) {
			t.Errorf("edit signal: %v", sig)
		}
	})
}

func TestRateLimitedPromptArrivesOnce(t *testing.T) {
	eachStore(t, func(t *testing.T, f *fixture) {
		f.out.FailNext = []error{&bot.RateLimitError{RetryAfter: time.Second}, &bot.RateLimitError{RetryAfter: time.Second}}
		f.say(t, "m1", "u1", "zorblax")
		if n := len(f.out.PromptsTo("mods")); n != 1 {
			t.Fatalf("prompts = %d, want exactly 1 after two 429s", n)
		}
		if c := f.onlyCase(t); len(c.Prompts) != 1 {
			t.Errorf("case prompts = %d", len(c.Prompts))
		}
	})
}

func TestDeleteWhereAllowed(t *testing.T) {
	eachStore(t, func(t *testing.T, f *fixture) {
		f.say(t, "m1", "u1", "zorblax")
		c := f.onlyCase(t)
		if _, err := f.act(c.ID, bot.ActDelete, "", "anna"); err != nil {
			t.Fatal(err)
		}
		if _, _, deleted := f.out.Snapshot(); len(deleted) != 1 || deleted[0] != "guild1/c1/m1" {
			t.Errorf("deleted = %v", deleted)
		}
		got, _ := f.store.GetCase(f.ctx, c.ID)
		if got.State != storage.StateDeleted || got.Outcome != storage.OutcomeDeleted {
			t.Errorf("state %s outcome %s", got.State, got.Outcome)
		}
	})
}

func TestUnknownChatAndBotsAreIgnored(t *testing.T) {
	eachStore(t, func(t *testing.T, f *fixture) {
		if err := f.bot.Handle(f.ctx, bot.Event{Platform: "fake", ChatID: "elsewhere", MessageID: "x", AuthorID: "u", Text: "zorblax"}); err != nil {
			t.Fatal(err)
		}
		if err := f.bot.Handle(f.ctx, bot.Event{Platform: "fake", ChatID: "guild1", MessageID: "y", AuthorID: "b", AuthorIsBot: true, Text: "zorblax"}); err != nil {
			t.Fatal(err)
		}
		if cs, _ := f.store.ListCases(f.ctx, storage.CaseQuery{}); len(cs) != 0 {
			t.Errorf("cases = %d, want 0", len(cs))
		}
	})
}

func TestPseudonymsAreStableAndKeyed(t *testing.T) {
	a := bot.NewPseudonymizer([]byte("key one that is long enough......"))
	b := bot.NewPseudonymizer([]byte("key two that is long enough......"))
	if a.Of("discord", "42") != a.Of("discord", "42") {
		t.Error("pseudonym not stable")
	}
	if a.Of("discord", "42") == a.Of("telegram", "42") || a.Of("discord", "42") == b.Of("discord", "42") {
		t.Error("pseudonyms collide across platforms or keys")
	}
	if strings.Contains(string(a.Of("discord", "1234567890")), "1234567890") {
		t.Error("pseudonym contains the id")
	}
}

func TestActionDataRoundTrip(t *testing.T) {
	nonce := storage.NewNonce()
	for _, tc := range []struct {
		ref  bot.CaseRef
		kind bot.ActionKind
		arg  string
	}{
		{bot.CaseRef{ID: 1, Nonce: nonce}, bot.ActClaim, ""}, {bot.CaseRef{ID: 123456789, Nonce: nonce}, bot.ActTemplate, "3"},
		{bot.CaseRef{ID: 42, Nonce: nonce}, bot.ActDismiss, ""}, {bot.CaseRef{ID: 1<<63 - 1, Nonce: nonce}, bot.ActClose, ""},
		{bot.CaseRef{ID: 7}, bot.ActClose, ""}, {bot.CaseRef{ID: 7}, bot.ActTemplate, "2"}, // cases made before nonces
	} {
		data := bot.EncodeAction(tc.ref, tc.kind, tc.arg)
		if len(data) > bot.MaxActionData {
			t.Errorf("%q longer than %d", data, bot.MaxActionData)
		}
		ref, k, arg, err := bot.DecodeAction(data)
		if err != nil || ref != tc.ref || k != tc.kind || arg != tc.arg {
			t.Errorf("round trip of %+v = %v %v %q %v", tc, ref, k, arg, err)
		}
	}
	// Buttons of prompts posted before nonces existed still decode, without one.
	if ref, k, arg, err := bot.DecodeAction("tb1:g:t:2"); err != nil || ref != (bot.CaseRef{ID: 16}) || k != bot.ActTemplate || arg != "2" {
		t.Errorf("DecodeAction(tb1:g:t:2) = %v %v %q %v", ref, k, arg, err)
	}
	for _, bad := range []string{"", "tb1", "tb1:zz", "tb2:1:c", "tb1:0:c", "tb1:-1:c", "tb1:1:q", "tb1:1:t:0", "tb1:1:t:x", strings.Repeat("a", 100),
		"tb2:1::c", "tb2:1:ABCDEFGH:c", "tb2:1:abc-defg:c", "tb2:1:" + strings.Repeat("a", 17) + ":c", "tb2:0:abcdefgh:c", "tb2:1:abcdefgh:q", "tb3:1:abcdefgh:c"} {
		if _, _, _, err := bot.DecodeAction(bad); !errors.Is(err, bot.ErrBadActionData) {
			t.Errorf("DecodeAction(%q) = %v, want ErrBadActionData", bad, err)
		}
	}
}

func FuzzDecodeAction(f *testing.F) {
	f.Add("tb1:1:c")
	f.Add("tb1:zz:t:2")
	f.Add("tb1:1:n:some note")
	f.Add("tb2:1:k3x9abcd:c")
	f.Add("tb2:zz:k3x9abcd:t:2")
	f.Add("tb2:1:k3x9abcd:n:some note")
	f.Fuzz(func(t *testing.T, data string) {
		ref, k, arg, err := bot.DecodeAction(data)
		if err != nil {
			return
		}
		if ref.ID <= 0 || k == "" {
			t.Fatalf("accepted %q as %v %v", data, ref, k)
		}
		again := bot.EncodeAction(ref, k, arg)
		if len(again) > bot.MaxActionData {
			t.Fatalf("re-encoding %q is too long", data)
		}
		if ref2, k2, arg2, err := bot.DecodeAction(again); err != nil || ref2 != ref || k2 != k || arg2 != arg {
			t.Fatalf("%q re-encodes to %q, which decodes to %v %v %q %v", data, again, ref2, k2, arg2, err)
		}
	})
}

func TestExemptShadowIgnoreAndExpire(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "bot.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	p, _ := rules.ParsePack("test.yaml", []byte(testPack))
	eng, _ := rules.Compile(p)
	clk := &clock{t: time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC)}
	comm := community
	comm.Exempt = []string{"role:botrole"}
	comm.ShadowChannels = []string{"trial"}
	comm.IgnoreChannels = []string{"staff"}
	b, err := bot.New(slog.New(slog.NewTextHandler(io.Discard, nil)), st, eng, fakeTemplates{},
		bot.NewPseudonymizer([]byte("a test key that is long enough!!")), bot.Options{
			Communities: []bot.Community{comm}, Now: clk.Now, ExpireAfter: 48 * time.Hour,
		})
	if err != nil {
		t.Fatal(err)
	}
	out := bottest.NewFakeAdapter("fake")
	b.AddOutbox("fake", out)
	say := func(id, channel string, roles []string) {
		t.Helper()
		if err := b.Handle(ctx, bot.Event{Platform: "fake", ChatID: "guild1", Channel: channel, MessageID: id, AuthorID: "u-" + id,
			AuthorRoles: roles, Text: "zorblax"}); err != nil {
			t.Fatal(err)
		}
	}
	say("exempt", "c1", []string{"botrole"})
	say("ignored", "staff", nil)
	say("shadow", "trial", nil)
	say("normal", "c1", nil)
	cs, _ := st.ListCases(ctx, storage.CaseQuery{})
	ids := map[string]storage.Case{}
	for _, c := range cs {
		ids[c.MessageID] = c
	}
	if _, ok := ids["exempt"]; ok {
		t.Error("an exempt author's message opened a case")
	}
	if _, ok := ids["ignored"]; ok {
		t.Error("a message in an ignored channel opened a case")
	}
	sh, ok := ids["shadow"]
	if !ok || !sh.Deadline.IsZero() || !slices.Contains(sh.Signals, bot.SignalShadow) {
		t.Errorf("shadow case = %+v", sh)
	}
	if n := len(out.PromptsTo("mods")); n != 1 {
		t.Errorf("prompts = %d, want 1 (only the normal message)", n)
	}
	b.Flush(ctx)
	vol, _ := st.Volume(ctx, time.Time{}, clk.Now().Add(time.Hour))
	var msgs int64
	for _, v := range vol {
		msgs += v.Messages
	}
	if msgs != 3 {
		t.Errorf("counted %d messages, want 3 (the ignored channel is not counted)", msgs)
	}
	clk.Add(49 * time.Hour)
	if err := b.Tick(ctx); err != nil {
		t.Fatal(err)
	}
	got, _ := st.GetCase(ctx, ids["normal"].ID)
	if got.State != storage.StateClosed || got.Outcome != storage.OutcomeExpired {
		t.Errorf("undecided case after 49 h: %s/%s, want closed/expired", got.State, got.Outcome)
	}
}

func TestRetentionErasesEvidence(t *testing.T) {
	eachStore(t, func(t *testing.T, f *fixture) {
		st := f.store
		b, err := bot.New(slog.New(slog.NewTextHandler(io.Discard, nil)), st, nil, fakeTemplates{},
			bot.NewPseudonymizer([]byte("a test key that is long enough!!")), bot.Options{
				Communities: []bot.Community{community}, Now: f.clock.Now, Retention: 30 * 24 * time.Hour,
			})
		if err != nil {
			t.Fatal(err)
		}
		b.AddOutbox("fake", f.out)
		f.say(t, "m1", "u1", "zorblax")
		c := f.onlyCase(t)
		f.clock.Add(29 * 24 * time.Hour)
		if err := b.Tick(f.ctx); err != nil {
			t.Fatal(err)
		}
		if got, _ := st.GetCase(f.ctx, c.ID); got.Purged || got.Text == "" {
			t.Fatal("evidence erased before the retention period ended")
		}
		f.clock.Add(2 * 24 * time.Hour)
		if err := b.Tick(f.ctx); err != nil {
			t.Fatal(err)
		}
		got, _ := st.GetCase(f.ctx, c.ID)
		if !got.Purged || got.Text != "" || got.AuthorName != "" || got.Category != rules.CatSlur {
			t.Errorf("after retention: purged=%v text=%q name=%q category=%s", got.Purged, got.Text, got.AuthorName, got.Category)
		}
	})
}

func TestEventEncodingRoundTrip(t *testing.T) {
	ev := bot.Event{Kind: bot.KindEdit, Platform: "discord", ChatID: "g", Channel: "c", ChannelName: "#c", MessageID: "m",
		AuthorID: "a", AuthorName: "Ä ø", AuthorIsBot: true, AuthorRoles: []string{"r1", "r2"}, Text: "hej\x00med dig 🤷\u200d♂️",
		At: time.Date(2026, 11, 23, 9, 0, 0, 123, time.UTC), JumpURL: "https://x", ReporterID: "rep"}
	got, err := bot.DecodeEvent(bot.EncodeEvent(ev))
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprintf("%+v", got) != fmt.Sprintf("%+v", ev) {
		t.Errorf("round trip:\n got %+v\nwant %+v", got, ev)
	}
	enc := bot.EncodeEvent(ev)
	for i := 0; i < len(enc); i++ {
		if _, err := bot.DecodeEvent(enc[:i]); err == nil {
			t.Errorf("a truncated event (%d of %d bytes) decoded", i, len(enc))
		}
	}
}

func FuzzDecodeEvent(f *testing.F) {
	f.Add(bot.EncodeEvent(bot.Event{Text: "seed", Platform: "x"}))
	f.Add([]byte{1, 0, 0})
	f.Fuzz(func(t *testing.T, b []byte) {
		ev, err := bot.DecodeEvent(b)
		if err != nil {
			return
		}
		if again, err := bot.DecodeEvent(bot.EncodeEvent(ev)); err != nil || fmt.Sprintf("%+v", again) != fmt.Sprintf("%+v", ev) {
			t.Fatalf("re-encoding changed the event: %v", err)
		}
	})
}

func TestCommands(t *testing.T) {
	eachStore(t, func(t *testing.T, f *fixture) {
		f.say(t, "m1", "u1", "zorblax")
		c := f.onlyCase(t)
		cmd := func(actor, name, arg string, roles ...string) (string, error) {
			return f.bot.Command(f.ctx, bot.CommandRequest{Platform: "fake", ChatID: "mods", ActorID: actor, Roles: roles, Name: name, Arg: arg})
		}
		out, err := cmd("anna", "check", "what a zorblax")
		if err != nil || !strings.Contains(out, "t.slur.zorblax") {
			t.Errorf("check: %q %v", out, err)
		}
		out, err = cmd("anna", "case", fmt.Sprint(c.ID))
		if err != nil || !strings.Contains(out, fmt.Sprintf("Case %d", c.ID)) {
			t.Errorf("case: %q %v", out, err)
		}
		if out, err := cmd("anna", "summary", ""); !errors.Is(err, bot.ErrForbidden) || out == "" {
			t.Errorf("summary by a moderator: %q %v, want a refusal", out, err)
		}
		out, err = cmd("admin", "summary", "")
		if err != nil || !strings.Contains(out, "1 flagged") || !strings.Contains(out, "1 cases") {
			t.Errorf("summary: %q %v", out, err)
		}
		if _, err := cmd("mallory", "check", "x"); !errors.Is(err, bot.ErrForbidden) {
			t.Errorf("check by a member: %v", err)
		}
		if _, err := f.bot.Command(f.ctx, bot.CommandRequest{Platform: "fake", ChatID: "nowhere", ActorID: "anna", Name: "check"}); !errors.Is(err, bot.ErrUnknownCommunity) {
			t.Errorf("unknown chat: %v", err)
		}
	})
}
