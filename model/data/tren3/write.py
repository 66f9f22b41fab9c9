#!/usr/bin/env python3
"""Training data tren3 for trygbot's learned scorer (English, implicit hate
without slurs, plus near non-hateful twins). Content warning: offensive text.

Every message is written by hand. Each call to hate()/ok() takes a block of
messages, one per line; blank lines are ignored.
Run: python3 write.py  -> writes data.csv next to this file.
"""
import csv
import os
from collections import Counter

LANG = "en"
CATEGORIES = {"slur", "dehumanisation", "generalisation", "threat",
              "extremism", "harassment"}
ROWS = []


def _lines(block):
    return [ln.strip() for ln in block.strip("\n").split("\n") if ln.strip()]


def hate(functionality, category, target, messages):
    assert functionality.endswith("_h"), functionality
    assert category in CATEGORIES, category
    for m in _lines(messages):
        ROWS.append((m, "hateful", category, functionality, target, LANG))


def ok(functionality, target, messages):
    assert functionality.endswith("_nh"), functionality
    for m in _lines(messages):
        ROWS.append((m, "non-hateful", "", functionality, target, LANG))


# ---------------------------------------------------------------------------
# HATEFUL: exclusion from housing, jobs, neighbourhoods
# ---------------------------------------------------------------------------
hate("exclusion_housing_h", "generalisation", "somalis", """
Flat 3 is being let to a Somali family?? Can the committee not put a stop to that before the whole block goes downhill
Landlord here. I don't rent to Somalis any more, not after the last lot. Learnt my lesson
""")
hate("exclusion_housing_h", "generalisation", "immigrants", """
Room to let, working professionals only, British born please, no immigrants, no DSS
honestly the housing association should give locals first pick and put the foreigners at the back of the queue where they belong
if they let more immigrants onto this estate I'm selling up, simple as
""")
hate("exclusion_housing_h", "generalisation", "roma", """
Whatever you do don't sell to Roma. The whole street will pay for it for 20 years
Heads up to everyone on the close, number 14 has been viewed by a gypsy family. We need to let the agent know we're not having it
""")
hate("exclusion_housing_h", "generalisation", "gay people", """
I've got nothing against them but I wouldn't let my spare room to a gay couple, not with the kids in the house
Residents committee should be allowed to veto gay couples moving in, it's a family building
""")
hate("exclusion_housing_h", "generalisation", "muslims", """
Lovely quiet cul-de-sac, let's keep it that way. No Muslims please, the vendor agrees
Anyone know a letting agent that quietly screens out muslim tenants? asking for my mum's flat
""")
hate("exclusion_housing_h", "generalisation", "trans people", """
Our shared house has a rule now: no trans people. Girls only means actual girls
""")
hate("exclusion_housing_h", "generalisation", "black people", """
Property's in a nice area and I intend to keep it that way. Not letting to black tenants, call me what you like
my dad won't rent to black families anymore, says they always leave the place trashed, and tbh he's right
""")
hate("exclusion_housing_h", "generalisation", "disabled people", """
Not converting the ground floor for wheelchair tenants, disabled people are more hassle than the rent is worth
""")
hate("exclusion_housing_h", "generalisation", "refugees", """
The council wants to put refugee families in the empty flats above the shops. Write in and object, we don't want them living round here
Refugees shouldn't get council houses full stop. Tents are good enough, they came from worse
""")
hate("exclusion_jobs_h", "generalisation", "women", """
Never hiring a woman in her 30s again. They get the job then they get pregnant, every time
Women on the tools? no chance. Site's no place for them, they slow everyone down
She's a woman, she'll go to pieces the first time a client shouts. Give the promotion to Dave
""")
hate("exclusion_jobs_h", "generalisation", "muslims", """
I bin CVs with Muslim names, saves time. Ramadan every year and prayer breaks all day, not running a mosque
Tell HR to stop shortlisting muslims for the front desk, customers don't want to see a headscarf when they walk in
""")
hate("exclusion_jobs_h", "generalisation", "poles", """
Foreman says no more Poles on the crew, they only look after each other and drink on the job
""")
hate("exclusion_jobs_h", "generalisation", "disabled people", """
Hiring a disabled person is basically hiring half a worker for a full wage. Not doing it
We had an autistic lad on the team once. Never again, they can't work with people, stick them in a warehouse somewhere
""")
hate("exclusion_jobs_h", "generalisation", "trans people", """
Would never employ a trans person in a customer-facing role, people would walk straight out
""")
hate("exclusion_jobs_h", "generalisation", "black people", """
My manager literally said the interview was fine but 'he won't fit in with the team'. Good call, black lads never do
Shop's been nicked from three times this month. Stop hiring black kids for Saturday shifts and it'll stop
""")
hate("exclusion_jobs_h", "generalisation", "immigrants", """
Jobs in this town should go to British people first. If there's one left over the foreigners can have it
Every immigrant on a payroll is a local lad on the dole. Employers should be fined for hiring them
""")
hate("exclusion_jobs_h", "generalisation", "gay people", """
Keep gay men away from the youth coaching roles. Not worth the risk, everyone knows why
""")
hate("exclusion_jobs_h", "generalisation", "jews", """
Wouldn't let a Jew anywhere near the club's finances, we'd be broke in a year and he'd be rich
""")
hate("exclusion_jobs_h", "generalisation", "deaf people", """
Deaf people in a call centre?? Whoever came up with that diversity scheme should be sacked. They can't do real jobs
""")
hate("exclusion_jobs_h", "generalisation", "romanians", """
Agency sent us three Romanians again. Told them, send English lads or don't send anyone, I'm not counting the tools every night
""")
hate("exclusion_neighbourhood_h", "generalisation", "pakistanis", """
They've got half of Bradford, they're not getting this side of town as well. Keep them out
Another Pakistani family bought on Elm Road. Once three move in the rest follow, seen it happen everywhere
""")
hate("exclusion_neighbourhood_h", "generalisation", "immigrants", """
This village worked fine for 800 years without foreigners, we should have a say in who moves in
Petition to stop the new flats: it's not about parking, it's about who they'll be letting live there and we all know who that is
We moved out here precisely to get away from the immigrants. If they follow us out here I'm done
""")
hate("exclusion_neighbourhood_h", "generalisation", "roma", """
Travellers have pulled onto the field again. Time for the village to make it clear they're not welcome anywhere round here, ever
""")
hate("exclusion_neighbourhood_h", "generalisation", "muslims", """
No to the mosque means no to the people who'd come with it. Let them pray somewhere else, not our town
Halal butcher opening on the high street. That's how it starts, soon it'll be their high street and not ours
""")
hate("exclusion_neighbourhood_h", "generalisation", "syrians", """
Hotel on the ring road is full of Syrians now. Keep your kids off that side of the park, they don't belong here
""")
hate("exclusion_neighbourhood_h", "generalisation", "chinese people", """
Chinatown's fine where it is, they can stay in it. Don't want them spreading out to the rest of the city
""")
hate("exclusion_neighbourhood_h", "generalisation", "gay people", """
Gay bar wanting to open on our parade? Not in a family area thank you. They can keep that stuff in the city centre
""")
hate("exclusion_neighbourhood_h", "generalisation", "jews", """
Golf club's been quietly keeping Jews out since the 60s and the place is better for it. Long may it continue
""")
hate("exclusion_neighbourhood_h", "generalisation", "afghans", """
Council is housing Afghan families on our road without asking anyone. We need to make them feel unwelcome so they ask to move
""")

# ---------------------------------------------------------------------------
# HATEFUL: nostalgia for "before they came"
# ---------------------------------------------------------------------------
hate("nostalgia_h", "generalisation", "immigrants", """
Remember when you could walk down the high street and hear English? Pepperidge Farm remembers
This town was lovely in the 80s. Then they came and now look at it
Grew up here when everyone knew everyone. Now I don't recognise a single face on my own road and nobody speaks the language
my nan says the estate was a proper community before the foreigners moved in. she's not wrong
""")
hate("nostalgia_h", "generalisation", "muslims", """
Used to be pubs and a bakery on that street. Now it's a mosque, three hijab shops and nobody drinks. Miss the old Luton
Christmas used to be Christmas round here before we had to tiptoe around muslims
""")
hate("nostalgia_h", "generalisation", "black people", """
Brixton was a nice place once. Then the Windrush lot arrived and the rest is history
Old photos of the school: every kid white, every kid smiling. Says it all really
""")
hate("nostalgia_h", "generalisation", "eastern europeans", """
Peterborough before 2004 vs Peterborough now. Eastern Europeans ruined it and nobody's allowed to say so
""")
hate("nostalgia_h", "generalisation", "gay people", """
TV was better when gays weren't in every single advert. Normal families, normal shows
Pride month every year now. Back in my day they kept it to themselves and we were all happier
""")
hate("nostalgia_h", "generalisation", "trans people", """
Ten years ago nobody had heard of trans kids. Now there's three in every class. Bring back the good old days when boys were boys
""")
hate("nostalgia_h", "generalisation", "somalis", """
The park was a family park until the Somalis took it over. Now I don't even take the dog there
""")
hate("nostalgia_h", "generalisation", "roma", """
Our market was the best in the county before the Roma started turning up. Now it's pickpockets and beggars
""")
hate("nostalgia_h", "generalisation", "women", """
Football punditry was decent before they let women in the studio. Sad times lads
Gaming was better when it was just us lads, then girls turned up and everything had to be sanitised
""")
hate("nostalgia_h", "generalisation", "asians", """
Corner shops used to be run by the locals. Now every one of them is an Asian family and the whole feel of the place has gone
""")
hate("nostalgia_h", "generalisation", "refugees", """
Proper seaside town this was. Then they filled the hotels with refugees and now nobody comes on holiday anymore
""")
hate("nostalgia_h", "generalisation", "mexicans", """
My hometown in Texas was great before the Mexicans came. Now the signs are in Spanish and it ain't home
""")

# ---------------------------------------------------------------------------
# HATEFUL: contamination and disease framing
# ---------------------------------------------------------------------------
hate("contamination_claim_h", "generalisation", "roma", """
Wash your hands after the car boot sale, the Roma stalls are filthy, God knows what you'll pick up
""")
hate("contamination_claim_h", "generalisation", "africans", """
Every time more Africans arrive the TB numbers go up. Check the stats and tell me I'm wrong
Not letting my kids in the pool when the African families from the hostel are in there. Just not
""")
hate("contamination_claim_h", "generalisation", "chinese people", """
Stopped going to Chinese takeaways since covid. Who knows what they're eating or what they bring back from over there
Chinese student moved into halls and everyone's already sick. Coincidence I'm sure 🙄
""")
hate("contamination_claim_h", "generalisation", "gay people", """
Blood banks should never take from gay men, their blood is dirty, everyone knows it
""")
hate("contamination_claim_h", "generalisation", "immigrants", """
The NHS is drowning because immigrants bring every disease under the sun over with them
They don't wash, they spit in the street, and then they're surprised nobody wants to sit next to them on the bus
""")
hate("contamination_claim_h", "generalisation", "indians", """
Can always tell an Indian family lived there before, the smell never comes out of the carpets
""")
hate("contamination_claim_h", "generalisation", "trans people", """
Letting trans women in the changing rooms is a hygiene issue as well as a safety one. Keep them out
""")
hate("contamination_claim_h", "generalisation", "refugees", """
Scabies in the primary school again. Funny how that started the same week the asylum kids joined
""")
hate("disease_metaphor_h", "dehumanisation", "immigrants", """
Immigration is a cancer and the immigrants are the tumour. You cut it out or it kills the host
These people are an infection spreading town to town. Each new estate they move into is another sore
""")
hate("disease_metaphor_h", "dehumanisation", "muslims", """
Islam's followers spread across Europe like a plague. Every year another city gets infected
""")
hate("disease_metaphor_h", "dehumanisation", "jews", """
Every country that let the Jews in got sick in the end. It's a virus with a passport
""")
hate("disease_metaphor_h", "dehumanisation", "gay people", """
Homosexuality is a contagion and gay people are the carriers, keep them away from schools
""")
hate("disease_metaphor_h", "dehumanisation", "roma", """
Roma camps are like mould on the side of the city. Scrub them off and they grow back next week
""")
hate("disease_metaphor_h", "dehumanisation", "trans people", """
Trans people are a social contagion, a rash on society that's spreading through every school
""")
hate("disease_metaphor_h", "dehumanisation", "somalis", """
Somalis are the disease and this city is the patient. Nobody's prescribing anything
""")
hate("disease_metaphor_h", "dehumanisation", "refugees", """
The refugees are a pox on this country and the hotels are where the pus collects
""")

# ---------------------------------------------------------------------------
# HATEFUL: burden and benefit claims
# ---------------------------------------------------------------------------
hate("burden_claim_h", "generalisation", "immigrants", """
Working 50 hours a week so some immigrant can sit at home on benefits with eight kids. Mugs, the lot of us
Why should my taxes pay for people who came here for free houses and free money
They take and take and never give back. Not one of them has paid in what they've taken out
""")
hate("burden_claim_h", "generalisation", "refugees", """
Refugees get iPhones and hotel rooms while veterans sleep in doorways. Make it make sense
Every refugee costs us forty grand a year and gives back nothing but trouble
""")
hate("burden_claim_h", "generalisation", "disabled people", """
Disabled people are a drain, simple as that. Billions a year for people who'll never contribute a penny
Half the blue badge lot could work if they wanted to. They're just scroungers with a wheelchair
""")
hate("burden_claim_h", "generalisation", "roma", """
Roma come over for the child benefit, not the weather. Biggest scam going and we fall for it every time
""")
hate("burden_claim_h", "generalisation", "somalis", """
Somalis have the lowest employment rate of any group. They're here for the handouts and they know it
""")
hate("burden_claim_h", "generalisation", "poles", """
Poles claiming child benefit for kids who live in Krakow. And we wonder why there's no money
""")
hate("burden_claim_h", "generalisation", "muslims", """
Muslim families have kids on purpose to get bigger houses and more benefits. It's a strategy
""")
hate("burden_claim_h", "generalisation", "autistic people", """
Autistic kids take up all the teachers' time and the normal kids suffer for it. Shouldn't be in mainstream schools
""")
hate("burden_claim_h", "generalisation", "trans people", """
NHS waiting list is two years for a hip replacement but trans people get their surgeries paid by us. Disgusting
""")
hate("burden_claim_h", "generalisation", "asylum seekers", """
Asylum seekers aren't fleeing anything, they're fleeing work. The benefits here are the whole point
""")
hate("burden_claim_h", "generalisation", "ukrainians", """
The Ukrainians were grateful for about a month, now they're demanding bigger flats. Ungrateful lot
""")
hate("burden_claim_h", "generalisation", "afghans", """
Afghans came here, got a free house, and still complain about the weather. Ungrateful doesn't begin to cover it
""")

