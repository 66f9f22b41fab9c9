package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"time"

	"github.com/trygbot/trygbot/classifier"
	"github.com/trygbot/trygbot/config"
	"github.com/trygbot/trygbot/eval"
	"github.com/trygbot/trygbot/internal/localnet"
)

// classifierFlags are the --classifier-* flags of check, scan and eval:
// a safety model asked for a second opinion beside the rules.
type classifierFlags struct {
	url, model, format string
	allowRemote        bool
	timeout            time.Duration
	maxPerSecond       float64
	maxInFlight        int
}

// addClassifierFlags defines the flags on fs, with config's defaults.
func addClassifierFlags(fs *flag.FlagSet) *classifierFlags {
	d := config.Default().Classifier
	cf := &classifierFlags{}
	fs.StringVar(&cf.url, "classifier-url", "", "also ask a safety model on the OpenAI-compatible server at `URL` (such as http://127.0.0.1:11434/v1) for a second opinion, and wait for it")
	fs.StringVar(&cf.model, "classifier-model", "", "the model `NAME` the server knows (required with --classifier-url)")
	fs.StringVar(&cf.format, "classifier-format", d.Format, "how the model is asked and read: qwen3guard, llamaguard or policy-json")
	fs.BoolVar(&cf.allowRemote, "classifier-allow-remote", false, "allow a URL whose host is not loopback, private or link-local: message text then leaves this machine's networks")
	fs.DurationVar(&cf.timeout, "classifier-timeout", d.Timeout, "give up one request to the model after this")
	fs.Float64Var(&cf.maxPerSecond, "classifier-max-per-second", d.MaxPerSecond, "requests a second to the model at most (0: no limit)")
	fs.IntVar(&cf.maxInFlight, "classifier-max-in-flight", d.MaxInFlight, "requests to the model at once at most")
	return cf
}

// client makes the classifier the flags name, or nil without
// --classifier-url. It logs (warnings only: the breaker opening) to
// stderr, and says on stderr when a remote host was allowed.
func (cf *classifierFlags) client(env *cmdEnv) (*classifier.Client, error) {
	if cf.url == "" {
		return nil, nil
	}
	if cf.model == "" {
		return nil, errors.New("--classifier-model is required with --classifier-url: the model name the server knows (ollama list, or GET /v1/models)")
	}
	format, err := classifier.ParseFormat(cf.format)
	if err != nil {
		return nil, fmt.Errorf("--classifier-format: %w", err)
	}
	if cf.maxInFlight < 1 {
		return nil, fmt.Errorf("--classifier-max-in-flight must be at least 1, got %d", cf.maxInFlight)
	}
	if cf.timeout <= 0 {
		return nil, fmt.Errorf("--classifier-timeout must be positive, got %s", cf.timeout)
	}
	logger := slog.New(slog.NewTextHandler(env.stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	c, err := classifier.New(logger, classifier.Options{URL: cf.url, Model: cf.model, Format: format, Timeout: cf.timeout,
		MaxPerSecond: cf.maxPerSecond, MaxInFlight: cf.maxInFlight, CacheSize: config.Default().Classifier.CacheSize,
		AllowRemote: cf.allowRemote})
	if err != nil {
		return nil, err
	}
	if host, scope, _ := localnet.Check(cf.url); scope == localnet.Remote {
		fmt.Fprintf(env.stderr, "trygbot: --classifier-allow-remote: message text is sent to %s, off this machine's networks\n", host)
	}
	return c, nil
}

// modelOut is the model's opinion in check --json and scan output.
type modelOut struct {
	Model  string            `json:"model"`
	Format classifier.Format `json:"format"`
	// Flagged: unsafe with a hate-related category (what eval counts and
	// what would open a model-only case).
	Flagged bool `json:"flagged"`
	// The verdict's fields, when the model answered.
	Label           classifier.Label `json:"label,omitempty"`
	Unsafe          bool             `json:"unsafe"`
	ModelCategories []string         `json:"model_categories,omitempty"`
	Category        string           `json:"category,omitempty"`
	Hate            bool             `json:"hate"`
	MaxSeverity     string           `json:"max_severity,omitempty"`
	Confidence      *float64         `json:"confidence,omitempty"`
	Cached          bool             `json:"cached,omitempty"`
	LatencyMS       int64            `json:"latency_ms"`
	// Error says why there is no opinion; Timeout marks a timeout.
	Error   string `json:"error,omitempty"`
	Timeout bool   `json:"timeout,omitempty"`
}

// toModelOut is the model's verdict, or why there is none (err), as the
// commands write it in JSON: the rules' verdict stands alone on an error.
func toModelOut(c *classifier.Client, v classifier.Verdict, err error) modelOut {
	out := modelOut{Model: c.Model(), Format: c.Format()}
	if err != nil {
		out.Error, out.Timeout = err.Error(), errors.Is(err, classifier.ErrTimeout)
		return out
	}
	out.Model = v.Model
	out.Flagged, out.Label, out.Unsafe, out.ModelCategories = v.Flags(), v.Label, v.Unsafe, v.ModelCategories
	out.Category, out.Hate, out.Confidence, out.Cached = string(v.Category), v.Hate, v.Confidence, v.Cached
	if v.Hate {
		out.MaxSeverity = v.MaxSeverity.String()
	}
	out.LatencyMS = v.Latency.Milliseconds()
	return out
}

// printOpinion writes the model's opinion under the rules' verdict for
// people: the verdict, or why there is none (with the answer the model
// gave, when it could not be read), and whether rules and model agree.
func printOpinion(w io.Writer, c *classifier.Client, rulesFlagged bool, v classifier.Verdict, err error) {
	name := fmt.Sprintf("model %s (%s)", c.Model(), c.Format())
	if err != nil {
		fmt.Fprintf(w, "%s: no opinion: %v; the rules' verdict stands alone\n", name, err)
		var me *classifier.MalformedError
		if errors.As(err, &me) {
			fmt.Fprintf(w, "  the model answered: %q\n", cut(me.Answer, 300))
		}
		return
	}
	took := fmt.Sprintf("in %d ms", v.Latency.Milliseconds())
	if v.Cached {
		took = "from the cache"
	}
	fmt.Fprintf(w, "%s: %s (%s)\n", name, v, took)
	switch {
	case rulesFlagged && v.Flags():
		fmt.Fprintln(w, "rules and model agree: hate")
	case rulesFlagged:
		fmt.Fprintln(w, "the model disagrees: the rules' flag stands (a model never removes it)")
	case v.Flags():
		fmt.Fprintln(w, "only the model says hate: a second opinion from a model, not a rule")
	default:
		fmt.Fprintln(w, "rules and model agree: not hate")
	}
}

// cut shortens s to at most n bytes on a character boundary.
func cut(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return strings.ToValidUTF8(s[:n], "") + "…"
}

// askModel adapts c to eval.Ask.
func askModel(c *classifier.Client) eval.AskFunc {
	return func(ctx context.Context, text, lang string) eval.Opinion {
		v, err := c.Classify(ctx, text, lang)
		if err != nil {
			return eval.Opinion{Err: err, Timeout: errors.Is(err, classifier.ErrTimeout)}
		}
		return eval.Opinion{Flagged: v.Flags(), Cached: v.Cached, Latency: v.Latency}
	}
}
