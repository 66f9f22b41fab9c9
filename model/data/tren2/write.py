#!/usr/bin/env python3
"""Write model/data/tren2/data.csv: English training messages for trygbot.

Focus: ordinary non-hateful English talk that a moderation model must leave
alone, plus a minority of closely matched hateful rows. Every message below was
written by hand for this set. Standard library only; output is deterministic.
"""
import csv
import os
from collections import Counter

LANG = "en"
CATEGORIES = {"slur", "dehumanisation", "generalisation", "threat", "extremism", "harassment"}
ROWS = []


def hate(functionality, category, target, messages):
    assert category in CATEGORIES, category
    assert functionality.endswith("_h") and not functionality.endswith("_nh"), functionality
    for m in messages:
        ROWS.append((m, "hateful", category, functionality, target, LANG))


def ok(functionality, target, messages):
    assert functionality.endswith("_nh"), functionality
    for m in messages:
        ROWS.append((m, "non-hateful", "", functionality, target, LANG))


# ---------------------------------------------------------------------------
# NON-HATEFUL
# ---------------------------------------------------------------------------

# Everyday chat that mentions a group in passing.
ok("everyday_mention_nh", "muslims", [
    "our neighbours are fasting for ramadan so we're keeping the bbq smoke down till after sunset, they invited us for iftar on friday",
    "can we move the 5-a-side to 8pm? Yusuf and Karim want to break their fast first",
    "Eid mubarak to everyone in the building who's celebrating! the baklava by the lift is from flat 4, help yourselves",
    "new colleague asked where she could pray at lunch, we sorted out the small meeting room for her. easy",
    "the mosque on Hill St is doing the food bank collection again this year, drop-off Saturday morning",
])
ok("everyday_mention_nh", "jews", [
    "happy hanukkah to the Cohens downstairs, the kids loved lighting the candles with them",
    "shabbat dinner at Miriam's was amazing, I've never had challah that good",
    "Daniel can't do the saturday match, it's his cousin's bar mitzvah. need a sub at left back",
    "the jewish deli on the corner has the best rye bread in town, fight me",
])
ok("everyday_mention_nh", "gay people", [
    "my neighbour and his husband are watering my plants while I'm away, absolute legends",
    "the gay couple who run the bakery just had twins!! congrats Tom and Luis 🎉",
    "Ollie's bringing his boyfriend to the work christmas do, make sure there's a plus one on the seating plan",
    "our coach is gay and honestly the best coach the under 12s have ever had",
])
ok("everyday_mention_nh", "lesbians", [
    "two mums on the PTA are organising the raffle this year, if you have prizes give them to Jess or Priya",
    "my aunt and her wife are coming for easter so we need the extra chairs from the garage",
    "saw Kim and her girlfriend at the farmers market, they said hi to everyone",
])
ok("everyday_mention_nh", "trans people", [
    "Alex is trans and just got promoted to team lead, drinks friday to celebrate",
    "reminder that Sam uses they/them now, please update the rota names too",
    "new member on the climbing wall team, Mia, she's trans and she climbs like a spider lol",
    "our new upstairs neighbour is a trans guy who fixes bikes, he sorted my gears in five minutes",
])
ok("everyday_mention_nh", "disabled people", [
    "can we make sure the venue has step free access? Hannah uses a wheelchair and wants to come",
    "my deaf colleague taught half the office basic sign language over lunch breaks, it's been brilliant",
    "our goalkeeper has one arm and he still saved two penalties on sunday",
    "the blind guy in 3B always recognises everyone by their footsteps, it's kind of amazing",
    "the new ramp at the library is finally done, took them long enough",
])
ok("everyday_mention_nh", "autistic people", [
    "my son's autistic so we'll leave the party early if it gets too loud, hope that's ok",
    "Jonas is autistic and prefers written instructions, can we put the shift changes in the group chat rather than phoning",
    "quiet hour at the supermarket on tuesdays is a godsend for my autistic daughter",
])
ok("everyday_mention_nh", "immigrants", [
    "half of our office moved here from somewhere else and the lunch potluck is unreal because of it",
    "my neighbour came over from Portugal 20 years ago and still makes the best custard tarts on the street",
    "welcome to the two new families in block C! if anyone needs help with the bin schedule just ask",
    "the new lad at work just moved from Brazil, anyone know a decent football team he could join?",
])
ok("everyday_mention_nh", "black people", [
    "Marcus from the black barbershop on Queen St is sponsoring our kit this season 🙌",
    "the gospel choir from the church down the road is singing at the fete, it's going to be lovely",
    "my best mate is black and he still can't dance, don't let anyone tell you otherwise",
])
ok("everyday_mention_nh", "women", [
    "the women's team made the county final!! minibus leaves at 9",
    "the ladies' running group meets at the park gates at 6:30 if anyone wants to join",
    "my mum and her friends have started a book club and it's more drama than eastenders",
])
ok("everyday_mention_nh", "roma", [
    "a Roma family moved in across the road, their kids play football with mine every evening now",
    "went to a Roma music night at the arts centre, the violinist was unreal",
])
ok("everyday_mention_nh", "asians", [
    "Mei's mum sent in dumplings for the class party and they were gone in ten minutes",
    "Lunar new year dinner at the Nguyens' on saturday, bring something sweet",
])
ok("everyday_mention_nh", "refugees", [
    "the Syrian family from the language cafe helped us carry the sofa up four flights, such lovely people",
    "our club has three Ukrainian lads now, one of them is a beast in midfield",
    "the refugee support group needs winter coats, especially kids sizes",
])
ok("everyday_mention_nh", "bisexual people", [
    "Chloe mentioned she's bi at the pub and the only reaction was Gav asking if she wanted another pint",
    "my bi bestie is coming to the wedding, no plus one drama this time",
])
ok("everyday_mention_nh", "non-binary people", [
    "River's non-binary, so in the team newsletter use 'they' please",
    "one of the new staff is non-binary and honestly their spreadsheets are art",
])
ok("everyday_mention_nh", "hindus", [
    "happy diwali everyone! the Patels' lights are the best on the whole estate again",
    "Anil's fasting for navratri so don't offer him the sausage rolls",
])
ok("everyday_mention_nh", "sikhs", [
    "the gurdwara langar is open to everyone on sundays, went last week and the dal was incredible",
    "our new keeper wears a patka under his cap, ref checked it's fine so we're all good",
])

# Ordinary talk that mentions a nationality or origin: shops, food, travel.
ok("nationality_everyday_nh", "poles", [
    "the polish shop on Elm Road has fresh pierogi on thursdays, go early",
    "anyone know a good polish plumber? the last one we had was brilliant but moved back to Gdansk",
])
ok("nationality_everyday_nh", "somalis", [
    "tried the somali restaurant near the station, the goat and rice was unreal",
    "the somali women's group is running a sewing class at the community centre, free",
])
ok("nationality_everyday_nh", "turks", [
    "turkish barber did my fade for a tenner and burnt my ear hair off with a lighter, 10/10 experience",
    "we're off to Izmir in june, any tips from the turkish lot in here?",
])
ok("nationality_everyday_nh", "romanians", [
    "my romanian colleague brought in cozonac and now the whole office is obsessed",
    "learning romanian on duolingo because my girlfriend's family don't speak much english, wish me luck",
])
ok("nationality_everyday_nh", "chinese people", [
    "the chinese takeaway does a proper salt and pepper chips, not the sad ones",
    "our chinese exchange student is teaching the kids how to make jiaozi this weekend",
])
ok("nationality_everyday_nh", "pakistanis", [
    "Pakistan vs England on the big screen at the club, bring your flags whichever side you're on",
    "the pakistani sweet shop has jalebi fresh out the fryer at 5pm",
])
ok("nationality_everyday_nh", "greenlanders", [
    "saw a greenlandic drum dance at the festival, never seen anything like it",
    "my flatmate is from Nuuk and says our 'cold' weather is a joke",
])
ok("nationality_everyday_nh", "afghans", [
    "the afghan bakery does naan the size of a car tyre, no complaints",
    "Farid from the afghan restaurant gave us free tea cos we waited so long, top bloke",
])
ok("nationality_everyday_nh", "syrians", [
    "syrian shawarma place opened where the old bank was, queue round the block already",
])
ok("nationality_everyday_nh", "eastern europeans", [
    "selling a baby cot, pick up only. the lithuanian couple who wanted it last week never came back so it's free again",
    "bulgarian yoghurt from the eastern european shop is on another level",
])
ok("nationality_everyday_nh", "africans", [
    "the african grocer on Mill Lane sells plantain and scotch bonnets if anyone was asking",
    "jollof debate in the office: nigerian vs ghanaian. I'm staying neutral for my own safety",
])
ok("nationality_everyday_nh", "arabs", [
    "arabic coffee with cardamom is my new personality",
    "the lebanese place does a mezze platter for two that could feed six",
])
ok("nationality_everyday_nh", "indians", [
    "indian wedding this weekend, three days of dancing, pray for my knees",
])
ok("nationality_everyday_nh", "nigerians", [
    "my nigerian coworker roasted my jollof so hard I had to log off for the day",
])

