#!/usr/bin/env python3
"""Generate eval/suites/en/adversarial.csv.

Every case below was written by hand for this suite, independently of
trygbot's rule packs and of public test sets (HateCheck, DKHate, MHC,
DynaHate). The script only lays the cases out, numbers them, writes the
CSV with Python's csv module and checks the result.

Case block format, one case a line:
    target | text
    target | text | category        (overrides the functionality's default)
An empty target is written as "-". Lines starting with '#' are ignored.

CONTENT WARNING: the hateful cases contain slurs, threats and dehumanising
language. They exist only so that a moderation tool can be measured.

Usage: python3 eval/suites/en/generate.py   (writes adversarial.csv next to it)
"""
import collections
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "adversarial.csv")

CATEGORIES = {"slur", "dehumanisation", "generalisation", "threat", "extremism", "harassment"}

# functionality -> (label_gold, default category or None, one-line description, cases)
SUITE = []


def block(functionality, label, default_category, description, text):
    cases = []
    for raw in text.strip("\n").split("\n"):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("|")]
        if len(parts) == 2:
            target, case = parts
            category = default_category
        elif len(parts) == 3:
            target, case, category = parts
        else:
            sys.exit(f"bad line in {functionality}: {raw!r}")
        if target == "-":
            target = ""
        cases.append((case, target, category))
    SUITE.append((functionality, label, default_category, description, cases))


# ---------------------------------------------------------------- hateful

block("animosity_h", "hateful", "generalisation",
      "Hostility without slurs or direct insults: resentment, sneering, backhanded compliments, \"not racist but\".", """
muslims | funny how the muslims never have to follow the same rules as the rest of us
black people | not racist but every time a family from africa moves onto a street it goes downhill within a year
refugees | they always get housed first. council flat, benefits, phone, the lot. my nan waited 9 years. refugees jump the queue every single time
gay people | I'm not homophobic, I just don't get why gay people need to shove it in everyone's face every june
jews | oh look, another jewish landlord putting the rent up, what a surprise 🙄
women | she's pretty sharp for a woman tbh, usually they can't follow an argument past the second sentence
black people | he's actually really well spoken for a black guy lol
roma | amazing how the travellers always turn up the week after the new fence goes in and suddenly all the tools go missing
immigrants | so kind of the immigrants to grace us with their presence. now if they'd also bother learning the language
trans people | trans people get more airtime than an actual war. every ad, every show. they want everything handed to them on a plate
disabled people | blue badge spaces everywhere and half the people using them can walk fine. scroungers the lot of them
muslims | can't go to the shops anymore without a dozen hijabs blocking the aisle and staring at you like you're the foreigner
asians | love how the asians open a restaurant and the health inspector mysteriously never shows up
gay people | i've got nothing against gays but why does every kids cartoon need one now
refugees | another refugee with an iphone 14 and designer trainers. yeah mate, really fleeing persecution there
women | women wanted equality and now they cry when nobody gives them the easy jobs anymore
jews | all for diversity but it's a bit odd that the jews somehow end up at the top of every single industry
roma | ever notice the gypsies only show up when there's something to nick
muslims | typical muslim behaviour honestly. take take take and then complain about how badly they're treated
immigrants | they arrive with nothing and a year later they're driving nicer cars than me. someone's paying for that and it's us
black people | black lives matter lol, but only when it's a cop. when they're shooting each other nobody seems to care
trans people | cute how the trans crowd think a wig and a skirt makes them a woman
asians | no offence but the asian kids at my school only ever talked to each other and copied everyone's homework
disabled people | wheelchair users get to skip every queue at the theme park. must be nice living off everyone's pity
gay people | the gay lobby gets whatever it wants and the rest of us are just supposed to smile and nod
women | sorry but women drivers are the reason my insurance is through the roof 😂 statistics don't lie
eastern europeans | polish builders everywhere, cash in hand, no tax, and every penny gets sent back home
immigrants | every time I ring a helpline it's someone reading a script in broken english. they took our jobs and can't even do them
""")

block("derogation_h", "hateful", "generalisation",
      "Negative characterisation of a group in varied words (backward, lazy, violent by nature, untrustworthy...).", """
muslims | muslims are a backward people stuck in the 7th century and proud of it
immigrants | immigrants from those countries are just lower iq, that's why nothing works where they come from
black people | black people are violent by nature, look at any city they end up running
jews | jews are greedy down to the bone. it's cultural, they can't help it
roma | gypsies are filthy thieving layabouts, every camp leaves a rubbish tip behind it
trans people | trans women are mentally ill men in dresses, nothing more and nothing less
gay people | gay men are promiscuous degenerates who can't keep it in their pants for five minutes
women | women are too emotional to be trusted with anything important, it's biology
disabled people | disabled people are a drain on everyone, they contribute nothing and expect everything
asians | asians are sneaky, they smile to your face and cheat you the second you turn around
refugees | refugees are lazy chancers who never intend to do a day's work
muslims | muslim men can't be trusted around women, it's how they're raised
black people | africans are primitive. not their fault, they're just not suited to modern society
roma | travellers are a lawless bunch of crooks who wreck every town they pass through
jews | jewish people are two-faced and only ever loyal to each other
women | women are bitter and stupid and they ruin every workplace they're let into
disabled people | autistic people are basically broken, they can't function like normal humans
asians | chinese people are rude, dirty and have zero manners, been to china twice and never again
gay people | lesbians are just ugly women who couldn't get a man
immigrants | immigrants ruin everything they touch. schools, hospitals, housing, the lot
asians | pakistani men are all groomers and everyone knows it, they're just too scared to say
black people | black women are loud, aggressive and impossible to work with
trans people | trans people are deluded attention seekers and everyone's too scared to say it out loud
refugees | refugees lie from the moment they step off the boat. fake ages, fake stories, fake everything
women | women are useless at anything that needs a brain, leave the thinking to the men
roma | roma are born liars, the kids are taught to pickpocket before they can even read
disabled people | deaf people are slow and a nightmare to deal with, I just don't serve them anymore
muslims | muslims are inbred from generations of cousin marriage, explains a lot tbh
""")

