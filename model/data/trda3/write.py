#!/usr/bin/env python3
"""trda3: Danish minimal-pair training data for trygbot's learned scorer.

Each block holds one or more hateful messages followed by non-hateful
messages that share most of their words and topic but are not hate.
Run: python3 write.py  (writes data.csv next to this file).
"""
import csv
import os
from collections import Counter

ROWS = []
LANG = "da"
CATS = {"slur", "dehumanisation", "generalisation", "threat", "extremism", "harassment"}


def hate(functionality, category, target, msgs):
    for m in msgs:
        ROWS.append((m, "hateful", category, functionality, target, LANG))


def ok(functionality, target, msgs):
    for m in msgs:
        ROWS.append((m, "non-hateful", "", functionality, target, LANG))


# ---------------------------------------------------------------------------
# 1. Generalisations with varied verbs and adjectives, and their contrasts
# ---------------------------------------------------------------------------
hate("generalisation_verb_h", "generalisation", "muslims", [
    "muslimer lyver når de åbner munden, det ligger i deres religion",
    "Muslimer snyder altid i skat og på kontanthjælp, det ved alle",
    "muslimerne ødelægger alt de rører ved, se bare på deres egne lande",
])
ok("generalisation_negated_nh", "muslims", [
    "det er altså ikke fordi han er muslim at han lyver, han er bare en løgnhals",
    "Min muslimske nabo har aldrig snydt nogen, tværtimod hjalp han os med flytningen",
])
ok("generalisation_individual_act_nh", "", [
    "ham fra 3. sal lyver hver gang han åbner munden om den vaskekælder",
])

hate("generalisation_adjective_h", "generalisation", "immigrants", [
    "indvandrere er dovne og gider ikke lave en skid, det er bare sådan de er",
    "Udlændinge er beskidte, man kan se det på opgangene hvor de bor",
    "indvandrere er simpelthen dummere end danskere, det er ikke racisme det er fakta",
])
ok("generalisation_counter_nh", "immigrants", [
    "hvorfor skriver du at indvandrere er dovne? halvdelen af hjemmeplejen i kommunen er indvandrere",
    "Der er en der har skrevet at udlændinge er beskidte i gruppen. Det er racisme og det bliver slettet.",
])
ok("generalisation_policy_nh", "immigrants", [
    "jeg synes integrationspolitikken har været doven og slap i 30 år, det er politikernes skyld",
])

hate("generalisation_adjective_h", "generalisation", "women", [
    "kvinder er for dumme til at forstå offside, de burde blive i køkkenet",
    "Kvinder er hysteriske og kan ikke tage beslutninger, derfor skal de ikke være ledere",
    "piger kan bare ikke spille fodbold, de er født svage og klynkende",
])
ok("generalisation_individual_act_nh", "", [
    "linjedommeren forstår tydeligvis ikke offside, det var jo mindst en meter",
    "Træneren var hysterisk hele kampen og råbte af alle spillerne, ret træls at se på",
])
ok("generalisation_counter_nh", "women", [
    "Pigeholdet U14 vandt 5-0 i dag, og dem der siger piger ikke kan spille fodbold kan komme og se næste kamp",
])

hate("generalisation_verb_h", "generalisation", "romanians", [
    "rumænere stjæler alt der ikke er boltet fast, lås jeres cykler",
    "Rumænerne tigger om dagen og bryder ind om natten",
])
ok("generalisation_individual_act_nh", "", [
    "nogen har stjålet min cykel foran Netto i nat, lås jeres cykler folkens",
    "Der har været indbrud i tre carporte på Birkevej i nat, hold øje",
])
ok("generalisation_neutral_nh", "romanians", [
    "min kollega er fra Rumænien og han har lært mig at lave sarmale, super lækkert",
])

hate("generalisation_verb_h", "generalisation", "somalis", [
    "somaliere tygger khat og slår deres koner, hele bundtet",
    "Somalierne gider ikke arbejde, de lever bare af os andre",
])
ok("generalisation_news_nh", "somalis", [
    "DR har en artikel om at beskæftigelsen blandt somaliske kvinder er steget de sidste ti år",
])
ok("generalisation_question_nh", "somalis", [
    "Er der nogen der ved hvor man kan købe somalisk mad i Aarhus? har hørt at der er et godt sted i Gellerup",
])

hate("generalisation_adjective_h", "generalisation", "gay people", [
    "bøsser er perverse og skal holdes væk fra børn",
    "Homoseksuelle er syge i hovedet, det er ikke normalt",
])
ok("generalisation_counter_nh", "gay people", [
    "nej, bøsser er ikke farligere for børn end andre, det er en gammel løgn",
    "Det er ikke syg i hovedet at være homoseksuel, det blev fjernet fra sygdomslisten i 1981 i DK",
])

hate("generalisation_verb_h", "generalisation", "jews", [
    "jøder tænker kun på penge, det har de altid gjort",
    "Jøderne snyder sig altid til de bedste pladser, typisk",
])
ok("generalisation_news_nh", "jews", [
    "Det jødiske samfund i København holder fest for chanukka på lørdag, alle er velkomne",
])
ok("generalisation_individual_act_nh", "", [
    "udlejeren tænker kun på penge, han har hævet huslejen to gange i år",
])

hate("generalisation_adjective_h", "generalisation", "black people", [
    "sorte er mere voldelige end hvide, se bare statistikken i USA",
    "Sorte mennesker er dovne, det er deres kultur",
])
ok("generalisation_negated_nh", "black people", [
    "det har intet at gøre med at han er sort, han er bare en voldelig type, punktum",
])
ok("generalisation_neutral_nh", "", [
    "den sorte kat fra nr. 14 er bortløbet, har nogen set den?",
])

hate("generalisation_adjective_h", "generalisation", "poles", [
    "polakker er fulde og sjuskede håndværkere, hyr aldrig en polak",
    "Polakkerne ødelægger lønningerne og arbejder sjusket",
])
ok("generalisation_individual_act_nh", "", [
    "Hyr aldrig Jensens VVS, de sjuskede hele vores badeværelse og kom aldrig tilbage",
])
ok("generalisation_neutral_nh", "poles", [
    "det polske hold der lavede vores tag var super dygtige og hurtige, kan anbefale dem",
    "Den polske butik på Vesterbrogade har de bedste pierogi, prøv dem",
])

hate("generalisation_adjective_h", "generalisation", "disabled people", [
    "handicappede er bare en byrde for samfundet, de koster alt for meget",
    "folk i kørestol er altid sure og brokkende, man orker dem ikke",
])
ok("generalisation_policy_nh", "disabled people", [
    "kommunen behandler handicappede som en byrde, de har skåret hjælpeordningerne ned igen. skandaløst",
])
ok("generalisation_neutral_nh", "disabled people", [
    "Vi skal have en rampe ved klubhuset så folk i kørestol også kan komme til generalforsamling",
])

hate("generalisation_verb_h", "generalisation", "trans people", [
    "transkønnede leger bare udklædning for at få opmærksomhed",
    "Transfolk forvirrer børnene og ødelægger familierne",
])
ok("generalisation_counter_nh", "trans people", [
    "transkønnede leger ikke udklædning, det er folk der prøver at leve som den de er",
])
ok("generalisation_question_nh", "trans people", [
    "Hvordan snakker man med sit barn om at en i klassen er transkønnet? vil gerne gøre det ordentligt",
])

hate("generalisation_adjective_h", "generalisation", "greenlanders", [
    "grønlændere er bare nogle fulderikker der sidder på bænken ved Nørreport",
    "Grønlænderne kan ikke styre sig når de får sprut, det er genetisk",
])
ok("generalisation_counter_nh", "greenlanders", [
    "hold nu op med det der med at grønlændere er fulderikker, det er en fordom fra kolonitiden",
])
ok("generalisation_neutral_nh", "greenlanders", [
    "Der er grønlandsk kulturaften i forsamlingshuset på fredag med trommedans og kaffemik",
])

hate("generalisation_verb_h", "generalisation", "afghans", [
    "afghanere voldtager, det er hvad de gør når de kommer hertil",
])
ok("generalisation_news_nh", "", [
    "En 34-årig mand er idømt fire års fængsel for voldtægt i Odense, skriver TV2 Fyn",
])
ok("generalisation_neutral_nh", "afghans", [
    "Vores nye praktikant er fra Afghanistan, han taler allerede flydende dansk efter tre år",
])

hate("generalisation_adjective_h", "generalisation", "chinese", [
    "kinesere er snu og falske, man kan aldrig stole på dem",
    "asiater er nogle kolde robotter uden følelser",
])
ok("generalisation_policy_nh", "china", [
    "Man kan ikke stole på den kinesiske regering når det gælder overvågning, se bare Huawei-sagen",
])
ok("generalisation_neutral_nh", "chinese", [
    "den nye kinesiske restaurant i centeret er faktisk ret god, prøv deres dumplings",
])

hate("generalisation_verb_h", "generalisation", "turks", [
    "tyrkere kører som svin og truer folk i trafikken",
    "Tyrkerne sælger kun stjålne varer i deres kiosker",
])
ok("generalisation_individual_act_nh", "", [
    "ham i den sorte BMW kørte som et svin på motorvejen i dag, næsten i grøften",
])
ok("generalisation_neutral_nh", "turks", [
    "den tyrkiske grønthandler har de billigste tomater i byen, og de er gode",
])

hate("generalisation_adjective_h", "generalisation", "autistic people", [
    "autister er følelseskolde og farlige, de burde ikke gå i normale klasser",
])
ok("generalisation_self_nh", "autistic people", [
    "som autist bliver jeg så træt af at folk tror vi er følelseskolde, jeg føler bare tingene anderledes",
])
ok("generalisation_question_nh", "autistic people", [
    "min søn har fået en autismediagnose, har nogen erfaring med specialklasser i kommunen?",
])

hate("generalisation_verb_h", "generalisation", "refugees", [
    "flygtninge kommer kun her for at malke systemet",
    "Flygtningene lyver om deres alder og deres historie, hver eneste gang",
])
ok("generalisation_policy_nh", "refugees", [
    "Jeg synes asylsystemet er for langsomt, folk venter i årevis på svar. det skal laves om",
])
ok("generalisation_neutral_nh", "refugees", [
    "vi søger frivillige til lektiecafé for flygtningebørn tirsdag og torsdag",
])

hate("generalisation_adjective_h", "generalisation", "arabs", [
    "arabere er nogle aggressive og primitive mennesker",
    "Araberne har ingen respekt for kvinder, det sidder i blodet",
])
ok("generalisation_individual_act_nh", "", [
    "spilleren fra Vejle var aggressiv hele kampen, fortjent rødt kort",
])
ok("generalisation_neutral_nh", "arabs", [
    "Jeg går på arabisk aftenskole, det er svært men sjovt. nogen der vil øve sammen?",
])

hate("generalisation_verb_h", "generalisation", "roma", [
    "sigøjnere lever af at stjæle og snyde, sådan har det altid været",
])
ok("generalisation_news_nh", "roma", [
    "Der er en udstilling om romaernes historie i Europa på Nationalmuseet, meget lærerig",
])
ok("generalisation_counter_nh", "roma", [
    "det der med at romaer lever af at stjæle er præcis den fordom der har forfulgt dem i hundreder af år",
])

hate("generalisation_comparison_h", "generalisation", "pakistanis", [
    "pakistanere er det værste folk man kan få som naboer",
])
ok("generalisation_individual_act_nh", "", [
    "de nye naboer er det værste vi har haft, fest til klokken fire hver weekend",
])
ok("generalisation_neutral_nh", "pakistanis", [
    "de pakistanske naboer inviterede os til eid og maden var fantastisk",
])

hate("generalisation_joke_h", "generalisation", "women", [
    "hvorfor har kvinder ikke kørekort i mit hoved? fordi de ikke kan parkere alligevel 😂😂",
    "hvad kalder man en kvinde med en mening? forkert 😂",
])
ok("generalisation_joke_contrast_nh", "", [
    "hvorfor har jeg ikke parkeret ordentligt? fordi jeg er elendig til at parkere 😂😂",
])
ok("generalisation_quote_condemn_nh", "women", [
    "min onkel fortalte den der joke om at kvinder ikke kan parkere til julefrokosten, ingen grinede heldigvis",
])

hate("generalisation_rhetorical_h", "generalisation", "muslims", [
    "hvornår har en muslim sidst bidraget med noget positivt til det her land?",
    "Hvorfor er det altid muslimer når der sker noget lort?",
])
ok("generalisation_rhetorical_contrast_nh", "", [
    "hvornår har kommunen sidst bidraget med noget positivt til det her kvarter?",
])
ok("generalisation_question_nh", "muslims", [
    "Hvornår starter ramadanen i år? vil gerne tage hensyn til vores muslimske spillere ved træningen",
])

hate("generalisation_verb_h", "generalisation", "syrians", [
    "syrerne tager alle boligerne og kører priserne i vejret",
])
ok("generalisation_policy_nh", "", [
    "Investorerne tager alle boligerne og kører priserne i vejret, der burde være loft over huslejen",
])
ok("generalisation_neutral_nh", "syrians", [
    "Den syriske bager på hjørnet laver de bedste baklava, de åbner kl 7",
])

hate("generalisation_adjective_h", "generalisation", "bisexual people", [
    "biseksuelle er bare grådige og utro, de kan ikke vælge",
])
ok("generalisation_self_nh", "bisexual people", [
    "jeg er biseksuel og nej, jeg er ikke utro, jeg har været sammen med min kæreste i 9 år",
])

hate("generalisation_adjective_h", "generalisation", "deaf people", [
    "døve er nogle dumme mennesker, de forstår jo ingenting",
])
ok("generalisation_neutral_nh", "deaf people", [
    "vi har fået en døv spiller på holdet, nogen der kan lidt tegnsprog og vil hjælpe med at lære os de vigtigste tegn?",
])
ok("generalisation_idiom_nh", "", [
    "dommeren var fuldstændig døv for vores protester, utroligt",
])

hate("generalisation_verb_h", "generalisation", "eastern europeans", [
    "østeuropæere drikker og slås, de ødelægger vores by",
])
ok("generalisation_individual_act_nh", "", [
    "nogle fulde drenge drak og sloges foran pizzeriaet i nat, politiet kom ved 2-tiden",
])

hate("generalisation_adjective_h", "generalisation", "lesbians", [
    "lesbiske er bare sure mandehadere som ingen mand gider",
])
ok("generalisation_self_nh", "lesbians", [
    "vi er to lesbiske mødre i 2.B og vi vil gerne hjælpe med sommerfesten 🌈",
])

hate("generalisation_verb_h", "generalisation", "africans", [
    "afrikanere kan ikke styre et land, de ødelægger alt når hvide går",
])
ok("generalisation_policy_nh", "", [
    "regeringen i landet har styret økonomien i sænk, inflationen er på 200 procent",
])
ok("generalisation_news_nh", "africans", [
    "Der er afrikansk filmfestival i Cinemateket i næste uge, mange film fra Nigeria og Senegal",
])

