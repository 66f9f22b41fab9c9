package web

import (
	"context"
	"crypto/rand"
	"embed"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	"net/http"
	"sync"
	"time"

	"golang.org/x/crypto/bcrypt"
	"golang.org/x/time/rate"

	"github.com/trygbot/trygbot/bot"
	"github.com/trygbot/trygbot/report"
	"github.com/trygbot/trygbot/rules"
	"github.com/trygbot/trygbot/storage"
)

//go:embed templates/*.html static/*.css static/*.svg
var assets embed.FS

// CaseActor performs moderator actions on cases; *bot.Bot implements it.
type CaseActor interface {
	// Act performs one action; it returns bot.ErrForbidden or a
	// *bot.ActionError for actions that cannot be done.
	Act(ctx context.Context, req bot.ActionRequest) (bot.Feedback, error)
}

// ReplyRenderer renders a case's suggested replies as its chat prompt
// shows them; *bot.Bot implements it. The case page shows each reply's text
// when Options.Bot has it, so nobody sends a reply blind.
type ReplyRenderer interface {
	Replies(c storage.Case) []bot.PromptTemplate
}

var (
	_ CaseActor     = (*bot.Bot)(nil)
	_ ReplyRenderer = (*bot.Bot)(nil)
)

// User is one dashboard login.
type User struct {
	Name string
	Role bot.Role
	// PasswordHash is a bcrypt hash.
	PasswordHash string
	// Evidence grants downloading threats' evidence packs, whatever the
	// role.
	Evidence bool
	// Communities, when not empty, are the ids of the only communities
	// whose cases the user sees and acts on, in the queue, on case
	// pages, in actions, evidence packs, the rules tester, the summary
	// and its CSV; empty means every community.
	Communities []string
	// Volunteer is the user's own chat account per platform (platform →
	// user id): the duty page puts it on and off duty, and what the user
	// opens, unmasks, claims or handles counts in its daily exposure.
	Volunteer map[string]string
}

// Options configure the dashboard.
type Options struct {
	Store storage.Store
	Bot   CaseActor
	// Evaluate runs the live rules for the rules tester (rules.Holder's
	// Evaluate); nil turns the tester off.
	Evaluate func(rules.Message) rules.Verdict
	Users    []User
	// SessionKey signs sessions, CSRF tokens and flash messages; empty
	// means a random key, so logins end when the process does.
	SessionKey []byte
	// Location is the time zone times and weeks are shown in (UTC).
	Location *time.Location
	// MinGroup is the summary's smallest group of authors shown (report
	// default when 0).
	MinGroup int
	// Secure sets the Secure flag on cookies; set it behind HTTPS.
	Secure bool
	// Now is the clock (time.Now).
	Now func() time.Time
	// Summaries builds the weekly summaries (app.SummarySource, shared
	// with trygbot report and the Monday post); nil builds them from
	// Store, Location, MinGroup and Now, without template tones.
	Summaries *report.Source
	// Templates, if set, lists the de-escalation templates for the
	// templates page.
	Templates func() []Template
	// Metrics, if set, is served at /metrics without a login, for a
	// Prometheus scraper (keep the dashboard's port off the internet, or
	// filter /metrics at the proxy).
	Metrics http.Handler
	// Health, if set, answers /healthz instead of the built-in check
	// (which asks the store for one case).
	Health http.Handler
	// Communities are the configured communities: the queue shows their
	// names, and the rules tester offers them with their language.
	Communities []Community
	// Lang is the language of the labels the dashboard shows for codes
	// (pile_on, handled_else, ...): "da" or "en" (the default).
	Lang string
	// Sessions ends logins on logout, logout everywhere and password
	// changes; nil: Store's, when it implements Sessions (both stores
	// do), else in memory for this process only.
	Sessions Sessions
}

// Community is one configured community as the dashboard shows it.
type Community struct {
	ID, Name, Lang string
	// Platform is the community's platform (discord, telegram, ...): a
	// user's linked account there is theirs on the duty page.
	Platform string
}

// Login limits: failed logins per client address (5, then one every 12 s)
// and per user name (10, then one a minute), so that neither one address
// nor many addresses can guess one password quickly.
const (
	loginBurst    = 5
	loginInterval = time.Minute / loginBurst
	userBurst     = 10
	userInterval  = time.Minute
	maxLimiters   = 4096
	maxName       = 256
	sessionTTL    = 12 * time.Hour
)

