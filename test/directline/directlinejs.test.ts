import { DirectLine, type Activity } from 'botframework-directlinejs';
import XHR2 from 'xhr2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { startTestApp } from '../support/server.js';

// botframework-directlinejs (rxjs ajax) needs a browser XMLHttpRequest; xhr2 provides one in Node.
(globalThis as { XMLHttpRequest?: unknown }).XMLHttpRequest = XHR2;

let app: App;

beforeAll(async () => {
  app = await startTestApp();
});

afterAll(async () => {
  await app.drain(1000);
});

/** Resolves with the first activity the client receives that matches. */
function next(directLine: DirectLine, match: (a: Activity) => boolean): Promise<Activity> {
  return new Promise((resolve, reject) => {
    const subscription = directLine.activity$.subscribe({
      next: (a) => {
        if (!match(a)) return;
        resolve(a);
        setImmediate(() => subscription.unsubscribe());
      },
      error: reject,
    });
  });
}

describe('botframework-directlinejs against the local Direct Line', () => {
  it('starts a conversation in polling mode, posts a question and receives the answer with 0800 747 224', async () => {
    const generated = (await (await fetch(`${app.url()}/v3/directline/tokens/generate`, { method: 'POST' })).json()) as { token: string };
    const directLine = new DirectLine({
      token: generated.token,
      domain: `${app.url()}/v3/directline`,
      webSocket: false,
      pollingInterval: 200,
      conversationStartProperties: { locale: 'en-NZ' },
      // Node 20 has no WebSocket; polling mode never uses it, but the client looks it up.
      WebSocket: class {} as never,
    });
    try {
      const welcome = await next(directLine, (a) => a.from.role === 'bot');
      expect(welcome.type).toBe('message');

      const question = 'how do I report foreign interference';
      const posted = new Promise<string>((resolve, reject) =>
        directLine
          .postActivity({ type: 'message', from: { id: 'someone-else', role: 'user' }, text: question, channelData: { clientActivityID: 'client-1' } } as Activity)
          .subscribe({ next: resolve, error: reject }),
      );
      const echo = next(directLine, (a) => (a as { channelData?: { clientActivityID?: string } }).channelData?.clientActivityID === 'client-1');
      const id = await posted;
      const answer = await next(directLine, (a) => (a as { replyToId?: string }).replyToId === id && a.type === 'message');

      expect((await echo).id).toBe(id);
      expect((await echo).from.id).toMatch(/^dl_/);
      expect(answer.from.role).toBe('bot');
      expect((answer as { text?: string }).text).toContain('0800 747 224');
    } finally {
      directLine.end();
    }
  });
});
