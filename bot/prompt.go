package bot

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/trygbot/trygbot/rules"
	"github.com/trygbot/trygbot/storage"
)

// Prompt is a moderator prompt, platform-neutral. Adapters render it:
// Sensitive segments masked (Masked; never as a platform spoiler, which
// opens uncounted), Actions as buttons. The only way to read a hidden
// word in chat is ActUnmask, whose answer goes to the presser alone.
type Prompt struct {
	CaseID storage.CaseID
	// CaseNonce is the case's nonce: with CaseID it names the case even
	// after the store lost its data and numbers cases from 1 again.
	CaseNonce string
	Version   int64
	Audience  string // moderators, second, coordinators
	ChatID    string // where it goes
	Lang      string

	Title     string // "Case 42 · threat of violence · urgent"
	Community string
	Channel   string
	Author    string
	// Message is the flagged text with the matched words marked Sensitive.
	Message []Segment
	// Why has one line per match, for people, with the slurs the message
	// hides marked Sensitive too (see WhySegments).
	Why      [][]Segment
	Category rules.Category
	Severity rules.Severity
	Urgent   bool
	Signals  []string // localised behavioural signals
	JumpURL  string

	Templates []PromptTemplate
	Actions   []PromptAction
	Status    string   // "Open", "Claimed by Anna 14:02", ...
	History   []string // what moderators did, oldest first
	// Mentions are the only users the prompt pings (the volunteers on
	// duty, the one a case is offered to, the coordinators listed by
	// user id for an urgent case); adapters restrict pings to them, and
	// never ping a role or everyone.
	Mentions []Mention
	// DutyNote is a line about the roster ("Nobody on duty can take
	// this now"), if any.
	DutyNote string
}

// Mention is one user a prompt pings.
type Mention struct {
	UserID string // platform user id
	Name   string // to show, where the platform needs a text
}

// Segment is a piece of the flagged message.
type Segment struct {
	Text      string
	Sensitive bool
}

// PromptTemplate is one suggested de-escalation reply.
type PromptTemplate struct {
	Index int // 1-based, as in "send template 2"
	ID    string
	Tone  string
	Text  string // rendered, as it would be sent
}

// PromptAction is one button.
type PromptAction struct {
	Kind  ActionKind
	Arg   string
	Label string
	// Data is the compact encoding adapters put in custom_id or
	// callback_data (see EncodeAction).
	Data string
}

// segments splits text into plain pieces and the slurs, which prompts
// mask so volunteers are not exposed to them by default (ActUnmask shows
// them, counted, to the one who asks):
// each slur's span (SlurSpans), and the same word wherever else the
// message writes it.
func segments(text string, v rules.Verdict) []Segment {
	if text == "" {
		return nil
	}
	hide := make([]bool, len(text))
	for _, m := range SlurSpans(v) {
		if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
			continue
		}
		for k := m.Start; k < m.End; k++ {
			hide[k] = true
		}
		markWord(text, text[m.Start:m.End], hide)
	}
	return split(text, hide)
}

// MessageSegments splits a case's text as its prompts show it: the slurs
// the rules saw marked Sensitive, wherever the message writes them.
func MessageSegments(text string, v rules.Verdict) []Segment { return segments(text, v) }

// SlurSpans are the slur matches of v that a message shows hidden: those
// that counted, and those a guard set aside but for an exception (a word
// that is no slur, such as "snigger"). A message the rules did not flag
// (a member's report, a model's case) still hides a slur they saw.
func SlurSpans(v rules.Verdict) []rules.Match {
	var out []rules.Match
	for _, m := range v.Matches {
		if m.Category == rules.CatSlur {
			out = append(out, m)
		}
	}
	for _, m := range v.Guarded {
		if m.Category == rules.CatSlur && !strings.HasPrefix(m.Guard, "exception") {
			out = append(out, m)
		}
	}
	return out
}

