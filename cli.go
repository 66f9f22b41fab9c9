package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"golang.org/x/term"

	"github.com/trygbot/trygbot/rules"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

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

func (p *progress) done() {
	if p.on {
		fmt.Fprintf(p.w, "\r%s: done in %s%s\n", p.label, time.Since(p.start).Round(time.Millisecond), strings.Repeat(" ", 20))
	}
}
