#!/usr/bin/env python3
"""Training data for trygbot's learned scorer: Danish community-chat messages.

Every message is written by hand below. Each block is one functionality; each
line in a block is "target|text" (target may be empty: "|text").
Run: python3 write.py  -> writes data.csv next to this file.
"""
import csv
import os
from collections import Counter

ROWS = []
CATEGORIES = {"slur", "dehumanisation", "generalisation", "threat", "extremism", "harassment"}


def _lines(block):
    out = []
    for line in block.strip("\n").split("\n"):
        line = line.strip()
        if not line:
            continue
        target, sep, text = line.partition("|")
        assert sep, "missing target separator: %r" % line
        out.append((target.strip(), text.strip()))
    return out


def hate(functionality, category, block, lang="da"):
    assert category in CATEGORIES, category
    assert functionality.endswith("_h"), functionality
    for target, text in _lines(block):
        ROWS.append((text, "hateful", category, functionality, target, lang))


def ok(functionality, block, lang="da"):
    assert functionality.endswith("_nh"), functionality
    for target, text in _lines(block):
        ROWS.append((text, "non-hateful", "", functionality, target, lang))


# ---------------------------------------------------------------- generalisation

hate("neg_stereotype_h", "generalisation", """
muslims|muslimer kan bare ikke finde ud af at leve i et demokrati, det ligger ikke til dem
immigrants|indvandrere snylter på systemet, spørg bare nogen der har arbejdet på et jobcenter
somalis|somaliere gider ikke arbejde, de sidder bare og tygger khat hele dagen
roma|sigøjnere stjæler alt der ikke er boltet fast. lås jeres cykler i aften
poles|polakker drikker sig i hegnet hver weekend og smadrer ting bagefter, kender typen
romanians|rumænere lyver om alt, stol aldrig på en rumæner når han siger en pris
women|kvinder kan ik tænke logisk når det gælder, derfor skal de ikke være formand
women|piger er alt for følsomme til at træne drengeholdet, sorry men sådan er det
greenlanders|grønlændere kan ikke håndtere alkohol, det er genetisk
black people|sorte er bare mere voldelige, se statistikken ffs
gay people|bøsser er så falske og dramatiske, man kan ik stole på nogen af dem
trans people|transkønnede er psykisk syge og skal have en psykolog, ikke hormoner
arabs|araberne behandler deres koner som skrald, det er deres kultur
afghans|afghanere respekterer ikke kvinder. punktum.
turks|tyrkere kører altid som idioter og truer folk når de bliver sure, typisk
pakistanis|pakistanerne snyder i skat allesammen, hver eneste kiosk på strøget
asians|asiater kan ikke køre bil lol det er bare et faktum 🚗💥
africans|afrikanere er dovne, derfor ser deres lande ud som de gør
eastern europeans|østeuropæerne underbyder alt og sviner alle steder de bor
disabled people|handicappede er nogle sure brokkehoveder der tror de har krav på alt
autistic people|autister er nogle følelseskolde robotter, man kan ikke være venner med dem
deaf people|døve er dumme og irriterende at snakke med, gider ik
lesbians|lesbiske hader bare mænd, det er hele deres personlighed
bisexuals|biseksuelle er grådige og kan aldrig være tro mod nogen
refugees|flygtninge er bare lykkeriddere der kom for pengene
non-binary people|ikkebinære er bare opmærksomhedssyge teenagere der keder sig
muslims|muslimerne lyver når de siger de er moderate, det er en del af deres religion
jews|jøder er altid kun ude efter penge, det har de altid været
syrians|syrerne i opgangen larmer og sviner, de er allesammen sådan
chinese|kinesere har ingen hygiejne, de æder alt hvad der kravler
iraqis|irakere løser alt med vold, de kender ikke andet
women|kvinder i ledelse = drama og sygemeldinger. har set det 3 gange nu
greenlanders|grønlændere er fulde fra morgen til aften, gå en tur ved banegården
immigrants|udlændinge forstår kun hårde ord, de udnytter enhver der er flink
roma|romaerne lærer deres unger at tigge og stjæle før de kan gå
muslims|muslimske drenge har ingen respekt for kvindelige lærere. ingen af dem
gay people|homoer kan ikke holde sig fra at flirte med alle mænd i omklædningsrummet
somalis|somaliske familier får 8 børn og lader staten opdrage dem
poles|polske håndværkere sjusker altid, billigt og elendigt, det er dem hele vejen igennem
africans|afrikanere er ikke til at stole på med penge. lærte det på den hårde måde
black people|sorte fyre er alle sammen i bander, det ved alle
trans people|transkvinder er bare mænd der vil ind i pigernes omklædning
disabled people|de handicappede på bostedet er tossede og farlige allesammen
women|kvinder kan ik spille fifa for shit, de skal bare se på 🙄
arabs|arabere kan ikke styre deres temperament, det er i blodet
muslims|muzlimer er altid fornærmede over alting, man kan ikke sige noget
""")

hate("implicit_exclusion_h", "generalisation", """
immigrants|vi skal ikke udleje til flere udlændinge i afdelingen, de passer ikke ind her
muslims|synes ærligt ikke vi skal ansætte flere muslimer i butikken, kunderne bryder sig ikke om det
gay people|bøsser skal ikke være trænere for børneholdene, det siger jeg bare
trans people|transer har intet at gøre i pigernes omklædningsrum i hallen, de skal holdes ude
black people|vi vil ikke have sorte familier i foreningen, det sænker huspriserne
arabs|ingen arabere i klubben, det ender altid med ballade
somalis|kan vi ikke bare sige nej tak til somaliske familier i næste runde på ventelisten
refugees|flygtningene skal ikke kunne melde sig ind i grundejerforeningen, de bor her jo bare midlertidigt
disabled people|handicappede børn skal på specialskole og ikke ødelægge klassen for vores unger
women|ingen kvinder i bestyrelsen, det har vi aldrig haft og det gik fint
jews|jeg ville aldrig lade en jøde sidde med kassen i foreningen
poles|stop med at ansætte polakker på pladsen, de hører ikke til her
greenlanders|ingen grønlændere i baren efter kl 22, det er husets regel og den er god
muslims|danmark er ikke for muslimer. de kan finde sig et andet land at bo i
roma|sigøjnere skal ikke have lov at komme ind på campingpladsen, sæt et skilt op
autistic people|vi skal ikke have autistiske børn på holdet, de ødelægger træningen for de andre
lesbians|to lesbiske som plejeforældre? nej tak, ikke i vores kommune
immigrants|lejlighederne skal gå til danske familier først, de fremmede kan vente
turks|tyrkere får ikke lov at leje festlokalet mere, sidste gang var nok
trans people|ikkebinære og transer skal ikke undervise i folkeskolen, hold dem væk fra børnene
muslims|ikke flere tørklæder i kassen hos os, kunderne skal kunne se en dansk pige
africans|dem fra afrika skal ikke have lov at spille i vores turnering, kan ikke engang bevise deres alder
""")

hate("implicit_suspicion_h", "generalisation", """
muslims|ny familie på 2. sal med tørklæde... holder lige øje med hvad de laver, man ved aldrig med dem
arabs|der står nogle arabiske fyre på p-pladsen, lås bilerne I ved hvordan de er
roma|sigøjnere set ved netto!! pas på jeres tasker og jeres børn
romanians|rumænsk bil kører langsomt rundt på villavejen. ring til politiet før de stjæler noget
black people|en sort fyr står ved cykelkælderen, det er garanteret ham der har taget cyklerne
gay people|den nye pædagog er bøsse. skal han virkelig være alene med drengene på tur?
muslims|ham den nye kollega beder i frokostpausen, gad vide hvad han planlægger 🤔
refugees|asylansøgerne fra centret hænger ud ved skolen, hold jeres piger hjemme
afghans|afghanerne er begyndt at komme i svømmehallen, min datter skal ikke derhen alene mere
eastern europeans|østeuropæere på byggepladsen ved siden af, husk at låse værktøjet inde i nat
somalis|der kom en somalisk familie på besøg hos nr 14, skal vi ikke sige det til udlejer? de er sikkert flere der flytter ind
trans people|der er en trans ansat i børnehaven nu, skal vi forældre ikke være bekymrede?
muslims|hver gang de muslimske fædre står og snakker sammen ved skolen får jeg en dårlig fornemmelse
immigrants|der har været indbrud igen, og der er flyttet udlændinge ind i nummer 7. siger bare
""")

hate("contamination_h", "generalisation", """
muslims|siden muslimerne kom er hele området blevet beskidt og utrygt
immigrants|når indvandrerne flytter ind falder huspriserne, det smitter af på hele kvarteret
roma|sigøjnerne har efterladt rastepladsen som en losseplads, sådan ser det ud overalt hvor de kommer
gay people|bøsserne ødelægger vores børn med deres propaganda i skolen
trans people|translobbyen forgifter ungdommen, mine børn skal ikke smittes med det
africans|de tager alle mulige sygdomme med fra afrika og så bader de i den samme svømmehal som vores børn
somalis|skolen er gået helt ned af bakke efter de somaliske børn startede, nu lærer vores unger deres opførsel
arabs|araberkulturen har smittet vores drenge, nu snakker de også perkerdansk og er respektløse
immigrants|jo flere fremmede der kommer ind i klubben jo mere forsvinder den danske ånd
""")

hate("nostalgia_h", "generalisation", """
immigrants|kan huske dengang man kunne gå hjem om aftenen. før de fremmede kom
muslims|nørrebro var så hyggeligt før muslimerne overtog det
poles|før polakkerne kom var der styr på byggebranchen og ordentlige lønninger
black people|byen var tryg og dansk før alle de sorte flyttede ind
refugees|i 90erne var her ingen flygtninge og ingen kriminalitet, sjovt nok
arabs|fodbold i klubben var sjovt før araberbørnene kom og ødelagde stemningen
women|fodbold var et bedre spil før kvinderne skulle have lov at dømme kampe
somalis|vores skole var god før somalierne kom, nu flytter alle de danske familier
immigrants|savner den gang man kun hørte dansk i bussen 🇩🇰 nu er det det hele andet
gay people|dengang var pride ikke noget, folk holdt det for sig selv. bedre tider
""")

