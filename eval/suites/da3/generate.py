#!/usr/bin/env python3
"""Danish chat-language hate-speech suite 3 (eval/suites/da3).

Every message below was written by hand, one at a time, in session 6 by a
writer who had not read the rule packs, the engine, its tests,
documentation or earlier results, and who did not run the engine on the
cases. There are no templates: the messages are plain lists per
functionality. This script numbers them (da3-0001 ...), validates them and
writes messages.csv and README.md next to itself, byte-identical on every
run. `--check` only validates and prints the counts.

Content warning: the hateful cases contain slurs, threats, dehumanising
statements and extremist slogans. They are test cases for a moderation
tool and express nobody's views.

Licence: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/).
"""
import os
import re
import sys
from collections import Counter, OrderedDict, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import suitegen  # noqa: E402

PREFIX = "da3"
LANG = "da"

S = suitegen.Suite()

# ---------------------------------------------------------------- hateful

S.hateful("derog_direct_h", "direct derogation of a group: negative attributes, contempt, hatred", [
    ("a ka' sgu int' fordrage æ muslimer, de æ nogle klamme nogle allesammen", "mu", "G"),
    ("ærligt talt hader jeg polakker. de er dumme som brød og stinker af vodka", "po", "G"),
    ("Romaerne er nogle løgnagtige tyveknægte allesammen, det ved enhver", "ro", "G"),
    ("kvinder er for dumme til at stemme, punktum", "wo", "G"),
    ("grønlændere kan intet andet end at drikke sig i hegnet og tæske deres koner", "gr", "G"),
    ("somaliere er det mest dovne folk jeg nogensinde har mødt. hver eneste af dem", "so", "G"),
    ("bøsser er syge i hovedet og burde skamme sig", "ga", "G"),
    ("de handicappede er en byrde for samfundet og koster os alle sammen en formue, det er sgu ulækkert", "di", "G"),
    ("asiater er falske og lumske, stol aldrig på en af dem", "as", "G"),
    ("arabere er født løgnere. det ligger i deres kultur og i deres blod", "ar", "G"),
    ("jøder er grådige, det er bare sådan det er", "je", "G"),
    ("transpersoner er psykisk syge perverse og skal holdes væk fra børn", "tr", "G"),
    ("flygtninge er nogle utaknemmelige nassere, de giver intet tilbage", "re", "G"),
    ("sorte er bare mindre intelligente, det er videnskab bro", "bl", "G"),
    ("indvandrere er dovne og voldelige, har aldrig mødt en der ikke var", "im", "G"),
    ("lol kvindfolk er så fucking hysteriske og ubrugelige til alt andet end at sladre", "wo", "G"),
    ("bøssernes parade i weekenden var det mest ulækre jeg har set, de er perverse allesammen", "ga", "G"),
    ("lowkey er alle transer bare attention-seekers med psykiske problemer", "tr", "G"),
])

S.hateful("dehum_animal_h", "dehumanisation: comparison to animals", [
    ("muslimerne i Gellerup opfører sig som en flok aber", "mu", "D"),
    ("de sorte er jo bare aber der har lært at gå i tøj", "bl", "D"),
    ("sigøjnerne lever som svin, ligesom dyr i en stald", "ro", "D"),
    ("grønlænderne nede ved banegården ligger og flyder som sæler på en isflage", "gr", "D"),
    ("araberne formerer sig som kaniner og lugter som geder", "ar", "D"),
    ("jøderne er nogle blodsugende gribbe", "je", "D"),
    ("somalierne er en flok hyæner, de samles om alt der er gratis", "so", "D"),
    ("polakker er arbejdsheste, ikke mennesker. behandl dem som det", "po", "D"),
    ("bøsserne opfører sig som hunde i løbetid", "ga", "D"),
    ("kvinder er malkekøer og skal bare holde kæft og føde", "wo", "D"),
    ("de der flygtninge er ikke mennesker, de er dyr, kig på dem", "re", "D"),
    ("asiaterne æder hunde fordi de selv er halvt dyr", "as", "D"),
    ("indvandrerne i min opgang skriger og slås som bavianer hele natten", "im", "D"),
    ("transerne er bare dyr i forklædning, hverken mand eller kvinde", "tr", "D"),
])

S.hateful("dehum_vermin_disease_h", "dehumanisation: vermin, parasites, disease", [
    ("jøderne er en pest der har plaget Europa i 2000 år", "je", "D"),
    ("perkerne er en kræftsvulst på Danmark", "im", "D"),
    ("muslimer spreder sig som rotter i alle de store byer", "mu", "D"),
    ("romaerne er som lus, man bliver aldrig af med dem igen", "ro", "D"),
    ("bøsserne er en sygdom i samfundet og smitter ungerne", "ga", "D"),
    ("flygtningene er parasitter der suger vores velfærd tør", "re", "D"),
    ("somalierne er et skadedyr. ingen vil have dem", "so", "D"),
    ("araberne er som kakerlakker, tænd lyset og de er overalt", "ar", "D"),
    ("transkønnethed er en smitsom virus og de folk er bærerne", "tr", "D"),
    ("polakkerne kommer hertil som græshopper og æder alt", "po", "D"),
    ("de handicappede er bare parasitter på systemet", "di", "D"),
    ("kinesere er en virus, bogstaveligt talt", "as", "D"),
    ("grønlænderne er utøj på Nørrebro, fjern dem", "gr", "D"),
])

S.hateful("dehum_filth_h", "dehumanisation: waste, filth, objects, worthless lives", [
    ("de sorte er skrald, intet andet", "bl", "D"),
    ("muslimer er affald og skal behandles som affald", "mu", "D"),
    ("indvandrerne er menneskeligt affald", "im", "D"),
    ("de handicappede er fejlproduktioner, bare defekte varer", "di", "D"),
    ("sigøjnere er snavs. hvor de har været er der lort overalt", "ro", "D"),
    ("jøder er ikke mennesker, de er møg", "je", "D"),
    ("kvinder er ejendom, ikke personer", "wo", "D"),
    ("de somaliere lugter af lort og er lort", "so", "D"),
    ("et arabisk liv er intet værd. nul", "ar", "D"),
    ("bøsser er bare ekskrementer på to ben", "ga", "D"),
    ("flygtninge er Europas skrald og Danmark er blevet lossepladsen", "re", "D"),
    ("polakkerne er engangsvarer, brug dem og smid dem væk", "po", "D"),
])

S.hateful("threat_call_h", "direct calls to violence against a group", [
    ("skyd dem ned, allesammen, hver eneste muslim", "mu", "T"),
    ("nogen burde brænde jøderne af igen", "je", "T"),
    ("hæng bøsserne op i lygtepælene", "ga", "T"),
    ("slå dem ihjel de perkere, vi har ventet længe nok", "im", "T"),
    ("de sorte skal have en kugle i hovedet", "bl", "T"),
    ("gas sigøjnerne. problem løst", "ro", "T"),
    ("sæt ild til dem, de somaliere, mens de sover", "so", "T"),
    ("smid transerne ud fra taget", "tr", "T"),
    ("araberne skal slagtes som de slagter deres får", "ar", "T"),
    ("tæsk de polakker til de ikke kan stå op", "po", "T"),
    ("kvinder der ikke holder kæft skal have en lussing de kan mærke", "wo", "T"),
    ("drukn flygtningene i Middelhavet, så kommer der ingen flere", "re", "T"),
    ("skyd grønlænderne, de er alligevel altid fulde", "gr", "T"),
    ("kør dem ned, de skævøjede, når de går over vejen", "as", "T"),
])

S.hateful("threat_conditional_h", "conditional threats: if the group does X, violence follows", [
    ("hvis der kommer flere muslimer i vores opgang så brænder jeg hele lortet ned", "mu", "T"),
    ("hvis min søn bliver bøsse så slår jeg ham ihjel", "ga", "T"),
    ("kommer der en sigøjner ind i min have, får han et haglgevær i fjæset", "ro", "T"),
    ("hvis de jøder åbner deres butik her, så skal vi nok sørge for den brænder", "je", "T"),
    ("næste gang en neger rører min søster så ryger han i havnen med sten om benene", "bl", "T"),
    ("flytter der flere somaliere ind i blokken så kommer vi med baseballbats", "so", "T"),
    ("hvis den trans bruger damernes omklædning igen så får h*n en kniv i maven", "tr", "T"),
    ("hvis kommunen giver boliger til flygtninge igen så skal de fandme ikke overleve vinteren", "re", "T"),
    ("tør en polak tage mit job, så kan han regne med at blive kørt ned", "po", "T"),
    ("hvis araberne holder fest i gården igen så tager jeg kniven med ned", "ar", "T"),
])

S.hateful("threat_wish_h", "wishing death, illness or harm on a group", [
    ("håber samtlige muslimer i DK dør af kræft", "mu", "T"),
    ("jeg ville ønske Hitler havde gjort arbejdet færdigt med jøderne", "je", "T"),
    ("gid alle bøsser får aids og dør langsomt", "ga", "T"),
    ("håber den båd med flygtninge synker, gerne med alle om bord", "re", "T"),
    ("gid grønlænderne fryser ihjel deroppe", "gr", "T"),
    ("ville være dejligt hvis alle transfolk bare tog livet af sig", "tr", "T"),
    ("de handicappede burde være blevet aflivet ved fødslen", "di", "T"),
    ("gid de sorte alle sammen blev ramt af en ebola-bølge", "bl", "T"),
    ("håber sigøjnerlejren brænder i nat, med dem i", "ro", "T"),
    ("gid der kom en tsunami og skyllede alle somaliere væk", "so", "T"),
    ("gid alle de feministiske kællinger blev voldtaget, så ville de holde kæft", "wo", "T"),
    ("rip til de kinesere der døde, gid der var flere 😂", "as", "T"),
])

