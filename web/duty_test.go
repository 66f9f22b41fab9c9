package web_test

import (
	"context"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/trygbot/trygbot/bot"
	"github.com/trygbot/trygbot/storage"
	"github.com/trygbot/trygbot/web"
)

// dutyFixture is the dashboard over two communities on platform fake:
// north (moderators 111 and 222; a daily shift 18:00-23:00 UTC with 222
// as "Bo"; exposure cap 3) and south (moderator 333). Its logins: anna
// (moderator, linked to 111), bo (moderator of north only, linked to
// 222), sam (moderator of south only, linked to 333), eve (moderator,
// linked to 999, a moderator of neither) and cy (coordinator, no link).
// Case 1 is a slur in north.
func dutyFixture(t *testing.T) *fixture {
	t.Helper()
	st := openStore(t)
	daily := []time.Weekday{time.Sunday, time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday, time.Saturday}
	north := bot.Community{ID: "north", Name: "North Youth", Platform: "fake", ChatID: "guild1", Lang: "en", ModeratorsChat: "mods",
		Moderators: []string{"user:111", "user:222"},
		Duty: bot.DutyOptions{Routing: true, Shifts: []bot.Shift{{Days: daily, From: 18 * time.Hour, To: 23 * time.Hour,
			Volunteers: []bot.Volunteer{{ID: "222", Name: "Bo"}}}}},
		Wellbeing: bot.WellbeingOptions{Cap: 3}}
	south := bot.Community{ID: "south", Name: "South Side", Platform: "fake", ChatID: "guild2", Lang: "en", ModeratorsChat: "smods",
		Moderators: []string{"user:333"}}
	b := newBot(t, st, testEngine(t), []bot.Community{north, south},
		bot.Event{Kind: bot.KindMessage, Platform: "fake", ChatID: "guild1", Channel: "c1", ChannelName: "#c1",
			MessageID: "m1", AuthorID: "u1", AuthorName: "Author", Text: "you are a zorblax, go away", At: now})
	link := func(id string) map[string]string { return map[string]string{"fake": id} }
	return serve(t, web.Options{Store: st, Bot: b, Now: func() time.Time { return now },
		Communities: []web.Community{{ID: "north", Name: "North Youth", Lang: "en", Platform: "fake"}, {ID: "south", Name: "South Side", Lang: "en", Platform: "fake"}},
		Users: []web.User{
			{Name: "anna", Role: bot.RoleModerator, PasswordHash: hash(t, "anna-pw"), Volunteer: link("111")},
			{Name: "bo", Role: bot.RoleModerator, PasswordHash: hash(t, "bo-pw"), Volunteer: link("222"), Communities: []string{"north"}},
			{Name: "sam", Role: bot.RoleModerator, PasswordHash: hash(t, "sam-pw"), Volunteer: link("333"), Communities: []string{"south"}},
			{Name: "eve", Role: bot.RoleModerator, PasswordHash: hash(t, "eve-pw"), Volunteer: link("999")},
			{Name: "cy", Role: bot.RoleCoordinator, PasswordHash: hash(t, "cy-pw")},
		}})
}

// duties returns the stored duty records of a community.
func (f *fixture) duties(t *testing.T, community string) []storage.Duty {
	t.Helper()
	ds, err := f.store.(storage.Roster).ListDuty(context.Background(), community)
	if err != nil {
		t.Fatal(err)
	}
	return ds
}

// section is the duty page's card of one community.
func section(body, community string) string {
	_, after, _ := strings.Cut(body, `id="duty-`+community+`"`)
	card, _, _ := strings.Cut(after, "</section>")
	return card
}

