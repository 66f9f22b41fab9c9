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

# ---------------------------------------------------------------- PART 2a: hateful

hate("crime_generalisation_h", "generalisation", "immigrants", [
    "Hvorfor er det mon altid de samme 'drenge' med kasketter og Canada Goose der står og sælger hash bag Netto? Det er da et mysterium 🤔",
    "Det nytter ikke noget at give dem en lejlighed i et pænt område. De laver det om til slum på et halvt år, det har vi set før.",
])
hate("crime_generalisation_h", "generalisation", "arabs", [
    "Pas på med at sælge din bil til en fra Mellemøsten. De pruter dig ned til ingenting og betaler med falske sedler.",
])
hate("crime_generalisation_h", "generalisation", "lithuanians", [
    "Litauerne er de værste. Kører uden forsikring, drikker og kører, og skrider hjem når politiet kommer.",
])
hate("crime_generalisation_h", "generalisation", "turks", [
    "Det er tyrkerne der ejer alle pizzeriaerne og hvidvasker penge for deres familier. Ingen tjekker det nogensinde.",
])
hate("crime_generalisation_h", "generalisation", "iraqis", [
    "Irakerne har lavet deres egen lille stat i staten nede i blokkene. Klaner og sharia, ingen dansk lov.",
])
hate("crime_generalisation_h", "generalisation", "roma", [
    "Sigøjnerkvinderne lærer deres unger at stjæle fra de er fem år gamle. Det er deres kultur.",
])
hate("crime_generalisation_h", "generalisation", "muslims", [
    "Efter 30 år i politiet kan jeg sige jer: de muslimske drenge har INGEN respekt for uniformen. Ingen.",
])
hate("local_dialect_exclusion_h", "generalisation", "immigrants", [
    "Æ ska' ikk' ha' nogen af dem fremmede her i æ by. Vi har klaret os fint uden dem i 200 år, og det ka' vi sgu blive ved med.",
])
hate("public_space_stereotype_h", "generalisation", "somalis", [
    "Det er da for galt at man ikke kan tage toget til Aarhus uden at sidde midt i en flok somaliere der råber i telefonen på deres eget sprog. De har ingen manerer.",
])
hate("group_joke_h", "generalisation", "immigrants", [
    "Hvad er forskellen på en nydansker og en parkbænk? Bænken kan forsørge en familie 😂",
])
hate("group_joke_h", "generalisation", "arabs", [
    "Hvorfor har arabere altid så mange søskende? Fordi det ikke er dem selv der betaler for dem 😂",
])
hate("group_joke_h", "generalisation", "greenlanders", [
    "Tjah, der er vel en grund til at der ikke findes nogen grønlandske nobelprismodtagere 🤷",
])
hate("benefits_work_generalisation_h", "generalisation", "romanians", [
    "Jeg hyrer aldrig mere en rumæner til noget som helst. Man får halvt arbejde og så forsvinder halvdelen af værktøjet.",
])
hate("benefits_work_generalisation_h", "generalisation", "greenlanders", [
    "Nu ved jeg godt man ikke må sige det, men grønlændere kan simpelthen ikke passe et arbejde. Det ligger i generne med den sprut.",
])
hate("benefits_work_generalisation_h", "generalisation", "women", [
    "Kvinder hører ikke hjemme i byrådet. De træffer beslutninger med hjertet og ikke med hovedet, derfor er kommunen i knæ.",
    "Vi har ansat en ung kvinde i butikken, og nu forstår jeg godt hvorfor kvinder tjener mindre. De laver mindre.",
])
hate("benefits_work_generalisation_h", "generalisation", "immigrants", [
    "Indvandrerkvinderne lærer aldrig dansk, de sidder bare inde og føder og lader manden styre det hele. Og vi betaler.",
    "De nydanske forældre kommer aldrig til forældremøderne. De er fuldstændig ligeglade med deres børns skolegang.",
    "Det er ikke tilfældigt at kvaliteten på sygehusene er faldet. Halvdelen af lægerne er udlændinge der ikke engang kan tale ordentligt dansk.",
])
hate("benefits_work_generalisation_h", "generalisation", "pakistanis", [
    "Pakistanerne gifter sig med deres kusiner, og så er det os andre der skal betale for alle de syge børn. Det koster milliarder.",
])
hate("benefits_work_generalisation_h", "generalisation", "disabled people", [
    "De handicappede skal ikke have gratis adgang til svømmehallen, de fylder alligevel bare banerne op og sinker os andre.",
])
hate("benefits_work_generalisation_h", "generalisation", "africans", [
    "Efter vi fik den nye afrikanske læge på klinikken har jeg skiftet. Jeg stoler ikke på de uddannelser de får dernede.",
])
hate("manners_stereotype_h", "generalisation", "chinese", [
    "Det er altid kineserne der snyder i køen ved buffeten. De har ingen manerer overhovedet.",
])
hate("manners_stereotype_h", "generalisation", "muslims", [
    "Jeg er sygeplejerske og kan sige jer at de muslimske familier altid er de mest krævende på afdelingen. 20 mennesker på besøg og råb i gangene.",
])
hate("manners_stereotype_h", "generalisation", "poles", [
    "Når polakkerne har fri om fredagen kan man ikke få en plads ved Bilka, for de sidder og drikker i bilerne. Sådan er de bare.",
])
hate("manners_stereotype_h", "generalisation", "asians", [
    "Asiater kan ikke køre bil, det ved alle. Hold afstand når du ser en i spejlet.",
])
hate("gender_stereotype_h", "generalisation", "thai women", [
    "Thaipigerne kommer kun hertil for at finde en gammel dansker med penge. Det ved alle der har været dernede.",
])
hate("disability_generalisation_h", "generalisation", "autistic people", [
    "Autister er bare forkælede unger der aldrig har fået en opdragelse. Diagnosen er en undskyldning.",
    "ADHD og autisme hed dårlig opdragelse da jeg var ung. Nu får forældrene sgu penge for det.",
])
hate("sexuality_generalisation_h", "generalisation", "gay people", [
    "De bøsser skal altid have det hele smurt ud i hovedet på os. Kan de ikke bare være det derhjemme?",
])
hate("sexuality_generalisation_h", "generalisation", "bisexuals", [
    "Bi er bare en fase for folk der ikke kan bestemme sig. De er utro hele bundtet.",
])
hate("gender_identity_generalisation_h", "generalisation", "non-binary people", [
    "Ikke-binær er noget man finder på når man er 15 og vil have opmærksomhed. De er bare forvirrede og syge i hovedet.",
])
hate("gender_identity_generalisation_h", "generalisation", "trans people", [
    "Det er de transkønnede der har gjort vores børn forvirrede. Før dem vidste en dreng at han var en dreng.",
])
hate("antisemitic_trope_h", "generalisation", "jews", [
    "Jøder har altid haft en næse for penge, det er ikke fordomme, det er historie.",
    "Hvorfor tror I det altid er jøderne der sidder på Hollywood og medierne? Tilfældigt? Næppe.",
    "Det Israel gør i Gaza viser bare at jøderne aldrig har forandret sig. Sådan har de altid været.",
])
hate("team_culture_generalisation_h", "generalisation", "immigrants", [
    "Vores lokale fodboldklub er ødelagt. Holdene er fulde af udlændinge der ikke forstår ordet hold. De spiller kun for sig selv.",
])
hate("housing_exclusion_h", "generalisation", "immigrants", [
    "Kære bestyrelse, kan vi ikke prioritere danske familier på ventelisten? Vi har set hvad der sker når man blander.",
])
hate("victimhood_derogation_h", "generalisation", "black people", [
    "Hvorfor er det egentlig at sorte altid skal spille offer? De har selv valgt at komme hertil.",
])
hate("essentialism_h", "generalisation", "afghans", [
    "Man kan tage en afghaner ud af Afghanistan, men man kan ikke tage Afghanistan ud af afghaneren.",
])
hate("essentialism_h", "generalisation", "eritreans", [
    "Hvor mange eritreere skal vi have, før politikerne forstår at de aldrig bliver danskere?",
])
hate("essentialism_h", "generalisation", "kurds", [
    "Kurderne og tyrkerne slås om alting, og så må vi betale for politiet. Sådan nogle folk bliver aldrig fredelige.",
])
hate("essentialism_h", "generalisation", "africans", [
    "Når man ser hvordan de afrikanske lande ser ud, skal man ikke undre sig over hvordan kvarteret ser ud nu de er flyttet hertil.",
])
hate("ingratitude_generalisation_h", "generalisation", "refugees", [
    "Det er sjovt som alle 'flygtningene' tager på sommerferie i det land de er flygtet fra 🤣",
])

hate("dehumanisation_animal_h", "dehumanisation", "arabs", [
    "Siden de fik alle de arabiske storfamilier ind i blok 4 er det ikke en boligforening mere, det er en zoologisk have.",
])
hate("dehumanisation_animal_h", "dehumanisation", "somalis", [
    "Somalierne lugter som en stald, man kan mærke det i hele bussen.",
])
hate("dehumanisation_animal_h", "dehumanisation", "muslims", [
    "Muhamedanerne kravler ud af deres huller hver fredag og spærrer gaden som en myretue.",
])
hate("dehumanisation_animal_h", "dehumanisation", "roma", [
    "Romaerne er som ådselgribbe, de lever af at plukke os andre.",
])
hate("dehumanisation_disease_h", "dehumanisation", "immigrants", [
    "Indvandringen er en virus, og Danmark har ikke noget immunforsvar tilbage.",
])
hate("dehumanisation_vermin_h", "dehumanisation", "refugees", [
    "Flygtningene er en invasiv art. Ligesom dræbersneglene, de æder alt og formerer sig.",
])
hate("dehumanisation_animal_h", "dehumanisation", "black people", [
    "De sorte spillere løber som dyr på savannen. Det er ikke fodbold, det er instinkt.",
])
hate("dehumanisation_animal_h", "dehumanisation", "gay people", [
    "Bøsserne er nogle perverse dyr der ikke burde være i nærheden af børn.",
])
hate("dehumanisation_object_h", "dehumanisation", "trans people", [
    "Det er ikke en kvinde, det er et 'det'. Transkønnede er en ting, ikke et menneske.",
])
hate("dehumanisation_monster_h", "dehumanisation", "disabled people", [
    "Mongolerne på bostedet skal holdes inde, de ligner noget fra en gyserfilm og skræmmer børnene.",
    "Handicappede er dødvægt for samfundet. Ikke mennesker der bidrager, bare noget vi slæber rundt på.",
])
hate("dehumanisation_vermin_h", "dehumanisation", "pakistanis", [
    "Pakistanerne i opgangen er som lus. Først er der én familie og så er hele opgangen befængt.",
])
hate("dehumanisation_disease_h", "dehumanisation", "jews", [
    "Jøderne er en gift i Europas blodårer.",
])
hate("dehumanisation_disease_h", "dehumanisation", "arabs", [
    "Araberne er en pest der spreder sig fra by til by.",
])
hate("dehumanisation_vermin_h", "dehumanisation", "poles", [
    "De polske arbejdere sværmer om byggepladserne som fluer om et ådsel.",
])
hate("dehumanisation_animal_h", "dehumanisation", "greenlanders", [
    "Grønlænderne er bare en flok sæler der ligger og flyder på bænkene hele dagen.",
])
hate("dehumanisation_animal_h", "dehumanisation", "chinese", [
    "Kineserne spiser hunde og flagermus, de er selv ikke meget bedre end dyrene.",
])
hate("dehumanisation_animal_h", "dehumanisation", "africans", [
    "Afrikanerne er lige kommet ned fra træerne, man kan ikke forvente at de ved hvordan et toilet virker.",
])
hate("dehumanisation_filth_h", "dehumanisation", "refugees", [
    "De asylansøgere er bare et læs skrald Europa har fået dumpet ved sin hoveddør.",
])
hate("dehumanisation_monster_h", "dehumanisation", "lesbians", [
    "Lesbiske er halve mænd, en slags mutanter.",
])

