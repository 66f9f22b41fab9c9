package templates

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/trygbot/trygbot/internal/yamlerr"
	"github.com/trygbot/trygbot/rules"
)

// MaxTextLen is the longest template text, in characters, that Parse
// accepts. The built-in texts stay far below it (1-3 sentences).
const MaxTextLen = 1000

// Pack is one template pack: a YAML file of templates in one language.
// Built-in packs hold the defaults; a community's override pack adds
// templates, replaces one by id (replace: true) or disables some.
type Pack struct {
	Name        string
	Lang        string
	Version     string
	Description string
	// Disable turns off templates of earlier packs by id; "da.slur.*"
	// disables every id with that prefix.
	Disable   []string
	Templates []Entry

	// File is where the pack was read from, for error messages.
	File string
	// disableLines are the YAML lines of Disable entries.
	disableLines []int
}

// Entry is one template as written in a pack.
type Entry struct {
	Template
	// Replace says the entry replaces an earlier pack's template of the
	// same id, instead of adding one.
	Replace bool
	// Line is where the entry starts in the pack file.
	Line int
}

// PackError is a problem in a pack, with the place to fix it and, in Msg,
// how.
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

var (
	packKeys  = []string{"pack", "lang", "version", "description", "disable", "templates"}
	entryKeys = []string{"id", "category", "tone", "text", "rationale", "replace"}
)

// LoadFile reads and parses one pack file.
func LoadFile(path string) (*Pack, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("templates: read pack: %w", err)
	}
	return Parse(path, data)
}

// Parse reads a pack from YAML; file names it in errors. Every problem is a
// *PackError with the line to fix and a hint; when there are several, they
// are returned together (errors.Join), in file order. Refused: unknown
// fields, unknown categories, tones and placeholders, a tone that the
// category does not allow (see AllowedTones), a {rules_link} outside
// parentheses, empty or over-long text, duplicate ids, a missing rationale,
// and any mention in the text other than {author}.
func Parse(file string, data []byte) (*Pack, error) {
	p := &parser{file: file}
	pack := p.parse(data)
	if len(p.errs) == 1 {
		return nil, p.errs[0]
	}
	if len(p.errs) > 0 {
		return nil, errors.Join(p.errs...)
	}
	return pack, nil
}

type parser struct {
	file string
	errs []error
}

func (p *parser) errorf(line int, format string, args ...any) {
	p.errs = append(p.errs, &PackError{File: p.file, Line: line, Msg: fmt.Sprintf(format, args...)})
}

func (p *parser) parse(data []byte) *Pack {
	var doc yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			p.errorf(0, "empty pack: write at least `pack: NAME` and `lang: da` (or en)")
		} else {
			p.errorf(yamlerr.Line(err), "invalid YAML: %s", yamlerr.Message(err))
		}
		return nil
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); err == nil {
		p.errorf(extra.Line, "a second YAML document (---): put one pack in each file")
		return nil
	}
	root := deref(&doc)
	if root.Kind == yaml.DocumentNode && len(root.Content) == 1 {
		root = deref(root.Content[0])
	}
	if root.Kind != yaml.MappingNode {
		p.errorf(root.Line, "a pack is a mapping with the keys %s", strings.Join(packKeys, ", "))
		return nil
	}
	pack := &Pack{File: p.file}
	var templates *yaml.Node
	p.fields(root, packKeys, func(k, v *yaml.Node) {
		switch k.Value {
		case "pack":
			pack.Name = p.str(k, v)
		case "lang":
			pack.Lang = p.str(k, v)
		case "version":
			pack.Version = p.str(k, v)
		case "description":
			pack.Description = p.str(k, v)
		case "disable":
			p.disable(pack, k, v)
		case "templates":
			templates = v
		}
	})
	if strings.TrimSpace(pack.Name) == "" {
		p.errorf(root.Line, "missing `pack: NAME`: name the pack, e.g. `pack: da` or `pack: my-community`")
	}
	langLine := keyLine(root, "lang", root.Line)
	if pack.Lang != "" {
		if msg := checkLang(pack.Lang); msg != "" {
			p.errorf(langLine, "%s", msg)
		}
	}
	if templates != nil {
		p.templates(pack, templates)
	}
	if len(pack.Templates) > 0 && pack.Lang == "" {
		p.errorf(root.Line, "missing `lang:`: say which language the templates are in, e.g. `lang: da`")
	}
	for i := range pack.Templates {
		pack.Templates[i].Lang = pack.Lang
	}
	return pack
}

