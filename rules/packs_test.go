package rules_test

import (
	"strings"
	"sync"
	"testing"

	"github.com/trygbot/trygbot/rules"
)

// Tests of the built-in packs (base, en, da) on sentences written for these
// tests: for each category and each guard, messages that must be flagged
// and messages that must not, in English and Danish. None of them comes
// from an evaluation suite.

var (
	defaultOnce sync.Once
	defaultEng  *rules.Engine
	defaultErr  error
)

// builtinEngine compiles the built-in packs once for all tests.
func builtinEngine(tb testing.TB) *rules.Engine {
	tb.Helper()
	defaultOnce.Do(func() { defaultEng, defaultErr = rules.Default() })
	if defaultErr != nil {
		tb.Fatalf("rules.Default: %v", defaultErr)
	}
	return defaultEng
}

var (
	rulesOnlyOnce sync.Once
	rulesOnlyEng  *rules.Engine
	rulesOnlyErr  error
)

// rulesOnlyEngine compiles the built-in packs without the learned scorer,
// for tests of what the rules themselves do.
func rulesOnlyEngine(tb testing.TB) *rules.Engine {
	tb.Helper()
	rulesOnlyOnce.Do(func() {
		packs, err := rules.BuiltinPacks()
		if err != nil {
			rulesOnlyErr = err
			return
		}
		off, err := rules.ParsePack("learned-off.yaml", []byte("pack: learned-off\ndisable: [learned.*]\n"))
		if err != nil {
			rulesOnlyErr = err
			return
		}
		rulesOnlyEng, rulesOnlyErr = rules.Compile(append(packs, off)...)
	})
	if rulesOnlyErr != nil {
		tb.Fatalf("compile without the learned scorer: %v", rulesOnlyErr)
	}
	return rulesOnlyEng
}

type packCase struct {
	text    string
	flagged bool
	cat     rules.Category // when flagged: the verdict's category
	rule    string         // when flagged: prefix of the deciding match's rule id
	guard   string         // when not flagged: prefix of a guard that set a match aside ("" = nothing to check)
}

// hateful and clean build the table rows.
func hateful(cat rules.Category, rule, text string) packCase {
	return packCase{text: text, flagged: true, cat: cat, rule: rule}
}

func clean(guard, text string) packCase { return packCase{text: text, guard: guard} }

const (
	dehum  = rules.CatDehumanisation
	gen    = rules.CatGeneralisation
	threat = rules.CatThreat
	extrem = rules.CatExtremism
	slur   = rules.CatSlur
	harass = rules.CatHarassment
)

