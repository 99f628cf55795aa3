import { performance } from 'node:perf_hooks';
import type { Corpus, TestItem } from './corpus.js';
import { decide, DEFAULT_THRESHOLD } from './decision.js';
import { IntentClassifier } from './engine.js';
import { evaluate, type EvaluationReport, type Prediction } from './metrics.js';

export const utteranceCount = (corpus: Corpus): number =>
  corpus.data.reduce((sum, d) => sum + d.utterances.length, 0);

export async function predictAll(
  classifier: IntentClassifier,
  items: readonly TestItem[],
  threshold: number,
): Promise<Prediction[]> {
  const predictions: Prediction[] = [];
  for (const item of items) {
    const started = performance.now();
    const { intent } = decide(await classifier.classify(item.text), threshold);
    predictions.push({ text: item.text, expected: item.intent, predicted: intent, ms: performance.now() - started });
  }
  return predictions;
}

/** Trains on `corpus`, classifies every test item and scores the result. */
export async function trainAndEvaluate(
  corpus: Corpus,
  testSet: readonly TestItem[],
  threshold = corpus.threshold ?? DEFAULT_THRESHOLD,
): Promise<EvaluationReport & { threshold: number }> {
  const started = performance.now();
  const classifier = await IntentClassifier.train(corpus);
  const trainMs = performance.now() - started;
  const predictions = await predictAll(classifier, testSet, threshold);
  return { ...evaluate(predictions, { trainMs, trainCount: utteranceCount(corpus) }), threshold };
}
