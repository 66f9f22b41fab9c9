"""Writes dev.csv: a hand-written Danish development set for tuning
trygbot's rules (session 6). Every message below was written by hand,
one at a time; this script only collects them and writes the CSV.
Output is deterministic (byte-identical on every run).

Columns: text,label,category,functionality
Run: python3 write_dev.py
"""
import csv
import os

CATEGORIES = {"slur", "dehumanisation", "generalisation", "threat",
              "extremism", "harassment"}

ROWS = []


def hate(functionality, category, messages):
    """Hateful messages; an item may be (text, category) to override."""
    assert functionality.endswith("_h"), functionality
    for m in messages:
        text, cat = (m if isinstance(m, tuple) else (m, category))
        ROWS.append((text, "hateful", cat, functionality))


def ok(functionality, messages):
    """Non-hateful messages (no category)."""
    assert functionality.endswith("_nh"), functionality
    for text in messages:
        ROWS.append((text, "non-hateful", "", functionality))


# ---------------------------------------------------------------- hateful

hate("exclusion_housing_jobs_clubs_h", "generalisation", [
    "Fint nok med nye lejere i opgang C, bare det ik er flere somaliere. Vi har rigeligt af dem i forvejen",
    "kan bestyrelsen ikke bare lave en regel om at vi ikke lejer ud til muslimer? folk vil jo gerne bo trygt",
    "Jeg stemmer nej til at optage romaer i foreningen. De har ikke noget at gøre her, og det ved alle godt",
    "hvis i ansætter den der araber i kantinen så melder jeg mig ud af firmaet, seriøst",
    "træneren vil ha en pige på holdet... nej tak, piger ødelægger stemningen i omklædningen og de ka ik spille alligevel",
    "Ku man ikke sortere ansøgningerne fra så vi slipper for dem med mellemøstlige navne? Spar os for bøvlet",
    "Mit barn skal IKKE gå i klasse med de der flygtningebørn. Find en anden skole til dem, det er ik vores problem",
    "Udlejer her: jeg tager ik grønlændere ind mere. Sidste gang var der tomme flasker og pis i hele opgangen",
    "Æ klub har altid været for danskere og sådan ska det blive ved. Polakkerne må sgu lave deres egen",
    "synes vi skal holde transpersoner ude af klubben i det hele taget, ikke kun omklædningen. de hører ik hjemme her",
    "Boligforeningen burde ha en kvote: max 5% udlændinge. Resten kan bo i Ishøj 🤷‍♂️",
    "nogen der kender en privatskole i nærheden uden alle de tørklæder? vil gerne ha at min datter går med normale børn",
    "sig til badmintonklubben at de ikke skal lukke flere asiater ind. de tager alle banetiderne og snakker ik med nogen",
    "Fik en ansøgning fra en kvinde til værkstedet i dag. Skal jeg smide den ud med det samme eller hva 😂 kvinder og motorer altså",
    "jeg gider sgu ik ha sorte naboer. lad os stemme det ned på generalforsamlingen inden de får kontrakten",
    "Kan vi ik bare lade vær med at invitere de muslimske familier til sommerfesten? De passer alligevel ikke ind hos os",
    "Ingen sigøjnere på campingpladsen. Punktum. Jeg har set hvad der sker når man lukker dem ind",
    "hvorfor ska vi ha en kørestolsbruger i bestyrelsen, det gir bare ekstra arbejde for os andre. find en der er rask",
    "Jeg lejer kun ud til etniske danskere og det bliver jeg ved med. Man kan jo se hvordan de andre bor",
    "Dem fra asylcentret skal ikke bruge vores hal om aftenen. Lås den af kl 18 så de holder sig væk",
    "Vil helst ik ha at vores drenge deler bad med den homo fra U17. Ku han ik bare bade hjemme hos sig selv?",
    "Sku vi ikke sige til ham grønlænderen at der desværre ik er plads i crewet? Han passer bare ikke ind 😬 i ved godt hvorfor",
    "Ik flere polakker på pladsen tak. Find nogen der kan snakke dansk og ikke drikker til frokost",
    "Det er fint at de er her, bare ikke på vores vej. Smid dem ud i containerbyen ved motorvejen, der kan de bo blandt sig selv",
    "wallah jeg gider ikke have en jøde i klanen, kick ham bare ud inden turneringen 🙄",
])

hate("suspicion_insinuation_h", "generalisation", [
    "Interessant at cyklerne i kaelderen foerst begyndte at forsvinde efter somalierne flyttede ind... siger det bare 🤷",
    "Lås jeres biler i aften folkens. Der er kommet en sigøjnerfamilie på campingpladsen",
    "Ny nabo hedder Mohammed. Så ved man da hvem man ska holde øje med når der sker noget 👀",
    "bare et spørgsmål: har nogen tjekket om den nye araber i klubben står på nogle lister? man ved aldrig med dem",
    "Der er noget ved de polske håndværkere... jeg ville tælle værktøjet op inden de går hjem",
    "Vores genbo er blevet muslim. Skal vi ringe til PET nu eller vente til han har købt kunstgødning? 😏",
    "Når en jøde tilbyder at 'hjælpe' med foreningens økonomi så tjekker jeg regnskabet to gange. Gammel visdom",
    "Grønlænderen i opgang 4 har fået ny bil. Hvor mon pengene kommer fra, det er jo ikke fordi de arbejder",
    "jeg siger ik at det var flygtningene der smadrede busskuret. jeg siger bare at det ikke skete før de kom",
    "den nye pædagog i børnehaven er trans. er der andre end mig der ikke vil ha ham alene med vores unger??",
    "Hvorfor bor der 11 mennesker i en treværelses i nr 22? Arabere altså. Gad vide hvad de laver derinde",
    "Tjek lige ham den handicappede i nr 8, han render fint nok rundt når kommunen ikke kigger. de snyder ALLE sammen",
    "Kinesiske studerende på uni = spioner. Alle ved det, ingen tør sige det højt",
    "Den nye kasserer i grundejerforeningen er rumæner. Så ved vi vel hvor kassebeholdningen ender 💸",
    "sjovt nok er det altid under ramadanen at der er ballade i byen. tilfældigt? tror det ik",
    "nogen der har lagt mærke til at de somaliske mødre altid står og hvisker ved skolen? de planlægger et eller andet de der",
    "der er flyttet et bøssepar ind lige ved legepladsen... bare sir det. hold øje med jeres unger",
    "Afghanerne fra centret er set ved skolen igen. Forældre, hent jeres piger selv i dag",
    "hvem tror på at hun fik jobbet pga kvalifikationer? kvinde OG farvet, det er jo kvote-bingo",
    "han siger han er flygtning men har en iPhone 15. Flygter fra hvad, arbejde? 😂 de lyver allesammen",
])

hate("contamination_disgust_h", "dehumanisation", [
    "Jeg bader ikke i svømmehallen om onsdagen mere, det er der muslimkvinderne har deres hold. Vandet bliver ulækkert",
    "Opgangen lugter af karry og sved siden indvandrerne kom. Man får kvalme bare af at gå op ad trappen",
    "Har nogen sprittet bolden af efter drengene fra flygtningelejren har spillet med den? 🤢",
    "Jeg rører ikke ved noget en sigøjner har haft fingrene i. Man ved aldrig hvad de slæber rundt på",
    "Klubhuset ska ha en hovedrengøring, grønlænderne holdt fest i weekenden og det stinker af pis og sprut",
    "Mine unger skal ikke drikke af samme vandpost som de bøsser, det kan i godt glemme. Tænk hvad de har haft i munden",
    "Transer i vores omklædningsrum? Ad. Jeg gider ikke bade i deres snavs",
    "Det er ren svineri. Somalierne spytter overalt og smider skrald ud fra altanen. De lever som dyr i en stald",
    "Kantinen er blevet klam efter polakkerne begyndte at spise der. Gider ik sidde ved det bord mere",
    "Jeg så romaungerne tisse i sandkassen. Hele legepladsen er inficeret nu, vi må ha ny sand",
    "Købte en brugt cykel af en araber, måtte spritte den af i en time bagefter. Man ved jo aldrig",
    "hvorfor lugter alle de asiatiske butikker af doed fisk? de har ingen hygiejne de folk",
    "Spastikerne fra bostedet savler på alle maskinerne i fitness. Kan de ikke få deres egen tid så vi andre slipper",
    "Efter flygtningene har boet på vandrerhjemmet skal det vel saneres fra loft til gulv 🪳",
    "De kommer med deres lus og deres sygdomme og så skal vores børn sidde i klasse med dem. Flygtningebørn burde i karantæne først",
    "ejendommen er blevet en svinesti siden de fik lov at fylde den op med udlændinge. Lugten sidder i væggene",
    "Tog bussen med en flok afrikanere i dag. Holdt vejret hele vejen, det var ik til at holde ud 🤮",
    "Jeg vasker altid hænder efter at have givet en jøde hånden. Gammel vane fra min farfar, og han havde ret",
    "Bøsserne har ødelagt hele byfesten med deres klamme kys. Man bliver helt beskidt af at se på det",
    "Er der nogen der vil bytte plads? jeg sidder ved siden af den handicappede og han lugter som en gammel hund",
])

