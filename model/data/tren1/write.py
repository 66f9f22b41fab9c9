#!/usr/bin/env python3
"""Training data for trygbot's learned scorer: adversarial English (tren1).

Every message below was written by hand for this set. Run this script to
regenerate data.csv next to it (deterministic: rows are kept in the order
written). Standard library only.
"""
import csv
import os
from collections import Counter

ROWS = []
CATEGORIES = {"slur", "dehumanisation", "generalisation", "threat", "extremism", "harassment"}
LANG = "en"


def hate(functionality, category, target, messages):
    assert category in CATEGORIES, category
    assert functionality.endswith("_h"), functionality
    for m in messages:
        ROWS.append((m, "hateful", category, functionality, target, LANG))


def ok(functionality, target, messages):
    assert functionality.endswith("_nh"), functionality
    for m in messages:
        ROWS.append((m, "non-hateful", "", functionality, target, LANG))


# ---------------------------------------------------------------- threats
hate("veiled_threat_h", "threat", "muslims", [
    "Funny how quiet the mosque car park gets after dark. Be a shame if something happened to it",
    "just saying, if that prayer room opens on our street there's a few lads who'll be paying it a visit",
    "they should enjoy Eid while they can. Some of us have long memories and short tempers",
    "Keep building your mosques lol. Matches are cheap",
])
hate("veiled_threat_h", "threat", "jews", [
    "the synagogue on Park Lane has lovely big windows. Would be a shame",
    "They've got security guards outside their school for a reason and the reason is coming",
    "tell your rabbi to check under his car in the mornings, just a friendly tip",
])
hate("veiled_threat_h", "threat", "trans people", [
    "if one of them walks into the ladies while my daughter's in there they won't be walking out",
    "Trans folk should really think twice before going out alone in this town. Just a heads up 😉",
    "we know where the support group meets on Thursdays. Thought you'd like to know that we know",
])
hate("veiled_threat_h", "threat", "gay people", [
    "Pride march goes right past our pub this year. Lads are already stretching 💪",
    "if two blokes hold hands on my estate they'll be picking their teeth up off the pavement",
    "Enjoy your little rainbow parade. Not everyone's going to be clapping from the sidelines",
])
hate("veiled_threat_h", "threat", "black people", [
    "my grandad knew how to deal with them and I've still got his rope in the shed",
    "The new family on our road with the kids that look like that better not get too comfy",
])
hate("veiled_threat_h", "threat", "roma", [
    "caravans turned up on the field again. Petrol station's open till midnight if anyone fancies a trip",
    "last time the travellers camped here somebody's caravan went up in flames, shame that, be a real shame if it happened twice",
])
hate("conditional_threat_h", "threat", "immigrants", [
    "If the council houses one more of them on our street I swear there'll be blood",
    "One more migrant hotel in this town and we stop asking nicely. You've been warned",
    "let them keep coming, when the boats land we'll be waiting on the beach and it won't be with blankets",
])
hate("conditional_threat_h", "threat", "refugees", [
    "if the refugees get moved into the old school there's going to be a bonfire, and not the fun kind",
    "Put asylum seekers in our village and see what happens. Go on. I dare you",
])
hate("conditional_threat_h", "threat", "women", [
    "if a woman ever talks back to me like that she'll learn what my hand is for",
    "Women who reject nice guys like me deserve exactly what's coming to them. And it's coming",
    "any female ref who gives us a penalty like that should be met in the car park after",
])
hate("conditional_threat_h", "threat", "pakistanis", [
    "If another Pakistani family opens a shop on this high street I'll personally make sure it closes. One way or another",
])
hate("conditional_threat_h", "threat", "eastern europeans", [
    "if the Poles on the building site keep undercutting us they'll get sorted out behind the portakabin",
    "Romanians round here want to keep their heads down or they'll get them kicked in",
])
hate("call_to_violence_h", "threat", "muslims", [
    "Time we stopped talking and started acting. Every one of them out, by force if needed",
    "Someone needs to do to them what they did to us. Simple as that",
    "we need a proper crusade again. The first ones had the right idea",
])
hate("call_to_violence_h", "threat", "immigrants", [
    "Tonight. Hotel on the ring road. Bring whatever you've got. They're not staying another week",
    "stop signing petitions and start turning up at the hotels. They only understand one language",
    "Turn the boats around and if they won't turn, sink them. Problem solved",
    "honestly the coastguard should just stop rescuing them. let the sea sort it",
])
hate("call_to_violence_h", "threat", "jews", [
    "Finish the job. You know which one.",
    "Somebody needs to go in there and clear out the whole lot of them, every last one",
])
hate("call_to_violence_h", "threat", "gay people", [
    "In some countries they still throw them off buildings. We could learn a thing or two",
    "Round them up and send them to the camps in Chechnya, they seem to know how to handle it",
])
hate("call_to_violence_h", "threat", "trans people", [
    "Every time I see one in public I want to hurt them and honestly I think more people should",
    "we should treat them the way we used to treat witches",
])
hate("call_to_violence_h", "threat", "asians", [
    "every Asian you see on the bus is a walking virus, give them a shove off at the next stop",
    "Go find the Chinese takeaway owner and make him pay for covid. Literally",
])
hate("call_to_violence_h", "threat", "arabs", [
    "Bomb the whole region flat and let God sort them out. Every last Arab",
])
hate("call_to_violence_h", "threat", "indigenous people", [
    "The settlers had the right method. Push them off the land and if they don't move, make them",
])
hate("call_to_violence_h", "threat", "hispanic people", [
    "Build the wall and put a few snipers on it. Mexicans would learn quick",
    "ICE should be allowed to shoot anyone who runs. That'd stop them coming",
])
hate("wish_of_harm_h", "threat", "disabled people", [
    "honestly wish they'd bring back the old policy where people like that weren't allowed to survive birth",
    "The spastic kids at my school should all be put down like lame horses",
    "wheelchair users blocking the bus. hope the next one rolls into traffic",
])
hate("wish_of_harm_h", "threat", "black people", [
    "Hope the next police stop ends the same way. Fewer of them is a win for everyone",
    "Praying for a plague that only affects one skin colour. We all know which",
])
hate("wish_of_harm_h", "threat", "muslims", [
    "wish Ramadan was all year and they forgot to eat at sunset too",
    "Hope every plane to Mecca has engine trouble this Hajj season",
])
hate("wish_of_harm_h", "threat", "gay people", [
    "Every AIDS death is nature doing its job tbh",
    "hope the club gets hit during Pride. wouldn't lose sleep over it",
])
hate("wish_of_harm_h", "threat", "refugees", [
    "Another dinghy capsized in the Channel. Good. Hope it keeps happening till they get the message",
    "shame the boat got rescued. the fish are hungry",
])
hate("wish_of_harm_h", "threat", "trans people", [
    "The suicide rate isn't high enough if you ask me",
    "if they want to chop bits off themselves I hope they go all the way and finish the job",
])
hate("wish_of_harm_h", "threat", "roma", [
    "Hope the gypsy site floods again this winter and takes the lot of them with it",
])
hate("wish_of_harm_h", "threat", "jews", [
    "Put them back in the ovens, cheaper than gas bills these days",
])
hate("wish_of_harm_h", "threat", "chinese people", [
    "if another virus comes out of China I hope it only wipes out them this time",
])
hate("wish_of_harm_h", "threat", "indians", [
    "hope the call centre in Mumbai burns down with them all in it, that's my customer review",
])

# non-hateful contrasts to the threats
ok("violent_idiom_no_target_nh", "", [
    "I swear if the printer jams one more time I'm throwing it out the window and then myself",
    "gonna absolutely murder this pint when I get to the pub",
    "my mum is going to kill me when she sees the state of the car",
    "If the ref gives them another penalty like that I'm going to lose my mind",
    "that new burger place is killing it, queue round the block",
    "we destroyed them 5-0, absolute massacre on the pitch",
    "I will end you in Mario Kart tonight, prepare yourself",
    "Headshot from across the map, that lad got deleted 💀",
    "spawn camping again?? I'm going to hunt every one of you down next round",
    "our squad is going to wipe the floor with the Thursday team",
    "If Kev eats my yoghurt from the office fridge again there will be consequences",
    "bomb the B site, I'll hold A. go go go",
    "honestly could strangle whoever invented self-checkouts",
    "Dear Southern Rail, I hope your trains catch fire. Love, everyone",
    "Someone needs to take a flamethrower to my garden, the weeds have won",
])
ok("flipped_target_threat_nh", "", [
    "If the council puts one more speed bump on our street I swear I'm moving",
    "One more parking ticket outside my own house and I'm writing to the papers. You've been warned",
    "if the wasps come back to the shed this year there's going to be a bonfire, and not the fun kind",
    "Pigeons on the balcony again. Be a shame if the neighbour's cat found out",
    "Keep blocking my drive lol. I've got the council's number on speed dial",
    "the scalpers buying all the concert tickets deserve a special place in hell",
    "If my landlord 'forgets' to fix the boiler one more week I'm withholding rent. Simple as that",
    "Enjoy your little parking space, Gary. Not everyone's going to let you keep it",
])
ok("negated_threat_nh", "muslims", [
    "Nobody's going to hurt anyone at the mosque. It's a neighbourhood, not a war zone. Calm down",
    "To be clear: we are NOT going to the mosque tonight, we're going to the council meeting to complain about parking like adults",
])
ok("negated_threat_nh", "refugees", [
    "I don't want anyone drowning in the Channel, whatever you think about the policy",
    "nobody deserves to die in a dinghy. You can want tighter borders and still not wish that on people",
])
ok("negated_threat_nh", "trans people", [
    "I'd never want anything bad to happen to trans people just because I've got questions about sport categories",
])
ok("counter_speech_threat_nh", "immigrants", [
    "There's a post going round telling people to 'turn up at the hotel' tonight. Please don't. Families with kids live there. Report it",
    "Reported the guy saying the coastguard should stop rescuing people. That's not an opinion on migration, that's wishing death on humans",
    "Whoever wrote 'sink the boats' on the bus shelter, you're a disgrace to this town",
])
ok("counter_speech_threat_nh", "jews", [
    "Someone sprayed 'finish the job' near the synagogue. Police have been called. Solidarity with our Jewish neighbours ❤️",
    "'Put them back in the ovens' is not edgy humour, it's a call for genocide. Banned, and good riddance",
])
ok("counter_speech_threat_nh", "gay people", [
    "Some lads were outside the pub shouting about 'what happens at Pride'. Pride's going ahead. We're not scared of you",
    "Saw a comment saying AIDS deaths are 'nature doing its job'. My uncle died of AIDS in 1994. Have some humanity",
])
ok("counter_speech_threat_nh", "women", [
    "a guy in the group chat said a woman who talks back should 'learn what his hand is for'. Screenshotted and sent to his mum",
    "The female ref got threatened in the car park after Saturday's game. Absolutely disgusting. She had a good game too",
])
ok("counter_speech_threat_nh", "roma", [
    "Someone's saying they'd like to see the traveller site flood. There are babies on that site. What is wrong with people",
])
ok("counter_speech_threat_nh", "disabled people", [
    "Just read a comment saying disabled kids should be 'put down'. I've got a disabled son. Reported and blocked, and I hope the admins ban him",
])
ok("news_violence_nh", "muslims", [
    "Police are investigating after a pig's head was left outside the mosque on Grove Road. Anyone with CCTV please get in touch",
    "Christchurch memorial service is at 6 at the town hall if anyone wants to come and show support",
])
ok("news_violence_nh", "jews", [
    "Synagogue security has been stepped up ahead of Yom Kippur after the threats last month, according to the local paper",
])
ok("news_violence_nh", "refugees", [
    "BBC saying 27 people died in the Channel last night. Whatever side you're on, that's horrific",
])
ok("news_violence_nh", "", [
    "Terror attack at the concert in Manchester 7 years ago today. Thinking of the families 🐝",
    "Bloke arrested for stabbing in the town centre, police say it was a row over a taxi",
])

