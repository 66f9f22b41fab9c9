package storagetest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/trygbot/trygbot/rules"
	"github.com/trygbot/trygbot/storage"
)

// base is the suite's fixed reference time; its nanoseconds check that
// stores keep full precision.
var base = time.Date(2026, 3, 14, 9, 26, 53, 589793238, time.UTC)

// cet is a zone other than UTC, to check that stores hand back UTC.
var cet = time.FixedZone("CET", 3600)

// errTaken is what the claim functions return when someone was first.
var errTaken = errors.New("storagetest: case already taken")

// Run runs the Store contract against the stores open returns. open is
// called once per subtest and must return a new, empty store; it should
// register its own cleanup with t.Cleanup. Stores must tolerate Close
// being called by the suite as well as by that cleanup.
func Run(t *testing.T, open func(t *testing.T) storage.Store) {
	t.Helper()
	runContract(t, open, []contractTest[storage.Store]{
		{"SampleSetsEveryField", testSampleSetsEveryField},
		{"CreateGetRoundTrip", testCreateGetRoundTrip},
		{"CreateDefaults", testCreateDefaults},
		{"CreateIdempotent", testCreateIdempotent},
		{"CreateIdempotentConcurrent", testCreateIdempotentConcurrent},
		{"CreateGivesNonce", testCreateGivesNonce},
		{"EmptyKeyNotDeduplicated", testEmptyKeyNotDeduplicated},
		{"IDsIncrease", testIDsIncrease},
		{"GetUnknown", testGetUnknown},
		{"Update", testUpdate},
		{"UpdateKeepsIdentity", testUpdateKeepsIdentity},
		{"UpdateFnError", testUpdateFnError},
		{"UpdateUnknown", testUpdateUnknown},
		{"UpdateClaimRace", testUpdateClaimRace},
		{"UpdateNoLostUpdates", testUpdateNoLostUpdates},
		{"ListFilters", testListFilters},
		{"ListFollowsUpdates", testListFollowsUpdates},
		{"ListPromptDue", testListPromptDue},
		{"Audit", testAudit},
		{"AuditDefaults", testAuditDefaults},
		{"AuditUnknownCase", testAuditUnknownCase},
		{"Volume", testVolume},
		{"VolumeInvalid", testVolumeInvalid},
		{"VolumeConcurrent", testVolumeConcurrent},
		{"Purge", testPurge},
		{"PurgeErasesEvidencePacks", testPurgeErasesEvidencePacks},
		{"PurgeRetention", testPurgeRetention},
		{"ForgetAuthor", testForgetAuthor},
		{"ListByReporter", testListByReporter},
		{"ListBySource", testListBySource},
		{"ModelOpinion", testModelOpinion},
		{"AuditByActor", testAuditByActor},
		{"Closed", testClosed},
		{"ContextCancelled", testContextCancelled},
	})
}

// contractTest is one test of a contract suite on an S.
type contractTest[S any] struct {
	name string
	fn   func(t *testing.T, s S)
}

// runContract runs each test as a subtest on a new S from open.
func runContract[S any](t *testing.T, open func(t *testing.T) S, tests []contractTest[S]) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := open(t)
			if any(s) == nil {
				t.Fatal("storagetest: open returned nil")
			}
			tt.fn(t, s)
		})
	}
}

// fullCase returns a case with every field set. Its times are in a zone
// other than UTC, and ClaimedAt carries a monotonic clock reading.
func fullCase(key string) storage.Case {
	created := base.In(cet)
	return storage.Case{
		ID:          4242,            // ignored by CreateCase
		Nonce:       "set-by-caller", // kept: CreateCase gives one only when unset
		Key:         key,
		Platform:    "discord",
		Community:   "guild-1",
		Channel:     "chan-9",
		ChannelName: "general",
		MessageID:   "m-" + key,
		Author:      rules.UserID("pseud-abc"),
		Lang:        "da",

		AuthorName: "Some Name",
		AuthorRef:  "user-123",
		Text:       "de er r0tt3r alle sammen",
		JumpURL:    "https://discord.com/channels/1/2/3",
		Verdict: rules.Verdict{
			Flagged:  true,
			Category: rules.CatDehumanisation,
			Severity: rules.SevHigh,
			Score:    0.8125,
			Matches: []rules.Match{{
				Rule: "da.dehum.group-vermin", Category: rules.CatDehumanisation, Severity: rules.SevHigh,
				Score: 0.8, Start: 6, End: 12, Text: "r0tt3r", Normalized: []string{"roter"},
				Evasion: "leetspeak", Why: "Dehumanising language", Guard: "none-applied",
			}},
			Guarded: []rules.Match{{
				Rule: "da.slur.x", Category: rules.CatSlur, Severity: rules.SevLow,
				Score: 0.4, Start: 1, End: 2, Text: "e", Normalized: []string{"de"},
				Evasion: "spacing", Why: "A slur", Guard: "quotation",
			}},
			Normalized: "de er roter alle sammen",
			Notes:      []string{"truncated"},
			Group:      true,
		},
		Notes:    []storage.Note{{Actor: "mod-1", At: created.Add(time.Minute), Text: "seen before"}},
		Purged:   true,
		Category: rules.CatDehumanisation,
		Severity: rules.SevHigh,
		Rules:    []string{"da.dehum.group-vermin"},
		Signals:  []string{"repeat", "edited"},

		UserReported: true,
		Reporter:     "pseud-rep",
		Source:       storage.SourceModel,
		Model: &storage.ModelOpinion{Name: "qwen3guard-gen-0.6b", At: created.Add(2 * time.Second), Hate: true, Label: "unsafe",
			Categories: []string{"Unethical Acts"}, Category: rules.CatGeneralisation, Confidence: new(0.75)},
		State:     storage.StateClaimed,
		Outcome:   storage.OutcomeResponded,
		Owner:     "mod-1",
		OwnerName: "Moderator One",

		CreatedAt:       created,
		ClaimedAt:       time.Now(), // Local, with a monotonic reading
		FirstResponseAt: created.Add(3 * time.Minute),
		ClosedAt:        created.Add(4 * time.Minute),
		Deadline:        created.Add(15 * time.Minute),
		Reoffers:        2,
		Suggested:       []string{"tpl-a", "tpl-b"},
		Template:        "tpl-b",
		FollowUpUntil:   created.Add(24 * time.Hour),
		FlaggedAgain:    true,
		Offer:           storage.Offer{Seed: 1<<63 + 12345, Tones: []string{"support", "empathetic"}, Pinned: []string{"support"}},
		Tone:            "empathetic",
		DeletedAt:       created.Add(2 * time.Hour),
		PromptDue:       created.Add(time.Minute),
		Prompts: []storage.PromptRef{
			{Platform: "discord", ChatID: "mods", MessageID: "p-1", Audience: "moderators"},
			{Platform: "telegram", ChatID: "coord", MessageID: "p-2", Audience: "coordinators"},
		},
		Context: []storage.ContextMessage{{MessageID: "m-before", Author: "pseud-other", AuthorName: "Other",
			At: created.Add(-time.Minute), Text: "what do you think", Truncated: true, Subject: true}},
		Mentioned:     []string{"mod-1", "mod-2"},
		Offers:        []string{"mod-2"},
		Uncovered:     true,
		ClaimedOnDuty: true,
		Version:       77, // ignored by CreateCase
	}
}

