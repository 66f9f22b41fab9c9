#!/usr/bin/env python3
"""Writes data.csv for trda5: Danish chat messages, hateful and hard non-hateful.

Every message is held below in blocks; one message per line inside each block.
Run: python3 write.py  (from any directory). Standard library only.
"""
import csv
import os
import re
from collections import Counter

ROWS = []
CATEGORIES = {"slur", "dehumanisation", "generalisation", "threat", "extremism", "harassment"}


def _lines(block):
    out = []
    for line in block.split("\n"):
        line = line.strip()
        if line:
            out.append(line)
    return out


def hate(functionality, category, target, block, lang="da"):
    assert category in CATEGORIES, category
    assert functionality.endswith("_h"), functionality
    for text in _lines(block):
        ROWS.append((text, "hateful", category, functionality, target, lang))


# Non-hateful rows name the group they mention (if any). The blocks below mix
# groups, so the mentioned group is read off the text with this keyword list
# (first match wins; lower-cased substring match). Rows with no group word keep
# an empty target.
MENTION_KEYWORDS = [
    ("nonbinær", "non-binary people"), ("nonbinaer", "non-binary people"),
    ("rigtig kvinde", "trans people"), ("kvindeholdet", "trans people"),
    ("pronomen", "trans people"), ("pronominer", "trans people"),
    ("trans", "trans people"), ("nyt navn", "trans people"), ("nye navn", "trans people"),
    ("skiftet navn", "trans people"), ("mandestemme", "trans people"),
    ("lesb", "lesbians"), ("lebbe", "lesbians"), ("bi folk", "bisexual people"),
    ("bøsse", "gay people"), ("boesse", "gay people"), ("homo", "gay people"),
    ("gay", "gay people"), ("pride", "gay people"), ("regnbue", "gay people"),
    ("lgbt", "gay people"), ("hans mand", "gay people"),
    ("hendes kæreste", "lesbians"),
    ("jød", "jews"), ("synagog", "jews"), ("kalot", "jews"), ("hanukkah", "jews"),
    ("sabbat", "jews"), ("rabbin", "jews"), ("holocaust", "jews"), ("auschwitz", "jews"),
    ("theresienstadt", "jews"), ("anne frank", "jews"), ("wannsee", "jews"),
    ("schindler", "jews"), ("israel", "jews"), ("zionist", "jews"), ("(((", "jews"), ("kalergi", "immigrants"),
    ("muslim", "muslims"), ("moské", "muslims"), ("moske", "muslims"), ("islam", "muslims"),
    ("tørklæde", "muslims"), ("imam", "muslims"), ("ramadan", "muslims"), ("eid", "muslims"),
    ("iftar", "muslims"), ("fredagsbøn", "muslims"), ("halal", "muslims"),
    ("christchurch", "muslims"), ("srebrenica", "muslims"), ("bosnien", "muslims"),
    ("eurabia", "muslims"), ("faster du", "muslims"), ("saudi", "muslims"),
    ("roma", "roma"), ("sigøjner", "roma"), ("porajmos", "roma"), ("mici", "romanians"),
    ("grønland", "greenlanders"), ("grønlænd", "greenlanders"), ("spiralsag", "greenlanders"),
    ("kalaallit", "greenlanders"),
    ("somali", "somalis"), ("polsk", "poles"), ("polak", "poles"), ("pierogi", "poles"),
    ("syrisk", "syrians"), ("syrer", "syrians"), ("tyrk", "turks"), ("istanbul", "turks"),
    ("menemen", "turks"), ("afghan", "afghans"), ("pakistan", "pakistanis"),
    ("uigur", "chinese"), ("kines", "chinese"), ("kina", "chinese"), ("chengdu", "chinese"),
    ("vietnam", "asians"), ("tết", "asians"), ("linh", "asians"),
    ("irak", "arabs"), ("arab", "arabs"), ("nowruz", "iranians"),
    ("ghana", "black people"), (r"sort\b", "black people"), (r"sorte\b", "black people"), ("abe\\b", "black people"), ("abelyde", "black people"),
    ("buffalo", "black people"), ("afrika", "africans"), ("rwanda", "africans"),
    ("ukrain", "refugees"),
    ("døv", "deaf people"), ("doev", "deaf people"), ("tegnsprog", "deaf people"),
    ("tolkeudgift", "immigrants"), ("tolk", "deaf people"),
    ("autis", "autistic people"), ("adhd", "autistic people"),
    ("downs", "people with intellectual disabilities"), ("mongol", "people with intellectual disabilities"),
    ("kørestol", "disabled people"), ("handicap", "disabled people"), ("bosted", "disabled people"),
    ("aktion t4", "disabled people"), ("trappefri", "disabled people"), ("diagnose", "disabled people"),
    ("specialundervisning", "disabled people"), ("førtidspension", "disabled people"),
    ("flygtning", "refugees"), ("asyl", "refugees"), ("udrejsecent", "refugees"),
    ("indvandr", "immigrants"), ("udlænding", "immigrants"), ("integration", "immigrants"),
    ("familiesammen", "immigrants"), ("statsborger", "immigrants"), ("efterkommer", "immigrants"),
    ("remigration", "immigrants"), ("hjemsendelse", "immigrants"), ("indfødsret", "immigrants"),
    ("perker", "immigrants"), ("tag hjem til dit eget land", "immigrants"), ("\"tag hjem\"", "immigrants"), ("hjem med dig", "immigrants"),
    ("udskiftning", "immigrants"), ("danskerne", "immigrants"), ("ghetto", "immigrants"),
    ("social dumping", "eastern europeans"), ("udenlandsk", "immigrants"),
    ("rumæn", "romanians"),
    ("kvinde", "women"), ("kønskvot", "women"),
]


def _mentioned(text):
    low = text.lower()
    for word, group in MENTION_KEYWORDS:
        # a keyword must start at a word boundary (so "abe" does not match "taber")
        if re.search(r"(?<![\w])" + (word if word.endswith("\\b") else re.escape(word)), low):
            return group
    return ""


def ok(functionality, target, block, lang="da"):
    assert functionality.endswith("_nh"), functionality
    for text in _lines(block):
        ROWS.append((text, "non-hateful", "", functionality, target or _mentioned(text), lang))


# ---------------------------------------------------------------------------
# 1. Harassment of ONE person because of a protected trait
# ---------------------------------------------------------------------------

hate("harass_go_home_h", "harassment", "immigrants", """
@Ahmed tag hjem til dit eget land hvis du ikke kan lide hvordan vi gør tingene her
@Leila_88 hvis du synes danmark er så racistisk så er der ingen der holder dig tilbage, der går fly hver dag
@Hassan tag dog hjem til oerkenen du kom fra og lad os vaere
@omar.k ingen har bedt dig om at komme hertil, så pak kufferten
@Zainab du kan bare tage tilbage til dit eget land hvis vores regler er for svære for dig 🙄
@Dariusz wracaj do Polski, seriøst tag hjem og byg jeres egne veje
@Mehmet ik svar mig, skrid hjem til tyrkiet
@Ayaan du er ikke herfra og bliver det aldrig. tag hjem
det er ligegyldigt hvad du mener @Karim, du er gæst her og kan tage hjem når som helst
@Samira hvorfor er du overhovedet stadig her? der må da være plads i flyet til Damaskus
@Florin hjem til rumænien med dig og din familie, ingen savner jer
@Nuka tag op til dit isbjergland igen og drik dig fuld der
@Reza enkeltbillet til kabul, jeg betaler gerne 👋
@Bilal hvis du ikke kan tale ordentligt dansk så har du ikke noget at gøre her, hjem med dig
""")

hate("harass_origin_h", "harassment", "somalis", """
@Abdi nå har du endelig lært at skrive? ret godt for en fra somalia
@Hodan din familie har aldrig arbejdet en dag i deres liv har de, typisk somaliere
@Abdirahman smiler du også sådan når du får dine penge fra kommunen hver måned?
""")

hate("harass_origin_h", "harassment", "arabs", """
@Yusuf lad være at gøre dig klog, din slags kom jo hertil på en gummibåd
@Nadia sjovt at du snakker om ærlighed, du er jo araber, I lyver med vilje
@Mahmoud du lugter sikkert af kebab og hvidløg helt herfra lol
""")

hate("harass_origin_h", "harassment", "poles", """
@Pawel stjal du også den cykel du kører rundt på? du er jo polak
@Kasia hold dig til at gore rent, det er det I polakker er gode til
""")

hate("harass_origin_h", "harassment", "greenlanders", """
@Aviaja er du overhovedet ædru når du skriver det her? du er jo grønlænder 😂
@Malik gå ned og sid på bænken ved Nørreport sammen med de andre fra din landsdel
""")

hate("harass_origin_h", "harassment", "turks", """
@Emre skal du ikke ud og klippe nogen i en frisørsalon med dine fætre i stedet for at skrive her
@Elif er det din far der har valgt hvem du skal giftes med? hihi
""")

hate("harass_origin_h", "harassment", "pakistanis", """
@Imran du skriver som en der lige er kommet fra Lahore, lær sproget før du åbner munden
""")

hate("harass_origin_h", "harassment", "asians", """
@Linh kan du overhovedet se skærmen med de øjne 😂😂
@Wei spiser du hunde derhjemme eller er det kun katte
""")

hate("harass_origin_h", "harassment", "roma", """
@Marius pas på dine ting folkens, han her er sigøjner
""")

hate("harass_religion_h", "harassment", "muslims", """
@Fatima tag det klude af hovedet når du er i Danmark, du ligner en der er undertrykt
@Ali gik du glip af din bedetime? du har ellers travlt med at fortælle os hvordan vi skal leve
@Amina du er sikkert gift med din fætter ligesom resten af dem i din moske
@Hamza hvorfor er du så sur, har du glemt at sprænge noget i luften i dag?
@Sara_A så du har konverteret til islam? så er du ikke dansk mere, så er du forræder
@Ibrahim din profet var en pædofil og du følger ham, hvad siger det om dig
@Maryam ingen tager dig seriøst med det tørklæde på, du er bare en marionet for din mand
@Khaled nej du skal ikke have ramadan-fri, du skal tilpasse dig eller skride
""")

hate("harass_religion_h", "harassment", "jews", """
@David hvad koster det at få dig til at holde kæft, du er jo jøde så du har sikkert en pris 💰
@Rebecca selvfølgelig forsvarer du israel, det ligger i blodet hos jer
@Benjamin tæller du mønter i din kalot om aftenen
@Miriam lad være med at spille offer, I jøder har altid gjort det for at få jeres vilje
""")

hate("harass_religion_h", "harassment", "muslims", """
@Tariq er det dit skæg eller har du en bombe gemt derinde 😂
@Hiba vi vil ikke have dig i elevrådet, du vil bare indføre sharia på skolen
""")

hate("harass_skin_h", "harassment", "black people", """
@Kofi du er så sort at man kun kan se dig når du smiler lol
@Grace din hårpragt ligner en skuresvamp, kan du ikke gøre noget ved det
@Daniel_E hvorfor er du overhovedet med på holdet, er det bare så vi har en kvote-sort
@Tobi kan du ikke lige løbe hurtigt og hente bolden, det er jo det I er gode til
@Blessing gå tilbage til junglen, du har ikke noget at gøre i vores kor
@Jamal du blev kun ansat fordi de skulle have en farvet på billedet
@Nia hvorfor skal du altid være så højlydt, typisk for en sort kvinde
@Joseph lol husk at smile så vi kan finde dig når lyset går ud
@Mariama tror du virkelig nogen vil date en så mørk som dig
""")

hate("harass_disability_h", "harassment", "disabled people", """
@Mikkel du kan ikke engang stå op for dig selv haha, bogstaveligt talt 🦽
@Sanne din hjerne er lige så handicappet som dine ben
@Jonas_R hold nu kæft, du sidder i kørestol, ingen gider at høre på dig
@Lise de skulle have stoppet dig i fosterstadiet
@Frederik kan du ikke bare blive på dit bosted og lade normale mennesker være
""")

hate("harass_disability_h", "harassment", "autistic people", """
@Oliver lad være at skrive til mig, du er autist og fatter ikke ironi alligevel
@Emil du kan ikke engang kigge folk i øjnene din autistiske klovn, gå hjem og stil legoklodser på række
@Ida din diagnose er bare en undskyldning for at være irriterende, alle kan se det
@Viktor sig til når du har fået din medicin, så kan vi snakke som voksne
""")

hate("harass_disability_h", "harassment", "deaf people", """
@Anna hvorfor er du overhovedet i en voice chat når du er døv lol
@Kim holder du kæft med dine tegn, du ligner en der er ved at drukne 🤡
""")

