#!/usr/bin/env python3
"""Write model/data/trda7/data.csv: Danish adult community-chat training data for trygbot.

Standard library only. Deterministic: rows are written in the order they appear here.
"""
import csv
import os
from collections import Counter

ROWS = []
CATEGORIES = {"slur", "dehumanisation", "generalisation", "threat", "extremism", "harassment"}


def hate(functionality, category, target, messages, lang="da"):
    for m in messages:
        ROWS.append((m, "hateful", category, functionality, target, lang))


def ok(functionality, target, messages, lang="da"):
    for m in messages:
        ROWS.append((m, "non-hateful", "", functionality, target, lang))


# ---------------------------------------------------------------- PART 1: hateful

hate("crime_generalisation_h", "generalisation", "immigrants", [
    "Der har været tre indbrud på Birkevej den her måned. Gæt engang hvem det er... de fremmede selvfølgelig, det er jo ALTID dem!!!",
    "Mine ældre naboer tør ikke åbne døren mere. Sådan er det blevet efter 'de nye' flyttede ind. Tyveknægte hele bundtet.",
    "Tja, det er vel bare endnu en 'ung mand' med 'anden etnisk baggrund'. Man behøver ikke engang læse artiklen mere.",
])
hate("crime_generalisation_h", "generalisation", "somalis", [
    "Jeg siger det bare som det er: hvor der kommer somaliere, der kommer kriminaliteten med. Sådan har det været i alle de år jeg har boet her.",
])
hate("crime_generalisation_h", "generalisation", "romanians", [
    "Rumænerne står ikke ved Netto for at sælge Hus Forbi, de står og holder øje med hvilke biler der ikke er låst. Tag jer i agt folkens",
])
hate("crime_generalisation_h", "generalisation", "arabs", [
    "Jamen det er da ikke racisme at sige at arabere stjæler, det er statistik. Se bare på hvem der sidder i fængslerne.",
    "Knivstikkeri igen i weekenden. Det er jo deres kultur at gå med kniv, det har de med hjemmefra de mennesker fra Mellemøsten.",
])
hate("crime_generalisation_h", "generalisation", "eastern europeans", [
    "Østeuropæerne kører rundt i deres hvide varevogne om natten og tager alt der ikke er boltet fast. Lås jeres skure!!",
])
hate("crime_generalisation_h", "generalisation", "roma", [
    "Sigøjnerne er på vej til byen igen, de er set på rastepladsen. Gem jeres cykler og jeres børn 🙄",
])
hate("crime_generalisation_h", "generalisation", "poles", [
    "Polakkerne på byggepladsen henne ved skolen har nok allerede solgt kobberet videre. Det ligger til dem.",
])
hate("crime_generalisation_h", "generalisation", "greenlanders", [
    "Grønlænderne nede ved stationen er fulde fra morgenstunden og stjæler fra Fakta for at få til flere bajere. Det er sådan de er.",
])
hate("crime_generalisation_h", "generalisation", "muslims", [
    "Jeg har arbejdet i kriminalforsorgen i 20 år og jeg kan sige jer at muhamedanerne ikke kan integreres. De har ingen respekt for loven, kun for koranen.",
])
hate("crime_generalisation_h", "generalisation", "albanians", [
    "Hvis du vil have din bil stjålet skal du bare parkere den ved albanernes frisørsalon 😂 det ved alle herovre",
])
hate("crime_generalisation_h", "generalisation", "afghans", [
    "Det er sgu da ikke mærkeligt at folk er bange for at gå ud om aftenen efter de fik smidt alle de afghanere ind i opgangen. Hver eneste en af dem er en potentiel voldtægtsmand.",
])

hate("benefits_work_generalisation_h", "generalisation", "immigrants", [
    "De kommer her, får lejlighed, kontanthjælp og tandlæge betalt, og så har de aldrig lavet et slag. Imens knokler vi danskere til vi er 70!!!",
    "Nydanskerne har fundet ud af det: få 6 unger, så betaler staten resten. Arbejde? Det er for de dumme danskere.",
])
hate("benefits_work_generalisation_h", "generalisation", "somalis", [
    "Hvor mange somaliere er der egentlig i arbejde? Jeg har da aldrig set én. De sidder på café hele dagen for vores skattekroner",
])
hate("benefits_work_generalisation_h", "generalisation", "syrians", [
    "Syrerne skulle jo redde arbejdsmarkedet sagde de. Hvor er de henne? På kommunen. Hver eneste torsdag.",
])
hate("benefits_work_generalisation_h", "generalisation", "arabs", [
    "Min svoger er sagsbehandler og han siger at halvdelen af dem fra Mellemøsten har 'ondt i ryggen' fra dag ét. Sjovt nok kan de godt køre BMW.",
])
hate("benefits_work_generalisation_h", "generalisation", "greenlanders", [
    "Grønlændere og arbejde, det går sgu ikke i spænd. De drikker deres førtidspension op første uge i måneden.",
])
hate("benefits_work_generalisation_h", "generalisation", "poles", [
    "Polakkerne er gode nok til at lægge fliser for en slik, men de tager arbejdet fra vores egne og sender hver eneste krone hjem.",
])
hate("benefits_work_generalisation_h", "generalisation", "women", [
    "Kvinder i ledelsen er spild af penge, de går jo alligevel på barsel efter et halvt år og så sidder vi andre med lorten.",
])
hate("benefits_work_generalisation_h", "generalisation", "disabled people", [
    "Handicappede skulle bare tage sig sammen. Der er masser af dem der sagtens kunne arbejde, de gider bare ikke og lever fedt på førtidspension.",
])
hate("benefits_work_generalisation_h", "generalisation", "eastern europeans", [
    "Jeg gider ikke have flere østeuropæere i firmaet. De er dovne, de drikker i frokostpausen og de forstår ikke en brik af sikkerhedsreglerne.",
])
hate("ingratitude_generalisation_h", "generalisation", "refugees", [
    "Sådan er det jo med de her flygtninge, de vil have det hele serveret. Takker de? Nej, de klager over at lejligheden er for lille.",
])

