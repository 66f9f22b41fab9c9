// Package storage defines the Store interface and its records; the drivers
// live in storage/sqlite and storage/redis.
//
// It may import rules only.
package storage
