import type { Request, Response, Server } from 'restify';
import { sendError } from './http.js';

const ALLOW_HEADERS = 'authorization, content-type, accept, x-ms-bot-agent, x-requested-with';

/**
 * Which browser pages may call the Direct Line routes: the site itself and ALLOWED_ORIGINS. Requests
 * without an Origin header (curl, server-side clients) are not browser cross-origin calls and pass.
 */
export class OriginPolicy {
  private readonly allowed: ReadonlySet<string>;

  constructor(allowedOrigins: readonly string[]) {
    this.allowed = new Set(allowedOrigins);
  }

  /** True when the request may proceed; otherwise a 403 has been sent. Allowed cross-origin callers get CORS headers. */
  admit(req: Request, res: Response): boolean {
    const origin = req.header('origin');
    if (!origin) return true;
    if (this.allowed.has(origin)) {
      res.header('Access-Control-Allow-Origin', origin);
      res.header('Vary', 'Origin');
      return true;
    }
    if (sameOrigin(origin, req.header('host'))) return true;
    sendError(res, 403, 'Forbidden', 'This page is not allowed to use the chat service.');
    return false;
  }

  /**
   * Answers CORS preflights (OPTIONS) for paths under these prefixes. They are answered before
   * routing: a preflight has no body, and the server's body parser would refuse its missing type.
   */
  answerPreflights(server: Server, pathPrefixes: readonly string[]): void {
    server.pre((req, res, next) => {
      const path = req.getPath();
      if (req.method !== 'OPTIONS' || !pathPrefixes.some((prefix) => path.startsWith(prefix))) return next();
      if (this.admit(req, res)) {
        res.header('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
        res.header('Access-Control-Allow-Headers', ALLOW_HEADERS);
        res.header('Access-Control-Max-Age', '600');
        res.send(204);
      }
      return next(false);
    });
  }
}

/** The browser puts the page's origin in Origin and the address it called in Host; equal hosts mean the site itself. */
function sameOrigin(origin: string, host: string | undefined): boolean {
  if (!host) return false;
  try {
    return new URL(origin).host === host.toLowerCase();
  } catch {
    return false;
  }
}
