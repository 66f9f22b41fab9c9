#!/usr/bin/env python3
"""Generate the second Danish chat-language evaluation suite for trygbot.

Writes messages.csv and README.md next to this script. Every message below
was written one by one, by hand, for this suite, in the style of local
community chats (sports clubs, school parents' groups, gaming Discords,
housing associations, local neighbourhood groups, youth clubs). There are no
templates: the script only numbers the rows, validates them and writes the
files. The output is deterministic (byte-identical on every run).

    python3 eval/suites/da2/generate.py          # write messages.csv and README.md
    python3 eval/suites/da2/generate.py --check  # only validate, print counts

Written in session 5 by a writer who had not read the rule packs, the
engine, its tests, documentation or earlier results.

Contains offensive language on purpose (it is a test suite for a
moderation tool). Written for the trygbot project; licensed CC BY 4.0.
"""
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(HERE))
import suitegen  # noqa: E402 (eval/suites/suitegen.py)
from suitegen import CATEGORIES, HEADER, TARGETS, render_csv  # noqa: E402

# Each functionality: (name, description, rows). Hateful rows are
# (message, target, category code); non-hateful rows are (message, target).
SUITE = suitegen.Suite()
hateful, benign = SUITE.hateful, SUITE.benign


# ===========================================================================
# HATEFUL
# ===========================================================================

hateful("derog_direct_h", "direct derogation of a group: negative attributes, contempt, hatred", [
    ("ærligt muslimer er bare det mest ulækre folk jeg kender", "mu", "G"),
    ("somalierne i blok 4 er nogle dovne snyltere allesammen, ingen af dem gider arbejde", "so", "G"),
    ("jeg hader polakker. punktum", "po", "G"),
    ("grønlændere kan ikke andet end at drikke sig i hegnet, det har jeg set hele mit liv", "gr", "G"),
    ("kvinder er for dumme til at forstå offside, sådan er det bare", "wo", "G"),
    ("de handicappede i svømmehallen er fandme ulækre at kigge på", "di", "G"),
    ("arabere er falske fra fødslen af, stol aldrig på nogen af dem", "ar", "G"),
    ("bøsser er nogle klamme perverse typer og det ved alle godt", "ga", "G"),
    ("romaer stjæler, det ligger i deres kultur", "ro", "G"),
    ("asiater er sgu da alle sammen ens, falske og kedelige", "as", "G"),
    ("jøderne er grådige, det har de altid været", "je", "G"),
    ("sorte er mindre intelligente end os andre, det er bare videnskab", "bl", "G"),
    ("transkønnede er psykisk syge og skal have hjælp, ikke operationer", "tr", "G"),
    ("flygtningene fra lejren er nogle utaknemmelige kriminelle hele bundtet", "re", "G"),
    ("indvandrerne her i området er dovne og voldelige, hver eneste en af dem", "im", "G"),
    ("lesbiske er bare grimme kvinder der ikke kunne score en mand", "ga", "G"),
])

hateful("implicit_exclusion_h", "implicit derogation: excluding a group from housing, work, clubs or the country", [
    ("vi skal bare ikke udleje til muslimer i foreningen, det ender altid med ballade", "mu", "G"),
    ("jeg ansætter ALDRIG en polak igen, de er alle sammen ens", "po", "G"),
    ("sorte skal ikke bo i vores opgang, så falder huspriserne", "bl", "G"),
    ("ingen arabere i klubben tak, vi vil gerne have det rart", "ar", "G"),
    ("kan vi ikke bare lave en regel om at sigøjnere ikke må komme på pladsen", "ro", "G"),
    ("grønlændere burde slet ikke få lov at bo i københavn", "gr", "G"),
    ("flygtningebørn har ikke noget at gøre på vores skole, vores unger skal ikke gå sammen med dem", "re", "G"),
    ("bøsser skal ikke være trænere for drengeholdene, det siger sig selv", "ga", "G"),
    ("en jøde skulle aldrig have fået lov at sidde i folketinget", "je", "G"),
    ("handicappede burde slet ikke få børn", "di", "G"),
    ("somalierne skal ikke have lov til at købe lejlighed herude, sæt en stopper for det", "so", "G"),
    ("transpersoner skal holdes væk fra omklædningen og helst også væk fra klubben", "tr", "G"),
])

hateful("implicit_nostalgia_h", "implicit derogation: nostalgia for the time before a group came or was visible", [
    ("kan huske da nørrebro var dansk og man kunne gå i fred, før alle de arabere kom", "ar", "G"),
    ("i gamle dage blev bøsserne i skabet og det var meget bedre sådan", "ga", "G"),
    ("før muslimerne kom var her ingen problemer i byen overhovedet", "mu", "G"),
    ("savner den tid hvor kvinder vidste hvor de hørte til", "wo", "G"),
    ("dengang var skolen helt hvid og der var ro i klasserne. nu ser man jo hvordan det går", "bl", "G"),
    ("i 80erne var der ingen somaliere her og alt var bedre", "so", "G"),
    ("min farfar sagde altid at danmark gik ned ad bakke da de første fremmedarbejdere kom, og han havde ret", "im", "G"),
    ("det var bedre dengang de handicappede var på institution og ikke rendte rundt blandt normale mennesker", "di", "G"),
    ("vores gade var fin indtil sigøjnerne flyttede ind for to år siden", "ro", "G"),
])

hateful("implicit_contamination_h", "implicit derogation: contact with a group as dirt or contamination", [
    ("jeg vil ikke have mine unger i samme pool som de sorte", "bl", "G"),
    ("jeg vasker hænder hver gang jeg har givet hånd til en jøde", "je", "G"),
    ("når de arabiske familier flytter ind bliver alt beskidt, se bare blok 7", "ar", "G"),
    ("hvis en grønlænder har siddet på sædet i bussen sætter jeg mig ikke der", "gr", "G"),
    ("jeg køber ikke brugt af polakker, alt hvad de rører ved lugter", "po", "G"),
    ("man burde desinficere omklædningsrummet når bøssernes hold har været der", "ga", "G"),
    ("blodet bliver blandet og så er det slut med danskerne. ingen børn med muslimer", "mu", "G"),
    ("de somaliske børn smitter vores børn med deres opførsel, flyt dem til en anden klasse", "so", "G"),
])

hateful("conspiracy_h", "conspiracy tropes: control of media and money, replacement, secret plans", [
    ("det er jøderne der styrer medierne, derfor hører i aldrig sandheden", "je", "G"),
    ("den store udskiftning er i gang, de henter muslimer ind for at erstatte os", "mu", "G"),
    ("hvem tror i ejer bankerne? tjek navnene, jøder hele vejen ned", "je", "G"),
    ("soros betaler for at sende flere flygtninge herop, det er planlagt fra start", "re", "G"),
    ("regeringen importerer afrikanere med vilje så danskerne bliver en minoritet", "bl", "G"),
    ("de homoseksuelle har en agenda og den handler om vores børn", "ga", "G"),
    ("transfolket står bag en plan om at forvirre alle børn i folkeskolen", "tr", "G"),
    ("muslimerne venter bare til de er flere end os, så tager de over", "mu", "G"),
    ("arabiske oliepenge har købt vores politikere, derfor sker der ingenting", "ar", "G"),
    ("indvandrerne får besked fra moskéerne om at få så mange børn som muligt, det er deres våben", "im", "G"),
    ("de kinesere er sendt herop for at spionere og overtage firmaerne, hver og en af dem", "as", "G"),
    ("det er ikke tilfældigt at der er polakker overalt, EU har planlagt at skifte de danske arbejdere ud", "po", "G"),
    ("hollywood er jødisk, netflix er jødisk, nyhederne er jødiske. tænk lige over det", "je", "G"),
])

hateful("dehum_animal_h", "dehumanisation: comparison to animals", [
    ("somaliere er ikke mennesker, de er aber", "so", "D"),
    ("den familie af arabere opfører sig som hunde, de skider næsten på trappen", "ar", "D"),
    ("muslimer er kvæg der følger deres hyrde", "mu", "D"),
    ("jeg siger det bare, de sorte er nærmere gorillaer end mennesker", "bl", "D"),
    ("grønlænderne ligger og flyder som sæler nede ved havnen", "gr", "D"),
    ("kvinder er avlsdyr, det er det de er skabt til", "wo", "D"),
    ("bøsser er dyr. det er unaturligt det de gør", "ga", "D"),
    ("flygtningene kommer i flokke som græshopper og æder alt", "re", "D"),
    ("polakker er arbejdsheste og skal behandles derefter", "po", "D"),
    ("de indvandrere lever som svin, se bare deres opgang", "im", "D"),
    ("jøder er slanger, de snor sig ud af alting", "je", "D"),
    ("de udviklingshæmmede på bostedet lyder som grise når de spiser", "di", "D"),
])

hateful("dehum_vermin_disease_h", "dehumanisation: vermin, parasites, disease", [
    ("muslimer er en kræftsvulst i europa", "mu", "D"),
    ("indvandrerne er som kakerlakker, man bliver aldrig af med dem", "im", "D"),
    ("jøderne er en virus der har spredt sig til alle lande", "je", "D"),
    ("flygtningene er en pest, de suger alt ud af kommunen", "re", "D"),
    ("romaerne er skadedyr, kommunen burde ringe efter skadedyrsbekæmpelsen", "ro", "D"),
    ("det er en smitsom sygdom det der trans, og de transkønnede spreder den på tiktok", "tr", "D"),
    ("araberne er parasitter på vores velfærd", "ar", "D"),
    ("somalierne er lus i pelsen på danmark", "so", "D"),
    ("grønlænderne i gågaden er som fluer omkring en lort", "gr", "D"),
    ("de sorte breder sig som en sygdom i hele kvarteret", "bl", "D"),
])