var englishCases = []packCase{
	// gendered and short slurs count when aimed at the reader
	hateful(harass, "en.harass.gendered-slur-at-you", "honestly you are such a whore"),
	hateful(slur, "en.slur.", "nobody wants a fag like you around"),
	hateful(slur, "en.slur.ambiguous-at-you", "you are a jihadi and everyone knows it"),
	clean("", "I bought fags at the corner shop, you want one?"),
	clean("", "life's a bitch sometimes"),
	clean("", "I have three fag this semester"),
	// slurs that differ from ordinary words by a doubled letter
	hateful(slur, "en.slur.exact-doubles", "typical nigger, always the same"),
	hateful(slur, "en.slur.exact-doubles", "get lost you c00n"),
	clean("", "the Niger river floods every year"),
	clean("", "that deal was a con from the start"),
	// words that merely look like slurs
	clean("", "free coffee is a nice perk of the job"),
	clean("", "there is a chink in his armour"),
	clean("", "the strike crippled the city"),
	// dehumanisation
	hateful(dehum, "en.dehum.", "Refugees are vermin and should be treated as such"),
	hateful(dehum, "en.dehum.", "those immigrants are nothing but parasites"),
	hateful(dehum, "en.dehum.", "Jews are rats, every single one"),
	hateful(dehum, "en.dehum.", "gay people are a disease on this country"),
	hateful(dehum, "en.dehum.", "Muslims breed like rats"),
	hateful(dehum, "en.dehum.", "black people are subhuman"),
	hateful(dehum, "en.dehum.", "disabled people are a waste of space"),
	hateful(dehum, "en.dehum.", "I met some trans people at the party. They are freaks"),
	hateful(dehum, "en.dehum.", "w0men are p@rasites"),
	hateful(dehum, "en.dehum.", "m u s l i m s are vermin"),
	hateful(dehum, "en.dehum.", "immigrnts are vermin"),
	// idioms of threat and hostility
	hateful(threat, "en.threat.", "somebody ought to break the necks of those refugees"),
	hateful(threat, "en.threat.", "every refugee in town will die at my hands"),
	hateful(gen, "en.gen.", "refugees make me boil with anger every day"),
	hateful(gen, "en.gen.", "the contempt I feel for refugees has no limit"),
	hateful(gen, "en.gen.", "there is no room on this planet for refugees"),
	clean("", "the pottery class made me boil with excitement"),
	clean("", "there is no room on this planet for more plastic"),
	// a term's words run together and split elsewhere at once is ordinary text
	clean("", "glem ikke mødet i morgen? enig. er der nogen der kommer"),
	// a slur inside a longer word is still a slur; real words are not
	hateful(slur, "en.slur.", "typical niggerbehaviour again"),
	hateful(slur, "en.slur.", "what a faggotmove that was"),
	clean("", "the class was sniggering at the back"),
	clean("", "she learned faggoting at the embroidery course"),
	clean("", "Nigerian jollof rice is the best"),
	// words written together, each part a word the rules know
	hateful(dehum, "en.dehum.", "refugees are nothing but ratsand parasites"),
	hateful(threat, "en.threat.", "someone should shootthose refugees"),
	hateful(gen, "en.gen.", "refugeesdisgust me"),
	clean("", "the transport strike made me late"),
	clean("", "we drove through Scunthorpe yesterday"),
	clean("", "the blackboard was full of notes"),
	hateful(dehum, "en.dehum.", "I'm not racist, but immigrants are rats"),
	// generalisation
	hateful(gen, "en.gen.", "women are too stupid to vote"),
	hateful(gen, "en.gen.", "Muslims are all terrorists"),
	hateful(gen, "en.gen.hate-group", "I hate gay people"),
	hateful(gen, "en.gen.hate-group", "I really can't stand Mexicans"),
	hateful(gen, "en.gen.group-disgusts", "Immigrants make me sick"),
	hateful(gen, "en.gen.question", "Why are refugees so lazy?"),
	hateful(gen, "en.gen.vile-group", "filthy immigrants everywhere you look"),
	hateful(gen, "en.gen.derogation", "women belong in the kitchen"),
	hateful(gen, "en.gen.derogation", "Trans women will never be real women"),
	hateful(gen, "en.gen.derogation", "Disabled people shouldn't be allowed to have children"),
	hateful(gen, "en.gen.", "I have no respect for Muslims"),
	hateful(gen, "en.gen.", "My cat is smarter than any immigrant"),
	hateful(gen, "en.gen.", "gay people are not normal"),
	hateful(gen, "en.gen.you-profane-group", "get lost you fucking immigrants"),
	hateful(gen, "en.gen.hate-bare", "There's nothing worse than a lesbian"),
	hateful(gen, "en.gen.", "Don't talk to me about refugees. They are criminals, all of them."),
	// threats
	hateful(threat, "en.threat.", "I will kill every Muslim I see"),
	hateful(threat, "en.threat.", "Gay people should be shot"),
	hateful(threat, "en.threat.imperative", "Kill all the refugees"),
	hateful(threat, "en.threat.", "Refugees deserve to die"),
	hateful(threat, "en.threat.", "women like you deserve to be raped"),
	hateful(threat, "en.threat.exclusion", "Deport all muslims"),
	hateful(threat, "en.threat.better-without", "The world would be better off without gay people"),
	hateful(threat, "en.threat.wish", "I hope all refugees drown"),
	hateful(threat, "en.threat.", "Those immigrants again. I am going to shoot them all"),
	// extremism
	hateful(extrem, "en.extremism.nazi-codes", "1488 brothers"),
	hateful(extrem, "en.extremism.nazi-codes", "Sieg heil!"),
	hateful(extrem, "en.extremism.nazi-codes", "White power forever"),
	hateful(extrem, "en.extremism.glorify", "Breivik was a hero"),
	hateful(extrem, "en.extremism.denial", "The holocaust never happened"),
	// slurs
	hateful(slur, "en.slur.homophobic", "shut up you faggot"),
	hateful(slur, "en.slur.racial", "go back to africa you nigger"),
	hateful(slur, "en.slur.transphobic", "that tranny should stay out of our toilets"),
	hateful(slur, "en.slur.ableist", "what a retard"),
	hateful(slur, "en.slur.racial", "dirty kike"),
	hateful(slur, "en.slur.homophobic", "f4gg0t"),
	hateful(slur, "en.slur.racial", "ragheads everywhere"),
	// slurs added after the HurtLex review, and the ordinary words beside them
	hateful(slur, "en.slur.racial", "nobody wants a half-breed like him on the team"),
	hateful(slur, "en.slur.racial", "the yids own that whole street"),
	hateful(slur, "en.slur.racial", "too many wogs in this neighbourhood"),
	hateful(slur, "en.slur.racial", "some redskin parked in my spot"),
	hateful(slur, "en.slur.homophobic", "my brother says his coach is a shirtlifter"),
	hateful(slur, "en.slur.ableist", "shut it, midget"),
	hateful(slur, "en.slur.ableist", "only a window licker would vote for that"),
	clean("", "the parrot was squawking all morning"),
	clean("", "add two kaffir lime leaves to the soup"),
	clean("", "roast the redskin potatoes for forty minutes"),
	clean("", "he races a midget car on weekends"),
	clean("", "woops, wrong chat"),
	clean("", "our border collie chased the ball"),
	// harassment
	hateful(harass, "en.harass.go-back", "go back to your own country"),

	// negation
	clean("negation", "Muslims are not terrorists"),
	clean("negation", "I don't hate gay people at all"),
	clean("negation", "Refugees are not parasites, they are people"),
	clean("", "Women are not stupid"),
	clean("", "No refugee deserves to die at sea"),
	// counter-speech and reported speech
	clean("reported_speech", "It's not ok to call immigrants vermin"),
	clean("", "Calling women filth is disgusting behaviour"),
	clean("", "Stop saying immigrants are criminals"),
	clean("", "He wrote \"muslims are animals\" and got banned for it"),
	clean("", "Violence against women is disgusting"),
	clean("", "Threatening to kill all gay people should get you banned"),
	clean("counter-speech", "Muslims are rats is a racist thing to write"),
	clean("quotation", "\"Refugees are vermin.\" That is what the poster wrote."),
	clean("exception", "the faggots and peas were lovely"),
	// reclaimed use
	clean("self_reference", "I'm a faggot and proud of it"),
	// homonyms and look-alikes
	clean("", "The Scunthorpe team played well"),
	clean("", "This salsa is really spicy"),
	clean("", "Niger borders Nigeria and Mali"),
	clean("", "a faggot of wood on the fire"),
	clean("", "I went outside for a fag"),
	// profanity that targets nobody
	clean("", "fuck this shit, mondays suck"),
	clean("", "oh shit, I forgot my keys again"),
	// abuse of non-protected targets
	clean("", "Chelsea fans are scum"),
	clean("", "Politicians are parasites"),
	clean("", "You are an idiot, Dave"),
	clean("", "Mondays are disgusting"),
	// neutral and positive mentions
	clean("", "I love my gay neighbours"),
	clean("", "Immigrants built this country"),
	clean("", "Black lives matter"),
	clean("", "We must protect refugees from being attacked"),
	clean("", "I'm going to kill it at the gym today"),
	clean("", "Many Muslims were killed in the attack"),
	clean("", "Women in sports are amazing"),
}

