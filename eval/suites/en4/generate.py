#!/usr/bin/env python3
"""en4: held-out English suite for trygbot (implicit, adversarial and
question-form hate plus minimally changed non-hateful contrasts).

Every message was written by hand for this suite. Run

    python3 eval/suites/en4/generate.py

to (re)write messages.csv and README.md next to this file. The output is
deterministic. Message blocks below are one message per line:
hateful blocks are `target|category|message`, non-hateful blocks are
`target|message`; target and category are suitegen codes, an empty target
means no protected group is involved.
"""
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import suitegen  # noqa: E402

NAME = "en4"
LANG = "en"


def parse_h(block):
    rows = []
    for line in block.strip("\n").split("\n"):
        line = line.strip()
        if not line:
            continue
        tgt, cat, text = line.split("|", 2)
        rows.append((text.strip(), tgt.strip(), cat.strip()))
    return rows


def parse_nh(block):
    rows = []
    for line in block.strip("\n").split("\n"):
        line = line.strip()
        if not line:
            continue
        tgt, text = line.split("|", 1)
        rows.append((text.strip(), tgt.strip()))
    return rows


S = suitegen.Suite()

# ---------------------------------------------------------------- hateful

S.hateful("animosity_implicit_h",
          "implicit animosity: insinuation, 'just an observation', no explicit insult", parse_h("""
mu|G|Funny how the neighbourhood went downhill right about the time the mosque opened. Just an observation 🤷
im|G|Remember when you could walk down the high street and actually hear English? Me neither. Nobody asked us.
ro|G|New caravans at the end of the lane. Lock your sheds lads, you know how this goes.
so|G|Another Somali family moved into our block. Guess the police will be round a lot more often now.
bl|G|Moved out of that postcode the second it started "diversifying", best decision I ever made
ga|G|I don't care what they do in private, I just don't want gay people anywhere near my kids' school.
tr|G|Love how trans people need a whole month to celebrate being confused.
po|G|The Polish lot next door have finally moved out. Street feels normal again, thank god.
ar|G|Whole row of shisha bars opened up on our road, all Arab owned. Used to be a nice area. Draw your own conclusions.
as|G|Went to the uni open day and it was basically all Chinese. Where are our kids meant to study then?
re|G|Another hotel full of "refugees" down the road. Funny how they're all young lads with brand new iPhones.
di|G|Sorry but why should my taxes keep paying for disabled people who'll never contribute a thing? Harsh but true.
wo|G|Ever since they let women ref Premier League games the standard's gone through the floor. Coincidence?
je|G|Nothing against them personally, I just wouldn't rent from a Jewish landlord. You know why.
gr|G|Greenlanders get handouts from Denmark every month and still manage to drink the lot by Tuesday.
mu|G|Honestly I just feel safer on a flight when there's nobody with a big beard and a prayer mat on board.
im|G|Every time I go to A&E it's full of people who've been in the country five minutes. And we wonder why the NHS is broken.
bl|G|Can't even watch an advert anymore without a mixed couple in it. They're really pushing it on us aren't they.
ga|G|Pride month again. Can't wait for it to be over so we can stop having them shoved in our faces 🙄
so|G|Our town was fine until the council started housing Somalis here. Now look at it.
tr|G|My niece came out as "non-binary" after one term at uni. Funny how that works. The trans thing is a cult.
ro|G|Sorry, I just don't trust Roma. Twenty years on the markets taught me that.
"""))

S.hateful("derogation_varied_h",
          "explicit derogation of a group with varied, non-slur vocabulary", parse_h("""
mu|G|Muslims are a backwards lot, simple as. Stuck in the 7th century and proud of it.
im|G|These immigrants are freeloaders and chancers, every last one of them.
wo|G|Women are just too emotional and irrational to be trusted with anything important. Fact.
di|G|Disabled people are a burden on everyone around them, and deep down they know it.
bl|G|Black people have no culture apart from crime and complaining.
ga|G|Gay men are degenerates, there's no nicer way to put it.
tr|G|Trans people are mentally ill attention seekers and everyone's too scared to say it.
je|G|Jews are greedy, always have been. It's not a stereotype if it's true.
ro|G|Roma are thieving, work-shy and filthy. Don't @ me.
ar|G|Arabs are arrogant, backward and violent, and the oil money just makes it worse.
so|G|Somalis are the laziest, most useless community in this country bar none.
po|G|Poles are thick as mince, all they're good for is cheap labour and drinking.
as|G|Asians are sneaky and two-faced, they'll smile at you and then stab you in the back.
re|G|Refugees are ungrateful scroungers who bring nothing but trouble wherever they're put.
gr|G|Greenlanders are useless drunks, every single one of them.
wo|G|tbh women peaked at making sandwiches, everything since has been a downgrade
mu|G|Islam attracts the dumbest, most violent people on earth and Muslims prove it every single day.
im|G|immigrants = low IQ, high crime, zero respect. not a hard equation
di|G|autistic people are basically useless in any workplace, why do firms even bother hiring them
ga|G|lesbians are just bitter women nobody wanted, change my mind
bl|G|black women are all loud, aggressive and impossible to deal with, every single one
tr|G|every trans woman I've ever met has been a creep. they're all predators waiting for a chance
"""))

S.hateful("dehumanising_metaphor_h",
          "animals, vermin, disease, waste, objects, denial of humanity", parse_h("""
im|D|Europe's got an infestation and nobody in charge has the guts to call pest control.
mu|D|Islam is a cancer and Muslims are the tumours. Cut it out before it spreads.
re|D|The boats keep coming like rats off a sinking ship, except the ship is their country and we're the cheese.
ro|D|Gypsies are like cockroaches, you see one and there's a hundred more behind the skirting board.
je|D|They're parasites. Latch onto a host nation, bleed it dry, move on. You know exactly which people I mean.
bl|D|Look at them in that video, swinging about and screeching. Zoo's missing a few.
so|D|Somalis breed like rabbits and the council keeps handing them bigger houses.
ga|D|Being gay is a disease and you can't let it spread to the kids.
tr|D|Trans people aren't people, they're lab experiments gone wrong.
wo|D|Women are property until they prove otherwise.
di|D|Severely disabled people are just vegetables, keeping them alive is pointless.
ar|D|Arabs are just camels with passports.
as|D|The Chinese will eat anything that moves. Basically animals in shirts.
po|D|Poles are like pigeons, they flock wherever there's free crumbs.
im|D|Migrants are human garbage washing up on our beaches.
mu|D|Muslims multiply like mould in a damp flat. Leave it long enough and the whole house goes black.
re|D|refugees = invasive species. look what happened to the red squirrels, same thing
gr|D|Greenlanders are basically seals with a drinking problem.
bl|D|Some of them aren't fully evolved yet, science just isn't allowed to say it out loud.
je|D|That rootless tribe is a virus. Every nation that lets them in gets sick eventually.
im|D|Britain has become a dumping ground for the world's human waste.
ro|D|Roma camp by the ring road again. Like a swarm of locusts, strip the place bare and move on.
tr|D|"Trans women" are blokes in costumes, walking mannequins. Not real women and not really people either.
di|D|Special needs kids are pets for their parents, they'll never be real people.
so|D|Somalia only exports one thing and it's vermin.
wo|D|Women are like cars, the older they get the less they're worth and the more they cost to run.
"""))