hate("threat_conditional_h", "threat", "refugees", [
    "Hvis kommunen åbner det asylcenter i vores by, så brænder det inden jul. Det lover jeg.",
])
hate("call_to_violence_h", "threat", "gay people", [
    "Nogen burde give de homoer i Pride-optoget en tur med baseballbattet.",
])
hate("threat_veiled_h", "threat", "arabs", [
    "Jeg har sgu en kniv i handskerummet til hvis de der arabere kommer og laver ballade ved tankstationen igen.",
])
hate("threat_veiled_h", "threat", "muslims", [
    "Muhamedanerne skal vide at vi ikke finder os i det mere. Næste gang bliver det ikke med ord.",
])
hate("threat_conditional_h", "threat", "roma", [
    "Hvis en af de romaer står på vejen igen så kører jeg bare videre. Seriøst, kør dem over.",
])
hate("threat_conditional_h", "threat", "black people", [
    "Hvis min datter kommer hjem med en sort kæreste, slår jeg ham ihjel, og det mener jeg.",
])
hate("threat_veiled_h", "threat", "jews", [
    "Jeg skal nok sørge for at den jødiske familie i nr. 5 flytter. Der er mange måder.",
])
hate("violence_wish_h", "threat", "refugees", [
    "Jeg håber sgu at båden synker. Så er der 200 færre.",
])
hate("violence_wish_h", "threat", "muslims", [
    "Ville ikke have noget imod at der kom en ny pest der kun ramte muslimer.",
])
hate("call_to_violence_h", "threat", "immigrants", [
    "Gasovnene skulle tændes igen, og denne gang er det de brune der skal ind.",
])
hate("threat_conditional_h", "threat", "lesbians", [
    "Hvis jeg nogensinde ser de to lebber kysse foran mine unger igen, får de en lussing de aldrig glemmer.",
])
hate("threat_veiled_h", "threat", "trans people", [
    "De transaktivister der læser op for børn på biblioteket skal passe på. Der er folk der gerne vil finde ud af hvor de bor.",
])
hate("call_to_violence_h", "threat", "greenlanders", [
    "Så skyd dog de grønlandske bumser nede ved banegården, så er det problem ordnet.",
])
hate("threat_conditional_h", "threat", "poles", [
    "Hvis den polske nabo parkerer på min plads én gang til, så punkterer jeg hans dæk og brækker hans næse. Polakker skal lære hvor de hører til.",
])
hate("violence_endorsement_h", "threat", "women", [
    "Kvinder der går alene på bar må selv være ude om at blive voldtaget. Nogen burde lære dem det.",
])
hate("threat_conditional_h", "threat", "somalis", [
    "Hvis en af de somaliske knægte kommer i nærheden af min bil igen får han et baseballbat i hovedet. Ikke en trussel, et løfte.",
])
hate("call_to_violence_h", "threat", "syrians", [
    "Syrerne i asylcentret skulle tages ud på en mark, så kunne vi øve os lidt i skydning.",
])
hate("threat_veiled_h", "threat", "roma", [
    "Der er kun én løsning på sigøjnerproblemet, og den involverer ikke busbilletter.",
])
hate("call_to_violence_h", "threat", "afghans", [
    "Nogen burde smide en sten gennem ruden på den nye afghanske frisør. Bare så de ved at de ikke er velkomne.",
])
hate("violence_wish_h", "threat", "pakistanis", [
    "Jeg håber sgu der går ild i den pakistanske families lejlighed en nat mens de sover.",
])
hate("threat_conditional_h", "threat", "non-binary people", [
    "Gud hjælpe den første ikke-binære der prøver at bruge herretoilettet på mit værksted. Så ryger der tænder.",
])
hate("threat_conditional_h", "threat", "deaf people", [
    "Hvis de døve unger skriger i bussen igen får de en på skrinet. Så kan de i det mindste mærke det.",
])
hate("violence_wish_h", "threat", "chinese", [
    "Kinesernes restaurant burde brænde med dem indeni. Det var dem der startede corona.",
])

hate("far_right_slogan_h", "extremism", "immigrants", [
    "Danmark for danskerne, udlændinge ud! Det har vi råbt siden 80'erne og det er mere sandt end nogensinde.",
    "Remigration er ikke racisme, det er næstekærlighed over for vores egne. Send dem hjem, allesammen.",
    "Vi har brug for en dansk fører der tør rydde op. Demokratiet har spillet fallit.",
    "Vi skal lave ghettoerne om til det de egentlig er: interneringslejre. Og så skal der ryddes op.",
    "Det store udskiftningsprogram skal stoppes med alle midler. Hjemsend, deportér, tving dem ud.",
])
hate("vigilante_call_h", "extremism", "immigrants", [
    "Der står en flok af os klar til at patruljere gaderne fredag aften. Borgerværn mod indvandrerbanderne. Skriv privat hvis du vil være med og ikke er bange for at tage fat.",
])
hate("white_nationalist_code_h", "extremism", "non-white people", [
    "Hil vor nordiske race! Blod og ære brødre ⚡⚡",
    "1488 🇩🇰 Ingen undskyldning for at være hvid.",
    "Ethvert folk har ret til at beskytte sin race. Blandede ægteskaber burde forbydes ved lov.",
    "Sig det højt: hvid stolthed, hvid fremtid. Vi er ikke racister, vi er realister. Deportér dem alle.",
    "Hils på Odin og hold Danmark hvidt 🪓 Valhalla venter dem der tør.",
])
hate("genocide_denial_h", "extremism", "jews", [
    "Holocaust skete ikke, og hvis det gjorde, så var det ikke nok.",
    "Den tyske soldat der stod vagt i 1943 gjorde bare sit arbejde. Deportationerne af jøderne var nødvendige.",
])
hate("nazi_praise_h", "extremism", "jews", [
    "Frikorps Danmark kæmpede for Europa mod bolsjevikkerne og jøderne. De var helte.",
])
hate("terrorist_praise_h", "extremism", "muslims", [
    "Terroristen fra Utøya havde et budskab. Læs hans manifest før I dømmer.",
])
hate("terrorist_praise_h", "extremism", "israelis", [
    "Hamas' angreb den 7. oktober var modstand, ikke terror. De fik hvad de fortjente.",
])
hate("islamist_extremism_h", "extremism", "danes", [
    "Jeg siger det bare: IS havde ret i at de vantro skal underkaste sig. Danskerne er kuffar og fortjener ingen respekt.",
])
hate("genocide_approval_h", "extremism", "roma", [
    "Det eneste gode ved Nazityskland var at de vidste hvad man skulle gøre ved sigøjnerne.",
])
hate("ethnic_cleansing_call_h", "extremism", "greenlanders", [
    "Grønland skulle have været renset for de indfødte for længe siden. Så havde vi haft råstofferne i fred.",
])

hate("slur_h", "slur", "immigrants", [
    "Der holdt en fucking perkerbil med bas og det hele foran skolen kl 8 om morgenen",
    "Perkerungerne fra 4. klasse har igen smadret legepladsen",
])
hate("slur_h", "slur", "pakistanis", [
    "Hva' så din lille pakki, har du fået lov til at lege med de danske børn i dag?",
])
hate("slur_h", "slur", "lesbians", [
    "Min nabo er sådan en gammel lebbe med kortklippet hår og skovmandsskjorte, klam",
])
hate("slur_h", "slur", "gay people", [
    "Sikke en aflevering din bøsserøv, hvad fanden laver du?!",
])
hate("slur_h", "slur", "disabled people", [
    "Den mongol fra bostedet har igen siddet og savlet i bussen",
    "Se de der spassere fra specialskolen der kommer ind i Føtex, hold da op",
])
hate("slur_h", "slur", "arabs", [
    "Hvad tror de sandnegre de laver på vores strand",
    "Kamelkneppere, allesammen, hver eneste en",
])
hate("slur_h", "slur", "muslims", [
    "De tørklædekællinger holder hele køen op i Rema igen",
])
hate("slur_h", "slur", "asians", [
    "Jeg gider ikke de risædere der står og fotograferer alt i Nyhavn",
])
hate("slur_h", "slur", "trans people", [
    "Se lige den transvestit der arbejder i kassen i Netto. Klamt.",
])
hate("slur_h", "slur", "greenlanders", [
    "Nu ligger de fulde eskimoer ved Nørreport igen",
])
hate("slur_h", "slur", "jews", [
    "Den fidusjøde af en udlejer vil have 2000 mere om måneden",
])
hate("slur_h", "slur", "black people", [
    "Den negerdreng på U12 skal vist også have mere spilletid nu, eller hvad?",
])

