package templates_test

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/trygbot/trygbot/rules"
	"github.com/trygbot/trygbot/templates"
)

// pack1 returns a pack with one template. The entry's fields are on fixed
// lines: id 4, category 5, tone 6, text 7, rationale 8. An override
// "key: value" replaces that field on its line, "-key" drops it (leaving a
// comment, so other lines keep their numbers; not for the id, the entry's
// first line), and any other key is added after the defaults (line 9 on).
func pack1(over ...string) string {
	fields := []string{
		"id: x.a",
		"category: slur",
		"tone: question",
		`text: "{author}, what did you mean?"`,
		"rationale: asks",
	}
	var extra []string
	for _, o := range over {
		key, _, _ := strings.Cut(o, ":")
		found := false
		for i, f := range fields {
			k, _, _ := strings.Cut(f, ":")
			if k == key || "-"+k == key {
				fields[i] = o
				found = true
			}
		}
		if !found {
			extra = append(extra, o)
		}
	}
	var b strings.Builder
	b.WriteString("pack: x\nlang: en\ntemplates:\n")
	prefix := "  - "
	for _, f := range append(fields, extra...) {
		if strings.HasPrefix(f, "-") {
			f = "# dropped"
		}
		b.WriteString(prefix + f + "\n")
		prefix = "    "
	}
	return b.String()
}

func mustParse(tb testing.TB, file, src string) *templates.Pack {
	tb.Helper()
	p, err := templates.Parse(file, []byte(src))
	if err != nil {
		tb.Fatalf("Parse(%s): %v", file, err)
	}
	return p
}

func mustSet(tb testing.TB, packs ...*templates.Pack) *templates.Set {
	tb.Helper()
	s, err := templates.NewSet(packs...)
	if err != nil {
		tb.Fatalf("NewSet: %v", err)
	}
	return s
}

func mustDefault(tb testing.TB) *templates.Set {
	tb.Helper()
	s, err := templates.Default()
	if err != nil {
		tb.Fatalf("Default: %v", err)
	}
	return s
}

