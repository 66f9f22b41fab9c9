package report

import (
	"encoding/csv"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// Days names the rows of the hour-of-week grid.
var Days = []string{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}

// suppressed reports whether c describes too few authors to show.
func (s *Summary) suppressed(c Count) bool { return c.N > 0 && c.Authors < s.MinGroup }

// hidden is what a suppressed cell reads.
func (s *Summary) hidden() string { return "< " + strconv.Itoa(s.MinGroup) }

// count renders a count, or "< N".
func (s *Summary) count(c Count) string {
	if s.suppressed(c) {
		return s.hidden()
	}
	return strconv.Itoa(c.N)
}

// rate renders flags per 1,000 messages; it is hidden with its count.
func (s *Summary) rate(c Count, per1000 float64) string {
	switch {
	case s.suppressed(c):
		return s.hidden()
	case math.IsNaN(per1000):
		return "–"
	}
	return strconv.FormatFloat(per1000, 'f', 1, 64)
}

// share renders num/den as a percentage, hidden when either is.
func (s *Summary) share(num, den Count, f float64) string {
	switch {
	case s.suppressed(num) || s.suppressed(den):
		return s.hidden()
	case math.IsNaN(f):
		return "–"
	}
	return strconv.FormatFloat(100*f, 'f', 0, 64) + "%"
}

// dur renders a duration of d's cases, hidden with them.
func (s *Summary) dur(c Count, d time.Duration) string {
	switch {
	case s.suppressed(c):
		return s.hidden()
	case c.N == 0:
		return "–"
	}
	return FormatDuration(d)
}

// FormatDuration renders d as 45s, 12m or 1h05m.
func FormatDuration(d time.Duration) string {
	if d < time.Minute {
		return fmt.Sprintf("%ds", int(d.Seconds()))
	}
	d = d.Round(time.Minute)
	if d < time.Hour {
		return fmt.Sprintf("%dm", int(d.Minutes()))
	}
	return fmt.Sprintf("%dh%02dm", int(d.Hours()), int(d.Minutes())%60)
}

// table is one section of the summary, shared by every rendering.
type table struct {
	section string // CSV section name
	title   string
	note    string
	header  []string
	rows    [][]string
	// left is how many leading columns hold text (aligned left in
	// Markdown); the rest are numbers.
	left int
	// user are the columns whose text comes from chat users (a flagged
	// message), which Markdown shows escaped.
	user []int
	// raw are the columns CSV writes as they are: numbers the program
	// formatted, which a leading '-' does not make a formula.
	raw []int
}

func (s *Summary) period() string {
	last := s.Until.Add(-time.Nanosecond)
	p := fmt.Sprintf("%s – %s (%s)", s.From.Format("Mon 2 Jan 2006"), last.Format("Mon 2 Jan 2006"), s.Location)
	if s.Partial {
		p += ", so far: until " + s.Until.Format("Mon 2 Jan 15:04")
	}
	return p
}

func (s *Summary) tables() []table {
	var ts []table
	breakdown := func(section, title, key string, rows []Row) {
		t := table{section: section, title: title, header: []string{key, "messages", "flags", "per 1,000"}}
		for _, r := range rows {
			t.rows = append(t.rows, []string{r.Key, strconv.FormatInt(r.Messages, 10), s.count(r.Flags), s.rate(r.Flags, r.Per1000)})
		}
		ts = append(ts, t)
	}
	breakdown("total", "Flags per 1,000 messages", "", []Row{s.Total})
	breakdown("category", "By category", "category", s.ByCategory)
	ts[len(ts)-1].note = "Per 1,000 of all messages of the week."
	breakdown("community", "By community", "community", s.ByCommunity)
	breakdown("platform", "By platform", "platform", s.ByPlatform)

	trend := table{section: "trend", title: "Trend", header: []string{"week", "messages", "flags", "per 1,000"}}
	for _, p := range s.Trend {
		trend.rows = append(trend.rows, []string{p.Week.String(), strconv.FormatInt(p.Messages, 10), s.count(p.Flags), s.rate(p.Flags, p.Per1000)})
	}
	trend.note = "Change in flags per 1,000 against the mean of the " + strconv.Itoa(TrendWeeks) + " weeks before: " + s.change() + "."
	ts = append(ts, trend)

	times := table{section: "response_time", title: "Response times", header: []string{"measure", "cases", "median", "p90"}}
	for _, m := range []struct {
		name string
		d    Durations
	}{{"time to claim", s.Claim}, {"time to first response", s.FirstResponse}} {
		times.rows = append(times.rows, []string{m.name, s.count(m.d.Cases), s.dur(m.d.Cases, m.d.Median), s.dur(m.d.Cases, m.d.P90)})
	}
	times.rows = append(times.rows, []string{"never claimed", s.count(s.NeverClaimed), "", ""})
	ts = append(ts, times)

	out := table{section: "outcome", title: "Outcomes", header: []string{"outcome", "cases"}}
	for _, o := range s.Outcomes {
		out.rows = append(out.rows, []string{o.Outcome, s.count(o.Cases)})
	}
	ts = append(ts, out)

	fp := table{section: "rule_false_positives", title: "False positives per rule", header: []string{"rule", "flagged", "not hate", "rate"},
		note: "Cases a moderator dismissed as not hate, of the cases the rule flagged: the rules at the top need tuning."}
	for _, r := range s.RuleFP {
		fp.rows = append(fp.rows, []string{r.Rule, s.count(r.Flagged), s.count(r.Dismissed), s.share(r.Dismissed, r.Flagged, r.Rate)})
	}
	ts = append(ts, fp)

	tpl := func(section, title string, us []TemplateUse, withID bool) {
		t := table{section: section, title: title, header: []string{"tone", "sent", "pending", "flagged again", "share flagged again"}}
		if withID {
			t.header = append([]string{"template"}, t.header...)
			t.left = 2
			t.note = "Flagged again: the author was flagged again within the follow-up window. Pending: the window is still open."
		}
		for _, u := range us {
			row := []string{u.Tone, s.count(u.Sent), s.count(u.Pending), s.count(u.FlaggedAgain), s.share(u.FlaggedAgain, u.Sent, u.Share)}
			if withID {
				row = append([]string{u.Template}, row...)
			}
			t.rows = append(t.rows, row)
		}
		ts = append(ts, t)
	}
	tpl("template", "Templates", s.Templates, true)
	tpl("tone", "Tones", s.Tones, false)

	ts = append(ts, table{section: "user_reports", title: "User reports", header: []string{"measure", "cases"},
		rows: [][]string{{"reported by members", s.count(s.UserReports)}}})

	vol := table{section: "volunteer_load", title: "Volunteer load", header: []string{"moderator", "cases", "responded"},
		note: "Moderators are labelled by load this week; labels are not kept between weeks."}
	for _, l := range s.Volunteers {
		vol.rows = append(vol.rows, []string{l.Moderator, s.count(l.Cases), s.count(l.Responded)})
	}
	ts = append(ts, vol)
	ts = append(ts, s.sourceTables()...)

	sp := table{section: "spread", title: "Spread", header: []string{"narrative", "text", "cases", "communities", "platforms", "first seen", "path"},
		left: 7, user: []int{1}, note: "Near-identical flagged texts (MinHash over 5-character shingles of the normalised text, Jaccard ≥ 0.6); texts masked."}
	for _, n := range s.Narratives {
		var path []string
		for _, p := range n.Path {
			path = append(path, p.At.In(s.From.Location()).Format("Mon 15:04")+" "+p.Platform+"/"+p.Community)
		}
		sp.rows = append(sp.rows, []string{strconv.Itoa(n.ID), n.Text, s.count(n.Cases), strings.Join(n.Communities, ", "), strings.Join(n.Platforms, ", "),
			n.First.At.In(s.From.Location()).Format("Mon 2 Jan 15:04") + " " + n.First.Platform + "/" + n.First.Community, strings.Join(path, " → ")})
	}
	ts = append(ts, sp)
	return ts
}

func (s *Summary) change() string {
	if math.IsNaN(s.Change) {
		return "–"
	}
	if s.suppressed(s.Trend[len(s.Trend)-1].Flags) {
		return s.hidden()
	}
	return fmt.Sprintf("%+.0f%%", s.Change)
}

// hourGrid returns the hour-of-week grid as rows of flags per 1,000.
func (s *Summary) hourGrid() table {
	t := table{section: "hour_of_week", title: "Flags per 1,000 messages by hour of week", header: []string{"day"}}
	for h := range 24 {
		t.header = append(t.header, fmt.Sprintf("%02d", h))
	}
	for d, day := range Days {
		row := []string{day}
		for h := range 24 {
			c := s.Hours[d][h]
			row = append(row, s.rate(c.Flags, c.Per1000))
		}
		t.rows = append(t.rows, row)
	}
	return t
}

// Markdown writes the summary as Markdown.
func (s *Summary) Markdown(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "# Weekly summary %s\n\n%s\n\nCells describing fewer than %d authors read \"%s\".\n", s.Week, s.period(), s.MinGroup, s.hidden())
	ts := s.tables()
	ts = append(ts[:4:4], append([]table{s.hourGrid()}, ts[4:]...)...)
	ts = append(ts, s.dutyTables()...)
	if s.Trials != nil {
		ts = append(ts, s.Trials.tables()...)
	}
	writeMarkdownTables(&b, ts)
	_, err := io.WriteString(w, b.String())
	return err
}

