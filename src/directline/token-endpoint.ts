import type { Logger } from 'pino';
import type { Request, Response } from 'restify';
import type { ChannelEdge } from '../server.js';
import { sendError, type ConversationTokenBody } from './http.js';
import type { OriginPolicy } from './origin-policy.js';
import { clientAddress, type MinuteRateLimit } from './rate-limit.js';
import { ServiceTokenError } from './service-token.js';

export const TOKEN_ENDPOINT_PATH = '/api/directline/token';

/** What the web page gets: a token and the Direct Line base URL to use it with (`domain` for botframework-directlinejs). */
export interface PageTokenBody extends ConversationTokenBody {
  domain: string;
}

export interface TokenEndpointDeps {
  edge: ChannelEdge;
  policy: OriginPolicy;
  tokenLimit: MinuteRateLimit;
  trustProxy: boolean;
  /** Production: the Direct Line service's token; locally: a local Direct Line token. */
  issue(): Promise<PageTokenBody>;
  mode: 'service' | 'local';
  logger: Logger;
}

/** POST /api/directline/token: one token per new conversation, for allowed pages only, rate-limited per client. */
export function registerTokenEndpoint({ edge, policy, tokenLimit, trustProxy, issue, mode, logger }: TokenEndpointDeps): void {
  policy.answerPreflights(edge.server, [TOKEN_ENDPOINT_PATH]);
  edge.server.post(TOKEN_ENDPOINT_PATH, async (req: Request, res: Response) => {
    if (!policy.admit(req, res)) return;
    if (!(await tokenLimit.allow(clientAddress(req, trustProxy), res))) return;
    try {
      const body = await issue();
      res.header('Cache-Control', 'no-store');
      res.send(200, body);
      logger.info({ event: 'directline_token', mode }, 'token issued');
    } catch (err) {
      const status = err instanceof ServiceTokenError ? err.status : undefined;
      logger.error({ event: 'directline_token_failed', mode, status, err: { name: (err as Error).name, message: (err as Error).message } }, 'could not get a Direct Line token');
      sendError(res, 502, 'TokenUnavailable', 'The chat service is not available right now. Please try again in a moment.');
    }
  });
}
