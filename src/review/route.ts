import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Request, RequestHandler, Response } from 'restify';
import type { StaffRole } from '../storage/store.js';
import { authorize } from './guard.js';
import { reviewHeaders, sendError } from './http.js';
import type { Principal, ReviewContext } from './review-context.js';

export type StaffHandler = (req: Request, res: Response, staff: Principal) => Promise<void>;

/** Any failure becomes a 500 without details; the log gets the error's name and message only. */
function guarded(ctx: ReviewContext, run: (req: Request, res: Response) => Promise<void>): RequestHandler {
  return async (req: Request, res: Response) => {
    try {
      await run(req, res);
    } catch (err) {
      ctx.logger.error({ event: 'review_error', route: req.getRoute?.()?.path, err: { name: (err as Error).name, message: (err as Error).message } }, 'review request failed');
      if (!res.headersSent) sendError(res, 500, 'Something went wrong.');
      else res.end();
    }
  };
}

const headers: RequestHandler = (req: Request, res: Response, next) => reviewHeaders(req as IncomingMessage, res as ServerResponse, () => next());

/** A route open to everyone (the login, the UI's files). */
export function openRoute(ctx: ReviewContext, run: (req: Request, res: Response) => Promise<void>): RequestHandler[] {
  return [headers, guarded(ctx, run)];
}

/** A route for signed-in staff of the given role (an admin may do everything a reviewer may). */
export function staffRoute(ctx: ReviewContext, role: StaffRole, run: StaffHandler): RequestHandler[] {
  return [
    headers,
    guarded(ctx, async (req, res) => {
      const staff = await authorize(ctx, req, res, role);
      if (staff) await run(req, res, staff);
    }),
  ];
}