hate("harassment_origin_h", "harassment", "immigrants", [
    "@Hassan vi har alle sammen set dit opslag. Når du ikke kan lide Danmark, så går der fly hjem hver dag fra Kastrup.",
    "Kære Leila, du har nu boet her i 15 år og du taler STADIG som en der lige er stået af bussen. Lær dog sproget eller hold mund.",
    "Ahmed, du er den første udlænding vi har haft i bestyrelsen og forhåbentlig den sidste.",
    "@Yusuf vi så dig på gågaden med din sportstaske. Hvor mange biler har du brudt op i dag? 😏",
])
hate("harassment_origin_h", "harassment", "turks", [
    "Næste gang du skriver i gruppen, Fatma, så gør det på ordentligt dansk. Eller tag tilbage til Ankara.",
])
hate("harassment_sexuality_h", "harassment", "gay people", [
    "@Jakob hvorfor bliver du så sur? Er det fordi din kæreste hedder Mads? 😂🌈",
])
hate("harassment_misgender_h", "harassment", "trans people", [
    "Til 'Sofie' fra bestyrelsen: vi ved godt du var en mand indtil sidste år. Skal vi ikke bare kalde dig Søren igen?",
])
hate("harassment_religion_h", "harassment", "jews", [
    "@Daniel du er jo jøde, selvfølgelig forsvarer du Israel. Du er ikke dansk, du er deres.",
])
hate("harassment_religion_h", "harassment", "muslims", [
    "Til den nye i HR med hijab: du er ikke velkommen her, og du skal ikke tro du kan bestemme over danske medarbejdere.",
])
hate("harassment_disability_h", "harassment", "disabled people", [
    "Ham den nye med tourettes på lageret lyder som en papegøje. Skal vi lære ham at sige pæne ord? 😂",
    "@Mette du har jo en hjerneskade, så lad os andre tage beslutningerne i forældrerådet.",
    "Kan nogen sige til hende i kørestolen fra nr. 3 at hun ikke skal komme til gårdfesten, hun spærrer bare for bordene.",
    "Til ham der stammer i klubbens bestyrelse: det tager 10 minutter at få et ord ud af dig, skal vi ikke bare lade være med at spørge dig?",
])
hate("harassment_misgender_h", "harassment", "non-binary people", [
    "Hej Tobias, er du stadig 'non-binær' eller er det ovre nu? Spørger for en ven 🤡",
])
hate("harassment_origin_h", "harassment", "black people", [
    "@Ayaan hvorfor er du altid så sort i hovedet når du kommenterer? Nåh nej, det er du jo altid 😂",
])
hate("harassment_gender_h", "harassment", "women", [
    "@Marie du er kvinde, så selvfølgelig tror du at alle mænd er voldtægtsmænd. Gå nu ud og find dig en mand.",
])
hate("harassment_origin_h", "harassment", "greenlanders", [
    "@Aputsiaq har du været i Netto og hente dagens bajere? Det er jo jeres kultur at drikke.",
])
hate("harassment_origin_h", "harassment", "poles", [
    "@Wojtek din polske bil står på min plads igen. Tag den og dig selv hjem til Polen.",
])
hate("harassment_origin_h", "harassment", "chinese", [
    "@Chen tror du virkelig nogen stoler på en kineser med adgang til kundedata? Du er jo spion for Beijing.",
])
hate("harassment_sexuality_h", "harassment", "bisexuals", [
    "@Rasmus du er bi, altså du ved ikke hvad du vil. Gå hjem og find ud af det før du blander dig i voksensnak.",
])
hate("harassment_disability_h", "harassment", "deaf people", [
    "@Sara din døve søn skal ikke være med på holdet, han kan ikke engang høre fløjten.",
])

# ---------------------------------------------------------------- PART 2a: non-hateful

ok("policy_debate_nh", "refugees", [
    "Jeg er borgerlig og synes vi skal have færre asylansøgere, men det her kommentarspor er ved at blive ulækkert. Man kan godt mene noget uden at svine folk til.",
    "Hjemsendelsespolitikken virker ikke, for Danmark kan ikke sende folk til lande der ikke vil tage imod dem. Det er et praktisk problem.",
    "Vores lille by har taget imod 40 flygtninge og ærligt talt har det været hårdt for skolen. Vi har brug for flere ressourcer, ikke færre børn.",
])
ok("policy_debate_nh", "immigrants", [
    "Skal integrationsydelsen være lavere end kontanthjælpen? Jeg synes det er svært at forsvare at to naboer får forskellige ydelser i samme situation.",
    "Vi skal have færre udlændinge, siger han. Men hvem skal så passe vores ældre om 20 år? Det er en reel debat.",
    "Der er god grund til at diskutere om 'ikke-vestlig' er en brugbar kategori. Den smider en japansk ingeniør og en somalisk analfabet i samme kasse.",
    "Det er rimeligt at diskutere om dobbelt statsborgerskab skal være tilladt. Det er et principielt spørgsmål og ikke et angreb på nogen.",
    "Man kan være imod stor indvandring og stadig hilse pænt på sin nabo. Sådan har de fleste danskere det, tror jeg.",
    "Hvis vi vil have flere indvandrerkvinder i arbejde, så skal der være børnepasning og sprogkurser om aftenen. Det handler om praktik.",
    "Jeg er imod at give statsborgerskab til folk der har fået fængselsdomme. Det gælder for mig uanset hvor de er født.",
])
ok("policy_debate_nh", "ukrainians", [
    "Jeg synes sgu at kommunen skal tage flere ukrainere, vi har tomme lejligheder nok ude i landsbyerne.",
])
ok("policy_debate_nh", "muslims", [
    "Man kan sagtens mene at moskeer med udenlandsk finansiering skal tjekkes grundigere. Det samme burde gælde alle trossamfund.",
    "Jeg synes burkaforbuddet var symbolpolitik. Der var vel 150 kvinder i hele landet der gik med den.",
])
ok("policy_debate_nh", "eastern europeans", [
    "Jeg er jyde og bor på landet, og vi mangler folk til slagteriet og plejehjemmet. Uden østeuropæerne stod det hele stille herude.",
])

ok("crime_statistics_nh", "", [
    "Politiets tal for vores kommune: 62 indbrud sidste år, ned fra 110. Vi plejer at råbe højt når det går galt, så lad os også sige det når det går godt.",
])
ok("crime_statistics_nh", "immigrants", [
    "Ja, bandekonflikten er reel og den er alvorlig. Men at kalde alle unge med mørkt hår for bandemedlemmer gør det ikke bedre.",
    "Tallene viser at rockerne står for lige så meget af den organiserede kriminalitet som indvandrerbanderne. Det glemmer folk.",
    "Jeg arbejder i kriminalforsorgen, og de fleste jeg møder er fattige, misbrugere og uden uddannelse. Det er ikke hudfarven der går igen, det er armoden.",
    "Overrepræsentation i statistikken betyder ikke at 'de' er kriminelle. Det betyder at nogle er, og at vi skal finde ud af hvorfor.",
])

ok("religion_as_idea_nh", "muslims", [
    "Islam er en religion jeg har mange kritikpunkter til, især synet på frafald. Men jeg har aldrig mødt en muslim der ville mig noget ondt for at være ateist.",
    "Jeg synes ikke det giver mening at bede fem gange om dagen, men jeg synes heller ikke det giver mening at gå i kirke juleaften kun for traditionens skyld 😄",
    "Koranafbrændinger synes jeg er barnligt og provokerende, men det skal være lovligt. Ytringsfrihed gælder også for idioter.",
    "Islamisme er en farlig ideologi. Det er derfor de fleste muslimer i Danmark selv tager afstand fra den.",
])
ok("religion_as_idea_nh", "jehovah's witnesses", [
    "Jehovas Vidner har nogle helt vanvittige regler om blodtransfusion. Det er læren jeg kritiserer, ikke de mennesker der står med bladene.",
])
ok("religion_as_idea_nh", "christians", [
    "Folkekirken burde skilles fra staten. Det har intet med had til kristne at gøre.",
])
ok("government_criticism_nh", "jews", [
    "Kritik af Israels regering er ikke antisemitisme. Men at gøre danske jøder ansvarlige for den, det er.",
])
ok("government_criticism_nh", "chinese", [
    "Kinas regering undertrykker uighurerne, og det skal Danmark sige højt. Det har intet med almindelige kinesere at gøre.",
])
ok("government_criticism_nh", "iranians", [
    "Præstestyret i Iran er en rædsel for kvinder. Stor respekt til de iranske kvinder der protesterer.",
])
ok("government_criticism_nh", "turks", [
    "Erdogan er en autoritær leder, og det må man godt sige, også selv om ens naboer er tyrkere.",
])

ok("neighbour_complaint_nh", "", [
    "Nu er det tredje gang i denne måned at nogen lader hoveddøren stå på klem. Vi har haft tyveri i kælderen, så luk den nu!!!",
    "Hvem er det der lader deres hund skide på legepladsen og går videre?? Der leger små børn! Skam jer.",
    "Til ejeren af den grå Passat: du holder på to pladser. Igen. Det er sgu for dårligt.",
    "Naboen har haft sin rundsav i gang siden kl. 7 en lørdag. Har man ingen respekt for andre??",
    "Altså manden i nr. 11 der råber ad sin kone hver aften, er der nogen der har ringet til nogen? Jeg er oprigtigt bekymret.",
    "Kan folk ikke lære at tage deres tøj ud af tørretumbleren? Mit vasketøj står og venter hver gang.",
    "Ham med den store grill på fællesarealet efterlader altid fedt og aske. Vi andre skal også bruge den!",
    "Hvem smider cigaretskod ud fra altanen på 4. sal? De lander i min babys barnevogn. Nu stopper I!!!",
    "Hold da op hvor larmer den motorcykel der starter kl. 5 hver morgen. Kan du ikke trække den ud på vejen først?",
    "Naboens kat bruger min køkkenhave som toilet. Har pænt bedt dem holde den inde. Ingen reaktion.",
    "Til dem i opgang B der holdt fest i går: bræk i elevatoren er altså ikke ok. Gør det rent.",
    "Er der andre der også synes at formanden for grundejerforeningen bestemmer alt for meget selv? Vi har ikke stemt om de nye hække.",
    "Der er en der har hugget min avis hver morgen i 2 uger. Jeg har sat et kamera op nu 😉",
])