S.hateful("threat_place_h", "threats against places and institutions: mosques, synagogues, asylum centres, pride, clubs", [
    ("moskeen på Grimhøjvej skulle have en bombe i fredags", "mu", "T"),
    ("nogen burde sætte ild til synagogen i Krystalgade", "je", "T"),
    ("lad os smadre pride-paraden i år, tag knojern med", "ga", "T"),
    ("asylcentret i Sjælsmark må da kunne brænde", "re", "T"),
    ("vi tager ned til sigøjnerlejren med benzindunke i aften", "ro", "T"),
    ("det somaliske forsamlingshus skulle jævnes med jorden, med dem inde", "so", "T"),
    ("smadr ruderne i den der halalbutik og giv ejeren en tur", "mu", "T"),
    ("transklinikken på Rigshospitalet fortjener en bil fuld af sprængstof", "tr", "T"),
    ("polakbarakkerne ude ved havnen skal fandeme brændes af", "po", "T"),
    ("kast en molotov ind i kvindekrisecentret, de fortjener det", "wo", "T"),
    ("den grønlandske klub på Vesterbro skal have besøg af drengene med køller", "gr", "T"),
    ("bofællesskabet for udviklingshæmmede ved siden af skolen burde bare brænde ned", "di", "T"),
])

S.hateful("threat_idiom_h", "threats using everyday violence idioms (få tæsk, en på skrinet, klø, plukfisk)", [
    ("de bøsserøve skal sgu have nogen på skrinet", "ga", "T"),
    ("de perkere trænger til en gang klø, og det skal de få", "im", "T"),
    ("somalierne skal bankes til plukfisk", "so", "T"),
    ("lad os give de sorte en tur i weekenden", "bl", "T"),
    ("jøderne skal ha' en over nakken, én efter én", "je", "T"),
    ("de romaer skal ha tæsk indtil de flytter", "ro", "T"),
    ("transerne i klubben skal have en omgang de aldrig glemmer", "tr", "T"),
    ("polakkerne på byggepladsen får smæk i morgen, vi er fem mand", "po", "T"),
    ("de arabere kan godt se frem til at ryge i kassen", "ar", "T"),
    ("de fucking muslimer skal sgu have nogen tæsk efter fredagsbønnen", "mu", "T"),
    ("æ perkere nede ved æ kiosk ska' sgu ha' en omgang bank i aften", "im", "T"),
])

S.hateful("threat_intent_h", "first-person threats and stated intent to hurt", [
    ("jeg skal nok selv slå den næste muslim ihjel jeg ser", "mu", "T"),
    ("jeg tager min fars jagtgevær med ned i kiosken og skyder de negre der hænger ud", "bl", "T"),
    ("i morgen stikker jeg den første bøsse jeg møder", "ga", "T"),
    ("jeg vil personligt hænge hver eneste jøde i den her by", "je", "T"),
    ("jeg har købt en kniv og ved præcis hvem af de somaliere der skal have den", "so", "T"),
    ("jeg kører ind i den næste flok flygtninge jeg ser ved stationen, seriøst", "re", "T"),
    ("jeg sværger jeg kommer til at kvæle den næste transperson der tisser på vores toilet", "tr", "T"),
    ("vi tager ned og tæsker de sigøjnere ved Netto i aften, hvem er med", "ro", "T"),
    ("jeg brækker armene på de polakker, det lover jeg", "po", "T"),
    ("jeg dræber sgu den næste araber der kigger på min kæreste", "ar", "T"),
])

S.hateful("exclusion_h", "calls for exclusion from housing, jobs, clubs, office or the country; deportation", [
    ("ingen muslimer i vores boligforening, det må bestyrelsen da kunne sørge for", "mu", "G"),
    ("smid dem ud af landet i morgen, hele bundtet af muslimer", "mu", "G"),
    ("jeg ville aldrig leje min lejlighed ud til en araber", "ar", "G"),
    ("send dem hjem, allesammen, også dem der er født her", "im", "G"),
    ("vi ansætter ikke kvinder i værkstedet, de hører hjemme i køkkenet", "wo", "G"),
    ("bøsser skal ikke have lov at træne børnehold i klubben", "ga", "G"),
    ("jøder burde ikke få lov til at sidde i Folketinget", "je", "G"),
    ("grønlændere bør ikke få lov at leje i vores afdeling, de smadrer alt", "gr", "G"),
    ("deporter samtlige flygtninge, også børnene", "re", "G"),
    ("der skal ikke være plads til handicappede i almindelige klasser, de ødelægger det for de normale børn", "di", "G"),
    ("polakker skal ud af det danske arbejdsmarked, de har ingenting at gøre her", "po", "G"),
    ("romaer skal forbydes adgang til Danmark, grænsen lukket for den slags", "ro", "G"),
    ("transkvinder hører ikke hjemme i nogen omklædning, smid dem ud af svømmehallen", "tr", "G"),
    ("ingen sorte i vores fodboldklub tak", "bl", "G"),
    ("asiater skal ikke have plads på vores uddannelser, de tager pladserne fra danske unge", "as", "G"),
    ("sæt dem på et fly til Mogadishu, hver eneste somalier", "so", "G"),
    ("vi vil int' ha' flere sigøjnere i æ by, kør dem ud over æ grænse", "ro", "G"),
])

S.hateful("implicit_derog_h", "implicit derogation: nostalgia, contamination, 'they never ...', loaded rhetorical questions", [
    ("kan huske da Nørrebro var dansk og man kunne gå trygt, før de brune kom", "im", "G"),
    ("Ishøj var en dejlig by før muslimerne overtog det", "mu", "G"),
    ("har I nogensinde set en somalier arbejde? nej vel", "so", "G"),
    ("jeg vasker altid hænder efter at have givet hånd til en sigøjner", "ro", "G"),
    ("de bøsser må ikke bruge samme bruser som drengene, det smitter af", "ga", "G"),
    ("arabere bidrager aldrig med noget, de tager og tager", "ar", "G"),
    ("klubben var bedre dengang der kun var hvide drenge på holdet og ingen sorte", "bl", "G"),
    ("hvorfor skal vi overhovedet have jøder i byrådet? hvad bidrager de med udover at tælle penge", "je", "G"),
    ("mine unger skal ikke i skole med grønlænderbørn, de får dårlige vaner", "gr", "G"),
    ("da min mormor var ung var der ingen polakker der stjal fra byggepladserne", "po", "G"),
    ("jeg sprayer sædet af hvis en flygtning har siddet der i bussen", "re", "G"),
    ("kvinder har aldrig opfundet noget som helst. tænk over det", "wo", "G"),
    ("hvornår har en transperson sidst gjort noget nyttigt for samfundet?", "tr", "G"),
    ("der var engang hvor de handicappede blev holdt inde på institutionerne og ikke generede os andre. det savner jeg", "di", "G"),
    ("jeg køber ikke mad fra asiatiske restauranter, man ved aldrig hvilken kat det er 🐱", "as", "G"),
    ("mærkeligt at alle de stjålne cykler altid dukker op hos polakkerne, ik?", "po", "G"),
    ("tænk at man engang kunne tage toget uden at sidde mellem larmende araberbander, dengang landet var vores", "ar", "G"),
    ("hvorfor er det altid os der skal tage hensyn til muslimerne? de tager jo aldrig hensyn til andre end sig selv", "mu", "G"),
])

S.hateful("conspiracy_h", "conspiracy tropes: control of media and money, replacement, secret plans", [
    ("jøderne styrer medierne, det er derfor du aldrig hører sandheden", "je", "G"),
    ("det er en plan, de udskifter os med muslimer en fødsel ad gangen", "mu", "G"),
    ("Soros og hans stammefrænder betaler for flygtningestrømmen", "je", "G"),
    ("den store udskiftning er i gang, se bare på fødselsraterne hos somalierne", "so", "G"),
    ("bøsselobbyen har overtaget skolerne og hjernevasker vores børn", "ga", "G"),
    ("hele bankvæsenet er ejet af Rothschild-jøderne, det er ikke en hemmelighed", "je", "G"),
    ("transbevægelsen er en global sekt der vil sterilisere en hel generation", "tr", "G"),
    ("araberne har en hemmelig plan om at indføre sharia i Danmark inden 2040", "ar", "G"),
    ("EU importerer flygtninge med vilje for at udslette den hvide race", "re", "G"),
    ("coronaen var et kinesisk biovåben, de vil have os væk så de kan tage over", "as", "G"),
    ("hvem tror du ejer Hollywood og hele pressen? tæl de jødiske navne", "je", "G"),
    ("politikerne tager imod penge for at lukke indvandrere ind, så de kan bytte os ud. folkeudskiftning er ikke en myte", "im", "G"),
    ("sigøjnerne har et netværk der stjæler børn og sælger dem i Rumænien, alle ved det", "ro", "G"),
    ("wallah bror de jøder ejer hele banken og staten, vågn op", "je", "G"),
])

S.hateful("extremism_praise_h", "praise of terror perpetrators and regimes, Holocaust denial, approval of genocide", [
    ("Breivik var en helt. der burde være en statue af ham", "mu", "E"),
    ("Tarrant gjorde det rigtige i Christchurch, han er en sand helt 🙏", "mu", "E"),
    ("holocaust er det største svindelnummer i historien, der døde ingen i gaskamrene", "je", "E"),
    ("Hitler havde ret om jøderne, hvorfor tør ingen sige det", "je", "E"),
    ("6 millioner? lol, max 300.000 og de døde af tyfus", "je", "E"),
    ("ham i Buffalo var en helt for hvide mennesker, læs hans manifest", "bl", "E"),
    ("Srebrenica var fortjent, de muslimer fik hvad de skulle have", "mu", "E"),
    ("respekt til Dylann Roof, han forstod hvad der skulle gøres med de sorte", "bl", "E"),
    ("Waffen-SS var helte der ryddede Europa for jøder og bolsjevikker", "je", "E"),
    ("det der skete med romaerne under krigen var det eneste fornuftige Tyskland gjorde", "ro", "E"),
    ("mordet på de homoer i Orlando var en gave. respekt til skytten", "ga", "E"),
    ("kineserne gør det rigtige med uighurerne i lejrene, det burde vi også gøre med vores muslimer", "mu", "E"),
])

