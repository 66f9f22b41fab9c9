package cli

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/trygbot/trygbot/adapters/ingest"
	"github.com/trygbot/trygbot/app"
	"github.com/trygbot/trygbot/bot"
	"github.com/trygbot/trygbot/config"
	"github.com/trygbot/trygbot/rules"
	"github.com/trygbot/trygbot/storage"
	"github.com/trygbot/trygbot/storage/redis"
)

// runLoad starts n instances, posts msgs to them and checks the cases.
func runLoad(ctx context.Context, msgs []ingest.Message, n int, o loadOptions) (loadResult, error) {
	res := loadResult{instances: n, clients: o.clients, messages: len(msgs), perInstance: make([]int64, n)}
	dir, err := os.MkdirTemp("", "trygbot-loadtest-")
	if err != nil {
		return res, err
	}
	defer os.RemoveAll(dir)
	pack, err := termPack(dir, o.terms)
	if err != nil {
		return res, err
	}
	var rnd [4]byte
	rand.Read(rnd[:])
	prefix := "trygbot-loadtest:" + hex.EncodeToString(rnd[:]) + ":"
	admin, err := redis.Open(ctx, redis.Options{Addr: o.redisAddr, DB: o.redisDB, Prefix: prefix})
	if err != nil {
		return res, fmt.Errorf("loadtest: %w", err)
	}
	defer func() {
		admin.DeleteAll(context.Background())
		admin.Close()
	}()
	f, err := startFleet(ctx, dir, n, o, prefix, pack)
	if err != nil {
		return res, err
	}
	defer f.stop()
	expected := f.expected(msgs)
	res.expected = len(expected)
	client := &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: o.clients, MaxIdleConns: o.clients * n}}
	if err := f.waitHealthy(client); err != nil {
		return res, err
	}
	start := time.Now()
	sentAt, err := postAll(ctx, client, f.addrs, msgs, o.clients, &res, newProgress(o.stderr, fmt.Sprintf("loadtest (%d instances)", n), len(msgs)))
	if err != nil {
		return res, err
	}
	waitDrained(admin, prefix, len(expected))
	res.e2e = time.Since(start)
	time.Sleep(200 * time.Millisecond) // a late duplicate would show
	if err := checkCases(ctx, admin, msgs, expected, sentAt, &res); err != nil {
		return res, err
	}
	if err := checkPrompts(ctx, admin, &res); err != nil {
		return res, err
	}
	slices.Sort(res.postLat)
	slices.Sort(res.caseLat)
	return res, nil
}

// fleet is the instances of a load test, each the whole `trygbot run`.
type fleet struct {
	apps  []*app.App
	addrs []string       // their ingest APIs
	cfg   *config.Config // one instance's configuration
	errs  chan error     // an instance that stopped with an error
	stop  func()
}

// startFleet builds n instances on Redis under prefix and runs them.
func startFleet(ctx context.Context, dir string, n int, o loadOptions, prefix, pack string) (*fleet, error) {
	f := &fleet{errs: make(chan error, n)}
	ictx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	f.stop = func() {
		cancel()
		wg.Wait()
		for _, a := range f.apps {
			a.Close()
		}
	}
	for i := range n {
		listen, err := freeLoopback()
		if err == nil {
			f.cfg, err = loadConfig(dir, i, o, prefix, listen, pack)
		}
		var a *app.App
		if err == nil {
			a, err = app.New(ctx, app.FromConfig(slog.New(slog.NewTextHandler(io.Discard, nil)), f.cfg, strings.NewReader(""), io.Discard))
		}
		if err != nil {
			f.stop()
			return nil, fmt.Errorf("loadtest: instance %d: %w", i, err)
		}
		f.apps, f.addrs = append(f.apps, a), append(f.addrs, listen)
		wg.Go(func() {
			if err := a.Run(ictx); err != nil {
				f.errs <- err
			}
		})
	}
	return f, nil
}

// expected lists the messages the rules flag, evaluated the way the bot
// does.
func (f *fleet) expected(msgs []ingest.Message) map[string]bool {
	pseud := bot.NewPseudonymizer([]byte(f.cfg.Privacy.PseudonymKey.Reveal()))
	expected := map[string]bool{}
	for _, m := range msgs {
		v := f.apps[0].Evaluate(rules.Message{ID: m.ID, Platform: ingest.Platform, Community: "load", Channel: m.Channel,
			Author: pseud.Of(ingest.Platform, m.AuthorID), Lang: "da", Text: m.Text})
		if v.Flagged {
			expected[m.ID] = true
		}
	}
	return expected
}