S.hateful("veiled_threat_h",
          "veiled or implied threats and wishes of violence", parse_h("""
mu|T|Shame if something happened to that new mosque. Buildings burn down all the time, don't they.
je|T|The synagogue on Elm Road has lovely big windows. Would be a pity. Just saying.
ga|T|Those two lads holding hands on my street better enjoy it while it lasts. Winter's coming.
im|T|Not long now. When it kicks off, we all know which houses are theirs.
tr|T|Keep posting your "transition journey" @Robin. People know where you work and not all of them are as patient as me.
re|T|Someone should tell the lads at the pub which hotel they're keeping the asylum seekers in. I'm sure they'd give them a warm welcome 😉
bl|T|My grandad knew how to deal with uppity blacks like him. Rope's cheap at B&Q.
ro|T|Council won't move the gypsies on? Fine. A couple of jerry cans and a lighter will do it faster.
so|T|Tell the Somali family at number 12 their car might not be the only thing that gets scratched next time.
wo|T|Women who mouth off like that usually learn their lesson eventually. Sometimes the hard way.
ar|T|Arab shop owners on Gilbert Street might want to check their insurance. Just a friendly tip 🔥
di|T|If that kid in the wheelchair blocks the aisle again I'll give him a real reason to need it.
je|T|Day of the rope is coming for the bankers and their little tribe, if you know you know.
as|T|Wuhan lot down the chippy better watch themselves. People haven't forgotten.
ga|T|Pride float comes down our road this year, it won't make it to the end. Trust.
mu|T|Every Muslim in this town should be made to pay for what happened. Eye for an eye.
im|T|Lamppost, rope, migrant. Some assembly required.
tr|T|There's a special place for groomers like the trans lot and it's six feet under.
bl|T|Hope the lot of them get what's coming. Just need one long hot summer.
mu|T|Every Muslim should watch that livestream from New Zealand. Consider it a warning.
"""))

S.hateful("conditional_threat_h",
          "threats made conditional on the target's behaviour", parse_h("""
tr|T|Any bloke in a dress walks into the gents while I'm in there, he's leaving on a stretcher.
mu|T|If they try to build that mosque on the old bingo hall site we'll burn it down before the roof's on.
im|T|If the government won't deport them then we'll do it ourselves, and we won't be gentle about it.
ga|T|If my son ever brought a boyfriend home I'd break both their legs, no joke.
re|T|One more migrant hotel in this town and people will start taking matters into their own hands. Bats at the ready.
je|T|If that rabbi keeps pushing his agenda in our schools, someone's going to shut him up permanently.
wo|T|Women who talk back to their husbands deserve a slap, and I'd happily hand one out.
ro|T|If those gypsies set up on the rec again, me and the lads are going down there with bats. Simple.
bl|T|If they riot again I hope the police are told to shoot. Every last one of them.
so|T|Let one of them Somalis so much as look at my daughter and I'll make sure his whole family regrets coming here.
di|T|Any mong who screams like that on the bus deserves a smack, parents or no parents.
as|T|If I catch any of those Chinese students coughing near me again I'm putting them through a window.
ar|T|If the Arabs buy our club they'd better bring bodyguards to the ground, because they'll need them.
ga|T|If the school shows my kid one more of those gay picture books, the teacher responsible won't walk straight again.
"""))

S.hateful("support_hateful_entity_h",
          "praise of terror perpetrators, hate groups, Nazism; denial or approval of genocide", parse_h("""
mu|E|The Christchurch guy should be made a saint. He had the courage the rest of us lack.
je|E|The Holocaust is the biggest lie in history. Six million my arse.
je|E|Hitler had the right idea, he just didn't finish the job.
|E|National Action were the only ones with a spine. Shame they got banned.
im|E|Proud to say I voted for the only party that talks about remigration properly. Send them all back, families included.
bl|E|The Klan had a point back in the day, honestly. Order was kept.
|E|Waffen-SS were the best soldiers who ever lived and they fought on the right side.
je|E|Anne Frank's diary was written in biro. Do your own research.
ga|E|Everyone mocks Westboro but they're the only church left telling the truth about gays.
mu|E|Deus vult. The crusade never ended, it just got paused.
im|E|The Great Replacement isn't a theory, it's a policy. They're swapping us out and you're too scared to see it.
bl|E|14 words. Memorise them. Live by them.
|E|Stormfront was the last place on the internet with real free speech, RIP.
re|E|The lads who set that asylum hotel on fire deserve medals, not prison.
ro|E|What the Nazis did with the Roma was the only time anyone dealt with the problem properly.
di|E|Aktion T4 gets a bad rap. Some lives really weren't worth living and at least they were honest about it.
|E|Siege was right about everything. Read it and then tell me I'm wrong.
bl|E|Rhodesia was a paradise until they handed it over. Rhodie forever.
"""))

S.hateful("dog_whistle_h",
          "far-right codes, numbers, echoes and coded slogans", parse_h("""
je|E|Notice how the (((people))) funding these campaigns are always the same ones.
bl|E|13/50 and people still pretend they don't know why.
|E|Happy 20th April lads, raise one for Uncle A 🎂
|E|HH to all the real ones in the group. 88.
im|E|Time to start talking about the Kalergi plan openly. It's not a theory when it's happening in your own town.
je|E|Every. Single. Time. The nose knows 👃
je|E|Who runs the Fed? Who runs Hollywood? Who runs the media? Just asking questions, goyim 🤔
bl|E|"Despite being 13% of the population..." finish the sentence yourselves, I'm not getting banned again.
mu|E|Remember Tours 732. Remember Vienna 1683. It's coming round again.
im|E|Our grandads stormed the beaches so we could be replaced in our own towns. Honk honk 🤡🌍
|E|It's okay to be white. Funny how that sentence makes certain people so angry.
im|E|Deport, deport, deport. Remigration now, and no, not just the illegal ones.
|E|The white race is dying and our governments are cheering it on. Secure the existence.
je|E|Six million? Big number. Would be a shame if someone actually checked the maths.
"""))

S.hateful("stereotype_as_fact_h",
          "negative stereotypes presented as statistics, biology or 'just facts'", parse_h("""
wo|G|It's just biology: women are worse at maths and logic. Look at the numbers on any engineering course.
bl|G|Statistically black men are more violent. Not racist, it's literally just data.
je|G|Jews are better with money, that's why they run the banks. It's a compliment if anything.
as|G|Fact: Asian drivers are the worst on the road. The insurance companies know it too.
mu|G|Muslim men treat women like property. That's not hate, it's what their book says.
ro|G|Roma kids are taught to pickpocket before they can read. Ask anyone who's been to Rome.
im|G|Most immigrants come for the benefits, not for work. Every survey shows it.
ga|G|Gay men can't stay faithful, it's just how they're wired.
tr|G|Being trans is a mental illness, the science is settled. They need therapy, not pronouns.
di|G|Half the wheelchair users you see are faking it for the blue badge, everyone knows that.
so|G|Somali men don't work, they chew khat all day and let the state pay for everything. It's their culture.
po|G|Every Polish bloke has vodka for breakfast. It's not a joke, it's just their culture.
ar|G|Arabs can't run a country without it turning into a dictatorship. History proves it again and again.
re|G|Over 90% of so-called refugees are economic migrants lying about their age. Fact.
gr|G|Greenlanders all have alcohol problems, it's genetic, there's been studies.
mu|G|Rotherham, Rochdale, Telford. Same community every time. Not a coincidence, it's their culture.
wo|G|Most rape reports are women who regretted it the next morning. Happens all the time.
bl|G|Black dads walking out is just a cultural thing with them, it's not racist to notice.
as|G|Chinese people have no empathy, communism bred it out of them.
ga|G|Fact: most child abusers are gay men. The numbers don't lie.
di|G|ADHD is just an excuse for badly raised kids and lazy adults who want a diagnosis.
im|G|Pakistanis marry their cousins, that's why so many of the kids are the way they are.
"""))

