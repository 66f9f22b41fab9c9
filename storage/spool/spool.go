// Package spool keeps incoming work safe while the shared store is away:
// a storage.Queue that publishes to another queue (Redis Streams) and,
// when that fails, appends the items to a bounded file on local disk and
// publishes them, in order, once the queue answers again.
//
// An item Publish accepted is on disk (fsync, shared by concurrent
// callers) or in the queue. The flusher may publish an item twice if the
// process dies between publishing it and recording that it did; the bot's
// case creation is idempotent on the platform message, so that makes no
// second case.
package spool

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"log/slog"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/trygbot/trygbot/storage"
)

// ErrFull is returned by Publish when the queue is away and the spool has
// reached its size limit: the caller must refuse the work (HTTP 503) so
// its sender delivers it again later.
var ErrFull = errors.New("spool: full while the queue is unreachable")

// Options configure a spool. Zero values take the defaults.
type Options struct {
	// Dir holds the spool's files; it is created if missing.
	Dir string
	// MaxBytes bounds the spool file (256 MiB).
	MaxBytes int64
	// PublishTimeout bounds one publish to the queue before the item is
	// spooled instead (2 s).
	PublishTimeout time.Duration
	// RetryEvery is how often the flusher tries the queue again while it
	// is away (1 s).
	RetryEvery time.Duration
	Logger     *slog.Logger
}

// Status says how the spool is doing, for health checks and metrics.
type Status struct {
	// Degraded: the queue is away (the last publish failed) or items
	// wait on disk.
	Degraded bool
	Items    int   // items waiting on disk
	Bytes    int64 // their size on disk
	// Since is when the queue was last found away; LastError why.
	Since     time.Time
	LastError string
	// Full: new work is refused until the queue is back.
	Full bool
}

// Queue is a storage.Queue that spools to disk what the inner queue does
// not take. Run must be running for spooled items to be published.
type Queue struct {
	inner storage.Queue
	opt   Options
	log   *slog.Logger

	mu      sync.Mutex
	f       *os.File
	lock    *os.File // holds the directory's lock while open
	posFile string
	readOff int64 // first unpublished record
	size    int64 // end of the file
	items   int
	down    bool // the last publish to inner failed
	full    bool // the last append was refused for space
	since   time.Time
	lastErr string
	wake    chan struct{}

	syncMu sync.Mutex
	synced int64 // file size known to be on disk

	flushMu sync.Mutex // one flusher at a time
}

var _ storage.Queue = (*Queue)(nil)

const (
	dataName = "spool.log"
	posName  = "spool.pos"
	lockName = "spool.lock"
	header   = 8 // length and CRC-32C of each record
	maxItem  = 64 << 20
)

var crcTable = crc32.MakeTable(crc32.Castagnoli)

// Open opens (or creates) the spool in opt.Dir in front of inner. Items
// left on disk by an earlier run are kept and published by Run; a record
// torn by a crash mid-write is cut off, and said so.
func Open(inner storage.Queue, opt Options) (*Queue, error) {
	if opt.Dir == "" {
		return nil, errors.New("spool: no directory")
	}
	if opt.MaxBytes <= 0 {
		opt.MaxBytes = 256 << 20
	}
	if opt.PublishTimeout <= 0 {
		opt.PublishTimeout = 2 * time.Second
	}
	if opt.RetryEvery <= 0 {
		opt.RetryEvery = time.Second
	}
	if opt.Logger == nil {
		opt.Logger = slog.New(slog.DiscardHandler)
	}
	if err := os.MkdirAll(opt.Dir, 0o700); err != nil {
		return nil, fmt.Errorf("spool: %w", err)
	}
	lock, err := lockDir(opt.Dir)
	if err != nil {
		return nil, err
	}
	f, err := os.OpenFile(filepath.Join(opt.Dir, dataName), os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		lock.Close()
		return nil, fmt.Errorf("spool: %w", err)
	}
	q := &Queue{inner: inner, opt: opt, log: opt.Logger, f: f, lock: lock, posFile: filepath.Join(opt.Dir, posName), wake: make(chan struct{}, 1)}
	if err := q.recover(); err != nil {
		f.Close()
		lock.Close()
		return nil, err
	}
	if q.items > 0 {
		q.log.Warn("spool: items left from an earlier run will be published when the queue answers",
			"items", q.items, "bytes", q.size-q.readOff, "dir", opt.Dir)
		q.signal()
	}
	return q, nil
}

