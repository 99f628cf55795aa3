import type { Logger } from 'pino';
import type { BotAdapter } from '../bot-adapter.js';
import type { Config } from '../config.js';
import type { ChannelEdge } from '../server.js';
import { BotBridge } from './bot-bridge.js';
import { ConversationStore } from './conversation-store.js';
import { acceptBodylessRequests } from './http.js';
import { LOCAL_DIRECT_LINE_PATH, newConversationToken, registerLocalDirectLine } from './local-routes.js';
import { OriginPolicy } from './origin-policy.js';
import { MinuteRateLimit } from './rate-limit.js';
import { fetchServiceToken } from './service-token.js';
import { registerTokenEndpoint, TOKEN_ENDPOINT_PATH } from './token-endpoint.js';
import { LocalTokens } from './tokens.js';

/** Activities one local conversation may post per minute. */
const ACTIVITIES_PER_MINUTE = 60;

export interface DirectLineOptions {
  config: Config;
  adapter: BotAdapter;
  logger: Logger;
  /** How long a quiet local conversation is kept. */
  idleMs: number;
}

/**
 * The Direct Line edge. With DIRECT_LINE_SECRET: /api/directline/token hands out the Direct Line
 * service's tokens. Without: the bot's own server speaks Direct Line 3.0 under /v3/directline and
 * /api/directline/token hands out local tokens.
 */
export function directLineChannel({ config, adapter, logger, idleMs }: DirectLineOptions): (edge: ChannelEdge) => void {
  return (edge) => {
    const { secret, endpoint, localSecret, maxConversations, tokenRateLimitPerMinute, trustProxy } = config.directLine;
    const policy = new OriginPolicy(config.allowedOrigins);
    const tokenLimit = new MinuteRateLimit(tokenRateLimitPerMinute);
    acceptBodylessRequests(edge.server, [TOKEN_ENDPOINT_PATH, `${LOCAL_DIRECT_LINE_PATH}/`]);

    if (secret) {
      const domain = `${endpoint}/v3/directline`;
      registerTokenEndpoint({ edge, policy, tokenLimit, trustProxy, mode: 'service', logger, issue: async () => ({ ...(await fetchServiceToken(endpoint, secret)), domain }) });
      return;
    }

    if (!localSecret) logger.info({ event: 'directline_local_key' }, 'DIRECT_LINE_LOCAL_SECRET is not set: local Direct Line tokens end with this process');
    const tokens = new LocalTokens({ secret: localSecret });
    const store = new ConversationStore({ maxConversations, idleMs });
    const bridge = new BotBridge(adapter, store, edge.track);
    registerLocalDirectLine({ edge, tokens, store, bridge, policy, tokenLimit, activityLimit: new MinuteRateLimit(ACTIVITIES_PER_MINUTE), trustProxy, logger });
    // Same-origin pages use the relative path; cross-origin pages must call /v3/directline on this server themselves.
    registerTokenEndpoint({
      edge,
      policy,
      tokenLimit,
      trustProxy,
      mode: 'local',
      logger,
      issue: async () => ({ ...(await newConversationToken(tokens)), domain: LOCAL_DIRECT_LINE_PATH }),
    });
  };
}
