package rules_test

import (
	"flag"
	"fmt"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/trygbot/trygbot/rules"
)

// Matching takes time in proportion to the message's length whatever the
// message holds. Messages built so that thousands of hits lie within
// reach of each other (a frame repeated, a negation after every word, one
// long word of joined terms, "a!!!!...") once took seconds: 7 s of CPU for
// 32,000 characters of one repeated term.

// linearBudget is the most CPU time per byte a message of DefaultMaxText
// may take (about 100 ms for 32 KiB): twice the slowest input below (a
// frame with each word written four times and a negation after each, 1.4
// µs a byte); ordinary chat takes about 0.05 µs.
const linearBudget = 3 * time.Microsecond

// linearGrowth is how many times the CPU time per byte may grow from a
// message of 4 KiB to one of 32 KiB. Linear work stays near 1; quadratic
// work grows 8 times.
const linearGrowth = 4

// linearFloor is the time per byte below which growth is not judged:
// there the timer's grain and the caches decide the ratio.
const linearFloor = 100 * time.Nanosecond

// adversarial is a message built to make the engine work hard: prefix,
// then unit repeated.
type adversarial struct {
	name, prefix, unit string
}

// text returns the first n bytes of the message.
func (a adversarial) text(n int) string { return repeatTo(a.prefix, a.unit, n) }

// repeatTo repeats unit after prefix until the text is n bytes long.
func repeatTo(prefix, unit string, n int) string {
	k := max(n-len(prefix), 0)/len(unit) + 1
	return (prefix + strings.Repeat(unit, k))[:n]
}

// rep is an adversarial input that is unit repeated.
func rep(name, unit string) adversarial { return adversarial{name, "", unit} }

// after is an adversarial input that is prefix, then unit repeated.
func after(name, prefix, unit string) adversarial { return adversarial{name, prefix, unit} }

// packWords looks words up in the built-in packs, so that the inputs
// follow the packs as they change.
type packWords struct {
	tb    testing.TB
	packs map[string]*rules.Pack
}

func newPackWords(tb testing.TB) packWords {
	tb.Helper()
	w := packWords{tb, map[string]*rules.Pack{}}
	for _, name := range rules.BuiltinPackNames {
		p, err := rules.BuiltinPack(name)
		if err != nil {
			tb.Fatal(err)
		}
		w.packs[name] = p
	}
	return w
}

// lex returns the first term of a pack's lexicon, without its '*' marks.
func (w packWords) lex(pack, lexicon string) string {
	w.tb.Helper()
	l := w.packs[pack].Lexicons[lexicon]
	if l == nil || len(l.Terms) == 0 {
		w.tb.Fatalf("pack %s has no lexicon %s with terms", pack, lexicon)
	}
	return strings.Trim(l.Terms[0], "*")
}

// slur returns the first one-word term of five letters or more of a
// pack's slur rules.
func (w packWords) slur(pack string) string {
	w.tb.Helper()
	for _, r := range w.packs[pack].Rules {
		for _, t := range r.Terms {
			if t = strings.Trim(t, "*"); r.Category == rules.CatSlur && len(t) >= 5 && !strings.ContainsAny(t, " -'") {
				return t
			}
		}
	}
	w.tb.Fatalf("pack %s has no one-word slur term", pack)
	return ""
}

// exception returns the first of a pack's exceptions.
func (w packWords) exception(pack string) string {
	w.tb.Helper()
	if len(w.packs[pack].Exceptions) == 0 {
		w.tb.Fatalf("pack %s has no exceptions", pack)
	}
	return w.packs[pack].Exceptions[0]
}

// spread puts sep after every letter of s: "w.o.m.e.n.".
func spread(s, sep string) string {
	var b strings.Builder
	for _, r := range s {
		b.WriteRune(r)
		b.WriteString(sep)
	}
	return b.String()
}

// leet writes s in leetspeak where it can: "w0m3n".
func leet(s string) string {
	return strings.NewReplacer("a", "4", "e", "3", "i", "1", "o", "0", "s", "5", "t", "7", "g", "9", "b", "8").Replace(s)
}

// masked hides every letter of s but the first and the last: "w***n".
func masked(s string) string {
	rs := []rune(s)
	for i := 1; i < len(rs)-1; i++ {
		rs[i] = '*'
	}
	return string(rs)
}

