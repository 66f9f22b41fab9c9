#!/usr/bin/env python3
"""Training data trda4: ordinary non-hateful Danish talk that a moderation
model must leave alone, plus a smaller share of close hateful contrasts.

Every message was written by hand for the trygbot project. Run this script to
regenerate data.csv next to it (deterministic, standard library only).
"""
import collections
import csv
import os

CATEGORIES = {"slur", "dehumanisation", "generalisation", "threat", "extremism", "harassment"}
ROWS = []


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
# (1) Everyday chat that mentions groups in passing
# ---------------------------------------------------------------------------
ok("everyday_mention_nh", "somalis", [
    "Vores somaliske naboer holdt fest i går og vi blev inviteret, der var SÅ meget mad 😍",
    "Hodan fra nr. 14 kommer med sambusa til sommerfesten igen i år, hun er bare den bedste",
    "er der nogen der ved om den somaliske restaurant på hjørnet har åbent søndag?",
    "Min datter leger med to somaliske piger fra klassen, de er helt uadskillelige",
    "Tak til den somaliske mødregruppe for hjælpen med loppemarkedet i lørdags!",
    "naboen fra somalia lånte mig sin stige, så nu er tagrenden endelig renset",
])
ok("everyday_mention_nh", "poles", [
    "De polske håndværkere der lagde vores tag var hurtige og grundige, kan varmt anbefales",
    "Er der nogen der kender en polsk elektriker i Køge-området? Ham vi havde er flyttet hjem",
    "Den polske butik på Amagerbrogade har de bedste pierogi, bare så I ved det",
    "min kollega Tomasz tager hjem til Polen til jul, så jeg tager hans vagter",
    "polakkerne på byggepladsen gav os kage da de var færdige, sødt",
    "Jeg er begyndt at lære polsk på Duolingo for at kunne snakke med min svigermor 😅",
])
ok("everyday_mention_nh", "muslims", [
    "Min kollega Amira havde kage med til Eid i dag, der var baklava til hele afdelingen",
    "Eid Mubarak til alle der fejrer i dag! 🌙",
    "Vi holder personalemødet efter kl 18 i denne uge fordi nogle af kollegaerne faster",
    "Moskeen i Nørrebro holder åbent hus på lørdag hvis nogen er nysgerrige",
    "Yusuf spurgte om der var svinekød i frikadellerne til klassefesten, vi laver en kyllingeversion ved siden af",
    "min muslimske veninde og jeg skal til iftar hos hendes forældre i aften, glæder mig",
    "Ramadan starter snart, så fodboldtræningen om aftenen bliver måske lidt tyndere besøgt",
    "Er der et bederum i den nye lufthavnsterminal? spørger for min svoger",
])
ok("everyday_mention_nh", "gay people", [
    "Der er kommet et homoseksuelt par med i badmintonklubben, de er faktisk pisse gode til double",
    "Mikkel og hans mand holder 10 års bryllupsdag på lørdag, hele opgangen er inviteret",
    "Min bror er lige sprunget ud som bøsse og ærligt, mor tog det bedre end da han droppede ud af uni 😂",
    "To fædre i børnehaven har startet en legegruppe om fredagen, skriv til dem hvis I vil være med",
    "Er der andre der skal til Pride på lørdag? Vi mødes ved Rådhuspladsen kl 12",
    "Kasper og Jonas har lige adopteret en hund, den hedder Bølle og er helt vild",
])
ok("everyday_mention_nh", "lesbians", [
    "mine to mødre kommer begge til forældremødet, så der bliver trængsel ved kaffen",
    "Line og hendes kæreste har overtaget caféen på torvet, prøv deres kanelsnegle",
    "Det lesbiske kor synger til julekoncerten i kirken, det plejer at være virkelig flot",
])
ok("everyday_mention_nh", "trans people", [
    "Min ven Alex er trans og har lige fået nyt pas med det rigtige navn, vi skal ud og fejre det i aften 🎉",
    "Husk at Sam bruger de/dem nu, bare så ingen bliver forvirret til træningen",
    "Vores nye praktikant er transkvinde og hun har allerede styr på hele lagersystemet",
    "Jeg skal hjælpe min trans fætter med at flytte på søndag, nogen der har en trailer?",
    "Ella fra klassen skiftede navn hen over sommeren, lærerne har været super gode til det",
])
ok("everyday_mention_nh", "non-binary people", [
    "Robin er nonbinær og har spurgt om vi kan skrive 'spiller' i stedet for 'drenge' på holdlisten, fint med mig",
    "min kollega er non-binær og bruger hen, tog mig en uge at vænne mig til men nu kører det",
])
ok("everyday_mention_nh", "disabled people", [
    "Min kusine sidder i kørestol, er der nogen der ved om Tivoli har handicaptoiletter ved koncertscenen?",
    "Min fætter med Downs syndrom fik job i Netto og han er SÅ stolt, han viser alle sit navneskilt",
    "kan vi ikke få en rampe ved indgangen til klubhuset? Bjarne kan ikke komme op ad trappen",
    "Parasport-dagen i hallen var en kæmpe succes, tak til alle frivillige",
    "husk at holde handicappladsen fri til Lones bil når hun kommer med sin søn",
    "Min lillebror er blind og spiller goalball to gange om ugen, han er fandme god",
])
ok("everyday_mention_nh", "autistic people", [
    "Min søn er autist og vi har fundet en rigtig god spejdergruppe hvor de tager hensyn",
    "Er der nogen som kender en frisør der er god til børn med autisme? Høj lyd er svært for min datter",
    "Kollegaen med autisme har lavet det bedste regneark jeg nogensinde har set, respekt",
])
ok("everyday_mention_nh", "deaf people", [
    "Vi har lært lidt tegnsprog på arbejdet så vi kan snakke med vores døve kollega Henrik, sjovt",
    "Findes der et døvehold i svømmeklubben? min nevø er døv og vil gerne starte",
])
ok("everyday_mention_nh", "women", [
    "Kvindernes fodboldhold i klubben gik videre i pokalen i går!! Kom ud og hep på søndag ⚽",
    "så I kvindelandsholdet i går? sikke en kamp, hun scorede fra 25 meter",
    "Der er damefrokost i afdelingen på fredag, mændene må selv finde ud af det 😄",
    "Min mor er den eneste kvindelige kranfører på havnen og hun er vildt sej",
    "Pigeholdet mangler en træner til U13, skriv hvis du har lyst",
])
ok("everyday_mention_nh", "jews", [
    "Glædelig Hanukkah til de jødiske familier i klassen 🕎",
    "Vi var inde og se synagogen i Krystalgade med skolen, guiden var vildt dygtig",
    "min kæreste er jøde så vi holder både jul og Hanukkah, ungerne elsker det haha",
    "Er der nogen der ved hvor man kan købe kosher kød i Aarhus?",
    "Jødisk Museum har gratis adgang på søndag, god tur med børnene",
])
ok("everyday_mention_nh", "greenlanders", [
    "Har nogen hørt det nye grønlandske band på P6? det er så fedt",
    "Vi fik kaffemik hos Nivi i weekenden, første gang jeg har prøvet det, hyggeligt",
    "Min svoger er fra Nuuk og han griner af os hver gang vi kalder 5 grader for koldt",
    "Grønlandsk nationaldag 21. juni, der er fest i Nordatlantens Brygge",
    "Er der nogen der kan lære mig et par grønlandske ord før jeg tager op til Ilulissat?",
])
ok("everyday_mention_nh", "turks", [
    "Det tyrkiske bageri har fået nye simit, de er stadig varme kl 7 om morgenen",
    "Vi var til tyrkisk bryllup i lørdags, jeg har aldrig danset så meget i mit liv",
    "Mehmet fra grillen gav ungerne gratis is fordi de havde vundet kampen 😂",
    "kan nogen anbefale en tyrkisk frisør i Odense der kan lave fade ordentligt?",
])
ok("everyday_mention_nh", "refugees", [
    "To af de nye flygtningedrenge er kommet på håndboldholdet og de er helt vilde på kanten",
    "Vi søger frivillige til lektiecafé på asylcentret tirsdag og torsdag, ingen erfaring krævet",
    "Jeg har været frivillig på asylcentret i tre år nu og jeg har fået venner for livet",
    "Husk tøjindsamlingen til flygtningefamilierne, vi mangler især vinterstøvler i børnestørrelser",
    "Den ukrainske familie der bor ovenpå har inviteret os på borsjtj på lørdag",
    "Er der nogen der har en cykel til overs? En af de nye familier fra Syrien mangler en til skolevejen",
])
ok("everyday_mention_nh", "syrians", [
    "Den syriske restaurant har lavet frokostordning, 69 kr for shawarma og salat",
    "Vores syriske nabo Rami fiksede min cykel på 5 minutter, manden kan alt",
])
ok("everyday_mention_nh", "afghans", [
    "Afghansk madaften i medborgerhuset på fredag, tilmelding hos Zarah",
    "Farid fra klassen var med i skakturneringen og tog 2. pladsen, godt gået!!",
])
ok("everyday_mention_nh", "pakistanis", [
    "min pakistanske kollega inviterede hele holdet til sin søsters bryllup, 600 gæster 😳",
    "Den pakistanske købmand har åbent til 23, redder mig hver gang jeg har glemt mælk",
])
ok("everyday_mention_nh", "romanians", [
    "Vi har fået en rumænsk tandlæge i byen og hun er super god, ingen ventetid",
    "Rumænske Andrei på lageret har lært mig at lave sarmale, det tog hele søndagen",
])
ok("everyday_mention_nh", "roma", [
    "Der er romamusik-koncert på biblioteket på torsdag, det er gratis",
    "min kollega er roma og har fortalt om sin familie i Ungarn, vildt spændende historie",
])
ok("everyday_mention_nh", "black people", [
    "Min datters bedste veninde er sort og de har lige fundet ud af at de har samme fødselsdag",
    "Er der nogen frisører i Aalborg der kan sorte krøller? min nevø er træt af at blive klippet forkert",
])
ok("everyday_mention_nh", "chinese people", [
    "De kinesiske studerende på kollegiet holdt kinesisk nytår i fælleskøkkenet, dumplings for alle",
    "Vores kinesiske udvekslingsstuderende har lært os mahjong og nu er vi afhængige",
])
ok("everyday_mention_nh", "asians", [
    "den vietnamesiske frisør på Vesterbro er billig og hurtig, anbefales",
    "Thai-restauranten ved stationen har fået nyt menukort, de har stadig den gode green curry",
])
ok("everyday_mention_nh", "arabs", [
    "Jeg tager arabisk på aftenskole, det er svært men læreren er mega god",
    "Den arabiske grønthandler har de billigste avocadoer i hele byen",
])
ok("everyday_mention_nh", "immigrants", [
    "Kom til international madmarked på skolen på lørdag, 14 lande er repræsenteret",
    "Halvdelen af vores sygeplejersker på afdelingen er født i udlandet, og vi ville ikke kunne køre uden dem",
    "Min far kom hertil fra Bosnien i 93 og han har lige fået 25 års jubilæum på fabrikken",
    "Sprogcaféen på biblioteket mangler danske frivillige, bare kom og snak",
    "mor kom fra Vietnam som båd-flygtning og hun laver stadig den bedste forårsrulle i DK",
])
ok("everyday_mention_nh", "eastern europeans", [
    "Jordbærplukkerne fra Litauen har et fællesrum på gården og de spillede guitar hele aftenen",
    "Er der nogen der kender en bulgarsk mekaniker? Han jeg brugte før var pisse billig og ærlig",
])
ok("everyday_mention_nh", "africans", [
    "Der er afrikansk trommeworkshop for børn i sommerferien, mine unger var helt oppe at køre",
    "Min kollega fra Ghana har lavet jollof rice til fredagsbar, det forsvandt på 10 min",
])

