import { sql } from 'kysely';
import { type StoreContext, dateOrNull, flag, nowMs } from './context.js';
import { StoreConflictError } from './errors.js';
import type { StaffTable } from './schema.js';
import type { StaffAccount, StaffRole, StaffStore } from './store.js';

/** One spelling per person: "Ana", " ana " and "ＡＮＡ" are the same account. */
export const normalizeUsername = (username: string): string => username.normalize('NFKC').trim().toLowerCase();

const toAccount = (row: Omit<StaffTable, 'password_hash'>): StaffAccount => ({
  username: row.username,
  role: row.role,
  disabled: Number(row.disabled) === 1,
  createdAt: new Date(Number(row.created_at)),
  failedLogins: Number(row.failed_logins),
  lockedUntil: dateOrNull(row.locked_until),
  lastLoginAt: dateOrNull(row.last_login_at),
});

const ACCOUNT_COLUMNS = [
  'username',
  'role',
  'disabled',
  'created_at',
  'failed_logins',
  'last_failed_at',
  'locked_until',
  'last_login_at',
] as const;

export class SqlStaffStore implements StaffStore {
  constructor(private readonly ctx: StoreContext) {}

  async create(account: { username: string; role: StaffRole; passwordHash: string }): Promise<StaffAccount> {
    const row: StaffTable = {
      username: normalizeUsername(account.username),
      role: account.role,
      password_hash: account.passwordHash,
      disabled: 0,
      created_at: nowMs(this.ctx),
      failed_logins: 0,
      last_failed_at: null,
      locked_until: null,
      last_login_at: null,
    };
    if (row.username === '') throw new RangeError('A staff username cannot be empty');
    const inserted = await this.ctx.db
      .insertInto('staff')
      .values(row)
      .onConflict((oc) => oc.column('username').doNothing())
      .returning('username')
      .executeTakeFirst();
    if (!inserted) throw new StoreConflictError(`The staff username "${row.username}" is taken`);
    return toAccount(row);
  }

  async get(username: string): Promise<StaffAccount | undefined> {
    const row = await this.ctx.db
      .selectFrom('staff')
      .select(ACCOUNT_COLUMNS)
      .where('username', '=', normalizeUsername(username))
      .executeTakeFirst();
    return row && toAccount(row);
  }

  async getPasswordHash(username: string): Promise<string | undefined> {
    const row = await this.ctx.db
      .selectFrom('staff')
      .select('password_hash')
      .where('username', '=', normalizeUsername(username))
      .executeTakeFirst();
    return row?.password_hash;
  }

  async list(): Promise<StaffAccount[]> {
    const rows = await this.ctx.db.selectFrom('staff').select(ACCOUNT_COLUMNS).orderBy('username').execute();
    return rows.map(toAccount);
  }

  async setDisabled(username: string, disabled: boolean): Promise<boolean> {
    return this.updateAndMaybeEndSessions(username, { disabled: flag(disabled) }, disabled);
  }

  async setRole(username: string, role: StaffRole): Promise<boolean> {
    return this.updateAndMaybeEndSessions(username, { role }, false);
  }

  async setPasswordHash(username: string, passwordHash: string): Promise<boolean> {
    return this.updateAndMaybeEndSessions(
      username,
      { password_hash: passwordHash, failed_logins: 0, locked_until: null },
      true,
    );
  }

  async recordLoginFailure(username: string): Promise<number | undefined> {
    const row = await this.ctx.db
      .updateTable('staff')
      .set({ failed_logins: sql<number>`failed_logins + 1`, last_failed_at: nowMs(this.ctx) })
      .where('username', '=', normalizeUsername(username))
      .returning('failed_logins')
      .executeTakeFirst();
    return row && Number(row.failed_logins);
  }

  async lockUntil(username: string, until: Date): Promise<boolean> {
    return this.update(username, { locked_until: until.getTime() });
  }

  async recordLoginSuccess(username: string): Promise<boolean> {
    return this.update(username, { failed_logins: 0, locked_until: null, last_login_at: nowMs(this.ctx) });
  }

  private async update(username: string, changes: Partial<StaffTable>): Promise<boolean> {
    const result = await this.ctx.db
      .updateTable('staff')
      .set(changes)
      .where('username', '=', normalizeUsername(username))
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  private async updateAndMaybeEndSessions(username: string, changes: Partial<StaffTable>, endSessions: boolean): Promise<boolean> {
    const name = normalizeUsername(username);
    return this.ctx.db.transaction().execute(async (trx) => {
      const result = await trx.updateTable('staff').set(changes).where('username', '=', name).executeTakeFirst();
      if (endSessions) await trx.deleteFrom('staff_sessions').where('username', '=', name).execute();
      return Number(result.numUpdatedRows) > 0;
    });
  }
}
