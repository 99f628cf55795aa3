import type { Logger } from 'pino';
import type { Server } from 'restify';
import type { Config } from '../config.js';
import type { LanguageRegistry } from '../languages.js';
import type { Clock, Store } from '../storage/store.js';
import { PII_TYPES } from '../privacy/types.js';
import { TOPICS } from '../topics.js';
import { registerAdminRoutes } from './admin-routes.js';
import { registerAuthRoutes } from './auth-routes.js';
import { registerConversationRoutes } from './conversation-routes.js';
import { registerInsightRoutes } from './insight-routes.js';
import type { ReviewContext } from './review-context.js';
import { StaffLogin } from './staff-login.js';
import { StaffSessions } from './staff-sessions.js';
import { registerUiRoutes } from './ui-routes.js';

const MINUTE_MS = 60_000;

export interface ReviewDeps {
  store: Store;
  config: Pick<Config, 'review' | 'localesDir'>;
  registry: LanguageRegistry;
  logger: Logger;
  /** Default: the system clock (tests pass the store's manual clock). */
  clock?: Clock;
}

/** The staff review app: its JSON API under /api/review and its UI under /review. */
export function registerReviewRoutes(server: Server, deps: ReviewDeps): void {
  const clock = deps.clock ?? (() => new Date());
  const sessions = new StaffSessions(deps.store, clock, {
    idleMs: deps.config.review.sessionIdleMinutes * MINUTE_MS,
    maxMs: deps.config.review.sessionMaxHours * 60 * MINUTE_MS,
  });
  const ctx: ReviewContext = {
    store: deps.store,
    sessions,
    login: new StaffLogin(deps.store, sessions, clock),
    clock,
    logger: deps.logger,
    cookieSecure: deps.config.review.cookieSecure,
    meta: { languages: deps.registry.all.map(({ code, name }) => ({ code, name })), topics: TOPICS, placeholders: PII_TYPES },
  };
  registerAuthRoutes(server, ctx);
  registerConversationRoutes(server, ctx);
  registerInsightRoutes(server, ctx);
  registerAdminRoutes(server, ctx);
  registerUiRoutes(server, ctx, deps.config.localesDir);
}
