package config

import (
	"fmt"
	"slices"
	"strings"

	"github.com/trygbot/trygbot/internal/yamlerr"
)

// VolunteerIDs returns the user's linked chat accounts by platform
// (web.users[].volunteer): platform → platform user id.
func (u WebUser) VolunteerIDs() map[string]string {
	out := map[string]string{}
	for _, e := range u.Volunteer {
		platform, id, ok := strings.Cut(strings.TrimSpace(e), ":")
		if ok && id != "" {
			out[platform] = id
		}
	}
	return out
}

// validateWebVolunteer checks a dashboard login's linked chat accounts:
// "PLATFORM:ID" with a known platform and a valid id, one per platform,
// each linked to one login only, and each a moderator, admin or
// coordinator by user:ID of a community on that platform the login may
// see (or of one that names moderators by role). linked maps each
// account already seen to its login.
func (c *Config) validateWebVolunteer(p *problems, u WebUser, path string, linked map[string]string) {
	perPlatform := map[string]bool{}
	for j, e := range u.Volunteer {
		at := fmt.Sprintf("%s.volunteer[%d]", path, j)
		platform, id, ok := strings.Cut(strings.TrimSpace(e), ":")
		switch {
		case !ok || id == "":
			p.addf(at, `write PLATFORM:ID, such as "telegram:123456789"`, "invalid entry %q", e)
			continue
		case !slices.Contains(platforms, platform):
			p.addf(at, yamlerr.DidYouMean(platform, platforms), "unknown platform %q", platform)
			continue
		case perPlatform[platform]:
			p.addf(at, "one account per platform", "a second %s account", platform)
			continue
		case linked[platform+":"+id] != "":
			p.addf(at, "link each chat account to one login", "%s is linked to login %q already", platform+":"+id, linked[platform+":"+id])
			continue
		}
		perPlatform[platform] = true
		linked[platform+":"+id] = u.Name
		before := len(p.errs)
		checkMember(p, at, platform, "user:"+id)
		if len(p.errs) != before {
			continue
		}
		if !c.volunteerOf(u, platform, id) {
			p.addf(at, fmt.Sprintf("add user:%s to the moderators of a community on %s that this login may see", id, platform),
				"%s is not a moderator of any of the login's communities on %s", platform+":"+id, platform)
		}
	}
}

// volunteerOf reports whether id is a moderator, admin or coordinator of
// a community on platform within the login's communities, or one such
// community names moderators by role.
func (c *Config) volunteerOf(u WebUser, platform, id string) bool {
	for i := range c.Communities {
		com := &c.Communities[i]
		if com.Platform != platform || (len(u.Communities) > 0 && !slices.Contains(u.Communities, com.ID)) {
			continue
		}
		if hasRoles(com) || listed(com.Moderators, id, nil) || listed(com.Admins, id, nil) || listed(com.Coordinators, id, nil) {
			return true
		}
	}
	return false
}