block("dehumanisation_h", "hateful", "dehumanisation",
      "Animal, vermin, disease, object or subhuman framing, often indirect.", """
muslims | muslim families breed like rabbits and we pay for every single one of the litter
immigrants | the estate's infested with somalis now. like cockroaches, you see one and there's a hundred behind the skirting boards
refugees | refugees swarming over the border like locusts, stripping everything bare as they go
jews | jews are a parasite on every nation stupid enough to let them in
roma | gypsies are vermin. plain and simple, vermin
trans people | saw a tranny at the gym today, no idea what it was supposed to be
gay people | homosexuality is a disease and the gays are the carriers, keep them well away from kids
black people | black people are closer to apes than to us, science just won't admit it
immigrants | those migrants aren't people, they're cargo the smugglers dump on our beaches
women | women are walking wombs, that's all they're good for
disabled people | the disabled are defective units. in nature they wouldn't have lasted a week
asians | asians eat dogs and live like rats, twelve to a flat
muslims | islam is a plague and muslims are the infected. quarantine the lot of them
roma | the traveller camp by the river is a nest. clear it out and fumigate the field
trans people | that thing in the dress at the bus stop isn't a woman. it isn't even a man anymore
immigrants | they're not real people, just a mass of brown bodies that keeps multiplying
immigrants | immigrants are a cancer on this country and the tumour's growing every year
jews | jews are rats, always scurrying wherever the money is
gay people | gays are a biological dead end, a glitch nature will correct eventually
refugees | what's coming across the mediterranean isn't refugees, it's a flood of subhumans
black people | black players running about like monkeys and then they whinge when the fans make the noises
muslims | muslims are sheep herded about by their imams, not a single brain between them
disabled people | people with down syndrome are basically vegetables, the lights are on but nobody's home
roma | roma kids are feral, like stray dogs roaming the streets in packs
women | women are basically pets. feed them, keep them happy, never let them make a decision
asians | the chinese are an ant colony, no individuals, just the hive
trans people | trans people are science experiments gone wrong, frankenstein with hormones
muslims | every new mosque is a breeding ground, like a wasp nest in the middle of town
""")

block("implicit_derogation_h", "hateful", "generalisation",
      "Exclusion (housing, jobs, neighbourhoods, country), nostalgia, contamination, \"send them back\", demographic fear.", """
refugees | this town was lovely before they started putting asylum seekers in the hotel
muslims | wouldn't rent my flat to a muslim family, you never get it back in the same state
black people | if a black family moves onto your street, that's when you sell. everyone knows that
immigrants | remember when you could walk down the high street and actually hear english? good times
refugees | send them back. every last boat, no exceptions, no appeals
women | we shouldn't promote women into senior roles, they'll only go off and have kids
immigrants | in 30 years we'll be a minority in our own country and nobody seems to care
roma | keep the travellers out of the village, put boulders across every field gate and don't let them stop
gay people | gay couples shouldn't be allowed to adopt, kids deserve a normal home with a mum and a dad
refugees | don't let your kids in the pool on the days the refugee centre goes, god knows what they bring in with them
jews | jews shouldn't be allowed to hold public office here. divided loyalties
trans people | trans people should be kept out of schools entirely, teachers included
immigrants | my grandad fought for this country and now look at it, you'd think you were in mogadishu
black people | this used to be a white neighbourhood, now house prices are on the floor and we all know why
disabled people | disabled kids belong in special schools, not holding back normal children in our classrooms
immigrants | deport the lot, passport or not. if you weren't born here you're not one of us
asians | the chinese takeaway on the corner should be shut down, who knows what's really in that meat
roma | wash your hands after you shake hands with one of them, you never know with gypsies
muslims | muslims shouldn't be allowed to build anything taller than a garden shed here, this is a christian country
muslims | the old neighbourhood's gone. halal butchers, headscarves, arabic on the shop signs. we lost it
immigrants | landlords should be allowed to put no foreigners on the listing, it's their property
gay people | gays should stay out of the men's changing rooms, nobody wants to be eyed up while they get dressed
immigrants | birth rates don't lie. they're outbreeding us and the government just lets it happen
immigrants | if you're from africa, no, you can't come in, we're full. go fix your own continent
black people | I'd never let my daughter bring a black lad home, not in a million years
women | keep women out of combat roles and out of the boardroom, it's not where they belong
refugees | this country is for the people who built it, not for whoever washed up last week on a dinghy
jews | no jews on the committee please, we'd like the club to stay ours
""")

block("conspiracy_h", "hateful", "generalisation",
      "Control of media/banks/governments, \"great replacement\", secret plans, globalist code words.", """
jews | funny how every big media company has the same kind of surname at the top. pure coincidence I'm sure 👃
immigrants | the great replacement isn't a theory, it's policy. they're importing voters to replace us
jews | (((they))) own the banks, the press and hollywood. just look at who's in charge
jews | the globalists want open borders so they can flood europe with cheap labour and breed white people out of existence
muslims | muslims have a 50 year plan to turn europe into a caliphate through birth rates and they say it openly
jews | zionists run the american government, every president is just their puppet
jews | every time there's a financial crash, have a guess which community comes out of it richer
jews | ever wonder why the jews are always the ones pushing mass immigration? weaken the host, rule what's left
gay people | the gay agenda is a coordinated plan to groom kids, it's in every school curriculum now
trans people | trans people are the foot soldiers of a plan by pharma billionaires to sterilise a whole generation of kids
refugees | the boats aren't random. they're organised to change who lives here and the eu knows it
jews | khazarians control the central banks and the fed, look it up before you call me crazy
asians | chinese families moving here are all sleeper agents for beijing, every single one of them
refugees | the refugee crisis is a script. same ngos, same funders, same goal: dilute the native population
immigrants | the kalergi plan is real, they wrote the whole thing down a hundred years ago and we're living it
muslims | every time a muslim gets elected it's another step in the takeover, they vote as a bloc on orders from the mosque
black people | the media never says when it's a black guy. they've been told to hide it to protect the narrative
jews | ZOG isn't a meme. who do you think really writes our laws?
roma | the roma beggars are one big coordinated operation, they all go home to mansions paid for with your pity
jews | the bankers who fund both sides of every war all go to the same synagogue. think about it
""")

