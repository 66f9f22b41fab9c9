package config

import (
	"fmt"
	"math"
	"net/netip"
	"slices"
	"time"

	"github.com/trygbot/trygbot/internal/localnet"
	"github.com/trygbot/trygbot/internal/yamlerr"
)

// Classifier formats, what to send, and what a community does with a
// case the model opens alone.
var (
	classifierFormats = []string{"qwen3guard", "llamaguard", "policy-json"}
	classifierSends   = []string{ClassifierSendGrey, ClassifierSendAll}
	modelCaseModes    = []string{ModelCasesPrompt, ModelCasesReview, ModelCasesOff}
)

// What communities[].classifier says a case opened on the model's opinion
// alone does.
const (
	// ModelCasesPrompt prompts volunteers, as for a rule's case.
	ModelCasesPrompt = "prompt"
	// ModelCasesReview puts it on the dashboard's review list only, the
	// default: a model's precision on a community is unknown until
	// measured there, and volunteers' time is scarce.
	ModelCasesReview = "review"
	// ModelCasesOff opens no case on the model's opinion alone.
	ModelCasesOff = "off"
)

// ModelCases is what a case opened on the model's opinion alone does in
// com: its classifier setting, or ModelCasesReview.
func (com *Community) ModelCases() string {
	if com.Classifier == "" {
		return ModelCasesReview
	}
	return com.Classifier
}

// ClassifierFormats lists the values classifier.format takes: the
// classifier package's formats (cli's TestClassifierFormatsAgree keeps
// the two lists the same).
func ClassifierFormats() []string { return slices.Clone(classifierFormats) }

// What classifier.send selects.
const (
	// ClassifierSendGrey sends messages the rules did not flag but that
	// name a protected group, or whose matches were set aside or scored
	// under the threshold.
	ClassifierSendGrey = "grey"
	// ClassifierSendAll sends every message.
	ClassifierSendAll = "all"
)

// Classifier configures the optional second opinion of a self-hosted
// safety model on an OpenAI-compatible server (Ollama, llama.cpp's
// server, vLLM); off while URL is empty, the default.
type Classifier struct {
	// URL is the server's base URL (".../v1"; trygbot posts to
	// /chat/completions); empty turns the model off.
	URL string `yaml:"url"`
	// Model is the model name the server knows.
	Model string `yaml:"model"`
	// Format is how the model is asked and its answer read: qwen3guard,
	// llamaguard or policy-json.
	Format string `yaml:"format"`
	// Send is which messages the model is asked about: grey or all.
	Send string `yaml:"send"`
	// Timeout bounds one request, answer included.
	Timeout time.Duration `yaml:"timeout"`
	// MaxPerSecond is how many requests a second at most; 0 is no limit.
	MaxPerSecond float64 `yaml:"max_per_second"`
	// MaxInFlight is how many requests at once at most.
	MaxInFlight int `yaml:"max_in_flight"`
	// CacheSize is how many verdicts are kept by normalised text; 0 keeps
	// none.
	CacheSize int `yaml:"cache_size"`
	// MaxWaiting is how many questions the running bot keeps waiting for
	// the model; a question beyond it is dropped and counted, never the
	// message.
	MaxWaiting int `yaml:"max_waiting"`
	// AllowRemote lets URL name a host that is not loopback, private
	// (RFC 1918, RFC 4193) or link-local. Message text then leaves this
	// machine's networks, so it must be set deliberately.
	AllowRemote bool `yaml:"allow_remote"`
}

// defaultClassifier is the classifier block of Default: off, with the
// settings it takes when a URL is set.
func defaultClassifier() Classifier {
	return Classifier{Format: "qwen3guard", Send: ClassifierSendGrey, Timeout: 10 * time.Second,
		MaxPerSecond: 10, MaxInFlight: 4, CacheSize: 10000, MaxWaiting: 100}
}

// On reports whether the model is configured (URL is set).
func (cl Classifier) On() bool { return cl.URL != "" }

// summary describes the block for `trygbot config check`.
func (cl Classifier) summary() string {
	if !cl.On() {
		return "off"
	}
	s := fmt.Sprintf("%s model %q at %s, send %s", cl.Format, cl.Model, cl.URL, cl.Send)
	if cl.AllowRemote {
		s += " (remote host allowed: message text leaves this machine's networks)"
	}
	return s
}

func (c *Config) validateClassifier(p *problems) {
	cl := c.Classifier
	if !slices.Contains(classifierFormats, cl.Format) {
		p.addf("classifier.format", yamlerr.DidYouMean(cl.Format, classifierFormats), "unknown format %q", cl.Format)
	}
	if !slices.Contains(classifierSends, cl.Send) {
		p.addf("classifier.send", yamlerr.DidYouMean(cl.Send, classifierSends), "unknown value %q", cl.Send)
	}
	if cl.Timeout <= 0 {
		p.addf("classifier.timeout", "a Go duration such as 10s", "must be positive, got %s", cl.Timeout)
	}
	if r := cl.MaxPerSecond; r < 0 || math.IsNaN(r) || math.IsInf(r, 0) {
		p.addf("classifier.max_per_second", "requests a second; 0 turns the limit off (default 10)", "must be a number of at least 0, got %v", r)
	}
	if cl.MaxInFlight < 1 {
		p.addf("classifier.max_in_flight", "requests at once; the default is 4", "must be at least 1, got %d", cl.MaxInFlight)
	}
	if cl.CacheSize < 0 {
		p.addf("classifier.cache_size", "verdicts kept; 0 keeps none (default 10000)", "must not be negative, got %d", cl.CacheSize)
	}
	if cl.MaxWaiting < 1 {
		p.addf("classifier.max_waiting", "questions waiting for the model; more are dropped, never the message (default 100)", "must be at least 1, got %d", cl.MaxWaiting)
	}
	for i := range c.Communities {
		if m := c.Communities[i].Classifier; m != "" && !slices.Contains(modelCaseModes, m) {
			p.addf(fmt.Sprintf("communities[%d].classifier", i), yamlerr.DidYouMean(m, modelCaseModes)+
				" (what a case the model opens alone does: prompt volunteers, the dashboard's review list only, or off)", "unknown value %q", m)
		}
	}
	if !cl.On() {
		return
	}
	if cl.Model == "" {
		p.add("classifier.model", "missing: the model name the server knows", "as `ollama list` or the server's /v1/models names it")
	}
	host, scope, err := localnet.Check(cl.URL)
	switch {
	case err != nil:
		p.addf("classifier.url", "the server's OpenAI-compatible base URL, such as http://127.0.0.1:11434/v1 (Ollama)", "want an http or https URL, got %q", cl.URL)
	case scope == localnet.Remote && !cl.AllowRemote:
		p.add("classifier.url", remoteProblem(host), "run the model on this machine or your private network, "+
			"or set classifier.allow_remote: true to send message text there deliberately")
	}
}

// remoteProblem says why host counts as remote; it is not contacted or
// resolved.
func remoteProblem(host string) string {
	if _, err := netip.ParseAddr(host); err != nil {
		return fmt.Sprintf("host %q is a name other than localhost, so it counts as remote (names are not resolved, as what they resolve to can change): message text would leave this machine", host)
	}
	return fmt.Sprintf("host %s is not loopback, private (RFC 1918, RFC 4193) or link-local: message text would leave this machine and its private network", host)
}
