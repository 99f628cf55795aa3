import type { Logger } from 'pino';
import type { Request, Response } from 'restify';
import type { ChannelEdge } from '../server.js';
import type { BotBridge } from './bot-bridge.js';
import { readClientActivity, readLocale } from './client-activity.js';
import type { Conversation, ConversationStore } from './conversation-store.js';
import { bearerToken, sendError, sendUnavailable, type ConversationTokenBody } from './http.js';
import { newConversationId, newUserId } from './ids.js';
import type { OriginPolicy } from './origin-policy.js';
import { clientAddress, type MinuteRateLimit } from './rate-limit.js';
import type { IssuedToken, LocalTokens, TokenGrant } from './tokens.js';

export const LOCAL_DIRECT_LINE_PATH = '/v3/directline';
/** Turns one conversation may have waiting; more is a client misbehaving. */
const MAX_PENDING_TURNS = 4;

export interface LocalDirectLineDeps {
  edge: ChannelEdge;
  tokens: LocalTokens;
  store: ConversationStore;
  bridge: BotBridge;
  policy: OriginPolicy;
  /** Tokens per client address. */
  tokenLimit: MinuteRateLimit;
  /** Activities per conversation. */
  activityLimit: MinuteRateLimit;
  trustProxy: boolean;
  logger: Logger;
}

export function tokenBody(issued: IssuedToken): ConversationTokenBody {
  return { conversationId: issued.conversationId, token: issued.token, expires_in: issued.expiresIn };
}

/** A token for a conversation nobody has used yet, for a user the server names. */
export async function newConversationToken(tokens: LocalTokens): Promise<ConversationTokenBody> {
  return tokenBody(await tokens.issue({ conversationId: newConversationId(), userId: newUserId() }));
}

/**
 * Direct Line 3.0 on the bot's own server, for botframework-directlinejs in polling mode
 * (`webSocket: false`) and so for Web Chat. Tokens from `tokens/generate` carry the conversation and
 * the server-assigned user; every conversation route checks that the token is for that conversation.
 */
