package storagetest

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/trygbot/trygbot/rules"
	"github.com/trygbot/trygbot/storage"
)

// evidenceCase returns an unpurged case created at created; pack makes it
// an escalated threat (an evidence pack), otherwise a plain slur case.
func evidenceCase(key string, created time.Time, pack bool) storage.Case {
	c := fullCase(key)
	c.Purged = false
	c.CreatedAt = created
	c.Category, c.Severity, c.State, c.Outcome = rules.CatSlur, rules.SevHigh, storage.StateClaimed, ""
	if pack {
		c.Category, c.State, c.Outcome = rules.CatThreat, storage.StateEscalated, storage.OutcomeEscalated
	}
	return c
}

func testPurgeErasesEvidencePacks(t *testing.T, s storage.Store) {
	// Purge is the plain retention: evidence packs go too.
	pack := mustCreate(t, s, evidenceCase("pack", base.Add(-time.Hour), true))
	n, err := s.Purge(context.Background(), base)
	if err != nil || n != 1 {
		t.Fatalf("Purge = %d, %v; want 1, nil", n, err)
	}
	if got := mustGet(t, s, pack.ID); !got.Purged || got.Text != "" || got.Context != nil {
		t.Errorf("evidence pack after Purge: purged=%v text=%q context=%v", got.Purged, got.Text, got.Context)
	}
}

func testPurgeRetention(t *testing.T, s storage.Store) {
	ctx := context.Background()
	before := base.Add(-30 * 24 * time.Hour)
	evidenceBefore := base.Add(-90 * 24 * time.Hour)
	cases := map[string]storage.Case{}
	for _, tc := range []struct {
		key     string
		created time.Time
		pack    bool
	}{
		{"old", before.Add(-time.Hour), false},
		{"old-closed-threat", before.Add(-2 * time.Hour), false},
		{"recent", before, false}, // not before Before
		{"pack-held", before.Add(-time.Hour), true},
		{"pack-at-limit", evidenceBefore, true},
		{"pack-old", evidenceBefore.Add(-time.Nanosecond), true},
		{"pack-recent", base, true},
	} {
		c := evidenceCase(tc.key, tc.created.In(cet), tc.pack)
		if tc.key == "old-closed-threat" {
			// A threat nobody escalated is an ordinary case.
			c.Category, c.Severity, c.State, c.Outcome = rules.CatThreat, rules.SevHigh, storage.StateClosed, storage.OutcomeResponded
		}
		if tc.key == "pack-held" {
			// Escalated, then closed by a coordinator: still a pack.
			c.State = storage.StateClosed
		}
		cases[tc.key] = mustCreate(t, s, c)
	}
	urgent := evidenceCase("urgent", before.Add(-time.Hour), false)
	urgent.Category, urgent.Severity = rules.CatThreat, rules.SevUrgent
	cases["urgent"] = mustCreate(t, s, urgent)

	r := storage.Retention{Before: before, EvidenceBefore: evidenceBefore}
	want := storage.RetentionResult{Cases: 2, EvidencePacks: 1, Held: 3}
	dry := r
	dry.DryRun = true
	got, err := s.PurgeRetention(ctx, dry)
	if err != nil || got != want {
		t.Fatalf("PurgeRetention(dry run) = %+v, %v; want %+v", got, err, want)
	}
	for k, c := range cases {
		checkCase(t, "after a dry run: "+k, mustGet(t, s, c.ID), c)
	}

	got, err = s.PurgeRetention(ctx, r)
	if err != nil || got != want {
		t.Fatalf("PurgeRetention = %+v, %v; want %+v", got, err, want)
	}
	erased := []string{"old", "old-closed-threat", "pack-old"}
	for k, c := range cases {
		g := mustGet(t, s, c.ID)
		if slices.Contains(erased, k) {
			if !g.Purged || g.Text != "" || g.AuthorName != "" || g.Notes != nil || g.Context != nil || g.Verdict.Normalized != "" {
				t.Errorf("%s: evidence not erased: %s", k, show(g))
			}
			if g.Category != c.Category || g.Author != c.Author || g.State != c.State {
				t.Errorf("%s: aggregates changed: %s", k, show(g))
			}
			continue
		}
		checkCase(t, "kept "+k, g, c)
	}
	want = storage.RetentionResult{Held: 3}
	if got, err := s.PurgeRetention(ctx, r); err != nil || got != want {
		t.Errorf("second PurgeRetention = %+v, %v; want %+v", got, err, want)
	}
	// A zero EvidenceBefore keeps every pack.
	later := storage.Retention{Before: base.Add(time.Hour)}
	want = storage.RetentionResult{Cases: 1, Held: 4}
	if got, err := s.PurgeRetention(ctx, later); err != nil || got != want {
		t.Errorf("PurgeRetention without EvidenceBefore = %+v, %v; want %+v", got, err, want)
	}
}

