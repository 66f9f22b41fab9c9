package bot

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/trygbot/trygbot/rules"
	"github.com/trygbot/trygbot/storage"
)

// A second opinion: after the rules verdict on a message is made and
// acted on (counted, a case opened and its prompts posted), the bot may
// ask a model about the message too. The question is put on a bounded
// queue without waiting, and workers of their own (RunSecondOpinions) ask
// the model: a slow or absent model never delays, changes or drops a
// message, and when too many questions wait, the new one is dropped and
// counted. The model's answer is stored with a case the rules opened, as
// agreement or disagreement, and shown in its prompts, which are edited in
// place (it never removes a rule's flag); where the rules were silent and
// the model says hate, a case is opened with source "model", which
// prompts volunteers, waits on the dashboard's review list, or is not
// opened at all, as the community chose (Community.ModelCases).

// SecondOpinion is a model the bot asks for a second opinion on messages
// the rules verdict has already decided. app adapts *classifier.Client to
// it.
type SecondOpinion interface {
	// Opinion asks the model about text, written in language lang. It is
	// called from the bot's second-opinion workers, never on a message's
	// own path, and may block until ctx ends (rate limits, retries). It
	// returns an error when the model gave no opinion (a timeout, its
	// circuit breaker open, a server error, an answer it could not read);
	// the error never holds the text.
	Opinion(ctx context.Context, text, lang string) (Opinion, error)
}

// Opinion is a model's answer on one message, in the bot's terms.
type Opinion struct {
	// Model is the model's name.
	Model string
	// Hate: the model says the message is hate: unsafe with a
	// hate-related category. Only such an answer opens a case.
	Hate bool
	// Label is the model's own label (safe, unsafe, controversial);
	// Categories its own categories ("Unethical Acts", "S10").
	Label      string
	Categories []string
	// Category is the trygbot category the model's categories map to
	// ("" when none is hate-related), MaxSeverity the most a case on the
	// model's opinion alone may be.
	Category    rules.Category
	MaxSeverity rules.Severity
	// Confidence is the model's own, in [0,1], where it gives one.
	Confidence *float64
	// Cached: the answer was given earlier for the same normalised text.
	Cached bool
}

// What the model is asked about (SecondOpinionOptions.Send).
const (
	// SendGrey: messages the rules did not flag but cannot settle
	// (rules.Verdict.Grey): they name a protected group, or matches were
	// set aside by guards or scored under the threshold.
	SendGrey = "grey"
	// SendAll: every message the rules evaluated, flagged or not.
	SendAll = "all"
)

// What a community does with a case a model's opinion opens alone
// (Community.ModelCases).
const (
	// ModelCasesPrompt: prompt volunteers as for a rule's case.
	ModelCasesPrompt = "prompt"
	// ModelCasesReview: put it on the dashboard's review list only (the
	// default): nobody is prompted in chat.
	ModelCasesReview = "review"
	// ModelCasesOff: open no case on the model's opinion alone.
	ModelCasesOff = "off"
)

// SignalReview marks a case a model's opinion opened that waits on the
// dashboard's review list, nobody prompted.
const SignalReview = "model_review"

// SecondOpinionOptions configure the second opinion. Zero fields take the
// defaults they name.
type SecondOpinionOptions struct {
	// Send is SendGrey (default) or SendAll.
	Send string
	// Workers is how many questions are asked at once (4).
	Workers int
	// MaxWaiting is how many questions may wait for a worker (100); a
	// question beyond it is dropped and counted, never the message.
	MaxWaiting int
	// Deadline bounds one question, waiting for the model's rate limit
	// and retries included (1 min).
	Deadline time.Duration
}

// SecondOpinionMetrics is the optional capability of a Metrics to count
// the second opinion. Its methods must be safe for concurrent use and
// must not block.
type SecondOpinionMetrics interface {
	// SecondOpinion counts one event: asked (a question queued), dropped
	// (too many waiting), failed (no answer), agree or disagree (with a
	// case the rules flagged), model_only (a case opened on the model's
	// opinion alone).
	SecondOpinion(event string)
	// SecondOpinionLatency is how long a question to the model took, by
	// result: answered, cached or failed.
	SecondOpinionLatency(result string, took time.Duration)
}

// SecondOpinionStats are the bot's second-opinion totals since it was
// made.
type SecondOpinionStats struct {
	Asked, Dropped, Answered, Failed, Agree, Disagree, ModelOnly int64
}

// secondOpinion is the bot's model, its queue and its totals.
type secondOpinion struct {
	model SecondOpinion
	opt   SecondOpinionOptions
	queue chan question
	stats struct {
		asked, dropped, answered, failed, agree, disagree, modelOnly atomic.Int64
	}
}