block("threat_h", "hateful", "threat",
      "Direct first-person threats, normative violence, wishing death, violence against places, threats naming the target with a slur.", """
refugees | if I see another dinghy full of them coming in I'll sink it myself
muslims | someone should torch that mosque before friday prayers
trans people | swear if that tranny uses the ladies again I'm going to break its jaw
refugees | we know where the new refugee centre is. see you there saturday night, bring petrol
jews | line the jews up against a wall and this time finish the job properly
gay people | those two gays walked past my house holding hands again. next time it's a brick through their window
gay people | I'd happily plough through the pride parade and just keep driving
jews | the synagogue on elm road would go up nicely, just saying
roma | one more gypsy on my land and I'll put him in the ground, no questions asked
muslims | hope every muslim on that flight ends up at the bottom of the sea
asians | I'll be waiting outside with a bat for the first paki that looks at my sister
women | women like her need a slap now and then to remind them where they belong
black people | somebody oughta string up a few of those niggers like the good old days
refugees | I pray for the day someone drives a lorry through that refugee camp
disabled people | disabled babies should be put down at birth, save everyone the bother
immigrants | mark my words, these immigrants will be hanging from lampposts when people finally wake up
muslims | burn the mosques, burn their korans, burn the lot of them with it
asians | hope the next earthquake in pakistan gets every last one of them
gay people | I'll kick the shit out of any fag who tries it on with me
trans people | trans people should be shot on sight, no debate needed
gay people | if my son turns out gay I'll beat it out of him, simple as
jews | gonna smash every window in that kosher shop tonight, who's in?
refugees | put them on a boat, tow it out past the 12 mile line and pull the plug
roma | a couple of well placed petrol bombs at the traveller site would sort the crime figures out
muslims | wish someone would gas the lot of them. muslims first, then the rest
asians | if that chink next door plays her music one more time I'm wringing her scrawny neck
women | any woman who talks back to me gets a fist, that's how my dad did it
black people | black bloke's moved in across the road. I give it a week before his car goes up in flames
refugees | let's pay the refugee hotel a visit tonight lads, make them feel welcome 😉🔥
muslims | they should hang every last one of those groomers, the whole community, imams first
gay people | i'd shoot a gay man before i'd let him anywhere near my kids
roma | only good gypsy is one six feet under, and I'm more than happy to dig
""")

block("extremism_h", "hateful", "extremism",
      "Far-right codes used approvingly (88, 14 words, 1488, HH), praise of terror perpetrators, genocide denial/approval, ethnic cleansing calls.", """
jews | 88 to all my brothers out there, stay strong and stay white
ethnic minorities | we must secure the existence of our people and a future for white children. 14 words, always
jews | 1488 🦅 the movement never died, it just went quiet
jews | HH brother, see you at the march on saturday
muslims | the guy who shot up the mosques in new zealand is a saint, he did what our leaders never will
jews | the holocaust never happened, and if it did they had it coming
jews | six million? the numbers don't add up. biggest lie of the 20th century
jews | hitler was right about them and history is going to prove it
muslims | srebrenica was a necessary clean-up, the serbs did what had to be done
ethnic minorities | remigration now. every non-white out, voluntarily or otherwise | threat
immigrants | the day of the rope is coming for the traitors and the invaders | threat
jews | another attack on a synagogue? based. hope there's a sequel | threat
ethnic minorities | white power ✊ no apologies, no surrender
jews | sieg heil from the lads, the fourth reich starts here
immigrants | ethnically cleanse the estates, block by block, until it looks like england again | threat
black people | RaHoWa 💀 you know what time it is
muslims | the bosnian genocide is a myth invented to demonise the serbs
jews | the gas chambers were delousing rooms, look at the blueprints yourself
disabled people | the nazis had the right idea about the disabled, aktion t4 was just efficiency
jews | the lads at the rally did nothing wrong, gas the... you know the rest 😂 1488
""")

block("question_h", "hateful", "generalisation",
      "Hate phrased as a question: \"why do X always ...?\", \"am I the only one ...?\", \"isn't it obvious ...?\".", """
muslims | why do muslims always play the victim when they're the ones causing all the trouble?
black people | am I the only one who thinks black people just aren't as smart on average?
women | isn't it obvious that women shouldn't get a vote on things they don't understand?
jews | why is it always the jews who end up owning everything? asking for a friend
roma | why can't gypsies just get a job and pay their way like normal people?
refugees | can someone explain why we let refugees in when they hate everything about us?
trans people | how long until we admit trans people are just mentally ill and stop humouring them?
gay people | why do gay men have to act like screeching divas all the time?
disabled people | does anyone else think disabled people should just stay at home instead of slowing everyone down?
asians | why do asians drive like they've never seen a road before?
immigrants | wasn't this country better when immigrants knew their place?
women | what's the point of educating girls if they're just going to pop out babies anyway?
muslims | who else is sick of paying for muslims to sit on benefits and breed? | dehumanisation
muslims | isn't it funny how every terror attack has the same religion behind it? 🤔
black people | why do black people commit so much crime? genuinely curious
roma | how is it racist to say travellers are thieves when they literally steal everything not nailed down?
disabled people | why should my taxes pay for some retard's carer? | slur
trans people | am i wrong for not wanting a trans teacher anywhere near my kids?
refugees | honest question: do refugees actually contribute anything or is it all take?
jews | why do jewish people care so much about money? is it taught at home?
muslims | can we stop pretending muslims are compatible with a civilised society?
women | seriously why do women even bother with engineering when they're so bad at maths?
immigrants | what do you call a thousand immigrants at the bottom of the channel? a good start | threat
asians | how many more of our girls have to be raped before we admit pakistani men are the problem?
""")

