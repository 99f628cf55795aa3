import { isTopic, type Topic } from '../topics.js';
import { decide } from './decision.js';
import type { LanguageModel } from './model-store.js';

/** A rejected message whose best guesses reach this score gets "did you mean …?" instead of a bare fallback. */
const CLARIFY_MIN_SCORE = 0.2;
/** Only guesses this close to the best one are offered. */
const CLARIFY_MARGIN = 0.25;
const CLARIFY_MAX = 2;

export interface Recognition {
  /** The answered topic; `fallback` when the message is out of scope or too uncertain. */
  topic: Topic;
  /** Score of the best in-scope intent. */
  score: number;
  /** For a fallback: the closest topics, to ask "did you mean A or B?". */
  candidates: Topic[];
}

export class TopicRecognizer {
  private readonly models: Map<string, LanguageModel>;

  constructor(models: readonly LanguageModel[], private readonly defaultLanguage: string) {
    this.models = new Map(models.map((m) => [m.language, m]));
  }

  get languages(): string[] {
    return [...this.models.keys()];
  }

  async recognize(text: string, language: string): Promise<Recognition> {
    const model = this.models.get(language) ?? this.models.get(this.defaultLanguage);
    if (!model) throw new Error(`no NLU model for "${language}" or "${this.defaultLanguage}"`);
    const { intent, score, ranked } = decide(await model.classifier.classify(text), model.threshold);
    if (isTopic(intent)) return { topic: intent, score, candidates: [] };
    const best = ranked[0]?.score ?? 0;
    const candidates = ranked
      .filter((c) => c.score >= CLARIFY_MIN_SCORE && c.score >= best - CLARIFY_MARGIN)
      .map((c) => c.intent)
      .filter(isTopic)
      .slice(0, CLARIFY_MAX);
    return { topic: 'fallback', score, candidates };
  }
}
