package storagetest

import (
	"context"
	"fmt"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/trygbot/trygbot/rules"
	"github.com/trygbot/trygbot/storage"
)

// sourceCase is a case of the rules (flagged, or a member's report) or
// of a model's second opinion, with or without the model's opinion.
func sourceCase(key string, source string, flagged, reported bool, model *storage.ModelOpinion) storage.Case {
	return storage.Case{Key: key, Platform: "discord", Community: "g1", Channel: "ch1", Author: "a1",
		State: storage.StateOpen, CreatedAt: base, Source: source, UserReported: reported, Model: model,
		Verdict: rules.Verdict{Flagged: flagged}}
}

// testListBySource: CaseQuery.Source selects the cases a model's second
// opinion opened, or the others; FlaggedBy says what flagged each.
func testListBySource(t *testing.T, s storage.Store) {
	agrees := &storage.ModelOpinion{Name: "m", At: base, Hate: true, Label: "unsafe"}
	disagrees := &storage.ModelOpinion{Name: "m", At: base, Label: "safe"}
	for _, tc := range []struct {
		c    storage.Case
		want string // FlaggedBy
	}{
		{sourceCase("rules", "", true, false, nil), storage.SourceRules},
		{sourceCase("both", "", true, false, agrees), storage.SourceBoth},
		{sourceCase("disagreed", "", true, false, disagrees), storage.SourceRules},
		{sourceCase("model", storage.SourceModel, false, false, agrees), storage.SourceModel},
		{sourceCase("report", "", false, true, agrees), ""},
		{sourceCase("model2", storage.SourceModel, false, false, agrees), storage.SourceModel},
	} {
		c := mustCreate(t, s, tc.c)
		if got := mustGet(t, s, c.ID); got.FlaggedBy() != tc.want || got.Source != tc.c.Source {
			t.Errorf("case %s: FlaggedBy %q, Source %q; want %q, %q", tc.c.Key, got.FlaggedBy(), got.Source, tc.want, tc.c.Source)
		}
	}
	open := []storage.State{storage.StateOpen}
	for _, tc := range []struct {
		q    storage.CaseQuery
		want []string
	}{
		{storage.CaseQuery{}, []string{"rules", "both", "disagreed", "model", "report", "model2"}},
		{storage.CaseQuery{Source: storage.SourceModel}, []string{"model", "model2"}},
		{storage.CaseQuery{Source: storage.SourceRules}, []string{"rules", "both", "disagreed", "report"}},
		{storage.CaseQuery{Source: storage.SourceModel, States: open, Community: "g1", Limit: 1}, []string{"model"}},
		{storage.CaseQuery{Source: storage.SourceModel, Community: "other"}, nil},
	} {
		if got := listKeys(t, s, tc.q); !slices.Equal(got, tc.want) {
			t.Errorf("ListCases(%+v) = %v, want %v", tc.q, got, tc.want)
		}
	}
}

// testModelOpinion: an opinion stored with UpdateCase after the case was
// opened comes back whole, in UTC, and retention keeps it (it holds no
// text; reports need it).
func testModelOpinion(t *testing.T, s storage.Store) {
	ctx := context.Background()
	c := mustCreate(t, s, sourceCase("k", "", true, false, nil))
	if c.Model != nil {
		t.Fatalf("new case has a model opinion: %+v", c.Model)
	}
	at := base.Add(3 * time.Second).In(cet)
	op := storage.ModelOpinion{Name: "llama-guard3:1b", At: at, Hate: false, Label: "unsafe",
		Categories: []string{"S6", "S14"}, Confidence: new(0.25)}
	if _, err := s.UpdateCase(ctx, c.ID, func(c *storage.Case) error { c.Model = &op; return nil }); err != nil {
		t.Fatal(err)
	}
	op.Categories[0] = "changed after the update" // the store took a copy
	want := storage.ModelOpinion{Name: "llama-guard3:1b", At: utc(at), Label: "unsafe",
		Categories: []string{"S6", "S14"}, Confidence: new(0.25)}
	got := mustGet(t, s, c.ID)
	if got.Model == nil || !reflect.DeepEqual(*got.Model, want) || got.Model.At.Location() != time.UTC {
		t.Fatalf("model opinion = %+v, want %+v", got.Model, want)
	}
	if got.FlaggedBy() != storage.SourceRules {
		t.Errorf("FlaggedBy = %q, want rules (the model disagreed)", got.FlaggedBy())
	}
	if n, err := s.Purge(ctx, base.Add(time.Hour)); err != nil || n != 1 {
		t.Fatalf("Purge = %d, %v", n, err)
	}
	if got := mustGet(t, s, c.ID); got.Model == nil || !reflect.DeepEqual(*got.Model, want) {
		t.Errorf("after Purge the model opinion is %+v, want it kept: %s", got.Model, fmt.Sprint(want))
	}
}
