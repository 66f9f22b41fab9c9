// Package redis is the storage.Store and storage.Queue for several trygbot
// instances sharing one Redis server, through github.com/redis/go-redis/v9.
//
// It owns every key under its prefix (default "trygbot:"):
//
//	seq:case, seq:audit     counters that number cases and audit entries (INCR)
//	case:<id>               a case as JSON
//	key:<key>               a case's idempotency key (storage.CaseKey) -> its id
//	schema                  the version of this layout the keys were brought
//	                        to (migrate.go; Open, or a store made by New on
//	                        its first call, migrates older ones)
//	idx:all                 sorted sets of case ids, scored by id ...
//	idx:state:<state>, idx:platform:<p>, idx:community:<c>,
//	idx:channel:<ch>, idx:author:<pseudonym>
//	idx:created, idx:unpurged   ... or by a time in Unix microseconds:
//	idx:deadline, idx:followup  created-at, deadline, follow-up end,
//	idx:promptdue           when owed prompts may be posted again
//	audit:entries           hash: audit id -> entry as JSON
//	audit:time              sorted set of audit ids by time
//	audit:case:<id>         the same, for one case
//	vol:<unix hour>         hash of hourly counters, m<key> and f<key>
//	vol:hours               sorted set of the hours that have counters
//	feed:<name>:seq, :items an append-only feed (the ingest API's outbox):
//	feed:<name>:keys, :about  counter, items by sequence, idempotency keys,
//	                        and the case each item is about (for erasure)
//	feed:<name>:epoch       the feed's epoch: random, made on first use, so
//	                        readers see that Redis lost the feed
//	feeds                   set of the feeds' names
//	events                  the stream of incoming messages trygbot run
//	                        shares among instances (consumer group "bots";
//	                        consumers idle for Queue.StaleAfter that hold
//	                        nothing are removed)
//	session:epoch:<user>    a dashboard user's session epoch (INCR)
//	session:ended:<id>      a dashboard session ended before its expiry
//	duty                    hash: "<community>\x00<platform>\x00<user>" -> a
//	                        volunteer's duty as JSON (storage.Roster)
//	duty:turn:<community>   the round-robin re-offer's turn (INCR)
//	exposure:<day>          hash of a day's exposure per community, user and
//	                        case: a count per kind and the case's weight
//	exposure:days           sorted set of the days that have exposure
//	checkin:due, :data      check-ins owed, by due time, and their JSON
//
// A case and its index entries are written in one MULTI/EXEC; UpdateCase
// watches the case's key (WATCH) and retries a bounded number of times, so
// ListCases reads indexes and never scans the keyspace. Keys of one store
// are meant for one Redis server, not a cluster.
//
// What expires: hourly volume counters, Options.VolumeTTL after their hour
// (400 days unless set); an ended session's key, when the session would
// have expired. Cases, idempotency keys and the audit log are
// kept; Purge erases a case's evidence instead, and removes the feed
// items about the case and those past the retention period. A Queue
// deletes an item from its stream once it is acknowledged.
//
// It may import storage and rules only (and go-redis).
package redis
