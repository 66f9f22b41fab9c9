package report

import (
	"encoding/csv"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"time"
)

// trialsNote heads the trials section: what the table is and how far to
// trust it. The README's "Template trials" says more.
const trialsNote = "Each template and tone against the other replies of its category, and every reply against the cases " +
	"without one (handled elsewhere, or expired). Rates with Wilson 95% intervals; differences in percentage points " +
	"with Newcombe's hybrid score 95% intervals. Observational: the offer order is random per case, but which reply a " +
	"volunteer sends, and which cases get none, is their choice. Many rows are compared at once, so some intervals " +
	"miss zero by chance. Repeat flags count only what the rules detect. See the README, \"Template trials\"."

// privacy is a Summary that only knows the smallest group, for its
// count and hiding helpers.
func (t *Trials) privacy() *Summary { return &Summary{MinGroup: t.MinGroup} }

// hiddenCell reports whether a cell's rate describes too few authors to
// show: its cases or its events. (Pending reads "< N" on its own.)
func (t *Trials) hiddenCell(c TrialCell) bool {
	pv := t.privacy()
	return pv.suppressed(c.Cases) || pv.suppressed(c.Events)
}

// armName is how a table names an arm.
func armName(a TrialArm) string {
	switch a.Kind {
	case ArmTemplate:
		return a.Template
	case ArmTone:
		return "tone: " + a.Tone
	}
	return a.Kind
}

// armTone is the tone column: a template's tone.
func armTone(a TrialArm) string {
	if a.Kind == ArmTemplate {
		return a.Tone
	}
	return ""
}

// shown reports whether an arm has anything to show on an outcome.
func shown(c TrialCell) bool { return c.Cases.N+c.Pending.N > 0 }

func pct(f float64) string { return strconv.FormatFloat(100*f, 'f', 0, 64) + "%" }

func pts(f float64) string { return fmt.Sprintf("%+.1f", 100*f) }

// rateText renders a cell's rate with its interval.
func (t *Trials) rateText(c TrialCell) string {
	switch {
	case t.hiddenCell(c):
		return t.privacy().hidden()
	case c.Cases.N == 0:
		return "–"
	case !c.Enough:
		return "not enough data"
	}
	return fmt.Sprintf("%s (%s–%s)", pct(c.Rate.Est), strconv.FormatFloat(100*c.Rate.Lo, 'f', 0, 64), pct(c.Rate.Hi))
}

// diffText renders a difference with its interval; applies says whether
// the arm has that comparison at all.
func (t *Trials) diffText(c TrialCell, d Interval, applies bool) string {
	switch {
	case !applies:
		return ""
	case t.hiddenCell(c):
		return t.privacy().hidden()
	case c.Cases.N == 0:
		return "–"
	case !d.OK():
		return "not enough data"
	}
	return fmt.Sprintf("%s pts (%s to %s)", pts(d.Est), pts(d.Lo), pts(d.Hi))
}

// tables are the trials section as the Markdown and HTML renderings show
// it: one table per outcome, then where the replies sent stood in the
// offer.
func (t *Trials) tables() []table {
	pv := t.privacy()
	var ts []table
	for i, out := range t.Outcomes {
		tb := table{section: "trials_" + out.Key, title: "Template trials: " + strings.ToLower(out.Label[:1]) + out.Label[1:],
			header: []string{"category", "arm", "tone", "cases", "pending", "events", "rate (95% CI)", "vs category mean (95% CI)", "vs no reply (95% CI)"},
			left:   3}
		if i == 0 {
			tb.note = trialsNote + " " + t.period()
		}
		if out.Key == TrialDeleted {
			tb.note = "Only cases on platforms that report deleted messages (" + strings.Join(t.DeletePlatforms, ", ") +
				"); whoever deleted it (the author, a moderator, another bot)."
		}
		for _, cat := range t.Categories {
			for _, a := range cat.Arms {
				c := a.Cells[i]
				if !shown(c) {
					continue
				}
				tb.rows = append(tb.rows, []string{cat.Category, armName(a), armTone(a), pv.count(c.Cases), pv.count(c.Pending), pv.count(c.Events),
					t.rateText(c), t.diffText(c, c.VsMean, a.Kind == ArmTemplate || a.Kind == ArmTone),
					t.diffText(c, c.VsNoReply, a.Kind != ArmNoReply)})
			}
		}
		ts = append(ts, tb)
	}
	return append(ts, t.positionTable())
}

