package bot_test

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/trygbot/trygbot/bot"
	"github.com/trygbot/trygbot/bot/bottest"
	"github.com/trygbot/trygbot/rules"
	"github.com/trygbot/trygbot/storage"
	"github.com/trygbot/trygbot/storage/sqlite"
)

// permFixture is a bot with two communities on one platform, so a
// moderator of one can try to act on the other's cases.
type permFixture struct {
	bot     *bot.Bot
	store   storage.Store
	out     *bottest.FakeAdapter
	logs    *lockedBuffer
	reloads int
	n       int
}

// lockedBuffer is a log sink safe for concurrent writes.
type lockedBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// otherCommunity's moderators, admins and coordinators have no role in
// community (north).
var otherCommunity = bot.Community{
	ID: "south", Name: "South", Platform: "fake", ChatID: "guild2", Lang: "en", ModeratorsChat: "mods2",
	Moderators: []string{"user:olga", "role:southmods"}, Admins: []string{"user:sadmin"}, Coordinators: []string{"user:scoord"},
}

func newPermFixture(t *testing.T) *permFixture {
	t.Helper()
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "perm.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	p, err := rules.ParsePack("test.yaml", []byte(testPack))
	if err != nil {
		t.Fatal(err)
	}
	eng, err := rules.Compile(p)
	if err != nil {
		t.Fatal(err)
	}
	f := &permFixture{store: st, out: bottest.NewFakeAdapter("fake"), logs: &lockedBuffer{}}
	clk := &clock{t: time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC)}
	f.bot, err = bot.New(slog.New(slog.NewTextHandler(f.logs, nil)), st, eng, fakeTemplates{},
		bot.NewPseudonymizer([]byte("a test key that is long enough!!")), bot.Options{
			Communities: []bot.Community{community, otherCommunity}, Now: clk.Now, ClaimDeadline: 15 * time.Minute,
			Sleep:  func(context.Context, time.Duration) error { return nil },
			Reload: func() error { f.reloads++; return nil },
		})
	if err != nil {
		t.Fatal(err)
	}
	f.bot.AddOutbox("fake", f.out)
	return f
}

// newCase opens a fresh case in north and returns its id.
func (f *permFixture) newCase(t *testing.T) storage.CaseID {
	t.Helper()
	f.n++
	id := fmt.Sprintf("m%d", f.n)
	if err := f.bot.Handle(context.Background(), bot.Event{Kind: bot.KindMessage, Platform: "fake", ChatID: "guild1", Channel: "c1",
		MessageID: id, AuthorID: "u" + id, AuthorName: "U", Text: "you zorblax"}); err != nil {
		t.Fatal(err)
	}
	cs, err := f.store.ListCases(context.Background(), storage.CaseQuery{})
	if err != nil || len(cs) != f.n {
		t.Fatalf("cases = %d (%v), want %d", len(cs), err, f.n)
	}
	return cs[len(cs)-1].ID
}

// actor is someone pressing a prompt's button: by user id and platform
// roles, or (web) with a role the caller established.
type actor struct {
	name  string
	id    string
	roles []string
	role  bot.Role
}

var (
	member        = actor{name: "member", id: "mallory", roles: []string{"somerole"}}
	noID          = actor{name: "member without id", id: ""}
	otherMod      = actor{name: "moderator of another community", id: "olga", roles: []string{"southmods"}}
	otherAdmin    = actor{name: "admin of another community", id: "sadmin"}
	otherCoord    = actor{name: "coordinator of another community", id: "scoord"}
	moderator     = actor{name: "moderator by id", id: "anna"}
	modByRole     = actor{name: "moderator by role", id: "zed", roles: []string{"modrole"}}
	admin         = actor{name: "admin", id: "admin"}
	coordinator   = actor{name: "coordinator by role", id: "cy", roles: []string{"coordrole"}}
	webModerator  = actor{name: "web moderator", id: "web:m", role: bot.RoleModerator}
	webAdmin      = actor{name: "web admin", id: "web:a", role: bot.RoleAdmin}
	everyActor    = []actor{member, noID, otherMod, otherAdmin, otherCoord, moderator, modByRole, admin, coordinator, webModerator, webAdmin}
	actionArgs    = map[bot.ActionKind]string{bot.ActTemplate: "1", bot.ActNote: "a note", bot.ActDismiss: "reason"}
	everyAction   = []bot.ActionKind{bot.ActClaim, bot.ActTemplate, bot.ActDismiss, bot.ActEscalate, bot.ActDelete, bot.ActNote, bot.ActClose}
	moderatorActs = []bot.ActionKind{bot.ActClaim, bot.ActTemplate, bot.ActDismiss, bot.ActEscalate, bot.ActDelete, bot.ActNote}
)

