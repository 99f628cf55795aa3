import { findPhoneNumbersInText } from 'libphonenumber-js/max';
import { asciiDigits } from '../digits.js';
import type { Detector, Span } from '../types.js';

// Digit groups joined by single spaces, dots or dashes, with an optional "+" and "(09)"-style
// area code: "021 123 4567", "+86 138 0013 8000", "09-123 4567", "(09) 123 4567", "+64 (0)21 …".
// Each group is separated by a required separator, so there is one way to split a number: linear.
// Chinese, Japanese and Korean write numbers right against words ("电话13800138000", "…5678로"), so
// only Latin-like letters and digits next to a number mean it is part of a code ("E12345678").
const PHONE_SHAPE =
  /(?<![\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{N}_+(])(?:(?:\+|00)\s?)?(?:\(\p{Nd}{1,5}\)[ .-]?)?\p{Nd}+(?:[ .-]?\(\p{Nd}{1,4}\)[ .-]?\p{Nd}+|[ .-]\p{Nd}+)*/gu;

const LATIN_LIKE_OR_DIGIT = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{N}_]/u;

// Shapes that are dates, ranges or amounts rather than phones.
const DATES_AND_RANGES = [
  /^\d{1,4}[.-]\d{1,2}[.-]\d{1,4}$/, // 12.03.2024, 01-03-2024, 2024-03-12
  /^(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/, // 20240312
  /^(?:19|20)\d\d-(?:19|20)\d\d$/, // 2020-2024
  /^\d{1,2}\.\d\d-\d{1,2}\.\d\d$/, // 10.30-11.30
];
const AMOUNTS = [
  /^\d+\.\d+$/, // 3.14159265
  /^[1-9]\d{0,2}(?:[ .]\d{3})+$/, // 1 000 000, 1.000.000
  /^[1-9]\d{6}$/, // 7 digits without any separator: an amount or a count
];

/** Whether a digit-shaped string is plausibly a phone number (7–15 digits, not a date or amount). */
function isPhoneShaped(raw: string): boolean {
  const ascii = asciiDigits(raw);
  const digits = ascii.replace(/\D/g, '');
  const international = /^(?:\+|00)/.test(ascii);
  if (digits.length < (international ? 8 : 7) || digits.length > 15) return false;
  if (international) return true;
  if (DATES_AND_RANGES.some((p) => p.test(ascii))) return false;
  return /^[0(]/.test(ascii) || !AMOUNTS.some((p) => p.test(ascii));
}

/** The number as NZ writes it nationally, without the trunk "0": the key official numbers are compared by. */
function nationalKey(raw: string): string {
  const ascii = asciiDigits(raw).trim();
  const digits = ascii.replace(/\D/g, '');
  if (ascii.startsWith('+')) return digits.startsWith('64') ? digits.slice(2) : `+${digits}`;
  if (ascii.startsWith('00')) return digits.startsWith('0064') ? digits.slice(4) : `+${digits.slice(2)}`;
  return digits.replace(/^0/, '');
}

/**
 * Phone numbers in NZ and international formats: libphonenumber-js (default country NZ, valid
 * numbers only) plus our own shape pattern for what it misses (Chinese mobiles written without
 * "+86", NZ numbers with unusual separators). Official numbers the bot gives out are kept.
 */
export function phoneDetector(officialPhones: readonly string[]): Detector {
  const official = new Set(officialPhones.map(nationalKey));
  const keep = (raw: string): boolean => official.has(nationalKey(raw));
  return {
    find(text: string): Span[] {
      if (!/\p{Nd}/u.test(text)) return [];
      const spans: Span[] = [];
      for (const found of findPhoneNumbersInText(text, { defaultCountry: 'NZ' })) {
        const raw = text.slice(found.startsAt, found.endsAt);
        if (!keep(raw)) spans.push({ start: found.startsAt, end: found.endsAt, type: 'phone' });
      }
      for (const m of text.matchAll(PHONE_SHAPE)) {
        const raw = m[0].trimEnd();
        const next = text.charAt(m.index + m[0].length);
        if (LATIN_LIKE_OR_DIGIT.test(next) || !isPhoneShaped(raw) || keep(raw)) continue;
        spans.push({ start: m.index, end: m.index + raw.length, type: 'phone' });
      }
      return spans;
    },
  };
}
