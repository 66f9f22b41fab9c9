#!/usr/bin/env python3
"""Training data for trygbot: Danish youth chat (gaming Discords, class chats,
Snapchat/TikTok comments, football-fan groups). Writes data.csv next to this file.

Standard library only; output is deterministic (rows in the order written).
"""
import collections
import csv
import os

ROWS = []
CATEGORIES = {"slur", "dehumanisation", "generalisation", "threat", "extremism", "harassment"}


def hate(functionality, category, target, messages, lang="da"):
    assert category in CATEGORIES, category
    assert functionality.endswith("_h"), functionality
    for m in messages:
        ROWS.append((m, "hateful", category, functionality, target, lang))


def ok(functionality, target, messages, lang="da"):
    assert functionality.endswith("_nh"), functionality
    for m in messages:
        ROWS.append((m, "non-hateful", "", functionality, target, lang))


# ---------------------------------------------------------------------------
# PART 1
# ---------------------------------------------------------------------------

# --- slurs ---------------------------------------------------------------
hate("slur_plain_h", "slur", "immigrants", [
    "hvem fuck inviterede perkerbanden til festen 🙄",
    "hvorfor er der så mange perkere på serveren nu lol",
    "lmao perkerlort i hele vc'en, jeg leaver",
])
hate("slur_compound_h", "slur", "arabs", [
    "de sandnegre fra 9b tror de ejer skolegården",
    "kom nu ik hertil med dine kameljockey-venner",
    "hold kæft din muhamedaner, ingen spurgte",
])
hate("slur_plain_h", "slur", "black people", [
    "ik spil med ham bro han er en fucking neger",
    "negerkælling ik skriv til mig igen",
    "din negermor ringede, hun vil have sin bananskal tilbage",
])
hate("slur_plain_h", "slur", "gay people", [
    "lmao han er sådan en bøssekarl fr 💀",
    "fagget kan ik engang aime, uninstall",
    "gay ass bøsserøv, ud af min lobby",
])
hate("slur_plain_h", "slur", "lesbians", [
    "ew lebbe-vibes i den her chat, bye",
    "de to lebber fra 2.g skal ik sidde ved os",
])
hate("slur_plain_h", "slur", "trans people", [
    "lol tranny alert i vc 🚨",
    "den transe fra tiktok er så cringe, blok",
])
hate("slur_plain_h", "slur", "roma", [
    "fuck jer zigøjnere seriøst",
    "sigøjnerpak står og hænger ved hallen igen",
])
hate("slur_plain_h", "slur", "asians", [
    "ching chong ching 😂😂 se ham i hjørnet",
    "slitøjne-banden er tilbage i kantinen",
])
hate("slur_plain_h", "slur", "greenlanders", [
    "de er bare nogle eskimo-drankere alle sammen",
])
hate("slur_plain_h", "slur", "pakistanis", [
    "pakkis-butikken nede på hjørnet lugter af pakkis",
])
hate("slur_plain_h", "slur", "disabled people", [
    "spasserne fra specialklassen skal ikke sidde ved vores bord",
    "mongoler burde ik få lov at spille med i turneringen",
])
hate("slur_plain_h", "slur", "women", [
    "smid den fede luder ud af gruppen",
    "typisk kælling, kan ik tage en joke",
])
hate("slur_compound_h", "slur", "jews", [
    "fuck de jødesvin og deres penge",
])
hate("slur_compound_h", "slur", "poles", [
    "polakkersvin har taget alle pladserne på holdet",
])

# --- dehumanisation -------------------------------------------------------
hate("dehum_animal_h", "dehumanisation", "somalis", [
    "de somaliere er bare rotter der formerer sig",
])
hate("dehum_disease_h", "dehumanisation", "refugees", [
    "flygtninge er en pest for danmark fr",
])
hate("dehum_not_human_h", "dehumanisation", "muslims", [
    "muslimer er ik mennesker bro, de er dyr",
])
hate("dehum_animal_h", "dehumanisation", "black people", [
    "de sorte på holdet er gorillaer 🦍🦍 jeg siger det bare",
    "🐒🐒🐒 @ den nye spiller fra ghana",
])
hate("dehum_vermin_h", "dehumanisation", "roma", [
    "romaer = kakerlakker, de kommer altid tilbage",
])
hate("dehum_disease_h", "dehumanisation", "trans people", [
    "trans er ik en identitet det er en sygdom der skal kureres, de er defekte",
])
hate("dehum_disease_h", "dehumanisation", "gay people", [
    "bøsser er som en virus der spreder sig på tiktok",
])
hate("dehum_vermin_h", "dehumanisation", "afghans", [
    "afghanere er snylte-parasitter, intet andet",
])
hate("dehum_animal_h", "dehumanisation", "greenlanders", [
    "grønlændere er bare sæler på to ben lmao",
])
hate("dehum_vermin_h", "dehumanisation", "poles", [
    "polakker er ukrudt, de gror alle vegne",
])
hate("dehum_filth_h", "dehumanisation", "immigrants", [
    "indvandrerne i blokken er skrald, punktum",
])
hate("dehum_disease_h", "dehumanisation", "jews", [
    "jøder er en kræftsvulst på verden",
])
hate("dehum_object_h", "dehumanisation", "women", [
    "kvinder er bare køkkenmaskiner med wifi lol",
])
hate("dehum_object_h", "dehumanisation", "disabled people", [
    "handicappede er grøntsager, hvorfor skal de overhovedet med på tur",
])
hate("dehum_animal_h", "dehumanisation", "pakistanis", [
    "pakistanere yngler som kaniner, se bare opgangen",
])

# --- generalisations ------------------------------------------------------
hate("gen_terror_h", "generalisation", "muslims", [
    "alle muslimer er terrorister bare vent og se",
])
hate("gen_lazy_h", "generalisation", "somalis", [
    "somaliere gider ik arbejde wallah de lever af kontanthjælp",
])
hate("gen_crime_h", "generalisation", "poles", [
    "polakker stjæler altid, lås din cykel fr",
])
hate("gen_stupid_h", "generalisation", "arabs", [
    "arabere kan ik køre bil lol ser det hver dag",
])
hate("gen_ruin_h", "generalisation", "immigrants", [
    "indvandrere ødelægger alt i vores område ngl",
])
hate("gen_conspiracy_h", "generalisation", "jews", [
    "jøder styrer medierne, det ved alle der har hjerne",
    "det er jøderne der står bag hele migrationen, tjek det selv",
])
hate("gen_gender_h", "generalisation", "women", [
    "kvinder kan ik spille fps, stop med at prøve",
    "piger hører til i køkkenet ik i ranked",
])
hate("gen_stereotype_h", "generalisation", "gay people", [
    "bøsser er altid så dramatiske og irriterende, orker dem ik",
])
hate("gen_trend_h", "generalisation", "trans people", [
    "trans er bare en tiktok trend, de er forvirrede unger",
])
hate("gen_crime_h", "generalisation", "roma", [
    "romaer er født til at tigge og stjæle",
])
hate("gen_crime_h", "generalisation", "romanians", [
    "rumænere = tyve. det er ik racisme det er erfaring",
])
hate("gen_violent_h", "generalisation", "turks", [
    "tyrkere er aggressive allesammen, de kan ik tage et nej",
])
hate("gen_burden_h", "generalisation", "syrians", [
    "syrerne tager alle lejlighederne og vi andre kan bare vente",
])
hate("gen_crime_h", "generalisation", "afghans", [
    "afghanere voldtager, se statistikken bro",
])
hate("gen_joke_h", "generalisation", "asians", [
    "asiater kan ik se ordentligt lmao det er derfor de går i kø til alt",
])
hate("gen_stereotype_h", "generalisation", "chinese people", [
    "kinesere spiser hunde ew, hold jeres kæledyr inde",
])
hate("gen_stereotype_h", "generalisation", "greenlanders", [
    "grønlændere drikker hele dagen, ik noget nyt",
])
hate("gen_question_h", "generalisation", "immigrants", [
    "hvorfor er det altid udlændinge der laver ballade i bussen?",
])
hate("gen_nostalgia_h", "generalisation", "immigrants", [
    "byen var bare bedre før de kom hertil fr",
])
hate("gen_exclusion_h", "generalisation", "refugees", [
    "vi vil ik have flere flygtningebørn i klassen, de trækker niveauet ned",
])
hate("gen_culture_h", "generalisation", "muslims", [
    "deres kultur passer bare ik ind her. muslimer bliver aldrig danske",
])
hate("gen_burden_h", "generalisation", "refugees", [
    "hvorfor får flygtninge alt gratis når vi skal betale for alt",
])
hate("gen_ingratitude_h", "generalisation", "immigrants", [
    "de kommer hertil og spytter på danmark bagefter, utaknemmelige",
])
hate("gen_stupid_h", "generalisation", "black people", [
    "sorte er dummere, det er videnskab bro",
])
hate("gen_derog_h", "generalisation", "deaf people", [
    "døve er så irriterende, lær at tale normalt",
])
hate("gen_derog_h", "generalisation", "autistic people", [
    "autister er cringe allesammen, ingen social sans",
])
hate("gen_burden_h", "generalisation", "disabled people", [
    "handicappede er en byrde for samfundet fr, koster bare penge",
])
hate("gen_gender_h", "generalisation", "women", [
    "kvinder er for følelsesladede til at være dommere, se bare i går",
])
hate("gen_joke_h", "generalisation", "poles", [
    "hvad kalder man en polak med et job? en tyv på prøve 😂",
])
hate("gen_joke_h", "generalisation", "somalis", [
    "hvorfor går somaliere ik i skole? kontanthjælp kræver ingen eksamen 💀",
])
hate("gen_joke_h", "generalisation", "gay people", [
    "en bøsse går ind på en bar... nej vent han tripper ind 💅😂 de er alle sådan",
])
hate("gen_suspicion_h", "generalisation", "muslims", [
    "de muslimske forældre vil have halal i kantinen, næste skridt er sharia",
])
hate("gen_cheat_h", "generalisation", "arabs", [
    "lowkey alle arabere i min klasse snyder til prøverne",
])
hate("gen_crime_h", "generalisation", "roma", [
    "ik lad de sigøjnere komme tæt på din taske fr",
])
hate("gen_crime_h", "generalisation", "romanians", [
    "bro rumænerne ved netto er alle i samme bande",
])

