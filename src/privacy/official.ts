import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The numbers, links and addresses the bot itself sends: quoting them back is not personal data. */
export interface OfficialContacts {
  phones: string[];
  urls: string[];
  emails?: string[];
}

const URL_IN_TEXT = /https?:\/\/[^\s"'<>()\[\]]+/g;
const EMAIL_IN_TEXT = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
// Freephone-style numbers as content writes them ("0800 xxx xxx"). Short numbers (111, 105) come
// from channels.json and are never phone-shaped enough to be redacted anyway.
const PHONE_IN_TEXT = /(?<![\p{L}\p{N}])0\d{2,3}[ -]?\d{3}[ -]?\d{3,4}(?![\p{L}\p{N}])/gu;

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

/**
 * Collects the official contacts from content: the `phone` and `url` of every channel in every
 * locales/<lang>/channels.json, plus any link, number or email written anywhere in locales/en/.
 */
export function loadOfficialContacts(localesDir: string): OfficialContacts {
  const phones = new Set<string>();
  const urls = new Set<string>();
  const emails = new Set<string>();
  for (const lang of readdirSync(localesDir)) {
    const file = join(localesDir, lang, 'channels.json');
    if (!statSync(join(localesDir, lang)).isDirectory() || !existsSync(file)) continue;
    for (const channel of Object.values(readJson(file) as Record<string, Record<string, unknown>>)) {
      if (typeof channel.phone === 'string') phones.add(channel.phone);
      if (typeof channel.url === 'string') urls.add(channel.url);
    }
  }
  const enDir = join(localesDir, 'en');
  for (const file of readdirSync(enDir).filter((f) => f.endsWith('.json'))) {
    for (const text of strings(readJson(join(enDir, file)))) {
      for (const m of text.matchAll(URL_IN_TEXT)) urls.add(m[0].replace(/[.,;:]+$/, ''));
      for (const m of text.matchAll(EMAIL_IN_TEXT)) emails.add(m[0]);
      for (const m of text.matchAll(PHONE_IN_TEXT)) phones.add(m[0]);
    }
  }
  return { phones: [...phones], urls: [...urls], emails: [...emails] };
}
