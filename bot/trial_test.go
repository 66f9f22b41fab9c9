package bot_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/trygbot/trygbot/bot"
	"github.com/trygbot/trygbot/rules"
	"github.com/trygbot/trygbot/storage"
)

// trialTones are the tones trialTemplates offers, one template each.
var trialTones = []string{"norm-setting", "empathetic", "question", "support"}

// trialTemplates offers one template per tone, the tones rotated by the
// seed, as templates.Set shuffles them: the bot's order follows the
// seed it passes.
type trialTemplates struct{}

func (trialTemplates) Suggest(_ string, cat rules.Category, lang string, n int, seed uint64) []bot.Template {
	var out []bot.Template
	for i := range min(n, len(trialTones)) {
		tone := trialTones[(int(seed%uint64(len(trialTones)))+i)%len(trialTones)]
		out = append(out, bot.Template{ID: lang + "." + string(cat) + "." + tone, Tone: tone})
	}
	return out
}

func (trialTemplates) Render(_, id string, v bot.TemplateVars) (string, string, bool) {
	i := strings.LastIndexByte(id, '.')
	if i < 0 || !slices.Contains(trialTones, id[i+1:]) {
		return "", "", false
	}
	return "Hi " + v.Author + ", please keep it friendly", id[i+1:], true
}

// eachStoreTrial is eachStore with trialTemplates, three suggestions and
// the communities given.
func eachStoreTrial(t *testing.T, comms []bot.Community, test func(t *testing.T, f *fixture)) {
	eachStoreWith(t, setup{templates: trialTemplates{}, options: func(o *bot.Options) {
		o.Communities, o.Suggestions = comms, 3
	}}, test)
}

// TestOfferRandomisedAndRecorded: each case's order comes from its own
// seed, is recorded with the case (seed, tones in order, not pinned), and
// differs between cases, so every tone is offered first about as often.
func TestOfferRandomisedAndRecorded(t *testing.T) {
	eachStoreTrial(t, []bot.Community{community}, func(t *testing.T, f *fixture) {
		first := map[string]int{}
		for i := range 40 {
			f.say(t, fmt.Sprintf("m%d", i), fmt.Sprintf("u%d", i), "you are a zorblax")
		}
		cs, err := f.store.ListCases(f.ctx, storage.CaseQuery{})
		if err != nil || len(cs) != 40 {
			t.Fatalf("cases: %d, %v", len(cs), err)
		}
		for _, c := range cs {
			o := c.Offer
			if !o.Randomised() || len(o.Tones) != 3 || len(c.Suggested) != 3 {
				t.Fatalf("case %d: offer %+v, suggested %q", c.ID, o, c.Suggested)
			}
			want := trialTemplates{}.Suggest("", c.Category, "en", 3, o.Seed)
			for i, tp := range want {
				if c.Suggested[i] != tp.ID || o.Tones[i] != tp.Tone {
					t.Errorf("case %d: offered %q with tones %q; its seed %d gives %+v", c.ID, c.Suggested, o.Tones, o.Seed, want)
					break
				}
			}
			first[o.Tones[0]]++
		}
		for _, tone := range trialTones {
			if first[tone] < 4 {
				t.Errorf("tone %s offered first in %d of 40 cases; the seeds do not spread the order (%v)", tone, first[tone], first)
			}
		}
		// The prompt shows the replies in the recorded order.
		c := cs[0]
		p := f.out.PromptsTo("mods")[0]
		for i, tp := range p.Templates {
			if tp.ID != c.Suggested[i] || tp.Tone != c.Offer.Tones[i] {
				t.Errorf("prompt reply %d = %s (%s), recorded %s (%s)", i+1, tp.ID, tp.Tone, c.Suggested[i], c.Offer.Tones[i])
			}
		}
	})
}

