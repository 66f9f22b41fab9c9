package sqlite

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/trygbot/trygbot/storage"
	"github.com/trygbot/trygbot/storage/storagetest"
)

// mustOpen opens a store at path and closes it when the test ends.
func mustOpen(tb testing.TB, path string) *Store {
	tb.Helper()
	s, err := Open(context.Background(), path)
	if err != nil {
		tb.Fatalf("Open(%s): %v", path, err)
	}
	tb.Cleanup(func() {
		if err := s.Close(); err != nil {
			tb.Errorf("Close: %v", err)
		}
	})
	return s
}

func tempDB(tb testing.TB) string {
	tb.Helper()
	return filepath.Join(tb.TempDir(), "trygbot.db")
}

func TestStore(t *testing.T) {
	storagetest.Run(t, func(t *testing.T) storage.Store { return mustOpen(t, tempDB(t)) })
}

func TestFeed(t *testing.T) {
	storagetest.RunFeed(t, func(t *testing.T) storage.Feed { return mustOpen(t, tempDB(t)) })
}

func TestSessions(t *testing.T) {
	storagetest.RunSessions(t, func(t *testing.T) storage.Sessions { return mustOpen(t, tempDB(t)) })
}

// TestPurgeLeavesNoTrace checks the bytes on disk: evidence that Purge
// erased must not linger in free pages or the write-ahead log.
func TestPurgeLeavesNoTrace(t *testing.T) {
	ctx := context.Background()
	path := tempDB(t)
	s := mustOpen(t, path)
	const secret = "very-secret-evidence-7f3a9c"
	long := strings.Repeat(secret+" ", 400) // spills into overflow pages
	for i, text := range []string{secret, long} {
		c := storage.Case{Key: fmt.Sprint(i), State: storage.StateOpen, CreatedAt: time.Now().Add(-time.Hour),
			Text: text, AuthorName: secret, Notes: []storage.Note{{Text: secret}}}
		if _, _, err := s.CreateCase(ctx, c); err != nil {
			t.Fatalf("CreateCase: %v", err)
		}
	}
	if n, err := s.Purge(ctx, time.Now()); err != nil || n != 2 {
		t.Fatalf("Purge = %d, %v; want 2, nil", n, err)
	}
	for _, f := range []string{path, path + "-wal"} {
		b, err := os.ReadFile(f)
		if errors.Is(err, os.ErrNotExist) {
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		if n := bytes.Count(b, []byte(secret)); n > 0 {
			t.Errorf("%s still holds the purged text %d times", filepath.Base(f), n)
		}
	}
}

func TestOpenSettings(t *testing.T) {
	s := mustOpen(t, tempDB(t))
	ctx := context.Background()
	for _, tt := range []struct {
		pragma string
		want   string
	}{
		{"journal_mode", "wal"},
		{"foreign_keys", "1"},
		{"busy_timeout", fmt.Sprint(busyTimeout.Milliseconds())},
		{"synchronous", "1"}, // NORMAL
		{"secure_delete", "1"},
	} {
		var got string
		if err := s.db.QueryRowContext(ctx, "PRAGMA "+tt.pragma).Scan(&got); err != nil {
			t.Fatalf("PRAGMA %s: %v", tt.pragma, err)
		}
		if got != tt.want {
			t.Errorf("PRAGMA %s = %q, want %q", tt.pragma, got, tt.want)
		}
	}
}

func schemaVersion(t *testing.T, db *sql.DB) (version, rows int) {
	t.Helper()
	err := db.QueryRowContext(context.Background(), `SELECT COALESCE(MAX(version), 0), COUNT(*) FROM schema_version`).Scan(&version, &rows)
	if err != nil {
		t.Fatalf("read schema_version: %v", err)
	}
	return version, rows
}

func TestMigrationsNumbered(t *testing.T) {
	migs, err := migrations()
	if err != nil {
		t.Fatalf("migrations: %v", err)
	}
	if len(migs) == 0 {
		t.Fatal("no migrations embedded")
	}
	for i, m := range migs {
		if m.version != i+1 || strings.TrimSpace(m.sql) == "" {
			t.Errorf("migration %d is %s (version %d), want version %d with SQL", i, m.name, m.version, i+1)
		}
	}
}

func TestReopenIsNoop(t *testing.T) {
	ctx := context.Background()
	path := tempDB(t)
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	c, _, err := s.CreateCase(ctx, storage.Case{Key: "k", State: storage.StateOpen, Text: "kept"})
	if err != nil {
		t.Fatalf("CreateCase: %v", err)
	}
	if err := s.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	migs, _ := migrations()
	for i := range 2 {
		// Migrations are plain CREATE statements: applying one twice
		// would fail, so a second Open that succeeds applied none.
		s := mustOpen(t, path)
		if v, rows := schemaVersion(t, s.db); v != len(migs) || rows != 1 {
			t.Errorf("open %d: schema_version holds %d rows, version %d; want 1 row, version %d", i+2, rows, v, len(migs))
		}
		got, err := s.GetCase(ctx, c.ID)
		if err != nil || got.Text != "kept" {
			t.Errorf("open %d: GetCase = %q, %v; want the case from before", i+2, got.Text, err)
		}
	}
}

func TestFutureSchemaRefused(t *testing.T) {
	ctx := context.Background()
	path := tempDB(t)
	s := mustOpen(t, path)
	migs, _ := migrations()
	future := len(migs) + 1
	if _, err := s.db.ExecContext(ctx, `UPDATE schema_version SET version = ?`, future); err != nil {
		t.Fatalf("set future version: %v", err)
	}
	if err := s.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}

	s2, err := Open(ctx, path)
	if err == nil {
		s2.Close()
		t.Fatal("Open of a database from a newer trygbot succeeded, want an error")
	}
	if !errors.Is(err, ErrSchemaTooNew) {
		t.Errorf("Open error = %v, want ErrSchemaTooNew", err)
	}
	for _, want := range []string{path, fmt.Sprintf("schema version %d", future), fmt.Sprintf("up to %d", len(migs))} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("Open error %q does not mention %q", err, want)
		}
	}
	// The refused open left the file as it was.
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatalf("sql.Open: %v", err)
	}
	defer db.Close()
	if v, _ := schemaVersion(t, db); v != future {
		t.Errorf("schema version after refused open = %d, want %d", v, future)
	}
}

