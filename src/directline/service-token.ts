import { z } from 'zod';
import type { ConversationTokenBody } from './http.js';
import { newUserId } from './ids.js';

const TIMEOUT_MS = 10_000;

const tokenAnswer = z.object({ conversationId: z.string().min(1), token: z.string().min(1), expires_in: z.number().int().positive() });

export class ServiceTokenError extends Error {
  constructor(
    message: string,
    /** The service's HTTP status, when it answered. */
    readonly status?: number,
  ) {
    super(message);
    this.name = 'ServiceTokenError';
  }
}

/**
 * Exchanges the Direct Line secret for a token bound to one new conversation and a server-generated
 * user id. The secret goes to the service only, never to a browser.
 */
export async function fetchServiceToken(endpoint: string, secret: string): Promise<ConversationTokenBody> {
  let response: globalThis.Response;
  try {
    response = await fetch(`${endpoint}/v3/directline/tokens/generate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
      body: JSON.stringify({ user: { id: newUserId() } }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (err) {
    throw new ServiceTokenError(`Direct Line service unreachable: ${(err as Error).name}`);
  }
  if (!response.ok) throw new ServiceTokenError('Direct Line service refused the token request', response.status);
  const parsed = tokenAnswer.safeParse(await response.json().catch(() => undefined));
  if (!parsed.success) throw new ServiceTokenError('Direct Line service sent an unexpected answer', response.status);
  return parsed.data;
}
