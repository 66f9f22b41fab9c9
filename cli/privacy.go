package cli

import (
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/trygbot/trygbot/app"
	"github.com/trygbot/trygbot/bot"
	"github.com/trygbot/trygbot/config"
	"github.com/trygbot/trygbot/storage"
)

// openConfigured loads a configuration and opens its store, explaining a
// bad file on stderr.
func openConfigured(env *cmdEnv, cmd, path string) (*config.Config, storage.Store, error) {
	cfg, err := config.Load(path, env.getenv)
	if err != nil {
		for _, p := range config.Problems(err) {
			fmt.Fprintln(env.stderr, p)
		}
		return nil, nil, fmt.Errorf("%s: %s has problems; fix them and run again (trygbot config check %s)", cmd, path, path)
	}
	st, err := app.OpenStore(env.ctx, cfg)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: open store: %w", cmd, err)
	}
	return cfg, st, nil
}

// cliActor names the person at the command line in the audit log.
func cliActor(env *cmdEnv) string {
	if u := env.getenv("USER"); u != "" {
		return "cli:" + u
	}
	return "cli"
}

// writePrivate writes data to path, readable by its owner only: it holds
// personal data.
func writePrivate(path string, data []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func days(n int) time.Duration { return time.Duration(n) * 24 * time.Hour }

// person is the flags forget and export share.
type person struct {
	cfg, platform, user *string
}

func personFlags(fs *flag.FlagSet) person {
	return person{
		cfg:      fs.String("config", "", "configuration `FILE` (YAML): its store and privacy.pseudonym_key"),
		platform: fs.String("platform", "", "the person's `PLATFORM`: discord, telegram, ingest or console"),
		user:     fs.String("user", "", "the person's platform user `ID`"),
	}
}

// parsePerson parses the flags and checks the required ones.
func parsePerson(env *cmdEnv, fs *flag.FlagSet, p person, args []string) (done bool, err error) {
	if done, err := env.parse(fs, args); done {
		return done, err
	}
	if *p.cfg == "" || *p.platform == "" || *p.user == "" || fs.NArg() > 0 {
		fmt.Fprintf(env.stderr, "trygbot %s: --config, --platform and --user are required\n", fs.Name())
		fs.Usage()
		return true, errUsage
	}
	return false, nil
}

// openPerson opens the store of the configuration forget or export was
// given, with the pseudonymizer that finds the person's cases.
func openPerson(env *cmdEnv, cmd string, who person) (storage.Store, *bot.Pseudonymizer, error) {
	cfg, st, err := openConfigured(env, cmd, *who.cfg)
	if err != nil {
		return nil, nil, err
	}
	return st, bot.NewPseudonymizer([]byte(cfg.Privacy.PseudonymKey.Reveal())), nil
}
