import type { Corpus } from './corpus.js';
import { decide } from './decision.js';
import { IntentClassifier, type Classification } from './engine.js';
import { evaluate } from './metrics.js';

interface HeldOut {
  expected: string;
  classifications: Classification[];
}

export interface CalibrationPoint {
  threshold: number;
  accuracy: number;
  oosRecall: number;
  macroF1: number;
}

export interface CalibrationResult {
  best: CalibrationPoint;
  curve: CalibrationPoint[];
  folds: number;
}

/** Deterministic shuffle (mulberry32), so calibration gives the same answer on every machine. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  let state = seed >>> 0;
  const random = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** Stratified k folds: every intent's utterances are spread evenly over the folds. */
function splitFolds(corpus: Corpus, folds: number): Corpus[][] {
  const parts = Array.from({ length: folds }, () => ({ train: new Map<string, string[]>(), test: new Map<string, string[]>() }));
  corpus.data.forEach(({ intent, utterances }, index) => {
    shuffled(utterances, index + 1).forEach((utterance, i) => {
      parts.forEach((part, fold) => {
        const bucket = i % folds === fold ? part.test : part.train;
        bucket.set(intent, [...(bucket.get(intent) ?? []), utterance]);
      });
    });
  });
  const toCorpus = (m: Map<string, string[]>): Corpus => ({
    locale: corpus.locale,
    data: [...m].map(([intent, utterances]) => ({ intent, utterances })),
  });
  return parts.map((p) => [toCorpus(p.train), toCorpus(p.test)]);
}

function pointAt(heldOut: readonly HeldOut[], threshold: number): CalibrationPoint {
  const predictions = heldOut.map((h) => ({
    text: '',
    expected: h.expected,
    predicted: decide(h.classifications, threshold).intent,
    ms: 0,
  }));
  const { accuracy, oosRecall, macroF1 } = evaluate(predictions, { trainMs: 0, trainCount: 0 });
  return { threshold, accuracy, oosRecall, macroF1 };
}

/**
 * Picks the out-of-scope threshold by k-fold cross-validation on the training corpus alone (its
 * None examples included), never on a held-out test set. The objective weighs in-scope accuracy
 * and out-of-scope behaviour together: it maximises macro F1 over all intents, None included.
 */
export async function calibrateThreshold(corpus: Corpus, folds = 5): Promise<CalibrationResult> {
  const heldOut: HeldOut[] = [];
  for (const [train, test] of splitFolds(corpus, folds)) {
    if (!train || !test) continue;
    const classifier = await IntentClassifier.train(train);
    for (const { intent, utterances } of test.data) {
      for (const text of utterances) heldOut.push({ expected: intent, classifications: await classifier.classify(text) });
    }
  }
  const curve: CalibrationPoint[] = [];
  for (let t = 0.3; t <= 0.951; t += 0.01) curve.push(pointAt(heldOut, Math.round(t * 100) / 100));
  const best = curve.reduce((a, b) => (b.macroF1 > a.macroF1 ? b : a));
  return { best, curve, folds };
}
