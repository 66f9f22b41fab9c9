// Package config owns trygbot's configuration: the schema (Config and its
// sections), the defaults (Default), loading a YAML file with ${VAR}
// expansion and TRYGBOT_* environment overrides (Load, Parse), validation
// that reports every problem at once as "file:line: field.path: problem
// (hint)" (Validate, Error, Problems), secrets that never print (Secret),
// and the lookups the rest of the program needs (Community, IsModerator,
// Threshold, RulePacks, Location).
//
// config.example.yaml at the repository root shows every key; Example
// returns it (embedded from example.yaml, a copy kept the same by cli's
// TestConfigExample).
//
// The package imports nothing else from trygbot but the YAML error
// helpers (internal/yamlerr) and the local-network check of
// classifier.url (internal/localnet), and only app and cli import it: app maps
// the sections to constructor arguments. It has no
// package-level mutable state, reads the environment only through the
// getenv function passed to Load, and reads no file but the one passed to
// Load; Validate only checks that the pack files a configuration names
// exist, and that the SQLite file's directory does.
package config
