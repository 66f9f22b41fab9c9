package report

import (
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"math"
	"strconv"
	"strings"
)

//go:embed summary.html.tmpl
var htmlSource string

// trialsSource defines the templates "trials" (the section) and
// "trialsPage" (the section alone, as a page).
//
//go:embed trials.html.tmpl
var trialsSource string

var htmlTemplate = template.Must(template.Must(template.Must(template.New("summary").Parse(htmlSource)).Parse(trialsSource)).Parse(dutySource))

// bar is one bar of a bar chart; Hidden bars are drawn as a grey stub
// labelled "< N" so their length gives nothing away.
type bar struct {
	Label, Value string
	Y            int
	Width        float64
	Hidden       bool
}

type point struct {
	X, Y         float64
	Label, Value string
	Hidden       bool
}

type heatCell struct {
	X, Y        int
	Fill, Title string
}

// swatch is one step of the heat map's scale.
type swatch struct {
	X    int
	Fill string
}

type dayLabel struct {
	Name string
	Y    int
}

type htmlTable struct {
	Title, Note string
	Header      []string
	Rows        [][]string
}

type htmlView struct {
	S      *Summary
	Period string
	Hidden string
	Tables []htmlTable
	Bars   []bar
	BarsH  int
	Trend  []point
	Line   string
	Heat   []heatCell
	Days   []dayLabel
	// Scale runs from the lightest cell (0) to the darkest (HeatMax, the
	// week's highest rate of an hour shown); one swatch when every hour
	// shown is 0.
	Scale   []swatch
	HeatMax string
	Hist    []bar
	HistMax string
	// Trials is the template trials section, nil without one.
	Trials *trialsView
	// Duty is the duty roster and wellbeing section, nil without one.
	Duty *dutyView
}

// HTML writes the summary as one self-contained page: tables and inline
// SVG charts, no scripts, no external assets.
func (s *Summary) HTML(w io.Writer) error {
	v := htmlView{S: s, Period: s.period(), Hidden: s.hidden(), Trials: s.Trials.view(), Duty: s.dutyView()}
	for _, t := range s.tables() {
		v.Tables = append(v.Tables, htmlTable{Title: t.title, Note: t.note, Header: t.header, Rows: t.rows})
	}
	for d, name := range Days {
		v.Days = append(v.Days, dayLabel{Name: name, Y: 20 + 24*d})
	}

	// Bars: flags per 1,000 by category.
	maxRate := 0.0
	for _, r := range s.ByCategory {
		if !s.suppressed(r.Flags) && !math.IsNaN(r.Per1000) {
			maxRate = max(maxRate, r.Per1000)
		}
	}
	for i, r := range s.ByCategory {
		b := bar{Label: r.Key, Value: s.rate(r.Flags, r.Per1000), Y: 8 + 28*i, Hidden: s.suppressed(r.Flags)}
		if !b.Hidden && maxRate > 0 && !math.IsNaN(r.Per1000) {
			b.Width = 420 * r.Per1000 / maxRate
		}
		v.Bars = append(v.Bars, b)
	}
	v.BarsH = 16 + 28*len(s.ByCategory)

	// Trend: flags per 1,000 per week; hidden weeks break the line.
	maxT := 0.0
	for _, p := range s.Trend {
		if !s.suppressed(p.Flags) && !math.IsNaN(p.Per1000) {
			maxT = max(maxT, p.Per1000)
		}
	}
	var line []string
	for i, p := range s.Trend {
		pt := point{X: 60 + float64(i)*110, Y: 170, Label: p.Week.String(), Value: s.rate(p.Flags, p.Per1000), Hidden: s.suppressed(p.Flags) || math.IsNaN(p.Per1000)}
		if !pt.Hidden && maxT > 0 {
			pt.Y = 170 - 140*p.Per1000/maxT
			line = append(line, fmt.Sprintf("%.1f,%.1f", pt.X, pt.Y))
		}
		v.Trend = append(v.Trend, pt)
	}
	v.Line = strings.Join(line, " ")

	// Heat map: 7 x 24 hours, darker for more flags per 1,000, from 0
	// (lightest) to the week's highest hour shown (darkest).
	maxH := 0.0
	for d := range 7 {
		for h := range 24 {
			c := s.Hours[d][h]
			if !s.suppressed(c.Flags) && !math.IsNaN(c.Per1000) {
				maxH = max(maxH, c.Per1000)
			}
		}
	}
	for d := range 7 {
		for h := range 24 {
			c := s.Hours[d][h]
			cell := heatCell{X: 40 + 24*h, Y: 20 + 24*d, Fill: noMessagesFill, Title: fmt.Sprintf("%s %02d:00: %s per 1,000", Days[d], h, s.rate(c.Flags, c.Per1000))}
			switch {
			case s.suppressed(c.Flags):
				cell.Fill = hiddenFill
			case !math.IsNaN(c.Per1000):
				f := 0.0
				if maxH > 0 {
					f = c.Per1000 / maxH
				}
				cell.Fill = heatFill(f)
			}
			v.Heat = append(v.Heat, cell)
		}
	}
	v.HeatMax = strconv.FormatFloat(maxH, 'f', 1, 64)
	steps := 5
	if maxH == 0 {
		steps = 1
	}
	for i := range steps {
		v.Scale = append(v.Scale, swatch{X: 40 + 24*i, Fill: heatFill(float64(i) / float64(max(steps-1, 1)))})
	}

	// Histogram of time to first response.
	maxN := 0
	for _, c := range s.FirstResponse.Histogram {
		if !s.suppressed(c) {
			maxN = max(maxN, c.N)
		}
	}
	labels := []string{}
	prev := "0"
	for _, b := range HistogramBounds {
		labels = append(labels, prev+"–"+FormatDuration(b))
		prev = FormatDuration(b)
	}
	labels = append(labels, "> "+prev)
	for i, c := range s.FirstResponse.Histogram {
		b := bar{Label: labels[i], Value: s.count(c), Y: 8 + 28*i, Hidden: s.suppressed(c)}
		if !b.Hidden && maxN > 0 {
			b.Width = 420 * float64(c.N) / float64(maxN)
		}
		v.Hist = append(v.Hist, b)
	}
	v.HistMax = strconv.Itoa(16 + 28*len(v.Hist))
	return htmlTemplate.Execute(w, v)
}

// The heat map's fills besides its scale: an hour without messages, and
// one describing too few authors to show.
const (
	noMessagesFill = "#f2f2f2"
	hiddenFill     = "#cfcfcf"
)

// heatFill is the heat map's colour for f, 0 (the lightest, no flags) to 1
// (the darkest, the week's highest hour): from light to dark red.
func heatFill(f float64) string {
	return fmt.Sprintf("rgb(%d,%d,%d)", 255-int(75*f), 235-int(200*f), 230-int(200*f))
}
