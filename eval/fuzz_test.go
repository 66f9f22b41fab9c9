package eval

import (
	"bytes"
	"encoding/csv"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/trygbot/trygbot/rules"
)

// FuzzReadCases feeds ReadCases any bytes, seeded with the suites in
// testdata and the corpus in testdata/fuzz/FuzzReadCases. It never panics;
// what it reads has trimmed texts and known categories, and reads back the
// same when written out in the project's own suite format.
func FuzzReadCases(f *testing.F) {
	for _, pattern := range []string{"*.csv", "*.tsv"} {
		files, _ := filepath.Glob(filepath.Join("testdata", pattern))
		for _, name := range files {
			b, err := os.ReadFile(name)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(b)
		}
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		cases, err := ReadCases(bytes.NewReader(in))
		if err != nil {
			if cases != nil {
				t.Fatalf("ReadCases returned cases and error %v", err)
			}
			if !strings.HasPrefix(err.Error(), "eval: ") {
				t.Fatalf("error %q does not start with eval:", err)
			}
			return
		}
		for i, c := range cases {
			if c.Text != strings.TrimSpace(c.Text) {
				t.Fatalf("case %d text %q not trimmed", i, c.Text)
			}
			if c.Category != "" && !slices.Contains(rules.Categories, c.Category) {
				t.Fatalf("case %d category %q", i, c.Category)
			}
			if c.Lang != strings.ToLower(strings.TrimSpace(c.Lang)) {
				t.Fatalf("case %d lang %q not normalised", i, c.Lang)
			}
		}
		var out bytes.Buffer
		w := csv.NewWriter(&out)
		w.Write([]string{"case_id", "functionality", "test_case", "label_gold", "target_ident", "category", "lang"})
		for i, c := range cases {
			if strings.Contains(c.Text+c.Functionality+c.Lang, "\r") {
				return // encoding/csv reads "\r\n" in a quoted field as "\n"
			}
			label := "non-hateful"
			if c.Hateful {
				label = "hateful"
			}
			w.Write([]string{strconv.Itoa(i + 1), c.Functionality, c.Text, label, "", string(c.Category), c.Lang})
		}
		w.Flush()
		again, err := ReadCases(&out)
		if err != nil {
			t.Fatalf("reading back %q: %v", out.String(), err)
		}
		if !slices.Equal(again, cases) {
			t.Fatalf("read back\n%+v\nfrom %q, want\n%+v", again, out.String(), cases)
		}
	})
}
