package discord_test

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

// fakeDiscord is Discord on loopback: REST on httptest and the gateway on
// a websocket, as discordgo v0.29.0 talks to them (API v9, snowflakes and
// permissions as JSON strings).
type fakeDiscord struct {
	t   *testing.T
	srv *httptest.Server

	mu        sync.Mutex
	reqs      []request
	nextID    int
	limited   map[string]int   // "METHOD path" → how many 429s to answer first
	failing   map[string][]int // "METHOD path" → server errors to answer first, in order
	forbidden map[string]bool
	seq       int64
	events    []gwEvent // every dispatch, for resuming
	conn      *gwConn
	identify  int
	shard     *[2]int // the shard IDENTIFY asked for
	resume    int
	guilds    string // READY's guilds, JSON
	channels  string // GUILD_CREATE's channels, JSON
}

type request struct {
	Method, Path string
	Body         []byte
	ID           string // the id of a message the fake made for it
}

type gwEvent struct {
	seq  int64
	data []byte
}

type gwConn struct {
	mu sync.Mutex
	ws *websocket.Conn
}

func (c *gwConn) write(v any) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.ws.WriteJSON(v)
}

const (
	botID   = "900000000000000001"
	guildID = "100000000000000001"
	modsCh  = "200000000000000001"
	genCh   = "200000000000000002"
)

func newFakeDiscord(t *testing.T) *fakeDiscord {
	t.Helper()
	f := &fakeDiscord{t: t, limited: map[string]int{}, failing: map[string][]int{}, forbidden: map[string]bool{}, nextID: 500}
	f.srv = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(f.close)
	return f
}

// APIBase is what Options.APIBaseURL gets.
func (f *fakeDiscord) APIBase() string { return f.srv.URL + "/api" }

func (f *fakeDiscord) close() {
	f.mu.Lock()
	if f.conn != nil {
		f.conn.ws.Close()
	}
	f.mu.Unlock()
	f.srv.Close()
}

func (f *fakeDiscord) id() string {
	f.nextID++
	return fmt.Sprintf("7000000000000%05d", f.nextID)
}

// requests returns the REST requests so far whose "METHOD path" has prefix.
func (f *fakeDiscord) requests(prefix string) []request {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []request
	for _, r := range f.reqs {
		if strings.HasPrefix(r.Method+" "+r.Path, prefix) {
			out = append(out, r)
		}
	}
	return out
}

func (f *fakeDiscord) serve(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "/ws" || r.URL.Path == "/ws/" {
		f.gateway(w, r)
		return
	}
	body, _ := io.ReadAll(r.Body)
	if r.Header.Get("Authorization") != "Bot test-token" {
		w.WriteHeader(http.StatusUnauthorized)
		io.WriteString(w, `{"message": "401: Unauthorized", "code": 0}`)
		return
	}
	path := strings.TrimPrefix(r.URL.Path, "/api/v9")
	key := r.Method + " " + path
	f.mu.Lock()
	if r.Method == http.MethodGet && path == "/gateway" {
		f.mu.Unlock()
		writeJSON(w, map[string]string{"url": "ws" + strings.TrimPrefix(f.srv.URL, "http") + "/ws"})
		return
	}
	f.reqs = append(f.reqs, request{Method: r.Method, Path: path, Body: body})
	last := &f.reqs[len(f.reqs)-1]
	if f.limited[key] > 0 {
		f.limited[key]--
		f.mu.Unlock()
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusTooManyRequests)
		io.WriteString(w, `{"message": "You are being rate limited.", "retry_after": 0.05, "global": false}`)
		return
	}
	if q := f.failing[key]; len(q) > 0 {
		f.failing[key] = q[1:]
		f.mu.Unlock()
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(q[0])
		fmt.Fprintf(w, `{"message": "%d: %s", "code": 0}`, q[0], http.StatusText(q[0]))
		return
	}
	if f.forbidden[key] {
		f.mu.Unlock()
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusForbidden)
		io.WriteString(w, `{"message": "Missing Permissions", "code": 50013}`)
		return
	}
	id := f.id()
	last.ID = id
	f.mu.Unlock()
	parts := strings.Split(strings.Trim(path, "/"), "/")
	switch {
	case r.Method == http.MethodPut && len(parts) == 5 && parts[0] == "applications" && parts[4] == "commands":
		w.Header().Set("Content-Type", "application/json")
		w.Write(body)
	case len(parts) >= 3 && parts[0] == "channels" && parts[2] == "messages" && r.Method == http.MethodDelete:
		w.WriteHeader(http.StatusNoContent)
	case len(parts) >= 3 && parts[0] == "channels" && parts[2] == "messages":
		mid := id
		if len(parts) == 4 {
			mid = parts[3]
		}
		writeJSON(w, map[string]any{"id": mid, "channel_id": parts[1], "content": "", "timestamp": time.Now().UTC().Format(time.RFC3339),
			"author": map[string]any{"id": botID, "username": "trygbot", "bot": true}, "type": 0})
	case r.Method == http.MethodPost && path == "/users/@me/channels":
		var req struct {
			RecipientID string `json:"recipient_id"`
		}
		json.Unmarshal(body, &req)
		writeJSON(w, map[string]any{"id": "dm-" + req.RecipientID, "type": 1})
	case len(parts) == 4 && parts[0] == "interactions" && parts[3] == "callback":
		w.WriteHeader(http.StatusNoContent)
	case len(parts) >= 3 && parts[0] == "webhooks":
		writeJSON(w, map[string]any{"id": id, "channel_id": modsCh, "content": "", "type": 0,
			"author": map[string]any{"id": botID, "username": "trygbot", "bot": true}})
	default:
		w.WriteHeader(http.StatusNotFound)
		io.WriteString(w, `{"message": "Unknown route", "code": 0}`)
	}
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(v)
}

