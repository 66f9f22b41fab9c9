package bot_test

import (
	"archive/zip"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/trygbot/trygbot/bot"
	"github.com/trygbot/trygbot/bot/bottest"
	"github.com/trygbot/trygbot/rules"
	"github.com/trygbot/trygbot/storage"
)

var testKey = []byte("a test key that is long enough!!")

// withOptions replaces the fixture's bot by one with options changed by
// mod, on the same store, clock and fake adapter.
func withOptions(t *testing.T, f *fixture, mod func(*bot.Options)) {
	t.Helper()
	f.bot = setup{options: mod}.newBot(t, f.store, f.clock.Now)
	f.out = bottest.NewFakeAdapter("fake")
	f.bot.AddOutbox("fake", f.out)
}

// sayIn posts a message in a channel at the fixture's time.
func (f *fixture) sayIn(t *testing.T, channel, id, author, text string) {
	t.Helper()
	err := f.bot.Handle(f.ctx, bot.Event{Kind: bot.KindMessage, Platform: "fake", ChatID: "guild1", Channel: channel,
		ChannelName: "#" + channel, MessageID: id, AuthorID: author, AuthorName: "Name " + author, Text: text, At: f.clock.Now()})
	if err != nil {
		t.Fatalf("Handle(%q): %v", text, err)
	}
}