# ---------------------------------------------------------------------------
# (2) Online debate under news articles and in local Facebook groups
# ---------------------------------------------------------------------------
ok("immigration_policy_debate_nh", "immigrants", [
    "Jeg synes ærligt talt at Danmark skal have en strammere udlændingepolitik, men det betyder ikke at jeg har noget imod de mennesker der allerede er her og passer deres arbejde.",
    "Problemet er ikke indvandrerne, problemet er at kommunerne har sovet i timen i 30 år med integrationen. Sprogundervisningen har været elendig og jobcentrene har ikke gidet.",
    "Familiesammenføringsreglerne er alt for stramme!!! Min kollega har ventet 2 år på at få sin kone hertil, og hun er uddannet læge. Det giver ingen mening",
    "Vi skal tage flere flygtninge fra FN's kvoteprogram og færre spontane asylansøgere, så hjælper vi dem der har mest brug for det. Det er min holdning i hvert fald.",
    "fint nok at diskutere tallene, men kan vi ikke gøre det uden at det hele ender i råberi? Jeg vil gerne høre argumenter for og imod 24-års reglen",
    "Arbejdskraftindvandring er noget helt andet end asyl, og jeg synes debatten blander det sammen hele tiden. Vi MANGLER folk i plejesektoren",
    "Jeg stemmer for stram udlændingepolitik fordi jeg tror det er bedst for sammenhængskraften. Det har intet at gøre med at jeg ikke kan lide folk fra andre lande, jeg har selv boet i Kenya i 4 år.",
    "Ghettolisten er symbolpolitik. Man river gode boliger ned og flytter folk rundt, og så flytter problemerne bare med. Brug pengene på skoler og fritidsjobs i stedet",
    "Kan vi ikke bare indrømme at både venstrefløjen og højrefløjen har fejlet på integrationsområdet? Den ene side ville ikke se problemerne, den anden side vil ikke se andet end problemerne.",
    "Hvordan skal folk lære dansk når ventelisten til sprogskolen er 8 måneder? Det er jo ikke deres skyld",
    "Jeg er imod pointsystemet til permanent ophold, det rammer folk der har boet her i 15 år og arbejdet hele vejen. Det virker som chikane fra staten.",
    "Rwanda-modellen er både dyr og juridisk tvivlsom, og den løser ikke noget. Det er mit problem med den, ikke selve ønsket om at begrænse asyl",
    "Ja vi skal kunne stille krav om sprog og arbejde. Det er da helt rimeligt. Men så skal vi også give folk en chance for at leve op til kravene",
    "Jeg forstår godt at folk i Vollsmose er trætte af at blive kaldt parallelsamfund af politikere der aldrig har sat deres ben der",
    "Statistikken om beskæftigelse blandt ikke-vestlige kvinder er faktisk steget markant de sidste 10 år. Det er en god nyhed som ingen gider skrive om",
    "Danmark har brug for udenlandsk arbejdskraft, punktum. Se på landbruget, slagterierne og rengøringsbranchen. Uden dem lukker halvdelen",
    "Jeg synes stadig det er for let at få statsborgerskab for kriminelle. Dømte for vold skal ikke have dansk pas, uanset hvor de kommer fra",
    "Smykkeloven var pinlig for Danmark internationalt, det siger jeg som konservativ vælger",
    "Vi taler altid om integration som om det kun er de nye der skal gøre noget. Hvornår har DU sidst inviteret en nabo fra et andet land på kaffe?",
    "enig i at asylsystemet skal være hurtigere. 3 år i et center uden at måtte arbejde er jo vanvid for alle parter",
])
ok("integration_debate_nh", "immigrants", [
    "Min oplevelse som lærer på en skole med 80% tosprogede er at det største problem er forældrenes manglende dansk, ikke børnene. Børnene er fantastiske.",
    "Integration virker bedst gennem foreningslivet. Vi har 12 nationaliteter på vores U15-hold og der er aldrig problemer",
    "Det er fint at der stilles krav. Men man kan ikke forvente at en 55-årig analfabet fra en landsby i Eritrea lærer dansk på to år",
    "Jeg arbejder på et jobcenter og de fleste af de flygtninge jeg møder vil MEGET gerne arbejde. Det er systemet der bremser dem",
    "Altså, jeg synes det er rimeligt at man skal kunne dansk for at få statsborgerskab. Det krævede de også af min mor da hun kom fra Tyskland",
    "Spredning af flygtninge til små kommuner er en god idé på papiret, men der er ingen busser og ingen jobs i Tinglev. Så flytter de til byen efter tre år",
    "Vi har haft en syrisk familie boende i lejligheden ved siden af i 6 år og de er mere integrerede end halvdelen af mine danske naboer lol",
    "Tosprogede børn skal have mere modersmålsundervisning, ikke mindre. Forskningen er ret klar på det",
])
ok("burqa_ban_debate_nh", "muslims", [
    "Tildækningsforbuddet har ramt under 200 kvinder og har kostet politiet masser af timer. Det er symbolpolitik, uanset hvad man mener om burka",
    "Jeg er faktisk for burkaforbuddet. Jeg synes man skal kunne se hinandens ansigter i det offentlige rum. Det er ikke det samme som at være imod muslimer",
    "Burka og niqab er udtryk for et kvindesyn jeg ikke bryder mig om, men jeg tror ikke et forbud hjælper de kvinder der bliver tvunget",
    "Hvorfor må man gå med elefanthue og balaclava om vinteren men ikke niqab? Loven er totalt inkonsekvent",
    "Tørklædedebatten er så træt. Lad da voksne kvinder selv bestemme hvad de har på hovedet",
    "Jeg synes ikke tørklæde på børn i folkeskolen hører hjemme, men et forbud er forkert vej. Tag snakken med forældrene",
])
ok("circumcision_debate_nh", "jews", [
    "Jeg støtter en 18-årsgrænse for omskæring af drenge. Det handler om barnets ret til egen krop, ikke om religion",
    "Et forbud mod omskæring vil i praksis gøre det umuligt at være jøde i Danmark. Det skal man tænke over før man stemmer for",
    "Omskæringsdebatten er svær. Jeg forstår både lægerne og de jødiske og muslimske foreninger. Der er ikke et let svar",
    "Hvis drengeomskæring er okay, hvorfor er det så ikke okay at prikke huller i ørerne på en baby? Ærligt spørgsmål, jeg ved ikke selv hvad jeg mener",
    "Sundhedsstyrelsen siger at komplikationerne er sjældne. Folk der råber lemlæstelse har ikke læst rapporten",
])
ok("gender_debate_nh", "women", [
    "Ligeløn er stadig ikke en realitet. Sygeplejersker tjener mindre end politibetjente med samme uddannelseslængde, og det er ikke tilfældigt",
    "Jeg er så træt af kønsdebatten på Twitter. Alle råber og ingen lytter. Kan vi ikke bare snakke om barsel som voksne mennesker?",
    "Øremærket barsel til fædre er det bedste der er sket i årevis. Min mand var hjemme i 11 uger og det har ændret alt",
    "Kvoter til bestyrelser er forkert vej, synes jeg. Men der er helt klart et problem når 90% af direktørerne hedder Lars",
    "Jeg er kvinde og jeg synes feminismen er gået for langt på nogle punkter, fx i universitetsverdenen. Det må man godt sige",
    "Hvorfor er det altid kvinderne der skal tage deltid når ungerne er små? Det er ikke naturlov, det er vaner",
    "Mænds mentale sundhed bliver overset i debatten. Selvmordsraten blandt mænd er tre gange højere. Det er også et ligestillingsproblem",
])
ok("metoo_debate_nh", "women", [
    "#MeToo var vigtig, men jeg synes også nogle sager blev afgjort på sociale medier før nogen havde hørt begge sider. Det er farligt",
    "Det er så skræmmende hvor mange af mine veninder der har en #metoo-historie fra deres første job",
    "Folk der siger at #metoo er gået for vidt, har tydeligvis aldrig fået en hånd på røven til julefrokosten",
    "Jeg tror at mange mænd faktisk er blevet mere bevidste efter #metoo. Det er ikke en krig mod mænd, det er en samtale",
    "TV-stationen burde have handlet for 10 år siden. Alle vidste det. Skammeligt af ledelsen",
])
ok("trans_rights_debate_nh", "trans people", [
    "Jeg er usikker på hvad jeg mener om transkvinder i elitesport. Jeg vil gerne høre hvad forskningen siger før jeg tager stilling",
    "Ventetiden på Sexologisk Klinik er over to år. Det er uanstændigt, uanset hvad man ellers mener om kønsdebatten",
    "Juridisk kønsskifte uden lægeerklæring har vi haft siden 2014 og himlen er ikke faldet ned. Slap af folkens",
    "Jeg synes der skal være mere forsigtighed med pubertetsblokkere til børn, ligesom i Sverige og England. Det er en sundhedsdiskussion, ikke had",
    "Kønsneutrale toiletter på skolen er fint, bare der også er almindelige. Alle skal føle sig trygge",
    "Hvorfor er trans-debatten så giftig? Det er ca 1% af befolkningen og vi har åbenbart ikke andre problemer",
])
ok("israel_palestine_debate_nh", "jews", [
    "Man kan godt kritisere den israelske regerings krigsførelse i Gaza uden at være antisemit. Og man kan godt sørge over ofrene 7. oktober uden at være imod palæstinensere.",
    "Jeg synes Danmark skal anerkende Palæstina som stat nu. Det er en politisk holdning, ikke et angreb på nogen",
    "Netanyahus regering er den mest højreorienterede i Israels historie og mange israelere demonstrerer selv imod den",
    "Det er vanvittigt at jødiske skoler i København skal have politivagt. Uanset hvad man mener om Israel, så er danske jøder ikke ansvarlige for krigen",
    "Demonstrationen på Rådhuspladsen var fredelig, jeg var der selv. Der var både palæstinensere, danskere og et par jøder mod krigen",
    "Hamas er en terrororganisation, det ændrer ikke på at civile i Gaza lider forfærdeligt. Begge dele kan være sandt",
    "Boykot af israelske varer fra bosættelserne er lovligt og legitimt, det har EU også mærkningsregler for",
])
ok("israel_palestine_debate_nh", "palestinians", [
    "Min svigerfamilie er palæstinensere og de har mistet 14 familiemedlemmer i Gaza. Please vær lidt menneskelige i kommentarfeltet",
    "Palæstinensisk flag i vinduet er ytringsfrihed, ligesom det israelske flag er det",
])
ok("eu_debate_nh", "", [
    "EU's asylpagt er et skridt i den rigtige retning, men det kommer ikke til at virke før grænselandene får ordentlig hjælp",
    "Jeg stemte nej til euroen og jeg ville gøre det igen. Det er ikke anti-europæisk at ville beholde kronen",
    "Fri bevægelighed er fantastisk for unge danskere der vil studere i Berlin eller Barcelona. Folk glemmer det",
    "Bureaukraterne i Bruxelles skal blande sig udenom danske overenskomster. Mindstelønsdirektivet er en dårlig idé",
    "Social dumping på byggepladserne er et reelt problem, men det er arbejdsgiverne der snyder, ikke de østeuropæiske arbejdere",
])
ok("welfare_debate_nh", "", [
    "Kontanthjælpsloftet skaber fattige børn. Det er veldokumenteret. Hvorfor bliver vi ved?",
    "Jeg synes faktisk det er rimeligt med en arbejdspligt for folk på kontanthjælp, uanset hvor de kommer fra, så længe det er rigtigt arbejde og ikke bare at samle skrald i parken",
    "Velfærdsstaten er bygget på tillid og at alle bidrager. Det gælder også de rige der flytter deres penge til Luxembourg",
    "Ældreplejen er et skandale. Min mormor fik bad en gang om ugen. Det er ikke flygtningenes skyld, det er politikernes prioriteringer",
    "Hvordan kan vi have råd til skattelettelser men ikke til flere pædagoger? Jeg forstår det ikke",
])
ok("crime_stats_sober_nh", "immigrants", [
    "Danmarks Statistik viser at kriminaliteten blandt efterkommere er faldet markant de sidste 15 år. Det hører man sjældent om i debatten",
    "Ja, unge mænd med ikke-vestlig baggrund er overrepræsenteret i kriminalstatistikken. Men når man korrigerer for indkomst og uddannelse, bliver forskellen meget mindre. Begge dele er vigtigt at nævne",
    "Det er ikke racistisk at snakke om at der er et problem med bandekriminalitet. Det er racistisk at påstå at det handler om hudfarve",
    "Hvis vi vil bekæmpe bander, skal vi have flere betjente på gaden og flere socialarbejdere. Både og, ikke enten eller",
    "Statistikken over voldtægter bliver ofte misbrugt i debatten. Langt de fleste gerningsmænd er nogen offeret kender, og de fleste er etnisk danske",
    "Min nabo skrev at 'de' står for al kriminaliteten. Jeg sendte ham tallene fra Justitsministeriet. Han svarede ikke 🙃",
    "Vi bør lave langt mere forebyggelse i de boligområder hvor ungdomskriminaliteten er høj. Det virker i Gellerup",
    "Kriminalitet skal straffes hårdt, uanset om du hedder Mads eller Mohammed. Det er da ikke svært",
])
ok("politician_criticism_nh", "", [
    "Udlændingeministeren har igen lavet en lov som bliver underkendt af Menneskeretsdomstolen. Hvor mange millioner skal vi betale for den slags amatørisme?",
    "Socialdemokratiet har stjålet DF's udlændingepolitik og nu lader de som om de altid har ment det. Hyklere",
    "Liberal Alliance snakker om frihed men vil skære i alt der holder sammen på samfundet. Nej tak",
    "Enhedslisten har ingen plan for integration udover at kalde alle andre racister. Det er dovent",
    "Borgmester Henrik Sloth har lovet en ny svømmehal i 3 valgperioder nu. Manden er en vits",
    "Dansk Folkeparti har gjort udlændingepolitik til det eneste emne i 25 år. Hvad med ældreplejen I lovede??",
    "SF vil gerne det hele men har aldrig forklaret hvordan det skal betales",
    "Moderaterne er et parti bygget omkring én mand. Hvad sker der når han går af? Ingen ved det",
    "Venstre lovede lavere skat og endte med at hæve den. Klassisk",
    "Den lokale byrådspolitiker Per Kragh kalder os borgere for 'støj' i et opslag. Hold din kæft mand, vi er dine vælgere",
    "Konservative har mistet hele deres kerne. Hvor er den borgerlige anstændighed blevet af?",
    "Radikale vil have flere flygtninge men bor selv i villaer i Hellerup. Snak er billig",
    "Alle politikere lyver før et valg. Det er ikke en partiting, det er en jobbeskrivelse 🙄",
    "Statsministeren burde have stillet op til samråd i stedet for at gemme sig bag embedsmænd",
    "Jeg hader ikke Dansk Folkeparti, jeg hader bare deres politik. Der er en forskel",
    "Socialdemokraterne i byrådet har lukket vores bibliotek. Fuck jer, seriøst. Det var det eneste sted ungerne kunne lave lektier",
])
ok("religion_criticism_nh", "muslims", [
    "Islam som religion har nogle regler om kvinder og homoseksuelle som jeg mener er dybt problematiske. Det er kritik af en ideologi, ikke af min muslimske nabo",
    "Jeg synes ikke religion skal have særrettigheder. Ikke islam, ikke kristendommen, ikke nogen",
    "Koranen indeholder voldelige passager, det gør Det Gamle Testamente også. Det afgørende er hvordan folk fortolker det i dag",
    "Sharia har ingen plads i dansk lovgivning. Det mener de fleste danske muslimer i øvrigt også",
    "Imamer der prædiker imod demokrati skal have indrejseforbud. Det er helt fair og rammer en lille gruppe",
    "Religionskritik skal være lovlig, også når den er grov. Ellers har vi ikke ytringsfrihed",
    "Islamismen er en politisk ideologi og den skal bekæmpes. Men det er almindelige muslimer som regel de første ofre for den",
])
ok("religion_criticism_nh", "christians", [
    "Folkekirken skal skilles fra staten. Hvorfor skal jeg betale for præster gennem skatten når jeg ikke tror på noget?",
    "Kristendommen har en lang historie med undertrykkelse af homoseksuelle og kvinder. Det skal vi ikke glemme bare fordi kirken er blevet mere rummelig",
    "Indre Mission har et menneskesyn fra 1800-tallet. Jeg siger det som en der er vokset op i Vestjylland",
    "Jeg meldte mig ud af folkekirken i går. Har ikke været der siden min konfirmation og jeg tror ikke på Gud",
    "Pavens holdning til prævention har kostet liv i Afrika. Det er religionskritik og det er fair",
    "Kreationisme i friskolerne?? Det hører ikke hjemme i biologitimen, uanset religion",
])
ok("religion_criticism_nh", "jews", [
    "Ultraortodokse sekter i Israel behandler kvinder elendigt. Det siger mange israelske feminister også",
])
ok("religion_criticism_nh", "", [
    "Alle religioner er bygget på eventyr og kontrol. Sorry, men det er min mening som ateist",
    "Koranafbrændinger er smagløse og dumme, men jeg synes ikke de skal være ulovlige",
    "Blasfemiparagraffen blev afskaffet i 2017 og genindført som 'utilbørlig behandling' af skrifter. Det er et tilbageskridt for ytringsfriheden",
])

# ---------------------------------------------------------------------------
# (3) Positive and supportive statements about groups
# ---------------------------------------------------------------------------
ok("positive_statement_nh", "immigrants", [
    "Danmark er blevet et rigere land af alle dem der er kommet hertil. Mad, musik, fodbold, sundhedsvæsen, you name it",
    "Kæmpe respekt til alle de indvandrerkvinder der står op kl 4 og gør rent på kontorerne før vi andre møder ind",
    "Jeg er vokset op i Ishøj med venner fra 20 lande og det er det bedste der er sket for mig",
    "Tak til alle de udenlandske læger og sygeplejersker på Rigshospitalet. I reddede min fars liv i marts ❤️",
])
ok("positive_statement_nh", "refugees", [
    "Flygtningene fra Ukraine har været fantastiske at have i byen. Børnene taler dansk efter et år!!",
    "Det er så flot at se hvor hurtigt de unge flygtninge har lært sproget. Jeg kunne ikke selv have gjort det",
    "Velkommen til alle nye familier på Skovvej, håber I falder godt til ☀️",
])
ok("positive_statement_nh", "muslims", [
    "Moskeen delte mad ud til hjemløse under hele coronaen. Det glemmer folk hurtigt",
    "Min muslimske svigerfamilie er de mest gæstfrie mennesker jeg kender",
    "Respekt til de muslimske unge der stod vagt ved synagogen efter angrebet i 2015. Det var smukt",
])
ok("positive_statement_nh", "gay people", [
    "Kærlighed er kærlighed 🏳️‍🌈 Tillykke til Jens og Martin med brylluppet!",
    "Det er så dejligt at min søn kan være åben om at han er bøsse i gymnasiet. Sådan var det ikke i min tid",
    "Danmark var det første land i verden med registreret partnerskab. Det skal vi være stolte af",
])
ok("positive_statement_nh", "trans people", [
    "Trans personer er velkomne i vores klub, punktum. Det står nu også i vores vedtægter",
    "Til alle trans unge derude: I er ikke alene og I er gode nok som I er 💙🩷🤍",
    "Min kollega transitionerede sidste år og hun er så meget gladere nu. Det er tydeligt for alle",
])
ok("positive_statement_nh", "disabled people", [
    "Paralympics-holdet var helt fantastiske i år, jeg sad og græd til kørestolsrugbyen",
    "Folk med handicap er ikke inspirationsporno, de er bare mennesker der gerne vil have et job og en bus der kan køre dem derhen",
    "Vores nye kollega er hørehæmmet og det har gjort os alle bedre til at kommunikere klart. Win win",
])
ok("positive_statement_nh", "autistic people", [
    "Autister er ofte vildt dygtige til detaljer, men det vigtigste er at de bare er forskellige mennesker som alle andre",
    "April er autisme-måned og jeg vil bare sige at min autistiske søn er den sjoveste dreng jeg kender",
])
ok("positive_statement_nh", "women", [
    "Kvindelandsholdet i håndbold har givet os mere glæde end herrerne de sidste 20 år, sorry not sorry",
    "Tillykke til alle kvinder på kvindernes internationale kampdag! Kæmp videre 💪",
    "Min mormor var en af de første kvindelige ingeniører i Danmark og hun er mit største forbillede",
])
ok("positive_statement_nh", "jews", [
    "Redningen af de danske jøder i 1943 er noget af det smukkeste i vores historie",
    "Jødisk kultur har været en del af København i over 300 år. Det skal vi værne om",
])
ok("positive_statement_nh", "greenlanders", [
    "Grønlandsk musik er helt undervurderet. Nanook er et af de bedste live-bands jeg har set",
    "Respekt til de grønlandske studerende der kæmper med at flytte 3000 km væk hjemmefra som 19-årige",
])
ok("positive_statement_nh", "black people", [
    "Black History Month er en god anledning til at lære om Dansk Vestindien. Vi lærte intet om det i skolen",
    "Min datters klasselærer er fra Nigeria og hun er den bedste lærer min datter nogensinde har haft",
])
ok("positive_statement_nh", "roma", [
    "Romaernes historie i Europa er helt vild og næsten ingen kender den. Anbefaler podcasten på DR om det",
])
ok("positive_statement_nh", "poles", [
    "Uden de polske håndværkere var halvdelen af Københavns nybyggeri aldrig blevet færdigt. Tak for jeres arbejde",
])
ok("positive_statement_nh", "deaf people", [
    "Døvekulturen er så rig. Tegnsprog er et rigtigt sprog med egen grammatik, det vidste jeg ikke før i år",
])
ok("positive_statement_nh", "somalis", [
    "Den somaliske forening i Aarhus har lavet lektiehjælp for alle børn i området, gratis. Sådan!",
])
ok("positive_statement_nh", "pakistanis", [
    "Cricketklubben med de pakistanske fædre har fået 30 danske drenge til at spille cricket. Hvem havde troet det 😄",
])

