import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sessionIdHash } from '../../src/review/staff-sessions.js';
import type { SqlStore } from '../../src/storage/sql-store.js';
import { addStaff, PASSWORD, ReviewClient, type ReviewServer, startReviewServer } from '../support/review.js';

let server: ReviewServer;

beforeEach(async () => {
  server = await startReviewServer();
  await addStaff(server.store);
});
afterEach(() => server.close());

const REFUSED = 'Wrong username or password, or too many attempts. Wait a few minutes and try again.';

describe('POST /api/review/login', () => {
  it('logs in: an HttpOnly, SameSite=Strict session cookie, the CSRF token, and only a hash of the session id stored', async () => {
    const client = new ReviewClient(server.url);
    const reply = await client.login('Rita', PASSWORD);
    expect(reply.status).toBe(200);
    expect(reply.json).toMatchObject({ username: 'rita', role: 'reviewer', csrfToken: expect.stringMatching(/^[\w-]{40,}$/) });
    const cookie = reply.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^review_session=[\w-]{40,}; Path=\/; HttpOnly; SameSite=Strict$/);
    expect(cookie).not.toMatch(/Secure|Max-Age|Expires|Domain/i);

    const value = client.cookie!.split('=')[1]!;
    const rows = await (server.store as SqlStore).db.selectFrom('staff_sessions').select(['id_hash', 'csrf_token']).execute();
    expect(rows).toEqual([{ id_hash: sessionIdHash(value), csrf_token: reply.json.csrfToken }]);
    expect(JSON.stringify(rows)).not.toContain(value);
    expect((await client.get('/api/review/session')).json).toMatchObject({ username: 'rita', role: 'reviewer' });
    expect((await server.store.audit.list({ action: 'login' })).items).toMatchObject([{ actor: 'rita' }]);
  });

  it('marks the cookie Secure with the __Host- prefix behind HTTPS (X-Forwarded-Proto), and always with REVIEW_COOKIE_SECURE=always', async () => {
    const client = new ReviewClient(server.url);
    const proxied = await client.request('POST', '/api/review/login', { username: 'rita', password: PASSWORD }, { 'x-forwarded-proto': 'https' });
    expect(proxied.headers.get('set-cookie')).toMatch(/^__Host-review_session=[\w-]+; Path=\/; HttpOnly; Secure; SameSite=Strict$/);
    // The __Host- cookie is read back.
    expect((await client.get('/api/review/session')).status).toBe(200);

    const strict = await startReviewServer({ REVIEW_COOKIE_SECURE: 'always' });
    try {
      await addStaff(strict.store);
      const reply = await new ReviewClient(strict.url).login('rita', PASSWORD);
      expect(reply.headers.get('set-cookie')).toMatch(/^__Host-review_session=.*; Secure; SameSite=Strict$/);
    } finally {
      await strict.close();
    }
  });

  it('gives the same answer for a wrong password, an unknown user and a disabled account', async () => {
    await server.store.staff.setDisabled('adam', true);
    const replies = [
      await new ReviewClient(server.url).login('rita', 'wrong password here'),
      await new ReviewClient(server.url).login('nobody', PASSWORD),
      await new ReviewClient(server.url).login('adam', PASSWORD),
    ];
    for (const reply of replies) {
      expect(reply.status).toBe(401);
      expect(reply.json).toEqual({ error: REFUSED });
      expect(reply.headers.get('set-cookie')).toBeNull();
    }
    const audit = (await server.store.audit.list()).items.map((e) => [e.actor, e.action]);
    expect(audit).toContainEqual(['rita', 'login.failed']);
    expect(audit).toContainEqual(['adam', 'login.disabled']);
    // An unknown username leaves no trace: no account, no audit entry under it.
    expect(audit.filter(([actor]) => actor === 'nobody')).toEqual([]);
    expect(await server.store.staff.get('nobody')).toBeUndefined();
  });

  it.each([
    ['no password', { username: 'rita' }, 400, /password: is required/],
    ['a number as username', { username: 42, password: PASSWORD }, 400, /username/],
    ['an array', [1, 2], 400, /expected object/],
  ])('refuses %s with 400', async (_name, body, status, message) => {
    const reply = await new ReviewClient(server.url).request('POST', '/api/review/login', body);
    expect(reply.status).toBe(status);
    expect(reply.json.error).toMatch(message);
  });

  it('refuses malformed JSON (400), other media types (415), huge bodies (413) and other origins (403)', async () => {
    const post = (headers: Record<string, string>, body: string) => fetch(`${server.url}/api/review/login`, { method: 'POST', headers, body });
    expect((await post({ 'content-type': 'application/json' }, '{"username":')).status).toBe(400);
    expect((await post({ 'content-type': 'text/plain' }, 'rita')).status).toBe(415);
    expect((await post({ 'content-type': 'application/x-www-form-urlencoded' }, `username=rita&password=${PASSWORD}`)).status).toBe(415);
    expect((await post({ 'content-type': 'application/json' }, JSON.stringify({ username: 'rita', password: 'x'.repeat(300_000) }))).status).toBe(413);
    const body = JSON.stringify({ username: 'rita', password: PASSWORD });
    expect((await post({ 'content-type': 'application/json', origin: 'https://evil.example' }, body)).status).toBe(403);
    expect((await post({ 'content-type': 'application/json', 'sec-fetch-site': 'cross-site' }, body)).status).toBe(403);
    expect((await post({ 'content-type': 'application/json', origin: server.url, 'sec-fetch-site': 'same-origin' }, body)).status).toBe(200);
  });

  it('a long password is refused without hashing megabytes, with the usual answer', async () => {
    const reply = await new ReviewClient(server.url).login('rita', 'x'.repeat(1000));
    expect(reply.status).toBe(401);
    expect(reply.json).toEqual({ error: REFUSED });
  });
});

describe('logout and account changes end sessions', () => {
  it('logout ends the session on the server and clears the cookie', async () => {
    const client = new ReviewClient(server.url);
    await client.login('rita', PASSWORD);
    const stale = client.cookie;
    const reply = await client.post('/api/review/logout');
    expect(reply.status).toBe(204);
    expect(reply.headers.get('set-cookie')).toMatch(/^review_session=; Max-Age=0; Path=\/; HttpOnly; SameSite=Strict$/);
    client.cookie = stale;
    expect((await client.get('/api/review/session')).status).toBe(401);
  });

  it('disabling an account logs it out at once; a role change applies to the next request', async () => {
    const rita = new ReviewClient(server.url);
    await rita.login('rita', PASSWORD);
    expect((await rita.get('/api/review/audit')).status).toBe(403);
    await server.store.staff.setRole('rita', 'admin');
    expect((await rita.get('/api/review/audit')).status).toBe(200);

    const adam = new ReviewClient(server.url);
    await adam.login('adam', PASSWORD);
    expect((await adam.post('/api/review/staff/rita/disabled', { disabled: true })).status).toBe(200);
    expect((await rita.get('/api/review/session')).status).toBe(401);
    expect((await new ReviewClient(server.url).login('rita', PASSWORD)).status).toBe(401);
  });

  it('logging in again replaces the session the browser had', async () => {
    const client = new ReviewClient(server.url);
    await client.login('rita', PASSWORD);
    const first = client.cookie;
    await client.login('rita', PASSWORD);
    const holder = new ReviewClient(server.url);
    holder.cookie = first;
    expect((await holder.get('/api/review/session')).status).toBe(401);
    expect((await client.get('/api/review/session')).status).toBe(200);
  });
});