S.hateful("extremism_code_org_h", "far-right codes and slogans, support for organisations, calls for ethnic cleansing", [
    ("88 brødre, vi ses til mødet på lørdag 🇩🇰", "je", "E"),
    ("14/88 til alle ægte danskere i gruppen", "bl", "E"),
    ("Sieg Heil kammerater, Danmark for danskerne", "je", "E"),
    ("meld jer ind i Nordfront, det er den eneste bevægelse der tør rense landet for de fremmede", "im", "E"),
    ("etnisk udrensning nu. Danmark skal renses for hver eneste muslim", "mu", "E"),
    ("Heil Hitler 🙋‍♂️ det var en god tid", "je", "E"),
    ("WPWW brødre, hvid stolthed verden over", "bl", "E"),
    ("(((journalisterne))) på DR ved godt hvad de laver", "je", "E"),
    ("RaHoWa kommer, gør jer klar", "bl", "E"),
    ("Danmark skal være hvidt. remigration af alle ikke-etniske danskere, også dem med pas", "im", "E"),
    ("Blood & Honour koncert i Jylland næste måned, PM for adresse", "bl", "E"),
    ("Grønland skal renses for inuit og gøres dansk igen", "gr", "E"),
])

S.hateful("slur_attack_h", "slurs and slur compounds used to attack a group or a person", [
    ("fucking perkere overalt i byen i dag", "im", "S"),
    ("hvem inviterede de to negre til festen??", "bl", "S"),
    ("dommeren er en fucking bøsserøv", "ga", "S"),
    ("tørklædekællingerne ved kassen i Netto er så langsomme", "mu", "S"),
    ("sygt meget sigøjnerpak ved stationen i dag, pas på jeres tasker", "ro", "S"),
    ("kamelkneppere alle sammen på det hold", "ar", "S"),
    ("lol spasserne fra specialklassen prøver at spille fodbold", "di", "S"),
    ("hvad laver de skævøjede i vores klub", "as", "S"),
    ("sikke en flok jødesvin", "je", "S"),
    ("det eskimopak fra 3. sal har drukket igen hele natten", "gr", "S"),
    ("de små mongoer fra bostedet larmede hele vejen hjem i bussen", "di", "S"),
    ("kvindeholdet er en flok ludere, de skal ikke have banetid før os", "wo", "S"),
    ("shemale-tingen fra kontoret har igen taget dametoilettet", "tr", "S"),
    ("muslimsvinene i opgangen har igen smidt affald ud ad vinduet", "mu", "S"),
    ("sandnegre ud af min gade", "ar", "S"),
    ("de somaliske perkere nede på hjørnet tygger khat hele dagen", "so", "S"),
    ("polakpakket har fået jobbet igen fordi de arbejder for ingenting", "po", "S"),
    ("lmao hun er sådan en lebbe, ingen gider hende", "ga", "S"),
])

S.hateful("harass_person_h", "@-replies attacking one person because of origin, religion, disability, gender identity or sexuality", [
    ("@Ahmed tag hjem til dit eget land og lær at tale ordentligt dansk før du skriver her", "im", "H"),
    ("@Mette du er ikke en kvinde og bliver det aldrig, du er en mand i kjole", "tr", "H"),
    ("@Jonas med de der hjul under røven skulle du ikke spille med, du ødelægger det for holdet", "di", "H"),
    ("@Fatima tag det tørklæde af når du er i Danmark og opfør dig dansk", "mu", "H"),
    ("@Kasper ingen af drengene vil dele omklædningsrum med dig efter du sprang ud, find et andet hold", "ga", "H"),
    ("@Sara som kvinde burde du bare holde mund i diskussioner om fodbold, lad mændene snakke", "wo", "H"),
    ("@Mikkel hvorfor skriver du overhovedet her, med din autisme forstår du alligevel intet", "di", "H"),
    ("@Noah hun hedder han. han var født som dreng, så det er HAN, stop det pis", "tr", "H"),
    ("@Aviaja du lugter af sæl og brændevin, skrub tilbage til Nuuk", "gr", "H"),
    ("@Dawit hvornår skal du tilbage til din lerhytte", "bl", "H"),
    ("@Rachel vi ved godt hvem du arbejder for, tag dine shekels og smut", "je", "H"),
    ("@Piotr kan du ikke tage tilbage til Polen og stjæle biler der i stedet", "po", "H"),
    ("@Liang tag dit ris og dine spisepinde og gå, ingen her vil have dig", "as", "H"),
    ("@Hodan du er ikke velkommen i foreningen med det der telt på hovedet", "mu", "H"),
    ("@Yusuf du er flygtning og skal ikke have noget at skulle have sagt i vores forening", "re", "H"),
    ("@Line det er fordi du er lesbisk at ingen af pigerne vil sidde ved siden af dig, det er ulækkert", "ga", "H"),
])

S.hateful("negated_positive_h", "negated positives: 'not one of them is decent'", [
    ("ikke én eneste muslim er et anstændigt menneske", "mu", "G"),
    ("der findes ikke en eneste ærlig sigøjner, aldrig mødt en", "ro", "G"),
    ("ingen af de somaliere har nogensinde arbejdet en dag i deres liv", "so", "G"),
    ("jeg har aldrig mødt en klog kvinde, ikke en eneste", "wo", "G"),
    ("der er ikke noget godt at sige om polakker, overhovedet intet", "po", "G"),
    ("ikke en af de arabere kan man stole på", "ar", "G"),
    ("nej der findes ingen normale bøsser, de er allesammen syge", "ga", "G"),
    ("ikke én grønlænder har nogensinde gjort noget godt for Danmark", "gr", "G"),
    ("der er ingen flygtninge der er taknemmelige, ikke én", "re", "G"),
    ("jøder er aldrig loyale over for andre end sig selv", "je", "G"),
])

S.hateful("question_h", "hate phrased as a question", [
    ("hvorfor er alle sorte så kriminelle? seriøst spørgsmål", "bl", "G"),
    ("er der nogen der kan forklare mig hvorfor muslimer altid skal sprænge ting i luften?", "mu", "G"),
    ("hvorfor stinker asiater altid af hvidløg og fisk?", "as", "G"),
    ("hvem gider overhovedet ansætte en kvinde når de alligevel bare bliver gravide og forsvinder?", "wo", "G"),
    ("hvornår fatter folk at transkønnede bare er psykisk syge?", "tr", "G"),
    ("hvorfor har vi overhovedet polakker her når de bare stjæler?", "po", "G"),
    ("kan vi snart komme af med alle de romaer eller hvad?", "ro", "G"),
    ("hvad fanden skal vi med flere flygtninge der bare voldtager vores piger?", "re", "G"),
    ("er det ikke på tide at vi indrømmer at handicappede bare trækker samfundet ned?", "di", "G"),
    ("hvorfor kan grønlændere aldrig holde sig ædru bare én weekend?", "gr", "G"),
])

S.hateful("profanity_hate_h", "hate framed with profanity", [
    ("fuck alle muslimer, seriøst, hver eneste en af dem", "mu", "G"),
    ("skide jøder, de ødelægger alt de rører ved", "je", "G"),
    ("fucking lortepolakker, de har stjålet min cykel igen, de stjæler alle sammen", "po", "G"),
    ("for helvede de bøsser skal sgu holde deres ulækre pis for sig selv", "ga", "G"),
    ("pis på alle de araber-svin i byen", "ar", "S"),
    ("fanme nogle klamme somaliere, de sviner hele opgangen til", "so", "G"),
    ("fuck de transfolk og deres pronomen-lort, de er alle sammen gale", "tr", "G"),
    ("satans kællinger, kvinder skal bare ikke bestemme noget", "wo", "G"),
    ("for fanden de sorte larmer, de er alle sammen nogle primitive idioter", "bl", "G"),
    ("lort lort lort, de handicappede får alt gratis og vi andre betaler, fuck dem", "di", "G"),
])

S.hateful("pronoun_ref_h", "group named in one sentence, attacked with a pronoun in the next", [
    ("Har I set de nye somaliere i opgang B? De er nogle beskidte dyr allesammen.", "so", "D"),
    ("Der er flyttet en muslimsk familie ind overfor. De skal sgu ud igen før de får slæbt flere med.", "mu", "G"),
    ("snakkede om flygtningene på mødet i går. de burde skydes ved grænsen", "re", "T"),
    ("Jøderne har fået nyt center på Østerbro. De har altid været en pest for det her land.", "je", "D"),
    ("min chef har ansat to polakker. de stjæler garanteret værktøjet inden jul, det gør de altid", "po", "G"),
    ("der var bøsser på cafeen i dag. de ekle svin burde holde sig hjemme", "ga", "D"),
    ("sigøjnerne er tilbage ved Nørreport. jeg ville ønske nogen kørte dem ned", "ro", "T"),
    ("Grønlændere i bussen igen. De er en skam for Danmark og burde sendes hjem.", "gr", "G"),
    ("hørte der kommer transkønnede til foredrag på skolen. de skal ikke i nærheden af mine børn, de er syge perverse", "tr", "G"),
    ("arabere i køen foran mig i Bilka. de er simpelthen ikke mennesker, så højlydte og klamme", "ar", "D"),
    ("kvindeholdet fik penge fra kommunen. de er fandme ikke andet end nogle ubrugelige møgkællinger", "wo", "S"),
    ("Så kom asiaterne med deres turistbus. De er alle ens, små gule myrer.", "as", "D"),
])

