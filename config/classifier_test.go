package config

import (
	"strings"
	"testing"
	"time"
)

// TestClassifierProblems: each bad classifier setting is one problem at
// its line, naming the field and the fix. A remote host is refused from
// the URL alone: nothing is contacted or resolved.
func TestClassifierProblems(t *testing.T) {
	checkProblems(t, head, baseEnv, false, []problemCase{
		{"public address", "classifier:\n  url: http://203.0.113.5:8000/v1\n  model: m\n", 6, "classifier.url",
			"host 203.0.113.5 is not loopback, private (RFC 1918, RFC 4193) or link-local: message text would leave this machine",
			"or set classifier.allow_remote: true to send message text there deliberately"},
		{"host name", "classifier:\n  url: https://guard.example.org/v1\n  model: m\n", 6, "classifier.url",
			`host "guard.example.org" is a name other than localhost, so it counts as remote (names are not resolved`,
			"run the model on this machine or your private network"},
		{"a name on the local network is still a name", "classifier:\n  url: http://gpu-box:11434/v1\n  model: m\n", 6, "classifier.url",
			`host "gpu-box" is a name other than localhost`, "classifier.allow_remote: true"},
		{"not a URL", "classifier:\n  url: 127.0.0.1:11434\n  model: m\n", 6, "classifier.url",
			`want an http or https URL, got "127.0.0.1:11434"`, "such as http://127.0.0.1:11434/v1 (Ollama)"},
		{"model missing", "classifier:\n  url: http://127.0.0.1:11434/v1\n", 5, "classifier.model",
			"missing: the model name the server knows", "ollama list"},
		{"unknown format", "classifier:\n  format: llama-guard\n", 6, "classifier.format",
			`unknown format "llama-guard"`, `did you mean "llamaguard"?`},
		{"unknown send", "classifier:\n  send: gray\n", 6, "classifier.send", `unknown value "gray"`, `did you mean "grey"?`},
		{"timeout", "classifier:\n  timeout: 0s\n", 6, "classifier.timeout", "must be positive, got 0s", "a Go duration such as 10s"},
		{"rate", "classifier:\n  max_per_second: -1\n", 6, "classifier.max_per_second", "must be a number of at least 0, got -1", "0 turns the limit off"},
		{"in flight", "classifier:\n  max_in_flight: 0\n", 6, "classifier.max_in_flight", "must be at least 1, got 0", "the default is 4"},
		{"cache", "classifier:\n  cache_size: -5\n", 6, "classifier.cache_size", "must not be negative, got -5", "0 keeps none"},
		{"waiting", "classifier:\n  max_waiting: 0\n", 6, "classifier.max_waiting", "must be at least 1, got 0", "more are dropped, never the message"},
	})
}

// TestClassifierAccepted: off by default; loopback, private and
// link-local hosts are accepted as they are, a remote one only with
// allow_remote; the environment can set the block.
func TestClassifierAccepted(t *testing.T) {
	c := mustLoad(t, head, baseEnv)
	want := Classifier{Format: "qwen3guard", Send: "grey", Timeout: 10 * time.Second, MaxPerSecond: 10, MaxInFlight: 4, CacheSize: 10000, MaxWaiting: 100}
	if c.Classifier != want || c.Classifier.On() || c.Summary().Classifier != "off" {
		t.Errorf("default %+v, summary %q", c.Classifier, c.Summary().Classifier)
	}
	for _, url := range []string{"http://127.0.0.1:11434/v1", "http://localhost:8080/v1", "http://[::1]:8000/v1",
		"http://192.168.1.20:11434/v1", "http://10.0.0.5:8000/v1", "http://172.20.0.2:8000/v1", "http://[fd00::2]:8000/v1", "http://169.254.3.4:8000/v1"} {
		mustLoad(t, head+"classifier:\n  url: "+url+"\n  model: guard\n", baseEnv)
	}
	c = mustLoad(t, head+"classifier:\n  url: https://guard.example.org/v1\n  model: guard\n  format: policy-json\n  send: all\n  allow_remote: true\n", baseEnv)
	if s := c.Summary().Classifier; s != `policy-json model "guard" at https://guard.example.org/v1, send all (remote host allowed: message text leaves this machine's networks)` {
		t.Errorf("summary %q", s)
	}
	c = mustLoad(t, head, with(baseEnv, map[string]string{"TRYGBOT_CLASSIFIER_URL": "http://127.0.0.1:11434/v1",
		"TRYGBOT_CLASSIFIER_MODEL": "llama-guard3:1b", "TRYGBOT_CLASSIFIER_FORMAT": "llamaguard", "TRYGBOT_CLASSIFIER_TIMEOUT": "3s"}))
	if cl := c.Classifier; cl.URL != "http://127.0.0.1:11434/v1" || cl.Model != "llama-guard3:1b" || cl.Format != "llamaguard" || cl.Timeout != 3*time.Second {
		t.Errorf("from the environment: %+v", cl)
	}
	_, err := Load(writeConfig(t, head), getenvFrom(with(baseEnv, map[string]string{"TRYGBOT_CLASSIFIER_URL": "http://8.8.8.8/v1", "TRYGBOT_CLASSIFIER_MODEL": "m"})))
	if p := Problems(err); len(p) != 1 || p[0].Path != "classifier.url" || !strings.Contains(p[0].Msg, "host 8.8.8.8 is not loopback") {
		t.Errorf("a remote URL from the environment: %v", err)
	}
}

// TestCommunityModelCases: communities[].classifier says what a case the
// model opens alone does; review when left out; a typo is one problem at
// its line, with the nearest value.
func TestCommunityModelCases(t *testing.T) {
	const comms = `privacy: {pseudonym_key: "${KEY}"}
discord: {token: "${DISCORD_TOKEN}"}
communities:
  - {id: c1, platform: discord, chat_id: "100", language: da, moderators_chat: "200", moderators: ["user:1"]}
  - {id: c2, platform: discord, chat_id: "101", language: da, moderators_chat: "201", moderators: ["user:1"], classifier: prompt}
  - {id: c3, platform: discord, chat_id: "102", language: da, moderators_chat: "202", moderators: ["user:1"], classifier: off}
`
	c := mustLoad(t, comms, baseEnv)
	for i, want := range []string{ModelCasesReview, ModelCasesPrompt, ModelCasesOff} {
		if got := c.Communities[i].ModelCases(); got != want {
			t.Errorf("communities[%d]: model cases %q, want %q", i, got, want)
		}
	}
	_, err := Load(writeConfig(t, strings.Replace(comms, "classifier: off", "classifier: reveiw", 1)), getenvFrom(baseEnv))
	probs := Problems(err)
	if len(probs) != 1 || probs[0].Path != "communities[2].classifier" || probs[0].Line != 6 ||
		!strings.Contains(probs[0].Msg, `unknown value "reveiw"`) || !strings.Contains(probs[0].Hint, `did you mean "review"?`) {
		t.Errorf("a typo: %v", err)
	}
}
