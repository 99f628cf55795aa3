/** Unicode scripts we tell apart, by ISO 15924 code. Kana or Hangul decide Japanese and Korean. */
const SCRIPTS: [string, RegExp][] = [
  ['Latn', /\p{Script=Latin}/u],
  ['Cyrl', /\p{Script=Cyrillic}/u],
  ['Arab', /\p{Script=Arabic}/u],
  ['Deva', /\p{Script=Devanagari}/u],
  ['Guru', /\p{Script=Gurmukhi}/u],
  ['Gujr', /\p{Script=Gujarati}/u],
  ['Taml', /\p{Script=Tamil}/u],
  ['Sinh', /\p{Script=Sinhala}/u],
  ['Thai', /\p{Script=Thai}/u],
  ['Khmr', /\p{Script=Khmer}/u],
  ['Mymr', /\p{Script=Myanmar}/u],
  ['Kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['Hang', /\p{Script=Hangul}/u],
  ['Hani', /\p{Script=Han}/u],
  // Scripts of languages we do not speak yet: recognised so the bot can say so.
  ['Ethi', /\p{Script=Ethiopic}/u],
  ['Grek', /\p{Script=Greek}/u],
  ['Hebr', /\p{Script=Hebrew}/u],
  ['Geor', /\p{Script=Georgian}/u],
  ['Armn', /\p{Script=Armenian}/u],
  ['Beng', /\p{Script=Bengali}/u],
  ['Telu', /\p{Script=Telugu}/u],
  ['Knda', /\p{Script=Kannada}/u],
  ['Mlym', /\p{Script=Malayalam}/u],
  ['Laoo', /\p{Script=Lao}/u],
  ['Tibt', /\p{Script=Tibetan}/u],
  ['Mong', /\p{Script=Mongolian}/u],
];

/**
 * Characters that differ between Simplified and Traditional Chinese, in pairs, among the most
 * frequent in questions people ask the bot.
 */
const HAN_PAIRS = [
  '们們', '这這', '国國', '说說', '报報', '护護', '举舉', '网網', '个個', '时時', '会會', '对對', '没沒', '为為',
  '来來', '么麼', '吗嗎', '馆館', '领領', '视視', '权權', '关關', '门門', '问問', '题題', '帮幫', '险險', '怀懷',
  '骚騷', '扰擾', '区區', '机機', '电電', '话話', '给給', '让讓', '应應', '该該', '请請', '发發', '现現', '样樣',
  '还還', '边邊', '过過', '认認', '识識', '语語', '华華', '签簽', '证證', '钱錢', '间間', '经經',
  '众眾', '联聯', '线線', '号號', '码碼', '听聽', '见見', '觉覺', '亲親', '爱愛', '难難', '紧緊',
];
const SIMPLIFIED = new Set(HAN_PAIRS.map((p) => p[0]));
const TRADITIONAL = new Set(HAN_PAIRS.map((p) => p[1]));

export type ScriptCode = string;

/** The script most of the text's letters are written in, or undefined for text without letters. */
export function dominantScript(text: string): ScriptCode | undefined {
  const counts = new Map<ScriptCode, number>();
  for (const char of text) {
    for (const [code, re] of SCRIPTS) {
      if (re.test(char)) {
        counts.set(code, (counts.get(code) ?? 0) + 1);
        break;
      }
    }
  }
  // Any kana means Japanese, even when most characters are kanji.
  if ((counts.get('Kana') ?? 0) > 0 && (counts.get('Hani') ?? 0) + (counts.get('Kana') ?? 0) >= (counts.get('Latn') ?? 0)) return 'Jpan';
  let best: ScriptCode | undefined;
  let bestCount = 0;
  for (const [code, count] of counts) {
    if (count > bestCount) {
      best = code;
      bestCount = count;
    }
  }
  if (best === 'Hang') return 'Kore';
  return best;
}

/** Simplified or Traditional, from the characters that differ; undefined when the text does not tell. */
export function hanVariant(text: string): 'Hans' | 'Hant' | undefined {
  let simplified = 0;
  let traditional = 0;
  for (const char of text) {
    if (SIMPLIFIED.has(char)) simplified += 1;
    else if (TRADITIONAL.has(char)) traditional += 1;
  }
  if (simplified === traditional) return undefined;
  return simplified > traditional ? 'Hans' : 'Hant';
}

/** Letters only: what is left of a message once URLs, e-mail addresses, digits, symbols and emoji go. */
export function lettersOf(text: string): string {
  return text
    .replace(/\b(?:https?:\/\/|www\.)\S+/giu, ' ')
    .replace(/\S+@\S+\.\S+/gu, ' ')
    .replace(/[^\p{L}\p{M}\s]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}
