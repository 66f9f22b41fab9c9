#!/usr/bin/env python3
"""English chat-language hate-speech suite 3 (eval/suites/en3).

Hand-written English chat messages of the kind posted by people in the
Nordics and in UK/US online communities (sports clubs, school parents'
groups, gaming Discords, housing associations, neighbourhood groups,
youth clubs, workplace chats, local politics threads, football fan
chats). Every message was written by hand, one at a time; this script
only numbers, validates and writes them.

Written in session 6 by a writer who had not read the rule packs, the
engine, its tests, documentation or earlier results, and who did not run
the engine on the cases.

Licence: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/).
Content warning: the messages below contain slurs, threats, dehumanising
language and extremist slogans, on purpose, as test cases.

Usage (from the repository root):
    python3 eval/suites/en3/generate.py          # writes messages.csv and README.md
    python3 eval/suites/en3/generate.py --check  # only validates and prints counts
"""
import os
import re
import sys
from collections import Counter, OrderedDict, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import suitegen  # noqa: E402

PREFIX = "en3"
LANG = "en"
MAX_FRAME_GROUPS = 2
MIN_CASES = 8

S = suitegen.Suite()

# ---------------------------------------------------------------- hateful

S.hateful("direct_derogation_h",
          "plain negative statements about a whole protected group", [
    ("honestly every somali family on our estate is a problem family. every single one", "so", "G"),
    ("women are too thick to referee at this level, full stop", "wo", "G"),
    ("poles are thieves, lock your tools in the van overnight lads", "po", "G"),
    ("gypsies are born liars, it's in their blood", "ro", "G"),
    ("greenlanders are all drunks living off the danish taxpayer", "gr", "G"),
    ("Arabs are violent by nature. Look at any country they run.", "ar", "G"),
    ("trans people are mentally ill and everyone's too scared to say it", "tr", "G"),
    ("disabled people are a drain on everyone. the whole lot of them", "di", "G"),
    ("refugees are lazy freeloaders who came for the benefits and nothing else", "re", "G"),
    ("black people are just less intelligent, it's been known for ages, y'all just won't admit it", "bl", "G"),
    ("jews are greedy, always have been and always will be", "je", "G"),
])

S.hateful("dehumanisation_animal_h",
          "a group called or likened to animals", [
    ("those somalis behind the shopping centre are like a pack of hyenas", "so", "D"),
    ("the arabs at the station are animals. actual animals, not people", "ar", "D"),
    ("muslims breed like rabbits and we pay for every litter", "mu", "D"),
    ("black players are just monkeys who can run fast", "bl", "D"),
    ("gypsy camp by the lake again, the pigs have left rubbish everywhere", "ro", "D"),
    ("these refugees are livestock not people, ship them back the way they came", "re", "D"),
    ("women are like dogs, they need a leash and a firm hand", "wo", "D"),
    ("greenlanders in the park at 10am already wasted, lying around like seals on a rock", "gr", "D"),
    ("the poles in the flat above live like pigs, twelve of them in two rooms", "po", "D"),
    ("trans people are circus animals parading themselves for attention", "tr", "D"),
    ("the chinese eat dogs and they act like them too", "as", "D"),
])

S.hateful("dehumanisation_vermin_disease_h",
          "a group called vermin, parasites, disease, filth or objects", [
    ("jews are a parasite on every nation that lets them in", "je", "D"),
    ("immigration is a cancer and the immigrants are the tumour", "im", "D"),
    ("muslims are rats, they multiply in the basements of every city in europe", "mu", "D"),
    ("roma are like lice, once they're in you can't get rid of them", "ro", "D"),
    ("refugees are an infestation. look at sweden if you don't believe me", "re", "D"),
    ("homosexuality is a disease and gays are the carriers", "ga", "D"),
    ("those somali's are vermin and the kommune keeps feeding them", "so", "D"),
    ("arabs are filth. pure filth. the whole street stinks since they came", "ar", "D"),
    ("disabled kids are defective goods, the parents should've sent them back", "di", "D"),
    ("blacks are a plague on every city they move into", "bl", "D"),
    ("women are walking incubators, that's all they're good for", "wo", "D"),
])

S.hateful("threat_direct_h",
          "first-person intent to hurt members of a group", [
    ("I'm going to put a brick through the window of that muslim butcher tonight", "mu", "T"),
    ("next gay I see holding hands on our street gets his teeth kicked in", "ga", "T"),
    ("me and the boys are paying the gypsies at the lay-by a visit tonight. bring bats", "ro", "T"),
    ("@Yasmin walk home alone again and see what happens to you, dirty arab", "ar", "T"),
    ("im gonna stab the next somali that looks at me on the bus", "so", "T"),
    ("I will personally drag every trans freak out of the women's changing room and beat them senseless", "tr", "T"),
    ("we know where the jew lives, number 14. he'll get what's coming", "je", "T"),
    ("gonna get my dad's shotgun and clear the blacks out of the park", "bl", "T"),
    ("the refugees at the old school will be burnt out by the weekend, I promise you that", "re", "T"),
    ("Women who talk back get slapped. I've done it before and I'll do it again.", "wo", "T"),
    ("gonna run the next chinese delivery driver off the road, see if I don't", "as", "T"),
])

S.hateful("threat_conditional_h",
          "violence promised if the group does something", [
    ("if one more greenlander pisses in our stairwell I'll cut him", "gr", "T"),
    ("if my son gets put in a class with those arab kids someone's getting hurt", "ar", "T"),
    ("if they open that asylum centre here it'll burn. simple as", "re", "T"),
    ("if a gay couple ever moves in next door they'll be leaving in an ambulance", "ga", "T"),
    ("any muslim who tries that call to prayer nonsense round here gets a bullet", "mu", "T"),
    ("if a tranny ever comes near my daughter I'll kill it", "tr", "T"),
    ("if the jews want a war they'll get one, and this time we finish the job", "je", "T"),
    ("if the roma set up camp by the school again we're going down there with petrol cans", "ro", "T"),
    ("one more pole nicks from the site and I'm breaking fingers. all of theirs", "po", "T"),
    ("if those somalis show up at the youth club friday we'll be waiting with knives", "so", "T"),
])

S.hateful("threat_death_wish_h",
          "wishing death or violence on a group", [
    ("hope the boat sinks with every last one of those migrants on board", "im", "T"),
    ("wish someone would gas the lot of them. the jews I mean", "je", "T"),
    ("kids get cancer and the gays get to live? should be the other way round", "ga", "T"),
    ("honestly wish every muslim in this country would just drop dead", "mu", "T"),
    ("the world would be a better place with every black hanging from a tree", "bl", "T"),
    ("trans people should do the world a favour and kill themselves", "tr", "T"),
    ("hope the disabled lad gets hit by a bus, one less burden on the rest of us", "di", "T"),
    ("any woman who votes for that deserves to get raped tbh", "wo", "T"),
    ("shame the fire at the asylum centre didn't take more of them with it", "re", "T"),
    ("hope all the asians catch their own virus and die", "as", "T"),
])

