package cli

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"

	"github.com/trygbot/trygbot/eval"
)

func cmdEval(env *cmdEnv, args []string) error {
	fs := env.newFlags("eval", "[flags] FILE...", `Score the rules engine on labelled cases and print accuracy on hateful and
non-hateful cases, precision, recall, F1 and, for HateCheck-style suites, a
table per functionality. Reads HateCheck and Multilingual HateCheck CSV
(test_case, label_gold, functionality), DKHate TSV (tweet, subtask_a) and
plain CSV (text,label with labels such as hateful/non-hateful or 1/0).`,
		`  trygbot eval ../shared/eval/hatecheck/test_suite_cases.csv
  trygbot eval --min-hateful 0.9 --min-non-hateful 0.8 suite.csv`)
	minAcc := fs.Float64("min-accuracy", 0, "exit with status 3 if overall accuracy is below this (0-1)")
	minHate := fs.Float64("min-hateful", 0, "exit with status 3 if accuracy on hateful cases is below this (0-1)")
	minNon := fs.Float64("min-non-hateful", 0, "exit with status 3 if accuracy on non-hateful cases is below this (0-1)")
	lang := fs.String("lang", "", "language code passed with each message (da or en)")
	asJSON := fs.Bool("json", false, "print results as JSON")
	wrong := fs.Int("show-errors", 0, "print up to `N` misclassified cases with their verdicts")
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
	var failed []string
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
		if *asJSON {
			out := map[string]any{"file": path, "cases": res.All.N(), "accuracy": nan0(res.All.Accuracy()),
				"hateful_accuracy": nan0(res.All.HatefulAccuracy()), "non_hateful_accuracy": nan0(res.All.NonHatefulAccuracy()),
				"precision": nan0(res.All.Precision()), "recall": nan0(res.All.Recall()), "f1": nan0(res.All.F1())}
			fns := map[string]float64{}
			for n, c := range res.ByFn {
				fns[n] = nan0(c.Accuracy())
			}
			out["functionalities"] = fns
			if err := json.NewEncoder(env.stdout).Encode(out); err != nil {
				return err
			}
		} else {
			res.Markdown(env.stdout, path)
			for _, w := range res.Wrong {
				fmt.Fprintf(env.stdout, "- [%s gold=%v] %q\n", w.Case.Functionality, w.Case.Hateful, w.Case.Text)
				printVerdict(env.stdout, w.Verdict, eng.Threshold())
			}
		}
		a := res.All
		if below(a.Accuracy(), *minAcc) || below(a.HatefulAccuracy(), *minHate) || below(a.NonHatefulAccuracy(), *minNon) {
			failed = append(failed, path)
		}
	}
	if len(failed) > 0 {
		return &exitError{code: 3, msg: fmt.Sprintf("eval: below the required accuracy on %v", failed)}
	}
	return nil
}

func below(v, bound float64) bool { return bound > 0 && !math.IsNaN(v) && v < bound }

func nan0(f float64) float64 {
	if math.IsNaN(f) {
		return 0
	}
	return f
}
