import { pino, type Logger } from 'pino';

/** A pino logger that keeps every record in memory, parsed, for tests that assert what was logged. */
export function capturingLogger(): { logger: Logger; records: Record<string, unknown>[] } {
  const records: Record<string, unknown>[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => void records.push(JSON.parse(line)) });
  return { logger, records };
}
