import type { Activity } from 'botbuilder';

/**
 * The language of this turn: the conversation keeps the language it has; a new conversation
 * starts in the channel's locale when we have content for it, and in the default otherwise.
 */
export function resolveLanguage(
  activity: Partial<Activity>,
  conversationLanguage: string | undefined,
  supported: readonly string[],
  defaultLanguage: string,
): string {
  if (conversationLanguage && supported.includes(conversationLanguage)) return conversationLanguage;
  const hint = typeof activity.locale === 'string' ? activity.locale.split(/[-_]/)[0]?.toLowerCase() : undefined;
  return hint && supported.includes(hint) ? hint : defaultLanguage;
}
