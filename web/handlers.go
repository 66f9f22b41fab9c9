package web

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"html/template"
	"math"
	"net/http"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"golang.org/x/time/rate"

	"github.com/trygbot/trygbot/bot"
	"github.com/trygbot/trygbot/report"
	"github.com/trygbot/trygbot/rules"
	"github.com/trygbot/trygbot/storage"
)

// maxForm bounds a POST body.
const maxForm = 64 << 10

// view is what every page template gets.
type view struct {
	Title string
	User  *session
	CSRF  string
	Flash string
	Admin bool   // admin or coordinator: may download the CSV, close cases
	Lang  string // of labels: "da" or "en"
	Data  any
}

type handler func(w http.ResponseWriter, r *http.Request, sess session)

// require wraps a page: without a valid session it redirects to /login,
// below min it answers 403, and a POST without the session's CSRF token
// gets 403.
func (s *server) require(min bot.Role, h handler) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-store")
		sess, err := s.sessionOf(r)
		switch {
		case errors.Is(err, errNoSession):
			http.Redirect(w, r, "/login", http.StatusSeeOther)
			return
		case err != nil:
			s.log.Error("session not checked", "err", err)
			http.Error(w, "cannot check your login right now; try again", http.StatusServiceUnavailable)
			return
		}
		if sess.Role < min {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		if r.Method == http.MethodPost {
			r.Body = http.MaxBytesReader(w, r.Body, maxForm)
			if !checkCSRF(r, s.csrfToken(sess)) {
				s.log.Warn("csrf check failed", "user", sess.Name, "path", r.URL.Path)
				http.Error(w, "forbidden: invalid form token, reload the page", http.StatusForbidden)
				return
			}
		}
		h(w, r, sess)
	}
}

