import type { Request, Response } from 'restify';

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
