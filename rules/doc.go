// Package rules is trygbot's rules engine: it normalises a message against
// evasion (look-alike letters, leetspeak, spacing, invisible characters),
// matches every term of every rule pack in one pass with an Aho-Corasick
// automaton, combines word lists into near rules ("X are rats"), applies
// false-positive guards (exceptions, negation, counter-speech, quotation,
// self-reference) and explains each verdict.
//
// rules is the leaf package: it imports nothing else from trygbot.
package rules