# --- threats ---------------------------------------------------------------
hate("threat_place_h", "threat", "poles", [
    "vi ses ved stationen efter kampen, de polske svin skal have tæsk",
])
hate("threat_call_h", "threat", "muslims", [
    "nogen burde skyde alle de muslimer ned",
])
hate("threat_particle_h", "threat", "gay people", [
    "jeg banker den bøsse ud af omklædningsrummet i morgen",
])
hate("threat_selfharm_h", "threat", "trans people", [
    "trans folk burde bare hænge sig selv, gør verden en tjeneste",
])
hate("threat_place_h", "threat", "muslims", [
    "vi tager ud til moskeen fredag og smadrer den",
])
hate("threat_direct_h", "threat", "black people", [
    "jeg stikker den neger ned hvis han kommer igen",
])
hate("threat_wish_h", "threat", "jews", [
    "håber alle jøder dør, simpelthen",
])
hate("threat_particle_h", "threat", "roma", [
    "vi skal jage de sigøjnere væk fra p-pladsen med bat",
])
hate("threat_call_h", "threat", "immigrants", [
    "skulle bare sprænge hele ghettoen i luften fr",
])
hate("threat_place_h", "threat", "immigrants", [
    "vent til du kommer ud af skolen, din perker",
])
hate("threat_arson_h", "threat", "afghans", [
    "hvis jeg ser de afghanere i parken igen så sætter jeg ild til deres telt",
])
hate("threat_arson_h", "threat", "somalis", [
    "smid en molotov ind hos somalierne i nr 12",
])
hate("threat_call_h", "threat", "gay people", [
    "tæv dem alle sammen, de homoer til pride 👊",
])
hate("threat_particle_h", "threat", "romanians", [
    "skyd de rumænere ned når de tigger ved netto",
])
hate("threat_direct_h", "threat", "greenlanders", [
    "jeg slår ham ihjel den grønlandske dranker hvis han rører min øl",
])
hate("threat_place_h", "threat", "trans people", [
    "lad os give den transe en lektion bag gymnastiksalen efter skole",
])
hate("threat_direct_h", "threat", "black people", [
    "jeg kommer hjem til dig og dine sorte forældre, pas på",
])
hate("threat_place_h", "threat", "jews", [
    "pas på dig selv på vej hjem fra træning, jøde",
])

# --- extremism -------------------------------------------------------------
hate("extremism_code_h", "extremism", "", [
    "1488 🇩🇰 brødre",
    "88 til alle i chatten 🤝",
    "14 ord. sig dem med mig",
])
hate("extremism_remigration_h", "extremism", "immigrants", [
    "remigration NU. alle ikke-vestlige skal ud",
])
hate("extremism_replacement_h", "extremism", "immigrants", [
    "den store udskiftning sker lige nu, vågn op danmark",
])
hate("extremism_terror_praise_h", "extremism", "muslims", [
    "breivik var en helt fr, han gjorde det ingen andre turde",
    "ærligt har tarrant gjort mere end alle politikere tilsammen",
])
hate("extremism_denial_h", "extremism", "jews", [
    "holocaust er verdens største løgn",
    "hitler havde ret om de jøder",
])
hate("extremism_nazi_h", "extremism", "", [
    "sieg heil 🫡 lol",
    "hvid magt danmark, vi er flere end i tror",
])
hate("extremism_cleansing_h", "extremism", "immigrants", [
    "danmark for danskerne, resten skal sendes hjem med tvang",
])
hate("extremism_echo_h", "extremism", "jews", [
    "(((de))) vil ik have at du ved det",
])

# --- harassment of one person --------------------------------------------
hate("harass_misgender_h", "harassment", "trans people", [
    "@sara du er en mand med paryk, stop med at lade som om",
    "han kalder sig 'de' 💀 nej bro du er en han",
    "'hun' lol du har stadig adamsæble",
])
hate("harass_go_home_h", "harassment", "immigrants", [
    "@ahmed tag hjem til dit eget land, ingen vil have dig her",
])
hate("harass_origin_h", "harassment", "muslims", [
    "@yusuf er din far også terrorist eller?",
])
hate("harass_disability_h", "harassment", "deaf people", [
    "hør lige den døve fra 8a prøve at snakke 😂 'ehhh uhhh'",
    "se freja med høreapparatet hahah HVAD SIGER DU",
])
hate("harass_disability_h", "harassment", "disabled people", [
    "nogen se lige hende i kørestolen der prøver at danse lmaooo",
    "stammer-jonas kan ik engang sige sit eget navn 😂",
])
hate("harass_disability_h", "harassment", "autistic people", [
    "@mira autist-pigen skal ik være med i vores gruppe til projektet",
])
hate("harass_origin_h", "harassment", "poles", [
    "din accent er så cringe @kasia, lær dansk eller skrid",
])
hate("harass_orientation_h", "harassment", "gay people", [
    "@tobias er du seriøst bøsse nu? ew hold dig væk fra mig i omklædningen",
])
hate("harass_origin_h", "harassment", "somalis", [
    "@noah din mor er fra somalia så du er nok også pirat 🏴‍☠️",
])
hate("harass_origin_h", "harassment", "asians", [
    "@mei kan du overhovedet se skærmen med de øjne",
])
hate("harass_gender_h", "harassment", "women", [
    "@lina du er kun på holdet fordi de manglede en pige, du er ass",
])

# --- NON-HATEFUL ------------------------------------------------------------
ok("gaming_trash_talk_nh", "", [
    "bro du er så dårlig til cs det er sygt",
    "jeg dræber dig i fifa i aften fr",
    "wallah jeg smadrer jer i ranked",
    "lowkey du burde uninstall 💀",
    "i er så bots allesammen, 0-13 er crazy",
    "kom nu ind i vc i noobs",
    "jeg skyder dig i hovedet første runde lol",
    "ik cry om det, git gud",
    "din aim er cringe bro",
    "vi skal stompe dem i aften 🔥",
    "han rage quittede igen 😭😭",
    "den her patch er så fucked, min main er død",
    "tror du ik bare skal give op bro det er pinligt at se på",
    "hvem carrier i aften? ik dig i hvert fald",
])
ok("teacher_complaint_nh", "", [
    "vores matematiklærer er fr den værste person i verden",
    "hun gav os 3 afleveringer til i morgen??? hun hader os",
    "lars prøver at bruge slang i timen og det er så cringe",
    "jeg dør hvis vi får prøve i tysk i morgen",
    "læreren konfiskerede min telefon igen, hvilken diktator",
])
ok("ex_drama_nh", "", [
    "min ex er så toxic wallah blokér ham alle sammen",
    "hun er en slange bro stol ik på hende",
    "han snød mig med min bedste veninde fr ew",
    "ik skriv til ham han er red flag på red flag",
])
ok("football_rivalry_nh", "", [
    "fck kan ik spille fodbold i år det er pinligt",
    "brøndby fans er de værste lol",
    "dommeren er blind, det var ALDRIG straffe",
    "vi knuser dem søndag 💪",
    "den målmand burde fyres i dag",
    "agf er så ass i år",
    "hvordan misser man sådan en chance?? jeg er færdig",
    "vi ses på parken, og tag trommen med",
])
ok("friend_banter_nh", "", [
    "du er så dum bro 😂 elsker dig",
    "hold kæft mand du er ik normal haha",
    "idiot du glemte din jakke igen",
    "ses vi ik kl 8 i morgen? ik sov over dig igen",
    "bro du er lowkey den mest irriterende person jeg kender 😭❤️",
])
ok("ingroup_self_reference_nh", "gay people", [
    "som bøsse kan jeg sige at pride i år var sygt 🏳️‍🌈",
])
ok("ingroup_self_reference_nh", "iraqis", [
    "min far er fra irak og han siger wallah mere end mig lol",
])
ok("ingroup_self_reference_nh", "greenlanders", [
    "vi grønlændere har altid kaffemik til fødselsdage, kom forbi",
])
ok("ingroup_self_reference_nh", "autistic people", [
    "jeg er autist og ja jeg hader også høj musik i bussen",
])
ok("ingroup_self_reference_nh", "trans people", [
    "som trans gider jeg ik forklare mine pronomener hver dag ngl",
])
ok("ingroup_self_reference_nh", "deaf people", [
    "jeg er døv så skriv i chatten i stedet for vc pls",
])
ok("ingroup_self_reference_nh", "poles", [
    "min mormor er polsk og hun laver de bedste pierogi",
])
ok("ingroup_self_reference_nh", "lesbians", [
    "lesbisk og stolt, hvem skal med til pride?",
])
ok("ingroup_self_reference_nh", "muslims", [
    "ramadan starter snart, hvem faster med? 🌙",
])
ok("ingroup_self_reference_nh", "somalis", [
    "jeg er halv somalisk og folk spørger altid hvor jeg 'rigtig' er fra lol",
])
ok("counter_speech_nh", "", [
    "det der er racistisk bro, slet det",
    "tror du selv det er sjovt det du skriver? det er bare ondt",
])
ok("counter_speech_nh", "immigrants", [
    "hvorfor skriver du perker, det er ik okay",
])
ok("counter_speech_nh", "gay people", [
    "stop med de bøssejokes, det er ik sjovt mere",
])
ok("report_hate_nh", "black people", [
    "han blev bannet for at skrive n-ordet, fair nok",
])
ok("counter_speech_nh", "muslims", [
    "@mads det du skrev om muslimer er bare forkert og klamt",
])
ok("counter_speech_nh", "poles", [
    "ik alle polakker stjæler wtf, min nabo er polsk og hun er den sødeste",
])
ok("counter_speech_nh", "disabled people", [
    "man siger ik 'mongol' om folk, min lillebror har downs",
])
ok("report_hate_nh", "roma", [
    "hun skrev at romaer er tyve, jeg har rapporteret det til mods",
])
ok("counter_speech_nh", "jews", [
    "lowkey cringe at folk stadig laver jødejokes i 2026",
])
ok("counter_speech_nh", "trans people", [
    "trans folk er bare folk, chill",
])
ok("counter_speech_nh", "somalis", [
    "fr det er så dumt at sige alle somaliere er pirater",
])
ok("counter_speech_nh", "black people", [
    "seriøst, kalder du ham abe? det er racisme og du ved det",
])
ok("news_nh", "", [
    "så i det om skyderiet i fields? helt sygt",
    "der var terrorangreb i nyhederne i går, håber alle er ok",
])
ok("history_nh", "jews", [
    "vi lærer om holocaust i historie, det er så trist",
    "vidste ik at danskerne sejlede jøderne til sverige i 43, sygt",
])
ok("news_nh", "jews", [
    "synagogen i kbh har fået mere vagt efter truslerne",
])
ok("policy_criticism_nh", "", [
    "integrationspolitikken er fucked, kommunen gør ingenting",
    "regeringen burde bruge flere penge på psykiatrien fr",
])
ok("religion_criticism_nh", "", [
    "jeg synes ik religion skal bestemme noget i skolen, heller ik kristendom",
])
ok("religion_criticism_nh", "muslims", [
    "islam som religion har regler jeg ik er enig i, men folk er folk",
])
ok("neutral_mention_nh", "somalis", [
    "skal vi ik tage til den somaliske restaurant på nørrebro?",
])
ok("neutral_mention_nh", "poles", [
    "den polske butik har de bedste pølser",
])
ok("positive_mention_nh", "turks", [
    "vores nye træner er fra tyrkiet og han er sygt god",
])
ok("positive_mention_nh", "muslims", [
    "eid mubarak til alle der fejrer 🌙",
])
ok("positive_mention_nh", "gay people", [
    "min bedste ven er bøsse og han har bedre style end mig",
])
ok("neutral_mention_nh", "", [
    "tyrkisk pizza til frokost? 🍕",
])
ok("genuine_question_nh", "muslims", [
    "hvorfor faster muslimer egentlig? spørger seriøst",
])
ok("genuine_question_nh", "non-binary people", [
    "hvad betyder non-binær præcis?",
])
ok("genuine_question_nh", "disabled people", [
    "er det forkert at sige 'handicappet' eller hvad siger man",
])
ok("genuine_question_nh", "greenlanders", [
    "hvordan siger man hej på grønlandsk?",
])