// positionTable says which offered reply volunteers sent, and how offers
// were ordered.
func (t *Trials) positionTable() table {
	pv := t.privacy()
	tb := table{section: "trials_offer", title: "Template trials: which offered reply was sent", header: []string{"replies", "cases"},
		note: "Replies by the place of the template sent among those offered, and by how the offer was ordered: random per case, " +
			"or pinned by the community (template_order). A strong lean to the first place means the order, not the template, drives the choice."}
	for i, c := range t.Position {
		tb.rows = append(tb.rows, []string{ordinal(i+1) + " offered", pv.count(c)})
	}
	tb.rows = append(tb.rows, []string{"offer order random", pv.count(t.Randomised)}, []string{"offer order pinned", pv.count(t.Pinned)})
	if t.Unrecorded.N > 0 {
		tb.rows = append(tb.rows, []string{"offer not recorded (older cases)", pv.count(t.Unrecorded)})
	}
	return tb
}

func ordinal(n int) string {
	switch n {
	case 1:
		return "1st"
	case 2:
		return "2nd"
	case 3:
		return "3rd"
	}
	return strconv.Itoa(n) + "th"
}

func (t *Trials) period() string {
	last := t.Until.Add(-time.Nanosecond)
	return fmt.Sprintf("Cases created %s – %s (%s), outcomes as known on %s; at least %d cases per rate.",
		t.From.Format("Mon 2 Jan 2006"), last.Format("Mon 2 Jan 2006"), t.Location, t.Now.Format("Mon 2 Jan 2006 15:04"), t.MinCases)
}

// csvTables are the trials section for CSV: one long table, a row per
// outcome, category and arm, with proportions and bounds in their own
// columns (numbers, unescaped), then the offer table.
func (t *Trials) csvTables() []table {
	pv := t.privacy()
	tb := table{section: "trials", header: []string{"outcome", "category", "arm", "template", "tone", "cases", "pending", "events",
		"rate", "rate_lo", "rate_hi", "vs_mean", "vs_mean_lo", "vs_mean_hi", "vs_no_reply", "vs_no_reply_lo", "vs_no_reply_hi", "note"},
		raw: []int{8, 9, 10, 11, 12, 13, 14, 15, 16}}
	num := func(iv Interval) []string {
		if !iv.OK() {
			return []string{"", "", ""}
		}
		f := func(v float64) string { return strconv.FormatFloat(v, 'f', 4, 64) }
		return []string{f(iv.Est), f(iv.Lo), f(iv.Hi)}
	}
	for i, out := range t.Outcomes {
		for _, cat := range t.Categories {
			for _, a := range cat.Arms {
				c := a.Cells[i]
				if !shown(c) {
					continue
				}
				row := []string{out.Key, cat.Category, a.Kind, a.Template, a.Tone, pv.count(c.Cases), pv.count(c.Pending), pv.count(c.Events)}
				note := ""
				switch {
				case t.hiddenCell(c):
					note = "suppressed: fewer than " + strconv.Itoa(t.MinGroup) + " authors"
					row = append(row, make([]string, 9)...)
				case c.Cases.N > 0 && !c.Enough:
					note = "not enough data"
					row = append(row, make([]string, 9)...)
				default:
					rate := c.Rate
					if c.Cases.N == 0 {
						rate = noInterval
					}
					row = append(append(append(row, num(rate)...), num(c.VsMean)...), num(c.VsNoReply)...)
				}
				tb.rows = append(tb.rows, append(row, note))
			}
		}
	}
	pos := t.positionTable()
	pos.section = "trials_offer"
	return []table{tb, pos}
}

