package cli

import (
	"bufio"
	"bytes"
	"context"
	"encoding/csv"
	"io"
	"net"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/crypto/bcrypt"

	"github.com/trygbot/trygbot/app"
	"github.com/trygbot/trygbot/bot"
	"github.com/trygbot/trygbot/bot/bottest"
	"github.com/trygbot/trygbot/rules"
	"github.com/trygbot/trygbot/storage"
	"github.com/trygbot/trygbot/storage/sqlite"
	"github.com/trygbot/trygbot/web"
)

// postingOutbox is a fake platform whose chats take the Monday post.
type postingOutbox struct {
	*bottest.FakeAdapter
	posts chan string
}

func (p *postingOutbox) Post(_ context.Context, chat, text string) error {
	select {
	case p.posts <- chat + "\n" + text:
	default: // the test reads the first post only
	}
	return nil
}

// TestReportDashboardAndMondayPostAgree seeds one store with the demo's
// history and reads week 2026-W09 from it three ways: trygbot report
// --format csv, the dashboard's /summary.csv (logged in as a coordinator)
// and the Monday post of the app's weekly poster. They must report the
// same totals, categories, outcomes, templates and tones: all three build
// through app.SummarySource, and one that stopped (a summary without the
// template-tone lookup reads "unknown") fails here.
func TestReportDashboardAndMondayPostAgree(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "agree.db")
	// trygbot report --db reads in the report's default time zone.
	cph, err := time.LoadLocation("Europe/Copenhagen")
	if err != nil {
		t.Fatal(err)
	}
	const week = "2026-W09" // Mon 23 Feb – Sun 1 Mar 2026
	// Wednesday after the week: its Monday post is due (since Monday
	// 08:00, within the catch-up), and every follow-up window of the week
	// has closed, so "pending" is the same on this clock and the CLI's.
	now := time.Date(2026, 3, 4, 10, 0, 0, 0, cph)
	clock := func() time.Time { return now }

	hash, err := bcrypt.GenerateFromPassword([]byte("cy-pw"), bcrypt.MinCost)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	out := &postingOutbox{FakeAdapter: bottest.NewFakeAdapter("fake"), posts: make(chan string, 1)}
	a, err := app.New(ctx, app.Spec{
		OpenStore: func(ctx context.Context) (storage.Store, error) { return sqlite.Open(ctx, db) },
		Rules: func() ([]*rules.Pack, []*rules.Pack, error) {
			base, err := rules.BuiltinPacks()
			return base, nil, err
		},
		PseudonymKey: []byte(strings.Repeat("k", 32)),
		Bot:          bot.Options{Now: clock, Location: cph},
		Adapters: func(app.Parts) ([]app.Adapter, error) {
			return []app.Adapter{{Platform: "fake", Outbox: out}}, nil
		},
		Web: &app.Web{Listener: ln, Options: web.Options{Location: cph, Now: clock,
			Users: []web.User{{Name: "cy", Role: bot.RoleCoordinator, PasswordHash: string(hash)}}}},
		Weekly: &app.Weekly{Chats: []app.Chat{{Platform: "fake", ID: "coordinators"}}, Location: cph, Now: clock},
	})
	if err != nil {
		ln.Close()
		t.Fatal(err)
	}
	t.Cleanup(func() { a.Close() })
	// Five weeks of the demo's history up to Thursday 5 March 18:00.
	if _, n, err := seedHistory(ctx, a.Store(), a.Evaluate, time.Date(2026, 3, 5, 18, 0, 0, 0, cph), cph); err != nil || n == 0 {
		t.Fatalf("history: %d cases, %v", n, err)
	}

	// (a) trygbot report, on its own clock (now: long after the week).
	var cliCSV, stderr bytes.Buffer
	if err := run(ctx, []string{"report", "--db", db, "--week", week, "--format", "csv"}, func(string) string { return "" },
		strings.NewReader(""), &cliCSV, &stderr); err != nil {
		t.Fatalf("report: %v\n%s", err, stderr.String())
	}

	runCtx, cancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- a.Run(runCtx) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("run: %v", err)
		}
	})
	select {
	case <-a.Ready():
	case err := <-done:
		t.Fatalf("run: %v", err)
	case <-time.After(30 * time.Second):
		t.Fatal("the app did not start")
	}

	// (b) the dashboard's CSV.
	webCSV := dashboardGet(t, "http://"+ln.Addr().String(), "cy", "cy-pw", "/summary.csv?week="+week)

	// (c) the Monday post.
	var post string
	select {
	case p := <-out.posts:
		chat, text, _ := strings.Cut(p, "\n")
		if chat != "coordinators" {
			t.Errorf("posted to %q, want the coordinators' chat", chat)
		}
		post = text
	case <-time.After(30 * time.Second):
		t.Fatal("no Monday post")
	}
	if !strings.HasPrefix(post, "# Weekly summary "+week+"\n") {
		t.Fatalf("the Monday post is not of %s:\n%.300s", week, post)
	}

	// The trials section counts outcomes as known on each one's clock
	// (the report's is now, the dashboard's the Wednesday after the
	// week), so it is compared apart (TestReportTrialsFlag).
	cliRest, cliTrials := splitTrials(t, cliCSV.String())
	webRest, webTrials := splitTrials(t, webCSV)
	if cliRest != webRest {
		t.Errorf("trygbot report and the dashboard's CSV differ:\n%s", firstDiff(cliRest, webRest))
	}
	if cliTrials == "" || webTrials == "" {
		t.Error("the report's or the dashboard's CSV has no trials section")
	}
	sections := csvSections(t, cliCSV.String())
	tables := markdownTables(post)
	for _, s := range []struct{ section, title string }{
		{"total", "Flags per 1,000 messages"},
		{"category", "By category"},
		{"community", "By community"},
		{"platform", "By platform"},
		{"outcome", "Outcomes"},
		{"template", "Templates"},
		{"tone", "Tones"},
	} {
		want, got := sections[s.section], tables[s.title]
		if s.section == "total" {
			// The CSV names the scope ("week 2026-W09"), the post leaves it
			// blank.
			want, got = dropFirst(want), dropFirst(got)
		}
		if len(want) == 0 {
			t.Errorf("the report has no %s rows", s.section)
		}
		if !slices.EqualFunc(want, got, slices.Equal) {
			t.Errorf("%s: the report says\n%q\nthe Monday post says\n%q", s.section, want, got)
		}
	}

	// The week is a real one: flags in several categories, every kind of
	// outcome, and the built-in templates' tones (none "unknown").
	if n := len(sections["category"]); n < 3 {
		t.Errorf("%d categories, want at least 3: %q", n, sections["category"])
	}
	var outcomes, tones []string
	for _, r := range sections["outcome"] {
		outcomes = append(outcomes, r[0])
	}
	for _, r := range sections["tone"] {
		tones = append(tones, r[0])
	}
	slices.Sort(tones)
	if want := []string{"empathetic", "norm-setting", "question"}; !slices.Equal(tones, want) {
		t.Errorf("tones %q, want %q", tones, want)
	}
	for _, o := range []string{storage.OutcomeResponded, storage.OutcomeDismissed, storage.OutcomeEscalated} {
		if !slices.Contains(outcomes, o) {
			t.Errorf("outcomes %q lack %q", outcomes, o)
		}
	}
}