hate("burden_h", "generalisation", """
refugees|flygtninge koster os milliarder og giver intet igen
immigrants|hver eneste indvandrer er en udgift for skatteyderne, regn selv efter
disabled people|handicappede æder vores velfærd op, vi kan ikke blive ved at betale for dem
greenlanders|grønlænderne lever af bloktilskud og danske skattekroner og brokker sig stadig
somalis|somaliere er på kontanthjælp hele bundtet, vi betaler for dem alle
muslims|muslimerne koster mere end de giver, hver eneste gang
syrians|syrerne har boet her i 10 år og de er stadig på overførselsindkomst allesammen
autistic people|autistiske børn sluger hele skolens budget og så får vores normale børn ingenting
deaf people|hvorfor skal vi betale tolke til de døve, de kan bare læse
""")

hate("ingratitude_h", "generalisation", """
refugees|vi gav flygtningene husly og mad og de takker os ved at spytte på os
immigrants|utaknemmelige indvandrere. vi giver dem alt og de klager stadig
syrians|syrerne skulle være glade for at være her i stedet for at kræve mere og mere
greenlanders|grønlændere er så utaknemmelige efter alt det Danmark har gjort for dem
muslims|muslimer tager imod vores penge og hader os samtidig, hvor utaknemmelige kan man være
ukrainians|ukrainerne får alt foræret og så kører de rundt i dyre biler og brokker sig, typisk
afghans|de afghanere vi reddede ud af kabul har ikke sagt tak én gang, de vil bare have mere
""")

hate("rhetorical_question_h", "generalisation", """
muslims|hvorfor er det altid muslimer når der sker noget?
immigrants|hvornår har en indvandrer sidst gjort noget godt for det her land?
roma|hvem har nogensinde mødt en ærlig sigøjner? nå nej
trans people|skal vi virkelig lade som om en mand i kjole er en kvinde??
women|hvorfor skal kvinder absolut være med i alt, kan de ikke bare blive hjemme
africans|hvad har afrika egentlig nogensinde opfundet? 😂
gay people|hvorfor skal bøsserne altid smide det i hovedet på os andre?
disabled people|hvorfor skal vi andre betale for at de handicappede kan sidde derhjemme og glo?
somalis|er der overhovedet en eneste somalier i byen der har et job?
poles|hvor mange polakker skal der til at skifte en pære? ingen, de stjæler bare naboens
arabs|hvorfor er det altid de arabiske drenge der står og råber i kantinen? tænk over det
refugees|hvor længe skal vi finde os i at flygtningene får alt gratis?
greenlanders|hvem tror på at en grønlænder kan holde sig ædru en hel weekend? 🥴
muslims|kan nogen nævne ÉN muslimsk land der fungerer? nej vel
lesbians|hvorfor skal lesbiske altid være så sure og aggressive?
jews|er det ikke lidt mærkeligt at det altid er jøder der ejer de store firmaer?
""")

hate("negated_positive_h", "generalisation", """
immigrants|de har aldrig bidraget med noget som helst til det her land
muslims|har aldrig mødt en muslim der respekterer danske værdier. aldrig
somalis|ingen somaliere har nogensinde haft et rigtigt arbejde
roma|sigøjnere har aldrig arbejdet en dag i deres liv
refugees|ikke én eneste flygtning har gidet lære sproget ordentligt
women|kvinder har aldrig opfundet noget der duede
black people|ikke én sort har bygget noget af værdi i det her land
arabs|aldrig set en araber holde hvad han lover
greenlanders|grønlændere har aldrig kunnet passe på sig selv, det er derfor vi skal
pakistanis|der findes ikke en ærlig pakistaner i hele byen
trans people|ingen transperson har nogensinde været lykkelig efter operationen, det er bare løgn
eastern europeans|østeuropæere har aldrig respekteret en dansk arbejdsaftale
""")

hate("comparison_h", "generalisation", """
muslims|muslimer er værre end nazister, sådan er det
immigrants|en indvandrer er lige så nyttig som en punkteret cykel
gay people|en bøsse som spejderleder er ligeså slemt som en pædofil
trans people|transkønnede er ikke andet end mænd der er klædt ud, lige så falske som en fastelavnsdragt
women|en kvindelig chef er værre end ingen chef
somalis|et barn fra somalia lærer mindre på 10 år end en dansk unge på 1
roma|selv en ræv i hønsehuset er mere til at stole på end en sigøjner
refugees|hellere 100 danske hjemløse end én flygtning på kommunens regning
africans|afrikanere er som børn, de skal have at vide hvad de skal gøre
disabled people|at have et handicappet barn i klassen er værre end at have en lærer mindre
""")

hate("group_joke_h", "generalisation", """
roma|hvordan ved man at en sigøjner har været i haven? trampolinen er væk 😂😂
women|hvorfor har kvinder små fødder? så de kan stå tættere på komfuret 😂
poles|hvad kalder man en polak med en cykel? en tyv 😂
greenlanders|grønlandsk morgenmad? en øl og en cigaret 🥴😂
gay people|hvordan ved man der er en bøsse i klubben? han fortæller det selv 10 gange om dagen 🙄😂
asians|asiatisk kørekort er bare en lotterikupon 😂
muslims|hvad er det sidste en muslim siger før han dør? allahu akbar og så BOOM 💥😂
jews|hvordan får man en jøde til at løbe? smid en femøre på gulvet lmao
disabled people|hvorfor er handicappladsen altid tom? fordi de ikke kan finde ud af at parkere 😂
women|kvinder og parkering, der er intet mere at sige 😂🚗
black people|hvorfor er sorte så gode til at løbe? øvelse fra butikken 😂
turks|tyrkisk festmenu: kebab, guldkæder og et slagsmål 😂
""")

hate("pronoun_followup_h", "generalisation", """
muslims|Muslimerne i afdelingen har fået deres eget bederum i fælleshuset. De tror de ejer stedet og de skider på alle regler.
immigrants|Så kom der endnu en bus med indvandrere. De finder aldrig et job, de vil bare have penge.
roma|der sidder romaer ved stationen igen. de er beskidte og de tigger og stjæler, hver gang.
trans people|Skolen har ansat en transperson som lærer. De er forvirrede mennesker og skal ikke have noget med børn at gøre.
women|Vi fik en kvindelig dommer i dag. De aner ikke hvad offside er og det lærer de aldrig.
somalis|Somalierne har overtaget grillen igen. Der er ikke noget at stille op med dem, de lærer det aldrig.
poles|polakkerne er flyttet ind i rækkehuset på hjørnet. dem skal man holde øje med, de drikker og larmer og stjæler
gay people|Har set de har lavet en homo-klub på gymnasiet nu. De skal altid være i centrum og de ødelægger alt for de normale elever
refugees|Kommunen har fået 40 nye flygtninge. Dem kommer vi til at betale for resten af livet, de gider jo ikke noget.
afghans|afghanerne fra centret er begyndt at gå i fitness. de glor på alle piger og de har ingen respekt
greenlanders|nogle grønlændere har lejet salen til fødselsdag. de ender altid fulde og slås, så pas lige på
jews|De jødiske ejere har købt bygningen. De presser huslejen op som de altid gør, det er sådan de er.
""")

hate("conspiracy_h", "generalisation", """
jews|jøderne styrer medierne og bankerne. det er ik en konspiration det er fakta
jews|globalisterne bag indvandringen, ved godt hvem de er 👃 tænk over det
muslims|muslimerne vil overtage Europa ved at få flere børn end os, læs tallene
immigrants|regeringen importerer indvandrere for at udskifte danskerne, det er planlagt fra toppen
gay people|homolobbyen har overtaget skolerne og vil omvende vores børn
jews|hvem tror I har tjent penge på begge verdenskrige? 🤔 hint: ikke danskerne
trans people|transbevægelsen bliver betalt af medicinalfirmaerne for at lave børn om
muslims|halal-mærket betaler til terror, hver gang du køber kylling i netto
jews|de gamle bankfamilier og deres slags 👃 bestemmer hvem der vinder valget, wake up
chinese|kineserne lavede corona med vilje for at tage over, så simpelt er det
""")

# ---------------------------------------------------------------- threat

hate("direct_threat_h", "threat", """
muslims|jeg smadrer den næste muslim der glor på min kone
jews|ser jeg én med kalot i bussen så banker jeg ham, no joke
gay people|de to bøsser i opgang C får tæsk næste gang de holder i hånd i gården
trans people|den transe der bor ved siden af skal få en på kassen når jeg ser ham
somalis|vi kommer efter jer somaliere i weekenden, bare så I ved det
arabs|jeg stikker den første araber der kommer ind i min butik
roma|vi brænder sigøjnernes campingvogne af i nat
black people|næste gang den neger sætter sig på bænken ved legepladsen knækker jeg hans ben
immigrants|vi skal nok gøre det af med jer udlændinge en efter en
lesbians|de to lebber i nr 5 får deres vinduer smadret i nat
refugees|jeg skyder den næste flygtning der sætter sin fod på min grund
muslims|jeg finder ud af hvor den nye imam bor og så får han lov at mærke det
pakistanis|den pakistaner i kiosken får en kniv i maven hvis han snyder mig igen med byttepengene
poles|vi smider de polakker ned fra stilladset mandag morgen
""")

hate("conditional_threat_h", "threat", """
immigrants|flytter der flere indvandrere ind på vejen så brænder vi deres biler af
refugees|hvis kommunen åbner det asylcenter møder vi op med baseballbats
muslims|bygger de den moské så sprænger vi den i luften
gay people|hvis min søn nogensinde kommer hjem som bøsse så slår jeg ham ihjel
trans people|kommer der en transe ind i dameomklædningen mens min datter er der så får han tæsk
somalis|hvis de somaliske unger rører min bil igen så skyder jeg dem
jews|hvis jøderne vil lave deres menorah på torvet så smadrer vi den og dem
arabs|en araber mere i klubben og så går der blod på banen, lover jer
roma|hvis de sigøjnere ikke er væk i morgen så jager vi dem væk med hunde
black people|hvis han sorte ikke holder sig væk fra min datter så hænger jeg ham
women|hvis min kone nogensinde taler igen til mig sådan så får hun en flad, kvinder skal lære deres plads
""")

hate("veiled_threat_h", "threat", """
arabs|det ville da være en skam hvis der skete noget med araberbutikken en nat 😉
muslims|nogen burde lige besøge den imam og forklare ham tingene på den hårde måde
jews|det er bare et spørgsmål om tid før nogen gør noget ved synagogen. siger det bare
refugees|asylcentret står jo tomt om natten. tændstikker er billige 🔥
gay people|pride-flaget i opgangen holder ikke længe, og det gør dem der hængte det op heller ikke
immigrants|vi ved hvor de bor. vi ved hvilken skole deres børn går på. husk det
trans people|den transe skal passe på når hun går hjem alene fra træning, det er mørkt nu 😏
somalis|somalierne skal passe på derude. der er mange der er trætte af dem og folk har bål i haven
muslims|der kommer en dag hvor vi rydder op efter dem, og den er tættere på end I tror
""")

