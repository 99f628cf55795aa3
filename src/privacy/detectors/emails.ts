import { matchSpans, type Detector, type Span } from '../types.js';

// The lookbehinds let a match start only where a local part starts, which keeps the scan linear.
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]{1,64}[@＠][\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63})+/gu;
// People spell addresses out to dodge filters: "li.wei at gmail dot com", "liwei [at] qq [dot] com",
// "liwei at gmail.com" (the last only for mail providers: "signed up at facebook.com" is not one).
const AT = String.raw`(?<![\p{L}\p{N}._-])[\p{L}\p{N}._-]{1,64}\s*(?:\[at\]|\(at\)|\sat\s)\s*`;
const SPELLED_DOT = new RegExp(
  String.raw`${AT}[\p{L}\p{N}-]{1,63}(?:\s*(?:\[dot\]|\(dot\)|\sdot\s)\s*[a-z]{2,10}){1,3}(?![\p{L}\p{N}])`,
  'giu',
);
const MAIL_PROVIDER = new RegExp(
  String.raw`${AT}(?:gmail|googlemail|qq|163|126|hotmail|outlook|live|yahoo|icloud|yandex|mail|naver|daum|proton|protonmail)(?:\.[a-z]{2,6}){1,2}(?![\p{L}\p{N}])`,
  'giu',
);

/** Email addresses (official ones, such as a regulator's enquiries address, stay). */
export function emailDetector(officialEmails: readonly string[] = []): Detector {
  const official = new Set(officialEmails.map((e) => e.toLowerCase()));
  return {
    find(text: string): Span[] {
      return [EMAIL, SPELLED_DOT, MAIL_PROVIDER]
        .flatMap((pattern) => matchSpans(text, pattern, 'email'))
        .filter((s) => !official.has(text.slice(s.start, s.end).toLowerCase()));
    },
  };
}
