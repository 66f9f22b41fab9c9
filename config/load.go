package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/trygbot/trygbot/internal/yamlerr"
)

// EnvPrefix starts the name of every environment override.
const EnvPrefix = "TRYGBOT_"

// maxSteps bounds the values decoded from one file, so that aliases that
// refer to aliases cannot make a small file expensive. Real files have
// hundreds.
const maxSteps = 100_000

// Load reads the YAML file at path and returns its configuration:
//
//  1. Default(),
//  2. then the file: every key it sets replaces the default; a list
//     replaces the default list; an empty value keeps the default.
//     "${NAME}" in any value is replaced by getenv("NAME"), and
//     "${NAME:-default}" by default when the variable is empty; "$$" is a
//     literal "$". A variable that is empty without a default is an
//     error. Relative paths (store.sqlite.path and every pack list) are
//     resolved against the directory of path.
//  3. then environment overrides: every setting that is not a list or
//     inside communities can be set with TRYGBOT_ followed by its field
//     path in capitals, dots as underscores: store.redis.addr is
//     TRYGBOT_STORE_REDIS_ADDR, privacy.retention_days is
//     TRYGBOT_PRIVACY_RETENTION_DAYS, discord.token is
//     TRYGBOT_DISCORD_TOKEN (see EnvOverrides). An empty variable does not
//     override. Paths from the environment are used as given (relative to
//     the working directory).
//  4. then Validate.
//
// Secrets (the fields of type Secret) may only come from the environment:
// in the file they must be written as ${NAME} or ${NAME:-}, and a literal
// value is refused.
//
// Every problem is reported at once, as *Error values joined with
// errors.Join (see Problems), each with file:line or the environment
// variable, the field path and a hint. On error the Config is nil.
//
// Load reads only path and, through Validate, checks that the pack files
// the configuration names exist. It reads the environment only through
// getenv.
func Load(path string, getenv func(string) string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	return Parse(path, data, getenv)
}

// Parse is Load for a file already read: name is the file's path, used in
// errors and to resolve relative paths.
func Parse(name string, data []byte, getenv func(string) string) (*Config, error) {
	if getenv == nil {
		getenv = func(string) string { return "" }
	}
	c := Default()
	c.file = name
	c.lines = map[string]int{}
	c.as = map[string]string{}
	root, err := parseYAML(name, data)
	if err != nil {
		return nil, err
	}
	d := &decoder{c: c, getenv: getenv}
	d.value(root, reflect.ValueOf(c).Elem(), "", fieldInfo{})
	resolvePaths(c, filepath.Dir(name))
	d.applyEnv()

	if d.steps > maxSteps {
		return nil, d.errs[len(d.errs)-1].err
	}
	var errs []*Error
	for _, e := range d.errs {
		if e.dropped {
			continue
		}
		errs = append(errs, e.err)
		c.markBad(e.err.Path)
	}
	p := &problems{c: c, skip: c.bad}
	c.validate(p)
	errs = append(errs, p.errs...)
	if len(errs) > 0 {
		return nil, join(errs)
	}
	c.bad = nil
	c.loc, _ = time.LoadLocation(c.Timezone)
	return c, nil
}

// parseYAML parses one YAML document and returns its root node.
func parseYAML(name string, data []byte) (*yaml.Node, error) {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, &Error{File: name, Msg: "the file is empty", Hint: "start from `trygbot config example`"}
		}
		return nil, yamlError(name, data, err)
	}
	var more yaml.Node
	if err := dec.Decode(&more); err == nil {
		return nil, &Error{File: name, Line: more.Line, Msg: "a second YAML document", Hint: "a config file is one document; remove the ---"}
	} else if !errors.Is(err, io.EOF) {
		return nil, yamlError(name, data, err)
	}
	root := &doc
	if root.Kind == yaml.DocumentNode && len(root.Content) == 1 {
		root = root.Content[0]
	}
	if root.Kind == yaml.ScalarNode && root.ShortTag() == "!!null" {
		return nil, &Error{File: name, Msg: "the file is empty", Hint: "start from `trygbot config example`"}
	}
	if root.Kind != yaml.MappingNode {
		return nil, &Error{File: name, Line: root.Line, Msg: "a config file is a mapping with keys such as store, privacy, communities", Hint: "start from `trygbot config example`"}
	}
	return root, nil
}

