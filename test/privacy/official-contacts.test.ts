import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES_DIR } from '../../src/paths.js';
import { loadOfficialContacts, loadRedactor } from '../../src/privacy/index.js';

const channelFiles = readdirSync(LOCALES_DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => join(LOCALES_DIR, d.name, 'channels.json'));
const channelValues = (field: 'phone' | 'url'): string[] =>
  channelFiles.flatMap((file) =>
    Object.values(JSON.parse(readFileSync(file, 'utf8')) as Record<string, Record<string, unknown>>).flatMap((c) =>
      typeof c[field] === 'string' ? [c[field] as string] : [],
    ),
  );

describe('official contacts come from the content, not from code', () => {
  const official = loadOfficialContacts(LOCALES_DIR);

  it('holds every phone and link of every channels.json, including the short numbers', () => {
    expect(channelFiles.length).toBe(24);
    expect(official.phones).toEqual(expect.arrayContaining([...new Set(channelValues('phone'))]));
    expect(official.urls).toEqual(expect.arrayContaining([...new Set(channelValues('url'))]));
    expect(official.phones).toEqual(expect.arrayContaining(['111', '105']));
  });

  it('every string the bot sends, in every language, passes through unchanged', () => {
    const redactor = loadRedactor(LOCALES_DIR);
    const strings = (value: unknown): string[] =>
      typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];
    const sent = readdirSync(LOCALES_DIR, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) => readdirSync(join(LOCALES_DIR, d.name)).flatMap((f) => strings(JSON.parse(readFileSync(join(LOCALES_DIR, d.name, f), 'utf8')))));
    expect(sent.length).toBeGreaterThan(5_000);
    expect(sent.filter((text) => redactor.redact(text).text !== text)).toEqual([]);
  });

  it('every official number and link survives redaction when a user quotes it', () => {
    const redactor = loadRedactor(LOCALES_DIR);
    for (const value of [...official.phones, ...official.urls]) {
      const text = `they said to use ${value} but I am afraid`;
      expect(redactor.redact(text).text, value).toBe(text);
    }
  });
});
