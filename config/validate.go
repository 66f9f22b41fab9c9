package config

import (
	"errors"
	"fmt"
	"io/fs"
	"math"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/trygbot/trygbot/internal/yamlerr"
)

// Validate reports every problem with c at once, as *Error values joined
// with errors.Join (see Problems); nil when c is usable for `trygbot run`.
// Problems carry file:line when c came from Load.
//
// Besides values and their combinations, Validate checks that the pack
// files c names exist and are readable (it does not parse them), that the
// directory of the SQLite file exists, and that the time zone loads.
func (c *Config) Validate() error {
	p := &problems{c: c}
	c.validate(p)
	return join(p.errs)
}

var (
	communityID  = regexp.MustCompile(`^[a-z0-9][a-z0-9_-]*$`)
	digits       = regexp.MustCompile(`^[0-9]+$`)
	telegramChat = regexp.MustCompile(`^(-?[0-9]+|@[A-Za-z0-9_]{4,})$`)
	tgSecret     = regexp.MustCompile(`^[A-Za-z0-9_-]{1,256}$`)
)

var (
	drivers       = []string{DriverSQLite, DriverRedis}
	platforms     = []string{PlatformDiscord, PlatformTelegram, PlatformConsole, PlatformIngest}
	languages     = []string{LangDanish, LangEnglish}
	telegramModes = []string{ModePolling, ModeWebhook}
	logLevels     = []string{"debug", "info", "warn", "error"}
	logFormats    = []string{"text", "json"}
)

const keyHint = "generate one with `openssl rand -hex 32`"

func (c *Config) validate(p *problems) {
	if _, err := time.LoadLocation(c.Timezone); err != nil {
		p.addf("timezone", "an IANA zone name such as Europe/Copenhagen or UTC", "unknown time zone %q", c.Timezone)
	}
	c.validateStore(p)
	c.validatePrivacy(p)
	c.validateWorkflow(p)
	c.validateDiscordShards(p)
	checkThreshold(p, "rules.threshold", c.Rules.Threshold)
	c.validatePlatforms(p)
	c.validateWeb(p)
	c.validateClassifier(p)
	c.validateTrials(p)
	if !slices.Contains(logLevels, c.Log.Level) {
		p.addf("log.level", yamlerr.DidYouMean(c.Log.Level, logLevels), "unknown level %q", c.Log.Level)
	}
	if !slices.Contains(logFormats, c.Log.Format) {
		p.addf("log.format", yamlerr.DidYouMean(c.Log.Format, logFormats), "unknown format %q", c.Log.Format)
	}
	c.validateCommunities(p)
	c.checkFiles(p)
}

func (c *Config) validateStore(p *problems) {
	s := c.Store
	switch s.Driver {
	case DriverSQLite:
		path := s.SQLite.Path
		switch {
		case path == "":
			p.add("store.sqlite.path", "missing", "the SQLite database file, such as trygbot.db")
		case strings.HasPrefix(path, ":") || strings.HasPrefix(path, "file:"):
		default:
			dir := filepath.Dir(path)
			if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
				p.addf("store.sqlite.path", "create the directory, or use another path", "directory %s does not exist", dir)
			}
		}
	case DriverRedis:
		checkAddr(p, "store.redis.addr", s.Redis.Addr, "127.0.0.1:6379")
		if s.Redis.DB < 0 {
			p.addf("store.redis.db", "Redis databases are numbered from 0", "must not be negative, got %d", s.Redis.DB)
		}
		if s.Redis.Workers < 1 {
			p.addf("store.redis.workers", "the default is 4", "must be at least 1, got %d", s.Redis.Workers)
		}
		if s.Redis.SpoolDir == "" {
			p.add("store.redis.spool_dir", "missing", "a local directory for messages that arrive while Redis is away, such as trygbot-spool")
		}
		if s.Redis.SpoolMaxMB < 1 {
			p.addf("store.redis.spool_max_mb", "the default is 256", "must be at least 1, got %d", s.Redis.SpoolMaxMB)
		}
	default:
		p.addf("store.driver", yamlerr.DidYouMean(s.Driver, drivers), "unknown driver %q", s.Driver)
	}
}