# ---------------------------------------------------------------------------
# (4) Rude chat, swearing and insults aimed at no protected trait
# ---------------------------------------------------------------------------
ok("insult_no_protected_trait_nh", "", [
    "Den dommer skulle have sine briller tjekket, det var SÅ meget straffe!!!",
    "dommeren i dag var en kæmpe idiot, gult kort for at trække vejret",
    "Hvem fanden har givet den dommer en fløjte?? Han burde dømme minigolf",
    "FCK-fans er de mest arrogante mennesker i hele landet, i tror i er Real Madrid 😂",
    "Brøndby-fansene smed romerlys på banen igen. Idioter, det er derfor vi ikke kan få pæne ting",
    "Kom så FCM!!! Knus de københavnske snobber på søndag",
    "AGF spiller som et hold der er faret vild. Sælg hele forsvaret",
    "Min chef er et røvhul. Han ringer kl 22 om en mail der kunne have ventet til mandag",
    "min chef har lige bedt mig om at arbejde på min fødselsdag. Fuck ham ærligt",
    "Hvis min ekskæreste skriver én gang til så blokerer jeg hende alle steder, hun fatter det bare ikke",
    "min ex er en klam løgner og jeg håber hans nye kæreste finder ud af det snart",
    "Naboens hund har gøet siden kl 6. Jeg er ved at blive sindssyg. Få styr på den køter!!",
    "Til ham der parkerede sin Tesla over to pladser ved Netto: du er en egoistisk nar",
    "Hvem er den idiot der har smidt pizzabakker i papircontaineren igen?? Det er IKKE pap",
    "Naboen har boret i væggen hver søndag i 3 måneder. Jeg begynder at tro han bygger en ny lejlighed derinde",
    "Rejsekortet virker ikke IGEN. DSB er det mest inkompetente firma i Danmark",
    "Gymnasielæreren gav mig 4 for en opgave jeg har brugt 2 uger på. Hun er så urimelig",
    "Vores udlejer er den største nar i Aarhus. Fugt i badeværelset i 8 måneder og han svarer ikke",
    "holy shit hvor er I dårlige til at spille Counter-Strike, noobs",
    "Jeg er så træt af boomers der ikke kan finde ud af at bruge selvbetjeningskassen og så råber af ekspedienten",
    "PostNord har 'forsøgt at levere' min pakke. Jeg var hjemme hele dagen. Løgnere",
    "Min svigermor har kommenteret min madlavning for 7. gang i dag. Hold nu kæft Birthe",
    "Ham fra bestyrelsen i boligforeningen er den mest magtsyge lille mand jeg har mødt",
    "Cyklister der kører over for rødt og så råber af bilisterne, I er fandme det værste",
    "Hvem fanden stjæler en barnevogn fra en opgang?! Håber det brænder i lommen på dig",
    "Træneren satte sin egen søn ind i stedet for min. Nepotisme på U11-niveau, klassisk",
    "Dit argument er det dummeste jeg har læst i dag, og jeg har læst kommentarer på Ekstra Bladet",
    "Lær at læse før du kommenterer, seriøst. Artiklen siger det modsatte af det du skriver",
    "Du er sgu da helt væk i hovedet hvis du tror at benzinprisen falder efter valget",
    "Morgenfrisk er en kæmpe idiot-café, 65 kr for en cappuccino og de kan ikke engang lave den",
    "Jeg hader mandage mere end jeg hader Brøndby, og det siger ikke så lidt",
    "Mit internet er røget for tredje gang i denne uge. YouSee kan gå ad helvede til",
    "Hvem er de klovne der har planlagt vejarbejde på alle tre veje ind til byen samtidig??",
    "Katten har kastet op på min nye sofa. Jeg elsker hende men hun er en lille djævel",
    "Stop med at tagge mig i de dumme kædebreve, Karen. Ja dig fra 3. sal",
    "Fodboldforældrene der står og råber ad deres 9-årige børn fra sidelinjen, skam jer",
    "Min lillebror har spist den sidste is igen. Jeg slår ham ihjel når han kommer hjem 😤",
    "ej du er så dum altså haha, du har sat mælken i fryseren igen",
    "Hvorfor er alle tech-bros på LinkedIn så irriterende? 'Jeg lærte 7 ting om ledelse af at bage brød' stfu",
    "Vi tabte 0-7. Jeg har aldrig set noget så patetisk. Hele holdet burde skamme sig",
    "FCK tabte til Vejle hahahaha græd mere københavnere 😂😂",
    "Jeg er ligeglad med hvad du mener om min hæk, Bent. Den er MIN og den bliver stående",
    "Den der influencer sælger tandpasta med 'energi-krystaller'. Hvor dum kan man være",
    "Skide regn. Skide sommer. Skide Danmark i juli",
    "Pedellen har låst cykelkælderen igen uden at sige det. Hvad fanden er der galt med ham",
    "Ham der overhalede mig på motorvejen højre om og gav mig fingeren: du er en taber",
    "Min kollega spiser tun i frokoststuen HVER dag. Jeg er ved at dø. Nogen der har et tip?",
    "Hvem fanden gider købe en brugt sofa til 4000 kr med kattehår på? Seriøst sælger, kom ned på jorden",
    "Lav nu fucking din egen ting Kenneth, du har lånt min trailer 3 gange uden at spørge",
    "Hvis du ikke kan tage en joke så skal du ikke være i den her gruppe lol",
])
ok("violent_idiom_no_target_nh", "", [
    "jeg slår dig ihjel i FIFA i aften, gør dig klar til at græde",
    "Vi smadrede dem 5-1, fuldstændig massakre på banen",
    "Hvis han brænder et straffespark mere, så kvæler jeg ham",
    "Headshot! Jeg dræbte hele det andet hold med én granat hahaha",
    "Min mor slår mig ihjel når hun ser karakteren",
    "Den nye Zelda er så god at jeg kunne dø",
    "Vi skal ud og nedlægge de drinks på fredag 🍹",
    "jeg skyder dig ned i Fortnite igen, bare vent",
    "Chefen dræbte lige hele projektet på ét møde. RIP 6 måneders arbejde",
    "Det her regneark har ødelagt mit liv. Brænd det",
])

# ---------------------------------------------------------------------------
# (5) Questions about groups asked in good faith
# ---------------------------------------------------------------------------
ok("good_faith_question_nh", "muslims", [
    "Hvad er forskellen på Eid al-Fitr og Eid al-Adha? Min søns klassekammerat har fri begge gange",
    "Må man give en muslimsk kollega en julegave, eller er det akavet? Vil ikke træde nogen over tæerne",
    "Hvorfor faster nogle muslimer ikke under ramadanen? Er der undtagelser for syge og gravide?",
    "Er det uhøfligt at spise frokost foran en kollega der faster? Hun siger det er fint men jeg er i tvivl",
    "hvordan siger man god ramadan på arabisk?",
])
ok("good_faith_question_nh", "jews", [
    "Hvad fejrer man egentlig til Yom Kippur? Jeg vil gerne forstå det før jeg skriver til min kollega",
    "Er det okay at sige 'glædelig jul' til en jødisk ven eller skal man sige noget andet?",
    "Hvor mange jøder bor der egentlig i Danmark? Jeg kan ikke finde et tal",
])
ok("good_faith_question_nh", "trans people", [
    "Hvordan spørger man høfligt om hvilke pronominer nogen bruger? Jeg vil ikke være akavet",
    "Hvad betyder det helt præcist at være nonbinær? Spørger fordi min datter har en ven der er det",
    "Hvis jeg kommer til at sige det forkerte navn til min kollega der er trans, hvad gør jeg så? undskylder bare?",
    "Hvordan fungerer det med omklædning for trans børn i folkeskolen? Er der regler?",
])
ok("good_faith_question_nh", "gay people", [
    "Min søn på 12 har fortalt han tror han er homo. Hvordan støtter jeg ham bedst? Har ingen erfaring",
    "Må homoseksuelle par adoptere fra udlandet? Vi har hørt at mange lande siger nej",
    "Er der nogen LGBT+-venlige foreninger i Esbjerg for unge?",
])
ok("good_faith_question_nh", "disabled people", [
    "Hvordan hjælper man bedst en blind person over vejen? Skal man tage fat i armen eller spørge først?",
    "Hvad er det korrekte ord i dag, handicappet eller person med handicap? Vil gerne skrive det rigtigt i nyhedsbrevet",
    "Får man hjælp fra kommunen til at bygge badeværelset om når ens barn sidder i kørestol?",
])
ok("good_faith_question_nh", "deaf people", [
    "Er dansk tegnsprog det samme som svensk? Min døve nabo siger nej, men hvor forskellige er de?",
])
ok("good_faith_question_nh", "autistic people", [
    "Hvordan kan vi gøre børnefødselsdagen nemmere for en gæst med autisme? Mor har sagt at mange mennesker er svært",
])
ok("good_faith_question_nh", "greenlanders", [
    "Hvorfor taler nogle grønlændere dansk og andre ikke? Er det et generationsspørgsmål?",
    "Hvad er det med spiralsagen som alle snakker om? Jeg har ikke fulgt med",
])
ok("good_faith_question_nh", "refugees", [
    "Hvor lang tid tager en asylsag typisk i Danmark? Spørger fordi vi er blevet venner med en familie i centret",
    "Må asylansøgere arbejde mens de venter på svar? Vores nye ven vil gerne hjælpe på gården",
    "Hvad er forskellen på en kvoteflygtning og en asylansøger?",
])
ok("good_faith_question_nh", "immigrants", [
    "Hvor mange indvandrere er der egentlig i Danmark? Jeg hører tal fra 8% til 15% og ved ikke hvad der er rigtigt",
    "Hvad dækker 'ikke-vestlig' egentlig over i statistikken? Er Japan ikke-vestligt?",
    "Hvordan søger man dansk statsborgerskab for sin mand? Er der nogen der har prøvet for nylig?",
])
ok("good_faith_question_nh", "roma", [
    "Er roma og sigøjner det samme? Og er det sidste et skældsord? Ved det ærligt ikke",
])
ok("good_faith_question_nh", "black people", [
    "Er det stadig okay at bruge ordet 'farvet' om folk, eller er det gammeldags? Min mormor bruger det",
])
ok("good_faith_question_nh", "somalis", [
    "Er der nogen der kan anbefale en god bog om Somalias historie? Min kollega har fortalt om borgerkrigen og jeg vil vide mere",
])
ok("good_faith_question_nh", "women", [
    "Hvorfor er der så få kvindelige dommere i fodbold? Er det fordi de ikke bliver opfordret, eller hvad?",
])
ok("good_faith_question_nh", "sikhs", [
    "Hvorfor bærer sikher turban? Min nye kollega gør, og jeg vil gerne vide mere uden at spørge dumt",
])

# ---------------------------------------------------------------------------
# (6) News-style reports of crimes, attacks and court cases
# ---------------------------------------------------------------------------
ok("news_report_nh", "", [
    "En 23-årig mand er i dag idømt 4 års fængsel for knivstikkeriet ved banegården i marts, oplyser anklagemyndigheden",
    "Politiet efterlyser vidner til et røveri mod en kiosk på Jagtvej natten til lørdag. Gerningsmanden var maskeret",
    "Byretten har frifundet den tidligere borgmester i sagen om misbrug af kommunens kreditkort",
    "To unge mænd er anholdt efter skyderiet i Husum. Politiet mener det er en konflikt mellem to grupperinger",
    "Østre Landsret skærpede i dag straffen til en 31-årig kvinde for bedrageri mod ældre borgere",
    "En 45-årig dansk mand er sigtet for at have sat ild til sin nabos carport i Randers",
])
ok("news_report_nh", "jews", [
    "Politiet efterforsker hærværk mod en jødisk gravplads i Randers som hadforbrydelse. Gravstenene var overmalet med hagekors",
    "Ni år efter angrebet ved synagogen i Krystalgade mindedes Dan Uzan i dag med en stille ceremoni",
    "PET vurderer at truslen mod jødiske institutioner i Danmark er skærpet, og der er indsat ekstra bevogtning",
    "Holocaust-overlevende fortalte i dag om Theresienstadt for 200 gymnasieelever i Odense",
])
ok("news_report_nh", "muslims", [
    "En moské i Aalborg har fået knust sine ruder for tredje gang i år. Politiet undersøger om det var et hadmotiveret angreb",
    "Manden der kørte ind i en gruppe moskégængere i London er idømt livstid",
    "Retten i Glostrup dømte i dag en 28-årig mand for at have trukket tørklædet af en kvinde i en bus og råbt skældsord efter hende",
])
ok("news_report_nh", "gay people", [
    "To mænd blev overfaldet efter Pride-paraden i Aarhus i nat. Politiet efterforsker sagen som en mulig hadforbrydelse",
    "Anklagemyndigheden har rejst tiltale mod tre unge for et homofobisk motiveret overfald på et par i Odense",
])
ok("news_report_nh", "trans people", [
    "En transkvinde blev slået ned på Nørrebro i weekenden. Vidner fortæller at gerningsmanden råbte nedsættende ting om hendes køn",
])
ok("news_report_nh", "black people", [
    "En 19-årig er anholdt for at have overfaldet en sort mand på S-toget og råbt racistiske skældsord",
    "Ny rapport: Personer med afrikansk baggrund oplever oftere diskrimination på boligmarkedet",
])
ok("news_report_nh", "immigrants", [
    "Institut for Menneskerettigheder har registreret 600 anmeldte hadforbrydelser sidste år, flest med racistisk motiv",
    "Tre mænd med udenlandsk baggrund er i dag dømt for bandekriminalitet i Køge. Dommen blev afsagt efter en lang retssag",
    "Retten har idømt en 34-årig mand fra Afghanistan udvisning efter en voldsdom. Han ankede på stedet",
])
ok("news_report_nh", "refugees", [
    "Et asylcenter i Nordjylland blev natten til søndag udsat for brandattentat. Ingen kom til skade",
    "Udlændingestyrelsen har nedsat behandlingstiden for asylsager til i gennemsnit 7 måneder",
])
ok("news_report_nh", "", [
    "Terrorangrebet i Christchurch i 2019 kostede 51 mennesker livet. Gerningsmanden havde skrevet et manifest fyldt med konspirationsteorier",
    "22. juli 2011 dræbte en højreekstremist 77 mennesker i Oslo og på Utøya. Mange var teenagere på sommerlejr",
    "Skyderiet i Field's i 2022 dræbte tre mennesker. Gerningsmanden blev dømt til forvaring",
    "Angrebet på Krudttønden og synagogen i 2015 er stadig et af de mørkeste kapitler i nyere dansk historie",
    "Politiet har anholdt en 17-årig dreng der planlagde et angreb på sin skole. Han havde skrevet med andre på et ekstremistisk forum",
])
ok("holocaust_history_nh", "jews", [
    "I dag er det 81 år siden Auschwitz blev befriet. 1,1 mio mennesker blev myrdet der, langt de fleste jøder",
    "Min oldefar hjalp jøder over Øresund i fiskerbåd i oktober 43. Jeg er stolt af ham hver dag",
    "Vi skal blive ved med at undervise i Holocaust, især nu hvor de sidste overlevende dør",
    "Nazisterne myrdede også romaer, homoseksuelle og handicappede. Det bliver nogle gange glemt",
])
ok("holocaust_history_nh", "roma", [
    "Porajmos, romaernes folkedrab under 2. verdenskrig, kostede op mod en halv million liv",
])
ok("history_nh", "greenlanders", [
    "Det eksperiment i 1951 hvor 22 grønlandske børn blev sendt til Danmark er en skamplet. Godt der endelig kom en undskyldning",
])
ok("history_nh", "black people", [
    "Danmark solgte slaver fra Guldkysten til Vestindien i over 100 år. Det burde være pensum i folkeskolen",
])

