package rules

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/trygbot/trygbot/internal/yamlerr"
	"go.yaml.in/yaml/v3"
)

// Pack is one rule pack: a YAML file of rules, word lists (lexicons) and
// exceptions. Built-in packs hold the defaults; an admin's pack extends or
// overrides them, optionally only for one community or channel.
type Pack struct {
	Name        string `yaml:"pack"`
	Version     string `yaml:"version"`
	Lang        string `yaml:"lang"`
	Description string `yaml:"description"`
	// Scope limits an override pack to one community, or one channel of it.
	Scope Scope `yaml:"scope"`
	// Threshold is the score at or above which a message is flagged
	// (default 0.5).
	Threshold *float64 `yaml:"threshold"`
	// MaxText, if set, is how many bytes of a message are evaluated
	// (DefaultMaxText); the rest is skipped with a note. The program sets
	// it from workflow.max_message_bytes; packs from files leave it.
	MaxText int `yaml:"-"`
	// Disable turns off rules of earlier packs by id; "en.slur.*" disables
	// every id with that prefix.
	Disable []string `yaml:"disable"`
	// Lexicons are named word lists that near rules combine. A pack that
	// names an existing lexicon adds to it.
	Lexicons map[string]*Lexicon `yaml:"lexicons"`
	// Exceptions are words inside which no term matches ("fagforening").
	Exceptions []string `yaml:"exceptions"`
	Rules      []*Rule  `yaml:"rules"`

	// File is where the pack was read from, for error messages.
	File string `yaml:"-"`
	// disableLines are the YAML lines of Disable entries.
	disableLines []int
}

// Scope selects where an override pack applies.
type Scope struct {
	Community string `yaml:"community"`
	Channel   string `yaml:"channel"`
}

// Lexicon is a named word list.
type Lexicon struct {
	Rationale string   `yaml:"rationale"`
	Match     string   `yaml:"match"`
	Terms     []string `yaml:"terms"`
	// Lemmas are words by class (noun, verb, adj) whose inflected forms
	// are generated in the pack's language (see morph.go).
	Lemmas    map[string][]string `yaml:"lemmas"`
	Line      int                 `yaml:"-"`
	termLines []int
}

// Rule is one rule as written in a pack. Exactly one of Terms, Near and
// Regex says what kind of rule it is (see builtin.go).
type Rule struct {
	ID       string   `yaml:"id"`
	Category Category `yaml:"category"`
	// Severity is low, medium, high or urgent (default: by category).
	Severity  string  `yaml:"severity"`
	Score     float64 `yaml:"score"`
	Rationale string  `yaml:"rationale"`
	// Why explains a flag to moderators, per language code.
	Why map[string]string `yaml:"why"`

	// Terms: words and phrases; "perker*" also matches compounds that
	// start with it, "*perker" those that end with it, "*x*" anywhere.
	Terms []string `yaml:"terms"`
	// Lemmas add terms by word class with their inflected forms.
	Lemmas     map[string][]string `yaml:"lemmas"`
	Match      string              `yaml:"match"`
	Exceptions []string            `yaml:"exceptions"`
	// Repeats: "exact" makes a doubled letter count, so "nigger" does not
	// match "Niger" nor "coon" "con" (by default repeats collapse:
	// "niiiigger" = "niger").
	Repeats string `yaml:"repeats"`

	// Near: lexicon names that must all occur within Within tokens of
	// each other (in this order when Ordered).
	Near []string `yaml:"near"`
	// Within is the most words between consecutive parts (default 4; 0
	// means adjacent).
	Within  *int `yaml:"within"`
	Ordered bool `yaml:"ordered"`
	// Invert: an ordered rule also matches with its first two parts
	// swapped. Danish puts the finite verb before the subject in
	// questions and after a fronted word ("hvorfor får flygtninge ...",
	// "derfor kan muslimer ikke ..."), so [group, verb, ...] is written
	// once for both orders.
	Invert bool `yaml:"invert"`
	// Sentences: "same" (default) keeps a near rule's parts in one
	// sentence; "clause" in one clause (no comma, semicolon or colon
	// between them); "across" lets them span sentence ends, for rules whose
	// later part refers back ("X ... They are ...").
	Sentences string `yaml:"sentences"`
	// Negation: where a negation cancels a near rule: "between" the parts
	// (default), "before" (between, or up to three words before the
	// first part), or "none".
	Negation string `yaml:"negation"`

	// Regex: an RE2 expression over the normal form (see Normalize).
	Regex string `yaml:"regex"`

	// Unless sets a match aside when a lexicon's word stands just before
	// it ("as a proud ..." before a reclaimed word).
	Unless []Unless `yaml:"unless"`

	Line      int `yaml:"-"`
	termLines []int
	file      string
}