# --- more non-hateful, part 1 ----------------------------------------------
ok("gaming_violent_idiom_nh", "", [
    "jeg kommer og henter dig i næste runde, gem dig bare",
    "bro jeg brænder hele deres base ned i minecraft i aften 🔥",
    "sniper ham fra taget, han ser det aldrig komme",
    "hvis du stjæler mit kill igen så er du død wallah 😤",
    "vi campede ved b hele runden og slagtede dem",
    "jeg flænser dig i smash, bare vent til fredag",
    "han blev one-tappet så hårdt 💀💀",
    "nuke dem bare, de har ingen chance",
    "lad os raide deres server kl 20, de har ingen defense lol",
])
ok("school_chat_nh", "", [
    "hvem har noterne fra bio? sender en snus i bytte 😅",
    "ik glem at vi har idræt i morgen, tag skiftetøj med",
    "gruppearbejdet er så ass, ingen laver noget",
    "kan nogen forklare opgave 4?? jeg fatter intet",
    "skolefesten bliver fr sygt, dj'en er ham fra tiktok",
    "hvorfor er kantinemaden altid kold lol",
    "sidder i matematik og dør langsomt",
    "vores klasse er lowkey den bedste på årgangen ngl",
])
ok("insult_no_protected_trait_nh", "", [
    "@oliver du er så irriterende når du spammer, stop",
    "min nabo har parkeret på min plads IGEN, hvilken klovn",
    "hun er fake som fuck, snakker bag ryggen på alle",
    "din lillebror er så annoying i vc, mute ham",
    "du er en taber hvis du ik kommer til festen lol",
    "hvem fanden tager 40 min i bad før skole",
    "han er den største klovn på holdet, altid for sent",
    "ik vær sådan en kylling, hop nu i vandet",
])
ok("sports_violent_idiom_nh", "", [
    "vi skal slagte fcm på lørdag, ingen nåde",
    "deres forsvar blev smadret totalt, 4-0 😂",
    "træneren slår os ihjel med løb i morgen 😭",
    "han tacklede som en bulldozer, dommeren så intet",
])
ok("counter_speech_nh", "refugees", [
    "flygtninge flygter fra krig bro, lidt empati ville ik skade",
])
ok("counter_speech_nh", "women", [
    "'piger kan ik game' siger han og er hardstuck silver 💀",
    "hun er bedre end dig i valorant, get over it",
])
ok("counter_speech_nh", "immigrants", [
    "ik skriv 'send dem hjem' i klassechatten, halvdelen af os er født her",
    "det er så dumt at give udlændinge skylden for alt",
])
ok("counter_speech_nh", "autistic people", [
    "at bruge 'autist' som skældsord er bare lavt, stop",
])
ok("counter_speech_nh", "trans people", [
    "han bliver ved med at kalde hende 'han' for at være sjov, det er mobning",
])
ok("counter_speech_nh", "arabs", [
    "fr hvis du siger 'sandneger' en gang til så kicker jeg dig fra serveren",
])
ok("report_hate_nh", "gay people", [
    "nogen skrev 'bøsse' på lasses skab, lærerne ved det godt",
])
ok("report_hate_nh", "jews", [
    "der var nogen der skrev 88 og sieg heil i general, mods bannede dem",
])
ok("report_hate_nh", "muslims", [
    "der er nogen i kommentarerne der truer moskeen, har anmeldt det",
])
ok("report_hate_nh", "black people", [
    "fans råbte abelyde efter vores angriber, klubben burde straffe dem",
])
ok("negated_hate_nh", "muslims", [
    "det er ik fordi de er muslimer, de er bare irriterende i timen",
])
ok("negated_hate_nh", "poles", [
    "han er ik dårlig fordi han er polsk, han er dårlig fordi han aldrig træner lol",
])
ok("negated_hate_nh", "women", [
    "ik fordi hun er pige men hun spiller fr bedre end jer alle",
])
ok("history_nh", "", [
    "vi så dokumentar om anden verdenskrig, nazisterne var så syge",
    "vi har om kolonitiden i historie, danmark gjorde mange klamme ting på grønland",
])
ok("news_nh", "refugees", [
    "så nyheden om båden der sank i middelhavet, så trist",
])
ok("news_nh", "muslims", [
    "der var en koranafbrænding foran ambassaden i går, politiet var der",
])
ok("policy_criticism_nh", "immigrants", [
    "synes udlændingepolitikken er for stram men det er politik, vi kan godt være uenige",
    "ghettoloven er så unfair overfor folk der bor der",
])
ok("ideology_criticism_nh", "", [
    "nazisme er klamt punktum",
    "islamisme og andre ekstreme ideologier skal bekæmpes, men ik almindelige muslimer",
])
ok("positive_mention_nh", "somalis", [
    "de somaliske drenge fra holdet er de sødeste, altid glade",
])
ok("positive_mention_nh", "syrians", [
    "min syriske klassekammerat lærte dansk på 2 år, respekt",
])
ok("positive_mention_nh", "trans people", [
    "så glad for at mika endelig kom ud som trans, vi støtter dig 🏳️‍⚧️",
])
ok("positive_mention_nh", "deaf people", [
    "vi lærer tegnsprog i valgfag, det er faktisk sygt fedt",
])
ok("positive_mention_nh", "disabled people", [
    "para-svømmerne til OL var fr insane",
])
ok("neutral_mention_nh", "chinese people", [
    "den kinesiske restaurant ved stationen har nye dumplings 😍",
])
ok("neutral_mention_nh", "turks", [
    "hvem vil med til tyrkiet i sommerferien? billige billetter",
])
ok("neutral_mention_nh", "arabs", [
    "lærer arabisk på duolingo lol det er svært",
])
ok("neutral_mention_nh", "pakistanis", [
    "den pakistanske købmand har åbent til kl 23, vi kan hente chips der",
])
ok("neutral_mention_nh", "romanians", [
    "ny spiller på holdet er rumæner, han er sygt hurtig",
])
ok("genuine_question_nh", "jews", [
    "hvad er forskellen på jødedom og israel egentlig? vil ik sige noget forkert",
])
ok("genuine_question_nh", "trans people", [
    "hvordan spørger man om pronomener uden at det er awkward?",
])
ok("genuine_question_nh", "muslims", [
    "må muslimer spise gelatine? skal lave kage til klassen",
])
ok("genuine_question_nh", "deaf people", [
    "hvordan kan døve spille valorant uden lyd? spørger fordi min fætter er døv",
])
ok("slang_neutral_nh", "", [
    "wallah jeg er så træt i dag",
    "fr fr det her er det bedste sted at få shawarma",
    "ik sig det til nogen men jeg er lowkey forelsket",
    "bro det er sygt koldt ude 🥶",
    "cringe at jeg faldt på trappen foran hele klassen 😭",
    "ngl det er den bedste sang i år",
    "yalla vi går nu",
])
ok("ingroup_reclaimed_nh", "gay people", [
    "vi bøsser skal nok redde festen, tag glimmeret med 💅",
])
ok("ingroup_reclaimed_nh", "immigrants", [
    "vi perkerbørn fra blokken har det altid sjovest til eid lol",
])
ok("ingroup_self_reference_nh", "disabled people", [
    "som kørestolsbruger er det så irriterende at elevatoren på stationen altid er i stykker",
])
ok("ingroup_self_reference_nh", "black people", [
    "som sort i en klasse med 28 hvide får jeg altid det spørgsmål om mit hår lol",
])



# --- more hateful, part 1 ----------------------------------------------------
hate("gen_two_sentence_h", "generalisation", "somalis", [
    "så de somaliske familier der flyttede ind? de larmer hele natten og lærer det aldrig",
])
hate("gen_two_sentence_h", "generalisation", "roma", [
    "romaerne er tilbage ved stationen. they never learn, de er bare sådan",
])
hate("gen_two_sentence_h", "generalisation", "women", [
    "kvindelige streamers lol. de kan intet, de lever af simps",
])
hate("gen_mixed_english_h", "generalisation", "muslims", [
    "muslims are literally the problem bro, se bare rosengård",
])
hate("gen_mixed_english_h", "generalisation", "africans", [
    "afrikanere kan ik styre et land, they never could",
])
hate("gen_contamination_h", "generalisation", "immigrants", [
    "skolen er blevet så beskidt efter alle de nye udlændinge kom",
])
hate("gen_comparison_h", "generalisation", "eastern europeans", [
    "østeuropæere er værre end hunde til at holde orden på sig selv",
])
hate("gen_question_h", "generalisation", "trans people", [
    "hvorfor skal trans altid tvinge deres sygdom ned over os andre?",
])
hate("gen_question_h", "generalisation", "jews", [
    "hvorfor er det altid jøder der ejer bankerne? bare et spørgsmål 🤔",
])
hate("gen_derog_h", "generalisation", "bisexual people", [
    "biseksuelle er bare grådige og kan ik bestemme sig, altid utro",
])
hate("gen_derog_h", "generalisation", "non-binary people", [
    "non-binære er bare opmærksomhedskrævende snowflakes",
])
hate("gen_exclusion_h", "generalisation", "gay people", [
    "bøsser skal ik være trænere for drengeholdet, det er bare ikke sikkert",
])
hate("threat_particle_h", "threat", "arabs", [
    "vi smider de arabiske drenge ud ad vinduet hvis de kommer til festen",
])
hate("threat_conditional_h", "threat", "lesbians", [
    "hvis de to lebber kysser i kantinen igen så får de en på hovedet",
])
hate("threat_wish_h", "threat", "disabled people", [
    "håber de handicappede på vores vej bliver kørt ned",
])
hate("threat_place_h", "threat", "syrians", [
    "vi venter på syrerne ved rundkørslen i aften, tag knojern med",
])
hate("threat_particle_h", "threat", "chinese people", [
    "brænd kinesernes butik af, de spredte corona",
])
hate("dehum_animal_h", "dehumanisation", "arabs", [
    "gedekneppere alle sammen, de er ik engang mennesker",
])
hate("dehum_filth_h", "dehumanisation", "roma", [
    "sigøjnerne er affald, ryd stationen for det skrald",
])
hate("slur_plain_h", "slur", "turks", [
    "tyrkersvin har fucket min knallert igen",
])
hate("slur_plain_h", "slur", "black people", [
    "lmaooo n*ggers i lobbyen again 💀",
])
hate("slur_plain_h", "slur", "immigrants", [
    "p3rker detected 🤢",
])
hate("extremism_slogan_h", "extremism", "immigrants", [
    "send dem alle ud, hvid jul hvidt danmark 🇩🇰🇩🇰",
])
hate("harass_misgender_h", "harassment", "non-binary people", [
    "@alex 'hen' my ass, du er en pige og det ved alle i klassen",
])
hate("harass_go_home_h", "harassment", "afghans", [
    "@farid skrid tilbage til afghanistan med din lugt",
])



