#!/usr/bin/env python3
"""en5: a held-out English suite for trygbot, written blind in 2026.

Community-chat and social-media messages (neighbourhood groups, gaming
lobbies and Discord servers, Sunday-league and supporters' chats, school
parents' WhatsApps, workplace Slack/Teams) in everyday British and
American register. Hateful rows lean towards implicit, adversarial and
question-form hate; non-hateful rows are mostly hard contrasts on the
same topics.

Run:  python3 eval/suites/en5/generate.py
Writes messages.csv and README.md next to this file (byte-identical on
every run) after validating the suite's invariants.
"""
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import suitegen  # noqa: E402

NAME = "en5"
PREFIX = "en5"
LANG = "en"

S = suitegen.Suite()

# ---------------------------------------------------------------- hateful

S.hateful("threat_direct_h", "direct threats and calls for violence against a group or a member because of the group", [
    ("Any more of those Somalis turn up at the community centre and I'm bringing a bat. Not joking.", "so", "T"),
    ("if that tranny shows up at the school gates again I will personally drag him out by his hair", "tr", "T"),
    ("We know which house the Muslim family moved into on Birch Road. Time we paid them a visit, lads 🔥", "mu", "T"),
    ("Next gypsy caravan that parks on the rec gets torched. Spread the word.", "ro", "T"),
    ("I swear down if another Pole takes a shift off me I'll stab the lot of them", "po", "T"),
    ("Gays in our Sunday league? They'll get their legs broken in the first tackle, guaranteed.", "ga", "T"),
    ("Refugee hotel is two streets from mine. Saturday night, bring petrol. DM for details.", "re", "T"),
    ("I'm going to beat the crap out of the next Paki who cuts me up in the Asda car park", "as", "T"),
    ("Jews out of our town or we burn the synagogue down with them inside", "je", "T"),
    ("hey @Kerem go back to your own country before someone puts you in the ground. could be me.", "im", "T"),
    ("women who ref men's games should get a boot to the face, starting with the one from Saturday", "wo", "T"),
    ("put the kids from the special needs unit on the field and I'll happily run them over with the mower", "di", "T"),
    ("All the blacks on the estate need lining up against a wall and shooting, simple as", "bl", "T"),
    ("That Arab kid in my son's class is going to have an 'accident' on the climbing frame if his dad keeps looking at me like that", "ar", "T"),
    ("gonna find out where that trans streamer lives and make sure she never feels safe again", "tr", "T"),
    ("Chinese takeaway on the high street deserves a brick through the window, they brought covid here", "as", "T"),
    ("Greenlanders in my block better move out before I make them. Last warning.", "gr", "T"),
    ("I'll kill every one of them faggots at pride this weekend, watch the news", "ga", "T"),
    ("We should round up the Roma on Mill Lane and give them a proper kicking, the council won't do anything so we will", "ro", "T"),
    ("Muslims praying in the office quiet room again. Next time I'm walking in with a bacon sarnie and a hammer.", "mu", "T"),
])

S.hateful("threat_veiled_h", "implicit, deniable or joking threats (would be a shame if, someone should, I know where)", [
    ("Shame if that new mosque had a fire before it opens. Would be awful. Really awful 😉", "mu", "T"),
    ("Just saying, the Somali family at no. 14 might want to check their brakes more often.", "so", "T"),
    ("Someone should teach the lesbians at table 6 a lesson they won't forget. Not me obvs. Someone.", "ga", "T"),
    ("Funny how fast those dinghies sink when nobody's in a hurry to help. Let's keep not being in a hurry.", "re", "T"),
    ("My uncle has a van and a lot of free time. The traveller camp is only ten minutes away. Just thinking out loud.", "ro", "T"),
    ("Reminder that the trans kid's mum walks home alone past the woods every Thursday. Do with that what you will.", "tr", "T"),
    ("It's not a threat, it's a promise: your lot won't be welcome round here much longer, and not in a nice way @Yusuf", "mu", "T"),
    ("Be a pity if the Polish lads' van got its tyres slashed again. And again. And their faces next time.", "po", "T"),
    ("night of the long knives for the asylum seekers in that hotel when? asking for a friend", "re", "T"),
    ("If I see that black lad near my daughter again he won't be walking home, let's leave it at that.", "bl", "T"),
    ("We all know where the Jewish school is. That's all I'll say.", "je", "T"),
    ("Pride flag on the school fence again. Bet it'd burn nicely, and so would whoever keeps putting it up.", "ga", "T"),
    ("tell the Chinese family above the chippy to keep their windows shut at night. smoke travels 🔥🔥", "as", "T"),
    ("She thinks she can play centre back with the men because she's a 'woman in sport'. Let's see how brave she is with my studs in her knee. On purpose.", "wo", "T"),
    ("Roses are red, violets are blue, one more headscarf at the school gate and we'll come for you", "mu", "T"),
])

S.hateful("violence_wish_h", "wishes for and celebration of violence, death or suicide of a group", [
    ("Honestly hope the next Channel boat goes down with all of them on it", "re", "T"),
    ("Can't wait for the day someone bombs that gay bar. I'll bring popcorn", "ga", "T"),
    ("Wouldn't shed a tear if every Roma in the county got hit by a train", "ro", "T"),
    ("Every time I see a woman on the commentary team I pray her mic electrocutes her", "wo", "T"),
    ("hope the next virus wipes out the chinese first, only fair", "as", "T"),
    ("Trans people should all just kill themselves and save everyone the bother", "tr", "T"),
    ("Praying the Somalis in flat 3 get deported to a war zone and stay dead there", "so", "T"),
    ("I'd pay good money to watch that Muslim lot burn", "mu", "T"),
    ("if a black player gets his leg snapped I genuinely don't care tbh, one less", "bl", "T"),
    ("Honestly the disabled kids at our school should be put down like my nan's old dog", "di", "T"),
    ("May every Arab at that protest choke on the tear gas. Amen 🙏", "ar", "T"),
    ("ngl I'd laugh if the Polish builders' scaffolding collapsed with them still on it", "po", "T"),
])

S.hateful("extremism_h", "far-right codes, praise of terror perpetrators, Holocaust denial or approval, calls for ethnic cleansing", [
    ("14 words. Secure the existence. You know the rest. Proud of this town again 🇬🇧", "", "E"),
    ("88 to all the brothers in this chat. RaHoWa is coming whether they like it or not.", "", "E"),
    ("The Christchurch shooter is a saint and deep down you lot know it. Read his manifesto.", "mu", "E"),
    ("Great Replacement isn't a theory when you look at the reception class photo. Remigration now, every last one of them.", "im", "E"),
    ("The Holocaust numbers were made up, 6 million is physically impossible, do the maths", "je", "E"),
    ("Holocaust didn't happen, but honestly it should have", "je", "E"),
    ("Hitler was right about one group and we all know which one 👃", "je", "E"),
    ("Sieg heil lads, good turnout at the march today. White Britain for white Britons.", "", "E"),
    ("Ethnically cleanse the estate and house prices would double. Just saying what everyone's thinking.", "im", "E"),
    ("Join our Telegram, we're building a proper whites-only homeland movement. No muzzies, no Jews, no exceptions.", "", "E"),
    ("Every July I raise a glass to the Utøya lad. Hero. Did what needed doing.", "", "E"),
    ("(((they))) own the council, the bank and the school board. notice the pattern", "je", "E"),
    ("Deport them all, wives and kids included. Total remigration, no exceptions. 1488", "im", "E"),
    ("Auschwitz was a holiday camp with a swimming pool lol, look it up", "je", "E"),
    ("Remember the Pittsburgh synagogue shooter? Legend. Did nothing wrong.", "je", "E"),
    ("Srebrenica was a good start tbh", "mu", "E"),
])

