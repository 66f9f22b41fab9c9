package report

import (
	"cmp"
	"context"
	"fmt"
	"maps"
	"math"
	"slices"
	"time"

	"github.com/trygbot/trygbot/bot"
	"github.com/trygbot/trygbot/rules"
	"github.com/trygbot/trygbot/storage"
)

// Options selects the week and how it is summarised.
type Options struct {
	// Week is the ISO week to summarise; zero means this week so far.
	Week Week
	// Location is the time zone of weeks and hours (default
	// Europe/Copenhagen, or UTC when that cannot be loaded).
	Location *time.Location
	// MinGroup: counts describing fewer distinct authors are shown as
	// "< MinGroup" (default 3).
	MinGroup int
	// Now is the clock (default time.Now).
	Now func() time.Time
	// Tone returns a template's tone by id; nil or "" means "unknown".
	Tone func(templateID string) string
	// Communities, when not nil, limits the summary to the cases and
	// message counts of these communities (a dashboard user's).
	Communities []string
	// Trials configures the template trials section; zero Weeks leaves
	// it out.
	Trials TrialSettings
	// Progress, if set, is told how the trials section's cases are
	// analysed (done of total), for a long report on a terminal.
	Progress func(done, total int)
}

// TrendWeeks is how many earlier weeks the trend compares against.
const TrendWeeks = 4

// Count is a number of things and how many distinct authors they describe,
// which decides whether renderings may show it.
type Count struct {
	N       int `json:"n"`
	Authors int `json:"authors"`
}

// Row is one line of a breakdown: messages seen, flags and their rate.
type Row struct {
	Key      string  `json:"key"`
	Messages int64   `json:"messages"`
	Flags    Count   `json:"flags"`
	Per1000  float64 `json:"per_1000"` // flags per 1,000 messages; NaN without messages
}

// HourCell is one hour of the week (Monday 00-01 is Day 0, Hour 0) in
// the report's location.
type HourCell struct {
	Messages int64   `json:"messages"`
	Flags    Count   `json:"flags"`
	Per1000  float64 `json:"per_1000"`
}

// TrendPoint is one week of the trend.
type TrendPoint struct {
	Week     Week    `json:"week"`
	Messages int64   `json:"messages"`
	Flags    Count   `json:"flags"`
	Per1000  float64 `json:"per_1000"`
}

// Durations summarises waiting times.
type Durations struct {
	Cases  Count         `json:"cases"` // cases measured
	Median time.Duration `json:"median"`
	P90    time.Duration `json:"p90"`
	// Histogram counts the cases per bucket of HistogramBounds.
	Histogram []Count `json:"histogram"`
}

// HistogramBounds are the upper bounds of the response-time buckets; the
// last bucket is everything longer.
var HistogramBounds = []time.Duration{5 * time.Minute, 15 * time.Minute, 30 * time.Minute, time.Hour, 4 * time.Hour, 24 * time.Hour}

// RuleFP is the false-positive rate of one rule.
type RuleFP struct {
	Rule      string  `json:"rule"`      // its id, slurs in it masked ("da.slur.p•••••")
	Flagged   Count   `json:"flagged"`   // cases the rule flagged
	Dismissed Count   `json:"dismissed"` // of them, dismissed as not hate
	Rate      float64 `json:"rate"`      // Dismissed / Flagged
}

// TemplateUse is how often a template (or a tone) was sent and how often
// its author was flagged again within the follow-up window.
type TemplateUse struct {
	Template string `json:"template,omitempty"`
	Tone     string `json:"tone"`
	Sent     Count  `json:"sent"`
	// Pending: the follow-up window is still open and nothing happened yet.
	Pending      Count   `json:"pending"`
	FlaggedAgain Count   `json:"flagged_again"`
	Share        float64 `json:"share"` // FlaggedAgain / (Sent - Pending); NaN if none decided
}

// Load is one volunteer's work, under a stable label ("moderator A").
type Load struct {
	Moderator string `json:"moderator"`
	Cases     Count  `json:"cases"`
	Responded Count  `json:"responded"`
}

