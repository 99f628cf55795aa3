import type { AddressInfo } from 'node:net';
import type { CloudAdapter } from 'botbuilder';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { createServer } from '../src/server.js';

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = (): void => undefined;
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

/** A stand-in adapter whose turns finish only when the test says so; `started` resolves when one begins. */
function slowAdapter(turn: Promise<void>, started = deferred()): CloudAdapter {
  return {
    process: async (_req: unknown, res: { send: (code: number, body: unknown) => void }) => {
      started.resolve();
      await turn;
      res.send(200, { activities: [] });
    },
  } as unknown as CloudAdapter;
}

async function listen(server: ReturnType<typeof createServer>['server']): Promise<string> {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const message = { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ type: 'message', text: 'hi' }) };

describe('HTTP edge', () => {
  it('says 503 on /healthz and /api/messages until the bot is ready, then 200', async () => {
    let ready = false;
    const { server, drain } = createServer({
      adapter: slowAdapter(Promise.resolve()),
      getBot: () => (ready ? ({ run: async () => undefined } as never) : undefined),
      logger: pino({ level: 'silent' }),
    });
    const url = await listen(server);
    expect((await fetch(`${url}/healthz`)).status).toBe(503);
    const early = await fetch(`${url}/api/messages`, message);
    expect(early.status).toBe(503);
    expect(early.headers.get('retry-after')).toBe('5');
    ready = true;
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    expect((await fetch(`${url}/api/messages`, message)).status).toBe(200);
    await drain(100);
  });

  it('drains: a turn in flight at shutdown still completes, and drain waits for it', async () => {
    const turn = deferred();
    const started = deferred();
    const { server, drain } = createServer({
      adapter: slowAdapter(turn.promise, started),
      getBot: () => ({ run: async () => undefined }) as never,
      logger: pino({ level: 'silent' }),
    });
    const url = await listen(server);
    const inFlight = fetch(`${url}/api/messages`, message);
    await started.promise;
    let drained: boolean | undefined;
    const draining = drain(5000).then((d) => {
      drained = d;
    });
    await new Promise((r) => setTimeout(r, 50));
    expect(drained).toBeUndefined();
    turn.resolve();
    expect((await inFlight).status).toBe(200);
    await draining;
    expect(drained).toBe(true);
  });

  it('drain gives up after its timeout when a turn never finishes', async () => {
    const started = deferred();
    const { server, drain } = createServer({
      adapter: slowAdapter(new Promise(() => undefined), started),
      getBot: () => ({ run: async () => undefined }) as never,
      logger: pino({ level: 'silent' }),
    });
    const url = await listen(server);
    void fetch(`${url}/api/messages`, message).catch(() => undefined);
    await started.promise;
    expect(await drain(100)).toBe(false);
    server.server.closeAllConnections();
  });
});
