import { LOCALES_DIR } from '../paths.js';
import { loadOfficialContacts } from './official.js';
import { createRedactor, type Redactor } from './redactor.js';

export { createRedactor, type Redaction, type Redactor, type RedactorOptions } from './redactor.js';
export { loadOfficialContacts, type OfficialContacts } from './official.js';
export { PII_TYPES, type PiiType } from './types.js';

/** A redactor that keeps the official numbers and links found in locales/ (the bot's own content). */
export function loadRedactor(localesDir: string = LOCALES_DIR): Redactor {
  return createRedactor({ official: loadOfficialContacts(localesDir) });
}