// Step is where a narrative was seen, in time order.
type Step struct {
	At        time.Time `json:"at"`
	Platform  string    `json:"platform"`
	Community string    `json:"community"`
}

// Narrative is a group of near-identical flagged texts.
type Narrative struct {
	ID          int      `json:"id"`
	Text        string   `json:"text"` // masked text of the first case
	Cases       Count    `json:"cases"`
	Communities []string `json:"communities"`
	Platforms   []string `json:"platforms"`
	First       Step     `json:"first"`
	Path        []Step   `json:"path"` // first time in each community/platform
	caseIDs     []storage.CaseID
}

// Outcome is one outcome code and its count.
type Outcome struct {
	Outcome string `json:"outcome"`
	Cases   Count  `json:"cases"`
}

// Outcomes lists the outcome codes a summary always shows, in order.
var Outcomes = []string{storage.OutcomeResponded, storage.OutcomeDismissed, storage.OutcomeEscalated, storage.OutcomeDeleted, storage.OutcomeExpired, "open"}

// Summary is one week of moderation, ready to render.
type Summary struct {
	Week     Week      `json:"week"`
	From     time.Time `json:"from"`
	Until    time.Time `json:"until"` // exclusive; just after Now for this week so far
	Partial  bool      `json:"partial"`
	Location string    `json:"location"`
	MinGroup int       `json:"min_group"`

	Total       Row             `json:"total"`
	ByCategory  []Row           `json:"by_category"`
	ByCommunity []Row           `json:"by_community"`
	ByPlatform  []Row           `json:"by_platform"`
	Hours       [7][24]HourCell `json:"hours"`

	Trend []TrendPoint `json:"trend"` // the earlier weeks, then this one
	// Change is this week's flags per 1,000 against the mean of the
	// earlier weeks, in percent; NaN when they had no messages.
	Change float64 `json:"change"`

	Claim         Durations `json:"claim"`
	FirstResponse Durations `json:"first_response"`
	NeverClaimed  Count     `json:"never_claimed"`

	Outcomes    []Outcome     `json:"outcomes"`
	RuleFP      []RuleFP      `json:"rule_fp"`
	Templates   []TemplateUse `json:"templates"`
	Tones       []TemplateUse `json:"tones"`
	UserReports Count         `json:"user_reports"`
	Volunteers  []Load        `json:"volunteers"`
	Narratives  []Narrative   `json:"narratives"`
	// Trials is the template trials section, nil when Options.Trials
	// leaves it out.
	Trials *Trials `json:"trials,omitempty"`

	// Sources is precision by source (rules, model, both) from
	// volunteers' "not hate"; ModelOnly the rate of cases a model's
	// second opinion opened alone (secondopinion.go).
	Sources   []SourcePrecision `json:"sources"`
	ModelOnly ModelOnly         `json:"model_only"`
	// Duty is the duty roster and wellbeing section (duty.go), nil when
	// the week has no roster data.
	Duty *Duty `json:"duty,omitempty"`

	// labels are Volunteers' labels by volunteer id, which Duty shares.
	labels map[string]string
}

// counter accumulates a Count with its distinct authors.
type counter struct {
	n       int
	authors map[rules.UserID]bool
}

func (c *counter) add(a rules.UserID) {
	if c.authors == nil {
		c.authors = map[rules.UserID]bool{}
	}
	c.n++
	c.authors[a] = true
}

func (c *counter) count() Count { return Count{N: c.n, Authors: len(c.authors)} }

