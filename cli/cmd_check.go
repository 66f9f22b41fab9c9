package cli

import (
	"fmt"
	"io"
	"strings"

	"github.com/trygbot/trygbot/rules"
)

func cmdCheck(env *cmdEnv, args []string) error {
	fs := env.newFlags("check", "[flags] TEXT", "Explain the verdict on one message: whether it is flagged, which rules\nmatched where, which guards set matches aside, and the normal form.\nTEXT - reads the message from stdin. With --classifier-url, a safety model's\nopinion is shown under the rules' verdict (JSON: under \"model\"); only the\ntext and its language are sent to it.",
		`  trygbot check "de burde alle sendes hjem i kasser"
  trygbot check --json --lang da --pack local.yaml "..."
  trygbot check --classifier-url http://127.0.0.1:11434/v1 --classifier-model llama-guard3:1b --classifier-format llamaguard "..."`)
	asJSON := fs.Bool("json", false, "print the verdict as JSON")
	lang := fs.String("lang", "", "language for explanations: da or en (default en)")
	var packs packFlags
	fs.Var(&packs, "pack", "also load this rule pack `FILE` (repeatable)")
	cf := addClassifierFlags(fs)
	if done, err := env.parse(fs, args); done {
		return err
	}
	text := strings.Join(fs.Args(), " ")
	if text == "-" {
		b, err := io.ReadAll(env.stdin)
		if err != nil {
			return fmt.Errorf("check: read stdin: %w", err)
		}
		text = strings.TrimRight(string(b), "\n")
	}
	if text == "" {
		fs.Usage()
		return errUsage
	}
	clf, err := cf.client(env) // before the engine: a bad flag fails at once
	if err != nil {
		return fmt.Errorf("check: %w", err)
	}
	eng, err := loadEngine(packs)
	if err != nil {
		return err
	}
	v := eng.Evaluate(rules.Message{Text: text, Lang: *lang})
	if clf == nil {
		if *asJSON {
			return writeJSON(env.stdout, v)
		}
		printVerdict(env.stdout, v, eng.Threshold())
		return nil
	}
	// The rules' verdict is made first; the model's opinion is waited for
	// (within its timeout) and shown beside it.
	mv, merr := clf.Classify(env.ctx, text, *lang)
	if *asJSON {
		return writeJSON(env.stdout, struct {
			rules.Verdict
			Model modelOut `json:"model"`
		}{v, toModelOut(clf, mv, merr)})
	}
	printVerdict(env.stdout, v, eng.Threshold())
	printOpinion(env.stdout, clf, v.Flagged, mv, merr)
	return nil
}

// printVerdict writes a verdict for people.
func printVerdict(w io.Writer, v rules.Verdict, threshold float64) {
	if v.Flagged {
		fmt.Fprintf(w, "FLAGGED: %s, severity %s, score %.2f (threshold %.2f)\n", v.Category, v.Severity, v.Score, threshold)
	} else {
		fmt.Fprintf(w, "not flagged: score %.2f (threshold %.2f)\n", v.Score, threshold)
	}
	for _, m := range v.Matches {
		printMatch(w, m, "")
	}
	if len(v.Guarded) > 0 {
		fmt.Fprintln(w, "set aside by guards:")
		for _, m := range v.Guarded {
			printMatch(w, m, m.Guard)
		}
	}
	if v.Normalized != "" {
		fmt.Fprintf(w, "normal form: %s\n", v.Normalized)
	}
	for _, n := range v.Notes {
		fmt.Fprintf(w, "note: %s\n", n)
	}
	if v.Grey() {
		why := "matches set aside or under the threshold"
		if v.Group {
			why = "names a protected group"
		}
		fmt.Fprintf(w, "grey: %s; with classifier.send: grey, trygbot run asks the model about it\n", why)
	}
}

func printMatch(w io.Writer, m rules.Match, guard string) {
	fmt.Fprintf(w, "  - %s (%s, %s, score %.2f)\n", m.Rule, m.Category, m.Severity, m.Score)
	fmt.Fprintf(w, "    matched %q at bytes %d-%d as %s\n", m.Text, m.Start, m.End, strings.Join(m.Normalized, " + "))
	if m.Evasion != "" {
		fmt.Fprintf(w, "    evasion: %s\n", m.Evasion)
	}
	if m.Why != "" {
		fmt.Fprintf(w, "    why: %s\n", m.Why)
	}
	if guard != "" {
		fmt.Fprintf(w, "    guard: %s\n", guard)
	}
}