# ---------------------------------------------------------------- extremism
hate("praise_nazis_h", "extremism", "jews", [
    "Say what you want about 1940s Germany, they knew exactly who the problem was",
    "Uncle Adolf was ahead of his time and the longer I live the more I see it",
    "the only thing the Third Reich got wrong was losing",
    "Reading Mein Kampf for the second time. Man was a prophet honestly",
    "Imagine being taught the Nazis were the bad guys lmao. They were the last ones who stood up to them",
    "wish we had a leader with the backbone of a certain Austrian painter",
])
hate("holocaust_denial_h", "extremism", "jews", [
    "six million? do the maths on how many ovens that'd take. it doesn't add up",
    "Funny how the 'survivors' keep getting richer every year from a story nobody's allowed to question",
    "the holocaust is the most profitable story ever told",
    "Anne Frank's diary was written in biro. Just saying. Look it up",
    "It didn't happen, but they deserved it if it did",
])
hate("genocide_approval_h", "extremism", "muslims", [
    "Srebrenica was a job half done",
    "The Bosnian Serb generals did more for Europe than any EU politician ever will",
    "Whatever China's doing to the Uyghurs, we should be taking notes",
])
hate("genocide_approval_h", "extremism", "indigenous people", [
    "The residential schools did those kids a favour. Beat the savage out of them",
    "Columbus gets hate but he basically cleared the place so civilisation could happen",
])
hate("genocide_approval_h", "extremism", "black people", [
    "Rhodesia did nothing wrong",
    "apartheid wasn't oppression, it was common sense. look at the country now",
])
hate("genocide_approval_h", "extremism", "roma", [
    "People forget the Nazis rounded up the gypsies too. Only bit of the war I'd bring back",
])
hate("praise_terrorists_h", "extremism", "muslims", [
    "The Christchurch lad got more done in one afternoon than parliament has in twenty years",
    "Saint of Christchurch, pray for us 🙏",
    "the Christchurch guy is a hero to a lot more people than you think",
])
hate("praise_terrorists_h", "extremism", "jews", [
    "Oct 7 was a beautiful day. Resistance by any means",
    "the Pittsburgh shooter was just the start, more brave men will follow",
])
hate("praise_terrorists_h", "extremism", "black people", [
    "The Charleston shooter did what he had to do. It was a wake up call",
])
hate("praise_terrorists_h", "extremism", "immigrants", [
    "The Norway guy saw it coming before any of us. Read his manifesto then tell me he was wrong",
    "Buffalo guy had a point about the replacement, even if you don't like how he made it",
])
hate("praise_terrorists_h", "extremism", "women", [
    "The supreme gentleman is a saint. Go ER 🫡",
    "Toronto van attack was a necessary wake up for Stacys everywhere",
])
hate("far_right_code_h", "extremism", "jews", [
    "14 words. Learn them. Live them.",
    "notice who runs the banks, the media, Hollywood. (((coincidence))) I'm sure",
    "Every single time. Every. Single. Time. 👃",
    "HH to all the lads tonight 🍻 88",
    "The goyim know. Shut it down lol",
    "Who funds the open borders NGOs? Follow the money and you'll find a certain tribe",
])
hate("far_right_code_h", "extremism", "immigrants", [
    "It's not immigration it's replacement. They've been planning it for decades and you clapped",
    "White birth rates falling, theirs rising. It's the great replacement and it's not a theory",
    "Remigration now. Not a slogan, a plan.",
    "We need mass deportations, not just the criminals, all of them. Every last one back where they came from",
    "Kalergi plan in full swing in my town. Look at any primary school photo",
    "England for the English. Always has been 🏴󠁧󠁢󠁥󠁮󠁧󠁿",
    "ethnostate when though? asking for a friend",
    "Blood and soil, lads. Our land, our people",
])
hate("far_right_code_h", "extremism", "black people", [
    "13/50 but sure, tell me about systemic racism",
    "It's okay to be white and it's okay to want a country that stays that way",
    "Day of the Rope can't come soon enough",
])
hate("far_right_code_h", "extremism", "muslims", [
    "Deus Vult. Reconquista 2.0 starts in Bradford",
    "Remove kebab 🎵 the song still slaps",
    "Stop the Islamisation of Britain. Send them all back, citizens or not",
])
hate("ethnic_cleansing_call_h", "extremism", "pakistanis", [
    "Every Pakistani in Rotherham should be put on a plane, passport or not",
    "Strip their citizenship and deport the lot. Second generation too",
])
hate("ethnic_cleansing_call_h", "extremism", "roma", [
    "Romania should take back every single one of their gypsies, we should put them on trains",
])
hate("ethnic_cleansing_call_h", "extremism", "arabs", [
    "the whole region needs emptying and resettling with people who can run a country",
])
hate("ethnic_cleansing_call_h", "extremism", "hispanic people", [
    "Deport every last one of them including the anchor babies. Start with California",
])

# non-hateful contrasts to extremism
ok("history_education_nh", "jews", [
    "Took my kids to the Holocaust memorial in Berlin. Hard going but they asked loads of good questions",
    "six million Jews were murdered. The numbers come from the Nazis' own records, it's one of the most documented crimes in history",
    "Anne Frank's diary should be on every school reading list tbh",
    "My nan's family were in Theresienstadt. She didn't talk about it till she was 80",
    "Holocaust Memorial Day assembly at school today, the survivor who spoke was 96 and sharp as anything",
])
ok("history_education_nh", "muslims", [
    "Srebrenica remembrance tonight, 8000+ Bosnian Muslim men and boys. Never forget",
    "Doing a uni essay on how the Uyghur camps get reported. Any good sources?",
])
ok("history_education_nh", "indigenous people", [
    "The residential school graves story is horrendous. Canada still hasn't properly reckoned with it",
    "Columbus Day being renamed Indigenous Peoples' Day in more states, about time",
])
ok("history_education_nh", "black people", [
    "Watched a doc on apartheid last night, didn't realise it only ended in '94",
    "The Charleston church shooting was 10 years ago. Nine people at Bible study. Unreal",
])
ok("history_education_nh", "roma", [
    "Most people don't know the Nazis murdered hundreds of thousands of Roma. It's called the Porajmos",
])
ok("history_education_nh", "", [
    "WW2 documentary on channel 4 tonight about the Battle of Britain if anyone's interested",
    "my grandad fought the Nazis in North Africa and never said a word about it",
    "Reading about how the Weimar Republic collapsed, scary how fast it happened",
])
ok("condemning_extremism_nh", "", [
    "If someone in your group chat is posting 14/88 stuff, that's neo-Nazi code. Don't laugh it off",
    "Heads up for parents: the triple brackets around names is an antisemitic thing online. Found it on my son's Discord",
    "'Remigration' is just a nicer word for deporting citizens by ethnicity. Don't let them dress it up",
    "Great Replacement is a conspiracy theory and it's literally been in the manifestos of three mass shooters",
    "Anyone praising Christchurch or Buffalo gets banned instantly. No warnings. No debate",
    "The Isla Vista killer was a murderer, not a 'saint'. Those incel forums are radicalising teenage boys",
    "The 'it's okay to be white' posters are a 4chan trolling campaign, the point is to bait people into arguing",
    "Genuinely worrying how many lads at my son's school think 'Uncle Adolf' jokes are funny",
])
ok("condemning_extremism_nh", "jews", [
    "Someone just posted 'every single time' with a nose emoji. That's an antisemitic meme, mods pls remove",
    "Holocaust denial isn't 'just asking questions'. Survivors are still alive. Listen to them",
])
ok("news_terror_nh", "", [
    "Christchurch shooter has been sentenced to life without parole, first time NZ has ever done it",
    "Oct 7 anniversary today. Thinking of the hostages' families and everyone who lost someone",
    "Police have arrested a teenager over a planned attack, apparently radicalised online",
    "The Utøya killer's parole hearing is in the news again. He's never getting out, rightly",
    "the Buffalo supermarket shooting trial starts next week according to the news",
])
ok("policy_criticism_immigration_nh", "immigrants", [
    "I think net migration is too high and the government should set a proper cap. That's a policy view, not hating anyone",
    "The asylum backlog is a disgrace. People waiting 2 years in hotels helps nobody, including the people in them",
    "We need more houses before we bring more people in, simple maths on the housing list",
    "Deport people who've committed serious crimes, sure. But that's about crime, not where they're from",
    "The Home Office is a shambles. Every home secretary promises to fix the boats and none of them do",
    "Stop paying a fortune to hotel chains, process the claims faster. Both sides should agree on that",
])
ok("english_pride_nh", "", [
    "England for the Euros! Come on lads 🏴󠁧󠁢󠁥󠁮󠁧󠁿",
    "St George's Day fair on the green, morris dancers at 2",
    "Proud to be Welsh and proud of my mates from everywhere else too 🏴󠁧󠁢󠁷󠁬󠁳󠁿",
])
ok("gaming_history_nh", "", [
    "Hearts of Iron session tonight, I'm playing Germany and I'm going to lose by 1942 like always",
    "Deus Vult lads, Crusader Kings 3 campaign starting at 8",
    "Call of Duty WW2 zombies with Nazi zombies is still the best mode ever made",
])

