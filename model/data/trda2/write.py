#!/usr/bin/env python3
"""trda2: Danish functional-test style training data for trygbot's learned scorer.

HateCheck-like: hateful functionalities crossed with target groups, plus
non-hateful contrast functionalities. Every message is hand-written.
Run: python3 write.py  (writes data.csv next to this file).
"""
import csv
import os
from collections import Counter

ROWS = []
CATEGORIES = {"slur", "dehumanisation", "generalisation", "threat", "extremism", "harassment"}


def hate(functionality, category, target, messages):
    assert functionality.endswith("_h"), functionality
    assert category in CATEGORIES, category
    for m in messages:
        ROWS.append((m.strip(), "hateful", category, functionality, target, "da"))


def ok(functionality, target, messages):
    assert functionality.endswith("_nh"), functionality
    for m in messages:
        ROWS.append((m.strip(), "non-hateful", "", functionality, target, "da"))


# ---------------------------------------------------------------------------
# HATEFUL
# ---------------------------------------------------------------------------

# derogation with a negative attribute
F = "derog_neg_attribute_h"
hate(F, "generalisation", "muslims", [
    "muslimer er sgu nogle løgnagtige typer, alle sammen",
    "Muslimerne i vores opgang er beskidte og larmende, det er bare sådan de er",
])
hate(F, "generalisation", "women", [
    "kvinder er for dumme til at forstå offside, ikke engang værd at forklare",
    "Kvinder er bare nogle hysteriske væsner der ikke kan styre deres følelser",
])
hate(F, "generalisation", "roma", [
    "romaerne er nogle tyveknægte og det ved alle der har boet nær en lejr",
])
hate(F, "generalisation", "greenlanders", [
    "grønlænderne er dovne og drikfældige, det er ikke fordomme det er fakta",
])
hate(F, "generalisation", "somalis", [
    "somalierne er det mest uintelligente folk jeg nogensinde har mødt",
])
hate(F, "generalisation", "poles", [
    "Polakkerne er nogle fulde svindlere, pas på jeres værktøj hvis de arbejder på jeres hus",
])
hate(F, "generalisation", "gay men", [
    "bøsserne er nogle perverse klamme typer og de skal holde sig væk fra vores drenge",
])
hate(F, "generalisation", "disabled people", [
    "de handicappede er en flok klynkende snyltere, lige meget hvad man giver dem",
])
hate(F, "generalisation", "trans people", [
    "transpersoner er psykisk syge, hele bundtet",
])
hate(F, "generalisation", "black people", [
    "de sorte er voldelige af natur, se bare på statistikken",
])
hate(F, "generalisation", "jews", [
    "jøderne er grådige, det har de altid været",
])

# derogation by expressed emotion
F = "derog_emotion_h"
hate(F, "generalisation", "muslims", [
    "jeg hader muslimer. sådan er det bare",
    "Ærligt, jeg kan ikke fordrage en eneste muslim",
])
hate(F, "generalisation", "jews", [
    "jeg afskyr jøderne og alt hvad de står for",
])
hate(F, "generalisation", "trans people", [
    "transpersoner giver mig kvalme, jeg kan ikke engang se på dem",
])
hate(F, "generalisation", "gay men", [
    "Jeg har så meget foragt for bøsser at jeg skifter fortov når jeg ser to holde i hånd",
])
hate(F, "generalisation", "romanians", [
    "rumænerne... jeg hader dem bare, hele det folk",
])
hate(F, "generalisation", "women", [
    "kan ikke fordrage kvinder der tror de ved noget om fodbold. dvs alle kvinder",
])
hate(F, "generalisation", "greenlanders", [
    "Jeg hader grønlændere lige så meget som jeg hader mandage",
])
hate(F, "generalisation", "lesbians", [
    "lesbiske er simpelthen det mest ulækre jeg ved",
])
hate(F, "generalisation", "refugees", [
    "jeg får lyst til at kaste op når jeg hører ordet flygtning. de er så afskyelige",
])
hate(F, "generalisation", "arabs", [
    "arabere. jeg HADER dem. punktum",
])

# dehumanisation
F = "dehumanisation_h"
hate(F, "dehumanisation", "muslims", [
    "muslimerne er som kakerlakker, de formerer sig og kryber ind alle steder",
    "en muslim er ikke et menneske, det er et dyr med tørklæde",
])
hate(F, "dehumanisation", "black people", [
    "de sorte burde sidde i et bur i zoologisk have, ikke i vores klasseværelser",
])
hate(F, "dehumanisation", "roma", [
    "romaerne er utøj. man fjerner utøj, man diskuterer ikke med det",
])
hate(F, "dehumanisation", "immigrants", [
    "indvandrerne er en kræftsvulst i det danske samfund",
])
hate(F, "dehumanisation", "trans people", [
    "transpersoner er ikke mennesker, de er misfostre",
])
hate(F, "dehumanisation", "jews", [
    "jøderne er rotter og har altid været det",
])
hate(F, "dehumanisation", "somalis", [
    "somalierne på Nørrebro lever som svin, det er en svinesti derude",
])
hate(F, "dehumanisation", "disabled people", [
    "De handicappede er bare grøntsager der koster penge",
])
hate(F, "dehumanisation", "afghans", [
    "afghanerne er parasitter der suger vores velfærd tør",
])
hate(F, "dehumanisation", "gay men", [
    "bøsserne er en smitte der spreder sig gennem skolerne",
])

# implicit derogation
F = "implicit_derog_h"
hate(F, "generalisation", "muslims", [
    "Kan I huske dengang man kunne gå en tur i byen uden at se et eneste tørklæde? det var tider",
    "Vi har fået ny nabo. Muslim. Så må vi vist hellere begynde at låse cyklen",
])
hate(F, "generalisation", "immigrants", [
    "skolen var god indtil indvandrerne flyttede ind i kvarteret, nu er niveauet i bund",
])
hate(F, "generalisation", "somalis", [
    "der kom et par somaliere i svømmehallen og så tømte jeg lige bassinet for mine børn, man ved jo aldrig",
])
hate(F, "generalisation", "jews", [
    "sjovt hvordan det altid er jøderne der sidder på pengene når noget går galt",
])
hate(F, "generalisation", "gay men", [
    "jeg har intet imod bøsser, så længe de ikke træner i samme omklædningsrum som min søn",
])
hate(F, "generalisation", "poles", [
    "den nye på lageret er polak, så nu tæller vi lige varerne to gange",
])
hate(F, "generalisation", "disabled people", [
    "vi har fået en i kørestol på holdet, så nu kan vi godt glemme at vinde noget",
])
hate(F, "generalisation", "refugees", [
    "flygtningene fik nye lejligheder mens vores ældre sidder i kulden. tak for ingenting, og de siger ikke engang tak",
])
hate(F, "generalisation", "greenlanders", [
    "der flyttede en grønlænder ind ved siden af, nu skal man vel vænne sig til tomme flasker på trappen",
])
hate(F, "generalisation", "women", [
    "fint nok hun blev chef, der skulle vel bare bruges en kvinde til kvoten",
])

# direct threat
F = "threat_direct_h"
hate(F, "threat", "muslims", [
    "næste gang jeg ser en muslim på min vej hjem så får han tæsk, det lover jeg",
    "Jeg skal personligt sørge for at muslimerne i blok 4 ikke sover trygt i nat",
])
hate(F, "threat", "gay men", [
    "hvis de bøsser kysser igen ved havnen så smadrer jeg dem begge to",
])
hate(F, "threat", "jews", [
    "vi ved godt hvor jøderne holder til, og vi kommer på fredag",
])
hate(F, "threat", "trans people", [
    "den første transperson der går ind på dametoilettet mens jeg er der får en kniv i maven",
])
hate(F, "threat", "somalis", [
    "somalierne skal bare vente sig, i aften brænder vi deres biler af",
])
hate(F, "threat", "black people", [
    "Jeg banker den næste sorte der sætter sig ved siden af mig i bussen, seriøst",
])
hate(F, "threat", "roma", [
    "romaerne ved kirken får et besøg med baseballbat i nat",
])
hate(F, "threat", "refugees", [
    "vi har samlet nogle drenge og vi skal nok få flygtningene ud af byen, med magt hvis det er",
])
hate(F, "threat", "women", [
    "kvinder der åbner munden i den her gruppe ender med et blåt øje, bare så I ved det",
])

# threat as a normative statement
F = "threat_normative_h"
hate(F, "threat", "muslims", [
    "muslimer burde skydes på stedet, ingen diskussion",
    "Det rigtige at gøre ville være at hænge muslimerne i lygtepælene",
])
hate(F, "threat", "trans people", [
    "transpersoner fortjener at blive banket til de husker hvilket køn de er",
])
hate(F, "threat", "gay men", [
    "bøsser skulle kastes ned fra tagene, det er den eneste rigtige straf",
])
hate(F, "threat", "greenlanders", [
    "grønlænderne burde sættes på en isflage og skubbes ud",
])
hate(F, "threat", "jews", [
    "Jøderne fortjener hver en kugle de får",
])
hate(F, "threat", "disabled people", [
    "handicappede børn burde aflives ved fødslen, det ville spare os alle for meget",
])
hate(F, "threat", "afghans", [
    "afghanere skal have tæsk indtil de selv tager flyet hjem",
])
hate(F, "threat", "pakistanis", [
    "pakistanerne i min gade burde få deres huse brændt ned, det er hvad de fortjener",
])

# threat as a wish
F = "threat_wish_h"
hate(F, "threat", "muslims", [
    "jeg håber sgu at en bus kører hele moskeen ned på fredag under bønnen",
    "bare en af muslimerne ville blive kørt over i morgen, så ville min dag være reddet",
])
hate(F, "threat", "gay men", [
    "Jeg ønsker at alle bøsserne til Pride får en bombe i hovedet",
])
hate(F, "threat", "jews", [
    "gid jøderne alle sammen døde af en pest",
])
hate(F, "threat", "romanians", [
    "håber de rumænere fryser ihjel under broen i vinter",
])
hate(F, "threat", "trans people", [
    "ville ønske transpersonerne tog livet af sig selv, så var vi fri for dem",
])
hate(F, "threat", "black people", [
    "Jeg ville ikke græde hvis de sorte nede i parken blev skudt allesammen. tværtimod 🙏",
])
hate(F, "threat", "syrians", [
    "forhåbentlig drukner de næste syrere før de når Europa",
])
hate(F, "threat", "women", [
    "håber kvinderne får tæv derhjemme, så lærer de deres plads",
])

# threat against a place connected to the group
F = "threat_place_h"
hate(F, "threat", "muslims", [
    "Moskeen på Vibevej skal brændes ned. hvem er med?",
    "nogen burde smide en molotov ind i den der halalslagter, så er vi fri for muslimerne",
])
hate(F, "threat", "jews", [
    "synagogen i Krystalgade ville se bedre ud i flammer",
])
hate(F, "threat", "refugees", [
    "Asylcentret ude ved skoven skal jævnes med jorden inden jul",
])
hate(F, "threat", "gay men", [
    "den bøssebar i centrum skal have en bombe, så stopper de måske med at parade rundt",
])
hate(F, "threat", "somalis", [
    "vi tager benzin med til det somaliske forsamlingshus på lørdag",
])
hate(F, "threat", "roma", [
    "lad os rydde romalejren med køller inden politiet gør noget",
])
hate(F, "threat", "turks", [
    "den tyrkiske kulturforening skal smadres, hver eneste rude",
])

# call to violence
F = "call_to_violence_h"
hate(F, "threat", "muslims", [
    "Kom nu folkens, vi samles ved stationen i aften og jager muslimerne ud af kvarteret",
    "alle mænd der har lidt mod: find en muslim og giv ham en lektion han aldrig glemmer",
])
hate(F, "threat", "trans people", [
    "ser I en transperson i omklædningen, så slå til. ingen ventetid",
])
hate(F, "threat", "immigrants", [
    "Tag sagen i egen hånd. Indvandrerne forstår kun vold",
])
hate(F, "threat", "jews", [
    "gå ud og angrib jøderne hvor I finder dem, det er på tide",
])
hate(F, "threat", "gay men", [
    "Tæsk de bøsser der holder i hånd på Strøget, send et signal",
])
hate(F, "threat", "poles", [
    "Alle i klubben: polakkerne på byggepladsen skal have bank efter fyraften, vi mødes kl 16",
])
hate(F, "threat", "greenlanders", [
    "vi burde gå ned og sparke grønlænderne ud af parken én for én",
])
hate(F, "threat", "black people", [
    "Spred det: hvis en sort kommer ind i baren i aften, så smider vi ham ned ad trappen",
])

# slur as the main attack
F = "slur_h"
hate(F, "slur", "muslims", [
    "hold kæft hvor er du en perker",
    "Der står en perker og glor ind i min bil igen",
])
hate(F, "slur", "black people", [
    "den neger fra 8.b skal ikke spille med på vores hold",
    "Hvorfor er der så mange negre i Fakta i dag",
])
hate(F, "slur", "gay men", [
    "skrid med dig, din bøsserøv",
])
hate(F, "slur", "arabs", [
    "ham kamelknepperen i kiosken snød mig for 20 kr",
])
hate(F, "slur", "disabled people", [
    "se lige den mongol der prøver at stå på skøjter 😂",
])
hate(F, "slur", "roma", [
    "Der sidder en sigøjner og tigger ved Netto igen, gad vide hvem han stjæler fra i dag",
])
hate(F, "slur", "trans people", [
    "der var en tranny i toget i dag og folk lod bare som ingenting",
])
hate(F, "slur", "jews", [
    "sådan en fidusjøde ejer selvfølgelig hele blokken",
])
hate(F, "slur", "lesbians", [
    "ham der?? nej det er en pottelesbisk kælling, se håret",
])
hate(F, "slur", "asians", [
    "den skævøjede i kassen forstod ikke en dyt",
])