// asStored is c as a store must hand it back: with id and version, and
// every time in UTC without a monotonic reading.
func asStored(c storage.Case, id storage.CaseID, version int64) storage.Case {
	c.ID, c.Version = id, version
	for _, p := range []*time.Time{&c.CreatedAt, &c.ClaimedAt, &c.FirstResponseAt, &c.ClosedAt, &c.Deadline, &c.FollowUpUntil, &c.PromptDue, &c.DeletedAt} {
		*p = utc(*p)
	}
	c.Notes = slices.Clone(c.Notes)
	for i := range c.Notes {
		c.Notes[i].At = utc(c.Notes[i].At)
	}
	c.Context = slices.Clone(c.Context)
	for i := range c.Context {
		c.Context[i].At = utc(c.Context[i].At)
	}
	if c.Model != nil {
		m := *c.Model
		m.At = utc(m.At)
		c.Model = &m
	}
	return c
}

func utc(t time.Time) time.Time { return t.UTC().Round(0) }

// checkCase fails t if got is not want, naming the fields that differ.
func checkCase(t *testing.T, what string, got, want storage.Case) {
	t.Helper()
	if reflect.DeepEqual(got, want) {
		return
	}
	gv, wv := reflect.ValueOf(got), reflect.ValueOf(want)
	for i := range gv.NumField() {
		g, w := gv.Field(i).Interface(), wv.Field(i).Interface()
		if !reflect.DeepEqual(g, w) {
			t.Errorf("%s: Case.%s = %s, want %s", what, gv.Type().Field(i).Name, show(g), show(w))
		}
	}
}

// show renders v for a failure message, with a time's location and
// monotonic reading visible.
func show(v any) string {
	if tm, ok := v.(time.Time); ok {
		return fmt.Sprintf("%v (loc %p)", tm, tm.Location())
	}
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprintf("%#v", v)
	}
	return string(b)
}

func mustCreate(t *testing.T, s storage.Store, c storage.Case) storage.Case {
	t.Helper()
	got, created, err := s.CreateCase(context.Background(), c)
	if err != nil {
		t.Fatalf("CreateCase(%q): %v", c.Key, err)
	}
	if !created {
		t.Fatalf("CreateCase(%q): created = false for a new key", c.Key)
	}
	return got
}

func mustGet(t *testing.T, s storage.Store, id storage.CaseID) storage.Case {
	t.Helper()
	c, err := s.GetCase(context.Background(), id)
	if err != nil {
		t.Fatalf("GetCase(%d): %v", id, err)
	}
	return c
}

// testSampleSetsEveryField keeps the round trip honest: a field added to
// storage.Case must be added to fullCase too.
func testSampleSetsEveryField(t *testing.T, _ storage.Store) {
	var check func(path string, v reflect.Value)
	check = func(path string, v reflect.Value) {
		switch {
		case v.Type() == reflect.TypeFor[time.Time]():
			if v.Interface().(time.Time).IsZero() {
				t.Errorf("fullCase leaves %s zero; set it so the round trip covers it", path)
			}
		case v.Kind() == reflect.Struct:
			for i := range v.NumField() {
				if f := v.Type().Field(i); f.IsExported() {
					check(path+"."+f.Name, v.Field(i))
				}
			}
		case v.Kind() == reflect.Slice:
			if v.Len() == 0 {
				t.Errorf("fullCase leaves %s empty; set it so the round trip covers it", path)
				return
			}
			check(path+"[0]", v.Index(0))
		default:
			if v.IsZero() {
				t.Errorf("fullCase leaves %s zero; set it so the round trip covers it", path)
			}
		}
	}
	check("Case", reflect.ValueOf(fullCase("k")))
}

func testCreateGetRoundTrip(t *testing.T, s storage.Store) {
	in := fullCase("discord/1/2/3")
	stored := mustCreate(t, s, in)
	if stored.ID <= 0 {
		t.Fatalf("CreateCase: ID = %d, want > 0", stored.ID)
	}
	want := asStored(in, stored.ID, 1)
	checkCase(t, "CreateCase", stored, want)
	checkCase(t, "GetCase", mustGet(t, s, stored.ID), want)
	for _, tm := range []time.Time{stored.CreatedAt, stored.ClaimedAt, stored.Notes[0].At} {
		if tm.Location() != time.UTC {
			t.Errorf("time %v has location %v, want UTC", tm, tm.Location())
		}
	}
}

func testCreateDefaults(t *testing.T, s storage.Store) {
	before := time.Now().UTC()
	stored := mustCreate(t, s, storage.Case{Key: "k", State: storage.StateOpen})
	after := time.Now().UTC()
	if stored.CreatedAt.Before(before.Add(-time.Second)) || stored.CreatedAt.After(after.Add(time.Second)) {
		t.Errorf("zero CreatedAt became %v, want the time of the call (%v..%v)", stored.CreatedAt, before, after)
	}
	if stored.CreatedAt.Location() != time.UTC {
		t.Errorf("CreatedAt location = %v, want UTC", stored.CreatedAt.Location())
	}
	checkCase(t, "GetCase", mustGet(t, s, stored.ID), stored)
}

func testCreateIdempotent(t *testing.T, s storage.Store) {
	ctx := context.Background()
	first := mustCreate(t, s, fullCase("dup"))
	again := fullCase("dup")
	again.Text, again.State = "something else", storage.StateOpen
	got, created, err := s.CreateCase(ctx, again)
	if err != nil {
		t.Fatalf("second CreateCase: %v", err)
	}
	if created {
		t.Error("second CreateCase: created = true, want false")
	}
	checkCase(t, "second CreateCase", got, first)
	all, err := s.ListCases(ctx, storage.CaseQuery{})
	if err != nil {
		t.Fatalf("ListCases: %v", err)
	}
	if len(all) != 1 {
		t.Errorf("ListCases: %d cases after a duplicate create, want 1", len(all))
	}
}