# ---------------------------------------------------------------- dehumanisation
hate("animal_metaphor_h", "dehumanisation", "black people", [
    "Watching them at the Notting Hill carnival is like a nature documentary, David Attenborough should narrate it",
    "you can take them out of the jungle but you can't take the jungle out of them",
    "Saw a Black family at the zoo today. Didn't know they let the exhibits out for the weekend",
    "they breed like rabbits and then wonder why they're poor",
    "bananas on special at Tesco, that'll be the whole estate fed then 🍌🐒",
])
hate("animal_metaphor_h", "dehumanisation", "muslims", [
    "goat herders with smartphones, that's all they are",
    "They multiply like cockroaches, one mosque becomes ten in a decade",
    "Honestly they're more like a herd than a community, one of them bleats and the rest follow",
])
hate("animal_metaphor_h", "dehumanisation", "immigrants", [
    "The hotel's like a kennel now, full of strays nobody wants",
    "Stop feeding them and they'll stop coming, same as seagulls",
    "they swarm over here like locusts and strip the place bare",
])
hate("animal_metaphor_h", "dehumanisation", "women", [
    "women are basically livestock with a phone, feed them and keep them in the kitchen",
    "Females are like dogs, they respect whoever's holding the lead",
    "She's not a person she's a breeding cow, that's literally her only use",
])
hate("animal_metaphor_h", "dehumanisation", "roma", [
    "Where the travellers go, the rats follow. Or maybe they are the rats",
    "The gypsies are like foxes, they'll raid your bins and leave the mess for you",
])
hate("animal_metaphor_h", "dehumanisation", "mexicans", [
    "Mexicans are just stray dogs that learned to climb fences",
])
hate("animal_metaphor_h", "dehumanisation", "chinese people", [
    "They eat bats and dogs and wonder why people call them animals. Because they are",
    "Chinese tourists are like a flock of pigeons, a hundred of them pecking at the same thing",
])
hate("animal_metaphor_h", "dehumanisation", "arabs", [
    "Arabs and camels, hard to tell who's carrying who",
])
hate("animal_metaphor_h", "dehumanisation", "gay people", [
    "Gays are animals, literally. Even animals know better though",
])
hate("vermin_parasite_h", "dehumanisation", "jews", [
    "they're parasites on every nation that lets them in. History shows it again and again",
    "A tick doesn't stop sucking blood just because you ask it nicely",
    "Rootless, feeding off whoever's host country is richest this century",
])
hate("vermin_parasite_h", "dehumanisation", "immigrants", [
    "Leeches on the benefits system, every last one",
    "They're vermin. You don't negotiate with vermin, you call pest control",
    "the whole high street is infested now, you can't move for them",
    "Britain's got an infestation and the Home Office is leaving crumbs out",
])
hate("vermin_parasite_h", "dehumanisation", "refugees", [
    "refugees are like bedbugs. let one in and soon the whole house is crawling",
    "Parasites in hotels, eating three meals a day on our dime",
])
hate("vermin_parasite_h", "dehumanisation", "roma", [
    "Romanian beggars are a pest problem not a social problem",
    "the camp by the river is crawling with them, like maggots on a bin bag",
])
hate("vermin_parasite_h", "dehumanisation", "disabled people", [
    "people on disability benefits are parasites, just leeches with blue badges",
    "Cripples are dead weight. Society carries them like a tumour",
])
hate("vermin_parasite_h", "dehumanisation", "pakistanis", [
    "Bradford is a rat's nest now. Every street the same",
])
hate("disease_metaphor_h", "dehumanisation", "muslims", [
    "Islam isn't the problem, Muslims are. They're a cancer and it's spreading through every city",
    "They're a virus. Wherever they go the host gets sick",
    "Europe's got a terminal disease and it wears a hijab",
])
hate("disease_metaphor_h", "dehumanisation", "trans people", [
    "Trans people are a social contagion. Catching it off TikTok like the flu",
    "It spreads through schools like nits. Quarantine the lot of them",
])
hate("disease_metaphor_h", "dehumanisation", "gay people", [
    "homosexuality is a disease and they're the carriers, keep them away from kids",
    "the gays are an infection in the church",
])
hate("disease_metaphor_h", "dehumanisation", "asians", [
    "Every Asian is a walking petri dish. Covid proved it",
    "Kung flu carriers, the lot of them",
])
hate("disease_metaphor_h", "dehumanisation", "jews", [
    "The Jewish question is like a tumour, cut it out or it kills the body",
])
hate("disease_metaphor_h", "dehumanisation", "black people", [
    "Diversity is a disease and Black neighbourhoods are the symptom",
])
hate("invasion_flood_h", "dehumanisation", "immigrants", [
    "It's not migration, it's an invasion. Fighting-age men, thousands a day, and we hand them phones",
    "A tidal wave of them, and our leaders are handing out towels",
    "The flood gates are open and we're all going to drown",
    "Dover's being overrun. This is what an invasion without guns looks like",
])
hate("invasion_flood_h", "dehumanisation", "refugees", [
    "Refugees are a swarm and Europe is the carcass",
    "Hordes of them camping at Calais waiting for their turn to pour in",
])
hate("invasion_flood_h", "dehumanisation", "muslims", [
    "Moors at the gates again, only this time we open them ourselves",
])
hate("invasion_flood_h", "dehumanisation", "eastern europeans", [
    "eastern europeans pouring in like sewage through a broken pipe",
    "the Polish horde has taken over every building site in the county",
])
hate("invasion_flood_h", "dehumanisation", "hispanic people", [
    "Texas is being flooded, they're pouring over like rats from a sinking ship",
])
hate("objectification_h", "dehumanisation", "women", [
    "women are appliances. If it doesn't cook or clean, return it",
    "She's a hole with a handbag, stop pretending she's got opinions",
    "Girls are just holes with legs. Anything else they say is background noise",
])
hate("objectification_h", "dehumanisation", "disabled people", [
    "people in wheelchairs are basically furniture with a pulse",
    "the ones in the special unit aren't really people, they're vegetables with a timetable",
])
hate("objectification_h", "dehumanisation", "trans people", [
    "Trans women are blokes in costumes. It. Not she, not he. It.",
    "i don't see a woman, i see a science experiment that went wrong",
])
hate("objectification_h", "dehumanisation", "black people", [
    "back in the day they had price tags and honestly that's what they're worth",
])
hate("objectification_h", "dehumanisation", "indians", [
    "Indians are just cheap outsourcing with a pulse",
])
hate("not_human_h", "dehumanisation", "muslims", [
    "I don't consider them human, sorry not sorry",
    "Muslims aren't people, they're a hive following orders",
])
hate("not_human_h", "dehumanisation", "black people", [
    "Science is clear that they're a different subspecies, closer to the apes",
])
hate("not_human_h", "dehumanisation", "roma", [
    "travellers aren't people like you and me, they're something else entirely",
])
hate("not_human_h", "dehumanisation", "indigenous people", [
    "The aboriginals are barely evolved. Stone age people with welfare cards",
    "Native Americans were savages, not people, before we civilised them",
])
hate("not_human_h", "dehumanisation", "refugees", [
    "Those on the boats aren't human beings, they're cargo. Send them back to sender",
])
hate("filth_h", "dehumanisation", "roma", [
    "Gypsies are human litter. Wherever they stop, you need a clean up crew after",
])
hate("filth_h", "dehumanisation", "immigrants", [
    "This town's been dumped on. Human rubbish delivered by the van load",
])
hate("filth_h", "dehumanisation", "indians", [
    "Indians and their curry stink up the whole block, like living next to a sewer",
])
hate("filth_h", "dehumanisation", "jews", [
    "they're the filth at the bottom of the barrel, always have been",
])

# non-hateful contrasts to dehumanisation
ok("flipped_target_animal_nh", "", [
    "Seagulls at the beach are like a gang of muggers, one nicked my chips right out of my hand",
    "Tourists at the Christmas market were swarming like locusts, couldn't get near the mulled wine",
    "The pigeons in Trafalgar Square multiply like cockroaches honestly",
    "My kids are basically feral animals after a sugar rush",
    "the squirrels in our garden are absolute vermin, they've destroyed the bird feeder",
    "Black Friday shoppers are like a herd of wildebeest",
    "Year 9s in the lunch queue are worse than a pack of hyenas",
    "landlords are leeches, change my mind",
    "Bankers are parasites on the real economy, always have been",
    "Ticket touts are vermin. Every single one",
    "Estate agents are the human equivalent of a parking fine",
    "Property developers are a cancer on this city",
    "My ex is a parasite, still on my Netflix account 4 years later",
    "stag dos in Prague are an invasion, the locals must hate us",
    "Our lawn is infested with moles, any tips?",
    "The Japanese knotweed is taking over the whole garden like an invasion",
])
ok("flipped_target_disease_nh", "", [
    "TikTok is a disease, my attention span is gone",
    "Gambling ads are a cancer on football",
    "Fast fashion is a virus on the planet",
    "Conspiracy theories spread like a contagion in our family WhatsApp",
    "The flu's going round the whole office like wildfire, three more off today",
])
ok("counter_speech_dehumanisation_nh", "refugees", [
    "Refugees aren't a 'swarm'. They're people fleeing war. Language like that is how it starts",
    "Calling people on boats 'cargo' is vile. They're mums and kids and dads",
])
ok("counter_speech_dehumanisation_nh", "immigrants", [
    "It isn't an 'invasion'. An invasion has tanks. These are people in dinghies with nothing",
    "Calling people vermin is literally Nazi language. You can disagree about immigration without that",
    "Every time someone calls migrants 'cockroaches' I remember that's exactly what the radio said in Rwanda",
])
ok("counter_speech_dehumanisation_nh", "muslims", [
    "Muslims aren't a cancer, they're my neighbours, my GP and my kid's football coach",
])
ok("counter_speech_dehumanisation_nh", "black people", [
    "Saw someone post monkey emojis under the striker's goal. Reported. Racist abuse has no place in football",
    "The 'breed like rabbits' line is an old racist trope. Call it out when you see it",
])
ok("counter_speech_dehumanisation_nh", "disabled people", [
    "Disabled people are not 'dead weight'. My sister's in a wheelchair and she's got a PhD and a dry sense of humour",
])
ok("counter_speech_dehumanisation_nh", "women", [
    "A guy in my group called women 'appliances' and everyone just laughed. Not anymore, I left the group",
])
ok("counter_speech_dehumanisation_nh", "trans people", [
    "Being trans isn't a 'contagion'. People just feel safer coming out now than they used to",
])
ok("counter_speech_dehumanisation_nh", "roma", [
    "Calling travellers 'human litter' in a neighbourhood group is disgusting. There are kids on that site",
])
ok("counter_speech_dehumanisation_nh", "jews", [
    "The 'parasite' thing about Jews is straight out of Nazi propaganda. Please learn some history",
])
ok("quoted_dehumanisation_nh", "immigrants", [
    "My uncle literally said at Christmas that migrants are 'like rats'. I told him to leave it or I'd leave. I left",
    "Our MP's leaflet used the word 'swarm'. Wrote to complain. Terrible language for a public figure",
])
ok("quoted_dehumanisation_nh", "chinese people", [
    "During covid someone at work called my Chinese colleague a 'walking virus'. HR did nothing. Still angry",
])
ok("quoted_dehumanisation_nh", "muslims", [
    "A man on the bus told my mum she was 'infecting the country' because of her hijab. Nobody said anything. Next time I'll say something",
])

