import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import type { ExportRow } from '../storage/store.js';

export type ExportFormat = 'csv' | 'json';

const COLUMNS = [
  'conversationId',
  'turnId',
  'seq',
  'at',
  'role',
  'text',
  'language',
  'topic',
  'nluScore',
  'emergency',
  'unanswered',
  'channels',
  'feedback',
  'reviewed',
  'tags',
] as const satisfies ReadonlyArray<keyof ExportRow>;

function cells(row: ExportRow): Record<(typeof COLUMNS)[number], string | number | boolean | null> {
  return { ...row, at: row.at.toISOString(), channels: row.channels.join(' '), tags: row.tags.join(' ') };
}

async function* jsonArray(rows: AsyncIterable<ExportRow>): AsyncGenerator<string> {
  let first = true;
  yield '[';
  for await (const row of rows) {
    yield `${first ? '\n' : ',\n'}${JSON.stringify(cells(row))}`;
    first = false;
  }
  yield '\n]\n';
}

/**
 * The export as a stream of text (read in batches from the store, never all in memory). CSV cells
 * that a spreadsheet would run as a formula (= + - @ …) are prefixed with ' by csv-stringify.
 */
export function exportStream(rows: AsyncIterable<ExportRow>, format: ExportFormat): Readable {
  if (format === 'json') return Readable.from(jsonArray(rows));
  const csv = stringify({ header: true, columns: [...COLUMNS], escape_formulas: true, cast: { boolean: (v) => (v ? 'true' : 'false') } });
  const source = Readable.from((async function* () {
    for await (const row of rows) yield cells(row);
  })());
  return source.pipe(csv);
}

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
};