# Positive and supportive statements about groups.
ok("positive_group_nh", "women", [
    "women are brilliant engineers and the fact that anyone still acts surprised by that is embarrassing",
    "three of our top five programmers are women, and none of them got there by accident",
    "shoutout to all the women refs in grassroots football who take abuse every weekend and still turn up",
    "girls can do anything, my 8 year old just beat the whole boys team at chess",
])
ok("positive_group_nh", "trans people", [
    "so proud of my trans sister, she's been through hell and she's still the kindest person I know ❤️",
    "trans people just want to live their lives and go to work like everyone else, is that so hard",
    "trans kids deserve to feel safe at school, full stop",
    "happy trans day of visibility to my favourite people 🏳️‍⚧️",
])
ok("positive_group_nh", "immigrants", [
    "immigrants literally staff half the NHS, a bit of gratitude wouldn't hurt",
    "my grandad came here with one suitcase and built a business that employed 40 people. immigrants built this town",
    "the nurses who looked after my dad were from the Philippines, Nigeria and Poland and they were angels",
])
ok("positive_group_nh", "muslims", [
    "the muslim lads at the mosque were first on the scene handing out water after the fire. respect",
    "muslim women in our neighbourhood run the best charity bake sale going",
])
ok("positive_group_nh", "disabled people", [
    "watching the paralympics and wondering why I complain about my morning jog",
    "disabled people are experts in their own lives, maybe ask them before designing the bus stops",
    "wheelchair basketball is the most brutal sport I've ever watched, huge respect",
])
ok("positive_group_nh", "gay people", [
    "love is love, happy pride everyone 🌈",
    "our gay uncles are the best babysitters, the kids come back with glitter and better manners",
    "so glad my son felt safe enough to come out to us. we love him exactly as he is",
])
ok("positive_group_nh", "autistic people", [
    "autistic people have been telling us what helps for years, glad the school finally listened",
    "my autistic colleague spotted a bug in the payroll system that three auditors missed",
])
ok("positive_group_nh", "refugees", [
    "refugees are people who survived the worst thing imaginable and started again. that's strength",
    "the refugee kids at my school picked up english faster than I learned french in 5 years",
])
ok("positive_group_nh", "black people", [
    "black history month assembly at school was brilliant, my kid came home talking about Mary Seacole all night",
    "black women are still underrepresented in medicine and the ones who make it are incredible",
])
ok("positive_group_nh", "deaf people", [
    "deaf culture is so rich, learning BSL opened a whole world for me",
])
ok("positive_group_nh", "roma", [
    "the Roma kids' dance group won the regional competition, massive congrats",
])
ok("positive_group_nh", "jews", [
    "jewish comedians carried the entire 20th century of comedy tbh",
])
ok("positive_group_nh", "non-binary people", [
    "non-binary folks in our club have made it a far friendlier place, glad they're here",
])
ok("positive_group_nh", "greenlanders", [
    "greenlandic throat singing is one of the most beautiful things I've heard",
])

# Identity statements and reclaimed words by in-group members.
ok("in_group_identity_nh", "gay people", [
    "as a gay man, I can confirm we did not all get the interior design gene. my flat is a disaster",
    "queer and proud, and still can't parallel park",
    "us gays are going to brunch at 11, straights welcome if you bring mimosas",
    "I'm gay and I hate pride playlists, sue me",
])
ok("in_group_identity_nh", "lesbians", [
    "as a lesbian, the amount of times I've been asked 'but who's the man' is genuinely exhausting",
    "lesbian with a uhaul joke incoming: we moved in after 3 weeks. we're fine. it's been 9 years",
])
ok("in_group_identity_nh", "trans people", [
    "I'm trans and today a stranger called me sir and it made my whole week 🥹",
    "trans woman here, happy to answer questions if they're asked in good faith",
    "two years on hrt today. I finally recognise the person in the mirror",
])
ok("in_group_identity_nh", "muslims", [
    "as a muslim I'm tired of having to condemn every attack like I personally had anything to do with it",
    "hijabi and a third dan black belt, so yes I can fight in this thing",
    "I'm muslim and I still don't know how to answer 'not even water??' for the 400th time during ramadan",
])
ok("in_group_identity_nh", "disabled people", [
    "as a wheelchair user I'd like to formally complain about every 'accessible' toilet being used as a storage cupboard",
    "I'm disabled and I'm allowed to joke about my own dodgy legs, thanks",
    "cripple punk gang, we out here with our canes and our opinions",
])
ok("in_group_identity_nh", "autistic people", [
    "autistic and I've rewatched the same show 14 times this year. it's called comfort, look it up",
    "as an autistic person, please stop using 'a bit autistic' to mean fussy",
])
ok("in_group_identity_nh", "black people", [
    "I'm black and from Yorkshire and people are STILL confused by my accent",
    "being the only black girl in the physics department taught me to speak up, early",
])
ok("in_group_identity_nh", "immigrants", [
    "I'm an immigrant and I've paid taxes here for 15 years, I'm allowed opinions on the bins",
    "as someone who came here as a refugee at 9, I cried at my citizenship ceremony",
])
ok("in_group_identity_nh", "jews", [
    "as a jew, I love that the whole office now knows what a latke is",
    "jewish mother stereotype confirmed: mine just called to ask if I've eaten. it's 10am",
])
ok("in_group_identity_nh", "women", [
    "as a woman in tech, the amount of times I get asked to take notes in meetings is unreal",
])
ok("in_group_identity_nh", "deaf people", [
    "deaf here, yes I can read lips, no please don't shout at me",
])
ok("in_group_identity_nh", "bisexual people", [
    "bi and no, I'm not 'just confused', I'm confused about loads of things but not that",
])
ok("in_group_identity_nh", "non-binary people", [
    "non-binary and the 'Mr/Mrs/Miss' drop down on every form is my nemesis",
])
ok("in_group_identity_nh", "romanians", [
    "romanian living here 8 years, I still get asked if we have electricity. we invented the jet engine mate",
])
ok("in_group_identity_nh", "greenlanders", [
    "I'm greenlandic and no I don't live in an igloo, I live in a flat with terrible wifi like everyone else",
])
ok("in_group_identity_nh", "pakistanis", [
    "pakistani aunties will feed you until you pass out and then ask why you're so thin. it's love",
])

# Debate on immigration policy (policy, not people).
ok("immigration_policy_debate_nh", "immigrants", [
    "net migration is too high for the housing we're building, that's a planning problem not a people problem",
    "I think we need stricter border controls AND a faster asylum process. both can be true",
    "the points based system was supposed to fix labour shortages and care homes are still begging for staff",
    "honestly I'd cap numbers lower than they are now, but the way some people talk about migrants is disgusting",
    "we can't keep putting asylum seekers in hotels for two years, process the claims and let them work",
    "@dave_k the numbers you posted are from 2016, the ONS figures from last year are completely different",
    "immigration isn't the reason your GP has a 3 week wait, a decade of underfunding is",
    "I voted for tighter immigration rules and I'm not racist, I just think the system is chaos. can we talk about the system",
    "should skilled visa holders be able to switch employers freely? seems exploitative otherwise",
    "family reunion rules are too strict imo, people wait years to see their kids",
    "the deportation flights policy cost a fortune and deported basically nobody. total waste",
    "open borders is a fantasy and so is zero immigration. the debate is somewhere in the boring middle",
])
ok("immigration_policy_debate_nh", "refugees", [
    "we should take more refugees from Sudan, the camps are overflowing and we have the capacity",
    "the small boats issue won't be solved until there are safe legal routes, simple as",
    "I don't think the council can house 200 more asylum seekers in a town with no spare GP places, we need a proper plan from government",
    "refugee quota systems across the EU never work because nobody agrees who takes how many",
    "why does it take 18 months to decide an asylum claim? that's a failure of the home office, not of the people waiting",
])

# Religion criticised as ideas, institutions or practices, not people.
ok("religion_as_ideas_nh", "muslims", [
    "I think all religions, islam included, have rules about women that don't belong in 2026",
    "sharia courts shouldn't have any legal standing in this country, one law for everyone",
    "apostasy laws in some muslim majority countries are barbaric and muslim reformers say so too",
    "I'm an atheist, I think the quran is just as man-made as the bible. doesn't mean I have a problem with my muslim neighbours",
    "should religious schools of any faith get state money? I'd say no, catholic, muslim or jewish",
])
ok("religion_as_ideas_nh", "christians", [
    "the catholic church covering up abuse for decades is one of the great scandals of our time",
    "creationism has no place in a science class, I don't care whose holy book it's from",
    "the bishops in the house of lords are an anachronism, get rid of them",
    "evangelical megachurches are basically tax-free businesses with a band",
])
ok("religion_as_ideas_nh", "jews", [
    "I disagree with the ultra-orthodox exemption from military service, it's unfair on everyone else. plenty of israelis say the same",
    "circumcision of infants should be debated openly, whether it's religious or not",
])
ok("religion_as_ideas_nh", "", [
    "religion is a set of ideas and ideas can be criticised. people deserve respect, ideas don't automatically",
    "halal and kosher slaughter without stunning should be banned on welfare grounds, same rule for both",
    "honestly organised religion has done as much harm as good, that's my take and I'm sticking to it",
])

