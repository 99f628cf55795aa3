import { describe, expect, it } from 'vitest';
import { MAX_TEXT_CHARS, readUserInput } from '../src/pipeline/limits.js';
import { normalise, QuickReplies } from '../src/pipeline/quick-replies.js';
import { DangerDetector } from '../src/pipeline/safety.js';
import { CORPUS_DIR } from '../src/paths.js';
import { content, registry } from './support/harness.js';

describe('limits', () => {
  it.each([
    ['plain text', { text: '  hello  ' }, { kind: 'text', text: 'hello', truncated: false }],
    ['a number', { text: 42 }, { kind: 'notText' }],
    ['an object', { text: { a: 1 } }, { kind: 'notText' }],
    ['whitespace only', { text: ' \n\t ' }, { kind: 'notText' }],
    ['no text', {}, { kind: 'notText' }],
    ['control characters', { text: 'hi\u0000there\u0007' }, { kind: 'text', text: 'hi there', truncated: false }],
  ])('%s', (_name, activity, expected) => {
    expect(readUserInput(activity as never)).toEqual(expected);
  });

  it('cuts huge text to the limit and says so', () => {
    const input = readUserInput({ text: 'x'.repeat(MAX_TEXT_CHARS * 3) });
    expect(input).toMatchObject({ kind: 'text', truncated: true });
    expect(input.kind === 'text' && input.text.length).toBe(MAX_TEXT_CHARS);
  });

  it('repairs lone surrogates instead of failing', () => {
    const input = readUserInput({ text: 'a\ud800b' });
    expect(input.kind === 'text' && input.text).toBe('a\ufffdb');
  });
});

describe('quick replies', () => {
  const quick = new QuickReplies(content, registry.all);
  it.each([
    [content.topicTitle('en', 'report'), { kind: 'topic', topic: 'report' }],
    ['  REPORT SOMETHING! ', { kind: 'topic', topic: 'report' }],
    [content.t('en', 'more.label'), { kind: 'action', action: 'more' }],
    ['help', { kind: 'action', action: 'menu' }],
    ['?', { kind: 'action', action: 'menu' }],
    ['start over', { kind: 'action', action: 'restart' }],
    ['never mind', { kind: 'action', action: 'cancel' }],
    ['yep', { kind: 'answer' }],
    ['how do I report this', undefined],
    ['日本語', { kind: 'language', language: 'ja' }],
    ['change language', { kind: 'action', action: 'language' }],
  ])('"%s"', (text, expected) => {
    expect(quick.resolve(text)).toEqual(expected);
  });

  it('normalises case, width and trailing punctuation', () => {
    expect(normalise('Ｈｅｌｐ！！')).toBe('help');
  });
});

describe('danger cues (every language’s cues apply to every message)', () => {
  const detector = DangerDetector.load(CORPUS_DIR, registry.codes);
  it.each([
    "there's a man outside my house",
    'a car is parked outside my home and they keep staring',
    'someone is following me',
    'they are trying to break in',
    'he has a knife',
    'I want to kill myself',
    'i am in danger',
    'they said they are going to kidnap my son',
  ])('danger: "%s"', (text) => {
    expect(detector.matchesCue(text)).toBe(true);
  });

  it.each([
    'how do I report foreign interference',
    'someone photographed me at a protest last year',
    'what are my rights',
    'they threatened my family back home last month',
    'my account was hacked',
  ])('not a cue: "%s"', (text) => {
    expect(detector.matchesCue(text)).toBe(false);
  });
});
