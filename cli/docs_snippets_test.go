package cli

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/trygbot/trygbot/config"
	"github.com/trygbot/trygbot/rules"
	"github.com/trygbot/trygbot/templates"
)

// snippetEnv holds the variables the README tells readers to export
// before `trygbot config check`, with example values of the right shape.
// TestDocSnippets checks that each is named in the README.
var snippetEnv = map[string]string{
	"TRYGBOT_PSEUDONYM_KEY":      "0123456789abcdef0123456789abcdef0123456789abcdef",
	"DISCORD_TOKEN":              "discord-example-token",
	"TELEGRAM_TOKEN":             "123456:ABC-example",
	"TRYGBOT_INGEST_TOKEN":       "ingest-example-token-0123456789abcdef",
	"TRYGBOT_INGEST_TOKEN_FORUM": "ingest-forum-example-token-0123456789abcdef",
}

// notConfig marks a YAML block of the docs that is neither a
// configuration nor a pack; the snippet test only checks that it parses.
const notConfig = "# not a config file"

// snippetBase is what a configuration fragment of the docs (a block
// without communities, such as the Redis store section) is added to.
const snippetBase = `privacy:
  pseudonym_key: ${TRYGBOT_PSEUDONYM_KEY}
communities:
  - id: example
    platform: console
    chat_id: console
    language: da
    moderators_chat: moderators
    moderators: ["user:anna"]
`

// snippet is one ```yaml block of a Markdown file.
type snippet struct {
	file string
	line int // of the opening fence
	text string
}

func (s snippet) String() string { return fmt.Sprintf("%s:%d", s.file, s.line) }

// yamlSnippets returns the ```yaml blocks of a Markdown document, with the
// indentation of their fence (a block inside a list item) removed.
func yamlSnippets(file string, data []byte) ([]snippet, error) {
	var out []snippet
	var cur *snippet
	var indent int
	var body strings.Builder
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		trimmed := strings.TrimLeft(line, " ")
		if cur == nil {
			if strings.HasPrefix(trimmed, "```yaml") || strings.HasPrefix(trimmed, "```yml") {
				cur, indent = &snippet{file: file, line: n}, len(line)-len(trimmed)
				body.Reset()
			}
			continue
		}
		if strings.TrimSpace(line) == "```" {
			cur.text = body.String()
			out = append(out, *cur)
			cur = nil
			continue
		}
		cut := min(indent, len(line)-len(trimmed))
		body.WriteString(line[cut:])
		body.WriteByte('\n')
	}
	if cur != nil {
		return out, fmt.Errorf("%s: unterminated yaml block", cur)
	}
	return out, sc.Err()
}

// checkSnippet checks one block with the parser it is written for: a rule
// pack (top-level pack: and rules or lexicons) with rules.ParsePack and
// rules.Compile on top of the built-in packs, a template pack (pack: and
// templates:) with templates.Parse and templates.Default, and anything
// else as a configuration with config.Load, as `trygbot config check`
// does: a whole file when it lists communities, otherwise a fragment
// added to snippetBase. It returns what kind of block it took s for.
func checkSnippet(dir string, s snippet, getenv func(string) string) (string, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal([]byte(s.text), &doc); err != nil {
		return "", fmt.Errorf("invalid YAML: %w", err)
	}
	if strings.Contains(s.text, notConfig) {
		return "not a config file", nil
	}
	if len(doc.Content) != 1 || doc.Content[0].Kind != yaml.MappingNode {
		return "", fmt.Errorf("not a mapping: mark the block %q if it is not meant to be a file", notConfig)
	}
	root := doc.Content[0]
	keys := map[string]bool{}
	for i := 0; i < len(root.Content); i += 2 {
		keys[root.Content[i].Value] = true
	}
	name := filepath.Base(s.file) + fmt.Sprintf("-line%d.yaml", s.line)
	switch {
	case keys["pack"] && keys["templates"]:
		p, err := templates.Parse(name, []byte(s.text))
		if err != nil {
			return "template pack", err
		}
		_, err = templates.Default(p)
		return "template pack", err
	case keys["pack"]:
		p, err := rules.ParsePack(name, []byte(s.text))
		if err != nil {
			return "rule pack", err
		}
		packs, err := rules.BuiltinPacks()
		if err != nil {
			return "rule pack", err
		}
		_, err = rules.Compile(append(packs, p)...)
		return "rule pack", err
	case keys["communities"]:
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(s.text), 0o600); err != nil {
			return "", err
		}
		_, err := config.Load(path, getenv)
		return "configuration", err
	}
	var base yaml.Node
	if err := yaml.Unmarshal([]byte(snippetBase), &base); err != nil {
		return "", err
	}
	merged := base.Content[0]
	for i := 0; i < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		replaced := false
		for j := 0; j < len(merged.Content); j += 2 {
			if merged.Content[j].Value == k.Value {
				merged.Content[j+1], replaced = v, true
			}
		}
		if !replaced {
			merged.Content = append(merged.Content, k, v)
		}
	}
	data, err := yaml.Marshal(&base)
	if err != nil {
		return "", err
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, data, 0o600); err != nil {
		return "", err
	}
	_, err = config.Load(path, getenv)
	return "configuration fragment", err
}

