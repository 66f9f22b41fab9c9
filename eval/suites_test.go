package eval_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/trygbot/trygbot/eval"
	"github.com/trygbot/trygbot/rules"
)

// The project's own held-out suites (eval/suites/*), written by people who
// had not read the rule packs, with floors the built-in packs must keep.
// The floors sit a little under the figures in docs/eval.md, so a change
// that trades a case for a better rule can land, and a change that loses
// more fails here. Raise them when the engine gets better.
func TestSuiteFloors(t *testing.T) {
	e, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	floors := []struct {
		file                string
		hateful, nonHateful float64
		minCases            int
	}{
		{"suites/da/functional.csv", 0.80, 0.985, 1500},
		{"suites/da/chat.csv", 0.66, 0.99, 400},
		{"suites/en/adversarial.csv", 0.57, 0.95, 500},
		{"suites/da2/messages.csv", 0.77, 0.97, 700},
		{"suites/en2/messages.csv", 0.56, 0.96, 600},
		{"suites/da3/messages.csv", 0.77, 0.96, 650},
		{"suites/da4/messages.csv", 0.72, 0.99, 650},
		{"suites/da5/messages.csv", 0.53, 0.97, 600},
		{"suites/en4/messages.csv", 0.35, 0.96, 540},
		{"suites/en5/messages.csv", 0.44, 0.97, 500},
		{"suites/en3/messages.csv", 0.63, 0.97, 500},
	}
	for _, f := range floors {
		t.Run(filepath.Base(filepath.Dir(f.file))+"/"+filepath.Base(f.file), func(t *testing.T) {
			file, err := os.Open(f.file)
			if err != nil {
				t.Fatal(err)
			}
			defer file.Close()
			cases, err := eval.ReadCases(file)
			if err != nil {
				t.Fatal(err)
			}
			if len(cases) < f.minCases {
				t.Fatalf("%d cases, want at least %d", len(cases), f.minCases)
			}
			res := eval.Run(e, cases, "", 0, nil)
			h, n := res.All.HatefulAccuracy(), res.All.NonHatefulAccuracy()
			t.Logf("hateful %.1f%%, non-hateful %.1f%%, precision %.1f%%, F1 %.1f%%", 100*h, 100*n, 100*res.All.Precision(), 100*res.All.F1())
			if h < f.hateful {
				t.Errorf("hateful accuracy %.1f%% is under the floor %.1f%%", 100*h, 100*f.hateful)
			}
			if n < f.nonHateful {
				t.Errorf("non-hateful accuracy %.1f%% is under the floor %.1f%%", 100*n, 100*f.nonHateful)
			}
		})
	}
}
