import { CardFactory, type Attachment } from 'botbuilder';
import type { ChannelInfo, Content } from './content.js';

/** Hand-off cards stay at Adaptive Cards 1.5 with Action.OpenUrl only, which every channel we serve renders. */
const CARD_VERSION = '1.5';

export const telUrl = (phone: string): string => `tel:${phone.replace(/[^\d+]/g, '')}`;

function channelBlock(content: Content, lang: string, channel: ChannelInfo): Record<string, unknown> {
  const actions: Record<string, unknown>[] = [];
  if (channel.phone) {
    actions.push({ type: 'Action.OpenUrl', title: content.t(lang, 'card.call', { phone: channel.phone }), url: telUrl(channel.phone) });
  }
  if (channel.url) actions.push({ type: 'Action.OpenUrl', title: channel.urlLabel ?? channel.url, url: channel.url });
  const lines = [channel.when, channel.hours].filter((l): l is string => Boolean(l));
  return {
    type: 'Container',
    spacing: 'Medium',
    items: [
      { type: 'TextBlock', text: channel.name, weight: 'Bolder', wrap: true },
      ...lines.map((text) => ({ type: 'TextBlock', text, wrap: true, spacing: 'Small' })),
      ...(actions.length > 0 ? [{ type: 'ActionSet', actions }] : []),
    ],
  };
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A short number such as 111 counts only as a whole number, not as the tail of a longer one. */
export function statesPhone(text: string, phone: string): boolean {
  return new RegExp(`(?<!\\d[ -]?)${escape(phone)}(?![ -]?\\d)`).test(text);
}

/** A channel as the card may show it: only the numbers and links the reply's text also states. */
function statedIn(text: string, channel: ChannelInfo): ChannelInfo | undefined {
  const phone = channel.phone && statesPhone(text, channel.phone) ? channel.phone : undefined;
  const url = channel.url && text.includes(channel.url) ? channel.url : undefined;
  return phone || url ? { ...channel, phone, url } : undefined;
}

/** The ids of the official channels whose number or link a reply's text states (what the person was shown). */
export function channelsStatedIn(content: Content, lang: string, channelIds: readonly string[], text: string): string[] {
  return channelIds.filter((id) => statedIn(text, content.channel(lang, id)) !== undefined);
}

/**
 * The official channels of an answer as tap-to-call and tap-to-open buttons. The card only repeats
 * what the reply's text says, so plain-text channels lose nothing.
 */
export function handoffCard(content: Content, lang: string, channelIds: readonly string[], text: string): Attachment | undefined {
  const channels = channelIds.map((id) => statedIn(text, content.channel(lang, id))).filter((c) => c !== undefined);
  if (channels.length === 0) return undefined;
  return CardFactory.adaptiveCard({
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: CARD_VERSION,
    lang,
    body: channels.map((channel) => channelBlock(content, lang, channel)),
  });
}

/** The language picker: every language's native name, as buttons that send the choice back. */
export function languagePickerCard(languages: readonly { code: string; name: string }[], lang: string): Attachment {
  const rows: { code: string; name: string }[][] = [];
  for (let i = 0; i < languages.length; i += 3) rows.push(languages.slice(i, i + 3));
  return CardFactory.adaptiveCard({
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: CARD_VERSION,
    lang,
    body: rows.map((row) => ({
      type: 'ActionSet',
      actions: row.map(({ code, name }) => ({ type: 'Action.Submit', title: name, data: { language: code } })),
    })),
  });
}
