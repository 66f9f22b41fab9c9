package cli

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/trygbot/trygbot/classifier"
	"github.com/trygbot/trygbot/classifier/classifiertest"
	"github.com/trygbot/trygbot/config"
)

// TestClassifierFormatsAgree: classifier.format accepts exactly the
// formats the classifier reads.
func TestClassifierFormatsAgree(t *testing.T) {
	var want []string
	for _, f := range classifier.Formats() {
		want = append(want, string(f))
	}
	if got := config.ClassifierFormats(); !slices.Equal(got, want) {
		t.Errorf("config takes %q, the classifier reads %q", got, want)
	}
}

// TestConfigCheckRefusesRemoteClassifier: `trygbot config check` refuses
// a public classifier URL unless allow_remote, and shows the block.
func TestConfigCheckRefusesRemoteClassifier(t *testing.T) {
	getenv := configGetenv(configTestEnv)
	remote := writeConfigFile(t, goodConfig+"classifier:\n  url: https://guard.example.org/v1\n  model: guard\n")
	_, errOut, err := runConfigCmd(t, getenv, "check", remote)
	if exitCode(err) != 1 || !strings.Contains(errOut, remote+":14: classifier.url: host \"guard.example.org\" is a name other than localhost") ||
		!strings.Contains(errOut, "set classifier.allow_remote: true") {
		t.Errorf("err %v, stderr:\n%s", err, errOut)
	}
	allowed := writeConfigFile(t, goodConfig+"classifier:\n  url: https://guard.example.org/v1\n  model: guard\n  allow_remote: true\n")
	out, errOut, err := runConfigCmd(t, getenv, "check", allowed)
	if err != nil || !strings.Contains(out, `classifier:   qwen3guard model "guard" at https://guard.example.org/v1, send grey (remote host allowed`) {
		t.Errorf("err %v\n%s%s", err, out, errOut)
	}
}

// fakeGuard is a fake Ollama serving a Qwen3Guard-like model that calls
// "blorp" hate, times out on "slow", fails on "broken" and chats on
// "chatty"; everything else is safe.
func fakeGuard(t *testing.T) *classifiertest.Server {
	t.Helper()
	srv := classifiertest.New(t, classifiertest.Ollama, func(r classifiertest.Request) classifiertest.Reply {
		switch text := r.User(); {
		case strings.Contains(text, "slow"):
			return classifiertest.Reply{Content: "Safety: Unsafe\nCategories: Violent", Delay: 3 * time.Second}
		case strings.Contains(text, "broken"):
			return classifiertest.Reply{Status: 500, Message: "llama runner process has terminated"}
		case strings.Contains(text, "chatty"):
			return classifiertest.Reply{Content: "Sure, here is a poem about " + text}
		case strings.Contains(text, "blorp"):
			return classifiertest.Reply{Content: "Safety: Unsafe\nCategories: Unethical Acts"}
		}
		return classifiertest.Reply{Content: "Safety: Safe\nCategories: None"}
	})
	srv.Models = []string{"guard"}
	return srv
}

func classifierArgs(srv *classifiertest.Server, more ...string) []string {
	return append([]string{"--pack", testPack, "--classifier-url", srv.URL, "--classifier-model", "guard",
		"--classifier-timeout", "300ms", "--classifier-max-per-second", "0"}, more...)
}

