// Package app is the running trygbot process. From a Spec (FromConfig
// makes one from a validated configuration) New builds the parts in order:
// store, rules holder, templates, metrics, bot, the model's client (when
// a classifier is configured), the shared queue and spool (Redis), health, the adapters, the dashboard, and the timed jobs (the
// workflow's ticks, the weekly post, the watch on pack files). Run starts
// them as services, func(ctx) error, in that order, reports readiness,
// runs until ctx is done, a service fails (the first error stops the
// rest) or the end of input, and stops them in reverse order within
// ShutdownBound; Close releases the store and spool.
//
// `trygbot run` and the load test's instances build from configuration;
// the demo and replay write their Spec, choosing the store and adapters,
// and feed the bot themselves where they need to.
//
// app may import every package of trygbot below it (rules, templates,
// storage and its drivers, bot, adapters, report, web, classifier) and
// config; only
// cli imports app.
package app