hate("generalisation_adjective_h", "generalisation", "non-binary people", [
    "ikke-binære er bare forkælede teenagere der vil være specielle",
])
ok("generalisation_question_nh", "non-binary people", [
    "hvordan bruger man 'de' om en ikke-binær person på dansk? vil gerne gøre det rigtigt til mødet",
])
ok("generalisation_individual_act_nh", "", [
    "min teenager er så forkælet, han vil have en ny telefon igen 🙄",
])

# ---------------------------------------------------------------------------
# 2. Implicit derogation: exclusion, contamination, nostalgia, suspicion,
#    burden, ingratitude
# ---------------------------------------------------------------------------
hate("exclusion_h", "generalisation", "muslims", [
    "vi skal ikke have flere muslimer i foreningen, de passer ikke ind her",
    "Muslimer bør ikke have lov at stille op til kommunalvalget, punktum",
])
ok("exclusion_contrast_nh", "", [
    "vi skal ikke have flere hunde i foreningen, der er allerede for mange der skider på græsset",
    "Folk der ikke har betalt kontingent bør ikke have lov at stille op til bestyrelsen",
])
ok("exclusion_counter_nh", "muslims", [
    "En skrev på mødet at vi ikke skal have flere muslimer i foreningen. Det er diskrimination og det står vi ikke for.",
])

hate("exclusion_h", "generalisation", "immigrants", [
    "lejligheden udlejes kun til etniske danskere, ingen udlændinge tak",
    "Vi udlejer ikke til folk med udenlandsk baggrund, det giver bare problemer",
])
ok("exclusion_contrast_nh", "", [
    "lejligheden udlejes kun til ikke-rygere, ingen husdyr tak",
])
ok("exclusion_news_nh", "immigrants", [
    "Ligebehandlingsnævnet har givet en udlejer bøde for at afvise lejere med udenlandsk baggrund, godt",
])

hate("exclusion_h", "generalisation", "gay people", [
    "bøsser skal ikke træne med drengeholdet, det er ikke passende",
    "Homoer har intet at gøre i et omklædningsrum med normale mænd",
])
ok("exclusion_contrast_nh", "", [
    "forældre skal ikke være med i omklædningsrummet efter træning, det har vi besluttet i bestyrelsen",
])
ok("exclusion_self_nh", "gay people", [
    "da jeg sprang ud som bøsse var jeg bange for omklædningsrummet, men holdet har været helt fantastisk",
])

hate("exclusion_h", "generalisation", "trans people", [
    "transer skal holde sig væk fra vores svømmehal, ingen vil se på det",
])
ok("exclusion_contrast_nh", "", [
    "folk med vorter skal bruge badesko i vores svømmehal, det står på skiltet",
])
ok("exclusion_question_nh", "trans people", [
    "har svømmehallen et kønsneutralt omklædningsrum? en af vores transkønnede medlemmer har spurgt",
])

hate("exclusion_h", "generalisation", "disabled people", [
    "handicappede børn skal ikke gå i klasse med vores børn, de trækker bare niveauet ned",
])
ok("exclusion_policy_nh", "disabled people", [
    "inklusionen er gennemført uden penge og uden ekstra lærere, det er hverken godt for de handicappede børn eller de andre",
])

hate("exclusion_h", "generalisation", "romanians", [
    "Ingen rumænere i vores køb og salg gruppe, de snyder alle sammen",
])
ok("exclusion_contrast_nh", "", [
    "Ingen fakeprofiler i vores køb og salg gruppe, de snyder alle sammen. Profiler under 3 mdr bliver afvist",
])
ok("exclusion_neutral_nh", "romanians", [
    "Sælger rumænsk kogebog, som ny, 80 kr. afhentes i Vejle",
])

hate("exclusion_h", "generalisation", "jews", [
    "jøder skal ikke sidde i bestyrelsen for en dansk forening",
])
ok("exclusion_counter_nh", "jews", [
    "at nogen mener jøder ikke kan sidde i en dansk bestyrelse er så klamt. Rebekka har lavet et kæmpe arbejde for klubben",
])

hate("exclusion_h", "generalisation", "women", [
    "kvinder har ingenting at lave i en bestyrelse, de snakker bare",
])
ok("exclusion_contrast_nh", "", [
    "spillere har ingenting at lave i bestyrelsen mens de spiller på holdet, det giver interessekonflikter",
])

hate("contamination_h", "generalisation", "muslims", [
    "de muslimer forurener vores kultur med deres middelalder",
    "Islam smitter, hvert år bliver der flere tørklæder i skolen",
])
ok("contamination_contrast_nh", "", [
    "fabrikken forurener åen, der flyder døde fisk hvert forår",
])
ok("contamination_religion_criticism_nh", "islam", [
    "Jeg synes islam som religion har et problematisk kvindesyn, ligesom mange tolkninger af kristendommen har",
])

hate("contamination_h", "generalisation", "immigrants", [
    "udlændingene har gjort vores kvarter beskidt, alt er forurenet af dem nu",
    "Vi skal holde vores blod rent og ikke blande os med udlændinge",
])
ok("contamination_contrast_nh", "", [
    "de nye containere har gjort vores kvarter beskidt, der flyder skrald overalt",
])
ok("contamination_counter_nh", "immigrants", [
    "han kaldte det at holde blodet rent, det er ren raceteori fra 30'erne og ingen bør dele det",
])

hate("contamination_h", "generalisation", "black people", [
    "min datter skal ikke have børn med en sort, det skal ikke blandes",
])
ok("contamination_neutral_nh", "black people", [
    "min datter og hendes kæreste fra Ghana skal have barn til sommer, vi glæder os helt vildt",
])

hate("contamination_h", "generalisation", "gay people", [
    "homoer smitter børnene med deres livsstil, hold dem væk fra skolerne",
])
ok("contamination_contrast_nh", "", [
    "børnene smitter hinanden med lus i hele 0.C, tjek lige håret i aften",
])
ok("contamination_counter_nh", "gay people", [
    "man kan ikke smitte nogen med at være homo, det er simpelthen vås",
])

hate("contamination_h", "generalisation", "refugees", [
    "flygtningene har slæbt deres sygdomme med herind, man tør ikke gå i svømmehallen",
])
ok("contamination_news_nh", "refugees", [
    "Sundhedsstyrelsen tilbyder vaccination og helbredsundersøgelse til nyankomne flygtninge, står der i avisen",
])

hate("contamination_h", "generalisation", "roma", [
    "efter sigøjnerne har campet der er hele parken ødelagt og syg",
])
ok("contamination_contrast_nh", "", [
    "efter festivalen har campet der er hele parken ødelagt, håber arrangørerne betaler oprydning",
])

hate("nostalgia_h", "generalisation", "immigrants", [
    "Danmark var bedre før de kom, dengang kunne man lade døren stå åben",
    "kan huske dengang man ikke så et eneste tørklæde i Brøndby. bedre tider",
])
ok("nostalgia_contrast_nh", "", [
    "Danmark var bedre før smartphones, dengang legede børnene ude",
    "kan huske dengang man kunne købe en sodavand for 5 kr i Brøndby. bedre tider",
])

hate("nostalgia_h", "generalisation", "muslims", [
    "Nørrebro var et fedt sted før muslimerne overtog det",
])
ok("nostalgia_contrast_nh", "", [
    "Nørrebro var et fedt sted før huspriserne eksploderede, nu kan ingen studerende bo der",
])
ok("nostalgia_neutral_nh", "muslims", [
    "Nørrebro har forandret sig så meget, min farmor kan huske da den første moské åbnede",
])

hate("nostalgia_h", "generalisation", "black people", [
    "Da jeg var ung var skolen hvid og der var ro. nu er det slut",
])
ok("nostalgia_contrast_nh", "", [
    "Da jeg var ung var skolen lille og der var ro. nu er der 900 elever",
])

hate("nostalgia_h", "generalisation", "women", [
    "det gik bedre i firmaet før de ansatte alle de kvinder, nu er det bare sladder",
])
ok("nostalgia_contrast_nh", "", [
    "det gik bedre i firmaet før de ansatte den nye direktør, nu er det bare møder",
])

hate("nostalgia_h", "generalisation", "gay people", [
    "i gamle dage holdt bøsserne sig i skabet og det var meget bedre",
])
ok("nostalgia_counter_nh", "gay people", [
    "min morfar fortalte at bøsserne i gamle dage måtte holde sig i skabet, det må have været forfærdeligt",
])

hate("nostalgia_h", "generalisation", "poles", [
    "byggepladsen var dansk og ordentlig før polakkerne kom",
])
ok("nostalgia_policy_nh", "", [
    "byggebranchen var mere ordentlig før social dumping blev normalt, der skal mere kontrol med underleverandørerne",
])

hate("suspicion_h", "generalisation", "muslims", [
    "når en muslim siger han er moderat er det bare taqiyya, tro ikke på det",
    "Hold øje med ham der kommer i moskéen, de planlægger altid noget",
])
ok("suspicion_contrast_nh", "", [
    "når en sælger siger det er et tilbud er det bare snak, tro ikke på det",
])
ok("suspicion_quote_condemn_nh", "muslims", [
    "Han påstod at alle moderate muslimer bare lyver, det er konspirationsvås og ærlig talt racistisk",
])

hate("suspicion_h", "generalisation", "immigrants", [
    "Der sidder nogen med udenlandsk udseende i en bil på parkeringspladsen. sikkert kriminelle, ring til politiet",
    "Tre udlændinge går rundt på vejen igen... lås døren, man ved jo hvad de er ude på",
])
ok("suspicion_contrast_nh", "", [
    "Der har siddet en bil med tændt motor i en time på parkeringspladsen og de kigger ind i carportene, har ringet til politiet",
    "Tre personer har gået rundt og prøvet dørhåndtag på vejen i nat, lås jeres biler",
])

hate("suspicion_h", "generalisation", "jews", [
    "Det er altid jøderne der står bag, man skal bare følge pengene",
])
ok("suspicion_contrast_nh", "", [
    "Det er altid entreprenøren der står bag forsinkelserne, man skal bare følge pengene",
])

hate("suspicion_h", "generalisation", "arabs", [
    "Hver gang jeg ser en araber i lufthavnen holder jeg øje med hans taske",
])
ok("suspicion_counter_nh", "arabs", [
    "Min ven bliver trukket til side i lufthavnen hver gang fordi han ser arabisk ud. Det er så ydmygende for ham",
])

hate("suspicion_h", "generalisation", "roma", [
    "der er romaer i byen igen, gem jeres tegnebøger",
])
ok("suspicion_contrast_nh", "", [
    "der er lommetyve på stationen igen, gem jeres tegnebøger, min mor blev frastjålet i går",
])

hate("suspicion_h", "generalisation", "somalis", [
    "ansætter aldrig en somalier, de stjæler fra kassen",
])
ok("suspicion_contrast_nh", "", [
    "ansætter aldrig min svoger igen, han stjal fra kassen sidste sommer",
])

hate("suspicion_h", "generalisation", "gay people", [
    "Jeg lader ikke min søn overnatte hos en homo træner, man ved aldrig med dem",
])
ok("suspicion_contrast_nh", "", [
    "Jeg lader ikke min søn overnatte hos en træner, uanset hvem det er. Klubben har en politik om to voksne",
])

hate("burden_h", "generalisation", "refugees", [
    "flygtninge koster os milliarder og giver intet tilbage",
    "Syrerne lever bare på vores skattekroner og takker ikke engang",
])
ok("burden_policy_nh", "refugees", [
    "Hvad koster flygtningemodtagelsen egentlig kommunen? Nogen der har tallene fra budgettet?",
    "Jeg synes staten skal betale mere af integrationsudgifterne, så kommunen ikke skal skære i skolerne",
])

hate("burden_h", "generalisation", "disabled people", [
    "de handicappede dræner kommunekassen og så klager de hele tiden",
])
ok("burden_contrast_nh", "", [
    "konsulenterne dræner kommunekassen og så klager de over at de ikke har tid",
])

hate("ingratitude_h", "generalisation", "immigrants", [
    "de kommer her og får alt gratis og så spytter de på Danmark",
    "Vi giver dem bolig og penge og så brænder de vores biler af. utaknemmelige",
])
ok("ingratitude_contrast_nh", "", [
    "de unge får en ny klubhytte gratis og så smadrer de vinduerne første weekend. utaknemmeligt",
])
ok("ingratitude_neutral_nh", "immigrants", [
    "Min far kom hertil i 1972 og har arbejdet på Lindø i 30 år. Han er så taknemmelig og stolt af Danmark",
])

hate("ingratitude_h", "generalisation", "greenlanders", [
    "grønlænderne får bloktilskud hvert år og så brokker de sig stadig. utaknemmelige",
])
ok("ingratitude_policy_nh", "greenland", [
    "Jeg synes debatten om bloktilskuddet til Grønland er vigtig, men den skal føres med respekt for grønlænderne",
])

hate("ingratitude_h", "generalisation", "muslims", [
    "muslimerne lever i vores velfærd og hader os alligevel",
])
ok("ingratitude_counter_nh", "muslims", [
    "Det der med at muslimer hader Danmark passer ikke. Min klasse var halvt muslimsk og de var mere danske end mig",
])

# ---------------------------------------------------------------------------
# 3. Threats: conditional, veiled, first-person intent, calls, wishes, places
# ---------------------------------------------------------------------------
hate("threat_conditional_h", "threat", "muslims", [
    "hvis de muslimer flytter ind i vores opgang så brænder jeg deres dør af",
    "Kommer der en moské i vores by så skal der nok ske noget med dem der går der",
])
ok("threat_conditional_contrast_nh", "", [
    "hvis de unge fra nr 12 spiller musik igen efter midnat så ringer jeg til boligselskabet",
    "Kommer der en ny Lidl i vores by så skal der nok ske noget med trafikken på Hovedgaden",
])

hate("threat_conditional_h", "threat", "gay people", [
    "Hvis jeg ser to bøsser kysse i parken igen får de tæsk",
])
ok("threat_conditional_contrast_nh", "", [
    "Hvis jeg ser de to hunde slås i parken igen ringer jeg til ejeren",
])
ok("threat_quote_condemn_nh", "gay people", [
    "Der var en fyr der råbte at han ville give to bøsser tæsk i parken i går. Vi har anmeldt det til politiet.",
])

hate("threat_conditional_h", "threat", "trans people", [
    "hvis en transe kommer ind på dametoilettet mens min datter er der, så slår jeg den ned",
])
ok("threat_conditional_contrast_nh", "", [
    "hvis en mand står og glor ind på dametoilettet mens min datter er der, så ringer jeg efter vagten",
])

