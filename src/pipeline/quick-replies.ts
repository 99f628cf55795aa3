import type { Content } from '../content/content.js';
import type { LanguageInfo } from '../languages.js';
import { TOPICS, type Topic } from '../topics.js';

export type Action = 'menu' | 'cancel' | 'restart' | 'more' | 'triage' | 'checklist' | 'language';

/** What a button label or command word means, independent of the NLU model. */
export type QuickReply =
  | { kind: 'topic'; topic: Topic }
  | { kind: 'action'; action: Action }
  | { kind: 'answer' }
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
  private readonly index = new Map<string, QuickReply>();

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
      for (const a of answers) this.add(a, { kind: 'answer' });
      for (const topic of TOPICS) this.add(content.topicTitle(lang, topic), { kind: 'topic', topic });
      this.add(content.t(lang, 'more.label'), { kind: 'action', action: 'more' });
      this.add(content.t(lang, 'menu.label'), { kind: 'action', action: 'menu' });
      this.add(content.t(lang, 'offers.triage'), { kind: 'action', action: 'triage' });
      this.add(content.t(lang, 'offers.checklist'), { kind: 'action', action: 'checklist' });
      for (const action of ['help', 'cancel', 'restart', 'language'] as const) {
        for (const word of content.list(lang, `commands.${action}`)) {
          this.add(word, { kind: 'action', action: action === 'help' ? 'menu' : action });
        }
      }
    }
    for (const { code, name } of languages) this.add(name, { kind: 'language', language: code });
  }

  private add(label: string, reply: QuickReply): void {
    const key = normalise(label);
    if (key) this.index.set(key, reply);
  }

  resolve(text: string): QuickReply | undefined {
    return this.index.get(normalise(text));
  }
}
