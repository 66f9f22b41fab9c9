package storage

import "context"

// Offer records how a case's prompt ordered the replies it suggested, so
// that template trials can tell which order a volunteer chose from. The
// replies themselves, in that order, are Case.Suggested.
type Offer struct {
	// Seed is the case's own seed: it shuffled the order of the tones
	// (unless Pinned) and picked the template within each tone. The bot
	// derives it from the message's platform ids, so it does not depend on
	// the message's text or severity.
	Seed uint64 `json:"seed"`
	// Tones are the tones of Suggested, in the same order.
	Tones []string `json:"tones,omitempty"`
	// Pinned is the community's pinned tone order when it pinned one
	// (communities[].template_order); empty when the order was random.
	Pinned []string `json:"pinned,omitempty"`
}

// Randomised reports whether the offer order was shuffled rather than
// pinned by the community.
func (o Offer) Randomised() bool { return len(o.Pinned) == 0 }

// CaseFinder finds a case by its idempotency key (CaseKey), so that an
// event about a message (its deletion, say) reaches the message's case.
// Every Store is one.
type CaseFinder interface {
	// CaseByKey returns the case created with that Key. It returns
	// ErrNotFound if there is none (or the key is empty), and ErrClosed
	// after Close. It does not block beyond one read.
	CaseByKey(ctx context.Context, key string) (Case, error)
}
