-- Feed items name the case they show (storage.Feed's about), so erasing a
-- case's evidence or forgetting its author removes them as well. Items
-- appended before have none and go by age only (retention, the outbox's
-- own trim).
ALTER TABLE feed ADD COLUMN about INTEGER;
CREATE INDEX feed_about ON feed (about) WHERE about IS NOT NULL;
