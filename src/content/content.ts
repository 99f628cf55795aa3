import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import i18next, { type i18n, type Resource } from 'i18next';
import type { Topic } from '../topics.js';

export const DEFAULT_LANGUAGE = 'en';

export interface ChannelInfo {
  name: string;
  phone?: string;
  url?: string;
  urlLabel?: string;
  when?: string;
  hours?: string;
}

/** What the service does that its text tells people. */
export interface ServiceFacts {
  /** Days a redacted transcript is kept (RETENTION_DAYS). */
  retentionDays: number;
}

/** Reads locales/<lang>/<namespace>.json: one folder per language, one file per namespace. */
function readResources(localesDir: string): Resource {
  const resources: Resource = {};
  for (const lang of readdirSync(localesDir)) {
    const dir = join(localesDir, lang);
    if (!statSync(dir).isDirectory()) continue;
    resources[lang] = {};
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      resources[lang][basename(file, '.json')] = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    }
  }
  return resources;
}

/** Every user-facing string, served from locales/ through i18next. Code never holds the text. */
export class Content {
  private constructor(private readonly i18n: i18n) {}

  /**
   * `facts` are the service's own settings that the text states (the privacy notice says how many
   * days a redacted transcript is kept), filled in wherever a string names them.
   */
  static load(localesDir: string, facts: ServiceFacts): Content {
    const resources = readResources(localesDir);
    const instance = i18next.createInstance();
    void instance.init({
      initAsync: false,
      resources,
      lng: DEFAULT_LANGUAGE,
      fallbackLng: DEFAULT_LANGUAGE,
      supportedLngs: Object.keys(resources),
      ns: Object.keys(resources[DEFAULT_LANGUAGE] ?? {}),
      defaultNS: 'common',
      // Replies are plain text and cards, not HTML.
      interpolation: { escapeValue: false, defaultVariables: { retentionDays: facts.retentionDays } },
      returnNull: false,
    });
    return new Content(instance);
  }

  get languages(): string[] {
    return Object.keys(this.i18n.options.resources ?? {});
  }

  t(lang: string, key: string, options: Record<string, unknown> = {}): string {
    return this.i18n.t(key, { lng: lang, ...options }) as string;
  }

  list(lang: string, key: string): string[] {
    const value = this.i18n.t(key, { lng: lang, returnObjects: true }) as unknown;
    return Array.isArray(value) ? value.map(String) : [];
  }

  topicTitle(lang: string, topic: Topic): string {
    return this.t(lang, `topics:${topic}.title`);
  }

  topicText(lang: string, topic: Topic, part: 'summary' | 'detail'): string {
    return this.t(lang, `topics:${topic}.${part}`);
  }

  channel(lang: string, id: string): ChannelInfo {
    const value = this.i18n.t(`channels:${id}`, { lng: lang, returnObjects: true }) as unknown;
    if (typeof value !== 'object' || value === null) throw new Error(`unknown channel "${id}"`);
    return value as ChannelInfo;
  }

  /** Text direction for a language, so clients can render right-to-left scripts. */
  dir(lang: string): 'ltr' | 'rtl' {
    return this.i18n.dir(lang);
  }
}