S.hateful("dehumanisation_explicit_h", "explicit comparisons to vermin, animals, disease, waste or objects", [
    ("Refugees are cockroaches, you let one in and you've got a hundred by Christmas", "re", "D"),
    ("Those Roma are vermin, plain and simple. Rats with caravans.", "ro", "D"),
    ("Somalis are basically animals, you've seen how they live", "so", "D"),
    ("Trans people aren't people, they're a mental illness in a wig", "tr", "D"),
    ("Muslims are a cancer on this country and it's spreading to every high street", "mu", "D"),
    ("Jews are parasites, they feed off whatever nation is daft enough to let them in", "je", "D"),
    ("Black people are closer to apes than humans and science backs me up", "bl", "D"),
    ("The immigrants in the flats above the shop are like rats, breeding and leaving rubbish everywhere", "im", "D"),
    ("Gays are a disease. Keep them away from our kids' footie club", "ga", "D"),
    ("Disabled people are just dead weight on the NHS, useless lumps of meat", "di", "D"),
    ("Women are objects, good for cooking and one other thing", "wo", "D"),
    ("Arabs are filthy goats, every single one", "ar", "D"),
    ("Poles are a swarm of locusts, they strip a town bare then move on", "po", "D"),
    ("asians are like insects, all look the same and all swarm the same", "as", "D"),
    ("Greenlanders are just seals with a passport", "gr", "D"),
    ("The new lot at the asylum hotel are subhuman. Not a figure of speech.", "re", "D"),
    ("Treat the travellers like the pests they are. Call pest control, not the police.", "ro", "D"),
    ("Muslim women in those tents look like bin bags, which is fitting cos they're rubbish", "mu", "D"),
    ("these migrants are an infestation, whole town's crawling with them", "im", "D"),
    ("Pakistanis are a plague on this country. Fact.", "as", "D"),
    ("The Somali lads at the cage are a pack of wild dogs", "so", "D"),
    ("Trannies are freaks of nature. Things, not people.", "tr", "D"),
])

S.hateful("dehumanisation_implicit_h", "dehumanisation carried by emoji, insinuation or an implied animal/pest/object frame", [
    ("Feeding time at the zoo 🐒🍌 (when their winger gets the ball)", "bl", "D"),
    ("🐒🐒🐒 go on then Jordan, show us your tricks", "bl", "D"),
    ("Someone leave the gate open at the traveller site? Smell's drifting all the way to the school again", "ro", "D"),
    ("New neighbours from Mogadishu so I've stocked up on fly spray", "so", "D"),
    ("Had to fumigate the flat after the Pakistani tenants left, landlord's orders lol", "as", "D"),
    ("the gays are multiplying round here, someone ring the council pest people", "ga", "D"),
    ("More refugees arriving by the dinghy-load like fish in a net. Bin the catch.", "re", "D"),
    ("She's not a woman, she's a walking incubator with opinions", "wo", "D"),
    ("I see the Polish have finished nesting in the old Woolworths building", "po", "D"),
    ("Asian lot in the chippy queue, thought I'd wandered into a battery farm", "as", "D"),
    ("Can we get those wheelchair cabbages out of the cinema aisle, they're blocking the view", "di", "D"),
    ("Jews and money, name a more iconic parasite and host duo", "je", "D"),
    ("Arabs at the hand car wash again, someone herd them back to the desert", "ar", "D"),
])

S.hateful("slur_h", "a slur as the main attack", [
    ("Get off the pitch you fucking paki", "as", "S"),
    ("Who invited the faggot to five-a-side", "ga", "S"),
    ("typical pikey behaviour, nicking the lead off the church roof", "ro", "S"),
    ("Man just got carried by some tranny on his team, unreal", "tr", "S"),
    ("School's wasting money on a special unit for a bunch of retards", "di", "S"),
    ("Another kike landlord putting the rent up, what a shock", "je", "S"),
    ("My new manager is a towelhead. Great, can't wait for Friday prayers in the meeting room", "ar", "S"),
    ("Whole lobby is chinks, can't hear myself think", "as", "S"),
    ("Shut up dyke, nobody asked", "ga", "S"),
    ("The gyppos are back on the field behind the Co-op", "ro", "S"),
    ("Oi darkie, pass the ball for once", "bl", "S"),
    ("Wogs out of our club.", "im", "S"),
    ("Ref's a fucking Polack, no wonder he gave it to them", "po", "S"),
    ("Can't believe they hired a spastic to run the front desk", "di", "S"),
    ("He plays like a coon. All flash, no brain.", "bl", "S"),
    ("Some muzzie in my lobby kept spamming allahu akbar every kill", "mu", "S"),
    ("Bunch of shemales at the leisure centre pool now, what's the world coming to", "tr", "S"),
    ("Her new boyfriend's a nig-nog, her parents must be thrilled", "bl", "S"),
    ("That Eskimo freeloader is on my shift again", "gr", "S"),
    ("bender alert in the changing rooms lads", "ga", "S"),
    ("Your mum's a slag and a whore like every other woman on this server", "wo", "S"),
    ("Zero chance I'm voting for that yid", "je", "S"),
    ("Another bloody jigaboo on the bench", "bl", "S"),
    ("cripple in the outside lane doing 20, move it", "di", "S"),
])

S.hateful("slur_obfuscated_h", "slurs disguised with leetspeak, asterisks, spacing or spelled-out letters", [
    ("f4ggots running the school PTA now apparently", "ga", "S"),
    ("n1gg3rs ruined the park, can't even take the kids anymore", "bl", "S"),
    ("fcking p@kis everywhere in this town", "as", "S"),
    ("tr@nnies in the women's loos at the leisure centre again 🤢", "tr", "S"),
    ("sand n*gger spotted at the cricket nets", "ar", "S"),
    ("k1ke bankers, every time", "je", "S"),
    ("ret4rds shouldn't be in mainstream schools", "di", "S"),
    ("the g*ppo lot are back by the canal", "ro", "S"),
    ("ch1nk takeaway got my order wrong again, shocker", "as", "S"),
    ("look at this f a g g o t trying to queue snipe", "ga", "S"),
    ("muzz1es praying in the car park again", "mu", "S"),
    ("typical n-i-g-g-e-r timekeeping, rocked up 40 mins late to the match", "bl", "S"),
])

