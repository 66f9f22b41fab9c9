package cli

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/trygbot/trygbot/adapters/console"
	"github.com/trygbot/trygbot/app"
	"github.com/trygbot/trygbot/bot"
	"github.com/trygbot/trygbot/rules"
	"github.com/trygbot/trygbot/storage"
	"github.com/trygbot/trygbot/storage/sqlite"
	"github.com/trygbot/trygbot/web"
	"golang.org/x/crypto/bcrypt"
)

// demoStep is one beat of the scripted demo: a chat message, a moderator's
// action, or time passing.
type demoStep struct {
	wait    time.Duration // before the step
	note    string        // narration
	id      string        // message id, for messages; actions name it in ref
	chat    string        // community chat id, for messages
	channel string
	user    string
	text    string
	// An action by user on the case opened by message ref.
	act   bot.ActionKind
	ref   string
	arg   string
	roles []string
	tick  bool // let the bot do its timed work
	// A command user types in chat (cmd "duty", arg "on").
	cmd string
}

// demoScript is a Thursday evening in two communities, after five weeks
// of history (demo_history.go). Messages are written
// for the demo; none come from an evaluation set.
var demoScript = []demoStep{
	{note: "Nørrebro Unge (Danish) and Aarhus Gaming (English) are quiet; ordinary chat is counted, never stored."},
	{note: "Bo goes on duty for Aarhus Gaming, whose prompts follow its duty roster:", cmd: "duty", arg: "on", chat: "#mods", user: "bo"},
	{id: "m1", chat: "norrebro", channel: "general", user: "sofie", text: "Hej alle! Er der nogen der vil med til fodbold på lørdag?"},
	{id: "m2", chat: "norrebro", channel: "general", user: "ali", text: "Ja, jeg tager bolden med 😄"},
	{id: "m3", chat: "gaming", channel: "lobby", user: "jonas", text: "lol this boss fight is killing me"},
	{wait: 2 * time.Minute, note: "A dehumanising message, written with look-alike letters and leetspeak to slip past filters:",
		id: "m4", chat: "norrebro", channel: "general", user: "mikkel", text: "Muslimerne er r0tt3r, de burde smides ud af landet"},
	{wait: time.Minute, note: "Counter-speech quotes the slur to object to it; it is not flagged:",
		id: "m5", chat: "norrebro", channel: "general", user: "sara", text: "Det er racistisk at kalde folk for rotter. Stop det."},
	{wait: time.Minute, note: "Anna, a volunteer, takes the case on her phone and sends suggested reply 1:",
		act: bot.ActClaim, ref: "m4", user: "anna"},
	{act: bot.ActTemplate, ref: "m4", arg: "1", user: "anna"},
	{wait: 2 * time.Minute, note: "Someone who is not a moderator tries to press a button; nothing happens:",
		act: bot.ActDismiss, ref: "m4", user: "lars"},
	{wait: 3 * time.Minute, note: "In the English community, a hateful generalisation; the prompt mentions the volunteer on duty, Bo, and nobody else:",
		id: "m6", chat: "gaming", channel: "lobby", user: "viktor", text: "all immigrants are parasites tbh"},
	{wait: 16 * time.Minute, note: "Nobody takes it within 15 minutes, so it is offered to the next volunteer on duty, by name:", tick: true},
	{wait: time.Minute, note: "Bo takes it and escalates it to the coordinators:",
		act: bot.ActClaim, ref: "m6", user: "bo"},
	{act: bot.ActEscalate, ref: "m6", user: "bo"},
	{wait: 5 * time.Minute, note: "A threat is urgent: it goes to the coordinators at once, mentioning only those listed by name:",
		id: "m7", chat: "norrebro", channel: "general", user: "mikkel", text: "jeg skyder den næste perker jeg ser"},
	{wait: 2 * time.Minute, note: "Cecilie, a coordinator, notes what she did and closes it:",
		act: bot.ActNote, ref: "m7", arg: "Forældre og SSP er kontaktet; anmeldt til politiet.", user: "cecilie"},
	{act: bot.ActClose, ref: "m7", user: "cecilie"},
	{wait: 4 * time.Minute, note: "A message about a rifle is flagged by a strict local rule; Anna marks it as not hate, which tunes the rules. " +
		"That brings her to Nørrebro Unge's exposure cap for the day (5 in the demo, cases weighted by severity): she gets a kind note and no new cases until tomorrow:",
		id: "m8", chat: "norrebro", channel: "jagt", user: "henrik", text: "Min nye bøsse er en fin sag til andejagten"},
	{act: bot.ActDismiss, ref: "m8", arg: "bøsse = jagtgevær", user: "anna"},
}