func testCreateIdempotentConcurrent(t *testing.T, s storage.Store) {
	const n = 20
	type result struct {
		c       storage.Case
		created bool
		err     error
	}
	results := make([]result, n)
	start := make(chan struct{})
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			<-start
			c := fullCase("race")
			c.Owner = fmt.Sprint("creator-", i)
			r := &results[i]
			r.c, r.created, r.err = s.CreateCase(context.Background(), c)
		})
	}
	close(start)
	wg.Wait()
	created := 0
	var id storage.CaseID
	for i, r := range results {
		if r.err != nil {
			t.Fatalf("goroutine %d: CreateCase: %v", i, r.err)
		}
		if r.created {
			created++
		}
		if id == 0 {
			id = r.c.ID
		}
		if r.c.ID != id {
			t.Errorf("goroutine %d: got case %d, another got %d", i, r.c.ID, id)
		}
	}
	if created != 1 {
		t.Errorf("%d of %d concurrent CreateCase calls created the case, want exactly 1", created, n)
	}
	all, err := s.ListCases(context.Background(), storage.CaseQuery{})
	if err != nil {
		t.Fatalf("ListCases: %v", err)
	}
	if len(all) != 1 {
		t.Errorf("ListCases: %d cases, want 1", len(all))
	}
}

// testCreateGivesNonce: every case made without a nonce gets its own,
// which it keeps; a duplicate create hands back the first case's. After a
// store lost its data its numbers start again, so the nonce is what tells
// a new case 1 from the old one (see storage.Case.Nonce).
func testCreateGivesNonce(t *testing.T, s storage.Store) {
	ctx := context.Background()
	seen := map[string]storage.CaseID{}
	var first storage.Case
	for i := range 20 {
		key := fmt.Sprint("n", i)
		if i%2 == 1 {
			key = "" // without an idempotency key too
		}
		c := mustCreate(t, s, storage.Case{Key: key, State: storage.StateOpen, CreatedAt: base})
		if len(c.Nonce) < 8 {
			t.Fatalf("case %d: Nonce %q, want a random one of at least 8 characters", c.ID, c.Nonce)
		}
		if other, dup := seen[c.Nonce]; dup {
			t.Errorf("cases %d and %d got the same nonce %q", other, c.ID, c.Nonce)
		}
		seen[c.Nonce] = c.ID
		if got := mustGet(t, s, c.ID); got.Nonce != c.Nonce {
			t.Errorf("GetCase(%d): Nonce %q, want %q as created", c.ID, got.Nonce, c.Nonce)
		}
		if i == 0 {
			first = c
		}
	}
	again, created, err := s.CreateCase(ctx, storage.Case{Key: "n0", State: storage.StateOpen, CreatedAt: base})
	if err != nil || created || again.ID != first.ID || again.Nonce != first.Nonce {
		t.Errorf("CreateCase(n0) again = case %d nonce %q created %v, %v; want case %d nonce %q",
			again.ID, again.Nonce, created, err, first.ID, first.Nonce)
	}
}

func testEmptyKeyNotDeduplicated(t *testing.T, s storage.Store) {
	a := mustCreate(t, s, storage.Case{State: storage.StateOpen, CreatedAt: base})
	b := mustCreate(t, s, storage.Case{State: storage.StateOpen, CreatedAt: base})
	if a.ID == b.ID {
		t.Errorf("two cases without a key got the same ID %d", a.ID)
	}
}

func testIDsIncrease(t *testing.T, s storage.Store) {
	var last storage.CaseID
	for i := range 5 {
		c := mustCreate(t, s, storage.Case{Key: fmt.Sprint("k", i), State: storage.StateOpen, CreatedAt: base})
		if c.ID <= last {
			t.Errorf("case %d got ID %d after ID %d, want increasing IDs", i, c.ID, last)
		}
		last = c.ID
	}
}

func testGetUnknown(t *testing.T, s storage.Store) {
	c := mustCreate(t, s, fullCase("k"))
	for _, id := range []storage.CaseID{0, -1, c.ID + 1, c.ID + 1000} {
		_, err := s.GetCase(context.Background(), id)
		if !errors.Is(err, storage.ErrNotFound) {
			t.Errorf("GetCase(%d) error = %v, want storage.ErrNotFound", id, err)
		}
	}
}

func testUpdate(t *testing.T, s storage.Store) {
	ctx := context.Background()
	in := fullCase("k")
	in.State, in.Owner, in.ClaimedAt = storage.StateOpen, "", time.Time{}
	c := mustCreate(t, s, in)
	claimed := base.Add(time.Hour).In(cet)
	got, err := s.UpdateCase(ctx, c.ID, func(c *storage.Case) error {
		c.State, c.Owner, c.ClaimedAt = storage.StateClaimed, "mod-7", claimed
		c.Notes = append(c.Notes, storage.Note{Actor: "mod-7", At: claimed, Text: "mine"})
		return nil
	})
	if err != nil {
		t.Fatalf("UpdateCase: %v", err)
	}
	want := c
	want.State, want.Owner, want.ClaimedAt, want.Version = storage.StateClaimed, "mod-7", utc(claimed), 2
	want.Notes = append(slices.Clone(c.Notes), storage.Note{Actor: "mod-7", At: utc(claimed), Text: "mine"})
	checkCase(t, "UpdateCase", got, want)
	checkCase(t, "GetCase after UpdateCase", mustGet(t, s, c.ID), want)

	got, err = s.UpdateCase(ctx, c.ID, func(c *storage.Case) error { c.Reoffers++; return nil })
	if err != nil {
		t.Fatalf("second UpdateCase: %v", err)
	}
	if got.Version != 3 || got.Reoffers != want.Reoffers+1 {
		t.Errorf("second UpdateCase: Version %d, Reoffers %d; want 3, %d", got.Version, got.Reoffers, want.Reoffers+1)
	}
}