hate("threat_conditional_h", "threat", "immigrants", [
    "Hvis en af de udlændinge rører min bil én gang til, så ved jeg hvor de bor",
])
ok("threat_conditional_contrast_nh", "", [
    "Hvis en af de knægte rører min bil én gang til, så snakker jeg med deres forældre",
])

hate("threat_conditional_h", "threat", "jews", [
    "hvis der bliver holdt en jødisk fest i byen kommer vi og rydder den",
])
ok("threat_news_nh", "jews", [
    "Politiet øger bevogtningen ved synagogen i Krystalgade efter trusler, skriver Politiken",
])

hate("threat_veiled_h", "threat", "muslims", [
    "de muslimer skal passe på, en dag er der nogen der mister tålmodigheden med dem",
    "Hende med tørklædet på kassen i Føtex... det ville være en skam hvis der skete hende noget på vej hjem",
])
ok("threat_veiled_contrast_nh", "", [
    "cyklisterne på Åboulevarden skal passe på, en dag bliver der nogen der bliver kørt ned",
    "Pigen på kassen i Føtex var så sød i dag, hun hjalp min mor med alle poserne ud til bilen",
])

hate("threat_veiled_h", "threat", "refugees", [
    "flygtningene på asylcentret sover trygt nu... men det varer ikke ved",
    "Vi ved godt hvor asylcentret ligger. Bare sig det",
])
ok("threat_veiled_contrast_nh", "refugees", [
    "Vi ved godt hvor asylcentret ligger, vi kører tøjindsamlingen derud på lørdag",
])
ok("threat_veiled_contrast_nh", "", [
    "Ungerne sover trygt nu... men det varer ikke ved, de vågner kl 5 hver morgen 😴",
])

hate("threat_veiled_h", "threat", "gay people", [
    "Pride-folkene må hellere holde sig inden døre i år. Bare et godt råd 😉",
])
ok("threat_veiled_contrast_nh", "", [
    "De der skal til Roskilde må hellere holde sig inden døre i dag, det regner helt vildt. Bare et godt råd 😉",
])
ok("threat_neutral_nh", "gay people", [
    "Pride i Aalborg er på lørdag, vi mødes ved banegården kl 12 🌈",
])

hate("threat_veiled_h", "threat", "black people", [
    "den sorte nabo skulle måske tænke sig om, det er sket ulykker i den her gade før",
])
ok("threat_veiled_contrast_nh", "", [
    "naboen skulle måske tænke sig om før han bakker ud, der er sket ulykker i den her gade før",
])

hate("threat_veiled_h", "threat", "roma", [
    "Romalejren ved skoven skulle nok ikke regne med at stå der i morgen",
])
ok("threat_veiled_contrast_nh", "", [
    "Teltet ved skoven skulle nok ikke regne med at stå der i morgen, det blæser op til storm",
])

hate("threat_intent_h", "threat", "muslims", [
    "jeg skal nok selv tage mig af de muslimer, venter bare på den rette dag",
    "Jeg tager kniven med næste gang jeg ser ham med skægget ved moskéen",
])
ok("threat_intent_contrast_nh", "", [
    "jeg skal nok selv tage mig af de bladlus, venter bare på den rette dag at sprøjte",
    "Jeg tager kniven med næste gang vi skal i skoven, så kan vi skære grene til snobrød",
])

hate("threat_intent_h", "threat", "immigrants", [
    "jeg slår den første udlænding ned jeg ser i aften, det er et løfte",
])
ok("threat_intent_contrast_nh", "", [
    "jeg slår den første der siger spoilers om finalen ned i aften, det er et løfte 😂",
])

hate("threat_intent_h", "threat", "jews", [
    "Jeg finder ud af hvor jøden fra kontoret bor, og så får han et besøg",
])
ok("threat_intent_contrast_nh", "", [
    "Jeg finder ud af hvor min gamle klassekammerat bor, og så får han et besøg med kage 🎂",
])

hate("threat_intent_h", "threat", "trans people", [
    "næste gang den transe kommer i fitness, så knækker jeg den",
])
ok("threat_intent_gaming_nh", "", [
    "næste gang den camper kommer i vores lobby så knækker jeg ham, han har ødelagt 3 runder",
    "jeg dræber dig i FIFA i aften, bare vent 😤",
])

hate("threat_intent_h", "threat", "somalis", [
    "Vi er nogle stykker der skal ud og give de somaliere på pladsen en lektion i aften",
])
ok("threat_intent_contrast_nh", "", [
    "Vi er nogle stykker der skal ud og give drengene på U12 en lektion i aften, vi spiller forældre mod børn",
])

hate("threat_call_h", "threat", "muslims", [
    "Nogen burde skyde dem alle sammen, hver eneste muslim",
    "saml jer og jag muslimerne ud af byen med køller",
])
ok("threat_call_contrast_nh", "", [
    "Nogen burde skyde dommeren... i overført betydning altså. Sikke en kamp han ødelagde",
])
ok("threat_quote_condemn_nh", "muslims", [
    "Der var en i kommentarfeltet der skrev at nogen burde skyde muslimerne. Jeg har anmeldt det og I bør også gøre det",
])

hate("threat_call_h", "threat", "immigrants", [
    "Vi skal ud og smadre de udlændinge før de smadrer os. Hvem er med?",
])
ok("threat_call_contrast_nh", "", [
    "Vi skal ud og smadre Brøndby på søndag!! Hvem er med på bussen?",
])

hate("threat_call_h", "threat", "gay people", [
    "Bøsser skal hænges, det var sådan man gjorde før",
])
ok("threat_history_nh", "gay people", [
    "I mange lande bliver bøsser stadig hængt. Det er derfor asyl for LGBT-folk er så vigtigt",
])

hate("threat_call_h", "threat", "refugees", [
    "smid flygtningebådene tilbage i havet og lad dem drukne",
])
ok("threat_news_nh", "refugees", [
    "igen er en flygtningebåd kæntret i Middelhavet, mindst 40 druknede. Hvornår gør EU noget?",
])

hate("threat_call_h", "threat", "women", [
    "kvinder der ikke kan holde kæft skal have en på kassen",
])
ok("threat_counter_nh", "women", [
    "Han skrev at kvinder skal have en på kassen hvis de siger ham imod. Han er smidt ud af gruppen.",
])

hate("threat_call_h", "threat", "poles", [
    "find de polakker der bor i containerne og giv dem bank",
])
ok("threat_call_contrast_nh", "", [
    "find de containere der står på pladsen og få dem flyttet, de spærrer for brandvejen",
])

hate("threat_wish_h", "threat", "muslims", [
    "jeg håber sgu de muslimer kommer til skade allesammen",
    "gid der kom en bombe ned over deres bedetime",
])
ok("threat_wish_contrast_nh", "", [
    "jeg håber sgu ikke de unge kommer til skade på den rampe, den er helt rådden",
])

hate("threat_wish_h", "threat", "jews", [
    "Bare jøderne alle sammen døde, så fik vi ro",
])
ok("threat_wish_history_nh", "jews", [
    "Det nazisterne ønskede var at alle jøder skulle dø. Derfor er det så vigtigt at vi husker hvad der skete",
])

hate("threat_wish_h", "threat", "trans people", [
    "håber alle transer ender som en statistik, verden ville være bedre",
])
ok("threat_wish_contrast_nh", "trans people", [
    "Håber alle trans-unge i kommunen ved at der er en gruppe i ungdomshuset hver onsdag ❤️",
])

hate("threat_wish_h", "threat", "black people", [
    "håber de sorte drukner på vej over, færre af dem",
])
ok("threat_wish_contrast_nh", "", [
    "håber ikke nogen drukner i år, husk redningsvest ved sejlklubben",
])

hate("threat_wish_h", "threat", "disabled people", [
    "de handicappede burde bare dø, de fylder alligevel kun",
])
ok("threat_wish_contrast_nh", "", [
    "de gamle printere burde bare dø, de fylder alligevel kun på kontoret 🖨️",
])

hate("threat_wish_h", "threat", "greenlanders", [
    "håber de fulde grønlændere fryser ihjel på bænken i nat",
])
ok("threat_wish_contrast_nh", "", [
    "håber ikke nogen fryser ihjel på bænkene i nat, det bliver -15. Varmestuen har åbent hele natten",
])

hate("threat_place_h", "threat", "muslims", [
    "Moskéen ude ved ringvejen skal brændes ned, jo før jo bedre",
    "nogen burde smide en brandbombe ind i den moské når de beder fredag",
])
ok("threat_place_contrast_nh", "muslims", [
    "Moskéen på hjørnet holder åbent hus på lørdag med te og kage, alle er velkomne",
    "Der var brand i moskéen i nat, heldigvis kom ingen til skade. Politiet efterforsker",
])

hate("threat_place_h", "threat", "jews", [
    "synagogen burde sprænges i luften, ligesom i gamle dage",
])
ok("threat_place_history_nh", "jews", [
    "I 1938 blev synagoger over hele Tyskland brændt af under Krystalnatten. Vi har lige haft om det i 9.",
])

hate("threat_place_h", "threat", "gay people", [
    "den bøssebar i centrum skal have besøg af os og nogle benzindunke",
])
ok("threat_place_contrast_nh", "", [
    "den gamle bar i centrum skal have en kærlig hånd, vi mødes med maling og pensler på lørdag",
])

hate("threat_place_h", "threat", "refugees", [
    "asylcentret i skoven må gerne brænde en nat med dem alle sammen indenfor",
])
ok("threat_place_news_nh", "refugees", [
    "Brand på asylcentret i nat, beboerne blev evakueret og ingen kom til skade. Røde Kors samler tøj ind",
])

hate("threat_place_h", "threat", "immigrants", [
    "det halalslagter på Vesterbro fortjener en sten gennem ruden hver nat",
])
ok("threat_place_contrast_nh", "", [
    "nogen har smidt en sten gennem ruden hos slagteren på Vesterbro i nat, det er så trist",
])

hate("threat_place_h", "threat", "black people", [
    "vi burde sætte ild til den afrikanske kirke på Amager, så de fatter det",
])
ok("threat_place_contrast_nh", "africans", [
    "Den afrikanske kirke på Amager har det fedeste gospelkor, de optræder til julemarkedet",
])

# ---------------------------------------------------------------------------
# 4. Dehumanisation: animals, vermin, disease, filth, objects, not human
# ---------------------------------------------------------------------------
hate("dehumanisation_animal_h", "dehumanisation", "muslims", [
    "muslimerne yngler som kaniner, snart er vi i mindretal",
    "de muslimer er dyr, de opfører sig som en flok aber",
])
ok("dehumanisation_animal_contrast_nh", "", [
    "vores kaniner yngler som... ja, kaniner. Nogen der vil have en unge? gratis til god familie 🐇",
    "drengeholdet opførte sig som en flok aber i bussen, træneren var ved at gå amok 😅",
])

hate("dehumanisation_vermin_h", "dehumanisation", "immigrants", [
    "indvandrerne er som rotter, de gemmer sig i kældrene og formerer sig",
    "Udlændingene er kakerlakker, man bliver aldrig af med dem",
])
ok("dehumanisation_vermin_contrast_nh", "", [
    "der er rotter i kælderen igen, de gemmer sig bag cyklerne. Har ringet til skadedyr",
    "Har fået kakerlakker i lejligheden efter ferien, man bliver aldrig af med dem 😩 nogen tips?",
])

hate("dehumanisation_animal_h", "dehumanisation", "black people", [
    "send de sorte aber tilbage til junglen",
    "Sorte er tættere på gorillaer end på mennesker, det er videnskab",
])
ok("dehumanisation_quote_condemn_nh", "black people", [
    "Tilskuerne lavede abelyde når Kofi fik bolden. Klubben skal straffes hårdt for det",
    "Der blev råbt 'abe' af en sort spiller på lægterne i går, og dommeren stoppede kampen. Godt gået",
])
ok("dehumanisation_animal_contrast_nh", "", [
    "Vi så gorillaerne i Zoo i dag, den lille unge var så sød 🦍",
])

hate("dehumanisation_disease_h", "dehumanisation", "gay people", [
    "bøsser er en sygdom i samfundet der skal kureres",
    "Homoseksualitet er en pest der spreder sig blandt de unge",
])
ok("dehumanisation_disease_contrast_nh", "", [
    "Mobning er en sygdom i skolen der skal stoppes, ikke bare snakkes om",
    "Influenzaen er en pest der spreder sig blandt børnene i 1.A, hold dem hjemme hvis de har feber",
])

hate("dehumanisation_disease_h", "dehumanisation", "jews", [
    "jøderne er en kræftsvulst på verden",
])
ok("dehumanisation_disease_contrast_nh", "", [
    "Korruption er en kræftsvulst på det politiske system, uanset parti",
])

hate("dehumanisation_filth_h", "dehumanisation", "roma", [
    "sigøjnerne er noget affald, fej dem væk fra gaden",
    "de romaer er skidt og møg, ikke andet",
])
ok("dehumanisation_filth_contrast_nh", "", [
    "der ligger affald over hele gaden efter markedet, kommunen skal feje det væk",
])
ok("dehumanisation_counter_nh", "roma", [
    "at kalde romaer for affald er præcis det sprog der blev brugt før de blev sendt i lejrene. Stop det",
])

hate("dehumanisation_object_h", "dehumanisation", "women", [
    "kvinder er bare hullet man putter den i, de er ting",
    "en kone er et husholdningsapparat med mund på",
])
ok("dehumanisation_counter_nh", "women", [
    "han omtalte kvinder som ting i hele podcasten. Forfærdeligt at unge drenge lytter til det",
])

hate("dehumanisation_not_human_h", "dehumanisation", "trans people", [
    "en transe er ikke et menneske, det er en ting",
    "Transkønnede er ikke rigtige mennesker, det er freaks",
])
ok("dehumanisation_counter_nh", "trans people", [
    "Transkønnede er mennesker som alle andre og fortjener respekt, det burde ikke være kontroversielt",
])

hate("dehumanisation_animal_h", "dehumanisation", "arabs", [
    "araberne er kamelknaldere og dyr allesammen",
])
ok("dehumanisation_animal_contrast_nh", "", [
    "vi red på kameler i Marokko på ferien, det var lidt vildt faktisk",
])

hate("dehumanisation_vermin_h", "dehumanisation", "refugees", [
    "flygtningene er en plage, en sværm af græshopper der æder alt",
])
ok("dehumanisation_vermin_contrast_nh", "", [
    "myggene er en plage i år, en sværm af dem hver aften på terrassen",
])

hate("dehumanisation_animal_h", "dehumanisation", "somalis", [
    "somalierne lever som dyr, de skider på gaden",
])
ok("dehumanisation_animal_contrast_nh", "", [
    "de unge i opgangen lever som svin, der er pizzabakker overalt. Har klaget til viceværten",
])