ok("positive_story_nh", "iraqis", [
    "Vores søn har fået en ven fra Irak i klassen, og nu taler han om at han vil lære arabisk. Hvor er det dejligt ❤️",
])
ok("positive_story_nh", "greenlanders", [
    "Den grønlandske koraften i Kulturhuset var så smuk at jeg græd lidt. Tak for det!",
])
ok("positive_story_nh", "ghanaians", [
    "Min mor er 92 og hendes hjemmehjælper er fra Ghana. De har sunget salmer sammen hver morgen i tre år.",
])
ok("positive_story_nh", "refugees", [
    "Vi fik hjælp til flytningen af tre unge fyre fra asylcentret der gerne ville øve dansk. Hårdtarbejdende og sjove.",
])
ok("positive_story_nh", "muslims", [
    "Den lokale moske har samlet ind til hospice og gav 40.000 kr. Stor respekt!",
])
ok("positive_story_nh", "disabled people", [
    "Min datter har en veninde med Downs syndrom, og de har været uadskillelige siden børnehaven. De er bare fantastiske sammen.",
])
ok("positive_story_nh", "deaf people", [
    "Til fodboldforældrene: vores målmand på U14 er døv, og holdet har lært sig tegn for 'bag dig' og 'min'. Så stolt af drengene.",
])
ok("positive_story_nh", "romanians", [
    "Tusind tak til den rumænske familie der fandt min tegnebog og afleverede den med alle pengene. Der findes ærlige mennesker!",
])
ok("positive_story_nh", "trans people", [
    "Min chef er transkvinde og den bedste leder jeg har haft. Hun lytter, og hun kæmper for os.",
])
ok("positive_story_nh", "women", [
    "Vores nye præst er kvinde, og hendes prædikener er de første jeg ikke er faldet i søvn til 😄",
])
ok("positive_story_nh", "pakistanis", [
    "Pakistansk madklub i beboerhuset hver anden torsdag. Vi var 30 i går og jeg har aldrig smagt så god biryani.",
])
ok("positive_story_nh", "turks", [
    "Merve fra 9. klasse vandt regionsmesterskabet i matematik. Hendes far sagde at han var den stolteste tyrker i Jylland 😄",
])
ok("positive_story_nh", "lesbians", [
    "Mine to mødre har været gift i 20 år i dag. Tillykke mor og mor 🥂🏳️‍🌈",
])
ok("positive_story_nh", "vietnamese", [
    "Den vietnamesiske familie i nr. 4 har plantet blomster langs hele fortovet. Vejen har aldrig været så flot.",
])
ok("positive_story_nh", "eritreans", [
    "Stor tak til de eritreiske drenge der bar mine indkøb op på 5. sal da elevatoren var i stykker. Det var bare så sødt.",
])

ok("counter_speech_nh", "immigrants", [
    "Hvis du mener at 'de fremmede' er problemet, så kig lige på hvem der holdt Brugsen åben hele påsken. Det var Hamid og hans søn.",
    "Der er ingen 'stor udskiftning'. Det er en konspirationsteori, som terroristen i Christchurch også troede på.",
    "Den eneste 'invasion' vi har oplevet her i byen er de tyske turister i juli 😂 Slap nu af.",
])
ok("counter_speech_nh", "muslims", [
    "Man skal ikke kalde folk for 'muhamedanere' i 2026. Det er et gammelt ord med en grim klang, og det ved du godt.",
])
ok("counter_speech_nh", "arabs", [
    "Du skriver 'det er ikke racisme, det er statistik', og så skriver du noget der er ren racisme. Statistik handler om tal, ikke om at svine folk.",
])
ok("counter_speech_nh", "refugees", [
    "At kalde flygtninge for 'skrald' er præcis det sprog nazisterne brugte om jøderne. Stop det.",
])
ok("counter_speech_nh", "disabled people", [
    "Som mor til et barn med handicap bliver jeg så ked af det når folk kalder dem 'grøntsager'. Han er et menneske med humor og drømme.",
    "Jeg arbejder på et bosted. Der er ingen 'mongoler' her, der er mennesker med Downs syndrom, og de er sgu sjovere end de fleste jeg kender.",
])
ok("counter_speech_nh", "bisexuals", [
    "Nej, bi er ikke en fase. Jeg er 48 og har været bi hele livet.",
])
ok("counter_speech_nh", "jews", [
    "Hvis du vil diskutere Israels politik, så gør det. Men lad være med at skrive 'jøderne' når du mener en regering.",
])
ok("counter_speech_nh", "black people", [
    "Det er altså ikke 'bare en joke' når hele pointen er at sorte er dumme. Det er racisme med en pointe.",
])
ok("counter_speech_nh", "bosnians", [
    "Jeg er fra Jylland og jeg er træt af at folk tror at vi herude hader udlændinge. Det gør vi sgu ikke. Min bedste ven er fra Bosnien.",
])
ok("counter_speech_nh", "", [
    "Kære alle: gruppereglerne er ikke til diskussion. Ingen kalder andre mennesker for rotter, kakerlakker eller utøj herinde. Så bliver man smidt ud.",
])
ok("counter_speech_nh", "non-binary people", [
    "Mit barnebarn er ikke-binær og har haft det sådan siden de var lille. Det er ikke en fase, det er et menneske.",
])
ok("counter_speech_nh", "women", [
    "Hold nu op med at sige at kvinder ikke kan dømme fodbold. Vores bedste linjedommer i klubben er en 19-årig pige.",
])
ok("counter_speech_nh", "non-white people", [
    "At 'holde Danmark hvidt' er ikke en holdning, det er nazisme. Og admin, ham der skrev det skal ud.",
])
ok("counter_speech_nh", "poles", [
    "Mine kollegaer fra Polen er de mest pålidelige folk på hele pladsen. Giv dem en chance før du kalder dem pak.",
])

ok("quote_condemn_nh", "black people", [
    "I dag råbte en mand 'skrid hjem til Afrika' efter min søn i Bilka. Han er født på Skejby. Jeg er så vred.",
])
ok("quote_condemn_nh", "gay people", [
    "Nogen har sprayet 'homo = pædo' på klubhuset. Bestyrelsen har anmeldt det, og vi maler over i weekenden. Alle er velkomne til at hjælpe.",
])
ok("quote_condemn_nh", "greenlanders", [
    "Han skrev 'grønlændere er dyr' i kommentarfeltet og fik 40 likes. Jeg forstår ikke hvad der sker med folk.",
])
ok("quote_condemn_nh", "jews", [
    "Min kollega fik en sms med 'vi ved hvor du bor, jødesvin'. Politiet tager det alvorligt, heldigvis.",
])
ok("quote_condemn_nh", "autistic people", [
    "En forælder i klassens chat skrev at 'de autistiske børn skal ud af klassen'. Jeg har skrevet til skolelederen. Det er helt uacceptabelt.",
])
ok("quote_condemn_nh", "immigrants", [
    "Til dem der synes 'Danmark for danskerne' bare er et uskyldigt slogan: det var det der stod på sedlen ved siden af hagekorset.",
])
ok("quote_condemn_nh", "roma", [
    "Nogen skrev i gruppen at sigøjnere 'skal skydes'. Jeg har taget et screenshot og sendt det til politiet. Det er en trussel.",
])
ok("quote_condemn_nh", "trans people", [
    "'Transer er syge i hovedet' sagde han højt til personalemødet, og chefen grinede. Jeg har klaget til HR.",
])
ok("quote_condemn_nh", "pakistanis", [
    "Da jeg var barn råbte de 'pakki' efter mig i skolegården. Nu hører jeg mine børn blive kaldt det samme. Det skal stoppe.",
])
ok("quote_condemn_nh", "non-white people", [
    "Nogen har skrevet 'hvide Danmark' og tegnet en rune på busskuret ved skolen. Det er et kendt nazisymbol, og kommunen er kontaktet.",
])
ok("quote_condemn_nh", "women", [
    "Han skrev til min veninde at 'kvinder der går alene hjem selv er ude om det'. Det er forsvar for voldtægt, intet andet.",
])
ok("quote_condemn_nh", "muslims", [
    "En mand i toget sagde til kvinden med tørklæde at hun skulle 'tage den klud af'. Ingen sagde noget. Jeg skammer mig over at jeg heller ikke gjorde.",
])

ok("genuine_question_nh", "refugees", [
    "Hvad er egentlig forskellen på en flygtning og en migrant? Jeg bliver forvirret af debatten.",
])
ok("genuine_question_nh", "greenlanders", [
    "Er der nogen der ved hvor man kan lære grønlandsk i Aalborg? Min kæreste er fra Ilulissat.",
])
ok("genuine_question_nh", "non-binary people", [
    "Hvordan skal man omtale en ikke-binær kollega på dansk? Hen? De? Jeg vil gerne gøre det rigtigt.",
])
ok("genuine_question_nh", "muslims", [
    "Må man spørge en kollega med tørklæde hvorfor hun bærer det, eller er det uhøfligt?",
    "Hvordan er ramadanen for børn? Skal de også faste, eller er det kun de voksne?",
])
ok("genuine_question_nh", "jews", [
    "Hvad er en god gave til en jødisk ven der fejrer hanukka? Jeg vil gerne give noget der passer.",
])
ok("genuine_question_nh", "deaf people", [
    "Er der nogen der har erfaring med at have en døv medarbejder? Hvilken hjælp kan man søge fra kommunen?",
])
ok("genuine_question_nh", "vietnamese", [
    "Hvorfor er der så mange vietnamesere i neglebranchen? Er der en historisk grund?",
])
ok("genuine_question_nh", "immigrants", [
    "Kan nogen forklare hvad 'remigration' betyder? Jeg så det på et klistermærke og forstod det ikke.",
])
ok("genuine_question_nh", "roma", [
    "Har nogen set den nye dokumentar om romaerne i Østeuropa? Er den værd at se?",
])
ok("genuine_question_nh", "gay people", [
    "Findes der en LGBT-forening her i Vestjylland? Min søn er lige sprunget ud og vil gerne møde andre.",
])
ok("genuine_question_nh", "autistic people", [
    "Er der andre autistiske voksne her i byen der kunne være interesseret i at mødes? Bare stille og roligt til en kop kaffe.",
])

ok("non_protected_insult_nh", "", [
    "Københavnere tror de ejer hele landet. Kom ud og se hvordan rigtige mennesker lever, I latteboller 😂",
    "Den her udlejer er den største grisebasse jeg har mødt. Han vil have 2000 mere om måneden for det samme rottehul!",
    "Elbilisterne der holder på ladepladserne i 10 timer er nogle egoistiske svin.",
    "Den lokale fodboldtræner er en kæmpe kujon der aldrig tør sætte de unge på. Fyr ham!!!",
    "Politikerne på Christiansborg er en flok parasitter der lever af vores skattekroner.",
    "Cyklisterne i København er nogle vilde dyr, de kører over for rødt og råber ad dig.",
    "FCK-fansene er nogle rotter der smadrer togene hver gang de spiller udekamp.",
    "Den tømrer der har lavet vores tag er en fupmager og en løgner. Vi har hyret en advokat.",
    "Hvor er han bare en idiot den formand. Han har brugt hele festbudgettet på en ny plæneklipper 🤬",
    "Sikke en flok amatører i kommunens vejafdeling. Hullet på Skolevej har været der i et halvt år.",
])
ok("violent_idiom_nh", "", [
    "Jeg headshotter dig i Counter-Strike i aften, din noob 😂",
    "Min kone slår mig ihjel hvis jeg glemmer hendes fødselsdag igen 😅",
    "Vi skal fandme massakrere Vejle på søndag!!! Kom så drenge 💪",
    "Jeg kunne kvæle ham der satte sin bil foran min indkørsel. Grr.",
    "Min chef er ved at tage livet af mig med alle de deadlines 😩",
])

