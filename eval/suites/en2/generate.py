#!/usr/bin/env python3
"""Generate the second English chat-language evaluation suite for trygbot.

Writes messages.csv and README.md next to this script. Every message below
was written one by one, by hand, for this suite, in the style of English
(British and American) local community chats: sports clubs, school parents'
groups, gaming Discords, housing associations, local Facebook-style groups,
youth clubs and local news comment sections. There are no templates: the
script only numbers the rows, validates them and writes the files. The one
transformation is the homoglyph helper `hg()`, which swaps Latin letters
for Cyrillic look-alikes inside the [bracketed] words of a hand-written
sentence. The output is deterministic (byte-identical on every run).

    python3 eval/suites/en2/generate.py          # write messages.csv and README.md
    python3 eval/suites/en2/generate.py --check  # only validate, print counts

Written in session 5 by a writer who had not read the rule packs, the
engine, its tests, documentation or earlier results.

Contains offensive language on purpose (it is a test suite for a
moderation tool). Written for the trygbot project; licensed CC BY 4.0.
"""
import os
import re
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(HERE))
import suitegen  # noqa: E402 (eval/suites/suitegen.py)
from suitegen import CATEGORIES, HEADER, TARGETS, render_csv  # noqa: E402

PREFIX = "en2"
LANG = "en"

# Latin -> Cyrillic look-alikes, used only by hg() for the homoglyph rows.
HOMOGLYPHS = {
    "a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440",
    "c": "\u0441", "i": "\u0456", "y": "\u0443", "x": "\u0445",
    "s": "\u0455", "j": "\u0458",
}


def hg(text):
    """Replace look-alike letters inside [brackets] and drop the brackets."""
    def swap(m):
        return "".join(HOMOGLYPHS.get(ch, ch) for ch in m.group(1))
    return re.sub(r"\[([^\]]+)\]", swap, text)


# Each functionality: (name, description, rows). Hateful rows are
# (message, target, category code); non-hateful rows are (message, target).
SUITE = suitegen.Suite()
hateful, benign = SUITE.hateful, SUITE.benign


# ===========================================================================
# HATEFUL
# ===========================================================================

hateful("derog_direct_h",
        "direct derogation of a group: negative attributes, contempt, hatred", [
    ("honestly muslims are the most backward people on the planet and im sick of pretending they're not", "mu", "G"),
    ("cant stand poles. loud, pissed by noon and thick as two short planks the lot of them", "po", "G"),
    ("every gypsy ive ever met has been a thief and a liar. every. single. one.", "ro", "G"),
    ("i hate jews. there i said it, dont care who screenshots this", "je", "G"),
    ("women are hysterical and cant think straight, everyone's just too scared to say it out loud", "wo", "G"),
    ("somalis r lazy, sit on benefits chewing khat all day while we pay for it", "so", "G"),
    ("greenlanders are all alcoholics, its practically genetic with them", "gr", "G"),
    ("disabled people are a drain on everyone around them tbh. harsh but true", "di", "G"),
    ("y'all can say what you want but black folks are just more violent, look at any city", "bl", "G"),
])

hateful("implicit_exclusion_h",
        "implicit derogation: excluding a group from housing, work, clubs or the country", [
    ("if the flat next door goes to a somali family im moving out, not living next to that lot", "so", "G"),
    ("id never hire a muslim, theyll be off praying half the shift and fasting the other half", "mu", "G"),
    ("no gays in the dressing room pls, the lads wont be comfortable getting changed", "ga", "G"),
    ("housing association should stop giving flats to refugees. locals first, theirs can go back where they came from", "re", "G"),
    ("stick the disabled kids in their own school, why should my son's class be held back by them", "di", "G"),
    ("jews shouldnt be allowed on the parish council, we all know where their loyalty lies", "je", "G"),
    ("tell the travellers the field's closed. permanently. we dont want their kind in this village", "ro", "G"),
    ("our HOA needs a rule about who can buy on this street. keep the blacks out and property values stay up", "bl", "G"),
])

hateful("implicit_nostalgia_h",
        "implicit derogation: nostalgia for the time before a group came or was visible", [
    ("remember when you could walk down the high street and hear english? before the poles and romanians took over", "po", "G"),
    ("this estate was lovely in the 80s. then the council started housing somalis here and look at it now", "so", "G"),
    ("miss the days when this was a christian country and there wasnt a mosque on every corner", "mu", "G"),
    ("back in my day there were no trans kids. funny that innit. all this nonsense came later", "tr", "G"),
    ("town was a proper community before the asylum hotel opened. now you cant let the kids out after dark", "re", "G"),
    ("used to be able to take the kids to the park without two blokes snogging on the bench. good old days", "ga", "G"),
    ("the pubs and the football were better before the immigrants ruined them, no one can tell me otherwise", "im", "G"),
    ("my grandad says leicester was a nice city before all the asians arrived. he's not wrong", "as", "G"),
])

hateful("implicit_contamination_h",
        "implicit derogation: contact with a group treated as dirt or contamination", [
    ("wiped the trolley handle after the gypsy woman had it, god knows what they carry", "ro", "G"),
    ("wouldnt swim in the leisure centre pool after the muslim ladies session, god knows whats in the water", "mu", "G"),
    ("my daughter is not sharing a changing room with a trans girl. she'd need a bleach bath after", "tr", "G"),
    ("dont buy anything from the polish deli, they dont wash their hands", "po", "G"),
    ("sat next to an african on the bus, binned the jacket when i got home", "bl", "G"),
    ("i always give the mugs a proper scrub if one of the gay lads has used it lol. cant be too careful", "ga", "G"),
    ("used hand gel after shaking hands with the somali dad at pickup. you never know", "so", "G"),
    ("wouldnt eat anything from the arab takeaway, you've seen how they live", "ar", "G"),
])

hateful("conspiracy_h",
        "conspiracy tropes: control of media and money, replacement, secret plans", [
    ("the jews own the bbc and half the banks, thats why you never hear the truth", "je", "G"),
    ("its not an accident, theyre replacing us. look at the birth rates, look at the boats", "im", "G"),
    ("funny how every migrant charity traces back to soros money. same tribe running the whole show", "je", "G"),
    ("the gay lobby runs the schools now, theyre grooming kids on purpose and calling it education", "ga", "G"),
    ("muslims are playing the long game. outbreed us then vote in sharia, its literally the plan", "mu", "G"),
    ("chinese are buying up every house round here on purpose, ccp operation, their students are all spies", "as", "G"),
    ("these 'refugees' are all military aged men sent over on purpose, someone is organising it", "re", "G"),
    ("gulf arab money owns every politician in westminster, theyre buying the country bit by bit", "ar", "G"),
])

hateful("dehum_animal_h",
        "dehumanisation: comparison to animals", [
    ("somalis breed like rabbits and live like animals", "so", "D"),
    ("travellers left the field like a pigsty. animals the lot of them", "ro", "D"),
    ("black players are monkeys, always have been 🐒", "bl", "D"),
    ("women are cattle tbh, only good for breeding", "wo", "D"),
    ("arabs are dogs, barking all day in that language", "ar", "D"),
    ("them poles are like a pack of hyenas outside the offie every night", "po", "D"),
    ("refugees are a swarm of locusts, strip a town bare and move on to the next", "re", "D"),
    ("greenlanders are more seal than human at this point lol", "gr", "D"),
])

hateful("dehum_vermin_disease_h",
        "dehumanisation: vermin, parasites, disease", [
    ("jews are rats. always have been, always will be", "je", "D"),
    ("immigrants are a cancer on this country and its terminal", "im", "D"),
    ("refugees are parasites, they latch onto the nhs and suck it dry", "re", "D"),
    ("trans people are a disease spreading through our schools", "tr", "D"),
    ("gypsies are vermin and the council knows it", "ro", "D"),
    ("the gays are an infection in the church", "ga", "D"),
    ("somalis are cockroaches, one family moves in and the whole block's infested", "so", "D"),
    ("disabled people are leeches, suck up benefits and give nothing back", "di", "D"),
])

hateful("dehum_waste_h",
        "dehumanisation: waste, dirt, objects, worthless life", [
    ("the asylum hotel is full of human garbage", "re", "D"),
    ("immigrants are the trash the rest of europe didnt want", "im", "D"),
    ("roma are human rubbish, end of discussion", "ro", "D"),
    ("arabs arent even people, theyre scum", "ar", "D"),
    ("women are objects. holes with legs", "wo", "D"),
    ("disabled people are wasted space and wasted money", "di", "D"),
    ("trans people arent human, theyre just 'its'", "tr", "D"),
    ("greenlanders are dirt. worthless dirt", "gr", "D"),
])