S.hateful("generalisation_explicit_h", "explicit negative generalisations and derogation of a group", [
    ("Muslims can't integrate, it's not in their culture. Never have, never will.", "mu", "G"),
    ("Women shouldn't be allowed to ref men's football, they don't understand the game", "wo", "G"),
    ("Every Somali I've ever met has been on benefits. Every single one.", "so", "G"),
    ("Immigrants are the reason our GP waiting lists are a joke. Send them back and problem solved.", "im", "G"),
    ("Black lads round here are all in gangs, don't kid yourself", "bl", "G"),
    ("Roma steal. It's what they do. Lock your sheds.", "ro", "G"),
    ("Jews always look after their own and screw the rest of us", "je", "G"),
    ("Gay men can't be trusted around young boys, so no, he shouldn't be coaching the U10s", "ga", "G"),
    ("Trans women are just blokes in dresses trying to get into changing rooms", "tr", "G"),
    ("Disabled people are lazy and love a handout", "di", "G"),
    ("Arabs treat their women like dirt, every one of them", "ar", "G"),
    ("Poles are all drunks, ask anyone who's worked a building site", "po", "G"),
    ("Chinese people eat anything that moves, that's why we all got covid", "as", "G"),
    ("Greenlanders are all alcoholics on welfare, ask anyone in Copenhagen", "gr", "G"),
    ("refugees are just economic migrants with a sob story and a new iPhone", "re", "G"),
    ("Girls are rubbish at games. If you're a woman stop queuing for ranked.", "wo", "G"),
    ("Asians can't drive. That's not racism, it's statistics.", "as", "G"),
    ("All Muslim men are groomers just waiting for their chance", "mu", "G"),
    ("black dads never stick around, that's why their kids run riot at school", "bl", "G"),
    ("the gypsy beggars outside Greggs are all part of gangs, every one", "ro", "G"),
    ("Women in this office are always too emotional to make a real decision", "wo", "G"),
    ("Deaf people are thick, simple as", "di", "G"),
    ("Trans people are mentally ill and shouldn't be allowed near kids", "tr", "G"),
    ("The Polish mums at the school gate are all rude and can't be bothered to learn English", "po", "G"),
    ("Gays are all promiscuous and riddled with STDs", "ga", "G"),
    ("Somalis are violent, period. Look at the stats.", "so", "G"),
    ("Immigrants don't pay tax, they just take and take", "im", "G"),
    ("Arabs are all terrorists in waiting", "ar", "G"),
    ("Jews are greedy, it's a cultural thing", "je", "G"),
    ("Refugee kids are dragging the whole class down, they should have their own school", "re", "G"),
])

S.hateful("generalisation_implicit_h", "implicit derogation: insinuation, dog whistles, 'I'm not racist but', backhanded praise", [
    ("Not being funny but since the Somalis moved in the bins have been a disgrace. Coincidence I'm sure 🙄", "so", "G"),
    ("Funny how the bikes only started going missing when the travellers arrived. Must be a coincidence.", "ro", "G"),
    ("I'm not racist, I've got a black mate, but I'd never let my daughter marry one", "bl", "G"),
    ("New head of IT is a woman. Diversity hire again I see, good luck with the servers 🙃", "wo", "G"),
    ("Another 'lovely young man' from Eritrea in the paper. They always are, aren't they.", "re", "G"),
    ("Notice how the school nativity is a 'winter celebration' now? We all know who to thank for that.", "mu", "G"),
    ("Hmm, wonder which 'community' the grooming gang was from this time. Oh wait, we all know.", "mu", "G"),
    ("Love how everyone's shocked the landlord who doubled the rent is called Goldberg 🤔", "je", "G"),
    ("Ask yourself why the nice areas stay nice. Hint: it's not the postcode.", "bl", "G"),
    ("She's pretty smart for a woman, to be fair to her", "wo", "G"),
    ("He speaks really well for a black guy tbf", "bl", "G"),
    ("They're not like us and they never will be, no matter how many passports you hand out.", "im", "G"),
    ("Half the new builds on the estate went to 'families in need'. Wonder what colour those families are.", "bl", "G"),
    ("Paralympics is just the participation-trophy Olympics, let's be honest", "di", "G"),
    ("Ooh another Polish van with no tax. Where have I seen that before 😂", "po", "G"),
    ("Two dads? Poor kid. He'll need therapy one day.", "ga", "G"),
    ("Every time there's a stabbing in town I already know what the suspect description will say. Don't even need to read it.", "bl", "G"),
    ("We used to leave our doors unlocked round here. Then certain people arrived. Say no more.", "im", "G"),
    ("Not saying all Muslims. But it's always Muslims, isn't it", "mu", "G"),
    ("The Asian parents are all tiger mums who won't let their kids be kids, that's why they're all so weird", "as", "G"),
    ("The mosque wants a bigger car park. Course they do, there's always more of them, isn't there", "mu", "G"),
    ("Loving the cultural enrichment on the high street lately. Three vape shops and a stabbing 🙃", "im", "G"),
    ("'Refugee' aged 32 with a full beard going into year 10 again? Okay then.", "re", "G"),
    ("Apparently the trans lot want their own changing room now. Next they'll want their own country.", "tr", "G"),
    ("Our team was doing fine before they let girls in. Just saying.", "wo", "G"),
])

S.hateful("question_form_h", "hate phrased as a question, 'genuine question', 'just asking'", [
    ("Genuine question: why do Muslims always have to make everything about their religion?", "mu", "G"),
    ("Why are black people so loud on the bus? Not being funny, just curious", "bl", "G"),
    ("Is it true the Roma teach their kids to pickpocket from age 5? Asking because of the school trip to London", "ro", "G"),
    ("Why do so many Jews end up running banks and the media? I'm just asking questions 🤔", "je", "G"),
    ("Serious question, why should my taxes pay for some disabled lad to sit at home on his Xbox all day?", "di", "G"),
    ("Why can't women just accept they're worse at Counter-Strike? It's biology", "wo", "G"),
    ("How many more refugees do we need before people admit they're ruining this town?", "re", "G"),
    ("Can someone explain why gay people need to shove it in our faces every June?", "ga", "G"),
    ("Why do Polish people think it's fine to park wherever they like? Is it a cultural thing?", "po", "G"),
    ("Would you really let a trans woman babysit your kids? Be honest with yourselves.", "tr", "G"),
    ("Why do the Asian kids always cheat in exams? Every year the same story", "as", "G"),
    ("Do Somalis actually work or is it all benefits? Never once seen one at a job", "so", "G"),
    ("Whose idea was it to let Arabs run the corner shop AND the taxi rank? Both gone downhill", "ar", "G"),
    ("How is it 'racist' to say immigrants commit more crime when it's literally true?", "im", "G"),
    ("Why do foreigners get council houses before our own kids do? Send them home first, surely?", "im", "G"),
    ("Is it me or do the Muslim mums at pickup think they're better than everyone?", "mu", "G"),
    ("Why does every female streamer need cleavage out to get viewers? Can't play for toffee", "wo", "G"),
    ("Should deaf kids really be in the same class as normal kids? Holds everyone back surely", "di", "G"),
    ("anyone else think the new Nigerian family will bring the house prices down?", "bl", "G"),
    ("Can't we just ask the travellers to pick another town to rob?", "ro", "G"),
])

S.hateful("conspiracy_h", "conspiracy tropes about a group", [
    ("Wake up. The Jews engineered the migration crisis to weaken white nations.", "je", "G"),
    ("The same few families with the same surnames own your mortgage, your bank and your MP. Look it up.", "je", "G"),
    ("Covid was a Chinese bioweapon and they're still laughing at us", "as", "G"),
    ("The gay lobby is grooming kids through the school curriculum. It's all planned.", "ga", "G"),
    ("Muslims are quietly taking over councils one seat at a time, it's all coordinated from abroad", "mu", "G"),
    ("The whole trans thing is a big pharma plot to sterilise our kids", "tr", "G"),
    ("Refugees are being shipped in on purpose to change how this country votes", "re", "G"),
    ("Hollywood, the banks, the news. Same people every time. Ask yourself who.", "je", "G"),
    ("Feminists secretly run HR in every company to push men out. Ever wondered why you didn't get that promotion?", "wo", "G"),
    ("Arabs are buying up every university so they can turn our kids into jihadis", "ar", "G"),
    ("The Somalis are running a welfare fraud ring and everyone at the council knows and covers for them", "so", "G"),
    ("They let the Poles in on purpose so wages would crash, it was the plan all along and they're all in on it", "po", "G"),
])