// yamlError turns a YAML syntax error into an Error with the right line.
func yamlError(name string, data []byte, err error) *Error {
	msg, line := yamlerr.Message(err), yamlerr.Line(err)
	// yaml.v3 reports a parser error (as opposed to a scanner error) at
	// the 0-based line where the construct started.
	for _, p := range yamlParserProblems {
		if strings.Contains(msg, p) {
			line++
			break
		}
	}
	e := &Error{File: name, Line: line, Msg: "invalid YAML: " + msg}
	lines := strings.Split(string(data), "\n")
	if line > 0 && line <= len(lines) && strings.Contains(lines[line-1], "${") &&
		(strings.Contains(msg, "',' or '}'") || strings.Contains(msg, "',' or ']'")) {
		e.Hint = `inside { } and [ ], quote values with ${...}: token: "${DISCORD_TOKEN}"`
	} else if strings.Contains(msg, "cannot start any token") && line > 0 && line <= len(lines) && strings.Contains(lines[line-1], "\t") {
		e.Hint = "indent with spaces, not tabs"
	}
	return e
}

// yamlParserProblems are the messages of yaml.v3's parser errors.
var yamlParserProblems = []string{
	"did not find expected <stream-start>",
	"did not find expected <document start>",
	"found undefined tag handle",
	"did not find expected node content",
	"did not find expected '-' indicator",
	"did not find expected key",
	"did not find expected ',' or ']'",
	"did not find expected ',' or '}'",
	"found duplicate %YAML directive",
	"found incompatible YAML document",
	"found duplicate %TAG directive",
}

// decodeErr is a problem found while decoding. An environment override
// of the same field drops it, unless it is sticky (a secret written in
// the file stays a problem whatever the environment says).
type decodeErr struct {
	err     *Error
	sticky  bool
	dropped bool
}

// decoder walks the YAML nodes and the Config's fields together, so that
// every key has a line and every problem is found, not only the first.
type decoder struct {
	c      *Config
	getenv func(string) string
	errs   []decodeErr
	steps  int
	keys   map[string][]string // key name -> sections that have it, for hints
}

// fieldInfo is what a struct field's tags say about a value.
type fieldInfo struct {
	key    string // YAML key
	envVar string // for secrets: the variable to suggest (tag env)
	gen    bool   // for secrets: a random key the user generates (tag gen)
}

var (
	secretType   = reflect.TypeFor[Secret]()
	durationType = reflect.TypeFor[time.Duration]()
	// secretRef is the only form a secret may take in the file.
	secretRef = regexp.MustCompile(`^\$\{([A-Za-z_][A-Za-z0-9_]*)(:-(.*))?\}$`)
	varName   = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)
)

func (d *decoder) fail(path string, line int, msg, hint string) {
	d.errs = append(d.errs, decodeErr{err: &Error{File: d.c.file, Line: line, Path: path, Msg: msg, Hint: hint}})
}

func (d *decoder) failSticky(path string, line int, msg, hint string) {
	d.fail(path, line, msg, hint)
	d.errs[len(d.errs)-1].sticky = true
}

// resolve follows aliases.
func resolve(n *yaml.Node) *yaml.Node {
	for i := 0; n.Kind == yaml.AliasNode && n.Alias != nil && i < 100; i++ {
		n = n.Alias
	}
	return n
}

func isNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null" && n.Style == 0
}

func describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.AliasNode:
		return "an alias"
	}
	return fmt.Sprintf("%q", n.Value)
}

