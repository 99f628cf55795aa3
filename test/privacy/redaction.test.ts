import { findPhoneNumbersInText } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { loadRedactor } from '../../src/privacy/index.js';
import { CASES, DONE_WHEN, type Case } from './cases.js';

const redactor = loadRedactor();
const redact = (text: string): string => redactor.redact(text).text;

function expectRedacted({ input, output, secrets }: Case): void {
  const result = redact(input);
  expect(result).toBe(output);
  for (const secret of secrets) expect(result, secret).not.toContain(secret);
  expect(redact(result), 'a second run changes nothing').toBe(result);
}

describe('realistic messages, by language', () => {
  it('covers at least 8 languages, including en, zh, ar, fa, hi, ko, es, ru', () => {
    expect(Object.keys(CASES)).toEqual(expect.arrayContaining(['en', 'zh-Hans', 'ar', 'fa', 'hi', 'ko', 'es', 'ru']));
    expect(Object.keys(CASES).length).toBeGreaterThanOrEqual(8);
  });

  describe.each(Object.entries(CASES))('%s', (_lang, cases) => {
    it.each(cases.map((c) => [c.input, c]))('%s', (_input, c) => expectRedacted(c));
  });
});

describe('done when: a name, a phone number, an email and a WeChat id leave only placeholders', () => {
  it.each(Object.entries(DONE_WHEN))('%s', (_lang, c) => {
    expectRedacted(c);
    const { found } = redactor.redact(c.input);
    expect(found).toMatchObject({ name: 1, phone: 1, email: 1, handle: 1 });
  });
});

describe('phones', () => {
  it.each([
    ['call me on 021 123 4567', 'call me on [phone]'],
    ['021-123-4567 or 021.123.4567 or 0211234567', '[phone] or [phone] or [phone]'],
    ['+64 21 123 4567 and 0064 21 123 4567', '[phone] and [phone]'],
    ['+86 138 0013 8000', '[phone]'],
    ['+1 (415) 555-2671', '[phone]'],
    ['+7 916 123-45-67', '[phone]'],
    ['010-1234-5678로 연락주세요', '[phone]로 연락주세요'],
    ['رقمي ٠٢١١٢٣٤٥٦٧', 'رقمي [phone]'],
    ['電話13800138000', '電話[phone]'],
  ])('%s', (input, output) => expect(redact(input)).toBe(output));

  it.each([
    ['09-123 4567', '[phone]'],
    ['(09) 123 4567', '[phone]'],
    ['my mobile 13800138000', 'my mobile [phone]'],
    ['555-1234', '[phone]'],
  ])('our own patterns catch what libphonenumber-js misses: %s', (input, output) => {
    expect(findPhoneNumbersInText(input, { defaultCountry: 'NZ' })).toEqual([]);
    expect(redact(input)).toBe(output);
  });

  it.each([
    ['+64\u00a021\u00a0123\u00a04567', '[phone]'],
    ['021–123–4567', '[phone]'],
    ['021 123 4567 ext 12', '[phone]'],
  ])('libphonenumber-js catches what our patterns miss: %j', (input, output) => {
    expect(findPhoneNumbersInText(input, { defaultCountry: 'NZ' })).toHaveLength(1);
    expect(redact(input)).toBe(output);
  });

  it.each([
    'In 2024 I paid 350 dollars, then $1 200 more',
    'at 8am on 12/03/2024, again on 2024-03-12 and 12.03.2024',
    'it went on from 2019-2024, about 3 people, 10.30-11.30 each time',
    'my rent is 1 000 000 won? no, 1.000.000 rupiah, or 3.14159265',
    'they came 1234567 times',
    'call 111 now, or 105 later',
    'section 78AA of the Crimes Act 1961',
  ])('ordinary numbers stay: %s', (text) => expect(redact(text)).toBe(text));
});

describe('addresses (heuristic)', () => {
  it.each([
    ['12 Queen Street', '[address]'],
    ['Flat 3, 45 Dominion Rd, Mt Eden', '[address], Mt Eden'],
    ['2/17 Mt Eden Road', '[address]'],
    ['PO Box 123, Private Bag 4567', '[address], [address]'],
    ['I live at 12 queen street and they wait outside', 'I live at [address] and they wait outside'],
    ['my address: 7 kauri lane', 'my address: [address]'],
    ['address: 12 queen st, phone 021 123 4567', 'address: [address], phone [phone]'],
    ['地址：奥克兰皇后街12号', '地址：[address]'],
    ['адрес: ул. Ленина, д. 5, кв. 12', 'адрес: [address]'],
    ['주소: 서울시 강남구 테헤란로 123', '주소: [address]'],
    ['dirección: Calle Mayor 12, Madrid', 'dirección: [address]'],
    ['عنواني: 12 شارع الملك', 'عنواني: [address]'],
    ['I waited 3 hours on the road', 'I waited 3 hours on the road'],
    ['we live in Auckland since 2019', 'we live in Auckland since 2019'],
    ['경찰서로 2번 갔어요', '경찰서로 2번 갔어요'],
  ])('%s', (input, output) => expect(redact(input)).toBe(output));
});