S.hateful("exclusion_h", "calls to exclude or segregate a group", [
    ("No Muslims at the Christmas fair please, it's our tradition not theirs", "mu", "G"),
    ("I've told my kids they're not to play with the traveller children. Don't want them picking up habits.", "ro", "G"),
    ("We should ban gay couples from the family fun day, it's meant to be for families", "ga", "G"),
    ("Don't rent to Somalis, I learned the hard way", "so", "G"),
    ("Women have no place in our league. Girls' team is down the road.", "wo", "G"),
    ("Trans kids should not be allowed on any school trip with normal kids", "tr", "G"),
    ("Let's keep the book club English only. You know what I mean by English.", "im", "G"),
    ("No Poles on my building crew ever again", "po", "G"),
    ("Disabled kids belong in special schools, not taking up our teachers' time", "di", "G"),
    ("I'm not having a black lodger, end of. Call it what you like.", "bl", "G"),
    ("Jews shouldn't be allowed on the board of governors, conflict of interest", "je", "G"),
    ("refugees out of our five-a-side, we had a nice thing going before", "re", "G"),
    ("Flat to let, Arabs need not apply, sorry not sorry", "ar", "G"),
    ("Can we stop letting Asians join the cricket club, they're taking it over", "as", "G"),
    ("Greenlanders shouldn't get Danish passports, they're not real Danes", "gr", "G"),
])

S.hateful("harassment_h", "attacks on one person because of a protected trait (misgendering, mocking disability, origin)", [
    ("@Sam you'll always be a bloke to me mate, put the skirt away", "tr", "H"),
    ("lol @Jess 'she/her' in the bio, sure mate, nice adam's apple", "tr", "H"),
    ("@Dev where are you REALLY from though? Not Leicester, the real answer", "as", "H"),
    ("@Priya go back to your corner shop and stop telling us how to run the PTA", "as", "H"),
    ("Tom the dyslexic wonder has sent the rota out again, spelled like a toddler wrote it 🤪 stick to colouring in mate", "di", "H"),
    ("@Marcus walk normally for once, you look like a shopping trolley with a dodgy wheel 😂", "di", "H"),
    ("Hey @Aisha does the tea towel on your head help your shooting? cos your aim's shocking", "mu", "H"),
    ("@Kasia go clean some toilets, it's what you're good at", "po", "H"),
    ("@Leo does your boyfriend know you're this bad at tactics? get off the mic with your gay voice", "ga", "H"),
    ("Mr Okafor reffed today. No wonder it was chaos, bet he thought the whistle was a tribal drum", "bl", "H"),
    ("@Noor nobody wants your hummus or your opinions at the residents' meeting, go home", "ar", "H"),
    ("Imagine being a woman and thinking you can run a dev channel @Rachel lol go make the coffee", "wo", "H"),
    ("@Ben why do you always sign like you're swatting flies, nobody understands you anyway", "di", "H"),
    ("Caught Aleksander on his phone again, probably texting home to ask for more vodka and potatoes", "po", "H"),
    ("@Ari are you going to charge us interest on that tenner for the ref? classic you", "je", "H"),
    ("That new girl in 5B with the hijab, I told my lad to ask her if she's hiding a bomb under it. He thought it was hilarious.", "mu", "H"),
    ("@Jamie you sound like a chipmunk on comms, are you a girl or a boy? sort it out, pick one", "tr", "H"),
])

S.hateful("adversarial_h", "disguised hate: sarcasm, emoji codes, spaced or swapped letters, 'jk', fake kindness", [
    ("Diversity is our strength 🙃 (said nobody whose bike got nicked outside the mosque)", "mu", "G"),
    ("Love how enriched my town is. 10/10 would not recommend 🙃🔪", "im", "G"),
    ("Friendly reminder that 13% of the population... you know the rest 😉", "bl", "G"),
    ("📿🧕💣 = every Friday on the high street", "mu", "G"),
    ("They call it Pride, I call it a sin parade heading straight for 🔥", "ga", "G"),
    ("Anyone know a good exterminator? Asking for the whole street now the Romanians have moved in 🐀", "ro", "D"),
    ("Happy Ramadan to everyone except the ones who'll bl0w themselves up after iftar lol jk... unless?", "mu", "G"),
    ("Women's football is like a dog walking on its hind legs. Not done well, you're just amazed it's done at all.", "wo", "D"),
    ("Not all Muslims are terrorists. Just most of the ones on the news 🤷", "mu", "G"),
    ("I love gay people. From a distance. A long distance. Like another country.", "ga", "G"),
    ("It's not hate to want my town to look like it did in 1985. IYKYK 🇬🇧", "im", "G"),
    ("Just asking, but how come the 'children' crossing in dinghies all have full beards?", "re", "G"),
    ("Jewish space lasers need better aim, they missed my mortgage rate 😂", "je", "G"),
    ("Reminder: sign language isn't a language, it's interpretive dance for people who can't be bothered to lip read", "di", "G"),
    ("👃🏻💰 spotted in the Year 9 parents' chat, explains the trip fees", "je", "G"),
    ("I've got nothing against travellers. I just think they should travel. Permanently. Away from here.", "ro", "G"),
    ("Be kind to refugees ❤️ kindly show them the way back to the beach", "re", "G"),
    ("N-word pass granted to everyone on the server, go wild 😂 first one to use it on Marcus gets mod", "bl", "H"),
    ("Trans rights are human rights lol. Anyway, Charlie will always be a he.", "tr", "H"),
    ("Playing spot-the-British-kid at the school nativity again. 0 for 3 so far 🙃", "im", "G"),
    ("Gr33nland3rs = dr*nks on benefits, change my mind", "gr", "G"),
    ("S0malis and w0rk in the same sentence? 🤣🤣", "so", "G"),
    ("Just watched a woman parallel park first go. Alert the press, first time in history 🏆", "wo", "G"),
])

S.hateful("hate_joke_h", "derogatory 'jokes' about a group", [
    ("How do you stop a Polish builder working? Take away his vodka. Oh wait, he'd just stop anyway 😂", "po", "G"),
    ("Why do Greenlanders love the pub quiz? Only place that does breakfast pints 🍺 (joke, they're all pissheads)", "gr", "G"),
    ("Knock knock. Who's there? Not the Somali kid's dad, he left years ago 😂", "so", "G"),
    ("What do you call a black man in a suit? The defendant. 😂 lads I'm crying", "bl", "G"),
    ("Why did the Muslim cross the road? Same reason he crossed the Channel, free stuff on the other side", "mu", "G"),
    ("How many feminists does it take to change a lightbulb? None, they just moan the dark is sexist. Women eh", "wo", "G"),
    ("My joke for the work Christmas do: how do you get a Jew to stop spending? You don't need to, he never starts 😂", "je", "G"),
    ("Disabled bays are where the real Olympics happens, watch how fast they sprint when it rains", "di", "G"),
    ("What's the Romanian for lost property? 'Mine now' 😂", "ro", "G"),
    ("How many genders does it take to change a lightbulb? 76, and they'll all cry if you misgender the bulb", "tr", "G"),
])

# ------------------------------------------------------------ non-hateful