# inflected slurs and slur compounds
F = "slur_inflected_compound_h"
hate(F, "slur", "muslims", [
    "perkerne har overtaget hele bagsiden af centret",
    "perkernes unger smadrer cyklerne i kælderen hver weekend",
    "det er blevet et rent perkerkvarter herude",
])
hate(F, "slur", "black people", [
    "negrene i min gade hører musik til kl 3 om natten",
    "Negerbørnene fra asylcentret skal ikke i min datters klasse",
])
hate(F, "slur", "gay men", [
    "hele bestyrelsen er jo bøsserøve nu",
    "hvem inviterede svansene til firmafesten?",
])
hate(F, "slur", "disabled people", [
    "spasserne fra bostedet har igen været nede i Brugsen og lavet ballade",
    "Den klasse er fuld af mongolunger, min søn skal ikke gå der",
])
hate(F, "slur", "roma", [
    "sigøjnerpakket er tilbage ved genbrugspladsen",
])
hate(F, "slur", "jews", [
    "fidusjøderne styrer hele medieverdenen",
])
hate(F, "slur", "arabs", [
    "kamelkneppernes moské skal ikke ligge i vores kommune",
])
hate(F, "slur", "trans people", [
    "trannyerne har fået deres eget toilet nu. hvad bliver det næste",
])

# profanity-framed hate
F = "profanity_framed_h"
hate(F, "generalisation", "muslims", [
    "fuck muslimer altså, de ødelægger fandeme alting",
    "Pis og lort, nu har muslimerne igen fået deres vilje i kommunen. de skide egoister",
])
hate(F, "generalisation", "women", [
    "for helvede, kvinder er så fucking ubrugelige til alt der kræver en hjerne",
])
hate(F, "generalisation", "jews", [
    "skide jøder, altid skal de have det sidste ord",
])
hate(F, "generalisation", "trans people", [
    "fandens transpersoner med deres fucking pronominer, gå dog hjem og bliv raske",
])
hate(F, "generalisation", "poles", [
    "de forbandede polakker har fandeme stjålet igen, typisk det pak",
])
hate(F, "generalisation", "romanians", [
    "Fuck de rumænere. Lorte-folk hele bundtet",
])
hate(F, "generalisation", "gay men", [
    "bøsserne kan fandeme rende mig i røven med deres regnbueflag over det hele",
])
hate(F, "generalisation", "immigrants", [
    "shit mand, indvandrerne er noget af det mest fucking nyttesløse vi har importeret",
])
hate(F, "generalisation", "deaf people", [
    "døve er så fucking irriterende, de glor bare og fatter ingenting",
])

# ---------------------------------------------------------------------------
# NON-HATEFUL CONTRASTS (part 1)
# ---------------------------------------------------------------------------

# negated hate
F = "negated_hate_nh"
ok(F, "muslims", [
    "jeg hader ikke muslimer, jeg hader folk der kaster flasker efter bussen. det er ret stor forskel",
    "Det har intet at gøre med at han er muslim, han er bare en dårlig målmand",
    "muslimer er ikke kriminelle, lad være med at skrive det i gruppen",
])
ok(F, "gay men", [
    "bøsser er ikke syge og har aldrig været det",
    "Jeg har sgu da ikke noget imod bøsserne i klubben, hvor har du det fra?",
])
ok(F, "roma", [
    "romaerne er ikke tyve. der er tyve i alle folkeslag",
])
ok(F, "poles", [
    "nej polakkerne har ikke stjålet noget, det var drengene fra nummer 12, det viser kameraet",
    "Ikke alle polakker drikker, det er en træt kliché",
])
ok(F, "trans people", [
    "transpersoner er ikke en fare for nogen på toilettet. de skal også bare tisse",
])
ok(F, "women", [
    "kvinder er ikke dårligere til at dømme end mænd, vores bedste dommer i klubben er Lone",
])
ok(F, "greenlanders", [
    "grønlændere er ikke mere fulde end danskere, prøv at gå en tur på Strøget en lørdag kl 2",
])
ok(F, "jews", [
    "Jøderne styrer ikke verden. det er en gammel løgn",
])
ok(F, "disabled people", [
    "handicappede er ikke en byrde, de er en del af holdet ligesom alle andre",
])
ok(F, "refugees", [
    "jeg har aldrig sagt at flygtningene er snyltere, læs nu hvad jeg skriver",
])
ok(F, "black people", [
    "hans hudfarve har ingenting med sagen at gøre, han blev fyret fordi han kom for sent 5 gange",
])
ok(F, "somalis", [
    "det passer ikke at somaliere ikke vil arbejde, halvdelen af chaufførerne på min linje er somaliere",
])
ok(F, "immigrants", [
    "Jeg ville aldrig kalde indvandrere for parasitter. aldrig",
])
ok(F, "lesbians", [
    "at hun er lesbisk er ikke noget problem for nogen her, slap af",
])
ok(F, "autistic people", [
    "autister er ikke uden følelser, min søn er den mest omsorgsfulde dreng jeg kender",
])

# counter-speech that quotes the hate
F = "counter_quote_nh"
ok(F, "muslims", [
    "Han skrev lige 'muslimer er kakerlakker' i tråden. det er ikke ok og jeg har meldt det til admin",
    "\"jeg hader muslimer\" - seriøst? sådan skriver man ikke i en forældregruppe",
])
ok(F, "gay men", [
    "nogen råbte bøsserøv efter min søn i går. Hvis det er dit barn, så tag en snak med ham",
])
ok(F, "black people", [
    "at kalde en dreng for neger på banen er racisme, punktum. dommeren burde have stoppet kampen",
])
ok(F, "jews", [
    "'jøderne styrer medierne' er en konspirationsteori fra 1900-tallet og den blev brugt til at retfærdiggøre folkemord",
])
ok(F, "trans people", [
    "Han skriver at transpersoner er psykisk syge. Nej. Stop med at sprede det lort",
])
ok(F, "roma", [
    "når du skriver 'sigøjnerpak' om familien ved kirken, så er det dig der opfører dig som pak",
])
ok(F, "disabled people", [
    "Hvorfor er det stadig okay at sige spasser om folk med handicap? min bror hører det hver eneste dag",
])
ok(F, "refugees", [
    "Der står i kommentarerne at flygtninge burde drukne. hvordan kan man skrive det om mennesker",
])
ok(F, "women", [
    "'kvinder kan ikke lede' skrev han, under et opslag om vores nye formand. pinligt",
])
ok(F, "greenlanders", [
    "min kollega fik at vide 'tag hjem til din isflage'. hun er født i Aarhus. jeg skammer mig over folk",
])
ok(F, "somalis", [
    "Nogen har skrevet 'somaliere ud' på muren ved skolen. vi mødes lørdag kl 10 og maler over det",
])
ok(F, "asians", [
    "Han kaldte hende skævøjet. Hun er min bedste ven. Så nu er han blokeret",
])
ok(F, "muslims", [
    "perker er et skældsord når det bliver brugt som han gjorde, og det ved han godt",
])

# denouncing hate
F = "denounce_hate_nh"
ok(F, "muslims", [
    "Racisme mod muslimer hører ikke hjemme i vores forening. Den slags opslag bliver slettet",
])
ok(F, "jews", [
    "antisemitisme er steget de sidste år og det skal vi tage alvorligt, også her i gruppen",
])
ok(F, "gay men", [
    "vi står sammen med vores homoseksuelle medlemmer, altid. hadbeskeder bliver anmeldt",
])
ok(F, "trans people", [
    "Det er ikke en mening at transpersoner er syge, det er chikane. Admin, smid ham ud",
])
ok(F, "immigrants", [
    "jeg er så træt af at indvandrere bliver brugt som syndebuk for alt i den her by",
])
ok(F, "women", [
    "Kvindehad er ikke humor. Tag jeres 'jokes' et andet sted hen",
])
ok(F, "disabled people", [
    "hvis man griner af et barn i kørestol skal man skamme sig. det er så simpelt",
])
ok(F, "roma", [
    "romaer har været forfulgt i hundreder af år, og kommentarerne her viser at det ikke er slut",
])
ok(F, "black people", [
    "Racisme på tribunen skal have konsekvenser. Karantæne til dem der råbte abelyde",
])
ok(F, "refugees", [
    "at ønske at flygtninge drukner er ikke politik, det er ondskab",
])
ok(F, "lesbians", [
    "Det var ulækkert det der blev råbt efter de to piger i går. Vi har talt med skolen",
])

# neutral statements about groups
F = "neutral_group_nh"
ok(F, "muslims", [
    "muslimerne i foreningen har spurgt om vi kan lave et hjørne til bøn i klubhuset, det tager vi op på mødet",
    "Ramadanen starter i næste uge, så nogle af drengene på holdet træner lidt lettere",
])
ok(F, "poles", [
    "der er åbnet en polsk butik ved siden af frisøren, de har rigtig god pølse",
])
ok(F, "somalis", [
    "Har nogen prøvet den somaliske restaurant på hjørnet? overvejer at tage derhen fredag",
])
ok(F, "greenlanders", [
    "grønlænderne fejrer nationaldag 21. juni, der er arrangement på biblioteket",
])
ok(F, "jews", [
    "jøderne i byen fejrer hanukka i denne uge, der er lystænding på torvet onsdag",
])
ok(F, "deaf people", [
    "Er der nogen der kan tegnsprog? vi får en døv dreng på U10-holdet",
])
ok(F, "trans people", [
    "Vi har lavet et kønsneutralt omklædningsrum så transpersoner og andre der har brug for det kan bruge det",
])
ok(F, "turks", [
    "min nabo er tyrker og han har lånt mig sin boremaskine, nogen der ved hvad man giver som tak?",
])
ok(F, "romanians", [
    "rumænerne på byggepladsen arbejder også i weekenden, så der kan være larm lørdag",
])
ok(F, "disabled people", [
    "Til sommerfesten er der rampe ved indgangen, så kørestolsbrugere kan sagtens komme ind",
])
ok(F, "chinese", [
    "kinesisk nytår er i februar, skolen laver dragepynt med 2. klasserne",
])
ok(F, "syrians", [
    "der bor mange syrere i opgangen nu, og de har spurgt om vi vil med til grill i gården",
])

# positive statements about groups
F = "positive_group_nh"
ok(F, "muslims", [
    "Muslimerne fra moskeen kom og hjalp med at fylde sandsække under oversvømmelsen. respekt",
    "jeg elsker at bo i et kvarter med så mange muslimske familier, der er altid nogen der hilser",
])
ok(F, "immigrants", [
    "Uden indvandrerne ville halvdelen af plejehjemmene i kommunen lukke. tak til jer",
])
ok(F, "gay men", [
    "bøsserne fra Pride-koret sang til min mors 80 års fødselsdag og hun græd af glæde ❤️",
])
ok(F, "women", [
    "kvinderne på U17 holdet er simpelthen de bedste vi har haft i klubben i ti år",
])
ok(F, "greenlanders", [
    "Grønlændere har den fedeste humor, min svigerfamilie i Nuuk griner af alt",
])
ok(F, "autistic people", [
    "autister er ofte vildt gode til detaljer, vores bedste kodere på arbejdet er autister",
])
ok(F, "refugees", [
    "flygtningene fra Ukraine har malet hele klubhuset gratis, de er fantastiske",
])
ok(F, "poles", [
    "polakkerne der byggede vores tag var hurtige og grundige, kan varmt anbefales",
])
ok(F, "black people", [
    "de sorte spillere i vores klub har været nogle af de bedste rollemodeller for de små",
])
ok(F, "trans people", [
    "Transpersoner er velkomne i vores løbeklub, og det skal de vide",
])
ok(F, "afghans", [
    "Afghanerne i kantinen laver verdens bedste kabuli palaw, jeg spiser der hver tirsdag",
])

# abuse directed at non-protected targets
F = "abuse_nonprotected_nh"
ok(F, "", [
    "dommeren i dag var en blind idiot, han skulle have sparket ud af unionen",
    "Den formand for grundejerforeningen er en fucking klovn og han skal væk fra posten",
    "Hvem fanden parkerer sådan foran min garage? Du er en egoistisk nar",
    "jeg hader FCK. hele klubben kan rådne",
    "de der elcykel-idioter på cykelstien skulle have frataget deres cykler",
    "min chef er den mest ubrugelige skiderik i hele Danmark",
    "Brøndby-fans er noget pak, altid skal de smadre toget",
    "Kommunalbestyrelsen er en flok inkompetente tåber der ikke kan læse et budget",
    "du er simpelthen for dum at snakke med, jeg gider ikke mere",
    "naboen der slår græs kl 7 søndag morgen fortjener en straf i helvede",
    "de der lærere der giver lektier i ferien er psykopater 😤",
    "ham på andenholdet er en ussel snyder og alle ved det",
    "jeg hader folk der kommer for sent til bestyrelsesmøder",
    "Rige svin i deres Teslaer, de tror de ejer vejen",
])