func TestParseErrors(t *testing.T) {
	const mention = "templates may mention only the author, through {author}"
	tests := []struct {
		name string
		src  string
		// want are substrings of the error, each "file:line: message"
		// or, without a line, "file: message".
		want []string
	}{
		{"empty file", "", []string{"test.yaml: empty pack: write at least `pack: NAME`"}},
		{"invalid YAML", "pack: x\nlang: [en\n", []string{"test.yaml:", "invalid YAML"}},
		{"root is a list", "- a\n- b\n", []string{"test.yaml:1: a pack is a mapping with the keys pack, lang"}},
		{"second document", "pack: x\n---\npack: y\n", []string{"test.yaml:2: a second YAML document (---): put one pack in each file"}},
		{"duplicate key", "pack: x\nlang: en\npack: y\n", []string{`test.yaml:3: key "pack" appears twice (first at line 1): keep one`}},
		{"unknown root field", "pack: x\nlang: en\ntemplats: []\n", []string{`test.yaml:3: unknown field "templats" (did you mean "templates"?)`}},
		{"unknown entry field", pack1("rationle: typo"), []string{`test.yaml:9: unknown field "rationle" (did you mean "rationale"?)`}},
		{"unknown entry field, no near key", pack1("colour: red"), []string{`test.yaml:9: unknown field "colour" (known: id, category, tone, text, rationale, replace)`}},
		{"missing pack name", "lang: en\n", []string{"test.yaml:1: missing `pack: NAME`: name the pack"}},
		{"missing lang", "pack: x\ntemplates:\n  - {id: x.a, category: slur, tone: question, text: hi, rationale: r}\n", []string{"test.yaml:1: missing `lang:`: say which language"}},
		{"lang with region", "pack: x\nlang: da-DK\n", []string{"test.yaml:2: lang \"da-DK\": write the language code only, e.g. `lang: da`"}},
		{"lang not a code", "pack: x\nlang: Danish\n", []string{"test.yaml:2: lang \"Danish\" is not a language code"}},
		{"templates not a list", "pack: x\nlang: en\ntemplates: {a: b}\n", []string{"test.yaml:3: templates must be a list of entries"}},
		{"entry not a mapping", "pack: x\nlang: en\ntemplates:\n  - just text\n", []string{"test.yaml:4: a template is a mapping with the keys id, category"}},
		{"text is a list", pack1("text: [a, b]"), []string{"test.yaml:7: text must be text, not a list"}},
		{"missing id", "pack: x\nlang: en\ntemplates:\n  - category: slur\n    tone: question\n    text: hi?\n    rationale: r\n", []string{"test.yaml:4: template has no id: add `id: LANG.CATEGORY.NAME`"}},
		{"id with spaces", pack1("id: my template"), []string{`test.yaml:4: id "my template" may not contain spaces`}},
		{"unknown category", pack1("category: slurs"), []string{`test.yaml:5: unknown category "slurs" (did you mean "slur"?)`}},
		{"unknown category, no near one", pack1("category: spam"), []string{`test.yaml:5: unknown category "spam" (want one of threat, extremism, dehumanisation, slur, generalisation, harassment, any)`}},
		{"missing category", pack1("-category"), []string{`test.yaml:4: template "x.a" has no category: add ` + "`category:`"}},
		{"unknown tone", pack1("tone: empathic"), []string{`test.yaml:6: unknown tone "empathic" (did you mean "empathetic"?)`}},
		{"humour is no tone", pack1("tone: humour"), []string{`test.yaml:6: unknown tone "humour" (want one of norm-setting, empathetic, question, support, firm)`}},
		{"missing tone", pack1("-tone"), []string{`test.yaml:4: template "x.a" has no tone`}},
		{"question on a threat", pack1("category: threat"), []string{`test.yaml:6: tone "question" is not used for threat templates: use firm or support`}},
		{"empathetic on extremism", pack1("category: extremism", "tone: empathetic"), []string{`test.yaml:6: tone "empathetic" is not used for extremism templates: use firm or support`}},
		{"unknown placeholder", pack1(`text: "{autor}, please stop."`), []string{"test.yaml:7: unknown placeholder {autor}, did you mean {author}?"}},
		{"unknown placeholder, other case", pack1(`text: "{Community} is for all."`), []string{"test.yaml:7: unknown placeholder {Community}, did you mean {community}?"}},
		{"unknown placeholder, no near one", pack1(`text: "Hi {name}."`), []string{"test.yaml:7: unknown placeholder {name}: use {author}, {community} or {rules_link}"}},
		{"unmatched brace", pack1(`text: "{author, please stop."`), []string{`test.yaml:7: unmatched "{" in "{author,": placeholders are {author}, {community} and {rules_link}`}},
		{"stray closing brace", pack1(`text: "please stop}"`), []string{`test.yaml:7: unmatched "}"`}},
		{"rules link outside parentheses", pack1(`text: "Read the rules: {rules_link}"`), []string{"test.yaml:7: {rules_link} must stand inside parentheses, e.g. \"... (our rules: {rules_link}).\""}},
		{"empty text", pack1(`text: ""`), []string{`test.yaml:7: template "x.a" has empty text: write the reply the moderator will send`}},
		{"blank text", pack1(`text: "   "`), []string{`test.yaml:7: template "x.a" has empty text`}},
		{"missing text", pack1("-text"), []string{`test.yaml:4: template "x.a" has empty text`}},
		{"text too long", pack1("text: " + strings.Repeat("å", 1001)), []string{"test.yaml:7: text is 1001 characters, longer than 1000: keep a reply to 1-3 short sentences"}},
		{"@everyone", pack1(`text: "Hey @everyone, calm down."`), []string{`test.yaml:7: text mentions "@everyone": ` + mention}},
		{"@here", pack1(`text: "@HERE: calm down."`), []string{`test.yaml:7: text mentions "@HERE": ` + mention}},
		{"role mention", pack1(`text: "Calm down, <@&123456>."`), []string{`test.yaml:7: text mentions "<@&123456>": ` + mention}},
		{"user mention", pack1(`text: "Calm down, <@!42>."`), []string{`test.yaml:7: text mentions "<@!42>": ` + mention}},
		{"@channel", pack1(`text: "@channel calm down."`), []string{`test.yaml:7: text mentions "@channel": ` + mention}},
		{"@all", pack1(`text: "Calm down @all."`), []string{`test.yaml:7: text mentions "@all": ` + mention}},
		{"@username", pack1(`text: "Ask @mod_anna for help."`), []string{`test.yaml:7: text mentions "@mod_anna": ` + mention}},
		{"@{author}", pack1(`text: "@{author} please stop."`), []string{`test.yaml:7: text has "@{author}": write {author} without '@'`, mention}},
		{"missing rationale", pack1("-rationale"), []string{`test.yaml:4: template "x.a" has no rationale: add one line on why this reply works`}},
		{"replace not a bool", pack1("replace: yes"), []string{"test.yaml:9: replace must be true or false"}},
		{"disable not a list", "pack: x\ndisable: en.slur.norm\n", []string{"test.yaml:2: disable must be a list of template ids"}},
		{"disable empty id", "pack: x\ndisable: ['']\n", []string{"test.yaml:2: empty id in disable"}},
		{
			"duplicate id",
			pack1() + "  - id: x.a\n    category: slur\n    tone: support\n    text: hi\n    rationale: r\n",
			[]string{`test.yaml:9: duplicate id "x.a" (first at line 4): ids must be unique in a pack; rename one`},
		},
		{
			"all problems at once",
			pack1("category: slurs", "tone: empathic", `text: "{autor}, stop"`),
			[]string{
				`test.yaml:5: unknown category "slurs"`,
				`test.yaml:6: unknown tone "empathic"`,
				"test.yaml:7: unknown placeholder {autor}, did you mean {author}?",
			},
		},
	}
	lineRE := regexp.MustCompile(`^test\.yaml(:\d+)?: `)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := templates.Parse("test.yaml", []byte(tt.src))
			if err == nil {
				t.Fatalf("Parse accepted:\n%s\ngot %+v", tt.src, p)
			}
			if p != nil {
				t.Errorf("Parse returned a pack with an error")
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error\n%v\ndoes not contain\n%s", err, w)
				}
			}
			var pe *templates.PackError
			if !errors.As(err, &pe) {
				t.Fatalf("error %v is not a *PackError", err)
			}
			for _, line := range strings.Split(err.Error(), "\n") {
				if !lineRE.MatchString(line) {
					t.Errorf("error line %q does not start with file:line", line)
				}
			}
		})
	}
}

