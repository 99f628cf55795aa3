import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { StaffRole } from '../storage/store.js';
import { sendError } from './http.js';
import type { Principal, ReviewContext } from './review-context.js';
import { isSameOrigin } from './same-origin.js';
import { readSessionCookie } from './session-cookie.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
export const CSRF_HEADER = 'x-csrf-token';

function tokenMatches(sent: string | string[] | undefined, expected: string): boolean {
  if (typeof sent !== 'string') return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The session check in front of every review API route: 401 without a live session (or for a
 * disabled account), 403 for a state-changing request from another origin or without the session's
 * CSRF token, 403 for a reviewer on an admin route. Answers the request itself when it refuses.
 */
export async function authorize(ctx: ReviewContext, req: IncomingMessage, res: ServerResponse, role: StaffRole): Promise<Principal | undefined> {
  const cookieValue = readSessionCookie(req);
  const session = cookieValue ? await ctx.sessions.resume(cookieValue) : undefined;
  const account = session ? await ctx.store.staff.get(session.username) : undefined;
  if (!cookieValue || !session || !account || account.disabled) {
    if (cookieValue && session) await ctx.sessions.end(cookieValue);
    sendError(res, 401, 'Please log in.');
    return undefined;
  }
  if (!SAFE_METHODS.has(req.method ?? 'GET')) {
    if (!isSameOrigin(req)) {
      sendError(res, 403, 'Requests from another site are refused.');
      return undefined;
    }
    if (!tokenMatches(req.headers[CSRF_HEADER], session.csrfToken)) {
      sendError(res, 403, `The ${CSRF_HEADER} header is missing or wrong. Reload the page.`);
      return undefined;
    }
  }
  if (role === 'admin' && account.role !== 'admin') {
    sendError(res, 403, 'This needs an administrator account.');
    return undefined;
  }
  return { username: account.username, role: account.role, session, cookieValue };
}