# profanity with no target
F = "profanity_no_target_nh"
ok(F, "", [
    "for helvede da, nu er der igen smadret en rude i cykelkælderen",
    "Fuck hvor var det en lortekamp i går",
    "pis mand, jeg glemte min taske i omklædningen",
    "shit det regner, træningen er aflyst",
    "satans også, min telefon døde lige midt i pokalfinalen",
    "lorteweekend. punktum",
    "fandens til vejarbejde, det har taget 40 min at komme hjem",
    "Hold da kæft hvor er det koldt derude 🥶",
    "det her Wi-Fi er fucking elendigt",
    "Fuck fuck fuck, jeg har tabt nøglerne igen",
])

# ---------------------------------------------------------------------------
# HATEFUL (part 2)
# ---------------------------------------------------------------------------

# group named in one sentence, attacked by pronoun in the next
F = "pronoun_reference_h"
hate(F, "generalisation", "muslims", [
    "Der er kommet flere muslimer i klubben. De ødelægger stemningen og snyder altid til kortspil",
])
hate(F, "dehumanisation", "muslims", [
    "har I set hvor mange muslimer der bor på Engvej nu? de er som en pest, man kan ikke komme af med dem",
])
hate(F, "dehumanisation", "roma", [
    "Romaerne er tilbage ved søen. Det er ikke mennesker, det er skadedyr",
])
hate(F, "threat", "gay men", [
    "Der er to bøsser der flytter ind på nr 7. De skal ikke føle sig velkomne, de skal have tæv",
])
hate(F, "generalisation", "women", [
    "Så fik vi to kvinder i bestyrelsen. Nu bliver de vel sure hver gang nogen siger imod dem, sådan er de jo",
])
hate(F, "generalisation", "romanians", [
    "rumænerne er begyndt at sælge blomster foran Netto igen. Man skal ikke stole på dem, de er født til at snyde",
])
hate(F, "generalisation", "trans people", [
    "min datters lærer er transperson. De er jo syge i hovedet, hvorfor får de lov at undervise børn",
])
hate(F, "dehumanisation", "somalis", [
    "Somalierne har fået en lejlighed i vores opgang. Om et halvt år lugter det som en stald, de er dyr",
])
hate(F, "generalisation", "jews", [
    "Jøderne har købt den gamle fabrik. Vent og se, de tager alt hvad de kan komme til",
])
hate(F, "generalisation", "disabled people", [
    "Kommunen har åbnet et bosted for udviklingshæmmede ved skolen. Dem skal vi ikke have rendende ved vores børn, de er uberegnelige",
])

# negated positive statement
F = "negated_positive_h"
hate(F, "generalisation", "muslims", [
    "muslimer er ikke mennesker man kan stole på",
    "Jeg har aldrig mødt en muslim der var ærlig. ikke én",
])
hate(F, "generalisation", "immigrants", [
    "indvandrerne har aldrig bidraget med noget godt til det her land",
])
hate(F, "generalisation", "women", [
    "en kvinde kan aldrig blive en god træner, det er bare ikke i dem",
])
hate(F, "generalisation", "gay men", [
    "bøsser er ikke rigtige mænd og bliver det aldrig",
])
hate(F, "generalisation", "greenlanders", [
    "Der findes ikke en eneste grønlænder der kan passe et arbejde",
])
hate(F, "generalisation", "trans people", [
    "transkvinder er ikke kvinder og vil aldrig blive det, uanset hvor mange piller de æder",
])
hate(F, "generalisation", "roma", [
    "romaer har aldrig arbejdet en ærlig dag i deres liv",
])
hate(F, "generalisation", "black people", [
    "de sorte kan aldrig blive ordentlige danskere, det ligger ikke til dem",
])
hate(F, "generalisation", "autistic people", [
    "autister er ikke i stand til at være gode forældre, de burde ikke få børn",
])

# hate phrased as a question
F = "question_h"
hate(F, "generalisation", "muslims", [
    "Hvorfor er muslimer altid så voldelige? er det noget de lærer i moskeen?",
    "hvornår indser folk at muslimerne aldrig vil integrere sig??",
])
hate(F, "generalisation", "poles", [
    "er der nogen polakker der ikke stjæler? spørger for en ven",
])
hate(F, "generalisation", "women", [
    "hvorfor skal kvinder overhovedet have lov at stemme når de ikke kan tænke logisk?",
])
hate(F, "dehumanisation", "gay men", [
    "Hvem lukkede alle de syge bøsser ud af buret?",
])
hate(F, "generalisation", "jews", [
    "hvor mange banker ejer jøderne egentlig nu? alle sammen?",
])
hate(F, "generalisation", "disabled people", [
    "hvorfor skal mine skattekroner gå til at holde de handicappede i live?",
])
hate(F, "generalisation", "somalis", [
    "Er somaliere overhovedet i stand til at lære dansk eller er de for dumme?",
])
hate(F, "generalisation", "trans people", [
    "Hvor længe skal vi lade som om transpersoner ikke bare er forvirrede psykopater?",
])
hate(F, "generalisation", "pakistanis", [
    "gider pakistanerne ikke snart tage hjem og lade os have vores land i fred?",
])

# hate phrased as an opinion
F = "opinion_h"
hate(F, "generalisation", "muslims", [
    "Jeg synes bare muslimer er et problem for Danmark, det må man vel godt mene",
    "min personlige holdning er at muslimer er dårlige mennesker. ytringsfrihed",
])
hate(F, "generalisation", "refugees", [
    "Efter min mening er flygtninge bare lykkeriddere der lever på vores skatter",
])
hate(F, "generalisation", "lesbians", [
    "jeg mener at lesbiske er en fejl i naturen, undskyld men det er min ærlige mening",
])
hate(F, "generalisation", "women", [
    "ærlig talt tror jeg ikke kvinder har hjerne til ledelse. bare min mening",
])
hate(F, "generalisation", "afghans", [
    "Synes I ikke også afghanerne er nogle primitive bondeknolde? det synes jeg",
])
hate(F, "generalisation", "bisexuals", [
    "Jeg personligt mener biseksuelle er grådige og utro, alle sammen",
])
hate(F, "generalisation", "black people", [
    "jeg siger det bare som jeg ser det: de sorte sænker niveauet i alle skoler",
])
hate(F, "generalisation", "deaf people", [
    "Min mening: døve børn hører ikke hjemme i en normal klasse, de trækker alle andre ned",
])
hate(F, "generalisation", "greenlanders", [
    "Jeg synes grønlændere skal holde sig i Grønland, de er for primitive til København",
])

# ---------------------------------------------------------------------------
# NON-HATEFUL CONTRASTS (part 2)
# ---------------------------------------------------------------------------

# reclaimed words and self-reference by in-group members
F = "reclaimed_self_nh"
ok(F, "gay men", [
    "Som bøsse på 50 kan jeg sige at det her er den første klub hvor jeg aldrig har skullet skjule noget",
    "vi bøsser i koret har besluttet at det er os der bager til julefrokosten i år 🏳️‍🌈",
    "jeg er en stolt homo og jeg nægter at skrue ned for glimmeret",
])
ok(F, "muslims", [
    "haha vi perkere kan ikke holde til dansk vinter, jeg har tre lag tøj på",
    "Som muslim er jeg så træt af at skulle undskylde for folk jeg ikke kender",
])
ok(F, "lesbians", [
    "Vi er to lebber der lige er flyttet ind på 3. sal, kom og sig hej hvis I ser os",
])
ok(F, "disabled people", [
    "Jeg er krøbling og stolt, og jeg kører stadig hurtigere end jer i min stol 😎",
])
ok(F, "autistic people", [
    "vi autister har bare brug for at vide hvad tid træningen starter, det er ikke så svært 😅",
])
ok(F, "deaf people", [
    "jeg er døv, så hvis I skal have fat i mig så skriv i stedet for at ringe",
])
ok(F, "trans people", [
    "Som transkvinde er jeg glad for at der endelig er en svømmehal i byen hvor jeg føler mig tryg",
])
ok(F, "greenlanders", [
    "Vi grønlændere spiser ikke kun sæl, men jeg har taget lidt med til sammenskuddet alligevel",
])
ok(F, "black people", [
    "som sort dansker bliver jeg stadig spurgt hvor jeg 'egentlig' kommer fra. Fra Viborg, Bente",
])

# innocent homonyms of slur-like and dehumanising words
F = "homonym_innocent_nh"
ok(F, "", [
    "Min hund logrer så meget med svansen at den vælter kopperne på sofabordet",
    "Jeg står med indsamlingsbøssen foran Netto på lørdag for Kræftens Bekæmpelse, kom forbi",
    "vi har bagt jødekager og brunkager med børnene hele eftermiddagen",
    "hvem sælger kinesere og raketter i år? skal bruge noget til nytår",
    "Vi har rotter i kælderen igen, har foreningen kontakt til en skadedyrsbekæmper?",
    "det var sådan noget spas i går til fastelavn",
    "Nogen der har været på den mongolske grill ved havnen? Er den god?",
    "min far går stadig på jagt med sin gamle bøsse fra 60'erne",
    "kaffen skal være sort, ellers drikker jeg den ikke",
    "Han er lidt det sorte får i familien, men vi elsker ham",
    "Aberne i Zoo har fået ny klatrevæg, børnene var vilde med det",
    "der er kakerlakker i køkkenet på kollegiet, vi har ringet til viceværten",
    "Vi så dokumentaren om Mongoliet i går, helt vildt smukt land",
    "tyrkisk peber er det bedste slik, det er ikke til diskussion",
])

# news and history about violence against or by groups
F = "news_violence_nh"
ok(F, "muslims", [
    "Politiet efterforsker brandattentatet mod moskeen i nat. Ingen kom til skade, skriver TV2",
    "Der er rejst tiltale mod to mænd der overfaldt en muslimsk kvinde i Odense",
])
ok(F, "jews", [
    "Min datter har om Holocaust i historie og de skal besøge Jødisk Museum på torsdag",
    "I dag er det årsdagen for redningen af de danske jøder i oktober 1943",
])
ok(F, "gay men", [
    "Nyheder: to unge mænd er dømt for vold mod et homoseksuelt par i Aalborg",
])
ok(F, "", [
    "terrorangrebet i København i 2015 var forfærdeligt, der er mindehøjtidelighed i morgen",
    "Der var knivstikkeri på stationen i går, politiet efterlyser vidner",
])
ok(F, "roma", [
    "Vi har om romaernes historie i Europa, og det er chokerende hvor mange der blev dræbt under krigen",
])
ok(F, "refugees", [
    "Over 2000 flygtninge er druknet i Middelhavet i år ifølge FN, det er helt forfærdeligt",
])
ok(F, "black people", [
    "DR har en dokumentar om racistisk vold i Danmark i 90'erne, den er værd at se",
])
ok(F, "trans people", [
    "I følge en ny rapport oplever halvdelen af transpersoner chikane på gaden. Det er vildt høje tal",
])
ok(F, "somalis", [
    "Der var et overfald på en somalisk taxachauffør i nat, han er på hospitalet men i stabil tilstand",
])
ok(F, "greenlanders", [
    "Spiralsagen om grønlandske kvinder er forfærdelig læsning. godt at der endelig kommer en undersøgelse",
])

# ---------------------------------------------------------------------------
# HATEFUL (part 3)
# ---------------------------------------------------------------------------

# longer messages with the hate in the middle
F = "long_hate_middle_h"
hate(F, "generalisation", "muslims", [
    "Hej alle, tak for en god generalforsamling i går. Kaffen var god og kagen endnu bedre. Men lad os være ærlige, muslimerne i blok C er grunden til at alt herude forfalder, de er beskidte og respektløse. Nå, husk affaldssorteringen fra næste måned!",
    "godmorgen naboer ☀️ vil bare sige at der er loppemarked på søndag. og så kan nogen godt fortælle den muslimske familie på 2. sal at de skal lære at opføre sig som mennesker i stedet for at larme hele natten som de altid gør. ses søndag",
])
hate(F, "generalisation", "women", [
    "God træning i aften drenge, stærkt forsvar. Bare lige en ting: vi skal IKKE have kvindelige trænere i klubben, kvinder fatter ikke spillet og ødelægger disciplinen. Husk kampen på lørdag, mødetid 9.30",
])
hate(F, "threat", "gay men", [
    "Super fed fest i weekenden, tak til alle der hjalp med oprydningen. Og til de to bøsser der dansede: næste gang I kommer skal I bæres ud, for så får I tæsk. Nå men husk at betale for øl på MobilePay",
])
hate(F, "dehumanisation", "roma", [
    "Har nogen set min kat? Hun er grå med hvid pote og hedder Missy. Kan heller ikke udelukke at rumænerne ved lejren har taget hende, de er jo mere dyr end mennesker. Ring eller skriv hvis I ser hende 🙏",
])
hate(F, "generalisation", "trans people", [
    "Kære forældre i 4.b, husk madpakke og regntøj til turen på fredag. Jeg har også hørt at der kommer en transperson og holder oplæg i næste måned, det er jo syge mennesker der ikke skal i nærheden af vores børn. Glæder mig til turen!",
])
hate(F, "generalisation", "poles", [
    "Vi har fået nyt tag på sommerhuset og det blev pænt nok, men næste gang tager jeg ikke polakker igen, de er dovne og stjæler alt der ikke er boltet fast. Ellers skøn weekend med sol og grill",
])
hate(F, "generalisation", "somalis", [
    "Fin kamp i dag, 3-1 til os og Mads scorede to! Dommeren var ok. Men ærligt, modstanderholdet var fyldt med somaliere og de er bare født aggressive og uopdragne. Nå, kage i klubhuset efter næste træning",
])
hate(F, "generalisation", "jews", [
    "Tak for invitationen til julefrokosten, jeg kommer gerne. Jeg tager rødkål med. Og så skal vi vist ikke invitere ham den nye jøde fra regnskab, I ved hvordan de er med penge. Ses den 12.!",
])
hate(F, "generalisation", "disabled people", [
    "Klubben har søgt penge til nye mål og vi fik dem 🎉 Bestyrelsen har også diskuteret parasportholdet, og personligt synes jeg de handicappede bare koster penge og tager tider fra de rigtige hold. Men det tager vi på mødet. God weekend",
])