hateful("threat_idiom_h",
        "threats using everyday violence idioms (a kicking, a good hiding, sorting out)", [
    ("any gypsy that turns up on the rec is getting a kicking, simple as", "ro", "T"),
    ("next queer who tries it on in the changing room gets his head kicked in", "ga", "T"),
    ("that somali lad's getting a good hiding if he walks through our end again", "so", "T"),
    ("polish lot outside the shop want sorting out, a few broken noses would do it", "po", "T"),
    ("the mosque crowd need a proper battering, might wake them up", "mu", "T"),
    ("women who answer back need a slap, keeps them in line", "wo", "T"),
    ("them arabs in the park want smacking about a bit", "ar", "T"),
    ("the refugees at the hotel want a good leathering, theyd soon leave", "re", "T"),
])

hateful("threat_intent_h",
        "first-person threats and stated intent to hurt", [
    ("im going to stab the next greenlander i see pissed up by the harbour", "gr", "T"),
    ("swear down if a trans freak walks into the ladies while my daughter's in there ill drag it out and batter it", "tr", "T"),
    ("gonna run the blacks over if they block the road again, watch me", "bl", "T"),
    ("ill be waiting outside the youth club for that gay kid. he's not walking home tonight", "ga", "T"),
    ("going to burn the polish family's car out tonight. theyve been warned", "po", "T"),
    ("next immigrant that looks at my missus i'll put him in hospital", "im", "T"),
    ("got a shotgun and i know where the somalis on blackthorn road live", "so", "T"),
    ("me and the boys are taking bats to the traveller site tonight. we end it", "ro", "T"),
])

hateful("threat_call_h",
        "calls to violence against a group", [
    ("someone needs to shoot every last one of those muslims", "mu", "T"),
    ("string the gays up from the lampposts thats what i say", "ga", "T"),
    ("round the refugees up and drown them in the channel, job done", "re", "T"),
    ("somebody go knock those arabs about, theyre asking for it", "ar", "T"),
    ("lads we should all go down there and beat the shit out of the roma, whos in", "ro", "T"),
    ("push the wheelchair ones off the pier, save us all some money", "di", "T"),
    ("women who cheat should be stoned to death. no joke", "wo", "T"),
    ("y'all need to start shooting the chinese on sight, they brought the virus", "as", "T"),
])

hateful("threat_place_h",
        "threats against places: mosques, synagogues, asylum hotels, pride, community centres", [
    ("someone should torch the mosque on st marys road while theyre all in there praying", "mu", "T"),
    ("the synagogue would look better with the windows put through", "je", "T"),
    ("lets burn the asylum hotel down tonight, whos got petrol", "re", "T"),
    ("pride march next weekend. perfect place for a van if you ask me", "ga", "T"),
    ("bomb the somali community centre, problem solved", "so", "T"),
    ("the greenlandic association meets at the library thursdays. just saying, someone should pay them a visit with a bat", "gr", "T"),
    ("set the traveller site on fire while theyre asleep", "ro", "T"),
    ("that special needs school should be flattened with everyone in it", "di", "T"),
    ("the arab cafe on king street needs burning out", "ar", "T"),
])

hateful("threat_wish_h",
        "wishing death, illness or harm on a group", [
    ("hope the boat sinks and they all drown, every last migrant", "im", "T"),
    ("i wish cancer on every greenlander alive, useless drunks", "gr", "T"),
    ("hope a bus runs over that whole somali family", "so", "T"),
    ("trans people should just kill themselves tbh, do us all a favour", "tr", "T"),
    ("hope all the gays get aids and die", "ga", "T"),
    ("be a good day if all the disabled lot died in a fire", "di", "T"),
    ("hope the next pandemic finishes off the chinese", "as", "T"),
    ("wish the blacks would all just die off", "bl", "T"),
])

hateful("extremism_code_h",
        "far-right codes and slogans", [
    ("88 lads, see you at the meet 👊", "je", "E"),
    ("1488 🇬🇧 white lives first", "je", "E"),
    ("14 words. secure the existence. you know the rest", "bl", "E"),
    ("HH from the boys in the east stand ✋", "je", "E"),
    ("white power!! proud of our race, never apologise", "bl", "E"),
    ("sieg heil brothers 🫡 got the totenkopf done on my arm today", "je", "E"),
    ("zog controls everything, wake up white man", "je", "E"),
    ("blood and honour. england for the english, no foreigners", "im", "E"),
])

hateful("extremism_praise_h",
        "praise of terror attacks, Holocaust denial or approval, genocide approval", [
    ("breivik did nothing wrong. hero", "mu", "E"),
    ("tarrant is a saint. christchurch was the best day of 2019", "mu", "E"),
    ("the holocaust is a hoax they invented for money, look it up", "je", "E"),
    ("hitler was right about them, shame he didnt finish the job", "je", "E"),
    ("buffalo shooter was a legend, shame it wasnt more of them", "bl", "E"),
    ("what happened at that gay club in orlando was a good start", "ga", "E"),
    ("hanau shooter did germany a favour, those shisha bars were full of arabs", "ar", "E"),
    ("the porajmos? good riddance to the gypsies, shame there were survivors", "ro", "E"),
])

hateful("extremism_cleansing_h",
        "calls for ethnic cleansing and forced 'remigration'", [
    ("remigration now. every last one of them back where they came from, by force if needed", "im", "E"),
    ("we need to cleanse this country of muslims. not ban them. remove them", "mu", "E"),
    ("make the town 100% white again, ship out the blacks and the asians", "bl", "E"),
    ("ethnic cleansing gets a bad rap tbh, sometimes a country needs a clear out. starting with the somalis", "so", "E"),
    ("a jew free europe, thats the dream", "je", "E"),
    ("deport every arab, citizen or not, kids included", "ar", "E"),
    ("gypsies out of europe, all of them, put them on trains east", "ro", "E"),
    ("poles out, romanians out, every eastern european out by christmas. forced if they wont go", "po", "E"),
])

hateful("slur_h",
        "English slurs in their base form used as the attack", [
    ("absolute state of the corner shop, paki behind the till cant even speak english", "as", "S"),
    ("nothing but niggers on the bus tonight", "bl", "S"),
    ("who invited the faggot", "ga", "S"),
    ("another kike running the council finances, surprise surprise", "je", "S"),
    ("tranny alert at the swimming baths 🙄", "tr", "S"),
    ("look at that retard trying to park, 3 spaces used lmao", "di", "S"),
    ("the gyppos are back on the common", "ro", "S"),
    ("ragheads praying in the car park again", "mu", "S"),
    ("eskimo drunks on the harbour again, every single night", "gr", "S"),
])

hateful("slur_inflected_compound_h",
        "slurs in plural, genitive and derived forms and inside compounds", [
    ("the paki's kids screaming in the garden all day again", "as", "S"),
    ("nigger-loving teacher gave my son detention for nothing", "bl", "S"),
    ("bitches on the committee couldnt organise a piss up in a brewery", "wo", "S"),
    ("the kikes' newspapers will never print it", "je", "S"),
    ("retard bus is parked across my drive again", "di", "S"),
    ("gyppo-land down by the river, caravans everywhere", "ro", "S"),
    ("the muzzies' call to prayer woke me up again", "mu", "S"),
    ("polack's van blocking the road again", "po", "S"),
])

hateful("harass_misgender_h",
        "harassment of one person: misgendering and deadnaming", [
    ("@Jess youll always be a bloke mate, wig or no wig", "tr", "H"),
    ("lol @Sam said 'she'. it's a he. always will be", "tr", "H"),
    ("@Alex ok *Robert* 😂", "tr", "H"),
    ("nice try sweetie but youve still got a y chromosome @Chloe", "tr", "H"),
    ("can someone tell the new coach HE isnt fooling anyone in that skirt", "tr", "H"),
    ("@Mia is your 'daughter' coming to the disco or your son in a dress? asking for the other parents", "tr", "H"),
    ("replying to Kai: ur a confused little girl, no binder is gonna change that", "tr", "H"),
    ("@Lucy 'her' pronouns lmao, you were Luke in year 7 and we all remember", "tr", "H"),
])