ok("news_history_nh", "vietnamese", [
    "Det er snart 50 år siden de første vietnamesiske bådflygtninge kom til Danmark. Mange af dem bor stadig her i byen.",
])
ok("news_history_nh", "jews", [
    "Anne Franks dagbog er på pensum i 8. klasse. Min datter var meget berørt og vi har talt længe om det.",
    "Politiet har skærpet bevogtningen ved synagogen efter trusler. Det er trist at det skal være nødvendigt.",
])
ok("news_history_nh", "greenlanders", [
    "DR har lavet en god dokumentar om de grønlandske børn der blev sendt til Danmark i 1951. Se den.",
])
ok("news_history_nh", "gay people", [
    "Nyhed: Tre unge mænd er sigtet for overfaldet på et homoseksuelt par i Aalborg. Politiet efterforsker det som en hadforbrydelse.",
])
ok("news_history_nh", "muslims", [
    "Mindedag for ofrene i Srebrenica i dag. 8000 muslimske drenge og mænd blev myrdet. Vi må aldrig glemme.",
    "Nyhed: Mand idømt 60 dages fængsel for at have skrevet 'alle muslimer skal skydes' på Facebook.",
])
ok("news_history_nh", "pakistanis", [
    "Foredrag: 'Gæstearbejderne fra Pakistan og Jugoslavien 1967-73'. Biblioteket, tirsdag kl. 19.",
])
ok("news_history_nh", "", [
    "Mindehøjtidelighed for ofrene på Utøya den 22. juli. Vi tænder lys ved kirken kl. 20.",
])

ok("self_reference_nh", "immigrants", [
    "Vi perkere i boligforeningen laver den bedste mad til sommerfesten, det ved alle 😎",
])
ok("self_reference_nh", "gay people", [
    "Som bøsse i en lille jysk by har jeg aldrig følt mig mere velkommen end i petanqueklubben. Ældre damer er de bedste allierede 😂",
])
ok("self_reference_nh", "disabled people", [
    "Jeg er spastiker, og nej, det betyder ikke at jeg er dum. Det betyder at mine muskler er lidt stive 😉",
])
ok("self_reference_nh", "greenlanders", [
    "Vi grønlændere i Aarhus holder nationaldagsfest den 21. juni. Alle er velkomne!",
])
ok("self_reference_nh", "trans people", [
    "Som transkvinde i en fodboldklub kan jeg kun sige at omklædningsrummet er det mindste problem. Det største er vores målmand 😂",
])

ok("negated_hate_nh", "black people", [
    "Det er ikke fordi han er sort at jeg ikke vil stemme på ham. Det er fordi hans politik er noget rod.",
])
ok("negated_hate_nh", "muslims", [
    "Jeg har intet problem med at naboerne er muslimer. Mit problem er at deres bil holder på min plads hver dag.",
])
ok("negated_hate_nh", "immigrants", [
    "Det har intet med hans oprindelse at gøre. Han er bare en dårlig håndværker, punktum.",
])
ok("negated_hate_nh", "greenlanders", [
    "Jeg siger ikke at grønlændere drikker. Jeg siger at manden på bænken har et alkoholproblem og har brug for hjælp.",
])

ok("neutral_mention_nh", "", [
    "Sælges: barnevogn, næsten ny. Hentes i Viby. Ingen bytte. Er hjemme efter kl. 17.",
])
ok("neutral_mention_nh", "turks", [
    "Er der nogen der kan anbefale en tyrkisk frisør i Odense? Skægget trænger.",
])
ok("neutral_mention_nh", "syrians", [
    "Husk loppemarked i beboerhuset lørdag. Der er boder med syrisk mad og dansk kage.",
])
ok("neutral_mention_nh", "indians", [
    "Min nye kollega er fra Indien og han har lært os alle at drikke chai. Nu er vi hooked ☕",
])
ok("neutral_mention_nh", "thai people", [
    "Den thailandske massage på hjørnet har fået nye åbningstider: 10-19 alle hverdage.",
])
ok("neutral_mention_nh", "chinese", [
    "Den kinesiske sprogskole søger forældre til bestyrelsen. Man behøver ikke at tale kinesisk.",
])
ok("neutral_mention_nh", "lebanese", [
    "Min datter skal til bryllup hos en libanesisk veninde. Hvad tager man på? 😅",
])
ok("neutral_mention_nh", "greenlanders", [
    "Vi har fået en grønlandsk udvekslingsstudent på gymnasiet. Han spiller håndbold som en gud.",
])
ok("neutral_mention_nh", "sri lankans", [
    "Kiosken ved stationen drives af en familie fra Sri Lanka. De har åbent helt til kl. 23.",
])

ok("workplace_nh", "muslims", [
    "Husk at Yusuf faster i denne uge. Ingen sure kommentarer om at han ikke spiser med af fødselsdagskagen 😄",
    "Vi holder fælles iftar på fabrikken onsdag. Alle er inviteret uanset religion.",
])
ok("workplace_nh", "deaf people", [
    "Ny kollega i morgen: Anna er døv, så husk at kigge på hende når I taler, og skriv gerne i Teams.",
])
ok("workplace_nh", "non-binary people", [
    "Kan vi ikke få et kønsneutralt toilet på kontoret? Vi har en kollega der ville have gavn af det.",
])
ok("workplace_nh", "romanians", [
    "Lageret har fået fire nye vikarer fra Rumænien. De taler engelsk, så husk at skrive sikkerhedsinstruksen på engelsk også.",
])

# ---------------------------------------------------------------- PART 2b: hateful (local news comments, parents, workplace)

hate("mosque_conspiracy_h", "generalisation", "muslims", [
    "Læste lige artiklen om den nye moske. De kalder det et 'kulturcenter'. Ja ja. Vi ved jo godt hvad de laver derinde, de planlægger hvordan de skal tage over.",
    "Mit barnebarn har fået en muslimsk klasselærer. Ingen jul, ingen juletræ, ingen salmer. Tak for det. Snart er det sharia i Hjørring.",
    "Hvorfor skal vores børn lære om ramadan i skolen? Det er deres religion, ikke vores. De tilpasser sig jo heller aldrig.",
])
hate("news_comment_generalisation_h", "generalisation", "somalis", [
    "Så fik vi endnu et 'kulturelt sammenstød' i svømmehallen. Somaliske drenge der ikke kan opføre sig over for piger. Det er ikke første gang, og det bliver ikke sidste.",
    "Det er jo ikke for sjov at de kalder Nørrebro for Lille Mogadishu. Somalierne har overtaget hele kvarteret.",
])
hate("news_comment_generalisation_h", "generalisation", "refugees", [
    "Kommentar til artiklen 'Lokalsamfund tager imod flygtninge': ja, og om fem år er lokalsamfundet væk. Sådan går det hver gang de kommer.",
])
hate("news_comment_generalisation_h", "generalisation", "arabs", [
    "Ikke for at være negativ, men vi havde en rolig by indtil kommunen begyndte at placere de her familier fra Mellemøsten. Nu er der politi hver weekend.",
])
hate("news_comment_generalisation_h", "generalisation", "immigrants", [
    "Det multikulturelle Danmark er et eksperiment der er slået fejl. Se bare skolerne, hvor danske børn er i mindretal og bliver mobbet af de andre.",
    "Jeg holdt op med at gå i Føtex om aftenen. Der står altid en flok af 'de unge' og glor på ens kone. Vi ved alle hvem jeg mener.",
    "Kender I det, når man kan lugte hvidløg helt ned i kælderen? Så ved man at der er flyttet 'nogle nye' ind 🙄",
    "Hvad har de 'nye danskere' nogensinde givet Danmark? Kebab og bandekrig. Det er regnskabet.",
    "Man må ikke sige det, men alle ved at de fleste voldtægter i Danmark er begået af kulturberigerne.",
    "Kulturberigerne har været på spil igen ved stationen. Tre knivstik. Tak for mangfoldigheden.",
])
hate("news_comment_generalisation_h", "generalisation", "palestinians", [
    "Det er altid de samme familier fra Gaza der skal have tolk, kørsel og særbehandling. Og så skriger de racisme når man siger nej.",
])
hate("hygiene_noise_stereotype_h", "generalisation", "romanians", [
    "Rumænerne i byen sover i bilerne på p-pladsen og pisser bag containerne. Sådan er de opdraget.",
])
hate("landlord_generalisation_h", "generalisation", "eastern europeans", [
    "Min erfaring som udlejer: lej aldrig ud til østeuropæere. Ti mand i en toværelses, og alt er smadret når de skrider.",
])
hate("implicit_derogation_h", "generalisation", "afghans", [
    "Selvfølgelig var det en afghaner. Hvem ellers?",
])
hate("burden_generalisation_h", "generalisation", "greenlanders", [
    "Grønlænderne får alt betalt. Bolig, uddannelse, flybilletter. Og hvad får vi igen? Fulde folk på bænkene.",
])
hate("sports_generalisation_h", "generalisation", "black people", [
    "Der er ingen grund til at lade de sorte spillere være anfører. De har ikke den rette mentalitet til at lede.",
])
hate("sports_generalisation_h", "generalisation", "women", [
    "Det er klart at tøserne ikke får samme tid på banen. Pigefodbold er jo ikke rigtig fodbold, og det ved de godt selv.",
    "Kvinder skulle aldrig have haft stemmeret. Se bare hvad de stemmer ind.",
])
hate("sexuality_generalisation_h", "generalisation", "gay people", [
    "Bøsserne i omklædningsrummet kigger. Sådan er det bare. Derfor skal de have deres eget.",
    "Når man tillader to mænd at adoptere, så ved man jo hvad der sker med de børn. Det siger sig selv.",
])
hate("gender_identity_generalisation_h", "generalisation", "trans people", [
    "De transkønnede vil bare ind i pigernes omklædning for at glo. Det er perverse mænd i kjole.",
])
hate("sexuality_generalisation_h", "generalisation", "lesbians", [
    "Lesbiske er bare kvinder der er blevet skuffet over mænd og er for grimme til at finde en ny.",
])
hate("disability_exclusion_h", "generalisation", "disabled people", [
    "Folk i kørestol skal ikke stå i butikker. Det ser ikke professionelt ud, og kunderne bliver utilpasse.",
])
hate("antisemitic_trope_h", "generalisation", "jews", [
    "Jøderne i Danmark er mere loyale over for Israel end over for Danmark. Det er et faktum.",
    "De rige jøder i USA styrer hele verdensøkonomien. Det er ikke en konspirationsteori, sådan er det bare.",
])
hate("disease_stereotype_h", "generalisation", "chinese", [
    "Det er kineserne der spreder alle sygdommene. Fugleinfluenza, corona, hvad bliver det næste? De er uhumske.",
])
hate("disease_stereotype_h", "generalisation", "africans", [
    "Afrikanerne kommer her med AIDS og tuberkulose, og så er det os der skal betale for behandlingen.",
])
hate("gender_stereotype_h", "generalisation", "filipinos", [
    "Filippinske au pairs er billige af en grund. De kan ikke andet end at gøre rent og fange en dansk mand.",
])
hate("guest_worker_derogation_h", "generalisation", "turks", [
    "Tyrkerne blev inviteret som gæstearbejdere. Gæster. Men gæster går hjem igen, det har de bare aldrig fattet.",
])
hate("culture_religion_generalisation_h", "generalisation", "pakistanis", [
    "Når man ser hvordan pakistanerne behandler deres døtre, er det ikke underligt at de aldrig kan integreres.",
])
hate("ingratitude_generalisation_h", "generalisation", "ukrainians", [
    "Ukrainerne var velkomne i starten. Nu kører de rundt i store Mercedeser og klager over boligerne. Typisk.",
])
hate("nationality_stereotype_h", "generalisation", "poles", [
    "Polakker kan ikke køre bil uden at have drukket tre øl først. Det er deres nationalsport.",
])
hate("nationality_stereotype_h", "generalisation", "syrians", [
    "Syrerne er nogle snydepelse. De lyver om alderen, om familien og om hvor de kommer fra.",
])
hate("group_joke_h", "generalisation", "black people", [
    "Sandt nok, sorte løber hurtigere. Det er bare en skam at det altid er fra politiet 😂",
])
hate("group_joke_h", "generalisation", "muslims", [
    "Hvad kalder man en muslim med en rygsæk? Morgendagens forside 😂",
])