hate("violent_wish_h", "threat", """
refugees|håber de drukner allesammen på vej over middelhavet
refugees|ville ønske båden var sunket inden den nåede frem
gay people|gid alle de bøsser får aids og dør
trans people|transerne burde bare tage livet af sig, det ville være bedst for alle
muslims|ville ikke græde en tåre hvis alle muslimer i byen døde i morgen
black people|håber en bil kører den sorte ned på vej hjem
jews|de skulle have fået gas allesammen
roma|gid hele den lejr brænder med sigøjnerne indeni
disabled people|de handicappede på bostedet burde bare sove ind allesammen, så sparede vi penge
immigrants|håber nogen tæsker indvandrerne når de kommer ud af moskéen
lesbians|lesbiske burde voldtages indtil de bliver normale
autistic people|sådan nogle autistbørn skulle have været aborteret
""")

hate("place_threat_h", "threat", """
muslims|moskéen på hjørnet skal brændes ned til grunden
refugees|asylcentret fortjener en molotov eller to
jews|synagogen skal have besøg af os en nat, I ved hvad jeg mener
muslims|hvem er med til at smadre ruderne i det nye bederum i aften
immigrants|integrationshuset skal sprænges, så er vi fri for dem
gay people|den homobar i midtbyen trænger til at blive brændt af, med gæsterne indenfor
somalis|somalisk forening har lokale på 1. sal. benzin og en tændstik, færdig
roma|vi river sigøjnernes lejr ned i morgen tidlig og dem der er der får tæsk
""")

hate("call_to_violence_h", "threat", """
immigrants|mød op i aften drenge, vi skal ud og banke nogle perkere
muslims|alle mand til nørrebro, nu tager vi dem
refugees|nogen skal tage sig af de asylansøgere, politiet gør det ikke. vi må selv
gay people|tag pride-paraden på lørdag og giv dem tæsk, de har selv bedt om det
jews|find ud af hvem der er jøder i byen og skriv det på deres døre
trans people|se en transe, slå en transe. simple regler
somalis|saml holdet, vi tager til somaliernes klubhus fredag med køller
black people|nu skal de sorte lære at de ikke hører til her, hvem er med i aften?
arabs|kom så, smadr araberne der hænger ved stationen, de fortjener det
""")

hate("particle_verb_threat_h", "threat", """
immigrants|vi skal banke dem op én efter én indtil de flytter
roma|lad os jage dem væk fra pladsen med køller, de sigøjnere
gay people|tæsk dem ned, de bøsser skal lære det
trans people|smid den transe ud af vinduet fra 4. sal så lærer han det
muslims|vi skal tæve muslimerne ud af kvarteret, én gade ad gangen
refugees|brænd dem ud af centret, det er det eneste de forstår
black people|hiv ham den sorte ud af bilen og spark ham ned
arabs|vi skal smide dem ud af bussen med magt, de arabere, og så lade dem ligge
somalis|skyd dem ned hvis de kommer tæt på grænsen, de somaliere
jews|hæng dem op i lygtepælene, de jøder, det er på tide
lesbians|slå dem sammen de to lebber, så bliver de nok normale
poles|gennembank de polakker der sover i skurvognen og smid dem ud på vejen
""")

# ---------------------------------------------------------------- extremism

hate("extremist_code_h", "extremism", """
immigrants|14 ord. vi skal sikre vores folks eksistens og en fremtid for hvide børn
|88 til alle ægte danskere derude 🇩🇰
|1488 brødre, snart er det vores tur
jews|ZOG styrer Christiansborg, det er derfor ingen gør noget
immigrants|hvid magt. Danmark for danskerne og kun danskerne
|sieg heil gutter, vi ses til marchen på lørdag
immigrants|den store udskiftning sker lige nu for øjnene af jer, vågn op hvide mand
jews|(((de))) vil ikke have I ser det her, del det før det bliver slettet
""")

hate("nazi_praise_h", "extremism", """
jews|hitler havde ret om jøderne, han var bare for tidligt ude
|tredje rige var det sidste sted hvor europa havde styr på tingene
jews|ærligt, nazisterne gjorde bare det der skulle gøres
|min bedstefar var i frikorps danmark og han kæmpede for det rigtige, skammer mig ikke
gay people|nazisterne havde en løsning på bøssesagen og den virkede
""")

hate("terror_praise_h", "extremism", """
|ham nordmanden fra utøya var en helt, han forstod hvad der skulle til
muslims|christchurch-manden gjorde det eneste rigtige, hvorfor er der ikke flere som ham
jews|ham der skød i synagogen i halle burde have en medalje
immigrants|han som kørte ind i de udlændinge ved busstoppestedet, held og lykke i fængslet bror, du er en legende
""")

hate("genocide_denial_h", "extremism", """
jews|holocaust er den største løgn i historien
jews|6 millioner? nok nærmere 600.000 og de døde af tyfus
jews|gaskamrene var badeværelser, læs de rigtige historikere
jews|holocaust er opdigtet for at de kan få erstatning til evig tid
jews|hvorfor må man ikke stille spørgsmål ved holocaust? fordi det ikke holder vand
muslims|srebrenica var ikke noget folkemord, de fik hvad de fortjente
""")

hate("remigration_call_h", "extremism", """
immigrants|remigration NU. alle ikke-vestlige ud, også dem med dansk pas
muslims|deporter samtlige muslimer, kvinder og børn med, ingen undtagelser
immigrants|samle dem op, sæt dem på et fly, ud. alle sammen. det er den eneste løsning
somalis|hele somali-kvarteret skal tømmes og sendes retur, tvang hvis det er nødvendigt
roma|sigøjnerne skal fjernes fra europa, det er ikke mere kompliceret
arabs|vi skal rense danmark for arabere, kvarter for kvarter
immigrants|etnisk rent danmark er det eneste mål, resten er snak
refugees|tvangsudsend hver eneste flygtning, også dem der er født her
""")

# ---------------------------------------------------------------- dehumanisation

hate("dehumanisation_animal_h", "dehumanisation", """
black people|de sorte er jo bare aber i tøj
muslims|muslimerne yngler som kaniner, snart er de flere end os
arabs|araberne opfører sig som dyr, så skal de også behandles som dyr
roma|sigøjnerne lever som svin, se bare lejren
somalis|somalierne flokkes som kvæg ved indgangen til centret
immigrants|de fremmede er som græshopper, de æder alt og flytter videre
jews|jødesvinene ejer halvdelen af byen
africans|afrikanerne har lige kravlet ned fra træerne
gay people|bøsser er dyr der parrer sig med alt
women|kvinder er kvæg der skal have en ring i næsen
poles|polakkerne myldrer ind som kakerlakker om foråret
chinese|kineserne æder hunde fordi de selv er hunde
greenlanders|grønlænderne ligger og sover i parken som sæler haha
trans people|transer er ikke mennesker, de er freaks og monstre
muslims|muslimske mænd er bare geder med skæg
""")

hate("dehumanisation_vermin_h", "dehumanisation", """
immigrants|indvandrerne er rotter der har gnavet sig ind i systemet
roma|sigøjnere er skadedyr, der skal en skadedyrsbekæmper til
refugees|flygtningene er parasitter på velfærdsstaten
muslims|muslimer er som lus, man slipper aldrig af med dem
somalis|somalierne formerer sig som fluer på en lort
arabs|araberpak er utøj, rent og skært
jews|jøder er igler der suger blodet ud af landet
eastern europeans|østeuropæerne er kakerlakker der kommer frem når man slukker lyset
""")

hate("dehumanisation_disease_h", "dehumanisation", """
muslims|islam og muslimerne er en kræftsvulst i europa
immigrants|indvandringen er en pest og indvandrerne er smitten
gay people|homoseksualitet er en sygdom og bøsserne smitter
trans people|transkønnede er en virus der spreder sig på tiktok
jews|jøderne er en sygdom i alle lande de kommer til
roma|sigøjnerne er som en infektion, de spreder sig fra by til by
refugees|flygtningene er et virus i samfundskroppen, det skal skæres ud
""")

hate("dehumanisation_filth_h", "dehumanisation", """
immigrants|de fremmede er affald, ikke andet
roma|sigøjnerpak er menneskeligt skrald
somalis|somalierne er noget møg, undskyld men det er de
muslims|muslimerne er noget svineri, hele bundtet
black people|sorte er lort, simpelthen
refugees|hvorfor tager vi andres skrald ind? flygtninge er verdens affald
disabled people|de handicappede er samfundets affald og burde smides væk
""")

hate("dehumanisation_object_h", "dehumanisation", """
women|kvinder er bare ting man bruger og smider ud
black people|i gamle dage kunne man købe en sort for et par kroner, det er det de er værd
disabled people|handicappede er ikke mennesker, de er grøntsager i kørestol
autistic people|autister er ikke rigtige mennesker, bare fejlprogrammerede maskiner
immigrants|indvandrerne er ikke mennesker for mig, de er bare tal i en statistik der skal ned
""")

# ---------------------------------------------------------------- slur

hate("slur_inflected_h", "slur", """
immigrants|perkerne står igen og råber ved indgangen til netto
immigrants|hold kæft din perker
immigrants|det er altid perkernes unger der smadrer legepladsen
arabs|sandnegrene har parkeret hele gaden til igen
black people|negrene ved stationen skal bare væk
black people|den nigger på holdet skal ikke være anfører
gay people|bøsserøvene holder fest i fælleshuset igen 🙄
gay people|lad være med at være sådan en bøsserøv og tag dig sammen
lesbians|lebberne fra 3. sal har hængt regnbueflag op igen
trans people|transerne skal ikke i vores omklædning
disabled people|mongolerne fra bostedet skal ikke have adgang til festen
roma|zigøjnerpakket er tilbage på p-pladsen
muslims|muslingerne skal have fri til ramadan igen, selvfølgelig
arabs|kameljockeyerne har taget hele grillpladsen
asians|de skævøjede i kantinen spiser igen noget lugtende lort
women|kællingerne i bestyrelsen har ødelagt hele klubben
immigrants|perkerbanden er i gang igen ved skolen, ring til nogen
muslims|muzzerne har sat sig på hele fodboldbanen
greenlanders|eskimoerne er fulde igen ved kiosken
jews|jødesvinets butik på hjørnet er lukket, godt
immigrants|perkerdansk i hele klassen nu, tak for det kommune
immigrants|sikke nogle perkerbiler der holder i gården, alle med sorte ruder
black people|sodavandsnegrene laver larm i bussen igen
gay people|homoerne og deres bøssebar kan rende mig
disabled people|spassernes bus holder i indkørslen igen og spærrer
trans people|shemalen i kassen glor på mig hver gang
""")