# ---------------------------------------------------------------------------
# PART 2: hateful
# ---------------------------------------------------------------------------

# --- slurs, compounds and obfuscated spellings ---------------------------
hate("slur_compound_h", "slur", "immigrants", [
    "de perkerunger fra 7c har stjålet min bold igen",
    "hele perkerfamilien skulle selvfølgelig med til forældremødet 🙄",
    "p*rkere i ranked hver eneste kamp smh",
    "lol perk3rdrengene i bussen larmer som altid",
])
hate("slur_compound_h", "slur", "black people", [
    "hvad laver den negerdreng i vores hold",
    "neeeeger spotted i fortnite 😂",
    "han er bare en n1gger med en bold, intet andet",
])
hate("slur_compound_h", "slur", "gay people", [
    "fuck af din bøssedreng",
    "b0sse-holdet kan ik engang vinde mod 6. klasse",
    "du spiller som en homofjols",
    "sikke en faggot-skin du har bro",
])
hate("slur_compound_h", "slur", "lesbians", [
    "lebbekællingen fra volleyholdet stirrer på os igen",
])
hate("slur_compound_h", "slur", "trans people", [
    "transefreaken fra tiktok har lavet ny video 🤢",
    "shemale-vibes på din pb lol",
])
hate("slur_compound_h", "slur", "roma", [
    "zigøjnerungerne tigger ved føtex igen",
])
hate("slur_compound_h", "slur", "muslims", [
    "muslimsvinene har fri til eid igen, mens vi sidder her",
    "moslemlort over hele min fyp",
])
hate("slur_compound_h", "slur", "somalis", [
    "somalipiraterne har overtaget basketbanen",
])
hate("slur_compound_h", "slur", "jews", [
    "den fidusjøde ejer halvdelen af butikkerne på strøget",
])
hate("slur_compound_h", "slur", "asians", [
    "chink-gruppen sidder altid og spiller lol i frikvarteret",
])
hate("slur_compound_h", "slur", "disabled people", [
    "kørestolsspasseren tager hele elevatoren",
    "mongolbørnene fra specialklassen må ik være på vores hold",
])
hate("slur_compound_h", "slur", "greenlanders", [
    "eskimoerne sidder på bænken ved kiosken hele dagen",
])
hate("slur_compound_h", "slur", "eastern europeans", [
    "østblokpakket fra byggepladsen fylder hele bussen",
])
hate("slur_compound_h", "slur", "women", [
    "ludertøs, hvem tror du du er",
    "alle de fisser i chatten skal bare tie",
])

# --- dehumanisation --------------------------------------------------------
hate("dehum_vermin_h", "dehumanisation", "immigrants", [
    "de udlændinge er som lus, umulige at komme af med",
    "hele kvarteret er fyldt med skadedyr fra mellemøsten",
])
hate("dehum_swarm_h", "dehumanisation", "refugees", [
    "flygtningene kommer som græshopper og æder alt",
])
hate("dehum_animal_h", "dehumanisation", "muslims", [
    "muslimerne er som får, følger bare hvad imamen siger og bræger",
    "muslimerne i kantinen opfører sig som hunde der er sluppet løs",
])
hate("dehum_animal_h", "dehumanisation", "black people", [
    "han løber som en abe lmao 🐒 typisk for dem",
    "sorte er halvt dyr, se bare hvordan de danser",
])
hate("dehum_not_human_h", "dehumanisation", "trans people", [
    "trans er ik mennesker, det er eksperimenter",
])
hate("dehum_object_h", "dehumanisation", "trans people", [
    "'hun'? det der er en ting, ik en pige",
])
hate("dehum_disease_h", "dehumanisation", "muslims", [
    "islam spreder sig som kræft og muslimerne er metastaserne",
])
hate("dehum_filth_h", "dehumanisation", "somalis", [
    "somaliere er bare affald der er skyllet i land",
])
hate("dehum_animal_h", "dehumanisation", "roma", [
    "romaer lever som svin i deres lejre",
])
hate("dehum_vermin_h", "dehumanisation", "jews", [
    "jøder er rotter der har gnavet sig ind i alle banker",
])
hate("dehum_animal_h", "dehumanisation", "asians", [
    "kineserne er bare myrer, ingen af dem har en hjerne selv",
])
hate("dehum_disease_h", "dehumanisation", "gay people", [
    "homoer er smitte, hold dem væk fra børnene",
])
hate("dehum_not_human_h", "dehumanisation", "disabled people", [
    "de handicappede er halvmennesker, hvorfor holder vi dem i live",
])
hate("dehum_animal_h", "dehumanisation", "women", [
    "kvinder er kvæg, skal bare fodres og holdes i stalden lol",
])
hate("dehum_filth_h", "dehumanisation", "romanians", [
    "rumænerne ved pantautomaten er menneskeligt affald",
])
hate("dehum_animal_h", "dehumanisation", "afghans", [
    "afghanerne i lejren er vilde dyr der ik kan tæmmes",
])
hate("dehum_parasite_h", "dehumanisation", "immigrants", [
    "indvandrere er blodsugere på velfærden, flåter alle sammen",
])
hate("dehum_animal_h", "dehumanisation", "arabs", [
    "arabere = kamelfolk, lever som dyrene de rider på",
])
hate("dehum_object_h", "dehumanisation", "autistic people", [
    "autister er defekte robotter, sluk dem bare",
])
hate("dehum_disease_h", "dehumanisation", "non-binary people", [
    "non-binær er en psykisk virus, de er ødelagte",
])

# --- generalisations: many verbs and adjectives ----------------------------
hate("gen_lazy_h", "generalisation", "immigrants", [
    "indvandrere er dovne, sidder bare på cafeen hele dagen",
    "de snylter på systemet og griner af os bagefter",
])
hate("gen_liars_h", "generalisation", "refugees", [
    "halvdelen af de flygtninge lyver om deres alder, de er voksne mænd",
])
hate("gen_noise_h", "generalisation", "arabs", [
    "arabere larmer altid i toget, de har ingen manerer",
])
hate("gen_smell_h", "generalisation", "indians", [
    "indere stinker af karry, jeg kan ik sidde ved siden af dem",
])
hate("gen_integration_h", "generalisation", "somalis", [
    "somaliere kan ik integreres, har aldrig kunnet",
])
hate("gen_birth_h", "generalisation", "muslims", [
    "de føder 8 børn hver så de kan overtage, muslimer ved hvad de gør",
])
hate("gen_hate_danes_h", "generalisation", "muslims", [
    "muslimer hader danskere, se bare hvordan de kigger på os",
])
hate("gen_crime_h", "generalisation", "immigrants", [
    "hver gang der er ballade på stationen er det udlændinge. hver gang.",
])
hate("gen_weak_h", "generalisation", "women", [
    "kvinder er svage, kan ik engang løfte en kasse i idræt",
    "piger er falske, allesammen, de lyver for at få opmærksomhed",
])
hate("gen_dirty_h", "generalisation", "roma", [
    "romaer er beskidte, de vasker sig aldrig",
])
hate("gen_ugly_h", "generalisation", "asians", [
    "asiatiske piger er alle ens og grimme",
])
hate("gen_primitive_h", "generalisation", "africans", [
    "afrikanere er primitive, de har ik opfundet noget",
])
hate("gen_uncivilised_h", "generalisation", "afghans", [
    "afghanere er uciviliserede, de kommer fra stenalderen",
])
hate("gen_unsafe_h", "generalisation", "immigrants", [
    "de skaber bare utryghed, ingen tør gå ned ad gågaden om aftenen længere",
])
hate("gen_takeover_h", "generalisation", "muslims", [
    "de er ved at overtage skolen, snart er der bederum i stedet for gymnastiksal",
])
hate("gen_beg_h", "generalisation", "romanians", [
    "rumænere kan kun tigge og stjæle, intet andet",
])
hate("gen_cheat_h", "generalisation", "turks", [
    "tyrkere snyder dig altid når du køber noget af dem",
])
hate("gen_abuse_system_h", "generalisation", "syrians", [
    "syrerne misbruger systemet, de får ny iphone for vores skattekroner",
])
hate("gen_jobs_h", "generalisation", "poles", [
    "polakkerne tager alle jobs og sender pengene hjem, parasitære",
])
hate("gen_oppress_h", "generalisation", "muslims", [
    "alle muslimske mænd undertrykker deres kvinder, det er deres kultur",
])
hate("gen_pedo_h", "generalisation", "gay people", [
    "bøsser er pædofile allesammen, hold dem fra børnene",
])
hate("gen_groomer_h", "generalisation", "trans people", [
    "trans folk er groomers der vil hjernevaske vores små søskende",
])
hate("gen_lgbt_conspiracy_h", "generalisation", "gay people", [
    "lgbt-lobbyen vil gøre alle børn homo, det er planen",
])
hate("gen_conspiracy_h", "generalisation", "jews", [
    "jøderne finansierer begge sider af alle krige, wake up",
    "ser du hvem der ejer tiktok, netflix og bankerne? ja præcis, dem med næserne",
])
hate("gen_greedy_h", "generalisation", "jews", [
    "typisk jøde at ik ville dele, de er så nærige",
])
hate("gen_drunk_h", "generalisation", "greenlanders", [
    "grønlændere kan ik klare sig uden spiritus og socialkontor",
])
hate("gen_stupid_h", "generalisation", "women", [
    "kvinder er for dumme til at forstå offside lol",
])
hate("gen_disability_h", "generalisation", "disabled people", [
    "handicappede burde ik få lov at få børn, de giver det videre",
])
hate("gen_autism_h", "generalisation", "autistic people", [
    "autister er farlige, de skyder skoler",
])
hate("gen_deaf_h", "generalisation", "deaf people", [
    "døve er dumme, de kan jo ik engang høre hvad man siger",
])
hate("gen_bi_h", "generalisation", "bisexual people", [
    "bi piger er bare straight piger der vil have opmærksomhed, fake allesammen",
])
hate("gen_stereotype_h", "generalisation", "black people", [
    "sorte kan kun løbe og rappe, intet i hovedet",
])
hate("gen_stereotype_h", "generalisation", "chinese people", [
    "kinesere kopierer alt, de kan ik finde på noget selv",
])
hate("gen_stereotype_h", "generalisation", "pakistanis", [
    "pakistanere gifter sig med deres kusiner, ulækkert folk",
])
hate("gen_stereotype_h", "generalisation", "eastern europeans", [
    "østeuropæere drikker og slås, det er alt de kan",
])
hate("gen_stereotype_h", "generalisation", "iraqis", [
    "irakere er altid i bander, sådan er det bare",
])
hate("gen_stereotype_h", "generalisation", "kurds", [
    "kurdere laver kun ballade og brænder biler af",
])
hate("gen_implicit_exclusion_h", "generalisation", "immigrants", [
    "ny regel: kun etniske danskere på serveren 🇩🇰",
    "vi skal have en fodboldklub for os danskere, uden alle de udenlandske",
])
hate("gen_implicit_exclusion_h", "generalisation", "muslims", [
    "hvem gad have muslimerne med på lejrskole, de kan jo ik spise noget alligevel",
])
hate("gen_implicit_exclusion_h", "generalisation", "trans people", [
    "trans skal bare holde sig væk fra vores omklædningsrum, de hører ik til",
])
hate("gen_implicit_exclusion_h", "generalisation", "disabled people", [
    "hvorfor skal de handicappede overhovedet gå i almindelig klasse, de ødelægger undervisningen",
])
hate("gen_implicit_exclusion_h", "generalisation", "black people", [
    "fedt at der ingen sorte er i vores klub endnu 👍 lad os holde det sådan",
])
hate("gen_nostalgia_h", "generalisation", "immigrants", [
    "dengang nørrebro var dansk var det fr hyggeligt",
    "min farfar siger byen var tryg før tyrkerne og araberne kom, han har ret",
])
hate("gen_contamination_h", "generalisation", "refugees", [
    "siden de åbnede asylcentret er hele byen blevet beskidt og farlig",
])
hate("gen_burden_h", "generalisation", "immigrants", [
    "udlændinge koster os milliarder og giver intet tilbage",
])
hate("gen_ingratitude_h", "generalisation", "refugees", [
    "vi giver dem alt og så brokker de sig alligevel, utaknemmelige flygtninge",
])
hate("gen_joke_h", "generalisation", "jews", [
    "hvorfor har jøder store næser? luften er gratis 😂",
])
hate("gen_joke_h", "generalisation", "women", [
    "hvorfor har kvinder mindre fødder? så de kan stå tættere på komfuret 😂😂",
])
hate("gen_joke_h", "generalisation", "black people", [
    "hvad er det første en sort gør når han får en cykel? løber væk fra politiet lol",
])
hate("gen_joke_h", "generalisation", "disabled people", [
    "hvorfor kan handicappede ik spille gemmeleg? ingen gider lede efter dem 💀",
])
hate("gen_joke_h", "generalisation", "romanians", [
    "en rumæner, en polak og en sigøjner går ind i en butik... og politiet kommer bagefter",
])
hate("gen_question_h", "generalisation", "muslims", [
    "hvorfor er det altid muslimer der sprænger ting i luften?",
])
hate("gen_question_h", "generalisation", "somalis", [
    "hvorfor kan somaliere aldrig holde et job? seriøst",
])
hate("gen_question_h", "generalisation", "gay people", [
    "hvorfor skal bøsserne altid presse det ned over hovedet på os?",
])
hate("gen_question_h", "generalisation", "women", [
    "hvorfor spiller kvinder overhovedet fodbold når ingen gider se det og de er så dårlige?",
])
hate("gen_comparison_h", "generalisation", "immigrants", [
    "selv en flok aber kunne integrere sig bedre end de ikke-vestlige",
])
hate("gen_comparison_h", "generalisation", "greenlanders", [
    "min hund opfører sig bedre end grønlænderne på hovedbanen",
])
hate("gen_mixed_english_h", "generalisation", "trans people", [
    "trans women are men, period. stop med at lade som om",
])
hate("gen_mixed_english_h", "generalisation", "arabs", [
    "arabs can't drive, that's just facts bro 😂",
])
hate("gen_two_sentence_h", "generalisation", "afghans", [
    "har i set de afghanske drenge ved skolen? de kigger på piger som om de ejer dem. sådan er de allesammen",
])
hate("gen_two_sentence_h", "generalisation", "pakistanis", [
    "nye naboer er pakistanere. så ved man jo hvordan det ender, de inviterer hele familien",
])

