package rules

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// decide turns the hits of one message into a verdict: exceptions first,
// then term, near and regex rules, then the guards against false positives.
func (e *Engine) decide(m Message, text string, sc *scratch) Verdict {
	sc.src = text
	defer func() { sc.src = "" }()
	var set matchSet
	lexHits := e.slots(sc, &set)
	cues := e.guardCuesOf(lexHits)
	e.nearMatches(sc, lexHits, cues, &set)
	e.regexMatches(sc, &set)
	group := e.groupLex >= 0 && len(lexHits[e.groupLex]) > 0
	ask := e.learned != nil && (group || e.mentioned(lexHits))
	if len(set.ms) == 0 && !ask {
		return Verdict{Group: group}
	}
	var v Verdict
	if len(set.ms) > 0 {
		v = e.guard(m, text, sc, e.counterCues(sc, lexHits, cues), set.ms)
	}
	v.Group = group
	if ask && len(v.Guarded) == 0 && !e.anyFlags(v.Matches) {
		// No rule flags and no guard set one aside: the learned scorer
		// is asked (see learned.go).
		if mt, ok := e.learnedMatch(sc, lexHits, m, text); ok {
			v.Matches = append(v.Matches, mt)
		}
	}
	if len(v.Matches) == 0 && len(v.Guarded) == 0 {
		return Verdict{Group: group}
	}
	e.rank(&v)
	sc.render()
	v.Normalized = string(sc.text)
	return v
}

// slots finds what fills the rules' slots: the lexicons' hits outside
// exceptions, the term rules' matches (added to set), and the group slot's
// slurs, "muslim families" phrases and pronouns that stand for a group.
func (e *Engine) slots(sc *scratch, set *matchSet) [][]hit {
	sc.resetIndexes(len(e.lexNames))
	exc := e.exceptionHits(sc)
	e.tokens(sc)
	lexHits := e.lexiconHits(sc, exc)
	e.termMatches(sc, exc, lexHits, set)
	e.groupPhrases(sc, lexHits)
	e.resolvePronouns(sc, lexHits)
	return lexHits
}

// mentioned reports whether a group adjective or a group's place has a
// hit: the learned scorer is asked about such a message too.
func (e *Engine) mentioned(lexHits [][]hit) bool {
	return e.groupAdjLex >= 0 && len(lexHits[e.groupAdjLex]) > 0 || e.placeLex >= 0 && len(lexHits[e.placeLex]) > 0
}

// anyFlags reports whether a match scores at or above the threshold.
func (e *Engine) anyFlags(ms []Match) bool {
	for _, mt := range ms {
		if mt.Score >= e.threshold {
			return true
		}
	}
	return false
}

// matchSet collects one pending match per rule. A message has few
// matches, so a rule's earlier one is found by a scan (no map to allocate).
type matchSet struct {
	ms []pending
}

// add records rule r's match, or merges it into the rule's earlier one: the
// terms are added, and an unguarded match replaces a guarded one.
func (s *matchSet) add(r *compiledRule, h hit, parts []hit, terms []string, guard string) {
	if i := slices.IndexFunc(s.ms, func(p pending) bool { return p.rule.index == r.index }); i >= 0 {
		for _, t := range terms {
			if !slices.Contains(s.ms[i].terms, t) {
				s.ms[i].terms = append(s.ms[i].terms, t)
			}
		}
		if s.ms[i].guard != "" && guard == "" {
			s.ms[i].guard, s.ms[i].h, s.ms[i].parts = "", h, parts
		}
		return
	}
	s.ms = append(s.ms, pending{rule: r, h: h, parts: parts, terms: terms, guard: guard})
}

// exceptionHits returns the hits of exceptions: words inside which terms
// do not count.
func (e *Engine) exceptionHits(sc *scratch) []hit {
	var exc []hit
	for _, h := range sc.hits {
		if e.pats[h.pat].kind == patException {
			exc = append(exc, h)
		}
	}
	return exc
}

// excepted names the exception whose word holds hit h, for rule (or any
// rule's exception when rule is -1). Such a word starts at most 254
// letters before h ends, so only the exceptions starting there are looked
// at.
func (e *Engine) excepted(sc *scratch, exc []hit, h hit, rule int32) (string, bool) {
	if len(exc) == 0 {
		return "", false
	}
	sc.near = sc.excIdx.index(exc).nearby(sc.near[:0], exc, max(h.e-254, 0), h.s, h.s, len(exc))
	for _, i := range sc.near {
		x := exc[i]
		p := e.pats[x.pat]
		if x.s <= h.s && h.e <= x.e && (p.ref < 0 || p.ref == rule) && x.pat != h.pat {
			return p.term, true
		}
	}
	return "", false
}

