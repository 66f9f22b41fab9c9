package classifier

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"golang.org/x/time/rate"

	"github.com/trygbot/trygbot/internal/localnet"
)

// Errors Classify returns besides *MalformedError, *StatusError and the
// caller's context error.
var (
	// ErrCircuitOpen: the model failed repeatedly and is not asked until
	// the breaker's cool-down has passed (see Health).
	ErrCircuitOpen = errors.New("classifier: circuit open after repeated failures: not asked until the cool-down ends")
	// ErrTimeout: no answer within Options.Timeout.
	ErrTimeout = errors.New("classifier: timeout")
	// ErrRemote: the URL's host is not loopback, private or link-local,
	// and Options.AllowRemote is not set.
	ErrRemote = errors.New("classifier: remote host")
)

// StatusError is an answer with a status other than 2xx. Message is the
// server's error message, cut to 200 bytes, or "" when it quoted the
// message text (or had none).
type StatusError struct {
	Status     int
	RetryAfter time.Duration // from a 429's or 503's Retry-After, 0 if none
	Message    string
}

func (e *StatusError) Error() string {
	s := fmt.Sprintf("classifier: server answered %d %s", e.Status, http.StatusText(e.Status))
	if e.Message != "" {
		s += ": " + e.Message
	}
	return s
}

// Options configure a Client. A zero field takes the default it names.
type Options struct {
	// URL is the server's OpenAI-compatible base URL, such as
	// http://127.0.0.1:11434/v1 (Ollama) or http://127.0.0.1:8080/v1
	// (llama.cpp); the client posts to URL + "/chat/completions".
	URL string
	// Model is the model name the server knows.
	Model  string
	Format Format
	// Timeout bounds one request, from sending it to the whole answer
	// (default 10s). Waiting for a rate or in-flight slot is bounded only
	// by the caller's context.
	Timeout time.Duration
	// MaxPerSecond is how many requests a second at most (retries
	// included); 0 is no limit.
	MaxPerSecond float64
	// MaxInFlight is how many requests at once at most (default 4);
	// further calls wait for a slot.
	MaxInFlight int
	// CacheSize is how many verdicts are kept by normalised text and
	// language; 0 keeps none.
	CacheSize int
	// AllowRemote lets URL name a host that is not loopback, private or
	// link-local (see internal/localnet): message text then leaves this
	// machine's networks.
	AllowRemote bool
	// Attempts is how many times one message is tried on a 429, a 5xx or
	// a connection error (default 3); a timeout is not tried again.
	Attempts int
	// Backoff is the wait before the first retry, doubled for each next
	// one (default 250ms); a Retry-After from the server replaces it.
	Backoff time.Duration
	// MaxRetryAfter is the longest Retry-After waited for (default 10s);
	// a longer one ends the attempts.
	MaxRetryAfter time.Duration
	// BreakerFailures is how many failures in a row open the circuit
	// breaker (default 5); BreakerCoolDown how long it stays open before
	// a probe (default 30s).
	BreakerFailures int
	BreakerCoolDown time.Duration
	// Transport sends the requests (default: a transport that uses no
	// proxy, whatever HTTP_PROXY says, so the text goes only to URL).
	// Redirects are never followed.
	Transport http.RoundTripper
	// Now is the clock of the breaker (default time.Now).
	Now func() time.Time
}

// Client asks one model on one server for its opinion of messages. It is
// safe for concurrent use.
type Client struct {
	logger   *slog.Logger
	opts     Options
	endpoint string
	http     *http.Client
	limiter  *rate.Limiter // nil: no limit
	slots    chan struct{}
	cache    *cache
	breaker  *breaker
	sleep    func(context.Context, time.Duration) error
	stats    counters
}

