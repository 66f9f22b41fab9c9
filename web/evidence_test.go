package web_test

import (
	"archive/zip"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/trygbot/trygbot/bot"
	"github.com/trygbot/trygbot/storage"
	"github.com/trygbot/trygbot/web"
)

// withEvidenceUsers adds eve (a moderator granted evidence access) and
// cora (a coordinator granted it).
func withEvidenceUsers(t testing.TB) func(*web.Options) {
	return func(o *web.Options) {
		o.Users = append(o.Users,
			web.User{Name: "eve", Role: bot.RoleModerator, PasswordHash: hash(t, "eve-pw"), Evidence: true},
			web.User{Name: "cora", Role: bot.RoleCoordinator, PasswordHash: hash(t, "cora-pw"), Evidence: true})
	}
}

func evidenceAudit(t *testing.T, st storage.Store) []storage.AuditEntry {
	t.Helper()
	es, err := st.ListAudit(context.Background(), storage.AuditQuery{})
	if err != nil {
		t.Fatal(err)
	}
	var out []storage.AuditEntry
	for _, e := range es {
		if e.Action == "evidence_pack" {
			out = append(out, e)
		}
	}
	return out
}

func TestEvidencePackDownload(t *testing.T) {
	f := newFixture(t, withEvidenceUsers(t))
	// Case 2 is an urgent threat (an evidence pack), case 1 a slur.
	for _, tc := range []struct {
		user   string
		path   string
		status int
	}{
		{"anna", "/cases/2/evidence.zip", http.StatusForbidden}, // moderator
		{"ada", "/cases/2/evidence.zip", http.StatusForbidden},  // admin
		{"cy", "/cases/2/evidence.zip", http.StatusForbidden},   // coordinator
		{"eve", "/cases/1/evidence.zip", http.StatusNotFound},   // not a threat
		{"eve", "/cases/99/evidence.zip", http.StatusNotFound},
		{"eve", "/cases/x/evidence.zip", http.StatusNotFound},
		{"eve", "/cases/2/evidence.zip", http.StatusOK},
		{"cora", "/cases/2/evidence.zip", http.StatusOK},
	} {
		t.Run(tc.user+tc.path, func(t *testing.T) {
			before := len(evidenceAudit(t, f.store))
			c, _ := f.login(t, tc.user)
			r := do(t, c, "GET", f.srv.URL+tc.path, nil)
			if r.status != tc.status {
				t.Fatalf("GET %s as %s: %d, want %d\n%s", tc.path, tc.user, r.status, tc.status, r.body)
			}
			after := evidenceAudit(t, f.store)
			if tc.status != http.StatusOK {
				if len(after) != before {
					t.Errorf("a refused download was recorded as a download: %+v", after[before:])
				}
				if strings.Contains(r.body, "kablooey") {
					t.Errorf("a refused response contains the message: %s", r.body)
				}
				return
			}
			if ct := r.header.Get("Content-Type"); ct != "application/zip" || !strings.Contains(r.header.Get("Content-Disposition"), "trygbot-evidence-case-2.zip") {
				t.Errorf("headers %v", r.header)
			}
			zr, err := zip.NewReader(bytes.NewReader([]byte(r.body)), int64(len(r.body)))
			if err != nil {
				t.Fatal(err)
			}
			files := map[string]string{}
			for _, zf := range zr.File {
				rc, _ := zf.Open()
				b, _ := io.ReadAll(rc)
				rc.Close()
				files[zf.Name] = string(b)
			}
			sum := sha256.Sum256([]byte("I will kablooey your house"))
			h := hex.EncodeToString(sum[:])
			if files["message.txt"] != "I will kablooey your house" || !strings.Contains(files["README.txt"], h) || files["evidence.json"] == "" || files["SHA256SUMS"] == "" {
				t.Errorf("bundle files: %v", files)
			}
			if len(after) != before+1 || after[len(after)-1].Actor != "web:"+tc.user || after[len(after)-1].CaseID != 2 || !strings.Contains(after[len(after)-1].Detail, h) {
				t.Errorf("download not audited: %+v", after)
			}
		})
	}
	// Logged out: to the login page.
	if r := do(t, f.client(t), "GET", f.srv.URL+"/cases/2/evidence.zip", nil); r.status != http.StatusSeeOther {
		t.Errorf("logged out: %d", r.status)
	}
}