// Masked renders the message with sensitive pieces hidden but for their
// first letter ("z••••••"), as every place shows them: chat prompts, the
// console, the dashboard and reports.
func Masked(segs []Segment) string {
	var b strings.Builder
	for _, s := range segs {
		if !s.Sensitive {
			b.WriteString(s.Text)
			continue
		}
		first := true
		for _, r := range s.Text {
			switch {
			case r == ' ':
				b.WriteRune(' ')
				first = true
			case first:
				b.WriteRune(r)
				first = false
			default:
				b.WriteRune('•')
			}
		}
	}
	return b.String()
}

// PlainText renders the prompt for a console or a log, in its language.
func (p Prompt) PlainText() string {
	t := texts(p.Lang)
	var b strings.Builder
	fmt.Fprintf(&b, "┌ %s\n", p.Title)
	if len(p.Mentions) > 0 {
		names := make([]string, len(p.Mentions))
		for i, m := range p.Mentions {
			names[i] = "@" + m.Name
		}
		fmt.Fprintf(&b, "│ %s\n", strings.Join(names, " "))
	}
	fmt.Fprintf(&b, "│ %s: %s · %s: %s · %s: %s\n", t.community, p.Community, t.channel, p.Channel, t.author, p.Author)
	fmt.Fprintf(&b, "│ %s: %s\n", t.message, Masked(p.Message))
	for _, w := range p.Why {
		fmt.Fprintf(&b, "│ %s: %s\n", t.why, Masked(w))
	}
	if len(p.Signals) > 0 {
		fmt.Fprintf(&b, "│ %s: %s\n", t.signals, strings.Join(p.Signals, ", "))
	}
	if p.JumpURL != "" {
		fmt.Fprintf(&b, "│ %s: %s\n", t.link, p.JumpURL)
	}
	for _, tp := range p.Templates {
		fmt.Fprintf(&b, "│ [%d] (%s) %s\n", tp.Index, tp.Tone, tp.Text)
	}
	if p.DutyNote != "" {
		fmt.Fprintf(&b, "│ %s\n", p.DutyNote)
	}
	fmt.Fprintf(&b, "│ %s: %s\n", t.status, p.Status)
	for _, h := range p.History {
		fmt.Fprintf(&b, "│   · %s\n", h)
	}
	if len(p.Actions) > 0 {
		labels := make([]string, len(p.Actions))
		for i, a := range p.Actions {
			labels[i] = "[" + a.Label + "]"
		}
		fmt.Fprintf(&b, "└ %s\n", strings.Join(labels, " "))
	} else {
		b.WriteString("└\n")
	}
	return b.String()
}

// buildPrompt renders a case as a prompt for one audience.
func (b *Bot) buildPrompt(c storage.Case, comm *Community, audience, chatID string) Prompt {
	lang := comm.Lang
	t := texts(lang)
	p := Prompt{
		CaseID: c.ID, CaseNonce: c.Nonce, Version: c.Version, Audience: audience, ChatID: chatID, Lang: lang,
		Community: firstNonEmpty(comm.Name, comm.ID), Channel: firstNonEmpty(c.ChannelName, c.Channel), Author: c.AuthorName,
		Category: c.Category, Severity: c.Severity, Urgent: c.Severity >= rules.SevUrgent, JumpURL: c.JumpURL,
	}
	cat := rules.CategoryName(c.Category, lang)
	if c.UserReported && c.Category == "" {
		cat = t.userReported
	}
	if c.Source == storage.SourceModel {
		cat += " · " + opinionTexts(lang).title
	}
	p.Title = fmt.Sprintf("%s %d · %s", t.caseWord, c.ID, cat)
	if p.Urgent {
		p.Title += " · " + t.urgent
	}
	if c.Purged {
		p.Message = []Segment{{Text: t.purged}}
	} else {
		p.Message = segments(c.Text, c.Verdict)
	}
	p.Why = why(c, lang)
	if c.UserReported {
		p.Why = append(p.Why, []Segment{{Text: t.reportedByMember}})
	}
	for _, s := range c.Signals {
		if s == SignalReview {
			p.Signals = append(p.Signals, opinionTexts(lang).sigReview)
			continue
		}
		p.Signals = append(p.Signals, t.signal(s))
	}
	p.Templates = b.replies(c, comm)
	p.Status = b.status(c, lang)
	p.DutyNote = b.dutyNote(c, comm, audience)
	p.History = b.history(c, lang)
	if c.Open() || c.State == storage.StateEscalated {
		p.Actions = b.actions(c, comm)
	}
	return p
}