// TestDutyPage: a moderator with a linked account sees each of their
// communities with who is on duty, the coming week's shifts and the hours
// without one, and goes on and off duty with the toggle: their own
// account, recorded as by the dashboard and in the audit log.
func TestDutyPage(t *testing.T) {
	f := dutyFixture(t)
	anna, csrf := f.login(t, "anna")
	r := do(t, anna, "GET", f.srv.URL+"/duty", nil)
	north := section(r.body, "north")
	for _, want := range []string{"North Youth", "Nobody is on duty now.", `id="toggle-north"`, "Go on duty", "Your exposure today: 0 of 3",
		"Wed 25 Nov 18:00–23:00: Bo", "Tue 1 Dec 18:00–23:00: Bo", "Hours without a shift in the coming 7 days: <strong>133</strong> of 168",
		`<title>Wed 25 Nov 18:00–23:00: Bo</title>`} {
		if !strings.Contains(north, want) {
			t.Errorf("north's duty card lacks %q:\n%s", want, north)
		}
	}
	if south := section(r.body, "south"); !strings.Contains(south, "No shifts are configured.") || !strings.Contains(south, "<strong>168</strong>") {
		t.Errorf("south's duty card:\n%s", south)
	}

	// Going on duty: the form names the community, never the user; a
	// user field is ignored.
	r = do(t, anna, "POST", f.srv.URL+"/duty", url.Values{"csrf": {csrf}, "community": {"north"}, "on": {"on"}, "user": {"222"}})
	if r.status != http.StatusSeeOther || r.header.Get("Location") != "/duty" {
		t.Fatalf("go on duty: %d %s", r.status, r.body)
	}
	ds := f.duties(t, "north")
	if len(ds) != 1 || ds[0].UserID != "111" || !ds[0].On || ds[0].By != storage.DutyByDashboard || ds[0].Name != "anna" {
		t.Errorf("duty records %+v; want anna's account 111 on duty by the dashboard", ds)
	}
	r = do(t, anna, "GET", f.srv.URL+"/duty", nil)
	north = section(r.body, "north")
	for _, want := range []string{"You are on duty in North Youth.", "On duty now:", "anna <span class=\"muted\">since 2026-11-25 10:00 (dashboard)", "Go off duty"} {
		if !strings.Contains(r.body, want) {
			t.Errorf("after going on duty the page lacks %q:\n%s", want, north)
		}
	}
	if strings.Contains(section(r.body, "south"), "anna") {
		t.Error("going on duty in north put anna on duty in south")
	}
	r = do(t, anna, "POST", f.srv.URL+"/duty", url.Values{"csrf": {csrf}, "community": {"north"}, "on": {"off"}})
	if r.status != http.StatusSeeOther {
		t.Fatalf("go off duty: %d %s", r.status, r.body)
	}
	if ds := f.duties(t, "north"); len(ds) != 1 || ds[0].On {
		t.Errorf("after going off duty: %+v", ds)
	}
	audit, _ := f.store.ListAudit(context.Background(), storage.AuditQuery{Actor: "111"})
	var actions []string
	for _, e := range audit {
		actions = append(actions, e.Action+" "+e.Detail+" "+e.Role)
	}
	if !slices.Equal(actions, []string{"duty_on dashboard moderator", "duty_off dashboard moderator"}) {
		t.Errorf("audit of anna's account: %q", actions)
	}
}

// TestDutyToggleRefused: only a moderator of the community, with a linked
// account, within their communities, with the form's token, changes
// duty, and only their own; the page shows only their communities.
func TestDutyToggleRefused(t *testing.T) {
	f := dutyFixture(t)
	for _, tc := range []struct {
		name, user, community string
		noCSRF                bool
		status                int
		says                  string
	}{
		{name: "another community than the login's", user: "bo", community: "south", status: http.StatusForbidden, says: "not one of your communities"},
		{name: "no linked account", user: "cy", community: "north", status: http.StatusForbidden, says: "no chat account on"},
		{name: "linked account not a moderator there", user: "eve", community: "north", status: http.StatusForbidden, says: "not one of North Youth's moderators"},
		{name: "a moderator of another community", user: "sam", community: "north", status: http.StatusForbidden, says: "not one of your communities"},
		{name: "without the form token", user: "anna", community: "north", noCSRF: true, status: http.StatusForbidden, says: "invalid form token"},
		{name: "unknown community", user: "anna", community: "nowhere", status: http.StatusBadRequest, says: "unknown community"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, csrf := f.login(t, tc.user)
			if tc.noCSRF {
				csrf = ""
			}
			r := do(t, c, "POST", f.srv.URL+"/duty", url.Values{"csrf": {csrf}, "community": {tc.community}, "on": {"on"}})
			if r.status != tc.status || !strings.Contains(r.body, tc.says) {
				t.Errorf("status %d %q; want %d saying %q", r.status, r.body, tc.status, tc.says)
			}
			for _, comm := range []string{"north", "south"} {
				if ds := f.duties(t, comm); len(ds) != 0 {
					t.Errorf("%s's duty records after a refusal: %+v", comm, ds)
				}
			}
		})
	}
	sam, _ := f.login(t, "sam")
	r := do(t, sam, "GET", f.srv.URL+"/duty", nil)
	if !strings.Contains(r.body, `id="duty-south"`) || strings.Contains(r.body, `id="duty-north"`) {
		t.Errorf("sam's duty page shows other communities than south:\n%s", r.body)
	}
	cy, _ := f.login(t, "cy")
	r = do(t, cy, "GET", f.srv.URL+"/duty", nil)
	if strings.Contains(r.body, `id="toggle-`) || !strings.Contains(r.body, "no chat account on") {
		t.Errorf("a login without a linked account gets a toggle:\n%s", section(r.body, "north"))
	}
	if r := do(t, f.client(t), "GET", f.srv.URL+"/duty", nil); r.status != http.StatusSeeOther || r.header.Get("Location") != "/login" {
		t.Errorf("the duty page without a login: %d %s", r.status, r.header.Get("Location"))
	}
}