// writeMarkdownTables writes each table under its own heading.
func writeMarkdownTables(b *strings.Builder, ts []table) {
	for _, t := range ts {
		fmt.Fprintf(b, "\n## %s\n\n", t.title)
		if t.note != "" {
			fmt.Fprintf(b, "%s\n\n", t.note)
		}
		if len(t.rows) == 0 {
			b.WriteString("None this week.\n")
			continue
		}
		mdRow(b, t.header, nil)
		sep := make([]string, len(t.header))
		for i := range sep {
			sep[i] = "---"
			if i >= max(t.left, 1) {
				sep[i] = "--:"
			}
		}
		mdRow(b, sep, nil)
		for _, r := range t.rows {
			mdRow(b, r, t.user)
		}
	}
}

// mdRow writes one table row; the cells of the user columns are escaped
// (escapeMarkdown), the others only keep the table intact.
func mdRow(b *strings.Builder, cells []string, user []int) {
	b.WriteString("|")
	for i, c := range cells {
		if slices.Contains(user, i) {
			c = escapeMarkdown(c)
		} else {
			c = strings.ReplaceAll(c, "|", `\|`)
		}
		b.WriteString(" " + strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ").Replace(c) + " |")
	}
	b.WriteString("\n")
}

// mdSpecial are the characters that format text in Markdown as Discord
// and CommonMark read it within a line: emphasis, strike-through, code,
// spoilers and table cells (\ * _ ~ ` |), masked links [text](url), and
// <...> mentions, channels, timestamps and links; # starts a heading.
const mdSpecial = "\\*_~`|[]()<>#"

// escapeMarkdown makes text written by chat users show as written in
// Markdown: a backslash before each character that would format it, so a
// message cannot turn into a masked link, a mention or bold text in the
// weekly summary.
func escapeMarkdown(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r < utf8.RuneSelf && strings.ContainsRune(mdSpecial, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// CSV writes the summary as CSV: one table per section, each starting with
// a header row, the first column naming the section.
func (s *Summary) CSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	ts := s.tables()
	hours := table{section: "hour_of_week", header: []string{"day", "hour", "messages", "flags", "per_1000"}}
	for d, day := range Days {
		for h := range 24 {
			c := s.Hours[d][h]
			hours.rows = append(hours.rows, []string{day, fmt.Sprintf("%02d", h), strconv.FormatInt(c.Messages, 10), s.count(c.Flags), s.rate(c.Flags, c.Per1000)})
		}
	}
	ts = append(ts[:4:4], append([]table{hours}, ts[4:]...)...)
	ts[0].header[0] = "scope"
	ts[0].rows[0][0] = "week " + s.Week.String()
	ts = append(ts, s.dutyTables()...)
	if s.Trials != nil {
		ts = append(ts, s.Trials.csvTables()...)
	}
	writeCSVTables(cw, ts)
	cw.Flush()
	return cw.Error()
}

// writeCSVTables writes each table: a header row, then its rows, the
// first column naming the section.
func writeCSVTables(cw *csv.Writer, ts []table) {
	for _, t := range ts {
		header := []string{"section"}
		for _, h := range t.header {
			header = append(header, strings.ReplaceAll(h, "per 1,000", "per_1000"))
		}
		cw.Write(header)
		for _, r := range t.rows {
			row := []string{t.section}
			for i, c := range r {
				if !slices.Contains(t.raw, i) {
					c = csvSafe(c)
				}
				row = append(row, c)
			}
			cw.Write(row)
		}
	}
}

// csvSafe keeps a CSV cell from being read as a formula by a spreadsheet
// (CSV injection): a cell starting with = + - @, a tab or a carriage
// return gets a leading apostrophe, which spreadsheets show as text.
func csvSafe(c string) string {
	if c != "" && strings.ContainsRune("=+-@\t\r", rune(c[0])) {
		return "'" + c
	}
	return c
}
