import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { call } from '../support/directline.js';
import { startTestApp } from '../support/server.js';

const SECRET = 'stub-direct-line-secret';
const PARTNER = 'https://partner.example';

/** A local stand-in for the Direct Line service's tokens/generate. */
interface StubCall {
  method?: string;
  url?: string;
  authorization?: string;
  body: any;
}
let answer: { status: number; body: string } = { status: 200, body: '' };
const calls: StubCall[] = [];
let stub: Server;
let endpoint: string;
let app: App;

async function readBody(req: IncomingMessage): Promise<string> {
  let text = '';
  for await (const chunk of req) text += chunk;
  return text;
}

beforeAll(async () => {
  stub = createServer(async (req, res) => {
    const text = await readBody(req);
    calls.push({ method: req.method, url: req.url, authorization: req.headers.authorization, body: text ? JSON.parse(text) : undefined });
    res.writeHead(answer.status, { 'content-type': 'application/json' });
    res.end(answer.body);
  });
  await new Promise<void>((resolve) => stub.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(stub.address() as AddressInfo).port}`;
  app = await startTestApp({
    DIRECT_LINE_SECRET: SECRET,
    DIRECT_LINE_ENDPOINT: endpoint,
    ALLOWED_ORIGINS: PARTNER,
    DIRECT_LINE_TOKEN_RATE_LIMIT: '2',
    TRUST_PROXY: 'true',
  });
});

afterAll(async () => {
  await app.drain(1000);
  await new Promise((resolve) => stub.close(resolve));
});

beforeEach(() => {
  calls.length = 0;
  answer = { status: 200, body: JSON.stringify({ conversationId: 'stub-conversation', token: 'stub-token', expires_in: 3600 }) };
});

let client = 0;
/** Each test is its own client (X-Forwarded-For, trusted here), so rate limits do not leak between tests. */
function asNewClient(headers: Record<string, string> = {}): Record<string, string> {
  client += 1;
  return { 'x-forwarded-for': `192.0.2.${client}`, ...headers };
}

describe('POST /api/directline/token with DIRECT_LINE_SECRET (production)', () => {
  it('exchanges the secret for a conversation token with a server-generated user id', async () => {
    const headers = asNewClient();
    const first = await call(app, 'POST', '/api/directline/token', { headers, body: { user: { id: 'mallory' } } });
    expect(first.status).toBe(200);
    expect(first.json).toEqual({ conversationId: 'stub-conversation', token: 'stub-token', expires_in: 3600, domain: `${endpoint}/v3/directline` });
    expect(first.headers.get('cache-control')).toBe('no-store');
    expect(JSON.stringify(first.json)).not.toContain(SECRET);

    const second = await call(app, 'POST', '/api/directline/token', { headers });
    expect(second.status).toBe(200);
    expect(calls).toHaveLength(2);
    for (const c of calls) {
      expect(c.method).toBe('POST');
      expect(c.url).toBe('/v3/directline/tokens/generate');
      expect(c.authorization).toBe(`Bearer ${SECRET}`);
      expect(c.body.user.id).toMatch(/^dl_[A-Za-z0-9_-]{16}$/);
    }
    expect(calls[0]!.body.user.id).not.toBe(calls[1]!.body.user.id);
  });

  it('refuses a page from an origin that is not allowed with 403, without asking the service', async () => {
    const refused = await call(app, 'POST', '/api/directline/token', { headers: asNewClient({ origin: 'https://evil.example' }) });
    expect(refused.status).toBe(403);
    expect(refused.json.error.message).toBeTruthy();
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    expect(calls).toHaveLength(0);
  });

  it('serves an allowed origin with CORS headers, and answers its preflight', async () => {
    const headers = asNewClient({ origin: PARTNER });
    const preflight = await call(app, 'OPTIONS', '/api/directline/token', { headers: { ...headers, 'access-control-request-method': 'POST' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(PARTNER);
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
    const ok = await call(app, 'POST', '/api/directline/token', { headers });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('access-control-allow-origin')).toBe(PARTNER);
  });

  it('rate-limits each client: 429 with Retry-After once its budget is spent, while another client still gets a token', async () => {
    const headers = asNewClient();
    expect((await call(app, 'POST', '/api/directline/token', { headers })).status).toBe(200);
    expect((await call(app, 'POST', '/api/directline/token', { headers })).status).toBe(200);
    const limited = await call(app, 'POST', '/api/directline/token', { headers });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(limited.json.error.message).toMatch(/try again/i);
    expect(calls).toHaveLength(2);
    expect((await call(app, 'POST', '/api/directline/token', { headers: asNewClient() })).status).toBe(200);
  });

  it.each([
    ['the service fails', { status: 500, body: '{"error":{"code":"ServiceError"}}' }],
    ['the service refuses the secret', { status: 403, body: '{"error":{"code":"BadArgument"}}' }],
    ['the service answers something unexpected', { status: 200, body: 'not json' }],
    ['the service answers without a token', { status: 200, body: '{"conversationId":"c"}' }],
  ])('answers 502 with a polite JSON error when %s', async (_label, stubAnswer) => {
    answer = stubAnswer;
    const failed = await call(app, 'POST', '/api/directline/token', { headers: asNewClient() });
    expect(failed.status).toBe(502);
    expect(failed.json.error.message).toMatch(/try again/i);
    expect(JSON.stringify(failed.json)).not.toContain(SECRET);
  });

  it('does not serve the local Direct Line when the service is configured', async () => {
    const local = await call(app, 'POST', '/v3/directline/tokens/generate', { headers: asNewClient() });
    expect(local.status).toBeGreaterThanOrEqual(400);
    expect(local.status).toBeLessThan(500);
  });
});

describe('POST /api/directline/token when the service cannot be reached', () => {
  it('answers 502', async () => {
    // A port nothing listens on: take one from a server that is closed again.
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const unreachable = await startTestApp({ DIRECT_LINE_SECRET: SECRET, DIRECT_LINE_ENDPOINT: `http://127.0.0.1:${port}` });
    try {
      const failed = await call(unreachable, 'POST', '/api/directline/token');
      expect(failed.status).toBe(502);
      expect(failed.json.error.code).toBe('TokenUnavailable');
    } finally {
      await unreachable.drain(1000);
    }
  });
});