func (c *Config) validatePrivacy(p *problems) {
	pr := c.Privacy
	switch {
	case !pr.PseudonymKey.IsSet():
		p.add("privacy.pseudonym_key", "missing: authors are stored under a keyed hash",
			keyHint+" and write pseudonym_key: ${TRYGBOT_PSEUDONYM_KEY}, or set TRYGBOT_PRIVACY_PSEUDONYM_KEY")
	case len(pr.PseudonymKey) < MinKeyBytes:
		p.addf("privacy.pseudonym_key", keyHint, "shorter than %d bytes", MinKeyBytes)
	}
	if pr.RetentionDays < 1 {
		p.addf("privacy.retention_days", "case texts are deleted after this many days; the default is 30", "must be at least 1 day, got %d", pr.RetentionDays)
	}
	if pr.EvidenceRetentionDays < 1 {
		p.addf("privacy.evidence_retention_days", "the default is 90", "must be at least 1 day, got %d", pr.EvidenceRetentionDays)
	} else if pr.EvidenceRetentionDays < pr.RetentionDays {
		p.addf("privacy.evidence_retention_days", "threat evidence is kept at least as long as other case data",
			"%d is shorter than retention_days (%d)", pr.EvidenceRetentionDays, pr.RetentionDays)
	}
	if pr.MinGroupSize < 1 {
		p.addf("privacy.min_group_size", "reports show counts below this as \"< N\"; the default is 3", "must be at least 1, got %d", pr.MinGroupSize)
	}
}

func (c *Config) validateDiscordShards(p *problems) {
	d := c.Discord
	switch {
	case d.ShardCount < 0:
		p.addf("discord.shard_count", "0 or 1 for one connection, or the number of instances sharing the guilds", "must not be negative, got %d", d.ShardCount)
	case d.ShardCount > 1 && (d.ShardID < 0 || d.ShardID >= d.ShardCount):
		p.addf("discord.shard_id", fmt.Sprintf("give each instance its own id from 0 to %d", d.ShardCount-1), "%d is not a shard of %d", d.ShardID, d.ShardCount)
	case d.ShardCount <= 1 && d.ShardID != 0:
		p.addf("discord.shard_id", "set shard_count to the number of instances too", "shard %d without shard_count", d.ShardID)
	}
}

func (c *Config) validateWorkflow(p *problems) {
	w := c.Workflow
	for _, d := range []struct {
		path string
		v    time.Duration
	}{
		{"workflow.claim_deadline", w.ClaimDeadline},
		{"workflow.follow_up", w.FollowUp},
		{"workflow.expire_after", w.ExpireAfter},
		{"workflow.repeat_window", w.RepeatWindow},
		{"workflow.pileon_window", w.PileOnWindow},
		{"workflow.prompt_retry", w.PromptRetry},
		{"workflow.tick", w.Tick},
	} {
		if d.v <= 0 {
			p.addf(d.path, "a Go duration such as 15m or 24h", "must be positive, got %s", d.v)
		}
	}
	if w.ExpireAfter > 0 && w.ClaimDeadline > 0 && w.ExpireAfter <= w.ClaimDeadline {
		p.addf("workflow.expire_after", "make it longer than claim_deadline", "%s would close cases before they are offered again (claim_deadline %s)", w.ExpireAfter, w.ClaimDeadline)
	}
	if w.PileOnAuthors < 2 {
		p.addf("workflow.pileon_authors", "a pile-on is several authors; the default is 3", "must be at least 2, got %d", w.PileOnAuthors)
	}
	if w.MaxMessageBytes < 256 {
		p.addf("workflow.max_message_bytes", "the default is 32768", "must be at least 256, got %d", w.MaxMessageBytes)
	}
}

func checkThreshold(p *problems, path string, t float64) {
	if t <= 0 || t > 1 {
		p.addf(path, "a score above 0 and at most 1; the default is 0.5", "threshold %v out of range", t)
	}
}

// uses reports the first community on a platform.
func (c *Config) uses(platform string) (*Community, int) {
	for i := range c.Communities {
		if c.Communities[i].Platform == platform {
			return &c.Communities[i], i
		}
	}
	return nil, -1
}

