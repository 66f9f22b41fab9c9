package rules

import (
	"errors"
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"
)

// DefaultThreshold is the score at or above which a message is flagged.
const DefaultThreshold = 0.5

// DefaultMaxText is how much of a message is evaluated; the rest is
// ignored with a note in the verdict.
const DefaultMaxText = 32 << 10

// Reserved lexicon names that guards use.
const (
	LexNegation = "negation"       // "not", "ikke": cancels near rules
	LexCounter  = "counter_speech" // "it's not ok to call", "racistisk": dampens every match
	// LexCommon lists ordinary words ("fik", "te", "i"). Words split by
	// spaces are not joined into a term when every piece is one of them,
	// so "fik te i" never reads as a term "fiktei". It is not matched on its
	// own.
	LexCommon = "common_words"
	// LexGroup names protected groups: the slot most frames are built
	// around. Slurs fill it too.
	LexGroup = "group"
	// LexGroupPronoun lists pronouns that can stand for a group named
	// earlier in the message ("they", "de", "dem"). A phrase ("de er")
	// lends only its first word.
	LexGroupPronoun = "group_pronoun"
	// LexGroupAdj and LexPersonNoun: a group adjective followed by a word
	// for people ("muslim families") counts as a group word.
	LexGroupAdj   = "group_adj"
	LexPersonNoun = "person_noun"
)

// counterFactor and quoteFactor scale a match's score when the message
// reads as counter-speech, or the match is quoted by someone objecting.
const (
	counterFactor = 0.4
	quoteFactor   = 0.5
)

// Kinds of pattern in the automaton.
const (
	patRule uint8 = iota
	patLexicon
	patException
)

type pattern struct {
	n      int32  // length in symbols
	breaks uint64 // bit k: the term has a word break before symbol k
	// withins, bit k: the term's letter k is a run collapsed across its own
	// word break ("send dem": the d).
	withins uint64
	// runs, with exactRuns: bit k is set when the term's letter k is a
	// doubled letter, and the text must agree letter by letter.
	runs      uint64
	exactRuns bool
	mode      uint8
	kind      uint8
	ref       int32 // rule or lexicon index; for exceptions the rule, or -1
	term      string
}

const (
	negBetween uint8 = iota
	negBefore
	negNone
)

type compiledRule struct {
	index    int32
	id       string
	cat      Category
	sev      Severity
	score    float64
	why      map[string]string
	near     []int
	within   int
	ordered  bool
	across   bool // parts may lie in different sentences
	clause   bool // parts must lie in one clause (no , ; : between)
	negation uint8
	re       *regexp.Regexp
	unless   []unlessGuard
	file     string
	line     int
}

type unlessGuard struct {
	lex    int
	before int
}

// Engine evaluates messages against compiled rule packs. It is safe for
// concurrent use and allocates nothing for a message that matches nothing.
type Engine struct {
	norm        normalizer
	ac          *automaton
	pats        []pattern
	rules       []*compiledRule
	lexNames    []string
	negLex      int
	counterLex  int
	groupLex    int
	pronounLex  int
	groupAdjLex int
	personLex   int
	placeLex    int // group_place: a group's places, which the learned scorer reads as mentions
	masks       *maskIndex
	regexRules  []int32
	common      map[uint64]struct{}
	nearMasks   []uint64 // lexicons each near rule needs, as bits
	threshold   float64
	maxText     int
	packs       []string
	learned     *scorer    // nil unless the built-in packs are loaded (learned.go)
	learnedOff  []Category // its categories that packs disabled
	pool        sync.Pool
}

// Threshold reports the score at or above which a message is flagged.
func (e *Engine) Threshold() float64 { return e.threshold }

// Packs names the packs the engine was compiled from, with versions.
func (e *Engine) Packs() []string { return e.packs }

// RuleIDs lists the enabled rules, each once (an inverted rule's twin
// shares its id).
func (e *Engine) RuleIDs() []string {
	ids := make([]string, 0, len(e.rules))
	for i, r := range e.rules {
		if i > 0 && e.rules[i-1].id == r.id {
			continue
		}
		ids = append(ids, r.id)
	}
	if e.learned != nil {
		for _, c := range Categories {
			if !slices.Contains(e.learnedOff, c) {
				ids = append(ids, LearnedRulePrefix+string(c))
			}
		}
	}
	return ids
}

// Stats describes the compiled engine's size.
func (e *Engine) Stats() string {
	return fmt.Sprintf("%d rules, %d patterns, %d automaton states, %d letters", len(e.rules), len(e.pats), e.ac.states(), e.ac.width)
}

// compiler collects patterns and rules from packs.
type compiler struct {
	alpha      alphabet
	pats       []pattern
	keys       [][]uint8
	rules      []*compiledRule
	lexIndex   map[string]int
	lexNames   []string
	regexRules []int32
	common     map[uint64]struct{}
	exactRuns  bool // the patterns being added keep their doubled letters
	errs       []error
	file       string
	lang       string // the language of the pack being compiled
	masks      *maskIndex
	sc         scratch
	learnedOff []Category // categories of the learned scorer packs disabled
}

// Compile builds one engine from packs applied in order: later packs add
// rules, lexicon terms and exceptions, disable earlier rules and may change
// the threshold. Every problem is reported, each with file and line; on
// error no engine is returned.
func Compile(packs ...*Pack) (*Engine, error) {
	c := &compiler{lexIndex: map[string]int{}, masks: newMaskIndex()}
	set := c.collectRules(packs)
	c.compileLexicons(packs) // first, so near rules can name them
	c.compileExceptions(packs)
	c.compileRules(set.order)
	if len(c.errs) > 0 {
		return nil, errors.Join(c.errs...)
	}
	if len(c.rules) == 0 {
		return nil, errors.New("rules: no rules enabled: load at least one pack with rules")
	}
	e := c.engine(set)
	if set.builtin && slices.ContainsFunc(Categories, func(k Category) bool { return !slices.Contains(c.learnedOff, k) }) {
		s, err := loadBuiltinScorer()
		if err != nil {
			return nil, err
		}
		e.learned, e.learnedOff = s, c.learnedOff
	}
	return e, nil
}

