import type { TurnContext } from 'botbuilder';
import { handoffCard, languagePickerCard } from '../content/cards.js';
import { DEFAULT_LANGUAGE, type Content } from '../content/content.js';
import { topicReply } from '../replies.js';
import type { Feedback } from '../pipeline/quick-replies.js';
import { FEEDBACK_TOPICS, HANDOFFS, MENU_TOPICS, type Topic } from '../topics.js';

/** Topics whose answer also offers the report triage and checklist. */
const REPORTING_TOPICS: readonly Topic[] = ['report', 'anonymous', 'signs', 'transnational_repression'];

export function menuSuggestions(content: Content, lang: string): string[] {
  return MENU_TOPICS.map((t) => content.topicTitle(lang, t));
}

function cardFor(content: Content, lang: string, topic: Topic, text: string) {
  const card = handoffCard(content, lang, HANDOFFS[topic], text);
  return card ? [card] : [];
}

/** The short first answer to a topic, with its official channels as a card, and follow-ups. */
export async function sendTopicAnswer(context: TurnContext, content: Content, lang: string, topic: Topic): Promise<void> {
  const asksFeedback = FEEDBACK_TOPICS.includes(topic);
  const suggestions = [content.t(lang, 'more.label')];
  if (REPORTING_TOPICS.includes(topic)) suggestions.push(content.t(lang, 'offers.triage'), content.t(lang, 'offers.checklist'));
  if (asksFeedback) suggestions.push(content.t(lang, 'feedback.yes'), content.t(lang, 'feedback.no'));
  suggestions.push(content.t(lang, 'menu.label'));
  const summary = content.topicText(lang, topic, 'summary');
  const text = asksFeedback ? `${summary}\n\n${content.t(lang, 'feedback.prompt')}` : summary;
  await context.sendActivity(topicReply(topic, lang, text, { attachments: cardFor(content, lang, topic, summary), suggestions }));
}

/** The reply to "Was this helpful?". */
export async function sendFeedbackThanks(context: TurnContext, content: Content, lang: string, feedback: Feedback): Promise<void> {
  const text = content.t(lang, feedback === 'helpful' ? 'feedback.thanks' : 'feedback.sorry');
  await context.sendActivity(topicReply('thanks', lang, text, { suggestions: menuSuggestions(content, lang) }));
}

/** The detail shown on "Tell me more". */
export async function sendTopicDetail(context: TurnContext, content: Content, lang: string, topic: Topic): Promise<void> {
  const suggestions = REPORTING_TOPICS.includes(topic) ? [content.t(lang, 'offers.triage'), content.t(lang, 'offers.checklist')] : [];
  await context.sendActivity(
    topicReply(topic, lang, content.topicText(lang, topic, 'detail'), {
      suggestions: [...suggestions, ...menuSuggestions(content, lang)],
    }),
  );
}

export async function sendMenu(context: TurnContext, content: Content, lang: string, prefix?: string): Promise<void> {
  const text = prefix ? `${prefix}\n\n${content.t(lang, 'menu.prompt')}` : content.t(lang, 'menu.prompt');
  await context.sendActivity(topicReply('greeting', lang, text, { suggestions: menuSuggestions(content, lang) }));
}

export async function sendWelcome(context: TurnContext, content: Content, lang: string): Promise<void> {
  await context.sendActivity(topicReply('greeting', lang, content.t(lang, 'welcome.hello')));
  await context.sendActivity(topicReply('about_bot', lang, content.t(lang, 'welcome.privacy')));
  await sendMenu(context, content, lang);
}

/** 111 first: the reply to any sign of danger now. */
export async function sendEmergency(context: TurnContext, content: Content, lang: string): Promise<void> {
  const text = content.topicText(lang, 'emergency', 'summary');
  await context.sendActivity(
    topicReply('emergency', lang, text, {
      attachments: cardFor(content, lang, 'emergency', text),
      suggestions: [content.t(lang, 'more.label'), content.topicTitle(lang, 'support'), content.t(lang, 'menu.label')],
    }),
  );
}

/** Not understood: "did you mean A or B?" when the model had close guesses, else what the bot can do. */
export async function sendFallback(context: TurnContext, content: Content, lang: string, candidates: readonly Topic[]): Promise<void> {
  if (candidates.length > 0) {
    const suggestions = [...candidates.map((t) => content.topicTitle(lang, t)), content.t(lang, 'menu.label')];
    await context.sendActivity(topicReply('fallback', lang, content.t(lang, 'clarify.prompt'), { suggestions }));
    return;
  }
  await context.sendActivity(
    topicReply('fallback', lang, content.topicText(lang, 'fallback', 'summary'), { suggestions: menuSuggestions(content, lang) }),
  );
}

/** The language picker: the native names as a card, and in the text for text-only channels. */
export async function sendLanguagePicker(
  context: TurnContext,
  languages: readonly { code: string; name: string }[],
  lang: string,
  intro: string,
): Promise<void> {
  const names = languages.map((l) => l.name).join(' · ');
  await context.sendActivity(
    topicReply('language', lang, `${intro}\n\n${names}`, { attachments: [languagePickerCard(languages, lang)] }),
  );
}

/** Sent in English whatever was written: the bot cannot read the language, so it cannot answer in it. */
export async function sendUnsupportedLanguage(context: TurnContext, content: Content): Promise<void> {
  await context.sendActivity(topicReply('fallback', DEFAULT_LANGUAGE, content.t(DEFAULT_LANGUAGE, 'language.unsupported')));
}

/** The bot's introduction when it is added to a group chat or a team: how to ask, and to keep personal things private. */
export async function sendSharedIntro(context: TurnContext, content: Content, lang: string): Promise<void> {
  await context.sendActivity(topicReply('about_bot', lang, content.t(lang, 'shared.intro')));
}

/** Where others read along, requests about the person's own data are redirected to a 1:1 chat. */
export async function sendAskPrivately(context: TurnContext, content: Content, lang: string, topic: Topic): Promise<void> {
  await context.sendActivity(topicReply(topic, lang, content.t(lang, 'shared.askPrivately')));
}
