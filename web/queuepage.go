package web

import (
	"net/url"
	"strconv"
	"unicode/utf8"
)

// The queue shows queuePageSize cases a page, each case's text cut to
// queueTextRunes characters: one long message or a busy night cannot make
// the page heavy. The case page shows the whole text.
const (
	queuePageSize  = 50
	queueTextRunes = 400
)

// pageQueue keeps d's page of its sorted cases (the last page if d.Page
// is beyond it), fills in what the page shows of them, and links the
// pages before and after with the filters of q.
func (s *server) pageQueue(d *queueData, q url.Values) {
	d.Pages = max(1, (len(d.Cases)+queuePageSize-1)/queuePageSize)
	d.Page = min(d.Page, d.Pages)
	from := (d.Page - 1) * queuePageSize
	to := min(from+queuePageSize, len(d.Cases))
	d.Cases = d.Cases[from:to]
	d.First, d.Last = from+1, to
	for i := range d.Cases {
		row := &d.Cases[i]
		row.Community = s.communityName(row.C.Community)
		row.Masked, row.Cut = cutRunes(masked(row.C), queueTextRunes)
		row.Created = s.when(row.C.CreatedAt)
	}
	link := func(page int) string {
		v := url.Values{}
		for _, k := range []string{"community", "category", "state", "source"} {
			if q.Get(k) != "" {
				v.Set(k, q.Get(k))
			}
		}
		v.Set("page", strconv.Itoa(page))
		return "/?" + v.Encode()
	}
	if d.Page > 1 {
		d.PrevURL = link(d.Page - 1)
	}
	if d.Page < d.Pages {
		d.NextURL = link(d.Page + 1)
	}
}

// cutRunes returns the first n characters of s, and whether s was
// longer. Cut after masking, a hidden word stays hidden.
func cutRunes(s string, n int) (string, bool) {
	if utf8.RuneCountInString(s) <= n {
		return s, false
	}
	i := 0
	for range n {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i], true
}
