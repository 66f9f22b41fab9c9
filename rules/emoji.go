package rules

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Emoji: writers put an emoji where a letter was ("p🤮rker", "j🌟der"),
// between the letters of a word ("n👏i👏g👏g👏e👏r") or where a word was
// ("jøder er 🐀🐀"). The masking pass (unmask) reads an emoji inside a word
// as one hidden letter, or else as nothing, and an emoji of an animal or
// filth standing alone as the word people mean by it.

// emojiWords are the emoji that stand for a dehumanising word, in Danish
// and in English. Monkeys that cover their eyes, ears or mouth (🙈🙉🙊)
// are left out: in chats they mean embarrassment, not an ape.
var emojiWords = map[rune][2]string{
	0x1F400: {"rotter", "rats"},             // 🐀
	0x1F401: {"rotter", "rats"},             // 🐁
	0x1F437: {"svin", "pigs"},               // 🐷
	0x1F416: {"svin", "pigs"},               // 🐖
	0x1F417: {"svin", "pigs"},               // 🐗
	0x1F43D: {"svin", "pigs"},               // 🐽
	0x1F412: {"aber", "apes"},               // 🐒
	0x1F435: {"aber", "apes"},               // 🐵
	0x1F98D: {"aber", "apes"},               // 🦍
	0x1F9A7: {"aber", "apes"},               // 🦧
	0x1FAB3: {"kakerlakker", "cockroaches"}, // 🪳
	0x1F9A0: {"parasitter", "parasites"},    // 🦠
	0x1F41B: {"maddiker", "maggots"},        // 🐛
	0x1FAB1: {"maddiker", "maggots"},        // 🪱
	0x1F4A9: {"lort", "shit"},               // 💩
	0x1F5D1: {"affald", "garbage"},          // 🗑
	0x1F6AE: {"affald", "garbage"},          // 🚮
	// Weapons stand for what they do. Fire and skulls are left out: in
	// chats they mean "great" and "I laughed".
	0x1F52B: {"skyd", "shoot"},     // 🔫
	0x1F52A: {"knivstik", "stab"},  // 🔪
	0x1F5E1: {"knivstik", "stab"},  // 🗡
	0x1F4A3: {"bombe", "bomb"},     // 💣
	0x1F9E8: {"spræng", "blow up"}, // 🧨
	0x26B0:  {"dø", "die"},         // ⚰
	0x1FAA6: {"dø", "die"},         // 🪦
	0x1FAA2: {"hæng", "hang"},      // 🪢
	// An eye roll marks what it follows as meant the other way round
	// ("of course they are innocent 🙄"); rules read it as a word.
	0x1F644: {"sarkastisk", "sarcastically"}, // 🙄
	// Tears of laughter mark a joke ("hvorfor har X ...? fordi ... 😂"),
	// read only in a message with a question mark (see laughRead): a riddle
	// asks, and most messages with a laugh are none.
	0x1F602: {"haha", "haha"}, // 😂
	0x1F923: {"haha", "haha"}, // 🤣
}

// emojiWord returns the word an emoji cluster starting with r stands for
// in text, a message in lang, if any (a laugh only in a message that asks).
func emojiWord(r rune, lang, text string) (string, bool) {
	w, ok := emojiWords[r]
	if !ok || (isLaugh(r) && strings.IndexByte(text, '?') < 0) {
		return "", false
	}
	if lang == "da" {
		return w[0], true
	}
	return w[1], true
}

// isEmoji reports whether r is a pictograph or symbol that starts an emoji
// cluster. The letter-like blocks (regional indicators, negative circled
// and squared letters) are letters to the normaliser and are not emoji
// here.
func isEmoji(r rune) bool {
	switch {
	case r >= 0x1F1E6 && r <= 0x1F1FF, r >= 0x1F150 && r <= 0x1F169, r >= 0x1F170 && r <= 0x1F189:
		return false
	case r >= 0x1F000 && r <= 0x1FAFF:
		return true
	case r >= 0x2600 && r <= 0x27BF, r == 0x2B50, r == 0x2B55, r == 0x2764:
		return true
	}
	return false
}

// emojiJoiner reports the runes that continue an emoji cluster: the
// zero-width joiner, variation selectors, skin tones, tags and the keycap.
func emojiJoiner(r rune) bool {
	return r == 0x200D || (r >= 0xFE00 && r <= 0xFE0F) || (r >= 0x1F3FB && r <= 0x1F3FF) ||
		(r >= 0xE0020 && r <= 0xE007F) || r == 0x20E3
}

// emojiEnd returns the end of the emoji cluster that starts at text[i]: the
// emoji, its modifiers and anything joined to it by a zero-width joiner.
func emojiEnd(text string, i int) int {
	_, n := utf8.DecodeRuneInString(text[i:])
	j := i + n
	for j < len(text) {
		r, n := utf8.DecodeRuneInString(text[j:])
		switch {
		case emojiJoiner(r):
			j += n
			if r == 0x200D && j < len(text) { // the joined emoji
				if r2, n2 := utf8.DecodeRuneInString(text[j:]); isEmoji(r2) {
					j += n2
				}
			}
		default:
			return j
		}
	}
	return j
}

// isLaugh reports whether r is an emoji of laughter, which is read as a
// word only in a message with a question mark: the riddle of a joke. The
// many other messages with a laugh then stay on the allocation-free path.
func isLaugh(r rune) bool { return r == 0x1F602 || r == 0x1F923 }

// emojiToRead reports quickly whether text has an emoji that unmask
// reads: one inside a word, or one that stands for a word. It looks only
// at the emoji (each of U+1F000-U+1FAFF starts with the byte F0 in UTF-8,
// each of U+2600-U+27BF with E2), so a message whose emoji stand between
// words costs little more than one without emoji.
func emojiToRead(text string) bool {
	return emojiAfter(text, 0xF0) || emojiAfter(text, 0xE2)
}

// emojiAfter checks the emoji whose UTF-8 starts with the byte lead.
func emojiAfter(text string, lead byte) bool {
	for i := 0; i < len(text); {
		j := strings.IndexByte(text[i:], lead)
		if j < 0 {
			return false
		}
		i += j
		r, n := utf8.DecodeRuneInString(text[i:])
		if !isEmoji(r) {
			i += n
			continue
		}
		if _, ok := emojiWord(r, "", text); ok {
			return true
		}
		end := emojiEnd(text, i)
		prev, _ := utf8.DecodeLastRuneInString(text[:i])
		next, _ := utf8.DecodeRuneInString(text[end:])
		if i > 0 && end < len(text) && unicode.IsLetter(prev) && unicode.IsLetter(next) {
			return true
		}
		i = end
	}
	return false
}