# conspiracy tropes
F = "conspiracy_h"
hate(F, "generalisation", "jews", [
    "Jøderne står bag både bankerne og medierne, det er derfor ingen tør sige noget",
    "følg pengene, så ender du altid hos jøderne. krige, kriser, alt sammen",
])
hate(F, "generalisation", "muslims", [
    "Muslimerne har en plan: de får ti børn hver og om 30 år stemmer de sharia ind. Det er ingen hemmelighed",
    "moskeerne samler lister over danske kvinder, det ved politiet godt men de tør ikke gøre noget",
])
hate(F, "generalisation", "trans people", [
    "Translobbyen vil gøre vores børn sterile, det er hele meningen med det",
])
hate(F, "generalisation", "gay men", [
    "Homoerne har infiltreret skolerne for at rekruttere børn, det sker lige for øjnene af os",
])
hate(F, "generalisation", "immigrants", [
    "indvandrerne bliver sendt hertil med vilje for at ødelægge den danske kultur indefra",
])
hate(F, "generalisation", "chinese", [
    "kineserne spredte virussen med vilje, det var ingen ulykke",
])
hate(F, "generalisation", "women", [
    "feministerne og kvinderne i ministerierne har aftalt at mænd skal holdes nede, det er organiseret",
])
hate(F, "generalisation", "roma", [
    "romaerne har et helt netværk der sender tiggere rundt i Europa, det er en mafia hele folket",
])

# praise of extremists, terrorists and Nazis; genocide denial or approval
F = "extremism_praise_h"
hate(F, "extremism", "", [
    "Breivik gjorde bare det som ingen andre turde. han er en helt",
])
hate(F, "extremism", "muslims", [
    "ham i Christchurch skulle have en medalje, han ryddede godt op i den moské",
])
hate(F, "extremism", "jews", [
    "Holocaust er den største løgn i historien, der døde ikke 6 millioner",
    "Hitler havde ret om jøderne. de burde have afsluttet det job",
])
hate(F, "extremism", "", [
    "Sieg Heil kammerater, nationalsocialismen var det bedste der er sket for Europa",
])
hate(F, "extremism", "roma", [
    "nazisterne vidste godt hvad de skulle gøre med sigøjnerne, synd de ikke nåede det hele",
])
hate(F, "extremism", "gay men", [
    "I Tyskland i 30'erne vidste man hvordan man håndterede homoer. Lejrene virkede",
])
hate(F, "extremism", "disabled people", [
    "T4 programmet var faktisk ret fornuftigt hvis man tænker over det, nu bruger vi milliarder på de handicappede",
])
hate(F, "extremism", "black people", [
    "Apartheid var bedre for alle, de sorte kunne jo ikke styre noget selv",
])
hate(F, "extremism", "muslims", [
    "srebrenica var ikke et folkemord, det var et nødvendigt forsvar mod muslimerne",
])

# calls for ethnic cleansing / "remigration"
F = "ethnic_cleansing_h"
hate(F, "extremism", "muslims", [
    "Remigration nu. Alle muslimer ud af Danmark inden 2030, også dem med pas",
    "Danmark skal renses for muslimer, gade for gade",
])
hate(F, "extremism", "immigrants", [
    "Alle ikke-vestlige skal deporteres, også dem der er født her. det er den eneste løsning",
])
hate(F, "extremism", "black people", [
    "Send de sorte tilbage til Afrika på en container, allesammen",
])
hate(F, "extremism", "jews", [
    "jøderne skal fjernes fra Europa, en gang for alle",
])
hate(F, "extremism", "roma", [
    "saml romaerne i en lejr og smid dem over grænsen, det er hvad Europa burde gøre",
])
hate(F, "extremism", "somalis", [
    "vi skal have et Danmark uden en eneste somalier. fly dem ud",
])
hate(F, "extremism", "greenlanders", [
    "Grønlænderne skal sendes tilbage til Grønland, København skal være for danskere",
])
hate(F, "extremism", "syrians", [
    "Tøm landet for syrere. Ingen undtagelser, ingen diskussion",
])

# far-right codes and slogans
F = "extremist_codes_h"
hate(F, "extremism", "", [
    "1488 brødre, vi ses til mødet",
    "HH fra Vestjylland 🇩🇰 hvid magt",
    "husk de 14 ord, for vores børns skyld",
    "Dagen X kommer snart, gør jer klar",
])
hate(F, "extremism", "jews", [
    "Det er (((dem))) der står bag alt det her, I ved hvem jeg mener",
    "ZOG styrer Christiansborg, vågn op",
])
hate(F, "extremism", "immigrants", [
    "det store bytte er i fuld gang, se bare på fødselstallene i Ishøj",
    "Danmark for danskerne, resten kan skride. 88",
])
hate(F, "extremism", "muslims", [
    "Deus vult 🗡️ det er tid til et nyt korstog mod muslimerne",
])
hate(F, "extremism", "black people", [
    "White lives matter, hvid magt, og de sorte skal ud",
])

# harassment of an individual because of a protected trait
F = "harassment_individual_h"
hate(F, "harassment", "trans people", [
    "@Alex du er en mand og det bliver du ved med at være, uanset hvilken paryk du tager på",
    "haha se lige 'hun' til forældremødet i går, han tror sgu han er en kvinde",
])
hate(F, "harassment", "immigrants", [
    "@Yusuf tag hjem til dit eget land hvis du ikke kan lide måden vi gør tingene på",
    "Hvorfor skriver du overhovedet her Amira? Du er ikke dansk og bliver det aldrig",
])
hate(F, "harassment", "disabled people", [
    "@Mikkel kan du ikke bare gå hjem og sidde i din stol, ingen gider se dig humpe rundt på banen",
    "Jonas stammer så meget at det tager ham et kvarter at sige hej 😂 det er derfor han aldrig får en kæreste",
])
hate(F, "harassment", "women", [
    "@Sofie gå tilbage til køkkenet og lad mændene snakke taktik",
])
hate(F, "harassment", "gay men", [
    "ham Emil på holdet er homo så jeg klæder ikke om samtidig med ham, han glor jo",
])
hate(F, "harassment", "greenlanders", [
    "@Nivi skulle du ikke hjem til din isbjørn og din flaske?",
])
hate(F, "harassment", "muslims", [
    "@Hassan fjern lige dit skæg før du kommer til kampen, ellers tror folk du har en bombe med",
])
hate(F, "harassment", "autistic people", [
    "@Oliver du er så autistisk at det er pinligt, ingen vil være sammen med dig",
])
hate(F, "harassment", "black people", [
    "Kofi du kan godt lade være med at smile så meget, du er alligevel kun med på holdet for kvotens skyld",
])
hate(F, "harassment", "deaf people", [
    "@Line hvorfor snakker du så mærkeligt, kan du ikke høre dig selv eller hvad 😂😂",
])
# ---------------------------------------------------------------------------
# NON-HATEFUL CONTRASTS (part 3)
# ---------------------------------------------------------------------------

# criticism of policies, governments and politicians' decisions
F = "policy_critique_nh"
ok(F, "immigrants", [
    "Jeg synes integrationspolitikken har fejlet i 30 år, og det er politikernes skyld, ikke de mennesker der kom hertil",
    "Udlændingeloven er blevet strammet så mange gange at ingen kan finde rundt i den længere",
    "smykkeloven var pinlig for Danmark, uanset hvad man mener om indvandring",
])
ok(F, "refugees", [
    "kommunen har placeret asylcentret helt ude i skoven uden bus. det er en elendig beslutning",
    "Jeg er imod at vi sender flygtninge til Rwanda, det er en dårlig og dyr plan",
])
ok(F, "", [
    "Israels regering bombarderer civile og det skal kritiseres, lige som Hamas' angreb skal",
    "Den iranske regering fængsler kvinder for at vise hår, det er et forfærdeligt regime",
    "Kinas regering behandler uighurerne frygteligt, og Danmark burde sige det højere",
    "Erdogans regering har sat journalister i fængsel, det er ikke demokrati",
    "Jeg stemmer imod forslaget om flere parkeringspladser, det er spild af penge",
    "Ruslands regime er en trussel mod hele Europa, men det er ikke de almindelige russeres skyld",
    "Talebans styre har forbudt piger at gå i skole. hvordan kan verden bare se på",
    "Den polske regering har strammet abortloven, det er et kæmpe tilbageskridt for kvinder",
    "Ghettolisten er diskriminerende politik, den straffer beboere der ikke har gjort noget",
])
ok(F, "trans people", [
    "Jeg er uenig i den nye lov om kønsskifte for unge under 18, jeg synes man skal vente længere. men det er en diskussion om lovgivning, ikke om personerne",
])
ok(F, "women", [
    "Kvoter i bestyrelser er ikke den rigtige løsning efter min mening, jeg tror mere på barsel til fædre",
])
ok(F, "muslims", [
    "Jeg er imod at kommunen giver penge til en ny moské lige så meget som til en ny kirke, offentlige penge skal ikke gå til religion",
    "burkaforbuddet var symbolpolitik der ramte 150 kvinder, synes ikke det løste noget",
])
ok(F, "greenlanders", [
    "Danmarks behandling af Grønland i kolonitiden er en skamplet, og vi skylder en undskyldning",
])
ok(F, "disabled people", [
    "Kommunens besparelser på handicaphjælpere er skandaløse, der skal sættes penge af",
])
ok(F, "roma", [
    "Tiggeriforbuddet løser ikke fattigdom, det flytter den bare til en anden gade",
])

# criticism of religion or ideology as ideas
F = "religion_as_idea_nh"
ok(F, "muslims", [
    "jeg synes islam som religion har et problematisk kvindesyn, ligesom mange andre religioner",
    "Koranen har vers jeg er dybt uenig i, og det skal man kunne sige uden at blive kaldt racist",
    "Islamisme er en farlig ideologi, og det er muslimerne selv der lider mest under den",
])
ok(F, "christians", [
    "kristendommen har en lang historie med at undertrykke homoseksuelle, det skal vi ikke glemme",
    "jeg er ateist og synes hele ideen om helvede er skadelig at lære børn",
])
ok(F, "jews", [
    "Jeg er uenig i omskæring af drengebørn, uanset om det er jødisk eller muslimsk tradition. Det handler om barnets ret",
])
ok(F, "", [
    "Alle religioner bygger på tro uden beviser, og det har jeg lov at mene",
    "Scientology er en sekt der tager folks penge, det har dokumentaren vist",
    "kommunisme har slået millioner ihjel, jeg forstår ikke folk der hylder det",
    "Nazisme er en ideologi bygget på had, og den skal bekæmpes, punktum",
    "Jeg synes ikke religiøse symboler hører hjemme i skolen, hverken kors eller tørklæder",
    "Jehovas vidner og deres udstødelse af familiemedlemmer er virkelig skadeligt",
])
ok(F, "muslims", [
    "sharia er ikke forenelig med dansk lov, og det er en kritik af et retssystem, ikke af mennesker",
])
ok(F, "hindus", [
    "Kastesystemet i hinduismen har skabt enorm ulighed, det er en vigtig kritik",
])
ok(F, "catholics", [
    "Den katolske kirkes dækning af misbrugssager er rystende, og paven burde have handlet for længe siden",
])

# genuine questions about groups
F = "genuine_question_nh"
ok(F, "muslims", [
    "Er der nogen der ved om man kan lave halal-pølser til sommerfesten? vil gerne have at alle kan spise med",
    "Må muslimer gerne drikke cola under ramadanen efter solnedgang? spørger fordi vi har kamp kl 21",
])
ok(F, "trans people", [
    "hvordan spørger man høfligt om hvilke pronominer en ny kollega bruger? vil ikke træde forkert",
])
ok(F, "deaf people", [
    "Er der nogen der ved om døve kan få tolk betalt til forældremøder?",
])
ok(F, "jews", [
    "Hvornår er jødisk nytår egentlig? min kollega ønskede mig godt nytår i går og jeg blev helt forvirret",
])
ok(F, "greenlanders", [
    "hvad siger man tillykke på grønlandsk? min svigermor fylder 60",
])
ok(F, "autistic people", [
    "Har nogen erfaring med at træne fodbold med autistiske børn? vi får to nye på U9 og vil gøre det godt",
])
ok(F, "poles", [
    "ved nogen om der er polsk messe i byen til jul? min nye nabo spurgte",
])
ok(F, "somalis", [
    "Hvorfor er der så mange somaliere i Aarhus i forhold til København? er der en historisk grund?",
])
ok(F, "roma", [
    "Hvor kommer romaerne oprindeligt fra? læste at det er Indien men er det rigtigt?",
])
ok(F, "gay men", [
    "er der nogen homovenlige fodboldklubber i Odense? min søn er lige sprunget ud og vil gerne spille",
])
ok(F, "disabled people", [
    "Hvordan får man handicapparkering godkendt i kommunen? min far er lige kommet i kørestol",
])
ok(F, "syrians", [
    "Hvad spiser syrere typisk til eid? vil gerne tage noget med til naboerne",
])
ok(F, "women", [
    "Hvorfor er der så få kvinder i e-sport egentlig? er det kulturen eller noget andet?",
])
# ---------------------------------------------------------------------------
# HATEFUL (part 4: more wordings and groups per functionality)
# ---------------------------------------------------------------------------

