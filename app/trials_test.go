package app_test

import (
	"io"
	"reflect"
	"strings"
	"testing"

	"github.com/trygbot/trygbot/app"
	"github.com/trygbot/trygbot/config"
	"github.com/trygbot/trygbot/report"
	"github.com/trygbot/trygbot/templates"
)

// TestTemplateTonesAgree: the tones config accepts in template_order are
// the templates' tones, in their order.
func TestTemplateTonesAgree(t *testing.T) {
	var want []string
	for _, tone := range templates.Tones {
		want = append(want, string(tone))
	}
	if got := config.TemplateTones(); !reflect.DeepEqual(got, want) {
		t.Errorf("config.TemplateTones() = %q, want templates.Tones %q", got, want)
	}
}

// TestTemplateOrderFromConfig: a community's pinned order reaches the
// bot; a community without one has none (random per case).
func TestTemplateOrderFromConfig(t *testing.T) {
	yaml := `
privacy: {pseudonym_key: "${KEY}"}
communities:
  - {id: c, platform: console, chat_id: general, language: en, moderators_chat: mods, moderators: ["user:m"], template_order: [support, empathetic]}
  - {id: d, platform: console, chat_id: other, language: da, moderators_chat: mods2, moderators: ["user:m"]}
`
	cfg := app.ParseConfig(t, yaml)
	comms := app.FromConfig(nil, cfg, strings.NewReader(""), io.Discard).Bot.Communities
	if len(comms) != 2 || !reflect.DeepEqual(comms[0].TemplateOrder, []string{"support", "empathetic"}) || comms[1].TemplateOrder != nil {
		t.Errorf("bot communities' orders: %+v", comms)
	}
}

// TestTrialSettingsFromConfig: the trials: block reaches the process's
// summaries and trygbot report's.
func TestTrialSettingsFromConfig(t *testing.T) {
	yaml := `
privacy: {pseudonym_key: "${KEY}"}
trials: {weeks: 8, min_cases: 30}
communities:
  - {id: c, platform: console, chat_id: general, language: en, moderators_chat: mods, moderators: ["user:m"]}
`
	cfg := app.ParseConfig(t, yaml)
	want := report.TrialSettings{Weeks: 8, MinCases: 30}
	if got := app.FromConfig(nil, cfg, strings.NewReader(""), io.Discard).Trials; !reflect.DeepEqual(got, want) {
		t.Errorf("spec trials %+v, want %+v", got, want)
	}
	src, err := app.ConfigSummarySource(nil, cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(src.Options.Trials, want) {
		t.Errorf("report's trials %+v, want %+v", src.Options.Trials, want)
	}
	if got := app.SummarySource(nil, nil, 0, nil, nil).Options.Trials; !reflect.DeepEqual(got, report.DefaultTrials()) {
		t.Errorf("a summary source without configuration: trials %+v, want the defaults", got)
	}
}
