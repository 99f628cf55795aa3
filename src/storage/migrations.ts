import { type Kysely, type Migration, Migrator, sql } from 'kysely';
import type { Database } from './schema.js';

export type Dialect = 'sqlite' | 'postgres';

/**
 * Schema versions, applied in name order and recorded in `schema_migrations`. Never edit a released
 * migration: add the next one. Only the identity column and the audit triggers differ per dialect.
 */
function migrationList(dialect: Dialect): Record<string, Migration> {
  return {
    '0001_initial': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('conversations')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('user_hash', 'text')
          .addColumn('started_at', 'bigint', (c) => c.notNull())
          .addColumn('last_at', 'bigint', (c) => c.notNull())
          .addColumn('turn_count', 'integer', (c) => c.notNull())
          .addColumn('reviewed_by', 'text')
          .addColumn('reviewed_at', 'bigint')
          .execute();
        await db.schema.createIndex('conversations_last_at').on('conversations').columns(['last_at', 'id']).execute();

        await db.schema
          .createTable('turns')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('conversation_id', 'text', (c) => c.notNull().references('conversations.id').onDelete('cascade'))
          .addColumn('seq', 'integer', (c) => c.notNull())
          .addColumn('at', 'bigint', (c) => c.notNull())
          .addColumn('day', 'text', (c) => c.notNull())
          .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('user', 'bot')`))
          .addColumn('text', 'text', (c) => c.notNull())
          .addColumn('language', 'text')
          .addColumn('topic', 'text')
          .addColumn('nlu_score', 'double precision')
          .addColumn('emergency', 'smallint', (c) => c.notNull().defaultTo(0))
          .addColumn('unanswered', 'smallint', (c) => c.notNull().defaultTo(0))
          .addColumn('feedback', 'text', (c) => c.check(sql`feedback in ('helpful', 'not_helpful')`))
          .addColumn('feedback_at', 'bigint')
          .addUniqueConstraint('turns_conversation_seq', ['conversation_id', 'seq'])
          .execute();
        await db.schema.createIndex('turns_at').on('turns').column('at').execute();
        await db.schema.createIndex('turns_conversation_language').on('turns').columns(['conversation_id', 'language']).execute();
        await db.schema.createIndex('turns_conversation_topic').on('turns').columns(['conversation_id', 'topic']).execute();
        await db.schema.createIndex('turns_unanswered').on('turns').columns(['unanswered', 'language']).execute();

        await db.schema
          .createTable('turn_channels')
          .addColumn('turn_id', 'text', (c) => c.notNull().references('turns.id').onDelete('cascade'))
          .addColumn('conversation_id', 'text', (c) => c.notNull().references('conversations.id').onDelete('cascade'))
          .addColumn('channel', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('turn_channels_pk', ['turn_id', 'channel'])
          .execute();
        await db.schema.createIndex('turn_channels_conversation').on('turn_channels').column('conversation_id').execute();

        await db.schema
          .createTable('conversation_tags')
          .addColumn('conversation_id', 'text', (c) => c.notNull().references('conversations.id').onDelete('cascade'))
          .addColumn('tag', 'text', (c) => c.notNull())
          .addColumn('added_by', 'text', (c) => c.notNull())
          .addColumn('added_at', 'bigint', (c) => c.notNull())
          .addPrimaryKeyConstraint('conversation_tags_pk', ['conversation_id', 'tag'])
          .execute();
        await db.schema.createIndex('conversation_tags_tag').on('conversation_tags').column('tag').execute();

        await db.schema
          .createTable('notes')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('conversation_id', 'text', (c) => c.notNull().references('conversations.id').onDelete('cascade'))
          .addColumn('author', 'text', (c) => c.notNull())
          .addColumn('at', 'bigint', (c) => c.notNull())
          .addColumn('text', 'text', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('notes_conversation').on('notes').columns(['conversation_id', 'at']).execute();

        await db.schema
          .createTable('private_counters')
          .addColumn('day', 'text', (c) => c.notNull())
          .addColumn('language', 'text', (c) => c.notNull())
          .addColumn('topic', 'text', (c) => c.notNull())
          .addColumn('conversations', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('user_messages', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('unanswered', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('emergency', 'integer', (c) => c.notNull().defaultTo(0))
          .addPrimaryKeyConstraint('private_counters_pk', ['day', 'language', 'topic'])
          .execute();

        await db.schema
          .createTable('staff')
          .addColumn('username', 'text', (c) => c.primaryKey())
          .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('reviewer', 'admin')`))
          .addColumn('password_hash', 'text', (c) => c.notNull())
          .addColumn('disabled', 'smallint', (c) => c.notNull().defaultTo(0))
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .addColumn('failed_logins', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('last_failed_at', 'bigint')
          .addColumn('locked_until', 'bigint')
          .addColumn('last_login_at', 'bigint')
          .execute();

        await db.schema
          .createTable('staff_sessions')
          .addColumn('id_hash', 'text', (c) => c.primaryKey())
          .addColumn('username', 'text', (c) => c.notNull().references('staff.username').onDelete('cascade'))
          .addColumn('csrf_token', 'text', (c) => c.notNull())
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .addColumn('last_seen_at', 'bigint', (c) => c.notNull())
          .addColumn('expires_at', 'bigint', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('staff_sessions_expires_at').on('staff_sessions').column('expires_at').execute();
        await db.schema.createIndex('staff_sessions_username').on('staff_sessions').column('username').execute();

        await db.schema
          .createTable('audit_log')
          .addColumn('id', dialect === 'postgres' ? 'bigserial' : 'integer', (c) =>
            dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
          )
          .addColumn('at', 'bigint', (c) => c.notNull())
          .addColumn('actor', 'text', (c) => c.notNull())
          .addColumn('action', 'text', (c) => c.notNull())
          .addColumn('target', 'text')
          .addColumn('details', 'text')
          .execute();
        await db.schema.createIndex('audit_log_at').on('audit_log').column('at').execute();
        await db.schema.createIndex('audit_log_target').on('audit_log').column('target').execute();
        await appendOnlyTriggers(db, dialect);

        await db.schema
          .createTable('bot_state')
          .addColumn('key', 'text', (c) => c.primaryKey())
          .addColumn('value', 'text', (c) => c.notNull())
          .addColumn('etag', 'text', (c) => c.notNull())
          .addColumn('updated_at', 'bigint', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('bot_state_updated_at').on('bot_state').column('updated_at').execute();
      },
    },
  };
}

/** The audit log is evidence: the database itself refuses to change or remove an entry. */
async function appendOnlyTriggers(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  if (dialect === 'sqlite') {
    for (const op of ['UPDATE', 'DELETE']) {
      await sql
        .raw(
          `CREATE TRIGGER audit_log_no_${op.toLowerCase()} BEFORE ${op} ON audit_log
           BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`,
        )
        .execute(db);
    }
    return;
  }
  await sql`
    CREATE FUNCTION audit_log_reject_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'audit_log is append-only';
    END
    $$`.execute(db);
  await sql`
    CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_reject_change()`.execute(db);
  await sql`
    CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_reject_change()`.execute(db);
}

/** Brings the schema to the latest version; safe to run on every start and from several instances. */
export async function migrate(db: Kysely<Database>, dialect: Dialect): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrationList(dialect) },
    migrationTableName: 'schema_migrations',
    migrationLockTableName: 'schema_migrations_lock',
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`Storage migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
  return (results ?? []).map((r) => r.migrationName);
}
