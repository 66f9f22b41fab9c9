package web_test

import (
	"context"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/trygbot/trygbot/bot"
	"github.com/trygbot/trygbot/storage"
	"github.com/trygbot/trygbot/web"
)

// caseReplies are the suggested replies of TestBrowserCase: long, and one
// with a long link, as real templates have, so that they wrap on a phone.
var caseReplies = []bot.PromptTemplate{
	{Index: 1, ID: "en.slur.norm", Tone: "norm-setting", Text: "Author, in North Youth we talk about people as people, also when we disagree. That kind of word does not belong here (our rules: https://example.org/north-youth-community-rules-and-guidelines-for-everyone)."},
	{Index: 2, ID: "en.slur.empathetic", Tone: "empathetic", Text: "Author, I can hear that you are frustrated, but there are real people behind those words, also here in North Youth."},
	{Index: 3, ID: "en.slur.question", Tone: "question", Text: "Author, are you thinking of someone in particular you have had trouble with? Tell us what happened, so we can talk about it."},
}

// withReplies is the fixture's bot with caseReplies as every case's
// suggested replies.
type withReplies struct{ web.CaseActor }

func (withReplies) Replies(storage.Case) []bot.PromptTemplate { return caseReplies }

// TestBrowserCase loads a case with a slur in headless Chromium at phone
// (390x844) and desktop (1280x900) sizes: the page does not scroll
// sideways, the slur shows nowhere until "Show unmasked" is posted, and
// every suggested reply is shown in full, inside the window, not by its
// id.
func TestBrowserCase(t *testing.T) {
	ctx := browser(t)
	f := newFixture(t, func(o *web.Options) { o.Bot = withReplies{o.Bot} })
	css := func(s string) chromedp.CSS { return chromedp.CSS(s) }
	browserLogin(t, ctx, f.srv.URL)
	for _, size := range screenSizes {
		t.Run(size.name, func(t *testing.T) {
			vp := size.viewport()
			if err := chromedp.Do(ctx,
				chromedp.EmulateViewport(size.w, size.h, vp...),
				chromedp.Navigate(f.srv.URL+"/cases/1"),
				chromedp.WaitVisible(css(`#reply-1`)),
			); err != nil {
				t.Fatalf("case 1: %v", err)
			}
			var ok bool
			jsEval(t, ctx, noOverflow, &ok)
			if !ok {
				var sw float64
				jsEval(t, ctx, `document.documentElement.scrollWidth`, &sw)
				t.Errorf("case page at %dx%d scrolls sideways: %v px wide", size.w, size.h, sw)
			}
			var text string
			jsEval(t, ctx, `document.body.innerText`, &text)
			if strings.Contains(strings.ToLower(text), "zorblax") {
				t.Errorf("case page at %d px shows the slur before it is unmasked:\n%s", size.w, text)
			}
			checkReplies(t, ctx, size.w)
			// The slur is there for whoever asks for it.
			if err := chromedp.Do(ctx, chromedp.Click(css(`#unmask`)), chromedp.WaitVisible(css(`#unmasked`))); err != nil {
				t.Fatalf("show unmasked: %v", err)
			}
			jsEval(t, ctx, `document.body.innerText`, &text)
			if !strings.Contains(text, "you are a zorblax, go away") {
				t.Errorf("after Show unmasked the message is not shown:\n%s", text)
			}
		})
	}
}

// replyBoxes lists the case page's replies: their text and whether they
// show within the window.
const replyBoxes = `[...document.querySelectorAll('[id^="reply-"]')].map(e => { const r = e.getBoundingClientRect();
  return {text: e.innerText, shown: r.width > 0 && r.height > 0 && r.left >= 0 && r.right <= window.innerWidth}; })`

// checkReplies checks that the loaded case page shows each of caseReplies
// in full, in order, within a window w px wide.
func checkReplies(t *testing.T, ctx context.Context, w int64) {
	t.Helper()
	type box struct {
		Text  string `json:"text"`
		Shown bool   `json:"shown"`
	}
	var got []box
	jsEval(t, ctx, replyBoxes, &got)
	if len(got) != len(caseReplies) {
		t.Fatalf("case page at %d px shows %d replies, want %d: %v", w, len(got), len(caseReplies), got)
	}
	for i, r := range caseReplies {
		if strings.TrimSpace(got[i].Text) != r.Text {
			t.Errorf("reply %d at %d px reads %q, want its full text %q", r.Index, w, got[i].Text, r.Text)
		}
		if !got[i].Shown {
			t.Errorf("reply %d at %d px is not within the window", r.Index, w)
		}
	}
}