S.hateful("comparison_h", "hate by comparison", [
    ("en muslim er ligesom en tikkende bombe, det er bare et spørgsmål om tid", "mu", "G"),
    ("sorte og aber, hvad er forskellen egentlig? 🤔", "bl", "D"),
    ("jeg ville hellere have en rotte som nabo end en roma, rotten er renere", "ro", "D"),
    ("en jøde og en slange, begge to bider hånden der fodrer dem", "je", "D"),
    ("min hund er klogere end alle de handicappede på bostedet tilsammen", "di", "G"),
    ("arabere er som en bakteriekultur, de vokser bare og vokser", "ar", "D"),
    ("polakker er ligesom skadedyr på byggepladsen, overalt og umulige at komme af med", "po", "D"),
    ("at have en kvinde som træner er som at have en ged som målmand", "wo", "G"),
    ("transkønnede er ligesom tegneseriefigurer, ikke rigtige mennesker", "tr", "D"),
    ("somaliere i Danmark er som ukrudt i haven, de skal luges ud", "so", "D"),
])

S.hateful("joke_h", "hate presented as a joke", [
    ("hvad kalder man en muslim med en rygsæk? en bombetrussel 😂😂", "mu", "G"),
    ("hvorfor har jøder store næser? fordi luften er gratis 😂", "je", "G"),
    ("hvor mange sorte skal der til for at skifte en pære? ingen, de stjæler bare hele lampen 🤣", "bl", "G"),
    ("joke: hvordan får man en sigøjner til at arbejde? det gør man ikke haha", "ro", "G"),
    ("haha ved I hvad bøsser og hunde har til fælles? de snuser begge to til hinandens røv 🐕", "ga", "D"),
    ("hvad kalder man en grønlænder der er ædru? død 😂", "gr", "G"),
    ("hvorfor kan kvinder ikke parkere? fordi de er kvinder hahaha, gå tilbage til køkkenet", "wo", "G"),
    ("hvad er det værste ved at date en handicappet? man skal skære maden ud for hende 😂 de er jo som babyer", "di", "G"),
    ("hvad kalder man 100 arabere på bunden af havet? en god start", "ar", "T"),
    ("haha hvordan ved man at en polak har været i ens hus? opvasken er væk og det samme er tv'et", "po", "G"),
])

S.hateful("evasion_h", "hate with evasion: leetspeak, spacing, asterisks, æøå as ae/oe/aa, homoglyphs", [
    ("p3rk3rne skal ud af Danmark nu", "im", "S"),
    ("n e g r e burde ikke få lov at bo her", "bl", "S"),
    ("j*der styrer alt, vågn op", "je", "G"),
    ("boesserne skal haenges i lygtepaelene", "ga", "T"),
    ("sp4ss3rne fra specialklassen burde aflives", "di", "T"),
    ("de muslimsv1n fra moskeen skal sgu ud af vores by", "mu", "S"),
    ("s.i.g.ø.j.n.e.r.p.a.k, pas på jeres tasker", "ro", "S"),
    ("groenlaenderne er bare dyr, de opfoerer sig som hunde", "gr", "D"),
    ("\u0458\u00f8derne er en pest over hele verden, udryd dem", "je", "T"),
    ("\u0440\u0435rkere er ikke m\u0435nn\u0435sker", "im", "D"),
    ("tr@nserne er syge i hovedet, ingen burde ansætte dem", "tr", "G"),
    ("k v i n d e r er for dumme til at lede noget som helst", "wo", "G"),
    ("sl4gt de ar4bere", "ar", "T"),
    ("skyd alle s0maliere, intet andet hjælper", "so", "T"),
    ("H1tl3r havde ret 🙌 gas dem", "je", "T"),
    ("flygtn1nge = parasitter 🦠", "re", "D"),
    ("p0lakker er noget skidt, smid dem ud af byggepladsen", "po", "G"),
])

# ------------------------------------------------------------ non-hateful

S.benign("religion_critique_nh", "criticism of religions and ideologies without attacking their followers", [
    ("islam som religion har nogle holdninger til kvinder jeg simpelthen ikke kan bakke op om", "mu"),
    ("jeg synes ærligt talt at alle religioner er noget overtro, også kristendommen", ""),
    ("Koranens syn på homoseksualitet er problematisk, det må man godt sige", "mu"),
    ("kritik af islamisme er ikke det samme som at hade muslimer, lad os holde det skarpt", "mu"),
    ("jeg er imod omskæring af drengebørn, både jødisk og muslimsk. børn skal selv vælge", "je"),
    ("synes godt man kan diskutere tørklæder i folkeskolen uden at gå efter personen", "mu"),
    ("den katolske kirke har godt nok meget at svare for", ""),
    ("jeg forstår ikke helt ortodokse jøders regler om sabbatten, virker ret upraktisk, men det er deres valg", "je"),
    ("sharia hører ikke hjemme i et demokrati, det mener jeg helt seriøst", "mu"),
    ("religion burde ud af skolerne helt, også kristendomskundskab", ""),
    ("Hamas er en terrororganisation, det ændrer ikke at civile palæstinensere lider", "ar"),
    ("Israels regering fører en katastrofal politik i Gaza. det har intet med jøder i Danmark at gøre", "je"),
    ("jeg er eks-muslim og har stadig svært ved mange af reglerne i islam, men min familie er søde mennesker", "mu"),
    ("imamen i den der moske har sagt nogle helt vanvittige ting om kvinder, det bør undersøges", "mu"),
    ("hvorfor skal slagtning uden bedøvelse være tilladt? det er dyremishandling uanset religion", ""),
    ("Jehovas Vidner og deres udstødelse af familiemedlemmer er virkelig skadelig", ""),
    ("jeg synes nogle af de amerikanske kønsdebatter går for vidt, men folk må leve som de vil", "tr"),
    ("at man ikke må tegne profeten er ikke noget vi skal bøje os for i Danmark", "mu"),
    ("Scientology er en sekt, sorry not sorry", ""),
    ("jeg tror ikke på Gud og synes bønnekald over højttaler larmer, uanset om det er kirkeklokker eller moskeer", "mu"),
])

S.benign("policy_critique_nh", "criticism of immigration, integration and other policies without attacking people", [
    ("integrationspolitikken har fejlet i 30 år, begge fløje har ansvar", "im"),
    ("jeg synes Danmark skal tage færre kvoteflygtninge og hjælpe mere i nærområderne", "re"),
    ("ghettolovene rammer helt almindelige familier, det er ikke fair", "im"),
    ("kommunen bruger alt for mange penge på konsulenter i stedet for på specialundervisning", "di"),
    ("arbejdskraft fra Polen presser lønningerne i byggebranchen, det er et overenskomstproblem, ikke polakkernes skyld", "po"),
    ("burde der ikke være krav om danskkundskaber for at få statsborgerskab? det synes jeg er rimeligt", "im"),
    ("smykkeloven var symbolpolitik, uanset hvad man mener om flygtninge", "re"),
    ("kvoter for kvinder i bestyrelser tror jeg ikke på, det skal være den bedst kvalificerede", "wo"),
    ("Grønlands selvstyre bør have mere at sige om råstofferne, ikke København", "gr"),
    ("asylcentret i vores kommune er for dårligt bemandet, det er ikke godt for nogen af dem der bor der", "re"),
    ("Inger Støjberg burde have holdt sig til loven, uanset hvad man mener om udlændingepolitik", ""),
    ("stem nej til flere penge til motorveje og ja til bedre psykiatri, siger det bare", ""),
    ("jeg er imod at unge kan få kønshormoner uden en grundig udredning, det skal gøres ordentligt", "tr"),
    ("familiesammenføringsreglerne er for stramme, jeg kender en dansker der ikke kan få sin kone hertil", "im"),
    ("udvisning af udlændinge med en dom for grov vold? fint med mig, det er jo loven", "im"),
    ("Syrien er ikke sikkert, at sende folk tilbage til Damaskus er forkert", "re"),
    ("mener at EU's aftale med Libyen om at stoppe bådene er kynisk", "re"),
    ("det er fint med moskeer, men udenlandsk finansiering af trossamfund bør være gennemsigtig", "mu"),
    ("flere handicapparkeringer ved hallen tak, det er pinligt hvor få der er", "di"),
    ("romalejrene i Kbh bliver ryddet igen, men hvad er planen egentlig? politiet flytter bare folk rundt", "ro"),
])

