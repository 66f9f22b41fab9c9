package web_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/trygbot/trygbot/internal/browsertest"
	"github.com/trygbot/trygbot/web"
)

// browser starts a headless Chromium for t (see browsertest.New).
func browser(t *testing.T) context.Context {
	t.Helper()
	return browsertest.New(t, 120*time.Second)
}

// jsEval runs a JavaScript expression and decodes its result into out.
func jsEval[T any](t *testing.T, ctx context.Context, expr string, out *T) {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		t.Fatalf("evaluate %s: %v", expr, err)
	}
	*out = v
}

// noOverflow is true when the page does not scroll sideways.
const noOverflow = `document.documentElement.scrollWidth <= window.innerWidth && document.body.scrollWidth <= window.innerWidth`

// minChartFont is the smallest rendered font size of the summary's chart
// labels, in CSS pixels: the computed size times the SVG's scale.
const minChartFont = `(() => { let m = 1e9;
  for (const t of document.querySelectorAll('.report svg text')) {
    const s = parseFloat(getComputedStyle(t).fontSize) * t.ownerSVGElement.getScreenCTM().a;
    if (s < m) m = s; }
  return m; })()`

// claimGap is the distance in px between case 1's Claim and Not hate
// buttons in the queue (negative when they overlap).
const claimGap = `(() => { const a = document.querySelector('#case-1 button.claim').getBoundingClientRect();
  const b = document.querySelector('#case-1 form:has(input[value="dismiss"]) button').getBoundingClientRect();
  return Math.max(b.top - a.bottom, a.top - b.bottom, b.left - a.right, a.left - b.right); })()`

// TestBrowserLayout loads the queue, the rules tester, the templates page
// and the summary in headless Chromium at phone (390x844) and desktop
// (1280x900) sizes: no page scrolls sideways, chart labels are at least
// 12 px, the queue shows community names and Danish labels (the dashboard
// is Danish here), "Not hate" stands apart from "Claim", and the rules
// tester takes its language from the community.
func TestBrowserLayout(t *testing.T) {
	ctx := browser(t)
	f := newFixture(t, func(o *web.Options) {
		o.Lang = "da"
		o.Communities = []web.Community{{ID: "north", Name: "North Youth", Lang: "da"}}
		o.Templates = func() []web.Template {
			var ts []web.Template
			for _, lang := range []string{"da", "en"} {
				for _, cat := range []string{"slur", "threat", "harassment"} {
					for i := range 4 {
						ts = append(ts, web.Template{ID: fmt.Sprintf("%s.%s.%d", lang, cat, i), Lang: lang, Category: cat, Tone: "norm-setting",
							Text: "A reply long enough to wrap on a phone, so that the page is long and needs its jump links to be usable."})
					}
				}
			}
			return ts
		}
	})
	css := func(s string) chromedp.CSS { return chromedp.CSS(s) }
	browserLogin(t, ctx, f.srv.URL)
	for _, size := range screenSizes {
		t.Run(size.name, func(t *testing.T) {
			vp := size.viewport()
			if err := chromedp.Do(ctx, chromedp.EmulateViewport(size.w, size.h, vp...)); err != nil {
				t.Fatal(err)
			}
			for _, page := range []struct{ path, wait string }{
				{"/", "#case-1"}, {"/rules/test", `select[name="lang"]`}, {"/templates", "nav.jump"}, {"/summary", ".report svg"},
			} {
				if err := chromedp.Do(ctx, chromedp.Navigate(f.srv.URL+page.path), chromedp.WaitVisible(css(page.wait))); err != nil {
					t.Fatalf("%s: %v", page.path, err)
				}
				var ok bool
				jsEval(t, ctx, noOverflow, &ok)
				if !ok {
					var sw, iw float64
					jsEval(t, ctx, `document.documentElement.scrollWidth`, &sw)
					jsEval(t, ctx, `window.innerWidth`, &iw)
					t.Errorf("%s at %dx%d scrolls sideways: page %v px wide in a %v px window", page.path, size.w, size.h, sw, iw)
				}
				switch page.path {
				case "/":
					checkQueue(t, ctx, size.mobile)
				case "/summary":
					var m float64
					jsEval(t, ctx, minChartFont, &m)
					if m < 12 {
						t.Errorf("summary at %d px: smallest chart label %.1f px, want at least 12", size.w, m)
					}
				}
			}
			checkRulesTester(t, ctx, f.srv.URL)
		})
	}
}