func (f *permFixture) act(id storage.CaseID, a actor, k bot.ActionKind) (bot.Feedback, error) {
	c, _ := f.store.GetCase(context.Background(), id) // the button carries the case's nonce
	return f.bot.Act(context.Background(), bot.ActionRequest{Platform: "fake", CaseID: id, Nonce: c.Nonce, Kind: k, Arg: actionArgs[k],
		ActorID: a.id, ActorName: a.name, Roles: a.roles, Role: a.role})
}

// TestPermissionMatrix tries every action on a fresh open case as every
// kind of actor: members, people with a role only in another community
// and moderators below the action's role are refused with ErrForbidden
// and a message, and the case, the platform and the audit log show no
// effect but the refusal.
func TestPermissionMatrix(t *testing.T) {
	f := newPermFixture(t)
	may := func(a actor, k bot.ActionKind) bool {
		switch a.name {
		case moderator.name, modByRole.name, webModerator.name:
			return k != bot.ActClose
		case admin.name, coordinator.name, webAdmin.name:
			return true
		}
		return false
	}
	for _, a := range everyActor {
		for _, k := range everyAction {
			t.Run(a.name+"/"+string(k), func(t *testing.T) {
				id := f.newCase(t)
				_, replies, deleted := f.out.Snapshot()
				before := len(replies) + len(deleted)
				fb, err := f.act(id, a, k)
				c, gerr := f.store.GetCase(context.Background(), id)
				if gerr != nil {
					t.Fatal(gerr)
				}
				if may(a, k) {
					if err != nil {
						t.Fatalf("refused: %v (%q)", err, fb.Text)
					}
					return
				}
				if !errors.Is(err, bot.ErrForbidden) || fb.Text == "" {
					t.Fatalf("err %v, feedback %q; want ErrForbidden with a message", err, fb.Text)
				}
				if c.State != storage.StateOpen || c.Owner != "" || len(c.Notes) != 0 {
					t.Errorf("a refused %s changed the case: state %s owner %q notes %v", k, c.State, c.Owner, c.Notes)
				}
				if _, replies, deleted := f.out.Snapshot(); len(replies)+len(deleted) != before {
					t.Errorf("a refused %s reached the platform", k)
				}
				audit, err := f.store.ListAudit(context.Background(), storage.AuditQuery{CaseID: id})
				if err != nil {
					t.Fatal(err)
				}
				refusals := 0
				for _, e := range audit {
					switch e.Action {
					case "open":
					case "refused":
						refusals++
					default:
						t.Errorf("audit has %q for a refused action", e.Action)
					}
				}
				if refusals != 1 {
					t.Errorf("%d refusals in the audit log, want 1", refusals)
				}
			})
		}
	}
}

