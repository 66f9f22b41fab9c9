package report

import (
	"cmp"
	"context"
	"fmt"
	"maps"
	"slices"
	"sort"
	"time"

	"github.com/trygbot/trygbot/bot"
	"github.com/trygbot/trygbot/rules"
	"github.com/trygbot/trygbot/storage"
	"github.com/trygbot/trygbot/templates"
)

// TrialSettings configure the template trials table (config's trials:
// block).
type TrialSettings struct {
	// Weeks of cases the table covers, ending with the summarised week.
	// 0 leaves the table out of a summary.
	Weeks int
	// MinCases: an arm (a template, a tone, the replies, or the cases
	// without one) with fewer cases whose outcome is known reads "not
	// enough data" instead of a rate; a difference needs both sides to
	// have as many.
	MinCases int
	// DeletePlatforms are the platforms whose adapters report deleted
	// messages; cases elsewhere do not count toward the deletion
	// outcome. Nil means DeletePlatforms().
	DeletePlatforms []string
}

// DefaultTrials are the trial table's defaults: twelve weeks, twenty cases.
func DefaultTrials() TrialSettings { return TrialSettings{Weeks: 12, MinCases: 20} }

// DeletePlatforms lists the platforms whose adapters report deleted
// messages to the bot: Discord (MESSAGE_DELETE). Telegram does not tell
// bots about deletions, and the console, replay and ingest adapters have
// none to report.
func DeletePlatforms() []string { return []string{"discord"} }

// TrialOutcome is one outcome the trials measure, within Window after the
// reference time (the reply, or for cases without one, the claim or the
// flag).
type TrialOutcome struct {
	Key    string        `json:"key"`
	Label  string        `json:"label"`
	Window time.Duration `json:"window"`
}

// Trial outcome keys.
const (
	TrialRepeat24h = "repeat_24h"
	TrialRepeat7d  = "repeat_7d"
	TrialRepeat28d = "repeat_28d"
	TrialDeleted   = "deleted_24h"
	TrialThread    = "thread_flag_1h"
)

// TrialOutcomes lists the outcomes in the order tables show them.
func TrialOutcomes() []TrialOutcome {
	day := 24 * time.Hour
	return []TrialOutcome{
		{TrialRepeat24h, "Author flagged again within 24 h", day},
		{TrialRepeat7d, "Author flagged again within 7 days", 7 * day},
		{TrialRepeat28d, "Author flagged again within 28 days", 28 * day},
		{TrialDeleted, "Message deleted within 24 h", day},
		{TrialThread, "More flags in the channel within 1 h", time.Hour},
	}
}

// Kinds of trial arms.
const (
	ArmReplies  = "all replies" // every case a template was sent on
	ArmTemplate = "template"    // one template
	ArmTone     = "tone"        // one tone
	ArmNoReply  = "no reply"    // the comparison group: handled elsewhere, or expired
)

// TrialArm is one row group of a category: its cells, one per outcome.
type TrialArm struct {
	Kind     string      `json:"kind"`
	Template string      `json:"template,omitempty"`
	Tone     string      `json:"tone,omitempty"`
	Cells    []TrialCell `json:"cells"` // in TrialOutcomes order
}

// TrialCell is one arm's result on one outcome.
type TrialCell struct {
	// Cases: cases whose outcome is known (its window has passed).
	Cases Count `json:"cases"`
	// Pending: cases whose window is still open; they are left out.
	Pending Count `json:"pending"`
	// Events: of Cases, those where the outcome happened.
	Events Count `json:"events"`
	// Enough: Cases reached the minimum (TrialSettings.MinCases).
	Enough bool `json:"enough"`
	// Rate is Events/Cases with its Wilson interval.
	Rate Interval `json:"rate"`
	// VsMean, for a template or a tone: its rate minus the rate of all
	// replies of the category, with a 95% interval (Newcombe's against
	// the category's other replies, scaled; see trialCell).
	VsMean Interval `json:"vs_mean"`
	// VsNoReply: the rate minus the rate of the category's cases without
	// a reply, with Newcombe's hybrid score interval.
	VsNoReply Interval `json:"vs_no_reply"`
}