func (f *fixture) caseByMessage(t *testing.T, msgID string) storage.Case {
	t.Helper()
	cs, err := f.store.ListCases(f.ctx, storage.CaseQuery{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cs {
		if c.MessageID == msgID {
			return c
		}
	}
	t.Fatalf("no case for message %s", msgID)
	return storage.Case{}
}

func contextIDs(c storage.Case) []string {
	var ids []string
	for _, m := range c.Context {
		id := m.MessageID
		if m.Subject {
			id = "*" + id
		}
		ids = append(ids, id)
	}
	return ids
}

// context in tests is c1 unless a test says otherwise; "kablooey" is a
// threat (urgent), "zorblax" a slur.
func TestThreatContext(t *testing.T) {
	type msg struct{ channel, id, text string }
	say := func(t *testing.T, f *fixture, ms []msg) {
		for _, m := range ms {
			if m.id == "wait" {
				f.clock.Add(2 * time.Minute)
				continue
			}
			f.sayIn(t, m.channel, m.id, "u-"+m.id, m.text)
			f.clock.Add(time.Second)
		}
	}
	tests := []struct {
		name     string
		n        int // Options.ContextMessages
		messages []msg
		threat   string   // message id of the case to check
		want     []string // its context, "*" marks the subject
	}{
		{"before and after, bounded", 3, []msg{
			{"c1", "b1", "hello"}, {"c1", "b2", "hi"}, {"c1", "b3", "what"}, {"c1", "b4", "so"},
			{"c1", "t", "I will kablooey you"},
			{"c1", "a1", "calm down"}, {"c1", "a2", "not ok"}, {"c1", "a3", "mods?"}, {"c1", "a4", "later"},
		}, "t", []string{"b2", "b3", "b4", "*t", "a1", "a2", "a3"}},
		{"other channels stay out", 3, []msg{
			{"c1", "b1", "hello"}, {"c2", "x1", "elsewhere"}, {"c1", "t", "kablooey"}, {"c2", "x2", "elsewhere"}, {"c1", "a1", "after"},
		}, "t", []string{"b1", "*t", "a1"}},
		{"only the last few minutes", 10, []msg{
			{"c1", "old", "hello"}, {"c1", "wait", ""}, {"c1", "wait", ""}, {"c1", "wait", ""}, {"c1", "b1", "hi"}, {"c1", "t", "kablooey"},
			{"c1", "wait", ""}, {"c1", "wait", ""}, {"c1", "wait", ""}, {"c1", "late", "too late"},
		}, "t", []string{"b1", "*t"}},
		{"a threat after a threat", 3, []msg{
			{"c1", "t1", "kablooey"}, {"c1", "t2", "kablooey again"}, {"c1", "a1", "stop"},
		}, "t2", []string{"t1", "*t2", "a1"}},
		{"the first threat sees the second after it", 3, []msg{
			{"c1", "t1", "kablooey"}, {"c1", "t2", "kablooey again"}, {"c1", "a1", "stop"},
		}, "t1", []string{"*t1", "t2", "a1"}},
		{"turned off", -1, []msg{
			{"c1", "b1", "hello"}, {"c1", "t", "kablooey"}, {"c1", "a1", "after"},
		}, "t", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			eachStore(t, func(t *testing.T, f *fixture) {
				withOptions(t, f, func(o *bot.Options) { o.ContextMessages = tc.n })
				say(t, f, tc.messages)
				c := f.caseByMessage(t, tc.threat)
				if got := contextIDs(c); !slices.Equal(got, tc.want) {
					t.Errorf("context = %v, want %v", got, tc.want)
				}
				for _, m := range c.Context {
					if m.Author == "" || m.At.IsZero() || m.Text == "" || m.AuthorName == "" {
						t.Errorf("context message lacks a field: %+v", m)
					}
					if m.Subject && (m.Text != c.Text || m.Author != c.Author) {
						t.Errorf("subject %+v is not the case's message %q by %s", m, c.Text, c.Author)
					}
				}
			})
		})
	}
}

func TestOnlyThreatsKeepContext(t *testing.T) {
	eachStore(t, func(t *testing.T, f *fixture) {
		f.sayIn(t, "c1", "b1", "u1", "a harmless message")
		f.sayIn(t, "c1", "s", "u2", "you zorblax")
		f.sayIn(t, "c1", "a1", "u3", "another harmless message")
		c := f.caseByMessage(t, "s")
		if c.Context != nil {
			t.Errorf("a slur case got context %v", contextIDs(c))
		}
		cs, _ := f.store.ListCases(f.ctx, storage.CaseQuery{})
		for _, c := range cs {
			b, _ := json.Marshal(c)
			if strings.Contains(string(b), "harmless") {
				t.Errorf("an unflagged message was stored: %s", b)
			}
		}
	})
}

func TestContextTextIsBounded(t *testing.T) {
	eachStore(t, func(t *testing.T, f *fixture) {
		long := strings.Repeat("å", 10_000) // 20,000 bytes
		f.sayIn(t, "c1", "b1", "u1", long)
		f.sayIn(t, "c1", "t", "u2", "kablooey")
		c := f.caseByMessage(t, "t")
		if len(c.Context) != 2 || !c.Context[0].Truncated || len(c.Context[0].Text) > 4096 || !strings.HasPrefix(long, c.Context[0].Text) {
			t.Fatalf("context %v: want the long message cut to 4 KiB on a letter boundary", contextIDs(c))
		}
	})
}

func TestRetentionKeepsEvidencePacksLonger(t *testing.T) {
	eachStore(t, func(t *testing.T, f *fixture) {
		withOptions(t, f, func(o *bot.Options) {
			o.Retention, o.EvidenceRetention = 30*24*time.Hour, 90*24*time.Hour
		})
		f.sayIn(t, "c1", "b1", "u1", "hello")
		f.sayIn(t, "c1", "s", "u2", "zorblax")
		f.sayIn(t, "c1", "t", "u3", "kablooey") // urgent threat: an evidence pack
		slur, threat := f.caseByMessage(t, "s"), f.caseByMessage(t, "t")
		if !threat.EvidencePack() || slur.EvidencePack() {
			t.Fatalf("EvidencePack: threat %v, slur %v", threat.EvidencePack(), slur.EvidencePack())
		}
		f.clock.Add(31 * 24 * time.Hour)
		if err := f.bot.Tick(f.ctx); err != nil {
			t.Fatal(err)
		}
		if got, _ := f.store.GetCase(f.ctx, slur.ID); !got.Purged || got.Text != "" {
			t.Errorf("slur case after 31 days: purged %v, text %q", got.Purged, got.Text)
		}
		if got, _ := f.store.GetCase(f.ctx, threat.ID); got.Purged || got.Text == "" || len(got.Context) != 3 {
			t.Errorf("evidence pack after 31 days: purged %v, text %q, context %v; want kept", got.Purged, got.Text, contextIDs(got))
		}
		f.clock.Add(60 * 24 * time.Hour) // 91 days
		if err := f.bot.Tick(f.ctx); err != nil {
			t.Fatal(err)
		}
		if got, _ := f.store.GetCase(f.ctx, threat.ID); !got.Purged || got.Text != "" || got.Context != nil || got.Category != rules.CatThreat {
			t.Errorf("evidence pack after 91 days: purged %v, text %q, context %v", got.Purged, got.Text, contextIDs(got))
		}
		es, _ := f.store.ListAudit(f.ctx, storage.AuditQuery{})
		var details []string
		for _, e := range es {
			if e.Action == "retention" {
				details = append(details, e.Detail)
			}
		}
		want := []string{
			"1 cases erased, 0 evidence packs erased, 1 evidence packs kept for their own period",
			"0 cases erased, 1 evidence packs erased, 0 evidence packs kept for their own period",
		}
		if !slices.Equal(details, want) {
			t.Errorf("retention audit = %q, want %q", details, want)
		}
	})
}

func TestRetentionPolicy(t *testing.T) {
	now := time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC)
	day := 24 * time.Hour
	for _, tc := range []struct {
		name                string
		retention, evidence time.Duration
		want                storage.Retention
	}{
		{"both", 30 * day, 90 * day, storage.Retention{Before: now.Add(-30 * day), EvidenceBefore: now.Add(-90 * day)}},
		{"evidence never shorter", 30 * day, 7 * day, storage.Retention{Before: now.Add(-30 * day), EvidenceBefore: now.Add(-30 * day)}},
		{"evidence unset", 30 * day, 0, storage.Retention{Before: now.Add(-30 * day), EvidenceBefore: now.Add(-30 * day)}},
		{"retention off", 0, 90 * day, storage.Retention{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := bot.RetentionPolicy(now, tc.retention, tc.evidence); got != tc.want {
				t.Errorf("RetentionPolicy = %+v, want %+v", got, tc.want)
			}
		})
	}
}

