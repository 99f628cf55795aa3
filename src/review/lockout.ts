/**
 * Back-off after failed logins: the fifth failure in a row locks the account for a minute, and
 * each further failure (once the lock has passed) doubles the lock, up to an hour. A successful
 * login clears the count.
 */
export const FAILURES_BEFORE_LOCK = 5;
export const FIRST_LOCK_MS = 60_000;
export const MAX_LOCK_MS = 60 * 60_000;

/** How long to lock the account after `failures` consecutive failed logins (0: no lock). */
export function lockDurationMs(failures: number): number {
  if (failures < FAILURES_BEFORE_LOCK) return 0;
  const doublings = Math.min(failures - FAILURES_BEFORE_LOCK, 16);
  return Math.min(MAX_LOCK_MS, FIRST_LOCK_MS * 2 ** doublings);
}