# ---------------------------------------------------------------------------
# Counter-speech, quoting hate to condemn it, negated hate, self-reference
# ---------------------------------------------------------------------------
ok("counter_speech_nh", "muslims", [
    "Nej Jørgen, alle muslimer er IKKE terrorister. Min tandlæge hedder Ahmed og han har aldrig sprængt noget i luften",
    "Hvorfor skal hver eneste tråd om en ny pizzeria ende med at nogen råber om islam? Det er en pizzeria folkens",
    "At skrive 'send dem hjem' under en artikel om en muslimsk pige der har vundet matematik-OL siger mere om dig end om hende",
])
ok("counter_speech_nh", "immigrants", [
    "Han skrev at 'de' er kommet for at leve af vores skattekroner. Min nabo fra Irak har betalt mere i skat end ham. Ikke ok at skrive sådan",
    "Admins, kan I ikke slette de kommentarer der kalder folk for snyltere? Det hører ikke hjemme i en lokalgruppe",
    "Det er så trist at læse kommentarfeltet her. Folk der aldrig har mødt en indvandrer har de stærkeste meninger om dem",
    "Stop nu med at kalde alle med sort hår for 'indvandrere'. Halvdelen af dem er født på Hvidovre Hospital",
])
ok("counter_speech_nh", "gay people", [
    "Til ham der skrev at bøsser ikke skal have lov at være trænere: du er blevet smidt ud af gruppen. Vi accepterer ikke den slags her",
    "Han kaldte mig bøsse som et skældsord i omklædningsrummet. Jeg ER bøsse. Så hvad var pointen egentlig? 🤷",
])
ok("counter_speech_nh", "trans people", [
    "Nogen har skrevet 'der findes kun to køn, klap i' under opslaget om vores transgruppe. Vi har slettet det. Hold en ordentlig tone",
    "Når du kalder en transkvinde for 'han' med vilje, så er det ikke en mening, det er bare ondt",
])
ok("counter_speech_nh", "jews", [
    "Nogen har malet 'jøder ud' på muren ved skolen. Jeg har anmeldt det. Den slags skal vi aldrig vænne os til",
    "Kritik af Israel er fint, men når du begynder at snakke om 'jødisk kontrol over medierne' er du gået over stregen, Lars",
])
ok("counter_speech_nh", "black people", [
    "En fyr råbte abelyde efter vores spiller til kampen i Vejle. Dommeren stoppede kampen og det var helt rigtigt",
    "Min datter blev kaldt 'chokoladepige' af en voksen mand i Føtex. Hun er 7. Hvad fejler folk?",
])
ok("counter_speech_nh", "disabled people", [
    "Kan vi ikke stoppe med at bruge 'spasser' som skældsord? Min lillesøster har cerebral parese og det gør ondt hver gang",
    "Den kommentar om at 'handicappede bare koster penge' er slettet. Skriv sådan igen og du er ude",
])
ok("counter_speech_nh", "women", [
    "'Kvinder kan ikke dømme fodbold' siger manden der lige har råbt offside på et indkast 🙄",
    "Hvis du synes kvinder hører til i køkkenet så er du velkommen til at blive der selv, Preben",
])
ok("counter_speech_nh", "greenlanders", [
    "Der er nogen der har skrevet at grønlændere bare drikker. Min kollega fra Sisimiut har ikke rørt alkohol i 10 år. Stop de fordomme",
])
ok("counter_speech_nh", "roma", [
    "Folk i gruppen her advarer mod 'sigøjnere' hver gang en cykel bliver væk. Sidste gang var det naboens egen søn. Tænk lige før I skriver",
])
ok("counter_speech_nh", "refugees", [
    "'Flygtninge er lykkeriddere' skriver du, mens du selv har boet i Spanien i 5 år for at slippe for skat. Okay Torben",
])
ok("counter_speech_nh", "poles", [
    "Kald dem nu ikke 'billige polakker'. De er håndværkere ligesom alle andre og de har krav på overenskomst",
])
ok("negated_hate_nh", "muslims", [
    "Jeg har ikke noget imod muslimer, jeg har noget imod at naboen griller kl 2 om natten. Han hedder i øvrigt Søren",
    "Det har intet med islam at gøre, han er bare en dårlig kører",
])
ok("negated_hate_nh", "immigrants", [
    "Det er ikke fordi han er indvandrer at jeg er sur, det er fordi han har lånt min boremaskine i 6 uger",
    "Problemet med den nye sportsdirektør er ikke at han er fra Tyrkiet, det er at han har fyret den bedste træner vi har haft",
])
ok("negated_hate_nh", "women", [
    "Det er ikke fordi hun er kvinde at hun er en dårlig chef. Hun er bare en dårlig chef",
])
ok("negated_hate_nh", "gay people", [
    "Jeg kunne ikke være mere ligeglad med om naboen er bøsse, jeg vil bare have at han slukker for den techno",
])
ok("self_reference_nh", "immigrants", [
    "Som perker fra Mjølnerparken kan jeg sige at den der shawarmabar er den bedste i byen, wallah",
])
ok("self_reference_nh", "gay people", [
    "Vi bøsser skal altså have vores egen bowlingaften igen, det var så sjovt sidst",
])
ok("self_reference_nh", "autistic people", [
    "Jeg er autist og ja, jeg har brug for at vide præcis hvornår mødet slutter. Det er ikke at være besværlig",
])
ok("self_reference_nh", "deaf people", [
    "Som døv er det SÅ irriterende når butikker kun har telefon og ingen mail",
])
ok("self_reference_nh", "disabled people", [
    "Vi krøblinger har også ret til at komme ind på spillestedet, tak. Der er 4 trin og ingen rampe",
])
ok("self_reference_nh", "muslims", [
    "Jeg er muslim og jeg synes også den imam var helt ude i hampen. Han taler ikke for mig",
])
ok("self_reference_nh", "greenlanders", [
    "Som grønlænder bliver jeg så træt når folk spørger om jeg bor i iglo 😂 men de mener det godt",
])
ok("self_reference_nh", "trans people", [
    "Jeg er transkvinde og jeg skal bare tisse. Det er virkelig ikke mere kompliceret",
])
ok("self_reference_nh", "poles", [
    "Vi polakker bygger jeres huse og drikker jeres øl, fair deal haha",
])
ok("self_reference_nh", "jews", [
    "Som jøde i Danmark tager jeg ikke kalot på i toget længere. Det er trist at skrive",
])

# ---------------------------------------------------------------------------
# Long comments from news-article comment fields and local Facebook groups
# ---------------------------------------------------------------------------
ok("long_debate_comment_nh", "immigrants", [
    "Jeg har læst hele artiklen og jeg synes faktisk journalisten gør det for nemt for sig selv. Ja, der er problemer med integrationen i nogle boligområder, det kan ingen benægte. Men der står intet om de tusindvis af familier der passer deres job, betaler deres skat og sender deres børn på universitetet. Hvis man kun skriver om de 5% der laver ballade, så får folk et helt forkert billede. Det er dårlig journalistik, ikke en mening om indvandring.",
    "Okay, jeg er nok den mest højreorienterede person i den her gruppe, og jeg stemmer for en stram udlændingepolitik. Men det der foregik i kommentarfeltet i går var under lavmålet. Man kan godt ville have færre asylansøgere uden at kalde folk for dyr. Jeg kender flere af de familier der bor på Engvej og de har aldrig gjort nogen noget. Tag debatten om politikken, ikke om menneskene.",
    "Min mor kom til Danmark fra Chile i 1975 som politisk flygtning. Hun lærte dansk på et år, arbejdede som sygeplejerske i 40 år og er nu pensionist i Hvidovre. Når folk siger at 'flygtninge aldrig bidrager' tænker jeg på hende. Jeg siger ikke at alle er som min mor, men jeg synes man skal passe på med at tale om en hel gruppe som om de var én person.",
    "Jeg arbejder som sagsbehandler i en kommune på Vestegnen og jeg bliver så træt af debatten. Politikerne på begge fløje bruger de her familier som brikker i et spil. Den ene side lader som om alt er fint, den anden side lader som om alle er kriminelle. Virkeligheden er at de fleste kæmper med de samme ting som alle andre: økonomi, job, børn der ikke gider lave lektier. Mere nuance tak.",
    "Jeg er enig med artiklen i at integrationsydelsen er for lav til at leve af, men jeg er også enig i at der skal være et incitament til at komme i arbejde. Begge ting kan være sande. Det jeg savner er at nogen spørger de mennesker der rent faktisk lever for de penge, i stedet for at vi sidder her og råber om det. Har nogen her nogensinde prøvet at leve for 6000 kr om måneden?",
    "Hvorfor er det altid de samme 15 mennesker der skriver de samme ting under hver eneste artikel om asyl? Jeg har scrollet forbi dig, Kurt, og dig, Vibeke, i fire år nu. I har ret til jeres holdninger, men I har ikke sagt noget nyt siden 2019. Kom med et konkret forslag i stedet for bare at være sure. Hvad VIL I egentlig have der skal ske?",
])
ok("long_debate_comment_nh", "muslims", [
    "Jeg er opvokset i en muslimsk familie og har selv forladt islam som 20-årig. Jeg synes religionen har mange problematiske sider, især i forhold til kvinder og frafaldne. Men det der gør mig mest ked af det i den her debat er at folk ikke kan skelne mellem kritik af en religion og had mod mennesker. Min mor er stadig troende, hun er den sødeste kvinde i verden, og hun fortjener ikke at blive råbt ad i Bilka.",
    "Jeg forstår ikke hvorfor der er så meget ballade om at skolen tilbyder halal-kød som et alternativ. Der er også vegetarretter, glutenfri retter og laktosefri mælk. Det handler om at børnene skal have noget at spise. Ingen tvinger jeres børn til at spise halal, og ærligt talt smager kyllingen præcis ens. Lad os bruge energien på at få ordentlig mad i skolerne i stedet, det er problemet her.",
    "Min holdning: koranafbrændinger er lovlige og skal være det, fordi ytringsfrihed også gælder for dumme og provokerende ytringer. Men jeg synes samtidig at det er helt åndssvagt og at de eneste der vinder på det er ekstremisterne på begge sider. Man kan forsvare retten til at gøre noget og samtidig synes at det er pinligt. Det er faktisk det voksne standpunkt, ikke et svaghedstegn.",
])
ok("long_debate_comment_nh", "trans people", [
    "Jeg er mor til en transdreng på 16 og jeg vil bare sige til alle her der skriver om 'trans-ideologi': det her er ikke en trend for os. Det har taget min søn fire år at turde sige det højt. Vi har ventet 2 år på en samtale hos Sexologisk Klinik. Han gør ingen noget. Han vil bare gerne gå til håndbold og være i fred. I behøver ikke forstå det hele, bare vær søde.",
    "Jeg synes faktisk at debatten om trans og sport er legitim, og jeg synes ikke man er transfob fordi man stiller spørgsmål ved fysiske fordele i elitesport. Men jeg synes man skal holde det til eliteniveau. Når folk begynder at diskutere om en 11-årig transpige må spille med i en lokal klub, så er vi ude i noget helt absurd. Lad nu børnene spille bold.",
])
ok("long_debate_comment_nh", "women", [
    "Jeg er så træt af at hver gang en kvinde fortæller om sexchikane, så er der 40 mænd i kommentarerne der skriver 'hvorfor anmeldte hun det ikke bare'. Fordi det er pisse svært, Brian! Fordi man er 19 og har brug for jobbet! Fordi man ved at ingen vil tro på én! Jeg siger ikke at alle anklager er sande, men lyt nu i det mindste før I dømmer.",
    "Jeg er mand og jeg synes faktisk #MeToo har været godt for arbejdspladsen. Der er færre 'sjove' kommentarer til julefrokosten og folk tænker sig om. Nogle af mine kollegaer brokker sig over at de 'ikke må sige noget' længere, men når jeg spørger hvad de gerne vil sige, så er det altid noget om kvindernes udseende. Så måske er det fint nok at de holder det for sig selv.",
])
ok("long_debate_comment_nh", "jews", [
    "Jeg har været på demonstration for Palæstina flere gange og jeg står ved det. Men jeg blev virkelig ked af det da nogen i demonstrationen begyndte at råbe ting om jøder generelt. Det er ikke det vi kæmper for. Min kritik er rettet mod den israelske regering og dens militær, ikke mod min jødiske kollega i København der intet har med det at gøre. Vi skal selv rydde op i vores egne rækker.",
])
ok("long_debate_comment_nh", "disabled people", [
    "Min søn har et fysisk handicap og sidder i kørestol. Kommunen har lige skåret hans hjælpertimer ned fra 30 til 18 om ugen. Det betyder at han ikke kan komme til fodboldtræning længere, fordi der ikke er nogen til at køre ham. Jeg er så vred på byrådet at jeg kunne skrige. Det er ikke en luksus, det er et liv. Alle der stemte for den besparelse burde skamme sig.",
])
ok("long_debate_comment_nh", "", [
    "Jeg har været medlem af den her gruppe i 8 år og jeg har aldrig set så meget ævl som i den her tråd om den nye cykelsti. Halvdelen af jer har ikke læst lokalplanen, den anden halvdel har læst den forkert. Cykelstien går IKKE gennem Bents have. Der bliver IKKE fældet 400 træer. Kom nu ned på jorden folkens og mød op til borgermødet på torsdag i stedet for at råbe her.",
    "Til den person der har stjålet min datters cykel fra stativet ved skolen i går: den er lyserød med et Frost-klistermærke og hun har sparet op til den i et helt år. Jeg håber du har det godt med dig selv. Hvis nogen ser den, så skriv til mig. Og til alle jer andre: lås jeres cykler, det er tredje gang på en måned. Politiet gør ingenting.",
    "Vi har nu haft problemer med fyrværkeri i opgangen tre nytårsaftener i træk og boligforeningen gør INGENTING. Sidste år brændte dørmåtten og min hund var bange i en uge. Det er ikke en etnisk ting, det er ikke en ungdomsting, det er en idiot-ting, og idioter findes i alle aldre og farver. Men bestyrelsen skal tage ansvar og sætte kameraer op. Vi har betalt for det.",
    "Jeg er træner for U9-holdet og jeg vil bare minde alle forældre om at vi er her for at have det sjovt. I lørdags var der en far der råbte så meget ad dommeren, som er 15 år gammel, at hun gik grædende hjem. Det er helt uacceptabelt. Næste gang bliver man bedt om at forlade banen. Dommerne er frivillige børn, ikke professionelle. Opfør jer ordentligt.",
])
ok("long_debate_comment_nh", "refugees", [
    "Jeg har været kontaktperson for en afghansk dreng der kom alene til Danmark som 15-årig. I dag er han 22, uddannet elektriker og betaler skat. Han taler bedre dansk end min nevø. Det var hårdt arbejde for os begge, og der var perioder hvor det gik skidt. Men det lykkedes. Så når nogen siger at det er umuligt at integrere de unge mænd, så siger jeg: det kræver en indsats, men det kan lade sig gøre.",
    "Jeg er helt enig i at vi skal hjælpe flygtninge i nærområderne, det giver mere for pengene og det siger UNHCR selv. Men det kan ikke være eneste løsning, og det fritager os ikke fra at tage imod nogen. Danmark er et af verdens rigeste lande. Vi kan godt finde ud af at have en stram politik og samtidig tage vores del af ansvaret. Det er ikke enten eller.",
])

# ---------------------------------------------------------------------------
# Noisy short debate and chat: caps, "!!!", /s, typos, missing æøå
# ---------------------------------------------------------------------------
ok("sarcastic_debate_nh", "immigrants", [
    "ja ja, det er selvfølgelig indvandrernes skyld at Rejsekortet ikke virker /s",
    "Nåh så nu er det også flygtningenes skyld at det regner i juli? Fantastisk analyse Henning /s",
    "Endnu en artikel om at 'ikke-vestlige' spiser anderledes morgenmad. Breaking news. Tak Ekstra Bladet 🙄",
    "Wow en mørk mand købte mælk i Netto, lad os skrive 200 kommentarer om det /s",
    "ah ja for integration handler jo om om man spiser leverpostej. Jeg hader leverpostej, er jeg så ikke integreret?? 😂",
    "Rart at vide at folk i kommentarsporet ved mere om asylret end landets dommere /s",
])
ok("sarcastic_debate_nh", "women", [
    "Nej nej kvinder kan ikke lede, derfor har vi haft tre kvindelige statsministre /s",
    "jamen selvfølgelig er ligestillingen nået når der er en kvinde i bestyrelsen, ud af 11 /s",
])
ok("sarcastic_debate_nh", "gay people", [
    "Ja, homoseksuelle der bliver gift ødelægger helt sikkert dit ægteskab med Grethe /s",
    "Gud hvor er det farligt at to mænd holder i hånd i Fakta. Jeg blev helt chokeret /s",
])
ok("sarcastic_debate_nh", "", [
    "Ja for det har jo altid hjulpet at skrive med CAPS LOCK i kommentarfeltet /s",
    "fantastisk, endnu en kommunalreform der skal løse alt. Det gik jo SÅ godt sidst /s",
    "Elsker når folk skriver 'gør din research' og så linker til en youtube-video fra 2011 /s",
])
ok("caps_exclaim_nh", "", [
    "HVORFOR ER DER IKKE NOGEN DER SALTER FORTOVET PÅ SKOLEVEJ??? Min søn er faldet to gange!!!",
    "FCK ER DANMARKSMESTRE!!!!! 🦁🦁🦁",
    "STOP med at fodre mågerne ved havnen!!! De stjæler is fra børnene",
    "VI VANDT POKALEN!!! Tak til alle der kom og heppede på U15-pigerne!!!",
    "DET ER IKKE EN PARKERINGSPLADS DET ER EN BRANDVEJ!!!!",
    "SÅ ER DER LOPPEMARKED PÅ LØRDAG!!! Kom og køb min svigermors porcelæn 😂",
])
ok("caps_exclaim_nh", "refugees", [
    "TUSIND TAK til alle der donerede til de ukrainske familier!!! Vi fik 3 lastbiler fulde ❤️",
    "Asylcentret mangler CYKLER!!! Har du en i skuret du ikke bruger, så kom med den",
])
ok("caps_exclaim_nh", "women", [
    "KVINDELANDSHOLDET ER I FINALEN!!!!! Jeg har tårer i øjnene",
])
ok("missing_letters_nh", "", [
    "er der nogen der har set en sort kat med hvid pote paa Sondervej? han hedder Mons og er stukket af",
    "hvem fanden har taget min plads i vaskekaelderen, jeg havde booket den kl 14",
    "foraeldremode i 3b paa torsdag kl 17, husk kage",
    "jeg saelger en barnevogn, naesten ny, 800 kr, kan afhentes i Hojbjerg",
    "kaempe tak til ham der fandt min pung ved Foetex, der var alle mine kort i",
])
ok("missing_letters_nh", "muslims", [
    "min muslimske nabo har inviteret hele opgangen til eid-fest i gaarden paa lordag, kom og spis",
    "er der en halal slagter i Holstebro? skal lave mad til min svigerfar naeste uge",
])
ok("missing_letters_nh", "immigrants", [
    "folk der siger at indvandrere ikke vil arbejde har aldrig vaeret paa et slagteri kl 5 om morgenen",
    "min tyrkiske nabo har reddet mine tomatplanter mens jeg var paa ferie, han er guld vaerd",
])
ok("missing_letters_nh", "trans people", [
    "min trans veninde skal have sin forste koncert med koret paa fredag, kom og hor hende!",
])
ok("missing_letters_nh", "greenlanders", [
    "der er groenlandsk julefrokost i Aalborg, nogen der vil med? det er med kaffemik bagefter",
])
ok("missing_letters_nh", "poles", [
    "polsk bageri har aabnet i Naestved, deres paczki er helt vilde",
])
ok("typo_chat_nh", "", [
    "nogen der har lynt til at spile padel på søndga? mangler en fjerde",
    "hvem har lånt min stige, den stå ikke i skurret længere",
    "jeg er så træt af den der hund der skider på min græsplæne hver morjen. ejeren ved godt hvem han er",
    "sry for sent svar, min telefon døde i går og jeg har ik set beskederne",
    "omg dommeren var så dårlig i dag, han så ikke en eneste frispark til os",
    "mega hyggelgt fællesspisning i går, tak for maden alle sammen",
])
ok("typo_chat_nh", "gay people", [
    "min bror og hans kæreste skal giftes i juli, de har sp´urgt om jeg vil være forlover 😭",
    "homo-bowling på fredag er aflyst pga syg bowlinghal, vi prøver igen i næste uge",
])
ok("typo_chat_nh", "disabled people", [
    "min nevø er døvblind og hans lærer har lavet en hel taktil skattejagt til ham, så sødt",
    "weeee vores handicap-svømmehold vandt 3 guld til DM!!!",
])
ok("typo_chat_nh", "somalis", [
    "den somaliske dame ovenpå har lært mig at lave anjeero, min pandekage game er blevet level 100",
])
ok("typo_chat_nh", "arabs", [
    "nogen der ved hvornår den libanesiske bager åbner igen efter ferien? mangler min manakish",
])