hateful("dehum_waste_h", "dehumanisation: waste, dirt, objects, worthless life", [
    ("de handicappede er bare affald som samfundet betaler for", "di", "D"),
    ("indvandrere er menneskeligt affald", "im", "D"),
    ("kvinder er ting man bruger og smider ud", "wo", "D"),
    ("sigøjnerne er skrald, de hører til på lossepladsen", "ro", "D"),
    ("muslimerne er lort, og det ved de godt selv", "mu", "D"),
    ("flygtninge er spild af ilt og spild af skattekroner", "re", "D"),
    ("asiatiske piger er bare legetøj for hvide mænd", "as", "D"),
    ("bøsserne er samfundets bundfald", "ga", "D"),
    ("jøder er ikke mennesker", "je", "D"),
])

hateful("threat_idiom_h", "threats using everyday violence idioms (få bank, få tæsk, en på skrinet)", [
    ("hvis den perker kommer herind igen så får han bank", "im", "T"),
    ("de bøsser fra 8.b skal have et par på hovedet", "ga", "T"),
    ("næste gang jeg ser en sigøjner ved min bil får han tæsk", "ro", "T"),
    ("de somaliske drenge i parken skal have en omgang så de lærer det", "so", "T"),
    ("den grønlænder skal sgu have en på skrinet", "gr", "T"),
    ("kvinder der brokker sig så meget skal have en lussing", "wo", "T"),
    ("de arabere får sgu klø hvis de viser sig til festen", "ar", "T"),
    ("polakkerne på pladsen skal have en røvfuld i nat", "po", "T"),
    ("kineserne fra takeaway-stedet får en kæberasler hvis de kommer forbi vores kvarter igen", "as", "T"),
    ("de sorte skal have tæv indtil de flytter", "bl", "T"),
])

hateful("threat_intent_h", "first-person threats and stated intent to hurt", [
    ("jeg slår den næste muslim ihjel jeg ser med tørklæde", "mu", "T"),
    ("jeg skal nok sørge for at de flygtninge ikke overlever vinteren", "re", "T"),
    ("jeg har en kniv klar til den næste neger der kigger på min søster", "bl", "T"),
    ("jeg brænder sigøjnernes campingvogne af i nat", "ro", "T"),
    ("jeg kommer til at skyde en jøde en dag, bare vent", "je", "T"),
    ("jeg stikker den første araber der siger noget til mig", "ar", "T"),
    ("vi tager nogle af de polakker med ud i skoven og så kommer de ikke tilbage", "po", "T"),
    ("jeg kvæler hende, den kælling tror hun kan være dommer bare fordi hun er kvinde", "wo", "T"),
    ("jeg og drengene tager grønlænderne efter træning, de skal ikke kunne gå bagefter", "gr", "T"),
    ("jeg hænger dem op, alle transerne på skolen", "tr", "T"),
])

hateful("threat_call_h", "calls to violence against a group", [
    ("nogen burde skyde alle de muslimer", "mu", "T"),
    ("smid dem i havnen, alle sammen, de somaliere", "so", "T"),
    ("slå dem ned, de kinesere, hver gang i ser dem", "as", "T"),
    ("kom nu drenge, vi jager bøsserne ud af byen i aften, tag noget med at slå med", "ga", "T"),
    ("hæng forræderne og deres flygtningevenner op i lygtepælene", "re", "T"),
    ("nogen må sætte ild til de indvandrere", "im", "T"),
    ("skyd de sorte ved grænsen", "bl", "T"),
    ("tæsk de transkønnede når i ser dem", "tr", "T"),
    ("folk skal begynde at banke kvinderne på plads igen", "wo", "T"),
    ("nak alle araberne, så er problemet løst", "ar", "T"),
])

hateful("threat_place_h", "threats against places: mosques, synagogues, asylum centres, pride, associations", [
    ("nogen burde brænde den moské på vesterbro ned", "mu", "T"),
    ("vi smider en molotov ind i synagogen", "je", "T"),
    ("asylcentret ude ved skoven skal jævnes med jorden", "re", "T"),
    ("sæt ild til pride-teltet i år, det fortjener de", "ga", "T"),
    ("det er på tide at nogen smadrer vinduerne i den somaliske forening", "so", "T"),
    ("campingpladsen hvor sigøjnerne holder til burde sprænges i luften", "ro", "T"),
    ("håber nogen kører en lastbil ind i deres moské under fredagsbønnen", "mu", "T"),
    ("jeg ville ikke græde hvis nogen brændte kulturhuset af mens araberne holdt fest", "ar", "T"),
    ("bostedet med de handicappede skal bare sprænges", "di", "T"),
    ("vi går ned og smadrer den polske butik i aften, hvem er med", "po", "T"),
    ("nogen burde tænde ild til den afrikanske kirke med dem inde", "bl", "T"),
])

hateful("threat_wish_h", "wishing death, illness or harm on a group", [
    ("håber alle muslimer dør i en brand", "mu", "T"),
    ("gid de flygtninge drukner på vej herop", "re", "T"),
    ("jeg ville ønske alle bøsser fik aids og døde", "ga", "T"),
    ("måtte alle jøder rådne op", "je", "T"),
    ("håber de sorte får kræft allesammen", "bl", "T"),
    ("det ville være fedt hvis en bus kørte alle sigøjnerne ned", "ro", "T"),
    ("jeg ønsker alle transpersoner en langsom død", "tr", "T"),
    ("gid de handicappede bare døde, så sparede vi pengene", "di", "T"),
    ("jeg håber grønlænderne drikker sig ihjel, så er det problem løst", "gr", "T"),
    ("ville ikke græde hvis hver eneste somalier i byen døde i morgen", "so", "T"),
])

hateful("extremism_code_h", "far-right codes and slogans", [
    ("88 til alle brødrene 🇩🇰", "je", "E"),
    ("14/88 danmark vågner", "je", "E"),
    ("WPWW, vi er mange nu", "bl", "E"),
    ("hh kammerater, ses til marchen lørdag", "je", "E"),
    ("sieg heil drenge 😂 nu kører det", "je", "E"),
    ("1488 skriv det i chatten hvis du er med", "je", "E"),
    ("blod og ære, vi tager landet tilbage fra de fremmede", "im", "E"),
    ("ZOG styrer regeringen og det ved alle i bevægelsen", "je", "E"),
    ("white power 💪 de sorte skal ikke herop", "bl", "E"),
    ("deus vult 🛡️ europa er kristent og muslimerne hører ikke til her", "mu", "E"),
])

hateful("extremism_praise_h", "praise of terror attacks, Holocaust denial or approval, genocide approval", [
    ("breivik var en helt, han gjorde det ingen andre turde", "mu", "E"),
    ("tarrant burde have en statue, han ryddede op i de moskéer", "mu", "E"),
    ("respekt til ham fra halle, der er nogen der har mod", "je", "E"),
    ("holocaust er den største løgn i historien", "je", "E"),
    ("6 millioner? lol det er aldrig sket", "je", "E"),
    ("hitler havde ret om jøderne", "je", "E"),
    ("nazisterne havde den rigtige idé med sigøjnerne", "ro", "E"),
    ("gaskamrene var et godt sted til bøsserne dengang", "ga", "E"),
    ("min helt er ham fra buffalo der skød de sorte i supermarkedet 👏", "bl", "E"),
    ("srebrenica var fortjent, de muslimer fik hvad de skulle have", "mu", "E"),
])

hateful("extremism_cleansing_h", "calls for ethnic cleansing and forced 'remigration'", [
    ("remigration NU, alle ikke-vestlige ud, også dem der er født her", "im", "E"),
    ("vi skal have et etnisk rent danmark, ingen undtagelser", "im", "E"),
    ("tvangsudsend alle muslimer, også børnene", "mu", "E"),
    ("læs de sorte på et fly og send dem til afrika, alle sammen, også dem med pas", "bl", "E"),
    ("fjern alle sigøjnerne fra europa, det er den eneste løsning", "ro", "E"),
    ("deporter alle arabere i kvægvogne, det har virket før", "ar", "E"),
    ("vi skal rense byen for flygtninge, gade for gade", "re", "E"),
    ("den endelige løsning på jødeproblemet var ikke så dum endda", "je", "E"),
    ("lejre til alle transkønnede indtil de er kureret", "tr", "E"),
])

hateful("slur_da_h", "Danish slurs used as the attack", [
    ("hold kæft din perker", "im", "S"),
    ("der sidder sgu en flok perkere ved indgangen igen", "im", "S"),
    ("fucking neger, ud af min butik", "bl", "S"),
    ("kan vi ikke slippe for de svans i vores forening", "ga", "S"),
    ("sikke en mongol han er, den åndssvage spasser", "di", "S"),
    ("hvem gider de lebber til idrætsdagen", "ga", "S"),
    ("de kameljockeyer sidder og råber af hinanden i gården", "ar", "S"),
    ("luderen fra 2. sal har sgu en ny kæreste igen", "wo", "S"),
    ("taterpakket holder til bag rema igen", "ro", "S"),
    ("skævøjede skal ikke bestemme noget i vores klub", "as", "S"),
    ("eskimoerne drikker igen nede ved stationen", "gr", "S"),
    ("fuck de kællinger i bestyrelsen", "wo", "S"),
])

hateful("slur_en_h", "English slurs used in Danish text", [
    ("der står tre niggere ude foran kiosken og råber", "bl", "S"),
    ("han er sådan en faggot, se hvordan han går", "ga", "S"),
    ("den tranny fra kantinen er tilbage 🙄", "tr", "S"),
    ("de retards fra specialklassen skal ikke være med på vores hold", "di", "S"),
    ("kikes i alle bankerne, siger det bare", "je", "S"),
    ("towelheads har overtaget hele vejen", "ar", "S"),
    ("ingen sandniggers i min lejlighed tak", "ar", "S"),
    ("der er en chink der har åbnet butik overfor", "as", "S"),
    ("de er alle sammen whores de piger fra gymnasiet", "wo", "S"),
])

