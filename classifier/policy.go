package classifier

import (
	"fmt"
	"strings"

	"github.com/trygbot/trygbot/rules"
)

// message is one turn of a chat-completions request.
type message struct {
	Role    string `json:"role"`
	Content string `json:"content"`
}

// messages builds the turns that ask format f about text: for the guard
// models the text alone as the user turn (their chat template holds their
// policy, so the server must apply the model's own template), for
// policy-json trygbot's Policy in lang as the system turn and the text as
// the user turn. Nothing but the text and its language is in them.
func messages(f Format, text, lang string) []message {
	if f == FormatPolicyJSON {
		return []message{{Role: "system", Content: Policy(lang)}, {Role: "user", Content: text}}
	}
	return []message{{Role: "user", Content: text}}
}

// maxTokens bounds the answer: a guard model's label and categories fit
// in a few tokens. policy-json has no bound, because a reasoning model
// (gpt-oss-safeguard) reasons before it answers; the timeout bounds it.
func maxTokens(f Format) int {
	if f == FormatPolicyJSON {
		return 0
	}
	return 64
}

// policyText is the policy of Policy in one language.
type policyText struct {
	intro, langLine, anyLang, hate, notHate, answer, several string
	categories                                               map[rules.Category]string
}

var policies = map[string]policyText{
	"en": {
		intro:    "You are a content moderator for a community chat. Classify the user's message under the policy below.",
		langLine: "The message is in English; read it as the members of the chat would.",
		anyLang:  "The message may be in any language; read it as the members of the chat would.",
		hate: "Hate under this policy is content that attacks people because of a protected characteristic: " +
			"ethnicity, national origin, skin colour, religion, sexual orientation, sex, gender identity, disability or age. " +
			"Implicit, coded and sarcastic hate counts. The categories:",
		notHate: "Not hate: criticism of ideas, of religions as systems of belief, of governments, of countries' policies or of " +
			"public figures' actions, without attacking people for who they are; reporting, quoting or condemning hate; " +
			"counter-speech; people speaking about their own group; swearing that attacks no group; ordinary disagreement.",
		answer:  "Answer with one JSON object and nothing else:",
		several: `Use "none" exactly when the verdict is "safe". If several categories fit, give the first in the list above.`,
		categories: map[rules.Category]string{
			rules.CatThreat:         "threatens or calls for violence against people or a group, or wishes them dead or harmed",
			rules.CatExtremism:      "praises, supports or recruits for violent extremist groups, attacks or ideologies, or denies a genocide",
			rules.CatDehumanisation: "describes people or a group as animals, vermin, disease, dirt or objects, or as less than human",
			rules.CatSlur:           "uses a slur for a group against people or the group",
			rules.CatGeneralisation: "makes a hateful claim about a whole group: that its members are criminal, dishonest, lazy, dangerous or inferior, do not belong, or should be excluded, sent away or denied rights",
			rules.CatHarassment:     "insults, degrades or targets a person because of a protected characteristic",
		},
	},
	"da": {
		intro:    "Du er moderator i en chatgruppe. Vurdér brugerens besked efter politikken nedenfor.",
		langLine: "Beskeden er på dansk; læs den, som chattens medlemmer ville læse den.",
		anyLang:  "Beskeden kan være på et hvilket som helst sprog; læs den, som chattens medlemmer ville læse den.",
		hate: "Had efter denne politik er indhold, der angriber mennesker på grund af en beskyttet egenskab: " +
			"etnicitet, national oprindelse, hudfarve, religion, seksuel orientering, køn, kønsidentitet, handicap eller alder. " +
			"Underforstået, kodet og sarkastisk had tæller med. Kategorierne:",
		notHate: "Ikke had: kritik af idéer, af religioner som trossystemer, af regeringer, af landes politik eller af offentlige " +
			"personers handlinger, uden at angribe mennesker for, hvem de er; at referere, citere eller fordømme had; " +
			"modtale; folk, der taler om deres egen gruppe; bandeord, der ikke angriber en gruppe; almindelig uenighed.",
		answer:  "Svar med ét JSON-objekt og intet andet:",
		several: `Skriv "none", netop når verdict er "safe". Passer flere kategorier, så giv den første i listen ovenfor.`,
		categories: map[rules.Category]string{
			rules.CatThreat:         "truer med eller opfordrer til vold mod mennesker eller en gruppe, eller ønsker dem død eller skade",
			rules.CatExtremism:      "hylder, støtter eller hverver til voldelige ekstremistiske grupper, angreb eller ideologier, eller benægter et folkedrab",
			rules.CatDehumanisation: "beskriver mennesker eller en gruppe som dyr, skadedyr, sygdom, snavs eller ting, eller som mindre end mennesker",
			rules.CatSlur:           "bruger et skældsord for en gruppe mod mennesker eller gruppen",
			rules.CatGeneralisation: "påstår noget hadsk om en hel gruppe: at dens medlemmer er kriminelle, uærlige, dovne, farlige eller mindreværdige, ikke hører til, eller bør udelukkes, sendes væk eller nægtes rettigheder",
			rules.CatHarassment:     "fornærmer, nedgør eller går efter en person på grund af en beskyttet egenskab",
		},
	},
}

// Policy is trygbot's policy as policy-json sends it: what hate is, each
// of trygbot's categories (rules.Categories, most pressing first), what
// is not hate, and the JSON verdict to answer with (read by
// ParsePolicyJSON). It is in Danish for lang "da" and in English
// otherwise; for a language other than da and en it says the message may
// be in any language.
func Policy(lang string) string {
	p, ok := policies[lang]
	if !ok {
		p = policies["en"]
	}
	var b strings.Builder
	b.WriteString(p.intro + "\n")
	if lang == "da" || lang == "en" {
		b.WriteString(p.langLine + "\n\n")
	} else {
		b.WriteString(p.anyLang + "\n\n")
	}
	b.WriteString(p.hate + "\n")
	names := make([]string, len(rules.Categories))
	for i, c := range rules.Categories {
		fmt.Fprintf(&b, "- %s: %s.\n", c, p.categories[c])
		names[i] = fmt.Sprintf("%q", c)
	}
	b.WriteString("\n" + p.notHate + "\n\n" + p.answer + "\n")
	fmt.Fprintf(&b, `{"verdict": "unsafe" | "safe", "category": %s | "none", "confidence": 0.0-1.0}`+"\n", strings.Join(names, " | "))
	b.WriteString(p.several + "\n")
	return b.String()
}
