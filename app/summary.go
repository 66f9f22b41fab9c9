package app

import (
	"slices"
	"time"

	"github.com/trygbot/trygbot/config"
	"github.com/trygbot/trygbot/report"
	"github.com/trygbot/trygbot/storage"
)

// SummarySource is the one code path that sets up weekly summaries: the
// dashboard, the Monday post and trygbot report all build theirs from the
// source it returns, with the same time zone, smallest group and template
// tones, so they count the same cases the same way. tone returns a
// template's tone by id (TemplateTones); now is the clock (time.Now when
// nil).
func SummarySource(store storage.Store, loc *time.Location, minGroup int, now func() time.Time, tone func(string) string) report.Source {
	if now == nil {
		now = time.Now
	}
	return report.Source{Store: store, Options: report.Options{Location: loc, MinGroup: minGroup, Now: now, Tone: tone,
		Trials: report.DefaultTrials()}}
}

// trialSettings are the configuration's trials: block.
func trialSettings(cfg *config.Config) report.TrialSettings {
	return report.TrialSettings{Weeks: cfg.Trials.Weeks, MinCases: cfg.Trials.MinCases}
}

// TemplateTones returns the tone of each template by id: the built-in
// templates and those in files.
func TemplateTones(files TemplateFiles) (func(string) string, error) {
	ts, err := newTemplateSource(files.Global, files.PerCommunity)
	if err != nil {
		return nil, err
	}
	return ts.tone, nil
}

// ConfigSummarySource is SummarySource for a configuration: its time zone,
// smallest group and template packs.
func ConfigSummarySource(store storage.Store, cfg *config.Config, now func() time.Time) (report.Source, error) {
	tone, err := TemplateTones(templateFiles(cfg))
	if err != nil {
		return report.Source{}, err
	}
	src := SummarySource(store, cfg.Location(), cfg.Privacy.MinGroupSize, now, tone)
	src.Options.Trials = trialSettings(cfg)
	return src, nil
}

// tone returns a template's tone: from the common set, else from the
// first community set (by id) that has it; "" when none has.
func (ts *templateSource) tone(id string) string {
	if t, ok := ts.base.Get(id); ok {
		return string(t.Tone)
	}
	ids := make([]string, 0, len(ts.byCom))
	for c := range ts.byCom {
		ids = append(ids, c)
	}
	slices.Sort(ids)
	for _, c := range ids {
		if t, ok := ts.byCom[c].Get(id); ok {
			return string(t.Tone)
		}
	}
	return ""
}

// tone looks a template's tone up in the templates running now.
func (l *liveTemplates) tone(id string) string { return l.cur.Load().tone(id) }

// summaries is the process's summary source on clock now, in loc.
func (a *App) summaries(loc *time.Location, minGroup int, now func() time.Time) report.Source {
	src := SummarySource(a.store, loc, minGroup, now, a.templates.tone)
	if a.spec.Trials.Weeks > 0 {
		src.Options.Trials = a.spec.Trials
	}
	return src
}