# ---------------------------------------------------------------------------
# HATEFUL: crime stereotypes
# ---------------------------------------------------------------------------
hate("crime_stereotype_h", "generalisation", "black people", """
Another stabbing in Croydon. No need to ask who did it, we all know
Lock your car if you're parking near the Caribbean carnival, they'll have the wheels off it by lunch
Yeah the new family at 22 are black. Might be time to get that doorbell camera you keep talking about
""")
hate("crime_stereotype_h", "generalisation", "muslims", """
Grooming gangs, terror plots, honour killings. At some point you have to admit it's the religion and the people in it
""")
hate("crime_stereotype_h", "generalisation", "pakistanis", """
Wouldn't let my daughter near a Pakistani taxi driver after dark, not a chance
""")
hate("crime_stereotype_h", "generalisation", "roma", """
Roma kids on the high street again, hold onto your handbags ladies
bikes going missing from the school racks since the roma family moved in. not rocket science
""")
hate("crime_stereotype_h", "generalisation", "albanians", """
Albanian? Then he's either a drug dealer or working for one. No other reason to come here
""")
hate("crime_stereotype_h", "generalisation", "romanians", """
Romanian car wash opened on the corner. Give it six months and it'll be a front for something
""")
hate("crime_stereotype_h", "generalisation", "immigrants", """
Crime doubled since they opened the asylum hotel. Every robbery, every assault. Not a coincidence
Import the third world, become the third world. Knife crime is just the start
""")
hate("crime_stereotype_h", "generalisation", "afghans", """
Afghan men don't respect women, full stop. Keep your daughters indoors after dark if they've moved in near you
""")
hate("crime_stereotype_h", "generalisation", "gay people", """
Gay men and kids. Funny how it's always them. Wouldn't have one as a scout leader
""")
hate("crime_stereotype_h", "generalisation", "trans people", """
Trans women only want in the ladies' loos for one reason and it isn't to wash their hands
""")
hate("crime_stereotype_h", "generalisation", "mexicans", """
Half the cartel's sitting in our trailer parks now. Mexicans are bringing the drugs, same as they always have
""")
hate("crime_stereotype_h", "generalisation", "travellers", """
Travellers on the green means sheds broken into by Sunday. Tell me when that's ever not been the case
""")
hate("crime_stereotype_h", "generalisation", "somalis", """
Somali lads hanging round the shopping centre. If you've got a phone in your back pocket you won't for long
""")
hate("crime_stereotype_h", "generalisation", "arabs", """
Arabs in the chicken shop until 3am, that's where all the drugs round here come from
""")
hate("crime_stereotype_h", "generalisation", "north africans", """
Moroccans and Algerians, the pickpocket capital of Europe walks around on two legs
""")
hate("crime_stereotype_h", "generalisation", "latinos", """
Why are there always Latino gangbangers hanging round the lot? Oh wait, I know why
""")

# ---------------------------------------------------------------------------
# HATEFUL: conspiracy tropes (media, money, control, replacement)
# ---------------------------------------------------------------------------
hate("conspiracy_control_h", "generalisation", "jews", """
Look at who owns the banks, the studios and the newspapers. Always the same names, always the same tribe
They control the media so you'll never see this on the BBC. Ask yourself who sits on the boards
Funny how every war makes the same families richer. Follow the money and you'll find the synagogue
Nothing happens in Hollywood without their say so. Count the Jewish producers and tell me it's a coincidence
The same banking families have been pulling the strings since Waterloo and people still think it's a joke
""")
hate("conspiracy_control_h", "generalisation", "muslims", """
Half the councils are run by Muslims quietly bringing in sharia one planning decision at a time
Muslims are playing the long game. Infiltrate the police, the councils, the schools, then change the law
""")
hate("conspiracy_control_h", "generalisation", "gay people", """
The gay lobby runs every broadcaster now. That's why your kids get it shoved at them every night on telly
""")
hate("conspiracy_control_h", "generalisation", "trans people", """
Trans activists have captured every institution. Schools, NHS, police. It's an organised takeover by a tiny group of men in dresses
""")
hate("conspiracy_control_h", "generalisation", "chinese people", """
Every Chinese student is a spy for Beijing. Universities are full of them and nobody asks why
""")
hate("conspiracy_control_h", "generalisation", "indians", """
Indians have taken over every tech company and they only hire each other. It's a network, not a coincidence
""")
hate("replacement_conspiracy_h", "generalisation", "immigrants", """
They're not coming for jobs, they're coming to replace us. Look at the birth rates and do the maths
The replacement isn't a theory anymore, it's in the census. White Brits a minority in our own cities within 30 years and it's planned
Open borders were never an accident. Someone decided the native population had to be swapped out
""")
hate("replacement_conspiracy_h", "generalisation", "muslims", """
Muslims having five kids each while we have one. Outbreeding us is the plan and they say it openly
""")
hate("replacement_conspiracy_h", "generalisation", "jews", """
Who do you think funds the charities that bring the boats over? Same people every time. They want us gone
""")
hate("replacement_conspiracy_h", "generalisation", "black people", """
Every advert now is a mixed couple and a black dad. They're preparing you for a country without white people
""")
hate("replacement_conspiracy_h", "generalisation", "latinos", """
The Democrats are importing Latinos to replace white voters. It's not about compassion, it's about the vote
""")

# ---------------------------------------------------------------------------
# HATEFUL: dehumanising metaphors
# ---------------------------------------------------------------------------
hate("dehumanising_metaphor_h", "dehumanisation", "immigrants", """
They breed like rabbits and the council keeps giving them bigger hutches
The boats keep coming, it's like a swarm of locusts landing on Kent every day
Ship them all back, they're livestock being moved across the Channel by the smugglers anyway
""")
hate("dehumanising_metaphor_h", "dehumanisation", "roma", """
Roma are like rats, you see one and there's fifty more behind the bins
""")
hate("dehumanising_metaphor_h", "dehumanisation", "somalis", """
Somalis live like animals, ten to a flat, eating on the floor. Not even human behaviour
""")
hate("dehumanising_metaphor_h", "dehumanisation", "muslims", """
Muslims are a herd, one shouts allahu akbar and the rest stampede after him
Goat herders in a modern country. They never evolved past the 7th century and it shows
""")
hate("dehumanising_metaphor_h", "dehumanisation", "black people", """
Watching that footage of the riot it's like a nature documentary, monkeys going wild in a shop
They're basically apes in tracksuits, not even sorry
""")
hate("dehumanising_metaphor_h", "dehumanisation", "jews", """
Jews are parasites, they live off whatever country is stupid enough to host them
""")
hate("dehumanising_metaphor_h", "dehumanisation", "refugees", """
Refugees are cockroaches. Turn on the light in any hotel in the country and watch them scatter
Like feeding pigeons. Give them one hotel and the whole flock turns up
""")
hate("dehumanising_metaphor_h", "dehumanisation", "trans people", """
Trans people aren't people, they're science experiments gone wrong
It's an 'it'. I'm not calling that thing a woman
""")
hate("dehumanising_metaphor_h", "dehumanisation", "disabled people", """
Severely disabled people are vegetables, keeping them alive is a waste of everyone's time
Special needs unit at my kid's school is basically a zoo. Grunting and screaming all day
""")
hate("dehumanising_metaphor_h", "dehumanisation", "gay people", """
Gay men are animals, just rutting in parks and toilets like dogs
""")
hate("dehumanising_metaphor_h", "dehumanisation", "chinese people", """
Chinese eat anything that moves, then act surprised when they spread plagues. Barely human
""")
hate("dehumanising_metaphor_h", "dehumanisation", "afghans", """
Afghans are cavemen. You can put them in a council flat but you can't take the cave out of them
""")
hate("dehumanising_metaphor_h", "dehumanisation", "women", """
Women are basically property with opinions. Should go back to being just property
""")
hate("dehumanising_metaphor_h", "dehumanisation", "arabs", """
Arabs are sand fleas. Annoying, everywhere, and impossible to get rid of once they're in
""")
hate("dehumanising_metaphor_h", "dehumanisation", "poles", """
Poles are like weeds, one lands in your street and a year later the whole garden's overrun
""")
hate("dehumanising_metaphor_h", "dehumanisation", "mexicans", """
Mexicans are ants, you see a line of them coming over the fence and know the nest is full
""")
hate("dehumanising_metaphor_h", "dehumanisation", "pakistanis", """
Pakistanis are a pack of wolves, they hunt in groups and everyone knows what they hunt
""")
hate("dehumanising_metaphor_h", "dehumanisation", "indigenous people", """
Aboriginals are a stone age people living off welfare. Not the same species as the rest of us really
""")

# ---------------------------------------------------------------------------
# HATEFUL: threats (veiled, conditional, at places) and wishes of harm
# ---------------------------------------------------------------------------
hate("veiled_threat_h", "threat", "muslims", """
Enjoy your little mosque while it lasts. Things have a way of catching fire round here
Tell the muslims on Victoria Street to keep their heads down this summer. Lot of angry lads about and not all of them are talkers
""")
hate("veiled_threat_h", "threat", "immigrants", """
They should remember what happened in '58. History repeats when people get pushed too far
We know which houses they're in. That's all I'm saying on here
Foreigners walking round like they own the place. Won't be long before someone reminds them they don't
""")
hate("veiled_threat_h", "threat", "gay people", """
That rainbow flag on number 9 is asking for a brick through the window. Just saying what everyone's thinking
Two lads holding hands in the Red Lion last night. They won't be doing that again if they've got any sense
""")
hate("veiled_threat_h", "threat", "jews", """
The Jews in Golders Green should enjoy their sabbath. Might not get many more quiet ones
""")
hate("veiled_threat_h", "threat", "trans people", """
Let one of them try to use the ladies when my missus is in there. Just let them try and see what happens
""")
hate("veiled_threat_h", "threat", "black people", """
New black family on the estate. Somebody should go and give them a proper welcome, if you know what I mean
""")
hate("veiled_threat_h", "threat", "roma", """
Roma camp by the river again. Shame if there was an accident with the caravans at night
""")
hate("veiled_threat_h", "threat", "refugees", """
The boys are going down the hotel Saturday. Refugees better hope the police turn up in time this time
""")
hate("veiled_threat_h", "threat", "sikhs", """
Another turban on the bus. One of these days someone's going to knock it off and he won't get up again
""")
hate("conditional_threat_h", "threat", "immigrants", """
If the government won't send them back, then sooner or later the people will do it themselves and it won't be pretty
One more boat lands on our beach and I'm taking the boys down there with bats. Promise you that
""")
hate("conditional_threat_h", "threat", "muslims", """
If they build that mosque I swear I'll burn it down myself before the first prayer
Any muslim tries to convert my kids and I'll break his legs. Not joking
""")
hate("conditional_threat_h", "threat", "gay people", """
If my son ever comes home gay I'll kill him and the boyfriend. Said it before, I'll say it again
""")
hate("conditional_threat_h", "threat", "trans people", """
If a trans woman walks into my daughter's changing room I'm putting her through the lockers. No debate
""")
hate("conditional_threat_h", "threat", "poles", """
Poles keep undercutting us on jobs, they'll start finding their vans with smashed windows and slashed tyres
""")
hate("conditional_threat_h", "threat", "jews", """
Next time Israel bombs anything the local synagogue should pay for it. Eye for an eye
""")
hate("conditional_threat_h", "threat", "somalis", """
If another Somali gang touches my nephew we're going to their estate and it'll be a bloodbath
""")
hate("threat_places_h", "threat", "muslims", """
Someone needs to drive a van into the Friday prayers crowd. Only language they understand
Petrol and a lighter, that's what the Islamic centre on Mill Lane needs
""")
hate("threat_places_h", "threat", "refugees", """
Burn the hotel down with them in it. Every single one of these asylum hotels
Let's see how brave they are when we turn up at the reception centre with torches
""")
hate("threat_places_h", "threat", "jews", """
Synagogues need to be torn down and I don't care who's inside when it happens
""")
hate("threat_places_h", "threat", "gay people", """
Gay bars are a perfect target. One petrol bomb and you'd clear out half the city's filth
""")
hate("threat_places_h", "threat", "roma", """
Go down to the traveller site tonight with a few cans of petrol, give them a reason to move on
""")
hate("threat_places_h", "threat", "black people", """
Black church on the corner, lovely target. Sunday morning when it's full
""")
hate("threat_places_h", "threat", "poles", """
The Polish shop on Church Street is getting its windows put in this weekend, me and the lads have decided
""")
hate("threat_places_h", "threat", "trans people", """
Trans support group meets Tuesdays at the library. Be a shame if some of us turned up to teach them a lesson
""")
hate("wish_harm_h", "threat", "immigrants", """
Honestly hope the next boat sinks halfway. Send a message to the rest
Every dinghy that goes down is one less problem. Don't @ me
""")
hate("wish_harm_h", "threat", "muslims", """
Wish the whole lot of them would catch something in Mecca and not come back
Would not shed a single tear if every Muslim in this country died tomorrow
""")
hate("wish_harm_h", "threat", "gay people", """
AIDS was doing a decent job on them till they invented the pills. Shame
Hope every gay at that parade gets hit by a bus on the way home
""")
hate("wish_harm_h", "threat", "trans people", """
Trans people have the highest suicide rate? Good. Let nature take its course
""")
hate("wish_harm_h", "threat", "disabled people", """
Disabled people should have been left to die like in the old days, kinder for everyone
""")
hate("wish_harm_h", "threat", "jews", """
Hitler had the right idea, he just didn't finish the job. Wish someone would
""")
hate("wish_harm_h", "threat", "black people", """
Hope the heatwave takes out a few more of them, they're used to it anyway lol
""")
hate("wish_harm_h", "threat", "women", """
Women who answer back deserve a good slap, maybe then they'd learn to keep quiet
""")
hate("wish_harm_h", "threat", "roma", """
Hope the floods take the whole traveller camp out, no loss to anyone
""")
hate("wish_harm_h", "threat", "chinese people", """
Hope every chinese person gets a dose of their own virus and chokes on it
""")
hate("wish_harm_h", "threat", "autistic people", """
Autistic kids screaming on the plane. Wish you could just throw them out at 30,000 feet
""")
hate("wish_harm_h", "threat", "asylum seekers", """
Should put the asylum seekers on a barge and pull the plug halfway out. Job done
""")