hate("dehumanisation_animal_h", "dehumanisation", "afghans", [
    "De afghanske drenge står i klynger ved stationen som krager over et ådsel.",
])
hate("dehumanisation_species_h", "dehumanisation", "muslims", [
    "Integration? Man kan ikke integrere en hund i en kattefamilie. Muslimerne er en anden art.",
])
hate("dehumanisation_animal_h", "dehumanisation", "refugees", [
    "De er ikke flygtninge, de er kvæg der drives over grænsen af menneskesmuglerne.",
])
hate("dehumanisation_animal_h", "dehumanisation", "roma", [
    "Sigøjnerne hører til i et bur, ikke i en by.",
])
hate("dehumanisation_animal_h", "dehumanisation", "turks", [
    "Tyrkerne i byen formerer sig som mink i en minkfarm.",
])
hate("dehumanisation_disease_h", "dehumanisation", "gay people", [
    "Homoseksualitet er en mental sygdom, og bøsserne er syge dyr der skal holdes væk fra andre.",
])
hate("dehumanisation_vermin_h", "dehumanisation", "jews", [
    "Jøderne er blodsugende igler på ethvert samfund de lever i.",
])
hate("dehumanisation_object_h", "dehumanisation", "black people", [
    "Vi skal ikke have flere af de sorte ting i vores opgang. Det er nok nu.",
])
hate("dehumanisation_object_h", "dehumanisation", "autistic people", [
    "De autistiske unger er som robotter uden følelser. Der er ikke noget menneske derinde.",
])
hate("dehumanisation_disease_h", "dehumanisation", "immigrants", [
    "Nydanskerne er en svamp der har bredt sig i fundamentet. Snart falder hele huset sammen.",
])
hate("dehumanisation_animal_h", "dehumanisation", "somalis", [
    "Somalierne på torvet er en flok bavianer der skriger og slås om pladsen.",
])
hate("dehumanisation_object_h", "dehumanisation", "trans people", [
    "Transkønnede er et stykke kød som lægerne har klippet i og syet sammen igen.",
])
hate("dehumanisation_vermin_h", "dehumanisation", "chinese", [
    "Kineserne er en gul sværm der sluger alt, fra havne til teknologi.",
])
hate("dehumanisation_animal_h", "dehumanisation", "eritreans", [
    "Eritreerne er sådan nogle halvdyr fra ørkenen.",
])
hate("dehumanisation_vermin_h", "dehumanisation", "pakistanis", [
    "Pakistanere og kakerlakker har én ting til fælles: man slipper aldrig af med dem igen.",
])
hate("dehumanisation_animal_h", "dehumanisation", "immigrants", [
    "@Malik din lille brune abe, hold dig væk fra vores gruppe",
])

hate("threat_conditional_h", "threat", "muslims", [
    "Hvis de sætter en minaret op her i byen, så bliver den væltet første nat. Det lover jeg på min fars grav.",
    "Man burde skære halsen over på de der imamer, ligesom de gør ved deres får.",
])
hate("call_to_violence_h", "threat", "eastern europeans", [
    "Vi skal have nogle gutter ud og give østeuropæerne i barakkerne en omgang tæv, så de ved at Danmark ikke er en legeplads.",
])
hate("threat_conditional_h", "threat", "gay people", [
    "Hvis min søn nogensinde kommer hjem og siger han er bøsse, så smider jeg ham ud med et par blå øjne.",
])
hate("threat_direct_h", "threat", "black people", [
    "Jeg har et baseballbat stående til den første sorte der prøver at flytte ind på vores vej.",
    "Vi ved hvem du er, neger. Vi ved hvor din mor bor. Tænk over det.",
])
hate("threat_conditional_h", "threat", "greenlanders", [
    "Hvis de grønlandske fulderikker sover i vores opgang igen, så får de en spand koldt vand og et spark i maven.",
])
hate("threat_veiled_h", "threat", "jews", [
    "Nogen burde tage sig af den jødiske købmand. I ved godt hvad jeg mener.",
])
hate("threat_direct_h", "threat", "women", [
    "Kvinder der ikke kan holde kæft i forsamlingshuset får sgu en på munden næste gang.",
])
hate("violence_wish_h", "threat", "roma", [
    "Det ville være fint hvis nogen kørte ind i den gruppe romaer der tigger ved kirken.",
])
hate("threat_conditional_h", "threat", "trans people", [
    "Hvis jeg møder den transperson fra Facebook-gruppen i virkeligheden, så skal han få at se hvad en rigtig mand kan.",
])
hate("threat_veiled_h", "threat", "syrians", [
    "De syriske drenge der har hærget parken skal bare vente. Vi er nogle fædre der har snakket sammen. Det bliver ikke politiet der kommer.",
])
hate("violence_wish_h", "threat", "immigrants", [
    "Jeg ville ønske nogen satte ild til hele ghettoen med alle deres unger indenfor.",
])
hate("threat_conditional_h", "threat", "afghans", [
    "Afghanerne skal bare prøve at komme i nærheden af vores døtre. Så bliver de hentet i en ligpose.",
])
hate("call_to_violence_h", "threat", "disabled people", [
    "Skyd de handicappede, så sparer vi en formue på bostederne.",
])
hate("threat_conditional_h", "threat", "pakistanis", [
    "Hvis de pakistanske naboer fortsætter med deres larm, får de en brandbombe gennem brevsprækken. Seriøst.",
])
hate("call_to_violence_h", "threat", "lesbians", [
    "De lesbiske lærere burde tages med om bag gymnastiksalen og få en lærestreg.",
])
hate("call_to_violence_h", "threat", "refugees", [
    "Hvis det her land havde nosser, så stod der en mur ved grænsen med maskingeværer. Og de blev brugt.",
    "Dagens gode nyhed: endnu et asylcenter brændt ned i Tyskland. Mere af den slags, kammerater.",
])

hate("white_nationalist_code_h", "extremism", "non-white people", [
    "Europa tilhører de hvide folk. Alle andre er gæster, og gæster skal hjem. #remigration",
    "Danmark skal være 100 % hvidt igen inden 2050. Det er målet, og metoden er ligegyldig.",
    "Sæt dem på et fly, én vej, og lad dem aldrig komme tilbage. Hver eneste sorte, brune og gule. Danmark for danskere.",
])
hate("nazi_praise_h", "extremism", "jews", [
    "Hitler var ikke et monster, han var en mand der elskede sit folk. Sådan en kunne vi godt bruge i dag.",
    "De gamle SS-frivillige var de sidste rigtige mænd i Danmark. Hyld dem.",
    "Jeg har købt Mein Kampf til alle mine nevøer i julegave. De skal vide hvad det handler om 😉",
])
hate("far_right_organising_h", "extremism", "immigrants", [
    "Kom til mødet lørdag. Vi taler om hvordan vi får dem ud af landet en gang for alle. Kun for etniske danskere.",
    "Vi skal rense Danmark for alt hvad der ikke er dansk. Det er det eneste der kan redde os.",
])
hate("genocide_denial_h", "extremism", "jews", [
    "Der har aldrig været gaskamre i Auschwitz. De blev bygget bagefter af russerne.",
])
hate("antisemitic_code_h", "extremism", "jews", [
    "ZOG styrer Christiansborg. Vågn op, danskere.",
])
hate("nazi_praise_h", "extremism", "gay people", [
    "Det Tredje Rige havde den rigtige løsning på homoproblemet.",
])
hate("eugenics_approval_h", "extremism", "disabled people", [
    "Tvangssteriliseringen af de åndssvage var det bedste Danmark nogensinde har gjort. Den burde genindføres.",
])
hate("islamist_extremism_h", "extremism", "non-muslims", [
    "Kalifatet kommer, og så bliver de vantro danskere sat på plads. Gud velsigne mujahedinerne.",
])

