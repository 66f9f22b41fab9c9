// Package eval scores the rules engine on labelled test suites: HateCheck
// and Multilingual HateCheck CSV files, DKHate TSV files, plain text,label
// CSV files and the project's own suites, which also label the category
// and language of each case (ReadCases). Run evaluates the cases; a Result
// has accuracy, precision, recall and F1 overall (Counts), counts per
// functionality, and a Confusion of gold and verdict categories with
// recall and precision per category. Ask gets a second opinion (a
// safety model's) on every case, and Compare scores the rules, that
// opinion and the two combined side by side. WriteReport renders a Result
// (and a Comparison) as Markdown with aligned tables, WriteJSON as the
// Report struct; the eval command only parses its flags and calls them.
//
// It may import rules only.
package eval