S.hateful("threat_places_h",
          "violence against a group's places and institutions", [
    ("someone should burn down the mosque on Noerrebrogade, I'll bring the petrol", "mu", "T"),
    ("the synagogue needs a visit. windows first, then the rest", "je", "T"),
    ("pride parade on saturday? hope someone drives a van into it", "ga", "T"),
    ("let's torch the refugee centre, they won't rebuild it twice", "re", "T"),
    ("the arab shisha bar on the high street is getting firebombed, spread the word", "ar", "T"),
    ("the somali community centre would look a lot better as a pile of ash. just saying. tonight", "so", "T"),
    ("the roma camp by the motorway needs clearing with fire, not police", "ro", "T"),
    ("time to smash up the polish shop, they've had it coming for years", "po", "T"),
    ("the trans clinic should be bombed with everyone inside it", "tr", "T"),
    ("someone go wreck the special needs school, waste of a building full of spastics", "di", "T"),
])

S.hateful("threat_idiom_h",
          "violence in idioms and coded phrases", [
    ("the day of the rope is coming for the gays who groom our kids", "ga", "T"),
    ("someone needs to take out the trash on the third floor. you know which family. the somalis", "so", "T"),
    ("muslims should be shown the business end of a rifle", "mu", "T"),
    ("only good gypsy is a dead gypsy", "ro", "T"),
    ("time to put the arabs six feet under where they belong", "ar", "T"),
    ("send the refugees home in body bags", "re", "T"),
    ("give the jews a one-way ticket to the showers", "je", "T"),
    ("string up every last one of the blacks who did this", "bl", "T"),
    ("women like her need a good hiding to learn their place", "wo", "T"),
    ("the greenlanders squatting in the laundry room are about to get a proper welcome. steel toe caps", "gr", "T"),
])

S.hateful("exclusion_h",
          "calls to keep a group out of housing, jobs, clubs or the country", [
    ("landlords should be allowed to put 'no muslims' on the ad. I wouldn't rent to one", "mu", "G"),
    ("deport every somali, born here or not, doesn't matter", "so", "G"),
    ("no gypsies in the shop. we're putting a sign on the door", "ro", "G"),
    ("women shouldn't be allowed on the board of a football club", "wo", "G"),
    ("the housing association needs to keep refugees out of our block, whatever it takes", "re", "G"),
    ("Arabs out of Denmark. Every last one.", "ar", "G"),
    ("disabled kids don't belong in normal classes, stick them in a home", "di", "G"),
    ("trans people should be banned from every public toilet, period", "tr", "G"),
    ("no jews on the club committee, we've all seen what happens when they get control", "je", "G"),
    ("blacks shouldn't be allowed to buy houses on this street, the HOA should block it", "bl", "G"),
    ("remigration now. every immigrant goes, no exceptions", "im", "G"),
    ("send the greenlanders back to Nuuk on the first flight, we don't want them in Aalborg", "gr", "G"),
])

S.hateful("implicit_derogation_h",
          "nostalgia, contamination, 'they never ...' and insinuation", [
    ("remember when you could walk through Noerrebro at night? yeah, that was before the immigrants", "im", "G"),
    ("the school was great until the somalis arrived. now look at the results", "so", "G"),
    ("funny how the crime started the same year the refugees got their flats", "re", "G"),
    ("they never work, they never learn the language, they never leave. you know who I mean. the roma", "ro", "G"),
    ("the pool used to be clean before they let muslim women swim in their clothes", "mu", "G"),
    ("our street went downhill the day the first polish family moved in", "po", "G"),
    ("weird how every time there's a knife in the news it's one of them. arabs, every time", "ar", "G"),
    ("women were happier before they got the vote, ask anyone's nan", "wo", "G"),
    ("the changing room was a normal place before the gays started showing up and making everyone uncomfortable", "ga", "G"),
    ("since the trans lot joined the club no normal girl wants to play anymore", "tr", "G"),
    ("the disabled get the best parking, the best benefits... must be nice being useless", "di", "G"),
])

S.hateful("conspiracy_h",
          "control of media and money, replacement, planned invasion", [
    ("the jews own the media, that's why you never hear the truth about any of this", "je", "G"),
    ("rothschilds fund the boats. look it up. the whole migrant thing is planned", "je", "G"),
    ("the great replacement isn't a theory. they're importing millions of africans to replace us", "bl", "G"),
    ("muslims are just waiting until they outnumber us, then it's sharia for everyone", "mu", "G"),
    ("the gay lobby runs the schools now, they're recruiting kids through the curriculum", "ga", "G"),
    ("trans people are grooming kids and the government is helping them do it", "tr", "G"),
    ("the chinese are buying every flat in the city so danes can't live here, it's a plan straight from beijing", "as", "G"),
    ("refugees are sent here on purpose to push wages down and break the welfare state. it's all planned", "re", "G"),
    ("the arabs are buying our politicians with oil money, the EU takes orders from them", "ar", "G"),
    ("the polish mafia runs every building site in copenhagen and the cops are paid off", "po", "G"),
    ("they're flooding the country with somalis so the voters change, oldest trick there is", "so", "G"),
])

S.hateful("extremism_praise_h",
          "praise of terrorists and perpetrators, support for extremist organisations", [
    ("breivik did nothing wrong", "mu", "E"),
    ("the christchurch shooter is a hero, read his manifesto before they delete it", "mu", "E"),
    ("Hitler had the right idea about the jews honestly", "je", "E"),
    ("the nordic resistance movement are the only ones actually doing something. join them, link in bio", "im", "E"),
    ("dylann roof was just a boy who did what his elders were too scared to do", "bl", "E"),
    ("Breivik saved Norway from becoming another Somalia, history will thank him", "so", "E"),
    ("sieg heil brothers, the jew will not win", "je", "E"),
    ("the nazis were right about the gays, pink triangles for all of them", "ga", "E"),
    ("golden dawn had the right approach to the gypsies", "ro", "E"),
    ("the guy who shot up the gay bar in Oslo is a legend", "ga", "E"),
])

S.hateful("extremism_codes_denial_h",
          "number codes and slogans, genocide denial or approval, calls for ethnic cleansing", [
    ("the holocaust never happened, six million is a made up number", "je", "E"),
    ("holocaust? more like holohoax lol", "je", "E"),
    ("14/88 brothers, secure the existence of our people", "bl", "E"),
    ("1488 \u26a1\u26a1 denmark for danes", "je", "E"),
    ("srebrenica was justified, the serbs were defending europe from the muslims", "mu", "E"),
    ("ethnic cleansing of the arabs is the only solution left for europe", "ar", "E"),
    ("RaHoWa is coming. pick a side.", "bl", "E"),
    ("white europe or nothing. every non-white out, every single one", "im", "E"),
    ("the romani holocaust is a myth, they were just moved to work camps", "ro", "E"),
    ("the holocaust happened and honestly it was the best thing germany ever did", "je", "E"),
    ("Kalergi plan is real, they're bringing in africans to breed us out. read it", "im", "E"),
])