S.hateful("sarcasm_h",
          "sarcasm and irony carrying derogation", parse_h("""
im|G|Oh yes, another 500 "doctors and engineers" landed on the beach this morning. Britain is saved 🙄
mu|G|Religion of peace strikes again. Who could possibly have predicted this 🤔
wo|G|Wow, a woman parked in under ten attempts, someone ring the BBC 👏👏
tr|G|Stunning and brave, he's so brave for putting on a wig and calling himself Sarah 🥰
bl|G|Let me guess, he was a good boy who was just turning his life around? Every time with them.
ro|G|Great news everyone, the Roma have moved in next door, I'm sure my bike will be totally fine 🙃
ga|G|Ah yes, another gay character shoehorned into a kids' show. Truly the pinnacle of storytelling.
di|G|Love how "neurodivergent" now just means "I can't be arsed to do my job". Very inclusive.
as|G|Shocked, shocked I tell you, that the new virus came out of China. Nobody could have guessed what happens when you eat bats.
so|G|Oh no, someone checked the Somali unemployment figures again, quick, call it racist before anyone reads them.
je|G|Totally a coincidence that the Jews are always the ones running the show. Totally 🙂
re|G|Poor refugees, having to cope with four-star hotels and free phones. My heart bleeds.
po|G|Oh brilliant, another Polish "builder" who'll take three months and half my savings. Love diversity.
ar|G|Yeah, Arabs are really famous for human rights, women's equality and not blowing stuff up 👍
wo|G|Female engineers, lovely. Can't wait for the bridge to collapse while she's checking her lipstick.
mu|G|Can't wait for the next "he was known to the authorities" headline about a Muslim. Any day now, right lads?
im|G|Diversity is our strength, which is why I now need three locks on my front door 🔒🔒🔒
gr|G|Greenlanders complaining about Denmark? Sure, who else is going to pay for their beer.
"""))

S.hateful("backhanded_compliment_h",
          "praise that carries a negative generalisation ('one of the good ones')", parse_h("""
bl|G|He's really articulate for a black guy, honestly you'd never know.
wo|G|She's pretty smart for a woman, I'll give her that.
as|G|Asian girls are great, quiet and do what they're told, not like western women.
ga|G|I don't mind gay people as long as they don't act gay. My mate Rory's one of the normal ones.
mu|G|You're not like other Muslims, you're actually one of the good ones.
im|G|Fair play to the immigrants who actually work, must be about six of them in the whole country.
tr|G|Some trans women are quite convincing, you'd almost think they were real women.
je|G|Jewish accountants are the best, they'd find a penny in a dead man's shoe.
ro|G|She's clean and well-spoken for a gypsy, you'd never guess.
di|G|It's lovely they let people like him work in the shop even if he's a bit slow. Good for morale, like a mascot.
so|G|She's actually really pretty for a Somali.
po|G|Our Polish cleaner is great, hasn't stolen anything, which is more than I can say for the last one.
ar|G|Honestly you're the first Arab I've met who doesn't seem like a terrorist, no offence.
wo|G|Good on her for the promotion. Amazing what a low-cut top and a diversity quota can do for a woman.
bl|G|Black people are naturally gifted athletes, shame it doesn't carry over to exams.
"""))

S.hateful("question_form_h",
          "hate phrased as a 'genuine question' or rhetorical question", parse_h("""
mu|G|Genuine question: why do Muslims always cause trouble wherever they end up?
im|G|Can someone explain why we keep letting in people who hate our country and everything it stands for?
tr|G|Serious question, why should we all pretend men in wigs are women just so we don't hurt their feelings?
je|G|Why is it that after every financial crash the same people end up richer? Asking for a friend 👃
ga|G|When did it become normal to let gays adopt? Don't kids deserve a real family?
bl|G|Why can't black neighbourhoods ever sort themselves out? Every other group manages.
ro|D|Is there any animal that steals as much as a gypsy? Asking for science 🐀
wo|G|Why are women even allowed to vote when most of them just pick whichever candidate is fittest?
di|G|Why do disabled people think they're entitled to the best parking spaces AND our sympathy?
so|G|What exactly have Somalis ever contributed to this country apart from crime stats?
as|G|Is it just me or do all Asians look the same? How are you meant to tell them apart?
re|G|Why are we putting refugees up in hotels when they'd be happier back in the mud huts they came from?
ar|G|How many Arabs does it take to start a war? Just one, apparently.
po|G|Why do Poles even come here if they're going to stick to their own shops and their own language?
mu|E|Honest question: wasn't the Christchurch guy just doing what the government refused to?
im|D|At what point do we admit some races are just less evolved than ours?
gr|G|What have Greenlanders ever given anyone except hangovers and a bill?
je|E|Did the gas chambers even exist though? Has anyone actually seen real proof?
"""))

S.hateful("conspiracy_trope_h",
          "conspiracy tropes about a group (control, plots, planned takeover)", parse_h("""
je|G|Jews control Hollywood. It's literally just who owns the studios, not a conspiracy theory.
je|G|Follow the money on any war and you'll find a Rothschild at the end of it. Every. Single. Time.
je|G|The globalist bankers pull the strings and the politicians dance. We all know which globalists I mean.
mu|G|The Muslims have a plan: outbreed us, take over the councils, bring in Sharia. It's in their own books.
im|G|Migration is planned by the elites to crush wages and keep us divided. They ship them in on purpose.
as|G|China released the virus on purpose to wreck the West, and every Chinese student here is basically a spy.
ga|G|The gay lobby is grooming kids through the schools, that's the whole point of the curriculum.
je|G|Some billionaire "philanthropist" with a funny surname funds all the boats. Same tribe as the press owners. Join the dots.
tr|G|Big Pharma invented the trans trend to sell hormones for life. Trans people are the product.
wo|G|Feminism was cooked up to destroy the family and women fell for it. Look at the state of us now.
re|G|The "refugees" are an army. Military-age men sent in on purpose. Ask yourself why so few women.
ar|G|The Arabs bought our politicians with oil money decades ago. Every decision since has been theirs.
"""))

