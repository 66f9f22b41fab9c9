package eval

import (
	"context"
	"fmt"
	"io"
	"slices"
	"sync"
	"time"

	"github.com/trygbot/trygbot/rules"
)

// Opinion is a second opinion on one case, such as a safety model's.
type Opinion struct {
	// Flagged: the opinion is that the case is hate.
	Flagged bool
	// Err is set when there is no opinion (an error or a timeout, with
	// Timeout set): the case then counts as not flagged by it, as the
	// rules verdict stands alone in the bot.
	Err     error
	Timeout bool
	// Cached: the opinion was given before, on the same normalised text;
	// Latency is how long a fresh one took.
	Cached  bool
	Latency time.Duration
}

// AskFunc gives the opinion on one message.
type AskFunc func(ctx context.Context, text, lang string) Opinion

// Ask gets the opinion on every case, up to workers at a time, and
// returns them in case order; each message carries lang, or the case's
// own Lang when lang is "". Cases not asked because ctx ended get ctx's
// error. progress, if not nil, is called now and then with the number
// done.
func Ask(ctx context.Context, cases []Case, lang string, workers int, ask AskFunc, progress func(int)) []Opinion {
	out := make([]Opinion, len(cases))
	next := make(chan int)
	var done sync.WaitGroup
	var mu sync.Mutex
	finished := 0
	for range max(workers, 1) {
		done.Go(func() {
			for i := range next {
				l := lang
				if l == "" {
					l = cases[i].Lang
				}
				out[i] = ask(ctx, cases[i].Text, l)
				mu.Lock()
				finished++
				if progress != nil && finished%16 == 0 {
					progress(finished)
				}
				mu.Unlock()
			}
		})
	}
	for i := range cases {
		if ctx.Err() != nil {
			out[i] = Opinion{Err: ctx.Err()}
			continue
		}
		next <- i
	}
	close(next)
	done.Wait()
	return out
}

// Comparison scores the rules, a second opinion and the two combined on
// the same cases.
type Comparison struct {
	// Name names the second opinion (the model).
	Name string
	// Rules, Model and Either are the confusion matrices of the rules,
	// the model (a case without an answer counts as not flagged), and
	// either (flagged when the rules or the model flag).
	Rules, Model, Either Counts
	// Asked is the number of cases; Errors those without an answer,
	// Timeouts among them those that timed out; Cached the answers that
	// came from the cache.
	Asked, Errors, Timeouts, Cached int
	// Latencies are the times fresh answers took, shortest first;
	// Elapsed the wall time of asking them all.
	Latencies []time.Duration
	Elapsed   time.Duration
}

// Compare scores the rules (e) and the opinions (one per case, in order)
// on cases, alone and combined.
func Compare(e Evaluator, cases []Case, lang string, ops []Opinion, name string, elapsed time.Duration) Comparison {
	c := Comparison{Name: name, Asked: len(cases), Elapsed: elapsed}
	for i, cs := range cases {
		l := lang
		if l == "" {
			l = cs.Lang
		}
		byRules := e.Evaluate(rules.Message{Text: cs.Text, Lang: l}).Flagged
		op := ops[i]
		c.Rules.Add(cs.Hateful, byRules)
		c.Model.Add(cs.Hateful, op.Flagged && op.Err == nil)
		c.Either.Add(cs.Hateful, byRules || (op.Flagged && op.Err == nil))
		switch {
		case op.Err != nil:
			c.Errors++
			if op.Timeout {
				c.Timeouts++
			}
		case op.Cached:
			c.Cached++
		default:
			c.Latencies = append(c.Latencies, op.Latency)
		}
	}
	slices.Sort(c.Latencies)
	return c
}

// Latency is the q-quantile (0-1) of the fresh answers' times, 0 when
// there were none.
func (c Comparison) Latency(q float64) time.Duration {
	if len(c.Latencies) == 0 {
		return 0
	}
	return c.Latencies[min(int(q*float64(len(c.Latencies))), len(c.Latencies)-1)]
}

// PerSecond is the fresh and cached answers per second of wall time.
func (c Comparison) PerSecond() float64 {
	if c.Elapsed <= 0 {
		return 0
	}
	return float64(c.Asked-c.Errors) / c.Elapsed.Seconds()
}