F = "derog_neg_attribute_h"
hate(F, "generalisation", "arabs", [
    "araberne er nogle snu og uærlige handelsfolk, man bliver altid snydt",
])
hate(F, "generalisation", "eastern europeans", [
    "østeuropæerne er kriminelle allesammen, der er ingen undtagelser",
])
hate(F, "generalisation", "turks", [
    "tyrkere er hidsige og primitive, det ser man til hver eneste kamp",
])
hate(F, "generalisation", "non-binary people", [
    "de ikke-binære er bare opmærksomhedskrævende børn der aldrig blev voksne",
])
hate(F, "generalisation", "pakistanis", [
    "Pakistanerne er nogle kyniske bagmænd der kun tænker på at tjene sorte penge",
])
hate(F, "generalisation", "refugees", [
    "flygtninge er utaknemmelige og voldelige, hver og en",
])
hate(F, "generalisation", "autistic people", [
    "autister er kolde, egoistiske robotter uden empati",
])
hate(F, "generalisation", "africans", [
    "afrikanerne er dumme som brød, det er derfor deres lande ser sådan ud",
])

F = "derog_emotion_h"
hate(F, "generalisation", "black people", [
    "jeg bliver så pisse irriteret bare jeg ser en sort i butikken",
])
hate(F, "generalisation", "disabled people", [
    "Ærligt, handicappede frastøder mig. jeg kan ikke lide at være i samme rum",
])
hate(F, "generalisation", "poles", [
    "har aldrig kunnet fordrage polakker og det bliver ikke bedre",
])
hate(F, "generalisation", "non-binary people", [
    "Hader, hader, HADER ikke-binære mennesker. de er så falske",
])
hate(F, "generalisation", "syrians", [
    "jeg afskyr syrerne i min opgang, det er et helt folk jeg ikke kan udstå",
])
hate(F, "generalisation", "chinese", [
    "kinesere gør mig syg, jeg kan ikke lide at sidde ved siden af dem i toget",
])
hate(F, "generalisation", "bisexuals", [
    "biseksuelle er nok det jeg hader mest i verden, vælg dog en side",
])

F = "dehumanisation_h"
hate(F, "dehumanisation", "women", [
    "kvinder er bare ting man kan bruge og smide ud, mere er de ikke",
])
hate(F, "dehumanisation", "greenlanders", [
    "grønlænderne ligger og flyder i parken som sæler på en strand",
])
hate(F, "dehumanisation", "arabs", [
    "Araberne lever som hunde i deres ghettoer, og de opfører sig som hunde",
])
hate(F, "dehumanisation", "refugees", [
    "flygtningene kommer som græshopper og æder alt hvad der er tilbage",
])
hate(F, "dehumanisation", "romanians", [
    "de rumænske tiggere er menneskeligt affald der skal fejes væk fra gaden",
])
hate(F, "dehumanisation", "lesbians", [
    "Lesbiske er ikke rigtige kvinder, de er en slags halvdyr",
])
hate(F, "dehumanisation", "chinese", [
    "kineserne æder hunde og lever som insekter, det er et myrefolk",
])
hate(F, "dehumanisation", "syrians", [
    "syrerne er en virus der har inficeret hele Vollsmose",
])

F = "implicit_derog_h"
hate(F, "generalisation", "black people", [
    "Nu kommer der en sort familie i rækkehuset, så må vi vist sætte alarm på",
])
hate(F, "generalisation", "trans people", [
    "min datter skal ikke gå i svømmehallen nu hvor de lukker 'kvinder' med skæg ind",
])
hate(F, "generalisation", "roma", [
    "der er kommet romaer på campingpladsen, så nu tager vi lige det hele med ind i teltet om natten",
])
hate(F, "generalisation", "pakistanis", [
    "Fik en ny læge i dag, pakistaner. Tror jeg beder om en second opinion 🙄",
])
hate(F, "generalisation", "jews", [
    "den nye revisor hedder Goldstein, så er vi da sikre på at han kan tælle penge 😏",
])
hate(F, "generalisation", "arabs", [
    "bussen var fuld af arabere i dag, og så ved man jo at man lige skal holde øje med sin taske",
])
hate(F, "generalisation", "muslims", [
    "jeg savner dengang julefrokosten hed julefrokost og ikke skulle tage hensyn til hvem der ikke spiser svin",
])
hate(F, "generalisation", "immigrants", [
    "Vores lille by var tryg før. Så kom indvandrerne. Mere behøver jeg vist ikke sige",
])

F = "threat_direct_h"
hate(F, "threat", "greenlanders", [
    "Den grønlænder der sidder ved kirken igen i morgen bliver sparket halvt ihjel, den her gang er det mig der gør det",
])
hate(F, "threat", "arabs", [
    "Jeg kommer efter jer arabere med en kniv, I skal ikke føle jer sikre nogen steder",
])
hate(F, "threat", "disabled people", [
    "jeg vælter den næste kørestolsbruger der spærrer fortovet, så kan de lære det",
])
hate(F, "threat", "lesbians", [
    "Hvis jeg ser de to lesber kysse igen ved skolen så får de min knytnæve",
])
hate(F, "threat", "poles", [
    "polakkerne i barakkerne kommer til at bløde i nat, jeg har fået nok",
])
hate(F, "threat", "non-binary people", [
    "Det ikke-binære freak i klassen får tæv efter skole, vi har allerede aftalt det",
])
hate(F, "threat", "immigrants", [
    "vi finder jer, indvandrere. en efter en. og så er det slut",
])

F = "threat_normative_h"
hate(F, "threat", "roma", [
    "romaerne burde tæskes hver gang de viser sig i byen",
])
hate(F, "threat", "women", [
    "kvinder burde slås når de ikke kender deres plads, sådan var det før og det virkede",
])
hate(F, "threat", "black people", [
    "de sorte burde lynches som i de gode gamle dage",
])
hate(F, "threat", "refugees", [
    "den rigtige løsning er at skyde flygtningebådene i sænk inden de når kysten",
])
hate(F, "threat", "lesbians", [
    "lesbiske burde voldtages til de bliver normale",
])
hate(F, "threat", "autistic people", [
    "autistiske børn skulle slås ud af det, det var sådan man gjorde før",
])
hate(F, "threat", "somalis", [
    "somalierne fortjener at få deres huse brændt ned over hovedet på dem",
])

F = "threat_wish_h"
hate(F, "threat", "immigrants", [
    "bare der kom en epidemi der kun ramte indvandrere. det ville løse det hele",
])
hate(F, "threat", "disabled people", [
    "Jeg håber de handicappede på plejehjemmet bliver glemt i en brand",
])
hate(F, "threat", "greenlanders", [
    "ville ønske alle grønlænderne frøs ihjel i en snestorm",
])
hate(F, "threat", "lesbians", [
    "håber de lesbiske i gården bliver overfaldet, de har fortjent det",
])
hate(F, "threat", "afghans", [
    "Jeg beder til at afghanerne bliver sprængt i luften i deres eget land 🙏",
])
hate(F, "threat", "poles", [
    "Gid polakkerne kørte galt allesammen på vej hjem til jul",
])
hate(F, "threat", "muslims", [
    "håber næste terrorangreb rammer en moské. så kan de smage det selv",
])

F = "threat_place_h"
hate(F, "threat", "muslims", [
    "den islamiske friskole skal have smadret alle ruder og sat ild i gymnastiksalen",
])
hate(F, "threat", "trans people", [
    "Vi skal nok smadre det der transcafé på Vesterbro, de skal ikke have et sted at gemme sig",
])
hate(F, "threat", "poles", [
    "Den polske butik ved stationen bliver tændt af i nat, tro mig",
])
hate(F, "threat", "black people", [
    "Nogen burde kaste en brandbombe ind i den afrikanske kirke, så var vi fri",
])
hate(F, "threat", "greenlanders", [
    "Vi lukker det grønlandske hus for altid. med en dunk benzin",
])
hate(F, "threat", "pakistanis", [
    "den pakistanske moske i Brøndby skal sprænges",
])

F = "call_to_violence_h"
hate(F, "threat", "roma", [
    "Alle der bor tæt på lejren: tag et jern med og vis romaerne hvem der bestemmer",
])
hate(F, "threat", "refugees", [
    "Stil jer ved asylcentret i morgen og slå til hvis de kommer ud. de skal ikke være her",
])
hate(F, "threat", "lesbians", [
    "Del det her: smid æg og sten efter de lesbiske til paraden på lørdag",
])
hate(F, "threat", "arabs", [
    "knæk benene på de arabere der hænger ud ved kiosken, så rykker de nok",
])
hate(F, "threat", "somalis", [
    "Vi skal have fat i somalierne fra klubben. Alle med, vi slår hårdt",
])
hate(F, "threat", "disabled people", [
    "Kom nu, skub dem der mongoler ud af bussen, de har ikke noget at gøre her",
])
F = "slur_h"
hate(F, "slur", "greenlanders", [
    "der lå en fuld eskimo og sov på bænken igen, gad vide om kommunen gør noget",
])
hate(F, "slur", "gay men", [
    "han er sgu en svans, se bare hvordan han løber",
])
hate(F, "slur", "muslims", [
    "Ring efter politiet, der står tre perkere og ryger ved indgangen",
])
hate(F, "slur", "disabled people", [
    "din spasser, du kan jo ikke engang gå ligeud 😂",
])
hate(F, "slur", "black people", [
    "nigger skal ikke bestemme over noget i min klub",
])
hate(F, "slur", "lesbians", [
    "den nye i bestyrelsen er en mandhaftig lebbe, ingen gider hende",
])

F = "slur_inflected_compound_h"
hate(F, "slur", "muslims", [
    "Hold da op hvor er det fyldt med perkerbiler på p-pladsen, BMW'er i alle farver",
    "gider ikke den perkermusik der brager ud af opgangen hele tiden",
])
hate(F, "slur", "black people", [
    "Negrenes fodboldhold tabte igen haha",
])
hate(F, "slur", "gay men", [
    "bøsserøvene har taget hele Ørstedsparken",
    "Den der svansebar er ved at ødelægge hele gaden",
])
hate(F, "slur", "disabled people", [
    "spasserbussen holder igen på min parkeringsplads",
])
hate(F, "slur", "greenlanders", [
    "eskimoerne ved Nørreport er fulde igen, typisk",
])
hate(F, "slur", "asians", [
    "skævøjerne i klassen sidder altid og sutter til lærerne",
])
hate(F, "slur", "arabs", [
    "Sandnegrene har åbnet endnu en shishabar",
])

F = "profanity_framed_h"
hate(F, "generalisation", "somalis", [
    "for fanden da, somalierne har SÅ lidt respekt for andres ting, de skide idioter",
])
hate(F, "generalisation", "refugees", [
    "Shit hvor er flygtningene bare fucking utaknemmelige lort",
])
hate(F, "generalisation", "lesbians", [
    "Pis med de lesbiske og deres fucking propaganda i skolen",
])
hate(F, "generalisation", "black people", [
    "Hold kæft, de sorte skal altid larme så fucking meget, fucking uciviliseret",
])
hate(F, "generalisation", "autistic people", [
    "fuck autister, de er så fucking irriterende at være i klasse med",
])
hate(F, "generalisation", "women", [
    "Fucking kvinder, de er nogle manipulerende skid alle sammen",
])

F = "pronoun_reference_h"
hate(F, "generalisation", "immigrants", [
    "indvandrerne i klubben vil have halal i kantinen nu. De tror sgu de ejer landet, de skal være glade for at de må være her",
])
hate(F, "threat", "jews", [
    "læste lige at der kommer en ny jødisk skole i byen. De skal ikke regne med at den står længe, vi brænder den",
])
hate(F, "generalisation", "pakistanis", [
    "Der kom et par pakistanere ind i butikken. Man kan ikke vende ryggen til dem et sekund, de stjæler alt",
])
hate(F, "dehumanisation", "greenlanders", [
    "Der sidder nogle grønlændere ved søen. Nogen burde ringe til dyreværnet, det er dem der skal tage sig af sådan nogle",
])
hate(F, "generalisation", "lesbians", [
    "Mine nye naboer er to lesbiske kvinder. De er sikkert mandehadere der vil ødelægge alle børn de møder",
])
hate(F, "generalisation", "deaf people", [
    "Vi fik en døv på arbejdet. De er så langsomme at man lige så godt kunne have ansat en sten",
])

F = "negated_positive_h"
hate(F, "generalisation", "jews", [
    "Der er ikke en eneste jøde der ikke tænker på penge først",
])
hate(F, "generalisation", "disabled people", [
    "handicappede kan aldrig blive en gevinst for en arbejdsplads",
])
hate(F, "generalisation", "arabs", [
    "Araberne har aldrig opfundet noget der var værd at have",
])
hate(F, "generalisation", "lesbians", [
    "to lesbiske kan aldrig blive gode forældre, det er bare ikke naturligt",
])
hate(F, "generalisation", "refugees", [
    "jeg har ikke set én flygtning der har fortjent at blive her",
])
hate(F, "generalisation", "somalis", [
    "somaliere er ikke i stand til at opføre sig ordentligt",
])

