package app

import (
	"context"
	"fmt"

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

// buildClassifier makes the model's client when Spec.Classifier is set;
// it contacts nothing. It logs once which model, format and host are
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
	host, scope, _ := localnet.Check(opts.URL) // New has checked the URL
	a.log.Info("classifier configured: /healthz and /metrics show its state; the running bot does not ask it about messages yet",
		"model", opts.Model, "format", string(opts.Format), "host", host, "scope", string(scope))
	if opts.AllowRemote {
		a.log.Warn("classifier.allow_remote is set: message text may be sent off this machine's networks, to the classifier's host",
			"host", host, "scope", string(scope))
	}
	return nil
}