func (c *Config) validatePlatforms(p *problems) {
	checkURL(p, "discord.api_base_url", c.Discord.APIBaseURL)
	checkURL(p, "telegram.api_url", c.Telegram.APIURL)
	if !slices.Contains(telegramModes, c.Telegram.Mode) {
		p.addf("telegram.mode", yamlerr.DidYouMean(c.Telegram.Mode, telegramModes), "unknown mode %q", c.Telegram.Mode)
	}
	switch s := c.Telegram.Webhook.SecretToken; {
	case s.IsSet() && !tgSecret.MatchString(s.Reveal()):
		p.add("telegram.webhook.secret_token", "Telegram allows 1-256 letters, digits, _ and -", keyHint)
	case s.IsSet() && len(s) < MinKeyBytes:
		p.addf("telegram.webhook.secret_token", keyHint, "shorter than %d bytes", MinKeyBytes)
	}
	if t := c.Ingest.Token; t.IsSet() && len(t) < MinKeyBytes {
		p.addf("ingest.token", keyHint, "shorter than %d bytes", MinKeyBytes)
	}
	needToken := func(path string, tok Secret, platform, envVar string) {
		com, i := c.uses(platform)
		if com == nil || tok.IsSet() {
			return
		}
		msg := fmt.Sprintf("missing: community %q is on %s", com.ID, platform)
		if l := c.line(fmt.Sprintf("communities[%d]", i)); l > 0 {
			msg = fmt.Sprintf("missing: community %q (line %d) is on %s", com.ID, l, platform)
		}
		key := path[strings.LastIndexByte(path, '.')+1:]
		p.add(path, msg, fmt.Sprintf("write %s: ${%s} and set the variable, or set %s", key, envVar, envName(path)))
	}
	needToken("discord.token", c.Discord.Token, PlatformDiscord, "DISCORD_TOKEN")
	needToken("telegram.token", c.Telegram.Token, PlatformTelegram, "TELEGRAM_TOKEN")
	if len(c.Ingest.Clients) == 0 {
		needToken("ingest.token", c.Ingest.Token, PlatformIngest, "TRYGBOT_INGEST_TOKEN")
	}
	c.validateIngestClients(p)
	if com, _ := c.uses(PlatformTelegram); com != nil && c.Telegram.Mode == ModeWebhook {
		wh := c.Telegram.Webhook
		checkAddr(p, "telegram.webhook.listen", wh.Listen, ":8443")
		if wh.PublicURL == "" {
			p.add("telegram.webhook.public_url", "missing: webhook mode needs the https URL Telegram posts to", "or use mode: polling")
		} else if u, err := url.Parse(wh.PublicURL); err != nil || u.Scheme != "https" || u.Host == "" {
			p.addf("telegram.webhook.public_url", "Telegram only posts to https URLs", "want an https URL, got %q", wh.PublicURL)
		}
		if !wh.SecretToken.IsSet() {
			p.add("telegram.webhook.secret_token", "missing: webhook mode checks that updates come from Telegram",
				keyHint+" and write secret_token: ${TELEGRAM_WEBHOOK_SECRET}")
		}
	}
	if com, _ := c.uses(PlatformIngest); com != nil {
		checkAddr(p, "ingest.listen", c.Ingest.Listen, "127.0.0.1:8080")
	}
	if r := c.Ingest.RateLimit; r < 0 || math.IsNaN(r) || math.IsInf(r, 0) {
		p.addf("ingest.rate_limit", "requests a second per client; 0 turns the limit off (default 1000)", "must be a number of at least 0, got %v", r)
	} else if r > 0 && c.Ingest.RateBurst < 1 {
		p.addf("ingest.rate_burst", "requests a client may make at once (default 2000)", "must be at least 1 while rate_limit is set, got %d", c.Ingest.RateBurst)
	}
}

