// Package storagetest is the contract every storage.Store and storage.Queue
// must meet, as test suites that each driver runs against itself:
// storagetest.Run(t, open), RunQueue, RunFeed, and RunErasure, which
// searches everything a store holds (the driver dumps it) for a forgotten
// person's data.
//
// Where storage.go leaves a detail open, the suite pins it down, so both
// drivers behave alike:
//   - CreateCase assigns ID and Version 1, sets a zero CreatedAt to the
//     store's clock, and stores every time in UTC without a monotonic
//     reading. An empty Key does not deduplicate.
//   - UpdateCase keeps ID and Key whatever fn does to them and bumps
//     Version by one.
//   - FollowUpAt t selects cases with CreatedAt <= t < FollowUpUntil.
//   - AddAudit assigns increasing IDs, sets a zero At to the store's clock
//     and returns storage.ErrNotFound for a CaseID that names no case.
//     ListAudit orders by At, then ID.
//   - AddVolume truncates the key's hour to the hour in UTC, refuses
//     negative counts and more flagged than messages, and makes no row
//     for 0, 0; Volume orders rows by hour, platform, community and
//     channel.
//   - Purge skips cases it purged before, bumps Version, and counts only
//     the cases it changed.
//   - Close may be called more than once.
//
// It may import storage and rules, and the standard library's testing.
package storagetest