// adversarialInputs are the inputs that took superlinear time, and their
// kin: long repeats of terms, of group words, of frames with negations and
// guard words, of separators and of leetspeak digits. Words come from the
// built-in packs.
func adversarialInputs(tb testing.TB) []adversarial {
	w := newPackWords(tb)
	not := w.lex("base", "negation")
	group, daGroup := w.lex("en", "group"), w.lex("da", "group")
	frame := group + " " + w.lex("en", "copula") + " " + w.lex("en", "dehumanising")
	pronounFrame := []string{group, w.lex("en", "they_are"), w.lex("en", "dehum_strong")}
	times := func(n int, words ...string) []string {
		for i, x := range words {
			words[i] = strings.TrimSuffix(strings.Repeat(x+" ", n), " ")
		}
		return words
	}
	threat := times(3, group, w.lex("en", "threat_intent"), w.lex("en", "violence"), w.lex("en", "they_threat"))
	deFrame := times(4, group, w.lex("da", "de_pron"), w.lex("en", "copula"), w.lex("en", "dehum_strong"))
	daFrame := daGroup + " " + w.lex("da", "de_pron") + " " + w.lex("da", "copula") + " " + w.lex("da", "vile")
	slur := w.slur("en")
	return []adversarial{
		// Ordinary words, terms and group words.
		rep("ordinary phrase", "hello there "),
		rep("group word", group+" "),
		rep("group words joined", group),
		rep("danish group words joined", daGroup),
		rep("slur", slur+" "),
		rep("slurs joined", slur),
		rep("group words on lines", group+"\n"),
		rep("group words with repeated letters", group+strings.Repeat(group[len(group)-1:], 5)+" "),
		rep("exception", w.exception("da")+" "),
		rep("exceptions joined", w.exception("en")),
		// Frames, negations, guards.
		rep("frame", frame+" "),
		rep("frame joined", w.lex("da", "first_person_now")+w.lex("da", "violence_now")+group),
		rep("frame with negations", strings.Join(pronounFrame, " "+not+" ")+" "+not+" "),
		rep("threat frame tripled, negated", strings.Join(threat, " "+not+" ")+" "+not+" "),
		rep("pronoun frame quadrupled, negated", strings.Join(deFrame, " "+not+" ")+" "+not+" "),
		rep("danish frame with negations", strings.ReplaceAll(daFrame, " ", " ikke ")+" ikke "),
		rep("frame in sentences", strings.ReplaceAll(frame, " ", ". ")+"! "),
		rep("frame in clauses", strings.ReplaceAll(frame, " ", ", "+w.lex("base", "clause_break")+" ")+", "),
		rep("quoted frame", `"`+frame+`" `),
		rep("pronoun frame", w.lex("en", "they_are")+" "),
		rep("group then pronoun", group+". "+w.lex("en", "group_pronoun")+" "),
		rep("group adjective and noun", w.lex("en", "group_adj")+" "+w.lex("en", "person_noun")+" "),
		rep("counter-speech after negations", not+" "+w.lex("en", "counter_speech")+" "+slur+" "),
		rep("guard words before slurs", w.lex("en", "reported_speech")+" "+slur+" "),
		rep("self-reference before slurs", w.lex("base", "self_reference")+" "+slur+" "),
		rep("masked slur", masked(slur)+" "),
		// Separators, spelled-out letters, leetspeak, punctuation.
		rep("separators", ". - _ * ~ "),
		rep("spelled-out group word", spread(group, " ")+" "),
		rep("dotted group word", spread(group, ".")),
		rep("leet digits", "4 3 1 0 5 7 "),
		rep("leet group word", leet(group)+" "),
		after("leet run", "x", "70457"),
		after("leet run with hits", "x", leet(group)),
		rep("numbers", "14 88\n"),
		after("exclamation marks", "a", "!"),
		rep("exclamation marks in a word", "a!"),
		rep("decomposed å", "a\u030a"),
		rep("decomposed å between letters", "ba\u030a"),
		rep("emoji with joiners", "👨\u200d👩\u200d👧 "),
		rep("emoji between the letters of a slur", spread(slur, "👏")+" "),
		rep("emoji for a letter of a group word", group[:1]+"🤮"+group[2:]+" "),
		rep("animal emoji", group+" 🐀🐷 "),
		after("one word of letters and emoji", "a", "b😂"),
		rep("accented letters", "é"),
		after("one long word", group+" ", "ab"),
	}
}

// evalCPU is the least CPU time of a few evaluations of text.
func evalCPU(e *rules.Engine, text string, runs int) time.Duration {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	best := time.Duration(1<<63 - 1)
	for range runs {
		start := threadCPU()
		e.Evaluate(rules.Message{Text: text})
		best = min(best, threadCPU()-start)
	}
	return best
}

// perByte is d spread over n bytes.
func perByte(d time.Duration, n int) time.Duration { return d / time.Duration(n) }

// linearCheck measures adversarial inputs: at a small size and at the
// limit (an eighth of it and half of it under -race, which slows this code
// about tenfold), against the budget (20 times it under -race, 5 times
// under go test -fuzz, whose coverage instrumentation makes this code about
// three times slower).
type linearCheck struct {
	e            *rules.Engine
	small, large int
	budget       time.Duration
}