// Build computes the summary of opt.Week from store.
func Build(ctx context.Context, store storage.Store, opt Options) (*Summary, error) {
	opt = opt.withDefaults()
	now := opt.Now().In(opt.Location)
	s, err := newSummary(opt, now)
	if err != nil {
		return nil, err
	}
	// The trend needs the earlier weeks; read them all at once.
	weeks := newTrendWeeks(s.Week, opt.Location)
	vol, err := store.Volume(ctx, weeks.from().UTC(), s.Until.UTC())
	if err != nil {
		return nil, fmt.Errorf("report: volume: %w", err)
	}
	cases, err := store.ListCases(ctx, storage.CaseQuery{Since: weeks.from().UTC(), Until: s.Until.UTC()})
	if err != nil {
		return nil, fmt.Errorf("report: cases: %w", err)
	}
	if opt.Communities != nil {
		vol = slices.DeleteFunc(vol, func(r storage.VolumeRow) bool { return !slices.Contains(opt.Communities, r.Community) })
		cases = slices.DeleteFunc(cases, func(c storage.Case) bool { return !slices.Contains(opt.Communities, c.Community) })
	}
	v := weeks.volume(vol)
	week, trendFlags := weeks.cases(cases)
	s.trend(v.trend, trendFlags, opt.Location)
	s.breakdowns(week, v, opt.Location)
	s.UserReports = userReports(week)
	s.times(week)
	s.outcomes(week)
	s.rulesFP(week)
	s.templates(week, now, opt.Tone)
	s.volunteers(week)
	if err := s.duty(ctx, store, opt, week); err != nil {
		return nil, err
	}
	s.Narratives = spread(week)
	if opt.Trials.Weeks > 0 {
		if s.Trials, err = BuildTrials(ctx, store, opt.trialOptions(s.Week, s.Until)); err != nil {
			return nil, err
		}
	}
	s.sources(week, v.total)
	return s, nil
}

// withDefaults fills in the options left zero.
func (opt Options) withDefaults() Options {
	if opt.Location == nil {
		loc, err := time.LoadLocation("Europe/Copenhagen")
		if err != nil {
			loc = time.UTC
		}
		opt.Location = loc
	}
	if opt.MinGroup <= 0 {
		opt.MinGroup = 3
	}
	if opt.Now == nil {
		opt.Now = time.Now
	}
	return opt
}

// newSummary starts the summary of opt.Week (this week when zero): its
// bounds, cut at now for a week not over yet.
func newSummary(opt Options, now time.Time) (*Summary, error) {
	s := &Summary{Week: opt.Week, Location: opt.Location.String(), MinGroup: opt.MinGroup}
	if s.Week.IsZero() {
		s.Week = WeekOf(now)
	}
	s.From = s.Week.Start(opt.Location)
	s.Until = s.From.AddDate(0, 0, 7)
	if now.Before(s.Until) {
		// The present is part of the week so far: a case created at this
		// very instant (a demo's clock stands still) counts.
		s.Until, s.Partial = now.Add(time.Nanosecond), true
	}
	if !s.Until.After(s.From) {
		return nil, fmt.Errorf("report: week %s has not started", s.Week)
	}
	return s, nil
}

// trendWeeks are the weeks of the trend: starts[i] is the Monday of trend
// week i; the last is the summarised week.
type trendWeeks struct {
	loc    *time.Location
	starts []time.Time
}

func newTrendWeeks(w Week, loc *time.Location) trendWeeks {
	starts := make([]time.Time, TrendWeeks+1)
	for i := range starts {
		starts[i] = w.Add(i-TrendWeeks, loc).Start(loc)
	}
	return trendWeeks{loc: loc, starts: starts}
}

func (tw trendWeeks) from() time.Time { return tw.starts[0] }

// index returns the trend week t falls in, or -1 before the first.
func (tw trendWeeks) index(t time.Time) int {
	for i := TrendWeeks; i >= 0; i-- {
		if !t.Before(tw.starts[i]) {
			return i
		}
	}
	return -1
}

// weekVolume is what the volume counts say: messages per trend week, and
// the summarised week's in total, per community, platform and hour.
type weekVolume struct {
	trend       []int64
	total       int64
	byCommunity map[string]int64
	byPlatform  map[string]int64
	hours       [7][24]int64
}

func (tw trendWeeks) volume(vol []storage.VolumeRow) weekVolume {
	v := weekVolume{trend: make([]int64, TrendWeeks+1), byCommunity: map[string]int64{}, byPlatform: map[string]int64{}}
	for _, x := range vol {
		i := tw.index(x.Hour.In(tw.loc))
		if i < 0 {
			continue
		}
		v.trend[i] += x.Messages
		if i != TrendWeeks {
			continue
		}
		v.total += x.Messages
		v.byCommunity[x.Community] += x.Messages
		v.byPlatform[x.Platform] += x.Messages
		d, h := hourOfWeek(x.Hour.In(tw.loc))
		v.hours[d][h] += x.Messages
	}
	return v
}

