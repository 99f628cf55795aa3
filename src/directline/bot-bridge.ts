import { ActivityTypes, type Activity, type ActivityHandler, type ChannelAccount } from 'botbuilder';
import type { BotAdapter } from '../bot-adapter.js';
import type { ClientActivity } from './client-activity.js';
import type { Conversation, ConversationStore } from './conversation-store.js';

export const CHANNEL_ID = 'directline';
export const BOT_ACCOUNT: ChannelAccount = { id: 'community-safety-bot', name: 'Community safety bot', role: 'bot' };
/** Replies come back from the in-process turn, so nothing is ever sent here (.invalid never resolves). */
const SERVICE_URL = 'https://directline.invalid/';

type Track = <T>(work: () => Promise<T>) => Promise<T>;

/**
 * Hands local Direct Line activities to the bot in process, through the same adapter as
 * /api/messages (expectReplies), and files the user's activity and the bot's replies in the
 * conversation's history. Turns of one conversation run one after another, in order.
 */
export class BotBridge {
  private readonly queues = new WeakMap<Conversation, { tail: Promise<void>; pending: number }>();

  constructor(
    private readonly adapter: BotAdapter,
    private readonly store: ConversationStore,
    private readonly track: Track,
  ) {}

  /** Turns accepted for this conversation that have not finished. */
  pending(conversation: Conversation): number {
    return this.queues.get(conversation)?.pending ?? 0;
  }

  /** The user joins: the bot gets a conversationUpdate and its welcome goes into the history. */
  async start(conversation: Conversation, bot: ActivityHandler): Promise<void> {
    const user = this.user(conversation);
    await this.turn(conversation, bot, {
      type: ActivityTypes.ConversationUpdate,
      id: `${conversation.id}|join`,
      timestamp: new Date(),
      membersAdded: [user],
      from: user,
      locale: conversation.locale,
    });
  }

  /** Echoes the user's activity (with a server id, keeping channelData.clientActivityID), runs the turn, files the replies. */
  async post(conversation: Conversation, activity: ClientActivity, bot: ActivityHandler): Promise<string> {
    return this.serially(conversation, async () => {
      const from = this.user(conversation);
      const locale = activity.locale ?? conversation.locale;
      const echo = this.store.append(conversation, { ...activity, from, recipient: BOT_ACCOUNT, channelId: CHANNEL_ID, ...(locale ? { locale } : {}) });
      await this.run(conversation, bot, { ...activity, id: echo.id, timestamp: new Date(echo.timestamp), from, ...(locale ? { locale } : {}) });
      return echo.id;
    });
  }

  private async turn(conversation: Conversation, bot: ActivityHandler, activity: Partial<Activity>): Promise<void> {
    await this.serially(conversation, () => this.run(conversation, bot, activity));
  }

  private async run(conversation: Conversation, bot: ActivityHandler, activity: Partial<Activity>): Promise<void> {
    const replies = await this.adapter.processInProcess(
      { ...activity, channelId: CHANNEL_ID, serviceUrl: SERVICE_URL, recipient: BOT_ACCOUNT, conversation: { id: conversation.id } as Activity['conversation'] },
      (context) => bot.run(context),
    );
    for (const reply of replies) {
      const { serviceUrl: _serviceUrl, deliveryMode: _deliveryMode, id: _id, timestamp: _timestamp, ...rest } = reply;
      this.store.append(conversation, { ...rest, channelId: CHANNEL_ID, from: BOT_ACCOUNT, recipient: this.user(conversation) });
    }
  }

  private user(conversation: Conversation): ChannelAccount {
    return { id: conversation.userId, role: 'user' } as ChannelAccount;
  }

  /** Queues work behind the conversation's earlier turns; drain waits for all of it. */
  private serially<T>(conversation: Conversation, work: () => Promise<T>): Promise<T> {
    const queue = this.queues.get(conversation) ?? { tail: Promise.resolve(), pending: 0 };
    this.queues.set(conversation, queue);
    queue.pending += 1;
    const result = this.track(() => queue.tail.then(work));
    queue.tail = result.then(
      () => undefined,
      () => undefined,
    ).finally(() => {
      queue.pending -= 1;
    });
    return result;
  }
}
