import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/storage/open-store.js';
import { openPostgresStore } from '../../src/storage/postgres.js';
import type { SqlStore } from '../../src/storage/sql-store.js';
import { type ThrowawayPostgres, startThrowawayPostgres } from '../support/postgres.js';
import { storeContract } from './store.contract.js';

let cluster: ThrowawayPostgres | undefined;
beforeAll(async () => {
  cluster = await startThrowawayPostgres();
});
afterAll(async () => {
  await cluster?.stop();
});
const newDatabase = () => {
  if (!cluster) throw new Error('the throwaway PostgreSQL cluster did not start');
  return cluster.createDatabase();
};

storeContract('PostgreSQL', () => ({
  name: 'postgres',
  newLocation: newDatabase,
  open: (location, options) => openPostgresStore(location, { ...options, maxConnections: 4 }),
}));

describe('PostgreSQL backend', () => {
  it('fails with a clear message, instead of skipping, when the PostgreSQL binaries are missing', async () => {
    await expect(startThrowawayPostgres('/nonexistent/postgresql/bin')).rejects.toThrow(
      /PostgreSQL 15 server binaries not found in \/nonexistent\/postgresql\/bin.*apt-get install -y postgresql-15/,
    );
  });

  it('is chosen when DATABASE_URL is set', async () => {
    const store = (await openStore({ dataDir: '/nonexistent', databaseUrl: await newDatabase() })) as SqlStore;
    try {
      expect(store.backend).toBe('postgres');
      expect((await store.staff.list())).toEqual([]);
    } finally {
      await store.close();
    }
  });

  it('migrates once when several instances start together', async () => {
    const url = await newDatabase();
    const stores = await Promise.all([1, 2, 3].map(() => openPostgresStore(url, { maxConnections: 2 })));
    try {
      const recorded = await stores[0]!.db.selectFrom('schema_migrations' as never).select('name' as never).execute();
      expect(recorded).toEqual([{ name: '0001_initial' }]);
    } finally {
      await Promise.all(stores.map((s) => s.close()));
    }
  });

  it('rejects TRUNCATE of the audit log too', async () => {
    const store = await openPostgresStore(await newDatabase());
    try {
      await store.audit.append({ actor: 'ana', action: 'export' });
      await expect(sql`TRUNCATE audit_log`.execute(store.db)).rejects.toThrow(/append-only/);
      expect((await store.audit.list()).total).toBe(1);
    } finally {
      await store.close();
    }
  });
});