S.hateful("slur_attack_h",
          "a slur used as the main attack", [
    ("the pakis on the corner are overcharging again, typical", "as", "S"),
    ("why is the club letting niggers play in the first team", "bl", "S"),
    ("our new neighbour is a fucking dyke, great", "ga", "S"),
    ("kikes run the council, vote them out", "je", "S"),
    ("ref's obviously a faggot, look how he runs", "ga", "S"),
    ("bunch of gyppos nicking the copper off the church roof again", "ro", "S"),
    ("the ragheads at the mosque are at it again with the loudspeakers", "mu", "S"),
    ("some sand nigger cut me up in traffic this morning", "ar", "S"),
    ("too many perkers on the 5C tonight, couldn't breathe", "im", "S"),
    ("fucking eskimo trash passed out in the square again", "gr", "S"),
    ("polacks taking every job on every site in town", "po", "S"),
    ("don't pick the spastic for your team, you'll lose", "di", "S"),
    ("that tranny in accounts wants everyone to use her 'pronouns' lol", "tr", "S"),
])

S.hateful("harassment_reply_h",
          "@-replies attacking one person because of origin, religion, disability, sexuality or gender identity", [
    ("@Ahmed nobody asked your opinion, go back to your own country and sort that out first", "ar", "H"),
    ("@Sam you're a man in a dress. nobody is calling you 'she', deal with it mate", "tr", "H"),
    ("@Fatima take that rag off your head and maybe we'll listen to you", "mu", "H"),
    ("@Kasper lol only a gay would miss that tackle, go cry to your boyfriend", "ga", "H"),
    ("@Liv can't even read the fixture list? the wheelchair must be affecting your brain", "di", "H"),
    ("@Nuka bet you were drunk when you wrote that, it's in your greenlandic genes", "gr", "H"),
    ("@Tomasz go back to poland and take your cheap tools with you", "po", "H"),
    ("@Abdi nobody wants you on this team, you're only here because the kommune makes us take somalis", "so", "H"),
    ("@Mei did you eat a bat for lunch too? keep your virus away from the club", "as", "H"),
    ("@Emma go make the sandwiches love, the tactics chat is for men", "wo", "H"),
    ("@Alex it. not he, not she. IT. you'll never be a real woman", "tr", "H"),
    ("@Darnell you only got the job because they needed a black face for the website", "bl", "H"),
    ("@Mohammed your danish is terrible, is that what they taught you in the refugee camp?", "re", "H"),
])

S.hateful("negated_positive_h",
          "hate phrased as a negated positive ('not one of them is ...')", [
    ("not a single one of them muslims is decent. not one", "mu", "G"),
    ("I've never met a gypsy who didn't steal", "ro", "G"),
    ("show me one honest arab. you can't", "ar", "G"),
    ("there's no such thing as a smart woman in football, sorry", "wo", "G"),
    ("name one somali who's contributed anything to this country. i'll wait", "so", "G"),
    ("none of the refugees in our block has ever done a day's work", "re", "G"),
    ("I've yet to meet a trans person who isn't mentally unwell", "tr", "G"),
    ("never met a chinese person who wasn't rude and pushy", "as", "G"),
    ("not one black family on this estate has ever paid their rent on time", "bl", "G"),
])

S.hateful("question_form_h",
          "hate phrased as a question", [
    ("why do muslims always have to ruin everything they touch?", "mu", "G"),
    ("how many more stabbings before we admit somalis can't live in a civilised country?", "so", "G"),
    ("is there a single roma in denmark who isn't on benefits or in prison?", "ro", "G"),
    ("why do we even let the disabled have kids? genuine question", "di", "G"),
    ("why do gays have to be so disgusting in public? can't they keep their perversions at home?", "ga", "G"),
    ("how long before the arabs turn copenhagen into another beirut?", "ar", "G"),
    ("why should my taxes pay for refugees who'll just rob us later?", "re", "G"),
    ("anyone else notice the polish builders never finish a job without nicking something?", "po", "G"),
    ("why do blacks commit so much crime? it's not racism it's statistics", "bl", "G"),
    ("do trans people seriously think anyone sees them as normal? lol", "tr", "G"),
])

S.hateful("profanity_framed_h",
          "hate wrapped in profanity", [
    ("fucking muslims everywhere you look, can't stand any of them", "mu", "G"),
    ("fuck the jews. every last one of them", "je", "G"),
    ("fuck all these refugees, bloody leeches", "re", "D"),
    ("shit country full of shit somalis", "so", "G"),
    ("bloody women drivers, they should have their licences taken off them, every one", "wo", "G"),
    ("fuck the gays and their stupid flags, sick of the lot of them", "ga", "G"),
    ("fucking trans weirdos ruining women's sport, piss off the lot of you", "tr", "G"),
    ("bloody poles, pissed as farts every weekend, the whole nation", "po", "G"),
    ("fucking arabs and their fucking noise all night, hate every single one of them", "ar", "G"),
])

S.hateful("pronoun_reference_h",
          "group named in one sentence, attacked with a pronoun in the next", [
    ("new family moved in downstairs, muslims. they'll have the whole block converted within a year, they're all the same", "mu", "G"),
    ("Saw the refugees at the train station today. They're filth, all of them.", "re", "D"),
    ("The council put roma families in the old school. They'll have stripped the copper out by christmas, they can't help themselves.", "ro", "G"),
    ("my daughter's class has two trans kids now. they're sick in the head and it's contagious", "tr", "D"),
    ("There's a jewish guy on the board now. Watch, they always take over eventually.", "je", "G"),
    ("the new coach is a woman. they can't handle pressure, we're going down", "wo", "G"),
    ("Went to the somali cafe. Never again, they're animals in there", "so", "D"),
    ("the poles got the contract. they'll be drunk by lunch, they always are", "po", "G"),
    ("two greenlanders kicked off on the bus. should've thrown them out the door at 60 tbh", "gr", "T"),
    ("the immigrants in block C again. someone should teach them a lesson they won't forget", "im", "T"),
    ("there's a disabled kid on the u10s now. they just slow everyone down, shouldn't be allowed on a real team", "di", "G"),
])

S.hateful("comparison_h",
          "a group compared unfavourably with animals, vermin or things", [
    ("a muslim is about as trustworthy as a snake", "mu", "D"),
    ("I'd rather have a rat in my house than a gypsy", "ro", "D"),
    ("the arabs make rats look civilised", "ar", "D"),
    ("women have the brains of a goldfish, proven every time they park", "wo", "D"),
    ("jews and cockroaches. both survive everything and nobody wants either around", "je", "D"),
    ("greenlanders and booze is like dogs and chocolate", "gr", "D"),
    ("a trans woman is as much a woman as a dog in a dress", "tr", "D"),
    ("black people are closer to apes than to us, look at the skulls", "bl", "D"),
    ("poles are like seagulls. they fly in, screech, eat everything and shit everywhere", "po", "D"),
    ("disabled people are about as useful as a chocolate teapot", "di", "D"),
])

