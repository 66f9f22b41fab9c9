package rules

import (
	"bufio"
	"os"
	"slices"
	"sort"
	"strings"
	"testing"
)

// Dictionaries from Debian's wdanish and wamerican packages. They are used
// only here, to check the packs; they are not shipped. .ci/run installs them.
var dictionaries = []struct{ lang, path string }{
	{"da", "/usr/share/dict/danish"},
	{"en", "/usr/share/dict/american-english"},
}

// readDictionary returns the words of a dictionary file, or skips the test
// when it is missing (and fails under CI, which must have it).
func readDictionary(t *testing.T, path string) []string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("dictionary %s missing under CI (apt-get install wdanish wamerican): %v", path, err)
		}
		t.Skipf("dictionary %s missing (apt-get install wdanish wamerican): %v", path, err)
	}
	defer f.Close()
	var words []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if w := strings.TrimSpace(sc.Text()); w != "" && !strings.HasSuffix(w, "'s") {
			words = append(words, w)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return words
}

// No exception list misses a common word: every dictionary word the
// built-in packs flag on its own is a reviewed entry of
// testdata/dictionary_flagged.txt, and every entry there is still flagged.
func TestDictionaryWordsFlagged(t *testing.T) {
	e, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{}
	data, err := os.ReadFile("testdata/dictionary_flagged.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		for _, w := range strings.Fields(line) {
			want[w] = true
		}
	}
	got := map[string]bool{}
	var unexpected []string
	for _, d := range dictionaries {
		for _, w := range readDictionary(t, d.path) {
			v := e.Evaluate(Message{Text: w, Lang: d.lang})
			if !v.Flagged {
				continue
			}
			got[w] = true
			if !want[w] {
				unexpected = append(unexpected, w+" ("+v.Matches[0].Rule+": "+strings.Join(v.Matches[0].Normalized, " ")+")")
			}
		}
	}
	sort.Strings(unexpected)
	for _, u := range unexpected {
		t.Errorf("dictionary word flagged: %s: add an exception, or list it in testdata/dictionary_flagged.txt if it is a slur", u)
	}
	var stale []string
	for w := range want {
		if !got[w] {
			stale = append(stale, w)
		}
	}
	sort.Strings(stale)
	if len(stale) > 0 {
		t.Errorf("listed in testdata/dictionary_flagged.txt but no longer flagged (remove them): %s", strings.Join(stale, " "))
	}
}

// The Danish paradigms make the real words: for every Danish noun lemma of
// the built-in packs, each form the dictionary has (the lemma plus a noun
// ending) is among the forms the compiler generates, so no inflection a
// Danish writer uses is missed.
func TestDanishInflectionsAreWords(t *testing.T) {
	words := readDictionary(t, dictionaries[0].path)
	dict := make(map[string]bool, len(words))
	for _, w := range words {
		dict[strings.ToLower(w)] = true
	}
	packs, err := BuiltinPacks()
	if err != nil {
		t.Fatal(err)
	}
	endingsE := []string{"n", "r", "rne", "s", "ns", "rs", "rnes"}                                     // jøde
	endings := []string{"en", "et", "e", "er", "ene", "erne", "s", "ens", "ers", "ernes", "es", "ets"} // muslim
	checked := 0
	for _, p := range packs {
		if p.Lang != "da" {
			continue
		}
		var lemmas []string
		for _, l := range p.Lexicons {
			lemmas = append(lemmas, l.Lemmas[classNoun]...)
		}
		for _, r := range p.Rules {
			lemmas = append(lemmas, r.Lemmas[classNoun]...)
		}
		for _, l := range lemmas {
			if strings.Contains(l, " ") {
				continue
			}
			forms, err := inflect("da", classNoun, l)
			if err != nil {
				t.Fatal(err)
			}
			ends := endings
			if strings.HasSuffix(l, "e") {
				ends = endingsE
			}
			for _, end := range ends {
				if w := l + end; dict[w] {
					checked++
					if !slices.Contains(forms, w) {
						t.Errorf("lemma %q: the dictionary has %q, the paradigm does not generate it: %v", l, w, forms)
					}
				}
			}
		}
	}
	if checked < 40 {
		t.Errorf("only %d dictionary forms checked; the packs should list more noun lemmas", checked)
	}
}

func TestInflect(t *testing.T) {
	tests := []struct {
		lang, class, lemma string
		want               []string
	}{
		{"da", "noun", "polak", []string{"polakker", "polakkerne", "polakkens"}},
		{"da", "noun", "muslim", []string{"muslimer", "muslimerne", "muslimen"}},
		{"da", "noun", "indvandrer", []string{"indvandrere", "indvandrerne", "indvandrernes"}},
		{"da", "noun", "jøde", []string{"jøder", "jøderne", "jødens"}},
		{"da", "noun", "flygtning", []string{"flygtninge", "flygtningene", "flygtningen"}},
		{"da", "verb", "lave ballade", []string{"laver ballade", "lav ballade", "lavede ballade"}},
		{"da", "verb", "stikke", []string{"stikker", "stik", "stikkes"}},
		{"da", "adj", "ulækker", []string{"ulækre", "ulækkert"}},
		{"da", "adj", "dum", []string{"dumme", "dumt"}},
		{"en", "noun", "bully", []string{"bullies"}},
		{"en", "verb", "stab", []string{"stabs", "stabbed", "stabbing"}},
		{"en", "verb", "make trouble", []string{"makes trouble", "making trouble"}},
	}
	for _, tc := range tests {
		got, err := inflect(tc.lang, tc.class, tc.lemma)
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range tc.want {
			if !slices.Contains(got, w) {
				t.Errorf("inflect(%s, %s, %q) = %v, lacks %q", tc.lang, tc.class, tc.lemma, got, w)
			}
		}
	}
	if _, err := inflect("da", "pronoun", "de"); err == nil {
		t.Error("unknown class accepted")
	}
}
