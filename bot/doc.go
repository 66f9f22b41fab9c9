// Package bot is the platform-neutral moderation workflow: it receives
// messages from adapters, evaluates them with the rules engine, opens cases
// and prompts moderators through the adapters' outboxes. Optionally it asks
// a model for a second opinion (SecondOpinion, secondopinion.go) after the
// rules verdict is acted on, never in its way.
//
// It may import rules and storage; adapters import it, never the reverse.
package bot