hate("harass_disability_h", "harassment", "people with intellectual disabilities", """
@Søren ham her har IQ som en gulerod, han går på specialskole, tag ham ikke seriøst
""")

hate("harass_sexuality_h", "harassment", "gay people", """
@Jonas snakker du som en boesse med vilje eller kan du ikke lade vaere
@Lukas ingen vil sidde ved siden af dig i omklædningsrummet, du glor jo på os
@Anders_M selvfølgelig kan du godt lide den film, du er jo homo 🏳️‍🌈🤮
@Mathias lad vær med at sende hjerter til mig, jeg er ikke som dig
@Nicolai du burde ikke være træner for drengene når du er til mænd
@Sebastian hvor mange fyre har du været sammen med i denne uge din lille luder
""")

hate("harass_sexuality_h", "harassment", "lesbians", """
@Maja du er bare lesbisk fordi ingen fyr gider dig
@Sofie_K du har bare ikke mødt den rigtige mand endnu, jeg kan godt vise dig 😏
@Julie alle ved godt at du og din "veninde" ikke bare er veninder, ulækkert
""")

hate("harass_sexuality_h", "harassment", "bisexual people", """
@Cecilie bi betyder bare grådig, vælg nu side
@Simon bi? du er bare en bøsse der ikke tør sige det
""")

hate("harass_gender_identity_h", "harassment", "trans people", """
@Alex nej HAN er en mand, lige meget hvor meget makeup han tager på
@Emma_T du hed Kasper i 3. klasse og det gør du stadig for mig
@Luna du bliver aldrig en rigtig kvinde, uanset hvor mange piller du tager
@Noah hvad har du mellem benene? bare for at vide hvilket omklædningsrum du skal smides ud af
@Victoria skal vi ikke bare være ærlige, du er en fyr i kjole
@Mia_S du ser stadig ud som en mand, stop med at lade som om
@Sasha ingen kalder dig hun her i gruppen, du er en han og det ved du godt
@Jasper hun. Hun er en pige. Hun har bare klippet håret kort. færdig
@Freja din stemme afslører dig, du er stadig en fyr
@Lea det er ikke en kvinde, det er en forvirret dreng
""")

hate("harass_gender_identity_h", "harassment", "non-binary people", """
@Robin det der "hen" pis gider jeg ikke, du er en pige og slut
@Kai du er ikke nonbinar, du vil bare have opmarksomhed
@Ellis hvad så, hvad er du i dag, kat eller helikopter? 🚁
@Charlie jeg kalder dig det du er, en pige, lev med det
""")

hate("harass_gender_h", "harassment", "women", """
@Louise gå tilbage til køkkenet og lad mændene snakke taktik
@Katrine du er kvinde, du fatter ikke noget om fodbold, bare hold dig til at heppe
@Pernille sikke en hysterisk kælling, har du din menstruation eller hvad
@Nanna du fik kun jobbet fordi du er pige og chefen kan lide dig
@Trine kvinder som dig burde ikke have stemmeret
@Sarah_L hvorfor spiller du overhovedet CS, piger suger til det her, gå og spil sims
""")

hate("harass_targeted_dehumanise_h", "dehumanisation", "black people", """
@Amara sjovt at du kalder mig grim når du selv ligner en abe
@Prince gå tilbage i buret i zoo hvor du hører til 🐒
""")

hate("harass_targeted_slur_h", "slur", "people with intellectual disabilities", """
@Camilla er du mongol eller hvad, det var det letteste spørgsmål i verden
@Rasmus_P tal langsommere til ham, han er jo retarderet 😂
""")

hate("harass_targeted_slur_h", "slur", "immigrants", """
@Yassin hold kæft perker, ingen spurgte dig
@Adnan klassisk perker opførsel, du er en skam
""")

hate("harass_go_home_h", "harassment", "immigrants", """
@Nour tag hjem til dit eget land ik, her snakker vi dansk
@amir_23 du ka bare smutte tilbage hvor du kom fra hvis du ik kan lide det her
@Hussein hvis du ikke vil spise frikadeller til skolefesten så ved du hvor lufthavnen er
@Rania ingen tvinger dig til at bo i danmark, der er masser af plads i dit hjemland
@Vasile du er ikke dansker bare fordi du har et pas, skrid hjem
@Sherzad din plads er ikke her og det bliver den aldrig 👋✈️
""")

hate("harass_gender_identity_h", "harassment", "trans people", """
@Nova du kan kalde dig selv hvad du vil men din y-kromosom lyver ikke
@Ronja han er stadig en dreng for mig, jeg kommer ikke til at sige "hun"
""")

# --- twins for section 1 ---------------------------------------------------

ok("personal_insult_behaviour_nh", "", """
@Ahmed du er den dårligste målmand i hele serie 4, tre mål på ti minutter 🙈
@Jesper lar nu at parkere din bil, du holder pa to pladser igen
@Leila_88 du svarer aldrig på beskeder, det er ret irriterende når vi skal planlægge
@Mikkel du er simpelthen så langsom til at svare, har du en telefon fra 2009?
@Fatima din kage til basaren var tør som sand, sorry men det var den
@Kofi du snyder i ludo hver eneste gang, jeg gider ikke spille med dig mere 😤
@Jonas du er en kæmpe klovn, du glemte nøglerne til klubhuset IGEN
@Sanne hvorfor laver du altid så meget drama i forældregruppen, det er bare en kagedag
@Alex du skylder mig 150 kr for koncertbilletten, betal nu
@Pawel din hund har skidt foran min opgang tre dage i træk, saml det op
@Mehmet du er en idiot, hvordan kan man misse et straffespark så dårligt
@Hodan du er så doven til gruppearbejde, vi andre har lavet det hele
@Oliver stop med at spamme chatten med memes, det er en forældregruppe
@Maja du var virkelig uforskammet over for dommeren i dag, det var pinligt
@Karim du kører som en gal på cykelstien, en dag rammer du et barn
@Luna du glemte at slukke for ovnen i fælleskøkkenet, det hele lugtede brændt
@Robin din lejlighed larmer hver fredag til kl 3, skru ned for musikken for helvede
@Katrine din feedback på mødet var ret nedladende, det må du gerne tænke over
@Imran du er saa daarlig taber, det er bare et spil braetspil mand
@Nuka dit forslag til budgettet er helt urealistisk, det har vi ikke råd til
""")

ok("friendly_background_question_nh", "", """
@Amira hvor kommer din familie fra? maden du tog med til sommerfesten var vildt god
@Abdi snakker du somali derhjemme? min søn vil gerne lære at sige hej til din søn på hans sprog
@Linh er det vietnamesisk nytår i weekenden? min datter sagde at I fejrer Tết
@Aviaja hvad hedder det grønlandske ord for tak igen? jeg vil sige det ordentligt til din mor
@Dariusz kender du en god polsk butik i Aarhus? jeg savner pierogi fra mit ophold i Krakow
@Elif hvordan laver I menemen hjemme hos jer? min er altid for vandet
@Hamza faster du også i år? vi planlægger holdets julefrokost og vil gerne have at alle kan være med
@Grace hvilket land i Afrika er din far fra? jeg skal til Ghana i maj og har brug for tips
@Rebecca holder I sabbat, så vi ikke lægger kampen fredag aften?
@Anna er det dansk tegnsprog du bruger? jeg vil gerne lære lidt så vi kan snakke i pausen
@Kim hvordan vil du helst have at vi gør det til mødet, tolk eller skriftlig chat?
@Jonas_R er der trappefri adgang til jeres festlokale? vil gerne sikre mig at du kan komme ind
@Robin hvilke pronominer bruger du? vil bare gerne skrive det rigtigt i holdlisten
@Emre er du fra Istanbul eller et andet sted? min kæreste og jeg skal derned i efterårsferien
@Wei hvor i Kina er du fra? min kollega er fra Chengdu og taler altid om maden
@Reza hvad er det for en ret I laver til nowruz? det duftede fantastisk i opgangen
""")

ok("ingroup_banter_nh", "", """
vi perkere kommer altid 20 min for sent til alt, det er vores kultur haha ❤️
som bøsse må jeg sige at det outfit er en 12'er skat 💅
min autistiske hjerne har lige sorteret hele mit krydderiskab alfabetisk kl 2 om natten, ingen fortrydelse
lol vi grønlændere kan ikke tåle varme, 18 grader og jeg er ved at dø
hahah typisk os polakker, vi har altid en fætter der kan lave det billigere
som døv er det ret fedt at jeg ikke kan høre naboens bryllupsfest 😂
vi lebber og vores kattehår på alle bukser, det er en livsstil
som sort fyr i Vestjylland får jeg ALTID spørgsmålet om jeg spiller basket, svaret er nej jeg er elendig
jeg er trans og jeg har brugt 40 min på at vælge øreringe, det er min eneste kamp i dag
min mor er den mest typiske tyrkiske mor, hun tror man dør hvis man går barfodet på klinker
vi muslimer under ramadan kl 17:45: stirrer på uret som om det skylder os penge
som kørestolsbruger kan jeg bekræfte at ingen "handicapvenlige" caféer faktisk er det lol
jeg er jøde og min bedstemor har allerede spurgt tre gange om jeg har fået nok at spise
vi bi folk kan ikke sidde ordentligt på en stol, det er videnskab
som ADHD'er har jeg startet på fire projekter i dag og afsluttet nul
jeg er selv halvt somalisk og min faster har kaldt mig for tynd hver dag siden 2004
""")

ok("correct_pronouns_supportive_nh", "", """
@Alex hen var super god til træningen i går, fedt at have dig på holdet
Luna har skiftet navn, så husk at skrive Luna på holdkortet fremover 🙂
@Emma_T tillykke med det nye pas, det må være dejligt at det hele endelig er på plads
@Noah vi har ordnet det med omklædningsrummet, du kan bruge det du har det bedst med
hej alle, Sasha bruger hun/hende nu, bare så I ved det
@Kai tak for at du sagde hvilke pronominer du bruger, jeg har rettet det i listen
@Victoria du så så glad ud til pride, elsker det billede
Robin er nonbinær og bruger hen, vi retter det i elevrådet med det samme
@Mia_S du er velkommen i kvindeholdet, ingen diskussion
det tager lidt tid at vænne sig til det nye navn, men det er jo ikke svært at sige Freja i stedet
""")

ok("counter_harassment_nh", "", """
@Thomas det er ikke ok at skrive "tag hjem" til Ahmed, han er født på Hvidovre Hospital ligesom dig
hvorfor skal Fatima tage tørklædet af? hun har ikke bedt om din mening
stop med at kalde Luna for han. det er hendes navn og hendes pronomen, respektér det
@Mads det du skrev om Kofi's hud var racistisk og du bliver smidt ud af gruppen hvis det sker igen
folk der gør grin med Mikkels kørestol kan godt finde en anden klub
hey, at Oliver er autist er ikke et argument i en diskussion om parkering, hold jer til sagen
@Kristian du blev bedt om at lade være med at kommentere på Jonas' seksualitet, det er sidste advarsel
det er altså ikke sjovt at lave abelyde når Grace har bolden, det er racisme
jeg står ved siden af Miriam. hun skal ikke stå til ansvar for hvad Israels regering gør
vi smider ikke folk ud af kvindeholdet fordi nogen synes de har en "mandestemme", punktum
Nuka har lige så meget ret til at være her som alle os andre, grønland er en del af riget
til jer der skriver om Linh's øjne: I er 40 år gamle, skam jer
mobning af døve i voicechatten bliver ikke tolereret, mods slår hårdt ned
hvis man siger "kvinder fatter ikke fodbold" til Katrine, så har man ikke set hende spille
""")

ok("report_quote_harassment_nh", "", """
en eller anden skrev til min søn "tag hjem til dit eget land". han er 9 og født i Odense. jeg er så vred
min datter blev kaldt "abe" i frikvarteret i dag, hvordan har I andre forældre håndteret sådan noget med skolen?
screenshot af hvad jeg fik i DM i går: "du bliver aldrig en rigtig kvinde". har anmeldt profilen
til info: brugeren der skrev "din slags kom på en gummibåd" til Yusuf er blevet bannet
min kollega med tørklæde fik at vide at hun "ligner en der er undertrykt". hun har en ph.d. for helvede
nogen på holdet har kaldt min bror "bøsse" som skældsord i omklædningsrummet, trænerne er informeret
jeg fik at vide at jeg kun fik jobbet "fordi jeg er sort". det gør stadig ondt at tænke på
i går skrev en fyr til mig at mine tegn ligner en der drukner. bare fordi jeg er døv. rapporteret
min lille bror der har downs blev kaldt mongol i bussen, chaufføren gjorde ingenting
folk skriver "hvad er du i dag, kat eller helikopter" til mit nonbinære barn, det er så træls
manden i kiosken sagde "hjem med dig" til min mor. hun har boet her i 31 år
en mor i forældregruppen skrev at min søn "fatter ikke ironi fordi han er autist". jeg har skrevet til skolelederen
""")

