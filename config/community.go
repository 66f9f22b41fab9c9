package config

import (
	"cmp"
	"slices"
	"strings"
)

// Community returns the community on platform whose chat_id is chatID.
func (c *Config) Community(platform, chatID string) (*Community, bool) {
	for i := range c.Communities {
		if com := &c.Communities[i]; com.Platform == platform && com.ChatID == chatID {
			return com, true
		}
	}
	return nil, false
}

// CommunityByID returns the community with that id.
func (c *Config) CommunityByID(id string) (*Community, bool) {
	for i := range c.Communities {
		if com := &c.Communities[i]; com.ID == id {
			return com, true
		}
	}
	return nil, false
}

// Platforms returns the platforms that communities are on, in the order
// discord, telegram, console, ingest.
func (c *Config) Platforms() []string {
	var out []string
	for _, p := range platforms {
		if com, _ := c.uses(p); com != nil {
			out = append(out, p)
		}
	}
	return out
}

// Threshold returns the flagging threshold for a channel of com: the
// channel's, else the community's, else rules.threshold. A rule pack's
// own threshold is the rules engine's business.
func (c *Config) Threshold(com *Community, channelID string) float64 {
	if ch, ok := com.Channel(channelID); ok && ch.Threshold != nil {
		return *ch.Threshold
	}
	if com.Threshold != nil {
		return *com.Threshold
	}
	return c.Rules.Threshold
}

// RulePacks returns the admin rule pack files for a channel of com, in
// load order (after the built-in packs): rules.packs, the community's,
// then the channel's.
func (c *Config) RulePacks(com *Community, channelID string) []string {
	out := slices.Clone(c.Rules.Packs)
	out = append(out, com.RulePacks...)
	if ch, ok := com.Channel(channelID); ok {
		out = append(out, ch.RulePacks...)
	}
	return out
}

// TemplatePacks returns the admin template pack files for a channel of
// com, in load order: templates.packs, the community's, the channel's.
func (c *Config) TemplatePacks(com *Community, channelID string) []string {
	out := slices.Clone(c.Templates.Packs)
	out = append(out, com.TemplatePacks...)
	if ch, ok := com.Channel(channelID); ok {
		out = append(out, ch.TemplatePacks...)
	}
	return out
}

// DisplayName returns Name, or ID when Name is empty.
func (com *Community) DisplayName() string {
	if com.Name != "" {
		return com.Name
	}
	return com.ID
}

// ReofferChat is where a case nobody claimed in time is offered again:
// second_chat, else coordinators_chat, else moderators_chat.
func (com *Community) ReofferChat() string {
	return cmp.Or(com.SecondChat, com.CoordinatorsChat, com.ModeratorsChat)
}

// EscalationChat is where escalations and threats go: coordinators_chat,
// else moderators_chat.
func (com *Community) EscalationChat() string {
	return cmp.Or(com.CoordinatorsChat, com.ModeratorsChat)
}

// Channel returns the settings of one channel (or topic), if listed.
func (com *Community) Channel(chatID string) (*Channel, bool) {
	for i := range com.Channels {
		if ch := &com.Channels[i]; ch.ChatID == chatID {
			return ch, true
		}
	}
	return nil, false
}

// IsShadow reports whether cases in a channel are recorded without
// prompting anyone: the channel's shadow, else the community's.
func (com *Community) IsShadow(channelID string) bool {
	if ch, ok := com.Channel(channelID); ok && ch.Shadow != nil {
		return *ch.Shadow
	}
	return com.Shadow
}

// IsIgnored reports whether messages in a channel are skipped entirely.
func (com *Community) IsIgnored(channelID string) bool {
	ch, ok := com.Channel(channelID)
	return ok && ch.Ignore
}

// IsModerator reports whether a user, who has the given role ids, may act
// on prompts: listed in moderators, admins or coordinators, by user:ID or
// by one of the roles. userID and roles are platform ids, without the
// "user:" and "role:" prefixes.
func (com *Community) IsModerator(userID string, roles []string) bool {
	return listed(com.Moderators, userID, roles) || com.IsAdmin(userID, roles) || com.IsCoordinator(userID, roles)
}

// IsAdmin reports whether a user may change the community's rules and
// templates.
func (com *Community) IsAdmin(userID string, roles []string) bool {
	return listed(com.Admins, userID, roles)
}

// IsCoordinator reports whether a user is one of the community's
// coordinators (escalations, weekly summaries).
func (com *Community) IsCoordinator(userID string, roles []string) bool {
	return listed(com.Coordinators, userID, roles)
}

// IsExempt reports whether a user's messages are not evaluated.
func (com *Community) IsExempt(userID string, roles []string) bool {
	return listed(com.Exempt, userID, roles)
}

// listed reports whether entries name the user or one of the roles.
func listed(entries []string, userID string, roles []string) bool {
	for _, e := range entries {
		kind, id, ok := strings.Cut(e, ":")
		if !ok || id == "" {
			continue
		}
		switch kind {
		case "user":
			if id == userID {
				return true
			}
		case "role":
			if slices.Contains(roles, id) {
				return true
			}
		}
	}
	return false
}