func (s *server) render(w http.ResponseWriter, r *http.Request, status int, page string, sess *session, title string, data any) {
	v := view{Title: title, User: sess, Data: data, Lang: s.opt.Lang}
	if sess != nil {
		v.CSRF = s.csrfToken(*sess)
		v.Admin = sess.Role >= bot.RoleAdmin
		v.Flash = s.takeFlash(w, r)
	}
	var buf bytes.Buffer
	if err := s.pages[page].ExecuteTemplate(&buf, "layout", v); err != nil {
		s.log.Error("render page", "page", page, "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	_, _ = buf.WriteTo(w)
}

func (s *server) fail(w http.ResponseWriter, msg string, err error) {
	s.log.Error(msg, "err", err)
	http.Error(w, "internal error", http.StatusInternalServerError)
}

func (s *server) when(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.In(s.opt.Location).Format("2006-01-02 15:04")
}

// --- health ---

func (s *server) handleHealthz(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
	defer cancel()
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	if _, err := s.opt.Store.ListCases(ctx, storage.CaseQuery{Limit: 1}); err != nil {
		s.log.Error("health check: store", "err", err)
		w.WriteHeader(http.StatusServiceUnavailable)
		fmt.Fprintln(w, "store unavailable")
		return
	}
	fmt.Fprintln(w, "ok")
}

// --- login ---

type loginData struct {
	Name  string
	Error string
}

func (s *server) handleLoginForm(w http.ResponseWriter, r *http.Request) {
	if _, err := s.sessionOf(r); err == nil {
		http.Redirect(w, r, "/", http.StatusSeeOther)
		return
	}
	s.renderLogin(w, r, http.StatusOK, loginData{})
}

func (s *server) renderLogin(w http.ResponseWriter, r *http.Request, status int, d loginData) {
	w.Header().Set("Cache-Control", "no-store")
	var buf bytes.Buffer
	v := view{Title: "Log in", CSRF: s.loginToken(w, r), Data: d}
	if err := s.pages["login.html"].ExecuteTemplate(&buf, "layout", v); err != nil {
		s.fail(w, "render login", err)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	_, _ = buf.WriteTo(w)
}

// limiter returns the failed-login limiter of a key: "ip:ADDR" (loginBurst
// failures, then one per loginInterval) or "user:NAME" (userBurst, then
// one per userInterval).
func (s *server) limiter(key string, now time.Time) *rate.Limiter {
	s.mu.Lock()
	defer s.mu.Unlock()
	if l, ok := s.limiters[key]; ok {
		return l
	}
	if len(s.limiters) >= maxLimiters {
		for k, l := range s.limiters { // forget keys that have recovered
			if l.TokensAt(now) >= float64(l.Burst()) {
				delete(s.limiters, k)
			}
		}
		for k := range s.limiters { // still full: forget some at random
			if len(s.limiters) < maxLimiters {
				break
			}
			delete(s.limiters, k)
		}
	}
	l := rate.NewLimiter(rate.Every(loginInterval), loginBurst)
	if strings.HasPrefix(key, "user:") {
		l = rate.NewLimiter(rate.Every(userInterval), userBurst)
	}
	s.limiters[key] = l
	return l
}

// waitFor is how long until l allows one more failure.
func waitFor(l *rate.Limiter, now time.Time) time.Duration {
	tokens := l.TokensAt(now)
	if tokens >= 1 {
		return 0
	}
	return time.Duration((1 - tokens) / float64(l.Limit()) * float64(time.Second))
}

func (s *server) handleLogin(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, maxForm)
	want := s.wantLoginToken(r)
	if want == "" || !checkCSRF(r, want) {
		http.Error(w, "forbidden: invalid form token, reload the page", http.StatusForbidden)
		return
	}
	now := s.opt.Now()
	ip := clientIP(r)
	name := strings.TrimSpace(r.PostFormValue("name"))
	if len(name) > maxName {
		name = name[:maxName]
	}
	byIP, byName := s.limiter("ip:"+ip, now), s.limiter("user:"+name, now)
	giveBack, wait := s.takeLoginToken(byIP, byName, now)
	if wait > 0 {
		secs := int(math.Ceil(wait.Seconds()))
		s.log.Warn("login refused: too many failures", "ip", ip, "user", name, "retry_after_s", secs)
		w.Header().Set("Retry-After", strconv.Itoa(secs))
		s.renderLogin(w, r, http.StatusTooManyRequests, loginData{Name: name,
			Error: fmt.Sprintf("Too many failed logins. Wait %s and try again.", waitText(secs))})
		return
	}
	u, known := s.users[name]
	hash := s.dummyHash
	if known {
		hash = []byte(u.PasswordHash)
	}
	err := s.checkPassword(r.Context(), hash, []byte(r.PostFormValue("password")))
	if err != nil || !known {
		s.log.Warn("login failed", "ip", ip, "user", name, "known_user", known)
		s.renderLogin(w, r, http.StatusUnauthorized, loginData{Name: name, Error: "Wrong name or password."})
		return
	}
	giveBack() // only failures count
	if err := s.startSession(r.Context(), w, u); err != nil {
		s.log.Error("login not started", "user", name, "err", err)
		s.renderLogin(w, r, http.StatusServiceUnavailable, loginData{Name: name, Error: "Cannot log in right now. Try again in a moment."})
		return
	}
	s.log.Info("login", "ip", ip, "user", name, "role", u.Role.String())
	http.SetCookie(w, s.cookie(preCookie, "", -1))
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// waitText says a wait in seconds for people.
func waitText(secs int) string {
	if secs <= 1 {
		return "a second"
	}
	if secs < 120 {
		return fmt.Sprintf("%d seconds", secs)
	}
	return fmt.Sprintf("%d minutes", (secs+59)/60)
}

// handleLogout ends this session, also for anyone holding a copy of its
// cookie.
func (s *server) handleLogout(w http.ResponseWriter, r *http.Request, sess session) {
	if err := s.endSession(r.Context(), sess); err != nil {
		s.log.Error("logout not recorded", "user", sess.Name, "err", err)
		http.Error(w, "cannot log you out right now; try again", http.StatusServiceUnavailable)
		return
	}
	s.log.Info("logout", "user", sess.Name)
	http.SetCookie(w, s.cookie(sessionCookie, "", -1))
	http.Redirect(w, r, "/login", http.StatusSeeOther)
}

// handleLogoutEverywhere ends every session of the user, in every browser
// and on every instance.
func (s *server) handleLogoutEverywhere(w http.ResponseWriter, r *http.Request, sess session) {
	if _, err := s.sessions.EndSessions(r.Context(), sess.Name); err != nil {
		s.log.Error("logout everywhere not recorded", "user", sess.Name, "err", err)
		http.Error(w, "cannot log you out right now; try again", http.StatusServiceUnavailable)
		return
	}
	s.log.Info("logout everywhere", "user", sess.Name)
	http.SetCookie(w, s.cookie(sessionCookie, "", -1))
	http.Redirect(w, r, "/login", http.StatusSeeOther)
}

// --- queue ---

var queueStates = []storage.State{storage.StateOpen, storage.StateClaimed, storage.StateEscalated}

type caseRow struct {
	C         storage.Case
	Community string // its name
	Masked    string
	Cut       bool // Masked is the start of a longer text
	Created   string
}

// communityOption is a community in a select: its id and name.
type communityOption struct{ ID, Name string }

type queueData struct {
	Cases     []caseRow
	Community string
	Category  string
	State     string
	// Source is "" (every case), storage.SourceRules, or
	// storage.SourceModel: the review list of cases a model's second
	// opinion opened alone.
	Source      string
	Sources     []string
	ModelCases  int // open model cases in the user's communities, for the review link
	Communities []communityOption
	Categories  []rules.Category
	States      []storage.State
	Total       int
	// Page of Pages (from 1) is shown: cases First to Last of Total.
	Page, Pages, First, Last int
	// PrevURL and NextURL are the pages before and after, with the same
	// filters; empty on the first and last page.
	PrevURL, NextURL string
}

func (s *server) handleQueue(w http.ResponseWriter, r *http.Request, sess session) {
	q := r.URL.Query()
	d := queueData{Community: q.Get("community"), Category: q.Get("category"), State: q.Get("state"), Source: q.Get("source"),
		Categories: rules.Categories, States: queueStates, Page: 1, Sources: []string{storage.SourceRules, storage.SourceModel}}
	if d.Source != "" && !slices.Contains(d.Sources, d.Source) {
		http.Error(w, "unknown source", http.StatusBadRequest)
		return
	}
	states := queueStates
	if d.State != "" {
		if !slices.Contains(queueStates, storage.State(d.State)) {
			http.Error(w, "unknown state", http.StatusBadRequest)
			return
		}
		states = []storage.State{storage.State(d.State)}
	}
	if p := q.Get("page"); p != "" {
		n, err := strconv.Atoi(p)
		if err != nil || n < 1 {
			http.Error(w, "page must be a number from 1", http.StatusBadRequest)
			return
		}
		d.Page = n
	}
	cases, err := s.opt.Store.ListCases(r.Context(), storage.CaseQuery{States: states})
	if err != nil {
		s.fail(w, "queue: list cases", err)
		return
	}
	seen := map[string]bool{}
	for _, c := range cases {
		if !s.inScope(sess, c.Community) {
			continue
		}
		if !seen[c.Community] {
			seen[c.Community] = true
			d.Communities = append(d.Communities, communityOption{ID: c.Community, Name: s.communityName(c.Community)})
		}
		if c.Source == storage.SourceModel {
			d.ModelCases++
		}
		if (d.Community != "" && c.Community != d.Community) || (d.Category != "" && string(c.Category) != d.Category) ||
			!(storage.CaseQuery{Source: d.Source}).MatchesSource(&c) {
			continue
		}
		d.Total++
		d.Cases = append(d.Cases, caseRow{C: c})
	}
	slices.SortFunc(d.Communities, func(a, b communityOption) int { return strings.Compare(a.Name, b.Name) })
	sortByUrgency(d.Cases)
	s.pageQueue(&d, q)
	title := "Open cases"
	if d.Source == storage.SourceModel {
		title = "Model review"
	}
	s.render(w, r, http.StatusOK, "queue.html", &sess, title, d)
}

// sortByUrgency puts the most pressing cases first: by severity, then
// the oldest first, then by case number.
func sortByUrgency(cases []caseRow) {
	slices.SortStableFunc(cases, func(a, b caseRow) int {
		if a.C.Severity != b.C.Severity {
			return int(b.C.Severity) - int(a.C.Severity)
		}
		if c := a.C.CreatedAt.Compare(b.C.CreatedAt); c != 0 {
			return c
		}
		return int(a.C.ID - b.C.ID)
	})
}

// communityName is the configured name of a community id, or the id.
func (s *server) communityName(id string) string {
	for _, c := range s.opt.Communities {
		if c.ID == id && c.Name != "" {
			return c.Name
		}
	}
	return id
}

// masked is the case's text with slurs hidden but for their first letter,
// as the chat prompts show it.
func masked(c storage.Case) string {
	if c.Purged || c.Text == "" {
		return "(text erased)"
	}
	segs := bot.MessageSegments(c.Text, c.Verdict)
	return bot.Masked(segs)
}

// --- case ---

type noteRow struct{ At, Actor, Text string }

type templateRow struct {
	Index    int
	ID, Tone string
	// Text is the reply as it would be sent; empty where the bot cannot
	// render it.
	Text string
}

type caseData struct {
	C         storage.Case
	Community string // its name
	Masked    string
	HasSlur   bool
	Created   string
	Claimed   string
	Closed    string
	Why       []whyRow
	Guarded   []rules.Match
	Notes     []noteRow
	Audit     []noteRow
	Templates []templateRow
	CanClose  bool
	// Model is what the case page says of the model's second opinion
	// ("" before it answered, or without one), in the dashboard's
	// language, as the chat prompt says it.
	Model string
	// Evidence: the user may download this case's evidence pack.
	Evidence bool
	// Unmasked is the message in full, after the login asked to see it
	// (duty.go, handleUnmask); Told is what it is told, paragraph by
	// paragraph (the hidden words, a kind note at its cap).
	Unmasked string
	Told     []string
}

func (s *server) handleCase(w http.ResponseWriter, r *http.Request, sess session) {
	c, ok := s.loadCase(w, r, sess)
	if !ok {
		return
	}
	note := s.countOpened(r.Context(), sess, c)
	s.showCase(w, r, sess, c, func(d *caseData) { d.Told = paragraphs(note) })
}

// loadCase loads the case the path names, if the login may see it; it
// answers 404 or 403 itself otherwise.
func (s *server) loadCase(w http.ResponseWriter, r *http.Request, sess session) (storage.Case, bool) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		http.NotFound(w, r)
		return storage.Case{}, false
	}
	c, err := s.opt.Store.GetCase(r.Context(), storage.CaseID(id))
	if errors.Is(err, storage.ErrNotFound) {
		http.NotFound(w, r)
		return storage.Case{}, false
	}
	if err != nil {
		s.fail(w, "case: get", err)
		return storage.Case{}, false
	}
	if !s.inScope(sess, c.Community) {
		s.outOfScope(w, r, sess)
		return storage.Case{}, false
	}
	return c, true
}

// showCase renders a case's page; extra, if set, adds to what it shows.
func (s *server) showCase(w http.ResponseWriter, r *http.Request, sess session, c storage.Case, extra func(*caseData)) {
	audit, err := s.opt.Store.ListAudit(r.Context(), storage.AuditQuery{CaseID: c.ID, Limit: 200})
	if err != nil {
		s.fail(w, "case: list audit", err)
		return
	}
	d := caseData{C: c, Community: s.communityName(c.Community), Masked: masked(c), Created: s.when(c.CreatedAt), Claimed: s.when(c.ClaimedAt), Closed: s.when(c.ClosedAt),
		Guarded:  c.Verdict.Guarded,
		CanClose: sess.Role >= bot.RoleAdmin && c.State != storage.StateClosed && !c.Open(),
		Evidence: s.users[sess.Name].Evidence && c.EvidencePack() && !c.Purged}
	// rule ids can name the slur ("da.slur.perker"): masked as in prompts
	var ids []string
	for _, m := range c.Verdict.Matches {
		ids = append(ids, m.Rule, bot.Masked(bot.RuleSegments(m.Rule, c.Verdict)))
	}
	ruleIDs := strings.NewReplacer(ids...)
	d.HasSlur = len(bot.SlurSpans(c.Verdict)) > 0
	for _, m := range c.Verdict.Matches {
		d.Why = append(d.Why, whyRow{Rule: bot.Masked(bot.RuleSegments(m.Rule, c.Verdict)), Category: m.Category, Severity: m.Severity, Evasion: m.Evasion,
			Why: bot.Masked(bot.WhySegments(m, c.Verdict))})
	}
	for _, n := range c.Notes {
		d.Notes = append(d.Notes, noteRow{At: s.when(n.At), Actor: n.Actor, Text: n.Text})
	}
	for _, a := range audit {
		text := a.Action
		if a.Detail != "" {
			text += ": " + a.Detail
		}
		text = ruleIDs.Replace(text)
		actor := a.Actor
		if a.Role != "" {
			actor += " (" + a.Role + ")"
		}
		d.Audit = append(d.Audit, noteRow{At: s.when(a.At), Actor: actor, Text: text})
	}
	d.Templates = s.replies(c)
	d.Model = bot.OpinionLine(c, s.opt.Lang)
	if extra != nil {
		extra(&d)
	}
	s.render(w, r, http.StatusOK, "case.html", &sess, fmt.Sprintf("Case %d", c.ID), d)
}

// replies are the case's suggested replies, with their text where the bot
// renders it, numbered as in the chat prompt.
func (s *server) replies(c storage.Case) []templateRow {
	var out []templateRow
	if rr, ok := s.opt.Bot.(ReplyRenderer); ok {
		for _, p := range rr.Replies(c) {
			out = append(out, templateRow{Index: p.Index, ID: p.ID, Tone: p.Tone, Text: p.Text})
		}
		return out
	}
	for i, id := range c.Suggested {
		out = append(out, templateRow{Index: i + 1, ID: id})
	}
	return out
}

type whyRow struct {
	Rule     string
	Category rules.Category
	Severity rules.Severity
	Evasion  string
	Why      string
}

var webActions = map[string]bot.ActionKind{
	"claim": bot.ActClaim, "template": bot.ActTemplate, "dismiss": bot.ActDismiss,
	"escalate": bot.ActEscalate, "note": bot.ActNote, "close": bot.ActClose,
}

func (s *server) handleAct(w http.ResponseWriter, r *http.Request, sess session) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	kind, ok := webActions[r.PostFormValue("action")]
	if !ok {
		http.Error(w, "unknown action", http.StatusBadRequest)
		return
	}
	back := fmt.Sprintf("/cases/%d", id)
	if r.PostFormValue("return") == "queue" {
		back = "/"
	}
	// The form carries the nonce of the case it was rendered for: a case
	// with this number made since (the store lost its data) is refused.
	req := bot.ActionRequest{CaseID: storage.CaseID(id), Nonce: r.PostFormValue("nonce"), Kind: kind,
		Arg: strings.TrimSpace(r.PostFormValue("arg")), ActorID: "web:" + sess.Name, ActorName: sess.Name, Role: sess.Role,
		Communities: s.communitiesOf(sess)}
	fb, err := s.opt.Bot.Act(r.Context(), req)
	var ae *bot.ActionError
	msg := fb.Text
	switch {
	case err == nil:
		if msg == "" {
			msg = "Done."
		}
	case errors.As(err, &ae):
		msg = ae.Text
	case errors.Is(err, bot.ErrForbidden):
		msg = "You may not do that."
	case errors.Is(err, bot.ErrUnknownCommunity):
		msg = "This case's community is not configured."
	default:
		s.log.Error("case action", "case", id, "action", kind, "user", sess.Name, "err", err)
		msg = "Something went wrong; the action may not have been done. Check the case."
	}
	s.setFlash(w, fmt.Sprintf("Case %d: %s", id, msg))
	http.Redirect(w, r, back, http.StatusSeeOther)
}

