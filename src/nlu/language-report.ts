import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadTestSet } from './corpus.js';
import { predictAll } from './evaluation.js';
import { evaluate, type EvaluationReport } from './metrics.js';
import { ensureAllModels } from './model-store.js';

export interface LanguageRow {
  language: string;
  n: number;
  accuracy: number;
  oosPrecision: number;
  oosRecall: number;
  macroF1: number;
  threshold: number;
  report: EvaluationReport;
}

/** Every language's model (built if stale) scored on its held-out `nlu-corpus/<lang>.test.json`. */
export async function evaluateLanguages(corpusDir: string, modelDir: string): Promise<LanguageRow[]> {
  const rows: LanguageRow[] = [];
  for (const model of await ensureAllModels(corpusDir, modelDir)) {
    const testPath = join(corpusDir, `${model.language}.test.json`);
    if (!existsSync(testPath)) continue;
    const predictions = await predictAll(model.classifier, loadTestSet(testPath), model.threshold);
    const report = evaluate(predictions, { trainMs: 0, trainCount: 0 });
    rows.push({
      language: model.language,
      n: predictions.length,
      accuracy: report.accuracy,
      oosPrecision: report.oosPrecision,
      oosRecall: report.oosRecall,
      macroF1: report.macroF1,
      threshold: model.threshold,
      report,
    });
  }
  return rows;
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

export function reportMarkdown(rows: readonly LanguageRow[], names: (code: string) => string): string {
  const lines = [
    '# NLU evaluation per language',
    '',
    'Each language\'s model is trained on `nlu-corpus/<lang>.json` and scored on its held-out `nlu-corpus/<lang>.test.json`',
    '(never trained on). Accuracy is over in-scope test items; OOS = out of scope (the None intent). Written by `npm run nlu -- report`.',
    '',
    '| language | n | accuracy | OOS precision | OOS recall | macro-F1 | threshold |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.language} ${names(r.language)} | ${r.n} | ${pct(r.accuracy)} | ${pct(r.oosPrecision)} | ${pct(r.oosRecall)} | ${r.macroF1.toFixed(3)} | ${r.threshold} |`,
    ),
    '',
  ];
  return lines.join('\n');
}
