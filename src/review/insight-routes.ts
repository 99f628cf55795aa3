import type { Server } from 'restify';
import { DAY_MS } from '../storage/retention.js';
import { parseOr400, queryOf, sendJson } from './http.js';
import type { ReviewContext } from './review-context.js';
import { staffRoute } from './route.js';
import { statsQuery, unansweredQuery } from './schemas.js';

/** Default stats window: the last 30 days. */
const STATS_DAYS = 30;

/** The unanswered queue and the stats dashboard's figures. */
export function registerInsightRoutes(server: Server, ctx: ReviewContext): void {
  const { review, audit } = ctx.store;

  server.get(
    '/api/review/unanswered',
    ...staffRoute(ctx, 'reviewer', async (req, res, staff) => {
      const query = parseOr400(unansweredQuery, queryOf(req), res);
      if (!query) return;
      const groups = await review.unanswered(query);
      // These are users' (redacted) messages, so reading them is audited like reading a transcript.
      await audit.append({ actor: staff.username, action: 'unanswered.read', details: { language: query.language ?? null, groups: groups.length } });
      sendJson(res, 200, { items: groups });
    }),
  );

  server.get(
    '/api/review/stats',
    ...staffRoute(ctx, 'reviewer', async (req, res) => {
      const query = parseOr400(statsQuery, queryOf(req), res);
      if (!query) return;
      const to = query.to ?? ctx.clock();
      const from = query.from ?? new Date(to.getTime() - STATS_DAYS * DAY_MS);
      if (from >= to) return sendJson(res, 400, { error: 'from: from must be before to' });
      sendJson(res, 200, { from, to, ...(await review.stats({ from, to })) });
    }),
  );
}