// Unless is a guard on one rule.
type Unless struct {
	Lexicon string `yaml:"lexicon"`
	Before  int    `yaml:"before"`
}

// PackError is a problem in a pack, with the place to fix it.
type PackError struct {
	File string
	Line int
	Msg  string
}

func (e *PackError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.File, e.Msg)
}

// ParsePack reads a pack from YAML. file names it in errors. Unknown fields,
// wrong types and structural problems are errors; the rules themselves are
// checked by Compile.
func ParsePack(file string, data []byte) (*Pack, error) {
	var doc yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, &PackError{File: file, Msg: "empty pack: write at least `pack: NAME`"}
		}
		line, msg := yamlerr.Line(err), yamlerr.Message(err)
		if strings.Contains(msg, "did not find expected") {
			// yaml.v3 numbers these parser errors from 0, at the start of
			// the block it was reading.
			line++
			msg += " (in the block that starts on this line: check its indentation and brackets)"
		}
		return nil, &PackError{File: file, Line: line, Msg: "invalid YAML: " + msg}
	}
	root := &doc
	if root.Kind == yaml.DocumentNode && len(root.Content) == 1 {
		root = root.Content[0]
	}
	if root.Kind != yaml.MappingNode {
		return nil, &PackError{File: file, Line: root.Line, Msg: "a pack is a mapping with keys such as pack, rules, lexicons"}
	}
	p := &Pack{File: file}
	if err := decodeStrict(file, root, p, packKeys); err != nil {
		return nil, err
	}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		switch k.Value {
		case "rules":
			if v.Kind != yaml.SequenceNode {
				return nil, &PackError{File: file, Line: v.Line, Msg: "rules must be a list"}
			}
			for j, rn := range v.Content {
				if err := checkKeys(file, rn, ruleKeys); err != nil {
					return nil, err
				}
				if j < len(p.Rules) && p.Rules[j] != nil {
					p.Rules[j].Line = rn.Line
					p.Rules[j].file = file
					p.Rules[j].termLines = seqLines(rn, "terms")
					for _, u := range mapValue(rn, "unless").Content {
						if err := checkKeys(file, u, unlessKeys); err != nil {
							return nil, err
						}
					}
				}
			}
		case "lexicons":
			if v.Kind != yaml.MappingNode {
				return nil, &PackError{File: file, Line: v.Line, Msg: "lexicons must be a mapping of name: {terms: [...]}"}
			}
			for j := 0; j+1 < len(v.Content); j += 2 {
				name, ln := v.Content[j].Value, v.Content[j+1]
				if err := checkKeys(file, ln, lexiconKeys); err != nil {
					return nil, err
				}
				if lx := p.Lexicons[name]; lx != nil {
					lx.Line = v.Content[j].Line
					lx.termLines = seqLines(ln, "terms")
				}
			}
		case "disable":
			for _, d := range v.Content {
				p.disableLines = append(p.disableLines, d.Line)
			}
		case "scope":
			if err := checkKeys(file, v, scopeKeys); err != nil {
				return nil, err
			}
		}
	}
	for name, lx := range p.Lexicons {
		if lx == nil {
			return nil, &PackError{File: file, Msg: fmt.Sprintf("lexicon %q is empty: give it terms", name)}
		}
	}
	for i, r := range p.Rules {
		if r == nil {
			return nil, &PackError{File: file, Msg: fmt.Sprintf("rule %d is empty", i+1)}
		}
	}
	if p.Name == "" {
		return nil, &PackError{File: file, Line: root.Line, Msg: "missing `pack: NAME`"}
	}
	return p, nil
}