ok("neutral_trait_mention_nh", "", """
@Hassan tillykke med indfødsretten!! 🇩🇰 det har du fortjent
@Samira kommer du også til eid-fejringen i kulturhuset? jeg tager dadler med
@Mathias og hans mand holder sommerfest i gården på lørdag, alle i opgangen er inviteret
@Kasia tusind tak for hjælpen med flytningen, du er guld værd
@Frederik fra bostedet var med til loppemarkedet og solgte mest af alle 💪
@Ida vi har fået en stille krog til dig til festen hvis lyden bliver for meget
@Nanna du er valgt som ny formand for klubben, tillykke!
@Tobi fedt mål i går, du var den bedste på banen
@Benjamin glædelig hanukkah til dig og familien 🕎
@Cecilie og hendes kæreste har lige fået en lille pige, tillykke begge to
@Marius din grillede mici var det bedste på hele sommerfesten
@Ali vi ses til fredagsbøn og bagefter fodbold? 😄
@Aviaja kan du tage din mors kalaallit kaffemik-kage med igen? den var sindssyg
@Viktor fedt at du fik praktikpladsen, de får en dygtig elev
""")

ok("go_home_benign_nh", "", """
@Ahmed tag nu hjem og sov, klokken er 3 og du har arbejde i morgen
@Leila_88 tag hjem hvis du er syg, vi klarer vagten
@Karim skal du ikke tage hjem til dine egne? din mor ringer hele tiden 😂
tag hjem til dit eget land siger du? jeg ER hjemme, jeg bor i Valby
@Hassan din taxa holder udenfor, tag hjem og få noget søvn
@Mehmet smut hjem og se kampen, vi lukker butikken
alle der ikke har betalt kontingent må pænt tage hjem efter træning og overføre det 😅
@Nour du kan bare tage tilbage til Aalborg når du har fået nok af Københavnerregn
""")

# ---------------------------------------------------------------------------
# 2. Threats: conditional, veiled, plans, warnings, wishes, places, calls
# ---------------------------------------------------------------------------

hate("threat_conditional_h", "threat", "muslims", """
hvis de bygger den moské på Industrivej så brænder den inden jul, det lover jeg
hvis én eneste muslim mere flytter ind i vores opgang så ryger han ud af vinduet
hvis de begynder at bede i frokoststuen igen så får de en lussing de aldrig glemmer
""")

hate("threat_conditional_h", "threat", "immigrants", """
kommer der flere af de indvandrere til vores by så må vi jo tage sagen i egen hånd, og det bliver ikke pænt
hvis kommunen åbner det asylcenter så kan de regne med at det ikke står der længe 🔥
hvis den udlænding rører min søster igen så er han død, og det gælder hele hans familie
""")

hate("threat_conditional_h", "threat", "gay people", """
hvis de to boesser kysser i bussen igen saa smadrer jeg dem begge to
hvis min søn nogensinde kommer hjem med en fyr så slår jeg fyren ihjel
""")

hate("threat_conditional_h", "threat", "trans people", """
hvis en af de transer går ind på dametoilettet mens min datter er der så knækker jeg nakken på den
hvis skolen begynder at undervise i det trans-pis så står vi 20 fædre udenfor med baseballbat
""")

hate("threat_conditional_h", "threat", "jews", """
lad dem bare prøve at holde deres jødefest på torvet, så skal de få at se hvad der sker
""")

hate("threat_conditional_h", "threat", "roma", """
ser jeg de sigøjnere i vores gade igen så får de tæsk, og jeg mener det
""")

hate("threat_conditional_h", "threat", "black people", """
hvis den neger sætter sig ved siden af min datter igen så ender han på skadestuen
""")

hate("threat_conditional_h", "threat", "greenlanders", """
sidder de fulde grønlændere på bænken igen i morgen så får de en tur med støvlen
""")

hate("threat_veiled_h", "threat", "muslims", """
det ville være ærgerligt hvis der skete noget med den nye moske en nat hvor ingen kigger 😉
nogen burde minde de muslimer om hvad der sker med folk der ikke forstår et vink
det er ikke sikkert de skal regne med at deres biler står ubeskadigede foran bedehuset meget længere
""")

hate("threat_veiled_h", "threat", "immigrants", """
der er en grund til at vi har fakler i kælderen. asylcentret er kun 2 km væk
siger bare at de udlandinge i blok 4 skal sove med det ene oje abent fra nu af
vi ved hvor de bor. mere siger jeg ikke 🤫
""")

hate("threat_veiled_h", "threat", "gay people", """
regnbuecaféen har jo store vinduer. ville være en skam hvis de gik i stykker
de homoer der holder hånd på Strøget skulle passe lidt på, man ved aldrig hvem de møder en mørk aften
""")

hate("threat_veiled_h", "threat", "jews", """
synagogen har ikke vagter om natten har jeg hørt... bare siger det
jøderne har godt af at huske at historien gentager sig 🙂
""")

hate("threat_veiled_h", "threat", "trans people", """
den trans fra 9.B skal bare vente til hun går hjem alene en dag, så skal hun lære det
""")

hate("threat_veiled_h", "threat", "disabled people", """
bostedet på hjørnet har ingen hegn. gad vide hvad der sker hvis nogen går ind der en nat og rydder op
""")

hate("threat_veiled_h", "threat", "somalis", """
de somaliere der hænger ved kiosken skal nok snart finde ud af at de ikke er velkomne. på den hårde måde
""")

hate("threat_veiled_h", "threat", "syrians", """
haaber de syrere i nr 12 har en god brandforsikring 🔥🔥
""")

hate("threat_first_person_plan_h", "threat", "muslims", """
i aften går jeg ned til moskeen med en dunk benzin og en lighter, så er det problem løst
jeg har besluttet mig, næste gang jeg ser en med tørklæde i netto så river jeg det af hende og giver hende en på hovedet
jeg tager kniven med til fredagsbønnen i næste uge. nok er nok
""")

hate("threat_first_person_plan_h", "threat", "immigrants", """
jeg kører forbi asylcentret i nat med drengene og så får de en hilsen de sent glemmer
på lørdag går jeg ud og banker den første perker jeg ser, har tænkt det længe
har allerede købt gaffatape og strips. jeg ved hvor flygtningefamilien på 3. sal parkerer
""")

hate("threat_first_person_plan_h", "threat", "gay people", """
jeg skal nok få fat i ham bøssen fra fitness og give ham en omgang i parkeringskælderen
vi har planlagt det: når regnbuecaféen lukker fredag står vi klar udenfor 👊
""")

hate("threat_first_person_plan_h", "threat", "jews", """
jeg har fundet ud af hvornår de går ud af synagogen om lørdagen. det bliver en god dag
""")

hate("threat_first_person_plan_h", "threat", "trans people", """
næste gang den transkvinde kommer i omklædningsrummet, så trækker jeg hende ud i håret og smider hende ud på gaden
""")

hate("threat_first_person_plan_h", "threat", "black people", """
den sorte fyr der lige er flyttet ind ved siden af skal bare vente, jeg smadrer hans bil i nat og så ham selv
""")

hate("threat_first_person_plan_h", "threat", "roma", """
jeg og min bror tager ned til sigøjnerlejren ved stationen med jernrør i weekenden, de skal ud
""")

hate("threat_first_person_plan_h", "threat", "disabled people", """
jeg skubber den handicappede ned ad trappen næste gang han holder hele bussen op med sin kørestol
""")

hate("threat_first_person_plan_h", "threat", "afghans", """
jeg sværger, jeg finder de afghanske drenge fra skolen og knivstikker dem en efter en
""")

hate("threat_warning_h", "threat", "muslims", """
sig til dine muslimske venner at de skal holde sig væk fra torvet lørdag, ellers sker der noget
advarsel til alle med tørklæde: kom ikke til byfesten i år, I er blevet advaret
""")

hate("threat_warning_h", "threat", "immigrants", """
til de nye naboer fra syrien: det her er jeres første og sidste advarsel. flyt eller bær konsekvenserne
alle udlændinge i Gellerup burde vide at sommeren bliver varm i år, og ikke kun pga vejret
""")

hate("threat_warning_h", "threat", "gay people", """
bøsserne skal vide at pride-optoget i vores by ikke bliver fredeligt i år. det er en advarsel, ikke en trussel 😈
""")

hate("threat_warning_h", "threat", "jews", """
jøder i København: I burde tænke jer om to gange før I går med kalot på Nørrebro. vi holder øje
""")

hate("threat_warning_h", "threat", "trans people", """
til alle transer i byen: hold jer indendøre, vi er trætte af at se jer
""")

hate("threat_warning_h", "threat", "women", """
de kællinger der går i 8. marts-optoget på fredag skal ikke regne med at komme hjem i hel stand
""")

hate("threat_warning_h", "threat", "poles", """
de polske håndværkere der har taget vores jobs her i byen har fået en sidste advarsel. næste gang er det ikke dækkene der bliver skåret
""")

hate("threat_warning_h", "threat", "arabs", """
de arabere der åbnede shishabar på hovedgaden skal lige vide at vi ikke tolererer det. luk eller vi lukker jer
""")

hate("threat_wish_h", "threat", "muslims", """
ville ønske nogen smed en bombe ind i moskeen under fredagsbønnen, så slap vi for dem alle på én gang
håber alle muslimerne drukner i middelhavet på vej herop
""")

hate("threat_wish_h", "threat", "gay people", """
ville ønske en lastbil kørte ind i hele pride-optoget 🚚
det bedste der kunne ske for den regnbuecafé er at den brændte ned med alle inde i den
""")

hate("threat_wish_h", "threat", "jews", """
det kunne da være fint hvis synagogen styrtede sammen en lørdag formiddag
""")

hate("threat_wish_h", "threat", "immigrants", """
håber de asylansøgere fryser ihjel i de telte derude, fortjent
""")

hate("threat_wish_h", "threat", "trans people", """
håber hun, eller han, eller hvad den nu er, bliver kørt ned på vej hjem fra sin hormonbehandling
alle trans burde få gasset sig selv, det ville spare sundhedsvæsenet for mange penge
""")

hate("threat_wish_h", "threat", "disabled people", """
de handicappede på bostedet burde bare sprøjtes ned, så kunne vi bruge pengene på noget fornuftigt
""")

hate("threat_wish_h", "threat", "black people", """
måtte de sorte på holdet få en bold i hovedet så hårdt at de aldrig rejser sig igen
""")

hate("threat_wish_h", "threat", "roma", """
ville ønske politiet bare skød sigøjnerne i stedet for at flytte dem til næste by
""")

hate("threat_wish_h", "threat", "pakistanis", """
håber pakistanerne i kiosken får et røveri og ikke overlever det, de snyder alle alligevel
""")

hate("threat_wish_h", "threat", "autistic people", """
autisterne i min søns klasse burde låses inde uden mad og vand til de lærer at opføre sig normalt, og dør de af det så fint
""")

hate("threat_place_h", "threat", "muslims", """
den moské på Bispebjerg skal brænde. hvem er med?
et grisehoved på døren til moskeen er kun begyndelsen, næste gang er det med ild
smadrede vinduer i moskeen er for lidt, de skal mærke det ordentligt næste gang
""")

hate("threat_place_h", "threat", "jews", """
synagogen i Krystalgade fortjener samme behandling som i '38 🔥
nogen må snart gøre noget ved den jødiske skole, den kan vi godt undvære
""")

hate("threat_place_h", "threat", "refugees", """
asylcentret i skoven er jo bare brænde der venter på en tændstik
vi samles ved asylcentret kl 23, tag masker og sten med
udrejsecentret skulle have været bombet for længe siden
""")

hate("threat_place_h", "threat", "disabled people", """
bostedet for de udviklingshæmmede skal væk fra vores kvarter, og hvis kommunen ikke gør det så gør vi
""")

hate("threat_place_h", "threat", "gay people", """
regnbuecaféen er et svineri og den bliver smadret inden sommer, det har vi aftalt
kør forbi gay-baren i nat og smid en kanonslag ind ad døren, så kan de lære det
""")

hate("threat_place_h", "threat", "somalis", """
foreningshuset hvor somalierne mødes skal sættes ild til, det er en rede for problemer
""")