// validateIngestClients checks each ingest client's name, token and
// communities, and that every ingest community has a client that may
// post to it. Like the rest of the ingest section, clients matter only
// when a community is on ingest.
func (c *Config) validateIngestClients(p *problems) {
	if com, _ := c.uses(PlatformIngest); com == nil {
		return
	}
	names := map[string]int{}
	tokens := map[Secret]string{}
	if t := c.Ingest.Token; t.IsSet() {
		tokens[t] = "ingest.token"
	}
	served := map[string]bool{}
	for i, cl := range c.Ingest.Clients {
		at := fmt.Sprintf("ingest.clients[%d]", i)
		switch {
		case cl.Name == "":
			p.add(at+".name", "missing", "a name for logs, such as forum")
		case !communityID.MatchString(cl.Name):
			p.addf(at+".name", "lowercase letters, digits, - and _, such as forum", "invalid name %q", cl.Name)
		default:
			if j, ok := names[cl.Name]; ok {
				p.addf(at+".name", fmt.Sprintf("also used by ingest.clients[%d]", j), "duplicate name %q", cl.Name)
			}
			names[cl.Name] = i
		}
		switch other, dup := tokens[cl.Token]; {
		case !cl.Token.IsSet():
			p.add(at+".token", "missing: each client has its own token",
				fmt.Sprintf("%s and write token: ${%s}", keyHint, envName(at+".token")))
		case len(cl.Token) < MinKeyBytes:
			p.addf(at+".token", keyHint, "shorter than %d bytes", MinKeyBytes)
		case dup:
			p.addf(at+".token", "give each client its own token: "+keyHint, "the same token as %s", other)
		default:
			tokens[cl.Token] = at
		}
		if len(cl.Communities) == 0 {
			p.add(at+".communities", "missing: the communities this client may use", "list ingest community ids, such as [forum]")
		}
		for j, id := range cl.Communities {
			com, ok := c.CommunityByID(id)
			switch {
			case !ok:
				hint := "no community is on ingest"
				if ids := c.communityIDs(PlatformIngest); len(ids) > 0 {
					hint = yamlerr.DidYouMean(id, ids)
				}
				p.addf(fmt.Sprintf("%s.communities[%d]", at, j), hint, "unknown community %q", id)
			case com.Platform != PlatformIngest:
				p.addf(fmt.Sprintf("%s.communities[%d]", at, j), "clients post to communities with platform: ingest", "community %q is on %s", id, com.Platform)
			default:
				served[id] = true
			}
		}
	}
	if len(c.Ingest.Clients) == 0 || c.Ingest.Token.IsSet() {
		return
	}
	for i, com := range c.Communities {
		if com.Platform == PlatformIngest && com.ID != "" && !served[com.ID] {
			p.addf(fmt.Sprintf("communities[%d]", i), "list it in a client's communities, or set ingest.token for every community",
				"community %q is on ingest, but no ingest client may post to it", com.ID)
		}
	}
}

// communityIDs lists the ids of the communities on platform, or of every
// community when platform is "".
func (c *Config) communityIDs(platform string) []string {
	var out []string
	for _, com := range c.Communities {
		if platform == "" || com.Platform == platform {
			out = append(out, com.ID)
		}
	}
	return out
}

func (c *Config) validateWeb(p *problems) {
	if c.Web.Listen != "" {
		checkAddr(p, "web.listen", c.Web.Listen, "127.0.0.1:8081")
	}
	checkURL(p, "web.base_url", c.Web.BaseURL)
	if k := c.Web.SessionKey; k.IsSet() && len(k) < MinKeyBytes {
		p.addf("web.session_key", keyHint, "shorter than %d bytes", MinKeyBytes)
	}
	seen, linked := map[string]bool{}, map[string]string{}
	for i, u := range c.Web.Users {
		path := fmt.Sprintf("web.users[%d]", i)
		switch {
		case u.Name == "":
			p.addf(path+".name", "a login name such as anna", "missing")
		case seen[u.Name]:
			p.addf(path+".name", "each login name once", "%q appears twice", u.Name)
		}
		seen[u.Name] = true
		if u.Role != "moderator" && u.Role != "admin" && u.Role != "coordinator" {
			p.addf(path+".role", "moderator, admin or coordinator", "unknown role %q", u.Role)
		}
		if !strings.HasPrefix(u.PasswordHash, "$2a$") && !strings.HasPrefix(u.PasswordHash, "$2b$") && !strings.HasPrefix(u.PasswordHash, "$2y$") {
			p.addf(path+".password_hash", "a bcrypt hash, made with: trygbot config hash-password", "not a bcrypt hash")
		}
		for j, id := range u.Communities {
			if _, ok := c.CommunityByID(id); !ok {
				p.addf(fmt.Sprintf("%s.communities[%d]", path, j), yamlerr.DidYouMean(id, c.communityIDs("")), "unknown community %q", id)
			}
		}
		c.validateWebVolunteer(p, u, path, linked)
	}
}