hate("hygiene_noise_stereotype_h", "generalisation", "pakistanis", [
    "Hele opgangen lugter af karry og gammelt fedt siden pakistanerne flyttede ind på 2. sal. De ved ikke hvad udluftning er de mennesker.",
])
hate("hygiene_noise_stereotype_h", "generalisation", "africans", [
    "Nu har de afrikanske familier i blok C igen smidt affald ud af vinduet. Det er jo sådan man gør dernede hvor de kommer fra, men HER gør vi altså ikke sådan!!!",
])
hate("hygiene_noise_stereotype_h", "generalisation", "turks", [
    "Det er ALTID tyrkerne der larmer til kl. 2 om natten med deres bryllupper og fyrværkeri. De har ingen respekt for andre end deres egen klan.",
])
hate("hygiene_noise_stereotype_h", "generalisation", "arabs", [
    "Kan boligforeningen ikke bare lave en regel om at araberne skal vaske trappen ligesom vi andre? De tror vist det er os danskere der er deres tjenestefolk.",
])
hate("hygiene_noise_stereotype_h", "generalisation", "roma", [
    "Romaerne har slået lejr ved åen og nu ligger der lort og bleer overalt. Sådan lever de, de kender ikke til andet.",
])
hate("contamination_implicit_h", "generalisation", "somalis", [
    "Mon ikke vaskeriet skal desinficeres efter de somaliske damer har været der. Bare et spørgsmål 🤔",
])
hate("contamination_implicit_h", "generalisation", "muslims", [
    "Det skal ikke være nogen hemmelighed at jeg ikke vil bade i svømmehallen på de dage hvor den er lejet ud til muslimske kvinder. Hvem ved hvad de har med i vandet.",
])

hate("culture_religion_generalisation_h", "generalisation", "muslims", [
    "Islam og Danmark kan ALDRIG forenes. Muslimerne vil altid sætte deres profet over vores love, uanset hvor mange generationer de har været her.",
    "Muhamedanerne behandler deres kvinder som husdyr, og så skal vi lære at tolerere det? Nej tak.",
])
hate("culture_religion_generalisation_h", "generalisation", "immigrants", [
    "Det multikulturelle samfund er en illusion. Sæt nogle fremmede sammen og de vil altid rotte sig sammen mod os.",
])
hate("conspiracy_trope_h", "generalisation", "jews", [
    "Jøderne holder altid sammen og sørger for hinanden først. Se bare hvem der ejer bankerne og medierne.",
])
hate("sexuality_generalisation_h", "generalisation", "gay people", [
    "Bøsserne skal ikke komme og fortælle mig at det er normalt. Det er en livsstil, og de vil have at vores børn skal prøve den.",
    "Homoer burde ikke få lov at være trænere for drengeholdet. Man ved jo aldrig med dem.",
])
hate("gender_identity_generalisation_h", "generalisation", "trans people", [
    "Transkønnede er psykisk syge mennesker der har brug for hjælp og ikke for at få lov at bestemme i omklædningsrummet.",
])
hate("gender_generalisation_h", "generalisation", "women", [
    "Kvinder kan ikke dømme fodbold. Punktum. De forstår ikke spillet og de kan ikke holde presset ud.",
])
hate("race_generalisation_h", "generalisation", "black people", [
    "Nej, jeg vil ikke have at min datter er kæreste med en sort. Det ender altid med at han forsvinder og hun sidder alene med ungerne.",
])
hate("nationality_stereotype_h", "generalisation", "chinese", [
    "Kinesere er falske som bare pokker. Smiler til dig mens de kopierer alt hvad du laver.",
])
hate("disability_exclusion_h", "generalisation", "autistic people", [
    "De autister der er kommet i min søns klasse ødelægger hele undervisningen. De burde sidde i specialklasser langt væk fra normale børn.",
])

hate("replacement_conspiracy_h", "generalisation", "immigrants", [
    "Det er ingen tilfældighed. Politikerne HAR bestemt at danskerne skal udskiftes med billig arbejdskraft fra Afrika og Mellemøsten. Se jer omkring!!",
])
hate("replacement_conspiracy_h", "generalisation", "muslims", [
    "Om 30 år er vi danskere et mindretal i vores eget land. Muslimerne føder 5 børn hver og venter bare på at overtage. Det er planen.",
    "De kalder det integration, jeg kalder det en langsom overtagelse. Moskéerne skyder op og kirkerne lukker. Tænk over det.",
])
hate("replacement_conspiracy_h", "generalisation", "jews", [
    "Hvem tror I står bag al den indvandring? Følg pengene... det er de samme jødiske finansfolk som altid.",
])
hate("replacement_conspiracy_h", "generalisation", "black people", [
    "Læg mærke til at alle reklamer nu har en sort mand og en hvid kvinde. Det er bevidst, de vil blande os ud.",
])
hate("replacement_conspiracy_h", "generalisation", "lgbt people", [
    "Homolobbyen har overtaget skolerne. Nu skal børnehaveklassen lære om 'kønsidentitet'. Det er en plan om at ødelægge den danske familie.",
])

hate("nostalgia_exclusion_h", "generalisation", "immigrants", [
    "Kan huske dengang man kunne lade døren stå åben her i byen. Det var før de fremmede kom. Mere siger jeg ikke.",
    "Da jeg var barn var Nørrebro et dansk kvarter. Nu føler man sig som turist i Beirut. Tak for det, Folketinget.",
    "Ja ja, de er sikkert 'søde'. Men jeg vil nu helst have at min dreng leger med nogen der er født her.",
    "Sjovt som kriminaliteten falder i de uger hvor de er på ferie i 'hjemlandet' 😉",
])
hate("nostalgia_exclusion_h", "generalisation", "muslims", [
    "Vi har altid holdt sankthans her i foreningen, bare os danskere. Der er ingen grund til at de muslimske familier skal være med og ødelægge stemningen.",
    "Hvorfor skal vores klub betale for et bederum? Hvis de vil bede fem gange om dagen kan de gøre det i deres eget land.",
])
hate("nostalgia_exclusion_h", "generalisation", "turks", [
    "Vi skal ikke have flere tyrkere i bestyrelsen. De har deres egen dagsorden, det ved vi jo alle sammen.",
])
hate("nostalgia_exclusion_h", "generalisation", "arabs", [
    "Når de arabiske drenge kommer på banen kan man godt sige farvel til fair play. Det ligger ikke i deres gener.",
])

