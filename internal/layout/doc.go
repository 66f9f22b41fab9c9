// Package layout has no code: its tests check the shape of the
// repository. Imports flow one way (rules ← templates, storage ← bot ←
// adapters/*, report ← web ← app ← cli ← main; only app and cli import
// config and the storage drivers), and no function is longer than a
// reader can hold (80 lines in app and cli, 120 elsewhere).
package layout