// TestDocSnippets checks every ```yaml block of README.md and docs/*.md,
// so that a snippet that no longer loads fails the build.
func TestDocSnippets(t *testing.T) {
	files, err := filepath.Glob("../docs/*.md")
	if err != nil {
		t.Fatal(err)
	}
	files = append([]string{"../README.md"}, files...)
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	for name := range snippetEnv {
		if !bytes.Contains(readme, []byte(name)) {
			t.Errorf("README does not mention %s, which the snippet test sets", name)
		}
	}
	dir := t.TempDir()
	getenv := configGetenv(snippetEnv)
	kinds := map[string]int{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		snippets, err := yamlSnippets(strings.TrimPrefix(f, "../"), data)
		if err != nil {
			t.Error(err)
		}
		for _, s := range snippets {
			kind, err := checkSnippet(dir, s, getenv)
			kinds[kind]++
			if err != nil {
				var lines []string
				for _, p := range config.Problems(err) {
					lines = append(lines, "  "+p.Error())
				}
				if len(lines) == 0 {
					lines = []string{"  " + err.Error()}
				}
				t.Errorf("%s (%s) fails:\n%s\n--- block ---\n%s", s, kind, strings.Join(lines, "\n"), s.text)
			}
		}
	}
	t.Logf("checked: %v", kinds)
	// The README documents Discord, Telegram, ingest and Redis setups.
	if kinds["configuration"] < 3 || kinds["configuration fragment"] < 1 || kinds["rule pack"] < 2 {
		t.Errorf("found fewer snippets than the docs have: %v", kinds)
	}
}

// TestDocSnippetsCatchRot shows the snippet check fails on the faults
// issue 13 found in the README: a community without a language, no
// privacy key, and a webhook secret required in polling mode.
func TestDocSnippetsCatchRot(t *testing.T) {
	getenv := configGetenv(snippetEnv)
	for _, tc := range []struct {
		name, text, want string
	}{
		{"no language", `privacy: {pseudonym_key: "${TRYGBOT_PSEUDONYM_KEY}"}
discord: {token: "${DISCORD_TOKEN}"}
communities:
  - {id: a, platform: discord, chat_id: "1", moderators_chat: "2", moderators: ["role:3"]}
`, "communities[0].language"},
		{"no privacy", `discord: {token: "${DISCORD_TOKEN}"}
communities:
  - {id: a, platform: discord, chat_id: "1", language: da, moderators_chat: "2", moderators: ["role:3"]}
`, "privacy.pseudonym_key"},
		{"secret required in polling", `privacy: {pseudonym_key: "${TRYGBOT_PSEUDONYM_KEY}"}
telegram: {token: "${TELEGRAM_TOKEN}", mode: polling, webhook: {secret_token: "${TELEGRAM_WEBHOOK_SECRET}"}}
communities:
  - {id: a, platform: telegram, chat_id: "-1001", language: da, moderators_chat: "-1002", moderators: ["user:3"]}
`, "telegram.webhook.secret_token"},
		{"fragment with a typo", "store:\n  driver: rediss\n", "store.driver"},
		{"rule pack with a typo", "pack: x\nlang: da\nrules:\n  - id: x.y\n    category: slur\n    temrs: [foo]\n", "temrs"},
		{"unmarked prose", "just: [a, list\n", "invalid YAML"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := checkSnippet(t.TempDir(), snippet{file: "README.md", line: 1, text: tc.text}, getenv)
			if err == nil {
				t.Fatalf("passed, want a problem with %s", tc.want)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want it to mention %s", err, tc.want)
			}
		})
	}
	if kind, err := checkSnippet(t.TempDir(), snippet{file: "x.md", line: 1, text: "# not a config file\nanything: goes\n"}, getenv); err != nil || kind != "not a config file" {
		t.Errorf("marked block: %q, %v", kind, err)
	}
}
