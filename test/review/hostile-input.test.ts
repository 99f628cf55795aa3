import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addStaff, PASSWORD, ReviewClient, type ReviewServer, startReviewServer } from '../support/review.js';

let server: ReviewServer;
let adam: ReviewClient;

beforeAll(async () => {
  server = await startReviewServer();
  await addStaff(server.store);
  await server.store.transcripts.appendTurns({ id: 'c1' }, [{ role: 'user', text: 'hi', language: 'en' }]);
  adam = new ReviewClient(server.url);
  await adam.login('adam', PASSWORD);
});
afterAll(() => server.close());

describe('hostile or malformed input gets a 4xx, never a 5xx', () => {
  it.each([
    ['GET', '/api/review/conversations/%E0%A4%A'],
    ['GET', `/api/review/conversations/${'x'.repeat(500)}`],
    ['GET', '/api/review/conversations?page=1e999'],
    ['GET', '/api/review/conversations?from=2026-02-30'],
    ['GET', '/api/review/conversations?from=2026-13-01T00:00:00Z'],
    ['GET', '/api/review/conversations?to=99999-01-01'],
    ['GET', '/api/review/conversations?tag=%00'],
    ['GET', '/api/review/conversations?page=2&page=x'],
    ['GET', '/api/review/audit?pageSize=-1'],
    ['GET', '/api/review/unanswered?language=en&limit=NaN'],
    ['GET', '/api/review/export?format=csv&reviewed=1'],
    ['POST', '/api/review/conversations/c1/tags', { add: 'one' }],
    ['POST', '/api/review/conversations/c1/tags', { add: Array(21).fill('t') }],
    ['POST', '/api/review/conversations/c1/tags', { add: [{ $gt: '' }] }],
    ['POST', '/api/review/conversations/c1/reviewed', 'true'],
    ['POST', '/api/review/conversations/c1/notes', { text: 42 }],
    ['POST', '/api/review/conversations/c1/notes', { text: 'ok', extra: true }],
    ['POST', '/api/review/staff', { username: 'a'.repeat(10_000), role: 'reviewer', password: 'x' }],
    ['POST', '/api/review/staff/%2e%2e/disabled', { disabled: true }],
  ] as const)('%s %s', async (method, path, body?: unknown) => {
    const reply = await adam.request(method, path, body);
    expect(reply.status, reply.text).toBeGreaterThanOrEqual(400);
    expect(reply.status, reply.text).toBeLessThan(500);
    expect(typeof reply.json?.error === 'string' || typeof reply.json?.message === 'string', reply.text).toBe(true);
  });

  it('a JSON body that is not an object, or deeply nested, is 400', async () => {
    const deep = `${'['.repeat(50_000)}${']'.repeat(50_000)}`;
    for (const body of ['null', '"text"', '[]', '{"text": {"text": {}}}', deep]) {
      const res = await fetch(`${server.url}/api/review/conversations/c1/notes`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: adam.cookie!, 'x-csrf-token': adam.csrfToken! },
        body,
      });
      expect(res.status, body.slice(0, 30)).toBe(400);
    }
  });

  it('a ten-thousand-year stats range still answers', async () => {
    expect((await adam.get('/api/review/stats?from=0000-01-01&to=9999-12-31T23:59:59Z')).json.userMessages).toBe(1);
  });
});
