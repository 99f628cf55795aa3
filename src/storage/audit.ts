import { type StoreContext, nowMs, pageOf } from './context.js';
import type { AuditTable } from './schema.js';
import type { AuditEntry, AuditLog, Page, PageRequest } from './store.js';

type AuditRow = Omit<AuditTable, 'id'> & { id: number };

const toEntry = (row: AuditRow): AuditEntry => ({
  id: Number(row.id),
  at: new Date(Number(row.at)),
  actor: row.actor,
  action: row.action,
  target: row.target,
  details: row.details === null ? null : (JSON.parse(row.details) as Record<string, unknown>),
});

/** Inserts and reads only: the schema's triggers reject UPDATE, DELETE (and TRUNCATE in PostgreSQL). */
export class SqlAuditLog implements AuditLog {
  constructor(private readonly ctx: StoreContext) {}

  async append(entry: { actor: string; action: string; target?: string; details?: Record<string, unknown> }): Promise<AuditEntry> {
    const row = await this.ctx.db
      .insertInto('audit_log')
      .values({
        at: nowMs(this.ctx),
        actor: entry.actor,
        action: entry.action,
        target: entry.target ?? null,
        details: entry.details === undefined ? null : JSON.stringify(entry.details),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toEntry(row);
  }

  async list(query: PageRequest & { actor?: string; action?: string; target?: string } = {}): Promise<Page<AuditEntry>> {
    const { page, pageSize, offset } = pageOf(query);
    let base = this.ctx.db.selectFrom('audit_log');
    if (query.actor !== undefined) base = base.where('actor', '=', query.actor);
    if (query.action !== undefined) base = base.where('action', '=', query.action);
    if (query.target !== undefined) base = base.where('target', '=', query.target);
    const [count, rows] = await Promise.all([
      base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      base.selectAll().orderBy('id', 'desc').limit(pageSize).offset(offset).execute(),
    ]);
    return { items: rows.map(toEntry), total: Number(count.n), page, pageSize };
  }
}