block("pronoun_reference_h", "hateful", "generalisation",
      "Group named in one sentence, attacked in the next through they/them/those people.", """
refugees | new family from syria moved in upstairs. they stink the building out with their cooking and their kids are animals. | dehumanisation
muslims | the council's handing the old library over to the muslim association. they'll have turned it into a terrorist recruitment centre within a year.
trans people | a trans person started at work today. honestly they make my skin crawl, freaks the lot of them.
roma | gypsies have set up camp behind the school again. hide your bikes and lock your sheds, they'll strip the place clean.
jews | my daughter's new teacher is jewish. I'll be watching very closely what those people teach her.
black people | saw a group of black lads at the station. you just know they're up to no good, they always are.
refugees | the refugees arrived at the hotel last night. put them straight back on the coach and drive till you hit the sea.
women | women got the vote in 1918. worst mistake we ever made, they've been wrecking things ever since.
gay people | two gay guys opened a café on our street. give it a month, they'll be doing god knows what in the back room.
asians | an asian family moved in next door. the whole street smells of fish now and they never say hello, typical.
disabled people | about the disabled lad they hired in accounts. these people should be kept in care homes, not open plan offices.
immigrants | the immigrants at the end of my road. I'd like to see every one of them in a body bag. | threat
muslims | there's a mosque going up by the roundabout. they multiply like mice once they've got a foothold. | dehumanisation
eastern europeans | the polish lot at the warehouse. they drink on shift, steal from the stores and then cry discrimination.
gay people | lesbians in the changing room at my gym again. they're predators, all of them, pretending it's innocent.
immigrants | another load of somalis housed on the estate. they've got no intention of working, never have, never will.
trans people | a trans woman joined our running club. I refuse to call it she, it's a bloke in leggings. | dehumanisation
jews | the jewish family on the corner just bought a third house. those people won't stop until they own the whole street.
roma | there are roma kids at my son's school now. they should be in separate classes, they bring lice and bad habits with them.
black people | africans at the bus stop again, loud as anything. like a troop of baboons, they are. | dehumanisation
""")

block("negated_positive_h", "hateful", "generalisation",
      "Hate through negated positive statements: \"X are not capable of ...\", \"X will never be ...\", \"no X has ever ...\".", """
muslims | muslims are not capable of living peacefully in a democracy
women | women will never be as good as men at anything that actually matters
black people | no black country has ever managed to run itself properly
trans people | trans women will never be real women, no matter how many surgeries they have
roma | gypsies aren't capable of an honest day's work
immigrants | immigrants will never integrate. they don't want to and they never will
jews | no jew has ever done anything for this country without wanting something back
disabled people | disabled people will never be productive members of society, let's be honest
gay people | gay men can't be trusted to raise a child properly
asians | asians aren't capable of an original thought, they can only copy
refugees | refugees have never once been grateful for what they've been given
women | no woman has ever been a decent leader, go on, name one
muslims | muslim men don't know how to treat a woman with respect, it just isn't in them
black people | black people can't handle power without turning everything into a mess
roma | travellers have never paid a penny of tax in their lives and never will
trans people | a trans person can't be a good parent, the kid's doomed from day one
immigrants | immigrants aren't able to value democracy, they come from places that never had it
jews | jews will never be loyal to the country they live in
disabled people | people with learning disabilities are not capable of making their own decisions and shouldn't be allowed to
black people | no amount of education will ever make these africans civilised
""")

block("profanity_framed_h", "hateful", "generalisation",
      "Hate framed with swearing.", """
muslims | fucking muslims everywhere you look, can't move for the bastards
refugees | get these fucking refugees out of my town
black people | black people are so fucking loud, every damn bus ride
women | women are fucking useless, every goddamn one I've ever worked with
jews | fuck the jews and their fucking banks
roma | gypsy scum, the lot of them, thieving fucking pricks
trans people | trans freaks can fuck right off back to their therapists
immigrants | these goddamn immigrants can piss off back to whatever shithole they came from
gay people | fucking gays ruined the whole damn film for me
asians | asians can't drive for shit, every fucking time
disabled people | disabled people are a fucking burden on the rest of us
muslims | fuck islam and fuck every muslim who follows that shit
asians | shit, another bunch of pakis opening another bloody shop | slur
immigrants | bloody foreigners, been taking the piss out of our benefits system since day one
women | these feminazi bitches need to shut the fuck up and go make a sandwich | slur
refugees | refugees are fucking leeches, bleeding us dry | dehumanisation
jews | christ, the jews are whining about antisemitism again, give it a fucking rest
gay people | fucking dykes everywhere at this festival, it's grim | slur
eastern europeans | hate this shit town now, full of fucking romanians begging on every corner
black people | goddamn blm crowd, violent fucking thugs the lot of them
""")

block("opinion_framed_h", "hateful", "generalisation",
      "Hate framed as opinion: \"honestly I just think ...\", \"just saying ...\", \"facts: ...\".", """
muslims | honestly I just think muslims don't belong in europe, nothing personal
women | just saying, every woman I've ever managed has been a nightmare. they're not built for leadership
immigrants | facts: immigrants commit more crime, drain the nhs and refuse to integrate. cope.
gay people | unpopular opinion but gay people shouldn't be allowed to teach
trans people | imo trans people are mentally ill and need treatment, not pronouns
black people | my two cents: black people have had every chance going and still fail, at some point that's on them
jews | tbh I think the jews brought a lot of it on themselves
disabled people | hot take: disabled people should be sterilised, kinder for everyone in the long run | threat
women | call me old fashioned but women are happier when someone tells them what to do
roma | in my humble opinion gypsies are the worst thing that ever happened to this village
refugees | just my view but refugees should be kept in camps till we can ship them home
asians | honestly? asians are robots, zero personality, just programmed to study | dehumanisation
black people | not gonna lie, I cross the road when I see a group of black guys, and I'm right to
muslims | i'm just being realistic: muslims will always put their religion above the law
bisexual people | say what you like, but bisexuals are just greedy and confused
gay people | personally I think being gay is a sickness and gays should be treated for it
immigrants | truth is, immigrants from africa drag down the average of everything they touch
women | real talk, women only got ahead because of diversity quotas, not talent
roma | frankly the roma should be banned from entering the country, full stop
jews | just an observation: every jewish person I've met has been tight with money
""")