func TestParse(t *testing.T) {
	src := `# an admin's override pack
pack: vestby
lang: da
version: "3"
description: Vestby Ungdomsklubs egne svar
disable: [da.slur.question, "da.any.*"]
templates:
  - id: da.slur.norm
    replace: true
    category: slur
    tone: norm-setting
    text: |
      {author}, det ord bruger vi ikke i {community} (se reglerne: {rules_link}).
    rationale: local wording
  - id: vestby.welcome
    category: any
    tone: empathetic
    text: "{author}, skriv til info@vestby.dk eller kl. 12 @ klubben, hvis noget er svært."
    rationale: an e-mail address and a loose @ are not mentions
`
	p := mustParse(t, "vestby.yaml", src)
	if p.Name != "vestby" || p.Lang != "da" || p.Version != "3" || p.Description == "" || p.File != "vestby.yaml" {
		t.Errorf("pack header = %+v", p)
	}
	if !slices.Equal(p.Disable, []string{"da.slur.question", "da.any.*"}) {
		t.Errorf("Disable = %q", p.Disable)
	}
	if len(p.Templates) != 2 {
		t.Fatalf("got %d templates, want 2", len(p.Templates))
	}
	e := p.Templates[0]
	want := templates.Template{
		ID: "da.slur.norm", Category: rules.CatSlur, Tone: templates.ToneNormSetting, Lang: "da",
		Text:      "{author}, det ord bruger vi ikke i {community} (se reglerne: {rules_link}).",
		Rationale: "local wording",
	}
	if e.Template != want || !e.Replace || e.Line != 8 {
		t.Errorf("entry 0 = %+v (line %d, replace %v)\nwant %+v", e.Template, e.Line, e.Replace, want)
	}
	if e := p.Templates[1]; e.Replace || e.Category != templates.CatAny || e.Line != 15 {
		t.Errorf("entry 1 = %+v", e)
	}

	// The limit is 1,000 characters, not bytes.
	if _, err := templates.Parse("max.yaml", []byte(pack1("text: "+strings.Repeat("ø", 1000)))); err != nil {
		t.Errorf("1000-character text refused: %v", err)
	}
	// A pack may only disable.
	if p := mustParse(t, "off.yaml", "pack: off\ndisable: [en.slur.question]\n"); len(p.Templates) != 0 || p.Lang != "" {
		t.Errorf("disable-only pack = %+v", p)
	}
	// Anchors and aliases work like any YAML.
	alias := "pack: x\nlang: en\ntemplates:\n  - id: x.a\n    category: &c slur\n    tone: question\n    text: hi?\n    rationale: &r why\n  - {id: x.b, category: *c, tone: support, text: hi, rationale: *r}\n"
	if p := mustParse(t, "alias.yaml", alias); p.Templates[1].Category != rules.CatSlur || p.Templates[1].Rationale != "why" {
		t.Errorf("aliases: %+v", p.Templates[1])
	}
}

func TestLoadFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "community.yaml")
	if err := os.WriteFile(path, []byte(pack1(`text: "{autor}"`)), 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := templates.LoadFile(path)
	if err == nil || !strings.Contains(err.Error(), path+":7: unknown placeholder {autor}, did you mean {author}?") {
		t.Errorf("LoadFile error = %v, want it to name %s:7", err, path)
	}
	if _, err := templates.LoadFile(filepath.Join(dir, "missing.yaml")); err == nil || !errors.Is(err, os.ErrNotExist) {
		t.Errorf("LoadFile(missing) = %v, want a wrapped os.ErrNotExist", err)
	}
	if err := os.WriteFile(path, []byte(pack1()), 0o600); err != nil {
		t.Fatal(err)
	}
	if p, err := templates.LoadFile(path); err != nil || p.File != path || len(p.Templates) != 1 {
		t.Errorf("LoadFile = %+v, %v", p, err)
	}
}

const basePack = `pack: base
lang: en
templates:
  - {id: x.a, category: slur, tone: question, text: "{author}, what do you mean?", rationale: r}
  - {id: x.b, category: slur, tone: support, text: "You belong here.", rationale: r}
  - {id: x.c, category: threat, tone: firm, text: "{author}, no threats.", rationale: r}
`

func TestNewSet(t *testing.T) {
	base := mustParse(t, "base.yaml", basePack)
	over := mustParse(t, "over.yaml", `pack: over
lang: en
disable: [x.b]
templates:
  - {id: x.a, replace: true, category: slur, tone: question, text: "{author}, what happened?", rationale: local}
  - {id: x.d, category: any, tone: firm, text: "{author}, please stop.", rationale: r}
`)
	s := mustSet(t, base, over)
	if got, ok := s.Get("x.a"); !ok || got.Text != "{author}, what happened?" || got.Lang != "en" {
		t.Errorf("Get(x.a) = %+v, %v; want the replacement", got, ok)
	}
	if _, ok := s.Get("x.b"); ok {
		t.Errorf("Get(x.b) found a disabled template")
	}
	if _, ok := s.Get("nope"); ok {
		t.Errorf("Get(nope) found something")
	}
	var ids []string
	for _, tp := range s.All() {
		ids = append(ids, tp.ID)
	}
	if !slices.Equal(ids, []string{"x.a", "x.c", "x.d"}) {
		t.Errorf("All() ids = %q, want replacement in place, x.b disabled, x.d added", ids)
	}

	// A prefix disables many; a later replace brings one back.
	off := mustParse(t, "off.yaml", "pack: off\ndisable: ['x.*']\n")
	back := mustParse(t, "back.yaml", `pack: back
lang: en
templates:
  - {id: x.c, replace: true, category: threat, tone: support, text: "You are not alone.", rationale: r}
`)
	s = mustSet(t, base, off, back)
	if got := s.All(); len(got) != 1 || got[0].ID != "x.c" || got[0].Tone != templates.ToneSupport {
		t.Errorf("after x.* and a replace, All() = %+v", got)
	}

	// A nil Set is empty, not a panic.
	var none *templates.Set
	if _, ok := none.Get("x.a"); ok || none.All() != nil || none.Suggest(rules.CatSlur, "en", 3, 1) != nil {
		t.Errorf("nil Set is not empty")
	}
}

