package telegram

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/go-telegram/bot/models"
)

// pollTimeout is the long-polling client's timeout (go-telegram/bot's
// default).
const pollTimeout = time.Minute

// maxUpdatesBody bounds one getUpdates answer read for checking (100
// updates of at most a few kB each in practice).
const maxUpdatesBody = 64 << 20

// skipBadUpdates is the polling client's transport. go-telegram/bot
// decodes a getUpdates answer as a whole: one update with a field of the
// wrong type fails the batch, the offset never moves past it, and the
// bot would poll the same batch forever, seeing nothing else. This
// transport replaces each update that does not decode with its bare
// update_id, so the poller skips it, and logs it once.
type skipBadUpdates struct {
	next   http.RoundTripper
	report func(updateID int64, err error)
}

func (s *skipBadUpdates) RoundTrip(req *http.Request) (*http.Response, error) {
	resp, err := s.next.RoundTrip(req)
	if err != nil || resp.StatusCode != http.StatusOK || !strings.HasSuffix(req.URL.Path, "/getUpdates") {
		return resp, err
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxUpdatesBody))
	resp.Body.Close()
	if err != nil {
		return nil, err
	}
	resp.Body = io.NopCloser(bytes.NewReader(body))
	var answer map[string]json.RawMessage
	var updates []json.RawMessage
	if json.Unmarshal(body, &answer) != nil || json.Unmarshal(answer["result"], &updates) != nil {
		return resp, nil // not an answer this can mend; the client reports it
	}
	changed := false
	for i, raw := range updates {
		var u models.Update
		uerr := json.Unmarshal(raw, &u)
		if uerr == nil {
			continue
		}
		var id struct {
			ID int64 `json:"update_id"`
		}
		if json.Unmarshal(raw, &id) != nil || id.ID == 0 {
			s.report(0, uerr)
			continue
		}
		s.report(id.ID, uerr)
		updates[i] = json.RawMessage(`{"update_id":` + strconv.FormatInt(id.ID, 10) + `}`)
		changed = true
	}
	if !changed {
		return resp, nil
	}
	answer["result"], _ = json.Marshal(updates)
	body, _ = json.Marshal(answer)
	resp.Body = io.NopCloser(bytes.NewReader(body))
	resp.ContentLength = int64(len(body))
	resp.Header.Del("Content-Length")
	return resp, nil
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