// --- rules tester ---

type rulesData struct {
	Enabled     bool
	Text        string
	Community   string
	Channel     string
	Lang        string // as chosen: "" (automatic), "da" or "en"
	Used        string // the language the message was tested in
	UsedWhy     string // where Used came from
	Communities []Community
	Tested      bool
	Verdict     rules.Verdict
}

// testerLangs are the languages the rules tester offers.
var testerLangs = []string{"da", "en"}

func (s *server) handleRulesTest(w http.ResponseWriter, r *http.Request, sess session) {
	d := rulesData{Enabled: s.opt.Evaluate != nil}
	for _, c := range s.opt.Communities {
		if s.inScope(sess, c.ID) {
			d.Communities = append(d.Communities, c)
		}
	}
	if r.Method == http.MethodPost && d.Enabled {
		d.Text = r.PostFormValue("text")
		d.Community = strings.TrimSpace(r.PostFormValue("community"))
		if d.Community != "" && !s.inScope(sess, d.Community) {
			s.outOfScope(w, r, sess)
			return
		}
		d.Channel = strings.TrimSpace(r.PostFormValue("channel"))
		if l := r.PostFormValue("lang"); slices.Contains(testerLangs, l) {
			d.Lang = l
		}
		d.Used, d.UsedWhy = d.Lang, "chosen"
		if d.Used == "" {
			d.Used, d.UsedWhy = guessLang(d.Text, s.opt.Lang), "detected"
			for _, c := range s.opt.Communities {
				if c.ID == d.Community && slices.Contains(testerLangs, c.Lang) {
					d.Used, d.UsedWhy = c.Lang, "community"
				}
			}
		}
		d.Verdict = s.opt.Evaluate(rules.Message{Community: d.Community, Channel: d.Channel, Lang: d.Used, Text: d.Text})
		d.Tested = true
	}
	s.render(w, r, http.StatusOK, "rules.html", &sess, "Rules tester", d)
}

