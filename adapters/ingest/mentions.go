package ingest

import "regexp"

// mentionRE finds what starts a mention on common chat platforms: @name
// (@everyone, @here, @channel, @all, @room, a user) and Slack's <!here>,
// <!channel>, <!everyone>, and <@USER>/<@&ROLE>.
var mentionRE = regexp.MustCompile(`@([\pL\pN_])|<([!@])`)

// defuseMentions puts a word joiner (U+2060) after every @ or <! that
// starts a mention, so the platform that posts a reply or a summary
// pings nobody whatever the template says. The reply's author is named
// in Reply.AuthorID for a client that mentions them on purpose.
func defuseMentions(s string) string {
	return mentionRE.ReplaceAllStringFunc(s, func(m string) string {
		if m[0] == '<' {
			return "<\u2060" + m[1:]
		}
		return "@\u2060" + m[1:]
	})
}