// fields calls f for each key of mapping n, refusing unknown and repeated
// keys with a hint.
func (p *parser) fields(n *yaml.Node, keys []string, f func(k, v *yaml.Node)) {
	seen := map[string]int{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := deref(n.Content[i]), deref(n.Content[i+1])
		if first, ok := seen[k.Value]; ok {
			p.errorf(k.Line, "key %q appears twice (first at line %d): keep one", k.Value, first)
			continue
		}
		seen[k.Value] = k.Line
		if !slices.Contains(keys, k.Value) {
			msg := fmt.Sprintf("unknown field %q", k.Value)
			if s := yamlerr.Nearest(k.Value, keys); s != "" {
				msg += fmt.Sprintf(" (did you mean %q?)", s)
			} else {
				msg += " (known: " + strings.Join(keys, ", ") + ")"
			}
			p.errorf(k.Line, "%s", msg)
			continue
		}
		f(k, v)
	}
}

// str reads a scalar as text; null is "".
func (p *parser) str(k, v *yaml.Node) string {
	if v.Kind != yaml.ScalarNode {
		p.errorf(v.Line, "%s must be text, not a %s", k.Value, kindName(v))
		return ""
	}
	if v.Tag == "!!null" {
		return ""
	}
	return v.Value
}

func (p *parser) disable(pack *Pack, k, v *yaml.Node) {
	if v.Kind == yaml.ScalarNode && v.Tag == "!!null" {
		return
	}
	if v.Kind != yaml.SequenceNode {
		p.errorf(v.Line, "disable must be a list of template ids, e.g. `disable: [da.slur.question]`")
		return
	}
	for _, d := range v.Content {
		d = deref(d)
		id := strings.TrimSpace(p.str(k, d))
		switch {
		case id == "":
			p.errorf(d.Line, "empty id in disable: write the id of the template to turn off")
		case strings.ContainsFunc(id, unicode.IsSpace):
			p.errorf(d.Line, "disable id %q contains spaces: write one id per list item", id)
		default:
			pack.Disable = append(pack.Disable, id)
			pack.disableLines = append(pack.disableLines, d.Line)
		}
	}
}

func (p *parser) templates(pack *Pack, v *yaml.Node) {
	if v.Kind == yaml.ScalarNode && v.Tag == "!!null" {
		return
	}
	if v.Kind != yaml.SequenceNode {
		p.errorf(v.Line, "templates must be a list of entries, each starting with `- id: ...`")
		return
	}
	firstLine := map[string]int{}
	for _, n := range v.Content {
		n = deref(n)
		if n.Kind != yaml.MappingNode {
			p.errorf(n.Line, "a template is a mapping with the keys %s", strings.Join(entryKeys, ", "))
			continue
		}
		e := Entry{Line: n.Line}
		lines := map[string]int{}
		p.fields(n, entryKeys, func(k, v *yaml.Node) {
			lines[k.Value] = v.Line
			switch k.Value {
			case "id":
				e.ID = strings.TrimSpace(p.str(k, v))
			case "category":
				e.Category = rules.Category(strings.TrimSpace(p.str(k, v)))
			case "tone":
				e.Tone = Tone(strings.TrimSpace(p.str(k, v)))
			case "text":
				e.Text = strings.TrimSpace(p.str(k, v))
			case "rationale":
				e.Rationale = strings.TrimSpace(p.str(k, v))
			case "replace":
				if v.Kind != yaml.ScalarNode || v.Tag != "!!bool" || v.Decode(&e.Replace) != nil {
					p.errorf(v.Line, "replace must be true or false")
				}
			}
		})
		for _, pr := range checkTemplate(e.Template) {
			line, ok := lines[pr.field]
			if !ok {
				line = n.Line
			}
			p.errorf(line, "%s", pr.msg)
		}
		if e.ID != "" {
			if first, ok := firstLine[e.ID]; ok {
				p.errorf(n.Line, "duplicate id %q (first at line %d): ids must be unique in a pack; rename one", e.ID, first)
				continue
			}
			firstLine[e.ID] = n.Line
		}
		pack.Templates = append(pack.Templates, e)
	}
}

// problem is one thing wrong with a template, and the field to fix.
type problem struct {
	field string
	msg   string
}