S.benign("counter_speech_nh", "counter-speech: objecting to hate, defending a group", [
    ("hey, det der med at kalde folk perkere hører ikke hjemme her. stop det", "im"),
    ("jøder er ikke ansvarlige for hvad Israels regering gør. kan vi ikke holde det i hovedet", "je"),
    ("@Brian det er simpelthen racistisk det du skriver, slet det", ""),
    ("folk med handicap har lige så meget ret til at være med i klubben som alle andre", "di"),
    ("at være bøsse er ikke en sygdom, det er 2024 folkens", "ga"),
    ("muslimer er vores naboer, kolleger og venner. trist at man skal minde folk om det", "mu"),
    ("hvis du synes det er okay at tale sådan om grønlændere så er det dig der har et problem", "gr"),
    ("transkvinder er kvinder. færdig diskussion i den her gruppe", "tr"),
    ("helt ærligt, hold op med de sigøjner-jokes, min svigerfamilie er romaer og de er de sødeste mennesker", "ro"),
    ("vi tolererer ikke racisme i klubben, hverken på banen eller på tribunen", "bl"),
    ("flygtninge er mennesker der er flygtet fra krig. vis lidt respekt", "re"),
    ("det er fandme ikke i orden at tale om kvinder på den måde. skam dig", "wo"),
    ("kan vi blive enige om ikke at generalisere om en hel befolkningsgruppe pga en enkelt idiot?", ""),
    ("mine polske kolleger er de mest pålidelige folk jeg har arbejdet med, så jeres fordomme kan I beholde", "po"),
    ("somaliske mødre på vores skole har startet lektiecafé. det er det modsatte af hvad I påstår", "so"),
    ("nej, asiater spiser ikke hunde. det er en gammel racistisk myte", "as"),
    ("mod had, for fællesskab ❤️ vi står sammen med vores muslimske naboer efter angrebet", "mu"),
    ("@alle moderatorerne har slettet kommentarerne om arabere. ingen her skal føle sig uvelkomne", "ar"),
    ("sorte spillere skal ikke høre abelyde fra tribunen. vi melder hver eneste til politiet", "bl"),
    ("har du nogensinde mødt en transperson? prøv det før du dømmer", "tr"),
    ("lad være med at kalde ham spasser, han har cerebral parese og han er sejere end os alle", "di"),
    ("at være jøde i Danmark burde ikke kræve politibeskyttelse. det er en skændsel at det gør", "je"),
])

S.benign("report_quote_nh", "reporting or quoting hate in order to object to it or ask for help", [
    ("nogen har skrevet 'perkere ud' på muren ved skolen, har ringet til kommunen", "im"),
    ("min søn blev kaldt neger i frikvarteret i dag. hvordan tager vi det op med de andre forældre?", "bl"),
    ("@mods der er en i #general der skriver at jøder styrer medierne, kan I tage jer af det?", "je"),
    ("hun fik at vide 'tag dit tørklæde af og smut hjem' i bussen. helt vildt at folk stadig gør det", "mu"),
    ("de råbte 'bøsserøv' efter min bror på Strøget, jeg er så vred", "ga"),
    ("der står hagekors malet på legepladsen igen 😡 politiet er kontaktet", "je"),
    ("anmeldte lige en profil der skrev at handicappede burde aflives. ekstremt ubehageligt", "di"),
    ("til info: nogle gæster til kampen i går sang 'sigøjnerpak' mod udeholdets fans, klubben undersøger det", "ro"),
    ("er det okay at jeg screenshotter det der med at 'alle somaliere er kriminelle' og sender til admins?", "so"),
    ("min datter fik skrevet 'mand i kjole' på sit skab. hun er trans og 14 år. hvad gør jeg", "tr"),
    ("rapporterer denne bruger: han kalder konstant kvinder for ludere i chatten", "wo"),
    ("i avisen i dag: en mand dømt for at råbe 'skide polakker' og slå en håndværker", "po"),
    ("Kan nogen slette kommentaren ovenfor? Den kalder grønlændere for dyr, det vil vi ikke have her", "gr"),
    ("'Hitler havde ret' står der i kommentarfeltet under klubbens opslag. Det skal væk NU", "je"),
    ("jeg blev kaldt 'skævøjet' på arbejde i dag og min chef grinede bare", "as"),
    ("min nabo råbte 'send dem hjem' da den syriske familie flyttede ind. hvad kan man gøre?", "re"),
    ("han har 88 i sit brugernavn og alle lader som om de ikke ser det. mods please", "je"),
    ("hvorfor bliver der ikke grebet ind når folk skriver 'kamelkneppere' i gaming-chatten??", "ar"),
    ("en af drengene blev kaldt 'bøsse' som skældsord i omklædningsrummet og trænerne hørte det. vi tager det op på næste møde", "ga"),
    ("nogen har lagt flyers med 'stop den store udskiftning' i postkasserne i vores opgang. det er nazipropaganda", "mu"),
])

S.benign("reclaimed_self_nh", "reclaimed or self-referential use of group words by members of the group", [
    ("som gammel bøsse kan jeg godt sige at pride i år var det bedste nogensinde 🏳️‍🌈", "ga"),
    ("vi lebber på holdet har lavet vores egen hyggeaften, alle er velkomne", "ga"),
    ("haha jeg er sådan en fjollet bøsse når jeg har fået to øl", "ga"),
    ("vi perkere fra Vollsmose skal vise jer hvordan man laver ordentlig mad til sommerfesten 😎", "im"),
    ("som krøbling i kørestol kan jeg sige at rampen ved hallen er en joke", "di"),
    ("I'm queer og stolt, og jeg har lavet et queer-hold i badminton", "ga"),
    ("min kæreste og jeg er to gamle lesbiske kællinger der elsker camping", "ga"),
    ("vi grønlændere i Aarhus holder kaffemik på lørdag, alle er velkomne ☕", "gr"),
    ("som jøde synes jeg faktisk jødiske vittigheder er sjove når det er os selv der fortæller dem", "je"),
    ("jeg er autist og ja, jeg har brug for at vide præcis hvornår træningen starter 😅", "di"),
    ("vi transfolk er også bare mennesker der gerne vil spille fodbold i fred", "tr"),
    ("som polak i Danmark griner jeg af at alle tror vi kun laver håndværk. jeg er revisor lol", "po"),
    ("vi brune drenge fra Gellerup vandt turneringen, hvad så nu 💪", "im"),
    ("jeg er sort og ja, jeg kan godt lide at svømme, tak for at spørge 🙄", "bl"),
])

S.benign("homonym_nh", "slur-like homonyms and innocent words containing group words", [
    ("husk at tage indsamlingsbøssen med til julemarkedet", ""),
    ("min far har en gammel haglbøsse hængende i sommerhuset", ""),
    ("man kan ikke bare negere det faktum at vi tabte 4-0", ""),
    ("jødekagerne er færdige, de er sgu blevet gode i år 🍪", ""),
    ("hvem har købt kinesere til nytårsaften? min søn vil tænde nogen", ""),
    ("tatarbøf med æggeblomme, kapers og rødbeder, det er dagens ret i kantinen", ""),
    ("romkuglerne i bageren er de bedste i byen", ""),
    ("vi skal til Rom i efterårsferien, nogen der har tips?", ""),
    ("fagforeningen har indkaldt til møde om overenskomsten", ""),
    ("jeg har handicap 18 i golf og det går kun den forkerte vej", ""),
    ("sort arbejde er sgu ikke i orden, uanset hvor billigt det er", ""),
    ("Niger og Nigeria er to forskellige lande, lærer de det ikke i skolen?", ""),
    ("mongolsk grill på Strøget, nogen der vil med?", ""),
    ("han har en blind vinkel når det kommer til sin egen søns spil", ""),
    ("tyrkisk peber er den bedste slik, diskuter det", ""),
    ("bøssen til drikkepenge står ved baren, husk den", ""),
    ("Dommeren negerer jo bare alt hvad vi siger til ham", ""),
    ("den sorte trøje er udsolgt i str. M, kommer igen fredag", ""),
    ("Mongoliet er på min bucket list, steppen ser vild ud", ""),
    ("vi var inde og se operetten Sigøjnerbaronen, den var fantastisk", "ro"),
    ("homo sapiens-udstillingen på Naturhistorisk Museum lukker, den var super god for ungerne", ""),
    ("hun spillede fagot i orkestret i aftes, helt fantastisk", ""),
])

S.benign("nonprotected_insult_nh", "insults of non-protected targets: referees, politicians by name, rival clubs, professions, Mondays", [
    ("dommeren var fandme blind i dag, sikke en idiot", ""),
    ("Brøndby-fans er noget pak, det ved enhver FCK'er 😂", ""),
    ("Mette F kan sgu godt gå af, sikke en omgang", ""),
    ("AGF spiller som en flok kartofler", ""),
    ("hele bestyrelsen i foreningen er nogle inkompetente klovne", ""),
    ("naboen i nr. 7 er et kæmpe røvhul, han har parkeret på min plads igen", ""),
    ("mandage burde forbydes ved lov", ""),
    ("Lars Løkke er en opportunist uden rygrad", ""),
    ("de FCK-fans opførte sig som aber i Parken i går", ""),
    ("linjedommeren skal have nye briller, den mand er en skandale", ""),
    ("jeg hader Vejle, ingen gider den by", ""),
    ("tandlæger er onde mennesker, siger det bare", ""),
    ("Randers-keeperen er en spasmager uden lige", ""),
    ("admin i den her gruppe er en diktator uden humor", ""),
    ("DSB er den mest ubrugelige virksomhed i landet, igen forsinket", ""),
    ("teenagere i dag kan ikke engang ringe op til et nummer lol", ""),
    ("boomers på Facebook tror på alt de læser", ""),
    ("@Jesper du er en klaphat og du aner ikke hvad du snakker om", ""),
    ("cyklister i København er dødsensfarlige idioter", ""),
    ("ham Trump er en farlig narcissist", ""),
    ("Tottenham-fans fortjener al den smerte de får", ""),
    ("vegansk pølse er en forbrydelse mod menneskeheden", ""),
])

S.benign("profanity_untargeted_nh", "profanity that targets nobody", [
    ("fuck fuck fuck jeg glemte mine fodboldstøvler", ""),
    ("hold kæft hvor var det en lortekamp", ""),
    ("for helvede, nu er det regnet ind i kælderen igen", ""),
    ("satans også, printeren er gået i stykker", ""),
    ("pis mand, vi tabte på straffe", ""),
    ("shit hvor er det koldt i hallen i dag 🥶", ""),
    ("det her lortevejr altså, aflyser vi træningen?", ""),
    ("fandens til vejarbejde ved rundkørslen", ""),
    ("wtf skete der lige med wifi'en i klubhuset", ""),
    ("røvsygt møde i aftes, tre timer om cykelskur", ""),
    ("fuck hvor var den koncert fed", ""),
    ("det er sgu da løgn, kassereren har glemt at betale hallen igen", ""),
    ("kraftedeme, det er dyrt med kontingent i år", ""),
    ("ååårh for fanden, min kaffe røg ud over tastaturet", ""),
    ("skide være med det, vi tager til stranden alligevel", ""),
    ("sikke et pis at der ikke kommer flere busser efter kl 22", ""),
])

