// Package bench runs the benchmark contract of the shared corpus
// (messages.jsonl, labels.jsonl, terms.txt, terms_10k.txt): the engine is
// built from each term list through the same pack compiler the bot uses,
// then timed single-threaded over all messages, and the result is reported
// as Markdown. It imports only rules.
package bench

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/trygbot/trygbot/rules"
)

// Files of the corpus and their published sha256 sums.
var Files = map[string]string{
	"messages.jsonl": "823984a5451e19ec91c20fea84b8870578678ad61b392216ba7f1f403ecd8d8c",
	"labels.jsonl":   "23a55e872633abe785c18d9b454ac3e1cf86438d5ea3f05a864a082a4426d30c",
	"terms.txt":      "0e86599f99259009d592cd4914e23892a8d8a83af36382c055b1e4a510c3d5a7",
	"terms_10k.txt":  "f6606dabcfd61dd15405a1bb3d5bc12e7248fe0f0e7d9db150152b17ad94e118",
}

// TextBytes is the size of all message texts, the base of MB/s.
const TextBytes = 19_193_280

// Options configure a run.
type Options struct {
	Dir    string
	Lists  []string      // term list files in Dir
	Passes int           // timed passes, at least 3
	Warmup time.Duration // warm-up bound (one pass at most)
	// Progress, if set, is told what is happening.
	Progress func(format string, args ...any)
}

// Label is one planted message of labels.jsonl.
type Label struct {
	ID          string `json:"id"`
	Term        string `json:"term"`
	Obfuscation string `json:"obfuscation"`
	Form        string `json:"form"`
}

// The approaches a run measures.
const (
	ApproachEngine   = "trygbot rules engine (normalise + Aho-Corasick + guards)"
	ApproachBaseline = "baseline: Aho-Corasick over lower-cased text, no other normalisation (this run)"
)

// Row is the measurement of one term list by one approach.
type Row struct {
	List         string
	Approach     string
	Build        time.Duration
	EngineStats  string
	Passes       []time.Duration
	Median       time.Duration
	AllocsPerMsg float64
	BytesPerMsg  float64
	Flagged      int
	PlantedFound int
	NotPlanted   int
	ByKind       map[string][2]int // kind -> found, total
	Messages     int
}

// MsgsPerSec at the median pass.
func (r Row) MsgsPerSec() float64 { return float64(r.Messages) / r.Median.Seconds() }

// Report is a whole run.
type Report struct {
	Date       time.Time
	GoVersion  string
	Platform   string
	CPU        string
	GOMAXPROCS int
	Commit     string
	Command    string
	Checksums  []string // problems with the files, if any
	Rows       []Row
}

// Run measures every list. It sets GOMAXPROCS to 1 for its duration.
func Run(o Options) (*Report, error) {
	if o.Passes < 3 {
		o.Passes = 3
	}
	if o.Warmup == 0 {
		o.Warmup = 2 * time.Second
	}
	say := o.Progress
	if say == nil {
		say = func(string, ...any) {}
	}
	prev := runtime.GOMAXPROCS(1)
	defer runtime.GOMAXPROCS(prev)

	rep := &Report{Date: time.Now().UTC(), GoVersion: runtime.Version(), Platform: runtime.GOOS + "/" + runtime.GOARCH,
		CPU: cpuModel(), GOMAXPROCS: runtime.GOMAXPROCS(0)}
	say("checking file sums")
	rep.Checksums = verify(o.Dir, append([]string{"messages.jsonl", "labels.jsonl"}, o.Lists...))
	say("reading messages")
	texts, ids, err := readMessages(filepath.Join(o.Dir, "messages.jsonl"))
	if err != nil {
		return nil, err
	}
	labels, err := readLabels(filepath.Join(o.Dir, "labels.jsonl"))
	if err != nil {
		return nil, err
	}
	for _, list := range o.Lists {
		row, err := measure(o, list, texts, ids, labels, say)
		if err != nil {
			return nil, err
		}
		rep.Rows = append(rep.Rows, row)
		base, err := measureBaseline(o, list, texts, ids, labels, say)
		if err != nil {
			return nil, err
		}
		rep.Rows = append(rep.Rows, base)
	}
	return rep, nil
}

// Build compiles the engine for a term list: the built-in base pack (the
// guards' word lists, no rules) and the list as one whole-word rule.
func Build(path string) (*rules.Engine, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("bench: %w", err)
	}
	defer f.Close()
	list, err := rules.TermListPack(filepath.Base(path), f, rules.CatSlur, rules.SevHigh)
	if err != nil {
		return nil, err
	}
	base, err := rules.BuiltinPack("base")
	if err != nil {
		return nil, err
	}
	return rules.Compile(base, list)
}

func measure(o Options, list string, texts, ids []string, labels map[string]Label, say func(string, ...any)) (Row, error) {
	row := Row{List: list, Approach: ApproachEngine, Messages: len(texts)}
	t0 := time.Now()
	eng, err := Build(filepath.Join(o.Dir, list))
	if err != nil {
		return row, err
	}
	row.Build = time.Since(t0)
	row.EngineStats = eng.Stats()
	check := func(text string) bool { return eng.Evaluate(rules.Message{Text: text}).Flagged }
	return timeAndScore(o, row, check, texts, ids, labels, say), nil
}