hate("dehumanisation_not_human_h", "dehumanisation", "disabled people", [
    "de åndssvage på bostedet er ikke rigtige mennesker, bare grøntsager",
])
ok("dehumanisation_counter_nh", "disabled people", [
    "min bror bor på bosted og er et helt menneske med humor og meninger. Kald ham ikke en grøntsag",
])
ok("dehumanisation_contrast_nh", "", [
    "vores køkkenhave har kun givet grøntsager der ligner noget fra et andet univers i år 🥕",
])

hate("dehumanisation_animal_h", "dehumanisation", "chinese", [
    "kinesere er nogle insekter der æder flagermus og hunde",
])
ok("dehumanisation_contrast_nh", "", [
    "har nogen smagt friturestegte insekter? de serverede det på madmarkedet i Aarhus, overraskende godt",
])

hate("dehumanisation_disease_h", "dehumanisation", "immigrants", [
    "indvandring er en virus og indvandrerne er smittebærere",
])
ok("dehumanisation_policy_nh", "immigrants", [
    "Indvandring er et stort politisk emne til valget, hvad mener kandidaterne egentlig?",
])

hate("dehumanisation_animal_h", "dehumanisation", "greenlanders", [
    "grønlænderne er sæler der er kravlet op på land",
])
ok("dehumanisation_animal_contrast_nh", "", [
    "Vi så sæler der lå på stenene ved Skagen i weekenden, de var så dovne og søde 🦭",
])

hate("dehumanisation_filth_h", "dehumanisation", "pakistanis", [
    "pakistanerne i opgangen er noget møg, de stinker og er beskidte væsner",
])
ok("dehumanisation_filth_contrast_nh", "", [
    "skraldespanden i opgangen stinker af møg, nogen har smidt bleer i den uden pose",
])

hate("dehumanisation_object_h", "dehumanisation", "black people", [
    "i gamle dage kunne man købe sig en neger, de var ejendom og burde være det",
])
ok("dehumanisation_history_nh", "black people", [
    "Danmark solgte slaver fra Guldkysten til Vestindien, og mennesker blev behandlet som ejendom. Det lærer vi for lidt om",
])

hate("dehumanisation_vermin_h", "dehumanisation", "jews", [
    "jøder er parasitter der lever af værtsfolket",
])
ok("dehumanisation_history_nh", "jews", [
    "Nazisternes propaganda kaldte jøder for parasitter. Det var en del af det der gjorde folkemordet muligt",
])
ok("dehumanisation_contrast_nh", "", [
    "hunden har fået parasitter igen, nogen der kan anbefale en ormekur?",
])

hate("dehumanisation_animal_h", "dehumanisation", "afghans", [
    "afghanerne er nogle hunde, de skal holdes i bur",
])
ok("dehumanisation_contrast_nh", "", [
    "naboens hunde skal holdes i bur når de er alene hjemme, de gør hele dagen",
])

hate("dehumanisation_disease_h", "dehumanisation", "gay people", [
    "lesbiske og bøsser er en virus der smitter børnene i skolen",
])
ok("dehumanisation_question_nh", "gay people", [
    "mit barn på 8 spørger hvorfor hendes veninde har to fædre, hvordan forklarer man det bedst?",
])

hate("dehumanisation_filth_h", "dehumanisation", "muslims", [
    "moskéerne er rotterederne, dér bor skadedyrene",
])
ok("dehumanisation_filth_contrast_nh", "", [
    "skuret bag klubhuset er en rotterede, det skal rives ned før sommeren",
])

hate("dehumanisation_object_h", "dehumanisation", "asians", [
    "asiatiske kvinder er bare legetøj man kan købe",
])
ok("dehumanisation_counter_nh", "asians", [
    "Fetichisering af asiatiske kvinder er virkelig et problem, min veninde får de klammeste beskeder på datingapps",
])

# ---------------------------------------------------------------------------
# 5. Slurs: plain, inflected, compound; innocent look-alikes; reclaimed,
#    quoted, asked about
# ---------------------------------------------------------------------------
hate("slur_plain_h", "slur", "immigrants", [
    "ud med de perkere",
    "Fucking perker",
    "perkerne i 9.b har overtaget hele skolegården",
])
hate("slur_compound_h", "slur", "immigrants", [
    "endnu en perkerbil med musikken på fuld drøn foran Netto",
    "perkerbanden fra Vollsmose har været her igen",
    "det er blevet et perkerkvarter, ingen danskere tilbage",
    "sikke en perkerunge, han kan ikke engang tale ordentligt dansk",
])
ok("slur_quote_condemn_nh", "immigrants", [
    "Min søn blev kaldt perker i frikvarteret i dag. Har skrevet til klasselæreren, det skal stoppes",
    "Der stod 'perkerbande' sprayet på muren ved skolen, har meldt det til kommunen så det bliver fjernet",
])
ok("slur_reclaimed_nh", "immigrants", [
    "haha vi snakkede perkerdansk hele aftenen med drengene, min mor forstod ingenting 😂",
    "som perker selv må jeg sige at den stand up om vores mødre var mega sjov",
])
ok("slur_lookalike_nh", "", [
    "min søn er begyndt til perkussion i musikskolen, vores naboer elsker det... not 🥁",
])

hate("slur_plain_h", "slur", "black people", [
    "hvad laver den neger i vores klub",
    "Negrene i parken skal ikke tro de ejer stedet",
    "der var fandeme fire negere på holdet i dag",
])
ok("slur_question_nh", "black people", [
    "Min mormor siger stadig 'neger' og mener ikke noget ondt med det. Hvordan får jeg forklaret hende at det sårer folk?",
])
ok("slur_lookalike_nh", "", [
    "Min kollega er fra Niger, ikke Nigeria, det blander alle sammen 😅",
    "testen var negativ, så han må godt komme til fødselsdagen alligevel",
])
ok("slur_history_nh", "", [
    "De hedder flødeboller i dag og ikke negerboller, min far snakker stadig om navneskiftet som om det var i går",
])

hate("slur_plain_h", "slur", "gay people", [
    "din klamme bøsserøv",
    "sikke en flok svans der står ved baren",
    "Gå hjem og leg med dine homovenner, bøsse",
])
ok("slur_lookalike_nh", "", [
    "Sælger min fars gamle haglbøsse, våbentilladelse påkrævet. Henvendelse i PB",
    "Vi går rundt med indsamlingsbøsser for Kræftens Bekæmpelse på søndag, vil du være med?",
    "hunden logrer så meget med svansen at den vælter kaffekopperne 🐕",
    "børnene har tømt sparebøssen for at købe slik igen...",
])
ok("slur_self_reference_nh", "gay people", [
    "vi er tre bøsser og en lesbisk der har lavet et quizhold, kom og tab til os på torsdag 🏳️‍🌈",
])
ok("slur_quote_condemn_nh", "gay people", [
    "De andre drenge kaldte ham bøsserøv hele lejrturen, og ingen voksne greb ind. Det er ikke i orden",
])

hate("slur_plain_h", "slur", "disabled people", [
    "Den der spasser i kørestol blokerer hele gangen",
    "mongolungerne på specialskolen larmer så meget",
    "hvorfor skal de åndssvage have deres egen bus",
])
ok("slur_personal_insult_nh", "", [
    "hvem er den idiot der har parkeret på tværs af tre pladser",
])
ok("slur_lookalike_nh", "", [
    "vi spiste mongolsk grill i går, de var helt vilde med det",
    "Min datter har cerebral parese og spastiske lammelser, og hun er lige startet i rideskole ❤️",
])
ok("slur_history_nh", "disabled people", [
    "på Sprogø blev kvinder der blev kaldt 'åndssvage' spærret inde og tvangssteriliseret. Det er en mørk del af vores historie",
])

hate("slur_plain_h", "slur", "roma", [
    "sigøjnerpakket har stillet campingvogne op på boldbanen igen",
    "Pas på jer, der er sigøjnere ved indgangen til Bilka",
])
ok("slur_lookalike_nh", "", [
    "hvorfor hedder sigøjnersauce nu paprikasauce? det smager præcis det samme",
])
ok("slur_neutral_nh", "roma", [
    "Min oldemor var rom og familien blev kaldt sigøjnere. Jeg vil gerne vide mere om hvor vi kom fra",
])

hate("slur_plain_h", "slur", "pakistanis", [
    "pakkiserne i kiosken tager overpris",
    "en pakkis overtog hele butikken nede på torvet",
])
ok("slur_lookalike_nh", "", [
    "pakkerne i kiosken er ikke blevet hentet, GLS har lagt dem forkert igen",
    "Min pakke er pakket forkert, der var kun halvdelen i 😡",
])

hate("slur_plain_h", "slur", "jews", [
    "din nærige jøde, giv nu bare pengene tilbage",
    "jødesvinene styrer alt på den her bank",
])
ok("slur_lookalike_nh", "", [
    "Har bagt 300 jødekager til julemarkedet, nogen der vil hjælpe med at sælge dem?",
    "Vores hund hedder Fidus og han har spist hele påskeægget 🙈",
    "Jeg har fundet en god fidus til at få ruderne helt rene: eddike og avispapir",
])
ok("slur_quote_condemn_nh", "jews", [
    "At bruge 'jøde' som skældsord om nærighed er antisemitisme, også selvom folk siger det som en joke",
])

hate("slur_plain_h", "slur", "trans people", [
    "se den transe i Netto, klam",
    "der er sgu en shemale på holdet nu, hvad fanden",
])
ok("slur_lookalike_nh", "", [
    "sætter noget trance musik på til løbeturen, kører bedre end noget andet",
    "Transportbåndet i kantinen er i stykker igen, stil bakkerne på vognen",
])
ok("slur_quote_condemn_nh", "trans people", [
    "En mand kaldte min ven for 'transe' i bussen og grinede. Chaufføren smed ham af, respekt",
])

hate("slur_plain_h", "slur", "greenlanders", [
    "Hold da op, de eskimoer fylder hele bussen",
])
ok("slur_lookalike_nh", "", [
    "Er der nogen der husker Eskimo is med chokolade? savner den",
])
ok("slur_question_nh", "greenlanders", [
    "er 'eskimo' et skældsord for grønlændere? min søn spurgte og jeg vidste ikke helt hvad jeg skulle svare",
])

hate("slur_plain_h", "slur", "chinese", [
    "ching chong kineseren fra 3. sal lugter af fisk",
    "Den smalløjede fra Wolt kom 40 min for sent, typisk",
])
ok("slur_lookalike_nh", "", [
    "Husk at man ikke må skyde kinesere af før nytårsaften, politiet skriver det igen i år 🧨",
])
ok("slur_neutral_nh", "chinese", [
    "Vi havde kinesisk nytår i børnehaven og ungerne lavede papirdrager 🐉",
])

hate("slur_compound_h", "slur", "arabs", [
    "de håndklædehoveder på hjørnet kigger på alle piger der går forbi",
    "Kameljockeyen fra pizzeriaet har snydt mig igen",
])
ok("slur_contrast_nh", "", [
    "de unge på hjørnet kigger på alle piger der går forbi, klamt. Har snakket med SSP",
])

hate("slur_plain_h", "slur", "women", [
    "kvinder er nogle kællinger, hver eneste af dem",
])
ok("slur_policy_nh", "", [
    "Jeg er uenig i forslaget om ligelønsloven, jeg tror ikke det er den rigtige måde at lukke lønforskellen på",
])

hate("slur_compound_h", "slur", "muslims", [
    "muhamedanersvinene beder midt på fortovet igen",
    "tørklædetøserne i kantinen sidder altid for sig selv",
])
ok("slur_contrast_nh", "muslims", [
    "De muslimske kollegaer beder i et stille rum ved kantinen, det er fint nok med mig",
])

hate("slur_plain_h", "slur", "turks", [
    "ham tyrkersvinet med kebabbiksen har lukket igen",
])
ok("slur_lookalike_nh", "", [
    "tyrkisk peber-shots til festen? eller er vi for gamle til det 😂",
])

hate("slur_plain_h", "slur", "eastern europeans", [
    "østblokpakket har lagt deres skrammel ud i hele gården",
])
ok("slur_contrast_nh", "", [
    "nogen har lagt deres skrammel ud i hele gården, storskrald kommer først om tre uger",
])

# ---------------------------------------------------------------------------
# 6. Harassment of one person for a protected trait vs. ordinary insults
# ---------------------------------------------------------------------------
hate("harassment_origin_h", "harassment", "immigrants", [
    "@Yasmin tag hjem til dit eget land hvis du ikke kan lide det her",
    "@Ahmed hvem har spurgt dig? du er ikke engang dansk, gå hjem",
    "@Fatima ingen gider høre på dig med din accent, lær dansk først",
])
ok("harassment_contrast_insult_nh", "", [
    "@Kasper tag hjem hvis du ikke kan lide festen, ingen tvinger dig til at blive",
    "@Jonas hvem har spurgt dig? du er ikke engang i bestyrelsen, slap af",
    "@Mette ingen gider høre på dig om din carport igen, det er tredje tråd i dag",
])
ok("harassment_contrast_support_nh", "immigrants", [
    "@Fatima dit dansk er så godt efter to år, du skulle have hørt mig prøve at tale arabisk 😅",
])

hate("harassment_misgender_h", "harassment", "trans people", [
    "@Sofie du er og bliver en mand, lige meget hvor meget makeup du tager på",
    "han kalder sig Emma nu 🤡 det er stadig en fyr i kjole",
    "@Alex det hedder 'han', ikke 'de'. Du er en pige, tag dig sammen",
])
ok("harassment_contrast_insult_nh", "", [
    "@Sofie du er og bliver dårlig til at tabe i brætspil 😂 tag det nu roligt",
    "han kalder sig 'professionel fotograf' nu 🤡 med en telefon fra 2015",
])
ok("harassment_correction_nh", "trans people", [
    "@Mikkel det er 'hun' om Emma, hun har sagt det flere gange. Bare lige så du ved det 🙂",
])

hate("harassment_disability_h", "harassment", "disabled people", [
    "@Rasmus hvorfor snakker du så mærkeligt, er du handicappet eller hvad 😂",
    "Se ham der halter ind i klubhuset, som en zombie 🤣🤣",
    "@Lise du er jo døv alligevel, hvorfor er du overhovedet med i gruppen",
])
ok("harassment_contrast_insult_nh", "", [
    "@Rasmus hvorfor skriver du altid i caps lock, er du sur eller hvad 😂",
    "Se ham der kommer ind i klubhuset efter 5 km løb, som en zombie 🤣🤣",
])
ok("harassment_contrast_support_nh", "deaf people", [
    "@Lise skal vi sørge for tekstning på videoen fra mødet så du også kan følge med?",
])

hate("harassment_autism_h", "harassment", "autistic people", [
    "@Frederik du er så autistisk, gå hjem og stil dine legoklodser op på række",
])
ok("harassment_contrast_insult_nh", "", [
    "@Frederik du er så nørdet, gå hjem og stil dine legoklodser op i rækkefølge 😂 (kærligt ment)",
])
ok("harassment_self_reference_nh", "autistic people", [
    "jeg er autist og ja, jeg stiller mine legoklodser på række. Det er det bedste i min uge",
])

