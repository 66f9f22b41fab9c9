package cli

import (
	"context"
	"fmt"
	"hash/fnv"
	"math"
	"math/rand/v2"
	"slices"
	"time"

	"github.com/trygbot/trygbot/bot"
	"github.com/trygbot/trygbot/rules"
	"github.com/trygbot/trygbot/storage"
)

// The demo's history: five weeks before the scripted evening in six
// communities on Discord, Telegram, HTTP ingest and the console, generated
// from a fixed seed so every demo has the same past. Message counts are
// hourly totals (as the bot keeps them); flagged messages become cases with
// claims, replies, dismissals, escalations and repeat offenders; a
// narrative appears on Telegram in the third week and spreads to the other
// communities; question-style replies work better than norm-setting ones.
// Every text is written for the demo.

// historySeed fixes the demo's past.
const historySeed = 2026

// historyWeeks is how far back the history reaches.
const historyWeeks = 5

// historyCommunity is a community of the history.
type historyCommunity struct {
	id, platform, channel, lang string
	perHour                     float64 // messages in a busy hour
	flagRate                    float64 // flags per message, before the trend
	authors                     int     // distinct authors who get flagged
}

var historyCommunities = []historyCommunity{
	{"norrebro", "console", "general", "da", 25, 0.006, 30},
	{"gaming", "console", "lobby", "en", 35, 0.005, 35},
	{"vesterbro", "discord", "snak", "da", 20, 0.005, 25},
	{"aalborg-esport", "discord", "general", "en", 40, 0.004, 35},
	{"amager-naboer", "telegram", "-100200300", "da", 15, 0.008, 20},
	{"odense-forum", "ingest", "debat", "da", 12, 0.007, 18},
}

// historyText is a flagged text of the history and how it tends to end.
type historyText struct {
	lang, text string
	dismiss    float64 // chance a moderator calls it not hate
}

var historyTexts = []historyText{
	{"da", "indvandrere er parasitter der lever af os andre", 0.02},
	{"da", "de sorte er dyr, allesammen", 0},
	{"da", "alle muslimer er terrorister", 0.05},
	{"da", "perkerne skal ud af Danmark", 0},
	{"da", "jøderne styrer medierne og regeringen", 0.05},
	{"da", "flygtninge er en sygdom i vores samfund", 0.02},
	{"da", "Min gamle bøsse skal til eftersyn før jagten", 1},
	{"en", "all immigrants are parasites", 0.02},
	{"en", "muslims are rats and should be deported", 0},
	{"en", "jews control the banks and the media", 0.05},
	{"en", "all refugees are criminals", 0.3},
	{"en", "immigrants are vermin, send them all back", 0},
	{"da", "de burde skydes alle sammen, de muslimer", 0},
	{"en", "gays should be shot", 0},
	{"da", "14 88, heil til de sande danskere", 0},
	{"en", "heil hitler 1488", 0},
}

// historyNarrative is the narrative that spreads: first on Telegram, then
// elsewhere, in slight variations.
var historyNarrative = []string{
	"Muslimerne er skadedyr og skal smides ud af Danmark, del det her",
	"Muslimerne er skadedyr og skal smides ud af Danmark!! del det her",
	"muslimerne er skad3dyr og skal smides ud af danmark, del det her videre",
	"Muslimerne er skadedyr og skal smides ud af Danmark. Del det her!",
}

// historyModerators are the volunteers, the first ones busiest.
var historyModerators = []string{"anna", "bo", "dina", "emil", "freja", "jakob"}

// toneAgain is how often an author is flagged again within the follow-up
// window after a reply in each tone: questions work better than norms.
var toneAgain = map[string]float64{"question": 0.08, "empathetic": 0.18, "norm": 0.38}

// historyGen writes the history into a store.
type historyGen struct {
	rng     *rand.Rand
	eval    func(rules.Message) rules.Verdict
	verdict map[string]rules.Verdict
	pseud   *bot.Pseudonymizer
	start   time.Time // the history's first hour
	end     time.Time // the scripted evening: nothing at or after it
	loc     *time.Location
	cases   []storage.Case
	volume  map[storage.VolumeKey][2]int64
	n       int
}

