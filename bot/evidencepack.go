package bot

import (
	"archive/zip"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/trygbot/trygbot/rules"
	"github.com/trygbot/trygbot/storage"
)

// ErrNoEvidencePack: the case is not an escalated threat, or its evidence
// was erased; there is nothing to bundle.
var ErrNoEvidencePack = errors.New("bot: no evidence pack for this case")

// EvidencePack is what is known about an escalated threat, for a possible
// police report: the message as written, its hash, when it was written,
// flagged and escalated, where, why it was flagged, the channel around it
// and everything done about it.
type EvidencePack struct {
	CaseID      storage.CaseID `json:"case_id"`
	Platform    string         `json:"platform"`
	Community   string         `json:"community"`
	Channel     string         `json:"channel"`
	ChannelName string         `json:"channel_name,omitempty"`
	MessageID   string         `json:"message_id"`
	JumpURL     string         `json:"jump_url,omitempty"`
	Author      rules.UserID   `json:"author_pseudonym"`
	AuthorName  string         `json:"author_name,omitempty"`
	// AuthorRef is the author's platform user id, for the platform's or
	// the police's own records.
	AuthorRef string `json:"author_platform_id,omitempty"`
	Text      string `json:"text"`
	// SHA256 is the hex SHA-256 of Text's UTF-8 bytes (message.txt).
	SHA256 string `json:"text_sha256"`

	MessageAt   time.Time `json:"message_at,omitzero"`
	CreatedAt   time.Time `json:"case_created_at"`
	EscalatedAt time.Time `json:"escalated_at,omitzero"`
	GeneratedAt time.Time `json:"generated_at"`
	GeneratedBy string    `json:"generated_by"`

	Category    rules.Category           `json:"category"`
	Severity    string                   `json:"severity"`
	State       storage.State            `json:"state"`
	Outcome     string                   `json:"outcome,omitempty"`
	Explanation []string                 `json:"explanation"`
	Verdict     rules.Verdict            `json:"verdict"`
	Context     []storage.ContextMessage `json:"context"`
	Notes       []storage.Note           `json:"notes,omitempty"`
	Audit       []storage.AuditEntry     `json:"audit"`
}

// BuildEvidencePack gathers the evidence pack of case id. It returns
// storage.ErrNotFound for no such case and ErrNoEvidencePack for a case
// that is not an escalated threat or whose evidence was erased.
func BuildEvidencePack(ctx context.Context, st storage.Store, id storage.CaseID, by string, now time.Time) (*EvidencePack, error) {
	c, err := st.GetCase(ctx, id)
	if err != nil {
		return nil, fmt.Errorf("bot: evidence pack of case %d: %w", id, err)
	}
	if !c.EvidencePack() {
		return nil, fmt.Errorf("case %d is not an escalated threat: %w", id, ErrNoEvidencePack)
	}
	if c.Purged {
		return nil, fmt.Errorf("case %d: its evidence was erased by retention or on request: %w", id, ErrNoEvidencePack)
	}
	audit, err := st.ListAudit(ctx, storage.AuditQuery{CaseID: id})
	if err != nil {
		return nil, fmt.Errorf("bot: evidence pack of case %d: %w", id, err)
	}
	sum := sha256.Sum256([]byte(c.Text))
	p := &EvidencePack{CaseID: c.ID, Platform: c.Platform, Community: c.Community, Channel: c.Channel, ChannelName: c.ChannelName,
		MessageID: c.MessageID, JumpURL: c.JumpURL, Author: c.Author, AuthorName: c.AuthorName, AuthorRef: c.AuthorRef,
		Text: c.Text, SHA256: hex.EncodeToString(sum[:]), CreatedAt: c.CreatedAt, GeneratedAt: now.UTC(), GeneratedBy: by,
		Category: c.Category, Severity: c.Severity.String(), State: c.State, Outcome: c.Outcome, Verdict: c.Verdict,
		Context: c.Context, Notes: c.Notes, Audit: audit, Explanation: []string{}}
	if p.Context == nil {
		p.Context = []storage.ContextMessage{}
	}
	for _, m := range c.Context {
		if m.Subject {
			p.MessageAt = m.At
		}
	}
	for _, e := range audit {
		if e.Action == string(ActEscalate) {
			p.EscalatedAt = e.At
			break
		}
	}
	if p.EscalatedAt.IsZero() && c.Severity >= rules.SevUrgent {
		p.EscalatedAt = c.CreatedAt // urgent: to the coordinators at once
	}
	for _, m := range c.Verdict.Matches {
		p.Explanation = append(p.Explanation, fmt.Sprintf("rule %s (%s, %s): %s; matched %q at bytes %d-%d",
			m.Rule, m.Category, m.Severity, m.Why, m.Text, m.Start, m.End))
	}
	return p, nil
}

