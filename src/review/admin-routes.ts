import { pipeline } from 'node:stream/promises';
import type { Server } from 'restify';
import { parseOr400, queryOf, sendError, sendJson } from './http.js';
import type { ReviewContext } from './review-context.js';
import { staffRoute } from './route.js';
import { auditQuery, exportQuery, newStaffBody, staffDisabledBody, username as usernameSchema } from './schemas.js';
import { createStaffAccount, setStaffDisabled, StaffAccountError } from './staff-accounts.js';
import { EXPORT_CONTENT_TYPES, exportStream } from './transcript-export.js';

const STATUS_FOR: Record<StaffAccountError['kind'], number> = { invalid: 400, taken: 409, unknown: 404 };

/** Admin only: export, the audit log, and staff accounts. */
export function registerAdminRoutes(server: Server, ctx: ReviewContext): void {
  const { store } = ctx;

  server.get(
    '/api/review/export',
    ...staffRoute(ctx, 'admin', async (req, res, staff) => {
      const query = parseOr400(exportQuery, queryOf(req), res);
      if (!query) return;
      const { format, ...filter } = query;
      // Audited before the first byte leaves, so no export can go unrecorded.
      await store.audit.append({ actor: staff.username, action: 'export', details: { format, filter } });
      const day = ctx.clock().toISOString().slice(0, 10);
      res.writeHead(200, {
        'Content-Type': EXPORT_CONTENT_TYPES[format],
        'Content-Disposition': `attachment; filename="transcripts-${day}.${format}"`,
      });
      await pipeline(exportStream(store.review.exportTurns(filter), format), res);
    }),
  );

  server.get(
    '/api/review/audit',
    ...staffRoute(ctx, 'admin', async (req, res) => {
      const query = parseOr400(auditQuery, queryOf(req), res);
      if (query) sendJson(res, 200, await store.audit.list(query));
    }),
  );

  server.get(
    '/api/review/staff',
    ...staffRoute(ctx, 'admin', async (_req, res) => {
      sendJson(res, 200, { items: await store.staff.list() });
    }),
  );

  server.post(
    '/api/review/staff',
    ...staffRoute(ctx, 'admin', async (req, res, staff) => {
      const body = parseOr400(newStaffBody, req.body, res);
      if (!body) return;
      try {
        sendJson(res, 201, await createStaffAccount(store, body, staff.username));
      } catch (err) {
        if (!(err instanceof StaffAccountError)) throw err;
        sendError(res, STATUS_FOR[err.kind], err.message);
      }
    }),
  );

  server.post(
    '/api/review/staff/:username/disabled',
    ...staffRoute(ctx, 'admin', async (req, res, staff) => {
      const username = parseOr400(usernameSchema, req.params?.username, res);
      const body = username === undefined ? undefined : parseOr400(staffDisabledBody, req.body, res);
      if (username === undefined || !body) return;
      if (username === staff.username && body.disabled) return sendError(res, 400, 'You cannot disable your own account.');
      try {
        await setStaffDisabled(store, username, body.disabled, staff.username);
      } catch (err) {
        if (!(err instanceof StaffAccountError)) throw err;
        return sendError(res, STATUS_FOR[err.kind], err.message);
      }
      sendJson(res, 200, await store.staff.get(username));
    }),
  );
}