hate("threat_place_h", "threat", "immigrants", """
den arabiske slagter på hjørnet skal have en molotov igennem ruden, det er tid
kulturcenteret for indvandrerkvinder skal lukkes, med vold om nødvendigt
""")

hate("threat_call_to_others_h", "threat", "muslims", """
alle rigtige danskere: mød op ved moskeen fredag og vis dem at de ikke er velkomne. tag noget med at slå med
del det her og få folk til at gøre noget: muslimerne skal jagtes ud af byen før det er for sent
""")

hate("threat_call_to_others_h", "threat", "immigrants", """
drenge, det er på tide. vi tager et opgør med indvandrerne på stationen i aften, kom med
er der nogen fra Køge der vil med ud og give de nytilkomne en velkomst de husker? 👊👊
vi skal ikke vente på politiet, vi skal selv rydde gaderne for udlændinge
""")

hate("threat_call_to_others_h", "threat", "jews", """
nogen burde tage sig af jøderne en gang for alle, og det skal være os
""")

hate("threat_call_to_others_h", "threat", "gay people", """
hvem vil med til pride på lørdag og give bøsserne et par på låget? skriv i dm
""")

hate("threat_call_to_others_h", "threat", "trans people", """
alle forældre: hvis I ser den trans-pædagog på legepladsen så slå ham ned, han skal ikke være i nærheden af vores børn
""")

hate("threat_call_to_others_h", "threat", "roma", """
nogen må tage sig af romaerne ved Netto, og jeg mener ikke med venlighed. hvem tager først?
""")

hate("threat_call_to_others_h", "threat", "black people", """
send et par gutter ned og lær de sorte drenge fra nr 8 at holde sig i deres eget kvarter
""")

hate("threat_call_to_others_h", "threat", "refugees", """
kom nu folkens. hver gang vi ser en flygtning alene på cykelstien, så giver vi ham en lærestreg
""")

hate("threat_call_to_others_h", "threat", "greenlanders", """
der skal nogen ned på Halmtorvet og jage de grønlændere væk, med knytnæver hvis det er nødvendigt
""")

hate("threat_call_to_others_h", "threat", "turks", """
samles foran den tyrkiske café i morgen og smid dem ud, de har ikke noget at gøre i vores gade. det skal gøre ondt
""")

hate("threat_at_person_h", "threat", "muslims", """
@Ali jeg ved hvor du bor, og din tørklædeklædte kone skal nok lære at passe på
""")

hate("threat_at_person_h", "threat", "immigrants", """
@Yasmin pas på når du går hjem fra arbejde i aften, vi ved hvem du er og hvor du kommer fra
@Hassan en dag står jeg uden for din dør, og så sender jeg dig hjem i en kiste
""")

hate("threat_at_person_h", "threat", "gay people", """
@Lukas en bøsse som dig skal have tæsk, og det får du efter træning
""")

hate("threat_at_person_h", "threat", "trans people", """
@Luna hvis jeg ser dig igen i kvindeomklædningen så banker jeg den mand ud af dig
""")

hate("threat_at_person_h", "threat", "jews", """
@David din kalot bliver det sidste du har på når vi finder dig
""")

hate("threat_conditional_h", "threat", "muslims", """
hvis vores kommune får en muslimsk friskole så tager vi sagen i egen hånd, sten og det hele
""")
hate("threat_veiled_h", "threat", "immigrants", """
kender nogen tilfældigvis adressen på den nye flygtningefamilie? spørger for en ven med en dunk benzin 😏
det bliver en lang nat for indvandrerne i Vollsmose, det er alt hvad jeg siger
""")
hate("threat_wish_h", "threat", "immigrants", """
ville ikke græde en tåre hvis hele Mjølnerparken brændte ned med beboerne i
""")
hate("threat_call_to_others_h", "threat", "muslims", """
Hvis ikke staten gør det, må vi borgere gøre det. Moskeerne skal jævnes med jorden. Del!!
""")
hate("threat_first_person_plan_h", "threat", "lesbians", """
jeg og kammeraterne har tænkt os at give de to lebber der bor nedenunder en lærestreg de aldrig glemmer
""")
hate("threat_conditional_h", "threat", "deaf people", """
hvis den døve idiot fra kontoret ignorerer mig én gang til så slår jeg ham ned, han kan jo alligevel ikke høre mig komme
""")
hate("threat_place_h", "threat", "syrians", """
den syriske frisør på Vestergade ligger lige til højrebenet, en tur med forhammeren og så er de væk
""")
hate("threat_warning_h", "threat", "asians", """
de kinesere der har overtaget restauranten på torvet skal passe på, folk her har tænkt sig at rydde op
""")
hate("threat_wish_h", "threat", "women", """
kvinder som hende fortjener at blive voldtaget så de kan lære at holde kæft
""")
hate("threat_at_person_h", "threat", "black people", """
@Kofi du skal ikke vise dig i vores by igen din abe, så får du en kugle
""")
hate("threat_call_to_others_h", "threat", "refugees", """
ring til alle I kender, vi tager til Sandholm på lørdag og gør det politikerne ikke tør
""")

# --- twins for section 2 ---------------------------------------------------

ok("violent_idiom_nh", "", """
jeg slar dig ihjel hvis du spiser den sidste flodebolle 😤
min mor draber mig nar hun ser karakterbogen
hvis han siger "deadline" én gang til på mødet så springer jeg ud af vinduet lol
jeg kunne myrde for en shawarma lige nu
okay min chef skal bare VENTE til jeg har drukket kaffe, ellers ender han som hakkebøf
hvis Brøndby taber igen i weekenden så brænder jeg min trøje 🔥
den kage var så god at jeg døde lidt indeni 💀
jeg vil skyde mig selv i foden hvis vi skal have endnu et forældremøde om lus
min søster slår mig ihjel hvis hun finder ud af jeg har lånt hendes jakke
vi tævede dem 5-0 i går, de vidste ikke hvad der ramte dem
hvis nogen rører min madpakke i køleskabet igen så sker der ulykker
jeg sværger jeg kvæler den her printer
den film var så dårlig, jeg vil have mine to timer tilbage eller nogen skal bøde
hold kæft hvor blev vi massakreret i pubquizzen i aftes haha
min kat ser på mig som om den planlægger mit mord
de der kommentarer fra kassereren fik mig til at koge, jeg var lige ved at eksplodere
jeg smadrer dig i bordtennis på fredag, bare vent
hvis vejret ikke bliver bedre så flytter jeg til Spanien og kommer aldrig tilbage
""")

ok("gaming_violence_nh", "", """
jeg dræber dig i FIFA i aften, gør dig klar
headshottede hele deres squad i sidste runde, GG ez
@mikkel_gg campede du igen ved B site? skyd ham nu for fanden
lad os bombe deres base før de når at bygge tårne
vi skal sprænge hele deres hold i luften i Rocket League
rush mid, dræb supporten først, så er de færdige
min sniper fik 12 kills i den runde, jeg er en gud
hvem skal med på raid i aften? vi skal slagte den boss
den der noob blev one-shottet så hårdt han ragequittede
jeg brændte hele deres landsby ned i Age of Empires, tårerne smagte godt
næste gang du stjæler mit kill så teamkiller jeg dig haha
brænd deres spawn, ingen nåde 😂
vores klan skal udslette dem i clan war på søndag
@Oliver hvorfor døde du i lava igen i Minecraft, du er håbløs
vi lagde en bombe på A og de defusede ikke, gg
kniv-kill på den sidste fyr, bedste clip i år
""")

ok("threat_nonprotected_target_nh", "", """
hvis jeg finder ham der stjal min cykel i går så får han tæsk, jeg lover det
til den idiot der har ridset min bil på parkeringspladsen: jeg har dig på video og går til politiet
dommeren i dag burde fyres og aldrig få lov at fløjte igen, sikke en katastrofe
ham der sælger kopivarer i køb/salg gruppen skal bare vente, jeg anmelder ham
vil gerne sparke den nabo der lader sin hund gø hele natten 😤
den tyv der brød ind i kolonihaven: vi har dine fingeraftryk og du bliver fanget
hvis de hæver huslejen igen så stormer vi bestyrelsesmødet, helt seriøst
ham der svindlede mig for 800 kr på marketplace fortjener at få en ordentlig røvfuld
parkeringsvagten skal passe på, han har givet mig tre bøder på en uge
den næste der smider pizzabakker i storskraldet i stedet for pap får en lang snak med mig
hvis Lyngby-fansen kommer over til vores tribune igen bliver det grimt, de startede sidst
jeg kunne kvæle den fyr der kører på el-løbehjul på fortovet hver morgen
til personen der tog min pakke fra opgangen: jeg ved hvem du er. læg den tilbage
hvis bestyrelsen ikke fixer varmen inden fredag så slukker jeg for deres fjernsyn personligt lol
ham der altid snyder sig foran i køen ved bageren får snart en albue
jeg vil have hovedet på et fad af ham der har skrevet den opskrift, 2 spsk salt??
teleselskabet skal have en røvfuld, tredje gang de lukker min internet
den fyr der hoppede på sporet og forsinkede hele S-toget kan bare vente på min røde mening
""")

ok("news_of_attack_nh", "", """
Nyhed: en moské i Aarhus blev i nat udsat for hærværk. Politiet efterforsker sagen som en mulig hadforbrydelse
Politiet bekræfter at der er skudt mod synagogen i nat. Ingen personer er kommet til skade
Mand anholdt efter brand på asylcenter i Sønderjylland, han er sigtet for ildspåsættelse
Ti år siden angrebet ved synagogen i Krystalgade, der er mindehøjtidelighed i dag kl 14
En transkvinde blev overfaldet på vej hjem fra en bar i Odense i weekenden, politiet søger vidner
Regnbuecaféen i vores by fik smadret ruderne i nat. De åbner igen mandag og takker for støtten
i dag er det 5 år siden angrebet på moskeerne i Christchurch, 51 mennesker blev dræbt
Retssagen mod manden der truede beboerne på bostedet starter i næste uge
breaking: politiet har anholdt to personer der planlagde angreb mod en jødisk skole i Tyskland
Tiltalt for racistisk motiveret overfald på en sort mand i Esbjerg, dommen faldt i dag
Den 22. juli mindes Norge ofrene på Utøya. Mange unge var på sommerlejr da de blev skudt
PET hæver trusselsniveauet mod jødiske institutioner efter den seneste tids hændelser
Grisehoved fundet ved indgangen til en moske i Vestjylland, lokale politikere fordømmer det
To mænd idømt fængsel for at have overfaldet et homoseksuelt par på Nørrebro
Flere asylcentre i Tyskland blev angrebet i 1990'erne, det var en mørk periode
pressemeddelelse: vi er dybt rystede over truslen mod vores regnbuecafé og har anmeldt den til politiet
""")

ok("condemn_report_threat_nh", "", """
nogen har skrevet "moskeen skal brænde" på muren ved skolen. det er vanvittigt, jeg har ringet til politiet
har lige anmeldt en profil der skrev at asylcentret skulle bombes. sådan noget skal tages alvorligt
I kan ikke skrive trusler mod synagogen her og tro det er ytringsfrihed. det er strafbart
at ønske at en lastbil kører ind i pride-optoget er ikke en "joke", det er et ønske om massemord
hvis du ser trusler mod bostedet i gruppen så send det til admin, vi samler det til politiet
jeg fik en besked om at "passe på når jeg går hjem" fordi jeg går med tørklæde. er bange men jeg har anmeldt det
det er så ulækkert at folk i kommentarerne fejrer at regnbuecaféen blev smadret
den der "advarsel" til de nye syriske naboer i opgangen er en trussel, og den er sendt videre til boligselskabet
hvorfor er der ingen der reagerer når nogen skriver at sigøjnerne skal skydes? det er ikke ok
til admin: brugeren Bent1966 opfordrede til at mødes ved moskeen med "noget at slå med". ban ham please
at true en døv kollega fordi han ikke hører dig er så lavt, jeg har talt med HR
vi står sammen med det jødiske samfund efter nattens trusler. ingen skal være bange for at gå i synagoge
de trusler som de trans elever får på skolen skal tages lige så alvorligt som alt andet
jeg hørte en fyr i bussen sige at han ville "tage sig af" de afghanske drenge, jeg sagde det til chaufføren
stop med at dele opslaget der opfordrer til at "jage" romaerne ud af byen, det kan få nogen slået ihjel
det er ikke patriotisme at kaste sten efter et asylcenter. det er kriminalitet og fejhed
""")