hateful("slur_inflected_compound_h", "slurs in definite, plural and genitive forms and inside compounds", [
    ("perkerbanden fra parken har været her igen", "im", "S"),
    ("negerbørnene i børnehaven larmer hele tiden", "bl", "S"),
    ("perkernes biler holder altid ulovligt", "im", "S"),
    ("jødesvinene i medierne lyver igen", "je", "S"),
    ("mongolholdet er på banen nu, så kan vi lige så godt gå hjem", "di", "S"),
    ("negerens cykel står igen i vores cykelkælder", "bl", "S"),
    ("sigøjnerpakket har slået lejr ude ved skoven", "ro", "S"),
    ("kamelkneppernes moské larmer hver fredag", "mu", "S"),
    ("luderne fra festen i går skal ikke med næste gang", "wo", "S"),
    ("transeklubben på skolen bør lukkes", "tr", "S"),
    ("svanseparaden går gennem byen på lørdag, hold jer inde", "ga", "S"),
    ("det er sådan noget spassermusik de hører på bostedet", "di", "S"),
])

hateful("harass_misgender_h", "harassment of one person: misgendering and deadnaming", [
    ("@Sofie du er stadig en mand uanset hvad du siger", "tr", "H"),
    ("han kalder sig Emma nu lol, men det er da en fyr med paryk", "tr", "H"),
    ("@Alex det hedder 'han', ikke 'de'. du er en dreng, kom over det", "tr", "H"),
    ("hvorfor skal vi kalde ham 'hun'? han har stadig en pik", "tr", "H"),
    ("vores nye frivillige der nu hedder Mikkel er stadig en pige for mig, og jeg kalder hende Mia", "tr", "H"),
    ("@Jonas_nb ikke-binær? du er bare en forvirret pige der vil have opmærksomhed", "tr", "H"),
    ("det var ikke en kvinde der vandt løbet, det var en mand i kjole 🙄 @Lena", "tr", "H"),
    ("kan du ikke selv se at du er en mand i forklædning @Camilla", "tr", "H"),
])

hateful("harass_disability_h", "harassment of one person: mocking a disability", [
    ("@Mads kan du overhovedet læse, din ordblinde taber 😂", "di", "H"),
    ("se ham Peter gå med sin klumpfod haha, man kan høre ham komme på lang afstand", "di", "H"),
    ("@Sara du sidder i kørestol, så lad være med at melde dig til kampen, du er en belastning for holdet", "di", "H"),
    ("han med autisme i 7.a skal ikke med på lejr, han ødelægger alt og er for mærkelig", "di", "H"),
    ("@jens_k kom tilbage når du kan sige en sætning uden at stamme", "di", "H"),
    ("hun er jo døv, hvorfor skal hun overhovedet sidde i forældrerådet, hun fatter ingenting", "di", "H"),
    ("lol @Nikolaj har sgu glemt sin adhd pille igen, lad være med at lege med ham", "di", "H"),
    ("@Kasper vi ved godt du går i specialklasse, så bland dig udenom når de kloge snakker", "di", "H"),
])

hateful("harass_origin_h", "harassment of one person: @-replies about origin, religion or colour", [
    ("@Ahmed skrid hjem til dit eget land", "im", "H"),
    ("@Fatima tag det tørklæde af eller flyt tilbage til ørkenen", "mu", "H"),
    ("@Kofi hvorfor er du overhovedet i vores gruppe, du er ikke dansk og bliver det aldrig", "bl", "H"),
    ("@Pernille_Inuk gå hjem til din iglo og lad os danskere bestemme", "gr", "H"),
    ("@Dawid_k tag tilbage til polen og byg dine billige huse der", "po", "H"),
    ("@Ly din kat er sikkert forsvundet fordi din far har spist den 😂", "as", "H"),
    ("@Mohamed ingen bad om din mening, flygtning", "re", "H"),
    ("@Sarah_L hvad lavede din familie i 1943? gemte sig på loftet? 😂", "je", "H"),
    ("@Abdi du stinker af somalisk mad, vask dig før træning", "so", "H"),
])

hateful("frame_question_h", "hate phrased as a question or rhetorical question", [
    ("hvorfor er det altid muslimerne der laver ballade?", "mu", "G"),
    ("er det kun mig der synes at sorte burde holde sig i deres egne kvarterer?", "bl", "G"),
    ("hvem gider egentlig have en bøsse som nabo?", "ga", "G"),
    ("hvorfor skal vi betale for de handicappede når de ikke bidrager med noget?", "di", "G"),
    ("har i nogensinde mødt en sigøjner der ikke stjæler?", "ro", "G"),
    ("kan kvinder overhovedet køre bus uden at ramme noget? 🙄", "wo", "G"),
    ("tror i virkelig det er et tilfælde at alle direktørerne er jøder?", "je", "G"),
    ("hvorfor lukker vi overhovedet arabere ind i landet, de er jo ikke til at stole på?", "ar", "G"),
    ("er der nogen somaliere der faktisk arbejder? spørger for en ven", "so", "G"),
    ("hvad laver de transkønnede på vores skole? burde de ikke være på psyk?", "tr", "G"),
    ("hvorfor kan polakkerne ikke bare blive i polen og stjæle biler der?", "po", "G"),
])

hateful("frame_negated_pos_h", "hate phrased as a negated positive statement", [
    ("de er sgu ikke mennesker, de arabere", "ar", "D"),
    ("muslimer er sgu ikke fredelige, lad være med at sige det", "mu", "G"),
    ("indvandrere bidrager ikke med en skid, det har de aldrig gjort", "im", "G"),
    ("kvinder er ikke kloge nok til at lede noget som helst", "wo", "G"),
    ("der findes ikke en eneste ærlig sigøjner", "ro", "G"),
    ("grønlændere kan ikke tage vare på sig selv, så drop den", "gr", "G"),
    ("der er ikke en eneste af de asiater i klassen der kan tænke selv, de er ikke kreative overhovedet", "as", "G"),
    ("de handicappede er ikke rigtige mennesker", "di", "D"),
    ("bøsser er ikke normale og bliver det aldrig", "ga", "G"),
    ("jeg har aldrig mødt en polak der ikke snød mig", "po", "G"),
    ])

hateful("frame_profanity_h", "hate combined with profanity", [
    ("fucking muslimer overalt i det her land, jeg er så træt af dem", "mu", "G"),
    ("de forpulede polakker har sgu taget alle jobbene igen", "po", "G"),
    ("fuck alle bøsser, seriøst", "ga", "G"),
    ("pis på de jøder og deres penge", "je", "G"),
    ("skide araberlort, de ødelægger alt", "ar", "D"),
    ("de satans somaliere har fandme smadret legepladsen igen, det er altid dem", "so", "G"),
    ("for helvede, hvorfor skal de handicappede have de bedste p-pladser, de er fucking ubrugelige", "di", "G"),
    ("de fucking flygtninge tager alt og giver intet", "re", "G"),
    ("lortesigøjnere, hold jer væk fra vores gade", "ro", "G"),
    ("de sorte kan fandme ikke opføre sig, det er hver eneste gang", "bl", "G"),
])

hateful("frame_pronoun_h", "group named in one sentence, the attack carried by a pronoun in the next", [
    ("der er flyttet en ny familie fra somalia ind på 3. sal. de skal ud inden sommer, de er nogle beskidte svin", "so", "D"),
    ("så du de asiater ved indgangen? de skulle alle sammen skydes", "as", "T"),
    ("min søn spiller med nogle polske drenge. de er tyveknægte alle sammen, og forældrene er lige så slemme", "po", "G"),
    ("grønlænderne fra kollegiet var ude i går. de er sgu ikke andet end fulde dyr", "gr", "D"),
    ("vores nye nabo er jøde. han skal nok være smart med pengene ligesom resten af dem", "je", "G"),
    ("der kom to bøsser til forældremødet. de burde ikke have lov at adoptere, det er ulækkert", "ga", "G"),
    ("flygtningene fra centret handler altid i netto. de stjæler og lugter og burde sendes hjem", "re", "G"),
    ("de har fået en transperson som lærer i 4.b. sådan nogle skal ikke være i nærheden af børn", "tr", "G"),
    ("der var nogle arabere til festen. jeg håber de brænder", "ar", "T"),
    ("kvinderne i bestyrelsen har fået igennem at vi skal have nye trøjer. de fatter ikke en skid og burde holde sig til kagebagning", "wo", "G"),
    ("sigøjnerne er tilbage ved genbrugspladsen. de skulle tæves hver og en", "ro", "T"),
    ("min bror arbejder med handicappede. han siger de er grøntsager og ingen ved hvorfor man holder dem i live", "di", "D"),
])

hateful("evasion_digraph_h", "hateful messages written with ae/oe/aa for æ/ø/å", [
    ("joederne styrer det hele, vaagn op", "je", "G"),
    ("boesser er nogle klamme svin", "ga", "D"),
    ("graenlaenderne skal ud af koebenhavn nu", "gr", "G"),
    ("muslimerne skal slaas ihjel", "mu", "T"),
    ("flygtninge er noget moeg der skal smides ud", "re", "D"),
    ("vi skal have ryddet landet for udlaendinge, helt ned til det sidste barn", "im", "E"),
    ("sigoejnere er en plage, de stjaeler alt", "ro", "G"),
    ("kvinder hoerer til i koekkenet og ingen andre steder", "wo", "G"),
    ("de sorte skal faa taesk", "bl", "T"),
])