// demoLocalPack is a community's own rule, as an admin would add it, that
// the demo shows being dismissed as a false positive.
const demoLocalPack = `
pack: norrebro-local
version: "demo"
scope: {community: norrebro}
rules:
  - id: norrebro.strict.bosse
    category: slur
    severity: medium
    rationale: A strict local rule for the demo; "bøsse" is also a rifle, so it misfires.
    terms: [bøsse]
`

// demoModerator is who you are in the interactive demo: a volunteer of
// Nørrebro Unge, named as the others are.
const demoModerator = "Maja"

// demoCap is Nørrebro Unge's exposure cap in the demo: low, so that Anna
// reaches it in one evening (a high case, 3, and a medium one, 2).
const demoCap = 5

func cmdDemo(env *cmdEnv, args []string) error {
	fs := env.newFlags("demo", "[flags]", `Run trygbot locally with nothing installed: embedded SQLite storage, the
built-in Danish and English rules and templates, and a console instead of
Discord or Telegram. A scripted evening in two communities flows through the
whole workflow: messages are evaluated, moderators are prompted, a volunteer
claims a case and sends a de-escalation reply, a volunteer goes on duty and
is mentioned by name, a case nobody takes is offered again, a threat goes
straight to the coordinators, a false positive is dismissed, and a volunteer
reaches the day's exposure cap. With --interactive you then type messages and
commands yourself.`,
		`  trygbot demo
  trygbot demo --interactive
  trygbot demo --web 127.0.0.1:8081   # then open the printed address
  trygbot demo --dir ./demo-data   # keep the SQLite file`)
	dir := fs.String("dir", "", "keep the demo's SQLite database in `DIR` (default: a temporary directory, removed after)")
	interactive := fs.Bool("interactive", false, "after the script, read messages and commands from stdin")
	webAddr := fs.String("web", "", "after the script, serve the dashboard on `ADDR` (such as 127.0.0.1:8081) until Ctrl-C; the login is printed")
	if done, err := env.parse(fs, args); done {
		return err
	}
	if *dir == "" {
		tmp, err := os.MkdirTemp("", "trygbot-demo-")
		if err != nil {
			return fmt.Errorf("demo: %w", err)
		}
		defer os.RemoveAll(tmp)
		*dir = tmp
	} else if err := os.MkdirAll(*dir, 0o755); err != nil {
		return fmt.Errorf("demo: %w", err)
	}
	return runDemo(env.ctx, env.stdin, env.stdout, *dir, *interactive, *webAddr)
}