func TestForgetAndExport(t *testing.T) {
	eachStore(t, func(t *testing.T, f *fixture) {
		pseud := bot.NewPseudonymizer(testKey)
		who := pseud.Of("fake", "u1")
		f.sayIn(t, "c1", "own1", "u1", "you zorblax")
		f.sayIn(t, "c1", "ctx", "u1", "I am just chatting")
		f.sayIn(t, "c1", "threat", "u2", "kablooey")
		f.sayIn(t, "c2", "own2", "u1", "zorblax again")
		err := f.bot.Handle(f.ctx, bot.Event{Kind: bot.KindReport, Platform: "fake", ChatID: "guild1", Channel: "c2", MessageID: "rep",
			AuthorID: "u3", AuthorName: "Three", Text: "something rude", ReporterID: "u1", At: f.clock.Now()})
		if err != nil {
			t.Fatal(err)
		}
		// u1 presses a button without being a moderator: the refusal is logged under the platform id.
		if _, err := f.act(f.caseByMessage(t, "threat").ID, bot.ActClaim, "", "u1"); !errors.Is(err, bot.ErrForbidden) {
			t.Fatalf("claim by a member: %v", err)
		}

		x, err := bot.ExportPerson(f.ctx, f.store, pseud, "fake", "u1", f.clock.Now())
		if err != nil {
			t.Fatal(err)
		}
		var texts, ctxTexts []string
		for _, c := range x.Authored {
			texts = append(texts, c.Text)
		}
		for _, c := range x.Context {
			ctxTexts = append(ctxTexts, c.Text)
		}
		if x.Pseudonym != who || !slices.Equal(texts, []string{"you zorblax", "zorblax again"}) || len(x.Reported) != 1 ||
			!slices.Equal(ctxTexts, []string{"you zorblax", "I am just chatting"}) || len(x.Actions) != 1 || x.Actions[0].Action != "refused" {
			t.Errorf("export: %+v", x)
		}
		// The cases keep the platform user id (to reply): the export
		// shows it, and says so.
		for _, c := range x.Authored {
			if c.AuthorRef != "u1" {
				t.Errorf("case %d exported with author_ref %q, want the stored user id u1", c.ID, c.AuthorRef)
			}
		}
		if !strings.Contains(x.About, "author_ref") || strings.Contains(x.About, "never the user id") {
			t.Errorf("export says: %q", x.About)
		}
		if b, _ := json.Marshal(x.Reported); strings.Contains(string(b), "something rude") {
			t.Errorf("the export of a reporter contains the reported person's text: %s", b)
		}
		if other, _ := bot.ExportPerson(f.ctx, f.store, pseud, "otherplatform", "u1", f.clock.Now()); len(other.Authored)+len(other.Actions) != 0 {
			t.Errorf("the same id on another platform exports %+v", other)
		}

		rec, err := bot.Forget(f.ctx, f.store, pseud, "fake", "u1", "cli:tester", f.clock.Now())
		if err != nil {
			t.Fatal(err)
		}
		if want := (storage.ForgetResult{Authored: 2, Reported: 1, Context: 1}); rec.Result != want || rec.Ref != bot.ForgetRef(who) {
			t.Errorf("Forget = %+v, want %+v", rec, want)
		}
		es, _ := f.store.ListAudit(f.ctx, storage.AuditQuery{Actor: "cli:tester"})
		if len(es) != 1 || es[0].Action != "forget" || !strings.Contains(es[0].Detail, rec.Ref) || !strings.Contains(es[0].Detail, "2 cases authored") {
			t.Fatalf("forget audit = %+v", es)
		}
		if strings.Contains(es[0].Detail, "u1") || strings.Contains(es[0].Detail, string(who)) {
			t.Errorf("the forget record names the person: %q", es[0].Detail)
		}
		cs, _ := f.store.ListCases(f.ctx, storage.CaseQuery{})
		for _, c := range cs {
			b, _ := json.Marshal(c)
			for _, leak := range []string{string(who), "you zorblax", "zorblax again", "just chatting", `"author_ref":"u1"`} {
				if strings.Contains(string(b), leak) {
					t.Errorf("case %d still holds %q after forget: %s", c.ID, leak, b)
				}
			}
		}
		x, err = bot.ExportPerson(f.ctx, f.store, pseud, "fake", "u1", f.clock.Now())
		if err != nil || len(x.Authored)+len(x.Reported)+len(x.Context) != 0 {
			t.Errorf("export after forget: %+v, %v", x, err)
		}
		if got := f.caseByMessage(t, "threat"); got.Text != "kablooey" || !slices.Equal(contextIDs(got), []string{"*threat"}) {
			t.Errorf("the threat of someone else after forget: %q, context %v", got.Text, contextIDs(got))
		}
	})
}

