package app

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"strings"
	"time"
)

// reload reads the rule and template packs again and swaps each set in if
// all its packs are valid; otherwise it logs every problem, keeps the
// running ones and returns the problems.
func (a *App) reload() error {
	base, overrides, err := a.spec.Rules()
	if err == nil {
		err = a.rules.Reload(base, overrides)
	}
	if err != nil {
		a.log.Error("rule packs not reloaded; the old rules keep running", "err", err)
	} else {
		a.log.Info("rule packs reloaded")
	}
	ts, terr := newTemplateSource(a.spec.Templates.Global, a.spec.Templates.PerCommunity)
	if terr != nil {
		a.log.Error("template packs not reloaded; the old templates stay", "err", terr)
		return errors.Join(err, terr)
	}
	a.templates.cur.Store(ts)
	return err
}

// fileStamp describes the modification times and sizes of files.
func fileStamp(files []string) string {
	var b strings.Builder
	for _, f := range files {
		if fi, err := os.Stat(f); err == nil {
			fmt.Fprintf(&b, "%s:%d:%d;", f, fi.ModTime().UnixNano(), fi.Size())
		} else {
			fmt.Fprintf(&b, "%s:missing;", f)
		}
	}
	return b.String()
}

// watchFiles calls changed when the modification time or size of any of
// the files differs from last, polling every interval until ctx is done.
// last is taken before the files were first read, so no change is missed.
func watchFiles(ctx context.Context, logger *slog.Logger, interval time.Duration, last string, files func() []string, changed func()) {
	stamp := func() string { return fileStamp(files()) }
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if now := stamp(); now != last {
				last = now
				logger.Info("pack files changed; reloading")
				changed()
			}
		}
	}
}