hateful("evasion_leet_h", "hateful messages with leetspeak in the key word", [
    ("mu5l1mer er en kr43ftsvulst", "mu", "D"),
    ("j0der ud af danmark", "je", "G"),
    ("p3rk3r svin", "im", "S"),
    ("n3g3re skal hænges", "bl", "T"),
    ("b0ss3r burde skydes", "ga", "T"),
    ("tr4nsp3rs0ner er syge i hovedet", "tr", "G"),
    ("s1gøjn3re er rotter", "ro", "D"),
    ("4r4bere er parasitter", "ar", "D"),
    ("5omali3re = 4ber", "so", "D"),
])

hateful("evasion_spaced_h", "hateful messages with the key word spelled with spaces, dots or dashes", [
    ("p e r k e r e ud", "im", "S"),
    ("m.u.s.l.i.m.e.r skal dø", "mu", "T"),
    ("de er s k a d e d y r allesammen de flygtninge", "re", "D"),
    ("smid den n-e-g-e-r ud af bussen", "bl", "S"),
    ("j ø d e r n e styrer medierne", "je", "G"),
    ("de grønlændere skal s k y d e s", "gr", "T"),
    ("kvinder er d u m m e", "wo", "G"),
    ("s p a s s e r e skal ikke være med", "di", "S"),
    ("asiater er u n d e r m e n n e s k e r", "as", "D"),
])

hateful("evasion_asterisk_h", "hateful messages with asterisk masking", [
    ("de p*rkere skal ud", "im", "S"),
    ("n*gere skal ikke bo her", "bl", "S"),
    ("@Lukas din f*ggot, ingen vil have dig på holdet", "ga", "S"),
    ("j*der styrer bankerne", "je", "G"),
    ("tr*nser skal have bank", "tr", "T"),
    ("m*sl*mer er sv*n", "mu", "D"),
    ("sl* alle sigøjnerne ihj*l", "ro", "T"),
    ("k*llingerne i byrådet skal ikke bestemme", "wo", "S"),
    ("kam*lkneppere overalt i gaden", "ar", "S"),
])

hateful("evasion_emoji_h", "hateful messages with emoji replacing or inside words", [
    ("muslimer = 🐷🐷🐷", "mu", "D"),
    ("de sorte 🐒🐒 skal hjem", "bl", "D"),
    ("jøder 🔥🔥 ovnen venter", "je", "T"),
    ("flygtninge 🔫🔫🔫", "re", "T"),
    ("b🏳️‍🌈sser er 🤮 og burde 🔪", "ga", "T"),
    ("somaliere 🐀🐀 hele blokken er fyldt", "so", "D"),
    ("kvinder er 💩 og skal holde 🤐", "wo", "D"),
    ("grønl🍺ndere 🍺🍺 altid fulde", "gr", "G"),
    ("☠️ alle arabere ☠️", "ar", "T"),
])


# ===========================================================================
# NON-HATEFUL
# ===========================================================================

benign("counter_quote_nh", "hate quoted in order to object to it or report it", [
    ("han skrev at muslimer er en kræftsvulst. det er ikke ok, jeg har meldt det til admin", "mu"),
    ("@mods nogen har skrevet 'perkere ud' i generel chatten, kan i fjerne det?", "im"),
    ("min søn fik at vide i frikvarteret at han var en 'neger'. skal vi ikke tage det op på forældremødet?", "bl"),
    ("så lige en kommentar der kaldte flygtninge for rotter. hvad fanden er der galt med folk", "re"),
    ("'jøderne styrer medierne' seriøst? det er gammel nazipropaganda, stop det", "je"),
    ("hun blev kaldt luder i kommentarerne bare fordi hun var dommer. det er så langt ude", "wo"),
    ("til ham der skrev at bøsser burde skydes: du er blokeret og det er meldt til politiet", "ga"),
    ("nogen har tegnet hagekors og skrevet 88 på cykelskuret. vi har kontaktet boligselskabet", "je"),
    ("citat fra tråden i går: 'grønlændere er fulde dyr'. det er racisme og det hører ikke hjemme her", "gr"),
    ("jeg har screenshottet beskeden hvor han skriver at de handicappede burde dø. sender det til formanden", "di"),
    ("når folk skriver 'send dem hjem i kvægvogne' så ved de godt hvad de henviser til. lad være", ""),
    ("en af spillerne kaldte vores målmand 'abe' og lavede abelyde. dommeren stoppede kampen, godt gået", "bl"),
    ("jeg synes ikke det er sjovt at skrive 'tranny' om vores nye træner, kan vi ikke lade være", "tr"),
    ("'kvinder hører til i køkkenet' haha nej, det var måske sjovt i 1950, nu er det bare pinligt", "wo"),
    ("moderator: beskeden om at 'sigøjnere stjæler' er slettet. næste gang bliver du smidt ud", "ro"),
    ("han sagde 'hitler havde ret' til festen og folk grinede. jeg gik. hvorfor griner folk af det", "je"),
    ("nogen skrev 'p3rk3r' med tal for at snyde filteret. vi kan godt se det 🙄 melder det", "im"),
    ("det er ikke 'bare for sjov' at kalde somaliere for aber. stop", "so"),
    ("rapport: bruger Dansk_Viking skriver at moskéen burde brændes ned. screenshots vedhæftet", "mu"),
    ("min datter blev kaldt 'skævøjet' af en dreng i 5.b, vi tager det op med klasselæreren i morgen", "as"),
    ("'kamelknepper' er ikke et ok ord at bruge om en holdkammerat, heller ikke for sjov", "ar"),
    ("kan vi snakke om at nogen i går skrev at polakker er skadedyr? det er vores naboer og kolleger", "po"),
    ("jeg har lige læst at han kaldte hende 'en mand i kjole'. det er transfobisk og ondt", "tr"),
    ("'holocaust er løgn' skrev han. jeg har sendt ham et link til frihedsmuseet og blokeret ham", "je"),
    ("det ord han brugte om lesbiske til træningen i går vil vi ikke høre i klubben igen", "ga"),
    ("okay folk, ham der skrev 'de er ikke mennesker' om flygtningene er smidt ud af gruppen", "re"),
    ("jeg blev kaldt spasser i bussen i dag fordi jeg har cp. bare så i ved hvordan det er", "di"),
    ("nogen skrev 'gas dem' under opslaget om synagogen. det er anmeldt", "je"),
    ("vi har fået klager over at nogen kalder de grønlandske drenge 'eskimoer'. det stopper nu", "gr"),
    ("han skrev 'arabere er parasitter' og fik tre likes. jeg forstår ikke den her gruppe længere", "ar"),
])

benign("counter_denounce_nh", "counter-speech: denouncing hate and supporting targeted people", [
    ("racisme hører ikke hjemme i vores klub. punktum", ""),
    ("det er fandme ikke ok at tale sådan om muslimer, de er jo vores naboer", "mu"),
    ("vi står sammen med vores jødiske naboer efter det der skete i weekenden ❤️", "je"),
    ("alle er velkomne på holdet, også transpersoner, og passer det dig ikke må du finde en anden klub", "tr"),
    ("helt ærligt, lad være med at hetze mod flygtningene. de er flygtet fra krig", "re"),
    ("homofobi er sgu så 1990. lad folk elske hvem de vil", "ga"),
    ("kan vi blive enige om at ingen her bruger de ord længere? det gør ondt på folk", ""),
    ("hvis du synes handicappede er en byrde så prøv at arbejde en uge på et bosted", "di"),
    ("jeg er så træt af de nedladende kommentarer om kvinderne i byrådet. de gør det fint", "wo"),
    ("romaer er ikke kriminelle fordi de er romaer, den generalisering er bare racisme", "ro"),
    ("det er pinligt at nogen stadig tror på det der med at jøder styrer verden", "je"),
    ("tak til alle der sagde fra i chatten i går 💪 sådan skal det være", ""),
    ("voksne der råber ad sorte børn på en fodboldbane burde skamme sig", "bl"),
    ("stop med at kalde polakkerne for tyve, de har bygget halvdelen af boligforeningen", "po"),
    ("jeg vil ikke være med i en gruppe hvor man griner af grønlændere", "gr"),
    ("ingen fortjener at blive truet fordi de er muslimer. ingen.", "mu"),
    ("jeg siger fra når nogen gør grin med de asiatiske elever, det burde i også gøre", "as"),
    ("vi har slettet indlægget om de sorte spillere. den slags vil vi ikke have, vi står bag dem", "bl"),
])

benign("counter_sarcasm_nh", "sarcasm clearly aimed against racism and prejudice", [
    ("ja ja, alle indvandrere er kriminelle og jorden er flad 🙄", "im"),
    ("nå så nu er det også flygtningenes skyld at bussen er forsinket? klassiker", "re"),
    ("'jeg er ikke racist men' -> så kommer der altid noget racistisk lol", ""),
    ("haha ja, pride ødelægger helt sikkert dit ægteskab 🙄", "ga"),
    ("uh nej en kvinde som dommer, hvordan skal vi dog overleve 😱 grow up", "wo"),
    ("jaja og de jødiske rumlasere styrer også vejret, kom nu", "je"),
    ("sikke en overraskelse at den eneste grønlænder i klassen var den der blev mistænkt. not", "gr"),
    ("ja for det er helt sikkert muslimerne der har taget din cykel og ikke ham fra 3. sal der lige har fået en magen til 😂", "mu"),
    ("når onkel kalder alle asiater for 'kinesere' til julefrokosten 🤡", "as"),
    ("fantastisk logik: to polakker var fulde, altså er alle polakker fulde. genialt", "po"),
])

