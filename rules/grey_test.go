package rules_test

import (
	"testing"

	"github.com/trygbot/trygbot/rules"
)

// greyPack has a group lexicon with a phrase slot (adjective + word for
// people), an exception inside which a group word does not count, a slur,
// a frame, a weak rule scored under the threshold and counter-speech.
const greyPack = `
pack: grey
exceptions: [snoquibber]
lexicons:
  group:
    terms: [zorbs, "*quibber"]
  group_adj:
    terms: [zorbic]
  person_noun:
    terms: [families, naboer]
  vermin:
    terms: [rats]
  counter_speech:
    terms: [is racist]
rules:
  - id: g.slur
    category: slur
    terms: [zorblax]
  - id: g.vermin
    category: dehumanisation
    near: [group, vermin]
    within: 2
  - id: g.weak
    category: harassment
    score: 0.3
    terms: [blorp]
`

// TestVerdictGreySignal: the verdict says whether a message names a
// protected group and whether matches were set aside or scored under the
// threshold, so a second opinion can be asked about the messages the
// rules cannot settle (Verdict.Grey).
func TestVerdictGreySignal(t *testing.T) {
	e := mustEngine(t, greyPack)
	tests := []struct {
		name                        string
		text                        string
		flagged, group, aside, grey bool
	}{
		{"nothing", "the weather is nice today", false, false, false, false},
		{"a group word alone", "the zorbs had a party today", false, true, false, true},
		{"a group word inside a longer word is none", "zorbsville is a town", false, false, false, false},
		{"a group word in an exception", "my snoquibber is broken", false, false, false, false},
		{"a group word open at its start", "the neighbours are snarkquibber", false, true, false, true},
		{"adjective and word for people", "zorbic families moved in", false, true, false, true},
		{"adjective, one word, word for people", "zorbic new families moved in", false, true, false, true},
		{"adjective far from the word for people", "zorbic food is what families like", false, false, false, false},
		{"adjective alone", "zorbic food is good", false, false, false, false},
		{"flagged frame", "zorbs are rats", true, true, false, false},
		{"flagged slur names a group", "you zorblax", true, true, false, false},
		{"slur set aside by counter-speech still names a group", "calling someone a zorblax is racist", false, true, true, true},
		{"under the threshold", "what a blorp", false, false, true, true},
		{"under the threshold, with a group", "zorbs blorp", false, true, true, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v := e.Check(tc.text)
			if v.Flagged != tc.flagged || v.Group != tc.group || v.SetAside() != tc.aside || v.Grey() != tc.grey {
				t.Errorf("Check(%q): flagged %v, group %v, set aside %v, grey %v; want %v, %v, %v, %v: %s", tc.text,
					v.Flagged, v.Group, v.SetAside(), v.Grey(), tc.flagged, tc.group, tc.aside, tc.grey, v)
			}
		})
	}
}

// TestGroupSignalAllocs: a message that names a group and matches no rule
// is decided without allocating, as an ordinary message is
// (TestEvaluateAllocs); the signal does not move it onto the slow path.
func TestGroupSignalAllocs(t *testing.T) {
	e := mustEngine(t, greyPack)
	for _, text := range []string{"the zorbs had a party today", "zorbic new families moved in"} {
		m := rules.Message{Text: text}
		if v := e.Evaluate(m); !v.Group || v.Flagged {
			t.Fatalf("Evaluate(%q) = %s, want a group named and not flagged", text, v)
		}
		allocs := testing.AllocsPerRun(200, func() { e.Evaluate(m) })
		// Under -race sync.Pool drops a quarter of what is put back, and
		// a fresh scratch that records hits (a group word was seen) takes
		// about 40 allocations: about 10 a run on average, never near 16
		// in 200 runs unless Evaluate itself allocates per call.
		limit := 0.0
		if raceEnabled() {
			limit = 16
		}
		if allocs > limit {
			t.Errorf("Evaluate(%q): %v allocations per run, want at most %v", text, allocs, limit)
		}
	}
}

// TestBuiltinGroupSignal: the built-in packs name groups in both
// languages.
func TestBuiltinGroupSignal(t *testing.T) {
	e, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text  string
		group bool
	}{
		{"women are welcome at the meeting on Tuesday", true},
		{"muslim families celebrated eid in the park", true},
		{"vi så fodbold hos naboen i går", false},
		{"the game was great, see you tomorrow", false},
	} {
		if v := e.Check(tc.text); v.Group != tc.group || v.Flagged {
			t.Errorf("Check(%q): group %v, flagged %v; want group %v, not flagged: %s", tc.text, v.Group, v.Flagged, tc.group, v)
		}
	}
}