block("harassment_h", "hateful", "harassment",
      "Attacks on one person because of a protected trait: misgendering, disability taunts, \"go back to your country\".", """
trans people | @jamie you'll always be a man no matter how much makeup you trowel on, mate
asians | @priya go back to india, nobody asked for your opinion here
disabled people | hey @sam can you even read this or should I get someone to explain it slowly, spaz
muslims | @omar take that rag off your head before you talk to me
women | lol @lisa girls shouldn't be allowed on this server, go make your boyfriend a sandwich
gay people | @daniel everyone knows you're a fag, stop pretending
muslims | @ahmed your lot blew up a bus, so forgive me if I don't trust you on the project
disabled people | nice wheelchair @chris, bet you only use it to get the good parking spot
asians | @kim stop eating dogs and maybe we'll let you in the raid
trans people | he/him? lmao ok sweetie. @alex you're a girl with a haircut, deal with it
black people | @marcus why don't you go pick some cotton instead of arguing with me
jews | @rachel shut up you money grabbing jew
disabled people | @ben the kid with the hearing aid, nobody wants you on the team, you can't even hear the calls lol
immigrants | @maria go back to mexico and take your anchor babies with you
black people | @tom the only reason you got promoted is you're black and they needed a face for the brochure
gay people | @sophie you're only a dyke because no man would ever touch you
women | @jess you got the job because you're a woman, not because you're any good. everyone's saying it
asians | @yusuf you stink of curry mate, go sit somewhere else
muslims | @mo you're a terrorist in waiting, everyone at school says it
trans people | @nina your "pronouns" are a joke and so are you. enjoy being an it
""")

block("slur_h", "hateful", "slur",
      "Slurs used in ordinary sentences.", """
asians | the corner shop's been taken over by pakis again
jews | another kike running the bank, shocker
gay people | don't bring your faggot mates round here
trans people | the trannies are out in force today, christ
black people | why are there so many niggers on my street now
muslims | a bunch of ragheads praying in the car park again
roma | gyppos parked up on the rec again
asians | bloody chinks bought the takeaway next door
disabled people | they've put the retards on the same bus as the normal kids now
latinos | my sister's dating some spic from the market
gay people | dykes holding hands in the park, put me right off my lunch
roma | caught the local pikeys nicking lead off the church roof
asians | gooks in the nail bar charging 40 quid for a manicure
black people | the coons are having another street party, can't sleep a wink
latinos | wetbacks doing all the building work round here now, no wonder it's shoddy
muslims | muzzies have taken over the high street
black people | bus was packed with darkies this morning
trans people | some shemale served me at the pharmacy, felt sick
jews | the yids are buying up half of north london
""")

block("slur_compound_h", "hateful", "slur",
      "Slurs inflected or inside compounds.", """
asians | the pakishop on the corner sells out of date milk to the kids, typical
muslims | another sandnigger running the taxi rank
jews | kike-bankers crashing the economy again
gay people | the faggotry at this year's parade was off the charts
black people | nigger-lovers like you are why this country's finished
muslims | ragheads and towelheads, same thing, they all need to leave
trans people | this gym's turned into a tranny-fest since they changed the policy
asians | welcome to pakiland, formerly known as bradford
roma | gyppo-camp by the river again and the council does nothing
asians | chinktown's spreading, it's half the high street now
disabled people | retard-school kids on the bus again, screaming the whole way
""")

block("slur_evasion_h", "hateful", "slur",
      "Slurs spelled to evade filters: leetspeak, asterisks, symbols, spacing.", """
black people | n1gg3rs everywhere at the festival
gay people | f@gg0ts holding hands on the tube, grim
jews | the k*kes run hollywood and you all know it
asians | p a k i s out
trans people | tr@nn1es should stay out of the ladies
disabled people | r3tards on my bus again shouting the whole time
asians | g00ks can't drive
immigrants | sh1tskins arriving by the boatload
muslims | know what those m.u.z.z.i.e.s are planning? nothing good
roma | g y p p o s nicked my bike
""")

# ---------------------------------------------------------------- non-hateful

block("counter_speech_nh", "non-hateful", None,
      "Denouncing hate, or quoting it in order to object.", """
muslims | saying muslims "breed like rabbits" is dehumanising garbage and you know it
refugees | anyone who says refugees should be sent back to die needs to take a long hard look at themselves
roma | the guy at the bar kept going on about "gypsy thieves" so I told him to get out. nobody deserves that
trans people | no, trans women are not "men in dresses". they're women, and this kind of talk gets people hurt
immigrants | "go back to your country" — she was born in leeds, you absolute melon
jews | stop spreading that "jews control the banks" rubbish, it's the oldest antisemitic lie going
black people | reporting every account in this thread calling black players monkeys. disgusting behaviour
disabled people | if your "joke" is that disabled people should be put down, it isn't a joke, it's eugenics
women | people in the comments saying women can't lead: we've had plenty of brilliant women leaders, sit down
immigrants | the "great replacement" is a white supremacist conspiracy theory that's inspired mass shootings. please don't share it
gay people | my gay uncle still gets called a f*g in the street and people wonder why pride matters
muslims | the graffiti on the mosque was vile. we're going down saturday to help scrub it off, all welcome
asians | tired of the "asians can't drive" jokes, it's lazy racism dressed up as humour
trans people | calling a trans person "it" isn't edgy, it's cruel. use their name
jews | no, the holocaust was not "exaggerated". six million jews were murdered and the evidence is overwhelming
- | someone just said "I'm not racist but..." in the group chat and then said something extremely racist. every time
refugees | when people say "those people" about refugees what they really mean is "not human". and that's how it starts
roma | please stop calling roma kids "feral". they're children and they deserve the same as ours
jews | the 88 in his username isn't a coincidence. reported
disabled people | telling a disabled guy to "get a real job" when he's literally at work is peak ignorance
muslims | saw a post claiming muslims are "taking over". they're about 6% of the population, get a grip
gay people | nobody should ever be told their marriage "isn't real" because they're gay
refugees | the "they always get everything" crowd never seem to notice how long refugees wait for anything at all
black people | being black isn't a crime, no matter how often the comments section acts like it is
women | I'm done with people calling women "hysterical" every time they disagree. argue with the point
immigrants | to the lad who shouted "go home" at the bus driver: he's lived here longer than you've been alive
roma | the "jokes" about travellers on this page are just bigotry with a laugh track
asians | stop saying the chinese "brought the virus". my mum got spat at in tesco because of that rubbish
""")

