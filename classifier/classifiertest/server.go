// Package classifiertest has a fake OpenAI-compatible chat-completions
// server on loopback, for tests of the classifier and of the commands
// that use it. It answers in the shapes Ollama's and vLLM's
// /v1/chat/completions use (non-streaming), including their error bodies,
// and can be told to answer 429 with Retry-After, 5xx, slowly or with
// malformed content. It imports nothing from trygbot.
package classifiertest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"sort"
	"sync"
	"testing"
	"time"
)

// Flavor is the server whose shapes the fake copies.
type Flavor int

// The flavors.
const (
	// Ollama: "model" echoes the request's model name, usage has three
	// counts, errors are {"error": {"message", "type", "param", "code"}}.
	Ollama Flavor = iota
	// VLLM: "model" echoes the request's (Hugging Face) name, messages
	// carry reasoning_content and tool_calls, choices logprobs and
	// stop_reason, and errors are {"object": "error", "message", "type",
	// "param", "code"}.
	VLLM
)

// Message is one turn of a request.
type Message struct {
	Role    string `json:"role"`
	Content string `json:"content"`
}

// Request is a chat-completions request as the fake received it.
type Request struct {
	Model       string    `json:"model"`
	Messages    []Message `json:"messages"`
	Stream      bool      `json:"stream"`
	Temperature *float64  `json:"temperature"`
	MaxTokens   int       `json:"max_tokens"`
	// Keys are the body's top-level keys, sorted; Header the request's
	// headers.
	Keys   []string    `json:"-"`
	Header http.Header `json:"-"`
}

// User is the content of the request's last user turn.
func (r Request) User() string {
	for i := len(r.Messages) - 1; i >= 0; i-- {
		if r.Messages[i].Role == "user" {
			return r.Messages[i].Content
		}
	}
	return ""
}

// Reply is what the fake answers to one request.
type Reply struct {
	// Content is the assistant's answer (a 200 chat completion).
	Content string
	// NullContent answers a completion whose content is null.
	NullContent bool
	// Status, when not 0 or 200, answers an error with Message in the
	// flavor's error body, and RetryAfter in Retry-After when set.
	Status     int
	Message    string
	RetryAfter string
	// Body, when set, is sent as is with Status (default 200).
	Body string
	// Delay holds the answer back this long, or until the client gives up.
	Delay time.Duration
}

// Server is the fake. Set Answer before the first request.
type Server struct {
	*httptest.Server
	// URL is the base URL the classifier is configured with
	// (http://127.0.0.1:PORT/v1).
	URL string
	// Models are the names the server knows (default: any); another gets
	// 404 with the flavor's "not found" error.
	Models []string

	flavor Flavor
	answer func(Request) Reply

	mu       sync.Mutex
	requests []Request
	inFlight int
	peak     int
}

// New starts a fake server that answers each request with answer, and
// stops it when the test ends.
func New(tb testing.TB, flavor Flavor, answer func(Request) Reply) *Server {
	tb.Helper()
	s := &Server{flavor: flavor, answer: answer}
	s.Server = httptest.NewServer(http.HandlerFunc(s.handle))
	s.URL = s.Server.URL + "/v1"
	tb.Cleanup(s.Close)
	return s
}

// Requests returns the requests received so far, in order.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.requests)
}

// Peak is the most requests the server was answering at once.
func (s *Server) Peak() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.peak
}

func (s *Server) handle(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost || r.URL.Path != "/v1/chat/completions" {
		s.fail(w, http.StatusNotFound, "404 page not found")
		return
	}
	var raw map[string]json.RawMessage
	var req Request
	body := new(bytes.Buffer)
	if _, err := body.ReadFrom(r.Body); err != nil || json.Unmarshal(body.Bytes(), &raw) != nil || json.Unmarshal(body.Bytes(), &req) != nil {
		s.fail(w, http.StatusBadRequest, "invalid request body")
		return
	}
	for k := range raw {
		req.Keys = append(req.Keys, k)
	}
	sort.Strings(req.Keys)
	req.Header = r.Header.Clone()
	s.mu.Lock()
	s.requests = append(s.requests, req)
	s.inFlight++
	s.peak = max(s.peak, s.inFlight)
	s.mu.Unlock()
	defer func() {
		s.mu.Lock()
		s.inFlight--
		s.mu.Unlock()
	}()
	if len(s.Models) > 0 && !slices.Contains(s.Models, req.Model) {
		s.fail(w, http.StatusNotFound, s.notFound(req.Model))
		return
	}
	rep := Reply{Content: "Safety: Safe\nCategories: None"}
	if s.answer != nil {
		rep = s.answer(req)
	}
	if rep.Delay > 0 {
		select {
		case <-time.After(rep.Delay):
		case <-r.Context().Done():
			return
		}
	}
	s.reply(w, req, rep)
}

func (s *Server) reply(w http.ResponseWriter, req Request, rep Reply) {
	if rep.RetryAfter != "" {
		w.Header().Set("Retry-After", rep.RetryAfter)
	}
	switch {
	case rep.Body != "":
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(cmp(rep.Status, http.StatusOK))
		fmt.Fprint(w, rep.Body)
	case rep.Status != 0 && rep.Status != http.StatusOK:
		s.fail(w, rep.Status, rep.Message)
	default:
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(s.completion(req, rep))
	}
}

func cmp(a, b int) int {
	if a != 0 {
		return a
	}
	return b
}

// completion is a non-streaming chat completion in the flavor's shape.
func (s *Server) completion(req Request, rep Reply) map[string]any {
	var content any = rep.Content
	if rep.NullContent {
		content = nil
	}
	prompt := 0
	for _, m := range req.Messages {
		prompt += len(m.Content)/4 + 4
	}
	completion := len(rep.Content)/4 + 1
	usage := map[string]any{"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion}
	msg := map[string]any{"role": "assistant", "content": content}
	choice := map[string]any{"index": 0, "message": msg, "finish_reason": "stop"}
	out := map[string]any{"id": "chatcmpl-1", "object": "chat.completion", "created": 1767225600, "model": req.Model,
		"choices": []any{choice}, "usage": usage}
	switch s.flavor {
	case Ollama:
		out["system_fingerprint"] = "fp_ollama"
	case VLLM:
		msg["reasoning_content"], msg["tool_calls"] = nil, []any{}
		choice["logprobs"], choice["stop_reason"] = nil, nil
		usage["prompt_tokens_details"] = nil
		out["prompt_logprobs"] = nil
	}
	return out
}

// notFound is the flavor's message for an unknown model.
func (s *Server) notFound(model string) string {
	if s.flavor == VLLM {
		return fmt.Sprintf("The model `%s` does not exist.", model)
	}
	return fmt.Sprintf("model %q not found, try pulling it first", model)
}

// fail writes the flavor's error body.
func (s *Server) fail(w http.ResponseWriter, status int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	var body any
	switch s.flavor {
	case VLLM:
		body = map[string]any{"object": "error", "message": msg, "type": http.StatusText(status), "param": nil, "code": status}
	default:
		body = map[string]any{"error": map[string]any{"message": msg, "type": "api_error", "param": nil, "code": nil}}
	}
	json.NewEncoder(w).Encode(body)
}
