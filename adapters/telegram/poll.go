package telegram

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/go-telegram/bot/models"
)

// The adapter polls getUpdates itself rather than with go-telegram/bot's
// loop, which asks for the next updates (and so confirms the ones it
// received) before they are handled: updates taken but not yet handled
// when the process died were lost. Here the offset moves past an update
// only once it was handled or is to be skipped, so Telegram delivers it
// again after a failure or a crash: at least once. A message handled
// twice makes no second case (cases are found by platform message id).

const (
	// clientTimeout bounds every Bot API call, long polls included
	// (go-telegram/bot's default).
	clientTimeout = time.Minute
	// longPoll is how long one getUpdates waits for updates.
	longPoll = 25 * time.Second
	// pollLimit is how many updates one getUpdates returns at most.
	pollLimit = 100
	// maxUpdatesBody bounds one getUpdates answer (100 updates of at
	// most a few kB each in practice).
	maxUpdatesBody = 64 << 20
	// Polling again after an error waits from minBackoff, doubling to
	// maxBackoff.
	minBackoff = 100 * time.Millisecond
	maxBackoff = 5 * time.Second
	// confirmBound bounds the getUpdates that confirms the handled
	// updates when polling stops.
	confirmBound = 5 * time.Second
)

// allowedUpdates are the update kinds the adapter asks for, polling or
// by webhook.
var allowedUpdates = []string{"message", "edited_message", "callback_query", "my_chat_member"}

// pollError is an error answer to getUpdates.
type pollError struct {
	code       int
	desc       string
	retryAfter int // seconds, for 429
}

func (e *pollError) Error() string { return fmt.Sprintf("%d %s", e.code, e.desc) }

// poll receives updates by long polling until ctx is done and hands each
// to handleUpdate, in order. It returns an error only when the token is
// refused (401).
func (a *Adapter) poll(ctx context.Context) error {
	var (
		offset int64 // the next getUpdates' offset: every update before it is handled
		sent   int64 // the offset Telegram last got, so the updates before it are confirmed
		wait   time.Duration
	)
	defer func() { a.confirm(ctx, offset, sent) }()
	for {
		if wait > 0 && !sleep(ctx, wait) {
			return nil
		}
		if ctx.Err() != nil {
			return nil
		}
		batch, err := a.getUpdates(ctx, offset, longPoll, pollLimit)
		if ctx.Err() != nil {
			return nil
		}
		var ae *pollError
		switch {
		case errors.As(err, &ae) && ae.code == http.StatusUnauthorized:
			return fmt.Errorf("telegram: getUpdates: the token was refused: %s", a.redact(ae.Error()))
		case errors.As(err, &ae) && ae.code == http.StatusConflict:
			wait = backoff(wait)
			a.log.Warn("getUpdates conflict: another process polls this token, or a webhook is set; polling again",
				"err", a.redact(ae.Error()), "retry_in", wait)
			continue
		case errors.As(err, &ae) && ae.code == http.StatusTooManyRequests:
			wait = max(time.Duration(ae.retryAfter)*time.Second, backoff(wait))
			a.log.Warn("getUpdates rate limited; polling again", "retry_in", wait)
			continue
		case err != nil:
			wait = backoff(wait)
			a.log.Warn("getUpdates failed; polling again", "err", a.redact(err.Error()), "retry_in", wait)
			continue
		}
		sent = offset
		moved, failed := a.handleBatch(ctx, batch, &offset)
		switch {
		case failed != 0:
			wait = backoff(wait)
			a.log.Warn("telegram update not handled; polling it again", "update_id", failed, "retry_in", wait)
		case len(batch) > 0 && !moved:
			// Nothing to move past (no readable update_id): do not ask
			// for the same batch in a tight loop.
			wait = backoff(wait)
		default:
			wait = 0
		}
	}
}

