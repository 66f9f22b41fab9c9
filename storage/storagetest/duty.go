package storagetest

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/trygbot/trygbot/storage"
)

// RunRoster runs the Roster contract against the stores open returns (a
// new, empty store each time, cleaned up by open).
func RunRoster(t *testing.T, open func(t *testing.T) storage.Roster) {
	t.Helper()
	runContract(t, open, []contractTest[storage.Roster]{
		{"DutyReplacesPerVolunteer", testDutyRecords},
		{"ExposureCountsCasesOnce", testExposure},
		{"ExposureConcurrent", testExposureConcurrent},
		{"TurnsAreUnique", testTurns},
		{"CheckInsTakenOnce", testCheckIns},
	})
}

func testDutyRecords(t *testing.T, s storage.Roster) {
	ctx := context.Background()
	at := time.Date(2026, 12, 7, 18, 0, 0, 123, time.FixedZone("CET", 3600))
	if got, err := s.ListDuty(ctx, ""); err != nil || len(got) != 0 {
		t.Fatalf("new store: ListDuty = %v, %v; want none", got, err)
	}
	put := func(d storage.Duty) {
		t.Helper()
		if err := s.SetDuty(ctx, d); err != nil {
			t.Fatalf("SetDuty(%+v): %v", d, err)
		}
	}
	put(storage.Duty{Community: "north", Platform: "discord", UserID: "200", Name: "Bo", On: true, Since: at, By: storage.DutyByCommand})
	put(storage.Duty{Community: "north", Platform: "discord", UserID: "100", Name: "Anna", On: true, Since: at, By: storage.DutyByButton})
	put(storage.Duty{Community: "south", Platform: "telegram", UserID: "100", Name: "Anna T", On: true, Since: at, By: storage.DutyByCommand})
	// Anna goes off duty in north: her record there is replaced, not added.
	off := at.Add(2 * time.Hour)
	put(storage.Duty{Community: "north", Platform: "discord", UserID: "100", Name: "Anna", On: false, Since: off, By: storage.DutyByDashboard})

	north, err := s.ListDuty(ctx, "north")
	if err != nil {
		t.Fatal(err)
	}
	want := []storage.Duty{
		{Community: "north", Platform: "discord", UserID: "100", Name: "Anna", On: false, Since: off.UTC().Round(0), By: storage.DutyByDashboard},
		{Community: "north", Platform: "discord", UserID: "200", Name: "Bo", On: true, Since: at.UTC().Round(0), By: storage.DutyByCommand},
	}
	if !slices.EqualFunc(north, want, dutyEqual) {
		t.Errorf("ListDuty(north) =\n%+v\nwant\n%+v", north, want)
	}
	all, err := s.ListDuty(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 3 || all[2].Community != "south" || all[2].Name != "Anna T" || !all[2].On {
		t.Errorf("ListDuty(\"\") = %+v, want north's two then south's one", all)
	}
	if got, _ := s.ListDuty(ctx, "nowhere"); len(got) != 0 {
		t.Errorf("ListDuty(nowhere) = %+v", got)
	}
}

func dutyEqual(a, b storage.Duty) bool {
	return a.Community == b.Community && a.Platform == b.Platform && a.UserID == b.UserID && a.Name == b.Name &&
		a.On == b.On && a.Since.Equal(b.Since) && a.By == b.By
}

func testExposure(t *testing.T, s storage.Roster) {
	ctx := context.Background()
	add := func(e storage.ExposureEvent) storage.Exposure {
		t.Helper()
		x, err := s.AddExposure(ctx, e)
		if err != nil {
			t.Fatalf("AddExposure(%+v): %v", e, err)
		}
		return x
	}
	day := "2026-12-07"
	ev := func(user string, c storage.CaseID, kind string, w int) storage.ExposureEvent {
		return storage.ExposureEvent{Community: "north", UserID: user, Day: day, Case: c, Kind: kind, Weight: w}
	}
	if x := add(ev("anna", 1, storage.ExposureUnmasked, 3)); x.Weight != 3 || x.Cases != 1 || x.Unmasked != 1 {
		t.Errorf("first event: %+v", x)
	}
	add(ev("anna", 1, storage.ExposureUnmasked, 3)) // a second tap counts as a tap, not a case
	add(ev("anna", 1, storage.ExposureClaimed, 3))
	x := add(ev("anna", 1, storage.ExposureHandled, 99)) // the first weight stays
	if x.Weight != 3 || x.Cases != 1 || x.Unmasked != 2 || x.Claimed != 1 || x.Handled != 1 {
		t.Errorf("one case four times: %+v; want weight 3, 1 case, 2 unmasked, 1 claimed, 1 handled", x)
	}
	x = add(ev("anna", 2, storage.ExposureOpened, 5))
	if x.Weight != 8 || x.Cases != 2 || x.Opened != 1 {
		t.Errorf("second case: %+v; want weight 8, 2 cases", x)
	}
	// Other volunteers, communities and days are apart.
	if x := add(ev("bo", 1, storage.ExposureClaimed, 3)); x.Weight != 3 || x.Cases != 1 {
		t.Errorf("bo: %+v", x)
	}
	other := ev("anna", 1, storage.ExposureClaimed, 2)
	other.Community = "south"
	if x := add(other); x.Weight != 2 || x.Community != "south" {
		t.Errorf("anna in south: %+v", x)
	}
	next := ev("anna", 3, storage.ExposureClaimed, 1)
	next.Day = "2026-12-08"
	if x := add(next); x.Weight != 1 || x.Day != "2026-12-08" {
		t.Errorf("anna the next day: %+v", x)
	}
	if _, err := s.AddExposure(ctx, ev("anna", 1, "stared", 1)); err == nil {
		t.Error("an unknown kind was counted")
	}

	rows, err := s.ListExposure(ctx, storage.ExposureQuery{Community: "north", From: day, To: day})
	if err != nil {
		t.Fatal(err)
	}
	got := fmt.Sprint(rows)
	want := fmt.Sprint([]storage.Exposure{
		{Community: "north", UserID: "anna", Day: day, Opened: 1, Unmasked: 2, Claimed: 1, Handled: 1, Cases: 2, Weight: 8},
		{Community: "north", UserID: "bo", Day: day, Claimed: 1, Cases: 1, Weight: 3},
	})
	if got != want {
		t.Errorf("ListExposure(north, %s) =\n%s\nwant\n%s", day, got, want)
	}
	all, err := s.ListExposure(ctx, storage.ExposureQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 4 || all[3].Day != "2026-12-08" || all[2].Community != "south" {
		t.Errorf("ListExposure(all) = %+v; want 3 rows on the 7th (north anna, north bo, south anna), 1 on the 8th", all)
	}
	if later, _ := s.ListExposure(ctx, storage.ExposureQuery{From: "2026-12-08"}); len(later) != 1 {
		t.Errorf("ListExposure(from the 8th) = %+v", later)
	}
	if earlier, _ := s.ListExposure(ctx, storage.ExposureQuery{To: "2026-12-06"}); len(earlier) != 0 {
		t.Errorf("ListExposure(to the 6th) = %+v", earlier)
	}
}

func testExposureConcurrent(t *testing.T, s storage.Roster) {
	const n = 20
	var wg sync.WaitGroup
	totals := make(chan int, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			x, err := s.AddExposure(context.Background(), storage.ExposureEvent{Community: "north", UserID: "anna",
				Day: "2026-12-07", Case: storage.CaseID(i + 1), Kind: storage.ExposureClaimed, Weight: 2})
			if err != nil {
				t.Error(err)
				return
			}
			totals <- x.Weight
		}()
	}
	wg.Wait()
	close(totals)
	seen := map[int]bool{}
	for w := range totals {
		if seen[w] {
			t.Errorf("two events saw the day at weight %d: counting is not atomic", w)
		}
		seen[w] = true
	}
	if !seen[2*n] {
		t.Errorf("no event saw the final weight %d", 2*n)
	}
}

func testTurns(t *testing.T, s storage.Roster) {
	const n = 20
	var wg sync.WaitGroup
	turns := make(chan int64, n)
	for range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			turn, err := s.NextTurn(context.Background(), "north")
			if err != nil {
				t.Error(err)
				return
			}
			turns <- turn
		}()
	}
	wg.Wait()
	close(turns)
	var got []int64
	for turn := range turns {
		got = append(got, turn)
	}
	slices.Sort(got)
	for i, turn := range got {
		if turn != int64(i+1) {
			t.Fatalf("turns %v, want 1..%d once each", got, n)
		}
	}
	if turn, err := s.NextTurn(context.Background(), "south"); err != nil || turn != 1 {
		t.Errorf("south's first turn = %d, %v; want 1", turn, err)
	}
}

