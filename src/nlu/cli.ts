import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { LanguageRegistry } from '../languages.js';
import { calibrateThreshold } from './calibration.js';
import { loadCorpus, loadTestSet } from './corpus.js';
import { trainAndEvaluate } from './evaluation.js';
import { evaluateLanguages, reportMarkdown } from './language-report.js';
import { ensureAllModels } from './model-store.js';
import { formatReport } from './report-format.js';

const USAGE = `Usage: npm run nlu -- <command> [options]
  train                                   build the model artifact of every nlu-corpus/<lang>.json (only if stale)
  eval --train <corpus.json> --test <test.json> [--json <out.json>] [--threshold <0..1>]
                                          train on any NLP.js corpus and score it on a held-out test set
  report                                  score every language on its held-out set; writes nlu-corpus/REPORT.md
  calibrate --train <corpus.json> [--folds 5] [--write]
                                          choose the out-of-scope threshold by cross-validation on the corpus;
                                          --write stores it in the corpus file`;

async function evalCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { train: { type: 'string' }, test: { type: 'string' }, json: { type: 'string' }, threshold: { type: 'string' } },
  });
  if (!values.train || !values.test) throw new UsageError('eval needs --train and --test');
  const threshold = values.threshold === undefined ? undefined : Number(values.threshold);
  if (threshold !== undefined && !(threshold >= 0 && threshold <= 1)) throw new UsageError('--threshold must be between 0 and 1');
  const report = await trainAndEvaluate(loadCorpus(values.train), loadTestSet(values.test), threshold);
  console.log(formatReport(report));
  if (values.json) {
    writeFileSync(values.json, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`\nJSON report written to ${values.json}`);
  }
}

async function calibrateCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { train: { type: 'string' }, folds: { type: 'string', default: '5' }, write: { type: 'boolean', default: false } },
  });
  if (!values.train) throw new UsageError('calibrate needs --train');
  const folds = Number(values.folds);
  if (!Number.isInteger(folds) || folds < 2) throw new UsageError('--folds must be a whole number of at least 2');
  const { best, curve } = await calibrateThreshold(loadCorpus(values.train), folds);
  for (const p of curve.filter((_, i) => i % 5 === 0)) {
    console.log(`  threshold ${p.threshold.toFixed(2)}  accuracy ${(p.accuracy * 100).toFixed(1)}%  oos recall ${(p.oosRecall * 100).toFixed(1)}%  macro F1 ${p.macroF1.toFixed(3)}`);
  }
  console.log(`best threshold ${best.threshold} (cross-validated accuracy ${(best.accuracy * 100).toFixed(1)}%, oos recall ${(best.oosRecall * 100).toFixed(1)}%, macro F1 ${best.macroF1.toFixed(3)})`);
  if (values.write) {
    const raw = JSON.parse(readFileSync(values.train, 'utf8')) as Record<string, unknown>;
    const { name, locale, threshold: _previous, ...rest } = raw;
    writeFileSync(values.train, `${JSON.stringify({ name, locale, threshold: best.threshold, ...rest }, null, 2)}\n`);
    console.log(`threshold written to ${values.train}`);
  }
}

async function reportCommand(): Promise<void> {
  const config = loadConfig();
  const registry = LanguageRegistry.load(config.localesDir);
  const rows = await evaluateLanguages(config.corpusDir, config.modelDir);
  const markdown = reportMarkdown(rows, (code) => registry.get(code)?.name ?? '');
  const out = join(config.corpusDir, 'REPORT.md');
  writeFileSync(out, markdown);
  console.log(markdown);
  console.log(`written to ${out}`);
}

async function trainCommand(): Promise<void> {
  const config = loadConfig();
  for (const model of await ensureAllModels(config.corpusDir, config.modelDir)) {
    console.log(`${model.language}: ${model.source === 'trained' ? 'trained' : 'up to date'} (threshold ${model.threshold})`);
  }
}

class UsageError extends Error {}

const COMMANDS: Record<string, (args: string[]) => Promise<void>> = {
  eval: evalCommand,
  calibrate: calibrateCommand,
  train: trainCommand,
  report: reportCommand,
};

const [command = '', ...rest] = process.argv.slice(2);
const run = COMMANDS[command];
if (!run) {
  console.error(USAGE);
  process.exit(2);
}
run(rest).catch((err: unknown) => {
  console.error(err instanceof UsageError ? `${err.message}\n\n${USAGE}` : `nlu ${command}: ${(err as Error).message}`);
  process.exit(err instanceof UsageError ? 2 : 1);
});