S.benign("counter_speech_nh", "counter-speech that names and rejects a hateful claim", [
    ("Whoever keeps posting that Somalis are 'all on benefits' should meet the six who run the food bank rota. Cut it out.", "so"),
    ("Calling trans people 'mentally ill' isn't an opinion, it's just cruel. They're our neighbours.", "tr"),
    ("Mate, Poles built half the extensions on this street. Maybe pipe down.", "po"),
    ("Refugees are people running from bombs. Have some compassion, this group is meant to be for the whole village.", "re"),
    ("I'm not having my kid's football WhatsApp used for racist jokes about black players. Any more and I'm leaving.", "bl"),
    ("Jewish people do not control the banks. That's a conspiracy theory with a body count. Please stop sharing it.", "je"),
    ("The Roma family on Mill Lane dug my car out of the snow last winter. Stereotypes are lazy.", "ro"),
    ("Disabled people aren't 'a drain', Gary. My sister works full time and pays more tax than you.", "di"),
    ("Women ref just as well as men, the stats on decisions are basically identical. Give Hannah a break.", "wo"),
    ("The mosque raised £3k for the hospice last month. Maybe check that before the next rant about 'them'.", "mu"),
    ("Nobody's 'pushing' anything on your kids by having two mums in a picture book. Families look like that.", "ga"),
    ("Imagine thinking Asian people can't drive when half the driving instructors in town are Asian lol", "as"),
    ("Arabs aren't all terrorists and honestly it's embarrassing that it needs saying in a parents' group in 2026", "ar"),
    ("Greenlanders get a really rough deal in those 'jokes'. Not funny, just old and mean.", "gr"),
    ("Can we not do the 'immigrants are ruining the NHS' thing? Half the nurses on my mum's ward are immigrants.", "im"),
    ("hey, 'g*ppo' isn't banter, it's a slur. I've reported it and I'd ask everyone else to do the same", "ro"),
    ("Trans women are women. If that bothers you, there are other servers.", "tr"),
    ("Being deaf doesn't make anyone thick. Our coach is deaf and she's the sharpest person I know.", "di"),
    ("Stop saying 'diversity hire' every time a woman gets promoted. She had the most experience on the panel.", "wo"),
    ("Lads, the monkey emojis at the away keeper were disgusting. The club's banning everyone it can identify and good.", "bl"),
])

S.benign("quote_condemn_nh", "hate quoted or reported in order to condemn it", [
    ("Someone's spray-painted 'Muslims out' on the underpass by the school. Council's been told. Sickening.", "mu"),
    ("Reported the bloke in lobby 4 who kept calling me a 'paki'. Mods please check the replay, it's all on there.", "as"),
    ("My son came home asking what 'tranny' means because a kid said it about his teacher. Had a long chat. Not OK.", "tr"),
    ("Away fans were chanting about gassing Jews at half time. Never been so ashamed to be at a football ground.", "je"),
    ("Heard a bloke at the bus stop call refugees 'cockroaches'. Told him to get a grip. Still shaking tbh.", "re"),
    ("Why is there a post in this group saying 'gypsies are vermin'? Admins please delete, that's vile.", "ro"),
    ("FYI someone in the Year 6 chat said 'the disabled kids hold everyone back'. That is exactly the attitude the school is trying to fight.", "di"),
    ("'Women belong in the kitchen' is not banter in a work Slack. HR have been informed.", "wo"),
    ("Screenshotting for the mods: user xX_Reaper_Xx said 'all blacks are apes'. Ban please.", "bl"),
    ("Got a DM saying 'go back to Poland you leech'. Blocked and reported. Pathetic.", "po"),
    ("My cousin got called a 'sand n-word' at the cricket club and the committee has done nothing. Meeting Thursday, please come.", "ar"),
    ("Please stop sharing the meme that calls Greenlanders 'seals with passports'. It's racist and it isn't funny.", "gr"),
    ("The graffiti at the Jewish cemetery said '6 million wasn't enough'. Police are asking anyone with a doorbell camera to get in touch.", "je"),
    ("A man shouted 'f*ggots' at me and my boyfriend outside the Red Lion last night. If anyone saw anything please message me.", "ga"),
    ("He literally said 'Somalis are animals' on an open mic and the streamer laughed. Unsubbed.", "so"),
    ("When a colleague starts with 'I'm not racist but...' you already know what's coming. Called him out in stand-up.", ""),
    ("Quoting the leaflet that came through my door so you know what to bin: 'Stop the Asian invasion of our high street'. Disgraceful.", "as"),
    ("Remember when someone in here said the trans kid at the primary 'should be put down'? Admins left it up for two days. Never again.", "tr"),
])

S.benign("news_report_nh", "news and factual reports involving a group", [
    ("BBC saying 40 people were rescued from a dinghy off Dover this morning, including eight children.", "re"),
    ("Local paper says the council has approved the mosque extension after a three-month consultation.", "mu"),
    ("News: hate crimes against Jewish people in the UK rose again last year according to the latest figures.", "je"),
    ("Heads up, there's a meeting between the Traveller community and police at the village hall on Tuesday about the site.", "ro"),
    ("Home Office figures out today: asylum applications down 12% on last year.", "re"),
    ("The FA has charged three fans over racist abuse of the visiting winger on Saturday.", "bl"),
    ("Story in the Echo about the Polish deli on Station Road winning a regional food award 🥟", "po"),
    ("Court heard the man shouted homophobic abuse before the attack. Sentencing is next month.", "ga"),
    ("The government is consulting on new guidance for trans pupils in schools, deadline's the end of March.", "tr"),
    ("Paralympic squad announced today, two of them trained at our leisure centre!", "di"),
    ("Report out saying women in our sector still earn about 14% less than men. Depressing reading.", "wo"),
    ("Apparently the Somali community centre is getting lottery funding for a youth football programme.", "so"),
    ("Denmark and Greenland are in talks about a new fishing agreement, it was on the radio this morning", "gr"),
    ("Long read on the rise in anti-Asian attacks during the pandemic, worth a look before the diversity session", "as"),
    ("Arab film festival opens at the arts centre this weekend, according to the council newsletter", "ar"),
])

S.benign("policy_critique_nh", "criticism of immigration, asylum, welfare, equality or foreign policy without attacking people", [
    ("I think the government's immigration targets are unrealistic and the Home Office is a shambles. That's about policy, not people.", "im"),
    ("Housing asylum seekers in hotels is expensive and bad for them too. Process claims faster and let them work.", "re"),
    ("Criticising the Israeli government isn't antisemitic, but blaming Jewish families in Leeds for it absolutely is.", "je"),
    ("I'm worried about how the council's handling the Traveller site, there's been no consultation with residents OR the Travellers.", "ro"),
    ("Honest opinion: the trans guidance for schools was rushed and parents weren't consulted. We need a proper debate, respectfully.", "tr"),
    ("The visa rules for care workers are a mess, my mum's carer from the Philippines waited nine months.", "as"),
    ("Free movement ending has left building firms short-staffed. Polish workers were propping up half the sector.", "po"),
    ("PIP assessments are degrading. Disabled people shouldn't have to prove they're ill every six months.", "di"),
    ("I don't think the women's and men's leagues should merge yet, the funding gap needs fixing first.", "wo"),
    ("Net migration was too high last year and I want it brought down. Doesn't mean I don't like my neighbours.", "im"),
    ("Can we talk about the cost of the asylum system without anyone being called a racist? It's a fair policy question.", "re"),
    ("I think Denmark should give Greenland more say over its own resources. Bit of a colonial hangover.", "gr"),
    ("Stop-and-search figures show black lads get stopped far more often. That's a policing problem worth raising at the ward meeting.", "bl"),
    ("The Gulf states' human rights record is appalling and the sponsorship deal with our club is a disgrace.", "ar"),
    ("The aid cut to Somalia was a bad call, it'll just push more people onto the boats.", "so"),
    ("I'd like the council to publish how the refugee resettlement money is actually spent. Transparency isn't bigotry.", "re"),
    ("Points-based immigration hasn't fixed the care sector at all. Whoever designed it has never worked a night shift.", "im"),
    ("Blue badge rules are too strict for people with invisible conditions. The council needs to update the criteria.", "di"),
])

