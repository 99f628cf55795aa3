import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { loadCorpus, loadTestSet } from '../src/nlu/corpus.js';
import { evaluateLanguages, type LanguageRow } from '../src/nlu/language-report.js';
import { CORPUS_DIR } from '../src/paths.js';
import { TRAINED_TOPICS } from '../src/topics.js';
import { registry } from './support/harness.js';

let rows: Map<string, LanguageRow>;

beforeAll(async () => {
  rows = new Map((await evaluateLanguages(CORPUS_DIR, inject('modelDir'))).map((r) => [r.language, r]));
  for (const r of rows.values()) {
    console.log(`${r.language.padEnd(8)} n=${r.n} accuracy ${(r.accuracy * 100).toFixed(1)}% oos recall ${(r.oosRecall * 100).toFixed(1)}% macro-F1 ${r.macroF1.toFixed(3)}`);
  }
}, 600_000);

const count = (items: { intent: string }[]): Record<string, number> => {
  const c: Record<string, number> = {};
  for (const i of items) c[i.intent] = (c[i.intent] ?? 0) + 1;
  return c;
};

describe.each(registry.codes)('%s NLU', (lang) => {
  it('trains on every topic (≥ 20 each) with out-of-scope examples, and holds out ≥ 6 per topic and ≥ 20 out of scope', () => {
    const train = loadCorpus(join(CORPUS_DIR, `${lang}.json`));
    expect(train.locale).toBe(lang);
    const trained = Object.fromEntries(train.data.map((d) => [d.intent, d.utterances.length]));
    const held = count(loadTestSet(join(CORPUS_DIR, `${lang}.test.json`)));
    for (const topic of TRAINED_TOPICS) {
      expect(trained[topic], `train ${topic}`).toBeGreaterThanOrEqual(20);
      expect(held[topic], `test ${topic}`).toBeGreaterThanOrEqual(6);
    }
    expect(trained.None).toBeGreaterThanOrEqual(20);
    expect(held.None).toBeGreaterThanOrEqual(20);
  });

  it('never trains on a held-out utterance', () => {
    const norm = (s: string): string => s.normalize('NFKC').toLocaleLowerCase().replace(/\s+/g, ' ').trim();
    const trained = new Set(loadCorpus(join(CORPUS_DIR, `${lang}.json`)).data.flatMap((d) => d.utterances.map(norm)));
    expect(loadTestSet(join(CORPUS_DIR, `${lang}.test.json`)).filter((t) => trained.has(norm(t.text))).map((t) => t.text)).toEqual([]);
  });

  it('passes the quality gates on its held-out set: accuracy ≥ 0.85, out-of-scope recall ≥ 0.70', () => {
    const row = rows.get(lang);
    expect(row, 'no model or no test set').toBeDefined();
    expect(row!.accuracy).toBeGreaterThanOrEqual(0.85);
    expect(row!.oosRecall).toBeGreaterThanOrEqual(0.7);
  });

  it('is listed in nlu-corpus/REPORT.md', () => {
    expect(readFileSync(join(CORPUS_DIR, 'REPORT.md'), 'utf8')).toMatch(new RegExp(`^\\| ${lang} `, 'm'));
  });
});