// TrialCategory is one category's arms, in one language: all replies,
// each template, each tone, no reply.
type TrialCategory struct {
	// Category names the category and the language ("slur (da)").
	Category string     `json:"category"`
	Arms     []TrialArm `json:"arms"`
}

// Trials is the template trials table.
type Trials struct {
	// Cases created in [From, Until) are in the trial; their outcomes are
	// as known at Now.
	From     time.Time `json:"from"`
	Until    time.Time `json:"until"`
	Now      time.Time `json:"now"`
	Location string    `json:"location"`
	MinCases int       `json:"min_cases"`
	MinGroup int       `json:"min_group"`
	// DeletePlatforms are the platforms the deletion outcome counts.
	DeletePlatforms []string        `json:"delete_platforms"`
	Outcomes        []TrialOutcome  `json:"outcomes"`
	Categories      []TrialCategory `json:"categories"`
	// Position counts replies by where the template sent stood among
	// those offered: Position[0] the first offered.
	Position []Count `json:"position"`
	// Randomised and Pinned count replies by their case's offer order;
	// Unrecorded those made before offers were recorded.
	Randomised Count `json:"randomised"`
	Pinned     Count `json:"pinned"`
	Unrecorded Count `json:"unrecorded"`
}

// TrialOptions select the cases of a trials table and how it is built.
type TrialOptions struct {
	// From and Until bound the cases' creation: From <= CreatedAt < Until.
	From, Until time.Time
	// Now is the clock outcomes are known by (time.Now).
	Now      func() time.Time
	Location *time.Location
	Settings TrialSettings
	// MinGroup: counts describing fewer distinct authors read "< N" (3).
	MinGroup int
	// Tone returns a template's tone by id, for replies sent before the
	// tone was recorded with the case.
	Tone func(templateID string) string
	// Communities, when not nil, limits the table to these communities.
	Communities []string
	// Progress, if set, is called as cases are analysed.
	Progress func(done, total int)
}

// BuildTrials computes the template trials table from store. Every
// number comes from the cases: which template and tone was sent (or none),
// when, and the later cases of the same author (by pseudonym) and channel.
func BuildTrials(ctx context.Context, store storage.Store, opt TrialOptions) (*Trials, error) {
	if opt.Now == nil {
		opt.Now = time.Now
	}
	if opt.Location == nil {
		opt.Location = time.UTC
	}
	if opt.MinGroup <= 0 {
		opt.MinGroup = 3
	}
	set := opt.Settings
	if set.MinCases <= 0 {
		set.MinCases = DefaultTrials().MinCases
	}
	if set.DeletePlatforms == nil {
		set.DeletePlatforms = DeletePlatforms()
	}
	// Later cases count as outcomes up to 28 days on: read them all.
	cases, err := store.ListCases(ctx, storage.CaseQuery{Since: opt.From.UTC()})
	if err != nil {
		return nil, fmt.Errorf("report: trials: %w", err)
	}
	if opt.Communities != nil {
		cases = slices.DeleteFunc(cases, func(c storage.Case) bool { return !slices.Contains(opt.Communities, c.Community) })
	}
	t := &Trials{From: opt.From, Until: opt.Until, Now: opt.Now(), Location: opt.Location.String(), MinCases: set.MinCases,
		MinGroup: opt.MinGroup, DeletePlatforms: set.DeletePlatforms, Outcomes: TrialOutcomes()}
	b := &trialBuilder{t: t, idx: newFlagIndex(cases), tone: opt.Tone, cats: map[string]*catAcc{}}
	for i, c := range cases {
		if opt.Progress != nil && i%256 == 0 {
			opt.Progress(i, len(cases))
		}
		if !c.CreatedAt.Before(opt.Until) || c.CreatedAt.Before(opt.From) {
			continue
		}
		b.add(c)
	}
	if opt.Progress != nil {
		opt.Progress(len(cases), len(cases))
	}
	b.finish()
	return t, nil
}