// value decodes n into v; path is v's field path.
func (d *decoder) value(n *yaml.Node, v reflect.Value, path string, fi fieldInfo) {
	d.steps++
	if d.steps > maxSteps {
		if d.steps == maxSteps+1 {
			d.fail(path, n.Line, "too many values", "aliases refer to each other too often")
		}
		return
	}
	line := n.Line
	n = resolve(n)
	if n.Kind == yaml.AliasNode {
		d.fail(path, line, "alias refers to itself", "")
		return
	}
	if isNull(n) {
		return // an empty value keeps the default
	}
	t := v.Type()
	switch {
	case t == secretType:
		d.secret(n, v, path, line, fi)
	case t.Kind() == reflect.Struct:
		d.mapping(n, v, path)
	case t.Kind() == reflect.Pointer:
		// Decode into a copy; a value that does not decode keeps the old one.
		e := reflect.New(t.Elem())
		if !v.IsNil() {
			e.Elem().Set(v.Elem())
		}
		before := len(d.errs)
		d.value(n, e.Elem(), path, fi)
		if len(d.errs) == before {
			v.Set(e)
		}
	case t.Kind() == reflect.Slice:
		d.list(n, v, path)
	default:
		if n.Kind != yaml.ScalarNode {
			hint := ""
			if n.Kind == yaml.MappingNode && len(n.Content) == 2 && t.Kind() == reflect.String &&
				n.Content[0].Kind == yaml.ScalarNode && n.Content[1].Kind == yaml.ScalarNode {
				hint = fmt.Sprintf(`write "%s:%s", without a space after the colon`, n.Content[0].Value, n.Content[1].Value)
			}
			d.fail(path, line, "want "+want(t)+", got "+describe(n), hint)
			return
		}
		s, ok := d.expand(n.Value, path, line)
		if !ok {
			return
		}
		if msg, hint := setScalar(v, s); msg != "" {
			d.fail(path, line, msg, hint)
		}
	}
}

// want names what a scalar field takes, for type errors.
func want(t reflect.Type) string {
	switch {
	case t == durationType:
		return "a duration such as 15m or 24h"
	case t == secretType:
		return "${VARIABLE}"
	}
	switch t.Kind() {
	case reflect.String:
		return "a text value"
	case reflect.Int:
		return "a whole number"
	case reflect.Float64:
		return "a number"
	case reflect.Bool:
		return "true or false"
	case reflect.Slice:
		return "a list"
	case reflect.Struct:
		return "a mapping"
	}
	return t.String()
}

// setScalar parses s into v, returning a problem and hint on failure.
func setScalar(v reflect.Value, s string) (msg, hint string) {
	t := v.Type()
	switch {
	case t == secretType:
		v.SetString(s)
		return "", ""
	case t == durationType:
		dur, err := time.ParseDuration(s)
		if err != nil {
			return fmt.Sprintf("invalid duration %q", s), durationHint(s)
		}
		v.SetInt(int64(dur))
		return "", ""
	}
	switch t.Kind() {
	case reflect.String:
		v.SetString(s)
	case reflect.Int:
		i, err := strconv.ParseInt(s, 0, strconv.IntSize)
		if err != nil {
			if f, ferr := strconv.ParseFloat(s, 64); ferr == nil && f == math.Trunc(f) && math.Abs(f) < 1e15 {
				i = int64(f)
				break
			}
			return fmt.Sprintf("want a whole number, got %q", s), ""
		}
		v.SetInt(i)
	case reflect.Float64:
		f, err := strconv.ParseFloat(s, 64)
		if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
			return fmt.Sprintf("want a number, got %q", s), ""
		}
		v.SetFloat(f)
	case reflect.Bool:
		switch strings.ToLower(s) {
		case "true", "yes", "on":
			v.SetBool(true)
		case "false", "no", "off":
			v.SetBool(false)
		default:
			return fmt.Sprintf("want true or false, got %q", s), ""
		}
	default:
		return "want " + want(t), ""
	}
	return "", ""
}

// durationHint explains Go durations for a value that is not one.
func durationHint(s string) string {
	s = strings.TrimSpace(s)
	if n, ok := strings.CutSuffix(s, "d"); ok {
		if days, err := strconv.Atoi(n); err == nil {
			return fmt.Sprintf("durations have no days: write %dh", days*24)
		}
	}
	if _, err := strconv.ParseFloat(s, 64); err == nil {
		return fmt.Sprintf("add a unit: %ss, %sm or %sh", s, s, s)
	}
	return "a Go duration such as 90s, 15m, 24h or 1h30m"
}