# Gender politics debate.
ok("gender_politics_debate_nh", "women", [
    "the gender pay gap is mostly about childcare penalties, which is why parental leave reform matters",
    "I don't support quotas for boards, I'd rather fix the pipeline. happy to be argued out of it",
    "feminism has gone off the rails in some places but equal pay for equal work is still not done",
    "men's mental health is a real crisis and it's not anti-feminist to say so",
    "should the women's world cup get equal prize money? I think yes once the revenue catches up, others say now",
])
ok("gender_politics_debate_nh", "trans people", [
    "I think sports bodies should decide trans eligibility sport by sport with actual data, not blanket rules either way",
    "the waiting list for gender clinics is 5+ years, whatever your view that's cruel",
    "puberty blocker research is genuinely contested, I'd like better studies before anyone is certain",
    "prisons need a policy that keeps both trans women and other women safe, it's not impossible",
    "can we discuss single-sex spaces without either side screaming bigot or groomer? apparently not",
])
ok("gender_politics_debate_nh", "gay people", [
    "same-sex marriage passed years ago and society didn't collapse, funny that",
    "should churches be forced to marry gay couples? I'd say no, but the state must",
])

# Israel / Palestine debate.
ok("israel_palestine_debate_nh", "palestinians", [
    "the humanitarian situation in Gaza is catastrophic and aid needs to get in, now",
    "criticising the israeli government's military campaign is not antisemitism, it's politics",
    "Hamas doesn't represent every palestinian, same as Netanyahu doesn't represent every israeli",
    "a two state solution seems further away than ever, both leaderships have made sure of that",
    "the settlements in the west bank are illegal under international law, that's not a controversial statement",
    "free palestine doesn't mean hate jews, and anyone who uses it that way is hijacking the cause",
])
ok("israel_palestine_debate_nh", "jews", [
    "october 7th was a massacre of civilians and there's no context that makes that ok",
    "you can hold the israeli government responsible without blaming a jewish kid in Manchester for it",
    "jewish students on campus shouldn't have to hide their star of david because of a war abroad",
    "plenty of jews have marched for a ceasefire, stop treating them as one bloc",
])
ok("israel_palestine_debate_nh", "israelis", [
    "the hostages' families have been protesting against their own government for months",
    "israeli reservists refusing to serve in the west bank is a big deal and barely reported here",
    "boycotting israeli universities punishes the academics most critical of the government, I'm not convinced it works",
])

# Crime statistics discussed soberly.
ok("crime_stats_sober_nh", "immigrants", [
    "foreign nationals are overrepresented in some crime stats but when you control for age, sex and income most of the gap goes away",
    "the prison figures by nationality are interesting but they mix up tourists, residents and people in immigration detention",
    "young men commit most crime in every country, whatever their background. demographics matter more than passports",
    "the stabbing figures for London are worrying, but the drivers are poverty, gangs and cuts to youth services",
])
ok("crime_stats_sober_nh", "black people", [
    "stop and search hits black lads 7 times more, but the find rate is lower, so the targeting is clearly off",
    "arrest rates and conviction rates are different stats, the disparity in arrests says something about policing too",
])
ok("crime_stats_sober_nh", "", [
    "does anyone have the actual police data for our area? the facebook group is full of made up numbers",
    "knife crime is up 4% locally according to the council report, mostly in two wards. need more youth clubs tbh",
    "grooming gang inquiry findings should be published in full, victims deserve that, and hiding them just feeds the far right",
    "reported hate crimes went up but partly because reporting got easier, the report says as much",
])

# Criticism of governments, parties and politicians.
ok("government_criticism_nh", "", [
    "this government couldn't organise a piss up in a brewery",
    "the council spent 2 million on a new logo while the leisure centre roof leaks. unbelievable",
    "the PM's speech was pure waffle, not one actual policy in 40 minutes",
    "every party promises to fix the NHS and then hands it another sticking plaster",
    "our MP hasn't replied to a single email in two years, useless",
    "the energy bill rebate was a gimmick and everyone knows it",
    "labour, tories, whoever, the trains still don't run on time",
    "the far right party's manifesto is full of costings that don't add up, read page 12",
    "the green party's plan for the bypass is naive, they've never driven a lorry through the high street",
    "Reform's candidate here didn't even turn up to the hustings, says it all",
    "the Chinese government's treatment of the Uyghurs is a crime and trade deals shouldn't pretend otherwise",
    "the Saudi regime buying football clubs is sportswashing, plain and simple",
    "Erdogan jailing journalists again, the EU will do nothing as usual",
    "the Iranian regime executing protesters should be front page news every single day",
    "Trump's tariff announcement tanked my pension for a week, cheers mate",
    "the russian government lies about everything, I wouldn't trust their casualty numbers either",
    "the housing minister said 'build build build' and then scrapped the targets, pure comedy",
    "this budget hammers renters and pensioners and the chancellor calls it fair 🙃",
])

# Heated, rude or sarcastic arguments with no protected target.
ok("heated_argument_no_target_nh", "", [
    "that ref should be banned for life, blind as a bat and twice as useless",
    "whoever parked across my drive AGAIN, I will have you towed, I'm not joking this time",
    "you're honestly the most annoying person in this group and that's a competition",
    "oh wow another genius take from Kevin, truly we are blessed",
    "@mark_t mate you wouldn't know a fact if it slapped you in the face",
    "the landlord is a greedy parasite who hasn't fixed the boiler since october",
    "this chat is full of clowns today 🤡🤡🤡",
    "can the person who keeps leaving their dog's mess by the swings please grow up",
    "shut up Gary, nobody asked about your bloody extension",
    "the bin men skipped our road AGAIN, what exactly are we paying council tax for",
    "imagine being this wrong and this loud at the same time",
    "your opinion on the new roundabout is stupid and so is your haircut",
    "whoever designed this app should be locked in a room with it forever",
    "the committee are a bunch of power-tripping jobsworths, I'm resigning from the allotment society",
    "learn to read the rules before you start crying in the group chat, honestly",
    "the bus company can go to hell, 40 minutes late and then it didn't even stop",
    "ok boomer",
    "millennials and their avocado toast, clearly the reason the economy collapsed 🙄",
    "landlords are scum, every single one I've had",
    "bankers wrecked the economy in 2008 and got bonuses for it, never forget",
    "United fans are the most deluded people on the planet, you lost 4-0 mate",
    "city fans have no history, a plastic club with oil money",
    "the vegans in this group are going to hate this but I'm posting my bacon butty",
    "people who reply all to the whole company email deserve a special circle of hell",
    "karens in the school car park are out in full force this morning",
    "anyone who puts pineapple on pizza should lose the right to vote",
    "the cyclists on this road think the highway code is optional",
    "tory scum out, not one more year of this",
    "lefties will cry about anything, it's just a statue",
    "you absolute melt, you've locked us all out of the shared drive",
])

# Swearing and banter between friends.
ok("swearing_banter_nh", "", [
    "fucking hell that was a good night, my head is killing me",
    "you dickhead, you left the oven on all day",
    "oi shithead, you owe me a fiver from the quiz",
    "bloody typical, the one day I bring my washing in it stops raining",
    "haha you muppet, that's the wrong bus stop",
    "stop being such a wet wipe and come to the pub",
    "absolute scenes, Dave fell in the canal again 😂😂",
    "you're a bellend but you're our bellend",
    "shit the bed, I forgot it's my mum's birthday",
    "we got absolutely battered tonight lads, training on tuesday and nobody is skipping",
    "my brother is such a twat, he ate my leftovers AND labelled them as his",
    "get in you beauty!!! last minute winner!!!",
    "fuck mondays, fuck alarms, fuck this printer",
    "you cheeky sod, you nicked my charger",
    "bro you're so dead when mum sees the car",
    "I'm gonna murder that cheesecake tonight, no survivors",
    "that exam absolutely killed me, I want to lie in a ditch",
    "I'll kill you if you tell anyone about the karaoke video 😭",
    "mate you look like a thumb with that haircut",
    "the lads are a bunch of degenerates and I love them",
    "stfu and pass the crisps",
    "lmao you got absolutely clowned on in the group chat",
    "son of a bitch, I stubbed my toe on the same chair again",
    "christ on a bike, the queue at the tip is massive",
])

# Gaming trash talk without a protected target.
ok("gaming_trash_talk_nh", "", [
    "I'm going to destroy you in FIFA tonight, prepare your excuses",
    "gg ez, uninstall",
    "bro you're actually hardstuck bronze, it's embarrassing",
    "who let this guy have a mic, he's been breathing into it for 20 minutes",
    "our jungler is afk again, absolute throw",
    "I will end your whole bloodline in smash bros, mark my words",
    "noob team, 0/9/1 mid laner again",
    "headshot!! get rekt",
    "you play like my nan and she's been dead for ten years",
    "camping in the corner with a shotgun, coward behavior",
    "report our support, he's been healing the enemy team",
    "imagine losing to a bot lol",
    "yo who's the trash tier player who took my sniper",
    "nerf this character or I'm burning the servers down",
    "I'm gonna spawn camp you till you cry",
    "lag killed me again, this server is held together with tape",
    "1v1 me on rust, loser buys pizza",
    "skill issue tbh",
    "you're so bad at this game even the tutorial feels sorry for you",
    "we got stomped, 3 rounds to 13, everyone go touch grass",
    "ratio + L + you fell off",
    "you sweaty tryhard, it's a casual lobby",
    "my teammates have the collective IQ of a potato",
    "this lobby is full of smurfs, no way that's a level 12",
    "the final boss made me want to throw my controller through the tv",
    "we're gonna slaughter the other clan in the tournament saturday",
    "our discord's raid night was a total massacre lol, wiped 11 times",
    "bro died to fall damage in the final circle 💀",
])