// handleBatch hands the updates to handleUpdate in order and moves
// *offset past each one handled or skipped (moved says whether it did).
// It stops at the first update that was not handled, whose id is
// failed, or when ctx is done.
func (a *Adapter) handleBatch(ctx context.Context, batch []json.RawMessage, offset *int64) (moved bool, failed int64) {
	for _, raw := range batch {
		if ctx.Err() != nil {
			return moved, 0
		}
		var upd models.Update
		if err := json.Unmarshal(raw, &upd); err != nil {
			// Telegram would deliver it again and again, holding up the
			// updates behind it: skip it.
			var id struct {
				ID int64 `json:"update_id"`
			}
			_ = json.Unmarshal(raw, &id)
			a.reportBadUpdate(id.ID, err)
			if id.ID >= *offset {
				*offset, moved = id.ID+1, true
			}
			continue
		}
		if upd.ID < *offset {
			continue // confirmed already; Telegram does not send these
		}
		if err := a.handleUpdate(&upd); err != nil {
			return moved, upd.ID
		}
		*offset, moved = upd.ID+1, true
	}
	return moved, 0
}

// confirm tells Telegram, when polling stops, that the updates before
// offset were handled, so the next poller does not get them again.
// Updates at or after offset stay with Telegram.
func (a *Adapter) confirm(ctx context.Context, offset, sent int64) {
	if offset <= sent {
		return
	}
	cctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), confirmBound)
	defer cancel()
	if _, err := a.getUpdates(cctx, offset, 0, 1); err != nil {
		a.log.Warn("handled telegram updates not confirmed; Telegram will deliver them again", "offset", offset, "err", a.redact(err.Error()))
	}
}

// getUpdates asks for the updates from offset on, waiting up to timeout
// for one, and returns them undecoded.
func (a *Adapter) getUpdates(ctx context.Context, offset int64, timeout time.Duration, limit int) ([]json.RawMessage, error) {
	allowed, _ := json.Marshal(allowedUpdates)
	form := url.Values{
		"offset":          {strconv.FormatInt(offset, 10)},
		"limit":           {strconv.Itoa(limit)},
		"timeout":         {strconv.Itoa(int(timeout / time.Second))},
		"allowed_updates": {string(allowed)},
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, a.apiURL+"/bot"+a.token+"/getUpdates", strings.NewReader(form.Encode()))
	if err != nil {
		return nil, errors.New(a.redact(err.Error()))
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, err := a.client.Do(req)
	if err != nil {
		return nil, errors.New(a.redact(err.Error()))
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxUpdatesBody))
	if err != nil {
		return nil, fmt.Errorf("read answer: %s", a.redact(err.Error()))
	}
	var answer struct {
		OK          bool            `json:"ok"`
		Result      json.RawMessage `json:"result"`
		ErrorCode   int             `json:"error_code"`
		Description string          `json:"description"`
		Parameters  struct {
			RetryAfter int `json:"retry_after"`
		} `json:"parameters"`
	}
	if err := json.Unmarshal(body, &answer); err != nil {
		if resp.StatusCode != http.StatusOK {
			return nil, &pollError{code: resp.StatusCode, desc: http.StatusText(resp.StatusCode)}
		}
		return nil, fmt.Errorf("answer does not decode: %s", jsonErr(err))
	}
	if !answer.OK {
		code := answer.ErrorCode
		if code == 0 {
			code = resp.StatusCode
		}
		return nil, &pollError{code: code, desc: a.redact(answer.Description), retryAfter: answer.Parameters.RetryAfter}
	}
	var batch []json.RawMessage
	if err := json.Unmarshal(answer.Result, &batch); err != nil {
		return nil, fmt.Errorf("result is not a list of updates: %s", jsonErr(err))
	}
	return batch, nil
}

// backoff is the wait after another error, following one of d.
func backoff(d time.Duration) time.Duration {
	if d < minBackoff {
		return minBackoff
	}
	return min(2*d, maxBackoff)
}

// sleep waits for d and reports whether ctx is still live.
func sleep(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-t.C:
		return true
	}
}

// reportBadUpdate logs an update that was skipped because it did not
// decode; the error names the field, never the text.
func (a *Adapter) reportBadUpdate(updateID int64, err error) {
	a.log.Warn("telegram update skipped: it does not decode", "update_id", updateID, "err", a.redact(jsonErr(err)))
}

// jsonErr describes a decoding error without quoting the input.
func jsonErr(err error) string {
	var te *json.UnmarshalTypeError
	var se *json.SyntaxError
	switch {
	case errors.As(err, &te):
		return "field " + te.Field + ": " + te.Value + " where " + te.Type.String() + " belongs"
	case errors.As(err, &se):
		return "invalid JSON at byte " + strconv.FormatInt(se.Offset, 10)
	}
	msg := err.Error()
	if len(msg) > 200 {
		msg = msg[:200] + "…"
	}
	return msg
}
