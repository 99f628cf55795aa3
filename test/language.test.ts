import { describe, expect, it } from 'vitest';
import { LanguageRegistry } from '../src/languages.js';
import type { Recognition } from '../src/nlu/recognizer.js';
import { LanguageDetector, type Recognise } from '../src/pipeline/language.js';
import { dominantScript, hanVariant, lettersOf } from '../src/pipeline/script.js';
import { LOCALES_DIR } from '../src/paths.js';

const registry = LanguageRegistry.load(LOCALES_DIR);
const detector = new LanguageDetector(registry, 'en');
const notUnderstood: Recognise = async () => ({ topic: 'fallback', score: 0, candidates: [] });
const understoodIn =
  (...languages: string[]): Recognise =>
  async (_text, lang): Promise<Recognition> =>
    languages.includes(lang) ? { topic: 'report', score: 0.9, candidates: [] } : { topic: 'fallback', score: 0.1, candidates: [] };

const detect = async (text: string, current = 'en', recognise: Recognise = notUnderstood) => detector.detect(text, current, recognise);

describe('the registry maps channel locales onto our languages', () => {
  it.each([
    ['zh-CN', 'zh-Hans'],
    ['zh-SG', 'zh-Hans'],
    ['zh', 'zh-Hans'],
    ['zh-TW', 'zh-Hant'],
    ['zh-HK', 'zh-Hant'],
    ['zh-Hant-TW', 'zh-Hant'],
    ['pt-BR', 'pt'],
    ['fil', 'tl'],
    ['fil-PH', 'tl'],
    ['fa-AF', 'fa'],
    ['prs', 'fa'],
    ['en-US', 'en'],
    ['en_NZ', 'en'],
    ['ES-mx', 'es'],
  ])('%s → %s', (locale, code) => {
    expect(registry.fromLocale(locale)).toBe(code);
  });

  it.each(['de-DE', 'am', 'sw-KE', '', 'x', 42, undefined])('%s → none (the default applies)', (locale) => {
    expect(registry.fromLocale(locale)).toBeUndefined();
    expect(detector.initial(locale)).toBe('en');
  });

  it('lists 24 languages with their native names', () => {
    expect(registry.codes).toHaveLength(24);
    expect(registry.get('zh-Hant')?.name).toBe('繁體中文');
    expect(registry.get('so')?.name).toBe('Soomaali');
  });
});

describe('scripts', () => {
  it.each([
    ['我想举报领事馆的人', 'Hani'],
    ['領事館の人に監視されています', 'Jpan'],
    ['영사관 사람이 감시해요', 'Kore'],
    ['ฉันถูกติดตาม', 'Thai'],
    ['ខ្ញុំចង់រាយការណ៍', 'Khmr'],
    ['ကျွန်တော်တိုင်ကြားချင်ပါတယ်', 'Mymr'],
    ['මට උදව් ඕනේ', 'Sinh'],
    ['ਮੈਨੂੰ ਮਦਦ ਚਾਹੀਦੀ ਹੈ', 'Guru'],
    ['મને મદદ જોઈએ છે', 'Gujr'],
    ['எனக்கு உதவி வேண்டும்', 'Taml'],
    ['मुझे मदद चाहिए', 'Deva'],
    ['أحتاج مساعدة', 'Arab'],
    ['Мне нужна помощь', 'Cyrl'],
    ['I need help', 'Latn'],
    ['እርዳታ እፈልጋለሁ', 'Ethi'],
  ])('%s → %s', (text, script) => {
    expect(dominantScript(text)).toBe(script);
  });

  it('tells Simplified from Traditional Chinese', () => {
    expect(hanVariant('我们怎么举报')).toBe('Hans');
    expect(hanVariant('我們怎麼檢舉')).toBe('Hant');
    expect(hanVariant('我想')).toBeUndefined();
  });

  it('keeps letters only', () => {
    expect(lettersOf('call 111 now https://x.org/a 😀 ok!')).toBe('call now ok');
  });
});