F = "question_h"
hate(F, "generalisation", "greenlanders", [
    "er der overhovedet en ædru grønlænder tilbage i Danmark?",
])
hate(F, "generalisation", "refugees", [
    "Hvorfor skal vi betale for at flygtningene kan ligge på sofaen hele dagen?",
])
hate(F, "dehumanisation", "roma", [
    "Hvem gider at have de rotter fra romalejren boende ved siden af sig?",
])
hate(F, "generalisation", "lesbians", [
    "hvorfor er det altid de lesbiske der er så sure og grimme?",
])
hate(F, "generalisation", "immigrants", [
    "Hvorfor skal vi som danskere altid bøje os for de indvandrere der ikke gider lære sproget?",
])
hate(F, "generalisation", "autistic people", [
    "skal vi virkelig have autister i klassen der ødelægger undervisningen for alle normale børn?",
])

F = "opinion_h"
hate(F, "generalisation", "jews", [
    "Jeg vil bare sige at jeg synes jøderne har for meget magt. Det er ikke racisme, det er en mening",
])
hate(F, "generalisation", "trans people", [
    "Min holdning er at transpersoner er en fare for børn. Sådan er det",
])
hate(F, "generalisation", "romanians", [
    "personligt tror jeg rumænere er tyve af natur",
])
hate(F, "generalisation", "gay men", [
    "bare min mening, men bøsser er syge i hovedet og burde behandles",
])
hate(F, "generalisation", "chinese", [
    "jeg mener ærligt at kinesere er et uhumant folk uden moral",
])

F = "long_hate_middle_h"
hate(F, "generalisation", "afghans", [
    "Til alle forældre: der er skolefoto på tirsdag, så husk pænt tøj. Og jeg synes egentlig skolen skulle overveje at samle de afghanske børn i en klasse for sig, de er voldelige og trækker niveauet ned for vores børn. Husk også fotoaftalen!",
])
hate(F, "generalisation", "lesbians", [
    "Vi har haft et fantastisk år i håndboldklubben 🤾 og jeg vil gerne takke alle frivillige. Men jeg kan ikke forstå hvorfor vi har to lesbiske som trænere for pigeholdet, de er en dårlig påvirkning. Glædelig jul alle sammen",
])
hate(F, "threat", "muslims", [
    "Okay folkens, i morgen er der rengøringsdag i gården kl 10, der er kaffe og rundstykker. Og hvis muslimerne fra nr 5 ikke gider at hjælpe, så skal vi nok smide dem ud af vinduet. Husk handsker!",
])
hate(F, "generalisation", "immigrants", [
    "Mega god tur til Skagen i weekenden, vejret var perfekt. Lidt ærgerligt at alle de indvandrere var der, de sviner og ødelægger stemningen overalt hvor de kommer. Men fiskefrikadellerne var gode 👍",
])
hate(F, "generalisation", "chinese", [
    "Vi fik vores nye computere til kontoret og de virker fint. Underligt at de er lavet af kinesere der ikke kan andet end at kopiere, ingen fantasi det folk. Men installationen gik fint, tak Per!",
])

F = "conspiracy_h"
hate(F, "generalisation", "muslims", [
    "Islamiseringen er planlagt fra Saudi, og alle muslimer i Danmark er med på det",
])
hate(F, "generalisation", "jews", [
    "Det er jøderne der står bag krigene, de tjener på begge sider",
])
hate(F, "generalisation", "refugees", [
    "Flygtningene er ikke flygtninge, det er soldater der bliver sendt hertil for at forberede en invasion",
])
hate(F, "generalisation", "black people", [
    "de sorte bliver brugt af eliten til at ødelægge de hvide nationer",
])
hate(F, "generalisation", "gay men", [
    "homobevægelsen styrer FN og vil afskaffe familien",
])

F = "extremism_praise_h"
hate(F, "extremism", "", [
    "Utøya var smertefuldt men nødvendigt for at vække Norge",
])
hate(F, "extremism", "", [
    "Hitler var en af historiens største mænd, skulle have vundet krigen",
    "Frikorps Danmark var helte der kæmpede for det rigtige",
])
hate(F, "extremism", "jews", [
    "gaskamrene var en myte fundet på af jøderne for at få penge",
])
hate(F, "extremism", "immigrants", [
    "Det der skete i Hanau var det eneste rigtige svar på indvandringen",
])

F = "ethnic_cleansing_h"
hate(F, "extremism", "arabs", [
    "Jeg vil have et Danmark uden arabere, og ja, det kræver massedeportation",
])
hate(F, "extremism", "poles", [
    "Alle polakker skal smides ud af landet, også dem der har arbejdet her i tyve år",
])
hate(F, "extremism", "refugees", [
    "Luk grænsen og send hver eneste flygtning tilbage, også børnene. Renhed først",
])
hate(F, "extremism", "trans people", [
    "Transpersoner skal udryddes fra samfundet, fuldstændigt",
])
hate(F, "extremism", "pakistanis", [
    "remigration af alle pakistanere, uanset statsborgerskab, det er det eneste der virker",
])

F = "extremist_codes_h"
hate(F, "extremism", "", [
    "rahowa kommer, brødre 🔥",
    "Blod og ære. Vi er klar",
])
hate(F, "extremism", "muslims", [
    "Det er tid til remigration. Danmark for danskerne, ikke for muslimerne",
])
hate(F, "extremism", "black people", [
    "Det er ok at være hvid, og det er ikke ok at blande racerne 👌",
])

F = "harassment_individual_h"
hate(F, "harassment", "women", [
    "@Karina du fik kun jobbet fordi du er kvinde, alle ved det",
])
hate(F, "harassment", "non-binary people", [
    "@Sam 'de'? du er en pige, stop med at være så speciel",
])
hate(F, "harassment", "jews", [
    "@Daniel du er jøde, så du betaler vel ikke for øllene som sædvanlig",
])
hate(F, "harassment", "poles", [
    "@Tomasz tag tilbage til Polen, ingen bad dig komme",
])
hate(F, "harassment", "gay men", [
    "@Rasmus lad være med at se på mig i omklædningsrummet, jeg er ikke som dig",
])
hate(F, "harassment", "turks", [
    "@Emre du er ikke dansk bare fordi du har et pas, forstå det",
])
hate(F, "harassment", "bisexuals", [
    "@Maja du er ikke bi, du er bare en der ikke kan bestemme dig. typisk",
])
# ---------------------------------------------------------------------------
# NON-HATEFUL CONTRASTS (part 4: more wordings and groups)
# ---------------------------------------------------------------------------

F = "negated_hate_nh"
ok(F, "arabs", [
    "Araberne i kiosken snyder ikke, priserne er bare højere om natten. det gør de også i 7-eleven",
])
ok(F, "syrians", [
    "Syrerne har ikke ødelagt noget i opgangen, det var en vandskade. Rolig nu",
])
ok(F, "pakistanis", [
    "Jeg mener ikke at pakistanere er mindre danske end os andre. Min bedste ven er født i Hvidovre af pakistanske forældre",
])
ok(F, "non-binary people", [
    "at være ikke-binær er ikke en trend eller en sygdom, det er bare hvem folk er",
])
ok(F, "chinese", [
    "kineserne har ikke spredt virussen med vilje, det er en konspirationsteori",
])
ok(F, "deaf people", [
    "døve er ikke dumme, de hører bare ikke. ret simpelt",
])
ok(F, "turks", [
    "nej, jeg synes ikke tyrkerne skal hjem. hvad snakker du om",
])
ok(F, "bisexuals", [
    "biseksuelle er ikke mere utro end andre, det er en fordom",
])
ok(F, "afghans", [
    "Jeg synes bestemt ikke afghanske børn skal samles i én klasse. hvor kommer den idé fra?",
])
ok(F, "muslims", [
    "det er ikke fordi de er muslimer at de ikke kom til festen, de havde en begravelse",
])
ok(F, "women", [
    "Ingen her mener at kvinder hører til i køkkenet. det var en joke fra 1970 og den er ikke sjov",
])
ok(F, "jews", [
    "Jeg har ALDRIG sagt noget om jøder, jeg kritiserede et enkelt firma. Læs opslaget igen",
])
ok(F, "roma", [
    "Nej de rumænske familier ved kirken stjæler ikke cykler, politiet har fanget tyven og det var en dansker",
])

F = "counter_quote_nh"
ok(F, "jews", [
    "Nogen har tegnet et hagekors på døren til synagogen. Hvis I har set noget, så kontakt politiet",
])
ok(F, "immigrants", [
    "Skriver du 'send dem alle hjem' under et billede af en familie med børn? Seriøst, skam dig",
])
ok(F, "lesbians", [
    "hun blev kaldt 'lebbe' i et hadefuldt tonefald af en træner. klubben har heldigvis givet ham karantæne",
])
ok(F, "disabled people", [
    "'grøntsag' om et menneske i kørestol. Det skrev han. Jeg har taget et screenshot og sendt det til formanden",
])
ok(F, "gay men", [
    "At skrive 'bøsser skal kastes ned fra tagene' er ikke en mening, det er en opfordring til vold. Meldt",
])
ok(F, "autistic people", [
    "Han kalder min søn 'autist' som et skældsord. Min søn ER autist og han er klogere end hele den gruppe",
])
ok(F, "muslims", [
    "\"Alle muslimer er terrorister\" er lige så dumt som at sige at alle danskere er Breivik. tænk dig om",
])
ok(F, "trans people", [
    "Der stod 'ingen tranny på vores toilet' på en seddel i hallen. Det er hærværk og chikane, og vi har fjernet den",
])
ok(F, "poles", [
    "min far fik at vide 'skrid hjem polak' på arbejdet efter 15 år i firmaet. Hvordan reagerer man på det?",
])
ok(F, "arabs", [
    "kommentaren om 'kamelkneppere' er fjernet og afsenderen er smidt ud af gruppen. sådan noget tolererer vi ikke",
])
ok(F, "women", [
    "\"hun fik kun jobbet fordi hun er kvinde\" - nej, hun fik jobbet fordi hun var den bedste ansøger",
])
ok(F, "black people", [
    "Fans der laver abelyde ad vores spillere er ikke fans. Vi har bedt stadion om at finde dem på video",
])

F = "denounce_hate_nh"
ok(F, "somalis", [
    "Det er skammeligt at somaliske familier skal høre for det hver gang der sker noget i byen",
])
ok(F, "greenlanders", [
    "Der er alt for mange fordomme om grønlændere i Danmark, og det er på tide at vi gør op med dem",
])
ok(F, "", [
    "Vold mod nogen på grund af hvem de er, er aldrig i orden. Heller ikke 'for sjov'",
    "Stop med at dele de memes med hagekors i gruppen, det er ikke humor",
])
ok(F, "trans people", [
    "jeg er så træt af at transpersoner bliver gjort til fjender i alle debatter. de er mennesker",
])
ok(F, "jews", [
    "At jødiske børn skal have vagter foran skolen i 2026 burde få os alle til at skamme os",
])
ok(F, "poles", [
    "Polakkerne har bygget halvdelen af vores huse, og så taler folk sådan om dem? Nej tak",
])
ok(F, "bisexuals", [
    "Bi-fobi er også fobi, også når det kommer fra folk i miljøet selv",
])
ok(F, "asians", [
    "Racisme mod asiater under corona var vildt grelt, og det skal vi huske",
])
ok(F, "muslims", [
    "Muslimske kvinder bliver råbt af på gaden for at gå med tørklæde. Det er ikke ok, og vi skal sige fra",
])

F = "neutral_group_nh"
ok(F, "gay men", [
    "Pride-optoget går forbi klubhuset lørdag kl 13, så husk at der er lukket for parkering",
])
ok(F, "immigrants", [
    "Sprogcaféen for indvandrere og flygtninge holder åbent hver tirsdag på biblioteket",
])
ok(F, "pakistanis", [
    "der er pakistansk bryllup i forsamlingshuset fredag, så der kan være lidt trafik",
])
ok(F, "ukrainians", [
    "Vi har to ukrainske drenge på holdet nu, de taler ikke så meget dansk endnu men de lærer hurtigt",
])
ok(F, "lesbians", [
    "den lesbiske filmfestival kører i Cinemateket i denne uge, nogen der vil med?",
])
ok(F, "women", [
    "Kvindelandsholdet spiller kvartfinale i aften, vi viser det på storskærm i klubben",
])
ok(F, "arabs", [
    "Arabisk er et af de sprog der tales mest på skolen efter dansk, så forældrebrevene bliver oversat",
])
ok(F, "roma", [
    "Den internationale romadag er 8. april, der er koncert på rådhuspladsen",
])
ok(F, "black people", [
    "har nogen et godt tip til en frisør i Odense der kan klippe afro-hår? min datter vil gerne have fletninger",
])
ok(F, "autistic people", [
    "Vi har fået et stille rum i hallen til børn med autisme eller andre der bliver overstimulerede",
])

F = "positive_group_nh"
ok(F, "jews", [
    "jødisk humor er noget af det bedste, jeg har lige læst en bog om det og grinet hele vejen",
])
ok(F, "roma", [
    "romaernes musik er simpelthen fantastisk, vi hørte et band i Budapest der var helt vildt",
])
ok(F, "disabled people", [
    "Parasportsholdet vandt DM i weekenden 🏆 kæmpe tillykke, I er seje",
])
ok(F, "somalis", [
    "De somaliske mødre i opgangen har organiseret lektiecafé for alle børn i bebyggelsen. Hatten af",
])
ok(F, "lesbians", [
    "min mostre og hendes kone er de bedste forældre jeg kender",
])
ok(F, "deaf people", [
    "døve har den fedeste kultur, jeg har lige været til døveteater og det var mega godt",
])
ok(F, "syrians", [
    "Den syriske bager har de bedste baklava i hele byen, gå derhen",
])
ok(F, "non-binary people", [
    "Vores nye ikke-binære træner er simpelthen så god med de små, alle ungerne elsker dem",
])
ok(F, "turks", [
    "Tyrkerne i vores gade holder den flotteste have, jeg får altid tomater af dem om sommeren",
])
ok(F, "chinese", [
    "Vores kinesiske udvekslingsstudent var så sød og hjælpsom, vi savner hende allerede",
])
ok(F, "muslims", [
    "tak til den muslimske familie der hjalp min mor da hun faldt på isen 🙏",
])

