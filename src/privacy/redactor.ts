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

/**
 * The accepted spans, kept sorted and non-overlapping (so their ends are sorted too), which lets
 * each new span find the ones it overlaps by binary search: thousands of finds stay fast.
 */
class SpanSet {
  readonly spans: Span[] = [];

  constructor(private readonly text: string) {}

  /** Index of the first span ending after `start`. */
  private firstEndingAfter(start: number): number {
    let lo = 0;
    let hi = this.spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.spans[mid]!.end <= start) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private overlapping(range: { start: number; end: number }): { at: number; hits: Span[] } {
    const at = this.firstEndingAfter(range.start);
    let to = at;
    while (to < this.spans.length && this.spans[to]!.start < range.end) to++;
    return { at, hits: this.spans.slice(at, to) };
  }

  /**
   * Earlier detectors win overlaps; a span of the same type that overlaps is merged. An address
   * clause that runs into an earlier find ("address: 12 queen st, phone 021 …") is cut back to the
   * last comma before it rather than dropped, so the address is not left behind.
   */
  add(span: Span): void {
    const { at, hits } = this.overlapping(span);
    if (hits.length === 0) {
      this.spans.splice(at, 0, span);
    } else if (hits.every((h) => h.type === span.type && h.replacement === span.replacement)) {
      const merged = { ...span, start: Math.min(span.start, hits[0]!.start), end: Math.max(span.end, hits[hits.length - 1]!.end) };
      this.spans.splice(at, hits.length, merged);
    } else if (span.type === 'address') {
      const before = this.text.slice(span.start, hits[0]!.start);
      const comma = Math.max(before.lastIndexOf(','), before.lastIndexOf('，'));
      const kept = (comma > 0 ? before.slice(0, comma) : before).trimEnd();
      if (kept.length >= 4) this.spans.splice(at, 0, { ...span, end: span.start + kept.length });
    }
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
      // Placeholders already in the text (a second run, or a user typing one) are left alone.
      const accepted = new SpanSet(text);
      for (const m of text.matchAll(PLACEHOLDER_PATTERN)) accepted.spans.push({ start: m.index, end: m.index + m[0].length, type: null });
      for (const detector of detectors) {
        for (const span of detector.find(text).sort((a, b) => a.start - b.start)) accepted.add(span);
      }
      let out = '';
      let at = 0;
      for (const span of accepted.spans) {
        if (span.type === null) continue;
        out += text.slice(at, span.start) + (span.replacement ?? placeholder(span.type));
        at = span.end;
        found[span.type]++;
      }
      return { text: out + text.slice(at), found };
    },
  };
}