hateful("harass_disability_h",
        "harassment of one person: mocking a disability", [
    ("@Ben did your carer type that for you? 😂", "di", "H"),
    ("@Dan imagine being that slow. did they drop you as a baby? back on the special bus", "di", "H"),
    ("@Tom walks like a broken robot 🤖 someone fix him", "di", "H"),
    ("@Emma your deaf kid cant even hear us taking the piss out of him haha", "di", "H"),
    ("@Ryan put your hearing aids in and you might understand the tactics for once, you deaf cunt", "di", "H"),
    ("@Priya your autistic son wrecked the party again, keep him home next time, no one wants that flapping about", "di", "H"),
    ("@Leo wheelchair boy 🦽 should stick to the subs bench, permanently", "di", "H"),
    ("@Olly talk properly mate, with that stutter it takes you 5 mins to order a pint lol", "di", "H"),
])

hateful("harass_origin_h",
        "harassment of one person: @-replies about origin, religion or colour", [
    ("@Amira go back to your own country, nobody wants you in this group", "ar", "H"),
    ("@Kwame does your dad even know you exist lol", "bl", "H"),
    ("@Piotr go pick some cabbages and leave the football to us", "po", "H"),
    ("@Ahmed whats in the backpack mate 💣😂", "mu", "H"),
    ("@Mei go back to wuhan and take your bat soup with you", "as", "H"),
    ("@Tariq your english is shit, get back on the boat", "im", "H"),
    ("@Ruth count the subs again, i dont trust your lot with money", "je", "H"),
    ("@Aputsiaq sober today for once? 🍺", "gr", "H"),
])

hateful("frame_question_h",
        "hate phrased as a question or rhetorical question", [
    ("why do muslims have to make everything about their religion? cant they just integrate or leave?", "mu", "G"),
    ("is it just me or do all the polish lads drive like theyre drunk? oh wait", "po", "G"),
    ("anyone else noticed its always the somalis at the police station? just asking", "so", "G"),
    ("how many jews does it take to run a bank? all of them 🤑", "je", "G"),
    ("since when did we let women think they could referee?", "wo", "G"),
    ("can someone explain why we pay for disabled people to sit at home doing nothing?", "di", "G"),
    ("who let the gypsies into the fete, did someone leave the gate open?", "ro", "G"),
    ("whats the point of refugees if all they do is rob phones and grope girls?", "re", "G"),
])

hateful("frame_negated_pos_h",
        "hate phrased as a negated positive statement", [
    ("muslims arent exactly known for being peaceful, are they", "mu", "G"),
    ("not saying all roma are thieves but ive never met one who wasnt", "ro", "G"),
    ("refugees have never contributed a single thing to this town", "re", "G"),
    ("poles arent what youd call honest workers", "po", "G"),
    ("trans women are not women and never will be, theyre blokes in costumes", "tr", "G"),
    ("arabs dont know the meaning of the word hygiene", "ar", "G"),
    ("no black bloke round here has ever been a decent dad", "bl", "G"),
    ("i wouldnt call somalis civilised, would you?", "so", "G"),
])

hateful("frame_profanity_h",
        "hate combined with profanity", [
    ("fucking greenlanders ruin every single thing they touch", "gr", "G"),
    ("gay cunts holding hands in the chippy, fucking disgusting", "ga", "G"),
    ("fuck the gypsies, thieving bastards", "ro", "G"),
    ("jesus christ women are thick as fuck, why do we let them vote", "wo", "G"),
    ("fucking immigrants, cant even get a gp appointment cos of them", "im", "G"),
    ("trans bollocks. theyre all fucked in the head", "tr", "G"),
    ("arabs can fuck off back to their sandpits", "ar", "G"),
    ("asians are shit at driving and shit at football lmao fuck em", "as", "G"),
])

hateful("frame_pronoun_h",
        "group named in one sentence, the attack carried by a pronoun in the next", [
    ("new lot at number 14 are somalis. give it a month and theyll have the garden like a tip and the lads dealing", "so", "G"),
    ("saw the muslims walking to friday prayers again. they multiply every year, its an invasion", "mu", "G"),
    ("my daughters class has a trans kid now. it shouldnt be allowed near the other girls", "tr", "D"),
    ("poles got the contract for the roof. theyll do it half arsed and nick the tools, they always do", "po", "G"),
    ("refugees were moved into the old hotel. they should be lined up and shot honestly", "re", "T"),
    ("jews are running the school board now. they always look after their own and screw the rest of us", "je", "G"),
    ("gypsies parked up on the school field over the weekend. rats, thats what they are", "ro", "D"),
    ("gay couple down the road have adopted. they shouldnt be allowed anywhere near kids", "ga", "G"),
    ("black family moved in across the road. lock your cars, its in their blood", "bl", "G"),
    ("the migrants are back hanging round the bus station. someone should take a petrol can to them", "im", "T"),
])

hateful("adversarial_disclaimer_h",
        "hate wrapped in disclaimers meant to excuse it (not racist but, no offence, jk, just my opinion)", [
    ("not being racist but the somalis on our road are a pack of thieves", "so", "G"),
    ("no offence to any muslims in here but your religion makes you lot violent", "mu", "G"),
    ("just saying what everyones thinking, the chinese are dirty 🤷", "as", "G"),
    ("jk jk 😂 (but seriously gays are disgusting)", "ga", "G"),
    ("i have a black mate so i can say it: theyre all lazy", "bl", "G"),
    ("asking for a friend, is it legal to run over a gypsy if hes on your land? 😇", "ro", "T"),
    ("this is just my opinion and im entitled to it: jews are a parasite race", "je", "D"),
    ("im not sexist, i just think women are too stupid to vote", "wo", "G"),
])

hateful("coded_dogwhistle_h",
        "coded hate and dog whistles without a slur (echoes, number codes, 'joggers', 'enrichment')", [
    ("(((they))) own the banks and the papers. just notice who", "je", "G"),
    ("13/50 and they wonder why people cross the road", "bl", "G"),
    ("another jogger spotted near the allotments, lock your sheds lads 🏃🏿‍♂️", "bl", "G"),
    ("funny how its always the same 'community' behind the grooming gangs eh 🤔", "mu", "G"),
    ("bit of cultural enrichment on the high street last night, two stabbings. lovely", "im", "G"),
    ("every town gets its own little mogadishu eventually", "so", "G"),
    ("the groomers want drag queens reading to toddlers at the library now. protect the kids", "ga", "G"),
    ("troons and their 41%, natural selection doing its job 😂", "tr", "T"),
    ("boats full of fighting age 'doctors and engineers' again 🙃", "re", "G"),
])

hateful("sarcasm_h",
        "hate carried by sarcasm or irony", [
    ("oh wonderful, another mosque. just what this town needed, cant wait for the 5am wailing and the bombs", "mu", "G"),
    ("yeah because the roma are famous for paying their bills 🙄", "ro", "G"),
    ("lovely, the poles are here, better hide the vodka and the copper pipes", "po", "G"),
    ("sure mate, women referees, whats next, letting the dog pick the team 🤣", "wo", "G"),
    ("oh great a disabled lad in goal, might as well stick a traffic cone there, at least the cone doesnt dribble", "di", "D"),
    ("so brave of the trans lot to invent a new gender every tuesday. stunning and brave 👏", "tr", "G"),
    ("of course the asylum seeker had a new iphone, theyre all SO persecuted 😂", "re", "G"),
    ("what a surprise, a black lad nicked the bike. who could possibly have guessed", "bl", "G"),
])

hateful("evasion_leet_h",
        "hateful messages with leetspeak in the key word", [
    ("n1gg3rs ruined this town", "bl", "S"),
    ("all f4gg0ts should burn", "ga", "T"),
    ("k1k3s run the media", "je", "S"),
    ("mu5l1ms are a c4nc3r", "mu", "D"),
    ("r3t4rds shouldnt be allowed to breed", "di", "S"),
    ("tr4nn13s are m3nt4lly 1ll", "tr", "S"),
    ("sh00t the r3fug33s at the b0rder", "re", "T"),
    ("5omalis are 5cum", "so", "D"),
])

