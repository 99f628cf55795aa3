/** How the page reaches the bot: where it gets a Direct Line token, and what else it may connect to. */
export interface ChatConnection {
  /** POSTed by the page; answers { conversationId, token, expires_in, domain } (see README "Direct Line"). */
  tokenUrl: string;
  /** Origins besides our own that the page connects to (Content-Security-Policy connect-src). */
  connectOrigins: string[];
}

/** The bot's own local Direct Line (no Azure, no internet). */
export const LOCAL_DIRECT_LINE: ChatConnection = {
  tokenUrl: '/api/directline/token',
  connectOrigins: [],
};
