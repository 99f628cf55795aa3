import { describe, expect, it } from 'vitest';
import { ExpiringMemoryStorage } from '../src/state/expiring-memory-storage.js';

describe('ExpiringMemoryStorage', () => {
  it('reads back what was written, with a fresh eTag', async () => {
    const storage = new ExpiringMemoryStorage({ ttlMs: 60_000, maxItems: 10 });
    await storage.write({ a: { value: 1 } });
    const { a } = await storage.read(['a', 'missing']);
    expect(a).toMatchObject({ value: 1, eTag: expect.any(String) });
  });

  it('rejects a write with a stale eTag', async () => {
    const storage = new ExpiringMemoryStorage({ ttlMs: 60_000, maxItems: 10 });
    await storage.write({ a: { value: 1 } });
    const { a } = await storage.read(['a']);
    await storage.write({ a: { ...a, value: 2 } });
    await expect(storage.write({ a: { ...a, value: 3 } })).rejects.toThrow(/eTag/);
  });

  it('forgets a conversation after the idle time, counted from its last use', async () => {
    let now = 0;
    const storage = new ExpiringMemoryStorage({ ttlMs: 1000, maxItems: 10, clock: { now: () => now } });
    await storage.write({ a: { value: 1 } });
    now = 900;
    expect(await storage.read(['a'])).toHaveProperty('a');
    now = 1800;
    expect(await storage.read(['a'])).toHaveProperty('a');
    now = 2900;
    expect(await storage.read(['a'])).toEqual({});
  });

  it('stays bounded under many conversations', async () => {
    const storage = new ExpiringMemoryStorage({ ttlMs: 60_000, maxItems: 100 });
    for (let i = 0; i < 1000; i += 1) await storage.write({ [`c${i}`]: { i } });
    expect(storage.size).toBe(100);
  });

  it('deletes', async () => {
    const storage = new ExpiringMemoryStorage({ ttlMs: 60_000, maxItems: 10 });
    await storage.write({ a: { value: 1 } });
    await storage.delete(['a']);
    expect(await storage.read(['a'])).toEqual({});
  });
});