// measureBaseline times the same-run baseline the same way.
func measureBaseline(o Options, list string, texts, ids []string, labels map[string]Label, say func(string, ...any)) (Row, error) {
	row := Row{List: list, Approach: ApproachBaseline, Messages: len(texts)}
	t0 := time.Now()
	b, err := NewBaseline(filepath.Join(o.Dir, list))
	if err != nil {
		return row, err
	}
	row.Build = time.Since(t0)
	return timeAndScore(o, row, b.Flagged, texts, ids, labels, say), nil
}

// timeAndScore warms check up, times its passes over every message and
// scores what it flags against the labels, outside the timed passes.
func timeAndScore(o Options, row Row, check func(string) bool, texts, ids []string, labels map[string]Label, say func(string, ...any)) Row {
	list := row.List
	if row.Approach == ApproachBaseline {
		list += " (baseline)"
	}
	say("%s: warming up", list)
	start := time.Now()
	for _, t := range texts {
		check(t)
		if time.Since(start) > o.Warmup {
			break
		}
	}
	var ms runtime.MemStats
	type pass struct {
		d             time.Duration
		allocs, bytes uint64
		flagged       int
	}
	passes := make([]pass, 0, o.Passes)
	for p := 0; p < o.Passes; p++ {
		say("%s: pass %d of %d", list, p+1, o.Passes)
		runtime.GC()
		runtime.ReadMemStats(&ms)
		m0, b0 := ms.Mallocs, ms.TotalAlloc
		flagged := 0
		t0 := time.Now()
		for _, t := range texts {
			if check(t) {
				flagged++
			}
		}
		d := time.Since(t0)
		runtime.ReadMemStats(&ms)
		passes = append(passes, pass{d, ms.Mallocs - m0, ms.TotalAlloc - b0, flagged})
	}
	sort.Slice(passes, func(i, j int) bool { return passes[i].d < passes[j].d })
	med := passes[len(passes)/2]
	for _, p := range passes {
		row.Passes = append(row.Passes, p.d)
	}
	row.Median = med.d
	row.AllocsPerMsg = float64(med.allocs) / float64(len(texts))
	row.BytesPerMsg = float64(med.bytes) / float64(len(texts))
	row.Flagged = med.flagged

	// Accuracy, outside the timed passes.
	say("%s: scoring against labels", list)
	row.ByKind = map[string][2]int{}
	for _, l := range labels {
		k := kind(l.Obfuscation)
		c := row.ByKind[k]
		c[1]++
		row.ByKind[k] = c
	}
	for i, t := range texts {
		if !check(t) {
			continue
		}
		l, planted := labels[ids[i]]
		if !planted {
			row.NotPlanted++
			continue
		}
		row.PlantedFound++
		k := kind(l.Obfuscation)
		c := row.ByKind[k]
		c[0]++
		row.ByKind[k] = c
	}
	return row
}

func kind(o string) string {
	if strings.HasPrefix(o, "combo:") {
		return "combo"
	}
	return o
}

func readMessages(path string) (texts, ids []string, err error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, fmt.Errorf("bench: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for n := 1; sc.Scan(); n++ {
		var m struct{ ID, Text string }
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			return nil, nil, fmt.Errorf("bench: %s line %d: %w", path, n, err)
		}
		texts = append(texts, m.Text)
		ids = append(ids, m.ID)
	}
	if err := sc.Err(); err != nil {
		return nil, nil, fmt.Errorf("bench: read %s: %w", path, err)
	}
	return texts, ids, nil
}

func readLabels(path string) (map[string]Label, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("bench: %w", err)
	}
	defer f.Close()
	labels := map[string]Label{}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		var l Label
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			return nil, fmt.Errorf("bench: %s line %d: %w", path, n, err)
		}
		labels[l.ID] = l
	}
	return labels, sc.Err()
}

// verify compares files with their published sums.
func verify(dir string, names []string) []string {
	var problems []string
	for _, n := range names {
		want, ok := Files[n]
		if !ok {
			continue
		}
		f, err := os.Open(filepath.Join(dir, n))
		if err != nil {
			problems = append(problems, err.Error())
			continue
		}
		h := sha256.New()
		_, err = io.Copy(h, f)
		f.Close()
		if err != nil {
			problems = append(problems, err.Error())
			continue
		}
		if got := hex.EncodeToString(h.Sum(nil)); got != want {
			problems = append(problems, fmt.Sprintf("%s: sha256 %s, want %s", n, got, want))
		}
	}
	return problems
}

func cpuModel() string {
	b, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return "unknown"
	}
	for _, line := range strings.Split(string(b), "\n") {
		if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
			return strings.TrimSpace(v)
		}
	}
	return "unknown"
}