block("reporting_nh", "non-hateful", None,
      "News and reports of what someone said or did.", """
muslims | police are investigating after pig heads were left outside a mosque in the city centre
jews | a man was convicted today for posting threats against a synagogue online
trans people | the report found that hate crimes against trans people rose sharply last year
immigrants | my neighbour said someone shouted "go back where you came from" at her in the supermarket
disabled people | according to the survey, one in three disabled people has been abused in public
black people | the footballer said he received hundreds of racist messages after missing the penalty
roma | the councillor apologised after calling travellers "a plague" in a leaked email
gay people | witnesses say the attacker yelled anti-gay slurs before punching the victim
refugees | the refugee centre was set on fire overnight; nobody was hurt, police say
roma | the documentary follows roma families facing eviction across europe
women | a teacher has been suspended for telling a pupil that girls "aren't made for science"
muslims | the court heard the defendant had described muslims as "vermin" in messages to friends
jews | new figures show antisemitic incidents at a record high this year
asians | a group of asian students say they were harassed on campus during the pandemic
disabled people | the tribunal ruled the company discriminated against a deaf applicant
jews | the graffiti, which included a swastika and the number 88, has since been removed
gay people | organisers said the pride march went ahead despite threats posted online
immigrants | an mp has been criticised for saying migrants "swarm" across the channel
women | the charity says women are still paid less than men for the same work
refugees | the study tracked how many refugees were in work within five years of arriving
muslims | she said her manager kept calling her "the muslim one" instead of using her name
- | the man, who had a history of posting white supremacist material, was arrested before the rally
black people | the lawsuit claims the landlord refused to rent to black tenants
trans people | police say a trans woman was attacked outside a nightclub on saturday night
""")

block("neutral_group_nh", "non-hateful", None,
      "Facts and good-faith questions about a group.", """
muslims | why do muslims fast during ramadan? genuinely curious how it works with football training
roma | what's the difference between roma and irish travellers? I always get it mixed up
refugees | how many refugees does the uk actually take compared to germany?
jews | jewish friends, is it weird to say happy hanukkah if I'm not jewish myself?
black people | is it "black" or "Black" with a capital b? I've seen both in the news
trans people | what pronouns should I use for someone at work if I don't know yet?
disabled people | how do deaf people use phones? is it all text or are there relay services?
immigrants | what percentage of care workers are immigrants, does anyone know?
gay people | when did same-sex marriage become legal here?
asians | do all east asian languages use characters or is it just chinese and japanese?
muslims | my colleague wears a hijab, is there anything I should think about for the work christmas do?
refugees | how long does the asylum process usually take from start to finish?
women | women make up about half of medical students now, right?
disabled people | what's the step-free route from the station to the stadium? my dad uses a wheelchair
roma | how do you say "thank you" in romani?
sikhs | why do sikh men wear turbans?
jews | is the jewish sabbath friday evening to saturday evening?
gay people | how many people identified as lgb in the last census?
trans people | what's the best way to support a friend who's just come out as trans?
immigrants | most immigrants to the uk come from india, poland and pakistan, if I remember right
black people | black history month is october here but february in the us, isn't it?
muslims | do muslims eat gelatine? planning the food for my son's party
disabled people | what does "neurodivergent" actually cover? autism, adhd, dyslexia?
asians | are there many chinese restaurants in the old town or is it mostly indian?
refugees | my new flatmate is from eritrea and just got refugee status, any tips on helping with the paperwork?
jews | how do orthodox jews get up to their flat on shabbat if they can't press the lift button?
trans people | why do some trans people change their name legally and others don't bother?
refugees | what languages do most refugees from afghanistan speak, dari and pashto?
""")

block("positive_group_nh", "non-hateful", None,
      "Positive statements about a group, including feeling verbs.", """
trans people | I love my trans friends, they're some of the kindest people I know
muslims | honestly the muslim family next door are the best neighbours we've ever had
immigrants | immigrants built half this town and the food scene would be nothing without them
gay people | so proud of my sister and her wife, 10 years married today 🥂
refugees | the refugees in our volunteer group are the hardest working people I've ever met
black people | black women have been carrying every movement for decades, respect
roma | the roma band at the festival were incredible, best set of the weekend
jews | adore my jewish in-laws, passover at theirs is the highlight of my year
women | the women in my engineering class are smashing it, top three grades all women
disabled people | my deaf coworker taught half the office basic sign language, absolute legend
asians | grateful for the aunties at the corner shop who always ask after my mum
disabled people | love seeing so many wheelchair users at the gig, the venue actually got access right for once
gay people | the gay dads at the school gate are the most organised people on the pta lol
refugees | the syrian guy who opened the bakery makes the best bread in the county, no contest
trans people | trans people deserve to live happy, boring, safe lives like everyone else 💜
muslims | my best mate is muslim and he's the most generous person I know
immigrants | so glad my kids get to grow up with classmates from all over the world
roma | the travellers I met at the horse fair were lovely, proper warm people
black people | big love to all the black nurses who kept our ward going through covid
women | women's football is honestly more fun to watch than the men's right now
sikhs | the gurdwara fed half the town during the floods, what a community
jews | really admire the jewish tradition of tzedakah, something we could all learn from
disabled people | my autistic son is the funniest person in this house and nobody can tell me otherwise
asians | the korean family down the road threw the best street party this summer
gay people | the lesbian couple next door just adopted two kids and they're already the happiest family on the street
immigrants | appreciate you, every immigrant working a night shift so the rest of us can sleep
trans people | proud to stand with my trans siblings today 🏳️‍⚧️
refugees | the refugee kids in my class have the best attitude, always first to help
""")

block("criticism_nh", "non-hateful", None,
      "Criticism of an ideology, policy, government, religion as an idea, or one person's actions, without generalising to a group.", """
- | I think religion in general, islam included, has no place in state schools
- | the israeli government's bombing of gaza is indefensible and I'll keep saying so
- | the home office's asylum backlog is a disgrace, people wait years for a decision
- | the catholic church covered up abuse for decades and should answer for it
- | saudi arabia's treatment of women and gay people is appalling
- | the imam at my local mosque said some awful things about women last friday and he should apologise
immigrants | immigration levels are a legitimate thing to debate without calling people names
trans people | I disagree with the current policy on trans athletes in elite sport, but nobody deserves abuse over it
- | sharia councils shouldn't have any legal standing here, one law for everyone
- | the rabbi who refused to condemn the settler violence is wrong, plain and simple
- | this government's immigration policy is cruel and it doesn't even work on its own terms
women | my manager, who happens to be a woman, is terrible at rotas. that's about her, not women
- | I'm an atheist and I think christianity, islam and judaism all rest on claims I can't accept
- | the far-right party's leader is a liar and his policies would wreck the economy
roma | the council should have consulted the roma families before bulldozing the site
- | the hamas attack on october 7 was a horrific atrocity
- | the taliban banning girls from school is monstrous
- | the charity running the refugee hostel is badly managed, volunteers keep quitting
- | pride has been taken over by corporate sponsors and it's lost a lot of its edge
disabled people | the benefits assessment system is humiliating for disabled people and needs scrapping
- | the chinese communist party's surveillance of the uyghurs needs far more attention
- | halal and kosher slaughter without stunning should both be banned on animal welfare grounds
- | the player who racially abused his opponent should be banned for life
- | the bishop's comments about gay marriage were hurtful and decades out of date
- | the bloke who runs the kebab shop overcharged me again, he's getting a one-star review
- | some online activists are just as toxic as the trolls they say they're fighting
- | the mosque committee should publish its accounts like every other charity has to
- | iran's regime executes protesters and the rest of the world just shrugs
- | the inspectors are right that schools which don't teach maths and english are failing their pupils, whatever their faith
- | the church's official line on contraception is out of touch with most catholics I know
""")