func runDemo(ctx context.Context, in io.Reader, out io.Writer, dir string, interactive bool, webAddr string) error {
	loc, err := time.LoadLocation("Europe/Copenhagen")
	if err != nil {
		loc = time.UTC
	}
	clk := &demoClock{t: time.Date(2026, 11, 26, 18, 0, 0, 0, loc)}
	con := console.New(in, out, "norrebro")
	con.Now, con.Lang = clk.Now, "da"
	spec, err := demoSpec(filepath.Join(dir, "demo.db"), clk, loc, con, interactive)
	if err != nil {
		return err
	}
	var login string
	if webAddr != "" {
		if spec.Web, login, err = demoWeb(webAddr, loc, clk.Now); err != nil {
			return err
		}
	}
	a, err := app.New(ctx, spec)
	if err != nil {
		if spec.Web != nil {
			spec.Web.Listener.Close()
		}
		return fmt.Errorf("demo: %w", err)
	}
	defer a.Close()
	fmt.Fprintf(out, "trygbot demo: two communities, embedded storage at %s, no tokens, no servers.\n", filepath.Join(dir, "demo.db"))
	evening := clk.Now()
	if err := playScript(ctx, out, a.Bot(), a.Store(), clk); err != nil {
		return err
	}
	// The five weeks before the evening, stored after it so the evening's
	// cases keep their numbers 1-4.
	msgs, cases, err := seedHistory(ctx, a.Store(), a.Evaluate, evening, loc)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "\nHistory: the five weeks before this evening in six communities (Discord, Telegram, HTTP ingest, console): %d messages counted, %d cases; trygbot report and the dashboard's summary show them.\n", msgs, cases)
	if err := demoSummary(ctx, out, a.Store(), evening, clk.Now()); err != nil {
		return err
	}
	if err := demoDuty(ctx, out, a.Bot(), a.Store(), evening); err != nil {
		return err
	}
	if !interactive && webAddr == "" {
		return nil
	}
	if webAddr != "" {
		ends := "Ctrl-C ends the demo."
		if interactive {
			ends = "Ctrl-C, or Ctrl-D in the console below, ends the demo and the dashboard."
		}
		fmt.Fprintf(out, "\nDashboard: http://%s/ (log in as demo, password %s). %s\n", spec.Web.Listener.Addr(), login, ends)
	}
	if interactive {
		fmt.Fprintf(out, "\nYour turn. You are %s, a moderator of Nørrebro Unge (chat id norrebro); /as NAME acts as someone else.\n%s\n",
			demoModerator, console.Help)
		con.Moderator = demoModerator
	}
	// The dashboard serves until Ctrl-C; the console, until its input ends.
	return a.Run(ctx)
}

// demoSpec is the demo's process: embedded storage at dbPath, the built-in
// rules with a community's own strict rule, the built-in templates, two
// communities on the console, on the demo's clock. The console takes
// input only when interactive; until then the script feeds the bot.
func demoSpec(dbPath string, clk *demoClock, loc *time.Location, con *console.Adapter, interactive bool) (app.Spec, error) {
	key := make([]byte, 32)
	if _, err := rand.Read(key); err != nil {
		return app.Spec{}, err
	}
	mods := []string{"user:anna", "user:bo", "user:" + demoModerator}
	comms := []bot.Community{
		{ID: "norrebro", Name: "Nørrebro Unge", Platform: console.Platform, ChatID: "norrebro", Lang: "da",
			RulesLink: "https://example.org/norrebro-regler", ModeratorsChat: "#moderatorer", SecondChat: "#vagt",
			CoordinatorsChat: "#koordinatorer", Moderators: mods, Coordinators: []string{"user:cecilie", "role:koordinatorer"},
			Wellbeing: bot.WellbeingOptions{Cap: demoCap}},
		{ID: "gaming", Name: "Aarhus Gaming", Platform: console.Platform, ChatID: "gaming", Lang: "en",
			RulesLink: "https://example.org/gaming-rules", ModeratorsChat: "#mods", SecondChat: "#duty",
			CoordinatorsChat: "#coordinators", Moderators: mods, Coordinators: []string{"user:cecilie", "role:coordinators"},
			Duty: bot.DutyOptions{Routing: true, Fallback: bot.FallbackCoordinators, Location: loc}, Wellbeing: bot.WellbeingOptions{Cap: 30}},
	}
	ad := app.Adapter{Platform: console.Platform, Outbox: con, EndsRun: true}
	if interactive {
		ad.Run = func(ctx context.Context, in bot.Inbox) error { return con.Run(ctx, countingInbox{in}) }
	}
	return app.Spec{
		OpenStore: func(ctx context.Context) (storage.Store, error) { return sqlite.Open(ctx, dbPath) },
		Rules: func() ([]*rules.Pack, []*rules.Pack, error) {
			base, err := rules.BuiltinPacks()
			if err != nil {
				return nil, nil, err
			}
			local, err := rules.ParsePack("norrebro-local.yaml", []byte(demoLocalPack))
			return base, []*rules.Pack{local}, err
		},
		PseudonymKey: key,
		Bot:          bot.Options{Communities: comms, Now: clk.Now, Location: loc, ClaimDeadline: 15 * time.Minute},
		Metrics:      true,
		Adapters:     func(app.Parts) ([]app.Adapter, error) { return []app.Adapter{ad}, nil },
	}, nil
}

