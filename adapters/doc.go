// Package adapters groups the platform adapters (discord, telegram,
// console, replay, ingest). Each subpackage turns platform events into
// bot events and carries out the bot's outbox on its platform; adapters
// never import each other.
package adapters
