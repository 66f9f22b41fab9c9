package bench_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/trygbot/trygbot/bench"
)

// writeCorpus makes a tiny corpus in the shared format: 200 messages, 10
// of them with a planted term, some obfuscated.
func writeCorpus(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	forms := []struct{ term, obf, form string }{
		{"zorblax", "none", "zorblax"}, {"quibnok", "leet", "qu1bn0k"}, {"zorblax", "separators", "z.o.r.b.l.a.x"},
		{"quibnok", "repeat", "quibbbnok"}, {"zorblax", "zerowidth", "zor\u200bblax"}, {"quibnok", "diacritics", "quíbnök"},
		{"zorblax", "case", "ZorBLAX"}, {"quibnok", "combo:leet+separators", "q-u-1-b-n-0-k"}, {"zorblax", "none", "zorblax"},
		{"quibnok", "none", "quibnok"},
	}
	var msgs, labels strings.Builder
	for i := 1; i <= 200; i++ {
		text := fmt.Sprintf("hej med dig nummer %d, vi ses i morgen", i)
		if i%20 == 0 {
			f := forms[i/20-1]
			text = "jeg synes " + f.form + " er mærkeligt"
			fmt.Fprintf(&labels, `{"id":"m%06d","term":%q,"obfuscation":%q,"form":%q}`+"\n", i, f.term, f.obf, f.form)
		}
		fmt.Fprintf(&msgs, `{"id":"m%06d","platform":"discord","channel":"general","author":"u%d","text":%q}`+"\n", i, i%7, text)
	}
	for name, body := range map[string]string{"messages.jsonl": msgs.String(), "labels.jsonl": labels.String(), "terms.txt": "zorblax\nquibnok\n"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestRunFollowsTheContract(t *testing.T) {
	dir := writeCorpus(t)
	rep, err := bench.Run(bench.Options{Dir: dir, Lists: []string{"terms.txt"}, Passes: 3, Warmup: 10 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Rows) != 2 || rep.Rows[0].Approach != bench.ApproachEngine || rep.Rows[1].Approach != bench.ApproachBaseline {
		t.Fatalf("rows = %+v, want the engine's and the baseline's", rep.Rows)
	}
	// The baseline finds what is written plainly (in any case) and no
	// evasion: the two plain "zorblax", the plain "quibnok" and "ZorBLAX".
	if b := rep.Rows[1]; b.PlantedFound != 4 || b.NotPlanted != 0 || len(b.Passes) != 3 || b.ByKind["case"] != [2]int{1, 1} || b.ByKind["leet"][0] != 0 {
		t.Errorf("baseline row = %+v", b)
	}
	r := rep.Rows[0]
	if r.Messages != 200 || len(r.Passes) != 3 || r.Flagged != 10 || r.PlantedFound != 10 || r.NotPlanted != 0 {
		t.Errorf("row = %+v", r)
	}
	if got := r.ByKind["combo"]; got != [2]int{1, 1} {
		t.Errorf("combo found/total = %v", got)
	}
	if len(rep.Checksums) == 0 {
		t.Error("the tiny corpus's sums differ from the contract's, but no warning was raised")
	}
	var out strings.Builder
	rep.Markdown(&out)
	for _, want := range []string{"| term list | approach | msgs/s (median) |", "| terms.txt |", "Planted found by obfuscation kind", "GOMAXPROCS: 1", "WARNING",
		bench.ApproachBaseline, "Speed against the baseline measured in this run", "| terms.txt | "} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, out.String())
		}
	}
}

func TestRunReportsMissingFiles(t *testing.T) {
	if _, err := bench.Run(bench.Options{Dir: t.TempDir(), Lists: []string{"terms.txt"}}); err == nil {
		t.Error("no error for a directory without the corpus")
	}
}

// TestBaselineMatchesPlainly: the same-run baseline is Aho-Corasick over
// lower-cased bytes, Danish capitals included, with no other folding.
func TestBaselineMatchesPlainly(t *testing.T) {
	path := filepath.Join(t.TempDir(), "terms.txt")
	if err := os.WriteFile(path, []byte("zorblax\nklamme kvusk\nskræm\nab\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	b, err := bench.NewBaseline(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"hej zorblax", true}, {"HEJ ZORBLAX!", true}, {"det er KLAMME KVUSK", true}, {"SKRÆM dem", true},
		{"xxzorblaxxx", true}, // no word boundaries, as the peer
		{"z.o.r.b.l.a.x", false}, {"zorbl4x", false}, {"klamme  kvusk", false}, {"zorbla", false},
		{"a b", false}, {"", false}, {"\xc3", false},
	} {
		if got := b.Flagged(tc.text); got != tc.want {
			t.Errorf("Flagged(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
