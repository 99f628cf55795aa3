import { createHash, randomBytes } from 'node:crypto';
import type { Clock, StaffSession, Store } from '../storage/store.js';

export interface SessionPolicy {
  /** A session unused for this long ends. */
  idleMs: number;
  /** A session ends this long after login, however busy. */
  maxMs: number;
}

const token = (): string => randomBytes(32).toString('base64url');

/** Only this hash of the cookie value is stored: a copy of the database cannot be replayed as sessions. */
export const sessionIdHash = (cookieValue: string): string => createHash('sha256').update(cookieValue).digest('hex');

/** Staff sessions: a random id for the cookie, a CSRF token, idle timeout and absolute lifetime. */
export class StaffSessions {
  constructor(
    private readonly store: Pick<Store, 'sessions'>,
    private readonly clock: Clock,
    private readonly policy: SessionPolicy,
  ) {}

  async start(username: string): Promise<{ cookieValue: string; session: StaffSession }> {
    const cookieValue = token();
    const now = this.clock().getTime();
    const session = await this.store.sessions.create({
      idHash: sessionIdHash(cookieValue),
      username,
      csrfToken: token(),
      expiresAt: new Date(now + Math.min(this.policy.idleMs, this.policy.maxMs)),
    });
    return { cookieValue, session };
  }

  /** The live session for a cookie value, its idle timer restarted; undefined when unknown or ended. */
  async resume(cookieValue: string): Promise<StaffSession | undefined> {
    const idHash = sessionIdHash(cookieValue);
    const session = await this.store.sessions.get(idHash);
    if (!session) return undefined;
    const now = this.clock().getTime();
    const expiresAt = Math.min(now + this.policy.idleMs, session.createdAt.getTime() + this.policy.maxMs);
    if (expiresAt <= now || !(await this.store.sessions.touch(idHash, new Date(expiresAt)))) {
      await this.store.sessions.delete(idHash);
      return undefined;
    }
    return { ...session, lastSeenAt: new Date(now), expiresAt: new Date(expiresAt) };
  }

  async end(cookieValue: string): Promise<void> {
    await this.store.sessions.delete(sessionIdHash(cookieValue));
  }
}
