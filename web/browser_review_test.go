package web_test

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/trygbot/trygbot/rules"
	"github.com/trygbot/trygbot/storage"
)

// addModelCases gives the fixture's store a case a model's second opinion
// opened alone (case 4) and the model's disagreement with rule case 1.
func addModelCases(t *testing.T, f *fixture) storage.Case {
	t.Helper()
	ctx := context.Background()
	op := &storage.ModelOpinion{Name: "qwen3guard-gen-0.6b", At: now, Hate: true, Label: "unsafe",
		Categories: []string{"Unethical Acts"}, Category: rules.CatGeneralisation}
	c, _, err := f.store.CreateCase(ctx, storage.Case{Key: "model-1", Platform: "fake", Community: "north", Channel: "c1",
		ChannelName: "#c1", MessageID: "m9", Author: "p-x", Lang: "en", AuthorName: "Author", Text: "those people, you know how they are",
		Verdict: rules.Verdict{Group: true}, Source: storage.SourceModel, Model: op, Category: rules.CatGeneralisation,
		Severity: rules.SevMedium, State: storage.StateOpen, CreatedAt: now, Signals: []string{"model_review"}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.store.UpdateCase(ctx, 1, func(c *storage.Case) error {
		c.Model = &storage.ModelOpinion{Name: "qwen3guard-gen-0.6b", At: now, Label: "safe"}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return c
}

// TestBrowserModelReview drives headless Chromium through the review
// list of cases a model opened alone: the queue links to it, the list
// shows only those cases, marked as the model's and not a rule's, with
// the same actions; "Not hate" on the phone decides the case. The case
// pages say what the model said: the source of its own case, and its
// disagreement with a rule's case, which stays flagged.
func TestBrowserModelReview(t *testing.T) {
	ctx := browser(t)
	f := newFixture(t, nil)
	mc := addModelCases(t, f)
	css := func(s string) chromedp.CSS { return chromedp.CSS(s) }
	browserLogin(t, ctx, f.srv.URL)
	var text string
	jsEval(t, ctx, `document.querySelector('#review-link').innerText`, &text)
	if text != "Model review: 1 case(s) a model opened alone" {
		t.Errorf("review link reads %q", text)
	}
	phone := screenSizes[0]
	if err := chromedp.Do(ctx,
		chromedp.EmulateViewport(phone.w, phone.h, phone.viewport()...),
		chromedp.Click(css(`#review-link`)),
		chromedp.WaitVisible(css(`#review-note`)),
	); err != nil {
		t.Fatalf("open the review list: %v", err)
	}
	var ids []string
	jsEval(t, ctx, `[...document.querySelectorAll('article.card')].map(e => e.id)`, &ids)
	if len(ids) != 1 || ids[0] != "case-4" || mc.ID != 4 {
		t.Fatalf("review list shows %v, want only case-4", ids)
	}
	jsEval(t, ctx, `document.querySelector('#case-4').innerText`, &text)
	for _, want := range []string{"model qwen3guard-gen-0.6b, not a rule", "harmful generalisation", "model only: awaiting review", "Not hate"} {
		if !strings.Contains(text, want) {
			t.Errorf("review card lacks %q:\n%s", want, text)
		}
	}
	var ok bool
	jsEval(t, ctx, noOverflow, &ok)
	if !ok {
		t.Error("the review list scrolls sideways on a phone")
	}
	if err := chromedp.Do(ctx,
		chromedp.Click(css(`#case-4 form.dismiss button`)),
		chromedp.WaitVisible(css(`.flash`)),
	); err != nil {
		t.Fatalf("not hate: %v", err)
	}
	deadline := time.Now().Add(10 * time.Second)
	for {
		c, err := f.store.GetCase(context.Background(), 4)
		if err == nil && c.State == storage.StateDismissed && c.Outcome == storage.OutcomeDismissed {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("case 4 = %s/%s (%v), want dismissed as not hate", c.State, c.Outcome, err)
		}
		time.Sleep(20 * time.Millisecond)
	}
	// The case pages.
	if err := chromedp.Do(ctx, chromedp.Navigate(f.srv.URL+"/cases/4"), chromedp.WaitVisible(css(`#source`))); err != nil {
		t.Fatalf("case 4: %v", err)
	}
	jsEval(t, ctx, `document.querySelector('main').innerText`, &text)
	for _, want := range []string{"second opinion from a model (qwen3guard-gen-0.6b), not a rule",
		"No rule flagged this message: a model's second opinion opened the case.",
		"Second opinion from the model qwen3guard-gen-0.6b, not a rule: it reads this as hate (Unethical Acts → hateful generalisation)"} {
		if !strings.Contains(text, want) {
			t.Errorf("case 4 page lacks %q:\n%s", want, text)
		}
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(f.srv.URL+"/cases/1"), chromedp.WaitVisible(css(`#model-opinion`))); err != nil {
		t.Fatalf("case 1: %v", err)
	}
	jsEval(t, ctx, `document.querySelector('#model-opinion').innerText`, &text)
	if !strings.Contains(text, "The model qwen3guard-gen-0.6b disagrees: it does not read this as hate (safe). The rule's flag stands") {
		t.Errorf("case 1 model line = %q", text)
	}
	jsEval(t, ctx, `document.querySelector('main').innerText`, &text)
	if strings.Contains(strings.ToLower(text), "zorblax") {
		t.Errorf("case 1 page shows the slur before it is unmasked")
	}
}

// TestSummaryShowsSources: the dashboard's summary shows precision by
// source and the rate of model-only cases; the queue's source filter
// refuses an unknown source.
func TestSummaryShowsSources(t *testing.T) {
	f := newFixture(t, nil)
	addModelCases(t, f)
	anna, _ := f.login(t, "anna")
	r := do(t, anna, "GET", f.srv.URL+"/summary", nil)
	for _, want := range []string{"Precision by source", "Model-only cases", "share of flagged cases"} {
		if !strings.Contains(r.body, want) {
			t.Errorf("/summary lacks %q", want)
		}
	}
	if r := do(t, anna, "GET", f.srv.URL+"/?source=modle", nil); r.status != http.StatusBadRequest {
		t.Errorf("unknown source: %d, want 400", r.status)
	}
	r = do(t, anna, "GET", f.srv.URL+"/?source=rules", nil)
	if strings.Contains(r.body, `id="case-4"`) || !strings.Contains(r.body, `id="case-1"`) {
		t.Errorf("source rules lists the model's case, or not the rules':\n%s", r.body)
	}
}