var (
	packKeys    = []string{"pack", "version", "lang", "description", "scope", "threshold", "disable", "lexicons", "exceptions", "rules"}
	ruleKeys    = []string{"id", "category", "severity", "score", "rationale", "why", "terms", "match", "exceptions", "repeats", "near", "within", "ordered", "invert", "sentences", "negation", "regex", "unless", "lemmas"}
	lexiconKeys = []string{"rationale", "match", "terms", "lemmas"}
	unlessKeys  = []string{"lexicon", "before"}
	scopeKeys   = []string{"community", "channel"}
)

// decodeStrict decodes n into v after checking n's keys.
func decodeStrict(file string, n *yaml.Node, v any, keys []string) error {
	if err := checkKeys(file, n, keys); err != nil {
		return err
	}
	if err := n.Decode(v); err != nil {
		line, msg := yamlerr.Line(err), yamlerr.Message(err)
		if key, val := fieldAt(n, line); key != "" {
			msg = fmt.Sprintf("%s: %q is not %s (%s)", key, val, wantedType(msg), msg)
		}
		return &PackError{File: file, Line: line, Msg: msg}
	}
	return nil
}

// fieldAt finds the key whose scalar value sits on line, for type errors.
func fieldAt(n *yaml.Node, line int) (key, value string) {
	if n.Kind == yaml.MappingNode {
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			if v.Kind == yaml.ScalarNode && v.Line == line {
				return k.Value, v.Value
			}
		}
	}
	for _, c := range n.Content {
		if k, v := fieldAt(c, line); k != "" {
			return k, v
		}
	}
	return "", ""
}

// wantedType reads what a yaml.v3 type error wanted, in words.
func wantedType(msg string) string {
	switch {
	case strings.Contains(msg, "into int"):
		return "a whole number"
	case strings.Contains(msg, "into float"):
		return "a number"
	case strings.Contains(msg, "into bool"):
		return "true or false"
	case strings.Contains(msg, "into []"):
		return "a list"
	case strings.Contains(msg, "into map"):
		return "a mapping"
	}
	return "of the right type"
}

// checkKeys refuses keys of mapping n that are not in keys, suggesting the
// nearest known one.
func checkKeys(file string, n *yaml.Node, keys []string) error {
	if n.Kind != yaml.MappingNode {
		return &PackError{File: file, Line: n.Line, Msg: fmt.Sprintf("expected a mapping with keys %s", strings.Join(keys, ", "))}
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k := n.Content[i]
		if seen[k.Value] {
			return &PackError{File: file, Line: k.Line, Msg: fmt.Sprintf("key %q appears twice", k.Value)}
		}
		seen[k.Value] = true
		if !slices.Contains(keys, k.Value) {
			msg := fmt.Sprintf("unknown field %q", k.Value)
			if s := yamlerr.Nearest(k.Value, keys); s != "" {
				msg += fmt.Sprintf(" (did you mean %q?)", s)
			} else {
				msg += " (known: " + strings.Join(keys, ", ") + ")"
			}
			return &PackError{File: file, Line: k.Line, Msg: msg}
		}
	}
	return nil
}

func mapValue(n *yaml.Node, key string) *yaml.Node {
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return n.Content[i+1]
		}
	}
	return &yaml.Node{}
}

func seqLines(n *yaml.Node, key string) []int {
	var lines []int
	for _, c := range mapValue(n, key).Content {
		lines = append(lines, c.Line)
	}
	return lines
}

// LoadPackFile reads and parses one pack file.
func LoadPackFile(path string) (*Pack, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("rules: read pack: %w", err)
	}
	return ParsePack(path, data)
}

// TermListPack turns a plain list of terms, one per line, into a pack with
// one whole-word rule, so a bare list goes through the same compiler as
// every pack. Blank lines and lines starting with # are skipped.
func TermListPack(name string, r io.Reader, cat Category, sev Severity) (*Pack, error) {
	rule := &Rule{ID: "list." + name, Category: cat, Severity: sev.String(), Rationale: "terms from " + name, file: name}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for line := 1; sc.Scan(); line++ {
		t := strings.TrimSpace(sc.Text())
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		rule.Terms = append(rule.Terms, t)
		rule.termLines = append(rule.termLines, line)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("rules: read term list %s: %w", name, err)
	}
	return &Pack{Name: name, File: name, Rules: []*Rule{rule}}, nil
}