// Filename is the pack's suggested file name.
func (p *EvidencePack) Filename() string {
	return fmt.Sprintf("trygbot-evidence-case-%d.zip", p.CaseID)
}

// WriteZip writes the pack as a zip: README.txt, message.txt (the text
// exactly as written), context.txt, evidence.json and SHA256SUMS.
func (p *EvidencePack) WriteZip(w io.Writer) error {
	js, err := json.MarshalIndent(p, "", "  ")
	if err != nil {
		return fmt.Errorf("bot: evidence pack: %w", err)
	}
	files := []struct {
		name string
		data []byte
	}{
		{"message.txt", []byte(p.Text)},
		{"context.txt", []byte(p.contextText())},
		{"evidence.json", append(js, '\n')},
	}
	var sums strings.Builder
	for _, f := range files {
		s := sha256.Sum256(f.data)
		fmt.Fprintf(&sums, "%s  %s\n", hex.EncodeToString(s[:]), f.name)
	}
	files = append([]struct {
		name string
		data []byte
	}{{"README.txt", []byte(p.readme())}}, files...)
	files = append(files, struct {
		name string
		data []byte
	}{"SHA256SUMS", []byte(sums.String())})

	zw := zip.NewWriter(w)
	for _, f := range files {
		fw, err := zw.CreateHeader(&zip.FileHeader{Name: f.name, Method: zip.Deflate, Modified: p.GeneratedAt})
		if err != nil {
			return fmt.Errorf("bot: evidence pack: %w", err)
		}
		if _, err := fw.Write(f.data); err != nil {
			return fmt.Errorf("bot: evidence pack: %w", err)
		}
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("bot: evidence pack: %w", err)
	}
	return nil
}

func stamp(t time.Time) string {
	if t.IsZero() {
		return "not recorded"
	}
	return t.UTC().Format("2006-01-02 15:04:05 UTC")
}

// contextText is the channel around the message as a transcript.
func (p *EvidencePack) contextText() string {
	var b bytes.Buffer
	fmt.Fprintf(&b, "Channel %s (%s), community %s, %s\n", firstNonEmpty(p.ChannelName, p.Channel), p.Channel, p.Community, p.Platform)
	fmt.Fprintf(&b, "The flagged message is marked >>>. Messages before it were held in memory for a few minutes only;\n")
	fmt.Fprintf(&b, "messages after it were added as they arrived.\n\n")
	if len(p.Context) == 0 {
		b.WriteString("(no context was captured)\n")
	}
	for _, m := range p.Context {
		mark := "   "
		if m.Subject {
			mark = ">>>"
		}
		cut := ""
		if m.Truncated {
			cut = " [truncated]"
		}
		fmt.Fprintf(&b, "%s [%s] %s (%s, message %s): %s%s\n", mark, stamp(m.At), m.AuthorName, m.Author, m.MessageID, m.Text, cut)
	}
	return b.String()
}

func (p *EvidencePack) readme() string {
	var b bytes.Buffer
	fmt.Fprintf(&b, `trygbot evidence pack, case %d
==================================

This bundle documents a message that trygbot flagged as a threat and that
was escalated to coordinators, for a possible report to the police
(in Denmark: 114, or 112 in an emergency; https://politi.dk).
It contains personal data: keep it where only the people handling the
report can read it, and delete it when it is no longer needed.

Message
  platform          %s
  community         %s
  channel           %s (%s)
  message id        %s
  link              %s
  author            %s (display name %q, platform id %s)
  text              see message.txt (exactly as received, UTF-8)
  SHA-256 of text   %s

Times (UTC)
  message written   %s
  case created      %s
  escalated         %s
  pack generated    %s by %s

Why it was flagged (%s, severity %s)
`, p.CaseID, p.Platform, p.Community, firstNonEmpty(p.ChannelName, p.Channel), p.Channel, p.MessageID,
		firstNonEmpty(p.JumpURL, "(none)"), p.Author, p.AuthorName, firstNonEmpty(p.AuthorRef, "(erased)"), p.SHA256,
		stamp(p.MessageAt), stamp(p.CreatedAt), stamp(p.EscalatedAt), stamp(p.GeneratedAt), p.GeneratedBy, p.Category, p.Severity)
	for _, e := range p.Explanation {
		fmt.Fprintf(&b, "  - %s\n", e)
	}
	fmt.Fprintf(&b, `
Files
  README.txt      this summary
  message.txt     the message text; check it with: sha256sum message.txt
  context.txt     the messages around it in the same channel (%d kept)
  evidence.json   everything above as JSON, with the full verdict, the
                  moderators' notes and the audit trail (%d entries)
  SHA256SUMS      hashes of the other files; check with: sha256sum -c SHA256SUMS

The text hash was computed when this pack was generated from the stored
case; trygbot stores the text as it received it from the platform.
`, len(p.Context), len(p.Audit))
	return b.String()
}
