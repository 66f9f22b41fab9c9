package rules

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"math"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"
)

// The learned scorer backs the rules up where they are thinnest: a message
// that names a protected group (or uses a slur) but that no rule flags, and
// that no guard set aside, is scored by a multinomial logistic regression
// trained on labelled chat messages (model/data, eval/dev). Its features
// are read from the rules' own analysis, so they generalise over the group
// slot: every group word, slur and pronoun that stands for a group is the
// token "<g>"; the other words of the normal form count as words and word
// pairs; and each lexicon with a hit counts by its name ("l:vile"), so a
// predicate word the training data never held still counts through its
// lexicon. It flags only at a probability the training data's own
// cross-validation showed to keep non-hateful messages alone (see
// TestLearnedModel), and its match says it is a model's judgement.
//
// The model belongs to the built-in packs it was trained with: it is used
// when base, da and en are loaded, and a pack turns it off with
// "disable: [learned.*]" like any rule.

// LearnedRulePrefix starts the rule id of a learned scorer's match:
// learned.threat, learned.generalisation, ...
const LearnedRulePrefix = "learned."

//go:embed model/learned.bin.gz
var learnedModelFile []byte

// scorer is a trained model: per feature hash a row of weights, one per
// class; class 0 is "not hateful".
type scorer struct {
	classes []Category
	tau     float64 // flag when P(hateful) >= tau
	rows    map[uint32]int32
	w       []float32 // len(rows) * len(classes)
	bias    []float32
}

const learnedMagic = "trygbot-learned-1\n"

// maxModelBytes bounds a decompressed model file.
const maxModelBytes = 64 << 20

var (
	builtinScorerOnce sync.Once
	builtinScorer     *scorer
	builtinScorerErr  error
)

// learnedDisabled reads a pack's disable entry: "learned.*" (or
// "learned") turns the learned scorer off, "learned.threat" one category
// of it.
func learnedDisabled(d string) ([]Category, bool) {
	if d == "learned" || d == LearnedRulePrefix+"*" {
		return Categories, true
	}
	if c := Category(strings.TrimPrefix(d, LearnedRulePrefix)); strings.HasPrefix(d, LearnedRulePrefix) && c.valid() {
		return []Category{c}, true
	}
	return nil, false
}

// loadBuiltinScorer decodes the embedded model once.
func loadBuiltinScorer() (*scorer, error) {
	builtinScorerOnce.Do(func() {
		if len(learnedModelFile) == 0 {
			return // no model trained yet (see TestLearnedModel -update)
		}
		builtinScorer, builtinScorerErr = decodeScorer(learnedModelFile)
	})
	return builtinScorer, builtinScorerErr
}

