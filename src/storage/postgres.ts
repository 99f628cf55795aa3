import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';
import { SqlStore, type StoreOptions } from './sql-store.js';

const INT8_OID = 20;
const NUMERIC_OID = 1700;

/**
 * Our times are epoch milliseconds and our counts fit in a double, so bigint and numeric results
 * come back as numbers (pg returns strings by default). Scoped to this pool, not set globally.
 */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID || oid === NUMERIC_OID
      ? (value: string) => Number(value)
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/** For multi-instance deployments (e.g. Azure Database for PostgreSQL): one shared database. */
export async function openPostgresStore(connectionString: string, options: StoreOptions & { maxConnections?: number } = {}): Promise<SqlStore> {
  const pool = new pg.Pool({ connectionString, max: options.maxConnections ?? 10, types });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return SqlStore.open('postgres', db, options);
}
