import type { Clock, StaffAccount, StaffSession, Store } from '../storage/store.js';
import { lockDurationMs } from './lockout.js';
import { dummyPasswordHash, MAX_PASSWORD_LENGTH, verifyPassword } from './password.js';
import type { StaffSessions } from './staff-sessions.js';

export type LoginResult =
  | { ok: true; account: StaffAccount; cookieValue: string; session: StaffSession }
  | { ok: false };

/**
 * Checks a username and password. Every refusal looks the same to the caller (wrong password,
 * unknown user, disabled or locked account) and costs one password hash, so a login attempt
 * tells an attacker nothing about which accounts exist.
 */
export class StaffLogin {
  constructor(
    private readonly store: Pick<Store, 'staff' | 'audit'>,
    private readonly sessions: StaffSessions,
    private readonly clock: Clock,
  ) {}

  async login(username: string, password: string): Promise<LoginResult> {
    const account = await this.store.staff.get(username);
    const storedHash = account ? await this.store.staff.getPasswordHash(account.username) : undefined;
    const now = this.clock().getTime();
    const locked = account?.lockedUntil !== null && account?.lockedUntil !== undefined && account.lockedUntil.getTime() > now;
    const checked = locked || password.length > MAX_PASSWORD_LENGTH ? await dummyPasswordHash() : (storedHash ?? (await dummyPasswordHash()));
    const matches = (await verifyPassword(password, checked)) && checked === storedHash;

    if (!account) return { ok: false };
    if (locked) {
      await this.store.audit.append({ actor: account.username, action: 'login.locked' });
      return { ok: false };
    }
    if (!matches) {
      const failures = (await this.store.staff.recordLoginFailure(account.username)) ?? 0;
      const lockMs = lockDurationMs(failures);
      if (lockMs > 0) await this.store.staff.lockUntil(account.username, new Date(now + lockMs));
      await this.store.audit.append({
        actor: account.username,
        action: 'login.failed',
        details: lockMs > 0 ? { failures, lockedForSeconds: lockMs / 1000 } : { failures },
      });
      return { ok: false };
    }
    if (account.disabled) {
      await this.store.audit.append({ actor: account.username, action: 'login.disabled' });
      return { ok: false };
    }
    await this.store.staff.recordLoginSuccess(account.username);
    const { cookieValue, session } = await this.sessions.start(account.username);
    await this.store.audit.append({ actor: account.username, action: 'login' });
    return { ok: true, account, cookieValue, session };
  }
}