# Genuine questions about groups.
ok("genuine_question_nh", "muslims", [
    "genuine question, is it rude to eat in front of a muslim colleague during ramadan? don't want to be that guy",
    "what's the difference between sunni and shia muslims? my kid asked and I had no idea",
    "do muslims celebrate christmas at all? our neighbours put up lights and I was curious",
    "is it ok to give a muslim friend a present wrapped in christmas paper or is that weird?",
])
ok("genuine_question_nh", "trans people", [
    "how do I ask a new coworker their pronouns without making it awkward?",
    "my daughter's friend just came out as trans, what's the best way for us as parents to be supportive?",
    "is 'transgendered' an ok word or should I say 'transgender'? want to get it right",
])
ok("genuine_question_nh", "jews", [
    "what do you bring to a shiva? my colleague's father died and I've never been to one",
    "is it offensive to say 'jewish' as an adjective? like 'a jewish person'? someone told me it was, seems odd",
    "why do some jewish men wear a kippah and others don't?",
])
ok("genuine_question_nh", "deaf people", [
    "do deaf people prefer 'deaf' or 'hearing impaired'? writing a leaflet for the club",
    "is BSL the same as ASL? thinking of learning one",
])
ok("genuine_question_nh", "autistic people", [
    "is it 'autistic person' or 'person with autism'? I've seen both and people get cross about both",
    "any autistic adults here who can recommend noise cancelling headphones that don't hurt after an hour?",
])
ok("genuine_question_nh", "disabled people", [
    "should I offer to help a blind person crossing the road or is that patronising? genuinely unsure",
    "what's the etiquette with someone's guide dog, can my kids pat it?",
])
ok("genuine_question_nh", "gay people", [
    "how do I tell my very religious parents I'm gay? any advice from people who've done it",
    "is it 'gay marriage' or just 'marriage' now? asking for a wedding card lol",
])
ok("genuine_question_nh", "roma", [
    "are roma and travellers the same thing? I always assumed so but someone said no",
    "is 'gypsy' considered a slur now? some people in my village use it about themselves",
])
ok("genuine_question_nh", "sikhs", [
    "why do sikh men wear turbans, is it a religious requirement? sorry if that's a dumb question",
])
ok("genuine_question_nh", "non-binary people", [
    "how do you use 'they' for one person in a sentence without it sounding confusing? still learning",
])
ok("genuine_question_nh", "black people", [
    "should I say 'black' or 'Black' with a capital? our style guide at work says different things",
    "why is it ok for black people to use the n-word between themselves but not for me? genuinely trying to understand",
])
ok("genuine_question_nh", "immigrants", [
    "how long does it actually take to get citizenship here? my partner's been here 6 years",
    "does anyone know where new arrivals can get free english lessons in town? asking for a neighbour",
    "is it true asylum seekers aren't allowed to work? that seems mad if so",
])
ok("genuine_question_nh", "greenlanders", [
    "what language do people in Greenland actually speak day to day? danish or greenlandic?",
])
ok("genuine_question_nh", "women", [
    "why are there so few women in plumbing? is it the training or the culture on site?",
])
ok("genuine_question_nh", "hindus", [
    "what's an appropriate gift for diwali? want to get something for my neighbour's kids",
])
ok("genuine_question_nh", "intersex people", [
    "what's the difference between intersex and trans? saw it in a documentary and got confused",
])

# News reports of crimes and attacks, and history.
ok("news_report_nh", "muslims", [
    "BREAKING: gunman opens fire at mosque during friday prayers, several injured, police say attack was racially motivated",
    "police charge 34-year-old man with arson after fire at islamic centre on Station Rd",
    "pig's head left outside a mosque in the city centre, police treating it as a hate crime",
])
ok("news_report_nh", "jews", [
    "synagogue in north london vandalised with swastikas overnight, community leaders call for calm",
    "man jailed for 6 years for plotting an attack on a jewish school, court hears he was radicalised online",
    "holocaust memorial day today: 6 million jews murdered, along with Roma, disabled people, gay men and others",
])
ok("news_report_nh", "", [
    "two men arrested after stabbing outside a nightclub in the town centre, victim in stable condition",
    "the suspect in the market attack had a history of mental illness, police say there's no terror link",
    "court told the defendant, a 22-year-old from Leeds, shouted abuse before attacking the bus driver",
    "terror attack at concert arena: 22 killed, islamist suicide bomber named by police",
    "the 2011 Utøya massacre was carried out by a far-right terrorist who murdered 77 people, mostly teenagers",
    "BBC: police have arrested a man after a car drove into pedestrians outside a shopping centre",
    "gang leader jailed for 18 years for trafficking women from eastern europe, judge calls it modern slavery",
    "Srebrenica, 1995: more than 8,000 bosniak muslim men and boys murdered. the UN has called it genocide",
    "Rwanda genocide anniversary today, 800,000 tutsi killed in 100 days. radio called them cockroaches beforehand, that's how it starts",
])
ok("news_report_nh", "gay people", [
    "gay bar in the city centre attacked, two men hospitalised, police appeal for witnesses",
    "Pulse nightclub shooting, orlando 2016: 49 people killed at a gay club. never forget",
])
ok("news_report_nh", "trans people", [
    "trans woman assaulted at bus stop, police are treating it as a transphobic hate crime",
    "report finds transphobic hate crimes reported to police rose 11% last year",
])
ok("news_report_nh", "black people", [
    "man convicted of racially aggravated assault after attacking a black teenager in a supermarket",
    "50 years since the New Cross fire, 13 young black people died. families still want answers",
])
ok("news_report_nh", "refugees", [
    "hotel housing asylum seekers targeted by rioters, windows smashed, staff trapped inside",
    "27 people drowned in the channel when a dinghy sank, the deadliest crossing on record",
])
ok("news_report_nh", "disabled people", [
    "care home staff jailed for abusing disabled residents after undercover filming",
])
ok("news_report_nh", "roma", [
    "european court rules that segregating roma children into separate classes was illegal discrimination",
])
ok("news_report_nh", "asians", [
    "rise in attacks on east asian people during the pandemic, new report shows",
])
ok("news_report_nh", "women", [
    "femicide census: 2 women a week killed by a man in this country, most by a partner or ex",
])

# Quoting or reporting hate in order to condemn it.
ok("quoting_to_condemn_nh", "muslims", [
    "some guy on the bus told a woman in a hijab to 'go back to where she came from'. I told him to shut his mouth and sat next to her",
    "screenshotting this comment that says all muslims are terrorists and reporting it, this isn't free speech it's bigotry",
    "my uncle said muslims are 'taking over' at christmas dinner and I finally told him that's a racist conspiracy theory",
])
ok("quoting_to_condemn_nh", "jews", [
    "someone spray painted 'jews control the banks' on the underpass, I've reported it to the council, please do too",
    "a guy in the comments is posting 'the goyim know' memes. mods please ban, that's straight up antisemitism",
    "the 'happy merchant' cartoon is an antisemitic caricature from nazi propaganda. stop sharing it as a joke",
])
ok("quoting_to_condemn_nh", "black people", [
    "a parent at the match called our striker a monkey. the ref stopped the game and I'm glad he did",
    "my son was told 'you're only on the team because you're black'. we've spoken to the coach and it's been dealt with",
    "the banana thrown on the pitch last night was disgusting, ban that fan for life",
])
ok("quoting_to_condemn_nh", "gay people", [
    "someone wrote 'fags out' on the rainbow crossing. the whole street turned up to repaint it the next morning ❤️",
    "a kid in my class keeps saying 'that's so gay' to mean rubbish. I told him it's not ok and why",
])
ok("quoting_to_condemn_nh", "trans people", [
    "my coworker keeps calling our trans colleague 'it'. that's dehumanising and I've reported it to HR",
    "people saying trans women are 'men in dresses' need to actually meet some trans women",
])
ok("quoting_to_condemn_nh", "disabled people", [
    "someone parked in the disabled bay and when challenged told the woman she 'didn't look disabled'. invisible illness exists, get a grip",
    "stop using 'retard' as an insult. my brother has down syndrome and hears it every day",
])
ok("quoting_to_condemn_nh", "immigrants", [
    "the leaflet pushed through my door said immigrants are 'invaders'. I've put it in the recycling where it belongs",
    "just heard a man at the checkout tell the cashier to 'learn english or go home'. she speaks four languages, he speaks one, badly",
    "to the person who wrote 'no foreigners' on the housing association board: it's been reported, and you're a disgrace",
])
ok("quoting_to_condemn_nh", "roma", [
    "the comments under the article about the roma camp are full of 'thieves' and 'vermin'. absolutely vile, where are the mods",
])
ok("quoting_to_condemn_nh", "asians", [
    "during covid someone shouted 'kung flu' at my mum in tesco. she's lived here 30 years. it still makes me furious",
])
ok("quoting_to_condemn_nh", "women", [
    "a guy in the gaming discord said 'women belong in the kitchen' and got instantly banned. good mods",
    "the 'she was asking for it' comments under the assault story make me sick",
])
ok("quoting_to_condemn_nh", "refugees", [
    "a councillor called refugees 'cockroaches' in a facebook post and he's still in the party? disgraceful",
])
ok("quoting_to_condemn_nh", "", [
    "1488 in someone's username is a nazi code, mods please keep an eye out for it",
    "if you see 'remigration' stickers around town they're from a far right group, report them to the council",
    "the 'great replacement' is a white supremacist conspiracy theory that's inspired mass shootings. don't spread it",
])

