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
}

// MaxActionData is the longest EncodeAction result: it fits Telegram's
// 64-byte callback_data and Discord's 100-character custom_id.
const MaxActionData = 64

// ErrBadActionData is returned by DecodeAction for data it did not make.
var ErrBadActionData = errors.New("bot: bad action data")

// EncodeAction packs an action on a case into button data, such as
// "tb1:16:t:2".
func EncodeAction(id storage.CaseID, k ActionKind, arg string) string {
	s := "tb1:" + strconv.FormatInt(int64(id), 36) + ":" + actionCodes[k]
	if arg != "" {
		s += ":" + arg
	}
	if len(s) > MaxActionData {
		s = s[:MaxActionData]
	}
	return s
}

// DecodeAction reads button data made by EncodeAction.
func DecodeAction(data string) (storage.CaseID, ActionKind, string, error) {
	parts := strings.SplitN(data, ":", 4)
	if len(data) > MaxActionData || len(parts) < 3 || parts[0] != "tb1" {
		return 0, "", "", ErrBadActionData
	}
	id, err := strconv.ParseInt(parts[1], 36, 64)
	if err != nil || id <= 0 {
		return 0, "", "", ErrBadActionData
	}
	var kind ActionKind
	for k, c := range actionCodes {
		if c == parts[2] {
			kind = k
		}
	}
	if kind == "" {
		return 0, "", "", ErrBadActionData
	}
	arg := ""
	if len(parts) == 4 {
		arg = parts[3]
	}
	if kind == ActTemplate {
		if n, err := strconv.Atoi(arg); err != nil || n < 1 || n > 9 {
			return 0, "", "", ErrBadActionData
		}
	}
	return storage.CaseID(id), kind, arg, nil
}