hate("dehumanisation_animal_h", "dehumanisation", "muslims", [
    "Det er som med rotter, hvor der er én muhamedaner er der snart 50. De yngler som kaniner.",
])
hate("dehumanisation_vermin_h", "dehumanisation", "roma", [
    "Sigøjnerne er som skadedyr, man får dem aldrig af med når de først har sat sig.",
])
hate("dehumanisation_disease_h", "dehumanisation", "immigrants", [
    "Ghettoen er en kræftbyld på Danmark, og indvandrerne er cellerne der spreder sig.",
])
hate("dehumanisation_animal_h", "dehumanisation", "black people", [
    "De sorte i opgangen lever som aber, skrig og skrål og affald over det hele.",
])
hate("dehumanisation_vermin_h", "dehumanisation", "eastern europeans", [
    "Hele kvarteret er inficeret af det her østeuropæiske utøj.",
])
hate("dehumanisation_vermin_h", "dehumanisation", "refugees", [
    "Flygtninge er ikke mennesker som os, de er en flok græshopper der æder landet tomt og flytter videre.",
])
hate("dehumanisation_animal_h", "dehumanisation", "greenlanders", [
    "Grønlænderne nede på bænken er ikke andet end dyr der pisser op ad husmuren.",
])
hate("dehumanisation_disease_h", "dehumanisation", "gay people", [
    "Bøsser er en sygdom i samfundet. Smitsom oveni.",
])
hate("dehumanisation_monster_h", "dehumanisation", "trans people", [
    "Transkønnede er ikke mennesker, det er freaks og monstre lavet på et hospital.",
])
hate("dehumanisation_object_h", "dehumanisation", "disabled people", [
    "Dem på bostedet er ikke meget mere end grøntsager der skal vandes og fodres.",
])
hate("dehumanisation_vermin_h", "dehumanisation", "somalis", [
    "Somalierne er en plage, lige som kakerlakker. De kommer frem om natten og man bliver dem aldrig kvit.",
])
hate("dehumanisation_vermin_h", "dehumanisation", "jews", [
    "Jøderne er parasitter der har suget blodet af Europa i århundreder.",
])
hate("dehumanisation_animal_h", "dehumanisation", "arabs", [
    "Araberne opfører sig som en flok hyæner, de går altid i flok og angriber de svage.",
])
hate("dehumanisation_filth_h", "dehumanisation", "romanians", [
    "Rumænere er som skidt under skoen, man kan ikke få det af igen.",
])
hate("dehumanisation_object_h", "dehumanisation", "muslims", [
    "De muslimske kvinder i burka ligner sorte skraldesække der går rundt på torvet.",
])
hate("dehumanisation_animal_h", "dehumanisation", "pakistanis", [
    "Pakistanerne formerer sig hurtigere end mus i en lade.",
])
hate("dehumanisation_animal_h", "dehumanisation", "chinese", [
    "Kineserne er ikke rigtige mennesker, de er myrer, alle ens og uden egen vilje.",
])
hate("dehumanisation_vermin_h", "dehumanisation", "afghans", [
    "Afghanerne er ukrudt i det danske bed.",
])

hate("threat_conditional_h", "threat", "roma", [
    "Hvis de sigøjnere kommer ind på min grund igen så står jeg klar med haglbøssen. Det er et løfte.",
])
hate("threat_direct_h", "threat", "black people", [
    "Næste gang den neger rører min datter brækker jeg begge hans ben.",
])
hate("call_to_violence_h", "threat", "muslims", [
    "Man skulle sætte ild til den moske, så var det problem løst.",
    "Det ville være en fornøjelse at se alle de muhamedanere hænge fra lygtepælene på Rådhuspladsen.",
])
hate("threat_veiled_h", "threat", "refugees", [
    "Jeg siger ikke at nogen skal gøre noget... men jeg ville ikke græde hvis der blev kastet en brandbombe ind i asylcentret i nat.",
])
hate("threat_veiled_h", "threat", "gay people", [
    "Bøsserne der holder Pride i byen til sommer skal bare vide at vi er nogle stykker der venter på dem. Tag hjelm på 😉",
])
hate("threat_veiled_h", "threat", "immigrants", [
    "Vi ved godt hvor I bor, I fremmede. Pas på jer selv når det bliver mørkt.",
    "Når borgerkrigen kommer, og den kommer, så ved vi præcis hvilke opgange vi skal starte i. 🔥",
])
hate("call_to_violence_h", "threat", "arabs", [
    "Det eneste sprog araberne forstår er knytnæver. Så lad os tale det sprog med dem!!!",
])
hate("call_to_violence_h", "threat", "romanians", [
    "Skulle bare tage en flok gutter med ud til de der rumænske telte i nat og lære dem at holde sig væk 👊",
])
hate("call_to_violence_h", "threat", "jews", [
    "Jøderne burde gasses igen, det var det eneste Hitler gjorde rigtigt.",
])
hate("threat_conditional_h", "threat", "trans people", [
    "Hvis jeg ser den transperson i damernes omklædning så får han et par på kassen. Ikke for sjov.",
])
hate("call_to_violence_h", "threat", "refugees", [
    "Skyd dem ved grænsen, det er det eneste der virker. Både båden og dem der sidder i den.",
])
hate("threat_conditional_h", "threat", "somalis", [
    "Bare én ting: næste gang jeg ser en af de somaliske bander i vores gård, så ringer jeg ikke til politiet. Så klarer vi det selv. Og det bliver ikke pænt.",
])
hate("call_to_violence_h", "threat", "lesbians", [
    "Lesbiske skal have en god gang tæsk, så finder de ud af hvad en rigtig mand er.",
])
hate("threat_direct_h", "threat", "immigrants", [
    "Den perker der har fået lejligheden ved siden af mig skal nok flytte igen. Jeg har nogle venner der kan hjælpe ham på vej, om han vil eller ej.",
])
hate("call_to_violence_h", "threat", "greenlanders", [
    "Man burde sætte alle de grønlandske drukkenbolte på en båd og sænke den midt i Atlanten.",
])
hate("call_to_violence_h", "threat", "women", [
    "De feministkællinger burde få en på hovedet så de kunne lære at holde kæft.",
])
hate("threat_veiled_h", "threat", "jews", [
    "Det skulle ikke undre mig om nogen en dag smadrer ruderne i den jødiske butik. Og helt ærligt, de har fortjent det.",
])

hate("remigration_call_h", "extremism", "immigrants", [
    "Remigration NU! Alle ikke-vestlige skal hjemsendes, også dem med dansk pas. Danmark for danskerne!",
    "White power 👊 og hjem med jer allesammen, jeres tid i Danmark er slut.",
])
hate("remigration_call_h", "extremism", "muslims", [
    "Hjemsendelse af ALLE muhamedanere. Ingen undtagelser, ingen dispensationer. Så er der ro på igen.",
])
hate("white_nationalist_code_h", "extremism", "non-white people", [
    "14 ord, brødre. Vi skal sikre vores folks eksistens og en fremtid for hvide børn. 88",
])
hate("nazi_praise_h", "extremism", "jews", [
    "Hitler havde ret i meget, det tør folk bare ikke sige højt. Jøderne har altid været problemet.",
    "Sieg Heil! Vores bedsteforældre kæmpede på den forkerte side, det er på tide at rette op på det.",
])
hate("genocide_denial_h", "extremism", "jews", [
    "Holocaust er den største løgn i historien. 6 millioner? Der var ikke engang så mange jøder i Europa.",
])
hate("terrorist_praise_h", "extremism", "muslims", [
    "Manden fra Christchurch er en helt. Han gjorde det som politikerne ikke tør.",
])
hate("genocide_approval_h", "extremism", "muslims", [
    "Srebrenica var fortjent. Det burde resten af Europa lære af.",
])
hate("ethnic_cleansing_call_h", "extremism", "immigrants", [
    "Vi skal have en etnisk ren nation igen. Det har intet med had at gøre, det er bare naturens orden.",
    "Frikorpset havde forstået det. Hvide mænd må stå sammen mod invasionen.",
    "Den nordiske modstandsbevægelse er de eneste der tør. Meld jer ind, før det er for sent for vores race.",
])
hate("ethnic_cleansing_call_h", "extremism", "refugees", [
    "Det vi har brug for er lejre. Ikke udrejsecentre, rigtige lejre hvor de sidder til de kan sendes ud.",
])
hate("ethnic_cleansing_call_h", "extremism", "black people", [
    "Sorte skal tilbage til Afrika, hvide til Europa. Raceadskillelse er naturens orden.",
])