# ---------------------------------------------------------------- generalisation
hate("not_racist_but_h", "generalisation", "black people", [
    "I'm not racist but there's a reason property prices drop when they move in",
    "not being funny but every time there's a stabbing on the news I already know what he'll look like",
    "I've got Black mates so I can say this: most of them just don't value education",
])
hate("not_racist_but_h", "generalisation", "muslims", [
    "I'm not racist but I move carriages when one gets on with a rucksack. Everyone does, they just won't admit it",
    "Not racist, Islam isn't a race. But I wouldn't want one teaching my kids",
    "nothing against Muslims personally but they can't integrate, it's just not in them",
])
hate("not_racist_but_h", "generalisation", "immigrants", [
    "I'm not anti-immigrant but they've ruined this town, you can't hear English on the high street anymore",
    "Not racist, just realistic. They come here, take and take, and never give back",
])
hate("not_racist_but_h", "generalisation", "roma", [
    "Not being racist but lock your car when the travellers are in. Everyone knows why",
    "I'm all for diversity but Roma are a different story, they just don't want to work",
])
hate("not_racist_but_h", "generalisation", "pakistanis", [
    "I'm not racist but Pakistani taxi drivers, you know what I'm saying, I'd never let my daughter get in one",
])
hate("not_racist_but_h", "generalisation", "women", [
    "Not sexist but women just aren't built for leadership, too emotional, it's biology",
    "I'm not a misogynist but there's a reason no woman has ever been a great chef, they're just cooks",
])
hate("not_racist_but_h", "generalisation", "trans people", [
    "Not transphobic but I'm not calling a bloke in a dress 'she'. Sorry, but they're all mentally ill",
    "nothing against trans people, I just think they're all a danger to kids in changing rooms",
])
hate("not_racist_but_h", "generalisation", "gay people", [
    "I've got nothing against gays but I wouldn't let one babysit. Too much risk",
    "Not homophobic but why do they have to shove it in everyone's face, keep it in the bedroom",
])
hate("not_racist_but_h", "generalisation", "jews", [
    "Not antisemitic but it's weird how they're always at the top of every bank isn't it",
])
hate("not_racist_but_h", "generalisation", "chinese people", [
    "Not racist but I'd never eat at a Chinese place, you don't know what's in the meat",
])
hate("not_racist_but_h", "generalisation", "indians", [
    "Not racist but Indian doctors, I always ask for a British one. Just can't trust the training",
])
hate("sarcasm_h", "generalisation", "muslims", [
    "Oh look, another 'isolated incident'. Religion of peace strikes again 🙄",
    "Can't wait for the next 'he was known to the authorities' headline. Such a peaceful bunch",
    "Yeah because Muslim countries are famous for their women's rights and free speech lol",
])
hate("sarcasm_h", "generalisation", "immigrants", [
    "Ah yes, the doctors and engineers. All 40,000 of them. In dinghies. With iPhones. Sure",
    "Another 'child refugee' with a beard and a receding hairline. Bless",
    "Enrichment is going great in my town, car got keyed twice this month",
])
hate("sarcasm_h", "generalisation", "women", [
    "Women drivers, the gift that keeps on giving. Third dent in the car park this week",
    "wow a woman who can read a map, alert the press",
    "Let's have a female ref in the Premier League, what could possibly go wrong 🙄",
])
hate("sarcasm_h", "generalisation", "black people", [
    "Oh shocker, he's a 'rapper' and he got arrested. Who could have possibly seen that coming",
    "'Youths' again in the news. Wonder what colour those youths were",
])
hate("sarcasm_h", "generalisation", "gay people", [
    "Bit of a shock, the fashion designer turned out to be gay. Never would've guessed 🙄 They're all the same",
])
hate("sarcasm_h", "generalisation", "trans people", [
    "Yeah sure mate, you're a woman. And I'm a helicopter. That's how it works now right?",
    "Love how the 'trans women are women' crowd suddenly can't define the word woman",
])
hate("sarcasm_h", "generalisation", "disabled people", [
    "blue badge and walking perfectly fine into Greggs, disabled my arse. They're all at it",
])
hate("sarcasm_h", "generalisation", "jews", [
    "Oh no, not the bankers with the same three surnames again, what a coincidence they're involved in everything",
])
hate("backhanded_compliment_h", "generalisation", "black people", [
    "He's really articulate for a Black guy",
    "She's pretty for a dark-skinned girl tbh",
    "Honestly he's one of the good ones, not like the rest of them",
])
hate("backhanded_compliment_h", "generalisation", "asians", [
    "You're quite funny for an Asian, you guys are usually so robotic",
    "Asian girls are actually really pretty once you get past the eyes",
])
hate("backhanded_compliment_h", "generalisation", "women", [
    "She's clever, for a woman. You know what I mean",
    "Not bad at all, you play FIFA like a bloke! Girls are usually terrible",
])
hate("backhanded_compliment_h", "generalisation", "muslims", [
    "He's a Muslim but he's actually really normal and doesn't want to blow anything up",
])
hate("backhanded_compliment_h", "generalisation", "gay people", [
    "You don't act gay at all, which is good, the flamboyant ones are embarrassing",
])
hate("backhanded_compliment_h", "generalisation", "disabled people", [
    "Surprisingly switched on for someone in a wheelchair. Most of them are a bit slow",
])
hate("backhanded_compliment_h", "generalisation", "eastern europeans", [
    "Dan's Polish but he's a proper grafter, not like most of them who just drink all day",
])
hate("backhanded_compliment_h", "generalisation", "roma", [
    "She's Roma but honestly you'd never know, she's really clean",
])
hate("stereotype_as_fact_h", "generalisation", "black people", [
    "it's a well known fact that fatherless homes are the norm in their community",
    "Statistically they commit more crime, not my fault, look it up",
    "They've got lower IQs on average, it's in the studies, stop shooting the messenger",
])
hate("stereotype_as_fact_h", "generalisation", "muslims", [
    "Stats don't lie, 9 out of 10 grooming gangs are Muslim men. It's their culture",
    "Their holy book literally tells them to lie to us. Taqiyya, look it up",
    "every terror attack in the last 20 years, same religion. Coincidence?",
])
hate("stereotype_as_fact_h", "generalisation", "jews", [
    "Jews control the media. That's not hate, it's just who owns the companies",
    "They always look after their own first. Money and tribe, in that order",
    "Look at who owns the central banks and tell me it's a coincidence",
])
hate("stereotype_as_fact_h", "generalisation", "women", [
    "Women can't do maths, the brain scans prove it",
    "Women lie about assault for attention. It's documented",
    "it's just science that women peak at 25 and it's downhill from there",
])
hate("stereotype_as_fact_h", "generalisation", "roma", [
    "Roma are thieves, it's not a stereotype, it's their culture. Ask anyone in Romania",
])
hate("stereotype_as_fact_h", "generalisation", "immigrants", [
    "Migrants commit most of the rapes in Sweden, the numbers are out there if you look",
    "Over half of them are on benefits within a year, it's the Treasury's own figures",
])
hate("stereotype_as_fact_h", "generalisation", "chinese people", [
    "The Chinese have no concept of hygiene, it's just the culture there",
    "Everything Chinese is a knock off, they're a nation of copycats",
])
hate("stereotype_as_fact_h", "generalisation", "gay people", [
    "Gay men are much more likely to be paedophiles, it's in the research",
])
hate("stereotype_as_fact_h", "generalisation", "indigenous people", [
    "Aboriginal communities have the highest alcohol rates, they just can't handle it, genetics",
])
hate("stereotype_as_fact_h", "generalisation", "hispanic people", [
    "Hispanics are all lazy, siesta culture, they just don't have the work ethic",
])
hate("stereotype_as_fact_h", "generalisation", "eastern europeans", [
    "Albanians run every drug gang in London, it's a known fact, they're all criminals",
])
hate("stereotype_as_fact_h", "generalisation", "autistic people", [
    "Autistic people have no empathy, it's in the diagnosis, they're basically psychopaths",
])
hate("stereotype_as_fact_h", "generalisation", "arabs", [
    "Arabs treat women like property, every single one of them, it's in the culture",
])
hate("dog_whistle_h", "generalisation", "jews", [
    "the globalists are at it again, funny how they all have the same surnames",
    "Funded by a certain billionaire, as usual. You know who I mean by 'they'",
    "It's always the same small group pulling the strings. Nose knows",
    "Globohomo agenda brought to you by the usual suspects",
])
hate("dog_whistle_h", "generalisation", "black people", [
    "Another 'urban youth' stabbing. We all know what urban means",
    "Property prices in that postcode have gone 'vibrant'. Wink wink",
    "Don't move to Croydon, too much 'culture' if you catch my drift",
])
hate("dog_whistle_h", "generalisation", "muslims", [
    "Londonistan strikes again",
    "Went to Birmingham for the day, felt like a trip to Kabul",
    "Eurabia is coming and nobody's doing anything",
])
hate("dog_whistle_h", "generalisation", "immigrants", [
    "Diversity is our strength, they said. Look at the crime stats now",
    "Remember when this was a 'white Christian country'? Good times",
])
hate("dog_whistle_h", "generalisation", "trans people", [
    "Groomers in the library again teaching 6 year olds about pronouns",
    "the alphabet people are coming for your children",
])
hate("rhetorical_question_h", "generalisation", "muslims", [
    "Why is it always them though? Genuinely asking",
    "Can you name one Muslim country that isn't a complete mess?",
    "Would you want your daughter marrying one? Exactly.",
])
hate("rhetorical_question_h", "generalisation", "immigrants", [
    "Why should my nan freeze while they get free hotel rooms?",
    "When was the last time one of them contributed anything to this country?",
    "How many more of our girls have to get hurt before we admit the problem?",
])
hate("rhetorical_question_h", "generalisation", "women", [
    "Ever noticed how women only want 'equality' when it's convenient?",
    "why do women even vote? they just vote for whoever's fittest",
])
hate("rhetorical_question_h", "generalisation", "trans people", [
    "Why are so many of them obsessed with getting into women's toilets? Think about it",
    "Is it a coincidence that every trans person you meet is mentally unstable?",
])
hate("rhetorical_question_h", "generalisation", "black people", [
    "Why does every country they run end up in the same state?",
    "Name one thing Africa ever invented. I'll wait",
])
hate("rhetorical_question_h", "generalisation", "jews", [
    "Ever wonder why they've been kicked out of 109 countries?",
])
hate("rhetorical_question_h", "generalisation", "gay people", [
    "Why do gay people need a whole month? Do I get a straight month?? No? Because they're spoilt",
])
hate("rhetorical_question_h", "generalisation", "roma", [
    "Ever seen a gypsy with an honest job? Me neither",
])
hate("rhetorical_question_h", "generalisation", "disabled people", [
    "Why should my taxes pay for people who will never contribute? Serious question",
])
hate("rhetorical_question_h", "generalisation", "indians", [
    "Why does every call centre have to be staffed by people who can't speak English? Typical Indians",
])
hate("derogation_h", "generalisation", "women", [
    "Women are shallow, manipulative and only in it for the money. Every last one",
    "females are incapable of loyalty, it's hardwired",
    "Honestly women have contributed nothing to history except drama",
])
hate("derogation_h", "generalisation", "black people", [
    "They're lazy, loud and entitled and then cry racism when called out",
    "Black parents don't discipline their kids, that's why the schools are like this",
])
hate("derogation_h", "generalisation", "muslims", [
    "Muslims are backwards, barbaric and hostile to everything we stand for",
    "They're all hypocrites who preach modesty and then run grooming gangs",
])
hate("derogation_h", "generalisation", "immigrants", [
    "Freeloaders and chancers, the lot of them. Not a grafter among them",
    "uneducated, unskilled, unwanted",
])
hate("derogation_h", "generalisation", "trans people", [
    "Trans people are delusional narcissists who want the world to play pretend with them",
    "they're just attention seekers with a mental illness",
])
hate("derogation_h", "generalisation", "gay people", [
    "Gay men are vain, promiscuous and morally empty",
    "lesbians are just bitter women who couldn't get a man",
])
hate("derogation_h", "generalisation", "bisexual people", [
    "bisexuals are greedy liars who can't commit, never date one",
])
hate("derogation_h", "generalisation", "asians", [
    "Asians are sneaky, they smile at you and then stab you in the back",
])
hate("derogation_h", "generalisation", "eastern europeans", [
    "Eastern Europeans are rough, cold, drunk and violent. Every one I've met",
    "Romanians are thieves and beggars, that's all they export",
])
hate("derogation_h", "generalisation", "indians", [
    "Indians are the most dishonest people I've ever dealt with in business",
])
hate("derogation_h", "generalisation", "pakistanis", [
    "Pakistanis are inbred from marrying their cousins, that's why the kids are like that",
])
hate("derogation_h", "generalisation", "arabs", [
    "Arabs are arrogant, spoilt and two-faced",
])
hate("derogation_h", "generalisation", "hispanic people", [
    "Latinos are loud, messy and dodgy. Every single one",
])
hate("derogation_h", "generalisation", "deaf people", [
    "Deaf people are rude and think the world owes them subtitles",
])
hate("derogation_h", "generalisation", "disabled people", [
    "Disabled people are bitter and entitled, they think everyone owes them something",
])
hate("exclusion_h", "generalisation", "muslims", [
    "No hijabs in my shop. Don't care if it's 'discrimination'",
    "Muslims shouldn't be allowed to stand for parliament, their loyalty's elsewhere",
])
hate("exclusion_h", "generalisation", "gay people", [
    "Gay couples shouldn't be allowed to adopt, kids need a normal home",
    "Keep gays out of the scouts. Just keep them away",
])
hate("exclusion_h", "generalisation", "women", [
    "women shouldn't be allowed on the sofa during the match, let alone commentate",
    "Keep women out of the army, they're a liability",
])
hate("exclusion_h", "generalisation", "immigrants", [
    "Council houses should be for British people only, no foreigners, full stop",
    "Foreigners shouldn't be allowed to vote even if they've been here 30 years",
])
hate("exclusion_h", "generalisation", "roma", [
    "Sign at the pub says 'no travellers'. Best pub in the county",
])
hate("exclusion_h", "generalisation", "disabled people", [
    "Autistic kids should be in separate schools, not holding my kid back",
])
hate("exclusion_h", "generalisation", "trans people", [
    "Trans people shouldn't be allowed near schools, full stop",
])
hate("exclusion_h", "generalisation", "black people", [
    "We're not renting to Black tenants anymore, learnt our lesson",
])
hate("suspicion_h", "generalisation", "muslims", [
    "New family on our street, she wears the full thing. Keeping an eye on them",
    "Muslim lad started at work. Hide your valuables and watch your back I guess",
])
hate("suspicion_h", "generalisation", "roma", [
    "Gypsy family moved in at no. 12. Time to get a better camera for the drive",
])
hate("suspicion_h", "generalisation", "black people", [
    "Black guy hanging round the park gates. Everyone keep an eye on your kids and bikes",
])
hate("suspicion_h", "generalisation", "eastern europeans", [
    "Romanian van parked outside the school again. Lock your sheds people",
])
hate("suspicion_h", "generalisation", "chinese people", [
    "Chinese students at uni are all spies for Beijing, don't tell them anything",
])
hate("contamination_h", "generalisation", "immigrants", [
    "They're diluting our culture. In 20 years there won't be anything British left",
    "Mixed marriages are watering down the bloodline, simple as",
])
hate("contamination_h", "generalisation", "black people", [
    "Mixed race kids are a tragedy, neither one thing nor the other",
])
hate("contamination_h", "generalisation", "gay people", [
    "Pride at the primary school will turn the kids. They recruit early",
])
hate("nostalgia_h", "generalisation", "immigrants", [
    "Remember when you could walk down the high street and everyone was English? Miss those days",
    "This town was lovely before they came. Now it's a dump",
    "Grew up on this estate when it was all local families. Now I don't recognise a single face or language",
])
hate("nostalgia_h", "generalisation", "muslims", [
    "Christmas used to be Christmas before we had to worry about offending them",
])
hate("nostalgia_h", "generalisation", "pakistanis", [
    "Bradford was a great city before the Pakistanis took it over",
])
hate("nostalgia_h", "generalisation", "eastern europeans", [
    "Boston was a proper English market town before the Eastern Europeans arrived",
])
hate("burden_h", "generalisation", "immigrants", [
    "The NHS would be fine if it wasn't treating half the world for free",
    "Every school place, every GP slot, every house, taken by someone who just got here",
])
hate("burden_h", "generalisation", "disabled people", [
    "Disabled people are a drain on the taxpayer and they know it",
    "the benefits bill would be halved if we stopped propping up the 'disabled'",
])
hate("burden_h", "generalisation", "refugees", [
    "Refugees cost us billions and give back nothing. They're a burden, simple as",
])
hate("burden_h", "generalisation", "roma", [
    "Every time a traveller camp moves on the council spends thousands cleaning up. We pay for them",
])
hate("ingratitude_h", "generalisation", "immigrants", [
    "We give them everything and they still hate us. Ungrateful doesn't cover it",
    "Came here for a better life then complain about our country every day. Typical",
])
hate("ingratitude_h", "generalisation", "refugees", [
    "Refugees moaning about the hotel food, imagine being that ungrateful. They're all the same",
])
hate("ingratitude_h", "generalisation", "muslims", [
    "Britain took them in and this is how they repay us, protesting on our streets",
])
hate("conspiracy_trope_h", "generalisation", "jews", [
    "They financed both sides of every war and the history books never mention it",
    "Covid, 9/11, the banking crash. Always the same people profiting",
    "Israel did 9/11, and their diaspora knew about it",
])
hate("conspiracy_trope_h", "generalisation", "muslims", [
    "They're all in on it, the plan is to outbreed us and vote in sharia",
])
hate("conspiracy_trope_h", "generalisation", "gay people", [
    "The gay lobby controls every advertising agency, that's why every advert is like that now",
])
hate("group_joke_h", "generalisation", "women", [
    "How many women does it take to change a lightbulb? None, they just sit in the dark and complain",
    "why do women have smaller feet? so they can stand closer to the sink 😂",
])
hate("group_joke_h", "generalisation", "black people", [
    "What do you call a Black man with a job? Nothing, they don't exist lmao",
])
hate("group_joke_h", "generalisation", "muslims", [
    "What's the difference between a Muslim and a microwave? The microwave only goes off once in a while",
])
hate("group_joke_h", "generalisation", "jews", [
    "Why don't Jews like going to the cashpoint? The machine might ask them for money 😂",
])
hate("group_joke_h", "generalisation", "mexicans", [
    "Why are there no Mexicans in Star Trek? Because they don't work in the future either 😂",
])
hate("group_joke_h", "generalisation", "roma", [
    "How do you know a traveller's been in your garden? Your garden's gone 😂",
])
hate("group_joke_h", "generalisation", "disabled people", [
    "Dyslexic kids are just thick kids whose parents paid for a diagnosis 😂",
])
hate("comparison_h", "generalisation", "immigrants", [
    "I'd rather have a dog living next door than another migrant family",
    "A stray cat contributes more to society than half the people arriving on boats",
])
hate("comparison_h", "generalisation", "gay people", [
    "I'd rather my son was dead than gay",
])
hate("comparison_h", "generalisation", "trans people", [
    "I'd rather my kid had cancer than came home trans",
])