benign("reclaimed_nh", "reclaimed or self-referential use by members of the group", [
    ("vi bøsser fra svømmeklubben skal til pride på lørdag, hvem kommer med? 🏳️‍🌈", "ga"),
    ("som en stolt lebbe kan jeg sige at den her kamp var sindssyg", "ga"),
    ("jeg er krøbling og jeg bestemmer selv om jeg vil kalde mig det 😂", "di"),
    ("haha vi perkere fra 2200 laver de bedste fester, sorry not sorry", "im"),
    ("som gammel homo har jeg set det hele, men årets pride var den bedste", "ga"),
    ("queer og stolt 💜 ses til filmaftenen", "ga"),
    ("vi svanse har vundet quizzen igen 🏆", "ga"),
    ("jeg er trans og ja jeg bruger herreomklædningen, spørg mig endelig hvis i har spørgsmål", "tr"),
    ("os spastikere i kørestolsbasket tæsker de gående hold hver gang 😎", "di"),
    ("min mormor var sigøjner og hun lærte mig at spille violin", "ro"),
    ("os bøssekarle i koret har lavet en playliste til julefrokosten 🎶", "ga"),
    ("som sort kvinde i bestyrelsen kan jeg sige at jeg er stolt af os", "bl"),
    ("jeg er halvt jøde og de bedste jødejokes er dem min familie selv laver 😂", "je"),
    ("vi blinde kan sagtens spille goalball, kom og prøv på torsdag", "di"),
])

benign("slur_mention_nh", "slurs mentioned and discussed, not used against anyone", [
    ("ordet 'neger' var normalt i min farmors tid, men det er det ikke i dag", "bl"),
    ("min søn kom hjem og spurgte hvad 'perker' betyder. hvordan forklarer man det?", "im"),
    ("i dansktimen snakkede de om hvorfor 'sigøjner' opfattes som nedsættende af mange romaer", "ro"),
    ("mange grønlændere bryder sig ikke om ordet 'eskimo', så vi bruger det ikke i foreningen", "gr"),
    ("det er vildt at 'bøsse' var et skældsord i så mange år og nu bruger mange det selv", "ga"),
    ("man kan diskutere om 'mongol' nogensinde er ok om folk med downs. jeg synes nej", "di"),
    ("hvorfor er 'spasser' stadig det mest brugte skældsord i skolegården? vi burde tale om det", "di"),
    ("n-ordet skal man bare ikke sige, heller ikke når man synger med på rap", "bl"),
    ("ordbogen skriver at 'lebbe' er nedsættende, det vidste jeg ikke", "ga"),
    ("hvad er forskellen på 'transkønnet' og 'transperson'? hvilket ord er bedst at bruge?", "tr"),
    ("i gamle børnebøger står der 'hottentot' og 'neger', skal man læse dem højt for børnene?", "bl"),
    ("'luder' er det mest brugte skældsord mod piger i 7. klasse ifølge trivselsmålingen", "wo"),
])

benign("ident_neutral_nh", "group words in neutral everyday statements", [
    ("der er åbent hus i moskéen på lørdag, nogen der vil med?", "mu"),
    ("der kommer to polske håndværkere og kigger på taget på tirsdag", "po"),
    ("min nabo er muslim og vi plejer at snakke lidt i gården", "mu"),
    ("det er jødisk nytår i næste uge, synagogen har fællesspisning", "je"),
    ("flygtningene fra ukraine starter i klassen efter efterårsferien", "re"),
    ("skal vi have en tolk til de arabiske forældre på mødet?", "ar"),
    ("grønlands nationaldag er den 21. juni, vi holder noget i foreningen", "gr"),
    ("der er to transpersoner i min klasse og de er helt almindelige", "tr"),
    ("min fætter er bøsse og har lige fået en kæreste", "ga"),
    ("kvindeholdet træner tirsdag kl 18, herreholdet torsdag", "wo"),
    ("kan vi sørge for at hallen er tilgængelig for kørestolsbrugere til jubilæet?", "di"),
    ("de asiatiske studerende holder kinesisk nytår i fælleshuset", "as"),
    ("indvandrerforeningen låner vores lokale på søndag", "im"),
    ("hvor mange af de nye flygtninge har brug for en cykel? vi har 6 til overs", "re"),
    ("den sorte pige i 3.a har fødselsdag på fredag, hele klassen er inviteret", "bl"),
    ("ved nogen hvornår ramadanen slutter i år? vil gerne ønske naboerne god eid", "mu"),
    ("til info: romaernes internationale dag er den 8. april", "ro"),
    ("lgbt-foreningen holder generalforsamling på torsdag", "ga"),
    ("beboerne fra bostedet for udviklingshæmmede kommer og ser kampen på søndag, vi reserverer plads", "di"),
    ("min svigermor er fra grønland og taler grønlandsk med børnene", "gr"),
    ("skal kvinderne også spille i den nye trøje?", "wo"),
    ("de arabiske drenge fra u15 har spurgt om de kan bede i omklædningsrummet efter træning, hvad tænker i?", "ar"),
    ("jeg er selv polak, spørg mig hvis i skal have hjælp til at oversætte", "po"),
    ("somalisk forening har lektiecafé hver onsdag", "so"),
    ("der er flyttet nye muslimske familier ind i opgang c, husk at invitere dem til gårdfesten", "mu"),
    ("de nye flygtningefamilier skal have hjælp til at flytte ind på fredag", "re"),
    ("kvindelandsholdet spiller på tv i aften", "wo"),
    ("hvem kan køre de handicappede børn til stævnet?", "di"),
    ("der er en grønlænderforening i odense, de har kaffemik hver måned", "gr"),
    ("vores asiatiske udvekslingsstudent starter i næste uge, hun hedder Mei", "as"),
])

benign("ident_positive_nh", "positive statements about groups", [
    ("de somaliske drenge på u13 er sindssygt gode til at spille sammen", "so"),
    ("elsker at vi har så mange nationaliteter i klubben ❤️", ""),
    ("den grønlandske trommedans til sommerfesten var det fedeste", "gr"),
    ("min bedste ven er trans og det bedste menneske jeg kender", "tr"),
    ("kvinderne i bestyrelsen har fået styr på økonomien, respekt", "wo"),
    ("de polske håndværkere har lavet et pissegodt stykke arbejde på taget", "po"),
    ("de arabiske naboer kom med mad da min mor var syg, så søde", "ar"),
    ("flygtningene der startede i klubben sidste år er nu nogle af vores bedste trænere", "re"),
    ("paraholdet gav os baghjul i går, sikke noget talent de har", "di"),
    ("jødisk mad er så undervurderet, den bagel fra bageren i går var vild", "je"),
    ("respekt til de muslimske drenge der hjalp med at rydde op efter festen 🙏", "mu"),
    ("romaerne der spillede musik på torvet i går var fantastiske", "ro"),
    ("de asiatiske familier i foreningen er altid de første til at melde sig til arbejdsdage", "as"),
    ("mine naboer er et lesbisk par med to børn og de er de sødeste mennesker", "ga"),
    ("vores nye træner er sort og den bedste vi nogensinde har haft", "bl"),
    ("indvandrerne i min opgang er de mest hjælpsomme naboer jeg har haft", "im"),
    ("piger i esport er ikke dårligere, hun carried hele holdet i går", "wo"),
    ("de udviklingshæmmede fra bostedet vandt quizzen i foreningen 😂 fortjent", "di"),
    ("jeg elsker at muslimer, jøder og alle andre kommer til fællesspisningen, det er det der gør det fedt", "mu"),
    ("bøssekoret til julekoncerten var årets højdepunkt", "ga"),
    ("de vietnamesiske familier i blokken laver den bedste mad til gårdfesten", "as"),
    ("polakkerne på holdet er de mest stabile spillere vi har, de kommer til hver eneste træning", "po"),
    ("den grønlandske pige på u11 scorede tre mål i dag 🔥", "gr"),
])

benign("news_attack_nh", "news and facts about attacks on groups, reported neutrally or with sympathy", [
    ("politiet efterforsker hærværk mod moskéen i odense, der blev smidt sten gennem ruderne", "mu"),
    ("i 2015 blev der skudt ved synagogen i krystalgade og en vagt blev dræbt. mindehøjtidelighed i morgen", "je"),
    ("der står i avisen at en 19-årig er anholdt for at true beboere på asylcentret", "re"),
    ("breivik dræbte 77 mennesker i norge i 2011. vi har temadag om det på skolen", ""),
    ("ifølge politiet er hadforbrydelser mod homoseksuelle steget i år", "ga"),
    ("dr skriver at en transkvinde blev overfaldet på strøget i nat", "tr"),
    ("der var angreb på to moskéer i christchurch i 2019, det snakker vi om i samfundsfag", "mu"),
    ("politiet har sigtet en mand for racistiske tilråb mod en sort fodboldspiller", "bl"),
    ("der er blevet malet hagekors på den jødiske begravelsesplads, tv2 har lavet et indslag", "je"),
    ("nyheder: der blev sat ild til nogle campingvogne hvor romaer boede, ingen kom til skade", "ro"),
    ("rapport: mange grønlændere i danmark oplever diskrimination på boligmarkedet", "gr"),
    ("manden der kørte ind i folk foran moskéen er idømt 8 års fængsel", "mu"),
    ("holocaust-mindedagen er den 27. januar, der er arrangement på biblioteket", "je"),
    ("ifølge undersøgelsen har halvdelen af kvinderne i klubben oplevet sexistiske kommentarer", "wo"),
    ("politiet efterlyser vidner til et overfald på en handicappet mand ved stationen", "di"),
    ("har i set nyheden om angrebet på de somaliske butikker i århus? hvem gør sådan noget", "so"),
    ("en 17-årig er dømt for at planlægge et angreb på en skole, han havde nazistiske symboler hjemme", ""),
    ("der blev råbt 'sieg heil' ved demonstrationen i går, politiet har identificeret tre personer", ""),
    ("antallet af anmeldte hadforbrydelser mod jøder steg efter 7. oktober ifølge politiet", "je"),
    ("en polsk arbejder blev slået ned i nat ved banegården, politiet søger vidner", "po"),
    ("retssagen mod de tre mænd der truede et homoseksuelt par i aalborg starter i dag", "ga"),
    ("avisen skriver at en kvinde med tørklæde blev spyttet på i bussen. hvad sker der for folk", "mu"),
])

