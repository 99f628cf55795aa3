import type { Request, Response, Server } from 'restify';
import { parseOr400, sendError, sendJson } from './http.js';
import type { ReviewContext } from './review-context.js';
import { openRoute, staffRoute } from './route.js';
import { isSameOrigin } from './same-origin.js';
import { clearedSessionCookies, cookieIsSecure, readSessionCookie, sessionCookie } from './session-cookie.js';
import { loginBody } from './schemas.js';

/** The same answer for every refused login: no hint whether the account exists or is locked. */
const LOGIN_REFUSED = 'Wrong username or password, or too many attempts. Wait a few minutes and try again.';

/** POST /api/review/login, POST /api/review/logout, GET /api/review/session. */
export function registerAuthRoutes(server: Server, ctx: ReviewContext): void {
  server.post(
    '/api/review/login',
    ...openRoute(ctx, async (req: Request, res: Response) => {
      // No session yet, so no CSRF token: a cross-site form cannot send JSON, and the origin must be ours.
      if (!isSameOrigin(req)) return sendError(res, 403, 'Requests from another site are refused.');
      if (!req.is('json')) return sendError(res, 415, 'Send the login as JSON: {"username": "…", "password": "…"}.');
      const body = parseOr400(loginBody, req.body, res);
      if (!body) return;
      const result = await ctx.login.login(body.username, body.password);
      if (!result.ok) return sendError(res, 401, LOGIN_REFUSED);
      const previous = readSessionCookie(req);
      if (previous) await ctx.sessions.end(previous);
      sendJson(
        res,
        200,
        { username: result.account.username, role: result.account.role, csrfToken: result.session.csrfToken, expiresAt: result.session.expiresAt },
        { 'Set-Cookie': sessionCookie(result.cookieValue, cookieIsSecure(req, ctx.cookieSecure)) },
      );
    }),
  );

  server.post(
    '/api/review/logout',
    ...staffRoute(ctx, 'reviewer', async (req, res, staff) => {
      await ctx.sessions.end(staff.cookieValue);
      res.writeHead(204, { 'Set-Cookie': clearedSessionCookies(cookieIsSecure(req, ctx.cookieSecure)) });
      res.end();
    }),
  );

  server.get(
    '/api/review/session',
    ...staffRoute(ctx, 'reviewer', async (_req, res, staff) => {
      sendJson(res, 200, { username: staff.username, role: staff.role, csrfToken: staff.session.csrfToken, expiresAt: staff.session.expiresAt });
    }),
  );

  server.get(
    '/api/review/meta',
    ...staffRoute(ctx, 'reviewer', async (_req, res) => {
      sendJson(res, 200, ctx.meta);
    }),
  );
}