// question is one message waiting for the model: the event, what the
// rules said, and the case they opened (0 for none).
type question struct {
	ev     Event
	comm   *Community
	author rules.UserID
	v      rules.Verdict
	caseID storage.CaseID
}

// UseSecondOpinion makes the bot ask model about the messages opt.Send
// selects, once RunSecondOpinions runs. Call it before the bot handles
// messages.
func (b *Bot) UseSecondOpinion(model SecondOpinion, opt SecondOpinionOptions) {
	if opt.Send == "" {
		opt.Send = SendGrey
	}
	if opt.Workers <= 0 {
		opt.Workers = 4
	}
	if opt.MaxWaiting <= 0 {
		opt.MaxWaiting = 100
	}
	if opt.Deadline <= 0 {
		opt.Deadline = time.Minute
	}
	b.second.Store(&secondOpinion{model: model, opt: opt, queue: make(chan question, opt.MaxWaiting)})
}

// SecondOpinionStats returns the second opinion's totals (zero without
// one).
func (b *Bot) SecondOpinionStats() SecondOpinionStats {
	so := b.second.Load()
	if so == nil {
		return SecondOpinionStats{}
	}
	s := &so.stats
	return SecondOpinionStats{Asked: s.asked.Load(), Dropped: s.dropped.Load(), Answered: s.answered.Load(), Failed: s.failed.Load(),
		Agree: s.agree.Load(), Disagree: s.disagree.Load(), ModelOnly: s.modelOnly.Load()}
}

// RunSecondOpinions asks the model the queued questions, with
// SecondOpinionOptions.Workers workers, until ctx is done; questions
// still waiting then are dropped. Without UseSecondOpinion it returns at
// once.
func (b *Bot) RunSecondOpinions(ctx context.Context) error {
	so := b.second.Load()
	if so == nil {
		return nil
	}
	var wg sync.WaitGroup
	for range so.opt.Workers {
		wg.Go(func() {
			for {
				select {
				case <-ctx.Done():
					return
				case q := <-so.queue:
					b.answer(ctx, so, q)
				}
			}
		})
	}
	wg.Wait()
	return nil
}

// count adds one event to the totals and the metrics.
func (b *Bot) countOpinion(so *secondOpinion, event string) {
	s := &so.stats
	switch event {
	case "asked":
		s.asked.Add(1)
	case "dropped":
		s.dropped.Add(1)
	case "answered":
		s.answered.Add(1)
		return // the latency says it
	case "failed":
		s.failed.Add(1)
	case "agree":
		s.agree.Add(1)
	case "disagree":
		s.disagree.Add(1)
	case "model_only":
		s.modelOnly.Add(1)
	}
	if m, ok := b.opt.Metrics.(SecondOpinionMetrics); ok {
		m.SecondOpinion(event)
	}
}

// askSecondOpinion queues a question about a message whose rules verdict
// v was made and acted on (id is the case the rules opened, 0 for none),
// if the model is used and opt.Send selects it. It never waits: with the
// queue full the question is dropped and counted.
func (b *Bot) askSecondOpinion(ev Event, comm *Community, author rules.UserID, v rules.Verdict, id storage.CaseID) {
	so := b.second.Load()
	if so == nil || comm == nil || ev.AuthorIsBot || listed(comm.Exempt, ev.AuthorID, ev.AuthorRoles) || strings.TrimSpace(ev.Text) == "" {
		return
	}
	if so.opt.Send != SendAll && !v.Grey() {
		return
	}
	select {
	case so.queue <- question{ev: ev, comm: comm, author: author, v: v, caseID: id}:
		b.countOpinion(so, "asked")
	default:
		b.countOpinion(so, "dropped")
	}
}

// answer asks the model one question and uses its answer.
func (b *Bot) answer(ctx context.Context, so *secondOpinion, q question) {
	defer func() {
		if r := recover(); r != nil {
			b.log.Error("bug: a second opinion made the bot panic; it is dropped", "community", q.comm.ID, "panic", fmt.Sprint(r))
		}
	}()
	qctx, cancel := context.WithTimeout(ctx, so.opt.Deadline)
	text, _ := truncateText(q.ev.Text, b.opt.MaxMessageBytes)
	start := time.Now()
	op, err := so.model.Opinion(qctx, text, q.comm.Lang)
	took := time.Since(start)
	cancel()
	m, _ := b.opt.Metrics.(SecondOpinionMetrics)
	if err != nil {
		if m != nil {
			m.SecondOpinionLatency("failed", took)
		}
		b.countOpinion(so, "failed")
		// The error holds no text: the rules verdict stands alone.
		b.log.Debug("no second opinion; the rules verdict stands alone", "community", q.comm.ID, "case", q.caseID, "err", err)
		return
	}
	if m != nil {
		result := "answered"
		if op.Cached {
			result = "cached"
		}
		m.SecondOpinionLatency(result, took)
	}
	b.countOpinion(so, "answered")
	if q.caseID != 0 {
		b.recordOpinion(ctx, so, q.caseID, q.comm, op)
		return
	}
	if op.Hate {
		b.openModelCase(ctx, so, q, op)
	}
}