// lexiconHits sorts the plausible lexicon hits outside exceptions by
// lexicon.
func (e *Engine) lexiconHits(sc *scratch, exc []hit) [][]hit {
	lexHits := make([][]hit, len(e.lexNames))
	for _, h := range sc.hits {
		p := e.pats[h.pat]
		if p.kind != patLexicon {
			continue
		}
		if _, ok := e.excepted(sc, exc, h, -1); ok || !plausible(sc, &p, h) {
			continue
		}
		lexHits[p.ref] = append(lexHits[p.ref], h)
	}
	return lexHits
}

// termMatches adds the term rules' matches, each with its exception or
// unless guard. A slur that stands adds itself to the group slot, once
// every term rule's guards are checked.
func (e *Engine) termMatches(sc *scratch, exc []hit, lexHits [][]hit, set *matchSet) {
	var slurs []hit
	for _, h := range sc.hits {
		p := e.pats[h.pat]
		if p.kind != patRule || !plausible(sc, &p, h) {
			continue
		}
		r := e.rules[p.ref]
		guard := ""
		if x, ok := e.excepted(sc, exc, h, p.ref); ok {
			guard = "exception: " + x
		} else if g := e.unlessGuard(sc, r, h, lexHits); g != "" {
			guard = g
		}
		set.add(r, h, nil, []string{p.term}, guard)
		if guard == "" && r.cat == CatSlur && e.groupLex >= 0 {
			// A slur names a group: every frame's group slot takes it
			// ("I will shoot the next ...": a threat, not only a slur).
			slurs = append(slurs, h)
		}
	}
	if len(slurs) > 0 {
		lexHits[e.groupLex] = append(lexHits[e.groupLex], slurs...)
	}
}

// nearMatches adds the near rules (frames) whose slots are all filled.
func (e *Engine) nearMatches(sc *scratch, lexHits [][]hit, cues *guardCues, set *matchSet) {
	for _, r := range e.rules {
		if len(r.near) == 0 {
			continue
		}
		h, parts, terms, guard, ok := e.near(sc, r, lexHits, cues)
		if !ok {
			continue
		}
		if guard == "" {
			guard = e.unlessGuard(sc, r, h, lexHits)
		}
		if guard == "" {
			guard = e.unlessInside(sc, r, parts, lexHits)
		}
		set.add(r, h, parts, terms, guard)
	}
}

// regexMatches adds the regex rules' matches over the rendered normal form.
func (e *Engine) regexMatches(sc *scratch, set *matchSet) {
	if len(e.regexRules) == 0 || len(sc.runes) == 0 {
		return
	}
	sc.render()
	norm := string(sc.text)
	for _, ri := range e.regexRules {
		r := e.rules[ri]
		for _, loc := range r.re.FindAllStringIndex(norm, 4) {
			a, b := loc[0], loc[1]
			for a < b && (norm[a] == ' ' || norm[a] == '|') {
				a++
			}
			for b > a && (norm[b-1] == ' ' || norm[b-1] == '|') {
				b--
			}
			if a >= b {
				continue
			}
			h := hit{s: sc.textAt[a], e: sc.textAt[b-1]}
			set.add(r, h, nil, []string{strings.TrimSpace(norm[loc[0]:loc[1]])}, "")
		}
	}
}

// guard explains each pending match and applies the message-wide guards:
// counter-speech near it, and quotation by a writer who says something
// outside the quotes. A match they bring under the threshold is set aside.
func (e *Engine) guard(m Message, text string, sc *scratch, counters []hit, ms []pending) Verdict {
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
			Start: spanStart(sc, text, pm.h), End: spanEnd(sc, text, pm.h),
			Normalized: pm.terms,
			Guard:      pm.guard,
		}
		mt.Text = text[mt.Start:mt.End]
		mt.Evasion = describeEvasion(mt.Text, pm.h.evasion)
		mt.Why = r.explain(m.Lang, pm.terms)
		if counter := coveringCue(e, sc, counters, pm.h, pm.parts); mt.Guard == "" && counter != "" {
			mt.Score *= counterFactor
			if mt.Score < e.threshold {
				mt.Guard = "counter-speech: " + counter
			}
		}
		if mt.Guard == "" && outsideQuotes && (quotedSpan(sc, pm.h) || quotedParts(sc, pm.parts)) {
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
	return v
}