hate("burden_ingratitude_h", "generalisation", [
    "Vi betaler deres husleje, deres tandlæge, deres tolke, og hvad får vi? Brok. Utaknemmelige flygtninge",
    "Somalierne har været her i 30 år og stadig er det under halvdelen der arbejder. De suger bare af kassen",
    "Grønlænderne skal ha bloktilskud OG være sure på Danmark. Ka de ik bare klare sig selv for en gangs skyld",
    "Hvor meget koster de handicappede egentlig kommunen? Ku vi ik bruge pengene på nogen der kan bidrage",
    "Man giver dem en lejlighed og gratis danskundervisning, og de spytter os i ansigtet. Typisk muslimer",
    "haha indvandrere og arbejde, to ord der ikke hører sammen 😂 de koster os milliarder hvert år",
    "Romaerne tigger foran Føtex og vi andre skal betale for oprydningen bagefter. Parasitter",
    "det er os der knokler og dem i kørestol der får handicapbil, ledsager og hva ved jeg. nasserøve",
    "Hvorfor skal vi betale for transernes operationer? Hvis de vil lege læge kan de selv betale",
    "Polakkerne kommer herop, tager boernechecken og sender den hjem til mor. Snyltere hele bundtet",
    "Det er det samme hver gang: vi lukker dem ind, vi betaler, og så klager de over at vi spiser flæskesteg. Utaknemmelige svin",
    "Vi burde sende regningen til Mogadishu for alle de somaliske familier vi forsørger",
    "kvinder vil ha lige løn men ik lige arbejde. tak for ingenting",
    "asylansøgerne får gratis busbillet og tandlæge, danske pensionister får en skid. og de brokker sig stadig",
    "Hvor længe skal vi blive ved med at holde liv i de udviklingshæmmede på vores regning",
    "de får gratis lejlighed og sidder og beder fem gange om dagen i stedet for at arbejde. Allah betaler nok regningen 😂",
    "Rumænerne i parken er en udgift for kommunen og ikke andet. De bidrager med nul komma nul",
    "Og så var det til flere penge til 'integration'. Vi har prøvet at integrere dem i 40 år, de VIL ikke, de vil bare have",
    "Hver eneste kvinde vi ansætter går på barsel inden to år. Vi betaler for deres hobbyunger",
    "De kommer med syv unger hver og vi betaler skolegangen. Muslimernes største eksportvare er børn 🙃",
])

hate("nostalgia_h", "generalisation", [
    "Ka huske da man kunne gå en tur i Gellerup uden at føle sig som i Mogadishu. Dengang var Danmark dansk",
    "Vores klub var så hyggelig før alle udlændingene begyndte at komme. Nu er det ik sjovt mere",
    "Da jeg var ung var der ingen moskeer i byen og ingen knivstikkerier. Tænk lige over det",
    "Savner dengang byen var hvid og man kendte alle. Nu er det bare fremmede overalt",
    "Engang var idrætsforeningen for mænd og det var bedst sådan. Nu skal kvinderne også bestemme og så går det ad helvede til",
    "I 80'erne var Nørrebro et dejligt sted. Så kom araberne og nu er det en ghetto",
    "Bedstefar sagde altid at landet gik i hundene den dag de lukkede de første tyrkere ind. Han fik ret",
    "Da jeg var barn var bøsser noget man skjulte. Sådan burde det stadig være",
    "Før i tiden vidste man hvem der var mand og kvinde. Nu skal vi sige 'hen' til en mand i kjole. Det var bedre før",
    ("Savner da man kunne kalde en neger for en neger uden at nogen fik tårer i øjnene", "slur"),
    "Dengang der var orden i tingene boede de handicappede på institution og vi andre slap for at se på dem",
    "Roskilde var en rigtig dansk by engang. Nu er det kebab og tørklæder hvor man end kigger hen. Sørgeligt",
    "Husk de gode gamle dage hvor der kun var danske børn i klassen og lærerne ku undervise i fred. Før somalierne kom",
    "Min mor siger at Vesterbro var fint før grønlænderne indtog Istedgade. Nu ligger de jo og flyder",
    "Tilbage i 90'erne gik der ingen sigøjnere og tiggede ved Strøget. Man savner et land med rygrad",
])

hate("never_always_h", "generalisation", [
    "Muslimer kommer aldrig til at respektere danske kvinder. Det ligger ikke til dem",
    "Det er ALTID en araber når der staar knivstik i avisen. Hver evig eneste gang",
    "Jeg har aldrig moedt en polak der ik stjal. Aldrig nogensinde",
    "Kvinder kan aldrig lede noget uden at det ender i drama. Se bare på bestyrelsen",
    "Romaer har altid været tyveknægte og de bliver det altid",
    "Flygtningene lærer aldrig dansk, de gider ik. Sådan er det bare med dem",
    "gronlaendere er altid fulde, det er ik racisme det er statistik",
    "Jøder tænker altid kun på penge, sådan er det bare",
    "Somaliere gider aldrig arbejde. Never ever. Der er ikke én eneste der har haft et rigtigt job",
    "bøsser er altid så dramatiske og hysteriske, umulige at ha med at gøre på et hold",
    "transerne vil altid ha opmærksomhed, det er hele pointen for dem",
    "Afghanerne behandler altid deres koner som slaver. Hver eneste af dem",
    "Kvinder er aldrig tilfredse. Man kan gøre alt for dem og de brokker sig stadig",
    "sorte kommer altid for sent, de har ik begreb om tid lol 😂",
    "Indvandrerne stemmer altid på dem der giver flest penge. De kan ik tænke selv",
])

hate("rhetorical_question_h", "generalisation", [
    "Hvornår har en somalier sidst bidraget med noget som helst til det her land?",
    "Kan nogen nævne én muslimsk nation der ikke er et lortehul? Jeg venter",
    "Hvorfor er det altid de sorte der laver ballade i nattelivet? Bare et spørgsmål 🤔",
    "Hvem gider egentlig ansætte en kvinde når hun alligevel bare bliver gravid?",
    "Hva skal vi dog med flere flygtninge? Vi har sgu da kriminelle nok i forvejen, ik?",
    "Er det virkelig så svært for en grønlænder at klare en dag uden at drikke?",
    "Hvorfor skal vi lade som om bøsser er normale? Det er de jo ikke",
    "Er det ik lidt mærkeligt at de handicappede må stemme, når de knap nok kan tage tøj på selv?",
    "Kan nogen forklare mig hvorfor en mand i kjole skal ha lov at gå på dametoilettet? Han er stadig en mand",
    "Hvad tror i der sker når man lukker 10.000 unge arabiske mænd ind? Præcis.",
    "Hvem har egentlig sagt at kvinder skal ha stemmeret? Se hvad der er sket siden",
    "Kan en muslim overhovedet blive dansk? Svaret er nej",
    "Er asiater overhovedet i stand til at føle noget? De ligner robotter allesammen",
    "Hvorfor skal de handicappede unger gå i almindelig klasse og trække alle de andre ned?",
    "Hvis jøderne ik styrer bankerne, hvorfor sidder de så i alle direktionerne? hmm?",
])

hate("harassment_origin_h", "harassment", [
    "@Ahmed_10 yalla tag hjem til din ørken og lad os andre spille i fred bror",
    "@Fatima hvorfor skriver du overhovedet her? du er ik dansk og du bliver det aldrig",
    "haha @Mehmet du snakker som en der lige er kommet med gummibåden. lær dansk eller smut",
    "@Aputsiaq gå hjem og drik dig i hegnet i Nuuk, du hører ik til i vores klub",
    "Jamen @Yusuf, hvis du ik ka li Danmark så tag tilbage til Somalia. Ingen holder på dig",
    "@Ali_K svar lige på hvor mange af dine fætre der er på kontanthjælp?",
    "@Nguyen lol hund til aftensmad igen? 🐶🍜",
    "Stop med at tagge mig @Hassan, jeg diskuterer ik med folk der lige er hoppet af lastbilen",
    "@Sara_R hvor har du stjålet den cykel? Spørger bare, i romaer plejer jo ik at betale for noget",
    "@Kamal du bliver aldrig en af os uanset hvor mange røde pølser du æder 😂",
    "@Piotr hold din kæft og gå tilbage til at lægge fliser, det eneste i polakker kan",
    "@Layla du er fucking gæst her. Opfør dig som en, ellers kan du pakke kufferten",
    "Kære @Nivi, tak for dit 'input' på fællesmødet. Måske du ska holde dig til sælfangst næste gang",
    "@Mustafa ingen spurgte dig. dit land sender sine værste hertil og du er beviset",
    "Gider du lige skride fra serveren @Leila. Vi ville spille med danskere",
    "@Ibrahim_Hansen du kan godt kalde dig Hansen, men vi kan alle se hvor du kommer fra. fake dansker",
])

hate("harassment_religion_h", "harassment", [
    "@Zainab tag det klæde af hovedet når du er på arbejde, vi bor i Danmark og ik i Kabul",
    "@Rasmus har du også konverteret til den der ørkenreligion? så kan du også bare smutte",
    "@David_Levi lol er det derfor du er kasserer? 💰 jøder og penge, you know",
    "@Jamal skam dig over din profet, han var en pædofil og det er du sikkert også",
    "Hej @Hiba, har du planer om at sprænge noget i luften til skolefesten eller er vi safe i år? 😇",
    "@Noam tag den kalot af, du ligner en idiot, og vi gider ikke jeres synagoge-pis i klubben",
    "Nej @Khadija du får ik et bederum på kontoret. Du kan bede på toilettet, der hører det hjemme",
    "@Muhammed_A allahu akbar hva? 💣 pas på i lufthavnen brormand",
    "@Rebekka du er jøde ik? så er du vel ligeglad med de døde børn. I er allesammen ens",
    "@Hamza du og dine skæggede venner fra moskeen skal ik komme og spille lokalhelte her",
    "@Sami du beder fem gange om dagen og ka stadig ik aflevere en bold. Allah har glemt dig, beskidte muslim 😂",
    "Jaja @Aisha, tørklædet er 'dit eget valg'. Det siger alle de undertrykte kvinder indtil deres bror slår dem",
])

hate("harassment_skin_colour_h", "harassment", [
    "@Kwame kan du smile så vi kan se dig på holdbilledet? 😂🌑",
    "@Malik du spiller som en abe. Passer jo meget godt til dig",
    "@Chloe nej du er ik dansk bare fordi du er født i Odense. Dansk er hvid, deal with it",
    "Hey @Moses, har du fået bananer med til turneringen? 🍌",
    "@Jerome du er det sorte får på holdet, bogstaveligt talt. Skrid tilbage til junglen",
    "@Tobi hvorfor ser din hud så beskidt ud? gå i bad bro",
    "@Nala du er kun kommet i elevrådet fordi du er brun. Kvote-kid",
    "@Samuel vi ringer når vi skal ha nogen til at plukke bomuld 😂",
    "@Aminata dit hår ligner en opvaskesvamp, tag en paryk på eller bliv hjemme",
    "@Daniel_O du er ik en af os og det kan alle se på dig. Farven lyver ik",
    "@Mbeki sluk lige lyset, så kan vi alligevel ikke se dig",
    ("@Kofi tror du selv panserne stopper dig fordi du kører for stærkt? lol nej det er fordi du er en neger", "slur"),
])