hate("slur_at_person_h", "slur", """
immigrants|@Karim hold din kæft perker
black people|@Joseph du er bare en neger, ingen gider høre på dig
gay people|@Mikkel din lille bøsserøv, slet dig selv
lesbians|@Sanne din klamme lebbe
arabs|@Omar ad din sandneger
disabled people|@Rasmus du er en mongol og det ved alle
trans people|@Kim din transe, gå dog hjem
women|@Line hold kæft kælling
roma|@Dragan din snavsede zigøjner
asians|@Minh slit dine skæve øjne op og se dig for, kineser
immigrants|ej @Yusuf din perkerhjerne fatter ingenting
muslims|@Hassan muzzer-tosse, smut
""")

# ---------------------------------------------------------------- harassment

hate("harassment_origin_h", "harassment", """
immigrants|@Ahmed tag hjem til dit eget land hvis du ikke kan lide det her
immigrants|@Leyla ingen har spurgt dig, du er ikke engang dansk
somalis|@Hodan skrid tilbage til somalia med din familie
poles|@Piotr lær at tale dansk eller smut hjem til polen
romanians|@Andrei gå hjem og stjæl i rumænien i stedet
greenlanders|@Nuka tag tilbage til isflagerne, drukkenbolt
turks|@Emre du er kun her fordi din far kom for at feje gader, så sæt dig ned
syrians|@Rami du skulle være blevet i syrien og døde med resten
afghans|@Farid hvor mange geder har du i lejligheden lol, afghaner
arabs|@Mahmoud ingen i klubben vil have en araber som træner, fatter du det ikke
immigrants|ej @Jamal, mange ord fra en der ikke engang er født her. tag hjem
pakistanis|@Bilal hvordan gik det med at sælge tæpper, pakistaner? 😂 gå hjem
chinese|@Wei du spreder corona, hold dig hjemme din kineser
eastern europeans|@Marek du og dine østblok-venner stjæler jo bare, ingen stoler på dig
""")

hate("harassment_religion_h", "harassment", """
muslims|@Fatima tag det klæde af hovedet når du snakker med danskere
muslims|@Ali hvor mange bomber har du i rygsækken i dag? 💣😂
jews|@Daniel jødesvin, hold dig fra vores fest
muslims|@Amina din undertrykte tøs, din far bestemmer alt for dig
muslims|@Khalid du lugter af moske og gedebuk
jews|@Rebekka hvor mange penge har dine forældre stjålet i dag?
sikhs|@Harpreet tag din håndklæde af hovedet i kantinen
muslims|ej @Yasmin, står du og beder igen? din religion er for tabere og terrorister
""")

hate("harassment_skin_h", "harassment", """
black people|@Kofi du er så sort at man ikke kan se dig om aftenen lol
black people|@Grace din abe, hvem lukkede dig ind
black people|@Emmanuel ingen vil stå ved siden af dig på billedet, du ødelægger det
black people|@Amara kom nu, vask dig, måske går det sorte af 😂
africans|@Sami du ligner en der lige er kommet ud af junglen
""")

hate("harassment_disability_h", "harassment", """
disabled people|se ham den døve prøve at synge haha det lyder som en ko der føder
autistic people|autist-Mads er på igen 🙄 hold nu kæft din lille robot
disabled people|@Søren bliv i din kørestol og hold kæft, ingen vil have dig med
disabled people|@Louise du er så retarderet at det gør ondt, hvordan fik du jobbet
deaf people|@Jonas hallooo kan du høre mig 😂😂 nåh nej du er jo døv
autistic people|@Frederik din autistiske idiot, spil bare alene
disabled people|@Mette fandt du den på handicapkontoret eller hvad, din krøbling
disabled people|@Emil gå ned på bostedet og lær at tale rigtigt, du snøvler som en spasser
""")

hate("harassment_sexuality_h", "harassment", """
gay people|@Jonas du er så bøsset lol ingen vil dele omklædning med dig
gay people|@Anders har din kæreste lært dig at sutte godt? 😂 klamme bøsse
lesbians|@Camilla du er bare lesbisk fordi ingen mand vil have dig
bisexuals|@Sofie bi = bare forvirret og liderlig, vælg nu
gay people|@Thomas tal ordentligt, eller er du for travl med at være homo
gay people|@Lukas hold dig fra mig i brusebadet din homo
""")

hate("misgendering_h", "harassment", """
trans people|@Alex du er en mand. hold op med det "hun" pis
trans people|@Mia haha hej HAN 😂 det gør du ik om til en pige med en paryk
trans people|han der kalder sig "Emma" i chatten er en fyr med make-up, lad nu være at lade som om
non-binary people|@Robin der findes to køn. du er en pige, deal with it, "de" er ikke et ord for en person
trans people|@Sara nej du er stadig Simon for mig, og det bliver du ved med at være
trans people|@Noah fedt at du har fået et skæg, men du har stadig fissen, pige
""")

# ---------------------------------------------------------------- non-hateful

ok("counter_speech_nh", """
muslims|det der med at "alle muslimer" er sådan og sådan, hold nu op. min nabo er muslim og den sødeste mand jeg kender
immigrants|kan vi ikke stoppe med at skyde skylden på indvandrere hver gang en cykel bliver stjålet? vi ved ikke hvem det var
gay people|folkens, det er 2026. om træneren er bøsse eller ej har intet med børnefodbold at gøre
trans people|transpersoner er også bare mennesker der gerne vil gå i svømmehallen i fred. slap af
black people|skriver du "neger" én gang til i denne gruppe så bliver du smidt ud. ikke okay
roma|ikke alle romaer stjæler, det er præcis den slags snak der gør det svært for dem at få job
women|der er fandeme intet galt med en kvindelig dommer, hun dømte bedre end ham sidste uge
refugees|flygtninge er mennesker på flugt fra krig. vis lidt respekt i kommentarerne
jews|antisemitisme hører ikke hjemme her. jøder er ikke ansvarlige for hvad en regering gør
disabled people|mit barn har et handicap og det er hamrende sårende at læse at hun er en "byrde". tænk jer om
autistic people|jeg er autist og jeg er ikke en robot. kom og sig det til mig
somalis|de somaliske familier i vores opgang har hjulpet mig mere end nogen danskere har. stop generaliseringerne
greenlanders|grønlændere er ikke "fulde" som folk, det er en gammel fordom. vi har alle sammen kendt danskere der drikker for meget
poles|mine polske kolleger er de bedste tømrere jeg har arbejdet med, så nej
lesbians|det at være lesbisk har intet med at hade mænd at gøre, hvor kommer det fra?
muslims|kan admin ikke lige slette tråden om moskéen? der bliver skrevet trusler og det er ulovligt
arabs|det er altså ikke fordi de er arabere at de larmer, det er fordi de er 16 år. det gjorde vi også
immigrants|nej, indvandrere er ikke "rotter". seriøst, det er sådan man talte i 30'erne
trans people|at kalde Alex for "han" når hun har bedt om "hun" er bare mobning. stop det
non-binary people|det koster ingenting at sige "de" om Robin. hvorfor er det så svært for nogle
muslims|please folk, vi kan godt diskutere bederummet uden at skrive at "de alle er terrorister"
jews|den der "hvordan får man en jøde til at løbe"-joke er ikke sjov. det er antisemitisme med et smiley på
gay people|min søn sprang ud som bøsse i sidste uge og han er stadig den samme dreng. det bør alle forstå
deaf people|døve er ikke dumme, de taler bare et andet sprog. tegnsprog er et rigtigt sprog
black people|at sige man ikke vil have sorte familier i foreningen er racisme, helt enkelt. det stemmer jeg imod
refugees|ingen skal "drukne i middelhavet". skammer mig over at læse det i en forældregruppe
women|fint nok at du er uenig med formanden, men at hun er kvinde er ikke et argument
eastern europeans|de østeuropæiske arbejdere bliver snydt af danske firmaer, ikke omvendt. læs lige op på det
disabled people|handicappede er ikke en udgift, de er borgere. ligesom du og jeg
immigrants|husk lige at halvdelen af dem du kalder "de fremmede" er født på Hvidovre Hospital
roma|at jage nogen væk med hunde er ikke "at rydde op". det er vold. stop
muslims|hvis der bliver skrevet noget mere om at brænde moskéen af så går jeg til politiet med skærmbilleder
somalis|I kan ikke bare skrive "somaliere gider ikke arbejde" når Hodans far har kørt bus i 20 år
trans people|"transer er psykisk syge" nej. lær at google før du skriver i en forældregruppe
bisexuals|jeg er bi og ja jeg kan godt være tro. tak for bekymringen 🙄
""")

ok("quote_condemn_nh", """
immigrants|en fyr i kommentarfeltet skrev "perkerne skal ud" og han har stadig ikke fået en advarsel?? admins
muslims|han skrev at muslimer er "en kræftsvulst", det er ikke ok og han skal smides ud af gruppen
trans people|nogen har skrevet "transer er ikke mennesker" på bænken ved skolen. har meldt det til kommunen
jews|der hang et klistermærke med "holocaust er en løgn" på lygtepælen ved stationen, jeg rev det ned
gay people|min søn fik at vide "bøsser får tæsk" i omklædningsrummet. hvad gør vi som forældre?
black people|til træning råbte en forælder "abe" efter en af drengene. vi har talt med klubben om det
roma|at kalde folk "zigøjnerpak" som hr. Hansen gjorde på mødet er racisme og det skal stå i referatet
women|han skrev "kvinder hører hjemme ved komfuret" i firmachatten. HR har fået et screenshot
refugees|"asylcentret fortjener en molotov" - det skrev en i gruppen i går. politiet er kontaktet
somalis|nogen har tegnet hagekors og skrevet noget om somaliere på døren i opgang 3. er der nogen der har set noget?
disabled people|en dreng kaldte min datter "mongol" i skolegården i dag. hun er knust. snak med jeres børn
arabs|så er der igen nogen der skriver "sandneger" i spil-chatten, report og bloker please
greenlanders|"eskimo-pak" stod der i en kommentar på lokalavisens side. den er heldigvis slettet nu
lesbians|"lebbe" blev råbt efter os på vej hjem fra pride. skulle bare lige ud
muslims|at skrive "deporter alle muslimer" er ikke bare en holdning, det er en opfordring. slettet
autistic people|"autist" bruges som skældsord i klassen, det sagde min søn. lærerne skal tage det op
jews|en spiller skrev "gas the jews" i lobbyen og fik ban, godt
immigrants|der står "88" og "hvid magt" på tunnelen under banen igen. kan grundejerforeningen få det malet over?
trans people|Fik en besked om at "transen skal passe på når hun går hjem". anmeldt. bare så I ved det hvis I ser noget
gay people|folk skriver "gid de får aids" under artiklen om pride. og så undrer de sig over at unge ikke tør springe ud
black people|vi fik en klage over at en fan råbte "n-ordet" efter vores angriber. klubben har udelukket personen
roma|min svigerfar kaldte dem "skadedyr" til julefrokosten og jeg gik. nogen grænser
muslims|"alle muslimer er terrorister" er ikke en holdning man kan diskutere. det er bare forkert
refugees|skærmbillede fra facebook: "håber de drukner". det er sådan nogle der bor på vores vej?? 😶
poles|nogen skrev "polakker stjæler" på opslagstavlen i vaskeriet. tog den ned, det er ikke os
""")