describe('language detection per message', () => {
  it.each([
    ['我想举报领事馆的人在监视我们', 'zh-Hans'],
    ['我們想檢舉領事館的人監視我們', 'zh-Hant'],
    ['領事館の人に監視されています', 'ja'],
    ['영사관 사람이 우리를 감시하고 있어요', 'ko'],
    ['ฉันถูกคนจากสถานทูตติดตาม', 'th'],
    ['ខ្ញុំចង់រាយការណ៍', 'km'],
    ['ကျွန်တော်တိုင်ကြားချင်ပါတယ်', 'my'],
    ['මට වාර්තා කිරීමට අවශ්‍යයි', 'si'],
    ['ਮੈਂ ਰਿਪੋਰਟ ਕਰਨੀ ਚਾਹੁੰਦਾ ਹਾਂ', 'pa'],
    ['મારે ફરિયાદ કરવી છે', 'gu'],
    ['நான் புகார் செய்ய வேண்டும்', 'ta'],
    ['Мене переслідують люди з консульства, що робити?', 'uk'],
    ['Меня преследуют люди из консульства, что мне делать?', 'ru'],
    ['میں کسی کی رپورٹ کرنا چاہتا ہوں جو ہمیں دیکھ رہا ہے', 'ur'],
    ['Tôi muốn báo cáo người theo dõi tôi', 'vi'],
    ['شو بيصير بعد ما أبلّغ عن هيك شي', 'ar'],
    ['چطور با سازمان اطلاعات امنیتی تماس بگیرم', 'fa'],
    ['विदेशी हस्तक्षेपको उजुरी कहाँ गर्ने हो', 'ne'],
    ['मुझे विदेशी हस्तक्षेप की रिपोर्ट कहाँ करनी है', 'hi'],
    ['номер телефону NZSIS будь ласка', 'uk'],
    ['где мне сообщить об этом', 'ru'],
  ])('%s → %s, whatever the browser locale said', async (text, language) => {
    expect(await detect(text, 'en')).toEqual({ kind: 'language', language });
  });

  it('a Chinese question from a browser set to en-US is answered in Chinese', async () => {
    expect(await detector.detect('我怎么举报外国干预？', detector.initial('en-US'), notUnderstood)).toEqual({ kind: 'language', language: 'zh-Hans' });
  });

  it('Chinese text that does not tell Simplified from Traditional keeps the conversation’s Chinese', async () => {
    expect(await detect('我想', 'zh-Hant')).toEqual({ kind: 'language', language: 'zh-Hant' });
  });

  it.each(['ok', '111', 'https://www.nzsis.govt.nz', '😀👍', 'thanks!', 'si', 'hi'])('short or ambiguous "%s" never switches', async (text) => {
    for (const current of ['es', 'zh-Hans', 'ar', 'hi']) expect(await detect(text, current)).toEqual({ kind: 'language', language: current });
  });

  it.each([
    ['مدد', 'ur'],
    ['پولیس', 'ur'],
    ['помогите', 'ru'],
    ['допоможіть', 'uk'],
  ])('a short "%s" keeps a %s conversation in its language', async (text, current) => {
    expect(await detect(text, current)).toEqual({ kind: 'language', language: current });
  });

  it('Portuguese accents are not Vietnamese', async () => {
    expect(await detect('Como eu denuncio interferência estrangeira?', 'en', understoodIn('pt'))).toEqual({ kind: 'language', language: 'pt' });
  });

  it('Arabic-script text picks the language our models understand', async () => {
    expect(await detect('كيف أبلغ عن تدخل أجنبي في مجتمعنا', 'en', understoodIn('ar'))).toEqual({ kind: 'language', language: 'ar' });
    expect(await detect('چطور می‌توانم دخالت خارجی را گزارش کنم', 'en', understoodIn('fa'))).toEqual({ kind: 'language', language: 'fa' });
  });

  it('romanised Hindi keeps a Hindi conversation in Hindi', async () => {
    expect(await detect('mujhe report karni hai kisi ke baare mein', 'hi', understoodIn('hi'))).toEqual({ kind: 'language', language: 'hi' });
  });

  it('switches when the user clearly writes another language', async () => {
    expect(await detect('how do I report someone from the consulate who is watching us', 'es', understoodIn('en'))).toEqual({
      kind: 'language',
      language: 'en',
    });
  });

  it.each([
    ['German', 'Ich werde von Leuten aus der Botschaft bedroht'],
    ['French', 'Je suis menacé par des gens de mon pays'],
    ['Amharic', 'እርዳታ እፈልጋለሁ'],
    ['Greek', 'Χρειάζομαι βοήθεια'],
  ])('%s is a language we do not speak yet', async (_name, text) => {
    expect(await detect(text, 'en')).toEqual({ kind: 'unsupported' });
  });

  it('English the model does not understand is still English, not "unsupported"', async () => {
    expect(await detect("what's the weather tomorrow in auckland", 'en')).toEqual({ kind: 'language', language: 'en' });
  });
});