# Counter-speech: objecting to hate directly.
ok("counter_speech_nh", "muslims", [
    "@ray_b blaming every muslim for one attacker makes as much sense as blaming every christian for the IRA",
    "my muslim neighbours are the first to shovel everyone's snow. the hate in this thread is embarrassing",
])
ok("counter_speech_nh", "immigrants", [
    "@jen_w 'they don't contribute'? the polish guys on my building site pay more tax than half this group",
    "no mate, your wages are low because of your employer, not because of the bloke from Romania",
    "funny how 'immigrants take our jobs' and 'immigrants are lazy' get posted by the same people",
])
ok("counter_speech_nh", "trans people", [
    "trans women are women and I'm not going to debate someone's existence in a football group chat",
    "'protecting children' my arse, you just don't like trans people. say what you mean",
])
ok("counter_speech_nh", "gay people", [
    "it's 2026 and people are still upset two men held hands at the park. grow up",
    "being gay isn't a 'lifestyle choice', it's who someone is. hope that helps",
])
ok("counter_speech_nh", "jews", [
    "the 'jews run the media' stuff in this thread needs to stop. it's the oldest conspiracy theory there is",
    "criticise Israel all you want but the second you say 'the jews' you've crossed the line",
])
ok("counter_speech_nh", "black people", [
    "if your 'joke' only works because the guy is black, it's not a joke",
    "calling BLM 'thugs' because of a few idiots at one protest is lazy. most of them were parents with prams",
])
ok("counter_speech_nh", "roma", [
    "not all roma are beggars, the lad who runs the garage down the road is roma and he's fixed half the cars on our street",
])
ok("counter_speech_nh", "disabled people", [
    "'benefit scroungers' is what you call disabled people when you want to cut their money without feeling bad about it",
])
ok("counter_speech_nh", "women", [
    "'women can't referee' says the guy who's never refereed anything in his life",
])
ok("counter_speech_nh", "refugees", [
    "the kids drowning in the channel are not 'invaders', they're kids. have some humanity",
])
ok("counter_speech_nh", "", [
    "mods can we please get rid of the racist nonsense in this thread? it's a bike club",
    "if your 'banter' needs a protected characteristic as the punchline, find new material",
    "there's a difference between criticising immigration policy and hating immigrants, and half this thread doesn't know it",
])

# Negated hate: explicitly rejecting the group as the reason.
ok("negated_hate_nh", "muslims", [
    "it's not because he's muslim that I don't trust him, it's because he borrowed my ladder and never returned it",
    "I've nothing against the mosque, I just think 400 parking spaces on a residential road is too many for any building",
])
ok("negated_hate_nh", "immigrants", [
    "the problem with the new flats isn't who lives there, it's that the developer cut every corner on the build",
    "I'm not blaming foreigners, I'm blaming the agency that pays them under minimum wage",
])
ok("negated_hate_nh", "women", [
    "she's a bad manager, and that's got nothing to do with her being a woman. the last three men were awful too",
    "I didn't vote for her but not because she's a woman, I just hate her housing policy",
])
ok("negated_hate_nh", "gay people", [
    "nobody cares that he's gay, we care that he double booked the hall for the wedding and the quiz",
])
ok("negated_hate_nh", "black people", [
    "he got sent off because he kicked someone, not because he's black. the ref has been fair all season",
])
ok("negated_hate_nh", "trans people", [
    "I left the choir because of the rehearsal times, not because of the new trans member. please stop spreading that",
])
ok("negated_hate_nh", "poles", [
    "the builders were rubbish, and before anyone starts, they were from Essex not Poland",
])
ok("negated_hate_nh", "jews", [
    "my problem with the landlord is the mould, not his religion. can we stick to the mould",
])
ok("negated_hate_nh", "disabled people", [
    "the complaint was about the dog barking at 3am, not about the owner using a wheelchair. let's not twist it",
])

# Settings: school parents, housing association, sports club, workplace.
ok("community_setting_chat_nh", "", [
    "school parents: the year 4 trip to the farm is on the 12th, please send wellies and a packed lunch",
    "housing association meeting moved to thursday, agenda is the lift (again) and the bike shed",
    "anyone seen a grey cat with one white paw? answers to Biscuit, very fat, very stupid",
    "football club AGM: we need a new treasurer before Steve has a breakdown",
    "reminder for the allotments, no bonfires on weekdays, the people in the flats complained",
    "the new manager at work wants 'synergy' meetings at 8am every day, kill me now",
    "has anyone got a spare plug adapter? the new guy's from the US and his laptop charger doesn't fit",
])
ok("community_setting_chat_nh", "muslims", [
    "school parents: the canteen is doing a halal option every day from september, vegetarian still available",
    "the club is moving training to 9pm during ramadan for those fasting, it's optional for everyone",
    "our housing association is adding a prayer room to the community hall, anyone can use the quiet room when it's free",
])
ok("community_setting_chat_nh", "disabled people", [
    "sports club: we've got funding for a disability football session on mondays, tell anyone who might be interested",
    "HR reminder: if you need reasonable adjustments for the new office, talk to Priya by friday",
])
ok("community_setting_chat_nh", "immigrants", [
    "the language cafe at the library needs volunteers to chat in english with newcomers, just one hour a week",
    "school parents: translation into arabic, polish and urdu is available for the parent evenings, just ask the office",
])
ok("community_setting_chat_nh", "trans people", [
    "the gym has put in gender neutral changing cubicles, which is great because the old ones had no doors anyway",
    "our team's kit now comes in any cut you like, thanks to whoever pushed for that",
])
ok("community_setting_chat_nh", "deaf people", [
    "the christmas show will have a BSL interpreter at the 2pm performance, tell your friends",
])
ok("community_setting_chat_nh", "gay people", [
    "the rugby club is marching at pride this year, sign up on the sheet in the bar",
])
ok("community_setting_chat_nh", "jews", [
    "school parents: the kosher meals for the trip are ordered, let Mrs Levy know if I missed anyone",
])

# Buy-and-sell group.
ok("buy_sell_chat_nh", "", [
    "selling: kids bike, blue, 16 inch, £20 or swap for a scooter",
    "free to collect, sofa bed, a bit saggy but it folds. must go by sunday",
    "anyone got a prayer mat they don't use? my mother in law is visiting for a month",
    "ISO a second hand menorah for my kid's school project, will pay",
    "selling my old wheelchair, lightweight frame, barely used since I got the electric one",
    "wanted: arabic-english children's books, my twins are bilingual and we've read all ours",
    "free: box of hijab pins and under-scarves, I've switched styles",
    "selling pride flags left over from the festival stall, a quid each, all proceeds to the LGBT youth centre",
    "anyone want a sari? wore it once to a wedding, green and gold, gorgeous",
    "seller was a no show AGAIN, that's three time wasters this week, I'm giving the table away",
])

# History and education.
ok("history_education_nh", "", [
    "took the kids to the holocaust museum today, the room with the shoes had my daughter in tears. everyone should go",
    "the nazis murdered hundreds of thousands of disabled people in the T4 programme before the death camps even started",
    "the windrush generation were invited here to rebuild the country and then threatened with deportation decades later",
    "apartheid ended in 1994, that's within my lifetime. people forget how recent it was",
    "Section 28 banned schools from 'promoting homosexuality' until 2003. my teachers couldn't even help me",
    "the roma genocide, the porajmos, is almost never taught in schools and it should be",
    "the partition of India displaced 15 million people, my grandmother walked for weeks",
    "Mein Kampf is in the school library for the history A level, it's annotated and taught critically, that's fine",
    "the Armenian genocide should be recognised everywhere, it's not a 'disputed event'",
    "reading about the 'no blacks, no dogs, no irish' signs from the 60s with my teenager, she couldn't believe it",
    "the Greenlandic children taken to Denmark in 1951 as an 'experiment' got an apology decades later. grim history",
    "women couldn't get a mortgage without a man's signature in this country until the 1970s, wild",
    "the chinese exclusion act in the US lasted 61 years, something they didn't teach us",
])

# Sarcasm aimed at bigots, not at groups.
ok("sarcasm_at_bigots_nh", "", [
    "oh no, a woman reading the football results, however will the sport survive 🙄",
    "yes Brian, the two gay dads at the school gate are clearly the biggest threat to society, not the potholes",
    "ah yes, the classic 'I'm not racist but' followed by something extremely racist",
    "breaking: man who has never met a trans person is an expert on trans people",
    "can't wait for the comments blaming immigrants for the rain",
    "love how the guy who moans about 'foreigners' drives a german car, drinks belgian beer and eats chicken tikka every friday",
    "ah the annual tradition of someone getting angry that a muslim woman is on the cereal box",
    "wow a black mermaid, truly the end of civilisation as we know it",
    "some of you have never left your postcode and it shows",
])