hate("harassment_disability_h", "harassment", [
    "@Mikkel lær at stave din spasser. nåh nej, du har jo 'ordblindhed' 🙄 retard",
    "@Sofie_K kan du ik bare blive hjemme med din kørestol næste gang, vi gad ik vente på at du skulle ned ad rampen",
    "@Lasse din autist, snak med folk som et menneske for en gangs skyld",
    "@Emil hvorfor sidder du og ryster sådan? er du mongol eller hva 😂",
    "@Kasper med din hjerneskade burde du være blevet fjernet før du blev født, så havde din mor sluppet for at slæbe rundt på dig",
    "@Julie er du blind eller bare dum? nå ja begge dele, du går jo med stok 🦯😂",
    "@Peter_D med din IQ burde du sidde på et bosted og lave perleplader, ikke stemme på generalforsamlingen",
    "@Frederik du er døv, hvorfor er du overhovedet med i vores chat?? du kan jo ik snakke med",
    "@Ida lol du snakker som om du har en kartoffel i kæften. cp-barn",
    "@Anders stop med at skrive, det er pinligt. Vi ved godt du er 'speciel' haha tag din medicin",
    "@Marie_H din søn med downs skal ik spille på vores hold. Han ødelægger det for de normale børn",
    "@Oliver sidder du i kørestol fordi du er doven eller fordi Gud straffede dig? 🤔",
])

hate("harassment_sexuality_h", "harassment", [
    "@Jakob du er så fucking bøsset, gå hjem og sut på din kæreste",
    "@Mads vi gider ik bade med dig, du kigger alt for meget. bøssekarl",
    "@Christian er det din 'ven' der henter dig? 🏳️‍🌈 ad for helvede",
    "@Line lesbisk? Du har bare ik mødt den rigtige mand endnu 😏 jeg ka godt hjælpe",
    "@Tobias gå hjem og fortæl din far at han har opfostret en homo. han bliver sikkert stolt 🤮",
    "@Nikolaj du burde ik være træner for drengene når du er til mænd. Sig det som det er",
    "@Maja din regnbue-profil er pinlig. Ingen gider se på to kællinger der kysser",
    "@Simon bøsser som dig spreder sygdomme, hold dig fra blodbanken og fra vores klub",
    "@Sebastian er du den der tager eller giver? 😂😂 homo",
    "@Rikke din kone ligner en mand og det gør du også. Lebbe",
    "@Jesper vi ved alle hvad du laver i weekenderne i Kbh. Syge svin som dig burde ik være forældre",
    "@Victor din bøsserøv, hold dig fra min lillebror",
])

hate("misgendering_h", "harassment", [
    "@Alex det er en han og han bliver ved med at være en han uanset hvor meget make-up han smører på",
    "nej jeg kalder ikke hende 'hen'. Det er en mand der har fået det for meget i hovedet. Han kan sagtens bade med drengene",
    "@Noah_M din 'kæreste' er stadig en mand, ved du godt det? Han har bare fået skåret pikken af",
    "Den nye i klassen hedder nu Mia men det er stadig Mikkel. Jeg siger Mikkel og han kan bare vænne sig til det",
    "@Emma_T haha 'she/her' i din bio. Du er en dreng med en paryk, kom over det",
    "Træneren siger vi skal kalde ham Luna. Jeg kalder ham det han er: en dreng i kjole",
    "@Kim jeg kalder dig 'den' fra nu af, for du ved jo ik selv hvad du er",
    "Det er ligemeget hvad den selv kalder sig. Den har et Y-kromosom og så er det en han. Slut",
    "@Sasha nej du er ik en kvinde. En kvinde har livmoder. Du er en mand med lange negle",
    "Hun kalder sig Oscar nu og vil ha 'han'. Lol, pigen er bare forvirret og trænger til at blive sat på plads",
    "@Robin vi ved godt du er født Robert. Spar os for teatret, hr",
    "Ham transen i kantinen... undskyld 'hende' 🙄 er stadig en mand i mine øjne og jeg behandler ham som en",
    "@Freja_L skal vi kalde dig 'han' nu? hahaha nej, du har en fisse, så du er en pige",
    "Fint at du kalder dig Sofia @Sofia_R, men alle på holdet ved at du er en dreng. Gå i drengenes omklædning",
    "Min kollega insisterer på 'hun' om ham fra regnskab. Jeg nægter. Han har skæg for helvede",
])

hate("harassment_gender_h", "harassment", [
    "@Camilla hold dig til at bage kage til klubfesten og lad mændene tage sig af økonomien",
    "@Louise du fik kun formandsposten fordi du har patter. Ingen tog dig seriøst før",
    "@Nanna ingen gider høre på dig skat, gå tilbage i køkkenet 🍳",
    "@Anne er det den tid på måneden igen? du er sgu hysterisk",
    "@Mathilde luk røven kælling, piger ka ik spille cs alligevel",
    "@Karina brug hellere tiden på at tabe dig end at skrive i forældregruppen. Ingen mand gider dig",
    "@Josefine du er en fucking luder og det ved alle på skolen",
    "@Sara ville du spille bedre hvis vi forklarede det langsomt? kvinder og taktik 😂",
    "@Pernille hold din kæft, du er bare en sur kælling der ik har fået nok",
    "@Cecilie pigefodbold er ikke rigtig fodbold. Find en mand og lav nogle børn i stedet",
    "@Hanne det er derfor kvinder ik skal sidde i byrådet, i tænker med følelserne og ik med hovedet",
    "@Laerke_gg send nudes eller stop med at spille, det er det eneste piger er gode til på den her server",
])

hate("conspiracy_control_h", "generalisation", [
    "Hvem tror i ejer DR, TV2 og alle de store aviser? Følg pengene, det er de samme familier. Rothschild siger vel noget",
    "Det er jøderne der bestemmer hvad vi må sige. Derfor bliver alle der kritiserer dem kaldt nazister",
    "Globalisterne i Bruxelles og deres venner i Tel Aviv styrer vores regering. Vi er bare marionetter for dem",
    "Soros betaler alle de NGO'er der sejler migranter op til Europa. Det er ik tilfældigt, det er planlagt",
    "Tro ik paa nyhederne, medierne er styret af zionister. De lyver for at faa medlidenhed med sig selv",
    "Bøsserne har en agenda. Først ville de ha lov at gifte sig, nu vil de ha vores børn. Se bare hvad de underviser i",
    "Trans-lobbyen har købt både skolerne og sundhedsvæsenet. Det er en plan for at gøre vores børn sterile",
    "Muslimerne har en hemmelig plan om at indføre sharia i kommunerne en for en. De venter bare til de er mange nok",
    "Kineserne opkøber Danmark lejlighed for lejlighed, der står staten bag hver eneste af dem. De er her for at overtage",
    "De jødiske bankfolk tjener på begge sider af hver krig. Derfor kommer der aldrig fred",
    "Hollywood, Netflix, det hele er ejet af de samme jøder. Det er derfor der er homoer i hver eneste serie nu",
    "Somalierne i Aarhus sender millioner til al-Shabaab gennem de små butikker. Allesammen er med på den",
    "Globalisterne (du ved godt hvem jeg mener 👃) har for længst besluttet at Danmark skal være multikulti. Vi fik aldrig lov at stemme",
    "Jøderne stod bag 11. september. Hvorfor tror du ingen af dem mødte på arbejde den dag?",
    "Det er jødiske penge der finansierer Pride. De vil opløse familien så vi bliver lettere at styre",
    "Muslimske kandidater stiller op i alle byråd nu. Det er ikke tilfældigt, det er ordrer fra Det Muslimske Broderskab",
])

hate("replacement_conspiracy_h", "extremism", [
    "Læg mærke til at der bliver født flere Muhammed end Frederik i Kbh nu. Det er udskiftningen, og den er planlagt",
    "Om 30 år er danskerne en minoritet i deres eget land. Det er ik migration, det er erstatning",
    "Hver gang en dansk kvinde får ét barn får muslimfamilien ved siden af fem. Regn selv ud hvem der vinder",
    "The great replacement er ikke en konspirationsteori, det er statistik. Se på Ishøj, se på Brøndby Strand",
    "De importerer stemmekvæg fra Mellemøsten så de kan vinde valgene. Vi bliver byttet ud som folk",
    "Hvidt folkemord foregår lige nu i hele Europa og de kalder dig racist hvis du siger det",
    "Politikerne har solgt os. De vil erstatte danske arbejdere med billige afrikanere og kalder det 'mangel på arbejdskraft'",
    "Skolen hernede er allerede 70% fremmede. Vores børn bliver udskiftet lige foran øjnene af os",
    "De fylder landet op med arabiske drenge i den våbenføre alder. Det er en invasion, bare uden uniform",
    "Kalergi-planen er i gang folkens. Bland racerne sammen så ingen kan gøre modstand. Vågn op 🐑",
    "Moskeerne skyder op, kirkerne lukker. Om 20 år er Danmark et kalifat og ingen gjorde noget",
    "Det er ikke en flygtningekrise, det er en planlagt befolkningsudskiftning. Og den er snart færdig",
    "14 ord. Vi skal sikre vores folks eksistens før det er for sent. De er her allerede",
    "Når de er mange nok tager de over, sådan har det altid været med muslimer. Først kommer de som gæster",
    "Ded ar ikk tilfaeldigt at der kommer flere og flere afrikanere, de vil skifte os ud, det er en plan fra toppen",
])

