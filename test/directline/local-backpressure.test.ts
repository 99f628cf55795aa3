import type { AddressInfo } from 'node:net';
import type { Activity } from 'botbuilder';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import type { BotAdapter } from '../../src/bot-adapter.js';
import { loadConfig } from '../../src/config.js';
import { directLineChannel } from '../../src/directline/index.js';
import { createServer } from '../../src/server.js';

/** The real Direct Line edge over a stand-in adapter whose turns can be held, so that load is deterministic. */
async function edgeWithAdapter(hold: boolean) {
  const releases: (() => void)[] = [];
  const adapter = {
    processInProcess: async (_activity: Partial<Activity>) => {
      if (hold) await new Promise<void>((resolve) => releases.push(resolve));
      return [];
    },
  } as unknown as BotAdapter;
  const config = loadConfig({ DIRECT_LINE_TOKEN_RATE_LIMIT: '10000' });
  const logger = pino({ level: 'silent' });
  const { server, drain } = createServer({
    adapter: adapter as never,
    getBot: () => ({}) as never,
    logger,
    channels: [directLineChannel({ config, adapter, logger, idleMs: 60_000 })],
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const generated = (await (await fetch(`${url}/v3/directline/tokens/generate`, { method: 'POST' })).json()) as { token: string; conversationId: string };
  const auth = { authorization: `Bearer ${generated.token}` };
  const starting = fetch(`${url}/v3/directline/conversations`, { method: 'POST', headers: auth });
  if (hold) {
    while (releases.length === 0) await new Promise((resolve) => setImmediate(resolve));
    releases.shift()!();
  }
  expect((await starting).status).toBe(201);
  const post = () =>
    fetch(`${url}/v3/directline/conversations/${generated.conversationId}/activities`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: 'hi' }),
    });
  return { post, releases, stop: () => drain(1000) };
}

let stop: (() => Promise<boolean>) | undefined;
afterEach(async () => {
  await stop?.();
  stop = undefined;
});

describe('local Direct Line back-pressure', () => {
  it('refuses a fifth waiting turn of one conversation with 429', async () => {
    const edge = await edgeWithAdapter(true);
    stop = edge.stop;
    const posts = Array.from({ length: 5 }, () => edge.post());
    // Nothing is released yet, so the only answer that can come is the refusal.
    expect((await Promise.race(posts)).status).toBe(429);
    let finished = false;
    const all = Promise.all(posts).finally(() => {
      finished = true;
    });
    while (!finished) {
      edge.releases.shift()?.();
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect((await all).map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 429]);
  });

  it('allows 60 activities a minute per conversation, then 429 with Retry-After', async () => {
    const edge = await edgeWithAdapter(false);
    stop = edge.stop;
    for (let i = 0; i < 60; i += 1) expect((await edge.post()).status).toBe(200);
    const limited = await edge.post();
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