hate("slur_h", "slur", "immigrants", [
    "Hold nu kæft din fucking perker",
    "Han er jo en perker, hvad havde du regnet med?",
])
hate("slur_h", "slur", "black people", [
    "Lortenegere, de ødelægger alt de rører ved",
    "Der sidder sgu en fed neger i bussen og fylder to sæder",
])
hate("slur_h", "slur", "pakistanis", [
    "Så kom de pakkiser ud af deres hul igen og skal larme på parkeringspladsen",
])
hate("slur_h", "slur", "arabs", [
    "Fandens kameltrækkere, kan I ikke holde jer til jeres eget",
])
hate("slur_h", "slur", "gay people", [
    "Se lige de der bøsserøve der går hånd i hånd ned ad gågaden. Klamt.",
])
hate("slur_h", "slur", "lesbians", [
    "Ej hvor er de lebber på tribunen irriterende, kan de ikke gå hjem og kysse",
])
hate("slur_h", "slur", "trans people", [
    "Hvad laver sådan en transe i kvindernes bruser?!",
])
hate("slur_h", "slur", "asians", [
    "Der stod to skævøjede og filmede min have. Spioner eller hvad?",
])
hate("slur_h", "slur", "muslims", [
    "Muslingerne har spærret vejen igen med deres fredagsbøn",
])
hate("slur_h", "slur", "jews", [
    "Fucking jødesvin, de skal ikke bestemme over os",
])
hate("slur_h", "slur", "roma", [
    "Pas på med at leje ud til det sigøjnerpak, de hærger lejligheden",
])
hate("slur_h", "slur", "poles", [
    "Indrømmet, jeg gider ikke det polakpak der kører som idioter på motorvejen",
])

hate("harassment_origin_h", "harassment", "immigrants", [
    "@Fatima gå dog hjem til dit eget land hvis du ikke kan lide hvordan vi gør tingene her",
    "Til dig Ahmed der har kommenteret ovenfor: du er gæst her, så du skal holde din kæft om dansk politik.",
    "Hej Mohammed, ja det er dig fra 3. th. Vi har godt set hvordan du kigger på vores døtre. Skrid tilbage hvor du kom fra.",
])
hate("harassment_misgender_h", "harassment", "trans people", [
    "@Kim du er altså en mand, ligegyldigt hvor mange kjoler du tager på. Stop med at lade som om.",
])
hate("harassment_disability_h", "harassment", "deaf people", [
    "Hende den døve i kassen i Brugsen kan ikke engang høre hvad man siger, hun står bare og glor som en idiot.",
])
hate("harassment_disability_h", "harassment", "autistic people", [
    "@Jonas med din autistdiagnose burde du nok holde dig fra at kommentere på voksnes snak 🙄",
])
hate("harassment_sexuality_h", "harassment", "gay people", [
    "Nå Mikkel, har du nu fundet en kæreste? Eller er det stadig drengene i omklædningsrummet du kigger efter? 🏳️‍🌈😂",
])
hate("harassment_religion_h", "harassment", "muslims", [
    "Kære Amina, tag det tørklæde af eller flyt. Det er Danmark det her.",
])
hate("harassment_origin_h", "harassment", "black people", [
    "Kan vi ikke få den sorte pige fra 7.B smidt ud af elevrådet, hun har jo ingen forstand på dansk kultur",
])
hate("harassment_sexuality_h", "harassment", "lesbians", [
    "@Sandra du er jo lesbisk, så du ved ikke noget om at opdrage drenge. Bland dig udenom.",
])
hate("harassment_misgender_h", "harassment", "non-binary people", [
    "@Alex 'de/dem' lol. Du er en pige med kort hår, det er det hele.",
])
hate("harassment_disability_h", "harassment", "disabled people", [
    "Ham i kørestolen i opgang 12 kan jo ikke engang selv tørre sig i røven, hvorfor skal han have den bedste p-plads",
])
hate("harassment_origin_h", "harassment", "greenlanders", [
    "@Nuka du stinker af sprut ligesom resten af dine landsmænd. Tag flyet hjem til Nuuk.",
])
hate("harassment_origin_h", "harassment", "poles", [
    "@Piotr lær dansk eller smut. Vi gider ikke din polske brokken",
])
hate("harassment_gender_h", "harassment", "women", [
    "Til trænerinden: du er en kvinde, du skal ikke fortælle vores drenge hvordan man spiller fodbold. Gå hjem i køkkenet.",
])

# ---------------------------------------------------------------- PART 1: non-hateful

ok("policy_debate_nh", "immigrants", [
    "Jeg synes vi skal diskutere om familiesammenføringsreglerne er for stramme eller for løse. Kan vi gøre det uden at svine nogen til?",
    "Integrationen er lykkedes for nogle grupper og ikke for andre. Det må politikerne tage alvorligt i stedet for at lade som om alt er fint.",
    "Kommunen bruger alt for mange penge på tolke i stedet for danskundervisning. Det er dårlig politik, ikke de mennesker der har brug for tolken.",
    "Det multikulturelle samfund har både fordele og ulemper. Vi har fået bedre mad og flere hænder, men også nogle udfordringer i de udsatte boligområder.",
    "Jeg er imod ghettolovens tvangsflytninger. Man kan godt ville blande boligområderne uden at smide folk ud af deres hjem.",
    "Lad os nu tale om tallene: beskæftigelsen for ikke-vestlige kvinder er steget markant de sidste ti år. Det er jo gode nyheder.",
    "Jeg mener ikke at nogen skal have dansk statsborgerskab uden at kunne sproget. Det gælder uanset hvor de kommer fra, også amerikanere.",
    "Kontanthjælpsloftet rammer børnefamilier hårdt, både danske og udenlandske. Det er en dårlig lov.",
    "Jeg synes det er fair at stille krav om at man arbejder 37 timer for at få ydelse. Det skal gælde alle ledige, ikke kun indvandrere.",
])
ok("policy_debate_nh", "iraqis", [
    "Jeg stemmer for en stram udlændingepolitik, men det betyder ikke at jeg har noget imod mine naboer fra Irak. Det er to forskellige ting.",
])
ok("policy_debate_nh", "refugees", [
    "Hjemsendelse af folk der har fået endeligt afslag på asyl er ret og rimeligt. Det er loven. Men det skal ske ordentligt.",
    "Burde Danmark tage flere kvoteflygtninge fra FN? Jeg er ærligt talt i tvivl og vil gerne høre argumenter.",
    "Pengene til asylcentre skal bruges bedre, f.eks. på hurtigere sagsbehandling så folk ikke sidder fast i årevis.",
    "Udlændingeministeren har lavet en rodet lov, og det er hende jeg kritiserer, ikke flygtningene.",
    "Min holdning er at EU's ydre grænser skal bevogtes bedre. Det kan man sagtens mene og samtidig behandle dem der er her ordentligt.",
])

