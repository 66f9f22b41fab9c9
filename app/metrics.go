package app

import (
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/trygbot/trygbot/bot"
)

// promMetrics counts what the bot does, for Prometheus, in a registry of
// its own (no global state).
type promMetrics struct {
	reg      *prometheus.Registry
	messages *prometheus.CounterVec
	flags    *prometheus.CounterVec
	prompts  *prometheus.CounterVec
	actions  *prometheus.CounterVec
	storeErr *prometheus.CounterVec
	owed     *prometheus.CounterVec
	upGauge  *prometheus.GaugeVec
	spoolN   prometheus.Gauge
	spoolB   prometheus.Gauge
	latency  prometheus.Histogram
	// The model's second opinion: events and question latency.
	opinions *prometheus.CounterVec
	modelLat *prometheus.HistogramVec
}

var (
	_ bot.Metrics              = (*promMetrics)(nil)
	_ bot.SecondOpinionMetrics = (*promMetrics)(nil)
)

func newPromMetrics() *promMetrics {
	m := &promMetrics{
		reg: prometheus.NewRegistry(),
		messages: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "trygbot_messages_total",
			Help: "Messages handled, flagged or not."}, []string{"platform", "community"}),
		flags: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "trygbot_flags_total",
			Help: "Messages flagged, by category."}, []string{"category"}),
		prompts: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "trygbot_prompts_total",
			Help: "Moderator prompts posted."}, []string{"platform", "audience"}),
		actions: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "trygbot_actions_total",
			Help: "Moderator actions, by result (ok, refused, failed)."}, []string{"action", "result"}),
		storeErr: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "trygbot_store_errors_total",
			Help: "Failed storage operations."}, []string{"op"}),
		owed: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "trygbot_prompt_failures_total",
			Help: "Prompts not posted after retries; the case keeps owing them and a later tick tries again."}, []string{"platform"}),
		upGauge: prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "trygbot_component_up",
			Help: "1 if the component answers its health probe, 0 if not."}, []string{"component"}),
		spoolN: prometheus.NewGauge(prometheus.GaugeOpts{Name: "trygbot_spool_items",
			Help: "Incoming messages buffered on local disk while the store is unreachable."}),
		spoolB: prometheus.NewGauge(prometheus.GaugeOpts{Name: "trygbot_spool_bytes",
			Help: "Size of the messages buffered on local disk."}),
		latency: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "trygbot_handle_seconds",
			Help: "Time to handle a message, from receipt to prompt sent.", Buckets: prometheus.ExponentialBuckets(0.0001, 4, 9)}),
		opinions: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "trygbot_second_opinion_total",
			Help: "The model's second opinion, by event: asked (a question queued after the rules verdict), dropped (too many " +
				"waiting; the message was handled all the same), failed (no answer), agree and disagree (with a case the rules " +
				"flagged), model_only (a case opened on the model's opinion alone)."}, []string{"event"}),
		modelLat: prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "trygbot_classifier_request_seconds",
			Help: "Time a question to the model took, retries and waiting for its rate limit included, by result: answered, " +
				"cached or failed.", Buckets: prometheus.ExponentialBuckets(0.01, 2.5, 10)}, []string{"result"}),
	}
	m.reg.MustRegister(m.messages, m.flags, m.prompts, m.actions, m.storeErr, m.owed, m.upGauge, m.spoolN, m.spoolB, m.latency,
		m.opinions, m.modelLat, collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

// SecondOpinion counts one event of the model's second opinion.
func (m *promMetrics) SecondOpinion(event string) { m.opinions.WithLabelValues(event).Inc() }

// SecondOpinionLatency observes how long a question to the model took.
func (m *promMetrics) SecondOpinionLatency(result string, took time.Duration) {
	m.modelLat.WithLabelValues(result).Observe(took.Seconds())
}

func (m *promMetrics) Message(platform, community string, flagged bool, category string, took time.Duration) {
	m.messages.WithLabelValues(platform, community).Inc()
	if flagged {
		m.flags.WithLabelValues(category).Inc()
	}
	m.latency.Observe(took.Seconds())
}

func (m *promMetrics) Prompt(platform, audience string) {
	m.prompts.WithLabelValues(platform, audience).Inc()
}

func (m *promMetrics) Action(kind bot.ActionKind, result string) {
	m.actions.WithLabelValues(string(kind), result).Inc()
}

func (m *promMetrics) StoreError(op string) { m.storeErr.WithLabelValues(op).Inc() }

func (m *promMetrics) PromptFailed(platform string) { m.owed.WithLabelValues(platform).Inc() }

// up sets a component's gauge; a nil m (no metrics) does nothing.
func (m *promMetrics) up(component string, up bool) {
	if m == nil {
		return
	}
	v := 0.0
	if up {
		v = 1
	}
	m.upGauge.WithLabelValues(component).Set(v)
}

// spooled sets the spool's gauges; a nil m (no metrics) does nothing.
func (m *promMetrics) spooled(items int, bytes int64) {
	if m == nil {
		return
	}
	m.spoolN.Set(float64(items))
	m.spoolB.Set(float64(bytes))
}

// handler serves the metrics in Prometheus' text format.
func (m *promMetrics) handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{})
}