// waitHealthy waits until every instance answers /healthz.
func (f *fleet) waitHealthy(client *http.Client) error {
	for _, a := range f.addrs {
		deadline := time.Now().Add(30 * time.Second)
		for {
			select {
			case err := <-f.errs:
				return fmt.Errorf("loadtest: an instance stopped: %w", err)
			default:
			}
			resp, err := client.Get("http://" + a + "/healthz")
			if err == nil {
				resp.Body.Close()
				if resp.StatusCode == http.StatusOK {
					break
				}
			}
			if time.Now().After(deadline) {
				return fmt.Errorf("loadtest: instance at %s did not come up", a)
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
	return nil
}

// postAll posts every message from clients concurrent clients, spread
// over the instances, retrying after 429 and 503, and returns when each
// was posted.
func postAll(ctx context.Context, client *http.Client, addrs []string, msgs []ingest.Message, clients int, res *loadResult, prog *progress) ([]time.Time, error) {
	sentAt := make([]time.Time, len(msgs))
	res.postLat = make([]time.Duration, len(msgs))
	var next, done atomic.Int64
	var failed atomic.Value
	start := time.Now()
	var cwg sync.WaitGroup
	for range clients {
		cwg.Go(func() {
			for {
				i := int(next.Add(1) - 1)
				if i >= len(msgs) || ctx.Err() != nil {
					return
				}
				inst := i % len(addrs)
				sentAt[i] = time.Now()
				if err := postOne(ctx, client, addrs[inst], msgs[i], &res.retries); err != nil {
					failed.Store(err)
					return
				}
				res.postLat[i] = time.Since(sentAt[i])
				atomic.AddInt64(&res.perInstance[inst], 1)
				prog.update(int(done.Add(1)))
			}
		})
	}
	cwg.Wait()
	prog.done()
	res.accepted = time.Since(start)
	if err, _ := failed.Load().(error); err != nil {
		return nil, err
	}
	return sentAt, ctx.Err()
}

// postOne posts one message until it is accepted, retrying after 429 and
// 503 and failed connections, 20 times at the most.
func postOne(ctx context.Context, client *http.Client, addr string, m ingest.Message, retries *int64) error {
	body, _ := json.Marshal(m)
	for try := 0; ; try++ {
		req, _ := http.NewRequestWithContext(ctx, "POST", "http://"+addr+"/v1/messages", strings.NewReader(string(body)))
		req.Header.Set("Authorization", "Bearer "+loadToken)
		req.Header.Set("Content-Type", "application/json")
		resp, err := client.Do(req)
		code := 0
		if err == nil {
			io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			code = resp.StatusCode
		}
		if code == http.StatusAccepted {
			return nil
		}
		if try >= 20 || (code != 0 && code != http.StatusTooManyRequests && code != http.StatusServiceUnavailable) {
			return fmt.Errorf("loadtest: POST %s: status %d, %v", m.ID, code, err)
		}
		atomic.AddInt64(retries, 1)
		time.Sleep(time.Duration(try+1) * 20 * time.Millisecond)
	}
}

// waitDrained waits for the queue to drain: every expected case stored,
// or no progress for 15 s.
func waitDrained(admin *redis.Store, prefix string, expected int) {
	count := func() int64 { return admin.Client().ZCard(context.Background(), prefix+"idx:all").Val() }
	last, lastChange := int64(-1), time.Now()
	for {
		c := count()
		if c != last {
			last, lastChange = c, time.Now()
		}
		if c >= int64(expected) && queueEmpty(admin, prefix) {
			return
		}
		if time.Since(lastChange) > 15*time.Second {
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// checkCases counts the cases: lost, duplicated and unexpected ones, and
// the time from post to case.
func checkCases(ctx context.Context, admin *redis.Store, msgs []ingest.Message, expected map[string]bool, sentAt []time.Time, res *loadResult) error {
	cases, err := admin.ListCases(ctx, storage.CaseQuery{})
	if err != nil {
		return err
	}
	res.cases = len(cases)
	index := map[string]int{}
	for i, m := range msgs {
		index[m.ID] = i
	}
	seen := map[string]int{}
	for _, c := range cases {
		seen[c.MessageID]++
		if !expected[c.MessageID] {
			res.extra++
		}
		if i, ok := index[c.MessageID]; ok && seen[c.MessageID] == 1 {
			res.caseLat = append(res.caseLat, c.CreatedAt.Sub(sentAt[i]))
		}
	}
	for id := range expected {
		switch k := seen[id]; {
		case k == 0:
			res.lost++
		case k > 1:
			res.duplicated += k - 1
		}
	}
	return nil
}

// checkPrompts checks that every case was prompted once: it reads the
// shared outbox (a prompt follows its case by a moment; it waits up to
// 10 s for the last ones).
func checkPrompts(ctx context.Context, admin *redis.Store, res *loadResult) error {
	var perCase map[storage.CaseID]int
	var err error
	for deadline := time.Now().Add(10 * time.Second); ; {
		if res.prompts, perCase, err = countPrompts(ctx, admin); err != nil {
			return err
		}
		if res.prompts >= res.cases || time.Now().After(deadline) {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	for _, n := range perCase {
		if n > 1 {
			res.promptDups++
		}
	}
	return nil
}

// countPrompts counts the prompts in the shared outbox, in all and per
// case.
func countPrompts(ctx context.Context, admin *redis.Store) (int, map[storage.CaseID]int, error) {
	perCase := map[storage.CaseID]int{}
	n := 0
	for after := int64(0); ; {
		page, err := admin.Read(ctx, ingest.FeedName, after, 1000)
		if err != nil {
			return 0, nil, fmt.Errorf("loadtest: read the outbox: %w", err)
		}
		if len(page) == 0 {
			return n, perCase, nil
		}
		for _, it := range page {
			var item ingest.Item
			if json.Unmarshal(it.Data, &item) == nil && item.Kind == "prompt" && item.Prompt != nil {
				n++
				perCase[item.Prompt.CaseID]++
			}
		}
		after = page[len(page)-1].Seq
	}
}

// queueEmpty reports whether the shared stream holds no unacknowledged
// items.
func queueEmpty(s *redis.Store, prefix string) bool {
	n, err := s.Client().XLen(context.Background(), prefix+"events").Result()
	return err == nil && n == 0
}
