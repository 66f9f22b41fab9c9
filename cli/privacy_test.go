package cli

import (
	"archive/zip"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/trygbot/trygbot/bot"
	"github.com/trygbot/trygbot/rules"
	"github.com/trygbot/trygbot/storage"
	"github.com/trygbot/trygbot/storage/sqlite"
)

// privacyStore writes a SQLite store for the privacy commands and returns
// a configuration file using it. Discord user 111 wrote an old slur
// (case 1) and reported case 3; 222 wrote an old urgent threat (case 2,
// an evidence pack) and a new one (case 3) whose context holds a message
// of 111's.
func privacyStore(t *testing.T) (cfgPath string, st func() storage.Store) {
	t.Helper()
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "privacy.db")
	s, err := sqlite.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	p := bot.NewPseudonymizer([]byte(configTestEnv["TRYGBOT_PSEUDONYM_KEY"]))
	now := time.Now().UTC()
	old := now.Add(-40 * 24 * time.Hour)
	mk := func(key, author, text string, cat rules.Category, sev rules.Severity, created time.Time) storage.Case {
		return storage.Case{Key: key, Platform: "discord", Community: "oresund-youth", Channel: "c1", ChannelName: "#general",
			MessageID: key, Author: p.Of("discord", author), AuthorRef: author, AuthorName: "Name " + author, Text: text,
			Category: cat, Severity: sev, State: storage.StateOpen, CreatedAt: created,
			Verdict: rules.Verdict{Flagged: true, Category: cat, Severity: sev, Matches: []rules.Match{{Rule: "r." + string(cat), Category: cat, Severity: sev, Why: "because", Text: "x"}}}}
	}
	c3 := mk("k3", "222", "I will hurt you all", rules.CatThreat, rules.SevUrgent, now)
	c3.Reporter = string(p.Of("discord", "111"))
	c3.Context = []storage.ContextMessage{
		{MessageID: "k0", Author: p.Of("discord", "111"), AuthorName: "Name 111", At: now.Add(-time.Minute), Text: "chatting before"},
		{MessageID: "k3", Author: p.Of("discord", "222"), AuthorName: "Name 222", At: now, Text: "I will hurt you all", Subject: true},
	}
	for _, c := range []storage.Case{
		mk("k1", "111", "you slur", rules.CatSlur, rules.SevHigh, old),
		mk("k2", "222", "I will hurt you", rules.CatThreat, rules.SevUrgent, old),
		c3,
	} {
		if _, _, err := s.CreateCase(ctx, c); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.AddAudit(ctx, storage.AuditEntry{CaseID: 1, Actor: "111", Action: "refused", Detail: "claim"}); err != nil {
		t.Fatal(err)
	}
	cfgPath = writeConfigFile(t, goodConfig+"store:\n  sqlite:\n    path: "+db+"\n")
	return cfgPath, func() storage.Store {
		s, err := sqlite.Open(ctx, db)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	}
}

func privacyEnv() func(string) string {
	env := map[string]string{"USER": "tester"}
	for k, v := range configTestEnv {
		env[k] = v
	}
	return configGetenv(env)
}

func auditActions(t *testing.T, st storage.Store, action string) []storage.AuditEntry {
	t.Helper()
	es, err := st.ListAudit(context.Background(), storage.AuditQuery{})
	if err != nil {
		t.Fatal(err)
	}
	var out []storage.AuditEntry
	for _, e := range es {
		if e.Action == action {
			out = append(out, e)
		}
	}
	return out
}

func TestRetentionCommand(t *testing.T) {
	cfg, open := privacyStore(t)
	out, stderr, err := runConfigless(t, privacyEnv(), "retention", "run", "--config", cfg, "--dry-run")
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	for _, want := range []string{"older than 30 days", ": 1 would be erased", "older than 90 days", ": 0 would be erased; 1 kept for their own period", "dry run: nothing was erased"} {
		if !strings.Contains(out, want) {
			t.Errorf("dry run output lacks %q:\n%s", want, out)
		}
	}
	st := open()
	if c, _ := st.GetCase(context.Background(), 1); c.Purged || c.Text == "" {
		t.Error("the dry run erased case 1")
	}
	if es := auditActions(t, st, "retention"); len(es) != 0 {
		t.Errorf("the dry run was recorded: %+v", es)
	}

	out, stderr, err = runConfigless(t, privacyEnv(), "retention", "run", "--config", cfg)
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	if !strings.Contains(out, ": 1 erased") || !strings.Contains(out, "1 kept for their own period") || !strings.Contains(out, "recorded in the audit log") {
		t.Errorf("output:\n%s", out)
	}
	for id, erased := range map[storage.CaseID]bool{1: true, 2: false, 3: false} {
		c, err := st.GetCase(context.Background(), id)
		if err != nil || c.Purged != erased || (c.Text == "") != erased {
			t.Errorf("case %d after retention: purged %v, text %q, %v; want erased %v", id, c.Purged, c.Text, err, erased)
		}
	}
	es := auditActions(t, st, "retention")
	if len(es) != 1 || es[0].Actor != "cli:tester" || !strings.Contains(es[0].Detail, "1 cases erased") {
		t.Errorf("retention audit: %+v", es)
	}
}