ok("place_neutral_nh", "", """
moskeen på Bispebjerg holder åbent hus på lørdag, der er te og kage og alle er velkomne
vi var på rundvisning i synagogen med 8. klasse, super interessant, rabbineren var så sød
er der nogen der vil med ud og være frivillig på asylcentret i weekenden? de mangler lektiehjælpere
bostedet på hjørnet holder loppemarked, beboerne har lavet fine keramikskåle
regnbuecaféen har quiz hver torsdag og den er faktisk mega sjov, selv for os hetero 😄
hvor er der p-pladser tæt på moskeen? vi skal til en bryllupsfest der
synagogen i Krystalgade er med i kulturnatten, køen var lang men det var det værd
asylcentret lukker efter nytår og kommunen ved ikke hvad bygningen skal bruges til
min moster arbejder som pædagog på et bosted og hun elsker sit job
kan nogen anbefale en god syrisk bager? har hørt der er en ny ved stationen
der er iftar i moskeen torsdag, naboerne er inviteret. jeg tager min mand med
Regnbuecaféen søger frivillige til barvagter, skriv til dem hvis du har tid
det nye bosted får en sansehave, kommunen har sat penge af til det
vi kørte forbi den nye moske i Aarhus, arkitekturen er flot synes jeg
asylcentret har fodboldturnering og vores U14 spiller mod deres hold på søndag ⚽
jødisk museum har en ny udstilling om dansk-jødisk hverdagsliv, anbefales
""")

ok("safety_advice_nh", "", """
pas på derude i aften, isslag på cykelstien, jeg så to vælte
husk at låse jeres cykler ordentligt, der er en bande der stjæler på stationen lige nu
til alle på pride lørdag: drik vand, hold sammen med jeres venner og pas på hinanden ❤️🏳️‍🌈
der er meldt om tyverier i opgangen, lås døren efter jer
advarsel: falsk sms fra "PostNord" går rundt, klik ikke på linket
hvis du føler dig utryg på vej hjem så ring til mig, jeg henter gerne
politiet advarer mod tricktyveri i Føtex, to mænd distraherer ved kassen
til jer der går til fredagsbøn: der er vejarbejde på Nørrebrogade, tag cyklen
""")

# ---------------------------------------------------------------------------
# 3. Extremism: veiled praise, denial/approval, remigration, codes
# ---------------------------------------------------------------------------

hate("praise_terrorist_veiled_h", "extremism", "muslims", """
manden fra New Zealand gjorde det eneste rigtige, han er en helt for hele Europa 🙏
hvornår får vi vores egen Christchurch-helt i Danmark? det er det der mangler
ham der tog til moskeerne med kamera på hjelmen fortjener en statue
51 færre. nogen gjorde hvad politikerne ikke turde. respekt
manifestet fra 2019 burde være pensum i gymnasiet, han forstod alt
""")

hate("praise_terrorist_veiled_h", "extremism", "immigrants", """
nordmanden fra sommeren 2011 var forud for sin tid, I vil alle sammen forstå det en dag
ham på øen i Norge ofrede sig for sit folk. vi skylder ham taknemmelighed
tænk hvis vi havde en som ham fra Utøya her i landet, så var der ro på
helgenen fra Christchurch, bed for os 🙏 flere skal følge efter
manden fra El Paso har mere mod end alle danske politikere tilsammen
""")

hate("praise_terrorist_veiled_h", "extremism", "jews", """
ham i Halle prøvede i det mindste. synd at døren holdt
Pittsburgh-helten sidder i fængsel for at sige sandheden om dem
""")

hate("praise_terrorist_veiled_h", "extremism", "black people", """
Buffalo-skytten sagde bare højt det vi alle tænker. fortjener respekt ikke fængsel
""")

hate("praise_terrorist_veiled_h", "extremism", "gay people", """
ham der skød på gay-baren i Oslo har gjort mere for norske familier end hele regeringen
""")

hate("praise_nazi_veiled_h", "extremism", "jews", """
den gamle maler fra Østrig havde ret i det meste, folk er bare for hjernevaskede til at se det
onkel A vidste præcis hvad han gjorde, vi skulle have lyttet dengang
manden med overskagget ville have gjort det her land rent pa en uge
1933-1945 var den eneste periode hvor Europa var stolt af sig selv
Vi mangler en leder som ham fra 30'ernes Tyskland. Han ville vide hvad der skulle gøres med dem
nogle gange tror jeg han med moustachen blev dømt for hårdt af historien 🤔
frikorpset på østfronten kæmpede for det rigtige, de var helte ikke forrædere
""")

hate("praise_nazi_veiled_h", "extremism", "immigrants", """
Schalburg-folkene var de sidste rigtige danske patrioter, og vi har brug for dem igen
de unge i de sorte uniformer i 1941 forstod hvad der stod på spil for Danmark
""")

hate("praise_nazi_veiled_h", "extremism", "roma", """
Tyskerne vidste godt hvad de skulle gøre med sigøjnerne i 40'erne. savner den handlekraft
""")

hate("praise_nazi_veiled_h", "extremism", "disabled people", """
de havde styr på det med de evnesvage i 30'erne, det kaldte man sund fornuft
Aktion T4 var faktisk ret logisk hvis man tænker over det 🤷
""")

hate("genocide_denial_h", "extremism", "jews", """
6 millioner? regn lige efter selv, tallene hænger slet ikke sammen
holohoax er det største bedrageri i menneskehedens historie
der var aldrig gaskamre, det var brusebade og tyfus. læs selv i stedet for at tro på skolebøgerne
den berømte dagbog fra Amsterdam er skrevet med kuglepen, mere skal der ikke siges 🤡
de fik erstatning for noget der aldrig skete, og de malker det stadig
Holocaust er den eneste historiske begivenhed man ikke må stille spørgsmål ved. hvorfor tror I det er sådan?
""")

hate("genocide_denial_h", "extremism", "muslims", """
Srebrenica er en løgn opdigtet af medierne, der skete intet
de 8000 i Srebrenica var ikke civile, de var soldater og fortjente det
""")

hate("genocide_approval_h", "extremism", "jews", """
Hitler skulle have gjort arbejdet færdigt
synd de ikke nåede hele vejen i 1945, så havde vi været fri for dem
ovnene var det bedste der skete for Europa, bare for lidt og for kort
""")

hate("genocide_approval_h", "extremism", "muslims", """
serberne havde fat i noget i 95. Europa kunne godt bruge en gentagelse
""")

hate("genocide_approval_h", "extremism", "roma", """
det der skete med romaerne under krigen var hård men nødvendig oprydning
""")

hate("remigration_h", "extremism", "immigrants", """
remigration nu! alle ikke-vestlige skal ud, også dem med dansk pas
Vi skal ikke integrere dem, vi skal deportere dem. Én million ud inden 2035 🇩🇰
løsningen er enkel: fly, havn, grænse. alle dem der ikke er etnisk danske skal hjem, frivilligt eller ej
statsborgerskab er papir. blod er blod. de skal sendes tilbage uanset hvor længe de har boet her
drømmer om et Danmark hvor hver eneste ikke-dansker er sendt retur, også børnene født her
vi har brug for et remigrationsministerium med busser klar ved hver ghetto
Danmark for danskerne, resten skal ud 🇩🇰🇩🇰
hvis de ikke vil gå frivilligt, så må vi hjælpe dem ud. hele familier, hele kvarterer
""")

hate("remigration_h", "extremism", "muslims", """
hver eneste muslim i Europa skal deporteres, også konvertitterne. ingen undtagelser
ingen moskeer, ingen muslimer. alle sammen ud af landet, det er det eneste der virker
""")

hate("remigration_h", "extremism", "black people", """
Europa er for hvide. afrikanerne skal tilbage til Afrika, alle sammen, ingen undtagelser
""")

hate("remigration_h", "extremism", "greenlanders", """
send alle grønlændere tilbage til Nuuk og luk for tilflytningen, vi skal have Danmark rent
""")

hate("remigration_h", "extremism", "roma", """
alle roma skal ud af Norden, tvangsudsendes i togvogne hvis det er det der skal til
""")

hate("remigration_h", "extremism", "jews", """
jøderne skal ud af Europa, de har deres eget land nu, tag dem med dertil
""")

hate("extremist_code_h", "extremism", "jews", """
1488 brødre, vi ses på lørdag 🇩🇰
14 ord. husk dem. lev dem.
HH til alle kammerater i chatten ✋
(((de))) ejer medierne og så er det ligesom det
vi skal sikre vores folks eksistens og en fremtid for hvide børn. det er alt vi beder om
88 til alle der stadig tror på det rigtige
Sieg Heil drenge, vi ses til træning
ZOG styrer både regeringen og politiet, vågn op
kæmp for Norden, et folk, et rige. Nordens frihed nu ✊
it's okay to be white, og vi kommer til at sige det højere og højere
""")

hate("extremist_code_h", "extremism", "immigrants", """
Dag X kommer, og så er der ikke plads til dem her mere. gør jer klar
Day of the rope er tættere på end folk tror
Blut und Boden. Danmark tilhører os og vores børn, ikke dem
hvid stolthed, hvid fremtid 🤍 ingen blanding
fædrelandet kalder. stop invasionen, forsvar Norden
hundredtusinder af dem strømmer ind. totalkrig er det eneste svar
vores race er ved at forsvinde og folk sover. 14/88
""")

hate("extremist_code_h", "extremism", "black people", """
white power ✊ snart er det vores tur igen
rahowa, brødre. det er kun et spørgsmål om tid
""")

hate("extremist_code_h", "extremism", "gay people", """
degenerering er et symptom, og vi ved hvad kuren var i 1936. snart igen
""")

# --- twins for section 3 ---------------------------------------------------

ok("history_teaching_nh", "", """
i dag i historie lærte vi om Wannsee-konferencen, det er ret uhyggeligt hvor bureaukratisk det hele var
vi besøgte Auschwitz med klassen i sidste uge, det var det hårdeste jeg har oplevet
min farfar var med til at sejle jøder til Sverige i oktober 43, jeg er stolt af ham
nogen der har gode kilder om Schalburgkorpset til min opgave? skal skrive om danske nazister under besættelsen
anbefaler virkelig Frihedsmuseet, især afsnittet om de danske frikorps og hvorfor folk meldte sig
til 9.b forældre: eleverne skal læse Dagbog for en pige i dansk, den handler om Anne Frank
Hitler kom til magten i 1933 ved et valg, det er vigtigt at forstå hvordan det kunne ske
min søn spurgte hvorfor nazisterne hadede jøderne. nogen gode børnebøger om det?
Aktion T4 er en glemt del af historien, de dræbte over 70.000 handicappede. det bør alle kende til
romaerne kalder folkemordet for Porajmos, det lærte jeg først om i år
Srebrenica-massakren i 1995 blev ved domstolen i Haag fastslået som folkemord
til lærerne: Holocaust-dagen er 27. januar, har I planlagt noget i udskolingen?
det var faktisk ikke kun jøder, også homoseksuelle og handicappede blev sendt i lejrene
vi så Schindlers liste i samfundsfag og der var helt stille i klassen bagefter
fedt foredrag i dag med en overlevende fra Theresienstadt, hun er 94 og skarp som en kniv
hvordan forklarer man folkemordet i Rwanda til en 12 årig? hun spørger så meget
""")

ok("extremism_news_nh", "", """
PET: antallet af højreekstremister der radikaliseres online er steget markant
En 17-årig er anholdt for at planlægge et angreb inspireret af terroristen i Christchurch
mand dømt for at sætte nazistiske klistermærker op på skoler i Vejle
Nordisk Modstandsbevægelse uddelte flyers i Kolding i weekenden, politiet holder øje
Tyskland forbyder endnu en nynazistisk gruppe efter razziaer i flere delstater
undersøgelse viser at mange unge ikke ved hvad Holocaust var, eksperter er bekymrede
ny dokumentar om 22. juli i Norge har premiere på fredag, anmelderne roser den
Retten i Haag har afsagt dom i sagen om folkemordet i Bosnien
gerningsmanden i Halle blev idømt livsvarigt fængsel, han forsøgte at trænge ind i synagogen
Facebook har fjernet over 100 grupper der delte nazistisk symbolik i Skandinavien
i Sverige har de diskuteret at forbyde hagekorset, hvad tænker I?
nyhed: nazistiske grafitti malet på jødisk gravsted i Randers, politiet efterlyser vidner
politiet i Oslo: angrebet ved gay-baren i 2022 var terror
DR har lavet en serie om hvordan memes bruges til at rekruttere unge til højreekstreme grupper
""")

