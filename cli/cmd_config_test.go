package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/crypto/bcrypt"

	"github.com/trygbot/trygbot/config"
)

// configTestEnv is what config.example.yaml needs to be valid.
var configTestEnv = map[string]string{
	"TRYGBOT_PSEUDONYM_KEY": "0123456789abcdef0123456789abcdef-hunter2",
	"DISCORD_TOKEN":         "discord-hunter2",
	"TELEGRAM_TOKEN":        "telegram-hunter2",
}

func configGetenv(env map[string]string) func(string) string {
	return func(k string) string { return env[k] }
}

// runConfigCmd runs `trygbot config ARGS...` and returns its output.
func runConfigCmd(t *testing.T, getenv func(string) string, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errb bytes.Buffer
	env := &cmdEnv{ctx: context.Background(), getenv: getenv, stdin: strings.NewReader(""), stdout: &out, stderr: &errb}
	err = cmdConfig(env, args)
	return out.String(), errb.String(), err
}

func writeConfigFile(t *testing.T, yaml string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "config.yaml")
	if err := os.WriteFile(path, []byte(yaml), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

const goodConfig = `privacy:
  pseudonym_key: ${TRYGBOT_PSEUDONYM_KEY}
discord:
  token: ${DISCORD_TOKEN}
communities:
  - id: oresund-youth
    name: Øresund Youth
    platform: discord
    chat_id: "123456789012345678"
    language: da
    moderators_chat: "223456789012345678"
    moderators: ["role:222"]
`

const badConfig = `privacy:
  pseudonym_key: ${TRYGBOT_PSEUDONYM_KEY}
  retention_days: 0
store:
  drivr: sqlite
communities:
  - id: oresund-youth
    platform: discord
    chat_id: "123456789012345678"
    language: da
    moderators: ["role:222"]
`

func TestConfigCheck(t *testing.T) {
	getenv := configGetenv(configTestEnv)
	good := writeConfigFile(t, goodConfig)
	bad := writeConfigFile(t, badConfig)

	t.Run("good file", func(t *testing.T) {
		out, _, err := runConfigCmd(t, getenv, "check", good)
		if err != nil {
			t.Fatal(err)
		}
		for _, want := range []string{good + ": ok\n", "store:", "sqlite " + filepath.Join(filepath.Dir(good), "trygbot.db"), "platforms:    discord", "communities:  1", "classifier:   off", "oresund-youth", "Øresund Youth", "discord.token set", "privacy.pseudonym_key set", "telegram.token unset"} {
			if !strings.Contains(out, want) {
				t.Errorf("output lacks %q:\n%s", want, out)
			}
		}
		if strings.Contains(out, "hunter2") {
			t.Errorf("output shows a secret:\n%s", out)
		}
	})

	t.Run("good file as JSON", func(t *testing.T) {
		out, _, err := runConfigCmd(t, getenv, "check", "--json", good)
		if err != nil {
			t.Fatal(err)
		}
		var res struct {
			File    string
			OK      bool
			Summary struct {
				Store       string
				Platforms   []string
				Communities []struct{ ID, Platform string }
				Secrets     map[string]string
			}
		}
		if err := json.Unmarshal([]byte(out), &res); err != nil {
			t.Fatalf("%v:\n%s", err, out)
		}
		if !res.OK || res.File != good || len(res.Summary.Communities) != 1 || res.Summary.Communities[0].ID != "oresund-youth" || res.Summary.Secrets["discord.token"] != "set" {
			t.Errorf("result %+v", res)
		}
		if strings.Contains(out, "hunter2") {
			t.Errorf("output shows a secret:\n%s", out)
		}
	})

	t.Run("bad file", func(t *testing.T) {
		out, errOut, err := runConfigCmd(t, getenv, "check", bad)
		var ee *exitError
		if !errors.As(err, &ee) || ee.code != 1 || ee.msg != bad+": 4 problems" {
			t.Fatalf("err = %#v", err)
		}
		if out != "" {
			t.Errorf("stdout: %s", out)
		}
		want := bad + `:3: privacy.retention_days: must be at least 1 day, got 0 (case texts are deleted after this many days; the default is 30)
` + bad + `:5: store: unknown field "drivr" (did you mean "driver"?)
` + bad + `:7: communities[0].moderators_chat: missing: the chat where moderator prompts are posted (Discord ids are numbers: turn on Developer Mode, right-click the channel and Copy ID; write it in quotes)
` + bad + `: discord.token: missing: community "oresund-youth" (line 7) is on discord (write token: ${DISCORD_TOKEN} and set the variable, or set TRYGBOT_DISCORD_TOKEN)
`
		if errOut != want {
			t.Errorf("stderr:\n%s\nwant:\n%s", errOut, want)
		}
	})

	t.Run("bad file as JSON", func(t *testing.T) {
		out, _, err := runConfigCmd(t, getenv, "check", "--json", bad)
		if exitCode(err) != 1 {
			t.Fatalf("err = %v", err)
		}
		var res struct {
			OK       bool
			Problems []struct {
				File, Path, Message, Hint string
				Line                      int
			}
		}
		if err := json.Unmarshal([]byte(out), &res); err != nil {
			t.Fatalf("%v:\n%s", err, out)
		}
		if res.OK || len(res.Problems) != 4 || res.Problems[1].Line != 5 || res.Problems[1].Path != "store" || res.Problems[1].Hint != `did you mean "driver"?` {
			t.Errorf("result %+v", res)
		}
	})

	t.Run("missing variable", func(t *testing.T) {
		_, errOut, err := runConfigCmd(t, configGetenv(nil), "check", good)
		if err == nil || !strings.Contains(errOut, good+":2: privacy.pseudonym_key: variable TRYGBOT_PSEUDONYM_KEY is not set") {
			t.Errorf("err %v, stderr:\n%s", err, errOut)
		}
	})

	t.Run("missing file", func(t *testing.T) {
		_, errOut, err := runConfigCmd(t, getenv, "check", filepath.Join(t.TempDir(), "nope.yaml"))
		if err == nil || !strings.Contains(errOut, "no such file") {
			t.Errorf("err %v, stderr %q", err, errOut)
		}
	})
}

func TestConfigExample(t *testing.T) {
	out, _, err := runConfigCmd(t, configGetenv(nil), "example")
	if err != nil {
		t.Fatal(err)
	}
	disk, err := os.ReadFile("../config.example.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if out != string(disk) || out != config.Example() {
		t.Error("config example does not print config.example.yaml")
	}
	// The printed example passes config check once its variables are set.
	file := writeConfigFile(t, out)
	if got, errOut, err := runConfigCmd(t, configGetenv(configTestEnv), "check", file); err != nil || !strings.HasPrefix(got, file+": ok") {
		t.Errorf("check of the example: %v\n%s%s", err, got, errOut)
	}
}

func TestConfigEnv(t *testing.T) {
	out, _, err := runConfigCmd(t, configGetenv(map[string]string{"TRYGBOT_STORE_DRIVER": "redis", "TRYGBOT_DISCORD_TOKEN": "hunter2"}), "env")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"TRYGBOT_STORE_DRIVER", "store.driver", "redis", "TRYGBOT_PRIVACY_RETENTION_DAYS", "TRYGBOT_DISCORD_TOKEN"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "hunter2") {
		t.Errorf("output shows a secret:\n%s", out)
	}
}

