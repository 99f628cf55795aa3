import { DEFAULT_LANGUAGE, type Content } from '../content/content.js';
import type { LanguageInfo } from '../languages.js';
import { TOPICS, type Topic } from '../topics.js';

export type Action = 'menu' | 'cancel' | 'restart' | 'more' | 'triage' | 'checklist' | 'language' | 'privateMode';

export type Feedback = 'helpful' | 'not_helpful';

/** What a button label or command word means, independent of the NLU model. */
export type QuickReply =
  | { kind: 'topic'; topic: Topic }
  | { kind: 'action'; action: Action }
  | { kind: 'answer' }
  /** "Was this helpful?" answered with its yes or no button. */
  | { kind: 'feedback'; feedback: Feedback }
  /** A language picked by its name (picker buttons send the name on text-only channels). */
  | { kind: 'language'; language: string };

export function normalise(text: string): string {
  const folded = text.normalize('NFKC').toLocaleLowerCase().replace(/\s+/g, ' ').trim();
  return folded.replace(/[.!?。！？]+$/u, '').trim() || folded;
}

/**
 * Exact matches for the labels the bot itself offers (menu topics, "Tell me more", prompt answers)
 * and for command words (help, cancel, restart) in every language, so a tap on a button always
 * does what it says, on channels that can only send text back (imBack).
 */
export class QuickReplies {
  /** Per language: a label means what it means in the conversation's language first. */
  private readonly byLanguage = new Map<string, Map<string, QuickReply>>();

  constructor(content: Content, languages: readonly LanguageInfo[]) {
    for (const lang of content.languages) {
      // Prompt answers first: a later label with the same words (a topic title) takes precedence.
      const answers = [
        ...Object.values(content.t(lang, 'triage.answers', { returnObjects: true }) as unknown as Record<string, string>),
        ...['yes', 'no', 'unsure'].flatMap((a) => content.list(lang, `triage.synonyms.${a}`)),
        content.t(lang, 'checklist.next'),
        content.t(lang, 'checklist.done'),
        content.t(lang, 'deleteData.yes'),
        content.t(lang, 'deleteData.no'),
      ];
      const index = new Map<string, QuickReply>();
      const add = (label: string, reply: QuickReply): void => {
        const key = normalise(label);
        if (key) index.set(key, reply);
      };
      for (const a of answers) add(a, { kind: 'answer' });
      for (const topic of TOPICS) add(content.topicTitle(lang, topic), { kind: 'topic', topic });
      add(content.t(lang, 'more.label'), { kind: 'action', action: 'more' });
      add(content.t(lang, 'menu.label'), { kind: 'action', action: 'menu' });
      add(content.t(lang, 'offers.triage'), { kind: 'action', action: 'triage' });
      add(content.t(lang, 'offers.checklist'), { kind: 'action', action: 'checklist' });
      add(content.t(lang, 'feedback.yes'), { kind: 'feedback', feedback: 'helpful' });
      add(content.t(lang, 'feedback.no'), { kind: 'feedback', feedback: 'not_helpful' });
      add(content.t(lang, 'privateMode.label'), { kind: 'action', action: 'privateMode' });
      for (const action of ['help', 'cancel', 'restart', 'language', 'privateMode'] as const) {
        for (const word of content.list(lang, `commands.${action}`)) add(word, { kind: 'action', action: action === 'help' ? 'menu' : action });
      }
      // The picker's native names mean the same in every language.
      for (const { code, name } of languages) add(name, { kind: 'language', language: code });
      this.byLanguage.set(lang, index);
    }
  }

  /** The conversation's language first, then English, then any other language we speak. */
  resolve(text: string, lang = DEFAULT_LANGUAGE): QuickReply | undefined {
    const key = normalise(text);
    const order = [lang, DEFAULT_LANGUAGE, ...this.byLanguage.keys()];
    for (const l of order) {
      const hit = this.byLanguage.get(l)?.get(key);
      if (hit) return hit;
    }
    return undefined;
  }
}