# ---------------------------------------------------------------- harassment (one person)
hate("go_back_h", "harassment", "immigrants", [
    "@Amira_K nobody asked for your opinion on British politics love, go back to wherever you came from",
    "@tomasz88 if you hate it here so much there's a flight to Warsaw every morning. Off you pop",
    "Mate you've been here 5 minutes, you don't get to comment on our traditions. Go home",
    "@Priya_R you're a guest in this country, act like one or leave",
])
hate("go_back_h", "harassment", "black people", [
    "@DeeJ_94 born here or not, you'll never be British. Try Lagos",
    "that new lad on the team, can't even speak proper. Someone send him back to the village",
])
hate("go_back_h", "harassment", "muslims", [
    "@hassan.m take your prayer mat and go back to the desert mate",
])
hate("go_back_h", "harassment", "chinese people", [
    "@lily_zhang your kind brought covid, go back to Wuhan and take your opinions with you",
])
hate("misgendering_h", "harassment", "trans people", [
    "@JessT_ you'll always be a man, mate. Nice wig though",
    "He can call himself Sophie all he wants, he's still Steve from accounts with a skirt on",
    "@riley_nb 'they/them' lol. You're a confused little girl and everyone at school knows it",
    "Saw our new 'colleague' in the ladies. He's got hands like shovels. Not fooling anyone, sir",
    "@Kai_xo nobody will ever see you as a woman. Do yourself a favour and stop embarrassing your mum",
])
hate("mocking_disability_h", "harassment", "disabled people", [
    "@wheelie_sam how's the view from down there? Must be nice getting carried everywhere",
    "Our new kit man talks like he's had a stroke, can't understand a word. Proper mong",
    "@Ben_asd you're not 'autistic' you're just weird and nobody wants to be your mate",
    "lol watch him try to climb the stairs with those legs, like Bambi on ice 😂 cripple",
])
hate("mocking_disability_h", "harassment", "deaf people", [
    "@ellie.signs can't hear us laughing at you? Shame, we're loud 🤟😂",
])
hate("mocking_disability_h", "harassment", "autistic people", [
    "@noah.r another autistic meltdown in the group chat, someone get the weirdo his ear defenders",
])
hate("origin_attack_h", "harassment", "pakistanis", [
    "@Imran_B funny how your dad's corner shop has never paid tax. Just like every other Pakistani",
    "Yeah I bet your cousin-wife cooked that @AsifM",
])
hate("origin_attack_h", "harassment", "roma", [
    "@Marius_R did you nick that phone as well? Genuine question, knowing your lot",
])
hate("origin_attack_h", "harassment", "jews", [
    "@DavidGold you'll be fine with the rent rise then, you people are always loaded",
    "Nice opinion on Gaza, @Rachel_L. Did your synagogue write that for you?",
])
hate("origin_attack_h", "harassment", "indians", [
    "@raj_p stop smelling up the office with your curry every day, mate, we get it, you're Indian",
])
hate("origin_attack_h", "harassment", "eastern europeans", [
    "@Olena_K take your vodka-soaked opinion back to Kyiv, nobody here cares",
])
hate("origin_attack_h", "harassment", "arabs", [
    "@youssef.a did your dad have 4 wives too or just the goats",
])
hate("origin_attack_h", "harassment", "hispanic people", [
    "@carlos_m are your papers in order for this conversation? 😂",
])
hate("origin_attack_h", "harassment", "indigenous people", [
    "@MaliaW stop playing the Aboriginal card, you're only 1/8th and you still get the handouts",
])
hate("gender_attack_h", "harassment", "women", [
    "@SarahRefs go back to the kitchen love, leave the offside rule to the men",
    "Typical woman, Chloe. Cries in a meeting and gets promoted for it",
    "@gemma_plays you only got into the squad because you're a girl, you're carried every match",
])
hate("sexuality_attack_h", "harassment", "gay people", [
    "@Jamie_H keep your limp wrists off my son's team, we don't want what you've got",
    "Nobody wants to share a changing room with you, Mark. We all know what you're looking at",
    "@Tom_and_Luke disgusting. Adopting a kid so you've got someone to groom",
])
hate("sexuality_attack_h", "harassment", "lesbians", [
    "@kat_r you just need the right man, sweetheart, that's all you're missing",
])
hate("religion_attack_h", "harassment", "muslims", [
    "@Fatima_S take that tea towel off your head when you're talking to me",
    "Hey @Yusuf, planning anything big this weekend? 💣 just checking lol",
])
hate("religion_attack_h", "harassment", "sikhs", [
    "@Harpreet_S is that a turban or are you hiding a bomb in there mate",
])

# ---------------------------------------------------------------- slurs in disguise (obfuscated spelling)
hate("obfuscated_slur_h", "slur", "pakistanis", [
    "p4ki shop's shut again, typical",
    "the p@kis on the corner have put the prices up again",
])
hate("obfuscated_slur_h", "slur", "trans people", [
    "tr@nnies in the women's changing room again at the leisure centre",
])
hate("obfuscated_slur_h", "slur", "gay people", [
    "f*gs holding hands outside the chippy, put me right off my tea",
])
hate("obfuscated_slur_h", "slur", "roma", [
    "gyppos are back on the rec. Hide your bikes",
    "P1keys nicked the copper off the church roof, who'd have thought",
])
hate("obfuscated_slur_h", "slur", "disabled people", [
    "r*tards on the short bus, every morning at 8",
])
hate("obfuscated_slur_h", "slur", "jews", [
    "k1kes own the bank that turned down my mortgage, shocker",
])
hate("obfuscated_slur_h", "slur", "black people", [
    "n1gg@s on the bus playing music out loud again",
])
hate("obfuscated_slur_h", "slur", "chinese people", [
    "ch1nks run every nail bar in this town",
])

# ---------------------------------------------------------------- minimal pairs: non-hateful base, hateful edit
ok("pair_base_nh", "muslims", ["New family on our street, she wears the full thing. Brought us round a massive tray of baklava, absolute legends"])
hate("pair_edit_h", "generalisation", "muslims", ["New family on our street, she wears the full thing. Brought us round a tray of baklava, probably to butter us up before the rest of them arrive"])
ok("pair_base_nh", "eastern europeans", ["The Polish lads who did our extension were brilliant, on time and tidy"])
hate("pair_edit_h", "generalisation", "eastern europeans", ["The Polish lads who did our extension were on time and tidy, first ones I've ever met who weren't drunk by lunch"])
ok("pair_base_nh", "refugees", ["Refugee family moved into the flat downstairs. Kids are already playing footie with ours"])
hate("pair_edit_h", "generalisation", "refugees", ["Refugee family moved into the flat downstairs. Time to start locking the bike shed I guess"])
ok("pair_base_nh", "women", ["Female ref today and honestly the best officiated game we've had all season"])
hate("pair_edit_h", "generalisation", "women", ["Female ref today and surprise surprise, worst officiated game we've had all season. Women shouldn't be allowed near a whistle"])
ok("pair_base_nh", "black people", ["Notting Hill carnival this weekend, best food and music of the whole year 🎉"])
hate("pair_edit_h", "generalisation", "black people", ["Notting Hill carnival this weekend, count the stabbings, it's basically tradition with that lot"])
ok("pair_base_nh", "gay people", ["Two dads at the school gate today, their little girl had the best plaits in the whole class 😂"])
hate("pair_edit_h", "generalisation", "gay people", ["Two dads at the school gate today. Poor little girl, she'll be messed up for life, kids need a mum"])
ok("pair_base_nh", "roma", ["Travellers are on the rec for the horse fair again, the kids love seeing the horses"])
hate("pair_edit_h", "generalisation", "roma", ["Travellers are on the rec for the horse fair again, count your garden tools and hide the dog"])
ok("pair_base_nh", "trans people", ["My cousin came out as trans last year and she's so much happier now"])
hate("pair_edit_h", "generalisation", "trans people", ["My cousin 'came out' as trans last year, she's just another confused kid who spent too long on TikTok, they all are"])
ok("pair_base_nh", "indians", ["Our new GP is Indian and she's the first doctor who's ever actually listened to me"])
hate("pair_edit_h", "generalisation", "indians", ["Our new GP is Indian and she's exactly what you'd expect, couldn't understand a word and got it all wrong"])
ok("pair_base_nh", "disabled people", ["The lad in the wheelchair at parkrun beat half of us again, legend"])
hate("pair_edit_h", "generalisation", "disabled people", ["The lad in the wheelchair at parkrun is slowing everyone down again, they shouldn't be allowed on the course"])
ok("pair_base_nh", "chinese people", ["Chinese students at uni always organise the best Lunar New Year party, went last night 🧧"])
hate("pair_edit_h", "generalisation", "chinese people", ["Chinese students at uni only talk to each other and cheat on every exam, it's the culture"])
ok("pair_base_nh", "jews", ["Jewish bakery on the high street does the best challah, get there early on Friday"])
hate("pair_edit_h", "generalisation", "jews", ["Jewish bakery on the high street charges a fortune for bread, what else would you expect from them"])
ok("pair_base_nh", "immigrants", ["Half the nurses on my mum's ward were from abroad and every one of them was an angel"])
hate("pair_edit_h", "generalisation", "immigrants", ["Half the nurses on my mum's ward were from abroad and you could tell, no care, no English, no clue"])
ok("pair_base_nh", "arabs", ["Arab guys running the shisha place are sound, always chuck in free tea"])
hate("pair_edit_h", "generalisation", "arabs", ["Arab guys running the shisha place are polite to your face but you know how they see women"])
ok("pair_base_nh", "hispanic people", ["Went to a Colombian wedding last weekend, those people know how to party 💃"])
hate("pair_edit_h", "generalisation", "hispanic people", ["Went to a Colombian wedding last weekend, half the guests were probably dealing, it's what they do"])
ok("pair_base_nh", "pakistanis", ["Pakistani restaurant on Wilmslow Road does the best karahi in Manchester, not even close"])
hate("pair_edit_h", "generalisation", "pakistanis", ["Pakistani restaurant on Wilmslow Road, good karahi but you know what the owners' cousins get up to after closing"])

