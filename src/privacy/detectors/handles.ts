import { HANDLE_AMBIGUOUS, HANDLE_APPS, HANDLE_ID_WORDS, HANDLE_WEAK_WORDS, NOT_USERNAMES } from '../lexicon/handle-labels.js';
import { anyOf } from '../patterns.js';
import { matchSpans, type Detector, type Span } from '../types.js';

// @name, as on Telegram, X, Instagram, Threads, Weibo. It must start with a letter or "_" so
// "@ 5pm" or "@5" is not a handle, and not follow a letter so an email's "@domain" is not one.
const AT_HANDLE = /(?<![\p{L}\p{N}_.@＠])[@＠][\p{L}_][\p{L}\p{M}\p{N}_.]{0,31}(?<!\.)/gu;

const USERNAME = String.raw`[A-Za-z_][A-Za-z0-9_.-]{1,39}(?<![.-])`;
const LABELLED = new RegExp(
  String.raw`(?<app>${anyOf([...HANDLE_APPS, ...HANDLE_AMBIGUOUS])})(?<space>\s*)` +
    String.raw`(?:(?<id>${anyOf(HANDLE_ID_WORDS)})\s*)?(?:(?<punct>[:：=]|(?<=\s)[-—](?=\s))\s*)?(?:(?<weak>${anyOf(HANDLE_WEAK_WORDS)})\s*){0,2}(?:[:：]\s*)?` +
    String.raw`(?<value>${USERNAME})(?![\p{Script=Latin}\p{N}_@])`,
  'giud',
);
const AMBIGUOUS = new Set(HANDLE_AMBIGUOUS);
const NOT_A_USERNAME = new Set(NOT_USERNAMES);
const LATIN = /\p{Script=Latin}/u;

/** Whether the token after an app name is the user's handle, given the words in between. */
function isHandle(groups: Record<string, string | undefined>): boolean {
  const { app = '', id, punct, weak, value = '' } = groups;
  const looksLikeUsername = /[\d_.]/.test(value);
  if (AMBIGUOUS.has(app.toLowerCase())) return Boolean(id || punct) && (looksLikeUsername || !NOT_A_USERNAME.has(value.toLowerCase()));
  if (punct || (id && !weak)) return true;
  if (id) return !NOT_A_USERNAME.has(value.toLowerCase());
  // A Latin token right after an app named in another script ("加我微信liwei") is its id.
  if (!LATIN.test(app) && !weak) return true;
  return looksLikeUsername;
}

/** Messaging handles: "@name", and usernames labelled with their app ("WeChat: liwei_88"). */
export const handleDetector: Detector = {
  find(text: string): Span[] {
    const labelled: Span[] = [];
    for (const m of text.matchAll(LABELLED)) {
      const range = m.indices?.groups?.value;
      if (range && m.groups && isHandle(m.groups)) labelled.push({ start: range[0], end: range[1], type: 'handle' });
    }
    return [...labelled, ...matchSpans(text, AT_HANDLE, 'handle')];
  },
};
