package storage

import (
	"strconv"
	"strings"
)

// CaseKey is the Case.Key of a platform message: its platform, chat,
// channel and message id, each prefixed with its length in bytes and a
// colon ("7:discord3:g-15:c/x/y2:42"), so two different messages never
// share a key whatever their ids contain. (Earlier builds joined the four
// with "/", so channel "x/y" with message "z" had the key of channel "x"
// with message "y/z"; both stores rewrite such keys when they open, see
// LegacyCaseKey.)
func CaseKey(platform, chatID, channel, messageID string) string {
	var b strings.Builder
	for _, p := range []string{platform, chatID, channel, messageID} {
		b.WriteString(strconv.Itoa(len(p)))
		b.WriteByte(':')
		b.WriteString(p)
	}
	return b.String()
}

// LegacyCaseKey returns CaseKey for a case whose Key still has the old
// form, platform/chat/channel/message: the chat id is what lies between
// the case's Platform and its Channel and MessageID, which the case keeps,
// so the old key is read without ambiguity. ok is false when c.Key does
// not have that form (a key CaseKey made, or one a caller chose), so
// rewriting a store twice changes nothing the second time.
func LegacyCaseKey(c Case) (key string, ok bool) {
	prefix, suffix := c.Platform+"/", "/"+c.Channel+"/"+c.MessageID
	if len(c.Key) < len(prefix)+len(suffix) || !strings.HasPrefix(c.Key, prefix) || !strings.HasSuffix(c.Key, suffix) {
		return "", false
	}
	chat := c.Key[len(prefix) : len(c.Key)-len(suffix)]
	return CaseKey(c.Platform, chat, c.Channel, c.MessageID), true
}