func TestNewSetErrors(t *testing.T) {
	base := mustParse(t, "base.yaml", basePack)
	bad := mustParse(t, "bad.yaml", `pack: bad
lang: en
disable: [x.bb, y.*]
templates:
  - {id: x.a, category: slur, tone: firm, text: "{author}, stop.", rationale: r}
  - {id: x.e, replace: true, category: slur, tone: firm, text: "{author}, stop.", rationale: r}
`)
	da := mustParse(t, "da.yaml", `pack: da
lang: da
templates:
  - {id: x.b, replace: true, category: slur, tone: support, text: "Du hører til her.", rationale: r}
`)
	code := &templates.Pack{Name: "code", Lang: "en", Templates: []templates.Entry{
		{Template: templates.Template{ID: "x.z", Category: rules.CatThreat, Tone: templates.ToneQuestion, Text: "why @everyone?", Rationale: "r"}},
	}}
	_, err := templates.NewSet(base, bad, da, code, nil)
	if err == nil {
		t.Fatal("NewSet accepted conflicting packs")
	}
	want := []string{
		`bad.yaml:5: duplicate id "x.a": base.yaml:4 already defines it; add ` + "`replace: true`" + ` to replace it, or choose another id`,
		`bad.yaml:6: replace: true, but no earlier pack has a template "x.e" (did you mean "x.a"?): fix the id, or remove ` + "`replace: true`",
		`bad.yaml:3: disable: no template "x.bb" in this or an earlier pack (did you mean "x.b"?)`,
		`bad.yaml:3: disable: no template "y.*"`,
		`da.yaml:4: template "x.b" replaces a en template with a da one: put the replacement in a pack with ` + "`lang: en`",
		`code: tone "question" is not used for threat templates`,
		`code: text mentions "@everyone"`,
		`templates: pack 5 is nil`,
	}
	for _, w := range want {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("error\n%v\ndoes not contain\n%s", err, w)
		}
	}
	var joined interface{ Unwrap() []error }
	if !errors.As(err, &joined) || len(joined.Unwrap()) != len(want) {
		t.Errorf("want %d problems reported at once, got %v", len(want), err)
	}

	// Replace needs an earlier pack, even for built-ins.
	if _, err := templates.NewSet(mustParse(t, "r.yaml", pack1("replace: true"))); err == nil || !strings.Contains(err.Error(), `r.yaml:4: replace: true, but no earlier pack has a template "x.a"`) {
		t.Errorf("replace in the first pack: %v", err)
	}
}

// suggestSet has, in Danish: slur templates in two tones and "any"
// templates in four (one shared with slur); harassment only as "any"; no
// Danish threat templates. English has one threat template.
func suggestSet(tb testing.TB) *templates.Set {
	tb.Helper()
	da := mustParse(tb, "da.yaml", `pack: da
lang: da
templates:
  - {id: da.slur.q, category: slur, tone: question, text: "{author}, hvad mener du?", rationale: r}
  - {id: da.slur.s1, category: slur, tone: support, text: "Du hører til her.", rationale: r}
  - {id: da.slur.s2, category: slur, tone: support, text: "Du er velkommen her.", rationale: r}
  - {id: da.any.q, category: any, tone: question, text: "{author}, hvad sker der?", rationale: r}
  - {id: da.any.n, category: any, tone: norm-setting, text: "{author}, sådan taler vi ikke her.", rationale: r}
  - {id: da.any.e, category: any, tone: empathetic, text: "{author}, jeg kan mærke, det fylder.", rationale: r}
  - {id: da.any.f, category: any, tone: firm, text: "{author}, det går imod reglerne.", rationale: r}
`)
	en := mustParse(tb, "en.yaml", `pack: en
lang: en
templates:
  - {id: en.threat.f, category: threat, tone: firm, text: "{author}, threats are not OK.", rationale: r}
  - {id: en.any.q, category: any, tone: question, text: "{author}, what happened?", rationale: r}
`)
	return mustSet(tb, da, en)
}

func ids(ts []templates.Template) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = t.ID
	}
	return out
}