# ---------------------------------------------------------------------------
# HATEFUL: harassment of one person over a protected trait
# ---------------------------------------------------------------------------
hate("harassment_origin_h", "harassment", "pakistanis", """
@Imran nobody asked for your opinion on British history mate, go and fix your own country first
Shut up Aamir, you've been here five minutes and you're telling us how to run the parish council?
""")
hate("harassment_origin_h", "harassment", "immigrants", """
@karolina_w you're a guest in this country, act like one or get on a plane
Funny how Tomasz always has an opinion about the rota. Mate, go back to wherever you're from and moan there
Your English is rubbish Ana, stick to cleaning and leave the committee stuff to people who were born here
""")
hate("harassment_origin_h", "harassment", "nigerians", """
@Chidi lol another Nigerian prince in the group chat, hide your bank details lads
""")
hate("harassment_origin_h", "harassment", "chinese people", """
@wei_lin did you bring the bat soup to the potluck again 🦇🤢
""")
hate("harassment_origin_h", "harassment", "romanians", """
Hey Andrei, has your mum finished nicking the catalytic converters in our car park yet?
""")
hate("harassment_origin_h", "harassment", "indians", """
@Priya stop typing, I can smell the curry through the screen
""")
hate("harassment_origin_h", "harassment", "black people", """
@Marcus you're lucky they let you in the team, bet you can't even read the tactics board
Nice to see Jerome's been allowed out of the jungle for the school run lol
""")
hate("harassment_origin_h", "harassment", "mexicans", """
@carlos_r did you climb over the fence to get into this server too lmao
""")
hate("harassment_origin_h", "harassment", "irish people", """
@Siobhan put the potato down and go back to your bog, nobody wants you at the match
""")
hate("harassment_origin_h", "harassment", "somalis", """
Hamza you wouldn't know what a job was if it hit you, your whole family's on benefits like every other Somali in the block
""")
hate("harassment_religion_h", "harassment", "muslims", """
@Yusuf is that a backpack or a bomb bro 💣 asking for the whole office
Fatima's taking Friday off to pray again. Hope she's not planning anything at the mosque lol
Take that rag off your head Amira, you're in England now
""")
hate("harassment_religion_h", "harassment", "jews", """
@David_K you'd sell your own nan for a tenner, typical Jew
Of course Rachel's counting the pennies on the kitty, it's in her blood isn't it
""")
hate("harassment_religion_h", "harassment", "sikhs", """
@Harpreet take the tea towel off your head before the match, you're scaring the opposition
""")
hate("harassment_religion_h", "harassment", "hindus", """
Anil worships a cow and wants to tell me what to do with the allotment, do me a favour
""")
hate("harassment_religion_h", "harassment", "christians", """
@ruth_m go and pray to your imaginary sky daddy you brainwashed bible freak, nobody wants you in this group
""")
hate("harassment_disability_h", "harassment", "disabled people", """
@Liam mate your hands shake so much you can't even hold a controller, why are you even in this clan
Watching Sophie try to get up the steps in her wheelchair is the best entertainment this office has
Chris can't even speak properly without dribbling, why is he allowed to post in the parents group
""")
hate("harassment_disability_h", "harassment", "deaf people", """
WHAT?? CAN YOU HEAR ME NOW OLIVER?? oh wait you can't 🤣 deaf idiot
""")
hate("harassment_disability_h", "harassment", "autistic people", """
@Jamie stop being so autistic about the rules, nobody wants to play with you, go and line up your toy cars
Ellie's kid is the autistic one who screams at birthday parties. Don't invite them again, he ruins it for everyone
""")
hate("harassment_disability_h", "harassment", "people with learning disabilities", """
Ben can't even count the change at the till, they only hired him because of some charity scheme
""")
hate("harassment_disability_h", "harassment", "blind people", """
@Grace how do you even type, does your guide dog do it for you lol. blind people shouldn't be on group chats
""")
hate("harassment_disability_h", "harassment", "people with mental illness", """
Everyone ignore Hannah, she's off her meds again, bipolar nutjob
""")
hate("harassment_sexuality_h", "harassment", "gay people", """
@Ryan you only want to join the five-a-side to look at the lads in the showers, admit it
Tom's wearing pink again, bet he's off to see his boyfriend, keep your backs to the wall lads
@Kieran why do you talk like that, like a girl. Sort your voice out, you're embarrassing
""")
hate("harassment_sexuality_h", "harassment", "lesbians", """
Lauren only needs a real man to sort her out, then she'll stop playing at being a lesbian
""")
hate("harassment_sexuality_h", "harassment", "bisexual people", """
@Jess bi just means greedy and attention-seeking, pick a side or shut up about it
""")
hate("harassment_sexuality_h", "harassment", "gay people", """
Mr Adams is gay and he teaches PE? I'm pulling Alfie out of his class tomorrow
""")
hate("misgendering_h", "harassment", "trans people", """
@Chloe you're a bloke in a wig, no matter how much makeup you put on you'll always be Craig to us
He can call himself Jessica all he wants, he's still a man and I'll keep saying he
Lol sorry SIR, I mean ma'am, I mean whatever it is you are today
@Sam_they you're a girl with a buzz cut, not a 'they'. Stop making everyone's life difficult
Our 'new colleague' Alex used to be Alexandra. I'll be calling her she until the day I retire, she can cry about it
Her name's Emily, she was born Emily and she'll die Emily. Not calling her Ethan in the WhatsApp just because she had a tantrum
@Mia the ladies team is for actual ladies mate, take your wig and your shoulders somewhere else
What's in the box Nina? Still a willy in there? Then you're a fella
Danielle over at number 3 is a man. Just because he wears a dress doesn't change a thing. Stop pretending
""")

# ---------------------------------------------------------------------------
# HATEFUL: stereotypes, jokes, rhetorical questions, suspicion, ingratitude
# ---------------------------------------------------------------------------
hate("stereotype_joke_h", "generalisation", "jews", """
How do you get a Jew to the pub? Tell him the first round's free 😂
Why did the Jewish lad become a goalkeeper? Didn't want to pass anything on for free
""")
hate("stereotype_joke_h", "generalisation", "women", """
Women drivers on the school run again. Someone call the AA before they take out another bollard 🙄
What do you call a woman with an opinion? Wrong. Every time lads
""")
hate("stereotype_joke_h", "generalisation", "poles", """
How many Poles does it take to change a lightbulb? None, they'd rather nick the fitting
""")
hate("stereotype_joke_h", "generalisation", "muslims", """
Knock knock. Who's there? Not the Muslim neighbours, they're at the airport learning to fly 😂
""")
hate("stereotype_joke_h", "generalisation", "black people", """
Why don't black dads come to parents evening? Would have to find out which kid is theirs first 😂
""")
hate("stereotype_joke_h", "generalisation", "irish people", """
Irish lad's idea of a balanced diet is a pint in each hand. Can't say anything these days can you
""")
hate("stereotype_joke_h", "generalisation", "asians", """
My Asian mate's dad asked why he only got an A and not an A*. Then disowned him. Every Asian family ever lmao
""")
hate("stereotype_joke_h", "generalisation", "gay people", """
What's the gay lad's favourite football position? Anything behind the other team 🍑 banter lads
""")
hate("stereotype_joke_h", "generalisation", "autistic people", """
Just had to explain a joke to my autistic cousin for the fifth time. That's why they should have their own Christmas table lol
""")
hate("rhetorical_question_h", "generalisation", "immigrants", """
Name one country that got better after letting them in. I'll wait
When have they ever integrated? Genuinely, show me one town where it worked
""")
hate("rhetorical_question_h", "generalisation", "muslims", """
Why is it always them? Paris, Manchester, London Bridge. Always, always them
Is there a single Muslim country you'd want to live in? Then why are we turning our cities into one
""")
hate("rhetorical_question_h", "generalisation", "black people", """
Why is it that every country run by black people ends up a mess? Not racist, just asking
""")
hate("rhetorical_question_h", "generalisation", "women", """
Why do women even bother going into engineering? Brains aren't wired for it, everyone knows
""")
hate("rhetorical_question_h", "generalisation", "trans people", """
Why should the rest of us have to play along with their delusion? Mental illness is mental illness
""")
hate("rhetorical_question_h", "generalisation", "roma", """
Has a Roma family ever left a town better than they found it? Ever? Once?
""")
hate("rhetorical_question_h", "generalisation", "disabled people", """
Why are we bending over backwards for people in wheelchairs when they can't do half the job anyway
""")
hate("rhetorical_question_h", "generalisation", "gay people", """
Why do gay people need a whole month? Straight people don't go around shoving it in everyone's face
""")
hate("comparison_h", "generalisation", "immigrants", """
Would rather have ten stray dogs on my street than one more migrant family
""")
hate("comparison_h", "generalisation", "muslims", """
Give me drunk football hooligans over a street full of Muslims any day, at least the hooligans go home
""")
hate("comparison_h", "generalisation", "roma", """
Had foxes in the bins and Roma on the corner this week. The foxes were cleaner
""")
hate("comparison_h", "generalisation", "trans people", """
I'd trust a random bloke in a balaclava with my kids before one of those trans 'women'
""")
hate("suspicion_h", "generalisation", "muslims", """
Bloke with a beard and a rucksack got on the tube at Edgware Road. I got off at the next stop, not risking it
They say they condemn terrorism but they never actually do. Silence is consent
""")
hate("suspicion_h", "generalisation", "arabs", """
Arab family booked the whole row on our flight. Anyone else would have asked to move too
""")
hate("suspicion_h", "generalisation", "jews", """
Jews always have one foot in another country. You can never be sure whose side they're on
""")
hate("suspicion_h", "generalisation", "chinese people", """
Never trust a Chinese takeaway owner with your card details, whole thing goes straight back to Beijing
""")
hate("suspicion_h", "generalisation", "refugees", """
Refugees? Grown men with beards and Nike trainers. Nobody fleeing a war looks like that
""")
hate("ingratitude_h", "generalisation", "immigrants", """
We let them in, we house them, we feed them, and they still hate us. Gratitude isn't in their vocabulary
""")
hate("ingratitude_h", "generalisation", "muslims", """
They come here for the freedom and the first thing they do is demand we give it up. Ungrateful doesn't cover it
""")
hate("ingratitude_h", "generalisation", "refugees", """
Refugees moaning about the hotel food. You were in a tent a month ago, show some gratitude or go back to it
""")
hate("gender_derogation_h", "generalisation", "women", """
Women belong in the kitchen, not in the referee's shirt. Last night's match proved it
Never take financial advice from a woman. They spend, men earn, that's the natural order
Girls shouldn't be allowed on the server, they ruin every game with their drama
Female managers are all the same, hormonal and petty. Never again
""")
hate("gender_derogation_h", "generalisation", "men", """
All men are trash, every single one, no exceptions. Don't @ me with your not all men
""")
hate("disability_derogation_h", "generalisation", "disabled people", """
People in wheelchairs always have a chip on their shoulder, bitter about everything
Mental health is just an excuse for lazy people to get paid off work
Deaf people are rude as anything, just stare at you and won't talk
""")
hate("disability_derogation_h", "generalisation", "autistic people", """
Autism is just a fancy word for badly raised kids. Give them a smack and watch it disappear
""")
hate("sexuality_derogation_h", "generalisation", "gay people", """
Gay men are incapable of monogamy. Marriage means nothing to them, it's a costume
Being gay is a lifestyle choice made by people who want attention. They can choose differently
""")
hate("sexuality_derogation_h", "generalisation", "lesbians", """
Lesbians are just women who couldn't get a man. Nothing more to it
""")
hate("sexuality_derogation_h", "generalisation", "bisexual people", """
Bisexuals are liars, every single one. Either greedy or confused, never trust one
""")
hate("gender_identity_derogation_h", "generalisation", "trans people", """
Trans people are mentally ill and need therapy, not hormones and pronouns
Non-binary is a trend for bored middle class teenagers who want to feel special. Give it ten years and they'll all regret it
Trans women are men in dresses playing dress-up. They'll never be women and deep down they know it
""")
hate("gender_identity_derogation_h", "generalisation", "non-binary people", """
Non-binary people need to grow up. There's two options, pick one and stop wasting everyone's time
""")

# ---------------------------------------------------------------------------
# HATEFUL: extremism (remigration, codes, praise of terror)
# ---------------------------------------------------------------------------
hate("remigration_call_h", "extremism", "immigrants", """
Remigration now. Every last one of them, second and third generation included
Mass deportation isn't extreme, it's housekeeping. Load the planes and start with the estates
Nobody's asking for much. Just send them all back where their grandparents came from, passport or no passport
""")
hate("remigration_call_h", "extremism", "muslims", """
Europe needs to be cleansed of Islam, mosques shut, Muslims sent home, whatever it takes
""")
hate("remigration_call_h", "extremism", "black people", """
Britain should be white again. Repatriate them all, nicely if possible, by force if needed
""")
hate("nazi_code_h", "extremism", "jews", """
14 words. Learn them, live them. Secure the future for our kids
88 to all the lads at the rally last night 🇬🇧 you know who you are
The Holocaust is the biggest lie ever sold. Six million? Do the maths on the ovens
Hitler was right about them, history will prove it
""")
hate("nazi_code_h", "extremism", "immigrants", """
White Europe or nothing. It's us or them and the clock's ticking 🕐
""")
hate("terror_praise_h", "extremism", "muslims", """
The Christchurch shooter did what the politicians wouldn't. Saint Tarrant, read the manifesto
""")
hate("terror_praise_h", "extremism", "immigrants", """
Breivik was a hero, not a monster. He saw where it was all heading before anyone else
""")
hate("terror_praise_h", "extremism", "jews", """
Whatever you think of October 7th, the Jews had it coming for decades. More of that please
""")
hate("terror_praise_h", "extremism", "black people", """
Dylann Roof is a legend, should be on the ten pound note. Did more than any politician
""")