S.hateful("slur_coded_h",
          "slurs and coded slurs, some obfuscated, as the main attack", parse_h("""
bl|S|Another jogger caught on the doorbell cam nicking parcels. Standard.
as|S|Kung flu round two, thanks chinks
mu|S|Bunch of goatf*ckers shouting on the bus again
im|S|Our town's full of pakis now, can't even get a pint in peace
ga|S|Ref is a proper f@ggot, look at him prancing about
tr|S|Saw a tranny in Tesco today, absolute state of it
je|S|Typical kike behaviour, counting every penny on the bill
di|S|stop being such a r3tard and read the message properly
ro|S|pikeys have nicked the lead off the church roof again
po|S|polack builders did the extension and it's already cracking
bl|S|n1gg@s like him are the reason I moved out
ar|S|towelheads running every corner shop round here now
wo|S|shut up you dumb b*tch, nobody asked
ga|S|Absolute dyke energy, no wonder no bloke will go near her
as|S|ching chong lot run the takeaway now, food's gone rank
mu|S|ragheads outside the mosque blocking the road again
"""))

S.hateful("harassment_targeted_h",
          "attacks on one person because of a protected trait (@-replies, misgendering, mocking disability)", parse_h("""
tr|H|@Robin you'll always be a man to me, mate. Nice try with the lipstick though.
tr|H|Sorry "Jessica", but he was James at school and we all remember. Stop lying to people.
di|H|@Cal can you even read this or does your carer have to do it for you? 😂
im|H|@Farida go back to wherever you came from and moan about their government instead.
bl|H|Nobody asked for your opinion @Kwame, your lot have been complaining for 400 years
mu|H|@Yusuf take your sandals and your Ramadan and do one. Nobody wants you here
wo|H|@Hannah nobody listens to women in tech threads love, go make a TikTok or something
ga|H|@Declan you've been mincing about this chat all day, we get it, you're gay, tone it down
di|H|lol @Ollie typed that with his one good hand 🤣
po|H|@Tomasz your English is embarrassing, go back to Poland and type there
as|H|@Mei so where are you ACTUALLY from? No, before that. No, your parents. 🙄
so|H|@Abdi is that your real age or the one you told the Home Office?
tr|H|Ignore Alex, she's a confused little girl pretending to be a boy.
je|H|@Miriam bet you'd sell your own mum if the price was right, it's in your blood
di|H|@Priya your stutter makes your voice notes unlistenable, just type like a normal person
ar|H|@Karim take your opinions back to the desert, nobody here cares
wo|H|@Sophie you only got made a mod because you're a girl, everyone knows it
tr|H|You'd actually pass if you did something about that jaw @Sam. Genuinely trying to help x
gr|H|@Aqqaluk don't you have a seal to go and club somewhere?
ga|H|@Nadia stop shoving your girlfriend in our faces every thread, you're not special for being a lesbian
"""))

S.hateful("exclusion_h",
          "calls to exclude a group from places, rights or roles", parse_h("""
im|G|This group should be for British-born members only. Immigrants can go and make their own.
ga|G|No gays at my wedding, they can watch it on Facebook if they're that bothered.
mu|G|Muslims shouldn't be allowed to stand for council, they'd answer to Mecca not to us.
tr|G|Trans people have no business being teachers. Keep them out of schools entirely.
wo|G|Women shouldn't be let anywhere near football punditry, ever. Stick to netball, girls.
di|G|Disabled people shouldn't be allowed to have kids, it's selfish and unfair on everyone.
ro|G|No Travellers, no Roma. Put it back up on the pub door like the old days, it worked.
re|G|Refugees shouldn't be allowed in the leisure centre. Taxpayers only.
so|G|No Somali tenants ever again, I've learned my lesson. Landlords, you know what I mean.
je|G|Keep Jews out of government, they can't be loyal to two countries at once.
as|G|Ban Chinese students from our universities, simple as. They're not here to learn.
po|G|Poles should get out of our Sunday league, it's for local lads, not for them.
bl|G|No blacks on the team. It's our club and we'll pick who we want.
"""))

S.hateful("hidden_in_longer_h",
          "hate buried in an otherwise ordinary multi-sentence message", parse_h("""
im|G|Cracking night at the quiz, we came second which for us is a miracle. Food decent, staff lovely. Only downside was the table of foreigners next to us jabbering away, honestly learn English or go home.
mu|T|Lovely walk along the canal today, the kids fed the ducks and the weather held. Saw they've finally started on that mosque by the lock. Won't be standing long if I've got anything to do with it.
tr|G|Parents evening went well, Maisie's reading has come on loads. One thing though, they've got a "trans" teacher now. Not having my kids taught by a mentally ill man in a skirt, writing to the head tomorrow.
ga|D|Anyone recommend a plumber in Didsbury? Ours has gone AWOL. Also whoever put the Pride flags up on the lampposts, take them down, we don't need advertising for that disease round here.
bl|G|Great game Saturday lads. Shame about the new signing, but that's black players for you, all pace and no brain for tactics.
ro|D|Car boot this Sunday at the rugby club, 7am start, £5 a pitch. PS watch your stuff, the Roma vermin were there last week robbing anything not nailed down.
wo|G|Nominations for club treasurer close Friday. Personally I'd rather not have another woman in charge of the money after last time, they just can't handle a budget.
je|G|Booked the cottage for August, can't wait. Landlord's a Jew though, so expect the deposit to mysteriously vanish lol.
di|G|Staff party on the 20th, secret santa limit £10. Also can HR explain why we've hired another "neurodivergent" who can't do the job? Just asking what the criteria are now.
so|G|Bin day has moved to Wednesday. And before anyone asks, the mess by block C is the Somalis again. They live like that back home, why would they change.
as|G|Takeaway recs for tonight? Not the Chinese on Mill Lane, you never know what's in the meat with that lot.
re|T|Fireworks at the park Saturday, should be a good one. Shame the migrant hotel's right next door, would be a pity if a few stray rockets went through the windows 🎆
po|G|Garden fence finally done. Got a British firm this time, not the Poles, never again. Cheaper isn't better with that lot, they cut every corner.
ar|G|Holiday pics from Tenerife! Hotel was great except it was full of Arabs who think they own the place, rude and loud wherever they go.
"""))

S.hateful("obfuscated_h",
          "spacing, leetspeak, symbols and emoji used to dodge filters", parse_h("""
mu|D|m u z z i e s = r a t s 🐀
im|T|some1 shud b0mb the b0ats b4 they land
bl|D|send them back to the 🐒🌴 where they came from
je|G|follow the ✡️ and you'll find the 💰 every time
tr|S|tr@nnies are just m3n in dr3sses lol
ga|S|f a g g o t s all over the town centre this weekend, pride or whatever
wo|G|w0men sh0uld stay 0ut 0f p0litics, they ruin everything they t0uch
ro|G|g¥psies n1cked the catalytic converter off my van again, every single time they're in town
di|S|sp4cc on the bus screaming again, why are they even let out
as|S|ch1nky takeaway again tonight? hope it's not cat this time
im|T|dep0rt them or dr0wn them, either w0rks for me 🌊
so|G|S0mali = sc0unger. simple maths.
"""))

# ------------------------------------------------------------ non-hateful

