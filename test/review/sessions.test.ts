import { afterEach, describe, expect, it } from 'vitest';
import { addStaff, PASSWORD, ReviewClient, type ReviewServer, startReviewServer } from '../support/review.js';

const MINUTE = 60_000;
let server: ReviewServer;
afterEach(() => server.close());

async function loggedIn(env: Record<string, string> = {}): Promise<ReviewClient> {
  server = await startReviewServer(env);
  await addStaff(server.store);
  const client = new ReviewClient(server.url);
  expect((await client.login('rita', PASSWORD)).status).toBe(200);
  return client;
}

describe('staff sessions (controllable clock)', () => {
  it('end after 30 idle minutes by default; every request restarts the idle timer', async () => {
    const client = await loggedIn();
    server.clock.advance(29 * MINUTE);
    expect((await client.get('/api/review/conversations')).status).toBe(200);
    server.clock.advance(29 * MINUTE);
    const session = await client.get('/api/review/session');
    expect(session.status).toBe(200);
    expect(new Date(session.json.expiresAt).getTime()).toBe(server.clock().getTime() + 30 * MINUTE);
    server.clock.advance(30 * MINUTE);
    expect((await client.get('/api/review/conversations')).status).toBe(401);
    // Ended for good: time going back (or a retry) does not revive it.
    expect((await client.get('/api/review/session')).status).toBe(401);
  });

  it('REVIEW_SESSION_IDLE_MINUTES sets the idle timeout', async () => {
    const client = await loggedIn({ REVIEW_SESSION_IDLE_MINUTES: '10' });
    server.clock.advance(9 * MINUTE);
    expect((await client.get('/api/review/session')).status).toBe(200);
    server.clock.advance(10 * MINUTE);
    expect((await client.get('/api/review/session')).status).toBe(401);
  });

  it('end after REVIEW_SESSION_MAX_HOURS however busy', async () => {
    const client = await loggedIn({ REVIEW_SESSION_MAX_HOURS: '1' });
    for (let minutes = 20; minutes < 60; minutes += 20) {
      server.clock.advance(20 * MINUTE);
      expect((await client.get('/api/review/session')).status, `after ${minutes} min`).toBe(200);
    }
    server.clock.advance(20 * MINUTE);
    expect((await client.get('/api/review/session')).status).toBe(401);
  });
});