hate("praise_terrorists_h", "extremism", [
    "Breivik var den eneste der turde gøre noget. Han er en helt for hele Europa",
    "Tarrant sagde det hele i sit manifest. Læs det, han havde ret i hvert et ord 🔥",
    "Ærlig talt burde der stå en statue af ham der skød i moskeerne i Christchurch",
    "Omar El-Hussein var en martyr. Han gjorde det ved synagogen som alle burde gøre ved jøderne",
    "Hitler havde ret om dem. Hvis han havde fået lov at gøre det færdigt var verden et bedre sted",
    "Respekt til Rudolf Hess, en sand helt. Vi glemmer dig aldrig 17/8",
    "Ham fra Buffalo vidste hvad han gjorde. Synd han ik nåede flere",
    "7. oktober var smukt. Lad os se det igen 🔻",
    "Saint Tarrant, Saint Breivik, Saint Roof. Jeg siger det bare, de er mine helte",
    "Har nogen et link til den fulde video fra Christchurch? Vil vise den til drengene, den er så nice",
    "Folk der kalder Breivik terrorist har ik forstået noget. Han var soldat i en krig mod islam",
    "Waffen-SS var de tapreste mænd der har levet. Skam de tabte, ellers havde vi ingen jøder og sigøjnere i dag",
])

hate("genocide_denial_approval_h", "extremism", [
    "Holocaust er den største løgn i historien. 6 millioner? Regn lige på det med de ovne",
    "Der døde ikke 6 millioner, det var tyfus. Resten er jødisk propaganda for at få erstatning",
    "Fint med mig hvis de gør det samme med romaerne igen. Nogen lærte ik lektien sidst",
    "Srebrenica var nødvendigt. Muslimerne havde selv bedt om det",
    "Holocaust var bare en god start hvis du spørger mig 😂",
    "Gas dem alle, det virkede sidst",
    "Holocaust? Mere som holohoax 😂 ingen døde i de brusebade",
    "Anne Franks dagbog er skrevet med kuglepen. Løgn det hele, og alle ved det",
    "Jævn hele Gaza med jorden med alle araberne i. Et folk der ikke fortjener at eksistere",
    "Uighurerne har det sikkert fint i lejrene. Og hvis ik, er det vel også lige meget, de er jo muslimer",
    "Byg lejrene igen, denne gang til muslimerne. Jeg melder mig som vagt",
    "Nazisterne fjernede de handicappede først og det var faktisk ret smart økonomisk. Tænk hvad vi kunne spare",
])

hate("extremist_codes_h", "extremism", [
    "14/88 brødre, vi ses til sommerlejren 🇩🇰⚡⚡",
    "Hvad betyder 88 i hans navn? At han er en af de gode 😉 Heil",
    "Sieg Heil fra Aalborg 👋 dagen kommer snart",
    "Det er på tide med en ny Krystalnat. De ved godt hvem de er ((( )))",
    "(((De))) står bag. Altid. Tjek navnene",
    "HH til alle rigtige danskere. Ingen flere fremmede i vores land 🐺",
    "Day of the rope kommer, og så ved vi hvem der hænger først",
    "1488 og ik en dag mindre. White power!",
    "Fyrer en lille ✋ af for Føreren i morgen 20/4 🎂",
    "Ny tatovering: sort sol og totenkopf. Så ved de fremmede hvor de har mig",
    "RaHoWa starter i vores kvarter. Vi er klar",
    "ZOG styrer alt. Husk det næste gang du stemmer",
])

hate("remigration_cleansing_h", "extremism", [
    "Remigration NU. Alle ikke-vestlige skal sendes hjem, også dem der er født her",
    "Saml dem op i busser og kør dem til grænsen. Muslimerne ud, Danmark tilbage",
    "Vi skal ha et Danmark uden muslimer. Ikke færre, INGEN",
    "Tvangsdeporter hele Mjølnerparken. De kan tage deres tæpper og deres moské med",
    "Sejl groenlaenderne hjem allesammen, saa kan Kbh blive ren igen",
    "Hvis det stod til mig blev alle sigøjnere samlet sammen og smidt ud af Europa. Rent bord",
    "Etnisk udrensning er et grimt ord. Jeg kalder det oprydning 🧹 men ja, de skal ud",
    "Send dem hjem, og hvis de ikke vil, så send dem hjem i kister",
    "Ud med hele bundtet! Sorte, arabere, tyrkere, alle der ik er danske. Og så lukker vi grænsen bagefter",
    "Ingen integration, ingen tolerance, kun remigration. Det er eneste løsning for vores by",
    "Tag statsborgerskabet fra dem først, så er resten bare logistik. Alle med muslimsk baggrund ud",
    "Jeg drømmer om et Nørrebro uden en eneste araber. Vi kan godt, vi skal bare ville det",
    "Smid polakkerne ud, smid rumænerne ud, smid dem alle sammen ud. Danmark for danskerne",
    "Hvorfor ikke bare fjerne de jøder der bor her? Send dem til Israel, de elsker jo det land så højt",
    "flyv dem alle direkte til Rwanda og lad dem blive der. Ik et eneste brunt ansigt tilbage i byen",
])

hate("banned_group_support_h", "extremism", [
    "Nordiske Modstandsbevægelse er de eneste der siger sandheden. Meld dig ind, de søger folk i Jylland",
    "Støt Hizb ut-Tahrir, de skal nok give jøderne det de har fortjent",
    "Vi skal ha Combat 18 tilbage i Danmark. Så ville perkerne ik gå så frækt rundt",
    "Blood & Honour koncert i weekenden, skriv i DM. Kun for hvide",
    "Hamas er frihedskæmpere. Hver jøde de tager er en sejr",
    "Hvem vil med i en lokal afdeling af Atomwaffen? Der skal gøres noget ved de fremmede her i byen",
    "Al-Shabaab har ret i at bøsserne skal stenes. Det er Guds lov",
    "Tag et NMR-klistermærke og sæt det på moskeen, så ved de at vi er her 😈",
    "IS gjorde hvad der skulle gøres med homoerne og de vantro. Kalifatet vender tilbage inshallah",
    "The Base rekrutterer. Er du træt af at se din by blive overtaget af sorte, så skriv til mig",
])

hate("threat_conditional_h", "threat", [
    "Hvis den araber rører min søster igen så ligger han i en grøft i morgen, det lover jeg",
    "Næste gang de bøsser kysser foran klubhuset får de bank, og det bliver ikke mig der ringer efter ambulancen",
    "Hvis de bygger den moské i æ by så brænder den inden den er færdig. Bare sig det til dem",
    "Kommer der flere somaliere i opgangen så sørger vi sgu selv for at de flytter ud igen. På den ene eller anden måde",
    "Hvis den transe tør gå ind i pigernes omklædning så skal han få så mange tæsk at han aldrig glemmer det",
    "Prøv lige at kom' herop te Vendsyssel med dit tørklæde å se hva der sker med dig",
    "Hvis jøden i nr 3 hejser det israelske flag igen sætter jeg ild til det og til hans hoveddør",
    "Slår sigøjnerne lejr ved søen igen så tager vi baseballbattene med derned, allesammen",
    "Sku du få den idé at melde dig ind i vores klub @Hussein, så kan du regne med at din bil ik har nogen dæk. Eller ruder",
    "Hvis kommunen sætter flygtninge ind i æ gamle skole, så ska de ik regne med at den står der ret længe",
    "Ser jeg den lesbiske lærer i nærheden af min datter igen så er det slut med hende. Ingen advarsler",
    "hvis de sorte drenge fra Tingbjerg dukker op til festen så skal der flyde blod",
    "Lad grønlænderne prøve at drikke på vores legeplads igen. Så bliver det sidste gang de drikker noget som helst",
    "Den dag der kommer en pride-parade i min gade kører jeg bilen ind i den. Prøv mig",
    "Hvis min søn bliver bøsse slår jeg ham ihjel, og det mener jeg",
])

hate("threat_implied_idiom_h", "threat", [
    "Muslimerne i byen skal passe på. Der er nogen der er ved at være trætte, og når de først er trætte...",
    "Det er snart jagtsæson på perkere 🦌🔫",
    "Jeg siger bare: de sigøjnere skal ik blive overrasket når deres campingvogne en dag står i flammer",
    "Nogen burde give den transe en lærestreg han sent glemmer",
    "Bøsserne i gågaden får snart hvad de har fortjent. Der er gang i noget 😉",
    "Fortsætter de somaliere sådan, ender de med at blive båret ud af opgangen med fødderne forrest",
    "Det bliver en lang vinter for jøderne på Østerbro. Bare sig det videre",
    "Nogen skulle tage sig 'kærligt' af den nye flygtningefamilie 🙂 hvis i forstår",
    "Der er en grund til at man har grøfter langs landevejen. Der er plads til mange indvandrere i dem",
    "Tid til at rydde op blandt araberne i Vollsmose. Med den hårde børste og uden at spørge pænt",
    "Den polak ska ik regne med at komme hel hjem fra byen i aften, wallah",
    ("Sandnegrene fra asylcentret lærer snart at man ik går alene i skoven her omkring 🌲", "threat"),
    "Pride-festen i morgen bliver mere spændende end de tror. Tag regnbuerne på, så vi kan kende jer 😈",
    "Den kælling der stiller op til byrådet skal lære at holde kæft som kvinder skal. Der er nogen der har hendes adresse",
    "Det ville være en skam hvis der skete noget med den nye moské. Sådan et brandfarligt sted 🔥😇",
])

hate("threat_place_h", "threat", [
    "Nogen burde smide en molotov ind i moskeen på Rovsingsgade. Kun ét vindue mangler",
    "Synagogen i Krystalgade er ik så godt bevogtet som de tror. Bare sir det",
    "Asylcentret i Sandholm skulle brændes ned med dem indeni",
    "Vi burde sprænge den homobar i Studiestræde i luften en lørdag kl 1",
    "Den grønlandske forening holder julefrokost på fredag. Det ku blive en varm fest hvis nogen låste dørene udefra",
    "Vi mødes ved halalslagteren kl 22 og smadrer butikken. De skal forstå at de ik er velkomne",
    "Kender en der har benzin. Den nye flygtningebolig på Skolevej står tom om natten... ik længe",
    "Tænd ild til lejren ved motorvejen, de romaer skal væk på den ene eller den anden måde",
    "Den jødiske skole har frikvarter kl 10. Bare til info 🙂",
    "LGBT-huset i Aarhus fortjener at blive jævnet med jorden, og det kommer det til",
    "Min onkel har en gravko. Den somaliske kulturforening ligger ret praktisk til 🚜",
    "Bederummet på skolen ska smadres i nat så de ved at muslimer ikke hører til her",
])

