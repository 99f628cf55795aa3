import type { Config } from '../config.js';

/** How the page reaches the bot: where it gets a Direct Line token, and what else it may connect to. */
export interface ChatConnection {
  /** POSTed by the page; answers { conversationId, token, expires_in, domain } (see README "Direct Line"). */
  tokenUrl: string;
  /** Origins besides our own that the page connects to (Content-Security-Policy connect-src). */
  connectOrigins: string[];
}

/**
 * The page always asks /api/directline/token: it hands out the local Direct Line's tokens, or in
 * production (DIRECT_LINE_SECRET) the Azure service's, whose endpoint the page then talks to.
 */
export function chatConnection(directLine: Pick<Config['directLine'], 'secret' | 'endpoint'>): ChatConnection {
  return {
    tokenUrl: '/api/directline/token',
    connectOrigins: directLine.secret ? [new URL(directLine.endpoint).origin] : [],
  };
}