// New checks opts and makes a Client; it contacts nothing. It refuses a
// URL whose host is remote unless opts.AllowRemote (ErrRemote), and logs
// nothing of messages, ever: only state changes of the breaker and
// retries, with their cause.
func New(logger *slog.Logger, opts Options) (*Client, error) {
	host, scope, err := localnet.Check(opts.URL)
	if err != nil {
		return nil, fmt.Errorf("classifier: url: %w", err)
	}
	if scope == localnet.Remote && !opts.AllowRemote {
		return nil, fmt.Errorf("%w %s: message text would leave this machine and its private network; allow it deliberately (allow_remote, --classifier-allow-remote)", ErrRemote, host)
	}
	if _, err := ParseFormat(string(opts.Format)); err != nil {
		return nil, err
	}
	if opts.Model == "" {
		return nil, errors.New("classifier: no model: name the model the server knows")
	}
	if opts.MaxPerSecond < 0 || math.IsNaN(opts.MaxPerSecond) || math.IsInf(opts.MaxPerSecond, 0) {
		return nil, fmt.Errorf("classifier: max per second must be a number of at least 0, got %v", opts.MaxPerSecond)
	}
	if opts.MaxInFlight < 0 || opts.CacheSize < 0 || opts.Timeout < 0 || opts.Attempts < 0 {
		return nil, errors.New("classifier: timeout, max in flight, cache size and attempts must not be negative")
	}
	setDefaults(&opts)
	c := &Client{
		logger:   logger.With("component", "classifier", "model", opts.Model, "format", string(opts.Format)),
		opts:     opts,
		endpoint: strings.TrimSuffix(opts.URL, "/") + "/chat/completions",
		http: &http.Client{Transport: opts.Transport, CheckRedirect: func(*http.Request, []*http.Request) error {
			return http.ErrUseLastResponse
		}},
		slots:   make(chan struct{}, opts.MaxInFlight),
		breaker: &breaker{threshold: opts.BreakerFailures, coolDown: opts.BreakerCoolDown, now: opts.Now},
		sleep:   sleepCtx,
	}
	if opts.MaxPerSecond > 0 {
		c.limiter = rate.NewLimiter(rate.Limit(opts.MaxPerSecond), 1)
	}
	if opts.CacheSize > 0 {
		c.cache = newCache(opts.CacheSize)
	}
	return c, nil
}

func setDefaults(o *Options) {
	def := func(d *time.Duration, v time.Duration) {
		if *d == 0 {
			*d = v
		}
	}
	def(&o.Timeout, 10*time.Second)
	def(&o.Backoff, 250*time.Millisecond)
	def(&o.MaxRetryAfter, 10*time.Second)
	def(&o.BreakerCoolDown, 30*time.Second)
	if o.MaxInFlight == 0 {
		o.MaxInFlight = 4
	}
	if o.Attempts == 0 {
		o.Attempts = 3
	}
	if o.BreakerFailures == 0 {
		o.BreakerFailures = 5
	}
	if o.Transport == nil {
		t := http.DefaultTransport.(*http.Transport).Clone()
		t.Proxy = nil
		t.MaxIdleConnsPerHost = o.MaxInFlight
		o.Transport = t
	}
	if o.Now == nil {
		o.Now = time.Now
	}
}

