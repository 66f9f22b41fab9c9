package cli

import (
	"fmt"
	"os/exec"
	"strings"
	"time"

	"github.com/trygbot/trygbot/bench"
)

func cmdBench(env *cmdEnv, args []string) error {
	fs := env.newFlags("bench", "[flags]", `Measure the rules engine on the shared benchmark corpus, following the
contract in its README: the engine is built from each term list, warmed up,
then timed single-threaded (GOMAXPROCS=1) over all 200,000 messages for at
least 3 passes; the report gives the median with min and max, MB/s,
ns/message, allocations, what was flagged against the answer key, and
planted terms found per obfuscation kind.`,
		`  trygbot bench -data ../shared/bench
  GOMAXPROCS=1 go run . bench -passes 5 > docs/bench.md`)
	dir := fs.String("data", "../shared/bench", "corpus `DIR` with messages.jsonl, labels.jsonl and the term lists")
	passes := fs.Int("passes", 3, "timed passes per term list (at least 3)")
	lists := fs.String("lists", "terms.txt,terms_10k.txt", "comma-separated term list files in DIR")
	if done, err := env.parse(fs, args); done {
		return err
	}
	prog := newProgress(env.stderr, "bench", 0)
	rep, err := bench.Run(bench.Options{Dir: *dir, Lists: strings.Split(*lists, ","), Passes: *passes, Warmup: 2 * time.Second,
		Progress: func(format string, a ...any) {
			if prog.on {
				fmt.Fprintf(env.stderr, "\rbench: %-60s", fmt.Sprintf(format, a...))
			}
		}})
	if prog.on {
		fmt.Fprintln(env.stderr)
	}
	if err != nil {
		return err
	}
	rep.Command = "trygbot bench " + strings.Join(args, " ")
	if out, err := exec.Command("git", "rev-parse", "--short", "HEAD").Output(); err == nil {
		rep.Commit = strings.TrimSpace(string(out))
		if st, err := exec.Command("git", "status", "--porcelain", "--untracked-files=no").Output(); err == nil && len(st) > 0 {
			rep.Commit += " (with uncommitted changes)"
		}
	} else {
		rep.Commit = "unknown (not a git checkout)"
	}
	rep.Markdown(env.stdout)
	return nil
}