hate("harassment_sexuality_h", "harassment", "gay people", [
    "@Mathias ingen på holdet vil dele værelse med dig på træningslejren når du er bøsse, find et andet hold",
    "Tobias er så bøsset at det gør ondt at se på, se hvordan han løber",
])
ok("harassment_contrast_insult_nh", "", [
    "@Mathias du snorker så højt at ingen på holdet vil dele værelse med dig på træningslejren 😂",
    "Tobias løber så langsomt at det gør ondt at se på, det er en kort bane makker",
])

hate("harassment_religion_h", "harassment", "muslims", [
    "@Aisha tag det tørklæde af, du ligner en terrorist",
    "@Omar jeg ville ikke stole på dig, du er muslim og de lyver",
])
ok("harassment_contrast_insult_nh", "", [
    "@Aisha tag den hat af til billedet, du ligner en der skal røve en bank 😂",
    "@Omar jeg ville ikke stole på dig, du snød i Matador sidste gang",
])
ok("harassment_religion_neutral_nh", "muslims", [
    "@Aisha må jeg spørge hvordan du holder faste og træner samtidig? lyder hårdt",
])

hate("harassment_skin_h", "harassment", "black people", [
    "@Kwame du er så sort at man ikke kan se dig på billederne uden flash 😂",
])
hate("harassment_animal_h", "dehumanisation", "black people", [
    "@Nia hvor er din lian henne i dag? 🐒",
])
ok("harassment_contrast_insult_nh", "", [
    "@Kwame du er så langsom at man ikke kan se dig bevæge dig på billederne 😂",
])

hate("harassment_gender_h", "harassment", "women", [
    "@Camilla gå hjem og lav mad, du hører ikke til på en byggeplads som kvinde",
    "@Louise du fik kun jobbet fordi du er kvinde og har store bryster",
])
ok("harassment_contrast_insult_nh", "", [
    "@Camilla gå hjem og sov, du har været vågen i 20 timer på den byggeplads",
    "@Louise du fik kun jobbet fordi du kender chefen, indrøm det nu 😄",
])

hate("harassment_origin_h", "harassment", "poles", [
    "@Piotr skrid tilbage til Polen og stjæl biler der",
])
ok("harassment_contrast_insult_nh", "", [
    "@Piotr skrid ned og hent flere øl, det er din tur 😂",
])

hate("harassment_origin_h", "harassment", "greenlanders", [
    "@Aqqaluk har du drukket i dag eller er det bare din grønlandske hjerne",
])
ok("harassment_contrast_insult_nh", "", [
    "@Aqqaluk har du drukket i dag eller hvorfor har du tabt tre gange i træk 😂",
])

hate("harassment_origin_h", "harassment", "asians", [
    "@Mai kan du overhovedet se noget med de øjne? haha",
])
ok("harassment_contrast_insult_nh", "", [
    "@Mai kan du overhovedet se noget med de solbriller på indendørs? haha",
])

hate("harassment_origin_h", "harassment", "syrians", [
    "@Khaled din flygtning, du skal ikke sige noget i den her gruppe, du er gæst",
])
ok("harassment_contrast_insult_nh", "", [
    "@Khaled du skal ikke sige noget, du kom for sent til at betale til gaven 😄",
])
ok("harassment_contrast_support_nh", "refugees", [
    "@Khaled du har lige så meget ret til at sige din mening her som alle andre. Ignorer ham",
])

hate("harassment_jew_h", "harassment", "jews", [
    "@David typisk jøde, du vil selvfølgelig ikke betale for pizzaen",
])
ok("harassment_contrast_insult_nh", "", [
    "@David typisk dig, du vil selvfølgelig ikke betale for pizzaen igen 🍕😂",
])

hate("harassment_nonbinary_h", "harassment", "non-binary people", [
    "@Robin 'de/dem' 🙄 du er bare en forvirret pige der vil have opmærksomhed",
])
ok("harassment_pronoun_question_nh", "non-binary people", [
    "@Robin hvilke pronominer vil du gerne have vi bruger i nyhedsbrevet? vil bare skrive det rigtigt",
])

hate("harassment_roma_h", "harassment", "roma", [
    "@Milan hvad har du stjålet i dag? det ligger vel i blodet hos jer romaer",
])
ok("harassment_contrast_insult_nh", "", [
    "@Milan hvad har du gjort ved min oplader, tyv 😂 den var i stikkontakten for 5 min siden",
])

# ---------------------------------------------------------------------------
# 7. Conspiracy tropes vs. legitimate criticism of companies and states
# ---------------------------------------------------------------------------
hate("conspiracy_jews_h", "generalisation", "jews", [
    "jøderne styrer bankerne og medierne, derfor hører I aldrig sandheden",
    "Hvem tror du ejer alle de store medier? følg pengene, det er altid jøder",
    "de jødiske bankfamilier står bag alle krige, de tjener på begge sider",
    "zionisterne styrer vores regering, folketinget er bare marionetter",
])
ok("conspiracy_contrast_company_nh", "", [
    "Danske Bank hvidvaskede milliarder gennem filialen i Estland, og ingen topchefer kom i fængsel. Skandale",
    "Det er et problem at så få firmaer ejer så mange af de store medier, det går ud over den lokale journalistik",
    "våbenindustrien tjener styrtende på krigen i Ukraine, det burde vi diskutere mere åbent",
])
ok("conspiracy_contrast_state_nh", "israel", [
    "Jeg synes Israels regering begår krigsforbrydelser i Gaza og Danmark bør stoppe våbeneksporten",
    "man kan sagtens kritisere Israels bosættelsespolitik uden at blande danske jøder ind i det",
])
ok("conspiracy_counter_nh", "jews", [
    "det der med at 'jøderne styrer bankerne' er en konspirationsteori der er over 100 år gammel. Den var også i nazisternes propaganda",
])

hate("conspiracy_muslims_h", "generalisation", "muslims", [
    "Muslimerne har en hemmelig plan om at overtage Europa gennem fødselsraten",
    "det er planlagt, politikerne lukker muslimerne ind for at udskifte os. Eurabia er virkelighed",
    "Alle moskéer er finansieret af terrorister, det ved efterretningstjenesten godt",
])
ok("conspiracy_contrast_state_nh", "", [
    "Det er dokumenteret at Saudi-Arabien har finansieret nogle moskéer i Europa, det burde vi have regler for",
    "Jeg synes det er problematisk at udenlandske stater kan donere penge til trossamfund i Danmark uden åbenhed",
])
ok("conspiracy_news_nh", "muslims", [
    "Danmarks Statistik: fertiliteten blandt indvandrerkvinder er faldet og nærmer sig danske kvinders",
])

hate("conspiracy_immigrants_h", "generalisation", "immigrants", [
    "eliten importerer bevidst indvandrere for at ødelægge den hvide race",
    "Udskiftningen er i gang, se bare en 1. klasse i København. Ikke et dansk navn",
])
ok("conspiracy_contrast_policy_nh", "immigrants", [
    "Erhvervslivet presser på for mere udenlandsk arbejdskraft fordi det er billigere, det er en legitim diskussion at tage",
    "se bare 1. klasse på vores skole, 29 elever. Det er alt for mange, vi skal have flere lærere",
])

hate("conspiracy_gay_h", "generalisation", "gay people", [
    "LGBT-lobbyen vil hjernevaske vores børn, det er en plan om at få færre børn født",
    "de homoseksuelle har overtaget skolerne og undervisningsministeriet, det er organiseret",
])
ok("conspiracy_contrast_policy_nh", "", [
    "Jeg synes seksualundervisningen i 3. klasse er for tidlig, kan vi tage det op på forældremødet?",
    "undervisningsministeriet har overtaget alt for meget af skolernes frihed, lærerne drukner i mål og test",
])

hate("conspiracy_chinese_h", "generalisation", "chinese", [
    "kineserne lavede corona med vilje for at slå os vesterlændinge ihjel, alle de kinesere er spioner",
])
ok("conspiracy_contrast_state_nh", "china", [
    "Der burde laves en uafhængig undersøgelse af laboratoriet i Wuhan, Kinas regering har ikke været åben",
    "PET advarer om at den kinesiske stat spionerer mod danske virksomheder. Vær forsigtige med hvad I installerer",
])

hate("conspiracy_jews_h", "generalisation", "jews", [
    "Holocaust-industrien er bare en måde for jøderne at malke Tyskland for penge",
])
ok("conspiracy_contrast_state_nh", "germany", [
    "Tyskland har betalt erstatning til overlevende fra Holocaust i årtier, og det er helt rimeligt",
])

hate("conspiracy_women_h", "generalisation", "women", [
    "kvinderne styrer alt nu, mænd bliver systematisk undertrykt af en kvindemafia",
])
ok("conspiracy_contrast_policy_nh", "", [
    "Jeg synes faderskabslovgivningen er skæv, fædre har for dårlige rettigheder i samværssager. Det skal ændres",
])

hate("conspiracy_roma_h", "generalisation", "roma", [
    "romaerne er organiseret i en mafia der styrer al tiggeri i Europa, hver eneste af dem arbejder for bagmændene",
])
ok("conspiracy_contrast_news_nh", "", [
    "Politiet har anholdt fem personer for menneskehandel og tvungen tiggeri, skriver Ritzau",
])

hate("conspiracy_africans_h", "generalisation", "africans", [
    "afrikanerne bliver sendt hertil af FN for at fortynde europæerne",
])
ok("conspiracy_contrast_policy_nh", "", [
    "FN's flygtningekonvention er fra 1951, jeg synes godt man kan diskutere om den passer til i dag",
])

hate("conspiracy_muslims_h", "generalisation", "muslims", [
    "halal-mærket er en skat der går direkte til terror, derfor skal man boykotte muslimernes butikker",
])
ok("conspiracy_contrast_company_nh", "", [
    "Jeg boykotter det supermarked efter de blev taget i at sælge gammelt kød med ny dato",
    "hvorfor er halalkød billigere i den butik? er der nogen der ved hvordan certificeringen fungerer?",
])

hate("conspiracy_jews_h", "generalisation", "jews", [
    "de jødiske bankfamilier har skabt både corona og vaccinen, jøderne tjener på alt",
])
ok("conspiracy_contrast_company_nh", "", [
    "Medicinalfirmaerne tjente milliarder på vaccinen, og patentreglerne gjorde det svært for fattige lande. Det er legitim kritik",
])

# ---------------------------------------------------------------------------
# 8. Extremism vs. history teaching, news and counter-speech
# ---------------------------------------------------------------------------
hate("extremism_nazi_praise_h", "extremism", "jews", [
    "Hitler havde ret, han nåede bare ikke at gøre arbejdet færdigt",
    "Nazisterne var de sidste der turde gøre noget ved jøderne. Respekt",
    "SS var nogle helte der kæmpede for Europa 🇩🇪",
])
ok("extremism_history_nh", "jews", [
    "I historie skal vi lave opgave om hvordan Hitler kom til magten i 1933, nogen der har gode kilder?",
    "Min oldefar var i modstandsbevægelsen og hjalp jøder over Øresund i oktober 1943. Jeg er så stolt af ham",
    "Vi så en dokumentar om SS i timen i dag, det var skræmmende hvor almindelige mænd de fleste var",
])

hate("extremism_denial_h", "extremism", "jews", [
    "Holocaust er den største løgn i historien, der døde ikke 6 millioner",
    "gaskamrene var bare brusebade, lad være med at tro på alt hvad skolen siger",
    "Holocaust skete ikke, men det burde det have gjort",
])
ok("extremism_history_nh", "jews", [
    "Vi var i Auschwitz med klassen. Jeg kan ikke beskrive det, alle burde se det én gang",
    "6 millioner jøder blev myrdet under Holocaust. Mine elever skriver om overlevende på fredag, de har læst vidnesbyrd",
])
ok("extremism_counter_nh", "jews", [
    "Der er en i kommentarerne der skriver at Holocaust er en løgn. Lad være med at fodre ham, bare anmeld",
])

hate("extremism_code_h", "extremism", "", [
    "14/88 brødre, vi ses til marchen ⚡⚡",
    "Hvid stolthed verden over. 1488",
    "Sieg Heil til alle ægte danske mænd i gruppen",
])
ok("extremism_code_contrast_nh", "", [
    "14 til 8 vandt vi i dag, drengene spillede fantastisk ⚽",
    "Hvem har nøglen til hal 14? vi starter kl 18:00 og er 8 hold",
])
ok("extremism_code_explain_nh", "", [
    "Hvis I ser '88' eller '1488' i et brugernavn på Discorden, så er det nazikoder. Giv os besked så vi kan kigge på det",
])

hate("extremism_remigration_h", "extremism", "immigrants", [
    "Remigration NU. Alle ikke-vestlige skal ud, også dem med statsborgerskab",
    "vi skal have etnisk udrensning af Nørrebro, det er den eneste løsning",
    "Danmark for danskerne, send dem hjem i kvægvogne",
])
ok("extremism_policy_contrast_nh", "immigrants", [
    "Jeg synes kriminelle udlændinge uden statsborgerskab skal udvises efter dommen, det er ret normalt i de fleste lande",
    "Regeringen vil sende afviste asylansøgere hjem hurtigere. Jeg er uenig i planen, men det er lovligt",
])
ok("extremism_history_nh", "", [
    "Vi har lært om etnisk udrensning i Bosnien i 90'erne i samfundsfag. Srebrenica er så forfærdeligt",
])

hate("extremism_terror_praise_h", "extremism", "", [
    "Ham på Utøya var en helt, han gjorde hvad politikerne ikke turde",
])
hate("extremism_terror_praise_h", "extremism", "muslims", [
    "christchurch-manden skulle have en medalje, flere skal følge hans eksempel",
])
ok("extremism_terror_news_nh", "", [
    "I dag er det 15 år siden terrorangrebet på Utøya. 69 unge blev dræbt. Vi mindes dem",
    "Efter angrebet i Christchurch mødtes folk i moskéen i Aarhus med blomster, det var rørende",
])

hate("extremism_islamist_praise_h", "extremism", "jews", [
    "Allahu akbar for martyren der angreb synagogen, må flere følge ham",
])
hate("extremism_terror_praise_h", "extremism", "", [
    "Dem der angreb koncerten i Paris var brødre, de gjorde det rigtige mod de vantro",
])
ok("extremism_terror_news_nh", "", [
    "Det er over 10 år siden angrebet på Krudttønden og synagogen i Krystalgade. Tankerne går til de pårørende",
    "Min veninde var på Bataclan den aften og har skrevet en bog om det, den er virkelig stærk",
])
ok("extremism_religion_neutral_nh", "muslims", [
    "Allahu akbar betyder 'Gud er størst' og bliver sagt i hver bøn, det er ikke et terrorudtryk i sig selv",
])

