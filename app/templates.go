package app

import (
	"cmp"
	"fmt"
	"slices"
	"sync/atomic"

	"github.com/trygbot/trygbot/bot"
	"github.com/trygbot/trygbot/rules"
	"github.com/trygbot/trygbot/templates"
	"github.com/trygbot/trygbot/web"
)

// templateSource serves each community's template set to the bot.
type templateSource struct {
	base  *templates.Set
	byCom map[string]*templates.Set
}

var _ bot.Templates = (*templateSource)(nil)

// newTemplateSource builds the built-in set, plus one set per community
// that has its own packs.
func newTemplateSource(global []string, perCommunity map[string][]string) (*templateSource, error) {
	load := func(files []string) ([]*templates.Pack, error) {
		var packs []*templates.Pack
		for _, f := range files {
			p, err := templates.LoadFile(f)
			if err != nil {
				return nil, err
			}
			packs = append(packs, p)
		}
		return packs, nil
	}
	gp, err := load(global)
	if err != nil {
		return nil, err
	}
	base, err := templates.Default(gp...)
	if err != nil {
		return nil, err
	}
	ts := &templateSource{base: base, byCom: map[string]*templates.Set{}}
	for id, files := range perCommunity {
		if len(files) == 0 {
			continue
		}
		cp, err := load(files)
		if err != nil {
			return nil, err
		}
		s, err := templates.Default(append(gp, cp...)...)
		if err != nil {
			return nil, fmt.Errorf("community %s: %w", id, err)
		}
		ts.byCom[id] = s
	}
	return ts, nil
}

func (ts *templateSource) set(community string) *templates.Set {
	if s, ok := ts.byCom[community]; ok {
		return s
	}
	return ts.base
}

func (ts *templateSource) Suggest(community string, cat rules.Category, lang string, n int, seed uint64) []bot.Template {
	if cat == "" {
		cat = templates.CatAny
	}
	var out []bot.Template
	for _, t := range ts.set(community).Suggest(cat, lang, n, seed) {
		out = append(out, bot.Template{ID: t.ID, Tone: string(t.Tone), Text: t.Text})
	}
	return out
}

func (ts *templateSource) Render(community, id string, v bot.TemplateVars) (string, string, bool) {
	t, ok := ts.set(community).Get(id)
	if !ok {
		return "", "", false
	}
	return templates.Render(t, templates.Vars{Author: v.Author, Community: v.Community, RulesLink: v.RulesLink}), string(t.Tone), true
}

// webTemplates lists the built-in (and global) templates for the
// dashboard, ordered by language, category and tone.
func (ts *templateSource) webTemplates() []web.Template {
	var out []web.Template
	for _, t := range ts.base.All() {
		out = append(out, web.Template{ID: t.ID, Lang: t.Lang, Category: string(t.Category), Tone: string(t.Tone), Text: t.Text})
	}
	slices.SortStableFunc(out, func(a, b web.Template) int {
		return cmp.Or(cmp.Compare(a.Lang, b.Lang), cmp.Compare(a.Category, b.Category), cmp.Compare(a.Tone, b.Tone))
	})
	return out
}

// liveTemplates is a template source that can be swapped while running.
type liveTemplates struct {
	cur atomic.Pointer[templateSource]
}

func (l *liveTemplates) Suggest(c string, cat rules.Category, lang string, n int, seed uint64) []bot.Template {
	return l.cur.Load().Suggest(c, cat, lang, n, seed)
}

func (l *liveTemplates) Render(c, id string, v bot.TemplateVars) (string, string, bool) {
	return l.cur.Load().Render(c, id, v)
}
