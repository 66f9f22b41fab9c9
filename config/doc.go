// Package config holds trygbot's configuration: defaults, loading from a
// YAML file and the environment, and validation. It imports nothing else
// from trygbot; only main uses it.
package config