hateful("evasion_spaced_h",
        "hateful messages with the key word spelled with spaces, dots or dashes", [
    ("n i g g e r s out of our school", "bl", "S"),
    ("f.a.g.g.o.t.s in the changing room again", "ga", "S"),
    ("women need a good b-e-a-t-i-n-g to learn their place", "wo", "T"),
    ("j e w s control the banks", "je", "G"),
    ("g y p s i e s are v e r m i n", "ro", "D"),
    ("the r e f u g e e s should be s h o t", "re", "T"),
    ("p.a.k.i.s everywhere on the high street", "as", "S"),
    ("h a n g the a r a b s", "ar", "T"),
])

hateful("evasion_asterisk_h",
        "hateful messages with asterisk masking", [
    ("n****rs everywhere at the carnival", "bl", "S"),
    ("f*ggots shouldnt be coaching kids", "ga", "S"),
    ("filthy p*kis at the cash and carry", "as", "S"),
    ("tr*nnies are perverts, all of them", "tr", "S"),
    ("r*tards on the bus again, shouldnt be let out", "di", "S"),
    ("g*ppos nicked the lead off the church roof", "ro", "S"),
    ("musl*ms are r*ts", "mu", "D"),
    ("w*gs go home", "im", "S"),
])

hateful("evasion_emoji_h",
        "hateful messages with emoji replacing or inside words", [
    ("n🅱️🅱️ers took over the park", "bl", "S"),
    ("musl🐷ms are filth", "mu", "D"),
    ("the 🏳️‍🌈 freaks should be 🔥🔥 alive", "ga", "T"),
    ("j🌎ws run the world 💰💰", "je", "G"),
    ("somalis = 🐒🐒🐒", "so", "D"),
    ("put every refugee 🚤 back in the sea ⚰️⚰️", "re", "T"),
    ("tr🏳️‍⚧️nnies are 🤮", "tr", "S"),
    ("poles = 🐀🐀 in the factory", "po", "D"),
])

hateful("evasion_homoglyph_h",
        "hateful messages with Cyrillic look-alike letters in the key words", [
    (hg("fucking [niggers] everywhere"), "bl", "S"),
    (hg("[faggots] out of our club"), "ga", "S"),
    (hg("[kikes] run the [banks]"), "je", "S"),
    (hg("[muslims] are [rats]"), "mu", "D"),
    (hg("[kill] the [refugees]"), "re", "T"),
    (hg("[retards] shouldnt be in mainstream school"), "di", "S"),
    (hg("[trannies] are freaks"), "tr", "S"),
    (hg("[chinese] are [thieves], all of them"), "as", "G"),
])

# ===========================================================================
# NON-HATEFUL
# ===========================================================================

benign("counter_quote_nh",
       "hate quoted in order to object to it or report it", [
    ("someone in the u14 parents chat just wrote 'send the pakis home'. that is NOT ok, screenshotted it for the admins", "as"),
    ("he called the ref a n****r from the stands. reported to the club, he needs a lifetime ban", "bl"),
    ("my son got called a faggot at training today and the coach did nothing. how is that acceptable in 2024?", "ga"),
    ("reporting the post above that says muslims are rats. mods pls remove, thats vile", "mu"),
    ("Dave you cant write 'gypsies are thieves' in a group with 300 people in it, come on mate", "ro"),
    ("graffiti on the bus shelter says 'gas the jews'. ive rung the council to get it cleaned off asap", "je"),
    ("someone shouted 'go back to poland' at my mum in tesco today. she's lived here 20 years. disgusting", "po"),
    ("just saw a comment saying disabled kids should be kept at home. no. just no. they have every right to be at the party", "di"),
    ("whoever wrote 'women belong in the kitchen' on the team whiteboard, grow up. its been wiped", "wo"),
    ("flagging for mods: user posted 1488 and a swastika under the match thread", "je"),
    ("'trannies arent welcome here' is not an opinion, its harassment. blocked and reported", "tr"),
    ("my daughter was told by a classmate that 'black people are monkeys'. school is dealing with it but im fuming", "bl"),
    ("quoting it so the admins see before it gets deleted: 'hope the refugee boat sinks'. this person needs removing", "re"),
    ("can we talk about someone writing 'burn the mosque' under the local news story and getting 40 likes??", "mu"),
    ("to whoever called Nadia a towelhead in the canteen: the school knows who you are", "ar"),
    ("an old man called my friend a chink on the bus and nobody said a word. next time im saying something", "as"),
    ("'somalis are cockroaches' is what got posted in the residents group last night. ive left the group", "so"),
    ("when someone says 'its just banter' after calling a kid a retard, its not banter", "di"),
    ("my son came home asking what 'muzzie' means cos the older boys were shouting it. had a long chat with him about it", "mu"),
    ("imagine saying 'greenlanders are all drunks' in a room with two greenlandic mums in it. some people man", "gr"),
    ("had 3 messages today calling me a dirty polack. admins can you do something please", "po"),
    ("someone replied '(((you)))' to our jewish member on the fixtures post. mods are you on it?", "je"),
    ("bloke at the bar said 'women cant play football' and got shown the door. good", "wo"),
    ("caller on the radio phone-in said immigrants are 'vermin' and the host just let it slide?? complaint sent", "im"),
    ("year 9s are going round saying 'thats so gay' again, can pastoral get on this", "ga"),
    ("flagged: 'roma should be sterilised' in the comments on the council's facebook page. horrific", "ro"),
    ("the kid who told Sami to 'go back to the desert' got a one day exclusion. not enough imo", "ar"),
    ("'refugees are parasites' was on a placard at the protest. police are looking into it", "re"),
])

benign("counter_denounce_nh",
       "counter-speech: denouncing hate and supporting targeted people", [
    ("racism has no place in this club. if you cant accept that, find another team", ""),
    ("anyone making jokes about the trans kid at the youth club is getting removed from this group. she's 13 ffs", "tr"),
    ("proud of the estate for turning out to scrub the graffiti off the mosque wall this morning ❤️", "mu"),
    ("homophobia in grassroots football is still a massive problem and we need to stop laughing it off", "ga"),
    ("antisemitism is rising again and we have to call it out, even when its our own mates", "je"),
    ("nobody deserves abuse for their skin colour. standing with the lads who got targeted on saturday", "bl"),
    ("to the syrian family who joined the group this week: welcome, and ignore the idiots", "re"),
    ("calling disabled people burdens is vile. my brother contributes more to this town than half this chat", "di"),
    ("misogyny in the gaming channel is getting out of hand. women play too, deal with it", "wo"),
    ("the roma families at the school have had stones thrown at their windows. this is not who we are", "ro"),
    ("whatever you think about immigration, spitting at a polish woman at a bus stop is just cowardly", "po"),
    ("if you see anyone hassling asian shopkeepers, film it and report it. solidarity", "as"),
    ("this chat has to stop pretending that hating muslims is just 'criticism'. hating people isnt criticism", "mu"),
    ("greenlandic kids at our school put up with so much casual racism, we need to have their backs", "gr"),
    ("somali mums ran the whole food bank this winter. anyone slagging them off can do one", "so"),
    ("arab lads in the team get called terrorists at every away game. it stops now, we're reporting every incident", "ar"),
])

benign("counter_sarcasm_nh",
       "sarcasm clearly aimed against racism and prejudice", [
    ("ah yes, immigrants. famous for coming here and... staffing the nhs and keeping the corner shop open till 11. terrifying", "im"),
    ("oh no, a gay couple held hands at the school gates, how will society survive 🙄", "ga"),
    ("love how the 'refugees get everything free' crowd have never met one. its about 49 quid a week, go on, live on that", "re"),
    ("yes Gary, the jews secretly control the weather too. take your meds", "je"),
    ("shocking news: muslim family on our street turn out to be... normal people who bring food round at eid. who knew", "mu"),
    ("sure, women cant understand offside. thats why my wife's the only one who got the quiz question right 😂", "wo"),
    ("wow the polish builders turned up on time and did a great job, must be a conspiracy", "po"),
    ("yeah the disabled bays are the real reason you cant park, not your 2 tonne chelsea tractor 🙄", "di"),
    ("oh no, the trans kid wants to use the toilet. call in the army", "tr"),
    ("the somali lads cleaned up the park after the festival, better report them to the council for reverse littering 🙄", "so"),
])