S.hateful("joke_framed_h",
          "hate framed as a joke", [
    ("what's the difference between a jew and a pizza? the pizza doesn't scream in the oven \U0001f602", "je", "E"),
    ("how do you stop a black man drowning? take your foot off his head lol", "bl", "T"),
    ("why don't gypsies wear watches? they nick them \U0001f602 jk... not really", "ro", "G"),
    ("what do you call a muslim with a backpack? a countdown \U0001f602", "mu", "G"),
    ("just a joke but disabled kids are nature's returns department \U0001f602", "di", "D"),
    ("women belong in the kitchen. it's a joke relax... unless? \U0001f60f", "wo", "G"),
    ("what's the difference between a refugee and a tick? the tick doesn't need a translator \U0001f602", "re", "D"),
    ("how many somalis does it take to change a lightbulb? none, the danish taxpayer pays an electrician \U0001f602", "so", "G"),
    ("gay jokes are funny because gays are a joke \U0001f937", "ga", "G"),
    ("only joking but if the chinese stopped eating bats we'd all still have normal lives \U0001f987\U0001f602", "as", "G"),
])

S.hateful("evasion_h",
          "leetspeak, spacing, asterisks and homoglyphs", [
    ("n1gg3rs ruining the estate again", "bl", "S"),
    ("m u s l i m s are r a t s", "mu", "D"),
    ("f@gg0ts shouldn't be anywhere near the u12s", "ga", "S"),
    ("g y p s i e s should be gassed", "ro", "T"),
    ("tr@nnies belong in an asylum not a changing room", "tr", "S"),
    ("j\u0435ws are v\u0435rmin", "je", "D"),
    ("s0mal1s = p4r4s1tes", "so", "D"),
    ("r3fug33s out. burn the c*ntre down", "re", "T"),
    ("ret@rds should be sterilised at birth", "di", "S"),
    ("p0lacks stealing from every site in town", "po", "S"),
    ("@r@bs = animals", "ar", "D"),
    ("\u0455hoot every Mu\u0455l\u0456m you \u0455ee", "mu", "T"),
    ("w0m3n are too d*mb to vote", "wo", "G"),
    ("3sk1m0s drunk in the square again, disgusting lot", "gr", "S"),
])

S.hateful("sarcasm_h",
          "hate delivered through sarcasm and mock praise", [
    ("oh yes, another 'cultural enrichment' stabbing, thank you so much refugees", "re", "G"),
    ("wow the muslims are so peaceful, only three car bombs this week \U0001f644", "mu", "G"),
    ("of course the jews totally don't run hollywood, nothing to see here \U0001f609", "je", "G"),
    ("sure, trans women are real women, and I'm the king of denmark \U0001f644 mentally ill the lot of them", "tr", "G"),
    ("wonderful, more somalis on the estate. can't wait for the knife crime diversity", "so", "G"),
    ("'diversity is our strength' says the guy who's never had an arab family move in next door \U0001f602 enjoy the noise and the crime", "ar", "G"),
    ("so brave of the gays to make every single thing about their bedroom habits \U0001f44f\U0001f44f disgusting people", "ga", "G"),
    ("sure let the disabled kid play, we didn't want to win anyway \U0001f644 should be in a home", "di", "G"),
    ("oh great, more polish 'craftsmen' on the estate, hide your bikes everyone \U0001f644", "po", "G"),
])

# ------------------------------------------------------------ non-hateful

S.benign("religion_criticism_nh",
         "criticism of religions and ideologies without attacking believers", [
    ("Islam as a religion has some views on women I find hard to accept. doesn't mean I have a problem with my muslim neighbours", "mu"),
    ("I think all religions, christianity included, have done more harm than good historically. sorry not sorry", ""),
    ("the catholic church covering up abuse for decades is disgusting and the pope should answer for it", ""),
    ("halal slaughter without stunning should be banned, same as kosher. it's an animal welfare thing for me", "mu"),
    ("Circumcision of baby boys should be the boy's choice at 18. I know that upsets jewish and muslim parents but that's my view", "je"),
    ("I don't believe in god and I think teaching kids about hell is a nasty thing to do", ""),
    ("the imam who said that about gay people on TV was out of order, and plenty of muslims in town said so too", "mu"),
    ("Scientology is a scam and I will die on this hill", ""),
    ("not a fan of religious free schools at all, islamic, jewish or free church. one school for everyone", "mu"),
    ("the ultra-orthodox rules about women not singing in public seem really outdated to me", "je"),
    ("the quran has some violent verses. so does the old testament. most believers ignore those bits anyway", "mu"),
    ("I left the jehovah's witnesses and their shunning policy is cruel, ask anyone who got out", ""),
    ("Wahhabism funded by saudi money is a real problem in some european mosques, muslim organisations have said so themselves", "mu"),
    ("criticising islamism isn't the same as hating muslims. most victims of islamists are muslims", "mu"),
])

S.benign("policy_criticism_nh",
         "criticism of immigration, integration and other policies without attacking people", [
    ("I think denmark should take fewer asylum seekers and spend more helping refugees in the camps near home", "re"),
    ("the kommune's integration programme is badly run, the language classes have a 6 month waiting list", "im"),
    ("Immigration numbers are too high for our housing stock right now, we can't build fast enough. that's a planning problem not a people problem", "im"),
    ("EU free movement rules let the agencies underpay polish workers. the agencies are the problem here", "po"),
    ("I'm against the ghetto law. punishing people for the postcode they live in is just wrong", "im"),
    ("quotas for women on boards are the wrong tool imo, fix childcare and the rest follows", "wo"),
    ("people without citizenship who are convicted of serious violent crime should be deported. that's a policy view, not racism", "im"),
    ("disability benefit assessments are a mess, people with real needs get rejected while the system pays consultants", "di"),
    ("I don't think puberty blockers should be given to under 16s without much better evidence. trans adults should be left to live their lives though", "tr"),
    ("the UK's Rwanda plan was cruel, expensive and never worked", "re"),
    ("roma kids in our area have terrible school attendance and the council just shrugs. they need outreach, not neglect", "ro"),
    ("I'd vote for stricter rules on family reunification. doesn't make me racist, I think the system is overloaded", "im"),
    ("China's treatment of the Uyghurs is a genocide and our government is too cowardly to say so", "as"),
    ("the new rule that refugees have to live where they're placed for 5 years is stupid, they should move to where the jobs are", "re"),
])

S.benign("reporting_quoting_nh",
         "quoting or reporting hate in order to object to it", [
    ("someone wrote 'gas the jews' on the underpass by the station. reported it to the police and the kommune, pls do the same if you see it", "je"),
    ("@mods a guy in #general just called Abdi a 'monkey'. screenshot attached, can someone deal with it", "bl"),
    ("my son came home upset because a kid at school called him a 'paki'. what do I even say to the school?", "as"),
    ("a lad in our fifa lobby told my son to 'go back to Africa'. reported him to EA, anything else I can do?", "bl"),
    ("heads up, the account 'nordfront88' has been posting nazi stuff in the other groups. block and report", "je"),
    ("he literally said 'women don't belong on the pitch' in front of the u14 girls. not ok. I've emailed the board", "wo"),
    ("for the committee: someone in the stand shouted 'send them back in a boat' at our keeper. we need to act on this", "im"),
    ("the sticker on the lamppost says 'deport all muslims', anyone know who to call to get it removed?", "mu"),
    ("reporting this: someone in the fifa discord keeps calling people 'f*ggot' in voice chat", "ga"),
    ("my trans daughter was told 'you'll never be a real girl' by a parent at pickup. I'm shaking. what do I do", "tr"),
    ("graffiti on the somali community centre last night, 'go home' in red paint. volunteers cleaning it up at 10, come help", "so"),
    ("FYI a spectator kept yelling 'gypsy thief' at the away team's winger. we need to identify and ban him", "ro"),
    ("the teacher said 'retard' to a kid in my daughter's class. since when is that acceptable from staff??", "di"),
    ("man convicted for posting 'greenlanders should be shot' on facebook. good.", "gr"),
    ("this is what she got in her DMs after the match: 'go back to warsaw, polish whore'. this is why refs quit.", "po"),
])