// ruleAt is a rule with the pack it came from.
type ruleAt struct {
	r    *Rule
	pack *Pack
}

// packSettings is what the packs say beyond their words: the rules in
// load order (nil where a later pack disabled one), the threshold, the
// text limit and the packs' names.
type packSettings struct {
	order     []ruleAt
	threshold float64
	maxText   int
	names     []string
	builtin   bool // base, da and en are all loaded: the learned scorer fits
}

// collectRules applies the packs in order: thresholds, disables, and rules
// with unique ids.
func (c *compiler) collectRules(packs []*Pack) packSettings {
	set := packSettings{threshold: DefaultThreshold, maxText: DefaultMaxText}
	byID := map[string]int{}
	loaded := map[string]bool{}
	for _, p := range packs {
		set.names = append(set.names, strings.TrimSuffix(p.Name+" "+p.Version, " "))
		if p.Threshold != nil {
			if !(*p.Threshold > 0 && *p.Threshold <= 1) { // also refuses NaN
				c.errs = append(c.errs, &PackError{File: p.File, Msg: fmt.Sprintf("threshold %v must be above 0 and at most 1", *p.Threshold)})
			}
			set.threshold = *p.Threshold
		}
		if p.MaxText > 0 {
			set.maxText = p.MaxText
		}
		c.disable(p, set.order, byID)
		if p.File == "builtin:packs/"+p.Name+".yaml" {
			loaded[p.Name] = true
		}
		for _, r := range p.Rules {
			if r.ID == "" {
				c.errs = append(c.errs, &PackError{File: p.File, Line: r.Line, Msg: "rule without id: give it a unique id such as en.slur.example"})
				continue
			}
			if at, dup := byID[r.ID]; dup {
				prev := set.order[at]
				c.errs = append(c.errs, &PackError{File: p.File, Line: r.Line,
					Msg: fmt.Sprintf("duplicate rule id %q (first at %s:%d): rename it, or disable the first", r.ID, prev.pack.File, prev.r.Line)})
				continue
			}
			byID[r.ID] = len(set.order)
			set.order = append(set.order, ruleAt{r, p})
		}
	}
	set.builtin = loaded["base"] && loaded["da"] && loaded["en"]
	return set
}

// disable turns off the earlier rules pack p disables ("en.slur.*" by
// prefix); one that matches nothing is an error.
func (c *compiler) disable(p *Pack, order []ruleAt, byID map[string]int) {
	for i, d := range p.Disable {
		n := 0
		for id, at := range byID {
			if id == d || (strings.HasSuffix(d, "*") && strings.HasPrefix(id, strings.TrimSuffix(d, "*"))) {
				order[at].r = nil
				delete(byID, id)
				n++
			}
		}
		if off, ok := learnedDisabled(d); ok {
			c.learnedOff = append(c.learnedOff, off...) // the learned scorer answers to learned.* (learned.go)
			n++
		}
		if n == 0 {
			c.errs = append(c.errs, &PackError{File: p.File, Line: lineAt(p.disableLines, i, 0),
				Msg: fmt.Sprintf("disable %q matches no rule of an earlier pack", d)})
		}
	}
}