# Violent idioms and jokes with no protected target.
ok("violent_idiom_nh", "", [
    "if my sister touches my hair straighteners again I'm actually going to kill her",
    "this heat is going to murder me, 34 degrees in the office",
    "I could strangle whoever invented self-checkout",
    "going to absolutely slaughter this roast dinner",
    "my boss is going to skin me alive when he sees this invoice",
    "the kids will be the death of me, three birthday parties in one weekend",
    "I'd burn down the whole IT department if I could, password reset #4 this week",
    "this traffic makes me want to drive into the sea",
])

# Talking about words and slurs (meta-discussion, no target).
ok("discussing_slurs_nh", "", [
    "is it ok to say 'gyp' as in 'my knee is giving me gyp'? someone told me it comes from gypsy",
    "the word 'queer' was used against my dad's generation and now I use it proudly, words change",
    "my gran still says 'coloured' and she genuinely doesn't know it's offensive, how do I tell her nicely",
    "the mods are right to auto-delete slurs, even 'as a joke', there's no way to tell who means it",
    "'spaz' was a normal playground word in the 80s, I cringe now thinking about it",
    "can we stop using 'special' as an insult? my nephew goes to a special school and he's brilliant",
])

# Good-natured sports rivalry and national banter without derogation.
ok("sports_rivalry_banter_nh", "", [
    "germany win on penalties, water is wet, nothing new",
    "scotland fans are the best travelling support in europe, no contest",
    "the french team was so good last night, hate to admit it",
    "brazil vs argentina is the only derby that matters, sorry england",
    "the dutch fans turned the whole square orange, best party of the tournament",
    "denmark bottled it again, I need a lie down",
    "welsh rugby fans singing in the rain with a 30 point loss, you have to love them",
])

# Rude online debate where the target is an argument, a person's opinion or an organisation.
ok("rude_debate_no_protected_target_nh", "", [
    "@tom_h your immigration 'plan' is three slogans and a flag emoji, come back with numbers",
    "mate you've posted the same debunked migration graph five times, it's still wrong",
    "you're not 'just asking questions', you're sealioning and everyone can see it",
    "the home secretary is an incompetent liar and her asylum bill is a mess",
    "every time someone says 'woke' in this group I lose a brain cell",
    "your argument about the hijab ban is incoherent, you want the state to tell women what to wear either way",
    "stop quoting random tiktok 'experts' about trans healthcare and read an actual study",
    "the anti-immigration crowd and the open-borders crowd are both screaming at each other while nothing gets fixed",
    "if you think the EU is a communist plot you need to log off and go for a walk",
    "you're a coward hiding behind an anonymous account and you know it",
    "I'm done arguing with you about Israel, you clearly haven't read anything beyond headlines",
    "the council's 'community cohesion' report is 80 pages of buzzwords, who writes this stuff",
])
ok("extremist_groups_criticised_nh", "", [
    "ISIS murdered more muslims than anyone else, they're a death cult and nothing to do with my neighbours",
    "the taliban banning girls from school is a crime against an entire generation of afghan women",
    "Hamas are a terrorist organisation, and the civilians in Gaza are not Hamas",
    "the KKK still exists and still recruits, people think it's all history",
    "the far right group that marched through town on saturday were about 30 blokes and 300 counter-protesters 😂",
    "neo-nazis handing out leaflets outside the school, police have been called",
    "Boko Haram kidnapped another 200 schoolgirls and it barely made the news here",
    "the incel forums are radicalising teenage boys and schools need to talk about it",
])

# Workplace chat mentioning colleagues of every background.
ok("workplace_chat_nh", "", [
    "big welcome to Fatima who's joining finance from Monday, she's moving from the Birmingham office",
    "Kofi's leaving do is at the Crown on friday, he's off back to Accra to start his own firm, we'll miss him",
    "Oksana covered my whole shift while I was at the hospital, honestly the best colleague ever",
    "can someone book the big room for Wednesday? Ravi's doing the diwali quiz for the whole floor",
    "Ahmed's out for Eid on tuesday and wednesday, Sarah's covering his clients",
    "the new intern is profoundly deaf, we're getting captions turned on for all teams calls, should've done it years ago",
    "shout out to Lena for sorting the pride month fundraiser, we raised £1,200",
    "Tomasz just passed his english B2 exam and he's been here 8 months, what a legend",
    "Jade's on maternity leave from next week, send cake",
    "our new head of IT is a woman from Lagos and she's fixed more in two weeks than the last guy did in two years",
])

# More positive and supportive.
ok("supportive_statement_nh", "", [
    "to the lad in the group who just came out, proud of you, nothing changes, see you at training",
    "whatever your religion or none, happy holidays from all of us at the allotment society",
    "this club is for everyone. whoever you are, wherever you're from, whoever you love, you're welcome here",
    "our street's whatsapp is 40 families from about 15 countries and it's the best group I'm in",
    "so proud of the kids at the school for making the welcome poster in 12 languages",
    "my trans son starts uni next week, terrified and excited for him 🥹",
    "mixed race kids growing up with two cultures and two sets of grandparents are so lucky",
    "the autistic-led cafe in town is brilliant, calm lighting, no music, amazing cake",
    "women's football attendance records broken again, keep going girls",
    "massive respect to the deaf lad who played the whole season and learnt everyone's lip patterns",
    "huge thanks to the Sikh volunteers who fed the whole flood relief team this week",
    "my gran's carer is from Ghana and she treats her like her own mum. I'll never forget it",
])

# More everyday chat.
ok("everyday_mention_nh", "", [
    "my brother in law is chinese-jamaican and his christmas dinner is the stuff of legend",
    "mixed family problems: arguing whether it's 'biryani' or 'biriyani' on the birthday cake",
    "the afro-caribbean carnival is this weekend, roads shut from 10",
    "our kid's best friend has two dads and a tortoise called Gary, in that order of importance",
    "just met the new neighbours, he's from Tehran and she's from Cork, they've got a greyhound",
    "my girlfriend's dad is a rabbi and my dad's a lapsed catholic, the wedding planning is a comedy",
    "cousin's wedding is half Sikh half Scottish, there will be bagpipes AND dhol drums",
    "Muhammad is the most common baby name in the hospital where my wife works, fun fact",
])

# ---------------------------------------------------------------------------
# HATEFUL (close to the conversations above, tipping into attacks on people)
# ---------------------------------------------------------------------------