S.benign("counter_speech_nh",
         "replies that push back against hate", [
    ("@Mikkel mate that's just racist. Abdi's been at this club longer than you", "so"),
    ("@Bent the arab family in 2B has lived here longer than you. they're not 'taking over' anything, they run the garden committee", "ar"),
    ("calling people vermin because of their religion isn't 'free speech', it's just ugly. be better", "mu"),
    ("we don't do that here. gay lads are welcome at this club, full stop", "ga"),
    ("nobody's 'flooding' anything, my parents came from Iraq in 1995 and pay more tax than you", "ar"),
    ("can we not with the jew jokes in the parents' chat? some of us have jewish kids in the class", "je"),
    ("> all poles steal\nmy polish neighbour fixed my boiler for free last winter. stop generalising", "po"),
    ("Trans people just want to use the loo and go to work. Leave them be.", "tr"),
    ("wheelchair users aren't a 'burden', they're members of this club like everyone else. that comment was vile", "di"),
    ("there's no 'replacement', there's just people having kids and moving for work. same as danes in spain", "im"),
    ("the roma kids at our school are brilliant, maybe meet some before you write that stuff", "ro"),
    ("greenlanders aren't drunks, that's a 70s stereotype that should've died with your grandad's opinions", "gr"),
    ("@Jens you can criticise refugee policy without calling actual refugees names. they're people", "re"),
    ("I'm white, my wife is black, and our kids are not 'mongrels'. grow up", "bl"),
    ("women referee premier league games now. if you think they can't, that's your problem not theirs", "wo"),
    ("the covid jokes at the asian staff need to stop. they're from Vejle, not Wuhan, and even if they weren't it's not ok", "as"),
    ("There is no such thing as a 'good' genocide. Holocaust deniers in this group can leave.", "je"),
])

S.benign("reclaimed_self_reference_nh",
         "members of a group referring to themselves, including reclaimed words", [
    ("as a big gay man I'm telling you the pride float needs more glitter \U0001f3f3\ufe0f\u200d\U0001f308", "ga"),
    ("us queers are hosting quiz night friday, everyone welcome", "ga"),
    ("I'm a dyke and I approve this message \U0001f602", "ga"),
    ("me and my crip friends are doing the accessible hike saturday, dm for details", "di"),
    ("as a muslim girl who plays in a hijab, this new kit is \U0001f525", "mu"),
    ("I'm trans and honestly the new changing room policy made my week, thank you committee", "tr"),
    ("typical jewish mother here, I've packed enough food for the whole away trip", "je"),
    ("proud gypsy traveller family, four generations in this town, ask me anything", "ro"),
    ("im greenlandic and no i dont live in an igloo lol. yes it is cold", "gr"),
    ("immigrant kid here, my mum still calls every pizza 'italian bread'", "im"),
    ("us polish lot are doing pierogi for the street party, come hungry", "po"),
    ("I'm autistic and I need the team chat to have clear times, not 'around 6ish' please \U0001f605", "di"),
    ("as a black woman in tech I laughed way too hard at this meme", "bl"),
    ("ex-refugee here, landed at Sandholm in 2015 with one bag, now I coach the u9s. life is weird", "re"),
])

S.benign("homonym_nh",
         "words that look like slurs but mean something else", [
    ("Nigeria vs Niger in the qualifier tonight, anyone streaming it?", ""),
    ("Scunthorpe away on saturday, coach leaves at 8", ""),
    ("mum's making faggots and peas for tea, proper black country", ""),
    ("the dyke along the coast road is being repaired, expect delays near Ribe", ""),
    ("this curry is spicy as hell, love it", ""),
    ("bike shop says the flame retardant spray is back in stock", ""),
    ("my car's tranny fluid was leaking, mechanic says it's the gearbox seal", ""),
    ("we saw a maine coon at the cat show, massive fluffy thing. the coon won best in show", ""),
    ("the gypsy moth caterpillars have eaten half the oaks in the park", ""),
    ("that's the chink in their armour: their left back can't defend a high ball", ""),
    ("Homo sapiens evolved in africa, that's tomorrow's lesson kids", ""),
    ("my nan still uses a fag lighter from 1982, absolute legend", ""),
    ("practising eskimo rolls in the pool tuesday, kayak club only", ""),
    ("I'll nip to Netto for more crisps, anyone want anything?", ""),
])

S.benign("non_protected_insult_nh",
         "insults, dehumanising words and hyperbole aimed at targets that are not protected groups", [
    ("the ref is a blind useless clown, how was that not a penalty", ""),
    ("Broendby fans are the thickest people in the country, prove me wrong", ""),
    ("Frederiksen has no idea what she's doing, worst PM in decades", ""),
    ("the landlord is a greedy parasite, hasn't fixed the heating in 3 months", ""),
    ("whoever keeps parking in the disabled bay without a badge is a selfish prick", ""),
    ("Man United fans are vermin, every single one of them \U0001f602", ""),
    ("the planning committee should all be sacked, useless idiots the lot", ""),
    ("Tories are scum, always have been", ""),
    ("boomers wrecked the housing market and now lecture us about avocado toast", ""),
    ("tax consultants are the cockroaches of the economy change my mind", ""),
    ("the bus company deserves to go bust for this new timetable \U0001f624", ""),
    ("Chelsea fans were absolute animals on the train last night, smashed two windows", ""),
    ("Mondays should be illegal", ""),
    ("the bloke from the housing association is a total muppet, three emails and no reply", ""),
    ("Trump is a moron, that's it, that's the post", ""),
    ("FCK ultras are a bunch of thugs and the club should ban them", ""),
])

S.benign("positive_group_nh",
         "warm or appreciative statements about a group", [
    ("the somali mums in our building organised the whole summer party, legends", "so"),
    ("Polish builders did our extension and honestly best work we've ever had done", "po"),
    ("Eid mubarak to all the muslim families in the club! \U0001f319 cake in the clubhouse", "mu"),
    ("the greenlandic drum dancing at culture night was incredible, goosebumps", "gr"),
    ("the refugees who joined the u17s this year have lifted the whole squad", "re"),
    ("shout out to the women's first team, promoted again! best side in the club by miles", "wo"),
    ("Happy Hanukkah to our jewish members \U0001f54e", "je"),
    ("the arab bakery on the corner has the best bread in copenhagen, fight me", "ar"),
    ("the arabic commentary of the final on youtube is the best thing I've heard all year \U0001f602", "ar"),
    ("our wheelchair basketball team won the regional cup!! so proud of them", "di"),
    ("big thanks to the trans volunteers who ran the bottle stall all weekend", "tr"),
    ("the vietnamese family who took over the kiosk have made it so much nicer", "as"),
    ("pride week at the club had the best turnout we've ever had \U0001f3f3\ufe0f\u200d\U0001f308", "ga"),
    ("black history month assembly at the school was really moving, the kids did so well", "bl"),
    ("the roma musicians at the market made my saturday, what talent", "ro"),
])

