package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	goredis "github.com/redis/go-redis/v9"
	"golang.org/x/term"

	"github.com/trygbot/trygbot/app"
	"github.com/trygbot/trygbot/rules"
)

// version is set at build time with
// -ldflags "-X github.com/trygbot/trygbot/cli.version=...".
var version = "dev"

// Run is the trygbot command: it runs the command args name until it is
// done or ctx is, or SIGINT or SIGTERM arrives. A usage error was
// explained on stderr already; Exit reports the others.
func Run(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()
	// go-redis logs on its own (pool dial failures while Redis is away),
	// through one logger for the whole library: send it through slog
	// (`run` gives it the process's logger).
	goredis.SetLogger(app.RedisLogs{})
	return run(ctx, args, getenv, stdin, stdout, stderr)
}

// Exit reports err from Run on stderr, unless it is a usage error, and
// returns the exit status: 0 without an error, 3 for eval below its
// bound, otherwise 1.
func Exit(stderr io.Writer, err error) int {
	if err == nil {
		return 0
	}
	if err != errUsage {
		fmt.Fprintln(stderr, "trygbot:", err)
	}
	return exitCode(err)
}

// run is the whole program: it parses args and runs one subcommand.
func run(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		usage(stderr)
		return errUsage
	}
	cmd, rest := args[0], args[1:]
	env := &cmdEnv{ctx: ctx, getenv: getenv, stdin: stdin, stdout: stdout, stderr: stderr}
	switch cmd {
	case "check":
		return cmdCheck(env, rest)
	case "scan":
		return cmdScan(env, rest)
	case "eval":
		return cmdEval(env, rest)
	case "bench":
		return cmdBench(env, rest)
	case "config":
		return cmdConfig(env, rest)
	case "demo":
		return cmdDemo(env, rest)
	case "run":
		return cmdRun(env, rest)
	case "replay":
		return cmdReplay(env, rest)
	case "loadtest":
		return cmdLoadtest(env, rest)
	case "report":
		return cmdReport(env, rest)
	case "retention":
		return cmdRetention(env, rest)
	case "forget":
		return cmdForget(env, rest)
	case "export":
		return cmdExport(env, rest)
	case "evidence":
		return cmdEvidence(env, rest)
	case "version", "--version", "-version":
		fmt.Fprintln(stdout, "trygbot", version)
		return nil
	case "help", "-h", "--help", "-help":
		if cmd == "help" && len(rest) > 0 {
			// help COMMAND prints what COMMAND --help does.
			return run(ctx, append(rest, "--help"), getenv, stdin, stdout, stderr)
		}
		usage(stdout)
		return nil
	}
	fmt.Fprintf(stderr, "trygbot: unknown command %q\n\n", cmd)
	usage(stderr)
	return errUsage
}

func usage(w io.Writer) {
	fmt.Fprint(w, `trygbot flags hate in community chats and helps volunteer moderators respond.

Usage: trygbot COMMAND [flags]

Commands:
  demo         run the whole workflow locally: no tokens, no servers (start here)
  run          run for real: trygbot run --config FILE
  replay FILE  replay JSON Lines of chat through the whole pipeline and measure it
  loadtest     post a corpus to several instances sharing Redis over HTTP; check exactly once
  report       the weekly summary (Markdown, HTML with charts, CSV): report --week 2026-W47 --db FILE
  check TEXT   explain the verdict on one message
  scan         JSON Lines of messages on stdin -> one verdict per line on stdout
  eval FILE    score labelled cases (HateCheck CSV, text,label CSV, DKHate TSV)
  bench        measure the engine on the shared benchmark corpus
  config check FILE   validate a configuration file (also: config example, config env)
  retention run  erase case evidence past the retention period now: retention run --config FILE [--dry-run]
  forget       erase one person's data: forget --config FILE --platform P --user ID
  export       one person's data as JSON, for an access request: export --config FILE --platform P --user ID
  evidence     an escalated threat's evidence pack (zip): evidence --config FILE --case N -o FILE
  version      print the version

Run 'trygbot COMMAND --help' for a command's flags and an example.
`)
}

