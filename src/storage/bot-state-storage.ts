import type { Storage, StoreItems } from 'botbuilder';
import type { KeyValueStore } from './store.js';

/**
 * Bot Framework state (ConversationState, UserState) on the shared store, so several instances see
 * the same state. Keys such as "msteams/conversations/<id>" hold raw channel ids: pass `hashKey`
 * (a salted hash) so they never reach the database. eTags follow MemoryStorage: a write carrying a
 * stale eTag is rejected, "*" or none overwrites.
 */
export class BotStateStorage implements Storage {
  constructor(
    private readonly kv: KeyValueStore,
    private readonly hashKey: (key: string) => string = (key) => key,
  ) {}

  async read(keys: string[]): Promise<StoreItems> {
    const stored = await this.kv.read(keys.map(this.hashKey));
    const items: StoreItems = {};
    for (const key of keys) {
      const item = stored.get(this.hashKey(key));
      if (item) items[key] = { ...(item.value as object), eTag: item.eTag };
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    for (const [key, change] of Object.entries(changes)) {
      const { eTag, ...document } = (change ?? {}) as { eTag?: string };
      await this.kv.write(this.hashKey(key), document, eTag);
    }
  }

  async delete(keys: string[]): Promise<void> {
    await this.kv.delete(keys.map(this.hashKey));
  }
}