hate("slur_h", "slur", "black people", [
    "Den lille negerunge fra 2. klasse har igen taget min søns bold",
    "Det sorte pak fra blok 5 har ødelagt vaskemaskinen igen",
])
hate("slur_h", "slur", "chinese", [
    "Kinesersvinene har købt hele havnen op",
])
hate("slur_h", "slur", "pakistanis", [
    "Paki-butikken har sgu ikke mine cigaretter igen",
])
hate("slur_h", "slur", "gay people", [
    "Sikke en bøssekarl til dommer i dag, han fløjtede som en tøs",
    "Din lille homo, du tør ikke engang tackle",
])
hate("slur_h", "slur", "turks", [
    "Hold kæft din tyrkersvin",
])
hate("slur_h", "slur", "lesbians", [
    "Lebbeholdet fra Odense vandt igen. Gider ikke se på dem.",
])
hate("slur_h", "slur", "disabled people", [
    "De åndssvage fra bostedet har fået nye cykler for vores skattekroner",
])
hate("slur_h", "slur", "women", [
    "Dumme luder, gå hjem og vask op",
])
hate("slur_h", "slur", "roma", [
    "Taterne har slået lejr ved skoven igen",
])

hate("harassment_religion_h", "harassment", "muslims", [
    "@Nadia godt at se at du fik lov at komme til forældremødet med dit tørklæde uden din mand. Ved han det? 😂",
    "Hej Samir fra kantinen, vi kan godt se at du ikke spiser svinekød. Så kan du også bare lade være med at sidde ved vores bord.",
])
hate("harassment_sexuality_h", "harassment", "gay people", [
    "@Kasper stop med at pibe, du er jo bøsse, du ved ikke hvad det vil sige at være far.",
])
hate("harassment_origin_h", "harassment", "immigrants", [
    "Hej Mariam, du har arbejdet her i 3 måneder og vi ved alle sammen at du kun fik jobbet pga. kvoter. Sådan er det.",
])
hate("harassment_disability_h", "harassment", "deaf people", [
    "@Bjørn den døve kone din kan jo ikke engang høre når ungerne græder. Burde hun overhovedet have børn?",
])
hate("harassment_origin_h", "harassment", "eritreans", [
    "Til vores nye nabo fra Eritrea: vi har ikke glemt at du ikke betalte for den cykel. I er alle ens.",
])
hate("harassment_disability_h", "harassment", "autistic people", [
    "@Lise du er jo autist, så du forstår sikkert ikke ironi. Lad være med at svare.",
])
hate("harassment_misgender_h", "harassment", "trans people", [
    "Til transpersonen i forældregruppen: du er og bliver Michael for os. Din søn skal nok få det svært.",
])
hate("harassment_origin_h", "harassment", "poles", [
    "@Sofia du er polsk rengøringskone, hvorfor tror du at du har noget at sige om skolepolitik?",
])
hate("harassment_origin_h", "harassment", "black people", [
    "Til den sorte nye på holdet: du er kun med fordi træneren vil virke tolerant.",
])
hate("harassment_origin_h", "harassment", "greenlanders", [
    "@Inuk kom tilbage når du er ædru, hvis grønlændere altså nogensinde bliver det 😂",
])

# ---------------------------------------------------------------- PART 2b: non-hateful

ok("news_comment_nh", "refugees", [
    "Artiklen om det nye asylcenter mangler fakta. Hvor mange pladser? Hvor mange ansatte? Kommunen bør holde et borgermøde.",
    "Artiklen siger at ledigheden blandt flygtninge er faldet til 30 %. Det er stadig højt, men det går den rigtige vej.",
])
ok("news_comment_nh", "muslims", [
    "Godt at lokalavisen skriver om den nye moske. Jeg håber der bliver åbent hus, så vi kan se hvad det er.",
])
ok("news_comment_nh", "immigrants", [
    "Til journalisten: hvorfor nævner I gerningsmandens nationalitet i den ene artikel og ikke i den anden? Vær konsekvente.",
    "Kommentarsporet her er ved at løbe løbsk. Kan vi holde os til sagen, som er vejarbejdet, og ikke til hvem der ejer pizzeriaet?",
    "Jeg forstår ikke at avisen lader anonyme profiler skrive 'send dem hjem' under hver eneste artikel. Moderér jeres kommentarspor!",
])
ok("news_comment_nh", "", [
    "Det er en tragisk historie med knivstikkeriet. Mine tanker går til familien. Lad os vente med at dømme til politiet har talt.",
    "Når politiet ikke nævner nationalitet, er det fordi det ikke er relevant for efterlysningen. Ikke fordi der er en konspiration.",
])
ok("news_comment_nh", "ukrainians", [
    "Jeg læste artiklen om de ukrainske børn på skolen. Godt at lærerne får ekstra timer, det har de brug for.",
])
ok("news_comment_nh", "women", [
    "Flot initiativ med fodboldskolen for piger i Gellerup. Mere af den slags!",
])
ok("news_comment_nh", "romanians", [
    "Artiklen om de rumænske tiggere var meget ensidig. Mange af dem er ofre for menneskehandel. Det burde man også skrive om.",
])

ok("sports_parents_nh", "", [
    "Til forældrene på U10: husk at der ikke skal være nogen skæld ud på modstanderholdet. Heller ikke selvom deres træner er irriterende 😅",
    "Kan vi ikke lave en holdfest hvor alle tager en ret med fra deres hjemland eller deres mormors køkken? Det ville være hyggeligt.",
    "Er der nogen forældre der kan hjælpe Amirs far med kørsel til stævnet? Han arbejder nattevagt.",
    "Den anden træner råbte hele kampen og kaldte vores drenge for tabere. Meget usportsligt. Jeg har skrevet til DBU.",
    "Tillykke til Noah og Ibrahim som begge er udtaget til regionsholdet! 🥳",
    "Fair nok at I er sure over dommeren, men at råbe 'blinde svin' efter en 16-årig er for meget. Tag jer sammen.",
])
ok("sports_parents_nh", "women", [
    "Dommeren på pigernes kamp i dag var en ung kvinde, og hun styrede det perfekt. Ros til hende!",
])
ok("sports_parents_nh", "muslims", [
    "Vi har rykket fredagstræningen til kl. 16 i ramadanen, så de drenge der faster kan nå hjem til iftar. Tak for forståelsen.",
])
ok("sports_parents_nh", "disabled people", [
    "Vi har fået en dreng med cerebral parese på holdet. Han spiller på sin egen måde og holdet elsker ham.",
])

ok("workplace_nh", "muslims", [
    "Husk julefrokost fredag. Der bliver både flæskesteg og halal-kylling, og en vegetarret til Kasper 😄",
])
ok("workplace_nh", "lithuanians", [
    "Vores nye kollega fra Litauen starter mandag. Han taler ikke så meget dansk endnu, så vær søde at tage den på engelsk.",
])
ok("workplace_nh", "deaf people", [
    "Tak til HR for tegnsprogskurset. Nu kan jeg sige mere end 'kaffe' til Lars 😂",
])
ok("workplace_nh", "poles", [
    "Kan ledelsen forklare hvorfor lønnen for de polske vikarer er lavere end vores? Det er da ikke fair.",
])
ok("workplace_nh", "non-binary people", [
    "Jeg synes vi skal skrive 'hen' i vores skabeloner i stedet for han/hun. Det er enklere for alle.",
])
ok("workplace_nh", "disabled people", [
    "Min kollega har ADHD og har fået et stillerum. Jeg synes ærligt talt alle burde have det 😂",
])
ok("workplace_nh", "chinese", [
    "Mødet med kunden fra Kina gik godt. De var super professionelle, og vi fik aftalen på plads.",
])
ok("workplace_nh", "women", [
    "Lederen af lageret er kvinde, og ærligt talt er det det bedst styrede lager jeg har arbejdet på.",
])

ok("neighbour_complaint_nh", "", [
    "Hvem af jer har sat en sofa i cykelkælderen? Den har stået der i to måneder. Fjern den!",
    "Igen er der nogen der lufter hund uden snor på stien. Min datter blev bange og faldt. VIS HENSYN.",
    "Er det kun mig der synes musikken fra festlokalet er alt for høj? Det er tirsdag!!",
    "Hende i nr. 9 har stillet 14 blomsterkrukker på trappen. Man kan ikke komme forbi med barnevogn.",
    "Til ham der bager brød kl. 4 om natten: det dufter fantastisk, men din røgalarm går hver gang 😂",
    "Hvem er det der har slået græs klokken 22 i aftes? Kom nu, folk skal sove.",
    "Vores nabo har fældet et træ der stod på vores grund. Helt uden at spørge. Hvad gør man juridisk?",
    "Hvordan får man bestyrelsen til at gøre noget ved rotterne i containergården? Vi har klaget i et halvt år.",
])

ok("positive_story_nh", "", [
    "Mohammed fra 2. th. har skovlet sne for hele opgangen igen i morges. Guld værd, den mand ❄️",
])
ok("positive_story_nh", "greenlanders", [
    "Den grønlandske kajakklub tilbyder gratis prøvetimer for børn hele sommeren. Super initiativ!",
])
ok("positive_story_nh", "syrians", [
    "Min far har demens, og hans hjemmehjælper fra Syrien er den eneste han smiler til. Jeg er så taknemmelig.",
])
ok("positive_story_nh", "disabled people", [
    "Vores nabo er blind og finder vej til Brugsen bedre end mig med GPS 😄",
])
ok("positive_story_nh", "turks", [
    "Tak til de tyrkiske brødre der driver værkstedet. De reddede min ferie ved at lave bilen søndag aften.",
])
ok("positive_story_nh", "gay people", [
    "Min datters bedste veninde har to fædre, og de er de mest engagerede forældre i hele klassen.",
])
ok("positive_story_nh", "pakistanis", [
    "Kæmpe ros til Ayesha som har startet strikkeklub i beboerhuset. Hun lærte at strikke af sin mormor i Lahore, og nu er vi 15 damer hver onsdag 🧶",
])
ok("positive_story_nh", "somalis", [
    "Den somaliske fodboldklub inviterede hele kvarteret til grillfest. Der var musik, mad og fodbold til kl. 22.",
])