func TestOpenRejects(t *testing.T) {
	ctx := context.Background()
	for _, path := range []string{"", ":memory:", "file:x.db", "x.db?mode=ro", filepath.Join(t.TempDir(), "missing", "dir", "trygbot.db")} {
		s, err := Open(ctx, path)
		if err == nil {
			s.Close()
			t.Errorf("Open(%q) succeeded, want an error", path)
			continue
		}
		if !strings.HasPrefix(err.Error(), "sqlite: open") {
			t.Errorf("Open(%q) error %q, want it to start with %q", path, err, "sqlite: open")
		}
	}
}

func TestOpenCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	s, err := Open(ctx, tempDB(t))
	if err == nil {
		s.Close()
		t.Fatal("Open with a cancelled context succeeded")
	}
	if !errors.Is(err, context.Canceled) {
		t.Errorf("Open error = %v, want context.Canceled", err)
	}
}

// TestTwoStoresOneFile stands in for two processes sharing a database:
// claims through either store are serialised by BEGIN IMMEDIATE.
func TestTwoStoresOneFile(t *testing.T) {
	ctx := context.Background()
	path := tempDB(t)
	stores := []*Store{mustOpen(t, path), mustOpen(t, path)}
	c, _, err := stores[0].CreateCase(ctx, storage.Case{Key: "k", State: storage.StateOpen})
	if err != nil {
		t.Fatalf("CreateCase: %v", err)
	}
	if got, created, err := stores[1].CreateCase(ctx, storage.Case{Key: "k", State: storage.StateOpen}); err != nil || created || got.ID != c.ID {
		t.Fatalf("CreateCase through the other store = %d, %v, %v; want %d, false, nil", got.ID, created, err, c.ID)
	}
	errTaken := errors.New("taken")
	const n = 20
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			_, errs[i] = stores[i%2].UpdateCase(ctx, c.ID, func(c *storage.Case) error {
				if c.State != storage.StateOpen {
					return errTaken
				}
				c.State, c.Owner = storage.StateClaimed, fmt.Sprint(i)
				return nil
			})
		})
	}
	wg.Wait()
	won := 0
	for i, err := range errs {
		switch {
		case err == nil:
			won++
		case !errors.Is(err, errTaken):
			t.Errorf("claim %d: %v", i, err)
		}
	}
	if won != 1 {
		t.Errorf("%d claims succeeded, want 1", won)
	}
	for _, s := range stores {
		got, err := s.GetCase(ctx, c.ID)
		if err != nil || got.State != storage.StateClaimed || got.Version != 2 {
			t.Errorf("GetCase = state %q version %d, %v; want claimed, 2", got.State, got.Version, err)
		}
	}
}

