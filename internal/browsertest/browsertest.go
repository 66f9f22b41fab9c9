// Package browsertest starts the headless Chromium the dashboard's browser
// tests drive. It is for tests only and imports nothing of trygbot.
package browsertest

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// ChromiumPath is where Debian's chromium package installs the browser
// (.ci/run: apt-get install -y chromium).
const ChromiumPath = "/usr/bin/chromium"

// New starts a headless Chromium for t, closed when t ends, with the given
// time limit and any extra options (a window size, hidden scrollbars).
//
// A browser test is skipped with -short, as every slow test is, and when
// Chromium is missing on a developer's machine; under CI=true a missing
// Chromium fails the test, so CI never passes without running it.
func New(t *testing.T, limit time.Duration, extra ...chromedp.ExecAllocatorOption) context.Context {
	t.Helper()
	if testing.Short() {
		t.Skip("browser test skipped in -short mode (the quick local loop)")
	}
	if _, err := os.Stat(ChromiumPath); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is missing; under CI=true the browser test must run (apt-get install -y chromium)", ChromiumPath)
		}
		t.Skipf("%s is missing; install chromium (apt-get install -y chromium) to run the browser test", ChromiumPath)
	}
	opts := append([]chromedp.ExecAllocatorOption{
		chromedp.ExecPath(ChromiumPath), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true), chromedp.NoFirstRun, chromedp.UserDataDir(t.TempDir()),
	}, extra...)
	ctx, cancel := context.WithTimeout(context.Background(), limit)
	t.Cleanup(cancel)
	ctx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	t.Cleanup(cancelAlloc)
	ctx, cancelBrowser := chromedp.NewContext(ctx, chromedp.WithErrorf(t.Logf))
	t.Cleanup(cancelBrowser)
	return ctx
}
