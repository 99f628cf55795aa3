import { describe, expect, it } from 'vitest';
import { requestLanguage } from '../../src/web/request-language.js';
import { registry } from '../support/harness.js';

describe('requestLanguage', () => {
  it.each<[string | null, string | undefined, string]>([
    ['ar', 'en', 'ar'],
    ['zh-Hant', undefined, 'zh-Hant'],
    ['xx', 'fa-IR,en;q=0.5', 'fa'],
    [null, 'de-DE, zh-TW;q=0.8, en;q=0.9', 'en'],
    [null, 'de-DE, zh-TW;q=0.9, en;q=0.8', 'zh-Hant'],
    [null, 'fil-PH', 'tl'],
    [null, 'pt-BR,pt;q=0.9', 'pt'],
    [null, '*', 'en'],
    [null, 'ko;q=0, so', 'so'],
    [null, 'garbage;;;q=abc, ,', 'en'],
    [null, undefined, 'en'],
  ])('lang=%s, Accept-Language %s → %s', (query, header, expected) => {
    expect(requestLanguage(registry, query, header, 'en')).toBe(expected);
  });
});
