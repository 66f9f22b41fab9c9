package cli

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"runtime"

	"github.com/trygbot/trygbot/classifier"
	"github.com/trygbot/trygbot/rules"
)

// maxScanLine bounds one input line of scan; longer lines get an error line.
const maxScanLine = 4 << 20

type scanIn struct {
	ID        json.RawMessage `json:"id"`
	Text      *string         `json:"text"`
	Lang      string          `json:"lang"`
	Platform  string          `json:"platform"`
	Community string          `json:"community"`
	Channel   string          `json:"channel"`
	Author    string          `json:"author"`
}

type scanOut struct {
	ID       json.RawMessage `json:"id"`
	Flagged  bool            `json:"flagged"`
	Category rules.Category  `json:"category"`
	Severity rules.Severity  `json:"severity"`
	Score    float64         `json:"score"`
	Matches  []rules.Match   `json:"matches"`
	Guarded  []rules.Match   `json:"guarded,omitempty"`
	Notes    []string        `json:"notes,omitempty"`
	// Grey: not flagged, but the rules cannot settle it (a protected
	// group named, matches set aside or under the threshold); what
	// classifier.send: grey asks the model about in trygbot run.
	Grey bool `json:"grey,omitempty"`
	// Model is the safety model's opinion, with --classifier-url.
	Model *modelOut `json:"model,omitempty"`
}

type scanErr struct {
	ID    json.RawMessage `json:"id,omitempty"`
	Line  int             `json:"line"`
	Error string          `json:"error"`
}

func cmdScan(env *cmdEnv, args []string) error {
	fs := env.newFlags("scan", "[flags] < in.jsonl > out.jsonl", `Read JSON Lines on stdin, each an object with "text" and optional "id", "lang",
"platform", "community", "channel" and "author", and write one JSON object
per input line to stdout, in the same order: "id" (echoed), "flagged",
"category", "severity", "score" and "matches". A line that is not valid JSON
gets an output line with "error", and the scan goes on. With --classifier-url,
each line also has "model": a safety model's opinion (or its "error"); only
the text and its language are sent to it.`,
		`  echo '{"id":1,"text":"hello"}' | trygbot scan
  trygbot scan --pack local.yaml < messages.jsonl > verdicts.jsonl
  trygbot scan --classifier-url http://127.0.0.1:8080/v1 --classifier-model qwen3guard < messages.jsonl`)
	var packs packFlags
	fs.Var(&packs, "pack", "also load this rule pack `FILE` (repeatable)")
	cf := addClassifierFlags(fs)
	if done, err := env.parse(fs, args); done {
		return err
	}
	clf, err := cf.client(env) // before the engine: a bad flag fails at once
	if err != nil {
		return fmt.Errorf("scan: %w", err)
	}
	eng, err := loadEngine(packs)
	if err != nil {
		return err
	}
	return scan(env, eng, clf, cf.maxInFlight)
}

// scanBatch is a run of input lines, evaluated by one worker and written
// in order.
type scanBatch struct {
	first int      // line number of lines[0]
	lines [][]byte // nil for a line that was too long
	out   bytes.Buffer
	done  chan struct{}
}

