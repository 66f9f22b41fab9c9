package bottest

import (
	"context"
	"testing"

	"github.com/trygbot/trygbot/storage"
)

// Exposure is what st (a storage.Roster) counted of the users' days, by
// user id.
func Exposure(tb testing.TB, st storage.Store) map[string]storage.Exposure {
	tb.Helper()
	roster, ok := st.(storage.Roster)
	if !ok {
		tb.Fatalf("%T is not a storage.Roster", st)
	}
	rows, err := roster.ListExposure(context.Background(), storage.ExposureQuery{})
	if err != nil {
		tb.Fatal(err)
	}
	out := map[string]storage.Exposure{}
	for _, x := range rows {
		out[x.UserID] = x
	}
	return out
}

// Audited is the audit log's actions on case id, as "actor action".
func Audited(tb testing.TB, st storage.Store, id storage.CaseID) []string {
	tb.Helper()
	es, err := st.ListAudit(context.Background(), storage.AuditQuery{CaseID: id})
	if err != nil {
		tb.Fatal(err)
	}
	var out []string
	for _, e := range es {
		out = append(out, e.Actor+" "+e.Action)
	}
	return out
}
