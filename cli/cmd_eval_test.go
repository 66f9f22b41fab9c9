package cli

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

func TestEvalPrecisionRecallBounds(t *testing.T) {
	csv := filepath.Join("testdata", "eval.csv") // precision 100%, recall 66.7%
	tests := []struct {
		name     string
		args     []string
		wantCode int // 0 for success
		wantMsg  string
	}{
		{"precision bound met", []string{"--min-precision", "1"}, 0, ""},
		{"recall bound met", []string{"--min-recall", "0.6"}, 0, ""},
		{"recall bound missed", []string{"--min-recall", "0.7"}, 3, "recall 66.7% < 70.0%"},
		{"two bounds missed", []string{"--min-recall", "0.9", "--min-accuracy", "0.8"}, 3, "accuracy 75.0% < 80.0%, recall 66.7% < 90.0%"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			args := append(append([]string{"eval", "--pack", testPack}, tc.args...), csv)
			_, _, err := runCLI(t, "", args...)
			if tc.wantCode == 0 {
				if err != nil {
					t.Fatalf("eval: %v", err)
				}
				return
			}
			if err == nil || exitCode(err) != tc.wantCode {
				t.Fatalf("eval: error %v (exit %d), want exit %d", err, exitCode(err), tc.wantCode)
			}
			if !strings.Contains(err.Error(), "eval.csv: "+tc.wantMsg) {
				t.Errorf("error %q does not say %q", err, tc.wantMsg)
			}
		})
	}
}

// The category suite and pack of the eval package's tests, loaded on top
// of the built-in packs: only the sections are checked, not figures that
// the built-in packs could change.
func TestEvalCategories(t *testing.T) {
	suite := filepath.Join("..", "eval", "testdata", "categories_mini.csv")
	pack := filepath.Join("..", "eval", "testdata", "categories.yaml")
	out, _, err := runCLI(t, "", "eval", "--pack", pack, "--show-errors", "20", suite)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"## " + suite,
		"| 11 | 8 | 3 |",
		"### by category",
		"| gold category  | cases | flagged | recall | same category | category recall |",
		"### category confusion",
		`| gold \ predicted |`,
		`- [threat_h gold=true category=threat predicted=slur] "we will come for every zorblax tonight"`,
		"FLAGGED: slur",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}

	out, _, err = runCLI(t, "", "eval", "--json", "--pack", pack, suite)
	if err != nil {
		t.Fatal(err)
	}
	var res struct {
		Cases     int `json:"cases"`
		Confusion struct {
			Gold []string `json:"gold"`
		} `json:"confusion"`
		ByCategory []struct{ Category string } `json:"by_category"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if res.Cases != 11 || len(res.Confusion.Gold) == 0 || res.Confusion.Gold[0] != "threat" || len(res.ByCategory) != 3 {
		t.Errorf("eval --json = %s", out)
	}
}
