import { describe, expect, it } from 'vitest';
import { decide } from '../../src/nlu/decision.js';
import { evaluate, percentile, type Prediction } from '../../src/nlu/metrics.js';

const p = (expected: string, predicted: string, ms = 1): Prediction => ({ text: `${expected}->${predicted}`, expected, predicted, ms });

describe('evaluate', () => {
  const predictions = [
    p('a', 'a', 1),
    p('a', 'a', 2),
    p('a', 'b', 3),
    p('b', 'b', 4),
    p('b', 'None', 5),
    p('None', 'None', 6),
    p('None', 'a', 7),
    p('None', 'None', 8),
  ];
  const report = evaluate(predictions, { trainMs: 42, trainCount: 100 });

  it('accuracy counts in-scope items only', () => {
    expect(report.accuracy).toBeCloseTo(3 / 5);
  });

  it('out-of-scope precision and recall are about the None intent', () => {
    expect(report.oosRecall).toBeCloseTo(2 / 3);
    expect(report.oosPrecision).toBeCloseTo(2 / 3);
  });

  it('per-intent precision, recall and F1', () => {
    expect(report.perIntent.a).toEqual({ precision: 2 / 3, recall: 2 / 3, f1: expect.closeTo(2 / 3), support: 3 });
    expect(report.perIntent.b?.precision).toBeCloseTo(1 / 2);
    expect(report.perIntent.b?.recall).toBeCloseTo(1 / 2);
    expect(report.macroF1).toBeCloseTo((2 / 3 + 1 / 2 + 2 / 3) / 3);
  });

  it('lists the most frequent confusions first, with examples', () => {
    expect(report.confusions.map((c) => [c.expected, c.predicted, c.count])).toEqual([
      ['a', 'b', 1],
      ['b', 'None', 1],
      ['None', 'a', 1],
    ]);
    expect(report.confusions[0]?.examples).toEqual(['a->b']);
  });

  it('reports timing and counts', () => {
    expect(report.trainMs).toBe(42);
    expect(report.p50Ms).toBe(4);
    expect(report.p99Ms).toBe(8);
    expect(report.counts).toEqual({ train: 100, test: 8, inScope: 5, outOfScope: 3, intents: 2 });
  });
});

describe('percentile', () => {
  it('uses nearest rank', () => {
    expect(percentile([5, 1, 3, 2, 4], 50)).toBe(3);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 99)).toBe(10);
    expect(percentile([], 50)).toBe(0);
  });
});

describe('decide (out-of-scope detection)', () => {
  it('accepts the best in-scope intent at or above the threshold', () => {
    expect(decide([{ intent: 'report', score: 0.7 }, { intent: 'None', score: 0.2 }], 0.5).intent).toBe('report');
  });
  it('rejects below the threshold', () => {
    expect(decide([{ intent: 'report', score: 0.4 }, { intent: 'law', score: 0.3 }], 0.5).intent).toBe('None');
  });
  it('rejects when None scores higher, whatever the threshold', () => {
    expect(decide([{ intent: 'None', score: 0.6 }, { intent: 'report', score: 0.55 }], 0.5).intent).toBe('None');
  });
  it('ranks in-scope intents best first', () => {
    const d = decide([{ intent: 'a', score: 0.1 }, { intent: 'None', score: 0.5 }, { intent: 'b', score: 0.4 }], 0.5);
    expect(d.ranked.map((c) => c.intent)).toEqual(['b', 'a']);
    expect(d.score).toBe(0.4);
  });
});
