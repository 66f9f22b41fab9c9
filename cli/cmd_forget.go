package cli

import (
	"fmt"
	"time"

	"github.com/trygbot/trygbot/bot"
)

func cmdForget(env *cmdEnv, args []string) error {
	fs := env.newFlags("forget", "--config FILE --platform P --user ID", `Erase one person's data everywhere in the configured store (SQLite or
Redis): the cases they wrote lose their text, display name, notes and
context, and their pseudonym is replaced by one per case, so reports no
longer link them; cases they reported lose the reporter; their messages
are removed from other threats' context; the ingest outbox items about
the cases they wrote are removed. The audit log records that it was
done, with a hashed reference, the counts and the time, never the id.
Aggregates (counts per category, outcomes) stay.`,
		`  trygbot forget --config trygbot.yaml --platform discord --user 123456789012345678`)
	who := personFlags(fs)
	if done, err := parsePerson(env, fs, who, args); done {
		return err
	}
	platform, user := who.platform, who.user
	st, p, err := openPerson(env, "forget", who)
	if err != nil {
		return err
	}
	defer st.Close()
	rec, err := bot.Forget(env.ctx, st, p, *platform, *user, cliActor(env), time.Now())
	if err != nil {
		return err
	}
	r := rec.Result
	fmt.Fprintf(env.stdout, "forgot %s user %s: %d cases authored erased, %d reports unlinked, %d cases' context cleaned, %d outbox items removed\n",
		*platform, *user, r.Authored, r.Reported, r.Context, r.FeedItems)
	fmt.Fprintf(env.stdout, "recorded in the audit log as %s\n", rec.Ref)
	if r.Total() == 0 {
		fmt.Fprintln(env.stdout, "nothing was stored about this person (or it was erased before)")
	}
	return nil
}
