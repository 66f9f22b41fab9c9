package app

import (
	"context"
	"fmt"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/trygbot/trygbot/bot"
	"github.com/trygbot/trygbot/classifier"
	"github.com/trygbot/trygbot/config"
	"github.com/trygbot/trygbot/internal/localnet"
)

// classifierOptions maps the classifier block to the client's options,
// or nil when classifier.url is empty (the model is off).
func classifierOptions(cl config.Classifier) *classifier.Options {
	if !cl.On() {
		return nil
	}
	return &classifier.Options{URL: cl.URL, Model: cl.Model, Format: classifier.Format(cl.Format), Timeout: cl.Timeout,
		MaxPerSecond: cl.MaxPerSecond, MaxInFlight: cl.MaxInFlight, CacheSize: cl.CacheSize, AllowRemote: cl.AllowRemote}
}

// buildClassifier makes the model's client when Spec.Classifier is set,
// and exports its totals and breaker on /metrics; it contacts nothing. It logs once which model, format and host are
// used (never a message), and warns when a remote host is allowed, since
// message text may then leave this machine's networks.
func (a *App) buildClassifier(context.Context) error {
	opts := a.spec.Classifier
	if opts == nil {
		return nil
	}
	c, err := classifier.New(a.log, *opts)
	if err != nil {
		return fmt.Errorf("classifier: %w", err)
	}
	a.classifier = c
	if a.metrics != nil {
		a.metrics.reg.MustRegister(newClassifierCollector(c))
	}
	so := a.spec.SecondOpinion
	if so.Workers <= 0 {
		so.Workers = opts.MaxInFlight
	}
	a.bot.UseSecondOpinion(modelOpinion{c}, so)
	a.add(service{name: "second opinion", run: a.bot.RunSecondOpinions})
	host, scope, _ := localnet.Check(opts.URL) // New has checked the URL
	a.log.Info("classifier configured: the bot asks it for a second opinion after each rules verdict it selects, never in the way; /healthz and /metrics show its state",
		"model", opts.Model, "format", string(opts.Format), "host", host, "scope", string(scope), "send", so.Send)
	if opts.AllowRemote {
		a.log.Warn("classifier.allow_remote is set: message text may be sent off this machine's networks, to the classifier's host",
			"host", host, "scope", string(scope))
	}
	return nil
}

// modelStats is the model's client as /metrics reads it, at each scrape.
type modelStats interface {
	Stats() classifier.Stats
	Health() classifier.Health
}

// classifierCollector exports the client's running totals and its
// breaker's state, read when /metrics is scraped.
type classifierCollector struct {
	model                                       modelStats
	calls, http, retries, limited, cached, open *prometheus.Desc
}

func newClassifierCollector(model modelStats) *classifierCollector {
	d := func(name, help string, labels ...string) *prometheus.Desc {
		return prometheus.NewDesc("trygbot_classifier_"+name, help, labels, nil)
	}
	return &classifierCollector{model: model,
		calls: d("requests_total", "Questions to the model, by how they ended: answered (by the model), cached (an earlier "+
			"verdict on the same normalised text), breaker_open (not asked), timeout, error.", "result"),
		http:    d("http_requests_total", "HTTP requests sent to the model's server, retries included."),
		retries: d("retries_total", "Of the HTTP requests, retries after a 429, a 5xx or a connection error."),
		limited: d("rate_limited_total", "429 answers from the model's server."),
		cached:  d("cache_entries", "Verdicts in the cache, kept by a hash of the normalised text (no text)."),
		open:    d("breaker_open", "1 while the circuit breaker is open (the model is not asked, or only by a probe), 0 while it is closed."),
	}
}

func (c *classifierCollector) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range []*prometheus.Desc{c.calls, c.http, c.retries, c.limited, c.cached, c.open} {
		ch <- d
	}
}

func (c *classifierCollector) Collect(ch chan<- prometheus.Metric) {
	s, h := c.model.Stats(), c.model.Health()
	counter := func(d *prometheus.Desc, v int64, labels ...string) {
		ch <- prometheus.MustNewConstMetric(d, prometheus.CounterValue, float64(v), labels...)
	}
	counter(c.calls, s.Answered, "answered")
	counter(c.calls, s.CacheHits, "cached")
	counter(c.calls, s.Refused, "breaker_open")
	counter(c.calls, s.Timeouts, "timeout")
	counter(c.calls, s.Errors-s.Timeouts, "error")
	counter(c.http, s.Requests)
	counter(c.retries, s.Retries)
	counter(c.limited, s.RateLimited)
	ch <- prometheus.MustNewConstMetric(c.cached, prometheus.GaugeValue, float64(s.Cached))
	open := 0.0
	if h.State != classifier.Closed {
		open = 1
	}
	ch <- prometheus.MustNewConstMetric(c.open, prometheus.GaugeValue, open)
}

// modelOpinion is the model's client as the bot asks it: its verdict read
// into the bot's terms.
type modelOpinion struct{ c *classifier.Client }

var _ bot.SecondOpinion = modelOpinion{}

// Opinion asks the model (classifier.Client.Classify) and maps its
// verdict; an error says why it gave none, never holding the text.
func (m modelOpinion) Opinion(ctx context.Context, text, lang string) (bot.Opinion, error) {
	v, err := m.c.Classify(ctx, text, lang)
	if err != nil {
		return bot.Opinion{}, err
	}
	name := v.Model
	if name == "" {
		name = m.c.Model()
	}
	return bot.Opinion{Model: name, Hate: v.Flags(), Label: string(v.Label), Categories: v.ModelCategories,
		Category: v.Category, MaxSeverity: v.MaxSeverity, Confidence: v.Confidence, Cached: v.Cached}, nil
}
