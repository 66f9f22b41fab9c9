package app

import (
	"slices"
	"testing"
	"time"

	"github.com/trygbot/trygbot/config"
	"github.com/trygbot/trygbot/rules"
)

// TestOptOutCategoriesAgree keeps config's list of the categories a
// volunteer can opt out of the same as the rules engine's.
func TestOptOutCategoriesAgree(t *testing.T) {
	var want []string
	for _, c := range rules.Categories {
		want = append(want, string(c))
	}
	got := config.OptOutCategories()
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("config opt-out categories %v, rules categories %v", got, want)
	}
}

func TestDutyOptionsFromConfig(t *testing.T) {
	cfg := config.Default()
	cfg.Timezone = "Europe/Copenhagen"
	capped := 12
	c := config.Community{ID: "n", Platform: "console", Duty: config.Duty{Enabled: true, Fallback: "chat", FallbackChat: "night",
		Shifts: []config.Shift{{Days: []string{"weekend"}, From: "22:00", To: "02:00", Volunteers: []string{"user:anna Anna", "user:bo"}}}},
		Wellbeing: config.Wellbeing{ExposureCap: &capped, OptOuts: []config.OptOut{{Volunteer: "user:bo", Categories: []string{"threat"}}},
			CheckIn: config.CheckIn{Enabled: true, After: 3 * time.Hour, Support: "12 34 56 78"}}}
	d := dutyOptions(cfg, &c)
	if !d.Routing || d.Fallback != "chat" || d.FallbackChatID != "night" || d.Location.String() != "Europe/Copenhagen" || len(d.Shifts) != 1 {
		t.Fatalf("duty %+v", d)
	}
	s := d.Shifts[0]
	if s.From != 22*time.Hour || s.To != 2*time.Hour || !slices.Equal(s.Days, []time.Weekday{time.Sunday, time.Saturday}) ||
		len(s.Volunteers) != 2 || s.Volunteers[0].ID != "anna" || s.Volunteers[0].Name != "Anna" || s.Volunteers[1].ID != "bo" {
		t.Errorf("shift %+v", s)
	}
	w := wellbeingOptions(&c)
	if w.Cap != 12 || w.CheckInAfter != 3*time.Hour || w.Support != "12 34 56 78" || !w.RotationNudge ||
		!slices.Equal(w.OptOuts["bo"], []rules.Category{rules.CatThreat}) {
		t.Errorf("wellbeing %+v", w)
	}
}

// TestWebVolunteerFromConfig: a dashboard login's linked chat accounts
// and the communities' platforms reach the dashboard.
func TestWebVolunteerFromConfig(t *testing.T) {
	cfg := config.Default()
	cfg.Web.Listen = "127.0.0.1:0"
	cfg.Communities = []config.Community{{ID: "t1", Name: "T One", Platform: "telegram", Language: "en"}}
	cfg.Web.Users = []config.WebUser{{Name: "anna", Role: "moderator", PasswordHash: "$2a$10$abc", Volunteer: []string{"telegram:5", "discord:7"}}}
	w := webSpec(cfg)
	if w == nil || len(w.Options.Users) != 1 {
		t.Fatalf("web spec %+v", w)
	}
	if v := w.Options.Users[0].Volunteer; len(v) != 2 || v["telegram"] != "5" || v["discord"] != "7" {
		t.Errorf("volunteer %v, want telegram 5 and discord 7", v)
	}
	if cs := w.Options.Communities; len(cs) != 1 || cs[0].Platform != "telegram" {
		t.Errorf("communities %+v, want t1 on telegram", cs)
	}
}
