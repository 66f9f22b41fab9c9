package rules

import (
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
	"strings"
)

// LearnedExample is one labelled message the learned scorer learns from.
type LearnedExample struct {
	Text string
	Lang string
	// Category is the kind of hate, or "" for a message that is not
	// hateful.
	Category Category
	// Source names the data set, for the report.
	Source string
}

// TrainReport says what training found, from cross-validation on the
// training data itself: the threshold chosen, and how the scorer did on
// the folds it had not seen.
type TrainReport struct {
	Examples, Asked int     // examples, and those the scorer would be asked about
	Features        int     // features kept (seen in at least two examples)
	Tau             float64 // the threshold chosen
	// Of the examples no rule flagged, as the scorer saw them in
	// cross-validation: hateful ones it caught, non-hateful it flagged.
	HatefulLeft, HatefulCaught int
	BenignLeft, BenignFlagged  int
	// BenignFlaggedBy counts, per source, its non-hateful examples the
	// scorer flagged in cross-validation, and all its non-hateful ones.
	BenignFlaggedBy map[string][2]int
}

func (r TrainReport) String() string {
	var by []string
	for src, c := range r.BenignFlaggedBy {
		if c[0] > 0 {
			by = append(by, fmt.Sprintf("%s %d of %d", src, c[0], c[1]))
		}
	}
	sort.Strings(by)
	return fmt.Sprintf("%s; non-hateful flagged by source: %s", r.summary(), strings.Join(by, ", "))
}

func (r TrainReport) summary() string {
	return fmt.Sprintf("%d examples, %d asked, %d features, tau %.3f; cross-validated on what no rule flags: caught %d of %d hateful, flagged %d of %d non-hateful",
		r.Examples, r.Asked, r.Features, r.Tau, r.HatefulCaught, r.HatefulLeft, r.BenignFlagged, r.BenignLeft)
}

// maxBenignFlagged is the share of the non-hateful training messages it
// is asked about that the scorer may flag in cross-validation; the
// threshold is the lowest that keeps to it.
const maxBenignFlagged = 0.01

// trainEpochs, cfg.rate and cfg.l2 are the optimiser's settings:
// AdaGrad on the multinomial logistic loss with an L2 penalty.
type trainConfig struct {
	epochs   int
	rate, l2 float64
	minCount int // a feature seen in fewer examples is dropped
	// benignWeight weighs a non-hateful example against a hateful one:
	// the training data holds more hate about groups than chat does.
	benignWeight float64
}

var defaultTrain = trainConfig{epochs: 30, rate: 0.02, l2: 1e-3, minCount: 2, benignWeight: 1}

const trainFolds = 5

// learnedInput returns the features the learned scorer reads from m and
// whether it would be asked at all (m names a group), by the same
// analysis decide makes.
func (e *Engine) learnedInput(m Message) (reading, bool) {
	text, _ := e.truncate(m.Text)
	if unmasked, edits := e.masks.unmask(text, m.Lang); edits != nil {
		text = unmasked
	}
	sc := e.pool.Get().(*scratch)
	defer e.pool.Put(sc)
	e.norm.run(text, sc, true)
	e.scan(sc)
	sc.expand()
	sc.src = text
	defer func() { sc.src = "" }()
	var set matchSet
	lexHits := e.slots(sc, &set)
	if (e.groupLex < 0 || len(lexHits[e.groupLex]) == 0) && !e.mentioned(lexHits) {
		return reading{}, false
	}
	rd := e.read(sc, lexHits, m.Lang)
	rd.countered = len(e.counterCues(sc, lexHits, e.guardCuesOf(lexHits))) > 0
	return rd, true
}

// TrainLearned trains a learned scorer on examples, with features read by
// this engine (which should be the built-in packs with learned.*
// disabled), chooses its threshold by cross-validation and returns it
// encoded for rules/model/learned.bin.gz. Training is deterministic.
func (e *Engine) TrainLearned(examples []LearnedExample) ([]byte, TrainReport, error) {
	return e.trainLearned(examples, defaultTrain)
}