// record is the opinion as a case stores it.
func (op Opinion) record(at time.Time) storage.ModelOpinion {
	return storage.ModelOpinion{Name: op.Model, At: at, Hate: op.Hate, Label: op.Label,
		Categories: slices.Clone(op.Categories), Category: op.Category, Confidence: op.Confidence}
}

var errHasOpinion = errors.New("bot: the case has a model opinion already")

// recordOpinion stores the model's opinion with case id, once, and edits
// the case's prompts to show it. It never changes the rules' verdict,
// category or severity.
func (b *Bot) recordOpinion(ctx context.Context, so *secondOpinion, id storage.CaseID, comm *Community, op Opinion) {
	rec := op.record(b.opt.Now().UTC())
	c, err := b.store.UpdateCase(ctx, id, func(c *storage.Case) error {
		if c.Model != nil {
			return errHasOpinion
		}
		c.Model = &rec
		return nil
	})
	if errors.Is(err, errHasOpinion) {
		return
	}
	if err != nil {
		b.opt.Metrics.StoreError("second_opinion")
		b.log.Error("second opinion not stored", "case", id, "err", err)
		return
	}
	detail := "model " + rec.Name + ": says not hate"
	switch {
	case c.Verdict.Flagged && rec.Hate:
		b.countOpinion(so, "agree")
		detail = "model " + rec.Name + ": agrees"
	case c.Verdict.Flagged:
		b.countOpinion(so, "disagree")
		detail = "model " + rec.Name + ": disagrees"
	case rec.Hate:
		detail = "model " + rec.Name + ": says hate"
	}
	b.audit(ctx, id, "bot", "", "second_opinion", detail+" ("+opinionCategories(rec, "en")+")")
	// Prompts still owed are posted from the stored case, opinion and
	// all; those posted are edited in place.
	if c.PromptDue.IsZero() && len(c.Prompts) > 0 {
		b.refresh(ctx, c, comm)
	}
}

// modelSeverity is the severity of a case opened on the model's opinion
// alone: its category's usual severity, at most op.MaxSeverity (medium
// but for threats) and never urgent, so a model alone sends nothing to
// the coordinators at once; volunteers can escalate.
func modelSeverity(op Opinion) rules.Severity {
	sev := rules.SevMedium
	if op.Category == rules.CatThreat || op.Category == rules.CatExtremism {
		sev = rules.SevHigh
	}
	return min(sev, max(op.MaxSeverity, rules.SevLow))
}