# Negative generalisations, derogation, conspiracy tropes, exclusion, burden.
hate("immigration_debate_tips_h", "generalisation", "immigrants", [
    "it's not about policy anymore, these people just don't share our values and never will",
    "I've got nothing against immigration, I've got something against immigrants. lazy, entitled, the lot of them",
    "every immigrant I've met is on benefits and has 6 kids, they come here for the handouts",
    "the town was lovely before they all arrived, now it's kebab shops and men staring at you on street corners",
    "migrants don't integrate because they don't want to. they want to turn this place into the dump they came from",
    "why do immigrants always end up in the crime pages? I think we all know why",
])
hate("immigration_debate_tips_h", "generalisation", "refugees", [
    "refugees my arse, they're all economic chancers with new iPhones and fake ages",
    "these 'refugees' are ungrateful. we give them a roof and they spit in our faces",
    "the asylum hotel is 200 military age men with nothing to do, lock up your daughters",
])
hate("crime_stats_tips_h", "generalisation", "somalis", [
    "the stats don't lie, somalis are just a violent people, it's in the culture",
    "block C was fine until the somalis moved in. now it's knives and khat on the stairs",
])
hate("crime_stats_tips_h", "generalisation", "black people", [
    "control for whatever you want, black people commit more crime because that's what they're like",
    "funny how every stabbing in london has the same kind of suspect. we're not allowed to say it but you know",
])
hate("crime_stats_tips_h", "generalisation", "roma", [
    "lock your car, the roma are back at the car park. they're all thieves, every one",
    "never hire a roma cleaner, they'll rob you blind, my mate found out the hard way",
])
hate("crime_stats_tips_h", "generalisation", "pakistanis", [
    "grooming gangs are just what pakistani men do, it's their culture and everyone's too scared to admit it",
])
hate("crime_stats_tips_h", "generalisation", "romanians", [
    "every pickpocket in the city centre is romanian, the police should just check anyone with the accent",
])
hate("religion_debate_tips_h", "generalisation", "muslims", [
    "I'm not criticising islam, I'm criticising muslims. every one of them is a potential bomber",
    "moderate muslims don't exist, they're just waiting for their turn",
    "a muslim will smile at you and lie to your face, it's literally allowed in their religion",
    "you can tell when muslims move onto a street, the whole area goes downhill within a year",
    "muslims have big families on purpose so they can outvote us in 20 years, it's the plan and they don't even hide it",
])
hate("conspiracy_trope_h", "generalisation", "jews", [
    "funny how the jews always end up owning the banks and the media, just a coincidence I'm sure",
    "follow the money on any war and you'll find the same people, and I think you know which people I mean",
    "the jews pushed the lockdowns to crash the economy and buy everything up cheap",
    "you can't criticise israel because the jews own every politician in westminster",
    "jews only care about money, that's not a stereotype it's a fact",
])
hate("israel_debate_tips_h", "generalisation", "palestinians", [
    "there are no innocent palestinians, they teach their kids to hate from birth",
    "palestinians are a made up people who only know how to blow things up",
])
hate("israel_debate_tips_h", "generalisation", "jews", [
    "every jew in this country is a zionist agent, they all answer to tel aviv",
    "the local jews should be made to condemn gaza before they're allowed to open their shops",
])
hate("gender_debate_tips_h", "generalisation", "women", [
    "women are too emotional to run anything bigger than a bake sale",
    "equal pay? they take a year off to have kids and then cry they earn less. women just aren't worth the same",
    "female refs should stick to netball, they don't understand the offside rule and never will",
    "women in tech are diversity hires who can't code, I've never met one who could",
])
hate("gender_debate_tips_h", "generalisation", "trans people", [
    "trans women are just perverts in dresses who want access to little girls",
    "trans people are mentally ill and should be treated, not affirmed",
    "every trans kid is a kid groomed by their woke parents, it's abuse",
    "the trans lot are ruining women's sport and they know exactly what they're doing, cheats by nature",
])
hate("exclusion_h", "generalisation", "gay people", [
    "no gays in the changing room, the lads won't feel comfortable and you can't blame them",
    "I don't want a gay coach near my son's team, just to be safe",
    "gay couples shouldn't be allowed to adopt, kids deserve a normal home",
])
hate("exclusion_h", "generalisation", "muslims", [
    "the housing association should stop letting flats to muslims, they don't fit in here",
])
hate("exclusion_h", "generalisation", "immigrants", [
    "the club should be for locals only, the foreigners can start their own",
])
hate("burden_h", "generalisation", "disabled people", [
    "disabled people are a drain on the taxpayer, half of them are faking it and the other half could work if they stopped feeling sorry for themselves",
    "why should I pay for ramps and carers for people who contribute nothing",
])
hate("burden_h", "generalisation", "greenlanders", [
    "greenlanders are all drunks living off danish money, they'd starve without us",
])
hate("joke_butt_group_h", "generalisation", "black people", [
    "why did the black guy bring a ladder to the party? because he heard the drinks were on the house. and someone's bike 😂",
])
hate("joke_butt_group_h", "generalisation", "asians", [
    "my new neighbours are chinese so I've started counting the cats on the street lol",
])
hate("joke_butt_group_h", "generalisation", "autistic people", [
    "autistic people are all emotionless weirdos who can't hold a conversation, 'on the spectrum' is just the nice way of saying it lol",
])
hate("joke_butt_group_h", "generalisation", "poles", [
    "how many poles does it take to do a job? one to do it and ten to claim benefits back home 😂",
])
hate("rhetorical_question_h", "generalisation", "muslims", [
    "why is it always muslims? serious question, why is it never buddhists blowing up concerts",
])
hate("rhetorical_question_h", "generalisation", "afghans", [
    "how many more of our girls have to get hurt before we admit afghan men just can't live in a civilised country?",
])
hate("rhetorical_question_h", "generalisation", "arabs", [
    "ever met an arab who didn't treat women like property? me neither",
])
hate("rhetorical_question_h", "generalisation", "bisexual people", [
    "why would anyone date a bisexual? they're greedy and they'll cheat with whoever's closest",
])
hate("rhetorical_question_h", "generalisation", "non-binary people", [
    "non-binary is just attention seeking for people who weren't interesting enough to be gay, isn't it?",
])
hate("rhetorical_question_h", "generalisation", "eastern europeans", [
    "is there a single eastern european in this town who isn't working cash in hand and drinking in the park?",
])
hate("rhetorical_question_h", "generalisation", "turks", [
    "why are turkish blokes always so aggressive? the one barber shop on our road has had police there twice",
])
hate("rhetorical_question_h", "generalisation", "africans", [
    "africans have had independence for 60 years and still can't run a country, what does that tell you",
])
hate("rhetorical_question_h", "generalisation", "syrians", [
    "the syrians get new flats and we get waiting lists. who's this country for again?",
])

# Attacks on one person because of a protected trait.
hate("go_back_at_person_h", "harassment", "immigrants", [
    "@nadia_k nobody asked for your opinion on our council, go back to your own country and fix that one",
    "@tomasz88 learn english properly before you post in a british group, you sound like a google translate",
    "@samir you've been here five minutes and you think you get a say? pack your bags mate",
])
hate("go_back_at_person_h", "harassment", "black people", [
    "@kwame_b you'll never be british no matter what your passport says, just accept it",
])
hate("go_back_at_person_h", "harassment", "muslims", [
    "@aisha_m take that rag off your head if you want to be taken seriously in this group",
    "@hassan you say you love this country but we all know where your loyalty lies, mosque first",
])
hate("go_back_at_person_h", "harassment", "chinese people", [
    "@lily_w did you bring the virus with you when you moved in? asking for the whole street",
])
hate("misgendering_h", "harassment", "trans people", [
    "@jessica_r you'll always be a bloke called James to me, no amount of makeup changes that",
    "lol the new 'woman' on the darts team has bigger hands than my dad. nice try mate",
    "@alex_t 'they/them' lol, you're a girl with a haircut, get over yourself",
    "he can call himself Sophie all he wants, he's still a man and I'll keep saying he",
    "@noah_p you're not a man sweetheart, you're a confused little girl and everyone at work laughs about it",
])
hate("mocking_disability_h", "harassment", "disabled people", [
    "@mike_wheels bet you can't even reach the bar from down there lol, stick to watching",
    "@chris you talk like you've had a stroke, maybe let someone with a working brain run the meeting",
    "@greg_s watching you limp up to take that corner was the funniest thing all season, do the walk again for us 😂",
])
hate("mocking_disability_h", "harassment", "autistic people", [
    "@ben_k stop flapping your hands and try acting normal for once, everyone's staring",
])
hate("mocking_disability_h", "harassment", "deaf people", [
    "@deaf_dan WHAT? CAN'T HEAR ME? maybe that's why you're so thick",
])
hate("personal_attack_on_trait_h", "harassment", "gay people", [
    "@liam_j you throw like a girl, makes sense given who you go home to",
    "@marc_d no wonder you're rubbish at football, you'd rather be in the showers with the lads wouldn't you",
])
hate("personal_attack_on_trait_h", "harassment", "women", [
    "@sara_plays you only got into the squad because the clan needed a girl for the photos. go make a sandwich",
    "@emma_ref go back to the kitchen love, leave the whistle to the men",
])
hate("personal_attack_on_trait_h", "harassment", "jews", [
    "@dan_l of course you'd defend the landlord, your lot always stick together when there's money involved",
])
hate("personal_attack_on_trait_h", "harassment", "roma", [
    "@marius keep your kids away from my car, I know what your family does for a living",
])
hate("personal_attack_on_trait_h", "harassment", "lesbians", [
    "@kate_h you just need a real man to sort you out, then you'd stop with the lesbian phase",
])

# Dehumanisation: animals, vermin, disease, filth, objects.
hate("dehumanisation_h", "dehumanisation", "immigrants", [
    "they're not migrants, they're locusts. they strip a town bare and move onto the next",
    "immigrants are a cancer on this country and the tumour is spreading north",
])
hate("dehumanisation_h", "dehumanisation", "refugees", [
    "the boats are full of rats, and you don't welcome rats, you call pest control",
    "the hotel lot are animals, look at the state of the place after one month",
])
hate("dehumanisation_h", "dehumanisation", "muslims", [
    "muslims are a virus, they spread until the host is dead",
    "goat-shagging savages the lot of them, not even fully human",
])
hate("dehumanisation_h", "dehumanisation", "roma", [
    "the roma camp by the river is a rat nest, they're vermin, not neighbours",
    "gypos are filth, they leave their rubbish and their diseases wherever they park",
])
hate("dehumanisation_h", "dehumanisation", "black people", [
    "they should put that lot back in the zoo where they belong, swinging from the trees",
])
hate("dehumanisation_h", "dehumanisation", "africans", [
    "africans breed like rabbits and then expect us to feed the litter",
])
hate("dehumanisation_h", "dehumanisation", "jews", [
    "jews are parasites, they've been feeding off every host nation for two thousand years",
])
hate("dehumanisation_h", "dehumanisation", "trans people", [
    "trans people are its. not men, not women, just freaks of nature, things",
])
hate("dehumanisation_h", "dehumanisation", "gay people", [
    "gays are a disease and pride is where they go to spread it",
])
hate("dehumanisation_h", "dehumanisation", "disabled people", [
    "disabled kids are just vegetables in wheelchairs, there's nobody in there",
])
hate("dehumanisation_h", "dehumanisation", "chinese people", [
    "the chinese eat bats and dogs, they're barely more civilised than the animals they eat",
])
hate("dehumanisation_h", "dehumanisation", "pakistanis", [
    "pakistani men are dogs, they see a white girl and they can't control themselves",
])
hate("dehumanisation_h", "dehumanisation", "syrians", [
    "syrian cockroaches everywhere in the town centre now, they come out at night",
])