func testUpdateKeepsIdentity(t *testing.T, s storage.Store) {
	ctx := context.Background()
	c := mustCreate(t, s, fullCase("mine"))
	got, err := s.UpdateCase(ctx, c.ID, func(c *storage.Case) error {
		c.ID, c.Key, c.Nonce, c.Version = 999999, "theirs", "other", 1000
		return nil
	})
	if err != nil {
		t.Fatalf("UpdateCase: %v", err)
	}
	if got.ID != c.ID || got.Key != "mine" || got.Nonce != c.Nonce || got.Version != 2 {
		t.Errorf("UpdateCase changed identity: ID %d Key %q Nonce %q Version %d, want %d %q %q 2",
			got.ID, got.Key, got.Nonce, got.Version, c.ID, "mine", c.Nonce)
	}
	if again := mustGet(t, s, c.ID); again.Nonce != c.Nonce {
		t.Errorf("GetCase after UpdateCase: Nonce %q, want %q", again.Nonce, c.Nonce)
	}
	// The key still maps to the case, and the other key to none.
	if again, created, err := s.CreateCase(ctx, fullCase("mine")); err != nil || created || again.ID != c.ID {
		t.Errorf("CreateCase(mine) after update = %d, %v, %v; want %d, false, nil", again.ID, created, err, c.ID)
	}
	if _, created, err := s.CreateCase(ctx, fullCase("theirs")); err != nil || !created {
		t.Errorf("CreateCase(theirs) = created %v, %v; want a new case", created, err)
	}
}

func testUpdateFnError(t *testing.T, s storage.Store) {
	c := mustCreate(t, s, fullCase("k"))
	boom := errors.New("boom")
	_, err := s.UpdateCase(context.Background(), c.ID, func(c *storage.Case) error {
		c.State, c.Text = storage.StateClosed, "changed"
		return boom
	})
	if !errors.Is(err, boom) {
		t.Errorf("UpdateCase error = %v, want the function's error", err)
	}
	checkCase(t, "GetCase after failed update", mustGet(t, s, c.ID), c)
}

func testUpdateUnknown(t *testing.T, s storage.Store) {
	called := false
	_, err := s.UpdateCase(context.Background(), 12345, func(*storage.Case) error { called = true; return nil })
	if !errors.Is(err, storage.ErrNotFound) {
		t.Errorf("UpdateCase(unknown) error = %v, want storage.ErrNotFound", err)
	}
	if called {
		t.Error("UpdateCase(unknown) called fn")
	}
}

func testUpdateClaimRace(t *testing.T, s storage.Store) {
	in := fullCase("k")
	in.State, in.Owner = storage.StateOpen, ""
	c := mustCreate(t, s, in)
	const n = 20
	errs := make([]error, n)
	start := make(chan struct{})
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			<-start
			_, errs[i] = s.UpdateCase(context.Background(), c.ID, func(c *storage.Case) error {
				if c.State != storage.StateOpen {
					return errTaken
				}
				c.State, c.Owner = storage.StateClaimed, fmt.Sprint("mod-", i)
				return nil
			})
		})
	}
	close(start)
	wg.Wait()
	winner := -1
	for i, err := range errs {
		switch {
		case err == nil:
			if winner >= 0 {
				t.Errorf("both mod-%d and mod-%d claimed the case", winner, i)
			}
			winner = i
		case !errors.Is(err, errTaken):
			t.Errorf("mod-%d: UpdateCase: %v", i, err)
		}
	}
	if winner < 0 {
		t.Fatal("nobody claimed the case")
	}
	got := mustGet(t, s, c.ID)
	if got.State != storage.StateClaimed || got.Owner != fmt.Sprint("mod-", winner) {
		t.Errorf("stored state %q owner %q, want claimed by mod-%d", got.State, got.Owner, winner)
	}
	if got.Version != 2 {
		t.Errorf("Version = %d after one successful claim, want 2", got.Version)
	}
}

func testUpdateNoLostUpdates(t *testing.T, s storage.Store) {
	c := mustCreate(t, s, storage.Case{Key: "k", State: storage.StateOpen, CreatedAt: base})
	const n = 20
	var wg sync.WaitGroup
	errs := make([]error, n)
	for i := range n {
		wg.Go(func() {
			_, errs[i] = s.UpdateCase(context.Background(), c.ID, func(c *storage.Case) error {
				c.Reoffers++
				c.Signals = append(c.Signals, fmt.Sprint("s", i))
				return nil
			})
		})
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("goroutine %d: UpdateCase: %v", i, err)
		}
	}
	got := mustGet(t, s, c.ID)
	if got.Reoffers != n || len(got.Signals) != n || got.Version != n+1 {
		t.Errorf("after %d concurrent increments: Reoffers %d, %d signals, Version %d; want %d, %d, %d",
			n, got.Reoffers, len(got.Signals), got.Version, n, n, n+1)
	}
}

// listFixture creates five cases with different attributes and returns
// them by name.
func listFixture(t *testing.T, s storage.Store) map[string]storage.Case {
	t.Helper()
	h := func(n int) time.Time { return base.Add(time.Duration(n) * time.Hour) }
	mk := func(key, platform, community, channel, author string, state storage.State, created, deadline, followUp time.Time) storage.Case {
		return storage.Case{Key: key, Platform: platform, Community: community, Channel: channel,
			Author: rules.UserID(author), State: state, CreatedAt: created, Deadline: deadline, FollowUpUntil: followUp}
	}
	out := map[string]storage.Case{}
	for _, c := range []storage.Case{
		mk("c1", "discord", "g1", "ch1", "a1", storage.StateOpen, h(0), time.Time{}, time.Time{}),
		mk("c2", "discord", "g1", "ch2", "a2", storage.StateClaimed, h(1).In(cet), h(2), time.Time{}),
		mk("c3", "discord", "g2", "ch3", "a1", storage.StateResponded, h(2), time.Time{}, h(10)),
		mk("c4", "telegram", "g3", "ch4", "a3", storage.StateOpen, h(3), h(5).In(cet), time.Time{}),
		mk("c5", "telegram", "g1", "ch1", "a1", storage.StateClosed, h(4), time.Time{}, h(6)),
	} {
		out[c.Key] = mustCreate(t, s, c)
	}
	return out
}

func listKeys(t *testing.T, s storage.Store, q storage.CaseQuery) []string {
	t.Helper()
	got, err := s.ListCases(context.Background(), q)
	if err != nil {
		t.Fatalf("ListCases(%+v): %v", q, err)
	}
	keys := []string{}
	for i, c := range got {
		if i > 0 && c.ID <= got[i-1].ID {
			t.Errorf("ListCases(%+v): case %d after %d, want ascending IDs", q, c.ID, got[i-1].ID)
		}
		keys = append(keys, c.Key)
	}
	return keys
}