// TestPermissionOwnership: a moderator may not decide a case another
// moderator has claimed, nor act on an escalated one; admins and
// coordinators may; an action from another platform is refused.
func TestPermissionOwnership(t *testing.T) {
	f := newPermFixture(t)
	ctx := context.Background()
	for _, k := range []bot.ActionKind{bot.ActClaim, bot.ActTemplate, bot.ActDismiss, bot.ActEscalate, bot.ActDelete} {
		t.Run("claimed by another/"+string(k), func(t *testing.T) {
			id := f.newCase(t)
			if _, err := f.act(id, moderator, bot.ActClaim); err != nil {
				t.Fatal(err)
			}
			var ae *bot.ActionError
			if fb, err := f.act(id, modByRole, k); !errors.As(err, &ae) || fb.Text == "" {
				t.Errorf("second moderator: %v %q, want an ActionError with a message", err, fb.Text)
			}
			if c, _ := f.store.GetCase(ctx, id); c.State != storage.StateClaimed || c.Owner != "anna" {
				t.Errorf("case %s owner %q after a refused %s", c.State, c.Owner, k)
			}
			if k == bot.ActClaim {
				return
			}
			if _, err := f.act(id, coordinator, k); err != nil {
				t.Errorf("coordinator overriding the claim: %v", err)
			}
		})
	}
	t.Run("escalated", func(t *testing.T) {
		id := f.newCase(t)
		if _, err := f.act(id, moderator, bot.ActEscalate); err != nil {
			t.Fatal(err)
		}
		for _, k := range []bot.ActionKind{bot.ActTemplate, bot.ActDismiss, bot.ActDelete, bot.ActClaim} {
			var ae *bot.ActionError
			if _, err := f.act(id, moderator, k); !errors.As(err, &ae) {
				t.Errorf("%s on an escalated case by a moderator: %v, want an ActionError", k, err)
			}
		}
		if _, err := f.act(id, moderator, bot.ActClose); !errors.Is(err, bot.ErrForbidden) {
			t.Errorf("close by a moderator: %v", err)
		}
		if _, err := f.act(id, coordinator, bot.ActClose); err != nil {
			t.Errorf("close by a coordinator: %v", err)
		}
	})
	t.Run("other platform", func(t *testing.T) {
		id := f.newCase(t)
		_, err := f.bot.Act(ctx, bot.ActionRequest{Platform: "elsewhere", CaseID: id, Kind: bot.ActClaim, ActorID: "anna"})
		if !errors.Is(err, bot.ErrUnknownCommunity) {
			t.Errorf("claim from another platform: %v, want ErrUnknownCommunity", err)
		}
	})
	t.Run("unknown case", func(t *testing.T) {
		var ae *bot.ActionError
		if _, err := f.act(999999, admin, bot.ActClaim); !errors.As(err, &ae) {
			t.Errorf("claim of an unknown case: %v, want an ActionError", err)
		}
	})
}

// TestRefusalsLoggedUnderPseudonym: a member's refused press and a
// moderator's refused close are logged with the actor's pseudonym, never
// their platform user id.
func TestRefusalsLoggedUnderPseudonym(t *testing.T) {
	f := newPermFixture(t)
	id := f.newCase(t)
	if _, err := f.act(id, member, bot.ActClaim); !errors.Is(err, bot.ErrForbidden) {
		t.Fatalf("a member's claim: %v", err)
	}
	if _, err := f.act(id, moderator, bot.ActClose); !errors.Is(err, bot.ErrForbidden) {
		t.Fatalf("a moderator's close: %v", err)
	}
	logs := f.logs.String()
	pseud := bot.NewPseudonymizer([]byte("a test key that is long enough!!"))
	for _, a := range []actor{member, moderator} {
		if strings.Contains(logs, "actor="+a.id) {
			t.Errorf("%s's user id is in the logs:\n%s", a.name, logs)
		}
		if !strings.Contains(logs, "actor="+string(pseud.Of("fake", a.id))) {
			t.Errorf("%s's refusal is not logged under their pseudonym:\n%s", a.name, logs)
		}
	}
}