describe('passport, ID, licence and account numbers', () => {
  it.each([
    ['passport E12345678', 'passport [id_number]'],
    ['my driver licence is AB123456', 'my driver licence is [id_number]'],
    ['护照号码：G12345678', '护照号码：[id_number]'],
    ['паспорт 45 09 123456', 'паспорт [id_number]'],
    ['여권번호 M12345678', '여권번호 [id_number]'],
    ['pasaporte número X1234567', 'pasaporte número [id_number]'],
    ['شماره پاسپورت من K12345678', 'شماره پاسپورت من [id_number]'],
    ['पासपोर्ट नंबर Z1234567', 'पासपोर्ट नंबर [id_number]'],
    ['身份证110101199003074514', '身份证[id_number]'],
    ['account 12-3456-7890123-00', 'account [id_number]'],
    ['card 4111 1111 1111 1111', 'card [id_number]'],
    ['my visa expires in 2025', 'my visa expires in 2025'],
    ['they took my passport in 2019', 'they took my passport in 2019'],
  ])('%s', (input, output) => expect(redact(input)).toBe(output));
});

describe('messaging handles', () => {
  it.each([
    ['WeChat: zhangwei_1990', 'WeChat: [handle]'],
    ['wechat id is xiaoming', 'wechat id is [handle]'],
    ['微信号 liwei88', '微信号 [handle]'],
    ['加我微信liwei', '加我微信[handle]'],
    ['WhatsApp +64 21 123 4567', 'WhatsApp [phone]'],
    ['Telegram @watcher, Line ID: abc_123, KakaoTalk minsu88, Viber: olga.k', 'Telegram [handle], Line ID: [handle], KakaoTalk [handle], Viber: [handle]'],
    ['카톡 아이디 minsu', '카톡 아이디 [handle]'],
    ['my facebook account is hacked', 'my facebook account is hacked'],
    ['someone on wechat is threatening me', 'someone on wechat is threatening me'],
    ['the signal is weak and the line is busy', 'the signal is weak and the line is busy'],
    ['see you @ 5pm', 'see you @ 5pm'],
    ['Danos on-line: guarde capturas de tela', 'Danos on-line: guarde capturas de tela'],
  ])('%s', (input, output) => expect(redact(input)).toBe(output));
});

describe('links', () => {
  it.each([
    ['https://www.facebook.com/li.wei.98', '[profile_url]'],
    ['t.me/liwei and wa.me/64211234567', '[profile_url] and [profile_url]'],
    ['https://weibo.com/u/1234567890', '[profile_url]'],
    ['vk.com/id123 and https://www.linkedin.com/in/li-wei', '[profile_url] and [profile_url]'],
    ['https://mastodon.social/@liwei', '[profile_url]'],
    ['news: https://www.rnz.co.nz/news/national/123/foreign-interference?utm=x', 'news: https://www.rnz.co.nz/[url]'],
    ['https://docs.google.com/document/d/abc123/edit', 'https://docs.google.com/[url]'],
    ['https://user:secret@example.com/x', '[url]'],
    ['rnz.co.nz and https://www.youtube.com/watch?v=abc', 'rnz.co.nz and https://www.youtube.com/[url]'],
    ['see https://www.youtube.com/@liwei.', 'see [profile_url].'],
  ])('%s', (input, output) => expect(redact(input)).toBe(output));
});

describe('names need a cue, and mentions need evidence', () => {
  it.each([
    'my brother is scared',
    'my name is not important',
    'can you call me back tomorrow',
    'mi hermano tiene miedo',
    'мой брат боится',
    'я боюсь за моего брата',
    '我妈妈很担心',
    '我哥哥在中国',
    'أخي خائف جدا',
    'هل اسمي رح يضل سري',
    'برادرم خیلی ترسیده',
    'मेरे भाई को धमकी मिली',
    'मेरा नाम गुप्त रहेगा क्या',
    '제 동생이 무서워해요',
    '저는 학생입니다',
    '저는 너무 무서워요',
    'will my name be shared with the embassy',
    'من یک دستیار خودکار هستم، نه یک انسان',
    '저는 Ministry for Ethnic Communities의 자동 안내 도우미예요',
  ])('%s', (text) => expect(redact(text)).toBe(text));
});