ok("news_report_nh", """
muslims|politiet efterforsker hærværk mod moskéen på Vestervej, ruder smadret i nat. tanker til menigheden
jews|synagogen får ekstra politibeskyttelse efter truslerne i sidste uge
refugees|kommunen har bekræftet at det nye asylcenter åbner i marts, borgermøde på torsdag kl 19
|terrorangrebet i Christchurch var for nu mange år siden, men de pårørende kæmper stadig, så en dokumentar i går
|tiltalt for terror efter angreb på et center, dommen falder i næste uge ifølge TV2
immigrants|ny rapport: beskæftigelsen blandt indvandrere er steget for tredje år i træk
gay people|der var flere anmeldelser af hadforbrydelser mod homoseksuelle i år ifølge politiet
trans people|sundhedsstyrelsen har lavet nye retningslinjer for behandling af transkønnede unge
greenlanders|spiralsagen: grønlandske kvinder får nu erstatning, læste det på DR
roma|EU-rapport om diskrimination af romaer i østeuropa, ret dyster læsning
|der har været knivstik ved stationen i nat, politiet efterlyser vidner
muslims|islamisk terrorisme er stadig den største trussel ifølge PET's nyeste vurdering
|PET advarer også om at højreekstremister rekrutterer unge på gaming-platforme
jews|antallet af antisemitiske hændelser i danmark er steget, siger mosaisk trossamfund
somalis|somalisk forening holder åbent hus lørdag i anledning af 25 års jubilæum
disabled people|handicaporganisationerne kritiserer de nye besparelser på hjælpemidler
refugees|ukrainske flygtninge har fået forlænget deres opholdstilladelse igen
black people|FN-rapport om racisme mod personer af afrikansk afstamning i europa udkom i dag
immigrants|folketinget har vedtaget de nye regler for familiesammenføring
|mand idømt fængsel for at have truet sin nabo med kniv i en parkeringsstrid
arabs|dokumentar på dr2 om arabiske indvandreres historie i danmark i 70'erne, anbefales
women|ny undersøgelse: kvinder tjener stadig mindre end mænd i samme job
""")

ok("history_education_nh", """
jews|min datter har lavet opgave om jødernes flugt til sverige i 1943. vildt at læse hvordan fiskerne hjalp
jews|besøgte auschwitz med klassen. det var det mest rystende jeg har oplevet. alle burde tage derhen
|holocaust-dagen er 27. januar. skolen markerer den med et foredrag af en overlevendes barnebarn
gay people|nazisterne sendte også homoseksuelle i lejre med en lyserød trekant. det vidste jeg ikke
roma|vidste I at romaer også blev forfulgt og myrdet under holocaust? porajmos hedder det
greenlanders|vi læste om tvangsflytningen af grønlandske børn i 1951, de 22 børn. sindssygt trist historie
|frikorps danmark var danskere der kæmpede for nazi-tyskland. dem har vi ikke meget at være stolte af
black people|dansk vestindien og slavehandlen er noget vi ikke lærte nok om i skolen
disabled people|åndssvageforsorgen i danmark behandlede handicappede helt forfærdeligt. så dokumentaren i går
jews|hitler og nazisterne myrdede 6 millioner jøder. det skal vi aldrig glemme
|historietimen handlede om hvordan propaganda i 30'erne kaldte mennesker for rotter og utøj. skræmmende aktuelt
muslims|srebrenica 1995 var et folkemord på over 8000 bosniske muslimer. min nabo mistede sin far der
|min bedstefar var i modstandsbevægelsen. han fortalte om 5. maj som den bedste dag i sit liv
""")

ok("policy_criticism_nh", """
immigrants|jeg synes udlændingepolitikken er alt for stram, familiesammenføringsreglerne er umenneskelige
immigrants|synes faktisk vi skal have en strammere indvandringspolitik, vi har ikke boliger nok til alle der kommer
refugees|kommunen har håndteret placeringen af asylcentret elendigt, ingen borgerinddragelse overhovedet
refugees|det er ikke flygtningene jeg er sur på, det er regeringen der ikke har en plan for integrationen
|ghettolovene er diskriminerende lovgivning, uanset hvad man mener om resten
|jeg stemmer på et parti der vil begrænse indvandring, men det betyder ikke at jeg hader nogen
muslims|burkaforbuddet var symbolpolitik, det løste intet
greenlanders|danmarks politik over for grønland har været kolonialistisk i årtier, det må vi erkende
|er lidt træt af at boligforeningen bruger 200.000 på nye postkasser. hvem har besluttet det??
immigrants|sprogkravene til statsborgerskab er blevet helt absurde, selv jeg ville dumpe testen
|politikernes snak om "parallelsamfund" er mest valgkamp. vis mig tallene
refugees|flygtningekvoten burde være højere. vi har råd
|integrationsydelsen er for lav til at leve af. det skaber bare mere fattigdom
eastern europeans|social dumping er et problem, men det er arbejdsgiverne der snyder, ikke arbejderne
|kommunens nye regler for hundeluftning i parken er sgu noget tåbeligt noget
disabled people|besparelserne på handicapområdet er en skandale. ring til jeres byrådsmedlem
trans people|jeg er skeptisk over for at give pubertetsblokkere til så unge børn, jeg synes forskningen skal være bedre først
|synes ærligt EU's asylaftale er for svag, den flytter bare problemet rundt
muslims|jeg synes ikke staten skal give tilskud til religiøse friskoler, hverken muslimske eller kristne
|boligforeningens nye venteliste-system favoriserer dem der kender nogen i bestyrelsen. det er ikke fair
immigrants|udvisningsreglerne for kriminelle er fine for mig, men de skal bruges ens for alle
|statsministerens tale i går var noget vrøvl fra ende til anden
""")

ok("religion_critique_nh", """
muslims|jeg synes islam som religion har et problematisk kvindesyn, ligesom mange fortolkninger af kristendommen har det
|religion burde være en privatsag, jeg gider ikke kirkeklokker kl 8 søndag heller
|kritik af islam er ikke racisme. kritik af muslimer som mennesker er
muslims|sharia er ikke forenelig med dansk lov, det mener jeg som ateist
jews|jeg er imod den israelske regerings krigsførelse i gaza, men det har intet med jøder i danmark at gøre
|den katolske kirkes skjulte misbrugssager er ulækre, og biskopperne skulle stilles til ansvar
|jehovas vidner der udstøder deres børn, det synes jeg er en grim praksis
muslims|omskæring af drenge bør forbydes, både jødisk og muslimsk. det er et etisk spørgsmål
|er der andre der synes at folkekirken får alt for mange penge fra staten?
|alle religioner er mere eller mindre eventyr for voksne imo, men folk må tro på hvad de vil
muslims|imamen i tv-programmet sagde noget helt forkasteligt om homoseksuelle, og jeg er glad for at andre muslimer tog afstand fra det
|frimenighedens præst prædikede at bøsser kommer i helvede. det er en afskyelig lære
""")

ok("positive_mention_nh", """
syrians|den syriske familie på 1. sal bragte mad over da jeg var syg, tak igen hvis I læser med ❤️
somalis|Hodan fra somali-foreningen har arrangeret lektiecafé for hele kvarteret. respekt
poles|fik lavet badeværelse af et polsk firma, mega dygtige og til tiden 👍
greenlanders|grønlandsk kulturaften i fælleshuset var så fed! trommedans og suaasat
gay people|vores nye træner og hans mand har fået et barn, tillykke til dem 🎉
trans people|stor tak til Mia for at stå for julefesten, du er sej
muslims|tak til moskéen for at dele mad ud til alle til eid, også os der ikke er muslimer
black people|Kofi scorede hattrick i dag og var kampens spiller. han er vild 🔥
women|pigeholdet vandt pokalen!!! 🏆 så stolt af jer
disabled people|vores kollega i kørestol er simpelthen den bedste til excel i hele firmaet lol
autistic people|min autistiske søn har bygget hele klubbens hjemmeside. han er genial
deaf people|tegnsprogskurset i fritidshuset var super hyggeligt, kan anbefales
afghans|den afghanske restaurant ved torvet har de bedste dumplings i byen
jews|den jødiske bager på hjørnet laver verdens bedste babka, har I prøvet?
roma|roma-musikerne på torvet i lørdags var fantastiske 🎻
turks|tyrkisk morgenmad hos Emre i lørdags var en oplevelse. tak for invitationen
lesbians|tillykke til Sanne og Camilla med brylluppet 💍🌈
arabs|araberen i kiosken gav mig lige en gratis kaffe fordi jeg havde glemt pungen, sådan en sød mand
refugees|de unge flygtninge der er kommet på holdet er super engagerede, hele træningen er blevet bedre
eastern europeans|de litauiske fyre på lageret er dem der altid tager vagterne når vi andre er syge. kæmpe tak
non-binary people|Robin var virkelig god som tovholder på loppemarkedet, tak!
pakistanis|bilal og hans familie inviterede hele opgangen til bryllup. det var sgu et fest 🥳
""")