hate("death_wish_h", "threat", [
    "Jeg håber alle muslimer drukner i Middelhavet på vej herop. Spar os for arbejdet",
    "Gid alle transer tog deres eget liv. Så var det problem løst",
    "Må de jøder rådne op. Hver eneste af dem",
    "Håber den bøsse får AIDS og dør langsomt",
    "Hvis en bus fuld af sigøjnere kørte i havnen ville jeg klappe",
    "Ka ik vente til de gamle grønlændere dør af druk, så er vi fri for dem",
    "Jeg ønsker alle handicappede en hurtig død, det er mest humant",
    "Ville ønske flygtningebådene sank allesammen. Mindre arbejde til kystvagten",
    "Gid corona havde taget alle kineserne, det var jo dem der startede det",
    "Kommer der en ny pandemi så håber jeg kun den rammer indvandrerne 🙏",
    "Ingen mistede noget da den polak faldt ned fra stilladset. Flere af dem burde falde",
    "Sorte mennesker burde alle sammen dø ud. Verden ville være bedre",
])

hate("threat_first_person_plan_h", "threat", [
    "Jeg tager jagtgeværet med på torvet i morgen. Der kommer til at være færre tørklæder efter det",
    "I nat går jeg ned og skærer dækkene op på alle araberbilerne i gården. Og det er kun starten",
    "Vi er 5-6 stykker der tager en tur forbi bøssebaren på lørdag. Tag handsker med",
    "Jeg følger efter den transe hjem efter træning og så må vi se hvad der sker",
    "Jeg finder ud af hvor den jøde bor og så kigger jeg forbi med et par venner",
    "Har købt en kniv i weekenden. Næste gang en perker kigger på min kæreste, så ved han det",
    "Jeg er færdig med at snakke. Næste gang jeg ser sigøjnerne ved kirken kører jeg dem ned",
    "Jeg kommer til pride i Aalborg, men ik for at vifte med flag 🔪",
    "Jeg ska nok være ham der banker den lille transe fra 9.b. Mandag efter skole",
    "Har allerede adressen på den grønlandske familie. Vi ser om de stadig vil bo her efter fredag",
    "Om en uge står jeg foran moskeen med min far og hans venner, og vi kommer ik med blomster",
    "I morgen skal jeg lære den muslimske lærer at man ik underviser danske børn. Jeg har noget med til hende",
])

hate("joke_group_butt_h", "generalisation", [
    "Hvorfor har somaliere ikke brug for ure? Fordi de aldrig skal på arbejde 😂😂",
    "Hvad kalder man en araber med en cykel? En tyv 😂",
    "Hvordan får man en jøde til at komme til festen? Smid en femmer på gulvet 😂",
    "Hvad er forskellen på en grønlænder og en flaske? Flasken bliver tom på et tidspunkt 🍺",
    "Hvor mange polakker skal der til at skifte en pære? Tre: én til at skifte den og to til at stjæle stigen",
    "Hvorfor kan kvinder ik køre bil? Fordi der ingen vej er fra køkkenet til soveværelset 😂",
    ("Hvad er sort og kan ikke svømme? Halvdelen af bådene fra Libyen 😂", "dehumanisation"),
    "Hvordan ved man at en sigøjner har været i ens hus? Huset er væk 😂",
    ("Hvad er forskellen på en transe og en sofa? Sofaen ved hvad den er 😂", "dehumanisation"),
    "Kinesere æder alt med fire ben undtagen bordet 😂🐕 klamme folk",
    "Jeg har en joke om muslimer... men den går vist af i utide 💣😂",
    "En indvandrer, en flygtning og en somalier går ind på jobcentret. Nej vent, det gør de jo aldrig 😂",
    "Lesbiske er bare piger der ik har mødt den rigtige pik endnu 😂",
    ("Hvorfor skal man altid ha en mongol med på lejr? Nogen skal jo være maskot 😂", "dehumanisation"),
    "Vidste i at grønlandsk har 50 ord for sne og 100 ord for fuld? 😂 de har jo brug for dem",
])

hate("comparison_h", "dehumanisation", [
    "Flygtningene er ligesom rotter, først kommer der én og pludselig er der hundrede i kælderen",
    "Romaerne er som måger, de skriger, stjæler og sviner, og man kan ik slippe af med dem",
    "Der er ik den store forskel på en somalier og en gorilla, udover at gorillaen bidrager til zoologisk have",
    "Muslimerne er som en kræftknude i samfundet. Man skærer den ud eller man dør",
    "Transer er som skimmelsvamp, man ser én plet og så er det hele huset",
    "Polakker er som græshopper. De æder alt og så flyver de hjem igen",
    "Jøder er som lus, de sidder fast overalt og suger blod",
    "Grønlænderne på Vesterbro er som herreløse hunde, altid fulde og altid i vejen",
    "Den nye sorte på holdet løber rundt som en chimpanse på speed 😂",
    "kvinder er som hunde, de skal ha en fast hånd og så er de glade",
    "Arabiske drenge er som vilde dyr i flok. Man sku sætte et hegn om hele kvarteret",
    "Bøsser er som pædofile, bare med et pænere navn",
])

hate("negated_positive_h", "generalisation", [
    "Jeg har aldrig mødt en muslim jeg ville stole på",
    "Der findes ik en eneste ordentlig rumæner. Ikke én",
    "Grønlændere er ikke ligefrem kendt for at kunne passe deres egne børn",
    "Det er ik fordi kvinder er dumme, de er bare ik skabt til at tænke logisk",
    "Somaliere er ik mennesker man kan bygge et samfund sammen med",
    "Jeg er ikke racist, men sorte er bare ikke lige så intelligente. Det er videnskab",
    "Han er ikke en rigtig mand, han er bøsse",
    "Flygtninge er ikke taknemmelige, ikke arbejdsomme og ikke velkomne",
    "Jeg har ikke noget imod handicappede, så længe de bliver hjemme og ik koster mig noget",
    "Der er ikke noget godt at sige om polakker. Intet",
    "Jøder er ik loyale mod andre end deres egne",
    "Indvandrerbørn er ik til at lære noget. Det er spild af lærernes tid",
])

hate("group_named_then_pronoun_h", "generalisation", [
    "Kommunen har lige placeret tre somaliske familier i vores afdeling. Giv det et år, så har de smadret opgangen og solgt kobberrørene",
    "Der kom en flok grønlændere ind i Netto i går. De var jo selvfølgelig fulde allesammen, og de stank",
    "Vi fik en ny pige fra Pakistan på kontoret i dag. De kan jo ik finde ud af noget uden at spørge deres mand først",
    "Der er åbnet en moské oppe ved rundkørslen. Nu skal vi høre dem hyle hele natten og vente på at de sprænger noget",
    "Min søn har fået en ny ven der hedder Ahmed. Jeg har sagt han skal holde sig fra ham. De lærer dem at hade os derhjemme",
    "Romafamilierne er tilbage ved Brugsen igen, for fanden. Husk at låse alt, de tager hvad de kan bære",
    "Der er pride i byen i weekenden. Håber de holder deres perversiteter indendørs denne gang, de er en skændsel",
    "De nye rumænere på gården har boet her i to uger. Allerede nu mangler der cykler, så gæt hvad de laver om natten",
    "Klubben har fået sin første kvindelige formand. Så går det ned ad bakke, de kan jo ikke bestemme noget uden at tude",
    "Naboens datter er 'blevet' trans. Det er en psykisk sygdom og de burde låses inde til de kommer til fornuft",
    "Der flytter en jødisk familie ind overfor. Gad vide hvor mange penge de har fået for at købe huset, de er jo altid godt forsynede",
    "Ukrainerne var fine nok, men nu sender de afghanere igen. Dem kan man ikke stole på, de voldtager jo bare",
    "Vi har fået en autist i klassen. Han kommer til at ødelægge hele skoleåret for de andre, det gør de altid",
    "Der bor nogle kinesere i nr 14. Man ser dem aldrig, de spionerer nok på os for staten derhjemme",
    "Der er kommet nogle sorte drenge i klubben. Hurtige ja, men de tænker ik, de løber bare rundt som dyr",
])

hate("slur_h", "slur", [
    "Gider ik de fucking perkere på banen mere, de ødelægger alt",
    "kom ud af busbanen din dumme neger",
    "hvad laver de sandnegre i vores park",
    "Den bøsserøv i kassen i Føtex skal ikke smile til mig",
    "sig til den spasser at han skal holde op med at savle på tastaturet",
    "Luk kæften din tørklædekælling",
    "Hvem fanden har inviteret en eskimo til festen, hun drak hele baren tør",
    "De sigøjnersvin har stjålet min cykel igen",
    "Jødesvin ud af Danmark",
    "Den transe i kiosken giver mig kuldegysninger",
    "Lille fisse, gå hjem og lav kaffe til os",
    "ching chong, tag hjem til Kina med din virus",
    "Halvabe-ungen fra nr 7 har smadret min rude",
    "Skaf den krøbling væk fra indgangen, han blokerer med sin stol",
    "Den skævøjede ved siden af mig til eksamen skrev af",
    "Kan i ik få den lille sorte abe til at holde kæft i klassen? 🐒",
    "Perkerunger fra Gellerup har brændt en container af igen",
    "Hva så i fucking homoer, skal i ud og vifte med jeres regnbueflag igen 🤮",
])

hate("dehumanisation_metaphor_h", "dehumanisation", [
    "Flygtningeboligerne er en rottegryde. Ryd den",
    "Muslimerne yngler som kaniner, snart er der ik plads til os",
    "Sigøjnerne er et skadedyr, ik et folk",
    "Sorte er ikke mennesker på samme måde som os. Se bare på dem",
    "De er kakerlakker de somaliere, ser man én er der hundrede",
    "Parasitter er hvad de er, de rumænere ved stationen. Man sku sprøjte efter dem",
    "Transerne er ik mennesker, det er monstre fra et laboratorie",
    "Handicappede er ubrugelige kødklumper der fylder op på sygehusene",
    "De grønlandske drukkenbolte er ik andet end dyr i menneskeskind",
    "Kvinder er husdyr med stemmeret 😂",
    "Jøderne er en virus i verdenshistorien. Hver gang de er et sted går det galt",
    "Polakkerne er kvæg. Man fodrer dem, de arbejder, og der er ik en tanke i hovedet på dem",
])