// --- summary ---

// summary builds the summary the request asks for, of the communities
// the session's user may see.
func (s *server) summary(r *http.Request, sess session) (*report.Summary, int, error) {
	var week report.Week
	if q := r.URL.Query().Get("week"); q != "" {
		w, err := report.ParseWeek(q)
		if err != nil {
			return nil, http.StatusBadRequest, err
		}
		week = w
	}
	src := *s.opt.Summaries
	src.Options.Communities = s.communitiesOf(sess)
	sum, err := src.Build(r.Context(), week)
	if err != nil {
		return nil, http.StatusInternalServerError, err
	}
	return sum, 0, nil
}

type summaryData struct {
	Week, Prev, Next string
	Body             template.HTML
}

func (s *server) handleSummary(w http.ResponseWriter, r *http.Request, sess session) {
	sum, status, err := s.summary(r, sess)
	if status == http.StatusBadRequest {
		http.Error(w, "bad week: want e.g. 2026-W48", status)
		return
	}
	if err != nil {
		s.fail(w, "summary: build", err)
		return
	}
	var buf bytes.Buffer
	if err := sum.HTML(&buf); err != nil {
		s.fail(w, "summary: render", err)
		return
	}
	// The report is a whole page with its own <style>, which the CSP
	// forbids; show its body inside ours, styled by our stylesheet.
	body := buf.String()
	if i := strings.Index(body, "<body>"); i >= 0 {
		body = body[i+len("<body>"):]
	}
	if i := strings.LastIndex(body, "</body>"); i >= 0 {
		body = body[:i]
	}
	body = wrapCharts(body)
	d := summaryData{Week: sum.Week.String(), Prev: sum.Week.Add(-1, s.opt.Location).String(),
		Body: template.HTML(body)} // #nosec: rendered by report's html/template
	if !sum.Partial {
		d.Next = sum.Week.Add(1, s.opt.Location).String()
	}
	s.render(w, r, http.StatusOK, "summary.html", &sess, "Summary "+d.Week, d)
}