benign("reclaimed_nh",
       "reclaimed or self-referential use by members of the group", [
    ("me and my fellow dykes are doing the 5k on sunday, come cheer 🏳️‍🌈", "ga"),
    ("queer night at the youth club went off, thanks to everyone who came 💜", "ga"),
    ("my nigga you actually turned up 😂 thought you were bailing", "bl"),
    ("as a crip myself i think the new ramps at the leisure centre are class", "di"),
    ("im a tranny and im fabulous, fight me 😘 (yes i can say it, no you cant)", "tr"),
    ("as a jewish spurs fan ill be singing yid army till i die, its ours", "je"),
    ("autistic and proud, and yes i will be info dumping about trains at parents evening", "di"),
    ("my nan calls herself a tough old bitch and honestly she's the funniest woman i know", "wo"),
    ("paki and proud mate, my dad built that shop with his own hands", "as"),
    ("us fags are running the bake sale this year, prepare for excellence 🧁", "ga"),
    ("we're travellers, gypsy born and bred, and that wedding was the best craic of the year", "ro"),
    ("being a loud fat lesbian in a football chat is a sport in itself lol", "ga"),
])

benign("slur_mention_nh",
       "slurs mentioned and discussed, not used against anyone", [
    ("is 'gypsy' actually a slur? some traveller families i know use it themselves and some hate it", "ro"),
    ("the word 'retard' was in the old medical books, doesnt make it ok now", "di"),
    ("can we add 'paki' to the banned words list on the server? kids keep getting round the filter", "as"),
    ("history lesson today was about where the n-word comes from. good discussion apparently", "bl"),
    ("my grandad still says 'oriental' and has no idea how it sounds. working on him", "as"),
    ("'tranny' was said on tv all the time in the 90s, wild looking back", "tr"),
    ("kids use 'gay' as an insult without even thinking. we had a talk about it at tea", "ga"),
    ("fyi for the quiz, 'eskimo' is considered offensive by a lot of inuit and greenlanders", "gr"),
    ("why is 'spastic' so much worse in the uk than in the us? genuinely asking", "di"),
    ("the word 'kike' came from ellis island apparently. learned something grim today", "je"),
    ("'polack' is an insult in english even though it sounds like the polish word. thats why she got upset", "po"),
])

benign("ident_neutral_nh",
       "group words in neutral everyday statements", [
    ("the mosque on clarence street is doing an open day saturday, free food apparently", "mu"),
    ("anyone know if the polish shop does that dark rye bread?", "po"),
    ("jewish community centre has a few spaces left for the holiday club", "je"),
    ("new girl in year 4 is from somalia, her mum asked if theres a whatsapp for the class", "so"),
    ("refugee drop-in has moved to tuesdays fyi", "re"),
    ("two trans lads joined the swim squad, coach says theyre quick", "tr"),
    ("our under 11s girls team needs a keeper, any takers?", "wo"),
    ("wheelchair basketball is on at the sports hall sunday 2-4", "di"),
    ("arabic classes for kids starting at the library, my neighbour teaches them", "ar"),
    ("the roma family at 22 have a van if anyone needs stuff moved, they offered", "ro"),
    ("greenlandic national day is on the 21st, the school's doing a little thing", "gr"),
    ("chinese new year parade goes past the end of our road this year", "as"),
    ("the gay couple who run the bakery are closed next week for their wedding 🎉", "ga"),
    ("black history month assembly is thursday, parents welcome", "bl"),
    ("immigrants are about 14% of the town according to the census", "im"),
    ("muslim lads on the team are fasting this month so training moves to after sunset", "mu"),
    ("my daughter's best friend is deaf, theyre learning bsl together", "di"),
    ("lesbian book club meets at the cafe first wednesday of the month", "ga"),
    ("somali restaurant near the station does a mean goat and rice", "so"),
    ("two syrian families joined the allotment society this year", "re"),
    ("my neighbour is from nuuk and she says its minus 15 there today", "gr"),
    ("the travellers' horse fair is next weekend so expect traffic on the a road", "ro"),
    ("the jews in my mom's building are doing a hanukkah potluck and we got invited", "je"),
    ("the asian lads from the cricket club are doing a charity curry night", "as"),
    ("the black barbershop on mill road is doing free cuts for kids before school starts", "bl"),
    ("my sister married an arab guy from jordan, the wedding was massive", "ar"),
])

benign("ident_positive_nh",
       "positive statements about groups", [
    ("love the muslim family next door, their kids play with ours every weekend", "mu"),
    ("the polish community here is amazing, they run half the charity events", "po"),
    ("gay players have made this club better, simple as", "ga"),
    ("my son's teacher is trans and honestly she's brilliant with the kids", "tr"),
    ("womens team went unbeaten this season!! so proud of them 🏆", "wo"),
    ("somali youth group did a litter pick and cleared the whole riverside. legends", "so"),
    ("refugees from the hotel came to the fete and helped on the tombola. lovely people", "re"),
    ("black players carried the england team this summer, no question", "bl"),
    ("massive shoutout to the jewish food bank for feeding half the estate this winter", "je"),
    ("disabled athletes at the paralympics are some of the toughest people on the planet", "di"),
    ("the roma band at the festival were incredible, best act of the day", "ro"),
    ("greenlandic drum dancing at school was so cool, the kids loved it", "gr"),
    ("asian families at pickup are always so friendly, they're my kid's best mates", "as"),
    ("the arab bakery gave their leftover bread to the shelter again. class act", "ar"),
    ("immigrants built the nhs and still keep it running, respect", "im"),
    ("the lesbian couple coaching the u9s are the best coaches we've had", "ga"),
    ("trans support group at the library is doing amazing work", "tr"),
    ("muslim lads in the team are always first to help pack up after, proper sound", "mu"),
])

benign("news_attack_nh",
       "news and facts about attacks on groups, reported neutrally or with sympathy", [
    ("police say the fire at the mosque on friday is being treated as arson. no injuries thankfully", "mu"),
    ("man charged after swastikas were painted on jewish graves in the cemetery", "je"),
    ("report out today: hate crimes against trans people up 11% on last year", "tr"),
    ("teenager arrested over racist abuse of black players at the cup game", "bl"),
    ("asylum hotel was attacked by a crowd last night, windows smashed, 3 arrests", "re"),
    ("bbc: man jailed for threatening to kill a gay couple in their home", "ga"),
    ("christchurch attacker got life without parole, first time in nz history", "mu"),
    ("local news says a disabled man was attacked at the bus station, police want witnesses", "di"),
    ("holocaust memorial day event is at the town hall, survivors' families speaking", "je"),
    ("anti-asian attacks rose sharply during covid according to the new report", "as"),
    ("polish shop window put through again, third time this year. police treating it as a hate crime", "po"),
    ("study: women refs in grassroots football face abuse every single week", "wo"),
    ("somali community centre daubed with graffiti overnight, council says itll be cleaned today", "so"),
    ("man who shouted abuse at an arab family on the tram got 12 weeks", "ar"),
    ("greenlandic woman assaulted on the ferry, police appealing for info", "gr"),
    ("the buffalo supermarket shooting was a racist attack, the killer targeted a black neighborhood", "bl"),
    ("hanau memorial today, the nine people murdered in the shisha bar attacks remembered", "im"),
    ("roma family's caravan set alight in a suspected arson, the kids got out safe", "ro"),
])

benign("criticism_ideas_nh",
       "criticism of religion, ideas, states or politicians without attacking people", [
    ("i think organised religion in general does more harm than good, islam and christianity included", "mu"),
    ("the israeli government's bombing of gaza is a war crime and ill keep saying it", ""),
    ("sharia law has no place in british courts, same as any religious law", "mu"),
    ("the catholic church's cover ups were disgusting and the bishops got off lightly", ""),
    ("saudi arabia's human rights record is appalling and we shouldnt be selling them weapons", ""),
    ("not a fan of the burka personally, i think its a symbol of control, but women should wear what they want", "mu"),
    ("the tories' asylum policy is a mess and labour's isnt much better", ""),
    ("halal slaughter without stunning should be banned, same for kosher. its an animal welfare thing", "mu"),
    ("i have questions about puberty blockers for under 16s, the cass review raised real points. trans kids still deserve support", "tr"),
    ("china's government is running camps in xinjiang, its an atrocity", ""),
    ("the council's 'integration strategy' is a load of consultancy waffle", ""),
    ("the imam's comments on the radio about homosexuality were wrong and he should apologise", "mu"),
    ("dont believe in any god personally. bible, quran, torah, all stories to me", ""),
    ("the polish government's abortion ban was cruel", ""),
    ("hamas are a terrorist organisation, full stop. thats not the same thing as palestinians", ""),
    ("the church of england needs to catch up on same sex marriage", "ga"),
    ("feminism online has some daft bits but equal pay is a no brainer", "wo"),
    ("netanyahu should be in the hague, and so should the hamas leadership", ""),
])

