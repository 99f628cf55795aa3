import type { Activity } from 'botbuilder';

/** Longer messages are cut to this many characters before anything reads them. */
export const MAX_TEXT_CHARS = 2000;

export type UserInput = { kind: 'text'; text: string; truncated: boolean } | { kind: 'notText' };

// Control characters other than tab and newline never mean anything to us.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/**
 * The first layer of a turn: whatever a client sent (a number as text, a huge string, lone
 * surrogates, attachments only), it becomes clean bounded text or `notText`, never an exception.
 */
export function readUserInput(activity: Partial<Activity>): UserInput {
  const raw: unknown = activity.text;
  const text = typeof raw === 'string' ? raw.toWellFormed().replace(CONTROL, ' ').trim() : '';
  if (!text) return { kind: 'notText' };
  return { kind: 'text', text: text.slice(0, MAX_TEXT_CHARS), truncated: text.length > MAX_TEXT_CHARS };
}