// wrapCharts puts each of the report's SVG charts in a div that scrolls
// sideways on a narrow screen, and gives each its drawn width, so that a
// phone shows the charts at full size (labels stay 12 px) instead of
// shrinking them.
func wrapCharts(body string) string {
	var b strings.Builder
	for {
		i := strings.Index(body, "<svg")
		if i < 0 {
			break
		}
		j := strings.Index(body[i:], "</svg>")
		if j < 0 {
			break
		}
		j += i + len("</svg>")
		svg := body[i:j]
		if m := viewBoxWidth.FindStringSubmatch(svg); m != nil {
			svg = "<svg width=\"" + m[1] + "\"" + svg[len("<svg"):]
		}
		b.WriteString(body[:i])
		b.WriteString(`<div class="chart">`)
		b.WriteString(svg)
		b.WriteString(`</div>`)
		body = body[j:]
	}
	b.WriteString(body)
	return b.String()
}

// viewBoxWidth finds an SVG's drawn width.
var viewBoxWidth = regexp.MustCompile(`viewBox="0 0 ([0-9]+) `)

func (s *server) handleSummaryCSV(w http.ResponseWriter, r *http.Request, sess session) {
	sum, status, err := s.summary(r, sess)
	if status == http.StatusBadRequest {
		http.Error(w, "bad week: want e.g. 2026-W48", status)
		return
	}
	if err != nil {
		s.fail(w, "summary csv: build", err)
		return
	}
	var buf bytes.Buffer
	if err := sum.CSV(&buf); err != nil {
		s.fail(w, "summary csv: render", err)
		return
	}
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", fmt.Sprintf(`attachment; filename="trygbot-summary-%s.csv"`, sum.Week))
	_, _ = buf.WriteTo(w)
}