// cases returns the summarised week's cases and the flags per trend week.
func (tw trendWeeks) cases(cases []storage.Case) (week []storage.Case, flags []counter) {
	flags = make([]counter, TrendWeeks+1)
	for _, c := range cases {
		i := tw.index(c.CreatedAt.In(tw.loc))
		if i < 0 {
			continue
		}
		if isFlag(c) {
			flags[i].add(c.Author)
		}
		if i == TrendWeeks {
			week = append(week, c)
		}
	}
	return week, flags
}

// trend sets the trend points and this week's change against the mean of
// the earlier weeks.
func (s *Summary) trend(msgs []int64, flags []counter, loc *time.Location) {
	for i := range msgs {
		s.Trend = append(s.Trend, TrendPoint{Week: s.Week.Add(i-TrendWeeks, loc), Messages: msgs[i], Flags: flags[i].count(), Per1000: per1000(flags[i].n, msgs[i])})
	}
	var earlierFlags int
	var earlierMsgs int64
	for _, p := range s.Trend[:TrendWeeks] {
		earlierFlags += p.Flags.N
		earlierMsgs += p.Messages
	}
	s.Change = math.NaN()
	if base := per1000(earlierFlags, earlierMsgs); base > 0 {
		s.Change = 100 * (s.Trend[TrendWeeks].Per1000 - base) / base
	}
}

// breakdowns sets the week's flags in total and by category, community,
// platform and hour of the week.
func (s *Summary) breakdowns(week []storage.Case, v weekVolume, loc *time.Location) {
	var totalFlags counter
	byCat, byCom, byPlat := map[string]*counter{}, map[string]*counter{}, map[string]*counter{}
	var hourFlags [7][24]counter
	get := func(m map[string]*counter, k string) *counter {
		if m[k] == nil {
			m[k] = &counter{}
		}
		return m[k]
	}
	for _, c := range week {
		if !isFlag(c) {
			continue
		}
		totalFlags.add(c.Author)
		get(byCat, string(c.Category)).add(c.Author)
		get(byCom, c.Community).add(c.Author)
		get(byPlat, c.Platform).add(c.Author)
		d, h := hourOfWeek(c.CreatedAt.In(loc))
		hourFlags[d][h].add(c.Author)
	}
	s.Total = Row{Key: "total", Messages: v.total, Flags: totalFlags.count(), Per1000: per1000(totalFlags.n, v.total)}
	s.ByCategory = rows(byCat, nil, v.total)
	s.ByCommunity = rows(byCom, v.byCommunity, 0)
	s.ByPlatform = rows(byPlat, v.byPlatform, 0)
	for d := range 7 {
		for h := range 24 {
			f := hourFlags[d][h]
			s.Hours[d][h] = HourCell{Messages: v.hours[d][h], Flags: f.count(), Per1000: per1000(f.n, v.hours[d][h])}
		}
	}
}

// userReports counts the week's cases members reported.
func userReports(week []storage.Case) Count {
	var reports counter
	for _, c := range week {
		if c.UserReported {
			reports.add(c.Author)
		}
	}
	return reports.count()
}

// isFlag reports whether c counts as a flag: the rules flagged it (a
// member's report they did not flag is no flag, and a case a model's
// second opinion opened alone is counted apart, in ModelOnly).
func isFlag(c storage.Case) bool {
	return c.Source != storage.SourceModel && (!c.UserReported || c.Verdict.Flagged)
}

// hourOfWeek returns the day (Monday 0) and hour of t in its location.
func hourOfWeek(t time.Time) (day, hour int) {
	return (int(t.Weekday()) + 6) % 7, t.Hour()
}

func per1000(flags int, messages int64) float64 {
	if messages <= 0 {
		return math.NaN()
	}
	return 1000 * float64(flags) / float64(messages)
}