// checkAddr checks a host:port listen or dial address.
func checkAddr(p *problems, path, addr, example string) {
	hint := "host:port, such as " + example
	if addr == "" {
		p.add(path, "missing", hint)
		return
	}
	_, port, err := net.SplitHostPort(addr)
	if err != nil {
		p.addf(path, hint, "invalid address %q", addr)
		return
	}
	if n, err := strconv.Atoi(port); err != nil || n < 0 || n > 65535 {
		p.addf(path, hint, "invalid port %q", port)
	}
}

// checkURL checks an optional absolute http(s) URL.
func checkURL(p *problems, path, s string) {
	if s == "" {
		return
	}
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		p.addf(path, "an absolute URL such as https://example.org/path", "want an http or https URL, got %q", s)
	}
}

func (c *Config) validateCommunities(p *problems) {
	if len(c.Communities) == 0 {
		p.add("communities", "no communities", "add at least one; see `trygbot config example`")
		return
	}
	ids := map[string]int{}
	chats := map[string]int{}
	for i := range c.Communities {
		com := &c.Communities[i]
		at := fmt.Sprintf("communities[%d]", i)
		also := func(j int) string {
			if l := c.line(fmt.Sprintf("communities[%d]", j)); l > 0 {
				return fmt.Sprintf("also used at line %d", l)
			}
			return fmt.Sprintf("also used by communities[%d]", j)
		}
		switch {
		case com.ID == "":
			p.add(at+".id", "missing", "our name for the community, used in reports, such as oresund-youth")
		case !communityID.MatchString(com.ID):
			p.addf(at+".id", "lowercase letters, digits, - and _, such as oresund-youth", "invalid id %q", com.ID)
		default:
			if j, ok := ids[com.ID]; ok {
				p.addf(at+".id", also(j), "duplicate id %q", com.ID)
			}
			ids[com.ID] = i
		}
		platformOK := slices.Contains(platforms, com.Platform)
		switch {
		case com.Platform == "":
			p.add(at+".platform", "missing", strings.Join(platforms, ", "))
		case !platformOK:
			p.addf(at+".platform", yamlerr.DidYouMean(com.Platform, platforms), "unknown platform %q", com.Platform)
		}
		if com.ChatID == "" {
			p.add(at+".chat_id", "missing", chatHint(com.Platform, "server"))
		} else if platformOK {
			checkChat(p, at+".chat_id", com.Platform, com.ChatID, "server")
			key := com.Platform + "\x00" + com.ChatID
			if j, ok := chats[key]; ok {
				p.addf(at+".chat_id", also(j), "%s chat %s belongs to two communities", com.Platform, com.ChatID)
			}
			chats[key] = i
		}
		switch {
		case com.Language == "":
			p.add(at+".language", "missing", "da or en")
		case !slices.Contains(languages, com.Language):
			p.addf(at+".language", yamlerr.DidYouMean(com.Language, languages), "unknown language %q", com.Language)
		}
		checkURL(p, at+".rules_link", com.RulesLink)
		if com.ModeratorsChat == "" {
			p.add(at+".moderators_chat", "missing: the chat where moderator prompts are posted", chatHint(com.Platform, "channel"))
		}
		for _, ch := range []struct{ path, id string }{
			{at + ".moderators_chat", com.ModeratorsChat},
			{at + ".second_chat", com.SecondChat},
			{at + ".coordinators_chat", com.CoordinatorsChat},
		} {
			if ch.id != "" && platformOK {
				checkChat(p, ch.path, com.Platform, ch.id, "channel")
			}
		}
		for _, l := range []struct {
			key     string
			entries []string
		}{{"moderators", com.Moderators}, {"admins", com.Admins}, {"coordinators", com.Coordinators}, {"exempt", com.Exempt}} {
			for j, e := range l.entries {
				checkMember(p, fmt.Sprintf("%s.%s[%d]", at, l.key, j), com.Platform, e)
			}
		}
		if len(com.Moderators)+len(com.Admins)+len(com.Coordinators) == 0 {
			hint := "list user:ID or role:ID entries"
			if com.Platform == PlatformTelegram {
				hint = "list user:ID entries"
			}
			p.add(at+".moderators", "nobody may act on prompts", hint)
		}
		if com.Threshold != nil {
			checkThreshold(p, at+".threshold", *com.Threshold)
		}
		c.validateDuty(p, com, at)
		channels := map[string]int{}
		for j, ch := range com.Channels {
			cp := fmt.Sprintf("%s.channels[%d]", at, j)
			if ch.ChatID == "" {
				p.add(cp+".chat_id", "missing", chatHint(com.Platform, "channel"))
			} else {
				if platformOK {
					checkChat(p, cp+".chat_id", com.Platform, ch.ChatID, "channel")
				}
				if k, ok := channels[ch.ChatID]; ok {
					p.addf(cp+".chat_id", fmt.Sprintf("merge it with channels[%d]", k), "channel %s is listed twice", ch.ChatID)
				}
				channels[ch.ChatID] = j
			}
			if ch.Threshold != nil {
				checkThreshold(p, cp+".threshold", *ch.Threshold)
			}
		}
	}
}

