package rules

import (
	"errors"
	"fmt"
	"sort"
	"sync/atomic"
)

// Set holds one engine per scope: the base engine, and one for every
// community and channel that an override pack names. It picks the engine
// for each message. A Set is immutable; Holder swaps whole sets.
type Set struct {
	base   *Engine
	scoped map[Scope]*Engine
}

// NewSet compiles base packs, then every override pack in order: overrides
// without a scope apply everywhere, a community's apply to all its
// channels, and a channel's on top of its community's. All problems in all
// packs are reported together.
func NewSet(base []*Pack, overrides []*Pack) (*Set, error) {
	var global []*Pack
	byCommunity := map[string][]*Pack{}
	byChannel := map[Scope][]*Pack{}
	var errs []error
	for _, p := range overrides {
		switch {
		case p.Scope.Channel != "" && p.Scope.Community == "":
			errs = append(errs, &PackError{File: p.File, Msg: "scope names a channel without its community: add scope.community"})
		case p.Scope.Channel != "":
			byChannel[p.Scope] = append(byChannel[p.Scope], p)
		case p.Scope.Community != "":
			byCommunity[p.Scope.Community] = append(byCommunity[p.Scope.Community], p)
		default:
			global = append(global, p)
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	all := append(append([]*Pack{}, base...), global...)
	s := &Set{scoped: map[Scope]*Engine{}}
	var err error
	if s.base, err = Compile(all...); err != nil {
		return nil, err
	}
	communities := make([]string, 0, len(byCommunity))
	for c := range byCommunity {
		communities = append(communities, c)
	}
	for sc := range byChannel {
		if _, ok := byCommunity[sc.Community]; !ok {
			communities = append(communities, sc.Community)
		}
	}
	sort.Strings(communities)
	for _, c := range communities {
		packs := append(append([]*Pack{}, all...), byCommunity[c]...)
		e, err := Compile(packs...)
		if err != nil {
			errs = append(errs, fmt.Errorf("community %s: %w", c, err))
			continue
		}
		s.scoped[Scope{Community: c}] = e
		for sc, ps := range byChannel {
			if sc.Community != c {
				continue
			}
			e, err := Compile(append(append([]*Pack{}, packs...), ps...)...)
			if err != nil {
				errs = append(errs, fmt.Errorf("community %s channel %s: %w", c, sc.Channel, err))
				continue
			}
			s.scoped[sc] = e
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return s, nil
}

// Engine returns the engine for a community's channel, falling back to the
// community's and then the base engine.
func (s *Set) Engine(community, channel string) *Engine {
	if e, ok := s.scoped[Scope{community, channel}]; ok {
		return e
	}
	if e, ok := s.scoped[Scope{Community: community}]; ok {
		return e
	}
	return s.base
}

// Evaluate evaluates m with the engine for its community and channel.
func (s *Set) Evaluate(m Message) Verdict { return s.Engine(m.Community, m.Channel).Evaluate(m) }

// Holder holds the live Set. Load swaps in a new one only when every pack
// compiled; on error the old rules keep running.
type Holder struct {
	cur atomic.Pointer[Set]
}

// NewHolder starts with s.
func NewHolder(s *Set) *Holder {
	h := &Holder{}
	h.cur.Store(s)
	return h
}

// Set returns the live set.
func (h *Holder) Set() *Set { return h.cur.Load() }

// Evaluate evaluates with the live set.
func (h *Holder) Evaluate(m Message) Verdict { return h.cur.Load().Evaluate(m) }

// Reload compiles base and overrides and, if that succeeds, makes them
// live. On error the running set is unchanged and the error names every
// problem with file and line.
func (h *Holder) Reload(base, overrides []*Pack) error {
	s, err := NewSet(base, overrides)
	if err != nil {
		return fmt.Errorf("rules: reload refused, old rules kept: %w", err)
	}
	h.cur.Store(s)
	return nil
}
