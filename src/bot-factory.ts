import { ConversationState, type Storage } from 'botbuilder';
import type { Logger } from 'pino';
import { CommunitySafetyBot } from './bot.js';
import { DEFAULT_LANGUAGE, type Content } from './content/content.js';
import { LanguageRegistry } from './languages.js';
import type { LanguageModel } from './nlu/model-store.js';
import { TopicRecognizer } from './nlu/recognizer.js';
import { LanguageDetector } from './pipeline/language.js';
import { DangerDetector } from './pipeline/safety.js';
import type { TranscriptLog } from './transcripts/transcript-log.js';

export interface BotParts {
  content: Content;
  registry: LanguageRegistry;
  models: readonly LanguageModel[];
  corpusDir: string;
  storage: Storage;
  /** Redacted transcripts; without it nothing is recorded. */
  transcripts?: TranscriptLog;
  logger: Logger;
  /** Replaces the models' recogniser (tests use a stand-in with fixed answers). */
  recognizer?: TopicRecognizer;
}

/** The bot speaks the registry's languages that have both content and a model. */
export function createBot({ content, registry, models, corpusDir, storage, transcripts, logger, ...parts }: BotParts): CommunitySafetyBot {
  const recognizer = parts.recognizer ?? new TopicRecognizer(models, DEFAULT_LANGUAGE);
  const spoken = new LanguageRegistry(
    registry.all.filter((l) => content.languages.includes(l.code) && recognizer.languages.includes(l.code)),
  );
  const missing = registry.codes.filter((c) => !spoken.has(c));
  if (missing.length > 0) logger.warn({ event: 'languages_incomplete', missing }, 'languages without content or a model are not offered');
  return new CommunitySafetyBot({
    content,
    registry: spoken,
    recognizer,
    languages: new LanguageDetector(spoken, DEFAULT_LANGUAGE),
    danger: DangerDetector.load(corpusDir, spoken.codes),
    conversationState: new ConversationState(storage),
    ...(transcripts ? { transcripts } : {}),
    logger,
  });
}