benign("policy_discussion_nh",
       "views on immigration, integration and equality policy that attack nobody", [
    ("net migration needs to come down, the housing isnt there. thats a numbers thing not a people thing", "im"),
    ("the asylum backlog is a disgrace, people stuck in hotels for two years unable to work. let them work", "re"),
    ("id support a points based system tbh, as long as care workers are on the list", "im"),
    ("should the council build more social housing before taking more refugee families? genuine question, not trolling", "re"),
    ("small boats wont be solved by shouting, you need safe routes and faster processing", "re"),
    ("school should teach english to new arrivals in a separate class for the first few months then mix them in", "im"),
    ("free movement ended and now the farms cant find pickers. polish workers used to do that", "po"),
    ("id rather the money went into youth services than more consultants", ""),
    ("quotas for women on boards: not a fan, id rather fix the pipeline earlier", "wo"),
    ("trans athletes in elite womens sport is a genuinely hard question, i dont think either side is evil", "tr"),
    ("disability benefit assessments are brutal and need reform, my cousin waited 9 months", "di"),
    ("should there be a cap on how many asylum seekers one town takes? ours has 3 hotels, the next town has none", "re"),
    ("the rwanda scheme cost a fortune and sent nobody, waste of money whatever side you're on", "im"),
    ("citizenship tests should have more about local government and less about kings and queens", "im"),
    ("voting reform because of the economy, not because i hate anyone. can we discuss it like adults", ""),
    ("the council's traveller site plan needs proper toilets and bins, that fixes 90% of the complaints", "ro"),
    ("we need more interpreters at the gp for the arabic and somali speaking families", "so"),
    ("ukrainians got visas in days, afghans waited years. the system should be the same for everyone", "re"),
    ("faith schools should be phased out, all of them, church ones included", ""),
    ("immigration numbers should be set openly by parliament instead of drifting, whatever the number ends up being", "im"),
])

benign("question_goodfaith_nh",
       "questions about groups asked in good faith", [
    ("whats the polite way to wish my muslim colleague happy eid? eid mubarak?", "mu"),
    ("is it ok to ask the trans parent which pronouns they use or is that awkward?", "tr"),
    ("do the jewish families in the class prefer we avoid friday evening for the party?", "je"),
    ("how do you say thank you in polish? want to thank the builders", "po"),
    ("is the wheelchair access at the community hall any good? my mum's coming", "di"),
    ("any somali speaking volunteers who could help at parents evening?", "so"),
    ("what do refugees actually get per week? people keep saying different things", "re"),
    ("do greenlanders celebrate christmas the same as danes? new kid in class asked", "gr"),
    ("anyone know a good halal butcher near the stadium?", "mu"),
    ("is it 'Romani' or 'Roma'? dont want to get it wrong in the newsletter", "ro"),
    ("why do some black players take the knee and some dont? genuine question, trying to explain it to my son", "bl"),
    ("whats the difference between arabs and persians? kid asked and i didnt have a clue", "ar"),
    ("gay dads here? looking for advice on the adoption process", "ga"),
    ("are immigrants allowed to vote in local elections? someone at work said they can", "im"),
    ("how does the girls team get into the county league, do we need a female coach?", "wo"),
])

benign("negate_hate_nh",
       "hateful claims negated or rejected", [
    ("muslims are not terrorists, stop lumping everyone together", "mu"),
    ("refugees are not the reason you cant get a gp appointment, its funding", "re"),
    ("no, jews do not run the banks. this group is getting weird", "je"),
    ("trans people arent a danger to anyone in the toilets, they just want to pee", "tr"),
    ("black kids are not 'more violent', poverty is the factor, read the research", "bl"),
    ("women arent worse at running things, Karen's been the best chair we've had", "wo"),
    ("polish lads arent taking 'our' jobs, half of us wouldnt do those jobs", "po"),
    ("the roma family are not thieves, the bike was found in the hedge. you owe them an apology", "ro"),
    ("being gay isnt a disease, how is this still a discussion", "ga"),
    ("disabled people arent a burden, the system is just rubbish", "di"),
    ("somalis arent lazy, the ones i know work two jobs", "so"),
    ("never said asians all look the same, i said i couldnt tell who was in the photo cos its blurry lol", "as"),
    ("arabs arent all terrorists, saying that makes you sound thick", "ar"),
    ("greenlanders are not all drinkers, thats an old lazy stereotype", "gr"),
])

benign("profanity_nontarget_nh",
       "profanity aimed at nobody, or at things and situations", [
    ("fucking hell the car park is rammed again", ""),
    ("this bloody printer can fuck right off", ""),
    ("shit shit shit forgot its non uniform day", ""),
    ("who the fuck schedules a 7am kick off on a sunday", ""),
    ("bollocks, missed the bin men again", ""),
    ("absolute shitshow at the agm last night lmao", ""),
    ("fucking mondays man", ""),
    ("the council's fucking useless, three weeks and the streetlight still isnt fixed", ""),
    ("arse, forgot the oranges for half time", ""),
    ("holy shit that sunset over the estate tonight 😍", ""),
    ("damn, the chippy's shut", ""),
    ("fuck me that was a worldie of a goal", ""),
    ("piss poor refereeing all game but we'll take the point", ""),
    ("the wifi at the clubhouse is dogshit", ""),
    ("bugger, left my keys in the changing room", ""),
    ("what a fucking week, pub anyone?", ""),
])

benign("gaming_trashtalk_nh",
       "gaming trash talk and banter without a group", [
    ("ez clap, uninstall mate", ""),
    ("you're actual trash at this game lmao", ""),
    ("git gud noob 💀", ""),
    ("get rekt kid, 3-0 in fifa again", ""),
    ("bro you're so bad the bots feel sorry for you", ""),
    ("imagine missing that shot, absolute potato", ""),
    ("stop camping you absolute rat", ""),
    ("carried again. you lot are dead weight", ""),
    ("your aim is dogwater bro", ""),
    ("gg no re, you lot are garbage", ""),
    ("mate you played like a donkey tonight", ""),
    ("other team were cheating scum, reported the lot", ""),
    ("touch grass you sweaty tryhard", ""),
    ("1v1 me on rust, loser buys the pizza", ""),
    ("you're a bot, a literal bot, 0 kills in 20 mins", ""),
    ("our support is a parasite, stole every single kill", ""),
])

benign("violence_idiom_nh",
       "violent words about games, sport, food and everyday idioms", [
    ("im going to destroy you in fifa tonight", ""),
    ("we got absolutely slaughtered 6-0 on saturday", ""),
    ("murdered that sunday roast, no regrets", ""),
    ("if the ref gives one more offside im going to kill him 😂", ""),
    ("gonna smash the pub quiz tonight lads", ""),
    ("shoot me now, its parents evening and the wifi's down", ""),
    ("they battered us in the second half", ""),
    ("my mum is going to murder me when she sees the carpet", ""),
    ("we need to kill the game off early, two up by half time", ""),
    ("bomb it down the wing and whip it in, thats the plan", ""),
    ("the new striker is an absolute killer in the box", ""),
    ("that chilli sauce nearly killed me 🔥", ""),
    ("ill strangle the next person who leaves the gym door open", ""),
    ("we'll crush them in the league cup", ""),
    ("lets blow them away in the first 10 mins", ""),
    ("nearly died laughing at the nativity play", ""),
    ("put the boot in early, the ref lets everything go in that league", ""),
    ("that hill on the 10k absolutely destroyed my legs", ""),
    ("our keeper got bodied in the box and the ref gave nothing", ""),
    ("this spreadsheet is going to be the death of me", ""),
    ("the brownies were the bomb, gone in 5 mins", ""),
    ("the girls' team murdered the boys at dodgeball lol", "wo"),
    ("the jewish lads' five a side team battered us 7-2, fair play", "je"),
    ("the muslim lads smashed the charity quiz again, they're unbeatable", "mu"),
    ("the polish team absolutely destroyed us at the darts league", "po"),
])

