package web_test

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/trygbot/trygbot/bot"
	"github.com/trygbot/trygbot/rules"
	"github.com/trygbot/trygbot/storage"
	"github.com/trygbot/trygbot/web"
)

// scopeFixture is the dashboard with a fourth case, in community south,
// and two coordinators with evidence access limited to one community
// each: nora to north (cases 1-3), sam to south (case 4).
func scopeFixture(t *testing.T) *fixture {
	t.Helper()
	f := newFixture(t, func(o *web.Options) {
		o.Communities = []web.Community{{ID: "north", Name: "North Youth", Lang: "en"}, {ID: "south", Name: "South Side", Lang: "en"}}
		o.Users = append(o.Users,
			web.User{Name: "nora", Role: bot.RoleCoordinator, PasswordHash: hash(t, "nora-pw"), Evidence: true, Communities: []string{"north"}},
			web.User{Name: "sam", Role: bot.RoleCoordinator, PasswordHash: hash(t, "sam-pw"), Evidence: true, Communities: []string{"south"}})
	})
	m := rules.Match{Rule: "t.slur.zorblax", Category: rules.CatSlur, Severity: rules.SevHigh, Start: 9, End: 16, Text: "zorblax"}
	c, _, err := f.store.CreateCase(context.Background(), storage.Case{Key: "south-1", Platform: "fake", Community: "south", Channel: "s1",
		MessageID: "s1", Author: "us", Lang: "en", Text: "southern zorblax", Category: rules.CatSlur, Severity: rules.SevHigh,
		Verdict: rules.Verdict{Flagged: true, Category: rules.CatSlur, Severity: rules.SevHigh, Matches: []rules.Match{m}},
		Rules:   []string{m.Rule}, State: storage.StateOpen, CreatedAt: now, Version: 1})
	if err != nil || c.ID != 4 {
		t.Fatalf("case %d: %v", c.ID, err)
	}
	return f
}

