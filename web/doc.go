// Package web is the moderators' dashboard: a login, the queue of open
// cases, case details with the same actions as the chat prompts, a rules
// tester and the weekly summary. It is plain net/http and html/template
// with embedded templates and CSS, no JavaScript and no external assets.
//
// It may import rules, storage, bot and report; only app (and cli) import web.
package web
