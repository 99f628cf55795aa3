import type { ActivityHandler, CloudAdapter } from 'botbuilder';
import type { Logger } from 'pino';
import restify, { type Request, type RequestHandler, type Response, type Server } from 'restify';

/** Request bodies above this are refused with 413 before anything parses them. */
const MAX_BODY_BYTES = 256 * 1024;
/**
 * Idle keep-alive connections stay open this long. Node's default (5 s) races clients that reuse a
 * connection after a few seconds (fetch/undici, polling Web Chat, proxies): the server closes the
 * socket just as the next request arrives and the client sees ECONNRESET.
 */
const KEEP_ALIVE_MS = 65_000;

export interface ServerDeps {
  adapter: CloudAdapter;
  /** Undefined until the NLU models are loaded: /healthz says 503 and messages get 503 until then. */
  getBot(): ActivityHandler | undefined;
  logger: Logger;
  /** Further channel edges (the local Direct Line), registered on the same server. */
  channels?: ((edge: ChannelEdge) => void)[];
}

/** What a channel edge gets from the server: its routes, the bot when it takes turns, and drain accounting. */
export interface ChannelEdge {
  server: Server;
  /** The bot, or undefined while the models load or the server drains (answer 503 then). */
  availableBot(): ActivityHandler | undefined;
  /** Counts work as in flight, so that drain waits for it. */
  track<T>(work: () => Promise<T>): Promise<T>;
}

export interface BotServer {
  server: Server;
  /** Stops accepting connections and resolves when in-flight turns have finished (or the timeout passed). */
  drain(timeoutMs: number): Promise<boolean>;
}

/**
 * A request with neither Content-Length nor Transfer-Encoding has no body (RFC 9112 §6.3), as
 * browsers send DELETE; restify's parser would refuse it as an unknown media type (415).
 */
const unlessBodiless = (handler: RequestHandler): RequestHandler => (req, res, next) =>
  req.headers['content-length'] === undefined && req.headers['transfer-encoding'] === undefined ? next() : handler(req, res, next);

function isActivityLike(body: unknown): boolean {
  return typeof body === 'object' && body !== null && !Array.isArray(body) && typeof (body as { type?: unknown }).type === 'string';
}

/** The channel edge: HTTP only. Everything below it sees Bot Framework activities. */
export function createServer({ adapter, getBot, logger, channels = [] }: ServerDeps): BotServer {
  const server = restify.createServer({ name: 'community-safety-bot', handleUncaughtExceptions: false });
  server.server.keepAliveTimeout = KEEP_ALIVE_MS;
  server.use(restify.plugins.bodyParser({ maxBodySize: MAX_BODY_BYTES, mapParams: false, rejectUnknown: true }).map(unlessBodiless));
  let inFlight = 0;
  let draining = false;
  const idleWaiters: (() => void)[] = [];

  server.get('/healthz', async (_req: Request, res: Response) => {
    const ready = getBot() !== undefined && !draining;
    res.send(ready ? 200 : 503, { status: draining ? 'stopping' : ready ? 'ok' : 'starting' });
  });

  server.post('/api/messages', async (req: Request, res: Response) => {
    const bot = getBot();
    if (!bot || draining) {
      res.header('Retry-After', '5');
      res.send(503, { error: draining ? 'The service is restarting. Please try again.' : 'The service is starting. Please try again.' });
      return;
    }
    if (!isActivityLike(req.body)) {
      res.send(400, { error: 'The body must be a Bot Framework activity (a JSON object with a "type").' });
      return;
    }
    inFlight += 1;
    try {
      await adapter.process(req, res, (context) => bot.run(context));
    } catch (err) {
      logger.error({ event: 'request_error', err: { name: (err as Error).name, message: (err as Error).message } }, 'request failed');
      if (!res.headersSent) res.send(500, { error: 'Something went wrong.' });
    } finally {
      inFlight -= 1;
      if (inFlight === 0) idleWaiters.splice(0).forEach((resolve) => resolve());
    }
  });

  // Channel edges share the drain accounting of /api/messages.
  async function track<T>(work: () => Promise<T>): Promise<T> {
    inFlight += 1;
    try {
      return await work();
    } finally {
      inFlight -= 1;
      if (inFlight === 0) idleWaiters.splice(0).forEach((resolve) => resolve());
    }
  }
  const edge: ChannelEdge = { server, availableBot: () => (draining ? undefined : getBot()), track };
  for (const register of channels) register(edge);

  async function drain(timeoutMs: number): Promise<boolean> {
    draining = true;
    server.server.close();
    server.server.closeIdleConnections();
    if (inFlight === 0) return true;
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      idleWaiters.push(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }

  return { server, drain };
}
