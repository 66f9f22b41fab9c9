package config

import _ "embed"

//go:embed example.yaml
var example string

// Example returns the commented example configuration with every key and
// its default, which `trygbot config example` prints. It is the
// repository's config.example.yaml (cli's TestConfigExample checks that
// the two stay the same).
func Example() string { return example }
