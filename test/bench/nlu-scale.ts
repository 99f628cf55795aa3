/**
 * Scale benchmark for the NLU evaluation CLI: writes a synthetic NLP.js corpus of 15,000
 * utterances over 150 intents (plus a test set), then runs `nlu eval` on it and prints the figures.
 * Usage: npm run bench:nlu [-- --intents 150 --per-intent 100]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../../src/paths.js';

const { values } = parseArgs({ options: { intents: { type: 'string', default: '150' }, 'per-intent': { type: 'string', default: '100' } } });
const intents = Number(values.intents);
const perIntent = Number(values['per-intent']);

let seed = 42;
const random = (): number => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const word = (i: number): string => {
  const syllables = ['ka', 'lo', 'mi', 'ren', 'tos', 'va', 'pu', 'sen', 'dor', 'qui', 'bel', 'nar'];
  let n = i;
  let out = '';
  do {
    out += syllables[n % syllables.length];
    n = Math.floor(n / syllables.length);
  } while (n > 0);
  return out;
};
const FILLER = ['how', 'do', 'i', 'can', 'you', 'tell', 'me', 'about', 'the', 'my', 'please', 'what', 'is', 'where', 'help', 'with'];

function utterance(intent: number): string {
  const keywords = [0, 1, 2, 3].map((k) => word(intent * 4 + k));
  const length = 3 + Math.floor(random() * 6);
  return Array.from({ length }, (_, i) => (i % 2 === 0 ? pick(keywords) : pick(FILLER))).join(' ');
}

const dir = mkdtempSync(join(tmpdir(), 'csb-bench-'));
const corpus = {
  name: 'synthetic',
  locale: 'en',
  data: Array.from({ length: intents }, (_, i) => ({
    intent: `intent_${i}`,
    utterances: [...new Set(Array.from({ length: perIntent * 2 }, () => utterance(i)))].slice(0, perIntent),
  })),
};
const test = [
  ...Array.from({ length: intents * 10 }, (_, n) => ({ text: utterance(n % intents), intent: `intent_${n % intents}` })),
  ...Array.from({ length: 200 }, () => ({ text: Array.from({ length: 4 }, () => pick(FILLER)).join(' ') + ' ' + word(100_000 + Math.floor(random() * 1000)), intent: 'None' })),
];
const size = corpus.data.reduce((s, d) => s + d.utterances.length, 0);
writeFileSync(join(dir, 'train.json'), JSON.stringify(corpus));
writeFileSync(join(dir, 'test.json'), JSON.stringify(test));
console.log(`synthetic corpus: ${size} utterances, ${intents} intents; test set ${test.length}`);

const started = Date.now();
execFileSync(
  process.execPath,
  ['--import', 'tsx', 'src/nlu/cli.ts', 'eval', '--train', join(dir, 'train.json'), '--test', join(dir, 'test.json'), '--json', join(dir, 'report.json')],
  { cwd: PROJECT_ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
);
const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
console.log(
  `nlu eval wall time ${((Date.now() - started) / 1000).toFixed(1)} s · train ${(report.trainMs / 1000).toFixed(1)} s · ` +
    `classify p50 ${report.p50Ms.toFixed(2)} ms, p99 ${report.p99Ms.toFixed(2)} ms · accuracy ${(report.accuracy * 100).toFixed(1)}% · ` +
    `oos recall ${(report.oosRecall * 100).toFixed(1)}% · macro F1 ${report.macroF1.toFixed(3)}`,
);