// TestOpenedAndUnmaskedCounted: opening a case on the dashboard counts in
// the linked account's exposure (here reaching the cap, with the kind
// note); the page never holds the slur until "Show unmasked" is posted,
// which shows the message, is in the audit log and is counted too. A
// login without a link unmasks, audited, counted in nobody's day; a
// login outside the community gets 403 without the text.
func TestOpenedAndUnmaskedCounted(t *testing.T) {
	f := dutyFixture(t)
	ctx := context.Background()
	exposure := func() []storage.Exposure {
		x, err := f.store.(storage.Roster).ListExposure(ctx, storage.ExposureQuery{})
		if err != nil {
			t.Fatal(err)
		}
		return x
	}
	anna, csrf := f.login(t, "anna")
	r := do(t, anna, "GET", f.srv.URL+"/cases/1", nil)
	if strings.Contains(r.body, "zorblax") || !strings.Contains(r.body, `id="unmask"`) {
		t.Errorf("the case page holds the slur, or no Show unmasked button:\n%s", r.body)
	}
	if !strings.Contains(r.body, "reached today&#39;s limit") {
		t.Errorf("opening a high case at a cap of 3 shows no kind note:\n%s", r.body)
	}
	if x := exposure(); len(x) != 1 || x[0].UserID != "111" || x[0].Opened != 1 || x[0].Weight != 3 {
		t.Errorf("exposure after opening: %+v; want 111 opened 1, weight 3", x)
	}
	nonce := f.nonce(t, 1)
	if r := do(t, anna, "GET", f.srv.URL+"/cases/1/unmask", nil); r.status != http.StatusMethodNotAllowed {
		t.Errorf("GET unmask: %d, want 405", r.status)
	}
	if r := do(t, anna, "POST", f.srv.URL+"/cases/1/unmask", url.Values{"nonce": {nonce}}); r.status != http.StatusForbidden || strings.Contains(r.body, "zorblax") {
		t.Errorf("unmask without the form token: %d", r.status)
	}
	r = do(t, anna, "POST", f.srv.URL+"/cases/1/unmask", url.Values{"csrf": {csrf}, "nonce": {nonce}})
	if r.status != http.StatusOK || !strings.Contains(r.body, `<p class="msg" id="unmasked">you are a zorblax, go away</p>`) ||
		!strings.Contains(r.body, "«zorblax»") || strings.Contains(r.body, `id="unmask"`) {
		t.Errorf("unmask: %d\n%s", r.status, r.body)
	}
	if r.header.Get("Cache-Control") != "no-store" {
		t.Errorf("the unmasked page may be cached: %q", r.header.Get("Cache-Control"))
	}
	if x := exposure(); len(x) != 1 || x[0].Unmasked != 1 || x[0].Cases != 1 {
		t.Errorf("exposure after unmasking: %+v; want unmasked 1 of one case", x)
	}
	if r := do(t, anna, "POST", f.srv.URL+"/cases/1/unmask", url.Values{"csrf": {csrf}, "nonce": {"stale"}}); r.status != http.StatusSeeOther || strings.Contains(r.body, "zorblax") {
		t.Errorf("unmask with a stale nonce: %d %s", r.status, r.body)
	}
	cy, cyCSRF := f.login(t, "cy")
	if r := do(t, cy, "POST", f.srv.URL+"/cases/1/unmask", url.Values{"csrf": {cyCSRF}, "nonce": {nonce}}); !strings.Contains(r.body, "id=\"unmasked\">you are a zorblax") {
		t.Errorf("the coordinator's unmask: %d", r.status)
	}
	sam, samCSRF := f.login(t, "sam")
	if r := do(t, sam, "POST", f.srv.URL+"/cases/1/unmask", url.Values{"csrf": {samCSRF}, "nonce": {nonce}}); r.status != http.StatusForbidden || strings.Contains(r.body, "zorblax") {
		t.Errorf("unmask of another community's case: %d %s", r.status, r.body)
	}
	if x := exposure(); len(x) != 1 || x[0].UserID != "111" {
		t.Errorf("exposure after the others: %+v; want anna's account's alone", x)
	}
	audit, _ := f.store.ListAudit(ctx, storage.AuditQuery{CaseID: 1})
	var unmasks []string
	for _, e := range audit {
		if e.Action == "unmask" {
			unmasks = append(unmasks, e.Actor)
		}
	}
	if !slices.Equal(unmasks, []string{"web:anna", "web:cy"}) {
		t.Errorf("unmasks in the audit log: %q, want web:anna and web:cy", unmasks)
	}
}