// TestCommandPermissions: check, case and duty for moderators and up,
// reload and summary for admins and coordinators, in the community's own chats only;
// check, case and summary typed in the community's chat itself are
// refused for everyone (ErrNotHere), unless only the actor sees the
// answer (Private: a Discord ephemeral answer).
func TestCommandPermissions(t *testing.T) {
	f := newPermFixture(t)
	id := f.newCase(t)
	may := map[string]map[string]bool{
		member.name:      {},
		noID.name:        {},
		otherMod.name:    {},
		otherAdmin.name:  {},
		otherCoord.name:  {},
		moderator.name:   {"check": true, "case": true, "duty": true},
		modByRole.name:   {"check": true, "case": true, "duty": true},
		admin.name:       {"check": true, "case": true, "reload": true, "summary": true, "duty": true},
		coordinator.name: {"check": true, "case": true, "reload": true, "summary": true, "duty": true},
	}
	for _, a := range everyActor {
		if a.role != bot.RoleNone {
			continue // the dashboard has no commands
		}
		for _, where := range []struct {
			chat    string
			private bool
		}{{"guild1", false}, {"guild1", true}, {"mods", false}, {"second", false}, {"coord", false}} {
			chat := where.chat
			if where.private {
				chat += "(private)"
			}
			for _, name := range bot.Commands {
				t.Run(a.name+"/"+chat+"/"+name, func(t *testing.T) {
					reloads := f.reloads
					out, err := f.bot.Command(context.Background(), bot.CommandRequest{Platform: "fake", ChatID: where.chat, ActorID: a.id,
						Roles: a.roles, Name: name, Arg: fmt.Sprint(id), Private: where.private})
					if where.chat == "guild1" && !where.private && name != "reload" {
						if !errors.Is(err, bot.ErrNotHere) || !errors.Is(err, bot.ErrForbidden) || !strings.Contains(out, "moderators' or coordinators' chat") {
							t.Errorf("%q %v, want ErrNotHere saying where to ask", out, err)
						}
						return
					}
					if may[a.name][name] {
						if err != nil || out == "" {
							t.Errorf("refused: %q %v", out, err)
						}
						return
					}
					if !errors.Is(err, bot.ErrForbidden) || out == "" {
						t.Errorf("%q %v, want ErrForbidden with a message", out, err)
					}
					if f.reloads != reloads {
						t.Error("a refused reload reloaded")
					}
				})
			}
		}
	}
	// A moderator of north asking in south's chat is no one there.
	if _, err := f.bot.Command(context.Background(), bot.CommandRequest{Platform: "fake", ChatID: "mods2", ActorID: "anna",
		Name: "case", Arg: fmt.Sprint(id)}); !errors.Is(err, bot.ErrForbidden) {
		t.Errorf("north's moderator in south's chat: %v, want ErrForbidden", err)
	}
	// South's moderator in south's chat does not see north's case.
	out, err := f.bot.Command(context.Background(), bot.CommandRequest{Platform: "fake", ChatID: "mods2", ActorID: "olga",
		Name: "case", Arg: fmt.Sprint(id)})
	if err != nil || out == "" || containsCaseText(out) {
		t.Errorf("another community's case shown: %q %v", out, err)
	}
}

