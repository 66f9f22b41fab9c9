// Package replay feeds a JSON Lines file of chat messages through the bot,
// as fast as possible or at a multiple of real time. Each line is an
// object such as the benchmark corpus uses:
//
//	{"id":"m1","platform":"discord","channel":"general","author":"u1","text":"...","ts":"2026-11-23T09:00:00Z"}
//
// "ts" (RFC 3339 or Unix seconds) and "chat_id" are optional. Prompts and
// replies go to a writer, or are only counted.
//
// It imports bot and storage only.
package replay

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/trygbot/trygbot/bot"
	"github.com/trygbot/trygbot/storage"
)

// Platform is the replay adapter's platform name.
const Platform = "replay"

// Line is one message of a replay file.
type Line struct {
	ID       string          `json:"id"`
	Platform string          `json:"platform"`
	ChatID   string          `json:"chat_id"`
	Channel  string          `json:"channel"`
	Author   string          `json:"author"`
	Text     string          `json:"text"`
	TS       json.RawMessage `json:"ts"`
}

// Options configure a replay.
type Options struct {
	// ChatID is the community chat every message belongs to unless the
	// line names one ("replay").
	ChatID string
	// Speed: 0 replays as fast as possible; 1 keeps the gaps between "ts"
	// stamps; 60 plays a minute per second.
	Speed float64
	// Rate, if above 0, paces the replay at this many messages a second
	// (for measuring latency below saturation); it overrides Speed.
	Rate float64
	// Workers handle messages concurrently (1). Messages of one channel
	// keep their order only with 1 worker.
	Workers int
	// Out, if set, receives prompts and replies as text.
	Out io.Writer
	// Progress, if set, is called with the number of lines done.
	Progress func(done int)
}

// Stats are what a replay measured.
type Stats struct {
	Messages  int
	BadLines  int
	Prompts   int64
	Replies   int64
	Elapsed   time.Duration
	Latencies []time.Duration // per message, from receipt to handled (prompt sent)
}

// Percentile returns the p-th percentile latency (0-100).
func (s *Stats) Percentile(p float64) time.Duration {
	if len(s.Latencies) == 0 {
		return 0
	}
	l := slices.Clone(s.Latencies)
	slices.Sort(l)
	i := int(float64(len(l)-1) * p / 100)
	return l[i]
}

// Adapter replays one reader.
type Adapter struct {
	r       io.Reader
	opt     Options
	prompts atomic.Int64
	replies atomic.Int64
	mu      sync.Mutex
	stats   Stats
}

var _ bot.Adapter = (*Adapter)(nil)

// New makes a replay adapter over r.
func New(r io.Reader, opt Options) *Adapter {
	if opt.ChatID == "" {
		opt.ChatID = "replay"
	}
	if opt.Workers <= 0 {
		opt.Workers = 1
	}
	return &Adapter{r: r, opt: opt}
}

// Platform returns "replay".
func (a *Adapter) Platform() string { return Platform }

// Stats returns what the last Run measured.
func (a *Adapter) Stats() Stats {
	a.mu.Lock()
	defer a.mu.Unlock()
	s := a.stats
	s.Prompts, s.Replies = a.prompts.Load(), a.replies.Load()
	return s
}