func TestSuggest(t *testing.T) {
	s := suggestSet(t)
	tests := []struct {
		name string
		cat  rules.Category
		lang string
		n    int
		// want is the number of suggestions; wantLang their language;
		// firstFrom the ids the first len(firstFrom) must be drawn from,
		// in any order.
		want      int
		wantLang  string
		firstFrom []string
	}{
		{"zero", rules.CatSlur, "da", 0, 0, "", nil},
		{"negative", rules.CatSlur, "da", -2, 0, "", nil},
		{"one is the category's own", rules.CatSlur, "da", 1, 1, "da", []string{"da.slur.q", "da.slur.s1", "da.slur.s2"}},
		{"own tones before any", rules.CatSlur, "da", 2, 2, "da", []string{"da.slur.q", "da.slur.s1", "da.slur.s2"}},
		{"any fills the missing tones", rules.CatSlur, "da", 4, 4, "da", nil},
		{"n larger than the tones", rules.CatSlur, "da", 10, 5, "da", nil},
		{"region tag", rules.CatSlur, "da-DK", 3, 3, "da", nil},
		{"upper case", rules.CatSlur, "DA", 3, 3, "da", nil},
		{"only any templates", rules.CatHarassment, "da", 3, 3, "da", []string{"da.any.q", "da.any.n", "da.any.e", "da.any.f"}},
		{"threat: firm any, never question", rules.CatThreat, "da", 5, 1, "da", []string{"da.any.f"}},
		{"unknown language falls back to English", rules.CatThreat, "de", 3, 1, "en", []string{"en.threat.f"}},
		{"no language falls back to English", rules.CatSlur, "", 3, 1, "en", []string{"en.any.q"}},
		{"extremism in English: nothing firm or support", rules.CatExtremism, "en", 3, 0, "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for seed := range uint64(50) {
				got := s.Suggest(tt.cat, tt.lang, tt.n, seed)
				if len(got) != tt.want {
					t.Fatalf("seed %d: got %d suggestions %q, want %d", seed, len(got), ids(got), tt.want)
				}
				tones := map[templates.Tone]bool{}
				for i, tp := range got {
					if tones[tp.Tone] {
						t.Fatalf("seed %d: tone %s twice in %q", seed, tp.Tone, ids(got))
					}
					tones[tp.Tone] = true
					if tp.Lang != tt.wantLang {
						t.Errorf("seed %d: %s is %q, want %q", seed, tp.ID, tp.Lang, tt.wantLang)
					}
					if i < len(tt.firstFrom) && !slices.Contains(tt.firstFrom, tp.ID) {
						t.Errorf("seed %d: suggestion %d is %s, want one of %q", seed, i, tp.ID, tt.firstFrom)
					}
					if tp.Category != tt.cat && tp.Category != templates.CatAny {
						t.Errorf("seed %d: %s is for %s", seed, tp.ID, tp.Category)
					}
				}
			}
		})
	}
}

func TestSuggestOwnTonesFirst(t *testing.T) {
	s := suggestSet(t)
	for seed := range uint64(100) {
		got := s.Suggest(rules.CatSlur, "da", 5, seed)
		for i, tp := range got {
			own := tp.Category == rules.CatSlur
			if own != (i < 2) {
				t.Fatalf("seed %d: %q: slur's own two tones must come first", seed, ids(got))
			}
		}
	}
}

func TestSuggestDeterministic(t *testing.T) {
	a, b := mustDefault(t), mustDefault(t)
	for _, lang := range []string{"da", "en"} {
		for _, cat := range rules.Categories {
			for seed := range uint64(40) {
				x := a.Suggest(cat, lang, 3, seed)
				y := b.Suggest(cat, lang, 3, seed)
				z := a.Suggest(cat, lang, 3, seed)
				if !slices.Equal(ids(x), ids(y)) || !slices.Equal(ids(x), ids(z)) {
					t.Fatalf("%s/%s seed %d: %q, %q, %q differ", lang, cat, seed, ids(x), ids(y), ids(z))
				}
			}
		}
	}
}

// TestSuggestRotates checks that across case ids every tone leads about
// equally often, that templates within a tone take turns, and that seeds
// give different selections, which a template A/B comparison needs.
func TestSuggestRotates(t *testing.T) {
	s := mustDefault(t)
	const cases = 400
	for _, lang := range []string{"da", "en"} {
		for _, cat := range rules.Categories {
			first := map[templates.Tone]int{}
			used := map[string]bool{}
			seen := map[string]bool{}
			for seed := range uint64(cases) {
				got := s.Suggest(cat, lang, 2, seed*7919+13)
				first[got[0].Tone]++
				seen[strings.Join(ids(got), ",")] = true
				for _, tp := range got {
					used[tp.ID] = true
				}
			}
			tones := map[templates.Tone]bool{}
			own := 0
			for _, tp := range s.All() {
				if tp.Lang == lang && tp.Category == cat {
					tones[tp.Tone] = true
					own++
					if !used[tp.ID] {
						t.Errorf("%s/%s: %s never suggested in %d cases", lang, cat, tp.ID, cases)
					}
				}
			}
			if len(first) != len(tones) {
				t.Errorf("%s/%s: leading tones %v, want all of %v", lang, cat, first, tones)
			}
			for tone, n := range first {
				if fair := cases / len(tones); n < fair/2 {
					t.Errorf("%s/%s: %s leads %d of %d times, want about %d", lang, cat, tone, n, cases, fair)
				}
			}
			if len(seen) < 3 {
				t.Errorf("%s/%s: only %d different selections across %d seeds", lang, cat, len(seen), cases)
			}
		}
	}
}