func testListFilters(t *testing.T, s storage.Store) {
	cases := listFixture(t, s)
	h := func(n int) time.Time { return base.Add(time.Duration(n) * time.Hour) }
	tests := []struct {
		name string
		q    storage.CaseQuery
		want []string
	}{
		{"all", storage.CaseQuery{}, []string{"c1", "c2", "c3", "c4", "c5"}},
		{"one state", storage.CaseQuery{States: []storage.State{storage.StateOpen}}, []string{"c1", "c4"}},
		{"two states", storage.CaseQuery{States: []storage.State{storage.StateClosed, storage.StateClaimed}}, []string{"c2", "c5"}},
		{"state with no cases", storage.CaseQuery{States: []storage.State{storage.StateEscalated}}, []string{}},
		{"platform", storage.CaseQuery{Platform: "telegram"}, []string{"c4", "c5"}},
		{"community across platforms", storage.CaseQuery{Community: "g1"}, []string{"c1", "c2", "c5"}},
		{"platform and community", storage.CaseQuery{Platform: "discord", Community: "g1"}, []string{"c1", "c2"}},
		{"channel", storage.CaseQuery{Channel: "ch1"}, []string{"c1", "c5"}},
		{"community and channel", storage.CaseQuery{Community: "g1", Channel: "ch2"}, []string{"c2"}},
		{"author", storage.CaseQuery{Author: "a1"}, []string{"c1", "c3", "c5"}},
		{"author and state", storage.CaseQuery{Author: "a1", States: []storage.State{storage.StateOpen, storage.StateResponded}}, []string{"c1", "c3"}},
		{"unknown author", storage.CaseQuery{Author: "nobody"}, []string{}},
		{"since inclusive", storage.CaseQuery{Since: h(1)}, []string{"c2", "c3", "c4", "c5"}},
		{"since in another zone", storage.CaseQuery{Since: h(1).In(cet)}, []string{"c2", "c3", "c4", "c5"}},
		{"since one ns later", storage.CaseQuery{Since: h(1).Add(1)}, []string{"c3", "c4", "c5"}},
		{"until exclusive", storage.CaseQuery{Until: h(3)}, []string{"c1", "c2", "c3"}},
		{"until one ns later", storage.CaseQuery{Until: h(3).Add(1)}, []string{"c1", "c2", "c3", "c4"}},
		{"since and until", storage.CaseQuery{Since: h(1), Until: h(3)}, []string{"c2", "c3"}},
		{"empty range", storage.CaseQuery{Since: h(3), Until: h(3)}, []string{}},
		{"deadline before exclusive", storage.CaseQuery{DeadlineBefore: h(2)}, []string{}},
		{"deadline before", storage.CaseQuery{DeadlineBefore: h(2).Add(1)}, []string{"c2"}},
		{"deadline before both", storage.CaseQuery{DeadlineBefore: h(6)}, []string{"c2", "c4"}},
		{"deadline and state", storage.CaseQuery{DeadlineBefore: h(6), States: []storage.State{storage.StateOpen}}, []string{"c4"}},
		{"follow-up at start", storage.CaseQuery{FollowUpAt: h(2)}, []string{"c3"}},
		{"follow-up before created", storage.CaseQuery{FollowUpAt: h(2).Add(-1)}, []string{}},
		{"follow-up overlap", storage.CaseQuery{FollowUpAt: h(5)}, []string{"c3", "c5"}},
		{"follow-up end exclusive", storage.CaseQuery{FollowUpAt: h(6)}, []string{"c3"}},
		{"follow-up after", storage.CaseQuery{FollowUpAt: h(10)}, []string{}},
		{"follow-up and author", storage.CaseQuery{FollowUpAt: h(5), Author: "a1", Community: "g1"}, []string{"c5"}},
		{"limit", storage.CaseQuery{Limit: 2}, []string{"c1", "c2"}},
		{"limit after filter", storage.CaseQuery{Author: "a1", Limit: 2}, []string{"c1", "c3"}},
		{"limit above count", storage.CaseQuery{Platform: "telegram", Limit: 10}, []string{"c4", "c5"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := listKeys(t, s, tt.q); !slices.Equal(got, tt.want) {
				t.Errorf("ListCases(%+v) = %v, want %v", tt.q, got, tt.want)
			}
		})
	}
	got, err := s.ListCases(context.Background(), storage.CaseQuery{Author: "a3"})
	if err != nil || len(got) != 1 {
		t.Fatalf("ListCases(author a3) = %d cases, %v", len(got), err)
	}
	checkCase(t, "ListCases", got[0], cases["c4"])
}

// testListFollowsUpdates checks that an update moves a case between the
// sets ListCases selects from.
func testListFollowsUpdates(t *testing.T, s storage.Store) {
	ctx := context.Background()
	cases := listFixture(t, s)
	h := func(n int) time.Time { return base.Add(time.Duration(n) * time.Hour) }
	_, err := s.UpdateCase(ctx, cases["c1"].ID, func(c *storage.Case) error {
		c.State, c.Deadline, c.FollowUpUntil = storage.StateDismissed, h(1), h(3)
		c.Author, c.Channel = "a9", "ch9"
		return nil
	})
	if err != nil {
		t.Fatalf("UpdateCase(c1): %v", err)
	}
	_, err = s.UpdateCase(ctx, cases["c2"].ID, func(c *storage.Case) error {
		c.State, c.Deadline = storage.StateOpen, time.Time{}
		return nil
	})
	if err != nil {
		t.Fatalf("UpdateCase(c2): %v", err)
	}
	tests := []struct {
		name string
		q    storage.CaseQuery
		want []string
	}{
		{"old state", storage.CaseQuery{States: []storage.State{storage.StateOpen}}, []string{"c2", "c4"}},
		{"new state", storage.CaseQuery{States: []storage.State{storage.StateDismissed}}, []string{"c1"}},
		{"old claimed", storage.CaseQuery{States: []storage.State{storage.StateClaimed}}, []string{}},
		{"old author", storage.CaseQuery{Author: "a1"}, []string{"c3", "c5"}},
		{"new author", storage.CaseQuery{Author: "a9"}, []string{"c1"}},
		{"old channel", storage.CaseQuery{Channel: "ch1"}, []string{"c5"}},
		{"new channel", storage.CaseQuery{Channel: "ch9"}, []string{"c1"}},
		{"deadline set and cleared", storage.CaseQuery{DeadlineBefore: h(6)}, []string{"c1", "c4"}},
		{"follow-up set", storage.CaseQuery{FollowUpAt: h(2)}, []string{"c1", "c3"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := listKeys(t, s, tt.q); !slices.Equal(got, tt.want) {
				t.Errorf("ListCases(%+v) = %v, want %v", tt.q, got, tt.want)
			}
		})
	}
}