# --- threats: particle verbs, places, wishes, calls -------------------------
hate("threat_particle_h", "threat", "muslims", [
    "vi skyder dem ned én efter én de muslimer",
    "hvis de bygger den moske så brænder vi den af samme nat",
])
hate("threat_particle_h", "threat", "immigrants", [
    "smid alle perkerne ud af toget mens det kører",
    "jeg tæsker den udlænding igennem hvis han kigger på min søster",
])
hate("threat_particle_h", "threat", "black people", [
    "slå ham ned, den sorte fra hallen, så lærer han det",
    "hæng de sorte op i et træ som i gamle dage",
])
hate("threat_particle_h", "threat", "somalis", [
    "vi jager somalierne ud af parken i aften, hvem er med?",
])
hate("threat_particle_h", "threat", "jews", [
    "gør det af med jøderne én gang for alle",
])
hate("threat_particle_h", "threat", "roma", [
    "kør dem ned, de sigøjnere på cyklerne",
])
hate("threat_particle_h", "threat", "trans people", [
    "stik den trans ned næste gang hun går i pigeomklædningen",
])
hate("threat_place_h", "threat", "gay people", [
    "vi står klar ved pride-paraden lørdag, bøsserne får det de fortjener",
    "jeg finder ham ude ved søen hvor bøsserne mødes, så får han en tur",
])
hate("threat_place_h", "threat", "muslims", [
    "vi ses foran moskeen efter fredagsbøn, tag jeres venner med",
])
hate("threat_place_h", "threat", "jews", [
    "næste gang sprænger vi synagogen, ik en vagt i verden kan stoppe det",
])
hate("threat_place_h", "threat", "poles", [
    "vi møder de polske drenge ved kiosken og så kører vi dem",
])
hate("threat_place_h", "threat", "refugees", [
    "tag en dunk benzin med til asylcentret i aften",
])
hate("threat_place_h", "threat", "disabled people", [
    "jeg skubber den handicappede ned ad trappen ved skolen i morgen lol",
])
hate("threat_place_h", "threat", "lesbians", [
    "de to lebber får tæsk på lejrskolen, vi har en plan",
])
hate("threat_wish_h", "threat", "refugees", [
    "håber flygtningebådene synker allesammen",
])
hate("threat_wish_h", "threat", "muslims", [
    "gid alle muslimer fik kræft og døde langsomt",
])
hate("threat_wish_h", "threat", "trans people", [
    "håber hun bliver slået ihjel, den trans",
])
hate("threat_wish_h", "threat", "gay people", [
    "bøsser fortjener at dø, sådan er det bare",
])
hate("threat_wish_h", "threat", "romanians", [
    "ville ønske nogen skød alle rumænerne ved banegården",
])
hate("threat_call_h", "threat", "arabs", [
    "nogen burde skære halsen over på de arabere",
])
hate("threat_call_h", "threat", "pakistanis", [
    "lad os tæske pakistanerne fra blokken, de har fortjent det",
])
hate("threat_call_h", "threat", "women", [
    "kvinder der ik ved deres plads skal have en på kassen",
])
hate("threat_call_h", "threat", "jews", [
    "gas dem allesammen 🔥🔥",
])
hate("threat_direct_h", "threat", "immigrants", [
    "@samir jeg ved hvor du bor, perker. pas på din lillesøster",
])
hate("threat_direct_h", "threat", "turks", [
    "jeg kommer med kniv i morgen, så ser vi hvor sej den tyrker er",
])
hate("threat_direct_h", "threat", "gay people", [
    "@viktor du er bøsse og det kommer du til at fortryde, vi ses efter skole",
])
hate("threat_direct_h", "threat", "trans people", [
    "@luna kom i skole i morgen i kjole så skal du se hvad der sker",
])
hate("threat_direct_h", "threat", "afghans", [
    "jeg skyder dig i knæet afghaner-lort, tro mig",
])
hate("threat_joke_h", "threat", "black people", [
    "lol hvad gør man med en neger der stjæler? skyder ham selvfølgelig 😂",
])
hate("threat_mixed_english_h", "threat", "muslims", [
    "kill all muslims fr, start med dem i vores by",
])

# --- extremism -----------------------------------------------------------------
hate("extremism_code_h", "extremism", "", [
    "HH 🤚 god aften",
    "sonnenrad som pb, hvem ved hvad det betyder 😏",
    "totenkopf patch på min jakke, ingen i klassen fatter det lol",
    "day of the rope kommer snart",
])
hate("extremism_code_h", "extremism", "jews", [
    "ZOG styrer regeringen, hvorfor tror i vi lukker grænserne op",
    "the goyim know 😂 shut it down",
    "det jødiske spørgsmål er stadig ik løst",
])
hate("extremism_denial_h", "extremism", "jews", [
    "6 gorillion lol, tal er fake",
    "der var aldrig gaskamre, det var brusere",
])
hate("extremism_nazi_h", "extremism", "", [
    "hvis nazisterne havde vundet havde vi ik alle de problemer i dag",
    "hitler did nothing wrong 💯",
    "heil og sæl, danskerne vågner",
])
hate("extremism_nazi_h", "extremism", "immigrants", [
    "undermennesker fra syd skal ik blande blod med os",
    "hvidt folk, hvidt land, alt andet er forræderi",
])
hate("extremism_remigration_h", "extremism", "muslims", [
    "remigrer alle muslimer, også dem der er født her",
])
hate("extremism_cleansing_h", "extremism", "immigrants", [
    "etnisk udrensning er den eneste løsning for danmark fr",
    "pak dem i kvægvogne og send dem syd for grænsen",
])
hate("extremism_terror_praise_h", "extremism", "", [
    "skolen her skulle have haft en 22. juli, ville være sjovt",
    "saint breivik bed for os 🙏",
])
hate("extremism_genocide_h", "extremism", "bosnians", [
    "serbien burde have gjort arbejdet færdigt i srebrenica",
])
hate("extremism_race_traitor_h", "extremism", "black people", [
    "hun dater en sort, raceforræder. hvidt blod skal beskyttes",
])

