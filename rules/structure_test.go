package rules_test

import (
	"strings"
	"testing"

	"github.com/trygbot/trygbot/rules"
)

// Tests of the engine's structure, as opposed to its word lists: slots that
// take any group word (slurs and pronouns included), category precedence,
// masked letters, Danish typed without æ ø å, and symbol letters. Every
// sentence here was written for these tests.

func TestStructure(t *testing.T) {
	e := builtinEngine(t)
	cases := []struct {
		name, lang, text string
		flagged          bool
		cat              rules.Category
		evasion          string // substring of the deciding match's evasion
	}{
		// A slur fills a frame's group slot: the threat is a threat.
		{"en threat at slur", "en", "i am going to shoot the next nigger i meet", true, rules.CatThreat, ""},
		{"da threat at slur", "da", "jeg smadrer den næste perker jeg møder", true, rules.CatThreat, ""},
		{"da dehum slur", "da", "perkere er rotter", true, rules.CatDehumanisation, ""},
		// A pronoun carries the group into the next sentence.
		{"en pronoun", "en", "We got new neighbours, muslims of course. They are filthy rats.", true, rules.CatDehumanisation, ""},
		{"da pronoun", "da", "Der er flyttet nogle somaliere ind på vejen. De er nogle beskidte rotter.", true, rules.CatDehumanisation, ""},
		{"pronoun without group", "en", "They are filthy rats, those pigeons on the balcony.", false, "", ""},
		{"da pronoun negated", "da", "Mange taler om flygtninge. De er ikke rotter, de er mennesker.", false, "", ""},
		// Masked letters.
		{"masked one", "en", "shut up you n*gger", true, rules.CatSlur, "masked letters"},
		{"masked two", "da", "fuck af med dig din p**ker", true, rules.CatSlur, "masked letters"},
		{"masked ordinary swearing", "en", "what the f**k is this s**t", false, "", ""},
		{"masked in counter-speech", "en", "calling someone a n*gger is racist and not ok", false, "", ""},
		// Danish without æ ø å.
		{"da ascii threat", "da", "de sorte skal fandme doe allesammen", true, rules.CatThreat, ""},
		{"da ascii aa", "da", "jeg haaber alle joeder doer", true, rules.CatThreat, ""},
		// The n-word right after a word that ends in n: the two n's
		// collapse into one run across the space.
		{"n after n", "da", "han er en nigger, den nigger", true, rules.CatSlur, ""},
		{"n after n 2", "en", "look at him nigger", true, rules.CatSlur, ""},
		{"Niger after n", "en", "I have been in Niger", false, "", ""},
		// A slash between numbers: "14/88" is the code "14 88".
		{"code with slash", "da", "14/88 brødre, vi ses lørdag", true, rules.CatExtremism, ""},
		{"date with slash", "da", "mødet er den 14/8 kl 18", false, "", ""},
		// Letters written as symbols.
		{"regional indicators", "en", "you are a 🇳🇮🇬🇬🇪🇷", true, rules.CatSlur, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			v := e.Evaluate(rules.Message{Text: tc.text, Lang: tc.lang})
			if v.Flagged != tc.flagged {
				t.Fatalf("Flagged = %v, want %v: %s", v.Flagged, tc.flagged, v)
			}
			if !tc.flagged {
				return
			}
			if v.Category != tc.cat {
				t.Errorf("Category = %s, want %s: %s", v.Category, tc.cat, v)
			}
			if tc.evasion != "" && !strings.Contains(v.Matches[len(v.Matches)-1].Evasion+v.Matches[0].Evasion, tc.evasion) {
				t.Errorf("no %q evasion reported: %s", tc.evasion, v)
			}
			for _, m := range append(v.Matches, v.Guarded...) {
				if m.Text != tc.text[m.Start:m.End] {
					t.Errorf("match text %q is not the span %d-%d of the message", m.Text, m.Start, m.End)
				}
			}
		})
	}
}

// A threat named by a slur outranks the slur, and is urgent.
func TestThreatOutranksSlur(t *testing.T) {
	e := builtinEngine(t)
	v := e.Evaluate(rules.Message{Text: "I will stab every nigger in this town", Lang: "en"})
	if !v.Flagged || v.Category != rules.CatThreat || !v.Urgent() {
		t.Fatalf("want an urgent threat: %s", v)
	}
}

