-- The duty roster and volunteers' wellbeing (storage.Roster): each
-- volunteer's duty per community; each volunteer's exposure per day and
-- case (counts per kind, the case's weight); the round-robin turn per
-- community; check-ins owed. Times are Unix nanoseconds, UTC.
CREATE TABLE duty (
	community TEXT NOT NULL,
	platform  TEXT NOT NULL,
	user_id   TEXT NOT NULL,
	name      TEXT NOT NULL,
	on_duty   INTEGER NOT NULL,
	since     INTEGER NOT NULL,
	by        TEXT NOT NULL,
	PRIMARY KEY (community, platform, user_id)
) WITHOUT ROWID;
CREATE TABLE exposure (
	community TEXT NOT NULL,
	user_id   TEXT NOT NULL,
	day       TEXT NOT NULL,            -- the community's local date, 2026-12-07
	case_id   INTEGER NOT NULL,
	opened    INTEGER NOT NULL DEFAULT 0,
	unmasked  INTEGER NOT NULL DEFAULT 0,
	claimed   INTEGER NOT NULL DEFAULT 0,
	handled   INTEGER NOT NULL DEFAULT 0,
	weight    INTEGER NOT NULL,
	PRIMARY KEY (community, user_id, day, case_id)
) WITHOUT ROWID;
CREATE INDEX exposure_day ON exposure (day, community);
CREATE TABLE duty_turn (
	community TEXT PRIMARY KEY,
	turn      INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE check_in (
	community TEXT NOT NULL,
	platform  TEXT NOT NULL,
	user_id   TEXT NOT NULL,
	case_id   INTEGER NOT NULL,
	due       INTEGER NOT NULL,
	PRIMARY KEY (community, user_id, case_id)
) WITHOUT ROWID;
CREATE INDEX check_in_due ON check_in (due);
