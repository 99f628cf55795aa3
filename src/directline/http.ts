import type { Request, Response, Server } from 'restify';

/** Errors in the Direct Line service's shape: `{ error: { code, message } }`. Messages are for people. */
export function sendError(res: Response, status: number, code: string, message: string): void {
  res.send(status, { error: { code, message } });
}

export function sendUnavailable(res: Response): void {
  res.header('Retry-After', '5');
  sendError(res, 503, 'ServiceUnavailable', 'The chat service is starting or restarting. Please try again in a moment.');
}

/** The token of an `Authorization: Bearer <token>` header. */
export function bearerToken(req: Request): string | undefined {
  const header = req.header('authorization');
  const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header.trim()) : null;
  return match?.[1];
}

/** The token answer of the Direct Line service (`tokens/generate`, `tokens/refresh`, `conversations`). */
export interface ConversationTokenBody {
  conversationId: string;
  token: string;
  expires_in: number;
}

/**
 * A request with neither Content-Length nor chunked encoding has no body (RFC 9112 §6.3), as in
 * `curl -X POST`. Saying so lets the server's body parser pass it instead of refusing its missing
 * content type: token routes take no body.
 */
export function acceptBodylessRequests(server: Server, pathPrefixes: readonly string[]): void {
  server.pre((req, _res, next) => {
    const bodyless = req.headers['content-length'] === undefined && req.headers['transfer-encoding'] === undefined;
    if (bodyless && pathPrefixes.some((prefix) => req.getPath().startsWith(prefix))) req.headers['content-length'] = '0';
    return next();
  });
}
