package bot

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base32"
	"slices"
	"strings"

	"github.com/trygbot/trygbot/rules"
)

// Community is one configured chat: where its prompts go and who may act.
type Community struct {
	ID        string // our name for it, used in reports and rule scopes
	Name      string
	Platform  string
	ChatID    string // Discord guild id, Telegram group id
	Lang      string // da or en
	RulesLink string
	// ModeratorsChat gets the prompts; SecondChat gets cases nobody
	// claimed in time (default CoordinatorsChat); CoordinatorsChat gets
	// escalations, threats and extremism.
	ModeratorsChat   string
	SecondChat       string
	CoordinatorsChat string
	// Moderators, Admins and Coordinators are "user:ID" or "role:ID".
	// Admins and coordinators may act as moderators too.
	Moderators   []string
	Admins       []string
	Coordinators []string
	AllowDelete  bool
	// Exempt users and roles ("user:ID", "role:ID") are counted but not
	// evaluated (the community's own bots, for example).
	Exempt []string
	// Shadow records cases without prompting anyone, to try rules out;
	// ShadowChannels does so for some channels only. IgnoreChannels are
	// neither counted nor evaluated.
	Shadow         bool
	ShadowChannels []string
	IgnoreChannels []string
	// TemplateOrder pins the order of suggested replies by tone: these
	// tones first, in this order, the others after them as the case's
	// seed shuffled them. Empty: the order is random per case (see
	// storage.Offer).
	TemplateOrder []string
	// Duty is the duty roster; Wellbeing what keeps volunteers well.
	Duty      DutyOptions
	Wellbeing WellbeingOptions
	// ModelCases is what a case a model's second opinion opens alone
	// does: ModelCasesPrompt, ModelCasesReview (the default, also for "")
	// or ModelCasesOff.
	ModelCases string
}

// Role is what a user may do in a community.
type Role int

// Roles, in increasing power for case actions.
const (
	RoleNone Role = iota
	RoleModerator
	RoleAdmin
	RoleCoordinator
)

func (r Role) String() string {
	return [...]string{"none", "moderator", "admin", "coordinator"}[r]
}

// listed reports whether the user, or one of their roles, is in list.
func listed(list []string, userID string, roles []string) bool {
	for _, e := range list {
		kind, id, _ := strings.Cut(e, ":")
		switch kind {
		case "user":
			if id == userID && id != "" {
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

// RoleOf returns the strongest role the user has through their id or
// platform roles.
func (c *Community) RoleOf(userID string, roles []string) Role {
	has := func(list []string) bool { return listed(list, userID, roles) }
	switch {
	case has(c.Coordinators):
		return RoleCoordinator
	case has(c.Admins):
		return RoleAdmin
	case has(c.Moderators):
		return RoleModerator
	}
	return RoleNone
}

// staffChat reports whether chat is one of the community's moderators',
// second or coordinators' chats, where only its moderators read.
func (c *Community) staffChat(chat string) bool {
	return chat != "" && (chat == c.ModeratorsChat || chat == c.SecondChat || chat == c.CoordinatorsChat)
}

func (c *Community) secondChat() string {
	if c.SecondChat != "" {
		return c.SecondChat
	}
	return c.CoordinatorsChat
}

// Pseudonymizer turns platform user ids into stable pseudonyms with a keyed
// hash, so storage and reports never hold the id itself.
type Pseudonymizer struct {
	key []byte
}

// NewPseudonymizer uses key (at least 32 bytes, from the environment).
func NewPseudonymizer(key []byte) *Pseudonymizer {
	return &Pseudonymizer{key: append([]byte(nil), key...)}
}

var b32 = base32.StdEncoding.WithPadding(base32.NoPadding)

// Of returns the pseudonym of a user on a platform, such as "p-K3Q7...".
func (p *Pseudonymizer) Of(platform, userID string) rules.UserID {
	m := hmac.New(sha256.New, p.key)
	m.Write([]byte(platform))
	m.Write([]byte{0})
	m.Write([]byte(userID))
	return rules.UserID("p-" + strings.ToLower(b32.EncodeToString(m.Sum(nil)[:10])))
}
