package localnet

import "testing"

func TestCheck(t *testing.T) {
	tests := []struct {
		url   string
		host  string
		scope Scope
	}{
		{"http://127.0.0.1:11434/v1", "127.0.0.1", Loopback},
		{"http://127.8.9.10/v1", "127.8.9.10", Loopback},
		{"http://[::1]:8080/v1", "::1", Loopback},
		{"http://localhost:11434/v1", "localhost", Loopback},
		{"http://LOCALHOST./v1", "LOCALHOST.", Loopback},
		{"http://10.1.2.3/v1", "10.1.2.3", Private},
		{"http://172.16.0.1/v1", "172.16.0.1", Private},
		{"http://172.31.255.255/v1", "172.31.255.255", Private},
		{"https://192.168.1.20:8000/v1", "192.168.1.20", Private},
		{"http://[fd12:3456:789a::1]:8000/v1", "fd12:3456:789a::1", Private},
		{"http://[::ffff:10.0.0.7]/v1", "::ffff:10.0.0.7", Private},
		{"http://169.254.10.1/v1", "169.254.10.1", LinkLocal},
		{"http://[fe80::1%25eth0]:8000/v1", "fe80::1%eth0", LinkLocal},
		{"http://172.32.0.1/v1", "172.32.0.1", Remote},
		{"http://192.169.0.1/v1", "192.169.0.1", Remote},
		{"http://8.8.8.8/v1", "8.8.8.8", Remote},
		{"http://100.64.0.1/v1", "100.64.0.1", Remote}, // carrier-grade NAT is not RFC 1918
		{"http://0.0.0.0:8000/v1", "0.0.0.0", Remote},
		{"http://[2001:db8::1]/v1", "2001:db8::1", Remote},
		{"https://api.example.org/v1", "api.example.org", Remote},
		{"http://gpu-box/v1", "gpu-box", Remote}, // a name is not resolved
		{"http://localhost.example.org/v1", "localhost.example.org", Remote},
		{"http://127.0.0.1.nip.io/v1", "127.0.0.1.nip.io", Remote},
	}
	for _, tc := range tests {
		host, scope, err := Check(tc.url)
		if err != nil || host != tc.host || scope != tc.scope {
			t.Errorf("Check(%q) = %q, %q, %v; want %q, %q", tc.url, host, scope, err, tc.host, tc.scope)
		}
	}
}

func TestCheckRefusesWhatIsNoURL(t *testing.T) {
	for _, raw := range []string{"", "127.0.0.1:11434", "ftp://127.0.0.1/v1", "http:///v1", "://x", "unix:///run/ollama.sock"} {
		if _, _, err := Check(raw); err == nil {
			t.Errorf("Check(%q): no error", raw)
		}
	}
}
