import type { Storage, StoreItems } from 'botbuilder';
import { LRUCache } from 'lru-cache';

/**
 * Bot state kept in memory only, forgotten after `ttlMs` without use, and bounded in size so that
 * many conversations cannot exhaust memory. Optimistic concurrency follows MemoryStorage: a write
 * whose eTag is stale is rejected.
 */
export class ExpiringMemoryStorage implements Storage {
  private readonly items: LRUCache<string, string>;
  private nextTag = 1;

  constructor(options: { ttlMs: number; maxItems: number; clock?: { now(): number } }) {
    this.items = new LRUCache({
      max: options.maxItems,
      ttl: options.ttlMs,
      updateAgeOnGet: true,
      ttlResolution: 0,
      ...(options.clock ? { perf: options.clock } : {}),
    });
  }

  async read(keys: string[]): Promise<StoreItems> {
    const found: StoreItems = {};
    for (const key of keys) {
      const item = this.items.get(key);
      if (item !== undefined) found[key] = JSON.parse(item);
    }
    return found;
  }

  async write(changes: StoreItems): Promise<void> {
    for (const [key, change] of Object.entries(changes)) {
      const current = this.items.get(key);
      const newTag = change?.eTag;
      if (current !== undefined && newTag && newTag !== '*' && JSON.parse(current).eTag !== newTag) {
        throw new Error(`Storage: error writing "${key}" due to eTag conflict.`);
      }
      this.items.set(key, JSON.stringify({ ...change, eTag: String(this.nextTag++) }));
    }
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) this.items.delete(key);
  }

  get size(): number {
    return this.items.size;
  }
}