func TestSuggestBuiltin(t *testing.T) {
	s := mustDefault(t)
	for _, lang := range []string{"da", "en"} {
		for _, cat := range rules.Categories {
			calm := cat == rules.CatThreat || cat == rules.CatExtremism
			for seed := range uint64(30) {
				got := s.Suggest(cat, lang, 3, seed)
				want := 3
				if calm {
					want = 2
				}
				if len(got) != want {
					t.Fatalf("%s/%s seed %d: %d suggestions %q, want %d", lang, cat, seed, len(got), ids(got), want)
				}
				for _, tp := range got {
					if tp.Lang != lang || tp.Category != cat {
						t.Errorf("%s/%s seed %d: suggested %s (%s/%s); the category's own templates suffice", lang, cat, seed, tp.ID, tp.Lang, tp.Category)
					}
					if calm && tp.Tone != templates.ToneFirm && tp.Tone != templates.ToneSupport {
						t.Errorf("%s/%s: suggested tone %s", lang, cat, tp.Tone)
					}
				}
			}
		}
	}
	// Disabled templates are never suggested.
	off := mustParse(t, "off.yaml", "pack: off\ndisable: [da.threat.firm, da.threat.firm-police]\n")
	s2, err := templates.Default(off)
	if err != nil {
		t.Fatal(err)
	}
	for seed := range uint64(50) {
		for _, tp := range s2.Suggest(rules.CatThreat, "da", 2, seed) {
			if tp.ID == "da.threat.firm" || tp.ID == "da.threat.firm-police" {
				t.Fatalf("seed %d: suggested disabled %s", seed, tp.ID)
			}
			if tp.Tone == templates.ToneFirm && tp.ID != "da.any.firm" {
				t.Fatalf("seed %d: firm should now come from da.any.firm, got %s", seed, tp.ID)
			}
		}
	}
}

func TestAllowedTones(t *testing.T) {
	for _, cat := range []rules.Category{rules.CatThreat, rules.CatExtremism} {
		if got := templates.AllowedTones(cat); !slices.Equal(got, []templates.Tone{templates.ToneFirm, templates.ToneSupport}) {
			t.Errorf("AllowedTones(%s) = %v", cat, got)
		}
	}
	got := templates.AllowedTones(rules.CatSlur)
	got[0] = "changed"
	if templates.AllowedTones(rules.CatSlur)[0] == "changed" || templates.Tones[0] == "changed" {
		t.Error("AllowedTones returns a shared slice")
	}
}

func TestRender(t *testing.T) {
	norm := templates.Template{ID: "en.x", Lang: "en", Text: "{author}, we don't say that in {community}. Please say it another way (our rules: {rules_link})."}
	da := templates.Template{ID: "da.x", Lang: "da", Text: "{author}, det siger vi ikke i {community} (vores regler: {rules_link})."}
	all := templates.Vars{Author: "Sam", Community: "Vestby Youth", RulesLink: "https://vestby.example/rules"}
	tests := []struct {
		name string
		t    templates.Template
		v    templates.Vars
		want string
	}{
		{"all placeholders", norm, all, "Sam, we don't say that in Vestby Youth. Please say it another way (our rules: https://vestby.example/rules)."},
		{"values are trimmed", norm, templates.Vars{Author: " Sam ", Community: "Vestby Youth", RulesLink: " https://x.example/r "}, "Sam, we don't say that in Vestby Youth. Please say it another way (our rules: https://x.example/r)."},
		{"no rules link", norm, templates.Vars{Author: "Sam", Community: "Vestby Youth"}, "Sam, we don't say that in Vestby Youth. Please say it another way."},
		{"no rules link, Danish", da, templates.Vars{Author: "Sam", Community: "Vestby"}, "Sam, det siger vi ikke i Vestby."},
		{"bare link in parentheses", templates.Template{Text: "Please stop ({rules_link})."}, templates.Vars{}, "Please stop."},
		{"link in the middle", templates.Template{Text: "Read the rules ({rules_link}) and try again."}, templates.Vars{}, "Read the rules and try again."},
		{"link at the start", templates.Template{Text: "({rules_link}) Please stop."}, templates.Vars{}, "Please stop."},
		{"link outside parentheses, built in code", templates.Template{Text: "Rules: {rules_link}"}, templates.Vars{}, "Rules:"},
		{"no author", norm, templates.Vars{Community: "Vestby Youth"}, "We don't say that in Vestby Youth. Please say it another way."},
		{"no community, English", norm, templates.Vars{Author: "Sam"}, "Sam, we don't say that in this group. Please say it another way."},
		{"no community, Danish", da, templates.Vars{Author: "Sam"}, "Sam, det siger vi ikke i gruppen."},
		{"nothing at all, Danish", da, templates.Vars{}, "Det siger vi ikke i gruppen."},
		{"placeholders in values stay", norm, templates.Vars{Author: "{community}", Community: "{rules_link}", RulesLink: "{author}"}, "{community}, we don't say that in {rules_link}. Please say it another way (our rules: {author})."},
		{"@everyone as author", norm, templates.Vars{Author: "@everyone", Community: "@here", RulesLink: "x"}, "@\u200beveryone, we don't say that in @\u200bhere. Please say it another way (our rules: x)."},
		{"role mention as author", da, templates.Vars{Author: "<@&1234>", Community: "V", RulesLink: "x"}, "<\u200b@\u200b&1234>, det siger vi ikke i V (vores regler: x)."},
		{"any @ in a name", da, templates.Vars{Author: "kim@home", Community: "@channel", RulesLink: "x"}, "kim@\u200bhome, det siger vi ikke i @\u200bchannel (vores regler: x)."},
		{"mass mention in the link", da, templates.Vars{Author: "Sam", Community: "V", RulesLink: "https://x.example/@everyone"}, "Sam, det siger vi ikke i V (vores regler: https://x.example/@\u200beveryone)."},
		{"an ordinary @ in the link stays", da, templates.Vars{Author: "Sam", Community: "V", RulesLink: "https://medium.example/@vestby"}, "Sam, det siger vi ikke i V (vores regler: https://medium.example/@vestby)."},
		{"mention in a text built in code", templates.Template{Text: "@everyone <@123> @All: hi @allerod"}, all, "@\u200beveryone <\u200b@123> @\u200bAll: hi @allerod"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := templates.Render(tt.t, tt.v)
			if got != tt.want {
				t.Errorf("Render\n got %q\nwant %q", got, tt.want)
			}
			if m := massMention.FindString(got); m != "" {
				t.Errorf("Render produced mention %q in %q", m, got)
			}
		})
	}
}

