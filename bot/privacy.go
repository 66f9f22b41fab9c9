package bot

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"time"

	"github.com/trygbot/trygbot/rules"
	"github.com/trygbot/trygbot/storage"
)

// RetentionPolicy is the storage.Retention in force at now: evidence older
// than retention is erased, escalated threats' evidence older than
// evidenceRetention (never less than retention). A retention of 0 or less
// keeps everything.
func RetentionPolicy(now time.Time, retention, evidenceRetention time.Duration) storage.Retention {
	if retention <= 0 {
		return storage.Retention{}
	}
	evidenceRetention = max(evidenceRetention, retention)
	return storage.Retention{Before: now.Add(-retention), EvidenceBefore: now.Add(-evidenceRetention)}
}

// RetentionDetail describes what a retention run did, for the audit log.
func RetentionDetail(res storage.RetentionResult) string {
	d := fmt.Sprintf("%d cases erased, %d evidence packs erased, %d evidence packs kept for their own period",
		res.Cases, res.EvidencePacks, res.Held)
	if res.FeedItems > 0 {
		d += fmt.Sprintf(", %d outbox items removed", res.FeedItems)
	}
	return d
}

// RunRetention applies r to the store now and, unless it is a dry run,
// records it in the audit log as done by actor (even when nothing was
// due, so the log shows the run).
func RunRetention(ctx context.Context, st storage.Store, r storage.Retention, actor string, now time.Time) (storage.RetentionResult, error) {
	res, err := st.PurgeRetention(ctx, r)
	if err != nil {
		return res, fmt.Errorf("bot: retention: %w", err)
	}
	if r.DryRun {
		return res, nil
	}
	e := storage.AuditEntry{At: now.UTC(), Actor: actor, Role: "admin", Action: "retention", Detail: RetentionDetail(res)}
	if err := st.AddAudit(ctx, e); err != nil {
		return res, fmt.Errorf("bot: retention: record: %w", err)
	}
	return res, nil
}

// ForgetRef is how the audit log refers to a forgotten person: a hash of
// their pseudonym, which without the pseudonym key leads nowhere and is
// not stored anywhere else.
func ForgetRef(pseudonym rules.UserID) string {
	sum := sha256.Sum256([]byte("trygbot forget\x00" + string(pseudonym)))
	return "f-" + hex.EncodeToString(sum[:10])
}

// ForgetRecord says what Forget erased.
type ForgetRecord struct {
	Ref    string               `json:"ref"`
	At     time.Time            `json:"at"`
	Result storage.ForgetResult `json:"result"`
}

// Forget erases one person's data from the store (storage.Store's
// ForgetAuthor, by their pseudonym) and records in the audit log that it
// did: a hashed reference, the counts and the time, never the id.
func Forget(ctx context.Context, st storage.Store, p *Pseudonymizer, platform, userID, actor string, now time.Time) (ForgetRecord, error) {
	if platform == "" || userID == "" {
		return ForgetRecord{}, fmt.Errorf("bot: forget: need a platform and a user id")
	}
	author := p.Of(platform, userID)
	res, err := st.ForgetAuthor(ctx, author)
	if err != nil {
		return ForgetRecord{}, fmt.Errorf("bot: forget: %w", err)
	}
	rec := ForgetRecord{Ref: ForgetRef(author), At: now.UTC(), Result: res}
	e := storage.AuditEntry{At: rec.At, Actor: actor, Role: "admin", Action: "forget",
		Detail: fmt.Sprintf("person %s: %d cases authored erased, %d reports unlinked, %d cases' context cleaned, %d outbox items removed",
			rec.Ref, res.Authored, res.Reported, res.Context, res.FeedItems)}
	if err := st.AddAudit(ctx, e); err != nil {
		return rec, fmt.Errorf("bot: forget: record: %w", err)
	}
	return rec, nil
}

// exportAbout says what an Export holds and how the person is stored.
const exportAbout = "What trygbot stores about this person: flagged messages they wrote, messages they reported, " +
	"their messages kept as context of a threat, and their actions in the audit log. " +
	"Cases are found under the pseudonym (a keyed hash of the platform and user id). " +
	"Each case they wrote also keeps their platform user id (author_ref, used to reply to them), " +
	"their display name and the message text, until the retention period erases them. " +
	"Reports and context messages name them by the pseudonym only; the audit log names a moderator's actions " +
	"by user id and a refused attempt by the pseudonym."

// Export is one person's data, for an access request.
type Export struct {
	GeneratedAt time.Time    `json:"generated_at"`
	Platform    string       `json:"platform"`
	UserID      string       `json:"user_id"`
	Pseudonym   rules.UserID `json:"pseudonym"`
	About       string       `json:"about"`
	// Authored are the flagged messages the person wrote; Text is empty
	// once retention erased it.
	Authored []ExportedCase `json:"cases_authored"`
	// Reported are the messages the person reported to the moderators;
	// the reported message belongs to someone else and is not included.
	Reported []ExportedReport `json:"cases_reported"`
	// Context are the person's messages kept as context of a threat.
	Context []ExportedContext `json:"context_messages"`
	// Actions are the audit log entries where the person acted (as a
	// moderator, or refused when they were not one).
	Actions []storage.AuditEntry `json:"actions"`
}

