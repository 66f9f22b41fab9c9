package telegram_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// call is one Bot API request the fake received.
type call struct {
	Method    string
	Params    map[string]string
	MessageID int // of the message sent, for sendMessage
}

// fakeAPI is a small Bot API server: it serves queued updates to
// getUpdates as Telegram does (every update at or after the offset, until
// a later offset confirms it), answers the methods the adapter uses like
// Telegram does, records every call and can be told to fail a method
// once.
type fakeAPI struct {
	t     testing.TB
	srv   *httptest.Server
	token string

	mu       sync.Mutex
	calls    []call
	polls    []call            // getUpdates calls, apart: there are many
	updates  []json.RawMessage // not confirmed yet
	nextUpd  int64
	nextMsg  int
	failures map[string][]failure // method -> errors to answer, once each
	migrated map[string]string    // old chat id -> new: calls to old fail with migrate_to_chat_id
	// onPoll, if set before the adapter runs, is called with each
	// getUpdates' offset before it is answered.
	onPoll func(offset int64)
}

const testToken = "123456:TEST-token-do-not-log"

func newFakeAPI(t testing.TB) *fakeAPI {
	f := &fakeAPI{t: t, token: testToken, nextMsg: 1000, failures: map[string][]failure{}, migrated: map[string]string{}}
	f.srv = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(f.srv.Close)
	return f
}

func (f *fakeAPI) URL() string { return f.srv.URL }

// push queues an update and returns the update_id it assigned.
func (f *fakeAPI) push(update map[string]any) int64 {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.nextUpd++
	update["update_id"] = f.nextUpd
	b, err := json.Marshal(update)
	if err != nil {
		f.t.Fatal(err)
	}
	f.updates = append(f.updates, b)
	return f.nextUpd
}

// queued returns the update_ids Telegram still holds: not confirmed.
func (f *fakeAPI) queued() []int64 {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []int64
	for _, u := range f.updates {
		var id struct {
			ID int64 `json:"update_id"`
		}
		_ = json.Unmarshal(u, &id)
		out = append(out, id.ID)
	}
	return out
}

// fail429Once makes the next call of method answer 429 with retry_after.
func (f *fakeAPI) fail429Once(method string, retryAfter int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.failures[method] = append(f.failures[method], failure{429, fmt.Sprintf(
		`{"ok":false,"error_code":429,"description":"Too Many Requests: retry after %d","parameters":{"retry_after":%d}}`, retryAfter, retryAfter)})
}

// failure is an error answer.
type failure struct {
	status int
	body   string
}

// failOnce makes the next call of method answer an error as Telegram does.
func (f *fakeAPI) failOnce(method string, status int, description string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	b, _ := json.Marshal(map[string]any{"ok": false, "error_code": status, "description": description})
	f.failures[method] = append(f.failures[method], failure{status, string(b)})
}

// migrateChat makes calls to chat old fail as Telegram does after a group
// became a supergroup.
func (f *fakeAPI) migrateChat(old, new string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.migrated[old] = new
}

// Calls returns the calls of method, or of every method but getUpdates
// if method is "".
func (f *fakeAPI) Calls(method string) []call {
	f.mu.Lock()
	defer f.mu.Unlock()
	if method == "getUpdates" {
		return append([]call(nil), f.polls...)
	}
	var out []call
	for _, c := range f.calls {
		if method == "" || c.Method == method {
			out = append(out, c)
		}
	}
	return out
}