# ------------------------------------------------------------ non-hateful

ok("policy_criticism_nh", [
    "Jeg synes integrationsindsatsen i kommunen er alt for dårligt koordineret. Sprogskolen har 6 måneders ventetid, det hjælper jo ingen",
    "Man kan godt være for en stram udlændingepolitik og samtidig synes at Rwanda-modellen er dyr og ineffektiv",
    "Jeg er imod at den nye moské bygges midt i bymidten pga parkeringen. Præcis samme indvending havde jeg mod det nye koncerthus",
    "Kritik af islam som religion er ikke det samme som at hade muslimer. Jeg synes fx arvereglerne er uretfærdige over for kvinder",
    "Israels regering fører en brutal krig og det skal man kunne sige uden at blive kaldt antisemit. Det har intet med jøder i Danmark at gøre",
    "Ghettoloven rammer forkert. Familier der har boet i Mjølnerparken i 30 år bliver smidt ud for at få statistikken til at se pæn ud",
    "Det er fair at diskutere om transkvinder skal konkurrere i elitesport. Men det skal foregå med respekt for de mennesker det handler om",
    "Jeg stemte imod flere flygtninge til kommunen lige nu fordi vi ik har boliger nok. Det er et kapacitetsproblem, ikke et spørgsmål om hvem de er",
    "Den katolske kirkes syn på homoseksuelle er forældet, og det siger jeg som katolik",
    "Imamer der prædiker imod ligestilling skal kritiseres lige så hårdt som præster der gør det",
    "Selvstyret burde få mere ansvar for egne penge. Bloktilskuddet som model er efterhånden gammeldags, synes jeg",
    "Kønsneutrale toiletter i hallen er en dårlig løsning, der er ik plads. Lad os hellere lave et ekstra enkelttoilet som alle kan bruge",
    "Jobcentret er elendigt til at få flygtninge med uddannelse i arbejde. Min nabo er læge fra Syrien og kører taxa",
    "Tiggerforbuddet er symbolpolitik. Det løser ingenting for hverken de hjemløse eller romaerne",
    "Jeg er kritisk over for udenlandsk finansiering af moskeer. Det burde være gennemsigtigt for alle trossamfund, også frikirker",
    "EU's asylsystem er brudt sammen, det tror jeg de fleste kan se. Men løsningen er fælles regler, ik at bygge mure",
    "Hvorfor bruger kommunen 2 mio på konsulenter til inklusionen når skolerne ikke har råd til støttepædagoger? Børnene med handicap betaler prisen",
    "Jeg kritiserer Hamas og jeg kritiserer Netanyahu. Begge dele er politik, ikke had mod nogen",
    "Personligt er jeg imod kønskvoter i bestyrelser, men vi skal blive meget bedre til at rekruttere bredt. Det er der ingen tvivl om",
    "Burkaforbuddet var symbolpolitik. Og ja, jeg er ateist og generelt træt af religion, alle religioner",
    "Vi skal kunne diskutere omskæring af drengebørn uden at det bliver til en diskussion om jøder og muslimer som mennesker",
    "Jeg er helt uenig med imamens udtalelser i avisen om homoseksuelle. Han tager fejl, og det skal han høre",
    "Det var en dårlig beslutning at lukke sprogskolen i Holstebro. Nu skal folk køre 40 km for at lære dansk",
    "Polske og rumænske arbejdere bliver underbetalt og det presser lønnen for alle. Fagforeningerne må tage fat i arbejdsgiverne",
    "Jeg er imod at kommunen betaler for bederum på skolen. Skolen skal være neutral over for alle religioner",
])

ok("reporting_quoting_hate_nh", [
    "Nogen har skrevet 'perkere ud' på muren ved skolen i nat. Har anmeldt det til politiet, skriv til mig hvis i har set noget",
    "Min datter fik at vide af en dreng i klassen at hun 'lugter af karry'. Vi har talt med læreren. Det er ik ok og det skal stoppes",
    "Screenshot fra discorden: én skrev 'gas the jews' i chatten. Han er bannet nu. Bare så i ved det",
    "Til info: der er sat NMR-klistermærker op ved stationen. Kommunen fjerner dem i morgen",
    "Min kollega blev kaldt 'abekat' af en kunde i går. Han var helt rystet. Ledelsen har ikke gjort noget endnu, hvad gør vi?",
    "Citat fra forældremødet: 'jeg vil ikke ha at min søn deler omklædning med bøsser'. Jeg sad og skammede mig på hans vegne",
    "Nogen i kommentarsporet skrev at grønlændere 'bare drikker'. Det er præcis den slags fordomme min mor har kæmpet med hele livet",
    "Har lige set en video hvor folk raaber 'sieg heil' ved en demo i Aarhus. Sindssygt at det sker i dag",
    "En mand i bussen kaldte mig 'tørklædeluder' i dag. Jeg skriver det her fordi jeg ikke vil tie om det",
    "Hold nu op, en spiller fra det andet hold råbte 'neger' efter Mamadou i dag. Dommeren gjorde ingenting. Vi har klaget til DBU",
    "Fra moderatorerne: vi slettede 14 beskeder i weekenden med racistisk indhold om somaliere. Bliv ved med at rapportere",
    "Min søn kom hjem og spurgte hvad 'transe' betyder, fordi nogen havde kaldt hans lærer det. Hvordan forklarer man det til en 8-årig?",
    "Da jeg var ung blev jeg kaldt 'spasser' hver dag pga min CP. Det er derfor jeg reagerer så hårdt når jeg ser det her",
    "Nogen skrev 'kvinder hører til i køkkenet' i holdchatten som en 'joke'. Det er ikke sjovt, og jeg går ud af chatten hvis det fortsætter",
    "Terroristen i Christchurch skrev i sit manifest om 'udskiftning'. Den idé spredes også herhjemme, og vi skal tage den alvorligt",
    "Der stod 'jøder ud' på en postkasse på Østerbro. Politiet efterforsker det som hadforbrydelse. Godt",
    "Kollega ved frokosten: 'polakker stjæler jo'. Mig: min svigerfar er fra Gdansk og har arbejdet her i 30 år. Stilhed ved bordet 😅",
    "Vi har fået en anmeldelse på Facebook hvor der står at vi 'tager alle flygtningene ind'. Ja, det gør vi, og vi er stolte af det",
    "Nogen har ridset et hagekors i elevatoren. Administrationen er underrettet og det bliver fjernet i morgen",
    "Det der med at kalde folk med Downs for 'mongol' skal bare stoppe. Min bror har Downs og han hader det ord",
    "Hørte en far sige til sin søn at 'piger kan ikke spille fodbold'. Hans datter stod lige ved siden af. Jeg blev så trist",
    "Vi har lagt en liste i bestyrelsesgruppen med ord der giver ban: perker, neger, spasser, bøsserøv osv. Skriv hvis vi har glemt nogen",
    "Han skrev 'hvorfor er der så mange af dem i vores opgang' og så en abe-emoji. Det er sendt videre til administrator",
    "Læste at en transkvinde blev overfaldet ved Nørreport mens folk råbte 'mand i kjole' efter hende. Det gør mig så vred",
    "Der går et opslag rundt om at 'muslimerne vil indføre sharia i kommunen'. Det er falsk, borgmesteren har afvist det. Del det ikke",
    "Holocaust-benægtelse bliver ikke tolereret på serveren. Nogen postede 'det var tyfus' i går. De er væk nu",
    "Som svar på tråden i går: nej, flygtninge får IKKE gratis iPhones. Kilden er en satireside",
    "Min søster blev kaldt 'kinesersmitte' af en mand i Netto i 2020. Hun er fra Vietnam og født i Vejle",
    "Bare så i ved det: det der meme med 'hvem står bag medierne 👃' er antisemitisk. Det er gammel nazipropaganda, ikke humor",
    "Nogen råbte 'skrid hjem til Grønland' efter min kæreste i går. Politiet har fået en anmeldelse",
])

ok("counter_speech_nh", [
    "@Kenneth stop nu. At hun går med tørklæde siger intet om hvad hun kan som træner. Hun har vundet to DM'er",
    "De somaliske familier i vores opgang er nogle af de mest hjælpsomme naboer jeg har haft. Hold op med at skære alle over én kam",
    "Muslimer er ikke terrorister. Min svigermor er muslim og hun bager de bedste kager til loppemarkedet",
    "Nej, gronlaendere er ik 'altid fulde'. Jeg har boet i Sisimiut i 4 aar og det er noget vroevl",
    "Det er ik 'sund fornuft' at gå over på den anden side af vejen når man ser sorte unge. Det er en fordom",
    "@Brian din kommentar om jøder og penge er pinlig. Det er en 100 år gammel løgn",
    "Hvis du ik kan se forskel på en flygtning og en kriminel, så er det dig der har et problem",
    "Alle skal kunne være med i klubben, uanset religion, hudfarve eller hvem de er forelsket i. Det står i vedtægterne",
    "Transkvinder er kvinder. Vi kalder folk det de gerne vil kaldes i den her gruppe, ellers ryger man ud",
    "Folk med handicap koster ikke 'for meget'. De er borgere og har ret til hjælp ligesom alle andre",
    "@Mette det er fint at være uenig om grænsekontrol. Men det ER racisme at kalde folk 'sandnegre', så lad være",
    "Kvinder kan sagtens lede. Vores formand har fået klubben på ret køl efter ti års rod",
    "Romaerne ved Brugsen er mennesker i nød. Giv dem en kop kaffe eller gå forbi, men lad vær med at kalde dem tyve",
    "Kommentarerne om at polakker 'stjæler' er så dumme. Mine polske kolleger er de mest pålidelige folk på pladsen",
    "Jeg kom selv som flygtning i 1994. Jeg har betalt skat siden jeg var 19. Vi er ikke allesammen det i tror",
    "Hej alle, husk at vi ik accepterer at folk bliver hængt ud pga deres baggrund herinde. Hold jer til emnet, tak",
    "@Jens homoseksualitet er ikke en sygdom. WHO fjernede det fra listen for over 30 år siden. Kom nu ind i kampen",
    "Vi skal ik lade et par idioter med hagekors definere vores by. Mød op til fællesspisningen på torsdag og vis hvem vi er",
    "Så er det nok med 'jokes' om asiater i chatten. Det er ikke sjovt for dem der har hørt dem hele livet",
    "Der findes ingen 'befolkningsudskiftning'. Befolkningen ændrer sig, som den altid har gjort. Stop med at sprede den teori",
    "@Steen min søn har autisme og han er den sødeste dreng på holdet. Pas på med hvad du skriver om 'de børn'",
    "Jeg er ligeglad med om naboen hedder Mohammed eller Mogens så længe han sorterer sit affald 😂",
    "Nej @Lars, Breivik var ingen helt. Han slog 77 mennesker ihjel, de fleste unge. Slet din kommentar",
    "Det er helt normalt at folk taler deres eget sprog derhjemme. Min farmor talte tysk hele livet 🤷",
    "Jeg kender flere arabere der har siddet i skolebestyrelsen end danskere der har gidet 😂 så det argument holder ik",
    "Hey, piger spiller CS lige så godt som drenge. @Mathilde carried hele holdet i går btw",
    "Kan vi ikke bare lade være med at skrive 'transen' om hende? Hun hedder Amalie og hun er en del af klubben",
    "Jøder i Danmark har intet ansvar for hvad Israels regering gør. Lad vær med at blande det sammen",
    "At være bøsse er ikke en 'agenda'. Det er bare en mand der er til mænd. Chill",
    "Nej, handicappede børn trækker ik klassen ned. Min datter har lært mere om tålmodighed af sin klassekammerat i kørestol end af nogen lærer",
])

