import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lockDurationMs } from '../../src/review/lockout.js';
import { addStaff, PASSWORD, ReviewClient, type ReviewServer, startReviewServer } from '../support/review.js';

const SECOND = 1000;
const MINUTE = 60 * SECOND;

describe('lockout back-off policy', () => {
  it('locks from the fifth failure: 1 min, doubling per failure, at most an hour', () => {
    expect([0, 1, 2, 3, 4].map(lockDurationMs)).toEqual([0, 0, 0, 0, 0]);
    expect([5, 6, 7, 8].map(lockDurationMs)).toEqual([MINUTE, 2 * MINUTE, 4 * MINUTE, 8 * MINUTE]);
    expect(lockDurationMs(11)).toBe(60 * MINUTE); // 64 min, capped
    expect(lockDurationMs(1000)).toBe(60 * MINUTE);
  });
});

describe('failed logins lock the account (controllable clock)', () => {
  let server: ReviewServer;
  beforeEach(async () => {
    server = await startReviewServer();
    await addStaff(server.store);
  });
  afterEach(() => server.close());

  const attempt = async (password: string) => (await new ReviewClient(server.url).login('rita', password)).status;
  const failTimes = async (n: number) => {
    for (let i = 0; i < n; i += 1) expect(await attempt('not the password')).toBe(401);
  };

  it('four failures do not lock; a success clears the count', async () => {
    await failTimes(4);
    expect(await attempt(PASSWORD)).toBe(200);
    await failTimes(4);
    expect(await attempt(PASSWORD)).toBe(200);
    expect((await server.store.staff.get('rita'))?.failedLogins).toBe(0);
  });

  it('after five failures even the right password is refused for a minute, then works', async () => {
    await failTimes(5);
    expect((await server.store.staff.get('rita'))?.lockedUntil?.getTime()).toBe(server.clock().getTime() + MINUTE);
    expect(await attempt(PASSWORD)).toBe(401);
    server.clock.advance(MINUTE - SECOND);
    expect(await attempt(PASSWORD)).toBe(401);
    server.clock.advance(SECOND);
    expect(await attempt(PASSWORD)).toBe(200);
  });

  it('each further failure doubles the lock; attempts during a lock do not extend it', async () => {
    await failTimes(5);
    server.clock.advance(30 * SECOND);
    await failTimes(3); // during the lock: refused, not counted
    server.clock.advance(30 * SECOND);
    expect((await server.store.staff.get('rita'))?.failedLogins).toBe(5);
    await failTimes(1); // sixth failure: two minutes
    server.clock.advance(2 * MINUTE - SECOND);
    expect(await attempt(PASSWORD)).toBe(401);
    server.clock.advance(SECOND);
    await failTimes(1); // seventh: four minutes
    server.clock.advance(4 * MINUTE - SECOND);
    expect(await attempt(PASSWORD)).toBe(401);
    server.clock.advance(SECOND);
    expect(await attempt(PASSWORD)).toBe(200);
  });

  it('locks are audited; the answer while locked is the same as for a wrong password', async () => {
    await failTimes(5);
    const locked = await new ReviewClient(server.url).login('rita', PASSWORD);
    const wrong = await new ReviewClient(server.url).login('adam', 'not the password');
    expect(locked.json).toEqual(wrong.json);
    const entries = (await server.store.audit.list({ actor: 'rita' })).items;
    expect(entries.map((e) => e.action)).toEqual(['login.locked', ...Array(5).fill('login.failed')]);
    expect(entries[1]?.details).toEqual({ failures: 5, lockedForSeconds: 60 });
  });

  it("one account's lock does not affect another", async () => {
    await failTimes(5);
    expect((await new ReviewClient(server.url).login('adam', PASSWORD)).status).toBe(200);
  });
});
