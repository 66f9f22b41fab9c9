package bot

// opinionLang holds what prompts say of a model's second opinion, in one
// language. Each line names the model and says in the volunteer's words
// what it said: a volunteer on a phone must see at a glance that it is a
// model's opinion, not a rule's, and that it never removed a flag.
type opinionLang struct {
	// title is added to the title of a case the model opened alone.
	title string
	// Lines: %[1]s is the model's name, %[2]s what it answered
	// (opinionCategories).
	modelOnly, agrees, disagrees, saysHate, saysNot string
	// confidence follows the categories: %d is a percentage.
	confidence string
	// safe, unsafe and controversial name the model's labels.
	safe, unsafe, controversial string
	// sigReview names SignalReview.
	sigReview string
}

var opinionLangs = map[string]*opinionLang{
	"en": {
		title:         "second opinion from a model",
		modelOnly:     "Second opinion from the model %s, not a rule: it reads this as hate (%s). No rule flagged the message; judge it yourself.",
		agrees:        "The model %s agrees: it also reads this as hate (%s).",
		disagrees:     "The model %s disagrees: it does not read this as hate (%s). The rule's flag stands; judge it yourself.",
		saysHate:      "The model %s reads this as hate (%s).",
		saysNot:       "The model %s does not read this as hate (%s).",
		confidence:    ", %d%% sure",
		safe:          "safe",
		unsafe:        "unsafe",
		controversial: "controversial",
		sigReview:     "opened by a model alone: on the dashboard's review list, nobody prompted",
	},
	"da": {
		title:         "andet syn fra en model",
		modelOnly:     "Andet syn fra modellen %s, ikke en regel: den vurderer beskeden som had (%s). Ingen regel markerede beskeden; vurdér den selv.",
		agrees:        "Modellen %s er enig: den vurderer også beskeden som had (%s).",
		disagrees:     "Modellen %s er uenig: den vurderer ikke beskeden som had (%s). Reglens markering gælder stadig; vurdér selv.",
		saysHate:      "Modellen %s vurderer beskeden som had (%s).",
		saysNot:       "Modellen %s vurderer ikke beskeden som had (%s).",
		confidence:    ", %d %% sikker",
		safe:          "harmløs",
		unsafe:        "skadelig",
		controversial: "tvivlsom",
		sigReview:     "åbnet af en model alene: på dashboardets liste til gennemsyn, ingen er spurgt",
	},
}

func opinionTexts(code string) *opinionLang {
	if l, ok := opinionLangs[code]; ok {
		return l
	}
	return opinionLangs["en"]
}

// label names a model's label in the language.
func (l *opinionLang) label(s string) string {
	switch s {
	case "safe":
		return l.safe
	case "unsafe":
		return l.unsafe
	case "controversial":
		return l.controversial
	}
	return s
}
