package config

import (
	"encoding/json"
	"log/slog"
)

// Secret is a token, password or key. It can only come from the
// environment (see Load), and it never prints: String, GoString, JSON,
// YAML and slog all show "set" or "unset". Call Reveal where the value is
// handed to a client library.
type Secret string

// Reveal returns the secret's value.
func (s Secret) Reveal() string { return string(s) }

// IsSet reports whether the secret has a value.
func (s Secret) IsSet() bool { return s != "" }

// String returns "set" or "unset", never the value.
func (s Secret) String() string {
	if s == "" {
		return "unset"
	}
	return "set"
}

// GoString keeps %#v from printing the value.
func (s Secret) GoString() string { return `config.Secret("` + s.String() + `")` }

// MarshalJSON writes "set" or "unset".
func (s Secret) MarshalJSON() ([]byte, error) { return json.Marshal(s.String()) }

// MarshalYAML writes "set" or "unset".
func (s Secret) MarshalYAML() (any, error) { return s.String(), nil }

// LogValue logs "set" or "unset".
func (s Secret) LogValue() slog.Value { return slog.StringValue(s.String()) }
