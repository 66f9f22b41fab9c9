package telegram

import (
	"context"
	"sync"

	"golang.org/x/time/rate"
)

// Telegram's sending limits (PLATFORMS.md): about 30 messages a second
// overall and 20 a minute into one group. Pacing to them avoids most 429s;
// the bot still retries the ones that come.
const (
	globalPerSecond = 30
	groupPerMinute  = 20
)

// pacer hands out sends within Telegram's limits.
type pacer struct {
	global *rate.Limiter
	mu     sync.Mutex
	chats  map[int64]*rate.Limiter
}

func newPacer() *pacer {
	return &pacer{global: rate.NewLimiter(globalPerSecond, globalPerSecond), chats: map[int64]*rate.Limiter{}}
}

// wait blocks until a message may go to chat, or ctx is done. Groups
// (negative ids) get their per-minute budget; private chats only the
// global one.
func (p *pacer) wait(ctx context.Context, chat int64) error {
	if chat < 0 {
		p.mu.Lock()
		l, ok := p.chats[chat]
		if !ok {
			if len(p.chats) > 10000 { // forget idle chats now and then
				p.chats = map[int64]*rate.Limiter{}
			}
			l = rate.NewLimiter(rate.Limit(groupPerMinute/60.0), groupPerMinute)
			p.chats[chat] = l
		}
		p.mu.Unlock()
		if err := l.Wait(ctx); err != nil {
			return err
		}
	}
	return p.global.Wait(ctx)
}
