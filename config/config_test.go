package config

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

// head is a valid configuration in four lines; problem cases append to it
// from line 5 on.
const head = `privacy: {pseudonym_key: "${KEY}"}
discord: {token: "${DISCORD_TOKEN}"}
communities:
  - {id: c1, platform: discord, chat_id: "100", language: da, moderators_chat: "200", moderators: ["user:1"]}
`

var (
	testKey   = strings.Repeat("k", MinKeyBytes)
	baseEnv   = map[string]string{"KEY": testKey, "DISCORD_TOKEN": "discord-hunter2-value"}
	secretEnv = map[string]string{
		"KEY":           "pseudonym-hunter2-0123456789abcdef0123",
		"DISCORD_TOKEN": "discord-hunter2-value",
		"TG_TOKEN":      "telegram-hunter2-value",
		"TG_HOOK":       "webhookhunter2value_0123456789abcdef",
		"INGEST_TOKEN":  "ingest-hunter2-value-0123456789abcdef",
		"REDIS_PW":      "redis-hunter2-value",
		"SESSION":       "session-hunter2-0123456789abcdef01234",
	}
)

// ingestComm adds a community on ingest to head (line 5), and ingestEnv
// the tokens ingest clients use.
const ingestComm = "  - {id: forum, platform: ingest, chat_id: forum1, language: en, moderators_chat: mods, moderators: [user:a]}\n"

var ingestEnv = map[string]string{
	"INGEST": "ingest-token-0123456789abcdef0123456789",
	"CL":     "client-token-0123456789abcdef0123456789",
	"CL2":    "client-token-2-0123456789abcdef0123456789",
}

func getenvFrom(env map[string]string) func(string) string {
	return func(k string) string { return env[k] }
}

func with(env map[string]string, more map[string]string) map[string]string {
	out := maps.Clone(env)
	maps.Copy(out, more)
	return out
}