S.benign("religion_critique_nh", "criticism of religions, practices or institutions, not of believers as people", [
    ("I'm an atheist and I think most scriptures, the Quran included, treat women badly. Doesn't mean I've got a problem with Muslims.", "mu"),
    ("The Church of England's position on gay clergy is hypocritical, and I say that as a churchgoer.", "ga"),
    ("Slaughter without stunning should be banned, halal and kosher alike. Animal welfare is my whole point.", "mu"),
    ("Honestly I find the idea of any god pretty daft, Christian, Jewish, Muslim, whatever. But you do you.", ""),
    ("I think the burqa is oppressive as a garment. I'd still defend any woman's right to wear it on the bus.", "mu"),
    ("Ultra-Orthodox schools not teaching science properly is a real safeguarding issue, Ofsted should act.", "je"),
    ("Infant circumcision shouldn't be allowed for any religion in my view. Let people decide at 18.", "je"),
    ("Religious exemptions in equality law let faith schools turn away gay teachers. Time to close the loophole.", "ga"),
    ("The sermon about wives obeying husbands was backwards and I hope the mosque committee addresses it.", "mu"),
    ("Catholic adoption agencies refusing gay couples is wrong, full stop.", "ga"),
])

S.benign("neutral_mention_nh", "neutral, practical mentions of a group", [
    ("Does anyone know if the Polish shop on Vicarage Road sells fresh dill? Making soup tonight", "po"),
    ("Eid fun day at the community centre Saturday 12-4, bouncy castle and free samosas, all welcome!", "mu"),
    ("Reminder: the Jewish primary is closed Monday for Yom Kippur, so the school bus route changes.", "je"),
    ("Our new centre back is from Somalia, can anyone give him a lift to training on Tuesdays?", "so"),
    ("The Traveller Education Service is doing a session for parents at the library, details in the leaflet.", "ro"),
    ("Office is putting on a Diwali lunch Friday, let Priya know dietary stuff by Weds", "as"),
    ("Pride march goes past the ground at 2pm so kick-off's moved to 3:30", "ga"),
    ("We've got two wheelchair users joining the walking group, can someone check the route has no stiles?", "di"),
    ("Women's team have training on pitch 2 now, lads are on pitch 3", "wo"),
    ("Anyone got a Greenlandic recipe for the international food night? Our exchange student is homesick", "gr"),
    ("New neighbours are from Syria, lovely family. Their lad wants to join the under-9s, who do I speak to?", "re"),
    ("Is the Arabic class at the library still on Wednesdays?", "ar"),
    ("My partner's trans and we're both coming to the quiz, are there gender-neutral loos at the venue?", "tr"),
    ("There's a BSL interpreter booked for parents' evening, if your family needs one let the office know", "di"),
    ("Team dinner at the Chinese place on the corner, 7pm, bring cash they don't take card", "as"),
    ("Black History Month assembly is on the 14th, parents welcome", "bl"),
    ("The new tenants upstairs are Romanian and asked where the recycling goes, has anyone got the council page?", "ro"),
    ("Who's doing the fixture list for Ramadan? A few of the lads are fasting so evening kick-offs would help", "mu"),
    ("My cousin's immigration paperwork came through today! Celebrating at the Queen's Head if anyone's about", "im"),
    ("The synagogue's open day is Sunday, the kids' history class is going", "je"),
])

S.benign("positive_mention_nh", "positive mentions and praise of a group or its members", [
    ("Shoutout to the Polish lads who fixed the clubhouse roof for free. Legends 🍻", "po"),
    ("Our new GP wears a hijab and she's the best doctor we've ever had, so thorough", "mu"),
    ("The refugee family on our street cook the best food I've ever tasted. So glad they're here.", "re"),
    ("The two dads in our class are the most organised parents in the whole WhatsApp, no contest 😂", "ga"),
    ("Proud of our deaf keeper, saved three pens today 🧤", "di"),
    ("Big up the Somali mums who ran the bake sale, raised £400!!", "so"),
    ("Black girl magic in the U12s today, Amara's hat-trick was unreal 🔥", "bl"),
    ("Our Roma neighbours threw the best street party, the music was incredible", "ro"),
    ("The trans volunteers at the food bank have been absolute stars this winter 💛", "tr"),
    ("The Jewish deli does the best salt beef in the north and I will die on this hill", "je"),
    ("Women's team unbeaten all season. Better record than the men's, just saying 😏", "wo"),
    ("The Arab bakery's knafeh is my new obsession, go on a Sunday morning", "ar"),
    ("Our Greenlandic winger has the best first touch I've ever seen in Sunday league", "gr"),
    ("My Chinese colleague covered my shift when my kid was poorly, absolute gem", "as"),
    ("Immigrants literally keep this town running. The hospital, the buses, the takeaways. Thank you.", "im"),
])

S.benign("ingroup_nh", "in-group self-reference, including reclaimed terms", [
    ("As a queer woman, this group has been lovely. Thanks for not making it weird 🏳️‍🌈", "ga"),
    ("Us crips are meeting at the accessible entrance, look for the one with the purple wheelchair 😂", "di"),
    ("Speaking as a Muslim dad, the school's Eid email was really thoughtful. Appreciate it.", "mu"),
    ("As a trans guy who's played Sunday league for six years, honestly the banter's been fine here.", "tr"),
    ("Us Poles will be bringing the pierogi to the fundraiser, don't argue", "po"),
    ("Being the only Black dad at pickup is a vibe, everyone keeps asking me to DJ the school disco lol", "bl"),
    ("My fellow dykes, softball sign-up is open 🥎", "ga"),
    ("Me and the other Jewish mums are doing latkes for the winter fair, there'll be loads", "je"),
    ("As an autistic adult I really appreciated the quiet room at the match. More of this please.", "di"),
    ("Greenlander here, ask me anything about the fishing trip, happy to help plan", "gr"),
    ("Speaking as someone who came here as a refugee at 12, the welcome pack idea is brilliant", "re"),
    ("As a woman in tech, the new mentoring scheme at work is actually decent", "wo"),
])