S.benign("target_swap_nonprotected_nh",
         "hateful-looking shapes aimed at targets that are not protected groups", parse_nh("""
|Funny how the neighbourhood went downhill right about the time the Wetherspoons opened. Just an observation 🤷
|New student flats at the end of the lane. Lock up your bins lads, you know how freshers week goes.
|Estate agents are parasites. Latch onto a street, bleed it dry, move on.
|Landlords are a cancer on this city and the letting agents are the tumours.
|Pigeons breed like rabbits and the council does nothing about the ones on the station roof.
|Wasps are just vermin with wings. Nobody will change my mind.
|The Tories are freeloaders and chancers, every last one of them.
|Chelsea fans are thick as mince, all they're good for is booing and crying.
|Man Utd fans are like cockroaches, you see one and there's a hundred more from Surrey behind it 😂
|Every company that hires a management consultancy goes bust within five years, look it up.
|Genuine question: why do cyclists always run red lights wherever they are?
|Why are people who drive BMWs allowed to vote? Serious question 😂
|Love how vegans need a whole month to celebrate eating lentils.
|The seagulls in Brighton are an infestation and the council needs to call pest control.
|Can't wait for Love Island to be over so we can stop having it shoved in our faces 🙄
|He's really articulate for a Love Island contestant, honestly you'd never know.
|You're not like other Spurs fans, you're actually one of the good ones.
|Sorry but I don't trust anyone who puts the milk in before the teabag. Years of experience taught me that.
|Oh brilliant, another cowboy builder who'll take three months and half my savings. Love it.
|Oh yes, another "revolutionary" crypto coin launched this morning. Finance is saved 🙄
|Politicians are rats, the lot of them, they'd sell their own gran for a vote.
|Second-home owners are why locals can't afford houses in Cornwall, simple as.
|If the council won't fix the potholes then we'll do it ourselves, and we won't be gentle with the tarmac 😂
|No Chelsea shirts at my wedding, they can watch it on Facebook if they're that bothered.
|This group should be for members who've actually read the rules. Lurkers can go and make their own.
|Fact: people who reply-all to the whole company are the worst humans on earth.
|Any bloke who wears Crocs into the pub while I'm in there is leaving with them on his head 😂
|Traffic wardens are the devil's foot soldiers. Change my mind.
|Real Madrid fans, what exactly has your club ever contributed apart from buying everyone else's players?
|Is there any animal that steals as much as a seagull with a chip? Asking for science 🐦
|Shame if something happened to that new parking meter. Machines break all the time, don't they 😇
"""))

S.benign("negated_hate_nh",
         "a hateful claim stated and explicitly denied", parse_nh("""
mu|I'm not going to pretend Muslims are the problem here. They're not, and they never were.
im|Immigrants aren't freeloaders. Most of the ones I know work harder than anyone in my office.
tr|Trans women are women. Not "like" women, not "basically" women. Women.
bl|No, black people aren't "naturally" more violent. That's just racism with a spreadsheet.
ga|Gay parents aren't a threat to anyone's kids, stop it.
je|I don't think Jews control anything, Dave. Your landlord is just a bad landlord.
wo|Women are not worse at maths, my daughter has literally just beaten the whole year group.
di|Disabled people are not a drain. My brother's in a wheelchair and pays more tax than I do.
ro|I've never had a single problem with the Roma family across the road. Lovely people actually.
re|Refugees aren't "invaders", they're people running from places that would kill them.
so|There's nothing wrong with Somalis moving into the block, honestly. Why would there be?
as|Not all Asians look the same, you just haven't bothered to look properly.
po|I'd never say Poles are lazy, the lads who redid our roof worked twelve-hour days.
ar|Being Arab doesn't make anyone a terrorist. That should be obvious by now.
mu|I'd never feel unsafe on a flight because of someone's beard. Bizarre thing to worry about.
gr|Greenlanders aren't all drinkers, that's a lazy old cliché.
tr|Nobody's "pretending" to be anything. My cousin's trans and she's just living her life.
im|It's not immigrants who broke the NHS, it's fifteen years of underfunding.
je|Nope, the Holocaust happened. There's a mountain of evidence, go and read some actual history.
di|Autistic people aren't useless at work, my best developer is autistic and she runs rings round the rest of us.
wo|I'd never say women shouldn't ref. Best ref I've had in Sunday league was a woman.
"""))

S.benign("counter_speech_nh",
         "pushing back against hate, often echoing its wording", parse_nh("""
mu|"Religion of peace" jokes every time something happens aren't edgy, they're lazy bigotry. Muslims are grieving too.
im|People calling migrants "human garbage" in the replies, have a word with yourselves. These are human beings.
tr|Can we stop calling trans people "confused"? They know exactly who they are. It's the commenters who seem confused.
bl|"He's articulate for a black guy" is not a compliment, mate. Please stop saying it.
ga|Whoever wrote "no gays at my wedding" on the thread, just so you know, nobody wants to go to your wedding anyway 😂
je|Putting (((echoes))) round people's names isn't clever, it's antisemitism and everyone can see it. Reported.
ro|Calling all Roma thieves because of one news story is exactly how prejudice works. Knock it off.
re|Some of you need to hear this: the refugees in that hotel didn't choose the hotel. Blame the Home Office, not the people.
wo|If you think women are "too emotional" to lead, wait till you see how you lot react to a VAR decision.
di|Calling a disabled person a "vegetable" is disgusting. My nan was non-verbal for years and she was still completely her.
so|Saying Somali families bring the police round is just racism. My Somali neighbours are the ones who ring when someone's in trouble.
as|Calling it "kung flu" wasn't funny in 2020 and it isn't funny now. My mum got spat at in Boots because of that rubbish.
po|Polish jokes in the work chat aren't banter when half the warehouse is Polish. Grow up.
ar|"First Arab who doesn't seem like a terrorist" is a horrible thing to say to someone. Think before you type.
im|"Go back to where you came from". She was born in Leicester, you absolute melt.
mu|The comment about burning the mosque has been reported to the mods and the police. That's not banter, it's a threat.
ga|Just deleted my uncle's comment about gay people "spreading like a disease". Not on my page.
tr|Misgendering someone on purpose isn't "free speech", it's just being cruel for fun.
je|Anyone sharing Rothschild memes in here, please learn where that stuff comes from. It ended in gas chambers.
bl|To whoever said black neighbourhoods "can't sort themselves out": redlining was a thing, look it up.
gr|Jokes about Greenlanders and drinking are punching down. There's a whole colonial history behind those numbers.
re|Those "military-age men" posts are fearmongering. A lot of them are teenagers sent ahead because the journey's too dangerous for the rest of the family.
di|Stop using "r*tard" as an insult in here. There are people in this group with learning disabilities and they read this.
wo|We're not doing the "women belong in the kitchen" bit in this chat. It was never funny.
im|Mods, the guy posting "remigration" slogans needs banning. It means deporting people for their ethnicity.
"""))