// ExportedCase is a case as its author gets it: their message and what
// was decided, without the moderators' identities.
type ExportedCase struct {
	ID          storage.CaseID `json:"case_id"`
	Platform    string         `json:"platform"`
	Community   string         `json:"community"`
	Channel     string         `json:"channel"`
	ChannelName string         `json:"channel_name,omitempty"`
	MessageID   string         `json:"message_id"`
	// AuthorRef is the person's platform user id as the case keeps it
	// (to reply to them) until retention erases it.
	AuthorRef  string         `json:"author_ref,omitempty"`
	AuthorName string         `json:"author_name,omitempty"`
	Text       string         `json:"text,omitempty"`
	TextErased bool           `json:"text_erased,omitempty"`
	Category   rules.Category `json:"category,omitempty"`
	Severity   string         `json:"severity"`
	Rules      []string       `json:"rules,omitempty"`
	Why        []string       `json:"why,omitempty"`
	Signals    []string       `json:"signals,omitempty"`
	State      storage.State  `json:"state"`
	Outcome    string         `json:"outcome,omitempty"`
	CreatedAt  time.Time      `json:"created_at"`
	ClosedAt   time.Time      `json:"closed_at,omitzero"`
	Notes      []string       `json:"notes,omitempty"`
}

// ExportedReport is a case the person reported.
type ExportedReport struct {
	ID        storage.CaseID `json:"case_id"`
	Platform  string         `json:"platform"`
	Community string         `json:"community"`
	Channel   string         `json:"channel"`
	CreatedAt time.Time      `json:"created_at"`
	State     storage.State  `json:"state"`
}

// ExportedContext is one of the person's messages kept with a threat case.
type ExportedContext struct {
	CaseID    storage.CaseID `json:"case_id"`
	MessageID string         `json:"message_id"`
	At        time.Time      `json:"at"`
	Text      string         `json:"text"`
}

// ExportPerson gathers what the store holds about one person. Context
// messages have no index, so it reads every case; it is meant for the odd
// access request, not for a loop.
func ExportPerson(ctx context.Context, st storage.Store, p *Pseudonymizer, platform, userID string, now time.Time) (*Export, error) {
	if platform == "" || userID == "" {
		return nil, fmt.Errorf("bot: export: need a platform and a user id")
	}
	author := p.Of(platform, userID)
	x := &Export{GeneratedAt: now.UTC(), Platform: platform, UserID: userID, Pseudonym: author,
		About:    exportAbout,
		Authored: []ExportedCase{}, Reported: []ExportedReport{}, Context: []ExportedContext{}, Actions: []storage.AuditEntry{}}
	authored, err := st.ListCases(ctx, storage.CaseQuery{Author: author})
	if err != nil {
		return nil, fmt.Errorf("bot: export: %w", err)
	}
	for _, c := range authored {
		ec := ExportedCase{ID: c.ID, Platform: c.Platform, Community: c.Community, Channel: c.Channel, ChannelName: c.ChannelName,
			MessageID: c.MessageID, AuthorRef: c.AuthorRef, AuthorName: c.AuthorName, Text: c.Text, TextErased: c.Purged, Category: c.Category,
			Severity: c.Severity.String(), Rules: c.Rules, Signals: c.Signals, State: c.State, Outcome: c.Outcome,
			CreatedAt: c.CreatedAt, ClosedAt: c.ClosedAt}
		for _, m := range c.Verdict.Matches {
			ec.Why = append(ec.Why, fmt.Sprintf("%s (%s): %s", m.Rule, m.Category, m.Why))
		}
		for _, n := range c.Notes {
			ec.Notes = append(ec.Notes, n.Text)
		}
		x.Authored = append(x.Authored, ec)
	}
	reported, err := st.ListCases(ctx, storage.CaseQuery{Reporter: string(author)})
	if err != nil {
		return nil, fmt.Errorf("bot: export: %w", err)
	}
	for _, c := range reported {
		x.Reported = append(x.Reported, ExportedReport{ID: c.ID, Platform: c.Platform, Community: c.Community,
			Channel: firstNonEmpty(c.ChannelName, c.Channel), CreatedAt: c.CreatedAt, State: c.State})
	}
	all, err := st.ListCases(ctx, storage.CaseQuery{})
	if err != nil {
		return nil, fmt.Errorf("bot: export: %w", err)
	}
	for _, c := range all {
		for _, m := range c.Context {
			if m.Author == author && (c.Author != author || !m.Subject) {
				x.Context = append(x.Context, ExportedContext{CaseID: c.ID, MessageID: m.MessageID, At: m.At, Text: m.Text})
			}
		}
	}
	actions, err := st.ListAudit(ctx, storage.AuditQuery{Actor: userID})
	if err != nil {
		return nil, fmt.Errorf("bot: export: %w", err)
	}
	// Presses by people who may not act are recorded under their pseudonym.
	refused, err := st.ListAudit(ctx, storage.AuditQuery{Actor: string(author)})
	if err != nil {
		return nil, fmt.Errorf("bot: export: %w", err)
	}
	actions = append(actions, refused...)
	slices.SortStableFunc(actions, func(a, b storage.AuditEntry) int { return a.At.Compare(b.At) })
	// Audit entries name platform ids without the platform: keep those
	// on cases of this platform, and those on no case.
	platformOf := map[storage.CaseID]string{}
	for _, c := range all {
		platformOf[c.ID] = c.Platform
	}
	x.Actions = slices.DeleteFunc(actions, func(e storage.AuditEntry) bool {
		return e.CaseID != 0 && platformOf[e.CaseID] != platform
	})
	if x.Actions == nil {
		x.Actions = []storage.AuditEntry{}
	}
	return x, nil
}