// Replies returns a case's suggested replies rendered as its chat prompt
// shows them, and as they would be sent; none for a community the bot does
// not serve. It does not block.
func (b *Bot) Replies(c storage.Case) []PromptTemplate {
	comm, ok := b.byID[c.Community]
	if !ok {
		return nil
	}
	return b.replies(c, comm)
}

func (b *Bot) replies(c storage.Case, comm *Community) []PromptTemplate {
	t := texts(comm.Lang)
	var out []PromptTemplate
	for i, id := range c.Suggested {
		tp, ok := b.templateFor(comm.ID, id)
		if !ok {
			continue
		}
		out = append(out, PromptTemplate{Index: i + 1, ID: id, Tone: tp.Tone,
			Text: b.renderTemplate(tp, c, comm, firstNonEmpty(c.AuthorName, t.author))})
	}
	return out
}

func (b *Bot) actions(c storage.Case, comm *Community) []PromptAction {
	t := texts(comm.Lang)
	var acts []PromptAction
	add := func(k ActionKind, arg, label string) {
		acts = append(acts, PromptAction{Kind: k, Arg: arg, Label: label, Data: EncodeAction(RefOf(c), k, arg)})
	}
	if c.State == storage.StateEscalated {
		add(ActClose, "", t.actClose)
		add(ActNote, "", t.actNote)
		return acts
	}
	for i := range c.Suggested {
		add(ActTemplate, fmt.Sprint(i+1), fmt.Sprintf("%s %d", t.actSend, i+1))
	}
	if c.State == storage.StateOpen {
		add(ActClaim, "", t.actClaim)
	}
	add(ActDismiss, "", t.actDismiss)
	add(ActEscalate, "", t.actEscalate)
	if comm.AllowDelete {
		if _, ok := b.outbox(c.Platform).(Deleter); ok {
			add(ActDelete, "", t.actDelete)
		}
	}
	add(ActNote, "", t.actNote)
	if !c.Purged && slices.ContainsFunc(segments(c.Text, c.Verdict), func(s Segment) bool { return s.Sensitive }) {
		add(ActUnmask, "", wellTexts(comm.Lang).actUnmask)
	}
	return acts
}

func (b *Bot) status(c storage.Case, lang string) string {
	t := texts(lang)
	at := func(tm time.Time) string { return tm.In(b.loc).Format("15:04") }
	switch c.State {
	case storage.StateOpen:
		if c.Reoffers > 0 {
			return t.openReoffered
		}
		return t.open
	case storage.StateClaimed:
		return fmt.Sprintf(t.claimedBy, c.OwnerName, at(c.ClaimedAt))
	case storage.StateResponded:
		return fmt.Sprintf(t.respondedBy, firstNonEmpty(c.OwnerName, "?"), at(c.FirstResponseAt))
	case storage.StateDismissed:
		return fmt.Sprintf(t.dismissedBy, firstNonEmpty(c.OwnerName, "?"), at(c.ClosedAt))
	case storage.StateEscalated:
		return t.escalated
	case storage.StateDeleted:
		return fmt.Sprintf(t.deletedBy, firstNonEmpty(c.OwnerName, "?"), at(c.ClosedAt))
	case storage.StateClosed:
		return t.closed
	}
	return string(c.State)
}

func (b *Bot) history(c storage.Case, lang string) []string {
	var out []string
	for _, n := range c.Notes {
		out = append(out, fmt.Sprintf("%s %s: %s", n.At.In(b.loc).Format("15:04"), n.Actor, n.Text))
	}
	return out
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}