// rows turns counters into rows, by flags descending then key; msgs gives
// each key's messages, or nil to divide every row by total.
func rows(flags map[string]*counter, msgs map[string]int64, total int64) []Row {
	keys := map[string]bool{}
	for k := range flags {
		keys[k] = true
	}
	for k := range msgs {
		keys[k] = true
	}
	var out []Row
	for k := range keys {
		r := Row{Key: k, Messages: total}
		if msgs != nil {
			r.Messages = msgs[k]
		}
		if f := flags[k]; f != nil {
			r.Flags = f.count()
		}
		r.Per1000 = per1000(r.Flags.N, r.Messages)
		out = append(out, r)
	}
	slices.SortFunc(out, func(a, b Row) int {
		return cmp.Or(cmp.Compare(b.Flags.N, a.Flags.N), cmp.Compare(b.Messages, a.Messages), cmp.Compare(a.Key, b.Key))
	})
	return out
}

func (s *Summary) times(week []storage.Case) {
	var claim, resp []time.Duration
	var claimA, respA, never counter
	var claimH, respH []counter
	claimH = make([]counter, len(HistogramBounds)+1)
	respH = make([]counter, len(HistogramBounds)+1)
	bucket := func(d time.Duration) int {
		for i, b := range HistogramBounds {
			if d <= b {
				return i
			}
		}
		return len(HistogramBounds)
	}
	for _, c := range week {
		if c.ClaimedAt.IsZero() {
			never.add(c.Author)
		} else {
			d := max(c.ClaimedAt.Sub(c.CreatedAt), 0)
			claim = append(claim, d)
			claimA.add(c.Author)
			claimH[bucket(d)].add(c.Author)
		}
		if !c.FirstResponseAt.IsZero() {
			d := max(c.FirstResponseAt.Sub(c.CreatedAt), 0)
			resp = append(resp, d)
			respA.add(c.Author)
			respH[bucket(d)].add(c.Author)
		}
	}
	dur := func(ds []time.Duration, a counter, h []counter) Durations {
		out := Durations{Cases: a.count(), Median: Percentile(ds, 0.5), P90: Percentile(ds, 0.9)}
		for _, c := range h {
			out.Histogram = append(out.Histogram, c.count())
		}
		return out
	}
	s.Claim, s.FirstResponse, s.NeverClaimed = dur(claim, claimA, claimH), dur(resp, respA, respH), never.count()
}

// Percentile returns the nearest-rank q-quantile of ds (0 if empty): the
// smallest value with at least q of the values at or below it.
func Percentile(ds []time.Duration, q float64) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	i := int(math.Ceil(q*float64(len(s)))) - 1
	return s[min(max(i, 0), len(s)-1)]
}

// outcomeOf returns the outcome code a case counts under.
func outcomeOf(c storage.Case) string {
	if c.Open() {
		return "open"
	}
	if c.Outcome != "" {
		return c.Outcome
	}
	switch c.State {
	case storage.StateResponded:
		return storage.OutcomeResponded
	case storage.StateDismissed:
		return storage.OutcomeDismissed
	case storage.StateEscalated:
		return storage.OutcomeEscalated
	case storage.StateDeleted:
		return storage.OutcomeDeleted
	}
	return storage.OutcomeHandled
}

func (s *Summary) outcomes(week []storage.Case) {
	m := map[string]*counter{}
	for _, c := range week {
		o := outcomeOf(c)
		if m[o] == nil {
			m[o] = &counter{}
		}
		m[o].add(c.Author)
	}
	for _, o := range Outcomes {
		var c Count
		if m[o] != nil {
			c = m[o].count()
			delete(m, o)
		}
		s.Outcomes = append(s.Outcomes, Outcome{o, c})
	}
	for _, o := range slices.Sorted(maps.Keys(m)) {
		s.Outcomes = append(s.Outcomes, Outcome{o, m[o].count()})
	}
}