func TestErrorsNameTheOperation(t *testing.T) {
	s := mustOpen(t, tempDB(t))
	_, err := s.UpdateCase(context.Background(), 42, func(*storage.Case) error { return nil })
	if want := "sqlite: update case 42: storage: not found"; err == nil || err.Error() != want {
		t.Errorf("UpdateCase(42) error = %v, want %q", err, want)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	_, err = s.GetCase(context.Background(), 7)
	if want := "sqlite: get case 7: storage: closed"; err == nil || err.Error() != want {
		t.Errorf("GetCase after Close error = %v, want %q", err, want)
	}
}

func BenchmarkAddVolume(b *testing.B) {
	s := mustOpen(b, tempDB(b))
	k := storage.VolumeKey{Platform: "discord", Community: "g", Channel: "c", Hour: time.Now()}
	for b.Loop() {
		if err := s.AddVolume(context.Background(), k, 1, 0); err != nil {
			b.Fatal(err)
		}
	}
}

// TestMigrateCaseKeys opens a database made before case keys were
// length-prefixed: its old keys are rewritten to storage.CaseKey's form,
// so a message delivered again after the upgrade still finds its case,
// and keys of other forms stay as they were.
func TestMigrateCaseKeys(t *testing.T) {
	ctx := context.Background()
	path := tempDB(t)
	migs, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	old, err := open(ctx, path, migs[:3]) // the schema before 0004_case_keys
	if err != nil {
		t.Fatal(err)
	}
	type msg struct{ platform, chat, channel, id string }
	msgs := []msg{
		{"discord", "g1", "c9", "m1"},
		{"ingest", "forum/a", "x/y", "y/z"},
		{"telegram", "-100123", "", "ø/7"},
		{"ingest", "", "général", "m"},
	}
	var ids []storage.CaseID
	for _, m := range msgs {
		c, _, err := old.CreateCase(ctx, storage.Case{Key: m.platform + "/" + m.chat + "/" + m.channel + "/" + m.id,
			Platform: m.platform, Community: "comm", Channel: m.channel, MessageID: m.id, State: storage.StateOpen})
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, c.ID)
	}
	chosen, _, err := old.CreateCase(ctx, storage.Case{Key: "chosen/key", Platform: "ingest", Channel: "x", MessageID: "y", State: storage.StateOpen})
	if err != nil {
		t.Fatal(err)
	}
	if err := old.Close(); err != nil {
		t.Fatal(err)
	}

	s := mustOpen(t, path)
	for i, m := range msgs {
		want := storage.CaseKey(m.platform, m.chat, m.channel, m.id)
		got, err := s.GetCase(ctx, ids[i])
		if err != nil || got.Key != want {
			t.Errorf("case %d after the migration: key %q, %v; want %q", ids[i], got.Key, err, want)
		}
		var column string
		if err := s.db.QueryRowContext(ctx, `SELECT key FROM cases WHERE id = ?`, int64(ids[i])).Scan(&column); err != nil || column != want {
			t.Errorf("case %d: key column %q, %v; want %q", ids[i], column, err, want)
		}
		again, created, err := s.CreateCase(ctx, storage.Case{Key: want, Platform: m.platform, State: storage.StateOpen})
		if err != nil || created || again.ID != ids[i] {
			t.Errorf("message %v delivered again: case %d, created %v, %v; want case %d", m, again.ID, created, err, ids[i])
		}
	}
	if got, err := s.GetCase(ctx, chosen.ID); err != nil || got.Key != "chosen/key" {
		t.Errorf("a key of another form: %q, %v; want it unchanged", got.Key, err)
	}
}