func (f *fakeAPI) serve(w http.ResponseWriter, r *http.Request) {
	prefix := "/bot" + f.token + "/"
	if r.Method != http.MethodPost || !strings.HasPrefix(r.URL.Path, prefix) {
		http.Error(w, `{"ok":false,"error_code":404,"description":"Not Found"}`, http.StatusNotFound)
		return
	}
	method := strings.TrimPrefix(r.URL.Path, prefix)
	// Telegram takes parameters as multipart or URL-encoded forms.
	params := map[string]string{}
	switch err := r.ParseMultipartForm(1 << 20); {
	case err == nil:
		for k, v := range r.MultipartForm.Value {
			params[k] = v[0]
		}
	case errors.Is(err, http.ErrNotMultipart):
		for k, v := range r.PostForm {
			params[k] = v[0]
		}
	}
	f.mu.Lock()
	if method == "getUpdates" {
		f.polls = append(f.polls, call{Method: method, Params: params})
	} else {
		f.calls = append(f.calls, call{Method: method, Params: params})
	}
	if q := f.failures[method]; len(q) > 0 {
		f.failures[method] = q[1:]
		f.mu.Unlock()
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(q[0].status)
		fmt.Fprint(w, q[0].body)
		return
	}
	if method == "getUpdates" {
		f.mu.Unlock()
		f.getUpdates(w, r, params)
		return
	}
	if to, ok := f.migrated[params["chat_id"]]; ok {
		f.mu.Unlock()
		w.WriteHeader(http.StatusBadRequest)
		fmt.Fprintf(w, `{"ok":false,"error_code":400,"description":"Bad Request: group chat was upgraded to a supergroup chat","parameters":{"migrate_to_chat_id":%s}}`, to)
		return
	}
	var result any = true
	switch method {
	case "getMe":
		result = map[string]any{"id": 123456, "is_bot": true, "first_name": "trygbot", "username": "trygbot", "can_read_all_group_messages": true}
	case "sendMessage":
		f.nextMsg++
		f.calls[len(f.calls)-1].MessageID = f.nextMsg
		chat, _ := strconv.ParseInt(params["chat_id"], 10, 64)
		result = map[string]any{"message_id": f.nextMsg, "date": time.Now().Unix(), "text": params["text"],
			"chat": map[string]any{"id": chat, "type": "supergroup"}}
	case "editMessageText":
		chat, _ := strconv.ParseInt(params["chat_id"], 10, 64)
		id, _ := strconv.Atoi(params["message_id"])
		result = map[string]any{"message_id": id, "date": time.Now().Unix(), "text": params["text"],
			"chat": map[string]any{"id": chat, "type": "supergroup"}}
	}
	f.mu.Unlock()
	writeOK(w, result)
}

// getUpdates drops the queued updates before offset (they are
// confirmed) and serves those at or after it, at most limit (100 by
// default) of them; with none it waits briefly and answers [].
func (f *fakeAPI) getUpdates(w http.ResponseWriter, r *http.Request, params map[string]string) {
	offset, _ := strconv.ParseInt(params["offset"], 10, 64)
	if f.onPoll != nil {
		f.onPoll(offset)
	}
	limit, err := strconv.Atoi(params["limit"])
	if err != nil || limit < 1 || limit > 100 {
		limit = 100
	}
	deadline := time.Now().Add(100 * time.Millisecond)
	for {
		f.mu.Lock()
		out := []json.RawMessage{}
		var kept []json.RawMessage
		for _, u := range f.updates {
			var id struct {
				ID int64 `json:"update_id"`
			}
			_ = json.Unmarshal(u, &id)
			if id.ID < offset {
				continue
			}
			kept = append(kept, u)
			if len(out) < limit {
				out = append(out, u)
			}
		}
		f.updates = kept
		f.mu.Unlock()
		if len(out) > 0 || time.Now().After(deadline) || r.Context().Err() != nil {
			writeOK(w, out)
			return
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// offsets returns the offsets getUpdates was called with, in order.
func (f *fakeAPI) offsets() []int64 {
	var out []int64
	for _, c := range f.Calls("getUpdates") {
		o, _ := strconv.ParseInt(c.Params["offset"], 10, 64)
		out = append(out, o)
	}
	return out
}

func writeOK(w http.ResponseWriter, result any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(map[string]any{"ok": true, "result": result})
}
