package cli

import (
	"bytes"
	"context"
	"fmt"
	"html"
	"image/png"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"
	"github.com/chromedp/chromedp"
	"github.com/go-telegram/bot/models"

	"github.com/trygbot/trygbot/adapters/console"
	"github.com/trygbot/trygbot/adapters/discord"
	"github.com/trygbot/trygbot/adapters/telegram"
	"github.com/trygbot/trygbot/app"
	"github.com/trygbot/trygbot/bot"
	"github.com/trygbot/trygbot/internal/browsertest"
	"github.com/trygbot/trygbot/internal/slurtest"
	"github.com/trygbot/trygbot/storage"
)

// screenshot is one of the README's images: what it shows, at which
// viewport, and the file under docs/.
type screenshot struct {
	file      string
	w, h      int64
	scale     float64 // device pixels per CSS pixel
	mobile    bool
	path      string // dashboard path, or "" for a prompt page
	wait      string // selector to wait for
	promptFor string // "discord" or "telegram"
}

var screenshots = []screenshot{
	{file: "summary-desktop.png", w: 1280, h: 900, scale: 1, path: "/summary", wait: ".report svg"},
	{file: "summary-phone.png", w: 390, h: 844, scale: 1, mobile: true, path: "/summary", wait: ".report svg"},
	{file: "prompt-discord.png", w: 640, h: 600, scale: 1, wait: ".embed", promptFor: "discord"},
	{file: "prompt-telegram.png", w: 520, h: 640, scale: 1, wait: ".bubble", promptFor: "telegram"},
}

// maxScreenshotBytes keeps the repository small.
const maxScreenshotBytes = 300 << 10

// TestScreenshots renders the README's images from the demo: the weekly
// summary over the demo's five weeks of history (desktop and phone), and
// the demo's first prompt with a slur in it, drawn from what the Discord
// and Telegram adapters would send (RenderPrompt) in pages that imitate
// each app. What the adapters send must hold no slur in clear and no
// spoiler (which would open uncounted); every page must render, fit its
// viewport sideways and show no slur unmasked; the committed PNGs must be valid, of their viewport's
// size and small. With -update it rewrites docs/*.png:
//
//	go test ./cli -run TestScreenshots -update
func TestScreenshots(t *testing.T) {
	ctx := screenshotBrowser(t)
	base, login, p := startDemoDashboard(t)
	terms := slurtest.Builtin(t)
	for name, text := range sentTexts(p) {
		if got := slurtest.Unmasked(text, terms); len(got) > 0 || strings.Contains(text, "spoiler") || strings.Contains(text, "||") {
			t.Errorf("the %s prompt sends slurs %q, or a spoiler:\n%s", name, got, text)
		}
	}
	pages := map[string]string{
		"discord":  discordPage(p),
		"telegram": telegramPage(p),
	}
	dir := t.TempDir()
	for name, page := range pages {
		if got := slurtest.Unmasked(htmlText(page), terms); len(got) > 0 {
			t.Errorf("the %s prompt page shows slurs unmasked: %q", name, got)
		}
		if err := os.WriteFile(filepath.Join(dir, name+".html"), []byte(page), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := chromedp.Do(ctx,
		chromedp.EmulateViewport(1280, 900),
		chromedp.Navigate(base+"/login"),
		chromedp.WaitVisible(chromedp.CSS(`input[name="name"]`)),
		chromedp.SendKeys(chromedp.CSS(`input[name="name"]`), "demo"),
		chromedp.SendKeys(chromedp.CSS(`input[name="password"]`), login),
		chromedp.Click(chromedp.CSS(`form[action="/login"] button[type="submit"]`)),
		chromedp.WaitVisible(chromedp.CSS(`article.card`)), // the queue
	); err != nil {
		t.Fatalf("log in to the demo's dashboard: %v", err)
	}
	for _, s := range screenshots {
		t.Run(s.file, func(t *testing.T) {
			url := base + s.path
			if s.promptFor != "" {
				url = "file://" + filepath.Join(dir, s.promptFor+".html")
			}
			shot := s.take(t, ctx, url, terms)
			s.check(t, shot)
		})
	}
}

// take loads url at the screenshot's viewport, checks the page and
// returns its screenshot; with -update it also writes it to docs/.
func (s screenshot) take(t *testing.T, ctx context.Context, url string, terms map[string]bool) []byte {
	t.Helper()
	var opts []chromedp.EmulateViewportOption
	opts = append(opts, chromedp.EmulateScale(s.scale))
	if s.mobile {
		opts = append(opts, chromedp.EmulateMobile)
	}
	if err := chromedp.Do(ctx,
		chromedp.EmulateViewport(s.w, s.h, opts...),
		chromedp.Navigate(url),
		chromedp.WaitVisible(chromedp.CSS(s.wait)),
	); err != nil {
		t.Fatalf("load %s: %v", url, err)
	}
	text, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.body.innerText`))
	if err != nil {
		t.Fatal(err)
	}
	if got := slurtest.Unmasked(text, terms); len(got) > 0 {
		t.Errorf("%s shows slurs unmasked: %q", url, got)
	}
	if s.path == "/summary" && !strings.Contains(text, "2026-W4") {
		t.Errorf("the summary shows no week of the demo's history:\n%.400s", text)
	}
	fits, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.documentElement.scrollWidth <= window.innerWidth`))
	if err != nil {
		t.Fatal(err)
	}
	if !fits {
		t.Errorf("%s scrolls sideways at %d px", url, s.w)
	}
	if s.promptFor != "" {
		// The whole prompt is in the picture.
		var tall bool
		if tall, err = chromedp.Run(ctx, chromedp.Evaluate[bool](`document.documentElement.scrollHeight > window.innerHeight`)); err != nil {
			t.Fatal(err)
		}
		if tall {
			t.Errorf("the %s prompt is taller than its %d px viewport: raise h", s.promptFor, s.h)
		}
	}
	shot, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatalf("screenshot %s: %v", url, err)
	}
	if *update {
		out := filepath.Join("..", "docs", s.file)
		if err := os.WriteFile(out, shot, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %s (%d bytes)", out, len(shot))
	}
	return shot
}