// TestCommandsInPrivateChat: in a private chat with the bot (Private,
// no ChatID), a command is answered for the
// community where the actor has the role: a case for its own community's
// moderators only, a summary for an admin; a member gets a refusal, and a
// refusal in the community's chat is in the audit log.
func TestCommandsInPrivateChat(t *testing.T) {
	f := newPermFixture(t)
	id := f.newCase(t)
	private := func(a actor, name, arg string) (string, error) {
		return f.bot.Command(context.Background(), bot.CommandRequest{Platform: "fake", ActorID: a.id,
			Roles: a.roles, Name: name, Arg: arg, Private: true})
	}
	if out, err := private(moderator, "case", fmt.Sprint(id)); err != nil || !strings.Contains(out, fmt.Sprintf("Case %d", id)) {
		t.Errorf("north's moderator, north's case: %q %v", out, err)
	}
	if out, err := private(modByRole, "check", "what a zorblax"); err != nil || !strings.Contains(out, "zorblax") {
		t.Errorf("check: %q %v", out, err)
	}
	if out, err := private(otherMod, "case", fmt.Sprint(id)); !errors.Is(err, bot.ErrForbidden) || containsCaseText(out) {
		t.Errorf("south's moderator, north's case: %q %v, want ErrForbidden", out, err)
	}
	if out, err := private(moderator, "case", "9999"); err != nil || !strings.Contains(out, "There is no case 9999") {
		t.Errorf("a case that does not exist: %q %v", out, err)
	}
	if out, err := private(admin, "summary", ""); err != nil || !strings.Contains(out, "North") {
		t.Errorf("summary: %q %v", out, err)
	}
	if out, err := private(moderator, "summary", ""); !errors.Is(err, bot.ErrForbidden) || out == "" {
		t.Errorf("summary by a moderator: %q %v, want ErrForbidden", out, err)
	}
	if out, err := private(member, "check", "x"); !errors.Is(err, bot.ErrForbidden) || out == "" {
		t.Errorf("a member: %q %v, want ErrForbidden with a message", out, err)
	}
	// A chat no community has stays unknown, private or not (a Discord
	// server that is not configured).
	for _, private := range []bool{false, true} {
		if _, err := f.bot.Command(context.Background(), bot.CommandRequest{Platform: "fake", ChatID: "guild9", ActorID: "anna",
			Name: "case", Arg: fmt.Sprint(id), Private: private}); !errors.Is(err, bot.ErrUnknownCommunity) {
			t.Errorf("an unknown chat (private %v): %v, want ErrUnknownCommunity", private, err)
		}
	}
	if _, err := f.bot.Command(context.Background(), bot.CommandRequest{Platform: "fake", ChatID: "guild1", ActorID: "anna",
		Name: "case", Arg: fmt.Sprint(id)}); !errors.Is(err, bot.ErrNotHere) {
		t.Fatalf("in the community's chat: %v, want ErrNotHere", err)
	}
	audit, err := f.store.ListAudit(context.Background(), storage.AuditQuery{Actor: "anna"})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, e := range audit {
		found = found || (e.Action == "refused" && strings.Contains(e.Detail, "command case outside the moderators' chats"))
	}
	if !found {
		t.Errorf("the refusal in the community's chat is not in the audit log: %+v", audit)
	}
}

func containsCaseText(s string) bool {
	return strings.Contains(s, "zorblax") || strings.Contains(s, "Case ")
}

// TestActionOutsideCommunitiesRefused: an actor limited to some
// communities (an ingest client's token, a dashboard login scoped to
// communities) is refused on another community's case whatever their
// role, with the refusal in the audit log and the case untouched; within
// them, and without a limit, the role decides as before.
func TestActionOutsideCommunitiesRefused(t *testing.T) {
	for _, tc := range []struct {
		name        string
		a           actor
		communities []string
		allowed     bool
	}{
		{"admin limited to south", admin, []string{"south"}, false},
		{"web admin limited to south", webAdmin, []string{"south"}, false},
		{"admin limited to none", admin, []string{}, false},
		{"admin limited to north", admin, []string{"north", "south"}, true},
		{"web admin without a limit", webAdmin, nil, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := newPermFixture(t)
			id := f.newCase(t)
			made, err := f.store.GetCase(context.Background(), id) // the button carries the case's nonce
			if err != nil {
				t.Fatal(err)
			}
			_, err = f.bot.Act(context.Background(), bot.ActionRequest{Platform: "fake", CaseID: id, Nonce: made.Nonce, Kind: bot.ActClaim,
				ActorID: tc.a.id, ActorName: tc.a.name, Roles: tc.a.roles, Role: tc.a.role, Communities: tc.communities})
			c, gerr := f.store.GetCase(context.Background(), id)
			if gerr != nil {
				t.Fatal(gerr)
			}
			if tc.allowed {
				if err != nil || c.State != storage.StateClaimed {
					t.Fatalf("claim: %v, state %s; want claimed", err, c.State)
				}
				return
			}
			if !errors.Is(err, bot.ErrForbidden) {
				t.Fatalf("claim: %v, want ErrForbidden", err)
			}
			if c.State != storage.StateOpen || c.Owner != "" {
				t.Errorf("case %s owned by %q, want open and untouched", c.State, c.Owner)
			}
			audit, err := f.store.ListAudit(context.Background(), storage.AuditQuery{CaseID: id})
			if err != nil {
				t.Fatal(err)
			}
			if n := len(audit); n == 0 || audit[n-1].Action != "refused" || strings.Contains(audit[n-1].Actor, tc.a.id) {
				t.Errorf("audit %+v: want the refusal last, under a pseudonym", audit)
			}
		})
	}
}