ok("crime_statistics_nh", "immigrants", [
    "Danmarks Statistik viser at efterkommere fra visse lande er overrepræsenterede i kriminalitetsstatistikken, men når man korrigerer for indkomst og uddannelse bliver forskellen meget mindre.",
    "Ja, der er flere unge med indvandrerbaggrund i bandestatistikken. Spørgsmålet er hvad vi gør ved det: fritidsjobs, skole, forebyggelse?",
    "Min nabo sagde at 'alle indbrud begås af udlændinge'. Jeg slog det op: langt de fleste dømte for indbrud er faktisk danske statsborgere.",
    "Hvis vi skal snakke statistik, så lad os også nævne at langt de fleste indvandrere aldrig er blevet dømt for noget som helst.",
    "Der er en reel udfordring med grupper af unge drenge der laver ballade på torvet. Det handler om alder og kedsomhed mere end om hvor forældrene kommer fra.",
    "Kan nogen linke til de rigtige tal? Jeg gider ikke diskutere kriminalitet og indvandring ud fra 'min svoger sagde'.",
])
ok("crime_statistics_nh", "", [
    "Politiet har anholdt to mænd for indbruddene på Kirkevej. Lad os vente med at gætte på hvem de er indtil der står noget i avisen.",
    "Kriminaliteten i vores område er faldet 30 % siden 2015 ifølge politiets egne tal. Det er der ikke mange der taler om.",
    "Politiet advarer mod falske håndværkere der går fra dør til dør. Det har intet med nationalitet at gøre, de kan være fra Vejle lige så vel som fra Vilnius.",
])
ok("crime_statistics_nh", "eastern europeans", [
    "Østeuropæiske bander står bag en del af de organiserede indbrud ifølge Rigspolitiet. Det er organiseret kriminalitet, ikke de almindelige polakker der arbejder her.",
])

ok("religion_as_idea_nh", "muslims", [
    "Jeg er ateist og synes islam, kristendom og jødedom alle er fyldt med regler der ikke passer ind i et moderne samfund. Men folk må tro hvad de vil.",
    "Koranens syn på kvinder er efter min mening ikke foreneligt med ligestilling. Det kan man kritisere uden at hade de muslimer man kender.",
    "Sharia som lovgivning hører ikke hjemme i Danmark. Det er en kritik af et retssystem, ikke af min kollega der beder i frokostpausen.",
    "Religion i skolen burde være religionskundskab, ikke forkyndelse. Det gælder både folkekirken og de muslimske friskoler.",
    "Jeg synes at tørklædet er et kvindeundertrykkende symbol, men jeg respekterer at mange kvinder selv vælger det. Det er en svær debat.",
    "Man må gerne lave satire over religion. Det var ok at tegne Muhammed, og det er også ok at gøre grin med Jesus.",
])
ok("religion_as_idea_nh", "catholics", [
    "Paven har sagt meget vrøvl om homoseksuelle gennem tiden. Den katolske kirkes holdning er forældet.",
])
ok("religion_as_idea_nh", "jews", [
    "Omskæring af drengebørn synes jeg burde forbydes, både for jøder og muslimer. Det handler om barnets ret til egen krop.",
])
ok("self_reference_nh", "muslims", [
    "Jeg er selv muslim og jeg er enig i at imamerne i nogle moskeer siger ting der ikke hører hjemme i Danmark. Det skal vi selv tage op.",
])

ok("neighbour_complaint_nh", "", [
    "Til ham i nr. 14 der spiller musik for fuld drøn hver søndag morgen: NOGLE af os skal altså sove!!! Tak.",
    "Hvem er det der bliver ved med at parkere foran garageindkørslen på Lærkevej? Jeg kan ikke komme ud og skal på arbejde kl 6!!",
    "Nu har nogen igen smidt pizzabakker i papircontaineren uden at folde dem. Er det SÅ svært at læse skiltet??",
    "Naboens hund har gøet uafbrudt i tre timer. Jeg har prøvet at banke på men der er ingen hjemme. Hvad gør man?",
    "Jeg er så træt af ham på 1. sal der ryger på altanen og røgen kommer direkte ind hos os. Har bedt ham pænt tre gange nu.",
    "Den der idiot der kører 80 gennem skolevejen hver morgen i sin sorte Audi, du skal få en bøde og det skal være snart.",
    "Vaskeriet er booket af den samme person 4 gange om ugen. Kan bestyrelsen ikke lave en regel?",
    "Til hende i opgang 3 der fodrer duerne: der ligger duelort over hele min altan. Vær nu sød at stoppe.",
    "Mojn alle sammen, er der andre der også har fået stjålet cykel fra kælderen i weekenden? Min var låst og alt.",
    "Naboen har sgu sat en trampolin op der står halvt inde på vores grund. Jeg gider ikke have krig, men hvad gør man?",
    "Hvem af jer er det der fester til kl. 4 hver fredag? I må gerne feste, men skru ned efter midnat, det står i husordenen.",
    "Nogen har ridset min bil med en nøgle på parkeringspladsen. Hvis I har set noget så skriv privat. Jeg er SÅ sur.",
    "Ej hvor er det trættende med de evindelige byggearbejder i nr. 7. Tre år med boremaskine, det må da snart være færdigt 😩",
    "Ungerne fra nr. 22 spiller bold op ad min garage hele eftermiddagen. De er søde nok men det buldrer.",
    "Kan ham der har lånt min trailer ikke lige aflevere den igen? Det er tre uger siden nu.",
])