// recover reads the read offset and counts the records after it, cutting
// off a torn last record.
func (q *Queue) recover() error {
	if b, err := os.ReadFile(q.posFile); err == nil && len(b) == 8 {
		q.readOff = int64(binary.LittleEndian.Uint64(b))
	}
	fi, err := q.f.Stat()
	if err != nil {
		return fmt.Errorf("spool: %w", err)
	}
	end := fi.Size()
	if q.readOff > end {
		q.readOff = end
	}
	off := q.readOff
	for off < end {
		_, next, err := q.readAt(off)
		if err != nil {
			q.log.Warn("spool: cutting off a record torn by a crash", "offset", off, "bytes", end-off, "err", err)
			if err := q.f.Truncate(off); err != nil {
				return fmt.Errorf("spool: cut torn record: %w", err)
			}
			end = off
			break
		}
		off = next
		q.items++
	}
	q.size, q.synced = end, end
	return nil
}

// readAt reads the record at off and returns it and the next offset.
func (q *Queue) readAt(off int64) ([]byte, int64, error) {
	var h [header]byte
	if _, err := q.f.ReadAt(h[:], off); err != nil {
		return nil, 0, fmt.Errorf("header: %w", err)
	}
	n := binary.LittleEndian.Uint32(h[:4])
	if n > maxItem {
		return nil, 0, fmt.Errorf("record of %d bytes", n)
	}
	b := make([]byte, n)
	if _, err := q.f.ReadAt(b, off+header); err != nil {
		return nil, 0, fmt.Errorf("body: %w", err)
	}
	if crc32.Checksum(b, crcTable) != binary.LittleEndian.Uint32(h[4:]) {
		return nil, 0, errors.New("checksum mismatch")
	}
	return b, off + header + int64(n), nil
}

// Publish hands item to the queue, or, while the queue is away or items
// wait on disk (to keep their order), appends it to the spool. It returns
// ErrFull when the spool is full, and an error if the disk fails.
func (q *Queue) Publish(ctx context.Context, item []byte) error {
	if len(item) > maxItem {
		return fmt.Errorf("spool: item of %d bytes is over the %d limit", len(item), maxItem)
	}
	q.mu.Lock()
	direct := q.items == 0 && !q.down
	q.mu.Unlock()
	if direct {
		pctx, cancel := context.WithTimeout(ctx, q.opt.PublishTimeout)
		err := q.inner.Publish(pctx, item)
		cancel()
		if err == nil {
			return nil
		}
		if ctx.Err() != nil {
			return err // the caller gave up; it will deliver again
		}
		q.markDown(err)
	}
	return q.append(item)
}

// markDown records that the queue failed.
func (q *Queue) markDown(err error) {
	q.mu.Lock()
	was := q.down
	q.down, q.lastErr = true, err.Error()
	if !was {
		q.since = time.Now()
	}
	q.mu.Unlock()
	if !was {
		q.log.Error("queue unreachable: buffering incoming work on disk", "dir", q.opt.Dir, "err", err)
	}
}

// append writes item to the spool and waits until it is on disk.
func (q *Queue) append(item []byte) error {
	rec := make([]byte, header+len(item))
	binary.LittleEndian.PutUint32(rec[:4], uint32(len(item)))
	binary.LittleEndian.PutUint32(rec[4:8], crc32.Checksum(item, crcTable))
	copy(rec[header:], item)
	q.mu.Lock()
	if q.size+int64(len(rec)) > q.opt.MaxBytes {
		q.full = true
		q.mu.Unlock()
		return ErrFull
	}
	if _, err := q.f.WriteAt(rec, q.size); err != nil {
		q.mu.Unlock()
		return fmt.Errorf("spool: write: %w", err)
	}
	q.size += int64(len(rec))
	q.items++
	mine := q.size
	q.mu.Unlock()
	q.signal()
	// Group commit: one fsync covers every record written before it.
	q.syncMu.Lock()
	defer q.syncMu.Unlock()
	if q.synced >= mine {
		return nil
	}
	q.mu.Lock()
	upto := q.size
	q.mu.Unlock()
	if err := q.f.Sync(); err != nil {
		return fmt.Errorf("spool: sync: %w", err)
	}
	q.synced = upto
	return nil
}