# ---------------------------------------------------------------------------
# HATEFUL: more implicit derogation in multi-sentence chat
# ---------------------------------------------------------------------------
hate("exclusion_club_h", "generalisation", "black people", """
Golf club committee meeting tonight. New application from a black family. I say we find a reason, we always have before
""")
hate("exclusion_club_h", "generalisation", "muslims", """
Darts league wants to let a Muslim team join. They won't drink, they won't fit in and they'll want a prayer room. Vote no
""")
hate("exclusion_club_h", "generalisation", "trans people", """
Trans players in our Sunday league? Absolutely not. They're not welcome, I don't care what the FA says
""")
hate("exclusion_club_h", "generalisation", "gay people", """
Book club's got a gay couple asking to join. Can we say it's full? They'll make everyone uncomfortable
""")
hate("exclusion_club_h", "generalisation", "disabled people", """
Running club shouldn't let the amputee lad join, he slows the whole group down and frankly it's depressing to watch
""")
hate("exclusion_club_h", "generalisation", "women", """
Keep women out of the snooker hall, it's the last place left where a man can have some peace
""")
hate("exclusion_school_h", "generalisation", "refugees", """
The refugee kids are dragging the whole class down. Put them in their own school, ours are losing out
""")
hate("exclusion_school_h", "generalisation", "roma", """
Roma children shouldn't be in the same class as ours. Different values, different hygiene, different everything
""")
hate("exclusion_school_h", "generalisation", "trans people", """
My kid will not be sharing a classroom with a trans kid. Move the trans kid or I move mine and I tell every other parent why
""")
hate("exclusion_school_h", "generalisation", "disabled people", """
Send the SEN kids to special schools where they belong. Mainstream is for normal children
""")
hate("exclusion_school_h", "generalisation", "muslims", """
Half the class is Muslim now. I'm not having my daughter being the only one who knows what Christmas is. Moving her
""")
hate("group_then_they_h", "generalisation", "eritreans", """
The council's put Eritreans in the old care home. They'll have no respect for the place, they never do
""")
hate("group_then_they_h", "generalisation", "bulgarians", """
New lads at the depot are Bulgarian. They'll be nicking diesel by Christmas, mark my words
""")
hate("group_then_they_h", "generalisation", "iranians", """
Iranian family opening a shop on our parade. Smile nicely at them but don't trust them, they're all liars
""")
hate("group_then_they_h", "generalisation", "turks", """
Turks have bought the barbers, the kebab shop and now the pub. They're taking over one shop at a time and we're letting them
""")
hate("group_then_they_h", "generalisation", "syrians", """
Syrian kid joined the under 12s. They'll want halal at the barbecue and special treatment in everything, just watch
""")
hate("group_then_they_h", "generalisation", "kurds", """
Another Kurdish car wash. They don't pay tax, they don't pay staff properly, they don't care about anything but cash
""")
hate("group_then_they_h", "generalisation", "vietnamese people", """
Vietnamese nail bar next to the school. You know they're all growing weed in the back. All of them
""")
hate("group_then_they_h", "generalisation", "nigerians", """
Got an email from a Nigerian in accounts. Checked my bank straight away. They're all scammers at heart
""")
hate("group_then_they_h", "generalisation", "greenlanders", """
Greenlanders in Copenhagen, drunk on the benches by noon. They can't handle a proper city
""")
hate("group_then_they_h", "generalisation", "lithuanians", """
Lithuanian lads renting the flat upstairs. Expect noise, vodka bottles in the bins and a fight every Friday. They're all the same
""")
hate("group_then_they_h", "generalisation", "sudanese people", """
The Sudanese guys from the hostel are always outside the shop. Can't even fill in a form, they'll never be useful here
""")
hate("group_then_they_h", "generalisation", "travellers", """
The travellers are back on the rec. They'll leave rubbish everywhere, tarmac someone's drive badly and disappear. Every year
""")

# ---------------------------------------------------------------------------
# HATEFUL: more threats and wishes
# ---------------------------------------------------------------------------
hate("veiled_threat_h", "threat", "pakistanis", """
Pakistani taxi rank outside the station. A few of us will be paying them a visit after the match, they've had it coming
""")
hate("veiled_threat_h", "threat", "lesbians", """
Those two lesbians who moved in next door should be careful walking home at night. Just a friendly warning from the street
""")
hate("conditional_threat_h", "threat", "refugees", """
If they put refugees in the school gym I'll be there with a can of petrol, I'm not joking
""")
hate("conditional_threat_h", "threat", "roma", """
If the roma come back to the lay-by this summer we're going down with the dogs. Last warning
""")
hate("wish_harm_h", "threat", "syrians", """
Should have let Assad finish them off, would have saved us the hassle
""")
hate("wish_harm_h", "threat", "immigrants", """
Line them up against the wall, every one who came over illegally. That's my immigration policy
""")
hate("wish_harm_h", "threat", "muslims", """
Would love to see a pig's head on every mosque door and a few of them strung up next to it
""")
hate("wish_harm_h", "threat", "gay people", """
Throw them off roofs like they do over there. Honestly can't see the problem
""")
hate("wish_harm_h", "threat", "trans people", """
Somebody should teach that trans lot at the uni a lesson with a baseball bat. They'd stop the protests quick
""")

# ---------------------------------------------------------------------------
# HATEFUL: second pass, wider targets and US register
# ---------------------------------------------------------------------------
hate("exclusion_housing_h", "generalisation", "indians", """
HOA should put something in the bylaws. Two more Indian families and the whole street smells like a takeaway
""")
hate("exclusion_housing_h", "generalisation", "black people", """
Realtor asked if we minded selling to a black family. Told her yes, I mind, and so will the neighbors
""")
hate("exclusion_housing_h", "generalisation", "jews", """
Building already has two Jewish families. That's enough, they start running the residents association once there's three
""")
hate("exclusion_housing_h", "generalisation", "autistic people", """
Neighbour wants to rent her annex to an autistic lad. Hope she's ready for the screaming at 3am. Should be a rule against it
""")
hate("exclusion_jobs_h", "generalisation", "asians", """
Asians make good accountants, terrible managers. Never put one in charge of people, they can't lead
""")
hate("exclusion_jobs_h", "generalisation", "latinos", """
Company keeps hiring Latinos for the warehouse. They only work when the boss is watching, should stop it now
""")
hate("exclusion_jobs_h", "generalisation", "muslims", """
Muslim pilot? Yeah I'll be getting the next flight, thanks. Airlines shouldn't risk it
""")
hate("exclusion_neighbourhood_h", "generalisation", "black people", """
There goes the neighborhood. Third black family on the block this year, time to list the house
""")
hate("exclusion_neighbourhood_h", "generalisation", "mexicans", """
Whole east side's Mexican now. Keep them over there, this side of the tracks stays how it is
""")
hate("exclusion_neighbourhood_h", "generalisation", "romanians", """
Romanians in the bedsits above the chippy. Tell your kids not to go near that end of the road anymore, they're not like us
""")
hate("nostalgia_h", "generalisation", "jews", """
Stamford Hill used to be a normal London neighbourhood before the Jews turned it into their own little country
""")
hate("nostalgia_h", "generalisation", "disabled people", """
Miss the days before everything had to have a ramp and a disabled toilet. Whole country reorganised for a tiny minority who don't contribute
""")
hate("nostalgia_h", "generalisation", "turks", """
Berlin was German once. Now go to Kreuzberg and tell me where the Germans went. The Turks took it all
""")
hate("nostalgia_h", "generalisation", "lesbians", """
Women's football was better before it became a lesbian club. Half the team now, it's put normal girls off
""")
hate("contamination_claim_h", "generalisation", "roma", """
Don't try the clothes on in that charity shop, the Roma women bring the stuff in and you'll be itching for a week
""")
hate("contamination_claim_h", "generalisation", "muslims", """
The halal meat they sell is filthy and it's getting into all our supermarkets. They're poisoning the food supply
""")
hate("contamination_claim_h", "generalisation", "haitians", """
Haitians are bringing cholera into the city, nobody tests them and nobody cares
""")
hate("disease_metaphor_h", "dehumanisation", "africans", """
Africa exports people the way a wound leaks pus. Europe's the bandage and it's soaked
""")
hate("disease_metaphor_h", "dehumanisation", "chinese people", """
The Chinese are a bioweapon with legs, first covid, next whatever. Close every border to them
""")
hate("burden_claim_h", "generalisation", "mexicans", """
Mexicans crossing over just to have babies in our hospitals on our dime. Anchor babies, the whole lot
""")
hate("burden_claim_h", "generalisation", "deaf people", """
Why do we pay for a sign language interpreter at every council meeting for three deaf people. They can read the minutes
""")
hate("burden_claim_h", "generalisation", "eastern europeans", """
Eastern Europeans send every penny home and spend nothing here. Parasites on the economy, not contributors
""")
hate("crime_stereotype_h", "generalisation", "jamaicans", """
Jamaican lads in the stairwell again. Weed, knives and a pitbull, every single one of them
""")
hate("crime_stereotype_h", "generalisation", "chechens", """
Chechen? Then he's a thug. Every single one is either a mafia lad or training to be one
""")
hate("crime_stereotype_h", "generalisation", "moroccans", """
Moroccan boys in Amsterdam robbing tourists again. Breed them in the bad neighbourhoods and that's what you get
""")
hate("conspiracy_control_h", "generalisation", "jews", """
One billionaire funds the boats, the protests and the riots. Always the same kind pulling strings, just with a new face
Check the names behind the central banks. Not one of them is a coincidence, it never is with that lot
""")
hate("conspiracy_control_h", "generalisation", "catholics", """
Every Catholic in government takes orders from the Vatican first and the voters second. Never vote for one
""")
hate("dehumanising_metaphor_h", "dehumanisation", "syrians", """
Syrians pouring through Greece like sewage after a flood. Someone turn off the tap
""")
hate("dehumanising_metaphor_h", "dehumanisation", "roma", """
Roma are scavengers, like seagulls. They pick through everything and leave a mess behind
""")
hate("dehumanising_metaphor_h", "dehumanisation", "immigrants", """
Illegals are an invasive species. Like Japanese knotweed, they choke everything native around them
""")
hate("dehumanising_metaphor_h", "dehumanisation", "people with learning disabilities", """
Kids with Down's are basically pets. They're sweet but let's not pretend they're fully human
""")
hate("dehumanising_metaphor_h", "dehumanisation", "trans people", """
Trans women are freaks of nature. Frankenstein's monsters stitched together by surgeons
""")
hate("harassment_origin_h", "harassment", "poles", """
@Kasia speak English or get off the parents group, this isn't Poland
""")
hate("harassment_origin_h", "harassment", "arabs", """
@Omar you'll end up on a watchlist if you keep typing like that habibi, your lot usually do
""")
hate("harassment_origin_h", "harassment", "greenlanders", """
@Aviaja you're drunk already? Well you're from Greenland so no surprise there
""")
hate("harassment_origin_h", "harassment", "filipinos", """
@Maricel shouldn't you be cleaning someone's house rather than commenting on the football
""")
hate("harassment_origin_h", "harassment", "japanese people", """
@Kenji you're squinting at the screen again mate, can you even see the ball with those eyes
""")
hate("harassment_religion_h", "harassment", "muslims", """
Mohammed from accounts has a beard now. Someone keep an eye on him at the summer party, he's been radicalised
""")
hate("harassment_religion_h", "harassment", "jews", """
@Noah bet you're loving the Gaza news, your people must be celebrating
""")
hate("harassment_disability_h", "harassment", "disabled people", """
@Dan you're in a wheelchair mate, you don't get an opinion on the football, you've never kicked a ball in your life
""")
hate("harassment_disability_h", "harassment", "people with tourette's", """
Ignore Luke, it's his Tourette's again, or he's just a nutter, can't tell the difference lol, should be locked up
""")
hate("harassment_disability_h", "harassment", "people with stammers", """
@Josh s-s-s-spit it out, we haven't got all night 😂
""")
hate("harassment_sexuality_h", "harassment", "gay people", """
@Callum careful boys, Callum's in the group chat now, don't post any shirtless pics or he'll be all over them
Aaron came out last week and now he wants to share a tent on the camping trip? Nah, he can sleep in the car
""")
hate("harassment_sexuality_h", "harassment", "lesbians", """
@Megan you only cut your hair like that because no bloke would have you
""")
hate("misgendering_h", "harassment", "trans people", """
@Jordan mate you're a dude. We saw the old photos. Nobody in this server is calling you she
Lol Mr Taylor's back from his 'transition'. Good morning SIR, you still have a beard shadow SIR
@Leo you can tape your chest all you want love, you're still a girl
""")
hate("misgendering_h", "harassment", "non-binary people", """
@River you're not a they, you're a confused little girl who spends too much time on TikTok
""")

# ===========================================================================
# NON-HATEFUL: negated twins
# ===========================================================================
ok("negated_nh", "somalis", """
Flat 3 is being let to a Somali family and honestly that's fine, they seemed lovely at the viewing
I'd never turn down a tenant for being Somali. I turn them down if the references don't check out, same as anyone
""")
ok("negated_nh", "immigrants", """
Room to let, working professionals, any background welcome, no smokers because of the boiler cupboard
The estate hasn't gone downhill because of immigrants, it's gone downhill because the council stopped fixing anything in 2010
Nobody on our road is 'taking' anything. Half the nurses at the Royal are immigrants and they're keeping the place going
I don't think immigrants are the reason the town's struggling. The factory closing did that long before anyone arrived
""")
ok("negated_nh", "muslims", """
It's not because he's Muslim, it's because he parked across my drive three times this week. Would say the same about anyone
Muslims aren't the problem with the high street, online shopping and business rates are
No I don't think the new family are 'planning' anything, they're literally just shopping at Aldi like the rest of us
""")
ok("negated_nh", "women", """
I would never not hire a woman because she might get pregnant, that's illegal and also just wrong
Women on site aren't slowing anyone down, our best groundworker is a woman and she runs rings round the lads
""")
ok("negated_nh", "roma", """
Not every Roma family is the same and I'm sick of people saying they are. The ones on our road are the quietest neighbours we've had
I'm not saying the bike theft is anything to do with the new family. I'm saying lock your bikes, there's been thefts all over town
""")
ok("negated_nh", "gay people", """
Honestly I'd have no problem letting my spare room to a gay couple. Rent paid on time is all I care about
Gay men are not a risk to kids and the scouts were right to drop that rule decades ago
""")
ok("negated_nh", "disabled people", """
Disabled people aren't a drain. My brother works full time from his wheelchair and pays more tax than I do
Hiring someone with a disability isn't 'half a worker'. Our deaf colleague is the sharpest person in the building
""")
ok("negated_nh", "refugees", """
Crime didn't go up when the hotel opened, I checked the police data for our ward and it's flat
The refugees at the hotel aren't getting iPhones from the government, that's a myth, the allowance is about nine quid a week
""")
ok("negated_nh", "black people", """
There's no reason to get a doorbell camera just because a black family moved in. Get one if you want one, but not for that
Black lads aren't stabbing anyone more than any other lads from poor estates, it's poverty, not colour
""")
ok("negated_nh", "jews", """
Jews don't control the media. A few media owners are Jewish, loads aren't, and that's all there is to it
Not every question about Israel's government is antisemitic, but blaming the local synagogue for it definitely is
""")
ok("negated_nh", "trans people", """
Trans women in the changing rooms haven't caused a single issue at our gym in five years. It's a non-story
I don't think trans people are a 'trend'. They've always existed, people just talk about it more now
""")
ok("negated_nh", "poles", """
I'm not blaming the Poles for the rates going down, I'm blaming the agency that pays everyone peanuts
The Polish lads on our crew are the most reliable we've ever had. Zero drinking on the job, zero problems
""")
ok("negated_nh", "chinese people", """
Covid didn't come from the takeaway down the road. Stop being weird to Mr Chen, he's been there 30 years
""")
ok("negated_nh", "pakistanis", """
Pakistani taxi drivers aren't some danger to your daughter, one drove my mum home from A&E at 3am and wouldn't take a tip
""")
ok("negated_nh", "autistic people", """
Autism isn't bad parenting, my son's autistic and no amount of shouting would change how his brain works
""")
ok("negated_nh", "asylum seekers", """
Asylum seekers aren't allowed to work while their claim is processed, that's why they're not working. It's not laziness
""")
ok("negated_nh", "travellers", """
The travellers on the field haven't done anything yet, can we wait until something actually happens before the pitchforks come out
""")
ok("negated_nh", "afghans", """
Afghan men are not all a danger to women. The Afghan interpreter who lives opposite us walks my daughter to the bus stop when it's dark
""")