// playScript plays the script on the demo's clock, then flushes the
// message counts.
func playScript(ctx context.Context, out io.Writer, b *bot.Bot, st storage.Store, clk *demoClock) error {
	for _, s := range demoScript {
		if err := ctx.Err(); err != nil {
			return err
		}
		clk.Add(s.wait)
		if s.note != "" {
			fmt.Fprintf(out, "\n▶ %s  %s\n", clk.Now().Format("15:04"), s.note)
		}
		if err := s.play(ctx, out, b, st, clk); err != nil {
			return err
		}
	}
	return b.Flush(ctx)
}

// play makes one step happen: the bot's timed work, an action, or a chat
// message.
func (s demoStep) play(ctx context.Context, out io.Writer, b *bot.Bot, st storage.Store, clk *demoClock) error {
	switch {
	case s.tick:
		return b.Tick(ctx)
	case s.cmd != "":
		fmt.Fprintf(out, "  %s types /%s %s in %s\n", s.user, s.cmd, s.arg, s.chat)
		text, err := b.Command(ctx, bot.CommandRequest{Platform: console.Platform, ChatID: s.chat, ActorID: s.user,
			ActorName: strings.ToUpper(s.user[:1]) + s.user[1:], Name: s.cmd, Arg: s.arg})
		if err != nil {
			return fmt.Errorf("demo: /%s %s: %w", s.cmd, s.arg, err)
		}
		fmt.Fprintf(out, "  → %s is told: %s\n", s.user, text)
	case s.act != "":
		ref, err := demoCase(ctx, st, s.ref)
		if err != nil {
			return err
		}
		id := ref.ID
		fmt.Fprintf(out, "  %s presses %q on case %d\n", s.user, s.act, id)
		fb, err := b.Act(ctx, bot.ActionRequest{Platform: console.Platform, CaseID: id, Nonce: ref.Nonce, Kind: s.act, Arg: s.arg,
			ActorID: s.user, ActorName: strings.ToUpper(s.user[:1]) + s.user[1:], Roles: s.roles})
		switch {
		case fb.Text != "":
			fmt.Fprintf(out, "  → %s is told: %s\n", s.user, strings.ReplaceAll(fb.Text, "\n\n", "\n    "))
		case err != nil:
			return fmt.Errorf("demo: %s on case %d: %w", s.act, id, err)
		}
	case s.text != "":
		fmt.Fprintf(out, "  #%s %s: %s\n", s.channel, s.user, s.text)
		ev := bot.Event{Kind: bot.KindMessage, Platform: console.Platform, ChatID: s.chat, Channel: s.channel,
			ChannelName: "#" + s.channel, MessageID: s.id, AuthorID: s.user, AuthorName: s.user, Text: s.text, At: clk.Now()}
		return b.Handle(ctx, ev)
	}
	return nil
}

// demoCase finds the case opened for a message id.
func demoCase(ctx context.Context, st storage.Store, ref string) (bot.CaseRef, error) {
	cs, err := st.ListCases(ctx, storage.CaseQuery{})
	if err != nil {
		return bot.CaseRef{}, err
	}
	for _, c := range cs {
		if c.MessageID == ref {
			return bot.RefOf(c), nil
		}
	}
	return bot.CaseRef{}, fmt.Errorf("demo: message %s opened no case; the rules did not flag it", ref)
}

