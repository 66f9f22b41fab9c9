package classifier_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"

	"github.com/trygbot/trygbot/classifier"
)

func ExampleNew() {
	// A stand-in for Ollama serving Qwen3Guard-Gen on this machine.
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, `{"id":"chatcmpl-1","object":"chat.completion","model":"qwen3guard-gen:0.6b",`+
			`"choices":[{"index":0,"message":{"role":"assistant","content":"Safety: Unsafe\nCategories: Unethical Acts"},"finish_reason":"stop"}],`+
			`"usage":{"prompt_tokens":160,"completion_tokens":9,"total_tokens":169}}`)
	}))
	defer srv.Close()

	c, err := classifier.New(slog.New(slog.DiscardHandler), classifier.Options{
		URL: srv.URL + "/v1", Model: "qwen3guard-gen:0.6b", Format: classifier.FormatQwen3Guard, CacheSize: 1000,
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	v, err := c.Classify(context.Background(), "a message the rules did not flag", "da")
	if err != nil {
		fmt.Println("no second opinion:", err) // the rules verdict stands alone
		return
	}
	fmt.Println(v.Model, v)
	fmt.Println("would open a model-only case:", v.Flags())
	// Output:
	// qwen3guard-gen:0.6b unsafe: Unethical Acts -> generalisation (hate-related, severity at most medium)
	// would open a model-only case: true
}
