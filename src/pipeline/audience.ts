import type { Activity } from 'botbuilder';
import type { Topic } from '../topics.js';

/**
 * Who can read the bot's replies. This is the one place below the channel edge that looks at the
 * kind of conversation: in a group chat or a team channel others read along, so the bot speaks only
 * when spoken to and keeps anything about the person's own data out of the shared space.
 */
export interface Audience {
  /** A group chat or channel (Bot Framework's `conversation.isGroup` / `conversationType`). */
  shared: boolean;
  /** The message is for the bot: always in a 1:1 chat; in a shared one only when it @mentions the bot or answers its card. */
  addressed: boolean;
  /** The message text without the @mention of the bot (undefined when the activity has no text). */
  text?: string;
}

/** Topics whose answers concern the person's own stored data: never handled where others read along. */
export const PRIVATE_ONLY_TOPICS: readonly Topic[] = ['delete_data'];

const SHARED_CONVERSATION_TYPES = new Set(['groupChat', 'channel']);

export function isSharedConversation(activity: Partial<Activity>): boolean {
  const conversation = activity.conversation;
  return conversation?.isGroup === true || SHARED_CONVERSATION_TYPES.has(String(conversation?.conversationType));
}

/** The texts (e.g. `<at>Bot</at>`) of the @mentions of the bot. Entities come from the client: trust no shape. */
function botMentionTexts(activity: Partial<Activity>): string[] {
  const botId = activity.recipient?.id;
  const entities: unknown = activity.entities;
  if (botId === undefined || !Array.isArray(entities)) return [];
  return entities.flatMap((entity: unknown) => {
    const e = entity as { type?: unknown; mentioned?: { id?: unknown }; text?: unknown } | null;
    if (typeof e?.type !== 'string' || e.type.toLowerCase() !== 'mention' || e.mentioned?.id !== botId) return [];
    return [typeof e.text === 'string' ? e.text : ''];
  });
}

export function readAudience(activity: Partial<Activity>): Audience {
  const shared = isSharedConversation(activity);
  const mentions = botMentionTexts(activity);
  const answersCard = activity.value !== undefined && activity.value !== null;
  let text = typeof activity.text === 'string' ? activity.text : undefined;
  for (const mention of mentions) if (text !== undefined && mention) text = text.split(mention).join(' ').trim();
  return { shared, addressed: !shared || mentions.length > 0 || answersCard, text };
}