func TestForgetAndExportCommands(t *testing.T) {
	cfg, open := privacyStore(t)
	file := filepath.Join(t.TempDir(), "person.json")
	_, stderr, err := runConfigless(t, privacyEnv(), "export", "--config", cfg, "--platform", "discord", "--user", "111", "-o", file)
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Stat(file); fi.Mode().Perm() != 0o600 {
		t.Errorf("export file mode %v, want 0600", fi.Mode().Perm())
	}
	var x bot.Export
	if err := json.Unmarshal(b, &x); err != nil {
		t.Fatal(err)
	}
	if len(x.Authored) != 1 || x.Authored[0].Text != "you slur" || len(x.Reported) != 1 || len(x.Context) != 1 || x.Context[0].Text != "chatting before" || len(x.Actions) != 1 {
		t.Errorf("export:\n%s", b)
	}
	if strings.Contains(string(b), "I will hurt you all") {
		t.Errorf("the export holds another person's message:\n%s", b)
	}
	st := open()
	if es := auditActions(t, st, "export"); len(es) != 1 || strings.Contains(es[0].Detail, "111") || !strings.Contains(es[0].Detail, "f-") {
		t.Errorf("export audit: %+v", es)
	}

	out, stderr, err := runConfigless(t, privacyEnv(), "forget", "--config", cfg, "--platform", "discord", "--user", "111")
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	if !strings.Contains(out, "1 cases authored erased, 1 reports unlinked, 1 cases' context cleaned") || !strings.Contains(out, "recorded in the audit log as f-") {
		t.Errorf("forget output:\n%s", out)
	}
	es := auditActions(t, st, "forget")
	if len(es) != 1 || es[0].Actor != "cli:tester" || strings.Contains(es[0].Detail, "111") {
		t.Errorf("forget audit: %+v", es)
	}
	c1, _ := st.GetCase(context.Background(), 1)
	c3, _ := st.GetCase(context.Background(), 3)
	if c1.Text != "" || c1.Author != storage.ForgottenAuthor(1) || c3.Reporter != "" || len(c3.Context) != 1 || c3.Text == "" {
		t.Errorf("after forget: case 1 %q by %s; case 3 reporter %q, context %d, text %q", c1.Text, c1.Author, c3.Reporter, len(c3.Context), c3.Text)
	}
	out, _, err = runConfigless(t, privacyEnv(), "forget", "--config", cfg, "--platform", "discord", "--user", "111")
	if err != nil || !strings.Contains(out, "nothing was stored") {
		t.Errorf("second forget: %v\n%s", err, out)
	}
	out, _, err = runConfigless(t, privacyEnv(), "export", "--config", cfg, "--platform", "discord", "--user", "111")
	if err != nil || !strings.Contains(out, `"cases_authored": []`) || !strings.Contains(out, `"context_messages": []`) {
		t.Errorf("export to stdout after forget: %v\n%s", err, out)
	}
}

func TestEvidenceCommand(t *testing.T) {
	cfg, open := privacyStore(t)
	file := filepath.Join(t.TempDir(), "case-3.zip")
	out, stderr, err := runConfigless(t, privacyEnv(), "evidence", "--config", cfg, "--case", "3", "-o", file)
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	if !strings.Contains(out, "written to "+file) {
		t.Errorf("output: %s", out)
	}
	zr, err := zip.OpenReader(file)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	var names []string
	for _, f := range zr.File {
		names = append(names, f.Name)
	}
	if strings.Join(names, ",") != "README.txt,message.txt,context.txt,evidence.json,SHA256SUMS" {
		t.Errorf("zip files: %v", names)
	}
	if fi, _ := os.Stat(file); fi.Mode().Perm() != 0o600 {
		t.Errorf("evidence file mode %v, want 0600", fi.Mode().Perm())
	}
	es := auditActions(t, open(), "evidence_pack")
	if len(es) != 1 || es[0].CaseID != 3 || es[0].Actor != "cli:tester" {
		t.Errorf("evidence audit: %+v", es)
	}
	if _, _, err := runConfigless(t, privacyEnv(), "evidence", "--config", cfg, "--case", "1", "-o", file); err == nil || !strings.Contains(err.Error(), "not an escalated threat") {
		t.Errorf("evidence of a slur case: %v", err)
	}
	if _, _, err := runConfigless(t, privacyEnv(), "evidence", "--config", cfg, "--case", "9", "-o", file); err == nil || !strings.Contains(err.Error(), "no case 9") {
		t.Errorf("evidence of no case: %v", err)
	}
}

func TestPrivacyCommandsUsage(t *testing.T) {
	for _, cmd := range [][]string{{"retention", "run"}, {"forget"}, {"export"}, {"evidence"}} {
		out, _, err := runCLI(t, "", append(cmd, "--help")...)
		if err != nil || !strings.Contains(out, "Example:") || !strings.Contains(out, "trygbot "+cmd[0]) {
			t.Errorf("%v --help: %v\n%s", cmd, err, out)
		}
	}
	for _, args := range [][]string{
		{"retention"},
		{"retention", "go"},
		{"retention", "run"},
		{"forget", "--config", "x.yaml"},
		{"forget", "--config", "x.yaml", "--platform", "discord"},
		{"export", "--platform", "discord", "--user", "1"},
		{"evidence", "--config", "x.yaml", "--case", "one", "-o", "f.zip"},
		{"evidence", "--config", "x.yaml", "--case", "1"},
	} {
		if _, _, err := runCLI(t, "", args...); err != errUsage {
			t.Errorf("%v: err = %v, want a usage error", args, err)
		}
	}
}
