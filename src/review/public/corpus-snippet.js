// Selected unanswered messages as entries in the shape of nlu-corpus/<lang>.json's "data" list,
// one entry per language, with the intent left for the reviewer to choose.
export const INTENT_TO_FILL = 'TODO';

export function corpusSnippet(groups) {
  const byLanguage = new Map();
  for (const group of groups) {
    const language = group.language ?? 'unknown';
    if (!byLanguage.has(language)) byLanguage.set(language, []);
    const utterances = byLanguage.get(language);
    if (!utterances.includes(group.text)) utterances.push(group.text);
  }
  return [...byLanguage].map(([language, utterances]) => ({
    file: `nlu-corpus/${language}.json`,
    data: [{ intent: INTENT_TO_FILL, utterances }],
  }));
}
