import type { Classification } from './engine.js';

export const NONE = 'None';

/** NLP.js' own default, used when a corpus carries no calibrated threshold. */
export const DEFAULT_THRESHOLD = 0.5;

export interface Decision {
  /** The accepted intent, or `None` when the text is out of scope or too uncertain. */
  intent: string;
  /** Score of the best in-scope intent (0 when there is none). */
  score: number;
  /** In-scope intents ranked by score, best first. */
  ranked: Classification[];
}

/**
 * Out-of-scope detection: the best in-scope intent must beat the None intent and reach the
 * calibrated threshold; otherwise the answer is None.
 */
export function decide(classifications: readonly Classification[], threshold: number): Decision {
  const ranked = classifications.filter((c) => c.intent !== NONE).sort((a, b) => b.score - a.score);
  const best = ranked[0];
  const none = classifications.find((c) => c.intent === NONE)?.score ?? 0;
  const accepted = best !== undefined && best.score >= threshold && best.score > none;
  return { intent: accepted ? best.intent : NONE, score: best?.score ?? 0, ranked };
}
