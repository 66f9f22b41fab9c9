package rules

import (
	"fmt"
	"strings"
)

// categoryNames are the categories as moderators read them.
var categoryNames = map[string]map[Category]string{
	"en": {CatSlur: "slur", CatDehumanisation: "dehumanising language", CatGeneralisation: "hateful generalisation",
		CatThreat: "threat of violence", CatExtremism: "extremist content", CatHarassment: "harassment"},
	"da": {CatSlur: "skældsord", CatDehumanisation: "umenneskeliggørende sprog", CatGeneralisation: "hadsk generalisering",
		CatThreat: "trussel om vold", CatExtremism: "ekstremistisk indhold", CatHarassment: "chikane"},
}

// CategoryName returns the category's name in lang ("da" or "en").
func CategoryName(c Category, lang string) string {
	if n, ok := categoryNames[lang][c]; ok {
		return n
	}
	if n, ok := categoryNames["en"][c]; ok {
		return n
	}
	return string(c)
}

// explain says in lang why the rule fired.
func (r *compiledRule) explain(lang string, terms []string) string {
	if lang == "" {
		lang = "en"
	}
	if w, ok := r.why[lang]; ok {
		return w
	}
	if w, ok := r.why["en"]; ok && lang != "da" {
		return w
	}
	q := make([]string, len(terms))
	for i, t := range terms {
		q[i] = "«" + t + "»"
	}
	words := strings.Join(q, " + ")
	if lang == "da" {
		return fmt.Sprintf("%s: %s", capitalise(CategoryName(r.cat, "da")), words)
	}
	return fmt.Sprintf("%s: %s", capitalise(CategoryName(r.cat, "en")), words)
}

func capitalise(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