// scan evaluates lines on every core and writes the verdicts in input
// order. With a classifier, each line also waits for the model, so the
// batches are small and there are enough workers to keep inFlight
// requests going.
func scan(env *cmdEnv, eng *rules.Engine, clf *classifier.Client, inFlight int) error {
	batchLines := 512
	workers := max(runtime.GOMAXPROCS(0), 1)
	if clf != nil {
		batchLines, workers = 4, max(workers, inFlight)
	}
	todo := make(chan *scanBatch, workers*2)
	ordered := make(chan *scanBatch, workers*4)
	for i := 0; i < workers; i++ {
		go func() {
			for b := range todo {
				enc := json.NewEncoder(&b.out)
				for i, l := range b.lines {
					n := b.first + i
					var out any
					switch {
					case l == nil:
						out = scanErr{Line: n, Error: fmt.Sprintf("line longer than %d bytes", maxScanLine)}
					case len(bytes.TrimSpace(l)) == 0:
						out = scanErr{Line: n, Error: "empty line"}
					default:
						out = scanOne(env.ctx, eng, clf, l, n)
					}
					enc.Encode(out) // into a buffer: cannot fail
				}
				close(b.done)
			}
		}()
	}
	// The writer takes batches in the order they were read.
	w := bufio.NewWriterSize(env.stdout, 1<<20)
	werr := make(chan error, 1)
	go func() {
		var err error
		for b := range ordered {
			<-b.done
			if err == nil {
				_, err = w.Write(b.out.Bytes())
			}
		}
		if err == nil {
			err = w.Flush()
		}
		werr <- err
	}()
	rerr := readBatches(env, batchLines, func(b *scanBatch) {
		b.done = make(chan struct{})
		ordered <- b
		todo <- b
	})
	close(todo)
	close(ordered)
	if err := <-werr; err != nil {
		return fmt.Errorf("scan: write: %w", err)
	}
	return rerr
}

// readBatches reads stdin line by line into batches of n lines.
func readBatches(env *cmdEnv, n int, emit func(*scanBatch)) error {
	r := bufio.NewReaderSize(env.stdin, 1<<20)
	prog := newProgress(env.stderr, "scan", 0)
	cur := &scanBatch{first: 1}
	flush := func(next int) {
		if len(cur.lines) > 0 {
			emit(cur)
		}
		cur = &scanBatch{first: next}
	}
	for no := 1; ; no++ {
		if no%4096 == 0 {
			if err := env.ctx.Err(); err != nil {
				flush(no)
				return err
			}
			prog.update(no)
		}
		line, err := r.ReadSlice('\n')
		tooLong := false
		if errors.Is(err, bufio.ErrBufferFull) {
			long := append([]byte(nil), line...)
			for errors.Is(err, bufio.ErrBufferFull) {
				line, err = r.ReadSlice('\n')
				if len(long) < maxScanLine {
					long = append(long, line...)
				} else {
					tooLong = true
				}
			}
			line = long
		}
		if len(line) == 0 && err != nil {
			flush(no)
			prog.done()
			if errors.Is(err, io.EOF) {
				return nil
			}
			return fmt.Errorf("scan: read stdin: %w", err)
		}
		if tooLong {
			cur.lines = append(cur.lines, nil)
		} else {
			cur.lines = append(cur.lines, append([]byte{}, bytes.TrimRight(line, "\r\n")...)) // never nil: nil means too long
		}
		if err != nil { // the last line had no newline
			flush(no + 1)
			prog.done()
			if errors.Is(err, io.EOF) {
				return nil
			}
			return fmt.Errorf("scan: read stdin: %w", err)
		}
		if len(cur.lines) == n {
			flush(no + 1)
		}
	}
}

func scanOne(ctx context.Context, eng *rules.Engine, clf *classifier.Client, b []byte, n int) any {
	var in scanIn
	if err := json.Unmarshal(b, &in); err != nil {
		return scanErr{Line: n, Error: "invalid JSON: " + err.Error()}
	}
	if in.Text == nil {
		return scanErr{ID: in.ID, Line: n, Error: `missing "text"`}
	}
	v := eng.Evaluate(rules.Message{Text: *in.Text, Lang: in.Lang, Platform: in.Platform,
		Community: in.Community, Channel: in.Channel, Author: rules.UserID(in.Author)})
	id := in.ID
	if id == nil {
		id = json.RawMessage("null")
	}
	matches := v.Matches
	if matches == nil {
		matches = []rules.Match{}
	}
	out := scanOut{ID: id, Flagged: v.Flagged, Category: v.Category, Severity: v.Severity, Score: v.Score,
		Matches: matches, Guarded: v.Guarded, Notes: v.Notes, Grey: v.Grey()}
	if clf != nil {
		mv, err := clf.Classify(ctx, *in.Text, in.Lang)
		m := toModelOut(clf, mv, err)
		out.Model = &m
	}
	return out
}