# ---------------------------------------------------------------------------
# Settings: sports club, school parents, workplace, buy-and-sell, housing,
# gaming Discord
# ---------------------------------------------------------------------------
ok("sports_club_chat_nh", "refugees", [
    "Velkommen til Ahmad og Bilal fra asylcentret som starter på herre-senior i håndbold i aften 🤾",
    "Kan nogen køre de to nye drenge fra Eritrea til udekampen i Holstebro? De har ikke bil",
    "Klubben har fået tilskud fra DIF til at have gratis kontingent for flygtningebørn det første år. Spred ordet",
])
ok("sports_club_chat_nh", "women", [
    "Damesenior mangler en målmand til søndag, nogen der kan springe ind?",
    "Kvindeholdet får endelig den nye omklædning, det var på tide",
    "Pigerne i U17 vandt 12-0 i dag, modstanderne fik ikke et skud på mål 😅",
])
ok("sports_club_chat_nh", "gay people", [
    "Vi stiller hold til Pride-turneringen i volley igen i år, skriv dig på listen",
    "Klubben har hængt regnbueflag op på klubhuset i juni, flot gjort bestyrelsen",
])
ok("sports_club_chat_nh", "disabled people", [
    "Vi starter et G-hold (handicapfodbold) efter sommerferien, alle over 12 er velkomne",
    "Tak til Frederik der har malet striber på rampen så kørestolsbrugerne kan se den i mørke",
])
ok("sports_club_chat_nh", "muslims", [
    "Kampen er flyttet til kl 20 pga ramadan-iftar for flere af spillerne, så der er tid til at spise først",
    "Vi har fået bedt om et sted hvor drengene kan bede efter træning, bestyrelsen siger det er fint at bruge mødelokalet",
])
ok("sports_club_chat_nh", "", [
    "Træningen er aflyst i dag pga torden. Sikkerhed først drenge",
    "Hvem har glemt en blå Adidas-taske i omklædningsrummet? Den lugter af død",
    "Husk kontingent senest d. 1. Kasserer Jytte er ved at få et nervøst sammenbrud",
    "Vi tabte 3-2 efter et mål i 93. minut. Jeg er knust. Godt kæmpet alligevel",
    "Bold-mor-hold søger flere spillere! Ingen erfaring nødvendig, men kage er obligatorisk",
])
ok("school_parents_chat_nh", "", [
    "Er der nogen der ved hvornår billederne fra skolefotograferingen kommer? Har betalt for 3 uger siden",
    "Husk madpakker i morgen, kantinen er lukket pga vandskade",
    "Lus i 2.A igen 😩 tjek lige hovederne i aften",
    "Vi mangler 2 voksne til at køre på tur til Zoo på fredag. Gerne nogen med 7 pladser",
    "Er det kun min søn der har fået 4 sider matematik for til i morgen? Det er da vanvittigt i 1. klasse",
])
ok("school_parents_chat_nh", "immigrants", [
    "Til klassefesten laver vi mad fra alle de lande børnene har rødder i. Skriv hvad I vil lave 🌍",
    "Hvis der er forældre der har brug for at få Aula-beskederne oversat, så skriv til mig, jeg kan arabisk og tyrkisk",
    "Klassen har nu 9 forskellige modersmål. Læreren laver en plakat hvor de skriver 'hej' på alle sprog, sødt",
    "Forældremødet bliver afholdt med tolk på urdu og somali, så alle kan være med",
])
ok("school_parents_chat_nh", "jews", [
    "Nogle af børnene har fri på fredag pga Yom Kippur, bare så I ved det hvis jeres barn spørger",
])
ok("school_parents_chat_nh", "trans people", [
    "Skolen har holdt et oplæg om køn og identitet i 7. klasse. Min datter syntes det var godt, er der andre der har hørt noget?",
])
ok("school_parents_chat_nh", "autistic people", [
    "Skolen har fået en ny specialklasse for børn med autisme og det ser ud til at fungere super godt",
])
ok("workplace_chat_nh", "", [
    "Hvem har taget min yoghurt fra køleskabet? Der stod mit navn på den. Med sprittusch.",
    "Printeren på 2. sal er død igen. IT siger 'prøv at slukke og tænde'. Tak for hjælpen",
    "Mødet kl 9 kunne have været en mail. Igen.",
    "Fredagsbar er aflyst fordi ledelsen har 'strategidag'. Strategien er åbenbart at vi skal være triste",
])
ok("workplace_chat_nh", "immigrants", [
    "Vi har fået tre nye kollegaer fra Indien i IT-afdelingen, tag godt imod dem på mandag",
    "Mødet holdes på engelsk i dag fordi vores nye kolleger fra Spanien og Brasilien er med",
    "Kantinen laver indisk buffet på fredag, Priya har lånt dem sin mors opskrift på dal",
])
ok("workplace_chat_nh", "muslims", [
    "Vi har fået et stillerum på 3. sal som alle kan bruge til bøn, meditation eller bare en pause",
])
ok("workplace_chat_nh", "women", [
    "Tillykke til Hanne der er blevet vores første kvindelige værkfører. Hun har fortjent det!",
])
ok("workplace_chat_nh", "deaf people", [
    "Husk at slå undertekster til i Teams, så Mette også kan følge med",
])
ok("buy_sell_nh", "", [
    "Sælges: IKEA Kallax reol, hvid, lidt slidt i hjørnet. 200 kr eller byd",
    "Gives væk: 3 kasser med børnetøj str 92-104. Skal hentes inden søndag",
    "Købes: brugt cykel til 10-årig pige, gerne med gear. Max 600",
    "Til den der ville købe min sofa og så ikke dukkede op: tak for ingenting 🙃",
    "Sælger min ex's PlayStation. Han har ikke hentet den i 8 måneder. 1500 kr",
    "Er der nogen der vil bytte en trampolin for en havetraktor? Ungerne er blevet for store",
])
ok("buy_sell_nh", "immigrants", [
    "Sælger min gamle symaskine. Damen fra Irak nede på torvet syr helt fantastisk, så hun kan få den billigt hvis hun vil",
    "Gives væk: arabisk-dansk ordbog og to bøger om dansk grammatik, fra da min mand lærte dansk",
])
ok("housing_chat_nh", "", [
    "Vaskeriet er lukket hele næste uge pga ny maskine. Bestyrelsen beklager",
    "Hvem har efterladt en sofa ved skraldespandene? Den har stået der i 3 uger og nu bor der en kat i den",
    "Grillaften i gården på lørdag, alle medbringer selv kød og godt humør",
    "Der lugter af røg i opgang 4 igen. Hvis du ryger på trappen så stop, der bor børn med astma",
    "Stop med at ringe på alle dørtelefoner kl 3 om natten når du har glemt nøglen. Vi VED det er dig, Rasmus",
])
ok("housing_chat_nh", "immigrants", [
    "Ny beboer i nr. 7? Velkommen! Jeg hedder Grete og har boet her i 30 år, bank på hvis du mangler noget",
    "Tak til familien Hassan for den lækre mad til gårdfesten. Vi vil have opskriften på de fyldte vinblade!!",
    "Beboerhuset holder international kvindeaften torsdag. Alle kvinder i bebyggelsen er velkomne, uanset sprog",
    "Den nye bestyrelse består af folk fra 6 forskellige lande og det er den første der har fået ordnet legepladsen i 10 år 😂",
])
ok("gaming_chat_nh", "", [
    "gg ez, i var så dårlige at jeg næsten fik ondt af jer",
    "hvem fanden campede i det hjørne hele runden? du er en rotte mand 😂",
    "støj på mic igen, Mads sluk for din fucking blæser",
    "Jeg ragequittede så hårdt at min mus fløj ind i væggen",
    "nogen der vil gruppe op til raid kl 21? vi mangler en healer",
    "Min teammate spiller som om han har skærmen slukket. Utroligt",
    "lol du blev smadret af en level 12, uninstall",
])
ok("gaming_chat_nh", "", [
    "tilt as hell, jeg stopper for i dag før jeg smider pc'en ud af vinduet",
    "ham den svenske streamer er så god til Valorant, hans aim er sindssyg",
], lang="da")
ok("gaming_chat_nh", "women", [
    "Velkommen til vores nye pige på holdet, hun er bedre end os alle sammen så hold jer i skindet",
    "Vi har fået et fuldt kvindeligt CS-hold i klubben og de smadrede os i scrim i går. Respekt",
])

# ---------------------------------------------------------------------------
# More debate comments: heated, rude, sarcastic or wrong, but not attacking
# people for a protected trait
# ---------------------------------------------------------------------------
ok("heated_policy_debate_nh", "immigrants", [
    "Du er simpelthen så naiv, Maria. Man kan ikke bare åbne grænserne og tro at det hele løser sig selv. Der skal være styr på hvem der kommer ind",
    "Det her er den dummeste lov i årtier. Den koster milliarder og rammer folk der allerede har job. Hvem har skrevet den, en praktikant?",
    "Jeg er ligeglad med hvor folk kommer fra. Jeg er IKKE ligeglad med at kommunen bruger 40 mio på konsulenter til en integrationsplan ingen har læst",
    "Stram udlændingepolitik er ikke racisme, og åben udlændingepolitik er ikke landsforræderi. Kan vi blive enige om det og så debattere?",
    "Hvis man kalder alle der vil have færre asylansøgere for nazister, så ender man med at ingen gider lytte til en. Det er min kritik af venstrefløjen",
    "Hvis man kalder alle der vil hjælpe flygtninge for 'godhedsindustrien', så ender man med at ingen gider lytte til en. Det er min kritik af højrefløjen",
    "Jeg tror bare ikke på at 'flere krav' løser noget når ingen følger op på kravene. Det er ren papirpolitik",
    "Jeg synes faktisk vi skal have langt flere udenlandske studerende og gøre det lettere at blive efter studiet. Vi uddanner dem gratis og sender dem hjem. Dumt",
    "Nej, du tager fejl. Danmark har ikke 'Europas mest lempelige' asylregler, vi har nogle af de strammeste. Tjek lige tallene før du skriver",
    "Folk der tror at alle flygtninge får gratis lejlighed og bil har læst for meget på Facebook. Det passer simpelthen ikke",
    "Man må gerne være bekymret for integrationen. Jeg er det også. Men kommentarerne i den her tråd er bare ondskabsfulde",
    "Det er fint at vi diskuterer udvisning af kriminelle. Det er ikke fint at man så begynder at snakke om at udvise folk der intet har gjort",
    "Lol, du mener virkelig at det er 'de fremmede' der har lukket posthuset? Det var PostNord. De er fra Sverige. Okay det er måske lidt fremmed 😂",
    "Integrationsministeren burde prøve at leve på selvforsørgelsesydelse i en måned. Så ville der komme andre boller på suppen",
    "Jeg er SÅ træt af at vores kommune bruger flygtninge som undskyldning for at skære i alt. Der var ingen penge til skolen FØR de kom heller",
])
ok("heated_policy_debate_nh", "muslims", [
    "Jeg synes det er helt fint at kritisere islam hårdt, også med satire. Men det ændrer ikke på at min muslimske kollega skal have lov til at arbejde i fred",
    "Muhammed-tegningerne var legitime og jeg ville trykke dem igen. Truslerne mod Jyllands-Posten var forfærdelige. Og nej, det gør mig ikke til muslimhader",
    "Friskoler med religiøst grundlag skal have mere tilsyn. Det gælder både muslimske og kristne friskoler. Lige regler for alle",
    "Den der imam i tv-programmet er en kæmpe idiot og han burde aldrig have fået lov at prædike. Det har jeg også sagt til min muslimske svoger, og han er enig",
    "Hvorfor skal halal-slagtning uden bedøvelse være lovligt? Det er dyrevelfærd, ikke religion, for mig. Det gælder også kosher",
])
ok("heated_policy_debate_nh", "gay people", [
    "Kirkerne skal selvfølgelig vie homoseksuelle, hvad er det for et århundrede vi lever i? Præster der nægter må finde et andet job",
    "Jeg synes ikke folkeskolen skal undervise 6-årige i seksualitet overhovedet, hverken hetero eller homo. Lad dem være børn",
    "At kalde Pride for 'kommerciel og overfladisk' er faktisk en fair kritik. Mange LGBT-folk siger det samme. Corporates med regnbuelogo i juni og så intet resten af året",
])
ok("heated_policy_debate_nh", "trans people", [
    "Du kan godt være uenig i kønsskiftelovgivningen, men du behøver ikke kalde folk sindssyge. Tag debatten ordentligt",
    "Regionen bruger 14 mio på konsulenter og der er stadig 2 års ventetid for trans-udredning. Det er politisk svigt",
    "Jeg mener faktisk der er grund til at være forsigtig med medicinsk behandling af mindreårige. Det mener mange læger også. Det er ikke had at sige det",
])
ok("heated_policy_debate_nh", "women", [
    "Kvoter er nedladende over for dygtige kvinder, det mener jeg stadig. Men jeg er enig i at netværkene er alt for mandsdominerede",
    "Abortgrænsen skal hæves til 18 uger. Det er en sundhedsfaglig anbefaling og det er på tide",
    "Jeg er træt af at 'kvindesag' altid betyder bestyrelsesposter. Hvad med kvinderne i hjemmeplejen der får ødelagt ryggen for 24.000 om måneden?",
    "Det er faktisk ikke kønsdiskrimination at mænd og kvinder har forskellige præmiepenge i tennis, det er markedet. Ej okay jeg ved ikke, men det er et argument",
])
ok("heated_policy_debate_nh", "", [
    "EU er et bureaukratisk monster, og jeg siger det som en der har boet i Bruxelles. Men det er stadig bedre end at stå udenfor",
    "Skattetrykket i Danmark er sindssygt. Halvdelen af min løn forsvinder og bussen kommer stadig ikke",
    "Velfærdsstaten er ikke gratis og folk må forstå at nogen skal betale. Det er ikke kun 'de rige'",
    "Hvorfor får pensionister en ældrecheck på 20.000 når unge ikke har råd til husleje? Generationsuretfærdighed",
    "NATO-målet på 3,5% er vanvittigt. Hvor skal pengene komme fra? Fra hospitalerne?",
    "Rigsfællesskabet skal moderniseres. Grønland skal selv bestemme sin fremtid, og det er Danmarks ansvar at hjælpe med det",
])
ok("heated_policy_debate_nh", "greenlanders", [
    "Jeg synes Grønland skal have fuld selvstændighed hvis de vil. Det er deres land, ikke vores",
    "Bloktilskuddet er ikke 'gave-penge', det er en del af en aftale der også gavner Danmark militært og strategisk",
])
ok("heated_policy_debate_nh", "palestinians", [
    "Våbensalg til Israel skal stoppes mens krigen står på. Det er en politisk holdning og jeg står ved den",
    "Pro-palæstinensiske studerende der blokerer forelæsninger går for langt. Demonstrer gerne, men lad folk komme til undervisning",
    "At råbe 'from the river to the sea' er dumt fordi det kan forstås som et ønske om at udslette Israel. Find et andet slogan hvis du vil have fred",
])
ok("heated_policy_debate_nh", "jews", [
    "Israels bosættelsespolitik er i strid med folkeretten. Det siger FN og det siger mange jøder også",
    "Jeg er imod at jødiske børn skal gå i skole bag hegn og vagter, men det er nødvendigt lige nu. Det er skammeligt for Danmark",
])
ok("heated_policy_debate_nh", "roma", [
    "Tiggeriforbuddet rammer primært romaer, og det er tvivlsomt om det overhovedet har virket. Man flytter bare problemet",
])
ok("heated_policy_debate_nh", "eastern europeans", [
    "Det er pinligt at danske firmaer betaler østeuropæiske chauffører 40 kr i timen. Det er ikke chaufførernes skyld, det er firmaernes",
    "Social dumping skal bekæmpes med kontrol og overenskomster. At give arbejderne skylden er at gå efter de forkerte",
])
ok("crime_debate_nh", "", [
    "Strengere straffe virker ikke alene. Det siger al forskning. Vi skal have forebyggelse OG konsekvens",
    "Visitationszoner på Nørrebro er symbolpolitik og de unge der bliver visiteret hver uge bliver kun mere vrede",
    "Bander skal knuses. Punktum. Men det kræver betjente, ikke tweets fra justitsministeren",
    "Jeg blev selv overfaldet i Aarhus sidste år af en fuld dansker. Vold kommer fra mange steder. Lad os bare tale om vold",
    "Den pædofile der fik 2 år skulle have haft 10. Vores strafferamme for overgreb mod børn er en joke",
    "Hvorfor er der flere betjente til fodboldkampe end i hele Vestjylland? Prioriter lige",
])
ok("crime_debate_nh", "immigrants", [
    "Ja, der er et reelt problem med unge kriminelle i nogle boligområder. Men de fleste af de unge i området er ikke kriminelle, og de skal ikke betale for de få",
    "Overrepræsentation i statistikken er et faktum. Hvad vi gør ved det er politik. Mere politi, mere socialt arbejde, tidlig indsats. Ikke kollektiv straf",
])