ok("everyday_nationality_nh", """
poles|nogen der kender en god polsk butik i byen? mangler pierogi til i aften
somalis|somalisk restaurant åbner på hovedgaden i næste uge, glæder mig
|sælger 4 stk svenske vinterdæk, 215/55 R17, 800 kr
turks|tyrkisk bager på hjørnet har åbent til 22 nu, bare så I ved det
chinese|kinesisk nytår på biblioteket søndag, gratis for børn 🐉
|nogen der skal med til tyskland og handle på lørdag? har 2 pladser i bilen
greenlanders|hvor kan man købe grønlandsk tørfisk i københavn?
arabs|den arabiske grillbar har fået ny ejer, er den stadig god?
|har fået en ny kollega fra holland, skal vi lave velkomstkage?
syrians|den syriske slagter har den bedste lammekølle, klart
pakistanis|pakistansk mad til sommerfesten? jeg kan spørge min nabo om hun vil lave biryani
romanians|har en rumænsk kollega der spørger om der er nogen der har en brugt barnevogn til salg
ukrainians|ukrainsk sprogcafé i fritidshuset tirsdag, der mangler frivillige
|hvor er den bedste pizza i byen? går efter italiensk stil
jews|nogen der ved om der er en kosher-butik i aarhus? skal have gæster
muslims|husk at der er iftar i fælleshuset torsdag, alle er velkomne, tag gerne en ret med
africans|afrikansk trommekursus for børn i sommerferien, link i kommentar
|forældremøde i 4.b er flyttet til onsdag pga skolens fodboldturnering
vietnamese|den vietnamesiske neglesalon giver 20% rabat på onsdag
|sælger en brugt ps5 med 2 controllers, hentes i Vanløse
indians|indisk takeaway fredag? hvem er med
icelanders|vores nye nabo er fra island, hun har allerede lært os at spise hákarl 🤢😂
eritreans|eritreisk kaffeceremoni på biblioteket lørdag, min datter var der sidste år og elskede det
|har nogen set en grå kat på Birkevej? hun hedder Misse og er kommet væk
poles|polsk påskemarked i kirken søndag. de har de bedste kager
kurds|kurdisk nytår newroz fejres i parken 21. marts, der er bål og musik
""")

ok("reclaimed_self_nh", """
immigrants|vi perkere fra gellerup snakker sgu et bedre dansk end nogen tror haha
gay people|som bøsse kan jeg sige at pride i år var den bedste nogensinde 🌈
lesbians|os lebber tager en fælles bil til landsmødet, skriv hvis I vil med
trans people|trans og stolt. min første jul som mig selv ❤️
disabled people|os krøblinge i rullestolsbasket vandt i weekenden 😎♿
autistic people|som autist elsker jeg når mødet har en dagsorden. det er ikke svært folk
greenlanders|vi grønlændere laver altid for meget mad til festen, så kom bare forbi
deaf people|vi døve har også humor, vi hørte bare ikke joken 😂
muslims|os muslimer i klubben tager fri lørdag til eid, så vi mangler et par mand på holdet
jews|som jøde synes jeg det er fedt at skolen tager chanukka med i december
black people|som sort kvinde i en lille by bliver jeg spurgt om mit hår en gang om ugen lol
gay people|bøsser til fodbold er nok mere normalt end folk tror, vi er 3 på holdet haha
queer people|vi skeve i byen laver picnic i parken søndag, alle er velkomne 🏳️‍🌈
""")

ok("non_protected_insult_nh", """
|den dommer er blind som en flagermus, det var ALDRIG straffe 🤬
|hvem fanden har parkeret foran min garage igen?? flyt den bil ellers ringer jeg efter en kranvogn
|formanden for grundejerforeningen er en komplet idiot, han har ikke læst et eneste referat
|ham nabo med trampolinen kan rende mig, han har larmet til kl 2 hele weekenden
|fuck brøndby, de er nogle tabere og det har de altid været
|FCK-fans er noget af det mest usympatiske der findes, seriøst
|vores keeper var lige så nyttig som en pap-figur i dag
|din lille lort, du har taget min plads i vaskeriet igen
|borgmesteren er en klovn, hans nye trafikplan er det dummeste jeg har set
|tillykke til de geniale folk der smider pizzabakker ved siden af containeren. I er klamme
|dommerne i håndbold i dag var korrupte, det kan ikke forklares anderledes
|ham træneren fra u13 er en narcissistisk møgsæk der kun skifter sine favoritter ind
|vicevært er ubrugelig. tre uger og vasken drypper stadig
|AGF-fans synger som en flok fulde måger
|min chef er en psykopat, han sendte mails kl 23 igen
|din nar, du har slået forkert i regnskabet igen 🙄
|ejendomsmægleren var et klamt sleazy røvhul, hold jer fra det firma
|de cyklister der kører over for rødt er nogle selvmordskandidater
|hvem er den idiot der har taget min pakke fra opgangen?? jeg kan se det på kameraet
|folketinget er fuld af tabere der ikke har haft et rigtigt arbejde en dag i deres liv
|spillerne i dag var nogle dovne hunde allesammen, 0 indsats
|dem i 4. sal med hunden der gør hele dagen er de mest egoistiske mennesker jeg har mødt
|hvem fanden giver grillmesteren lov til at brænde pølserne hvert år, fyr ham
|de her hipstere der har overtaget kvarteret med deres 45 kr kaffe altså
|teslaejere kan ikke parkere, det er bevist
|brugt-sælgeren skrev "perfekt stand" og så manglede der et ben på bordet. svindler
""")

ok("football_banter_nh", """
|vi smadrer jer på søndag, gør jer klar til 4-0 😤
|ham svenske angriber de har købt er en flop, 0 mål i 8 kampe lol
|vi slagter dem i derbyet, der bliver ikke noget tilbage af dem
|tyskerne vinder altid til sidst, det er så irriterende 😂
|englænderne og deres "it's coming home" hvert eneste år 😂 nej det gør det ikke
|svenskerne brænder straffespark som om det var deres job haha
|vores forsvar var lige så tæt som en si i dag
|giv nu den dommer nogle briller, for helvede
|ej hvor er brøndby-fans tudefjæs i dag 😂 skal vi sende lommetørklæder
|den sidste scoring var ren mord, målmanden fik ikke en chance
|Kim fra kiosken er Liverpool-fan og han er uudholdelig i dag 😂
|vi hænger dem op på lygtepælene på banen... altså taktisk mener jeg. pres højt 😂
|vi dræbte dem i anden halvleg, 3 mål på 10 minutter
|dommeren skal have en kugle for den der, åh jeg er så sur. ok ikke rigtigt men ARGH
""")

ok("gaming_violence_nh", """
|jeg dræber dig i FIFA i aften, bare vent
|headshot på ham igen lmao, han er så noob
|vi wiper hele serveren i aften, hvem er on?
|get rekt, du blev smadret
|campede ham i 10 min og stak ham i ryggen 😈
|lad os raide deres base kl 20, tag sprængstoffer med
|min lillesøster slagtede mig i mario kart igen 😭
|brænd hele landsbyen ned i minecraft, det er deres egen skyld for at stjæle vores diamanter
|GG ez, I er nogle bots
|jeg skyder dig ned så snart du kommer ud af busken lol
|den nye boss er så hård, den myrder mig hver gang
|vi tager deres tårn og hænger dem op i flagstangen lol (i spillet selvfølgelig)
|spiller du support igen? så dør vi allesammen
|nogen der er on til cs? skal have hævn over de russere der smadrede os i går
|ham fra det andet hold ragequittede efter jeg slog ham 5 gange i træk 😂
|hold kæft han er trash, han burde uninstalle
|jeg slår dig ihjel hvis du tager min loot igen 😂
|dansk server er død, alle spiller på de tyske nu
""")

ok("violent_idiom_nh", """
|jeg slår min bror ihjel hvis han har spist den sidste is igen 😂
|den eksamen slog mig helt ihjel
|chefen kommer til at flå mig levende når han ser budgettet
|jeg kunne myrde for en kop kaffe lige nu
|jeg dør af grin over den video 😂😂
|vi skal banke den opgave af i weekenden så vi er færdige
|min mor hænger mig når hun ser karakteren
|den chilisauce tog livet af mig
|koncerten var så sindssygt god, de dræbte det
|smid dem ud af gruppen dem der ikke har betalt kontingent, sorry men regler er regler
|jeg eksploderer snart hvis naboens alarm går igen
|skyd mig, det er mandag igen
|vi skal have smidt de gamle møbler ud af fælleshuset, hvem har en trailer?
|han fik ordentligt tæsk i skak af en 10-årig haha
|banker dem op i quizzen torsdag, vores hold er klar 🧠
""")

ok("genuine_question_nh", """
muslims|hvornår er ramadanen i år? vil gerne tage hensyn til træningstiderne
trans people|hvordan spørger man høfligt om hvilke pronominer en ny kollega bruger?
deaf people|er der nogen der ved om kommunen betaler tegnsprogstolk til forældremøder?
jews|er det okay at sige god jul til en jødisk kollega eller skal man sige noget andet?
refugees|hvordan kan man blive frivillig på asylcentret? vil gerne hjælpe med lektier
autistic people|min søn er lige blevet diagnosticeret med autisme. nogen der har gode råd til skolestart?
muslims|er halal-kød bare kød slagtet på en særlig måde? spørger af ren nysgerrighed
greenlanders|hvad er forskellen på grønlandsk og dansk retskrivning? min kæreste er fra nuuk
non-binary people|hvad betyder det egentlig at være ikkebinær? ikke for at være træls, vil bare forstå
immigrants|hvor mange indvandrere er der egentlig i kommunen? kan ikke finde tallene
roma|hvor kommer romaerne oprindeligt fra? har hørt indien men er ikke sikker
disabled people|er fælleshuset tilgængeligt for kørestole? min svigermor kommer til sommerfesten
gay people|min søn er 14 og har lige fortalt mig han er bøsse. hvordan støtter jeg ham bedst?
somalis|taler de fleste somaliere i danmark somali derhjemme? tænker over modersmålsundervisning
women|hvorfor er der så få kvindelige trænere i klubben? kan vi gøre noget for at få flere?
arabs|kan nogen anbefale et arabisk sprogkursus? min svigerfamilie er fra libanon
black people|hvad er den korrekte betegnelse nu? sort eller brun? vil ikke sige noget forkert
muslims|må muslimer egentlig spise vingummi? skal lave slikposer til klassefesten
""")

