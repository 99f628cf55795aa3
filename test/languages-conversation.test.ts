import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app.js';
import { loadTestSet } from '../src/nlu/corpus.js';
import { CORPUS_DIR } from '../src/paths.js';
import { dominantScript, lettersOf } from '../src/pipeline/script.js';
import { content, registry, startConversation } from './support/harness.js';
import { activity, postActivity, startTestApp } from './support/server.js';

let app: App;
beforeAll(async () => {
  app = await startTestApp();
}, 120_000);
afterAll(async () => {
  await app.drain(1000);
});

const heldOut = (lang: string, intent: string): string[] =>
  loadTestSet(join(CORPUS_DIR, `${lang}.test.json`))
    .filter((t) => t.intent === intent)
    .map((t) => t.text);
const topicOf = (a: any): string | undefined => a.entities?.find((e: any) => e.type === 'topic')?.id;

describe.each(registry.codes)('%s over /api/messages', (lang) => {
  it('answers report questions in that language, with topic "report" and the same phone number as English', async () => {
    const questions = heldOut(lang, 'report');
    const ownLocale = registry.get(lang)!.locales[0]!;
    let inLanguage = 0;
    let answered = 0;
    for (const [i, text] of questions.entries()) {
      const { status, json } = await postActivity(app, activity({ text, locale: ownLocale, conversation: { id: `${lang}-report-${i}` } }));
      expect(status).toBe(200);
      const reply = json.activities.at(-1);
      // The conversation is in the channel's language and stays there.
      expect(reply.locale, text).toBe(lang);
      if (topicOf(reply) === 'report') {
        answered += 1;
        expect(reply.text).toContain('0800 747 224');
        expect(reply.text).toContain(content.topicText(lang, 'report', 'summary'));
      }
      // With the browser saying English, text in the language's own script decides the language
      // (romanised text — Hinglish, Tanglish … — cannot, so it is not asked to).
      if (lang !== 'en' && dominantScript(lettersOf(text)) !== 'Latn') {
        const detected = await postActivity(app, activity({ text, locale: 'en-US', conversation: { id: `${lang}-detect-${i}` } }));
        if (detected.json.activities.at(-1).locale === lang) inLanguage += 1;
      } else inLanguage += 1;
    }
    expect(answered / questions.length, 'share of report questions answered as report').toBeGreaterThanOrEqual(0.8);
    expect(inLanguage / questions.length, 'share detected from the text alone').toBeGreaterThanOrEqual(0.8);
  });

  it('puts 111 first for every held-out danger-now message', async () => {
    const conversation = await startConversation({ locale: lang });
    for (const text of heldOut(lang, 'emergency')) {
      const [first] = await conversation.say(text);
      expect(topicOf(first), text).toBe('emergency');
      expect(first?.text, text).toMatch(/(^|[^\d])111([^\d]|$)/);
    }
  });

  it('welcomes a new conversation in this language when the channel says so', async () => {
    const conversation = await startConversation({ locale: registry.get(lang)!.locales[0]! });
    const replies = await conversation.send({ type: 'conversationUpdate', membersAdded: [{ id: 'u1', name: 'User' }], recipient: { id: 'bot', name: 'Bot' } });
    expect(replies[0]?.text).toBe(content.t(lang, 'welcome.hello'));
    expect(replies.every((r) => r.locale === lang)).toBe(true);
  });

  it('"change language" in this language shows the picker with the 24 native names', async () => {
    const conversation = await startConversation({ locale: lang });
    const [picker] = await conversation.say(content.list(lang, 'commands.language')[0]!);
    expect(topicOf(picker)).toBe('language');
    const card = JSON.stringify(picker?.attachments?.[0]?.content);
    for (const { name } of registry.all) {
      expect(card).toContain(name);
      expect(picker?.text).toContain(name);
    }
  });
});

describe('choosing a language', () => {
  it('from the picker card switches the conversation and says so in the new language', async () => {
    const conversation = await startConversation({ locale: 'en-NZ' });
    const replies = await conversation.send({ type: 'message', value: { language: 'zh-Hant' } });
    expect(replies[0]?.locale).toBe('zh-Hant');
    expect(replies[0]?.text).toContain(content.t('zh-Hant', 'language.changed'));
    // Short Latin replies afterwards do not switch it back.
    const after = await conversation.say('ok');
    expect(after[0]?.locale).toBe('zh-Hant');
  });

  it('by typing the native name on a text-only channel', async () => {
    const conversation = await startConversation();
    const replies = await conversation.say('Soomaali');
    expect(replies[0]?.locale).toBe('so');
  });
});

describe('languages we do not speak yet', () => {
  it.each([
    ['German', 'Ich werde von Leuten aus der Botschaft bedroht, was soll ich tun'],
    ['Amharic', 'ከኤምባሲው ሰዎች እየተከተሉኝ ነው'],
    ['French', 'Je suis menacé par des gens de mon pays, que dois-je faire'],
  ])('%s gets an English reply with 111, the NZSIS line and how to get a free interpreter', async (_name, text) => {
    const conversation = await startConversation();
    const replies = await conversation.say(text);
    expect(replies).toHaveLength(1);
    expect(replies[0]?.locale).toBe('en');
    expect(replies[0]?.text).toBe(content.t('en', 'language.unsupported'));
    expect(replies[0]?.text).toMatch(/\b111\b/);
    expect(replies[0]?.text).toContain('0800 747 224');
    expect(replies[0]?.text).toMatch(/interpreter/);
  });
});

describe('right-to-left languages', () => {
  it.each(['ar', 'fa', 'ur'])('%s replies are marked RTL, with numbers and links intact', async (lang) => {
    const conversation = await startConversation({ locale: lang });
    const [reply] = await conversation.say(heldOut(lang, 'report')[0]!);
    expect(reply?.locale).toBe(lang);
    expect(reply?.channelData).toMatchObject({ textDirection: 'rtl' });
    expect(reply?.text).toContain('0800 747 224');
    expect(reply?.text).toContain('https://www.nzsis.govt.nz/contact-us/reporting-a-national-security-concern');
    const card = reply?.attachments?.[0]?.content as { rtl?: boolean } | undefined;
    if (card) expect(card.rtl).toBe(true);
  });

  it('left-to-right replies carry no direction mark', async () => {
    const conversation = await startConversation({ locale: 'en' });
    const [reply] = await conversation.say('how do I report foreign interference');
    expect(reply?.channelData).toBeUndefined();
  });
});
