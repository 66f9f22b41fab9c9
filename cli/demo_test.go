package cli

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/trygbot/trygbot/internal/proctest"
	"github.com/trygbot/trygbot/internal/slurtest"
)

// TestDemoRunsTheWholeWorkflow runs the README's first command and checks
// that every step of the workflow shows.
func TestDemoRunsTheWholeWorkflow(t *testing.T) {
	var out, errb bytes.Buffer
	err := run(context.Background(), []string{"demo", "--dir", t.TempDir()}, func(string) string { return "" },
		strings.NewReader(""), &out, &errb)
	if err != nil {
		t.Fatalf("demo: %v\n%s%s", err, out.String(), errb.String())
	}
	got := out.String()
	for _, want := range []string{
		"[to #moderatorer]", "[to #mods]", // prompts in both languages
		"Den er din. Tak!",                        // a claim
		"trygbot (reply to mikkel)",               // a template sent as a reply
		"Kun fællesskabets moderatorer",           // a refused action
		"Offered to you: nobody took it in time.", // re-offered after the deadline, to the next volunteer on duty
		"Escalated to the coordinators",           // an escalation
		"Markeret som ikke had",                   // a false positive dismissed
		"outcomes:", "not_hate 1", "responded 1", "escalated 1",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("demo output lacks %q", want)
		}
	}
	// The closing summary names rules by id; an id that spells a slur is
	// masked as prompts mask it.
	if _, summary, ok := strings.Cut(got, "═ Summary"); !ok {
		t.Error("demo output lacks its summary")
	} else if shown := slurtest.Unmasked(summary, slurtest.Builtin(t)); len(shown) > 0 {
		t.Errorf("the demo's summary shows slurs %q:\n%s", shown, summary)
	}
	// A volunteer goes on duty, and a new prompt mentions them alone.
	for _, want := range []string{"bo types /duty on in #mods", "→ bo is told: Aarhus Gaming: You are on duty (since 18:00). On duty now: Bo.",
		"[to #mods]\n┌ Case 2 · dehumanising language\n│ @Bo\n│ Community", "on duty now: norrebro: nobody; gaming: Bo;"} {
		if !strings.Contains(got, want) {
			t.Errorf("demo output lacks %q: a volunteer going on duty", want)
		}
	}
	// A volunteer reaches the (low) exposure cap and gets the kind note.
	for _, want := range []string{"→ anna is told: Markeret som ikke had. Tak, det hjælper med at justere reglerne.\n    Du har set meget hårdt indhold i dag og har nået dagens grænse.",
		"volunteers at their exposure cap today: norrebro 1, gaming 0"} {
		if !strings.Contains(got, want) {
			t.Errorf("demo output lacks %q: a cap reached", want)
		}
	}
	if strings.Contains(got, "Det er racistisk at kalde folk for rotter. Stop det.\n\n[to") {
		t.Error("the counter-speech message was prompted")
	}
}

func TestDemoInteractive(t *testing.T) {
	// The typed message's case comes after the seeded history; a first run
	// finds its number (the history is the same every run).
	const typed = "lisa@general: du er en perker\n"
	var first bytes.Buffer
	if err := run(context.Background(), []string{"demo", "--interactive"}, func(string) string { return "" }, strings.NewReader(typed), &first, &first); err != nil {
		t.Fatal(err)
	}
	_, after, _ := strings.Cut(first.String(), "Your turn")
	m := regexp.MustCompile(`Sag (\d+)`).FindStringSubmatch(after)
	if m == nil {
		t.Fatalf("no case for the typed message:\n%s", after)
	}
	n := m[1]
	var out bytes.Buffer
	in := strings.NewReader(typed + "/claim 99999\n/send " + n + "\n/claim " + n + "\n/send " + n + " 9\n")
	if err := run(context.Background(), []string{"demo", "--interactive"}, func(string) string { return "" }, in, &out, &out); err != nil {
		t.Fatal(err)
	}
	got := out.String()
	_, turn, ok := strings.Cut(got, "Your turn")
	if !ok {
		t.Fatalf("interactive part missing:\n%s", got[max(0, len(got)-600):])
	}
	// a named moderator, answers in the community's language without Go's
	// error prefixes, and the usage for a /send without a reply number
	for _, want := range []string{"You are Maja", "Maja → Der er ingen sag 99999.", "? /send N K sender svar K på sag N",
		"Maja tager den", "Maja → Sagen har intet svar 9."} {
		if !strings.Contains(turn, want) {
			t.Errorf("interactive part lacks %q:\n%s", want, turn)
		}
	}
	for _, bad := range []string{"error:", "bot:", "you tager", "Sagen har intet svar ."} {
		if strings.Contains(turn, bad) {
			t.Errorf("interactive part shows %q:\n%s", bad, turn)
		}
	}
}

// TestDemoInteractiveWeb says that ending the console ends the dashboard
// too, and does.
func TestDemoInteractiveWeb(t *testing.T) {
	var out bytes.Buffer
	addr := proctest.FreeAddr(t)
	if err := run(context.Background(), []string{"demo", "--interactive", "--web", addr}, func(string) string { return "" }, strings.NewReader(""), &out, &out); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "Ctrl-D in the console below, ends the demo and the dashboard") {
		t.Errorf("the dashboard line does not mention Ctrl-D:\n%s", out.String()[max(0, out.Len()-900):])
	}
}

// TestDemoWeb serves the dashboard after the script and checks it answers,
// refuses a wrong login, then stops on cancel.
func TestDemoWeb(t *testing.T) {
	addr := proctest.FreeAddr(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var out proctest.SyncBuffer
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"demo", "--web", addr}, func(string) string { return "" }, strings.NewReader(""), &out, &out)
	}()
	deadline := time.Now().Add(30 * time.Second)
	for !strings.Contains(out.String(), "Dashboard: http://") {
		if time.Now().After(deadline) {
			t.Fatalf("no dashboard line:\n%s", out.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
	resp, err := http.Get("http://" + addr + "/healthz")
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("healthz: %v %v", resp, err)
	}
	resp.Body.Close()
	resp, err = http.Get("http://" + addr + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	metrics, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	for _, want := range []string{`trygbot_messages_total{community="norrebro",platform="console"} 6`, `trygbot_flags_total{category="threat"} 1`,
		`trygbot_prompts_total{audience="coordinators",platform="console"}`, `trygbot_actions_total{action="claim",result="ok"} 2`,
		`trygbot_actions_total{action="dismiss",result="refused"} 1`, "trygbot_handle_seconds_bucket"} {
		if !strings.Contains(string(metrics), want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
	resp, err = http.Get("http://" + addr + "/")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.Request.URL.Path != "/login" {
		t.Errorf("the queue without a login ended at %s, want /login", resp.Request.URL.Path)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("demo --web did not stop")
	}
}