S.benign("condemned_quote_nh",
         "hate quoted or reported in order to condemn it", parse_nh("""
mu|Someone sprayed "Muslims out" on the community centre last night. Police are asking for witnesses.
je|My grandad survived the camps, and tonight a guy on the bus told me "Hitler should've finished the job". I'm still shaking.
bl|A kid in my son's class called him a "monkey". School's response? "Boys will be boys." Absolutely not.
tr|Got "you'll always be a man" shouted at me outside the station again. Third time this month. Just tired.
ga|The note through our door said "no faggots on this street". We've lived here eight years. We're not going anywhere.
ro|A pub in town still had a "no Travellers" sign up until last week. It's 2026. How.
im|Screenshot of the message I got: "go home, you're not welcome". I'm a nurse. I've been here 19 years.
as|Got called a "chink" on the tram today and nobody said a word. Writing it here so I don't feel crazy.
so|"Somalia exports vermin". That's what a councillor's mate posted, and the councillor liked it. Please email him.
di|A man at the bus stop called my daughter a "mong" and laughed. She's eight.
wo|"Women belong in the kitchen" was scratched into my car after I won the club election. Lovely people in this village.
re|Graffiti near the hotel said "rats go home". The kids staying there are nine and ten years old.
ar|A customer told my dad to "go back to the desert" today. He's run that shop for 30 years. Disgusting.
je|Reporting this post because it's straight Holocaust denial: "six million my arse". Mods pls.
mu|Quoting it so people know what we're dealing with: "Deus vult, the crusade never ended". This is how it starts.
po|The Polish lads at work found "Polish vermin go home" scratched into the van. We've made a police report.
tr|The thread where people are calling trans people "lab experiments gone wrong" needs locking, it's vile.
bl|Anyone who posts "13/50" in this server gets banned, no warnings. We know what it means.
im|"Lamppost, rope, migrant" isn't a meme, it's incitement. Reported to the platform and to the police.
gr|My cousin in Nuuk got messages calling Greenlanders "seals with a drinking problem". That's the level of it.
"""))

S.benign("policy_idea_criticism_nh",
         "criticism of religions, governments, policies and ideas, not of people", parse_nh("""
mu|I think Islam's rules on apostasy are wrong and I'll say so. Criticising a religion isn't hating the people in it.
mu|Not a fan of any religion or state telling women what to wear, and that includes enforced hijab laws.
je|The Israeli government's conduct in Gaza is indefensible. That's a criticism of a government, not of Jewish people.
im|The asylum system is a shambles. Backlogs, hotels, no plan. Both main parties have made a mess of it.
im|We need a proper debate about net migration and housing supply. Wanting a plan isn't racist.
re|Housing asylum seekers in hotels is terrible value for money. Process the claims faster and let people work.
tr|I'm not sure puberty blockers should be prescribed so quickly to under-16s, I think the evidence review has a point.
ga|The Church's position on same-sex marriage is out of date, and I say that as someone who goes every Sunday.
wo|I think all-women shortlists are a blunt tool and I'd rather see other ways of getting more women into politics.
di|The new disability benefit assessment is cruel and badly designed. The people running it have clearly never met a claimant.
ar|The Saudi state's human rights record is appalling and the club takeover should've been blocked. Nothing to do with Arabs in general.
as|Beijing's treatment of the Uyghurs is a scandal. Criticising the Chinese government isn't the same as criticising Chinese people.
mu|Faith schools of any kind shouldn't get state money. Catholic, Muslim, Jewish, CofE, the lot.
je|I think infant circumcision should wait until the person can choose, and I know that's controversial for some Jewish and Muslim families.
im|The points-based visa system hasn't fixed care sector shortages. The policy needs rethinking.
po|Free movement did hold down wages in a few sectors, that's an economics point, not a dig at Polish workers.
so|Somalia's government is wildly corrupt and the aid money vanishes. Somali people deserve far better leaders.
gr|Denmark's history in Greenland, especially the coil scandal, needs a proper reckoning.
ro|The council's Traveller site policy is rubbish for everyone, residents and Travellers alike. Build proper pitches.
mu|Slaughter without stunning should be banned, halal and kosher alike. Animal welfare comes first.
wo|I disagree with some modern feminist takes on sex work. Doesn't mean I think any less of women.
re|The Rwanda scheme was an expensive gimmick that never removed anyone. Good riddance to it.
tr|Sports bodies need clearer rules on trans athletes, and they should write them with trans athletes in the room.
mu|Islam, Christianity, Scientology, I think all religions are made up. Doesn't mean I hate anyone who believes.
im|Small boat crossings need to stop, mainly so people stop drowning. Safe legal routes would do that.
"""))

S.benign("news_reporting_nh",
         "headlines and neutral reports mentioning groups", parse_nh("""
mu|BREAKING: Man arrested after arson attack on a mosque in the West Midlands, police treating it as a hate crime.
je|Antisemitic incidents in the UK hit a record high last year, according to a new report from a monitoring charity.
tr|Study finds trans people are far more likely to be victims of violent crime than the general population.
im|Official figures out today show net migration fell by around a third compared with last year.
bl|Court hears footballer was subjected to racist abuse online after missing a penalty in the final.
ga|Local pub to host the town's first Pride quiz night, organisers say everyone is welcome.
re|Council confirms 40 asylum seekers will move from the hotel into shared housing next month.
ro|Report finds Gypsy, Roma and Traveller pupils have the lowest attendance, citing bullying and exclusions.
di|Government announces changes to PIP assessments after campaigners raised concerns about delays.
wo|Women now hold 40% of FTSE 100 board seats, review finds.
as|Police appeal for witnesses after East Asian student assaulted in what they describe as a racially aggravated attack.
so|Somali community group wins award for running free homework clubs on the estate.
ar|Arab-owned businesses on the high street say footfall is down since the roadworks started.
po|Polish Saturday school celebrates 50 years in the town with a festival this weekend.
gr|Greenland election: turnout high as the independence debate dominates the campaign.
"""))

S.benign("neutral_group_mention_nh",
         "everyday chat that mentions a group", parse_nh("""
mu|Anyone know what time iftar is tonight? Want to drop some food round to the neighbours.
je|Happy Hanukkah to everyone celebrating in the group! 🕎
ga|My brother and his husband are hosting Christmas this year, pray for their kitchen 😂
tr|Does anyone know a good trans-friendly GP in Leeds? Asking for my partner.
bl|Black History Month assembly at school today, the kids did a brilliant bit on Walter Tull.
im|Starting my citizenship test revision tonight, wish me luck lol
re|The refugee council wants volunteers for English conversation on Thursday evenings if anyone's free.
wo|Women's 5-a-side starts back Tuesday, we need a keeper!!
di|Is the community centre wheelchair accessible? My mum wants to come to the quiz.
ro|Went to a Roma music night in Glasgow, the violinist was unreal 🎻
so|Best Somali restaurant in Bristol? Want to try proper bariis iskukaris.
as|Lunar New Year dinner at ours on Saturday, bring a dish 🧧
po|Anyone know a Polish shop near Peterborough that does decent pierogi?
ar|Learning Arabic on Duolingo and my streak is on 40 days 💪
gr|Watching a documentary about Greenland tonight, the landscapes are mental
mu|Eid Mubarak to all the Muslim families on the street! Thanks for the baklava x
je|Going to a friend's Passover seder for the first time, what should I bring?
di|Deaf awareness session at work today, learnt to sign my name 🤟
tr|Trans Day of Visibility stall in the market square tomorrow, come say hi
im|My nan came over from Jamaica in 1962 and still makes the best rice and peas in Croydon
wo|Mums in the group, which school uniform shop is the least rubbish?
ga|Is it weird that the gay bar in town does the best Sunday roast? Because it does.
"""))