# ---------------------------------------------------------------------------
# More rude chat aimed at no protected trait
# ---------------------------------------------------------------------------
ok("insult_no_protected_trait_nh", "", [
    "Hvem af jer klovne har skrevet at fællesspisningen er aflyst? Den er IKKE aflyst, Poul",
    "Til manden med den røde Audi der altid holder i indkørslen: lær at parkere din spade",
    "Hold nu op med at spamme gruppen med dine MLM-cremer, Susanne. Ingen vil købe dem",
    "Dommeren fløjtede af 2 min før tid. Jeg håber han træder på en lego resten af sit liv",
    "Silkeborg-fans er de mest irriterende i hele superligaen og I ved det godt",
    "Hvorfor er alle Randers-fans så sure hele tiden? I tabte, kom videre",
    "Min ex har beholdt min kat OG min Netflix-konto. Hvilken slags monster gør det",
    "Min chef har lige sendt en mail med emnet 'HASTER!!!' om hvem der skal købe kaffe. Jeg kan ikke mere",
    "Ham der på 1. sal der spiller trommer kl 23: du er ikke Lars Ulrich. Du er Kim fra 1. sal",
    "Naboens kat har brugt min sandkasse som toilet igen. Ungerne nægter at lege der. Hold din kat inde!!",
    "Københavnere der kommer til Skagen og brokker sig over at der ikke er havremælk. Bliv hjemme",
    "Århusianere tror at deres by er en storby. Det er en landsby med en gågade 😂",
    "Jyder kan ikke køre i rundkørsler, det er videnskabeligt bevist",
    "Hvorfor skal jeg betale 45 kr for en parkeringsbillet når automaten ikke engang tager MobilePay? Kommunen er en flok amatører",
    "Husejerforeningens formand er en lille Napoleon der tror han ejer vejen",
    "Du er sgu for dum til at have en mening om det her, Kim. Du troede Brexit var en morgenmadsblanding",
    "Landsholdstræneren burde fyres i morgen. Den taktik er fra stenalderen",
    "Min svoger er den største besserwisser i verden. Han har forklaret mig hvordan man koger pasta. Jeg er kok.",
    "Teleselskaber er djævlens værk. 45 minutter i kø for at få at vide at de ikke kan hjælpe",
    "Vores vicevært er en doven stodder, han har ikke skiftet pæren i kælderen siden 2022",
    "Hold kæft hvor er den nye sæson af den serie dårlig. Hvem har skrevet det lort",
    "Jeg er ved at blive vanvittig af de elløbehjul der ligger overalt på fortovet. Smid dem i havnen",
    "Hvorfor tror alle BMW-ejere at blinklys er ekstraudstyr?",
    "Min datters træner er en tudefjæs der ikke kan tåle at tabe til U10-holdet fra Greve",
    "ærligt talt Jesper, du er verdens mest irriterende person i en gruppechat. 47 beskeder om en grill",
])
ok("profanity_chat_nh", "", [
    "fuck hvor er det koldt i dag",
    "Sikke noget lort vejr, så er vi i gang med sommerferien 🙄",
    "for helvede da, nu er vaskemaskinen gået i stykker igen",
    "Satans også, jeg har glemt min nøgle på arbejdet",
    "pis pis pis, bussen kørte lige foran næsen af mig",
    "Kraftedeme godt gået drenge, første sejr i år!!!",
])

# ---------------------------------------------------------------------------
# More good-faith questions
# ---------------------------------------------------------------------------
ok("good_faith_question_nh", "muslims", [
    "Hvad betyder det når en kvinde bærer hijab men en anden muslimsk kvinde ikke gør? Er det forskellige retninger?",
    "Er der noget man skal tænke på når man inviterer muslimske gæster til bryllup? Ud over maden altså",
])
ok("good_faith_question_nh", "immigrants", [
    "Hvor kan min nabo tage danskprøve 3 hurtigst muligt? Hun har fået job men skal bestå først",
    "Hvad gør man hvis man tror en kollega fra udlandet bliver underbetalt? Vil gerne hjælpe uden at blande mig for meget",
])
ok("good_faith_question_nh", "trans people", [
    "Hvad er forskellen på kønsidentitet og seksualitet? Jeg blander det altid sammen og vil gerne forstå det",
    "Kan man som trans få refunderet udgifter til hormoner, eller skal man selv betale?",
])
ok("good_faith_question_nh", "jews", [
    "Er det ok at gå ind i en synagoge som ikke-jøde? Jeg er på ferie i Prag og vil gerne se den gamle",
])
ok("good_faith_question_nh", "disabled people", [
    "Hvordan søger man om ledsagerordning for en voksen med udviklingshæmning? Min bror er lige fyldt 18",
    "Er der nogen med erfaring med handicapbil via kommunen? Hvor lang tid tog det?",
])
ok("good_faith_question_nh", "gay people", [
    "Hvornår blev homoseksualitet egentlig afkriminaliseret i Danmark? Min søn har en opgave om det",
])
ok("good_faith_question_nh", "refugees", [
    "Hvor kan man donere til de sudanesiske flygtninge? Helst en organisation med lav administration",
    "Hvad sker der med en asylansøger der får afslag men ikke kan sendes hjem? Sidder de bare i Kærshovedgård for evigt?",
])
ok("good_faith_question_nh", "deaf people", [
    "Hvordan bestiller man tegnsprogstolk til et borgermøde? Vi vil gerne have at alle kan være med",
])
ok("good_faith_question_nh", "roma", [
    "Hvor kommer romaerne oprindeligt fra? Jeg har hørt Indien men ved ikke om det passer",
])
ok("good_faith_question_nh", "chinese people", [
    "Hvornår er kinesisk nytår i år? Vores kinesiske nabo har inviteret os og jeg vil gerne have en gave med",
])
ok("good_faith_question_nh", "women", [
    "Hvordan får vi flere piger til at spille skak i klubben? Vi har 40 drenge og 2 piger",
])
ok("good_faith_question_nh", "non-binary people", [
    "Hvad skriver man i en formel mail til en der er nonbinær? 'Kære' og så navnet?",
])

# ---------------------------------------------------------------------------
# More news-style reports
# ---------------------------------------------------------------------------
ok("news_report_nh", "immigrants", [
    "Ny analyse fra AE-rådet: Beskæftigelsen blandt indvandrere fra ikke-vestlige lande er den højeste nogensinde",
    "Integrationsbarometeret viser fremgang på 9 ud af 12 områder, men flere føler sig diskrimineret",
    "En 27-årig mand er idømt 60 dages betinget fængsel for racistiske ytringer mod en buschauffør i Vejle",
])
ok("news_report_nh", "muslims", [
    "Politiet har rejst sigtelse mod en mand for trusler mod en imam i Aarhus. Truslerne blev sendt via Facebook",
    "Ny undersøgelse: Hver tredje muslimske kvinde i Danmark har oplevet chikane i det offentlige rum",
])
ok("news_report_nh", "jews", [
    "Det Jødiske Samfund melder om en markant stigning i antisemitiske hændelser det seneste år",
    "En 22-årig er dømt for at have sprayet antisemitiske slogans på en jødisk børnehave",
])
ok("news_report_nh", "disabled people", [
    "Handicaporganisationerne kritiserer, at kun 30% af togstationerne er fuldt tilgængelige for kørestolsbrugere",
])
ok("news_report_nh", "trans people", [
    "Landsretten har givet en transkvinde medhold i en sag om forskelsbehandling på et fitnesscenter",
])
ok("news_report_nh", "greenlanders", [
    "Regeringen og Naalakkersuisut har indgået aftale om en uvildig undersøgelse af spiralkampagnen",
])
ok("news_report_nh", "roma", [
    "Europarådet kritiserer igen Danmark for manglende indsats mod diskrimination af romaer",
])
ok("news_report_nh", "women", [
    "Ny rapport: Hver femte kvinde har været udsat for partnervold. Krisecentrene mangler pladser",
    "En 38-årig mand er idømt 7 års fængsel for drabet på sin ekskæreste i Esbjerg",
])
ok("news_report_nh", "", [
    "Tre personer er anholdt efter uroligheder ved derbyet i Parken. To betjente kom lettere til skade",
    "En bandekonflikt på Vestegnen har ført til at politiet indfører visitationszone i 14 dage",
    "Højesteret stadfæstede i dag dommen over den tidligere skolelærer for besiddelse af overgrebsmateriale",
])

# ---------------------------------------------------------------------------
# More everyday chat with groups in passing
# ---------------------------------------------------------------------------
ok("everyday_mention_nh", "muslims", [
    "Nabokonen med tørklædet har fundet vores løsgående hund og gået en tur med den til vi kom hjem 😅 tak!!",
    "Slagteren på Nørrebrogade har halal-lammekøller på tilbud, de er SÅ gode på grillen",
    "vi var til muslimsk bryllup i weekenden og danset til 2 om natten, uden en dråbe alkohol, og det var den bedste fest i år",
])
ok("everyday_mention_nh", "ukrainians", [
    "Den ukrainske pige i klassen har lært min datter at tælle til 100 på ukrainsk 🇺🇦",
    "Oksana fra Kharkiv leder efter rengøringsarbejde i Silkeborg, hun er super grundig. Skriv hvis I kender noget",
    "Vi har ukrainsk koncert i kirken på søndag til fordel for børnehospitalet i Lviv",
])
ok("everyday_mention_nh", "gay people", [
    "Min onkel og hans mand har været sammen i 40 år og de skændes stadig om hvem der skal tømme opvaskeren",
    "Homo-koret 'Tonefølge' holder julekoncert, billetter via foreningens side",
])
ok("everyday_mention_nh", "bisexual people", [
    "Min veninde har lige fortalt at hun er biseksuel, og hele pigegruppen sagde bare 'ok, vil du have mere vin?' 🍷",
])
ok("everyday_mention_nh", "trans people", [
    "Trans-netværket i Odense holder brætspilsaften hver anden onsdag, alle er velkomne",
])
ok("everyday_mention_nh", "disabled people", [
    "Ny legeplads i parken er helt handicapvenlig med gyngestol til kørestole, min nevø var helt oppe og køre",
    "min kæreste er ordblind så jeg læser altid menukortet højt, han siger jeg gør det med for meget drama",
    "Tak til buschaufføren på linje 5 der ventede på min mor med rollator, det betyder alt",
])
ok("everyday_mention_nh", "autistic people", [
    "Biografen har 'rolige visninger' med lavere lyd og lys tændt, perfekt til min autistiske datter",
])
ok("everyday_mention_nh", "greenlanders", [
    "Grønlandske Inuk har lavet trommedans på biblioteket for børnene, det var magisk",
    "Har fået tørret hvalkød med hjem fra Nuuk, nogen der tør smage? 😂",
])
ok("everyday_mention_nh", "jews", [
    "Vi fik challah af vores jødiske naboer til sabbat, det er det bedste brød jeg har smagt",
])
ok("everyday_mention_nh", "black people", [
    "Den nye træner fra Senegal har helt styr på drengene, de løber som aldrig før",
    "min søn har fået en kæreste fra Gambia, de er 15 og det er det sødeste",
])
ok("everyday_mention_nh", "iranians", [
    "Persisk nytår (nowruz) fejres i medborgerhuset fredag, med musik og mad fra Iran",
    "min iranske kollega har lært mig at lave tahdig, og nu brænder jeg ris med vilje 😅",
])
ok("everyday_mention_nh", "kurds", [
    "Kurdisk kulturforening holder newroz-fest med bål i parken, kom og dans med",
])
ok("everyday_mention_nh", "eritreans", [
    "Eritreansk kaffeceremoni i beboerhuset på søndag, det tager to timer og det er det værd",
])
ok("everyday_mention_nh", "filipinos", [
    "Vores filippinske au pair har lært ungerne at spille basketball, nu er de helt besat",
])
ok("everyday_mention_nh", "thai people", [
    "Thailandsk madmarked ved kirken er tilbage! Kristina fra Nakhon laver stadig de bedste forårsruller",
])
ok("everyday_mention_nh", "women", [
    "Min kone fiksede bilen mens jeg stod og gloede. Hun er mekaniker og jeg er revisor, det giver mening",
    "Kvindernes cykelløb går gennem byen på lørdag, vejen er spærret fra kl 10",
])
ok("everyday_mention_nh", "romanians", [
    "Florin fra Rumænien har startet flytteforretning i byen, kan anbefales, ingen ridser på noget",
])
ok("everyday_mention_nh", "lithuanians", [
    "Den litauiske købmand har fået koldrøget fisk ind igen, skynd dig før den er væk",
])

# ---------------------------------------------------------------------------
# More counter-speech and quoting in order to condemn
# ---------------------------------------------------------------------------
ok("quote_to_condemn_nh", "muslims", [
    "Nogen har skrevet 'ingen moské i vores by' på plakaten om åbent hus. Det er så ynkeligt. Jeg tager derhen på lørdag",
    "Min søn kom hjem og fortalte at en dreng i klassen kaldte hans ven for 'terrorist' fordi han er muslim. Jeg har skrevet til læreren",
])
ok("quote_to_condemn_nh", "immigrants", [
    "Under opslaget om det nye pizzeria skrev en at 'de' snart overtager hele gaden. Det er en pizzeria, Jens. De sælger pizza",
    "Jeg fik at vide at jeg skulle 'tage hjem' af en ældre mand i bussen. Jeg er født i Roskilde. Jeg var så chokeret at jeg ikke sagde noget",
])
ok("quote_to_condemn_nh", "black people", [
    "Der var en der kaldte vores målmand for n-ordet efter kampen. Klubben har politianmeldt det, og det bakker vi 100% op om",
])
ok("quote_to_condemn_nh", "trans people", [
    "Der hænger klistermærker i hele byen med 'trans er en sygdom'. Jeg piller dem ned når jeg ser dem. Gør det samme",
])
ok("quote_to_condemn_nh", "jews", [
    "Nogen i chatten skrev at Holocaust 'er overdrevet'. Han er blevet bannet. Det er ikke en mening, det er løgn",
])
ok("quote_to_condemn_nh", "disabled people", [
    "En kunde sagde til min kollega i kørestol at 'folk som hende' ikke burde arbejde med kunder. Vores chef smed ham ud. Sådan!",
])
ok("quote_to_condemn_nh", "gay people", [
    "Da jeg kyssede min kæreste på Strøget råbte en gruppe drenge 'klamme bøsser' efter os. Det er 2026. Hvorfor sker det stadig?",
])
ok("quote_to_condemn_nh", "roma", [
    "Der stod 'sigøjnere forbudt' på et skilt ved en campingplads i Sverige. Vi kørte videre. Ulækkert",
])
ok("quote_to_condemn_nh", "women", [
    "En fyr i Discorden skrev at piger 'ikke kan spille shooters'. Hun havde lige 30 kills mod hans 4. Karma 😂",
])
ok("quote_to_condemn_nh", "greenlanders", [
    "Min kollega fra Grønland fik at vide af en kunde at hun 'talte godt dansk for en eskimo'. Hun er født i Aarhus. Jeg skammede mig",
])
ok("quote_to_condemn_nh", "asians", [
    "Under corona råbte folk 'virus' efter min mor i Føtex fordi hun er fra Vietnam. Det glemmer jeg aldrig",
])

# ---------------------------------------------------------------------------
# More positive statements
# ---------------------------------------------------------------------------
ok("positive_statement_nh", "immigrants", [
    "Min farmor kom fra Tyrkiet i 1970 og byggede et liv op fra ingenting. Hun er min helt",
    "Uden de internationale studerende ville vores uni-fodboldhold bestå af 4 mand og en hund",
])
ok("positive_statement_nh", "refugees", [
    "Hvert år bliver jeg rørt til tårer på asylcentrets sommerfest. Børnene har ingenting og deler alt",
])
ok("positive_statement_nh", "trans people", [
    "Den transkvinde der vandt Vild med Dans var simpelthen så god. Fortjent sejr!",
])
ok("positive_statement_nh", "gay people", [
    "Stolt af vores lille by der for første gang har haft Pride-parade. 400 mennesker mødte op!! 🏳️‍🌈",
])
ok("positive_statement_nh", "muslims", [
    "Den muslimske spejdergruppe har samlet 40 kg affald fra stranden. Hatten af",
])
ok("positive_statement_nh", "deaf people", [
    "Døvefodboldlandsholdet vandt EM-bronze! Hvorfor er der ingen der skriver om det?",
])
ok("positive_statement_nh", "autistic people", [
    "Vores autistiske kollega har fundet en fejl i lønsystemet som har sparet firmaet 400.000. Helt vildt",
])
ok("positive_statement_nh", "women", [
    "Til alle mødre der har fået børn op om morgenen, i tøjet og afsted til børnehaven i dag: I er seje",
])