// flagAt is a later case that counts as a flag: when, and which.
type flagAt struct {
	at time.Time
	id storage.CaseID
}

// flagIndex finds flags by author and by channel, each list in time order.
type flagIndex struct {
	byAuthor  map[rules.UserID][]flagAt
	byChannel map[string][]flagAt
}

// countsAsFlag reports whether a case is a flag an outcome counts: a
// flagged message (not only a member's report), not dismissed as not
// hate, not recorded in shadow mode (rules being tried out).
func countsAsFlag(c storage.Case) bool {
	return isFlag(c) && outcomeOf(c) != storage.OutcomeDismissed && !slices.Contains(c.Signals, bot.SignalShadow)
}

func channelKey(c storage.Case) string { return c.Platform + "\x00" + c.Community + "\x00" + c.Channel }

func newFlagIndex(cases []storage.Case) *flagIndex {
	x := &flagIndex{byAuthor: map[rules.UserID][]flagAt{}, byChannel: map[string][]flagAt{}}
	for _, c := range cases {
		if !countsAsFlag(c) {
			continue
		}
		f := flagAt{c.CreatedAt, c.ID}
		x.byAuthor[c.Author] = append(x.byAuthor[c.Author], f)
		x.byChannel[channelKey(c)] = append(x.byChannel[channelKey(c)], f)
	}
	for _, l := range x.byChannel {
		sortFlags(l)
	}
	for _, l := range x.byAuthor {
		sortFlags(l)
	}
	return x
}

func sortFlags(l []flagAt) {
	slices.SortFunc(l, func(a, b flagAt) int { return cmp.Or(a.at.Compare(b.at), cmp.Compare(a.id, b.id)) })
}

// anyFlag reports whether l has a flag other than case self in (after, until].
func anyFlag(l []flagAt, self storage.CaseID, after, until time.Time) bool {
	i := sort.Search(len(l), func(i int) bool { return l[i].at.After(after) })
	for ; i < len(l) && !l[i].at.After(until); i++ {
		if l[i].id != self {
			return true
		}
	}
	return false
}

// cellAcc accumulates one arm's cell.
type cellAcc struct{ cases, pending, events counter }

// armAcc accumulates one arm: a cell per outcome.
type armAcc struct{ cells []cellAcc }

func newArm() *armAcc { return &armAcc{cells: make([]cellAcc, len(TrialOutcomes()))} }

// catAcc accumulates one category.
type catAcc struct {
	replies, none *armAcc
	templates     map[string]*armAcc
	tones         map[string]*armAcc
	toneOf        map[string]string
}

type trialBuilder struct {
	t    *Trials
	idx  *flagIndex
	tone func(string) string
	cats map[string]*catAcc
	// position counts replies by the place of the template sent in the
	// offer; randomised, pinned and unrecorded by the offer's order.
	position                       []counter
	randomised, pinned, unrecorded counter
}

// trialCategory is the group a case is compared within: its category and
// language ("slur (da)"), since a volunteer is only ever offered the
// templates of their community's language.
func trialCategory(c storage.Case) string {
	cat := string(c.Category)
	if cat == "" {
		cat = "member report"
	}
	if c.Lang == "" {
		return cat
	}
	return cat + " (" + c.Lang + ")"
}