S.benign("non_protected_insult_nh", "insults, dehumanising words and generalisations aimed at non-protected targets", [
    ("The ref today was an absolute clown. Blind, useless, should be banned from holding a whistle.", ""),
    ("Spurs fans are the most deluded people on earth", ""),
    ("Whoever keeps parking across my drive is a selfish pig. I've got your number plate.", ""),
    ("Our landlord is a greedy leech, three months for a boiler fix", ""),
    ("Camping in the bushes again? Get a real strategy you absolute noob", ""),
    ("Tories are vermin and I'll say it with my chest", ""),
    ("Lib Dem voters are idiots, every single one", ""),
    ("Vegans at the BBQ are the worst, won't shut up about the sausages", ""),
    ("Middle managers are a plague on this company", ""),
    ("The squad in the other lobby are a bunch of rats, mass reporting us for nothing", ""),
    ("Man United fans, name a more entitled fanbase. I'll wait.", ""),
    ("Cyclists who run red lights deserve every horn they get", ""),
    ("The PTA treasurer is a control freak and I'm done with her", ""),
    ("Whoever signed off this patch should be sacked, the servers are garbage", ""),
    ("Boomers in this group posting minion memes, I am begging you to stop", ""),
    ("Estate agents are parasites, change my mind", ""),
    ("Nextdoor keyboard warriors are the worst people on the internet", ""),
    ("That striker is a diving cheat and a disgrace to the shirt", ""),
    ("Smokers at the school gate are filthy, take it somewhere else", ""),
    ("Flat earthers are morons, sorry not sorry", ""),
])

S.benign("violent_idiom_nh", "violent idioms, hyperbole and game or sport talk with no protected target", [
    ("If anyone spoils the Traitors final I will actually kill you", ""),
    ("We absolutely murdered them 6-0 today 🔥", ""),
    ("I'm going to strangle whoever used the last of the office milk", ""),
    ("Our Polish striker destroyed their defence, they're dead and buried 😂", "po"),
    ("This quiz is going to slaughter me, I know nothing about rivers", ""),
    ("Headshot the whole enemy team, bodied them, they're getting wiped again next round", ""),
    ("My mum will literally bury me if I'm late for Sunday lunch", ""),
    ("The women's team are going to crush the league this year, watch", "wo"),
    ("Kill the music at 10pm please, some of us have kids", ""),
    ("I'll smash the bake sale with my lemon drizzle, the rest of you are toast", ""),
    ("Let's go to war with the council over the pothole on Elm Road", ""),
    ("We got battered in the second half, the keeper needs shooting lol", ""),
    ("She absolutely massacred that karaoke song and I loved every second", ""),
    ("Tempted to throw my laptop out the window, Teams has crashed again", ""),
    ("Our wheelchair basketball lads ran riot, absolutely annihilated Bristol", "di"),
])

S.benign("genuine_question_nh", "genuine, respectful questions about a group", [
    ("Genuine question, what's the right term these days, Traveller, Gypsy or Roma? Don't want to get it wrong in the newsletter.", "ro"),
    ("Is it OK to wish Muslim colleagues Eid Mubarak if I'm not Muslim, or is that weird?", "mu"),
    ("What should I put on the team sheet for a player who's non-binary? First time for me", "tr"),
    ("How do I make the school disco more accessible for kids in wheelchairs? Any tips?", "di"),
    ("Does anyone know when Passover is this year? Want to avoid clashing with the Jewish families for the fixture", "je"),
    ("Why do people cross the Channel instead of claiming asylum in France? Genuinely trying to understand the rules.", "re"),
    ("Why are there so few women refs in the county league? Is it abuse from the touchline or something else?", "wo"),
    ("Do Polish families do anything special on Christmas Eve? Want to include our new lad's family in the party", "po"),
    ("What's the difference between Somalia and Somaliland? A colleague mentioned it and I felt daft not knowing", "so"),
    ("Is 'coloured' still offensive? My nan keeps saying it and I want to explain why properly", "bl"),
    ("What's the etiquette at a Hindu funeral? Going to my colleague's dad's on Friday", "as"),
    ("Is it true Greenland has its own language, not just Danish? Our exchange student says so", "gr"),
    ("How should I handle a kid in my class using 'gay' as an insult? He's 8, I want to get it right", "ga"),
    ("Is there a halal butcher near the ground? Sorting the end of season BBQ", "mu"),
    ("Why has there been so much anti-Asian abuse online lately? Is it still the covid thing?", "as"),
])

S.benign("negated_hate_nh", "a hateful claim stated and denied", [
    ("I don't think Muslims are dangerous at all, and I'm tired of people in here implying it.", "mu"),
    ("Nobody's saying gay men shouldn't coach kids. That's a myth and it's offensive.", "ga"),
    ("Immigrants aren't the reason GP waiting lists are long. Underfunding is.", "im"),
    ("I would never tell my kids to avoid the traveller kids. They play together every day.", "ro"),
    ("Black lads are not 'all in gangs'. Mine is in the chess club and the choir.", "bl"),
    ("No, women are not worse at Counter-Strike. Best player in our clan is a woman.", "wo"),
    ("Trans people aren't a danger to kids. The evidence just doesn't say that.", "tr"),
    ("Jews don't run the media. Can we drop that one please", "je"),
    ("Disabled people are not lazy. My brother has CP and works two jobs.", "di"),
    ("It's not true that Poles are all drunks, that's a tired old stereotype.", "po"),
    ("Refugees are not 'invaders'. They're families. End of.", "re"),
    ("I don't believe for a second that Somalis don't want to work, the car wash lads do 12-hour days", "so"),
    ("Nobody in this chat actually thinks Asians can't drive, right? Good, moving on 😂", "as"),
    ("Arabs aren't a monolith and most of them are just trying to get to work like you", "ar"),
    ("Greenlanders aren't 'all alcoholics', that's a lazy cliché", "gr"),
])

S.benign("homonym_nh", "innocent words that look like slurs (dishes, cigarettes, embankments, mechanics)", [
    ("Making faggots and peas for tea tonight, proper northern comfort food", ""),
    ("Popping out for a fag, back in five", ""),
    ("The old dyke along the river has burst again, the fields are flooded", ""),
    ("Need to polish the trophies before presentation night", ""),
    ("Found a chink in their defence in the second half, their left back was knackered", ""),
    ("Gypsy moth caterpillars all over the oak in the park, council's been told", ""),
    ("Inspector says the fire doors need flame retardant paint", ""),
    ("Queer old weather today, sunshine then hail", ""),
    ("Turkey for the club Christmas dinner is ordered from the farm", ""),
    ("Going to nip to the shop before kick-off, anyone want anything?", ""),
    ("Ceilidh on Saturday, we're opening with the Gay Gordons so practise your steps", ""),
    ("Retard the ignition timing a couple of degrees and it'll stop knocking", ""),
])

S.benign("individual_critique_nh", "criticism of an individual who belongs to a group, not because of the group", [
    ("Ahmed's been late to five sessions in a row. If he's late Tuesday he's on the bench. Same rule as everyone.", ""),
    ("Our Polish keeper had a shocker today, three howlers. Happens to the best.", "po"),
    ("The Jewish councillor voted against the skate park and I think she's wrong. Writing to her.", "je"),
    ("Hannah is a terrible ref, not because she's a woman, because she never plays advantage", "wo"),
    ("The trans guy who runs the quiz picks the hardest music round every week and I hate him for it 😂", "tr"),
    ("The imam at the interfaith meeting talked for 40 minutes. Lovely man but wrap it up.", "mu"),
    ("Our Nigerian landlord hasn't fixed the boiler in six weeks. Reporting him to the council.", "bl"),
    ("My manager is deaf and she's also terrible at replying to emails, which has nothing to do with being deaf", "di"),
    ("The refugee lad in our team keeps hogging the ball, someone needs a word about passing", "re"),
    ("The Somali guy at the corner shop overcharged me for milk again, I'm going to Aldi", "so"),
])