# ---------------------------------------------------------------------------
# Debate comments with typos, missing æøå and local-group tone
# ---------------------------------------------------------------------------
ok("noisy_debate_comment_nh", "immigrants", [
    "jeg er helt enig i at der skal staerkere krav til sprog, men saa skal der ogsaa vaere laerere nok. det er jo ikke svaert at regne ud",
    "hvorfor er det altid indvandrerne der er i overskriften naar en bus bliver forsinket? det var sne for helvede",
    "haha kommentarsporet her er en katastrofe, 50 mennesker der alle sammen har misforstaaet artiklen",
    "min svigerfar stemmer DF og han er den forste til at hjaelpe den afghanske familie paa vejen med snerydning. folk er mere end deres stemme",
    "integrationen gaar bedre end medierne siger, det viser alle tal. men godt nyt saelger ikke aviser",
    "ikke for at vaere kedelig men har nogen faktisk laest lovforslaget? der staar noget helt andet end det i skriver",
])
ok("noisy_debate_comment_nh", "muslims", [
    "burkaforbud eller ej, jeg har set praecis 1 burka i mit liv og det var i Paris",
    "jeg forstaar godt folk er kritiske over for islam, det er jeg ogsaa paa nogle punkter, men at raabe af en kvinde med barnevogn i Bilka er bare klamt",
    "fuck religion generelt siger jeg, men lad da folk tro paa hvad de vil saa laenge de ikke tvinger andre",
])
ok("noisy_debate_comment_nh", "trans people", [
    "jeg fatter ikke hvorfor folk bliver saa sure over pronominer. det koster dig ingenting at sige 'hun'",
    "okay jeg var selv skeptisk overfor det med trans, men saa blev min bedste vens soen trans og nu forstaar jeg det meget bedre",
])
ok("noisy_debate_comment_nh", "women", [
    "ligeloen NU!!! min kollega tjener 4000 mere end mig for SAMME job, og han kommer for sent hver dag",
    "#metoo handlede aldrig om at alle maend er svin. det handlede om at nogle er og at ingen sagde noget",
])
ok("noisy_debate_comment_nh", "", [
    "borgmesteren er en kaempe nar og jeg stemmer ikke paa ham igen. han har lukket 3 skoler og bygget en rundkorsel til 40 mio",
    "nu har de hævet prisen på svømmehallen IGEN, det er fandme tyveri",
    "jeg er ligeglad med hvilket parti der vinder, bare de faar styr paa ventelisterne paa psykiatrien",
    "EU bestemmer alt for meget, selv over hvor krumme agurker maa vaere lol (ja jeg ved det er en myte)",
])
ok("noisy_debate_comment_nh", "jews", [
    "man kan godt vaere imod krigen i gaza og imod antisemitisme paa samme tid. det er faktisk ret let",
])
ok("noisy_debate_comment_nh", "disabled people", [
    "kommunen har skaaret i handicaphjaelpen IGEN og samtidig bygget nyt raadhus til 200 mio. hvad er prioriteringen??",
])
ok("long_debate_comment_nh", "immigrants", [
    "Jeg bor selv i et af de områder der står på parallelsamfundslisten, og jeg kan godt forstå at folk udefra er bekymrede når de læser overskrifterne. Men kom herud og se det. Der er lektiecafé, fodbold, en bager der åbner kl 6 og en masse pensionister der sidder på bænkene og sludrer. Der er også problemer med nogle unge, det skal ikke skjules, men det er et sted hvor folk bor, ikke en krigszone.",
    "Det her er min fjerde kommentar i tråden, så undskyld, men jeg bliver nødt til at svare Lene. Nej, de fleste indvandrere får IKKE højere ydelser end danske pensionister. Det er en myte der er blevet delt tusindvis af gange på Facebook. Tjek borger.dk eller ring til kommunen. Man må gerne mene at ydelserne er for høje eller for lave, men så lad os diskutere de rigtige tal.",
    "Jeg har været lærer i 25 år og har haft elever fra mere end 40 lande. Nogle var fantastiske, nogle var dovne, nogle var ballademagere og nogle var geniale. Præcis ligesom de danske elever. Det eneste der virkelig adskilte dem var om forældrene havde tid og overskud til at hjælpe med lektierne. Så hvis vi vil forbedre integrationen, så start med forældrenes arbejdstider og sprogundervisning, ikke med flere kontrolbesøg.",
])
ok("long_debate_comment_nh", "", [
    "Jeg er virkelig skuffet over bestyrelsen i boligforeningen. I lovede at vi ville få nye vinduer i 2023, så i 2024, og nu står der 2027 i budgettet. Samtidig har I brugt 80.000 kr på et nyt skilt ved indgangen. Min lejlighed er kold om vinteren og min søn har astma. Jeg er ikke ude på ballade, men jeg forventer et svar på generalforsamlingen og ikke bare endnu en udskydelse.",
    "Sidste weekends kamp var noget af det mest pinlige jeg har set som fan i 30 år. Ikke fordi vi tabte, det sker, men fordi en flok af vores egne fans kastede flasker efter modstanderens målmand. Han er 19 år og spillede sin første kamp. Det er ikke fankultur, det er bare idioti. Klubben skal finde dem og give karantæne på livstid. Vi er bedre end det.",
    "Det er nu tredje gang på to uger at nogen har brudt ind i kolonihavehusene her på Strandvejen. Jeg har talt med politiet, og de siger at de ikke har ressourcer til at sende nogen ud. Det er bare ikke godt nok. Jeg foreslår at vi går sammen om et par kameraer og en nabovagt-ordning. Skriv til mig hvis du vil være med, så laver vi et møde i foreningshuset.",
])
ok("long_debate_comment_nh", "gay people", [
    "Jeg er 67 og jeg voksede op i en tid hvor man ikke måtte sige ordet homoseksuel højt. Min bedste ven fra skolen tog sit eget liv i 1978 fordi han ikke kunne holde ud at skjule sig. Når jeg i dag ser unge mænd gå hånd i hånd ned ad gågaden i Viborg, bliver jeg rørt. Vi er kommet langt. Så lad være med at sige at Pride ikke er nødvendigt længere.",
])
ok("long_debate_comment_nh", "women", [
    "Jeg synes faktisk godt man kan diskutere om alle sagerne fra #MeToo-bølgen blev behandlet fair. Der var nogle mænd der blev hængt ud uden at få mulighed for at forklare sig, og det er et retssikkerhedsproblem. Men jeg bliver træt når den diskussion bliver brugt til at afvise hele bevægelsen. Langt de fleste historier var sande, og mange kvinder har først fået modet til at sige noget på grund af den.",
])
ok("long_debate_comment_nh", "muslims", [
    "Jeg synes det er rimeligt at kommunen kræver at foreningerne skal acceptere demokrati og ligestilling for at få tilskud. Det gælder vel også for den muslimske forening og for Indre Missions ungdomsklub. Men så skal det også håndhæves ens. Lige nu virker det som om reglen kun bliver brugt mod den ene type forening, og så mister den sin troværdighed. Samme regler for alle, så kan vi tale om det.",
])

# ---------------------------------------------------------------------------
# Close contrasts: one person criticised for what they did, group only named
# ---------------------------------------------------------------------------
ok("individual_criticism_nh", "poles", [
    "Den polske håndværker vi hyrede lavede sjusk med fliserne og svarer ikke på telefonen. Han var bare dårlig, vi har haft fantastiske polakker før",
])
ok("individual_criticism_nh", "muslims", [
    "Imamen i radioen i går sagde noget dybt forkert om homoseksuelle, og jeg synes han skal kritiseres hårdt for det. Han er en skændsel for sin menighed",
    "Min muslimske chef er den mest urimelige chef jeg har haft, men det har intet med hans tro at gøre, han er bare en dårlig leder",
])
ok("individual_criticism_nh", "immigrants", [
    "Ham der kører taxa på nattevagten og altid tager omvejen: jeg har noteret din vognnummer. Det er snyd, uanset hvem du er",
    "Den nye nabo fra Irak spiller høj musik til kl 2. Jeg har bedt ham skrue ned tre gange. Næste gang ringer jeg til boligforeningen",
    "Den mand fra Syrien der blev dømt for bedrageri i går skal selvfølgelig straffes. Ligesom den dansker der blev dømt for det samme i sidste uge",
])
ok("individual_criticism_nh", "women", [
    "Kommunaldirektøren har lavet en elendig budgetplan. At hun er kvinde er fuldstændig irrelevant, planen er bare dårlig",
    "Dommeren i kvindekampen i går var elendig. Hun så ikke to klare straffe. Dårlig dag på kontoret",
])
ok("individual_criticism_nh", "gay people", [
    "Den homoseksuelle politiker fra byrådet har brudt sit løfte om cykelstien. Jeg er ligeglad med hvem han er gift med, jeg vil have min cykelsti",
])
ok("individual_criticism_nh", "trans people", [
    "Jeg synes den trans-aktivist i debatprogrammet var ret aggressiv og ikke lod nogen tale ud. Dårlig debattør, uanset emnet",
])
ok("individual_criticism_nh", "jews", [
    "Den israelske ambassadør kom med nogle helt hårrejsende udtalelser i går. Dansk UM burde kalde ham til samtale",
])
ok("individual_criticism_nh", "greenlanders", [
    "Det grønlandske medlem af Folketinget stemte imod forslaget og jeg synes hun tager fejl. Men det er hendes ret",
])
ok("individual_criticism_nh", "black people", [
    "Den nye angriber fra Nigeria har brændt fire store chancer i træk. Han skal på bænken til næste kamp, simpelthen",
])
ok("individual_criticism_nh", "romanians", [
    "Pas på: en rumænsk bil med falske nummerplader har solgt falske guldkæder på P-pladsen ved Bilka. Politiet er underrettet",
])
ok("individual_criticism_nh", "somalis", [
    "Den somaliske købmand har haft udløbet mælk på hylden to gange. Jeg har sagt det til ham og han undskyldte. Tjek datoen",
])

# ---------------------------------------------------------------------------
# Final everyday and debate additions
# ---------------------------------------------------------------------------
ok("everyday_mention_nh", "refugees", [
    "Vores kor har fået tre nye sangere fra asylcentret, de synger på arabisk og tigrinya til forårskoncerten",
    "Håndboldklubben har fået en ny målmand, Yonas, flygtning fra Eritrea. Han tager ALT 🧤",
    "Asylcentrets børn har malet julepynt til plejehjemmet. Beboerne var helt rørte",
])
ok("everyday_mention_nh", "gay people", [
    "Vores lokale bøssebar har quiz hver tirsdag, og ja, hetero-folk må godt komme 😄",
])
ok("everyday_mention_nh", "jews", [
    "Den jødiske bager i Aarhus laver rugelach til jul og det er helt sindssygt godt",
])
ok("everyday_mention_nh", "women", [
    "Der er åbent for tilmelding til kvindernes styrketræning i hallen, begyndere er meget velkomne",
])
ok("everyday_mention_nh", "muslims", [
    "Min nabo Hassan har tilbudt at passe min kat mens jeg er på ferie. Han siger han er katte-person mere end hunde-person",
])
ok("everyday_mention_nh", "disabled people", [
    "Teatret har nu synstolkning på torsdagsforestillingerne. Min far er blind og var helt begejstret",
])
ok("heated_policy_debate_nh", "immigrants", [
    "Der er fandme for meget snak og for lidt handling i integrationsministeriet. Jeg er træt af rapporter, lav noget!",
    "Ja, jeg er for udvisning af kriminelle udlændinge. Nej, det betyder ikke at jeg synes alle udlændinge er kriminelle. Tak for at læse med",
    "Hvis du virkelig tror at danskere er 'mindretal i eget land' så har du ikke set statistikken. Det er ca 85% der er af dansk oprindelse",
])
ok("heated_policy_debate_nh", "muslims", [
    "Kritik af islam er ikke islamofobi. Had mod muslimer er islamofobi. Det burde ikke være så svært at holde de to fra hinanden",
])
ok("heated_policy_debate_nh", "women", [
    "Jeg er enig i at der skal være flere kvinder i ledelsen, men de skal vælges fordi de er dygtige og ikke for at opfylde et tal. Det er vel hele pointen?",
])
ok("heated_policy_debate_nh", "trans people", [
    "Hvorfor er det at TV2 kun inviterer de mest ekstreme stemmer fra begge sider i trans-debatten? De fleste af os er et sted midt imellem",
])
ok("good_faith_question_nh", "muslims", [
    "Er det korrekt at man ikke må give hånd til muslimske kvinder, eller er det kun nogle? Jeg vil ikke gøre noget forkert til receptionen",
])
ok("good_faith_question_nh", "immigrants", [
    "Hvad er reglerne for at invitere familie fra Pakistan på besøg? Min kollega har fået afslag på visum to gange",
])
ok("news_report_nh", "muslims", [
    "Retten i Odense har idømt to mænd fængsel for at true en muslimsk familie til at flytte fra deres rækkehus",
])
ok("news_report_nh", "refugees", [
    "Ukrainske flygtninge i Danmark har en beskæftigelsesgrad på over 60 procent, viser nye tal",
])
ok("sarcastic_debate_nh", "", [
    "Åh nej, cykelstien er 10 cm smallere end lovet. Det er vel enden på civilisationen /s",
    "fantastisk at byrådet bruger 3 timer på at diskutere blomsterkummer mens skolen falder sammen /s",
])
ok("caps_exclaim_nh", "", [
    "HVEM HAR TAGET MIN PAKKE FRA TRAPPEN??? DER VAR FØDSELSDAGSGAVE TIL MIN SØN I DEN!!!",
])
ok("profanity_chat_nh", "", [
    "lort også, nu har jeg brændt kartoflerne igen",
    "Hvad fanden sker der med prisen på smør?! 30 kr!!!",
])

# ===========================================================================
# HATEFUL: the same debates tipping over into attacks on people
# ===========================================================================
hate("debate_generalisation_h", "generalisation", "immigrants", [
    "Jeg er for stram udlændingepolitik fordi de fleste af dem kommer hertil for at leve af os andre. Sådan er det bare",
    "Man kan ikke integrere folk fra de kulturer. De vil aldrig blive danske, uanset hvor mange sprogkurser vi betaler for",
    "Hvorfor er det altid dem der står bag når der bliver brændt biler af? Svaret giver sig selv",
    "Tænk på hvordan Danmark var før de kom. Man kunne lade døren stå åben og cyklen ulåst. Nu er det slut",
    "ikke-vestlige indvandrere er en ren udgift. De bidrager ikke med noget andet end kriminalitet og kulturkonflikter",
    "Nyt pizzeria i byen. Så ved man godt hvem der snart flytter ind i hele gaden og hvordan den så ser ud om 5 år",
    "Indvandrere er utaknemmelige. Vi giver dem alt og de spytter os i ansigtet",
    "ja ja, 'berigelse'. Spørg lige pigerne i S-toget hvordan de bliver beriget af de mørke unge mænd",
    "Hele problemet med sundhedsvæsenet er at det er fyldt op af indvandrere der render til lægen for hver lille ting og aldrig har betalt en krone",
    "De kan sagtens arbejde, de gider bare ikke. Det ligger i kulturen",
])
hate("debate_generalisation_h", "generalisation", "muslims", [
    "Muslimer kan ikke være loyale over for Danmark. Deres religion kommer altid først, og det vil de altid vælge i sidste ende",
    "Det der med 'moderate muslimer' er en myte. De tier bare stille og venter",
    "Hver eneste muslim i det her land er en potentiel terrorist. Sorry men det er bare fakta",
    "Muslimske mænd ser alle danske kvinder som ludere. Det lærer de i moskeen",
    "Muslimer formerer sig med vilje for at overtage Europa. Se på fødselstallene",
])
hate("debate_generalisation_h", "generalisation", "refugees", [
    "Flygtninge er lykkeriddere der har smidt deres pas væk for at snyde sig til velfærd. Alle som en",
    "De 'flygtninge' er bare unge mænd i kampalder der vil voldtage og stjæle. Kig på dem",
    "Asylcentret kommer til byen, så kan vi lige så godt låse vores døtre inde",
])
hate("debate_generalisation_h", "generalisation", "jews", [
    "Jeg er kritisk over for Israel, og ja, jøderne i Danmark er en del af problemet. De støtter det alle sammen i hemmelighed",
    "Jøderne styrer medierne og bankerne, derfor hører man aldrig sandheden om Gaza",
    "Det er da sjovt at det altid er jøder der sidder på pengene, ikke?",
    "Danske jøder skal tage afstand fra Israel, ellers må de finde sig i at blive behandlet som medskyldige",
])
hate("debate_generalisation_h", "generalisation", "women", [
    "Kvinder har ikke noget at gøre i ledelsen. De træffer beslutninger med følelserne og ender med at græde til møderne",
    "#MeToo er bare kvinder der lyver for at få opmærksomhed og hævn. Sådan er kvinder",
    "Kvindefodbold er ikke rigtig sport, de skulle hellere blive hjemme og passe ungerne",
    "Hele ligestillingsdebatten handler bare om at kvinder er nogle sure kællinger der aldrig bliver tilfredse",
])
hate("debate_generalisation_h", "generalisation", "trans people", [
    "Transkvinder er bare mænd i kjole der vil ind i pigernes omklædningsrum. Det er perverst",
    "Trans er en psykisk sygdom og de skal behandles som syge, ikke have nye pas",
    "De trans-folk er en fare for børnene. Hold dem væk fra skolerne",
])
hate("debate_generalisation_h", "generalisation", "gay people", [
    "Bøsser skal ikke være fodboldtrænere for drengehold. Alle ved hvorfor",
    "Homoseksuelle har ødelagt familieværdierne i det her land. De skal ikke have lov at adoptere",
    "Pride er bare en undskyldning for at perverse mennesker kan vise sig frem foran børn",
])
hate("debate_generalisation_h", "generalisation", "roma", [
    "Der er kommet romaer til byen. Lås jeres cykler og gem jeres tegnebøger, de stjæler alt der ikke er boltet fast",
    "Sigøjnere vil aldrig arbejde. De har levet af at stjæle i 500 år",
])
hate("debate_generalisation_h", "generalisation", "greenlanders", [
    "Grønlændere er bare nogle fulderikker der lever af danske skattekroner",
])
hate("debate_generalisation_h", "generalisation", "black people", [
    "Sorte er bare mere voldelige, det ser man i alle lande. Det har intet med fattigdom at gøre",
    "Når der flytter afrikanere ind i opgangen falder værdien af lejlighederne. Sådan er det",
])
hate("debate_generalisation_h", "generalisation", "poles", [
    "Polakkerne stjæler vores jobs og drikker sig stive hver weekend. Send dem hjem til deres vodka",
    "Polske håndværkere laver altid sjusk. Det ligger i blodet",
])
hate("debate_generalisation_h", "generalisation", "somalis", [
    "Somaliere er det mest uintegrerbare folk på jorden. De har ikke bidraget med en eneste ting",
    "Somalierne i Aarhus vest lever alle af kontanthjælp og tygger khat hele dagen",
])
hate("debate_generalisation_h", "generalisation", "disabled people", [
    "Handicappede koster samfundet en formue og giver intet tilbage. Hvorfor skal vi betale for det?",
    "Folk med handicap burde ikke få børn, de giver det jo bare videre",
])
hate("debate_generalisation_h", "generalisation", "autistic people", [
    "Autister skulle holdes ude af almindelige klasser, de ødelægger undervisningen for de normale børn",
])
hate("debate_generalisation_h", "generalisation", "arabs", [
    "Arabere kan ikke tage et nej fra en kvinde. Det er deres kultur",
])
hate("debate_generalisation_h", "generalisation", "turks", [
    "Tyrkerne i Ishøj er alle sammen i bander, selv dem der lader som om de er pæne",
])
hate("debate_generalisation_h", "generalisation", "chinese people", [
    "Kinesere er spioner alle sammen. Man kan ikke stole på en eneste af dem på universitetet",
])
hate("debate_generalisation_h", "generalisation", "pakistanis", [
    "Pakistanere gifter sig altid med deres kusiner, derfor er der så mange syge børn i de familier",
])
hate("debate_generalisation_h", "generalisation", "romanians", [
    "Rumænerne ved Nørreport er alle en del af en tiggerbande. Giv dem aldrig noget",
])