benign("criticism_ideas_nh", "criticism of religion, ideas, states or politicians without attacking people", [
    ("jeg synes islam har et problematisk kvindesyn, det må man gerne sige", "mu"),
    ("religion generelt er noget pjat for mig, både kristendom og islam", ""),
    ("israels regering bomber gaza og det er forfærdeligt, men det har intet med jøderne i danmark at gøre", "je"),
    ("jeg er uenig med imamen der udtalte sig i avisen, hans syn på homoseksualitet er forældet", "mu"),
    ("dansk folkeparti og nye borgerlige har en fuldstændig forfejlet politik", ""),
    ("socialdemokratiets udlændingepolitik er hyklerisk, de skifter holdning hvert valg", ""),
    ("den katolske kirke har dækket over misbrug i årevis, det er en skandale", ""),
    ("koranafbrændinger er dumme provokationer, men jeg synes ikke det burde være forbudt", "mu"),
    ("jeg synes ikke at tørklæder hører til på små piger i skolen, men det er en politisk diskussion", "mu"),
    ("kritik af israels militær er ikke antisemitisme, og antisemitisme er ikke kritik", "je"),
    ("jeg synes feminismen er gået for langt på nogle områder, fx kvoter i bestyrelser", "wo"),
    ("scientology er en sekt og det siger jeg gerne højt", ""),
    ("hamas er en terrororganisation, det skal man kunne sige uden at blive kaldt racist", ""),
    ("jeg stemmer ikke på partier der vil have mere religion i skolen, uanset hvilken religion", ""),
    ("ultraortodokse regler om kvinder kan jeg ikke forsvare, uanset hvilken religion de kommer fra", ""),
    ("paludan er en provokatør og hans partiprogram er noget lort", ""),
    ("det er ok at kritisere sharia, det er et lovsystem og ikke en gruppe mennesker", "mu"),
    ("jeg er ateist og synes al religion er overtro, men jeg respekterer folk der tror", ""),
    ("jeg bryder mig ikke om omskæring af drenge, uanset om det er en jødisk eller muslimsk tradition", ""),
    ("man må gerne være imod burkaer, men man må ikke chikanere dem der går med dem", "mu"),
    ("frikirkerne med deres homoterapi burde lukkes, det er skadeligt", "ga"),
    ("imamen i den moské har sagt ting jeg er dybt uenig i, men menigheden er søde mennesker", "mu"),
])

benign("policy_discussion_nh", "views on immigration, integration and equality policy that attack nobody", [
    ("jeg synes danmark skal tage færre flygtninge og hjælpe mere i nærområderne", "re"),
    ("integrationen kunne være bedre, kommunen skal have flere sprogkurser", "im"),
    ("jeg er for en stram udlændingepolitik, men folk der er her skal behandles ordentligt", "im"),
    ("ghettoloven rammer helt almindelige familier, det er ikke fair", "im"),
    ("skal vi have flere eller færre kvoteflygtninge? jeg er ærligt i tvivl", "re"),
    ("arbejdskraft fra polen holder byggebranchen kørende, vi skal ikke lukke for det", "po"),
    ("jeg synes reglerne for familiesammenføring er alt for stramme", "im"),
    ("burde asylcentrene ligge tættere på byerne så folk kan få arbejde?", "re"),
    ("det koster penge at tage imod flygtninge, men det gør det også at lade være", "re"),
    ("jeg stemmer for at foreningen laver et integrationsudvalg", ""),
    ("kvoter for kvinder i ledelse er forkert efter min mening, det skal være kompetencer", "wo"),
    ("tørklædeforbud i skolen? nej tak, men jeg forstår godt at folk diskuterer det", "mu"),
    ("grønland skal selv bestemme over sin fremtid, også om selvstændighed", "gr"),
    ("der burde være adgang for kørestole i alle kommunale bygninger, det er for dårligt i dag", "di"),
    ("statsborgerskab burde kræve bedre danskkundskaber, synes jeg", "im"),
    ("udvisningsreglerne for kriminelle udlændinge skal håndhæves, men det må ikke ramme deres familier", "im"),
    ("jeg er imod at boligselskabet sælger almene boliger for at sprede beboerne", "im"),
    ("transpersoner skal have lettere adgang til juridisk kønsskifte, det er min holdning", "tr"),
    ("hvad synes i om kontanthjælpsloftet? det rammer mange flygtningefamilier", "re"),
    ("jeg synes vi tager for få ukrainere ind i kommunen", "re"),
    ("grænsekontrollen koster mere end den gavner", ""),
    ("vielser af homoseksuelle i kirken burde være en selvfølge", "ga"),
])

benign("question_goodfaith_nh", "questions about groups asked in good faith", [
    ("hvad siger man egentlig, romaer eller sigøjnere? vil ikke sige noget forkert", "ro"),
    ("ved nogen om de muslimske børn må spise gelatine? laver slikposer til fødselsdag", "mu"),
    ("hvordan siger man tak på grønlandsk?", "gr"),
    ("hvilket pronomen bruger vores nye træner? vil gerne sige det rigtigt", "tr"),
    ("hvad er forskellen på en flygtning og en migrant rent juridisk?", "re"),
    ("starter sabbat fredag aften? vi planlægger turnering og vil ikke ramme det for de jødiske spillere", "je"),
    ("hvordan gør vi omklædningsrummene mere trygge for transpersoner?", "tr"),
    ("må man sige 'sort' eller skal man sige noget andet? min datter spurgte", "bl"),
    ("hvad betyder inshallah? min nabo siger det hele tiden", "mu"),
    ("hvor mange somaliere bor der egentlig i danmark?", "so"),
    ("kan døve være med i koret hvis vi skaffer en tegnsprogstolk?", "di"),
    ("hvilke helligdage har polakkerne? vi vil gerne tage hensyn i vagtplanen", "po"),
    ("hvorfor kalder nogen asiater for 'gule'? er det ikke bare racistisk?", "as"),
    ("ved nogen hvordan man søger støtte til handicapvenlige aktiviteter?", "di"),
    ("er der nogen der kan tolke til arabisk på forældremødet?", "ar"),
    ("hvordan hjælper vi de ukrainske flygtningebørn bedst i klassen?", "re"),
    ("må man spørge en transperson om deres gamle navn, eller er det uhøfligt?", "tr"),
    ("findes der et kvindehold i vores lokale esportsklub?", "wo"),
    ("hvordan undgår vi at de somaliske forældre føler sig udenfor til forældremødet?", "so"),
    ("er det ok at spørge min kollega fra japan om hvordan hun fejrer nytår?", "as"),
])

benign("negate_hate_nh", "hateful claims negated or rejected", [
    ("muslimer er ikke terrorister, det er så dum en påstand", "mu"),
    ("flygtninge er ikke kriminelle, de fleste vil bare have et normalt liv", "re"),
    ("jeg har aldrig sagt at polakker stjæler, det var ham der skrev det", "po"),
    ("der er intet galt med at være bøsse", "ga"),
    ("kvinder er ikke dårligere til fodbold, de har bare fået mindre træning og færre penge", "wo"),
    ("handicappede er ikke en byrde, det er samfundet der bygger barriererne", "di"),
    ("jøder styrer ikke noget som helst, det er en gammel løgn", "je"),
    ("sorte er ikke mere voldelige end andre, det viser al forskning", "bl"),
    ("grønlændere drikker ikke mere end danskere i samme situation, den myte skal dø", "gr"),
    ("transpersoner er ikke farlige for nogen", "tr"),
    ("romaer er ikke tyve, jeg arbejder sammen med mange af dem", "ro"),
    ("ingen af de somaliske drenge havde noget med ruderne at gøre, det var nogle danske knægte", "so"),
    ("jeg synes ikke arabere er farlige, jeg synes bare nyhederne er ensidige", "ar"),
    ("nej, asiater er ikke 'alle ens', det er noget vrøvl", "as"),
    ("indvandrere er ikke dovne, min far stod 40 år på en fabrik", "im"),
    ("det er ikke mere unaturligt at være lesbisk end at være venstrehåndet", "ga"),
])

benign("profanity_nontarget_nh", "profanity aimed at nobody, or at things and situations", [
    ("fuck det var en lortekamp i dag", ""),
    ("for helvede, hvem har taget min cykelpumpe igen", ""),
    ("sikke noget pis, bussen kom ikke igen", ""),
    ("den her mandag kan gå ad helvede til", ""),
    ("satans også, jeg har glemt nøglen til klubhuset", ""),
    ("lort, jeg glemte forældremødet 🤦", ""),
    ("fuck hvor er det koldt i hallen", ""),
    ("hvem fanden har parkeret foran containeren igen", ""),
    ("skide printer, den virker aldrig når man skal bruge den", ""),
    ("pisse godt gået i dag drenge 🔥", ""),
    ("det er sgu noget lort med de nye regler for vaskeriet", ""),
    ("fandens også, regnen ødelagde hele grillaftenen", ""),
    ("wtf sker der med wifi i fælleshuset", ""),
    ("shit mand, jeg har glemt at bage kage til i morgen", ""),
    ("hold kæft hvor var den film kedelig", ""),
    ("fucking fedt at vi vandt pokalen 🏆🏆", ""),
    ("den lorteopdatering ødelagde hele spillet", ""),
    ("gud hvor er jeg træt af det her regnvejr, fuck det", ""),
    ("ad helvede til med de nye parkeringsregler", ""),
    ("sgu da for dumt at hallen er lukket i vinterferien", ""),
])

