/** The kinds of personal data the redactor removes. Each becomes the placeholder `[type]`. */
export const PII_TYPES = ['phone', 'email', 'address', 'id_number', 'handle', 'profile_url', 'url', 'name'] as const;
export type PiiType = (typeof PII_TYPES)[number];

/**
 * A stretch of text to replace. `replacement` defaults to the placeholder `[type]`. A span with
 * type `null` is text to keep as it is (an official link): later detectors may not touch it.
 */
export interface Span {
  start: number;
  end: number;
  type: PiiType | null;
  replacement?: string;
}

export interface Detector {
  find(text: string): Span[];
}

export const placeholder = (type: PiiType): string => `[${type}]`;

/** Matches any placeholder the redactor writes, so a second pass leaves them alone. */
export const PLACEHOLDER_PATTERN = new RegExp(`\\[(?:${PII_TYPES.join('|')})\\]`, 'g');

/**
 * Every match of a global regex, as spans of one type. With `group`, only that named group is
 * replaced (the pattern needs the `d` flag), so a label such as "WeChat:" stays readable.
 */
export function matchSpans(text: string, pattern: RegExp, type: PiiType, group?: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(pattern)) {
    const [start, end] = (group ? m.indices?.groups?.[group] : undefined) ?? (group ? [0, 0] : [m.index, m.index + m[0].length]);
    if (end > start) spans.push({ start, end, type });
  }
  return spans;
}
