import { describe, expect, it } from 'vitest';
import { ETagConflictError } from '../../../src/storage/errors.js';
import { HOUR, type ContractBackend, useFreshStore } from './backend.js';

export function keyValueContract(backend: () => ContractBackend): void {
  describe('key-value (bot state)', () => {
    const fresh = useFreshStore(backend);

    it('stores JSON documents with an eTag that changes on every write', async () => {
      const { store } = fresh();
      const document = { dialogStack: [{ id: 'main', state: { step: 2 } }], language: 'zh-Hant', note: '安全 ✓' };
      const tag1 = await store.kv.write('k', document);
      expect(await store.kv.read(['k', 'missing'])).toEqual(new Map([['k', { value: document, eTag: tag1 }]]));
      const tag2 = await store.kv.write('k', { v: 2 }, tag1);
      expect(tag2).not.toBe(tag1);
      expect((await store.kv.read(['k'])).get('k')).toEqual({ value: { v: 2 }, eTag: tag2 });
      expect(await store.kv.read([])).toEqual(new Map());
    });

    it('rejects a write carrying a stale eTag; "*" or no eTag overwrites; a missing item is written', async () => {
      const { store } = fresh();
      const tag1 = await store.kv.write('k', { v: 1 });
      await store.kv.write('k', { v: 2 }, tag1);
      await expect(store.kv.write('k', { v: 3 }, tag1)).rejects.toBeInstanceOf(ETagConflictError);
      expect((await store.kv.read(['k'])).get('k')?.value).toEqual({ v: 2 });
      await store.kv.write('k', { v: 4 }, '*');
      await store.kv.write('k', { v: 5 });
      expect((await store.kv.read(['k'])).get('k')?.value).toEqual({ v: 5 });
      await store.kv.write('new', { v: 1 }, 'some-old-tag');
      expect((await store.kv.read(['new'])).get('new')?.value).toEqual({ v: 1 });
    });

    it('lets exactly one of several concurrent writers with the same eTag win', async () => {
      const { store } = fresh();
      const tag = await store.kv.write('k', { v: 0 });
      const results = await Promise.allSettled([1, 2, 3, 4, 5].map((v) => store.kv.write('k', { v }, tag)));
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      for (const r of results) if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(ETagConflictError);
    });

    it('deletes items, and purges items idle since a cutoff', async () => {
      const { store, clock } = fresh();
      await store.kv.write('a', { v: 1 });
      await store.kv.write('b', { v: 1 });
      clock.advance(2 * HOUR);
      await store.kv.write('c', { v: 1 });
      await store.kv.delete(['a', 'missing']);
      await store.kv.delete([]);
      expect([...(await store.kv.read(['a', 'b', 'c'])).keys()].sort()).toEqual(['b', 'c']);
      expect(await store.kv.purgeIdleSince(new Date(clock().getTime() - HOUR))).toBe(1);
      expect([...(await store.kv.read(['a', 'b', 'c'])).keys()]).toEqual(['c']);
    });
  });
}