ok("condemning_extremism_nh", "", """
manden fra Christchurch var en feig morder og ingen helt. 51 uskyldige mennesker
det er så klamt at folk i kommentarfeltet hylder terroristen fra Utøya. det var børn han skød
Holocaustbenægtelse er en fornærmelse mod alle overlevende og deres familier
når nogen skriver 1488 i chatten, så bliver de bannet. det er ikke til diskussion
hvis din "patriotisme" betyder at du vil deportere folk med dansk pas, så er du ikke patriot, du er ekstremist
de der "remigration" stickers ved stationen er bare nazisme i nyt tøj, pil dem ned
jeg har lige set en fyr skrive "Hitler havde ret" i vores gaming discord, mods please
at kalde Srebrenica for en løgn er at spytte på 8000 gravsten
"14 ord" lyder uskyldigt men det er et nazistisk slogan, forældre skal kende det
vi er en idrætsforening for alle. hagekors og 88-tatoveringer har ingen plads i vores omklædningsrum
min onkel deler hele tiden ting om "den store udskiftning". hvordan snakker man med en der er så langt ude?
bare fordi man er imod terror, er man ikke imod alle muslimer. og bare fordi man er imod nazister, er man ikke venstreradikal
ingen skal hylde bøddelerne fra Schalburgkorpset, de torturerede danske modstandsfolk
Danmark for danskerne er et slogan der altid har betydet at nogen skal ud. nej tak
""")

ok("innocent_number_code_nh", "", """
88 kr for en lille pizza? det er roeveri
han har nummer 14 på trøjen fordi han elsker Johan Cruyff
min mormor fylder 88 i dag 🎂🎉
HH i vores klubnavn står for Hedeby Håndbold, slap af folkens lol
bussen 14 er aflyst igen i morgen, sindssygt
mit kørekort udløber i 2088 hvis jeg lever så længe haha
18 grader og sol, endelig 🌞
vi skal købe 88 cm bordben, ved nogen hvor man får dem?
opgave 14 i matematik er umulig, nogen der har løst den?
Dag X for os er 1. juli, så flytter vi endelig ind i huset 🏠
""")

ok("question_about_codes_nh", "", """
hvad betyder 1488? sa det tegnet pa en bank ved skolen
er det et nazistisk tegn, de tre parenteser om et navn? så det på twitter og forstår det ikke
min søn har skrevet "HH" i sin profil, skal jeg være bekymret eller betyder det noget andet?
nogen der ved hvad "day of the rope" betyder? en gamer i chatten skrev det
hvad er sonnenrad? det var på en trøje i fitness
hvorfor er tallet 88 forbudt på nummerplader i Tyskland?
hvad er "the great replacement" egentlig for en teori? hører det ofte
er "it's okay to be white" en nazi-ting? min nevø delte det og jeg aner ikke hvad det er
hvad er Nordisk Modstandsbevægelse for noget? de uddelte løbesedler foran Føtex
hvad mener folk når de siger "remigration"? er det det samme som hjemsendelse?
""")

ok("immigration_policy_debate_nh", "", """
jeg synes vi skal have et lavere loft for familiesammenføring, men dem der er her skal behandles ordentligt
udlændingepolitikken er for stram efter min mening, især for børnefamilier
Danmark bør stille større krav til danskkundskaber før statsborgerskab, det er ikke racistisk at synes det
jeg er for en stram asylpolitik men imod at man sender folk til lande med krig
hjemsendelse af afviste asylansøgere er lovligt, men det skal ske humant
jeg stemmer på et parti der vil have færre indvandrere, men jeg har intet imod mine nabo-familier fra Irak
integrationen i nogle boligområder er gået for dårligt, det er politikernes ansvar
statsborgerskabsprøven er alt for svær, selv jeg som er født her dumper jo
Ruanda-modellen er både dyr og urealistisk, den skal droppes
vi mangler arbejdskraft i plejesektoren og kunne godt tage imod flere udenlandske sygeplejersker
det er et legitimt spørgsmål hvor mange flygtninge en lille kommune kan modtage på én gang
paradigmeskiftet har gjort midlertidig beskyttelse til reglen, det kan man både være for og imod
jeg synes ghettolovene er forkerte fordi de behandler folk forskelligt efter forældrenes oprindelse
man kan godt kritisere islam som religion uden at hade muslimer, ligesom man kritiserer katolicismen
""")

# ---------------------------------------------------------------------------
# 4. Conspiracy and replacement talk
# ---------------------------------------------------------------------------

hate("replacement_conspiracy_h", "generalisation", "immigrants", """
det er ikke et tilfælde at de lukker dem ind. eliten vil have os udskiftet, så de får billig arbejdskraft og lydige vælgere
læg mærke til at det altid er de samme politikere der vil have flere ind. de har en plan med befolkningsudskiftningen
om 30 år er vi danskere en minoritet i vores eget land, og det er præcis det de vil have
de der indvandrere får 6-7 unger hver og vi får 1,4. det er ikke demografi det er en invasion i slowmotion
kig dig omkring i en S-tog. den store udskiftning sker lige foran dine øjne og folk klapper
de har ikke brug for krig, de tager landet med fødeafdelingen. tænk over det
I kalder det konspirationsteori, men kig på fødselstallene i Ishøj og sig mig at vi ikke bliver erstattet
hver gang en dansk skole lukker åbner der en ny moské. det er ingen tilfældighed
""")

hate("replacement_conspiracy_h", "generalisation", "muslims", """
muslimerne har en plan om at overtage Europa gennem fødselsraten, det står jo i deres egne tekster
de kalder det taqiyya. de smiler til dig mens de arbejder på at indføre sharia her
Eurabia er ikke en teori, det er allerede i gang. se på Malmø
de muslimske organisationer har infiltreret både kommunerne og skolerne, lidt efter lidt
i 2050 er Danmark et kalifat og folk vil sige at ingen kunne have set det komme
hvorfor tror du de køber alle de ejendomme på Nørrebro? det er en overtagelse, kvarter for kvarter
""")

hate("jewish_conspiracy_h", "generalisation", "jews", """
bare tjek hvem der ejer bankerne og medierne. så forstår du hvorfor vi ikke må sige noget
jøderne står bag masseindvandringen, de har altid villet svække de hvide nationer
det er mærkeligt at hver eneste krig ender med at de samme familier tjener penge på det 🤔 du ved hvem jeg mener
centralbankerne, Hollywood, big tech. se på navnene og så tæl efter
de globale bankfolk med de særlige efternavne styrer både EU og FN, det er ikke engang skjult længere
de kontrollerer hvad du ser i nyhederne, derfor hører du aldrig sandheden om dem
hvorfor tror du coronaen kom og hvem tjente på vaccinerne? samme gamle folk som altid
de rige jødiske familier har finansieret begge sider i alle krige i 200 år
når nogen kritiserer dem bliver de straks kaldt antisemitter, det er sådan de beskytter magten
""")

hate("jewish_conspiracy_h", "generalisation", "jews", """
de har deres folk i alle regeringer, også vores. følg pengene
jøderne vidste på forhånd hvad der skulle ske d. 11. september, derfor var ingen af dem på arbejde
""")

hate("conspiracy_other_groups_h", "generalisation", "gay people", """
LGBT-lobbyen vil gøre vores børn bøsser, det er derfor de kommer ind i børnehaverne nu
homoerne har overtaget undervisningsministeriet og nu skal alle børn lære om det i 0. klasse
pride er ikke om kærlighed, det er en agenda for at ødelægge kernefamilien
""")

hate("conspiracy_other_groups_h", "generalisation", "trans people", """
trans-bevægelsen er finansieret af medicinalindustrien for at få børn på livslange hormoner, og transerne er deres fodsoldater
de trans aktivister vil have vores døtre til at tro de er drenge, det er en ideologisk rekruttering
""")

hate("conspiracy_other_groups_h", "generalisation", "chinese", """
alle kinesere herhjemme arbejder for kommunistpartiet, studerende, restauranter, alle sammen spioner
kineserne har planlagt covid for at ødelægge vesten. de spiser flagermus med vilje
""")

hate("conspiracy_other_groups_h", "generalisation", "women", """
kvinderne har sat sig på alle familieretterne, derfor taber fædre altid, det er planlagt fra toppen
kvinderne i toppen af erhvervslivet har kun én plan: at holde mænd ude
""")

hate("conspiracy_other_groups_h", "generalisation", "roma", """
sigøjnerne har et organiseret netværk i hele Europa der styrer tiggeri og tyveri fra toppen
""")

hate("conspiracy_other_groups_h", "generalisation", "muslims", """
halal-mærket på maden finansierer terror, hver gang du køber halalkylling sender du penge til jihad
moskeerne i Danmark er betalt af saudierne for at gøre os til muslimer, imamerne er agenter
""")

hate("conspiracy_other_groups_h", "generalisation", "immigrants", """
kommunerne får ordre fra Bruxelles om at placere de fremmede i de små byer, så der ikke er danske landsbyer tilbage
medierne skjuler med vilje kriminalitetsstatistikken for indvandrere, fordi sandheden ville vælte regeringen
de udlændinge får hemmelige tilskud som vi andre aldrig hører om, det er en skjult overførsel fra os til dem
""")

hate("conspiracy_other_groups_h", "generalisation", "africans", """
afrikanerne bliver sendt hertil med vilje af FN for at blande racerne ud, det står i deres egne dokumenter
""")

hate("conspiracy_other_groups_h", "generalisation", "eastern europeans", """
østeuropæerne er en del af en mafia der har overtaget hele byggebranchen, de er alle sammen i lommen på hinanden
""")

hate("conspiracy_other_groups_h", "generalisation", "disabled people", """
halvdelen af dem på førtidspension er ikke syge, det er et system hvor de handicappede snyder os alle sammen
""")

hate("replacement_conspiracy_h", "generalisation", "immigrants", """
Kalergi-planen er ikke en myte, den er i gang lige nu. se bare på dine børns klassebillede
det handler ikke om flygtninge, det handler om at erstatte de hvide. spørg dig selv hvem der vinder
de importerer nye vælgere fordi de danske vælgere ikke stemmer rigtigt mere
indvandring er et våben, og vi er målet. de vil udslette vores kultur uden at affyre et skud
""")

hate("replacement_conspiracy_h", "generalisation", "muslims", """
de muslimske familier bliver placeret strategisk i yderkommunerne, så de kan tage over dér først
hvorfor tror du alle politikere tier om det? fordi muslimerne allerede har stemmerne i Københavns kommune
""")

hate("replacement_conspiracy_h", "generalisation", "black people", """
hvide kvinder bliver opfordret til at få børn med sorte mænd, det er en plan for at afskaffe den hvide race
""")

# --- twins for section 4 ---------------------------------------------------

ok("legit_criticism_company_nh", "", """
Novo tjener milliarder på insulin i USA mens folk dør af at rationere den. det er grådighed
Meta sælger vores data til hvem som helst og politikerne gør ingenting
bankerne hævede gebyrerne igen, mens de tjener rekord. det er en skandale
Danske Bank hvidvaskede milliarder gennem Estland og ingen af topcheferne kom i fængsel
Amazon behandler deres lagerarbejdere som maskiner, læs bare de artikler der er kommet
supermarkedskæderne har hævet priserne langt mere end inflationen, der er noget der ikke stemmer
medicinalindustrien bruger flere penge på markedsføring end på forskning, det burde være ulovligt
energiselskaberne scorede kassen under energikrisen, det er for nemt for dem
Netflix hæver prisen for tredje gang på to år, og de fjerner de bedste serier. opsiger nu
lobbyisterne fra bilindustrien sidder tættere på ministeriet end de burde
Google ved mere om dig end din mor gør. det burde skræmme folk mere end det gør
tech-milliardærerne køber medier og sociale netværk for at styre debatten, det er et demokratisk problem
""")

ok("legit_criticism_state_nh", "", """
Israels regering bomber civile i Gaza og det skal fordømmes. det har intet med jøder at gøre
det kinesiske styre undertrykker uigurerne i Xinjiang, det er veldokumenteret
Saudi-Arabien finansierer en ekstrem fortolkning af islam rundt om i verden, det må man godt kritisere
Rusland blander sig i valg i Europa gennem trolde og falske konti
den danske stat har behandlet grønlænderne dårligt, tænk på spiralsagen
Tyrkiets præsident fængsler journalister, det er ikke et demokrati længere
Irans styre hænger unge demonstranter, det er forfærdeligt
USA har også blandet sig i andre landes politik i årtier, det skal man ikke glemme
det er et problem at Qatar fik VM når migrantarbejdere døde på byggepladserne
Danmark burde kritisere Kina meget mere for Hongkong, men vi tør ikke pga handel
EU's migrationsaftale med Libyen har ført til at folk bliver sendt i lejre med tortur
regeringen har skjult dokumenter i minksagen, det er en demokratisk skandale
""")