// expand replaces ${NAME} and ${NAME:-default} in s.
func (d *decoder) expand(s, path string, line int) (string, bool) {
	if !strings.Contains(s, "$") {
		return s, true
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '$' || i+1 == len(s) {
			b.WriteByte(s[i])
			continue
		}
		switch s[i+1] {
		case '$':
			b.WriteByte('$')
			i++
			continue
		case '{':
		default:
			b.WriteByte('$')
			continue
		}
		end := strings.IndexByte(s[i+2:], '}')
		if end < 0 {
			d.fail(path, line, "unterminated ${ in value", "write ${NAME}, or $$ for a literal $")
			return "", false
		}
		inner := s[i+2 : i+2+end]
		name, def, hasDef := strings.Cut(inner, ":-")
		if !varName.MatchString(name) {
			d.fail(path, line, fmt.Sprintf("invalid variable name %q in ${%s}", name, inner), "names are letters, digits and _, not starting with a digit")
			return "", false
		}
		val := d.getenv(name)
		if val == "" {
			if !hasDef {
				d.fail(path, line, fmt.Sprintf("variable %s is not set", name), fmt.Sprintf("set it, or write ${%s:-default}", name))
				return "", false
			}
			val = def
		}
		b.WriteString(val)
		i += 2 + end
	}
	return b.String(), true
}

// secret decodes a Secret: only "${NAME}" or "${NAME:-}" are accepted.
// Nothing of the written value goes into a message.
func (d *decoder) secret(n *yaml.Node, v reflect.Value, path string, line int, fi fieldInfo) {
	suggest := fi.envVar
	if suggest == "" {
		suggest = envName(path)
	}
	write := fmt.Sprintf("write %s: ${%s} and set the variable", fi.key, suggest)
	if n.Kind != yaml.ScalarNode {
		d.failSticky(path, line, "want ${VARIABLE}, got "+describe(n), write)
		return
	}
	if n.Value == "" {
		return
	}
	m := secretRef.FindStringSubmatch(n.Value)
	if m == nil {
		d.failSticky(path, line, "a secret cannot be written in the config file", write)
		return
	}
	name, hasDef, def := m[1], m[2] != "", m[3]
	if def != "" {
		d.failSticky(path, line, "a secret's default would be written in the config file", fmt.Sprintf("write ${%s:-} for an optional secret", name))
		return
	}
	val := d.getenv(name)
	if val == "" && !hasDef {
		d.fail(path, line, fmt.Sprintf("variable %s is not set", name), unsetSecretHint(name, path, fi))
		return
	}
	v.SetString(val)
}

// unsetSecretHint says how to give a secret that is not set.
func unsetSecretHint(name, path string, fi fieldInfo) string {
	if fi.gen {
		return fmt.Sprintf("generate one: export %s=$(openssl rand -hex 32)", name)
	}
	section, _, _ := strings.Cut(path, ".")
	switch section {
	case PlatformDiscord, PlatformTelegram, PlatformIngest:
		return fmt.Sprintf("set it, or write ${%s:-} if no community is on %s", name, section)
	}
	return fmt.Sprintf("set it, or write ${%s:-} to leave it unset", name)
}

// mapping decodes a mapping node into struct v, refusing unknown and
// repeated keys.
func (d *decoder) mapping(n *yaml.Node, v reflect.Value, path string) {
	fields := structFields(v.Type())
	names := make([]string, len(fields))
	for i, f := range fields {
		names[i] = f.key
	}
	if n.Kind != yaml.MappingNode {
		d.fail(path, n.Line, "want a mapping with keys "+strings.Join(names, ", ")+", got "+describe(n), "")
		return
	}
	// Merge keys (<<: *defaults) first, so that the mapping's own keys win.
	for i := 0; i+1 < len(n.Content); i += 2 {
		if k := n.Content[i]; k.Kind == yaml.ScalarNode && k.ShortTag() == "!!merge" {
			m := resolve(n.Content[i+1])
			if m.Kind == yaml.SequenceNode {
				for _, e := range m.Content {
					d.mapping(resolve(e), v, path)
				}
			} else {
				d.mapping(m, v, path)
			}
		}
	}
	seen := map[string]int{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		if k.Kind == yaml.ScalarNode && k.ShortTag() == "!!merge" {
			continue
		}
		if k.Kind != yaml.ScalarNode {
			d.fail(path, k.Line, "a key must be a plain word, got "+describe(k), "")
			continue
		}
		child := joinPath(path, k.Value)
		if first, ok := seen[k.Value]; ok {
			d.fail(path, k.Line, fmt.Sprintf("key %q appears twice", k.Value), fmt.Sprintf("first at line %d", first))
			continue
		}
		seen[k.Value] = k.Line
		fi := -1
		for j, f := range fields {
			if f.key == k.Value {
				fi = j
				break
			}
		}
		if fi < 0 {
			d.fail(path, k.Line, fmt.Sprintf("unknown field %q", k.Value), d.unknownHint(k.Value, names, path))
			continue
		}
		d.c.lines[child] = k.Line
		d.value(val, v.FieldByIndex(fields[fi].index), child, fields[fi].fieldInfo)
	}
}