ok("support_for_victims_nh", [
    "Kære Fatima, vi er så kede af det der skete i bussen. Du er altid velkommen hos os ❤️",
    "Vi samler ind til familien hvis bil blev sat ild til i weekenden. MobilePay til Karen (kasserer)",
    "Til Mamadou: hele holdet står bag dig. Racisme hører ikke hjemme på vores bane 💪",
    "Er der nogen der kan hjælpe den somaliske familie i nr 18 med at male over graffitien? Jeg har pensler",
    "Solidaritet med den jødiske skole. Vi står sammen med jer på fredag",
    "Har lige skrevet til vores transmedlem at hun ikke er alene. Gør det samme hvis i kan ❤️🏳️‍⚧️",
    "Tanker til alle ofrene i Christchurch på årsdagen. Vi glemmer jer ikke",
    "Hvis nogen har brug for at snakke om det der skete på skolen i dag, er der en krisepsykolog i aulaen kl 15",
    "Min dør står åben for den grønlandske familie der blev sat ud. De kan bo hos os til der er fundet noget",
    "Til vores kollega Piotr: det du blev kaldt på pladsen er uacceptabelt og HR er på sagen",
    "Vi går med i Pride-optoget i år for at vise støtte til vores homoseksuelle medlemmer efter overfaldet",
    "Stor respekt til Amina for at stå frem i avisen om chikanen. Det kræver mod",
    "Helt i orden at gå hjem tidligt i dag @Khalid. Ingen skal arbejde efter at være blevet truet sådan",
    "Vi holder en mindehøjtidelighed for ofrene fra Krystalgade. Alle er velkomne kl 18",
    "Hjælp mig med at finde ud af hvem der skrev de ting om Sofie. Hun fortjener en undskyldning, og det skal klubben sørge for",
    "Til de polske familier i byen: vi er glade for at i er her. Lad ik et par tosser fortælle jer andet",
    "Vi holder en stille march på lørdag for de romaer der blev angrebet i lejren. Kom gerne",
    "@Aisha tak fordi du sagde fra i dag. Du har hele klubbens opbakning ❤️",
    "Min veninde blev chikaneret i gamingchatten fordi hun er pige. Har rapporteret alle profilerne. Hun skal ik stoppe med at spille pga dem",
    "Krammer til alle jer der føler jer utrygge efter lørdagens demonstration. I hører til her",
])

ok("neutral_positive_mention_nh", [
    "Nogen der kender en god halalslagter i Odense? Skal lave grillfest for holdet",
    "Eid Mubarak til alle vores muslimske medlemmer 🌙 Der er kage i klubhuset i morgen",
    "Godt nytår og shana tova til jer der fejrer det 🍎🍯",
    "Grønlands nationaldag er 21. juni, skal vi ik lave noget sammen med den grønlandske forening?",
    "Vores nye nabo fra Polen har lige hjulpet mig med at skifte dæk. Sikke en flink fyr",
    "Holdet har fået en ny målmand fra Somalia og han er SYG god 🧤🔥",
    "Er der nogen der har lyst til at lære arabisk? Min mand vil gerne undervise gratis i beboerhuset",
    "Pride-fest i klubhuset på lørdag! Alle er velkomne, tag jeres venner med 🏳️‍🌈",
    "Vi søger frivillige til lektiecaféen for flygtningebørn. 2 timer om ugen, send en besked",
    "Hvad gør vi med rampen ved indgangen? Vi har to kørestolsbrugere på holdet nu og den er for stejl",
    "Har lært så meget om te af min kollega fra Kina. Vi drikker oolong hver fredag nu 🍵",
    "Udstillingen med romakunstnere på biblioteket er virkelig god. Gå derhen hvis i har tid",
    "Kvindeholdet vandt 4-1 i gaar! Vildt godt spillet piger ⚽",
    "Jødisk Museum har gratis entré på søndag. Nogen der vil med?",
    "Min søn og hans kæreste Jonas kommer til julefrokosten, så vi bliver to flere 🎄",
    "Er der nogen der har en opskrift paa somaliske sambusa? Naboen gav mig nogle og de var fantastiske",
    "Vi har en sort Lucia i år og hun synger som en engel ✨",
    "Sprogcaféen har åbent hver tirsdag, alle nye danskere er velkomne. Der er kaffe og kage",
    "Kan nogen anbefale en tolk til tigrinya? Vi har fået et nyt medlem fra Eritrea",
    "Hvornår er næste møde for forældre til børn med særlige behov? Vil gerne være med",
    "Min datter er trans og hun starter på holdet i næste uge. Sig gerne hej til hende, hun er lidt nervøs 😊",
    "Grønlandsk trommedans på skolen i dag var mega fedt. Ungerne var helt vilde med det",
    "Kan vi tage højde for ramadanen når vi planlægger turneringen? Fire af drengene faster",
    "Fik pho hos den vietnamesiske familie på hjørnet. Hvis i ik har været der, så gå 🍜",
    "Imamen fra moskeen og præsten holder fælles debat i kirken på torsdag om tro og fællesskab",
    "Min mormor var fra Tyrkiet og lærte mig at lave dolma. Skal vi lave en madklub med opskrifter fra vores bedsteforældre?",
    "Vi har en døv spiller på holdet nu, så vi lærer nogle tegn til kampene. Super sjovt",
    "Skøn sommerfest i går. Tak til de syriske familier for maden, den var helt i top",
    "Den lesbiske forening låner vores lokale på torsdag, så husk at rydde op efter træning",
    "Har nogen et godt tip til at lære polsk? Svigerfamilien snakker det og jeg vil gerne kunne følge med",
    "Min dreng har ADHD og er vild med jeres kodeklub. Tak fordi i er så rummelige",
    "Kvindenetværket i firmaet holder oplæg om løn på onsdag. Alle er velkomne, også mænd 🙂",
    "Hvem vil med til koncert med den grønlandske rapper på Vega? Har to billetter i overskud",
    "Den nye pædagog Yasmin er så sød ved ungerne. Min dreng snakker kun om hende",
    "Jeg er selv adopteret fra Korea og synes det er fedt at der kommer flere asiatiske familier til byen",
    "Forslag til næste klubaften: vi viser dokumentaren om de danske jøders flugt til Sverige i 1943",
    "Kan vi få en kønsneutral omklædning i den nye hal? Et par af de unge har spurgt efter det",
    "Kæmpe tak til Abdi som har trænet U10 gratis i tre år. Han fortjener en pris 🏆",
    "Der er paralympics på storskærm i klubben i aften, kom og hep på de danske atleter",
])

ok("news_nh", [
    "DR skriver at antallet af anmeldte hadforbrydelser mod muslimer steg sidste år. Link i kommentaren",
    "Ny rapport fra Institut for Menneskerettigheder: mange transpersoner oplever chikane i det offentlige rum",
    "TV2 Østjylland: flygtningecentret i byen lukker til sommer, beboerne flytter til Jelling",
    "Folketinget har vedtaget ændringen af udlændingeloven i dag. Der var 92 for og 15 imod",
    "I dag er det 80 år siden befrielsen. Mindehøjtidelighed ved Mindeparken kl 10",
    "Kommunen ansætter en ny integrationsmedarbejder med fokus på kvinders beskæftigelse, står der i lokalavisen",
    "Politiet efterforsker et overfald på en homoseksuel mand i Aalborg i nat som mulig hadforbrydelse",
    "Tal fra Danmarks Statistik: andelen af ikke-vestlige indvandrere i job er steget for femte år i træk",
    "Avisen har en lang artikel om romaernes historie i Danmark siden 1500-tallet. Meget interessant læsning",
    "Retssagen mod manden der truede imamen i Randers starter i næste uge",
    "Den jødiske menighed får ekstra politibeskyttelse efter trusler, skriver Berlingske",
    "Nye regler: alle offentlige bygninger skal have handicapadgang inden 2030",
    "Somalisk-dansk forfatter vinder årets debutantpris. Tillykke!",
    "Ny undersøgelse: mange asiatisk-danske oplevede chikane under pandemien, og netværket kræver handling",
    "Grønlands fodboldlandshold spiller træningskamp i Esbjerg til sommer, billetterne er på gaden i morgen",
])

