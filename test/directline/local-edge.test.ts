import { connect, type AddressInfo } from 'node:net';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdapter } from '../../src/adapter.js';
import type { App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { directLineChannel } from '../../src/directline/index.js';
import { createServer } from '../../src/server.js';
import { activitiesPath, call, startConversation } from '../support/directline.js';
import { content } from '../support/harness.js';
import { startTestApp } from '../support/server.js';

const PARTNER = 'https://partner.example';

describe('local Direct Line at the edge', () => {
  let app: App;
  beforeAll(async () => {
    app = await startTestApp({ DIRECT_LINE_MAX_CONVERSATIONS: '3', ALLOWED_ORIGINS: PARTNER, DIRECT_LINE_TOKEN_RATE_LIMIT: '10000' });
  });
  afterAll(async () => {
    await app.drain(1000);
  });

  it('keeps memory bounded: beyond DIRECT_LINE_MAX_CONVERSATIONS the least recently used conversation is forgotten', async () => {
    const conversations = [];
    for (let i = 0; i < 4; i += 1) conversations.push(await startConversation(app));
    const statuses = [];
    for (const c of conversations) statuses.push((await call(app, 'GET', activitiesPath(c.conversationId), { token: c.token })).status);
    expect(statuses).toEqual([404, 200, 200, 200]);
  });

  it('refuses pages from other origins (403, no CORS headers) and serves allowed and same-origin pages', async () => {
    const { conversationId, token } = await startConversation(app);
    const evil = await call(app, 'GET', activitiesPath(conversationId), { token, headers: { origin: 'https://evil.example' } });
    expect(evil.status).toBe(403);
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
    expect((await call(app, 'POST', '/v3/directline/tokens/generate', { headers: { origin: 'null' } })).status).toBe(403);

    const partner = await call(app, 'GET', activitiesPath(conversationId), { token, headers: { origin: PARTNER } });
    expect(partner.status).toBe(200);
    expect(partner.headers.get('access-control-allow-origin')).toBe(PARTNER);

    const sameOrigin = await call(app, 'GET', activitiesPath(conversationId), { token, headers: { origin: app.url() } });
    expect(sameOrigin.status).toBe(200);
    expect(sameOrigin.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers CORS preflights for allowed origins only', async () => {
    const ask = (origin: string) =>
      call(app, 'OPTIONS', '/v3/directline/conversations/abc/activities', {
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type, x-ms-bot-agent' },
      });
    const allowed = await ask(PARTNER);
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(PARTNER);
    expect(allowed.headers.get('access-control-allow-headers')).toContain('x-ms-bot-agent');
    expect((await ask('https://evil.example')).status).toBe(403);
  });

  it('takes POSTs without a body and without Content-Length (curl -X POST)', async () => {
    const { hostname, port } = new URL(app.url());
    const raw = await new Promise<string>((resolve, reject) => {
      let answer = '';
      const socket = connect(Number(port), hostname, () => socket.write('POST /v3/directline/tokens/generate HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n'));
      socket.on('data', (chunk) => (answer += chunk));
      socket.on('end', () => resolve(answer));
      socket.on('error', reject);
    });
    expect(raw).toMatch(/^HTTP\/1\.1 200/);
    expect(raw).toContain('"expires_in":1800');
  });

  it('POST /api/directline/token hands out a local token and the local Direct Line path when no DIRECT_LINE_SECRET is set', async () => {
    const { status, json } = await call(app, 'POST', '/api/directline/token');
    expect(status).toBe(200);
    expect(json.domain).toBe('/v3/directline');
    expect(json.expires_in).toBe(1800);
    const started = await call(app, 'POST', '/v3/directline/conversations', { token: json.token });
    expect(started.status).toBe(201);
    expect(started.json.conversationId).toBe(json.conversationId);
  });
});

describe('local Direct Line token budget', () => {
  it('rate-limits tokens/generate per client with 429', async () => {
    const app = await startTestApp({ DIRECT_LINE_TOKEN_RATE_LIMIT: '2' });
    try {
      const statuses = [];
      for (let i = 0; i < 3; i += 1) statuses.push((await call(app, 'POST', '/v3/directline/tokens/generate')).status);
      expect(statuses).toEqual([200, 200, 429]);
      // /api/directline/token draws on the same budget.
      expect((await call(app, 'POST', '/api/directline/token')).status).toBe(429);
    } finally {
      await app.drain(1000);
    }
  });
});

describe('local Direct Line with Bot Framework credentials configured', () => {
  it('still completes a conversation: it authenticates its users with its own tokens', async () => {
    const app = await startTestApp({ MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'not-a-real-password' });
    try {
      const { conversationId, token } = await startConversation(app);
      const posted = await call(app, 'POST', activitiesPath(conversationId), { token, body: { type: 'message', text: 'how do I report foreign interference' } });
      expect(posted.status).toBe(200);
      const { json } = await call(app, 'GET', activitiesPath(conversationId), { token });
      const answer = json.activities.filter((a: any) => a.replyToId === posted.json.id);
      expect(answer.map((a: any) => a.text).join(' ')).toContain('0800 747 224');
      // /api/messages still demands Bot Framework authentication.
      const anonymous = await fetch(`${app.url()}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ type: 'message', text: 'hi', channelId: 'directline', serviceUrl: 'http://127.0.0.1:1', from: { id: 'u' }, recipient: { id: 'b' }, conversation: { id: 'c' } }) });
      expect(anonymous.status).toBe(401);
    } finally {
      await app.drain(1000);
    }
  });
});

describe('local Direct Line before the bot is ready', () => {
  it('issues tokens but answers 503 with Retry-After to starting a conversation', async () => {
    const config = loadConfig({});
    const logger = pino({ level: 'silent' });
    const adapter = createAdapter(config, content, logger);
    const { server, drain } = createServer({ adapter, getBot: () => undefined, logger, channels: [directLineChannel({ config, adapter, logger, idleMs: 60_000 })] });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const generated = await fetch(`${url}/v3/directline/tokens/generate`, { method: 'POST' });
      expect(generated.status).toBe(200);
      const { token } = (await generated.json()) as { token: string };
      const started = await fetch(`${url}/v3/directline/conversations`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
      expect(started.status).toBe(503);
      expect(started.headers.get('retry-after')).toBe('5');
    } finally {
      await drain(100);
    }
  });
});
