import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { Content } from '../content/content.js';
import type { LanguageInfo } from '../languages.js';
import type { Recognition } from '../nlu/recognizer.js';
import type { QuickReply } from '../pipeline/quick-replies.js';
import type { Topic } from '../topics.js';

/** What the turn pipeline learned about a message before any dialog sees it. */
export interface TurnInfo {
  lang: string;
  text: string;
  quickReply?: QuickReply;
  recognition: Recognition;
}

/** All the bot remembers about a conversation (besides the dialog stack). */
export interface ConversationMemory {
  language?: string;
  lastTopic?: Topic;
}

/** What dialogs need from the service, injected so they stay channel- and storage-agnostic. */
export interface DialogDeps {
  content: Content;
  /** The languages offered in the picker, with their native names. */
  languages: readonly LanguageInfo[];
  memory: StatePropertyAccessor<ConversationMemory>;
  /** Deletes everything stored for this conversation once the turn ends. */
  forgetConversation(context: TurnContext): void;
}

const TURN_INFO = Symbol('turnInfo');

export function setTurnInfo(context: TurnContext, info: TurnInfo): void {
  context.turnState.set(TURN_INFO, info);
}

export function getTurnInfo(context: TurnContext): TurnInfo {
  const info = context.turnState.get(TURN_INFO) as TurnInfo | undefined;
  if (!info) throw new Error('turn info missing: dialogs run only after the turn pipeline');
  return info;
}