// writeConfig writes a config file (and the given extra files; names
// ending in / are directories) to a new directory and returns its path.
func writeConfig(t testing.TB, yaml string, files ...string) string {
	t.Helper()
	dir := t.TempDir()
	for _, f := range files {
		p := filepath.Join(dir, f)
		if strings.HasSuffix(f, "/") {
			if err := os.MkdirAll(p, 0o755); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("pack: x\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	path := filepath.Join(dir, "config.yaml")
	if err := os.WriteFile(path, []byte(yaml), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// mustLoad loads yaml and fails the test on any problem.
func mustLoad(t testing.TB, yaml string, env map[string]string, files ...string) *Config {
	t.Helper()
	c, err := Load(writeConfig(t, yaml, files...), getenvFrom(env))
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	return c
}

// problemCase is a configuration (yaml, appended to a valid base) with
// one problem: at line and path, with a message that is msg (or
// contains it, see checkProblems) and a hint that contains hint.
type problemCase struct {
	name, yaml      string
	line            int
	path, msg, hint string
}

// checkProblems loads base+yaml for each case with env and checks that
// the one problem is the case's, in config.yaml. With exactMsg the
// message must be msg; without it, contain it.
func checkProblems(t *testing.T, base string, env map[string]string, exactMsg bool, tests []problemCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(writeConfig(t, base+tt.yaml), getenvFrom(env))
			ps := Problems(err)
			if len(ps) != 1 {
				t.Fatalf("want one problem, got %d: %v", len(ps), err)
			}
			p := ps[0]
			msgOK := strings.Contains(p.Msg, tt.msg)
			if exactMsg {
				msgOK = p.Msg == tt.msg
			}
			if p.Line != tt.line || p.Path != tt.path || !msgOK || !strings.Contains(p.Hint, tt.hint) {
				t.Errorf("got line %d %s: %s (%s)\nwant line %d %s: %s (…%s…)", p.Line, p.Path, p.Msg, p.Hint, tt.line, tt.path, tt.msg, tt.hint)
			}
			if !strings.Contains(p.Error(), "config.yaml:") {
				t.Errorf("the error does not name the file: %s", p.Error())
			}
		})
	}
}

func TestProblems(t *testing.T) {
	tests := []struct {
		name  string
		yaml  string // appended to head, unless raw
		raw   bool
		env   map[string]string
		files []string
		// the one problem expected
		line int
		path string
		msg  string
		hint string
	}{
		// Structure and types.
		{name: "unknown top-level key", yaml: "timezon: UTC\n",
			line: 5, path: "", msg: `unknown field "timezon"`, hint: `did you mean "timezone"?`},
		{name: "unknown nested key", yaml: "store:\n  drivr: redis\n",
			line: 6, path: "store", msg: `unknown field "drivr"`, hint: `did you mean "driver"?`},
		{name: "key case and dash", yaml: "web:\n  Base-URL: x\n",
			line: 6, path: "web", msg: `unknown field "Base-URL"`, hint: `did you mean "base_url"?`},
		{name: "key in the wrong section", yaml: "workflow:\n  token: x\n",
			line: 6, path: "workflow", msg: `unknown field "token"`, hint: "token belongs under discord:, telegram:, ingest: or ingest.clients[0]:"},
		{name: "unknown key without a near one", yaml: "log:\n  colour: red\n",
			line: 6, path: "log", msg: `unknown field "colour"`, hint: "known under log:: level, format"},
		{name: "unknown community key", yaml: "  - {id: c2, platform: console, chat_id: x, language: en, moderators_chat: m, moderators: [user:a], allow_delet: true}\n",
			line: 5, path: "communities[1]", msg: `unknown field "allow_delet"`, hint: `did you mean "allow_delete"?`},
		{name: "duplicate key", yaml: "log:\n  level: info\n  level: debug\n",
			line: 7, path: "log", msg: `key "level" appears twice`, hint: "first at line 6"},
		{name: "whole number wanted", yaml: "workflow:\n  pileon_authors: many\n",
			line: 6, path: "workflow.pileon_authors", msg: `want a whole number, got "many"`},
		{name: "number wanted", yaml: "rules:\n  threshold: high\n",
			line: 6, path: "rules.threshold", msg: `want a number, got "high"`},
		{name: "bool wanted", yaml: "rules:\n  watch: maybe\n",
			line: 6, path: "rules.watch", msg: `want true or false, got "maybe"`},
		{name: "list wanted", yaml: "rules:\n  packs: local.yaml\n",
			line: 6, path: "rules.packs", msg: `want a list, got "local.yaml"`, hint: "write [local.yaml]"},
		{name: "mapping wanted", yaml: "store: sqlite\n",
			line: 5, path: "store", msg: "want a mapping with keys driver, sqlite, redis"},
		{name: "text wanted", yaml: "timezone: [UTC]\n",
			line: 5, path: "timezone", msg: "want a text value, got a list"},
		{name: "invalid duration in days", yaml: "workflow:\n  claim_deadline: 1d\n",
			line: 6, path: "workflow.claim_deadline", msg: `invalid duration "1d"`, hint: "durations have no days: write 24h"},
		{name: "duration without unit", yaml: "workflow:\n  follow_up: 15\n",
			line: 6, path: "workflow.follow_up", msg: `invalid duration "15"`, hint: "add a unit: 15s, 15m or 15h"},
		{name: "invalid duration", yaml: "workflow:\n  repeat_window: soon\n",
			line: 6, path: "workflow.repeat_window", msg: `invalid duration "soon"`, hint: "a Go duration such as"},

		// Values.
		{name: "negative duration", yaml: "workflow:\n  pileon_window: -5m\n",
			line: 6, path: "workflow.pileon_window", msg: "must be positive, got -5m0s"},
		{name: "expiry before re-offer", yaml: "workflow:\n  claim_deadline: 2h\n  expire_after: 1h\n",
			line: 7, path: "workflow.expire_after", msg: "would close cases before they are offered again", hint: "longer than claim_deadline"},
		{name: "shard out of range", raw: true, yaml: "privacy: {pseudonym_key: \"${KEY}\"}\ncommunities:\n  - {id: c1, platform: discord, chat_id: \"100\", language: da, moderators_chat: \"200\", moderators: [\"user:1\"]}\ndiscord:\n  token: \"${DISCORD_TOKEN}\"\n  shard_id: 2\n  shard_count: 2\n",
			line: 6, path: "discord.shard_id", msg: "2 is not a shard of 2", hint: "from 0 to 1"},
		{name: "shard without count", raw: true, yaml: "privacy: {pseudonym_key: \"${KEY}\"}\ncommunities:\n  - {id: c1, platform: discord, chat_id: \"100\", language: da, moderators_chat: \"200\", moderators: [\"user:1\"]}\ndiscord:\n  token: \"${DISCORD_TOKEN}\"\n  shard_id: 1\n",
			line: 6, path: "discord.shard_id", msg: "shard 1 without shard_count", hint: "set shard_count"},
		{name: "zero prompt retry", yaml: "workflow:\n  prompt_retry: 0s\n",
			line: 6, path: "workflow.prompt_retry", msg: "must be positive"},
		{name: "spool of no size", yaml: "store:\n  driver: redis\n  redis:\n    spool_max_mb: 0\n",
			line: 8, path: "store.redis.spool_max_mb", msg: "must be at least 1, got 0"},
		{name: "pile-on of one", yaml: "workflow:\n  pileon_authors: 1\n",
			line: 6, path: "workflow.pileon_authors", msg: "must be at least 2, got 1"},
		{name: "negative message size", yaml: "workflow:\n  max_message_bytes: -1\n",
			line: 6, path: "workflow.max_message_bytes", msg: "must be at least 256, got -1"},
		{name: "negative ingest rate", yaml: "ingest:\n  rate_limit: -5\n",
			line: 6, path: "ingest.rate_limit", msg: "must be a number of at least 0, got -5"},
		{name: "ingest rate without a burst", yaml: "ingest:\n  rate_limit: 50\n  rate_burst: 0\n",
			line: 7, path: "ingest.rate_burst", msg: "must be at least 1 while rate_limit is set, got 0"},
		{name: "unknown driver", yaml: "store:\n  driver: sqllite\n",
			line: 6, path: "store.driver", msg: `unknown driver "sqllite"`, hint: `did you mean "sqlite"?`},
		{name: "redis address", yaml: "store:\n  driver: redis\n  redis: {addr: localhost}\n",
			line: 7, path: "store.redis.addr", msg: `invalid address "localhost"`, hint: "host:port, such as 127.0.0.1:6379"},
		{name: "negative redis db", yaml: "store:\n  driver: redis\n  redis:\n    db: -1\n",
			line: 8, path: "store.redis.db", msg: "must not be negative, got -1"},
		{name: "sqlite directory missing", yaml: "store:\n  sqlite: {path: nodir/trygbot.db}\n",
			line: 6, path: "store.sqlite.path", msg: "directory", hint: "create the directory"},
		{name: "unknown time zone", yaml: "timezone: Europe/Kobenhavn\n",
			line: 5, path: "timezone", msg: `unknown time zone "Europe/Kobenhavn"`, hint: "Europe/Copenhagen or UTC"},
		{name: "threshold out of range", yaml: "rules:\n  threshold: 0\n",
			line: 6, path: "rules.threshold", msg: "threshold 0 out of range", hint: "above 0 and at most 1"},
		{name: "unknown telegram mode", yaml: "telegram:\n  mode: hook\n",
			line: 6, path: "telegram.mode", msg: `unknown mode "hook"`, hint: "one of polling, webhook"},
		{name: "unknown log level", yaml: "log:\n  level: verbose\n",
			line: 6, path: "log.level", msg: `unknown level "verbose"`, hint: "one of debug, info, warn, error"},
		{name: "unknown log format", yaml: "log:\n  format: jsn\n",
			line: 6, path: "log.format", msg: `unknown format "jsn"`, hint: `did you mean "json"?`},
		{name: "listen address", yaml: "web:\n  listen: \"8081\"\n",
			line: 6, path: "web.listen", msg: `invalid address "8081"`, hint: "host:port"},
		{name: "api url", yaml: "telegram:\n  api_url: tg.local/api\n",
			line: 6, path: "telegram.api_url", msg: `want an http or https URL, got "tg.local/api"`},
		{name: "retention shorter than a day", raw: true,
			yaml: "privacy:\n  pseudonym_key: ${KEY}\n  retention_days: 0\n" + head[strings.Index(head, "discord:"):],
			line: 3, path: "privacy.retention_days", msg: "must be at least 1 day, got 0"},
		{name: "negative retention", raw: true,
			yaml: "privacy:\n  pseudonym_key: ${KEY}\n  retention_days: -7\n  evidence_retention_days: 90\n" + head[strings.Index(head, "discord:"):],
			line: 3, path: "privacy.retention_days", msg: "must be at least 1 day, got -7"},
		{name: "evidence kept shorter than cases", raw: true,
			yaml: "privacy:\n  pseudonym_key: ${KEY}\n  evidence_retention_days: 7\n" + head[strings.Index(head, "discord:"):],
			line: 3, path: "privacy.evidence_retention_days", msg: "7 is shorter than retention_days (30)"},
		{name: "negative group size", raw: true,
			yaml: "privacy:\n  pseudonym_key: ${KEY}\n  min_group_size: -3\n" + head[strings.Index(head, "discord:"):],
			line: 3, path: "privacy.min_group_size", msg: "must be at least 1, got -3"},
		{name: "pseudonym key missing", raw: true,
			yaml: "privacy: {retention_days: 30}\n" + head[strings.Index(head, "discord:"):],
			line: 1, path: "privacy.pseudonym_key", msg: "missing", hint: "openssl rand -hex 32"},
		{name: "pseudonym key short", env: map[string]string{"KEY": "too-short"},
			line: 1, path: "privacy.pseudonym_key", msg: "shorter than 32 bytes", hint: "generate one with `openssl rand -hex 32`"},
		{name: "pseudonym key variable unset", env: map[string]string{"KEY": ""},
			line: 1, path: "privacy.pseudonym_key", msg: "variable KEY is not set", hint: "export KEY=$(openssl rand -hex 32)"},

		// Communities.
		{name: "no communities", raw: true, yaml: head[:strings.Index(head, "communities:")],
			path: "communities", msg: "no communities", hint: "trygbot config example"},
		{name: "duplicate community id", yaml: "  - {id: c1, platform: discord, chat_id: \"101\", language: da, moderators_chat: \"200\", moderators: [\"user:1\"]}\n",
			line: 5, path: "communities[1].id", msg: `duplicate id "c1"`, hint: "also used at line 4"},
		{name: "duplicate platform and chat", yaml: "  - {id: c2, platform: discord, chat_id: \"100\", language: da, moderators_chat: \"200\", moderators: [\"user:1\"]}\n",
			line: 5, path: "communities[1].chat_id", msg: "discord chat 100 belongs to two communities", hint: "also used at line 4"},
		{name: "same chat id on another platform is fine, but the id is not",
			yaml: "  - {id: C 2, platform: console, chat_id: \"100\", language: da, moderators_chat: \"200\", moderators: [\"user:1\"]}\n",
			line: 5, path: "communities[1].id", msg: `invalid id "C 2"`, hint: "lowercase letters"},
		{name: "missing id", yaml: "  - {platform: console, chat_id: x, language: en, moderators_chat: m, moderators: [user:a]}\n",
			line: 5, path: "communities[1].id", msg: "missing"},
		{name: "unknown platform", yaml: "  - {id: c2, platform: discrod, chat_id: \"1\", language: da, moderators_chat: \"2\", moderators: [\"user:1\"]}\n",
			line: 5, path: "communities[1].platform", msg: `unknown platform "discrod"`, hint: `did you mean "discord"?`},
		{name: "unknown language", yaml: "  - {id: c2, platform: console, chat_id: x, language: dk, moderators_chat: m, moderators: [user:a]}\n",
			line: 5, path: "communities[1].language", msg: `unknown language "dk"`, hint: `did you mean "da"?`},
		{name: "discord chat id not a number", yaml: "  - {id: c2, platform: discord, chat_id: my-server, language: da, moderators_chat: \"2\", moderators: [\"user:1\"]}\n",
			line: 5, path: "communities[1].chat_id", msg: `invalid discord chat id "my-server"`, hint: "Developer Mode"},
		{name: "missing moderators chat", yaml: "  - {id: c2, platform: discord, chat_id: \"101\", language: da, moderators: [\"user:1\"]}\n",
			line: 5, path: "communities[1].moderators_chat", msg: "missing: the chat where moderator prompts are posted"},
		{name: "nobody may act", yaml: "  - {id: c2, platform: discord, chat_id: \"101\", language: da, moderators_chat: \"2\"}\n",
			line: 5, path: "communities[1].moderators", msg: "nobody may act on prompts", hint: "user:ID or role:ID"},
		{name: "moderator entry typo", yaml: "  - {id: c2, platform: discord, chat_id: \"101\", language: da, moderators_chat: \"2\", moderators: [\"usr:1\"]}\n",
			line: 5, path: "communities[1].moderators[0]", msg: `invalid entry "usr:1"`, hint: `did you mean "user:1"?`},
		{name: "moderator entry with a space", yaml: "  - {id: c2, platform: discord, chat_id: \"101\", language: da, moderators_chat: \"2\", moderators: [user: 1]}\n",
			line: 5, path: "communities[1].moderators[0]", msg: "want a text value, got a mapping", hint: `write "user:1", without a space after the colon`},
		{name: "moderator entry without kind", yaml: "  - {id: c2, platform: discord, chat_id: \"101\", language: da, moderators_chat: \"2\",\n     moderators: [\"user:1\", \"111\"]}\n",
			line: 6, path: "communities[1].moderators[1]", msg: `invalid entry "111"`, hint: "write user:ID or role:ID"},
		{name: "discord role id not a number", yaml: "  - {id: c2, platform: discord, chat_id: \"101\", language: da, moderators_chat: \"2\", admins: [\"role:mods\"]}\n",
			line: 5, path: "communities[1].admins[0]", msg: `invalid role id "mods"`, hint: "Developer Mode"},
		{name: "telegram has no roles",
			yaml: "  - {id: c2, platform: telegram, chat_id: \"-1001\", language: da, moderators_chat: \"-1002\", moderators: [\"role:5\"]}\ntelegram: {token: \"${TG}\"}\n",
			env:  map[string]string{"TG": "t"},
			line: 5, path: "communities[1].moderators[0]", msg: `invalid entry "role:5"`, hint: "Telegram has no roles: list each moderator as user:ID"},
		{name: "telegram chat id",
			yaml: "  - {id: c2, platform: telegram, chat_id: \"my group\", language: da, moderators_chat: \"-1002\", moderators: [\"user:5\"]}\ntelegram: {token: \"${TG}\"}\n",
			env:  map[string]string{"TG": "t"},
			line: 5, path: "communities[1].chat_id", msg: `invalid telegram chat id "my group"`, hint: "-1001234567890"},
		{name: "rules link", yaml: "  - {id: c2, platform: console, chat_id: x, language: en, moderators_chat: m, moderators: [user:a], rules_link: example.org/rules}\n",
			line: 5, path: "communities[1].rules_link", msg: `want an http or https URL, got "example.org/rules"`},
		{name: "community threshold", yaml: "  - {id: c2, platform: console, chat_id: x, language: en, moderators_chat: m, moderators: [user:a], threshold: 2}\n",
			line: 5, path: "communities[1].threshold", msg: "threshold 2 out of range"},
		{name: "channel threshold", yaml: "  - id: c2\n    platform: console\n    chat_id: x\n    language: en\n    moderators_chat: m\n    moderators: [user:a]\n    channels:\n      - {chat_id: general, threshold: -0.5}\n",
			line: 12, path: "communities[1].channels[0].threshold", msg: "threshold -0.5 out of range"},
		{name: "channel listed twice", yaml: "  - id: c2\n    platform: console\n    chat_id: x\n    language: en\n    moderators_chat: m\n    moderators: [user:a]\n    channels:\n      - {chat_id: general}\n      - {chat_id: general, shadow: true}\n",
			line: 13, path: "communities[1].channels[1].chat_id", msg: "channel general is listed twice", hint: "merge it with channels[0]"},
		{name: "channel without chat id", yaml: "  - id: c2\n    platform: console\n    chat_id: x\n    language: en\n    moderators_chat: m\n    moderators: [user:a]\n    channels:\n      - {threshold: 0.7}\n",
			line: 12, path: "communities[1].channels[0].chat_id", msg: "missing"},

		// Platforms used need their secrets.
		{name: "discord token missing", raw: true,
			yaml: "privacy: {pseudonym_key: \"${KEY}\"}\ncommunities:\n  - {id: c1, platform: discord, chat_id: \"100\", language: da, moderators_chat: \"200\", moderators: [\"user:1\"]}\n",
			path: "discord.token", msg: `missing: community "c1" (line 3) is on discord`, hint: "write token: ${DISCORD_TOKEN} and set the variable, or set TRYGBOT_DISCORD_TOKEN"},
		{name: "discord token variable unset", env: map[string]string{"DISCORD_TOKEN": ""},
			line: 2, path: "discord.token", msg: "variable DISCORD_TOKEN is not set", hint: "write ${DISCORD_TOKEN:-} if no community is on discord"},
		{name: "telegram token missing", yaml: "  - {id: c2, platform: telegram, chat_id: \"-1001\", language: en, moderators_chat: \"-1002\", moderators: [\"user:5\"]}\n",
			path: "telegram.token", msg: `missing: community "c2" (line 5) is on telegram`, hint: "${TELEGRAM_TOKEN}"},
		{name: "ingest token missing", yaml: "  - {id: c2, platform: ingest, chat_id: forum, language: en, moderators_chat: m, moderators: [user:a]}\n",
			path: "ingest.token", msg: `missing: community "c2" (line 5) is on ingest`, hint: "${TRYGBOT_INGEST_TOKEN}"},
		{name: "webhook needs a public url",
			yaml: "  - {id: c2, platform: telegram, chat_id: \"-1001\", language: en, moderators_chat: \"-1002\", moderators: [\"user:5\"]}\ntelegram:\n  token: ${TG}\n  mode: webhook\n  webhook: {secret_token: \"${HOOK}\"}\n",
			env:  map[string]string{"TG": "t", "HOOK": "abc_DEF-123_0123456789abcdef012345"},
			line: 9, path: "telegram.webhook.public_url", msg: "missing: webhook mode needs the https URL", hint: "mode: polling"},
		{name: "webhook url must be https",
			yaml: "  - {id: c2, platform: telegram, chat_id: \"-1001\", language: en, moderators_chat: \"-1002\", moderators: [\"user:5\"]}\ntelegram:\n  token: ${TG}\n  mode: webhook\n  webhook: {public_url: \"http://bot.example.org/tg\", secret_token: \"${HOOK}\"}\n",
			env:  map[string]string{"TG": "t", "HOOK": "abc_DEF-123_0123456789abcdef012345"},
			line: 9, path: "telegram.webhook.public_url", msg: `want an https URL, got "http://bot.example.org/tg"`},
		{name: "webhook needs a secret token",
			yaml: "  - {id: c2, platform: telegram, chat_id: \"-1001\", language: en, moderators_chat: \"-1002\", moderators: [\"user:5\"]}\ntelegram:\n  token: ${TG}\n  mode: webhook\n  webhook: {public_url: \"https://bot.example.org/tg\"}\n",
			env:  map[string]string{"TG": "t"},
			line: 9, path: "telegram.webhook.secret_token", msg: "missing: webhook mode checks that updates come from Telegram", hint: "openssl rand -hex 32"},
		{name: "webhook secret short",
			yaml: "telegram:\n  webhook: {secret_token: \"${HOOK}\"}\n",
			env:  map[string]string{"HOOK": "abc_DEF-123"},
			line: 6, path: "telegram.webhook.secret_token", msg: "shorter than 32 bytes", hint: "openssl rand -hex 32"},
		{name: "ingest token short",
			yaml: "ingest:\n  token: ${INGEST}\n",
			env:  map[string]string{"INGEST": "tok-123456"},
			line: 6, path: "ingest.token", msg: "shorter than 32 bytes", hint: "openssl rand -hex 32"},
		{name: "ingest client without communities", yaml: ingestComm + "ingest:\n  token: ${INGEST}\n  clients:\n    - {name: forum, token: \"${CL}\"}\n",
			env: ingestEnv, line: 9, path: "ingest.clients[0].communities", msg: "missing: the communities this client may use"},
		{name: "ingest client of an unknown community", yaml: ingestComm + "ingest:\n  token: ${INGEST}\n  clients:\n    - {name: forum, token: \"${CL}\", communities: [forom]}\n",
			env: ingestEnv, line: 9, path: "ingest.clients[0].communities[0]", msg: `unknown community "forom"`, hint: `did you mean "forum"?`},
		{name: "ingest client of a discord community", yaml: ingestComm + "ingest:\n  token: ${INGEST}\n  clients:\n    - {name: forum, token: \"${CL}\", communities: [c1]}\n",
			env: ingestEnv, line: 9, path: "ingest.clients[0].communities[0]", msg: `community "c1" is on discord`},
		{name: "ingest client token short", yaml: ingestComm + "ingest:\n  clients:\n    - {name: forum, token: \"${CL}\", communities: [forum]}\n",
			env: with(ingestEnv, map[string]string{"CL": "short-token"}), line: 8, path: "ingest.clients[0].token", msg: "shorter than 32 bytes", hint: "openssl rand -hex 32"},
		{name: "ingest client token shared", yaml: ingestComm + "ingest:\n  token: ${INGEST}\n  clients:\n    - {name: forum, token: \"${INGEST}\", communities: [forum]}\n",
			env: ingestEnv, line: 9, path: "ingest.clients[0].token", msg: "the same token as ingest.token", hint: "give each client its own token"},
		{name: "ingest client token missing", yaml: ingestComm + "ingest:\n  clients:\n    - {name: forum, communities: [forum]}\n",
			env: ingestEnv, line: 8, path: "ingest.clients[0].token", msg: "missing: each client has its own token", hint: "token: ${TRYGBOT_INGEST_CLIENTS_0_TOKEN}"},
		{name: "ingest client token written out", yaml: ingestComm + "ingest:\n  clients:\n    - {name: forum, token: abc-hunter2-0123456789abcdef0123456789, communities: [forum]}\n",
			env: ingestEnv, line: 8, path: "ingest.clients[0].token", msg: "a secret cannot be written in the config file", hint: "write token: ${TRYGBOT_INGEST_CLIENTS_0_TOKEN}"},
		{name: "ingest client names twice", yaml: ingestComm + "ingest:\n  clients:\n    - {name: forum, token: \"${CL}\", communities: [forum]}\n    - {name: forum, token: \"${CL2}\", communities: [forum]}\n",
			env: ingestEnv, line: 9, path: "ingest.clients[1].name", msg: `duplicate name "forum"`},
		{name: "ingest community without a client", yaml: ingestComm + "  - {id: board, platform: ingest, chat_id: board, language: en, moderators_chat: m, moderators: [user:a]}\ningest:\n  clients:\n    - {name: forum, token: \"${CL}\", communities: [forum]}\n",
			env: ingestEnv, line: 6, path: "communities[2]", msg: `community "board" is on ingest, but no ingest client may post to it`, hint: "or set ingest.token"},
		{name: "web user of an unknown community", yaml: "web:\n  users:\n    - {name: anna, role: moderator, password_hash: \"$$2a$$10$$abc\", communities: [c2]}\n",
			line: 7, path: "web.users[0].communities[0]", msg: `unknown community "c2"`, hint: `did you mean "c1"?`},
		{name: "webhook secret characters",
			yaml: "telegram:\n  webhook: {secret_token: \"${HOOK}\"}\n",
			env:  map[string]string{"HOOK": "has spaces and ümlauts"},
			line: 6, path: "telegram.webhook.secret_token", msg: "Telegram allows 1-256 letters, digits, _ and -"},

		// ${VAR} expansion.
		{name: "variable unset", yaml: "log:\n  level: ${LOG_LEVEL}\n",
			line: 6, path: "log.level", msg: "variable LOG_LEVEL is not set", hint: "set it, or write ${LOG_LEVEL:-default}"},
		{name: "unterminated variable", yaml: "log:\n  level: \"${LOG_LEVEL\"\n",
			line: 6, path: "log.level", msg: "unterminated ${ in value", hint: "$$ for a literal $"},
		{name: "invalid variable name", yaml: "log:\n  level: \"${1LEVEL}\"\n",
			line: 6, path: "log.level", msg: `invalid variable name "1LEVEL"`},
		{name: "expanded value is still checked", yaml: "log:\n  level: ${LOG_LEVEL:-loud}\n",
			line: 6, path: "log.level", msg: `unknown level "loud"`},

		// Secrets.
		{name: "literal secret", raw: true,
			yaml: "privacy: {pseudonym_key: \"${KEY}\"}\ndiscord: {token: \"MTIz.literal-hunter2\"}\n" + head[strings.Index(head, "communities:"):],
			line: 2, path: "discord.token", msg: "a secret cannot be written in the config file", hint: "write token: ${DISCORD_TOKEN} and set the variable"},
		{name: "literal secret default", raw: true,
			yaml: "privacy: {pseudonym_key: \"${KEY}\"}\ndiscord: {token: \"${DISCORD_TOKEN:-MTIz.literal-hunter2}\"}\n" + head[strings.Index(head, "communities:"):],
			line: 2, path: "discord.token", msg: "a secret's default would be written in the config file", hint: "write ${DISCORD_TOKEN:-} for an optional secret"},
		{name: "secret mixed with text", yaml: "store:\n  redis: {password: \"pre-${REDIS_PASSWORD}\"}\n",
			line: 6, path: "store.redis.password", msg: "a secret cannot be written in the config file", hint: "write password: ${REDIS_PASSWORD}"},
		{name: "session key short", yaml: "web:\n  session_key: ${SESSION}\n", env: map[string]string{"SESSION": "short"},
			line: 6, path: "web.session_key", msg: "shorter than 32 bytes", hint: "openssl rand -hex 32"},

		// Pack files.
		{name: "rule pack missing", yaml: "rules:\n  packs: [rules/local.yaml]\n",
			line: 6, path: "rules.packs[0]", msg: "pack file rules/local.yaml does not exist", hint: "relative paths start at the config file's directory"},
		{name: "rule pack is a directory", yaml: "rules:\n  packs: [rules]\n", files: []string{"rules/"},
			line: 6, path: "rules.packs[0]", msg: "rules is a directory", hint: "list the pack files in it one by one"},
		{name: "template pack missing", yaml: "templates:\n  packs:\n    - ok.yaml\n    - missing.yaml\n", files: []string{"ok.yaml"},
			line: 8, path: "templates.packs[1]", msg: "pack file missing.yaml does not exist"},
		{name: "community rule pack missing", yaml: "  - {id: c2, platform: console, chat_id: x, language: en, moderators_chat: m, moderators: [user:a], rule_packs: [c2.yaml]}\n",
			line: 5, path: "communities[1].rule_packs[0]", msg: "pack file c2.yaml does not exist"},
		{name: "channel template pack missing", yaml: "  - id: c2\n    platform: console\n    chat_id: x\n    language: en\n    moderators_chat: m\n    moderators: [user:a]\n    channels:\n      - chat_id: general\n        template_packs: [general.yaml]\n",
			line: 13, path: "communities[1].channels[0].template_packs[0]", msg: "pack file general.yaml does not exist"},
		{name: "empty pack path", yaml: "rules:\n  packs: [\"\"]\n",
			line: 6, path: "rules.packs[0]", msg: "empty path"},

		// The file itself.
		{name: "yaml syntax", raw: true, yaml: "log:\n  level: info\n   format: text\n",
			line: 3, msg: "invalid YAML: mapping values are not allowed in this context"},
		{name: "unquoted variable in flow mapping", raw: true, yaml: "log: {level: info}\ndiscord: {token: ${DISCORD_TOKEN}, api_base_url: \"\"}\n",
			line: 2, msg: "invalid YAML", hint: `quote values with ${...}: token: "${DISCORD_TOKEN}"`},
		{name: "tab indentation", raw: true, yaml: "log:\n\tlevel: info\n",
			line: 2, msg: "invalid YAML", hint: "indent with spaces, not tabs"},
		{name: "two documents", yaml: "---\nlog: {level: info}\n",
			line: 5, msg: "a second YAML document"},
		{name: "empty file", raw: true, yaml: "# nothing yet\n",
			msg: "the file is empty", hint: "trygbot config example"},
		{name: "not a mapping", raw: true, yaml: "- store\n- privacy\n",
			line: 1, msg: "a config file is a mapping"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			yaml := head + tt.yaml
			if tt.raw {
				yaml = tt.yaml
			}
			file := writeConfig(t, yaml, tt.files...)
			c, err := Load(file, getenvFrom(with(baseEnv, tt.env)))
			if err == nil {
				t.Fatalf("Load accepted the file:\n%s", yaml)
			}
			if c != nil {
				t.Error("Load returned a Config with its error")
			}
			probs := Problems(err)
			if len(probs) != 1 {
				t.Fatalf("want 1 problem, got %d:\n%v", len(probs), err)
			}
			p := probs[0]
			if p.File != file || p.Line != tt.line || p.Path != tt.path {
				t.Errorf("problem at %s:%d %q, want %s:%d %q\n%v", p.File, p.Line, p.Path, file, tt.line, tt.path, p)
			}
			if !strings.Contains(p.Msg, tt.msg) {
				t.Errorf("message %q does not contain %q", p.Msg, tt.msg)
			}
			if !strings.Contains(p.Hint, tt.hint) {
				t.Errorf("hint %q does not contain %q", p.Hint, tt.hint)
			}
			// The error text is file:line: path: message (hint).
			want := file + ": "
			if tt.line > 0 {
				want = fmt.Sprintf("%s:%d: ", file, tt.line)
			}
			if tt.path != "" {
				want += tt.path + ": "
			}
			want += p.Msg
			if p.Hint != "" {
				want += " (" + p.Hint + ")"
			}
			if err.Error() != want {
				t.Errorf("error text\n got %s\nwant %s", err.Error(), want)
			}
			if strings.Contains(err.Error(), "hunter2") {
				t.Errorf("a secret value is in the error: %v", err)
			}
		})
	}
}

// TestEveryProblemAtOnce checks that problems in many places are all
// reported, in file order.
func TestEveryProblemAtOnce(t *testing.T) {
	yaml := `timezon: UTC
store:
  driver: sqllite
privacy:
  pseudonym_key: literal-key
  retention_days: 0
workflow:
  claim_deadline: 1d
rules:
  packs: [nope.yaml]
log: {level: loud}
communities:
  - {id: a, platform: discord, chat_id: "1", language: da, moderators_chat: "2", moderators: ["user:x"]}
  - {id: a, platform: telegram, chat_id: "-1", language: en, moderators: ["role:1"]}
`
	_, err := Load(writeConfig(t, yaml), getenvFrom(nil))
	var got []string
	for _, p := range Problems(err) {
		got = append(got, fmt.Sprintf("%d %s", p.Line, p.Path))
	}
	want := []string{
		"1 ",
		"3 store.driver",
		"5 privacy.pseudonym_key",
		"6 privacy.retention_days",
		"8 workflow.claim_deadline",
		"10 rules.packs[0]",
		"11 log.level",
		"13 communities[0].moderators[0]",
		"14 communities[1].id",
		"14 communities[1].moderators_chat",
		"14 communities[1].moderators[0]",
		"0 discord.token",
		"0 telegram.token",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("problems:\n%s\nwant:\n%s\n\n%v", strings.Join(got, "\n"), strings.Join(want, "\n"), err)
	}
	if strings.Contains(err.Error(), "literal-key") {
		t.Error("the literal secret is in the error")
	}
}

func TestMisplacedKeysTwice(t *testing.T) {
	_, err := Load(writeConfig(t, head+"workflow:\n  token: x\nlog:\n  token: y\n  timezone: UTC\n"), getenvFrom(baseEnv))
	want := []string{
		"token belongs under discord:, telegram:, ingest: or ingest.clients[0]:",
		"token belongs under discord:, telegram:, ingest: or ingest.clients[0]:",
		"timezone belongs under the top level or communities[0].duty:",
	}
	var got []string
	for _, p := range Problems(err) {
		got = append(got, p.Hint)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("hints %q, want %q", got, want)
	}
}

func TestDefaults(t *testing.T) {
	c := mustLoad(t, head, baseEnv)
	d := Default()
	if c.Timezone != "Europe/Copenhagen" || c.Location().String() != "Europe/Copenhagen" {
		t.Errorf("timezone %q, location %v", c.Timezone, c.Location())
	}
	checks := []struct {
		name      string
		got, want any
	}{
		{"store.driver", c.Store.Driver, "sqlite"},
		{"store.redis.addr", c.Store.Redis.Addr, "127.0.0.1:6379"},
		{"store.redis.prefix", c.Store.Redis.Prefix, "trygbot:"},
		{"privacy.retention_days", c.Privacy.RetentionDays, 30},
		{"privacy.evidence_retention_days", c.Privacy.EvidenceRetentionDays, 90},
		{"privacy.min_group_size", c.Privacy.MinGroupSize, 3},
		{"workflow.claim_deadline", c.Workflow.ClaimDeadline, 15 * time.Minute},
		{"workflow.follow_up", c.Workflow.FollowUp, 24 * time.Hour},
		{"workflow.expire_after", c.Workflow.ExpireAfter, 72 * time.Hour},
		{"workflow.repeat_window", c.Workflow.RepeatWindow, 24 * time.Hour},
		{"workflow.pileon_window", c.Workflow.PileOnWindow, 10 * time.Minute},
		{"workflow.pileon_authors", c.Workflow.PileOnAuthors, 3},
		{"workflow.max_message_bytes", c.Workflow.MaxMessageBytes, 32768},
		{"ingest.rate_limit", c.Ingest.RateLimit, 1000.0},
		{"ingest.rate_burst", c.Ingest.RateBurst, 2000},
		{"rules.threshold", c.Rules.Threshold, 0.5},
		{"rules.watch", c.Rules.Watch, true},
		{"telegram.mode", c.Telegram.Mode, "polling"},
		{"telegram.webhook.listen", c.Telegram.Webhook.Listen, ":8443"},
		{"ingest.listen", c.Ingest.Listen, "127.0.0.1:8080"},
		{"web.listen", c.Web.Listen, "127.0.0.1:8081"},
		{"log.level", c.Log.Level, "info"},
		{"log.format", c.Log.Format, "text"},
		{"store.sqlite.path", c.Store.SQLite.Path, filepath.Join(filepath.Dir(c.File()), "trygbot.db")},
		{"privacy.pseudonym_key", c.Privacy.PseudonymKey.Reveal(), testKey},
		{"discord.token", c.Discord.Token.Reveal(), "discord-hunter2-value"},
	}
	for _, ch := range checks {
		if ch.got != ch.want {
			t.Errorf("%s = %v, want %v", ch.name, ch.got, ch.want)
		}
	}
	if d.Store.SQLite.Path != "trygbot.db" {
		t.Errorf("Default sqlite path %q", d.Store.SQLite.Path)
	}
	// An empty value keeps the default; a list replaces it.
	c = mustLoad(t, head+"workflow:\n  follow_up:\n  claim_deadline: 5m\n", baseEnv)
	if c.Workflow.FollowUp != 24*time.Hour || c.Workflow.ClaimDeadline != 5*time.Minute {
		t.Errorf("follow_up %v, claim_deadline %v", c.Workflow.FollowUp, c.Workflow.ClaimDeadline)
	}
}

func TestDefaultDoesNotValidate(t *testing.T) {
	err := Default().Validate()
	var paths []string
	for _, p := range Problems(err) {
		if p.File != "" || p.Line != 0 {
			t.Errorf("a Config built in code has a location: %v", p)
		}
		paths = append(paths, p.Path)
	}
	if want := []string{"privacy.pseudonym_key", "communities"}; !reflect.DeepEqual(paths, want) {
		t.Errorf("problems %q, want %q", paths, want)
	}
	if !strings.HasPrefix(err.Error(), "privacy.pseudonym_key: missing") {
		t.Errorf("error text %q", err)
	}
}

func TestValidateInCode(t *testing.T) {
	c := Default()
	c.Store.SQLite.Path = filepath.Join(t.TempDir(), "t.db")
	c.Privacy.PseudonymKey = Secret(testKey)
	c.Communities = []Community{{ID: "local", Platform: PlatformConsole, ChatID: "console", Language: "en", ModeratorsChat: "console", Moderators: []string{"user:me"}}}
	if err := c.Validate(); err != nil {
		t.Fatal(err)
	}
	c.Communities[0].Language = "sv"
	err1, err2 := c.Validate(), c.Validate()
	if err1 == nil || err2 == nil || err1.Error() != err2.Error() {
		t.Errorf("Validate is not repeatable: %v / %v", err1, err2)
	}
	if c.Location().String() != "Europe/Copenhagen" {
		t.Errorf("Location %v", c.Location())
	}
	c.Timezone = "Nowhere/Land"
	if c.Location() != time.UTC {
		t.Errorf("an unknown zone should give UTC, got %v", c.Location())
	}
}

func TestExpansion(t *testing.T) {
	yaml := head + `timezone: ${TZ:-UTC}
store:
  sqlite: {path: "${DATA_DIR}/db-$${literal}.db"}
  redis:
    prefix: "${ENVNAME}:${APP:-trygbot}:"
    db: ${REDIS_DB:-3}
workflow:
  pileon_authors: ${AUTHORS}
web:
  base_url: https://example.org/$HOME
`
	dir := t.TempDir()
	c := mustLoad(t, yaml, with(baseEnv, map[string]string{"DATA_DIR": dir, "ENVNAME": "prod", "AUTHORS": "5"}))
	checks := []struct {
		name      string
		got, want any
	}{
		{"default used when unset", c.Timezone, "UTC"},
		{"$$ is a literal $", c.Store.SQLite.Path, dir + "/db-${literal}.db"},
		{"two variables in one value", c.Store.Redis.Prefix, "prod:trygbot:"},
		{"number from a default", c.Store.Redis.DB, 3},
		{"number from a variable", c.Workflow.PileOnAuthors, 5},
		{"$ without braces is literal", c.Web.BaseURL, "https://example.org/$HOME"},
	}
	for _, ch := range checks {
		if ch.got != ch.want {
			t.Errorf("%s: got %v, want %v", ch.name, ch.got, ch.want)
		}
	}
}

func TestEnvOverrides(t *testing.T) {
	yaml := `privacy:
  pseudonym_key: ${KEY}
  retention_days: 10
discord: {token: "${DISCORD_TOKEN}"}
store:
  driver: sqlite
communities:
  - {id: c1, platform: discord, chat_id: "100", language: da, moderators_chat: "200", moderators: ["user:1"]}
`
	file := writeConfig(t, yaml)
	env := with(baseEnv, map[string]string{
		"DISCORD_TOKEN":                   "",
		"TRYGBOT_DISCORD_TOKEN":           "from-override-hunter2",
		"TRYGBOT_STORE_DRIVER":            "redis",
		"TRYGBOT_STORE_REDIS_ADDR":        "redis.internal:6380",
		"TRYGBOT_STORE_SQLITE_PATH":       "relative/here.db",
		"TRYGBOT_PRIVACY_RETENTION_DAYS":  "60",
		"TRYGBOT_WORKFLOW_CLAIM_DEADLINE": "5m",
		"TRYGBOT_RULES_WATCH":             "false",
		"TRYGBOT_RULES_THRESHOLD":         "0.7",
		"TRYGBOT_LOG_LEVEL":               "",
	})
	c, err := Load(file, getenvFrom(env))
	if err != nil {
		t.Fatal(err)
	}
	checks := []struct {
		name      string
		got, want any
	}{
		{"TRYGBOT_STORE_DRIVER", c.Store.Driver, "redis"},
		{"TRYGBOT_STORE_REDIS_ADDR", c.Store.Redis.Addr, "redis.internal:6380"},
		{"TRYGBOT_STORE_SQLITE_PATH is not resolved", c.Store.SQLite.Path, "relative/here.db"},
		{"TRYGBOT_PRIVACY_RETENTION_DAYS wins over the file", c.Privacy.RetentionDays, 60},
		{"TRYGBOT_WORKFLOW_CLAIM_DEADLINE", c.Workflow.ClaimDeadline, 5 * time.Minute},
		{"TRYGBOT_RULES_WATCH", c.Rules.Watch, false},
		{"TRYGBOT_RULES_THRESHOLD", c.Rules.Threshold, 0.7},
		{"empty override is no override", c.Log.Level, "info"},
		{"override of a secret whose ${VAR} is unset", c.Discord.Token.Reveal(), "from-override-hunter2"},
	}
	for _, ch := range checks {
		if ch.got != ch.want {
			t.Errorf("%s: got %v, want %v", ch.name, ch.got, ch.want)
		}
	}
	sum := c.Summary()
	if sum.FromEnv["store.driver"] != "TRYGBOT_STORE_DRIVER" || sum.FromEnv["discord.token"] != "TRYGBOT_DISCORD_TOKEN" {
		t.Errorf("FromEnv %v", sum.FromEnv)
	}

	bad := []struct {
		name, env, val, want string
	}{
		{"wrong type", "TRYGBOT_PRIVACY_RETENTION_DAYS", "many", `env TRYGBOT_PRIVACY_RETENTION_DAYS: privacy.retention_days: want a whole number, got "many"`},
		{"invalid value", "TRYGBOT_STORE_DRIVER", "mongo", `env TRYGBOT_STORE_DRIVER: store.driver: unknown driver "mongo" (one of sqlite, redis)`},
		{"invalid duration", "TRYGBOT_WORKFLOW_FOLLOW_UP", "2d", `env TRYGBOT_WORKFLOW_FOLLOW_UP: workflow.follow_up: invalid duration "2d" (durations have no days: write 48h)`},
		{"short secret", "TRYGBOT_PRIVACY_PSEUDONYM_KEY", "short-hunter2", "env TRYGBOT_PRIVACY_PSEUDONYM_KEY: privacy.pseudonym_key: shorter than 32 bytes (generate one with `openssl rand -hex 32`)"},
	}
	for _, b := range bad {
		t.Run(b.name, func(t *testing.T) {
			_, err := Load(file, getenvFrom(with(baseEnv, map[string]string{b.env: b.val})))
			if err == nil || err.Error() != b.want {
				t.Errorf("got  %v\nwant %s", err, b.want)
			}
		})
	}

	t.Run("a secret written in the file stays refused", func(t *testing.T) {
		lit := strings.Replace(yaml, `"${DISCORD_TOKEN}"`, `"literal-hunter2"`, 1)
		_, err := Load(writeConfig(t, lit), getenvFrom(with(baseEnv, map[string]string{"TRYGBOT_DISCORD_TOKEN": "x"})))
		if err == nil || !strings.Contains(err.Error(), "discord.token: a secret cannot be written") || strings.Contains(err.Error(), "hunter2") {
			t.Errorf("got %v", err)
		}
	})
}

func TestEnvOverrideNames(t *testing.T) {
	seen := map[string]string{}
	secrets := 0
	for _, o := range EnvOverrides() {
		if want := "TRYGBOT_" + strings.ToUpper(strings.ReplaceAll(o.Path, ".", "_")); o.Var != want {
			t.Errorf("%s: variable %s, want %s", o.Path, o.Var, want)
		}
		if p, ok := seen[o.Var]; ok {
			t.Errorf("%s names both %s and %s", o.Var, p, o.Path)
		}
		seen[o.Var] = o.Path
		if o.Secret {
			secrets++
		}
		if strings.Contains(o.Path, "communities") || strings.Contains(o.Path, "packs") {
			t.Errorf("%s should not be overridable", o.Path)
		}
	}
	for _, v := range []string{"TRYGBOT_STORE_DRIVER", "TRYGBOT_STORE_REDIS_ADDR", "TRYGBOT_PRIVACY_RETENTION_DAYS", "TRYGBOT_DISCORD_TOKEN"} {
		if _, ok := seen[v]; !ok {
			t.Errorf("%s is not an override", v)
		}
	}
	if secrets != 7 {
		t.Errorf("%d secrets, want 7", secrets)
	}
}

// allSecrets is a file with every secret set, from secretEnv.
const allSecrets = `privacy: {pseudonym_key: "${KEY}"}
discord: {token: "${DISCORD_TOKEN}"}
telegram:
  token: ${TG_TOKEN}
  mode: webhook
  webhook: {public_url: "https://bot.example.org/tg", secret_token: "${TG_HOOK}"}
ingest: {token: "${INGEST_TOKEN}"}
store:
  driver: redis
  redis: {password: "${REDIS_PW}"}
web: {session_key: "${SESSION}"}
communities:
  - {id: c1, platform: discord, chat_id: "100", language: da, moderators_chat: "200", moderators: ["user:1"]}
  - {id: c2, platform: telegram, chat_id: "-100", language: en, moderators_chat: "-200", moderators: ["user:1"]}
  - {id: c3, platform: ingest, chat_id: forum, language: en, moderators_chat: mods, moderators: ["user:1"]}
`

func TestSecretsNeverPrinted(t *testing.T) {
	c := mustLoad(t, allSecrets, secretEnv)
	if c.Telegram.Webhook.SecretToken.Reveal() != secretEnv["TG_HOOK"] || c.Store.Redis.Password.Reveal() != secretEnv["REDIS_PW"] {
		t.Fatal("secrets not loaded")
	}
	var logged bytes.Buffer
	slog.New(slog.NewJSONHandler(&logged, nil)).Info("cfg", "token", c.Discord.Token, "config", c.Telegram)
	slog.New(slog.NewTextHandler(&logged, nil)).Info("cfg", "token", c.Discord.Token, "config", c.Telegram)
	js, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	sum, _ := json.Marshal(c.Summary())
	outputs := map[string]string{
		"String":   c.String(),
		"Redacted": c.Redacted(),
		"%v":       fmt.Sprintf("%v", c),
		"%+v":      fmt.Sprintf("%+v", *c),
		"%#v":      fmt.Sprintf("%#v", *c),
		"%s token": fmt.Sprintf("%s %q %x %v", c.Discord.Token, c.Discord.Token, c.Discord.Token, []Secret{c.Discord.Token}),
		"json":     string(js),
		"summary":  string(sum),
		"slog":     logged.String(),
	}
	for name, out := range outputs {
		if strings.Contains(out, "hunter2") {
			t.Errorf("%s prints a secret:\n%s", name, out)
		}
	}
	for _, path := range []string{"discord.token", "telegram.token", "telegram.webhook.secret_token", "ingest.token", "store.redis.password", "privacy.pseudonym_key", "web.session_key"} {
		if !strings.Contains(c.Redacted(), strings.TrimPrefix(path[strings.LastIndexByte(path, '.'):], ".")+": set") {
			t.Errorf("Redacted does not show %s as set", path)
		}
		if c.Summary().Secrets[path] != "set" {
			t.Errorf("Summary: %s is %q", path, c.Summary().Secrets[path])
		}
	}
	if got := Secret("").String(); got != "unset" {
		t.Errorf("empty secret prints %q", got)
	}
}

// TestSecretsOnlyFromEnvironment writes each secret literally and checks
// that it is refused without being echoed.
func TestSecretsOnlyFromEnvironment(t *testing.T) {
	refs := map[string]string{
		"discord.token":                 "${DISCORD_TOKEN}",
		"telegram.token":                "${TG_TOKEN}",
		"telegram.webhook.secret_token": "${TG_HOOK}",
		"ingest.token":                  "${INGEST_TOKEN}",
		"store.redis.password":          "${REDIS_PW}",
		"privacy.pseudonym_key":         "${KEY}",
		"web.session_key":               "${SESSION}",
	}
	for _, o := range EnvOverrides() {
		if !o.Secret {
			continue
		}
		t.Run(o.Path, func(t *testing.T) {
			key := o.Path[strings.LastIndexByte(o.Path, '.')+1:]
			ref := refs[o.Path]
			if ref == "" || !strings.Contains(allSecrets, ref) {
				t.Fatalf("no %q for %s in allSecrets", ref, o.Path)
			}
			yaml := strings.Replace(allSecrets, ref, "literal-hunter2-0123456789abcdef0123456789", 1)
			_, err := Load(writeConfig(t, yaml), getenvFrom(secretEnv))
			probs := Problems(err)
			if len(probs) != 1 || probs[0].Path != o.Path || probs[0].Msg != "a secret cannot be written in the config file" {
				t.Fatalf("got %v", err)
			}
			if !strings.HasPrefix(probs[0].Hint, "write "+key+": ${") {
				t.Errorf("hint %q", probs[0].Hint)
			}
			if strings.Contains(err.Error(), "hunter2") {
				t.Errorf("the literal is echoed: %v", err)
			}
		})
	}
}

func TestRelativePaths(t *testing.T) {
	yaml := head + `store:
  sqlite: {path: data/trygbot.db}
rules:
  packs: [rules/local.yaml, ABS]
templates:
  packs: [templates/local.yaml]
`
	yaml = strings.Replace(yaml, `moderators: ["user:1"]}`, `moderators: ["user:1"], rule_packs: [rules/c1.yaml], channels: [{chat_id: "7", rule_packs: [rules/ch.yaml]}]}`, 1)
	abs := filepath.Join(t.TempDir(), "abs.yaml")
	if err := os.WriteFile(abs, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	yaml = strings.Replace(yaml, "ABS", abs, 1)
	file := writeConfig(t, yaml, "data/", "rules/local.yaml", "rules/c1.yaml", "rules/ch.yaml", "templates/local.yaml")
	c, err := Load(file, getenvFrom(baseEnv))
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Dir(file)
	checks := []struct {
		name      string
		got, want string
	}{
		{"store.sqlite.path", c.Store.SQLite.Path, filepath.Join(dir, "data/trygbot.db")},
		{"rules.packs[0]", c.Rules.Packs[0], filepath.Join(dir, "rules/local.yaml")},
		{"absolute path kept", c.Rules.Packs[1], abs},
		{"templates.packs[0]", c.Templates.Packs[0], filepath.Join(dir, "templates/local.yaml")},
		{"community rule_packs", c.Communities[0].RulePacks[0], filepath.Join(dir, "rules/c1.yaml")},
		{"channel rule_packs", c.Communities[0].Channels[0].RulePacks[0], filepath.Join(dir, "rules/ch.yaml")},
	}
	for _, ch := range checks {
		if ch.got != ch.want {
			t.Errorf("%s = %s, want %s", ch.name, ch.got, ch.want)
		}
	}
	com, _ := c.Community("discord", "100")
	want := []string{filepath.Join(dir, "rules/local.yaml"), abs, filepath.Join(dir, "rules/c1.yaml"), filepath.Join(dir, "rules/ch.yaml")}
	if got := c.RulePacks(com, "7"); !reflect.DeepEqual(got, want) {
		t.Errorf("RulePacks = %q, want %q", got, want)
	}
	if got := c.RulePacks(com, "8"); len(got) != 3 {
		t.Errorf("RulePacks for an unlisted channel = %q", got)
	}
	if got := c.TemplatePacks(com, "7"); !reflect.DeepEqual(got, []string{filepath.Join(dir, "templates/local.yaml")}) {
		t.Errorf("TemplatePacks = %q", got)
	}

	mem := mustLoad(t, head+"store:\n  sqlite: {path: \":memory:\"}\n", baseEnv)
	if mem.Store.SQLite.Path != ":memory:" {
		t.Errorf(":memory: became %s", mem.Store.SQLite.Path)
	}
}

func TestRoles(t *testing.T) {
	com := &Community{
		Moderators:   []string{"user:1", "role:10"},
		Admins:       []string{"user:2", "role:20"},
		Coordinators: []string{"user:3"},
		Exempt:       []string{"role:99"},
	}
	tests := []struct {
		name                          string
		user                          string
		roles                         []string
		moderator, admin, coordinator bool
	}{
		{"listed user", "1", nil, true, false, false},
		{"user with moderator role", "5", []string{"7", "10"}, true, false, false},
		{"admin user counts as moderator", "2", nil, true, true, false},
		{"admin role counts as moderator", "6", []string{"20"}, true, true, false},
		{"coordinator counts as moderator", "3", nil, true, false, true},
		{"nobody", "4", []string{"11"}, false, false, false},
		{"a user id is not a role id", "10", nil, false, false, false},
		{"a role id is not a user id", "8", []string{"1"}, false, false, false},
		{"empty user", "", nil, false, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := com.IsModerator(tt.user, tt.roles); got != tt.moderator {
				t.Errorf("IsModerator = %v", got)
			}
			if got := com.IsAdmin(tt.user, tt.roles); got != tt.admin {
				t.Errorf("IsAdmin = %v", got)
			}
			if got := com.IsCoordinator(tt.user, tt.roles); got != tt.coordinator {
				t.Errorf("IsCoordinator = %v", got)
			}
		})
	}
	if !com.IsExempt("x", []string{"99"}) || com.IsExempt("1", nil) {
		t.Error("IsExempt")
	}
}

func TestCommunityHelpers(t *testing.T) {
	yaml := head + `  - id: c2
    platform: telegram
    chat_id: "-100"
    language: en
    moderators_chat: "-200"
    coordinators_chat: "-300"
    moderators: [user:1]
    threshold: 0.8
    shadow: true
    channels:
      - {chat_id: "1", threshold: 0.6, shadow: false}
      - {chat_id: "2", ignore: true}
telegram: {token: "${TG}"}
`
	c := mustLoad(t, yaml, with(baseEnv, map[string]string{"TG": "t"}))
	c1, ok := c.Community("discord", "100")
	if !ok || c1.ID != "c1" {
		t.Fatal("Community(discord, 100)")
	}
	if _, ok := c.Community("telegram", "100"); ok {
		t.Error("Community matched another platform")
	}
	c2, ok := c.CommunityByID("c2")
	if !ok {
		t.Fatal("CommunityByID")
	}
	if got := c.Platforms(); !reflect.DeepEqual(got, []string{"discord", "telegram"}) {
		t.Errorf("Platforms = %v", got)
	}
	checks := []struct {
		name      string
		got, want any
	}{
		{"global threshold", c.Threshold(c1, "x"), 0.5},
		{"community threshold", c.Threshold(c2, "x"), 0.8},
		{"channel threshold", c.Threshold(c2, "1"), 0.6},
		{"community shadow", c2.IsShadow("2"), true},
		{"channel shadow off", c2.IsShadow("1"), false},
		{"not shadow", c1.IsShadow("1"), false},
		{"ignored channel", c2.IsIgnored("2"), true},
		{"not ignored", c2.IsIgnored("1"), false},
		{"display name falls back to id", c1.DisplayName(), "c1"},
		{"re-offer falls back to coordinators", c2.ReofferChat(), "-300"},
		{"re-offer falls back to moderators", c1.ReofferChat(), "200"},
		{"escalation falls back to moderators", c1.EscalationChat(), "200"},
		{"escalation", c2.EscalationChat(), "-300"},
	}
	for _, ch := range checks {
		if ch.got != ch.want {
			t.Errorf("%s: got %v, want %v", ch.name, ch.got, ch.want)
		}
	}
}

func TestUnquotedIDs(t *testing.T) {
	yaml := `privacy: {pseudonym_key: "${KEY}"}
telegram: {token: "${TG}"}
communities:
  - id: c1
    platform: telegram
    chat_id: -1001234567890
    language: da
    moderators_chat: -1009876543210
    moderators: [user:123456789]
    channels: [{chat_id: 0042}]
`
	c := mustLoad(t, yaml, with(baseEnv, map[string]string{"TG": "t"}))
	com := c.Communities[0]
	if com.ChatID != "-1001234567890" || com.ModeratorsChat != "-1009876543210" || com.Channels[0].ChatID != "0042" {
		t.Errorf("ids changed: %q %q %q", com.ChatID, com.ModeratorsChat, com.Channels[0].ChatID)
	}
	if !com.IsModerator("123456789", nil) {
		t.Error("unquoted user id")
	}
}

func TestAliasesAndMerge(t *testing.T) {
	yaml := `privacy: {pseudonym_key: "${KEY}"}
discord: {token: "${DISCORD_TOKEN}"}
x-defaults: &defaults
  platform: discord
  language: da
  moderators_chat: "200"
  moderators: &mods ["user:1", "role:2"]
communities:
  - <<: *defaults
    id: c1
    chat_id: "100"
  - <<: *defaults
    id: c2
    chat_id: "101"
    language: en
    admins: *mods
`
	_, err := Load(writeConfig(t, yaml), getenvFrom(baseEnv))
	if err == nil || !strings.Contains(err.Error(), `:3: unknown field "x-defaults"`) {
		t.Fatalf("want unknown x-defaults, got %v", err)
	}
	// Anchors have to live in known keys; put them in the first community.
	yaml = `privacy: {pseudonym_key: "${KEY}"}
discord: {token: "${DISCORD_TOKEN}"}
communities:
  - &c1
    id: c1
    platform: discord
    chat_id: "100"
    language: da
    moderators_chat: "200"
    moderators: &mods ["user:1", "role:2"]
  - <<: *c1
    id: c2
    chat_id: "101"
    language: en
    admins: *mods
`
	c := mustLoad(t, yaml, baseEnv)
	c2 := c.Communities[1]
	if c2.ID != "c2" || c2.Platform != "discord" || c2.Language != "en" || c2.ModeratorsChat != "200" || len(c2.Admins) != 2 || !c2.IsAdmin("", []string{"2"}) {
		t.Errorf("merged community: %+v", c2)
	}
}

// TestExample checks config.example.yaml: valid when its variables are
// set, and it documents every key.
func TestAliasBomb(t *testing.T) {
	var b strings.Builder
	b.WriteString("rules:\n  packs: &p [" + strings.Repeat("x.yaml, ", 99) + "x.yaml]\n")
	b.WriteString("templates:\n  packs: [" + strings.Repeat("*p, ", 99) + "*p]\n")
	b.WriteString("communities:\n  - &c {id: a, channels: &ch [" + strings.Repeat("{rule_packs: *p}, ", 99) + "{rule_packs: *p}]}\n")
	for range 100 {
		b.WriteString("  - {id: b, channels: *ch, moderators: *p}\n")
	}
	// A million values without the budget; the budget stops at maxSteps.
	_, err := Parse("bomb.yaml", []byte(b.String()), nil)
	if err == nil || !strings.Contains(err.Error(), "too many values") {
		t.Errorf("got %.300v", err)
	}
}

func TestExample(t *testing.T) {
	env := map[string]string{"TRYGBOT_PSEUDONYM_KEY": testKey, "DISCORD_TOKEN": "d", "TELEGRAM_TOKEN": "t"}
	c, err := Load("../config.example.yaml", getenvFrom(env))
	if err != nil {
		t.Fatal(err)
	}
	walkSchema(reflect.TypeFor[Config](), "", func(p string, _ reflect.Type, _ fieldInfo) {
		if _, ok := c.lines[p]; !ok {
			t.Errorf("config.example.yaml does not show %s", p)
		}
	})
	// Without its variables, the example names exactly them.
	_, err = Load("../config.example.yaml", getenvFrom(nil))
	var vars []string
	for _, p := range Problems(err) {
		vars = append(vars, p.Msg)
	}
	want := []string{"variable TRYGBOT_PSEUDONYM_KEY is not set", "variable DISCORD_TOKEN is not set", "variable TELEGRAM_TOKEN is not set"}
	if !reflect.DeepEqual(vars, want) {
		t.Errorf("problems %q, want %q", vars, want)
	}
}

func TestErrorFormat(t *testing.T) {
	tests := []struct {
		e    Error
		want string
	}{
		{Error{File: "c.yaml", Line: 3, Path: "store.driver", Msg: "bad", Hint: "fix"}, "c.yaml:3: store.driver: bad (fix)"},
		{Error{File: "c.yaml", Path: "discord.token", Msg: "missing"}, "c.yaml: discord.token: missing"},
		{Error{File: "c.yaml", Env: "TRYGBOT_LOG_LEVEL", Path: "log.level", Msg: "bad"}, "env TRYGBOT_LOG_LEVEL: log.level: bad"},
		{Error{Path: "communities", Msg: "no communities"}, "communities: no communities"},
	}
	for _, tt := range tests {
		if got := tt.e.Error(); got != tt.want {
			t.Errorf("got %q, want %q", got, tt.want)
		}
	}
	if p := Problems(errors.New("open x: denied")); len(p) != 1 || p[0].Msg != "open x: denied" {
		t.Errorf("Problems of a plain error: %v", p)
	}
	if Problems(nil) != nil {
		t.Error("Problems(nil)")
	}
	if _, err := Load(filepath.Join(t.TempDir(), "missing.yaml"), nil); err == nil || !strings.HasPrefix(err.Error(), "config: open ") {
		t.Errorf("missing file: %v", err)
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{head, allSecrets, "", "a: b", "communities: [{id: x}]", "store: {driver: redis, redis: {db: x}}",
		"privacy: &a {pseudonym_key: ${KEY}}\nweb: *a\n", "x: &a [*a]", "log: {level: ${X:-debug}}", "- 1\n- 2", "rules: {packs: [../../etc/passwd]}"} {
		f.Add([]byte(s))
	}
	if b, err := os.ReadFile("../config.example.yaml"); err == nil {
		f.Add(b)
	}
	getenv := getenvFrom(with(secretEnv, map[string]string{"TRYGBOT_PSEUDONYM_KEY": testKey, "TELEGRAM_TOKEN": "t"}))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := Parse("fuzz/config.yaml", data, getenv)
		if err != nil {
			if c != nil {
				t.Fatal("a Config with an error")
			}
			for _, p := range Problems(err) {
				if p.Msg == "" {
					t.Fatalf("a problem without a message: %#v", p)
				}
			}
			return
		}
		if err := c.Validate(); err != nil {
			t.Fatalf("Parse accepted what Validate refuses: %v", err)
		}
		_ = c.Redacted()
		_ = c.Summary()
	})
}

