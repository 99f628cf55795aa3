import type { Activity } from 'botbuilder';
import type { Logger } from 'pino';
import { channelsStatedIn } from '../content/cards.js';
import type { Content } from '../content/content.js';
import { askedTopic, type TurnInfo } from '../conversation/turn.js';
import type { Feedback } from '../pipeline/quick-replies.js';
import { topicOf } from '../replies.js';
import type { NewTurn, TranscriptStore } from '../storage/store.js';
import { HANDOFFS, isTopic } from '../topics.js';
import type { IdHasher } from './id-hasher.js';

/** Below this NLU score an answered message still goes to the reviewers' unanswered queue. */
export const LOW_CONFIDENCE_SCORE = 0.5;

export interface Redactor {
  redact(text: string): { text: string };
}

/** One message turn: the person's message, what the pipeline made of it, and the bot's replies. */
export interface LoggedTurn {
  activity: Partial<Activity>;
  info: TurnInfo;
  replies: readonly Partial<Activity>[];
}

export interface TranscriptLogDeps {
  store: TranscriptStore;
  redactor: Redactor;
  hasher: IdHasher;
  content: Content;
  logger: Logger;
}

/**
 * The transcript layer: what staff may review, written only after redaction, keyed by hashed ids.
 * No raw id, IP address or unredacted text is ever passed to the store or the log.
 */
export class TranscriptLog {
  constructor(private readonly deps: TranscriptLogDeps) {}

  private get store(): TranscriptStore {
    return this.deps.store;
  }

  /** Stores the turn and returns the id of its answer that asks "Was this helpful?", if any. */
  async record({ activity, info, replies }: LoggedTurn): Promise<string | undefined> {
    const userTopic = this.userTopic(info, replies);
    const user: NewTurn = {
      role: 'user',
      text: this.redact(info.text),
      language: info.lang,
      ...(userTopic ? { topic: userTopic } : {}),
      nluScore: info.recognition.score,
      emergency: info.emergency === true,
      unanswered: this.unanswered(info),
    };
    const bot = replies.map((reply) => this.botTurn(reply, info));
    const stored = await this.store.appendTurns(
      { id: this.conversationId(activity), userHash: this.deps.hasher.hash(String(activity.channelId), String(activity.from?.id)) },
      [user, ...bot],
    );
    const yes = this.deps.content.t(info.lang, 'feedback.yes');
    const asksFeedback = (reply: Partial<Activity> | undefined): boolean => reply?.suggestedActions?.actions.some((a) => a.title === yes) === true;
    return stored.slice(1).findLast((_turn, i) => asksFeedback(replies[i]))?.id;
  }

  /** Private mode: anonymous counters only. */
  async countPrivate({ info, replies }: Omit<LoggedTurn, 'activity'>, startsConversation: boolean): Promise<void> {
    const topic = this.userTopic(info, replies);
    await this.store.countPrivateTurn({
      language: info.lang,
      ...(topic ? { topic } : {}),
      emergency: info.emergency === true,
      unanswered: this.unanswered(info),
      startsConversation,
    });
  }

  async forget(activity: Partial<Activity>): Promise<void> {
    await this.store.deleteConversation(this.conversationId(activity));
  }

  async feedback(activity: Partial<Activity>, turnId: string, feedback: Feedback): Promise<void> {
    await this.store.setFeedback(this.conversationId(activity), turnId, feedback);
  }

  private conversationId(activity: Partial<Activity>): string {
    return this.deps.hasher.hash(String(activity.channelId), String(activity.conversation?.id));
  }

  private redact(text: string | undefined): string {
    return text ? this.deps.redactor.redact(text).text : '';
  }

  private botTurn(reply: Partial<Activity>, info: TurnInfo): NewTurn {
    const topic = topicOf(reply);
    const lang = reply.locale ?? info.lang;
    const text = reply.text ?? '';
    return {
      role: 'bot',
      text: this.redact(text),
      language: lang,
      ...(topic ? { topic } : {}),
      emergency: topic === 'emergency',
      channels: topic && isTopic(topic) ? channelsStatedIn(this.deps.content, lang, HANDOFFS[topic], text) : [],
    };
  }

  /** What the person asked about: the button's topic, else the model's, else what the bot answered. */
  private userTopic(info: TurnInfo, replies: readonly Partial<Activity>[]): string | undefined {
    return askedTopic(info) ?? replies.map(topicOf).find((t) => t !== undefined);
  }

  /** Not understood, or understood with little confidence: the reviewers' queue for new training data. */
  private unanswered(info: TurnInfo): boolean {
    if (info.quickReply) return false;
    return info.recognition.topic === 'fallback' || info.recognition.score < LOW_CONFIDENCE_SCORE;
  }
}