S.benign("slang_benign_nh", "Copenhagen and Jutlandic slang and English loanwords, no target", [
    ("wallah bror det var det fedeste mål i år", ""),
    ("a ska' lige hjem og fodre æ hund, ses til træning", ""),
    ("yalla kom nu, vi starter om fem min", ""),
    ("det var mega cringe at se dommeren falde i mudderet haha", ""),
    ("hva så knægt, er du klar til derbyet på søndag?", ""),
    ("æ kamp i går var sgu int' så ringe, vi ka' godt", ""),
    ("khalas, nu gider jeg ikke diskutere parkering mere", ""),
    ("nice, nogen der er down for padel på lørdag?", ""),
    ("det' for vildt mand, klubben har fået nye trøjer", ""),
    ("sorry for late svar, var til forældremøde 😅", ""),
    ("ham der nye forsvarsspiller er lowkey sindssyg god", ""),
    ("a tror sgu æ bus er aflyst igen, er der nogen der ka' samle mig op?", ""),
])

S.benign("positive_group_nh", "strong positive statements about groups", [
    ("de syriske familier i vores afdeling er de mest hjælpsomme naboer jeg har haft", "re"),
    ("kæmpe tak til den polske murer der reddede vores tag før stormen 🙏", "po"),
    ("somalisk mad er undervurderet, prøv deres sambusa", "so"),
    ("grønlandsk trommedans til kulturnatten var helt fantastisk", "gr"),
    ("vores nye træner er kvinde og hun er den bedste vi har haft", "wo"),
    ("jøderne i Danmark blev reddet af almindelige danskere i 1943, det er jeg stolt af", "je"),
    ("de arabiske drenge på U15-holdet har kæmpet vildt i år, så stolt af dem", "ar"),
    ("romafestivalen i Fælledparken havde den vildeste musik", "ro"),
    ("kæmpe respekt til alle de transpersoner der stiller op til debat på skolerne, det kræver mod", "tr"),
    ("handicapholdet vandt DM, jeg har tårer i øjnene 😭", "di"),
    ("sorte kunstnere har formet hele den moderne musik, tænk på jazz, soul og hiphop", "bl"),
    ("de asiatiske forældre i klassen har lavet den bedste julefrokost nogensinde", "as"),
    ("muslimerne i opgangen inviterede alle til iftar, det var så hyggeligt", "mu"),
    ("de to bøsser i kommunalbestyrelsen har gjort mere for ungdomsklubben end alle de andre tilsammen", "ga"),
    ("indvandrere driver halvdelen af byens butikker og holder centrum i live", "im"),
    ("flygtningene der kom i 2015 er i dag sygeplejersker, buschauffører og ingeniører. fedt at se", "re"),
    ("de grønlandske studerende på uni har det fedeste fællesskab", "gr"),
    ("kvindelige ingeniører er fuldstændig lige så dygtige som mandlige, selvfølgelig", "wo"),
])

S.benign("neutral_group_nh", "neutral mentions of groups: events, information, logistics", [
    ("ramadanen starter på mandag, nogle af spillerne faster, så lad os tage hensyn med træningstiderne", "mu"),
    ("Copenhagen Pride er 17. august, klubben går med i optoget", "ga"),
    ("er der nogen der ved hvornår synagogen har åbent hus?", "je"),
    ("jeg søger en polsk-dansk tolk til et møde med en håndværker", "po"),
    ("tegnsprogstolk er bestilt til generalforsamlingen", "di"),
    ("Grønlands nationaldag er 21. juni, vi hejser flaget ved klubhuset", "gr"),
    ("moskeen holder åbent hus på lørdag, alle er velkomne", "mu"),
    ("der er kommet en ny somalisk forening i kvarteret, de holder møde i beboerhuset", "so"),
    ("kvindernes serie 2-hold mangler en målmand til søndag", "wo"),
    ("vi har fået en ny elev fra Ukraine i 4.a, hun taler lidt engelsk", "re"),
    ("statistik: 16% af befolkningen har indvandrerbaggrund ifølge Danmarks Statistik", "im"),
    ("kinesisk nytår fejres i Tivoli i år, ser hyggeligt ud", "as"),
    ("har nogen erfaring med at søge en kørestol som hjælpemiddel gennem kommunen?", "di"),
    ("man kan få nyt CPR-nummer ved juridisk kønsskifte, hvis nogen spørger", "tr"),
    ("det arabiske bageri på hjørnet har fået nye ejere", "ar"),
    ("romaer er Europas største etniske minoritet, lærte vi i samfundsfag i dag", "ro"),
    ("Black Lives Matter-demonstrationen går fra Christiansborg kl 14", "bl"),
    ("kan nogen anbefale en god halal-slagter i Odense?", "mu"),
    ("jøderne fejrer hanukkah i december, min søn spurgte hvorfor hans ven får otte gaver", "je"),
    ("vores nye genbo er fra Sri Lanka og har en kæmpe hund der hedder Fido", "as"),
    ("flygtningevenner mødes torsdag kl 17 på biblioteket", "re"),
    ("kønsneutrale toiletter er nu sat op på 1. sal på skolen", "tr"),
])

S.benign("news_violence_nh", "news and reports about violence against groups", [
    ("politiet efterforsker et overfald på en muslimsk kvinde i Aarhus V, hun er heldigvis okay", "mu"),
    ("tre personer er anholdt efter hærværk mod den jødiske kirkegård i Møllegade", "je"),
    ("en homoseksuel mand blev slået ned på Nørrebro i nat, politiet efterlyser vidner", "ga"),
    ("terrorangrebet på Krudttønden og synagogen er 10 år siden i år", "je"),
    ("dokumentaren om Breiviks angreb på Utøya var hård at se", ""),
    ("der har været brand i et asylcenter i Sønderjylland, man ved ikke om den var påsat", "re"),
    ("rapport: antallet af anmeldte hadforbrydelser mod sorte i Danmark er steget", "bl"),
    ("sagen om drabet på den grønlandske kvinde i Aalborg er nu sendt til retten", "gr"),
    ("en transkvinde blev chikaneret i S-toget, skriver TV2 Lorry", "tr"),
    ("massakren i Srebrenica kostede over 8000 muslimske mænd og drenge livet", "mu"),
    ("angrebet i Christchurch skete for fem år siden, 51 mennesker døde", "mu"),
    ("FN kritiserer vold mod romaer i Østeuropa", "ro"),
    ("nyheder: handicappet mand udsat for røveri i Vejle, gerningsmanden er fanget", "di"),
    ("Politiet: polske arbejdere udsat for vold på byggeplads i Køge", "po"),
    ("asiatiske turister er blevet overfaldet flere gange i området ved Tivoli ifølge Ekstra Bladet", "as"),
    ("dommen i sagen om vold mod kvinderne på krisecentret falder i morgen", "wo"),
])

S.benign("negation_nh", "negated stereotypes: 'X are not ...'", [
    ("muslimer er ikke terrorister, det er en lille gruppe ekstremister", "mu"),
    ("nej, flygtninge er ikke kriminelle bare fordi de er flygtninge", "re"),
    ("bøsser er ikke syge, de er bare bøsser", "ga"),
    ("jøder styrer ikke verden, det er en antisemitisk myte", "je"),
    ("grønlændere er ikke mere fulde end danskere, se bare på Roskilde", "gr"),
    ("polakker stjæler ikke mere end alle andre, statistikken siger noget helt andet", "po"),
    ("det passer ikke at kvinder er dårligere til matematik", "wo"),
    ("handicappede er ikke en byrde, de er en del af fællesskabet", "di"),
    ("transkvinder er ikke en trussel mod nogen i omklædningsrummet", "tr"),
    ("der er ikke noget galt med at være sort i en dansk fodboldklub, hvorfor skulle der være det?", "bl"),
    ("romaer er ikke tyve, stop med den myte", "ro"),
    ("arabere er ikke én stor masse, der er 22 lande med hver deres kultur", "ar"),
    ("somaliere er ikke dovne, min nabo har tre jobs", "so"),
    ("asiater ligner ikke hinanden, det er så dumt at sige", "as"),
    ("indvandrere tager ikke jobs fra danskere, de skaber dem", "im"),
    ("det er ikke alle imamer der er radikale, langt fra", "mu"),
])

S.benign("identity_self_nh", "people stating their own identity", [
    ("jeg er muslim og faster, så jeg springer over grill-aftenen, men hyg jer", "mu"),
    ("som transmand har jeg et spørgsmål om omklædning, kan jeg skrive til træneren privat?", "tr"),
    ("min mor er grønlænder og min far er fra Fyn, så jeg er begge dele", "gr"),
    ("jeg er døv, så hvis I kunne skrive i stedet for at ringe ville det være fedt", "di"),
    ("jeg er jøde og vil gerne have at klubfesten ikke kun er svinekød 😅 en kyllingeting måske?", "je"),
    ("hej alle, jeg er ny i byen, kommer fra Polen og søger et badmintonhold", "po"),
    ("jeg er kvinde og har spillet fodbold i 20 år, så ja jeg kan godt være træner", "wo"),
    ("jeg kom hertil som flygtning i 2016 og i dag er jeg frivillig i klubben", "re"),
    ("min mand og jeg er begge mænd og vi vil gerne melde vores søn til fodbold", "ga"),
    ("jeg er født i Mogadishu men opvokset i Aarhus, så jeg hepper på AGF 💙", "so"),
    ("som rom kan jeg sige at vi faktisk ikke alle bor i campingvogne lol", "ro"),
    ("jeg er halvt thailandsk og kan lave den bedste pad thai til sommerfesten", "as"),
    ("jeg er palæstinenser og har familie i Gaza, så det er svært at følge nyhederne lige nu", "ar"),
    ("som den eneste sorte pige på holdet har jeg aldrig følt mig udenfor, fedt klubmiljø", "bl"),
])

