package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/trygbot/trygbot/config"

	"golang.org/x/crypto/bcrypt"
)

// cmdConfig handles `trygbot config check|example|env`.
func cmdConfig(env *cmdEnv, args []string) error {
	if len(args) == 0 {
		configUsage(env.stderr)
		return errUsage
	}
	switch args[0] {
	case "check":
		return cmdConfigCheck(env, args[1:])
	case "example":
		return cmdConfigExample(env, args[1:])
	case "env":
		return cmdConfigEnv(env, args[1:])
	case "hash-password":
		return cmdConfigHashPassword(env, args[1:])
	case "help", "-h", "-help", "--help":
		configUsage(env.stdout)
		return nil
	}
	fmt.Fprintf(env.stderr, "trygbot config: unknown command %q\n\n", args[0])
	configUsage(env.stderr)
	return errUsage
}

func configUsage(w io.Writer) {
	fmt.Fprint(w, `Usage: trygbot config COMMAND

Commands:
  check FILE   check a configuration file and report every problem
  example      print a commented example configuration with every key
  env          list the environment variables that override settings
  hash-password  read a dashboard password on stdin, print its bcrypt hash

Run 'trygbot config COMMAND --help' for a command's flags and an example.
`)
}

func cmdConfigCheck(env *cmdEnv, args []string) error {
	fs := env.newFlags("config check", "[--json] FILE", `Load a configuration file as 'trygbot run' would (defaults, the file with
${VAR} expanded, TRYGBOT_* environment overrides) and report every problem
at once as file:line: field: problem (hint). Prints "FILE: ok" and a
summary without secrets when the file is valid; exits with status 1 when
it is not.`,
		`  trygbot config check config.yaml
  TRYGBOT_PSEUDONYM_KEY=$(openssl rand -hex 32) DISCORD_TOKEN=... trygbot config check --json config.yaml`)
	asJSON := fs.Bool("json", false, "print the result as JSON: {file, ok, summary} or {file, ok, problems}")
	if done, err := env.parse(fs, args); done {
		return err
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return errUsage
	}
	file := fs.Arg(0)
	cfg, err := config.Load(file, env.getenv)
	if err != nil {
		problems := config.Problems(err)
		if *asJSON {
			if err := writeJSON(env.stdout, map[string]any{"file": file, "ok": false, "problems": problems}); err != nil {
				return err
			}
		} else {
			for _, p := range problems {
				fmt.Fprintln(env.stderr, p)
			}
		}
		n := "1 problem"
		if len(problems) != 1 {
			n = fmt.Sprintf("%d problems", len(problems))
		}
		return &exitError{code: 1, msg: fmt.Sprintf("%s: %s", file, n)}
	}
	sum := cfg.Summary()
	if *asJSON {
		return writeJSON(env.stdout, map[string]any{"file": file, "ok": true, "summary": sum})
	}
	printConfigSummary(env.stdout, file, sum)
	return nil
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// printConfigSummary writes a valid configuration's summary for people.
func printConfigSummary(w io.Writer, file string, s config.Summary) {
	fmt.Fprintf(w, "%s: ok\n", file)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "store:\t%s\n", s.Store)
	fmt.Fprintf(tw, "platforms:\t%s\n", strings.Join(s.Platforms, ", "))
	fmt.Fprintf(tw, "communities:\t%d\n", len(s.Communities))
	fmt.Fprintf(tw, "classifier:\t%s\n", s.Classifier)
	tw.Flush()
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, c := range s.Communities {
		shadow := ""
		if c.Shadow {
			shadow = "\tshadow"
		}
		fmt.Fprintf(tw, "  %s\t%s\t%s %s\t%s\t%s, %s, %s\t%s\t%s%s\n",
			c.ID, c.Name, c.Platform, c.ChatID, c.Language, countNoun(c.Moderators, "moderator"), countNoun(c.Admins, "admin"),
			countNoun(c.Coordinators, "coordinator"), countNoun(c.Channels, "channel"), countNoun(c.RulePacks, "rule pack"), shadow)
	}
	tw.Flush()
	var secrets []string
	for _, o := range config.EnvOverrides() {
		if v, ok := s.Secrets[o.Path]; ok {
			secrets = append(secrets, o.Path+" "+v)
		}
	}
	fmt.Fprintf(w, "secrets: %s\n", strings.Join(secrets, ", "))
	if len(s.FromEnv) > 0 {
		var from []string
		for _, o := range config.EnvOverrides() {
			if v, ok := s.FromEnv[o.Path]; ok {
				from = append(from, o.Path+" ("+v+")")
			}
		}
		fmt.Fprintf(w, "from the environment: %s\n", strings.Join(from, ", "))
	}
}

// countNoun writes "1 admin", "2 admins".
func countNoun(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

func cmdConfigExample(env *cmdEnv, args []string) error {
	fs := env.newFlags("config example", "", `Print a commented example configuration with every key and its default.`,
		`  trygbot config example > config.yaml`)
	if done, err := env.parse(fs, args); done {
		return err
	}
	if fs.NArg() != 0 {
		fs.Usage()
		return errUsage
	}
	_, err := io.WriteString(env.stdout, config.Example())
	return err
}

func cmdConfigEnv(env *cmdEnv, args []string) error {
	fs := env.newFlags("config env", "", `List the environment variables that override single settings: TRYGBOT_
followed by the setting's key path in capitals, dots as underscores
(store.redis.addr is TRYGBOT_STORE_REDIS_ADDR). They win over the file; an
empty variable does not override. Lists and communities are set in the
file only. The last column shows what is set now (secrets as "set").`,
		`  trygbot config env`)
	if done, err := env.parse(fs, args); done {
		return err
	}
	if fs.NArg() != 0 {
		fs.Usage()
		return errUsage
	}
	tw := tabwriter.NewWriter(env.stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "VARIABLE\tSETTING\tNOW")
	for _, o := range config.EnvOverrides() {
		now := env.getenv(o.Var)
		switch {
		case o.Secret:
			now = config.Secret(now).String()
		case now == "":
			now = "-"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\n", o.Var, o.Path, now)
	}
	return tw.Flush()
}

func cmdConfigHashPassword(env *cmdEnv, args []string) error {
	fs := env.newFlags("config hash-password", "< password.txt", `Read a dashboard password from the first line of stdin and print its
bcrypt hash (cost 12), for web.users[].password_hash. The password itself
is never stored.`,
		`  printf '%s' 'a long passphrase' | trygbot config hash-password`)
	if done, err := env.parse(fs, args); done {
		return err
	}
	b, err := io.ReadAll(io.LimitReader(env.stdin, 1024))
	if err != nil {
		return fmt.Errorf("config hash-password: read stdin: %w", err)
	}
	pw, _, _ := strings.Cut(string(b), "\n")
	pw = strings.TrimRight(pw, "\r")
	if len(pw) < 10 {
		return fmt.Errorf("config hash-password: use a password of at least 10 characters")
	}
	h, err := bcrypt.GenerateFromPassword([]byte(pw), 12)
	if err != nil {
		return fmt.Errorf("config hash-password: %w", err)
	}
	fmt.Fprintln(env.stdout, string(h))
	return nil
}