S.benign("neutral_mention_nh",
         "everyday logistics and questions that mention a group", [
    ("Ramadan starts next week, so u15 training moves to after 20:00 for the boys who are fasting", "mu"),
    ("is the prayer room at the sports hall open on fridays?", "mu"),
    ("the language caf\u00e9 for immigrants needs volunteers on wednesdays", "im"),
    ("The jewish community centre is hosting the chess tournament this year, address in the pinned post", "je"),
    ("got a flyer about greenlandic language classes at the library, anyone been?", "gr"),
    ("the refugee kids starting in 3B need a buddy each, sign-up sheet at the office", "re"),
    ("there's a women-only swim session tuesdays 19-20 now", "wo"),
    ("the ramp at the east entrance is broken, wheelchair users please use the main door today", "di"),
    ("We need a Polish interpreter for the tenants' meeting, a few residents in block 2 don't speak danish", "po"),
    ("gender neutral toilets on the 1st floor are finished, signs going up monday", "tr"),
    ("anyone know a good somali restaurant in Aarhus for a birthday dinner?", "so"),
    ("Chinese new year lanterns are up at the library, the kids made them", "as"),
    ("is the roma culture exhibition at the museum free on sundays?", "ro"),
    ("the arabic speaking parents asked for the newsletter in arabic too, can anyone translate?", "ar"),
    ("the black students' society is running a stand at the career fair, they need a table and two chairs", "bl"),
])

S.benign("news_violence_nh",
         "news and remembrance of violence, reported neutrally or with sympathy", [
    ("terrible news about the mosque in B\u00e6rum, glad the guy was stopped", "mu"),
    ("the attack at the synagogue in Krystalgade was 2015, my dad was on the street when it happened", "je"),
    ("police say the stabbing in the town centre was between two gangs, nothing to do with the festival", ""),
    ("18 people died when the migrant boat capsized off Lampedusa. awful", "im"),
    ("the man who attacked the gay bar in Oslo got 30 years. good", "ga"),
    ("breivik's parole hearing is on the news again, can't believe they give him airtime", ""),
    ("a trans woman was beaten up in Noerrebro last night, police are asking for witnesses", "tr"),
    ("the IUD scandal documentary about greenlandic girls is hard to watch but everyone should see it", "gr"),
    ("house fire in block 4, everyone got out but the somali family on the ground floor lost everything. collection at the office", "so"),
    ("remembering the Ut\u00f8ya victims today. 22 July. never forget", ""),
    ("they arrested the guy who threw a bottle at the referee, 3 year stadium ban", ""),
    ("a disabled man was pushed off his mobility scooter on the high street, police are looking for two men", "di"),
    ("the attack on the black student in Odense is all over the news, the suspect has been charged", "bl"),
    ("the Rwandan genocide memorial in Kigali was the most harrowing place I've ever been", ""),
])

S.benign("profanity_no_target_nh",
         "profanity that targets nobody", [
    ("fuck me it's cold at the pitch tonight", ""),
    ("shit shit shit forgot my boots again", ""),
    ("what the actual fuck was that second half", ""),
    ("bloody hell the queue at Netto", ""),
    ("fucking wifi in the clubhouse is down AGAIN", ""),
    ("holy shit we won 5-0 \U0001f602\U0001f602", ""),
    ("this fucking printer I swear to god", ""),
    ("damn that's a nice goal", ""),
    ("bollocks, missed the bus", ""),
    ("ffs who took the last of the coffee", ""),
    ("fuckkk my knee", ""),
    ("piss off autocorrect, I said ducking", ""),
])

S.benign("violent_idiom_nh",
         "violent idioms in sport, gaming and banter", [
    ("we're going to absolutely murder them on saturday", ""),
    ("kill the game in the last 10, keep the ball", ""),
    ("shoot on sight if their keeper's off his line", ""),
    ("gonna destroy you at fifa tonight, prepare to cry", ""),
    ("headshot the guy on the roof, he's been camping all round", ""),
    ("that tackle was a war crime lmao", ""),
    ("burn the tape of that match and never speak of it again", ""),
    ("we'll bury them in the second half", ""),
    ("nuke B site, smoke mid, go go go", ""),
    ("their midfield got slaughtered, beautiful to watch", ""),
    ("the u12s are on fire this season \U0001f525", ""),
    ("I will end you if you eat my sandwich again \U0001f602", ""),
    ("can't wait to smash the Swedes in the handball final", ""),
])

S.benign("negated_hate_nh",
         "explicit rejection of a stereotype about a group", [
    ("refugees are not criminals, the numbers just don't show that", "re"),
    ("Muslims aren't terrorists. Terrorists are terrorists.", "mu"),
    ("being gay is not a disease, and the guy who said that at the parents' meeting needs to read a book", "ga"),
    ("trans women are not a threat in changing rooms, there's zero evidence for that", "tr"),
    ("jews don't control the media, that's a nazi conspiracy theory", "je"),
    ("poles aren't 'stealing jobs', they're doing jobs nobody else applied for", "po"),
    ("No, roma aren't all thieves. The ones I know run a carpet business in Malm\u00f6", "ro"),
    ("greenlanders aren't lazy, they're dealing with a housing market nobody can afford", "gr"),
    ("being disabled doesn't make anyone a burden", "di"),
    ("black people aren't more violent, poverty is what predicts crime", "bl"),
    ("women are not worse refs, the stats say they make fewer errors", "wo"),
    ("somalis aren't the reason the youth club closed, the budget cuts were", "so"),
    ("asians aren't 'all the same', that's just lazy", "as"),
])

S.benign("genuine_question_nh",
         "sincere questions about a group", [
    ("genuine question, is it ok to say 'black' or do people prefer 'people of colour' in denmark?", "bl"),
    ("how do muslim players usually handle fasting during summer tournaments? want to plan the schedule right", "mu"),
    ("does anyone know what pronouns the new coach uses? don't want to get it wrong", "tr"),
    ("what's the respectful word for roma in english? my kid asked and I didn't know", "ro"),
    ("are there any jewish holidays we should avoid booking the hall for in autumn?", "je"),
    ("how do we make the website more accessible for blind members?", "di"),
    ("why do so many polish people work in construction here? is it the agencies?", "po"),
    ("Is Inuit the right word or is it Greenlander? getting confused", "gr"),
    ("what do refugees actually get per month in denmark? people keep throwing numbers around and I want the real figure", "re"),
    ("how many women coaches does the DBU have now? curious", "wo"),
    ("what's a good gift for a chinese colleague's wedding? don't want to mess up the colours", "as"),
    ("do somali families usually do birthday parties? want to invite my son's classmate", "so"),
    ("is arabic written right to left even for numbers?", "ar"),
])

