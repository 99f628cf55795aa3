import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { activitiesPath, call } from '../support/directline.js';

const CLIENT_ADDRESS = '203.0.113.77';
const TEXT = 'how do I report foreign interference at my community hall';
const lines: string[] = [];
let app: App;

beforeAll(async () => {
  const config = loadConfig({ MODEL_DIR: inject('modelDir'), TRUST_PROXY: 'true', DIRECT_LINE_TOKEN_RATE_LIMIT: '1' });
  const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(line) });
  app = await startApp({ ...config, port: 0 }, logger, '127.0.0.1');
  await app.ready;
});

afterAll(async () => {
  await app.drain(1000);
});

describe('local Direct Line logs', () => {
  it('carry events and figures, never ids, tokens, message text or client addresses', async () => {
    const headers = { 'x-forwarded-for': CLIENT_ADDRESS };
    const generated = await call(app, 'POST', '/v3/directline/tokens/generate', { headers });
    const { conversationId, token } = generated.json;
    const userId = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()).user;
    await call(app, 'POST', '/v3/directline/conversations', { token, headers });
    const posted = await call(app, 'POST', activitiesPath(conversationId), { token, headers, body: { type: 'message', text: TEXT } });
    expect(posted.status).toBe(200);
    await call(app, 'GET', activitiesPath(conversationId, '0'), { token, headers });
    expect((await call(app, 'POST', '/v3/directline/tokens/generate', { headers })).status).toBe(429);
    expect((await call(app, 'GET', activitiesPath(conversationId), { token: 'forged', headers })).status).toBe(403);

    const log = lines.join('');
    expect(log).toContain('directline_conversation_started');
    for (const secret of [conversationId, userId, token, TEXT, CLIENT_ADDRESS]) expect(log).not.toContain(secret);
  });
});
