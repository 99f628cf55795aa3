import { ActivityTypes, type TurnContext } from 'botbuilder';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { createAdapter } from '../src/adapter.js';
import { loadConfig } from '../src/config.js';
import { content } from './support/harness.js';

/** Runs one turn through the real CloudAdapter with plain request/response objects. */
async function processTurn(logic: (context: TurnContext) => Promise<void>, deliveryMode = 'expectReplies') {
  const adapter = createAdapter(loadConfig({}), content, pino({ level: 'silent' }));
  let status = 0;
  let body: any;
  const res = {
    status: (code: number) => {
      status = code;
    },
    send: (b: unknown) => {
      body = b;
    },
    end: () => undefined,
    header: () => undefined,
  };
  const req = {
    body: {
      type: 'message',
      text: 'hi',
      channelId: 'emulator',
      serviceUrl: 'http://127.0.0.1:1',
      deliveryMode,
      from: { id: 'u' },
      recipient: { id: 'b' },
      conversation: { id: 'c' },
    },
    headers: {},
    method: 'POST',
  };
  await adapter.process(req as never, res as never, logic);
  return { status, body };
}

describe('Bot Framework edge', () => {
  it('expectReplies responses contain no trace activities', async () => {
    const { status, body } = await processTurn(async (context) => {
      await context.sendTraceActivity('debug', { internal: true });
      await context.sendActivity('visible');
    });
    expect(status).toBe(200);
    expect(body.activities.map((a: any) => a.type)).toEqual([ActivityTypes.Message]);
  });

  it('a failing turn gets a polite reply with 111, not a 5xx', async () => {
    const { status, body } = await processTurn(async () => {
      throw new Error('boom');
    });
    expect(status).toBe(200);
    expect(body.activities[0].text).toBe(content.t('en', 'errors.generic'));
    expect(body.activities[0].text).toContain('111');
  });
});