func (q *Queue) signal() {
	select {
	case q.wake <- struct{}{}:
	default:
	}
}

// Consume reads from the inner queue.
func (q *Queue) Consume(ctx context.Context, consumer string, handle func(ctx context.Context, item []byte) error) error {
	return q.inner.Consume(ctx, consumer, handle)
}

// Run publishes spooled items, oldest first, whenever there are some and
// the queue answers, until ctx is done.
func (q *Queue) Run(ctx context.Context) error {
	t := time.NewTicker(q.opt.RetryEvery)
	defer t.Stop()
	for {
		if err := q.Flush(ctx); err != nil && ctx.Err() == nil {
			q.log.Debug("spool: queue still away", "err", err)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-q.wake:
			// Items arrived; give the queue RetryEvery before trying
			// again if it is away.
			q.mu.Lock()
			down := q.down
			q.mu.Unlock()
			if down {
				select {
				case <-ctx.Done():
					return nil
				case <-t.C:
				}
			}
		case <-t.C:
		}
	}
}

// Flush publishes every spooled item in order and empties the spool; it
// stops at the first failure, which it returns.
func (q *Queue) Flush(ctx context.Context) error {
	q.flushMu.Lock()
	defer q.flushMu.Unlock()
	start := time.Now()
	sent := 0
	for {
		q.mu.Lock()
		off, end := q.readOff, q.size
		q.mu.Unlock()
		if off >= end {
			return nil
		}
		item, next, err := q.readAt(off)
		if err != nil {
			return fmt.Errorf("spool: read at %d: %w", off, err)
		}
		pctx, cancel := context.WithTimeout(ctx, q.opt.PublishTimeout)
		err = q.inner.Publish(pctx, item)
		cancel()
		if err != nil {
			q.markDown(err)
			if sent > 0 {
				q.log.Warn("spool: queue failed again while flushing", "published", sent, "err", err)
			}
			return err
		}
		sent++
		if err := q.advance(next); err != nil {
			return err
		}
		if q.reset() {
			q.log.Info("queue reachable again: buffered work published", "items", sent, "took", time.Since(start).Round(time.Millisecond))
			return nil
		}
	}
}

// advance records that the record ending at next was published. A crash
// before this is written publishes it again (harmless: idempotent).
func (q *Queue) advance(next int64) error {
	q.mu.Lock()
	q.readOff = next
	q.items--
	q.full = false
	q.down = false
	q.mu.Unlock()
	var b [8]byte
	binary.LittleEndian.PutUint64(b[:], uint64(next))
	if err := os.WriteFile(q.posFile, b[:], 0o600); err != nil {
		return fmt.Errorf("spool: record position: %w", err)
	}
	return nil
}

// reset empties the files once everything was published, and reports
// whether it did.
func (q *Queue) reset() bool {
	q.syncMu.Lock() // lock order: syncMu, then mu
	defer q.syncMu.Unlock()
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.readOff < q.size {
		return false
	}
	if err := q.f.Truncate(0); err != nil {
		q.log.Error("spool: truncate", "err", err)
		return true
	}
	os.Remove(q.posFile)
	q.readOff, q.size, q.synced, q.items = 0, 0, 0, 0
	return true
}

// Status reports the spool's state.
func (q *Queue) Status() Status {
	q.mu.Lock()
	defer q.mu.Unlock()
	return Status{Degraded: q.down || q.items > 0, Items: q.items, Bytes: q.size - q.readOff, Since: q.since,
		LastError: q.lastErr, Full: q.full}
}

// MarkUp tells the spool the queue answers again (a health probe saw it),
// so new items go straight to it once the spool is empty.
func (q *Queue) MarkUp() {
	q.mu.Lock()
	q.down = false
	q.mu.Unlock()
	q.signal()
}

// MarkDown tells the spool the queue is away (a health probe failed), so
// new items go to disk at once instead of waiting PublishTimeout each.
func (q *Queue) MarkDown(err error) { q.markDown(err) }

// Close closes the spool file; spooled items stay for the next Open.
func (q *Queue) Close() error {
	q.flushMu.Lock()
	defer q.flushMu.Unlock()
	err := q.f.Close()
	q.lock.Close() // releases the lock
	return err
}