ok("positive_story_nh", "syrians", [
    "Vores nye naboer fra Syrien kom med en kæmpe tallerken baklava da vi flyttede ind. Bedste velkomst nogensinde ❤️",
])
ok("positive_story_nh", "", [
    "Stor ros til Ali fra pizzeriaet på hjørnet der hjalp mig med at skubbe bilen fri i snestormen i går. Sådan nogle naboer vil vi have!",
])
ok("positive_story_nh", "eritreans", [
    "Min søns fodboldtræner er fra Eritrea og han er den mest tålmodige voksne jeg har mødt. Drengene elsker ham.",
])
ok("positive_story_nh", "poles", [
    "Tak til de polske håndværkere der renoverede vores badeværelse. Præcise, ordentlige og til en fair pris. Kan varmt anbefales.",
])
ok("positive_story_nh", "muslims", [
    "Fantastisk eid-fest i beboerhuset i går. Der var mad til 200 og alle var inviteret. Godt gået alle sammen!",
])
ok("positive_story_nh", "greenlanders", [
    "Min svigerdatter er fra Grønland og hun har lært hele familien at lave suaasat. Det smager sgu godt!",
])
ok("positive_story_nh", "afghans", [
    "Vores klub har fået tre nye spillere fra Afghanistan på U17. De træner som gale og har allerede lært halvdelen af holdet lidt dari 😄",
])
ok("positive_story_nh", "filipinos", [
    "Jeg vil bare sige tak til sygeplejersken fra Filippinerne der passede min mor de sidste uger. Hun var en engel.",
])
ok("positive_story_nh", "turks", [
    "Den tyrkiske grønthandler på torvet har de bedste tomater i hele byen og han giver altid et æble til ungerne.",
])
ok("positive_story_nh", "deaf people", [
    "Min kollega er døv og har lært hele afdelingen at sige godmorgen på tegnsprog. Det er blevet en hyggelig lille tradition.",
])
ok("positive_story_nh", "immigrants", [
    "Et stort tillykke til Yasmin fra vores opgang som er blevet færdig som læge! Hendes forældre kom hertil med ingenting i 90'erne 🎉",
])
ok("positive_story_nh", "disabled people", [
    "Beboerne fra bostedet har malet det flotte vægmaleri nede ved stationen. Gå forbi og kig, det er virkelig flot.",
])
ok("positive_story_nh", "somalis", [
    "Nogle somaliske mødre i kvarteret har startet lektiecafé for alle børn. Min datter elsker at komme der.",
])
ok("positive_story_nh", "gay people", [
    "Min nabo og hans mand har passet vores kat i tre uger mens vi var i Thailand. Bedste naboer 🏳️‍🌈",
])
ok("positive_story_nh", "ukrainians", [
    "Stor tak til den ukrainske familie der hjalp med at rydde op efter stormen. De knoklede hele lørdagen.",
])

ok("counter_speech_nh", "immigrants", [
    "Hvorfor skal det altid ende med at 'de fremmede' får skylden? Indbruddet på Birkevej blev begået af to knægte fra byen, det stod i avisen.",
    "Jeg er dansker i 5. generation og jeg skammer mig over nogle af kommentarerne herinde. Vores nye naboer har ikke gjort nogen noget.",
    "Remigration er bare et pænere ord for etnisk udrensning. Lad være med at pakke det ind.",
])
ok("counter_speech_nh", "muslims", [
    "Det der med at muslimer 'yngler' er ren nazisprog. Jeg melder dit opslag til admin.",
])
ok("counter_speech_nh", "somalis", [
    "Nej, man kan ikke bare sige 'sådan er de' om en hel gruppe. Jeg kender masser af somaliere der arbejder mere end dig og mig.",
    "Sådan noget 'bare et spørgsmål' om at vaskeriet skal desinficeres er altså ikke bare et spørgsmål. Det er racisme med en smiley på.",
])
ok("counter_speech_nh", "refugees", [
    "Prøv at læse hvad du selv skriver. Du taler om flygtninge som om de var skadedyr. Det er ikke en holdning, det er had.",
])
ok("counter_speech_nh", "autistic people", [
    "Min søn er autist og han ødelægger ikke noget for nogen. Hvis undervisningen ikke fungerer så er det skolens ressourcer der mangler.",
])
ok("counter_speech_nh", "eastern europeans", [
    "Stop nu med 'de tager vores arbejde'. Byggebranchen ville gå i stå uden polske og litauiske håndværkere.",
])
ok("counter_speech_nh", "gay people", [
    "Jeg er bøsse og har været ungdomstræner i 12 år. Det eneste jeg har 'lært' drengene er at sparke med vristen.",
])
ok("counter_speech_nh", "disabled people", [
    "Jeg er træt af at folk kalder ham i kørestolen for en byrde. Han har arbejdet hele sit liv og betalt skat som alle andre.",
])
ok("counter_speech_nh", "trans people", [
    "Transkvinder er kvinder, og de har brug for et sted at klæde om ligesom alle andre. Lad nu vær med at gøre det til et problem.",
])
ok("counter_speech_nh", "women", [
    "Hvorfor skal en kvindelig dommer altid have 'hun kan ikke dømme' når en mand laver samme fejl hver weekend uden at nogen nævner hans køn?",
])
ok("counter_speech_nh", "greenlanders", [
    "Grønlændere er ikke 'fulde fra morgenstunden'. Der er et alkoholproblem blandt nogle udsatte, som der også er blandt danskere. Pas på med at smide alle i samme kasse.",
])
ok("counter_speech_nh", "roma", [
    "Admin, kan I ikke slette tråden om sigøjnere? Det er ren hetz mod en hel befolkningsgruppe.",
])

ok("quote_condemn_nh", "muslims", [
    "Der var en der skrev i går at 'alle muhamedanere burde sendes hjem med første fly'. Det er altså ikke ok i en boligforenings-gruppe. Vi bor her alle sammen.",
    "Han råbte 'din luder' efter min kone fordi hun havde tørklæde på. Vi har anmeldt det som hadforbrydelse.",
])
ok("quote_condemn_nh", "immigrants", [
    "Nogen har skrevet 'perkere ud' på muren ved skolen. Jeg har meldt det til politiet. Hvis I har set noget, så giv lyd.",
    "Nogen har hængt en seddel op i opgangen med 'Danmark for danskerne' og et hagekors. Den er taget ned og anmeldt.",
])
ok("quote_condemn_nh", "black people", [
    "Min datter fik at vide af en dreng på holdet at hun 'skulle tilbage til Afrika'. Jeg har taget det op med træneren. Det er bare ikke i orden.",
])
ok("quote_condemn_nh", "gay people", [
    "I frokoststuen sagde en kollega at 'bøsser er syge i hovedet'. Ingen sagde noget. Jeg burde have sagt noget. Det gør jeg næste gang.",
])
ok("quote_condemn_nh", "refugees", [
    "I kommentarfeltet under lokalavisens artikel kalder folk flygtningene for 'rotter'. Hvordan kan redaktionen lade det stå?",
])
ok("quote_condemn_nh", "jews", [
    "Det er simpelthen for dårligt at ham på Facebook skriver at 'jøderne styrer alt'. Det er den ældste konspirationsteori der findes.",
])
ok("quote_condemn_nh", "greenlanders", [
    "Til dem der delte opslaget om at 'grønlænderne bare drikker': min mormor var fra Sisimiut og har aldrig rørt alkohol. Slet det.",
])
ok("quote_condemn_nh", "roma", [
    "At skrive 'hvis de kommer igen, så står jeg klar med haglbøssen' om en romafamilie er en trussel, også selv om du sætter en smiley bagefter.",
])