ok("negated_hate_nh", """
muslims|det er ikke fordi de er muslimer, det er fordi de aldrig rydder op efter sig i fælleskøkkenet. gælder også dem fra stuen
immigrants|jeg har intet imod indvandrere, jeg har noget imod folk der kører 80 på vores villavej. uanset hvem
refugees|ingen siger at flygtninge er kriminelle, det var en enkelt person, og han er blevet anholdt
gay people|at han er bøsse er helt ligegyldigt, problemet er at han aldrig møder op til træning
women|hun er ikke en dårlig formand fordi hun er kvinde, hun er en dårlig formand fordi hun ikke læser mails
|jeg er ikke racist, jeg synes bare ikke vi skal have en grill mere på fællesarealet. seriøst det handler om grillen
poles|polakkerne er ikke problemet, det er firmaet der ikke betaler dem ordentligt
somalis|det har intet med at de er somaliere at gøre. unger larmer, det gjorde mine også
trans people|ingen har sagt at trans folk ikke må bruge omklædningen, læs nu lige hvad der står i referatet
muslims|vi har ikke noget imod bederummet, vi vil bare have at det bliver booket ligesom alle andre lokaler
arabs|det er ikke arabisk kultur at stjæle en cykel. det er bare en idiot der har stjålet en cykel
""")

ok("individual_behaviour_nh", """
|ham fra 2. th har igen sat sine skraldeposer i opgangen. det er tredje gang i denne måned
|Ahmed, du skylder stadig 200 kr for holdtrøjen. betal nu 😅
|Piotr glemte at låse cykelkælderen, så nu er der stjålet to cykler. bare husk det næste gang
|Fatima og Jens skal begge møde til grillvagt kl 16, ingen undskyldninger denne gang
|Mohammed har lånt boremaskinen i 3 måneder nu, jeg vil gerne have den tilbage hehe
|Nuka, du var sgu lidt for fuld til julefrokosten. men det var vi allesammen 😂
|en af forældrene sneg sig foran i køen til juleklippedag, ret uforskammet ærligt
|Emre råbte ad dommeren og fik rødt kort. det var fortjent, han skal lære at styre sig
|ham med den sorte audi har parkeret på handicappladsen igen, jeg har taget et billede
|Leyla gik før tid fra vagten igen uden at sige noget til nogen
""")

ok("policy_and_group_discussion_nh", """
immigrants|kriminaliteten blandt nogle unge med indvandrerbaggrund er et reelt problem, men løsningen er job og uddannelse, ikke had
muslims|hvordan får vi flere muslimske forældre med i skolebestyrelsen? de er næsten ikke repræsenteret
roma|der er romaer der tigger ved netto. kan vi som forening gøre noget for dem i stedet for at klage?
refugees|jeg var bekymret for asylcentret, men efter borgermødet er jeg faktisk beroliget
greenlanders|der er mange grønlændere i hjemløsestatistikken. det er et svigt fra det danske system
trans people|klubben bør lave en politik for omklædning så alle føler sig trygge, også transpersoner
|vi skal have en snak i afdelingen om larm efter kl 22, det gælder alle lejligheder
women|der bør være flere kvinder i bestyrelsen, vi er halvdelen af medlemmerne
disabled people|kan vi få en rampe ved indgangen til klubhuset? der er flere medlemmer i kørestol nu
""")

# ---------------------------------------------------------------- chat-style hateful (no æøå, slang, loanwords)

hate("chat_stereotype_h", "generalisation", """
immigrants|helt aerligt de udlaendinge gider ik andet end at hive penge ud af kommunen
muslims|muslimerne i klassen faar altid lov til alt, de er nogle forkaelede snyltere
roma|romaerne ved stationen er nogle snavsede tyveknaegte allesammen, pas paa jeres ting
gay people|boesser er bare too much, de skal altid vaere i centrum og flashe det
trans people|trans folk er bare mentally ill, sorry not sorry
women|girls kan ik lede et hold, de bliver bare emotional over alt
asians|asiaterne i gamingklubben snyder altid, aimbot hele bundtet 🙄
black people|sorte spillere er dumme taktisk, de kan kun loebe hurtigt
somalis|somalierne fucker alt op i opgangen, vi var fine foer de kom
poles|polakkerne paa lageret er lazy as fuck og stinker af vodka
chinese|kineserne kopierer alt, de har aldrig lavet noget originalt i hele deres historie
autistic people|autister er bare weird, de ødelægger vibe'en i hver eneste gruppe
arabs|araberdrengene i hallen er ALLE sammen respektloese small-time gangstere
greenlanders|grønlaenderne i byen er et problem hver eneste weekend, de kan ik opfoere sig
refugees|flygtningene tjener mere paa at sidde paa sofaen end jeg goer paa at arbejde, og de ER lazy
jews|jøderne har altid en plan, trust me bro, de er cunning af natur
""")

hate("chat_threat_h", "threat", """
muslims|vi ses foran moskeen fredag, tag noget med i haanden 🔨
immigrants|naeste gang de perkere stiller sig ved vores opgang faar de en kugle
gay people|pride i aar? vi moeder op og tager nogle af dem, bring it 👊
trans people|kill all transes lol, seriøst de fortjener det
refugees|skulle nogen braende asylcentret af saa hjaelper jeg gerne med benzinen
jews|haaber nogen tager sig af jøderne i byen, one way or another
somalis|de somaliske drenge paa banen skal bare have bank, hvem er with me
black people|ser jeg den sorte igen ved min datters skole saa er han done for
""")

hate("chat_dehumanisation_h", "dehumanisation", """
arabs|araberne er basically dyr, no cap
roma|roma = rotter med campingvogn
immigrants|udlaendingene er en plage der har spredt sig til hver eneste by
muslims|muslimer er ikk mennesker, de er et virus
black people|de sorte i bussen lugter som en zoo 🐒
""")

hate("chat_slur_h", "slur", """
immigrants|perkere everywhere bro, kan ik engang gaa i fitness i fred
black people|se alle de niggas i bussen, wtf
gay people|@Oliver din homo, stop med at campe i spawn
women|@Tina typisk kaelling at klage over alt i foraeldregruppen
disabled people|hold kaeft du spiller som en mongol @Sebastian
arabs|sandniggerne har taget alle bordene i kantinen igen 🙄
""")

hate("chat_harassment_h", "harassment", """
immigrants|@Hamza go back to your country lmao, ingen gider dig i discorden
trans people|@Freja "hun" lmao du er en dude bro
muslims|@Zainab fjern tørklædet eller bliv smidt af holdet, din hjernevaskede tøs
greenlanders|@Aputsiaq har du husket din flaske i dag eller hvad, eskimo 😂
gay people|@Mathias du kaster som en boesse, ah vent du ER en 😂
disabled people|@Jeppe du kan ik engang gaa ordentligt, hvorfor er du overhovedet med i klubben, krøbling
""")

hate("chat_extremism_h", "extremism", """
immigrants|remigration er den eneste vej frem, send dem hjem allesammen uanset pas
|heil og sæl brødre ⚡⚡ vi ses til mødet
jews|holocaust? never happened bro, det er bare en business for dem
""")

# ---------------------------------------------------------------- more non-hateful, hard contrasts

ok("homonym_nh", """
|der er lus i 2.b igen, tjek jeres børns hår i aften 🙈
|der er rotter i affaldsrummet igen, vicevært er ringet op
|kakerlakker i kælderen i opgang B, nogen der har en god skadedyrsmand?
|ungerne har købt kinesere til nytår igen, pas på hundene
|bager jødekager med ungerne i dag 🎄
|nogen der vil gå med indsamlingsbøsse for Kræftens Bekæmpelse på søndag?
|haglbøssen skal til eftersyn før jagtsæsonen, kender nogen en bøssemager i området?
|tyrkisk peber shots til julefrokosten? ja tak 🥃
|han har lavet sort arbejde i årevis og nu fik han en bøde af skat
|mongolsk grill på havnen har åbnet igen, helt vildt god buffet
|vi har fået svamp i kælderen. det er en pest og en plage at få væk
|hvem har efterladt hundelort på plænen? I er nogle svin, saml det op
|jeg er familiens sorte får, jeg er den eneste der ikke læste jura 😂
|franskbrød, wienerbrød og en dansker med remoulade, fredagsbestillingen til kontoret
|skadedyrsbekæmperen kommer på tirsdag pga musene i fælleshuset
|politikerne på borgen er nogle parasitter der kun tænker på deres egen pension
|kan man stadig sige negerkys? min mormor kalder dem stadig det og ungerne spørger hvorfor de hedder flødeboller
|jeg er helt grøn til det her med grøntsagshaver, nogen der har tips?
|der er en sand pest af myrer i sandkassen, hvad gør vi
""")

ok("non_protected_threat_nh", """
|jeg smadrer den næste der parkerer i min indkørsel, jeg har fået nok
|hvis ham naboen ikke slukker musikken snart så går jeg derover og trækker stikket ud af hans højttaler
|næste gang nogen tager min mad fra køleskabet på kontoret så er der ballade
|den der stjæler cykler fra kælderen skal bare vente sig, vi har kamera nu
|hvis dommeren dømmer sådan igen på søndag så går jeg ned på banen og siger det til ham direkte
|ham der kørte min sidespejl af på p-pladsen skal nok få en regning. jeg finder dig
|smid dem ud af foreningen dem der ikke har betalt i 2 år, nu er det nok
|jeg kunne godt give ham fra bestyrelsen en på hatten efter det møde 🙄 (nej selvfølgelig ikke)
""")

ok("counter_speech_chat_nh", """
immigrants|bro stop med det "perker"-snak i discorden, det er ikke sjovt og du får ban
muslims|helt aerligt, ikke alle muslimer er ens. min bedste ven er muslim og han er mere dansk end dig lol
gay people|hvis du synes det er klamt at en bøsse er træner så er det dit problem, ikke hans
trans people|trans women are women, og det gælder også i vores klub. deal with it
black people|hvorfor skal hver eneste gang en sort spiller laver en fejl handle om hans hudfarve?? stop
women|ej hold nu op med "girls kan ik spille", Sofie carried hele holdet i aftes 😂
refugees|folk i kommentarsporet der ønsker at folk drukner, hvad sker der for jer? seriøst
roma|den joke med trampolinen er gammel og racistisk, find noget nyt at grine af
jews|fyren i lobbyen der spammer hagekors er reported. I andre kan også reporte ham
disabled people|at kalde nogen "mongol" er ikke edgy, det er bare klamt over for folk med downs
greenlanders|"grønlændere drikker" er en fordom. mine grønlandske kollegaer drikker mindre end os danskere til julefrokosten lol
asians|at kalde Minh for "kineser" når han er fra vietnam er både racistisk og forkert. just stop
autistic people|"er du autist eller hvad" er ikke et skældsord. min lillebror er autist og det sårer
somalis|vi lader ikke folk skrive sådan om somaliere i denne gruppe. sidste advarsel
lesbians|to mødre er lige så gode forældre som en mor og en far. forskningen er ret klar
arabs|admins: kan vi få slettet kommentaren med "sandneger"? den har stået i 3 timer
muslims|jeg er selv ateist og kritisk over for religion, men at true en moské er bare kriminelt
immigrants|"de har aldrig bidraget"? min læge, min tandlæge og halvdelen af sygeplejerskerne på afdelingen har indvandrerbaggrund
trans people|at skrive "den transe" om vores nabo er ikke okay. hun hedder Mia
non-binary people|it's literally bare et pronomen, chill 😂 "de" er fint
""")

