import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { LOCALES_DIR } from '../src/paths.js';
import { TOPICS } from '../src/topics.js';
import { content, recognizer, startConversation, texts } from './support/harness.js';

/** facts.md §9, as patterns no English sentence the bot can say may match. */
const NEVER: Record<string, RegExp> = {
  'promise that reporting cannot affect a visa': /(won'?t|will not|cannot|can'?t|doesn'?t|does not|never|not) (\w+ )?(affect|harm|hurt|change|impact|risk|endanger) (\w+ )?(visa|immigration|residency|residence)/i,
  'visa or immigration reassurance of any kind': /(visa|immigration)[^.]*\b(safe|protected|not affected)\b/i,
  'send people to the home embassy or consulate': /(contact|call|go to|visit|ask|tell|write to|report to) (\w+ ){0,3}(embassy|consulate|high commission)/i,
  'promise confidentiality it cannot guarantee': /(100 ?%|completely|totally|fully|guaranteed|always) (anonymous|safe|confidential|secret|private)|no one will (ever )?know|nobody will (ever )?find out/i,
  'tell someone whether something is a crime': /\b(this|that|it) (is|was|sounds like) (definitely |certainly |clearly )?(a crime|illegal|against the law)\b/i,
  'ask for names, addresses or family details': /\b(what is|what's|tell me|send me|give me|type|share) (your|their|his|her|the) (full )?(name|address|phone number|family)/i,
  'blame a community': /\b(community|communities|diaspora|ethnic group|migrants?|immigrants?) (is|are) (a )?(threat|dangerous|suspect|spies|spying|to blame|loyal to)/i,
};

function allStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(allStrings);
  if (value && typeof value === 'object') return Object.entries(value).filter(([k]) => k !== '_meta').flatMap(([, v]) => allStrings(v));
  return [];
}

const englishStrings = readdirSync(join(LOCALES_DIR, 'en')).flatMap((f) => allStrings(JSON.parse(readFileSync(join(LOCALES_DIR, 'en', f), 'utf8'))));

beforeAll(async () => {
  await recognizer();
});

describe('no English content breaks a must-never rule (facts.md §9)', () => {
  it.each(Object.entries(NEVER))('never: %s', (_rule, pattern) => {
    expect(englishStrings.length).toBeGreaterThan(100);
    expect(englishStrings.filter((s) => pattern.test(s))).toEqual([]);
  });

  it('the patterns do catch the sentences they exist for', () => {
    expect(NEVER['promise that reporting cannot affect a visa']!.test("Don't worry, it won't affect your visa.")).toBe(true);
    expect(NEVER['send people to the home embassy or consulate']!.test('You should contact your embassy for help.')).toBe(true);
    expect(NEVER['promise confidentiality it cannot guarantee']!.test('Reporting is 100% anonymous.')).toBe(true);
    expect(NEVER['tell someone whether something is a crime']!.test('That is definitely a crime.')).toBe(true);
    expect(NEVER['ask for names, addresses or family details']!.test('Please tell me their name.')).toBe(true);
    expect(NEVER['blame a community']!.test('That community is a threat.')).toBe(true);
  });

  it('names the states NZSIS named only in the examples detail, framed as states not communities', () => {
    const states = /People's Republic of China|\bChina\b|\bIran\b|\bRussia\b/;
    const naming = TOPICS.flatMap((t) => (['summary', 'detail'] as const).map((p) => [`${t}.${p}`, content.topicText('en', t, p)] as const)).filter(([, s]) => states.test(s));
    expect(naming.map(([k]) => k)).toEqual(['examples.detail']);
    expect(naming[0]?.[1]).toMatch(/not from the communities/);
  });
});

describe('risky questions get safe answers', () => {
  it.each([
    'will reporting affect my visa?',
    'if I report will immigration cancel my visa',
    'should I go to my embassy for help with this?',
    'is it a crime that they photographed me at the protest?',
    'can you promise nobody will know I reported?',
    'it is the fault of my own community right?',
  ])('%s', async (question) => {
    const conversation = await startConversation();
    const replies = texts(await conversation.say(question));
    expect(replies).not.toBe('');
    for (const [rule, pattern] of Object.entries(NEVER)) expect(pattern.test(replies), rule).toBe(false);
  });
});