// unknownHint suggests a known key for an unknown one: a near one in the
// same section, else the sections where the key belongs.
func (d *decoder) unknownHint(key string, names []string, path string) string {
	if s := yamlerr.Nearest(key, names); s != "" {
		return fmt.Sprintf("did you mean %q?", s)
	}
	if d.keys == nil {
		d.keys = map[string][]string{}
		walkSchema(reflect.TypeFor[Config](), "", func(p string, _ reflect.Type, _ fieldInfo) {
			parent, k := parentPath(p), p[strings.LastIndexAny(p, ".]")+1:]
			d.keys[k] = append(d.keys[k], parent)
		})
	}
	if sections := d.keys[key]; len(sections) > 0 {
		where := make([]string, len(sections))
		for i, s := range sections {
			where[i] = s + ":"
			if s == "" {
				where[i] = "the top level"
			}
		}
		return fmt.Sprintf("%s belongs under %s", key, orList(where))
	}
	where := "here"
	if path != "" {
		where = "under " + path + ":"
	}
	return fmt.Sprintf("known %s: %s", where, strings.Join(names, ", "))
}

func orList(s []string) string {
	if len(s) <= 1 {
		return strings.Join(s, "")
	}
	return strings.Join(s[:len(s)-1], ", ") + " or " + s[len(s)-1]
}

// list decodes a sequence node into slice v, replacing its contents.
func (d *decoder) list(n *yaml.Node, v reflect.Value, path string) {
	et := v.Type().Elem()
	if n.Kind != yaml.SequenceNode {
		hint := ""
		if n.Kind == yaml.ScalarNode && et.Kind() == reflect.String {
			hint = fmt.Sprintf("write [%s]", n.Value)
		}
		d.fail(path, n.Line, "want a list, got "+describe(n), hint)
		return
	}
	s := reflect.MakeSlice(v.Type(), len(n.Content), len(n.Content))
	for i, e := range n.Content {
		ip := fmt.Sprintf("%s[%d]", path, i)
		d.c.lines[ip] = e.Line
		d.value(e, s.Index(i), ip, fieldInfo{})
	}
	v.Set(s)
}

func joinPath(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// field is one YAML-visible struct field.
type field struct {
	fieldInfo
	index []int
	tag   string // the config tag: "path" or "pack"
}

func structFields(t reflect.Type) []field {
	var out []field
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		key, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
		if key == "" || key == "-" {
			continue
		}
		out = append(out, field{fieldInfo: fieldInfo{key: key, envVar: f.Tag.Get("env"), gen: f.Tag.Get("gen") == "key"}, index: f.Index, tag: f.Tag.Get("config")})
	}
	return out
}

// walkSchema calls fn for every field path of type t; list elements are
// written [0].
func walkSchema(t reflect.Type, path string, fn func(path string, t reflect.Type, fi fieldInfo)) {
	for _, f := range structFields(t) {
		p := joinPath(path, f.key)
		ft := t.FieldByIndex(f.index).Type
		fn(p, ft, f.fieldInfo)
		switch {
		case ft.Kind() == reflect.Struct && ft != secretType:
			walkSchema(ft, p, fn)
		case ft.Kind() == reflect.Slice && ft.Elem().Kind() == reflect.Struct:
			walkSchema(ft.Elem(), p+"[0]", fn)
		}
	}
}