func sleepCtx(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Model is the configured model name; Format its format.
func (c *Client) Model() string  { return c.opts.Model }
func (c *Client) Format() Format { return c.opts.Format }

// Health is the circuit breaker's state, for /healthz and /metrics.
func (c *Client) Health() Health { return c.breaker.health() }

// Classify asks the model about text in language lang ("da", "en" or
// another code; only policy-json uses it) and reads its answer. Only the
// text and, for policy-json, a policy in its language are sent: no
// author, chat or message id.
//
// It waits for a rate and an in-flight slot as long as ctx allows, then
// tries up to Attempts times (429, 5xx, connection errors; Retry-After
// honoured up to MaxRetryAfter), each attempt bounded by Timeout. It
// returns a cached verdict (Cached set) for a text whose normal form was
// answered before, ErrCircuitOpen at once while the breaker is open, an
// error wrapping ErrTimeout, a *StatusError, a *MalformedError (ErrMalformed)
// or ctx's error. An error never carries the text.
func (c *Client) Classify(ctx context.Context, text, lang string) (Verdict, error) {
	c.stats.asked.Add(1)
	key := keyOf(text, lang)
	if v, ok := c.cache.get(key); ok {
		c.stats.cacheHits.Add(1)
		v.Cached, v.Latency = true, 0
		return v, nil
	}
	if !c.breaker.allow() {
		c.stats.refused.Add(1)
		return Verdict{}, ErrCircuitOpen
	}
	v, o, err := c.ask(ctx, text, lang)
	c.recordOutcome(o, err)
	if err != nil {
		c.stats.errors.Add(1)
		if errors.Is(err, ErrTimeout) {
			c.stats.timeouts.Add(1)
		}
		return Verdict{}, err
	}
	c.stats.answered.Add(1)
	c.cache.put(key, v)
	return v, nil
}

// recordOutcome tells the breaker how a request ended and logs a change
// of its state.
func (c *Client) recordOutcome(o outcome, err error) {
	before, after := c.breaker.done(o)
	switch {
	case before == after:
	case after == Open:
		h := c.breaker.health()
		c.logger.Warn("classifier circuit open: the model is not asked until the cool-down ends; rules verdicts stand alone",
			"failures", h.Failures, "retry_at", h.RetryAt, "err", err)
	case after == Closed:
		c.logger.Info("classifier circuit closed: the model answers again")
	}
}

// ask waits for a slot and sends the attempts.
func (c *Client) ask(ctx context.Context, text, lang string) (Verdict, outcome, error) {
	select {
	case c.slots <- struct{}{}:
		defer func() { <-c.slots }()
	case <-ctx.Done():
		return Verdict{}, abandoned, ctx.Err()
	}
	body, err := json.Marshal(chatRequest{Model: c.opts.Model, Messages: messages(c.opts.Format, text, lang),
		Temperature: 0, MaxTokens: maxTokens(c.opts.Format), Stream: false})
	if err != nil {
		return Verdict{}, failed, fmt.Errorf("classifier: encode request: %w", err)
	}
	backoff := c.opts.Backoff
	for attempt := 1; ; attempt++ {
		if c.limiter != nil {
			if err := c.limiter.Wait(ctx); err != nil {
				// ctx ended, or will before a slot comes: says
				// nothing of the server.
				return Verdict{}, abandoned, fmt.Errorf("classifier: waiting for the rate limit: %w", err)
			}
		}
		start := time.Now()
		content, model, err := c.post(ctx, body, text)
		if ctx.Err() != nil {
			return Verdict{}, abandoned, ctx.Err()
		}
		if err == nil && strings.TrimSpace(content) == "" {
			return Verdict{}, answered, &MalformedError{Format: c.opts.Format, Why: "the completion has no content"}
		}
		if err == nil {
			v, err := Parse(c.opts.Format, content)
			if err != nil {
				return Verdict{}, answered, err
			}
			v.Model, v.Latency = model, time.Since(start)
			if v.Model == "" {
				v.Model = c.opts.Model
			}
			return v, answered, nil
		}
		wait, retry := c.retryAfter(err, backoff)
		if !retry || attempt >= c.opts.Attempts {
			return Verdict{}, failed, err
		}
		c.stats.retries.Add(1)
		c.logger.Debug("classifier request failed, trying again", "attempt", attempt, "wait", wait, "err", err)
		if err := c.sleep(ctx, wait); err != nil {
			return Verdict{}, abandoned, err
		}
		backoff *= 2
	}
}

// retryAfter says whether err is worth another attempt and how long to
// wait first: 429 and 5xx after their Retry-After (or backoff), and
// connection errors after backoff; not timeouts, other statuses or
// unreadable answers.
func (c *Client) retryAfter(err error, backoff time.Duration) (time.Duration, bool) {
	var se *StatusError
	if errors.As(err, &se) {
		if se.Status != http.StatusTooManyRequests && se.Status < 500 {
			return 0, false
		}
		if se.Status == http.StatusTooManyRequests {
			c.stats.rateLimited.Add(1)
		}
		if se.RetryAfter > 0 {
			return se.RetryAfter, se.RetryAfter <= c.opts.MaxRetryAfter
		}
		return backoff, true
	}
	if errors.Is(err, ErrTimeout) || errors.Is(err, ErrMalformed) {
		return 0, false
	}
	return backoff, true
}

// chatRequest is the body of POST /chat/completions.
type chatRequest struct {
	Model       string    `json:"model"`
	Messages    []message `json:"messages"`
	Temperature float64   `json:"temperature"`
	MaxTokens   int       `json:"max_tokens,omitempty"`
	Stream      bool      `json:"stream"`
}

// chatResponse is what is read of the answer.
type chatResponse struct {
	Model   string `json:"model"`
	Choices []struct {
		Message struct {
			Content *string `json:"content"`
		} `json:"message"`
	} `json:"choices"`
}

// maxAnswerBytes bounds the body read from the server.
const maxAnswerBytes = 1 << 20

// post sends one request and returns the answer's content ("" when the
// completion has none) and model.
func (c *Client) post(ctx context.Context, body []byte, text string) (content, model string, err error) {
	ctx, cancel := context.WithTimeoutCause(ctx, c.opts.Timeout, ErrTimeout)
	defer cancel()
	c.stats.requests.Add(1)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.endpoint, bytes.NewReader(body))
	if err != nil {
		return "", "", fmt.Errorf("classifier: %w", err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/json")
	req.Header.Set("User-Agent", "trygbot-classifier")
	resp, err := c.http.Do(req)
	if err != nil {
		return "", "", c.transportError(ctx, err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, maxAnswerBytes))
	if err != nil {
		return "", "", c.transportError(ctx, err)
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return "", "", &StatusError{Status: resp.StatusCode, RetryAfter: parseRetryAfter(resp.Header.Get("Retry-After"), c.opts.Now()),
			Message: serverMessage(data, text)}
	}
	var r chatResponse
	if err := json.Unmarshal(data, &r); err != nil {
		return "", "", &MalformedError{Format: c.opts.Format, Why: "the body is not a chat completion (" + jsonProblem(err) + ")"}
	}
	if len(r.Choices) == 0 || r.Choices[0].Message.Content == nil {
		return "", r.Model, nil // a completion without content: ask says so
	}
	return *r.Choices[0].Message.Content, r.Model, nil
}

// transportError names a timeout as such; other errors keep their cause
// (net/http's errors name the URL, never the body).
func (c *Client) transportError(ctx context.Context, err error) error {
	if errors.Is(context.Cause(ctx), ErrTimeout) {
		return fmt.Errorf("classifier: no answer within %s: %w", c.opts.Timeout, ErrTimeout)
	}
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		return fmt.Errorf("classifier: no answer within %s: %w", c.opts.Timeout, ErrTimeout)
	}
	return fmt.Errorf("classifier: %w", err)
}

// jsonProblem names a JSON error without quoting the input.
func jsonProblem(err error) string {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		return fmt.Sprintf("invalid JSON at byte %d", se.Offset)
	case errors.As(err, &te):
		return fmt.Sprintf("%s is a JSON %s", te.Field, te.Value)
	}
	return "invalid JSON"
}