// gateway speaks the gateway protocol on one websocket: HELLO, then
// IDENTIFY → READY (+ GUILD_CREATE) or RESUME → replay → RESUMED, then
// heartbeat ACKs.
func (f *fakeDiscord) gateway(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("v") != "9" || r.URL.Query().Get("encoding") != "json" {
		http.Error(w, "want ?v=9&encoding=json", http.StatusBadRequest)
		return
	}
	ws, err := (&websocket.Upgrader{}).Upgrade(w, r, nil)
	if err != nil {
		return
	}
	c := &gwConn{ws: ws}
	defer ws.Close()
	if c.write(map[string]any{"op": 10, "d": map[string]any{"heartbeat_interval": 45000}}) != nil {
		return
	}
	var first struct {
		Op int `json:"op"`
		D  struct {
			Token     string  `json:"token"`
			Intents   int     `json:"intents"`
			SessionID string  `json:"session_id"`
			Seq       int64   `json:"seq"`
			Shard     *[2]int `json:"shard"`
		} `json:"d"`
	}
	if ws.ReadJSON(&first) != nil {
		return
	}
	f.mu.Lock()
	switch first.Op {
	case 2:
		if first.D.Token != "Bot test-token" || first.D.Intents != 1|1<<9|1<<15 {
			f.mu.Unlock()
			f.t.Errorf("identify: token ok %v, intents %d", first.D.Token == "Bot test-token", first.D.Intents)
			ws.WriteMessage(websocket.CloseMessage, websocket.FormatCloseMessage(4004, "Authentication failed."))
			return
		}
		f.identify++
		f.shard = first.D.Shard
		f.seq++
		guilds := f.guilds
		if guilds == "" {
			guilds = `[{"id": "` + guildID + `", "unavailable": true}]`
		}
		c.write(map[string]any{"op": 0, "t": "READY", "s": f.seq, "d": json.RawMessage(`{"v": 9, "session_id": "sess-1",
			"resume_gateway_url": "ws://127.0.0.1:1/never", "user": {"id": "` + botID + `", "username": "trygbot", "bot": true},
			"application": {"id": "` + botID + `", "flags": 0}, "guilds": ` + guilds + `}`)})
		f.conn = c
		f.mu.Unlock()
		f.dispatch("GUILD_CREATE", `{"id": "`+guildID+`", "name": "Test guild", "unavailable": false, "member_count": 3,
			"channels": [{"id": "`+genCh+`", "guild_id": "`+guildID+`", "name": "general", "type": 0, "permission_overwrites": []},
			{"id": "`+modsCh+`", "guild_id": "`+guildID+`", "name": "mods", "type": 0, "permission_overwrites": []}],
			"roles": [{"id": "`+guildID+`", "name": "@everyone", "permissions": "1024", "position": 0}], "members": []}`)
	case 6:
		if first.D.SessionID != "sess-1" {
			f.mu.Unlock()
			c.write(map[string]any{"op": 9, "d": false})
			return
		}
		f.resume++
		c.write(map[string]any{"op": 0, "t": "RESUMED", "d": map[string]any{}})
		for _, e := range f.events {
			if e.seq > first.D.Seq {
				c.ws.WriteMessage(websocket.TextMessage, e.data)
			}
		}
		f.conn = c
		f.mu.Unlock()
	default:
		f.mu.Unlock()
		return
	}
	for {
		var m struct {
			Op int `json:"op"`
		}
		if err := ws.ReadJSON(&m); err != nil {
			return
		}
		if m.Op == 1 {
			c.write(map[string]any{"op": 11})
		}
	}
}

// dispatch sends an event (d is JSON) to the connected client, or keeps it
// for the next resume if none is connected.
func (f *fakeDiscord) dispatch(typ, d string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.seq++
	data, err := json.Marshal(map[string]any{"op": 0, "t": typ, "s": f.seq, "d": json.RawMessage(d)})
	if err != nil {
		f.t.Fatalf("dispatch %s: %v", typ, err)
	}
	f.events = append(f.events, gwEvent{seq: f.seq, data: data})
	if f.conn != nil {
		f.conn.mu.Lock()
		f.conn.ws.WriteMessage(websocket.TextMessage, data)
		f.conn.mu.Unlock()
	}
}

// drop cuts the gateway connection without a close frame, as a network
// failure does.
func (f *fakeDiscord) drop() {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.conn != nil {
		f.conn.ws.UnderlyingConn().Close()
		f.conn = nil
	}
}

func (f *fakeDiscord) counts() (identify, resume int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.identify, f.resume
}

// waitFor polls cond for up to 10 s.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second) // generous: CI runs packages in parallel under -race
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// logBuffer collects log output from concurrent handlers.
type logBuffer struct {
	mu  sync.Mutex
	buf strings.Builder
}

func (b *logBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *logBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// lines returns the logged lines that contain every one of parts.
func (b *logBuffer) lines(parts ...string) []string {
	var out []string
next:
	for _, l := range strings.Split(b.String(), "\n") {
		for _, p := range parts {
			if !strings.Contains(l, p) {
				continue next
			}
		}
		out = append(out, l)
	}
	return out
}

// notes returns the plain-text messages (no embeds) posted to channel: the
// adapter's notes to moderators, as opposed to prompts.
func (f *fakeDiscord) notes(channel string) []string {
	var out []string
	for _, r := range f.requests("POST /channels/" + channel + "/messages") {
		var m struct {
			Content string            `json:"content"`
			Embeds  []json.RawMessage `json:"embeds"`
		}
		if json.Unmarshal(r.Body, &m) == nil && len(m.Embeds) == 0 && m.Content != "" {
			out = append(out, m.Content)
		}
	}
	return out
}
