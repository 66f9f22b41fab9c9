package app

import (
	"context"
	"log/slog"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/trygbot/trygbot/bot"
	"github.com/trygbot/trygbot/classifier"
	"github.com/trygbot/trygbot/classifier/classifiertest"
	"github.com/trygbot/trygbot/config"
	"github.com/trygbot/trygbot/rules"
	"github.com/trygbot/trygbot/storage"
)

// Messages for the built-in English pack: grey (a group named, nothing
// flagged), flagged (a frame; a threat), and ordinary.
const (
	greyText   = "the women in this town have a new choir"
	frameText  = "muslims are rats"
	threatText = "we should kill all the muslims"
	plainText  = "good morning everyone"
)

// secondOpinionApp is the process of `trygbot run` with cfg, its
// console prompts written to the buffer it returns, and the bot's
// second-opinion workers running until the test ends (trygbot run runs
// them as a service).
func secondOpinionApp(t *testing.T, cfg *config.Config, tune func(*classifier.Options)) (*App, *syncBuffer, *syncBuffer) {
	t.Helper()
	logs, out := &syncBuffer{}, &syncBuffer{}
	logger := slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	spec := FromConfig(logger, cfg, strings.NewReader(""), out)
	if tune != nil && spec.Classifier != nil {
		tune(spec.Classifier)
	}
	a, err := New(context.Background(), spec)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { defer close(done); _ = a.bot.RunSecondOpinions(ctx) }()
	t.Cleanup(func() { cancel(); <-done; a.Close() })
	return a, logs, out
}

// say hands one console message to the bot, as the console adapter does,
// and returns how long the rules path took.
func say(t *testing.T, a *App, id, text string) time.Duration {
	t.Helper()
	start := time.Now()
	err := a.bot.Handle(context.Background(), bot.Event{Kind: bot.KindMessage, Platform: "console", ChatID: "general",
		Channel: "general", MessageID: id, AuthorID: "u-" + id, AuthorName: "Ann", Text: text})
	if err != nil {
		t.Fatal(err)
	}
	return time.Since(start)
}

