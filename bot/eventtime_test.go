package bot_test

import (
	"encoding/hex"
	"testing"
	"time"

	"github.com/trygbot/trygbot/bot"
)

// A message's time survives the queue (Redis, the spool) whatever year it
// names: Unix nanoseconds hold only 1678-2262, and a time outside came
// back as another.
func TestEventTimesRoundTrip(t *testing.T) {
	for _, at := range []time.Time{
		time.Date(1, 1, 1, 0, 0, 1, 0, time.UTC),
		time.Date(1600, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(1677, 9, 21, 0, 12, 43, 145224191, time.UTC),
		time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2026, 3, 14, 9, 26, 53, 589793238, time.UTC),
		time.Date(2262, 4, 11, 23, 47, 16, 854775808, time.UTC),
		time.Date(2500, 6, 1, 12, 0, 0, 999999999, time.UTC),
		time.Date(9999, 12, 31, 23, 59, 59, 999999999, time.UTC),
		{},
	} {
		ev := bot.Event{Kind: bot.KindMessage, Platform: "ingest", ChatID: "forum", MessageID: "m", Text: "hej", At: at}
		got, err := bot.DecodeEvent(bot.EncodeEvent(ev))
		if err != nil || !got.At.Equal(at) || got.At.IsZero() != at.IsZero() {
			t.Errorf("At %v came back as %v (%v)", at, got.At, err)
		}
	}
}

// Items an earlier build queued (format 1, Unix nanoseconds) are still
// read after an upgrade.
func TestEventFormat1StillDecoded(t *testing.T) {
	v1, _ := hex.DecodeString("01076d65737361676506696e6765737405666f72756d016300026d3102753104556c6c610368656a000000aca78fc2c6c2d59c31010172")
	ev, err := bot.DecodeEvent(v1)
	if err != nil {
		t.Fatal(err)
	}
	want := bot.Event{Kind: bot.KindMessage, Platform: "ingest", ChatID: "forum", Channel: "c", MessageID: "m1", AuthorID: "u1",
		AuthorName: "Ulla", Text: "hej", At: time.Date(2026, 3, 14, 9, 26, 53, 589793238, time.UTC), AuthorRoles: []string{"r"}}
	if ev.At != want.At || ev.Text != want.Text || ev.AuthorName != want.AuthorName || len(ev.AuthorRoles) != 1 || ev.Channel != "c" {
		t.Errorf("format 1 decoded as %+v, want %+v", ev, want)
	}
}
