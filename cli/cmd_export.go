package cli

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/trygbot/trygbot/bot"
	"github.com/trygbot/trygbot/storage"
)

func cmdExport(env *cmdEnv, args []string) error {
	fs := env.newFlags("export", "--config FILE --platform P --user ID [-o FILE]", `Write what the configured store holds about one person, as JSON, for an
access request: the flagged messages they wrote (with the text unless
retention erased it) and what was decided, the messages they reported,
their messages kept as a threat's context, and their actions in the audit
log. Records the export in the audit log (hashed reference).`,
		`  trygbot export --config trygbot.yaml --platform telegram --user 11111111 -o person.json`)
	who := personFlags(fs)
	out := fs.String("o", "", "write to `FILE` (default: stdout)")
	if done, err := parsePerson(env, fs, who, args); done {
		return err
	}
	platform, user := who.platform, who.user
	st, p, err := openPerson(env, "export", who)
	if err != nil {
		return err
	}
	defer st.Close()
	now := time.Now()
	x, err := bot.ExportPerson(env.ctx, st, p, *platform, *user, now)
	if err != nil {
		return err
	}
	data, err := json.MarshalIndent(x, "", "  ")
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	data = append(data, '\n')
	if *out == "" {
		_, err = env.stdout.Write(data)
	} else {
		err = writePrivate(*out, data)
	}
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	e := storage.AuditEntry{At: now.UTC(), Actor: cliActor(env), Role: "admin", Action: "export",
		Detail: fmt.Sprintf("person %s: %d cases authored, %d reported, %d context messages, %d actions",
			bot.ForgetRef(x.Pseudonym), len(x.Authored), len(x.Reported), len(x.Context), len(x.Actions))}
	if err := st.AddAudit(env.ctx, e); err != nil {
		return fmt.Errorf("export: record: %w", err)
	}
	if *out != "" {
		fmt.Fprintf(env.stderr, "export: %d cases authored, %d reported, %d context messages, %d actions written to %s\n",
			len(x.Authored), len(x.Reported), len(x.Context), len(x.Actions), *out)
	}
	return nil
}