benign("scunthorpe_nh",
       "words that contain or look like slurs but are innocent (place names, food, animals, idioms)", [
    ("anyone going to the scunthorpe away game?", ""),
    ("nan's making faggots and peas for tea, proper northern", ""),
    ("nipped out for a fag, back in 5", ""),
    ("the documentary on niger was really good, that river is massive", ""),
    ("'niggardly' means stingy, nothing to do with race, the teacher had to explain it", ""),
    ("stop sniggering at the back of the bus lol", ""),
    ("they had to shore up the dyke after the floods in lincolnshire", ""),
    ("our bitch just had 6 puppies!! 🐶 anyone want one?", ""),
    ("where do i get fire retardant spray for the bonfire night stall?", ""),
    ("homogenised or whole milk for the toddler?", ""),
    ("theres a chink in the fence where the foxes get in", ""),
    ("the tranny on my old transit is going, anyone know a decent mechanic", ""),
    ("spic and span for the inspection, kitchen's gleaming", ""),
    ("went to penistone for the cross country, kids loved it", ""),
    ("montenegro looks gorgeous for the summer hols", ""),
    ("coonhound puppy at the dog show was adorable", ""),
    ("kids are learning about homo sapiens and neanderthals in year 6", ""),
    ("nigeria vs ghana on tonight, anyone watching?", ""),
    ("gaylord's fish bar does the best chips in town", ""),
    ("the raccoons at the wildlife park went mad for the grapes", ""),
])

benign("abuse_nonprotected_nh",
       "insults of people or groups that are not protected (fans, landlords, professions, voters)", [
    ("chelsea fans are the worst people on earth", ""),
    ("landlords are leeches, change my mind", ""),
    ("cyclists on the canal path are a menace, nearly got taken out twice today", ""),
    ("traffic wardens are parasites, 2 mins over and bang, ticket", ""),
    ("tory voters deserve everything they get", ""),
    ("millwall fans are animals, always have been", ""),
    ("estate agents are scum", ""),
    ("the parish council are a bunch of useless clowns", ""),
    ("refs in this league are blind as bats", ""),
    ("people who park on the pavement should be fined into oblivion", ""),
    ("united fans are plastic, none of them have ever been to manchester", ""),
    ("politicians are all liars and thieves, every single one", ""),
    ("whoever leaves dog poo on the pitch is vermin", ""),
    ("influencers are a waste of oxygen", ""),
    ("bankers are greedy bastards, they crashed the economy and got bonuses", ""),
])

benign("heated_argument_nh",
       "heated arguments and complaints without hate", [
    ("Mark you are completely wrong about the parking and you know it", ""),
    ("im not arguing with you anymore, you never read what anyone writes", ""),
    ("seriously who put the committee in charge of the budget, theyve wasted 2k on a gazebo", ""),
    ("stop tagging me in every post, i said no to the raffle", ""),
    ("thats a lie and you know it Steve, the minutes say otherwise", ""),
    ("you're a selfish prick for parking across the gate again", ""),
    ("if you dont like how the coach picks the team then volunteer yourself", ""),
    ("this group has turned into a right moaning shop, muting it", ""),
    ("the noise from number 8 every night is unbearable, ive complained 4 times", ""),
    ("you're the reason nobody volunteers, you criticise everything", ""),
    ("grow up Jason, its an under 10s game, not the world cup", ""),
    ("ban him from the group, he's a liar and a troll", ""),
])

benign("evasion_contrast_nh",
       "non-hateful messages written with the same evasion tricks (leet, masking, spacing, emoji, homoglyphs)", [
    ("g.g. everyone, n.i.c.e game", ""),
    ("sh*t game from us today, ref was a j*ke", ""),
    ("w3lc0m3 to the n3w m3mb3rs 🎉", ""),
    ("f*ck me its cold at the pitch", ""),
    ("p r o u d of the girls today 🏆", "wo"),
    ("l-o-v-e the new prayer room at the uni, the muslim students did a great job", "mu"),
    ("🏳️‍🌈 party for pride month at the clubhouse, all welcome", "ga"),
    ("b*tch of a hill on the 10k", ""),
    ("n00bs, all of us, at this new game lol", ""),
    ("the r e f u g e e welcome cafe opens at 10", "re"),
    ("j3wish food festival at the park this weekend 🥯", "je"),
    (hg("[welcome] to the [club], [see] you at [training]"), ""),
])

benign("code_lookalike_nh",
       "innocent numbers, letters and symbols that look like far-right codes", [
    ("88 miles per hour! back to the future screening at the youth club friday", ""),
    ("bus 14 cancelled again, typical", ""),
    ("14-8 at half time, come on lads", ""),
    ("our house number is 88 and the parcel went to 86 again", ""),
    ("HH = happy hour at the clubhouse 5-7 friday 🍻", ""),
    ("she got 88% in her mock!! proud mum moment", ""),
    ("the swastika on the rangoli is a hindu good luck sign, the diwali workshop lady said its thousands of years older than the nazis", "as"),
    ("my son's squad number this season is 14, same as his hero", ""),
])


# ===========================================================================
# BUILD, VALIDATE, WRITE
# ===========================================================================

# Group words and slurs blanked out when comparing sentence frames, so that
# the check can tell whether one frame was reused for many groups.
GROUP_WORDS = re.compile(r"\b(" + "|".join([
    r"muslims?", r"islam\w*", r"mosques?", r"jews?", r"jewish", r"synagogues?",
    r"black(?:s| people| folks| lads?| family| players?| kids| bloke)?",
    r"africans?", r"roma", r"romani", r"gyps(?:y|ies)", r"travell?ers?",
    r"greenland\w*", r"gays?", r"lesbians?", r"queers?", r"trans", r"women",
    r"woman", r"girls?", r"disabled", r"wheelchair", r"arabs?", r"arabic",
    r"somalis?", r"somalia", r"poles", r"polish", r"asians?", r"chinese",
    r"immigrants?", r"migrants?", r"refugees?", r"asylum seekers?", r"asylum",
    r"pakis?", r"niggers?", r"faggots?", r"fags?", r"kikes?", r"trann(?:y|ies)",
    r"retards?", r"gyppos?", r"polacks?", r"ragheads?", r"towelheads?",
    r"muzzies?", r"dykes?", r"wogs?", r"eskimos?",
]) + r")\b")

ALLOWED_TARGETS = set(TARGETS)


def skeleton(text):
    s = unicodedata.normalize("NFKC", text).lower()
    s = GROUP_WORDS.sub("<g>", s)
    s = re.sub(r"[^\w<>]+", " ", s)
    return s.strip()


def build_rows():
    return suitegen.build_rows(SUITE, PREFIX, LANG)


def validate(rows):
    errors = []
    names = [name for name, _d, _r in SUITE]
    for name, c in Counter(names).items():
        if c > 1:
            errors.append("functionality %s defined %d times" % (name, c))
    for name in names:
        if not re.fullmatch(r"[a-z0-9]+(?:_[a-z0-9]+)*_(?:h|nh)", name):
            errors.append("bad functionality name %r" % name)
    seen = {}
    frames = {}
    for r in rows:
        cid, text = r["case_id"], r["test_case"]
        if not text.strip() or text != text.strip():
            errors.append("%s: empty text or surrounding whitespace" % cid)
        if "\n" in text or "\r" in text:
            errors.append("%s: newline in text" % cid)
        if "[" in text and "]" in text and re.search(r"\[\w+\]", text):
            errors.append("%s: unexpanded [bracket] marker" % cid)
        hate = r["functionality"].endswith("_h")
        if hate != (r["label_gold"] == "hateful"):
            errors.append("%s: label does not match functionality" % cid)
        if r["target_ident"].startswith("?"):
            errors.append("%s: unknown target %r" % (cid, r["target_ident"]))
        if r["category"].startswith("?"):
            errors.append("%s: unknown category %r" % (cid, r["category"]))
        if hate and r["category"] not in CATEGORIES.values():
            errors.append("%s: hateful row without a valid category" % cid)
        if hate and not r["target_ident"]:
            errors.append("%s: hateful row without a target" % cid)
        if not hate and r["category"]:
            errors.append("%s: non-hateful row with a category" % cid)
        if r["lang"] != LANG:
            errors.append("%s: lang is not %s" % (cid, LANG))
        key = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text).lower()).strip()
        if key in seen:
            errors.append("%s: duplicate of %s" % (cid, seen[key]))
        seen[key] = cid
        frames.setdefault(skeleton(text), set()).add(r["target_ident"])
    for frame, groups in frames.items():
        if len(groups - {""}) > 3:
            errors.append("frame used for more than 3 groups: %r" % frame)
    for name, c in Counter(r["functionality"] for r in rows).items():
        if c < 8:
            errors.append("functionality %s has only %d cases (< 8)" % (name, c))
    return errors