ok("legit_criticism_policy_nh", "", """
fødselstallet i Danmark er rekordlavt, vi skal gøre det lettere at få børn, fx billigere daginstitutioner
Danmarks Statistik: indvandrere og efterkommere udgør ca. 15 procent af befolkningen. det er et faktum, ikke en konspiration
regeringen har ikke styr på udgifterne til asylsystemet, det burde revideres
EU's landbrugsstøtte går mest til de store godsejere, det er skævt
det er et reelt problem at nogle friskoler ikke lever op til kravene om demokrati, uanset religion
vi skal have mere åbenhed om hvem der finansierer religiøse institutioner i Danmark, alle religioner
medierne kunne godt blive bedre til at dække kriminalitet uden at pege på hele grupper
kønskvotering i bestyrelser kan man sagtens være imod uden at være imod kvinder
jeg synes kønsundervisningen i 0. klasse skal tilpasses alderen, vil gerne se materialet først
debatten om pubertetsblokkere for børn er legitim, sundhedsstyrelsen har selv strammet op
der er for lidt kontrol med social dumping i byggeriet, det går ud over både danske og polske arbejdere
førtidspensionssystemet er en bureaukratisk jungle, både for borgerne og sagsbehandlerne
""")

ok("debunk_conspiracy_nh", "", """
"den store udskiftning" er en konspirationsteori som terroristerne i Christchurch og Buffalo brugte. den er ikke sand
nej, jøder styrer ikke bankerne. det er en løgn der er over 100 år gammel og endte i gaskamre
der er ingen hemmelig plan bag indvandring. der er politiske beslutninger, og dem kan man stemme om
halal-mærket betyder bare at dyret er slagtet på en bestemt måde, det finansierer ikke terror
min onkel tror at muslimerne vil overtage Europa via fødselstal. men fødselstallet hos efterkommere er næsten som hos danskere
Kalergi-planen er opdigtet af nynazister, den findes ikke
"Zionist Occupied Government" er et nynazistisk udtryk, ikke en politisk analyse
folk der siger at covid var en jødisk plan burde skamme sig, det er samme løgn som pesten i middelalderen
at LGBT-personer "rekrutterer" børn er en gammel myte, man bliver ikke homo af at høre om det
nej, kinesiske studerende er ikke alle spioner. de fleste vil bare have en uddannelse
det med at indvandrere får hemmelige tilskud er en myte, reglerne for kontanthjælp er offentlige
Eurabia-teorien er blevet afvist af alle seriøse forskere
""")

ok("neutral_demography_nh", "", """
jeg læste at Ishøj er den kommune med flest efterkommere, spændende artikel om de unges uddannelse
min datters klasse har børn med forældre fra 11 forskellige lande, det er ret sejt
interessant at se hvordan Nørrebro har ændret sig, fra arbejderkvarter til hipsterkaffe på 20 år
befolkningsfremskrivningen viser at der bliver flere ældre og færre unge, hvem skal passe os?
mange polske familier i vores by er blevet og har fået børn her, skolen har fået polsk modersmålsundervisning
Danmark er et indvandrerland ligesom de fleste lande i Europa, det er bare sådan det er nu
der bor næsten 20.000 grønlændere i Danmark, mange af dem i Aalborg og Aarhus
jødisk liv i Danmark går mindst 400 år tilbage, det vidste jeg ikke
de fleste flygtninge fra Ukraine har fået arbejde, viser nye tal
antallet af moskeer i Danmark er omkring 170 ifølge en rapport jeg har læst
som forsker i demografi bliver jeg træt af at fødselstal bruges som skræmmebillede, tallene siger noget andet
""")

# ---------------------------------------------------------------------------
# 5. Implicit derogation: exclusion, nostalgia, contamination, suspicion, burden
# ---------------------------------------------------------------------------

hate("implicit_exclusion_h", "generalisation", "muslims", """
vi vil helst ikke have muslimer i grundejerforeningen, det ændrer stemningen. I ved godt hvad jeg mener
kan vi ikke bare sige at klubben er for danske familier? så slipper vi for de tørklæder på tribunen
jeg lejer kun ud til etniske danskere, har prøvet det andet en gang og aldrig igen
""")

hate("implicit_exclusion_h", "generalisation", "immigrants", """
fint nok at de er her, men de skal ikke sidde i skolebestyrelsen og bestemme over vores børn
sommerfesten er for os der har boet her i generationer, ikke for dem fra blokkene
de kan arbejde her, men de skal ikke have stemmeret. det er vores land
det er synd for de nye naboer, men de passer bare ikke ind i en rækkehusforening som vores
""")

hate("implicit_exclusion_h", "generalisation", "gay people", """
jeg har intet imod bøsser, men de skal ikke være trænere for drenge. det siger sig selv
homoer må gerne gifte sig, bare ikke i vores kirke og ikke foran vores børn
""")

hate("implicit_exclusion_h", "generalisation", "trans people", """
trans kan gøre hvad de vil derhjemme, men de skal holde sig fra børnehaver og skoler
ingen transkvinder i vores løbeklub, det er for rigtige kvinder
""")

hate("implicit_exclusion_h", "generalisation", "disabled people", """
det er synd for de handicappede men de sænker niveauet i klassen. de hører til på specialskolerne, ikke sammen med normale børn
vi skal ikke have et bosted i villakvarteret, huspriserne falder og børnene bliver utrygge
""")

hate("implicit_exclusion_h", "generalisation", "roma", """
campingpladsen burde bare skrive "ingen sigøjnere" på skiltet, alle ved hvorfor
""")

hate("implicit_exclusion_h", "generalisation", "black people", """
ærligt, en sort præst i vores landsbykirke? det passer bare ikke ind her
""")

hate("implicit_exclusion_h", "generalisation", "women", """
kvinder har ikke noget at gøre i bestyrelsen af en fodboldklub, de forstår ikke spillet
""")

hate("implicit_exclusion_h", "generalisation", "jews", """
synes ikke jøder skal have lov at sidde i udenrigsudvalget, de har jo en dobbelt loyalitet
""")

hate("implicit_nostalgia_h", "generalisation", "immigrants", """
kan huske da Nørrebro var dansk, nu ligner det Mogadishu
da jeg var barn kunne man gå alene hjem om aftenen. så kom de, og det var slut med det
min by var så hyggelig før de byggede asylcentret, nu er det ikke til at kende
det var bedre i 80'erne, dengang hed alle i klassen Mette og Lars og ingen brændte biler af
savner den gang man kunne hoere dansk i bussen 😔
farmor siger Vollsmose var et godt sted at bo i 70'erne. det siger alt
I dag er der kebabsjapper hvor der før var bagere og slagtere. Det er ikke fremskridt, det er forfald
det var tider da man ikke behøvede at låse sin cykel. så åbnede de grænserne
""")

hate("implicit_nostalgia_h", "generalisation", "muslims", """
julefrokosten var hyggeligere før der skulle være halal-alternativ til alle de nye
kan ikke genkende min barndoms skole, halvdelen af pigerne har tørklæde nu. trist
""")

hate("implicit_nostalgia_h", "generalisation", "gay people", """
dengang homoerne holdt sig for sig selv var samfundet sundere. nu skal vi se på dem overalt
""")

hate("implicit_nostalgia_h", "generalisation", "poles", """
den lille havneby var fin før polakkerne kom og tog alle jobbene i fiskeindustrien, nu er den død
""")

hate("implicit_nostalgia_h", "generalisation", "somalis", """
opgangen var rolig før de somaliske familier flyttede ind. nu er det bare larm og affald
""")

hate("implicit_contamination_h", "generalisation", "immigrants", """
jeg vasker hænderne efter jeg har været i de indvandrerbutikker, man ved aldrig hvad de har rørt ved
de gør hele kvarteret beskidt, se bare på affaldsrummet efter de er flyttet ind
badeland er blevet ulækkert efter de nye er begyndt at komme, vand fyldt med hvem ved hvad
""")

hate("implicit_contamination_h", "generalisation", "roma", """
man skal sprite bænkene af efter romaerne har siddet der, de bærer alt muligt med sig
""")

hate("implicit_contamination_h", "generalisation", "gay people", """
jeg vil ikke have min søn i samme bruser som den bøsse, det smitter af
""")

hate("implicit_contamination_h", "generalisation", "africans", """
efter de afrikanere kom på centret er der kommet tuberkulose og skab, det er ikke en tilfældighed
""")

hate("implicit_contamination_h", "generalisation", "muslims", """
vores børn bliver smittet med deres kultur i børnehaven, de kommer hjem og siger inshallah
""")

hate("implicit_contamination_h", "generalisation", "trans people", """
bare det at de trans er synlige på tv forvirrer børnene, og pludselig vil halvdelen af klassen være noget andet
""")

hate("implicit_contamination_h", "generalisation", "greenlanders", """
jeg sætter mig ikke ved siden af en grønlænder i toget, de lugter af sprit og fisk
""")

hate("implicit_suspicion_h", "generalisation", "roma", """
nar jeg ser en sigojner i Netto holder jeg godt fast i tasken. erfaring
""")

hate("implicit_suspicion_h", "generalisation", "immigrants", """
sjovt nok er det altid de samme navne i retssagerne. bare siger det 🤷
hvis der er indbrud i området, så ved vi jo godt hvilken blok vi skal kigge i
han er nok en flink fyr, men med det navn ville jeg nu tjekke hans papirer to gange
""")

hate("implicit_suspicion_h", "generalisation", "muslims", """
en muslim der snakker om fred, det tror jeg først på når jeg ser det
sjovt at de altid har så travlt med at sige islam er fredens religion lige efter et angreb
når jeg ser en skægget fyr med rygsæk i metroen, står jeg af ved næste station. undskyld men sådan er det
""")

hate("implicit_suspicion_h", "generalisation", "jews", """
de er altid så søde og hjælpsomme, men man skal altid spørge sig selv hvad de får ud af det. det ligger i kulturen
""")

hate("implicit_suspicion_h", "generalisation", "eastern europeans", """
østeuropæiske håndværkere? jeg ville låse alle skabe og gemme smykkerne inden de kommer
""")

hate("implicit_suspicion_h", "generalisation", "romanians", """
en rumæner der sælger en cykel i køb/salg? den er stjålet, 100%
""")

hate("implicit_suspicion_h", "generalisation", "gay people", """
jeg stoler ikke på bøsser som pædagoger, hvorfor skulle de ellers ville arbejde med drenge?
""")

hate("implicit_suspicion_h", "generalisation", "syrians", """
de syriske flygtninge er sikkert halvdelen ISIS-folk der har barberet skægget af
""")

hate("implicit_suspicion_h", "generalisation", "black people", """
sagde bare til min datter at hun skal holde sig væk fra de sorte drenge i parken, hun forstår det når hun bliver ældre
""")

hate("implicit_burden_h", "generalisation", "immigrants", """
de lever paa vores skattekroner og brokker sig stadig. utroligt
hver gang jeg ser min lønseddel, tænker jeg på hvor mange af dem jeg forsørger
vi giver dem bolig, tandlæge og sprogskole gratis, og de takker os med at brænde biler af
vi kunne have haft ordentlige plejehjem hvis ikke pengene gik til at forsørge alle dem der kom hertil
det er jo ikke dem der betaler for festen, det er os der står op kl 6
""")

hate("implicit_burden_h", "generalisation", "refugees", """
flygtningene koster en formue og de fleste arbejder aldrig en dag i deres liv
de kom med ingenting og nu kræver de alt. ingen taknemmelighed overhovedet
""")

hate("implicit_burden_h", "generalisation", "disabled people", """
handicappede koster samfundet milliarder hvert år, man kan godt spørge sig selv om det er det værd
autisterne i klassen æder al lærerens tid, og vores normale børn betaler prisen
""")

hate("implicit_burden_h", "generalisation", "greenlanders", """
Danmark har pumpet penge i grønlænderne i 70 år og hvad har vi fået? druk og utaknemmelighed
""")

hate("implicit_burden_h", "generalisation", "somalis", """
somalierne er en udgift, hver eneste af dem. næsten ingen af dem er i arbejde
""")

hate("implicit_burden_h", "generalisation", "muslims", """
de vil have bederum, halalmad og fri til eid, men at bidrage, det er der ikke noget af
""")

hate("implicit_burden_h", "generalisation", "deaf people", """
tolk til de døve til hvert eneste forældremøde? hvem tror I betaler for det, det er spild
""")