func waitUntil(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func listCases(t *testing.T, a *App, q storage.CaseQuery) []storage.Case {
	t.Helper()
	cs, err := a.store.ListCases(context.Background(), q)
	if err != nil {
		t.Fatal(err)
	}
	return cs
}

// qwenHate answers as Qwen3Guard-Gen does: unsafe, Unethical Acts, for
// the grey message, and safe for the others.
func qwenHate(r classifiertest.Request) classifiertest.Reply {
	if r.User() == greyText {
		return classifiertest.Reply{Content: "Safety: Unsafe\nCategories: Unethical Acts"}
	}
	return classifiertest.Reply{Content: "Safety: Safe\nCategories: None"}
}

// promptModelCases sets the console community to prompt volunteers for
// the model's cases.
func promptModelCases(cfg *config.Config) *config.Config {
	cfg.Communities[0].Classifier = config.ModelCasesPrompt
	return cfg
}

// TestSecondOpinionEndToEnd: through `trygbot run`'s bot and a fake
// Ollama server, a grey message (a group named, nothing flagged) becomes
// a case with source model, the model's category, medium severity and a
// console prompt that says it is a second opinion from the named model,
// not a rule; the model is asked only about the message's text; ordinary
// messages are not sent (send: grey); /metrics counts it all and times
// the question.
func TestSecondOpinionEndToEnd(t *testing.T) {
	srv := classifiertest.New(t, classifiertest.Ollama, qwenHate)
	cfg := promptModelCases(classifierConfig(t, "classifier: {url: "+srv.URL+", model: qwen3guard-gen-0.6b}\n"))
	a, logs, out := secondOpinionApp(t, cfg, nil)
	say(t, a, "1", plainText)
	say(t, a, "2", greyText)
	waitUntil(t, "the model's case and its prompt", func() bool {
		cs := listCases(t, a, storage.CaseQuery{Source: storage.SourceModel})
		return len(cs) == 1 && len(cs[0].Prompts) == 1
	})
	c := listCases(t, a, storage.CaseQuery{})[0]
	if c.Source != storage.SourceModel || c.Category != rules.CatGeneralisation || c.Severity != rules.SevMedium || c.Verdict.Flagged ||
		!c.Verdict.Group || c.Model == nil || c.Model.Name != "qwen3guard-gen-0.6b" || !slices.Equal(c.Model.Categories, []string{"Unethical Acts"}) ||
		len(c.Prompts) != 1 {
		t.Fatalf("model case = %+v, opinion %+v", c, c.Model)
	}
	reqs := srv.Requests()
	if len(reqs) != 1 || reqs[0].User() != greyText || reqs[0].Model != "qwen3guard-gen-0.6b" {
		t.Errorf("requests = %+v, want one about the grey message", reqs)
	}
	waitUntil(t, "the console prompt", func() bool { return strings.Contains(out.String(), "second opinion from a model") })
	for _, want := range []string{"Second opinion from the model qwen3guard-gen-0.6b, not a rule", "Unethical Acts → hateful generalisation"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("console prompt lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(logs.String(), greyText) {
		t.Errorf("the message text was logged:\n%s", logs)
	}
	wantMetrics(t, a, "after the model's case", map[string]float64{
		`trygbot_second_opinion_total{event="asked"}`:                            1,
		`trygbot_second_opinion_total{event="model_only"}`:                       1,
		`trygbot_classifier_request_seconds_count{result="answered"}`:            1,
		`trygbot_classifier_requests_total{result="answered"}`:                   1,
		`trygbot_classifier_request_seconds_bucket{result="answered",le="+Inf"}`: 1,
	})
}

// runRulesPath hands the same twelve messages to a fresh process with
// classifier block block (send: all) and returns its cases and the
// longest time Handle took.
func runRulesPath(t *testing.T, block string, tune func(*classifier.Options)) ([]storage.Case, time.Duration, *App) {
	t.Helper()
	a, _, _ := secondOpinionApp(t, promptModelCases(classifierConfig(t, block)), tune)
	var longest time.Duration
	for i := range 12 {
		text := []string{greyText, frameText, threatText, plainText}[i%4]
		longest = max(longest, say(t, a, string(rune('a'+i)), text))
	}
	return listCases(t, a, storage.CaseQuery{}), longest, a
}

// TestModelDownOrSlowChangesNothing: with the model slow (each answer
// 2 s, given up after 300 ms) or down (503), the rules path is as
// without a model: the same cases, categories and prompts, none waiting
// for the model, and no Handle call as long as one answer.
func TestModelDownOrSlowChangesNothing(t *testing.T) {
	base, baseLongest, _ := runRulesPath(t, "", nil)
	if len(base) != 6 {
		t.Fatalf("without a model: %d cases, want the rules' 6", len(base))
	}
	slow := classifiertest.New(t, classifiertest.Ollama, func(classifiertest.Request) classifiertest.Reply {
		return classifiertest.Reply{Content: "Safety: Unsafe\nCategories: Unethical Acts", Delay: 2 * time.Second}
	})
	down := classifiertest.New(t, classifiertest.Ollama, func(classifiertest.Request) classifiertest.Reply {
		return classifiertest.Reply{Status: http.StatusServiceUnavailable, Message: "model is loading"}
	})
	for _, tc := range []struct {
		name, url string
	}{{"slow", slow.URL}, {"down", down.URL}} {
		t.Run(tc.name, func(t *testing.T) {
			cases, longest, a := runRulesPath(t, "classifier: {url: "+tc.url+", model: guard, send: all, timeout: 300ms}\n",
				func(o *classifier.Options) { o.Attempts, o.Backoff = 2, 10*time.Millisecond })
			t.Logf("longest Handle: %s with the model %s, %s without a model", longest, tc.name, baseLongest)
			if longest >= 300*time.Millisecond {
				t.Errorf("a message took %s with the model %s: the rules path waited for it", longest, tc.name)
			}
			if len(cases) != len(base) {
				t.Fatalf("%d cases, want %d as without a model", len(cases), len(base))
			}
			for i, c := range cases {
				if b := base[i]; c.Category != b.Category || c.Severity != b.Severity || c.Text != b.Text || c.Source != "" ||
					len(c.Prompts) != len(b.Prompts) || c.Model != nil {
					t.Errorf("case %d = %s/%s %q source %q model %v; without a model %s/%s %q", c.ID, c.Category, c.Severity, c.Text,
						c.Source, c.Model, b.Category, b.Severity, b.Text)
				}
			}
			waitUntil(t, "every question to end", func() bool {
				s := a.bot.SecondOpinionStats()
				return s.Failed+s.Dropped == 12
			})
		})
	}
}

// TestBreakerThroughTheBot: questions the bot asks a model that is down
// open the client's circuit breaker (/healthz degraded, later questions
// refused at once without contacting the server); after the cool-down a
// question is the probe, and the model's answer closes the breaker and
// opens the model's case.
func TestBreakerThroughTheBot(t *testing.T) {
	m := newFlakyModel(t)
	m.srv = classifiertest.New(t, classifiertest.Ollama, func(r classifiertest.Request) classifiertest.Reply {
		if m.down.Load() {
			return classifiertest.Reply{Status: http.StatusServiceUnavailable, Message: "model is loading"}
		}
		return qwenHate(r)
	})
	cfg := promptModelCases(classifierConfig(t, "classifier: {url: "+m.srv.URL+", model: guard, max_in_flight: 1}\n"))
	a, _, _ := secondOpinionApp(t, cfg, m.tune)
	m.down.Store(true)
	for i := range 3 {
		say(t, a, string(rune('a'+i)), greyText+strings.Repeat("!", i)) // not cached: each a question
	}
	waitUntil(t, "three failures", func() bool { return a.bot.SecondOpinionStats().Failed == 3 })
	if s := a.classifier.Stats(); s.Requests != 2 || s.Refused != 1 || a.classifier.Health().State != classifier.Open {
		t.Errorf("client %+v, breaker %s; want 2 requests, then the breaker open and 1 refused", s, a.classifier.Health().State)
	}
	a.health.check(context.Background())
	if _, body := get(a.health, "/healthz"); !strings.Contains(body, "classifier: degraded (breaker open") || !strings.HasPrefix(body, "ok\n") {
		t.Errorf("/healthz = %q", body)
	}
	if n := len(listCases(t, a, storage.CaseQuery{})); n != 0 {
		t.Errorf("%d cases while the model was down, want none", n)
	}
	m.advance(time.Minute)
	m.down.Store(false)
	say(t, a, "d", greyText)
	waitUntil(t, "the probe's case", func() bool { return len(listCases(t, a, storage.CaseQuery{Source: storage.SourceModel})) == 1 })
	if a.classifier.Health().State != classifier.Closed {
		t.Errorf("breaker %s after the probe was answered, want closed", a.classifier.Health().State)
	}
	wantMetrics(t, a, "after the probe", map[string]float64{
		`trygbot_second_opinion_total{event="failed"}`:                3,
		`trygbot_second_opinion_total{event="model_only"}`:            1,
		`trygbot_classifier_request_seconds_count{result="failed"}`:   3,
		`trygbot_classifier_request_seconds_count{result="answered"}`: 1,
	})
}
