// Package bottest has fakes for testing code around the bot: an adapter
// that records what the bot asked of it.
package bottest

import (
	"context"
	"fmt"
	"sync"

	"github.com/trygbot/trygbot/bot"
	"github.com/trygbot/trygbot/storage"
)

// FakeAdapter is an in-memory platform: it records prompts, prompt
// updates, replies and deletions, and can be told to fail.
type FakeAdapter struct {
	Name string

	mu      sync.Mutex
	next    int
	Prompts []bot.Prompt // every posted prompt, in order
	// Current is the latest version of each posted prompt, by message id.
	Current map[string]bot.Prompt
	Updates int
	Replies []bot.Reply
	Deleted []string
	// FailNext makes the next calls fail with these errors, in order.
	FailNext []error
	// Events are fed to the inbox by Run.
	Events []bot.Event
	// Direct are the private messages sent (bot.Messenger), as
	// "user: text".
	Direct []string
}

var (
	_ bot.Adapter   = (*FakeAdapter)(nil)
	_ bot.Deleter   = (*FakeAdapter)(nil)
	_ bot.Messenger = (*FakeAdapter)(nil)
)

// NewFakeAdapter makes a fake adapter for a platform.
func NewFakeAdapter(platform string) *FakeAdapter {
	return &FakeAdapter{Name: platform, Current: map[string]bot.Prompt{}}
}

// Platform names the fake platform.
func (f *FakeAdapter) Platform() string { return f.Name }

// Run feeds Events to the inbox, then waits for ctx.
func (f *FakeAdapter) Run(ctx context.Context, in bot.Inbox) error {
	for _, ev := range f.Events {
		if err := in.Handle(ctx, ev); err != nil {
			return err
		}
	}
	<-ctx.Done()
	return nil
}

func (f *FakeAdapter) fail() error {
	if len(f.FailNext) == 0 {
		return nil
	}
	err := f.FailNext[0]
	f.FailNext = f.FailNext[1:]
	return err
}

// Prompt records a prompt.
func (f *FakeAdapter) Prompt(_ context.Context, p bot.Prompt) (storage.PromptRef, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.fail(); err != nil {
		return storage.PromptRef{}, err
	}
	f.next++
	id := fmt.Sprintf("m%d", f.next)
	f.Prompts = append(f.Prompts, p)
	f.Current[id] = p
	return storage.PromptRef{Platform: f.Name, ChatID: p.ChatID, MessageID: id}, nil
}

// UpdatePrompt records an edit.
func (f *FakeAdapter) UpdatePrompt(_ context.Context, ref storage.PromptRef, p bot.Prompt) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.fail(); err != nil {
		return err
	}
	if _, ok := f.Current[ref.MessageID]; !ok {
		return fmt.Errorf("fake: no prompt %s", ref.MessageID)
	}
	f.Current[ref.MessageID] = p
	f.Updates++
	return nil
}

// Reply records a reply.
func (f *FakeAdapter) Reply(_ context.Context, r bot.Reply) (string, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.fail(); err != nil {
		return "", err
	}
	f.Replies = append(f.Replies, r)
	f.next++
	return fmt.Sprintf("r%d", f.next), nil
}

// DeleteMessage records a deletion.
func (f *FakeAdapter) DeleteMessage(_ context.Context, chatID, channel, messageID string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.fail(); err != nil {
		return err
	}
	f.Deleted = append(f.Deleted, chatID+"/"+channel+"/"+messageID)
	return nil
}

// DirectMessage records a private message.
func (f *FakeAdapter) DirectMessage(_ context.Context, userID, text string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.fail(); err != nil {
		return err
	}
	f.Direct = append(f.Direct, userID+": "+text)
	return nil
}

// Snapshot returns copies of what was recorded.
func (f *FakeAdapter) Snapshot() (prompts []bot.Prompt, replies []bot.Reply, deleted []string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]bot.Prompt(nil), f.Prompts...), append([]bot.Reply(nil), f.Replies...), append([]string(nil), f.Deleted...)
}

// PromptsTo returns the prompts posted to a chat.
func (f *FakeAdapter) PromptsTo(chat string) []bot.Prompt {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []bot.Prompt
	for _, p := range f.Prompts {
		if p.ChatID == chat {
			out = append(out, p)
		}
	}
	return out
}

// CurrentOf returns the latest version of the prompt posted as message
// id, edits included.
func (f *FakeAdapter) CurrentOf(id string) (bot.Prompt, bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	p, ok := f.Current[id]
	return p, ok
}

// UpdateCount is how many prompt edits were recorded.
func (f *FakeAdapter) UpdateCount() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.Updates
}