// add files one case of the trial period under its arms: a reply (its
// template and tone), or the comparison group (no reply: handled
// elsewhere, or expired), or neither (dismissed, escalated, deleted by a
// moderator, still open, shadow mode).
func (b *trialBuilder) add(c storage.Case) {
	if slices.Contains(c.Signals, bot.SignalShadow) {
		return
	}
	key := trialCategory(c)
	cat := b.cats[key]
	if cat == nil {
		cat = &catAcc{replies: newArm(), none: newArm(), templates: map[string]*armAcc{}, tones: map[string]*armAcc{}, toneOf: map[string]string{}}
	}
	var arms []*armAcc
	var t0 time.Time
	switch o := outcomeOf(c); {
	case c.Template != "":
		tone := cmp.Or(c.Tone, b.toneOf(c.Template), "unknown")
		cat.toneOf[c.Template] = tone
		if cat.templates[c.Template] == nil {
			cat.templates[c.Template] = newArm()
		}
		if cat.tones[tone] == nil {
			cat.tones[tone] = newArm()
		}
		arms = []*armAcc{cat.replies, cat.templates[c.Template], cat.tones[tone]}
		t0 = firstSet(c.FirstResponseAt, c.ClaimedAt, c.CreatedAt)
		b.offer(c)
	case o == storage.OutcomeExpired || o == storage.OutcomeHandled:
		arms = []*armAcc{cat.none}
		t0 = firstSet(c.ClaimedAt, c.CreatedAt)
	default:
		return
	}
	b.cats[key] = cat
	for i, out := range b.t.Outcomes {
		applies, decided, event := b.outcome(c, out, t0)
		if !applies {
			continue
		}
		for _, a := range arms {
			cell := &a.cells[i]
			switch {
			case !decided:
				cell.pending.add(c.Author)
			default:
				cell.cases.add(c.Author)
				if event {
					cell.events.add(c.Author)
				}
			}
		}
	}
}

func (b *trialBuilder) toneOf(id string) string {
	if b.tone == nil {
		return ""
	}
	return b.tone(id)
}

// offer counts where the reply sent stood in the offer, and how the
// offer was ordered.
func (b *trialBuilder) offer(c storage.Case) {
	switch {
	case len(c.Offer.Tones) == 0:
		b.unrecorded.add(c.Author)
	case c.Offer.Randomised():
		b.randomised.add(c.Author)
	default:
		b.pinned.add(c.Author)
	}
	pos := slices.Index(c.Suggested, c.Template)
	if pos < 0 {
		return
	}
	for len(b.position) <= pos {
		b.position = append(b.position, counter{})
	}
	b.position[pos].add(c.Author)
}

func firstSet(ts ...time.Time) time.Time {
	for _, t := range ts {
		if !t.IsZero() {
			return t
		}
	}
	return time.Time{}
}

// outcome says whether out applies to c (the deletion outcome needs a
// platform that reports deletions, and a message not deleted before t0),
// whether its window has passed by Now, and whether it happened.
func (b *trialBuilder) outcome(c storage.Case, out TrialOutcome, t0 time.Time) (applies, decided, event bool) {
	until := t0.Add(out.Window)
	decided = !until.After(b.t.Now)
	switch out.Key {
	case TrialRepeat24h, TrialRepeat7d, TrialRepeat28d:
		return true, decided, decided && anyFlag(b.idx.byAuthor[c.Author], c.ID, t0, until)
	case TrialThread:
		return true, decided, decided && anyFlag(b.idx.byChannel[channelKey(c)], c.ID, t0, until)
	case TrialDeleted:
		if !slices.Contains(b.t.DeletePlatforms, c.Platform) || (!c.DeletedAt.IsZero() && c.DeletedAt.Before(t0)) {
			return false, false, false
		}
		happened := !c.DeletedAt.IsZero() && !c.DeletedAt.After(until)
		// A deletion seen already decides the case before the window ends.
		return true, decided || happened, happened
	}
	return false, false, false
}

// finish turns the accumulated counts into the table's categories.
func (b *trialBuilder) finish() {
	for _, p := range b.position {
		b.t.Position = append(b.t.Position, p.count())
	}
	b.t.Randomised, b.t.Pinned, b.t.Unrecorded = b.randomised.count(), b.pinned.count(), b.unrecorded.count()
	for _, key := range slices.Sorted(maps.Keys(b.cats)) {
		cat := b.cats[key]
		tc := TrialCategory{Category: key}
		tc.Arms = append(tc.Arms, b.arm(ArmReplies, "", "", cat.replies, nil, cat.none))
		for _, id := range slices.Sorted(maps.Keys(cat.templates)) {
			tc.Arms = append(tc.Arms, b.arm(ArmTemplate, id, cat.toneOf[id], cat.templates[id], cat.replies, cat.none))
		}
		for _, tone := range sortedTones(slices.Collect(maps.Keys(cat.tones))) {
			tc.Arms = append(tc.Arms, b.arm(ArmTone, "", tone, cat.tones[tone], cat.replies, cat.none))
		}
		tc.Arms = append(tc.Arms, b.arm(ArmNoReply, "", "", cat.none, nil, nil))
		b.t.Categories = append(b.t.Categories, tc)
	}
}

