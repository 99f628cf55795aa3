import type { Kysely } from 'kysely';
import { SqlAuditLog } from './audit.js';
import type { StoreContext } from './context.js';
import { SqlKeyValueStore } from './key-value.js';
import { DEFAULT_TIME_ZONE, localDayFormatter } from './local-day.js';
import { type Dialect, migrate } from './migrations.js';
import { SqlReviewStore } from './review.js';
import type { Database } from './schema.js';
import { SqlSessionStore } from './sessions.js';
import { SqlStaffStore } from './staff.js';
import type { Clock, Store } from './store.js';
import { SqlTranscriptStore } from './transcripts.js';

export interface StoreOptions {
  /** Default: the system clock. */
  clock?: Clock;
  /** IANA zone for per-day figures; default Pacific/Auckland. */
  timeZone?: string;
}

/** The Store over any Kysely database of our schema; the backends differ only in how they connect. */
export class SqlStore implements Store {
  readonly transcripts;
  readonly review;
  readonly staff;
  readonly sessions;
  readonly audit;
  readonly kv;

  private constructor(
    readonly backend: Dialect,
    /** For tests and maintenance only; the app uses the repositories. */
    readonly db: Kysely<Database>,
    options: StoreOptions,
  ) {
    const ctx: StoreContext = {
      db,
      clock: options.clock ?? (() => new Date()),
      localDay: localDayFormatter(options.timeZone ?? DEFAULT_TIME_ZONE),
    };
    this.transcripts = new SqlTranscriptStore(ctx);
    this.review = new SqlReviewStore(ctx);
    this.staff = new SqlStaffStore(ctx);
    this.sessions = new SqlSessionStore(ctx);
    this.audit = new SqlAuditLog(ctx);
    this.kv = new SqlKeyValueStore(ctx);
  }

  /** Migrates the schema to the latest version, then hands out the store; closes the connection if that fails. */
  static async open(backend: Dialect, db: Kysely<Database>, options: StoreOptions = {}): Promise<SqlStore> {
    try {
      await migrate(db, backend);
    } catch (error) {
      await db.destroy();
      throw error;
    }
    return new SqlStore(backend, db, options);
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }
}
