-- Dashboard logins: each user's session epoch (logging out everywhere
-- increments it), and sessions ended before they expire; until is Unix
-- nanoseconds, UTC, after which the row is deleted.
CREATE TABLE session_epoch (
	user  TEXT PRIMARY KEY,
	epoch INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE session_ended (
	id    TEXT PRIMARY KEY,
	until INTEGER NOT NULL
) WITHOUT ROWID;
