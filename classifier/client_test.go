package classifier

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/trygbot/trygbot/classifier/classifiertest"
	"github.com/trygbot/trygbot/rules"
)

// The messages of these tests use the invented word zorblax; no log line
// may contain it.
const secretWord = "zorblax"

// testClient makes a client of url whose logs go to a buffer that must
// not name the message text when the test ends, and whose waits between
// attempts are recorded instead of slept.
func testClient(t *testing.T, opts Options) (*Client, *[]time.Duration) {
	t.Helper()
	var logs bytes.Buffer
	var mu sync.Mutex
	logger := slog.New(slog.NewTextHandler(lockedWriter{&mu, &logs}, &slog.HandlerOptions{Level: slog.LevelDebug}))
	if opts.Model == "" {
		opts.Model = "qwen3guard-gen:0.6b"
	}
	if opts.Format == "" {
		opts.Format = FormatQwen3Guard
	}
	c, err := New(logger, opts)
	if err != nil {
		t.Fatal(err)
	}
	var waits []time.Duration
	c.sleep = func(ctx context.Context, d time.Duration) error {
		mu.Lock()
		waits = append(waits, d)
		mu.Unlock()
		return ctx.Err()
	}
	t.Cleanup(func() {
		mu.Lock()
		defer mu.Unlock()
		if strings.Contains(logs.String(), secretWord) {
			t.Errorf("the log names the message text:\n%s", logs.String())
		}
	})
	return c, &waits
}

type lockedWriter struct {
	mu *sync.Mutex
	w  *bytes.Buffer
}

