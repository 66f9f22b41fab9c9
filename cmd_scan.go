package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"

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
gets an output line with "error", and the scan goes on.`,
		`  echo '{"id":1,"text":"hello"}' | trygbot scan
  trygbot scan --pack local.yaml < messages.jsonl > verdicts.jsonl`)
	var packs packFlags
	fs.Var(&packs, "pack", "also load this rule pack `FILE` (repeatable)")
	if done, err := env.parse(fs, args); done {
		return err
	}
	eng, err := loadEngine(packs)
	if err != nil {
		return err
	}
	return scan(env, eng)
}

func scan(env *cmdEnv, eng *rules.Engine) error {
	r := bufio.NewReaderSize(env.stdin, 1<<20)
	w := bufio.NewWriterSize(env.stdout, 1<<20)
	defer w.Flush()
	enc := json.NewEncoder(w)
	prog := newProgress(env.stderr, "scan", 0)
	var line []byte
	for n := 1; ; n++ {
		if n%4096 == 0 {
			if err := env.ctx.Err(); err != nil {
				return err
			}
			prog.update(n)
		}
		chunk, err := r.ReadSlice('\n')
		tooLong := false
		if errors.Is(err, bufio.ErrBufferFull) {
			line = append(line[:0], chunk...)
			for errors.Is(err, bufio.ErrBufferFull) {
				chunk, err = r.ReadSlice('\n')
				if len(line) < maxScanLine {
					line = append(line, chunk...)
				} else {
					tooLong = true
				}
			}
			chunk = line
		}
		if len(chunk) == 0 && err != nil {
			if errors.Is(err, io.EOF) {
				prog.done()
				return nil
			}
			return fmt.Errorf("scan: read stdin: %w", err)
		}
		chunk = bytes.TrimRight(chunk, "\r\n")
		var out any
		switch {
		case tooLong:
			out = scanErr{Line: n, Error: fmt.Sprintf("line longer than %d bytes", maxScanLine)}
		case len(bytes.TrimSpace(chunk)) == 0:
			out = scanErr{Line: n, Error: "empty line"}
		default:
			out = scanOne(eng, chunk, n)
		}
		if err := enc.Encode(out); err != nil {
			return fmt.Errorf("scan: write: %w", err)
		}
		if err != nil && errors.Is(err, io.EOF) {
			prog.done()
			return nil
		}
	}
}

func scanOne(eng *rules.Engine, b []byte, n int) any {
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
	return scanOut{ID: id, Flagged: v.Flagged, Category: v.Category, Severity: v.Severity, Score: v.Score,
		Matches: matches, Guarded: v.Guarded, Notes: v.Notes}
}