export function registerLocalDirectLine(deps: LocalDirectLineDeps): void {
  const { edge, tokens, store, bridge, policy, tokenLimit, activityLimit, trustProxy, logger } = deps;
  const { server } = edge;
  const base = LOCAL_DIRECT_LINE_PATH;

  /** Origin policy first; an unexpected failure becomes a polite 500, never a crash. */
  const route = (handler: (req: Request, res: Response) => Promise<void>) => async (req: Request, res: Response) => {
    if (!policy.admit(req, res)) return;
    try {
      await handler(req, res);
    } catch (err) {
      logger.error({ event: 'directline_error', err: { name: (err as Error).name, message: (err as Error).message } }, 'local Direct Line request failed');
      if (!res.headersSent) sendError(res, 500, 'InternalError', 'Something went wrong. Please try again.');
    }
  };

  /** The token's grant, checked against the conversation in the path when there is one; otherwise 401/403 has been sent. */
  async function authorize(req: Request, res: Response): Promise<TokenGrant | undefined> {
    const token = bearerToken(req);
    if (!token) {
      sendError(res, 401, 'MissingToken', 'A Direct Line token is required (Authorization: Bearer <token>).');
      return undefined;
    }
    const grant = await tokens.verify(token);
    if (!grant) {
      sendError(res, 403, 'TokenExpired', 'The token is not valid or has expired.');
      return undefined;
    }
    const pathId = (req.params as { id?: string } | undefined)?.id;
    if (pathId !== undefined && pathId !== grant.conversationId) {
      sendError(res, 403, 'Forbidden', 'The token is not for this conversation.');
      return undefined;
    }
    return grant;
  }

  const notFound = (res: Response) => sendError(res, 404, 'NotFound', 'This conversation has ended or does not exist.');

  /** The conversation the token grants, or undefined once 401/403/404 has been sent. */
  async function grantedConversation(req: Request, res: Response): Promise<{ grant: TokenGrant; conversation: Conversation } | undefined> {
    const grant = await authorize(req, res);
    if (!grant) return undefined;
    const conversation = store.get(grant.conversationId);
    if (!conversation) {
      notFound(res);
      return undefined;
    }
    return { grant, conversation };
  }

  const logTurnFailure = (err: unknown): void => {
    logger.error({ event: 'directline_turn_failed', err: { name: (err as Error).name, message: (err as Error).message } }, 'bot turn failed');
  };

  policy.answerPreflights(server, [`${base}/`]);

  // Anyone may start a conversation (that is what the page does); the user id is always the server's.
  server.post(
    `${base}/tokens/generate`,
    route(async (req, res) => {
      if (!(await tokenLimit.allow(clientAddress(req, trustProxy), res))) return;
      const body = await newConversationToken(tokens);
      logger.info({ event: 'directline_token', mode: 'local' }, 'token issued');
      res.send(200, body);
    }),
  );

  server.post(
    `${base}/tokens/refresh`,
    route(async (req, res) => {
      const grant = await authorize(req, res);
      if (grant) res.send(200, tokenBody(await tokens.issue(grant)));
    }),
  );

  server.post(
    `${base}/conversations`,
    route(async (req, res) => {
      const grant = await authorize(req, res);
      if (!grant) return;
      if (store.get(grant.conversationId)) {
        res.send(200, tokenBody(await tokens.issue(grant)));
        return;
      }
      const bot = edge.availableBot();
      if (!bot) return sendUnavailable(res);
      const conversation = store.create(grant.conversationId, grant.userId, readLocale((req.body as { locale?: unknown } | undefined)?.locale));
      try {
        await bridge.start(conversation, bot);
      } catch (err) {
        logTurnFailure(err);
      }
      logger.info({ event: 'directline_conversation_started', conversations: store.size }, 'conversation started');
      res.send(201, tokenBody(await tokens.issue(grant)));
    }),
  );

  // Resume: the conversation still exists, here is a fresh token for it.
  server.get(
    `${base}/conversations/:id`,
    route(async (req, res) => {
      const granted = await grantedConversation(req, res);
      if (granted) res.send(200, tokenBody(await tokens.issue(granted.grant)));
    }),
  );

  server.post(
    `${base}/conversations/:id/activities`,
    route(async (req, res) => {
      const granted = await grantedConversation(req, res);
      if (!granted) return;
      const { conversation } = granted;
      const read = readClientActivity(req.body);
      if (!read.ok) return sendError(res, read.status, read.status === 413 ? 'MessageSizeTooBig' : 'BadArgument', read.message);
      // Typing indicators are neither kept nor passed on: the bot does nothing with them.
      if (read.activity.type === 'typing') {
        res.send(200, {});
        return;
      }
      // The client ends the conversation (Bot Framework's endOfConversation, sent by the page's quick
      // exit): everything the server holds of it goes now, and its token opens nothing any more.
      if (read.activity.type === 'endOfConversation') {
        // The bot hears it too, so it forgets the conversation's state now rather than after the idle timeout.
        const bot = edge.availableBot();
        if (bot) {
          await bridge.post(conversation, read.activity, bot).catch(logTurnFailure);
        }
        store.end(conversation.id);
        logger.info({ event: 'directline_conversation_ended', conversations: store.size }, 'conversation ended by the client');
        res.send(200, {});
        return;
      }
      const bot = edge.availableBot();
      if (!bot) return sendUnavailable(res);
      if (!(await activityLimit.allow(conversation.id, res))) return;
      if (bridge.pending(conversation) >= MAX_PENDING_TURNS) {
        return sendError(res, 429, 'TooManyRequests', 'Please wait for the answer before sending more.');
      }
      try {
        res.send(200, { id: await bridge.post(conversation, read.activity, bot) });
      } catch (err) {
        logTurnFailure(err);
        sendError(res, 502, 'BotError', 'The bot could not answer. Please try again.');
      }
    }),
  );

  server.get(
    `${base}/conversations/:id/activities`,
    route(async (req, res) => {
      const granted = await grantedConversation(req, res);
      if (!granted) return;
      const { conversation } = granted;
      const raw = new URLSearchParams(req.getQuery()).get('watermark') ?? '';
      if (raw !== '' && !/^\d{1,15}$/.test(raw)) return sendError(res, 400, 'BadArgument', 'watermark must be a whole number.');
      res.send(200, store.page(conversation, raw === '' ? undefined : Number(raw)));
    }),
  );
}