# --- harassment of one person -------------------------------------------------
hate("harass_misgender_h", "harassment", "trans people", [
    "@emma nej du hedder stadig emil for mig 😂",
    "lol han tror han er en pige fordi han har lakeret negle",
    "@jonas 'han' 💀 du har jo stadig bryster, pige",
    "hej EMIL, nå nej du vil jo kaldes noget andet nu 🙄",
    "det der ting i 8b kalder sig nu sofie lmao",
])
hate("harass_misgender_h", "harassment", "non-binary people", [
    "@kim der er kun to køn, vælg et og hold kæft",
])
hate("harass_disability_h", "harassment", "disabled people", [
    "@andreas hvordan kommer du op på scenen med de hjul? skal vi bære dig 🤣",
    "han med downs prøver at spille fifa, det tager ham 10 min at trykke start",
    "se lige hvordan mathias går, som en zombie 🧟 fordi han har cp",
])
hate("harass_disability_h", "harassment", "blind people", [
    "@sofia du kan jo ik se nogen af mine snaps alligevel, blindebuk",
])
hate("harass_disability_h", "harassment", "autistic people", [
    "@oscar tag dit autistmedicin og lad os være",
    "hun flapper med armene som en autist i timen lmao, ring til psyk",
])
hate("harass_disability_h", "harassment", "deaf people", [
    "@isak kan du høre mig?? NEJ fordi du er døv 😂😂",
])
hate("harass_disability_h", "harassment", "people with adhd", [
    "@malthe din adhd-hjerne kan ik engang sidde stille i 5 min, pinligt",
])
hate("harass_origin_h", "harassment", "muslims", [
    "@fatima tag det tørklæde af, du er i danmark nu",
    "@ali vil du have en svinekotelet? nå nej du må ik 😂",
])
hate("harass_origin_h", "harassment", "somalis", [
    "@hodan hvor mange geder kostede din mor lol",
])
hate("harass_origin_h", "harassment", "poles", [
    "@piotr ingen forstår dit dansk, tag tilbage til polen",
])
hate("harass_origin_h", "harassment", "greenlanders", [
    "@aputsiaq har du drukket i dag eller hvorfor er du så langsom",
])
hate("harass_origin_h", "harassment", "chinese people", [
    "@lee har du spist hund til aftensmad igen? 🐶",
])
hate("harass_origin_h", "harassment", "black people", [
    "@daniel du er så sort at man ik kan se dig på billedet lmao",
])
hate("harass_origin_h", "harassment", "jews", [
    "@david låner du mig 20 kr eller er du for jødisk til det",
])
hate("harass_go_home_h", "harassment", "syrians", [
    "@omar skrid hjem til syrien, der er vel ik krig mere",
])
hate("harass_go_home_h", "harassment", "turks", [
    "@emre tag hjem til tyrkiet og sælg kebab der",
])
hate("harass_orientation_h", "harassment", "gay people", [
    "@william hvornår kommer du ud bøsse-boy, alle ved det 😂",
])
hate("harass_orientation_h", "harassment", "lesbians", [
    "@maja du er kun lesbisk fordi ingen drenge gider dig",
])
hate("harass_orientation_h", "harassment", "bisexual people", [
    "@clara bi = kan ik bestemme sig, typisk dig",
])
hate("harass_gender_h", "harassment", "women", [
    "@ida gå tilbage i køkkenet og lad drengene spille",
    "@nanna du er kun god til én ting og det er ik valorant",
])