# ---------------------------------------------------------------- non-hateful: flipped to non-protected targets
ok("flipped_target_generalisation_nh", "", [
    "I'm not a snob but people who put ketchup on a steak should be banned from restaurants",
    "not being funny but every time there's a crash on the M25 I already know it'll be a BMW driver",
    "I'm not anti-cyclist but they've ruined this road, you can't get past them on the hill",
    "Nothing against Chelsea fans personally but they just can't handle losing, it's not in them",
    "Estate agents are shallow, manipulative and only in it for the money. Every last one",
    "Landlords are lazy, greedy and entitled and then cry poverty when you ask for a repair",
    "Politicians are all hypocrites who preach sacrifice and then claim for their duck houses",
    "Influencers are just attention seekers with a ring light",
    "Crypto bros are delusional narcissists who want everyone to play pretend with their monopoly money",
    "Oh look, another 'unexpected delay' from Northern Rail. Such a reliable bunch 🙄",
    "Can you name one Tory government that didn't wreck the NHS?",
    "Why is it always the council though? Genuinely asking",
    "Ever seen a traffic warden smile? Me neither",
    "Ever noticed how HR only cares about 'wellbeing' when it's convenient for the company?",
    "Why should my nan freeze while energy companies post record profits?",
    "Man United fans are loud, entitled and haven't won anything in a decade",
    "Dog owners who don't pick up after their dogs are the scum of the earth",
    "Remember when you could walk down the high street and there were actual shops instead of vape places? Miss those days",
    "This town was lovely before the developers came. Now it's all identical flats",
    "Freeloaders and chancers, the lot of them. I mean the people running the water companies obviously",
    "Uneducated, unskilled, unaccountable. That's the board of my football club",
    "Londoners think the world ends at the M25",
    "Parents who park on the zigzags at school are the worst people alive",
    "Gamers who rage quit ranked deserve a lifetime ban",
    "Anyone who reclines their seat on a Ryanair flight is a psychopath",
    "Would you want your daughter marrying a Spurs fan? Exactly.",
    "Vapers in the pub garden blowing clouds in everyone's face, the lot of them have no manners",
    "Tech bros think they invented the bus",
    "Golfers are the most boring people on the planet, fight me",
    "Those people who clap when the plane lands need to be studied",
    "Pineapple on pizza people are a menace to society",
    "Middle managers have contributed nothing to history except meetings",
    "Why does every Conservative minister end up on a board of directors? Rhetorical question",
    "The Premier League is a money laundering operation with a football league attached",
    "Referees in this league are blind, corrupt and useless",
])
ok("flipped_target_backhanded_nh", "", [
    "He's really articulate for someone who only woke up ten minutes ago",
    "Not bad at all, you play FIFA like a pro! Usually your passing is terrible 😂",
    "She's clever, for a Liverpool fan. Joking, Becca, joking",
    "honestly he's one of the good ones, not like the rest of the planning department",
    "Surprisingly switched on for someone who's been on the night shift all week",
    "Dan's a Villa fan but he's a proper grafter, I'll let it slide",
])
ok("flipped_target_threat_call_nh", "", [
    "Tonight. Council meeting, 7pm, town hall. Bring your questions about the bin collection. They're not ignoring us another week",
    "Stop signing petitions about the potholes and start turning up at the council meetings",
    "Someone needs to go in there and clear out the whole board. Every last one of them. Vote them out at the AGM",
])

# ---------------------------------------------------------------- non-hateful: negated / denied hate
ok("negated_generalisation_nh", "muslims", [
    "It's not because he's Muslim that he got sacked, he was late every single day for a month",
    "Muslims aren't the problem, extremists are, and most victims of extremists are Muslims",
    "I'm not going to move carriages because a lad with a beard gets on with a rucksack. That's paranoia, not safety",
])
ok("negated_generalisation_nh", "black people", [
    "His skin colour has nothing to do with it, he's just a bad driver lol",
    "Property prices don't drop because Black families move in, they drop because of the new motorway being built next to it",
    "Crime follows poverty, not skin colour. Every criminologist will tell you that",
])
ok("negated_generalisation_nh", "women", [
    "The ref had a shocker today, and no, it's not because she's a woman. Half the male refs are worse",
    "Women aren't worse drivers, the insurance data says the exact opposite",
    "No, women aren't 'too emotional' to lead. Have you seen the men on Question Time",
])
ok("negated_generalisation_nh", "immigrants", [
    "Immigrants didn't ruin this town, twenty years of cuts did",
    "Not every migrant is a criminal, same as not every Brit is a hooligan",
    "The NHS isn't struggling because of immigrants, it'd collapse tomorrow without them",
])
ok("negated_generalisation_nh", "trans people", [
    "Trans people aren't a danger to anyone in toilets. They just want to pee in peace like the rest of us",
    "Being trans isn't a mental illness and the WHO took it off that list years ago",
])
ok("negated_generalisation_nh", "gay people", [
    "Gay men are not more likely to abuse kids. That myth has been debunked a hundred times",
    "I'd never care if my son was gay. I'd care if he was a knob",
])
ok("negated_generalisation_nh", "roma", [
    "Not all travellers are thieves, obviously. The bloke who nicked my bike was a lad from the next road",
])
ok("negated_generalisation_nh", "jews", [
    "Jews don't 'control the media', the media is owned by a handful of billionaires of every background",
])
ok("negated_generalisation_nh", "disabled people", [
    "Disabled people aren't a drain on anything, most of them work or would if employers gave them a chance",
    "Not everyone with a blue badge uses a wheelchair. Invisible disabilities exist",
])
ok("negated_generalisation_nh", "eastern europeans", [
    "The Romanian van outside the school is the window cleaner, he's done our street for six years. Calm down everyone",
])
ok("negated_generalisation_nh", "asians", [
    "Covid didn't come from 'Asians', it came from a virus. My Korean friend got spat at in 2020 for literally nothing",
])
ok("negated_generalisation_nh", "autistic people", [
    "Autistic people absolutely have empathy, my son cries when the dog's upset. It's just expressed differently",
])
ok("negated_generalisation_nh", "pakistanis", [
    "It's not about them being Pakistani, the taxi firm was just rubbish. Changed firms and problem solved",
])

# ---------------------------------------------------------------- non-hateful: counter-speech
ok("counter_speech_nh", "muslims", [
    "'Religion of peace strikes again' under a story about a man who turned out to be a white guy from Kent. Funny how that goes quiet",
    "Every time there's an attack, the first people to donate blood are the local mosque. Every. Single. Time.",
    "Judging 2 billion people by what a handful of nutters do is lazy. You wouldn't do it to Christians",
])
ok("counter_speech_nh", "immigrants", [
    "'You can't hear English on the high street' mate you can't hear anything on the high street, it's all shut",
    "'They take and take' - my Nigerian neighbour is a paramedic who did CPR on my dad. Sit down",
    "Reminder that 'I'm not racist but' is usually followed by something racist",
    "The 'doctors and engineers in dinghies' joke isn't as clever as you think. My dad WAS an engineer when he came here on a lorry",
    "Scapegoating immigrants for a housing crisis caused by not building houses for 40 years. Classic",
])
ok("counter_speech_nh", "black people", [
    "'He's really articulate' is not the compliment you think it is when you only say it about Black colleagues",
    "'One of the good ones' means you think the rest are bad. Just saying",
    "If you're sharing 13/50 memes you're not 'asking questions', you're sharing neo-Nazi propaganda",
    "Someone in the parents group said to 'keep an eye on your kids' because a Black man was by the park. He was the new PE teacher. Embarrassing",
])
ok("counter_speech_nh", "women", [
    "The 'women belong in the kitchen' lads never seem to actually cook anything either",
    "Told the guy at the five-a-side that 'you play like a girl' isn't an insult when the girls' team beat us 6-1",
    "Lads, if your mate says women only want money, ask him how it's going with women. That's your answer",
])
ok("counter_speech_nh", "trans people", [
    "Trans people have been using toilets for decades and nothing happened. The panic is manufactured",
    "Please stop calling her 'he' in the group. She's told us her name. It costs nothing",
    "Misgendering someone on purpose isn't 'free speech', it's just being a bully with extra steps",
])
ok("counter_speech_nh", "gay people", [
    "'Why isn't there a straight pride month' is answered by every month where you don't get beaten up for holding hands",
    "The scouts have had gay leaders for years and the only thing anyone's learned is how to tie knots",
])
ok("counter_speech_nh", "jews", [
    "If your criticism of Israel turns into 'the Jews', you've crossed from politics into racism. Easy line to not cross",
    "'Globalists' and 'the same surnames' is just antisemitism with the serial numbers filed off",
    "My Jewish mates shouldn't need security guards to go to school. That should bother everyone",
])
ok("counter_speech_nh", "roma", [
    "The 'no travellers' sign at that pub is illegal and I've reported it to the council",
    "Roma people have been in Europe for 700 years and still get treated like this. Read some history",
])
ok("counter_speech_nh", "disabled people", [
    "People moaning about blue badge 'fakers' need to learn about chronic pain. My wife looks fine and can barely walk 50 metres",
    "Disabled kids in mainstream schools improve things for everyone. My kid learned sign language from his classmate",
])
ok("counter_speech_nh", "refugees", [
    "Refugees 'complaining about hotel food' - one bloke said the chicken was raw and the tabloids ran it for a week. Get a grip",
    "If you had to flee your house with one bag you'd want someone to help too",
])
ok("counter_speech_nh", "asians", [
    "'Kung flu' jokes led to actual elderly people getting attacked in the street. Not funny then, not funny now",
])
ok("counter_speech_nh", "pakistanis", [
    "Grooming gangs are horrific and the perpetrators should rot, but most Pakistani families are as disgusted as anyone else",
])