// templateGroup is the templates of one language and category.
type templateGroup struct {
	Lang, Category string
	Items          []Template
}

func (s *server) handleTemplates(w http.ResponseWriter, r *http.Request, sess session) {
	var groups []templateGroup
	if s.opt.Templates != nil {
		for _, t := range s.opt.Templates() {
			if n := len(groups); n > 0 && groups[n-1].Lang == t.Lang && groups[n-1].Category == t.Category {
				groups[n-1].Items = append(groups[n-1].Items, t)
				continue
			}
			groups = append(groups, templateGroup{Lang: t.Lang, Category: t.Category, Items: []Template{t}})
		}
	}
	s.render(w, r, http.StatusOK, "templates.html", &sess, "Templates", groups)
}

// --- evidence pack ---

// handleEvidence sends an escalated threat's evidence pack to a user
// granted evidence access, and records the download in the audit log
// first. Others get 403, whatever their role.
func (s *server) handleEvidence(w http.ResponseWriter, r *http.Request, sess session) {
	if !s.users[sess.Name].Evidence {
		s.log.Warn("evidence pack refused", "user", sess.Name, "role", sess.Role.String(), "path", r.URL.Path)
		http.Error(w, "forbidden: evidence packs need evidence access (web.users[].evidence)", http.StatusForbidden)
		return
	}
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	c, err := s.opt.Store.GetCase(r.Context(), storage.CaseID(id))
	switch {
	case errors.Is(err, storage.ErrNotFound):
		http.NotFound(w, r)
		return
	case err != nil:
		s.fail(w, "evidence: get case", err)
		return
	case !s.inScope(sess, c.Community):
		s.outOfScope(w, r, sess)
		return
	case !s.sameCase(w, r, c):
		return
	}
	actor := "web:" + sess.Name
	p, err := bot.BuildEvidencePack(r.Context(), s.opt.Store, storage.CaseID(id), actor, s.opt.Now())
	switch {
	case errors.Is(err, storage.ErrNotFound):
		http.NotFound(w, r)
		return
	case errors.Is(err, bot.ErrNoEvidencePack):
		http.Error(w, "no evidence pack: the case is not an escalated threat, or its evidence was erased", http.StatusNotFound)
		return
	case err != nil:
		s.fail(w, "evidence: build", err)
		return
	}
	var buf bytes.Buffer
	if err := p.WriteZip(&buf); err != nil {
		s.fail(w, "evidence: zip", err)
		return
	}
	e := storage.AuditEntry{At: p.GeneratedAt, CaseID: p.CaseID, Actor: actor, Role: "evidence", Action: "evidence_pack",
		Detail: "dashboard download; text sha256 " + p.SHA256}
	if err := s.opt.Store.AddAudit(r.Context(), e); err != nil {
		s.fail(w, "evidence: audit", err) // no pack leaves unrecorded
		return
	}
	s.log.Info("evidence pack downloaded", "case", p.CaseID, "user", sess.Name)
	w.Header().Set("Content-Type", "application/zip")
	w.Header().Set("Content-Disposition", fmt.Sprintf(`attachment; filename="%s"`, p.Filename()))
	_, _ = buf.WriteTo(w)
}