var danishCases = []packCase{
	// trusler i nutid, første person
	hateful(threat, "da.threat.first-person-group", "jeg skyder den næste perker jeg ser"),
	// idioms of threat and hostility
	hateful(threat, "", "nogen burde brække nakken på de flygtninge"),
	hateful(threat, "", "den flygtning skal dø ved mine hænder"),
	hateful(gen, "", "der er ingen plads på denne jord til flygtninge"),
	hateful(gen, "", "flygtninge fylder mig med afsky"),
	hateful(gen, "", "det had jeg føler til flygtninge er stort"),
	clean("", "den foragt jeg føler for min chef er stor"),
	clean("", "maden fylder mig med glæde"),
	hateful(threat, "da.threat.split-verb-group", "jeg slår den næste muslim ihjel"),
	hateful(threat, "da.threat.first-person-group", "vi brænder jødernes huse ned"),
	clean("", "jeg skyder en bold til ham"),
	clean("", "jeg slår ham ihjel i skak i aften"),
	clean("negation", "jeg skyder ikke muslimer, jeg spiller fodbold med dem"),
	// umenneskeliggørelse
	hateful(dehum, "en.dehum.", "Muslimer er rotter"),
	hateful(dehum, "en.dehum.", "Indvandrerne er parasitter på samfundet"),
	hateful(dehum, "en.dehum.", "Flygtninge er utøj"),
	hateful(dehum, "en.dehum.", "Jøderne er nogle undermennesker"),
	hateful(dehum, "en.dehum.", "De sorte opfører sig som dyr"),
	hateful(dehum, "", "Indvandrere? De er nogle svin."),
	hateful(dehum, "en.dehum.", "mu$limer er r0tter"),
	// generalisering
	hateful(gen, "en.gen.hate-group", "Jeg hader muslimer"),
	hateful(gen, "en.gen.", "Kvinder er dumme og hører til i køkkenet"),
	hateful(gen, "en.gen.", "Bøsser er klamme"),
	hateful(gen, "en.gen.", "Transpersoner er syge i hovedet"),
	hateful(gen, "en.gen.question", "Hvorfor er indvandrere så dovne?"),
	hateful(gen, "en.gen.derogation", "Handicappede burde ikke have lov til at få børn"),
	hateful(gen, "en.gen.derogation", "Muslimer hører ikke hjemme i Danmark"),
	hateful(gen, "", "Jeg har mødt mange indvandrere, og de er allesammen kriminelle"),
	hateful(gen, "en.gen.", "Min hund er klogere end en muslim"),
	hateful(gen, "en.gen.derogation", "Jøder er ikke noget værd"),
	hateful(gen, "en.gen.you-profane-group", "alle de forbandede somaliere"),
	hateful(gen, "en.gen.hate-group", "Jeg kan ikke fordrage arabere"),
	// trusler
	hateful(threat, "en.threat.", "Alle muslimer burde skydes"),
	hateful(threat, "en.threat.", "Jeg vil slå alle bøsser ihjel"),
	hateful(threat, "en.threat.imperative", "Dræb alle jøderne"),
	hateful(threat, "en.threat.death-to", "Død over muslimerne"),
	hateful(threat, "en.threat.", "Flygtningene fortjener at dø"),
	hateful(threat, "en.threat.wish", "Jeg håber alle indvandrere drukner"),
	hateful(threat, "en.threat.exclusion", "Send dem alle hjem de forbandede muslimer"),
	hateful(threat, "da.threat.out-with", "Ud med muslimerne!"),
	hateful(threat, "en.threat.better-without", "Danmark ville være bedre uden muslimer"),
	// ekstremisme
	hateful(extrem, "da.extremism.nazi-codes", "Hitler havde ret"),
	hateful(extrem, "da.extremism.nazi-codes", "Hvid magt!"),
	hateful(extrem, "en.extremism.glorify", "Breivik er en helt"),
	hateful(extrem, "en.extremism.denial", "Holocaust er en løgn"),
	hateful(extrem, "da.extremism.exclusion-slogan-group", "Danmark for danskerne, muslimerne skal ud"),
	// skældsord
	hateful(slur, "da.slur.perker", "Din perker"),
	hateful(slur, "da.slur.perker", "Perkerne ødelægger alt"),
	hateful(slur, "da.slur.neger", "Sandnegere"),
	hateful(slur, "da.slur.neger", "den neger der står derovre"),
	hateful(slur, "da.slur.ableist", "Du er en spasser"),
	hateful(slur, "da.slur.homophobic", "Fucking bøsse"),
	hateful(slur, "da.slur.ethnic", "Kamelkneppere"),
	hateful(slur, "da.slur.perker", "p3rk3r"),
	// skældsord tilføjet ved gennemgangen af HurtLex og projektets egen viden
	hateful(slur, "da.slur.ethnic", "der står en sortsmusk og glor på mig"),
	hateful(slur, "da.slur.ethnic", "sortsmuskerne fra blokken larmer igen"),
	hateful(slur, "da.slur.ethnic", "de skævøjede sælger bare billigt skrammel"),
	hateful(slur, "da.slur.ethnic", "morianerne skal ikke bo her"),
	hateful(slur, "da.slur.homophobic", "min nabo er en røvpuler"),
	hateful(slur, "da.slur.homophobic", "klamme lebbe, hold dig væk"),
	hateful(slur, "da.slur.homophobic", "hvad glor du på, din transe"),
	hateful(slur, "da.slur.ableist", "flyt dig, din spastiker"),
	hateful(slur, "da.slur.misogynist", "hun er en tøjte"),
	hateful(slur, "da.slur.misogynist", "sikke nogle slamper der hænger ud ved stationen"),
	clean("", "hun sad helt i transe foran skærmen"),
	clean("", "min fætter er spastiker og spiller kørestolsbasket"),
	clean("", "han fik et gok i nødden af døren"),
	clean("", "Ich lebe seit zehn Jahren in Kopenhagen"),
	// chikane
	hateful(harass, "da.harass.go-home", "Rejs hjem til dit eget land"),

	// nægtelse
	clean("negation", "Muslimer er ikke rotter"),
	clean("negation", "Jeg hader ikke indvandrere"),
	clean("", "Flygtninge er ikke kriminelle"),
	clean("", "Jeg har intet imod muslimer, de er søde"),
	// modtale og citat
	clean("", "Det er racistisk at kalde muslimer for rotter"),
	clean("", "Man må ikke kalde flygtninge for parasitter"),
	clean("", "Han skrev \"jøder er svin\" og blev smidt ud af gruppen"),
	clean("", "Vold mod kvinder er ulækkert"),
	clean("counter-speech", "Indvandrere er parasitter er en racistisk ting at skrive"),
	clean("quotation", "\"Jøder er rotter.\" Det skrev han i går."),
	clean("exception", "Hun spiller fagot i et orkester"),
	clean("", "Det er ikke i orden at kalde sorte for aber"),
	// homonymer og fælder
	clean("", "Jeg er medlem af en fagforening"),
	clean("", "Vi kan ikke negere problemet"),
	clean("", "De negerer alt hvad vi siger"),
	clean("", "Jægeren rensede sin jagtbøsse"),
	clean("", "Læg en tikrone i indsamlingsbøssen"),
	clean("", "Niger er et land i Afrika"),
	clean("", "Du kunne gerne hjælpe mig"),
	clean("", "Til slut gik vi hjem"),
	clean("", "Jeg kikker lige forbi"),
	clean("", "Kys og kram"),
	clean("", "Lad os spasere en tur"),
	clean("", "Spicy kylling til aftensmad"),
	clean("", "Jeg er bøsse og stolt af det"),
	// bandeord alene
	clean("", "Fuck, det er noget lort"),
	clean("", "Sikke en luder af en dag"),
	clean("", "Pis og lort"),
	clean("", "bøsserøv"),
	// ikke-beskyttede mål
	clean("", "Brøndby-fans er nogle klamme svin"),
	clean("", "Mandage er noget pis"),
	clean("", "Politikerne er nogle løgnere"),
	clean("", "Lars er en idiot"),
	// neutrale og positive omtaler
	clean("", "Kriminelle udlændinge skal udvises"),
	clean("", "Der er mange indvandrere der er kriminelle"),
	clean("", "Jeg elsker mine muslimske naboer"),
	clean("", "Vi skal beskytte flygtninge mod at blive angrebet"),
	clean("", "Mange muslimer blev dræbt i angrebet"),
	clean("", "Indvandrere er velkomne her"),
	clean("", "Kvinder er fantastiske"),
}

