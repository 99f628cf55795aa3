import { matchSpans, type Detector, type Span } from '../types.js';

// The lookbehinds let a match start only where a local part starts, which keeps the scan linear.
// Local parts and domains are Latin-like, so "邮箱li@qq.com微信" yields just the address.
const LOCAL = String.raw`[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{N}._%+-]`;
const EMAIL = new RegExp(String.raw`(?<!${LOCAL})${LOCAL}{1,64}[@＠][A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})+`, 'gu');
// People spell addresses out to dodge filters: "li.wei at gmail dot com", "liwei [at] qq [dot] com",
// "liwei at gmail.com" (the last only for mail providers: "signed up at facebook.com" is not one).
// One way to match each separator (no "\s*" next to "\s"), so long runs of spaces cannot backtrack.
const DOT = String.raw`(?:\s*(?:\[dot\]|\(dot\))\s*|\s+dot\s+)`;
const AT = String.raw`(?<!${LOCAL})${LOCAL}{1,64}(?:${DOT}${LOCAL}{1,64}){0,3}(?:\s*(?:\[at\]|\(at\))\s*|\s+at\s+)`;
const SPELLED_DOT = new RegExp(
  String.raw`${AT}[A-Za-z0-9-]{1,63}(?:${DOT}[a-z]{2,10}){1,3}(?![\p{L}\p{N}])`,
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
