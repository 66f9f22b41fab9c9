package web

import (
	"fmt"
	"strings"
	"unicode"
)

// labels are the words people read for the codes cases carry (categories,
// severities, states, signals, outcomes, platforms), by dashboard
// language. A code without a label is shown as it is.
var labels = map[string]map[string]string{
	"en": {
		"slur": "slur", "dehumanisation": "dehumanisation", "generalisation": "harmful generalisation",
		"threat": "threat", "extremism": "extremism", "harassment": "harassment",
		"low": "low", "medium": "medium", "high": "high", "urgent": "urgent",
		"open": "open", "claimed": "claimed", "responded": "answered", "dismissed": "not hate",
		"escalated": "escalated", "deleted": "deleted", "closed": "closed",
		"repeat": "repeat offender", "pile_on": "pile-on (several authors)", "edited": "edited message",
		"shadow": "shadow mode", "model_review": "model only: awaiting review",
		"rules": "rules", "model": "model only", "both": "rules and model",
		"not_hate": "not hate", "expired": "nobody handled it", "handled_else": "handled elsewhere",
		"discord": "Discord", "telegram": "Telegram", "console": "console", "ingest": "HTTP ingest",
		"da": "Danish", "en": "English",
	},
	"da": {
		"slur": "skældsord", "dehumanisation": "dehumanisering", "generalisation": "skadelig generalisering",
		"threat": "trussel", "extremism": "ekstremisme", "harassment": "chikane",
		"low": "lav", "medium": "middel", "high": "høj", "urgent": "akut",
		"open": "åben", "claimed": "taget", "responded": "besvaret", "dismissed": "ikke had",
		"escalated": "eskaleret", "deleted": "slettet", "closed": "lukket",
		"repeat": "gentagen afsender", "pile_on": "flere afsendere på én gang", "edited": "redigeret besked",
		"shadow": "skyggetilstand", "model_review": "kun model: venter på gennemsyn",
		"rules": "regler", "model": "kun model", "both": "regler og model",
		"not_hate": "ikke had", "expired": "ingen nåede den", "handled_else": "håndteret andetsteds",
		"discord": "Discord", "telegram": "Telegram", "console": "konsol", "ingest": "HTTP-indgang",
		"da": "dansk", "en": "engelsk",
	},
}

// label returns the human word for code in lang ("da" or "en"; English
// otherwise).
func label(lang string, code any) string {
	c := fmt.Sprint(code)
	m, ok := labels[lang]
	if !ok {
		m = labels["en"]
	}
	if l, ok := m[c]; ok {
		return l
	}
	return c
}

// langWords are frequent short words of each language, for guessLang.
var langWords = map[string][]string{
	"da": {"og", "ikke", "er", "det", "jeg", "på", "til", "de", "en", "et", "med", "som", "har", "skal", "alle", "os", "vi", "der", "af", "for", "at", "sig", "bare", "hvad", "nogen"},
	"en": {"the", "and", "not", "is", "are", "it", "i", "to", "of", "they", "should", "all", "we", "you", "that", "a", "be", "with", "this", "just", "what"},
}

// guessLang guesses whether text is Danish or English from its small words
// and the letters æ, ø and å; fallback when it cannot tell.
func guessLang(text, fallback string) string {
	score := map[string]int{}
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if strings.ContainsAny(w, "æøå") {
			score["da"] += 2
		}
		for lang, words := range langWords {
			for _, x := range words {
				if w == x {
					score[lang]++
				}
			}
		}
	}
	switch {
	case score["da"] > score["en"]:
		return "da"
	case score["en"] > score["da"]:
		return "en"
	}
	return fallback
}
