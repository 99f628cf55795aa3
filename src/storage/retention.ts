import type { Logger } from 'pino';
import type { Clock, Store } from './store.js';

export const DAY_MS = 24 * 60 * 60 * 1000;

export interface RetentionResult {
  conversations: number;
  sessions: number;
}

/** Deletes conversations idle for more than `retentionDays` (and, as housekeeping, expired staff sessions). */
export async function purgeExpired(
  store: Pick<Store, 'transcripts' | 'sessions'>,
  retentionDays: number,
  clock: Clock,
): Promise<RetentionResult> {
  const cutoff = new Date(clock().getTime() - retentionDays * DAY_MS);
  const conversations = await store.transcripts.purgeInactiveSince(cutoff);
  const sessions = await store.sessions.purgeExpired();
  return { conversations, sessions };
}

export interface RetentionSchedule {
  /** Resolves after the purge at start (never rejects: failures are logged). */
  readonly firstRun: Promise<void>;
  stop(): void;
}

/**
 * Purges at once and then every `intervalMs` (default a day). The timer is unref'd so it never keeps
 * the process alive; a failed run is logged and the next one still happens.
 */
export function scheduleRetention(options: {
  store: Pick<Store, 'transcripts' | 'sessions'>;
  retentionDays: number;
  clock?: Clock;
  logger?: Pick<Logger, 'info' | 'error'>;
  intervalMs?: number;
}): RetentionSchedule {
  const clock = options.clock ?? (() => new Date());
  let running: Promise<void> | undefined;
  const run = (): Promise<void> => {
    // A slow run is not overlapped by the next tick.
    running ??= purgeExpired(options.store, options.retentionDays, clock)
      .then(
        (purged) => options.logger?.info({ event: 'retention.purged', ...purged, retentionDays: options.retentionDays }),
        (error: unknown) =>
          options.logger?.error({ event: 'retention.failed', error: error instanceof Error ? error.message : String(error) }),
      )
      .finally(() => {
        running = undefined;
      });
    return running;
  };
  const firstRun = run();
  const timer = setInterval(() => void run(), options.intervalMs ?? DAY_MS);
  timer.unref();
  return { firstRun, stop: () => clearInterval(timer) };
}