// Run replays every line, then returns. A line that is not valid JSON is
// counted and skipped.
func (a *Adapter) Run(ctx context.Context, in bot.Inbox) error {
	type job struct {
		ev bot.Event
	}
	jobs := make(chan job, 256)
	var (
		wg      sync.WaitGroup
		errOnce sync.Once
		runErr  error
		lat     = make([][]time.Duration, a.opt.Workers)
	)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	for w := 0; w < a.opt.Workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for j := range jobs {
				t0 := time.Now()
				if err := in.Handle(ctx, j.ev); err != nil {
					errOnce.Do(func() { runErr = err; cancel() })
					continue
				}
				lat[w] = append(lat[w], time.Since(t0))
			}
		}(w)
	}
	start := time.Now()
	sc := bufio.NewScanner(a.r)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	var first time.Time
	n, bad := 0, 0
	for sc.Scan() && ctx.Err() == nil {
		n++
		var l Line
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil || l.Text == "" && l.ID == "" {
			bad++
			continue
		}
		ts := parseTS(l.TS)
		if a.opt.Rate > 0 {
			due := start.Add(time.Duration(float64(n-1) / a.opt.Rate * float64(time.Second)))
			if d := time.Until(due); d > 0 {
				select {
				case <-ctx.Done():
				case <-time.After(d):
				}
			}
		} else if a.opt.Speed > 0 && !ts.IsZero() {
			if first.IsZero() {
				first = ts
			}
			due := start.Add(time.Duration(float64(ts.Sub(first)) / a.opt.Speed))
			if d := time.Until(due); d > 0 {
				select {
				case <-ctx.Done():
				case <-time.After(d):
				}
			}
		}
		if ts.IsZero() {
			ts = time.Now()
		}
		chat := l.ChatID
		if chat == "" {
			chat = a.opt.ChatID
		}
		id := l.ID
		if id == "" {
			id = "line" + strconv.Itoa(n)
		}
		ev := bot.Event{Kind: bot.KindMessage, Platform: Platform, ChatID: chat, Channel: l.Channel, ChannelName: "#" + l.Channel,
			MessageID: id, AuthorID: l.Author, AuthorName: l.Author, Text: l.Text, At: ts}
		select {
		case jobs <- job{ev}:
		case <-ctx.Done():
		}
		if a.opt.Progress != nil && n%1000 == 0 {
			a.opt.Progress(n)
		}
	}
	close(jobs)
	wg.Wait()
	a.mu.Lock()
	a.stats = Stats{Messages: n - bad, BadLines: bad, Elapsed: time.Since(start)}
	for _, l := range lat {
		a.stats.Latencies = append(a.stats.Latencies, l...)
	}
	a.mu.Unlock()
	if err := sc.Err(); err != nil {
		return fmt.Errorf("replay: read: %w", err)
	}
	if runErr != nil && !errors.Is(runErr, context.Canceled) {
		return runErr
	}
	return nil
}

func parseTS(raw json.RawMessage) time.Time {
	if len(raw) == 0 || string(raw) == "null" {
		return time.Time{}
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		t, err := time.Parse(time.RFC3339Nano, s)
		if err == nil {
			return t
		}
		return time.Time{}
	}
	var f float64
	if json.Unmarshal(raw, &f) == nil && f > 0 {
		sec := int64(f)
		return time.Unix(sec, int64((f-float64(sec))*1e9)).UTC()
	}
	return time.Time{}
}

// Prompt counts (and prints) a prompt.
func (a *Adapter) Prompt(_ context.Context, p bot.Prompt) (storage.PromptRef, error) {
	n := a.prompts.Add(1)
	if a.opt.Out != nil {
		a.mu.Lock()
		fmt.Fprintf(a.opt.Out, "\n[to %s]\n%s", p.ChatID, p.PlainText())
		a.mu.Unlock()
	}
	return storage.PromptRef{Platform: Platform, ChatID: p.ChatID, MessageID: "p" + strconv.FormatInt(n, 10)}, nil
}

// UpdatePrompt prints the new status.
func (a *Adapter) UpdatePrompt(_ context.Context, ref storage.PromptRef, p bot.Prompt) error {
	if a.opt.Out != nil {
		a.mu.Lock()
		fmt.Fprintf(a.opt.Out, "  ↻ [%s] %s: %s\n", ref.ChatID, p.Title, p.Status)
		a.mu.Unlock()
	}
	return nil
}

// Reply counts (and prints) a reply.
func (a *Adapter) Reply(_ context.Context, r bot.Reply) (string, error) {
	n := a.replies.Add(1)
	if a.opt.Out != nil {
		a.mu.Lock()
		fmt.Fprintf(a.opt.Out, "  ↳ #%s trygbot: %s\n", r.Channel, r.Text)
		a.mu.Unlock()
	}
	return "r" + strconv.FormatInt(n, 10), nil
}