S.benign("heated_disagreement_nh", "heated arguments and rudeness not about any protected trait", [
    ("du er helt galt på den, lortet med den nye parkeringsordning er kommunens skyld", ""),
    ("det er SÅ dumt at flytte træningen til kl 7 om morgenen, hvem fandt på det?", ""),
    ("nej nej nej, det er ikke din tur til at have nøglen, det er min", ""),
    ("@Lone jeg er fuldstændig uenig, og jeg synes dit forslag er tåbeligt", ""),
    ("vi kan ikke blive ved med at sige ja til alt, bestyrelsen må tage sig sammen", ""),
    ("hvorfor i alverden er der ingen der rydder op efter sig i fælleskøkkenet?!", ""),
    ("folk der ikke samler hundelort op burde betale bøde, seriøst", ""),
    ("jeg melder mig ud af foreningen hvis det her fortsætter", ""),
    ("din holdning til elbiler er simpelthen latterlig", ""),
    ("stop med at skrive i tråden om festen, det er irrelevant", ""),
    ("De fleste af jer har åbenbart ikke læst referatet, det står jo der", ""),
    ("det er hyklerisk at kalde sig grøn og så flyve til Thailand to gange om året", ""),
    ("træneren har favoritter og alle kan se det, det er pinligt", ""),
    ("jeg stemmer imod budgettet, punktum", ""),
    ("@Henrik hvis du ikke kan lide det, så lad være med at komme", ""),
    ("det gider a sgu da int', æ møde varer altid tre timer", ""),
])

S.benign("history_education_nh", "history, education and discussion of hate and extremism", [
    ("min datter skal lave projekt om Holocaust, nogen der kan anbefale bøger?", "je"),
    ("besøgte Auschwitz med skolen, det var det stærkeste jeg har oplevet", "je"),
    ("i dag er det 80 år siden befrielsen. aldrig igen", ""),
    ("nazisterne kaldte jøder for 'skadedyr', det er derfor sproget betyder noget", "je"),
    ("Danmark tvangssteriliserede tusindvis af handicappede helt frem til 1967, det skal vi huske", "di"),
    ("spiralsagen i Grønland er et af de mørkeste kapitler i dansk historie", "gr"),
    ("porajmos er romaernes holocaust, det er der næsten ingen der kender til", "ro"),
    ("sex mellem mænd var strafbart i Danmark indtil 1933, vildt at tænke på", "ga"),
    ("kvinder fik stemmeret i Danmark i 1915, vi fejrer det til foreningens jubilæum", "wo"),
    ("i samfundsfag har vi lært hvordan 14/88 bruges som nazistisk kode, så man kan genkende det", ""),
    ("dokumentaren om slavehandlen fra Dansk Vestindien burde vises i alle skoler", "bl"),
    ("folkemordet i Rwanda startede med radiopropaganda der kaldte tutsier for kakerlakker", "bl"),
    ("kinesiske arbejdere byggede jernbanerne i Amerika og blev behandlet forfærdeligt", "as"),
    ("polakkerne der kom til Lolland som roearbejdere har et lille museum i Maribo", "po"),
])

S.benign("evasion_benign_nh", "harmless messages with leetspeak, spacing, asterisks or ae/oe/aa spelling", [
    ("f*ck hvor er jeg træt af mandage", ""),
    ("sk1d også, jeg glemte nøglerne igen", ""),
    ("h e l t  v i l d t godt spillet i dag drenge!!", ""),
    ("det var en p1s kamp, men vi kom igennem", ""),
    ("vi ses paa banen kl 18, husk boldene og vandflaskerne", ""),
    ("groenlandsk aften i beboerhuset paa fredag, kom og smag moskusokse", "gr"),
    ("Tak for i aften alle sammen, maden var s y g t god", ""),
    ("@Mads du er en l3g3nd3 i mål 🔥", ""),
    ("k@ffe og kage efter kampen, alle er velkomne", ""),
    ("det var fandme 1-0 i sidste minut, j@ j@ j@", ""),
    ("moedet i boligforeningen er flyttet til torsdag", ""),
    ("indsamlingsb0ssen står i klubhuset, giv gerne en skilling", ""),
])

S.benign("support_victim_nh", "support for a person or group targeted by hate", [
    ("@Amira jeg er så ked af det du blev udsat for i bussen. du hører til her ❤️", "mu"),
    ("@Jonas du er en fantastisk spiller i din kørestol, ignorer de idioter der grinede", "di"),
    ("vi står bag dig @Kim, ingen skal finde sig i at blive kaldt sådan noget fordi man er trans", "tr"),
    ("til vores jødiske medlemmer: I er trygge her og vi holder øje", "je"),
    ("@Malik ring hvis du vil snakke, det der skete til kampen var racisme og ikke din skyld", "im"),
    ("sender kærlighed til alle i det grønlandske miljø efter den sag. vi er her", "gr"),
    ("@Ida du behøver ikke forsvare at du er lesbisk over for nogen her", "ga"),
    ("der bor en somalisk familie i opgangen der har fået trusler. kan vi gå sammen og hjælpe dem?", "so"),
    ("til alle kvinder i klubben: hvis nogen chikanerer jer så skriv til mig direkte", "wo"),
    ("@Chen du skal ikke finde dig i det, vi melder det sammen", "as"),
    ("de polske kolleger har haft et svært år, lad os tage dem med til julefrokost", "po"),
    ("romafamilien ved stationen har fået deres telt smadret. er der nogen der har et ekstra telt?", "ro"),
    ("@Ahmad dit indlæg var fint, du skal ikke lade dig skræmme af de kommentarer", "ar"),
    ("min søn har Downs og blev drillet i dag. tak til de børn der stod op for ham 🙏", "di"),
    ("til dig der blev råbt af på grund af dit tørklæde: du er velkommen i vores forening", "mu"),
    ("vi har samlet ind til familien der fik deres butik smadret. tak alle sammen", ""),
])

S.benign("question_benign_nh", "genuine questions about groups, cultures and customs", [
    ("hvad er forskellen på sunni og shia? spørger for min søn der har om islam i skolen", "mu"),
    ("hvordan siger man tak på grønlandsk? qujanaq?", "gr"),
    ("er det respektfuldt at bruge 'de' om en ikke-binær person? vil gerne gøre det rigtigt", "tr"),
    ("hvornår er det jødisk påske i år?", "je"),
    ("ved nogen om man kan få en tolk på somali til forældremødet?", "so"),
    ("hvordan gør muslimske spillere med træning under ramadanen? drikker de slet ikke vand?", "mu"),
    ("hvordan taler man med sine børn om racisme? min datter spørger om ting jeg ikke kan svare på", "bl"),
    ("nogen der har erfaring med at tilpasse træningen til en spiller med ADHD?", "di"),
    ("er der nogen polsk butik i Esbjerg med ordentlige pølser?", "po"),
    ("hvordan hjælper man bedst nye flygtninge med at lære dansk?", "re"),
    ("er der nogen der ved hvad man giver som gave til et muslimsk bryllup?", "mu"),
    ("hvorfor hedder det inuit og ikke eskimoer? spørger ærligt, vil ikke sige noget forkert", "gr"),
    ("er der romaer i Danmark? min søn spørger efter en film", "ro"),
    ("hvad betyder 'habibi'? hører det hele tiden på holdet", "ar"),
    ("skal kvindeholdet ikke have de samme tider i hallen som herrerne? synes det er det mest fair", "wo"),
    ("hvad er god skik når man besøger et vietnamesisk tempel?", "as"),
])

S.benign("violent_idiom_nonprotected_nh", "everyday violent idioms and hyperbole with no protected target", [
    ("jeg slår dig ihjel hvis du spoiler finalen 😂", ""),
    ("træneren kommer til at dræbe os til træning i morgen, han har lovet sprint", ""),
    ("hvis du stjæler min pizza igen så er du død makker 🍕", ""),
    ("vi knuste dem 5-0, de blev fuldstændig slagtet", ""),
    ("jeg kunne myrde for en kold øl lige nu", ""),
    ("den regning fra skat slog mig fuldstændig ud", ""),
    ("skyd mig nu, endnu et møde om grillen i gården", ""),
    ("vi skal smadre Brøndby på søndag!!", ""),
    ("min mor slår mig ihjel når hun ser karaktererne lol", ""),
    ("brænd det hele ned, jeg gider ikke mere med det her Excel-ark 🔥", ""),
    ("han blev totalt destrueret i debatten, sikke en tæsk", ""),
    ("min kat vil myrde mig hvis jeg kommer for sent med maden", ""),
    ("den her computer skal ud af vinduet i dag", ""),
    ("kill me, mit hold tabte igen", ""),
])


# ------------------------------------------------------------- validation

