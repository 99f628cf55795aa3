import { randomUUID } from 'node:crypto';
import { type StoreContext, nowMs } from './context.js';
import { ETagConflictError } from './errors.js';
import type { KeyValueItem, KeyValueStore } from './store.js';

export class SqlKeyValueStore implements KeyValueStore {
  constructor(private readonly ctx: StoreContext) {}

  async read(keys: string[]): Promise<Map<string, KeyValueItem>> {
    const found = new Map<string, KeyValueItem>();
    if (keys.length === 0) return found;
    const rows = await this.ctx.db.selectFrom('bot_state').selectAll().where('key', 'in', keys).execute();
    for (const row of rows) found.set(row.key, { value: JSON.parse(row.value), eTag: row.etag });
    return found;
  }

  async write(key: string, value: unknown, expectedETag?: string): Promise<string> {
    const row = { key, value: JSON.stringify(value ?? null), etag: randomUUID(), updated_at: nowMs(this.ctx) };
    if (expectedETag === undefined || expectedETag === '*') {
      await this.ctx.db
        .insertInto('bot_state')
        .values(row)
        .onConflict((oc) => oc.column('key').doUpdateSet({ value: row.value, etag: row.etag, updated_at: row.updated_at }))
        .execute();
      return row.etag;
    }
    // Compare-and-swap: only the holder of the current eTag may replace the item.
    const updated = await this.ctx.db
      .updateTable('bot_state')
      .set({ value: row.value, etag: row.etag, updated_at: row.updated_at })
      .where('key', '=', key)
      .where('etag', '=', expectedETag)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) > 0) return row.etag;
    const inserted = await this.ctx.db
      .insertInto('bot_state')
      .values(row)
      .onConflict((oc) => oc.column('key').doNothing())
      .returning('key')
      .executeTakeFirst();
    if (inserted) return row.etag;
    throw new ETagConflictError('Storage: error writing an item due to eTag conflict.');
  }

  async delete(keys: string[]): Promise<void> {
    if (keys.length === 0) return;
    await this.ctx.db.deleteFrom('bot_state').where('key', 'in', keys).execute();
  }

  async purgeIdleSince(cutoff: Date): Promise<number> {
    const result = await this.ctx.db.deleteFrom('bot_state').where('updated_at', '<', cutoff.getTime()).executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