// checkTemplate returns everything wrong with t, field by field. Parse and
// NewSet both use it, so a template built in code meets the same rules as
// one read from a file.
func checkTemplate(t Template) []problem {
	var ps []problem
	add := func(field, format string, args ...any) {
		ps = append(ps, problem{field, fmt.Sprintf(format, args...)})
	}
	name := "template"
	switch {
	case t.ID == "":
		add("id", "template has no id: add `id: LANG.CATEGORY.NAME`, e.g. `id: da.slur.norm`")
	case strings.ContainsFunc(t.ID, unicode.IsSpace) || strings.ContainsAny(t.ID, "*{}"):
		add("id", "id %q may not contain spaces, '*' or braces: use letters, digits, dots and dashes, e.g. da.slur.norm", t.ID)
	default:
		name = fmt.Sprintf("template %q", t.ID)
	}

	cats := append(slices.Clone(rules.Categories), CatAny)
	catNames := make([]string, len(cats))
	for i, c := range cats {
		catNames[i] = string(c)
	}
	catOK := false
	switch {
	case t.Category == "":
		add("category", "%s has no category: add `category:` with one of %s", name, strings.Join(catNames, ", "))
	case !slices.Contains(cats, t.Category):
		add("category", "unknown category %q%s", t.Category, hint(string(t.Category), catNames))
	default:
		catOK = true
	}

	toneNames := make([]string, len(Tones))
	for i, tn := range Tones {
		toneNames[i] = string(tn)
	}
	switch {
	case t.Tone == "":
		add("tone", "%s has no tone: add `tone:` with one of %s", name, strings.Join(toneNames, ", "))
	case !slices.Contains(Tones, t.Tone):
		add("tone", "unknown tone %q%s", t.Tone, hint(string(t.Tone), toneNames))
	case catOK && !slices.Contains(AllowedTones(t.Category), t.Tone):
		add("tone", "tone %q is not used for %s templates: use firm or support (threats and extremism get no questions, humour or debate)", t.Tone, t.Category)
	}

	switch n := utf8.RuneCountInString(t.Text); {
	case strings.TrimSpace(t.Text) == "":
		add("text", "%s has empty text: write the reply the moderator will send", name)
	case n > MaxTextLen:
		add("text", "text is %d characters, longer than %d: keep a reply to 1-3 short sentences that read well on a phone", n, MaxTextLen)
	}
	if msg := checkPlaceholders(t.Text); msg != "" {
		add("text", "%s", msg)
	}
	if m := findMention(t.Text); m != "" {
		if strings.HasPrefix(m, "@{") {
			add("text", "text has %q: write {author} without '@' (the bot's reply already reaches the author); templates may mention only the author, through {author}", m)
		} else {
			add("text", "text mentions %q: templates may mention only the author, through {author}", m)
		}
	}

	if strings.TrimSpace(t.Rationale) == "" {
		add("rationale", "%s has no rationale: add one line on why this reply works, e.g. `rationale: names the behaviour, not the person`", name)
	}
	return ps
}

// checkPlaceholders returns what is wrong with text's placeholders, or "".
func checkPlaceholders(text string) string {
	depth, open := 0, 0
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '{':
			if depth > 0 {
				return fmt.Sprintf("unmatched \"{\" in %q: placeholders are {author}, {community} and {rules_link}", token(text[open:]))
			}
			depth, open = 1, i
		case '}':
			if depth == 0 {
				return "unmatched \"}\": placeholders are {author}, {community} and {rules_link}"
			}
			depth = 0
			name := text[open+1 : i]
			if !slices.Contains(Placeholders, name) {
				msg := fmt.Sprintf("unknown placeholder {%s}", name)
				if s := yamlerr.Nearest(strings.ToLower(name), Placeholders); s != "" {
					return msg + fmt.Sprintf(", did you mean {%s}?", s)
				}
				return msg + ": use {author}, {community} or {rules_link}"
			}
			if name == "rules_link" {
				if _, _, ok := linkGroup(text, open); !ok {
					return "{rules_link} must stand inside parentheses, e.g. \"... (our rules: {rules_link}).\", so the reply still reads well when a community has no rules link"
				}
			}
		}
	}
	if depth > 0 {
		return fmt.Sprintf("unmatched \"{\" in %q: placeholders are {author}, {community} and {rules_link}", token(text[open:]))
	}
	return ""
}

// checkLang returns what is wrong with a pack's language code, or "".
func checkLang(lang string) string {
	if l := len(lang); l >= 2 && l <= 3 && strings.IndexFunc(lang, func(r rune) bool { return r < 'a' || r > 'z' }) < 0 {
		return ""
	}
	if base := normLang(lang); base != lang && len(base) >= 2 && len(base) <= 3 {
		return fmt.Sprintf("lang %q: write the language code only, e.g. `lang: %s`", lang, base)
	}
	return fmt.Sprintf("lang %q is not a language code: write e.g. `lang: da` or `lang: en`", lang)
}

// normLang reduces a language tag to its lower-case primary subtag:
// "da-DK" and "DA" become "da".
func normLang(lang string) string {
	lang = strings.ToLower(strings.TrimSpace(lang))
	if i := strings.IndexAny(lang, "-_"); i >= 0 {
		lang = lang[:i]
	}
	return lang
}

func hint(s string, known []string) string {
	if n := yamlerr.Nearest(strings.ToLower(s), known); n != "" {
		return fmt.Sprintf(" (did you mean %q?)", n)
	}
	return " (want one of " + strings.Join(known, ", ") + ")"
}

func keyLine(n *yaml.Node, key string, def int) int {
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return deref(n.Content[i+1]).Line
		}
	}
	return def
}

// deref follows aliases (&anchor / *alias) to the node they name.
func deref(n *yaml.Node) *yaml.Node {
	for i := 0; n.Kind == yaml.AliasNode && n.Alias != nil && i < 8; i++ {
		n = n.Alias
	}
	return n
}

func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.SequenceNode:
		return "list"
	case yaml.MappingNode:
		return "mapping"
	}
	return "value"
}