S.benign("history_education_nh",
         "history, education and remembrance, including the words of past persecution", [
    ("the holocaust museum trip for year 9 is on the 14th, permission slips by friday", "je"),
    ("my grandad was in the resistance and helped jews escape to Sweden in 1943", "je"),
    ("the kids are doing a project on Danish colonial history in Greenland, fascinating stuff", "gr"),
    ("the nazis murdered thousands of disabled people in the T4 programme before the camps even started. people don't know that", "di"),
    ("the Porajmos was the Roma genocide in WWII, it's barely taught in schools", "ro"),
    ("Pink triangles were what gay men were forced to wear in the camps. The pride flag at the memorial today made me cry", "ga"),
    ("podcast rec: the episode about the slave forts Denmark ran on the gold coast. grim but important", "bl"),
    ("the Srebrenica memorial is 11 July, the mosque in Odense is holding a vigil", "mu"),
    ("the school sent parents a guide to nazi codes like 14 words and 88 so we can spot them in the kids' chats", "je"),
    ("the Chinese Exclusion Act was a real US law, the kids were shocked", "as"),
    ("we watched Schindler's List in class today, everyone was silent after", "je"),
    ("did you know women in Denmark only got the vote in 1915?", "wo"),
    ("Polish pilots in the Battle of Britain shot down more planes than almost anyone, respect", "po"),
])

S.benign("sarcasm_against_bigotry_nh",
         "sarcasm aimed at bigots, not at the group", [
    ("oh no, a halal pizza place opened, western civilisation is finished \U0001f644", "mu"),
    ("lol at the guy complaining the refugees 'took his job'. mate you've been on the sofa since 2009", "re"),
    ("yes Henrik, the two gay dads at the bake sale are definitely destroying society with their lemon drizzle \U0001f644", "ga"),
    ("'they're taking over' - it's three polish families and a five-a-side team, calm down", "po"),
    ("funny how the 'jews control everything' crowd can't even control their own spelling", "je"),
    ("love how a girl scores and suddenly the comments are full of men who haven't touched a ball since 1998 \U0001f602", "wo"),
    ("imagine being scared of a trans woman buying a sandwich. couldn't be me", "tr"),
    ("wow a somali kid got top marks, someone alert the comments section, their worldview is collapsing", "so"),
    ("brave keyboard warrior calling greenlanders lazy from his mum's basement at 2pm on a tuesday", "gr"),
    ("Arabic on a shop sign?! Call the army! \U0001f644 it's a bakery, Bent", "ar"),
    ("ah yes, the chinese takeaway owner, secret mastermind of the world economy \U0001f644 he just wants you to pay for your spring rolls, Kurt", "as"),
])

S.benign("state_criticism_nh",
         "criticism of governments and regimes, not of peoples", [
    ("the israeli government's bombing of gaza is indefensible. criticising netanyahu is not antisemitism", "je"),
    ("Iran's regime hangs gay people and executes protesters, sanction them hard", ""),
    ("Saudi Arabia buying football clubs to sportswash is gross", ""),
    ("the chinese communist party is an authoritarian regime, that's just a fact", ""),
    ("Russia's war in Ukraine is a war crime from start to finish", ""),
    ("poland's near-total abortion ban was cruel and I'm glad people protested", ""),
    ("the Taliban banning girls from school is an atrocity", ""),
    ("Hamas committed atrocities on October 7th and Israel is committing atrocities in Gaza. both things can be true", ""),
    ("Erdogan jails journalists, no idea why the EU keeps cosying up to him", ""),
    ("the Danish state's treatment of Greenland in the 50s and 60s deserves a proper apology", "gr"),
])

S.benign("personal_conflict_nh",
         "insults and rows between people that have nothing to do with a protected trait", [
    ("@Lars you're an absolute idiot if you think we can play 4-3-3 with this squad", ""),
    ("@Mette stop spamming the group with your essential oils ffs", ""),
    ("@Peter grow up, you're 45 and still sulking about being subbed off", ""),
    ("@Sofie you're honestly the most annoying person in this chat, no offence", ""),
    ("@Jakob shut up mate, you've been wrong about every transfer this year", ""),
    ("whoever nicked my bike from the rack, I hope your tyres go flat forever, you scumbag", ""),
    ("@Anders your dog shat on my doorstep again, clean it up or I'm calling the association", ""),
    ("@Kim stop being such a drama queen about the parking", ""),
    ("@Rasmus mate you play like my nan, and she's been dead ten years", ""),
    ("@Ahmed you still owe me 200 kr for the pizza, pay up you cheapskate \U0001f602", ""),
])

S.benign("code_lookalike_nh",
         "numbers and words that resemble extremist codes in innocent contexts", [
    ("the bus is the 88, leaves from Noerreport at 14:14", ""),
    ("final score 14-8 to us in the handball, great effort", ""),
    ("we need 88 chairs for the christmas party, who has the key to the storage room?", ""),
    ("the new fibre plan is 1488 kr a quarter?? ripoff", ""),
    ("HH = half holiday at school on friday, pickup at 12", ""),
    ("the white team plays the black team in the scrimmage, bring both shirts", ""),
    ("Old Norse runes workshop at the library, the kids can write their names in futhark", ""),
    ("the viking themed birthday party was a hit, horns and all", ""),
    ("the Reichstag tour was the best part of the Berlin trip", ""),
    ("page 88 in the handbook has the rules on rolling subs", ""),
    ("Valhalla is the best bar in town for darts, see you there thursday", ""),
])

# ------------------------------------------------------------- validation

GROUP_WORDS = re.compile(
    r"(?i)\b(muslims?|islam|islamic|jews?|jewish|blacks?|roma|romani|"
    r"gypsy|gypsies|greenlanders?|greenlandic|gays?|trans|wom[ae]n|"
    r"disabled|arabs?|arabic|somalis?|somali's|poles?|polish|asians?|"
    r"chinese|refugees?|immigrants?|migrants?)\b")


def frame(text):
    return re.sub(r"\s+", " ", GROUP_WORDS.sub("<G>", text.lower())).strip()