def counts_line(counter, order):
    return ", ".join("%s %d" % (k, counter[k]) for k in order if counter[k])


def render_readme(rows):
    total = len(rows)
    hate = [r for r in rows if r["label_gold"] == "hateful"]
    nh = total - len(hate)
    pct = round(100.0 * len(hate) / total)
    cats = Counter(r["category"] for r in hate)
    hate_t = Counter(r["target_ident"] for r in hate)
    all_t = Counter(r["target_ident"] or "(none)" for r in rows)
    hate_t_order = [k for k, _ in sorted(hate_t.items(), key=lambda kv: (-kv[1], kv[0]))]
    all_t_order = [k for k, _ in sorted(all_t.items(), key=lambda kv: (-kv[1], kv[0]))]
    func_counts = Counter(r["functionality"] for r in rows)

    out = []
    add = out.append
    add("# English chat-language hate-speech suite 2 (`eval/suites/en2`)")
    add("")
    add("> **Content warning.** This directory contains offensive language: slurs,")
    add("> threats, dehumanising statements and extremist slogans in English. They")
    add("> are here on purpose, as test cases for a moderation tool. Nothing in these")
    add("> files expresses the views of the author or of the trygbot project.")
    add("")
    add("A held-out test suite for trygbot's English hate-speech detection: %d" % total)
    add("realistic English chat messages (British and American) of the kind posted")
    add("in local community chats: sports clubs, school parents' groups, gaming")
    add("Discords, housing associations and HOAs, local Facebook-style groups,")
    add("youth clubs and local news comment sections. They include replies and")
    add("@-replies, lowercase, missing apostrophes, slang, emoji, profanity,")
    add("half-sentences, messages where a group is named in one sentence and")
    add("attacked with a pronoun in the next, sarcasm, dog whistles, coded hate")
    add("without a slur, disclaimers meant to excuse hate, and spellings meant to")
    add("slip past a filter (leetspeak, spacing, asterisks, emoji inside words,")
    add("Cyrillic look-alike letters). %d cases are hateful (%d%%), %d non-hateful." % (len(hate), pct, nh))
    add("")
    add("## How it was written")
    add("")
    add("Written in session 5 by a writer who had not read the rule packs, the")
    add("engine, its tests, documentation or earlier results, and who did not run")
    add("the engine on the cases; the only material consulted was the format")
    add("conventions of `eval/suites/da` and `eval/suites/da2` (columns,")
    add("categories, precedence, target groups) and the product notes. The suite")
    add("is therefore a measurement of the rules, not a copy of them. No public")
    add("data set (HateCheck or any other) was read or copied.")
    add("")
    add("Every message was written by hand, one at a time. There are no templates:")
    add("`generate.py` holds the messages as lists per functionality, numbers them,")
    add("validates them and writes `messages.csv` and this README. The only")
    add("transformation is in the homoglyph rows, where a helper swaps Latin")
    add("letters for Cyrillic look-alikes inside marked words of a hand-written")
    add("sentence. The validation checks that labels match functionality names")
    add("(`_h` / `_nh`), that every hateful row has exactly one category and a")
    add("target, that non-hateful rows have no category, that there are no")
    add("duplicates, that each functionality has at least 8 cases, and that no")
    add("sentence frame (the message with group words and slurs blanked out)")
    add("occurs for more than 3 groups.")
    add("")
    add("Regenerate (deterministic, byte-identical output) and validate:")
    add("")
    add("```sh")
    add("python3 eval/suites/en2/generate.py          # writes messages.csv and README.md")
    add("python3 eval/suites/en2/generate.py --check  # only validates and prints counts")
    add("```")
    add("")
    add("Run it from the repository root with `go run . eval eval/suites/en2/messages.csv`.")
    add("")
    add("## Format")
    add("")
    add("UTF-8 CSV, header `%s`." % ",".join(HEADER))
    add("")
    add("| column | meaning |")
    add("|---|---|")
    for row in suitegen.column_rows(PREFIX, LANG, "targeted or mentioned group"):
        add(row)
    add("")
    add("Category precedence for hateful rows (first match wins), as in `eval/suites/da`:")
    add("")
    for line in suitegen.PRECEDENCE:
        add(line)
    add("")
    add("The category follows what a message does, not the functionality it was")
    add("written for: a pronoun-frame message that calls for shooting is a")
    add("`threat`, an evasion-spelled slur is a `slur`, a disclaimer that ends in")
    add("\"parasite race\" is `dehumanisation`. Far-right number codes are given the")
    add("target `jews` (and `black people` for white-power codes); Chinese and")
    add("South Asian people are both `asians`; Gypsies and Travellers are `roma`.")
    add("")
    add("## Counts")
    add("")
    add("%d cases: %d hateful (%d%%), %d non-hateful." % (total, len(hate), pct, nh))
    add("")
    add("Hateful rows by category: %s." % counts_line(cats, list(CATEGORIES.values())))
    add("")
    add("Hateful rows by target: %s." % counts_line(hate_t, hate_t_order))
    add("")
    add("All rows by target: %s." % counts_line(all_t, all_t_order))
    add("")
    add("| functionality | label | cases | description |")
    add("|---|---|---:|---|")
    for name, desc, _items in SUITE:
        label = "hateful" if name.endswith("_h") else "non-hateful"
        add("| `%s` | %s | %d | %s |" % (name, label, func_counts[name], desc))
    add("")
    add("## Notes and limits")
    add("")
    add("* Labels follow one annotator's judgement using the scheme above. Some")
    add("  cases are deliberately close to the line (policy opinions, criticism of")
    add("  religions and states, reclaimed words, quoted hate, sarcasm against")
    add("  prejudice, insults of non-protected groups with animal or vermin words,")
    add("  words such as *faggots* (the dish), *fag* (a cigarette), *dyke* (an")
    add("  embankment) and *tranny* (a gearbox)); they are labelled by what the")
    add("  message does, not by which words it contains.")
    add("* Reclaimed uses are labelled non-hateful because the message makes the")
    add("  speaker's membership of the group clear; a tool cannot know who wrote")
    add("  them, so some disagreement is expected there.")
    add("* Homoglyph rows use Cyrillic look-alike letters (U+0430, U+0435, U+043E,")
    add("  U+0441, U+0455, U+0456); keep the file in UTF-8.")
    add("  Invisible characters (zero-width spaces) are not included.")
    add("* Names in @-replies are generic first names; no real person is targeted.")
    add("  Public figures and real attacks appear only in news-like statements,")
    add("  criticism of politicians, or the extremism rows that praise them.")
    add("")
    add("## Licence")
    add("")
    add("Written for the trygbot project; licensed CC BY 4.0.")
    add("")
    add("Caution: the files contain offensive language (slurs, threats,")
    add("dehumanising and extremist statements) for testing purposes only.")
    add("")
    return "\n".join(out)


def print_counts(rows):
    hate = [r for r in rows if r["label_gold"] == "hateful"]
    print("%d cases: %d hateful (%.1f%%), %d non-hateful"
          % (len(rows), len(hate), 100.0 * len(hate) / len(rows), len(rows) - len(hate)))
    print("categories:", dict(Counter(r["category"] for r in hate)))
    print("hateful by target:", dict(Counter(r["target_ident"] for r in hate).most_common()))
    print("all by target:", dict(Counter(r["target_ident"] or "(none)" for r in rows).most_common()))
    for name, c in Counter(r["functionality"] for r in rows).items():
        print("  %-28s %3d" % (name, c))


def main(argv):
    check = "--check" in argv[1:]
    rows = build_rows()
    errors = validate(rows)
    csv_text = render_csv(rows)
    readme_text = render_readme(rows)
    paths = [(os.path.join(HERE, "messages.csv"), csv_text),
             (os.path.join(HERE, "README.md"), readme_text)]
    if check:
        for path, text in paths:
            if not os.path.exists(path):
                errors.append("%s missing (run without --check)" % os.path.basename(path))
                continue
            with open(path, encoding="utf-8", newline="") as f:
                if f.read() != text:
                    errors.append("%s is out of date (run without --check)" % os.path.basename(path))
    print_counts(rows)
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        return 1
    if not check:
        for path, text in paths:
            with open(path, "w", encoding="utf-8", newline="") as f:
                f.write(text)
        print("wrote messages.csv and README.md")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
