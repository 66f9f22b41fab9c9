package rules

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// decide turns the hits of one message into a verdict: exceptions first,
// then term, near and regex rules, then the guards against false positives.
func (e *Engine) decide(m Message, text string, sc *scratch) Verdict {
	hits := sc.hits
	// Exceptions: words inside which terms do not count.
	var exc []hit
	for _, h := range hits {
		if e.pats[h.pat].kind == patException {
			exc = append(exc, h)
		}
	}
	excepted := func(h hit, rule int32) (string, bool) {
		for _, x := range exc {
			p := e.pats[x.pat]
			if x.s <= h.s && h.e <= x.e && (p.ref < 0 || p.ref == rule) && x.pat != h.pat {
				return p.term, true
			}
		}
		return "", false
	}
	e.tokens(sc)
	// Lexicon hits by lexicon.
	lexHits := make([][]hit, len(e.lexNames))
	for _, h := range hits {
		p := e.pats[h.pat]
		if p.kind != patLexicon {
			continue
		}
		if _, ok := excepted(h, -1); ok {
			continue
		}
		lexHits[p.ref] = append(lexHits[p.ref], h)
	}
	var ms []pending
	byRule := map[int32]int{}
	addMatch := func(r *compiledRule, h hit, terms []string, guard string) {
		if i, ok := byRule[r.index]; ok {
			for _, t := range terms {
				if !slices.Contains(ms[i].terms, t) {
					ms[i].terms = append(ms[i].terms, t)
				}
			}
			if ms[i].guard != "" && guard == "" {
				ms[i].guard, ms[i].h = "", h
			}
			return
		}
		byRule[r.index] = len(ms)
		ms = append(ms, pending{rule: r, h: h, terms: terms, guard: guard})
	}
	// Term rules.
	for _, h := range hits {
		p := e.pats[h.pat]
		if p.kind != patRule {
			continue
		}
		r := e.rules[p.ref]
		guard := ""
		if x, ok := excepted(h, p.ref); ok {
			guard = "exception: " + x
		} else if g := e.unlessGuard(sc, r, h, lexHits); g != "" {
			guard = g
		}
		addMatch(r, h, []string{p.term}, guard)
	}
	// Near rules.
	for _, r := range e.rules {
		if len(r.near) == 0 {
			continue
		}
		if h, terms, guard, ok := e.near(sc, r, lexHits); ok {
			if guard == "" {
				guard = e.unlessGuard(sc, r, h, lexHits)
			}
			addMatch(r, h, terms, guard)
		}
	}
	// Regex rules, over the rendered normal form.
	if len(e.regexRules) > 0 && len(sc.runes) > 0 {
		sc.render()
		norm := string(sc.text)
		for _, ri := range e.regexRules {
			r := e.rules[ri]
			for _, loc := range r.re.FindAllStringIndex(norm, 4) {
				a, b := loc[0], loc[1]
				for a < b && norm[a] == ' ' {
					a++
				}
				if a >= b {
					continue
				}
				h := hit{s: sc.textAt[a], e: sc.textAt[b-1]}
				addMatch(r, h, []string{strings.TrimSpace(norm[loc[0]:loc[1]])}, "")
			}
		}
	}
	if len(ms) == 0 {
		return Verdict{}
	}
	// Message-wide guards.
	counter := ""
	if e.counterLex >= 0 {
		for _, h := range lexHits[e.counterLex] {
			counter = e.pats[h.pat].term
			break
		}
	}
	outsideQuotes := false
	for _, f := range sc.flags {
		if f&flagQuote == 0 {
			outsideQuotes = true
			break
		}
	}
	var v Verdict
	for _, pm := range ms {
		r := pm.rule
		mt := Match{
			Rule: r.id, Category: r.cat, Severity: r.sev, Score: r.score,
			Start: int(sc.start[pm.h.s]), End: int(sc.end[pm.h.e]),
			Normalized: pm.terms,
			Guard:      pm.guard,
		}
		mt.Text = text[mt.Start:mt.End]
		mt.Evasion = describeEvasion(mt.Text, pm.h.evasion)
		mt.Why = r.explain(m.Lang, pm.terms)
		if mt.Guard == "" && counter != "" {
			mt.Score *= counterFactor
			if mt.Score < e.threshold {
				mt.Guard = "counter-speech: " + counter
			}
		}
		if mt.Guard == "" && outsideQuotes && quotedSpan(sc, pm.h) {
			mt.Score *= quoteFactor
			if mt.Score < e.threshold {
				mt.Guard = "quotation"
			}
		}
		if mt.Guard != "" {
			v.Guarded = append(v.Guarded, mt)
			continue
		}
		v.Matches = append(v.Matches, mt)
	}
	slices.SortStableFunc(v.Matches, func(a, b Match) int {
		if a.Severity != b.Severity {
			return int(b.Severity - a.Severity)
		}
		if a.Score != b.Score {
			if a.Score > b.Score {
				return -1
			}
			return 1
		}
		return a.Start - b.Start
	})
	if len(v.Matches) > 0 {
		top := v.Matches[0]
		v.Score = top.Score
		v.Flagged = top.Score >= e.threshold
		if v.Flagged {
			v.Category, v.Severity = top.Category, top.Severity
		}
	}
	sc.render()
	v.Normalized = string(sc.text)
	return v
}

type pending struct {
	rule  *compiledRule
	h     hit
	terms []string
	guard string
}