def validate(suite, rows):
    errors = []
    seen = {}
    frames = defaultdict(set)
    names = set()
    for name, _desc, items in suite:
        if name in names:
            errors.append("duplicate functionality %s" % name)
        names.add(name)
        if not (name.endswith("_h") or name.endswith("_nh")):
            errors.append("%s: name must end in _h or _nh" % name)
        if len(items) < MIN_CASES:
            errors.append("%s: only %d cases" % (name, len(items)))
        for text, tgt, cat in items:
            if name.endswith("_h") and not cat:
                errors.append("%s: hateful row without category: %r" % (name, text))
            if name.endswith("_nh") and cat:
                errors.append("%s: non-hateful row with category: %r" % (name, text))
    for r in rows:
        text = r["test_case"]
        if not text.strip():
            errors.append("%s: empty message" % r["case_id"])
        key = re.sub(r"\s+", " ", text.lower()).strip()
        if key in seen:
            errors.append("%s duplicates %s" % (r["case_id"], seen[key]))
        seen[key] = r["case_id"]
        hateful = r["functionality"].endswith("_h")
        if r["label_gold"] != ("hateful" if hateful else "non-hateful"):
            errors.append("%s: label does not match functionality" % r["case_id"])
        if r["target_ident"].startswith("?") or r["category"].startswith("?"):
            errors.append("%s: unknown code %s/%s" % (r["case_id"], r["target_ident"], r["category"]))
        if hateful:
            if r["category"] not in suitegen.CATEGORIES.values():
                errors.append("%s: hateful row needs exactly one category" % r["case_id"])
            if not r["target_ident"]:
                errors.append("%s: hateful row needs a target" % r["case_id"])
        elif r["category"]:
            errors.append("%s: non-hateful row has a category" % r["case_id"])
        frames[frame(text)].add(r["target_ident"])
    for f, groups in sorted(frames.items()):
        if len(groups) > MAX_FRAME_GROUPS:
            errors.append("frame used for %d groups: %r" % (len(groups), f))
    return errors


# ----------------------------------------------------------------- README

def readme(suite, rows):
    total = len(rows)
    hate = [r for r in rows if r["label_gold"] == "hateful"]
    nh = total - len(hate)
    by_cat = Counter(r["category"] for r in hate)
    by_tgt = Counter(r["target_ident"] for r in hate)
    per_fn = OrderedDict()
    for name, desc, items in suite:
        per_fn[name] = (desc, len(items))
    n_h = sum(1 for n in per_fn if n.endswith("_h"))
    n_nh = len(per_fn) - n_h
    cats = ", ".join("%s %d" % (c, by_cat[c]) for c in suitegen.CATEGORIES.values())
    tgts = ", ".join("%s %d" % (t, n) for t, n in
                     sorted(by_tgt.items(), key=lambda kv: (-kv[1], kv[0])))
    out = []
    w = out.append
    w("# English chat-language hate-speech suite 3 (`eval/suites/en3`)")
    w("")
    w("> **Content warning.** This directory contains offensive language: slurs,")
    w("> threats, dehumanising statements, hateful jokes and extremist slogans")
    w("> in English. They are here on purpose, as test cases for a moderation")
    w("> tool. Nothing in these files expresses the views of the author or of")
    w("> the trygbot project.")
    w("")
    w("A held-out test suite for trygbot's English hate-speech detection: %d" % total)
    w("realistic English chat messages as written by people in the Nordics and")
    w("in UK/US online communities, in local community chats (sports clubs,")
    w("school parents' groups, gaming Discords, housing associations,")
    w("neighbourhood groups, youth clubs, workplace chats, local politics")
    w("threads, football fan chats). The hateful cases go beyond simple")
    w("templates: implicit, question-form, sarcastic, joke-framed, coded and")
    w("evasion-spelled hate, pronoun references across sentences and")
    w("@-reply harassment. The non-hateful cases are hard contrasts: criticism")
    w("of religions and policies, quoted and reported hate, counter-speech,")
    w("reclaimed self-reference, slur-like homonyms, insults of non-protected")
    w("targets, violent idioms, news about violence, history, and numbers that")
    w("look like extremist codes. %d cases are hateful (%d%%), %d non-hateful."
      % (len(hate), round(100.0 * len(hate) / total), nh))
    w("")
    w("## How it was written")
    w("")
    w("Written in session 6 by a writer who had not read the rule packs, the")
    w("engine, its tests, documentation or earlier results, and who did not run")
    w("the engine on the cases; the only material consulted was the shared")
    w("writer helpers (`eval/suites/suitegen.py`: columns, categories, target")
    w("codes), the format and category precedence of `eval/suites/da2`, and the")
    w("product notes. The suite is therefore a measurement of the rules, not a")
    w("copy of them. No public data set was read or copied.")
    w("")
    w("Every message was written by hand, one at a time. There are no")
    w("templates: `generate.py` holds the messages as lists per functionality,")
    w("numbers them, validates them and writes `messages.csv` and this README.")
    w("The validation checks that labels match functionality names (`_h` /")
    w("`_nh`), that every hateful row has exactly one category and a target,")
    w("that non-hateful rows have no category, that there are no duplicates,")
    w("that each functionality has at least %d cases, and that no sentence" % MIN_CASES)
    w("frame (the message with the group word blanked out) occurs for more")
    w("than %d groups." % MAX_FRAME_GROUPS)
    w("")
    w("Regenerate (deterministic, byte-identical output) and validate:")
    w("")
    w("```sh")
    w("python3 eval/suites/en3/generate.py          # writes messages.csv and README.md")
    w("python3 eval/suites/en3/generate.py --check  # only validates and prints counts")
    w("```")
    w("")
    w("Run it from the repository root with `go run . eval eval/suites/en3/messages.csv`.")
    w("")
    w("## Format")
    w("")
    w("UTF-8 CSV, header `%s`." % ",".join(suitegen.HEADER))
    w("")
    w("| column | meaning |")
    w("|---|---|")
    for row in suitegen.column_rows("en3", "en", test_case="the message (a few contain a line break or non-Latin look-alike letters on purpose)"):
        w(row)
    w("")
    w("Category precedence for hateful rows (first match wins), as in `eval/suites/da2`:")
    w("")
    for line in suitegen.PRECEDENCE:
        w(line)
    w("")
    w("The category follows what a message does, not the functionality it was")
    w("written for: a pronoun-frame message that wishes violence is a `threat`,")
    w("an evasion-spelled slur is a `slur`, a Holocaust joke is `extremism`.")
    w("Far-right number codes are given the target `jews` (and `black people`")
    w("for white-power codes).")
    w("")
    w("## Counts")
    w("")
    w("%d cases: %d hateful (%d%%), %d non-hateful; %d functionalities (%d hateful, %d non-hateful)."
      % (total, len(hate), round(100.0 * len(hate) / total), nh, len(per_fn), n_h, n_nh))
    w("")
    w("Hateful rows by category: %s." % cats)
    w("")
    w("Hateful rows by target: %s." % tgts)
    w("")
    w("| functionality | cases | what it tests |")
    w("|---|---:|---|")
    for name, (desc, n) in per_fn.items():
        w("| `%s` | %d | %s |" % (name, n, desc))
    w("")
    w("## Licence")
    w("")
    w("The messages and this README are licensed under CC BY 4.0")
    w("(https://creativecommons.org/licenses/by/4.0/), as part of trygbot.")
    w("")
    return "\n".join(out)


def main():
    rows = suitegen.build_rows(S, PREFIX, LANG)
    errors = validate(S, rows)
    hate = sum(1 for r in rows if r["label_gold"] == "hateful")
    print("%d cases: %d hateful, %d non-hateful" % (len(rows), hate, len(rows) - hate))
    for name, _d, items in S:
        print("  %-34s %3d" % (name, len(items)))
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)
    if "--check" in sys.argv[1:]:
        print("ok")
        return
    suitegen.write_suite(HERE, rows, readme(S, rows))
    print("wrote messages.csv and README.md")


if __name__ == "__main__":
    main()
