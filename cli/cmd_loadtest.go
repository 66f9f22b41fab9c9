package cli

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/trygbot/trygbot/adapters/ingest"
	"github.com/trygbot/trygbot/config"
)

func cmdLoadtest(env *cmdEnv, args []string) error {
	fs := env.newFlags("loadtest", "[flags] [FILE]", `Load-test a deployment of several trygbot instances sharing one Redis, as it
runs for real: each instance is the full "trygbot run" (ingest API, spool,
Redis Streams consumer group, rules, cases, prompts), and the messages of
FILE (JSON Lines, the shared benchmark corpus by default) are posted to
POST /v1/messages as fast as the clients can, spread over the instances.
It checks that every message the rules flag became exactly one case, and
reports the accepted rate, the end-to-end rate (until the last case was
stored), and p50/p99 latency of the POST and of post-to-case. With
--compare it runs one instance too and prints the ratio. Keys go under a
fresh prefix in --redis-db and are deleted afterwards.`,
		`  trygbot loadtest --terms ../shared/bench/terms.txt --compare
  trygbot loadtest --instances 3 --clients 128 --limit 50000`)
	instances := fs.Int("instances", 2, "trygbot instances sharing one Redis")
	compare := fs.Bool("compare", false, "also run one instance and compare")
	clients := fs.Int("clients", 64, "concurrent HTTP clients posting")
	limit := fs.Int("limit", 0, "post only the first `N` messages (0: all)")
	redisAddr := fs.String("redis", firstNonEmpty(env.getenv("REDIS_ADDR"), "127.0.0.1:6379"), "Redis `ADDR`")
	redisDB := fs.Int("redis-db", 14, "Redis database number")
	terms := fs.String("terms", "", "also flag the terms of this list `FILE` (one a line), e.g. ../shared/bench/terms.txt")
	if done, err := env.parse(fs, args); done {
		return err
	}
	path := "../shared/bench/messages.jsonl"
	if fs.NArg() > 0 {
		path = fs.Arg(0)
	}
	if *instances < 1 || *clients < 1 {
		return fmt.Errorf("loadtest: --instances and --clients must be at least 1")
	}
	msgs, err := readLoadMessages(path, *limit)
	if err != nil {
		return err
	}
	o := loadOptions{redisAddr: *redisAddr, redisDB: *redisDB, clients: *clients, terms: *terms, stderr: env.stderr}
	runs := []int{*instances}
	if *compare && *instances != 1 {
		runs = []int{1, *instances}
	}
	var results []loadResult
	for _, n := range runs {
		res, err := runLoad(env.ctx, msgs, n, o)
		if err != nil {
			return err
		}
		res.write(env.stdout)
		results = append(results, res)
	}
	if len(results) == 2 {
		a, b := results[0], results[1]
		fmt.Fprintf(env.stdout, "scale-out: %d instances handle %.2fx the messages per second of one (end to end %.0f vs %.0f/s)\n",
			b.instances, b.e2eRate()/a.e2eRate(), b.e2eRate(), a.e2eRate())
	}
	bad := 0
	for _, r := range results {
		bad += r.lost + r.duplicated + r.extra + r.promptDups + abs(r.prompts-r.cases)
	}
	fmt.Fprintf(env.stdout, "command: trygbot loadtest %s\n", strings.Join(args, " "))
	if bad > 0 {
		return fmt.Errorf("loadtest: %d messages or prompts lost, duplicated or wrongly flagged", bad)
	}
	return nil
}

func abs(n int) int { return max(n, -n) }

type loadOptions struct {
	redisAddr string
	redisDB   int
	clients   int
	terms     string
	stderr    io.Writer
}

// readLoadMessages reads the corpus as ingest messages.
func readLoadMessages(path string, limit int) ([]ingest.Message, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("loadtest: %w", err)
	}
	defer f.Close()
	dec := json.NewDecoder(f)
	var out []ingest.Message
	for line := 1; limit == 0 || len(out) < limit; line++ {
		var m struct{ ID, Channel, Author, Text string }
		if err := dec.Decode(&m); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			return nil, fmt.Errorf("loadtest: %s: message %d: %w", path, line, err)
		}
		if m.ID == "" {
			m.ID = fmt.Sprint("line", line)
		}
		out = append(out, ingest.Message{ChatID: "load", Channel: firstNonEmpty(m.Channel, "general"), ID: m.ID,
			AuthorID: firstNonEmpty(m.Author, "anon"), AuthorName: m.Author, Text: m.Text})
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("loadtest: %s has no messages", path)
	}
	return out, nil
}