// rank orders the matches and decides: those that reach the threshold come
// first, then by severity, score and category, so a weak urgent match does
// not hide a flagging one; the first decides the verdict.
func (e *Engine) rank(v *Verdict) {
	thr := e.threshold
	slices.SortStableFunc(v.Matches, func(a, b Match) int {
		if ea, eb := a.Score >= thr, b.Score >= thr; ea != eb {
			if ea {
				return -1
			}
			return 1
		}
		if a.Severity != b.Severity {
			return int(b.Severity - a.Severity)
		}
		if a.Score != b.Score {
			if a.Score > b.Score {
				return -1
			}
			return 1
		}
		if ra, rb := categoryRank(a.Category), categoryRank(b.Category); ra != rb {
			return ra - rb
		}
		return a.Start - b.Start
	})
	if len(v.Matches) > 0 {
		top := v.Matches[0]
		v.Score = top.Score
		v.Flagged = top.Score >= thr
		if v.Flagged {
			v.Category, v.Severity = top.Category, top.Severity
		}
	}
}

// categoryRank orders categories of equal severity: a threat or extremism
// outranks dehumanisation, which outranks a slur, so a message that both
// names a group by a slur and calls it vermin is reported as what it does.
func categoryRank(c Category) int {
	for i, k := range precedence {
		if k == c {
			return i
		}
	}
	return len(precedence)
}

// precedence orders categories for categoryRank. Harassment of one person
// ("you are such a ...") says more than the slur it uses.
var precedence = []Category{CatThreat, CatExtremism, CatDehumanisation, CatHarassment, CatSlur, CatGeneralisation}

// groupPhrases lets a group adjective and a word for people make a group
// ("muslim families", "black guys", "jødiske naboer"): the phrase joins the
// group hits, so frames need not list every such pair.
func (e *Engine) groupPhrases(sc *scratch, lexHits [][]hit) {
	if e.groupLex < 0 || e.groupAdjLex < 0 || e.personLex < 0 {
		return
	}
	people := lexHits[e.personLex]
	if len(people) == 0 {
		return
	}
	x := sc.lexIndex(e.personLex, people)
	for _, a := range lexHits[e.groupAdjLex] {
		// The noun starts within the next two words.
		sc.near = x.nearby(sc.near[:0], people, a.e, sc.tokFirst(sc.toks[a.e]+3)-1, a.e, maxNearby)
		for _, i := range sc.near {
			n := people[i]
			if follows(sc, a, n) && sc.toks[n.s]-sc.toks[a.e]-1 <= 1 {
				g := a
				g.e, g.to = n.e, n.to
				g.evasion |= n.evasion
				lexHits[e.groupLex] = append(lexHits[e.groupLex], g)
				break
			}
		}
	}
}

// maxAntecedent is how many words back a pronoun may find the group it
// stands for.
const maxAntecedent = 40

// resolvePronouns lets a pronoun stand for a group named earlier in the
// message: "I have met many X. They are animals." The pronoun's first word
// joins the group hits, so every frame with a group slot also works across
// sentences. A pronoun with no group before it stands for nothing.
func (e *Engine) resolvePronouns(sc *scratch, lexHits [][]hit) {
	if e.groupLex < 0 || e.pronounLex < 0 || len(lexHits[e.groupLex]) == 0 || len(lexHits[e.pronounLex]) == 0 {
		return
	}
	groups := lexHits[e.groupLex]
	x := sc.lexIndex(e.groupLex, groups)
	for _, p := range lexHits[e.pronounLex] {
		found := false
		sc.near = x.nearby(sc.near[:0], groups, sc.reachBack(sc.toks[p.s]-maxAntecedent), p.s, p.s, maxNearby)
		for _, i := range sc.near {
			if g := groups[i]; follows(sc, g, p) && sc.toks[p.s]-sc.toks[g.e] <= maxAntecedent {
				found = true
				break
			}
		}
		if !found && !e.dislocated(sc, x, groups, p) {
			continue
		}
		// Only the pronoun itself: "de er" lends its "er" to the frame.
		end := p.s
		for end < p.e && sc.toks[end+1] == sc.toks[p.s] {
			end++
		}
		ph := p
		ph.e = end
		ph.to = sc.end[end]
		lexHits[e.groupLex] = append(lexHits[e.groupLex], ph)
	}
}

// maxDislocated is how many words after a pronoun the group it points
// forward to may stand.
const maxDislocated = 12