func listAudit(t *testing.T, s storage.Store, q storage.AuditQuery) []storage.AuditEntry {
	t.Helper()
	got, err := s.ListAudit(context.Background(), q)
	if err != nil {
		t.Fatalf("ListAudit(%+v): %v", q, err)
	}
	return got
}

func actions(es []storage.AuditEntry) []string {
	out := []string{}
	for _, e := range es {
		out = append(out, e.Action)
	}
	return out
}

func testAudit(t *testing.T, s storage.Store) {
	ctx := context.Background()
	a := mustCreate(t, s, storage.Case{Key: "a", State: storage.StateOpen, CreatedAt: base})
	b := mustCreate(t, s, storage.Case{Key: "b", State: storage.StateOpen, CreatedAt: base})
	h := func(n int) time.Time { return base.Add(time.Duration(n) * time.Hour) }
	// Added out of time order; "tie1" and "tie2" share a time.
	entries := []storage.AuditEntry{
		{At: h(2), CaseID: a.ID, Actor: "mod-1", Role: "moderator", Action: "template", Detail: "tpl-b"},
		{At: h(0).In(cet), CaseID: a.ID, Actor: "bot", Action: "open", Detail: "da.x"},
		{At: h(1), CaseID: b.ID, Actor: "bot", Action: "open"},
		{At: h(3), Actor: "admin-1", Role: "admin", Action: "forget", Detail: "user x"},
		{At: h(1), CaseID: a.ID, Actor: "mod-1", Role: "moderator", Action: "claim"},
		{At: h(4), CaseID: b.ID, Actor: "mod-2", Action: "tie1"},
		{At: h(4), CaseID: b.ID, Actor: "mod-2", Action: "tie2"},
	}
	for _, e := range entries {
		e.ID = 999 // assigned by the store
		if err := s.AddAudit(ctx, e); err != nil {
			t.Fatalf("AddAudit(%s): %v", e.Action, err)
		}
	}

	all := listAudit(t, s, storage.AuditQuery{})
	if got, want := actions(all), []string{"open", "open", "claim", "template", "forget", "tie1", "tie2"}; !slices.Equal(got, want) {
		t.Fatalf("ListAudit() = %v, want %v", got, want)
	}
	// The store numbers entries in the order they were added.
	ids := map[string]int64{}
	for _, e := range all {
		ids[e.Action+fmt.Sprint(e.CaseID)] = e.ID
	}
	order := []string{"template" + fmt.Sprint(a.ID), "open" + fmt.Sprint(a.ID), "open" + fmt.Sprint(b.ID), "forget0", "claim" + fmt.Sprint(a.ID)}
	for i := 1; i < len(order); i++ {
		if ids[order[i]] <= ids[order[i-1]] {
			t.Errorf("audit ID of %s (%d) not above that of %s (%d)", order[i], ids[order[i]], order[i-1], ids[order[i-1]])
		}
	}
	want := entries[1]
	want.ID, want.At = ids["open"+fmt.Sprint(a.ID)], utc(want.At)
	if !reflect.DeepEqual(all[0], want) {
		t.Errorf("ListAudit()[0] = %s (at %s), want %s (at %s)", show(all[0]), show(all[0].At), show(want), show(want.At))
	}

	tests := []struct {
		name string
		q    storage.AuditQuery
		want []string
	}{
		{"case a", storage.AuditQuery{CaseID: a.ID}, []string{"open", "claim", "template"}},
		{"case b", storage.AuditQuery{CaseID: b.ID}, []string{"open", "tie1", "tie2"}},
		{"since inclusive", storage.AuditQuery{Since: h(2)}, []string{"template", "forget", "tie1", "tie2"}},
		{"until exclusive", storage.AuditQuery{Until: h(1)}, []string{"open"}},
		{"since and until", storage.AuditQuery{Since: h(1), Until: h(3)}, []string{"open", "claim", "template"}},
		{"case and range", storage.AuditQuery{CaseID: a.ID, Since: h(1).Add(1), Until: h(5)}, []string{"template"}},
		{"limit", storage.AuditQuery{Limit: 3}, []string{"open", "open", "claim"}},
		{"limit through a tie", storage.AuditQuery{CaseID: b.ID, Limit: 2}, []string{"open", "tie1"}},
		{"case without entries", storage.AuditQuery{CaseID: b.ID + 100}, []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := actions(listAudit(t, s, tt.q)); !slices.Equal(got, tt.want) {
				t.Errorf("ListAudit(%+v) = %v, want %v", tt.q, got, tt.want)
			}
		})
	}
}

func testAuditDefaults(t *testing.T, s storage.Store) {
	before := time.Now()
	if err := s.AddAudit(context.Background(), storage.AuditEntry{Actor: "system", Action: "purge"}); err != nil {
		t.Fatalf("AddAudit: %v", err)
	}
	after := time.Now()
	got := listAudit(t, s, storage.AuditQuery{})
	if len(got) != 1 {
		t.Fatalf("ListAudit: %d entries, want 1", len(got))
	}
	if e := got[0]; e.ID <= 0 || e.At.Before(before.Add(-time.Second)) || e.At.After(after.Add(time.Second)) || e.At.Location() != time.UTC {
		t.Errorf("entry without ID and time = %s at %s; want an ID > 0 and the time of the call in UTC", show(e), show(e.At))
	}
}

func testAuditUnknownCase(t *testing.T, s storage.Store) {
	err := s.AddAudit(context.Background(), storage.AuditEntry{At: base, CaseID: 777, Actor: "mod", Action: "claim"})
	if !errors.Is(err, storage.ErrNotFound) {
		t.Errorf("AddAudit for an unknown case: error = %v, want storage.ErrNotFound", err)
	}
	if got := listAudit(t, s, storage.AuditQuery{}); len(got) != 0 {
		t.Errorf("ListAudit: %d entries after a refused AddAudit, want 0", len(got))
	}
}

func volume(t *testing.T, s storage.Store, from, to time.Time) []storage.VolumeRow {
	t.Helper()
	got, err := s.Volume(context.Background(), from, to)
	if err != nil {
		t.Fatalf("Volume(%v, %v): %v", from, to, err)
	}
	return got
}

func checkVolume(t *testing.T, got, want []storage.VolumeRow) {
	t.Helper()
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Volume rows:\n got %s\nwant %s", show(got), show(want))
		return
	}
	for _, r := range got {
		if r.Hour.Location() != time.UTC {
			t.Errorf("Volume row hour %v in %v, want UTC", r.Hour, r.Hour.Location())
		}
	}
}