// errUsage reports a usage error already explained on stderr.
var errUsage = errors.New("usage")

// exitError carries a specific exit status (eval below its bound).
type exitError struct {
	code int
	msg  string
}

func (e *exitError) Error() string { return e.msg }

func exitCode(err error) int {
	var ee *exitError
	if errors.As(err, &ee) {
		return ee.code
	}
	return 1
}

// cmdEnv is what every subcommand gets from run.
type cmdEnv struct {
	ctx    context.Context
	getenv func(string) string
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
}

// newFlags makes a subcommand's flag set whose --help prints the summary,
// the flags and an example.
func (env *cmdEnv) newFlags(name, args, summary, example string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(env.stderr)
	fs.Usage = func() {
		w := fs.Output()
		fmt.Fprintf(w, "Usage: trygbot %s %s\n\n%s\n\nFlags:\n", name, args, summary)
		fs.PrintDefaults()
		fmt.Fprintf(w, "\nExample:\n%s\n", example)
	}
	return fs
}

// parse parses flags; --help prints usage to stdout and ends the command.
func (env *cmdEnv) parse(fs *flag.FlagSet, args []string) (done bool, err error) {
	for _, a := range args {
		if a == "--" {
			break
		}
		if a == "-h" || a == "-help" || a == "--help" {
			fs.SetOutput(env.stdout)
			fs.Usage()
			return true, nil
		}
	}
	err = fs.Parse(args)
	if errors.Is(err, flag.ErrHelp) {
		return true, nil
	}
	if err != nil {
		return true, errUsage
	}
	return false, nil
}

// packFlags collects repeated --pack flags.
type packFlags []string

func (p *packFlags) String() string     { return strings.Join(*p, ",") }
func (p *packFlags) Set(v string) error { *p = append(*p, v); return nil }

// loadEngine compiles the built-in packs followed by the admin's packs.
func loadEngine(extra []string, builtinOnly ...string) (*rules.Engine, error) {
	packs, err := rules.BuiltinPacks(builtinOnly...)
	if err != nil {
		return nil, err
	}
	for _, f := range extra {
		p, err := rules.LoadPackFile(f)
		if err != nil {
			return nil, err
		}
		packs = append(packs, p)
	}
	return rules.Compile(packs...)
}

// progress prints a one-line progress report on stderr, only when stderr
// is a terminal, at most a few times a second.
type progress struct {
	w     io.Writer
	on    bool
	label string
	total int
	last  time.Time
	start time.Time
}

func newProgress(w io.Writer, label string, total int) *progress {
	on := false
	if f, ok := w.(*os.File); ok {
		on = term.IsTerminal(int(f.Fd()))
	}
	return &progress{w: w, on: on, label: label, total: total, start: time.Now()}
}

func (p *progress) update(done int) {
	if !p.on {
		return
	}
	now := time.Now()
	if now.Sub(p.last) < 200*time.Millisecond {
		return
	}
	p.last = now
	if p.total > 0 {
		fmt.Fprintf(p.w, "\r%s: %d/%d (%.0f%%) %s   ", p.label, done, p.total, 100*float64(done)/float64(p.total), now.Sub(p.start).Round(time.Second))
	} else {
		fmt.Fprintf(p.w, "\r%s: %d %s   ", p.label, done, now.Sub(p.start).Round(time.Second))
	}
}

// updateOf is update for a callback that learns the total as it goes.
func (p *progress) updateOf(done, total int) {
	p.total = total
	p.update(done)
}

func (p *progress) done() {
	if p.on {
		fmt.Fprintf(p.w, "\r%s: done in %s%s\n", p.label, time.Since(p.start).Round(time.Millisecond), strings.Repeat(" ", 20))
	}
}