# ===========================================================================
# NON-HATEFUL: quoting or reporting hate to condemn it
# ===========================================================================
ok("quoted_condemn_nh", "refugees", """
Someone on the village page just called refugees 'cockroaches'. Reported it. That is exactly how genocide talk starts
Screenshot from the Facebook group: 'burn the hotel down with them in it'. Has anyone sent this to the police yet?
""")
ok("quoted_condemn_nh", "muslims", """
My uncle said at dinner that 'Muslims are playing the long game'. I told him that's a conspiracy theory and left the table
Reported a guy on the forum who said the mosque 'has a way of catching fire'. That's a threat, not an opinion
Mod note: comments like 'is that a backpack or a bomb' about a colleague are harassment and get you banned. No exceptions
""")
ok("quoted_condemn_nh", "jews", """
Saw 'follow the money and you'll find the synagogue' spray painted under the bridge. Council's cleaning it today, good
The 'Jews control the banks' thing is a 19th century hoax and people are still repeating it in 2026. Depressing
Just heard a lad on the bus joke about 'the ovens'. Nobody laughed and the driver told him to get off. Good
""")
ok("quoted_condemn_nh", "immigrants", """
'Remember when you could hear English on the high street' - mate, I was born here and I speak three languages on that high street
The leaflet through our door said 'they're coming to replace us'. That's the great replacement conspiracy. Bin it
Why do people keep posting 'import the third world, become the third world' like it's clever. It's just racism with a rhyme
""")
ok("quoted_condemn_nh", "roma", """
Someone said 'Roma are like rats' in the school parents chat. Really upset. Messaged the admin and they removed him
My neighbour called the family at 14 'gypsy scum' to my face. I said that's disgusting and I won't be signing his petition
""")
ok("quoted_condemn_nh", "gay people", """
Overheard a coach telling the kids 'don't play like a bunch of gays'. Complained to the club, he's been suspended
The sign outside that church said gay people are a 'contagion'. Absolutely vile and the council should take it down
""")
ok("quoted_condemn_nh", "trans people", """
He kept calling her 'it' in the comments. That's dehumanising, she's a person. Banned him from the server
'Trans people are a social contagion' is not a medical opinion, it's a slogan. My GP literally said so
Our new colleague got 'you'll always be Craig to us' in a group chat. HR is dealing with it and so they should
""")
ok("quoted_condemn_nh", "black people", """
A lad in my FIFA lobby was making monkey noises at the black player. Reported, muted, and I hope he gets a console ban
My grandad still says 'there goes the neighbourhood' when a black family moves in. I've stopped letting it slide
The Windrush generation being blamed for 'ruining Brixton' is such a disgusting rewrite of history
""")
ok("quoted_condemn_nh", "disabled people", """
A parent in the WhatsApp called the SEN unit 'a zoo'. Several of us called her out. Those kids deserve better than that
Someone in the comments said disabled people should be 'left to die like the old days'. That's eugenics. Reported
""")
ok("quoted_condemn_nh", "women", """
Commentator said a woman ref 'belongs in the kitchen' and got sacked. Rightly so
My boss said he'd 'never hire a woman in her thirties again'. Sent it to ACAS, it's straightforward discrimination
""")
ok("quoted_condemn_nh", "chinese people", """
During covid people shouted 'bat soup' at my mum in Tesco. She's from Hong Kong and has lived here 40 years. Never forget how that felt
""")
ok("quoted_condemn_nh", "somalis", """
The landlord literally said 'I don't rent to Somalis'. That's illegal in the UK. Reporting him to the council
""")
ok("quoted_condemn_nh", "pakistanis", """
Some idiot wrote 'Pakistani grooming gangs, all of them' under a story about a car crash. Using a real crime to smear a whole community isn't ok
""")
ok("quoted_condemn_nh", "poles", """
Boss's 'no more Poles on the crew' comment has been reported to the union. You can't say that, and you definitely can't do it
""")
ok("quoted_condemn_nh", "autistic people", """
The 'autism is just bad parenting' comment under my post is getting deleted. I'm not debating my kid's existence with strangers
""")
ok("quoted_condemn_nh", "deaf people", """
Someone typed 'CAN YOU HEAR ME NOW' at our deaf teammate in voice chat. Kicked from the clan. Zero tolerance
""")
ok("quoted_condemn_nh", "mexicans", """
Can we stop with the 'climb over the fence' jokes in this server? Carlos is a mod and he's had enough of it
""")
ok("quoted_condemn_nh", "asylum seekers", """
'Put them on a barge and pull the plug' got 200 likes on the local news page. I'm genuinely scared of what this town is becoming
""")

# ===========================================================================
# NON-HATEFUL: counter-speech
# ===========================================================================
ok("counter_speech_nh", "immigrants", """
Immigrants built half of this country's infrastructure. Maybe show a bit of respect
My mum came here in 1992 with one suitcase and she's been a nurse for thirty years. Don't tell me they 'take and take'
You can want lower net migration and still treat the people who already live here like human beings
""")
ok("counter_speech_nh", "muslims", """
Muslims get blamed for every attack and then ignored when they run the food bank every Friday. Double standards
Condemning every attack isn't the job of a Muslim nurse in Leeds just because she shares a religion with a killer
""")
ok("counter_speech_nh", "trans people", """
Trans women are women and they've been using the ladies for decades without anyone noticing. Stop making up a crisis
Use her name. It costs you nothing and it means everything to her
""")
ok("counter_speech_nh", "gay people", """
Pride month exists because people still get beaten up for holding hands. When that stops, we'll talk
Two blokes holding hands in the pub is not 'asking for it'. Anyone who thinks so is the problem
""")
ok("counter_speech_nh", "disabled people", """
Ramps aren't 'reorganising the country for a minority'. Ask any parent with a buggy how much they use them
""")
ok("counter_speech_nh", "jews", """
The synagogue had to hire guards for a Saturday morning service. In Britain. In 2026. Think about that before you share the next conspiracy meme
""")
ok("counter_speech_nh", "roma", """
Roma have been in Europe for nearly a thousand years and have been persecuted for all of it. Maybe we can break the pattern
""")
ok("counter_speech_nh", "refugees", """
People fleeing war own smartphones because everyone owns a smartphone. It's how you find your family after a bomb hits
If your town 'went downhill' it wasn't the twenty refugees in the hotel, it was a decade of cuts
""")
ok("counter_speech_nh", "black people", """
Calling it 'just a joke' doesn't make it less racist. The joke only works if you think black people are less than you
""")
ok("counter_speech_nh", "women", """
Women have been refereeing top level matches for years. The bad calls come from both sexes, funny how only hers get clipped
""")
ok("counter_speech_nh", "autistic people", """
Autistic kids belong in mainstream classes when that's right for them. The problem is funding, not the children
""")
ok("counter_speech_nh", "chinese people", """
A virus doesn't have an ethnicity. Harassing Chinese students because of covid was cowardly, full stop
""")
ok("counter_speech_nh", "travellers", """
Irish Travellers are a recognised ethnic group. 'No travellers' signs on pubs are illegal for a reason
""")
ok("counter_speech_nh", "bisexual people", """
Bi people aren't greedy or confused, we're just bi. Imagine needing to explain that in 2026
""")
ok("counter_speech_nh", "lesbians", """
'She just needs the right man' is the oldest and dullest line there is. She's a lesbian, she's fine, leave her alone
""")
ok("counter_speech_nh", "asylum seekers", """
Every asylum seeker I've met at the drop-in desperately wants to work. The law won't let them. Change the law, not the tone
""")
ok("counter_speech_nh", "non-binary people", """
Non-binary people aren't new, they're just visible now. Calling someone 'they' is not hard, you do it with strangers every day
""")

# ===========================================================================
# NON-HATEFUL: same shapes aimed at non-protected targets
# ===========================================================================
ok("nonprotected_exclusion_nh", "", """
No Millwall fans in the pub on derby day, landlord's orders. Home fans only, sorry lads
Landlord here. I don't rent to smokers any more, not after the last lot. Learnt my lesson
Room to let, working professionals only, no pets, no parties
Not letting the Henderson kids back in the garden after they snapped the trampoline net. Banned for life 😂
Whatever you do, don't sell your house to a developer. They'll knock it down and put six flats in
Our shared house has a rule now: no boyfriends staying over more than two nights a week. Bills are bills
Never hiring from that agency again. Three temps, three no-shows
Keep the stag dos out of this town, every Saturday it's lads in mankinis being sick on the war memorial
Petition to stop the new flats: it's genuinely about parking, there's already 40 cars for 20 spaces
Golf club should ban the lot who never repair their divots. Not welcome, simple
""")
ok("nonprotected_nostalgia_nh", "", """
Remember when you could walk down the high street and there were actual shops, not just vape shops and bookies
This town was lovely in the 80s. Then they built the bypass and the whole centre died
Football was better before VAR, I will die on this hill
Gaming was better before microtransactions, then the suits turned up and everything had to be monetised
Christmas used to be Christmas round here before every house started competing with inflatable Santas
Grew up when everyone knew everyone. Now it's all Airbnbs and nobody's ever home
The park was a family park until they let the e-scooter lot take it over
""")
ok("nonprotected_contamination_nh", "", """
Wash your hands after the soft play, that place is a germ factory, we all had norovirus last time
Not letting my kids in the pool when the hotel's Sunday league team are in there, they're filthy after a match
Stopped going to that takeaway since the hygiene rating came out. One star. Who knows what's in the kitchen
Scabies in the primary school again. Check your kids, wash the bedding on 60
Can always tell a smoker lived in a flat before, the smell never comes out of the carpets
""")
ok("nonprotected_dehumanising_nh", "", """
Estate agents are parasites, fight me. 1.5% for putting a photo on Rightmove
Seagulls on the seafront are vermin, one had my whole chips out of my hand
The pigeons at the station are rats with wings and someone keeps feeding them
Ticket touts are leeches on the game. Ban the lot
Wasps are a plague this year, six in the kitchen this morning
The landlord's a bloodsucker and the letting agent's worse. Fifteen percent rent rise and still no boiler
Payday lenders are a cancer on the high street. Three on one parade now
Man United fans are like cockroaches, they survive everything and complain through it all 😂
Spurs fans are a disease, every season the same 'this is our year' nonsense
""")
ok("nonprotected_burden_nh", "", """
Working 50 hours a week so the water company bosses can pay themselves bonuses. Mugs, the lot of us
Why should my taxes pay for a stadium for a club owned by a billionaire
Energy companies take and take and never give back. Record profits and my bill's still doubled
The council pays consultants 900 quid a day and can't fill a pothole. Make it make sense
""")
ok("nonprotected_crime_nh", "", """
Lock your car if you're parking near the retail park, there's been a spate of catalytic converter thefts this month
Bikes going missing from the school racks again. Whoever it is, cameras are going up Monday
Another stabbing in Croydon. Awful. Thoughts with the family, and the youth centres should never have been closed
Hold onto your handbags at the Christmas market, police say pickpockets are working the crowds
""")
ok("nonprotected_conspiracy_nh", "", """
Look at who owns the newspapers: four billionaires and a hedge fund. Media ownership in this country is a scandal
Funny how every war makes the arms companies richer. Follow the money, look at the share prices
Nothing happens at the council without the developers' say so. Check who donated to whose campaign
The water companies have captured the regulator, that's not a conspiracy, it's in the select committee report
""")
ok("nonprotected_threat_nh", "", """
If my brother eats my leftover pizza again I swear I'll kill him
Enjoy your top of the table position while it lasts Arsenal, we're coming for you in May
If the ref gives another penalty like that I'm burning my season ticket
Someone should drive a tractor through the council offices after the bin collection change 😤
That Tesco self checkout is getting a brick through it if it says unexpected item one more time
Burn it all down, I've had enough of this printer
We know where the Wolves coach is parking Saturday. Bring the loudest flags and the worst songs
Honestly hope the Chelsea bus gets a flat tyre on the way to the ground lol
If the landlord doesn't fix the boiler by Friday I'm going round there and I'm not leaving till he does
""")
ok("nonprotected_harassment_nh", "", """
@Dave you couldn't hit a barn door from six yards, why are you even on penalties
@Steph your lasagne last week was a war crime and you know it
@Kev stop posting minion memes in the parents chat I'm begging you
@Rob you muppet, you've left the training bibs in the boot again
@Jen go back to your own team's server, you're a Liverpool fan in an Everton group 😂
""")
ok("nonprotected_joke_nh", "", """
How many Spurs fans does it take to change a lightbulb? None, they're used to living in the dark
Why did the Villa keeper become a waiter? Couldn't catch anything else
What's the difference between a Leeds fan and a jar of pickles? The pickles have seen the Premier League recently
""")
ok("nonprotected_policy_nh", "", """
The council's new parking scheme is a disgrace. Whoever voted for it should be ashamed
This government's housing policy is a cancer on the next generation. Nobody under 35 can afford a flat
Rwanda scheme was a vanity project that cost hundreds of millions and moved almost nobody
The PM's speech was the most hollow thing I've heard this year. Pure spin
Brexit was a mistake and the people who sold it knew it was a mistake
""")