// TestCheckWithClassifier: check shows the model's opinion under the
// rules' verdict, or why there is none, and never lets it change the
// rules' verdict.
func TestCheckWithClassifier(t *testing.T) {
	srv := fakeGuard(t)
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"only the model", "quibfen blorp", []string{"not flagged: score 0.00",
			"model guard (qwen3guard): unsafe: Unethical Acts -> generalisation (hate-related, severity at most medium) (in ",
			"only the model says hate: a second opinion from a model, not a rule"}},
		{"the model disagrees", "you are a zorblax", []string{"FLAGGED: slur", "model guard (qwen3guard): safe (in ",
			"the model disagrees: the rules' flag stands (a model never removes it)"}},
		{"both", "zorblax blorp", []string{"FLAGGED: slur", "rules and model agree: hate"}},
		{"timeout", "zorblax slow", []string{"FLAGGED: slur",
			"model guard (qwen3guard): no opinion: classifier: no answer within 300ms: classifier: timeout; the rules' verdict stands alone"}},
		{"server error", "broken", []string{"not flagged",
			"no opinion: classifier: server answered 500 Internal Server Error: llama runner process has terminated; the rules' verdict stands alone"}},
		{"unreadable answer", "chatty", []string{"no opinion: classifier: qwen3guard answer not readable: no \"Safety:\" line",
			`  the model answered: "Sure, here is a poem about chatty"`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, errOut, err := runCLI(t, "", append(append([]string{"check"}, classifierArgs(srv)...), tc.text)...)
			if err != nil {
				t.Fatalf("%v\n%s", err, errOut)
			}
			for _, w := range tc.want {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q:\n%s", w, out)
				}
			}
		})
	}
	last := srv.Requests()[len(srv.Requests())-1]
	if last.User() != "chatty" || len(last.Messages) != 1 || last.Stream {
		t.Errorf("request %+v", last)
	}

	out, _, err := runCLI(t, "", append(append([]string{"check", "--json", "--lang", "da"}, classifierArgs(srv)...), "quibfen blorp")...)
	if err != nil {
		t.Fatal(err)
	}
	var res struct {
		Flagged bool
		Score   *float64
		Model   struct {
			Model, Format, Category, MaxSeverity, Label string
			Flagged, Hate, Unsafe                       bool
			ModelCategories                             []string `json:"model_categories"`
			MaxSev                                      string   `json:"max_severity"`
		}
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	m := res.Model
	if res.Flagged || res.Score == nil || !m.Flagged || !m.Hate || !m.Unsafe || m.Category != "generalisation" || m.MaxSev != "medium" ||
		m.Model != "guard" || m.Format != "qwen3guard" || m.Label != "unsafe" || !slices.Equal(m.ModelCategories, []string{"Unethical Acts"}) {
		t.Errorf("check --json: %s", out)
	}
}

// TestClassifierFlagsRefused: a missing model, an unknown format and a
// remote host are refused before anything is sent.
func TestClassifierFlagsRefused(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--classifier-url", "http://127.0.0.1:1/v1"}, "--classifier-model is required with --classifier-url"},
		{[]string{"--classifier-url", "http://127.0.0.1:1/v1", "--classifier-model", "m", "--classifier-format", "guard"}, `unknown format "guard"`},
		{[]string{"--classifier-url", "https://guard.example.org/v1", "--classifier-model", "m"},
			"classifier: remote host guard.example.org: message text would leave this machine and its private network; allow it deliberately (allow_remote, --classifier-allow-remote)"},
	} {
		for _, cmd := range []string{"check", "scan", "eval"} {
			args := append([]string{cmd}, tc.args...)
			if cmd != "scan" {
				args = append(args, "testdata/eval.csv")
			}
			_, _, err := runCLI(t, "", args...)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("%s %q: %v", cmd, tc.args, err)
			}
		}
	}
}