F = "abuse_nonprotected_nh"
ok(F, "", [
    "@Jesper du er simpelthen den dårligste keeper i serie 3, køb et par briller",
    "Hvem er det idiot der har stjålet min mælk i køleskabet på arbejdet??",
    "folk der ikke samler hundelort op er de laveste af de lave",
    "Vikingerne fra nabobyen er nogle snydere og det har de altid været. Vi banker dem på lørdag ⚽",
    "ham der sælger brugte cykler til overpris er en kæmpe svindler, køb ikke af ham",
    "Folketinget er fyldt med nogle klovne der ikke aner hvad et brød koster",
    "jeg hader mennesker der klapper når flyet lander",
    "De der influencere er noget af det dummeste der findes",
    "@Martin du er en nar og et dårligt menneske, og det har intet med noget at gøre andet end at du skylder mig 500 kr",
    "veganere der prædiker ved grillen kan godt tage hjem",
])

F = "profanity_no_target_nh"
ok(F, "", [
    "for satan, hvor er den her bog kedelig",
    "Shit, tog den forkerte bus. fuck",
    "lort lort lort, kagen brændte på",
    "hvad fanden skete der lige med det straffespark 😂",
    "fuck, vi tabte igen. trænger til en øl",
    "Pis, jeg glemte at melde mig til turneringen",
    "fandeme en god kamp i aften, drenge!!",
])
F = "reclaimed_self_nh"
ok(F, "muslims", [
    "vi perkerbørn fra Gellerup har fået vores egen podcast, lyt med 🎙️",
])
ok(F, "gay men", [
    "Som gammel svans har jeg set det hele, men en homofodboldklub i Herning havde jeg ikke set komme 😄",
])
ok(F, "disabled people", [
    "jeg kalder mig selv spasser med kærlighed, det er min ting. I andre må ikke 😅",
])
ok(F, "trans people", [
    "Vi transfolk mødes til brunch i morgen, alle er velkomne",
])
ok(F, "women", [
    "os kvinder i bestyrelsen har besluttet at det er mændene der laver kaffe i år 😂",
])
ok(F, "roma", [
    "Min bedstemor var rom og jeg er stolt af det, vi har en historie ingen lærer om i skolen",
])
ok(F, "non-binary people", [
    "jeg er ikke-binær og jeg bruger de/dem, men I behøver ikke undskylde hvis I glemmer det en gang",
])
ok(F, "poles", [
    "vi polakker tager pierogi med til julefrokosten, sådan er traditionen 🥟",
])
ok(F, "somalis", [
    "Som somalisk dansker kan jeg godt sige at vores mødre er verdens strengeste 😂",
])
ok(F, "bisexuals", [
    "Bi og stolt! og nej, jeg er ikke 'forvirret'",
])
ok(F, "jews", [
    "Jeg er jøde og vi spiser også flæskesteg i min familie, vi er ikke særlig religiøse",
])

F = "homonym_innocent_nh"
ok(F, "", [
    "Hjemmeværnet har skydning med bøsserne på lørdag, husk høreværn",
    "Katten har fået en hvid spids på svansen, så sød",
    "Gammel dansk talemåde: 'han er en ægte jyde' - er det et kompliment eller ej? 🤔",
    "fik et par kinesere smidt i hovedet af knægtene nytårsaften, de var så stolte af sig selv",
    "Der løb en rotte over vejen i nat, stor som en kat",
    "jeg har købt en Zigeunerschnitzel i Tyskland, hedder det stadig det?",
    "Vores hund er en blanding, halvt labrador halvt ingen aner hvad",
    "Kaffe sort, øl kold, kamp på skærmen. Perfekt søndag",
    "det er bare abekattestreger, drengene lavede sjov med bolden",
    "Hestene på marken ved skolen har fået dækken på i kulden",
    "Sorte Sol over vadehavet var fantastisk i år",
])

F = "news_violence_nh"
ok(F, "muslims", [
    "Nyhed: en mand er anholdt for at have afbrændt en koran foran en moské, sagen er hos anklagemyndigheden",
])
ok(F, "jews", [
    "Vores klasse så 'Schindlers liste' i dag og mange af børnene var rystede bagefter",
])
ok(F, "", [
    "Der har været et skyderi i Tåstrup i nat, politiet siger det er bandekonflikt",
    "I dag er det 80 år siden befrielsen. Flaget er hejst ved klubhuset",
    "Breivik fik 21 års forvaring, og Norge er stadig ved at bearbejde Utøya",
    "Politiet advarer om en falsk sms der ser ud til at komme fra banken, vær forsigtige",
])
ok(F, "disabled people", [
    "DR afslører at beboere på et bosted er blevet slået af personalet. Det er forfærdeligt at læse",
])
ok(F, "lesbians", [
    "To kvinder blev overfaldet efter de kyssede i en bus i London. Politiet efterlyser vidner",
])
ok(F, "immigrants", [
    "Ifølge Danmarks Statistik er beskæftigelsen blandt indvandrere steget de sidste fem år",
])
ok(F, "roma", [
    "Historielæreren fortalte om Porajmos, nazisternes drab på romaer. Det havde jeg aldrig hørt om før",
])
ok(F, "asians", [
    "I USA er der sket flere overfald på asiatiske ældre, skriver Politiken",
])
ok(F, "black people", [
    "I dag er det årsdagen for mordet på George Floyd. Der er en mindemarch i byen",
])

F = "policy_critique_nh"
ok(F, "", [
    "Regeringens udlændingepolitik er alt for stram efter min mening, men jeg forstår godt dem der vil have den strammere",
    "Jeg synes kommunen skulle bruge pengene på skolerne i stedet for en ny rådhusplads",
    "Den danske stat har svigtet de grønlandske børn der blev sendt til Danmark i 1951",
    "EU's aftale med Libyen om at stoppe både er en moralsk katastrofe",
    "Hvorfor skal skatten stige igen? Hele regeringen burde fyres",
])
ok(F, "immigrants", [
    "Familiesammenføringsreglerne er så stramme at danske statsborgere ikke kan bo med deres ægtefælle. det er absurd",
    "Jeg er tilhænger af mindre indvandring, men den skal styres af regler, ikke af had",
])
ok(F, "muslims", [
    "Debatten om halalslagtning handler om dyrevelfærd, og der skal gælde samme regler for alle",
])
ok(F, "trans people", [
    "Sundhedsstyrelsen er alt for langsom til at hjælpe transpersoner, ventetiden er flere år",
])
ok(F, "refugees", [
    "Udrejsecentrene er umenneskelige for de børn der bor der, det bør politikerne se på",
])

F = "religion_as_idea_nh"
ok(F, "", [
    "Religion burde være en privat sag og ikke noget staten blander sig i",
    "Folkekirken burde adskilles fra staten, jeg kan ikke se hvorfor vi skal betale over skatten",
    "Jeg har meldt mig ud af kirken fordi jeg ikke tror på noget af det",
    "Kreationisme hører ikke hjemme i biologitimen, det er ikke videnskab",
])
ok(F, "muslims", [
    "Jeg forstår ikke reglen om at man ikke må afbilde profeten, men jeg respekterer at nogen tror på det",
    "Det er fint at kritisere islam som religion, ligesom man kritiserer kristendommen. Det er noget andet end at hade muslimer",
])
ok(F, "jews", [
    "De ultraortodokse regler om kvinders påklædning synes jeg er undertrykkende, det samme med andre religioners regler",
])
ok(F, "christians", [
    "Frikirken i byen mener at homoseksualitet er synd, og jeg synes det er en skadelig lære",
])
ok(F, "", [
    "Jeg synes ærligt at alle de profetier om dommedag er noget pjat, uanset hvilken religion",
])

F = "genuine_question_nh"
ok(F, "", [
    "Hvad er forskellen på sunni og shia egentlig? Min søn spurgte og jeg kunne ikke svare",
    "Hvorfor hedder det egentlig jødekager? Er det fordi de er jødiske?",
])
ok(F, "black people", [
    "Er det okay at sige 'farvet' eller er det blevet et dårligt ord? vil gerne sige det rigtigt",
])
ok(F, "immigrants", [
    "Hvor mange indvandrere er der egentlig i Danmark? Jeg hører helt forskellige tal",
])
ok(F, "non-binary people", [
    "Hvordan skriver man 'de' om én person på dansk uden at det bliver forvirrende? spørger oprigtigt",
])
ok(F, "deaf people", [
    "Er dansk tegnsprog det samme som det svenske? vi får en svensk døv elev",
])
ok(F, "muslims", [
    "Hvornår er eid i år? vi vil gerne undgå at lægge kampen der",
])
ok(F, "refugees", [
    "Hvordan kan man hjælpe nye flygtninge i kommunen? er der nogen organisation der mangler frivillige?",
])
ok(F, "greenlanders", [
    "Er der grønlandske foreninger i Aalborg? min kæreste er lige flyttet herned og savner det",
])
ok(F, "jews", [
    "Hvad spiser man til påske i en jødisk familie? Vi er inviteret og vil gerne tage noget med",
])

F = "violent_idiom_no_target_nh"
ok(F, "", [
    "jeg slår dig ihjel i FIFA i aften, gør dig klar 😈",
    "den her bane i Elden Ring kommer til at dræbe mig",
    "Vi smadrede dem 5-0 i går, det var en massakre",
    "jeg skyder dig i hovedet så snart du kommer ud af huset, camper er lort @Mads 😂 (i CS altså)",
    "Min mor slår mig ihjel hvis jeg kommer for sent hjem igen",
    "Den der joke dræbte mig 💀💀",
    "vi brænder hele dansegulvet ned i aften 🔥",
    "Jeg kunne myrde for en pizza lige nu",
    "Dronningen af hallen! Hun tæskede alle i badminton i dag",
    "Jeg får helt lyst til at kvæle min printer",
    "Spilleren blev kørt ned af forsvaret hele kampen, hvorfor gav dommeren ikke et kort?",
    "Han stjal min loot og nu skal han dø 😤 mød mig på Discord",
])

F = "neutral_group_nh"
ok(F, "afghans", [
    "Afghanske flygtninge får undervisning i cykling i weekenden, de mangler frivillige cykler",
])
ok(F, "eastern europeans", [
    "mange østeuropæere arbejder i landbruget om sommeren, derfor er der ekstra busser i juli",
])
ok(F, "disabled people", [
    "Har nogen en rollator de ikke bruger? min nabo har brug for én",
])
ok(F, "", [
    "Det tyrkiske bageri har åbent hele påsken, så man kan godt få brød",
])

F = "positive_group_nh"
ok(F, "pakistanis", [
    "Pakistanske bryllupper er det vildeste, tre dage med mad og dans. jeg er solgt",
])
ok(F, "africans", [
    "Vores afrikanske trommeworkshop var dagens hit for børnene",
])
ok(F, "women", [
    "Kvinder i it er ikke en kvote hos os, de er nogle af de dygtigste vi har",
])
# ---------------------------------------------------------------------------
# HATEFUL (part 5)
# ---------------------------------------------------------------------------

# jokes whose butt is a group
F = "joke_butt_h"
hate(F, "generalisation", "muslims", [
    "hvad kalder man en muslim med en ged? en gift mand 😂😂",
])
hate(F, "generalisation", "women", [
    "Hvorfor tager det en kvinde en halv time at parkere? Fordi hjernen skal genstarte først 😂",
])
hate(F, "generalisation", "poles", [
    "Hvordan ved man at en polak har været i ens hus? Der mangler en cykel og der står tomme øldåser 🍺",
])
hate(F, "generalisation", "jews", [
    "hvorfor har jøder så store næser? luften er gratis 😂",
])
hate(F, "generalisation", "greenlanders", [
    "hvad er forskellen på en grønlænder og en flaske? flasken bliver nogle gange tom 🥴",
])
hate(F, "generalisation", "disabled people", [
    "haha hvad kalder man en i kørestol der vinder løbet? en snyder, for de kan jo ikke noget",
])
hate(F, "generalisation", "roma", [
    "Hvorfor går romaer altid i flok? Så de kan stjæle mere på én gang 😂",
])
hate(F, "generalisation", "trans people", [
    "Jeg identificerer mig som et kampfly, så nu skal I kalde mig 'F-16' 🤡 sådan lyder alle transpersoner",
])
hate(F, "generalisation", "somalis", [
    "Hvordan får man en somalier til at løbe? smid en pakke khat ned ad bakken 😂",
])
hate(F, "generalisation", "black people", [
    "mørkt i klubhuset i går, vi kunne ikke se Kwame før han smilede 😂 typisk de sorte",
])