// sortedTones orders tones as templates.Tones does, unknown ones last.
func sortedTones(ts []string) []string {
	rank := func(t string) int {
		if i := slices.Index(templates.Tones, templates.Tone(t)); i >= 0 {
			return i
		}
		return len(templates.Tones)
	}
	slices.SortFunc(ts, func(a, b string) int { return cmp.Or(cmp.Compare(rank(a), rank(b)), cmp.Compare(a, b)) })
	return ts
}

// arm computes an arm's cells: all is the category's replies (for the
// difference to their mean; nil for none), none its cases without a reply
// (nil for none).
func (b *trialBuilder) arm(kind, template, tone string, a, all, none *armAcc) TrialArm {
	out := TrialArm{Kind: kind, Template: template, Tone: tone}
	for i := range a.cells {
		var allCell, noneCell *cellAcc
		if all != nil {
			allCell = &all.cells[i]
		}
		if none != nil {
			noneCell = &none.cells[i]
		}
		out.Cells = append(out.Cells, trialCell(&a.cells[i], allCell, noneCell, b.t.MinCases))
	}
	return out
}

// trialCell computes one cell's rate and differences.
//
// The difference to the category mean is p - p̄, where p̄ is the rate of
// all the category's replies, this arm's included. The arm and the rest of
// the replies are independent groups: with w = n/N (the arm's share of
// the replies) p̄ = w·p + (1-w)·p_rest, so p - p̄ = (1-w)·(p - p_rest), and
// its interval is Newcombe's interval for p - p_rest scaled by (1-w).
// Both the arm and the rest need min cases; so does the group without a
// reply for the difference to it.
func trialCell(a, all, none *cellAcc, min int) TrialCell {
	n, x := a.cases.n, a.events.n
	c := TrialCell{Cases: a.cases.count(), Pending: a.pending.count(), Events: a.events.count(), Enough: n >= min,
		Rate: Wilson(x, n), VsMean: noInterval, VsNoReply: noInterval}
	if !c.Enough {
		return c
	}
	if all != nil {
		nr, xr := all.cases.n-n, all.events.n-x
		if nr >= min {
			c.VsMean = Newcombe(x, n, xr, nr).scale(float64(nr) / float64(n+nr))
		}
	}
	if none != nil && none.cases.n >= min {
		c.VsNoReply = Newcombe(x, n, none.events.n, none.cases.n)
	}
	return c
}

// trialOptions are the trial table's options for the summary of week w,
// whose cases end before until: the settings' weeks up to and including
// w.
func (opt Options) trialOptions(w Week, until time.Time) TrialOptions {
	return TrialOptions{From: w.Add(1-opt.Trials.Weeks, opt.Location).Start(opt.Location), Until: until, Now: opt.Now,
		Location: opt.Location, Settings: opt.Trials, MinGroup: opt.MinGroup, Tone: opt.Tone, Communities: opt.Communities,
		Progress: opt.Progress}
}

// BuildTrials computes the trials table alone, for week (this week so far
// when zero) and the settings' weeks before it; zero settings take
// DefaultTrials.
func (src Source) BuildTrials(ctx context.Context, week Week) (*Trials, error) {
	opt := src.Options.withDefaults()
	if opt.Trials.Weeks <= 0 {
		opt.Trials.Weeks = DefaultTrials().Weeks
	}
	opt.Week = week
	s, err := newSummary(opt, opt.Now().In(opt.Location))
	if err != nil {
		return nil, err
	}
	return BuildTrials(ctx, src.Store, opt.trialOptions(s.Week, s.Until))
}
