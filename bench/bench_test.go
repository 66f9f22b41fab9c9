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
	if len(rep.Rows) != 1 {
		t.Fatalf("rows = %d", len(rep.Rows))
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
	for _, want := range []string{"| term list | approach | msgs/s (median) |", "| terms.txt |", "Planted found by obfuscation kind", "GOMAXPROCS: 1", "WARNING"} {
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
