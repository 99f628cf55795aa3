import { ListStyle, type Choice, type PromptOptions } from 'botbuilder-dialogs';
import type { Content } from '../content/content.js';
import { topicReply } from '../replies.js';
import type { Topic } from '../topics.js';

export interface ChoiceSpec {
  value: string;
  /** locale key of the button label */
  label: string;
  /** locale key of a list of words that also pick this choice */
  synonyms?: string;
}

/** Prompt options for a ChoicePrompt whose buttons, question and retry text all come from locales/. */
export function choicePrompt(
  content: Content,
  lang: string,
  topic: Topic,
  question: string,
  specs: readonly ChoiceSpec[],
): PromptOptions {
  const choices: Choice[] = specs.map((s) => {
    const title = content.t(lang, s.label);
    return { value: s.value, action: { type: 'imBack', title, value: title }, synonyms: s.synonyms ? content.list(lang, s.synonyms) : [] };
  });
  return {
    prompt: topicReply(topic, lang, question),
    retryPrompt: topicReply(topic, lang, `${content.t(lang, 'triage.retry')}\n\n${question}`),
    choices,
    style: ListStyle.suggestedAction,
  };
}

export const YES_NO_UNSURE: readonly ChoiceSpec[] = [
  { value: 'yes', label: 'triage.answers.yes', synonyms: 'triage.synonyms.yes' },
  { value: 'no', label: 'triage.answers.no', synonyms: 'triage.synonyms.no' },
  { value: 'unsure', label: 'triage.answers.unsure', synonyms: 'triage.synonyms.unsure' },
];