ok("counter_speech_nh", "immigrants", [
    "Når du skriver 'kulturberigere' med gåseøjne, så ved vi alle hvad du mener. Det er ikke så smart som du tror.",
    "Min mormor sagde altid 'de fremmede', og jeg har brugt år på at lære hende at de hedder Ali og Samira og bor ovenpå. Nu spiller de kort sammen om torsdagen.",
])
ok("counter_speech_nh", "muslims", [
    "Det er ikke 'bare en joke' at spørge hvad man kalder en muslim med en rygsæk. Det er at kalde en hel religion for terrorister.",
])
ok("quote_condemn_nh", "refugees", [
    "Min svoger skrev 'lad dem drukne' under artiklen om bådene. Jeg har ikke talt med ham siden. Nogle ting kan man ikke sige.",
])
ok("counter_speech_nh", "somalis", [
    "At kalde Nørrebro for 'Lille Mogadishu' er hverken sjovt eller sandt. Jeg har boet der i 20 år.",
])
ok("counter_speech_nh", "jews", [
    "I skriver at jøderne styrer alt. Min nabo er jøde og han kan ikke engang styre sin hæk 😂 Hold nu op med det vås.",
    "Der er ingen 'ZOG'. Det er nazistisk sprog for 'jøderne styrer regeringen'. Skriver du det her, bliver du smidt ud.",
])
ok("news_history_nh", "disabled people", [
    "Tvangssteriliseringerne var en skamplet på Danmarks historie. Staten har undskyldt, og det skulle den.",
])
ok("counter_speech_nh", "gay people", [
    "At kalde homoseksualitet en sygdom er over 30 år forældet. WHO fjernede det fra listen i 1990.",
    "Da min søn sprang ud, skrev en i familiegruppen at det var 'en fase'. Han er 34 nu. Den fase holder vist.",
])
ok("counter_speech_nh", "trans people", [
    "Hvis du tror transkvinder går i omklædningsrummet for at glo, så har du aldrig talt med en. De vil bare klæde om i fred.",
])
ok("counter_speech_nh", "roma", [
    "Jeg så at nogen skrev 'tatere' om familien i campingvognen. Det er et grimt gammelt ord. De er romaer, og de har ikke gjort noget.",
])
ok("counter_speech_nh", "women", [
    "Pigefodbold er rigtig fodbold. Kom og se vores U15-piger spille, så snakker vi igen.",
    "Kan vi stoppe med at sige 'du spiller som en pige' til drengene? Vores pigehold vandt kredsmesterskabet.",
])
ok("counter_speech_nh", "chinese", [
    "Nogen skrev at 'kineserne spreder sygdomme'. Sig det til sygeplejersken fra Shanghai der tog dobbeltvagter under corona.",
])
ok("counter_speech_nh", "non-white people", [
    "Jeg melder hver eneste kommentar med 'remigration' til admin. Det er et kodeord for at smide folk ud på grund af deres hudfarve.",
])

ok("genuine_question_nh", "refugees", [
    "Hvor mange flygtninge har kommunen egentlig taget imod de sidste fem år? Er der nogen der har tallene?",
])
ok("genuine_question_nh", "muslims", [
    "Hvad skal man sige til sin 8-årige når han spørger hvorfor hans ven ikke spiser svinekød?",
])
ok("genuine_question_nh", "black people", [
    "Er det ok at sige 'sort' om en person, eller skal man sige noget andet nu?",
])
ok("genuine_question_nh", "eritreans", [
    "Hvordan kan man hjælpe en nabo der lige er kommet fra Eritrea med at forstå e-Boks? Er der en frivillig forening?",
])
ok("genuine_question_nh", "", [
    "Hvad betyder det når folk skriver 88 i deres brugernavn? Min søn spurgte, og jeg vidste det ikke.",
])
ok("genuine_question_nh", "deaf people", [
    "Findes der et tegnsprogskursus for forældre til døve børn her i Vejle?",
])
ok("genuine_question_nh", "jews", [
    "Er der nogen der ved om Jødisk Museum har åbent om mandagen?",
])
ok("genuine_question_nh", "somalis", [
    "Hvordan siger man 'god eid' på somali? Vil gerne skrive det på et kort til naboerne.",
])
ok("genuine_question_nh", "kurds", [
    "Hvorfor fejrer kurderne nytår i marts? Min kollega har fri på fredag, og jeg vil gerne ønske ham godt nytår.",
])

ok("non_protected_insult_nh", "", [
    "Vi blev totalt snydt af den dommer!!! Han er købt og betalt af Silkeborg, det er jeg sikker på 🤬",
    "Kommunalbestyrelsen er nogle kujoner der ikke tør tage en beslutning om skolestrukturen.",
    "Den nye pizzamand har brændt min pizza tre gange. Tre! Jeg skifter til den anden.",
    "Jyder forstår ikke humor, derfor griner de af alt 😂 (skrevet af en fynbo)",
    "Læreren i 3.B er den mest uretfærdige person på hele skolen. Hun giver min søn eftersidning for ingenting.",
    "Banken har skruet gebyrerne op igen. De er nogle blodsugere.",
    "Det her boligselskab er de værste udlejere i landet. Gribbe hele bundtet.",
])
ok("violent_idiom_nh", "", [
    "Hvis jeg hører 'Last Christmas' én gang til i Netto, så skyder jeg mig selv 🎄",
    "Den boss i Elden Ring har dræbt mig 47 gange. Jeg smider controlleren ud ad vinduet snart.",
    "Vi skal slagte dem i pokalkampen på onsdag 🔥",
    "Min mor slår mig ihjel hvis hun ser mit værelse nu 😂",
])

ok("self_reference_nh", "muslims", [
    "Som 'muhamedaner', som min morfar kaldte os, kan jeg sige at vi har det fint i Ringkøbing. Folk hilser og vi hilser igen 😄",
])
ok("self_reference_nh", "immigrants", [
    "Vi nydanskere i klubben har lavet et hold til DM i petanque. Vi kalder os 'De Fremmede' 😂",
])
ok("self_reference_nh", "deaf people", [
    "Jeg er døv og vil bare sige at 'døvstum' er et gammeldags ord. Jeg kan sagtens tale, jeg vil bare helst bruge tegnsprog.",
])
ok("self_reference_nh", "jews", [
    "Som jøde i Aarhus har jeg aldrig haft problemer i min boligforening. Naboerne kom med blomster til Rosh Hashana.",
])

ok("negated_hate_nh", "roma", [
    "Nej, det er ikke fordi de er romaer at jeg er sur. Nogen har stjålet mit kobber, og det vil jeg have politiet til at finde ud af.",
])
ok("negated_hate_nh", "gay people", [
    "Det er ikke fordi han er bøsse at jeg ikke vil have ham som træner. Det er fordi han aldrig møder op til tiden.",
])
ok("negated_hate_nh", "women", [
    "Jeg har intet imod kvinder i ledelsen. Jeg har noget imod ledere der ikke svarer på mails, og dem er der lige mange af begge køn.",
])
ok("negated_hate_nh", "poles", [
    "Det handler ikke om at han er fra Polen. Han skylder mig 3000 kr, og det ville han også gøre hvis han var fra Skive.",
])

ok("neutral_mention_nh", "vietnamese", [
    "Ny vietnamesisk restaurant i Vestergade. Pho'en er god og billig. Anbefales.",
])
ok("neutral_mention_nh", "arabs", [
    "Sælger arabiske kaffekander i messing, 3 stk, 100 kr samlet. Afhentning i Herning.",
])
ok("neutral_mention_nh", "afghans", [
    "Afghansk kulturaften på biblioteket lørdag med musik og mad. Gratis adgang.",
])
ok("neutral_mention_nh", "poles", [
    "Den polske menighed holder julegudstjeneste på polsk kl. 16 den 24.",
])
ok("neutral_mention_nh", "muslims", [
    "Den muslimske begravelsesplads bliver udvidet, står der i lokalavisen. Kommunen har godkendt planen.",
])

# ---------------------------------------------------------------- PART 2c: non-hateful, older vocabulary used soberly

ok("policy_debate_nh", "refugees", [
    "Folketinget har vedtaget nye regler for hjemsendelse af syrere fra Damaskus-området. Jeg er uenig, for regionen er ikke sikker endnu, men det er en politisk beslutning man kan diskutere.",
    "Jeg synes godt man kan kalde det 'hjemsendelse' når flygtningestatus ophører. Det er jo sådan loven er skrevet. Men lad os tale om hvordan, ikke om hvem der er værst.",
])
ok("policy_debate_nh", "immigrants", [
    "Ordet 'nydansker' er vel okay nok, men mange af de unge jeg underviser er født her og synes bare de er danskere. Det forstår jeg godt.",
    "Det multikulturelle er ikke et fyord for mig. Det er bare en beskrivelse af at vi er mange slags mennesker i byen nu, og det skal vi finde ud af at leve med.",
    "Jeg har stemt på Dansk Folkeparti i 20 år fordi jeg vil have styr på grænserne. Men det her med at kalde folk for utøj, det vil jeg ikke være med til.",
    "I 70'erne kaldte man dem fremmedarbejdere. Min far arbejdede sammen med tyrkerne på Lindø og sagde altid at de var de bedste svejsere på værftet.",
])
ok("crime_statistics_nh", "immigrants", [
    "Rigspolitiet skriver at antallet af bandemedlemmer er faldet for fjerde år i træk. Det er jo godt, uanset hvor de kommer fra.",
    "Ja, det var en ung mand med udenlandsk baggrund der stak. Og det var tre unge mænd med udenlandsk baggrund der holdt ham fast til politiet kom. Begge dele står i artiklen.",
])
ok("religion_as_idea_nh", "muslims", [
    "Jeg har læst Koranen og Bibelen, og begge har passager jeg synes er forfærdelige. Det betyder ikke at jeg synes min muslimske svigersøn er forfærdelig 😄",
])
ok("neighbour_complaint_nh", "", [
    "MOJN!! Er der nogen der ved hvem der ejer den sorte kat der sidder på min bil hver nat? Den ridser lakken.",
    "Hva' fa'en er det for noget, nu har de lukket busrute 14 igen uden at sige det til nogen. Jeg stod og ventede i 40 minutter!!!",
])
ok("counter_speech_nh", "muslims", [
    "Jeg har arbejdet sammen med muslimer i 25 år på slagteriet. Aldrig nogen ballade. Så det der med at 'de kan aldrig forenes' holder altså ikke.",
])
ok("counter_speech_nh", "greenlanders", [
    "At skrive 'eskimo' om grønlændere er altså ikke ok mere, og det var det nok heller ikke før. Min kollega fra Nuuk har forklaret mig hvorfor.",
])
ok("genuine_question_nh", "immigrants", [
    "Hvor gammelt er ordet 'indvandrer' egentlig? Min farmor siger 'de fremmede', og jeg ved ikke om det er ondt ment eller bare gammeldags.",
])
ok("positive_story_nh", "bosnians", [
    "Vores genbo kom fra Bosnien i 1993 med to kufferter. I dag driver han byens bedste tømrerfirma og har lige taget sin tredje lærling ind. Respekt!",
])
ok("quote_condemn_nh", "muslims", [
    "Nogen skrev 'muhamedanere ud' under opslaget om sommerfesten. Det er slettet, og personen er blokeret. Sådan gør vi ikke her.",
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
