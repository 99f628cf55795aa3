import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES_DIR } from '../src/paths.js';
import { TOPICS } from '../src/topics.js';
import { content, registry } from './support/harness.js';

const NAMESPACES = ['common', 'topics', 'channels', 'web'] as const;
const others = registry.codes.filter((c) => c !== 'en');
const read = (lang: string, ns: string): any => JSON.parse(readFileSync(join(LOCALES_DIR, lang, `${ns}.json`), 'utf8'));

/** Every leaf of a JSON tree with its dotted path (arrays of free words are one leaf). */
function leaves(value: unknown, path = ''): [string, unknown][] {
  if (Array.isArray(value) && value.every((v) => typeof v === 'string') && !path.endsWith('pages')) return [[path, value]];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  return [[path, value]];
}

const placeholders = (s: string): string[] => (s.match(/\$t\([^)]*\)|\{\{[^}]*\}\}/g) ?? []).sort();
const numbersAndUrls = (s: string): string[] => (s.match(/https?:\/\/[^\s)]+|\b\d{3}\b(?![ -]?\d)|\b0\d{3} \d{3} \d{3}\b/g) ?? []).map((x) => x.replace(/[.,;:]+$/, '')).sort();

describe.each(others)('%s translation', (lang) => {
  it('has every content file and a glossary of the key terms', () => {
    for (const ns of [...NAMESPACES, 'glossary']) expect(existsSync(join(LOCALES_DIR, lang, `${ns}.json`)), `${lang}/${ns}.json`).toBe(true);
    const terms = read(lang, 'glossary').terms as Record<string, string>;
    for (const term of ['foreign interference', 'transnational repression', 'NZSIS']) expect(terms[term], term).toBeTruthy();
    expect(Object.keys(terms).some((k) => k.startsWith('report'))).toBe(true);
  });

  it.each(NAMESPACES)('%s.json has every key English has, none empty, with the same placeholders', (ns) => {
    const english = new Map(leaves(read('en', ns)).filter(([k]) => !k.startsWith('_meta')));
    const translated = new Map(leaves(read(lang, ns)));
    for (const [key, value] of english) {
      const t = translated.get(key);
      expect(t, `${lang}/${ns}: ${key}`).toBeDefined();
      if (Array.isArray(value)) {
        expect(Array.isArray(t) && t.length > 0 && t.every((w: string) => w.trim() !== ''), `${lang}/${ns}: ${key}`).toBe(true);
      } else if (typeof value === 'string') {
        expect(typeof t === 'string' && t.trim() !== '', `${lang}/${ns}: ${key} is empty`).toBe(true);
        expect(placeholders(t as string), `${lang}/${ns}: ${key}`).toEqual(placeholders(value));
      }
    }
    expect([...translated.keys()].filter((k) => !english.has(k) && !k.startsWith('_meta')), 'extra keys').toEqual([]);
  });

  it('keeps every phone number and URL identical to English', () => {
    const en = read('en', 'channels');
    const tr = read(lang, 'channels');
    for (const id of Object.keys(en).filter((k) => k !== '_meta')) {
      expect(tr[id].phone, `${id}.phone`).toBe(en[id].phone);
      expect(tr[id].url, `${id}.url`).toBe(en[id].url);
    }
    for (const topic of TOPICS) {
      for (const part of ['summary', 'detail'] as const) {
        expect(numbersAndUrls(content.topicText(lang, topic, part)), `${topic}.${part}`).toEqual(numbersAndUrls(content.topicText('en', topic, part)));
      }
    }
  });

  it('carries the same review metadata as English, marked as a draft translation', () => {
    for (const ns of NAMESPACES) {
      const meta = read(lang, ns)._meta;
      expect(meta?.checkBeforeLaunch, ns).toEqual(read('en', ns)._meta.checkBeforeLaunch);
      expect(meta?.lastReviewed, ns).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(meta?.translation, ns).toMatch(/native speaker/);
    }
  });

});

describe.each(registry.codes)('%s answers', (lang) => {
  it('has unique topic titles that no command word shadows', () => {
    const titles = TOPICS.map((t) => content.topicTitle(lang, t).toLocaleLowerCase());
    expect(new Set(titles).size).toBe(titles.length);
    const words = ['help', 'cancel', 'restart', 'language'].flatMap((c) => content.list(lang, `commands.${c}`).map((w) => w.toLocaleLowerCase()));
    expect(titles.filter((t) => words.includes(t))).toEqual([]);
  });

  it('never glues punctuation to a link (link detection would swallow it)', () => {
    for (const topic of TOPICS) {
      for (const part of ['summary', 'detail'] as const) {
        const text = content.topicText(lang, topic, part);
        for (const m of text.matchAll(/https?:\/\/\S+/g)) expect(m[0], `${topic}.${part}`).toMatch(/^https?:\/\/[^\s]*[\w/=-][.,)]?$/);
      }
    }
  });

  it('renders every answer fully (no missing nesting)', () => {
    for (const topic of TOPICS) {
      for (const part of ['summary', 'detail'] as const) expect(content.topicText(lang, topic, part)).not.toMatch(/\$t\(|\{\{|topics:/);
    }
  });
});