func (e *Engine) trainLearned(examples []LearnedExample, cfg trainConfig) ([]byte, TrainReport, error) {
	classes := append([]Category{""}, Categories...)
	classOf := map[Category]int{}
	for i, c := range classes {
		classOf[c] = i
	}
	rep := TrainReport{Examples: len(examples)}
	var xs []reading
	var ys []int
	var left []bool // no rule flags it and no guard sets one aside
	var src []string
	rep.BenignFlaggedBy = map[string][2]int{}
	for _, ex := range examples {
		if ex.Category == "" {
			c := rep.BenignFlaggedBy[ex.Source]
			c[1]++
			rep.BenignFlaggedBy[ex.Source] = c
		}
	}
	for _, ex := range examples {
		y, ok := classOf[ex.Category]
		if !ok {
			return nil, rep, fmt.Errorf("training example %q: unknown category %q", ex.Text, ex.Category)
		}
		m := Message{Text: ex.Text, Lang: ex.Lang}
		rd, asked := e.learnedInput(m)
		if !asked {
			continue
		}
		v := e.Evaluate(m)
		xs = append(xs, rd)
		ys = append(ys, y)
		src = append(src, ex.Source)
		left = append(left, !v.Flagged && len(v.Guarded) == 0 && !rd.countered)
	}
	rep.Asked = len(xs)
	if len(xs) == 0 {
		return nil, rep, fmt.Errorf("no training example names a group")
	}
	// Cross-validation: each example scored by a model that did not see it.
	oof := make([]float64, len(xs))
	may := make([]bool, len(xs)) // the fold's model may speak
	for fold := range trainFolds {
		var tx []reading
		var ty []int
		for i := range xs {
			if i%trainFolds != fold {
				tx, ty = append(tx, xs[i]), append(ty, ys[i])
			}
		}
		s := fit(tx, ty, classes, cfg)
		for i := range xs {
			if i%trainFolds == fold {
				oof[i], _, may[i] = s.judge(xs[i].features(s.knows))
			}
		}
	}
	// The threshold is the lowest at which the scorer flags at most
	// maxBenignFlagged of the non-hateful messages it is asked about (they
	// mention a group, and no rule flags them): the population it judges,
	// whatever the number of easy messages elsewhere in the data.
	var scores []float64
	for i := range xs {
		if left[i] && ys[i] == 0 {
			if may[i] {
				scores = append(scores, oof[i])
			}
			rep.BenignLeft++
		}
	}
	sort.Sort(sort.Reverse(sort.Float64Slice(scores)))
	tau := 0.5
	if allowed := int(maxBenignFlagged * float64(rep.BenignLeft)); allowed < len(scores) {
		tau = max(tau, scores[allowed]+1e-6)
	}
	rep.BenignLeft = 0
	for i := range xs {
		if !left[i] {
			continue
		}
		if ys[i] == 0 {
			rep.BenignLeft++
			if may[i] && oof[i] >= tau {
				rep.BenignFlagged++
				c := rep.BenignFlaggedBy[src[i]]
				c[0]++
				rep.BenignFlaggedBy[src[i]] = c
			}
		} else {
			rep.HatefulLeft++
			if may[i] && oof[i] >= tau {
				rep.HatefulCaught++
			}
		}
	}
	s := fit(xs, ys, classes, cfg)
	s.tau = tau
	rep.Tau, rep.Features = tau, len(s.rows)
	b, err := s.encode()
	return b, rep, err
}

// fit trains the multinomial logistic regression by AdaGrad, in a fixed
// shuffled order. Words seen in fewer than minCount examples are read as
// <rare>; other features seen in fewer are dropped.
func fit(rds []reading, ys []int, classes []Category, cfg trainConfig) *scorer {
	k := len(classes)
	seen := map[string]int{}
	for _, rd := range rds {
		once := map[string]bool{}
		for t := range rd.words {
			if w := rd.word(t); !rd.group[t] && !once[w] {
				once[w] = true
				seen[w]++
			}
		}
	}
	known := func(w string) bool { return seen[w] >= cfg.minCount }
	xs := make([][]feature, len(rds))
	count := map[uint32]int{}
	for i, rd := range rds {
		xs[i] = rd.features(known)
		once := map[uint32]bool{}
		for _, f := range xs[i] {
			if !once[f.h] {
				once[f.h] = true
				count[f.h]++
			}
		}
	}
	keep := make([]uint32, 0, len(count))
	for h, n := range count {
		if n >= cfg.minCount {
			keep = append(keep, h)
		}
	}
	sort.Slice(keep, func(i, j int) bool { return keep[i] < keep[j] })
	s := &scorer{classes: classes, rows: make(map[uint32]int32, len(keep)), bias: make([]float32, k)}
	for i, h := range keep {
		s.rows[h] = int32(i)
	}
	w := make([]float64, len(keep)*k)
	g2 := make([]float64, len(keep)*k)
	bias, bg2 := make([]float64, k), make([]float64, k)
	order := make([]int, len(xs))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(1, 2))
	z := make([]float64, k)
	rows := make([]int32, 0, 64)
	for range cfg.epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			rows = rows[:0]
			for _, f := range xs[i] {
				if r, ok := s.rows[f.h]; ok {
					rows = append(rows, r)
				}
			}
			copy(z, bias)
			for _, r := range rows {
				for c := range k {
					z[c] += w[int(r)*k+c]
				}
			}
			softmax(z)
			for c := range k {
				g := z[c]
				if c == ys[i] {
					g--
				}
				if ys[i] == 0 {
					g *= cfg.benignWeight
				}
				bg2[c] += g * g
				bias[c] -= cfg.rate * g / math.Sqrt(bg2[c]+1e-8)
				for _, r := range rows {
					j := int(r)*k + c
					gj := g + cfg.l2*w[j]
					g2[j] += gj * gj
					w[j] -= cfg.rate * gj / math.Sqrt(g2[j]+1e-8)
				}
			}
		}
	}
	s.w = make([]float32, len(w))
	for i, v := range w {
		s.w[i] = float32(v)
	}
	for c := range k {
		s.bias[c] = float32(bias[c])
	}
	return s
}
