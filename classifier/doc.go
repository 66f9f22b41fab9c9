// Package classifier asks a self-hosted safety model for a second opinion
// on a message, for the hate that rules cannot see. It is a client of any
// server with the OpenAI-compatible chat-completions API (Ollama,
// llama.cpp's server, vLLM, ...), written with net/http and encoding/json
// only, and reads three kinds of answer (Format): Qwen3Guard-Gen's
// "Safety: Unsafe\nCategories: ...", Llama Guard's "unsafe\nS10", and a
// JSON verdict to trygbot's own policy (Policy, in Danish or English) for
// gpt-oss-safeguard and general models. Parse turns an answer into a
// Verdict in trygbot's terms: safe or unsafe, the model's categories, the
// trygbot category they map to (rules.Category), whether that is
// hate-related, the most severe a case on it alone may be, and the
// model's confidence where it gives one.
//
// A Client (New) is never in the way of the rules: each request has a
// timeout; requests are limited per second and at once; verdicts are
// cached by normalised text (rules.Normalize) and language, under a hash,
// so the cache holds no text; 429 (after its Retry-After), 5xx and
// connection errors are tried again with backoff; and a circuit breaker
// opens after repeated failures, lets one probe through after a cool-down
// and closes on an answer (Health). Only the text and its language are
// sent (for policy-json, the policy in that language): no author, chat or
// message id, through no proxy and no redirect, and only to a loopback,
// private or link-local host unless Options.AllowRemote. Nothing the
// package logs or returns as an error holds the text or the model's
// answer (MalformedError keeps the answer in a field for `trygbot check`
// to show, never in its message).
//
// Where it is used: `trygbot check`, `scan` and `eval` with
// --classifier-url wait for the model's answer and show it beside the
// rules' verdict (eval scores rules, model and the combination side by
// side). `trygbot run` builds a Client from config's classifier block
// (none when classifier.url is empty), logs at start which model and host
// it uses (a warning when allow_remote is set), shows Client.Health on
// /healthz and Client.Stats on /metrics, and gives the bot the client as
// its second opinion: app adapts *Client to bot.SecondOpinion, the bot's
// own small interface, so bot never imports this package.
//
// The bot asks after the rules verdict is made and acted on, from a
// bounded queue on workers of its own (a question beyond the queue is
// dropped and counted, never the message), about the messages
// classifier.send selects: "grey" (rules.Verdict.Grey: not flagged, but
// naming a protected group, or with matches set aside by guards or scored
// under the threshold) or "all". Where the rules flagged, Verdict.Flags()
// is stored with the case (storage.Case.Model) as agreement or
// disagreement and shown in its prompts, edited in place; it never
// removes the flag. Where they were silent and Verdict.Flags() is true, a
// case is opened with source "model" (storage.SourceModel),
// Verdict.Category, and a severity of at most Verdict.MaxSeverity (and
// never urgent), and its prompt says it is a second opinion from the
// named model, not a rule; per community (communities[].classifier) such
// cases prompt volunteers, wait on the dashboard's review list (the
// default), or are off. Any error (ErrCircuitOpen, ErrTimeout,
// *StatusError, *MalformedError) leaves the rules verdict alone and is
// counted, not logged with the text. The weekly summary shows precision
// by source (rules, model, both) and the rate of model-only cases.
//
// classifier imports only rules (and internal/localnet) from trygbot;
// classifiertest has a fake server for tests.
package classifier
