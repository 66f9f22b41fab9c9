package cli

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/trygbot/trygbot/bot"
	"github.com/trygbot/trygbot/storage"
)

func cmdEvidence(env *cmdEnv, args []string) error {
	fs := env.newFlags("evidence", "--config FILE --case N -o FILE", `Write the evidence pack of an escalated threat, for a possible police
report: a zip with README.txt, the message exactly as written
(message.txt) and its SHA-256, the times (message, case created,
escalated), community and channel, why it was flagged, the messages around
it in the channel, the moderators' notes and the audit trail (evidence.json,
context.txt), and SHA256SUMS. The download is recorded in the audit log.
The file holds personal data and is written readable by its owner only.`,
		`  trygbot evidence --config trygbot.yaml --case 42 -o case-42.zip`)
	cfgPath := fs.String("config", "", "configuration `FILE` (YAML)")
	id := fs.String("case", "", "the case `N`")
	out := fs.String("o", "", "write the zip to `FILE`")
	if done, err := env.parse(fs, args); done {
		return err
	}
	n, perr := strconv.ParseInt(*id, 10, 64)
	if *cfgPath == "" || *out == "" || perr != nil || n <= 0 || fs.NArg() > 0 {
		fmt.Fprintln(env.stderr, "trygbot evidence: --config, --case N and -o FILE are required")
		fs.Usage()
		return errUsage
	}
	_, st, err := openConfigured(env, "evidence", *cfgPath)
	if err != nil {
		return err
	}
	defer st.Close()
	actor := cliActor(env)
	p, err := bot.BuildEvidencePack(env.ctx, st, storage.CaseID(n), actor, time.Now())
	switch {
	case errors.Is(err, storage.ErrNotFound):
		return fmt.Errorf("evidence: no case %d", n)
	case errors.Is(err, bot.ErrNoEvidencePack):
		return fmt.Errorf("evidence: %w", err)
	case err != nil:
		return err
	}
	var buf bytes.Buffer
	if err := p.WriteZip(&buf); err != nil {
		return err
	}
	// Recorded first: no pack leaves without its audit entry.
	if err := recordEvidence(env, st, p, actor, "command line, written to "+*out); err != nil {
		return err
	}
	if err := writePrivate(*out, buf.Bytes()); err != nil {
		return fmt.Errorf("evidence: %w", err)
	}
	fmt.Fprintf(env.stdout, "evidence pack of case %d written to %s (text SHA-256 %s); recorded in the audit log\n", n, *out, p.SHA256)
	return nil
}

func recordEvidence(env *cmdEnv, st storage.Store, p *bot.EvidencePack, actor, how string) error {
	e := storage.AuditEntry{At: p.GeneratedAt, CaseID: p.CaseID, Actor: actor, Role: "evidence", Action: "evidence_pack",
		Detail: fmt.Sprintf("%s; text sha256 %s", how, p.SHA256)}
	if err := st.AddAudit(env.ctx, e); err != nil {
		return fmt.Errorf("evidence: record: %w", err)
	}
	return nil
}
