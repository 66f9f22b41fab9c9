// Package textsplit splits long messages at line ends to fit a platform's
// size limit. It imports nothing from trygbot.
package textsplit

import (
	"strings"
	"unicode/utf8"
)

// Split cuts text into pieces of at most max bytes, at line ends where it
// can and never inside a UTF-8 character.
func Split(text string, max int) []string {
	var out []string
	for len(text) > max {
		cut := strings.LastIndexByte(text[:max], '\n')
		if cut <= 0 {
			cut = max
			for cut > 0 && !utf8.RuneStart(text[cut]) {
				cut--
			}
		}
		out = append(out, text[:cut])
		text = strings.TrimLeft(text[cut:], "\n")
	}
	if text != "" {
		out = append(out, text)
	}
	return out
}