# Words that name or stand for a group. They are blanked out to get a
# message's sentence frame; a frame may carry at most two groups.
GROUP_STEMS = [
    "muslim", "islam", "moske", "perker", "indvandrer", "udlænding", "brune",
    "flygtning", "asyl", "jød", "synagog", "neger", "negre", "nigger",
    "sort", "roma", "sigøjner", "tater", "grønlænd", "grønland", "eskimo",
    "inuit", "bøsse", "homo", "lebbe", "lesbisk", "trans", "kvind",
    "kælling", "luder", "handicap", "spasser", "mongo", "autis", "arab",
    "somali", "polak", "polsk", "asiat", "kines", "skævøjed",
]
FRAME_LIMIT = 2
MIN_CASES, MAX_CASES = 8, 25


def frame(text):
    def blank(m):
        w = m.group(0).lower()
        return "<g>" if any(s in w for s in GROUP_STEMS) else w
    return " ".join(re.sub(r"\w+", blank, text).split())


def validate(suite, rows):
    errors = []
    names = [name for name, _d, _r in suite]
    for name, count in Counter(names).items():
        if count > 1:
            errors.append("functionality %s defined %d times" % (name, count))
    for name, _desc, items in suite:
        if not (name.endswith("_h") or name.endswith("_nh")):
            errors.append("%s: name must end in _h or _nh" % name)
        if not MIN_CASES <= len(items) <= MAX_CASES:
            errors.append("%s: %d cases (want %d-%d)" % (name, len(items), MIN_CASES, MAX_CASES))
    seen = {}
    frames = defaultdict(set)
    for r in rows:
        cid, text = r["case_id"], r["test_case"]
        hateful = r["functionality"].endswith("_h")
        if r["label_gold"] != ("hateful" if hateful else "non-hateful"):
            errors.append("%s: label does not match functionality" % cid)
        if r["target_ident"].startswith("?"):
            errors.append("%s: unknown target %s" % (cid, r["target_ident"]))
        if r["category"].startswith("?"):
            errors.append("%s: unknown category %s" % (cid, r["category"]))
        if hateful:
            if not r["category"]:
                errors.append("%s: hateful row without category" % cid)
            if not r["target_ident"]:
                errors.append("%s: hateful row without target" % cid)
        elif r["category"]:
            errors.append("%s: non-hateful row with category" % cid)
        if text != text.strip() or not text:
            errors.append("%s: empty or padded message" % cid)
        key = " ".join(text.lower().split())
        if key in seen:
            errors.append("%s: duplicate of %s" % (cid, seen[key]))
        seen[key] = cid
        frames[frame(text)].add(r["target_ident"] or "(none)")
    for f, groups in sorted(frames.items()):
        if len(groups) > FRAME_LIMIT:
            errors.append("frame %r used for %d groups: %s" % (f, len(groups), ", ".join(sorted(groups))))
    return errors


# ----------------------------------------------------------------- output

def counts(rows):
    n = len(rows)
    hate = sum(1 for r in rows if r["label_gold"] == "hateful")
    by_cat = Counter(r["category"] for r in rows if r["category"])
    by_tgt_h = Counter(r["target_ident"] for r in rows if r["label_gold"] == "hateful")
    by_tgt_all = Counter(r["target_ident"] or "(none)" for r in rows)
    return n, hate, by_cat, by_tgt_h, by_tgt_all


def fmt_counter(c, order=None):
    if order:
        keys = [k for k in order if c.get(k)]
    else:
        keys = sorted(c, key=lambda k: (-c[k], k))
    return ", ".join("%s %d" % (k, c[k]) for k in keys)


def render_readme(suite, rows):
    n, hate, by_cat, by_tgt_h, by_tgt_all = counts(rows)
    nh = n - hate
    lines = []
    add = lines.append
    add("# Danish chat-language hate-speech suite 3 (`eval/suites/da3`)")
    add("")
    add("> **Content warning.** This directory contains offensive language: slurs,")
    add("> threats, dehumanising statements and extremist slogans in Danish (and")
    add("> some English slurs and loanwords inside Danish text). They are here on")
    add("> purpose, as test cases for a moderation tool. Nothing in these files")
    add("> expresses the views of the author or of the trygbot project.")
    add("")
    add("A held-out test suite for trygbot's Danish hate-speech detection: %d" % n)
    add("realistic Danish chat messages of the kind posted in local community chats")
    add("(sports clubs, school parents' groups, gaming Discords, housing")
    add("associations, neighbourhood groups, youth clubs, workplace chats, local")
    add("politics threads, football fan chats). %d cases are hateful (%d%%), %d" % (hate, round(100.0 * hate / n), nh))
    add("non-hateful.")
    add("")
    add("## How it was written")
    add("")
    add("Written in session 6 by a writer who had not read the rule packs, the")
    add("engine, its tests, documentation or earlier results, and who did not run")
    add("the engine on the cases. The only material consulted was the shared")
    add("writer helpers (`eval/suites/suitegen.py`: columns, category and target")
    add("codes), the format and category precedence of `eval/suites/da2`, and the")
    add("product notes. The suite is therefore a measurement of the rules, not a")
    add("copy of them. No public data set was read or copied.")
    add("")
    add("Every message was written by hand, one at a time; there are no templates")
    add("and no slot filling. The messages vary in length (three words to three")
    add("sentences) and register: lowercase, typos, Copenhagen and Jutlandic slang")
    add("(`a ka' int'`, `æ`, `wallah`, `yalla`), English loanwords, emoji,")
    add("profanity, @-replies, quotes of other people's messages, sarcasm,")
    add("questions, and a group named in one sentence and attacked with a pronoun")
    add("in the next. Danish-specific forms are used throughout: particle verbs")
    add("split around their object (`smid dem ud`, `send dem hjem`, `skyd dem ned`),")
    add("compounds (`muslimsvin`, `tørklædekællinger`, `polakpak`) and inflected")
    add("forms (`perkerne`, `jøderne`, `bøssernes`). A minority of cases use")
    add("evasion: leetspeak, spaced or dotted letters, asterisks, æ/ø/å written as")
    add("ae/oe/aa, and Cyrillic homoglyphs.")
    add("")
    add("The non-hateful half contains the hard contrasts: criticism of religions,")
    add("ideologies and policies without attacks on people, reports and quotes of")
    add("hate made in order to object to it, counter-speech, reclaimed")
    add("self-reference, slur-like homonyms (`indsamlingsbøsse`, `negere`,")
    add("`jødekager`, `kinesere` as fireworks, `tatarbøf`, `fagot`), insults of")
    add("non-protected targets (referees, named politicians, rival clubs), strong")
    add("positive or neutral statements about groups, news about violence,")
    add("negated stereotypes and untargeted profanity.")
    add("")
    add("`generate.py` holds the messages as lists per functionality, numbers them,")
    add("validates them and writes `messages.csv` and this README. The validation")
    add("checks that labels match functionality names (`_h` / `_nh`), that every")
    add("hateful row has exactly one category and a target, that non-hateful rows")
    add("have no category, that there are no duplicates, that each functionality")
    add("has %d-%d cases, and that no sentence frame (the message with the group" % (MIN_CASES, MAX_CASES))
    add("word blanked out) occurs for more than %d groups." % FRAME_LIMIT)
    add("")
    add("Regenerate (deterministic, byte-identical output) and validate, from the")
    add("repository root:")
    add("")
    add("```sh")
    add("python3 eval/suites/da3/generate.py          # writes messages.csv and README.md")
    add("python3 eval/suites/da3/generate.py --check  # only validates and prints counts")
    add("```")
    add("")
    add("Run it with `go run . eval eval/suites/da3/messages.csv`.")
    add("")
    add("## Format")
    add("")
    add("UTF-8 CSV, header `%s`." % ",".join(suitegen.HEADER))
    add("")
    add("| column | meaning |")
    add("|---|---|")
    for row in suitegen.column_rows(PREFIX, LANG):
        add(row)
    add("")
    add("Category precedence for hateful rows (first match wins):")
    add("")
    for line in suitegen.PRECEDENCE:
        add(line)
    add("")
    add("The category follows what a message does, not the functionality it was")
    add("written for: a pronoun-frame message that wishes death is a `threat`, an")
    add("evasion-spelled slur is a `slur`. Far-right number codes are given the")
    add("target `jews` (and `black people` for white-power codes).")
    add("")
    add("## Counts")
    add("")
    add("%d cases: %d hateful (%d%%), %d non-hateful." % (n, hate, round(100.0 * hate / n), nh))
    add("")
    add("Hateful rows by category: %s." % fmt_counter(by_cat, list(suitegen.CATEGORIES.values())))
    add("")
    add("Hateful rows by target: %s." % fmt_counter(by_tgt_h))
    add("")
    add("All rows by target: %s." % fmt_counter(by_tgt_all))
    add("")
    add("| functionality | label | cases | description |")
    add("|---|---|---:|---|")
    for name, desc, items in suite:
        label = "hateful" if name.endswith("_h") else "non-hateful"
        add("| `%s` | %s | %d | %s |" % (name, label, len(items), desc))
    add("")
    add("## Licence")
    add("")
    add("The messages and this README are licensed under CC BY 4.0")
    add("(https://creativecommons.org/licenses/by/4.0/), as part of trygbot.")
    add("")
    return "\n".join(lines)


def main(argv):
    check_only = "--check" in argv[1:]
    rows = suitegen.build_rows(S, PREFIX, LANG)
    errors = validate(S, rows)
    for e in errors:
        print("error: " + e, file=sys.stderr)
    n, hate, by_cat, by_tgt_h, _ = counts(rows)
    print("%d cases: %d hateful, %d non-hateful, %d functionalities"
          % (n, hate, n - hate, len(S)))
    print("categories: " + fmt_counter(by_cat, list(suitegen.CATEGORIES.values())))
    print("hateful targets: " + fmt_counter(by_tgt_h))
    for name, _desc, items in S:
        print("  %-32s %3d" % (name, len(items)))
    if errors:
        return 1
    if not check_only:
        suitegen.write_suite(HERE, rows, render_readme(S, rows))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
