import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const registrySchema = z.object({
  languages: z.record(
    z.string().regex(/^[a-z]{2,3}(-[A-Za-z]{2,4})?$/),
    z.object({
      name: z.string().min(1),
      script: z.string().regex(/^[A-Z][a-z]{3}$/),
      romanised: z.boolean().optional(),
      locales: z.array(z.string().min(2)).min(1),
    }),
  ),
});

export interface LanguageInfo {
  code: string;
  /** The language's name in its own script, as users see it in the picker. */
  name: string;
  /** ISO 15924 script code. */
  script: string;
  /** People also write it in Latin letters. */
  romanised: boolean;
  locales: string[];
}

/** The languages the bot speaks, from locales/languages.json (adding a language is data only). */
export class LanguageRegistry {
  private readonly byCode: Map<string, LanguageInfo>;

  constructor(languages: readonly LanguageInfo[]) {
    this.byCode = new Map(languages.map((l) => [l.code, l]));
  }

  static load(localesDir: string): LanguageRegistry {
    const parsed = registrySchema.parse(JSON.parse(readFileSync(join(localesDir, 'languages.json'), 'utf8')));
    return new LanguageRegistry(
      Object.entries(parsed.languages).map(([code, l]) => ({ code, ...l, romanised: l.romanised ?? false })),
    );
  }

  get codes(): string[] {
    return [...this.byCode.keys()];
  }

  get all(): LanguageInfo[] {
    return [...this.byCode.values()];
  }

  has(code: string): boolean {
    return this.byCode.has(code);
  }

  get(code: string): LanguageInfo | undefined {
    return this.byCode.get(code);
  }

  /** Maps a channel's locale (zh-TW, pt-BR, fil, en-NZ …) onto one of our languages, if any. */
  fromLocale(locale: unknown): string | undefined {
    if (typeof locale !== 'string' || locale.length < 2 || locale.length > 35) return undefined;
    const wanted = locale.replace(/_/g, '-').toLowerCase();
    const matches = (pattern: string): boolean => {
      const p = pattern.toLowerCase();
      return p.endsWith('-*') ? wanted.startsWith(p.slice(0, -1)) : wanted === p;
    };
    // Exact locales first (zh-TW before zh), then wildcards.
    for (const exact of [true, false]) {
      for (const l of this.byCode.values()) {
        if (l.locales.some((p) => p.endsWith('-*') !== exact && matches(p))) return l.code;
      }
    }
    return undefined;
  }
}