ok("genuine_question_nh", "muslims", [
    "Hvad siger islam egentlig om renter? Jeg har hørt at nogle muslimer ikke vil tage lån, er det rigtigt?",
    "Er der nogen der ved om moskeen på Industrivej har åbent hus igen i år? Jeg kunne godt tænke mig at se den indefra.",
    "Nogen der ved hvornår ramadanen starter i år? Vi vil gerne tage hensyn i klubben med træningstiderne.",
])
ok("genuine_question_nh", "arabs", [
    "Hvordan siger man tak på arabisk? Vi har fået nye naboer og jeg vil gerne sige velkommen ordentligt.",
])
ok("genuine_question_nh", "poles", [
    "Er der nogen der kender en god polsk butik i Aarhus? Jeg mangler de gode pølser til min svigermor.",
])
ok("genuine_question_nh", "greenlanders", [
    "Hvorfor er det egentlig at mange grønlændere flytter til Danmark? Er det uddannelse eller arbejde?",
])
ok("genuine_question_nh", "trans people", [
    "Spørgsmål til forældrene: hvordan forklarer man en 6-årig hvad transkønnet betyder? Hun har en i klassen.",
])
ok("genuine_question_nh", "ukrainians", [
    "Har nogen erfaring med at ansætte folk fra Ukraine? Hvordan er det med arbejdstilladelse?",
])
ok("genuine_question_nh", "immigrants", [
    "Hvad betyder 'nydansker' egentlig? Er det et pænt ord eller et grimt ord? Min datter spurgte mig.",
])
ok("genuine_question_nh", "deaf people", [
    "Er der en tegnsprogstolk til borgermødet torsdag? Min nabo er døv og vil gerne deltage.",
])
ok("genuine_question_nh", "jews", [
    "Kan man som jøde gå med kalot i byen uden problemer i dag? Spørger for min svoger der flytter hertil.",
])
ok("genuine_question_nh", "roma", [
    "Hvorfor siger man 'romaer' og ikke 'sigøjnere' nu? Jeg er oprigtigt nysgerrig.",
])

ok("non_protected_insult_nh", "", [
    "Den dommer i går var en BLIND KLOVN!!! Tre straffe han ikke gav! Han skal aldrig dømme i Jylland igen",
    "Bestyrelsen i boligforeningen er en flok inkompetente idioter. Nu er huslejen steget IGEN uden at de har sagt et ord.",
    "Borgmesteren har da ikke forstand på at lave en trafikplan. Hele Vestergade er én stor kø. Fyr ham!!",
    "Brøndby-fans er nogle aber, det har jeg altid sagt 😂 FCK for evigt",
    "De der håndværkere fra firmaet i Herning er nogle fusentaster, de har lagt gulvet skævt.",
    "Ham der sælger i Den Blå Avis-gruppen er en svindler. Betalte 400 kr for en barnevogn der aldrig kom. Pas på ham!!",
    "Den her regering er den værste i mands minde, de ødelægger landet med deres skattepolitik.",
    "AGF spillede som en flok pensionister i dag. Pinligt!",
    "Kommunens sagsbehandler er den mest uduelige person jeg har talt med. Tre måneder om at svare på en mail!",
])
ok("violent_idiom_nh", "", [
    "Jeg slår dig ihjel i FIFA i aften, bare vent 😂⚽",
    "Hvem fanden har spist min madpakke i køleskabet på arbejdet?! Jeg finder dig og så er du død 😤",
    "Vi skal smadre dem på søndag drenge!! Ingen nåde 💪⚽",
])

ok("news_history_nh", "jews", [
    "Det er 80 år siden befrielsen i år. Husk at næsten alle de danske jøder blev reddet over Øresund i oktober 1943.",
    "I dag mindes vi ofrene for terrorangrebet ved synagogen i Krystalgade i 2015. Tanker til familierne.",
    "Skolen har besøg af en Holocaust-overlever på torsdag. Forældre er velkomne til at deltage.",
])
ok("news_history_nh", "muslims", [
    "Politiet efterforsker branden ved moskeen som en mulig hadforbrydelse. Det er dybt bekymrende.",
])
ok("news_history_nh", "poles", [
    "Lokalhistorisk forening holder foredrag om de polske roepiger der kom til Lolland omkring 1900. Det bliver spændende.",
])
ok("news_history_nh", "turks", [
    "For 50 år siden kom de første gæstearbejdere fra Tyrkiet til fabrikkerne her i byen. Museet har en udstilling om deres historie.",
])
ok("news_history_nh", "somalis", [
    "Nyhed: Retten har idømt en mand fængsel for at have truet en familie fra Somalia i deres opgang.",
])

ok("self_reference_nh", "immigrants", [
    "Som perker fra Nørrebro kan jeg sige at vi sgu også er trætte af at drengene på hjørnet ødelægger det for os andre 😂",
])
ok("self_reference_nh", "gay people", [
    "Vi bøsser i klubben har lavet vores eget hold til firmaidrætten. Navnet er 'De Glade Bøsser' og vi taber hver uge 🏳️‍🌈",
])
ok("self_reference_nh", "autistic people", [
    "Jeg er autist og nej, jeg vil ikke 'bare kigge folk i øjnene'. Det er ikke et problem for mig, kun for jer 😉",
])
ok("self_reference_nh", "greenlanders", [
    "Som grønlænder i Odense bliver jeg altid spurgt om jeg har set en isbjørn. Ja, i zoo 😂",
])
ok("self_reference_nh", "lesbians", [
    "Vi lebber har overtaget badmintonhallen tirsdag aften, alle er velkomne 💜",
])
ok("self_reference_nh", "turks", [
    "Jeg er selv født i Tyrkiet og synes faktisk at nogle af de krav man stiller til sprog er fine. Det hjalp mig.",
])

ok("negated_hate_nh", "muslims", [
    "Jeg klager ikke over ham fordi han er muslim. Jeg klager fordi han spiller høj musik kl. 3 om natten. Jeg ville gøre det samme hvis han hed Jens.",
])
ok("negated_hate_nh", "poles", [
    "Det er ikke fordi de er polakker, det er fordi firmaet snyder med lønnen. Problemet er arbejdsgiveren.",
])
ok("negated_hate_nh", "arabs", [
    "Ikke alle der kommer fra Mellemøsten er kriminelle, selvfølgelig ikke. Det er en lille gruppe der ødelægger det for resten, og dem skal politiet tage sig af.",
])

ok("neutral_mention_nh", "somalis", [
    "Den somaliske restaurant på Jernbanegade har åbnet igen efter ombygningen. Deres sambusa er noget af det bedste.",
])
ok("neutral_mention_nh", "poles", [
    "Husk at den polske butik holder lukket på mandag pga. helligdag.",
])
ok("neutral_mention_nh", "arabs", [
    "Sælger: sofa, ca. 2 år gammel, hentes hos mig. Kan også levere. Skriv bare, jeg taler dansk, engelsk og arabisk.",
])
ok("neutral_mention_nh", "", [
    "Vi søger nye spillere til old boys, alle nationaliteter velkomne, eneste krav er at man kan holde 2 x 35 min 😅",
])
ok("neutral_mention_nh", "chinese", [
    "Kinesisk nytår fejres i Kulturhuset på lørdag med dragedans og mad. Gratis adgang.",
])
ok("neutral_mention_nh", "africans", [
    "Er der nogen der vil med til afrikansk dans på aftenskolen? Jeg mangler en makker.",
])
ok("neutral_mention_nh", "romanians", [
    "Den rumænske bager ved busstationen har fået nye croissanter, de er fantastiske.",
])
ok("neutral_mention_nh", "pakistanis", [
    "Min mand er fra Pakistan og vi holder både jul og eid. Ungerne får gaver to gange, de klager ikke 😂",
])