// TestOfferPinned: a community's pinned tones come first in its order,
// in every case; the others follow; the pin is recorded.
func TestOfferPinned(t *testing.T) {
	pinnedComm := community
	pinnedComm.TemplateOrder = []string{"support", "question"}
	eachStoreTrial(t, []bot.Community{pinnedComm}, func(t *testing.T, f *fixture) {
		for i := range 8 {
			f.say(t, fmt.Sprintf("m%d", i), fmt.Sprintf("u%d", i), "you are a zorblax")
		}
		cs, _ := f.store.ListCases(f.ctx, storage.CaseQuery{})
		thirds := map[string]bool{}
		for _, c := range cs {
			o := c.Offer
			if o.Randomised() || !slices.Equal(o.Pinned, []string{"support", "question"}) {
				t.Fatalf("case %d: offer %+v, want pinned support, question", c.ID, o)
			}
			if len(o.Tones) != 3 || o.Tones[0] != "support" || o.Tones[1] != "question" || c.Suggested[0] != "en.slur.support" {
				t.Errorf("case %d: tones %q, suggested %q; want support, question first", c.ID, o.Tones, c.Suggested)
			}
			thirds[o.Tones[2]] = true
		}
		if len(thirds) < 2 {
			t.Errorf("the unpinned third place was always %v; it should follow each case's seed", thirds)
		}
	})
}

// TestSentToneRecorded: sending a reply records its template and tone,
// the target-support tone included.
func TestSentToneRecorded(t *testing.T) {
	eachStoreTrial(t, []bot.Community{community}, func(t *testing.T, f *fixture) {
		f.say(t, "m1", "u1", "you are a zorblax")
		c := f.onlyCase(t)
		n := slices.Index(c.Offer.Tones, "support")
		if n < 0 {
			n = 0
		}
		f.clock.Add(4 * time.Minute)
		if _, err := f.act(c.ID, bot.ActTemplate, fmt.Sprint(n+1), "anna"); err != nil {
			t.Fatal(err)
		}
		got, _ := f.store.GetCase(f.ctx, c.ID)
		if got.Template != c.Suggested[n] || got.Tone != c.Offer.Tones[n] || !got.FirstResponseAt.Equal(f.clock.Now()) {
			t.Errorf("sent %q tone %q at %v; want %q tone %q at %v", got.Template, got.Tone, got.FirstResponseAt, c.Suggested[n], c.Offer.Tones[n], f.clock.Now())
		}
		if slices.Contains(c.Offer.Tones, "support") && got.Tone != "support" {
			t.Errorf("a reply to the targeted person is recorded with tone %q, want support", got.Tone)
		}
	})
}

// TestDeleteReported: the platform's report that a flagged message was
// deleted marks its case (once, the first time), and a deleted message
// without a case, or in a chat the bot does not serve, changes nothing.
func TestDeleteReported(t *testing.T) {
	eachStoreTrial(t, []bot.Community{community}, func(t *testing.T, f *fixture) {
		f.say(t, "m1", "u1", "you are a zorblax")
		f.say(t, "m2", "u2", "good morning")
		del := func(chat, id string, at time.Time) {
			t.Helper()
			if err := f.bot.Handle(f.ctx, bot.Event{Kind: bot.KindDelete, Platform: "fake", ChatID: chat, Channel: "c1", MessageID: id, At: at}); err != nil {
				t.Fatalf("Handle(delete %s): %v", id, err)
			}
		}
		at := f.clock.Now().Add(90 * time.Minute)
		del("guild1", "m2", at)
		del("other-guild", "m1", at)
		if c := f.onlyCase(t); !c.DeletedAt.IsZero() {
			t.Fatalf("deleted at %v after deletes of other messages", c.DeletedAt)
		}
		del("guild1", "m1", at)
		del("guild1", "m1", at.Add(time.Hour))
		c := f.onlyCase(t)
		if !c.DeletedAt.Equal(at) {
			t.Errorf("deleted at %v, want %v (the first report)", c.DeletedAt, at)
		}
		if n := f.countAudit(t, storage.AuditQuery{CaseID: c.ID}, "message_deleted"); n != 1 {
			t.Errorf("%d message_deleted audit entries, want 1", n)
		}
		// Without a time, the bot's clock.
		f.say(t, "m3", "u3", "you are a zorblax")
		del("guild1", "m3", time.Time{})
		c3, _ := f.store.CaseByKey(f.ctx, storage.CaseKey("fake", "guild1", "c1", "m3"))
		if !c3.DeletedAt.Equal(f.clock.Now()) {
			t.Errorf("deleted at %v, want the bot's clock %v", c3.DeletedAt, f.clock.Now())
		}
	})
}