// writeComparison writes the side-by-side table and the model's answer
// figures.
func writeComparison(w io.Writer, c Comparison) {
	fmt.Fprintf(w, "### rules, model and either\n\n")
	fmt.Fprintf(w, "Model: %s. Either: flagged when the rules or the model flag. A case the model gave no answer on counts as not flagged by it.\n\n", c.Name)
	row := func(name string, k Counts, errors, timeouts string) []string {
		return []string{name, fmt.Sprint(k.TP + k.FP), pct(k.Precision()), pct(k.Recall()), pct(k.F1()),
			pct(k.HatefulAccuracy()), pct(k.NonHatefulAccuracy()), errors, timeouts}
	}
	writeTable(w, []string{"source", "flagged", "precision", "recall", "F1", "hateful acc.", "non-hateful acc.", "errors", "timeouts"}, [][]string{
		row("rules", c.Rules, "-", "-"),
		row("model", c.Model, fmt.Sprint(c.Errors), fmt.Sprint(c.Timeouts)),
		row("either", c.Either, "-", "-"),
	})
	fmt.Fprintf(w, "\nModel answers: %d of %d cases (%s, %s, %d from the cache); fresh answers took %s median, %s p95; %.1f answers a second over %s.\n\n",
		c.Asked-c.Errors, c.Asked, plural(c.Errors, "error"), plural(c.Timeouts, "timeout"), c.Cached, ms(c.Latency(0.5)), ms(c.Latency(0.95)),
		c.PerSecond(), c.Elapsed.Round(time.Millisecond))
}

// plural writes "1 error", "2 errors".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

func ms(d time.Duration) string { return fmt.Sprintf("%d ms", d.Milliseconds()) }

// ComparisonReport is a Comparison as JSON, under "compare" in Report.
type ComparisonReport struct {
	Model   string `json:"model"`
	Sources struct {
		Rules  SourceReport `json:"rules"`
		Model  SourceReport `json:"model"`
		Either SourceReport `json:"either"`
	} `json:"sources"`
	Asked    int `json:"asked"`
	Errors   int `json:"errors"`
	Timeouts int `json:"timeouts"`
	Cached   int `json:"cached"`
	// LatencyP50MS and LatencyP95MS are of fresh answers; PerSecond is
	// answers a second over Seconds of wall time.
	LatencyP50MS int64   `json:"latency_p50_ms"`
	LatencyP95MS int64   `json:"latency_p95_ms"`
	PerSecond    float64 `json:"per_second"`
	Seconds      float64 `json:"seconds"`
}

// SourceReport scores one source: its counts and rates (null when
// undefined).
type SourceReport struct {
	Flagged            int  `json:"flagged"`
	TP                 int  `json:"tp"`
	FN                 int  `json:"fn"`
	TN                 int  `json:"tn"`
	FP                 int  `json:"fp"`
	Precision          Rate `json:"precision"`
	Recall             Rate `json:"recall"`
	F1                 Rate `json:"f1"`
	HatefulAccuracy    Rate `json:"hateful_accuracy"`
	NonHatefulAccuracy Rate `json:"non_hateful_accuracy"`
}

func sourceReport(k Counts) SourceReport {
	return SourceReport{Flagged: k.TP + k.FP, TP: k.TP, FN: k.FN, TN: k.TN, FP: k.FP, Precision: Rate(k.Precision()),
		Recall: Rate(k.Recall()), F1: Rate(k.F1()), HatefulAccuracy: Rate(k.HatefulAccuracy()), NonHatefulAccuracy: Rate(k.NonHatefulAccuracy())}
}

func comparisonReport(c Comparison) *ComparisonReport {
	r := &ComparisonReport{Model: c.Name, Asked: c.Asked, Errors: c.Errors, Timeouts: c.Timeouts, Cached: c.Cached,
		LatencyP50MS: c.Latency(0.5).Milliseconds(), LatencyP95MS: c.Latency(0.95).Milliseconds(),
		PerSecond: c.PerSecond(), Seconds: c.Elapsed.Seconds()}
	r.Sources.Rules, r.Sources.Model, r.Sources.Either = sourceReport(c.Rules), sourceReport(c.Model), sourceReport(c.Either)
	return r
}