func (l lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

// TestClassifyAsOllamaAndVLLMAnswer asks each format through servers
// shaped like Ollama and vLLM, and checks what was sent: the model, the
// text (and for policy-json the policy in the message's language),
// temperature 0, streaming off, and no other field.
func TestClassifyAsOllamaAndVLLMAnswer(t *testing.T) {
	tests := []struct {
		format Format
		lang   string
		answer string
		want   rules.Category
		keys   []string
	}{
		{FormatQwen3Guard, "da", "Safety: Unsafe\nCategories: Unethical Acts", rules.CatGeneralisation, []string{"max_tokens", "messages", "model", "stream", "temperature"}},
		{FormatLlamaGuard, "en", "\n\nunsafe\nS1", rules.CatThreat, []string{"max_tokens", "messages", "model", "stream", "temperature"}},
		{FormatPolicyJSON, "da", `{"verdict": "unsafe", "category": "dehumanisation", "confidence": 0.9}`, rules.CatDehumanisation, []string{"messages", "model", "stream", "temperature"}},
	}
	for _, flavor := range []classifiertest.Flavor{classifiertest.Ollama, classifiertest.VLLM} {
		for _, tc := range tests {
			t.Run(string(tc.format), func(t *testing.T) {
				srv := classifiertest.New(t, flavor, func(classifiertest.Request) classifiertest.Reply {
					return classifiertest.Reply{Content: tc.answer}
				})
				srv.Models = []string{"guard-model"}
				c, _ := testClient(t, Options{URL: srv.URL, Model: "guard-model", Format: tc.format})
				text := "de er alle " + secretWord
				v, err := c.Classify(context.Background(), text, tc.lang)
				if err != nil {
					t.Fatal(err)
				}
				if !v.Flags() || v.Category != tc.want || v.Model != "guard-model" || v.Cached || v.Latency <= 0 {
					t.Errorf("verdict %+v", v)
				}
				reqs := srv.Requests()
				if len(reqs) != 1 {
					t.Fatalf("%d requests", len(reqs))
				}
				r := reqs[0]
				if !slices.Equal(r.Keys, tc.keys) || r.Model != "guard-model" || r.Stream || r.Temperature == nil || *r.Temperature != 0 {
					t.Errorf("request keys %q model %q stream %v temperature %v", r.Keys, r.Model, r.Stream, r.Temperature)
				}
				if r.User() != text || r.Header.Get("Content-Type") != "application/json" {
					t.Errorf("user turn %q, content type %q", r.User(), r.Header.Get("Content-Type"))
				}
				want := []classifiertest.Message{{Role: "user", Content: text}}
				if tc.format == FormatPolicyJSON {
					want = append([]classifiertest.Message{{Role: "system", Content: Policy(tc.lang)}}, want...)
				}
				if !slices.Equal(r.Messages, want) {
					t.Errorf("messages %+v", r.Messages)
				}
			})
		}
	}
}

// TestServerErrors reads each server's error body, and never an error
// message that quotes the text.
func TestServerErrors(t *testing.T) {
	for _, tc := range []struct {
		flavor classifiertest.Flavor
		want   string
	}{
		{classifiertest.Ollama, `classifier: server answered 404 Not Found: model "qwen3guard" not found, try pulling it first`},
		{classifiertest.VLLM, "classifier: server answered 404 Not Found: The model `qwen3guard` does not exist."},
	} {
		srv := classifiertest.New(t, tc.flavor, nil)
		srv.Models = []string{"Qwen/Qwen3Guard-Gen-0.6B"}
		c, waits := testClient(t, Options{URL: srv.URL, Model: "qwen3guard"})
		_, err := c.Classify(context.Background(), "hello "+secretWord, "en")
		var se *StatusError
		if !errors.As(err, &se) || se.Status != 404 || err.Error() != tc.want {
			t.Errorf("err = %v, want %s", err, tc.want)
		}
		if n := len(srv.Requests()); n != 1 || len(*waits) != 0 {
			t.Errorf("a 404 was tried %d times", n)
		}
	}
	// A validation error that echoes the request (as pydantic's do) is
	// left out of the error.
	text := "they are all " + secretWord + " and should leave"
	srv := classifiertest.New(t, classifiertest.VLLM, func(r classifiertest.Request) classifiertest.Reply {
		return classifiertest.Reply{Status: 400, Message: "1 validation error: input " + r.User()[5:30] + " too long"}
	})
	c, _ := testClient(t, Options{URL: srv.URL})
	_, err := c.Classify(context.Background(), text, "en")
	var se *StatusError
	if !errors.As(err, &se) || se.Status != 400 || se.Message != "" || strings.Contains(err.Error(), secretWord) {
		t.Errorf("err = %v", err)
	}
}

// TestRetries: 429 waits its Retry-After, 5xx and refused connections
// back off, a Retry-After beyond MaxRetryAfter and other statuses end the
// attempts.
func TestRetries(t *testing.T) {
	script := func(replies ...classifiertest.Reply) func(classifiertest.Request) classifiertest.Reply {
		var n atomic.Int32
		return func(classifiertest.Request) classifiertest.Reply {
			i := int(n.Add(1)) - 1
			return replies[min(i, len(replies)-1)]
		}
	}
	ok := classifiertest.Reply{Content: "Safety: Safe\nCategories: None"}
	tests := []struct {
		name     string
		replies  []classifiertest.Reply
		requests int
		waits    []time.Duration
		status   int // of the error; 0: an answer
	}{
		{"429 honours Retry-After", []classifiertest.Reply{{Status: 429, Message: "rate limited", RetryAfter: "2"}, ok}, 2, []time.Duration{2 * time.Second}, 0},
		{"5xx backs off, doubling", []classifiertest.Reply{{Status: 503}, {Status: 502}, ok}, 3, []time.Duration{250 * time.Millisecond, 500 * time.Millisecond}, 0},
		{"503 with Retry-After", []classifiertest.Reply{{Status: 503, RetryAfter: "1"}, ok}, 2, []time.Duration{time.Second}, 0},
		{"gives up after the attempts", []classifiertest.Reply{{Status: 500, Message: "CUDA out of memory"}}, 3, []time.Duration{250 * time.Millisecond, 500 * time.Millisecond}, 500},
		{"Retry-After too long", []classifiertest.Reply{{Status: 429, RetryAfter: "60"}, ok}, 1, nil, 429},
		{"400 is not retried", []classifiertest.Reply{{Status: 400, Message: "bad request"}, ok}, 1, nil, 400},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			srv := classifiertest.New(t, classifiertest.Ollama, script(tc.replies...))
			c, waits := testClient(t, Options{URL: srv.URL})
			_, err := c.Classify(context.Background(), secretWord, "en")
			var se *StatusError
			switch {
			case tc.status == 0 && err != nil:
				t.Fatal(err)
			case tc.status != 0 && (!errors.As(err, &se) || se.Status != tc.status):
				t.Fatalf("err = %v, want status %d", err, tc.status)
			}
			if n := len(srv.Requests()); n != tc.requests || !slices.Equal(*waits, tc.waits) {
				t.Errorf("%d requests, waits %v; want %d, %v", n, *waits, tc.requests, tc.waits)
			}
			if s := c.Stats(); s.Requests != int64(tc.requests) || s.Retries != int64(len(tc.waits)) {
				t.Errorf("stats %+v", s)
			}
		})
	}
	// A server that is not there: connection refused, retried, then an
	// error naming the URL only.
	dead := httptest.NewServer(http.NotFoundHandler())
	url := dead.URL + "/v1"
	dead.Close()
	c, waits := testClient(t, Options{URL: url})
	_, err := c.Classify(context.Background(), secretWord, "en")
	if err == nil || len(*waits) != 2 || strings.Contains(err.Error(), secretWord) {
		t.Errorf("refused connection: %v, waits %v", err, *waits)
	}
}

