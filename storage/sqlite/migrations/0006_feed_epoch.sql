-- The feeds' epoch: random, made with the database, so that a reader of
-- a feed can tell a new database file, whose feeds number from 1 again,
-- from the one it read before.
CREATE TABLE feed_epoch (epoch TEXT NOT NULL);
INSERT INTO feed_epoch (epoch) VALUES (lower(hex(randomblob(8))));