// seedHistory writes five weeks of history before end into st, judging
// each text with eval (the demo's rules). It returns the messages counted
// and the cases made.
func seedHistory(ctx context.Context, st storage.Store, eval func(rules.Message) rules.Verdict, end time.Time, loc *time.Location) (int64, int, error) {
	g := &historyGen{rng: rand.New(rand.NewPCG(historySeed, historySeed)), eval: eval, verdict: map[string]rules.Verdict{},
		pseud: bot.NewPseudonymizer([]byte("trygbot demo history, a fixed key")), end: end, loc: loc,
		start: end.AddDate(0, 0, -7*historyWeeks).Truncate(time.Hour), volume: map[storage.VolumeKey][2]int64{}}
	for _, c := range historyCommunities {
		g.community(c)
	}
	g.narrative()
	slices.SortStableFunc(g.cases, func(a, b storage.Case) int { return a.CreatedAt.Compare(b.CreatedAt) })
	for _, c := range g.cases {
		c.Nonce = g.nonce() // from the seed, so every run writes the same history
		if _, _, err := st.CreateCase(ctx, c); err != nil {
			return 0, 0, fmt.Errorf("demo: history: %w", err)
		}
	}
	var msgs int64
	for k, v := range g.volume {
		if err := st.AddVolume(ctx, k, v[0], v[1]); err != nil {
			return 0, 0, fmt.Errorf("demo: history: %w", err)
		}
		msgs += v[0]
	}
	return msgs, len(g.cases), nil
}

// nonce is a case nonce (storage.NewNonce's alphabet and length) drawn
// from the history's seeded generator.
func (g *historyGen) nonce() string {
	const alphabet = "abcdefghijklmnopqrstuvwxyz234567"
	b := make([]byte, 8)
	for i := range b {
		b[i] = alphabet[g.rng.IntN(len(alphabet))]
	}
	return string(b)
}

// hourlyDays is how many days before the evening are counted hour by
// hour; earlier counts are kept in blocks of blockHours, which keeps the
// demo's start fast (one write per counter) and their weeks' totals right.
const (
	hourlyDays = 14
	blockHours = 4
)

// countHour is the counter's hour a message at t is counted in.
func (g *historyGen) countHour(t time.Time) time.Time {
	h := t.UTC().Truncate(time.Hour)
	if g.end.Sub(h) <= hourlyDays*24*time.Hour {
		return h
	}
	return h.Add(-time.Duration(h.Hour()%blockHours) * time.Hour)
}

// busy is how busy an hour of the day is, 0..1: quiet at night, busiest in
// the evening, busier at weekends.
func busy(t time.Time) float64 {
	h := float64(t.Hour())
	f := 0.08 + 0.92*math.Exp(-math.Pow((h-20)/4.5, 2)) + 0.3*math.Exp(-math.Pow((h-12.5)/2, 2))
	if wd := t.Weekday(); wd == time.Saturday || wd == time.Sunday {
		f *= 1.25
	}
	return min(f, 1.2)
}

// community counts a community's messages hour by hour and flags some.
func (g *historyGen) community(c historyCommunity) {
	authors := make([]rules.UserID, c.authors)
	for i := range authors {
		authors[i] = g.pseud.Of(c.platform, fmt.Sprintf("%s-member-%d", c.id, i))
	}
	for t := g.start; t.Before(g.end); t = t.Add(time.Hour) {
		week := t.Sub(g.start).Hours() / (24 * 7)
		growth := 1 + 0.05*week // the communities grow
		mean := c.perHour * busy(t.In(g.loc)) * growth
		msgs := int64(max(0, math.Round(mean*(0.8+0.4*g.rng.Float64()))))
		if msgs == 0 {
			continue
		}
		k := storage.VolumeKey{Platform: c.platform, Community: c.id, Channel: c.channel, Hour: g.countHour(t)}
		v := g.volume[k]
		v[0] += msgs
		g.volume[k] = v
		// Flags rise over the weeks; a few authors are most of them.
		p := c.flagRate * (1 + 0.12*week)
		for range msgs {
			if g.rng.Float64() >= p {
				continue
			}
			a := authors[min(int(math.Floor(float64(len(authors))*math.Pow(g.rng.Float64(), 2.2))), len(authors)-1)]
			at := t.Add(time.Duration(g.rng.Int64N(int64(time.Hour))))
			g.flag(c, a, at, g.text(c.lang))
		}
	}
}

