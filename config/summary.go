package config

import (
	"fmt"
	"reflect"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Redacted returns the effective configuration as YAML, with every secret
// shown as "set" or "unset".
func (c *Config) Redacted() string {
	var b strings.Builder
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(c); err != nil {
		return "config: " + err.Error()
	}
	enc.Close()
	return b.String()
}

// String is Redacted: printing a Config never prints a secret.
func (c *Config) String() string { return c.Redacted() }

// Summary is what `trygbot config check` shows of a valid configuration;
// it holds no secret.
type Summary struct {
	File        string             `json:"file,omitempty"`
	Store       string             `json:"store"`
	Platforms   []string           `json:"platforms"`
	Communities []CommunitySummary `json:"communities"`
	// Classifier is "off", or the model's format, name, URL and what is
	// sent to it.
	Classifier string `json:"classifier"`
	// Secrets maps each secret's field path to "set" or "unset".
	Secrets map[string]string `json:"secrets"`
	// FromEnv maps field paths set by environment overrides to the
	// variable.
	FromEnv map[string]string `json:"from_env,omitempty"`
}

// CommunitySummary is one community in a Summary.
type CommunitySummary struct {
	ID           string `json:"id"`
	Name         string `json:"name"`
	Platform     string `json:"platform"`
	ChatID       string `json:"chat_id"`
	Language     string `json:"language"`
	Moderators   int    `json:"moderators"`
	Admins       int    `json:"admins"`
	Coordinators int    `json:"coordinators"`
	Channels     int    `json:"channels"`
	RulePacks    int    `json:"rule_packs"`
	Shadow       bool   `json:"shadow,omitempty"`
}

// Summary summarises c without secrets.
func (c *Config) Summary() Summary {
	s := Summary{File: c.file, Platforms: c.Platforms(), Secrets: map[string]string{}, Communities: []CommunitySummary{},
		Classifier: c.Classifier.summary()}
	switch c.Store.Driver {
	case DriverRedis:
		r := c.Store.Redis
		s.Store = fmt.Sprintf("redis %s db %d prefix %q (password %s)", r.Addr, r.DB, r.Prefix, r.Password)
	case DriverSQLite:
		s.Store = "sqlite " + c.Store.SQLite.Path
	default:
		s.Store = c.Store.Driver
	}
	for _, com := range c.Communities {
		s.Communities = append(s.Communities, CommunitySummary{
			ID: com.ID, Name: com.DisplayName(), Platform: com.Platform, ChatID: com.ChatID, Language: com.Language,
			Moderators: len(com.Moderators), Admins: len(com.Admins), Coordinators: len(com.Coordinators),
			Channels: len(com.Channels), RulePacks: len(com.RulePacks), Shadow: com.Shadow,
		})
	}
	v := reflect.ValueOf(c).Elem()
	for _, o := range EnvOverrides() {
		if o.Secret {
			s.Secrets[o.Path] = fieldByPath(v, o.Path).Interface().(Secret).String()
		}
	}
	if len(c.env) > 0 {
		s.FromEnv = map[string]string{}
		for p, name := range c.env {
			s.FromEnv[p] = name
		}
	}
	return s
}
