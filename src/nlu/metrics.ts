import { NONE } from './decision.js';

export interface Prediction {
  text: string;
  expected: string;
  predicted: string;
  ms: number;
}

export interface IntentScore {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface Confusion {
  expected: string;
  predicted: string;
  count: number;
  examples: string[];
}

export interface EvaluationReport {
  accuracy: number;
  oosPrecision: number;
  oosRecall: number;
  macroF1: number;
  perIntent: Record<string, IntentScore>;
  confusions: Confusion[];
  trainMs: number;
  p50Ms: number;
  p99Ms: number;
  counts: { train: number; test: number; inScope: number; outOfScope: number; intents: number };
}

const ratio = (num: number, den: number): number => (den === 0 ? 0 : num / den);

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))] ?? 0;
}

function scoreIntent(predictions: readonly Prediction[], intent: string): IntentScore {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const p of predictions) {
    if (p.predicted === intent && p.expected === intent) tp += 1;
    else if (p.predicted === intent) fp += 1;
    else if (p.expected === intent) fn += 1;
  }
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const f1 = ratio(2 * precision * recall, precision + recall);
  return { precision, recall, f1, support: tp + fn };
}

function confusionsOf(predictions: readonly Prediction[], most: number): Confusion[] {
  const byPair = new Map<string, Confusion>();
  for (const p of predictions) {
    if (p.expected === p.predicted) continue;
    const key = `${p.expected}\u0000${p.predicted}`;
    const entry = byPair.get(key) ?? { expected: p.expected, predicted: p.predicted, count: 0, examples: [] };
    entry.count += 1;
    if (entry.examples.length < 3) entry.examples.push(p.text);
    byPair.set(key, entry);
  }
  return [...byPair.values()].sort((a, b) => b.count - a.count).slice(0, most);
}

/**
 * Scores predictions the way `rasa test nlu` does: accuracy over in-scope items, out-of-scope
 * precision/recall for the None intent, and macro F1 over every intent in the test set (None included).
 */
export function evaluate(
  predictions: readonly Prediction[],
  timing: { trainMs: number; trainCount: number },
): EvaluationReport {
  const inScope = predictions.filter((p) => p.expected !== NONE);
  const intents = [...new Set(predictions.map((p) => p.expected))].sort();
  const perIntent = Object.fromEntries(intents.map((i) => [i, scoreIntent(predictions, i)]));
  const none = scoreIntent(predictions, NONE);
  const latencies = predictions.map((p) => p.ms);
  return {
    accuracy: ratio(inScope.filter((p) => p.predicted === p.expected).length, inScope.length),
    oosPrecision: none.precision,
    oosRecall: none.recall,
    macroF1: ratio(
      Object.values(perIntent).reduce((sum, s) => sum + s.f1, 0),
      intents.length,
    ),
    perIntent,
    confusions: confusionsOf(predictions, 15),
    trainMs: timing.trainMs,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    counts: {
      train: timing.trainCount,
      test: predictions.length,
      inScope: inScope.length,
      outOfScope: predictions.length - inScope.length,
      intents: intents.filter((i) => i !== NONE).length,
    },
  };
}