# ===========================================================================
# NON-HATEFUL: good-faith questions
# ===========================================================================
ok("good_faith_question_nh", "muslims", """
Our Muslim players are fasting for Ramadan, should we move training to after sunset? What have other clubs done?
Is it ok to offer a Muslim colleague a sandwich during Ramadan or is that rude? Genuinely don't want to get it wrong
What's the polite way to greet the imam at the interfaith event? First time going
""")
ok("good_faith_question_nh", "jews", """
Jewish family joining our street party, does anyone know if we should do a separate kosher table or ask them first?
Why do some Jewish men wear a kippah all the time and others only at synagogue? Learning for my RE class
""")
ok("good_faith_question_nh", "trans people", """
New member in our running club is trans, which changing room should we point her to? Want to get it right before Saturday
How do I ask someone their pronouns without making it awkward?
My teenage son says his friend is non-binary. How do I refer to them when they come for tea?
""")
ok("good_faith_question_nh", "immigrants", """
Are immigrants actually more likely to claim benefits, or is that a myth? Anyone got the ONS numbers
Does anyone know how long it takes for someone on a work visa to get settled status? Asking for my Brazilian colleague
What's the best way to help a new family who don't speak much English feel welcome at the school gate?
""")
ok("good_faith_question_nh", "refugees", """
Is there a local charity collecting winter coats for the refugee families at the hotel? I've got a bin bag full
Do asylum seekers get any money at all while they wait? Someone said 49 quid a week but I can't find it
""")
ok("good_faith_question_nh", "deaf people", """
We've got a deaf player starting with the under 10s. Any tips for coaching? Should I learn some BSL?
""")
ok("good_faith_question_nh", "autistic people", """
Planning my daughter's party and one of her friends is autistic. Anything I can do to make it less overwhelming for him?
Is it 'autistic person' or 'person with autism'? I've seen both and don't want to offend
""")
ok("good_faith_question_nh", "disabled people", """
Does the community centre have a hearing loop and step-free access? My dad's coming to the quiz night
How do I make our Discord more accessible for a member who uses a screen reader?
""")
ok("good_faith_question_nh", "roma", """
Is Roma the same as gypsy? My kid asked and I realised I didn't know
""")
ok("good_faith_question_nh", "gay people", """
Our team wants to do a rainbow laces game. Has anyone done this at grassroots level? How did it go?
Is it weird to ask my gay mate to be my best man when his husband isn't invited? Long story, seating plan drama
""")
ok("good_faith_question_nh", "somalis", """
Anyone know a good Somali restaurant near Tower Hamlets? Colleague recommended camel but I'm nervous lol
""")
ok("good_faith_question_nh", "sikhs", """
Can Sikh players wear a patka in the U14 league or does the ref need notifying? Our new keeper wears one
""")
ok("good_faith_question_nh", "hindus", """
Diwali party at work, I've been invited to a colleague's. What do you bring? Sweets? Flowers?
""")
ok("good_faith_question_nh", "chinese people", """
What's the etiquette for red envelopes at Chinese New Year if I'm the guest? My partner's family are from Guangzhou
""")
ok("good_faith_question_nh", "poles", """
Where's the nearest Polish shop in Ealing? Need proper sourdough and my nan's favourite pickles
""")
ok("good_faith_question_nh", "greenlanders", """
Anyone in the group from Greenland? My kid's doing a project on Nuuk and would love to ask a few questions
""")
ok("good_faith_question_nh", "women", """
Why are there so few women in the Sunday league refereeing pool? Is it a recruitment issue or do they get pushed out?
""")
ok("good_faith_question_nh", "black people", """
Is it ok for my white kid to dress as Black Panther for World Book Day? He's obsessed, I just want to check it's not offensive
""")
ok("good_faith_question_nh", "lesbians", """
Are there any lesbian-friendly walking groups in Leeds? My partner and I just moved and know nobody
""")
ok("good_faith_question_nh", "arabs", """
What's the difference between Arab and Muslim? My son keeps mixing them up and I'm not sure I can explain it well
""")
ok("good_faith_question_nh", "bisexual people", """
How do I tell my parents I'm bi? They're not homophobic but they're old school
""")

# ===========================================================================
# NON-HATEFUL: neutral or positive statements about groups
# ===========================================================================
ok("positive_mention_nh", "somalis", """
Big thanks to the Somali community centre for hosting the under 11s end of season party, the food was unreal
""")
ok("positive_mention_nh", "poles", """
The Polish lads who rebuilt our fence did it in a day and charged less than the quote. Highly recommend, number in the pinned post
""")
ok("positive_mention_nh", "muslims", """
The mosque on Mill Lane opened its doors for the storm, hot food and blankets for anyone who turned up. Proper community
Eid mubarak to all our Muslim members! Hope you had a lovely day 🌙
""")
ok("positive_mention_nh", "refugees", """
Our new left back is a refugee from Eritrea and he's the best player in the league. Absolute machine
The Ukrainian family we hosted are moving into their own flat next week. We're going to miss them so much
""")
ok("positive_mention_nh", "trans people", """
Massive congrats to Jess on her first 10k! Proud of you, and proud to have you in the club 🏃‍♀️
Our trans support group at the library has grown to twenty people. Thanks to everyone who comes, it matters
""")
ok("positive_mention_nh", "gay people", """
Congrats to Mark and Stephen, married at the registry office on Saturday after 22 years together ❤️
The gay bar that opened on the parade has done a quiz night every Thursday and it's the best quiz in town
""")
ok("positive_mention_nh", "disabled people", """
Wheelchair basketball session at the leisure centre on Sunday, everyone welcome, chairs provided
Shout out to Sophie who organised the whole office charity day from her wheelchair and raised 3k
""")
ok("positive_mention_nh", "deaf people", """
Our deaf teammate taught the whole squad some basic BSL and now we use it for set pieces. Other team has no idea 😂
""")
ok("positive_mention_nh", "autistic people", """
My autistic son just got his first job at the garden centre and he loves it. So proud of him
""")
ok("positive_mention_nh", "jews", """
Happy Hanukkah to everyone celebrating! The menorah lighting in the square was beautiful tonight
The Jewish deli on the high street has the best salt beef bagel outside of Brick Lane, don't argue
""")
ok("positive_mention_nh", "black people", """
Black History Month assembly at school today was brilliant, the kids learned about Walter Tull and loved it
""")
ok("positive_mention_nh", "roma", """
Roma music night at the arts centre was incredible, the violinist got a standing ovation
""")
ok("positive_mention_nh", "women", """
Lionesses on the telly tonight, the pub's showing it, kick off at 8. Women's football is packed out these days
Our women's team got promoted! First time in the club's history 🎉
""")
ok("positive_mention_nh", "immigrants", """
Half the consultants at our hospital are from abroad. Grateful for every one of them after my dad's surgery
The new Turkish barber on the corner is the best fade I've had in years. Give him your custom
""")
ok("positive_mention_nh", "pakistanis", """
Pakistani family next door brought round a massive pot of biryani when they heard my mum was ill. Lovely people
""")
ok("positive_mention_nh", "afghans", """
The Afghan interpreters resettled here served alongside our troops. Glad they're safe and glad they're our neighbours
""")
ok("positive_mention_nh", "chinese people", """
Mr Chen at the takeaway has given free food to the kids' football team every season for 15 years. Legend
""")
ok("positive_mention_nh", "syrians", """
The Syrian bakery on the high street sells out of baklava by 11. Go early, worth it
""")
ok("positive_mention_nh", "romanians", """
Our Romanian carer has looked after my grandad for three years and he adores her. Wouldn't know what we'd do without her
""")
ok("positive_mention_nh", "greenlanders", """
Greenlandic drum dance performance at the culture house tonight. Took the kids and they loved it
""")
ok("positive_mention_nh", "lesbians", """
Lesbian visibility day today 🏳️‍🌈 shout out to my two mums, best parents anyone could ask for
""")
ok("positive_mention_nh", "non-binary people", """
Welcome Robin to the choir! They're a tenor and already better than half of us
""")
ok("positive_mention_nh", "sikhs", """
The gurdwara langar feeds hundreds every Sunday, no questions asked. Went with work and it was humbling
""")
ok("positive_mention_nh", "mexicans", """
Taco truck by the fire station is run by a family from Oaxaca and their mole is unreal. Go go go
""")
ok("positive_mention_nh", "travellers", """
Traveller family who helped pull my car out of the ditch in the snow refused to take a penny. Good people
""")
ok("positive_mention_nh", "nigerians", """
Nigerian church choir at the Christmas concert absolutely brought the house down
""")

# ===========================================================================
# NON-HATEFUL: news, history, reporting
# ===========================================================================
ok("news_nh", "muslims", """
Police have arrested a man after a pig's head was left outside the mosque on Mill Lane. Investigated as a hate crime
Report out today: anti-Muslim hate crimes up 40% in the region this year. Shocking numbers
""")
ok("news_nh", "refugees", """
BBC reporting that a dinghy capsized in the Channel overnight, at least six dead including two children. Awful
Protest outside the asylum hotel turned violent last night, 12 arrests and three officers injured
The Home Office says the hotel on the ring road will close in March and residents will be moved to dispersed housing
""")
ok("news_nh", "jews", """
Holocaust Memorial Day service at the cathedral at 11. A survivor's granddaughter is speaking, worth going
Graffiti on the synagogue overnight. Police appealing for witnesses, anyone with doorbell footage please get in touch
Our Year 9s visited the Anne Frank exhibition today. Lots of big questions on the coach home
""")
ok("news_nh", "black people", """
On this day in 1993 Stephen Lawrence was murdered in a racist attack in Eltham. His mum's campaign changed British policing
The Windrush compensation scheme is still failing people, says a new report. Some died before being paid
""")
ok("news_nh", "immigrants", """
Net migration figures out today: down by a third on last year, mainly fewer student visas
Far-right group leafleting in the town centre Saturday, council says counter-protest is planned at the library
Local paper covering the 1958 Notting Hill riots anniversary, white mobs attacked West Indian families for days
""")
ok("news_nh", "gay people", """
Thirty years since the last man was convicted under the old gross indecency laws. Pardons came far too late
Man jailed for attacking two men outside a gay bar in Soho, judge called it a homophobic hate crime
""")
ok("news_nh", "trans people", """
New NHS guidance on gender clinics published today, waiting lists currently over five years
Trans woman assaulted at bus station on Friday night, police treating it as a transphobic hate crime
""")
ok("news_nh", "roma", """
Documentary on tonight about the Roma genocide in WW2, the Porajmos. Up to half a million killed. Barely taught in schools
European Commission report: Roma children still segregated in schools in several EU countries
""")
ok("news_nh", "disabled people", """
Aktion T4: the Nazis murdered some 70,000 disabled people before the Holocaust even began. Exhibition at the museum till June
Disability benefit changes announced in the budget, charities warn 400,000 could lose support
""")
ok("news_nh", "women", """
Report shows female footballers still earn a fraction of men's wages in the WSL. Long way to go
Two women's refuges in the county are closing due to funding cuts, campaign group says
""")
ok("news_nh", "chinese people", """
Study finds reports of anti-Asian abuse tripled during the first year of covid in the UK
""")
ok("news_nh", "rohingya", """
UN says more than a million Rohingya remain in camps in Bangladesh, eight years after the military crackdown
""")
ok("news_nh", "uyghurs", """
New report details forced labour of Uyghurs in cotton supply chains, several high street brands named
""")
ok("news_nh", "armenians", """
Commemoration at the town hall today for the Armenian genocide, 1915. Wreath laying at 2pm
""")
ok("news_nh", "bosnian muslims", """
Thirty years since Srebrenica. 8,000 Bosniak men and boys murdered. Remembering them today
""")
ok("news_nh", "tutsis", """
The Rwanda genocide was preceded by months of radio calling Tutsis 'cockroaches'. That's why dehumanising language matters
""")
ok("news_nh", "sikhs", """
Sikh man attacked outside gurdwara in what police call a hate crime, community holding vigil tonight
""")
ok("news_nh", "greenlanders", """
Danish government apologises to Greenlandic women over the forced contraception campaign of the 1960s and 70s
""")
ok("news_nh", "aboriginal australians", """
Australia marks the anniversary of the apology to the Stolen Generations today
""")
ok("news_nh", "", """
Christchurch mosque attacks, five years on: survivors speak about rebuilding their lives
Trial of the man accused of the Southport attack begins next month, court hears
Norway remembers the 77 people killed on Utøya and in Oslo in 2011
""")

# ===========================================================================
# NON-HATEFUL: criticism of policies, governments, ideologies, religions as ideas
# ===========================================================================
ok("policy_criticism_nh", "immigrants", """
I think net migration is too high for our housing supply. Build more houses or bring the numbers down, preferably both
The visa system is a mess, it takes 18 months to get a nurse from the Philippines and the agencies are taking huge cuts
Small boats policy has failed under every government for a decade. Safe routes would actually stop the smugglers
Honestly I think the points-based system is too strict on care workers, homes are closing because they can't staff them
""")
ok("policy_criticism_nh", "muslims", """
I'm an atheist and I think every religion, Islam included, has ideas worth criticising. The people aren't the ideas
Sharia councils shouldn't have any role in family law in the UK. One law for everyone
""")
ok("policy_criticism_nh", "jews", """
Criticising the Israeli government's bombing of Gaza is not antisemitism. Blaming British Jews for it is
""")
ok("policy_criticism_nh", "christians", """
The Catholic Church's handling of abuse cases is indefensible and the Vatican still hasn't opened all its files
Faith schools shouldn't be allowed to select pupils by religion. State money, state rules
""")
ok("policy_criticism_nh", "refugees", """
The asylum hotels are a terrible use of public money and terrible for the people in them. Process claims faster
The Home Office backlog is the real scandal. People waiting three years for a decision helps nobody
""")
ok("policy_criticism_nh", "trans people", """
I think the sports governing bodies have made a mess of the eligibility rules, they should publish the evidence they used
""")
ok("policy_criticism_nh", "", """
Hindu nationalism under the BJP worries me a lot, the treatment of minorities in India is getting worse
The Chinese government's surveillance state is terrifying, nothing to do with Chinese people who are mostly its victims
Saudi Arabia's human rights record is awful and we keep selling them weapons
The Taliban banning girls from school is monstrous
Scientology is a cult that preys on vulnerable people and should lose its charity status everywhere
Erdoğan's government has jailed more journalists than almost anyone. Worrying trend
""")