func newLinearCheck(e *rules.Engine) linearCheck {
	c := linearCheck{e, rules.DefaultMaxText / 8, rules.DefaultMaxText, linearBudget}
	if raceEnabled() {
		c.small, c.large, c.budget = rules.DefaultMaxText/16, rules.DefaultMaxText/2, 20*linearBudget
	}
	if fuzzing() {
		c.budget *= 5
	}
	return c
}

// measure returns the CPU time per byte of in at both sizes and what is
// wrong with it, if anything. A first measurement over the line is taken
// again, the least of five runs, so a busy machine does not fail it.
func (c linearCheck) measure(in adversarial) (ts, tl time.Duration, problem string) {
	for _, runs := range []int{1, 5} {
		ts = perByte(evalCPU(c.e, in.text(c.small), runs), c.small)
		tl = perByte(evalCPU(c.e, in.text(c.large), runs), c.large)
		switch growth := float64(tl) / float64(max(ts, 1)); {
		case growth > linearGrowth && tl > linearFloor:
			problem = fmt.Sprintf("%v a byte at %d bytes, %v at %d: time grows faster than the length (x%.1f, at most x%d)", ts, c.small, tl, c.large, growth, linearGrowth)
		case tl > c.budget:
			problem = fmt.Sprintf("%v a byte at %d bytes (%v for the message), over the budget of %v a byte", tl, c.large, tl*time.Duration(c.large), c.budget)
		default:
			return ts, tl, ""
		}
	}
	return ts, tl, problem
}

// TestEvaluateLinear evaluates every adversarial input at 4 KiB and at the
// limit, 32 KiB: the CPU time per byte may not grow with the length, nor
// pass linearBudget.
func TestEvaluateLinear(t *testing.T) {
	e, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	c := newLinearCheck(e)
	for _, in := range adversarialInputs(t) {
		ts, tl, problem := c.measure(in)
		t.Logf("%-36s %8v/B at %d bytes, %8v/B at %d bytes", in.name, ts, c.small, tl, c.large)
		if problem != "" {
			t.Errorf("%s: %s", in.name, problem)
		}
	}
}

// BenchmarkEvaluateAdversarial measures each adversarial input at the
// limit, 32 KiB, in CPU time, and fails when one takes more than
// linearBudget a byte:
//
//	go test ./rules -run '^$' -bench EvaluateAdversarial
func BenchmarkEvaluateAdversarial(b *testing.B) {
	e, err := rules.Default()
	if err != nil {
		b.Fatal(err)
	}
	for _, in := range adversarialInputs(b) {
		text := in.text(rules.DefaultMaxText)
		b.Run(strings.ReplaceAll(in.name, " ", "_"), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			runtime.LockOSThread()
			defer runtime.UnlockOSThread()
			start := threadCPU()
			for b.Loop() {
				e.Evaluate(rules.Message{Text: text})
			}
			per := perByte((threadCPU()-start)/time.Duration(b.N), len(text))
			b.ReportMetric(float64(per), "cpu-ns/B")
			if per > linearBudget {
				b.Fatalf("%v of CPU a byte, over the budget of %v", per, linearBudget)
			}
		})
	}
}

// FuzzEvaluateLinear looks for a message that makes the engine
// superlinear: prefix, then unit repeated to 4 KiB and to 32 KiB, is
// evaluated by the built-in packs together with the fuzz pack (which adds
// a regex rule and every rule kind), and the CPU time per byte may not
// grow more than linearGrowth times, nor pass linearBudget (linearCheck).
func FuzzEvaluateLinear(f *testing.F) {
	packs, err := rules.BuiltinPacks()
	if err != nil {
		f.Fatal(err)
	}
	extra, err := rules.ParsePack("fuzz.yaml", []byte(fuzzPack))
	if err != nil {
		f.Fatal(err)
	}
	e, err := rules.Compile(append(packs, extra)...)
	if err != nil {
		f.Fatal(err)
	}
	for _, in := range adversarialInputs(f) {
		f.Add(in.prefix, in.unit)
	}
	c := newLinearCheck(e)
	f.Fuzz(func(t *testing.T, prefix, unit string) {
		if unit == "" || len(prefix) > c.small/2 {
			return
		}
		if _, _, problem := c.measure(adversarial{"fuzz", prefix, unit}); problem != "" {
			t.Fatalf("prefix %q, unit %q: %s", prefix, unit, problem)
		}
	})
}

// fuzzing reports whether the test binary runs under go test -fuzz.
func fuzzing() bool {
	f := flag.Lookup("test.fuzz")
	return f != nil && f.Value.String() != ""
}