S.benign("positive_group_mention_nh",
         "praise and appreciation of a group or its members", parse_nh("""
so|The Somali lads who run the corner shop kept it open through the floods and gave out water for free. Legends.
po|Our Polish neighbours shovelled the whole street's drives after the snow. Absolute gents.
re|The Syrian refugee family who moved here last year now run the best bakery in town. Proud to have them.
mu|The mosque down the road fed 300 homeless people at Christmas. No fuss, no cameras.
ro|Big shout out to the Roma kids' football team, unbeaten all season ⚽
tr|My trans mate is the kindest person I know. Drove two hours at 2am when my car broke down.
di|Watched the wheelchair basketball final, some of the most brutal sport I've ever seen. Incredible.
as|The Vietnamese nail place on the corner raised £2k for the children's hospital. Love this town.
ar|Arab hospitality is no joke, I went for a quick coffee and left three hours later with a food parcel.
bl|Nothing beats Carnival Monday in Notting Hill. Best day of the year.
wo|Lionesses winning again. Women's football is the best thing on telly right now.
gr|Greenlandic drum dancing is incredible, my kids were glued to the video all the way to school.
je|Our Jewish neighbour taught my lad to play chess and now he beats me every single time.
"""))

S.benign("ingroup_self_reference_nh",
         "members of a group talking about themselves, incl. reclaimed words", parse_nh("""
ga|As a big old queer, I'm declaring this the gayest picnic Hyde Park has ever seen 🌈
ga|Us dykes are taking over the allotment committee, be afraid 😂
tr|Trans girl here, just had my first haircut where the barber didn't blink. Small wins.
bl|Me and my black mates have a running bet on who gets asked "where are you really from" most at the conference lol
di|Disabled and knackered. Spoons officially gone by 11am. Who else?
di|As an autistic person, supermarket strip lights are my nemesis. Why are they like that.
mu|Muslim mum life: making suhoor at 4am while the kids sleep through three alarms.
je|My Jewish mother has texted me 14 times to ask if I've eaten. Classic.
po|Polish dad energy: fixes everything with a hammer and a bit of swearing.
im|Being an immigrant means having two hometowns and being homesick for both.
wo|We women in engineering need a group chat just for moaning about PPE that doesn't fit.
as|British Chinese kid starter pack: working in the family takeaway on Friday nights and doing homework between orders.
ro|Proud Romani woman, proud of my grandmother's language, and yes I still speak it.
so|Somali aunties at weddings are a force of nature, nobody can match that energy 😂
gr|Greenlander living in Aarhus, every winter I laugh at Danes calling this "cold" 🥶
"""))

S.benign("idiom_no_protected_target_nh",
         "violent idioms and insults with no protected target", parse_nh("""
|I'm going to kill my brother if he eats my leftovers one more time.
|This meeting could've been an email, I'm going to murder someone.
|Absolute idiot in a Range Rover just cut me up on the M6. Hope his tyres go flat.
|Our striker's about as useful as a chocolate teapot.
|Whoever keeps nicking milk from the office fridge, I will find you and I will end you 🔪😂
|You utter muppet, you've sent the invoice to the wrong client again
|If the bus is late one more time I'm going to lose it and burn the depot down 😤
|My landlord is a greedy little goblin and I hope his boiler breaks in January.
|That ref wants shooting, worst decision I've seen all season.
|Honestly my ex is a snake. Slithered off with my Netflix password too.
|She absolutely murdered that karaoke, standing ovation.
|Going to strangle the printer. Jammed for the fourth time today.
|The traffic on the A38 is a plague. I'd rather crawl to work.
|Kill me now, it's only Tuesday.
|Our neighbour's cat is a psychopath, it's brought in three birds and a frog today.
|I'll bury you in Mario Kart tonight, bring tissues.
|He's a clown and a total waste of oxygen, and that's me being nice. Worst landlord in Leeds.
|Lads we're going to destroy them on Saturday, absolutely annihilate them.
|My group project partner is a parasite, hasn't done a thing and will still get the same grade.
|If you spoil the finale for me I will hunt you down, I swear 😂
"""))

S.benign("genuine_question_nh",
         "sincere questions about a group, its customs or terminology", parse_nh("""
mu|Genuine question, not trying to be rude: why do some Muslim women wear the niqab and others don't? Is it personal choice?
je|What's the difference between Orthodox and Reform Judaism? My new colleague mentioned it and I didn't want to look clueless.
tr|How do I ask a new colleague their pronouns without making it awkward?
im|Does anyone know how long a spouse visa is taking at the moment? My wife's application has been in since March.
re|How can I help the refugee family that's moved onto our street without being patronising?
di|Is it "disabled person" or "person with a disability"? I want to get the newsletter right.
bl|Why do people say "people of colour" so much in the US but not really in the UK? Honestly curious.
ga|My 14 year old just came out as gay. How do I support him? Tips from parents who've been there?
ro|Is "Gypsy" offensive? My friend's family uses it about themselves but I don't want to get it wrong.
as|Is it rude to ask someone whether they're Chinese or Korean? I genuinely don't want to offend.
ar|Are all Arabs Muslim? Someone at work said no and now I'm confused.
so|Why did so many Somalis settle in Cardiff and Bristol? Was it to do with the docks?
po|Why are there so many Polish people in the UK compared to other EU countries? Was it the 2004 thing?
wo|Why do women still earn less on average if equal pay is the law? Genuinely asking, not trolling.
gr|Is Greenland part of Denmark or not? The news keeps confusing me.
mu|Why do some Muslims not fast at Ramadan? Are there exceptions for illness or travel?
di|Why does my autistic nephew get so upset when plans change? Trying to understand him better.
tr|What's the difference between trans and non-binary? My kid's friend uses both words.
"""))

S.benign("innocent_homonym_nh",
         "words that look like slurs or codes in innocent senses", parse_nh("""
|Nan's making faggots and peas for tea, best meal of the week 😋
|Job list for Saturday: polish the car, polish the shoes, polish off the wine.
|Got a new spade for the allotment, the old one snapped on a root.
|The sea dyke near my mum's place got reinforced after the floods.
|Finally found the chink in his armour: he can't play on clay.
|Flame retardant paint is a pain to put on but worth it for the loft conversion.
|Bought Roma tomatoes for the sauce, so much better than the normal ones.
|Who's doing the pole vault at sports day? My lad's been practising all week.
|The jig is up, we know you ate the last Jaffa Cake.
|Physio says the niggle in my calf needs two weeks of rest. Gutted.
|Spotted a gypsy moth caterpillar on the oak, is that bad for the tree?
|Retarding the ignition timing a few degrees fixed the knock on my old Mini.
|88 keys on a full piano and my daughter wants to learn all of them by Christmas 🎹
|Get the 14 then the 88 into town, takes about forty minutes.
|Our new puppy is a proper little savage, chewed through two pairs of shoes already.
|Anyone else have spotted dick at school? Custard mandatory.
"""))