benign("gaming_trashtalk_nh", "gaming trash talk and banter without a group", [
    ("ez clap, i er så dårlige lol", ""),
    ("gg noobs, gå hjem og øv jer", ""),
    ("du er fandme den dårligste holdkammerat jeg har haft, lær at rotere", ""),
    ("uninstall spillet mand, seriøst", ""),
    ("hvem er den bot der lige døde fem gange i træk 💀", ""),
    ("i blev rekt så hårdt at i skal have en kop te bagefter", ""),
    ("vores jungler er braindead, ingen ganks hele spillet", ""),
    ("stfu du er hardstuck silver", ""),
    ("git gud din taber 😂", ""),
    ("bro du spiller som min mormor", ""),
    ("toxic? nej jeg siger bare at du er trash", ""),
    ("i bliver destroyed i morgen aften, bare vent", ""),
    ("hvem carried? mig. hvem feedede? dig", ""),
    ("kan nogen kicke Lasse, han er afk igen", ""),
    ("lol du missede alle skud, har du sluppet musen", ""),
    ("du er så bad at det næsten er imponerende", ""),
    ("jeg ødelægger din rank i morgen haha", ""),
    ("rip, vi blev stomped af nogle 12-årige", ""),
    ("hold kæft din idiot, hvorfor pushede du alene", ""),
    ("noob team, jeg er færdig for i dag", ""),
])

benign("violence_idiom_nh", "violent words about games, sport, food and everyday idioms", [
    ("jeg slår dig i FIFA i aften", ""),
    ("vi skal sgu slagte dem på lørdag, de har intet forsvar", ""),
    ("jeg kunne dræbe for en pizza lige nu", ""),
    ("den kage er til at dø for", ""),
    ("vi massakrerede dem 7-0 lol", ""),
    ("skyd nu bolden for helvede, du har åbent mål", ""),
    ("min mor slår mig ihjel hvis jeg kommer for sent igen", ""),
    ("han blev fuldstændig henrettet af målmanden på straffesparket", ""),
    ("skær løgene i tern og brænd dem lidt af på panden", ""),
    ("bank kødet fladt før du steger det", ""),
    ("vi nakkede bossen i første forsøg 💪", ""),
    ("killstreak på 15, er jeg ikke bare god", ""),
    ("jeg skyder lige en mail afsted til bestyrelsen", ""),
    ("hun smadrede sin personlige rekord på 5 km", ""),
    ("vi tæskede u17 i går, de havde ingen chance", ""),
    ("jeg kunne slå ham ihjel, han har spist min sidste chokolade 😤", ""),
    ("den sang er fuldstændig dræbende god", ""),
    ("vi bombede dem med trepointere i anden halvleg", ""),
    ("min computer døde midt i kampen, jeg smider den ud af vinduet snart", ""),
    ("jeg får dig, bare vent til revanchen 😈", ""),
    ("han headshottede hele holdet på 3 sekunder", ""),
    ("skal vi ikke bare skyde det forslag ned på mødet, det er dårligt", ""),
    ("jeg skød et rådyr på jagten i weekenden med min farbror", ""),
    ("den ost er så stærk at den kunne slå en hest ihjel", ""),
    ("vi skal knuse dem i finalen 💪", ""),
    ("husk at hakke persillen fint og mose kartoflerne", ""),
    ("jeg blev fuldstændig smadret af den spinningtime", ""),
    ("han skød helt forbi fra to meter, jeg døde af grin", ""),
])

benign("homonym_nh", "Danish words that look like slurs or group words but are innocent", [
    ("hvilket fag har i først i morgen? jeg har dansk", ""),
    ("min søn spiller fagot i musikskolen, koncert på torsdag", ""),
    ("husk at tage din bøsse med til jagten, vi mødes kl 6", ""),
    ("vi har sat en indsamlingsbøsse op ved kassen til ukraine", ""),
    ("lastbilen har en retarder, så den bremser selv ned ad bakken", ""),
    ("kan man negere en sætning på tysk med 'kein'?", ""),
    ("han prøver at negere alt hvad hun siger, det er super irriterende", ""),
    ("niger ligger i vestafrika, det var svaret på quizzen", ""),
    ("har nogen en spade jeg kan låne til kolonihaven?", ""),
    ("vi skal dykke i sommerferien, er der nogen der har et dykkerur?", ""),
    ("det var bare for sjov og spas, tag det roligt", ""),
    ("muslinger i hvidvin til sankthans, hvem er med?", ""),
    ("fagforeningen holder møde om overenskomsten på onsdag", ""),
    ("kig i kikkerten, der sidder en ørn på pælen", ""),
    ("homogeniseret mælk eller skummetmælk til kaffen?", ""),
    ("min fagbog i biologi er forsvundet, har nogen set den", ""),
    ("han er fagligt dygtig men ikke så god til mennesker", ""),
    ("sorte bukser og hvid skjorte til konfirmationen", ""),
    ("der sidder en sort kat på trappen, er det jeres?", ""),
    ("skal vi spille sorteper med børnene?", ""),
    ("bøssemageren i byen har lukket, hvor får jeg nu riflen efterset?", ""),
    ("spasmerne i ryggen kommer igen når jeg løfter for tungt", ""),
    ("fagot er det sværeste træblæserinstrument, siger min lærer", ""),
    ("vi fik sorte oliven og feta til forret", ""),
    ("tøsen spillede fagot og hendes bror spillede obo", ""),
    ("vi skal negere alle udsagn i opgaven, det er logik til eksamen", ""),
])

benign("abuse_nonprotected_nh", "insults of people or groups that are not protected (fans, neighbours, professions, towns)", [
    ("brøndby-fans er de dummeste mennesker på jorden", ""),
    ("min nabo er en kæmpe idiot, han parkerer altid på min plads", ""),
    ("politikerne i byrådet er nogle ubrugelige klovne", ""),
    ("fck er et lortehold med lortefans", ""),
    ("@Henrik du er så dum at det gør ondt, læs referatet før du skriver", ""),
    ("bestyrelsen er nogle fjolser der ikke kan regne", ""),
    ("hipsterne på vesterbro er så irriterende med deres havremælk", ""),
    ("dommeren var helt væk i dag, den tosse burde finde et andet job", ""),
    ("influencere er det mest nytteløse erhverv der findes", ""),
    ("forældrene fra det andet hold råbte som nogle aber hele kampen", ""),
    ("aarhusianere tror de er bedre end alle andre lol", ""),
    ("de skide måger har ødelagt hele grillfesten", ""),
    ("jyder kan ikke finde ud af at tale ordentligt 😂", ""),
    ("@Lars du er en kæmpe klaphat, det er anden gang du glemmer nøglerne", ""),
    ("tesla-ejere er de værste bilister", ""),
    ("ham fra 4. sal er et svin, han smider skrald ud af vinduet", ""),
    ("bankdirektører er nogle grådige parasitter", ""),
    ("de tåber fra naboklubben har stjålet vores bannere igen", ""),
    ("københavnere er nogle snobber", ""),
    ("de der elløbehjulsfolk er en plage for hele byen, smid dem i havnen 😤", ""),
])

benign("heated_argument_nh", "heated arguments and complaints without hate", [
    ("nej du tager fejl, og du har taget fejl hele ugen. læs nu vedtægterne", ""),
    ("hvis du ikke gider hjælpe til arbejdsdagen så hold op med at brokke dig", ""),
    ("det er for latterligt at du stemmer imod igen bare fordi det var mit forslag", ""),
    ("seriøst Mette, du kan ikke bare aflyse træningen uden at skrive i gruppen", ""),
    ("jeg gider ikke diskutere mere med dig, du hører alligevel ikke efter", ""),
    ("hvem har spist min mad i fælleskøleskabet?? det er tredje gang", ""),
    ("din hund har skidt på græsset igen og du samler aldrig op", ""),
    ("stop med at spamme chatten med dine memes, det er en forældregruppe", ""),
    ("vi har betalt kontingent, så hvorfor får vores børn ikke spilletid?", ""),
    ("du opfører dig som et barn, kan vi tale som voksne?", ""),
    ("træneren er uduelig og burde fyres, han har tabt 6 kampe i træk", ""),
    ("jamen så lav det selv hvis du er så klog", ""),
    ("nej jeg kører IKKE igen, det er jeres tur!!", ""),
    ("det er anden gang du skriver til min søn på den måde, næste gang går jeg til formanden", ""),
    ("dit barn har skubbet mit barn i skolegården, det skal vi tale om", ""),
    ("flyt din skide bil, jeg kan ikke komme ud", ""),
])

benign("evasion_contrast_nh", "non-hateful messages written with the same evasion tricks", [
    ("jeg elsker mine naboer fra somalia, de er saa soede", "so"),
    ("f*ck hvor var kampen spændende", ""),
    ("t i l l y k k e med fødselsdagen Ahmed 🎉", ""),
    ("l0l j3g v4ndt 1g3n", ""),
    ("haaber alle kommer til graenlaendernes kaffemik paa loerdag", "gr"),
    ("sh*t jeg glemte madpakken", ""),
    ("d e n  h e r  k a m p  e r  s y g", ""),
    ("pride paa loerdag, vi ses 🏳️‍🌈", "ga"),
    ("4ll3 3r v3lk0mn3 i klubb3n", ""),
    ("p*s og l*rt, bussen er forsinket igen", ""),
    ("joedisk kulturfestival i byen i weekenden, gaa derhen", "je"),
    ("💩 dag i dag, alt gik galt", ""),
    ("🔫 pang pang, jeg vandt paintball 😂", ""),
    ("v1 s3s t1l tr3n1ng 1 m0rg3n", ""),
    ("r.i.p. min telefon, den døde i vasken", ""),
    ("m u s l i m s k e  naboer inviterede til eid-fest, super hyggeligt", "mu"),
])


