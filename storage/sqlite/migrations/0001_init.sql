-- Cases: the columns ListCases filters on, and the whole case as JSON.
-- Times are Unix nanoseconds in UTC; NULL when unset.
CREATE TABLE cases (
	id              INTEGER PRIMARY KEY AUTOINCREMENT,
	key             TEXT UNIQUE,            -- NULL: no idempotency key
	platform        TEXT NOT NULL,
	community       TEXT NOT NULL,
	channel         TEXT NOT NULL,
	author          TEXT NOT NULL,
	state           TEXT NOT NULL,
	created_at      INTEGER NOT NULL,
	deadline        INTEGER,
	follow_up_until INTEGER,
	purged          INTEGER NOT NULL DEFAULT 0,
	version         INTEGER NOT NULL,
	data            TEXT NOT NULL           -- storage.Case as JSON
);
CREATE INDEX cases_state ON cases (state);
CREATE INDEX cases_platform ON cases (platform);
CREATE INDEX cases_community ON cases (community, channel);
CREATE INDEX cases_channel ON cases (channel);
CREATE INDEX cases_author ON cases (author);
CREATE INDEX cases_created ON cases (created_at);
CREATE INDEX cases_unpurged ON cases (created_at) WHERE purged = 0;
CREATE INDEX cases_deadline ON cases (deadline) WHERE deadline IS NOT NULL;
CREATE INDEX cases_follow_up ON cases (follow_up_until) WHERE follow_up_until IS NOT NULL;

CREATE TABLE audit (
	id      INTEGER PRIMARY KEY AUTOINCREMENT,
	at      INTEGER NOT NULL,
	case_id INTEGER REFERENCES cases (id),  -- NULL: not about a case
	actor   TEXT NOT NULL,
	role    TEXT NOT NULL,
	action  TEXT NOT NULL,
	detail  TEXT NOT NULL
);
CREATE INDEX audit_at ON audit (at, id);
CREATE INDEX audit_case ON audit (case_id, at, id);

-- Hourly message counters; hour is Unix seconds, UTC.
CREATE TABLE volume (
	hour      INTEGER NOT NULL,
	platform  TEXT NOT NULL,
	community TEXT NOT NULL,
	channel   TEXT NOT NULL,
	messages  INTEGER NOT NULL,
	flagged   INTEGER NOT NULL,
	PRIMARY KEY (hour, platform, community, channel)
) WITHOUT ROWID;