func TestParseRetryAfter(t *testing.T) {
	now := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	for in, want := range map[string]time.Duration{
		"": 0, "3": 3 * time.Second, " 0 ": 0, "-1": 0, "soon": 0,
		"Mon, 02 Mar 2026 10:00:07 GMT": 7 * time.Second, "Mon, 02 Mar 2026 09:00:00 GMT": 0,
	} {
		if got := parseRetryAfter(in, now); got != want {
			t.Errorf("parseRetryAfter(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestTimeout: a model slower than Timeout is given up at the timeout
// and not asked again.
func TestTimeout(t *testing.T) {
	srv := classifiertest.New(t, classifiertest.VLLM, func(classifiertest.Request) classifiertest.Reply {
		return classifiertest.Reply{Content: "safe", Delay: 5 * time.Second}
	})
	c, waits := testClient(t, Options{URL: srv.URL, Format: FormatLlamaGuard, Timeout: 100 * time.Millisecond})
	start := time.Now()
	_, err := c.Classify(context.Background(), secretWord, "en")
	if took := time.Since(start); !errors.Is(err, ErrTimeout) || took > 2*time.Second {
		t.Fatalf("err = %v after %v", err, took)
	}
	if err.Error() != "classifier: no answer within 100ms: classifier: timeout" {
		t.Errorf("error text %q", err)
	}
	if n := len(srv.Requests()); n != 1 || len(*waits) != 0 {
		t.Errorf("a timeout was tried %d times", n)
	}
	if s := c.Stats(); s.Timeouts != 1 || s.Errors != 1 || s.Answered != 0 {
		t.Errorf("stats %+v", s)
	}
}

// TestMalformedAnswers: content the format cannot read, null content and
// a body that is no chat completion.
func TestMalformedAnswers(t *testing.T) {
	for _, tc := range []struct {
		name  string
		reply classifiertest.Reply
		state State // after BreakerFailures = 1 such answers
	}{
		{"chatty model", classifiertest.Reply{Content: "I'm sorry, but I can't assist with that request."}, Closed},
		{"null content", classifiertest.Reply{NullContent: true}, Closed},
		{"not a completion", classifiertest.Reply{Body: "<html><body>Welcome to nginx!</body></html>"}, Open},
		{"truncated JSON", classifiertest.Reply{Body: `{"id":"chatcmpl-1","choices":[{"message":{"content":"Safety: Un`}, Open},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv := classifiertest.New(t, classifiertest.Ollama, func(classifiertest.Request) classifiertest.Reply { return tc.reply })
			c, waits := testClient(t, Options{URL: srv.URL, BreakerFailures: 1})
			_, err := c.Classify(context.Background(), secretWord, "en")
			if !errors.Is(err, ErrMalformed) || len(*waits) != 0 || strings.Contains(err.Error(), "sorry") {
				t.Fatalf("err = %v, waits %v", err, *waits)
			}
			if got := c.Health().State; got != tc.state {
				t.Errorf("breaker %s, want %s: a readable completion is an answer, a body that is none a failure", got, tc.state)
			}
		})
	}
	var me *MalformedError
	srv := classifiertest.New(t, classifiertest.Ollama, func(classifiertest.Request) classifiertest.Reply {
		return classifiertest.Reply{Content: "Hello! How can I help?"}
	})
	c, _ := testClient(t, Options{URL: srv.URL})
	if _, err := c.Classify(context.Background(), secretWord, "en"); !errors.As(err, &me) || me.Answer != "Hello! How can I help?" {
		t.Errorf("the unreadable answer is not kept for check to show: %#v", err)
	}
}

// fakeClock is a clock the test moves.
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *fakeClock) Add(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

// TestBreakerOpensAndCloses: three failures in a row open the breaker;
// while open the server is not contacted; after the cool-down one probe
// goes through at a time: a failure opens it again, an answer closes it.
func TestBreakerOpensAndCloses(t *testing.T) {
	clock := &fakeClock{t: time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)}
	var down atomic.Bool
	down.Store(true)
	release := make(chan struct{})
	var hold atomic.Bool
	srv := classifiertest.New(t, classifiertest.Ollama, func(classifiertest.Request) classifiertest.Reply {
		if hold.Load() {
			<-release
		}
		if down.Load() {
			return classifiertest.Reply{Status: 503, Message: "loading model"}
		}
		return classifiertest.Reply{Content: "Safety: Safe\nCategories: None"}
	})
	c, _ := testClient(t, Options{URL: srv.URL, Attempts: 1, BreakerFailures: 3, BreakerCoolDown: 30 * time.Second, Now: clock.Now})
	ask := func() error { _, err := c.Classify(context.Background(), "hello "+secretWord, "en"); return err }
	requests := func() int { return len(srv.Requests()) }

	for i := range 3 {
		if err := ask(); err == nil || errors.Is(err, ErrCircuitOpen) {
			t.Fatalf("failure %d: %v", i+1, err)
		}
		if want := Closed; i < 2 && c.Health().State != want {
			t.Fatalf("after %d failures: %+v", i+1, c.Health())
		}
	}
	h := c.Health()
	if h.State != Open || h.Failures != 3 || !h.OpenedAt.Equal(clock.Now()) || !h.RetryAt.Equal(clock.Now().Add(30*time.Second)) {
		t.Fatalf("after 3 failures: %+v", h)
	}
	clock.Add(29 * time.Second)
	if err := ask(); !errors.Is(err, ErrCircuitOpen) || requests() != 3 {
		t.Fatalf("open: %v, %d requests", err, requests())
	}
	if s := c.Stats(); s.Refused != 1 {
		t.Errorf("stats %+v", s)
	}

	clock.Add(time.Second)
	if c.Health().State != HalfOpen {
		t.Fatalf("after the cool-down: %+v", c.Health())
	}
	// One probe at a time: a second call while the probe is out is
	// refused without contacting the server.
	hold.Store(true)
	probe := make(chan error)
	go func() { probe <- ask() }()
	for requests() != 4 {
		time.Sleep(time.Millisecond)
	}
	if err := ask(); !errors.Is(err, ErrCircuitOpen) {
		t.Errorf("a second call during the probe: %v", err)
	}
	hold.Store(false)
	close(release)
	if err := <-probe; err == nil || errors.Is(err, ErrCircuitOpen) {
		t.Fatalf("failing probe: %v", err)
	}
	if h := c.Health(); h.State != Open || !h.RetryAt.Equal(clock.Now().Add(30*time.Second)) || requests() != 4 {
		t.Fatalf("after the failed probe: %+v, %d requests", h, requests())
	}

	clock.Add(30 * time.Second)
	down.Store(false)
	if err := ask(); err != nil {
		t.Fatalf("probe: %v", err)
	}
	if h := c.Health(); h.State != Closed || h.Failures != 0 || !h.OpenedAt.IsZero() {
		t.Fatalf("after an answer: %+v", h)
	}
}

// TestCallerGivesUp: a caller whose context ends is no failure of the
// server.
func TestCallerGivesUp(t *testing.T) {
	srv := classifiertest.New(t, classifiertest.Ollama, func(classifiertest.Request) classifiertest.Reply {
		return classifiertest.Reply{Content: "Safety: Safe", Delay: 5 * time.Second}
	})
	c, _ := testClient(t, Options{URL: srv.URL, BreakerFailures: 1})
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	if _, err := c.Classify(ctx, secretWord, "en"); !errors.Is(err, context.DeadlineExceeded) || errors.Is(err, ErrTimeout) {
		t.Fatalf("err = %v", err)
	}
	if h := c.Health(); h.State != Closed || h.Failures != 0 {
		t.Errorf("the caller's deadline counted against the server: %+v", h)
	}
}

// TestRateLimit: MaxPerSecond spaces the requests.
func TestRateLimit(t *testing.T) {
	srv := classifiertest.New(t, classifiertest.Ollama, nil)
	c, _ := testClient(t, Options{URL: srv.URL, MaxPerSecond: 20})
	start := time.Now()
	for i := range 6 {
		if _, err := c.Classify(context.Background(), strings.Repeat("x", i+1), "en"); err != nil {
			t.Fatal(err)
		}
	}
	// The first request goes at once, the five others 50 ms apart.
	if took := time.Since(start); took < 240*time.Millisecond {
		t.Errorf("6 requests at 20 a second took %v, want at least 250ms", took)
	}
	// The limit waits within the caller's context, and says so.
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer cancel()
	slow, _ := testClient(t, Options{URL: srv.URL, MaxPerSecond: 0.1})
	slow.Classify(ctx, "first", "en")
	if _, err := slow.Classify(ctx, "second", "en"); err == nil || !strings.Contains(err.Error(), "rate limit") {
		t.Errorf("err = %v", err)
	}
}

// TestMaxInFlight: never more than MaxInFlight requests at once; the
// other calls wait.
func TestMaxInFlight(t *testing.T) {
	srv := classifiertest.New(t, classifiertest.Ollama, func(classifiertest.Request) classifiertest.Reply {
		return classifiertest.Reply{Content: "Safety: Safe", Delay: 50 * time.Millisecond}
	})
	c, _ := testClient(t, Options{URL: srv.URL, MaxInFlight: 2})
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Go(func() {
			if _, err := c.Classify(context.Background(), strings.Repeat("y", i+1), "en"); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if p := srv.Peak(); p != 2 {
		t.Errorf("peak %d requests at once, want 2", p)
	}
}

// TestCache: a text whose normal form was answered is not asked again;
// another language is; the least recently used goes first; errors are
// not kept.
func TestCache(t *testing.T) {
	var fail atomic.Bool
	srv := classifiertest.New(t, classifiertest.Ollama, func(classifiertest.Request) classifiertest.Reply {
		if fail.Load() {
			return classifiertest.Reply{Status: 400}
		}
		return classifiertest.Reply{Content: "Safety: Unsafe\nCategories: Unethical Acts"}
	})
	c, _ := testClient(t, Options{URL: srv.URL, CacheSize: 2})
	ask := func(text, lang string) Verdict {
		t.Helper()
		v, err := c.Classify(context.Background(), text, lang)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	requests := func() int { return len(srv.Requests()) }
	if v := ask("You are a RAT!!", "en"); v.Cached || requests() != 1 {
		t.Fatalf("first: %+v", v)
	}
	if v := ask("you are a r4t !!", "en"); !v.Cached || !v.Flags() || v.Latency != 0 || requests() != 1 {
		t.Fatalf("same normal form: %+v, %d requests", v, requests())
	}
	ask("you are a rat", "da")  // another language: asked; the cache holds two
	ask("something else", "en") // evicts the English rat
	if requests() != 3 {
		t.Fatalf("%d requests", requests())
	}
	ask("you are a rat", "en")
	if requests() != 4 {
		t.Errorf("the least recently used entry was kept: %d requests", requests())
	}
	fail.Store(true)
	c.Classify(context.Background(), "new text", "en")
	c.Classify(context.Background(), "new text", "en")
	if requests() != 6 {
		t.Errorf("an error was cached: %d requests", requests())
	}
	if s := c.Stats(); s.CacheHits != 1 || s.Cached != 2 || s.Asked != 7 {
		t.Errorf("stats %+v", s)
	}
}

// TestRemoteRefused: a host that is not loopback, private or link-local
// is refused before anything is sent, unless allowed.
func TestRemoteRefused(t *testing.T) {
	contacted := roundTripFunc(func(*http.Request) (*http.Response, error) {
		t.Error("the server was contacted")
		return nil, errors.New("no")
	})
	logger := slog.New(slog.DiscardHandler)
	for _, url := range []string{"https://api.example.org/v1", "http://203.0.113.5:8000/v1", "http://gpu-box:11434/v1"} {
		_, err := New(logger, Options{URL: url, Model: "m", Format: FormatQwen3Guard, Transport: contacted})
		if !errors.Is(err, ErrRemote) || !strings.Contains(err.Error(), "message text would leave this machine") {
			t.Errorf("%s: %v", url, err)
		}
		if _, err := New(logger, Options{URL: url, Model: "m", Format: FormatQwen3Guard, Transport: contacted, AllowRemote: true}); err != nil {
			t.Errorf("%s allowed: %v", url, err)
		}
	}
	for _, url := range []string{"http://127.0.0.1:11434/v1", "http://localhost:8080/v1", "http://10.0.0.5:8000/v1", "http://[fd00::5]:8000/v1"} {
		if _, err := New(logger, Options{URL: url, Model: "m", Format: FormatQwen3Guard, Transport: contacted}); err != nil {
			t.Errorf("%s: %v", url, err)
		}
	}
}

type roundTripFunc func(*http.Request) (*http.Response, error)

func (f roundTripFunc) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

func TestNewChecksOptions(t *testing.T) {
	logger := slog.New(slog.DiscardHandler)
	for _, o := range []Options{
		{URL: "127.0.0.1:11434", Model: "m", Format: FormatQwen3Guard},
		{URL: "http://127.0.0.1/v1", Format: FormatQwen3Guard},
		{URL: "http://127.0.0.1/v1", Model: "m", Format: "openai"},
		{URL: "http://127.0.0.1/v1", Model: "m", Format: FormatQwen3Guard, MaxPerSecond: -1},
		{URL: "http://127.0.0.1/v1", Model: "m", Format: FormatQwen3Guard, MaxInFlight: -1},
	} {
		if _, err := New(logger, o); err == nil {
			t.Errorf("%+v: no error", o)
		}
	}
}

// TestTextGoesOnlyToURL: no proxy from the environment, no redirect
// followed (a 307 would send the body on to another host).
func TestTextGoesOnlyToURL(t *testing.T) {
	var elsewhere atomic.Int32
	other := httptest.NewServer(http.HandlerFunc(func(http.ResponseWriter, *http.Request) { elsewhere.Add(1) }))
	defer other.Close()
	redirect := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, other.URL+"/v1/chat/completions", http.StatusTemporaryRedirect)
	}))
	defer redirect.Close()
	c, _ := testClient(t, Options{URL: redirect.URL + "/v1"})
	_, err := c.Classify(context.Background(), secretWord, "en")
	var se *StatusError
	if !errors.As(err, &se) || se.Status != http.StatusTemporaryRedirect || elsewhere.Load() != 0 {
		t.Errorf("err = %v, %d requests elsewhere", err, elsewhere.Load())
	}
	if tr, ok := c.opts.Transport.(*http.Transport); !ok || tr.Proxy != nil {
		t.Error("the default transport may use a proxy from the environment")
	}
}