func TestEvidenceLinkOnlyForGrantedUsers(t *testing.T) {
	f := newFixture(t, withEvidenceUsers(t))
	for _, tc := range []struct {
		user, path string
		link       bool
	}{
		{"eve", "/cases/2", true},
		{"eve", "/cases/1", false}, // not a threat
		{"cy", "/cases/2", false},
		{"anna", "/cases/2", false},
	} {
		c, _ := f.login(t, tc.user)
		r := do(t, c, "GET", f.srv.URL+tc.path, nil)
		if got := strings.Contains(r.body, `href="/cases/2/evidence.zip"`) || strings.Contains(r.body, `evidence.zip`); got != tc.link {
			t.Errorf("%s on %s: evidence link %v, want %v", tc.user, tc.path, got, tc.link)
		}
	}
	// Once retention erased the evidence, there is no pack any more.
	if _, err := f.store.Purge(context.Background(), time.Date(2100, 1, 1, 0, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	c, _ := f.login(t, "eve")
	if r := do(t, c, "GET", f.srv.URL+"/cases/2", nil); strings.Contains(r.body, "evidence.zip") {
		t.Error("evidence link on an erased case")
	}
	if r := do(t, c, "GET", f.srv.URL+"/cases/2/evidence.zip", nil); r.status != http.StatusNotFound {
		t.Errorf("erased case: %d, want 404", r.status)
	}
}

// TestStaleDashboardRefsRefused: the dashboard's forms and evidence link
// carry the nonce of the case they were rendered for; after the store
// lost its data a case with the same number is another case, and a form
// or link of the earlier one is refused, saying so, with nothing done or
// downloaded.
func TestStaleDashboardRefsRefused(t *testing.T) {
	f := newFixture(t, withEvidenceUsers(t))
	ctx := context.Background()
	anna, csrf := f.login(t, "anna")
	nonce := f.nonce(t, 1)
	for _, page := range []string{"/", "/cases/1"} {
		if r := do(t, anna, "GET", f.srv.URL+page, nil); !strings.Contains(r.body, `name="nonce" value="`+nonce+`"`) {
			t.Errorf("%s: forms do not carry case 1's nonce %q", page, nonce)
		}
	}
	stale := "abcdefgh" // the nonce of an earlier case 1
	r := do(t, anna, "POST", f.srv.URL+"/cases/1/act", url.Values{"csrf": {csrf}, "nonce": {stale}, "action": {"claim"}})
	if r.status != http.StatusSeeOther {
		t.Fatalf("stale claim: %d", r.status)
	}
	if page := do(t, anna, "GET", f.srv.URL+"/cases/1", nil); !strings.Contains(page.body, "earlier case 1") {
		t.Error("the case page does not say the form was for an earlier case 1")
	}
	if c, _ := f.store.GetCase(ctx, 1); c.State != storage.StateOpen || c.Owner != "" {
		t.Errorf("case 1 %s owner %q after a stale form, want open", c.State, c.Owner)
	}

	eve, _ := f.login(t, "eve")
	if r := do(t, eve, "GET", f.srv.URL+"/cases/2", nil); !strings.Contains(r.body, `/cases/2/evidence.zip?nonce=`+f.nonce(t, 2)) {
		t.Error("the evidence link does not carry case 2's nonce")
	}
	r = do(t, eve, "GET", f.srv.URL+"/cases/2/evidence.zip?nonce="+stale, nil)
	if r.status != http.StatusConflict || !strings.Contains(r.body, "earlier case 2") {
		t.Errorf("stale evidence link: %d %q, want 409 naming the earlier case", r.status, r.body)
	}
	if n := len(evidenceAudit(t, f.store)); n != 0 {
		t.Errorf("%d evidence downloads recorded after a refused one", n)
	}
	if r := do(t, eve, "GET", f.srv.URL+"/cases/2/evidence.zip?nonce="+f.nonce(t, 2), nil); r.status != http.StatusOK {
		t.Errorf("evidence link of case 2 itself: %d", r.status)
	}
}