func testVolume(t *testing.T, s storage.Store) {
	ctx := context.Background()
	h10 := time.Date(2026, 3, 14, 10, 0, 0, 0, time.UTC)
	k := func(channel string, at time.Time) storage.VolumeKey {
		return storage.VolumeKey{Platform: "discord", Community: "g1", Channel: channel, Hour: at}
	}
	adds := []struct {
		k                 storage.VolumeKey
		messages, flagged int64
	}{
		{k("ch1", h10.Add(15*time.Minute)), 1, 0},
		{k("ch1", h10.Add(59*time.Minute+59*time.Second).In(cet)), 4, 1}, // same UTC hour
		{k("ch1", h10.Add(time.Hour)), 1, 0},
		{k("ch2", h10.Add(30*time.Minute)), 1, 1},
		{k("ch1", h10.Add(-time.Nanosecond)), 7, 0}, // the hour before
		{storage.VolumeKey{Platform: "telegram", Community: "g0", Channel: "ch0", Hour: h10}, 1, 0},
		{k("ch3", h10), 0, 0}, // adds nothing, and makes no row
	}
	for _, a := range adds {
		if err := s.AddVolume(ctx, a.k, a.messages, a.flagged); err != nil {
			t.Fatalf("AddVolume(%+v, %d, %d): %v", a.k, a.messages, a.flagged, err)
		}
	}
	row := func(platform, community, channel string, hour time.Time, messages, flagged int64) storage.VolumeRow {
		return storage.VolumeRow{VolumeKey: storage.VolumeKey{Platform: platform, Community: community, Channel: channel, Hour: hour}, Messages: messages, Flagged: flagged}
	}
	h9, h11 := h10.Add(-time.Hour), h10.Add(time.Hour)
	checkVolume(t, volume(t, s, h10, h10.Add(2*time.Hour)), []storage.VolumeRow{
		row("discord", "g1", "ch1", h10, 5, 1),
		row("discord", "g1", "ch2", h10, 1, 1),
		row("telegram", "g0", "ch0", h10, 1, 0),
		row("discord", "g1", "ch1", h11, 1, 0),
	})
	checkVolume(t, volume(t, s, h9, h10), []storage.VolumeRow{row("discord", "g1", "ch1", h9, 7, 0)})
	checkVolume(t, volume(t, s, h10.In(cet), h11.In(cet)), []storage.VolumeRow{
		row("discord", "g1", "ch1", h10, 5, 1),
		row("discord", "g1", "ch2", h10, 1, 1),
		row("telegram", "g0", "ch0", h10, 1, 0),
	})
	checkVolume(t, volume(t, s, h10.Add(time.Minute), h11.Add(time.Minute)), []storage.VolumeRow{row("discord", "g1", "ch1", h11, 1, 0)})
	if got := volume(t, s, h10, h10); len(got) != 0 {
		t.Errorf("Volume over an empty range = %s, want none", show(got))
	}
	if got := volume(t, s, h11.Add(time.Hour), h11.Add(48*time.Hour)); len(got) != 0 {
		t.Errorf("Volume over hours without messages = %s, want none", show(got))
	}
}

func testVolumeInvalid(t *testing.T, s storage.Store) {
	k := storage.VolumeKey{Platform: "discord", Community: "g", Channel: "c", Hour: base}
	for _, c := range []struct{ messages, flagged int64 }{{-1, 0}, {1, -1}, {1, 2}} {
		if err := s.AddVolume(context.Background(), k, c.messages, c.flagged); err == nil {
			t.Errorf("AddVolume(%d messages, %d flagged) succeeded, want an error", c.messages, c.flagged)
		}
	}
	if got := volume(t, s, base.Add(-time.Hour), base.Add(time.Hour)); len(got) != 0 {
		t.Errorf("Volume after refused adds = %s, want none", show(got))
	}
}