# ---------------------------------------------------------------- non-hateful: reporting/quoting hate to condemn it
ok("quoted_hate_condemned_nh", "muslims", [
    "a man in Asda told a woman in a hijab to 'go back to the desert'. Whole queue told him to leave. Proud of my town today",
    "My daughter's friend was told 'Muslims aren't real people' by a kid in Year 8. School's dealing with it, thank god",
])
ok("quoted_hate_condemned_nh", "black people", [
    "Someone put a banana skin on my colleague's desk. HR are 'looking into it'. It's 2026, what is wrong with people",
    "Got told I was 'pretty for a dark-skinned girl' at a wedding. Smiled, then cried in the toilets. Don't be that auntie",
])
ok("quoted_hate_condemned_nh", "gay people", [
    "A man on the train told me and my boyfriend we'd 'burn in hell'. Lady across the aisle gave him an earful. Thank you, whoever you are",
    "Coach at my son's club said 'don't play like a poof'. Complained to the club, he's been suspended",
])
ok("quoted_hate_condemned_nh", "trans people", [
    "Someone wrote 'it's a man' on my trans mate's locker at work. She's gutted. Managers are reviewing CCTV",
])
ok("quoted_hate_condemned_nh", "immigrants", [
    "Grandad said the 'town was better before they came' at Sunday dinner. Reminded him his own dad came from Cork",
    "Saw 'England for the English' sprayed on the bridge again. Council have been told",
    "Man shouted 'speak English' at my mum in the Post Office. She's been here 40 years and speaks four languages",
])
ok("quoted_hate_condemned_nh", "jews", [
    "A guy at uni said Jews 'run the banks'. I asked him to name one bank and he couldn't. Conversation over",
])
ok("quoted_hate_condemned_nh", "disabled people", [
    "Some kid called my brother a 'retard' at the park. He's 9. Spoke to the mum, she was mortified, kid apologised",
])
ok("quoted_hate_condemned_nh", "chinese people", [
    "My mate's takeaway got 'covid carriers' written on the shutter in 2020. Still makes me furious",
])
ok("quoted_hate_condemned_nh", "roma", [
    "Overheard a woman in the post office say travellers are 'human rubbish'. Said something. She didn't like it. Good",
])
ok("quoted_hate_condemned_nh", "women", [
    "Streamer just said 'women can't play shooters'. Meanwhile the top fragger on my team is my girlfriend lol",
])
ok("quoted_hate_condemned_nh", "indians", [
    "Customer called me a 'curry muncher' at work today. Manager banned him from the shop. Good manager",
])

# ---------------------------------------------------------------- non-hateful: criticism of ideas, religions, governments
ok("idea_criticism_nh", "muslims", [
    "I think religion in general, Islam included, has no place in state schools",
    "Sharia courts shouldn't have any legal standing in the UK. One law for all",
    "Blasphemy laws are barbaric, wherever they are. Pakistan, Iran, wherever",
    "The Saudi government is a brutal regime and we shouldn't be selling them weapons",
    "Iran's morality police are an absolute disgrace. Solidarity with Iranian women",
])
ok("idea_criticism_nh", "jews", [
    "The Israeli government's bombing of Gaza is indefensible. That's a criticism of a government, not of Jewish people",
    "Orthodox parties in Israel shouldn't get military service exemptions, plenty of Israelis say the same",
])
ok("idea_criticism_nh", "chinese people", [
    "The Chinese government's treatment of Uyghurs is a genocide and our companies shouldn't be using their cotton",
    "CCP spying through apps is a real concern, ban TikTok on government phones",
])
ok("idea_criticism_nh", "", [
    "The Catholic Church covering up abuse for decades is one of the worst scandals of the century",
    "Evangelical churches in the US pushing anti-abortion laws is terrifying to watch",
    "Russia's invasion of Ukraine is a war crime. Putin's government, not ordinary Russians",
    "All religions are fairy stories for grown ups imo. Doesn't mean I hate religious people",
    "I think the monarchy should be abolished, nothing personal against anyone",
])
ok("idea_criticism_nh", "immigrants", [
    "The points-based system is a mess, we're recruiting care workers abroad while cutting training here",
    "I voted Reform because I want lower immigration numbers. Doesn't make me hate my Bangladeshi neighbours, who I get on with fine",
    "Multiculturalism as a government policy has had mixed results, worth debating without calling each other names",
])
ok("idea_criticism_nh", "trans people", [
    "I think the sports bodies have made a mess of the eligibility rules and need to consult athletes properly",
    "Puberty blocker research needs to be much better, that's what the review said, and it's fair to discuss",
])
ok("idea_criticism_nh", "women", [
    "Honestly I think some of the corporate 'girlboss' feminism is empty marketing",
])
ok("idea_criticism_nh", "indians", [
    "Modi's government has a terrible record on press freedom",
])
ok("idea_criticism_nh", "pakistanis", [
    "Cousin marriage carries real genetic risks and public health should talk about it honestly, with the communities not at them",
])

# ---------------------------------------------------------------- non-hateful: positive and neutral mentions
ok("positive_mention_nh", "muslims", [
    "Iftar at the community centre tonight, everyone welcome, not just Muslims. Bring a dish if you can",
    "Eid Mubarak to all our Muslim members! 🌙 Hope you have a lovely day with your families",
    "The mosque on Victoria Road is running a food bank every Saturday, they need volunteers",
])
ok("positive_mention_nh", "black people", [
    "Black History Month display at the library is brilliant this year, took the kids",
    "Massive shoutout to the Black-owned barber on Mill Lane, best fade in the city",
    "Our under-12s coach is a Black woman who played for England schoolgirls and the kids adore her",
])
ok("positive_mention_nh", "jews", [
    "Happy Hanukkah to our Jewish neighbours 🕎 the kids loved the doughnuts you brought round",
    "Jewish museum in Manchester is well worth a visit, free on Sundays",
])
ok("positive_mention_nh", "gay people", [
    "Pride this Saturday! Meet at the clock tower at 11, bring glitter and sun cream 🏳️‍🌈",
    "Our local rugby club has a gay team now and they're actually decent, lost to them last week",
    "My two mums are coming to parents' evening, yes they're both scary, no you can't escape",
])
ok("positive_mention_nh", "trans people", [
    "Trans Day of Visibility today. To any trans members here: you're welcome and you belong 💗",
    "Our new receptionist is a trans woman and she's the most organised person that surgery has ever had",
])
ok("positive_mention_nh", "women", [
    "Lionesses winning the Euros was the best day of the summer, come on ladies!!",
    "Women's football tickets are so cheap, took my daughter and she's obsessed now",
    "Big love to the women running the school PTA, they do all the work and get none of the credit",
])
ok("positive_mention_nh", "disabled people", [
    "Wheelchair basketball at the leisure centre on Tuesdays, absolutely brutal, come watch",
    "Paralympics on TV tonight, the swimming is unreal",
    "Our café's hiring and we've worked with the local disability employment scheme, best staff we've had",
])
ok("positive_mention_nh", "deaf people", [
    "Started a BSL course at the library. Deaf tutor is hilarious and very patient with my terrible signing",
])
ok("positive_mention_nh", "autistic people", [
    "Quiet hour at Sainsbury's on Tuesday mornings for autistic shoppers, my son loves it",
])
ok("positive_mention_nh", "refugees", [
    "The Syrian family who came in 2016 opened the bakery on Church Street. Best pastries in town",
    "Collecting winter coats for the refugee charity, drop off at the church hall",
])
ok("positive_mention_nh", "roma", [
    "Roma music night at the arts centre was incredible, that violinist 🎻",
    "Gypsy, Roma and Traveller History Month in June, the school's doing a project on it",
])
ok("positive_mention_nh", "indigenous people", [
    "Watched a film by a Māori director last night, absolutely stunning",
    "Reading a book by an Aboriginal author about her grandmother's land, highly recommend",
])
ok("positive_mention_nh", "immigrants", [
    "My grandparents came from Jamaica on the Windrush and built a life from nothing. Proud",
    "Our street WhatsApp has people from 14 countries and we still can't agree on the bins 😂",
])
ok("positive_mention_nh", "eastern europeans", [
    "The Lithuanian shop does the best rye bread, don't sleep on it",
    "Ukrainian family we hosted have just got their own place, so proud of them",
])
ok("positive_mention_nh", "asians", [
    "Diwali lights on Belgrave Road were spectacular this year",
    "Lunar New Year parade in Chinatown on Sunday, the dragon dance is a must 🐉",
])
ok("positive_mention_nh", "hispanic people", [
    "Salsa classes at the Latin American centre on Thursdays, no partner needed",
])
ok("positive_mention_nh", "sikhs", [
    "The gurdwara feeds anyone who walks in, free, no questions. Went with my mates after the match, beautiful people",
])

# ---------------------------------------------------------------- non-hateful: everyday chat mentioning a group or nationality
ok("everyday_nationality_nh", "", [
    "Anyone know if the Polish shop on Dale Road sells proper gherkins?",
    "selling a kids bike, barely used, collection only. ask for Jan (he's Polish, his English is better than mine lol)",
    "Somali restaurant by the station does a goat dish that'll change your life",
    "Turkish barber charged me £12 and set my ear on fire with the candle thing. 10/10",
    "Where's the best Chinese takeaway in the area? Our usual one closed",
    "Romanian lad on our team scored a hat-trick, drinks on him",
    "Lebanese place on the corner is doing lunch deals this week",
    "Anyone got recommendations for a good Indian restaurant for a birthday, group of 12?",
    "Our Nigerian neighbours had a party till 2am and honestly the jollof was worth it",
    "Pakistani cricket fans outside Edgbaston had the best atmosphere, drums going all day",
    "Greek Orthodox Easter is a week after ours this year, my in-laws are confused",
    "My Filipino colleague brought in lumpia for the whole office, I've eaten 11",
    "Anyone know a Portuguese tutor? My son's girlfriend's family is from Porto and he wants to impress",
    "Jamaican patty shop is doing 3 for £5 till Friday",
    "The Irish pub had the rugby on with the sound up, carnage when they scored",
    "Afghan kebab place near the uni is open till 3am, student lifesaver",
    "Chinese students in my flat taught me to make dumplings from scratch, mine looked like slugs",
    "Eritrean café on Stokes Croft does a coffee ceremony on Sundays, worth it",
    "Vietnamese nail bar on the high street is running half price this week",
    "A Sikh bloke helped me push my car out of the snow this morning, top man",
])
ok("genuine_question_nh", "", [
    "Genuine question, is it rude to wish a Muslim colleague happy Ramadan or is 'Ramadan Mubarak' better?",
    "How do I ask my new coworker what pronouns they use without making it weird?",
    "Is it OK to say 'Gypsy' or should I say Roma or Traveller? Want to get it right for a school project",
    "What's the difference between Sunni and Shia? My son asked and I realised I don't know",
    "Is 'disabled person' or 'person with a disability' the preferred term? Writing a job ad",
    "Why do some Jewish men wear the little caps? Asking because my kid asked on the bus and I didn't know",
    "My daughter's friend has two dads, any tips for explaining to a 5 year old? She's just curious",
    "Are there any deaf-friendly pubs round here? My brother-in-law is visiting",
    "Does anyone know why Sikhs wear turbans? Want to understand before my colleague's wedding",
    "Is Hindi the same as Urdu? My Pakistani and Indian colleagues keep laughing at my questions",
    "What do you actually say at a Hindu funeral? Going to my mate's dad's next week",
    "Why are there so many Polish people in Boston, Lincolnshire? Genuinely curious about the history",
    "How do people who are autistic prefer to be described? Identity-first or person-first?",
    "Is it true that most refugees stay in countries next to where they fled from?",
])