F = "extremist_codes_h"
hate(F, "extremism", "gay men", [
    "Familien er hellig. Ingen homoer i vores nation, 88 🇩🇰",
])
hate(F, "extremism", "roma", [
    "Rent blod, rene gader. Romaerne ud. 14/88",
])
hate(F, "extremism", "trans people", [
    "Der findes to køn og én race der betyder noget. Sieg Heil",
])
hate(F, "extremism", "refugees", [
    "Refugees not welcome, hvid magt hele vejen 🔥 sig det til asylcentret",
])
hate(F, "extremism", "somalis", [
    "Dag X: somalierne skal ud. Vi er mange der står klar",
])
hate(F, "extremism", "jews", [
    "Hvem kontrollerer banken? Tænk over det. Husk de 14 ord",
])

F = "extremism_praise_h"
hate(F, "extremism", "black people", [
    "KKK havde fat i noget, de sorte skulle holdes på plads",
])
hate(F, "extremism", "muslims", [
    "Breivik var en større mand end alle de koranafbrændere tilsammen, han handlede i stedet for at snakke",
])
hate(F, "extremism", "roma", [
    "Nazisterne havde ret om romaerne, de er et mindreværdigt folk",
])
hate(F, "extremism", "jews", [
    "holocaust skete ikke, men det burde det have gjort",
])

F = "conspiracy_h"
hate(F, "generalisation", "trans people", [
    "alle de transpersoner der pludselig dukker op er betalt af medicinalindustrien for at lokke børn til operationer",
])
hate(F, "generalisation", "somalis", [
    "Somalierne har stemt sig ind i kommunalbestyrelsen med vilje for at overtage byen, det er koordineret",
])
hate(F, "generalisation", "muslims", [
    "Alle halal-mærkede varer finansierer terror, muslimerne ved godt hvad de gør",
])
hate(F, "generalisation", "roma", [
    "romaerne stjæler børn, det har de gjort i hundreder af år og myndighederne dækker over det",
])

F = "threat_place_h"
hate(F, "threat", "lesbians", [
    "Den lesbiske bar på hjørnet kommer til at få sten gennem vinduerne i weekenden",
])
hate(F, "threat", "disabled people", [
    "nogen burde brænde det der bosted af, så slipper vi for at høre dem skrige",
])
hate(F, "threat", "syrians", [
    "Den syriske bager skal have smadret butikken i nat, jeg har allerede købt maling og køller",
])
hate(F, "threat", "afghans", [
    "Afghanernes forening i kælderen bliver røget ud i nat, vi har fyrværkeri nok til det",
])

F = "long_hate_middle_h"
hate(F, "generalisation", "gay men", [
    "Tak for en god sæson alle sammen, vi endte på tredjepladsen. Næste år håber jeg vi kan undgå at få flere bøsser på holdet, de ødelægger holdånden og er svage i tacklingerne. God sommer og husk at aflevere trøjerne",
])
hate(F, "dehumanisation", "arabs", [
    "Har lige været på ferie i Spanien, fantastisk vejr og mad 🌞 men hotellet var fyldt med arabere der opførte sig som aber ved buffeten. Ellers kan jeg varmt anbefale Malaga",
])
hate(F, "generalisation", "women", [
    "Husk bestyrelsesmødet på torsdag kl 19. Dagsorden: budget, nye bolde og sommerfesten. Jeg vil også foreslå at vi stopper med at have kvinder som kasserer, de er for dårlige til tal og bruger pengene på pjat. Vel mødt",
])
hate(F, "generalisation", "eastern europeans", [
    "Vi har fået tilbud fra to firmaer på den nye carport. Det billigste bruger østeuropæere og dem vil jeg ikke have, de er svindlere og stjæler fra byggepladsen. Så jeg tager det dyre. Nogen der har erfaring med trykimprægneret træ?",
])

F = "opinion_h"
hate(F, "generalisation", "syrians", [
    "jeg synes helt ærligt syrerne er et beskidt folk, sorry men det er sandt",
])
hate(F, "generalisation", "africans", [
    "I mine øjne er afrikanere ikke lige så intelligente som europæere, det er biologi",
])
hate(F, "generalisation", "turks", [
    "Min mening er at tyrkere er voldelige og ikke kan leve i et demokrati",
])

F = "question_h"
hate(F, "generalisation", "arabs", [
    "hvorfor er det altid araberne der står bag bilbrandene??",
])
hate(F, "generalisation", "non-binary people", [
    "Hvornår holder de ikke-binære op med at lade som om de er specielle og bliver voksne?",
])
hate(F, "generalisation", "eastern europeans", [
    "Er der nogen østeuropæer i det her land der ikke er kriminel?",
])

F = "negated_positive_h"
hate(F, "generalisation", "trans people", [
    "jeg har aldrig mødt en transperson der var psykisk rask",
])
hate(F, "generalisation", "poles", [
    "Polakker er ikke til at stole på, aldrig nogensinde",
])
hate(F, "generalisation", "chinese", [
    "Kinesere har ingen moral og ingen respekt for menneskeliv",
])

F = "pronoun_reference_h"
hate(F, "generalisation", "turks", [
    "Der er kommet tyrkere i klubben. Det bliver ballade, de kan jo ikke tabe uden at slås",
])
hate(F, "dehumanisation", "refugees", [
    "Der flyttede flygtninge ind i den gamle skole. Nu lugter hele kvarteret af dem, det er som en stald",
])
hate(F, "generalisation", "women", [
    "Vi har to nye kvindelige ingeniører i afdelingen. Så skal man vel forklare dem alting tre gange, de forstår jo ikke teknik",
])

F = "slur_h"
hate(F, "slur", "gay men", [
    "den homo fra 9.c skal ikke med på lejrskolen",
])
hate(F, "slur", "muslims", [
    "@Ali din perker, ingen spurgte om din mening",
])
hate(F, "slur", "roma", [
    "det er sigøjnerne igen, de har været i containerne",
])
hate(F, "slur", "disabled people", [
    "@Viktor du er sådan en retard, gå tilbage til specialklassen hvor du hører til",
])

F = "harassment_individual_h"
hate(F, "harassment", "trans people", [
    "@Mia du bliver aldrig en rigtig pige, uanset hvor mange kjoler du tager på. Alle ser det",
])
hate(F, "harassment", "muslims", [
    "hvorfor har du altid det tørklæde på Fatima? er det din mand der bestemmer over dig? stakkels dig",
])
hate(F, "harassment", "disabled people", [
    "@Lars du går som en pingvin, var det noget med at du var født forkert?",
])
hate(F, "harassment", "somalis", [
    "@Abdi ingen vil have dig på holdet, gå tilbage til Somalia hvor du kom fra",
])
hate(F, "harassment", "lesbians", [
    "@Trine du er bare lesbisk fordi ingen mand gider dig",
])
# ---------------------------------------------------------------------------
# NON-HATEFUL CONTRASTS (part 5)
# ---------------------------------------------------------------------------

F = "religion_as_idea_nh"
ok(F, "muslims", [
    "Jeg synes tørklædet er et symbol på et kvindesyn jeg ikke deler, men kvinder skal selv bestemme hvad de har på",
])
ok(F, "buddhists", [
    "Buddhismen bliver romantiseret i Vesten, men der er også vold og nationalisme i buddhistiske lande",
])
ok(F, "jews", [
    "Zionisme som politisk ideologi kan man godt diskutere, men det er ikke det samme som at tale om jøder",
])
ok(F, "christians", [
    "Jeg synes Indre Mission har et forældet syn på kvinder i præsteembedet",
])
ok(F, "", [
    "astrologi er noget pjat og jeg forstår ikke folk der tror på det",
])

F = "policy_critique_nh"
ok(F, "", [
    "Kommunen har lukket ungdomsklubben i Vestbyen, og så undrer de sig over at de unge hænger ud på stationen",
    "Jeg er træt af politikere der bruger flygtninge som valgkampsmaterial, uanset parti",
    "Den nye boliglov rammer lejere hårdt, og det er dem med lavest indkomst der betaler",
])
ok(F, "greenlanders", [
    "Selvstyret og Danmark skal have en bedre aftale om sundhed, grønlandske patienter venter alt for længe",
])
ok(F, "women", [
    "ligeløn er stadig ikke en realitet i 2026, og regeringen gør ingenting",
])

F = "violent_idiom_no_target_nh"
ok(F, "", [
    "Vi skal bare pløkke dem i Valorant i aften, alle mand på Discord kl 20",
    "træneren slår os ihjel med de intervalløb 😩",
    "den her uges lektier er ved at tage livet af mig",
    "hvis jeg ser én mere reklame for det app, så eksploderer jeg",
    "vi nakkede bossen på første forsøg 💪",
    "Jeg skal nok skyde ham ned i Warzone, han har det ikke godt næste runde",
])

F = "abuse_nonprotected_nh"
ok(F, "", [
    "Dommeren skal fandeme have en ny fløjte og et par nye øjne",
    "@Henrik du er en narcissistisk kujon og jeg gider ikke sidde i udvalg med dig mere",
    "Fodboldforbundet er en flok gamle grådige mænd i jakkesæt",
    "De der rygere foran indgangen kan godt gå ti meter væk, klamme typer",
    "hvorfor er alle på Facebook så dumme i dag",
    "Jeg hader folk der ikke blinker i rundkørslen, de burde tabe kørekortet",
])

F = "counter_quote_nh"
ok(F, "muslims", [
    "Han skrev 'perkerne skal ud' i vores grundejergruppe. Jeg er formand og han er blevet fjernet",
])
ok(F, "black people", [
    "Min søn kom hjem og fortalte at han var blevet kaldt 'neger' i frikvarteret. Hvordan tager vi det op med skolen?",
])
ok(F, "greenlanders", [
    "\"eskimo\" er ikke et ord vi bruger om vores grønlandske medlemmer. Tak",
])
ok(F, "disabled people", [
    "Min datter blev kaldt 'mongolunge' på legepladsen. Hun har Downs og hun græd hele vejen hjem. Tal med jeres børn",
])
ok(F, "refugees", [
    "Nogen skrev 'brænd asylcentret' i en lokal gruppe. Politiet er kontaktet, den slags er ikke en joke",
])

F = "homonym_innocent_nh"
ok(F, "", [
    "Hvalpen jagter sin egen svans rundt i stuen 🐶",
    "Der er kommet mus i kolonihaven, nogen der har en god fælde?",
    "Vi sælger juletræer og samler ind med bøsser ved indgangen, alle pengene går til spejderne",
    "Lokalavisen skrev om en sort kat der har boet på biblioteket i 10 år",
    "min bror er sådan en abe, han klatrer i alt",
])

F = "news_violence_nh"
ok(F, "muslims", [
    "Der er sat ekstra politi ved moskeerne efter truslerne i sidste uge",
])
ok(F, "trans people", [
    "Transgender Day of Remembrance er den 20. november, der er lysvandring fra Rådhuspladsen",
])
ok(F, "", [
    "Der er fundet en granat fra 2. verdenskrig ved stranden, området er afspærret",
    "Manden der slog en buschauffør ned er idømt fængsel i 6 måneder",
])

F = "genuine_question_nh"
ok(F, "trans people", [
    "Hvordan laver vi omklædningen til lejrskolen, så transbørn også føler sig trygge? Nogen der har gode erfaringer?",
])
ok(F, "romanians", [
    "er der nogen der taler rumænsk? vi har en ny kollega der har brug for hjælp med en formular fra kommunen",
])
ok(F, "", [
    "Hvorfor er der så mange forskellige ord for indvandrere, flygtninge og migranter? Hvad er forskellen?",
    "Er der nogen der kender reglerne for at flage med regnbueflag på en offentlig bygning?",
])

F = "reclaimed_self_nh"
ok(F, "greenlanders", [
    "Os grønlændere i Odense holder kaffemik på søndag, alle er velkomne ☕",
])
ok(F, "autistic people", [
    "Jeg er autist og jeg hader overraskelser, så sig til i god tid hvis træningen bliver flyttet, tak 😅",
])
ok(F, "black people", [
    "som den eneste sorte i min klasse i 90'erne blev jeg vant til at være 'ham der'. heldigvis er min søns klasse anderledes",
])
ok(F, "arabs", [
    "vi arabere kan ikke lave mad til fire personer, vi laver altid til tyve 😂",
])
F = "religion_as_idea_nh"
ok(F, "sikhs", [
    "Jeg forstår ikke helt reglen om at sikher ikke må klippe håret, men det er da en interessant tradition at læse om",
])
ok(F, "mormons", [
    "Mormonkirkens lære om at kun de gifte kommer i den højeste himmel lyder ret ekskluderende, synes jeg",
])
# === MAIN ===
def main():
    texts = Counter(r[0] for r in ROWS)
    dups = [t for t, n in texts.items() if n > 1]
    assert not dups, dups
    for text, label, cat, func, target, lang in ROWS:
        assert text, func
        assert lang == "da"
        if label == "hateful":
            assert cat in CATEGORIES and func.endswith("_h"), (text, func)
        else:
            assert label == "non-hateful" and cat == "" and func.endswith("_nh"), (text, func)
        assert target == target.lower()
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "data.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["text", "label", "category", "functionality", "target", "lang"])
        w.writerows(ROWS)
    labels = Counter(r[1] for r in ROWS)
    cats = Counter(r[2] for r in ROWS if r[1] == "hateful")
    print("rows:", len(ROWS))
    for k, v in sorted(labels.items()):
        print(f"label {k}: {v} ({100 * v / len(ROWS):.1f}%)")
    for k, v in sorted(cats.items()):
        print(f"category {k}: {v}")
    funcs = Counter(r[3] for r in ROWS)
    for k, v in sorted(funcs.items()):
        print(f"functionality {k}: {v}")


if __name__ == "__main__":
    main()