// dashboardGet logs in to the dashboard at base and returns the body of
// path.
func dashboardGet(t *testing.T, base, name, password, path string) string {
	t.Helper()
	jar, err := cookiejar.New(nil)
	if err != nil {
		t.Fatal(err)
	}
	c := &http.Client{Jar: jar, Timeout: 30 * time.Second}
	get := func(u string) (int, string) {
		t.Helper()
		resp, err := c.Get(u)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, err := io.ReadAll(resp.Body)
		if err != nil {
			t.Fatal(err)
		}
		return resp.StatusCode, string(b)
	}
	_, page := get(base + "/login")
	m := regexp.MustCompile(`name="csrf" value="([^"]+)"`).FindStringSubmatch(page)
	if m == nil {
		t.Fatalf("no CSRF token on the login page:\n%s", page)
	}
	resp, err := c.PostForm(base+"/login", url.Values{"csrf": {m[1]}, "name": {name}, "password": {password}})
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	status, body := get(base + path)
	if status != http.StatusOK {
		t.Fatalf("GET %s: %d\n%.300s", path, status, body)
	}
	return body
}

// csvSections reads a summary CSV into its rows by section, without the
// section column and the header rows.
func csvSections(t *testing.T, s string) map[string][][]string {
	t.Helper()
	r := csv.NewReader(strings.NewReader(s))
	r.FieldsPerRecord = -1
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][][]string{}
	for _, rec := range recs {
		if rec[0] != "section" {
			out[rec[0]] = append(out[rec[0]], rec[1:])
		}
	}
	return out
}

// markdownTables reads a Markdown summary into its tables' rows by title,
// without the header and separator rows.
func markdownTables(s string) map[string][][]string {
	out := map[string][][]string{}
	var title string
	var n int // table lines read under the title
	sc := bufio.NewScanner(strings.NewReader(s))
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "## "):
			title, n = strings.TrimPrefix(line, "## "), 0
		case strings.HasPrefix(line, "| ") && strings.HasSuffix(line, " |"):
			if n++; n > 2 {
				out[title] = append(out[title], strings.Split(line[2:len(line)-2], " | "))
			}
		}
	}
	return out
}

func dropFirst(rows [][]string) [][]string {
	var out [][]string
	for _, r := range rows {
		out = append(out, r[1:])
	}
	return out
}

// firstDiff shows the first line where a and b differ.
func firstDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range max(len(al), len(bl)) {
		var x, y string
		if i < len(al) {
			x = al[i]
		}
		if i < len(bl) {
			y = bl[i]
		}
		if x != y {
			return "line " + strconv.Itoa(i+1) + ":\n  " + x + "\n  " + y
		}
	}
	return ""
}
