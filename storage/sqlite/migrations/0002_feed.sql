-- Append-only feeds (the ingest API's outbox); at is Unix nanoseconds, UTC.
CREATE TABLE feed (
	seq  INTEGER PRIMARY KEY AUTOINCREMENT,
	name TEXT NOT NULL,
	at   INTEGER NOT NULL,
	data BLOB NOT NULL
);
CREATE INDEX feed_name ON feed (name, seq);
CREATE INDEX feed_at ON feed (name, at);
