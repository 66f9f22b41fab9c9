package web_test

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestBrowserDuty drives headless Chromium through the duty page at phone
// and desktop sizes: it does not scroll sideways (the coverage chart
// scrolls in its own box), and the toggle puts the login's account on
// duty and off again, the page saying so each time.
func TestBrowserDuty(t *testing.T) {
	ctx := browser(t)
	f := dutyFixture(t)
	css := func(s string) chromedp.CSS { return chromedp.CSS(s) }
	browserLogin(t, ctx, f.srv.URL)
	for _, size := range screenSizes {
		t.Run(size.name, func(t *testing.T) {
			if err := chromedp.Do(ctx,
				chromedp.EmulateViewport(size.w, size.h, size.viewport()...),
				chromedp.Navigate(f.srv.URL+"/duty"),
				chromedp.WaitVisible(css(`#toggle-north`)),
			); err != nil {
				t.Fatalf("duty page: %v", err)
			}
			var ok bool
			jsEval(t, ctx, noOverflow, &ok)
			if !ok {
				t.Errorf("duty page at %dx%d scrolls sideways", size.w, size.h)
			}
			var card string
			jsEval(t, ctx, `document.querySelector('#duty-north').innerText`, &card)
			if !strings.Contains(card, "Nobody is on duty now.") || !strings.Contains(card, "Go on duty") {
				t.Fatalf("north before the toggle:\n%s", card)
			}
			if err := chromedp.Do(ctx, chromedp.Click(css(`#toggle-north`)), chromedp.WaitReady(css(`#duty-north input[name="on"][value="off"]`))); err != nil {
				t.Fatalf("go on duty: %v", err)
			}
			var flash string
			jsEval(t, ctx, `document.querySelector('.flash').innerText`, &flash)
			jsEval(t, ctx, `document.querySelector('#duty-north').innerText`, &card)
			if !strings.Contains(flash, "You are on duty in North Youth.") || !strings.Contains(card, "anna") || !strings.Contains(card, "Go off duty") {
				t.Errorf("after going on duty: %q\n%s", flash, card)
			}
			if err := chromedp.Do(ctx, chromedp.Click(css(`#toggle-north`)), chromedp.WaitReady(css(`#duty-north input[name="on"][value="on"]`))); err != nil {
				t.Fatalf("go off duty: %v", err)
			}
			jsEval(t, ctx, `document.querySelector('.flash').innerText`, &flash)
			jsEval(t, ctx, `document.querySelector('#duty-north').innerText`, &card)
			if !strings.Contains(flash, "You are off duty in North Youth.") || !strings.Contains(card, "Go on duty") {
				t.Errorf("after going off duty: %q\n%s", flash, card)
			}
		})
	}
}
