package web

import (
	"net/http"

	"github.com/trygbot/trygbot/bot"
)

// routes registers every route of the dashboard.
func (s *server) routes(mux *http.ServeMux) {
	if s.opt.Health != nil {
		mux.Handle("GET /healthz", s.opt.Health)
	} else {
		mux.HandleFunc("GET /healthz", s.handleHealthz)
	}
	if s.opt.Metrics != nil {
		mux.Handle("GET /metrics", s.opt.Metrics)
	}
	mux.Handle("GET /static/", s.static)
	mux.HandleFunc("GET /login", s.handleLoginForm)
	mux.HandleFunc("POST /login", s.handleLogin)
	mux.HandleFunc("POST /logout", s.require(bot.RoleModerator, s.handleLogout))
	mux.HandleFunc("POST /logout/everywhere", s.require(bot.RoleModerator, s.handleLogoutEverywhere))
	mux.HandleFunc("GET /{$}", s.require(bot.RoleModerator, s.handleQueue))
	mux.HandleFunc("GET /cases/{id}", s.require(bot.RoleModerator, s.handleCase))
	mux.HandleFunc("POST /cases/{id}/act", s.require(bot.RoleModerator, s.handleAct))
	mux.HandleFunc("POST /cases/{id}/unmask", s.require(bot.RoleModerator, s.handleUnmask))
	mux.HandleFunc("GET /duty", s.require(bot.RoleModerator, s.handleDuty))
	mux.HandleFunc("POST /duty", s.require(bot.RoleModerator, s.handleDutySet))
	mux.HandleFunc("GET /cases/{id}/evidence.zip", s.require(bot.RoleModerator, s.handleEvidence))
	mux.HandleFunc("GET /rules/test", s.require(bot.RoleModerator, s.handleRulesTest))
	mux.HandleFunc("GET /templates", s.require(bot.RoleModerator, s.handleTemplates))
	mux.HandleFunc("POST /rules/test", s.require(bot.RoleModerator, s.handleRulesTest))
	mux.HandleFunc("GET /summary", s.require(bot.RoleModerator, s.handleSummary))
	mux.HandleFunc("GET /summary.csv", s.require(bot.RoleAdmin, s.handleSummaryCSV))
}
