package rules_test

import (
	"strings"
	"sync"
	"testing"

	"github.com/trygbot/trygbot/rules"
)

func mustPack(t *testing.T, name, src string) *rules.Pack {
	t.Helper()
	p, err := rules.ParsePack(name, []byte(src))
	if err != nil {
		t.Fatalf("ParsePack(%s): %v", name, err)
	}
	return p
}

const setBase = `
pack: base-test
rules:
  - id: t.slur.zorblax
    category: slur
    rationale: invented test term
    terms: [zorblax]
  - id: t.slur.quibnok
    category: slur
    rationale: invented test term
    terms: [quibnok]
`

func TestSetScopes(t *testing.T) {
	base := mustPack(t, "base.yaml", setBase)
	community := mustPack(t, "north.yaml", `
pack: north
scope: {community: north}
disable: [t.slur.quibnok]
rules:
  - id: north.local
    category: harassment
    rationale: a local term
    terms: [glimmerfax]
`)
	channel := mustPack(t, "north-memes.yaml", `
pack: north-memes
scope: {community: north, channel: memes}
threshold: 0.9
`)
	s, err := rules.NewSet([]*rules.Pack{base}, []*rules.Pack{community, channel})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name               string
		community, channel string
		text               string
		want               bool
	}{
		{"base everywhere", "south", "general", "zorblax", true},
		{"base term in other community", "south", "general", "quibnok", true},
		{"disabled in community", "north", "general", "quibnok", false},
		{"base still on in community", "north", "general", "zorblax", true},
		{"community term", "north", "general", "glimmerfax", true},
		{"community term not elsewhere", "south", "general", "glimmerfax", false},
		{"channel inherits community", "north", "memes", "quibnok", false},
		{"channel threshold above slur score", "north", "memes", "zorblax", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := s.Evaluate(rules.Message{Community: tt.community, Channel: tt.channel, Text: tt.text})
			if v.Flagged != tt.want {
				t.Errorf("flagged = %v, want %v (%s)", v.Flagged, tt.want, v)
			}
		})
	}
}

func TestSetChannelWithoutCommunity(t *testing.T) {
	base := mustPack(t, "base.yaml", setBase)
	bad := mustPack(t, "bad.yaml", "pack: bad\nscope: {channel: memes}\n")
	_, err := rules.NewSet([]*rules.Pack{base}, []*rules.Pack{bad})
	if err == nil || !strings.Contains(err.Error(), "bad.yaml") || !strings.Contains(err.Error(), "scope.community") {
		t.Fatalf("err = %v, want it to name bad.yaml and scope.community", err)
	}
}

func TestHolderKeepsOldRulesOnBadReload(t *testing.T) {
	base := mustPack(t, "base.yaml", setBase)
	s, err := rules.NewSet([]*rules.Pack{base}, nil)
	if err != nil {
		t.Fatal(err)
	}
	h := rules.NewHolder(s)
	bad := mustPack(t, "admin.yaml", `
pack: admin
rules:
  - id: admin.re
    category: slur
    rationale: broken on purpose
    regex: "(unclosed"
`)
	err = h.Reload([]*rules.Pack{base}, []*rules.Pack{bad})
	if err == nil || !strings.Contains(err.Error(), "admin.yaml:") || !strings.Contains(err.Error(), "old rules kept") {
		t.Fatalf("Reload err = %v, want file:line and 'old rules kept'", err)
	}
	if !h.Evaluate(rules.Message{Text: "zorblax"}).Flagged {
		t.Fatal("old rules stopped working after a refused reload")
	}
	good := mustPack(t, "admin.yaml", "pack: admin\ndisable: [t.slur.zorblax]\n")
	if err := h.Reload([]*rules.Pack{base}, []*rules.Pack{good}); err != nil {
		t.Fatal(err)
	}
	if h.Evaluate(rules.Message{Text: "zorblax"}).Flagged {
		t.Fatal("valid reload did not take effect")
	}
}

func TestHolderConcurrentReload(t *testing.T) {
	base := mustPack(t, "base.yaml", setBase)
	s, _ := rules.NewSet([]*rules.Pack{base}, nil)
	h := rules.NewHolder(s)
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 200; j++ {
				if !h.Evaluate(rules.Message{Text: "a quibnok here"}).Flagged {
					t.Error("quibnok not flagged during reloads")
					return
				}
			}
		}()
	}
	for j := 0; j < 20; j++ {
		if err := h.Reload([]*rules.Pack{base}, nil); err != nil {
			t.Fatal(err)
		}
	}
	wg.Wait()
}
