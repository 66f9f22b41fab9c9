package cli

import (
	"fmt"

	goredis "github.com/redis/go-redis/v9"

	"github.com/trygbot/trygbot/app"
	"github.com/trygbot/trygbot/config"
)

func cmdRun(env *cmdEnv, args []string) error {
	fs := env.newFlags("run", "--config FILE", `Run trygbot for real: the adapters of every platform the configured
communities use, the moderation workflow, and the configured store. Rule and
template packs are reloaded when their files change; a bad change is refused
with file:line and the old rules keep running. Secrets come from the
environment (see config.example.yaml). Stops cleanly on Ctrl-C or SIGTERM.`,
		`  TRYGBOT_PSEUDONYM_KEY=$(openssl rand -hex 32) TRYGBOT_INGEST_TOKEN=... trygbot run --config trygbot.yaml`)
	path := fs.String("config", "", "configuration `FILE` (YAML)")
	if done, err := env.parse(fs, args); done {
		return err
	}
	if *path == "" {
		fs.Usage()
		return errUsage
	}
	cfg, err := config.Load(*path, env.getenv)
	if err != nil {
		for _, p := range config.Problems(err) {
			fmt.Fprintln(env.stderr, p)
		}
		return fmt.Errorf("run: %s has problems; fix them and run again (trygbot config check %s)", *path, *path)
	}
	logger := app.NewLogger(env.stderr, cfg.Log.Level, cfg.Log.Format)
	// go-redis logs on its own (pool dial failures while Redis is away),
	// through one logger for the whole library: this process's from now.
	goredis.SetLogger(app.RedisLogs{Log: logger})
	a, err := app.New(env.ctx, app.FromConfig(logger, cfg, env.stdin, env.stdout))
	if err != nil {
		return fmt.Errorf("run: %w", err)
	}
	defer a.Close()
	return a.Run(env.ctx)
}