// text picks a text of the community's language.
func (g *historyGen) text(lang string) historyText {
	for {
		t := historyTexts[g.rng.IntN(len(historyTexts))]
		if t.lang == lang {
			return t
		}
	}
}

// narrative spreads historyNarrative: Amager on Telegram in week three,
// then Vesterbro, Odense, Nørrebro and Aalborg, more often every week.
func (g *historyGen) narrative() {
	path := []struct {
		comm   int
		day    int // days after the history's start
		copies int
	}{{4, 15, 4}, {4, 22, 5}, {2, 24, 3}, {5, 29, 4}, {0, 31, 4}, {2, 32, 3}, {3, 33, 2}, {4, 33, 3}}
	for _, p := range path {
		c := historyCommunities[p.comm]
		for i := range p.copies {
			at := g.start.AddDate(0, 0, p.day).Add(time.Duration(9+g.rng.IntN(13))*time.Hour + time.Duration(g.rng.IntN(60))*time.Minute)
			if !at.Before(g.end) {
				continue
			}
			a := g.pseud.Of(c.platform, fmt.Sprintf("%s-spreader-%d", c.id, i))
			g.flag(c, a, at, historyText{lang: "da", text: historyNarrative[g.rng.IntN(len(historyNarrative))]})
			k := storage.VolumeKey{Platform: c.platform, Community: c.id, Channel: c.channel, Hour: g.countHour(at)}
			v := g.volume[k]
			v[0]++
			g.volume[k] = v
		}
	}
}

// flag makes the case of one flagged message and what volunteers did.
func (g *historyGen) flag(c historyCommunity, author rules.UserID, at time.Time, t historyText) {
	v, ok := g.verdict[c.id+"\x00"+t.text]
	if !ok {
		v = g.eval(rules.Message{Community: c.id, Channel: c.channel, Lang: t.lang, Text: t.text})
		g.verdict[c.id+"\x00"+t.text] = v
	}
	if !v.Flagged || !at.Before(g.end) {
		return
	}
	k := storage.VolumeKey{Platform: c.platform, Community: c.id, Channel: c.channel, Hour: g.countHour(at)}
	vol := g.volume[k]
	vol[1] = min(vol[1]+1, vol[0])
	g.volume[k] = vol
	g.n++
	cs := storage.Case{Key: fmt.Sprintf("history/%s/%d", c.id, g.n), Platform: c.platform, Community: c.id, Channel: c.channel,
		ChannelName: "#" + c.channel, MessageID: fmt.Sprintf("h%d", g.n), Author: author, Lang: t.lang, Text: t.text,
		Verdict: v, Category: v.Category, Severity: v.Severity, CreatedAt: at.UTC(), Version: 1}
	for _, m := range v.Matches {
		cs.Rules = append(cs.Rules, m.Rule)
	}
	cs.Rules = slices.Compact(slices.Sorted(slices.Values(cs.Rules)))
	if g.repeat(author, at) {
		cs.Signals = []string{bot.SignalRepeat}
	}
	again := g.handle(&cs, t)
	if c.platform != "console" && (cs.State == storage.StateOpen || cs.State == storage.StateClaimed) {
		// Only the console's communities take actions in the demo: the
		// others' last cases were handled outside trygbot.
		cs.State, cs.Outcome, cs.ClosedAt = storage.StateClosed, storage.OutcomeHandled, g.end.Add(-time.Minute)
	}
	g.cases = append(g.cases, cs)
	if again {
		// The author is flagged again within the follow-up window.
		g.flag(c, author, at.Add(time.Duration(1+g.rng.IntN(20))*time.Hour), g.text(c.lang))
	}
}

// repeat reports whether author was flagged in the day before at.
func (g *historyGen) repeat(author rules.UserID, at time.Time) bool {
	for i := len(g.cases) - 1; i >= 0; i-- {
		c := g.cases[i]
		if c.Author == author && c.CreatedAt.Before(at) && at.Sub(c.CreatedAt) < 24*time.Hour {
			return true
		}
	}
	return false
}

