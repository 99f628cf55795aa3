import { type CardAction, MessageFactory, type Activity, type Attachment } from 'botbuilder';
import type { Topic } from './topics.js';

/** The entity every reply that answers a topic carries, so transcripts and clients know the topic. */
export interface TopicEntity {
  type: 'topic';
  id: Topic;
}

export interface ReplyOptions {
  attachments?: Attachment[];
  suggestions?: string[];
}

export function topicReply(topic: Topic, lang: string, text: string, options: ReplyOptions = {}): Partial<Activity> {
  const reply = MessageFactory.text(text);
  reply.locale = lang;
  reply.textFormat = 'plain';
  reply.entities = [{ type: 'topic', id: topic } satisfies TopicEntity];
  if (options.attachments?.length) reply.attachments = options.attachments;
  if (options.suggestions?.length) {
    reply.suggestedActions = { to: [], actions: options.suggestions.map((title) => imBack(title)) };
  }
  return reply;
}

function imBack(title: string): CardAction {
  return { type: 'imBack', title, value: title };
}

export function topicOf(activity: Partial<Activity>): Topic | undefined {
  const entity = activity.entities?.find((e) => e.type === 'topic') as TopicEntity | undefined;
  return entity?.id;
}