# Slurs used as the main attack.
hate("slur_h", "slur", "pakistanis", [
    "the pakis at the corner shop put the price of fags up again",
    "@imran_s shut it paki, nobody's talking to you",
])
hate("slur_h", "slur", "muslims", [
    "another towelhead running for the council, give me strength",
])
hate("slur_h", "slur", "jews", [
    "typical kike landlord, charges double and never fixes anything",
])
hate("slur_h", "slur", "gay people", [
    "our new striker is a total faggot, minces about and cries when he's tackled",
    "@jordan_p stfu fag, nobody wants you in this lobby",
])
hate("slur_h", "slur", "lesbians", [
    "the two dykes at number 12 have complained about my hedge again",
])
hate("slur_h", "slur", "trans people", [
    "some tranny was in the ladies at the pub, my missus nearly fainted",
])
hate("slur_h", "slur", "disabled people", [
    "the retards from the day centre are on the bus again, great start to the morning",
    "@sam_w you absolute spastic, you can't even walk straight let alone run the line",
])
hate("slur_h", "slur", "asians", [
    "the chinks in the flat upstairs cooking something that stinks again",
])
hate("slur_h", "slur", "black people", [
    "bunch of coons hanging round outside the chippy again",
    "@jayden you're a wog and you'll always be a wog, no matter how posh you talk",
])
hate("slur_h", "slur", "arabs", [
    "sand n*ggers bought the club and now they think they own the town",
])
hate("slur_h", "slur", "roma", [
    "gyppos have set up on the field by the school again, hide your bikes",
])

# Threats, calls for and wishes of violence.
hate("threat_h", "threat", "muslims", [
    "next time they try to build a mosque here we'll burn it down with them inside",
    "I hope someone drives a lorry into their eid party and sees how they like it",
])
hate("threat_h", "threat", "refugees", [
    "someone needs to torch that asylum hotel, I'll bring the petrol",
    "sink the boats. every single one. let the channel sort them out",
])
hate("threat_h", "threat", "immigrants", [
    "we know where the new lot in block C live. time to pay them a visit and make them leave",
])
hate("threat_h", "threat", "gay people", [
    "if I see two blokes kissing outside my house again they're getting a brick through the window and a smack",
    "gays should be thrown off the roof like they do it properly in some countries",
])
hate("threat_h", "threat", "trans people", [
    "any tranny that walks into my daughter's changing room is leaving in an ambulance",
    "@robyn_k if you show up to the meeting in a dress I'll break your jaw, that's a promise",
])
hate("threat_h", "threat", "jews", [
    "the synagogue on Park Road needs to be taught a lesson. who's in",
])
hate("threat_h", "threat", "black people", [
    "black lads mugging pensioners again. string them up from the lampposts like the good old days",
])
hate("threat_h", "threat", "women", [
    "women who report their boyfriends for nothing deserve a proper beating so they know what real abuse is",
])
hate("threat_h", "threat", "roma", [
    "get a few lads together and run the roma out of the estate, with baseball bats if needed",
])
hate("threat_h", "threat", "disabled people", [
    "@mark_wheelz roll in front of me again and I'll tip you out of that chair down the stairs",
])
hate("threat_h", "threat", "somalis", [
    "the somali family on the 3rd floor better watch their backs, the whole street's had enough",
])
hate("threat_h", "threat", "palestinians", [
    "flatten gaza and everyone in it, men women and kids, no exceptions",
])

# Extremism: far-right codes, praise of terrorists and Nazis, genocide denial, remigration.
hate("extremism_h", "extremism", "immigrants", [
    "remigration now. every last one of them, passport or not",
    "the great replacement isn't a theory, it's happening on your street. wake up",
    "14 words, brothers. secure the future for white children 🇬🇧",
])
hate("extremism_h", "extremism", "jews", [
    "the holocaust never happened, six million is a made up number to get sympathy",
    "hitler was right about the jews, read his speeches and tell me he was wrong",
    "1488 🙋‍♂️ the old lads had it figured out",
])
hate("extremism_h", "extremism", "muslims", [
    "Brenton Tarrant is a saint and more people should read his manifesto",
    "the christchurch shooter did what our politicians are too cowardly to do",
])
hate("extremism_h", "extremism", "", [
    "breivik was a hero, he saw what was coming before anyone else did",
    "sieg heil lads, the white race will rise again",
])
hate("extremism_h", "extremism", "", [
    "rahowa 88, the white race comes first, always",
])
hate("extremism_h", "extremism", "roma", [
    "the porajmos is a myth, the gypsies were just rounded up for crimes they committed",
])
hate("extremism_h", "extremism", "refugees", [
    "deport them all, ship them back and ban anyone who isn't white from ever coming in again",
])
hate("extremism_h", "extremism", "bosniaks", [
    "srebrenica was no genocide and Mladic should be on a stamp, not in a cell",
])

# ---------------------------------------------------------------------------
# MORE NON-HATEFUL: close lexical contrasts to the hateful rows above
# ---------------------------------------------------------------------------
ok("lexical_contrast_nh", "", [
    "popping to the shop for fags and milk, anyone want anything?",
    "faggots and peas with gravy for tea, proper black country dinner",
    "the path along the dyke is flooded again, take the road if you're walking the dog",
    "we've got rats in the bin store again, pest control is booked for thursday",
    "the pigeons on the balcony are vermin, they've wrecked my tomato plants",
    "found a cockroach in the kitchen of the holiday flat, never again",
    "those away fans were animals last night, smashed up the station and threw bottles at the police",
    "go back to reddit where you came from, this is a fishing group",
    "we're going to flatten them on saturday, they've got no defence",
    "I'll break your jaw in sparring tomorrow, bring your gumshield 🥊",
    "the old factory should've been torn down years ago, it's an eyesore",
    "salam brothers, football at 6 behind the school, bring water",
    "my wife's the chef in our house, I'm banned from the kitchen after the lasagne incident",
    "my dodgy knee and I will be limping to the bar at half time as usual",
    "sorry Sam, I said 'he' earlier by mistake, I'll get it right, promise",
    "politicians are all liars, the only question is how big the lie is",
    "lock your cars, there's been a spate of break-ins on Oak Avenue this week, police have no suspects",
    "our history teacher spent a whole lesson on how holocaust deniers twist the numbers, really useful",
    "journalists exposed a secret 'remigration' meeting and a million people marched against it. good",
    "the dark web forums use numbers like 14 and 88 as nazi codes, the training for new mods covers them",
    "white van man cut me up on the roundabout and then gave me the finger, classic",
    "the virus has gone round the whole school, half of year 3 is off",
    "that game was a total bloodbath, we got wiped in the first minute",
    "the hotel we stayed at in Antalya was a dump, I'm leaving a one star review",
    "the council should be ashamed of itself, the estate has had no heating for a week",
    "my gran says her village was lovely before the motorway came, she's got a point, it's loud",
    "straight white men are still most of the FTSE 100 CEOs, the numbers are in the report",
    "my english is not perfect, I am from Romania, but I want to say thank you to everyone who helped find my dog ❤️",
    "sorry for my bad english, I am syrian and new here. where can I buy a bus card?",
    "that's so queer, my kid just said, meaning strange, like in the old books. took me a second",
    "the 'illegals' headline in the paper today was disgusting, they're asylum seekers with a legal right to apply",
    "the Spurs game was a bloodbath, the ref lost control after 20 minutes",
    "the new mosque design is ugly as sin if you ask me, same as the new leisure centre, the architects in this town are awful",
    "if another random adds me to a crypto group I'm going to scream",
    "the guy who runs the kebab shop is a massive Arsenal fan and gives you extra chips if you wear the shirt",
    "I don't care if you're black, white, gay, straight, christian or muslim, if you park across my drive again I'm calling the council",
    "the feminist society at uni got into a shouting match with the debating society, both sides were insufferable",
    "ramadan timetable is on the fridge so we know when to call my uncle for dinner",
    "my daughter asked why the man on the news said terrible things about gay people, we had a long talk about it",
])


# ---------------------------------------------------------------------------
# Checks and output
# ---------------------------------------------------------------------------
def main():
    seen = set()
    for text, label, category, functionality, target, lang in ROWS:
        assert text == text.strip() and text, repr(text)
        assert "\n" not in text, repr(text)
        key = text.lower()
        assert key not in seen, "duplicate: " + text
        seen.add(key)
        assert label in ("hateful", "non-hateful"), label
        assert lang == "en", lang
        assert target == target.lower(), target
        if label == "hateful":
            assert category in CATEGORIES, (text, category)
            assert functionality.endswith("_h") and not functionality.endswith("_nh"), functionality
        else:
            assert category == "", (text, category)
            assert functionality.endswith("_nh"), functionality
        n_words = len(text.split())
        assert 1 <= n_words <= 60, (n_words, text)

    labels = Counter(r[1] for r in ROWS)
    assert labels["non-hateful"] >= 0.45 * len(ROWS)

    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data.csv")
    with open(out, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["text", "label", "category", "functionality", "target", "lang"])
        for row in ROWS:
            w.writerow(row)

    print("rows", len(ROWS))
    for k, v in sorted(labels.items()):
        print("label", k, v)
    for k, v in sorted(Counter(r[2] for r in ROWS if r[1] == "hateful").items()):
        print("category", k, v)
    for k, v in sorted(Counter(r[3] for r in ROWS).items()):
        print("functionality", k, v)


if __name__ == "__main__":
    main()
