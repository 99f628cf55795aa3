import type { IncomingMessage } from 'node:http';

/**
 * True unless the browser says the request came from another site: Sec-Fetch-Site (modern
 * browsers) and Origin, compared with the Host the request was sent to. Requests without either
 * header (curl, the staff CLI's scripts) pass; the CSRF token still guards them.
 */
export function isSameOrigin(req: IncomingMessage): boolean {
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return false;
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  const host = String(req.headers['x-forwarded-host'] ?? req.headers.host ?? '').split(',')[0]?.trim();
  try {
    return host !== undefined && host !== '' && new URL(origin).host === host;
  } catch {
    return false; // "null" and other opaque origins
  }
}