# ---------------------------------------------------------------------------
# PART 2: non-hateful
# ---------------------------------------------------------------------------
ok("gaming_trash_talk_nh", "", [
    "lmao du døde til en level 3 bot",
    "hvem lærte dig at spille support? din mormor?",
    "i har 0 gamesense allesammen, det er crazy",
    "ez clap, gg no re 😎",
    "bro du hardstuck bronze og snakker som om du er radiant",
    "din kd er lavere end min karakter i fysik 💀",
    "hvorfor buyer du awp på eco runde din klovn",
    "stop med at feede, du har 0-9",
    "kom igen, jeg 1v5'er jer alle sammen",
    "toxic i chatten men dårlig i spillet, klassiker",
    "ngl den sidste runde var så sweaty",
    "du er min yndlings-bot bro ❤️",
    "hvem tog min loot din rotte 😤",
    "han camper i hjørnet som en kujon hele runden lol",
    "jeg griefede hans hus i minecraft, han græder nu 😂",
])
ok("gaming_violent_idiom_nh", "", [
    "jeg henretter dig i tekken, tag dit bedste main",
    "vi massakrerede dem 16-2 i går",
    "skyd ham i ryggen når han reloader",
    "jeg sprænger dig i luften med c4 næste runde",
    "vi brænder hele landsbyen ned i rdr lol",
    "jeg kvæler dig i rocket league, bare vent",
    "lad os overfalde deres base kl 3 om natten når de sover",
])
ok("friend_banter_nh", "", [
    "du er så dum at det er imponerende 😂",
    "hvorfor er du sådan, bro? 😭",
    "i er de værste venner nogensinde og jeg elsker jer",
    "lol din frisure ligner en mop",
    "din mor er sødere end dig fr",
    "tag det roligt dramaqueen, det var bare en joke",
    "du er så cringe når du danser, please stop 💀",
    "hold nu kæft, du snakker for meget",
    "idiot, du sendte det i klassechatten og ik til mig 😭",
    "haha du er sådan en taber, men min taber",
    "bro tog crocs på til festen, uacceptabelt",
    "du er lowkey dum men highkey sjov",
])
ok("football_rivalry_nh", "", [
    "fck-fans er de mest arrogante mennesker i danmark",
    "brøndby er et bondehold, kom igen",
    "dommeren burde tage briller på, han er fuldstændig blind",
    "var bare den værste kamp jeg nogensinde har set, 0-0 kedelig",
    "vores angriber kunne ik ramme en lade",
    "den linjevogter er købt og betalt fr",
    "vi smadrer dem på hjemmebane, vent og se",
    "ob kommer aldrig op igen lol",
    "jeg hader randers' stadion, koldt og grimt",
    "sig lige til træneren at han skal sælge ham, han er så dårlig",
    "udeholdet var så ass, 3 røde kort",
    "hvem gider se landsholdet spille sådan? vågn op",
])
ok("referee_complaint_nh", "", [
    "dommeren i u15 kampen var fr den værste, gav straffe for ingenting",
    "var-dommeren er kriminel, det var ik offside",
])
ok("teacher_complaint_nh", "", [
    "danskläreren gav mig 4 for en opgave jeg brugte 10 timer på, hun er ond",
    "idrætslæreren råber som en sergent, så irriterende",
    "vores klasselærer tror hun er vores mor lol",
    "han skrev til mine forældre fordi jeg var på mobilen, snitch",
    "kemilæreren kan ik forklare noget, han læser bare op fra bogen",
    "vikaren i dag var så lost 💀",
])
ok("ex_drama_nh", "", [
    "min ex har allerede en ny kæreste, efter 2 uger?? clown",
    "han ghostede mig efter 3 dates, hvilken taber",
    "hun liker alle mine venners billeder men ik mine 🙄",
    "blokerede ham på alt, færdig med det lort",
    "ex'en skrev 'hey' kl 2 om natten lmao nej tak",
    "hun fortalte hele klassen hvad jeg skrev til hende, fake",
])
ok("insult_no_protected_trait_nh", "", [
    "vores nabo er den største sur gamle mand, råber hvis vi spiller bold",
    "buschaufføren kørte bare forbi mig, fuck ham",
    "kassedamen i netto var så sur i dag lol",
    "folk der ik kan finde ud af at gå i højre side af gangen er de værste",
    "hvem fanden spiser tun i bussen",
    "ham fra 2.x er så arrogant, tror han er gud",
    "influenceren er så fake, alle hendes videoer er sponsorerede",
    "den youtuber er en kæmpe scammer, ik køb hans merch",
])
ok("politician_criticism_nh", "", [
    "statsministeren ved ingenting om hvordan det er at være ung",
    "den borgmester lukker vores ungdomsklub, han er den værste",
    "politikerne er så dumme når de snakker om tiktok",
])
ok("ingroup_self_reference_nh", "muslims", [
    "min familie og jeg skal i moske til eid, vi ses bagefter 🌙",
    "som muslim synes jeg det er nice at skolen har lavet et stille rum",
    "faster i dag så ik spis chips foran mig i frikvarteret 😭",
])
ok("ingroup_self_reference_nh", "gay people", [
    "kom ud til mine forældre i går og de var så søde 🥹🏳️‍🌈",
    "jeg er bøsse og jeg kan stadig ik lide musicals, sorry",
])
ok("ingroup_self_reference_nh", "lesbians", [
    "min kæreste og jeg har været sammen i 1 år i dag ❤️ hun er den bedste",
])
ok("ingroup_self_reference_nh", "bisexual people", [
    "jeg er bi og nej det betyder ik at jeg er forvirret lol",
])
ok("ingroup_self_reference_nh", "trans people", [
    "fik endelig mit nye navn i skolens system 🏳️‍⚧️ så glad",
    "mine venner bruger mine rigtige pronomener og det betyder alt",
])
ok("ingroup_self_reference_nh", "non-binary people", [
    "som non-binær er det så nice når folk bare spørger i stedet for at gætte",
])
ok("ingroup_self_reference_nh", "autistic people", [
    "autist-hjernen er i overdrive i dag, har hyperfokuseret på pokemon i 6 timer lol",
])
ok("ingroup_self_reference_nh", "people with adhd", [
    "min adhd gør at jeg har glemt min lektie igen 💀 klassiker",
])
ok("ingroup_self_reference_nh", "jews", [
    "vi holder hanukkah hjemme hos mormor, hun laver latkes",
])
ok("ingroup_self_reference_nh", "black people", [
    "vi sorte piger skal altid forklare hvorfor vi har box braids lol",
])
ok("ingroup_self_reference_nh", "turks", [
    "min tyrkiske mor ringer 14 gange hvis jeg er 5 min for sent",
])
ok("ingroup_self_reference_nh", "greenlanders", [
    "mit grønlandske navn er så svært for lærerne at udtale lol",
])
ok("ingroup_self_reference_nh", "blind people", [
    "jeg er svagsynet så send lydbesked i stedet for at skrive så lille",
])
ok("ingroup_self_reference_nh", "pakistanis", [
    "pakistanske bryllupper varer 3 dage, jeg er så træt 😭",
])
ok("ingroup_self_reference_nh", "roma", [
    "min farfar er roma og han spiller violin bedre end nogen jeg kender",
])
ok("ingroup_reclaimed_nh", "immigrants", [
    "vi er bare en flok perkere fra vestegnen der elsker fodbold haha",
    "vi perkerbørn kender alle den perker-mor energi: 'har du spist?' x10",
])
ok("ingroup_reclaimed_nh", "lesbians", [
    "lebbe-squad til pride igen i år 🌈 hvem er med",
])
ok("counter_speech_nh", "", [
    "du ved godt det der er racisme ik? slet det",
    "mods kan i please banne ham, han spammer slurs",
    "ikke okay at skrive sådan om folk, bro",
    "det er bare ik sjovt, det er klamt",
    "kan vi stoppe med de jokes om folks race i chatten",
    "hvis du synes det er en joke så forklar pointen, jeg venter",
])
ok("counter_speech_nh", "muslims", [
    "muslimer er ik terrorister, terrorister er terrorister",
    "min bedste ven er muslim og han er den sødeste person, så stop",
])
ok("counter_speech_nh", "immigrants", [
    "de fleste indvandrere arbejder og betaler skat, tjek lige tallene",
    "'send dem hjem'?? hun er født i odense lmao",
])
ok("counter_speech_nh", "refugees", [
    "det er ik flygtningenes skyld at der ik er lejligheder, det er politikernes",
])
ok("counter_speech_nh", "black people", [
    "n-ordet er ik ok at skrive selvom det er 'for sjov'",
    "abelyde på stadion? det er så pinligt for klubben",
])
ok("counter_speech_nh", "jews", [
    "den jødekonspiration du deler er gammel nazi-propaganda, research lidt",
    "holocaust skete. punktum. min oldefar var i lejr",
])
ok("counter_speech_nh", "gay people", [
    "at være bøsse er ik en fornærmelse, find et nyt skældsord",
    "'det er så gay' lol hvorfor er det en fornærmelse i 2026",
])
ok("counter_speech_nh", "trans people", [
    "kald hende hun. det er hendes navn og hendes pronomen, det er ik svært",
    "lad trans folk være i fred, de skader ingen",
])
ok("counter_speech_nh", "women", [
    "kvindelandsholdet har vundet flere kampe end herrerne i år, så chill",
    "piger kan game fint, du er bare dårlig og vil ik indrømme det",
])
ok("counter_speech_nh", "disabled people", [
    "hvorfor griner i af ham i kørestolen, han har ik gjort noget",
    "stop med at kalde folk 'spasser', det er ondt mod folk med handicap",
])
ok("counter_speech_nh", "autistic people", [
    "autister er ik farlige wtf, hvor har du det fra",
])
ok("counter_speech_nh", "roma", [
    "ik alle romaer tigger, det er en fordom bro",
])
ok("counter_speech_nh", "greenlanders", [
    "jokes om grønlændere og alkohol er så trætte og racistiske",
])
ok("counter_speech_nh", "asians", [
    "ching chong jokes er ik sjove, de er bare racistiske",
])
ok("counter_speech_nh", "deaf people", [
    "min kusine er døv og hun er klogere end hele jeres gruppe tilsammen",
])
ok("report_hate_nh", "immigrants", [
    "han skrev 'perkere ud' i kommentarerne, jeg har rapporteret ham",
    "nogen har tagget 'udlændinge ud' på muren ved skolen, har sagt det til pedellen",
])
ok("report_hate_nh", "trans people", [
    "der er et tiktok-kommentarfelt fyldt med folk der skriver at trans skal dø, rapportér det pls",
])
ok("report_hate_nh", "muslims", [
    "læreren stoppede timen fordi nogen kaldte aisha for terrorist, godt hun gjorde det",
])
ok("report_hate_nh", "disabled people", [
    "han lavede en video hvor han grinede af en handicappet dreng, den er blevet fjernet nu",
])
ok("report_hate_nh", "jews", [
    "screenshot af ham der skriver 1488 i chatten, sender det til mods",
])
ok("report_hate_nh", "black people", [
    "vores målmand blev kaldt abe af fansene, kampen blev stoppet",
])
ok("report_hate_nh", "gay people", [
    "de råbte bøsse efter ham hele vejen hjem, jeg har fortalt det til hans forældre",
])
ok("quote_hate_condemn_nh", "somalis", [
    "'somaliere er dovne' siger ham der ik har lavet en lektie i 3 år 😂",
])
ok("quote_hate_condemn_nh", "women", [
    "han sagde 'kvinder hører til i køkkenet' og troede han var sjov, cringe",
])
ok("quote_hate_condemn_nh", "refugees", [
    "hans far poster 'flygtninge er parasitter' på facebook, det er så pinligt for ham",
])
ok("news_nh", "", [
    "så i det om knivstikkeriet på strøget? politiet har anholdt en",
    "der var bombetrussel mod skolen i jylland, alle blev sendt hjem",
    "nyhederne siger at bandekonflikten er slut, finally",
])
ok("news_nh", "refugees", [
    "danmark tager imod flere ukrainske flygtninge, min klasse har fået to nye",
])
ok("news_nh", "gay people", [
    "copenhagen pride havde rekordmange deltagere i år ifølge dr",
])
ok("news_nh", "muslims", [
    "moskeen i vores by havde åbent hus, der kom over 200 mennesker",
])
ok("history_nh", "jews", [
    "vi var i auschwitz på studietur, helt vildt trist at se",
    "anne franks dagbog er den første bog jeg har græd over",
])
ok("history_nh", "", [
    "vi skal lave projekt om 9. april og besættelsen",
    "har lige set dokumentaren om 22. juli på utøya, så forfærdeligt",
])
ok("history_nh", "greenlanders", [
    "vidste i at danmark tog grønlandske børn fra deres familier i 50'erne? lærte det i dag",
])
ok("history_nh", "black people", [
    "vi lærer om dansk slavehandel i vestindien, det nævnes aldrig nok",
])
ok("policy_criticism_nh", "immigrants", [
    "jeg synes indvandringen skal styres bedre, men folk der er her skal behandles ordentligt",
    "debat i samfundsfag om udlændingepolitik, vi var totalt uenige lol",
])
ok("policy_criticism_nh", "refugees", [
    "asylsystemet er så langsomt, folk venter i årevis",
])
ok("policy_criticism_nh", "", [
    "skolereformen er dum, vi har for lange dage",
    "hvorfor skal ungdomsuddannelser skæres ned, regeringen er ude af trit",
])
ok("religion_criticism_nh", "", [
    "jeg tror ik på gud, religion giver ingen mening for mig",
    "kirken har gjort mange dårlige ting gennem historien",
])
ok("religion_criticism_nh", "muslims", [
    "jeg er uenig i at piger skal gå med tørklæde, men det er hendes valg",
])
ok("ideology_criticism_nh", "", [
    "ekstremisme er problemet, uanset om det er højre eller islamisme",
    "incel-forums er så toxic, folk bliver radikaliseret der",
])
ok("positive_mention_nh", "immigrants", [
    "mit yndlingskvarter er nørrebro, maden og folkene er det bedste",
])
ok("positive_mention_nh", "afghans", [
    "min afghanske ven har lært mig at lave bolani, den er så god",
])
ok("positive_mention_nh", "poles", [
    "polakkerne på byggepladsen ved siden af skolen er sygt flinke",
])
ok("positive_mention_nh", "black people", [
    "den nye spiller fra nigeria er den bedste vi har haft 🔥",
])
ok("positive_mention_nh", "arabs", [
    "arabisk musik til festen var fr en vibe",
])
ok("positive_mention_nh", "women", [
    "kvindelandsholdet i håndbold er sindssyge, så kampen i går?",
    "hun carried hele holdet i går, respekt",
])
ok("positive_mention_nh", "autistic people", [
    "min autistiske lillebror ved alt om tog, han er et leksikon",
])
ok("positive_mention_nh", "lesbians", [
    "de to piger fra 3.g der er kærester er så søde sammen",
])
ok("positive_mention_nh", "greenlanders", [
    "grønlandsk trommedans i musik i dag var mega fedt",
])
ok("positive_mention_nh", "chinese people", [
    "kinesisk nytår i kbh var så flot, alle lanterner 🏮",
])
ok("positive_mention_nh", "jews", [
    "vi var på det jødiske museum og guiden var sygt sjov",
])
ok("positive_mention_nh", "bisexual people", [
    "bi-flaget er lowkey det flotteste pride flag 💗💜💙",
])
ok("neutral_mention_nh", "turks", [
    "skal vi hente dürüm ved tyrkeren efter træning?",
])
ok("neutral_mention_nh", "syrians", [
    "syrisk bageri åbnede på hovedgaden, kagerne er insane",
])
ok("neutral_mention_nh", "somalis", [
    "vores holdkammerat skal til somalia i sommerferien og besøge familie",
])
ok("neutral_mention_nh", "romanians", [
    "hvem vil med til bukarest på klasseturen? det er billigst",
])
ok("neutral_mention_nh", "muslims", [
    "kantinen har halal kylling på fredag",
    "husk der er fredagsbøn så ahmed kommer først kl 14",
])
ok("neutral_mention_nh", "eastern europeans", [
    "vores træner er fra litauen, han er så streng lol",
])
ok("neutral_mention_nh", "asians", [
    "koreansk bbq til min fødselsdag, hvem er med?",
])
ok("neutral_mention_nh", "indians", [
    "indisk mad er det stærkeste jeg har prøvet, jeg græd",
])
ok("neutral_mention_nh", "kurds", [
    "min klassekammerat er kurder og hun holder newroz-fest, vi er inviteret",
])
ok("neutral_mention_nh", "deaf people", [
    "der er tegnsprogstolk på skolens juleshow i år",
])
ok("neutral_mention_nh", "disabled people", [
    "skolen har endelig fået rampe så karl kan komme ind i hallen",
])
ok("genuine_question_nh", "muslims", [
    "er det respektløst at spise foran en der faster? vil ik være rude",
])
ok("genuine_question_nh", "trans people", [
    "hvad betyder 'deadname'? så det i en kommentar",
])
ok("genuine_question_nh", "roma", [
    "hvad er forskellen på roma og sigøjner, er det sidste et skældsord?",
])
ok("genuine_question_nh", "jews", [
    "hvorfor spiser jøder ik svinekød? har test i religion",
])
ok("genuine_question_nh", "greenlanders", [
    "hvorfor siger man inuit og ik eskimo?",
])
ok("genuine_question_nh", "autistic people", [
    "hvordan kan jeg hjælpe min autistiske veninde når der er for meget larm?",
])
ok("genuine_question_nh", "immigrants", [
    "hvor mange procent af danskerne er indvandrere egentlig? skal bruge det til opgave",
])
ok("genuine_question_nh", "gay people", [
    "hvorfor er det regnbuen der er pride symbol?",
])
ok("negated_hate_nh", "somalis", [
    "det har intet med at han er somalier at gøre, han snød bare i kortspillet",
])
ok("negated_hate_nh", "gay people", [
    "jeg har intet imod bøsser, jeg kan bare ik lide ham fordi han stjal min kæreste lol",
])
ok("negated_hate_nh", "turks", [
    "ik fordi han er tyrker, han er bare en dårlig dommer 😂",
])
ok("negated_hate_nh", "trans people", [
    "det er ik fordi hun er trans, hun er bare mega irriterende i gruppearbejde",
])
ok("negated_hate_nh", "immigrants", [
    "jeg siger ik at udlændinge er problemet, jeg siger bussen altid er forsinket",
])
ok("slang_neutral_nh", "", [
    "wallah billah jeg har lavet lektier i går",
    "sygt fedt koncert, jeg er hæs",
    "fr den nye spiderman er mid",
    "lowkey savner sommerferien allerede",
    "ik ring, skriv, jeg er i bussen",
    "bro hvornår er du her, jeg fryser",
    "sheesh den outfit 🔥",
    "yo hvem har lader med",
    "smh ingen svarer nogensinde i den her gc",
    "omg det er fredag yessss",
])
ok("self_deprecation_nh", "", [
    "jeg er så dum, glemte min nøgle igen",
    "jeg er den dårligste i klassen til tysk ngl",
])



