#!/usr/bin/env python3
"""da5: a held-out Danish suite for trygbot, written blind in 2026.

Realistic Danish messages from local online spaces (sports clubs, school
parent groups, gaming Discords, housing associations, neighbourhood
Facebook groups, workplaces, local news comment fields, youth chats).
Every message is written by hand in this file; running it writes
messages.csv and README.md next to it, byte-identical on every run.

    python3 eval/suites/da5/generate.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import suitegen  # noqa: E402

NAME = "da5"
PREFIX = "da5"
LANG = "da"

S = suitegen.Suite()

# ---------------------------------------------------------------- hateful

S.hateful("threat_direct_h", "direct threats of violence against a group, or a person because of a group trait", [
    ("Hvis jeg ser de perkere fra blok 4 ved legepladsen igen så får de tæsk, det lover jeg", "im", "T"),
    ("næste gang den bøsse fra 8.b rører ved min søn stikker jeg ham ned", "ga", "T"),
    ("Jeg brænder jeres butik af, I fucking polakker. I skal ud af vores kvarter", "po", "T"),
    ("Til sigøjnerne der har slået lejr ved åen: I har til søndag. Så kommer vi med baseballbat", "ro", "T"),
    ("kommer den transe i vores omklædningsrum igen så banker vi den. han/hun/hvad fanden det nu er", "tr", "T"),
    ("Jeg skal personligt sørge for at den sorte dommer ikke kommer hjem i ét stykke efter kampen", "bl", "T"),
    ("Jøder i den her by skal passe på. Vi har navne og adresser.", "je", "T"),
    ("den grønlænder der altid sidder fuld på bænken ved Netto får en kniv i maven næste gang han åbner kæften", "gr", "T"),
    ("jeg skyder den næste somalier der parkerer foran min garage og det er IKKE en joke", "so", "T"),
    ("I arabere kan godt begynde at pakke. Når vi kommer i aften er der ingen af jer der går fri", "ar", "T"),
    ("Hvis min datter får en muslimsk lærer næste år, så møder jeg op på skolen med noget der får ham til at forsvinde", "mu", "T"),
    ("Den kvindelige træner kan godt regne med at få én på skrinet hvis hun sætter min dreng på bænken igen. Kvinder skal ikke bestemme over et drengehold", "wo", "T"),
    ("Jeg kender din adresse Yasmin. Flygtningeluder som dig skal have en lektion du aldrig glemmer", "re", "T"),
    ("Kineserne i nr. 12 får smadret deres ruder i nat. De har selv bedt om det", "as", "T"),
    ("Næste gang jeg ser to lebber kysse i svømmehallen hælder jeg klor i øjnene på dem", "ga", "T"),
    ("jeg tæsker den mongol i kørestolen hvis han spærrer indgangen til hallen en gang til", "di", "T"),
    ("Til den pakistanske kollega på lageret: én klage mere fra dig og du finder dine dæk skåret op og dig selv i en grøft", "im", "T"),
    ("ey n1gger jeg finder dig irl og skærer halsen over på dig, vent bare", "bl", "T"),
    ("du er fandme heldig at du er en kvinde ellers havde jeg slået dig ned. men pas på, det kan hurtigt ændre sig", "wo", "T"),
    ("alle jøder der dukker op til jeres lille demo får bank. skriv det bare i avisen", "je", "T"),
    ("Jeg sværger, flytter der flere somaliere ind i opgang C så tænder jeg ild til hele lortet", "so", "T"),
    ("De polske håndværkere på byggepladsen skal bare vide at vi venter på dem efter fyraften. De stjæler vores arbejde og det skal de betale for med tænderne", "po", "T"),
    ("Vi har snakket om det på holdet. Den første araber der dukker op til træning bliver sendt hjem på en båre", "ar", "T"),
])

S.hateful("threat_call_h", "calls on others to use violence against a group", [
    ("Nogen burde tage sig af den moské inden den åbner. Benzin er billigt nok", "mu", "T"),
    ("vi smadrer den bøssebar på torvet lørdag, hvem er med? tag køller med", "ga", "T"),
    ("Saml drengene, vi går ned til asylcentret i aften og viser dem hvem der bestemmer her", "re", "T"),
    ("Hvorfor er der ingen der bare skyder de sigøjnere? Seriøst, nogen må gøre noget", "ro", "T"),
    ("Del gerne hans adresse i tråden, den perker skal have besøg af nogle rigtige danskere", "im", "T"),
    ("Hvis I ser en transe på skolens pigetoilet så tæsk den. Så lærer de det", "tr", "T"),
    ("Alle muslimer i byrådet burde hænges op på rådhuspladsen så de andre kan se det", "mu", "T"),
    ("Vi trænger til en ny krystalnat. Start med butikkerne på Nørregade, I ved hvilke", "je", "T"),
    ("Smid syre i hovedet på de tøser der går i korte kjoler i byen, så lærer de at klæde sig ordentligt", "wo", "T"),
    ("Kør dem bare ned. Hver gang de grønlændere sidder og drikker foran stationen så sæt farten op", "gr", "T"),
    ("Kom nu folkens, hvis hver af os tæsker én araber i weekenden så er problemet løst på en måned", "ar", "T"),
    ("Den eneste måde at stoppe dem på er med vold. Skal vi ikke bare samle nogle stykker og køre ud til ghettoen på fredag?", "im", "T"),
    ("Spark bare de handicappede ud af køen når de sinker den, der er ingen der stopper dig", "di", "T"),
    ("Man burde stene bøsserne ligesom i gamle dage, så var problemet løst", "ga", "T"),
    ("Sæt ild til de polske campingvogne nede ved havnen, det er det eneste sprog de forstår", "po", "T"),
    ("Boykot er ikke nok. Jøderne i byen skal mærke det fysisk", "je", "T"),
    ("Nogen i klassen burde give den kinesiske pige en lærestreg så hun holder op med at vise os andre af 👊", "as", "T"),
    ("Hvem tager med ud og jagter nogle somaliere i nat? Ligesom sidste sommer 😈", "so", "T"),
])

S.hateful("threat_wish_h", "wishes of death or violence against a group or a person because of a group trait", [
    ("Håber alle flygtningene på den båd drukner. Fortjent", "re", "T"),
    ("Gid hele moskeen brænder ned med dem indeni under fredagsbønnen 🙏", "mu", "T"),
    ("Håber han får kræft, den fede bøsse", "ga", "T"),
    ("Før i tiden hængte man bare sådan nogle perkere i nærmeste træ. Savner de dage", "im", "T"),
    ("Jeg håber den sorte målmand brækker begge ben i næste kamp, den abe", "bl", "T"),
    ("Må alle transer få det præcis så dårligt som de fortjener og ende i en kiste", "tr", "T"),
    ("ærligt håber de der somaliere bare dør af sult dernede. hvorfor skal vi sende penge", "so", "T"),
    ("Jeg glæder mig til den dag nogen kører en lastbil ind i deres fredagsbøn", "mu", "T"),
    ("Gid en bus kørte over de sigøjnerunger der tigger ved Bilka", "ro", "T"),
    ("Det var synd at ingen fik skudt jøden i byrådet da de havde chancen", "je", "T"),
    ("krydser fingre for at de grønlandske drukkenbolte fryser ihjel på bænkene i vinter ❄️", "gr", "T"),
    ("Gid alle de polske lastbilchauffører kørte galt på motorvejen samme dag", "po", "T"),
    ("Håber din bil eksploderer med dig i, din kinesiske rotte", "as", "T"),
    ("Kvinder der anmelder voldtægt burde blive voldtaget igen så de lærer at holde kæft", "wo", "T"),
    ("Han er autist og burde være blevet kvalt ved fødslen ærligt talt", "di", "T"),
    ("Hvis alle arabere i Solbakken brændte inde i nat ville jeg ikke fælde en tåre. Tværtimod", "ar", "T"),
    ("Gid de hvide busser havde kørt den anden vej med alle flygtninge i 🔥", "re", "T"),
])

S.hateful("threat_veiled_h", "veiled, conditional or implied threats against a group or a person because of a group trait", [
    ("Vi ved hvor moskeen på Vestergade ligger. Bare vent til fredag.", "mu", "T"),
    ("Sig til din muslimske mand at vi har set hvilken skole jeres børn går på 🙂", "mu", "T"),
    ("Det ville være en skam hvis der skete noget med det regnbueflag foran jeres hus. Eller med jer.", "ga", "T"),
    ("Vi har lavet en liste over alle udlændinge i opgangen. Tænk over det når I går hjem i mørket.", "im", "T"),
    ("Hils din jødiske far og sig at vi kender bilen", "je", "T"),
    ("Husk lige at gyden bag hallen ikke har kameraer, sorte drenge 😉", "bl", "T"),
    ("Jeg siger bare: der er langt til nærmeste politistation herude, og sigøjnere har det med at forsvinde", "ro", "T"),
    ("Trans-gruppen mødes tirsdag kl 19 i kulturhuset ikke? Bare så vi ved det 😊", "tr", "T"),
    ("Der sker mange ulykker på byggepladser. Især for polakker der ikke forstår et vink", "po", "T"),
    ("Hvis den tørklædeklædte pædagog stadig er der efter sommerferien, så bliver det ikke med ord vi løser det", "mu", "T"),
    ("Flygtningene i de nye pavilloner burde låse dørene godt om natten. Bare et venligt råd.", "re", "T"),
    ("Til de arabere der kommenterer her: vores bedsteforældre vidste hvad man gjorde ved fremmede der ikke opførte sig. Det har vi ikke glemt.", "ar", "T"),
    ("Du skulle måske ikke gå alene hjem fra træning mere, Amina. Folk har lagt mærke til det tørklæde.", "mu", "T"),
    ("Hvis den handicappede dreng kommer på førsteholdet kan det jo være hans kørestol får et uheld på trappen", "di", "T"),
    ("Zyklon B-jokes er ikke jokes, de er et løfte 😂", "je", "T"),
])

S.hateful("extremism_h", "far-right codes, praise of terror, Holocaust denial or approval, calls for ethnic cleansing", [
    ("88 til alle rigtige danskere i gruppen 🇩🇰", "", "E"),
    ("14 ord. Det er alt man behøver at vide. Vi skal sikre vores folks eksistens og en fremtid for hvide børn", "", "E"),
    ("Remigration nu! Alle ikke-etniske danskere ud, også dem med pas. Frivilligt eller ej", "im", "E"),
    ("Holocaust er det største bedrag i historien, tallene er opfundet for at presse penge ud af Europa", "je", "E"),
    ("Gaskamrene kunne slet ikke fungere teknisk, det ved alle der har læst lidt kemi", "je", "E"),
    ("Manden fra Christchurch er en helt. Han gjorde det som politikerne ikke tør", "mu", "E"),
    ("22. juli 2011 var nødvendig. Læs hans manifest før du dømmer ham", "", "E"),
    ("Sieg heil drenge, vi ses til fakkeltoget lørdag 🔥", "", "E"),
    ("Hvidt Danmark eller intet. Vi skal rense landet for fremmed blod", "im", "E"),
    ("har lige fået 1488 tatoveret på overarmen, hvem andre er stolte? 💪", "", "E"),
    ("Det er på tide med en dansk endelig løsning på muslimproblemet. I ved godt hvad jeg mener", "mu", "E"),
    ("Hitler havde ret i det meste, folk skal bare læse Mein Kampf uden fordomme", "je", "E"),
    ("Det rigtige Danmark vågner. Hver eneste perker skal tvangsudsendes inden 2030, familierne med", "im", "E"),
    ("Det er ikke racisme at ville bevare sin race. Hvid magt ✊🏻", "", "E"),
    ("Deus vult. Korstog 2.0 nu, før Europa er væk 🗡️", "mu", "E"),
    ("Ham nordmanden på øen blev kaldt galning, men han så bare hvad der skete før alle andre", "", "E"),
    ("Etnisk rene samfund er de eneste der fungerer. Derfor skal alle af fremmed herkomst ud, også tredje generation", "im", "E"),
    ("Meld dig ind i Nordisk Front Vestjylland. Kun for hvide mænd der vil kæmpe for racen. Skriv PB", "", "E"),
    ("De seks millioner er en myte. Spørg dig selv hvorfor det er ulovligt at stille spørgsmål om det i Tyskland", "je", "E"),
    ("Holocaust skete ikke. Men det burde det have", "je", "E"),
    ("(((de))) ejer medierne, derfor hører du aldrig sandheden på TV2", "je", "E"),
    ("Vi hilser med strakt arm og siger hvad vi mener. Heil. Danmark for danskerne", "", "E"),
    ("RaHoWa kommer om I vil det eller ej. Gør jer klar, brødre", "", "E"),
    ("Frikorps Danmark og Division Nordland var modige danskere der kæmpede for Europa. Vi skal have den ånd tilbage", "", "E"),
    ("Den store udskiftning er ikke en teori. Løsningen hedder remigration, med magt hvis det er det der skal til", "im", "E"),
    ("Min søn har tegnet et sonnenrad på sin skoletaske og læreren flipper ud. Godt gået knægt, stolt far ☀️⚡", "", "E"),
])

S.hateful("dehumanisation_h", "comparisons to animals, vermin, disease, waste or objects; denying humanity", [
    ("Somaliere er ikke mennesker, det er dyr der har lært at gå på to ben", "so", "D"),
    ("De formerer sig som rotter i de boligblokke, hver familie har 8 unger", "im", "D"),
    ("Sigøjnere er skadedyr, punktum. Der hvor de slår sig ned er alt ødelagt bagefter som efter en græshoppesværm", "ro", "D"),
    ("Jøder er en parasit på ethvert samfund de bor i", "je", "D"),
    ("Bøsser er en sygdom. En mental pest der spreder sig gennem skolerne", "ga", "D"),
    ("Transer er ikke mennesker, det er freaks i kostume", "tr", "D"),
    ("Flygtningene er bare det affald som resten af Europa ikke gad have", "re", "D"),
    ("hahaha se den sorte spiller, han løber som en gorilla 🦍🍌", "bl", "D"),
    ("Kvinder er husdyr. De skal fodres og holdes i ro, så er de glade", "wo", "D"),
    ("De handicappede på bostedet er grøntsager, hvorfor bruger vi penge på at holde dem i live", "di", "D"),
    ("Grønlændere er som hunde, giv dem sprut og de gør hvad du siger", "gr", "D"),
    ("Arabere er kakerlakker, ser du én er der hundrede bag væggen", "ar", "D"),
    ("Polakker er som myrer, de kravler ind over grænsen og æder alt de kan finde", "po", "D"),
    ("Kinesere spiser hunde og flagermus og er ærligt talt ikke meget bedre end dyrene selv", "as", "D"),
    ("Islam og muslimerne er en kræftsvulst i Europas krop", "mu", "D"),
    ("Indvandrere er en invasiv art ligesom dræbersnegle. De fortrænger de oprindelige beboere", "im", "D"),
    ("Den nye elev i 3.b er ikke et barn, det er en lille abe fra Afrika", "bl", "D"),
    ("Han er ikke en mand og heller ikke en kvinde. Han er en ting, et mislykket laboratorieprodukt", "tr", "D"),
    ("flygtninge = kakerlakker med smartphones 🪳📱", "re", "D"),
    ("Romaerne er utøj. Hele lejren stinker som en losseplads", "ro", "D"),
    ("De somaliske kvinder i de telte ligner sorte affaldssække der går rundt", "so", "D"),
    ("Jeg kalder dem ikke mennesker, jeg kalder dem importvarer. Vi har aldrig bestilt dem og vi kan sende dem retur", "im", "D"),
    ("Asiater er robotter uden sjæl, de kan kun kopiere hvad andre finder på", "as", "D"),
    ("Udviklingshæmmede er som kvæg man skal fodre til de dør", "di", "D"),
    ("Bøsser er værre end dyr. Selv dyr ved bedre end at gøre sådan noget", "ga", "D"),
    ("Grønlænderne er en virus i Aalborg, de spreder sig fra bodega til bodega", "gr", "D"),
    ("Kvinder er bare livmødre på ben", "wo", "D"),
    ("Den arabiske klan i blok 7 er en flok hyæner der kun tænker på bytte", "ar", "D"),
    ("De nye fra Afrika er ikke naboer, de er en plage. Som lus i en børnehave", "bl", "D"),
    ("Polakker er billige arbejdsheste, og hvem gider snakke med en arbejdshest", "po", "D"),
    ("Jøder er rotter. Se bare hvordan de har gravet sig ind i bankerne", "je", "D"),
    ("hun er ikke syg hun er defekt. man sender da et defekt produkt tilbage 🤷 #downs", "di", "D"),
])

S.hateful("slur_h", "a slur (plain, misspelled, obfuscated or compounded) used as the main attack", [
    ("Hold kæft din perker, ingen har spurgt dig om noget", "im", "S"),
    ("haha p3rker detected 😂😂", "im", "S"),
    ("Hvem har inviteret den p*rker til vores fest", "im", "S"),
    ("@Hassan smut med dig perkerlort, det er vores bane", "im", "S"),
    ("p e r k e r b a n d e n står ved kiosken igen", "im", "S"),
    ("Pærkere alle vegne i den bus, fuck det", "im", "S"),
    ("Hvad glor du på, tyrkersvin?", "im", "S"),
    ("paki-butikken på hjørnet har igen sat priserne op", "im", "S"),
    ("Den n*ger fra holdet skal ikke spille forsvar igen, han er ubrugelig", "bl", "S"),
    ("hvad så negerdreng, er du faret vild i villakvarteret?", "bl", "S"),
    ("ni99a shut up du er så dårlig til det her game", "bl", "S"),
    ("Se lige n3gr3n med guldkæden haha", "bl", "S"),
    ("Den bøsserøv fra 9.x skal ikke være i vores omklædningsrum", "ga", "S"),
    ("Hey bøssekarl, er din kæreste med i aften? 😂💅", "ga", "S"),
    ("lebbe-kællingen i kassen gad ikke hjælpe mig", "ga", "S"),
    ("Det er sgu da en svans ham den nye lærer, se bare hvordan han går", "ga", "S"),
    ("sandn*ggere overalt i Tivoli i dag 🤮", "ar", "S"),
    ("Kameljockeyen fra 2. sal har parkeret på min plads igen", "ar", "S"),
    ("Hvorfor er der så mange kamelkneppere i den her gruppe", "ar", "S"),
    ("Jødesvin, forsvind fra chatten", "je", "S"),
    ("Typisk jødesnyder, han tog 50 kr ekstra for leveringen", "je", "S"),
    ("Fucking sigøjnerpak, de har hugget min cykel igen", "ro", "S"),
    ("Taterpakket er tilbage ved stationen", "ro", "S"),
    ("Din fulde eskimo, gå hjem til din iglo", "gr", "S"),
    ("Se den mongol i kørestolen der prøver at spille boccia 😂", "di", "S"),
    ("Hvorfor står den spasser med rollatoren altid foran mig i køen", "di", "S"),
    ("Den retarderede dreng fra specialklassen glor på min datter i frikvarteret", "di", "S"),
    ("Skævøjede overalt i Nyhavn i dag, man kan ikke komme frem for deres selfiestænger", "as", "S"),
    ("Ching chong ding dong, gå hjem og spis din hund", "as", "S"),
    ("Hold din kæft kælling, ingen kvinde skal forklare mig offside", "wo", "S"),
    ("Typisk fisse at parkere sådan 🙄", "wo", "S"),
    ("den lille luder fra marketing tror hun er noget", "wo", "S"),
    ("Hvem er den transe der står i kassen i Netto lol", "tr", "S"),
    ("Shemale-alarm i omklædningsrummet 🚨🚨", "tr", "S"),
    ("Polakpak har taget alle parkeringspladserne ved pladsen igen", "po", "S"),
    ("Polske svin, lær at køre bil", "po", "S"),
    ("somalipak igen foran Netto, hele flokken", "so", "S"),
    ("Muslingerne fra moskeen har spærret vejen med deres biler igen", "mu", "S"),
    ("Tørklædekællingen på posthuset gad ikke hjælpe mig", "mu", "S"),
    ("flygtningepakket fra pavillonerne larmer hele natten", "re", "S"),
    ("nr 7 på deres hold er en fucking n-e-g-e-r, dommer se dog hvad han laver", "bl", "S"),
])

S.hateful("generalisation_h", "negative generalisations and derogation of a whole group, with varied vocabulary", [
    ("Alle somaliere lever af bistand. Det er ikke racistisk at sige når det er sandt", "so", "G"),
    ("Muslimske mænd respekterer ikke kvinder. Sådan er det bare, det ligger i kulturen", "mu", "G"),
    ("Sigøjnere stjæler, det ved alle. Lås cyklerne når de er i byen", "ro", "G"),
    ("Kvinder kan ikke dømme fodbold, de forstår simpelthen ikke spillet", "wo", "G"),
    ("Homoseksuelle er pædofile hele bundtet, derfor skal de ikke være spejderledere", "ga", "G"),
    ("Arabere lyver fra de bliver født til de dør", "ar", "G"),
    ("Polakker er fulde, dovne og snyder på vægten. Hver gang", "po", "G"),
    ("Jøder tænker kun på penge, det er jo ikke en hemmelighed", "je", "G"),
    ("De sorte drenge på holdet er dovne og vil kun score, typisk", "bl", "G"),
    ("Transfolk er psykisk syge og skal ikke arbejde med børn", "tr", "G"),
    ("Handicappede er bare en udgift for kommunen, de bidrager ikke med en skid", "di", "G"),
    ("Flygtninge kommer kun herop for de gratis penge og den gratis tandlæge", "re", "G"),
    ("Indvandrerne ødelægger alt de rører ved. Se bare på Sønderparken", "im", "G"),
    ("Hver gang der er ballade i byen er det de samme brune knægte", "im", "G"),
    ("Somaliere har en IQ på 70. Det er videnskab, ikke holdninger", "so", "G"),
    ("Kvinder hører til i køkkenet, ikke på direktionsgangen", "wo", "G"),
    ("Bøsserne må holde deres sygelige opførsel for sig selv. Ingen gider se på det i Brugsen", "ga", "G"),
    ("Romaerne har aldrig arbejdet en eneste dag i deres liv og det kommer de heller ikke til", "ro", "G"),
    ("Kinesere er falske. De smiler til dig og stjæler din opfindelse bag din ryg", "as", "G"),
    ("Integration virker ikke med folk fra Mellemøsten, de er genetisk mere voldelige", "ar", "G"),
    ("jøderne er de eneste der har tjent på krigen. som altid", "je", "G"),
    ("Grønlændere kan ikke styre deres druk, det er et faktum", "gr", "G"),
    ("Asiater kører som idioter, hver eneste gang. Se på p-pladsen ved Fields", "as", "G"),
    ("Muslimer kan ikke være loyale over for Danmark, deres loyalitet ligger altid hos ummaen", "mu", "G"),
    ("Afrikanere er født kriminelle, kig bare på statistikken", "bl", "G"),
    ("Flygtningebørn ødelægger undervisningen for vores egne børn. Det er dem der slår og råber", "re", "G"),
    ("Kvinder er for følelsesladede til at være ledere, de tager alt personligt", "wo", "G"),
    ("Det er så typisk polakker. Billigt, skævt og de forsvinder når der skal betales moms", "po", "G"),
    ("Transkvinder er bare mænd der vil ind i pigernes omklædningsrum", "tr", "G"),
    ("De tyrkiske familier i området er nogle snyltere der lever af os andre", "im", "G"),
    ("Arabiske mænd ser alle danske piger som billige. Derfor sker overgrebene", "ar", "G"),
    ("Folk med handicap burde ikke få børn, de kan alligevel ikke passe dem", "di", "G"),
])

S.hateful("exclusion_h", "calls to exclude a group from a club, building, job or public life", [
    ("Ingen muslimer i vores fodboldklub. Det er en dansk klub og sådan skal det blive", "mu", "G"),
    ("Vi skal ikke have flere udlændinge i opgangen. Stem nej til nye lejere fra kommunens liste", "im", "G"),
    ("Bøsser skal ikke have lov at træne drengeholdet, det siger sig selv", "ga", "G"),
    ("Kvinder burde ikke have stemmeret i grundejerforeningen, de ved intet om kloakker og vejfond", "wo", "G"),
    ("Transer hører ikke til i vores badmintonklub. Lad os bare sige det som det er", "tr", "G"),
    ("Ingen sorte i bestyrelsen tak, vi vil gerne beholde klubbens ånd", "bl", "G"),
    ("Grønlændere bør ikke kunne få lejlighed i vores afdeling, punktum", "gr", "G"),
    ("Hvorfor skal de handicappede børn gå i klasse med vores normale børn? Få dem væk på en særskole", "di", "G"),
    ("Polakkerne må ikke bruge vaskeriet mere, vi har stemt om det", "po", "G"),
    ("Jøder har ikke noget at gøre i vores kor. Find jeres eget", "je", "G"),
    ("Ingen romaer på campingpladsen i år, vi har lært af sidste gang", "ro", "G"),
    ("Flygtninge skal ikke have lov at gå i vores svømmehal. De kan ikke opføre sig", "re", "G"),
    ("Vi ansætter ikke folk med tørklæde i butikken, kunderne bryder sig ikke om det", "mu", "G"),
])

S.hateful("implicit_derogation_h", "derogation without explicit insults: insinuation, dog whistles, 'just saying'", [
    ("Tjek lige om din pung stadig er der, der kom nogle romaer ind i butikken 😅", "ro", "G"),
    ("Nå har Ahmed fået kørekort? Så må vi andre vel holde os væk fra vejene 😂", "ar", "G"),
    ("Vi har fået en ny familie fra Somalia i nr. 14. Nu må vi vel til at låse kælderen", "so", "G"),
    ("Hun er chef fordi hun er kvinde og de skulle opfylde kvoten. Ikke fordi hun kan noget", "wo", "G"),
    ("Interessant at der aldrig skete noget her før 'de nye' flyttede ind. Siger det bare", "im", "G"),
    ("Lad mig gætte, gerningsmanden var en 'ung mand' 🙄 vi ved alle hvad det betyder", "im", "G"),
    ("Han er faktisk meget velformuleret af en sort at være", "bl", "G"),
    ("Jeg har intet imod bøsser, så længe de holder sig langt væk fra mine børn", "ga", "G"),
    ("Spørg den nye kollega fra Kina, han er sikkert god til at kopiere præsentationen 😉", "as", "G"),
    ("De grønlandske forældre kom ikke til forældremødet. Overrasket? Det var jo lønningsdag", "gr", "G"),
    ("Har den jødiske revisor valgt det dyreste tilbud igen? Hvem skulle have troet det", "je", "G"),
    ("Det er jo ikke fordi de 'flygter' med iPhone 15 og Nike-sko, vel", "re", "G"),
    ("Ikke alle muslimer er terrorister, men næsten alle terrorister er muslimer. Tænk over det", "mu", "G"),
    ("Pigerne fik lov at spille med i turneringen. Det blev 12-0. Mere behøver jeg ikke sige", "wo", "G"),
    ("Hvorfor er det altid den samme slags navne i retslisterne i lokalavisen 🤔", "im", "G"),
    ("Ny elev i klassen hedder Mohammed. RIP klassens trivsel", "mu", "G"),
    ("De polske gutter har fået ny cykel. Så ved vi hvor min kones blev af 😂", "po", "G"),
    ("Transkvinde i kvindernes løb? Nå, så ved vi jo hvem der vinder 🙄", "tr", "G"),
    ("Lad være med at ansætte en med tørklæde. Så skal du give fri til alle de helligdage og hun er på barsel hvert andet år", "mu", "G"),
    ("Sorte er gode til sport, det kræver jo muskler og ikke hjerne", "bl", "G"),
    ("Når man ser hvem der bor i afdeling 3 forstår man godt hvorfor vaskeriet altid er ødelagt", "im", "G"),
    ("De går på sprogskole i fem år og kan stadig kun sige 'hvor er kommunen'", "re", "G"),
    ("Godt vores skole ikke har nogen fra Syrien endnu. Så kan vi holde niveauet", "re", "G"),
    ("Han fik jobbet fordi han sidder i kørestol, kommunen elsker at vise mangfoldighed frem", "di", "G"),
    ("Min datter skal til fest hos en pakistansk familie. Skal jeg bekymre mig om at hun bliver gift bort? 😅", "im", "G"),
    ("Lægen var fra Irak. Jeg bad om en dansk læge, man ved jo aldrig med de uddannelser dernede", "ar", "G"),
])

S.hateful("conspiracy_h", "conspiracy tropes about groups (replacement, control, secret plans)", [
    ("Befolkningsudskiftningen sker lige for øjnene af os. Politikerne har planlagt det i årtier", "im", "G"),
    ("Jøderne står bag både bankerne og medierne, derfor hører du aldrig om det i nyhederne", "je", "G"),
    ("Homolobbyen har overtaget undervisningsministeriet og vil gøre vores børn homoseksuelle", "ga", "G"),
    ("Trans er en modebølge skabt af medicinalindustrien for at tjene penge på at kastrere børn", "tr", "G"),
    ("Muslimerne har en plan om at få flertal i Europa inden 2050 ved at føde flere børn. Det er deres jihad", "mu", "G"),
    ("Corona kom fra kinesere der spredte det med vilje for at ødelægge Vesten", "as", "G"),
    ("Det er ikke tilfældigt at de placerer flygtninge i alle små byer. EU vil udslette den danske kultur", "re", "G"),
    ("De rige jødiske familier finansierer flygtningestrømmen, søg selv, følg pengene", "je", "G"),
    ("Feministerne og FN arbejder sammen om at afskaffe familien og gøre mænd overflødige", "wo", "G"),
    ("Romaerne er organiseret i klaner med en konge i Rumænien. Alle tiggerne her sender pengene hjem til ham", "ro", "G"),
    ("Eurabia er allerede en realitet. Kommunerne bliver styret fra moskeerne", "mu", "G"),
    ("Araberne køber alle fodboldklubberne for at islamisere Europa gennem sporten", "ar", "G"),
    ("Hvorfor tror du alle pizzeriaerne ejes af tyrkere? Hvidvask til terror. Følg pengene", "im", "G"),
    ("Jøderne vidste at 11. september ville ske, derfor blev de hjemme den dag", "je", "G"),
    ("Pride er en front for at rekruttere børn. Læg mærke til hvor mange kommuner der sponserer det", "ga", "G"),
    ("Halvdelen af dem i kørestol kan sagtens gå. Handicapbevægelsen er bare en stor svindel for at malke kommunen", "di", "G"),
    ("Det er en plan fra Bruxelles: først polakkerne, så rumænerne, og til sidst står danske håndværkere uden arbejde. De griner af os", "po", "G"),
    ("Sorte familier får højere ydelser i hemmelighed, der er en skjult pulje som kommunen ikke vil tale om", "bl", "G"),
])

S.hateful("harassment_h", "attacks on one person because of a protected trait (misgendering, mocking a disability, origin)", [
    ("Han hedder stadig Thomas for mig. Ligegyldigt hvad der står i hans profil, han er en mand og skal i herreomklædningen", "tr", "H"),
    ("@Sara kan du ikke tage parykken på og lade som om du er en rigtig pige til træningen? nåh nej 🙃", "tr", "H"),
    ("Nej @Ali, du kommer ikke med til vores lejrbål. Tag hjem til dit eget land", "im", "H"),
    ("@Jonas med dit høreapparat og din mærkelige udtale burde du ikke være anfører, ingen forstår hvad du siger lol 🤪", "di", "H"),
    ("haha se Freja hun kan ikke engang gå lige, nogen der vil filme hende til tiktok 😂", "di", "H"),
    ("@Nuka tag du bare hjem og fang sæler i stedet for at sidde i bestyrelsen", "gr", "H"),
    ("@Mei har du kogt hunden i frokostpausen igen? 😂 hele kontoret lugter", "as", "H"),
    ("@Fatima hvornår tager du tæppet af hovedet og bliver dansk? Ellers kan du lige så godt blive væk fra forældremødet", "mu", "H"),
    ("Til Jens i forældregruppen: vi ved godt din søn har ADHD. Hold ham hjemme, vi vil ikke have hans diagnose til at ødelægge vores børns skoledag", "di", "H"),
    ("@Kasia tal dansk eller skrid, ingen gider dit polske pladder her på Teams", "po", "H"),
    ("@Abdi hvorfor ligner du altid en der lige er steget af en gummibåd", "so", "H"),
    ("Du er en pige @Louise, accepter nu at du ikke kan lede et raid. Gå tilbage til at heale 💅", "wo", "H"),
    ("@Rachel sjovt at du altid forsvarer Israel i tråden, nok noget med dit efternavn hva 🤔", "je", "H"),
    ("@Kofi du får ikke bolden før du har vasket dig, selvom det nok ikke hjælper på farven 🤣", "bl", "H"),
    ("@Emil det er rørende at du prøver, men vi har ikke tid til at vente på en i kørestol. Find et andet hold", "di", "H"),
    ("haha @Alex er det 'hun' eller 'den' i dag? skriv lige så vi ikke sårer dine følelser 🤡", "tr", "H"),
    ("@Yusuf ingen tror på din historie om at du flygtede. Du er bare en lykkeridder der vil have bistand", "re", "H"),
    ("@Pia du fik kun pladsen i bestyrelsen fordi de manglede en kvinde på billedet. Sid stille og se pæn ud", "wo", "H"),
    ("@Mira du fik kun praktikpladsen pga din hudfarve, ikke pga dine evner", "bl", "H"),
    ("@Kim du ryster så meget på hånden at du ikke engang kan holde en kaffekop. Hvorfor er du overhovedet på kontoret?", "di", "H"),
    ("Nogen der har siddet ved siden af Nivi i dag? Hun lugter af tran igen 🤢", "gr", "H"),
    ("@Omar jeg har sendt screenshots af dine bønner i pausen til din chef. Vi gider ikke have sådan noget på vores arbejdsplads", "mu", "H"),
    ("@Mikkel stop med at lyde som en lille pige i voice, er du sikker på du ikke er til drenge? 😂", "ga", "H"),
    ("Kan nogen forklare Samira at hun ikke skal tale arabisk i kantinen? Vi er i Danmark og hun gør det bare for at provokere", "ar", "H"),
    ("@Leon jeg så dig i Pride-toget i weekenden. Bare rolig, hele holdet har set billederne nu 📸🏳️‍🌈", "ga", "H"),
    ("Hej Ida. Jeg synes ikke det er passende at en lesbisk voksen er alene med pigerne i omklædningen og vil bede dig trække dig som træner. Ellers tager jeg din 'livsstil' op på generalforsamlingen", "ga", "H"),
    ("@Anton kan du ikke lære at stave? Nåh nej, du er jo ordblind. Spil bare videre med de andre specielle 🥴", "di", "H"),
])

S.hateful("hateful_question_h", "hate phrased as a question (rhetorical or 'just asking')", [
    ("Hvorfor er det egentlig at somaliere er så dovne? Seriøst spørgsmål", "so", "G"),
    ("Er jeg den eneste der synes bøsser ikke burde adoptere? Børn har brug for normale forældre", "ga", "G"),
    ("Hvorfor må sigøjnere overhovedet komme ind i Danmark? De bidrager jo med nul", "ro", "G"),
    ("Kan nogen forklare mig hvorfor vi skal betale for at holde de udviklingshæmmede i live? De giver jo intet tilbage", "di", "G"),
    ("Er kvinder i virkeligheden bare dårligere til at tænke logisk? For det virker sådan i vores afdeling", "wo", "G"),
    ("Skal vi virkelig acceptere at transer bruger pigernes omklædning? De er jo mænd og potentielle krænkere", "tr", "G"),
    ("Hvorfor har polakker altid så travlt med at stjæle? Er det noget de lærer i skolen derovre?", "po", "G"),
    ("Hvorfor skal min datter sidde ved siden af en flygtningeunge der ikke kan ét ord dansk og sikkert har lus?", "re", "G"),
    ("Hvad er der galt med grønlændere siden de aldrig kan holde på et job? Er det generne?", "gr", "G"),
    ("Er der andre der har opdaget at asiaterne i klassen snyder til alle prøver?", "as", "G"),
    ("Hvornår fatter folk at negre ikke kan styre et land?", "bl", "S"),
    ("Hvorfor skal vi overhovedet have jøder i byrådet når de alligevel kun arbejder for Israel?", "je", "G"),
    ("Hvor mange flere voldtægter skal der til før folk fatter at muslimske mænd ikke kan være i et moderne samfund?", "mu", "G"),
    ("Hvorfor er vi nødt til at have de der rotter fra Mellemøsten boende i vores opgang? Kan bestyrelsen svare?", "ar", "D"),
])

S.hateful("hateful_joke_h", "jokes and memes whose point is a hateful stereotype", [
    ("Hvad er det første en sigøjner gør når han kommer ind i Bilka? Tjekker hvor kameraerne hænger 😂", "ro", "G"),
    ("Hvad er forskellen på en jøde og en pizza? Pizzaen skriger ikke i ovnen", "je", "E"),
    ("Hvorfor er der ingen kvinder på månen? Der er ikke noget køkken 😂😂", "wo", "G"),
    ("Hvad er forskellen på en neger og en cykel? Cyklen virker først når du sætter kæde på den", "bl", "S"),
    ("Hvorfor er asiater så gode til matematik? Der er ikke plads til andet i hovedet end tal og ris 🍚", "as", "G"),
    ("Ville lave en polak-joke men han stjal punchlinen 😂", "po", "G"),
    ("Min nabo er somalier. Ikke fordi jeg har noget imod ham, jeg har bare ikke noget tilbage efter han har været der 😅", "so", "G"),
    ("Transkvinder er som veganske pølser. Det kan godt ligne, men alle ved hvad det ikke er 🌭🤣", "tr", "G"),
    ("Hvad siger en araber når han vinder i lotto? 'Nu har jeg råd til en kone mere' 😂", "ar", "G"),
    ("Hvorfor går flygtninge altid i flok? Så er det nemmere at løbe fra kontrollen 🤷", "re", "G"),
    ("Knock knock. Hvem der? Ikke grønlænderen i hvert fald, han ligger fuld på trappen 😂", "gr", "G"),
    ("Hvordan får man en muslim til at sprænge i luften af grin? Det er nemt, han gør det alligevel 💥🤣", "mu", "G"),
    ("Hvad kalder man en bøsse i kørestol? Rullende homo 😂 to fejl i én", "ga", "G"),
])

S.hateful("hateful_sarcasm_h", "sarcasm and irony whose message is hateful", [
    ("Ja ja, selvfølgelig er det 'kulturberigelse' når de brænder containere af hver nytår. Tak for berigelsen 🙏🙄", "im", "G"),
    ("Wow en kvindelig dommer, så ved vi jo allerede hvordan kampen ender. Meget progressivt 👏", "wo", "G"),
    ("Dejligt at vi betaler for at de handicappede kan sidde og savle på bostedet. Penge godt givet ud 👍", "di", "G"),
    ("Glæder mig virkelig til endnu en 'fredelig' demo fra fredens religion ☮️🔪", "mu", "G"),
    ("Fantastisk, endnu en romafamilie på campingpladsen. Så kan vi alle glæde os til gratis 'udlån' af vores ting 😍", "ro", "G"),
    ("Ja, jøderne er jo så forfulgte, de stakkels milliardærer 🥲", "je", "G"),
    ("Ej hvor er det modigt at han 'er' en kvinde nu. Klap klap. Næste uge er han en kat", "tr", "G"),
    ("Selvfølgelig kan han stå på mål, han er jo grønlænder, han har øvet sig i at gribe flasker hele barndommen 🍺", "gr", "G"),
    ("Super med alle de afrikanske 'fagfolk' der kommer. Nu er der endelig raketforskere til at tømme skraldet 🤡", "bl", "G"),
    ("Ja lad os endelig give polakkerne flere byggeopgaver, det bliver jo altid lige så skævt som deres dansk 🤡", "po", "G"),
    ("Nej nej, selvfølgelig er flygtningene på hotellet 'traumatiserede'. Det er derfor de fester til kl 4 hver nat 🙄", "re", "G"),
])

S.hateful("hateful_long_h", "long multi-sentence messages and posts carrying hate", [
    ("Kære alle i afdeling 5. Jeg skriver fordi jeg er træt. Siden de nye familier fra Mellemøsten flyttede ind i opgang B har der været larm, skrald og fremmede mænd på trapperne. Det er ikke racisme, det er observation. Folk fra den kultur har bare ikke lært at bo sammen med andre og de lærer det heller ikke. Jeg foreslår at bestyrelsen stopper med at tage imod flere fra kommunens liste.", "ar", "G"),
    ("Hej forældre i 4.a. Jeg vil bare gøre opmærksom på at der er kommet en ny pædagog på fritten som er trans. Det synes jeg vi skal tage op med ledelsen. Det er ikke sundt for børn at se på den slags, og alle ved at den gruppe er fuld af psykiske problemer og grænseoverskridende adfærd. Mine børn skal ikke være forsøgskaniner.", "tr", "G"),
    ("Jeg er far til en af drengene på U15. Jeg har set hvordan de somaliske drenge fra den anden klub opfører sig, og jeg siger det kun én gang: rører de min søn i weekenden, så står der nogle voksne mænd klar på parkeringspladsen. Så kan de lære hvordan man opfører sig i Danmark. Det er ikke en trussel, det er et løfte.", "so", "T"),
    ("Lokalavisen skriver 'unge mænd' igen. Tak for ingenting. Alle ved hvem det er. Det er de samme fra de samme blokke med de samme navne. Deres forældre kom herop for 30 år siden og har aldrig bidraget med andet end kriminalitet og bistandsregninger, og nu er det næste generation. Det ændrer sig aldrig, det ligger i blodet.", "im", "G"),
    ("ok jeg siger det bare, jeg gider ikke lade som om mere. hvide folk bygger civilisationer, de andre lever bare i dem. vi bliver udskiftet og ingen gør noget. 14 ord drenge. hvis i forstår så forstår i. skriv til mig for invite til den rigtige server 🇩🇰⚡⚡", "", "E"),
    ("Jeg må bare sige det inden mødet i morgen. Det er fuldstændig urimeligt at vi skal have en kvinde som ny værkfører. Det er et fag hvor man skal kunne træffe en beslutning uden at græde over det, og det kan kvinder bare ikke. Det er biologi. Hun bliver ikke respekteret af nogen på pladsen og det ved ledelsen godt.", "wo", "G"),
    ("Hvem fanden har givet romaerne lov til at campere bag skolen?? Jeg gik forbi med hunden i morges og det lignede en losseplads. Det er ikke mennesker der lever sådan, det er dyr. Kommunen fik ryddet rotterne ud sidste år, nu må de sende rottefængeren igen 😡", "ro", "D"),
    ("@Leah seriøst hvorfor kommer du overhovedet til festen. Du er den eneste jøde på årgangen og du tror du er bedre end os andre med alle dine penge. Bare bliv hjemme med din familie og tæl mønter 🪙 ingen savner dig", "je", "H"),
    ("Nu skal I høre. Det er ikke tilfældigt at byen får 200 flygtninge mere. Det blev besluttet i Bruxelles for mange år siden, og det har et formål: at udvande den danske befolkning så vi ikke kan sige fra. Læg mærke til at der altid er penge til dem og aldrig til vores ældre. Det er en udskiftning og de griner af os. Vågn op.", "re", "G"),
    ("De sorte drenge ved stationen er som en flok bavianer, de råber og skriger og gramser på pigerne. Hvis politiet ikke gør noget, så gør vi. Vi har snakket om det i klubben og der er mange der har lyst til at rydde op. Det bliver ikke kønt.", "bl", "T"),
    ("Jeg forstår ikke hvorfor vores skole skal bruge så mange penge på de handicappede børn. De er en bremseklods for alle andre og burde slet ikke gå i folkeskolen. De har intet at bidrage med, og min datter kommer hjem hver dag og fortæller at de larmer. Saml dem et sted for sig selv.", "di", "G"),
    ("Som formand for bådlauget tolererer jeg ikke det regnbueflag på klubhuset. Det har intet med sejlads at gøre. Og ærligt talt, folk af den slags hører ikke hjemme i en familieklub. De kan lave deres egen klub. Vi har børn her.", "ga", "G"),
    ("Jeg har boet ved siden af grønlændere i ti år i Aalborg Øst og det er det samme hver måned. Penge ind, sprut ud, skrig og slagsmål, og ungerne går sultne. Der er ingen grund til at tro det ændrer sig, det er sådan de er. Send dem hjem og lad dem drikke støtten op deroppe.", "gr", "G"),
    ("Til jer i gruppen der forsvarer de polske 'håndværkere': Jeg har haft tre af dem i mit hus. Alle tre snød, alle tre drak i arbejdstiden, og alle tre forsvandt med forskuddet. Det er ikke uheld, det er en folkekarakter. Ansæt danskere, så slipper I for ballade.", "po", "G"),
])

# ------------------------------------------------------------ non-hateful

S.benign("counter_speech_nh", "counter-speech: speaking up against hate, defending a group or person", [
    ("Det er fandme ikke okay at kalde de nye naboer for 'perkere' i den her gruppe. De er flyttet ind ligesom alle os andre.", "im"),
    ("Jeg har spillet med Abdi i seks år og han er den mest loyale holdkammerat jeg har haft. Stop det der pis om somaliere.", "so"),
    ("Til alle der skriver grimme ting om flygtningene på hotellet: det er mennesker der er flygtet fra krig. Prøv at møde dem før I dømmer.", "re"),
    ("Hvis du synes det er sjovt at lave abelyde når Kofi har bolden, så er du ikke velkommen i vores klub. Punktum.", "bl"),
    ("Vi har nul tolerance over for homofobi i klubben. Kommentaren fra i går er anmeldt og personen er meldt ud.", "ga"),
    ("Kan vi ikke lade være med at gøre det til et spørgsmål om hvor folk kommer fra? Der bliver stjålet cykler i villakvarteret også", "im"),
    ("Transkvinder er kvinder, og hele klubben står bag Alex 100%. Har I et problem med det, må I finde en anden klub.", "tr"),
    ("Min søster sidder i kørestol og hun er klogere end halvdelen af jer der kommenterer herinde. Skam jer.", "di"),
    ("Det er ikke 'kulturen', det er én idiot. Lad være med at dømme tusindvis af muslimer på grund af én person.", "mu"),
    ("Jeg er virkelig flov over kommentarerne om grønlændere under artiklen. Vi har så meget at lære af grønlandsk kultur.", "gr"),
    ("Antisemitisme er ikke 'bare en holdning'. Det jødiske samfund i byen har brug for at vi står sammen med dem lige nu.", "je"),
    ("Kvindelige dommere er lige så gode som mandlige. Ham der råbte på sidelinjen burde have karantæne.", "wo"),
    ("Polakkerne på min arbejdsplads er de første der møder ind og de sidste der går hjem. Lad være med at generalisere.", "po"),
    ("hey drop det der ching chong pis i chatten, det er ikke sjovt og Minh gider ikke høre på det", "as"),
    ("Roma er ikke én stor tyvebande. Det er et folk med alle mulige slags mennesker, ligesom danskere.", "ro"),
    ("Arabere er ikke ét folk med én mening. Der er 22 lande og hundredvis af millioner mennesker, lad være med at skære dem alle over én kam", "ar"),
    ("Jeg synes vi som forældregruppe skal sige tydeligt fra: mobningen af Amina på grund af hendes tørklæde skal stoppe nu. Jeg har talt med klasselæreren.", "mu"),
    ("Folk der kalder flygtninge for 'kakerlakker' skal vide at præcis det ord blev brugt i Rwanda før folkedrabet. Tænk over hvad I skriver.", "re"),
    ("Nej, bøsser er ikke pædofile. Det er en gammel løgn der har ødelagt mange liv. Læs lidt op på det før du skriver.", "ga"),
    ("Min bedste ven er trans og hun er det sødeste menneske jeg kender. Kommentarerne herinde er bare ondskabsfulde.", "tr"),
    ("Når I skriver 'de sorte' om vores spillere, så husk at de er født på Skejby ligesom jer. De er danskere.", "bl"),
    ("Handicap er ikke en udgift, det er en del af livet. Mange af os ender der selv en dag.", "di"),
    ("Det var en kvinde der byggede hele vores ungdomsafdeling op fra ingenting. Så jo, kvinder kan sagtens lede en klub.", "wo"),
    ("Mods, kan I slette tråden om 'befolkningsudskiftning'? Det er en racistisk konspirationsteori og den hører ikke hjemme her", "im"),
    ("Ikke fedt at se et hagekors tegnet på busskuret. Jeg har vasket det af og anmeldt det. Der er ingen plads til nazisme i vores by.", ""),
    ("Ja, der er problemer i boligområdet. Men de bliver ikke løst ved at kalde folk for 'parasitter'. De bliver løst ved at snakke sammen og få en gårdmand mere.", "im"),
    ("Hvis I vil snakke om kriminalitet, så snak om kriminalitet. Men lad være med at gøre det til et spørgsmål om hudfarve.", "bl"),
    ("Nogen har skrevet 'jøder ud' på muren ved synagogen. Vi samler ind til rengøring og blomster, skriv til mig hvis du vil give et bidrag.", "je"),
    ("Husk lige at 'sigøjner' bliver opfattet som et skældsord af mange. Sig roma, det koster ikke noget.", "ro"),
    ("Kære forældre. Vi har fået henvendelser om nedsættende bemærkninger om en elevs familie fra Somalia. Det accepterer vi ikke på skolen, og vi tager det op i klassen i morgen.", "so"),
    ("Det der med at polakker stjæler er sgu en fordom. Ham der tog min trailer hed Kenneth og boede to huse nede ad vejen 😅", "po"),
])

S.benign("quoting_to_condemn_nh", "quoting or reporting hateful words in order to condemn or report them", [
    ("Nogen skrev 'send dem hjem i ligposer' under opslaget om asylcentret. Jeg har anmeldt det til politiet, det er en trussel.", "re"),
    ("Min søn kom hjem og fortalte at de store drenge kalder ham n-ordet i frikvarteret. Hvad gør man? Har talt med skolen men der sker intet 😔", "bl"),
    ("Screenshot fra vores Discord: 'alle jøder burde gasses'. Personen er bannet permanent og vi har sendt det videre til Discord.", "je"),
    ("Til info: en bruger har skrevet 'bøsser skal brændes' i kommentarerne. Kommentaren er slettet og brugeren blokeret. Det tolererer vi ikke.", "ga"),
    ("Der hænger klistermærker med '88' og 'hvid magt' på lygtepælene ved skolen. Er der nogen der ved hvem der sætter dem op? De skal fjernes.", ""),
    ("Jeg blev kaldt 'perkerluder' på vej hjem fra arbejde i går. Det er tredje gang i år. Jeg er så træt.", "im"),
    ("Hvorfor bliver det tolereret at der står 'kvinder hører til i køkkenet' på tavlen i frokoststuen? Jeg har bedt om at få det visket ud.", "wo"),
    ("Han skrev bogstaveligt talt 'mongol' om Mathias med Downs. Jeg har sendt skærmbilledet til trænerne, det skal have konsekvenser.", "di"),
    ("En far råbte 'skrid hjem til Grønland din drukkenbolt' til en af vores spillere i weekenden. Bestyrelsen har givet ham forbud mod at komme til kampe.", "gr"),
    ("Min veninde fik en besked hvor der stod 'vi ved hvor du bor, tørklædekælling'. Hun har anmeldt det. Tænk at det sker her i byen.", "mu"),
    ("Klasselæreren har fortalt at en elev sagde 'Hitler burde have taget jer alle' til en jødisk pige i klassen. Vi holder forældremøde om det torsdag.", "je"),
    ("I chatten blev der skrevet at 'sigøjnere er skadedyr'. Det er dehumaniserende, og vi har lukket tråden.", "ro"),
    ("Nogen har sprayet 'kinesisk virus' på døren til thairestauranten. Ejeren er ikke engang fra Kina. Så dumt og så ondt.", "as"),
    ("Vores transmedlem fik en besked om at hun er 'en fejl' og burde tage sit liv. Hun har fået en rådgiver og politiet er inde over.", "tr"),
    ("Kommentaren 'polakker er en plage' er fjernet. Husk gruppens regler, folkens.", "po"),
    ("Den trøje med 'Remigration nu' som en af forældrene havde på til sommerfesten, synes I virkelig det er ok? Det gør jeg ikke.", "im"),
    ("Der står 'araber = terrorist' i elevatoren. Kan viceværten fjerne det i dag? Børnene kan læse.", "ar"),
    ("Han sagde, og jeg citerer, 'kvinder er for dumme til at bestemme over deres egen krop'. En kollega. Jeg er målløs.", "wo"),
    ("Nogle af drengene på holdet har en gruppechat der hedder 'Abekattene' om de sorte spillere. Vi forældre må tage ansvar her.", "bl"),
    ("Nogen kaldte Rashid for terrorist da han bad i pausen. Er det kun mig der synes det er en sag for HR?", "mu"),
    ("Modbesked: Brugeren der skrev at 'handicappede burde aflives' er smidt ud af serveren. Sådan noget sker ikke her.", "di"),
])

S.benign("news_report_nh", "news-style reporting and announcements about groups, crime, politics", [
    ("Politiet efterforsker et overfald på en homoseksuel mand i midtbyen natten til lørdag. Vidner bedes kontakte politiet.", "ga"),
    ("Byrådet har vedtaget at der skal bygges et nyt bosted for voksne med handicap på Engvej.", "di"),
    ("Ifølge Danmarks Statistik er beskæftigelsen blandt ikke-vestlige indvandrere steget de seneste år.", "im"),
    ("40 ukrainske flygtninge ankommer til kommunen i næste uge og skal bo på det gamle plejehjem.", "re"),
    ("Den jødiske menighed tænder chanukkalys på torvet torsdag kl. 17. Alle er velkomne.", "je"),
    ("Romaer er en af de mest diskriminerede minoriteter i Europa, viser en ny rapport fra EU.", "ro"),
    ("Kommunen åbner et nyt tilbud til grønlandske familier med rådgivning på både grønlandsk og dansk.", "gr"),
    ("Der var rekordmange med i Pride-optoget i år, skriver arrangørerne.", "ga"),
    ("En 34-årig mand er sigtet for racistisk motiveret vold efter et overfald på en somalisk kvinde ved busstationen.", "so"),
    ("En 19-årig er idømt 60 dages fængsel for at have truet en moské på sociale medier.", "mu"),
    ("Antallet af anmeldte hadforbrydelser mod LGBT+ personer steg sidste år ifølge politiets årsrapport.", "ga"),
    ("Moskeen i Sønderkvarteret holder åbent hus lørdag, hvor alle kan se bygningen og få en kop te.", "mu"),
    ("Fagforeningen melder om polske bygningsarbejdere der er blevet snydt for løn på byggepladsen ved havnen.", "po"),
    ("Ny undersøgelse: kvinder udgør stadig kun omkring en fjerdedel af direktørerne i danske virksomheder.", "wo"),
    ("Tre unge er anholdt efter hærværk mod en kinesisk restaurant, hvor der blev malet racistiske ord på facaden.", "as"),
    ("Landsholdets nye anfører er søn af ghanesiske forældre og voksede op i Ishøj.", "bl"),
    ("Den syriske læge der kom som flygtning i 2015 har nu overtaget lægepraksissen i byen.", "re"),
    ("PET vurderer at truslen fra højreekstremisme er skærpet, især blandt helt unge på nettet.", ""),
    ("DGI udgiver nye retningslinjer for hvordan idrætsforeninger kan inkludere transkønnede medlemmer.", "tr"),
    ("Den marokkanske kulturforening inviterer til madfestival i hallen på søndag.", "ar"),
    ("En 25-årig polsk statsborger er anholdt for indbrud i tre sommerhuse i Blokhus, oplyser politiet.", "po"),
    ("Retten i Holstebro frifandt i går en mand der var tiltalt for at kalde sin nabo racistiske skældsord. Dommeren fandt ikke beviserne tilstrækkelige.", "im"),
])

S.benign("policy_criticism_nh", "criticism of immigration, integration, social or equality policy without derogating people", [
    ("Jeg synes faktisk reglerne for familiesammenføring er for løse. Vi skal have styr på integrationen før vi tager flere ind.", "im"),
    ("Man kan godt være imod at kommunen bruger plejehjemmet som asylcenter uden at være racist. Jeg synes bare ikke borgerne blev hørt.", "re"),
    ("Det er ikke racistisk at ønske en stram udlændingepolitik. Det er en politisk holdning som alle andre.", "im"),
    ("Kritik af den israelske regering er ikke det samme som antisemitisme. Man kan godt mene at bosættelserne er ulovlige.", "je"),
    ("Jeg er bekymret for ghettolovene. At tvinge folk til at flytte fra deres hjem på grund af statistik virker forkert.", "im"),
    ("Vi har for lange ventelister på boliger og jeg synes ikke flygtninge skal foran i køen. Det skal være anciennitet for alle.", "re"),
    ("Sprogkrav til statsborgerskab giver god mening for mig. Sprog er nøglen til arbejdsmarkedet.", "im"),
    ("Spørgsmålet om transkvinder i elitesport er svært, og jeg synes forbundene skal lave regler ud fra forskning og ikke ud fra følelser.", "tr"),
    ("Jeg synes ikke Grønland skal have mere bloktilskud uden at der følger konkrete mål med. Det er ren økonomi, ikke noget med folk.", "gr"),
    ("Den fri bevægelighed gør det for nemt for firmaer at underbetale østeuropæisk arbejdskraft. Det skader både dem og os.", "po"),
    ("Kønskvoter i bestyrelser er forkerte synes jeg. Det skal være den bedst kvalificerede, uanset køn.", "wo"),
    ("Inklusion i folkeskolen er underfinansieret. Både børnene med særlige behov og resten af klassen taber når der ikke er voksne nok.", "di"),
    ("Jeg stemmer for strammere asylregler, men det betyder ikke at de flygtninge der allerede bor her skal behandles dårligt.", "re"),
    ("Kommunen bruger rigtig mange penge på tolke. Jeg synes der skal være bedre sprogundervisning, så folk hurtigere kan klare sig selv.", "im"),
    ("Tiggeriforbuddet rammer hårdt, men jeg forstår også butikkerne på gågaden. Det er ikke sort-hvidt.", "ro"),
    ("Jeg er imod at kommunen flager med regnbueflag på rådhuset. Ikke fordi jeg har noget imod homoseksuelle, men fordi rådhuset bør være neutralt.", "ga"),
    ("Udviklingsbistanden til Somalia forsvinder i korruption, og det burde vi kunne diskutere uden at blive kaldt racister.", "so"),
])

S.benign("religion_criticism_nh", "criticism of religion, religious practice or institutions, not of believers as people", [
    ("Jeg synes islam har et problem med synet på homoseksuelle, ligesom mange kristne kirker har haft det. Religion skal kunne kritiseres.", "mu"),
    ("Som ateist mener jeg at alle religioner bygger på myter, også islam og jødedommen. Men folk skal have lov at tro hvad de vil.", ""),
    ("Omskæring af drengebørn burde forbydes, uanset om det er jødisk eller muslimsk tradition. Det er barnets krop.", "je"),
    ("For mig er tørklædet et symbol på kvindeundertrykkelse, men jeg synes ikke staten skal forbyde det.", "mu"),
    ("Koranen har voldelige vers, ligesom Det Gamle Testamente har. Det betyder ikke at muslimer er voldelige.", "mu"),
    ("Jeg er selv opvokset som muslim og har forladt troen. Imamerne i min gamle moské var alt for konservative.", "mu"),
    ("Jeg synes ikke religiøse friskoler skal have statsstøtte, uanset om de er kristne, muslimske eller jødiske.", ""),
    ("Halalslagtning uden bedøvelse er dyremishandling efter min mening. Det samme gælder kosher. Samme regler for alle.", "mu"),
    ("Folkekirken har en lang historie med at undertrykke kvinder og homoseksuelle. Jeg meldte mig ud i går.", ""),
    ("Det er helt legitimt at kritisere sharia som retssystem. Det er noget andet end at hade de mennesker der tror.", "mu"),
    ("Hvis kirkeklokker er tilladt, hvorfor så ikke bedekald? Eller omvendt. Jeg synes bare samme støjregler skal gælde for alle.", "mu"),
    ("Muhammedtegningerne skal kunne trykkes i et frit land. Ytringsfriheden gælder også når det sårer religiøse følelser.", "mu"),
    ("Nogle ultraortodokse jødiske retninger har virkelig kvindefjendske regler, og det bør man kunne sige højt.", "je"),
    ("Jehovas Vidner udstøder folk der forlader dem, det er ren social kontrol og det burde undersøges.", ""),
])

S.benign("neutral_group_mention_nh", "everyday neutral mentions of groups, origins, religion, disability, gender or sexuality", [
    ("Er der nogen der ved om den somaliske købmand på hjørnet har åbent i påsken?", "so"),
    ("Vores nye nabo er fra Polen og har tilbudt at hjælpe med hækken. Hvad giver man som tak, en flaske vin?", "po"),
    ("Ramadanen starter snart. Skal vi rykke træningen for de spillere der faster?", "mu"),
    ("Vi søger en tolk der taler arabisk til forældremødet på torsdag. Nogen der kender en?", "ar"),
    ("Min kollega fra Grønland har lært mig at lave suaasat. Det smagte overraskende godt 😄", "gr"),
    ("Der er kommet et par nye drenge fra Eritrea på U13. De er lidt generte men de kan sgu løbe", "re"),
    ("Næste uge har 5. klasse tema om jødiske højtider. Hvis nogen forældre har lyst til at fortælle om det, så skriv", "je"),
    ("Hvornår åbner det kinesiske supermarked på Vestergade igen efter renoveringen?", "as"),
    ("Min datter er autist og starter i klassen efter sommerferien. Har nogen erfaring med skolens AKT-lærer?", "di"),
    ("Vi har fået en kvindelig træner på førsteholdet for første gang. Spændende at se hvad hun gør med holdet", "wo"),
    ("Halvdelen af opgangen er indvandrerfamilier og resten er pensionister. Gårdfest d. 12, tag mad med fra jeres køkken!", "im"),
    ("Er der nogen der har erfaring med at søge hjælpemidler hos kommunen? Min mand har lige fået en sklerose-diagnose.", "di"),
    ("Har nogen et tip til en god syrisk bager? Vil gerne købe baklava til fødselsdagen", "ar"),
    ("Vores transkollega har bedt om at vi bruger 'hun' fremover. Husk det lige i mails til kunderne :)", "tr"),
    ("Ved nogen om Pride-festen i parken er børnevenlig? Tænker at tage mine to med", "ga"),
    ("Der er kommet nye familier fra Ukraine i børnehaven. Vi samler vintertøj ind, skriv hvis I har noget", "re"),
    ("Hvad hedder 'tak' på tigrinya? Vil gerne sige det til den nye dreng på holdet", "re"),
    ("Kan vi få halalkød på grillen til sommerfesten? Et par af familierne spiser ikke svinekød", "mu"),
    ("Vores romanaboer inviterede til dåbsfest i weekenden. Sikke meget musik og mad 😅", "ro"),
    ("I historie læser 9.b om Holocaust og skal på tur til Frøslevlejren. Husk madpakke og regntøj", "je"),
    ("Den sorte spiller fra U19 er blevet udtaget til regionsholdet, tillykke til ham og familien!", "bl"),
    ("Min svigermor er fra Thailand og kommer på besøg til jul. Hvor køber man fiskesauce i byen?", "as"),
    ("Er der andre døve i området? Jeg leder efter nogen at øve tegnsprog med", "di"),
    ("Hvem tager sig af den grønlandske nationaldag i foreningen i år? Vi plejer at lave kaffemik", "gr"),
])

S.benign("positive_mention_nh", "praise, thanks and support for groups or members of groups", [
    ("Tusind tak til de polske håndværkere der fik vores tag færdigt før stormen. Super dygtige folk 👍", "po"),
    ("Kæmpe tillykke til Nuka der blev årets træner i klubben! 🇬🇱💪", "gr"),
    ("Vores nye læge er en ung kvinde fra Irak og hun er den bedste læge jeg nogensinde har haft", "ar"),
    ("Det er så dejligt at se hvor godt de syriske familier er faldet til. Bageriet på torvet er blevet mit yndlingssted", "re"),
    ("Vores kvindehold gik ubesejret gennem hele sæsonen 🏆 I er fantastiske piger!", "wo"),
    ("Pride i vores lille by for første gang nogensinde! Så stolt af os 🏳️‍🌈", "ga"),
    ("Vores hold for udviklingshæmmede vandt Special Olympics-turneringen, hele klubben er stolt 🥇", "di"),
    ("Mine jødiske naboer inviterede os til sabbatmiddag. Fantastisk mad og endnu bedre selskab", "je"),
    ("Den somaliske mødreforening har bagt kager til hele loppemarkedet. Tak, I er guld værd!", "so"),
    ("Kinesisk nytår på skolen var det hyggeligste arrangement i år 🐉🧧", "as"),
    ("Vores nye kollega fra Nigeria har fået gang i hele kantinen med sin humor. Godt at have dig, Chidi!", "bl"),
    ("Respekt til Jasmin for at stå frem som trans i sin klasse. Du er modig og vi står bag dig 💜", "tr"),
    ("Tak til imamen og præsten for det fælles fredsmøde i går. Sådan bygger man en by sammen", "mu"),
    ("Arabisk kaffe og dadler ved indgangen til generalforsamlingen, tak til Khalid for det 😍", "ar"),
    ("Shoutout til Mo der vandt FIFA-turneringen i aftes, du er en maskine bro 🔥", ""),
    ("Fatma fra opgang D har lært halvdelen af os andre at lave dolma. Bedste nabo 💛", "im"),
])

S.benign("ingroup_selfref_nh", "members of a group talking about themselves, including reclaimed words", [
    ("Som bøsse i en lille jysk by kan jeg godt sige at det er blevet meget nemmere end da jeg var ung", "ga"),
    ("Vi perkere fra blokken holder grillfest på lørdag, alle er inviteret, også jer kartofler 😂🔥", "im"),
    ("lol jeg er så meget perker, min mor tager altid tre fade mad med til alle fester", "im"),
    ("Som kvinde i en herreklub får man nogle kommentarer, men vores hold er fantastisk", "wo"),
    ("Jeg er selv handicappet og jeg hader når folk taler til min hjælper i stedet for til mig 😤", "di"),
    ("Vi krøblinger skal også kunne komme til festen! Der er ingen rampe ved scenen 🙄 #tilgængelighed", "di"),
    ("Som jøde er jeg træt af at skulle stå til ansvar for hvad en regering et helt andet sted gør", "je"),
    ("Jeg er grønlænder og ja, jeg kan godt lide rugbrød med leverpostej. Stop med at spørge om jeg spiser sæl hver dag 😂", "gr"),
    ("Vi er nogle queer-mødre der mødes i legestuen hver onsdag. Skriv hvis du vil med!", "ga"),
    ("Som transkvinde synes jeg faktisk debatten om sport er svær. Jeg har ikke alle svarene selv", "tr"),
    ("Min far er fra Somalia og min mor fra Vejle. Jeg er 100% dansk og 100% somalisk og det går fint", "so"),
    ("Vi polakker på pladsen lærte danskerne at drikke ordentlig vodka til julefrokosten 😂", "po"),
    ("Når man er autist som mig er Discord faktisk det nemmeste sted at få venner", "di"),
    ("Vi sorte piger i klassen har lavet vores egen hårklub haha, ingen andre forstår de problemer 💇🏾‍♀️", "bl"),
    ("Som muslim og kvinde er jeg træt af at andre fortæller mig hvad mit tørklæde betyder", "mu"),
    ("Min mormor var romani og lærte mig alle de gamle sange. Jeg er stolt af det", "ro"),
    ("haha vi arabere kan ikke holde en fest under 200 gæster, min fætters bryllup var vanvittigt", "ar"),
])

S.benign("insult_no_protected_target_nh", "insults and rudeness aimed at people, teams or institutions with no protected trait involved", [
    ("Den dommer er fandme blind, det var straffe 100%!!", ""),
    ("Du er så dårlig til det her spil at det gør ondt at se på, noob", ""),
    ("Bestyrelsen er en flok inkompetente klovne der ikke kan læse et budget", ""),
    ("Hvem fanden parkerer på tværs af to pladser? Idioten i den grå Audi, ja dig", ""),
    ("Lort til hold. 0-5 på hjemmebane. Træneren skal fyres i morgen", ""),
    ("Hold kæft hvor er du irriterende Mikkel, stop med at spamme emotes", ""),
    ("Chefen er en klaphat der ikke aner hvad han laver. Tredje omstrukturering i år", ""),
    ("Den lokalpolitiker er den største løgnhals i hele kommunen", ""),
    ("Du er et kæmpe røvhul for at stjæle mit kill", ""),
    ("Naboen med trampolinen kl. 23 er sgu en egoistisk nar", ""),
    ("Københavnere er nogle snobber der tror de er bedre end os fra Jylland 😂", ""),
    ("Alle AGF-fans er nogle tabere, sådan er det bare 🤷", ""),
    ("Hvem er den skide idiot der har taget min madpakke fra køleskabet IGEN", ""),
    ("Du er en taber og det ved du godt. 0 kills 14 deaths", ""),
    ("Fuck dig og din dumme klan, vi raider jer i aften", ""),
    ("Veganerne i kantinen skal holde op med at prædike, jeg vil spise min frikadelle i fred", ""),
    ("Ham i Teslaen på skolevejen er en møgkarl, han kørte næsten mit barn ned", ""),
    ("Kommunen er fuldstændig idioter, de har lukket skolevejen uden varsel", ""),
    ("Politikerne inde på Christiansborg er en flok tumper", ""),
    ("Du er så fucking dum at det næsten er imponerende, læs reglerne før du skriver", ""),
    ("Folk der ikke samler op efter deres hund er noget svin", ""),
    ("Dit hold er noget pis og din træner lugter", ""),
    ("Viceværten er den mest dovne mand i hele Danmark, han har ikke skiftet pæren i tre måneder", ""),
])

S.benign("violent_idiom_nh", "violent idioms, sport and gaming talk with no real threat", [
    ("Jeg slår dig ihjel hvis du spoiler finalen for mig 😂", ""),
    ("Vi skal fandme knuse dem på lørdag, ingen nåde drenge ⚽🔥", ""),
    ("Jeg dør af grin, har set videoen 10 gange nu 💀", ""),
    ("Headshot! Han var så død 😂 gg ez", ""),
    ("Min chef kommer til at dræbe mig når han ser regnskabet lol", ""),
    ("Hvis Mads kommer for sent igen så skyder jeg ham... med nerfgeværet til julefrokosten 🔫😂", ""),
    ("Kan nogen tage den boss ud for mig? Jeg er død 15 gange nu", ""),
    ("Vi skal sprænge deres forsvar, angrib hårdere ude på kanterne", ""),
    ("Jeg kunne myrde en pizza lige nu", ""),
    ("Hun slagtede den præsentation i dag, ingen spørgsmål bagefter 👏", ""),
    ("Vi rydder ud i kælderen på lørdag, alt skal brændes eller på genbrugspladsen", ""),
    ("Tæsk dem! Kom så drenge, sidste halvleg! 💪", ""),
    ("Min mor slår mig ihjel når hun ser jeg har tabt hendes telefon i toilettet", ""),
    ("jeg skal smadre den her eksamen", ""),
    ("Den nye spiller er et monster i luftrummet, han vinder alle hovedstød", ""),
    ("Jeg sværger jeg kvæler min bror hvis han tager min oplader én gang til", ""),
    ("Vi skal bombe dem med hjørnespark i anden halvleg", ""),
    ("Det var et blodbad, 8-0 til os 😅", ""),
    ("Skyd nu!! Hvorfor aflevere når du står alene foran mål?!", ""),
    ("Den kage er en bombe 💣 hvem har bagt den?", ""),
])

S.benign("genuine_question_nh", "sincere questions about groups, words, religion or inclusion", [
    ("Er det ok at sige 'sort' om en person, eller hedder det noget andet nu? Vil ikke træde nogen over tæerne", "bl"),
    ("Hvordan forklarer man sin 6-årige at hendes veninde har to fædre? Hun spurgte i dag og jeg vil gerne svare ordentligt", "ga"),
    ("Hvad er forskellen på sunni og shia? Min kollega nævnte det og jeg vidste ikke noget om det", "mu"),
    ("Hvorfor faster man egentlig i ramadanen? Spørger af nysgerrighed, vil gerne forstå mine elever bedre", "mu"),
    ("Hvilket pronomen bruger man når man ikke ved det? Vi har fået en ny på holdet", "tr"),
    ("Må man sige 'eskimo', eller er det nedsættende? Min morfar siger det stadig", "gr"),
    ("Hvorfor er der så mange polske håndværkere i Danmark? Er det lønnen?", "po"),
    ("Hvordan taler man med sine børn om racisme? Min søn på 8 har hørt nogle grimme ord i skolen", ""),
    ("Er det rigtigt at roma oprindeligt kom fra Indien? Læste det i en artikel", "ro"),
    ("Hvorfor er det så svært for flygtninge at få deres uddannelse godkendt? Min nabo er ingeniør men kører taxa", "re"),
    ("Hvad betyder tallet 88 egentlig? Det står på en væg ved stationen og nogen siger det er nazistisk?", ""),
    ("Er der nogen kvindelige dommere i vores kreds? Min datter vil gerne være dommer og søger en mentor", "wo"),
    ("Hvordan gør vi klubhuset tilgængeligt for kørestolsbrugere? Hvad koster en rampe?", "di"),
    ("Hvorfor holder jøder sabbat fra fredag aften? Er det ligesom søndag for kristne?", "je"),
    ("Er det racistisk at spørge hvor folk 'egentlig' kommer fra? Jeg gør det af ren interesse men fik en sur kommentar", "im"),
    ("Hvad er det rigtige ord, handicappet eller menneske med handicap? Skal skrive et opslag for klubben", "di"),
])

S.benign("negated_hate_nh", "statements that deny or reject a hateful claim", [
    ("Jeg hader ikke muslimer, jeg hader terrorister. Det er to vidt forskellige ting", "mu"),
    ("Jeg har aldrig syntes at bøsser er mindre værd, og det kommer jeg heller aldrig til", "ga"),
    ("Ingen skal kunne sige at vores klub ikke vil have flygtninge med. Alle er velkomne her", "re"),
    ("Det er ikke rigtigt at polakker er dovne. Det er sgu det stik modsatte", "po"),
    ("Jeg ville aldrig kalde nogen det ord. Aldrig.", ""),
    ("Transpersoner er ikke farlige. De vil bare have lov til at gå på toilettet i fred", "tr"),
    ("Kvinder er ikke dårligere til matematik, det er en myte der har holdt mange piger tilbage", "wo"),
    ("Jeg tror ikke på at jøder styrer noget som helst. Det er en ældgammel løgn", "je"),
    ("Nej, grønlændere drikker ikke mere end os andre. Prøv at se en dansk julefrokost", "gr"),
    ("Det ville aldrig falde mig ind at gøre grin med nogen i kørestol", "di"),
    ("Ikke alle somaliere er ens, lige så lidt som alle danskere er det", "so"),
    ("At være sort har intet med kriminalitet at gøre. Fattigdom har", "bl"),
    ("Asiater er ikke 'alle ens'. Min kæreste er fra Vietnam og hun ligner da ikke min kollega fra Japan overhovedet", "as"),
])

S.benign("homonym_nh", "innocent uses of words that look like slurs or hate codes", [
    ("Vi har købt kinesere og raketter til nytår, hvem tager hvad med?", ""),
    ("Husk sparebøssen til loppemarkedet, vi skal have byttepenge", ""),
    ("Min morfars gamle haglbøsse hænger stadig over pejsen", ""),
    ("Hunden logrer så meget med svansen når du kommer hjem 🐶", ""),
    ("Den sorte kat fra nr. 7 er forsvundet, har nogen set den?", ""),
    ("Vi mangler 88 kr. i kassen efter loppemarkedet, nogen der har set en seddel?", ""),
    ("Spiller nr. 14 scorede i 88. minut, sikke en afslutning 😂", ""),
    ("Sort arbejde er ulovligt, ring efter en rigtig elektriker", ""),
    ("Vi spiller Sorte Per til fredagens spilleaften", ""),
    ("Jeg har altid været det sorte får i familien 🐑", ""),
    ("Muslingerne fra Limfjorden er de bedste, vi damper dem i hvidvin", ""),
    ("Mormors jødekager er i ovnen, nu kan julen begynde 🎄", ""),
    ("Vi prøvede den nye mongolske grill på torvet, rigtig god buffet", ""),
    ("Hagekorset er et gammelt hinduistisk lykkesymbol, vi så det overalt i templerne i Indien", ""),
    ("Indsamlingsbøssen til Røde Kors står ved udgangen i kirken", ""),
    ("Min bror har fået en abekat i julegave, altså en tøjdyr-abe, slap af 😂", ""),
    ("Jeg kørte grønlandsk kajak hele sommeren, min skulder er helt smadret", ""),
    ("Min søn har fået en tamrotte, den hedder Kaj og den er sgu sødere end katten 🐀", ""),
])

S.benign("sarcasm_against_hate_nh", "sarcasm and jokes aimed at bigots or stereotypes, not at the group", [
    ("Nåh, så har Brian fra 3. sal igen fundet ud af at 'de' er skyld i alt. Også hans langsomme wifi går jeg ud fra 🙄", "im"),
    ("Åh nej, to mænd holder i hånd i Netto, hvordan skal samfundet dog overleve 😱😂", "ga"),
    ("Ja, for det er helt sikkert kvinderne der ødelægger fodbold og ikke de 40-årige mænd der råber af 12-årige dommere 🙃", "wo"),
    ("Breaking news: grønlandsk kvinde tager kandidatgrad. Nej vent, det sker hele tiden, det er bare ikke en nyhed 😅", "gr"),
    ("Glæder mig til kommentarerne under artiklen om den nye moské. Popcorn klar 🍿", "mu"),
    ("Tror I nogensinde de 'bekymrede borgere' bliver bekymrede for noget andet end indvandrere? Fx hullerne i vejen?", "im"),
    ("Chokerende: en jøde der ikke styrer verdensbanken, men bare sælger is i havnen. Konspirationsfolket er i chok 😂", "je"),
    ("Lol ham onkel der stadig tror at alle asiater kan kung fu. Min veninde fra Korea kan knap nok løbe en omgang", "as"),
    ("Skræmmende nyhed: handicappede vil gerne komme ind i biografen. Hvor vover de at ville have en rampe 😤 /s", "di"),
])

S.benign("person_mention_nh", "@-replies and remarks to or about individuals from minority groups that do not attack the trait", [
    ("@Ali jeg er helt uenig med dig om budgettet, vi har ikke råd til nye mål i år", ""),
    ("@Fatima du har glemt at betale kontingent for marts 😅 kan du MobilePay'e inden fredag?", ""),
    ("@Nuka det var sgu en dårlig aflevering i går, men du får den næste gang", ""),
    ("@Kasia kan du tage nøglerne til klubhuset med på torsdag?", ""),
    ("@Kofi du var offside, indrøm det nu bare haha", ""),
    ("@Alex tillykke med det nye navn i medlemssystemet, jeg har rettet det på holdlisten", "tr"),
    ("@Mei kan du sende mig slides fra mødet? Jeg var ude af den del", ""),
    ("@Omar du er altså den værste til at svare på beskeder, men vi elsker dig 😂", ""),
    ("@Emil fedt at du kunne komme, vi har fået en rampe op til scenen så du kan sidde helt fremme", "di"),
    ("@Yusuf jeg synes ærligt talt du tog fejl i diskussionen i går. Du var for hård ved formanden", ""),
    ("@Rachel god pointe om lokalplanen, jeg er enig i at parkeringen skal flyttes", ""),
])

S.benign("long_nh", "long multi-sentence non-hateful posts on the same topics", [
    ("Kære naboer i afdeling 5. Vi har haft en del problemer med skrald i gården og larm på trapperne sent om aftenen. Jeg ved ikke hvem det er, og det er egentlig også ligegyldigt. Kan vi ikke tage det op på beboermødet i næste uge og måske lave en fælles oprydningsdag? Jeg giver kaffe og kage.", ""),
    ("Hej forældre i 4.a. Jeg vil bare lige sige at vores nye pædagog på fritten er fantastisk. Min datter har ikke glædet sig sådan til fritten før. Jeg ved der har været lidt snak om at hun er trans, men helt ærligt så handler det om hvordan hun er med børnene, og hun er bare god.", "tr"),
    ("Jeg har lagt mærke til at der er blevet skrevet en del om 'unge mænd' i kommentarerne igen. Jeg arbejder selv som SSP-medarbejder i området. Ja, der er en lille gruppe der laver ballade, men langt de fleste unge herude går i skole, spiller fodbold og hjælper deres forældre. Lad os tale om de konkrete problemer og ikke om hele kvarteret.", "im"),
    ("Så har vi afsluttet sæsonen! Tak til alle spillere, forældre og trænere. En særlig tak til vores kvindelige cheftræner, som har fået et hold der sidste år sluttede sidst til at spille om oprykning. Vi ses til afslutningsfesten lørdag, og husk at der er glutenfri og halal på grillen.", "wo"),
    ("Jeg blev ret ked af det jeg læste i gruppen i går. Min mor er fra Grønland og kom til Aalborg som 17-årig. Hun har arbejdet som sygeplejerske i 35 år. Jeg forstår godt at folk er frustrerede over druk på bænkene, men det er et socialt problem og det rammer danskere også. Snak med opsøgende medarbejdere i stedet for at hænge en hel befolkning ud.", "gr"),
    ("Vi mangler frivillige til lektiecaféen i beboerhuset. Mange af børnene er nye i Danmark og har brug for hjælp til dansk og matematik, og mange af forældrene er flygtet fra krig og har ikke kunnet gå i skole selv. Det kræver ingen erfaring, bare tålmodighed. Skriv til mig hvis du kan en time om ugen.", "re"),
    ("Til alle i Discorden: vi har opdateret reglerne. Ingen racisme, homofobi eller nazisymboler, heller ikke 'for sjov'. Det betyder også tal som 88 og 1488 i brugernavne. Trash talk om hinandens skills er fint, men hvis du går efter folks hudfarve, religion, køn eller handicap, så er du ude. Spørg en mod hvis du er i tvivl.", ""),
    ("Jeg vil gerne dele noget. Min søn har Downs syndrom og startede på fodboldholdet i år. Jeg var nervøs for hvordan de andre børn ville tage imod ham, men de har været fantastiske. I lørdags scorede han sit første mål og hele holdet løb hen og krammede ham. Tak til trænerne og alle forældrene 🥹⚽", "di"),
    ("Jeg synes debatten om moskébyggeriet er blevet helt af sporet. Jeg er selv imod placeringen, fordi der ikke er parkering nok og vejen er smal. Men det har intet at gøre med muslimer, og jeg bryder mig ikke om at nogle bruger min kritik som påskud for at skrive hadefulde ting. Hold jer til lokalplanen.", "mu"),
    ("Jeg er selv polsk og har boet her i 12 år. Jeg har læst kommentarerne om polske håndværkere. Der er sikkert nogle der har snydt, det er der også blandt danske håndværkere. Hvis I har haft dårlige oplevelser, så anmeld firmaet, men lad være med at skrive at vi alle sammen er sådan. Det er vi ikke.", "po"),
])


# ------------------------------------------------------------- validation

def validate(suite, rows):
    errors = []
    names = [name for name, _d, _r in suite]
    if len(names) != len(set(names)):
        errors.append("duplicate functionality names")
    for name, desc, items in suite:
        if not (name.endswith("_h") or name.endswith("_nh")):
            errors.append("functionality %s must end in _h or _nh" % name)
        if not desc:
            errors.append("functionality %s has no description" % name)
        if not items:
            errors.append("functionality %s is empty" % name)
        for text, tgt, cat in items:
            if name.endswith("_h") and cat not in suitegen.CATEGORIES:
                errors.append("hateful row without a valid category: %r" % text)
            if name.endswith("_nh") and cat:
                errors.append("non-hateful row with a category: %r" % text)
            if tgt not in suitegen.TARGETS:
                errors.append("unknown target %r: %r" % (tgt, text))
            if text != text.strip() or not text or "\n" in text:
                errors.append("bad whitespace: %r" % text)
            low = text.lower()
            if "http" in low or "www." in low:
                errors.append("link in message: %r" % text)
    seen = {}
    for r in rows:
        key = " ".join(r["test_case"].lower().split())
        if key in seen:
            errors.append("duplicate text: %s and %s" % (seen[key], r["case_id"]))
        seen[key] = r["case_id"]
        if r["lang"] != LANG:
            errors.append("wrong lang in %s" % r["case_id"])
        if r["target_ident"].startswith("?") or r["category"].startswith("?"):
            errors.append("unknown code in %s" % r["case_id"])
        if (r["label_gold"] == "hateful") != bool(r["category"]):
            errors.append("label/category mismatch in %s" % r["case_id"])
    nh = sum(1 for r in rows if r["label_gold"] == "non-hateful")
    if nh < 0.4 * len(rows):
        errors.append("only %d of %d rows are non-hateful (< 40%%)" % (nh, len(rows)))
    if errors:
        sys.stderr.write("\n".join(errors) + "\n")
        sys.exit(1)


# ----------------------------------------------------------------- README

def readme(suite, rows):
    n_h = sum(1 for r in rows if r["label_gold"] == "hateful")
    n_nh = len(rows) - n_h
    out = []
    out.append("# %s: held-out Danish community-chat suite" % NAME)
    out.append("")
    out.append("> **Content warning.** This suite contains hateful messages written to test a")
    out.append("> detector: slurs, threats, dehumanising language, extremist codes and")
    out.append("> harassment aimed at real-world groups. They are examples, not opinions.")
    out.append("")
    out.append("## What it is")
    out.append("")
    out.append("A held-out evaluation suite for trygbot, written in 2026 by a writer who had")
    out.append("not read the rules, the engine, the training data or any other suite. Every")
    out.append("message was written by hand for this suite: realistic Danish as it is typed in")
    out.append("local online spaces (sports clubs, school parent groups, gaming Discords,")
    out.append("housing associations, neighbourhood Facebook groups, workplaces, local news")
    out.append("comment fields, youth chats). Hateful rows cover every category, including")
    out.append("long posts, replies, questions, jokes and sarcasm; non-hateful rows are mostly")
    out.append("hard contrasts on the same topics (counter-speech, quoting hate to condemn it,")
    out.append("news, policy and religion criticism, neutral and positive mentions, in-group")
    out.append("self-reference, insults and violent idioms with no protected target, genuine")
    out.append("questions, negated hate, innocent homonyms). All names are invented; there are")
    out.append("no real phone numbers, addresses or links.")
    out.append("")
    out.append("%d messages: %d hateful, %d non-hateful." % (len(rows), n_h, n_nh))
    out.append("")
    out.append("## Counts per functionality")
    out.append("")
    out.append("| functionality | label | rows | what it tests |")
    out.append("|---|---|---|---|")
    for name, desc, items in suite:
        label = "hateful" if name.endswith("_h") else "non-hateful"
        out.append("| `%s` | %s | %d | %s |" % (name, label, len(items), desc))
    out.append("")
    out.append("## Counts per category (hateful rows)")
    out.append("")
    out.append("| category | rows |")
    out.append("|---|---|")
    for code, cat in suitegen.CATEGORIES.items():
        out.append("| `%s` | %d |" % (cat, sum(1 for r in rows if r["category"] == cat)))
    out.append("")
    out.append("## Category precedence")
    out.append("")
    out.append("Each hateful row has exactly one category; the first that matches wins:")
    out.append("")
    out.extend(suitegen.PRECEDENCE)
    out.append("")
    out.append("## Columns")
    out.append("")
    out.append("| column | meaning |")
    out.append("|---|---|")
    out.extend(suitegen.column_rows(PREFIX, LANG))
    out.append("")
    out.append("## Regenerating")
    out.append("")
    out.append("    python3 eval/suites/%s/generate.py" % NAME)
    out.append("")
    out.append("The script holds every message, checks its invariants (labels, categories,")
    out.append("target codes, no duplicate texts, at least 40% non-hateful) and rewrites")
    out.append("`messages.csv` and this README; the output is byte-identical on every run.")
    out.append("")
    out.append("## Licence")
    out.append("")
    out.append("CC BY 4.0, the trygbot project.")
    out.append("")
    return "\n".join(out)


def main():
    rows = suitegen.build_rows(S, PREFIX, LANG)
    validate(S, rows)
    suitegen.write_suite(HERE, rows, readme(S, rows))
    n_h = sum(1 for r in rows if r["label_gold"] == "hateful")
    print("%s: %d rows (%d hateful, %d non-hateful)" % (NAME, len(rows), n_h, len(rows) - n_h))


if __name__ == "__main__":
    main()