hate("extremism_genocide_approval_h", "extremism", "muslims", [
    "Srebrenica var bare en god start, det burde ske her også",
])
ok("extremism_history_nh", "muslims", [
    "8000 muslimske mænd og drenge blev myrdet i Srebrenica i 1995. Det er anerkendt som folkemord",
])

hate("extremism_genocide_approval_h", "extremism", "roma", [
    "Nazisterne havde den rigtige løsning på sigøjnerne",
])
ok("extremism_history_nh", "roma", [
    "Op mod en halv million romaer blev dræbt af nazisterne. Det kaldes Porajmos og få kender til det",
])

hate("extremism_nazi_praise_h", "extremism", "disabled people", [
    "de handicappede burde have fået samme behandling som i Tyskland i 1940, det var effektivt",
])
ok("extremism_history_nh", "disabled people", [
    "Aktion T4 var nazisternes program hvor handicappede blev dræbt. Vi skal skrive en rapport om det i 9. klasse",
])

hate("extremism_nazi_praise_h", "extremism", "gay people", [
    "de lyserøde trekanter var en god idé, send bøsserne i lejr igen",
])
ok("extremism_history_nh", "gay people", [
    "Homoseksuelle fanger i koncentrationslejrene måtte bære en lyserød trekant. Det er derfor symbolet blev genbrugt senere",
])

hate("extremism_slogan_h", "extremism", "immigrants", [
    "Hvidt Danmark eller intet Danmark. Vi rejser os snart 🇩🇰⚔️",
    "blod og jord, det er vores land og kun vores",
])
ok("extremism_slogan_contrast_nh", "", [
    "Rødt og hvidt til landskampen i aften, vi rejser os og vinder 🇩🇰⚽",
    "vi har arbejdet med blod, sved og tårer på den køkkenhave, nu er jorden klar",
])

hate("extremism_nazi_symbol_h", "extremism", "jews", [
    "har bestilt et hagekorsflag til stuen, det skal op til fødselsdagen den 20. april 卐",
])
ok("extremism_symbol_context_nh", "", [
    "Hagekorset er et gammelt symbol i hinduismen og buddhismen, det er nazisterne der har ødelagt det",
    "nogen har malet et hagekors på busstoppestedet, jeg har ringet til kommunen for at få det fjernet",
])

hate("extremism_kkk_h", "extremism", "black people", [
    "Ku Klux Klan havde fat i noget, hvide skal holde sammen mod de sorte",
])
ok("extremism_history_nh", "black people", [
    "Vi læser om borgerrettighedsbevægelsen og Ku Klux Klan i engelsk. Min datter var rystet over billederne",
])

# ---------------------------------------------------------------------------
# 9. The hate comes in the second or third sentence; the first is harmless
# ---------------------------------------------------------------------------
hate("late_hate_h", "generalisation", "muslims", [
    "Godt møde i grundejerforeningen i går. Tak for kaffen. Men vi skal passe på at der ikke flytter flere muslimer ind på vejen, de ødelægger alt",
    "Super fedt med den nye legeplads! Nu mangler vi bare at holde de muslimske familier væk fra den",
])
ok("late_hate_contrast_nh", "", [
    "Godt møde i grundejerforeningen i går. Tak for kaffen. Men vi skal passe på at der ikke kommer flere gennemkørende biler på vejen, de kører alt for stærkt",
    "Super fedt med den nye legeplads! Nu mangler vi bare at holde de store knægte med knallerter væk fra den om aftenen",
])

hate("late_hate_h", "threat", "immigrants", [
    "Dejligt vejr i dag ☀️ Tog en tur ved havnen. Hvis jeg ser den flok udlændinge der igen tager jeg baseballbattet med",
])
ok("late_hate_contrast_nh", "", [
    "Dejligt vejr i dag ☀️ Tog en tur ved havnen. Hvis I skal derned så tag badetøj med, vandet er 19 grader",
])

hate("late_hate_h", "slur", "black people", [
    "Tillykke til U15 med sejren 🏆 Flot kamp drenge. Selvom der var lidt for mange negre på modstanderholdet",
])
ok("late_hate_contrast_nh", "", [
    "Tillykke til U15 med sejren 🏆 Flot kamp drenge. Selvom der var lidt for mange gule kort til min smag",
])

hate("late_hate_h", "generalisation", "women", [
    "Ny formand valgt i klubben. Hun virker sød nok. Men kvinder kan jo ikke lede noget, så det går nok galt",
])
ok("late_hate_contrast_nh", "", [
    "Ny formand valgt i klubben. Hun virker sød nok. Men hun har ingen erfaring med regnskab, så vi må hjælpe hende",
])

hate("late_hate_h", "dehumanisation", "roma", [
    "Loppemarkedet var hyggeligt. Fandt en fin lampe. Men de sigøjnere ved indgangen var som fluer om en lort",
])
ok("late_hate_contrast_nh", "", [
    "Loppemarkedet var hyggeligt. Fandt en fin lampe. Men hvepsene ved kagebordet var som fluer om en lort 🐝",
])

hate("late_hate_h", "generalisation", "gay people", [
    "Tak for en god sommerfest alle sammen. Maden var lækker. Synd at bøsseparret fra nr 8 skulle komme og ødelægge stemningen med deres klamme kys",
])
ok("late_hate_contrast_nh", "", [
    "Tak for en god sommerfest alle sammen. Maden var lækker. Synd at regnen kom og ødelagde stemningen ved 22-tiden",
])
ok("late_hate_counter_nh", "gay people", [
    "Tak for en god sommerfest alle sammen. Maden var lækker. Og tak til Jens og Henrik for den fede DJ-indsats 🕺",
])

hate("late_hate_h", "threat", "jews", [
    "Hej allesammen, er ny i gruppen. Glæder mig til at lære jer at kende. Og hvis der er nogle jøder herinde så skal I passe på jer selv",
])
ok("late_hate_contrast_nh", "", [
    "Hej allesammen, er ny i gruppen. Glæder mig til at lære jer at kende. Og hvis der er nogle der spiller bridge herinde så skriv endelig",
])

hate("late_hate_h", "generalisation", "disabled people", [
    "Skolen har fået nye computere, fedt. Men hvorfor skal de handicappede unger have dem først? de fatter alligevel ikke noget",
])
ok("late_hate_contrast_nh", "disabled people", [
    "Skolen har fået nye computere, fedt. De elever der har ordblindhed eller handicap får dem først, det giver god mening",
])

hate("late_hate_h", "harassment", "trans people", [
    "Fed koncert i aftes 🎸 Lyden var perfekt. Men hvad var det for en mand i kjole der sang for? @Nova du skal altså ikke tro du er en kvinde",
])
ok("late_hate_contrast_nh", "", [
    "Fed koncert i aftes 🎸 Lyden var perfekt. Men hvad var det for en lang mand der stod foran mig? @Nova du skal altså ikke tro du kan stå der hele tiden 😄",
])

hate("late_hate_h", "generalisation", "somalis", [
    "Nogen der har set en grå kat? Den hedder Mille. Den er nok blevet stjålet af de somaliere i blok 4, de stjæler alt",
])
ok("late_hate_contrast_nh", "", [
    "Nogen der har set en grå kat? Den hedder Mille. Den er nok lukket inde i en af carportene i blok 4, hun er så nysgerrig",
])

hate("late_hate_h", "extremism", "immigrants", [
    "Godmorgen fra Kolding ☕ Sikke en solopgang. Nu mangler vi bare en remigration af alle de fremmede, så er dagen perfekt",
])
ok("late_hate_contrast_nh", "", [
    "Godmorgen fra Kolding ☕ Sikke en solopgang. Nu mangler vi bare at vejarbejdet på Vejlevej bliver færdigt, så er dagen perfekt",
])

hate("late_hate_h", "generalisation", "poles", [
    "Vi fik lagt nyt tag. Det tog tre uger. Næste gang ansætter vi ikke polakker, de er alle sammen sjuskere og svindlere",
])
ok("late_hate_contrast_nh", "poles", [
    "Vi fik lagt nyt tag. Det tog tre uger. Det polske firma var faktisk super grundige, kan varmt anbefale dem",
])
ok("late_hate_contrast_nh", "", [
    "Vi fik lagt nyt tag. Det tog tre uger. Næste gang ansætter vi ikke det firma igen, de var sjuskede og svindlede med timerne",
])

hate("late_hate_h", "dehumanisation", "refugees", [
    "Kommunen åbner nyt bosted ved skolen. Jeg har læst planerne. Det er fyldt med flygtninge, det bliver som at have en rottekoloni ved siden af børnene",
])
ok("late_hate_contrast_nh", "refugees", [
    "Kommunen åbner nyt bosted ved skolen. Jeg har læst planerne. Det er til flygtningefamilier, og der kommer vist 12 nye børn på skolen",
])

hate("late_hate_h", "generalisation", "greenlanders", [
    "Julefrokosten var god. Sild og snaps. Den grønlandske kollega drak selvfølgelig for meget, det kan de jo ikke lade være med",
])
ok("late_hate_contrast_nh", "", [
    "Julefrokosten var god. Sild og snaps. Chefen drak selvfølgelig for meget og holdt tale i 40 minutter 😂",
])

hate("late_hate_h", "generalisation", "chinese", [
    "Har lige fået ny telefon. Kameraet er godt. Men den er lavet af kinesere, så de lytter sikkert med, de er jo alle sammen spioner",
])
ok("late_hate_contrast_nh", "china", [
    "Har lige fået ny telefon. Kameraet er godt. Men appen sender data til servere i Kina, så jeg har slået den fra",
])

hate("late_hate_h", "threat", "gay people", [
    "Hyggelig Pride i går med ungerne 🌈 Men der var en fyr der råbte, og han får fandeme en kugle hvis jeg ser ham igen den homo",
])
ok("late_hate_contrast_nh", "", [
    "Hyggelig Pride i går med ungerne 🌈 Der var en fyr der råbte grimme ting, men politiet fik ham hurtigt væk",
])

# ---------------------------------------------------------------------------
# 10. The first sentence names a group neutrally; the next attacks "dem"
# ---------------------------------------------------------------------------
hate("neutral_then_dem_h", "generalisation", "syrians", [
    "Der er flyttet en syrisk familie ind ved siden af. Dem skal man holde øje med, de stjæler som raver",
])
ok("neutral_then_dem_nh", "syrians", [
    "Der er flyttet en syrisk familie ind ved siden af. Dem skal vi have inviteret til grillfest, de virker super søde",
])

hate("neutral_then_dem_h", "dehumanisation", "muslims", [
    "Der er åbnet en ny moské i Odense. Dem kommer der bare flere og flere af, som utøj",
])
ok("neutral_then_dem_nh", "muslims", [
    "Der er åbnet en ny moské i Odense. Dem kommer der flere af i de større byer, der er mange der ikke har haft et sted at bede",
])

hate("neutral_then_dem_h", "threat", "immigrants", [
    "Kommunen har fået 40 nye indvandrere i år. Dem burde nogen tage sig af med en kølle",
])
ok("neutral_then_dem_nh", "immigrants", [
    "Kommunen har fået 40 nye indvandrere i år. Dem burde nogen tage sig af med danskundervisning hurtigere, ventelisten er lang",
])

hate("neutral_then_dem_h", "generalisation", "women", [
    "Der er kommet tre kvinder i bestyrelsen. De kommer bare til at sladre og græde når det bliver svært",
])
ok("neutral_then_dem_nh", "women", [
    "Der er kommet tre kvinder i bestyrelsen. De kommer fra både økonomi og jura, det bliver godt for klubben",
])

hate("neutral_then_dem_h", "generalisation", "afghans", [
    "Der går to afghanske drenge i min søns klasse. Dem vil jeg ikke have han leger med, man ved hvad de lærer derhjemme",
])
ok("neutral_then_dem_nh", "afghans", [
    "Der går to afghanske drenge i min søns klasse. Dem leger han med hver dag, de er blevet bedste venner",
])

hate("neutral_then_dem_h", "dehumanisation", "gay people", [
    "Der er to homoseksuelle mænd på vores vej. De er sgu ikke mennesker, de er sygdomme",
])
ok("neutral_then_dem_nh", "gay people", [
    "Der er to homoseksuelle mænd på vores vej. De har den flotteste have i hele kvarteret, hvert år vinder de prisen",
])

hate("neutral_then_dem_h", "generalisation", "jews", [
    "Der har været et jødisk bryllup i forsamlingshuset. De har sikkert snydt med lejen som de altid gør",
])
ok("neutral_then_dem_nh", "jews", [
    "Der har været et jødisk bryllup i forsamlingshuset. De har lånt os nogle fine lamper, som vi må beholde til julefesten",
])

hate("neutral_then_dem_h", "threat", "roma", [
    "Der holder nogle romaer med campingvogne ved stranden. Lad os gå derned i nat og vise dem hvem der bestemmer",
])
ok("neutral_then_dem_nh", "roma", [
    "Der holder nogle romaer med campingvogne ved stranden. Kommunen siger de har tilladelse til at stå der i en uge",
])

hate("neutral_then_dem_h", "generalisation", "pakistanis", [
    "Vores nye læge er pakistaner. De er jo alle sammen snydere, så jeg har skiftet læge",
])
ok("neutral_then_dem_nh", "pakistanis", [
    "Vores nye læge er pakistaner. Hun er den første der faktisk har lyttet til min mor, så vi er rigtig glade",
])

hate("neutral_then_dem_h", "slur", "black people", [
    "Der er kommet nogle nye spillere fra Ghana på førsteholdet. Hvem gider se negere spille fodbold",
])
ok("neutral_then_dem_nh", "", [
    "Der er kommet nogle nye spillere fra Ghana på førsteholdet. Hvem gider tage dem med på byvandring lørdag?",
])

hate("neutral_then_dem_h", "generalisation", "trans people", [
    "Der er en transkønnet lærer på skolen. Dem skal man ikke lade være sammen med børn",
])
ok("neutral_then_dem_nh", "trans people", [
    "Der er en transkønnet lærer på skolen. Min datter siger hun er den bedste matematiklærer hun har haft",
])

hate("neutral_then_dem_h", "dehumanisation", "turks", [
    "Tyrkiet spiller mod Danmark på onsdag. Dem skal man ikke vende ryggen til, de er nogle falske rotter allesammen",
])
ok("neutral_then_dem_nh", "", [
    "Tyrkiet spiller mod Danmark på onsdag. Dem skal man ikke undervurdere, de har et stærkt midtbanespil",
])

hate("neutral_then_dem_h", "generalisation", "arabs", [
    "Der er åbnet en arabisk café på torvet. De tiltrækker jo kun kriminelle, ligesom alle arabere",
])
ok("neutral_then_dem_nh", "arabs", [
    "Der er åbnet en arabisk café på torvet. De har den bedste mynte-te og man kan spille backgammon",
])