// check checks the fresh screenshot and the committed file: valid PNGs of
// the viewport's size, the committed one under maxScreenshotBytes.
func (s screenshot) check(t *testing.T, shot []byte) {
	t.Helper()
	wantW, wantH := int(float64(s.w)*s.scale), int(float64(s.h)*s.scale)
	for _, c := range []struct {
		name string
		data []byte
	}{{"the screenshot", shot}, {"docs/" + s.file, readFile(t, filepath.Join("..", "docs", s.file))}} {
		img, err := png.Decode(bytes.NewReader(c.data))
		if err != nil {
			t.Errorf("%s is not a PNG: %v (run go test ./cli -run TestScreenshots -update)", c.name, err)
			continue
		}
		if b := img.Bounds(); b.Dx() != wantW || b.Dy() != wantH {
			t.Errorf("%s is %dx%d, want %dx%d (run go test ./cli -run TestScreenshots -update)", c.name, b.Dx(), b.Dy(), wantW, wantH)
		}
	}
	if readme := readFile(t, filepath.Join("..", "README.md")); !bytes.Contains(readme, []byte(`src="docs/`+s.file+`"`)) {
		t.Errorf("README.md does not show docs/%s", s.file)
	}
	if n := len(readFile(t, filepath.Join("..", "docs", s.file))); n > maxScreenshotBytes {
		t.Errorf("docs/%s is %d KB, want at most %d KB", s.file, n>>10, maxScreenshotBytes>>10)
	}
}

func readFile(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Errorf("%v (run go test ./cli -run TestScreenshots -update)", err)
	}
	return b
}

// screenshotBrowser starts a headless Chromium for t without scrollbars
// (see browsertest.New).
func screenshotBrowser(t *testing.T) context.Context {
	t.Helper()
	return browsertest.New(t, 180*time.Second, chromedp.Flag("hide-scrollbars", true))
}

// promptRecorder is the demo's console, recording every prompt it posts.
type promptRecorder struct {
	*console.Adapter
	mu      sync.Mutex
	prompts []bot.Prompt
}

func (r *promptRecorder) Prompt(ctx context.Context, p bot.Prompt) (storage.PromptRef, error) {
	r.mu.Lock()
	r.prompts = append(r.prompts, p)
	r.mu.Unlock()
	return r.Adapter.Prompt(ctx, p)
}

