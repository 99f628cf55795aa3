import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { SQLITE_FILE_NAME, openStore } from '../../src/storage/open-store.js';
import type { SqlStore } from '../../src/storage/sql-store.js';
import { openSqliteStore } from '../../src/storage/sqlite.js';
import { storeContract } from './store.contract.js';

const dir = mkdtempSync(join(tmpdir(), 'csb-sqlite-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;

storeContract('SQLite', () => ({
  name: 'sqlite',
  newLocation: async () => join(dir, `contract-${++files}.sqlite`),
  open: (location, options) => openSqliteStore(location, options),
}));

describe('SQLite backend', () => {
  it('is the default: a WAL-journalled file under DATA_DIR (folder created), readable by its owner only', async () => {
    const dataDir = join(dir, 'data-dir', 'nested');
    const store = (await openStore({ dataDir, databaseUrl: undefined })) as SqlStore;
    try {
      expect(store.backend).toBe('sqlite');
      const file = join(dataDir, SQLITE_FILE_NAME);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(statSync(dataDir).mode & 0o777).toBe(0o700);
      const { rows } = await sql<{ journal_mode: string }>`PRAGMA journal_mode`.execute(store.db);
      expect(rows[0]?.journal_mode).toBe('wal');
    } finally {
      await store.close();
    }
  });
});