// demoSummary sums up the evening (since evening) for the console; the
// weekly summary (trygbot report, the dashboard) has the history too.
func demoSummary(ctx context.Context, out io.Writer, st storage.Store, evening, now time.Time) error {
	cs, err := st.ListCases(ctx, storage.CaseQuery{Since: evening.UTC(), Until: now.UTC().Add(time.Nanosecond)})
	if err != nil {
		return err
	}
	vol, err := st.Volume(ctx, evening.UTC().Truncate(time.Hour), now.Add(time.Hour))
	if err != nil {
		return err
	}
	var msgs, flagged int64
	for _, v := range vol {
		msgs += v.Messages
		flagged += v.Flagged
	}
	fmt.Fprintf(out, "\n═ Summary: %d messages seen, %d flagged, %d cases\n", msgs, flagged, len(cs))
	byOutcome := map[string]int{}
	var claim []time.Duration
	for _, c := range cs {
		o := c.Outcome
		if o == "" {
			o = string(c.State)
		}
		byOutcome[o]++
		if !c.ClaimedAt.IsZero() {
			claim = append(claim, c.ClaimedAt.Sub(c.CreatedAt))
		}
		ids := make([]string, len(c.Rules))
		for i, r := range c.Rules {
			ids[i] = bot.Masked(bot.RuleSegments(r, c.Verdict)) // "da.slur.p•••••", as prompts show it
		}
		fmt.Fprintf(out, "  case %d  %-15s %-8s %-10s author %s  rules %s\n", c.ID, c.Category, c.Severity, c.State, c.Author, strings.Join(ids, ","))
	}
	keys := make([]string, 0, len(byOutcome))
	for k := range byOutcome {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s %d", k, byOutcome[k])
	}
	fmt.Fprintf(out, "  outcomes: %s\n", strings.Join(parts, ", "))
	if len(claim) > 0 {
		sort.Slice(claim, func(i, j int) bool { return claim[i] < claim[j] })
		fmt.Fprintf(out, "  time to claim: median %s\n", claim[len(claim)/2].Round(time.Minute))
	}
	fmt.Fprintln(out, "  Authors are stored as keyed pseudonyms; the text of unflagged messages was never stored.")
	return nil
}

// demoDuty says who is on duty now in each community and how many
// volunteers reached their exposure cap since evening, as /summary does.
func demoDuty(ctx context.Context, out io.Writer, b *bot.Bot, st storage.Store, evening time.Time) error {
	var parts []string
	for _, id := range []string{"norrebro", "gaming"} {
		on, err := b.OnDutyNow(ctx, id)
		if err != nil {
			return err
		}
		names := []string{}
		for _, d := range on {
			names = append(names, d.Name)
		}
		who := "nobody"
		if len(names) > 0 {
			who = strings.Join(names, ", ")
		}
		parts = append(parts, id+": "+who)
	}
	audit, err := st.ListAudit(ctx, storage.AuditQuery{Since: evening.UTC()})
	if err != nil {
		return err
	}
	caps := map[string]int{}
	for _, e := range audit {
		if e.Action == "cap_reached" {
			comm, _, _ := strings.Cut(e.Detail, " ")
			caps[comm]++
		}
	}
	fmt.Fprintf(out, "  on duty now: %s; volunteers at their exposure cap today: norrebro %d, gaming %d\n",
		strings.Join(parts, "; "), caps["norrebro"], caps["gaming"])
	return nil
}

// demoClock is the demo's adjustable clock.
type demoClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *demoClock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }

func (c *demoClock) Add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// demoWeb is the dashboard over the demo's data on addr, with a one-off
// login: it listens at once, so the address can be printed before it
// serves. It returns the password.
func demoWeb(addr string, loc *time.Location, now func() time.Time) (*app.Web, string, error) {
	raw := make([]byte, 9)
	if _, err := rand.Read(raw); err != nil {
		return nil, "", err
	}
	password := base64.RawURLEncoding.EncodeToString(raw)
	hash, err := bcrypt.GenerateFromPassword([]byte(password), bcrypt.DefaultCost)
	if err != nil {
		return nil, "", err
	}
	l, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, "", fmt.Errorf("demo: dashboard: %w", err)
	}
	return &app.Web{Listener: l, Addr: addr, Options: web.Options{Location: loc, Now: now,
		Users: []web.User{{Name: "demo", Role: bot.RoleCoordinator, PasswordHash: string(hash),
			Volunteer: map[string]string{console.Platform: demoModerator}}}}}, password, nil
}
