// Package localnet says whether a URL's host is on this machine or a
// private network, without resolving it: config refuses to send message
// text to any other host unless told to, and the classifier client checks
// the same before it sends anything. It imports nothing from trygbot.
package localnet

import (
	"fmt"
	"net/netip"
	"net/url"
	"strings"
)

// Scope names where a host is, as Check finds it.
type Scope string

// Scopes of a host.
const (
	Loopback  Scope = "loopback"   // 127.0.0.0/8, ::1, or the name localhost
	Private   Scope = "private"    // RFC 1918 (10/8, 172.16/12, 192.168/16) or RFC 4193 (fc00::/7)
	LinkLocal Scope = "link-local" // 169.254.0.0/16, fe80::/10
	// Remote is any other address, and every host name but localhost:
	// a name is not resolved, because what it resolves to can change
	// after the check.
	Remote Scope = "remote"
)

// Check parses rawURL, which must be an absolute http or https URL with a
// host, and says where its host is. It never contacts or resolves the
// host.
func Check(rawURL string) (host string, scope Scope, err error) {
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return "", "", fmt.Errorf("want an http or https URL, got %q", rawURL)
	}
	host = u.Hostname()
	return host, HostScope(host), nil
}

// HostScope says where host (an IP literal, with or without an IPv6 zone,
// or a name) is. Only the name "localhost" (any case, with or without a
// final dot) counts as loopback; every other name is Remote.
func HostScope(host string) Scope {
	if h := strings.TrimSuffix(strings.ToLower(host), "."); h == "localhost" {
		return Loopback
	}
	addr, err := netip.ParseAddr(host)
	if err != nil {
		return Remote
	}
	addr = addr.Unmap() // ::ffff:10.0.0.1 is 10.0.0.1
	switch {
	case addr.IsLoopback():
		return Loopback
	case addr.IsPrivate():
		return Private
	case addr.IsLinkLocalUnicast():
		return LinkLocal
	}
	return Remote
}
