package web_test

import (
	"bytes"
	"context"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/trygbot/trygbot/internal/browsertest"
	"github.com/trygbot/trygbot/storage"
)

// TestBrowserClaim drives a real headless Chromium through the dashboard:
// log in, see the queue, open a case, claim it. With UPDATE_SCREENSHOT=1 it
// also writes the summary page to docs/summary.png.
func TestBrowserWorkflow(t *testing.T) {
	ctx := browsertest.New(t, 90*time.Second, chromedp.WindowSize(1000, 900))
	f := newFixture(t, nil)

	css := func(s string) chromedp.CSS { return chromedp.CSS(s) }
	err := chromedp.Do(ctx,
		chromedp.Navigate(f.srv.URL+"/"),
		chromedp.WaitVisible(css(`input[name="name"]`)),
		chromedp.SendKeys(css(`input[name="name"]`), "anna"),
		chromedp.SendKeys(css(`input[name="password"]`), "anna-pw"),
		chromedp.Click(css(`form[action="/login"] button[type="submit"]`)),
		chromedp.WaitVisible(css(`#case-1`)),
	)
	if err != nil {
		t.Fatalf("log in: %v", err)
	}
	queue, err := chromedp.Run(ctx, chromedp.Text(css(`main`)))
	if err != nil {
		t.Fatalf("read the queue: %v", err)
	}
	err = chromedp.Do(ctx,
		chromedp.Click(css(`#case-1 h2 a`)),
		chromedp.WaitVisible(css(`#claim`)),
		chromedp.Click(css(`#claim`)),
		chromedp.WaitVisible(css(`.flash`)),
	)
	if err != nil {
		t.Fatalf("open and claim case 1: %v", err)
	}
	state, err := chromedp.Run(ctx, chromedp.Text(css(`#state`)))
	if err != nil {
		t.Fatalf("read the state: %v", err)
	}
	if !strings.Contains(queue, "Open cases") || !strings.Contains(queue, "Case 2") {
		t.Errorf("queue text:\n%s", queue)
	}
	if strings.TrimSpace(state) != "claimed" {
		t.Errorf("state after claim = %q, want claimed", state)
	}
	if c, err := f.store.GetCase(context.Background(), 1); err != nil || c.State != storage.StateClaimed || c.Owner != "web:anna" {
		t.Errorf("case 1 = %s by %q (%v), want claimed by web:anna", c.State, c.Owner, err)
	}

	// Send a de-escalation reply from the case page.
	if err := chromedp.Do(ctx,
		chromedp.Click(css(`form:has(input[name="action"][value="template"]) button[type="submit"]`)),
	); err != nil {
		t.Fatalf("send template: %v", err)
	}
	// The claim's flash is still on the page, so wait for the store (and
	// then the page) rather than for a flash.
	deadline := time.Now().Add(20 * time.Second)
	for {
		c, err := f.store.GetCase(context.Background(), 1)
		if err == nil && c.State == storage.StateResponded && c.Template != "" {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("case 1 after the template = %s, template %q (%v), want responded", c.State, c.Template, err)
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err := chromedp.Do(ctx, chromedp.WaitVisible(css(`.flash`))); err != nil {
		t.Fatalf("after the template: %v", err)
	}
	// A moderator is refused the admin download.
	if err := chromedp.Do(ctx, chromedp.Navigate(f.srv.URL+"/summary.csv")); err != nil {
		t.Fatalf("summary.csv: %v", err)
	}
	denied, err := chromedp.Run(ctx, chromedp.Text(css(`body`)))
	if err != nil {
		t.Fatalf("summary.csv text: %v", err)
	}
	if !strings.Contains(denied, "forbidden") || strings.Contains(denied, "section") {
		t.Errorf("a moderator got the CSV: %q", denied)
	}
	// The summary shows its charts.
	if err := chromedp.Do(ctx,
		chromedp.Navigate(f.srv.URL+"/summary"),
		chromedp.WaitVisible(css(`.report svg`)),
	); err != nil {
		t.Fatalf("summary: %v", err)
	}
	shot, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("summary screenshot: %v", err)
	}
	if _, err := png.Decode(bytes.NewReader(shot)); err != nil {
		t.Fatalf("screenshot is not a PNG: %v", err)
	}
	if os.Getenv("UPDATE_SCREENSHOT") == "1" {
		out := filepath.Join("..", "docs", "summary.png")
		if err := os.WriteFile(out, shot, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %s (%d bytes)", out, len(shot))
	}
}
