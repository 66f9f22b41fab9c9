package storage

import (
	"context"
	"time"
)

// How a volunteer went on or off duty (Duty.By).
const (
	DutyByCommand   = "command"   // /duty on, /vagt on, /trygbot duty
	DutyByButton    = "button"    // the Discord duty button
	DutyByDashboard = "dashboard" // the dashboard's duty page
	DutyByShift     = "shift"     // a configured shift (never stored: computed)
)

// Duty is whether one volunteer (a configured moderator) is on duty in
// one community, as they or a coordinator last set it, since when and by
// what. Volunteers are staff: their platform user id is kept, as a case's
// Owner is, so prompts can mention them.
type Duty struct {
	Community string `json:"community"`
	Platform  string `json:"platform"`
	// UserID is the volunteer's platform user id.
	UserID string `json:"user_id"`
	// Name is the volunteer's display name when they last changed it,
	// for mentions and the dashboard.
	Name  string    `json:"name,omitempty"`
	On    bool      `json:"on"`
	Since time.Time `json:"since"`
	By    string    `json:"by"`
}

// Kinds of exposure (ExposureEvent.Kind).
const (
	ExposureOpened   = "opened"   // a case opened on the dashboard
	ExposureUnmasked = "unmasked" // the hidden words of a case shown, a deliberate tap
	ExposureClaimed  = "claimed"  // "I'll handle it"
	ExposureHandled  = "handled"  // a reply sent, not hate, escalated, deleted
)

// ExposureEvent is one time a volunteer opened, unmasked, claimed or
// handled a flagged case, for their wellbeing counters.
type ExposureEvent struct {
	Community string `json:"community"`
	UserID    string `json:"user_id"`
	// Day is the community's local date, "2026-12-07".
	Day  string `json:"day"`
	Case CaseID `json:"case"`
	Kind string `json:"kind"`
	// Weight is the case's weight by severity; a case counts once a day
	// whatever is done with it, with the weight it was first counted
	// with.
	Weight int `json:"weight"`
}

// Exposure is one volunteer's day in one community: how many times they
// opened, unmasked, claimed and handled flagged cases, how many cases
// that was, and the sum of those cases' weights.
type Exposure struct {
	Community string `json:"community"`
	UserID    string `json:"user_id"`
	Day       string `json:"day"`
	Opened    int    `json:"opened"`
	Unmasked  int    `json:"unmasked"`
	Claimed   int    `json:"claimed"`
	Handled   int    `json:"handled"`
	Cases     int    `json:"cases"`
	Weight    int    `json:"weight"`
}

// ExposureQuery selects exposure rows: of one community ("" for every
// one), for days From <= Day <= To ("" for no bound). Rows come sorted by
// day, community and user.
type ExposureQuery struct {
	Community string
	From, To  string
}

// CheckIn is a private check-in message owed to a volunteer some hours
// after they handled an urgent case.
type CheckIn struct {
	Community string    `json:"community"`
	Platform  string    `json:"platform"`
	UserID    string    `json:"user_id"`
	Case      CaseID    `json:"case"`
	Due       time.Time `json:"due"`
}

// Roster keeps the duty roster and the volunteers' wellbeing records:
// who is on duty, each volunteer's daily exposure, the turn of the
// round-robin re-offer, and the check-ins owed. Both stores implement
// it; every process sharing a store sees the same roster.
type Roster interface {
	// SetDuty records d as the volunteer's duty in d.Community,
	// replacing the earlier record. It does not block beyond a write.
	SetDuty(ctx context.Context, d Duty) error
	// ListDuty returns the duty records of a community ("" for every
	// community), on and off, sorted by community, platform and user id.
	ListDuty(ctx context.Context, community string) ([]Duty, error)
	// AddExposure counts e atomically and returns the volunteer's day
	// after it. A case already counted that day adds to the kind's count
	// but not to Cases or Weight, so claiming and then handling a case
	// weighs it once.
	AddExposure(ctx context.Context, e ExposureEvent) (Exposure, error)
	// ListExposure returns the exposure rows q selects.
	ListExposure(ctx context.Context, q ExposureQuery) ([]Exposure, error)
	// NextTurn returns the community's next round-robin turn, 1, 2, 3,
	// ..., each number once across every process sharing the store.
	NextTurn(ctx context.Context, community string) (int64, error)
	// ScheduleCheckIn owes c: one check-in per community, user and case,
	// so scheduling it again changes nothing.
	ScheduleCheckIn(ctx context.Context, c CheckIn) error
	// TakeCheckIns removes and returns the check-ins due at or before
	// now, oldest first: each is returned once, to one caller, across
	// every process sharing the store.
	TakeCheckIns(ctx context.Context, now time.Time) ([]CheckIn, error)
}
