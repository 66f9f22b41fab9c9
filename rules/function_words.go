package rules

import "strings"

// collapseRuns writes a run of one letter once, as the normaliser does
// ("ikke" is read "ike").
func collapseRuns(w string) string {
	var b strings.Builder
	var last rune
	for i, r := range w {
		if i == 0 || r != last {
			b.WriteRune(r)
		}
		last = r
	}
	return b.String()
}

// functionWords are Danish and English words of grammar rather than
// content (pronouns, auxiliaries, modals, conjunctions, prepositions,
// adverbs of degree, time and frequency); "ville" is left out, since its
// normal form is the English "vile". They weigh in the learned
// scorer, but no flag rests on them alone: its evidence must be a word of
// content (see judge). Written for trygbot from common grammar; in the
// spirit of the Snowball stop word lists.
var functionWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`
	ad af aldrig alle alt altid andre anden andet at bag bare begge blev blive bliver bort da de dem den denne der deres derfor
	dermed dersom desuden det dette dig din dine disse dit du efter eftersom eller elers en end ene eneste enhver er et for fordi
	fordi forbi fra før først gennem gerne gjorde gjort god gør gøre har have havde heller hen hende hendes her hos hvad hvem hver
	hvilke hvilken hvis hvor hvordan hvorfor hvornår igen ike ikke ind inden ingen ingenting intet jeg jer jeres jo kan kom komer
	kune kunne lidt lige man mange med meget mellem men mens mere mest mig min mine mit mod måske må måte nogen noget nogle nok nu
	ned når og også om omkring op os over på sagde sammen se selv selvom sig sikke sin sine sit skal skule slet som stadig så sådan
	burde bør skulle måtte gider turde tør tidligere til tit under ud uden var ved vi vil være været vær vores ville vist sku sgu jo da nok lissom ligesom hele helt
	rigtig virkelig totalt snart nogensinde altså også endnu allerede bare kun især vel vist osv fx dag idag igår imorgen
	a about above after again against all almost also always am among an and another any anyone anything are around as at away
	back be because been before being below between both but by can cant could couldnt did didnt do does doesnt doing dont down
	during each either else enough even ever every few for from further get gets getting go goes going gone got had hadnt has hasnt
	have havent having he her here hers herself him himself his how however i if in into is isnt it its itself just least less
	let lets like made make many may me might mine more most much must my myself never no nor not now of off often on once one
	only or other others our ours ourselves out over own quite rather really same say says shall she should shouldnt since so
	some someone something soon still such than that thats the their theirs them themselves then there these they thing things
	this those though through thus till to too totaly under until up upon us very was wasnt we well were werent what whatever
	when where whether which while who whom whose why will with within without wont would wouldnt yet you your yours yourself
	yourselves youre theyre ive im id ill its yeah yes ok okay just also lot lots always never sometimes usually already again
	`) {
		m[collapseRuns(w)] = true
	}
	return m
}()