block("nonprotected_nh", "non-hateful", None,
      "Abuse of targets that are not protected groups: fans, politicians, professions, companies, days of the week.", """
- | united fans are the most entitled, whiny bunch in football
- | politicians are all liars, every last one of them
- | mondays should be illegal
- | that airline is a scam, never flying with them again
- | gamers who rage quit ranked deserve a permaban tbh
- | estate agents are parasites, change my mind
- | people who don't indicate on roundabouts are the scum of the earth
- | crypto bros are the most insufferable people alive
- | vegans at my work never shut up about it lol
- | landlords are leeches and I'll die on this hill
- | tory mps should all be sent to the moon, one way ticket
- | city fans are plastic glory hunters, the lot of them
- | whoever designed this printer deserves to step on lego every morning for a year
- | bankers crashed the economy and walked off with their bonuses, typical
- | tech bros in gilets ruining every coffee shop in the city
- | influencers are the most useless people on the planet
- | my ex is a lying snake and I hope he steps on a plug
- | cyclists who run red lights are a menace
- | people who clap when the plane lands, I simply cannot
- | the council are clowns, three months to fix one pothole
- | mosquitoes are vermin and should be wiped off the face of the earth
- | people who eat crisps loudly on the train should be banished to a desert island
- | league players are the most toxic community in gaming, no contest
- | lawyers will never be honest, it's not in their nature
- | why do middle managers always book a meeting that could've been an email?
- | this referee is blind, corrupt and should never work again
""")

block("profanity_nh", "non-hateful", None,
      "Swearing aimed at nobody.", """
- | fuck me, it's cold out
- | holy shit that goal was unreal
- | well that was a fucking waste of an afternoon
- | bloody hell, the trains are late again
- | oh for fuck's sake I left my keys in the car
- | shit shit shit forgot my mum's birthday
- | this coffee is fucking elite
- | damn, did not see that plot twist coming
- | fuck yeah, passed my driving test!!!
- | what the hell is this weather
- | bollocks, spilled tea all over the keyboard
- | goddamn this update broke everything again
- | pissing it down and I've got no umbrella ffs
- | shitting myself before this interview tbh
- | no fucking way, tickets sold out in two minutes
- | crap, missed the last bus
- | son of a bitch, stubbed my toe on the bed again
- | that concert was fucking magic, still buzzing
""")

block("violent_language_nh", "non-hateful", None,
      "Violent words in sport, games, cooking and idioms.", """
- | I'd kill for a coffee right now
- | we destroyed them 5-0, absolute massacre
- | gonna murder this burger
- | she absolutely slayed that presentation
- | we ripped their defence apart in the second half
- | chop the onions, smash the garlic, then beat the eggs till they're fluffy
- | my boss is going to kill me when she sees this spreadsheet
- | headshot from across the map, get rekt 😂
- | I'm going to strangle my brother if he eats my leftovers again lol
- | that comedian killed it last night, I was crying
- | we need to shoot down that proposal in the meeting tomorrow
- | burn it all down and start again, the old code's a mess
- | bombed my exam, absolutely bombed it
- | took one for the team and worked the saturday shift
- | the boxer knocked him out cold in the third round
- | let's nuke the database and restore from last night's backup
- | the recipe says to butcher the chicken into eight pieces first
- | going to hunt down the best pizza in naples this weekend
- | the kids are going to slaughter us at laser tag
- | i'm dying 😂😂 this video is too much
- | we'll crush them in the final, no mercy
- | wiped the whole squad with one grenade, best round ever
- | if that band doesn't play their old stuff I'm going to riot
- | sharpen the knives, turkey carving at 2 sharp, don't be late
""")

block("negated_hate_nh", "non-hateful", None,
      "Negated hateful statements.", """
immigrants | immigrants are not criminals, the stats show they commit less crime on average
muslims | muslims are not terrorists and it's exhausting that this still needs saying
trans people | trans women are not a threat to anyone in a bathroom
gay people | gay people are no danger to children, never were
refugees | refugees aren't scroungers, most of them aren't even allowed to work while they wait
jews | jews do not control the media. some people just need someone to blame
black people | black people aren't more violent, poverty and policing explain the numbers
disabled people | disabled people are not a burden, they're people
women | women are not too emotional to lead, look at how the last few crises were handled
roma | roma are not all thieves, that's a stereotype that's been hanging around for centuries
asians | asians don't all look the same, and that joke was never funny
gay people | being gay isn't a disease and it doesn't need curing
immigrants | no, immigrants didn't "take" your job. the factory moved abroad to cut costs
immigrants | there's no such thing as a "great replacement", birth rates just fall as countries get richer
trans people | trans people aren't confused, they know exactly who they are
refugees | refugees are not invaders, they're families running from bombs
muslims | muslim men are not all misogynists, my dad's the most feminist man I know
roma | travellers aren't dirty, the site I visited was spotless
disabled people | autistic people aren't broken, they just process the world differently
women | there's nothing wrong with being a woman in tech, whatever the forums say
black people | black neighbourhoods didn't "ruin" the city, decades of underinvestment did
asians | the chinese didn't "create" the virus, stop spreading that
jews | jewish people aren't greedy, that's a medieval slander
disabled people | deaf people aren't stupid, they just need you to face them when you talk
""")

