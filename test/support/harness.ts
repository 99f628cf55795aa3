import { inject } from 'vitest';
import { MemoryStorage, TestAdapter, type Activity } from 'botbuilder';
import { pino, type Logger } from 'pino';
import { createBot } from '../../src/bot-factory.js';
import { loadConfig } from '../../src/config.js';
import { Content, DEFAULT_LANGUAGE } from '../../src/content/content.js';
import { LanguageRegistry } from '../../src/languages.js';
import { ensureAllModels, type LanguageModel } from '../../src/nlu/model-store.js';
import { TopicRecognizer } from '../../src/nlu/recognizer.js';
import { CORPUS_DIR, LOCALES_DIR } from '../../src/paths.js';
import { topicOf } from '../../src/replies.js';
import type { TranscriptLog } from '../../src/transcripts/transcript-log.js';

/** The content as the service loads it with its default settings (RETENTION_DAYS unset). */
export const content = Content.load(LOCALES_DIR, { retentionDays: loadConfig({}).retentionDays });

export const registry = LanguageRegistry.load(LOCALES_DIR);

let modelsPromise: Promise<LanguageModel[]> | undefined;

/** The real models, trained once per run by globalSetup and loaded here. */
export function loadedModels(): Promise<LanguageModel[]> {
  modelsPromise ??= ensureAllModels(CORPUS_DIR, inject('modelDir'));
  return modelsPromise;
}

export async function recognizer(): Promise<TopicRecognizer> {
  return new TopicRecognizer(await loadedModels(), DEFAULT_LANGUAGE);
}

export interface Conversation {
  /** Sends one user message and returns the bot's replies to it. */
  say(text: string, extra?: Partial<Activity>): Promise<Partial<Activity>[]>;
  send(activity: Partial<Activity>): Promise<Partial<Activity>[]>;
  storage: MemoryStorage;
}

/** A real bot (real content, NLU, dialogs) behind botbuilder's TestAdapter. */
export async function startConversation(
  options: {
    channelId?: string;
    locale?: string;
    recognizer?: Pick<TopicRecognizer, 'recognize' | 'languages'>;
    /** Records redacted transcripts (nothing is recorded without one). */
    transcripts?: TranscriptLog;
    logger?: Logger;
  } = {},
): Promise<Conversation> {
  const storage = new MemoryStorage();
  const models = await loadedModels();
  const bot = createBot({
    content,
    registry,
    models,
    corpusDir: CORPUS_DIR,
    storage,
    logger: options.logger ?? pino({ level: 'silent' }),
    ...(options.recognizer ? { recognizer: options.recognizer as TopicRecognizer } : {}),
    ...(options.transcripts ? { transcripts: options.transcripts } : {}),
  });
  const adapter = new TestAdapter(async (context) => bot.run(context), {
    channelId: options.channelId ?? 'test',
    ...(options.locale ? { locale: options.locale } : {}),
  });
  const send = async (activity: Partial<Activity>): Promise<Partial<Activity>[]> => {
    await adapter.receiveActivity(activity);
    return adapter.activeQueue.splice(0);
  };
  return {
    storage,
    send,
    say: (text, extra = {}) => send({ type: 'message', text, ...extra }),
  };
}
export const texts = (replies: readonly Partial<Activity>[]): string => replies.map((r) => r.text ?? '').join('\n');
export const topics = (replies: readonly Partial<Activity>[]): (string | undefined)[] => replies.map(topicOf);
export const suggestions = (reply: Partial<Activity> | undefined): string[] =>
  (reply?.suggestedActions?.actions ?? []).map((a) => String(a.title));