# ===========================================================================
# NON-HATEFUL: violent idioms, banter, gaming
# ===========================================================================
ok("violent_idiom_nh", "", """
I'm going to murder you in FIFA tonight, bring your tissues
Get in there lads, we absolutely slaughtered them 5-0 🔥
That boss fight killed me six times, I'm going to burn the whole dungeon down next run
Nuke the B site, they're all camping there
Honestly I could kill for a kebab right now
She killed it at the open mic, absolute destruction
If you leave the lobby mid game again I'm hunting you down and destroying your base
Right I'm going to strangle whoever keeps changing the office thermostat
Burn the witch! (the witch is the level 40 boss in the swamp)
We're going to bury them on Saturday, they've not won away all season
Got absolutely wrecked on the ranked ladder, that team was cracked
My nan will kill me if I miss Sunday lunch again
""")

# ===========================================================================
# NON-HATEFUL: self-reference and reclaimed words by in-group members
# ===========================================================================
ok("self_reference_nh", "gay people", """
As a gay man I can confirm we did not in fact invent brunch, we just perfected it
Queer and proud, see you at Pride lads 🏳️‍🌈
""")
ok("self_reference_nh", "disabled people", """
Us crips have a group chat called 'rolling thunder' and it's the best thing on my phone
Being disabled means I spend half my life on hold to the DWP. Good times
""")
ok("self_reference_nh", "autistic people", """
Autistic person here: yes I really do want the plan in writing. No I'm not being difficult
""")
ok("self_reference_nh", "immigrants", """
As an immigrant I'll say it: the visa fees are daylight robbery. Paid 12 grand to stay with my British wife
I'm Polish, my mum still thinks the English don't know how to make soup, and honestly she's right
""")
ok("self_reference_nh", "muslims", """
Muslim here, fasting in July in the UK is brutal, 19 hours, don't ask me to come to the BBQ lol
""")
ok("self_reference_nh", "jews", """
My Jewish mum's idea of a light snack is four courses and a guilt trip. Wouldn't change her for anything
""")
ok("self_reference_nh", "black people", """
Black British and tired of being asked where I'm really from. Croydon, Sharon. Croydon
""")
ok("self_reference_nh", "trans people", """
Trans guy here. First barber cut since starting T and the barber called me mate. Happiest day of my year
""")
ok("self_reference_nh", "deaf people", """
Deaf person perks: I can't hear the neighbours' drum kit at 2am. Sorry to the rest of you
""")
ok("self_reference_nh", "women", """
Girls on this server, we are carrying the team tonight. The lads can watch and learn
""")
ok("self_reference_nh", "roma", """
I'm Roma and my grandmother's stories are better than any book. Proud of where I come from
""")
ok("self_reference_nh", "lesbians", """
Lesbian here, yes I own more than one flannel shirt, no I will not be taking questions
""")
ok("self_reference_nh", "refugees", """
I came here as a refugee aged 9. Now I'm a paramedic. Not saying this to be praised, just so people know we exist
""")
ok("self_reference_nh", "nigerians", """
As a Nigerian, I've heard every prince joke going. Have some new material at least lads
""")

# ===========================================================================
# NON-HATEFUL: everyday chat that mentions a group or nationality
# ===========================================================================
ok("everyday_mention_nh", "", """
Polish shop on Church Street has those cheesecakes back in, grab one before they go
Anyone fancy the Somali place on Sunday? They do a lamb and rice thing that's massive for £9
Selling a kids' bike, barely used, collection only from near the Turkish bakery on the high road
Lost a black labrador on the rec this morning, answers to Bruno, please message if seen
Who's doing the Eid fun run? Starts at the park 10am, all welcome
The Jewish museum has free entry on the first Sunday, took the kids, really well done
Found a set of keys outside the Chinese takeaway, handed them in at the counter
Anyone want a lift to the Romania v England match? Two seats free in the car
Our Syrian neighbour's fig tree is dropping figs over our fence. She said help ourselves, so jam anyone?
Selling a sofa, collection only. Viewing after 6, I'm the flat above the Pakistani grocer
Spare ticket for the Greenland exhibition at the National Museum tomorrow, free to a good home
The Nigerian jollof vs Ghanaian jollof debate is ongoing in the office, send help
Any Portuguese speakers free Saturday? Our new keeper's dad doesn't speak much English and wants to volunteer
Does anyone know if the Lithuanian shop takes card now?
Chinese New Year parade is going down Gerrard Street at 11, bring the kids early for the dragon
Mosque car park is free for parents at the school fete on Saturday, thanks to the committee for sorting
The Afghan restaurant on Green Lanes does the best mantu, I'm obsessed
Black Friday deals at the sports shop, football boots 40% off
The deaf club meets on the second Tuesday at the community centre, the tea is excellent
Hindu temple's Diwali fireworks are on Friday at 7 if anyone wants to take the kids
Gay bar's hosting the darts final this year, our team's playing the Kings Arms
Anyone know a good Vietnamese place for pho near the station?
Car boot this Sunday, the Roma family who sell the copper pans will be there, I'm getting a new one
Catholic church is doing a jumble sale, loads of kids' books
Our Indian neighbours have invited the whole road to their daughter's wedding. Anyone know what to wear to a Sikh wedding?
Is the Irish bar showing the rugby Saturday or just the football?
""")
ok("everyday_mention_nh", "women", """
Women's five-a-side league starting at the leisure centre, all levels, message Sarah for details
""")
ok("everyday_mention_nh", "trans people", """
Reminder that the trans and non-binary swim session is on Wednesdays at 8 now, not Thursdays
""")
ok("everyday_mention_nh", "disabled people", """
Anyone got a spare blue badge holder? My mum's has cracked in the heat
""")
ok("everyday_mention_nh", "autistic people", """
Cinema's doing autism-friendly screenings on Sunday mornings, lights up, sound down. Took my nephew and he loved it
""")

# ===========================================================================
# NON-HATEFUL: heated personal disputes with no protected trait
# ===========================================================================
ok("personal_dispute_nh", "", """
@Gary you've parked across my drive for the third time this week. Move it or I'm calling the council
Whoever keeps putting pizza boxes in the recycling without flattening them, I will find you
@Mandy you said you'd bring the raffle prizes and you didn't. Again. Don't volunteer if you won't turn up
Honestly the ref today was a disgrace, blind as a bat, should be banned from the league
Our neighbour's dog has barked for six hours straight. I'm not an animal person at the best of times but this is torture
@Tony you are the worst treasurer this club has ever had and I'm including the one who ran off with the tin
The lads in flat 6 had another party till 4am. Complaint going in to the management company first thing
@Wayne stop leaving your van on the verge, it's destroying the grass and it's not your verge
The kids' coach shouted at my son for twenty minutes for missing a pass. Absolute bully, he shouldn't be coaching
@Claire you've been rude to every new parent in this group, it's embarrassing. Grow up
The bloke at the tip today was the rudest man I've ever met. Power trip over a mattress
@Steve if you don't pay your share of the pitch fee by Friday you're off the team, no more excuses
The man who runs the allotment committee is a petty tyrant and I'm not renewing my plot
Whoever let their kid kick a football at my car, I've got it on camera and I'm sending you the bill
@Neil your takes on this group are so bad I genuinely think you're trolling
""")

# ===========================================================================
# NON-HATEFUL: supporting one person (twins of harassment)
# ===========================================================================
ok("support_individual_nh", "trans people", """
@Chloe you looked amazing at the awards do, so glad you came 💜
Reminder for the team: it's Alex and she/her from Monday. If you slip up, just correct yourself and move on
@Sam_they welcome to the server! Pronouns are in the roles channel if anyone needs them
@Jordan mate your build is sick, nobody plays a support like you
""")
ok("support_individual_nh", "muslims", """
@Yusuf good luck with the fast bro, save you a plate for after sunset
Fatima's taking Friday off for Eid, so I'll cover her shift. Eid mubarak Fatima!
""")
ok("support_individual_nh", "immigrants", """
@karolina_w your notes from the committee meeting were brilliant, thank you for taking them
@Imran you know more about British history than half this group, fair play
""")
ok("support_individual_nh", "disabled people", """
@Liam that clutch in the last round was mental, best player in the clan
Chris's speech at the parents evening was the best one there, really moving
""")
ok("support_individual_nh", "deaf people", """
@Oliver I've added captions to the team video so you don't miss anything, shout if I got a bit wrong
""")
ok("support_individual_nh", "autistic people", """
@Jamie thanks for making the rules doc, it's the first time we've actually had one and it's great
""")
ok("support_individual_nh", "gay people", """
@Ryan welcome to the five-a-side, we're rubbish but we have fun
Tom and his boyfriend are coming to the barbecue, can someone bring veggie sausages, Tom's boyfriend doesn't eat meat
""")
ok("support_individual_nh", "black people", """
@Marcus man of the match again, what a season you're having
""")
ok("support_individual_nh", "chinese people", """
@wei_lin those dumplings you brought to the potluck were gone in four minutes, please share the recipe
""")
ok("support_individual_nh", "jews", """
@Rachel thanks for sorting the kitty again, you're the only one who can do maths in this group
""")

# ===========================================================================
# NON-HATEFUL: twins of threats at places (protection, reporting, safety)
# ===========================================================================
ok("protect_places_nh", "muslims", """
Extra police patrols at the mosque this Friday after threats were posted online. If you see anything, call 999
Volunteers needed to form a ring of peace around the Islamic centre during Friday prayers. Meet at 12:30
""")
ok("protect_places_nh", "jews", """
CST are running a security briefing for the synagogue volunteers on Thursday. Sadly needed more than ever
Our church is holding a vigil outside the synagogue on Saturday to show they're not alone. All welcome
""")
ok("protect_places_nh", "refugees", """
Someone threatened to burn the asylum hotel on the village page. Police have been informed and are treating it seriously
""")
ok("protect_places_nh", "gay people", """
After the attack last year the gay bar has door staff every night now. Sad it's needed, glad they're safe
""")
ok("protect_places_nh", "trans people", """
Trans support group is moving to a private room at the library after some nasty posts. DM the organiser for details
""")
ok("protect_places_nh", "roma", """
The fire at the traveller site is being investigated as arson. Families lost everything. Donations at the community hall
""")

# ===========================================================================
# NON-HATEFUL: twins of nostalgia, burden, contamination, crime with no derogation
# ===========================================================================
ok("positive_nostalgia_nh", "black people", """
Brixton in the 80s: the Caribbean bakeries, the sound systems, the market. My favourite place in London growing up
""")
ok("positive_nostalgia_nh", "immigrants", """
My nan says the estate was a proper community in the 70s and the Irish and Jamaican families were the heart of it
Peterborough's changed a lot since 2004, more shops, more languages, more football teams. It's a different town, not a worse one
Grew up here when it was all mills. Mills went, the people who came after reopened half the shops on Lumb Lane
""")
ok("positive_nostalgia_nh", "asians", """
Growing up, the Asian-run corner shop was where you got credit when money was tight. Mr Patel knew every family on the road
""")
ok("positive_nostalgia_nh", "muslims", """
Christmas on our street used to be mad, and the Muslim family at 12 always did the best lights. Still do
""")
ok("factual_burden_nh", "disabled people", """
Disabled people are twice as likely to live in poverty, which is why the benefit cuts hit so hard
Half of disabled adults of working age are in work. The barriers for the other half are mostly access and employer attitudes
""")
ok("factual_burden_nh", "immigrants", """
OBR figures say recent EU migrants paid in more in tax than they took out. Non-EU numbers are more mixed, depends on the visa
Is it true that migrants can't claim most benefits for five years? My brother-in-law keeps saying otherwise
""")
ok("factual_burden_nh", "refugees", """
The asylum system cost more last year mainly because of hotel contracts. The actual allowance to people is tiny
""")
ok("factual_burden_nh", "trans people", """
Gender-affirming surgery is a tiny fraction of the NHS budget and the waiting list is years long. It's not the reason hips are delayed
""")
ok("factual_contamination_nh", "immigrants", """
UKHSA screens visa applicants from high TB countries before they arrive. It's been policy for years, nothing new
TB rates in the UK are mostly linked to poverty and overcrowded housing, whoever has it. Treatment is free, get tested if you've got a cough
""")
ok("factual_contamination_nh", "gay people", """
The blanket ban on gay men giving blood was lifted in 2021, now everyone gets the same individual risk questions. About time
""")
ok("factual_contamination_nh", "chinese people", """
Going to the Chinese buffet on Friday, anyone in? Hygiene rating's 5, before someone asks
""")
ok("factual_crime_nh", "immigrants", """
Researchers found no link between the asylum hotel opening and local crime rates. Report's on the council website
""")
ok("factual_crime_nh", "pakistanis", """
The grooming gangs inquiry is important and the victims deserve justice. Using it to smear every Pakistani taxi driver helps nobody
""")
ok("factual_crime_nh", "black people", """
Young black men are far more likely to be victims of knife crime than the rest of us. The funerals are in their communities
""")

# ===========================================================================
# NON-HATEFUL: education and discussion of hate itself
# ===========================================================================
ok("hate_education_nh", "jews", """
Watched a documentary about how the Protocols of the Elders of Zion was forged by the Tsar's secret police. Wild that people still believe it
Teaching the Holocaust in Year 10 this term. The 'Jews control the banks' propaganda posters really shocked the class
""")
ok("hate_education_nh", "immigrants", """
The 'great replacement' is a conspiracy theory that inspired several mass shootings. Worth knowing the phrase so you spot it
""")
ok("hate_education_nh", "", """
'14' and '88' are neo-Nazi codes. If you see them in usernames on the server, flag them to a mod
Mods: threats against a group's places of worship are an instant ban here, even if 'joking'
Dehumanising language comes before violence in almost every genocide. Rwanda had the radio, Germany had the cartoons
""")
ok("hate_education_nh", "muslims", """
Islamophobia training at work today actually useful. Learned about how hijab-wearing women get the most street abuse
""")
ok("hate_education_nh", "roma", """
The word 'gypped' comes from a slur against Roma people. Didn't know until my kid's teacher explained it
""")
ok("hate_education_nh", "disabled people", """
Disability history month: the 1995 Disability Discrimination Act happened because campaigners chained themselves to buses
""")

