package templates

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/trygbot/trygbot/internal/yamlerr"
	"github.com/trygbot/trygbot/rules"
)

// Set is the merged templates of several packs, ready to suggest and look
// up. A Set is immutable and safe for concurrent use; to change templates,
// build a new Set and swap it in.
type Set struct {
	slots []slot
	byID  map[string]int
	// index holds the active slots by language and category, in merge
	// order.
	index map[string]map[rules.Category][]int
}

type slot struct {
	t        Template
	file     string
	line     int
	disabled bool
}

// NewSet merges packs in order: the first ones are normally the built-in
// packs, later ones a community's overrides. A later pack adds templates
// with new ids, replaces an earlier template by id (the entry says
// replace: true; the replacement must be in the same language, and a
// replaced template is active again even if an earlier pack disabled it),
// and disables earlier templates by id or by prefix ("da.slur.*"). Every
// template is checked as Parse checks it. All problems in all packs are
// returned together (errors.Join), each a *PackError.
func NewSet(packs ...*Pack) (*Set, error) {
	s := &Set{byID: map[string]int{}}
	var errs []error
	for i, p := range packs {
		if p == nil {
			errs = append(errs, fmt.Errorf("templates: pack %d is nil", i+1))
			continue
		}
		file := p.File
		if file == "" {
			file = cmp.Or(p.Name, fmt.Sprintf("pack %d", i+1))
		}
		fail := func(line int, format string, args ...any) {
			errs = append(errs, &PackError{File: file, Line: line, Msg: fmt.Sprintf(format, args...)})
		}
		for _, e := range p.Templates {
			t := e.Template
			t.Lang = normLang(cmp.Or(t.Lang, p.Lang))
			bad := false
			for _, pr := range checkTemplate(t) {
				fail(e.Line, "%s", pr.msg)
				bad = true
			}
			if t.Lang == "" {
				fail(e.Line, "template %q has no language: set the pack's `lang:`", t.ID)
				bad = true
			} else if msg := checkLang(t.Lang); msg != "" {
				fail(e.Line, "%s", msg)
				bad = true
			}
			if bad {
				continue
			}
			j, exists := s.byID[t.ID]
			switch {
			case exists && !e.Replace:
				old := s.slots[j]
				fail(e.Line, "duplicate id %q: %s:%d already defines it; add `replace: true` to replace it, or choose another id", t.ID, old.file, old.line)
			case !exists && e.Replace:
				msg := fmt.Sprintf("replace: true, but no earlier pack has a template %q", t.ID)
				if n := yamlerr.Nearest(t.ID, s.ids()); n != "" {
					msg += fmt.Sprintf(" (did you mean %q?)", n)
				}
				fail(e.Line, "%s: fix the id, or remove `replace: true` to add a new template", msg)
			case exists && s.slots[j].t.Lang != t.Lang:
				fail(e.Line, "template %q replaces a %s template with a %s one: put the replacement in a pack with `lang: %s`", t.ID, s.slots[j].t.Lang, t.Lang, s.slots[j].t.Lang)
			case exists:
				s.slots[j] = slot{t: t, file: file, line: e.Line}
			default:
				s.byID[t.ID] = len(s.slots)
				s.slots = append(s.slots, slot{t: t, file: file, line: e.Line})
			}
		}
		for k, id := range p.Disable {
			line := 0
			if k < len(p.disableLines) {
				line = p.disableLines[k]
			}
			if !s.disable(id) {
				msg := fmt.Sprintf("disable: no template %q in this or an earlier pack", id)
				if n := yamlerr.Nearest(id, s.ids()); n != "" {
					msg += fmt.Sprintf(" (did you mean %q?)", n)
				}
				fail(line, "%s", msg)
			}
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	s.index = map[string]map[rules.Category][]int{}
	for i, sl := range s.slots {
		if sl.disabled {
			continue
		}
		byCat := s.index[sl.t.Lang]
		if byCat == nil {
			byCat = map[rules.Category][]int{}
			s.index[sl.t.Lang] = byCat
		}
		byCat[sl.t.Category] = append(byCat[sl.t.Category], i)
	}
	return s, nil
}

// disable turns off the template id, or every template whose id starts with
// the prefix before a trailing '*'. It reports whether any matched.
func (s *Set) disable(id string) bool {
	if prefix, ok := strings.CutSuffix(id, "*"); ok {
		hit := false
		for i := range s.slots {
			if strings.HasPrefix(s.slots[i].t.ID, prefix) {
				s.slots[i].disabled = true
				hit = true
			}
		}
		return hit
	}
	j, ok := s.byID[id]
	if ok {
		s.slots[j].disabled = true
	}
	return ok
}

func (s *Set) ids() []string {
	ids := make([]string, len(s.slots))
	for i, sl := range s.slots {
		ids[i] = sl.t.ID
	}
	return ids
}

// Get returns the active template with that id. A disabled template is not
// found.
func (s *Set) Get(id string) (Template, bool) {
	if s == nil {
		return Template{}, false
	}
	j, ok := s.byID[id]
	if !ok || s.slots[j].disabled {
		return Template{}, false
	}
	return s.slots[j].t, true
}

// All returns every active template, in merge order.
func (s *Set) All() []Template {
	if s == nil {
		return nil
	}
	out := make([]Template, 0, len(s.slots))
	for _, sl := range s.slots {
		if !sl.disabled {
			out = append(out, sl.t)
		}
	}
	return out
}

// Suggest returns up to n templates for a case of category cat in language
// lang ("da", "da-DK"), each of a different tone.
//
// Candidates are the language's templates of that category; when they
// offer fewer than n tones, the language's "any" templates fill in the
// missing tones. When the language has neither, English is used. For
// threats and extremism only firm and support templates are suggested.
//
// The choice is deterministic for a seed: the bot passes the case id, so a
// case's prompt shows the same replies every time it is rendered. Seeds
// are hashed (SplitMix64) into a shuffle of the tones, and of the
// templates within a tone, so across cases every tone appears in every
// position about equally often, which is what a comparison of templates'
// effects (A/B) needs, and consecutive or evenly spaced case ids do not
// line up with the tone order. The category's own tones always come
// before "any" fill-ins.
func (s *Set) Suggest(cat rules.Category, lang string, n int, seed uint64) []Template {
	if s == nil || n <= 0 {
		return nil
	}
	allowed := AllowedTones(cat)
	own, fill := s.candidates(cat, normLang(lang), allowed)
	if len(own)+len(fill) == 0 {
		own, fill = s.candidates(cat, "en", allowed)
	}
	r := splitMix{seed}
	var order []Tone
	for _, group := range []map[Tone][]int{own, fill} {
		var tones []Tone
		for _, t := range Tones {
			if _, ok := group[t]; ok && !slices.Contains(order, t) {
				tones = append(tones, t)
			}
		}
		for i := len(tones) - 1; i > 0; i-- {
			j := r.intn(i + 1)
			tones[i], tones[j] = tones[j], tones[i]
		}
		order = append(order, tones...)
	}
	order = order[:min(n, len(order))]
	out := make([]Template, 0, len(order))
	for _, tone := range order {
		group, ok := own[tone]
		if !ok {
			group = fill[tone]
		}
		out = append(out, s.slots[group[r.intn(len(group))]].t)
	}
	return out
}

// candidates returns lang's active templates of category cat, and its
// "any" templates, by tone, keeping only allowed tones.
func (s *Set) candidates(cat rules.Category, lang string, allowed []Tone) (own, fill map[Tone][]int) {
	byCat := s.index[lang]
	group := func(c rules.Category) map[Tone][]int {
		m := map[Tone][]int{}
		for _, i := range byCat[c] {
			if t := s.slots[i].t.Tone; slices.Contains(allowed, t) {
				m[t] = append(m[t], i)
			}
		}
		return m
	}
	own = group(cat)
	if cat == CatAny {
		return own, nil
	}
	return own, group(CatAny)
}

// splitMix is the SplitMix64 generator: tiny, fixed forever, and good
// enough to spread case ids evenly.
type splitMix struct{ s uint64 }

func (r *splitMix) next() uint64 {
	r.s += 0x9e3779b97f4a7c15
	z := r.s
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

func (r *splitMix) intn(n int) int { return int(r.next() % uint64(n)) }
