import type { IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';
import { parseCookie, stringifySetCookie } from 'cookie';

/**
 * The staff session cookie: HttpOnly, SameSite=Strict, Path=/, no Max-Age (gone when the browser
 * closes; the server enforces the timeouts). Over HTTPS it is Secure and carries the `__Host-`
 * prefix, which browsers only accept from a secure origin without a Domain attribute.
 */
const PLAIN_NAME = 'review_session';
const HOST_NAME = '__Host-review_session';

export type CookieSecurePolicy = 'auto' | 'always';

/**
 * Whether the request reached us over HTTPS: directly, or through a TLS-terminating proxy that says
 * so in X-Forwarded-Proto (Azure App Service, Front Door). A client that fakes the header only makes
 * its own cookie stricter, so the header needs no trust setting.
 */
export function cameOverHttps(req: IncomingMessage): boolean {
  if ((req.socket as Partial<TLSSocket>).encrypted) return true;
  const forwarded = String(req.headers['x-forwarded-proto'] ?? '').split(',')[0]?.trim().toLowerCase();
  return forwarded === 'https';
}

export function cookieIsSecure(req: IncomingMessage, policy: CookieSecurePolicy): boolean {
  return policy === 'always' || cameOverHttps(req);
}

/** The session id the browser sent, if any (the secure name wins when both are present). */
export function readSessionCookie(req: IncomingMessage): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  const cookies = parseCookie(header);
  const value = cookies[HOST_NAME] ?? cookies[PLAIN_NAME];
  return value && value.length <= 200 ? value : undefined;
}

export function sessionCookie(value: string, secure: boolean): string {
  return stringifySetCookie({ name: secure ? HOST_NAME : PLAIN_NAME, value, httpOnly: true, sameSite: 'strict', path: '/', secure });
}

/** Set-Cookie headers that make the browser forget the session under either name. */
export function clearedSessionCookies(secure: boolean): string[] {
  const gone = { value: '', httpOnly: true, sameSite: 'strict' as const, path: '/', maxAge: 0 };
  const cleared = [stringifySetCookie({ name: PLAIN_NAME, ...gone, secure })];
  if (secure) cleared.push(stringifySetCookie({ name: HOST_NAME, ...gone, secure: true }));
  return cleared;
}