func testForgetAuthor(t *testing.T, s storage.Store) {
	ctx := context.Background()
	const who, other = rules.UserID("pseud-forget"), rules.UserID("pseud-keep")
	mk := func(key string, author rules.UserID, reporter string, context ...rules.UserID) storage.Case {
		c := evidenceCase(key, base, false)
		c.Author, c.Reporter, c.Context = author, reporter, nil
		for i, a := range context {
			c.Context = append(c.Context, storage.ContextMessage{MessageID: fmt.Sprint(key, "-", i), Author: a,
				AuthorName: string(a), At: base.Add(time.Duration(i) * time.Second), Text: "context by " + string(a)})
		}
		return mustCreate(t, s, c)
	}
	own1 := mk("own1", who, "", other)
	own2 := mk("own2", who, string(other))
	reported := mk("reported", other, string(who))
	inContext := mk("context", other, "", other, who, who)
	untouched := mk("untouched", other, string(other), other)

	res, err := s.ForgetAuthor(ctx, who)
	if err != nil {
		t.Fatal(err)
	}
	if want := (storage.ForgetResult{Authored: 2, Reported: 1, Context: 1}); res != want {
		t.Errorf("ForgetAuthor = %+v, want %+v", res, want)
	}
	for _, c := range []storage.Case{own1, own2} {
		g := mustGet(t, s, c.ID)
		if g.Author != storage.ForgottenAuthor(c.ID) || !g.Purged || g.Text != "" || g.AuthorName != "" || g.AuthorRef != "" || g.Context != nil || g.Notes != nil {
			t.Errorf("authored case %s after forget: %s", c.Key, show(g))
		}
		if g.Category != c.Category || g.State != c.State || g.Version != c.Version+1 {
			t.Errorf("authored case %s: aggregates changed: %s", c.Key, show(g))
		}
	}
	if own1ID, own2ID := storage.ForgottenAuthor(own1.ID), storage.ForgottenAuthor(own2.ID); own1ID == own2ID {
		t.Errorf("two forgotten cases share the pseudonym %s", own1ID)
	}
	g := mustGet(t, s, reported.ID)
	wantReported := reported
	wantReported.Reporter, wantReported.Version = "", reported.Version+1
	checkCase(t, "reported case", g, wantReported)

	g = mustGet(t, s, inContext.ID)
	wantContext := inContext
	wantContext.Context, wantContext.Version = inContext.Context[:1], inContext.Version+1
	checkCase(t, "case with the person in its context", g, wantContext)
	checkCase(t, "untouched case", mustGet(t, s, untouched.ID), untouched)

	for _, q := range []storage.CaseQuery{{Author: who}, {Reporter: string(who)}} {
		if got := listKeys(t, s, q); len(got) != 0 {
			t.Errorf("ListCases(%+v) after forget = %v, want none", q, got)
		}
	}
	if got := listKeys(t, s, storage.CaseQuery{Author: other}); !slices.Equal(got, []string{"reported", "context", "untouched"}) {
		t.Errorf("ListCases(other author) after forget = %v", got)
	}
	if res, err := s.ForgetAuthor(ctx, who); err != nil || res != (storage.ForgetResult{}) {
		t.Errorf("second ForgetAuthor = %+v, %v; want nothing to do", res, err)
	}
	if res, err := s.ForgetAuthor(ctx, ""); err != nil || res != (storage.ForgetResult{}) {
		t.Errorf("ForgetAuthor(\"\") = %+v, %v; want nothing to do", res, err)
	}
}

func testListByReporter(t *testing.T, s storage.Store) {
	for i, rep := range []string{"pseud-r1", "", "pseud-r2", "pseud-r1"} {
		c := evidenceCase(fmt.Sprint("r", i), base.Add(time.Duration(i)*time.Minute), false)
		c.Reporter, c.UserReported = rep, rep != ""
		mustCreate(t, s, c)
	}
	for _, tc := range []struct {
		q    storage.CaseQuery
		want []string
	}{
		{storage.CaseQuery{Reporter: "pseud-r1"}, []string{"r0", "r3"}},
		{storage.CaseQuery{Reporter: "pseud-r2"}, []string{"r2"}},
		{storage.CaseQuery{Reporter: "pseud-r1", Since: base.Add(time.Minute)}, []string{"r3"}},
		{storage.CaseQuery{Reporter: "nobody"}, nil},
	} {
		if got := listKeys(t, s, tc.q); !slices.Equal(got, tc.want) {
			t.Errorf("ListCases(%+v) = %v, want %v", tc.q, got, tc.want)
		}
	}
}

func testAuditByActor(t *testing.T, s storage.Store) {
	ctx := context.Background()
	c := mustCreate(t, s, fullCase("k"))
	for i, a := range []string{"anna", "bot", "anna", "bo"} {
		e := storage.AuditEntry{At: base.Add(time.Duration(i) * time.Second), CaseID: c.ID, Actor: a, Action: fmt.Sprint("a", i)}
		if i == 3 {
			e.CaseID = 0
		}
		if err := s.AddAudit(ctx, e); err != nil {
			t.Fatal(err)
		}
	}
	for _, tc := range []struct {
		q    storage.AuditQuery
		want []string
	}{
		{storage.AuditQuery{Actor: "anna"}, []string{"a0", "a2"}},
		{storage.AuditQuery{Actor: "anna", Limit: 1}, []string{"a0"}},
		{storage.AuditQuery{Actor: "bo"}, []string{"a3"}},
		{storage.AuditQuery{Actor: "anna", CaseID: c.ID, Since: base.Add(time.Second)}, []string{"a2"}},
		{storage.AuditQuery{Actor: "nobody"}, nil},
	} {
		if got := actions(listAudit(t, s, tc.q)); !slices.Equal(got, tc.want) {
			t.Errorf("ListAudit(%+v) = %v, want %v", tc.q, got, tc.want)
		}
	}
}