hate("long_debate_tips_over_h", "generalisation", "immigrants", [
    "Jeg har boet i Gellerup i 20 år og jeg har set det gå ned ad bakke. Først kom der nogle få familier, og det var fint nok. Men nu er det dem der bestemmer alt. De respekterer ikke danskere, de respekterer ikke kvinder, og de respekterer ikke loven. Jeg har opgivet at tro på integration, for de vil det simpelthen ikke. Det er ikke i dem.",
    "Folk kalder mig racist, men jeg siger bare hvad alle tænker. Vi har taget imod dem i 40 år, givet dem boliger, uddannelse og lægehjælp, og hvad får vi? Utaknemmelighed og bander. De er ikke som os og de bliver det aldrig. Jo før politikerne indser det, jo bedre.",
    "Artiklen nævner selvfølgelig ikke gerningsmandens baggrund. Det behøver den heller ikke, for vi ved det jo godt. Det er altid en af dem. Ligegyldigt hvilken by, ligegyldigt hvilken forbrydelse. Når man har boet i det her land lige så længe som jeg har, så ser man mønstret.",
])
hate("long_debate_tips_over_h", "generalisation", "muslims", [
    "Jeg har intet imod religion som sådan, og jeg synes folk skal have lov til at tro på hvad de vil. Men muslimer er noget helt andet. De kan ikke adskille religion og politik, og de vil altid arbejde for at indføre sharia, også dem der virker søde og moderne. Man kan ikke stole på dem, det har historien vist igen og igen.",
    "Min datter har fået en muslimsk kæreste og jeg er rasende. Alle ved hvordan de behandler kvinder. Han er sikkert sød nu, men om to år sidder hun i tørklæde og må ikke se sine veninder. Sådan ender det altid med dem",
])
hate("long_debate_tips_over_h", "generalisation", "trans people", [
    "Jeg var åben over for hele trans-tingen i starten, men nu har jeg set nok. De her mennesker er syge i hovedet og de prøver at hverve vores børn. Hver gang der kommer en trans-person på skolen, så er der pludselig fem andre børn der også er trans. Det er en smitte og de spreder den med vilje.",
])
hate("long_debate_tips_over_h", "generalisation", "women", [
    "Jeg har arbejdet 30 år i byggebranchen og nu skal vi have kvoter til kvinder. Kvinder hører ikke til på en byggeplads, de er for svage, de klager hele tiden og de bliver gravide efter et halvt år. Jeg har aldrig mødt en eneste kvinde der kunne det samme som en mand i det her fag.",
])
hate("pronoun_shift_h", "generalisation", "somalis", [
    "Den nye familie i opgang 3 er fra Somalia. Nu skal vi nok snart have lus, larm og politi på besøg. Sådan bliver det altid når de flytter ind",
])
hate("pronoun_shift_h", "generalisation", "roma", [
    "Der holder campingvogne med romaer ved skoven. Hold øje med jeres huse, de stjæler alt hvad de kan komme til",
])
hate("pronoun_shift_h", "generalisation", "refugees", [
    "Kommunen vil placere flygtninge i den gamle skole. De skal ikke være her. De har intet at byde på og de gør kvarteret utrygt",
])
hate("pronoun_shift_h", "generalisation", "gay people", [
    "Der er kommet to bøsser i bestyrelsen i klubben. Jeg tager mine drenge ud. Man ved aldrig hvad de finder på",
])
hate("pronoun_shift_h", "generalisation", "afghans", [
    "Skolen har fået 6 nye afghanske drenge. Så er det slut med trygheden for pigerne, de er opdraget til at se kvinder som ting",
])
hate("sarcasm_tipping_h", "generalisation", "immigrants", [
    "Ja ja, 'de er jo så godt integrerede' /s. Lige indtil de stikker dig ned for en mobiltelefon",
])
hate("sarcasm_tipping_h", "generalisation", "muslims", [
    "Fredens religion har været på besøg igen kan jeg se. Hvornår lærer vi at de alle sammen er sådan?",
])
hate("sarcasm_tipping_h", "generalisation", "jews", [
    "Nå, så er det åbenbart antisemitisme igen at kritisere dem der ejer hele verden 🙄",
])

# ---------------------------------------------------------------------------
# Harassment of one person because of a protected trait
# ---------------------------------------------------------------------------
hate("harassment_origin_h", "harassment", "immigrants", [
    "@Yasmin du skal ikke komme her og have en mening om dansk politik. Tag hjem til dit eget land",
    "Hvad laver du overhovedet i vores forening, Ali? Du hører ikke til her og det ved du godt",
    "@Mehmet ingen har spurgt om din mening, gæst. Du er her på lånt tid",
    "Nå Fatima, har du tænkt dig at lære at tale ordentligt dansk snart, eller skal vi blive ved med at gætte hvad du mener?",
])
hate("harassment_origin_h", "harassment", "greenlanders", [
    "@Aviaja gå hjem og drik dig fuld i Nuuk, det er vel det I er bedst til",
])
hate("harassment_origin_h", "harassment", "poles", [
    "@Piotr lær dansk eller skrid hjem til Polen, ingen gider læse dit volapyk",
])
hate("harassment_origin_h", "harassment", "black people", [
    "@Kwame du er kun med på holdet på grund af kvoter, ikke fordi du kan spille. Alle ved det",
])
hate("harassment_trans_h", "harassment", "trans people", [
    "@Sofie du er stadig en mand, lige meget hvor meget makeup du tager på. Jeg kalder dig Søren",
    "Hvorfor er 'Emma' med på damesiden? Han har et skæg for helvede. Hold ham ude",
    "Ingen kommer til at kalde dig 'de', Alex. Du er en pige der vil have opmærksomhed",
])
hate("harassment_gay_h", "harassment", "gay people", [
    "@Jonas du kan godt lade være med at vise din kæreste frem i omklædningsrummet, vi gider ikke se på dit bøsseshow",
    "Mads er bøsse og han er sikkert med i klubben for at glo på drengene. Hold øje med ham",
])
hate("harassment_disability_h", "harassment", "disabled people", [
    "@Peter du kan ikke engang gå ordentligt, hvorfor tror du nogen gider høre på dig",
    "Hun med høreapparatet fatter jo ingenting alligevel, det er spild af tid at forklare hende noget",
])
hate("harassment_disability_h", "harassment", "autistic people", [
    "@Oliver du er autist, så du forstår jo ikke hvad normale mennesker mener. Lad de voksne snakke",
])
hate("harassment_gender_h", "harassment", "women", [
    "@Camilla gå tilbage til køkkenet skat, du forstår ikke taktik. Det er mandesport",
    "Hun er kun blevet leder fordi hun er kvinde og ligger under for direktøren. Alle ved det, Louise",
])
hate("harassment_religion_h", "harassment", "muslims", [
    "@Amira tag det klæde af hovedet når du er i Danmark, du ligner en terrorist",
])
hate("harassment_religion_h", "harassment", "jews", [
    "@David hvad siger du til Gaza? Du er jo jøde, så du må vel være stolt af det",
])

# ---------------------------------------------------------------------------
# Dehumanisation
# ---------------------------------------------------------------------------
hate("dehumanisation_h", "dehumanisation", "immigrants", [
    "De er som rotter, de formerer sig i kælderen og kommer frem om natten",
    "Indvandrerne er en kræftsvulst i det danske samfund og den spreder sig for hver dag",
    "Ghettoerne er ikke boligområder, de er zoologiske haver uden tremmer",
])
hate("dehumanisation_h", "dehumanisation", "muslims", [
    "Muslimerne er en pest der har lagt sig over Europa",
    "Moskeen er en rede for kakerlakker, bare kig på hvem der kravler ud om fredagen",
])
hate("dehumanisation_h", "dehumanisation", "refugees", [
    "Asylcentret er fyldt op med parasitter der suger blodet ud af kommunen",
    "Flygtningene ved grænsen er en sværm af græshopper, de æder alt på deres vej",
])
hate("dehumanisation_h", "dehumanisation", "roma", [
    "Romaerne ved stationen er noget skidt der skal spules væk",
])
hate("dehumanisation_h", "dehumanisation", "black people", [
    "Han ligner noget der lige er sluppet ud fra aburet i Zoo, typisk for de afrikanere",
    "Sorte er ikke helt mennesker, de er et sted mellem abe og menneske",
])
hate("dehumanisation_h", "dehumanisation", "trans people", [
    "Trans-folk er ikke mennesker, de er et medicinsk eksperiment der er gået galt. Det er ting",
])
hate("dehumanisation_h", "dehumanisation", "gay people", [
    "Bøsser er en sygdom på samfundet, ligesom utøj i en kornsilo",
])
hate("dehumanisation_h", "dehumanisation", "jews", [
    "Jøder er som blodsugere, de lever af andres arbejde og har altid gjort det",
])
hate("dehumanisation_h", "dehumanisation", "greenlanders", [
    "Grønlænderne på Nørrebro ligger som sæler i parken og stinker",
])
hate("dehumanisation_h", "dehumanisation", "disabled people", [
    "De mongoler på bostedet er nogle grøntsager der bare koster penge at vande",
])
hate("dehumanisation_h", "dehumanisation", "somalis", [
    "Somalierne i opgangen lever som dyr, de har forvandlet trappen til en svinesti",
])
hate("dehumanisation_h", "dehumanisation", "eastern europeans", [
    "Østeuropæerne på campingpladsen er noget affald som vinden har blæst hertil",
])

# ---------------------------------------------------------------------------
# Threats and calls for violence
# ---------------------------------------------------------------------------
hate("threat_h", "threat", "muslims", [
    "Hvis de bygger den moské, så brænder vi den ned. Det lover jeg",
    "Næste gang jeg ser en med tørklæde i min opgang så river jeg det af hende og smider hende ned ad trappen",
])
hate("threat_h", "threat", "immigrants", [
    "Nogen burde tage en kølle med ned til grillbaren og rydde op i de perkere en gang for alle",
    "Hvis der kommer flere af dem ind i vores gade, så tager vi sagen i egen hånd. Vi har våben nok",
])
hate("threat_h", "threat", "refugees", [
    "Asylcentret skulle have haft en molotovcocktail gennem vinduet for længe siden",
    "Jeg håber båden synker med dem alle sammen før de når Europa",
])
hate("threat_h", "threat", "gay people", [
    "Hvis de to bøsser kysser hinanden i klubhuset igen, så får de bank. Vi ses på parkeringspladsen",
])
hate("threat_h", "threat", "trans people", [
    "Den der trans-freak der bruger dametoilettet får en knytnæve i fjæset næste gang",
])
hate("threat_h", "threat", "jews", [
    "Enhver jøde i København er et legitimt mål så længe krigen fortsætter",
])
hate("threat_h", "threat", "women", [
    "Kvinder der står frem med #MeToo burde få en lussing så de lærer at holde kæft",
])
hate("threat_h", "threat", "roma", [
    "Hvis de sigøjnere stiller deres campingvogne op ved søen igen, så sætter vi ild til dem",
])
hate("threat_h", "threat", "black people", [
    "Den sorte dreng der flyttede ind på vejen skal passe på når han går hjem om aftenen",
])
hate("threat_h", "threat", "somalis", [
    "Somalierne burde skydes ved grænsen, så ville problemet løse sig selv",
])

# ---------------------------------------------------------------------------
# Slurs as the main attack
# ---------------------------------------------------------------------------
hate("slur_h", "slur", "immigrants", [
    "Perkerne i Mjølnerparken har igen lavet ballade, de skal fandme lære at opføre sig",
    "hvorfor skal der altid være en perker ved kassen i Netto, jeg kan ikke forstå en brik",
])
hate("slur_h", "slur", "black people", [
    "Der var en neger der sad på min plads i toget, jeg gad ikke engang sige noget",
    "Klubben har købt endnu en neger fra Afrika, snart er der ikke en dansker tilbage på holdet",
])
hate("slur_h", "slur", "gay people", [
    "Den der svans fra 2. sal skal ikke komme og fortælle mig hvordan jeg passer mine blomster",
    "Sikke en flok bøsserøve der har meldt sig til badminton i år",
])
hate("slur_h", "slur", "roma", [
    "Sigøjnerpakket har sat sig foran Føtex igen og tigger",
])
hate("slur_h", "slur", "disabled people", [
    "Den spasser i kørestolen spærrede hele gangen i Bilka, flyt dig dog",
    "Dumme mongol, han kan ikke engang finde ud af at tælle byttepenge",
])
hate("slur_h", "slur", "greenlanders", [
    "Eskimoerne fra Grønlandskollegiet har været fulde i gården igen",
])
hate("slur_h", "slur", "asians", [
    "Der er kommet endnu et skævøje-takeaway på hovedgaden",
])
hate("slur_h", "slur", "muslims", [
    "Muhamedanerne på fabrikken skal altid have særbehandling med deres bønnepauser",
])

# ---------------------------------------------------------------------------
# Extremism: far-right codes, praise of terrorists, remigration
# ---------------------------------------------------------------------------
hate("extremism_h", "extremism", "immigrants", [
    "Remigration nu! Alle ikke-vestlige skal sendes hjem, også dem med dansk pas",
    "14 ord. Vi skal sikre vores folks eksistens og en fremtid for hvide børn 🇩🇰",
    "Den store udskiftning er i fuld gang og politikerne er medskyldige. Danmark skal være for danskere",
    "Fyld en båd og send dem alle tilbage. Etnisk rent Danmark er det eneste der virker",
])
hate("extremism_h", "extremism", "muslims", [
    "Manden fra Christchurch var en helt. Han gjorde det som politikerne ikke turde",
    "Breivik havde ret i det hele. Europa er ved at blive overtaget af muslimer",
])
hate("extremism_h", "extremism", "jews", [
    "Holocaust er verdens største løgn. 6 millioner? Det er matematisk umuligt",
    "88 til alle kammerater. Hitler havde ret om jøderne",
    "Hvis nazisterne havde vundet, havde vi ikke haft alle de her problemer i dag",
])
hate("extremism_h", "extremism", "roma", [
    "Romaerne burde have fået samme behandling som i 40'erne",
])
hate("extremism_h", "extremism", "black people", [
    "White power 💪 Danmark skal være hvidt igen, sådan som det var før 1970",
])
hate("extremism_h", "extremism", "gay people", [
    "Nazisterne vidste hvad de skulle gøre med bøsserne, lyserød trekant og væk med dem",
])

# ---------------------------------------------------------------------------
# Checks and output
# ---------------------------------------------------------------------------
def main():
    seen = set()
    for text, label, category, functionality, target, lang in ROWS:
        assert text == text.strip() and text, repr(text)
        assert "\n" not in text, text
        assert text not in seen, "duplicate: " + text
        seen.add(text)
        assert label in ("hateful", "non-hateful"), label
        if label == "hateful":
            assert category in CATEGORIES, (text, category)
            assert functionality.endswith("_h") and not functionality.endswith("_nh"), functionality
        else:
            assert category == "", (text, category)
            assert functionality.endswith("_nh"), functionality
        assert target == target.lower(), target
        assert lang in ("da", "en"), lang
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data.csv")
    with open(out, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["text", "label", "category", "functionality", "target", "lang"])
        for row in ROWS:
            w.writerow(row)
    labels = collections.Counter(r[1] for r in ROWS)
    cats = collections.Counter(r[2] for r in ROWS if r[2])
    print("rows", len(ROWS))
    for k, v in sorted(labels.items()):
        print("label", k, v)
    for k, v in sorted(cats.items()):
        print("category", k, v)


if __name__ == "__main__":
    main()