# ===========================================================================
# Build, validate, write
# ===========================================================================

MIN_PER_FUNCTIONALITY = 8

# Stems of group words. Used only by the validation below, which blanks
# them out and checks that no sentence frame is used for more than 3 groups.
GROUP_STEMS = [
    "muslim", "indvandrer", "udlænding", "udlaending", "flygtning", "jøde",
    "jødi", "joed", "sort", "sigøjner", "sigoejner", "roma", "grønlænd",
    "graenlaend", "grønland", "bøsse", "boesse", "homo", "lesb", "trans",
    "kvinde", "handicap", "udviklingshæm", "arab", "somali", "polak", "polsk",
    "asiat", "kines", "afrikan", "perker", "neger",
]
STEM_RE = re.compile(r"\b(?:%s)\w*" % "|".join(map(re.escape, GROUP_STEMS)))


def skeleton(text):
    return re.sub(r"\s+", " ", STEM_RE.sub("X", text.lower())).strip()


def build_rows():
    return suitegen.build_rows(SUITE, "da2", "da")


def validate(rows):
    errors = []
    names = [name for name, _d, _i in SUITE]
    for name, c in Counter(names).items():
        if c > 1:
            errors.append("functionality defined twice: %s" % name)
    for name in names:
        if not re.fullmatch(r"[a-z][a-z0-9_]*_(h|nh)", name):
            errors.append("bad functionality name: %s" % name)
    seen = {}
    for r in rows:
        text = r["test_case"]
        key = re.sub(r"\s+", " ", text.strip().lower())
        if key in seen:
            errors.append("duplicate: %s and %s" % (seen[key], r["case_id"]))
        seen[key] = r["case_id"]
        if text != text.strip() or not text or "\n" in text or '"' in text:
            errors.append("%s: bad text" % r["case_id"])
        hateful_row = r["label_gold"] == "hateful"
        if hateful_row != r["functionality"].endswith("_h"):
            errors.append("%s: label does not match functionality" % r["case_id"])
        if hateful_row:
            if r["category"] not in CATEGORIES.values():
                errors.append("%s: hateful row without category" % r["case_id"])
            if not r["target_ident"]:
                errors.append("%s: hateful row without target" % r["case_id"])
        elif r["category"]:
            errors.append("%s: non-hateful row with category" % r["case_id"])
        if r["target_ident"] not in TARGETS.values():
            errors.append("%s: unknown target" % r["case_id"])
        if r["lang"] != "da":
            errors.append("%s: lang" % r["case_id"])
    for name, c in Counter(r["functionality"] for r in rows).items():
        if c < MIN_PER_FUNCTIONALITY:
            errors.append("%s has only %d cases" % (name, c))
    # No sentence frame may be reused across more than 3 groups.
    frames = Counter(skeleton(r["test_case"]) for r in rows)
    for frame, c in frames.items():
        if c > 3:
            errors.append("frame used %d times: %s" % (c, frame))
    return errors


def table(counter, order=None):
    keys = order if order is not None else sorted(counter, key=lambda k: (-counter[k], k))
    return ", ".join("%s %d" % (k if k else "(none)", counter[k]) for k in keys if counter[k])


def render_readme(rows):
    total = len(rows)
    nh = sum(r["label_gold"] == "hateful" for r in rows)
    cats = Counter(r["category"] for r in rows if r["category"])
    tg = Counter(r["target_ident"] for r in rows)
    tgh = Counter(r["target_ident"] for r in rows if r["label_gold"] == "hateful")
    per = Counter(r["functionality"] for r in rows)
    lines = []
    add = lines.append
    add("# Danish chat-language hate-speech suite 2 (`eval/suites/da2`)")
    add("")
    add("> **Content warning.** This directory contains offensive language: slurs,")
    add("> threats, dehumanising statements and extremist slogans in Danish (and")
    add("> some English slurs inside Danish text). They are here on purpose, as test")
    add("> cases for a moderation tool. Nothing in these files expresses the views")
    add("> of the author or of the trygbot project.")
    add("")
    add("A held-out test suite for trygbot's Danish hate-speech detection: %d" % total)
    add("realistic Danish chat messages of the kind posted in local community chats")
    add("(sports clubs, school parents' groups, gaming Discords, housing")
    add("associations, local neighbourhood groups, youth clubs): replies, lowercase,")
    add("typos, slang, emoji, profanity, half-sentences, @-replies, messages where a")
    add("group is named in one sentence and attacked with a pronoun in the next,")
    add("ASCII spellings of æ/ø/å, leetspeak, masking and English loanwords.")
    add("%d cases are hateful (%.0f%%), %d non-hateful." % (nh, 100.0 * nh / total, total - nh))
    add("")
    add("## How it was written")
    add("")
    add("Written in session 5 by a writer who had not read the rule packs, the")
    add("engine, its tests, documentation or earlier results, and who did not run")
    add("the engine on the cases; the only material consulted was the format")
    add("conventions of `eval/suites/da` (columns, categories, precedence, target")
    add("groups) and the product notes. The suite is therefore a measurement of")
    add("the rules, not a copy of them. No public data set was read or copied.")
    add("")
    add("Every message was written by hand, one at a time. There are no templates:")
    add("`generate.py` holds the messages as lists per functionality, numbers them,")
    add("validates them and writes `messages.csv` and this README. The validation")
    add("checks that labels match functionality names (`_h` / `_nh`), that every")
    add("hateful row has exactly one category and a target, that non-hateful rows")
    add("have no category, that there are no duplicates, that each functionality")
    add("has at least %d cases, and that no sentence frame (the message with the" % MIN_PER_FUNCTIONALITY)
    add("group word blanked out) occurs for more than 3 groups.")
    add("")
    add("Regenerate (deterministic, byte-identical output) and validate:")
    add("")
    add("```sh")
    add("python3 eval/suites/da2/generate.py          # writes messages.csv and README.md")
    add("python3 eval/suites/da2/generate.py --check  # only validates and prints counts")
    add("```")
    add("")
    add("Run it from the repository root with `go run . eval eval/suites/da2/messages.csv`.")
    add("")
    add("## Format")
    add("")
    add("UTF-8 CSV, header `%s`." % ",".join(HEADER))
    add("")
    add("| column | meaning |")
    add("|---|---|")
    for row in suitegen.column_rows("da2", "da"):
        add(row)
    add("")
    add("Category precedence for hateful rows (first match wins), as in `eval/suites/da`:")
    add("")
    for line in suitegen.PRECEDENCE:
        add(line)
    add("")
    add("The category follows what a message does, not the functionality it was")
    add("written for: a pronoun-frame message that wishes death is a `threat`, an")
    add("evasion-spelled slur is a `slur`. Far-right number codes are given the")
    add("target `jews` (and `black people` for white-power codes).")
    add("")
    add("## Counts")
    add("")
    add("%d cases: %d hateful (%.0f%%), %d non-hateful." % (total, nh, 100.0 * nh / total, total - nh))
    add("")
    add("Hateful rows by category: %s." % table(cats, list(CATEGORIES.values())))
    add("")
    add("Hateful rows by target: %s." % table(tgh))
    add("")
    add("All rows by target: %s." % table(tg))
    add("")
    add("| functionality | label | cases | description |")
    add("|---|---|---:|---|")
    for name, desc, _items in SUITE:
        label = "hateful" if name.endswith("_h") else "non-hateful"
        add("| `%s` | %s | %d | %s |" % (name, label, per[name], desc))
    add("")
    add("## Notes and limits")
    add("")
    add("* Labels follow one annotator's judgement using the scheme above. Some")
    add("  cases are deliberately close to the line (policy opinions, criticism of")
    add("  religions and states, reclaimed words, quoted hate, sarcasm against")
    add("  racism, insults of non-protected groups with animal words); they are")
    add("  labelled by what the message does, not by which words it contains.")
    add("* Invisible characters and homoglyphs are not included; evasion is covered")
    add("  by ae/oe/aa spellings, leetspeak, spacing, asterisks and emoji.")
    add("* Names in @-replies are generic first names; no real person is targeted.")
    add("  Public figures appear only in news-like or political statements.")
    add("")
    add("## Licence")
    add("")
    add("Written for the trygbot project; licensed CC BY 4.0.")
    add("")
    add("Caution: the files contain offensive language (slurs, threats,")
    add("dehumanising and extremist statements) for testing purposes only.")
    add("")
    return "\n".join(lines)


def main():
    check_only = "--check" in sys.argv[1:]
    rows = build_rows()
    errors = validate(rows)
    if errors:
        for e in errors:
            print("error:", e, file=sys.stderr)
        sys.exit(1)
    per = Counter(r["functionality"] for r in rows)
    nh = sum(r["label_gold"] == "hateful" for r in rows)
    print("%d cases: %d hateful (%.1f%%), %d non-hateful" % (len(rows), nh, 100.0 * nh / len(rows), len(rows) - nh))
    for name, _d, _i in SUITE:
        print("  %-30s %3d" % (name, per[name]))
    print("categories:", table(Counter(r["category"] for r in rows if r["category"])))
    print("hateful targets:", table(Counter(r["target_ident"] for r in rows if r["label_gold"] == "hateful")))
    if check_only:
        return
    for fname, content in (("messages.csv", render_csv(rows)), ("README.md", render_readme(rows))):
        with open(os.path.join(HERE, fname), "w", encoding="utf-8", newline="") as f:
            f.write(content)
    print("wrote messages.csv and README.md")


if __name__ == "__main__":
    main()
