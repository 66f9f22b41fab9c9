package config

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"
)

// Error is one problem with a configuration, with the place to fix it.
// Load, Parse and Validate return every problem at once, joined with
// errors.Join; use Problems to get them back one by one.
type Error struct {
	File string `json:"file,omitempty"` // the config file; "" for a Config built in code
	Line int    `json:"line,omitempty"` // line in File; 0 when the key is not in the file
	Env  string `json:"env,omitempty"`  // the environment variable the value came from, if any
	Path string `json:"path,omitempty"` // the field path: store.redis.addr, communities[0].moderators[1]
	Msg  string `json:"message"`        // what is wrong
	Hint string `json:"hint,omitempty"` // how to fix it; may be ""
}

// Error formats the problem as "file:line: field.path: problem (hint)".
func (e *Error) Error() string {
	var b strings.Builder
	switch {
	case e.Env != "":
		b.WriteString("env " + e.Env + ": ")
	case e.File != "" && e.Line > 0:
		fmt.Fprintf(&b, "%s:%d: ", e.File, e.Line)
	case e.File != "":
		b.WriteString(e.File + ": ")
	}
	if e.Path != "" {
		b.WriteString(e.Path + ": ")
	}
	b.WriteString(e.Msg)
	if e.Hint != "" {
		b.WriteString(" (" + e.Hint + ")")
	}
	return b.String()
}

// Problems flattens an error returned by Load, Parse or Validate into its
// problems. An error that is not a configuration problem (an unreadable
// file) comes back as an *Error with only Msg set.
func Problems(err error) []*Error {
	if err == nil {
		return nil
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		var out []*Error
		for _, e := range j.Unwrap() {
			out = append(out, Problems(e)...)
		}
		return out
	}
	var ce *Error
	if errors.As(err, &ce) {
		return []*Error{ce}
	}
	return []*Error{{Msg: err.Error()}}
}

// problems collects problems for one Validate. A path gets one problem at
// most, and none when decoding already reported one (skip).
type problems struct {
	c    *Config
	skip map[string]bool
	seen map[string]bool
	errs []*Error
}

// add records a problem at a field path, locating it in the file (the
// nearest ancestor that is written there) or the environment.
func (p *problems) add(path, msg, hint string) {
	if p.skip[path] || p.seen[path] {
		return
	}
	if p.seen == nil {
		p.seen = map[string]bool{}
	}
	p.seen[path] = true
	p.errs = append(p.errs, p.c.errorAt(path, msg, hint))
}

// addf is add with a formatted message.
func (p *problems) addf(path, hint, format string, args ...any) {
	p.add(path, fmt.Sprintf(format, args...), hint)
}

func (c *Config) markBad(path string) {
	if c.bad == nil {
		c.bad = map[string]bool{}
	}
	c.bad[path] = true
}

// errorAt makes an Error for a field path.
func (c *Config) errorAt(path, msg, hint string) *Error {
	e := &Error{File: c.file, Path: path, Msg: msg, Hint: hint}
	if name, ok := c.env[path]; ok {
		e.Env = name
		return e
	}
	for p := path; p != ""; p = parentPath(p) {
		if l, ok := c.lines[p]; ok {
			e.Line = l
			break
		}
	}
	return e
}

// line returns the line a field path is written on, or 0.
func (c *Config) line(path string) int { return c.lines[path] }

// parentPath returns the path one level up: a.b[2].c -> a.b[2] -> a.b -> a -> "".
func parentPath(p string) string {
	if strings.HasSuffix(p, "]") {
		if i := strings.LastIndexByte(p, '['); i >= 0 {
			return p[:i]
		}
	}
	if i := strings.LastIndexByte(p, '.'); i >= 0 {
		return p[:i]
	}
	return ""
}

// join sorts problems by place (file order, then environment, then the
// rest) and joins them.
func join(errs []*Error) error {
	if len(errs) == 0 {
		return nil
	}
	rank := func(e *Error) int {
		switch {
		case e.Line > 0 && e.Env == "":
			return 0
		case e.Env != "":
			return 1
		}
		return 2
	}
	slices.SortStableFunc(errs, func(a, b *Error) int {
		if r := cmp.Compare(rank(a), rank(b)); r != 0 {
			return r
		}
		return cmp.Compare(a.Line, b.Line)
	})
	out := make([]error, len(errs))
	for i, e := range errs {
		out[i] = e
	}
	return errors.Join(out...)
}
