import { ID_CONNECTORS, ID_LABELS } from '../lexicon/id-labels.js';
import { asciiDigits } from '../digits.js';
import { anyOf } from '../patterns.js';
import { matchSpans, type Detector, type Span } from '../types.js';

// A document number: letters and digits, possibly in groups ("E12345678", "45 09 123456",
// "900101-1234567"). Every group after the first starts with a digit, so words after it are not taken.
const DOCUMENT_NUMBER = String.raw`[A-Za-z]{0,3}\p{Nd}[\p{Nd}A-Za-z]*(?:[ -]\p{Nd}[\p{Nd}A-Za-z]*){0,4}`;
const LABELLED = new RegExp(
  String.raw`${anyOf(Object.values(ID_LABELS).flat())}\s*(?:${anyOf(ID_CONNECTORS)}\s*){0,3}(?:[:：#]\s*)?` +
    String.raw`(?<value>${DOCUMENT_NUMBER})(?![\p{Script=Latin}\p{N}])`,
  'giud',
);

// Unlabelled shapes that are almost never anything else.
const UNLABELLED = [
  // Passport or NZ driver licence style: 1–3 capitals then 6–10 digits (E12345678, AB123456).
  /(?<![\p{L}\p{N}_])[A-Z]{1,3}\d{6,10}(?![\p{L}\p{N}_])/gu,
  // Chinese resident ID: 17 digits and a digit or X (CJK text may touch it).
  /(?<![\p{Script=Latin}\p{N}])\d{17}[\dXx](?![\p{Script=Latin}\p{N}])/gu,
  // NZ bank account: 12-3456-7890123-00.
  /(?<!\p{N})\d{2}-\d{4}-\d{7}-\d{2,3}(?!\p{N})/gu,
  // 16 or more digits (cards, accounts), in groups or not: longer than any phone number.
  /(?<![\p{N}+])\p{Nd}(?:[ -]?\p{Nd}){15,24}(?!\p{N})/gu,
];

/** Passport, ID card, licence, visa and account numbers. */
export const idNumberDetector: Detector = {
  find(text: string): Span[] {
    if (!/\p{Nd}/u.test(text)) return [];
    // At least six letters and digits, four of them digits: "visa 2024" is a year, not a number.
    const labelled = matchSpans(text, LABELLED, 'id_number', 'value').filter((s) => {
      const value = asciiDigits(text.slice(s.start, s.end));
      return value.replace(/[^A-Za-z0-9]/g, '').length >= 6 && value.replace(/\D/g, '').length >= 4;
    });
    return [...labelled, ...UNLABELLED.flatMap((pattern) => matchSpans(text, pattern, 'id_number'))];
  },
};