// parseRetryAfter reads Retry-After as seconds or an HTTP date.
func parseRetryAfter(s string, now time.Time) time.Duration {
	if s == "" {
		return 0
	}
	if n, err := strconv.Atoi(strings.TrimSpace(s)); err == nil && n >= 0 {
		return time.Duration(n) * time.Second
	}
	if t, err := http.ParseTime(s); err == nil && t.After(now) {
		return t.Sub(now)
	}
	return 0
}

// serverMessage is the error message of an error body as OpenAI, Ollama
// ({"error": {"message": ...}} or {"error": "..."}) and vLLM
// ({"object": "error", "message": ...}) write it, on one line and at
// most 200 bytes; "" when there is none, or when the body quotes the
// message text (a validation error echoing the request) anywhere.
func serverMessage(body []byte, text string) string {
	if quotes(body, text) {
		return ""
	}
	var e struct {
		Error   json.RawMessage `json:"error"`
		Message string          `json:"message"`
	}
	if json.Unmarshal(body, &e) != nil {
		return ""
	}
	msg := e.Message
	var inner struct {
		Message string `json:"message"`
	}
	var s string
	switch {
	case json.Unmarshal(e.Error, &inner) == nil && inner.Message != "":
		msg = inner.Message
	case json.Unmarshal(e.Error, &s) == nil && s != "":
		msg = s
	}
	msg = strings.Join(strings.Fields(strings.ToValidUTF8(msg, "?")), " ")
	if len(msg) > 200 {
		cut := 200
		for cut > 0 && !utf8.RuneStart(msg[cut]) {
			cut--
		}
		msg = msg[:cut] + "…"
	}
	return msg
}

// quotes reports whether body holds text, or any 16-byte run of it, as
// written or JSON-escaped.
func quotes(body []byte, text string) bool {
	if text == "" {
		return false
	}
	esc, _ := json.Marshal(text)
	forms := []string{text, string(esc[1 : len(esc)-1])}
	for _, f := range forms {
		if len(f) <= 16 {
			if bytes.Contains(body, []byte(f)) {
				return true
			}
			continue
		}
		for i := 0; i+16 <= len(f); i += 8 {
			if bytes.Contains(body, []byte(f[i:i+16])) {
				return true
			}
		}
	}
	return false
}

// counters are the client's running totals.
type counters struct {
	asked, answered, cacheHits, refused, errors, timeouts, requests, retries, rateLimited atomic.Int64
}

// Stats are the client's totals since it was made, for /metrics.
type Stats struct {
	Asked       int64 `json:"asked"`        // Classify calls
	Answered    int64 `json:"answered"`     // verdicts from the model (not the cache)
	CacheHits   int64 `json:"cache_hits"`   // verdicts from the cache
	Refused     int64 `json:"refused"`      // not asked: the breaker was open
	Errors      int64 `json:"errors"`       // calls that ended in an error, timeouts included
	Timeouts    int64 `json:"timeouts"`     // of which timeouts
	Requests    int64 `json:"requests"`     // HTTP requests sent, retries included
	Retries     int64 `json:"retries"`      // of which retries
	RateLimited int64 `json:"rate_limited"` // 429 answers
	Cached      int   `json:"cached"`       // verdicts in the cache now
}

// Stats returns the running totals.
func (c *Client) Stats() Stats {
	s := &c.stats
	return Stats{Asked: s.asked.Load(), Answered: s.answered.Load(), CacheHits: s.cacheHits.Load(), Refused: s.refused.Load(),
		Errors: s.errors.Load(), Timeouts: s.timeouts.Load(), Requests: s.requests.Load(), Retries: s.retries.Load(),
		RateLimited: s.rateLimited.Load(), Cached: c.cache.len()}
}
