import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addStaff, PASSWORD, ReviewClient, type ReviewServer, startReviewServer } from '../support/review.js';
import { label, ROUTES, STATE_CHANGING } from './routes.js';

let server: ReviewServer;

beforeEach(async () => {
  server = await startReviewServer();
  await addStaff(server.store);
  await server.store.transcripts.appendTurns({ id: 'conv-1' }, [{ role: 'user', text: 'hello', language: 'en' }]);
});
afterEach(() => server.close());

describe('every review route needs a session', () => {
  it.each(ROUTES.map((r) => [label(r), r] as const))('%s → 401 without a session', async (_name, route) => {
    const reply = await new ReviewClient(server.url).request(route.method, route.path, route.body);
    expect(reply.status).toBe(401);
    expect(reply.json).toEqual({ error: 'Please log in.' });
    expect(reply.headers.get('cache-control')).toBe('no-store');
  });

  it('401 with a made-up or stale session cookie', async () => {
    const client = new ReviewClient(server.url);
    client.cookie = 'review_session=not-a-session';
    expect((await client.get('/api/review/conversations')).status).toBe(401);
    await client.login('rita', PASSWORD);
    const stale = client.cookie;
    expect((await client.post('/api/review/logout')).status).toBe(204);
    client.cookie = stale;
    expect((await client.get('/api/review/conversations')).status).toBe(401);
  });

  it('nothing was read or changed by the refused requests', async () => {
    for (const route of ROUTES) await new ReviewClient(server.url).request(route.method, route.path, route.body);
    expect(await server.store.review.getConversation('conv-1')).toMatchObject({ tags: [], reviewed: null, notes: [] });
    expect((await server.store.staff.list()).map((a) => a.username)).toEqual(['adam', 'rita']);
    expect((await server.store.audit.list()).items.map((e) => e.action)).toEqual(['staff.create', 'staff.create']);
  });
});

describe('roles', () => {
  it.each(ROUTES.filter((r) => r.admin).map((r) => [label(r), r] as const))('%s → 403 for a reviewer, allowed for an admin', async (_name, route) => {
    const reviewer = new ReviewClient(server.url);
    await reviewer.login('rita', PASSWORD);
    const refused = await reviewer.request(route.method, route.path, route.body);
    expect(refused.status).toBe(403);
    expect(refused.json.error).toMatch(/administrator/);

    const admin = new ReviewClient(server.url);
    await admin.login('adam', PASSWORD);
    expect([200, 201, 204]).toContain((await admin.request(route.method, route.path, route.body)).status);
  });

  it.each(ROUTES.filter((r) => !r.admin && r.path !== '/api/review/logout').map((r) => [label(r), r] as const))('%s is open to a reviewer', async (_name, route) => {
    const reviewer = new ReviewClient(server.url);
    await reviewer.login('rita', PASSWORD);
    expect([200, 201]).toContain((await reviewer.request(route.method, route.path, route.body)).status);
  });
});

describe('CSRF protection on every state-changing route', () => {
  const cases = STATE_CHANGING.map((r) => [label(r), r] as const);

  it.each(cases)('%s: 403 without the token, with a wrong one, or from another origin', async (_name, route) => {
    const admin = new ReviewClient(server.url);
    await admin.login('adam', PASSWORD);
    const token = admin.csrfToken!;
    admin.csrfToken = undefined;
    const missing = await admin.request(route.method, route.path, route.body);
    expect(missing.status).toBe(403);
    expect(missing.json.error).toMatch(/x-csrf-token/);
    admin.csrfToken = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    expect((await admin.request(route.method, route.path, route.body)).status).toBe(403);
    admin.csrfToken = token;
    expect((await admin.request(route.method, route.path, route.body, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await admin.request(route.method, route.path, route.body, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await admin.request(route.method, route.path, route.body, { origin: 'null' })).status).toBe(403);
    // Nothing happened: the conversation, staff and session are as they were.
    expect(await server.store.review.getConversation('conv-1')).toMatchObject({ tags: [], reviewed: null, notes: [] });
    expect((await server.store.staff.list()).map((a) => [a.username, a.disabled])).toEqual([['adam', false], ['rita', false]]);
    expect((await admin.get('/api/review/session')).status).toBe(200);
    // The same request, same-origin with the right token, goes through.
    const ok = await admin.request(route.method, route.path, route.body, { origin: server.url, 'sec-fetch-site': 'same-origin' });
    expect([200, 201, 204]).toContain(ok.status);
  });

  it('the token belongs to the session: another session’s token is refused', async () => {
    const rita = new ReviewClient(server.url);
    const adam = new ReviewClient(server.url);
    await rita.login('rita', PASSWORD);
    await adam.login('adam', PASSWORD);
    rita.csrfToken = adam.csrfToken;
    expect((await rita.post('/api/review/conversations/conv-1/notes', { text: 'x' })).status).toBe(403);
  });

  it('GET /api/review/session gives the token back to a reloaded page', async () => {
    const client = new ReviewClient(server.url);
    const login = await client.login('rita', PASSWORD);
    const session = await client.get('/api/review/session');
    expect(session.json).toMatchObject({ username: 'rita', role: 'reviewer', csrfToken: login.json.csrfToken });
  });
});

describe('the audit log cannot be altered through the API', () => {
  it.each(['POST', 'PUT', 'PATCH', 'DELETE'])('%s /api/review/audit is not a route (405), even for an admin', async (method) => {
    const admin = new ReviewClient(server.url);
    await admin.login('adam', PASSWORD);
    const before = (await server.store.audit.list()).total;
    expect((await admin.request(method as 'POST', '/api/review/audit', {})).status).toBe(405);
    expect((await server.store.audit.list()).total).toBe(before);
  });
});