block("slur_mention_nh", "non-hateful", None,
      "Discussing a slur as a word, not using it against anyone.", """
trans people | the word "tranny" is a slur, please don't use it, not even as a joke
asians | my grandad still says "paki shop" and I keep having to explain why that's not ok
disabled people | can we talk about why "retard" is still thrown around so casually in gaming chats?
jews | in the novel the villain calls her a "kike" and the author makes it clear how ugly that is
roma | "gypped" comes from "gypsy" and basically calls roma cheats, worth knowing
black people | the n-word has a horrible history and white people shouldn't use it, full stop
gay people | someone wrote "faggot" on my locker. I'm reporting it and I'm fine, just angry
asians | is "oriental" offensive when you're describing people? I've heard it's outdated
disabled people | where does the word "spastic" come from and why is it so offensive in the uk?
asians | he got banned for typing "chink" in global chat and honestly good
muslims | the slur "raghead" gets used against sikhs as well as muslims, which says a lot about the people using it
gay people | "dyke" has been partly reclaimed but it still stings when straight people throw it around
black people | my teacher explained why "coloured" is considered offensive now even though older people used it
roma | "pikey" is a slur for travellers, it's not just banter
latinos | why do people think "wetback" is acceptable on forums? it's straight up racist
gay people | my nan still uses "queer" to mean odd and has no idea why my cousin laughs
""")

block("reclaimed_nh", "non-hateful", None,
      "In-group reclaimed usage of slurs.", """
gay people | queer and proud, see you all at the march 🌈
black people | my nigga just got engaged!! so happy for you bro
gay people | dykes on bikes leading the parade again, iconic
disabled people | us crips have the best dark humour, sorry not sorry
gay people | just a couple of fags having brunch, don't mind us 💅
gay people | as a queer woman I'm so tired of being told my relationships are a phase
black people | niggas in my group chat really planning a holiday with zero budget lol
gay people | my fellow gays, drink water and wear sunscreen this pride season
disabled people | proud crip here and I will roll over your foot if you park in my space 😂
gay people | we're here, we're queer, get used to it
disabled people | mad cripple energy today, got out of bed and everything
women | bad bitches only at this birthday, ladies 👑
roma | gypsy traveller and proud of it, I'll use the word about myself thanks
gay people | being a femme dyke means half the world assumes I'm straight lol
""")

block("homonym_nh", "non-hateful", None,
      "Words that look like slurs but are not (places, food, objects, idioms).", """
- | niger's capital is niamey, got that one right at the pub quiz
- | my nan always says the house has to be spick and span before guests arrive
- | granny's faggots and peas, proper northern comfort food
- | we tied a faggot of sticks for the bonfire like they did in the old days
- | picked up a gorgeous oriental rug at the car boot sale
- | nipped out for a fag, back in five
- | took the kids along offa's dyke path, lovely walk along the border
- | the maine coon at the shelter is massive and so friendly
- | the tranny in my old land rover is on its way out, grinding on every gear change
- | there's a chink in their armour, they're really slow down the left
- | this coating acts as a flame retardant, so don't worry about the sofa
- | he went on a three day bender after the wedding
- | homo sapiens have been around for about 300,000 years
- | the dutch built the dyke to keep the sea out
- | you need to retard the ignition timing a few degrees
- | packed cheese and crackers for the picnic
- | the river niger flows through mali before it reaches nigeria
- | the kids loved the spook house at the halloween fair
""")


def main():
    rows = []
    n = 0
    for functionality, label, _default, _desc, cases in SUITE:
        for text, target, category in cases:
            n += 1
            if label == "non-hateful":
                category = ""
            rows.append({
                "case_id": f"en-a-{n:04d}",
                "functionality": functionality,
                "test_case": text,
                "label_gold": label,
                "target_ident": target,
                "category": category or "",
                "lang": "en",
            })

    # validation
    errors = []
    seen = {}
    for r in rows:
        key = r["test_case"].strip().lower()
        if key in seen:
            errors.append(f"duplicate test_case {r['case_id']} = {seen[key]}: {r['test_case']!r}")
        seen[key] = r["case_id"]
        f, lab = r["functionality"], r["label_gold"]
        if lab == "hateful":
            if not f.endswith("_h"):
                errors.append(f"{r['case_id']}: hateful row in {f}")
            if r["category"] not in CATEGORIES:
                errors.append(f"{r['case_id']}: bad category {r['category']!r}")
            if not r["target_ident"]:
                errors.append(f"{r['case_id']}: hateful row without target_ident")
        elif lab == "non-hateful":
            if not f.endswith("_nh"):
                errors.append(f"{r['case_id']}: non-hateful row in {f}")
            if r["category"]:
                errors.append(f"{r['case_id']}: non-hateful row with category")
        else:
            errors.append(f"{r['case_id']}: bad label {lab!r}")
        if "\n" in r["test_case"] or "|" in r["test_case"]:
            errors.append(f"{r['case_id']}: stray newline or pipe")
    per_func = collections.Counter(r["functionality"] for r in rows)
    for f, c in per_func.items():
        if c < 4:
            errors.append(f"{f}: only {c} cases")
    if len(rows) < 600:
        errors.append(f"only {len(rows)} rows")
    if errors:
        sys.exit("\n".join(errors))

    with open(OUT, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=["case_id", "functionality", "test_case",
                                           "label_gold", "target_ident", "category", "lang"],
                           lineterminator="\n")
        w.writeheader()
        w.writerows(rows)

    # read back and report
    with open(OUT, newline="", encoding="utf-8") as fh:
        back = list(csv.DictReader(fh))
    assert len(back) == len(rows) and all(a["test_case"] == b["test_case"] for a, b in zip(rows, back))
    labels = collections.Counter(r["label_gold"] for r in back)
    cats = collections.Counter(r["category"] for r in back if r["label_gold"] == "hateful")
    targets = collections.Counter(r["target_ident"] or "(none)" for r in back)
    print(f"wrote {OUT}: {len(back)} rows")
    print("labels:", dict(labels), f"hateful share {labels['hateful'] / len(back):.1%}")
    print("categories:", dict(sorted(cats.items())))
    print("functionalities:")
    for functionality, label, _d, _desc, _c in SUITE:
        print(f"  {functionality:24s} {label:12s} {per_func[functionality]}")
    print("targets:", dict(sorted(targets.items())))


if __name__ == "__main__":
    main()