// Markdown writes the trials table alone, as `trygbot report --trials`
// prints it.
func (t *Trials) Markdown(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "# Template trials\n\nCells describing fewer than %d authors read \"%s\".\n", t.MinGroup, t.privacy().hidden())
	writeMarkdownTables(&b, t.tables())
	_, err := io.WriteString(w, b.String())
	return err
}

// CSV writes the trials table alone as CSV.
func (t *Trials) CSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	writeCSVTables(cw, t.csvTables())
	cw.Flush()
	return cw.Error()
}

// HTML writes the trials table alone as one self-contained page.
func (t *Trials) HTML(w io.Writer) error {
	return htmlTemplate.ExecuteTemplate(w, "trialsPage", t.view())
}

// forestRow is one row of a forest plot: a difference and its interval.
type forestRow struct {
	Label, Value string
	Y            int
	X, Lo, Hi    float64
}

// forest is one outcome's chart of each template's and tone's difference
// to its category's mean.
type forest struct {
	Title string
	Rows  []forestRow
	H     int
	// Zero is the x of no difference; Left and Right label the axis ends.
	Zero        float64
	Left, Right string
	// X0 and X1 bound the plot; labels stand left of X0.
	X0, X1 float64
}

// clip shortens a label to n characters, marking the cut.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// trialsView is the trials section for the HTML templates.
type trialsView struct {
	Period, Note, Hidden string
	MinGroup, MinCases   int
	Charts               []forest
	Tables               []htmlTable
}

// Forest plot geometry: labels left of plotX0, the plot from plotX0 to
// plotX1.
const (
	plotX0 = 300.0
	plotX1 = 630.0
)

func (t *Trials) view() *trialsView {
	if t == nil {
		return nil
	}
	v := &trialsView{Period: t.period(), Note: trialsNote, Hidden: t.privacy().hidden(), MinGroup: t.MinGroup, MinCases: t.MinCases}
	for _, tb := range t.tables() {
		v.Tables = append(v.Tables, htmlTable{Title: tb.title, Note: tb.note, Header: tb.header, Rows: tb.rows})
	}
	for i, out := range t.Outcomes {
		v.Charts = append(v.Charts, t.forest(i, out))
	}
	return v
}

// forest draws outcome i's differences to the category mean, for the
// templates and tones with enough data and shown cells.
func (t *Trials) forest(i int, out TrialOutcome) forest {
	f := forest{Title: out.Label + ": difference to the category mean, percentage points, 95% CI"}
	type row struct {
		label string
		d     Interval
	}
	var rows []row
	span := 0.05
	for _, cat := range t.Categories {
		for _, a := range cat.Arms {
			c := a.Cells[i]
			if (a.Kind != ArmTemplate && a.Kind != ArmTone) || t.hiddenCell(c) || !c.VsMean.OK() {
				continue
			}
			label := a.Template
			if a.Kind == ArmTone {
				label = cat.Category + " · " + a.Tone
			}
			rows = append(rows, row{clip(label, 46), c.VsMean})
			span = max(span, math.Abs(c.VsMean.Lo), math.Abs(c.VsMean.Hi))
		}
	}
	x := func(v float64) float64 { return (plotX0+plotX1)/2 + (plotX1-plotX0)/2*v/span }
	f.Zero, f.Left, f.Right, f.X0, f.X1 = x(0), pts(-span), pts(span), plotX0, plotX1
	for j, r := range rows {
		f.Rows = append(f.Rows, forestRow{Label: r.label, Value: pts(r.d.Est), Y: 30 + 24*j, X: x(r.d.Est), Lo: x(r.d.Lo), Hi: x(r.d.Hi)})
	}
	f.H = 50 + 24*len(rows)
	return f
}
