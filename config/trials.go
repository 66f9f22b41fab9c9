package config

import (
	"fmt"
	"slices"
	"strings"

	"github.com/trygbot/trygbot/internal/yamlerr"
)

// TemplateTones lists the tones a community's template_order may name:
// the templates package's tones, in its order (app's
// TestTemplateTonesAgree keeps the two lists the same).
func TemplateTones() []string { return slices.Clone(templateTones) }

var templateTones = []string{"norm-setting", "empathetic", "question", "support", "firm"}

// Trials configures the template trials table of the weekly summary and
// `trygbot report --trials`: how each template and tone did against the
// others of its category (see the README, "Template trials").
type Trials struct {
	// Weeks is how many weeks of cases the table covers, ending with the
	// summarised week: a trial needs more cases than one week has.
	Weeks int `yaml:"weeks"`
	// MinCases: a template, tone or comparison group with fewer cases
	// whose outcome is known reads "not enough data" instead of a rate.
	MinCases int `yaml:"min_cases"`
}

// defaultTrials are the trial table's defaults: twelve weeks, and twenty
// cases before a rate is shown (a 95% interval is then still some ±20
// points wide).
func defaultTrials() Trials { return Trials{Weeks: 12, MinCases: 20} }

func (c *Config) validateTrials(p *problems) {
	t := c.Trials
	if t.Weeks < 1 || t.Weeks > 104 {
		p.addf("trials.weeks", "weeks of cases the trial table covers, 1 to 104; the default is 12", "got %d", t.Weeks)
	}
	if t.MinCases < 1 {
		p.addf("trials.min_cases", "fewer cases read \"not enough data\"; the default is 20", "must be at least 1, got %d", t.MinCases)
	}
	for i := range c.Communities {
		checkTemplateOrder(p, fmt.Sprintf("communities[%d].template_order", i), c.Communities[i].TemplateOrder)
	}
}

// checkTemplateOrder checks a pinned order of tones: known tones, each
// once.
func checkTemplateOrder(p *problems, path string, order []string) {
	seen := map[string]bool{}
	for j, tone := range order {
		at := fmt.Sprintf("%s[%d]", path, j)
		switch {
		case !slices.Contains(templateTones, tone):
			p.addf(at, yamlerr.DidYouMean(tone, templateTones)+"; tones are "+strings.Join(templateTones, ", "), "unknown tone %q", tone)
		case seen[tone]:
			p.addf(at, "name each tone once; the tones left out follow in random order", "tone %q appears twice", tone)
		}
		seen[tone] = true
	}
}
