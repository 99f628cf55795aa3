import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DAY_MS, purgeExpired, scheduleRetention } from '../../src/storage/retention.js';
import type { SqlStore } from '../../src/storage/sql-store.js';
import { openSqliteStore } from '../../src/storage/sqlite.js';
import { type ManualClock, manualClock } from '../support/clock.js';

let store: SqlStore;
let clock: ManualClock;

beforeEach(async () => {
  clock = manualClock('2026-03-02T00:00:00.000Z');
  store = await openSqliteStore(':memory:', { clock });
});
afterEach(async () => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  await store.close();
});

const conversationIds = async () => (await store.review.listConversations()).items.map((c) => c.id).sort();
const talk = (id: string) => store.transcripts.appendTurns({ id }, [{ role: 'user', text: 'hello' }]);

describe('retention', () => {
  it('purges conversations idle for more than RETENTION_DAYS, and expired staff sessions', async () => {
    await talk('idle-91-days');
    clock.advance(2 * DAY_MS);
    await talk('idle-89-days');
    await store.staff.create({ username: 'ana', role: 'reviewer', passwordHash: 'h' });
    await store.sessions.create({ idHash: 's', username: 'ana', csrfToken: 't', expiresAt: new Date(clock().getTime() + DAY_MS) });
    clock.advance(89 * DAY_MS);
    await talk('active-today');

    expect(await purgeExpired(store, 90, clock)).toEqual({ conversations: 1, sessions: 1 });
    expect(await conversationIds()).toEqual(['active-today', 'idle-89-days']);
    clock.advance(DAY_MS + 1);
    expect(await purgeExpired(store, 90, clock)).toEqual({ conversations: 1, sessions: 0 });
    expect(await conversationIds()).toEqual(['active-today']);
  });

  it('purges at start and then every day until stopped', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const info = vi.fn();
    const purge = vi.spyOn(store.transcripts, 'purgeInactiveSince');
    await talk('old');
    clock.advance(100 * DAY_MS);
    await talk('recent');

    const schedule = scheduleRetention({ store, retentionDays: 90, clock, logger: { info, error: vi.fn() } });
    await schedule.firstRun;
    expect(await conversationIds()).toEqual(['recent']);
    expect(info).toHaveBeenCalledWith({ event: 'retention.purged', conversations: 1, sessions: 0, retentionDays: 90 });

    clock.advance(91 * DAY_MS);
    vi.advanceTimersByTime(DAY_MS - 1);
    expect(purge).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(purge).toHaveBeenCalledTimes(2);
    await vi.waitFor(() => expect(info).toHaveBeenCalledTimes(2));
    expect(await conversationIds()).toEqual([]);

    schedule.stop();
    vi.advanceTimersByTime(10 * DAY_MS);
    expect(purge).toHaveBeenCalledTimes(2);
  });

  it('logs a failed run without its details reaching users, and still runs the next day', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const error = vi.fn();
    const info = vi.fn();
    vi.spyOn(store.transcripts, 'purgeInactiveSince').mockRejectedValueOnce(new Error('database is locked'));
    const schedule = scheduleRetention({ store, retentionDays: 90, clock, logger: { info, error } });
    await schedule.firstRun;
    expect(error).toHaveBeenCalledWith({ event: 'retention.failed', error: 'database is locked' });
    vi.advanceTimersByTime(DAY_MS);
    await vi.waitFor(() => expect(info).toHaveBeenCalledWith(expect.objectContaining({ event: 'retention.purged' })));
    schedule.stop();
  });

  it('never keeps the process alive: its timer is unref\'d', async () => {
    const setIntervalSpy = vi.spyOn(globalThis, 'setInterval');
    const schedule = scheduleRetention({ store, retentionDays: 90, clock });
    await schedule.firstRun;
    const timer = setIntervalSpy.mock.results[0]?.value as NodeJS.Timeout;
    expect(timer.hasRef()).toBe(false);
    schedule.stop();
  });
});