# ---------------------------------------------------------------- non-hateful: in-group speakers and reclaimed words
ok("reclaimed_ingroup_nh", "gay people", [
    "as a massive gay I'm legally obliged to have opinions about Eurovision",
    "the queers are taking over the karaoke tonight, be warned 💅",
    "Dyke march is Saturday, lesbians assemble 🌈",
    "Me and my fellow bent lads are doing the pub quiz, team name 'Quiz Liza'",
    "Queer book club this month is reading Giovanni's Room, bring snacks",
])
ok("reclaimed_ingroup_nh", "disabled people", [
    "us crips are meeting at the accessible café because it's the only one with a ramp lol",
    "Being disabled means spending half your life on hold to the DWP. Anyway, how's everyone's Monday",
    "My wheelchair is faster than your bike, fight me ♿",
])
ok("reclaimed_ingroup_nh", "autistic people", [
    "autistic and proud. also autistic and currently hiding in the toilets at a wedding",
    "As an autistic person I will be reading the terms and conditions. All of them.",
])
ok("reclaimed_ingroup_nh", "trans people", [
    "Trans girl here, just had my first haircut at a proper salon and I'm crying happy tears",
    "As a trans man I can confirm the hardest part of transition was learning to do the lads' nod",
])
ok("reclaimed_ingroup_nh", "women", [
    "us girls have a 'rate the ref's hair' game going in the stands, best part of the match",
    "Women's five-a-side league is back, us lot are going to be an absolute menace 💪",
])
ok("reclaimed_ingroup_nh", "black people", [
    "Black mums in the group, where do you get your kids' hair done round here?",
    "Being the only Black guy at the office Christmas party means everyone asks you to DJ. I don't DJ",
])
ok("reclaimed_ingroup_nh", "immigrants", [
    "Immigrant kid starter pack: translating your mum's phone calls at age 7",
    "Us immigrants will drive 40 minutes for the right brand of rice, it's how we are",
])
ok("reclaimed_ingroup_nh", "jews", [
    "Jewish mum guilt is real, mine asked why I don't call and I called her this morning",
])
ok("reclaimed_ingroup_nh", "muslims", [
    "Muslim guys in the group, where's good for jummah near the stadium on match day?",
])
ok("reclaimed_ingroup_nh", "roma", [
    "I'm a Romany traveller and I've lived in a house for 20 years, ask me anything",
])
ok("reclaimed_ingroup_nh", "deaf people", [
    "Deaf girl problems: people shouting at me slower. I lipread, Barbara, I don't need the volume",
])
ok("reclaimed_ingroup_nh", "pakistanis", [
    "As a Pakistani, I can confirm my mum does have a Tupperware drawer with no matching lids",
])
ok("reclaimed_ingroup_nh", "indians", [
    "Desi aunties at weddings asking when you're getting married is an Olympic sport",
])

# ---------------------------------------------------------------- non-hateful: profanity and insults with no protected target
ok("profanity_no_target_nh", "", [
    "fucking hell the 38 bus just drove straight past me AGAIN",
    "Absolute shitshow of a game, we were bollocks from minute one",
    "who the fuck parks across two spaces at Tesco on a Saturday, you absolute weapon",
    "this weather is taking the piss, it's July",
    "Oi Darren you muppet, you left the gate open and the dog's in next door's garden",
    "ref is a bent bastard and I'll say it to his face",
    "My router is a useless piece of shit, third time today",
    "Whoever keeps nicking the milk from the staff fridge, you're a cunt and I hope it's gone off",
    "That penalty miss. Jesus Christ. My nan could've scored that",
    "omg shut up Kev you absolute knob 😂",
    "Shit pub, shit beer, shit music, 2/10 would not return",
    "arsenal are bottling it again, pathetic, absolutely spineless",
    "Don't be a dick about the parking and we won't have a problem, Steve",
    "I'm so fucking tired of this group chat arguing about bins",
    "Our MP is a spineless coward who voted against his own constituency. Remember that at the election",
    "Whoever designed this roundabout should be locked up",
    "the council are a bunch of clowns, 6 months to fix one streetlight",
    "Absolute scenes, that goal was filthy 🔥🔥",
    "You lot are savages for eating pizza with a knife and fork",
    "Dan you're a dirty cheat, there's no way you got that many points in one round",
    "my brother is a lazy slob who hasn't washed a plate since 2019",
    "That landlord is a slimy little rat and I'm reporting him to the council",
    "Mate you're thick as two short planks sometimes, love you though",
    "Pack it in, you're both acting like children, it's a parking space",
])
ok("heated_argument_no_trait_nh", "", [
    "@gazza77 you don't know the first thing about football, you support a team that's been relegated three times",
    "@Sue_H nobody asked for your opinion on my hedge, Sue. Mind your own garden",
    "@mike_b go back to your own forum if you don't like how we run this one",
    "Honestly @Jenny you're the most negative person in this group, every post is a complaint",
    "@ref_watch you clearly didn't watch the game, stop chatting rubbish",
    "@chris_d your takes are so bad I think you're doing it for attention",
    "If you don't like the new kit, don't buy it, simple. Stop whinging in the group",
    "@Tony_86 you've been banned from three pubs for a reason mate",
    "Go back to Twitter with that attitude",
    "@lewis_fc you're a plastic fan and everyone knows it",
])

# ---------------------------------------------------------------- non-hateful: hard contrasts on statistics and stereotypes
ok("statistics_discussion_nh", "", [
    "The stats on Black maternal deaths in the UK are shocking, four times higher. NHS needs to sort this",
    "Interesting study showing refugees who get work permits quickly end up paying more tax than average",
    "The gender pay gap at my company is 18%. Raised it at the staff meeting and they're doing an audit",
    "Hate crimes against Jews and Muslims both went up last year according to the Home Office figures",
    "Disabled people are twice as likely to be unemployed, which says more about employers than about them",
    "Trans people are far more likely to be victims of violence than perpetrators, the data's pretty clear on that",
    "Roma kids have the lowest school attendance in the country, and the reasons are mostly about exclusion and housing",
    "Immigrants are overrepresented in the NHS workforce, about a fifth of staff weren't born here",
])
ok("stereotype_joke_self_nh", "", [
    "Us Brits will apologise to a door we walked into",
    "Scousers will talk to you at a bus stop for 40 minutes and know your whole life story",
    "Yorkshire people will tell you the price of everything and then say it was a rip off",
    "Northerners don't own coats, it's a known fact",
    "Every Geordie on a night out in January in a t-shirt, legends",
])
ok("counter_backhanded_nh", "", [
    "Pro tip: 'your English is so good!' to someone born in Leicester is not a compliment",
    "Stop telling my sister she's 'pretty for a Black girl'. She's pretty. Full stop",
    "'You don't act gay' is the weirdest compliment I've ever been given. How do gay people act, Steve?",
    "If you have to say 'I've got Black mates so I can say this' - you can't say it",
])
ok("sarcasm_against_hate_nh", "", [
    "Oh no, a family moved in next door and they speak another language at home, however will the street survive 🙄",
    "Yes Gary, the Pride flag in the library is definitely what's wrong with the economy",
    "Wow, people whose grandparents came here 60 years ago are 'invading'. Slowest invasion in history",
    "Love how 'they're taking our jobs' and 'they're all lazy on benefits' get said in the same breath",
    "Breaking: woman referees a football match and the sky does not fall in",
    "Ah yes, the refugees in the hotel, famously the people who crashed the economy in 2008",
])

# ---------------------------------------------------------------- more hateful, less common targets
hate("derogation_h", "generalisation", "somalis", [
    "Somalis are the worst of the lot, clan wars in the middle of our estate and they call it culture",
])
hate("derogation_h", "generalisation", "afghans", [
    "Afghan 'teenagers' are grown men who've never seen a woman without a burka. Keep your daughters in",
])
hate("suspicion_h", "generalisation", "syrians", [
    "Syrian 'refugees', half of them were fighting for ISIS last year and we let them walk straight in",
])
hate("derogation_h", "generalisation", "turks", [
    "Turkish barbers are all fronts for money laundering, every one of them, it's their whole economy",
])
hate("derogation_h", "generalisation", "non-binary people", [
    "Non-binary is just a middle class kid wanting to feel special. None of them are real",
])
hate("derogation_h", "generalisation", "nigerians", [
    "Nigerians are all scammers, my nan got a call last week, didn't even need to ask where from",
])
hate("exclusion_h", "generalisation", "bangladeshis", [
    "Tower Hamlets has been lost to the Bangladeshis, you can't call it England any more",
])
hate("derogation_h", "generalisation", "hindus", [
    "Hindus worship cows and treat their own women worse than the cattle",
])
hate("dog_whistle_h", "generalisation", "immigrants", [
    "Went to Leicester, didn't see a single native. Future's bright 🙃",
])
hate("sarcasm_h", "generalisation", "roma", [
    "Lovely, the 'travelling community' have blessed us with their presence again. Better check the lead's still on the church roof",
])
hate("invasion_flood_h", "dehumanisation", "africans", [
    "Africa's population will triple and guess where they're all heading. It's a human tsunami",
])
hate("veiled_threat_h", "threat", "non-binary people", [
    "if my kid's teacher starts with the they/them nonsense I'll be waiting for them after school, and not to chat",
])
hate("misgendering_h", "harassment", "non-binary people", [
    "@sam_rowe_ you're a girl, Sam. Wearing a binder doesn't change that, love",
])

# ---------------------------------------------------------------- more non-hateful contrasts for the same targets
ok("positive_mention_nh", "somalis", [
    "Somali women's group at the community centre run the best youth sessions in the borough",
])
ok("positive_mention_nh", "afghans", [
    "Afghan interpreter who worked with my brother's unit just got resettled here, we're throwing him a welcome party",
])
ok("positive_mention_nh", "syrians", [
    "Syrian doctor at our surgery fled Aleppo and requalified here in 3 years. Incredible woman",
])
ok("positive_mention_nh", "nigerians", [
    "Nigerian wedding was 400 people and 9 hours and I've never had more fun in my life",
])
ok("positive_mention_nh", "non-binary people", [
    "Our drummer is non-binary and the best musician in the band by a mile, they carry us",
])
ok("positive_mention_nh", "bangladeshis", [
    "Brick Lane curry with the lads tonight, the Bangladeshi places there are unbeatable",
])
ok("positive_mention_nh", "hindus", [
    "Invited to my colleague's Holi party, what should I wear that I don't mind getting covered in colour?",
])
ok("negated_generalisation_nh", "nigerians", [
    "Got a scam call today. Before anyone says it, it was a Birmingham number and the bloke was as English as me",
])
ok("negated_generalisation_nh", "turks", [
    "Turkish barber down the road is legit and he's been there 15 years. Stop spreading rumours in this group",
])
ok("counter_speech_nh", "non-binary people", [
    "Using 'they' for one person has been in English since Shakespeare, it's not that hard",
])
ok("counter_speech_nh", "afghans", [
    "The Afghans arriving now include people who risked their lives helping our army. We owe them",
])
ok("idea_criticism_nh", "", [
    "The Taliban's ban on girls' schools is a crime against a whole generation of Afghan women",
    "ISIS were a death cult and their first and biggest victims were Syrian and Iraqi Muslims",
])
ok("quoted_hate_condemned_nh", "somalis", [
    "Somebody in the residents group said the Somali families 'bring the area down'. Those families run the homework club. Sort it out",
])
ok("news_violence_nh", "", [
    "Police say the fire at the hostel was started deliberately, residents were evacuated and nobody was hurt",
    "Court hears man posted threats against a mosque online, sentenced to 18 months",
])
ok("gaming_history_nh", "", [
    "Playing Total War as the Mongols, I've flattened half of Europe and it's only turn 40",
    "Anyone up for Valorant? Need a fifth, we're getting absolutely slaughtered",
])
ok("violent_idiom_no_target_nh", "", [
    "I'll kill whoever spoiled the Traitors finale for me",
    "Send the whole defence back to the academy, they're an embarrassment",
    "I could murder a curry right now",
])


# ---------------------------------------------------------------- checks and output
def main():
    seen = set()
    for text, label, category, functionality, target, lang in ROWS:
        assert text == text.strip() and text, repr(text)
        assert "\n" not in text, repr(text)
        key = text.lower()
        assert key not in seen, "duplicate: " + text
        seen.add(key)
        assert label in ("hateful", "non-hateful"), label
        if label == "hateful":
            assert category in CATEGORIES, (text, category)
            assert functionality.endswith("_h"), functionality
            assert target, ("hateful row needs a target", text)
        else:
            assert category == "", (text, category)
            assert functionality.endswith("_nh"), functionality
        assert target == target.lower(), target
        assert lang in ("da", "en"), lang
        assert 3 <= len(text.split()) <= 60, (len(text.split()), text)
    n = len(ROWS)
    nh = sum(1 for r in ROWS if r[1] == "non-hateful")
    assert nh / n >= 0.45, (nh, n)

    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data.csv")
    with open(out, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["text", "label", "category", "functionality", "target", "lang"])
        w.writerows(ROWS)

    print("rows", n)
    for k, v in sorted(Counter(r[1] for r in ROWS).items()):
        print("label", k, v)
    for k, v in sorted(Counter(r[2] for r in ROWS if r[2]).items()):
        print("category", k, v)
    for k, v in sorted(Counter(r[3] for r in ROWS).items()):
        print("functionality", k, v)


if __name__ == "__main__":
    main()