# ===========================================================================
# NON-HATEFUL: correcting mistakes, apologising, clarifying
# ===========================================================================
ok("self_correction_nh", "trans people", """
Sorry, I meant she! Still getting used to it, my bad Jess
Oops I deadnamed Leo in the group email. Apologised to him straight away and fixed it
""")
ok("self_correction_nh", "", """
My last post came across wrong. I wasn't having a go at the Polish lads, I was having a go at the agency that cut their pay
Apologies for the 'go back where you came from' comment about the new referee, I meant back to the Championship, but it read badly
""")
ok("self_correction_nh", "deaf people", """
Just realised I've been speaking to our deaf colleague with my back to her. Mortified. Turning my chair round from now on
""")

# ===========================================================================
# NON-HATEFUL: animal and disease words used without a group target
# ===========================================================================
ok("animal_word_nontarget_nh", "", """
The Lionesses were absolute animals out there today 🦁🦁
My kids are feral after two weeks of summer holiday, send wine
This office is a zoo on a Friday afternoon
The traffic on the M25 was like a plague of locusts, every junction jammed
Man I'm a pig, ate the whole pizza on my own
The lads were like a pack of wolves on the ball today, relentless pressing
""")

# ---------------------------------------------------------------------------
# HATEFUL: third pass
# ---------------------------------------------------------------------------
hate("veiled_threat_h", "threat", "muslims", """
Noticed the new prayer room at work. Would be a shame if someone left a bacon sandwich and a few other surprises in there every morning
""")
hate("veiled_threat_h", "threat", "immigrants", """
Got a list of every foreign-owned shop in town. Not saying what it's for. Yet
""")
hate("veiled_threat_h", "threat", "trans people", """
The trans lot marching through town on Saturday. Hope they've got good running shoes, that's all I'll say
""")
hate("veiled_threat_h", "threat", "black people", """
That black lad who keeps walking past my house at night will learn what happens round here. Soon
""")
hate("conditional_threat_h", "threat", "gay people", """
If they put on a drag story hour at our library, I'll be waiting outside for every one of those perverts when they leave
""")
hate("conditional_threat_h", "threat", "mexicans", """
Any Mexican I see crossing onto my land gets a bullet, I don't care if it's a kid
""")
hate("conditional_threat_h", "threat", "arabs", """
One more Arab moves onto my street and I'm getting the shotgun out of the loft. They've been warned
""")
hate("threat_places_h", "threat", "sikhs", """
Gurdwara's having a big do on Sunday. Imagine the mess if someone set the marquee alight halfway through
""")
hate("threat_places_h", "threat", "immigrants", """
Let's all go down the Eastern European shops on Friday night and smash every window. Who's in
""")
hate("wish_harm_h", "threat", "roma", """
Would happily see every Roma in Europe put on a train and not ask where it's going
""")
hate("wish_harm_h", "threat", "women", """
Hope that woman ref gets run over in the car park after that decision. Women shouldn't even be out there
""")
hate("wish_harm_h", "threat", "disabled people", """
Wish they'd gas the lot at the care home down the road, all they do is drool and cost money
""")
hate("dehumanising_metaphor_h", "dehumanisation", "immigrants", """
Migrants are a horde. Not people, a horde, and you don't negotiate with a horde
""")
hate("dehumanising_metaphor_h", "dehumanisation", "muslims", """
Muslims are a virus that copies itself in every host country. First a prayer room, then a mosque, then a caliphate
""")
hate("dehumanising_metaphor_h", "dehumanisation", "black people", """
Black people are closer to animals than the rest of us, just look at the crime stats and the way they behave
""")
hate("dehumanising_metaphor_h", "dehumanisation", "gay people", """
Gays are degenerates, a cancer on decent society. Cut them out before the kids catch it
""")
hate("dehumanising_metaphor_h", "dehumanisation", "somalis", """
Somalis aren't a community, they're an infestation. One flat, then the whole block
""")
hate("dehumanising_metaphor_h", "dehumanisation", "roma", """
Roma are feral. You can't domesticate them, they'll always go back to the wild
""")
hate("dehumanising_metaphor_h", "dehumanisation", "women", """
Women are just walking wombs, anything else they pretend to be is a hobby
""")
hate("dehumanising_metaphor_h", "dehumanisation", "jews", """
Jews are like ticks, they latch onto a country and suck it dry until it collapses
""")
hate("harassment_origin_h", "harassment", "turks", """
@Emre nobody wants your kebab-shop opinions on the planning application, go back to Istanbul
""")
hate("harassment_origin_h", "harassment", "pakistanis", """
@Zainab your English is fine but your family still shouldn't be here, go back to Pakistan with the rest of them
""")
hate("harassment_origin_h", "harassment", "syrians", """
@Ahmed you were a refugee last year and now you're a referee telling us what to do? Get back in your boat
""")
hate("harassment_religion_h", "harassment", "muslims", """
@Layla why does your husband let you out without a burka? Thought that was the rule in your lot
""")
hate("harassment_disability_h", "harassment", "autistic people", """
@Ethan you're too autistic to play on our team, you literally can't take a joke or a pass
""")
hate("misgendering_h", "harassment", "trans people", """
@Ava lmao 'she'. Nice try fella, we can all see the Adam's apple from here
Our new neighbour calls himself Sophie. He's a bloke and I'll be telling my kids that's a man every time he walks past
""")
hate("generalisation_misc_h", "generalisation", "immigrants", """
Honestly, these people don't even try to fit in. They live in their own little bubbles and laugh at our rules
""")
hate("generalisation_misc_h", "generalisation", "black people", """
Black parents never turn up to anything at the school. They just don't care about their kids' education
""")
hate("generalisation_misc_h", "generalisation", "muslims", """
A moderate Muslim is just one who hasn't been asked to do anything yet
""")
hate("generalisation_misc_h", "generalisation", "jews", """
Jews only ever look after their own. Try getting a favour off one if you're not in the club
""")
hate("generalisation_misc_h", "generalisation", "chinese people", """
Chinese tourists are the rudest people on earth, pushing, spitting, shouting, every single time
""")
hate("generalisation_misc_h", "generalisation", "greenlanders", """
Greenlanders are all alcoholics on benefits, Denmark should stop paying for them
""")
hate("generalisation_misc_h", "generalisation", "indians", """
Indian call centres, Indian doctors, Indian IT. All of them useless and all of them cheaper than a real British worker
""")
hate("generalisation_misc_h", "generalisation", "women", """
Women can't handle pressure, that's why you never see them at the top. Nature, not sexism
""")
hate("generalisation_misc_h", "generalisation", "gay people", """
Gay couples adopting is child abuse. Kids need a mum and a dad, not two blokes playing house
""")
hate("generalisation_misc_h", "generalisation", "trans people", """
Every trans woman is a potential predator until proven otherwise. That's just protecting our kids
""")
hate("generalisation_misc_h", "generalisation", "eastern europeans", """
Eastern Europeans are all the same, cheap, dishonest and drunk. You can't trust any of them with a contract
""")
hate("generalisation_misc_h", "generalisation", "africans", """
Africa has had 60 years of independence and they still can't run a country. Says everything about them
""")

# ===========================================================================
# NON-HATEFUL: third pass, more hard twins
# ===========================================================================
ok("negated_nh", "greenlanders", """
Greenlanders aren't 'all alcoholics', that's a stereotype from the colonial era. My colleague from Nuuk doesn't even drink
""")
ok("negated_nh", "indians", """
The Indian doctors at our surgery are not 'useless', they're the reason my dad's cancer got caught early
""")
ok("negated_nh", "eastern europeans", """
I've worked with Eastern European builders for 15 years and not one has ever let me down on a contract
""")
ok("negated_nh", "muslims", """
Being devout doesn't make someone dangerous. My Muslim neighbour prays five times a day and also runs the Neighbourhood Watch
""")
ok("negated_nh", "black people", """
Black parents not turning up to school events? Our PTA chair is black and she's at literally everything
""")
ok("negated_nh", "women", """
Women can absolutely handle pressure. The best surgeon I ever met was a woman who did a 12 hour operation on my son
""")
ok("quoted_condemn_nh", "sikhs", """
Someone posted about 'setting the gurdwara marquee alight'. Screenshot sent to the police. That's a threat to real families
""")
ok("quoted_condemn_nh", "syrians", """
A parent yelled 'get back in your boat' at our referee Ahmed. The club has banned him from the touchline for the season
""")
ok("quoted_condemn_nh", "greenlanders", """
Some guy in the comments wrote 'Greenlanders are all on benefits'. It's such a lazy, ugly stereotype. Reported
""")
ok("quoted_condemn_nh", "women", """
The 'women can't handle pressure' lot have gone quiet since the Lionesses won the Euros
""")
ok("quoted_condemn_nh", "gay people", """
Someone wrote 'drag story hour perverts' on the library noticeboard. Library staff took it down and reported it. Good on them
""")
ok("quoted_condemn_nh", "immigrants", """
There's a bloke on the estate page saying he's 'got a list of every foreign-owned shop'. That's terrifying and the police need to see it
""")
ok("quoted_condemn_nh", "disabled people", """
Someone at work called the Paralympics 'the freak show'. Told him exactly what I thought and HR are involved
""")
ok("good_faith_question_nh", "trans people", """
Genuinely asking: what's the current rule for trans women in county level athletics? I'm a coach and want to get it right
""")
ok("good_faith_question_nh", "immigrants", """
Do people who get settled status still need a visa to visit Spain? My Nigerian friend's going on holiday
""")
ok("good_faith_question_nh", "roma", """
Why were Roma people persecuted in WW2? My daughter asked and I was embarrassed I didn't know
""")
ok("good_faith_question_nh", "muslims", """
Does halal meat come from stunned animals? Not judging, genuinely curious after a debate at work
""")
ok("good_faith_question_nh", "gay people", """
Are there any gay-friendly rugby clubs round here? My son wants to play but had a bad time at school
""")
ok("good_faith_question_nh", "disabled people", """
Would the club be willing to put a ramp on the clubhouse? One of our dads uses a wheelchair and missed the presentation
""")
ok("nonprotected_exclusion_nh", "", """
No Leeds fans in the home end, stewards will move you. Rules are rules
Never hiring a builder off Facebook again. Three months, half a kitchen and he's vanished
Our HOA should ban those inflatable hot tubs, the noise from the pumps goes all night
""")
ok("nonprotected_dehumanising_nh", "", """
Bailiffs are vultures, they turned up at my mum's the day after the funeral
The rats in the bins at the back of the chippy are the size of cats, council needs to send pest control
Trolls on this page are like cockroaches, ban one and three more appear
""")
ok("nonprotected_threat_nh", "", """
If my kid's school sends one more 'non-uniform day' reminder at 10pm I'm going to lose it
The ref better hope he's got a police escort after that performance 😤 (joking, mostly)
""")
ok("nonprotected_conspiracy_nh", "", """
Same five families have run the parish council for thirty years. Funny how the new car park goes right past their shops
""")
ok("news_nh", "muslims", """
Man charged with planning an attack on a mosque in the Midlands, court told he had a list of targets
""")
ok("news_nh", "jews", """
Antisemitic incidents reached a record high last year according to the Community Security Trust
""")
ok("news_nh", "trans people", """
Supreme Court ruling on the Equality Act published today, trans rights groups and women's groups both reacting
""")
ok("news_nh", "immigrants", """
Three men jailed for attacking Eastern European shops during the riots, judge said it was 'pure racism'
""")
ok("everyday_mention_nh", "", """
Whoever left a hijab in the lost property box at the leisure centre, it's behind the front desk
The Kurdish car wash on the corner did my car for £8 and it's spotless
Is the Bulgarian shop still open on Sundays? Need some of that sheep cheese
The Eritrean church is doing a fundraising coffee morning on Saturday, proper coffee ceremony
Iranian New Year picnic in the park tomorrow, they said anyone's welcome to come and eat
""")
ok("positive_mention_nh", "travellers", """
The travellers who pitched up on the rec left it cleaner than the council ever does. Credit where it's due
""")
ok("positive_mention_nh", "vietnamese people", """
The Vietnamese nail bar by the school sponsored the under 9s kit this year. Lovely gesture
""")
ok("positive_mention_nh", "kurds", """
Kurdish family who run the café have been feeding the night shift nurses for free all winter
""")
ok("everyday_mention_nh", "", """
Ramadan timetable for the mosque is pinned at the Co-op noticeboard if anyone's looking for it
Selling a buggy, good nick, £40, pick up near the Somali mosque on Dalton Road
""")
ok("good_faith_question_nh", "jews", """
Is it ok to say 'happy holidays' to my Jewish colleague in December or should I say happy Hanukkah?
""")
ok("negated_nh", "trans people", """
She's not 'a man in a wig', she's my colleague and she's been nothing but kind to everyone on the team
""")
ok("personal_dispute_nh", "", """
@Phil your bin has been on the pavement for nine days mate, the whole street is looking at it
""")


# ---------------------------------------------------------------------------
# Write and check
# ---------------------------------------------------------------------------
def main():
    texts = [r[0] for r in ROWS]
    dupes = [t for t, c in Counter(texts).items() if c > 1]
    assert not dupes, dupes
    for text, label, cat, func, target, lang in ROWS:
        assert text and "\n" not in text, text
        assert 3 <= len(text.split()) <= 70, text
        assert label in ("hateful", "non-hateful"), label
        assert lang in ("da", "en"), lang
        assert target == target.lower(), target
        if label == "hateful":
            assert cat in CATEGORIES, (text, cat)
            assert func.endswith("_h"), func
        else:
            assert cat == "", (text, cat)
            assert func.endswith("_nh"), func
    n_nh = sum(1 for r in ROWS if r[1] == "non-hateful")
    assert n_nh / len(ROWS) >= 0.45, n_nh

    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data.csv")
    with open(out, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["text", "label", "category", "functionality", "target", "lang"])
        w.writerows(ROWS)

    print("rows:", len(ROWS))
    for label, n in sorted(Counter(r[1] for r in ROWS).items()):
        print(f"label {label}: {n}")
    for cat, n in sorted(Counter(r[2] or "(none)" for r in ROWS).items()):
        print(f"category {cat}: {n}")


if __name__ == "__main__":
    main()
