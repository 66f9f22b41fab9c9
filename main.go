// Command trygbot is a chat moderation assistant that flags hate in Danish
// and English community chats and helps volunteer moderators respond.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	goredis "github.com/redis/go-redis/v9"

	"github.com/trygbot/trygbot/app"
)

func main() {
	// go-redis logs on its own (pool dial failures while Redis is away):
	// send it through slog until `run` has a logger of its own. Set here,
	// once, because it is global state of the library.
	goredis.SetLogger(app.RedisLogger(nil))
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Getenv, os.Stdin, os.Stdout, os.Stderr)
	stop()
	if err != nil {
		if err != errUsage {
			fmt.Fprintln(os.Stderr, "trygbot:", err)
		}
		os.Exit(exitCode(err))
	}
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
