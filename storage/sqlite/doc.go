// Package sqlite is the storage.Store for one trygbot instance: a single
// SQLite file in WAL mode, through the pure-Go driver modernc.org/sqlite
// (no cgo).
//
// It owns the database file's schema and its migrations (migrations/,
// embedded, numbered from 0001 and recorded in the schema_version table).
// Cases are rows whose filter columns ListCases uses, with the whole case
// as JSON beside them; the audit log and the hourly volume counters are
// plain tables, and so are the dashboard's session epochs and ended
// sessions (storage.Sessions). The feeds (storage.Feed, the ingest
// outbox) share one table and one epoch, made with the database (table
// feed_epoch, migration 0006), so their readers can tell a new file from
// the one they read before. The duty roster and the volunteers'
// wellbeing records (storage.Roster, migration 0007) are tables of their
// own: duty, exposure (per volunteer, day and case), duty_turn and
// check_in. Writes are serialised within the process
// and, with BEGIN IMMEDIATE and a busy timeout, across processes sharing
// the file. Nothing else expires: Purge erases evidence, and counters and
// audit entries are kept; an ended session's row is deleted once the
// session would have expired.
//
// It may import storage and rules only (and the driver).
package sqlite