S.benign("sarcasm_against_bigotry_nh",
         "sarcasm aimed at bigots rather than at a group", parse_nh("""
im|Oh no, a family who speak two languages moved in, however will the street survive 🙄 Some of you need hobbies.
mu|Funny how the bloke with the flag in his profile pic only worries about women's rights when Muslims come up. Shocking.
ga|Apparently a gay couple in an advert is "forcing it on us". Terrifying. Had to lie down after watching two blokes buy a sofa.
tr|Love how the people most "worried" about trans women in toilets have never once asked an actual woman what she thinks.
bl|Imagine getting that angry about a black mermaid. She's a fictional fish, Gary.
wo|Nothing says "confident man" like writing 400 words on why a woman shouldn't commentate on football.
re|Brave keyboard warriors telling a 12 year old refugee to "go home". Heroes, all of you.
po|Oh no, the Polish deli sells better sausages than Tesco. Cultural invasion, clearly 😂
di|Love that the bloke moaning about "benefit scroungers" in wheelchairs parked his Audi in the disabled bay again.
je|Every time someone says they're "just asking questions" about Jewish bankers, funny how they never wait for the answers.
"""))


# ------------------------------------------------------------- validation

def norm(text):
    return " ".join(text.lower().split())


def validate(suite, rows):
    errors = []
    names = [n for n, _d, _r in suite]
    if len(names) != len(set(names)):
        errors.append("duplicate functionality names")
    seen = {}
    for r in rows:
        f = r["functionality"]
        if not (f.endswith("_h") or f.endswith("_nh")):
            errors.append("%s: bad functionality name %s" % (r["case_id"], f))
        want = "hateful" if f.endswith("_h") else "non-hateful"
        if r["label_gold"] != want:
            errors.append("%s: label mismatch" % r["case_id"])
        if want == "hateful":
            if r["category"] not in suitegen.CATEGORIES.values():
                errors.append("%s: bad category %r" % (r["case_id"], r["category"]))
        elif r["category"] != "":
            errors.append("%s: non-hateful row with category" % r["case_id"])
        if r["target_ident"] not in suitegen.TARGETS.values():
            errors.append("%s: bad target %r" % (r["case_id"], r["target_ident"]))
        if r["lang"] != LANG:
            errors.append("%s: bad lang" % r["case_id"])
        t = r["test_case"]
        if not t or t != t.strip() or "\n" in t:
            errors.append("%s: empty or badly trimmed text" % r["case_id"])
        k = norm(t)
        if k in seen:
            errors.append("%s: duplicate text of %s" % (r["case_id"], seen[k]))
        seen[k] = r["case_id"]
    n = len(rows)
    nh = sum(1 for r in rows if r["label_gold"] == "non-hateful")
    if n and nh / n < 0.40:
        errors.append("only %.1f%% non-hateful rows, need >= 40%%" % (100.0 * nh / n))
    for name, _d, items in suite:
        if len(items) < 5:
            errors.append("%s has fewer than 5 rows" % name)
    if errors:
        sys.stderr.write("\n".join(errors) + "\n")
        sys.exit(1)


# ----------------------------------------------------------------- README

def readme(suite, rows):
    labels = Counter(r["label_gold"] for r in rows)
    cats = Counter(r["category"] for r in rows if r["category"])
    per_f = Counter(r["functionality"] for r in rows)
    tg = Counter(r["target_ident"] or "(none)" for r in rows)
    out = []
    out.append("# en4: held-out English suite (implicit and adversarial hate)")
    out.append("")
    out.append("**Content warning:** this file's CSV contains hateful messages, "
               "slurs, dehumanising language, threats and extremist slogans, written "
               "only to test a detector.")
    out.append("")
    out.append("## What it is")
    out.append("")
    out.append("A held-out evaluation suite written in 2026 for trygbot, the hate-speech "
               "detector for volunteer moderators of community chats. It was written by "
               "a writer who had not read the rules, the engine, the training data or any "
               "other suite; every message was written by hand for this suite. People "
               "named in messages are invented.")
    out.append("")
    out.append("Focus: English (British and American social-media register) hate that is "
               "implicit, adversarial or phrased as a question, of the kind annotators "
               "write to fool models: animosity, derogation with varied vocabulary, "
               "dehumanising metaphors, veiled and conditional threats, support for "
               "hateful entities, stereotypes stated as facts, dog whistles, sarcasm, "
               "backhanded compliments, hate buried in longer messages and obfuscated "
               "spellings. The non-hateful rows are mostly minimal contrasts on the same "
               "topics: the same shapes aimed at non-protected targets, negated hate, "
               "counter-speech, quoted-and-condemned hate, criticism of religions and "
               "policies, news, neutral, positive and in-group mentions, violent idioms "
               "without a protected target, genuine questions and innocent homonyms.")
    out.append("")
    out.append("%d messages: %d hateful, %d non-hateful (%.1f%%)."
               % (len(rows), labels["hateful"], labels["non-hateful"],
                  100.0 * labels["non-hateful"] / len(rows)))
    out.append("")
    out.append("## Counts per functionality")
    out.append("")
    out.append("| functionality | label | rows | what it tests |")
    out.append("|---|---|---:|---|")
    for name, desc, _items in suite:
        lab = "hateful" if name.endswith("_h") else "non-hateful"
        out.append("| `%s` | %s | %d | %s |" % (name, lab, per_f[name], desc))
    out.append("")
    out.append("## Counts per category (hateful rows)")
    out.append("")
    out.append("| category | rows |")
    out.append("|---|---:|")
    for c in suitegen.CATEGORIES.values():
        out.append("| `%s` | %d |" % (c, cats[c]))
    out.append("")
    out.append("## Counts per target")
    out.append("")
    out.append("| target_ident | rows |")
    out.append("|---|---:|")
    for t in [v for v in suitegen.TARGETS.values() if v] + ["(none)"]:
        out.append("| %s | %d |" % (t, tg[t]))
    out.append("")
    out.append("## Category precedence")
    out.append("")
    out.append("Each hateful row has exactly one category; first match wins:")
    out.append("")
    out.extend(suitegen.PRECEDENCE)
    out.append("")
    out.append("## Columns")
    out.append("")
    out.append("| column | meaning |")
    out.append("|---|---|")
    out.extend(suitegen.column_rows(NAME, LANG))
    out.append("")
    out.append("## Regenerate")
    out.append("")
    out.append("```")
    out.append("python3 eval/suites/en4/generate.py")
    out.append("```")
    out.append("")
    out.append("The script holds every message, checks its invariants (labels match "
               "functionality suffixes, hateful rows have one valid category, non-hateful "
               "rows none, valid target codes, no duplicate texts, at least 40% "
               "non-hateful) and rewrites `messages.csv` and this README byte-identically.")
    out.append("")
    out.append("## Licence")
    out.append("")
    out.append("CC BY 4.0, the trygbot project.")
    out.append("")
    return "\n".join(out)


def main():
    rows = suitegen.build_rows(S, NAME, LANG)
    validate(S, rows)
    suitegen.write_suite(HERE, rows, readme(S, rows))
    labels = Counter(r["label_gold"] for r in rows)
    cats = Counter(r["category"] for r in rows if r["category"])
    print("%d rows: %s" % (len(rows), dict(labels)))
    print("categories: %s" % dict(cats))


if __name__ == "__main__":
    main()