// checkQueue checks the queue page that is loaded in ctx.
func checkQueue(t *testing.T, ctx context.Context, phone bool) {
	t.Helper()
	var communities, badges []string
	jsEval(t, ctx, `[...document.querySelectorAll('article.card .community')].map(e => e.textContent)`, &communities)
	jsEval(t, ctx, `[...document.querySelectorAll('article.card .badge')].map(e => e.textContent)`, &badges)
	if len(communities) == 0 {
		t.Fatal("queue shows no cases")
	}
	for _, c := range communities {
		if c != "North Youth" {
			t.Errorf("queue shows community %q, want its name North Youth", c)
		}
	}
	codes := map[string]bool{"open": true, "claimed": true, "high": true, "urgent": true, "medium": true, "low": true, "escalated": true}
	for _, b := range badges {
		if codes[b] {
			t.Errorf("queue badge %q is a code, want the Danish label", b)
		}
	}
	var order []string
	jsEval(t, ctx, `[...document.querySelectorAll('article.card')].map(e => e.id)`, &order)
	// Case 2 is the threat (urgent): it comes first although it is newer.
	if len(order) < 3 || order[0] != "case-2" {
		t.Errorf("queue order %v, want the urgent case-2 first", order)
	}
	var gap float64
	jsEval(t, ctx, claimGap, &gap)
	if phone && gap < 16 {
		t.Errorf("on a phone Not hate is %.0f px from Claim, want at least 16", gap)
	}
}

// checkRulesTester tests a Danish message with the community chosen and
// the language left to it.
func checkRulesTester(t *testing.T, ctx context.Context, base string) {
	t.Helper()
	css := func(s string) chromedp.CSS { return chromedp.CSS(s) }
	var langTag, langValue string
	if err := chromedp.Do(ctx,
		chromedp.Navigate(base+"/rules/test"),
		chromedp.WaitVisible(css(`select[name="lang"]`)),
		chromedp.SetValue(css(`select[name="community"]`), "north"),
		chromedp.SendKeys(css(`textarea[name="text"]`), "you are a zorblax"),
		chromedp.Click(css(`form[action="/rules/test"] button[type="submit"]`)),
		chromedp.WaitVisible(css(`#lang-used`)),
	); err != nil {
		t.Fatalf("rules tester: %v", err)
	}
	jsEval(t, ctx, `document.querySelector('[name="lang"]').tagName`, &langTag)
	jsEval(t, ctx, `document.querySelector('[name="lang"]').value`, &langValue)
	if langTag != "SELECT" || langValue != "" {
		t.Errorf("rules tester language is a %s defaulting to %q, want a select defaulting to automatic", langTag, langValue)
	}
	var used string
	jsEval(t, ctx, `document.querySelector('#lang-used').textContent`, &used)
	if !strings.Contains(used, "Danish") || !strings.Contains(used, "community") {
		t.Errorf("rules tester: %q, want Danish from the community", used)
	}
	var ok bool
	jsEval(t, ctx, noOverflow, &ok)
	if !ok {
		t.Error("rules tester result scrolls sideways")
	}
}

// screenSizes are the phone and desktop sizes the browser tests look at.
var screenSizes = []screenSize{{"phone", 390, 844, true}, {"desktop", 1280, 900, false}}

type screenSize struct {
	name   string
	w, h   int64
	mobile bool
}

// viewport returns the emulation options of a phone (touch, scale 3) or a
// desktop.
func (s screenSize) viewport() []chromedp.EmulateViewportOption {
	if s.mobile {
		return []chromedp.EmulateViewportOption{chromedp.EmulateMobile, chromedp.EmulateScale(3)}
	}
	return nil
}

// browserLogin logs the coordinator anna in at desktop size and waits for
// the queue.
func browserLogin(t *testing.T, ctx context.Context, base string) {
	t.Helper()
	css := func(s string) chromedp.CSS { return chromedp.CSS(s) }
	if err := chromedp.Do(ctx,
		chromedp.EmulateViewport(1280, 900),
		chromedp.Navigate(base+"/login"),
		chromedp.WaitVisible(css(`input[name="name"]`)),
		chromedp.SendKeys(css(`input[name="name"]`), "anna"),
		chromedp.SendKeys(css(`input[name="password"]`), "anna-pw"),
		chromedp.Click(css(`form[action="/login"] button[type="submit"]`)),
		chromedp.WaitVisible(css(`#case-1`)),
	); err != nil {
		t.Fatalf("log in: %v", err)
	}
}
