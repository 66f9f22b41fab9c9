package eval

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// compareCases: the fake engine flags "zorb"; the fake model flags
// "blorp" and times out on "slow".
var compareCases = []Case{
	{Text: "zorb blorp", Hateful: true, Lang: "en"}, // both
	{Text: "zorb", Hateful: true, Lang: "da"},       // rules only
	{Text: "blorp", Hateful: true, Lang: "da"},      // model only
	{Text: "slow", Hateful: true, Lang: "en"},       // neither: the model timed out
	{Text: "blorp hello", Hateful: false},           // the model's false flag
	{Text: "hello", Hateful: false},                 // neither
}

func fakeOpinion(_ context.Context, text, _ string) Opinion {
	switch {
	case text == "slow":
		return Opinion{Err: errors.New("no answer within 10s"), Timeout: true}
	case text == "blorp hello":
		return Opinion{Flagged: true, Cached: true}
	case strings.Contains(text, "blorp"):
		return Opinion{Flagged: true, Latency: 20 * time.Millisecond}
	}
	return Opinion{Latency: 10 * time.Millisecond}
}

func TestAskInOrderWithWorkers(t *testing.T) {
	var inFlight, peak atomic.Int32
	ops := Ask(context.Background(), compareCases, "", 3, func(ctx context.Context, text, lang string) Opinion {
		n := inFlight.Add(1)
		defer inFlight.Add(-1)
		for {
			p := peak.Load()
			if n <= p || peak.CompareAndSwap(p, n) {
				break
			}
		}
		time.Sleep(5 * time.Millisecond)
		return fakeOpinion(ctx, text, lang)
	}, nil)
	if len(ops) != len(compareCases) || !ops[0].Flagged || ops[1].Flagged || !ops[3].Timeout || peak.Load() > 3 || peak.Load() < 2 {
		t.Errorf("opinions %+v, peak %d", ops, peak.Load())
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	ops = Ask(ctx, compareCases, "en", 2, fakeOpinion, nil)
	for i, op := range ops {
		if !errors.Is(op.Err, context.Canceled) {
			t.Errorf("case %d after cancel: %+v", i, op)
		}
	}
}

func TestCompare(t *testing.T) {
	ops := Ask(context.Background(), compareCases, "", 2, fakeOpinion, nil)
	c := Compare(&fakeEngine{}, compareCases, "", ops, "guard (qwen3guard)", 2*time.Second)
	if c.Rules != (Counts{TP: 2, FN: 2, TN: 2}) || c.Model != (Counts{TP: 2, FN: 2, TN: 1, FP: 1}) || c.Either != (Counts{TP: 3, FN: 1, TN: 1, FP: 1}) {
		t.Errorf("rules %+v model %+v either %+v", c.Rules, c.Model, c.Either)
	}
	if c.Asked != 6 || c.Errors != 1 || c.Timeouts != 1 || c.Cached != 1 || len(c.Latencies) != 4 || c.Latency(0.5) != 20*time.Millisecond || c.PerSecond() != 2.5 {
		t.Errorf("comparison %+v", c)
	}
	var b bytes.Buffer
	if err := WriteReport(&b, Run(&fakeEngine{}, compareCases, "", 0, nil), ReportOptions{Name: "s.csv", Compare: &c}); err != nil {
		t.Fatal(err)
	}
	want := `### rules, model and either

Model: guard (qwen3guard). Either: flagged when the rules or the model flag. A case the model gave no answer on counts as not flagged by it.

| source | flagged | precision | recall |    F1 | hateful acc. | non-hateful acc. | errors | timeouts |
| ------ | ------: | --------: | -----: | ----: | -----------: | ---------------: | -----: | -------: |
| rules  |       2 |    100.0% |  50.0% | 66.7% |        50.0% |           100.0% |      - |        - |
| model  |       3 |     66.7% |  50.0% | 57.1% |        50.0% |            50.0% |      1 |        1 |
| either |       4 |     75.0% |  75.0% | 75.0% |        75.0% |            50.0% |      - |        - |

Model answers: 5 of 6 cases (1 error, 1 timeout, 1 from the cache); fresh answers took 20 ms median, 20 ms p95; 2.5 answers a second over 2s.
`
	if !strings.Contains(b.String(), want) {
		t.Errorf("report lacks the comparison:\n%s\nwant:\n%s", b.String(), want)
	}
	b.Reset()
	if err := WriteJSON(&b, Run(&fakeEngine{}, compareCases, "", 0, nil), ReportOptions{Name: "s.csv", Compare: &c}); err != nil {
		t.Fatal(err)
	}
	var rep Report
	if err := json.Unmarshal(b.Bytes(), &rep); err != nil {
		t.Fatal(err)
	}
	r := rep.Compare
	if r == nil || r.Model != "guard (qwen3guard)" || r.Sources.Either.TP != 3 || r.Sources.Model.FP != 1 || r.Sources.Rules.Flagged != 2 ||
		r.Errors != 1 || r.Timeouts != 1 || r.LatencyP50MS != 20 || r.PerSecond != 2.5 || float64(r.Sources.Model.Precision) < 0.66 {
		t.Errorf("compare %+v", r)
	}
	b.Reset()
	WriteJSON(&b, Run(&fakeEngine{}, compareCases, "", 0, nil), ReportOptions{Name: "s.csv"})
	if strings.Contains(b.String(), `"compare"`) {
		t.Errorf("a report without a second opinion has one: %s", b.String())
	}
}
