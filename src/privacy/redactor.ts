import { addressDetector } from './detectors/addresses.js';
import { emailDetector } from './detectors/emails.js';
import { handleDetector } from './detectors/handles.js';
import { idNumberDetector } from './detectors/ids.js';
import { nameDetector } from './detectors/names.js';
import { phoneDetector } from './detectors/phones.js';
import { urlDetector } from './detectors/urls.js';
import type { OfficialContacts } from './official.js';
import { PII_TYPES, PLACEHOLDER_PATTERN, placeholder, type Detector, type PiiType, type Span } from './types.js';

export interface Redaction {
  text: string;
  /** How many of each kind were replaced. */
  found: Record<PiiType, number>;
}

export interface Redactor {
  redact(text: string): Redaction;
}

export interface RedactorOptions {
  /** Numbers, links and emails the bot itself gives out: kept when a user quotes them. */
  official?: Partial<OfficialContacts>;
}

type Accepted = Span | { start: number; end: number; type: null };

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

/**
 * Adds one detector's spans to the accepted ones. Earlier detectors win overlaps; a span of the same
 * type that overlaps is merged. An address clause that runs into an earlier find ("address: 12 queen
 * st, phone 021 …") is cut short before it rather than dropped, so the address is not left behind.
 */
function accept(accepted: Accepted[], span: Span): void {
  const hits = accepted.filter((a) => overlaps(a, span));
  if (hits.length === 0) {
    accepted.push(span);
  } else if (hits.every((h) => h.type === span.type && h.replacement === span.replacement)) {
    const merged = { ...span, start: Math.min(span.start, ...hits.map((h) => h.start)), end: Math.max(span.end, ...hits.map((h) => h.end)) };
    for (const h of hits) accepted.splice(accepted.indexOf(h), 1);
    accepted.push(merged);
  } else if (span.type === 'address') {
    const end = Math.min(...hits.map((h) => h.start));
    if (end - span.start >= 4 && !accepted.some((a) => overlaps(a, { start: span.start, end }))) accepted.push({ ...span, end });
  }
}

/**
 * The redactor the transcript store calls before anything is written: personal data becomes typed
 * placeholders (`[phone]`, `[email]`, `[address]`, `[id_number]`, `[handle]`, `[profile_url]`,
 * `[name]`, and `[url]` for the path of an ordinary link), so a reviewer still understands the turn.
 * Running it again on its own output changes nothing.
 */
export function createRedactor(options: RedactorOptions = {}): Redactor {
  const official = options.official ?? {};
  // In priority order: links first (they contain @ and digits), names last (the least certain).
  const detectors: Detector[] = [
    urlDetector(official.urls ?? []),
    emailDetector(official.emails ?? []),
    handleDetector,
    idNumberDetector,
    phoneDetector(official.phones ?? []),
    addressDetector,
    nameDetector(),
  ];
  return {
    redact(text: string): Redaction {
      const found = Object.fromEntries(PII_TYPES.map((t) => [t, 0])) as Record<PiiType, number>;
      if (typeof text !== 'string' || text === '') return { text: typeof text === 'string' ? text : '', found };
      const accepted: Accepted[] = [...text.matchAll(PLACEHOLDER_PATTERN)].map((m) => ({ start: m.index, end: m.index + m[0].length, type: null }));
      for (const detector of detectors) {
        for (const span of detector.find(text).sort((a, b) => a.start - b.start)) accept(accepted, span);
      }
      let out = '';
      let at = 0;
      for (const span of accepted.sort((a, b) => a.start - b.start)) {
        if (span.type === null) continue;
        out += text.slice(at, span.start) + (span.replacement ?? placeholder(span.type));
        at = span.end;
        found[span.type]++;
      }
      return { text: out + text.slice(at), found };
    },
  };
}