func (s *Summary) rulesFP(week []storage.Case) {
	flagged, dismissed := map[string]*counter{}, map[string]*counter{}
	// A rule id can name the slur it finds ("da.slur.perker"): it is shown
	// masked as prompts mask it, by the slurs of a case it flagged.
	shown := map[string]string{}
	for _, c := range week {
		for _, r := range slices.Compact(slices.Sorted(slices.Values(c.Rules))) {
			if flagged[r] == nil {
				flagged[r], dismissed[r] = &counter{}, &counter{}
				shown[r] = r
			}
			if shown[r] == r {
				shown[r] = bot.Masked(bot.RuleSegments(r, c.Verdict))
			}
			flagged[r].add(c.Author)
			if outcomeOf(c) == storage.OutcomeDismissed {
				dismissed[r].add(c.Author)
			}
		}
	}
	for r, f := range flagged {
		d := dismissed[r]
		s.RuleFP = append(s.RuleFP, RuleFP{Rule: shown[r], Flagged: f.count(), Dismissed: d.count(), Rate: float64(d.n) / float64(f.n)})
	}
	slices.SortFunc(s.RuleFP, func(a, b RuleFP) int {
		return cmp.Or(cmp.Compare(b.Rate, a.Rate), cmp.Compare(b.Flagged.N, a.Flagged.N), cmp.Compare(a.Rule, b.Rule))
	})
}

func (s *Summary) templates(week []storage.Case, now time.Time, tone func(string) string) {
	type acc struct{ sent, pending, again counter }
	byT, byTone := map[string]*acc{}, map[string]*acc{}
	toneOf := map[string]string{}
	for _, c := range week {
		if c.Template == "" {
			continue
		}
		t := ""
		if tone != nil {
			t = tone(c.Template)
		}
		if t == "" {
			t = "unknown"
		}
		toneOf[c.Template] = t
		if byT[c.Template] == nil {
			byT[c.Template] = &acc{}
		}
		if byTone[t] == nil {
			byTone[t] = &acc{}
		}
		for _, a := range []*acc{byT[c.Template], byTone[t]} {
			a.sent.add(c.Author)
			switch {
			case c.FlaggedAgain:
				a.again.add(c.Author)
			case c.FollowUpUntil.After(now):
				a.pending.add(c.Author)
			}
		}
	}
	use := func(m map[string]*acc, template bool) []TemplateUse {
		var out []TemplateUse
		for k, a := range m {
			u := TemplateUse{Tone: k, Sent: a.sent.count(), Pending: a.pending.count(), FlaggedAgain: a.again.count(), Share: math.NaN()}
			if template {
				u.Template, u.Tone = k, toneOf[k]
			}
			if decided := a.sent.n - a.pending.n; decided > 0 {
				u.Share = float64(a.again.n) / float64(decided)
			}
			out = append(out, u)
		}
		slices.SortFunc(out, func(a, b TemplateUse) int {
			return cmp.Or(cmp.Compare(b.Sent.N, a.Sent.N), cmp.Compare(a.Template, b.Template), cmp.Compare(a.Tone, b.Tone))
		})
		return out
	}
	s.Templates, s.Tones = use(byT, true), use(byTone, false)
}

func (s *Summary) volunteers(week []storage.Case) {
	cases, responded := map[string]*counter{}, map[string]*counter{}
	for _, c := range week {
		if c.Owner == "" {
			continue
		}
		if cases[c.Owner] == nil {
			cases[c.Owner], responded[c.Owner] = &counter{}, &counter{}
		}
		cases[c.Owner].add(c.Author)
		if outcomeOf(c) == storage.OutcomeResponded {
			responded[c.Owner].add(c.Author)
		}
	}
	owners := slices.Collect(maps.Keys(cases))
	slices.SortFunc(owners, func(a, b string) int {
		return cmp.Or(cmp.Compare(cases[b].n, cases[a].n), cmp.Compare(a, b))
	})
	s.labels = map[string]string{}
	for i, o := range owners {
		s.labels[o] = "moderator " + label(i)
		s.Volunteers = append(s.Volunteers, Load{Moderator: s.labels[o], Cases: cases[o].count(), Responded: responded[o].count()})
	}
}

// label returns A, B, ..., Z, AA, AB, ... for 0, 1, ...
func label(i int) string {
	s := ""
	for i++; i > 0; i = (i - 1) / 26 {
		s = string(rune('A'+(i-1)%26)) + s
	}
	return s
}