func TestBuiltinPacks(t *testing.T) {
	e := builtinEngine(t)
	run := func(t *testing.T, lang string, cases []packCase) {
		for _, tc := range cases {
			t.Run(tc.text, func(t *testing.T) {
				v := e.Evaluate(rules.Message{Text: tc.text, Lang: lang})
				if v.Flagged != tc.flagged {
					t.Fatalf("Flagged = %v, want %v: %s", v.Flagged, tc.flagged, v)
				}
				if tc.flagged {
					if v.Category != tc.cat {
						t.Errorf("Category = %s, want %s: %s", v.Category, tc.cat, v)
					}
					if len(v.Matches) == 0 || !strings.HasPrefix(v.Matches[0].Rule, tc.rule) {
						t.Errorf("deciding rule does not start with %q: %s", tc.rule, v)
					}
					if v.Matches[0].Why == "" {
						t.Errorf("deciding match has no explanation: %s", v)
					}
					return
				}
				if tc.guard != "" && !hasGuard(v, tc.guard) {
					t.Errorf("no match set aside by a %q guard: %s", tc.guard, v)
				}
			})
		}
	}
	t.Run("en", func(t *testing.T) { run(t, "en", englishCases) })
	t.Run("da", func(t *testing.T) { run(t, "da", danishCases) })
}