S.benign("self_experience_nh", "members of a group describing discrimination they experienced", [
    ("Got called a terrorist on the bus home for wearing my hijab. I'm fine, just needed to say it somewhere.", "mu"),
    ("Someone scratched 'Pole' and a swear word into my car door. Police are useless.", "po"),
    ("Being the only woman on the dev team means I get asked to take notes in every meeting. Slowly losing it.", "wo"),
    ("Kid in my son's class keeps telling him Jews killed Jesus. He's 7. How do I raise it with the school?", "je"),
    ("First time a stranger shouted at me for holding my girlfriend's hand. Didn't expect it in this town.", "ga"),
    ("My daughter's the only Black girl in her year and someone touched her hair without asking again. Raising it with her teacher.", "bl"),
    ("Got told I 'don't look disabled' parking in a blue badge space. Invisible illness is a thing, people.", "di"),
    ("A customer asked me where I'm 'really from'. Bradford, mate. Still Bradford.", "as"),
    ("Got misgendered three times at the GP reception today. Exhausting.", "tr"),
    ("People in the queue at the Job Centre started on about 'foreigners taking everything' while I stood right there with my kids.", "im"),
])


# ------------------------------------------------------------- validation

def validate(suite, rows):
    errors = []
    names = [n for n, _d, _r in suite]
    if len(names) != len(set(names)):
        errors.append("duplicate functionality names")
    for name, _d, items in suite:
        if not (name.endswith("_h") or name.endswith("_nh")):
            errors.append("bad functionality name %r" % name)
        if len(items) < 5:
            errors.append("functionality %s has fewer than 5 rows" % name)
    seen = {}
    for r in rows:
        cid, fn, text = r["case_id"], r["functionality"], r["test_case"]
        hateful = fn.endswith("_h")
        if r["label_gold"] != ("hateful" if hateful else "non-hateful"):
            errors.append("%s: label does not match functionality" % cid)
        if hateful and r["category"] not in suitegen.CATEGORIES.values():
            errors.append("%s: hateful row needs a category, got %r" % (cid, r["category"]))
        if not hateful and r["category"]:
            errors.append("%s: non-hateful row has a category" % cid)
        if r["target_ident"] not in suitegen.TARGETS.values():
            errors.append("%s: unknown target %r" % (cid, r["target_ident"]))
        if r["lang"] != LANG:
            errors.append("%s: lang" % cid)
        if text != text.strip() or not text or "\n" in text:
            errors.append("%s: whitespace" % cid)
        key = re.sub(r"\W+", " ", text.lower()).strip()
        if key in seen:
            errors.append("%s: duplicate of %s" % (cid, seen[key]))
        seen[key] = cid
        if re.search(r"https?://|www\.|\.com\b|\+?\d[\d ]{8,}\d", text):
            errors.append("%s: looks like a link or phone number" % cid)
    n = len(rows)
    nh = sum(1 for r in rows if r["label_gold"] == "non-hateful")
    if nh < 0.40 * n:
        errors.append("non-hateful share %.1f%% below 40%%" % (100.0 * nh / n))
    if not 450 <= n <= 560:
        errors.append("row count %d is not about 500" % n)
    cats = Counter(r["category"] for r in rows if r["label_gold"] == "hateful")
    for c in suitegen.CATEGORIES.values():
        if cats[c] < 10:
            errors.append("category %s has only %d rows" % (c, cats[c]))
    tg = Counter(r["target_ident"] for r in rows)
    for code, t in suitegen.TARGETS.items():
        if code and tg[t] < 10:
            errors.append("target %s has only %d rows" % (t, tg[t]))
    if errors:
        sys.stderr.write("\n".join(errors) + "\n")
        sys.exit(1)


# ----------------------------------------------------------------- README

def readme(suite, rows):
    n = len(rows)
    labels = Counter(r["label_gold"] for r in rows)
    cats = Counter(r["category"] for r in rows if r["category"])
    tg = Counter(r["target_ident"] or "(none)" for r in rows)
    out = []
    out.append("# en5: held-out English community-chat suite")
    out.append("")
    out.append("**Content warning.** This suite contains hateful messages written to test a "
               "hate-speech detector: slurs, threats, dehumanising language, Holocaust denial and "
               "far-right codes aimed at many groups. They are test material, not opinions.")
    out.append("")
    out.append("## What it is")
    out.append("")
    out.append("A held-out evaluation suite written in 2026 for trygbot by a writer who had not read "
               "the rules, the engine, the training data or other suites; the only project file read "
               "was `eval/suites/suitegen.py`. Every message was written by hand for this suite; "
               "names are invented and there are no real links, phone numbers or addresses.")
    out.append("")
    out.append("The messages imitate English (British and American) community chats and social media: "
               "neighbourhood groups, gaming lobbies and Discord servers, Sunday-league and supporters' "
               "chats, school parents' WhatsApp groups and workplace Slack/Teams. Hateful rows lean "
               "towards implicit, adversarial and question-form hate (insinuation, dog whistles, emoji "
               "codes, obfuscated slurs, 'just asking', jokes, fake kindness). Non-hateful rows are "
               "mostly hard contrasts on the same topics: counter-speech, quoted hate that is condemned, "
               "news, policy and religion critique, neutral and positive mentions, in-group "
               "self-reference, insults and violent idioms with no protected target, genuine "
               "questions, negated hate and innocent homonyms.")
    out.append("")
    out.append("%d rows: %d hateful, %d non-hateful (%.1f%% non-hateful)."
               % (n, labels["hateful"], labels["non-hateful"], 100.0 * labels["non-hateful"] / n))
    out.append("")
    out.append("## Functionalities")
    out.append("")
    out.append("| functionality | label | rows | what it tests |")
    out.append("|---|---|---:|---|")
    for name, desc, items in suite:
        lab = "hateful" if name.endswith("_h") else "non-hateful"
        out.append("| `%s` | %s | %d | %s |" % (name, lab, len(items), desc))
    out.append("")
    out.append("## Categories of the hateful rows")
    out.append("")
    out.append("Category precedence, first match wins:")
    out.append("")
    out.extend(suitegen.PRECEDENCE)
    out.append("")
    out.append("| category | rows |")
    out.append("|---|---:|")
    for c in suitegen.CATEGORIES.values():
        out.append("| `%s` | %d |" % (c, cats[c]))
    out.append("")
    out.append("## Targets")
    out.append("")
    out.append("| target_ident | rows |")
    out.append("|---|---:|")
    for t in [v or "(none)" for v in suitegen.TARGETS.values()]:
        out.append("| %s | %d |" % (t, tg[t]))
    out.append("")
    out.append("## Columns")
    out.append("")
    out.append("| column | content |")
    out.append("|---|---|")
    out.extend(suitegen.column_rows(PREFIX, LANG))
    out.append("")
    out.append("## Regenerating")
    out.append("")
    out.append("```")
    out.append("python3 eval/suites/en5/generate.py")
    out.append("```")
    out.append("")
    out.append("The script holds every message, validates the suite (labels match functionality "
               "suffixes, categories only and always on hateful rows, known target codes, no duplicate "
               "texts, no links or phone numbers, at least 40% non-hateful) and rewrites "
               "`messages.csv` and this README byte-identically.")
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
    labels = Counter(r["label_gold"] for r in rows)
    cats = Counter(r["category"] for r in rows if r["category"])
    print("%d rows: %s; categories: %s" % (
        len(rows), dict(labels), ", ".join("%s %d" % (c, cats[c]) for c in suitegen.CATEGORIES.values())))


if __name__ == "__main__":
    main()