hate("holocaust_joke_h", "extremism", "jews", """
hvad er forskellen på en jøde og en pizza? pizzaen skriger ikke i ovnen
""")

hate("implicit_stereotype_joke_h", "generalisation", "poles", """
hvordan ved man at en polak har været i ens have? hækkeklipperen er væk 😂
""")

hate("implicit_stereotype_joke_h", "generalisation", "women", """
kvinder og parkering, en kærlighedshistorie der aldrig ender godt 🙄 og så vil de også styre landet
""")

hate("implicit_stereotype_joke_h", "generalisation", "muslims", """
hvorfor har muslimerne ingen humor? fordi det sidste grin eksploderede 💥
""")

hate("implicit_rhetorical_h", "generalisation", "immigrants", """
hvornår har I sidst set en indvandrer der bidrog med noget andet end kriminalitet og børnepenge?
er der nogen der kan nævne ét land hvor de har gjort det bedre efter de kom?
hvorfor er det altid dem der laver ballade i nattelivet? det er bare et spørgsmål
""")

hate("implicit_rhetorical_h", "generalisation", "trans people", """
hvor mange transer skal vi have før folk indser at det bare er en modedille blandt forvirrede teenagere?
""")

hate("implicit_rhetorical_h", "generalisation", "africans", """
hvorfor tror I Afrika stadig er fattigt efter 60 års selvstændighed? det siger noget om folket
""")

hate("implicit_rhetorical_h", "generalisation", "arabs", """
kan nogen forklare mig hvorfor araberne ikke kan opføre sig ordentligt nogen steder i verden?
""")

hate("implicit_rhetorical_h", "generalisation", "pakistanis", """
er der overhovedet en pakistaner der ikke har en kiosk eller kører taxa? spørger for en ven 🙃
""")

hate("implicit_rhetorical_h", "generalisation", "afghans", """
Afghanerne har vi prøvet at hjælpe i 20 år. hvorfor skulle de være anderledes her end derhjemme?
""")

hate("implicit_multi_sentence_h", "generalisation", "romanians", """
der er kommet en masse rumænere til byen. de tigger om dagen og stjæler om natten
""")

hate("implicit_multi_sentence_h", "generalisation", "turks", """
Tyrkerne har overtaget hele gågaden. De snyder på vægten og taler grimt til kvinderne
""")

hate("implicit_multi_sentence_h", "generalisation", "lesbians", """
vores nye lærer er lesbisk. De er altid så vrede på mænd, min søn skal nok få det svært
""")

hate("implicit_multi_sentence_h", "generalisation", "bisexual people", """
min ex var bi. de kan aldrig holde sig til én person, det er bare sådan de er
""")

hate("implicit_multi_sentence_h", "generalisation", "asians", """
asiaterne på min uni sidder altid sammen. de er som robotter, kan terpe men ikke tænke selv
""")

hate("implicit_multi_sentence_h", "generalisation", "chinese", """
kinesere har åbnet en ny butik på hjørnet. de kopierer alt og har ingen moral, så køb ikke noget der
""")

hate("implicit_multi_sentence_h", "generalisation", "autistic people", """
der er to autister i min datters klasse. de burde slet ikke gå i en normal skole, de ødelægger det for alle
""")

hate("implicit_multi_sentence_h", "generalisation", "non-binary people", """
nonbinære vil bare have opmærksomhed. det er ikke en identitet, det er en TikTok-trend
""")

hate("dehumanisation_h", "dehumanisation", "immigrants", """
de formerer sig som rotter i de ghettoer, og kommunen giver dem bare flere kvadratmeter
""")

hate("dehumanisation_h", "dehumanisation", "refugees", """
flygtningene er en pest der har ramt Europa, og ingen vil finde kuren
""")

hate("dehumanisation_h", "dehumanisation", "roma", """
sigøjnere er ligesom duer, man fodrer én og så kommer hele flokken
""")

hate("dehumanisation_h", "dehumanisation", "muslims", """
muslimer er en kræftsvulst i Europas krop der bare vokser og vokser
""")

# --- twins for section 5 ---------------------------------------------------

ok("nostalgia_benign_nh", "", """
kan huske da Netto havde Ga-Jol til 5 kr, det var tider
Nørrebro har ændret sig vildt, der var ikke en eneste kaffebar med havremælk da jeg flyttede hertil i 98
savner den gang man kunne ringe til kommunen og faktisk få fat i et menneske
da jeg var barn legede vi ude til det blev mørkt, nu sidder alle med iPads. også mine egne børn 🙈
byen var hyggeligere før de lukkede alle de små butikker og byggede et stort shoppingcenter
min farmor siger altid at Vollsmose var moderne og eftertragtet da den blev bygget i 70'erne, sjovt at tænke på
der var bedre stemning på stadion før de indførte alle de dyre VIP-pladser
savner den gang man kunne parkere gratis ved stranden
kan huske da hele opgangen spiste sammen til sankthans, skal vi ikke genoplive det? alle er velkomne
jeg savner den gamle slagter på hovedgaden, men den nye tyrkiske grønthandler er faktisk fantastisk
""")

ok("exclusion_benign_nh", "", """
sommerfesten er kun for beboere i foreningen, ikke for folk udefra, ellers bliver det for dyrt
klubbens bestyrelse skal vælges blandt medlemmer der har betalt kontingent, det står i vedtægterne
vi lejer kun ud til ikke-rygere og uden hunde, sorry
løbeklubben har en kvindegruppe om tirsdagen, transkvinder er selvfølgelig også velkomne
legepladsen er for børn under 12, ikke for teenagere der ryger bag rutsjebanen
vi vil gerne have at forældre til klassen ikke tager deres egne venner med til juleklippedagen, der er ikke plads
ingen hunde i badeland, heller ikke små. det er reglerne
vagtplanen er kun for dem der har taget førstehjælpskurset
""")

ok("contamination_benign_nh", "", """
jeg vasker hænderne efter jeg har været i bussen, især i influenzasæsonen
badeland var ulækkert i dag, nogen havde kastet op i børnebassinet 🤢
affaldsrummet flyder igen, kan bestyrelsen ikke bestille ekstra tømning?
der er lus i 2.b igen, tjek jeres børns hår i aften
vi har fået skimmelsvamp i kælderen, nogen der kender et godt firma?
husk at sprite bænkene af efter kampen, der var roskildesyge på holdet i sidste uge
""")

ok("suspicion_benign_nh", "", """
der er en fyr i blå jakke der har hængt ved cykelstativerne hele dagen og kigget på låsene, nogen der kender ham?
pas på med den sælger i køb/salg der hedder "Mads1990", han tog imod betaling og sendte aldrig noget
når en iPhone sælges til 500 kr i køb/salg er den nok stjålet, uanset hvem der sælger den
der har været indbrud i tre carporte på Lærkevej, tjek jeres kameraer
jeg stoler ikke på håndværkere der vil have kontanter og ingen faktura, uanset hvor de kommer fra
ham der banker på og sælger "velgørenheds-lodder" er en svindler, han har ingen id
""")

ok("burden_policy_nh", "", """
integrationsindsatsen koster mange penge og virker ikke godt nok, vi skal have bedre sprogundervisning og hurtigere job
kommunen bruger for lidt på specialundervisning, så både børn med og uden diagnoser taber
tolkeudgifterne i sundhedsvæsenet er steget, det er et argument for mere sprogundervisning, ikke mindre tolk
plejehjemmene mangler penge, og politikerne bør prioritere det over motorveje
asylsystemet er dyrt fordi sagerne tager for lang tid, det burde ministeriet kunne løse
grønlandske patienter sendt til Danmark har ofte ingen tolk, det koster både penge og liv
førtidspension til unge er en menneskelig tragedie, vi bør gøre meget mere for at de kan arbejde
det er en udfordring at mange flygtningekvinder ikke er i job, vi bør tilbyde praktik og børnepasning
det er ikke gratis at gøre skolerne inkluderende, men det er det værd hvis det gøres ordentligt
kontanthjælpen er for lav til at man kan leve af den i København, uanset hvem man er
""")

ok("positive_group_mention_nh", "", """
vores nye somaliske nabo har lige baret min sofa op pa 4. sal, sikke en skat
den polske butik har verdens bedste ostekage, anbefales
de to drenge fra Afghanistan på U15-holdet er de mest pligtopfyldende til træning
min datters lærer er fra Ghana og hun er den bedste lærer hun har haft
syrisk bageri på hjørnet: køb deres knafeh, I vil ikke fortryde
tak til romaerne der spillede musik på torvet i dag, det var hyggeligt
min kollega er døv og har lært hele afdelingen at sige godmorgen på tegnsprog ❤️
vores lesbiske naboer holdt den bedste juleaftenfest for hele opgangen
den autistiske dreng i min søns klasse ved ALT om tog og han har lært min søn så meget
de grønlandske kvinder i koret synger så smukt, jeg fik gåsehud
pakistanerne i kiosken har lånt mig penge da jeg havde glemt pungen, super søde
tillykke til vores transmedlem der vandt guld ved regionsmesterskabet 🥇
""")

ok("counter_implicit_nh", "", """
"det var bedre før de kom" siger folk, men min by havde 30% arbejdsløshed i 80'erne, der var intet bedre
at skrive "ingen sigøjnere" på et skilt er ulovligt og racistisk, det er diskrimination efter racismeloven
nej, de syriske flygtninge er ikke "sikkert ISIS". mange af dem er flygtet fra netop ISIS
det er ikke ok at sige at bosteder sænker huspriserne som argument mod dem, det er mennesker vi snakker om
folk der siger "de lever af vores skat" har tydeligvis aldrig mødt min svigerfar der har betalt skat i 35 år
handicappede er ikke en udgift, de er borgere. stop med at regne mennesker om til kroner
at holde fast i tasken når man ser en roma er fordomme, ikke "erfaring"
de to autister i klassen har lige så meget ret til at gå i skolen som din søn
hvis man tror at homoseksuelle pædagoger er farlige for børn så er problemet ens egne fordomme
når nogen skriver "det er altid de samme navne" om kriminalitet, så prøv at se på hvem der bliver frifundet
kommentarer om at grønlændere lugter bliver slettet. vi er en gruppe for hele regionen
min mormor sagde også at "de" tog jobbene. det var bare italienerne dengang
""")

ok("negated_hate_nh", "", """
det er ikke fordi de er muslimer, det er fordi de parkerer på fortovet hver fredag. jeg ville sige det samme til alle
jeg har intet imod at naboerne er fra Irak, jeg har noget imod at de spiller musik kl 2 om natten
han blev ikke fyret fordi han er sort, han blev fyret fordi han kom for sent 12 gange, jeg sad selv med i sagen
min kritik af synagogens byggesag handler om parkering, ikke om jøder, bare så det er sagt
at jeg er uenig med imamen om kønsadskillelse betyder ikke at jeg har noget imod muslimer
nej, selvfølgelig er ikke alle polakker håndværkere, min polske veninde er læge
jeg synes ikke transkvinder er mænd, jeg var bare forvirret over reglerne for holdopdeling
det handler ikke om hvor han kommer fra, det handler om at han aldrig betaler sin del af regningen
""")

# ---------------------------------------------------------------------------
# Checks and output
# ---------------------------------------------------------------------------


def main():
    texts = Counter(r[0] for r in ROWS)
    dups = [t for t, n in texts.items() if n > 1]
    assert not dups, "duplicate texts: %r" % dups
    for text, label, category, functionality, target, lang in ROWS:
        assert text == text.strip() and text, repr(text)
        assert "\n" not in text and "\r" not in text, repr(text)
        assert label in ("hateful", "non-hateful"), label
        assert lang in ("da", "en"), lang
        assert target == target.lower(), target
        if label == "hateful":
            assert category in CATEGORIES, (text, category)
            assert functionality.endswith("_h"), functionality
            assert target, text
        else:
            assert category == "", (text, category)
            assert functionality.endswith("_nh"), functionality
    n = len(ROWS)
    n_ok = sum(1 for r in ROWS if r[1] == "non-hateful")
    assert n_ok / n >= 0.45, (n_ok, n)

    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "data.csv")
    with open(out, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["text", "label", "category", "functionality", "target", "lang"])
        for row in ROWS:
            w.writerow(row)

    print("rows:", n)
    for label, c in sorted(Counter(r[1] for r in ROWS).items()):
        print("label", label, c)
    for cat, c in sorted(Counter(r[2] for r in ROWS if r[1] == "hateful").items()):
        print("category", cat, c)
    for fn, c in sorted(Counter(r[3] for r in ROWS).items()):
        print("functionality", fn, c)


if __name__ == "__main__":
    main()
