import { type StoreContext, nowMs } from './context.js';
import type { StaffSessionTable } from './schema.js';
import { normalizeUsername } from './staff.js';
import type { SessionStore, StaffSession } from './store.js';

const toSession = (row: StaffSessionTable): StaffSession => ({
  idHash: row.id_hash,
  username: row.username,
  csrfToken: row.csrf_token,
  createdAt: new Date(Number(row.created_at)),
  lastSeenAt: new Date(Number(row.last_seen_at)),
  expiresAt: new Date(Number(row.expires_at)),
});

export class SqlSessionStore implements SessionStore {
  constructor(private readonly ctx: StoreContext) {}

  async create(session: { idHash: string; username: string; csrfToken: string; expiresAt: Date }): Promise<StaffSession> {
    const now = nowMs(this.ctx);
    const row: StaffSessionTable = {
      id_hash: session.idHash,
      username: normalizeUsername(session.username),
      csrf_token: session.csrfToken,
      created_at: now,
      last_seen_at: now,
      expires_at: session.expiresAt.getTime(),
    };
    await this.ctx.db.insertInto('staff_sessions').values(row).execute();
    return toSession(row);
  }

  async get(idHash: string): Promise<StaffSession | undefined> {
    const row = await this.ctx.db
      .selectFrom('staff_sessions')
      .selectAll()
      .where('id_hash', '=', idHash)
      .where('expires_at', '>', nowMs(this.ctx))
      .executeTakeFirst();
    return row && toSession(row);
  }

  async touch(idHash: string, expiresAt: Date): Promise<boolean> {
    const now = nowMs(this.ctx);
    const result = await this.ctx.db
      .updateTable('staff_sessions')
      .set({ last_seen_at: now, expires_at: expiresAt.getTime() })
      .where('id_hash', '=', idHash)
      .where('expires_at', '>', now)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async delete(idHash: string): Promise<boolean> {
    const result = await this.ctx.db.deleteFrom('staff_sessions').where('id_hash', '=', idHash).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  async deleteForUser(username: string): Promise<number> {
    const result = await this.ctx.db
      .deleteFrom('staff_sessions')
      .where('username', '=', normalizeUsername(username))
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  async purgeExpired(): Promise<number> {
    const result = await this.ctx.db.deleteFrom('staff_sessions').where('expires_at', '<=', nowMs(this.ctx)).executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
