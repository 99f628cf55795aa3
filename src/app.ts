import type { Logger } from 'pino';
import { createAdapter } from './adapter.js';
import type { CommunitySafetyBot } from './bot.js';
import { createBot } from './bot-factory.js';
import type { Config } from './config.js';
import { Content } from './content/content.js';
import { directLineChannel } from './directline/index.js';
import { LanguageRegistry } from './languages.js';
import { ensureAllModels } from './nlu/model-store.js';
import { registerReviewRoutes } from './review/register.js';
import { createServer, type BotServer } from './server.js';
import { ExpiringMemoryStorage } from './state/expiring-memory-storage.js';
import { loadRedactor } from './privacy/index.js';
import { openStore } from './storage/open-store.js';
import { scheduleRetention, type RetentionSchedule } from './storage/retention.js';
import type { Store } from './storage/store.js';
import { loadIdHasher } from './transcripts/id-hasher.js';
import { TranscriptLog } from './transcripts/transcript-log.js';
import { chatConnection } from './web/connection.js';
import { registerWebRoutes } from './web/routes.js';

/** How long an idle conversation's state is kept (the privacy notice in locales/ states 60 minutes). */
export const CONVERSATION_IDLE_MS = 60 * 60 * 1000;
const MAX_CONVERSATIONS_IN_MEMORY = 50_000;

export interface App extends BotServer {
  /** Resolves when the store is open, the NLU models are loaded and the bot answers messages. */
  ready: Promise<void>;
  url(): string;
  /** The transcript store, once ready. */
  store(): Store | undefined;
}

/** Wires config, content, NLU, bot and the HTTP edge. The server listens before the models load. */
export async function startApp(config: Config, logger: Logger, host?: string): Promise<App> {
  if (!config.botAuth) {
    logger.warn('MicrosoftAppId is not set: running in local anonymous mode (Bot Framework Emulator and local clients only).');
  }
  const content = Content.load(config.localesDir, { retentionDays: config.retentionDays });
  const adapter = createAdapter(config, content, logger);
  const registry = LanguageRegistry.load(config.localesDir);
  let bot: CommunitySafetyBot | undefined;
  const directLine = directLineChannel({ config, adapter, logger, idleMs: CONVERSATION_IDLE_MS });
  const botServer = createServer({ adapter, getBot: () => bot, logger, channels: [directLine] });
  registerWebRoutes(botServer.server, {
    content,
    registry,
    connection: chatConnection(config.directLine),
    allowedOrigins: config.allowedOrigins,
    quickExitUrl: config.quickExitUrl,
  });

  await new Promise<void>((resolve) => botServer.server.listen(config.port, host, resolve));
  logger.info({ event: 'listening', url: botServer.server.url }, 'listening');

  let store: Store | undefined;
  let retention: RetentionSchedule | undefined;
  const ready = (async () => {
    const started = performance.now();
    store = await openStore(config);
    logger.info({ event: 'store_open', backend: store.backend }, 'transcript store ready');
    retention = scheduleRetention({ store, retentionDays: config.retentionDays, logger });
    // The staff review app needs only the store, so it is up before the models load.
    registerReviewRoutes(botServer.server, { store, config, registry, logger });
    const transcripts = new TranscriptLog({
      store: store.transcripts,
      redactor: loadRedactor(config.localesDir),
      hasher: await loadIdHasher(store.kv, config.transcriptSalt),
      content,
      logger,
    });
    const models = await ensureAllModels(config.corpusDir, config.modelDir);
    for (const m of models) logger.info({ event: 'nlu_model', language: m.language, source: m.source, threshold: m.threshold }, 'NLU model ready');
    bot = createBot({
      content,
      registry,
      models,
      corpusDir: config.corpusDir,
      storage: new ExpiringMemoryStorage({ ttlMs: CONVERSATION_IDLE_MS, maxItems: MAX_CONVERSATIONS_IN_MEMORY }),
      transcripts,
      logger,
    });
    logger.info({ event: 'ready', ms: Math.round(performance.now() - started) }, 'bot ready');
  })();

  const drain = async (timeoutMs: number): Promise<boolean> => {
    const drained = await botServer.drain(timeoutMs);
    retention?.stop();
    await ready.catch(() => undefined);
    await store?.close();
    return drained;
  };
  return { ...botServer, drain, ready, url: () => botServer.server.url, store: () => store };
}