func TestConfigUsage(t *testing.T) {
	getenv := configGetenv(nil)
	tests := []struct {
		name    string
		args    []string
		err     error
		stdout  string
		stderr  string
		usesErr bool
	}{
		{name: "no subcommand", err: errUsage, stderr: "Usage: trygbot config COMMAND"},
		{name: "unknown subcommand", args: []string{"chek"}, err: errUsage, stderr: `unknown command "chek"`},
		{name: "help", args: []string{"--help"}, stdout: "check FILE"},
		{name: "check without a file", args: []string{"check"}, err: errUsage, stderr: "Usage: trygbot config check [--json] FILE"},
		{name: "check help", args: []string{"check", "--help"}, stdout: "Example:\n  trygbot config check config.yaml"},
		{name: "example help", args: []string{"example", "-h"}, stdout: "trygbot config example > config.yaml"},
		{name: "example with an argument", args: []string{"example", "x"}, err: errUsage},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errOut, err := runConfigCmd(t, getenv, tt.args...)
			if err != tt.err {
				t.Errorf("err = %v, want %v", err, tt.err)
			}
			if !strings.Contains(out, tt.stdout) || !strings.Contains(errOut, tt.stderr) {
				t.Errorf("stdout:\n%s\nstderr:\n%s", out, errOut)
			}
		})
	}
}

// TestRunConfigCheck goes through run, as a user does.
func TestRunConfigCheck(t *testing.T) {
	getenv := configGetenv(configTestEnv)
	var out, errOut bytes.Buffer
	err := run(context.Background(), []string{"config", "check", writeConfigFile(t, goodConfig)}, getenv, strings.NewReader(""), &out, &errOut)
	if strings.Contains(errOut.String(), `unknown command "config"`) {
		t.Fatal(`main.go does not route "config" to cmdConfig`)
	}
	if err != nil || !strings.Contains(out.String(), ": ok\n") {
		t.Fatalf("good file: %v\n%s%s", err, out.String(), errOut.String())
	}
	out.Reset()
	errOut.Reset()
	err = run(context.Background(), []string{"config", "check", writeConfigFile(t, badConfig)}, getenv, strings.NewReader(""), &out, &errOut)
	if exitCode(err) != 1 || !strings.Contains(err.Error(), "4 problems") || !strings.Contains(errOut.String(), `unknown field "drivr"`) {
		t.Fatalf("bad file: %v\n%s%s", err, out.String(), errOut.String())
	}
}

func TestConfigHashPassword(t *testing.T) {
	var out, errb bytes.Buffer
	err := run(context.Background(), []string{"config", "hash-password"}, func(string) string { return "" },
		strings.NewReader("a long passphrase\n"), &out, &errb)
	if err != nil {
		t.Fatal(err)
	}
	h := strings.TrimSpace(out.String())
	if bcrypt.CompareHashAndPassword([]byte(h), []byte("a long passphrase")) != nil || strings.Contains(h, "passphrase") {
		t.Errorf("hash %q does not match the password", h)
	}
	if err := run(context.Background(), []string{"config", "hash-password"}, func(string) string { return "" },
		strings.NewReader("short\n"), &out, &errb); err == nil {
		t.Error("a short password was hashed")
	}
}
