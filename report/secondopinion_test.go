package report_test

import (
	"context"
	"fmt"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/trygbot/trygbot/report"
	"github.com/trygbot/trygbot/rules"
	"github.com/trygbot/trygbot/storage"
)

// TestPrecisionBySource: volunteers' "not hate" answers give each source
// its precision: the rules alone (the model disagreed or was not asked),
// the model alone, and both; open and expired cases are not judged. Cases
// the model opened alone are counted apart from the rules' flags, with
// their rate per 1,000 messages and share of flagged cases; the tables
// hide what describes fewer than MinGroup authors, as every section does.
func TestPrecisionBySource(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	if err := st.AddVolume(ctx, storage.VolumeKey{Platform: "discord", Community: "alpha", Channel: "c1", Hour: at(0, 10, 0).UTC()}, 2000, 0); err != nil {
		t.Fatal(err)
	}
	agrees := &storage.ModelOpinion{Name: "m", Hate: true, Label: "unsafe"}
	disagrees := &storage.ModelOpinion{Name: "m", Label: "safe"}
	n := 0
	add := func(count int, source string, flagged bool, model *storage.ModelOpinion, state storage.State, outcome string) {
		for range count {
			n++
			c := storage.Case{Platform: "discord", Community: "alpha", Channel: "c1", Author: rules.UserID(fmt.Sprint("a", n)),
				Category: rules.CatGeneralisation, State: state, Outcome: outcome, CreatedAt: at(0, 10, n),
				Verdict: rules.Verdict{Flagged: flagged}, Source: source, Model: model,
				UserReported: !flagged && source == ""}
			if _, _, err := st.CreateCase(ctx, c); err != nil {
				t.Fatal(err)
			}
		}
	}
	closed := storage.StateClosed
	// rules: 4 not hate of 8 judged, 1 open, 1 expired; the model
	// disagreed with 3 of them.
	add(3, "", true, disagrees, closed, storage.OutcomeDismissed)
	add(1, "", true, nil, closed, storage.OutcomeDismissed)
	add(4, "", true, nil, closed, storage.OutcomeResponded)
	add(1, "", true, nil, storage.StateOpen, "")
	add(1, "", true, nil, closed, storage.OutcomeExpired)
	// model: 3 not hate of 5 judged, 1 awaiting review.
	add(3, storage.SourceModel, false, agrees, closed, storage.OutcomeDismissed)
	add(2, storage.SourceModel, false, agrees, closed, storage.OutcomeEscalated)
	add(1, storage.SourceModel, false, agrees, storage.StateOpen, "")
	// both: 4 judged hate.
	add(4, "", true, agrees, closed, storage.OutcomeResponded)
	// a member's report the rules did not flag: no source.
	add(1, "", false, agrees, closed, storage.OutcomeDismissed)

	s, err := report.Build(ctx, st, report.Options{Week: report.Week{Year: 2026, Week: 47}, Location: cph, Now: func() time.Time { return at(7, 0, 0) }})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][4]int{"rules": {10, 8, 4}, "model": {6, 5, 3}, "both": {4, 4, 0}}
	wantPrec := map[string]float64{"rules": 0.5, "model": 0.4, "both": 1}
	for _, p := range s.Sources {
		w := want[p.Source]
		if p.Cases.N != w[0] || p.Judged.N != w[1] || p.NotHate.N != w[2] || math.Abs(p.Precision-wantPrec[p.Source]) > 1e-9 {
			t.Errorf("%s: %+v, want cases %d judged %d not hate %d precision %v", p.Source, p, w[0], w[1], w[2], wantPrec[p.Source])
		}
	}
	if len(s.Sources) != 3 {
		t.Errorf("sources = %+v", s.Sources)
	}
	if m := s.ModelOnly; m.Cases.N != 6 || math.Abs(m.Per1000-3) > 1e-9 || math.Abs(m.Share-0.3) > 1e-9 {
		t.Errorf("model only = %+v, want 6 cases, 3.0 per 1,000, 30%% of 20", m)
	}
	if s.Total.Flags.N != 14 {
		t.Errorf("flags = %d, want the rules' 14 (model-only cases counted apart)", s.Total.Flags.N)
	}
	var md strings.Builder
	if err := s.Markdown(&md); err != nil {
		t.Fatal(err)
	}
	for _, row := range []string{"| rules | 10 | 8 | 4 | 50% |", "| model | 6 | 5 | 3 | 40% |", "| both | 4 | 4 | 0 | 100% |",
		"| per 1,000 messages | 3.0 |", "| share of flagged cases | 30% |"} {
		if !strings.Contains(md.String(), row) {
			t.Errorf("Markdown lacks %q:\n%s", row, md.String())
		}
	}
	var csv strings.Builder
	if err := s.CSV(&csv); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(csv.String(), "precision_by_source,model,6,5,3,40%") || !strings.Contains(csv.String(), "model_only,cases,6") {
		t.Errorf("CSV lacks the second opinion's sections:\n%s", csv.String())
	}
	var html strings.Builder
	if err := s.HTML(&html); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(html.String(), "Precision by source") || !strings.Contains(html.String(), "Model-only cases") {
		t.Error("HTML lacks the second opinion's sections")
	}
	// With a larger smallest group, what describes fewer authors hides.
	s, err = report.Build(ctx, st, report.Options{Week: report.Week{Year: 2026, Week: 47}, Location: cph, MinGroup: 5, Now: func() time.Time { return at(7, 0, 0) }})
	if err != nil {
		t.Fatal(err)
	}
	md.Reset()
	if err := s.Markdown(&md); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(md.String(), "| model | 6 | 5 | < 5 | < 5 |") {
		t.Errorf("MinGroup 5: the model's 3 not hate and its precision are not hidden:\n%s", md.String())
	}
}