// dislocated reports whether pronoun p points forward to a group named at
// the end of its own sentence, after a comma: Danish chat's right
// dislocation, "de er nogle svin, de perkere", "de burde forsvinde, alle
// de indvandrere". The group must close the sentence (at most two words
// after it), so "de siger at X er ..." points nowhere.
func (e *Engine) dislocated(sc *scratch, x *hitIndex, groups []hit, p hit) bool {
	last := sc.toks[len(sc.toks)-1]
	hi := sc.tokFirst(sc.toks[p.e]+maxDislocated+1) - 1
	sc.near = x.nearby(sc.near[:0], groups, p.e+1, hi, p.e+1, maxNearby)
	for _, i := range sc.near {
		g := groups[i]
		if !follows(sc, p, g) || sc.sentenceEnds(int(p.to), int(g.from)) > 0 || !sc.clauseBreak(int(p.to), int(g.from)) {
			continue
		}
		after := min(sc.toks[g.e]+3, last+1) // the third word after the group
		end := len(sc.src)
		if after <= last {
			end = int(sc.start[sc.tokFirst(after)])
		}
		if after > last || sc.sentenceEnds(int(g.to), end) > 0 {
			return true
		}
	}
	return false
}

// spanStart is the byte where hit h starts in text. A hit that starts on a
// letter shared with the previous word (the "d" of "stupid dorbz", a repeat
// collapsed across the space) starts at the letter's last occurrence.
func spanStart(sc *scratch, text string, h hit) int {
	start, end := int(sc.start[h.s]), int(sc.end[h.s])
	if h.e > h.s && sc.within[h.s] >= brkSpace && end <= len(text) && start < end {
		_, size := utf8.DecodeLastRuneInString(text[start:end])
		return end - size
	}
	return start
}

// spanEnd is spanStart's mirror: a hit that ends on a letter shared with
// the next word ends at the letter's first occurrence.
func spanEnd(sc *scratch, text string, h hit) int {
	start, end := int(sc.start[h.e]), int(sc.end[h.e])
	if h.e > h.s && sc.within[h.e] >= brkSpace && end <= len(text) && start < end {
		_, size := utf8.DecodeRuneInString(text[start:end])
		return start + size
	}
	return end
}

// plausible rejects a hit that needs two stretches at once: a term open at
// one end ("*negerne") that starts or ends inside a word, and letters joined
// across a space. "kunne gerne" is not the compound "...negerne" written
// apart; a compound or an evasion alone is believable, both together not.
func plausible(sc *scratch, p *pattern, h hit) bool {
	if h.evasion&evSpacing == 0 {
		return true
	}
	if p.mode&modeOpenLeft != 0 && h.s > 0 && sc.brk[h.s] == brkNone && sc.within[h.s-1] == brkNone {
		return false
	}
	if p.mode&modeOpenRight != 0 && int(h.e)+1 < len(sc.brk) && sc.brk[h.e+1] == brkNone && sc.within[h.e] == brkNone {
		return false
	}
	return true
}