// tokens numbers the words of the message, for near rules' distances.
func (e *Engine) tokens(sc *scratch) {
	sc.toks = sc.toks[:0]
	t := int32(0)
	for i := range sc.syms {
		if i > 0 && sc.brk[i] >= brkSpace {
			t++
		}
		sc.toks = append(sc.toks, t)
		if sc.within[i] >= brkSpace {
			t++
		}
	}
}

// near finds the parts of a near rule within reach of each other. A
// combination cancelled by a negation is returned with a guard only when no
// other combination stands.
func (e *Engine) near(sc *scratch, r *compiledRule, lexHits [][]hit) (hit, []string, string, bool) {
	for _, li := range r.near {
		if len(lexHits[li]) == 0 {
			return hit{}, nil, "", false
		}
	}
	var (
		chosen  [4]hit
		best    []hit
		bestNeg string
		found   bool
	)
	var try func(k int) bool
	try = func(k int) bool {
		if k == len(r.near) {
			parts := slices.Clone(chosen[:k])
			slices.SortFunc(parts, func(a, b hit) int { return int(a.s - b.s) })
			for x := 1; x < len(parts); x++ {
				if parts[x].s <= parts[x-1].e {
					return false // overlapping parts
				}
				gap := sc.toks[parts[x].s] - sc.toks[parts[x-1].e] - 1
				if gap > int32(r.within) {
					return false
				}
			}
			if r.ordered {
				for x := 1; x < k; x++ {
					if chosen[x].s <= chosen[x-1].e {
						return false
					}
				}
			}
			neg := e.negated(sc, r, parts)
			if neg == "" {
				best, bestNeg, found = parts, "", true
				return true
			}
			if !found {
				best, bestNeg, found = parts, neg, true
			}
			return false
		}
		for _, h := range lexHits[r.near[k]] {
			chosen[k] = h
			if try(k + 1) {
				return true
			}
		}
		return false
	}
	try(0)
	if !found {
		return hit{}, nil, "", false
	}
	span := hit{s: best[0].s, e: best[len(best)-1].e}
	terms := make([]string, len(best))
	for i, h := range best {
		terms[i] = e.pats[h.pat].term
		span.evasion |= h.evasion
	}
	guard := ""
	if bestNeg != "" {
		guard = "negation: " + bestNeg
	}
	return span, terms, guard, true
}

// negated returns the negation word that cancels a near combination, if any.
func (e *Engine) negated(sc *scratch, r *compiledRule, parts []hit) string {
	if e.negLex < 0 || r.negation == negNone {
		return ""
	}
	first, last := parts[0], parts[len(parts)-1]
	for _, nh := range sc.hits {
		p := e.pats[nh.pat]
		if p.kind != patLexicon || int(p.ref) != e.negLex {
			continue
		}
		inside := false
		for _, pt := range parts {
			if nh.s <= pt.e && pt.s <= nh.e {
				inside = true // the negation is part of a matched phrase ("not human")
				break
			}
		}
		if inside {
			continue
		}
		if nh.s > first.e && nh.e < last.s {
			return p.term
		}
		if r.negation == negBefore && nh.e < first.s && sc.toks[first.s]-sc.toks[nh.e] <= 2 {
			return p.term
		}
	}
	return ""
}

// unlessGuard names the guard lexicon that stands just before the match.
func (e *Engine) unlessGuard(sc *scratch, r *compiledRule, h hit, lexHits [][]hit) string {
	for _, u := range r.unless {
		for _, g := range lexHits[u.lex] {
			if g.e < h.s && sc.toks[h.s]-sc.toks[g.e] <= int32(u.before) {
				return e.lexNames[u.lex] + ": " + e.pats[g.pat].term
			}
		}
	}
	return ""
}

// quotedSpan reports whether every letter of the hit is inside quotation
// marks.
func quotedSpan(sc *scratch, h hit) bool {
	for j := h.s; j <= h.e; j++ {
		if sc.flags[j]&flagQuote == 0 {
			return false
		}
	}
	return true
}

// describeEvasion names the evasion techniques visible in a matched span.
func describeEvasion(span string, ev uint8) string {
	var kinds []string
	add := func(k string) {
		if !slices.Contains(kinds, k) {
			kinds = append(kinds, k)
		}
	}
	if ev&evLeet != 0 {
		add("leetspeak")
	}
	if ev&evSpacing != 0 {
		add("spacing")
	}
	if ev&evJoined != 0 {
		add("joined words")
	}
	var prev rune
	run := 0
	for _, r := range span {
		switch {
		case r == utf8.RuneError:
		case isInvisible(r) && !unicode.Is(unicode.Mn, r):
			add("invisible characters")
		case unicode.Is(unicode.Mn, r):
			add("accents")
		case unicode.In(r, unicode.Cyrillic, unicode.Greek):
			add("look-alike letters")
		case r >= 0x80 && unicode.IsLetter(r) && !strings.ContainsRune("æøåÆØÅ", r):
			if e := classify(r, string(r)); e.class == ccLetter && e.r[0] != unicode.ToLower(r) {
				add("accents")
			}
		}
		if unicode.IsLetter(r) && unicode.ToLower(r) == unicode.ToLower(prev) {
			run++
			if run >= 2 {
				add("repeated letters")
			}
		} else {
			run = 0
		}
		prev = r
	}
	return strings.Join(kinds, ", ")
}
