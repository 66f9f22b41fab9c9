// Package templates owns trygbot's de-escalation templates: the short
// replies a volunteer moderator sends with one tap, as a reply to a flagged
// message. It parses template packs (YAML, one file per language), merges
// the built-in Danish and English packs with a community's override packs
// (add, replace by id, disable), suggests a few replies of different tones
// for a case, and renders a template with the author's name, the
// community's name and its rules link.
//
// Two guarantees hold for every template that Parse or NewSet accepts, and
// Render keeps them whatever it is given:
//
//   - A reply never mass-mentions. Template text may not contain @everyone,
//     @here, @channel, @all, <@…> user or role mentions or any other
//     @name; the author is named only through {author}. Render inserts a
//     zero-width space after '@' in the author's and community's names and
//     defuses @everyone, @here, @channel, @all and <@ anywhere in its output.
//     Adapters additionally restrict the mentions a platform may resolve.
//   - A reply reads well without a rules link: {rules_link} may appear only
//     inside parentheses, and when a community has no rules link Render
//     drops the whole parenthesis and the space before it (see Render).
//
// templates imports only rules (for rules.Category) from trygbot.
package templates
