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
