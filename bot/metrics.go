package bot

import "time"

// Metrics receives what the bot counts, for monitoring (Prometheus in
// main). Methods must be safe for concurrent use and must not block.
type Metrics interface {
	// Message is called for every message handled, with how long
	// handling took (evaluation, storage and prompts).
	Message(platform, community string, flagged bool, category string, took time.Duration)
	// Prompt is called for every prompt posted.
	Prompt(platform, audience string)
	// Action is called for every moderator action, with its result:
	// ok, refused or failed.
	Action(kind ActionKind, result string)
	// StoreError is called when a storage call fails.
	StoreError(op string)
	// PromptFailed is called when a prompt could not be posted even after
	// retries; the case keeps owing it and a later tick tries again.
	PromptFailed(platform string)
}

// noMetrics is the Metrics used when none is given.
type noMetrics struct{}

func (noMetrics) Message(string, string, bool, string, time.Duration) {}
func (noMetrics) Prompt(string, string)                               {}
func (noMetrics) Action(ActionKind, string)                           {}
func (noMetrics) StoreError(string)                                   {}
func (noMetrics) PromptFailed(string)                                 {}
