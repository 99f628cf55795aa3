/** Scripts written with spaces between words: their words need boundaries, so "line" is not in "online". */
const SPACED = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Arabic}\p{Script=Devanagari}\p{N}]/u;

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** One word or phrase as a regex source: spaces match any run of spaces, words get boundaries. */
export function phrase(text: string): string {
  const body = escape(text.trim()).replace(/\s+/g, '\\s+');
  // A hyphen before counts as part of the word: "on-line:" is not the app Line.
  const before = SPACED.test(text.charAt(0)) ? '(?<![\\p{L}\\p{N}_-])' : '';
  const after = SPACED.test(text.charAt(text.length - 1)) ? '(?![\\p{L}\\p{N}_])' : '';
  return `${before}${body}${after}`;
}

/** A non-capturing alternation of phrases, longest first so "passport number" wins over "passport". */
export function anyOf(texts: readonly string[]): string {
  const unique = [...new Set(texts.map((t) => t.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
  return `(?:${unique.map(phrase).join('|')})`;
}
