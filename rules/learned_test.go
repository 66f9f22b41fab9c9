package rules_test

import (
	"strings"
	"testing"

	"github.com/trygbot/trygbot/rules"
)

// Tests of the learned scorer as part of the engine, on sentences written
// for these tests (none is in the training data or an evaluation suite).
// A statistical model is judged on a set of sentences, not on each one:
// the bounds below say how many it must catch and may flag.

// learnedHateful are hateful messages about a group; most of them no rule
// matches (each run counts those).
var learnedHateful = []struct{ lang, text string }{
	{"da", "der var ingen problemer i kvarteret før alle de arabere flyttede ind"},
	{"da", "de der somaliere i opgangen skal bare altid larme og svine, hele tiden"},
	{"da", "jeg gider ikke have flere muslimer ind i foreningen, de ødelægger stemningen"},
	{"da", "polakkerne på byggepladsen stjæler værktøj så snart man vender ryggen til"},
	{"da", "transpersoner skal holde sig langt væk fra vores børn"},
	{"da", "flygtningene har overtaget hele bydelen og nu tør ingen gå ud om aftenen"},
	{"da", "jøderne har altid penge nok når det passer dem"},
	{"da", "grønlænderne i byen er fulde fra morgen til aften og lever af os andre"},
	{"da", "handicappede koster samfundet en formue og giver intet tilbage"},
	{"da", "bøsserne skal ikke have lov til at adoptere, børn har brug for rigtige forældre"},
	{"da", "hvorfor skal vi betale for at araberne kan sidde og drikke te hele dagen"},
	{"da", "kvinder kan bare ikke finde ud af at lede noget som helst"},
	{"en", "muslims just keep having kids until they take over the whole country"},
	{"en", "never rent your flat to immigrants, you will regret it within a month"},
	{"en", "women should stay home and leave the real jobs to men"},
	{"en", "refugees come here for free houses and free phones, then complain"},
	{"en", "black lads on my estate are the reason nobody walks alone at night"},
	{"en", "jews always find a way to make money off other peoples misery"},
	{"en", "trans women will never be real women no matter how many pills they take"},
	{"en", "disabled kids slow the whole class down, put them somewhere else"},
	{"en", "roma families turn every street they live on into a dump"},
	{"en", "chinese people will eat literally anything that moves"},
}

// learnedNeutral are ordinary messages that name a group.
var learnedNeutral = []struct{ lang, text string }{
	{"da", "de somaliske familier i opgangen har inviteret til fællesspisning på lørdag"},
	{"da", "min kollega er muslim og holder ramadan, så vi rykker frokostmødet"},
	{"da", "polakkerne fra byggepladsen hjalp os med at bære sofaen op"},
	{"da", "transpersoner kan nu skifte navn hurtigere hos kommunen"},
	{"da", "romaernes historie i Europa er en lang fortælling om forfølgelse"},
	{"da", "flygtningene fra Ukraine starter på sprogskolen i næste uge"},
	{"da", "kvindernes hold spiller finale i weekenden, kom og hep"},
	{"da", "der kommer en døv foredragsholder, så vi har bestilt tolk"},
	{"da", "hvor mange jøder boede der i Danmark i 1943?"},
	{"da", "grønlænderne i klubben har lært os at lave suaasat"},
	{"en", "muslims in our street are hosting an iftar for everyone on friday"},
	{"en", "immigrants started a third of the new businesses in town last year"},
	{"en", "my trans cousin just got into medical school"},
	{"en", "the jewish museum has a new exhibition on the 1940s"},
	{"en", "gay couples can adopt here since 2010"},
	{"en", "black players were the backbone of that championship team"},
	{"en", "the disabled access ramp at the club is finally fixed"},
	{"en", "women's football is getting bigger crowds every season"},
	{"en", "refugees at the centre need winter coats, can anyone help?"},
	{"en", "asian families run most of the shops on our high street"},
}

func TestLearnedScorerCatchesAndLeavesAlone(t *testing.T) {
	full, rulesOnly := builtinEngine(t), rulesOnlyEngine(t)
	missed, caught := 0, 0
	for _, c := range learnedHateful {
		m := rules.Message{Text: c.text, Lang: c.lang}
		if v := rulesOnly.Evaluate(m); v.Flagged {
			continue
		}
		missed++
		if v := full.Evaluate(m); v.Flagged {
			if !strings.HasPrefix(v.Matches[0].Rule, rules.LearnedRulePrefix) {
				t.Errorf("%q: flagged by %s, want a learned.* match", c.text, v.Matches[0].Rule)
			}
			caught++
		}
	}
	if missed < 8 {
		t.Fatalf("only %d of the test messages escape the rules: write harder ones", missed)
	}
	if 100*caught < 35*missed {
		t.Errorf("the learned scorer caught %d of %d hateful messages no rule matches, want at least 35%%", caught, missed)
	}
	flagged := 0
	for _, c := range learnedNeutral {
		if v := full.Evaluate(rules.Message{Text: c.text, Lang: c.lang}); v.Flagged {
			flagged++
			t.Logf("flagged: %q: %s", c.text, v)
		}
	}
	if flagged > 1 {
		t.Errorf("%d of %d ordinary messages about groups flagged, want at most 1", flagged, len(learnedNeutral))
	}
}

