// Package cli is the trygbot command line. Run parses the arguments and
// runs one command; each command is a file cmd_NAME.go with its flags,
// its --help text and an example (`trygbot help NAME` prints the same).
// run, demo, replay and loadtest build their process with package app;
// the others read configuration, stores and packs directly.
//
// cli may import app, config and every package below them; only main
// (and the process tests in internal/proctest) import cli.
package cli
