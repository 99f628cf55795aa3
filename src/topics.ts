/**
 * The fixed topic taxonomy. Transcripts, analytics and clients rely on these ids: never rename one.
 * `fallback` is not trained; it is what the bot answers when nothing else fits.
 */
export const TOPICS = [
  'greeting',
  'what_is_fi',
  'transnational_repression',
  'examples',
  'signs',
  'rights',
  'report',
  'emergency',
  'police',
  'anonymous',
  'online_safety',
  'org_safety',
  'online_harm',
  'cyber_incident',
  'law',
  'discrimination',
  'privacy',
  'support',
  'interpreter',
  'legal_help',
  'about_bot',
  'delete_data',
  'language',
  'human',
  'thanks',
  'goodbye',
  'fallback',
] as const;

export type Topic = (typeof TOPICS)[number];

/** Topics the NLU model is trained on (everything but the fallback). */
export const TRAINED_TOPICS = TOPICS.filter((t) => t !== 'fallback');

/** The intent NLP.js uses for out-of-scope text; it maps to the `fallback` topic. */
export const NONE_INTENT = 'None';

export function isTopic(value: unknown): value is Topic {
  return typeof value === 'string' && (TOPICS as readonly string[]).includes(value);
}

/**
 * Official channels and source pages each answer hands off to (keys of locales/<lang>/channels.json),
 * following the routing rules in shared/content/facts.md §2. Order is the order shown.
 */
export const HANDOFFS: Readonly<Record<Topic, readonly string[]>> = {
  greeting: [],
  what_is_fi: ['mec_programme'],
  transnational_repression: ['nzsis_threat', 'nzsis'],
  examples: ['nzsis_threat'],
  signs: ['mec_programme', 'nzsis'],
  rights: ['bill_of_rights', 'community_law'],
  report: ['nzsis', 'emergency', 'police'],
  emergency: ['emergency'],
  police: ['police', 'emergency'],
  anonymous: ['nzsis', 'crimestoppers'],
  online_safety: ['oyo_personal', 'netsafe'],
  org_safety: ['oyo_business', 'ncsc'],
  online_harm: ['netsafe', 'police'],
  cyber_incident: ['ncsc'],
  law: ['moj_fi', 'legislation'],
  discrimination: ['hrc'],
  privacy: ['privacy'],
  support: ['victim_support'],
  interpreter: ['interpreting'],
  legal_help: ['community_law', 'cab'],
  about_bot: [],
  delete_data: [],
  language: [],
  human: ['nzsis', 'victim_support', 'police'],
  thanks: [],
  goodbye: [],
  fallback: [],
};

/** The topics offered in the main menu, in order. */
export const MENU_TOPICS: readonly Topic[] = [
  'report',
  'emergency',
  'what_is_fi',
  'signs',
  'rights',
  'online_safety',
  'law',
  'support',
];

/** Answers that ask "Was this helpful?": information, not small talk, the emergency reply or the bot's own controls. */
export const FEEDBACK_TOPICS: readonly Topic[] = TOPICS.filter(
  (t) => !['greeting', 'emergency', 'about_bot', 'delete_data', 'language', 'human', 'thanks', 'goodbye', 'fallback'].includes(t),
);
