// Package rules is trygbot's rules engine: it normalises a message against
// evasion (look-alike letters, leetspeak, spacing, invisible characters,
// Danish typed without æ ø å, masked letters), matches every term of every
// rule pack in one pass with an Aho-Corasick automaton, fills frames: near
// rules whose group slot also takes slurs, "muslim families"-style phrases
// and pronouns that refer back ("X are rats", "... They are rats"),
// generates word forms from lemmas (morph.go), applies false-positive
// guards (exceptions, negation, counter-speech, quotation, self-reference)
// and explains each verdict.
//
// rules imports nothing else from trygbot but internal/yamlerr.
package rules
