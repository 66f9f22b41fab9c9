package cli

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

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
gives each case's language unless --lang is set.`,
		`  trygbot eval ../shared/eval/hatecheck/test_suite_cases.csv
  trygbot eval --min-hateful 0.9 --min-non-hateful 0.8 suite.csv
  trygbot eval --min-precision 0.95 --show-errors 20 suite.csv`)
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
	if done, err := env.parse(fs, args); done {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return errUsage
	}
	eng, err := loadEngine(packs)
	if err != nil {
		return err
	}
	bounds := eval.Bounds{Accuracy: *minAcc, Hateful: *minHate, NonHateful: *minNon, Precision: *minPrec, Recall: *minRecall}
	var failed, missed []string
	for _, path := range fs.Args() {
		f, err := os.Open(path)
		if err != nil {
			return fmt.Errorf("eval: %w", err)
		}
		cases, err := eval.ReadCases(f)
		f.Close()
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		prog := newProgress(env.stderr, "eval "+filepath.Base(path), len(cases))
		res := eval.Run(eng, cases, *lang, *wrong, prog.update)
		prog.done()
		opts := eval.ReportOptions{Name: path, Verdict: func(w io.Writer, v rules.Verdict) { printVerdict(w, v, eng.Threshold()) }}
		write := eval.WriteReport
		if *asJSON {
			write = eval.WriteJSON
		}
		if err := write(env.stdout, res, opts); err != nil {
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