// handle decides what volunteers did with a case; it reports whether the
// author will be flagged again after a reply.
func (g *historyGen) handle(c *storage.Case, t historyText) bool {
	at := c.CreatedAt
	left := g.end.Sub(at)
	// Claims take minutes by day and longer at night.
	claim := time.Duration(math.Exp(1.5+g.rng.NormFloat64()*0.9)*float64(time.Minute)) * time.Duration(1+2*(1-min(busy(at.In(g.loc)), 1)))
	mod := historyModerators[min(int(float64(len(historyModerators))*math.Pow(g.rng.Float64(), 1.8)), len(historyModerators)-1)]
	switch {
	case left < 3*time.Hour && g.rng.Float64() < 0.5, left < 20*time.Minute:
		c.State = storage.StateOpen // still waiting
		return false
	case g.rng.Float64() < 0.04 || claim >= left:
		c.State, c.Outcome, c.ClosedAt = storage.StateClosed, storage.OutcomeExpired, at.Add(72*time.Hour)
		if !c.ClosedAt.Before(g.end) {
			c.State, c.Outcome, c.ClosedAt = storage.StateOpen, "", time.Time{}
		}
		return false
	}
	c.Owner, c.OwnerName, c.ClaimedAt = mod, mod, at.Add(claim)
	done := c.ClaimedAt.Add(time.Duration(1+g.rng.IntN(9)) * time.Minute)
	if !done.Before(g.end) {
		c.State = storage.StateClaimed
		return false
	}
	r := g.rng.Float64()
	switch {
	case r < t.dismiss:
		c.State, c.Outcome, c.ClosedAt = storage.StateDismissed, storage.OutcomeDismissed, done
	case c.Severity >= rules.SevUrgent || r < t.dismiss+0.06:
		c.State, c.Outcome, c.ClosedAt = storage.StateEscalated, storage.OutcomeEscalated, done
	case r < t.dismiss+0.11:
		c.State, c.Outcome, c.ClosedAt = storage.StateDeleted, storage.OutcomeDeleted, done
	case r < t.dismiss+0.16:
		c.State, c.Outcome, c.ClosedAt = storage.StateClosed, storage.OutcomeHandled, done
	default:
		return g.reply(c, done)
	}
	return false
}

// reply sends a template in one of three tones and follows the author up.
func (g *historyGen) reply(c *storage.Case, at time.Time) bool {
	tones := []string{"question", "empathetic", "norm"}
	tone := tones[g.rng.IntN(len(tones))]
	cat := string(c.Category)
	if cat != "dehumanisation" && cat != "generalisation" && cat != "slur" {
		cat = "any"
	}
	c.Template = c.Lang + "." + cat + "." + tone
	c.Suggested, c.Offer = historyOffer(c.Lang+"."+cat+".", tones, c.Key)
	c.Tone = historyTone(tone)
	c.FirstResponseAt, c.FollowUpUntil = at, at.Add(24*time.Hour)
	c.State, c.Outcome = storage.StateResponded, storage.OutcomeResponded
	if !c.FollowUpUntil.After(g.end) {
		c.State, c.ClosedAt = storage.StateClosed, c.FollowUpUntil
	}
	again := g.rng.Float64() < toneAgain[tone]
	if again && c.FollowUpUntil.After(g.end) {
		return false // not yet
	}
	c.FlaggedAgain = again
	return again
}

// historyOffer is the order a history case's prompt offered the three
// tones' templates in: shuffled by a hash of the case's key, apart from
// the generator's random numbers (so the rest of the history stays as it
// was), and recorded as the bot records it.
func historyOffer(prefix string, tones []string, key string) ([]string, storage.Offer) {
	h := fnv.New64a()
	h.Write([]byte(key))
	seed := h.Sum64()
	order := slices.Clone(tones)
	r := rand.New(rand.NewPCG(seed, seed))
	r.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
	o := storage.Offer{Seed: seed}
	var ids []string
	for _, t := range order {
		ids = append(ids, prefix+t)
		o.Tones = append(o.Tones, historyTone(t))
	}
	return ids, o
}

// historyTone is the tone of the history's template names: "norm" is
// norm-setting.
func historyTone(name string) string {
	if name == "norm" {
		return "norm-setting"
	}
	return name
}
