import type { EvaluationReport } from './metrics.js';

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

/** The human summary `npm run nlu -- eval` prints. */
export function formatReport(report: EvaluationReport & { threshold: number }): string {
  const lines = [
    `NLU evaluation: ${report.counts.train} training utterances, ${report.counts.test} test (${report.counts.inScope} in scope, ${report.counts.outOfScope} out of scope), ${report.counts.intents} intents, threshold ${report.threshold}`,
    `  accuracy (in scope)   ${pct(report.accuracy)}`,
    `  out-of-scope recall   ${pct(report.oosRecall)}`,
    `  out-of-scope precision ${pct(report.oosPrecision)}`,
    `  macro F1              ${report.macroF1.toFixed(3)}`,
    `  train ${(report.trainMs / 1000).toFixed(1)} s · classify p50 ${report.p50Ms.toFixed(2)} ms · p99 ${report.p99Ms.toFixed(2)} ms`,
    '',
    '  intent                       precision  recall    F1  support',
  ];
  for (const [intent, s] of Object.entries(report.perIntent)) {
    lines.push(
      `  ${intent.padEnd(28)} ${s.precision.toFixed(2).padStart(9)} ${s.recall.toFixed(2).padStart(7)} ${s.f1.toFixed(2).padStart(5)} ${String(s.support).padStart(8)}`,
    );
  }
  if (report.confusions.length > 0) {
    lines.push('', '  most frequent confusions (expected → predicted):');
    for (const c of report.confusions) lines.push(`  ${String(c.count).padStart(4)}  ${c.expected} → ${c.predicted}   e.g. "${c.examples[0]}"`);
  }
  return lines.join('\n');
}