// Frames with a group slot, in both languages, with contrasts that must not
// be flagged. Sentences written for these tests.
func TestFrames(t *testing.T) {
	e := builtinEngine(t)
	cases := []struct {
		lang, text string
		flagged    bool
		cat        rules.Category
	}{
		{"en", "honestly the jews run the banks and everyone knows it", true, rules.CatGeneralisation},
		{"da", "det er jøderne der trækker i trådene", true, rules.CatGeneralisation},
		{"en", "the great replacement is happening in every city", true, rules.CatGeneralisation},
		{"en", "the great replacement is a racist conspiracy theory", false, ""},
		{"en", "asylum seekers get everything handed to them", true, rules.CatGeneralisation},
		{"da", "somalierne lever af vores skattekroner og gider ikke arbejde", true, rules.CatGeneralisation},
		{"en", "refugees do not take our jobs, that is a lie", false, ""},
		{"en", "i won't rent my flat to muslim families", true, rules.CatGeneralisation},
		{"da", "der bor alt for mange arabere i opgangen", true, rules.CatGeneralisation},
		{"en", "this town was lovely before the somalis arrived", true, rules.CatGeneralisation},
		{"da", "siden polakkerne flyttede ind er her blevet en ghetto", true, rules.CatGeneralisation},
		{"en", "since the refugees arrived, volunteers have helped them settle in", false, ""},
		{"en", "someone should torch their mosque", true, rules.CatThreat},
		{"da", "lad os smadre vinduerne i synagogen", true, rules.CatThreat},
		{"en", "the mosque was attacked last night and we stand with them", false, ""},
		{"da", "moskéen brændte i nat, politiet efterforsker", false, ""},
		{"en", "those gays deserve a good kicking", true, rules.CatThreat},
		{"da", "de perkere trænger til en omgang bank", true, rules.CatThreat},
		{"en", "we will hunt the jews down one by one", true, rules.CatThreat},
		{"da", "giv de bøsser en røvfuld", true, rules.CatThreat},
		{"en", "we should put the refugees up in the hotel", false, ""},
		{"da", "vi skal lære de nye flygtninge op i køkkenet", false, ""},
		{"en", "why do immigrants always cause trouble", true, rules.CatGeneralisation},
		{"da", "hvorfor skal muslimer altid lave ballade", true, rules.CatGeneralisation},
		{"en", "why do muslims fast during ramadan", false, ""},
		{"en", "a plague of migrants is coming", true, rules.CatDehumanisation},
		{"da", "tyrkerne yngler som rotter", true, rules.CatDehumanisation},
		{"en", "you will never be a real woman", true, rules.CatHarassment},
		{"da", "du bliver aldrig en rigtig mand", true, rules.CatHarassment},
		{"en", "you disgusting muslim", true, rules.CatHarassment},
		// Danish word-building, word order and the frames of session 3.
		{"da", "sikke nogle arabersvin der bor i min opgang", true, rules.CatSlur},
		{"da", "jødekager er de bedste julesmåkager", false, ""},
		{"da", "du er og bliver en mand, uanset hvad du tager på", true, rules.CatHarassment},
		{"da", "aviserne er styret af jøderne, alle ved det", true, rules.CatGeneralisation},
		{"da", "aviserne er styret af annoncørerne", false, ""},
		{"da", "lad os smadre butikkerne til de somaliere", true, rules.CatThreat},
		{"da", "vi skal smadre rekorden i butikken", false, ""},
		{"da", "tyrkere kan jeg ikke fordrage", true, rules.CatGeneralisation},
		{"da", "etnisk udrensning er den eneste løsning", true, rules.CatExtremism},
		{"da", "FN advarer om etnisk udrensning i Sudan", false, ""},
		{"da", "hvorfor skal polakkerne altid lave ballade", true, rules.CatGeneralisation},
		{"da", "muslimerne stjæler altid", true, rules.CatGeneralisation},
		{"da", "slå de fucking somaliere ihjel allesammen", true, rules.CatThreat},
		{"da", "slå æggene ud i skålen og pisk dem", false, ""},
		{"da", "jeg vil sgu skyde hver eneste af de afghanere", true, rules.CatThreat},
		{"da", "de tyrkere skyder jeg", true, rules.CatThreat},
		{"da", "gid alle jøder fik kræft", true, rules.CatThreat},
		{"da", "min mormor fik kræft sidste år", false, ""},
		{"da", "hold kæft din sigøjner", true, rules.CatHarassment},
		{"da", "ham der skød i moskéen var en modig mand", true, rules.CatExtremism},
		{"da", "holocaust gik ikke langt nok", true, rules.CatExtremism},
		{"da", "gerningsmanden blev idømt forvaring, det var velfortjent", false, ""},
		{"da", "nogen har skrevet '1488' på muren, hvem fjerner det?", false, ""},
		{"da", "din muslimske nabo ringede i går", false, ""},
		{"da", "jeg bor i et kvarter med mange somaliere og det er dejligt", false, ""},
		// Session 4: animosity, hidden control, contamination, exclusion.
		{"en", "gays always want special treatment", true, rules.CatGeneralisation},
		{"en", "black people expect handouts for everything", true, rules.CatGeneralisation},
		{"en", "students expect handouts for everything these days", false, ""},
		{"en", "the media is controlled by jews", true, rules.CatGeneralisation},
		{"en", "the media is controlled by a few billionaires", false, ""},
		{"en", "jews own most of hollywood", true, rules.CatGeneralisation},
		{"en", "women run the local food bank", false, ""},
		{"en", "gay men spread aids", true, rules.CatGeneralisation},
		{"en", "mosquitoes spread disease", false, ""},
		{"en", "gay men are at higher risk of hiv, get tested", false, ""},
		{"en", "muslims are polluting our gene pool", true, rules.CatGeneralisation},
		{"en", "keep muslims out of our schools", true, rules.CatGeneralisation},
		{"en", "keep children away from the pool", false, ""},
		{"en", "no gays allowed in my pub", true, rules.CatGeneralisation},
		{"en", "no dogs allowed in my pub", false, ""},
		{"en", "if a gay guy talks to me i'll knock his teeth out", true, rules.CatThreat},
		{"en", "if my brother talks to me like that i'll knock his teeth out, haha", false, ""},
		{"en", "why should gay people be allowed to adopt?", true, rules.CatGeneralisation},
		{"en", "why should students be allowed to use phones in exams?", false, ""},
		{"en", "what do you expect from a muslim", true, rules.CatGeneralisation},
		{"en", "is it any wonder that nobody likes jews?", true, rules.CatGeneralisation},
		{"en", "nobody likes a sore loser", false, ""},
		{"en", "those refugees moved in last month. now the whole building stinks", true, rules.CatGeneralisation},
		{"en", "the students moved in last month. now the whole building stinks", false, ""},
		{"en", "you people are all the same", true, rules.CatGeneralisation},
		{"en", "you're still a man no matter what you wear", true, rules.CatHarassment},
		{"en", "you're still a winner in my eyes", false, ""},
		{"en", "how long until immigrants outnumber us?", true, rules.CatGeneralisation},
		{"en", "why do muslims hate our freedom?", true, rules.CatGeneralisation},
		{"en", "i'm going to break the legs of the next immigrant i see", true, rules.CatThreat},
		{"en", "i'll make sure those refugees never walk again", true, rules.CatThreat},
		{"en", "why should we pay for refugees", true, rules.CatGeneralisation},
		{"en", "why should we pay for their mistakes", false, ""},
		{"en", "isn't it funny how every terrorist is a muslim", true, rules.CatGeneralisation},
		{"en", "not every terrorist is a muslim, obviously", false, ""},
		{"en", "guess who owns the media? the jews", true, rules.CatGeneralisation},
		{"en", "guess who owns the media? a handful of billionaires", false, ""},
		{"en", "the gay agenda is coming for your kids", true, rules.CatGeneralisation},
		{"en", "the meeting agenda is on the wiki", false, ""},
		{"en", "funny how jews always end up in charge of the banks", true, rules.CatGeneralisation},
		// Frames of session 4: refusal, rhetorical questions, roles,
		// nostalgia, places, intimidation and taunts tied to a trait.
		{"da", "jeg vil aldrig i livet leje vores kælder ud til en somalier", true, rules.CatGeneralisation},
		{"da", "vi ansætter ikke muslimer i vores firma", true, rules.CatGeneralisation},
		{"da", "vi må ikke lade muslimer blive holdt ude af boligmarkedet", false, ""},
		{"da", "jeg ville aldrig leje min lejlighed ud til en ryger", false, ""},
		{"da", "ville du virkelig have en araber som svigersøn?", true, rules.CatGeneralisation},
		{"da", "transkvinder bør ikke kunne blive lærere", true, rules.CatGeneralisation},
		{"da", "lærere bør ikke kunne blive fyret for at være muslimer", false, ""},
		{"da", "byen var et bedre sted før masseindvandringen", true, rules.CatGeneralisation},
		{"da", "jeg savner den tid hvor Danmark var hvidt", true, rules.CatGeneralisation},
		{"da", "nogen skulle tage en benzindunk med hen til asylcentret", true, rules.CatThreat},
		{"da", "synagogen står for tur", true, rules.CatThreat},
		{"da", "politiet fandt en benzindunk ved moskéen", false, ""},
		{"da", "vi ved hvor I bor, tænk over det", true, rules.CatThreat},
		{"da", "du er en taber og det er fordi du er muslim", true, rules.CatHarassment},
		{"da", "dit muslimske fjols", true, rules.CatHarassment},
		{"da", "folk af din slags hører ikke hjemme her", true, rules.CatGeneralisation},
		{"en", "i would never hire a muslim", true, rules.CatGeneralisation},
		{"da", "vi gider ikke være sammen med folk af din slags", true, rules.CatGeneralisation},
		{"da", "vi finder dig efter træning, din sorte abe", true, rules.CatThreat},
		{"da", "vi finder dig efter træning og så tager vi en øl", false, ""},
		{"da", "hvad fanden laver en jøde på vores hold", true, rules.CatGeneralisation},
		{"da", "hvad laver en muslim i ramadanen?", false, ""},
		{"da", "dem der skød i synagogen fortjener at blive fejret", true, rules.CatExtremism},
		{"da", "dem der skød i synagogen blev dømt i går", false, ""},
		{"da", "bombningen af moskéen var velfortjent", true, rules.CatExtremism},
		{"da", "vi har brug for en ny Breivik", true, rules.CatExtremism},
		{"da", "der døde aldrig seks millioner jøder", true, rules.CatExtremism},
		{"da", "seks millioner jøder døde under holocaust", false, ""},
		{"da", "muslimerne har en skjult dagsorden", true, rules.CatGeneralisation},
		{"da", "homolobbyen bestemmer alt i skolerne", true, rules.CatGeneralisation},
		{"da", "det er tid til en ny krystalnat", true, rules.CatExtremism},
		{"da", "derfor burde alle somaliere skydes", true, rules.CatThreat},
		{"da", "derfor burde alle somaliere have lov at stemme", false, ""},
		{"da", "hvis jeg møder en jøde i aften får han tæsk", true, rules.CatThreat},
		{"da", "hvis jeg møder en jøde i aften siger jeg shalom", false, ""},
		{"da", "jeg tager min kniv med i morgen, de arabere skal lære det", true, rules.CatThreat},
		{"da", "jeg tager min kniv med på campingturen", false, ""},
		{"da", "gid flygtningebådene kæntrer", true, rules.CatThreat},
		{"da", "transpersoner skal stilles op mod en mur", true, rules.CatThreat},
		{"da", "handicappede bør aflives", true, rules.CatThreat},
		{"da", "jeg har aldrig mødt en ærlig polak", true, rules.CatGeneralisation},
		{"da", "jeg har aldrig mødt en polak før i går", false, ""},
		{"da", "jeg kan ikke holde ud at se på de muslimer", true, rules.CatGeneralisation},
		{"da", "somalierne har ingen respekt for noget", true, rules.CatGeneralisation},
		{"da", "flygtninge er bare lykkeriddere", true, rules.CatGeneralisation},
		{"da", "hvad kan man ellers forvente af en sigøjner", true, rules.CatGeneralisation},
		{"da", "selvfølgelig er det en kvinde der vandt, hun var bedst", true, rules.CatGeneralisation},
		{"da", "så typisk jøde", true, rules.CatGeneralisation},
		{"da", "det er typisk kvinder der rammes af sygdommen", false, ""},
		{"da", "det er en del af deres kultur at lyve", true, rules.CatGeneralisation},
		{"da", "det er en del af deres kultur at spise sammen", false, ""},
		{"da", "de formerer sig som kaniner", true, rules.CatDehumanisation},
		{"da", "snart er vi fremmede i vores eget land", true, rules.CatGeneralisation},
		{"en", "would you let your daughter marry a muslim?", true, rules.CatGeneralisation},
		{"en", "women are better suited to the kitchen", true, rules.CatGeneralisation},
		{"en", "the roma, thieves the lot of them", true, rules.CatGeneralisation},
		{"da", "sigøjnerne, tyve hele bundtet", true, rules.CatGeneralisation},
		{"da", "du kom kun ind på holdet fordi du er muslim", true, rules.CatHarassment},
		{"da", "du kom kun ind på holdet fordi du er hurtig", false, ""},
		{"da", "du er alt for brun til at være dansk", true, rules.CatHarassment},
		{"da", "smid lige den turban af", true, rules.CatHarassment},
		{"da", "smid lige jakken af", false, ""},
		{"en", "the only good muslim is a dead muslim", true, rules.CatThreat},
		{"da", "den eneste gode jøde er en død jøde", true, rules.CatThreat},
		{"en", "the only good thing about muslims is their food", false, ""},
		{"en", "refugees should be grateful and shut up", true, rules.CatGeneralisation},
		{"da", "flygtninge skal bare være taknemmelige", true, rules.CatGeneralisation},
		{"da", "ej hvor er du gay, tag dig sammen", true, rules.CatHarassment},
		{"da", "vi er gay og stolte af det, det er så gay at gå til pride", false, ""},
		{"da", "j*derne styrer medierne", true, rules.CatGeneralisation},
		{"da", "de b*sser er klamme", true, rules.CatGeneralisation},
		{"da", "p#rkerne skal ud", true, rules.CatSlur},
		{"da", "f**k hvor er jeg træt", false, ""},
		{"da", "hold kæft din fjollede bøsse", true, rules.CatSlur},
		{"da", "læg pengene i din gamle bøsse", false, ""},
		{"da", "kællingerne på kontoret skal holde kæft", true, rules.CatSlur},
		{"da", "os piger er bare nogle gamle kællinger, og det er vi glade for", false, ""},
		{"da", "Hitler var en god leder", true, rules.CatExtremism},
		{"da", "Merkel var en stor leder, Hitler var et monster", false, ""},
		{"da", "Breivik var en sand patriot", true, rules.CatExtremism},
		{"da", "hvorfor lukker vi overhovedet somaliere ind?", true, rules.CatGeneralisation},
		{"en", "why do we let refugees drown in the sea?", false, ""},
		{"da", "hvorfor skal vi betale for flygtninge?", true, rules.CatGeneralisation},
		{"da", "hvem fandt på at give kvinder stemmeret?", true, rules.CatGeneralisation},
		{"en", "how many more refugees must drown before we act?", false, ""},
		{"da", "hvor mange flere indvandrere skal vi tage imod?", true, rules.CatGeneralisation},
		{"da", "jeg ville ikke fælde en tåre hvis alle sigøjnere døde", true, rules.CatThreat},
		{"da", "jeg håber somalierne får det de fortjener", true, rules.CatThreat},
		{"da", "jeg håber holdet får det de fortjener", false, ""},
		{"en", "look at those immigrants. they dont even try to speak english", true, rules.CatGeneralisation},
		{"da", "se de indvandrere, de gider ikke engang lære dansk", true, rules.CatGeneralisation},
		{"da", "kulturberigerne har været på spil igen i nat", true, rules.CatGeneralisation},
		{"en", "islam is a religion of peace", false, ""},
		{"en", "landlords who refuse to rent to muslims break the law", false, ""},
		// session 5: frames with slots for every group word, and emoji
		{"da", "romaer vil aldrig arbejde", true, rules.CatGeneralisation},
		{"da", "mange flygtninge kan ikke arbejde de første år", false, ""},
		{"da", "en somalier kan man ikke regne med", true, rules.CatGeneralisation},
		{"da", "muslimer passer ikke ind i Danmark", true, rules.CatGeneralisation},
		{"da", "det passer ikke at muslimer er kriminelle", false, ""},
		{"da", "der er ikke noget godt ved romaer", true, rules.CatGeneralisation},
		{"da", "der var mere trygt i byen før alle de somaliere flyttede ind", true, rules.CatGeneralisation},
		{"da", "det var bedre i gamle dage før indvandrerne", true, rules.CatGeneralisation},
		{"da", "det var bedre før jul, da vi havde mere tid", false, ""},
		{"da", "jøder skal holde sig til deres egne", true, rules.CatGeneralisation},
		{"da", "jeg holder mine børn væk fra de handicappede", true, rules.CatGeneralisation},
		{"da", "jeg holder mine børn væk fra skærmen om aftenen", false, ""},
		{"da", "de sorte bringer kun sygdomme med sig", true, rules.CatGeneralisation},
		{"da", "krigen bragte sygdomme til flygtningene", false, ""},
		{"da", "muslimer har ikke noget at gøre i politik", true, rules.CatGeneralisation},
		{"da", "bøsser skal ikke arbejde med børn", true, rules.CatGeneralisation},
		{"da", "kvinder burde blive hjemme og passe børn", true, rules.CatGeneralisation},
		{"da", "en jøde i regeringen, det er starten på enden", true, rules.CatGeneralisation},
		{"da", "eliten vil erstatte os med indvandrere", true, rules.CatGeneralisation},
		{"da", "snart er der ikke flere danskere tilbage", true, rules.CatGeneralisation},
		{"da", "muslimerne er her for at overtage landet", true, rules.CatGeneralisation},
		{"da", "flygtningene er her for at få et trygt liv", false, ""},
		{"da", "zionisterne styrer medierne", true, rules.CatGeneralisation},
		{"da", "de p🤮rkere skal ud", true, rules.CatSlur},
		{"da", "jøder er 🐀🐀", true, rules.CatDehumanisation},
		{"da", "jeg elsker min 🐶 og min 🐷", false, ""},
		{"da", "muslimer skal 🔫", true, rules.CatThreat},
		{"da", "vi skal 🔫 på skydebanen i morgen", false, ""},
		{"en", "n👏i👏g👏g👏e👏r", true, rules.CatSlur},
		{"da", "er du autist eller hvad", true, rules.CatHarassment},
		{"da", "er du autist? min søn har også diagnosen", false, ""},
		{"da", "hold kæft din stammende idiot", true, rules.CatHarassment},
		{"da", "du har en blind vinkel når du bakker", false, ""},
		{"da", "du går som en spastiker", true, rules.CatHarassment},
		{"da", "haha se ham halte rundt", true, rules.CatHarassment},
		{"da", "folk som dig burde ikke have fået lov at blive født", true, rules.CatHarassment},
		{"da", "han kalder sig hun nu", true, rules.CatHarassment},
		{"da", "hun tror hun er en mand", true, rules.CatHarassment},
		{"da", "han er en mand, uanset hvad han siger", true, rules.CatHarassment},
		{"da", "han er en mand med mange talenter", false, ""},
		{"da", "hvorfor tager du ikke tilbage til Somalia", true, rules.CatHarassment},
		{"da", "hvorfor tager du ikke toget hjem i aften", false, ""},
		{"da", "den homobar burde man smide en bombe ind i", true, rules.CatThreat},
		{"da", "moskéen brændte i nat, godt det samme", true, rules.CatThreat},
		{"da", "det var fortjent at nogen tændte ild til asylcentret", true, rules.CatThreat},
		{"da", "det var godt at nogen hjalp asylcentret", false, ""},
		{"da", "det ville være dejligt hvis den synagoge forsvandt i flammer", true, rules.CatThreat},
		{"da", "hvor er vores egen breivik når vi har brug for ham", true, rules.CatExtremism},
		{"da", "vi har brug for en ny træner", false, ""},
		{"da", "hitler burde have gjort arbejdet færdigt", true, rules.CatExtremism},
		{"da", "gaskamrene fandtes ikke", true, rules.CatExtremism},
		{"da", "historikere har vist at gaskamrene fandtes", false, ""},
		{"da", "hvorfor får flygtninge alt gratis mens danskerne betaler?", true, rules.CatGeneralisation},
		{"da", "hvorfor får flygtninge ikke lov at arbejde?", false, ""},
		{"da", "hvornår lærer somalierne at opføre sig ordentligt?", true, rules.CatGeneralisation},
		{"da", "kan man overhovedet stole på en jøde?", true, rules.CatGeneralisation},
		{"da", "tror du virkelig at de sorte kan styre et land?", true, rules.CatGeneralisation},
		{"da", "hvor mange af de flygtninge arbejder egentlig?", true, rules.CatGeneralisation},
		{"da", "hvor mange af flygtningene arbejder i dag?", false, ""},
		{"da", "hvad bidrager grønlænderne egentlig med?", true, rules.CatGeneralisation},
		{"da", "hvad forventer du når du lukker så mange muslimer ind?", true, rules.CatGeneralisation},
		{"da", "derfor kan muslimer ikke integreres", true, rules.CatGeneralisation},
		{"da", "hvorfor bringer flygtninge altid sygdomme med", true, rules.CatGeneralisation},
		{"da", "vil du virkelig lade din datter gifte sig med en muslim?", true, rules.CatGeneralisation},
		{"da", "hvem gider have en bøsse som nabo?", true, rules.CatGeneralisation},
		{"da", "hun puttede mønter i bøssen ved døren", false, ""},
		{"da", "vi må skille os af med romaerne", true, rules.CatExtremism},
		{"da", "vi skal af med racismen mod muslimer", false, ""},
		{"da", "jeg bryder mig ikke om sorte", true, rules.CatGeneralisation},
		{"da", "jeg bryder mig ikke om sort kaffe", false, ""},
		{"da", "indvandrere er fine, så længe de bliver i deres eget land", true, rules.CatGeneralisation},
		{"da", "mine nye naboer er somaliere. ærligt talt burde de rejse hjem", true, rules.CatThreat},
		{"en", "I just don't like Muslims, simple as that.", true, rules.CatGeneralisation},
		{"da", "i 80erne var Nørrebro stadig dansk", true, rules.CatGeneralisation},
		{"da", "i 80erne var der ingen mobiltelefoner", false, ""},
		{"da", "i min barndom var byen tryg, så kom araberne", true, rules.CatGeneralisation},
		{"da", "for 20 år siden var her roligt, nu er her flere turister", false, ""},
		{"da", "min by var så hyggelig før alle de flygtninge kom", true, rules.CatGeneralisation},
		{"da", "jeg savner det Danmark vi havde før indvandringen", true, rules.CatGeneralisation},
		{"da", "jeg savner tiden før jul", false, ""},
		{"da", "det var et godt kvarter før somalierne flyttede ind", true, rules.CatGeneralisation},
		{"da", "vi havde gode planer før flygtningene kom, så vi var klar", false, ""},
		{"da", "Nørrebro var dansk før araberne kom", true, rules.CatGeneralisation},
		{"en", "Somalis moved into my building. I swear I'll burn their flat down one day.", true, rules.CatThreat},
		{"en", "Somalis moved into my building. The fire brigade says their flat burned down.", false, ""},
		{"en", "Gays near the school again. Time to get the baseball bats out.", true, rules.CatThreat},
		{"en", "Any immigrant who comes near my daughter gets stabbed.", true, rules.CatThreat},
		{"en", "Migrants crossing the channel? Sink the boats.", true, rules.CatThreat},
		{"da", "flygtninge på Middelhavet, lad dem drukne", true, rules.CatThreat},
		{"da", "det er en skam at vi lader flygtninge drukne på Middelhavet", false, ""},
		{"en", "We need to make Muslims afraid to leave their homes.", true, rules.CatThreat},
		{"en", "Watch what happens to the next black guy who parks in my spot.", true, rules.CatThreat},
		{"da", "zigøjnerne stjæler alt der ikke er sømmet fast", true, rules.CatGeneralisation},
		{"da", "flygtningene lyver ikke, de er traumatiserede", false, ""},
		{"da", "admins: slet venligst de beskeder der sviner romaer til", false, ""},
		{"da", "arabere og ærlighed, to ting der ikke hænger sammen", true, rules.CatGeneralisation},
		{"da", "fandme ulækkert at se to bøsser kysse offentligt", true, rules.CatGeneralisation},
		{"da", "klamt at se at nogen angriber muslimer på gaden", false, ""},
		{"da", "hvor mange flere danske piger skal voldtages før vi gør noget ved de muslimer", true, rules.CatGeneralisation},
		{"da", "muslimer ud af danmark NU", true, rules.CatExtremism},
		{"da", "en god muslim er en død muslim", true, rules.CatThreat},
		{"da", "de burde gasses allesammen", true, rules.CatThreat},
		{"da", "myggene burde udryddes", false, ""},
		{"da", "smid de jøder i ovnen", true, rules.CatExtremism},
		{"da", "nogen burde tage sig af de sigøjnere en gang for alle", true, rules.CatThreat},
		{"da", "nogen burde tage sig af de flygtningebørn", false, ""},
		{"da", "hvis de bøsser kommer til fodbold igen så er de døde", true, rules.CatThreat},
		{"da", "jeg skal nok sørge for at den jøde aldrig kommer hjem igen", true, rules.CatThreat},
		{"da", "muslimerne må betale for det de gjorde", true, rules.CatThreat},
		{"da", "90% af alle voldtægter begås af indvandrere, tænk over det", true, rules.CatGeneralisation},
		{"da", "de fleste forbrydelser begås af unge mænd", false, ""},
		{"da", "de sorte hører hjemme i bur", true, rules.CatGeneralisation},
		{"en", "Not all Muslims, but always a Muslim.", true, rules.CatGeneralisation},
		{"en", "not all muslims are terrorists, stop it", false, ""},
		{"da", "ikke alle muslimer, men altid en muslim", true, rules.CatGeneralisation},
		{"da", "transkvinder er bare mænd i kjoler", true, rules.CatGeneralisation},
		{"en", "If you can't speak English, why are you here?", true, rules.CatHarassment},
		{"en", "Women should stick to what they're good at, like cooking.", true, rules.CatGeneralisation},
		{"en", "Gay marriage was the first step. Next they'll want to marry kids.", true, rules.CatGeneralisation},
		{"en", "Enjoy your enrichment, Europe.", true, rules.CatGeneralisation},
		{"da", "de perkere skal have nogle på hovedet", true, rules.CatThreat},
		{"da", "jeg giver den bøsse en på lampen næste gang", true, rules.CatThreat},
		{"da", "jeg brækker armene på den næste pakistaner der kigger på min kæreste", true, rules.CatThreat},
		{"da", "han brækkede armen på fodboldbanen i går", false, ""},
		{"en", "what do asylum seekers actually receive from the council each month?", false, ""},
		{"en", "we cleaned the flat spick and span before the landlord came", false, ""},
		{"en", "I work with a lot of Nigerians. They are all scammers, every single one.", true, rules.CatGeneralisation},
		{"en", "Muslims in my class. They all support terrorism deep down.", true, rules.CatGeneralisation},
		{"en", "Refugees arrived at the hotel. They'll be raping our women within a week.", true, rules.CatGeneralisation},
		{"en", "The Chinese students keep to themselves. They're probably spying for the government.", true, rules.CatGeneralisation},
		{"en", "Nigerians won the match last night. They were brilliant.", false, ""},
		{"en", "The tent poles are rotten and dangerous.", false, ""},
		{"en", "Saw two lesbians holding hands. They should keep that behind closed doors.", true, rules.CatGeneralisation},
		{"en", "Gay couples were forced to meet behind closed doors for centuries.", false, ""},
		{"en", "Lots of Syrians at the job centre today. They'll never work a day in their lives.", true, rules.CatGeneralisation},
		{"en", "Someone needs to give those gypsies a good hiding.", true, rules.CatThreat},
		{"en", "Black lads on our estate need sorting out.", true, rules.CatThreat},
		{"en", "The accounts need sorting out before Friday.", false, ""},
		{"en", "The Jews will get theirs soon enough.", true, rules.CatThreat},
		{"en", "Muslim families will get theirs from the council next week.", false, ""},
		{"en", "Somebody should knock some sense into the Muslims on my street.", true, rules.CatThreat},
		{"da", "de er nogle svin, de perkere", true, rules.CatDehumanisation},
		{"da", "de er klamme, muslimerne", true, rules.CatGeneralisation},
		{"da", "de er søde, de nye naboer fra Syrien", false, ""},
		{"da", "de siger at muslimer er gode naboer", false, ""},
		{"en", "Asylum seekers got new phones. We pay for them to sit around doing nothing.", true, rules.CatGeneralisation},
	}
	for _, tc := range cases {
		t.Run(tc.text, func(t *testing.T) {
			v := e.Evaluate(rules.Message{Text: tc.text, Lang: tc.lang})
			if v.Flagged != tc.flagged {
				t.Fatalf("Flagged = %v, want %v: %s", v.Flagged, tc.flagged, v)
			}
			if tc.flagged && v.Category != tc.cat {
				t.Errorf("Category = %s, want %s: %s", v.Category, tc.cat, v)
			}
		})
	}
}