// TestCommunityScope: a login limited to some communities sees and acts
// on their cases only, on every page: the queue lists only theirs, other
// cases' pages and evidence packs get 403 without their content, actions
// on them are refused by the bot and leave them untouched, the rules
// tester offers and accepts only their communities, and the summary and
// its CSV count only their cases. A login without a limit sees all.
func TestCommunityScope(t *testing.T) {
	f := scopeFixture(t)
	ctx := context.Background()
	for _, tc := range []struct {
		user       string
		mine, not  []int
		community  string // a community it may test rules with
		other      string // one it may not
		otherCase  int
		csvHas     string
		csvHasNot  string
		threatCase int    // an evidence pack it may download, or 0
		refusal    string // what the refused claim of otherCase says
	}{
		{user: "nora", mine: []int{1, 2, 3}, not: []int{4}, community: "north", other: "south", otherCase: 4,
			csvHas: "community,north,", csvHasNot: "community,south,", threatCase: 2,
			refusal: "Case 4: This case&#39;s community is not configured."}, // the fixture's bot knows north only
		{user: "sam", mine: []int{4}, not: []int{1, 2, 3}, community: "south", other: "north", otherCase: 1,
			csvHas: "community,south,", csvHasNot: "community,north,", refusal: "Case 1: You may not do that."},
	} {
		t.Run(tc.user, func(t *testing.T) {
			c, csrf := f.login(t, tc.user)
			queue := do(t, c, "GET", f.srv.URL+"/", nil)
			for _, id := range tc.mine {
				if !strings.Contains(queue.body, fmt.Sprintf(`id="case-%d"`, id)) {
					t.Errorf("queue lacks case %d", id)
				}
				if r := do(t, c, "GET", fmt.Sprintf("%s/cases/%d", f.srv.URL, id), nil); r.status != http.StatusOK {
					t.Errorf("case %d: %d, want 200", id, r.status)
				}
			}
			for _, id := range tc.not {
				if strings.Contains(queue.body, fmt.Sprintf(`id="case-%d"`, id)) {
					t.Errorf("queue shows case %d of another community", id)
				}
				for _, p := range []string{"/cases/%d", "/cases/%d/evidence.zip"} {
					r := do(t, c, "GET", f.srv.URL+fmt.Sprintf(p, id), nil)
					if r.status != http.StatusForbidden || strings.Contains(r.body, "zorblax") || strings.Contains(r.body, "kablooey") {
						t.Errorf("GET %s: %d %q, want 403 without the case", fmt.Sprintf(p, id), r.status, r.body)
					}
				}
			}
			// An action on another community's case is refused and changes nothing.
			r := do(t, c, "POST", fmt.Sprintf("%s/cases/%d/act", f.srv.URL, tc.otherCase), url.Values{"csrf": {csrf}, "action": {"claim"}, "return": {"queue"}})
			if r.status != http.StatusSeeOther {
				t.Fatalf("claim: %d", r.status)
			}
			if page := do(t, c, "GET", f.srv.URL+"/", nil); !strings.Contains(page.body, tc.refusal) {
				t.Errorf("the refused claim is not explained with %q", tc.refusal)
			}
			if cs, _ := f.store.GetCase(ctx, storage.CaseID(tc.otherCase)); cs.State != storage.StateOpen || cs.Owner != "" {
				t.Errorf("case %d %s owned by %q after a refused claim", tc.otherCase, cs.State, cs.Owner)
			}
			// Rules tester: its own communities only.
			form := do(t, c, "GET", f.srv.URL+"/rules/test", nil)
			if !strings.Contains(form.body, `value="`+tc.community+`"`) || strings.Contains(form.body, `value="`+tc.other+`"`) {
				t.Errorf("rules tester offers the wrong communities:\n%s", form.body)
			}
			if r := do(t, c, "POST", f.srv.URL+"/rules/test", url.Values{"csrf": {csrf}, "text": {"a zorblax"}, "community": {tc.other}}); r.status != http.StatusForbidden {
				t.Errorf("rules test with another community: %d, want 403", r.status)
			}
			if r := do(t, c, "POST", f.srv.URL+"/rules/test", url.Values{"csrf": {csrf}, "text": {"a zorblax"}, "community": {tc.community}}); r.status != http.StatusOK {
				t.Errorf("rules test with its community: %d, want 200", r.status)
			}
			// Summary and CSV: its communities only.
			csv := do(t, c, "GET", f.srv.URL+"/summary.csv?week=2026-W48", nil)
			if csv.status != http.StatusOK || !strings.Contains(csv.body, tc.csvHas) || strings.Contains(csv.body, tc.csvHasNot) {
				t.Errorf("summary CSV (%d) should have %q and not %q:\n%s", csv.status, tc.csvHas, tc.csvHasNot, csv.body)
			}
			if sum := do(t, c, "GET", f.srv.URL+"/summary?week=2026-W48", nil); sum.status != http.StatusOK || strings.Contains(sum.body, ">"+tc.other+"<") {
				t.Errorf("summary (%d) shows community %s", sum.status, tc.other)
			}
			if tc.threatCase != 0 {
				if r := do(t, c, "GET", fmt.Sprintf("%s/cases/%d/evidence.zip", f.srv.URL, tc.threatCase), nil); r.status != http.StatusOK {
					t.Errorf("evidence pack of its own community: %d, want 200", r.status)
				}
			}
		})
	}
	// Without a limit: every community.
	cy, _ := f.login(t, "cy")
	queue := do(t, cy, "GET", f.srv.URL+"/", nil)
	for id := 1; id <= 4; id++ {
		if !strings.Contains(queue.body, fmt.Sprintf(`id="case-%d"`, id)) {
			t.Errorf("cy's queue lacks case %d", id)
		}
	}
	if csv := do(t, cy, "GET", f.srv.URL+"/summary.csv?week=2026-W48", nil); !strings.Contains(csv.body, "community,north,") || !strings.Contains(csv.body, "community,south,") {
		t.Errorf("cy's CSV lacks a community:\n%s", csv.body)
	}
}
