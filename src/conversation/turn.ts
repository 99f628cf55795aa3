import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { Content } from '../content/content.js';
import type { LanguageInfo } from '../languages.js';
import type { Recognition } from '../nlu/recognizer.js';
import type { Feedback, QuickReply } from '../pipeline/quick-replies.js';
import type { Topic } from '../topics.js';

/** What the turn pipeline learned about a message before any dialog sees it. */
export interface TurnInfo {
  lang: string;
  text: string;
  quickReply?: QuickReply;
  recognition: Recognition;
  /** The emergency reply (111 first) was sent. */
  emergency?: boolean;
}

/** The topic a message asked for: its button's, else the model's; undefined for other buttons and commands. */
export function askedTopic({ quickReply, recognition }: Pick<TurnInfo, 'quickReply' | 'recognition'>): Topic | undefined {
  if (quickReply?.kind === 'topic') return quickReply.topic;
  return quickReply === undefined ? recognition.topic : undefined;
}

/** All the bot remembers about a conversation (besides the dialog stack). */
export interface ConversationMemory {
  language?: string;
  lastTopic?: Topic;
  /** "Don't record this conversation": only anonymous counters from now on. */
  privateMode?: boolean;
  /** The private-mode counters already counted this conversation once. */
  privateCounted?: boolean;
  /** The stored bot turn that the next "Was this helpful?" answer rates. */
  lastAnswerTurnId?: string;
}

/** What dialogs need from the service, injected so they stay channel- and storage-agnostic. */
export interface DialogDeps {
  content: Content;
  /** The languages offered in the picker, with their native names. */
  languages: readonly LanguageInfo[];
  memory: StatePropertyAccessor<ConversationMemory>;
  /** Deletes everything stored for this conversation once the turn ends. */
  forgetConversation(context: TurnContext): void;
  /** Deletes the stored transcript and records nothing more but anonymous counters. */
  startPrivateMode(context: TurnContext): void;
  /** Stores the person's answer to "Was this helpful?" on the answer it rates. */
  recordFeedback(context: TurnContext, feedback: Feedback): void;
}

/** What a turn asked of the stored data, carried out once the turn is over. */
export interface DataRequests {
  forget?: boolean;
  /** The person ended the conversation (the web page's quick exit): its state goes, the transcript follows retention. */
  endConversation?: boolean;
  startPrivateMode?: boolean;
  feedback?: Feedback;
}

const DATA_REQUESTS = Symbol('dataRequests');

export function requestData(context: TurnContext, request: DataRequests): void {
  context.turnState.set(DATA_REQUESTS, { ...dataRequests(context), ...request });
}

export function dataRequests(context: TurnContext): DataRequests {
  return (context.turnState.get(DATA_REQUESTS) as DataRequests | undefined) ?? {};
}

const TURN_INFO = Symbol('turnInfo');

export function setTurnInfo(context: TurnContext, info: TurnInfo): void {
  context.turnState.set(TURN_INFO, info);
}

/** The turn info of a message turn, undefined for other activities (conversation updates). */
export function peekTurnInfo(context: TurnContext): TurnInfo | undefined {
  return context.turnState.get(TURN_INFO) as TurnInfo | undefined;
}

export function getTurnInfo(context: TurnContext): TurnInfo {
  const info = context.turnState.get(TURN_INFO) as TurnInfo | undefined;
  if (!info) throw new Error('turn info missing: dialogs run only after the turn pipeline');
  return info;
}