ok("school_parents_nh", """
|husk madpakke og regntøj til tur i skoven i morgen, 3.a
somalis|vi har fået to nye piger i klassen fra somalia, kunne vi lave en velkomstpakke til dem?
muslims|til klassefesten: husk at nogle af børnene ikke spiser svinekød, så lav gerne kyllingepølser også
|er der nogen der kan køre til håndboldstævnet i Vejle på lørdag?
|lærerne skal have en gave til sommerferien, 50 kr pr barn på mobilepay til Dorthe
arabs|Yasmins mor tilbyder at lære børnene at lave falafel til temadagen, fantastisk!
disabled people|vores søn bruger kørestol, er der elevator på lejrskolen?
|lus igen igen igen. jeg er ved at blive sindssyg 😭
deaf people|en af de nye forældre er døv, skal vi skrive beskeder her i stedet for at ringe rundt?
trans people|Alex i 7.b har bedt om at blive kaldt Alex og "han" nu. lærerne har talt med klassen, og det gik fint
|der er mobning i 6.c, jeg synes vi skal tage det op på forældremødet
ukrainians|de ukrainske børn har brug for dansk-lektiehjælp, kan nogen af os hjælpe en time om ugen?
|min datter kom hjem og sagde at nogen havde kaldt hende "tyk". vi skal snakke med børnene om det
jews|skal vi ikke også markere chanukka i klassen når der er to jødiske børn?
autistic people|en af drengene i klassen er autist og har det svært med høje lyde, så vi dropper ballonerne til festen
""")

ok("housing_association_nh", """
|generalforsamling torsdag kl 19 i fælleshuset. dagsorden er sendt ud
|vaskeriet er i stykker IGEN, maskine 3 æder vasketøj
|har nogen set hvem der har smidt en sofa ved containerne?
muslims|beboerne har ønsket et stilleværelse til bøn og meditation, forslaget kommer op på mødet
|gårdfest lørdag! medbring selv kød, foreningen står for salat og drikkevarer 🍻
poles|ham polske fyr i nr 12 har tilbudt at ordne cykelskuret gratis. sikke en flink mand
|hvem har lånt stigen fra fælleskælderen? den skal tilbage
syrians|tak til Rami fra 3. sal for at have skovlet sne for hele opgangen i morges ❄️
|afdelingsbestyrelsen har vedtaget at der ikke må grilles på altanerne mere
immigrants|vi er ret mange nationaliteter her i bebyggelsen, kunne det ikke være sjovt med en madfestival hvor alle tager noget med?
|nogen der vil bytte en parkeringsplads under tag med en udendørs?
greenlanders|Nuka fra blok 4 har lovet at holde grønlandsk aften i fælleshuset igen til foråret 🇬🇱
|musik til kl 3 i nat fra 2. tv. vi andre skal altså op og arbejde
|husk at blive på stierne, græsset er lige sået
""")

ok("workplace_nh", """
|møde flyttet til kl 14, husk at tage jeres laptop med
muslims|til julefrokosten bestiller vi også halal og vegetar, skriv hvis I har andre ønsker
|kaffemaskinen på 2. sal er død, hvem ringer til service?
women|tillykke til Henriette med den nye stilling som afdelingsleder! 🎉
|vi mangler en til weekendvagten, nogen der kan?
eastern europeans|de nye kolleger fra Litauen starter mandag, vis dem gerne rundt og hjælp med sproget
deaf people|vores nye kollega Ida er døv, så husk undertekster på teams-møderne
|HR har sendt den nye ferieplan ud, tjek den
trans people|Simone har fået ny mail-adresse efter navneskiftet, opdater gerne jeres kontaktliste
|hvem har taget min yoghurt fra køleskabet 😤 den havde navn på
|ledelsen har igen besluttet noget uden at spørge os. typisk
|fredagsbar aflyst pga. sygdom, øv
""")

ok("sports_club_nh", """
|træning rykket til kl 17:30 pga banerne er frosne
|u11 drengene vandt 5-2 i dag!! super kamp 💪⚽
refugees|klubben har fået støtte til at tilbyde gratis kontingent for flygtningebørn, del gerne
women|vi starter et nyt damehold i foråret, alle niveauer er velkomne
|hvem har nøglen til boldrummet?
gay people|klubben deltager i pride-stafetten igen i år, tilmeld jer hos Jonas
disabled people|parasportsholdet søger frivillige trænere, ingen erfaring nødvendig
|dommerkurset er på søndag, der mangler 4 tilmeldinger
afghans|Farid og hans bror har hjulpet med at male klubhuset, tak drenge 🙏
|husk kontingent inden 1. marts ellers kan I ikke spille i turneringen
muslims|vi lægger træningen efter solnedgang i ramadanen så de der faster også kan være med
|ham dommeren i går var helt væk, men vi tabte fordi vi spillede dårligt, lad os være ærlige
|slutrunden er i Odense, vi kører i bus fra klubhuset kl 7
""")

ok("gaming_discord_nh", """
|nogen der er on i aften? skal have grindet nogle ranks
|server restart kl 22, gem jeres ting
|ny regel: ingen racisme, ingen homofobi, ingen slurs. får du ban så er det din egen skyld
|@Oliver gg wp, du carried os hele kampen
|hvem fuck har taget mine diamanter i kisten 😤
|det nye patch har ødelagt min main, helt unplayable
gay people|pride event i minecraft server i weekenden, byg noget med regnbuer 🌈
|tournament lørdag kl 15, 5v5, skriv jer på listen
|lag er helt sindssygt i aften, er det kun mig?
|nogen der kan hjælpe mig med det her boss fight? jeg dør hele tiden
|ham den nye er faktisk sygt god, hvor har han lært at aime sådan
|mod-team: husk at skrive i mod-log når I giver timeout
""")

ok("football_fans_nh", """
|hvem tager med til udekampen i aarhus? bussen kører kl 10
|vi fik en bøde for pyroen igen, det her koster klubben penge folkens
|klubben har udelukket ham der råbte racistiske ting efter deres angriber. godt
brazilians|vores nye brasilianske kant er så sindssygt hurtig, vildt køb
|tifo til derbyet: vi mødes i kælderen onsdag og maler bannere
|hvis vi taber til dem igen så græder jeg. det er helt sikkert
|sang til næste kamp: jeg har skrevet et nyt vers, tjek det
|sikke en kamp!!! 3 point og førstepladsen 🔥🔥
|stadionmaden er blevet dyrere igen, 75 kr for en pølse er kriminelt
|husk at vi er gæster på deres stadion, ingen ballade, vi vil ikke have karantæne igen
muslims|vores marokkanske midtbane bad en bøn efter scoringen, så fedt at se han har det godt igen efter skaden
""")

ok("neighbourhood_nh", """
|der er fundet en nøgle ved legepladsen, ligger i postkassen nr 7
|pas på, der har været indbrud på Bøgevej i nat. lås døre og vinduer
|nogen der har lyst til at være med til at rydde op i parken på søndag?
|vejfest 24. juni! vi mangler nogen til at stå for musik
|bilen med kortet i vinduet kører rundt og tjekker biler, nogen der har set noget? ring til politiet hvis I ser noget
refugees|asylcentret holder åbent hus på lørdag, jeg tænker at tage forbi og møde folk
|der kører en bil alt for stærkt på skolevejen hver morgen kl 7:45. nogen der genkender en hvid van?
roma|der har stået en familie og tigget ved netto i flere dage, det er vinter. ved nogen om der er et herberg de kan henvises til?
|grenen fra naboens træ hænger ind over min carport, hvem skal betale for at fælde den?
syrians|den syriske familie der er flyttet ind på hjørnet har brug for et køleskab, nogen der har et?
|har nogen en stige jeg må låne en time?
|gaderne er glatte, husk at salte foran jeres indkørsel
""")

ok("genuine_question_extra_nh", """
|hvad er egentlig forskellen på en flygtning og en migrant? spørger til en skoleopgave
muslims|er det uhøfligt at spise foran en kollega der faster?
gay people|hvad betyder LGBTQ+ helt præcist? min datter spurgte og jeg kunne ikke svare
greenlanders|er grønland stadig en del af danmark eller er de selvstændige nu? helt ærligt forvirret
|hvad betyder 88 når folk skriver det? så det på en mur og fik en dårlig fornemmelse
jews|hvorfor er der politi foran synagogen hele tiden? min søn spurgte
trans people|hvordan skifter man juridisk køn i danmark? spørger for en ven
|er det lovligt at skrive at man vil "smadre" nogen i en chat hvis det bare er for sjov?
""")


def main():
    texts = Counter(r[0] for r in ROWS)
    dups = [t for t, n in texts.items() if n > 1]
    assert not dups, "duplicate texts: %r" % dups
    for text, label, category, functionality, target, lang in ROWS:
        assert text and text == text.strip()
        assert label in ("hateful", "non-hateful")
        if label == "hateful":
            assert category in CATEGORIES, category
            assert functionality.endswith("_h") and not functionality.endswith("_nh")
        else:
            assert category == ""
            assert functionality.endswith("_nh")
        assert target == target.lower()
        assert lang in ("da", "en")
        assert "\n" not in text
    n = len(ROWS)
    labels = Counter(r[1] for r in ROWS)
    assert labels["non-hateful"] >= 0.45 * n, labels
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data.csv")
    with open(out, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["text", "label", "category", "functionality", "target", "lang"])
        for row in ROWS:
            w.writerow(row)
    print("rows", n)
    for k, v in sorted(labels.items()):
        print("label", k, v)
    for k, v in sorted(Counter(r[2] for r in ROWS if r[1] == "hateful").items()):
        print("category", k, v)
    for k, v in sorted(Counter(r[3] for r in ROWS).items()):
        print("functionality", k, v)


if __name__ == "__main__":
    main()
