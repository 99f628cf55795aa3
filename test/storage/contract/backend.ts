import { afterEach, beforeEach } from 'vitest';
import type { Database } from '../../../src/storage/schema.js';
import type { SqlStore, StoreOptions } from '../../../src/storage/sql-store.js';
import { type ManualClock, manualClock } from '../../support/clock.js';

/** What the contract needs from a backend: empty databases, and a way to open (and re-open) one. */
export interface ContractBackend {
  name: 'sqlite' | 'postgres';
  /** A new, empty database; returns what `open` takes. */
  newLocation(): Promise<string>;
  open(location: string, options?: StoreOptions): Promise<SqlStore>;
}

export interface FreshStore {
  store: SqlStore;
  clock: ManualClock;
  location: string;
}

/** Every test gets its own empty database and a manual clock at 2026-03-02T00:00Z (13:00 in Auckland). */
export function useFreshStore(backend: () => ContractBackend): () => FreshStore {
  let current: FreshStore | undefined;
  beforeEach(async () => {
    const clock = manualClock();
    const location = await backend().newLocation();
    current = { store: await backend().open(location, { clock }), clock, location };
  });
  afterEach(async () => {
    await current?.store.close();
    current = undefined;
  });
  return () => {
    if (!current) throw new Error('no store: useFreshStore works inside tests only');
    return current;
  };
}

/** Rows in a table (optionally of one conversation), read behind the Store's back. */
export async function rowCount(store: SqlStore, table: keyof Database, conversationId?: string): Promise<number> {
  let query = store.db.selectFrom(table as 'turns').select((eb) => eb.fn.countAll<number>().as('n'));
  if (conversationId !== undefined) query = query.where('conversation_id', '=', conversationId);
  return Number((await query.executeTakeFirstOrThrow()).n);
}

export const HOUR = 60 * 60 * 1000;
export const DAY = 24 * HOUR;