// massMention matches what platforms read as a mass, role or user mention.
var massMention = regexp.MustCompile(`(?i)@(everyone|here)|@(channel|all)\b|<@`)

var placeholderRE = regexp.MustCompile(`\{[^{}]*\}`)

func TestBuiltin(t *testing.T) {
	packs, err := templates.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	if len(packs) != 2 || packs[0].Lang != "da" || packs[1].Lang != "en" {
		t.Fatalf("Builtin() = %d packs", len(packs))
	}
	for _, p := range packs {
		if p.Version == "" || !strings.HasPrefix(p.File, "builtin:packs/") {
			t.Errorf("pack %s: version %q, file %q", p.Name, p.Version, p.File)
		}
	}
	s := mustSet(t, packs...)
	byLang := map[string]map[rules.Category][]templates.Template{}
	suffixes := map[string]map[string]templates.Tone{}
	for _, tp := range s.All() {
		if byLang[tp.Lang] == nil {
			byLang[tp.Lang] = map[rules.Category][]templates.Template{}
			suffixes[tp.Lang] = map[string]templates.Tone{}
		}
		byLang[tp.Lang][tp.Category] = append(byLang[tp.Lang][tp.Category], tp)
		prefix := tp.Lang + "." + string(tp.Category) + "."
		if !strings.HasPrefix(tp.ID, prefix) {
			t.Errorf("%s: id should start with %s", tp.ID, prefix)
		}
		suffixes[tp.Lang][strings.TrimPrefix(tp.ID, tp.Lang+".")] = tp.Tone
		checkBuiltinText(t, tp)
	}
	for _, lang := range []string{"da", "en"} {
		for _, cat := range append(slices.Clone(rules.Categories), templates.CatAny) {
			ts := byLang[lang][cat]
			tones := map[templates.Tone]bool{}
			for _, tp := range ts {
				tones[tp.Tone] = true
			}
			wantTones := 3
			if cat == rules.CatThreat || cat == rules.CatExtremism {
				wantTones = 2 // firm and support, the only ones allowed
			}
			if len(ts) < 3 || len(tones) < wantTones {
				t.Errorf("%s/%s: %d templates in %d tones, want >= 3 in >= %d tones", lang, cat, len(ts), len(tones), wantTones)
			}
		}
	}
	// The two packs are translations of each other, tone for tone.
	for suffix, tone := range suffixes["da"] {
		if suffixes["en"][suffix] != tone {
			t.Errorf("da.%s (%s) has no English counterpart of the same tone", suffix, tone)
		}
	}
	if len(suffixes["da"]) != len(suffixes["en"]) {
		t.Errorf("da has %d templates, en %d", len(suffixes["da"]), len(suffixes["en"]))
	}
	// Threat support templates tell people how to reach the police.
	for _, lang := range []string{"da", "en"} {
		for _, tp := range byLang[lang][rules.CatThreat] {
			if tp.Tone == templates.ToneSupport && !(strings.Contains(tp.Text, "112") && strings.Contains(tp.Text, "114")) {
				t.Errorf("%s: a threat support template should give 112 and 114", tp.ID)
			}
		}
	}
}

// checkBuiltinText holds a built-in template to the writing rules in the
// packs' header comments.
func checkBuiltinText(t *testing.T, tp templates.Template) {
	t.Helper()
	if n := utf8.RuneCountInString(tp.Text); n > 400 {
		t.Errorf("%s: %d characters, want <= 400", tp.ID, n)
	}
	if tp.Rationale == "" || strings.Contains(tp.Rationale, "\n") {
		t.Errorf("%s: rationale must be one line", tp.ID)
	}
	for _, ph := range placeholderRE.FindAllString(tp.Text, -1) {
		if !slices.Contains([]string{"{author}", "{community}", "{rules_link}"}, ph) {
			t.Errorf("%s: placeholder %s", tp.ID, ph)
		}
	}
	if n := strings.Count(tp.Text, "{author}"); n > 1 || n == 1 && !strings.HasPrefix(tp.Text, "{author}, ") {
		t.Errorf("%s: {author} only as the opening \"{author}, \"", tp.ID)
	}
	if i := strings.Index(tp.Text, "{community}"); i >= 0 {
		before := strings.TrimRight(tp.Text[:i], " ")
		if before == "" || strings.ContainsAny(before[len(before)-1:], ".!?") {
			t.Errorf("%s: {community} must not start a sentence", tp.ID)
		}
	}
	if strings.Contains(tp.Text, "{rules_link}") && !strings.HasSuffix(tp.Text, "{rules_link}).") {
		t.Errorf("%s: {rules_link} belongs in the closing parenthesis", tp.ID)
	}
	if (tp.Category == rules.CatThreat || tp.Category == rules.CatExtremism) && strings.Contains(tp.Text, "?") {
		t.Errorf("%s: threat and extremism templates ask nothing", tp.ID)
	}
	sentences := len(regexp.MustCompile(`[.!?](\s|$)`).FindAllString(tp.Text, -1))
	if sentences < 1 || sentences > 3 {
		t.Errorf("%s: %d sentences, want 1-3", tp.ID, sentences)
	}
	for _, v := range []templates.Vars{
		{Author: "Sam", Community: "Vestby", RulesLink: "https://vestby.example/regler"},
		{Author: "Sam", Community: "Vestby"},
		{},
	} {
		out := templates.Render(tp, v)
		if strings.ContainsAny(out, "{}") || strings.Contains(out, "  ") || strings.Contains(out, " .") || strings.Contains(out, "()") {
			t.Errorf("%s with %+v renders badly: %q", tp.ID, v, out)
		}
		if !strings.ContainsAny(out[len(out)-1:], ".!?") {
			t.Errorf("%s with %+v does not end a sentence: %q", tp.ID, v, out)
		}
		if m := massMention.FindString(out); m != "" {
			t.Errorf("%s: mention %q", tp.ID, m)
		}
	}
}

