import type { Kysely } from 'kysely';
import type { Database, Flag } from './schema.js';
import type { Clock } from './store.js';

/** What every repository of the SQL store shares. */
export interface StoreContext {
  db: Kysely<Database>;
  clock: Clock;
  /** YYYY-MM-DD of an instant in the store's time zone. */
  localDay: (at: Date) => string;
}

export const flag = (value: boolean | undefined): Flag => (value ? 1 : 0);
export const nowMs = (ctx: StoreContext): number => ctx.clock().getTime();
export const dateOrNull = (ms: number | null): Date | null => (ms === null ? null : new Date(ms));

export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 100;

/** Clamps a page request: page >= 1, 1 <= pageSize <= MAX_PAGE_SIZE. */
export function pageOf(request: { page?: number; pageSize?: number } = {}): { page: number; pageSize: number; offset: number } {
  const whole = (n: number | undefined, fallback: number) => (Number.isFinite(n) ? Math.floor(n as number) : fallback);
  const page = Math.max(1, whole(request.page, 1));
  const pageSize = Math.min(MAX_PAGE_SIZE, Math.max(1, whole(request.pageSize, DEFAULT_PAGE_SIZE)));
  return { page, pageSize, offset: (page - 1) * pageSize };
}