func testVolumeConcurrent(t *testing.T, s storage.Store) {
	k := storage.VolumeKey{Platform: "discord", Community: "g", Channel: "c", Hour: base}
	const goroutines, each = 10, 10
	var wg sync.WaitGroup
	errs := make([]error, goroutines)
	for i := range goroutines {
		wg.Go(func() {
			for j := range each {
				if err := s.AddVolume(context.Background(), k, 2, int64(j%2)); err != nil {
					errs[i] = err
					return
				}
			}
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		t.Fatalf("AddVolume: %v", err)
	}
	hour := base.Truncate(time.Hour)
	k.Hour = hour
	checkVolume(t, volume(t, s, hour, hour.Add(time.Hour)), []storage.VolumeRow{{VolumeKey: k, Messages: 2 * goroutines * each, Flagged: goroutines * each / 2}})
}

func testPurge(t *testing.T, s storage.Store) {
	ctx := context.Background()
	cutoff := base.Add(-24 * time.Hour)
	var old, recent []storage.Case
	for i := range 3 {
		c := fullCase(fmt.Sprint("old", i))
		c.Purged = false
		c.CreatedAt = cutoff.Add(-time.Duration(i+1) * time.Hour).In(cet)
		old = append(old, mustCreate(t, s, c))
	}
	for i, created := range []time.Time{cutoff, base} { // CreatedAt == cutoff is not before it
		c := fullCase(fmt.Sprint("new", i))
		c.Purged = false
		c.CreatedAt = created
		recent = append(recent, mustCreate(t, s, c))
	}

	n, err := s.Purge(ctx, cutoff.In(cet))
	if err != nil {
		t.Fatalf("Purge: %v", err)
	}
	if n != len(old) {
		t.Errorf("Purge = %d, want %d", n, len(old))
	}
	for _, c := range old {
		want := c
		want.AuthorName, want.AuthorRef, want.Text, want.JumpURL, want.Notes, want.Context = "", "", "", "", nil, nil
		want.Verdict.Normalized = ""
		want.Verdict.Matches = slices.Clone(c.Verdict.Matches)
		for i := range want.Verdict.Matches {
			want.Verdict.Matches[i].Text = ""
		}
		want.Verdict.Guarded = slices.Clone(c.Verdict.Guarded)
		for i := range want.Verdict.Guarded {
			want.Verdict.Guarded[i].Text = ""
		}
		want.Purged = true
		want.Version = c.Version + 1
		checkCase(t, fmt.Sprintf("purged case %s", c.Key), mustGet(t, s, c.ID), want)
	}
	for _, c := range recent {
		checkCase(t, fmt.Sprintf("recent case %s", c.Key), mustGet(t, s, c.ID), c)
	}

	if n, err := s.Purge(ctx, cutoff); err != nil || n != 0 {
		t.Errorf("second Purge = %d, %v; want 0, nil", n, err)
	}
	if n, err := s.Purge(ctx, base.Add(time.Nanosecond)); err != nil || n != len(recent) {
		t.Errorf("Purge of the rest = %d, %v; want %d, nil", n, err, len(recent))
	}
	// A purged case still counts in reports.
	got, err := s.ListCases(ctx, storage.CaseQuery{Platform: "discord", Community: "guild-1", Author: "pseud-abc", States: []storage.State{storage.StateClaimed}})
	if err != nil || len(got) != len(old)+len(recent) {
		t.Errorf("ListCases after Purge = %d cases, %v; want %d", len(got), err, len(old)+len(recent))
	}
}

// calls are one call of each Store method, for the closed and cancelled
// checks.
func calls(id storage.CaseID) map[string]func(ctx context.Context, s storage.Store) error {
	return map[string]func(ctx context.Context, s storage.Store) error{
		"CreateCase": func(ctx context.Context, s storage.Store) error {
			_, _, err := s.CreateCase(ctx, fullCase("another"))
			return err
		},
		"GetCase": func(ctx context.Context, s storage.Store) error {
			_, err := s.GetCase(ctx, id)
			return err
		},
		"UpdateCase": func(ctx context.Context, s storage.Store) error {
			_, err := s.UpdateCase(ctx, id, func(c *storage.Case) error { c.Reoffers++; return nil })
			return err
		},
		"ListCases": func(ctx context.Context, s storage.Store) error {
			_, err := s.ListCases(ctx, storage.CaseQuery{})
			return err
		},
		"AddAudit": func(ctx context.Context, s storage.Store) error {
			return s.AddAudit(ctx, storage.AuditEntry{At: base, CaseID: id, Actor: "a", Action: "claim"})
		},
		"ListAudit": func(ctx context.Context, s storage.Store) error {
			_, err := s.ListAudit(ctx, storage.AuditQuery{})
			return err
		},
		"AddVolume": func(ctx context.Context, s storage.Store) error {
			return s.AddVolume(ctx, storage.VolumeKey{Platform: "p", Community: "c", Channel: "ch", Hour: base}, 3, 1)
		},
		"Volume": func(ctx context.Context, s storage.Store) error {
			_, err := s.Volume(ctx, base.Add(-time.Hour), base.Add(time.Hour))
			return err
		},
		"Purge": func(ctx context.Context, s storage.Store) error {
			_, err := s.Purge(ctx, base.Add(time.Hour))
			return err
		},
		"PurgeRetention": func(ctx context.Context, s storage.Store) error {
			_, err := s.PurgeRetention(ctx, storage.Retention{Before: base.Add(time.Hour), EvidenceBefore: base.Add(time.Hour)})
			return err
		},
		"ForgetAuthor": func(ctx context.Context, s storage.Store) error {
			_, err := s.ForgetAuthor(ctx, "pseud-abc")
			return err
		},
	}
}

func testClosed(t *testing.T, s storage.Store) {
	c := mustCreate(t, s, fullCase("k"))
	if err := s.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	for name, call := range calls(c.ID) {
		if err := call(context.Background(), s); !errors.Is(err, storage.ErrClosed) {
			t.Errorf("%s after Close: error = %v, want storage.ErrClosed", name, err)
		}
	}
	if err := s.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
}

func testContextCancelled(t *testing.T, s storage.Store) {
	c := mustCreate(t, s, fullCase("k"))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for name, call := range calls(c.ID) {
		if err := call(ctx, s); !errors.Is(err, context.Canceled) {
			t.Errorf("%s with a cancelled context: error = %v, want context.Canceled", name, err)
		}
	}
	// Nothing was written.
	checkCase(t, "GetCase after cancelled calls", mustGet(t, s, c.ID), c)
	if es := listAudit(t, s, storage.AuditQuery{}); len(es) != 0 {
		t.Errorf("ListAudit: %d entries after a cancelled AddAudit, want 0", len(es))
	}
	if rows := volume(t, s, base.Add(-time.Hour), base.Add(time.Hour)); len(rows) != 0 {
		t.Errorf("Volume = %s after a cancelled AddVolume, want none", show(rows))
	}
}

// testListPromptDue checks the outbox query: cases that still owe prompts,
// by the time from which they may be sent, leaving once cleared.
func testListPromptDue(t *testing.T, s storage.Store) {
	ctx := context.Background()
	h := func(n int) time.Time { return base.Add(time.Duration(n) * time.Hour) }
	mk := func(key string, due time.Time) storage.Case {
		return mustCreate(t, s, storage.Case{Key: key, Platform: "discord", Community: "g1", Channel: "ch1",
			Author: "a1", State: storage.StateOpen, CreatedAt: h(0), PromptDue: due})
	}
	p1 := mk("p1", h(1))
	mk("p2", time.Time{})
	mk("p3", h(3).In(cet))
	tests := []struct {
		name string
		q    storage.CaseQuery
		want []string
	}{
		{"none due yet", storage.CaseQuery{PromptDueBefore: h(1)}, []string{}},
		{"one due", storage.CaseQuery{PromptDueBefore: h(1).Add(1)}, []string{"p1"}},
		{"both due", storage.CaseQuery{PromptDueBefore: h(9)}, []string{"p1", "p3"}},
		{"limit", storage.CaseQuery{PromptDueBefore: h(9), Limit: 1}, []string{"p1"}},
		{"and state", storage.CaseQuery{PromptDueBefore: h(9), States: []storage.State{storage.StateClosed}}, []string{}},
	}
	for _, tt := range tests {
		if got := listKeys(t, s, tt.q); !slices.Equal(got, tt.want) {
			t.Errorf("%s: ListCases(%+v) = %v, want %v", tt.name, tt.q, got, tt.want)
		}
	}
	if _, err := s.UpdateCase(ctx, p1.ID, func(c *storage.Case) error { c.PromptDue = time.Time{}; return nil }); err != nil {
		t.Fatalf("UpdateCase(p1): %v", err)
	}
	if got := listKeys(t, s, storage.CaseQuery{PromptDueBefore: h(9)}); !slices.Equal(got, []string{"p3"}) {
		t.Errorf("after clearing p1: ListCases(due) = %v, want [p3]", got)
	}
	got, err := s.GetCase(ctx, p1.ID)
	if err != nil || !got.PromptDue.IsZero() {
		t.Errorf("GetCase(p1).PromptDue = %v, %v; want zero", got.PromptDue, err)
	}
}
