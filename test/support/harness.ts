import { inject } from 'vitest';
import { ConversationState, MemoryStorage, TestAdapter, type Activity } from 'botbuilder';
import { pino } from 'pino';
import { CommunitySafetyBot } from '../../src/bot.js';
import { Content, DEFAULT_LANGUAGE } from '../../src/content/content.js';
import { ensureAllModels } from '../../src/nlu/model-store.js';
import { TopicRecognizer } from '../../src/nlu/recognizer.js';
import { CORPUS_DIR, LOCALES_DIR } from '../../src/paths.js';
import { DangerDetector } from '../../src/pipeline/safety.js';
import { topicOf } from '../../src/replies.js';

export const content = Content.load(LOCALES_DIR);

let recognizerPromise: Promise<TopicRecognizer> | undefined;

/** The real models, trained once per run by globalSetup and loaded here. */
export function recognizer(): Promise<TopicRecognizer> {
  recognizerPromise ??= ensureAllModels(CORPUS_DIR, inject('modelDir')).then((models) => new TopicRecognizer(models, DEFAULT_LANGUAGE));
  return recognizerPromise;
}

export interface Conversation {
  /** Sends one user message and returns the bot's replies to it. */
  say(text: string, extra?: Partial<Activity>): Promise<Partial<Activity>[]>;
  send(activity: Partial<Activity>): Promise<Partial<Activity>[]>;
  storage: MemoryStorage;
}

/** A real bot (real content, NLU, dialogs) behind botbuilder's TestAdapter. */
export async function startConversation(
  options: { channelId?: string; recognizer?: Pick<TopicRecognizer, 'recognize' | 'languages'> } = {},
): Promise<Conversation> {
  const rec = options.recognizer ?? (await recognizer());
  const storage = new MemoryStorage();
  const bot = new CommunitySafetyBot({
    content,
    recognizer: rec as TopicRecognizer,
    danger: DangerDetector.load(CORPUS_DIR, rec.languages),
    conversationState: new ConversationState(storage),
    logger: pino({ level: 'silent' }),
  });
  const adapter = new TestAdapter(async (context) => bot.run(context), { channelId: options.channelId ?? 'test' });
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
