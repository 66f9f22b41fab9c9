package config

import (
	"reflect"
	"testing"
)

// two is a second community in block style, lines 5-10 after head.
const two = "  - id: c2\n    platform: discord\n    chat_id: \"101\"\n    language: en\n    moderators_chat: \"201\"\n    moderators: [\"user:1\"]\n"

// TestTrialsProblems: each bad trials setting or pinned order is one
// problem at its line, naming the field and the fix.
func TestTrialsProblems(t *testing.T) {
	checkProblems(t, head, baseEnv, false, []problemCase{
		{"weeks zero", "trials:\n  weeks: 0\n", 6, "trials.weeks", "got 0", "1 to 104; the default is 12"},
		{"weeks too many", "trials:\n  weeks: 500\n", 6, "trials.weeks", "got 500", "1 to 104"},
		{"min cases", "trials:\n  min_cases: 0\n", 6, "trials.min_cases", "must be at least 1, got 0", `"not enough data"`},
		{"unknown tone", two + "    template_order: [support, empathic]\n", 11, "communities[1].template_order[1]",
			`unknown tone "empathic"`, `did you mean "empathetic"?; tones are norm-setting, empathetic, question, support, firm`},
		{"tone twice", two + "    template_order:\n      - support\n      - question\n      - support\n", 14, "communities[1].template_order[2]",
			`tone "support" appears twice`, "name each tone once"},
	})
}

// TestTrialsAccepted: the defaults, a pinned order as written, and the
// environment's override.
func TestTrialsAccepted(t *testing.T) {
	c := mustLoad(t, head, baseEnv)
	if c.Trials != (Trials{Weeks: 12, MinCases: 20}) || c.Communities[0].TemplateOrder != nil {
		t.Errorf("defaults: %+v, order %q", c.Trials, c.Communities[0].TemplateOrder)
	}
	c = mustLoad(t, head+two+"    template_order: [empathetic, support]\ntrials: {weeks: 26, min_cases: 5}\n", baseEnv)
	if got := c.Communities[1].TemplateOrder; !reflect.DeepEqual(got, []string{"empathetic", "support"}) || c.Trials.Weeks != 26 || c.Trials.MinCases != 5 {
		t.Errorf("order %q, trials %+v", got, c.Trials)
	}
	c = mustLoad(t, head, with(baseEnv, map[string]string{"TRYGBOT_TRIALS_MIN_CASES": "40"}))
	if c.Trials.MinCases != 40 {
		t.Errorf("TRYGBOT_TRIALS_MIN_CASES=40: min_cases %d", c.Trials.MinCases)
	}
}
