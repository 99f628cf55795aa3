import type { LanguageRegistry } from '../languages.js';

/** Accept-Language entries, most preferred first (RFC 9110 q-values; malformed entries count as q=0). */
function acceptedLocales(header: string | undefined): string[] {
  if (!header) return [];
  return header
    .slice(0, 500)
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((e) => e.tag !== '' && e.tag !== '*' && e.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
    .map((e) => e.tag);
}

/** The page's language: `?lang=` when we speak it, else the browser's first language we speak, else the default. */
export function requestLanguage(registry: LanguageRegistry, query: string | null, acceptLanguage: string | undefined, fallback: string): string {
  if (query && registry.has(query)) return query;
  for (const locale of acceptedLocales(acceptLanguage)) {
    const code = registry.fromLocale(locale);
    if (code) return code;
  }
  return fallback;
}
