import { ADDRESS_CONNECTORS, ADDRESS_LABELS, LIVE_AT, STREET_TYPES } from '../lexicon/address-labels.js';
import { anyOf } from '../patterns.js';
import { matchSpans, type Detector, type Span } from '../types.js';

/** Lower, Capitalised and UPPER forms, for patterns that must stay case-sensitive elsewhere. */
const anyCase = (words: readonly string[]): string =>
  anyOf(words.flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1), w.toUpperCase()]));

const HOUSE_NUMBER = String.raw`(?:${anyCase(['flat', 'unit', 'apartment', 'apt'])}\.?\s*\d{1,4}[a-zA-Z]?\s*,?\s*|\d{1,4}[a-zA-Z]?\s*\/\s*)?\d{1,5}[a-zA-Z]?(?:[-–]\d{1,5}[a-zA-Z]?)?`;
const STREET_TYPE = String.raw`${anyCase(STREET_TYPES)}\.?`;

// "12 Queen Street", "Flat 3, 45 Dominion Rd", "2/17 Mt Eden Road": without a label the street
// name must be capitalised, so "3 hours on the road" is not an address.
const NZ_STREET = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${HOUSE_NUMBER}\s+(?:\p{Lu}[\p{L}'’-]*\.?\s+){1,3}${STREET_TYPE}`,
  'gu',
);
// After "I live at" the house number and street may be typed in lower case: up to the street type
// ("12 queen street"), or the one or two words after the number when there is none.
const WORD = String.raw`[\p{L}'’-]+`;
const LIVING_AT = new RegExp(
  String.raw`${anyOf(LIVE_AT)}\s+(?<value>${HOUSE_NUMBER}\s+(?:(?:${WORD}\.?\s+){0,3}?${STREET_TYPE}|${WORD}(?:\s+${WORD})?))`,
  'giud',
);
const PO_BOX = /(?<![\p{L}\p{N}])(?:P\.?\s?O\.?\s?Box|Private\s+Bag)\s*\d{1,6}/giu;
// "address: …", "地址：…", "주소는 …": the rest of the clause, if it holds a number. A clause ends at
// sentence punctuation, a new line, or ". " before a capital ("St. Heliers" keeps going).
const LABELLED = new RegExp(
  String.raw`${anyOf(ADDRESS_LABELS)}\s*(?:${anyOf(ADDRESS_CONNECTORS)}\s*)?[:：]?\s*(?<value>(?:[^\n!?。！？;；.]|\.(?!\s+\p{Lu}|\s*$)){4,60})`,
  'giud',
);
// Chinese: "奥克兰皇后街12号", "长安路88号3室" (the words before, such as 我住在, are not taken).
const CHINESE_STREET =
  /(?:(?![在是我住的址：:，,])\p{Script=Han}){1,8}(?:路|街|道|大道|巷|弄)\s*\p{Nd}{1,5}\s*[号號](?:\s*\p{Nd}{1,5}\s*(?:室|楼|樓|单元|單元))?/gu;
// Korean road-name addresses: "테헤란로 123", "세종대로 110", "동교로12길 34" (not "경찰서로 2번").
const KOREAN_STREET =
  /\p{Script=Hangul}{1,10}(?:로|길)(?:\s*\p{Nd}{1,3}\s*(?:번길|길))?\s*\p{Nd}{1,5}(?:-\p{Nd}{1,4})?(?!\p{N}|\s*(?:번|시|분|개|명|일|년|월|살|층|호|회|시간|km|킬로))/gu;
// Russian and Ukrainian: "ул. Ленина, д. 5, кв. 12", "вулиця Шевченка 10".
const CYRILLIC_STREET =
  /(?<![\p{L}])(?:ул\.|улица|улицу|улице|пр\.|проспект|пер\.|переулок|бульвар|шоссе|вул\.|вулиця|вулиці)\s*\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?,?\s*(?:д\.|дом|буд\.)?\s*\p{Nd}{1,4}[а-яА-Яa-zA-Z]?(?:\s*,?\s*(?:кв\.|квартира)\s*\p{Nd}{1,4})?/gu;
// Spanish and Portuguese: "Calle Mayor 12", "Av. Paulista, 1000", "Rua das Flores 45".
const IBERIAN_STREET = new RegExp(
  String.raw`(?<![\p{L}])${anyCase(['calle', 'avenida', 'avda.', 'av.', 'paseo', 'carrera', 'rua', 'travessa', 'praça', 'plaza'])}\s+(?:(?:de|del|la|las|los|das|dos|do|da)\s+)?\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*){0,2},?\s*(?:n[º°o]\.?\s*)?\p{Nd}{1,5}`,
  'gu',
);
// Japanese block addresses: "3丁目2番1号", "1丁目2-3".
const JAPANESE_BLOCK = /\p{Nd}{1,3}丁目\s*\p{Nd}{1,4}(?:番地?|-)\s*\p{Nd}{0,4}号?/gu;

/**
 * Street and postal addresses. This is heuristic: it finds NZ-style street addresses, PO boxes,
 * labelled addresses in many languages and a few national formats; an address given with no number
 * and no label ("near the big temple on Queen Street") is not found.
 */
export const addressDetector: Detector = {
  find(text: string): Span[] {
    if (!/\p{Nd}/u.test(text)) return []; // every pattern needs a house, box or street number
    const labelled = matchSpans(text, LABELLED, 'address', 'value')
      .map((s) => ({ ...s, end: s.start + text.slice(s.start, s.end).replace(/[\s,，、]+$/u, '').length }))
      .filter((s) => /\p{Nd}/u.test(text.slice(s.start, s.end)));
    return [
      ...matchSpans(text, NZ_STREET, 'address'),
      ...matchSpans(text, LIVING_AT, 'address', 'value'),
      ...matchSpans(text, PO_BOX, 'address'),
      ...labelled,
      ...[CHINESE_STREET, KOREAN_STREET, CYRILLIC_STREET, IBERIAN_STREET, JAPANESE_BLOCK].flatMap((p) => matchSpans(text, p, 'address')),
    ];
  },
};
