package report

import (
	"testing"

	"github.com/trygbot/trygbot/rules"
	"github.com/trygbot/trygbot/storage"
)

// TestRuleFPMasksSlurs: a rule id that names its slur is shown masked, as
// the prompts mask it; other ids are shown as they are.
func TestRuleFPMasksSlurs(t *testing.T) {
	v := rules.Verdict{Matches: []rules.Match{{Rule: "da.slur.perker", Category: rules.CatSlur, Text: "perker", Normalized: []string{"perker"}}}}
	var s Summary
	s.rulesFP([]storage.Case{
		{Rules: []string{"da.threat.first-person-slur", "da.slur.perker"}, Verdict: v},
		{Rules: []string{"da.slur.perker"}, Verdict: v},
	})
	got := map[string]int{}
	for _, r := range s.RuleFP {
		got[r.Rule] = r.Flagged.N
	}
	want := map[string]int{"da.slur.p•••••": 2, "da.threat.first-person-slur": 1}
	if len(got) != len(want) {
		t.Fatalf("rules %v, want %v", got, want)
	}
	for r, n := range want {
		if got[r] != n {
			t.Errorf("rules %v, want %s flagging %d", got, r, n)
		}
	}
}