// Peer figures from the corpus README (10,000-term list, one 2-core
// machine, GOMAXPROCS=1); for orientation only, as they come from another
// run.
var Peers = []struct {
	Name       string
	MsgsPerS   float64
	Found      int
	NotPlanted int
}{
	{"Aho-Corasick over lower-cased text, no other normalisation", 2.51e6, 4293, 0},
	{"github.com/TwiN/go-away v1.6.13 IsProfane", 3.7e3, 5121, 291},
	{"naive lower-case + strings.Contains per term", 3.5e3, 4293, 0},
	{"JavaScript @2toad/profanity 3.3.0 (Node 20)", 254.5e3, 4293, 0},
	{"JavaScript leo-profanity 1.9.0 (Node 20)", 625.7e3, 3009, 0},
}

// Markdown writes the report as the contract asks.
func (r *Report) Markdown(w io.Writer) {
	fmt.Fprintf(w, "# trygbot bench\n\n")
	fmt.Fprintf(w, "- date (UTC): %s\n- Go: %s, %s\n- CPU: %s\n- GOMAXPROCS: %d\n- commit: %s\n- command: `%s`\n",
		r.Date.Format("2006-01-02 15:04:05"), r.GoVersion, r.Platform, r.CPU, r.GOMAXPROCS, r.Commit, r.Command)
	if len(r.Checksums) > 0 {
		fmt.Fprintf(w, "- WARNING, input files differ from the contract: %s\n", strings.Join(r.Checksums, "; "))
	} else {
		fmt.Fprintf(w, "- input files: sha256 sums match the corpus README\n")
	}
	fmt.Fprintf(w, "\n| term list | approach | msgs/s (median) | min–max msgs/s | MB/s | ns/msg | allocs/msg | B/msg | flagged | planted found | flagged-not-planted | build time |\n")
	fmt.Fprintf(w, "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n")
	for _, row := range r.Rows {
		slowest, fastest := slices.Max(row.Passes), slices.Min(row.Passes)
		n := float64(row.Messages)
		fmt.Fprintf(w, "| %s | %s | %s | %s–%s | %.1f | %.0f | %.3f | %.1f | %d | %d | %d | %s |\n",
			row.List, row.Approach, si(row.MsgsPerSec()), si(n/slowest.Seconds()), si(n/fastest.Seconds()),
			float64(TextBytes)/1e6/row.Median.Seconds(), float64(row.Median.Nanoseconds())/n,
			row.AllocsPerMsg, row.BytesPerMsg, row.Flagged, row.PlantedFound, row.NotPlanted, row.Build.Round(time.Millisecond))
	}
	r.ratios(w)
	fmt.Fprintf(w, "\nPlanted found by obfuscation kind:\n\n| term list |")
	kinds := []string{"none", "case", "leet", "separators", "repeat", "zerowidth", "diacritics", "combo"}
	for _, k := range kinds {
		fmt.Fprintf(w, " %s |", k)
	}
	fmt.Fprintf(w, "\n|---|%s\n", strings.Repeat("---:|", len(kinds)))
	for _, row := range r.Rows {
		if row.Approach != ApproachEngine {
			continue
		}
		fmt.Fprintf(w, "| %s |", row.List)
		for _, k := range kinds {
			c := row.ByKind[k]
			fmt.Fprintf(w, " %d/%d |", c[0], c[1])
		}
		fmt.Fprintln(w)
	}
	for _, row := range r.Rows {
		if row.List != "terms_10k.txt" || row.Approach != ApproachEngine {
			continue
		}
		fmt.Fprintf(w, "\nRatio to the peer figures in the corpus README (10k list; their run, not this one, so orientation only):\n\n")
		fmt.Fprintf(w, "| peer | peer msgs/s | trygbot / peer speed | peer planted found | peer flagged-not-planted |\n|---|---:|---:|---:|---:|\n")
		for _, p := range Peers {
			fmt.Fprintf(w, "| %s | %s | %.2fx | %d | %d |\n", p.Name, si(p.MsgsPerS), row.MsgsPerSec()/p.MsgsPerS, p.Found, p.NotPlanted)
		}
		fmt.Fprintf(w, "\nEngine: %s.\n", row.EngineStats)
	}
}

func si(v float64) string {
	switch {
	case v >= 1e6:
		return fmt.Sprintf("%.2fM", v/1e6)
	case v >= 1e3:
		return fmt.Sprintf("%.1fk", v/1e3)
	}
	return fmt.Sprintf("%.0f", v)
}

// ratios writes the engine's speed as a share of the same-run baseline's,
// per term list: the comparison the contract asks for.
func (r *Report) ratios(w io.Writer) {
	fmt.Fprintf(w, "\nSpeed against the baseline measured in this run, on this machine:\n\n| term list | engine msgs/s | baseline msgs/s | engine / baseline |\n|---|---:|---:|---:|\n")
	for _, e := range r.Rows {
		if e.Approach != ApproachEngine {
			continue
		}
		for _, b := range r.Rows {
			if b.Approach == ApproachBaseline && b.List == e.List {
				fmt.Fprintf(w, "| %s | %s | %s | %.2fx |\n", e.List, si(e.MsgsPerSec()), si(b.MsgsPerSec()), e.MsgsPerSec()/b.MsgsPerSec())
			}
		}
	}
}