// TestScanWithClassifier: each line gets a "model" object, in input
// order; the model is sent the text alone, never the author, platform,
// community, channel or id.
func TestScanWithClassifier(t *testing.T) {
	srv := fakeGuard(t)
	var in strings.Builder
	texts := []string{"quibfen blorp", "u zorblax", "broken", "hello", "blorp again"}
	for i, text := range texts {
		fmt.Fprintf(&in, `{"id":%d,"text":%q,"lang":"da","platform":"discord","community":"secret-community","channel":"secret-channel","author":"secret-author-42"}`+"\n", i, text)
	}
	out, errOut, err := runCLI(t, in.String(), append([]string{"scan"}, classifierArgs(srv, "--classifier-max-in-flight", "3")...)...)
	if err != nil {
		t.Fatalf("%v\n%s", err, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != len(texts) {
		t.Fatalf("%d lines:\n%s", len(lines), out)
	}
	want := []struct {
		rules, model bool
		error        string
	}{{false, true, ""}, {true, false, ""}, {false, false, "server answered 500"}, {false, false, ""}, {false, true, ""}}
	for i, l := range lines {
		var got struct {
			ID      int
			Flagged bool
			Model   *struct {
				Flagged bool
				Error   string
			}
		}
		if err := json.Unmarshal([]byte(l), &got); err != nil || got.ID != i || got.Model == nil {
			t.Fatalf("line %d: %v %s", i, err, l)
		}
		if got.Flagged != want[i].rules || got.Model.Flagged != want[i].model || !strings.Contains(got.Model.Error, want[i].error) || (want[i].error == "") != (got.Model.Error == "") {
			t.Errorf("line %d: %s", i, l)
		}
	}
	for _, r := range srv.Requests() {
		body := fmt.Sprint(r.Keys, r.Messages, r.Header)
		if strings.Contains(body, "secret") || !slices.Contains(texts, r.User()) || len(r.Messages) != 1 {
			t.Errorf("the model was sent more than the text: %s", body)
		}
	}
}

// TestEvalWithClassifier scores rules, model and either side by side
// against the fake server, as a programme would measure a model on its
// own suite before turning it on.
func TestEvalWithClassifier(t *testing.T) {
	srv := fakeGuard(t)
	suite := filepath.Join("testdata", "eval.csv")
	out, errOut, err := runCLI(t, "", append(append([]string{"eval"}, classifierArgs(srv)...), suite)...)
	if err != nil {
		t.Fatalf("%v\n%s", err, errOut)
	}
	// The rules flag the two zorblax cases; the model flags "blorp" only.
	for _, w := range []string{
		"| 4 | 3 | 1 | 75.0% | 66.7% | 100.0% | 100.0% | 66.7% | 80.0% |", // the rules' own table, as before
		"### rules, model and either",
		"Model: guard (qwen3guard).",
		"| source | flagged | precision | recall |     F1 | hateful acc. | non-hateful acc. | errors | timeouts |",
		"| rules  |       2 |    100.0% |  66.7% |  80.0% |        66.7% |           100.0% |      - |        - |",
		"| model  |       1 |    100.0% |  33.3% |  50.0% |        33.3% |           100.0% |      0 |        0 |",
		"| either |       3 |    100.0% | 100.0% | 100.0% |       100.0% |           100.0% |      - |        - |",
		"Model answers: 4 of 4 cases (0 errors, 0 timeouts, 0 from the cache)",
	} {
		if !strings.Contains(out, w) {
			t.Errorf("output lacks %q:\n%s", w, out)
		}
	}

	// Errors and timeouts are counted, and count as not flagged by the
	// model; the JSON report has the comparison under "compare".
	dir := t.TempDir()
	mixed := filepath.Join(dir, "mixed.csv")
	os.WriteFile(mixed, []byte("text,label\nblorp,hateful\nslow blorp,hateful\nbroken blorp,hateful\nquibfen,non-hateful\n"), 0o644)
	out, errOut, err = runCLI(t, "", append(append([]string{"eval", "--json"}, classifierArgs(srv)...), mixed)...)
	if err != nil {
		t.Fatalf("%v\n%s", err, errOut)
	}
	var rep struct {
		Compare struct {
			Model   string
			Errors  int
			Timeout int `json:"timeouts"`
			Sources struct {
				Model struct {
					TP, FN  int
					Recall  float64
					Flagged int
				}
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	c := rep.Compare
	if c.Model != "guard (qwen3guard)" || c.Errors != 2 || c.Timeout != 1 || c.Sources.Model.TP != 1 || c.Sources.Model.FN != 2 || c.Sources.Model.Flagged != 1 {
		t.Errorf("eval --json compare: %s", out)
	}
}