// startDemoDashboard runs the demo as `trygbot demo --web` does (the
// scripted evening, then the five weeks of history) and serves its
// dashboard until the test ends. It returns the dashboard's address, the
// login's password, and the first prompt to the moderators whose message
// has a slur.
func startDemoDashboard(t *testing.T) (base, password string, p bot.Prompt) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	loc, err := time.LoadLocation("Europe/Copenhagen")
	if err != nil {
		loc = time.UTC
	}
	clk := &demoClock{t: time.Date(2026, 11, 26, 18, 0, 0, 0, loc)}
	rec := &promptRecorder{Adapter: console.New(strings.NewReader(""), io.Discard, "norrebro")}
	rec.Now, rec.Lang = clk.Now, "da"
	spec, err := demoSpec(filepath.Join(t.TempDir(), "demo.db"), clk, loc, rec.Adapter, false)
	if err != nil {
		t.Fatal(err)
	}
	adapters := spec.Adapters
	spec.Adapters = func(parts app.Parts) ([]app.Adapter, error) {
		ads, err := adapters(parts)
		for i := range ads {
			ads[i].Outbox = rec
		}
		return ads, err
	}
	if spec.Web, password, err = demoWeb("127.0.0.1:0", loc, clk.Now); err != nil {
		t.Fatal(err)
	}
	a, err := app.New(ctx, spec)
	if err != nil {
		t.Fatal(err)
	}
	evening := clk.Now()
	if err := playScript(ctx, io.Discard, a.Bot(), a.Store(), clk); err != nil {
		t.Fatal(err)
	}
	if _, _, err := seedHistory(ctx, a.Store(), a.Evaluate, evening, loc); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- a.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil && ctx.Err() == nil {
			t.Errorf("demo: %v", err)
		}
		a.Close()
	})
	rec.mu.Lock()
	defer rec.mu.Unlock()
	for _, q := range rec.prompts {
		if q.Audience == "moderators" && hasSensitive(q.Message) {
			return "http://" + spec.Web.Listener.Addr().String(), password, q
		}
	}
	t.Fatalf("the demo posted no prompt to the moderators with a slur in its message (of %d prompts)", len(rec.prompts))
	return
}

func hasSensitive(segs []bot.Segment) bool {
	for _, s := range segs {
		if s.Sensitive {
			return true
		}
	}
	return false
}

// promptPageCSS is shared by both imitations.
const promptPageCSS = `*{box-sizing:border-box}html,body{margin:0;min-height:100vh}
body{font:15px/1.4 "DejaVu Sans",Arial,sans-serif;padding:14px 16px}
.label{font:12px/1.3 "DejaVu Sans",Arial,sans-serif;padding:6px 10px;border-radius:6px;margin-bottom:12px;display:inline-block}
`

// sentTexts are the texts the Discord and Telegram adapters send for p,
// as a reader sees them: Discord's markdown without its escapes, and
// Telegram's HTML unescaped.
func sentTexts(p bot.Prompt) map[string]string {
	d := discord.RenderPrompt(p)
	e := d.Embeds[0]
	parts := []string{d.Content, e.Title, e.Description}
	for _, f := range e.Fields {
		parts = append(parts, f.Value)
	}
	unescaped := regexp.MustCompile(`\\(.)`).ReplaceAllString(strings.Join(parts, "\n"), "$1")
	return map[string]string{"discord": unescaped, "telegram": html.UnescapeString(telegram.RenderPrompt(p).Text)}
}

// discordPage draws the message discord.RenderPrompt makes for p as
// Discord's dark theme shows it.
func discordPage(p bot.Prompt) string {
	m := discord.RenderPrompt(p)
	e := m.Embeds[0]
	var b strings.Builder
	b.WriteString(`<!doctype html><html lang="da"><meta charset="utf-8"><title>Discord prompt</title><style>` + promptPageCSS + `
body{background:#313338;color:#dbdee1}
.label{background:#1e1f22;color:#b5bac1}
.row{display:flex;gap:14px}.avatar{width:40px;height:40px;border-radius:50%;background:#5865f2;color:#fff;display:flex;align-items:center;justify-content:center;font-weight:bold;flex:none}
.name{color:#fff;font-weight:600}.app{background:#5865f2;color:#fff;font-size:10px;padding:1px 4px;border-radius:3px;margin-left:4px;vertical-align:2px}.time{color:#949ba4;font-size:12px;margin-left:6px}
.mention{background:rgba(88,101,242,.3);color:#c9cdfb;border-radius:3px;padding:0 2px}
.embed{background:#2b2d31;border-left:4px solid;border-radius:4px;padding:10px 14px 14px 12px;margin-top:4px;max-width:520px}
.title{color:#fff;font-weight:700;margin-bottom:8px}.fields{display:flex;flex-wrap:wrap;gap:8px 24px;margin-bottom:8px}
.fname{color:#fff;font-weight:600;font-size:13px}.fval{font-size:14px}
.desc{font-size:14px;white-space:pre-wrap;word-wrap:break-word}.quote{border-left:4px solid #4e5058;padding-left:10px;display:block}
.buttons{display:flex;flex-wrap:wrap;gap:8px;margin-top:8px;max-width:520px}.btn{color:#fff;font-size:14px;padding:4px 14px;border-radius:3px;min-height:32px;display:flex;align-items:center}
.b1{background:#5865f2}.b2{background:#4e5058}.b4{background:#da373c}
</style><body>`)
	b.WriteString(`<div class="label">Drawn by trygbot's tests from the message trygbot sends to Discord (adapters/discord RenderPrompt): as trygbot renders it for Discord, slurs masked. Not a screenshot of Discord.</div>`)
	b.WriteString(`<div class="row"><div class="avatar">t</div><div><div><span class="name">trygbot</span><span class="app">APP</span><span class="time">i dag 18:02</span></div>`)
	if m.Content != "" {
		fmt.Fprintf(&b, `<div><span class="mention">@%s</span></div>`, html.EscapeString(strings.Trim(m.Content, "<@&>")))
	}
	fmt.Fprintf(&b, `<div class="embed" style="border-color:#%06x"><div class="title">%s</div><div class="fields">`, e.Color, discordMarkdown(e.Title))
	for _, f := range e.Fields {
		fmt.Fprintf(&b, `<div><div class="fname">%s</div><div class="fval">%s</div></div>`, html.EscapeString(f.Name), discordMarkdown(f.Value))
	}
	b.WriteString(`</div><div class="desc">`)
	quote := false // a quote is a block: no line break after it
	for i, line := range strings.Split(e.Description, "\n") {
		if q, ok := strings.CutPrefix(line, "> "); ok {
			fmt.Fprintf(&b, `<span class="quote">%s</span>`, discordMarkdown(q))
			quote = true
			continue
		}
		if i > 0 && !quote {
			b.WriteString("\n")
		}
		quote = false
		b.WriteString(discordMarkdown(line))
	}
	b.WriteString(`</div></div><div class="buttons">`)
	for _, row := range m.Components {
		for _, c := range row.(discordgo.ActionsRow).Components {
			btn := c.(discordgo.Button)
			fmt.Fprintf(&b, `<span class="btn b%d">%s</span>`, btn.Style, html.EscapeString(btn.Label))
		}
	}
	b.WriteString(`</div></div></div></body></html>`)
	return b.String()
}