type server struct {
	log   *slog.Logger
	opt   Options
	key   []byte
	users map[string]User
	// dummyHash is compared against for unknown users, so they take as
	// long as known ones.
	dummyHash []byte
	pages     map[string]*template.Template
	static    http.Handler
	sessions  Sessions

	mu       sync.Mutex
	limiters map[string]*rate.Limiter

	// loginMu makes taking a failed login's tokens from both limits one
	// step (login.go); hashing holds a slot per bcrypt comparison running
	// (at most maxHashing); compare is bcrypt's.
	loginMu sync.Mutex
	hashing chan struct{}
	compare func(hash, password []byte) error
}

// NewServer returns the dashboard's handler. All routes are in routes.go.
func NewServer(logger *slog.Logger, opt Options) (http.Handler, error) {
	s, err := newServer(logger, opt)
	if err != nil {
		return nil, err
	}
	mux := http.NewServeMux()
	s.routes(mux)
	return securityHeaders(mux), nil
}

// newServer checks the options and prepares the dashboard's pages.
func newServer(logger *slog.Logger, opt Options) (*server, error) {
	if opt.Store == nil || opt.Bot == nil {
		return nil, errors.New("web: a store and a bot are required")
	}
	if opt.Location == nil {
		opt.Location = time.UTC
	}
	if opt.Now == nil {
		opt.Now = time.Now
	}
	if _, ok := labels[opt.Lang]; !ok {
		opt.Lang = "en"
	}
	if opt.Summaries == nil {
		opt.Summaries = &report.Source{Store: opt.Store, Options: report.Options{Location: opt.Location, MinGroup: opt.MinGroup, Now: opt.Now}}
	}
	s := &server{log: logger, opt: opt, users: map[string]User{}, limiters: map[string]*rate.Limiter{},
		hashing: make(chan struct{}, maxHashing()), compare: bcrypt.CompareHashAndPassword, sessions: opt.Sessions}
	if s.sessions == nil {
		s.sessions, _ = opt.Store.(Sessions)
	}
	if s.sessions == nil {
		s.sessions = &memSessions{}
	}
	s.key = append([]byte(nil), opt.SessionKey...)
	if len(s.key) == 0 {
		s.key = make([]byte, 32)
		if _, err := rand.Read(s.key); err != nil {
			return nil, fmt.Errorf("web: session key: %w", err)
		}
	}
	cost := bcrypt.DefaultCost
	for _, u := range opt.Users {
		if u.Name == "" || u.Role == bot.RoleNone {
			return nil, fmt.Errorf("web: user %q needs a name and a role", u.Name)
		}
		c, err := bcrypt.Cost([]byte(u.PasswordHash))
		if err != nil {
			return nil, fmt.Errorf("web: user %q: password hash: %w", u.Name, err)
		}
		cost = c
		s.users[u.Name] = u
	}
	var err error
	if s.dummyHash, err = bcrypt.GenerateFromPassword([]byte("no such user"), cost); err != nil {
		return nil, fmt.Errorf("web: dummy hash: %w", err)
	}
	if s.pages, err = parsePages(); err != nil {
		return nil, err
	}
	static, err := fs.Sub(assets, "static")
	if err != nil {
		return nil, err
	}
	s.static = http.StripPrefix("/static/", http.FileServerFS(static))
	return s, nil
}

var funcs = template.FuncMap{
	"isOpen": func(c storage.Case) bool { return c.Open() },
	"label":  label,
	"mul":    func(a, b int) int { return a * b },
}

func parsePages() (map[string]*template.Template, error) {
	names, err := fs.Glob(assets, "templates/*.html")
	if err != nil {
		return nil, err
	}
	pages := map[string]*template.Template{}
	for _, n := range names {
		if n == "templates/layout.html" {
			continue
		}
		t, err := template.New("").Funcs(funcs).ParseFS(assets, "templates/layout.html", n)
		if err != nil {
			return nil, fmt.Errorf("web: template %s: %w", n, err)
		}
		pages[n[len("templates/"):]] = t
	}
	return pages, nil
}

// csp is the Content-Security-Policy of every response.
const csp = "default-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'"

func securityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", csp)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "same-origin")
		h.Set("X-Frame-Options", "DENY")
		next.ServeHTTP(w, r)
	})
}

// Template is a de-escalation template as the templates page shows it.
type Template struct {
	ID, Lang, Category, Tone, Text string
}