// EnvOverride is one environment variable that overrides a setting.
type EnvOverride struct {
	Var    string // TRYGBOT_STORE_REDIS_ADDR
	Path   string // store.redis.addr
	Secret bool
}

// EnvOverrides lists every environment override Load applies, in schema
// order: each setting that is a single value outside communities, named
// EnvPrefix + its field path in capitals with dots as underscores.
func EnvOverrides() []EnvOverride {
	var out []EnvOverride
	walkSchema(reflect.TypeFor[Config](), "", func(p string, t reflect.Type, _ fieldInfo) {
		if strings.Contains(p, "[") || t.Kind() == reflect.Slice || t.Kind() == reflect.Pointer || (t.Kind() == reflect.Struct && t != secretType) {
			return
		}
		out = append(out, EnvOverride{Var: envName(p), Path: p, Secret: t == secretType})
	})
	return out
}

// envName is the variable named after a field path: TRYGBOT_ and the
// path in capitals, dots as underscores; a list element's index is part
// of it (ingest.clients[0].token is TRYGBOT_INGEST_CLIENTS_0_TOKEN), for a
// secret's suggested variable.
func envName(path string) string {
	return EnvPrefix + strings.ToUpper(strings.NewReplacer(".", "_", "[", "_", "]", "").Replace(path))
}

// fieldByPath finds the field a schema path (no list elements) names.
func fieldByPath(v reflect.Value, path string) reflect.Value {
	for key := range strings.SplitSeq(path, ".") {
		for _, f := range structFields(v.Type()) {
			if f.key == key {
				v = v.FieldByIndex(f.index)
				break
			}
		}
	}
	return v
}

// applyEnv applies the environment overrides. An override drops the
// problems the file had at that field, except a secret written in it.
func (d *decoder) applyEnv() {
	c := d.c
	for _, o := range EnvOverrides() {
		val := d.getenv(o.Var)
		if val == "" {
			continue
		}
		if c.env == nil {
			c.env = map[string]string{}
		}
		c.env[o.Path] = o.Var
		for i := range d.errs {
			if d.errs[i].err.Path == o.Path && !d.errs[i].sticky {
				d.errs[i].dropped = true
			}
		}
		fv := fieldByPath(reflect.ValueOf(c).Elem(), o.Path)
		if msg, hint := setScalar(fv, val); msg != "" {
			if o.Secret {
				msg = "invalid value" // never echo a secret
			}
			d.errs = append(d.errs, decodeErr{err: &Error{Env: o.Var, Path: o.Path, Msg: msg, Hint: hint}})
		}
		if _, isPath := c.as[o.Path]; isPath {
			c.as[o.Path] = val
		}
	}
}

// resolvePaths makes the relative paths the file (or Default) gave
// relative to dir, remembering what was written for messages.
func resolvePaths(c *Config, dir string) {
	walkTagged(reflect.ValueOf(c).Elem(), "", func(path, tag string, v reflect.Value) {
		p := v.String()
		c.as[path] = p
		if p == "" || filepath.IsAbs(p) || strings.HasPrefix(p, ":") || strings.HasPrefix(p, "file:") {
			return
		}
		v.SetString(filepath.Join(dir, p))
	})
}

// walkTagged calls fn for every string that is a path (config:"path" or
// config:"pack"), including list elements, with its field path.
func walkTagged(v reflect.Value, path string, fn func(path, tag string, v reflect.Value)) {
	for _, f := range structFields(v.Type()) {
		fv := v.FieldByIndex(f.index)
		p := joinPath(path, f.key)
		switch {
		case f.tag != "" && fv.Kind() == reflect.String:
			fn(p, f.tag, fv)
		case f.tag != "" && fv.Kind() == reflect.Slice:
			for i := range fv.Len() {
				fn(fmt.Sprintf("%s[%d]", p, i), f.tag, fv.Index(i))
			}
		case fv.Kind() == reflect.Struct && fv.Type() != secretType:
			walkTagged(fv, p, fn)
		case fv.Kind() == reflect.Slice && fv.Type().Elem().Kind() == reflect.Struct:
			for i := range fv.Len() {
				walkTagged(fv.Index(i), fmt.Sprintf("%s[%d]", p, i), fn)
			}
		}
	}
}