ok("banter_no_protected_target_nh", [
    "Æ dommer i dag var fucking blind. Den straffe var aldrig i livet en straffe",
    "Brøndby-fans er noget af det mest sølle der findes 😂 gå hjem og tud",
    "@Mikkel din idiot, du har glemt nøglerne til klubhuset IGEN",
    "AGF spiller som en sæk kartofler i dag, pinligt",
    "Hold kæft hvor er du dårlig til CS @Jonas, min farmor aimer bedre end dig",
    "Jeg slår dig ihjel hvis du spiser min sidste pizzaslice igen 😤🍕",
    "Naboens hund har skidt på min græsplæne for tredje gang. Jeg er ved at eksplodere",
    "@Rune du er et fjols men du er vores fjols ❤️",
    "Bestyrelsen er en flok uduelige klovne, de har brugt hele budgettet på en ny kaffemaskine",
    "Københavnere ka ik køre bil, det er bare fakta 😂 mvh Jylland",
    "FCK er det mest overvurderede hold i Norden, sorry not sorry",
    "Hvem fanden har parkeret på handicappladsen uden skilt igen? Jeg ringer til kommunen",
    "@Søren kom nu ind i kampen mand, du sover jo 😴",
    "Jeg dræber dig i næste runde @Ali 😈 gg ez, wallah du er færdig",
    "Skrid ud af min lobby din noob 😂",
    "Vores kasserer er den mest nærige mand i hele Jylland, han vil ikke engang betale for nye bolde",
    "Lærerne har glemt at sende ugesedlen igen. Typisk. Gider de overhovedet deres job?",
    "Vi knuste dem 6-0, de blev fuldstændig slagtet 🔥",
    "@Peter dit hold er noget lort, men jeg giver stadig en øl bagefter 🍻",
    "Ejendomsmæglere er nogle blodsugere, 80.000 for at lægge et billede på Boligsiden",
    "Politikerne på Borgen lever i en boble, de aner ik hvad det koster at bo i Vendsyssel",
    "Hold nu op med de elløbehjul over hele fortovet, kommunen skal smide dem ud allesammen",
    "Smid ham ud af gruppen, han spammer med kryptoreklamer hele tiden",
    "Den nye præst er så kedelig at jeg faldt i søvn to gange i søndags 😅",
    "Den her gruppe er fuld af boomers der ik kan finde ud af at slå caps lock fra 😂",
    "Jeg sværger, jeg smider den printer ud af vinduet om lidt",
    "Vikingerne var nogle brutale svin, har lige set dokumentaren 😬",
    "Træneren så ud som om han ville myrde os allesammen efter anden halvleg 😂 det bliver en hård træning i morgen",
    "Sig til Lars at han er en dum skid og at han skylder mig 200 kr",
    "hva fanden laver i, i er jo elendige, gider ik se mere af den her kamp 🤬",
])

ok("history_education_nh", [
    "Vi har om Holocaust i 9. klasse og min datter var helt rystet. Godt at de lærer det",
    "Hvis i ik har læst om jødernes flugt over Øresund i 1943, så gør det. Et af de bedste øjeblikke i Danmarkshistorien",
    "Hvad betyder 88 egentlig i de nazistiske koder? Så det i et navn på serveren og vil gerne vide hvad jeg skal holde øje med",
    "Forældremøde: SSP fortalte om radikalisering online, bl.a. koder som 1488 og sort sol. Meget lærerigt, kom næste gang",
    "Kan anbefale podcasten om Srebrenica. Den er svær at høre, men vigtig",
    "Min morfar sad i Frøslevlejren. Han sagde altid at nazismen startede med ord, ikke med våben",
    "Folkemordet i Rwanda startede med radioudsendelser der kaldte tutsierne kakerlakker. Derfor skal vi tage sproget alvorligt",
    "Vi tager til Auschwitz med klassen i april. Forældre der vil med som hjælpere, skriv til mig",
    "Spændende oplæg på biblioteket om de 22 grønlandske børn der blev sendt til Danmark i 1951",
    "Breivik-sagen er pensum i samfundsfag. Eleverne skal analysere hvordan hans ideer spredte sig online",
    "Har nogen set dokumentaren om Hitlerjugend? Vildt hvor hurtigt helt almindelige unge blev revet med",
    "Spiralsagen om de grønlandske kvinder er svær at læse om, men alle danskere burde kende den",
    "Hvorfor hedder det egentlig 'sigøjner'? Mange romaer synes ordet er nedsættende, så i klubben siger vi roma",
    "Min søn spurgte til de små messingsten i fortovet i Berlin. Det er snublesten for jøder der blev deporteret",
    "Til debatten i aften forklarer en forsker fra KU forskellen på religionskritik og muslimhad. Kom og hør",
])

ok("same_topic_rules_nh", [
    "Lejligheden kan kun lejes ud til studerende pga boligforeningens regler. Beklager",
    "Vi ka desvaerre ik optage flere paa U12, der er 30 på venteliste. Prøv igen til januar",
    "Ansøgere skal tale flydende dansk, da jobbet er telefonsupport til danske kunder",
    "Kun beboere må bruge grillen i gården. Det gælder alle, også gæster fra de andre afdelinger",
    "Vi ansætter uanset køn, alder, etnicitet eller handicap. Send ansøgning inden fredag",
    "Omklædningsrummet er lukket pga vandskade. Brug skolens i stedet",
    "Kvindeholdet er kun for kvinder, men vi har et mixhold om torsdagen hvis du vil spille med din kæreste",
    "Kan vi holde hunde ude af legepladsen? Har fundet hundelort i sandkassen igen",
    "Vi leder efter en ny lejer til kælderrummet. Ingen rygere tak",
    "Jeg vil ik have min søn i den klub, træneren råber ad børnene og det er ik sundt",
    "Er der andre end mig der synes de nye naboer larmer om natten? Har snakket med dem men det hjalp ik",
    "Boligforeningen prioriterer familier med børn til de store lejligheder. Det er reglen",
    "Jeg melder mig ud af bestyrelsen, jeg orker ik flere møder med den formand. Ren personlig uenighed",
    "Lås kælderdøren efter jer, der har været indbrud i tre af depotrummene i denne uge",
    "Husk at man skal ha gyldigt medlemskort for at bruge styrkerummet. Vi tjekker fra mandag",
])

ok("self_reference_in_group_nh", [
    "Som bøsse i en landsbyklub var det ik altid let, men i dag er jeg stolt af at være træner her",
    "Jeg er muslim og jeg elsker frikadeller og Roskilde Festival. Vi er mange der er sådan 😂",
    "Som grønlænder i Aarhus bliver jeg tit spurgt om jeg bor i en iglo. Svar: nej, på et kollegie 😂",
    "Jeg er døv og spiller trommer i et band. Ja, det kan man godt 🥁",
    "Vi er to lesbiske mødre til tre unger og vi er de mest kedelige forældre i hele klassen 😂",
    "Som transkvinde er jeg træt af at skulle forklare mig hver gang jeg går i omklædningen. Men i har været mega søde her, tak",
    "Jeg er jøde og har aldrig haft problemer i klubben. Vil bare sige tak for jer",
    "Som kvinde i IT har jeg hørt alle jokes. 'Har du prøvet at genstarte den' er stadig den sjoveste 😂",
    "Har selv en diagnose og synes det er mega fedt at vi har fået et stille rum på arbejdet",
    "Vi polakker på holdet har lavet pierogi til afslutningsfesten, kom og smag 🥟",
])

ok("violent_idiom_no_target_nh", [
    "Vi skal slagte dem på lørdag, de har ik en chance 💪",
    "Jeg brænder virkelig for at få flere unge med i foreningen",
    "Rydder op i kælderen i morgen, hvis nogen vil af med gamle ting så sig til",
    "Tænd op i grillen kl 17, så er pølserne klar til kampen",
    "Vi skal smadre Viborg i pokalen!! Kom så drenge",
    "Jeg dør af grin over @Sanne's video fra træningslejren 😂",
    "Har nogen lyst til at skyde på mål efter træning? Keeperen trænger til øvelse",
    "Vi sprænger budgettet hvis vi køber nye trøjer til alle",
    "Jagtforeningen har fællesjagt på lørdag, husk jagttegn og refleksvest 🦌",
    "Den kage du lavede til generalforsamlingen var så god at jeg kunne dræbe for opskriften 😍",
])

ok("genuine_question_nh", [
    "Hvorfor faster muslimer egentlig i ramadanen? Spørger af nysgerrighed, min kollega gør det",
    "Er det okay at sige 'sort' på dansk i dag, eller siger man noget andet? Vil gerne bruge de rigtige ord",
    "Hvordan spørger man respektfuldt om hvilke pronominer nogen bruger? Vi har fået en ny i klubben",
    "Hvad er forskellen på en flygtning og en migrant juridisk set? Min søn skal skrive opgave om det",
    "Er der en grønlænder herinde der kan forklare hvad en qivittoq er? Læser en roman",
    "Hvordan får vi flere piger til at melde sig til fodbold? Ideer modtages gerne",
    "Ved nogen om synagogen har åbent hus til Kulturnatten?",
    "Hvilke hjælpemidler har i god erfaring med til børn med cerebral parese i skolen?",
    "Hvornaar er kinesisk nytaar i aar? Vil gerne lave noget med ungerne",
    "Må man spise svinekød hvis man er jøde men ik praktiserende? Min ven siger han gør det 😄",
    "Hvordan hjælper man bedst en romafamilie der er havnet på gaden? Er der nogen organisationer?",
])


def validate(rows):
    seen = set()
    for text, label, cat, func in rows:
        assert text and text == text.strip(), text
        assert "\n" not in text, text
        assert text not in seen, "duplicate: " + text
        seen.add(text)
        if label == "hateful":
            assert cat in CATEGORIES, (cat, text)
            assert func.endswith("_h"), func
        else:
            assert label == "non-hateful" and cat == "", text
            assert func.endswith("_nh"), func


def main():
    validate(ROWS)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "dev.csv")
    with open(out, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["text", "label", "category", "functionality"])
        for row in ROWS:
            w.writerow(row)
    n_h = sum(1 for r in ROWS if r[1] == "hateful")
    print("%d rows: %d hateful, %d non-hateful" % (len(ROWS), n_h, len(ROWS) - n_h))


if __name__ == "__main__":
    main()