// discordMarkdown renders the Markdown trygbot writes (backslash escapes,
// **bold**, _italic_) as HTML.
func discordMarkdown(s string) string {
	var b strings.Builder
	in := map[string]bool{}
	toggle := func(mark, open, close string) {
		if in[mark] {
			b.WriteString(close)
		} else {
			b.WriteString(open)
		}
		in[mark] = !in[mark]
	}
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '\\' && i+1 < len(s):
			r, n = utf8.DecodeRuneInString(s[i+1:])
			n++
		case strings.HasPrefix(s[i:], "**"):
			toggle("**", "<strong>", "</strong>")
			i += 2
			continue
		case r == '_':
			toggle("_", "<em>", "</em>")
			i++
			continue
		}
		i += n
		b.WriteString(html.EscapeString(string(r)))
	}
	return b.String()
}

// telegramPage draws the message telegram.RenderPrompt makes for p as
// Telegram shows it in a group.
func telegramPage(p bot.Prompt) string {
	m := telegram.RenderPrompt(p)
	var b strings.Builder
	b.WriteString(`<!doctype html><html lang="da"><meta charset="utf-8"><title>Telegram prompt</title><style>` + promptPageCSS + `
body{background:#8fb47a linear-gradient(160deg,#a8c99a,#7fa66f);color:#000}
.label{background:rgba(0,0,0,.35);color:#fff}
.bubble{background:#fff;border-radius:12px 12px 12px 4px;padding:8px 12px 6px;max-width:440px;box-shadow:0 1px 1px rgba(0,0,0,.15)}
.from{color:#3a8ad6;font-weight:600;font-size:14px;margin-bottom:2px}.text{white-space:pre-wrap;word-wrap:break-word;font-size:14px}
.time{color:#8b9aa8;font-size:11px;text-align:right}
.kb{max-width:440px;margin-top:4px}.kbrow{display:flex;gap:4px;margin-bottom:4px}
.kbrow span{flex:1;background:rgba(60,90,50,.45);color:#fff;border-radius:8px;text-align:center;padding:8px 4px;font-size:13px;font-weight:600}
a{color:#3a8ad6}
</style><body>`)
	b.WriteString(`<div class="label">Drawn by trygbot's tests from the message trygbot sends to Telegram (adapters/telegram RenderPrompt): as trygbot renders it for Telegram, slurs masked. Not a screenshot of Telegram.</div>`)
	fmt.Fprintf(&b, `<div class="bubble"><div class="from">trygbot</div><div class="text">%s</div><div class="time">18:02</div></div><div class="kb">`, m.Text)
	if kb, ok := m.ReplyMarkup.(*models.InlineKeyboardMarkup); ok {
		for _, row := range kb.InlineKeyboard {
			b.WriteString(`<div class="kbrow">`)
			for _, btn := range row {
				fmt.Fprintf(&b, `<span>%s</span>`, html.EscapeString(btn.Text))
			}
			b.WriteString(`</div>`)
		}
	}
	b.WriteString(`</div></body></html>`)
	return b.String()
}

var tags = regexp.MustCompile(`<[^>]*>`)

// htmlText is the text of an HTML page, without its tags.
func htmlText(s string) string { return html.UnescapeString(tags.ReplaceAllString(s, " ")) }
