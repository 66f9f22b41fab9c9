package cli

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/trygbot/trygbot/classifier"
	"github.com/trygbot/trygbot/eval"
	"github.com/trygbot/trygbot/rules"
)

func cmdEval(env *cmdEnv, args []string) error {
	fs := env.newFlags("eval", "[flags] FILE...", `Score the rules engine on labelled cases and print accuracy on hateful and
non-hateful cases, precision, recall, F1 and, for HateCheck-style suites, a
table per functionality. Reads HateCheck and Multilingual HateCheck CSV
(test_case, label_gold, functionality), DKHate TSV (tweet, subtask_a) and
plain CSV (text,label with labels such as hateful/non-hateful or 1/0).
A suite with a category column (slur, dehumanisation, generalisation,
threat, extremism, harassment; empty for non-hateful cases) also gets
recall and precision per category and the confusion of gold and flagged
categories: a threat flagged as a slur is a category error. A lang column
gives each case's language unless --lang is set.
With --classifier-url, a safety model is asked about every case too, and a
table scores the rules, the model and either of them (flagged when one
flags) side by side, with the model's errors, timeouts and answer times; a
case the model gave no answer on counts as not flagged by it. The bounds
(--min-...) apply to the rules' figures.`,
		`  trygbot eval ../shared/eval/hatecheck/test_suite_cases.csv
  trygbot eval --min-hateful 0.9 --min-non-hateful 0.8 suite.csv
  trygbot eval --min-precision 0.95 --show-errors 20 suite.csv
  trygbot eval --classifier-url http://127.0.0.1:11434/v1 --classifier-model qwen3guard suite.csv`)
	minAcc := fs.Float64("min-accuracy", 0, "exit with status 3 if overall accuracy is below this (0-1)")
	minHate := fs.Float64("min-hateful", 0, "exit with status 3 if accuracy on hateful cases is below this (0-1)")
	minNon := fs.Float64("min-non-hateful", 0, "exit with status 3 if accuracy on non-hateful cases is below this (0-1)")
	minPrec := fs.Float64("min-precision", 0, "exit with status 3 if precision is below this (0-1)")
	minRecall := fs.Float64("min-recall", 0, "exit with status 3 if recall is below this (0-1; the same figure as hateful accuracy)")
	lang := fs.String("lang", "", "language code passed with each message (da or en); default: the suite's lang column")
	asJSON := fs.Bool("json", false, "print results as JSON")
	wrong := fs.Int("show-errors", 0, "print up to `N` misclassified cases and category errors with their verdicts")
	var packs packFlags
	fs.Var(&packs, "pack", "also load this rule pack `FILE` (repeatable)")
	cf := addClassifierFlags(fs)
	if done, err := env.parse(fs, args); done {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return errUsage
	}
	clf, err := cf.client(env) // before the engine: a bad flag fails at once
	if err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	eng, err := loadEngine(packs)
	if err != nil {
		return err
	}
	o := evalOptions{eng: eng, clf: clf, inFlight: cf.maxInFlight, lang: *lang, wrong: *wrong, asJSON: *asJSON}
	bounds := eval.Bounds{Accuracy: *minAcc, Hateful: *minHate, NonHateful: *minNon, Precision: *minPrec, Recall: *minRecall}
	var failed, missed []string
	for _, path := range fs.Args() {
		res, err := evalFile(env, path, o)
		if err != nil {
			return err
		}
		if m := bounds.Missed(res.All); len(m) > 0 {
			failed = append(failed, path)
			missed = append(missed, path+": "+strings.Join(m, ", "))
		}
	}
	if len(failed) > 0 {
		return &exitError{code: 3, msg: fmt.Sprintf("eval: below the required accuracy on %v (%s)", failed, strings.Join(missed, "; "))}
	}
	return nil
}

// evalOptions is what evalFile needs of the command's flags.
type evalOptions struct {
	eng      *rules.Engine
	clf      *classifier.Client // nil: rules only
	inFlight int
	lang     string
	wrong    int
	asJSON   bool
}

// evalFile scores one suite with the rules (and the model, with a
// classifier) and writes its report.
func evalFile(env *cmdEnv, path string, o evalOptions) (eval.Result, error) {
	f, err := os.Open(path)
	if err != nil {
		return eval.Result{}, fmt.Errorf("eval: %w", err)
	}
	cases, err := eval.ReadCases(f)
	f.Close()
	if err != nil {
		return eval.Result{}, fmt.Errorf("%s: %w", path, err)
	}
	prog := newProgress(env.stderr, "eval "+filepath.Base(path), len(cases))
	res := eval.Run(o.eng, cases, o.lang, o.wrong, prog.update)
	prog.done()
	opts := eval.ReportOptions{Name: path, Verdict: func(w io.Writer, v rules.Verdict) { printVerdict(w, v, o.eng.Threshold()) }}
	if o.clf != nil {
		name := fmt.Sprintf("%s (%s)", o.clf.Model(), o.clf.Format())
		prog := newProgress(env.stderr, "eval "+filepath.Base(path)+" with "+name, len(cases))
		start := time.Now()
		ops := eval.Ask(env.ctx, cases, o.lang, o.inFlight, askModel(o.clf), prog.update)
		prog.done()
		if err := env.ctx.Err(); err != nil {
			return eval.Result{}, fmt.Errorf("eval: %w", err)
		}
		c := eval.Compare(o.eng, cases, o.lang, ops, name, time.Since(start))
		opts.Compare = &c
	}
	write := eval.WriteReport
	if o.asJSON {
		write = eval.WriteJSON
	}
	return res, write(env.stdout, res, opts)
}