func hasGuard(v rules.Verdict, prefix string) bool {
	for _, g := range v.Guarded {
		if strings.HasPrefix(g.Guard, prefix) {
			return true
		}
	}
	return false
}

// Explanations for moderators come in the community's language.
func TestBuiltinPacksExplainInLanguage(t *testing.T) {
	e := builtinEngine(t)
	da := e.Evaluate(rules.Message{Text: "Muslimer er rotter", Lang: "da"})
	en := e.Evaluate(rules.Message{Text: "Muslimer er rotter", Lang: "en"})
	if !da.Flagged || !en.Flagged {
		t.Fatalf("not flagged: %s / %s", da, en)
	}
	if da.Matches[0].Why == en.Matches[0].Why {
		t.Errorf("the same explanation in both languages: %q", da.Matches[0].Why)
	}
}

// Every rule and lexicon in the built-in packs says why it exists.
func TestBuiltinPacksHaveRationales(t *testing.T) {
	packs, err := rules.BuiltinPacks()
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range packs {
		for _, r := range p.Rules {
			if strings.TrimSpace(r.Rationale) == "" {
				t.Errorf("%s: rule %s has no rationale", p.Name, r.ID)
			}
			if r.Why["en"] == "" || r.Why["da"] == "" {
				t.Errorf("%s: rule %s lacks an English or Danish explanation", p.Name, r.ID)
			}
		}
		for name, l := range p.Lexicons {
			if strings.TrimSpace(l.Rationale) == "" && name != "common_words" {
				t.Errorf("%s: lexicon %s has no rationale", p.Name, name)
			}
		}
	}
}

// Profanity alone is never hate: every word of a Danish profanity list, on
// its own and in a sentence that targets nobody.
func TestBuiltinPacksProfanityAlone(t *testing.T) {
	e := builtinEngine(t)
	words := strings.Fields(`anus cock fisse fuck lort luder pik pis røv røvhul shit bøsserøv fucking lorte pisse
		satans fandens helvede kraftedeme kælling bitch bastard asshole dickhead motherfucker`)
	for _, w := range words {
		for _, text := range []string{w, "sikke noget " + w + " i dag", "what the " + w} {
			if v := e.Check(text); v.Flagged {
				t.Errorf("Check(%q) flagged: %s", text, v)
			}
		}
	}
}