func TestErasure(t *testing.T) {
	storagetest.RunErasure(t, func(t *testing.T) (storage.Store, storagetest.Dump) {
		s := mustOpen(t, tempDB(t))
		return s, func(t *testing.T) []string { return dumpRows(t, s.db) }
	})
}

// dumpRows returns every value of every row of every table, as text.
func dumpRows(t *testing.T, db *sql.DB) []string {
	t.Helper()
	ctx := context.Background()
	rows, err := db.QueryContext(ctx, `SELECT name FROM sqlite_master WHERE type = 'table'`)
	if err != nil {
		t.Fatal(err)
	}
	var tables []string
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			t.Fatal(err)
		}
		tables = append(tables, name)
	}
	rows.Close()
	var out []string
	for _, table := range tables {
		rows, err := db.QueryContext(ctx, `SELECT * FROM "`+table+`"`)
		if err != nil {
			t.Fatal(err)
		}
		cols, _ := rows.Columns()
		for rows.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			for i, v := range vals {
				if b, ok := v.([]byte); ok {
					v = string(b)
				}
				out = append(out, fmt.Sprintf("%s.%s=%v", table, cols[i], v))
			}
		}
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
		rows.Close()
	}
	return out
}

// TestForgetLeavesNoTrace checks the bytes on disk: a forgotten person's
// text, in their case and in the outbox items quoting it, must not linger
// in free pages or the write-ahead log.
func TestForgetLeavesNoTrace(t *testing.T) {
	ctx := context.Background()
	path := tempDB(t)
	s := mustOpen(t, path)
	const secret = "forgotten-evidence-3c9a7f"
	c, _, err := s.CreateCase(ctx, storage.Case{Key: "k", Author: "pseud-gone", State: storage.StateOpen, Text: secret, AuthorName: secret})
	if err != nil {
		t.Fatal(err)
	}
	for i := range 3 {
		if _, err := s.Append(ctx, "outbox", fmt.Sprint("item-", i), c.ID, []byte(strings.Repeat(secret+" ", 300*i+1))); err != nil {
			t.Fatal(err)
		}
	}
	if res, err := s.ForgetAuthor(ctx, "pseud-gone"); err != nil || res.FeedItems != 3 {
		t.Fatalf("ForgetAuthor = %+v, %v; want 3 feed items", res, err)
	}
	for _, f := range []string{path, path + "-wal"} {
		b, err := os.ReadFile(f)
		if errors.Is(err, os.ErrNotExist) {
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		if n := bytes.Count(b, []byte(secret)); n > 0 {
			t.Errorf("%s still holds the forgotten text %d times", filepath.Base(f), n)
		}
	}
}

func TestTrials(t *testing.T) {
	storagetest.RunTrials(t, func(t *testing.T) storage.Store { return mustOpen(t, tempDB(t)) })
}

func TestRoster(t *testing.T) {
	storagetest.RunRoster(t, func(t *testing.T) storage.Roster { return mustOpen(t, tempDB(t)) })
}