func TestEvidencePack(t *testing.T) {
	eachStore(t, func(t *testing.T, f *fixture) {
		f.sayIn(t, "c1", "b1", "u1", "before it")
		f.sayIn(t, "c1", "t", "u2", "I will kablooey you, Anna")
		f.sayIn(t, "c1", "a1", "u3", "after it")
		f.sayIn(t, "c2", "s", "u4", "zorblax")
		threat, slur := f.caseByMessage(t, "t"), f.caseByMessage(t, "s")

		p, err := bot.BuildEvidencePack(f.ctx, f.store, threat.ID, "web:ev", f.clock.Now())
		if err != nil {
			t.Fatal(err)
		}
		sum := sha256.Sum256([]byte("I will kablooey you, Anna"))
		if p.SHA256 != hex.EncodeToString(sum[:]) || p.MessageAt.IsZero() || !p.EscalatedAt.Equal(threat.CreatedAt) || len(p.Context) != 3 || len(p.Audit) == 0 || len(p.Explanation) == 0 {
			t.Errorf("pack: %+v", p)
		}
		var buf bytes.Buffer
		if err := p.WriteZip(&buf); err != nil {
			t.Fatal(err)
		}
		zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
		if err != nil {
			t.Fatal(err)
		}
		files := map[string]string{}
		var names []string
		for _, zf := range zr.File {
			rc, err := zf.Open()
			if err != nil {
				t.Fatal(err)
			}
			b, _ := io.ReadAll(rc)
			rc.Close()
			files[zf.Name] = string(b)
			names = append(names, zf.Name)
		}
		if want := []string{"README.txt", "message.txt", "context.txt", "evidence.json", "SHA256SUMS"}; !slices.Equal(names, want) {
			t.Fatalf("files %v, want %v", names, want)
		}
		if files["message.txt"] != "I will kablooey you, Anna" {
			t.Errorf("message.txt = %q", files["message.txt"])
		}
		for _, line := range strings.Split(strings.TrimSpace(files["SHA256SUMS"]), "\n") {
			h, name, _ := strings.Cut(line, "  ")
			s := sha256.Sum256([]byte(files[name]))
			if hex.EncodeToString(s[:]) != h {
				t.Errorf("SHA256SUMS: %s does not match %s", name, h)
			}
		}
		for _, want := range []string{p.SHA256, "case created", "escalated", "#c1", "t.threat.kablooey", "sha256sum -c SHA256SUMS"} {
			if !strings.Contains(files["README.txt"], want) {
				t.Errorf("README.txt lacks %q:\n%s", want, files["README.txt"])
			}
		}
		for _, want := range []string{"before it", ">>> [", "after it"} {
			if !strings.Contains(files["context.txt"], want) {
				t.Errorf("context.txt lacks %q:\n%s", want, files["context.txt"])
			}
		}
		var back bot.EvidencePack
		if err := json.Unmarshal([]byte(files["evidence.json"]), &back); err != nil || back.SHA256 != p.SHA256 || len(back.Audit) != len(p.Audit) {
			t.Errorf("evidence.json: %v %+v", err, back)
		}

		if _, err := bot.BuildEvidencePack(f.ctx, f.store, slur.ID, "x", f.clock.Now()); !errors.Is(err, bot.ErrNoEvidencePack) {
			t.Errorf("pack of a slur case: %v, want ErrNoEvidencePack", err)
		}
		if _, err := bot.BuildEvidencePack(f.ctx, f.store, 999, "x", f.clock.Now()); !errors.Is(err, storage.ErrNotFound) {
			t.Errorf("pack of no case: %v, want storage.ErrNotFound", err)
		}
		if _, err := f.store.Purge(f.ctx, f.clock.Now().Add(time.Hour)); err != nil {
			t.Fatal(err)
		}
		if _, err := bot.BuildEvidencePack(f.ctx, f.store, threat.ID, "x", f.clock.Now()); !errors.Is(err, bot.ErrNoEvidencePack) {
			t.Errorf("pack of an erased case: %v, want ErrNoEvidencePack", err)
		}
	})
}

func TestEscalatedThreatIsEvidencePack(t *testing.T) {
	for _, tc := range []struct {
		name string
		c    storage.Case
		want bool
	}{
		{"urgent threat", storage.Case{Category: rules.CatThreat, Severity: rules.SevUrgent, State: storage.StateOpen}, true},
		{"escalated threat", storage.Case{Category: rules.CatThreat, Severity: rules.SevHigh, State: storage.StateEscalated}, true},
		{"escalated, then closed", storage.Case{Category: rules.CatThreat, Severity: rules.SevHigh, State: storage.StateClosed, Outcome: storage.OutcomeEscalated}, true},
		{"threat replied to", storage.Case{Category: rules.CatThreat, Severity: rules.SevHigh, State: storage.StateResponded, Outcome: storage.OutcomeResponded}, false},
		{"escalated slur", storage.Case{Category: rules.CatSlur, Severity: rules.SevHigh, State: storage.StateEscalated}, false},
		{"urgent extremism", storage.Case{Category: rules.CatExtremism, Severity: rules.SevUrgent}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.c.EvidencePack(); got != tc.want {
				t.Errorf("EvidencePack() = %v, want %v", got, tc.want)
			}
		})
	}
}
