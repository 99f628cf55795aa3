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

/**
 * One card listing the official channels for an answer. The answer's text carries the same
 * numbers and links, so plain-text channels lose nothing.
 */
export function handoffCard(content: Content, lang: string, channelIds: readonly string[]): Attachment | undefined {
  if (channelIds.length === 0) return undefined;
  return CardFactory.adaptiveCard({
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: CARD_VERSION,
    lang,
    body: channelIds.map((id) => channelBlock(content, lang, content.channel(lang, id))),
  });
}
