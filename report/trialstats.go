package report

import "math"

// z95 is the standard normal quantile for a two-sided 95% interval.
const z95 = 1.959963984540054

// Interval is an estimate with its 95% confidence interval; all NaN when
// it was not computed (no cases, or too few).
type Interval struct {
	Est float64 `json:"est"`
	Lo  float64 `json:"lo"`
	Hi  float64 `json:"hi"`
}

// noInterval is an Interval that was not computed.
var noInterval = Interval{math.NaN(), math.NaN(), math.NaN()}

// OK reports whether the interval was computed.
func (i Interval) OK() bool { return !math.IsNaN(i.Est) }

// scale multiplies the estimate and its bounds by f (f >= 0).
func (i Interval) scale(f float64) Interval { return Interval{i.Est * f, i.Lo * f, i.Hi * f} }

// Wilson returns the proportion x/n with its Wilson score interval at 95%
// (Wilson 1927): unlike the normal approximation p ± 1.96·√(p(1-p)/n) it
// stays inside [0, 1] and keeps its coverage for small n and for p near 0
// or 1, which is where template trials live. NaN for n = 0.
//
//	centre = (p + z²/2n) / (1 + z²/n)
//	half   = z·√(p(1-p)/n + z²/4n²) / (1 + z²/n)
func Wilson(x, n int) Interval {
	if n <= 0 || x < 0 || x > n {
		return noInterval
	}
	p, nf, z2 := float64(x)/float64(n), float64(n), z95*z95
	den := 1 + z2/nf
	centre := (p + z2/(2*nf)) / den
	half := z95 * math.Sqrt(p*(1-p)/nf+z2/(4*nf*nf)) / den
	return Interval{Est: p, Lo: max(0, centre-half), Hi: min(1, centre+half)}
}

// Newcombe returns the difference of two independent proportions,
// x1/n1 - x2/n2, with Newcombe's hybrid score interval at 95% (Newcombe
// 1998, method 10), built from the two Wilson intervals (l1, u1) and
// (l2, u2):
//
//	lo = d - √((p1-l1)² + (u2-p2)²)
//	hi = d + √((u1-p1)² + (p2-l2)²)
//
// It keeps its coverage for small samples and rates near 0 where the
// Wald interval does not. NaN when either group is empty.
func Newcombe(x1, n1, x2, n2 int) Interval {
	a, b := Wilson(x1, n1), Wilson(x2, n2)
	if !a.OK() || !b.OK() {
		return noInterval
	}
	d := a.Est - b.Est
	return Interval{
		Est: d,
		Lo:  d - math.Sqrt(sq(a.Est-a.Lo)+sq(b.Hi-b.Est)),
		Hi:  d + math.Sqrt(sq(a.Hi-a.Est)+sq(b.Est-b.Lo)),
	}
}

func sq(f float64) float64 { return f * f }