type pending struct {
	rule  *compiledRule
	h     hit
	parts []hit // a near rule's parts, in text order
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
//
// The search is anchored on the part with the fewest hits: the other parts
// of a combination can only lie within reach of it (each step at most
// within words plus the length of a phrase), so only their hits near the
// anchor are tried, at most maxNearby of each part, the nearest, and at
// most maxSteps of them in all for each anchor. A long message full of
// hits costs time in proportion to its hits, not to their product.
func (e *Engine) near(sc *scratch, r *compiledRule, lexHits [][]hit, cues *guardCues) (hit, []hit, []string, string, bool) {
	k := len(r.near)
	anchor := 0
	for i, li := range r.near {
		if len(lexHits[li]) == 0 {
			return hit{}, nil, nil, "", false
		}
		if len(lexHits[li]) < len(lexHits[r.near[anchor]]) {
			anchor = i
		}
	}
	reach := int32(k-1) * (int32(r.within) + 1 + maxPartWords)
	var (
		chosen  [4]hit
		cands   nearCands
		best    []hit
		bestNeg string
		found   bool
		steps   int // part hits tried around this anchor
	)
	var try func(j int) bool
	try = func(j int) bool {
		if j == k {
			buf, ok := combination(sc, r, chosen[:k])
			if !ok {
				return false
			}
			parts := buf[:k]
			neg := e.negated(sc, r, parts, cues)
			if neg == "" {
				best, bestNeg, found = slices.Clone(parts), "", true
				return true
			}
			if !found {
				best, bestNeg, found = slices.Clone(parts), neg, true
			}
			return false
		}
		// In an ordered rule, part j follows part j-1 within reach (from
		// gives only those, when it can tell them quickly). Once a
		// negated combination is kept, one whose parts so far are already
		// negated can do no better, and is not followed.
		next := func(h hit) bool {
			if !r.ordered {
				return true
			}
			if j > 0 {
				prev := chosen[j-1]
				if !follows(sc, prev, h) || sc.toks[h.s]-sc.toks[prev.e]-1 > int32(r.within) {
					return false
				}
			}
			return !found || !e.cancelled(sc, r, chosen[:j], h, cues)
		}
		if j == anchor {
			return next(chosen[j]) && try(j+1)
		}
		for _, h := range cands.from(sc, r, j, chosen[:j]) {
			if steps >= maxSteps {
				return false
			}
			steps++
			if !next(h) {
				continue
			}
			chosen[j] = h
			if try(j + 1) {
				return true
			}
		}
		return false
	}
	for _, a := range lexHits[r.near[anchor]] {
		if !nearbyParts(sc, r, lexHits, anchor, a, reach, &cands) {
			continue
		}
		chosen[anchor] = a
		steps = 0
		if try(0) {
			break
		}
	}
	if !found {
		return hit{}, nil, nil, "", false
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
	return span, best, terms, guard, true
}

// combination checks chosen, a hit for each part of near rule r, and
// returns them in text order: they may not overlap, each lies within
// r.within words of the one before, in the same sentence (unless the rule
// spans sentences) and clause (for clause rules), and for an ordered rule
// in the rule's order.
func combination(sc *scratch, r *compiledRule, chosen []hit) ([4]hit, bool) {
	var buf [4]hit
	k := copy(buf[:], chosen)
	parts := buf[:k]
	slices.SortFunc(parts, func(a, b hit) int { return int(a.s - b.s) })
	for x := 1; x < k; x++ {
		if !follows(sc, parts[x-1], parts[x]) {
			return buf, false // overlapping parts
		}
		if sc.toks[parts[x].s]-sc.toks[parts[x-1].e]-1 > int32(r.within) {
			return buf, false
		}
		if !r.across && sc.sentenceEnds(int(parts[x-1].to), int(parts[x].from)) > 0 {
			return buf, false // "X are not a problem. Y is the problem."
		}
		if r.clause && sc.clauseBreak(int(parts[x-1].to), int(parts[x].from)) {
			return buf, false // "X are not a burden, they are part of us."
		}
	}
	if r.ordered {
		for x := 1; x < k; x++ {
			if !follows(sc, chosen[x-1], chosen[x]) {
				return buf, false
			}
		}
	}
	return buf, true
}

// cancelled reports whether every combination of ordered rule r that
// goes on from parts (in order) with h is negated: a negation stands
// between the last of parts and h, its reach not ended before h, or (no
// parts yet, negation: before) within three words before h. Such a
// negation lies between two neighbouring parts and overlaps neither, so
// negated finds it whatever parts follow.
func (e *Engine) cancelled(sc *scratch, r *compiledRule, parts []hit, h hit, cues *guardCues) bool {
	if e.negLex < 0 || r.negation == negNone || len(cues.neg) == 0 || (len(parts) == 0 && r.negation != negBefore) {
		return false
	}
	// The answer depends on the two hits' letters only, and is asked again
	// for every anchor and rule that tries them.
	key := cancelKey{hs: h.s, he: h.e, ps: -1, pe: -1}
	if len(parts) > 0 {
		key.ps, key.pe = parts[len(parts)-1].s, parts[len(parts)-1].e
	}
	if sc.cancelled == nil {
		sc.cancelled = make([]cancelMemo, cancelSlots)
	}
	slot := &sc.cancelled[key.slot()]
	if slot.gen == sc.gen && slot.key == key {
		return slot.v
	}
	v := e.cancelledBy(sc, parts, h, cues)
	*slot = cancelMemo{key, v, sc.gen}
	return v
}

// cancelKey is a question to cancelled: a hit, and the part before it
// (ps -1 for none).
type cancelKey struct{ ps, pe, hs, he int32 }

// cancelSlots is how many answers of cancelled scratch keeps.
const cancelSlots = 1024

// slot is where the answer to k is kept in scratch.cancelled.
func (k cancelKey) slot() int {
	h := uint32(k.hs)*2654435761 ^ uint32(k.he)*2246822519 ^ uint32(k.ps)*3266489917 ^ uint32(k.pe)*668265263
	return int(h>>22) % cancelSlots
}

// cancelMemo is one remembered answer of cancelled, valid in the message
// numbered gen.
type cancelMemo struct {
	key cancelKey
	v   bool
	gen uint32
}

// cancelledBy answers cancelled.
func (e *Engine) cancelledBy(sc *scratch, parts []hit, h hit, cues *guardCues) bool {
	lo := sc.reachBack(sc.toks[h.s] - 3)
	if len(parts) > 0 {
		lo = parts[len(parts)-1].e
	}
	sc.near = sc.lexIndex(e.negLex, cues.neg).nearby(sc.near[:0], cues.neg, lo, h.s, h.s, maxNearby)
	for _, i := range sc.near {
		nh := cues.neg[i]
		if overlaps(sc, nh, h) {
			continue
		}
		if len(parts) == 0 {
			if follows(sc, nh, h) && sc.toks[h.s]-sc.toks[nh.e] <= 3 && !cues.scopeEnds(sc, nh.e, h.s) {
				return true
			}
			continue
		}
		prev := parts[len(parts)-1]
		if !overlaps(sc, nh, prev) && follows(sc, prev, nh) && follows(sc, nh, h) && !cues.scopeEnds(sc, nh.e, h.s) {
			return true
		}
	}
	return false
}

// overlaps reports whether hits a and b share letters other than a run
// collapsed across the break between them (see follows).
func overlaps(sc *scratch, a, b hit) bool {
	return a.s <= b.e && b.s <= a.e && !follows(sc, a, b) && !follows(sc, b, a)
}

// nearCands are the hits a near rule tries for each part around one
// anchor, in list order, and whether that order is also text order.
type nearCands struct {
	hits   [4][]hit
	sorted [4]bool
}

// nearbyParts fills cands with the hits of each part of rule r but anchor
// that start within reach words of a, the anchor's hit: at most maxNearby
// of each part, the nearest, in list order. It reports false when a part
// has none there.
func nearbyParts(sc *scratch, r *compiledRule, lexHits [][]hit, anchor int, a hit, reach int32, cands *nearCands) bool {
	at := sc.toks[a.s]
	lo, hi := sc.tokFirst(at-reach), sc.tokFirst(at+reach+1)-1
	for j, li := range r.near {
		if j == anchor {
			continue
		}
		list := lexHits[li]
		sc.near = sc.lexIndex(li, list).nearby(sc.near[:0], list, lo, hi, a.s, maxNearby)
		hs := cands.hits[j][:0]
		sorted := true
		for _, i := range sc.near {
			if n := len(hs); n > 0 && list[i].s < hs[n-1].s {
				sorted = false
			}
			hs = append(hs, list[i])
		}
		cands.hits[j], cands.sorted[j] = hs, sorted
		if len(hs) == 0 {
			return false
		}
	}
	return true
}

// from returns part j's hits to try after chosen, the parts before it. In
// an ordered rule whose hits for j are in text order, those that can
// follow the last of chosen (within r.within words after it) are a run of
// them, found without trying the rest; otherwise all.
func (c *nearCands) from(sc *scratch, r *compiledRule, j int, chosen []hit) []hit {
	hs := c.hits[j]
	if !r.ordered || j == 0 || !c.sorted[j] {
		return hs
	}
	prev := chosen[j-1]
	i := sort.Search(len(hs), func(i int) bool { return hs[i].s >= prev.e })
	n := i
	for n < len(hs) && sc.toks[hs[n].s]-sc.toks[prev.e]-1 <= int32(r.within) {
		n++
	}
	return hs[i:n]
}

// maxPartWords bounds the words of one near part (a lexicon phrase), for
// the reach of a near search.
const maxPartWords = 8

// follows reports whether hit b starts after hit a ends. The two may share
// one letter when it is a repeat collapsed across a word break, as the "s"
// of "muslims should", which belongs to both words.
func follows(sc *scratch, a, b hit) bool {
	if b.s > a.e {
		return true
	}
	return b.s == a.e && b.s > a.s && b.e > b.s && sc.within[b.s] >= brkSpace
}

// guardCues holds what the guards need besides the hits: the negation hits
// that survived exceptions ("not only" is no negation) and the hits of the
// optional clause_break lexicon, which ends a negation's reach ("I don't
// mind them, but ...").
type guardCues struct {
	neg       []hit
	clause    []hit
	clauseLex int // the clause_break lexicon, when clause is not empty
}

// LexClauseBreak names the optional lexicon of words that end a negation's
// reach: contrastive and consecutive conjunctions ("but", "men", "so we").
const LexClauseBreak = "clause_break"

func (e *Engine) guardCuesOf(lexHits [][]hit) *guardCues {
	g := &guardCues{}
	if e.negLex >= 0 {
		g.neg = lexHits[e.negLex]
	}
	for i, n := range e.lexNames {
		if n == LexClauseBreak {
			g.clause, g.clauseLex = lexHits[i], i
			break
		}
	}
	return g
}

// sentenceBreak reports whether a sentence boundary (a full stop followed
// by a space, or other hard punctuation: "?", "!", ",", a line end) lies
// between letters a and b.
func sentenceBreak(sc *scratch, a, b int32) bool {
	// The letters a+1..b after a break, and a..b-1 with one in their run.
	sc.countDots()
	n := int32(len(sc.brk))
	if hi := min(b, n-1); a+1 <= hi && sc.dotBrk[hi+1] > sc.dotBrk[a+1] {
		return true
	}
	if hi := min(b-1, n-1); a <= hi && sc.dotWithin[hi+1] > sc.dotWithin[a] {
		return true
	}
	return false
}

// scopeEnds reports whether a negation ending at letter a no longer reaches
// letter b: a sentence boundary or a clause break stands between them.
func (g *guardCues) scopeEnds(sc *scratch, a, b int32) bool {
	if sentenceBreak(sc, a, b) {
		return true
	}
	if len(g.clause) == 0 {
		return false
	}
	// A clause break lies strictly between: by start, from a+1. Once one
	// ends at b or later, the rest start within 254 letters of b.
	if len(g.clause) <= smallList {
		for _, c := range g.clause {
			if c.s > a && c.e < b {
				return true
			}
		}
		return false
	}
	o := sc.lexIndex(g.clauseLex, g.clause).order
	for i := sort.Search(len(o), func(i int) bool { return g.clause[o[i]].s > a }); i < len(o) && g.clause[o[i]].s < b; i++ {
		if g.clause[o[i]].e < b {
			return true
		}
	}
	return false
}

// negated returns the negation word that cancels a near combination, if any.
// A negation counts between two parts only if its scope reaches the next
// part (no sentence boundary or clause break in between), and before the
// first part (rules with negation: before) only within three words in the
// same clause.
func (e *Engine) negated(sc *scratch, r *compiledRule, parts []hit, cues *guardCues) string {
	if e.negLex < 0 || r.negation == negNone {
		return ""
	}
	first, last := parts[0], parts[len(parts)-1]
	// A negation that counts starts between the parts, or (before) within
	// three words before the first.
	lo := first.e
	if r.negation == negBefore {
		lo = sc.reachBack(sc.toks[first.s] - 3)
	}
	sc.near = sc.lexIndex(e.negLex, cues.neg).nearby(sc.near[:0], cues.neg, lo, last.s, first.s, maxNearby)
	for _, i := range sc.near {
		nh := cues.neg[i]
		inside := false
		for _, pt := range parts {
			if overlaps(sc, nh, pt) {
				inside = true // the negation is part of a matched phrase ("not human")
				break
			}
		}
		if inside {
			continue
		}
		term := e.pats[nh.pat].term
		if follows(sc, first, nh) && follows(sc, nh, last) {
			next := last
			for _, pt := range parts {
				if follows(sc, nh, pt) {
					next = pt
					break
				}
			}
			if !cues.scopeEnds(sc, nh.e, next.s) {
				return term
			}
			continue
		}
		if r.negation == negBefore && follows(sc, nh, first) && sc.toks[first.s]-sc.toks[nh.e] <= 3 && !cues.scopeEnds(sc, nh.e, first.s) {
			return term
		}
	}
	return ""
}

// counterCues returns the counter-speech cues that are not themselves
// negated: "it's not racist to say ..." introduces hate, it does not
// object to it.
func (e *Engine) counterCues(sc *scratch, lexHits [][]hit, cues *guardCues) []hit {
	if e.counterLex < 0 {
		return nil
	}
	var out []hit
	for _, h := range lexHits[e.counterLex] {
		negated := false
		if len(cues.neg) > 0 {
			sc.near = sc.lexIndex(e.negLex, cues.neg).nearby(sc.near[:0], cues.neg, sc.reachBack(sc.toks[h.s]-2), h.s, h.s, maxNearby)
		} else {
			sc.near = sc.near[:0]
		}
		for _, i := range sc.near {
			if nh := cues.neg[i]; follows(sc, nh, h) && sc.toks[h.s]-sc.toks[nh.e] <= 2 && !cues.scopeEnds(sc, nh.e, h.s) {
				negated = true
				break
			}
		}
		if !negated {
			out = append(out, h)
		}
	}
	return out
}

// coveringCue names the counter-speech cue that speaks about match h: one
// in the same sentence, or in the sentence right after it ("X are rats.
// Stop saying that."). A cue in another part of a long message ("the
// report this weekend! ...") says nothing about it, and a cue that is one
// of a near rule's parts is what the rule matched, not an objection to it
// ("not all X, but always X").
func coveringCue(e *Engine, sc *scratch, cues []hit, h hit, parts []hit) string {
	for _, c := range cues {
		if isPart(c, parts) {
			continue
		}
		switch {
		case c.to <= h.from:
			if sc.sentenceEnds(int(c.to), int(h.from)) == 0 {
				return e.pats[c.pat].term
			}
		case h.to <= c.from:
			if sc.sentenceEnds(int(h.to), int(c.from)) <= 1 {
				return e.pats[c.pat].term
			}
		default:
			return e.pats[c.pat].term // overlapping: part of one phrase
		}
	}
	return ""
}

// unlessGuard names the guard lexicon that stands just before the match.
func (e *Engine) unlessGuard(sc *scratch, r *compiledRule, h hit, lexHits [][]hit) string {
	for _, u := range r.unless {
		list := lexHits[u.lex]
		if len(list) == 0 {
			continue
		}
		// It ends before h, within u.before words.
		sc.near = sc.lexIndex(u.lex, list).nearby(sc.near[:0], list, sc.reachBack(sc.toks[h.s]-int32(u.before)), h.s, h.s, maxNearby)
		for _, i := range sc.near {
			if g := list[i]; follows(sc, g, h) && sc.toks[h.s]-sc.toks[g.e] <= int32(u.before) {
				return e.lexNames[u.lex] + ": " + e.pats[g.pat].term
			}
		}
	}
	return ""
}

// unlessInside names an unless lexicon's word that stands between the parts
// of a near match: "have to be consequences for saying you would ..." puts
// the speech verb between the speaker's words and the reported ones, so the
// combination is not the speaker's own.
func (e *Engine) unlessInside(sc *scratch, r *compiledRule, parts []hit, lexHits [][]hit) string {
	if len(parts) < 2 {
		return ""
	}
	first, last := parts[0], parts[len(parts)-1]
	for _, u := range r.unless {
		list := lexHits[u.lex]
		if len(list) == 0 {
			continue
		}
		sc.near = sc.lexIndex(u.lex, list).nearby(sc.near[:0], list, first.e, last.s, first.e, maxNearby)
		for _, i := range sc.near {
			g := list[i]
			if !follows(sc, first, g) || !follows(sc, g, last) {
				continue
			}
			overlaps := false
			for _, pt := range parts {
				if g.s <= pt.e && pt.s <= g.e {
					overlaps = true
					break
				}
			}
			if !overlaps {
				return e.lexNames[u.lex] + ": " + e.pats[g.pat].term
			}
		}
	}
	return ""
}

// quotedParts reports whether a near match joins the writer's own words to
// a quotation of at least two of its parts ('he should be jailed for
// writing "death to all ..."'): the hateful combination is quoted, not
// asserted. A single scare-quoted word ('these "refugees" are ...') does
// not count.
func quotedParts(sc *scratch, parts []hit) bool {
	in, out := 0, 0
	for _, p := range parts {
		if quotedSpan(sc, p) {
			in++
		} else {
			out++
		}
	}
	return in >= 2 && out >= 1
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
				// An accent is a combining mark in the canonical
				// decomposition; fullwidth letters, ligatures and
				// mathematical letters differ only by compatibility.
				if hasMark(norm.NFD.String(string(r))) {
					add("accents")
				} else {
					add("styled letters")
				}
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

// hasMark reports whether s holds a combining mark.
func hasMark(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Mn, r) {
			return true
		}
	}
	return false
}

// isPart reports whether hit c spans the same text as one of parts.
func isPart(c hit, parts []hit) bool {
	for _, p := range parts {
		if p.from == c.from && p.to == c.to {
			return true
		}
	}
	return false
}
