package bot

import (
	"errors"
	"strconv"
	"strings"

	"github.com/trygbot/trygbot/storage"
)

// actionCodes are the one-letter codes of actions in button data.
var actionCodes = map[ActionKind]string{
	ActClaim: "c", ActTemplate: "t", ActDismiss: "d", ActEscalate: "e", ActDelete: "x", ActNote: "n", ActClose: "z",
	ActUnmask: "u",
}

// MaxActionData is the longest EncodeAction result: it fits Telegram's
// 64-byte callback_data and Discord's 100-character custom_id.
const MaxActionData = 64

// maxNonce bounds a nonce in button data (storage.NewNonce makes 8
// characters).
const maxNonce = 16

// ErrBadActionData is returned by DecodeAction for data it did not make.
var ErrBadActionData = errors.New("bot: bad action data")

// CaseRef names one case in button data, dialogs, dashboard forms and the
// ingest outbox: its number and its nonce (storage.Case.Nonce). A store
// that lost its data numbers cases from 1 again; the nonce tells the new
// case from the one a button was made for, and Act refuses the button.
type CaseRef struct {
	ID    storage.CaseID
	Nonce string
}

// RefOf is the reference to c.
func RefOf(c storage.Case) CaseRef { return CaseRef{ID: c.ID, Nonce: c.Nonce} }

// EncodeAction packs an action on a case into button data, such as
// "tb2:g:k3x9abcd:t:2" (case 16, its nonce, send reply 2). A case without
// a nonce (made before nonces existed) gets the older form "tb1:g:t:2".
// Data longer than MaxActionData is cut there.
func EncodeAction(ref CaseRef, k ActionKind, arg string) string {
	s := "tb1:" + strconv.FormatInt(int64(ref.ID), 36) + ":" + actionCodes[k]
	if ref.Nonce != "" {
		s = "tb2:" + strconv.FormatInt(int64(ref.ID), 36) + ":" + ref.Nonce + ":" + actionCodes[k]
	}
	if arg != "" {
		s += ":" + arg
	}
	if len(s) > MaxActionData {
		s = s[:MaxActionData]
	}
	return s
}

// DecodeAction reads button data made by EncodeAction. Data of the older
// form ("tb1:...") has no nonce, so it only matches a case without one.
func DecodeAction(data string) (CaseRef, ActionKind, string, error) {
	if len(data) > MaxActionData {
		return CaseRef{}, "", "", ErrBadActionData
	}
	var ref CaseRef
	var rest []string
	switch version, tail, _ := strings.Cut(data, ":"); version {
	case "tb1":
		rest = strings.SplitN(tail, ":", 3) // id, code, arg
	case "tb2":
		parts := strings.SplitN(tail, ":", 4) // id, nonce, code, arg
		if len(parts) < 3 || !validNonce(parts[1]) {
			return CaseRef{}, "", "", ErrBadActionData
		}
		ref.Nonce = parts[1]
		rest = append([]string{parts[0]}, parts[2:]...)
	default:
		return CaseRef{}, "", "", ErrBadActionData
	}
	if len(rest) < 2 {
		return CaseRef{}, "", "", ErrBadActionData
	}
	id, err := strconv.ParseInt(rest[0], 36, 64)
	if err != nil || id <= 0 {
		return CaseRef{}, "", "", ErrBadActionData
	}
	ref.ID = storage.CaseID(id)
	var kind ActionKind
	for k, c := range actionCodes {
		if c == rest[1] {
			kind = k
		}
	}
	if kind == "" {
		return CaseRef{}, "", "", ErrBadActionData
	}
	arg := ""
	if len(rest) == 3 {
		arg = rest[2]
	}
	if kind == ActTemplate {
		if n, err := strconv.Atoi(arg); err != nil || n < 1 || n > 9 {
			return CaseRef{}, "", "", ErrBadActionData
		}
	}
	return ref, kind, arg, nil
}

// validNonce: 1 to maxNonce lowercase letters and digits.
func validNonce(s string) bool {
	if s == "" || len(s) > maxNonce {
		return false
	}
	for _, r := range s {
		if (r < 'a' || r > 'z') && (r < '0' || r > '9') {
			return false
		}
	}
	return true
}