func TestLearnedMatchExplains(t *testing.T) {
	e := builtinEngine(t)
	n := 0
	for _, c := range learnedHateful {
		v := e.Evaluate(rules.Message{Text: c.text, Lang: c.lang})
		if !v.Flagged || !strings.HasPrefix(v.Matches[0].Rule, rules.LearnedRulePrefix) {
			continue
		}
		n++
		m := v.Matches[0]
		if m.Category != rules.Category(strings.TrimPrefix(m.Rule, rules.LearnedRulePrefix)) || v.Category != m.Category {
			t.Errorf("%q: rule %s with category %s, verdict %s", c.text, m.Rule, m.Category, v.Category)
		}
		wantWhy := "No rule matches"
		if c.lang == "da" {
			wantWhy = "Ingen regel passer"
		}
		if !strings.HasPrefix(m.Why, wantWhy) {
			t.Errorf("%q: why %q, want it to start %q", c.text, m.Why, wantWhy)
		}
		if m.Score < e.Threshold() || m.Score >= 0.8 || m.Severity < rules.SevMedium || m.Severity > rules.SevHigh {
			t.Errorf("%q: score %.3f severity %s: a model's flag scores just over the threshold, medium or high", c.text, m.Score, m.Severity)
		}
		if c.text[m.Start:m.End] != m.Text || len(m.Normalized) == 0 {
			t.Errorf("%q: span %d-%d %q, evidence %q", c.text, m.Start, m.End, m.Text, m.Normalized)
		}
	}
	if n == 0 {
		t.Fatal("no test message is flagged by the learned scorer")
	}
}

func TestLearnedScorerDisabled(t *testing.T) {
	packs, err := rules.BuiltinPacks()
	if err != nil {
		t.Fatal(err)
	}
	full := builtinEngine(t)
	var hit rules.Message
	var cat rules.Category
	for _, c := range learnedHateful {
		m := rules.Message{Text: c.text, Lang: c.lang}
		if v := full.Evaluate(m); v.Flagged && strings.HasPrefix(v.Matches[0].Rule, rules.LearnedRulePrefix) {
			hit, cat = m, v.Category
			break
		}
	}
	if hit.Text == "" {
		t.Fatal("the learned scorer flags none of the test messages")
	}
	for _, d := range []string{"learned.*", "learned." + string(cat)} {
		off, err := rules.ParsePack("off.yaml", []byte("pack: off\ndisable: ["+d+"]\n"))
		if err != nil {
			t.Fatal(err)
		}
		e, err := rules.Compile(append(packs, off)...)
		if err != nil {
			t.Fatalf("disable %s: %v", d, err)
		}
		if v := e.Evaluate(hit); v.Flagged {
			t.Errorf("disable: [%s] still flags %q: %s", d, hit.Text, v)
		}
	}
	// A community's pack turns it off for that community only.
	scoped, err := rules.ParsePack("club.yaml", []byte("pack: club\nscope: {community: club}\ndisable: [learned.*]\n"))
	if err != nil {
		t.Fatal(err)
	}
	set, err := rules.NewSet(packs, []*rules.Pack{scoped})
	if err != nil {
		t.Fatal(err)
	}
	inClub, elsewhere := hit, hit
	inClub.Community, elsewhere.Community = "club", "school"
	if v := set.Evaluate(inClub); v.Flagged {
		t.Errorf("the club's pack disables the learned scorer, yet it flags there: %s", v)
	}
	if v := set.Evaluate(elsewhere); !v.Flagged {
		t.Errorf("another community lost the learned scorer: %s", v)
	}
	// Without the built-in packs there is no learned scorer to disable.
	own, err := rules.ParsePack("own.yaml", []byte("pack: own\nrules:\n  - {id: own.x, category: slur, rationale: test, terms: [zorblax]}\n"))
	if err != nil {
		t.Fatal(err)
	}
	e, err := rules.Compile(own)
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range e.RuleIDs() {
		if strings.HasPrefix(id, rules.LearnedRulePrefix) {
			t.Errorf("an engine of other packs lists %s", id)
		}
	}
	if v := e.Evaluate(hit); v.Flagged {
		t.Errorf("an engine without the built-in packs flags %q: %s", hit.Text, v)
	}
}

// The model speaks only where the rules are silent and no guard objects,
// and only for text it knows.
func TestLearnedScorerAbstains(t *testing.T) {
	e := builtinEngine(t)
	for _, c := range []struct{ lang, text, why string }{
		{"da", "det er racistisk at sige at somaliere altid larmer og sviner", "counter-speech"},
		{"en", "saying muslims keep breeding until they outnumber us is racist nonsense", "counter-speech"},
		{"", "Die Muslime in unserer Straße haben ein Fest für alle organisiert", "a language it was not trained on"},
		{"", "De moslims in onze straat organiseren een feest voor iedereen", "a language it was not trained on"},
		{"da", "muslimer", "a group word alone: no evidence"},
		{"en", "women are brilliant", "a frame whose predicate it does not know"},
	} {
		if v := e.Evaluate(rules.Message{Text: c.text, Lang: c.lang}); v.Flagged {
			t.Errorf("%q (%s): flagged: %s", c.text, c.why, v)
		}
	}
}