// openModelCase opens a case on the model's opinion alone, where the
// rules were silent, as the community chose: prompted, on the review list,
// or not at all.
func (b *Bot) openModelCase(ctx context.Context, so *secondOpinion, q question, op Opinion) {
	comm, ev := q.comm, q.ev
	mode := comm.modelCases()
	if mode == ModelCasesOff {
		return
	}
	now := b.opt.Now().UTC()
	rec := op.record(now)
	cat := op.Category
	if cat == "" {
		cat = rules.CatGeneralisation
	}
	c := storage.Case{
		Key: storage.CaseKey(ev.Platform, ev.ChatID, ev.Channel, ev.MessageID), Platform: ev.Platform, Community: comm.ID,
		Channel: ev.Channel, ChannelName: ev.ChannelName, MessageID: ev.MessageID, Author: q.author, Lang: comm.Lang,
		AuthorName: ev.AuthorName, AuthorRef: ev.AuthorID, Text: ev.Text, JumpURL: ev.JumpURL, Verdict: q.v,
		Source: storage.SourceModel, Model: &rec, Category: cat, Severity: modelSeverity(op),
		State: storage.StateOpen, CreatedAt: now,
	}
	b.boundText(&c)
	if ev.Kind == KindEdit {
		c.Signals = append(c.Signals, SignalEdited)
	}
	if err := b.signals(ctx, &c, now); err != nil {
		b.log.Warn("model case opened without repeat and pile-on signals", "community", comm.ID, "err", err)
	}
	b.offer(&c, comm, ev)
	shadow := comm.Shadow || slices.Contains(comm.ShadowChannels, ev.Channel)
	switch {
	case shadow:
		c.Signals = append(c.Signals, SignalShadow)
	case mode == ModelCasesReview:
		c.Signals = append(c.Signals, SignalReview)
	default:
		// Prompted as a rule's case is: to the volunteers on duty, or
		// the fallback.
		c.Deadline = now.Add(b.opt.ClaimDeadline)
		if err := b.owePrompts(ctx, &c, comm, false, now); err != nil {
			b.log.Warn("model case routed without the duty roster", "community", comm.ID, "err", err)
		}
	}
	stored, created, err := b.store.CreateCase(ctx, c)
	if err != nil {
		b.opt.Metrics.StoreError("second_opinion")
		b.log.Error("model case not opened", "community", comm.ID, "err", err)
		return
	}
	if !created {
		// The message has a case already (an edit the rules flagged
		// meanwhile): the opinion goes with it.
		b.recordOpinion(ctx, so, stored.ID, comm, op)
		return
	}
	b.countOpinion(so, "model_only")
	b.audit(ctx, stored.ID, "bot", "", "open", "model:"+rec.Name)
	b.captureContext(ctx, stored, ev)
	b.log.Info("case opened", "case", stored.ID, "community", comm.ID, "source", storage.SourceModel, "model", rec.Name,
		"category", stored.Category, "severity", stored.Severity.String(), "review", mode == ModelCasesReview || shadow)
	if shadow || mode == ModelCasesReview {
		return
	}
	if err := b.promptAll(ctx, stored, comm); err != nil {
		b.log.Error("prompt not posted yet; the next tick retries", "case", stored.ID, "err", err)
	}
}

// modelCases is what the community does with a case the model's opinion
// opens alone; ModelCasesReview unless it chose.
func (c *Community) modelCases() string {
	switch c.ModelCases {
	case ModelCasesPrompt, ModelCasesOff:
		return c.ModelCases
	}
	return ModelCasesReview
}

// opinionLines are the lines a prompt shows of the model's opinion on
// case c, in lang: for a case the model opened, that it is a second
// opinion from a model, not a rule; for a rule's case, the model's
// agreement or disagreement; none before it answered.
func opinionLines(c storage.Case, lang string) [][]Segment {
	op := c.Model
	if op == nil {
		return nil
	}
	t := opinionTexts(lang)
	cats := opinionCategories(*op, lang)
	var line string
	switch {
	case c.Source == storage.SourceModel:
		line = fmt.Sprintf(t.modelOnly, op.Name, cats)
	case c.Verdict.Flagged && op.Hate:
		line = fmt.Sprintf(t.agrees, op.Name, cats)
	case c.Verdict.Flagged:
		line = fmt.Sprintf(t.disagrees, op.Name, cats)
	case op.Hate:
		line = fmt.Sprintf(t.saysHate, op.Name, cats)
	default:
		line = fmt.Sprintf(t.saysNot, op.Name, cats)
	}
	return [][]Segment{{{Text: line}}}
}

// opinionCategories says what the model answered: its categories and the
// trygbot category they map to ("Unethical Acts → harmful
// generalisation"), or its label, and its confidence where it gave one.
func opinionCategories(op storage.ModelOpinion, lang string) string {
	t := opinionTexts(lang)
	s := strings.Join(op.Categories, ", ")
	switch {
	case s == "":
		s = t.label(op.Label)
	case op.Category != "":
		s += " → " + rules.CategoryName(op.Category, lang)
	}
	if op.Confidence != nil {
		s += fmt.Sprintf(t.confidence, int(*op.Confidence*100+0.5))
	}
	return s
}

// why is the prompt's explanation of case c: the rules' matches and the
// model's opinion; for a case the model opened alone, only the model's
// opinion (the rules' matches under the threshold flagged nothing).
func why(c storage.Case, lang string) [][]Segment {
	if c.Source == storage.SourceModel {
		return opinionLines(c, lang)
	}
	return append(whyLines(c.Verdict, lang), opinionLines(c, lang)...)
}

// OpinionLine says in lang what the model's second opinion on case c
// was, as its chat prompt says it: for a case the model opened, that it
// is a second opinion from the named model, not a rule; for a rule's
// case, its agreement or disagreement; "" before it answered.
func OpinionLine(c storage.Case, lang string) string {
	lines := opinionLines(c, lang)
	if len(lines) == 0 {
		return ""
	}
	return Masked(lines[0])
}