type loadResult struct {
	instances, clients     int
	messages, expected     int
	cases                  int
	lost, duplicated       int
	extra                  int // cases for messages the rules do not flag
	prompts, promptDups    int // prompts in the shared outbox, and cases prompted more than once
	retries                int64
	accepted, e2e          time.Duration
	postLat, caseLat       []time.Duration
	perInstance            []int64
	spooled, promptsFailed int64
}

func (r loadResult) e2eRate() float64 { return float64(r.messages) / r.e2e.Seconds() }

func (r loadResult) write(w io.Writer) {
	q := func(l []time.Duration, p float64) time.Duration {
		if len(l) == 0 {
			return 0
		}
		return l[int(float64(len(l)-1)*p)].Round(10 * time.Microsecond)
	}
	fmt.Fprintf(w, "%d instance(s) sharing one Redis, %d HTTP clients, %d messages through POST /v1/messages:\n", r.instances, r.clients, r.messages)
	fmt.Fprintf(w, "  accepted:     %.0f messages/s (all posted in %s; %d retries after 429/503)\n", float64(r.messages)/r.accepted.Seconds(), r.accepted.Round(time.Millisecond), r.retries)
	fmt.Fprintf(w, "  end to end:   %.0f messages/s (last case stored after %s)\n", r.e2eRate(), r.e2e.Round(time.Millisecond))
	fmt.Fprintf(w, "  POST latency: p50 %s, p99 %s\n", q(r.postLat, 0.5), q(r.postLat, 0.99))
	fmt.Fprintf(w, "  post to case: p50 %s, p99 %s (flagged messages)\n", q(r.caseLat, 0.5), q(r.caseLat, 0.99))
	fmt.Fprintf(w, "  per instance: %v messages posted to each\n", r.perInstance)
	fmt.Fprintf(w, "  exactly once: %d flagged, %d cases: %d lost, %d duplicated, %d unexpected\n", r.expected, r.cases, r.lost, r.duplicated, r.extra)
	fmt.Fprintf(w, "  prompts:      %d in the shared outbox, %d cases prompted more than once\n", r.prompts, r.promptDups)
}

// loadToken is the ingest token of the load test's instances.
const loadToken = "loadtest-ingest-token-0123456789abcdef"

// loadConfig writes and loads the configuration of one instance.
func loadConfig(dir string, i int, o loadOptions, prefix, listen, pack string) (*config.Config, error) {
	packs := "[]"
	if pack != "" {
		packs = "[" + pack + "]"
	}
	y := fmt.Sprintf(`
store:
  driver: redis
  redis: {addr: %q, db: %d, prefix: %q, workers: 4, spool_dir: spool-%d}
privacy: {pseudonym_key: "${TRYGBOT_PSEUDONYM_KEY}"}
rules: {packs: %s, watch: false}
ingest: {listen: %q, token: "${TRYGBOT_INGEST_TOKEN}", rate_limit: 0}
log: {level: error}
communities:
  - id: load
    platform: ingest
    chat_id: load
    language: da
    moderators_chat: mods
    moderators: ["user:mod"]
`, o.redisAddr, o.redisDB, prefix, i, packs, listen)
	p := filepath.Join(dir, fmt.Sprintf("instance-%d.yaml", i))
	if err := os.WriteFile(p, []byte(y), 0o600); err != nil {
		return nil, err
	}
	env := map[string]string{"TRYGBOT_PSEUDONYM_KEY": "loadtest-pseudonym-key-that-is-long-enough", "TRYGBOT_INGEST_TOKEN": loadToken}
	cfg, err := config.Load(p, func(k string) string { return env[k] })
	if err != nil {
		return nil, fmt.Errorf("loadtest: config: %w", err)
	}
	return cfg, nil
}

// termPack writes a term list as a rule pack file.
func termPack(dir, terms string) (string, error) {
	if terms == "" {
		return "", nil
	}
	b, err := os.ReadFile(terms)
	if err != nil {
		return "", fmt.Errorf("loadtest: %w", err)
	}
	var list []string
	for _, l := range strings.Split(string(b), "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
			list = append(list, l)
		}
	}
	y, err := yaml.Marshal(map[string]any{"pack": "loadtest-terms", "rules": []map[string]any{{
		"id": "list.terms", "category": "slur", "severity": "high", "rationale": "terms from " + terms, "terms": list}}})
	if err != nil {
		return "", err
	}
	p := filepath.Join(dir, "terms.yaml")
	return p, os.WriteFile(p, y, 0o600)
}

func freeLoopback() (string, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	defer l.Close()
	return l.Addr().String(), nil
}