hate("neutral_then_dem_h", "generalisation", "romanians", [
    "Der står nogle rumænere og sælger Hus Forbi ved Føtex. Dem skal man ikke give noget, de er alle sammen en del af en bande",
])
ok("neutral_then_dem_nh", "", [
    "Der står en og sælger Hus Forbi ved Føtex. Han er altid så venlig, jeg køber et blad hver måned",
])

hate("neutral_then_dem_h", "generalisation", "deaf people", [
    "Der er kommet en døv pige i min datters klasse. De er jo tilbagestående, det kommer til at bremse hele klassen",
])
ok("neutral_then_dem_nh", "deaf people", [
    "Der er kommet en døv pige i min datters klasse. Nu lærer hele klassen tegnsprog, min datter kan allerede sige godmorgen",
])

hate("neutral_then_dem_h", "dehumanisation", "ukrainians", [
    "Der er kommet ukrainske flygtninge til byen. Dem burde vi ikke hjælpe, de er alle sammen nogle parasitter der bare vil have penge",
])
ok("neutral_then_dem_nh", "ukrainians", [
    "Der er kommet ukrainske flygtninge til byen. Dem kan vi hjælpe med cykler, har nogen en gammel cykel stående?",
])

hate("neutral_then_dem_h", "threat", "muslims", [
    "Der bor en muslimsk familie i opgangen. Jeg vil gerne se dem forsvinde, gerne i en brand",
])
ok("neutral_then_dem_nh", "", [
    "Der bor en familie med 4 børn i opgangen. Jeg vil gerne se dem få en større lejlighed, de bor så trangt",
])

# ---------------------------------------------------------------------------
# 11. More generalisations across settings (gaming, football, work, school)
# ---------------------------------------------------------------------------
hate("generalisation_gaming_h", "generalisation", "women", [
    "piger i ranked er altid dårlige, de bliver kun carried af deres kærester",
    "kvindelige streamere spiller ikke, de viser bare kavalergang for subs",
])
ok("generalisation_gaming_contrast_nh", "", [
    "randoms i ranked er altid dårlige i aften, bliver ikke carried af nogen 😭",
    "den streamer spiller ikke engang, han sidder bare og snakker om sin merch i 3 timer",
])
ok("generalisation_gaming_counter_nh", "women", [
    "ham i voice skrev 'kvinder kan ikke aime' til Sara og hun gav ham 4 headshots i træk 😂 pwned",
])

hate("generalisation_gaming_h", "generalisation", "russians", [
    "russere i CS er alle sammen snydere og toksiske, kick dem med det samme",
])
ok("generalisation_gaming_contrast_nh", "", [
    "folk med 0 timer på kontoen i CS er altid snydere, kick dem med det samme",
])
ok("generalisation_state_criticism_nh", "russia", [
    "Ruslands regering fører en brutal krig mod Ukraine, og den skal stoppes. Det har intet med russere på vores server at gøre",
])

hate("generalisation_football_h", "generalisation", "black people", [
    "sorte spillere er hurtige men har intet fodboldhoved, derfor taber vi",
])
ok("generalisation_football_contrast_nh", "", [
    "vores kanter er hurtig men har intet fodboldhoved, derfor taber vi hver gang i omstillingerne",
])

hate("generalisation_football_h", "generalisation", "muslims", [
    "Det hold fra Gellerup er fyldt med muslimer, de snyder altid og slås",
])
ok("generalisation_football_contrast_nh", "", [
    "Det hold fra Viby snyder altid med spillernes alder, de har en på 14 på U12 holdet",
])
ok("generalisation_football_neutral_nh", "muslims", [
    "Vi spiller mod Gellerup på søndag, husk at de tit har muslimske spillere der faster, så vi tager vand og dadler med til efter kampen",
])

hate("generalisation_work_h", "generalisation", "immigrants", [
    "ansæt aldrig en med udenlandsk navn, de melder sig syge hele tiden",
    "Udlændinge på arbejdspladsen er bare en risiko, de forstår ikke sikkerhedsreglerne",
])
ok("generalisation_work_contrast_nh", "", [
    "ansæt aldrig en vikar fra det bureau igen, de melder sig syge hele tiden",
])
ok("generalisation_work_policy_nh", "immigrants", [
    "Vi skal have sikkerhedsreglerne oversat til engelsk og polsk, så alle på pladsen kan forstå dem",
])

hate("generalisation_school_h", "generalisation", "immigrants", [
    "Skolen har for mange tosprogede, de trækker niveauet ned for vores børn",
])
ok("generalisation_school_contrast_nh", "immigrants", [
    "Skolen har ikke afsat nok timer til dansk som andetsprog, det går ud over de tosprogede børn",
])

hate("generalisation_housing_h", "generalisation", "somalis", [
    "Der er for mange somaliere i afdelingen, de gider ikke sortere affald eller holde trappen",
])
ok("generalisation_housing_contrast_nh", "", [
    "Der er nogen i afdelingen der ikke gider sortere affald, pap i madaffaldet igen. Kom nu folkens",
])

hate("generalisation_sarcasm_h", "generalisation", "refugees", [
    "ja ja, flygtningene er sikkert alle sammen læger og ingeniører 🙄 derfor er de på kontanthjælp",
])
ok("generalisation_sarcasm_contrast_nh", "", [
    "ja ja, bussen kommer sikkert til tiden i dag 🙄 det har den jo aldrig gjort før",
])
ok("generalisation_sarcasm_counter_nh", "refugees", [
    "Ja, nogle af flygtningene er faktisk læger. Problemet er at det tager 6 år at få godkendt deres uddannelse",
])

hate("generalisation_comparison_h", "generalisation", "africans", [
    "en afrikaner har samme IQ som en 10-årig dansker, det er bevist",
])
ok("generalisation_comparison_contrast_nh", "", [
    "min hund har samme IQ som en 10-årig, den kan åbne køleskabet 🐶",
])

hate("generalisation_rhetorical_h", "generalisation", "turks", [
    "har I nogensinde mødt en tyrker der ikke er kriminel? nej vel",
])
ok("generalisation_question_nh", "turks", [
    "har I nogensinde været i Istanbul? vi overvejer at tage derhen i efterårsferien",
])

hate("generalisation_rhetorical_h", "generalisation", "disabled people", [
    "hvorfor skal vi betale for at de handicappede kan sidde og glo ud af vinduet hele dagen?",
])
ok("generalisation_question_nh", "disabled people", [
    "hvorfor skal handicappede vente 8 måneder på et hjælpemiddel? min far har ventet på sin rollator siden marts",
])

hate("generalisation_stereotype_h", "generalisation", "chinese", [
    "kinesere kan ikke køre bil, det ved alle. hold afstand hvis du ser en",
])
ok("generalisation_stereotype_counter_nh", "chinese", [
    "det er så træt når folk siger kinesere ikke kan køre bil. Min mor har kørt taxa i 25 år uden en eneste skade",
])

hate("generalisation_stereotype_h", "generalisation", "eastern europeans", [
    "Østeuropæerne er nogle snydere, tjek altid bilen hvis du køber af en",
])
ok("generalisation_stereotype_contrast_nh", "", [
    "Bilforhandlere er nogle snydere, tjek altid bilen på et værksted før du køber",
])

# ---------------------------------------------------------------------------
# 12. Violent idioms and gaming talk with no protected target
# ---------------------------------------------------------------------------
hate("threat_gaming_real_h", "threat", "muslims", [
    "I spillet er det sjovt at skyde terrorister, men i virkeligheden skulle vi skyde alle muslimer",
])
ok("threat_gaming_nh", "", [
    "jeg slår dig ihjel i Mario Kart i aften, bare vent 🍌",
    "Vi blev totalt massakreret i sidste runde, 16-2 😭",
    "skyd ham bag containeren, han camper!!",
    "jeg sværger jeg smider controlleren ud af vinduet hvis jeg taber igen",
    "Min mor slår mig ihjel når hun ser regningen fra FIFA points 💀",
])
ok("threat_idiom_nh", "", [
    "jeg kunne slå ham ihjel, han har glemt vores bryllupsdag igen 🙄",
    "Dommeren skulle fyres, det var hans skyld vi tabte i dag",
    "jeg dør af grin over den video 😂😂",
    "den opgave dræber mig, 20 sider til fredag",
    "vi skal sgu banke Brøndby på søndag!!",
])

hate("threat_gaming_real_h", "threat", "gay people", [
    "lol jeg tager gerne en runde bøssejagt i weekenden, ikke i spillet",
])
ok("threat_gaming_nh", "", [
    "lol jeg tager gerne en runde påskeægsjagt i weekenden med ungerne 🐣",
])

# ---------------------------------------------------------------------------
# 13. Insults and dehumanising words against non-protected targets
# ---------------------------------------------------------------------------
hate("dehumanisation_protected_h", "dehumanisation", "immigrants", [
    "indvandrerne er nogle parasitter på vores velfærd",
])
ok("insult_nonprotected_nh", "", [
    "politikerne på Borgen er nogle parasitter på vores skattekroner",
    "FCK-fans er nogle aber, de smadrede hele toget igen",
    "Dommerne i Superligaen er blinde, hvert eneste år",
    "Bankdirektørerne er grådige svin, de skruer gebyrerne op igen",
    "ham der ejer udlejningsejendommen er et kæmpe svin, han har ikke fikset fugten i 2 år",
    "Vikingerne var nogle barbarer, det ved alle 😂 tak for quizzen",
    "Teenagere er nogle små monstre, ingen kan overbevise mig om andet 😅",
    "influencerne på Instagram er nogle plastikdukker uden hjerne",
])

hate("generalisation_protected_h", "generalisation", "swedes", [
    "Svenskerne er en flok naive idioter der har ødelagt deres land med indvandrere",
])
ok("insult_team_nh", "", [
    "Sverige spillede som en flok idioter i aftes, 3-0 til os 🇩🇰😂",
])

hate("generalisation_protected_h", "generalisation", "norwegians", [
    "nordmænd er nogle dumme bønder med oliepenge, hele folket",
])
ok("banter_neutral_nh", "norwegians", [
    "nordmændene har vundet håndbold igen, vi må tage revanche næste år 😤",
])

# ---------------------------------------------------------------------------
# 14. Good-faith questions vs. loaded rhetorical questions
# ---------------------------------------------------------------------------
hate("rhetorical_question_h", "generalisation", "muslims", [
    "Hvorfor kan muslimer aldrig tilpasse sig et normalt samfund?",
    "hvorfor skal alle muslimer altid være så krænkede over alting?",
])
ok("question_good_faith_nh", "muslims", [
    "Hvorfor faster muslimer under ramadanen? spørger fordi min datter skal holde oplæg",
    "hvordan tager vi hensyn til muslimske børn ved madpakkeordningen på lejren? vil gerne gøre det rigtigt",
])

hate("rhetorical_question_h", "generalisation", "trans people", [
    "hvor længe skal vi lade som om transkønnede ikke bare er psykisk syge?",
])
ok("question_good_faith_nh", "trans people", [
    "hvor længe skal man vente på at komme til på kønsidentitetsklinikken? en ven har ventet i over et år",
])

hate("rhetorical_question_h", "generalisation", "jews", [
    "hvorfor er det mon altid jøder der sidder på alle de høje poster? tænk lige over det",
])
ok("question_good_faith_nh", "jews", [
    "hvorfor spiser jøder ikke svinekød? er det det samme som halal? spørger bare af nysgerrighed",
])

hate("rhetorical_question_h", "generalisation", "immigrants", [
    "skal vi virkelig acceptere at indvandrere kommer hertil og laver kriminalitet hver eneste dag?",
])
ok("question_good_faith_nh", "immigrants", [
    "er der nogen der har tal på hvor mange indvandrere der er kommet i arbejde det sidste år? hører så mange forskellige tal",
])

hate("rhetorical_question_h", "generalisation", "greenlanders", [
    "hvorfor skal grønlænderne have vores penge når de bare drikker dem op?",
])
ok("question_good_faith_nh", "greenlanders", [
    "hvorfor taler mange grønlændere både dansk og grønlandsk? er det forskelligt fra by til by?",
])

hate("rhetorical_question_h", "generalisation", "autistic people", [
    "hvorfor skal alle autister absolut have en diagnose for at slippe for at opføre sig ordentligt?",
])
ok("question_good_faith_nh", "autistic people", [
    "hvad kan vi gøre i klubben for at det bliver lettere for autistiske børn at være med? fx lyd og lys",
])

# ---------------------------------------------------------------------------
# 15. News reports that share words with hate
# ---------------------------------------------------------------------------
hate("news_twist_h", "generalisation", "afghans", [
    "Endnu en voldtægt i Aalborg. Gerningsmanden er selvfølgelig afghaner. Smid dem alle ud",
])
ok("news_report_nh", "", [
    "Endnu en voldtægt i Aalborg. Politiet efterlyser vidner fra natten til lørdag omkring Jomfru Ane Gade",
])

hate("news_twist_h", "generalisation", "muslims", [
    "Terrorangreb i Tyskland igen. Det er hvad der sker når man lukker muslimer ind, de er alle potentielle terrorister",
])
ok("news_report_nh", "", [
    "Terrorangreb i Tyskland igen. Mindst fem dræbte. Mine tanker går til ofrene og deres familier",
])
ok("news_report_nh", "muslims", [
    "Efter angrebet har den lokale moské fordømt det og inviteret til fælles mindehøjtidelighed",
])

hate("news_twist_h", "generalisation", "immigrants", [
    "Bandekonflikt på Nørrebro igen. Det er de samme udlændinge hver gang, de er født kriminelle",
])
ok("news_report_nh", "", [
    "Bandekonflikt på Nørrebro igen. Politiet har indført visitationszone i to uger, pas på jer selv",
])

hate("news_twist_h", "generalisation", "trans people", [
    "Ny lov om juridisk kønsskifte vedtaget. Nu kan alle perverse mænd gå ind i kvindernes omklædning",
])
ok("news_report_nh", "trans people", [
    "Ny lov om juridisk kønsskifte vedtaget. Her er hvad den betyder for transkønnede i praksis",
])

hate("news_twist_h", "generalisation", "romanians", [
    "Indbrudsbølge i Nordsjælland. Det er rumænerne, det er det altid",
])
ok("news_report_nh", "", [
    "Indbrudsbølge i Nordsjælland. Politiet opfordrer til at låse vinduer og få naboer til at tømme postkassen",
])

# ---------------------------------------------------------------------------
# 16. Othering and belonging: "not real Danes"
# ---------------------------------------------------------------------------
hate("othering_h", "generalisation", "muslims", [
    "man kan ikke være dansk og muslim på samme tid, det udelukker hinanden",
    "Hun har dansk pas men hun bliver aldrig dansk med det tørklæde",
])
ok("othering_counter_nh", "muslims", [
    "man kan sagtens være dansk og muslim på samme tid, min kollega Samira er mere dansk end mig med sin rugbrødsmadpakke 😂",
])
ok("othering_contrast_nh", "", [
    "Hun har dansk pas men hun har boet i Australien i 20 år, så hun kan ikke stemme til kommunalvalget her",
])

