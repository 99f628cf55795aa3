import { LangAr } from '@nlpjs/lang-ar';
import { LangEn } from '@nlpjs/lang-en';
import { LangEs } from '@nlpjs/lang-es';
import { LangFa } from '@nlpjs/lang-fa';
import { LangHi } from '@nlpjs/lang-hi';
import { LangKo } from '@nlpjs/lang-ko';
import { LangNe } from '@nlpjs/lang-ne';
import { LangPt } from '@nlpjs/lang-pt';
import { LangRu } from '@nlpjs/lang-ru';
import { LangTa } from '@nlpjs/lang-ta';
import { LangTl } from '@nlpjs/lang-tl';
import { LangUk } from '@nlpjs/lang-uk';
import type { Container } from '@nlpjs/core';

/**
 * NLP.js keys languages on two letters (zh-Hans and zh-Hant would collide), so every model gets
 * its own container and this key is only used inside it.
 */
export const nlpKey = (language: string): string => language.slice(0, 2).toLowerCase();

/** Languages NLP.js ships a tokenizer and stemmer for, by our language code. */
const NLPJS_PACKAGES: Record<string, unknown> = {
  en: LangEn,
  ar: LangAr,
  fa: LangFa,
  hi: LangHi,
  ta: LangTa,
  ko: LangKo,
  es: LangEs,
  pt: LangPt,
  tl: LangTl,
  ru: LangRu,
  uk: LangUk,
  ne: LangNe,
};

/** Arabic-script letters typed in more than one form: Arabic kaf/yeh become the Persian/Urdu forms. */
const ARABIC_SCRIPT_VARIANTS: [RegExp, string][] = [
  [/[يى]/g, 'ی'],
  [/ك/g, 'ک'],
  [/[ۀة]/g, 'ه'],
];

const UNIFY_ARABIC_SCRIPT = new Set(['ur', 'fa']);

/**
 * Normalizes without stripping combining marks (NLP.js' default drops them, which erases
 * Vietnamese tone marks and changes meaning), folds width and case, and unifies script variants.
 */
export function normalizeText(language: string, text: string): string {
  let out = text.normalize('NFKC').toLocaleLowerCase(language);
  if (UNIFY_ARABIC_SCRIPT.has(language)) for (const [from, to] of ARABIC_SCRIPT_VARIANTS) out = out.replace(from, to);
  return out.replace(/[\u200B\u200E\u200F\u2066-\u2069]/g, '');
}

const segmenters = new Map<string, Intl.Segmenter>();

/** Word tokens by the ICU word segmenter, which handles scripts written without spaces. */
export function segmentWords(language: string, text: string): string[] {
  let segmenter = segmenters.get(language);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(language, { granularity: 'word' });
    segmenters.set(language, segmenter);
  }
  return [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
}

const normalizerFor = (language: string) => ({
  name: `normalizer-${nlpKey(language)}`,
  normalize: (text: string) => normalizeText(language, text),
});

/** An NLP.js language plugin built on Intl.Segmenter, for languages NLP.js has no package for. */
function segmenterPlugin(language: string): { register(container: Container): void } {
  const key = nlpKey(language);
  return {
    register(container) {
      container.register(`normalizer-${key}`, normalizerFor(language), true);
      container.register(
        `tokenizer-${key}`,
        { name: `tokenizer-${key}`, tokenize: (text: string) => segmentWords(language, normalizeText(language, text)) },
        true,
      );
    },
  };
}

/** Registers the right tokenizer, normalizer and stemmer for one of our languages in a container. */
export function registerLanguage(container: Container, language: string): void {
  const nlpjsPackage = NLPJS_PACKAGES[language];
  if (!nlpjsPackage) {
    container.use(segmenterPlugin(language));
    return;
  }
  container.use(nlpjsPackage);
  // Keep the package's tokenizer and stemmer, but unify the script variants people type.
  if (UNIFY_ARABIC_SCRIPT.has(language)) container.register(`normalizer-${nlpKey(language)}`, normalizerFor(language), true);
}