# ---------------------------------------------------------------------------
# PART 3: short bursts, replies, more contrasts
# ---------------------------------------------------------------------------
hate("slur_reply_h", "slur", "immigrants", [
    "> ahmed scorede\nok perkeren kan sparke, so what",
    "@jamal lol perker",
])
hate("slur_reply_h", "slur", "gay people", [
    "svar mig ik din bøsse",
    "@sebastian bøsserøv 😂😂",
])
hate("dehum_reply_h", "dehumanisation", "black people", [
    "@kofi abekat",
])
hate("slur_reply_h", "slur", "trans people", [
    "@nova hold kæft transe",
])
hate("slur_reply_h", "slur", "disabled people", [
    "ja ja mongolbarnet skal selvfølgelig med igen 🙄",
])
hate("slur_reply_h", "slur", "roma", [
    "sigøjner-luder ved netto igen lol",
])
hate("dehum_animal_h", "dehumanisation", "somalis", [
    "somalierne i 4. sal er aber, hører dem hoppe hele natten",
])
hate("dehum_vermin_h", "dehumanisation", "muslims", [
    "moskéen er en rede for rotter, røg dem ud",
])
hate("dehum_not_human_h", "dehumanisation", "black people", [
    "sorte er ik rigtige mennesker fr, se bare deres kranie",
])
hate("dehum_filth_h", "dehumanisation", "gay people", [
    "bøsser er lort, ren lort",
])
hate("dehum_animal_h", "dehumanisation", "poles", [
    "polakkerne lever 12 i en lejlighed som kyllinger i bur",
])
hate("dehum_vermin_h", "dehumanisation", "refugees", [
    "flygtningelejren er bare en myretue af parasitter",
])
hate("gen_short_h", "generalisation", "muslims", [
    "muslimer = problemer. simple as",
    "islam og muslimer hører ik hjemme i europa, ingen af dem",
])
hate("gen_short_h", "generalisation", "immigrants", [
    "typisk udlænding lol",
    "ofc var det en indvandrer, overrasket? nej",
])
hate("gen_short_h", "generalisation", "women", [
    "kvinder 🤡 kan ik noget",
])
hate("gen_short_h", "generalisation", "trans people", [
    "trans = psykisk syg, færdig",
])
hate("gen_short_h", "generalisation", "jews", [
    "jøder og penge, name a better duo 😂",
])
hate("gen_short_h", "generalisation", "roma", [
    "sigøjnere, lås døren 🔒",
])
hate("gen_sarcasm_h", "generalisation", "somalis", [
    "nåh en somalier der arbejder? det må være første gang i historien 🙄",
])
hate("gen_sarcasm_h", "generalisation", "refugees", [
    "'flygtning' med nye nike og iphone 15, sikke en krig 😂",
])
hate("gen_sarcasm_h", "generalisation", "women", [
    "wow en pige der kan parkere, ring til tv2",
])
hate("gen_sarcasm_h", "generalisation", "disabled people", [
    "handicapparkering igen, for de kan jo ik gå 10 meter de stakler 🙄 snyltere",
])
hate("gen_exclusion_h", "generalisation", "arabs", [
    "inviter ik araberne til festen, de ødelægger altid stemningen",
])
hate("gen_exclusion_h", "generalisation", "autistic people", [
    "ingen autister i vores gruppe, de gør alt mærkeligt",
])
hate("gen_exclusion_h", "generalisation", "lesbians", [
    "lesbiske skal ik i pigeomklædningen, de glor",
])
hate("gen_suspicion_h", "generalisation", "muslims", [
    "ham i rygsæk og skæg i toget, jeg sætter mig et andet sted. man ved aldrig med dem",
])
hate("gen_suspicion_h", "generalisation", "immigrants", [
    "ny dreng fra mellemøsten i klassen, pas på jeres telefoner",
])
hate("threat_short_h", "threat", "immigrants", [
    "perkere skal dø 🔪",
])
hate("threat_short_h", "threat", "gay people", [
    "bøsser til væggen",
])
hate("threat_short_h", "threat", "jews", [
    "hvem vil med ud og tæve en jøde i aften lol",
])
hate("threat_particle_h", "threat", "greenlanders", [
    "vi smider grønlænderne i havnen hvis de kommer til byfesten",
])
hate("threat_particle_h", "threat", "eastern europeans", [
    "vi banker østeuropæerne ud af byen, de har haft tid nok",
])
hate("threat_place_h", "threat", "autistic people", [
    "den autist i bussen får en kæberasler når vi står af ved skolen",
])
hate("threat_place_h", "threat", "women", [
    "de kællinger fra pigeholdet skal slås når de kommer hjem fra fest, de tror de er noget",
])
hate("threat_conditional_h", "threat", "muslims", [
    "hvis de laver bederum på skolen, brænder vi skolen ned med dem indeni",
])
hate("threat_conditional_h", "threat", "trans people", [
    "kommer der en trans på vores hold så brækker jeg hans ben første træning",
])
hate("threat_mixed_english_h", "threat", "black people", [
    "shoot them all, jeg mener de sorte, ik spillet",
])
hate("extremism_code_h", "extremism", "", [
    "1488 i bio, ingen fatter det lmao",
    "👌 hvid power, kun de kloge forstår",
])
hate("extremism_remigration_h", "extremism", "immigrants", [
    "#remigration er ik racisme, det er at redde danmark",
    "gør danmark hvidt igen 🇩🇰",
])
hate("extremism_denial_h", "extremism", "jews", [
    "anne frank skrev ik den bog, den er fake, hele holocaust er",
])
hate("extremism_terror_praise_h", "extremism", "muslims", [
    "ham der skød i moskeen i new zealand er en legende",
])
hate("harass_origin_h", "harassment", "arabs", [
    "@yasmin du lugter af falafel hver dag, vask dig",
])
hate("harass_origin_h", "harassment", "immigrants", [
    "@mohammed ingen gider dig her, dit land er et andet sted",
])
hate("harass_misgender_h", "harassment", "trans people", [
    "@olivia din stemme afslører dig bro 💀 du er en dreng",
])
hate("harass_disability_h", "harassment", "disabled people", [
    "@frederik hop op af kørestolen, vi ved du fakker det",
])
hate("harass_orientation_h", "harassment", "gay people", [
    "@magnus bliv væk fra omklædningen homo, ingen vil have at du kigger",
])

ok("reply_banter_nh", "", [
    "> hvem tog mine chips\nikke mig 👀",
    "@frida haha du er så dum, det var i går",
    "@lucas taber 😂 du tabte til min lillebror",
    "@emil din aim er en joke",
    "> kommer du?\nom 5 min bro",
    "@alberte lmao nej, du er skør",
])
ok("short_burst_nh", "", [
    "gg",
    "bro??",
    "nej nej nej 😭",
    "ik igen",
    "dø 💀 (af grin)",
    "sygt",
    "lmaooooo",
    "fr fr",
])
ok("sports_violent_idiom_nh", "", [
    "vi smadrede dem i håndbold 32-18",
    "vi tæsker dem i rematch, lover",
    "målmanden blev slået ned og dommeren fløjtede ik engang",
])
ok("gaming_trash_talk_nh", "", [
    "din team comp er så dårlig at jeg vil græde",
    "i spiller som folk der aldrig har set en mus",
    "afk igen?? wallah ring til mig når du er færdig med at spise",
])
ok("counter_speech_nh", "immigrants", [
    "lol 'typisk udlænding' siger ham der selv er fra aarhus 😂 tag dig sammen",
])
ok("counter_speech_nh", "muslims", [
    "bare fordi han har skæg betyder det ik noget, stop med at være så mistænksom",
])
ok("counter_speech_nh", "refugees", [
    "ukrainske flygtninge har også telefoner, det gør dem ik mindre flygtninge",
])
ok("counter_speech_nh", "women", [
    "\"wow en pige der kan parkere\" bro du har kørt ind i en pæl to gange",
])
ok("counter_speech_nh", "gay people", [
    "du skriver 'bøsse' som skældsord men du er bare bange, det er så pinligt",
])
ok("counter_speech_nh", "trans people", [
    "hun er en pige. stop med at dead-name hende i chatten",
])
ok("counter_speech_nh", "jews", [
    "hvis du tror på zog-konspirationer skal du ik være i vores discord",
])
ok("counter_speech_nh", "", [
    "1488 er et nazi-kode, hvorfor har du det i din bio???",
    "det der hvide power tegn er ik en joke, folk ved hvad det betyder",
])
ok("report_hate_nh", "immigrants", [
    "der har været nazi-klistermærker med 'remigration' på lygtepæle ved skolen, har pillet dem ned",
])
ok("news_nh", "muslims", [
    "nyheder: angrebet på moskeen i christchurch er 7 år siden, de mindedes ofrene",
])
ok("history_nh", "", [
    "holocaust-overleveren der kom på skolen i dag fik hele klassen til at græde",
])
ok("neutral_mention_nh", "arabs", [
    "falafel til frokost igen, verdens bedste mad",
])
ok("neutral_mention_nh", "immigrants", [
    "halvdelen af min klasse taler to sprog derhjemme, det er sejt",
])
ok("positive_mention_nh", "gay people", [
    "de to fædre til min klassekammerat er de sjoveste forældre til forældremøder",
])
ok("positive_mention_nh", "trans people", [
    "trans-pigen på vores volleyhold er lowkey bedste spiller",
])
ok("positive_mention_nh", "disabled people", [
    "frederik i kørestol smadrede os alle i kørestolsbasket, respect 🔥",
])
ok("ingroup_self_reference_nh", "women", [
    "som pige i en cs-klan får jeg så mange dumme kommentarer men jeg er bedre end dem lol",
])
ok("ingroup_self_reference_nh", "arabs", [
    "min arabiske familie fylder hele stuen til eid, 40 mennesker minimum",
])
ok("genuine_question_nh", "", [
    "hvad betyder 88 i folks brugernavne? så det flere steder",
])
ok("genuine_question_nh", "women", [
    "hvorfor er der så få piger i esport? tænker bare",
])
ok("negated_hate_nh", "black people", [
    "det er ik fordi han er sort at han blev skiftet ud, han var bare dårlig i dag",
])
ok("negated_hate_nh", "disabled people", [
    "han er ik dum fordi han er ordblind, han er dum fordi han mener ananas på pizza er ok 😂",
])
ok("slang_neutral_nh", "", [
    "wallah jeg er færdig med den her uge",
    "bro det regner igen cringe",
    "ik spørg, lang historie 😭",
])


# ---------------------------------------------------------------------------
# write + invariants
# ---------------------------------------------------------------------------
def main():
    seen = set()
    for text, label, cat, func, target, lang in ROWS:
        assert text == text.strip() and text, repr(text)
        key = text.lower()
        assert key not in seen, "duplicate: " + text
        seen.add(key)
        assert label in ("hateful", "non-hateful")
        if label == "hateful":
            assert cat in CATEGORIES and func.endswith("_h"), text
        else:
            assert cat == "" and func.endswith("_nh"), text
        assert lang in ("da", "en")
        assert target == target.lower()
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data.csv")
    with open(out, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["text", "label", "category", "functionality", "target", "lang"])
        w.writerows(ROWS)
    labels = collections.Counter(r[1] for r in ROWS)
    cats = collections.Counter(r[2] for r in ROWS if r[1] == "hateful")
    print("rows", len(ROWS))
    for k, v in sorted(labels.items()):
        print("label", k, v, "(%.1f%%)" % (100.0 * v / len(ROWS)))
    for k, v in sorted(cats.items()):
        print("category", k, v)
    return ROWS


if __name__ == "__main__":
    main()
