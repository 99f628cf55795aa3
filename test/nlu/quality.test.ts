import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { loadCorpus, loadTestSet } from '../../src/nlu/corpus.js';
import { PROJECT_ROOT } from '../../src/paths.js';
import { TRAINED_TOPICS } from '../../src/topics.js';

const run = promisify(execFile);

describe('English NLU quality gates (npm run nlu -- eval on the held-out set)', () => {
  it('accuracy ≥ 0.90 and out-of-scope recall ≥ 0.80', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'csb-eval-')), 'en-report.json');
    const { stdout } = await run(
      process.execPath,
      ['--import', 'tsx', 'src/nlu/cli.ts', 'eval', '--train', 'nlu-corpus/en.json', '--test', 'nlu-corpus/en.test.json', '--json', out],
      { cwd: PROJECT_ROOT },
    );
    console.log(stdout);
    const report = JSON.parse(readFileSync(out, 'utf8'));
    for (const key of ['accuracy', 'oosPrecision', 'oosRecall', 'macroF1', 'perIntent', 'confusions', 'trainMs', 'p50Ms', 'p99Ms']) {
      expect(report).toHaveProperty(key);
    }
    expect(report.accuracy).toBeGreaterThanOrEqual(0.9);
    expect(report.oosRecall).toBeGreaterThanOrEqual(0.8);
  });
});

describe('English corpora', () => {
  const train = loadCorpus(join(PROJECT_ROOT, 'nlu-corpus/en.json'));
  const test = loadTestSet(join(PROJECT_ROOT, 'nlu-corpus/en.test.json'));

  it('train on every topic with at least 25 utterances, plus None examples', () => {
    const counts = Object.fromEntries(train.data.map((d) => [d.intent, d.utterances.length]));
    for (const topic of TRAINED_TOPICS) expect(counts[topic], topic).toBeGreaterThanOrEqual(25);
    expect(counts.None).toBeGreaterThanOrEqual(60);
  });

  it('hold out at least 10 per topic and 60 out-of-scope', () => {
    const counts: Record<string, number> = {};
    for (const item of test) counts[item.intent] = (counts[item.intent] ?? 0) + 1;
    for (const topic of TRAINED_TOPICS) expect(counts[topic], topic).toBeGreaterThanOrEqual(10);
    expect(counts.None).toBeGreaterThanOrEqual(60);
  });

  it('never train on a held-out utterance', () => {
    const norm = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();
    const trained = new Set(train.data.flatMap((d) => d.utterances.map(norm)));
    expect(test.filter((t) => trained.has(norm(t.text))).map((t) => t.text)).toEqual([]);
  });

  it('use only known topic ids', () => {
    const known = new Set<string>([...TRAINED_TOPICS, 'None']);
    expect(train.data.map((d) => d.intent).filter((i) => !known.has(i))).toEqual([]);
    expect(test.map((t) => t.intent).filter((i) => !known.has(i))).toEqual([]);
  });
});
