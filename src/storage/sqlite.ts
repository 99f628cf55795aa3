import { chmodSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteAdapter, SqliteDialect } from 'kysely';
import type { Database } from './schema.js';
import { SqlStore, type StoreOptions } from './sql-store.js';

/** SQLite runs DDL inside transactions, so each migration applies whole or not at all (Kysely assumes it cannot). */
class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

class SqliteDialectWithDdlTransactions extends SqliteDialect {
  override createAdapter(): SqliteAdapter {
    return new TransactionalDdlSqliteAdapter();
  }
}

/** The embedded default: one SQLite file (created with its folder if missing), WAL journal. */
export async function openSqliteStore(file: string, options: StoreOptions = {}): Promise<SqlStore> {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const database = new BetterSqlite3(file);
  if (file !== ':memory:') chmodSync(file, 0o600);
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  // Deleted transcripts are overwritten on disk, not just unlinked from the b-tree.
  database.pragma('secure_delete = ON');
  const db = new Kysely<Database>({ dialect: new SqliteDialectWithDdlTransactions({ database }) });
  return SqlStore.open('sqlite', db, options);
}