// compileLexicons numbers the lexicons (a name used by several packs is one
// lexicon) and adds their terms and lemmas' forms.
func (c *compiler) compileLexicons(packs []*Pack) {
	for _, p := range packs {
		names := make([]string, 0, len(p.Lexicons))
		for n := range p.Lexicons {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, n := range names {
			if _, ok := c.lexIndex[n]; !ok {
				c.lexIndex[n] = len(c.lexNames)
				c.lexNames = append(c.lexNames, n)
			}
			c.compileLexicon(p, n, p.Lexicons[n])
		}
	}
}

func (c *compiler) compileLexicon(p *Pack, name string, lx *Lexicon) {
	c.file, c.lang = p.File, p.Lang
	mode, err := parseMode(lx.Match)
	if err != nil {
		c.errs = append(c.errs, &PackError{File: c.file, Line: lx.Line, Msg: fmt.Sprintf("lexicon %s: %v", name, err)})
		return
	}
	if len(lx.Terms) == 0 && len(lx.Lemmas) == 0 {
		c.errs = append(c.errs, &PackError{File: c.file, Line: lx.Line, Msg: fmt.Sprintf("lexicon %s has no terms", name)})
	}
	ref := int32(c.lexIndex[name])
	forms, err := c.lemmaForms(lx.Lemmas)
	if err != nil {
		c.errs = append(c.errs, &PackError{File: c.file, Line: lx.Line, Msg: fmt.Sprintf("lexicon %s: %v", name, err)})
	}
	for _, t := range forms {
		if err := c.addTerm(t, mode, patLexicon, ref, lx.Line, false); err != nil {
			c.errs = append(c.errs, err)
		}
		if name == LexGroup {
			c.masks.addGroup(t, c.lang) // "j*der", "m*slimer": group names are masked as slurs are
		}
	}
	for i, t := range lx.Terms {
		line := lineAt(lx.termLines, i, lx.Line)
		if name == LexCommon {
			c.addCommon(t, line)
			continue
		}
		if err := c.addTerm(t, mode, patLexicon, ref, line, false); err != nil {
			c.errs = append(c.errs, err)
		}
		if name == LexGroup {
			c.masks.addGroup(t, c.lang)
		}
	}
}

// compileExceptions adds the packs' exceptions: words inside which no term
// counts.
func (c *compiler) compileExceptions(packs []*Pack) {
	for _, p := range packs {
		c.file, c.lang = p.File, p.Lang
		for _, x := range p.Exceptions {
			if err := c.addTerm(x, modeWord, patException, -1, 0, false); err != nil {
				c.errs = append(c.errs, err)
			}
		}
	}
}

// compileRules checks and adds the enabled rules, in load order.
func (c *compiler) compileRules(order []ruleAt) {
	for _, at := range order {
		r := at.r
		if r == nil {
			continue
		}
		c.file, c.lang = at.pack.File, at.pack.Lang
		cr, err := c.compileRule(r, int32(len(c.rules)))
		if err != nil {
			c.errs = append(c.errs, &PackError{File: at.pack.File, Line: r.Line, Msg: err.Error()})
			continue
		}
		c.rules = append(c.rules, cr)
		if r.Invert {
			// The twin has the rule's id, so explanations, disables and
			// statistics name one rule.
			twin := *cr
			twin.index = int32(len(c.rules))
			twin.near = append([]int(nil), cr.near...)
			twin.near[0], twin.near[1] = twin.near[1], twin.near[0]
			c.rules = append(c.rules, &twin)
		}
	}
}

// engine builds the engine from what was compiled: the automaton over every
// pattern and the near rules' lexicon masks.
func (c *compiler) engine(set packSettings) *Engine {
	e := &Engine{
		pats:        c.pats,
		rules:       c.rules,
		lexNames:    c.lexNames,
		negLex:      lexOr(c.lexIndex, LexNegation),
		counterLex:  lexOr(c.lexIndex, LexCounter),
		groupLex:    lexOr(c.lexIndex, LexGroup),
		pronounLex:  lexOr(c.lexIndex, LexGroupPronoun),
		groupAdjLex: lexOr(c.lexIndex, LexGroupAdj),
		personLex:   lexOr(c.lexIndex, LexPersonNoun),
		placeLex:    lexOr(c.lexIndex, "group_place"),
		masks:       c.masks,
		regexRules:  c.regexRules,
		common:      c.common,
		threshold:   set.threshold,
		maxText:     set.maxText,
		packs:       set.names,
	}
	alpha := c.alpha
	e.norm.alpha = &alpha
	if alpha.n == 0 {
		alpha.n = 1
	}
	e.ac = buildAutomaton(alpha.n, c.keys)
	e.norm.ac = e.ac
	e.norm.fast = buildFastLetters(&alpha)
	e.ac.summarize(e.pats, len(e.lexNames))
	for _, r := range e.rules {
		if len(r.near) == 0 {
			continue
		}
		var m uint64
		for _, li := range r.near {
			if li < 64 {
				m |= 1 << li
			}
		}
		e.nearMasks = append(e.nearMasks, m)
	}
	e.pool.New = func() any { return new(scratch) }
	return e
}

func lexOr(m map[string]int, name string) int {
	if i, ok := m[name]; ok {
		return i
	}
	return -1
}

// compileRule checks one rule and adds its patterns.
func (c *compiler) compileRule(r *Rule, index int32) (*compiledRule, error) {
	cr := &compiledRule{index: index, id: r.ID, cat: r.Category, why: r.Why, file: r.file, line: r.Line}
	if !r.Category.valid() {
		names := make([]string, len(Categories))
		for i, k := range Categories {
			names[i] = string(k)
		}
		return nil, fmt.Errorf("rule %q: unknown category %q (want one of %s)", r.ID, r.Category, strings.Join(names, ", "))
	}
	cr.sev = defaultSeverity(r.Category)
	if r.Severity != "" {
		s, err := ParseSeverity(r.Severity)
		if err != nil {
			return nil, fmt.Errorf("rule %q: %v", r.ID, err)
		}
		cr.sev = s
	}
	cr.score = r.Score
	if cr.score == 0 {
		cr.score = cr.sev.defaultScore()
	}
	if !(cr.score >= 0 && cr.score <= 1) { // also refuses NaN
		return nil, fmt.Errorf("rule %q: score %v must be between 0 and 1", r.ID, r.Score)
	}
	for _, u := range r.Unless {
		li, ok := c.lexIndex[u.Lexicon]
		if !ok {
			return nil, fmt.Errorf("rule %q: unless names lexicon %q, which no pack defines", r.ID, u.Lexicon)
		}
		b := u.Before
		if b <= 0 {
			b = 2
		}
		cr.unless = append(cr.unless, unlessGuard{lex: li, before: b})
	}
	k, err := kindOf(r)
	if err != nil {
		return nil, err
	}
	if err := ruleKinds[k].compile(c, r, cr); err != nil {
		var pe *PackError
		if errors.As(err, &pe) {
			return nil, fmt.Errorf("rule %q: %s", r.ID, pe.Msg)
		}
		return nil, fmt.Errorf("rule %q: %w", r.ID, err)
	}
	return cr, nil
}

func defaultSeverity(c Category) Severity {
	switch c {
	case CatThreat, CatExtremism:
		return SevUrgent
	case CatSlur, CatDehumanisation:
		return SevHigh
	}
	return SevMedium
}

// addPattern normalises a term and adds it to the automaton's patterns.
func (c *compiler) addPattern(term string, def uint8, kind uint8, ref int32, line int) error {
	t, mode := termMode(strings.TrimSpace(term), def)
	n := normalizer{alpha: &alphabet{}}
	n.run(t, &c.sc, true)
	sc := &c.sc
	if len(sc.ls) == 0 {
		return &PackError{File: c.file, Line: line, Msg: fmt.Sprintf("term %q has no letters or digits after normalisation", term)}
	}
	if len(sc.ls) > 255 {
		return &PackError{File: c.file, Line: line, Msg: fmt.Sprintf("term %q is longer than 255 letters", term)}
	}
	p := pattern{n: int32(len(sc.ls)), mode: mode, kind: kind, ref: ref, exactRuns: c.exactRuns}
	key := make([]uint8, len(sc.ls))
	for i, l := range sc.ls {
		r := l.r
		if i > 0 && l.brk == brkHard {
			return &PackError{File: c.file, Line: line, Msg: fmt.Sprintf("term %q contains punctuation that breaks words; write words separated by spaces, or use a regex rule", term)}
		}
		if i > 0 && l.brk != brkNone && i < 64 {
			p.breaks |= 1 << i
		}
		if l.within != brkNone && i < 64 {
			p.withins |= 1 << i
		}
		if l.flags&flagRun != 0 && i < 64 {
			p.runs |= 1 << i
		}
		if err := c.alpha.add(r); err != nil {
			return &PackError{File: c.file, Line: line, Msg: err.Error()}
		}
		key[i] = c.alpha.sym(r)
	}
	sc.render()
	p.term = string(sc.text)
	c.pats = append(c.pats, p)
	c.keys = append(c.keys, key)
	return nil
}

// hit is one pattern found in a message, between letters s and e, at
// bytes from..to of the original text.
type hit struct {
	pat      int32
	s, e     int32
	from, to int32
	evasion  uint8
	// need marks a hit inside a longer word: needLeft, needRight say
	// which side lacks a word boundary (see joinLoose).
	need uint8
}

const (
	needLeft uint8 = 1 << iota
	needRight
)

// minJoined is the fewest letters a term needs to count inside a word
// written together with other terms ("peopledisgust").
const minJoined = 3

// minJoinedLong: of two terms written together, the longer has at least
// this many letters; two short ones are too often an ordinary word.
const minJoinedLong = 5

// Evasion bits seen by the matcher.
const (
	evLeet uint8 = 1 << iota
	evSpacing
	evJoined
	evSpaceSplit // split by whitespace, checked against common words
)

// Check evaluates a bare text.
func (e *Engine) Check(text string) Verdict { return e.Evaluate(Message{Text: text}) }

// Evaluate decides whether a message is hateful and explains why. A message
// longer than the engine's limit is evaluated up to it, with a note.
func (e *Engine) Evaluate(m Message) Verdict {
	text, truncated := e.truncate(m.Text)
	sc := e.pool.Get().(*scratch)
	defer e.pool.Put(sc)
	// A quick pass feeds the automaton only; most messages end here. It
	// also notes whether the text has a byte that masks or emoji start
	// with, without which unmask has nothing to do.
	e.norm.quick(text, sc)
	if sc.maskable {
		if unmasked, edits := e.masks.unmask(text, m.Lang); edits != nil {
			return e.evaluateUnmasked(m, text, unmasked, edits, truncated, sc)
		}
	}
	return e.afterQuick(m, text, truncated, sc)
}

// truncate cuts text to the engine's limit, at a rune boundary.
func (e *Engine) truncate(text string) (string, bool) {
	if len(text) <= e.maxText {
		return text, false
	}
	cut := e.maxText
	for cut > 0 && !utf8.RuneStart(text[cut]) {
		cut--
	}
	return text[:cut], true
}

// evaluateUnmasked evaluates text with its masked words spelled out, and
// reports every match in the words as written: a spelled-out letter may
// take more bytes than its asterisk ("j*der" is "jøder"), so match offsets
// are mapped back to text.
func (e *Engine) evaluateUnmasked(m Message, text, unmasked string, edits []maskEdit, truncated bool, sc *scratch) Verdict {
	e.norm.quick(unmasked, sc)
	v := e.afterQuick(m, unmasked, truncated, sc)
	fix := func(ms []Match) {
		for i := range ms {
			mt := &ms[i]
			mt.Start, mt.End = textOffset(edits, mt.Start, false), textOffset(edits, mt.End, true)
			mt.Text = text[mt.Start:mt.End]
			if kind := overlapsEdit(edits, mt.Start, mt.End); kind != "" {
				if mt.Evasion == "" {
					mt.Evasion = kind
				} else {
					mt.Evasion = kind + ", " + mt.Evasion
				}
			}
		}
	}
	fix(v.Matches)
	fix(v.Guarded)
	if v.Normalized != "" {
		// The normal form is of what the user wrote; the matches say
		// what the masks hid.
		v.Normalized = Normalize(text)
	}
	return v
}

// afterQuick finishes the evaluation of text after the quick pass left
// its raw hits in sc.
func (e *Engine) afterQuick(m Message, text string, truncated bool, sc *scratch) Verdict {
	if len(e.regexRules) == 0 && !sc.redo && !e.quickMayMatch(sc) && !e.quickMayNameGroup(sc) && !e.mayMention(sc) {
		return e.nothing(m, text, truncated, false)
	}
	// Something may match, or a group may be named: normalise again
	// keeping every letter, check the hits' boundaries, and decide.
	e.norm.run(text, sc, true)
	e.scan(sc)
	if len(e.regexRules) == 0 && !e.mayMatch(sc) {
		// No rule can match; the verdict says whether a group is named
		// (Verdict.Group), still without allocating. A message that names
		// one goes on to the learned scorer, when there is one.
		group := e.mayNameGroup(sc) && e.namesGroup(sc)
		if e.learned == nil || !group && !e.mentions(sc) {
			return e.nothing(m, text, truncated, group)
		}
	}
	sc.expand()
	v := e.decide(m, text, sc)
	if truncated {
		v.Notes = append(v.Notes, truncNote(len(m.Text), len(text)))
	}
	return v
}

// nothing is the verdict on a message no rule matched: not flagged, with
// whether it names a group, and a note when it was truncated.
func (e *Engine) nothing(m Message, text string, truncated, group bool) Verdict {
	if truncated {
		return Verdict{Group: group, Notes: []string{truncNote(len(m.Text), len(text))}}
	}
	return Verdict{Group: group}
}

// mayNameGroup reports whether the hits hold a group word, or a group
// adjective and a word for people (see groupPhrases), which may name a
// protected group once their boundaries are checked.
func (e *Engine) mayNameGroup(sc *scratch) bool {
	if e.groupLex < 0 {
		return false
	}
	adj, person := false, false
	for _, h := range sc.hits {
		p := &e.pats[h.pat]
		if p.kind != patLexicon {
			continue
		}
		switch int(p.ref) {
		case e.groupLex:
			return true
		case e.groupAdjLex:
			adj = true
		case e.personLex:
			person = true
		}
	}
	return adj && person && e.groupAdjLex >= 0 && e.personLex >= 0
}

// quickMayMatch is mayMatch after the quick pass, which leaves the hits'
// summary (sc.seen) instead of the hits when the automaton has one.
func (e *Engine) quickMayMatch(sc *scratch) bool {
	if e.ac.sums == nil {
		return e.mayMatch(sc)
	}
	seen := sc.seen
	switch {
	case seen == 0:
		return false
	case seen&sumSpecial != 0:
		return true
	}
	seen &^= sumAny
	// Every lexicon is below sumLexMax here, so within the mask.
	if g, a, p := e.groupLex, e.groupAdjLex, e.personLex; g >= 0 && a >= 0 && p >= 0 && seen&(1<<a) != 0 && seen&(1<<p) != 0 {
		seen |= 1 << g
	}
	for _, m := range e.nearMasks {
		if seen&m == m {
			return true
		}
	}
	return false
}

// quickMayNameGroup is mayNameGroup after the quick pass.
func (e *Engine) quickMayNameGroup(sc *scratch) bool {
	if e.ac.sums == nil {
		return e.mayNameGroup(sc)
	}
	if e.groupLex < 0 {
		return false
	}
	if sc.seen&(1<<e.groupLex) != 0 {
		return true
	}
	return e.groupAdjLex >= 0 && e.personLex >= 0 && sc.seen&(1<<e.groupAdjLex) != 0 && sc.seen&(1<<e.personLex) != 0
}

// mayMention reports, for the learned scorer, whether the quick pass's
// hits hold a group adjective or a group's place ("rumænsk", "moskeen"):
// a mention of a group, which it is asked about (see learned.go).
func (e *Engine) mayMention(sc *scratch) bool {
	if e.learned == nil {
		return false
	}
	for _, h := range sc.hits {
		if p := &e.pats[h.pat]; p.kind == patLexicon && e.mentionLex(int(p.ref)) {
			return true
		}
	}
	return false
}

// mentionLex reports whether lexicon i mentions a group without naming it.
func (e *Engine) mentionLex(i int) bool {
	return i >= 0 && (i == e.groupAdjLex || i == e.placeLex)
}

// mentions reports whether a checked hit outside exceptions mentions a
// group (see mayMention).
func (e *Engine) mentions(sc *scratch) bool {
	for _, h := range sc.hits {
		if p := &e.pats[h.pat]; p.kind == patLexicon && e.mentionLex(int(p.ref)) && plausible(sc, p, h) && !e.insideException(sc, h) {
			return true
		}
	}
	return false
}

// namesGroup reports whether the checked hits of a message that matches no
// rule name a protected group as decide would read them: a plausible group
// word outside the words of exceptions, or a group adjective followed
// within two words by a word for people. It allocates nothing once the
// scratch has grown.
func (e *Engine) namesGroup(sc *scratch) bool {
	sc.expand()
	var adjs bool
	for _, h := range sc.hits {
		p := &e.pats[h.pat]
		if p.kind != patLexicon || !plausible(sc, p, h) || e.insideException(sc, h) {
			continue
		}
		switch int(p.ref) {
		case e.groupLex:
			return true
		case e.groupAdjLex:
			adjs = true
		}
	}
	if !adjs || e.groupAdjLex < 0 || e.personLex < 0 {
		return false
	}
	e.tokens(sc)
	for _, a := range sc.hits {
		if pa := &e.pats[a.pat]; pa.kind != patLexicon || int(pa.ref) != e.groupAdjLex || !plausible(sc, pa, a) || e.insideException(sc, a) {
			continue
		}
		for _, n := range sc.hits {
			pn := &e.pats[n.pat]
			if pn.kind == patLexicon && int(pn.ref) == e.personLex && follows(sc, a, n) && sc.toks[n.s]-sc.toks[a.e]-1 <= 1 &&
				plausible(sc, pn, n) && !e.insideException(sc, n) {
				return true
			}
		}
	}
	return false
}

// insideException reports whether hit h lies inside the word of an
// exception that holds for every rule (see excepted), by a scan of the
// hits: a message that matches no rule has few.
func (e *Engine) insideException(sc *scratch, h hit) bool {
	for _, x := range sc.hits {
		if p := &e.pats[x.pat]; p.kind == patException && p.ref < 0 && x.s <= h.s && h.e <= x.e && x.pat != h.pat {
			return true
		}
	}
	return false
}

func truncNote(total, used int) string {
	return fmt.Sprintf("message of %d bytes evaluated up to byte %d", total, used)
}

// mayMatch reports whether the hits can make any rule match: a term rule's
// term was found, or every lexicon of some near rule was. Messages that
// only contain cue words ("not", "som") stop here without allocating.
func (e *Engine) mayMatch(sc *scratch) bool {
	if len(sc.hits) == 0 {
		return false
	}
	var seen uint64
	for _, h := range sc.hits {
		p := &e.pats[h.pat]
		switch {
		case p.kind == patRule:
			return true
		case p.kind == patLexicon && p.ref < 64:
			seen |= 1 << p.ref
		case p.kind == patLexicon:
			return true // beyond the mask: let decide sort it out
		}
	}
	// A group adjective and a word for people make a group ("muslim
	// families"); see groupPhrases.
	if g, a, p := e.groupLex, e.groupAdjLex, e.personLex; g >= 0 && g < 64 && a >= 0 && a < 64 && p >= 0 && p < 64 &&
		seen&(1<<a) != 0 && seen&(1<<p) != 0 {
		seen |= 1 << g
	}
	for _, m := range e.nearMasks {
		if seen&m == m {
			return true
		}
	}
	return false
}

// scan checks the raw hits the automaton left while normalising and keeps
// those whose boundaries and inner breaks make sense.
func (e *Engine) scan(sc *scratch) {
	raw := len(sc.hits)
	sc.leetDone = false
	sc.loose = sc.loose[:0]
	// Where raw hits start and end: a term inside a longer word can only
	// join a neighbour that starts or ends right next to it.
	words := (len(sc.ls) + 64) / 64
	sc.starts, sc.ends = grow(sc.starts, words), grow(sc.ends, words)
	for k := 0; k < raw; k++ {
		h := sc.hits[k]
		st := h.e - e.pats[h.pat].n + 1
		if st >= 0 {
			sc.starts[st/64] |= 1 << (st % 64)
		}
		sc.ends[h.e/64] |= 1 << (h.e % 64)
	}
	for k := 0; k < raw; k++ {
		h := sc.hits[k]
		e.candidate(sc, h.pat, int(h.e))
	}
	// candidate appended the good ones after the raw ones.
	n := copy(sc.hits, sc.hits[raw:])
	sc.hits = sc.hits[:n]
	if len(sc.loose) > 0 {
		e.joinLoose(sc)
	}
}

// grow returns b with n zeroed words.
func grow(b []uint64, n int) []uint64 {
	if cap(b) < n {
		return make([]uint64, n)
	}
	b = b[:n]
	clear(b)
	return b
}

// bit reports whether bit i of b is set.
func bit(b []uint64, i int) bool { return i >= 0 && i/64 < len(b) && b[i/64]&(1<<(i%64)) != 0 }

// joinLoose keeps the terms found inside a longer word when the whole word
// is terms written together: "peopledisgust", "stabthose", "gayvermin". A
// side of a hit that lacks a word boundary is good when another term's hit
// abuts it there whose own far side is good, so a chain of terms must run
// from one word boundary to the other; "Scunthorpe" or "transport" (a term
// plus letters that are no term) stay whole words.
//
// Goodness spreads one way on each side: a left side becomes good only
// through a neighbour that starts further left, a right side through one
// that ends further right. So one pass over the hits by start settles
// every left side, one by end every right side, each looking up its
// neighbours by letter: linear in the hits however long the chain (a
// repeat-until-nothing-changes loop over every pair took cubic time on a
// word of thousands of joined terms).
func (e *Engine) joinLoose(sc *scratch) {
	good := len(sc.hits)
	n := len(sc.ls)
	// The longest usable neighbour ending (left pass) or starting (right
	// pass) at each letter; 0 for none. Terms are at most 255 letters.
	sc.edge = growBytes(sc.edge, n)
	for _, h := range sc.hits[:good] {
		if pn := e.pats[h.pat].n; pn >= minJoined {
			sc.edge[h.e] = max(sc.edge[h.e], uint8(pn))
		}
	}
	// Left sides, by start: a hit's left neighbours end before it starts.
	sc.order = sc.order[:0]
	for k := range sc.loose {
		sc.order = append(sc.order, int32(k))
	}
	slices.SortStableFunc(sc.order, func(a, b int32) int { return int(sc.loose[a].s - sc.loose[b].s) })
	for _, k := range sc.order {
		l := &sc.loose[k]
		if l.need&needLeft != 0 && e.abuts(sc, *l, l.s-1, l.s) {
			l.need &^= needLeft
		}
		if l.need&needLeft == 0 {
			sc.edge[l.e] = max(sc.edge[l.e], uint8(e.pats[l.pat].n))
		}
	}
	// Right sides, by end, from the last: loose hits are in order of end.
	clear(sc.edge)
	for _, h := range sc.hits[:good] {
		if pn := e.pats[h.pat].n; pn >= minJoined {
			sc.edge[h.s] = max(sc.edge[h.s], uint8(pn))
		}
	}
	for k := len(sc.loose) - 1; k >= 0; k-- {
		l := &sc.loose[k]
		if l.need&needRight != 0 && e.abuts(sc, *l, l.e+1, l.e) {
			l.need &^= needRight
		}
		if l.need&needRight == 0 {
			sc.edge[l.s] = max(sc.edge[l.s], uint8(e.pats[l.pat].n))
		}
	}
	for _, l := range sc.loose {
		if l.need == 0 {
			l.evasion |= evJoined
			sc.hits = append(sc.hits, l)
		}
	}
}

// abuts reports whether hit l has a usable neighbour in sc.edge at letter
// at, or at own, l's edge letter, when that is a collapsed run the two
// may share ("shoot|those" is "sho t hose"). Of two terms written
// together the longer needs minJoinedLong letters: "get|ting" is one word.
func (e *Engine) abuts(sc *scratch, l hit, at, own int32) bool {
	var m uint8
	if at >= 0 && int(at) < len(sc.edge) {
		m = sc.edge[at]
	}
	if sc.ls[own].flags&flagRun != 0 {
		m = max(m, sc.edge[own])
	}
	return m > 0 && max(int32(m), e.pats[l.pat].n) >= minJoinedLong
}

// growBytes returns b with n zeroed bytes.
func growBytes(b []uint8, n int) []uint8 {
	if cap(b) < n {
		return make([]uint8, n)
	}
	b = b[:n]
	clear(b)
	return b
}

func (e *Engine) candidate(sc *scratch, p int32, i int) {
	pt := &e.pats[p]
	s := i - int(pt.n) + 1
	if s < 0 {
		return
	}
	ls := sc.ls
	if s == i && ls[s].within != brkNone && ls[s].brk == brkNone && i+1 < len(ls) && ls[i+1].brk == brkNone {
		return // one letter collapsed from two words' edges is neither's word: "der rammes" holds no "r"
	}
	var need uint8
	leftOK := ls[s].brk != brkNone
	if !leftOK && pt.mode&modeOpenLeft == 0 && !leftBoundary(sc, s) {
		need |= needLeft
	}
	rightOK := i+1 == len(ls) || ls[i+1].brk != brkNone
	if !rightOK && pt.mode&modeOpenRight == 0 && !rightBoundary(sc, i) {
		need |= needRight
	}
	// A collapsed run may be shared by the two: "shootthose".
	if need != 0 && (pt.n < minJoined || pt.mode&modeWhole != 0 ||
		(need&needLeft != 0 && !bit(sc.ends, s-1) && !(ls[s].flags&flagRun != 0 && bit(sc.ends, s))) ||
		(need&needRight != 0 && !bit(sc.starts, i+1) && !(ls[i].flags&flagRun != 0 && bit(sc.starts, i)))) {
		return // a whole word only: short, or no term next to it
	}
	if pt.exactRuns {
		for k := 0; k < int(pt.n) && k < 64; k++ {
			run := ls[s+k].flags&flagRun != 0
			if run && ls[s+k].within != brkNone && (k == 0 || k == int(pt.n)-1) {
				// A run collapsed across a word break at the term's edge
				// is the neighbour's letter and the term's own: "han
				// nigger" has one n of each.
				run = false
			}
			if run != (pt.runs&(1<<k) != 0) {
				return // "Niger" is not "nigger"
			}
		}
	}
	ev, ok := innerBreaks(sc, pt, s, i, leftOK, rightOK)
	if !ok || (ev&evSpaceSplit != 0 && e.allCommon(sc, s, i)) || (need != 0 && ev&(evSpacing|evSpaceSplit) != 0) {
		return // a term inside a word is not also spaced out
	}
	for j := s; j <= i; j++ {
		if ls[j].flags&flagLeet != 0 {
			ev |= evLeet
			break
		}
	}
	from, to := ls[s].start, ls[i].end
	if !leftOK && ls[s].within != brkNone {
		from = ls[s].cut1 // the match starts after the break inside the run
	}
	if !rightOK && ls[i].within != brkNone {
		to = ls[i].cut0
	}
	h := hit{pat: p, s: int32(s), e: int32(i), from: from, to: to, evasion: ev, need: need}
	if need != 0 {
		sc.loose = append(sc.loose, h)
		return
	}
	sc.hits = append(sc.hits, h)
}

// leftBoundary reports whether letter s starts a word even though no break
// precedes it: a break inside a collapsed run ("a aben"), or only leetspeak
// letters since the chunk began ("@user").
func leftBoundary(sc *scratch, s int) bool {
	ls := sc.ls
	if ls[s].within != brkNone {
		return true
	}
	if s == 0 || ls[s-1].flags&flagLeet == 0 {
		return false
	}
	sc.leetRuns()
	return bit(sc.leetLeft, s-1)
}

// rightBoundary is leftBoundary's mirror ("hate!!" ends at the e).
func rightBoundary(sc *scratch, i int) bool {
	ls := sc.ls
	if ls[i].within != brkNone {
		return true
	}
	if i+1 == len(ls) || ls[i+1].flags&flagLeet == 0 {
		return false
	}
	sc.leetRuns()
	return bit(sc.leetRight, i+1)
}

// leetRuns marks, once per message, the leetspeak letters from which a
// word boundary is reached over leetspeak letters only: leetLeft going
// back (a break before the letter, or inside its run, or so for the one
// before), leetRight going on (a break after it or inside its run, the
// end, or so for the one after). Each hit then asks in one step, not by
// walking a run of thousands of leet letters again.
func (sc *scratch) leetRuns() {
	if sc.leetDone {
		return
	}
	sc.leetDone = true
	ls := sc.ls
	n := len(ls)
	words := (n + 63) / 64
	sc.leetLeft, sc.leetRight = grow(sc.leetLeft, words), grow(sc.leetRight, words)
	for j := 0; j < n; j++ {
		l := &ls[j]
		if l.flags&flagLeet != 0 && (l.brk != brkNone || l.within != brkNone || bit(sc.leetLeft, j-1)) {
			sc.leetLeft[j/64] |= 1 << (j % 64)
		}
	}
	for j := n - 1; j >= 0; j-- {
		l := &ls[j]
		if l.flags&flagLeet != 0 && (j+1 == n || ls[j+1].brk != brkNone || l.within != brkNone || bit(sc.leetRight, j+1)) {
			sc.leetRight[j/64] |= 1 << (j % 64)
		}
	}
}

// innerBreaks checks the breaks inside a candidate match. Breaks where the
// term has none are evasion by spacing, accepted when they look like it:
// punctuation between letters ("v.o.r.b"), spelled-out letters ("d r i x"),
// or at most two splits of a term of six letters or more ("dæt olt"). Hard
// breaks (sentence punctuation, line ends) are never crossed.
func innerBreaks(sc *scratch, pt *pattern, s, i int, leftOK, rightOK bool) (uint8, bool) {
	var ev uint8
	var brs [64]innerBreak
	nb := 0
	add := func(at int, kind uint8, split bool) {
		if nb < len(brs) {
			brs[nb] = innerBreak{at, kind, split}
			nb++
		}
	}
	for k := 0; k <= i-s; k++ {
		j := s + k
		termBreak := k > 0 && k < 64 && pt.breaks&(1<<k) != 0
		if k > 0 {
			b := sc.ls[j].brk
			switch {
			case b == brkHard:
				return 0, false
			case termBreak && b == brkNone:
				ev |= evJoined
			case b != brkNone:
				add(k, b, !termBreak)
			}
		}
		if k < 64 && pt.withins&(1<<k) != 0 && sc.ls[j].within == brkNone {
			ev |= evJoined // the term's word break inside a run is missing: "en n|iger" as "enig"
		}
		if w := sc.ls[j].within; w != brkNone && !(k == 0 && !leftOK) && !(j == i && !rightOK) {
			own := k < 64 && pt.withins&(1<<k) != 0
			if w == brkHard {
				return 0, false
			}
			if !own {
				add(k, w, true)
			}
		}
	}
	long := 0
	for x := 0; x < nb; x++ {
		b := brs[x]
		if !b.split {
			// A phrase's own word break may be any separator, but a
			// sentence end (". ") only between spelled-out letters:
			// "kill all. Zorbs are lovely" is not "kill all zorbs".
			if b.kind == brkDot && fragment(brs[:nb], x, int(pt.n), -1) > 1 && fragment(brs[:nb], x, int(pt.n), 1) > 1 {
				return 0, false
			}
			continue
		}
		ev |= evSpacing
		if b.kind == brkPunct {
			continue
		}
		ev |= evSpaceSplit
		if fragment(brs[:nb], x, int(pt.n), -1) <= 2 || fragment(brs[:nb], x, int(pt.n), 1) <= 2 {
			continue
		}
		long++
	}
	if long > 0 && (pt.n < 6 || long > 2) {
		return 0, false
	}
	if ev&evJoined != 0 && ev&evSpaceSplit != 0 {
		// Words run together and split elsewhere at once is how ordinary
		// text looks ("enig. er" is not "en niger"), not evasion.
		return 0, false
	}
	return ev, true
}

// innerBreak is a break inside a candidate match: at letter at (relative),
// of a kind, and whether it splits the term (or is the term's own).
type innerBreak struct {
	at    int
	kind  uint8
	split bool
}

// fragment returns the length in letters of the piece before (dir -1) or
// after (dir 1) break x of a match n letters long.
func fragment(brs []innerBreak, x, n, dir int) int {
	if dir < 0 {
		if x == 0 {
			return brs[x].at
		}
		return brs[x].at - brs[x-1].at
	}
	if x+1 < len(brs) {
		return brs[x+1].at - brs[x].at
	}
	return n - brs[x].at
}

// addCommon adds one ordinary word to the common-word set.
func (c *compiler) addCommon(word string, line int) {
	n := normalizer{alpha: &alphabet{}}
	n.run(word, &c.sc, true)
	for i := 1; i < len(c.sc.ls); i++ {
		if c.sc.ls[i].brk != brkNone {
			c.errs = append(c.errs, &PackError{File: c.file, Line: line, Msg: fmt.Sprintf("common word %q must be one word", word)})
			return
		}
	}
	if len(c.sc.ls) == 0 {
		return
	}
	if c.common == nil {
		c.common = map[uint64]struct{}{}
	}
	c.common[hashLetters(c.sc.ls)] = struct{}{}
}

// hashLetters is FNV-1a over the letters' runes.
func hashLetters(ls []letter) uint64 {
	h := uint64(14695981039346656037)
	for _, l := range ls {
		h ^= uint64(l.r)
		h *= 1099511628211
	}
	return h
}

// allCommon reports whether every whitespace-separated piece of letters
// s..i is a common word, ignoring leetspeak letters at a piece's edges
// ("te!" is "te").
func (e *Engine) allCommon(sc *scratch, s, i int) bool {
	if len(e.common) == 0 {
		return false
	}
	from := s
	for j := s + 1; j <= i+1; j++ {
		if j <= i && sc.ls[j].brk < brkSpace {
			continue
		}
		if !e.isCommon(sc, from, j-1) {
			return false
		}
		from = j
	}
	return true
}

func (e *Engine) isCommon(sc *scratch, a, b int) bool {
	if _, ok := e.common[hashLetters(sc.ls[a:b+1])]; ok {
		return true
	}
	for a <= b && sc.ls[a].flags&flagLeet != 0 {
		a++
	}
	for b >= a && sc.ls[b].flags&flagLeet != 0 {
		b--
	}
	if a > b {
		return true
	}
	_, ok := e.common[hashLetters(sc.ls[a:b+1])]
	return ok
}
