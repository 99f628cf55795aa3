import { createHash } from 'node:crypto';
import { ActivityTypes, ConversationState, MemoryStorage, TestAdapter } from 'botbuilder';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BotStateStorage } from '../../src/storage/bot-state-storage.js';
import type { SqlStore } from '../../src/storage/sql-store.js';
import { openSqliteStore } from '../../src/storage/sqlite.js';

let store: SqlStore;
beforeEach(async () => {
  store = await openSqliteStore(':memory:');
});
afterEach(async () => {
  await store.close();
});

const salted = (key: string) => createHash('sha256').update(`test-salt:${key}`).digest('hex');

/** A bot that counts the messages of each conversation in ConversationState. */
function countingBot(storage: BotStateStorage | MemoryStorage) {
  const state = new ConversationState(storage);
  const count = state.createProperty<number>('count');
  return new TestAdapter(async (context) => {
    if (context.activity.type !== ActivityTypes.Message) return;
    const n = (await count.get(context, 0)) + 1;
    await count.set(context, n);
    await state.saveChanges(context);
    await context.sendActivity(String(n));
  });
}

describe('BotStateStorage', () => {
  it('keeps Bot Framework conversation state in the store, under hashed keys only', async () => {
    const adapter = countingBot(new BotStateStorage(store.kv, salted));
    await adapter.send('hi').assertReply('1').send('again').assertReply('2').startTest();
    // A second bot over the same store (another instance) continues the count.
    const other = countingBot(new BotStateStorage(store.kv, salted));
    await other.send('hello').assertReply('3').startTest();

    const keys = (await store.db.selectFrom('bot_state').select('key').execute()).map((r) => r.key);
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatch(/^[0-9a-f]{64}$/);
    const raw = JSON.stringify(await store.db.selectFrom('bot_state').selectAll().execute());
    expect(raw).not.toContain('Convo1');
  });

  it('behaves like MemoryStorage for eTags, reads and deletes', async () => {
    for (const storage of [new MemoryStorage(), new BotStateStorage(store.kv, salted)]) {
      await storage.write({ a: { v: 1 } });
      const read = await storage.read(['a', 'missing']);
      expect(Object.keys(read)).toEqual(['a']);
      expect(read.a).toMatchObject({ v: 1, eTag: expect.any(String) });
      await storage.write({ a: { ...read.a, v: 2 } });
      await expect(storage.write({ a: { ...read.a, v: 3 } })).rejects.toThrow(/eTag conflict/);
      await storage.write({ a: { v: 4, eTag: '*' } });
      expect((await storage.read(['a'])).a).toMatchObject({ v: 4 });
      await storage.delete(['a']);
      expect(await storage.read(['a'])).toEqual({});
    }
  });
});
