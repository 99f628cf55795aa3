import { join } from 'node:path';
import type { Config } from '../config.js';
import { openPostgresStore } from './postgres.js';
import type { StoreOptions } from './sql-store.js';
import { openSqliteStore } from './sqlite.js';
import type { Store } from './store.js';

export const SQLITE_FILE_NAME = 'community-safety-bot.sqlite';

/** PostgreSQL when DATABASE_URL is set, otherwise the SQLite file under DATA_DIR; migrated and ready. */
export function openStore(config: Pick<Config, 'dataDir' | 'databaseUrl'>, options: StoreOptions = {}): Promise<Store> {
  return config.databaseUrl
    ? openPostgresStore(config.databaseUrl, options)
    : openSqliteStore(join(config.dataDir, SQLITE_FILE_NAME), options);
}