// FuzzParse checks that Parse never panics, that every error it returns is
// a *PackError naming the file, and that whatever it accepts merges and
// renders without a mention.
func FuzzParse(f *testing.F) {
	for _, name := range []string{"da", "en"} {
		data, err := os.ReadFile(filepath.Join("packs", name+".yaml"))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	for _, s := range []string{
		"", "pack: x", "- a", "pack: x\n---\npack: y\n", basePack, pack1(), pack1("replace: true"),
		pack1(`text: "{autor}"`), pack1(`text: "@everyone"`), pack1(`text: "({rules_link}"`),
		pack1(`text: "(a {rules_link}) ({rules_link}) {rules_link})"`), pack1("category: threat"),
		"pack: x\ndisable: [a, '*', 'x.*']\n", "pack: &a x\nlang: *a\n", "templates: [{}, [], 1, ~]\n",
		"pack: x\nlang: en\ntemplates:\n  - &e {id: a, category: any, tone: firm, text: t, rationale: r}\n  - *e\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := templates.Parse("fuzz.yaml", data)
		if err != nil {
			var pe *templates.PackError
			if !errors.As(err, &pe) || !strings.HasPrefix(err.Error(), "fuzz.yaml") {
				t.Fatalf("error %q is not a *PackError naming the file", err)
			}
			return
		}
		s, err := templates.NewSet(p)
		if err != nil {
			return
		}
		for _, tp := range s.All() {
			if n := utf8.RuneCountInString(tp.Text); n == 0 || n > templates.MaxTextLen {
				t.Fatalf("accepted text of %d characters", n)
			}
			for _, v := range []templates.Vars{{}, {Author: "@everyone", Community: "<@&1>", RulesLink: "@here"}} {
				if m := massMention.FindString(templates.Render(tp, v)); m != "" {
					t.Fatalf("%q renders mention %q", tp.Text, m)
				}
			}
		}
		s.Suggest(rules.CatThreat, p.Lang, 3, 1)
	})
}

func ExampleSet_Suggest() {
	set, err := templates.Default()
	if err != nil {
		panic(err)
	}
	caseID := uint64(1042)
	for _, t := range set.Suggest(rules.CatThreat, "da", 3, caseID) {
		fmt.Printf("%s (%s)\n", t.ID, t.Tone)
	}
	// Output:
	// da.threat.support (support)
	// da.threat.firm-police (firm)
}

func ExampleRender() {
	set, err := templates.Default()
	if err != nil {
		panic(err)
	}
	t, _ := set.Get("en.slur.norm")
	fmt.Println(templates.Render(t, templates.Vars{Author: "Sam", Community: "Vestby Youth", RulesLink: "https://vestby.example/rules"}))
	fmt.Println(templates.Render(t, templates.Vars{Author: "Sam", Community: "Vestby Youth"}))
	// Output:
	// Sam, we don't use that word about anyone in Vestby Youth. Feel free to make your point again without it (our rules: https://vestby.example/rules).
	// Sam, we don't use that word about anyone in Vestby Youth. Feel free to make your point again without it.
}

func ExampleNewSet() {
	builtin, err := templates.Builtin()
	if err != nil {
		panic(err)
	}
	// A community's override pack, as an admin would write it.
	override, err := templates.Parse("vestby.yaml", []byte(`pack: vestby
lang: da
disable: [da.slur.question]
templates:
  - id: da.slur.norm
    replace: true
    category: slur
    tone: norm-setting
    text: "{author}, det ord bruger vi ikke i {community}. Skriv gerne igen uden det (se reglerne: {rules_link})."
    rationale: our own wording
`))
	if err != nil {
		panic(err)
	}
	set, err := templates.NewSet(append(builtin, override)...)
	if err != nil {
		panic(err)
	}
	t, _ := set.Get("da.slur.norm")
	fmt.Println(templates.Render(t, templates.Vars{Author: "Sam", Community: "Vestby Ungdomsklub"}))
	_, ok := set.Get("da.slur.question")
	fmt.Println("da.slur.question active:", ok)

	// A mistake is reported with file:line and a hint.
	_, err = templates.Parse("vestby.yaml", []byte("pack: vestby\nlang: da\ntemplates:\n  - id: da.x\n    category: slurs\n"))
	fmt.Println(strings.Split(err.Error(), "\n")[0])
	// Output:
	// Sam, det ord bruger vi ikke i Vestby Ungdomsklub. Skriv gerne igen uden det.
	// da.slur.question active: false
	// vestby.yaml:5: unknown category "slurs" (did you mean "slur"?)
}
