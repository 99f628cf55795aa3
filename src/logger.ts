import { pino, type Logger } from 'pino';
import type { Config } from './config.js';

/**
 * Structured JSON logs. Callers log events and figures only: never message text, names or ids
 * (the redact list is a second line of defence for fields that should never appear).
 */
export function createLogger(config: Pick<Config, 'logLevel'>): Logger {
  return pino({
    level: config.logLevel,
    base: { service: 'community-safety-bot' },
    redact: { paths: ['text', 'activity', 'req.body', '*.text', 'from', 'conversation'], censor: '[redacted]' },
  });
}