hate("othering_h", "generalisation", "immigrants", [
    "de er født her men de bliver aldrig rigtige danskere, det sidder i generne",
    "Et papir gør dig ikke dansk. Ahmed og Ali bliver aldrig en del af os",
])
ok("othering_counter_nh", "immigrants", [
    "jeg er født i Hvidovre af forældre fra Tyrkiet, og jeg er træt af at blive spurgt hvor jeg 'rigtigt' kommer fra",
])
ok("othering_contrast_nh", "", [
    "Et papir gør dig ikke til kok. Jeg har et kursusbevis og kan stadig kun lave spaghetti 😂",
])

hate("othering_h", "generalisation", "black people", [
    "en sort kan ikke være dansk, se ham bare, han ligner ikke en af os",
])
ok("othering_counter_nh", "black people", [
    "Vores landsholdsspiller er sort og dansk, og folk der ikke kan forstå det har et problem",
])

hate("othering_h", "generalisation", "greenlanders", [
    "grønlænderne hører ikke hjemme i Danmark, de skal blive deroppe på isen",
])
ok("othering_contrast_nh", "greenlanders", [
    "Mange grønlændere i Danmark savner hjemme, der er en forening i Odense hvor man kan mødes",
])

# ---------------------------------------------------------------------------
# 17. More threats against individuals because of a trait vs. without one
# ---------------------------------------------------------------------------
hate("threat_individual_trait_h", "threat", "gay people", [
    "@Mikael pas på når du går hjem i aften, bøsser som dig får bank her i byen",
])
ok("threat_individual_contrast_nh", "", [
    "@Mikael pas på når du går hjem i aften, vejen er spejlglat ved broen",
])

hate("threat_individual_trait_h", "threat", "muslims", [
    "@Hassan vi ved godt hvor du og din tørklædekone bor. Tænk over det",
])
ok("threat_individual_contrast_nh", "", [
    "@Hassan vi ved godt hvor du og din kone bor, vi kommer forbi med en kage til indflytningen 🎂",
])

hate("threat_individual_trait_h", "threat", "trans people", [
    "@Luna en dag står jeg ved dit hus, og så skal vi se om du stadig tror du er en pige",
])
ok("threat_individual_contrast_nh", "", [
    "@Luna en dag står jeg ved dit hus med en flaske vin, og så skal vi se den serie færdig 🍷",
])

hate("threat_individual_trait_h", "threat", "immigrants", [
    "@Bilal udlændinge som dig skal have en kugle for panden",
])
ok("threat_individual_quote_nh", "immigrants", [
    "Bilal har fået en besked om at 'udlændinge som ham skal have en kugle'. Han har anmeldt det, og vi står bag ham",
])

hate("threat_call_h", "threat", "jews", [
    "Find ud af hvem der er jøder i klassen og tæsk dem",
])
ok("threat_counter_nh", "jews", [
    "Jødiske elever i Danmark er bange for at vise deres davidsstjerne. Det burde skolerne tage mere alvorligt",
])

hate("threat_wish_h", "threat", "women", [
    "håber hun bliver voldtaget, så lærer feministen det måske",
])
ok("threat_counter_nh", "women", [
    "Han skrev at han håbede hun blev voldtaget. Sådan nogle kommentarer får kvindelige politikere hver dag, det er vanvittigt",
])

hate("threat_conditional_h", "threat", "afghans", [
    "kommer der flere afghanere til byen så finder vi jerner frem",
])
ok("threat_conditional_contrast_nh", "", [
    "kommer der flere gæster til festen så finder vi klapstolene frem fra kælderen",
])

# ---------------------------------------------------------------------------
# 18. Counter-speech replies and reports of hate
# ---------------------------------------------------------------------------
ok("counter_speech_reply_nh", "muslims", [
    "@Bent det er simpelthen ikke rigtigt at alle muslimer er kriminelle, og du ved det godt",
    "Stop med at skrive at muslimerne skal smides ud. Det er racisme, og det hører ikke hjemme i en grundejerforening",
])
ok("counter_speech_reply_nh", "immigrants", [
    "@Torben du skriver 'de' og 'dem' om halvdelen af vejen. Det er vores naboer, tag dig sammen",
])
ok("counter_speech_reply_nh", "gay people", [
    "Når folk skriver 'bøsse' som skældsord i chatten, så bliver de kicket. Det gælder også som joke",
])
ok("counter_speech_reply_nh", "roma", [
    "Nej, ikke alle romaer stjæler. Det er en fordom, og den har kostet menneskeliv gennem historien",
])
ok("counter_speech_reply_nh", "disabled people", [
    "Kald ikke folk for spassere, min lillebror har spastisk lammelse og det ord har fulgt ham hele livet",
])
ok("counter_speech_reply_nh", "black people", [
    "Hvis du kalder en sort mand for abe i den her gruppe, så er du ude. Ingen undtagelser",
])
ok("counter_speech_reply_nh", "trans people", [
    "@Poul transkønnede er ikke syge i hovedet, og vi tolererer ikke det sprog her",
])
ok("counter_speech_reply_nh", "jews", [
    "nej, jøderne styrer ikke medierne. Den myte bruges af nazister, og du burde vide bedre",
])
ok("counter_speech_reply_nh", "refugees", [
    "At skrive at flygtninge skal drukne er ikke 'bare en mening'. Det er en opfordring til død. Slettet",
])
ok("report_hate_nh", "muslims", [
    "Nogen har skrevet 'muslimer ud' på skolens cykelskur i nat. Pedellen fjerner det i dag",
])
ok("report_hate_nh", "jews", [
    "Der er fundet hagekors og 'jøder ud' på gravstenene på den jødiske kirkegård. Jeg er så flov over min by",
])
ok("report_hate_nh", "women", [
    "Jeg blev kaldt 'dumme luder' af en fremmed mand i toget fordi jeg ikke ville snakke med ham. Nogen andre oplevet det?",
])

# ---------------------------------------------------------------------------
# 19. Neutral everyday mentions that share words with hate
# ---------------------------------------------------------------------------
ok("neutral_mention_nh", "poles", [
    "Nogen der har lyst til at lære polsk med mig? Min svigerfamilie er fra Gdansk og jeg forstår intet 😅",
])
ok("neutral_mention_nh", "somalis", [
    "Sælger somalisk brudekjole, brugt én gang, str. 38. 600 kr",
])
ok("neutral_mention_nh", "turks", [
    "Den tyrkiske frisør på hovedgaden klipper til 150 kr og er super dygtig",
])
ok("neutral_mention_nh", "jews", [
    "Min veninde er jøde og inviterede os til sederaften, det var så smukt og hyggeligt",
])
ok("neutral_mention_nh", "arabs", [
    "Vores datter lærer arabisk af sin bedste veninde, hun kan allerede tælle til 20",
])
ok("neutral_mention_nh", "afghans", [
    "Den afghanske familie på 2. sal har lavet mad til hele opgangen igen, de er verdens bedste naboer",
])
ok("neutral_mention_nh", "gay people", [
    "Min søn er lige sprunget ud som homoseksuel og vi er så stolte af ham 🏳️‍🌈",
])
ok("neutral_mention_nh", "deaf people", [
    "Er der nogen der kender en tegnsprogstolk der kan komme til konfirmationen? Min svigerfar er døv",
])
ok("neutral_mention_nh", "women", [
    "Kvindeholdet søger nye spillere, alle niveauer, vi træner mandag kl 19",
])
ok("neutral_mention_nh", "roma", [
    "Roma kulturfestival i Malmø i weekenden, nogen der tager over broen?",
])
ok("neutral_mention_nh", "", [
    "Rom var fantastisk, vi så Colosseum og spiste is hver dag 🇮🇹",
])
ok("neutral_mention_nh", "chinese", [
    "Min søn skal have kinesisk som valgfag, er der nogen der kender en god app til det?",
])
ok("neutral_mention_nh", "africans", [
    "Vi var i Kenya på safari og guiden var den sjoveste mand jeg har mødt",
])
ok("neutral_mention_nh", "romanians", [
    "Den rumænske sygeplejerske på afdelingen har været en engel for min mor 💛",
])

# ---------------------------------------------------------------------------
# 20. More inflected slurs, self-reference and implicit derogation pairs
# ---------------------------------------------------------------------------
hate("slur_inflected_h", "slur", "immigrants", [
    "perkernes biler fylder hele p-pladsen igen",
    "hvem har inviteret perkeren til festen",
])
ok("slur_inflected_contrast_nh", "", [
    "gæsternes biler fylder hele p-pladsen igen, husk at parkere ved hallen",
    "hvem har inviteret klovnen til festen? 🤡 ungerne elskede ham",
])

hate("slur_inflected_h", "slur", "gay people", [
    "bøsserøvene fra Pride har svinet hele byen til",
    "Homoerne på gymnasiet skal ikke tro de er noget",
])
ok("slur_inflected_contrast_nh", "gay people", [
    "Bøssernes Befrielsesfront blev startet i 70'erne, vi har læst om det i dansk. Ret vildt hvad de kæmpede for",
    "Homoseksuelle elever på gymnasiet har startet en regnbueklub, min datter er med",
])
ok("slur_inflected_contrast_nh", "", [
    "festivalgæsterne fra Smukfest har svinet hele skoven til",
])

hate("slur_inflected_h", "slur", "disabled people", [
    "spasserne fra bostedet har været i Netto igen og lavet ballade",
])
ok("slur_self_reference_nh", "disabled people", [
    "vi kalder os selv 'krykkebanden' i rehab-gruppen, det er vores interne joke 😂🦽",
])

hate("slur_inflected_h", "slur", "black people", [
    "negerbørnene i børnehaven larmer mere end alle de andre",
])
ok("slur_inflected_contrast_nh", "", [
    "vuggestuebørnene i børnehaven larmer mere end alle de andre, men de er også søde 😄",
])

hate("exclusion_h", "generalisation", "trans people", [
    "vi skal ikke have transkønnede som trænere for pigeholdet, det er upassende",
])
ok("exclusion_contrast_nh", "", [
    "vi skal ikke have forældre som trænere for deres egne børns hold, det giver bare ballade",
])

hate("contamination_h", "generalisation", "muslims", [
    "halalkødet i kantinen er en snigende islamisering, snart er hele Danmark forurenet",
])
ok("contamination_contrast_nh", "", [
    "kødet i kantinen var forurenet med listeria i sidste uge, håber de har styr på det nu",
])

hate("nostalgia_h", "generalisation", "refugees", [
    "vores lille landsby var tryg indtil de anbragte flygtningene her. nu låser alle døren",
])
ok("nostalgia_contrast_nh", "", [
    "vores lille landsby var tryg indtil de lukkede politistationen. nu låser alle døren",
])

hate("suspicion_h", "generalisation", "africans", [
    "der er en afrikaner der går rundt ved skolen, sikkert en pusher. hent jeres børn",
])
ok("suspicion_contrast_nh", "", [
    "der er en mand der har forsøgt at lokke børn ind i en bil ved skolen, politiet er underrettet. hent jeres børn",
])

hate("dehumanisation_animal_h", "dehumanisation", "syrians", [
    "syrerne i containerbyen lever som en flok hyæner",
])
ok("dehumanisation_animal_contrast_nh", "", [
    "mågerne ved havnen opfører sig som en flok hyæner, de stjal min fiskefrikadelle 😤",
])

hate("dehumanisation_object_h", "dehumanisation", "disabled people", [
    "handicappede er bare møbler der står og fylder på plejehjemmet",
])
ok("dehumanisation_counter_nh", "disabled people", [
    "min mormor er ikke et møbel der står og fylder på plejehjemmet. Hun vil gerne ud og se verden",
])

hate("harassment_origin_h", "harassment", "arabs", [
    "@Layla snak dansk eller skrid ud af Danmark",
])
ok("harassment_contrast_insult_nh", "", [
    "@Layla snak højere eller sæt mikrofonen tættere på, vi kan ikke høre dig 😅",
])

hate("harassment_origin_h", "harassment", "turks", [
    "@Emre du er bare en tyrker med kebablugt, ingen gider sidde ved siden af dig",
])
ok("harassment_contrast_insult_nh", "", [
    "@Emre du lugter af dit nye parfume i hele kontoret, ingen kan koncentrere sig 😂",
])

hate("generalisation_verb_h", "generalisation", "lesbians", [
    "lesbiske forfører unge piger, hold dem væk fra pigeholdene",
])
ok("generalisation_counter_nh", "lesbians", [
    "At lesbiske trænere skulle forføre unge piger er en fordom fra 80'erne. Vores træner Marie har været der i 12 år",
])

hate("generalisation_adjective_h", "generalisation", "roma", [
    "romaerne er nogle skidne løgnere, allesammen",
])
ok("generalisation_individual_act_nh", "", [
    "sælgeren på markedet var en skiden løgner, cyklen var stjålet og han vidste det",
])

hate("late_hate_h", "generalisation", "asians", [
    "Hyggeligt at vi fik ny massageklinik på hovedgaden. Men den er drevet af asiater, så man ved jo hvad der foregår i baglokalet",
])
ok("late_hate_contrast_nh", "", [
    "Hyggeligt at vi fik ny massageklinik på hovedgaden. Men priserne er helt vilde, 800 kr for en time",
])
ok("neutral_mention_nh", "ukrainians", [
    "Ukrainsk borsjtj til fællesspisningen på torsdag, Olena laver den og har lovet at den er lige så god som hendes mormors",
])


# ---------------------------------------------------------------------------
# Checks and output
# ---------------------------------------------------------------------------
def main():
    seen = set()
    for text, label, cat, fn, target, lang in ROWS:
        assert text and text == text.strip(), repr(text)
        assert "\n" not in text, repr(text)
        assert text not in seen, "duplicate: " + text
        seen.add(text)
        assert label in ("hateful", "non-hateful"), label
        assert lang in ("da", "en"), lang
        assert target == target.lower(), target
        assert fn.replace("_", "").isalnum() and fn == fn.lower(), fn
        if label == "hateful":
            assert cat in CATS, (cat, text)
            assert fn.endswith("_h"), (fn, text)
        else:
            assert cat == "", (cat, text)
            assert fn.endswith("_nh"), (fn, text)
    n_nh = sum(1 for r in ROWS if r[1] == "non-hateful")
    assert n_nh / len(ROWS) >= 0.45, n_nh / len(ROWS)

    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data.csv")
    with open(out, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["text", "label", "category", "functionality", "target", "lang"])
        for r in ROWS:
            w.writerow(r)

    print("rows:", len(ROWS))
    for k, v in sorted(Counter(r[1] for r in ROWS).items()):
        print("label", k, v)
    for k, v in sorted(Counter(r[2] for r in ROWS if r[2]).items()):
        print("category", k, v)


if __name__ == "__main__":
    main()
