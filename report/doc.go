// Package report builds the coordinators' weekly summary from storage:
// rates of flags per 1,000 messages, trends, response times, outcomes,
// false positives per rule, template effect, volunteer load, the spread
// of near-identical narratives across communities and platforms, and the
// template trials (trials.go: each template and tone against the other
// replies of its category, with Wilson and Newcombe intervals from
// trialstats.go). It renders the summary as Markdown, CSV and HTML with
// inline SVG charts.
//
// Renderings never show a count describing fewer than Options.MinGroup
// distinct authors: such cells read "< N". Texts are shown only masked.
//
// It may import rules, storage and bot.
package report
