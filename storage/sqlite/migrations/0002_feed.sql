-- Append-only feeds (the ingest API's outbox); at is Unix nanoseconds, UTC;
-- key, when set, makes an append idempotent.
CREATE TABLE feed (
	seq  INTEGER PRIMARY KEY AUTOINCREMENT,
	name TEXT NOT NULL,
	key  TEXT,
	at   INTEGER NOT NULL,
	data BLOB NOT NULL
);
CREATE INDEX feed_name ON feed (name, seq);
CREATE INDEX feed_at ON feed (name, at);
CREATE UNIQUE INDEX feed_key ON feed (name, key) WHERE key IS NOT NULL;