// TestIngestClients: ingest clients load with their own tokens and
// communities, beside or instead of ingest.token, and a configuration
// with ingest.token alone loads as before (every ingest community).
func TestIngestClients(t *testing.T) {
	two := ingestComm + "  - {id: board, platform: ingest, chat_id: board1, language: en, moderators_chat: mods, moderators: [user:a]}\n"
	for _, tc := range []struct {
		name, yaml string
		token      bool
		clients    []IngestClient
	}{
		{"token alone", two + "ingest: {token: \"${INGEST}\"}\n", true, nil},
		{"clients alone", two + "ingest:\n  clients:\n    - {name: forum, token: \"${CL}\", communities: [forum]}\n    - {name: board-sync, token: \"${CL2}\", communities: [board, forum]}\n", false,
			[]IngestClient{{Name: "forum", Token: Secret(ingestEnv["CL"]), Communities: []string{"forum"}},
				{Name: "board-sync", Token: Secret(ingestEnv["CL2"]), Communities: []string{"board", "forum"}}}},
		{"token and a client", two + "ingest:\n  token: ${INGEST}\n  clients:\n    - {name: forum, token: \"${CL}\", communities: [forum]}\n", true,
			[]IngestClient{{Name: "forum", Token: Secret(ingestEnv["CL"]), Communities: []string{"forum"}}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := mustLoad(t, head+tc.yaml, with(baseEnv, ingestEnv))
			if c.Ingest.Token.IsSet() != tc.token {
				t.Errorf("ingest.token set = %v, want %v", c.Ingest.Token.IsSet(), tc.token)
			}
			if !reflect.DeepEqual(c.Ingest.Clients, tc.clients) {
				t.Errorf("clients = %#v, want %#v", c.Ingest.Clients, tc.clients)
			}
		})
	}
}