func testCheckIns(t *testing.T, s storage.Roster) {
	ctx := context.Background()
	now := time.Date(2026, 12, 7, 20, 0, 0, 0, time.UTC)
	sched := func(c storage.CheckIn) {
		t.Helper()
		if err := s.ScheduleCheckIn(ctx, c); err != nil {
			t.Fatalf("ScheduleCheckIn: %v", err)
		}
	}
	sched(storage.CheckIn{Community: "north", Platform: "discord", UserID: "anna", Case: 7, Due: now.Add(3 * time.Hour)})
	sched(storage.CheckIn{Community: "north", Platform: "discord", UserID: "anna", Case: 7, Due: now.Add(9 * time.Hour)}) // again: no change
	sched(storage.CheckIn{Community: "north", Platform: "discord", UserID: "bo", Case: 8, Due: now.Add(time.Hour)})
	sched(storage.CheckIn{Community: "north", Platform: "discord", UserID: "anna", Case: 9, Due: now.Add(5 * time.Hour)})

	if got, err := s.TakeCheckIns(ctx, now); err != nil || len(got) != 0 {
		t.Fatalf("TakeCheckIns before any is due = %+v, %v", got, err)
	}
	got, err := s.TakeCheckIns(ctx, now.Add(3*time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].UserID != "bo" || got[0].Case != 8 || got[1].Case != 7 || got[1].Platform != "discord" ||
		!got[1].Due.Equal(now.Add(3*time.Hour)) {
		t.Fatalf("TakeCheckIns(+3h) = %+v; want bo's case 8, then anna's case 7 due at +3h", got)
	}
	if again, _ := s.TakeCheckIns(ctx, now.Add(3*time.Hour)); len(again) != 0 {
		t.Errorf("taken twice: %+v", again)
	}
	// Taken, a check-in may be owed again (a later urgent case is another
	// case anyway).
	sched(storage.CheckIn{Community: "north", Platform: "discord", UserID: "anna", Case: 7, Due: now.Add(4 * time.Hour)})
	var wg sync.WaitGroup
	taken := make(chan storage.CheckIn, 10)
	for range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cs, err := s.TakeCheckIns(context.Background(), now.Add(24*time.Hour))
			if err != nil {
				t.Error(err)
			}
			for _, c := range cs {
				taken <- c
			}
		}()
	}
	wg.Wait()
	close(taken)
	var cases []storage.CaseID
	for c := range taken {
		cases = append(cases, c.Case)
	}
	slices.Sort(cases)
	if !slices.Equal(cases, []storage.CaseID{7, 9}) {
		t.Errorf("five concurrent takers got cases %v; want 7 and 9 once each", cases)
	}
}