// encode writes the model: magic, tau, the classes, then the rows sorted
// by hash, gzip-compressed.
func (s *scorer) encode() ([]byte, error) {
	var raw bytes.Buffer
	raw.WriteString(learnedMagic)
	le := binary.LittleEndian
	write := func(v any) { _ = binary.Write(&raw, le, v) }
	write(float64(s.tau))
	write(uint8(len(s.classes)))
	for _, c := range s.classes {
		write(uint8(len(c)))
		raw.WriteString(string(c))
	}
	write(s.bias)
	hashes := make([]uint32, 0, len(s.rows))
	for h := range s.rows {
		hashes = append(hashes, h)
	}
	sort.Slice(hashes, func(i, j int) bool { return hashes[i] < hashes[j] })
	write(uint32(len(hashes)))
	k := len(s.classes)
	for _, h := range hashes {
		write(h)
		r := s.rows[h]
		write(s.w[int(r)*k : int(r)*k+k])
	}
	var out bytes.Buffer
	zw, err := gzip.NewWriterLevel(&out, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	if _, err := zw.Write(raw.Bytes()); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// decodeScorer reads a model written by encode.
func decodeScorer(b []byte) (*scorer, error) {
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("learned model: %w", err)
	}
	raw, err := io.ReadAll(io.LimitReader(zr, maxModelBytes))
	if err != nil {
		return nil, fmt.Errorf("learned model: %w", err)
	}
	if !bytes.HasPrefix(raw, []byte(learnedMagic)) {
		return nil, errors.New("learned model: not a trygbot model file")
	}
	r := bytes.NewReader(raw[len(learnedMagic):])
	le := binary.LittleEndian
	s := &scorer{}
	var nc uint8
	if err := binary.Read(r, le, &s.tau); err != nil {
		return nil, fmt.Errorf("learned model: %w", err)
	}
	if err := binary.Read(r, le, &nc); err != nil || nc < 2 {
		return nil, fmt.Errorf("learned model: bad class count")
	}
	for range int(nc) {
		var n uint8
		if err := binary.Read(r, le, &n); err != nil {
			return nil, fmt.Errorf("learned model: %w", err)
		}
		name := make([]byte, n)
		if _, err := io.ReadFull(r, name); err != nil {
			return nil, fmt.Errorf("learned model: %w", err)
		}
		c := Category(name)
		if len(s.classes) > 0 && !c.valid() {
			return nil, fmt.Errorf("learned model: unknown category %q", c)
		}
		s.classes = append(s.classes, c)
	}
	k := len(s.classes)
	s.bias = make([]float32, k)
	if err := binary.Read(r, le, s.bias); err != nil {
		return nil, fmt.Errorf("learned model: %w", err)
	}
	var n uint32
	if err := binary.Read(r, le, &n); err != nil {
		return nil, fmt.Errorf("learned model: %w", err)
	}
	if int(n) > r.Len()/4 {
		return nil, errors.New("learned model: truncated")
	}
	s.rows = make(map[uint32]int32, n)
	s.w = make([]float32, int(n)*k)
	for i := range int(n) {
		var h uint32
		if err := binary.Read(r, le, &h); err != nil {
			return nil, fmt.Errorf("learned model: %w", err)
		}
		if err := binary.Read(r, le, s.w[i*k:i*k+k]); err != nil {
			return nil, fmt.Errorf("learned model: %w", err)
		}
		s.rows[h] = int32(i)
	}
	return s, nil
}

// feature is one hashed feature of a message, with the token it is about
// (-1 for none), to say which words weighed most.
type feature struct {
	h    uint32
	tok  int32
	word bool // a word of the message itself (not a group word) ...
	rare bool // ... that the model does not know, or ...
	long bool // ... one it knows of at least minEvidence letters, which may be evidence
}

func featureHash(s string) uint32 {
	f := fnv.New32a()
	_, _ = f.Write([]byte(s))
	return f.Sum32()
}

// minEvidence is the fewest letters of a word named as evidence: shorter
// ones are mostly function words, which weigh but explain nothing.
const minEvidence = 4

// maxFeatureWord is how many letters of a word its feature keeps.
const maxFeatureWord = 24

// groupToken stands for every word that names or mentions a group: a group
// word, a slur, a pronoun that stands for a group, a group adjective, a
// group's place.
const groupToken = "<g>"

// reading is what the learned scorer reads of a message: its words in
// normal form, which of them name a group, where sentences start, each
// word's bytes in the text, and cues about the whole message.
type reading struct {
	words    []string
	group    []bool
	negated  []bool // in a negation's scope: "ikke [svagere]"
	sentence []bool
	spans    [][2]int32
	cues     []string
	// countered: the message holds counter-speech, and the model is not
	// asked (training reads it still).
	countered bool
}

// read takes a decided message's reading from the rules' analysis: the
// group slot, the words of the normal form, the lexicons with hits (again
// when the hit shares a sentence with the group), the language and
// whether it asks.
func (e *Engine) read(sc *scratch, lexHits [][]hit, lang string) reading {
	var r reading
	if len(sc.toks) == 0 {
		return r
	}
	ntok := int(sc.toks[len(sc.toks)-1]) + 1
	r.group = make([]bool, ntok)
	for _, li := range [...]int{e.groupLex, e.groupAdjLex, e.placeLex} {
		if li < 0 {
			continue
		}
		for _, h := range lexHits[li] {
			for t := sc.toks[h.s]; t <= sc.toks[h.e] && int(t) < ntok; t++ {
				r.group[t] = true
			}
		}
	}
	r.words = make([]string, ntok)
	r.spans = make([][2]int32, ntok)
	r.sentence = make([]bool, ntok)
	var b strings.Builder
	for i := 0; i < len(sc.toks); {
		t := sc.toks[i]
		b.Reset()
		r.spans[t][0] = sc.start[i]
		if i > 0 && sc.brk[i] >= brkDot {
			r.sentence[t] = true
		}
		n := 0
		for ; i < len(sc.toks) && sc.toks[i] == t; i++ {
			if n < maxFeatureWord {
				b.WriteRune(sc.runes[i])
			}
			n++
			r.spans[t][1] = sc.end[i]
		}
		r.words[t] = b.String()
	}
	// A negation's scope is the next negScope words of its sentence.
	r.negated = make([]bool, ntok)
	if e.negLex >= 0 {
		for _, h := range lexHits[e.negLex] {
			for t := sc.toks[h.e] + 1; t <= sc.toks[h.e]+negScope && int(t) < ntok && !r.sentence[t]; t++ {
				r.negated[t] = true
			}
		}
	}
	r.cues = append(r.cues, "bias", "lang:"+lang)
	if strings.IndexByte(sc.src, '?') >= 0 {
		r.cues = append(r.cues, "ask")
	}
	sentOf := make([]int32, ntok)
	groupIn := map[int32]bool{}
	n := int32(0)
	for t := range ntok {
		if r.sentence[t] {
			n++
		}
		sentOf[t] = n
		if r.group[t] {
			groupIn[n] = true
		}
	}
	for li, hs := range lexHits {
		if len(hs) == 0 || li == e.groupLex || li == e.groupAdjLex || li == e.placeLex {
			continue
		}
		r.cues = append(r.cues, "l:"+e.lexNames[li])
		for _, h := range hs {
			if t := sc.toks[h.s]; int(t) < ntok && groupIn[sentOf[t]] && !r.group[t] {
				r.cues = append(r.cues, "s:"+e.lexNames[li])
				break
			}
		}
	}
	return r
}

// features hashes a reading: each word and each pair of neighbouring
// words (group words as one <g>), sentence edges, and the cues. Words
// known() does not hold are marked rare.
func (r *reading) features(known func(string) bool) []feature {
	var feats []feature
	add := func(s string, tok int32) { feats = append(feats, feature{h: featureHash(s), tok: tok}) }
	for _, c := range r.cues {
		add(c, -1)
	}
	prev := "<^>"
	for t := range r.words {
		w := r.word(t)
		f := feature{tok: int32(t)}
		switch {
		case r.group[t]:
			if prev == groupToken {
				continue
			}
			w = groupToken
		case known(w):
			f.word, f.long = true, utf8.RuneCountInString(r.words[t]) >= minEvidence && !functionWords[r.words[t]]
		default:
			// A word the model never saw weighs nothing, but judge
			// counts it: the model speaks only for text it knows.
			f.word, f.rare = true, true
		}
		if r.sentence[t] {
			add("b:"+prev+" <.>", int32(t))
			prev = "<.>"
		}
		f.h = featureHash("w:" + w)
		feats = append(feats, f)
		add("b:"+prev+" "+w, int32(t))
		prev = w
	}
	add("b:"+prev+" <$>", -1)
	// The words right after and right before a group word, in its
	// sentence: the slots of a frame the model learns ("<g> ... stjæler").
	for t := range r.words {
		if !r.group[t] {
			continue
		}
		for d := 1; d <= slotReach; d++ {
			if u := t + d; u < len(r.words) && !r.sentence[u] && !r.group[u] && known(r.word(u)) {
				add("ag:"+r.word(u), int32(u))
			} else if u < len(r.words) && r.sentence[u] {
				break
			}
		}
		for d := 1; d <= slotReach; d++ {
			u := t - d
			if u < 0 || r.sentence[u+1] {
				break
			}
			if !r.group[u] && known(r.word(u)) {
				add("bg:"+r.word(u), int32(u))
			}
		}
	}
	return feats
}

// negScope is how many words after a negation it reaches, within its
// sentence; negMark marks them ("ikke svagere" has the word "¬svagere"),
// so "X are not weak" is not read as "X are weak".
const (
	negScope = 3
	negMark  = "¬"
)

// word is word t as the model reads it: marked when negated.
func (r *reading) word(t int) string {
	if r.negated[t] {
		return negMark + r.words[t]
	}
	return r.words[t]
}

// slotReach is how many words on each side of a group word count as its
// slot's neighbours.
const slotReach = 3

// knows reports whether the model has a weight for word.
func (s *scorer) knows(word string) bool {
	_, ok := s.rows[featureHash("w:"+word)]
	return ok
}

// probabilities returns each class's probability for the features.
func (s *scorer) probabilities(feats []feature) []float64 {
	k := len(s.classes)
	z := make([]float64, k)
	for c := range k {
		z[c] = float64(s.bias[c])
	}
	for _, f := range feats {
		if r, ok := s.rows[f.h]; ok {
			row := s.w[int(r)*k : int(r)*k+k]
			for c := range k {
				z[c] += float64(row[c])
			}
		}
	}
	softmax(z)
	return z
}

func softmax(z []float64) {
	m := math.Inf(-1)
	for _, v := range z {
		m = max(m, v)
	}
	sum := 0.0
	for i, v := range z {
		z[i] = math.Exp(v - m)
		sum += z[i]
	}
	for i := range z {
		z[i] /= sum
	}
}

// minKnown is the share of a message's words the model must have seen in
// training before it may judge the message: it speaks for Danish and
// English chat, not for text in other languages or of other kinds.
const minKnown = 0.6

// minEvidenceWeight is how much a word must weigh towards the category,
// against "not hateful", to count as evidence. The model flags only with
// evidence: a frame ("X are ...") with a word it never saw is not enough.
const minEvidenceWeight = 0.1

// judge scores features: the probability that the message is hateful,
// the likeliest hateful class, and whether the model may speak at all (it
// knows enough of the words, and some word is evidence).
func (s *scorer) judge(feats []feature) (hate float64, best int, ok bool) {
	p := s.probabilities(feats)
	hate = 1 - p[0]
	best = 1
	for c := 2; c < len(p); c++ {
		if p[c] > p[best] {
			best = c
		}
	}
	k := len(s.classes)
	words, known, evidence := 0, 0, false
	for _, f := range feats {
		if !f.word {
			continue
		}
		words++
		r, seen := s.rows[f.h]
		if !seen || f.rare {
			continue
		}
		known++
		if f.long && s.w[int(r)*k+best]-s.w[int(r)*k] >= minEvidenceWeight {
			evidence = true
		}
	}
	return hate, best, evidence && float64(known) >= minKnown*float64(words)
}

// learnedMatch scores a message no rule flagged. It returns false when
// the model may not speak or does not reach its threshold.
func (e *Engine) learnedMatch(sc *scratch, lexHits [][]hit, m Message, text string) (Match, bool) {
	s := e.learned
	if len(e.counterCues(sc, lexHits, e.guardCuesOf(lexHits))) > 0 {
		// Counter-speech ("racist", "it is not ok to ...") sets every
		// rule's match aside; the model does not overrule it.
		return Match{}, false
	}
	rd := e.read(sc, lexHits, m.Lang)
	feats := rd.features(s.knows)
	hate, best, ok := s.judge(feats)
	if !ok || hate < s.tau {
		return Match{}, false
	}
	cat := s.classes[best]
	if slices.Contains(e.learnedOff, cat) {
		return Match{}, false
	}
	// The words that weighed most towards the category name the evidence.
	k := len(s.classes)
	type weight struct {
		tok int32
		w   float32
	}
	var ws []weight
	for _, f := range feats {
		if !f.long {
			continue
		}
		if r, ok := s.rows[f.h]; ok {
			if w := s.w[int(r)*k+best] - s.w[int(r)*k]; w >= minEvidenceWeight {
				ws = append(ws, weight{f.tok, w})
			}
		}
	}
	sort.SliceStable(ws, func(i, j int) bool { return ws[i].w > ws[j].w })
	var evidence []string
	from, to := int32(len(text)), int32(0)
	for _, x := range ws {
		if len(evidence) == 3 {
			break
		}
		sp := rd.spans[x.tok]
		if sp[0] < 0 || sp[1] > int32(len(text)) || sp[0] >= sp[1] {
			continue
		}
		word := text[sp[0]:sp[1]]
		if !utf8.ValidString(word) || slices.Contains(evidence, word) {
			continue
		}
		evidence = append(evidence, word)
		from, to = min(from, sp[0]), max(to, sp[1])
	}
	if from >= to {
		from, to = 0, int32(len(text))
	}
	sev := SevMedium
	switch cat {
	case CatThreat, CatExtremism:
		sev = SevHigh
	}
	// The score rises from just over the threshold with the model's
	// certainty, and stays under what a rule's medium match scores.
	score := e.threshold + (1-e.threshold)*0.2*(hate-s.tau)/(1-s.tau+1e-9)
	return Match{
		Rule:       LearnedRulePrefix + string(cat),
		Category:   cat,
		Severity:   sev,
		Score:      math.Round(score*1000) / 1000,
		Start:      int(from),
		End:        int(to),
		Text:       text[from:to],
		Normalized: evidence,
		Why:        learnedWhy(m.Lang, cat),
	}, true
}

// learnedWhy explains a learned match in the community's language. It
// gives no percentage: the model's probability is not a measured rate of
// being right, and volunteers should weigh the message themselves.
func learnedWhy(lang string, cat Category) string {
	if lang == "da" {
		return fmt.Sprintf("Ingen regel passer, men sproget ligner de hadefulde beskeder om en gruppe, som trygbots model er trænet på (%s). Det er en statistisk vurdering: se selv efter.", daCategory[cat])
	}
	return fmt.Sprintf("No rule matches, but the wording resembles the hateful messages about a group that trygbot's model was trained on (%s). It is a statistical judgement: look for yourself.", cat)
}

var daCategory = map[Category]string{
	CatThreat: "trussel", CatExtremism: "ekstremisme", CatDehumanisation: "umenneskeliggørelse",
	CatSlur: "skældsord", CatGeneralisation: "generalisering", CatHarassment: "chikane",
}