# ---------------------------------------------------------------- PART 1b

hate("workplace_generalisation_h", "generalisation", "muslims", [
    "Vi har to muslimer på lageret og de skal have fri til alt muligt: fredagsbøn, ramadan, eid. Vi andre må bare løbe stærkere. Typisk.",
])
hate("workplace_generalisation_h", "generalisation", "women", [
    "Ærligt talt, sæt aldrig en kvinde som formand for boligforeningen. Det bliver bare sladder og følelser i stedet for beslutninger.",
])
hate("implicit_derogation_h", "generalisation", "black people", [
    "Der er kommet en sort familie i nr. 9. Husk lige at låse bilerne i nat folkens 😬",
])
hate("implicit_derogation_h", "generalisation", "syrians", [
    "Jeg siger bare: tjek jeres pengepung når I har været i den nye syriske kiosk. Mere siger jeg ikke.",
])
hate("burden_generalisation_h", "generalisation", "refugees", [
    "Vi har ikke råd til flere ældrepladser, men der er sgu altid penge til flygtninge der aldrig har betalt en krone i skat.",
])
hate("dehumanisation_animal_h", "dehumanisation", "roma", [
    "Romaerne ved stranden lever som vildsvin, de roder i skraldespandene og efterlader deres møg alle vegne.",
])
hate("dehumanisation_flood_h", "dehumanisation", "immigrants", [
    "Det er ikke indvandring, det er en oversvømmelse af menneskeligt affald. Og vi lader sluserne stå åbne.",
])
hate("threat_conditional_h", "threat", "afghans", [
    "Hvis de afghanske drenge rører min lillesøster igen så slår jeg dem ihjel, én efter én.",
])
hate("threat_veiled_h", "threat", "muslims", [
    "Den nye moske på Fabriksvej står der nok ikke så længe. Der er mange der har benzin i garagen. Bare siger det.",
])
hate("remigration_call_h", "extremism", "syrians", [
    "Syrien er sikkert nu. Send hver eneste syrer tilbage, også børnene der er født her. Remigration er eneste løsning.",
])
hate("slur_h", "slur", "africans", [
    "Hvorfor skal de negre stå og sælge lortehalskæder på strøget hver sommer",
])
hate("harassment_origin_h", "harassment", "turks", [
    "@Emre du er jo tyrker, så du skal slet ikke snakke om demokrati herinde. Kig på jeres eget land.",
])
hate("harassment_disability_h", "harassment", "disabled people", [
    "Ham den spastiker der er kommet på U13 kan ikke engang løbe lige. Hvorfor skal min søn sidde på bænken for ham?",
])

ok("neighbour_complaint_nh", "", [
    "Der er igen nogen der har stillet en gammel madras ved containerne. Storskrald hentes første tirsdag i måneden, det står på opslagstavlen!!!",
    "Den hvide varebil har holdt på gæstepladsen i tre uger nu. Er der nogen der ved hvis den er?",
])
ok("counter_speech_nh", "black people", [
    "At skrive 'husk at låse bilen' fordi der flytter en sort familie ind er altså racisme, ligegyldigt hvor mange smileys du sætter bag på.",
])
ok("counter_speech_nh", "syrians", [
    "Jeg har handlet i den syriske kiosk hver dag i et år og har aldrig fået en krone for lidt tilbage. Stop det der snak.",
])
ok("policy_debate_nh", "refugees", [
    "Jeg forstår godt frustrationen over ældreplejen, men det er ikke flygtningene der har skåret i den. Det er kommunalbestyrelsen.",
])
ok("workplace_nh", "muslims", [
    "Vi har lavet en fin ordning på lageret: dem der holder ramadan tager tidlige vagter, og så tager de andre de sene i juleugen. Alle er glade.",
])
ok("workplace_nh", "women", [
    "Vores nye formand i boligforeningen er den første kvinde på posten, og hun har fået styr på regnskabet på tre måneder. Godt gået Lone!",
])
ok("sports_nh", "", [
    "Fair play-regel til forældrene på sidelinjen: I må gerne råbe heja, men dommeren er 15 år og gør sit bedste. Ingen skæld ud!",
    "Tak for en fed sæson til alle drenge på U11! Vi sluttede som nummer tre og der var smil hele vejen.",
])
ok("genuine_question_nh", "afghans", [
    "Er der nogen der ved om der findes en forening for afghanske familier i kommunen? Vores nye naboer vil gerne i kontakt med andre.",
])
ok("news_history_nh", "roma", [
    "Dokumentaren i aftes om romaernes skæbne under 2. verdenskrig var rystende. Det var noget jeg slet ikke vidste.",
])
ok("neutral_mention_nh", "africans", [
    "Den afrikanske musikfestival i parken er flyttet til næste weekend pga. regnvejr.",
])
ok("self_reference_nh", "disabled people", [
    "Jeg sidder selv i kørestol og vil bare sige at p-pladserne ved Føtex altid er optaget af folk uden skilt. Det er træls!",
])
ok("non_protected_insult_nh", "", [
    "Den nye cykelsti er en katastrofe. Hvem har tegnet den? En fuld abe?",
])

# === END DATA ===


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    seen = set()
    for text, label, category, func, target, lang in ROWS:
        assert text.strip() == text and text, repr(text)
        assert text not in seen, "duplicate: " + text
        seen.add(text)
        assert label in ("hateful", "non-hateful"), label
        assert lang in ("da", "en"), lang
        assert target == target.lower(), target
        if label == "hateful":
            assert category in CATEGORIES, (category, text)
            assert func.endswith("_h") and not func.endswith("_nh"), func
        else:
            assert category == "", (category, text)
            assert func.endswith("_nh"), func
        assert func == func.lower() and " " not in func, func
    n_ok = sum(1 for r in ROWS if r[1] == "non-hateful")
    assert n_ok / len(ROWS) >= 0.45, n_ok / len(ROWS)

    out = os.path.join(here, "data.csv")
    with open(out, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["text", "label", "category", "functionality", "target", "lang"])
        for row in ROWS:
            w.writerow(row)

    print("rows:", len(ROWS))
    for k, v in sorted(Counter(r[1] for r in ROWS).items()):
        print("label", k, v)
    for k, v in sorted(Counter(r[2] for r in ROWS if r[1] == "hateful").items()):
        print("category", k, v)


if __name__ == "__main__":
    main()