// chatHint says what a platform's chat ids look like; what is "server"
// for a community's own chat_id and "channel" for the others.
func chatHint(platform, what string) string {
	switch platform {
	case PlatformDiscord:
		return fmt.Sprintf("Discord ids are numbers: turn on Developer Mode, right-click the %s and Copy ID; write it in quotes", what)
	case PlatformTelegram:
		return "Telegram chat ids are numbers such as \"-1001234567890\" (groups are negative), or @username"
	case PlatformConsole, PlatformIngest:
		return "any name without spaces"
	}
	return ""
}

func checkChat(p *problems, path, platform, id, what string) {
	ok := true
	switch platform {
	case PlatformDiscord:
		ok = digits.MatchString(id) && len(id) <= 20
	case PlatformTelegram:
		ok = telegramChat.MatchString(id)
	default:
		ok = !strings.ContainsAny(id, " \t\n")
	}
	if !ok {
		p.addf(path, chatHint(platform, what), "invalid %s chat id %q", platform, id)
	}
}

// checkMember checks a "user:ID" or "role:ID" entry.
func checkMember(p *problems, path, platform, e string) {
	kinds := []string{"user", "role"}
	form := "user:ID or role:ID"
	if platform == PlatformTelegram {
		kinds, form = []string{"user"}, "user:ID"
	}
	kind, id, ok := strings.Cut(e, ":")
	switch {
	case !ok:
		p.addf(path, "write "+form, "invalid entry %q", e)
		return
	case kind == "role" && platform == PlatformTelegram:
		p.addf(path, "Telegram has no roles: list each moderator as user:ID", "invalid entry %q", e)
		return
	case !slices.Contains(kinds, kind):
		hint := "write " + form
		if n := yamlerr.Nearest(kind, kinds); n != "" {
			hint = fmt.Sprintf("did you mean %q?", n+":"+id)
		}
		p.addf(path, hint, "invalid entry %q", e)
		return
	case id == "":
		p.addf(path, "write "+form, "entry %q has no id", e)
		return
	}
	switch platform {
	case PlatformDiscord, PlatformTelegram:
		if !digits.MatchString(id) {
			hint := "Telegram user ids are numbers"
			if platform == PlatformDiscord {
				hint = "Discord ids are numbers: turn on Developer Mode, right-click the user or role and Copy ID"
			}
			p.addf(path, hint, "invalid %s id %q", kind, id)
		}
	default:
		if strings.ContainsAny(id, " \t\n") {
			p.addf(path, "ids have no spaces", "invalid %s id %q", kind, id)
		}
	}
}

// checkFiles checks that every pack file exists and is readable.
func (c *Config) checkFiles(p *problems) {
	walkTagged(reflect.ValueOf(c).Elem(), "", func(path, tag string, v reflect.Value) {
		if tag != "pack" {
			return
		}
		file := v.String()
		written := c.as[path]
		if written == "" {
			written = file
		}
		if file == "" {
			p.add(path, "empty path", "")
			return
		}
		hint := ""
		if written != file {
			hint = "looked for " + file + "; relative paths start at the config file's directory"
		}
		fi, err := os.Stat(file)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			p.addf(path, hint, "pack file %s does not exist", written)
			return
		case err != nil:
			p.addf(path, hint, "cannot read pack file %s: %v", written, errors.Unwrap(err))
			return
		case fi.IsDir():
			p.addf(path, "list the pack files in it one by one", "%s is a directory", written)
			return
		case !fi.Mode().IsRegular():
			p.addf(path, hint, "%s is not a regular file", written)
			return
		}
		f, err := os.Open(file)
		if err != nil {
			p.addf(path, hint, "cannot read pack file %s: %v", written, errors.Unwrap(err))
			return
		}
		f.Close()
	})
}