// sameCase checks a link's ?nonce= (the case page adds it) against the
// case's: a link made for an earlier case with this number (the store
// lost its data since) gets 409 and says so. A request without the
// parameter is left to the handler.
func (s *server) sameCase(w http.ResponseWriter, r *http.Request, c storage.Case) bool {
	q := r.URL.Query()
	if !q.Has("nonce") || c.Nonce == q.Get("nonce") {
		return true
	}
	http.Error(w, fmt.Sprintf("This link was made for an earlier case %d, which the store no longer has; case %d is now another case. Open it from the queue.", c.ID, c.ID), http.StatusConflict)
	return false
}

// --- communities ---

// communitiesOf returns the communities the session's user is limited
// to, or nil for every community.
func (s *server) communitiesOf(sess session) []string {
	if cs := s.users[sess.Name].Communities; len(cs) > 0 {
		return cs
	}
	return nil
}

// inScope reports whether the session's user may see and act on the
// cases of community.
func (s *server) inScope(sess session, community string) bool {
	cs := s.communitiesOf(sess)
	return cs == nil || slices.Contains(cs, community)
}

// outOfScope answers 403 to a request for a community the user is not
// limited to, and logs it.
func (s *server) outOfScope(w http.ResponseWriter, r *http.Request, sess session) {
	s.log.Warn("refused: not one of the user's communities", "user", sess.Name, "path", r.URL.Path)
	http.Error(w, "forbidden: not one of your communities", http.StatusForbidden)
}
