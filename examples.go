package main

import _ "embed"

// exampleConfig is config.example.yaml, printed by `trygbot config
// example`; it documents every configuration key.
//
//go:embed config.example.yaml
var exampleConfig string
